"""The repeated-names pass reuses an unchanged article's stored reading, and only a sound one whose look-ups hold."""

import sqlite3

from kgraph.pipeline.repeating import RepeatedNames
from kgraph.recognise.cache import ExtractionCache
from kgraph.resolve.repeats import Repeats
from kgraph.types import ArticleInfo, Extraction, Mention, Relation, Sentence
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
        db.execute("UPDATE sentence SET value = ?", (b'[[[99, []]], [], [], [], 0, 0, []]',))
    read.clear()
    with ExtractionCache(path, fingerprint="f") as store:
        repeated = RepeatedNames(store)
        assert [repeated(e) for e in (NEW, OLD, NAMED)] == new
    assert (read, repeated.reused) == (["new", "old", "named"], 0)
    for damaged in (b'[[], [], [["a list"], null], [], 0, 0, []]', b'[[], [], ["odd"], [], 0, 0, []]', b'[[], [], [], []]'):
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


def test_a_reading_of_an_article_with_relations_is_stored_with_them(tmp_path):
    """The pass renumbers the relations of a sentence it adds a mention to: the stored reading keeps them."""
    text = "Agnieszka Kowalczyk met Olaf Scholz in Warsaw."
    related = Extraction(info=ArticleInfo(id="related"), sentences=(Sentence(
        text=text, paragraph=0, mentions=(Mention("Olaf Scholz", "PERSON", 24, 35), Mention("Warsaw", "GPE", 39, 45)),
        relations=(Relation(0, 1, "meet in"),)),))
    expected = _clean(NEW, related)[1]
    assert expected.sentences[0].relations == (Relation(1, 2, "meet in"),)  # a mention added before them
    path = tmp_path / "c.kgcache.sqlite"
    for reused in (0, 1):
        with ExtractionCache(path, fingerprint="f") as store:
            repeated = RepeatedNames(store)
            assert [repeated(e) for e in (NEW, related)] == _clean(NEW, related)
        assert repeated.reused == 2 * reused
