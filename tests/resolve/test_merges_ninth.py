"""Forms in dropped lines, and merges, eighth pass (issue 15, docs/entities.md section 41): one small case per
class (invented names), each failing before its rule. Hand-made extractions stand for what the recogniser
returns; ``ArticleInfo.dropped`` for the lines cleaning dropped."""

from __future__ import annotations

from dataclasses import replace

from kgraph.resolve import dropped

from .test_resolve import article, resolved, sentence


def _with_dropped(extraction, *lines: str):
    return replace(extraction, info=replace(extraction.info, dropped=lines))


def _aliases(resolution) -> dict[str, set[str]]:
    return {entity.label: set(entity.aliases) for entity in resolution.entities.values()}


def test_a_company_with_its_legal_form_in_a_dropped_dateline_line_is_an_alias():
    extraction = _with_dropped(article("a", sentence("Quillon said monthly users rose.", ("Quillon", "ORG"))),
                               "- Quillon Inc")
    resolution, _ = resolved(extraction)
    assert _aliases(resolution)["Quillon"] == {"Quillon", "Quillon Inc"}


def test_a_company_without_the_legal_form_the_text_gives_in_a_headline_list_is_an_alias():
    extraction = _with_dropped(article("a", sentence("A partner at Brandt Mosley LLP was named.",
                                                     ("Brandt Mosley LLP", "ORG"))),
                               "• Court Taps Brandt Mosley Partner For Top Job")
    resolution, _ = resolved(extraction)
    assert "Brandt Mosley" in _aliases(resolution)["Brandt Mosley LLP"]


def test_a_company_with_a_shorter_legal_form_in_a_caption_is_an_alias():
    extraction = _with_dropped(article("a", sentence("Varnel Optics Co Ltd said sales rose.",
                                                     ("Varnel Optics Co Ltd", "ORG"))),
                               "FILE PHOTO: Logo of Varnel Optics Co (VOC), in Tainan")
    resolution, _ = resolved(extraction)
    assert "Varnel Optics Co" in _aliases(resolution)["Varnel Optics Co Ltd"]


def test_a_persons_surname_alone_in_a_dropped_headline_is_an_alias():
    extraction = _with_dropped(article("a", sentence("Judge Ned Okafor ruled on Monday.", ("Ned Okafor", "PERSON"))),
                               "Okafor Trims Fee Bid In Class Deal")
    resolution, _ = resolved(extraction)
    assert "Okafor" in _aliases(resolution)["Ned Okafor"]


def test_an_acronyms_long_form_in_a_dropped_line_is_an_alias():
    extraction = _with_dropped(article("a", sentence("The PRP won the vote.", ("PRP", "ORG"))),
                               "Supporters of the Popular Renewal Party cheer")
    resolution, _ = resolved(extraction)
    assert "Popular Renewal Party" in _aliases(resolution)["PRP"]


def test_a_dropped_line_makes_no_entity_and_no_alias_two_entities_could_claim():
    extraction = _with_dropped(article("a", sentence("Ned Okafor met Ada Okafor and Quillon.", ("Ned Okafor", "PERSON"),
                                                     ("Ada Okafor", "PERSON"), ("Quillon", "ORG"))),
                               "Okafor Trims Fee Bid", "Brandt Mosley LLP and Zorba Inc")
    resolution, _ = resolved(extraction)
    aliases = _aliases(resolution)
    assert set(aliases) == {"Ned Okafor", "Ada Okafor", "Quillon"}
    assert "Okafor" not in aliases["Ned Okafor"] | aliases["Ada Okafor"]


def test_a_wire_services_short_name_is_never_read_as_an_acronym():
    assert dropped.aliases(["Photo by AP staff"], {"name:associated press": {"Associated Press"}}) == {}


def test_no_form_joins_a_country():
    assert dropped.aliases(["Republic of Franconia Ltd"], {"country:FRA": {"France"}}) == {}


def test_a_company_with_a_holding_word_in_a_dropped_line_is_an_alias_as_the_resolver_compares_companies():
    assert dropped.aliases(["Tarvik Holdings Ltd shares fell"], {"name:tarvik": {"Tarvik"}}) == {
        "name:tarvik": ["Tarvik Holdings Ltd"]}
    assert dropped.aliases(["Tarvik and Zorba merge"], {"name:tarvik": {"Tarvik"}}) == {}


def test_a_two_letter_acronym_is_not_spelled_out_by_any_two_capitalised_words_of_a_headline():
    assert dropped.aliases(["Europe Urges Calm In Talks"], {"name:eu": {"EU"}}) == {}


def test_no_joining_word_no_undesignated_run_and_no_place_named_surname_joins():
    assert dropped.aliases(["Quillon And Zorba Shares Rise"], {"name:quillon": {"Quillon"}}) == {}
    assert dropped.aliases(["Sri Lankan Presidency Premadasa Wins"], {"name:slpp": {"SLPP"}}) == {}
    assert dropped.aliases(["Milan Holds Its Breath"], {"person:jonathan milan": {"Jonathan Milan"}}) == {}


def test_a_companys_ticker_after_its_name_is_its_alias():
    resolution, _ = resolved(article(
        "a",
        sentence("Quillon Inc. (NASDAQ: QLN) said sales rose.", ("Quillon Inc.", "ORG"), ("NASDAQ", "ORG")),
        sentence("QLN shares fell 3% on Monday.", ("QLN", "ORG")),
    ))
    aliases = _aliases(resolution)
    assert {"QLN", "Quillon Inc."} <= next(forms for label, forms in aliases.items() if "QLN" in forms)
    assert "QLN" not in aliases
