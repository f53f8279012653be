"""Missed links (issue 15): gold pairs whose two ends are nodes but were not joined, one small case per
class of error, each failing before its rule (docs/entities.md section 22).

Hand-made extractions stand for what the recogniser returns; ``Repeats`` is the pass that adds what it
missed (the real pipeline runs it in ``kgraph.build``).
"""

from __future__ import annotations

from kgraph.resolve.repeats import Repeats

from .test_merges import entity_of
from .test_resolve import article, resolved, sentence


def test_a_one_word_name_after_the_sentences_opening_the_is_found_again():
    extraction = article(
        "a",
        sentence("The Boston Celtics beat the Knicks, and the Celtics lead the East.",
                 ("The Boston Celtics", "ORG"), ("Knicks", "ORG"), ("Celtics", "ORG")),
        sentence("The Celtics are dealing Justin Jackson to the Thunder.", ("Justin Jackson", "PERSON")),
        sentence("On Sunday The Celtics Foundation met.",),
    )
    mended = Repeats().find(extraction)
    assert [(m.text, m.label) for m in mended.sentences[1].mentions] == [
        ("Celtics", "ORG"), ("Justin Jackson", "PERSON"), ("Thunder", "ORG")]  # a team of the table (section 24)
    assert "Celtics" not in [m.text for m in mended.sentences[2].mentions]


def test_a_person_and_a_club_across_a_spaced_dash_are_two_mentions():
    extraction = article(
        "a",
        sentence("Andre Villas-Boas was sacked after defeats.", ("Andre Villas-Boas", "PERSON")),
        sentence("Spurs parted with him.", ("Spurs", "ORG")),
        sentence("Andre Villas-Boas – Spurs (49 words)", ("Andre Villas-Boas – Spurs", "PERSON")),
    )
    mended = Repeats().find(extraction)
    assert [m.text for m in mended.sentences[2].mentions] == ["Andre Villas-Boas", "Spurs"]
    result, observed = resolved(mended)
    assert entity_of(result, observed, 0, 2, 0).id != entity_of(result, observed, 0, 2, 1).id
