"""Merges of companies' legal-form and industry variants (issue 15, docs/entities.md section 32): one small case per
class, each failing before its rule."""

from __future__ import annotations

from .test_resolve import article, resolved, sentence


def _labels(result) -> dict[str, set[str]]:
    return {entity.label: set(entity.aliases) for entity in result.entities.values()}


def test_an_acronym_defined_for_one_legal_form_is_the_company_of_every_form():
    result, _ = resolved(
        article("a", sentence("Taiwan Semiconductor Manufacturing Co Ltd (TSMC) said on Thursday it would spend more.",
                              ("Taiwan Semiconductor Manufacturing Co Ltd", "ORG"), ("TSMC", "ORG")),
                sentence("TSMC shares rose.", ("TSMC", "ORG"))),
        article("b", sentence("Taiwan Semiconductor Manufacturing Company led the market.",
                              ("Taiwan Semiconductor Manufacturing Company", "ORG"))),
    )
    labels = _labels(result)
    assert len(labels) == 1, labels
    assert {"TSMC", "Taiwan Semiconductor Manufacturing Company"} <= next(iter(labels.values()))


def test_a_carmakers_motor_is_its_industry_not_its_name():
    result, _ = resolved(
        article("a", sentence("Toyota Motor President Akio Toyoda will step down.",
                              ("Toyota Motor", "ORG"), ("Akio Toyoda", "PERSON")),
                sentence("Toyota Times and Lexus were named.", ("Toyota Times", "ORG"), ("Lexus", "ORG"))),
        article("b", sentence("Toyota sold more cars than Honda Motors.", ("Toyota", "ORG"), ("Honda Motors", "ORG")),
                sentence("Honda said so.", ("Honda", "ORG")),
                sentence("General Motors and General Mills did not.", ("General Motors", "ORG"),
                         ("General Mills", "ORG"))),
    )
    labels = _labels(result)
    toyota = next(aliases for label, aliases in labels.items() if "Toyota" in aliases)
    assert "Toyota Motor" in toyota and "Toyota Times" not in toyota
    honda = next(aliases for label, aliases in labels.items() if "Honda" in aliases)
    assert "Honda Motors" in honda
    assert "General Motors" in labels and "General Mills" in labels


def test_a_companys_one_word_name_written_in_its_two_words_is_that_company():
    result, _ = resolved(
        article("a", sentence("Sequoia raised two funds, the TechCrunch report said.", ("Sequoia", "ORG"),
                              ("TechCrunch", "ORG")),
                sentence("Khatabook offers bookkeeping to merchants, Tech Crunch reported.", ("Khatabook", "ORG"),
                         ("Tech Crunch", "PERSON"))),
        article("b", sentence("Black Rock and Tech Data met Tom Black.", ("Black Rock", "ORG"), ("Tech Data", "ORG"),
                              ("Tom Black", "PERSON"))),
    )
    crunch = [entity for entity in result.entities.values() if "TechCrunch" in entity.aliases]
    assert [(entity.type, set(entity.aliases)) for entity in crunch] == [("organisation", {"TechCrunch", "Tech Crunch"})]
    assert {"Black Rock", "Tech Data", "Tom Black"} <= _labels(result).keys()
