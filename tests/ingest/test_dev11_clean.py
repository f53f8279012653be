"""Cleaning classes found on realnews-dev11 (issue 15, docs/entities.md section 44)."""

from __future__ import annotations

from kgraph.ingest import clean


def test_a_line_up_of_names_alone_is_content_not_a_headline():
    """dev11: "Onana; Dalot, Casemiro, Evans, Wan-Bissaka; Amrabat, …" and "Subs: Bayindir, Amass, …" were dropped as
    title-case headlines, and eleven players with them."""
    assert clean.boilerplate_rule("Orin; Vale, Quell, Norr, Brisk-Dunn; Moor, McSorr, Lind; Ada, Holm, Garro") is None
    assert clean.boilerplate_rule("Subs: Bayer, Amsel, Kamba, Ogun, Coll, Erik") is None
    assert clean.boilerplate_rule("Politics, Business, Sport, Culture, Opinion, Video") == "title case headline"
    assert clean.boilerplate_rule("Orin Vale; Ida Quell") == "title case headline"  # two names: no line-up
