"""What resolution observes in a sentence is read once, and a stored reading is used only when sound."""

import sqlite3

from kgraph import recognise
from kgraph.pipeline.observing import Observer
from kgraph.recognise.cache import ExtractionCache
from kgraph.resolve import evidence, observe
from tests.recognise.test_recognise import seed_articles


def test_stored_readings_give_what_observe_gives_and_damaged_ones_are_read_again(nlp, tmp_path, monkeypatch):
    extractions = list(recognise.recognise(seed_articles()[:3], nlp))
    path = tmp_path / "c.kgcache.sqlite"
    with ExtractionCache(path, fingerprint="f") as store:
        assert [Observer(store)(e) for e in extractions] == [observe(e) for e in extractions]
    with sqlite3.connect(path) as db:
        keys = [key for key, in db.execute("SELECT key FROM sentence")]
        db.execute("UPDATE sentence SET value = ? WHERE key = ?", (b'[[["too", "short"]], []]', keys[0]))
    read = []
    observe_sentence = evidence.observe_sentence
    monkeypatch.setattr("kgraph.pipeline.observing.observe_sentence",
                        lambda sentence, outlet: read.append(sentence) or observe_sentence(sentence, outlet))
    with ExtractionCache(path, fingerprint="f") as store:
        assert [Observer(store)(e) for e in extractions] == [observe(e) for e in extractions]
    assert len(read) == 1  # only the damaged one
