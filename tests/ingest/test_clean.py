"""Cleaning on real text: the seed's wrapped lines, captions and tags, and a wire file's boilerplate."""

import pytest

from kgraph.ingest import clean
from tests.conftest import DATA, SEEDS

SEED = (SEEDS / "politico-europe-ukraine-russia.txt").read_text(encoding="utf-8")


def seed_paragraphs():
    return clean.paragraphs(clean.normalise(SEED))


def test_wrapped_lines_become_paragraphs_and_breaks_stay():
    found = seed_paragraphs()
    assert found[0] == ("BRUSSELS — A coalition of European left parties has launched a call for signatures "
                        "to force the European Commission to suspend the EU's association agreement with "
                        "Israel over Gaza.")
    assert found[1].startswith("Despite a U.S.-brokered ceasefire")
    assert any("the number of medically-deployable troops at 99,162" in p for p in found)  # hyphen kept
    # A full line that ends a sentence ends its paragraph; the next article is not glued on.
    assert '"The Kremlin will open the champagne if Malyuk is dismissed from his post."' in found
    # ... but not inside a quotation that goes on.
    assert any(p.startswith('"Ukraine\'s energy system') and p.endswith("Svyrydenko added.") for p in found)


@pytest.mark.parametrize("credit", ["Pool photo by Jason Alden/EPA", "Tolga Akmen/EPA",
                                    "Anthony Pizzoferrato/Middle East Images/AFP via Getty Images",
                                    "Matt Cardy/Getty Images"])
def test_every_seed_caption_is_one_boilerplate_paragraph(credit):
    (caption,) = [p for p in seed_paragraphs() if credit in p]
    assert caption.endswith(credit) and clean.is_boilerplate(caption)


def test_the_prose_after_a_caption_is_its_own_paragraph():
    found = seed_paragraphs()
    after = found[found.index(next(p for p in found if p.endswith("Tolga Akmen/EPA"))) + 1]
    assert after.startswith("Returning fire might even be") and not clean.is_boilerplate(after)


@pytest.mark.parametrize("paragraph", [
    "Tag - Drones", "Tags - Ukraine, Military", "By Jane Doe and John Smith", "ALSO READ: Five things to know",
    "Read more: Zelenskyy's new army chief", "Photo: Efrem Lukatsky/AP",
    "Reporting by Anna Koper; Editing by Alex Richardson", "WHAT HAPPENS IF RUSSIA ACTUALLY ATTACKS?",
    "## What comes next", "Copyright 2026 The Associated Press. All rights reserved.",
    "Soldiers march in Kyiv on Independence Day. | Sergei Supinsky/AFP via Getty Images",
])
def test_boilerplate_is_recognised(paragraph):
    assert clean.is_boilerplate(paragraph)


@pytest.mark.parametrize("paragraph", [
    "By then, Zelenskyy had already decided.", "Related talks in Geneva stalled on Monday.",
    "Here are the key questions still lingering for Starmer's government.",
    "The vote was 52 | 48 in favour.",
])
def test_prose_is_not_boilerplate(paragraph):
    assert not clean.is_boilerplate(paragraph)


def test_inline_agency_credit_is_removed():
    assert clean.strip_credits("Tusk spoke in Warsaw. (AP Photo/Czarek Sokolowski)") == "Tusk spoke in Warsaw."
    assert clean.strip_credits("The North Atlantic Treaty Organization (NATO) met.") == (
        "The North Atlantic Treaty Organization (NATO) met.")


def test_normalise_quotes_spaces_controls_and_markdown():
    raw = "\ufeff\u201cYes,\u201d\u00a0she\u2019s  said\x07 \r\nto **Kaja Kallas** in [Brussels](https://x.eu)\u200b."
    assert clean.normalise(raw) == "\"Yes,\" she's said\nto Kaja Kallas in Brussels."


def test_unwrapped_records_join_a_line_broken_mid_sentence():
    text = (DATA / "input" / "export.csv").read_text(encoding="utf-8").split('"')[1]
    assert clean.paragraphs(text) == [" ".join(text.split("\n"))]


def test_no_caption_credit_or_tag_word_becomes_a_node(seed_graph):
    words = ("EPA", "Getty", "Alden", "Akmen", "Pizzoferrato", "Cardy", "Drones", "AFP", "Pool photo")
    names = [name for _, data in seed_graph.nodes(data=True) for name in [data["label"], *data["aliases"].split("|")]]
    assert names and not [name for name in names if any(word.lower() in name.lower() for word in words)]
