"""How readable the page's layout is, and what it costs at build time.

For the seed corpus's graph, the graph of a ~300-article corpus (benchmarks/build_corpus.py)
and a synthetic 3,000-node graph (benchmarks/page_render.synthetic), it times the layout
and measures the drawing as the page shows it (canvas units, node discs as the page
sizes them):

- ``overlaps``: pairs of node discs that overlap;
- ``edge_ratio``: median edge length / median distance between any two nodes (lower:
  linked entities sit near each other);
- ``silhouette``: mean silhouette of the Louvain communities on the positions
  (from -1 to 1, higher: clusters drawn apart);
- ``empty``: share of the drawing's bounding box, in a 20 x 20 grid, with no node in it.

    python -m benchmarks.page_layout [--words 100000]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import networkx as nx
import numpy as np

import kgraph
from kgraph.export import html
from kgraph.export.layout import layout
from kgraph.graph.measures import annotate

from .build_corpus import generate, write
from .page_render import SEEDS, synthetic


def drawing(graph: nx.Graph) -> tuple[np.ndarray, np.ndarray]:
    """Node centres and radii in canvas units, as the page draws them."""
    nodes = {node["id"]: node for node in html.page_data(graph)["nodes"]}
    return (np.array([(nodes[n]["x"], nodes[n]["y"]) for n in graph]), np.array([nodes[n]["size"] for n in graph]))


def readability(graph: nx.Graph) -> dict:
    centres, radii = drawing(graph)
    index = {node: i for i, node in enumerate(graph)}
    distance = np.linalg.norm(centres[:, None] - centres[None], axis=-1)
    upper = np.triu_indices(len(graph), 1)
    overlaps = int((distance[upper] < (radii[:, None] + radii[None])[upper]).sum())
    edges = np.array([distance[index[a], index[b]] for a, b in graph.edges])
    edge_ratio = float(np.median(edges) / np.median(distance[upper]))
    labels = np.array([graph.nodes[n]["community"] for n in graph])
    silhouettes = []
    for i in range(len(graph)):
        own = labels == labels[i]
        if own.sum() < 2:
            continue
        inside = distance[i, own].sum() / (own.sum() - 1)
        outside = min(distance[i, labels == other].mean() for other in set(labels[~own].tolist()))
        silhouettes.append((outside - inside) / max(inside, outside))
    low, high = centres.min(axis=0), centres.max(axis=0)
    cells = np.minimum(((centres - low) / np.maximum(high - low, 1e-9) * 20).astype(int), 19)
    empty = 1 - len({tuple(cell) for cell in cells.tolist()}) / 400
    return {"overlaps": overlaps, "edge_ratio": round(edge_ratio, 3),
            "silhouette": round(float(np.mean(silhouettes)), 3), "empty": round(empty, 2)}


def layout_seconds(graph: nx.Graph, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        layout(graph)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=100_000, help="size of the generated corpus (~300 articles)")
    parser.add_argument("--nodes", type=int, default=3000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        corpus = write(generate(args.words), Path(folder))
        graphs = [kgraph.build([SEEDS], name="seeds"), kgraph.build(corpus, name=f"corpus-{args.words}")]
    large = synthetic(args.nodes)
    annotate(large)
    for graph in [*graphs, large]:
        print(json.dumps({"graph": graph.graph["name"], "nodes": len(graph), "edges": graph.number_of_edges(),
                          "layout_s": round(layout_seconds(graph), 3), **readability(graph)}))


if __name__ == "__main__":
    main()
