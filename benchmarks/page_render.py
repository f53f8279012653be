"""How fast the graph page opens and answers: headless Chromium, from file://, no network.

Measures, for the seed corpus's graph and synthetic graphs of the same shape
(heavy-tailed degrees, evidence on every edge, PageRank and communities; by default
4,246 nodes / ~17,000 links, the size a 1M-word corpus makes, and 10,000 / ~50,000):
the time to write the page (layout included), the time from opening the page until
vis-network has drawn it once, and the time of each interaction, from the action
until the page is drawn again: one frame (as when panning), selecting the biggest hub and clearing it, the weight
filter and back, a type filter and back, a date range (the synthetic graphs are
dated over twelve months, page/time.js) and, on a graph larger than the page draws,
finding a node beyond the cap by search (selected, drawn and focused). Medians (and minima: on a shared machine,
the closest to the cost itself) over several openings.

    python -m benchmarks.page_render [--runs 5] [--nodes 4246 10000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

import networkx as nx

import kgraph
from kgraph.contract import format_periods
from kgraph.export import html
from kgraph.export.layout import layout, rank
from kgraph.graph.measures import annotate
from tests.browser import launch, open_page

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
TYPES = ("person", "organisation", "country")


def synthetic(nodes: int, *, links: int = 4, seed: int = 1) -> nx.Graph:
    """A co-mention-like graph: a few hubs, many one-link entities, four evidence sentences per edge.

    Each node joins with ``links`` links (about ``links × nodes`` in all).
    """
    graph = nx.powerlaw_cluster_graph(nodes, links, 0.3, seed=seed)
    graph = nx.relabel_nodes(graph, {node: f"entity_{node}" for node in graph})
    weights = random.Random(seed)
    graph.graph.update(name=f"synthetic-{nodes}", built="2025-01-01T00:00:00+00:00", model="none",
                       articles=nodes // 10, duplicates=0, skipped=0)
    for number, node in enumerate(graph):
        graph.nodes[node].update(label=f"Entity {number}", type=TYPES[number % 3], mentions=2 * graph.degree(node),
                                 articles=graph.degree(node), aliases=f"Entity {number}|E{number}")
    for a, b in graph.edges:
        sentence = f"{graph.nodes[a]['label']} met {graph.nodes[b]['label']} on Monday to discuss the plan, officials said."
        evidence = [{"text": sentence, "article": f"a{i}", "title": f"Article {i}", "url": f"https://example.org/{i}"}
                    for i in range(4)]
        graph.edges[a, b].update(weight=weights.choice((1, 1, 1, 2, 2, 3, 5, 8)), articles=1, evidence=json.dumps(evidence))
    _date(graph, weights)
    return graph


def measured(graph: nx.Graph) -> nx.Graph:
    """``graph`` with PageRank and communities, as a build gives them (the page ranks, caps and clusters by them)."""
    annotate(graph)
    return graph


def _date(graph: nx.Graph, draw: random.Random) -> None:
    """Spread each edge's weight over one to three consecutive months of 2025, as a dated build would count it."""
    months = [f"2025-{month:02d}" for month in range(1, 13)]
    named = {node: {} for node in graph}
    for a, b, data in graph.edges(data=True):
        start = draw.randrange(len(months))
        span = months[start:start + draw.choice((1, 1, 2, 3))]
        counts = {}
        for _ in range(data["weight"]):
            month = draw.choice(span)
            counts[month] = counts.get(month, 0) + 1
        data["periods"] = format_periods(counts)
        for node in (a, b):
            for month, n in counts.items():
                named[node][month] = named[node].get(month, 0) + n
    for node, counts in named.items():
        graph.nodes[node]["periods"] = format_periods(counts)
    articles = {month: draw.randrange(50, 400) for month in months}
    graph.graph.update(period="month", periods=format_periods(articles, empty=True), undated=0)


# Each interaction timed from the action until vis-network has drawn the page again, as a
# reader waits for it; a pause between them lets the last one's redraws finish.
_INTERACT = """async ({ hub, type, weight, ranges, beyond }) => {
  const pause = () => new Promise((resolve) => setTimeout(resolve, 100));
  const timed = async (action) => {
    await pause();
    const drawn = new Promise((resolve) => network.once("afterDrawing", resolve));
    const start = performance.now();
    action();
    await drawn;
    return performance.now() - start;
  };
  const input = (id, value) => {
    const control = document.getElementById(id);
    control.value = String(value);
    control.dispatchEvent(new Event("input"));
  };
  const box = (checked) => {
    const control = document.querySelector(`#legend input[value="${type}"]`);
    control.checked = checked;
    control.dispatchEvent(new Event("change"));
  };
  const times = {
    frame: await timed(() => network.redraw()),  // one frame, as when panning or zooming
    select_hub: await timed(() => network.emit("click", { nodes: [hub], edges: [] })),
    clear: await timed(() => network.emit("click", { nodes: [], edges: [] })),
    weight_filter: await timed(() => input("min-weight", weight)),
    weight_back: await timed(() => input("min-weight", 1)),
    type_filter: await timed(() => box(false)),
    type_back: await timed(() => box(true)),
    date_range: [],
  };
  if (beyond !== null) {  // found by search, selected and drawn
    times.search_beyond_cap = await timed(() => {
      const search = document.getElementById("search");
      search.value = beyond;
      search.dispatchEvent(new Event("input"));
      search.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
    });
  }
  for (const [from, to] of window.kgraphTime ? ranges : []) {
    times.date_range.push(await timed(() => kgraphTime.setRange(from, to)));
  }
  return times;
}"""
# Each range differs from the last.
_RANGES = [("2025-03", "2025-05"), ("2025-01", "2025-12"), ("2025-06", "2025-06"), ("2025-02", "2025-11"),
           ("2025-09", "2025-12"), ("2025-01", "2025-01"), ("2025-04", "2025-08")]


def seconds(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def measure(graph: nx.Graph, folder: Path, runs: int, chromium) -> dict:
    path = folder / f"{graph.graph['name']}.html"
    write = seconds(lambda: html.write_html(graph, path))
    hub = max(graph, key=graph.degree)
    ranked = rank(graph)
    beyond = graph.nodes[ranked[html.DRAWN_AT_MOST]]["label"] if len(graph) > html.DRAWN_AT_MOST else None
    interaction = {"hub": hub, "type": graph.nodes[hub]["type"], "weight": 3, "ranges": _RANGES, "beyond": beyond}
    drawn, times = [], {}
    for _ in range(runs):
        with open_page(chromium, path) as run:
            assert not run.errors and run.requests == [path.resolve().as_uri()], (run.errors, run.requests)
            drawn.append(run.drawn_at())
            for name, value in run.page.evaluate(_INTERACT, interaction).items():
                times.setdefault(name, []).extend(value if isinstance(value, list) else [value])
            assert not run.errors, run.errors
    result = {"graph": graph.graph["name"], "nodes": len(graph), "edges": graph.number_of_edges(),
              "layout_s": round(seconds(lambda: layout(graph)), 2), "write_s": round(write, 2),
              "page_mb": round(path.stat().st_size / 1e6, 1),
              "drawn_ms_median": round(statistics.median(drawn)), "drawn_ms_max": round(max(drawn))}
    for name, values in times.items():
        if values:
            result[f"{name}_ms_median"] = round(statistics.median(values))
            result[f"{name}_ms_min"] = round(min(values))
            result[f"{name}_ms_max"] = round(max(values))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--nodes", type=int, nargs="+", default=[4246, 10_000],
                        help="sizes of the synthetic graphs (joined with 4 links per node up to 5,000 nodes, else 5)")
    args = parser.parse_args()
    graphs = [kgraph.build([SEEDS], name="seeds"),
              *(measured(synthetic(nodes, links=4 if nodes <= 5000 else 5)) for nodes in args.nodes)]
    with tempfile.TemporaryDirectory() as folder, launch() as chromium:
        for graph in graphs:
            print(json.dumps({**measure(graph, Path(folder), args.runs, chromium),
                              "load": [round(load, 1) for load in os.getloadavg()]}), flush=True)


if __name__ == "__main__":
    main()
