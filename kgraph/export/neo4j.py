"""The CSV files ``neo4j-admin database import full`` reads (Neo4j 5), in one folder with the command to run.

``nodes-<Label>.csv`` per node label (``id:ID``, ``:LABEL``, then typed
properties such as ``mentions:int``, ``pagerank:double``),
``relationships.csv`` (``:START_ID``, ``:END_ID``, ``:TYPE``, then every edge
attribute, typed) and ``import.txt``, which holds the exact command. The
header types are GraphML's key types (kgraph.export.graphml.attribute_types):
one type table for every format that declares types. Labels and the
relationship type are the Cypher script's (kgraph.export.cypher).
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Mapping
from pathlib import Path

import networkx as nx

from ..atomic import atomic_write
from .cypher import RELATIONSHIP, nodes_by_label
from .graphml import attribute_types
from .portable import portable

__all__ = ["write_neo4j", "import_command", "RELATIONSHIPS_FILE", "COMMAND_FILE"]

RELATIONSHIPS_FILE = "relationships.csv"
COMMAND_FILE = "import.txt"
_NODES_FILE = "nodes-{}.csv"


def write_neo4j(graph: nx.Graph, folder: str | os.PathLike) -> None:
    """Write ``graph`` as the neo4j-admin import files into ``folder``, each file atomically (UTF-8 CSV).

    Node files of labels the graph no longer has, left by an earlier write, are removed.
    """
    graph, folder = portable(graph), Path(folder)
    node_types = attribute_types("node", (data for _, data in graph.nodes(data=True)))
    edge_types = attribute_types("edge", (data for _, _, data in graph.edges(data=True)))
    by_label = nodes_by_label(graph)
    for label, nodes in by_label.items():
        rows = [{"id:ID": node, ":LABEL": label, **_typed(data, node_types)} for node, data in nodes]
        columns = dict.fromkeys(key for _, data in nodes for key in data)
        _write_csv(folder / _NODES_FILE.format(label), ["id:ID", ":LABEL", *_headers(columns, node_types)], rows)
    rows = [{":START_ID": a, ":END_ID": b, ":TYPE": RELATIONSHIP, **_typed(data, edge_types)}
            for a, b, data in graph.edges(data=True)]
    _write_csv(folder / RELATIONSHIPS_FILE, [":START_ID", ":END_ID", ":TYPE", *_headers(edge_types, edge_types)], rows)
    node_files = [_NODES_FILE.format(label) for label in by_label]
    with atomic_write(folder / COMMAND_FILE, "w", encoding="utf-8", newline="\n") as handle:
        handle.write("# Stop Neo4j, run this in this folder, start Neo4j (add --overwrite-destination to replace\n"
                     "# an existing database named neo4j):\n" + import_command(node_files) + "\n")
    for stale in set(folder.glob(_NODES_FILE.format("*"))) - {folder / name for name in node_files}:
        stale.unlink()


def import_command(node_files: list[str], *, database: str = "neo4j") -> str:
    """The neo4j-admin command that imports ``node_files`` and the relationships, run in their folder.

        >>> import_command(["nodes-Person.csv"])  # doctest: +NORMALIZE_WHITESPACE
        'neo4j-admin database import full --multiline-fields=true --legacy-style-quoting=false
         --nodes=nodes-Person.csv --relationships=relationships.csv neo4j'
    """
    # Names and aliases may hold line breaks; a backslash before a quote is text, not an escape.
    options = ["--multiline-fields=true", "--legacy-style-quoting=false"]
    files = [f"--nodes={name}" for name in node_files] + [f"--relationships={RELATIONSHIPS_FILE}"]
    return " ".join(["neo4j-admin database import full", *options, *files, database])


def _headers(columns: Iterable[str], types: Mapping[str, str]) -> list[str]:
    """The headers of the attributes ``columns``, ``name:type``: neo4j-admin's type names are GraphML's."""
    return [f"{name}:{types[name]}" for name in columns]


def _typed(data: Mapping, types: Mapping[str, str]) -> dict[str, object]:
    """The attributes under their headers, as neo4j-admin parses them (booleans as true/false)."""
    return {f"{name}:{types[name]}": str(value).lower() if isinstance(value, bool) else value
            for name, value in data.items()}


def _write_csv(path: Path, columns: list[str], rows: list[dict]) -> None:
    with atomic_write(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)
