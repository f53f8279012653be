"""GraphML that Gephi, Cytoscape, igraph and networkx load.

networkx's writer is used, after every value is made a scalar and every string
is stripped of characters XML 1.0 forbids.
"""

from __future__ import annotations

import os
import re
from xml.etree.ElementTree import ParseError

import networkx as nx

from ..errors import GraphFileError
from .atomic import atomic_write

__all__ = ["write_graphml", "read_graphml"]

_XML_ILLEGAL = re.compile(r"[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def write_graphml(graph: nx.Graph, path: str | os.PathLike) -> None:
    """Write ``graph`` atomically as GraphML."""
    clean = nx.Graph()
    clean.graph.update(_scalars(graph.graph))
    clean.add_nodes_from((str(n), _scalars(d)) for n, d in graph.nodes(data=True))
    clean.add_edges_from((str(a), str(b), _scalars(d)) for a, b, d in graph.edges(data=True))
    with atomic_write(path, "wb") as handle:
        nx.write_graphml(clean, handle, encoding="utf-8")


def read_graphml(path: str | os.PathLike) -> nx.Graph:
    """Read a GraphML file as an undirected graph."""
    try:
        graph = nx.read_graphml(path)
    except FileNotFoundError as err:
        raise GraphFileError(f"{path}: no such graph file") from err
    except (ParseError, nx.NetworkXError, ValueError) as err:
        raise GraphFileError(f"{path}: not a readable GraphML file: {err}") from err
    return nx.Graph(graph) if graph.is_directed() or graph.is_multigraph() else graph


def _scalars(attributes: dict) -> dict:
    """GraphML holds only scalars: join lists, drop None, strip XML-illegal characters."""
    result = {}
    for key, value in attributes.items():
        if value is None:
            continue
        if isinstance(value, (list, tuple, set, frozenset)):
            value = "|".join(str(v) for v in value)
        if isinstance(value, str):
            value = _XML_ILLEGAL.sub("", value)
        elif not isinstance(value, (bool, int, float)):
            value = _XML_ILLEGAL.sub("", str(value))
        result[key] = value
    return result
