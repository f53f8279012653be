"""The repeated-names pass reuses an unchanged article's stored reading, and only a sound one whose look-ups hold."""

import sqlite3

from kgraph.pipeline.repeating import RepeatedNames
from kgraph.recognise.cache import ExtractionCache
from kgraph.resolve.repeats import Repeats
from tests.resolve.test_readings import NAMED, NEW, OLD


def _clean(*articles):
    repeats = Repeats()
    return [repeats.find(article) for article in articles]


def test_a_stored_reading_is_reused_where_its_look_ups_hold_and_a_damaged_one_is_read_again(tmp_path, monkeypatch):
    path = tmp_path / "c.kgcache.sqlite"
    old, new = _clean(OLD, NAMED), _clean(NEW, OLD, NAMED)
    with ExtractionCache(path, fingerprint="f") as store:
        repeated = RepeatedNames(store)
        assert [repeated(e) for e in (OLD, NAMED)] == old
    read = []
    real = Repeats.read
    monkeypatch.setattr(Repeats, "read", lambda self, extraction: read.append(extraction.info.id) or real(self, extraction))
    with ExtractionCache(path, fingerprint="f") as store:
        repeated = RepeatedNames(store)
        assert [repeated(e) for e in (OLD, NAMED)] == old
    assert (read, repeated.reused) == ([], 2)
    with ExtractionCache(path, fingerprint="f") as store:  # a new article before them, whose full name OLD looks up
        repeated = RepeatedNames(store)
        assert [repeated(e) for e in (NEW, OLD, NAMED)] == new
    assert (read, repeated.reused) == (["new", "old"], 1)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE sentence SET value = ?", (b'[[[99, []]], [], [], [], 0, 0]',))
    read.clear()
    with ExtractionCache(path, fingerprint="f") as store:
        repeated = RepeatedNames(store)
        assert [repeated(e) for e in (NEW, OLD, NAMED)] == new
    assert (read, repeated.reused) == (["new", "old", "named"], 0)
    for damaged in (b'[[], [], [["a list"], null], [], 0, 0]', b'[[], [], ["odd"], [], 0, 0]', b'[[], [], [], []]'):
        with sqlite3.connect(path) as db:
            db.execute("UPDATE sentence SET value = ?", (damaged,))
        read.clear()
        with ExtractionCache(path, fingerprint="f") as store:
            repeated = RepeatedNames(store)
            assert [repeated(e) for e in (NEW, OLD, NAMED)] == new
        assert (read, repeated.reused) == (["new", "old", "named"], 0)


def test_another_code_digest_or_model_never_reuses_a_reading(tmp_path):
    path = tmp_path / "c.kgcache.sqlite"
    with ExtractionCache(path, fingerprint="f") as store:
        RepeatedNames(store, code=b"one")(OLD)
    with ExtractionCache(path, fingerprint="f") as store:
        repeated = RepeatedNames(store, code=b"two")
        repeated(OLD)
    assert repeated.reused == 0
    with ExtractionCache(path, fingerprint="another model") as store:
        repeated = RepeatedNames(store, code=b"one")
        repeated(OLD)
    assert repeated.reused == 0
    with ExtractionCache(path, fingerprint="f") as store:
        repeated = RepeatedNames(store, code=b"one")
        repeated(OLD)
    assert repeated.reused == 1
