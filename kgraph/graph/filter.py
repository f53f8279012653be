"""Keep the part of a graph worth looking at: by edge weight, node type, mentions, degree."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx

from ..contract import DEFAULT_TYPES, ENTITY_TYPES
from ..errors import ArgumentError, check_choices

__all__ = ["GraphFilter", "filter_graph"]


@dataclass(frozen=True, slots=True)
class GraphFilter:
    """What a build keeps of its graph; the defaults keep everything but places.

    Args:
        min_weight: edges with fewer co-mentions are dropped.
        types: node types kept: one type (``"person"``) or several; each one of
            kgraph.contract.ENTITY_TYPES. Stored as a frozenset. By default
            kgraph.contract.DEFAULT_TYPES: places are left out unless named.
        top: keep only the N most mentioned nodes (of those types); None keeps all.
        drop_isolates: drop nodes left without an edge.

    Returns:
        A frozen record to pass as ``kgraph.build(..., keep=...)``.

    Raises:
        ArgumentError: an unknown type, or a number of the wrong type or below its minimum.

    Example:
        >>> import kgraph
        >>> kgraph.GraphFilter(types="person", top=20).types
        frozenset({'person'})
    """

    min_weight: int = 1
    types: frozenset[str] | Iterable[str] | str = frozenset(DEFAULT_TYPES)
    top: int | None = None
    drop_isolates: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "types", frozenset(check_choices(self.types, ENTITY_TYPES, what="entity type")))
        if not _whole(self.min_weight) or self.min_weight < 1:
            raise ArgumentError(f"min_weight must be a whole number of at least 1, not {self.min_weight!r}")
        if self.top is not None and (not _whole(self.top) or self.top < 0):
            raise ArgumentError(f"top must be None or a whole number of at least 0, not {self.top!r}")


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


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
