"""Merges, fifth pass (issue 15, docs/entities.md section 30): one small case per class, each failing
before its rule. Hand-made extractions stand for what the recogniser returns."""

from __future__ import annotations

from kgraph.resolve import countries

from .test_merges import entity_of
from .test_resolve import article, resolved, sentence


def test_a_wire_agencys_short_name_is_not_another_long_forms_initials():
    result, observed = resolved(
        article("a", sentence("Shares of Adani Ports rose 4% on Monday.", ("Adani Ports", "ORG"))),
        article("b", sentence("AP said the strike had ended.", ("AP", "ORG"))),
    )
    assert entity_of(result, observed, 1, 0, 0) != entity_of(result, observed, 0, 0, 0)


def test_an_agencys_short_name_the_text_defines_is_that_long_form():
    result, observed = resolved(article("a", sentence(
        "Adani Ports (AP) said volumes rose; AP shares gained.",
        ("Adani Ports", "ORG"), ("AP", "ORG"), ("AP", "ORG"))))
    assert entity_of(result, observed, 0, 0, 2) == entity_of(result, observed, 0, 0, 0)


def test_an_acronym_spells_a_word_in_capitals_letter_by_letter():
    result, observed = resolved(
        article("a", sentence("He has headed the UK Listing Authority since 2002.", ("the UK Listing Authority", "ORG"))),
        article("b", sentence("Fund managers question the future of the UKLA chief.", ("UKLA", "ORG"))),
    )
    authority = entity_of(result, observed, 0, 0, 0)
    assert authority.label == "UK Listing Authority"
    assert entity_of(result, observed, 1, 0, 0) == authority


def test_a_wire_agencys_short_name_still_spells_the_agencys_own_name():
    result, observed = resolved(
        article("a", sentence("The Saudi Press Agency carried the statement.", ("The Saudi Press Agency", "ORG"))),
        article("b", sentence("SPA said the talks went well.", ("SPA", "ORG"))),
    )
    assert entity_of(result, observed, 1, 0, 0) == entity_of(result, observed, 0, 0, 0)


def test_a_country_written_before_republic_is_that_country():
    result, observed = resolved(article("a", sentence(
        "The striker was born in Benin Republic and moved to Lagos.", ("Benin Republic", "PERSON"))))
    benin = entity_of(result, observed, 0, 0, 0)
    assert benin.type == "country" and benin.iso3 == "BEN"
    assert countries.lookup("Congo Republic") == "COG"  # the Republic of the Congo, not DR Congo


def test_the_first_part_of_a_hyphenated_organisation_name_is_that_organisation():
    result, observed = resolved(article(
        "a",
        sentence("Philipsen rides for Alpecin-Deceuninck this season.", ("Alpecin-Deceuninck", "ORG")),
        sentence("Alpecin controlled the final kilometres.", ("Alpecin", "ORG")),
    ))
    assert entity_of(result, observed, 0, 1, 0) == entity_of(result, observed, 0, 0, 0)


def test_an_acronym_two_long_forms_of_the_corpus_spell_is_the_one_of_its_article():
    result, observed = resolved(
        article("a", sentence("The Superior Court heard the case.", ("The Superior Court", "ORG"))),
        article(
            "b",
            sentence("The Supreme Court granted bail.", ("The Supreme Court", "ORG")),
            sentence("The order was issued by the SC on Monday.", ("SC", "ORG")),
        ),
    )
    court = entity_of(result, observed, 1, 0, 0)
    assert court.label == "Supreme Court" and entity_of(result, observed, 1, 1, 0) == court
    assert entity_of(result, observed, 0, 0, 0) != court
