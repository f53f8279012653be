"""A graph at a glance: counts, the most mentioned and most central entities, communities.

Centrality is the nodes' ``pagerank`` when the graph carries it, else networkx's
degree centrality; communities are the nodes' ``community`` when present, else
networkx's Louvain communities (weighted, fixed seed, so the same graph gives the
same answer).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..contract import label_of, number
from .source import GraphLike, as_source

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["Ranked", "Community", "GraphInfo", "info"]


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
    import networkx as nx

    source = as_source(graph)
    whole = source.skeleton()
    nodes = whole.nodes
    has_mentions = any("mentions" in data for _, data in nodes(data=True))
    if all("pagerank" in data for _, data in nodes(data=True)) and len(whole):
        centrality, central = "pagerank", {n: number(d, "pagerank") for n, d in nodes(data=True)}
    else:
        centrality, central = "degree centrality", nx.degree_centrality(whole)
    strength = dict(whole.degree(weight="weight"))
    prominence = {n: (number(d, "mentions") if has_mentions else 0, strength[n]) for n, d in nodes(data=True)}

    def ranked(values: dict[str, Any]) -> tuple[Ranked, ...]:
        best = sorted(values, key=lambda n: (-values[n], label_of(n, nodes[n])))[:top]
        return tuple(Ranked(n, label_of(n, nodes[n]), str(nodes[n].get("type", "")), round(values[n], 4))
                     for n in best)

    def leading(members: set[str]) -> tuple[str, ...]:
        best = sorted(members, key=lambda n: (tuple(-v for v in prominence[n]), label_of(n, nodes[n])))[:top]
        return tuple(label_of(n, nodes[n]) for n in best)

    groups = _communities(whole)
    return GraphInfo(
        attributes=source.graph_attributes(),
        nodes=whole.number_of_nodes(),
        edges=whole.number_of_edges(),
        types=dict(Counter(str(d.get("type", "")) or "(none)" for _, d in nodes(data=True)).most_common()),
        components=nx.number_connected_components(whole) if len(whole) else 0,
        top_mentions=ranked({n: number(d, "mentions") for n, d in nodes(data=True)}) if has_mentions else (),
        centrality=centrality,
        top_central=ranked(central),
        communities=tuple(Community(id=key, size=len(members), members=leading(members)) for key, members in groups),
    )


def _communities(graph: nx.Graph) -> list[tuple[str, set[str]]]:
    """(id, members) of each community, largest first."""
    if len(graph) and all("community" in data for _, data in graph.nodes(data=True)):
        grouped: dict[str, set[str]] = defaultdict(set)
        for node, data in graph.nodes(data=True):
            grouped[str(data["community"])].add(node)
        groups = list(grouped.items())
    else:
        from ..graph.measures import (
            communities,  # networkx, only for graphs that lack the attribute
        )

        grouped = defaultdict(set)
        for node, number in communities(graph).items():
            grouped[str(number)].add(node)
        groups = list(grouped.items())
    return sorted(groups, key=lambda group: (-len(group[1]), group[0]))
