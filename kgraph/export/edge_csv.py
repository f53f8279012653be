"""CSV for spreadsheets: an edge list, evidence as readable lines, and a node table beside it.

Edge columns: ``source``, ``target`` (node ids), ``source_label``, ``target_label``,
then every edge attribute. Node columns: ``id``, then every node attribute (label,
type, mentions, community...), so that entities without a link and the types are
not lost. Text cells that a spreadsheet would run as a formula (starting with ``=``,
``+``, ``-``, ``@``, tab or CR) get a leading ``'``.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable
from pathlib import Path

import networkx as nx

from ..atomic import atomic_write
from ..contract import evidence_origin, parse_evidence
from .portable import portable, safe_text

__all__ = ["write_edge_csv", "write_node_csv", "node_table_path", "evidence_lines"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def write_edge_csv(graph: nx.Graph, path: str | os.PathLike) -> None:
    """Write the edges of ``graph`` atomically as CSV (UTF-8, RFC 4180 quoting)."""
    graph = portable(graph)
    rows = ({"source": a, "target": b, "source_label": graph.nodes[a].get("label", a),
             "target_label": graph.nodes[b].get("label", b), **data} for a, b, data in graph.edges(data=True))
    columns = ["source", "target", "source_label", "target_label"]
    _write(path, columns + list(dict.fromkeys(key for _, _, data in graph.edges(data=True) for key in data)), rows)


def write_node_csv(graph: nx.Graph, path: str | os.PathLike) -> None:
    """Write the nodes of ``graph`` atomically as CSV: ``id``, then every node attribute."""
    graph = portable(graph)
    columns = ["id", *dict.fromkeys(key for _, data in graph.nodes(data=True) for key in data)]
    _write(path, columns, ({"id": node, **data} for node, data in graph.nodes(data=True)))


def node_table_path(path: str | os.PathLike) -> Path:
    """Where the node table goes beside the edge list ``NAME.csv``: ``NAME.nodes.csv``."""
    path = Path(path)
    return path.with_name(f"{path.stem}.nodes.csv")


def _write(path: str | os.PathLike, columns: list[str], rows: Iterable[dict]) -> None:
    with atomic_write(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        for row in rows:
            if "evidence" in row:
                row["evidence"] = evidence_lines(row["evidence"])
            writer.writerow({key: _cell(value) for key, value in row.items()})


def evidence_lines(evidence: str) -> str:
    """One line per linking sentence: the text, then where it comes from in brackets."""
    lines = []
    for item in parse_evidence(evidence):
        lines.append(safe_text(f"{item['text']} [{evidence_origin(item)}]"))  # JSON escapes kept control characters
    return "\n".join(lines)


def _cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value
