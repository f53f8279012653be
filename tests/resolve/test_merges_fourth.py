"""Merges, fourth pass (issue 15, docs/entities.md section 16): one small case per class, each failing
before its rule. Hand-made extractions stand for what the recogniser returns."""

from __future__ import annotations

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
