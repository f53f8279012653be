"""Cold query times on a large synthetic graph, with and without the index, against nx.read_graphml.

Builds a deterministic 50,000-node / 500,000-edge graph with kgraph's attributes
(hubs included: endpoints are drawn from a Zipf-like law; the picture kgraph build gives
every graph; no `community` attribute, so the first `info` computes communities into the
index), writes it as GraphML and writes its index, then runs every query as new processes
(a cold start, the graph on disk): `neighbours` of the hub, of a quiet node and of the hub
misspelt, `--depth 2`, `path`, `info`, `ego` of the hub written as GraphML, and
`neighbours --no-index`; each is printed, wall time and CPU time, beside the time a new
process takes to parse the GraphML with networkx (`nx.read_graphml`), with the machine's
load average (the wall time grows with it; the CPU time much less).

    .venv/bin/python benchmarks/query_large.py [--nodes 50000] [--edges 500000] [--out /tmp/kgraph-large] [--keep]
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import os
import random
import resource
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


def cold(graphml: Path, *command: str) -> tuple[float, float]:
    """Seconds a new `kgraph COMMAND --graph GRAPHML` process takes, start to end, and the CPU seconds it uses
    (user and system, all its threads): on a machine shared with other work, the wall time grows with the
    load while the CPU time says what the query itself costs."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kgraph", *command, "--graph", str(graphml)], check=True, capture_output=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=50_000)
    parser.add_argument("--edges", type=int, default=500_000)
    parser.add_argument("--out", type=Path, default=Path("/tmp/kgraph-large"))
    parser.add_argument("--repeat", type=int, default=3, help="cold runs per indexed query")
    parser.add_argument("--keep", action="store_true", help="reuse the GraphML of an earlier run (index rewritten)")
    args = parser.parse_args()
    graphml = args.out / "large.graphml"

    load = f"{os.getloadavg()[0]:.1f}"
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

    parse = cold_python(f"import networkx; networkx.read_graphml({str(graphml)!r})")
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
        "ego hub --depth 1 -> GraphML and its index": ("ego", hub, "--out", str(ego_file)),
    }
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in queries}
    for _ in range(args.repeat):  # interleaved: a busy moment of the shared machine hits every query alike
        for name, command in queries.items():
            times[name].append(cold(graphml, *command))
    ego = nx.read_graphml(ego_file)
    print(f"\nload average before / after the queries: {load} / {os.getloadavg()[0]:.1f} (2 cores, shared)")
    print(f"{'cold, new process, with the index':44} {'wall s':>7} {'max s':>6} {'CPU s':>6} "
          f"{'wall / read_graphml':>20}")
    print(f"{'nx.read_graphml of the GraphML':44} {parse[0]:7.2f} {'':>6} {parse[1]:6.2f} {1:20.3f}")
    print(f"{'info, first time (Louvain, into the index)':44} {first_info[0]:7.2f} {'':>6} {first_info[1]:6.2f} "
          f"{first_info[0] / parse[0]:20.3f}")
    for name, runs in times.items():
        wall, cpu = statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)
        print(f"{name:44} {wall:7.3f} {max(r[0] for r in runs):6.3f} {cpu:6.3f} {wall / parse[0]:20.3f}")
    print(f"(medians of {args.repeat} runs; ego graph: {ego.number_of_nodes()} nodes, {ego.number_of_edges()} edges, "
          f"{ego_file.stat().st_size / 1e6:.0f} MB)")
    no_index = cold(graphml, "neighbours", hub, "--limit", "10", "--no-index")
    print(f"{'neighbours hub --no-index (parses GraphML)':44} {no_index[0]:7.2f} {'':>6} {no_index[1]:6.2f} "
          f"{no_index[0] / parse[0]:20.3f}")


def cold_python(code: str) -> tuple[float, float]:
    """``cold`` of a new Python process running ``code``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def _node(graph: nx.Graph, label: str) -> str:
    return next((n for n, d in graph.nodes(data=True) if d["label"] == label), "e0")


if __name__ == "__main__":
    main()
