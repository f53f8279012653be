"""Types of entities, eighth pass (issue 15; docs/entities.md, section 42).

Each case is invented, of the shape that went wrong on the study sets before these rules, and fails
without them (but the cases that show what is kept).
"""

from __future__ import annotations

from tests.resolve.test_resolve import article, labels, resolved, sentence


def test_a_players_blow_or_kin_after_a_one_word_name_makes_a_person():
    result, _ = resolved(article(
        "a",
        sentence("Brindoli's headbutt on Tarsk went unpunished.", ("Brindoli", "ORG"), ("Tarsk", "PERSON")),
        sentence("Ostravo's girlfriend watched from the stands.", ("Ostravo", "ORG")),
        sentence("Velmark's headquarters moved to Lyon.", ("Velmark", "ORG"), ("Lyon", "GPE")),
    ))
    assert labels(result)["Brindoli"] == "person"
    assert labels(result)["Ostravo"] == "person"
    assert labels(result)["Velmark"] == "organisation"


def test_the_body_a_general_secretary_or_chairman_heads_is_an_organisation():
    result, _ = resolved(article(
        "a",
        sentence("Brivane and Tolmex, both representing nurses, condemned the offer.", ("Brivane", "ORG"),
                 ("Tolmex", "PERSON")),
        sentence("The general secretary of Tolmex, Ada Quorn, accused ministers of stalling.", ("Tolmex", "PERSON"),
                 ("Ada Quorn", "PERSON")),
        sentence("The Secretary of State for Health, Ivo Marsh, replied.", ("Ivo Marsh", "PERSON")),
    ))
    assert labels(result)["Tolmex"] == "organisation"
    assert labels(result)["Ada Quorn"] == "person"
