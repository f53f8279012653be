"""Every output format, written through kgraph.pipeline.write: GEXF, node-link JSON, CSV, and the hostile corpus."""

import csv
import json
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

import kgraph
from kgraph import pipeline
from kgraph.contract import parse_evidence
from kgraph.export import edge_csv, gexf, graphml, html, node_link
from kgraph.export.edge_csv import evidence_lines
from kgraph.export.layout import PICTURE, with_picture
from tests.export.test_graphml import assert_igraph_reads_the_same


def read_back(path):
    """The graph in a file, read by the library each format is made for."""
    if path.suffix == ".graphml":
        return kgraph.read_graphml(path)
    if path.suffix == ".gexf":
        return nx.read_gexf(path)
    if path.suffix == ".json":
        return nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="edges")
    with path.open(encoding="utf-8", newline="") as handle:
        return nx.from_edgelist((row["source"], row["target"]) for row in csv.DictReader(handle))


def test_write_makes_one_file_per_format_in_order(seed_graph, tmp_path):
    paths = pipeline.write(seed_graph, tmp_path / "out", "seeds", formats=["csv", "graphml", "csv"])
    out = tmp_path / "out"
    assert paths == [out / "seeds.csv", out / "seeds.nodes.csv", out / "seeds.graphml"]
    assert all(path.stat().st_size for path in paths)
    assert not any((tmp_path / "out" / f"seeds{suffix}").exists() for suffix in (".html", ".gexf", ".json"))
    with pytest.raises(ValueError, match="pdf"):
        pipeline.write(seed_graph, tmp_path, "seeds", formats=["pdf"])


@pytest.mark.parametrize("fmt", ["gexf", "json"])
def test_gexf_and_json_keep_every_node_edge_and_attribute(seed_graph, tmp_path, fmt):
    [path] = pipeline.write(seed_graph, tmp_path, "seeds", formats=[fmt])
    back = read_back(path)
    assert set(back.nodes) == set(seed_graph.nodes)
    for node, data in with_picture(seed_graph).nodes(data=True):
        if fmt == "gexf":  # the picture is GEXF's viz, below
            data = {key: value for key, value in data.items() if key not in PICTURE}
            back.nodes[node].pop("viz")
        assert back.nodes[node] == data
    for a, b, data in seed_graph.edges(data=True):
        edge = {k: v for k, v in back.edges[a, b].items() if not (fmt == "gexf" and k == "id")}  # GEXF edge id
        assert edge == data  # GEXF's weight comes back as float: 2.0 == 2


def test_files_keep_the_picture_where_gephi_and_cytoscape_read_it(seed_graph, tmp_path):
    pipeline.write(seed_graph, tmp_path, "seeds", formats=["gexf", "graphml", "html"])
    drawn = with_picture(seed_graph)
    viz = nx.read_gexf(tmp_path / "seeds.gexf").nodes
    for node, data in drawn.nodes(data=True):
        assert viz[node]["viz"] == {"position": {"x": data["x"], "y": data["y"], "z": 0.0}, "size": data["size"],
                                    "color": {"r": data["r"], "g": data["g"], "b": data["b"], "a": 1.0}}
    assert {viz[node]["viz"]["color"]["r"] for node in viz} == {0xe1, 0x4e, 0x59}  # one colour per type
    keys = {key.get("attr.name"): key.get("attr.type") for key in ET.parse(tmp_path / "seeds.graphml").getroot()
            .iter("{http://graphml.graphdrawing.org/xmlns}key") if key.get("for") == "node"}
    assert {name: keys[name] for name in (*PICTURE, "name")} == {
        "x": "double", "y": "double", "size": "double", "r": "int", "g": "int", "b": "int", "name": "string"}
    back = kgraph.read_graphml(tmp_path / "seeds.graphml")
    assert all(back.nodes[node]["name"] == data["label"] for node, data in seed_graph.nodes(data=True))
    # the page draws the same picture (its canvas's y grows downward)
    page = {node["id"]: node for node in html.page_data(back)["nodes"]}
    assert all((page[node]["x"], -page[node]["y"], page[node]["size"]) == (data["x"], data["y"], data["size"])
               for node, data in back.nodes(data=True))


def test_csv_has_a_node_table_with_every_entity(seed_graph, tmp_path):
    graph = nx.Graph(seed_graph)
    graph.add_node("lonely", label="Lonely", type="person", mentions=1, articles=1)
    edges, nodes = pipeline.write(graph, tmp_path, "seeds", formats=["csv"])
    with nodes.open(encoding="utf-8", newline="") as handle:
        rows = {row["id"]: row for row in csv.DictReader(handle)}
    assert set(rows) == set(graph) and rows["lonely"]["label"] == "Lonely"
    zelenskyy = kgraph.find(seed_graph, "Zelenskyy")
    assert rows[zelenskyy]["type"] == "person"
    assert int(rows[zelenskyy]["mentions"]) == seed_graph.nodes[zelenskyy]["mentions"]
    assert int(rows[zelenskyy]["community"]) == seed_graph.nodes[zelenskyy]["community"]


def test_gexf_keeps_the_graph_attributes_in_its_description(seed_graph, tmp_path):
    [path] = pipeline.write(seed_graph, tmp_path, "seeds", formats=["gexf"])
    description = ET.parse(path).getroot().find("{http://www.gexf.net/1.2draft}meta/"
                                                "{http://www.gexf.net/1.2draft}description")
    assert json.loads(description.text) == seed_graph.graph


def test_node_link_is_json_ready_with_the_graph_attributes(seed_graph):
    data = node_link.to_node_link(seed_graph)
    assert data["graph"] == seed_graph.graph
    assert json.loads(json.dumps(data, allow_nan=False)) == data
    assert {"source", "target", "weight", "npmi", "evidence"} <= set(data["edges"][0])


def test_csv_is_an_edge_list_with_readable_evidence(seed_graph, tmp_path):
    path, _ = pipeline.write(seed_graph, tmp_path, "seeds", formats=["csv"])
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == seed_graph.number_of_edges()
    zelenskyy, malyuk = kgraph.find(seed_graph, "Zelenskyy"), kgraph.find(seed_graph, "Vasyl Malyuk")
    [row] = [r for r in rows if {r["source"], r["target"]} == {zelenskyy, malyuk}]
    assert {row["source_label"], row["target_label"]} == {"Volodymyr Zelenskyy", "Vasyl Malyuk"}
    assert int(row["weight"]) == seed_graph.edges[zelenskyy, malyuk]["weight"]
    lines = row["evidence"].split("\n")
    assert len(lines) == len(parse_evidence(seed_graph.edges[zelenskyy, malyuk]["evidence"]))
    assert any("Malyuk" in line and "Zelenskyy" in line for line in lines)
    assert not row["evidence"].startswith("[{")


def test_evidence_lines_name_where_each_sentence_comes_from():
    evidence = json.dumps([{"text": "A met B.", "article": "a1", "title": "T", "date": "2024-01-02"},
                           {"text": "B met A.", "article": "a2"}])
    assert evidence_lines(evidence) == "A met B. [T, 2024-01-02]\nB met A. [a2]"


def test_the_hostile_corpus_reaches_the_graph(hostile_graph):
    evidence = " ".join(text for _, _, text in hostile_graph.edges(data="evidence"))
    assert "</script>" in evidence
    assert "<b onclick=" in evidence


@pytest.mark.parametrize("source", ["hostile_graph", "nasty_graph"])
def test_hostile_graphs_write_valid_loadable_files_in_every_format(source, request, tmp_path, graphml_schema):
    graph = request.getfixturevalue(source)
    # The database formats (cypher, neo4j, ftm) are loaded by their own tests (test_cypher.py, ...).
    paths = pipeline.write(graph, tmp_path, "hostile", formats=["graphml", "html", "gexf", "json", "csv"])
    for path in paths:
        assert path.stat().st_size > 0
        if path.suffix == ".html":
            continue  # the page has tests of its own (tests/export/test_html.py)
        if path.name.endswith(".nodes.csv"):
            with path.open(encoding="utf-8", newline="") as handle:
                assert {row["id"] for row in csv.DictReader(handle)} == set(graph.nodes)
            continue
        back = read_back(path)
        assert set(back.nodes) == set(graph.nodes) - (set(nx.isolates(graph)) if path.suffix == ".csv" else set())
        assert set(map(frozenset, back.edges)) == set(map(frozenset, graph.edges))
        if path.suffix in {".graphml", ".gexf"}:
            ET.parse(path)  # well-formed XML
    graphml = tmp_path / "hostile.graphml"
    graphml_schema(graphml)
    assert_igraph_reads_the_same(graphml, kgraph.read_graphml(graphml))


def test_what_xml_cannot_hold_is_removed_alike_in_every_format(nasty_graph, tmp_path):
    pipeline.write(nasty_graph, tmp_path, "nasty", formats=["graphml", "gexf", "json", "csv"])
    clean = "\t\n\n lone , </script> \"q\" 'q' =SUM(A1)"  # TAB, LF and CR (as LF) are all XML keeps
    evidence = set()
    for suffix in (".graphml", ".gexf", ".json"):
        back = read_back(tmp_path / f"nasty{suffix}")
        assert back.graph.get("name", clean) == back.nodes["a"]["label"] == clean, suffix
        assert (back.nodes["a"]["score"], back.nodes["b"]["score"]) == (1.0, 0.5), suffix
        evidence.add(back.edges["a", "b"]["evidence"])
    assert len(evidence) == 1  # JSON escapes the controls inside evidence: valid XML, and parseable
    with (tmp_path / "nasty.csv").open(encoding="utf-8", newline="") as handle:
        [row] = list(csv.DictReader(handle))
    assert {row["source_label"], row["target_label"]} == {"'" + clean, "'-b"}  # no formula for a spreadsheet
    assert row["evidence"] == "'" + clean + " [x]"


def test_each_writer_cleans_the_graph_it_is_given_as_write_does(nasty_graph, tmp_path):
    pipeline.write(nasty_graph, tmp_path / "all", "nasty", formats=["graphml", "gexf", "json", "csv"])
    writers = {".graphml": graphml.write_graphml, ".gexf": gexf.write_gexf, ".json": node_link.write_node_link,
               ".csv": edge_csv.write_edge_csv}
    drawn = with_picture(nasty_graph)  # write adds the picture; the writers keep what they are given
    for suffix, writer in writers.items():
        writer(drawn, tmp_path / f"nasty{suffix}")
        assert (tmp_path / f"nasty{suffix}").read_bytes() == (tmp_path / "all" / f"nasty{suffix}").read_bytes()
    edge_csv.write_node_csv(drawn, tmp_path / "nasty.nodes.csv")
    assert (tmp_path / "nasty.nodes.csv").read_bytes() == (tmp_path / "all" / "nasty.nodes.csv").read_bytes()
    assert node_link.to_node_link(drawn) == json.loads((tmp_path / "nasty.json").read_text(encoding="utf-8"))
