"""Node positions for the graph page, computed once at build time so the page opens drawn."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable

import networkx as nx
import numpy as np

__all__ = ["layout", "rank", "BACKBONE", "SEED"]

# networkx's forceatlas2_layout is dense, O(n²) per step (~2.5 ms a step at 250 nodes, 38 s
# for 3,000 nodes): the most important nodes get the real layout and the rest, mostly
# one-article mentions, gather beside what they are linked to.
BACKBONE = 250
SEED = 7
_STEPS = 100
# Three times Gephi's default gravity: at 1, nodes with one weak link to the backbone were
# flung to the edges, leaving the rest a knot in an empty frame (measured: benchmarks/page_layout.py).
_GRAVITY = 3.0
_GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))


def rank(graph: nx.Graph) -> list[Hashable]:
    """Nodes from most to least important: PageRank when the graph has it, else mentions."""
    def importance(node: Hashable) -> tuple:
        data = graph.nodes[node]
        return (-float(data.get("pagerank", 0)), -int(data.get("mentions", 0)), str(node))
    return sorted(graph, key=importance)


def layout(graph: nx.Graph, *, ranked: list[Hashable] | None = None) -> dict[Hashable, tuple[float, float]]:
    """Positions in [-1, 1]², the same for the same graph.

    The largest connected part is drawn by ForceAtlas2 (Gephi's layout, from networkx:
    weighted, "dissuade hubs" so that hubs sit among their own neighbours and clusters
    come apart) on its most important nodes; every other node of it is set beside its
    strongest link. The smaller parts are packed in rows under it, each around its most
    important node, so that no empty ring of islands widens the drawing.
    """
    ranked = rank(graph) if ranked is None else ranked
    if not ranked:
        return {}
    order = {node: index for index, node in enumerate(ranked)}
    parts = sorted(([node for node in ranked if node in part] for part in nx.connected_components(graph)),
                   key=lambda part: (-len(part), order[part[0]]))
    step = 0.5 / math.sqrt(len(graph))  # half the mean distance between nodes in the unit square
    positions = _main_part(graph, parts[0], step)
    _pack(graph, parts[1:], positions, step)
    drawn = np.array(list(positions.values()))
    low, high = drawn.min(axis=0), drawn.max(axis=0)
    middle, half = (low + high) / 2, max((high - low).max() / 2, 1e-9)
    return {node: (float((x - middle[0]) / half), float((y - middle[1]) / half)) for node, (x, y) in positions.items()}


def _main_part(graph: nx.Graph, part: list[Hashable], step: float) -> dict[Hashable, tuple[float, float]]:
    """ForceAtlas2 on the part's backbone (scaled to [-1, 1]²), the other nodes beside their strongest link."""
    # A new graph in rank order: a subgraph view lists its nodes in the order of a set,
    # which changes with the hash seed, and so would the layout.
    core = nx.Graph()
    core.add_nodes_from(part[:BACKBONE])
    core.add_weighted_edges_from(graph.subgraph(core).edges(data="weight", default=1))
    drawn = nx.forceatlas2_layout(core, seed=SEED, max_iter=_STEPS, weight="weight", distributed_action=True,
                                   gravity=_GRAVITY)
    scaled = nx.rescale_layout(np.array([drawn[node] for node in core]), scale=1)
    positions = {node: (float(x), float(y)) for node, (x, y) in zip(core, scaled)}
    satellites: Counter = Counter()
    pending = part[BACKBONE:]
    while pending:  # in rank order; a node linked only to unplaced ones waits for the next round
        unplaced = []
        for node in pending:
            anchors = [other for other in graph[node] if other in positions]
            if not anchors:
                unplaced.append(node)
                continue
            anchor = max(anchors, key=lambda other: (graph[node][other].get("weight", 1), str(other)))
            satellites[anchor] += 1
            positions[node] = _sunflower(positions[anchor], satellites[anchor], step)
        pending = unplaced
    return positions


def _pack(graph: nx.Graph, parts: list[list[Hashable]], positions: dict, step: float) -> None:
    """Lay the small parts out in rows under what is drawn, as wide as it, each a sunflower around its top node."""
    if not parts:
        return
    drawn = np.array(list(positions.values()))
    left, right, top = drawn[:, 0].min(), drawn[:, 0].max(), drawn[:, 1].max()
    gap = 2 * step
    x, y, row = left, top + 2 * gap, 0.0  # row: the radius of its first, largest part
    for part in parts:
        radius = step * math.sqrt(len(part) - 1)
        if x > left and x + 2 * radius > right:
            x, y, row = left, y + 2 * row + gap, 0.0
        row = row or radius
        centre = (x + radius, y + row)
        positions[part[0]] = centre
        for index, node in enumerate(part[1:], 1):
            positions[node] = _sunflower(centre, index, step)
        x += 2 * radius + gap


def _sunflower(centre: tuple[float, float], index: int, step: float) -> tuple[float, float]:
    """The index-th seed of a sunflower around centre: evenly spread however many there are."""
    radius, angle = step * math.sqrt(index), index * _GOLDEN_ANGLE
    return centre[0] + radius * math.cos(angle), centre[1] + radius * math.sin(angle)
