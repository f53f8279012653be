"""Merges and edges, seventh pass (issue 15, docs/entities.md section 38): classes found on realnews-dev ..
dev6, one small case per class (invented names), each failing before its rule. Hand-made extractions stand for
what the recogniser returns."""

from __future__ import annotations

from kgraph.resolve.repeats import Repeats

from .test_resolve import article, sentence


def _mentions(extraction):
    return [[(m.text, m.label) for m in s.mentions] for s in extraction.sentences]


def test_a_country_opening_a_persons_mention_is_a_mention_of_its_own():
    found = Repeats().find(article("a", sentence(
        "Wins for Botswana Kelo Marapeng in the 400, Kenyan Amos Kiprotich's 1500 and Jordan Bell in the 100.",
        ("Botswana Kelo Marapeng", "PERSON"), ("Kenyan Amos Kiprotich's", "PERSON"), ("Jordan Bell", "PERSON"))))
    assert _mentions(found)[0] == [("Botswana", "GPE"), ("Kelo Marapeng", "PERSON"), ("Kenyan", "NORP"),
                                   ("Amos Kiprotich's", "PERSON"), ("Jordan Bell", "PERSON")]


def test_a_name_in_the_possessive_after_a_country_is_a_person():
    found = Repeats().find(article("a", sentence(
        "She ran six hundredths off her best and well off Russian Irina Volkova's world record in the 1,000 meters.",
        ("Russian", "NORP"))))
    assert ("Irina Volkova", "PERSON") in _mentions(found)[0]
