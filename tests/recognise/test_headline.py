"""An article's headline read as a sentence of its own, beside its text: found, counted, carried alike by
worker processes, the extraction cache and paragraph reuse."""

from dataclasses import replace

import kgraph
from kgraph import Recogniser, recognise
from kgraph.contract import parse_evidence
from kgraph.recognise import workers
from kgraph.types import HEADLINE
from tests.recognise.test_cache import _same_graph
from tests.recognise.test_recognise import seed_articles

# Real-shaped headlines (issue 15's study sets), a name in each that their texts below do not give.
TITLES = ["Mbalula says Ramaphosa can't win renewal battle where it matters most | Mail & Guardian",
          "Geert Wilders seeks coalition allies after seismic Dutch election - POLITICO",
          "UN Nuclear Watchdog, Iranian Officials Meet in Vienna"]  # Title Case: not read


def test_a_name_only_the_title_gives_is_a_node_linked_by_its_headline(nlp):
    record = {"id": "mg-1", "source": "Mail & Guardian", "title": TITLES[0],
              "text": "The governing party's national executive committee met in Johannesburg on Sunday.\n\n"
                      "Treasurer general Gwede Mantashe said the organisation needed renewal before next year's "
                      "election."}
    report = kgraph.BuildReport()
    # The same text under another headline is the same story: duplicates are found on the text alone.
    graph = kgraph.build_texts([record, {**record, "id": "copy", "title": "Another headline"}],
                               recogniser=Recogniser(nlp=nlp), report=report)
    labels = {graph.nodes[n]["label"]: n for n in graph}
    assert {"Ramaphosa", "Mbalula", "Gwede Mantashe"} <= set(labels) and "Mail & Guardian" not in labels
    assert report.duplicates == 1
    (evidence,) = parse_evidence(graph.edges[labels["Ramaphosa"], labels["Mbalula"]]["evidence"])
    assert evidence["text"] == "Mbalula says Ramaphosa can't win renewal battle where it matters most"


def test_workers_the_cache_and_reuse_give_the_graph_of_one_process(nlp, tmp_path, monkeypatch):
    # The seed's articles under headlines, some the same (a syndicated story's), one in Title Case.
    records = [{"id": a.info.id, "title": TITLES[n % len(TITLES)], "text": a.text}
               for n, a in enumerate(seed_articles())]
    expected = kgraph.build_texts(records, recogniser=Recogniser(nlp=nlp))
    labels = {expected.nodes[n]["label"] for n in expected}
    assert {"Ramaphosa", "Mbalula", "Geert Wilders"} <= labels and "Iranian Officials" not in labels
    monkeypatch.setattr(workers, "PARTITION_CHARS", 4_000)  # small partitions, so the workers take some
    cache = tmp_path / "c.kgcache.sqlite"
    for recogniser in (Recogniser(nlp=nlp, jobs=2), Recogniser(nlp=nlp, cache=cache), Recogniser(nlp=nlp, cache=cache)):
        report = kgraph.BuildReport()
        assert _same_graph(kgraph.build_texts(records, recogniser=recogniser, report=report), expected)
    assert report.cached == report.articles  # the last build read every article from the cache
    # An article's headline changed: only that article misses, and its graph is a fresh build's.
    records[0] = {**records[0], "title": "Macron says Europe must arm itself"}
    report = kgraph.BuildReport()
    assert _same_graph(kgraph.build_texts(records, recogniser=Recogniser(nlp=nlp, cache=cache), report=report),
                       kgraph.build_texts(records, recogniser=Recogniser(nlp=nlp)))
    assert report.cached == report.articles - 1


def test_the_headlines_sentences_come_first_numbered_apart(nlp):
    article = seed_articles()[0]
    (extraction,) = recognise.recognise([replace(article, headline="Geert Wilders seeks coalition allies")], nlp)
    first, second = extraction.sentences[:2]
    assert first.paragraph == HEADLINE and first.text == "Geert Wilders seeks coalition allies"
    assert [m.text for m in first.mentions] == ["Geert Wilders"] and second.paragraph == 0
