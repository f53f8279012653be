"""Cold query times on a large synthetic graph, with and without the index.

Builds a deterministic 50,000-node / 500,000-edge graph with kgraph's attributes
(hubs included: endpoints are drawn from a Zipf-like law), writes it as GraphML and
writes its index, then runs `kgraph neighbours NAME` as new processes (a cold start,
the graph on disk) with the index and with --no-index, and prints the times.

    .venv/bin/python benchmarks/query_large.py [--nodes 50000] [--edges 500000] [--out /tmp/kgraph-large]
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

import networkx as nx

from kgraph.export import write_graphml
from kgraph.query.index import fingerprint, index_path, write_index

__all__ = ["synthetic_graph"]

_SYLLABLES = ("ka", "lo", "mi", "ren", "vos", "ta", "shen", "dra", "kov", "ul", "bri", "zen", "po", "mar", "tis")
_TYPES = ("person", "organisation", "country")


def synthetic_graph(nodes: int, edges: int, *, seed: int = 0) -> nx.Graph:
    """A graph shaped like kgraph's output: few hubs, many small actors, one evidence sentence per link."""
    rng = random.Random(seed)
    names = set()
    while len(names) < nodes:
        first, last = ("".join(rng.choices(_SYLLABLES, k=rng.randint(2, 3))).title() for _ in range(2))
        names.add(f"{first} {last}")
    graph = nx.Graph(name="synthetic", articles=edges // 5)
    for i, label in enumerate(sorted(names)):
        graph.add_node(f"e{i}", label=label, type=_TYPES[i % 3], mentions=rng.randint(1, 500),
                       articles=rng.randint(1, 100), aliases=f"{label}|{label.split()[-1]}")
    cumulative = list(itertools.accumulate(1 / (rank + 10) for rank in range(nodes)))
    added = 0  # number_of_edges() walks the whole graph: counted here instead
    while added < edges:
        a, b = rng.choices(range(nodes), cum_weights=cumulative, k=2)
        if a != b and not graph.has_edge(f"e{a}", f"e{b}"):
            added += 1
            evidence = [{"text": f"{graph.nodes[f'e{a}']['label']} met {graph.nodes[f'e{b}']['label']}.",
                         "article": f"a{rng.randrange(edges // 5)}"}]
            graph.add_edge(f"e{a}", f"e{b}", weight=1 + int(rng.expovariate(0.5)), articles=1,
                           evidence=json.dumps(evidence))
    return graph


def cold(graphml: Path, *command: str) -> float:
    """Seconds a new `kgraph COMMAND --graph GRAPHML` process takes, start to end."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kgraph", *command, "--graph", str(graphml)], check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=50_000)
    parser.add_argument("--edges", type=int, default=500_000)
    parser.add_argument("--out", type=Path, default=Path("/tmp/kgraph-large"))
    parser.add_argument("--repeat", type=int, default=5, help="cold runs per indexed query")
    args = parser.parse_args()
    graphml = args.out / "large.graphml"

    started = time.perf_counter()
    graph = synthetic_graph(args.nodes, args.edges)
    print(f"generated {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges "
          f"in {time.perf_counter() - started:.1f}s")
    started = time.perf_counter()
    write_graphml(graph, graphml)
    print(f"GraphML written in {time.perf_counter() - started:.1f}s: {graphml.stat().st_size / 1e6:.0f} MB")
    started = time.perf_counter()
    write_index(graph, graphml)
    print(f"index written in {time.perf_counter() - started:.1f}s: {index_path(graphml).stat().st_size / 1e6:.0f} MB")

    started = time.perf_counter()
    fingerprint(graphml)
    sampled = time.perf_counter() - started
    started = time.perf_counter()
    hashlib.blake2b(graphml.read_bytes(), digest_size=16)
    print(f"staleness check: sampled fingerprint {sampled * 1000:.1f} ms, "
          f"full BLAKE2b {(time.perf_counter() - started) * 1000:.0f} ms")

    hub = graph.nodes["e0"]["label"]
    quiet = graph.nodes[f"e{args.nodes - 1}"]["label"]
    misspelt = hub[:-1]  # a dropped last letter: found through rapidfuzz over all names
    for name in (hub, quiet, misspelt):
        times = [cold(graphml, "neighbours", name, "--limit", "10") for _ in range(args.repeat)]
        print(f"cold `kgraph neighbours {name!r}` with the index (degree {graph.degree(_node(graph, name))}): "
              f"median {statistics.median(times):.3f}s, max {max(times):.3f}s over {args.repeat} runs")
    print(f"cold `kgraph neighbours {hub!r} --depth 2` with the index: "
          f"{cold(graphml, 'neighbours', hub, '--depth', '2', '--limit', '10'):.1f}s")
    print(f"cold `kgraph path {hub!r} {quiet!r}` with the index: {cold(graphml, 'path', hub, quiet):.1f}s")
    print(f"cold `kgraph neighbours {hub!r}` without the index: "
          f"{cold(graphml, 'neighbours', hub, '--limit', '10', '--no-index'):.1f}s")


def _node(graph: nx.Graph, label: str) -> str:
    return next((n for n, d in graph.nodes(data=True) if d["label"] == label), "e0")


if __name__ == "__main__":
    main()
