"""Cold query times on a large synthetic graph, with and without the index, against nx.read_graphml.

Builds a deterministic 50,000-node / 500,000-edge graph with kgraph's attributes
(hubs included: endpoints are drawn from a Zipf-like law; no `community` attribute, so
the first `info` computes communities into the index), writes it as GraphML and writes
its index, then runs every query as new processes (a cold start, the graph on disk):
`neighbours` of the hub, of a quiet node and of the hub misspelt, `--depth 2`, `path`,
`info`, `ego` of the hub written as GraphML, and `neighbours --no-index`; each is printed
beside the time a new process takes to parse the GraphML with networkx (`nx.read_graphml`).

    .venv/bin/python benchmarks/query_large.py [--nodes 50000] [--edges 500000] [--out /tmp/kgraph-large] [--keep]
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

from kgraph.export.graphml import write_graphml
from kgraph.export.layout import with_picture
from kgraph.query.index import fingerprint, index_path, write_index

__all__ = ["synthetic_graph"]

_SYLLABLES = ("ka", "lo", "mi", "ren", "vos", "ta", "shen", "dra", "kov", "ul", "bri", "zen", "po", "mar", "tis")
_TYPES = ("person", "organisation", "country")


def synthetic_graph(nodes: int, edges: int, *, seed: int = 0) -> nx.Graph:
    """A graph shaped like kgraph's output: few hubs, many small actors, one evidence sentence per link,
    and the picture kgraph build gives every graph (positions, sizes, colours: kgraph.export.layout)."""
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
    return with_picture(graph)


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
    parser.add_argument("--repeat", type=int, default=3, help="cold runs per indexed query")
    parser.add_argument("--keep", action="store_true", help="reuse the GraphML of an earlier run (index rewritten)")
    args = parser.parse_args()
    graphml = args.out / "large.graphml"

    started = time.perf_counter()
    graph = synthetic_graph(args.nodes, args.edges)
    print(f"generated {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges "
          f"in {time.perf_counter() - started:.1f}s")
    if not (args.keep and graphml.exists()):
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

    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", f"import networkx; networkx.read_graphml({str(graphml)!r})"], check=True)
    parse = time.perf_counter() - started
    hub, quiet = graph.nodes["e0"]["label"], graph.nodes[f"e{args.nodes - 1}"]["label"]
    ego_file = args.out / "ego.graphml"
    first_info = cold(graphml, "info")  # computes the communities the graph lacks into the index
    queries = {
        f"neighbours hub (degree {graph.degree('e0')}) --limit 10": ("neighbours", hub, "--limit", "10"),
        f"neighbours quiet node (degree {graph.degree(_node(graph, quiet))})": ("neighbours", quiet),
        f"neighbours hub misspelt ({hub[:-1]!r})": ("neighbours", hub[:-1], "--limit", "10"),
        "neighbours hub --depth 2 --limit 10": ("neighbours", hub, "--depth", "2", "--limit", "10"),
        "neighbours quiet node --depth 2": ("neighbours", quiet, "--depth", "2"),
        "path hub -> quiet node": ("path", hub, quiet),
        "info (communities stored by the first info)": ("info",),
        "ego hub --depth 1 -> GraphML": ("ego", hub, "--out", str(ego_file)),
    }
    times = {name: [] for name in queries}
    for _ in range(args.repeat):  # interleaved: a busy moment of the shared machine hits every query alike
        for name, command in queries.items():
            times[name].append(cold(graphml, *command))
    ego = nx.read_graphml(ego_file)
    print(f"\n{'cold query, new process, with the index':55} {'median s':>9} {'max s':>7} {'/ read_graphml':>15}")
    print(f"{'nx.read_graphml of the GraphML (new process)':55} {parse:9.2f} {'':>7} {1:15.3f}")
    print(f"{'info, first time (Louvain, stored into the index)':55} {first_info:9.2f} {'':>7} {first_info / parse:15.3f}")
    for name, runs in times.items():
        print(f"{name:55} {statistics.median(runs):9.3f} {max(runs):7.3f} {statistics.median(runs) / parse:15.3f}")
    print(f"(ego graph: {ego.number_of_nodes()} nodes, {ego.number_of_edges()} edges; {args.repeat} runs each)")
    no_index = cold(graphml, "neighbours", hub, "--limit", "10", "--no-index")
    print(f"{'neighbours hub --no-index (parses the GraphML)':55} {no_index:9.2f} {'':>7} {no_index / parse:15.3f}")


def _node(graph: nx.Graph, label: str) -> str:
    return next((n for n, d in graph.nodes(data=True) if d["label"] == label), "e0")


if __name__ == "__main__":
    main()
