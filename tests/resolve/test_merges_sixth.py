"""Merges, sixth pass (issue 15, docs/entities.md section 31): one small case per class, each failing
before its rule."""

from __future__ import annotations

import kgraph
from kgraph.recognise import Recogniser


def _aliases(graph, label: str) -> set[str]:
    found = [data for _, data in graph.nodes(data=True) if data["label"] == label]
    assert found, f"no node labelled {label!r}"
    return {alias for alias in found[0].get("aliases", "").split("|") if alias}


def test_a_title_case_headline_is_read_in_the_case_its_text_gives(nlp):
    graph = kgraph.build_texts([{
        "id": "a", "title": "Rakoff Trims Fee Bid, Lifts Hopes Of Petrobras Investors",
        "text": "U.S. District Judge Jed Rakoff has ruled that the objector can have just a small fraction of "
                "the fees it asked for in the settlement with the oil giant Petrobras.\n\n"
                "The judge said the work had done little for the investors.",
    }], recogniser=Recogniser(nlp=nlp))
    assert "Rakoff" in _aliases(graph, "Jed Rakoff")
    assert not any("Trims" in data["label"] or "Lifts" in data["label"] for _, data in graph.nodes(data=True))
