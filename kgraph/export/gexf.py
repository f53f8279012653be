"""GEXF for Gephi, written by networkx from the portable graph.

Graph attributes besides ``name`` have no place of their own in GEXF: they go
into the file's ``<meta><description>`` as a JSON object, which Gephi shows.
"""

from __future__ import annotations

import json
import os
from xml.etree.ElementTree import SubElement

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter

from ..atomic import atomic_write
from .portable import portable

__all__ = ["write_gexf"]


def write_gexf(graph: nx.Graph, path: str | os.PathLike) -> None:
    """Write ``graph`` atomically as GEXF 1.2 (UTF-8)."""
    graph = portable(graph)
    writer = GEXFWriter(graph=graph, encoding="utf-8", prettyprint=True, version="1.2draft")
    meta = writer.xml.find("meta")
    SubElement(meta, "description").text = json.dumps(graph.graph, ensure_ascii=False)
    with atomic_write(path, "wb") as handle:
        writer.write(handle)
