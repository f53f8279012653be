"""Write a built graph's files: every format asked for, and the index beside the GraphML."""

from __future__ import annotations

import os
from collections.abc import Iterable
from importlib import import_module
from pathlib import Path

import networkx as nx

from ..export import FORMATS
from ..export.edge_csv import node_table_path, write_node_csv
from ..export.layout import with_picture
from ..export.portable import portable
from ..query.index import write_index

__all__ = ["write"]

# format name -> (module of kgraph.export, its writer (graph, path) -> None); imported by name so
# that a build imports only the exporters it uses (pyvis only for the page).
_WRITERS = {"graphml": ("graphml", "write_graphml"), "html": ("html", "write_html"), "gexf": ("gexf", "write_gexf"),
            "json": ("node_link", "write_node_link"), "csv": ("edge_csv", "write_edge_csv"),
            "cypher": ("cypher", "write_cypher"), "neo4j": ("neo4j", "write_neo4j"), "ftm": ("ftm", "write_ftm")}
def write(graph: nx.Graph, out_dir: str | os.PathLike, name: str, *, formats: Iterable[str]) -> list[Path]:
    """Write ``graph`` as ``out_dir/name.<suffix>`` in each of ``formats``; the paths written, in order.

    The page is titled ``name``; the GraphML gets its index beside it, so a query can skip parsing it;
    the CSV edge list gets its node table beside it (``name.nodes.csv``, listed after it). Every
    file carries the same picture (positions, sizes, colours), laid out once.
    Raises ExportError, before writing anything, when ``ftm`` is asked for without its extra.
    """
    formats = list(dict.fromkeys(formats))
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown formats {unknown}; known: {', '.join(FORMATS)}")
    if "ftm" in formats:
        import_module("kgraph.export.ftm").load_model()  # raises when its extra is missing: before any file is written
    paths = [Path(out_dir) / f"{name}{FORMATS[f]}" for f in formats]
    # Every file gets the same values, free of what XML and UTF-8 cannot hold, and the same picture.
    graph = portable(with_picture(graph))
    written = []
    for fmt, path in zip(formats, paths):
        module, writer = _WRITERS[fmt]
        options = {"title": name} if fmt == "html" else {}
        getattr(import_module(f"kgraph.export.{module}"), writer)(graph, path, **options)
        written.append(path)
        if fmt == "graphml":
            write_index(graph, path)
        if fmt == "csv":
            write_node_csv(graph, node_table_path(path))
            written.append(node_table_path(path))
    return written
