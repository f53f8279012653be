"""The page's date range (page/time.js), in Chromium, against the GraphML's per-period counts."""

from __future__ import annotations

import networkx as nx
import pytest

from kgraph.contract import parse_periods
from kgraph.export import html
from tests.browser import open_page

pytestmark = pytest.mark.browser

EDGES, NODES = "kgraphTime.drawn().edges", "kgraphTime.drawn().nodes"


@pytest.fixture(scope="module")
def files(dated_folder):
    folder, _ = dated_folder
    return folder / "dated.html", nx.read_graphml(folder / "dated.graphml")


def orange_pixels(page) -> int:
    """Pixels of the "new in this range" colour on the graph's canvas."""
    return page.evaluate("""() => {
        const canvas = document.querySelector("#mynetwork canvas");
        const pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
        let found = 0;
        for (let at = 0; at < pixels.length; at += 4) {
          if (Math.abs(pixels[at] - 0xe8) < 12 && Math.abs(pixels[at + 1] - 0x71) < 12 && pixels[at + 2] < 40) found++;
        }
        return found;
    }""")


def in_range(graph: nx.Graph, periods: list[str], items) -> int:
    return sum(1 for data in items if set(parse_periods(data["periods"])) & set(periods))


def test_moving_the_range_shows_the_links_named_in_it(browser, files):
    page_file, graph = files
    months = list(parse_periods(graph.graph["periods"]))
    edges = [data for *_, data in graph.edges(data=True)]
    nodes = [data for _, data in graph.nodes(data=True)]
    with open_page(browser, page_file) as run:
        page = run.page
        assert page.evaluate("kgraphTime.periods") == months
        assert page.evaluate(EDGES) == len(edges) and page.evaluate(NODES) == len(nodes)
        assert page.text_content("#time-range") == f"{months[0]} – {months[-1]} and 1 undated"
        bars = page.eval_on_selector_all("#time .bar", "(bars) => bars.map((bar) => bar.title)")
        assert bars == [f"{month}: {n} article{'s' * (n != 1)}" for month, n in parse_periods(graph.graph["periods"]).items()]
        for start, end in [(1, 1), (0, 0), (2, 2), (1, 2)]:
            page.fill("#time-to", str(end))  # the handles as a user moves them
            page.fill("#time-from", str(start))
            page.fill("#time-to", str(end))
            shown = months[start:end + 1]
            assert page.evaluate("kgraphTime.range()") == {"from": shown[0], "to": shown[-1]}
            assert page.evaluate(EDGES) == in_range(graph, shown, edges), shown
            assert page.evaluate(NODES) == in_range(graph, shown, nodes), shown
            new = sum(1 for data in edges if min(parse_periods(data["periods"]), default="") in shown) if start else 0
            assert len(page.evaluate("kgraphTime.newLinks()")) == new, shown
        # June: Trump and Zelenskyy are new; their link is drawn over in the "new" colour
        page.evaluate("kgraphTime.setRange('2025-06', '2025-06')")
        assert page.text_content("#time-new-count") == "(1 link)"
        new = page.evaluate("network.body.data.edges.get(kgraphTime.newLinks()[0])")
        assert {new["from"], new["to"]} == {"donald_trump", "volodymyr_zelenskyy"}
        assert orange_pixels(page) > 20
        # the type filter takes people away and gives them back: the range still hides what it does not name
        june = page.evaluate("kgraphTime.drawn()")
        page.uncheck("#legend input[value=person]")
        assert page.evaluate(EDGES) < june["edges"]
        page.check("#legend input[value=person]")
        assert page.evaluate("kgraphTime.drawn()") == june
        page.uncheck("#time-new")
        assert page.evaluate("kgraphTime.newLinks()") == [] and orange_pixels(page) == 0
        page.evaluate("kgraphTime.setRange('2025-05', '2025-07')")
        assert page.evaluate(EDGES) == len(edges)  # the whole range again: undated links too
        assert run.errors == [] and run.violations() == []


def test_evidence_in_the_panel_carries_its_date(browser, files):
    page_file, _ = files
    with open_page(browser, page_file) as run:
        run.page.fill("#search", "Donald Trump")
        run.page.press("#search", "Enter")
        panel = run.page.text_content("#panel")
        assert "2025-06-03" in panel and "2025-07-02" in panel


def test_the_panel_rows_show_each_links_dates_and_outlets_and_sort_by_date(browser, files):
    page_file, graph = files
    hub = max(graph, key=lambda node: len({data.get("last_date") for *_, data in graph.edges(node, data=True)}))
    links = {graph.nodes[other]["label"]: graph[hub][other] for other in graph[hub]}
    with open_page(browser, page_file) as run:
        page = run.page
        page.fill("#search", graph.nodes[hub]["label"])
        page.press("#search", "Enter")
        page.select_option("#panel-sort", "date")
        rows = page.eval_on_selector_all("#panel-neighbours > li", """(rows) => rows.map((row) => [
            row.querySelector(".link-to").textContent, row.querySelector(":scope > .about").textContent])""")
    assert sorted(name for name, _ in rows) == sorted(links)
    lasts = [links[name].get("last_date", "") for name, _ in rows]
    assert lasts == sorted(lasts, reverse=True) and len(set(lasts)) > 1  # latest first
    for name, about in rows:
        first, last = links[name].get("first_date"), links[name].get("last_date")
        if first:
            assert (first if first == last else f"{first} – {last}") in about, about
        assert all(outlet in about for outlet in links[name].get("source_names", "").split("|")), about


def test_a_graph_without_dates_has_no_date_range(seed_graph):
    page = html.to_html(seed_graph)
    assert '"time":' not in page.split('id="kgraph-meta">')[1].split("</script>")[0]


def test_the_graph_saved_from_the_page_is_the_range_shown(browser, files, tmp_path):
    page_file, graph = files
    with open_page(browser, page_file) as run:
        run.page.evaluate("kgraphTime.setRange('2025-06', '2025-06')")
        with run.page.expect_download() as download:
            run.page.click("#save-graphml")
        download.value.save_as(tmp_path / "june.graphml")
    saved = nx.read_graphml(tmp_path / "june.graphml")
    assert set(saved) == {node for node, data in graph.nodes(data=True) if "2025-06" in parse_periods(data["periods"])}
    assert saved.number_of_edges() == sum(1 for *_, data in graph.edges(data=True)
                                          if "2025-06" in parse_periods(data["periods"]))
