"""Cleaning rules found on realnews-dev9 (issue 15, docs/entities.md section 40)."""

from __future__ import annotations

from kgraph.ingest import clean


def test_an_outlets_call_to_action_is_boilerplate():
    """dev9: "Get exclusive pro wrestling content on Fightful Select, our premium news service! Click here to learn
    more." ended a boxing report and made "Fightful Select" an organisation."""
    assert clean.boilerplate_rule(
        "Get exclusive pro wrestling content on Fightful Select, our premium news service! Click here to learn more."
    ) == "call to action"
    assert clean.boilerplate_rule("For our full coverage, click here.") == "call to action"
    assert clean.boilerplate_rule("Inoue said he would click here and there in our gym, the coach added.") is None
