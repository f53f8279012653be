"""Name boundaries (issue 15, docs/entities.md section 25): where a name starts and ends."""

from __future__ import annotations

from kgraph.resolve import designators

from .test_resolve import article, labels, resolved, sentence


def test_a_countrys_body_opened_by_an_adjective_nameparser_calls_a_title_is_an_organisation():
    assert not designators.generic("British Transport Police")
    assert designators.generic("British Foreign Secretary")  # a role, no body
    result, _ = resolved(article("a", sentence("He was arrested by British Transport Police (BTP).",
                                               ("British Transport Police", "ORG"))))
    assert labels(result)["British Transport Police"] == "organisation"
