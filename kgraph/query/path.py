"""The strongest chains between two entities, with the evidence for each hop.

A link's length is 1 / weight, and a chain's length the sum over its links; the
strongest chain is the shortest (Dijkstra), the alternatives the next shortest
simple chains (Yen's algorithm, networkx's shortest_simple_paths). Two hops of
weight 3 (length 0.67) beat one of weight 1 (length 1), while a direct link always
beats a detour through links no heavier than it.

``avoid_hubs`` divides a link's weight by the square root of the degree of each of
its ends other than the two entities asked about: passing through a node with d
neighbours multiplies the length of both hops that touch it by sqrt(d), so a chain
through a specific go-between beats one through "United States" or "NATO", which
are next to everything. ``via_types`` keeps only chains whose go-betweens are of
those types.

The plain strongest chain (one chain, no ``avoid_hubs``, no ``via_types``) is searched
from both ends at once over the source's links (the index reads one node's links per
step), so it touches the neighbourhoods of the two ends, not the whole graph. Ties
between chains of equal length go to the one whose nodes were reached first, in order
of (distance, the node's place in the graph's order of nodes), so the index and the
GraphML give the same chain. The other questions load the whole graph and ask networkx.
"""

from __future__ import annotations

import heapq
import itertools
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..contract import ENTITY_TYPES, label_of, number
from ..errors import ArgumentError, NoPathError, check_choices
from .names import match
from .neighbours import association, distance, evidence_of, relations_of
from .source import GraphLike, GraphSource, as_source

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["Hop", "path", "paths"]


@dataclass(frozen=True, slots=True)
class Hop:
    """One link of a chain, from ``source`` to ``target``, as ``path`` and ``paths`` return it.

    Args:
        source: the id of the node the hop starts from.
        source_label: its label.
        target: the id of the node the hop reaches.
        target_label: its label.
        weight: the link's weight (windows naming both).
        articles: articles with such a window.
        score: the link's association (npmi), None when the graph lacks the counts.
        evidence: the linking sentences as dicts (text, article, title, date, source, url).
        relations: what one did to the other (graphs built with relations).

    Returns:
        A frozen record, one per link of a chain ``path`` and ``paths`` find.

    Raises:
        Nothing.

    Example:
        >>> import kgraph
        >>> hop = kgraph.path("graphs/seeds.graphml", "Malyuk", "France")[0]
        >>> (hop.source_label, hop.target_label)
        ('Vasyl Malyuk', 'Ukraine')
    """

    source: str
    source_label: str
    target: str
    target_label: str
    weight: float
    articles: int
    score: float | None
    evidence: tuple[dict[str, str], ...] = ()
    relations: tuple[dict[str, Any], ...] = ()  # what one did to the other (kgraph build --relations)


def path(graph: GraphLike, a: str, b: str, *, evidence: bool = True, avoid_hubs: bool = False,
         via_types: str | Iterable[str] = ()) -> list[Hop]:
    """The hops of the strongest chain from the entity called ``a`` to the one called ``b``.

    Args:
        graph: a networkx graph, a GraphSource, or the path of a graph file.
        a: the name (id, label, alias or close misspelling) of the first entity.
        b: the name of the last entity.
        evidence: include each hop's linking sentences.
        avoid_hubs: make links into well-connected go-betweens longer (see the module's notes).
        via_types: only go-betweens of this type (or these types); the ends may be of any type.

    Returns:
        The hops in order, from ``a`` to ``b``.

    Raises:
        EntityNotFound: a name matches no entity (AmbiguousName: several).
        NoPathError: the two are not connected (under ``via_types``), or are the same entity.
        ArgumentError: an unknown type in ``via_types``.

    Example:
        >>> import kgraph
        >>> hops = kgraph.path("graphs/seeds.graphml", "Macron", "Malyuk")
        >>> hops[0].source_label, hops[-1].target_label
        ('Emmanuel Macron', 'Vasyl Malyuk')
    """
    return paths(graph, a, b, count=1, evidence=evidence, avoid_hubs=avoid_hubs, via_types=via_types)[0]


def paths(graph: GraphLike, a: str, b: str, *, count: int = 3, evidence: bool = True, avoid_hubs: bool = False,
          via_types: str | Iterable[str] = ()) -> list[list[Hop]]:
    """The ``count`` strongest chains from ``a`` to ``b``, strongest first, no two alike.

    Args:
        graph: a networkx graph, a GraphSource, or the path of a graph file.
        a: the name of the first entity.
        b: the name of the last entity.
        count: how many chains at most (1 or more).
        evidence: include each hop's linking sentences.
        avoid_hubs: make links into well-connected go-betweens longer.
        via_types: only go-betweens of this type (or these types).

    Returns:
        Up to ``count`` chains, each a list of hops as ``path`` returns; fewer when
        the graph holds fewer simple chains between the two.

    Raises:
        EntityNotFound: a name matches no entity (AmbiguousName: several).
        NoPathError: the two are not connected, or are the same entity.
        ArgumentError: ``count`` below 1 or an unknown type in ``via_types``.

    Example:
        >>> import kgraph
        >>> chains = kgraph.paths("graphs/seeds.graphml", "Macron", "Malyuk", count=2)
        >>> len(chains), chains[0] != chains[1]
        (2, True)
    """
    if not isinstance(count, int) or isinstance(count, bool) or count < 1:
        raise ArgumentError(f"count must be a whole number of at least 1, not {count!r}")
    via = set(check_choices(via_types, ENTITY_TYPES, what="entity type"))
    source = as_source(graph)
    start, end = match(source, a), match(source, b)
    if start == end:
        raise NoPathError(f"{a!r} and {b!r} are the same entity")
    if count == 1 and not via and not avoid_hubs:  # the common question: no need of the whole graph
        strongest = _strongest_chain(source, start, end)
        if strongest is None:
            raise NoPathError(f"no chain of co-mentions links {a!r} and {b!r}")
        return [_hops(source, strongest, evidence=evidence)]
    import networkx as nx

    whole = source.skeleton()
    searched = whole if not via else nx.subgraph_view(
        whole, filter_node=lambda n: n in (start, end) or whole.nodes[n].get("type") in via)
    length = _hub_length(whole, (start, end)) if avoid_hubs else _length
    try:
        if count == 1:
            chains = [nx.bidirectional_dijkstra(searched, start, end, weight=length)[1]]
        else:
            chains = list(itertools.islice(nx.shortest_simple_paths(searched, start, end, weight=length), count))
    except nx.NetworkXNoPath as err:
        through = f" through {' or '.join(sorted(via))} entities" if via else ""
        raise NoPathError(f"no chain of co-mentions links {a!r} and {b!r}{through}") from err
    return [_hops(source, nodes, evidence=evidence) for nodes in chains]


def _strongest_chain(source: GraphSource, start: str, end: str) -> list[str] | None:
    """The nodes of the shortest chain under 1/weight (bidirectional Dijkstra), or None.

    The search runs over the nodes' places in the graph (see GraphSource.lengths), which the index
    reads without looking up an id per link; ties go to the node first in the graph's order."""
    first, last = source.places([start, end])
    reached: tuple[dict[int, float], dict[int, float]] = ({first: 0.0}, {last: 0.0})  # per side: distance from its end
    before: tuple[dict[int, int | None], dict[int, int | None]] = ({first: None}, {last: None})
    queues = ([(0.0, first)], [(0.0, last)])
    settled: tuple[set[int], set[int]] = (set(), set())
    best, meeting = math.inf, None
    while queues[0] and queues[1] and queues[0][0][0] + queues[1][0][0] < best:
        side = 0 if queues[0][0] <= queues[1][0] else 1  # grow the side with the nearer frontier
        length, node = heapq.heappop(queues[side])
        if node in settled[side]:
            continue
        settled[side].add(node)
        near, far = reached[side], reached[1 - side]
        for other, step in source.lengths(node):
            if other == node:
                continue
            if length + step < near.get(other, math.inf):
                near[other] = length + step
                before[side][other] = node
                heapq.heappush(queues[side], (near[other], other))
            if other in far and near[other] + far[other] < best:
                best, meeting = near[other] + far[other], other
    if meeting is None:
        return None
    chain = [meeting]
    while (previous := before[0][chain[0]]) is not None:
        chain.insert(0, previous)
    while (following := before[1][chain[-1]]) is not None:
        chain.append(following)
    return source.at_places(chain)


def _length(u: str, v: str, edge: dict[str, Any]) -> float:
    return distance(edge)


def _hub_length(graph: nx.Graph, ends: tuple[str, str]) -> Callable[[str, str, dict[str, Any]], float]:
    """A link's length with the degree of each end that is a go-between weighing on it."""
    def length(u: str, v: str, edge: dict[str, Any]) -> float:
        spread = math.sqrt((1 if u in ends else graph.degree(u)) * (1 if v in ends else graph.degree(v)))
        return distance(edge) * max(spread, 1.0)

    return length


def _hops(source: GraphSource, nodes: list[str], *, evidence: bool) -> list[Hop]:
    hops = []
    for here, there in zip(nodes, nodes[1:]):
        edge = source.edge(here, there)
        hops.append(Hop(
            source=here, source_label=label_of(here, source.node(here)),
            target=there, target_label=label_of(there, source.node(there)),
            weight=number(edge, "weight", 1), articles=int(number(edge, "articles", 0)),
            score=association(source, here, there, edge),
            evidence=tuple(evidence_of(source, here, there)) if evidence else (),
            relations=tuple(relations_of(source, here, there)),
        ))
    return hops
