"""Outlet furniture and junk nodes, eighth pass (issue 15, docs/entities.md section 42).

Each case is invented, of the shape that became a noise node on a study set or an invented article before these
rules, and fails without them (but the cases that show what is kept).
"""

from __future__ import annotations

from kgraph.ingest import clean, split
from kgraph.types import ArticleInfo, Document


def test_an_outlets_standards_footer_is_dropped():
    """A wire's footer points to the outlet's own rules: "Our Standards: The Thomson Reuters Trust Principles."
    became a "Thomson Reuters Trust Principles" node."""
    assert clean.boilerplate_rule("Our Standards: The Thomson Reuters Trust Principles.") == "credit"
    assert clean.boilerplate_rule("Our editorial standards: how we cover the election.") == "credit"
    assert clean.boilerplate_rule("Our standards are high, the minister said.") is None
    assert clean.boilerplate_rule('"Our standards: we will not back down," he told the rally.') is None


def record(text: str, title: str) -> str:
    (article,) = split.split(Document(text=text, origin="feed.jsonl:1", info=ArticleInfo(id="r-1", title=title),
                                      multi=False))
    return article.text


def test_a_feeds_date_line_before_the_title_is_no_prose():
    """A feed wrote its metadata as a line, "date 2024-10-01 " and the record's title: the title-case words
    ("Ivory Coast Raises Cocoa Farmgate Price") became an organisation."""
    title = "Varno Coast Raises Tin Price to $3,060 per Ton, Surpassing Neighbour's Rate"
    story = "Varno Coast raised its tin price by 20% on Monday."
    assert record(f" date 2024-10-01 {title}\n\n{story}", title) == story
    assert record(f"Date: 1 October 2024 {title}\n\n{story}", title) == story
    kept = f"The date 2024-10-01 {title}"
    assert record(f"{kept}\n\n{story}", title).startswith("The date")


def test_a_recurring_features_label_in_capitals_is_cut_from_its_line():
    """"QUOTE OF THE DAY: "He ..."": the recogniser tagged "QUOTE" an organisation."""
    assert clean.without_feature_label('QUOTE OF THE DAY: "He gave me some ideas."') == '"He gave me some ideas."'
    assert clean.without_feature_label("PLAYER OF THE MATCH: Tavi Marsh scored twice.") == "Tavi Marsh scored twice."
    assert clean.without_feature_label("ISLAMABAD: The court met on Thursday.") == "ISLAMABAD: The court met on Thursday."
    assert clean.without_feature_label("BOSNIA AND HERZEGOVINA: a vote.") == "BOSNIA AND HERZEGOVINA: a vote."
    text = record('Day seven at the Open.\n\nQUOTE OF THE DAY: "He gave me some ideas," said Orin Vale.', "Open day seven")
    assert "QUOTE" not in text


def test_the_line_after_a_wires_date_only_dateline_is_the_storys():
    """A wire brief opens "June 23 (Reuters) - Novo Nordisk A/S": the company's name alone, dropped as a label, took
    its legal form with it (the company was typed a person)."""
    story = "* Tarvex Holm expects a decision in the third quarter."
    assert record(f"June 23 (Reuters) - Tarvex Holm A/S\n\n{story}", "BRIEF-Tarvex Holm: decision due") \
        == f"Tarvex Holm A/S\n\n{story}"
