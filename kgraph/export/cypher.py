"""A Cypher script for Neo4j 5, FalkorDB and Memgraph: plain statements, one per line, each ending in ``;``.

First ``CREATE INDEX FOR (n:Label) ON (n.id)`` for each node label used, then
``UNWIND [{...}, ...] AS row MERGE ...`` batches of literal maps: the nodes,
then the ``CO_MENTIONED`` relationships with every edge attribute as a
property. Only syntax those three servers share (no parameters, no APOC, no
``IF NOT EXISTS``, no ``\\u`` escapes, which FalkorDB reads literally).

Untrusted text only ever appears inside a single-quoted string literal made
by ``cypher_string``; attribute names must be plain identifiers and labels
come from a fixed table. Every line break inside a value is escaped, so the
line feeds of the file separate statements: a loader may split on them.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from collections.abc import Iterator, Mapping
from itertools import islice

import networkx as nx

from ..atomic import atomic_write
from .graphml import attribute_types
from .portable import portable

__all__ = [
    "write_cypher", "cypher_statements", "cypher_string", "node_label", "nodes_by_label", "LABELS", "RELATIONSHIP",
]

# node type -> label; "place" is ready for the type the recogniser may add.
LABELS = {"person": "Person", "organisation": "Organisation", "country": "Country", "place": "Place"}
OTHER_LABEL = "Entity"  # nodes of any other type (graphs that other tools wrote)
RELATIONSHIP = "CO_MENTIONED"
BATCH = 500  # rows per UNWIND: a few hundred kB of literal at most, parsed quickly by every server

# Escapes both Neo4j and FalkorDB read the same way; every other character stands for itself.
_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_TO_ESCAPE = re.compile("[\\\\'\n\r\t\b\f]")
_UNWRITABLE = re.compile("[\x00\ud800-\udfff]")  # NUL ends FalkorDB's C strings; surrogates are not UTF-8
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_INT64 = range(-(2**63) + 1, 2**63)  # -2**63 is a minus before a literal too large for 64 bits


def cypher_string(text: str) -> str:
    """``text`` as a single-quoted Cypher string literal that reads back as ``text`` in Neo4j 5 and FalkorDB.

    Raises ValueError for NUL and lone surrogates, which no Cypher script can carry
    (kgraph's portable graphs never hold them).

        >>> print(cypher_string("O'Brien \\\\ 'x' */ //"))
        'O\\'Brien \\\\ \\'x\\' */ //'
    """
    if _UNWRITABLE.search(text):
        raise ValueError(f"a Cypher string cannot hold NUL or a lone surrogate: {text[:40]!r}")
    return "'" + _TO_ESCAPE.sub(lambda found: _ESCAPES[found[0]], text) + "'"


def node_label(node_type: object) -> str:
    """The label of a node of kgraph type ``node_type`` (``Entity`` for a type kgraph does not make)."""
    return LABELS.get(node_type, OTHER_LABEL)


def nodes_by_label(graph: nx.Graph) -> dict[str, list[tuple[str, dict]]]:
    """label -> its nodes with their attributes, the labels of LABELS first, each set of nodes in graph order."""
    by_label: defaultdict[str, list] = defaultdict(list)
    for node, data in graph.nodes(data=True):
        by_label[node_label(data.get("type"))].append((node, data))
    order = sorted(by_label, key=lambda label: (label not in LABELS.values(), label))
    return {label: by_label[label] for label in order}


def write_cypher(graph: nx.Graph, path: str | os.PathLike, *, batch: int = BATCH) -> None:
    """Write ``graph`` atomically as a Cypher script (UTF-8), one statement per line.

    Raises ValueError when an attribute name is not a plain identifier or an
    integer does not fit in 64 bits (kgraph's never are).
    """
    statements = cypher_statements(portable(graph), batch=batch)
    with atomic_write(path, "w", encoding="utf-8", newline="\n") as handle:
        for statement in statements:
            handle.write(statement + ";\n")


def cypher_statements(graph: nx.Graph, *, batch: int = BATCH) -> Iterator[str]:
    """The statements of the script for a portable graph, without their ``;``."""
    node_types = attribute_types("node", (data for _, data in graph.nodes(data=True)))
    edge_types = attribute_types("edge", (data for _, _, data in graph.edges(data=True)))
    by_label = nodes_by_label(graph)
    for label in by_label:
        yield f"CREATE INDEX FOR (n:{label}) ON (n.id)"
    for label, nodes in by_label.items():
        rows = (f"{{id: {cypher_string(node)}, p: {_map(data, node_types)}}}" for node, data in nodes)
        yield from _batches(rows, f"MERGE (n:{label} {{id: row.id}}) SET n += row.p", batch)
    label_of = {node: node_label(kind) for node, kind in graph.nodes(data="type")}
    pairs: defaultdict[tuple[str, str], list] = defaultdict(list)
    for edge in graph.edges(data=True):
        pairs[label_of[edge[0]], label_of[edge[1]]].append(edge)
    for (first, second), edges in sorted(pairs.items()):
        rows = (f"{{s: {cypher_string(a)}, t: {cypher_string(b)}, p: {_map(data, edge_types)}}}"
                for a, b, data in edges)
        yield from _batches(rows, f"MATCH (a:{first} {{id: row.s}}) MATCH (b:{second} {{id: row.t}}) "
                                  f"MERGE (a)-[r:{RELATIONSHIP}]->(b) SET r += row.p", batch)


def _batches(rows: Iterator[str], clause: str, batch: int) -> Iterator[str]:
    """UNWIND statements of ``batch`` rows each: one batch of text in memory at a time."""
    while chunk := list(islice(rows, batch)):
        yield f"UNWIND [{', '.join(chunk)}] AS row {clause}"


def _map(data: Mapping, types: Mapping[str, str]) -> str:
    return "{" + ", ".join(f"{_key(name)}: {_literal(value, types[name])}" for name, value in data.items()) + "}"


def _key(name: str) -> str:
    if not _IDENTIFIER.fullmatch(name):
        raise ValueError(f"Cypher property names here must be plain identifiers: {name!r} is not one")
    return name


def _literal(value: object, declared: str) -> str:
    """``value`` as a Cypher literal of its declared type (GraphML's table: boolean, int, long, double, string)."""
    if declared == "string":
        return cypher_string(str(value))
    if declared == "boolean":
        return "true" if value else "false"
    if declared == "double":
        # repr round-trips (portable() left out NaN and infinities); openCypher's exponent has no "+"
        return repr(float(value)).replace("e+", "e")
    if value not in _INT64:
        raise ValueError(f"a Cypher integer has 64 bits: {value} does not fit")
    return str(int(value))
