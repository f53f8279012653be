"""Page furniture found on realnews-dev7 (issue 15, docs/entities.md section 36).

Each case is invented, of the shape that became a node (or hid one) on the seventh study set before these rules,
and fails without them (but the cases that show what is kept).
"""

from __future__ import annotations

import pytest

from kgraph.ingest import clean, split
from kgraph.types import ArticleInfo, Document


def record(text: str, title: str = "") -> str:
    (article,) = split.split(Document(text=text, origin="feed.jsonl:1", info=ArticleInfo(id="r-1", title=title),
                                      multi=False))
    return article.text


def test_a_team_list_item_loses_the_number_glued_to_its_first_name():
    """dev7: "1.Ethan de Groot (8)" kept the number on the name's first word; the recogniser missed the name."""
    assert clean.without_glued_number("1.Tavi Marsh (8)") == "Tavi Marsh (8)"
    assert clean.without_glued_number("12.Orin Vale (96)") == "Orin Vale (96)"
    assert clean.without_glued_number("3.5 billion shares changed hands.") == "3.5 billion shares changed hands."
    assert clean.without_glued_number("2. Orin Vale") == "2. Orin Vale"  # a spaced number is the recogniser's own
    assert "Tavi Marsh (8)" in record("Coach Ida Quell named the side on Monday.\n\nMatch-day 23:\n\n1.Tavi Marsh (8)\n\n"
                                      "2.Orin Vale (15)")


@pytest.mark.parametrize("paragraph, rule", [
    ("Ida Quell - ministraIda Quell - ministra", "doubled caption"),
    ("\u2022 We use cookies on our website to give you a better experience. For more information, please see our "
     "Cookie Policy By clicking \"Accept\"", "cookie notice"),
    ("This site uses cookies to improve performance.", "cookie notice"),
])
def test_doubled_captions_and_cookie_notices_are_boilerplate(paragraph, rule):
    """dev7: "Cookie Policy" became a person; "Luiz Fux - ministrosLuiz Fux - ministros" glued a name to a word."""
    assert clean.boilerplate_rule(paragraph) == rule


@pytest.mark.parametrize("paragraph", [
    "The bakers said they use cookies from the Tallow mill.",  # a story about cookies
    "Ida Quell met Ida Quell's lawyer.",  # not one text twice
])
def test_prose_about_cookies_or_a_repeated_name_stays(paragraph):
    assert clean.boilerplate_rule(paragraph) not in ("doubled caption", "cookie notice")


def test_a_caption_credit_opening_with_courtesy_of_is_cut():
    """dev7: "... taken in November 2015. Courtesy of the Philippines' Department of Foreign Affairs" kept the
    credit, and the department became a node."""
    assert clean.strip_credits("File photo of Ida Quell, taken in 2015. Courtesy of the Norvik Ministry of Culture") \
        == "File photo of Ida Quell, taken in 2015."
    assert clean.strip_credits("The loan came courtesy of Norvik Bank.") == "The loan came courtesy of Norvik Bank."


def test_a_records_title_repeated_with_its_outlet_is_dropped():
    """dev7: "Dangote Is Pride Of ... - NGX Group Chairman - Independent Newspaper Nigeria" opened the text, and the
    outlet became a person."""
    title = "Quell Is Pride Of Tallow's Market - Exchange Chairman"
    text = record(f"{title} - Tallow Daily Ledger\n\nIda Quell praised the exchange on Monday for its growth.", title)
    assert text.startswith("Ida Quell praised") and "Ledger" not in text
    kept = record(f"{title} - and then the market fell sharply for weeks\n\nIda Quell spoke.", title)
    assert kept.startswith(title)  # a lower-case tail is the story's words, no outlet
