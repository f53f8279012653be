"""What the graph stage costs next to the spaCy pass, for each co-mention window.

Recognises a generated corpus once (see build_corpus.py), then times counting,
assembling, filtering + measures and writing each format, and prints each as a
share of the spaCy pass (issue 9 allows everything around spaCy 10%).

    python benchmarks/graph_stage.py --words 100000
"""

from __future__ import annotations

import argparse
import tempfile
import time

from build_corpus import generate

from kgraph import export, pipeline, recognise, resolve
from kgraph.graph import assemble as graph
from kgraph.graph import comention, measures
from kgraph.graph.filter import GraphFilter, filter_graph
from kgraph.types import Article, ArticleInfo


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=100_000)
    args = parser.parse_args()
    articles = [Article(ArticleInfo(id=f"a{i}"), text) for i, text in enumerate(generate(args.words))]
    nlp = recognise.load_model()
    started = time.perf_counter()
    extractions = list(recognise.recognise(articles, nlp))
    spacy_seconds = time.perf_counter() - started
    observed = [resolve.observe(extraction) for extraction in extractions]
    resolution = resolve.resolve(observed)
    links = [resolution.links(article) for article in observed]
    measures.annotate(graph.to_graph({}, comention.count([])))  # imports scipy outside the timings
    print(f"{len(articles)} articles, spaCy {spacy_seconds:.1f}s")
    with tempfile.TemporaryDirectory() as out:
        for window in comention.WINDOWS:
            timings = {}
            clock = time.perf_counter()

            def lap(name: str) -> None:
                nonlocal clock
                now = time.perf_counter()
                timings[name], clock = now - clock, now

            pairs = comention.count(zip(extractions, links), window=window)
            lap("count")
            built = graph.to_graph(resolution.entities, pairs)
            lap("graph")
            built = filter_graph(built, GraphFilter())
            measures.annotate(built)
            lap("filter+measures")
            for fmt in export.FORMATS:
                pipeline.write(built, out, "bench", formats=[fmt])
                lap(fmt)
            shares = ", ".join(f"{name} {seconds / spacy_seconds:.1%}" for name, seconds in timings.items())
            print(f"{window:>9} ({built.number_of_nodes()} nodes, {built.number_of_edges()} edges): {shares}")


if __name__ == "__main__":
    main()
