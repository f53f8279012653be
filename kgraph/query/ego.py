"""The subgraph around an entity: everything within a few hops, with all its attributes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..contract import number
from .names import match
from .source import GraphLike, as_source

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["ego"]


def ego(graph: GraphLike, name: str, *, depth: int = 1, min_weight: float = 0) -> nx.Graph:
    """The graph induced by the entity called ``name`` and every node within ``depth`` hops,
    following only links of at least ``min_weight``. Graph attribute ``center`` names the entity.
    """
    if depth < 0:
        raise ValueError("depth must be 0 or more")
    source = as_source(graph)
    center = match(source, name)
    seen, frontier = {center}, [center]
    for _ in range(depth):
        reached = {other for node in frontier for other, edge in source.adjacent(node).items()
                   if number(edge, "weight", 1) >= min_weight}
        frontier = reached - seen
        seen |= frontier
    subgraph = source.subgraph(seen)
    subgraph.graph.update(source.graph_attributes(), center=center, depth=depth)
    if min_weight:
        subgraph.remove_edges_from([(a, b) for a, b, e in subgraph.edges(data=True)
                                    if number(e, "weight", 1) < min_weight])
    return subgraph
