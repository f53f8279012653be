"""Graph quality on real news: build each gold-standard set with kgraph and score it.

    python benchmarks/quality.py                 # every set: figures only
    python benchmarks/quality.py --errors dev    # and what went wrong on the dev half

Sets: ``realnews-dev`` and ``realnews-test`` (benchmarks/realnews/, 65 articles
from 62 outlets, gold written from the text before any build; split by outlet:
domains a-l are dev, m-z test), ``realnews-dev2``, ``realnews-dev3`` and
``realnews-dev4``, ``realnews-dev5``, ``realnews-dev6``, ``realnews-dev7``, ``realnews-dev8``, ``realnews-dev9``, ``realnews-dev10`` and ``realnews-dev11``
(second to eleventh study sets: 20, 24, 24, 24, 20, 24, 24, 24, 24 and 24 articles from outlets in neither half, for rules found
on fresh text), and the in-repo ``seeds`` and ``wire`` golds.
The test half is for scoring only: ``--errors`` refuses it, so rules are never
read off it. Metrics: docs/entities.md.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import kgraph  # noqa: E402
from kgraph.contract import ENTITY_TYPES  # noqa: E402
from kgraph.graph.filter import filter_graph  # noqa: E402
from kgraph.recognise import load_model  # noqa: E402
from tests.gold.score import Score, load_gold, score  # noqa: E402

REALNEWS = ROOT / "benchmarks" / "realnews"
SETS = {
    "realnews-dev": (REALNEWS / "dev" / "articles.jsonl", REALNEWS / "dev" / "gold.toml"),
    "realnews-dev2": (REALNEWS / "dev2" / "articles.jsonl", REALNEWS / "dev2" / "gold.toml"),
    "realnews-dev3": (REALNEWS / "dev3" / "articles.jsonl", REALNEWS / "dev3" / "gold.toml"),
    "realnews-dev4": (REALNEWS / "dev4" / "articles.jsonl", REALNEWS / "dev4" / "gold.toml"),
    "realnews-dev5": (REALNEWS / "dev5" / "articles.jsonl", REALNEWS / "dev5" / "gold.toml"),
    "realnews-dev6": (REALNEWS / "dev6" / "articles.jsonl", REALNEWS / "dev6" / "gold.toml"),
    "realnews-dev7": (REALNEWS / "dev7" / "articles.jsonl", REALNEWS / "dev7" / "gold.toml"),
    "realnews-dev8": (REALNEWS / "dev8" / "articles.jsonl", REALNEWS / "dev8" / "gold.toml"),
    "realnews-dev9": (REALNEWS / "dev9" / "articles.jsonl", REALNEWS / "dev9" / "gold.toml"),
    "realnews-dev10": (REALNEWS / "dev10" / "articles.jsonl", REALNEWS / "dev10" / "gold.toml"),
    "realnews-dev11": (REALNEWS / "dev11" / "articles.jsonl", REALNEWS / "dev11" / "gold.toml"),
    "realnews-test": (REALNEWS / "test" / "articles.jsonl", REALNEWS / "test" / "gold.toml"),
    "seeds": (ROOT / "seeds", ROOT / "tests" / "gold" / "seeds.toml"),
    "wire": (ROOT / "tests" / "data" / "wire", ROOT / "tests" / "gold" / "wire.toml"),
}
STUDIED = ("realnews-dev", "realnews-dev2", "realnews-dev3", "realnews-dev4", "realnews-dev5", "realnews-dev6", "realnews-dev7", "realnews-dev8", "realnews-dev9", "realnews-dev10", "realnews-dev11", "seeds",
           "wire")  # sets whose errors may be read


def measure(name: str, inputs: Path, gold: Path, nlp) -> tuple[Score, int, float]:
    """The set built once with places kept: the default graph (places left out) is scored, and the
    gold's pairs naming a place are looked up in the graph with them."""
    report = kgraph.BuildReport()
    started = time.perf_counter()
    with_places = kgraph.build([inputs], name=name, recogniser=kgraph.Recogniser(nlp=nlp), report=report,
                               keep=kgraph.GraphFilter(types=ENTITY_TYPES))
    graph = filter_graph(with_places, kgraph.GraphFilter())
    return score(graph, load_gold(gold), with_places=with_places), report.articles, time.perf_counter() - started


def row(name: str, result: Score, articles: int) -> str:
    noise = len(result.forbidden)
    return (f"{name:<16} {articles:>4} {result.gold_nodes:>5} {result.node_recall:>6.3f} {result.typed_recall:>6.3f} "
            f"{result.merge_rate:>6.3f} {result.edge_recall:>6.3f} {noise:>5} {noise / max(articles, 1) * 20:>7.2f} "
            f"{len(result.wrong_types):>5} {len(result.wrongly_merged):>6} {result.combined:>8.3f}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", default=list(SETS), metavar="SET")
    parser.add_argument("--errors", nargs="*", default=[], metavar="SET",
                        help="list the misses and errors of these sets (dev, dev2, dev3, dev4, dev5, dev6, dev7, dev8, dev9, dev10, dev11, seeds, wire only)")
    args = parser.parse_args(argv)
    errors = {f"realnews-{s}" if s in ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "test") else s for s in args.errors}
    if refused := errors - set(STUDIED):
        parser.error(f"the errors of {', '.join(sorted(refused))} are not for reading: it is scored only")
    nlp = load_model()
    print(f"{'set':<16} {'arts':>4} {'gold':>5} {'nodes':>6} {'typed':>6} {'merge':>6} {'edges':>6} "
          f"{'noise':>5} {'per20':>7} {'wrong':>5} {'merged':>6} {'combined':>8}")
    for name in args.sets:
        inputs, gold = SETS[name]
        result, articles, seconds = measure(name, inputs, gold, nlp)
        print(row(name, result, articles), f"  ({seconds:.1f}s)")
        if name in errors:
            for field in ("missing", "wrong_types", "unmerged", "forbidden", "wrongly_merged"):
                for item in getattr(result, field):
                    print(f"    {field}: {item}")
    print("nodes/typed: recall of the gold's people, organisations and countries (found / found with their type);\n"
          "merge: merge groups on one node; edges: gold pairs joined (a pair naming a place: in the graph with places); noise: forbidden names that became nodes\n"
          "(per20: per 20 articles); wrong: wrong types (places as person/organisation included); merged: names\n"
          "that must stay apart but share a node; combined: mean of typed, merge, edges and 1 - errors/gold.")


if __name__ == "__main__":
    main()
