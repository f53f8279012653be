"""Node positions for the graph page, computed once at build time so the page opens drawn."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable

import networkx as nx
import numpy as np

__all__ = ["layout", "rank", "BACKBONE", "SEED"]

# networkx's spring_layout runs in numpy alone below 500 nodes (above, it needs scipy and
# an O(n²) step that takes ~18 s on 3,000 nodes): the most important nodes get a real
# force-directed layout and the rest, mostly one-article mentions, gather around them.
BACKBONE = 400
SEED = 7
_GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))


def rank(graph: nx.Graph) -> list[Hashable]:
    """Nodes from most to least important: PageRank when the graph has it, else mentions."""
    def importance(node: Hashable) -> tuple:
        data = graph.nodes[node]
        return (-float(data.get("pagerank", 0)), -int(data.get("mentions", 0)), str(node))
    return sorted(graph, key=importance)


def layout(graph: nx.Graph, *, ranked: list[Hashable] | None = None) -> dict[Hashable, tuple[float, float]]:
    """Positions in [-1, 1]²: spring_layout on the backbone, every other node beside its strongest link.

    The backbone is the most important nodes of the largest connected part; a node with
    no path to it goes on a ring outside (spring_layout would push such islands to the
    far edges and shrink the rest). Deterministic.
    """
    ranked = rank(graph) if ranked is None else ranked
    if not ranked:
        return {}
    largest = max(nx.connected_components(graph), key=len)
    backbone = [node for node in ranked if node in largest][:BACKBONE]
    # Unweighted, with twice the default spacing: the few heavy hub links would otherwise
    # pull the centre into a knot.
    core = graph.subgraph(backbone)
    drawn = _spring_layout(core, k=2 / math.sqrt(len(core)))
    positions = {node: tuple(xy) for node, xy in zip(core, drawn)}
    spacing = 1 / math.sqrt(len(graph))  # spring_layout's ideal edge length
    satellites: Counter = Counter()
    pending = [node for node in ranked if node not in positions]
    while pending:
        unplaced = []
        for node in pending:
            anchors = [other for other in graph[node] if other in positions]
            if not anchors:
                unplaced.append(node)
                continue
            anchor = max(anchors, key=lambda other: (graph[node][other].get("weight", 1), str(other)))
            satellites[anchor] += 1
            positions[node] = _sunflower(positions[anchor], satellites[anchor], spacing / 2)
        if len(unplaced) == len(pending):
            positions.update(_ring(unplaced))
            break
        pending = unplaced
    return positions


def _spring_layout(graph: nx.Graph, *, k: float, iterations: int = 50, threshold: float = 1e-4) -> np.ndarray:
    """``nx.spring_layout(graph, k=k, weight=None, seed=SEED)`` below 500 nodes, bit for bit, in half the time.

    Why a copy of networkx's internals: the layout runs in every build that writes a
    page, and on a BACKBONE-sized graph networkx's spring_layout was most of the page's
    cost. These are the same Fruchterman-Reingold steps as networkx's dense solver, but
    each distance is computed from contiguous x and y differences, not by np.linalg.norm
    over the interleaved (n, n, 2) array, which takes most of networkx's time. A test
    (tests/test_export_html.py) pins the positions to spring_layout's, so a networkx
    release that changes its solver shows up there; the copy can then be replaced by
    the call above.
    """
    if len(graph) == 1:
        return np.zeros((1, 2))
    adjacency = nx.to_numpy_array(graph, weight=None)
    positions = np.random.RandomState(SEED).rand(len(graph), 2)
    temperature = (positions.max(axis=0) - positions.min(axis=0)).max() * 0.1
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        x, y = positions[:, 0], positions[:, 1]
        dx, dy = x[:, np.newaxis] - x, y[:, np.newaxis] - y
        distance = np.sqrt(dx * dx + dy * dy)
        delta = np.stack((dx, dy), axis=-1)  # networkx sums over this layout: the same order, the same bits
        np.clip(distance, 0.01, None, out=distance)
        displacement = np.einsum("ijk,ij->ik", delta, k * k / distance**2 - adjacency * distance / k)
        length = np.clip(np.linalg.norm(displacement, axis=-1), a_min=0.01, a_max=None)
        step = np.einsum("ij,i->ij", displacement, temperature / length)
        positions += step
        temperature -= cooling
        if np.linalg.norm(step) / len(graph) < threshold:
            break
    return nx.rescale_layout(positions, scale=1)


def _sunflower(centre: tuple[float, float], index: int, step: float) -> tuple[float, float]:
    """The index-th seed of a sunflower around centre: evenly spread however many there are."""
    radius, angle = step * math.sqrt(index), index * _GOLDEN_ANGLE
    return centre[0] + radius * math.cos(angle), centre[1] + radius * math.sin(angle)


def _ring(nodes: list[Hashable]) -> dict[Hashable, tuple[float, float]]:
    """Nodes unconnected to the rest, spread on a thin band just outside the unit circle."""
    positions = {}
    for index, node in enumerate(nodes):
        radius, angle = 1.05 + 0.1 * index / len(nodes), index * _GOLDEN_ANGLE
        positions[node] = (radius * math.cos(angle), radius * math.sin(angle))
    return positions
