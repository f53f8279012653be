"""The cache looks up the articles of a build many at a time, and gives each its own extraction, in input order."""

from kgraph.recognise.cache import ExtractionCache
from kgraph.types import Article, ArticleInfo, Extraction, Sentence


def _articles(count, prefix="a"):
    return [Article(info=ArticleInfo(id=f"{prefix}{n}"), text=f"Text number {n} of {prefix}.") for n in range(count)]


def _read(articles):
    for article in articles:
        yield Extraction(article.info, (Sentence(article.text, 0),))


def test_cached_articles_are_looked_up_many_at_a_time_and_come_back_in_input_order(tmp_path):
    path = tmp_path / "c.kgcache.sqlite"
    old = _articles(150)
    with ExtractionCache(path, fingerprint="f") as cache:
        assert list(cache.recognise(old, _read)) == list(_read(old))
    new = _articles(5, prefix="new")
    mixed = [*old[:70], new[0], *old[70:], *new[1:]]
    queries = []
    given = []
    with ExtractionCache(path, fingerprint="f") as cache:
        cache._opened().set_trace_callback(queries.append)

        def recogniser(articles):
            for extraction in _read(articles):
                given.append(extraction.info.id)
                yield extraction

        assert list(cache.recognise(mixed, recogniser)) == list(_read(mixed))
        assert (cache.hits, cache.misses) == (150, 5)
        assert cache.lookup_many([old[3], new[0], old[4]]) == [*_read([old[3], new[0], old[4]])]
    assert given == [article.info.id for article in new]
    assert sum("FROM extraction" in query for query in queries) == 4  # 155 articles, 64 a query; then the 3
