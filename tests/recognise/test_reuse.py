"""Paragraph reuse: a syndicated copy's paragraphs skip spaCy, and the graph is the one built without reuse."""

import kgraph
from kgraph import Recogniser, recognise
from kgraph.recognise import reuse
from kgraph.recognise.cache import ExtractionCache
from kgraph.types import Article, ArticleInfo
from tests.recognise.test_cache import _same_graph
from tests.recognise.test_recognise import seed_articles


def syndicated() -> list[dict]:
    """The seed articles, then copies of the first four as other outlets run them: their own first line,
    outlet and date, and one paragraph of their own in the middle."""
    seeds = seed_articles()
    records = [{"id": a.info.id, "text": a.text} for a in seeds]
    for number, original in enumerate(seeds[:4]):
        paragraphs = original.paragraphs
        own = [f"LONDON (Outlet {number}) - Reporting by Jane Whitfield for Outlet {number}.",
               *paragraphs[:3], f"Outlet {number} could not reach Mark Rutte for comment.", *paragraphs[3:]]
        records.append({"id": f"copy-{number}", "source": f"Outlet {number}", "date": f"2026-03-0{number + 1}",
                        "text": "\n\n".join(own)})
    return records


def counting(nlp, seen: list[str]):
    """The recogniser of a one-job build, noting each paragraph spaCy is given."""
    def recogniser(articles):
        def noted():
            for article in articles:
                seen.extend(article.paragraphs)
                yield article
        return recognise.recognise(noted(), nlp)
    return recogniser


def test_copies_skip_spacy_and_each_article_keeps_its_own_extraction(nlp):
    given = [Article(info=ArticleInfo(id=r["id"], source=r.get("source", ""), date=r.get("date", "")), text=r["text"])
             for r in syndicated()]
    seen: list[str] = []
    reused = list(reuse.reuse(given, counting(nlp, seen)))
    assert reused == list(recognise.recognise(given, nlp))
    every = [p for a in given for p in a.paragraphs]
    assert len(seen) == len(set(every)) < len(every)  # each distinct paragraph read once
    assert [e.info for e in reused] == [a.info for a in given]


def test_a_build_with_reuse_gives_the_graph_of_one_without(nlp, monkeypatch):
    records = syndicated()
    graph = kgraph.build_texts(records, recogniser=Recogniser(nlp=nlp))
    originals = kgraph.build_texts(records[:-4], recogniser=Recogniser(nlp=nlp))
    # The copies count their own mentions: each entity of a copied paragraph is in more articles.
    assert sum(graph.nodes[n]["articles"] for n in originals) >= sum(originals.nodes[n]["articles"]
                                                                     for n in originals) + 20
    monkeypatch.setattr(reuse, "reuse", lambda articles, recogniser, store=None: recogniser(articles))
    assert _same_graph(graph, kgraph.build_texts(records, recogniser=Recogniser(nlp=nlp)))


def test_paragraphs_of_an_earlier_build_are_reused_from_the_cache(nlp, tmp_path):
    records = syndicated()
    given = [Article(info=ArticleInfo(id=r["id"]), text=r["text"]) for r in records]
    originals, copies = given[:-4], given[-4:]
    path = tmp_path / "c.kgcache.sqlite"
    with ExtractionCache(path, fingerprint=recognise.fingerprint(nlp)) as store:
        list(store.recognise(originals, lambda articles: reuse.reuse(articles, counting(nlp, []), store=store)))
    seen: list[str] = []
    with ExtractionCache(path, fingerprint=recognise.fingerprint(nlp)) as store:
        found = list(store.recognise(given, lambda articles: reuse.reuse(articles, counting(nlp, seen), store=store)))
        assert store.hits == len(originals)
    assert sorted(seen) == sorted({p for a in copies for p in a.paragraphs} - {p for a in originals
                                                                              for p in a.paragraphs})
    assert found == list(recognise.recognise(given, nlp))
