"""GEXF for Gephi, written by networkx from the portable graph.

Graph attributes besides ``name`` have no place of their own in GEXF: they go
into the file's ``<meta><description>`` as a JSON object, which Gephi shows.
A node's picture (``x``, ``y``, ``size``, ``r``, ``g``, ``b``; kgraph.export.layout)
goes where Gephi reads it: ``viz:position``, ``viz:size`` and ``viz:color``.
"""

from __future__ import annotations

import json
import os
from xml.etree.ElementTree import ParseError, SubElement, parse

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter

from ..atomic import atomic_write
from ..contract import NETWORKX_DEFAULTS
from ..errors import GraphFileError
from .layout import PICTURE
from .portable import portable

__all__ = ["write_gexf", "read_gexf"]

# What networkx's GEXF reader adds that the graph written did not have.
_READER_GRAPH = ("mode", *NETWORKX_DEFAULTS)
_READER_EDGE = ("id",)


def write_gexf(graph: nx.Graph, path: str | os.PathLike[str]) -> None:
    """Write ``graph`` atomically as GEXF 1.2 (UTF-8)."""
    graph = _viz(portable(graph))
    writer = GEXFWriter(graph=graph, encoding="utf-8", prettyprint=True, version="1.2draft")
    meta = writer.xml.find("meta")
    SubElement(meta, "description").text = json.dumps(graph.graph, ensure_ascii=False)
    with atomic_write(path, "wb") as handle:
        writer.write(handle)


def _viz(graph: nx.Graph) -> nx.Graph:
    """``graph`` with each node's picture as networkx's GEXF writer takes it (its ``viz``), if every node has one."""
    if not graph or any(not set(PICTURE) <= set(data) for _, data in graph.nodes(data=True)):
        return graph
    drawn = nx.Graph(graph)  # an unfrozen copy; the attribute dicts are copied below
    for node, data in graph.nodes(data=True):
        drawn.nodes[node].clear()
        drawn.nodes[node].update({key: value for key, value in data.items() if key not in PICTURE})
        drawn.nodes[node]["viz"] = {"position": {"x": data["x"], "y": data["y"], "z": 0.0}, "size": data["size"],
                                    "color": {"r": data["r"], "g": data["g"], "b": data["b"], "a": 1.0}}
    return drawn


def read_gexf(path: str | os.PathLike[str]) -> nx.Graph:
    """Read a GEXF file (kgraph's or another tool's) as an undirected graph, its attributes restored."""
    try:
        graph = nx.read_gexf(path)
        description = parse(path).getroot().find("{*}meta/{*}description")
    except FileNotFoundError as err:
        raise GraphFileError(f"{path}: no such graph file") from err
    except (ParseError, nx.NetworkXError, ValueError, KeyError, TypeError) as err:
        raise GraphFileError(f"{path}: not a readable GEXF file: {err}") from err
    for added in _READER_GRAPH:
        graph.graph.pop(added, None)
    try:
        kept = json.loads(description.text or "{}") if description is not None else {}
    except ValueError:  # another tool's free-text description
        kept = {}
    graph.graph.update(kept if isinstance(kept, dict) else {})
    for *_, data in graph.edges(data=True):
        for added in _READER_EDGE:
            data.pop(added, None)
    return nx.Graph(graph) if graph.is_directed() or graph.is_multigraph() else graph
