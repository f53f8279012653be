"""Name boundaries (issue 15, docs/entities.md section 25): where a name starts and ends."""

from __future__ import annotations

from kgraph.resolve import designators
from kgraph.resolve.names import strip_roles
from kgraph.resolve.repeats import Repeats

from .test_resolve import article, labels, resolved, sentence


def test_a_countrys_body_opened_by_an_adjective_nameparser_calls_a_title_is_an_organisation():
    assert not designators.generic("British Transport Police")
    assert designators.generic("British Foreign Secretary")  # a role, no body
    result, _ = resolved(article("a", sentence("He was arrested by British Transport Police (BTP).",
                                               ("British Transport Police", "ORG"))))
    assert labels(result)["British Transport Police"] == "organisation"


def test_a_title_word_that_opens_a_place_is_the_places():
    assert strip_roles("San Antonio Spurs") == "San Antonio Spurs"
    assert strip_roles("Sgt Lee Valentine") == "Lee Valentine"
    mended = Repeats().find(article(
        "a", sentence("The Lakers won a victory over the San Antonio Spurs on Friday night.", ("Lakers", "ORG")),
        sentence("The Spurs lost.", ("Spurs", "PERSON"))))
    assert "Antonio Spurs" not in [m.text for m in mended.sentences[0].mentions]
