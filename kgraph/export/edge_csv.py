"""A CSV edge list for spreadsheets: one row per edge, evidence as readable lines.

Columns: ``source``, ``target`` (node ids), ``source_label``, ``target_label``,
then every edge attribute. Text cells that a spreadsheet would run as a
formula (starting with ``=``, ``+``, ``-``, ``@``, tab or CR) get a leading ``'``.
"""

from __future__ import annotations

import csv
import os

import networkx as nx

from ..atomic import atomic_write
from ..contract import evidence_origin, parse_evidence
from .portable import portable, safe_text

__all__ = ["write_edge_csv", "evidence_lines"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def write_edge_csv(graph: nx.Graph, path: str | os.PathLike) -> None:
    """Write the edges of ``graph`` atomically as CSV (UTF-8, RFC 4180 quoting)."""
    graph = portable(graph)
    columns = ["source", "target", "source_label", "target_label"]
    columns += dict.fromkeys(key for _, _, data in graph.edges(data=True) for key in data)
    with atomic_write(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        for a, b, data in graph.edges(data=True):
            row = {"source": a, "target": b, "source_label": graph.nodes[a].get("label", a),
                   "target_label": graph.nodes[b].get("label", b), **data}
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
