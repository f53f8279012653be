"""GEXF for Gephi, written by networkx from the portable graph.

Graph attributes besides ``name`` have no place of their own in GEXF: they go
into the file's ``<meta><description>`` as a JSON object, which Gephi shows.
A node's picture (``x``, ``y``, ``size``, ``r``, ``g``, ``b``; kgraph.export.layout)
goes where Gephi reads it: ``viz:position``, ``viz:size`` and ``viz:color``.

A graph counted by period (docs/time.md) is written as a dynamic GEXF
(``mode="dynamic"``, ``timeformat="date"``) that Gephi's timeline plays: every
node and edge gets one spell per period it is named in, from the period's first
day to its last, and every edge a dynamic ``weight``: an attvalue per period
with that period's co-mentions, which Gephi reads as the edge's weight over time.
"""

from __future__ import annotations

import json
import os
from xml.etree.ElementTree import ParseError, SubElement, parse

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter

from ..atomic import atomic_write
from ..contract import NETWORKX_DEFAULTS, parse_periods
from ..errors import GraphFileError
from ..graph.periods import span
from .layout import PICTURE
from .portable import portable

__all__ = ["write_gexf", "read_gexf"]

# What networkx's GEXF reader adds that the graph written did not have.
_READER_GRAPH = ("mode", *NETWORKX_DEFAULTS)
_READER_EDGE = ("id", "spells")
# The spells of a dynamic GEXF: what the ``periods`` attribute, read back with the rest, holds already.
_READER_NODE = ("spells",)

# The edge attribute networkx writes the per-period weights under, renamed "weight" in the file:
# networkx's writer keeps the name "weight" for the static XML attribute of every edge.
_DYNAMIC_WEIGHT = "kgraph_weight_by_period"


def write_gexf(graph: nx.Graph, path: str | os.PathLike[str]) -> None:
    """Write ``graph`` atomically as GEXF 1.2 (UTF-8), dynamic when it is counted by period."""
    graph = _viz(portable(graph))
    timed = bool(graph.graph.get("period"))
    writer = GEXFWriter(graph=_dynamic(graph) if timed else graph, encoding="utf-8", prettyprint=True,
                        version="1.2draft")
    meta = writer.xml.find("meta")
    SubElement(meta, "description").text = json.dumps(graph.graph, ensure_ascii=False)
    if timed:
        _name_dynamic_weight(writer)
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
    for _, data in graph.nodes(data=True):
        for added in _READER_NODE:
            data.pop(added, None)
    for *_, data in graph.edges(data=True):
        for added in _READER_EDGE:
            data.pop(added, None)
    return nx.Graph(graph) if graph.is_directed() or graph.is_multigraph() else graph


def _dynamic(graph: nx.Graph) -> nx.Graph:
    """A copy whose nodes and edges carry networkx's ``spells`` and the per-period weights."""
    result = nx.Graph(graph, mode="dynamic")
    for _, data in result.nodes(data=True):
        _spells(data)
    for _, _, data in result.edges(data=True):
        counts = _spells(data)
        if counts:
            data[_DYNAMIC_WEIGHT] = [(float(n), *_dates(period)) for period, n in counts.items()]
    return result


def _spells(data: dict[str, object]) -> dict[str, int]:
    counts = parse_periods(str(data.get("periods", "")))
    if counts:
        data["spells"] = [_dates(period) for period in counts]
    return counts


def _dates(period: str) -> tuple[str, str]:
    first, last = span(period)
    return first.isoformat(), last.isoformat()


def _name_dynamic_weight(writer: GEXFWriter) -> None:
    """Give the per-period weights the attribute id and title Gephi reads as a dynamic edge weight."""
    for attribute in writer.graph_element.iter("attribute"):
        if attribute.get("title") == _DYNAMIC_WEIGHT:
            old = attribute.get("id")
            attribute.set("id", "weight")
            attribute.set("title", "Weight")
            for value in writer.graph_element.iter("attvalue"):
                if value.get("for") == old:
                    value.set("for", "weight")
