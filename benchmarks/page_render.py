"""How fast the graph page opens: headless Chromium, from file://, no network.

Measures, for the seed corpus's graph and a synthetic 3,000-node graph of the same
shape (heavy-tailed degrees, evidence on every edge): the time to write the page
(layout included) and the time from opening the page until vis-network has drawn it
once, as the median of several openings. The synthetic graph is dated over twelve
months, so its page has the date range (page/time.js): the time to filter it is
measured too, from setting a range until the filtered graph is drawn.

    python -m benchmarks.page_render [--runs 5] [--nodes 3000]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

import networkx as nx

import kgraph
from kgraph.contract import format_periods
from kgraph.export import html
from kgraph.export.layout import layout
from tests.browser import launch, open_page

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
TYPES = ("person", "organisation", "country")


def synthetic(nodes: int, *, seed: int = 1) -> nx.Graph:
    """A co-mention-like graph: a few hubs, many one-link entities, four evidence sentences per edge."""
    graph = nx.powerlaw_cluster_graph(nodes, 4, 0.3, seed=seed)
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


# From setting a range until vis-network has drawn what it keeps; each range differs from the last.
_FILTER = """async (ranges) => {
  const times = [];
  for (const [from, to] of ranges) {
    const drawn = new Promise((resolve) => network.once("afterDrawing", resolve));
    const start = performance.now();
    kgraphTime.setRange(from, to);
    await drawn;
    times.push(performance.now() - start);
  }
  return times;
}"""
_RANGES = [("2025-03", "2025-05"), ("2025-01", "2025-12"), ("2025-06", "2025-06"), ("2025-02", "2025-11"),
           ("2025-09", "2025-12"), ("2025-01", "2025-01"), ("2025-04", "2025-08")]


def seconds(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def measure(graph: nx.Graph, folder: Path, runs: int, chromium) -> dict:
    path = folder / f"{graph.graph['name']}.html"
    write = seconds(lambda: html.write_html(graph, path))
    drawn, filtered = [], []
    for _ in range(runs):
        with open_page(chromium, path) as run:
            assert not run.errors and run.requests == [path.resolve().as_uri()], (run.errors, run.requests)
            drawn.append(run.drawn_at())
            if graph.graph.get("period"):
                filtered += run.page.evaluate(_FILTER, _RANGES)
    result = {"graph": graph.graph["name"], "nodes": len(graph), "edges": graph.number_of_edges(),
              "layout_s": round(seconds(lambda: layout(graph)), 2), "write_s": round(write, 2),
              "page_mb": round(path.stat().st_size / 1e6, 1),
              "drawn_ms_median": round(statistics.median(drawn)), "drawn_ms_max": round(max(drawn))}
    if filtered:
        # the minimum too: on a shared machine, the closest to the cost itself
        result.update(date_filter_ms_min=round(min(filtered)), date_filter_ms_median=round(statistics.median(filtered)),
                      date_filter_ms_max=round(max(filtered)))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--nodes", type=int, default=3000)
    args = parser.parse_args()
    graphs = [kgraph.build([SEEDS], name="seeds"), synthetic(args.nodes)]
    with tempfile.TemporaryDirectory() as folder, launch() as chromium:
        for graph in graphs:
            print(json.dumps(measure(graph, Path(folder), args.runs, chromium)))


if __name__ == "__main__":
    main()
