"""Merges, fourth pass (issue 15, docs/entities.md section 16): one small case per class, each failing
before its rule. Hand-made extractions stand for what the recogniser returns."""

from __future__ import annotations

from kgraph.resolve.repeats import Repeats

from .test_merges import entity_of
from .test_resolve import article, resolved, sentence


def test_an_organisations_name_opening_with_an_adjective_title_keeps_it():
    result, observed = resolved(article("a", sentence(
        "Since January the National Dengue Control Unit (NDCU) has reported 44,540 cases.",
        ("the National Dengue Control Unit", "ORG"), ("NDCU", "ORG"))))
    unit = entity_of(result, observed, 0, 0, 0)
    assert unit.label == "National Dengue Control Unit" and unit.type == "organisation"
    assert entity_of(result, observed, 0, 0, 1) == unit


def test_an_acronym_after_a_long_form_run_into_its_bracket_is_defined():
    result, observed = resolved(article("a", sentence(
        "The Committee for Medicinal Products for Human Use (CHMP) issued an opinion.",
        ("The Committee for Medicinal Products for Human Use (", "ORG"), ("CHMP", "ORG"))))
    assert entity_of(result, observed, 0, 0, 1) == entity_of(result, observed, 0, 0, 0)


def test_a_bodys_other_name_in_brackets_is_that_body():
    result, observed = resolved(article("a", sentence(
        "The alliance is pitted against the Jatiya Oikya Front (or National Unity Front), led by the BNP.",
        ("the Jatiya Oikya Front", "ORG"), ("National Unity Front", "ORG"), ("BNP", "ORG"))))
    front = entity_of(result, observed, 0, 0, 0)
    assert front.label == "Jatiya Oikya Front" and "National Unity Front" in front.aliases
    assert entity_of(result, observed, 0, 0, 1) == front


def test_a_surname_with_its_particle_glued_on_is_a_name():
    result, observed = resolved(article(
        "a",
        sentence("Energy Minister Suhail al-Mazrouei echoed this.", ("Suhail al-Mazrouei", "PERSON")),
        sentence("\"We are committed,\" al-Mazrouei said.", ("al-Mazrouei", "PERSON")),
    ))
    assert entity_of(result, observed, 0, 1, 0) == entity_of(result, observed, 0, 0, 0)


def test_a_judges_title_before_a_surname_is_no_given_name():
    result, observed = resolved(article(
        "a",
        sentence("Justice James Omotosho granted bail.", ("James Omotosho", "PERSON")),
        sentence("The lawyer informed Justice Omotosho of the plea.", ("Omotosho", "PERSON")),
        sentence("Justice Omotosho held that the sureties must own property.", ("Omotosho", "PERSON")),
    ))
    judge = entity_of(result, observed, 0, 0, 0)
    assert judge.label == "James Omotosho"
    assert entity_of(result, observed, 0, 1, 0) == entity_of(result, observed, 0, 2, 0) == judge


def test_a_company_with_its_designator_and_legal_form_is_the_company():
    extraction = article(
        "a",
        sentence("Apple and Meta Platforms were fined.", ("Apple", "ORG"), ("Meta Platforms", "ORG")),
        sentence("Meta did not respond.", ("Meta", "ORG")),
        sentence("The case is Sebelius v. Hobby Lobby Stores, Inc.", ("Sebelius", "ORG"),
                 ("Hobby Lobby Stores", "PERSON")),
        sentence("A ruling in Sebelius v. Hobby Lobby is due.", ("Sebelius", "ORG"), ("Hobby Lobby", "PERSON")),
    )
    result, observed = resolved(Repeats().find(extraction))
    assert entity_of(result, observed, 0, 1, 0) == entity_of(result, observed, 0, 0, 1)
    company = entity_of(result, observed, 0, 2, 1)
    assert "Hobby Lobby Stores, Inc." in company.aliases and company.type == "organisation"
    assert entity_of(result, observed, 0, 3, 1) == company
