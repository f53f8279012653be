"""The extraction cache: rebuilds run spaCy on new or changed articles only; bad files are rebuilt."""

import logging
import shutil
import sqlite3

import pytest

import kgraph
import kgraph.recognise.cache
from kgraph import Recogniser, recognise
from kgraph.errors import CacheError
from kgraph.pipeline import articles
from kgraph.recognise.cache import ExtractionCache
from kgraph.report import BuildReport
from kgraph.types import Article, ArticleInfo, Extraction, Sentence
from tests.conftest import DATA, SEEDS

WIRE = DATA / "wire"


@pytest.fixture()
def corpus(tmp_path):
    """A folder of article files that tests add to: the seeds to start with."""
    folder = tmp_path / "news"
    shutil.copytree(SEEDS, folder)
    return folder


def build(folder, cache, nlp):
    report = BuildReport()
    graph = kgraph.build([folder], report=report, recogniser=Recogniser(nlp=nlp, cache=cache))
    return graph, report


def test_rebuild_after_adding_articles_recognises_only_the_new_ones(corpus, tmp_path, nlp):
    cache = tmp_path / "k.kgcache.sqlite"
    _, first = build(corpus, cache, nlp)
    assert (first.cached, first.recognised) == (0, first.articles)

    for path in sorted(WIRE.glob("*.txt"))[:4]:
        shutil.copy(path, corpus / path.name)
    graph, second = build(corpus, cache, nlp)
    assert (second.cached, second.recognised) == (first.articles, 4)

    uncached, _ = build(corpus, None, nlp)
    assert _same_graph(graph, uncached)


def test_a_changed_article_is_recognised_again(corpus, tmp_path, nlp):
    cache = tmp_path / "k.kgcache.sqlite"
    wire = corpus / "london.txt"
    shutil.copy(WIRE / "05-london.txt", wire)
    _, first = build(corpus, cache, nlp)
    wire.write_text(wire.read_text(encoding="utf-8").replace("on Friday", "on Saturday"), encoding="utf-8")
    _, second = build(corpus, cache, nlp)
    assert (second.cached, second.recognised) == (first.articles - 1, 1)


def test_the_recogniser_sees_only_articles_the_cache_lacks(tmp_path, nlp):
    seeds = list(articles([SEEDS], report=BuildReport()))
    wire = list(articles([WIRE], report=BuildReport()))
    seen = []

    def recogniser(stream):
        for extraction in recognise.recognise(stream, nlp):
            seen.append(extraction.info.id)
            yield extraction

    fingerprint = recognise.fingerprint(nlp)
    with ExtractionCache(tmp_path / "c.kgcache.sqlite", fingerprint=fingerprint) as cache:
        list(cache.recognise(seeds, recogniser))
    seen.clear()
    mixed = [*seeds[:3], *wire, *seeds[3:]]
    with ExtractionCache(tmp_path / "c.kgcache.sqlite", fingerprint=fingerprint) as cache:
        result = list(cache.recognise(mixed, recogniser))
        assert (cache.hits, cache.misses) == (len(seeds), len(wire))
    assert seen == [a.info.id for a in wire]
    assert result == list(recognise.recognise(mixed, nlp))


def test_another_model_or_setting_misses(tmp_path, nlp):
    seeds = list(articles([SEEDS], report=BuildReport()))
    with ExtractionCache(tmp_path / "c.kgcache.sqlite", fingerprint="model-a") as cache:
        list(cache.recognise(seeds, lambda stream: recognise.recognise(stream, nlp)))
    with ExtractionCache(tmp_path / "c.kgcache.sqlite", fingerprint="model-b") as cache:
        assert cache.lookup(seeds[0]) is None
        assert (cache.hits, cache.misses) == (0, 1)


def test_a_corrupt_cache_file_is_rebuilt_with_a_warning(corpus, tmp_path, nlp, caplog):
    cache = tmp_path / "k.kgcache.sqlite"
    _, first = build(corpus, cache, nlp)
    data = bytearray(cache.read_bytes())
    data[100:] = b"\x00garbage" * ((len(data) - 100) // 8) + bytes((len(data) - 100) % 8)  # the header stays
    cache.write_bytes(bytes(data))

    with caplog.at_level(logging.WARNING, logger="kgraph"):
        _, second = build(corpus, cache, nlp)
    assert any("extraction cache" in r.message and "starting it again empty" in r.message for r in caplog.records)
    assert (second.cached, second.recognised) == (0, first.articles)
    _, third = build(corpus, cache, nlp)
    assert (third.cached, third.recognised) == (first.articles, 0)


def test_an_older_schema_is_rebuilt_with_a_warning(corpus, tmp_path, nlp, caplog):
    cache = tmp_path / "k.kgcache.sqlite"
    _, first = build(corpus, cache, nlp)
    with sqlite3.connect(cache) as db:
        db.execute("PRAGMA user_version = 0")
    with caplog.at_level(logging.WARNING, logger="kgraph"):
        _, second = build(corpus, cache, nlp)
    assert any("expected schema" in r.message for r in caplog.records)
    assert second.recognised == first.articles


def test_an_entry_that_does_not_decode_is_not_used(tmp_path, nlp, caplog):
    seeds = list(articles([SEEDS], report=BuildReport()))
    path = tmp_path / "c.kgcache.sqlite"
    with ExtractionCache(path, fingerprint="f") as cache:
        list(cache.recognise(seeds, lambda stream: recognise.recognise(stream, nlp)))
    with sqlite3.connect(path) as db:
        db.execute("UPDATE extraction SET value = ?", (b"not zlib",))
    with caplog.at_level(logging.WARNING, logger="kgraph"), ExtractionCache(path, fingerprint="f") as cache:
        assert cache.lookup(seeds[0]) is None
    assert any("does not decode" in r.message for r in caplog.records)


def test_a_cache_busy_in_another_build_is_left_alone(tmp_path, nlp, monkeypatch):
    seeds = list(articles([SEEDS], report=BuildReport()))
    path = tmp_path / "c.kgcache.sqlite"
    with ExtractionCache(path, fingerprint="f") as cache:
        list(cache.recognise(seeds, lambda stream: recognise.recognise(stream, nlp)))
    monkeypatch.setattr(kgraph.recognise.cache, "BUSY_SECONDS", 0.1)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(CacheError, match="locked"), ExtractionCache(path, fingerprint="f") as busy:
            busy.lookup(seeds[0])
    finally:
        other.execute("ROLLBACK")
        other.close()
    with ExtractionCache(path, fingerprint="f") as cache:
        assert cache.lookup(seeds[0]) is not None


def _same_graph(a, b) -> bool:
    def content(graph):
        return (dict(graph.nodes(data=True)), {frozenset(e[:2]): e[2] for e in graph.edges(data=True)})

    return content(a) == content(b)


def _other_database(path):
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE accounts (name TEXT, balance INTEGER)")
        db.execute("INSERT INTO accounts VALUES ('alice', 10)")


def _empty_database(path):
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version = 7")  # an SQLite file with a header but no table


@pytest.mark.parametrize("make", [
    lambda path: path.write_text("Kyiv - Zelenskyy met Macron.\n", encoding="utf-8"),
    lambda path: path.write_bytes(b'{"text": "an article"}\n' * 10),
    _other_database,
    _empty_database,
], ids=["text", "jsonl", "database", "empty-database"])
def test_a_file_kgraph_did_not_make_is_refused_and_left_untouched(tmp_path, make):
    path = tmp_path / "precious.db"
    make(path)
    before = path.read_bytes()
    article = Article(ArticleInfo(id="a"), "Zelenskyy met Macron.")
    with pytest.raises(CacheError, match="not a kgraph extraction cache"), \
            ExtractionCache(path, fingerprint="f") as cache:
        cache.lookup(article)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["precious.db"]


def test_an_interrupted_build_keeps_every_article_it_recognised(tmp_path):
    stream = [Article(ArticleInfo(id=str(i)), f"Article number {i}.") for i in range(5)]

    def interrupted(articles):
        for number, article in enumerate(articles):
            if number == 3:
                raise KeyboardInterrupt
            yield Extraction(article.info, (Sentence(article.text, 0),))

    path = tmp_path / "c.kgcache.sqlite"
    with pytest.raises(KeyboardInterrupt), ExtractionCache(path, fingerprint="f") as cache:
        for _ in cache.recognise(stream, interrupted):
            pass
    with ExtractionCache(path, fingerprint="f") as cache:
        assert [cache.lookup(article) is not None for article in stream] == [True, True, True, False, False]


def test_a_rebuild_from_the_cache_loads_no_pipeline_and_starts_no_process(corpus, tmp_path, monkeypatch):
    cache = tmp_path / "k.kgcache.sqlite"
    first = kgraph.build([corpus], recogniser=Recogniser(cache=cache, jobs=2))  # loads the pipeline by name

    def refused(*args, **kwargs):
        raise AssertionError("the pipeline was loaded or a process started")

    monkeypatch.setattr(kgraph.recognise.model, "load_model", refused)
    monkeypatch.setattr(recognise, "start_fork_server", refused)
    monkeypatch.setattr(kgraph.recognise.workers, "ProcessPoolExecutor", refused)
    report = BuildReport()
    again = kgraph.build([corpus], report=report, recogniser=Recogniser(cache=cache, jobs=2))
    assert report.cached == report.articles and _same_graph(first, again)
    assert again.graph["model"] == first.graph["model"]


def test_a_cache_made_when_kgraph_kept_other_labels_is_not_used_for_the_same_model_files(corpus, tmp_path,
                                                                                          monkeypatch):
    # The cache remembers a pipeline's fingerprint under the identity of its files, so that a rebuild
    # need not load it; kgraph's own part (the labels kept, the code reading the pipeline) must be in
    # that identity, or a kgraph that keeps more labels reads the old extractions for good.
    cache = tmp_path / "k.kgcache.sqlite"
    kgraph.build([corpus], recogniser=Recogniser(cache=cache))
    monkeypatch.setattr(kgraph.recognise.model, "ENTITY_LABELS", frozenset({"PERSON", "ORG", "GPE"}))
    kgraph.recognise.model._own_part.cache_clear()
    try:
        report = BuildReport()
        kgraph.build([corpus], report=report, recogniser=Recogniser(cache=cache))
    finally:
        kgraph.recognise.model._own_part.cache_clear()
    assert report.cached == 0 and report.articles == 10
