"""The picture of a graph: node positions, sizes and colours, computed once at build time.

The page draws it (so it opens drawn, without moving) and the files keep it (GraphML and
GEXF as the attributes Gephi reads), so a graph looks the same in the page and in Gephi.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable

import networkx as nx
import numpy as np

from ..contract import label_of

__all__ = ["layout", "rank", "picture", "with_picture", "spread", "PICTURE", "TYPE_COLOURS", "OTHER_COLOUR",
           "BACKBONE", "SEED"]

TYPE_COLOURS = {"person": "#e15759", "organisation": "#4e79a7", "country": "#59a14f", "place": "#f28e2b"}
OTHER_COLOUR = "#9c9c9c"
# The node attributes of the picture (kgraph.contract): position, disc radius, colour.
PICTURE = ("x", "y", "size", "r", "g", "b")
# Screens are wider than tall: the square layout is stretched to fill them.
_ASPECT = 1.5

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


def spread(nodes: int) -> float:
    """Half the height of the drawing: it grows with √n, so density stays the same at every size."""
    return 400 * max(1.0, math.sqrt(nodes / 100))


def picture(graph: nx.Graph, *, ranked: list[Hashable] | None = None) -> dict[Hashable, dict]:
    """Every node's ``x``, ``y`` (y upward, as in Gephi), ``size`` (disc radius) and colour ``r``, ``g``, ``b``.

    Positions are the graph's own ``x`` and ``y`` when every node has both (a graph kgraph
    wrote, or one laid out in Gephi: scaled to this drawing's extent), else ``layout``'s.
    Sizes grow linearly with mentions, between 1/150 and 1/12 of the spread (as
    vis-network scales values); colours follow the type.
    """
    extent = spread(len(graph))
    positions = _own_positions(graph, extent)
    if positions is None:
        positions = {node: (x * extent * _ASPECT, -y * extent) for node, (x, y) in layout(graph, ranked=ranked).items()}
    mentions = {node: max(int(float(data.get("mentions", 0) or 0)), 1) for node, data in graph.nodes(data=True)}
    low, high = min(mentions.values(), default=1), max(mentions.values(), default=1)
    smallest, largest = extent / 150, extent / 12
    result = {}
    for node, data in graph.nodes(data=True):
        share = (mentions[node] - low) / (high - low) if high > low else 0.5
        colour = TYPE_COLOURS.get(str(data.get("type", "")), OTHER_COLOUR)
        x, y = positions[node]
        result[node] = {"x": round(x, 1), "y": round(y, 1), "size": round(smallest + share * (largest - smallest), 2),
                        **{channel: int(colour[at:at + 2], 16) for channel, at in zip("rgb", (1, 3, 5))}}
    return result


def with_picture(graph: nx.Graph) -> nx.Graph:
    """A copy of ``graph`` whose nodes carry their picture and a ``name`` (the label, which Cytoscape shows)."""
    drawn = picture(graph)
    copy = graph.copy()
    for node, data in copy.nodes(data=True):
        data.update(drawn[node], name=label_of(node, data))
    return copy


def _own_positions(graph: nx.Graph, extent: float) -> dict[Hashable, tuple[float, float]] | None:
    """The graph's ``x`` and ``y``, scaled alike in both directions to fill the drawing; None if a node lacks one."""
    try:
        positions = {node: (float(data["x"]), float(data["y"])) for node, data in graph.nodes(data=True)}
    except (KeyError, TypeError, ValueError):
        return None
    reach = max((max(abs(x) / _ASPECT, abs(y)) for x, y in positions.values()), default=0)
    if not positions or not math.isfinite(reach):
        return None
    factor = extent / reach if reach else 1
    return {node: (x * factor, y * factor) for node, (x, y) in positions.items()}


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
    _pack(parts[1:], positions, step)
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


def _pack(parts: list[list[Hashable]], positions: dict, step: float) -> None:
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
