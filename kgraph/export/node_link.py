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
from ..contract import parse_relations
from .portable import portable

__all__ = ["to_node_link", "write_node_link"]


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
