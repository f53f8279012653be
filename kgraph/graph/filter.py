"""Keep the part of a graph worth looking at: by edge weight, node type, mentions, degree."""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from ..contract import ENTITY_TYPES

__all__ = ["GraphFilter", "filter_graph"]


@dataclass(frozen=True, slots=True)
class GraphFilter:
    """What to keep; the defaults keep everything."""

    min_weight: int = 1  # edges with fewer co-mentions are dropped
    types: frozenset[str] = frozenset(ENTITY_TYPES)  # node types kept
    top: int | None = None  # keep only the N most mentioned nodes (of those types)
    drop_isolates: bool = False  # drop nodes left without an edge

    def __post_init__(self):
        unknown = set(self.types) - set(ENTITY_TYPES)
        if unknown:
            raise ValueError(f"unknown node types {sorted(unknown)}; known: {', '.join(ENTITY_TYPES)}")
        if self.top is not None and self.top < 0:
            raise ValueError(f"top must be at least 0, not {self.top}")


def filter_graph(graph: nx.Graph, keep: GraphFilter) -> nx.Graph:
    """A new graph with what ``keep`` asks for, applied in order: types, top, min_weight, isolates.

    Ties in mentions are broken by node id, so ``top`` is reproducible.
    """
    nodes = [node for node, kind in graph.nodes(data="type") if kind in keep.types]
    if keep.top is not None:
        nodes = sorted(nodes, key=lambda node: (-graph.nodes[node].get("mentions", 0), node))[: keep.top]
    result = graph.subgraph(nodes).copy()
    result.remove_edges_from([(a, b) for a, b, weight in result.edges(data="weight", default=1)
                              if weight < keep.min_weight])
    if keep.drop_isolates:
        result.remove_nodes_from(list(nx.isolates(result)))
    return result
