"""The interactive graph page, made with pyvis."""

from __future__ import annotations

import os

import networkx as nx
from pyvis.network import Network

from .atomic import atomic_write

__all__ = ["to_html", "write_html", "TYPE_COLOURS"]

TYPE_COLOURS = {"person": "#e15759", "organisation": "#4e79a7", "country": "#59a14f"}
_LAYOUT_SCALE = 1000


def to_html(graph: nx.Graph, *, title: str = "kgraph") -> str:
    """A page that draws ``graph`` with positions computed here, physics off."""
    network = Network(height="100vh", width="100%", cdn_resources="in_line", heading="")
    positions = nx.spring_layout(graph, seed=7, weight="weight") if len(graph) else {}
    for node, data in graph.nodes(data=True):
        x, y = positions[node]
        network.add_node(
            node,
            label=str(data.get("label", node)),
            title=f"{data.get('label', node)} ({data.get('type', '')}), {data.get('mentions', 0)} mentions",
            color=TYPE_COLOURS.get(data.get("type"), "#bab0ac"),
            value=int(data.get("mentions", 1)),
            x=float(x * _LAYOUT_SCALE),
            y=float(y * _LAYOUT_SCALE),
        )
    for a, b, data in graph.edges(data=True):
        network.add_edge(a, b, value=int(data.get("weight", 1)))
    network.toggle_physics(False)
    return network.generate_html(name=f"{title}.html")  # pyvis only checks the suffix


def write_html(graph: nx.Graph, path: str | os.PathLike, *, title: str = "kgraph") -> None:
    with atomic_write(path, "w", encoding="utf-8") as handle:
        handle.write(to_html(graph, title=title))
