"""GraphML that validates against the GraphML schema and that Gephi, Cytoscape, igraph and networkx load.

Written here rather than by networkx, whose writer names keys d0, d1, ...
(or, asked for named keys, gives a node and an edge attribute of the same
name the same key id, which the schema forbids). Keys are named
``<domain>_<attribute>`` (``node_label``, ``edge_weight``, ``graph_built``);
tools read the attribute name from ``attr.name``. The file is streamed, so a
large graph is never held twice in memory; values are escaped by the
standard library's xml.sax.saxutils.

One writer over records (graph attributes, (id, attributes) nodes, (id, id, attributes)
links, as kgraph.export.portable makes them): ``write_graphml`` feeds it a portable graph,
and ``kgraph ego --out`` (kgraph.query.ego) feeds it the records it read from the index,
never building the networkx graph; ``graphml_frame`` gives the text around the links to
kgraph.query.index, which has SQLite write them.
"""

from __future__ import annotations

import itertools
import logging
import math
import os
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from pathlib import Path
from xml.etree.ElementTree import ParseError
from typing import Any
from xml.sax.saxutils import escape, quoteattr, unescape

import networkx as nx

from ..atomic import atomic_write
from ..contract import NETWORKX_DEFAULTS, attribute
from ..errors import GraphFileError
from .portable import portable

__all__ = ["write_graphml", "read_graphml", "graphml_lines", "write_graphml_records", "graphml_frame",
           "graph_attribute", "attribute_types", "NAMESPACE"]

log = logging.getLogger("kgraph")

Node = tuple[str, Mapping[str, Any]]  # a node id and its portable attributes
Link = tuple[str, str, Mapping[str, Any]]  # a link's two node ids and its portable attributes

NAMESPACE = "http://graphml.graphdrawing.org/xmlns"
_HEADER = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    f'<graphml xmlns="{NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
    f' xsi:schemaLocation="{NAMESPACE} {NAMESPACE}/1.0/graphml.xsd">\n'
)
# Node ids, key ids and attribute names are xs:NMTOKENs; kgraph's slugs are ASCII ones.
_NMTOKEN = re.compile(r"[A-Za-z0-9._:-]+")
_TAIL = "  </graph>\n</graphml>\n"
_INT_RANGE = range(-(2**31), 2**31)  # GraphML's int is 32-bit; wider integers are declared long
_CONTRACT_TYPES = {bool: "boolean", int: "int", float: "double", str: "string"}
_WIDTH = {kind: width for width, kind in enumerate(("boolean", "int", "long", "double", "string"))}


def write_graphml(graph: nx.Graph, path: str | os.PathLike[str], *,
                  written: Callable[[Path], None] | None = None) -> None:
    """Write ``graph`` atomically as schema-valid GraphML (UTF-8).

    Args:
        graph: any networkx graph; written as kgraph.export.portable makes it.
        path: the file to write (replaced only once the new one is complete).
        written: sees the complete file before it is renamed into place (``kgraph.atomic.atomic_write``):
            the index fingerprints it there.

    Returns:
        None.

    Raises:
        ValueError: a node id or attribute name is not an XML NMTOKEN (kgraph's slugs always are).
        OSError: the file cannot be written.

    Example:
        >>> import kgraph, tempfile, pathlib
        >>> graph = kgraph.read_graphml("graphs/seeds.graphml")
        >>> out = pathlib.Path(tempfile.mkdtemp()) / "copy.graphml"
        >>> kgraph.write_graphml(graph, out)
        >>> kgraph.read_graphml(out).number_of_nodes() == graph.number_of_nodes()
        True
    """
    graph = portable(graph)
    write_graphml_records(path, graph.graph, graph.nodes(data=True), graph.edges(data=True), written=written)


def graphml_lines(graph: nx.Graph) -> Iterator[str]:
    """The GraphML text of ``graph``, in pieces of whole lines (what write_graphml writes)."""
    graph = portable(graph)
    return _record_lines(graph.graph, graph.nodes(data=True), graph.edges(data=True))


def write_graphml_records(path: str | os.PathLike[str], attributes: Mapping[str, Any], nodes: Collection[Node],
                          links: Collection[Link], *, written: Callable[[Path], None] | None = None) -> None:
    """Write portable records (kgraph.export.portable.portable_records) as write_graphml writes a graph.

    ``nodes`` are (id, attributes) pairs and ``links`` (id, id, attributes) triples, each read
    twice (lists, or a portable graph's views). ValueError for a node id or attribute name that
    is no XML NMTOKEN, before the file is opened.
    """
    lines = _record_lines(attributes, nodes, links)
    with atomic_write(path, "w", encoding="utf-8", newline="\n", written=written) as handle:
        handle.writelines(lines)


def _record_lines(attributes: Mapping[str, Any], nodes: Collection[Node],
                         links: Collection[Link]) -> Iterator[str]:
    """The GraphML text of portable records, in pieces of whole lines; the names are checked (ValueError)
    before this returns, so before anything is written."""
    keys = _keys(attributes, nodes, [data for _, _, data in links])
    return itertools.chain(_head(keys, attributes, nodes), _links(keys["edge"], links), (_TAIL,))


def graphml_frame(attributes: Mapping[str, Any], nodes: Collection[Node],
                  links: Iterable[Mapping[str, Any]]) -> tuple[str, str]:
    """The GraphML text before the links (declarations, graph attributes, nodes) and after them,
    for a writer that writes the links itself (kgraph.query.index writes them from SQLite).

    ``links`` are the links' attribute tables, or any records that give each attribute its
    widest value (the key types are declared from them). ValueError for a node id or an
    attribute name that is no XML NMTOKEN.
    """
    return "".join(_head(_keys(attributes, nodes, links), attributes, nodes)), _TAIL


def graph_attribute(path: str | os.PathLike[str], name: str) -> str | None:
    """The value of graph attribute ``name`` in a GraphML file kgraph wrote, read from its head only."""
    pattern = re.compile(rf'<data key="graph_{re.escape(name)}">(.*?)</data>')
    try:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if line.lstrip().startswith(("<node", "<edge")):
                    return None
                found = pattern.search(line)
                if found:
                    return unescape(found[1])
    except (OSError, UnicodeDecodeError):
        return None
    return None


def read_graphml(path: str | os.PathLike[str]) -> nx.Graph:
    """Read a GraphML file (kgraph's or another tool's) as an undirected graph.

    Args:
        path: the GraphML file.

    Returns:
        A ``networkx.Graph`` (a directed or multi-graph file is made undirected and simple).

    Raises:
        GraphFileError: the file is missing or is not readable GraphML.

    Example:
        >>> import kgraph
        >>> graph = kgraph.read_graphml("graphs/seeds.graphml")
        >>> graph.graph["name"], graph.nodes["vasyl_malyuk"]["label"]
        ('seeds', 'Vasyl Malyuk')
    """
    try:
        graph = nx.read_graphml(path)
    except FileNotFoundError as err:
        raise GraphFileError(f"{path}: no such graph file") from err
    except (ParseError, nx.NetworkXError, ValueError) as err:
        raise GraphFileError(f"{path}: not a readable GraphML file: {err}") from err
    for unset in NETWORKX_DEFAULTS:  # kgraph sets no <default> values
        if not graph.graph.get(unset):
            graph.graph.pop(unset, None)
    graph = nx.Graph(graph) if graph.is_directed() or graph.is_multigraph() else graph
    _drop_non_numbers(graph, path)
    return graph


def _drop_non_numbers(graph: nx.Graph, path: str | os.PathLike[str]) -> None:
    """Leave out the values of the contract's numeric attributes that are no finite number, with a warning.

    A GraphML from another tool may hold "NaN", "INF" or text in ``weight``,
    ``mentions`` or ``pagerank``; every query then reads the attribute as absent,
    as it would in a graph that lacks it, rather than ranking or walking by NaN.
    """
    dropped: Counter[tuple[str, str]] = Counter()
    records = [("graph", graph.graph), *(("node", d) for _, d in graph.nodes(data=True)),
               *(("edge", d) for _, _, d in graph.edges(data=True))]
    for domain, data in records:
        for name, value in list(data.items()):
            declared = attribute(domain, name)
            if declared is not None and declared.type in (int, float) and not _finite(value):
                del data[name]
                dropped[domain, name] += 1
    for (domain, name), count in dropped.items():
        log.warning("%s: %d %s value%s of %r %s no finite number; ignored", path, count, domain,
                    "s" if count > 1 else "", name, "are" if count > 1 else "is")


def _finite(value: object) -> bool:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return False
    try:
        return math.isfinite(float(value))
    except ValueError:
        return False


def attribute_types(domain: str, records: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """attribute name -> declared type (``boolean``, ``int``, ``long``, ``double``, ``string``) of the
    attributes any of ``records`` has (a portable graph's ``domain`` "graph", "node" or "edge"), in first-seen order.

    The contract's type (kgraph.contract) where it defines the attribute, widened when the values
    need more (an int past 32 bits is ``long``), else the values' own. The one type table of the
    formats that declare types: GraphML keys, Neo4j import headers, Cypher literals.
    """
    declared: dict[str, str] = {}
    for record in records:
        for name, value in record.items():
            if declared.get(name) != "long":  # portable() unified the types; one wide int makes all long
                declared[name] = _graphml_type(value)
    for name, kind in declared.items():
        known = attribute(domain, name)
        if known and _WIDTH[_CONTRACT_TYPES[known.type]] > _WIDTH[kind]:
            declared[name] = _CONTRACT_TYPES[known.type]
    return declared


def _keys(attributes: Mapping[str, Any], nodes: Collection[Node],
          links: Iterable[Mapping[str, Any]]) -> dict[str, dict[str, str]]:
    """domain -> attribute name -> declared type, for the attributes any record has; the node ids and
    attribute names checked to be NMTOKENs."""
    _check_nmtokens((node for node, _ in nodes), "node id")
    keys = {domain: attribute_types(domain, records) for domain, records in
            (("graph", [attributes]), ("node", [data for _, data in nodes]), ("edge", links))}
    for declared in keys.values():
        _check_nmtokens(declared, "attribute name")
    return keys


def _graphml_type(value: object) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "int" if value in _INT_RANGE else "long"
    return "double" if isinstance(value, float) else "string"


def _check_nmtokens(names: Iterable[str], what: str) -> None:
    for name in names:
        if not _NMTOKEN.fullmatch(name):
            raise ValueError(f"GraphML needs XML NMTOKENs: {what} {name!r} is not one")


def _head(keys: Mapping[str, Mapping[str, str]], attributes: Mapping[str, Any],
          nodes: Collection[Node]) -> Iterator[str]:
    yield _HEADER
    yield "".join(f'  <key id="{domain}_{name}" for="{domain}" attr.name="{name}" attr.type="{kind}"/>\n'
                  for domain, declared in keys.items() for name, kind in declared.items())
    yield '  <graph edgedefault="undirected">\n'
    yield _data("    ", attributes, {name: f'<data key="graph_{name}">' for name in keys["graph"]})
    opening = {name: f'<data key="node_{name}">' for name in keys["node"]}
    for node, data in nodes:
        yield f"    <node id={quoteattr(node)}>\n{_data('      ', data, opening)}    </node>\n" if data else \
            f"    <node id={quoteattr(node)}/>\n"


def _links(declared: Mapping[str, str], links: Collection[Link]) -> Iterator[str]:
    opening = {name: f'<data key="edge_{name}">' for name in declared}
    for a, b, data in links:
        yield f"    <edge source={quoteattr(a)} target={quoteattr(b)}>\n{_data('      ', data, opening)}    </edge>\n" \
            if data else f"    <edge source={quoteattr(a)} target={quoteattr(b)}/>\n"


def _data(indent: str, record: Mapping[str, Any], opening: Mapping[str, str]) -> str:
    """``record``'s <data> elements, one a line; ``opening``: each attribute's opening tag, made once."""
    return "".join(f"{indent}{opening[name]}{_text(value)}</data>\n" for name, value in record.items())


def _text(value: bool | int | float | str) -> str:
    """A portable value as GraphML holds it: text escaped, booleans in lower case."""
    if type(value) is str:
        return escape(value)
    return ("true" if value else "false") if type(value) is bool else str(value)
