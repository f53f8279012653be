"""The subgraph around an entity: everything within a few hops, with all its attributes.

``ego`` returns it as a networkx graph; ``write_ego`` writes it as GraphML (with its index)
straight from the records the source reads, which for a hub's 6,000-node ego graph costs
a fraction of building, copying and exporting the networkx graph (the records writer of
kgraph.export.graphml).
"""

from __future__ import annotations

import functools
import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..atomic import all_or_none
from ..contract import label_of, number
from ..errors import ArgumentError, OutputError
from .index import fingerprint, write_index_records
from .names import match
from .source import GraphLike, GraphSource, Link, Node, as_source

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["ego", "write_ego", "EgoFile"]


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
    import networkx as nx

    source = as_source(graph)
    attributes, members = _members(source, name, depth=depth, min_weight=min_weight)
    nodes, links = source.induced(members)  # one read of the members' rows and one of the links among them
    subgraph = nx.Graph(**attributes)
    subgraph.add_nodes_from(nodes)  # copies each attribute table
    subgraph.add_edges_from(_heavy(links, min_weight))
    return subgraph


@dataclass(frozen=True, slots=True)
class EgoFile:
    """What ``write_ego`` wrote: the entity's id and label, the numbers of nodes and links, the file."""

    center: str
    label: str
    nodes: int
    links: int
    path: Path


def write_ego(graph: GraphLike, name: str, path: str | os.PathLike[str], *, depth: int = 1,
              min_weight: float = 0) -> EgoFile:
    """Write ``ego(graph, name, ...)`` as GraphML at ``path``, with its index beside it.

    The file reads back in networkx as the one ``kgraph.pipeline.write(ego(...), ...,
    formats="graphml")`` writes (the picture included: positions, sizes, colours, ``name``),
    but it is streamed from the source's records, never built as a networkx graph: the
    time follows the size of the answer (kgraph.export.graphml.write_graphml_records).

    Args:
        graph: a networkx graph, a GraphSource, or the path of a graph file.
        name: the entity's name.
        path: the GraphML file to write; the index goes beside it (kgraph.query.index.index_path).
        depth: hops from the entity to include (0: the entity alone).
        min_weight: follow and keep only links at least this heavy.

    Returns:
        An ``EgoFile``.

    Raises:
        EntityNotFound: the name matches no entity (AmbiguousName: several).
        ArgumentError: a negative or non-whole ``depth``.
        OutputError: the files cannot be written (neither is then changed).

    Example:
        >>> import kgraph.query, tempfile, pathlib
        >>> out = pathlib.Path(tempfile.mkdtemp()) / "malyuk.graphml"
        >>> written = kgraph.query.write_ego("graphs/seeds.graphml", "Malyuk", out)
        >>> written.label, kgraph.open_graph(out).origin
        ('Vasyl Malyuk', 'index')
    """
    from ..export.graphml import graphml_frame, write_graphml_records
    from ..export.portable import portable_records

    source = as_source(graph)
    attributes, members = _members(source, name, depth=depth, min_weight=min_weight)
    order = sorted(members)
    records = functools.cache(lambda: _records(source, attributes, order, min_weight=min_weight))
    target = Path(path)
    try:
        with all_or_none(target.parent):  # the GraphML and its index land together
            # The index source starts copying the links while the nodes' records are made (records()).
            links = source.write_induced(order, records, target, min_weight=min_weight, frame=graphml_frame)
            if links is None:  # a graph in memory, or values only Python makes portable
                attributes, nodes = records()
                linked = _heavy(source.induced(members)[1], min_weight)
                linked = [(a, b, data) for (a, b, _), data in zip(linked, portable_records(d for _, _, d in linked))]
                fingerprints: list[dict[str, Any]] = []
                write_graphml_records(target, attributes, nodes, linked,
                                      written=lambda temporary: fingerprints.append(fingerprint(temporary)))
                # An ego graph is connected: every member was reached over links it keeps.
                write_index_records(attributes, nodes, linked, target, components=1,
                                    graphml_fingerprint=fingerprints[0])
                links = len(linked)
    except OSError as err:
        raise OutputError(f"cannot write {target}: {err.strerror or err}; no output was changed") from err
    attributes, nodes = records()
    center = str(attributes["center"])
    return EgoFile(center, label_of(center, dict(nodes)[center]), len(nodes), links, target)


def _records(source: GraphSource, attributes: dict[str, Any], order: list[str], *,
             min_weight: float) -> tuple[dict[str, Any], list[Node]]:
    """The ego graph's attributes and its nodes (in ``order``) as portable records, each node with the
    picture kgraph build gives every graph and its ``name``."""
    from ..export.layout import picture  # numpy and networkx: the positions of a graph that lacks them
    from ..export.portable import portable_records

    found = source.nodes(order)
    nodes = [(node, found[node]) for node in order]
    drawn = picture(_drawing(source, nodes, min_weight=min_weight))
    nodes = [(node, {**data, **drawn[node], "name": label_of(node, data)}) for node, data in nodes]
    return portable_records([attributes])[0], list(zip(order, portable_records(data for _, data in nodes)))


def _members(source: GraphSource, name: str, *, depth: int, min_weight: float) -> tuple[dict[str, Any], set[str]]:
    """The ego graph's attributes and its nodes."""
    if not isinstance(depth, int) or depth < 0:
        raise ArgumentError(f"depth must be a whole number of at least 0, not {depth!r}")
    center = match(source, name)
    seen, frontier = {center}, {center}
    for _ in range(depth):  # one read of links per hop
        reached = {other for links in source.links(frontier).values() for other, edge in links.items()
                   if number(edge, "weight", 1) >= min_weight}
        frontier = reached - seen
        seen |= frontier
    return {**source.graph_attributes(), "center": center, "depth": depth}, seen


def _heavy(links: list[Link], min_weight: float) -> list[Link]:
    """The links at least ``min_weight`` heavy."""
    return [(a, b, edge) for a, b, edge in links if number(edge, "weight", 1) >= min_weight] if min_weight else links


def _drawing(source: GraphSource, nodes: list[tuple[str, dict[str, Any]]], *, min_weight: float) -> nx.Graph:
    """The graph kgraph.export.layout.picture needs: the nodes, and the links' weights only when it must lay
    them out (a node without a position; a graph kgraph built has them all)."""
    import networkx as nx

    drawing = nx.Graph()
    drawing.add_nodes_from(nodes)
    if not all(_finite(data.get("x")) and _finite(data.get("y")) for _, data in nodes):
        drawing.add_weighted_edges_from(link for link in source.induced_weights(node for node, _ in nodes)
                                        if link[2] >= min_weight)
    return drawing


def _finite(value: Any) -> bool:
    try:
        return math.isfinite(float(value))
    except (TypeError, ValueError):
        return False
