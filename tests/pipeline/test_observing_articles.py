"""A rebuild takes an article's observations from the cache, stored beside its repeated-names reading, only where
they were made from the same article, reading, code and model; otherwise it observes the article again."""

import sqlite3

from kgraph.pipeline import _spill
from kgraph.pipeline.observing import Observer
from kgraph.pipeline.repeating import RepeatedNames
from kgraph.recognise.cache import ExtractionCache
from kgraph.resolve.evidence import observe
from kgraph.resolve.repeats import Repeats
from kgraph.types import ArticleInfo, Extraction
from tests.resolve.test_readings import NAMED, NEW, OLD


def _clean(*articles):
    repeats = Repeats()
    return [observe(repeats.find(article)) for article in articles]


def _build(path, articles, *, fingerprint="f", code=b"one"):
    """What a build spills of ``articles`` with the cache at ``path``, and its observer and repeated-names pass."""
    extracted, observed, gathered = [], [], []
    with ExtractionCache(path, fingerprint=fingerprint) as store:
        observer, repeated = Observer(store), RepeatedNames(store, code=code)
        _spill(articles, extracted, observed, observe=observer, repeat=repeated, store=store, gather=gathered.append)
    assert gathered == observed  # what the linker gathers is what resolution reads back
    return observed, observer, repeated


def test_observations_are_reused_for_the_same_article_and_reading_only(tmp_path):
    path = tmp_path / "c.kgcache.sqlite"
    first, observer, _ = _build(path, [OLD, NAMED])
    assert first == _clean(OLD, NAMED) and observer.reused == 0
    again, observer, _ = _build(path, [OLD, NAMED])
    assert again == first and observer.reused == 2
    # NEW brings the full name OLD writes untagged: OLD's reading changes, its observations are made again
    after, observer, repeated = _build(path, [NEW, OLD, NAMED])
    assert after == _clean(NEW, OLD, NAMED) and after[1] != first[0]
    assert (repeated.reused, observer.reused) == (1, 1)  # NAMED's alone
    # the same article under another id: its observations, with its own id
    renamed = Extraction(info=ArticleInfo(id="renamed"), sentences=NAMED.sentences)
    found, observer, _ = _build(path, [NEW, OLD, renamed])
    assert found[2] == _clean(NEW, OLD, renamed)[2] and found[2].article == "renamed" and observer.reused == 3


def test_another_code_model_or_article_never_reuses_observations(tmp_path):
    path = tmp_path / "c.kgcache.sqlite"
    _build(path, [OLD])
    assert _build(path, [OLD], code=b"two")[1].reused == 0
    assert _build(path, [OLD], fingerprint="another model")[1].reused == 0
    changed = Extraction(info=OLD.info, sentences=OLD.sentences[:-1])
    found, observer, _ = _build(path, [changed])
    assert found == _clean(changed) and observer.reused == 0
    outlet = Extraction(info=ArticleInfo(id=OLD.info.id, source="Reuters"), sentences=OLD.sentences)
    found, observer, _ = _build(path, [outlet])
    assert found == _clean(outlet) and observer.reused == 0
    assert _build(path, [OLD])[1].reused == 1


def test_damaged_observations_are_made_again(tmp_path):
    path = tmp_path / "c.kgcache.sqlite"
    expected, _, _ = _build(path, [OLD])
    with ExtractionCache(path, fingerprint="f") as store:
        key = Observer(store).article_key(RepeatedNames(store, code=b"one").key(OLD), OLD)
    for damaged in (b"[[]", b"[[], []]", b'[[[["a", "b"]]], []]'):
        with sqlite3.connect(path) as db:  # after the reading's digest, JSON that does not decode or fit the mentions
            stored = db.execute("SELECT value FROM sentence WHERE key = ?", (key,)).fetchone()[0]
            db.execute("UPDATE sentence SET value = ? WHERE key = ?", (stored[:20] + damaged, key))
        found, observer, _ = _build(path, [OLD])
        assert found == expected and observer.reused == 0
    assert _build(path, [OLD])[1].reused == 1  # stored again whole
