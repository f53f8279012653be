"""Write a graph to files: one module per format, each with its reader where one exists."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import networkx as nx

from ..index import write_index
from .atomic import atomic_write
from .edge_csv import write_edge_csv
from .gexf import write_gexf
from .graphml import read_graphml, write_graphml
from .html import to_html, write_html
from .node_link import to_node_link, write_node_link
from .portable import portable

__all__ = [
    "atomic_write", "read_graphml", "write_graphml", "to_html", "write_html", "write_gexf", "to_node_link",
    "write_node_link", "write_edge_csv", "write", "FORMATS", "DEFAULT_FORMATS",
]


def _graphml_and_index(graph: nx.Graph, path: Path, name: str) -> None:
    write_graphml.__wrapped__(graph, path)
    write_index(graph, path)  # beside it: lets a query skip parsing the GraphML


# format name (as --format takes it) -> (file suffix, writer). Each writer takes the graph
# portable() made (the undecorated writers: the graph is cleaned once, for every file), the
# path and the name, which titles the page.
_WRITERS = {
    "graphml": (".graphml", _graphml_and_index),
    "html": (".html", lambda graph, path, name: write_html(graph, path, title=name)),
    "gexf": (".gexf", lambda graph, path, _: write_gexf.__wrapped__(graph, path)),
    "json": (".json", lambda graph, path, _: write_node_link.__wrapped__(graph, path)),
    "csv": (".csv", lambda graph, path, _: write_edge_csv.__wrapped__(graph, path)),
}
FORMATS = {fmt: suffix for fmt, (suffix, _) in _WRITERS.items()}  # format name -> file suffix
DEFAULT_FORMATS = ("graphml", "html")


def write(graph: nx.Graph, out_dir: str | os.PathLike, name: str, *,
          formats: Iterable[str] = DEFAULT_FORMATS) -> list[Path]:
    """Write ``graph`` as ``out_dir/name.<suffix>`` in each of ``formats``; the paths written, in order."""
    formats = list(dict.fromkeys(formats))
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown formats {unknown}; known: {', '.join(FORMATS)}")
    paths = [Path(out_dir) / f"{name}{FORMATS[f]}" for f in formats]
    graph = portable(graph)  # every file gets the same values, free of what XML and UTF-8 cannot hold
    for fmt, path in zip(formats, paths):
        _WRITERS[fmt][1](graph, path, name)
    return paths
