"""The subgraph around an entity: everything within a few hops, with all its attributes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..contract import number
from ..errors import ArgumentError
from .names import match
from .source import GraphLike, as_source

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["ego"]


def ego(graph: GraphLike, name: str, *, depth: int = 1, min_weight: float = 0) -> nx.Graph:
    """The subgraph around the entity called ``name``: it, every node within ``depth`` hops, and their links.

    Args:
        graph: a networkx graph, a GraphSource, or the path of a graph file.
        name: the entity's name (id, label, alias, a word of them, or a close misspelling).
        depth: hops from the entity to include (0: the entity alone).
        min_weight: follow and keep only links at least this heavy.

    Returns:
        A new ``networkx.Graph`` with every attribute; graph attributes ``center`` (the
        entity's id) and ``depth`` are added to the graph's own.

    Raises:
        EntityNotFound: the name matches no entity (AmbiguousName: several).
        ArgumentError: a negative or non-whole ``depth``.

    Example:
        >>> import kgraph
        >>> around = kgraph.ego("graphs/seeds.graphml", "Malyuk", depth=1)
        >>> around.graph["center"], "volodymyr_zelenskyy" in around
        ('vasyl_malyuk', True)
    """
    if not isinstance(depth, int) or depth < 0:
        raise ArgumentError(f"depth must be a whole number of at least 0, not {depth!r}")
    source = as_source(graph)
    center = match(source, name)
    seen, frontier = {center}, {center}
    for _ in range(depth):  # one read of links per hop, one of the members' rows and links at the end
        reached = {other for links in source.links(frontier).values() for other, edge in links.items()
                   if number(edge, "weight", 1) >= min_weight}
        frontier = reached - seen
        seen |= frontier
    subgraph = source.subgraph(seen)
    subgraph.graph.update(source.graph_attributes(), center=center, depth=depth)
    if min_weight:
        subgraph.remove_edges_from([(a, b) for a, b, e in subgraph.edges(data=True)
                                    if number(e, "weight", 1) < min_weight])
    return subgraph
