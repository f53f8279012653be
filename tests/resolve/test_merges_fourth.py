"""Merges, fourth pass (issue 15, docs/entities.md section 16): one small case per class, each failing
before its rule. Hand-made extractions stand for what the recogniser returns."""

from __future__ import annotations

from kgraph.resolve.names import strip_roles
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


def test_initials_before_a_name_are_part_of_it():
    extraction = article(
        "a",
        sentence("The charge was rejected by its chief commissioner, KM Nurul Huda.",
                 ("KM", "ORG"), ("Nurul Huda", "PERSON")),
        sentence("K Ponmudy and his spouse were found guilty.", ),
        sentence("Ponmudy is the first minister to be sentenced.", ("Ponmudy", "PERSON")),
        sentence("Nuggets F Aaron Gordon: 17 points, 6 rebounds", ("Nuggets", "ORG"), ("Aaron Gordon", "PERSON")),
    )
    mended = Repeats().find(extraction)
    assert [[m.text for m in s.mentions] for s in mended.sentences] == [
        ["KM Nurul Huda"], ["K Ponmudy"], ["Ponmudy"], ["Nuggets", "Aaron Gordon"]]
    result, observed = resolved(mended)
    assert entity_of(result, observed, 0, 0, 0).label == "KM Nurul Huda"
    assert entity_of(result, observed, 0, 2, 0) == entity_of(result, observed, 0, 1, 0)


def test_sheikh_or_sultan_opening_a_name_without_bin_is_part_of_it():
    assert strip_roles("Sultan Ahmed Al Jaber") == "Sultan Ahmed Al Jaber"
    assert strip_roles("Sheikh Tamim bin Hamad Al Thani") == "Tamim bin Hamad Al Thani"
    assert strip_roles("Prime Minister Sheikh Hasina") == "Sheikh Hasina"
    assert strip_roles("Crown Prince Mohammed bin Salman") == "Mohammed bin Salman"
    extraction = article(
        "a",
        sentence("The longest serving prime minister Sheikh Hasina Wazed will be re-elected.",
                 ("Hasina Wazed", "PERSON")),
        sentence("Prime Minister Sheikh Hasina is expected to win.", ("Sheikh Hasina", "PERSON")),
        sentence("Sultan Ahmed Al Jaber spoke.", ("Sultan Ahmed Al Jaber", "PERSON")),
        sentence("Ahmed Al Jaber, the chief executive, agreed.", ("Ahmed Al Jaber", "PERSON")),
    )
    result, observed = resolved(Repeats().find(extraction))
    hasina = entity_of(result, observed, 0, 0, 0)
    assert hasina.label == "Sheikh Hasina Wazed" and "Sheikh Hasina" in hasina.aliases
    assert entity_of(result, observed, 0, 1, 0) == hasina
    assert entity_of(result, observed, 0, 3, 0) == entity_of(result, observed, 0, 2, 0)
    assert entity_of(result, observed, 0, 2, 0).label == "Sultan Ahmed Al Jaber"


def test_a_translated_long_form_and_fields_before_and_make_the_whole_name():
    extraction = article("a", sentence(
        "Rezende sits on the national board of the Brazilian Socialist Party (PSB), and Cruz is the executive "
        "secretary of the Mines and Energy Ministry.",
        ("Rezende", "PERSON"), ("the national board of the Brazilian Socialist Party", "ORG"), ("PSB", "ORG"),
        ("Cruz", "PERSON"), ("Energy Ministry", "ORG")))
    mended = Repeats().find(extraction)
    assert [m.text for m in mended.sentences[0].mentions] == [
        "Rezende", "Brazilian Socialist Party", "PSB", "Cruz", "Mines and Energy Ministry"]
    result, observed = resolved(mended)
    assert entity_of(result, observed, 0, 0, 2) == entity_of(result, observed, 0, 0, 1)
