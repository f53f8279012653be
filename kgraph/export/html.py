"""The graph page: one self-contained HTML file, drawn by vis-network through pyvis.

Everything the page needs is inline (vis-network from pyvis's own package, the page's
script and style from ``page/``), so it opens offline, from an e-mail attachment. Node
positions come from the build, so nothing moves or waits when it opens. The graph goes in
as JSON data blocks and the page builds every element with textContent: names and
evidence are article text, never markup. A Content-Security-Policy that admits only
these scripts (by hash) and no network is the second wall.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import math
import os
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping
from pathlib import Path
from typing import Any

import networkx as nx
import pyvis
from markupsafe import Markup
from pyvis.network import Network

from ..atomic import atomic_write
from ..contract import ALIAS_SEPARATOR, label_of, parse_evidence, parse_periods, parse_relations, relation_text
from ..words import plural
from .layout import OTHER_COLOUR, PICTURE, TYPE_COLOURS, picture, rank, spread

__all__ = ["to_html", "page_data", "write_html", "TYPE_COLOURS", "DRAWN_AT_MOST"]


_PAGE = Path(__file__).parent / "page"
_VIS = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js"
# Node attributes the page shows in their own place; every other one is listed as a fact.
_NODE_SHOWN = {"label", "type", "aliases", "mentions", "name", "periods", *PICTURE}
_EDGE_SHOWN = {"weight", "evidence", "relations", "periods"}
_WRITE_CHARS = 1 << 20
# The most nodes the page draws: the most important ones (PageRank, else mentions), with the
# links between them; search and the side panel reach the others. At 2,000 nodes (about 10,000
# links) vis-network opens, selects and filters within 200 ms on a 2-core machine; a 1M-word
# corpus makes about 4,000 (benchmarks/page_render.py, docs/page.md).
DRAWN_AT_MOST = 2000


def to_html(graph: nx.Graph, *, title: str | None = None, drawn_at_most: int = DRAWN_AT_MOST) -> str:
    """The page for ``graph``; ``title`` defaults to the graph's name; it draws at most ``drawn_at_most`` nodes."""
    heading = title or str(graph.graph.get("name") or "kgraph")
    network = Network(heading=heading, cdn_resources="in_line")
    data = page_data(graph, drawn_at_most=drawn_at_most)
    # The lists pyvis renders, built whole: its add_node and add_edge look every id up in a
    # list (quadratic), and a networkx Graph holds each node and each pair once already.
    network.nodes, network.edges = data["nodes"], data["edges"]
    assets = _assets()
    network.set_template_dir(f"{_PAGE}/", "page.html")
    network.templateEnv.autoescape = True  # the heading and summary go in as text
    network.templateEnv.globals.update(
        summary=_summary(graph), capped=_capped(graph, drawn_at_most), meta=data["meta"], style=Markup(assets["style"]),
        scripts=[Markup(script) for script in assets["scripts"]], csp=_csp(assets),
    )
    return str(network.generate_html(name=f"{heading}.html"))  # pyvis only checks the suffix


def page_data(graph: nx.Graph, *, drawn_at_most: int = DRAWN_AT_MOST) -> dict[str, Any]:
    """What the page holds: vis-network ``nodes`` and ``edges`` (with positions) and ``meta`` (legend, options,
    how many of the most important nodes it draws)."""
    ranked = rank(graph)
    drawn = picture(graph, ranked=ranked)
    # Least important first: vis-network draws in this order (the important last, on top),
    # and the page labels nodes in the reverse one.
    nodes = [_node(node, graph.nodes[node], drawn[node]) for node in reversed(ranked)]
    edges = [_edge(a, b, data, graph) for a, b, data in graph.edges(data=True)]
    timeline = _timeline(graph)
    if timeline:
        _add_times(nodes, (graph.nodes[node] for node in reversed(ranked)), timeline)
        _add_times(edges, (data for *_, data in graph.edges(data=True)), timeline)
    return {
        "nodes": nodes,
        "edges": edges,
        "meta": {
            "types": _legend(graph),
            "maxWeight": max((weight for *_, weight in graph.edges(data="weight", default=1)), default=1),
            "drawAtMost": drawn_at_most,
            "options": _vis_options(spread(len(graph)), edges=graph.number_of_edges()),
            **({"time": timeline} if timeline else {}),
        },
    }


def write_html(graph: nx.Graph, path: str | os.PathLike[str], *, title: str | None = None,
               drawn_at_most: int = DRAWN_AT_MOST) -> None:
    """Write the interactive page for ``graph`` atomically (UTF-8), to open in any browser.

    Args:
        graph: the graph to show (kgraph's, or any networkx graph; laid out unless it carries
            kgraph's picture, see kgraph.export.layout).
        path: the file to write.
        title: the page's heading; default: the graph's ``name``.
        drawn_at_most: a larger graph is drawn as its most important nodes (PageRank, else
            mentions) and the links between them, with a note saying so; search and the side
            panel reach every node.

    Returns:
        None.

    Raises:
        OSError: the file cannot be written.

    Example:
        >>> import kgraph, tempfile, pathlib
        >>> page = pathlib.Path(tempfile.mkdtemp()) / "seeds.html"
        >>> kgraph.write_html(kgraph.read_graphml("graphs/seeds.graphml"), page, title="Seeds")
        >>> "vis-network" in page.read_text(encoding="utf-8")
        True
    """
    page = to_html(graph, title=title, drawn_at_most=drawn_at_most)
    with atomic_write(path, "w", encoding="utf-8") as handle:
        # In slices: encoding the page in one piece would hold a second, UTF-8 copy of it.
        for start in range(0, len(page), _WRITE_CHARS):
            handle.write(page[start:start + _WRITE_CHARS])


def _node(node: Hashable, data: dict[str, Any], drawn: dict[str, Any]) -> dict[str, Any]:
    """A vis-network node as the picture has it, with what the search and panel read: type, mentions, aliases, facts."""
    name, kind, mentions = label_of(str(node), data), str(data.get("type", "")), int(data.get("mentions", 0))
    return {
        "color": "#{r:02x}{g:02x}{b:02x}".format(**drawn), "size": drawn["size"],
        "x": drawn["x"], "y": -drawn["y"],  # the canvas's y grows downward
        "title": f"{name} ({kind or 'entity'}), {mentions} mentions",  # vis-network shows string titles as text
        "type": kind, "mentions": mentions,
        "aliases": [alias for alias in str(data.get("aliases", "")).split(ALIAS_SEPARATOR) if alias],
        "facts": {key: _fact(value) for key, value in data.items() if key not in _NODE_SHOWN},
        "id": str(node), "label": name or str(node), "shape": "dot",
    }


def _edge(a: Hashable, b: Hashable, data: dict[str, Any], graph: nx.Graph) -> dict[str, Any]:
    """A vis-network edge (undirected: vis-network draws no arrows unless asked), with its evidence, relations
    (kgraph build --relations; as the edge's tooltip too) and facts."""
    weight = int(data.get("weight", 1))
    said = parse_relations(data.get("relations", ""))
    name = lambda node: label_of(node, graph.nodes[node]) if node in graph else str(node)  # noqa: E731
    return {
        "value": weight, "weight": weight,
        **({"relations": said, "title": "; ".join(relation_text(r, name) for r in said)} if said else {}),
        "evidence": parse_evidence(data.get("evidence", "")),
        "facts": {key: _fact(value) for key, value in data.items() if key not in _EDGE_SHOWN},
        "from": str(a), "to": str(b),
    }


def _timeline(graph: nx.Graph) -> dict[str, Any] | None:
    """What the page's date range (page/time.js) spans: the periods, their articles, the undated ones."""
    counts = parse_periods(str(graph.graph.get("periods", ""))) if graph.graph.get("period") else {}
    if not counts:
        return None
    return {"period": str(graph.graph["period"]), "periods": list(counts), "articles": list(counts.values()),
            "undated": int(graph.graph.get("undated", 0))}


def _add_times(items: list[dict[str, Any]], attributes: Iterable[Mapping[str, Any]], timeline: dict[str, Any]) -> None:
    """Give each vis-network node or edge its windows per period as a flat [period index, count, ...] list."""
    index = {period: number for number, period in enumerate(timeline["periods"])}
    for item, data in zip(items, attributes):
        item["time"] = [value for period, n in parse_periods(str(data.get("periods", ""))).items() if period in index
                        for value in (index[period], n)]


def _fact(value: object) -> object:
    return round(value, 4) if isinstance(value, float) else value


def _legend(graph: nx.Graph) -> list[dict[str, Any]]:
    counts = Counter(str(kind) for _, kind in graph.nodes(data="type", default=""))
    order = [*TYPE_COLOURS, *sorted(set(counts) - set(TYPE_COLOURS))]
    return [{"type": kind, "colour": TYPE_COLOURS.get(kind, OTHER_COLOUR), "count": counts[kind]}
            for kind in order if counts[kind]]


def _summary(graph: nx.Graph) -> str:
    """One line: corpus, counts, build date and model."""
    attrs = graph.graph
    articles = attrs.get("articles")
    parts = [plural(articles, "article") if isinstance(articles, int) else "? articles",
             plural(len(graph), "entity", "entities"), plural(graph.number_of_edges(), "link")]
    if attrs.get("built"):
        parts.append(f"built {str(attrs['built'])[:16].replace('T', ' ')} UTC")
    if attrs.get("model"):
        parts.append(f"model {attrs['model']}")
    return f"{attrs.get('name', 'graph')}: " + " · ".join(parts)


def _capped(graph: nx.Graph, drawn_at_most: int) -> str:
    """The note a page drawing only part of its graph shows (empty when it draws all of it)."""
    if len(graph) <= drawn_at_most:
        return ""
    basis = "PageRank" if any("pagerank" in data for _, data in graph.nodes(data=True)) else "mentions"
    return (f"Drawn: the {drawn_at_most:,} most important of {len(graph):,} entities (by {basis}) and the links "
            "between them. Search, or a name in a node's panel, brings up any of the others.")


def _vis_options(spread: float, *, edges: int) -> dict[str, Any]:
    """vis-network options: sizes follow the drawing's spread, so they read the same at every size.

    Edges fade as they grow in number, so thousands of them stay a haze rather than a wall.
    """
    opacity = round(min(0.45, max(0.12, 0.45 * math.sqrt(500 / max(edges, 1)))), 2)
    return {
        "autoResize": True,
        # Sizes come with the nodes (the picture); no labels from vis-network: the page draws them
        # itself (page/labels.js), only where they collide with none.
        "nodes": {"shape": "dot"},
        "edges": {"smooth": False, "color": {"color": "#9aa0a6", "highlight": "#3c4043", "opacity": opacity},
                  "scaling": {"min": spread / 500, "max": spread / 80}, "selectionWidth": 2},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": True, "hideEdgesOnZoom": True},
        "physics": {"enabled": False, "solver": "forceAtlas2Based", "stabilization": False,
                    "forceAtlas2Based": {"springLength": spread / 8, "gravitationalConstant": -spread / 4}},
        "layout": {"improvedLayout": False},
    }


# The page's own scripts, run in this order after vis-network: the modules first, each adding
# its part to window.KGraph, then page.js, which wires them to the graph.
_SCRIPTS = ("labels.js", "share.js", "time.js", "page.js")


@functools.cache
def _assets() -> dict[str, Any]:
    return {
        "scripts": [_VIS.read_text(encoding="utf-8"),
                    *((_PAGE / name).read_text(encoding="utf-8") for name in _SCRIPTS)],
        "style": "\n".join((_PAGE / name).read_text(encoding="utf-8") for name in ("page.css", "time.css")),
    }


def _csp(assets: dict[str, Any]) -> str:
    """Only these scripts and this style run; nothing is fetched, sent or framed."""
    scripts = " ".join(_hash(script) for script in assets["scripts"])
    return (f"default-src 'none'; script-src {scripts}; style-src {_hash(assets['style'])}; "
            "img-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'")


def _hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"
