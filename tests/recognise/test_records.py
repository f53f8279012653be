"""Plain rows for Extractions and observations: exact round trips, and damaged rows refused."""

from __future__ import annotations

import json

import pytest

from kgraph.recognise import records
from kgraph.resolve import evidence, observe
from kgraph.types import ArticleInfo, Extraction, Mention, Sentence

TEXT = "The Security Service of Ukraine (SBU) said Vasyl Malyuk met Zelenskyy."
EXTRACTION = Extraction(
    ArticleInfo(id="kyiv-1", title="SBU", url="https://x.test", date="2024-03-02", source="Wire", origin="in.jsonl:3"),
    (Sentence(TEXT, 2, (Mention("The Security Service of Ukraine", "ORG", 0, 31), Mention("SBU", "ORG", 33, 36),
                        Mention("Vasyl Malyuk", "PERSON", 43, 55), Mention("Zelenskyy", "PERSON", 60, 69))),),
)


def test_an_extraction_survives_json_and_back():
    row = json.loads(json.dumps(records.extraction_row(EXTRACTION)))
    assert records.extraction_from_row(row) == EXTRACTION


def test_without_mentions_the_sentences_come_back_bare():
    back = records.extraction_from_row(records.extraction_row(EXTRACTION, mentions=False))
    assert back.info == EXTRACTION.info
    assert [(s.text, s.paragraph, s.mentions) for s in back.sentences] == [(TEXT, 2, ())]


def test_observations_and_definitions_survive_json_and_back():
    observed = observe(EXTRACTION)
    assert observed.definitions == (("SBU", "security service of ukraine"),)  # the short form as written
    row = json.loads(json.dumps(evidence.observed_row(observed)))
    assert evidence.observed_from_row(row) == observed


@pytest.mark.parametrize("rows, problem", [
    ([[0, "Kyiv.", [["GPE", 0, 9]]]], "outside its sentence"),
    ([["0", "Kyiv.", []]], "malformed sentence"),
    ([[0, None, []]], "malformed sentence"),
])
def test_damaged_sentence_rows_are_refused(rows, problem):
    with pytest.raises(ValueError, match=problem):
        records.sentences_from_rows(rows)
