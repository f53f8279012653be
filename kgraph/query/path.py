"""The strongest chain between two entities, with the evidence for each hop.

A link's length is 1 / weight, and the chain is the shortest path under that
length (Dijkstra): two hops of weight 3 (length 0.67) beat one of weight 1 (length 1),
while a direct link always beats a detour through links no heavier than it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..contract import label_of, number
from ..errors import NoPathError
from .names import match
from .neighbours import association, distance, evidence_of, relations_of
from .source import GraphLike, as_source

__all__ = ["Hop", "path"]


@dataclass(frozen=True, slots=True)
class Hop:
    """One link of a chain, from ``source`` to ``target``."""

    source: str
    source_label: str
    target: str
    target_label: str
    weight: float
    articles: int
    score: float | None
    evidence: tuple[dict, ...] = ()
    relations: tuple[dict, ...] = ()  # what one did to the other (kgraph build --relations)


def path(graph: GraphLike, a: str, b: str, *, evidence: bool = True) -> list[Hop]:
    """The hops of the strongest chain from the entity called ``a`` to the one called ``b``.

    Raises NoPathError when they are not connected (or are the same entity).
    """
    import networkx as nx

    source = as_source(graph)
    start, end = match(source, a), match(source, b)
    if start == end:
        raise NoPathError(f"{a!r} and {b!r} are the same entity")
    try:
        _, nodes = nx.bidirectional_dijkstra(source.skeleton(), start, end, weight=lambda u, v, e: distance(e))
    except nx.NetworkXNoPath as err:
        raise NoPathError(f"no chain of co-mentions links {a!r} and {b!r}") from err
    hops = []
    for here, there in zip(nodes, nodes[1:]):
        edge = source.edge(here, there)
        hops.append(Hop(
            source=here, source_label=label_of(here, source.node(here)),
            target=there, target_label=label_of(there, source.node(there)),
            weight=number(edge, "weight", 1), articles=number(edge, "articles", 0),
            score=association(source, here, there, edge),
            evidence=tuple(evidence_of(source, here, there)) if evidence else (),
            relations=tuple(relations_of(source, here, there)),
        ))
    return hops
