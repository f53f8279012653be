"""Where a query reads the graph from: a networkx graph, or a GraphML file through its index.

Every query is written against GraphSource, the few operations it needs, so the same
code answers from a graph in memory (MemorySource) and from the SQLite index written
beside a GraphML file (kgraph.index.IndexSource), which answers a cold lookup without
parsing the GraphML. networkx is imported only where a whole graph is needed.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from importlib import import_module
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, Union

from ..contract import NETWORKX_DEFAULTS, number
from ..errors import StaleIndexError
from . import index
from .names import names_of

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["distance", "GraphSource", "MemorySource", "GraphLike", "open_graph", "as_source", "READABLE_SUFFIXES"]

log = logging.getLogger("kgraph")

# The other formats kgraph writes that read back as a graph: suffix -> (kgraph.export module, reader).
_READERS = {".gexf": ("gexf", "read_gexf"), ".json": ("node_link", "read_node_link")}
READABLE_SUFFIXES = (".graphml", *_READERS)


# A link as a record: its ends' ids and its attributes.
Link = tuple[str, str, dict[str, Any]]
# A node as a record: its id and its attributes.
Node = tuple[str, dict[str, Any]]


class GraphSource(Protocol):
    origin: str  # what answers: "memory", "index" or "graphml"

    def graph_attributes(self) -> dict[str, Any]: ...
    def has_node(self, node: str) -> bool: ...
    def node(self, node: str) -> dict[str, Any]: ...
    def lookup(self, name: str, tier: str) -> set[str]: ...
    def vocabulary(self, tier: str) -> list[str]: ...
    def adjacent(self, node: str) -> dict[str, dict[str, Any]]:
        """Each neighbour with the link's attributes (``evidence`` may be left out)."""
    def edge(self, a: str, b: str) -> dict[str, Any]:
        """All attributes of the link a-b, ``evidence`` included."""
    def nodes(self, nodes: Iterable[str]) -> dict[str, dict[str, Any]]:
        """The attributes of each of ``nodes`` that exists, in one read."""
    def links(self, nodes: Iterable[str]) -> dict[str, dict[str, dict[str, Any]]]:
        """``adjacent`` of each of ``nodes`` that has links, in one read."""
    def places(self, nodes: Iterable[str]) -> list[int]:
        """Where each of ``nodes`` stands in the graph's order of nodes (the order its file lists them)."""
    def at_places(self, places: Iterable[int]) -> list[str]:
        """The ids of the nodes at ``places``."""
    def lengths(self, place: int) -> list[tuple[int, float]]:
        """The neighbours of the node at ``place`` (itself when linked to itself), each as its place and the
        link's length (kgraph.query.source.distance), in order of place: what kgraph.query.path's
        search reads per step, in places rather than ids, which the index reads without a lookup per link."""
    def count_reached(self, node: str, *, depth: int, min_weight: float, types: frozenset[str]) -> int:
        """How many other nodes lie within ``depth`` (1 or 2) hops of ``node`` over links of at least
        ``min_weight``, counting only those of ``types`` when given."""
    def skeleton(self) -> nx.Graph:
        """The whole graph: every node attribute, edges with at least weight and articles."""
    def induced(self, nodes: Iterable[str]) -> tuple[list[tuple[str, dict[str, Any]]], list[Link]]:
        """The graph induced by ``nodes`` as records, every attribute included: (id, attributes) of each
        node, (id, id, attributes) of each link among them (the attributes are not to be changed)."""
    def induced_weights(self, nodes: Iterable[str]) -> list[tuple[str, str, float]]:
        """(id, id, weight) of each link among ``nodes``: what laying them out needs."""
    def write_induced(self, members: list[str], records: Callable[[], tuple[dict[str, Any], list[Node]]], graphml: Path,
                      *, min_weight: float, frame: Callable[[dict[str, Any], list[Node], list[dict[str, Any]]],
                                                            tuple[str, str]]) -> int | None:
        """Write the graph of ``members`` and the links among them as GraphML with its index, without bringing
        the links into Python (see IndexSource.write_induced); None when this source cannot."""
    def facts(self) -> tuple[list[index.NodeFacts], int, int]:
        """What kgraph.query.info needs of every node, the number of links and of connected components."""
    def store_communities(self, communities: dict[str, str]) -> None:
        """Keep communities computed because the graph lacks them, where the next ``info`` finds them."""


GraphLike = Union["nx.Graph", GraphSource, str, os.PathLike[str]]


class MemorySource:
    """A networkx graph in memory; its name table is built on first use."""

    def __init__(self, graph: nx.Graph, *, origin: str = "memory"):
        self.graph = graph
        self.origin = origin
        self._names: dict[tuple[str, str], set[str]] | None = None
        self._places: tuple[list[str], dict[str, int]] | None = None

    def graph_attributes(self) -> dict[str, Any]:
        return {k: v for k, v in self.graph.graph.items() if k not in NETWORKX_DEFAULTS}

    def has_node(self, node: str) -> bool:
        return node in self.graph

    def node(self, node: str) -> dict[str, Any]:
        attributes: dict[str, Any] = self.graph.nodes[node]
        return attributes

    def lookup(self, name: str, tier: str) -> set[str]:
        return self._name_table().get((name, tier), set())

    def vocabulary(self, tier: str) -> list[str]:
        return [name for name, t in self._name_table() if t == tier]

    def adjacent(self, node: str) -> dict[str, dict[str, Any]]:
        return dict(self.graph[node])

    def edge(self, a: str, b: str) -> dict[str, Any]:
        attributes: dict[str, Any] = self.graph.edges[a, b]
        return attributes

    def nodes(self, nodes: Iterable[str]) -> dict[str, dict[str, Any]]:
        return {n: self.graph.nodes[n] for n in nodes if n in self.graph}

    def links(self, nodes: Iterable[str]) -> dict[str, dict[str, dict[str, Any]]]:
        return {n: dict(self.graph[n]) for n in nodes if n in self.graph and self.graph[n]}

    def places(self, nodes: Iterable[str]) -> list[int]:
        return [self._order()[1][node] for node in nodes]

    def at_places(self, places: Iterable[int]) -> list[str]:
        return [self._order()[0][place] for place in places]

    def lengths(self, place: int) -> list[tuple[int, float]]:
        order, places = self._order()
        return sorted((places[other], distance(edge)) for other, edge in self.graph[order[place]].items())

    def count_reached(self, node: str, *, depth: int, min_weight: float, types: frozenset[str]) -> int:
        def heavy(here: str) -> set[str]:
            return {other for other, edge in self.graph[here].items() if number(edge, "weight", 1) >= min_weight}

        first = heavy(node) - {node}
        reached = first.union(*map(heavy, first)) if depth == 2 else first
        reached.discard(node)
        return sum(1 for other in reached if not types or self.graph.nodes[other].get("type") in types)

    def skeleton(self) -> nx.Graph:
        return self.graph

    def induced(self, nodes: Iterable[str]) -> tuple[list[tuple[str, dict[str, Any]]], list[Link]]:
        induced = self.graph.subgraph(nodes)
        return list(induced.nodes(data=True)), list(induced.edges(data=True))

    def induced_weights(self, nodes: Iterable[str]) -> list[tuple[str, str, float]]:
        return [(a, b, number(edge, "weight", 1)) for a, b, edge in self.graph.subgraph(nodes).edges(data=True)]

    def write_induced(self, members: list[str], records: Callable[[], tuple[dict[str, Any], list[Node]]], graphml: Path,
                      *, min_weight: float, frame: Callable[[dict[str, Any], list[Node], list[dict[str, Any]]],
                                                            tuple[str, str]]) -> int | None:
        """A graph in memory has its links at hand: the caller streams them (kgraph.query.ego.write_ego)."""
        return None

    def facts(self) -> tuple[list[index.NodeFacts], int, int]:
        import networkx as nx

        graph = self.graph
        strength = graph.degree(weight="weight")
        facts = [index.NodeFacts(n, *index.node_facts(n, d, graph.degree(n), strength[n]))
                 for n, d in graph.nodes(data=True)]
        return facts, graph.number_of_edges(), nx.number_connected_components(graph) if len(graph) else 0

    def store_communities(self, communities: dict[str, str]) -> None:
        """Nothing to keep: a graph in memory is asked once."""

    def _order(self) -> tuple[list[str], dict[str, int]]:
        if self._places is None:
            self._places = list(self.graph), {node: i for i, node in enumerate(self.graph)}
        return self._places

    def _name_table(self) -> dict[tuple[str, str], set[str]]:
        if self._names is None:
            self._names = {}
            for node, data in self.graph.nodes(data=True):
                for key in names_of(node, data):
                    self._names.setdefault(key, set()).add(node)
        return self._names


def distance(edge: dict[str, Any]) -> float:
    """The length of a link for 'strongest chain' questions: 1 / weight."""
    try:  # the common case first: path and depth 2 call this for every link they pass
        return 1.0 / max(float(edge.get("weight", 1)), 1e-9)
    except (TypeError, ValueError):  # a foreign tool's weight that is no number counts as 1
        return 1.0


def open_graph(path: str | os.PathLike[str], *, use_index: bool = True) -> GraphSource:
    """A graph file to query: GraphML (through its index when that matches the file), GEXF or node-link JSON.

    Args:
        path: a ``.graphml`` file (or any file not named ``.gexf`` or ``.json``, read as
            GraphML), a ``.gexf`` file, or a node-link ``.json`` file, as kgraph writes them.
        use_index: answer a GraphML's questions from the index beside it when that
            index matches the file. An index that is missing, stale, unreadable or
            damaged is never used: the GraphML answers, also when the damage shows only
            in the middle of a query. A missing, stale or unreadable one is then
            rewritten from the parsed GraphML, and a note on stderr says so, so that the
            next question (a fresh clone's committed graph, a graph from another tool) is
            answered fast; a folder that cannot be written to only costs the speed.
            GEXF and JSON files have no index and are parsed.

    Returns:
        A GraphSource to pass to ``neighbours``, ``path``, ``ego``, ``info`` and ``find``;
        its ``origin`` says what answers: "index", "graphml", "gexf" or "json".

    Raises:
        GraphFileError: the file is missing or cannot be parsed.

    Example:
        >>> import kgraph
        >>> source = kgraph.open_graph("graphs/seeds.graphml", use_index=False)
        >>> source.origin, kgraph.find(source, "zelensky")
        ('graphml', 'volodymyr_zelenskyy')
    """
    suffix = Path(path).suffix.lower()
    if suffix in _READERS:  # formats without an index: parsed
        module, reader = _READERS[suffix]
        return MemorySource(getattr(import_module(f"kgraph.export.{module}"), reader)(path), origin=suffix[1:])
    if not use_index:
        return _parsed(path)
    try:
        return _IndexElseGraphML(index.open_index(path), path)
    except StaleIndexError as err:
        reason = err
    parsed = _parsed(path)
    try:
        written = index.write_index(parsed.graph, path)
    except (OSError, sqlite3.Error) as err:  # a folder that cannot be written to only costs the speed
        log.warning("%s; answering from the GraphML (no new index: %s)", reason, err)
    else:
        log.warning("%s; answering from the GraphML and writing %s for the next query", reason, written)
    return parsed


def _parsed(path: str | os.PathLike[str]) -> MemorySource:
    from ..export.graphml import (
        read_graphml,  # networkx: only when the GraphML itself must answer
    )

    return MemorySource(read_graphml(path), origin="graphml")


_T = TypeVar("_T")


class _IndexElseGraphML:
    """A GraphSource answering from the index until the index turns out damaged, then from the GraphML.

    The index matched the GraphML when opened, so both hold the same graph and
    a query may switch halfway; a damaged page or row is found only when read.
    """

    def __init__(self, indexed: GraphSource, path: str | os.PathLike[str]):
        self._source = indexed
        self._path = path
        self.origin = indexed.origin

    def _ask(self, question: Callable[[GraphSource], _T]) -> _T:
        try:
            return question(self._source)
        except (sqlite3.Error, ValueError, TypeError) as err:  # not KeyError: that says "no such node"
            if self._source.origin != "index":
                raise
            log.warning("%s: damaged index (%s); answering from the GraphML", index.index_path(self._path), err)
            self._source = _parsed(self._path)
            self.origin = self._source.origin
            return question(self._source)

    def graph_attributes(self) -> dict[str, Any]:
        return self._ask(lambda source: source.graph_attributes())

    def has_node(self, node: str) -> bool:
        return self._ask(lambda source: source.has_node(node))

    def node(self, node: str) -> dict[str, Any]:
        return self._ask(lambda source: source.node(node))

    def lookup(self, name: str, tier: str) -> set[str]:
        return self._ask(lambda source: source.lookup(name, tier))

    def vocabulary(self, tier: str) -> list[str]:
        return self._ask(lambda source: source.vocabulary(tier))

    def adjacent(self, node: str) -> dict[str, dict[str, Any]]:
        return self._ask(lambda source: source.adjacent(node))

    def edge(self, a: str, b: str) -> dict[str, Any]:
        return self._ask(lambda source: source.edge(a, b))

    def nodes(self, nodes: Iterable[str]) -> dict[str, dict[str, Any]]:
        members = list(nodes)
        return self._ask(lambda source: source.nodes(members))

    def links(self, nodes: Iterable[str]) -> dict[str, dict[str, dict[str, Any]]]:
        members = list(nodes)
        return self._ask(lambda source: source.links(members))

    def places(self, nodes: Iterable[str]) -> list[int]:
        members = list(nodes)
        return self._ask(lambda source: source.places(members))

    def at_places(self, places: Iterable[int]) -> list[str]:
        wanted = list(places)
        return self._ask(lambda source: source.at_places(wanted))

    def lengths(self, place: int) -> list[tuple[int, float]]:
        return self._ask(lambda source: source.lengths(place))

    def count_reached(self, node: str, *, depth: int, min_weight: float, types: frozenset[str]) -> int:
        return self._ask(lambda source: source.count_reached(node, depth=depth, min_weight=min_weight, types=types))

    def skeleton(self) -> nx.Graph:
        return self._ask(lambda source: source.skeleton())

    def induced(self, nodes: Iterable[str]) -> tuple[list[tuple[str, dict[str, Any]]], list[Link]]:
        members = list(nodes)
        return self._ask(lambda source: source.induced(members))

    def induced_weights(self, nodes: Iterable[str]) -> list[tuple[str, str, float]]:
        members = list(nodes)
        return self._ask(lambda source: source.induced_weights(members))

    def write_induced(self, members: list[str], records: Callable[[], tuple[dict[str, Any], list[Node]]], graphml: Path,
                      *, min_weight: float, frame: Callable[[dict[str, Any], list[Node], list[dict[str, Any]]],
                                                            tuple[str, str]]) -> int | None:
        return self._ask(lambda source: source.write_induced(members, records, graphml, min_weight=min_weight,
                                                             frame=frame))

    def facts(self) -> tuple[list[index.NodeFacts], int, int]:
        return self._ask(lambda source: source.facts())

    def store_communities(self, communities: dict[str, str]) -> None:
        self._ask(lambda source: source.store_communities(communities))


def as_source(graph: GraphLike) -> GraphSource:
    """Any graph a query accepts as a GraphSource: a file name opens the file."""
    if isinstance(graph, (str, os.PathLike)):
        return open_graph(Path(graph))
    if hasattr(graph, "lookup") and hasattr(graph, "adjacent"):
        return graph
    return MemorySource(graph)
