"""Missed links (issue 15): gold pairs whose two ends are nodes but were not joined, one small case per
class of error, each failing before its rule (docs/entities.md section 22).

Hand-made extractions stand for what the recogniser returns; ``Repeats`` is the pass that adds what it
missed (the real pipeline runs it in ``kgraph.build``).
"""

from __future__ import annotations

from kgraph.resolve.repeats import Repeats

from .test_resolve import article, sentence


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
        ("Celtics", "ORG"), ("Justin Jackson", "PERSON")]
    assert "Celtics" not in [m.text for m in mended.sentences[2].mentions]
