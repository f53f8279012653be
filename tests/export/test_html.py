"""The graph page: self-contained, drawn from build-time positions, safe with hostile text.

The browser tests open the page in the system Chromium (tests/browser.py) from file://.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import json
import math
import os
import re
import subprocess
import sys

import lxml.html
import networkx as nx
import pytest

import kgraph
from kgraph.export import html
from kgraph.export.layout import BACKBONE, layout, rank
from kgraph.graph.measures import annotate
from tests.browser import node_on_screen, open_page

HOSTILE = ["<img src=x onerror=alert(1)>", "</script><script>window.__pwned = 1; alert(2)</script>",
           '"><svg onload=alert(3)> href="javascript:alert(4)"']


@pytest.fixture
def hostile_graph() -> nx.Graph:
    """Names, aliases, evidence and article metadata written to break out of the page."""
    graph = nx.Graph(name="<b>hostile</b>", built="2025-01-01T00:00:00+00:00", model="</title><script>alert(5)</script>",
                     articles=2, duplicates=0, skipped=0)
    evidence = [{"text": text, "article": "a1", "title": f"{text} href", "url": "javascript:alert(6)"} for text in HOSTILE]
    evidence.append({"text": "A plain sentence.", "article": "a2", "title": "Safe link", "url": "https://example.org/a2"})
    graph.add_node("bad_name", label=HOSTILE[0], type="person", mentions=3, articles=1, aliases="|".join(HOSTILE))
    graph.add_node("bad_type", label="Type", type="<i>odd</i>", mentions=1, articles=1, aliases="href")
    graph.add_node("UKR", label=HOSTILE[1], type="country", mentions=2, articles=1, aliases="Ukraine", iso3="UKR")
    graph.add_edge("bad_name", "UKR", weight=4, articles=2, evidence=json.dumps(evidence))
    graph.add_edge("bad_name", "bad_type", weight=1, articles=1, evidence=json.dumps(evidence[:1]))
    return graph


def data_blocks(page: str) -> dict:
    tree = lxml.html.fromstring(page)
    return {script.get("id"): json.loads(script.text) for script in tree.iter("script") if script.get("type")}


def executable_scripts(page: str) -> list[str]:
    return [script.text for script in lxml.html.fromstring(page).iter("script") if not script.get("type")]


def test_page_holds_the_graph_as_data(seed_graph):
    blocks = data_blocks(html.to_html(seed_graph))
    nodes = {node["id"]: node for node in blocks["kgraph-nodes"]}
    assert set(nodes) == set(seed_graph)
    zelenskyy = next(node for node in nodes.values() if node["label"] == "Volodymyr Zelenskyy")
    assert zelenskyy["type"] == "person" and zelenskyy["mentions"] == seed_graph.nodes[zelenskyy["id"]]["mentions"]
    assert "Zelenskyy" in zelenskyy["aliases"]
    edges = blocks["kgraph-edges"]
    assert len(edges) == seed_graph.number_of_edges()
    assert all(edge["evidence"] and edge["evidence"][0]["text"] for edge in edges)
    assert {entry["type"] for entry in blocks["kgraph-meta"]["types"]} == {"person", "organisation", "country"}


def test_page_needs_nothing_from_outside(seed_graph):
    page = html.to_html(seed_graph)
    tree = lxml.html.fromstring(page)
    assert not [element for element in tree.iter() if element.get("src")]
    assert [link.get("href") for link in tree.iter("link")] == ["data:,"]
    assert "vis.Network" in executable_scripts(page)[-1] and "@version 9.1.2" in executable_scripts(page)[0]


def test_csp_admits_exactly_the_page_scripts_and_no_network(seed_graph):
    page = html.to_html(seed_graph)
    tree = lxml.html.fromstring(page)
    policy = tree.find(".//meta[@http-equiv='Content-Security-Policy']").get("content")
    directives = dict(rule.strip().split(" ", 1) for rule in policy.split(";"))
    assert directives["default-src"] == "'none'" and directives["connect-src"] == "'none'"
    hashes = {"'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"
              for text in executable_scripts(page)}
    assert set(directives["script-src"].split()) == hashes
    assert "unsafe" not in policy


def test_hostile_text_stays_data(hostile_graph):
    page = html.to_html(hostile_graph)
    assert page.count("</script>") == 8  # three data blocks, vis-network and the page's four scripts
    assert len(executable_scripts(page)) == 5
    for text in HOSTILE:
        assert text not in page
    tree = lxml.html.fromstring(page)
    assert tree.findtext(".//title") == "<b>hostile</b>"
    assert "</title><script>alert(5)</script>" in tree.get_element_by_id("summary").text
    nodes = {node["id"]: node for node in data_blocks(page)["kgraph-nodes"]}
    assert nodes["bad_name"]["label"] == HOSTILE[0] and nodes["bad_name"]["aliases"] == HOSTILE


def test_layout_places_every_node_deterministically():
    graph = nx.barabasi_albert_graph(BACKBONE + 200, 2, seed=1)
    graph.add_edges_from([("lone_a", "lone_b")])
    graph.add_node("isolate")
    for node in graph:
        graph.nodes[node]["mentions"] = graph.degree(node) + 1
    positions = layout(graph)
    assert set(positions) == set(graph)
    assert positions == layout(graph)
    assert all(abs(x) <= 1 and abs(y) <= 1 for x, y in positions.values())
    assert len({(round(x, 6), round(y, 6)) for x, y in positions.values()}) == len(graph)
    # the small parts lie in a row under the main one, not on a ring around it
    main_bottom = max(y for node, (_, y) in positions.items() if isinstance(node, int))
    assert all(positions[node][1] > main_bottom for node in ("lone_a", "lone_b", "isolate"))
    assert layout(nx.Graph()) == {}
    assert layout(nx.empty_graph(["only"])) == {"only": (0.0, 0.0)}


def test_layout_does_not_follow_the_hash_seed(tmp_path):
    """Node ids are strings, whose set order changes from one Python process to the next."""
    graph = nx.relabel_nodes(nx.les_miserables_graph(), lambda name: name.replace(".", "_"))
    nx.set_node_attributes(graph, dict(graph.degree), "mentions")
    path = tmp_path / "graph.graphml"
    nx.write_graphml(graph, path)
    script = ("import sys, networkx; from kgraph.export.layout import layout; "
              f"print(sorted(layout(networkx.read_graphml({str(path)!r})).items()))")
    runs = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert len(runs) == 1


def test_layout_keeps_minor_nodes_beside_their_link():
    """A one-link node beyond the backbone sits nearer its neighbour than nodes are apart on average."""
    graph = nx.barabasi_albert_graph(BACKBONE, 2, seed=3)
    for node in range(BACKBONE):
        graph.add_edge(f"leaf_{node}", node)
    nx.set_node_attributes(graph, {node: graph.degree(node) + (0 if isinstance(node, str) else 10) for node in graph},
                           "mentions")
    positions = layout(graph)
    leaves = [math.dist(positions[f"leaf_{node}"], positions[node]) for node in range(BACKBONE)]
    spacing = 2 / math.sqrt(len(graph))  # the mean distance between nodes spread evenly over [-1, 1]²
    assert max(leaves) < spacing


def test_write_html_writes_the_page(tmp_path, hostile_graph):
    target = tmp_path / "deep" / "page.html"
    kgraph.write_html(hostile_graph, target, title="Week 48")
    assert lxml.html.parse(str(target)).findtext(".//h1") == "Week 48"


@pytest.fixture(scope="module")
def seed_files(seed_graph, tmp_path_factory):
    folder = tmp_path_factory.mktemp("seed-page")
    kgraph.write_graphml(seed_graph, folder / "seeds.graphml")
    kgraph.write_html(seed_graph, folder / "seeds.html")
    return folder


@pytest.mark.browser
def test_seed_page_opens_offline_and_clean(browser, seed_files):
    with open_page(browser, seed_files / "seeds.html") as run:
        assert run.requests == [(seed_files / "seeds.html").resolve().as_uri()]
        assert run.errors == [] and run.violations() == [] and run.dialogs == []
        drawn = run.page.evaluate("network.body.data.nodes.length")
        assert drawn == len(kgraph.read_graphml(seed_files / "seeds.graphml"))
        assert run.page.evaluate("network.physics.options.enabled") is False


def select_by_search(page, text: str) -> None:
    page.fill("#search", text)
    page.press("#search", "Enter")


@pytest.mark.browser
def test_search_by_alias_focuses_the_node(browser, seed_files, seed_graph):
    node, data = next((node, data) for node, data in seed_graph.nodes(data=True) if data["label"] == "Volodymyr Zelenskyy")
    alias = next(alias for alias in data["aliases"].split("|") if alias != data["label"])
    with open_page(browser, seed_files / "seeds.html") as run:
        select_by_search(run.page, alias.lower())
        assert run.page.evaluate("network.getSelectedNodes()") == [node]
        # focused: centred in the part of the graph that the side panel leaves visible
        run.page.wait_for_function(
            """(id) => { const at = network.canvasToDOM(network.getPositions([id])[id]);
                         const graph = document.getElementById("mynetwork"), panel = document.getElementById("panel");
                         const middle = (graph.clientWidth - panel.offsetWidth) / 2;
                         return Math.abs(at.x - middle) < 2 && Math.abs(at.y - graph.clientHeight / 2) < 2; }""",
            arg=node)
        assert run.page.text_content("#panel-name") == "Volodymyr Zelenskyy"
        assert alias in run.page.text_content("#panel-aliases")


@pytest.mark.browser
def test_click_shows_neighbours_and_evidence(browser, seed_files, seed_graph):
    node = max(seed_graph, key=lambda n: seed_graph.nodes[n]["mentions"])
    strongest = max(seed_graph[node], key=lambda other: seed_graph[node][other]["weight"])
    sentence = kgraph.contract.parse_evidence(seed_graph[node][strongest]["evidence"])[0]["text"]
    with open_page(browser, seed_files / "seeds.html") as run:
        assert run.page.is_hidden("#panel")
        run.page.mouse.click(*node_on_screen(run.page, node))
        assert run.page.is_visible("#panel")
        assert run.page.text_content("#panel-name") == seed_graph.nodes[node]["label"]
        first = run.page.locator("#panel-neighbours > li").first
        assert seed_graph.nodes[strongest]["label"] in first.text_content()
        assert sentence in first.text_content()
        dimmed = run.page.evaluate("Object.values(network.body.nodes)"
                                   ".filter((n) => n.options.color.background.startsWith('rgba')).length")
        assert dimmed == len(seed_graph) - 1 - seed_graph.degree(node)
        run.page.keyboard.press("Escape")
        assert run.page.is_hidden("#panel")


@pytest.mark.browser
def test_filters_and_reset(browser, seed_files, seed_graph):
    people = sum(1 for _, kind in seed_graph.nodes(data="type") if kind == "person")
    with open_page(browser, seed_files / "seeds.html") as run:
        count = "network.body.nodeIndices.length"  # drawn: the filters hide, they do not remove
        run.page.uncheck("#legend input[value=person]")
        assert run.page.evaluate(count) == len(seed_graph) - people
        run.page.fill("#min-weight", "3")
        weights = run.page.evaluate("network.body.data.edges.get(network.body.edgeIndices).map((e) => e.weight)")
        assert weights and min(weights) >= 3
        assert len(weights) == sum(1 for a, b, w in seed_graph.edges(data="weight")
                                   if w >= 3 and "person" not in (seed_graph.nodes[a]["type"], seed_graph.nodes[b]["type"]))
        run.page.click("#reset")
        assert run.page.evaluate(count) == len(seed_graph)
        assert run.page.evaluate("network.body.edgeIndices.length") == seed_graph.number_of_edges()
        run.page.check("#physics")
        assert run.page.evaluate("network.physics.options.enabled") is True
        assert run.errors == []


@pytest.mark.browser
def test_hostile_names_and_evidence_do_not_run(browser, hostile_graph, tmp_path):
    kgraph.write_html(hostile_graph, tmp_path / "hostile.html")
    with open_page(browser, tmp_path / "hostile.html") as run:
        page = run.page
        select_by_search(page, "onerror")
        assert page.evaluate("network.getSelectedNodes()") == ["bad_name"]
        assert page.text_content("#panel-name") == HOSTILE[0]
        panel = page.text_content("#panel")
        assert all(text in panel for text in HOSTILE)
        page.wait_for_timeout(500)  # the focus animation (400 ms) moves the nodes
        page.keyboard.press("Escape")  # the panel may cover the node
        page.mouse.click(*node_on_screen(page, "UKR"))
        assert page.text_content("#panel-name") == HOSTILE[1]
        hrefs = page.eval_on_selector_all("#panel a", "(links) => links.map((a) => a.href)")
        assert hrefs == ["https://example.org/a2"]
        assert page.evaluate("document.querySelectorAll('img, svg, b, i').length") == 0
        assert page.evaluate("window.__pwned") is None
        assert run.dialogs == [] and run.errors == [] and run.violations() == []
        assert page.title() == "<b>hostile</b>"
        assert re.search(r"<i>odd</i> \(1\)", page.text_content("#legend"))
        select_by_search(page, "HREF")  # an alias only: the node is labelled "Type"
        assert page.evaluate("network.getSelectedNodes()") == ["bad_type"]


def overlapping(boxes: list[dict]) -> list[tuple[str, str]]:
    return [(a["id"], b["id"]) for i, a in enumerate(boxes) for b in boxes[i + 1:]
            if a["left"] < b["right"] and b["left"] < a["right"] and a["top"] < b["bottom"] and b["top"] < a["bottom"]]


@pytest.fixture(scope="module")
def page_of_300(tmp_path_factory) -> tuple:
    """A 300-node co-mention-like graph (a few hubs, many minor nodes) with names of real lengths."""
    graph = nx.relabel_nodes(nx.powerlaw_cluster_graph(300, 3, 0.3, seed=2), lambda node: f"entity_{node}")
    first = ["Anna", "Oleksandr", "Maria", "Jean-Luc", "Kaja", "Volodymyr", "Li", "Friedrich", "Ursula", "Ed"]
    last = ["Kallas", "Zelenskyy", "Syrskyi", "von der Leyen", "Merz", "Arnold", "Wei", "Ivashchenko", "Savill",
            "Nunes"]
    for number, node in enumerate(graph):
        graph.nodes[node].update(label=f"{first[number % 10]} {last[number * 7 % 10]} {number}",
                                 type=("person", "organisation", "country")[number % 3],
                                 mentions=2 * graph.degree(node), articles=graph.degree(node), aliases="")
    for number, (a, b) in enumerate(graph.edges):
        graph.edges[a, b].update(weight=1 + number % 3, evidence=json.dumps([{"text": "Both met.", "article": "a1"}]))
    annotate(graph)
    path = tmp_path_factory.mktemp("page-300") / "300.html"
    kgraph.write_html(graph, path)
    return graph, path


@pytest.mark.browser
def test_labels_never_overlap_and_more_appear_on_zoom(browser, seed_files, page_of_300):
    for path in (seed_files / "seeds.html", page_of_300[1]):
        with open_page(browser, path) as run:
            boxes = run.page.evaluate("kgraphLabels")
            assert len(boxes) >= 15 and overlapping(boxes) == []
            order = run.page.evaluate("network.body.data.nodes.getIds().reverse()")  # most important first
            labelled = {box["id"] for box in boxes}
            assert set(order[:5]) <= labelled
            hidden = next(node for node in reversed(order) if node not in labelled)  # a label missing: zoom in there
            # The labels are placed at every frame: read them once the zoomed view is drawn.
            run.page.evaluate("(id) => new Promise((drawn) => { network.once('afterDrawing', () => setTimeout(drawn));"
                              " network.moveTo({scale: network.getScale() * 4,"
                              " position: network.getPositions([id])[id]}); })", hidden)
            zoomed = run.page.evaluate("kgraphLabels")
            assert overlapping(zoomed) == []
            assert max(order.index(box["id"]) for box in zoomed) > max(order.index(node) for node in labelled)
            assert run.errors == []


@pytest.mark.browser
def test_labels_are_dark_text_outlined_in_white_and_only_the_pages_own(browser, seed_files, seed_graph):
    # Every text the canvas draws in one frame, with the colours it is drawn in: a label in
    # vis-network's own font colour, or white over a node's fill, would show here.
    with open_page(browser, seed_files / "seeds.html") as run:
        calls = run.page.evaluate("""() => new Promise((done) => {
            const calls = [];
            const proto = CanvasRenderingContext2D.prototype;
            const fill = proto.fillText, stroke = proto.strokeText;
            proto.fillText = function (text, ...rest) {
              calls.push(["fill", String(text), String(this.fillStyle), 0]); return fill.call(this, text, ...rest); };
            proto.strokeText = function (text, ...rest) {
              calls.push(["stroke", String(text), String(this.strokeStyle), this.lineWidth]);
              return stroke.call(this, text, ...rest); };
            network.once("afterDrawing", () => setTimeout(() => {
              proto.fillText = fill; proto.strokeText = stroke; done(calls); }));
            network.redraw();
        })""")
        labels = sorted(seed_graph.nodes[box["id"]]["label"] for box in run.page.evaluate("kgraphLabels"))
    assert len(labels) >= 15
    assert sorted(text for kind, text, *_ in calls if kind == "fill") == labels  # vis-network draws no text
    assert {(kind, style, width) for kind, _, style, width in calls} == {
        ("fill", "#202124", 0), ("stroke", "rgba(255, 255, 255, 0.92)", 4)}  # dark text, white outline


def drawn_colours(page) -> dict:
    """Every node's and edge's colour as vis-network draws it (its parsed options)."""
    return page.evaluate("""() => ({
        nodes: Object.fromEntries(Object.values(network.body.nodes)
            .map((n) => [n.id, JSON.stringify(n.options.color)])),
        edges: Object.fromEntries(Object.values(network.body.edges)
            .map((e) => [e.id, JSON.stringify(e.options.color)])),
    })""")


@pytest.mark.browser
@pytest.mark.parametrize("way", ["background", "escape", "close", "reset"])
def test_the_fade_clears(browser, seed_files, seed_graph, way):
    hub = max(seed_graph, key=seed_graph.degree)
    with open_page(browser, seed_files / "seeds.html") as run:
        page = run.page
        before = drawn_colours(page)
        page.mouse.click(*node_on_screen(page, hub))
        faded = drawn_colours(page)
        assert sum(faded["nodes"][node] != before["nodes"][node] for node in before["nodes"]) == \
            len(seed_graph) - 1 - seed_graph.degree(hub)
        if way == "background":
            box = page.locator("#mynetwork").bounding_box()
            page.mouse.click(box["x"] + 3, box["y"] + box["height"] - 3)  # a corner: no node there
        elif way == "escape":
            page.keyboard.press("Escape")
        else:
            page.click("#close" if way == "close" else "#reset")
        assert drawn_colours(page) == before
        assert page.evaluate("network.getSelectedNodes()") == [] and page.is_hidden("#panel")


@pytest.mark.browser
def test_panel_lists_every_neighbour_sortable_with_evidence_closed(browser, seed_files, seed_graph):
    hub = max(seed_graph, key=seed_graph.degree)
    labels = sorted(seed_graph.nodes[other]["label"] for other in seed_graph[hub])
    with open_page(browser, seed_files / "seeds.html") as run:
        page = run.page
        page.mouse.click(*node_on_screen(page, hub))
        rows = page.locator("#panel-neighbours > li")
        assert page.text_content("#panel-count") == str(len(labels))
        assert sorted(rows.locator(".link-to").all_text_contents()) == labels
        assert page.eval_on_selector_all("#panel-neighbours details", "(all) => all.filter((d) => d.open).length") == 0
        first = rows.first
        assert first.locator(".evidence").is_hidden()
        first.locator("summary").click()
        assert first.locator(".evidence").is_visible()
        heaviest = max(weight for *_, weight in seed_graph.edges(hub, data="weight"))
        assert f" · {heaviest} sentences" in first.locator(".about").text_content()  # sorted by weight first
        page.select_option("#panel-sort", "npmi")
        by_label = {seed_graph.nodes[other]["label"]: seed_graph[hub][other]["npmi"] for other in seed_graph[hub]}
        shown = [by_label[name] for name in rows.locator(".link-to").all_text_contents()]
        assert shown == sorted(shown, reverse=True)
        facts = page.text_content("#panel-facts")
        assert f"of {len(seed_graph)} (PageRank)" in facts and "cluster" in facts and "community" not in facts


@pytest.mark.browser
def test_search_without_a_match_says_so_and_suggests(browser, seed_files):
    with open_page(browser, seed_files / "seeds.html") as run:
        run.page.fill("#search", "Zelenskyi")
        items = run.page.locator("#matches li")
        assert "No name or alias contains" in items.first.text_content()
        assert "Volodymyr Zelenskyy" in items.all_text_contents()[1:]
        items.filter(has_text="Volodymyr Zelenskyy").dispatch_event("mousedown")
        assert run.page.text_content("#panel-name") == "Volodymyr Zelenskyy"


@pytest.mark.browser
def test_the_url_fragment_reopens_the_view(browser, seed_files, seed_graph):
    hub = max(seed_graph, key=seed_graph.degree)
    with open_page(browser, seed_files / "seeds.html") as run:
        page = run.page
        page.uncheck("#legend input[value=organisation]")
        page.fill("#min-weight", "2")
        page.mouse.click(*node_on_screen(page, hub))
        page.evaluate("network.moveTo({scale: 1.7, animation: {duration: 50}})")  # as a reader zooms: an event
        page.wait_for_function("() => location.hash.includes('zoom=1.7')")
        fragment = page.evaluate("location.hash")
        shown = page.evaluate("[...network.body.nodeIndices].sort()")
    with open_page(browser, seed_files / "seeds.html", fragment=fragment) as run:
        page = run.page
        assert page.evaluate("network.getSelectedNodes()") == [hub]
        assert page.text_content("#panel-name") == seed_graph.nodes[hub]["label"]
        assert not page.is_checked("#legend input[value=organisation]") and page.input_value("#min-weight") == "2"
        assert page.evaluate("[...network.body.nodeIndices].sort()") == shown
        assert page.evaluate("network.getScale()") == pytest.approx(1.7)
        assert run.requests == [(seed_files / "seeds.html").resolve().as_uri()] and run.errors == []


@pytest.mark.browser
def test_png_and_visible_subgraph_download_from_the_page(browser, seed_files, seed_graph, tmp_path):
    with open_page(browser, seed_files / "seeds.html") as run:
        page = run.page
        page.uncheck("#legend input[value=person]")
        files = {}
        for button in ("save-png", "save-graphml", "save-nodes-csv", "save-edges-csv"):
            with page.expect_download() as download:
                page.click(f"#{button}")
            files[button] = tmp_path / download.value.suggested_filename
            download.value.save_as(files[button])
        assert run.requests == [(seed_files / "seeds.html").resolve().as_uri()] and run.errors == []
        assert run.violations() == []
    png = files["save-png"].read_bytes()
    assert png.startswith(b"\x89PNG") and len(png) > 10_000
    shown = {node for node, kind in seed_graph.nodes(data="type") if kind != "person"}
    saved = nx.read_graphml(files["save-graphml"])
    assert set(saved) == shown and saved.number_of_edges() == seed_graph.subgraph(shown).number_of_edges()
    assert all(saved.nodes[node]["name"] == seed_graph.nodes[node]["label"] for node in saved)
    with open(files["save-nodes-csv"], newline="", encoding="utf-8") as handle:
        assert {row["id"] for row in csv.DictReader(handle)} == shown
    with open(files["save-edges-csv"], newline="", encoding="utf-8") as handle:
        assert len(list(csv.DictReader(handle))) == saved.number_of_edges()


@pytest.mark.browser
def test_panel_lists_a_big_hub_in_pages_with_n_more(browser, tmp_path):
    graph = nx.relabel_nodes(nx.star_graph(130), lambda node: f"n{node}")
    for number, node in enumerate(graph):
        graph.nodes[node].update(label="Hub" if number == 0 else f"Leaf {number}", type="person", mentions=1)
    nx.set_edge_attributes(graph, 1, "weight")
    kgraph.write_html(graph, tmp_path / "star.html")
    with open_page(browser, tmp_path / "star.html") as run:
        select_by_search(run.page, "Hub")
        rows = run.page.locator("#panel-neighbours > li")
        assert rows.count() == 100 and run.page.text_content("#panel-more") == "30 more"
        run.page.click("#panel-more")
        assert rows.count() == 130 and run.page.is_hidden("#panel-more")


@pytest.mark.browser
def test_a_capped_page_draws_the_most_important_and_reaches_the_rest(browser, seed_graph, tmp_path):
    """Past ``drawn_at_most`` nodes the page draws the most important, says so, and search and the panel reach the rest."""
    cap = 40
    kgraph.write_html(seed_graph, tmp_path / "capped.html", drawn_at_most=cap)
    ranked = rank(seed_graph)
    top = set(ranked[:cap])
    beyond = next(node for node in ranked[cap:] if set(seed_graph[node]) & top)  # found by search
    inside, neighbour = next((a, b) for a in ranked[:cap] for b in seed_graph[a] if b not in top)  # by the panel
    page_text = (tmp_path / "capped.html").read_text(encoding="utf-8")
    assert len(data_blocks(page_text)["kgraph-nodes"]) == len(seed_graph)  # the page holds the whole graph
    with open_page(browser, tmp_path / "capped.html") as run:
        page = run.page
        drawn = "Object.keys(network.body.nodes).sort()"
        assert page.evaluate(drawn) == sorted(top)
        assert page.evaluate("network.body.edgeIndices.length") == seed_graph.subgraph(top).number_of_edges()
        assert page.is_visible("#capped")
        assert page.text_content("#capped").startswith(f"Drawn: the {cap} most important of {len(seed_graph)} entities")
        select_by_search(page, seed_graph.nodes[beyond]["label"])
        assert page.evaluate("network.getSelectedNodes()") == [beyond]
        assert page.text_content("#panel-name") == seed_graph.nodes[beyond]["label"]
        assert page.evaluate(drawn) == sorted(top | {beyond})
        assert page.evaluate("network.body.edgeIndices.length") == seed_graph.subgraph(top | {beyond}).number_of_edges()
        assert page.text_content("#panel-count") == str(seed_graph.degree(beyond))  # every neighbour, drawn or not
        page.wait_for_function("(id) => new URLSearchParams(location.hash.slice(1)).get('node') === id", arg=beyond)
        fragment = page.evaluate("location.hash")
        select_by_search(page, seed_graph.nodes[inside]["label"])
        assert page.evaluate(drawn) == sorted(top)  # the one beyond the cap goes with its selection
        label = seed_graph.nodes[neighbour]["label"]
        page.locator("#panel-neighbours .link-to").filter(has_text=re.compile(f"^{re.escape(label)}$")).click()
        assert page.evaluate("network.getSelectedNodes()") == [neighbour]
        assert page.text_content("#panel-name") == label
        assert neighbour in page.evaluate("network.body.nodeIndices")
        # its label is drawn, over no other, once the page is drawn again
        boxes = page.evaluate("() => new Promise((drawn) => { network.once('afterDrawing', () => "
                              "setTimeout(() => drawn(kgraphLabels))); network.redraw(); })")
        assert neighbour in {box["id"] for box in boxes} and overlapping(boxes) == []
        page.keyboard.press("Escape")
        assert page.evaluate(drawn) == sorted(top)
        assert run.errors == [] and run.violations() == []
    with open_page(browser, tmp_path / "capped.html", fragment=fragment) as run:  # a shared link to it
        assert run.page.evaluate("network.getSelectedNodes()") == [beyond]
        assert run.page.evaluate(drawn) == sorted(top | {beyond})


def test_a_page_within_the_cap_has_no_note(seed_graph):
    assert 'id="capped"' not in html.to_html(seed_graph)
    assert 'id="capped"' in html.to_html(seed_graph, drawn_at_most=len(seed_graph) - 1)
