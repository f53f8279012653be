"""Node-link JSON, the shape networkx's json_graph and D3 use.

``{"directed": false, "multigraph": false, "graph": {...}, "nodes": [{"id": ...}],
"edges": [{"source": ..., "target": ...}]}``, with the same values as the
GraphML file (``evidence`` stays the JSON array string of the contract);
``relations``, a string in GraphML, is a list of objects here.
"""

from __future__ import annotations

import json
import os

import networkx as nx

from ..atomic import atomic_write
from ..contract import format_relations, parse_relations
from ..errors import GraphFileError
from .portable import portable

__all__ = ["to_node_link", "write_node_link", "read_node_link"]


def to_node_link(graph: nx.Graph) -> dict:
    """The graph as a JSON-ready dict; read it back with ``nx.node_link_graph(data, edges="edges")``."""
    data = nx.node_link_data(portable(graph), edges="edges")
    for edge in data["edges"]:
        if "relations" in edge:
            edge["relations"] = parse_relations(edge["relations"])
    return data


def write_node_link(graph: nx.Graph, path: str | os.PathLike) -> None:
    """Write ``graph`` atomically as node-link JSON (UTF-8)."""
    graph = portable(graph)
    with atomic_write(path, "w", encoding="utf-8") as handle:
        json.dump(to_node_link(graph), handle, ensure_ascii=False, allow_nan=False, indent=1)


def read_node_link(path: str | os.PathLike[str]) -> nx.Graph:
    """Read a node-link JSON file (``edges`` or networkx's older ``links`` key) as an undirected graph.

    ``relations`` lists go back to the contract's string (format_relations), as GraphML holds them.
    """
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
        edges = "links" if isinstance(data, dict) and "links" in data and "edges" not in data else "edges"
        graph = nx.node_link_graph(data, edges=edges)
    except FileNotFoundError as err:
        raise GraphFileError(f"{path}: no such graph file") from err
    except (OSError, ValueError, KeyError, TypeError, AttributeError, nx.NetworkXError) as err:
        raise GraphFileError(f"{path}: not a readable node-link JSON file: {err}") from err
    for *_, data in graph.edges(data=True):
        if isinstance(data.get("relations"), list):
            data["relations"] = format_relations(data["relations"])
    return nx.Graph(graph) if graph.is_directed() or graph.is_multigraph() else graph
