"""A graph at a glance: counts, the most mentioned and most central entities, communities.

Centrality is the nodes' ``pagerank`` when the graph carries it, else networkx's
degree centrality; communities are the nodes' ``community`` when present, else
networkx's Louvain communities (weighted, fixed seed, so the same graph gives the
same answer).
"""

from __future__ import annotations

import heapq
import logging
import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from .index import NodeFacts
from .source import GraphLike, GraphSource, as_source

__all__ = ["Ranked", "Community", "GraphInfo", "info"]

log = logging.getLogger("kgraph")


@dataclass(frozen=True, slots=True)
class Ranked:
    id: str
    label: str
    type: str
    value: float


@dataclass(frozen=True, slots=True)
class Community:
    id: str
    size: int
    members: tuple[str, ...]  # labels of its most mentioned (else best linked) members


@dataclass(frozen=True, slots=True)
class GraphInfo:
    """A graph at a glance, as ``info`` returns it.

    Args:
        attributes: the graph's own attributes (name, built, model, articles...).
        nodes: how many entities.
        edges: how many links.
        types: entities per type, commonest first.
        components: connected components.
        top_mentions: the most mentioned entities (empty when nodes carry no ``mentions``).
        centrality: the measure ``top_central`` is ranked by ("pagerank" or "degree centrality").
        top_central: the most central entities.
        communities: the communities, largest first, each with its best-known members.

    Returns:
        A frozen record.

    Raises:
        Nothing: it holds what ``info`` found.

    Example:
        >>> import kgraph
        >>> summary = kgraph.info("graphs/seeds.graphml", top=3)
        >>> summary.attributes["name"], len(summary.top_mentions)
        ('seeds', 3)
    """

    attributes: dict[str, Any]  # the graph's own attributes (name, built, model, articles...)
    nodes: int
    edges: int
    types: dict[str, int]  # nodes per type
    components: int
    top_mentions: tuple[Ranked, ...]  # empty when nodes carry no ``mentions``
    centrality: str  # the measure top_central is ranked by
    top_central: tuple[Ranked, ...]
    communities: tuple[Community, ...]  # largest first


def info(graph: GraphLike, *, top: int = 10) -> GraphInfo:
    """Counts and rankings of a whole graph.

    Read from what the source stores per node (kgraph.query.index keeps it in columns), so an
    indexed graph never loads whole; only communities a graph lacks need the whole graph, once.

    Args:
        graph: a networkx graph, a GraphSource, or the path of a graph file.
        top: entries per ranking, and members named per community.

    Returns:
        A ``GraphInfo``.

    Raises:
        GraphFileError: a file name that cannot be read as a graph.

    Example:
        >>> import kgraph
        >>> summary = kgraph.info("graphs/seeds.graphml")
        >>> summary.centrality, summary.nodes == sum(summary.types.values())
        ('pagerank', True)
    """
    source = as_source(graph)
    facts, edges, components = source.facts()
    by_id = {f.id: f for f in facts}
    has_mentions = any(f.mentions is not None for f in facts)
    central: dict[str, float]
    if facts and all(f.pagerank is not None for f in facts):
        centrality, central = "pagerank", {f.id: f.pagerank or 0 for f in facts}
    else:  # networkx's degree_centrality, from the stored degrees
        scale = 1 / (len(facts) - 1) if len(facts) > 1 else 1
        centrality, central = "degree centrality", {f.id: f.degree * scale for f in facts}
    prominence = {f.id: ((f.mentions or 0) if has_mentions else 0, f.strength) for f in facts}

    def ranked(values: dict[str, float]) -> tuple[Ranked, ...]:
        best = heapq.nsmallest(top, values, key=lambda n: (-values[n], by_id[n].label))
        return tuple(Ranked(n, by_id[n].label, by_id[n].type, round(values[n], 4)) for n in best)

    def leading(members: set[str]) -> tuple[str, ...]:
        best = heapq.nsmallest(top, members, key=lambda n: (tuple(-v for v in prominence[n]), by_id[n].label))
        return tuple(by_id[n].label for n in best)

    return GraphInfo(
        attributes=source.graph_attributes(),
        nodes=len(facts),
        edges=edges,
        types=dict(Counter(f.type or "(none)" for f in facts).most_common()),
        components=components,
        top_mentions=ranked({f.id: f.mentions or 0 for f in facts}) if has_mentions else (),
        centrality=centrality,
        top_central=ranked(central),
        communities=tuple(Community(id=key, size=len(members), members=leading(members))
                          for key, members in _communities(source, facts)),
    )


def _communities(source: GraphSource, facts: list[NodeFacts]) -> list[tuple[str, set[str]]]:
    """(id, members) of each community, largest first; computed, and stored, when the graph lacks them."""
    if facts and all(f.community is not None for f in facts):
        found = {f.id: str(f.community) for f in facts}
    else:
        from ..graph.measures import communities  # networkx, only for graphs that lack the attribute

        found = {node: str(number) for node, number in communities(source.skeleton()).items()}
        try:
            source.store_communities(found)
        except (sqlite3.Error, OSError) as err:  # a read-only folder: computed again next time
            log.info("communities not stored: %s", err)
    grouped: dict[str, set[str]] = defaultdict(set)
    for node, community in found.items():
        grouped[community].add(node)
    return sorted(grouped.items(), key=lambda group: (-len(group[1]), group[0]))
