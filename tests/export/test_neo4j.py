"""The neo4j-admin import files: headers typed as the GraphML declares, rows read back by the csv module."""

import csv
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

import kgraph
from kgraph import pipeline
from kgraph.export.cypher import node_label, write_cypher
from kgraph.export.graphml import NAMESPACE, write_graphml
from kgraph.export.neo4j import COMMAND_FILE, RELATIONSHIPS_FILE, write_neo4j
from kgraph.export.layout import with_picture
from kgraph.export.portable import portable

# How neo4j-admin parses a typed field; an unquoted empty field is no property at all.
PARSE = {"int": int, "long": int, "double": float, "boolean": lambda text: {"true": True, "false": False}[text],
         "string": str}


def read_rows(path):
    """The header and the rows of one import file, every field parsed by its header's type."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        rows = []
        for fields in reader:
            row = {}
            for column, text in zip(header, fields, strict=True):
                name, _, kind = column.partition(":")
                if text != "":
                    row[column if not name or kind in ("ID", "LABEL") else name] = PARSE.get(kind, str)(text)
            rows.append(row)
    return header, rows


def read_import(folder):
    """A graph from the import files: node id -> (label, properties), id pair -> (type, properties)."""
    nodes, edges, headers = {}, {}, {}
    for path in sorted(folder.glob("nodes-*.csv")):
        headers[path.name], rows = read_rows(path)
        for row in rows:
            nodes[row.pop("id:ID")] = (row.pop(":LABEL"), row)
    headers[RELATIONSHIPS_FILE], rows = read_rows(folder / RELATIONSHIPS_FILE)
    for row in rows:
        edges[frozenset((row.pop(":START_ID"), row.pop(":END_ID")))] = (row.pop(":TYPE"), row)
    return nodes, edges, headers


def graphml_types(path):
    """(domain, attribute name) -> attr.type, as the GraphML file declares them."""
    keys = ET.parse(path).getroot().iter(f"{{{NAMESPACE}}}key")
    return {(key.get("for"), key.get("attr.name")): key.get("attr.type") for key in keys}


def assert_same_graph(nodes, edges, graph: nx.Graph) -> None:
    assert set(nodes) == set(graph.nodes) and set(edges) == set(map(frozenset, graph.edges))
    for node, data in graph.nodes(data=True):
        assert nodes[node] == (node_label(data.get("type")), {k: v for k, v in data.items() if v != ""})
    for a, b, data in graph.edges(data=True):
        assert edges[frozenset((a, b))] == ("CO_MENTIONED", {k: v for k, v in data.items() if v != ""})


def test_the_import_files_hold_the_graphml_with_its_types(seed_graph, tmp_path):
    graphml, folder = pipeline.write(seed_graph, tmp_path, "seeds", formats=["graphml", "neo4j"])
    assert folder == tmp_path / "seeds-neo4j" and folder.is_dir()
    nodes, edges, headers = read_import(folder)
    from_graphml = kgraph.read_graphml(graphml)
    assert_same_graph(nodes, edges, from_graphml)  # every value, parsed by its header type, is the GraphML's
    declared = graphml_types(graphml)
    columns = {"node": set(), "edge": set()}
    for name, header in headers.items():
        domain = "edge" if name == RELATIONSHIPS_FILE else "node"
        fixed = [":START_ID", ":END_ID", ":TYPE"] if domain == "edge" else ["id:ID", ":LABEL"]
        assert header[:len(fixed)] == fixed
        for column in header[len(fixed):]:
            attribute, _, kind = column.partition(":")
            assert kind == declared[domain, attribute], column
            columns[domain].add(attribute)
    assert columns == {domain: {a for (d, a) in declared if d == domain} for domain in columns}
    assert "mentions:int" in headers["nodes-Person.csv"] and "pagerank:double" in headers["nodes-Person.csv"]
    assert "iso3:string" in headers["nodes-Country.csv"] and "iso3:string" not in headers["nodes-Person.csv"]
    assert "weight:int" in headers[RELATIONSHIPS_FILE] and "npmi:double" in headers[RELATIONSHIPS_FILE]


def test_the_command_names_every_file_written(seed_graph, tmp_path):
    [folder] = pipeline.write(seed_graph, tmp_path, "seeds", formats=["neo4j"])
    [command] = [line for line in (folder / COMMAND_FILE).read_text(encoding="utf-8").splitlines()
                 if not line.startswith("#")]
    assert command == ("neo4j-admin database import full --multiline-fields=true --legacy-style-quoting=false "
                       "--nodes=nodes-Country.csv --nodes=nodes-Organisation.csv --nodes=nodes-Person.csv "
                       "--relationships=relationships.csv neo4j")
    assert {path.name for path in folder.iterdir()} == {COMMAND_FILE, RELATIONSHIPS_FILE, "nodes-Country.csv",
                                                         "nodes-Organisation.csv", "nodes-Person.csv"}


def test_hostile_text_reads_back_the_same(injection_graph, tmp_path):
    write_neo4j(injection_graph, tmp_path / "hostile")
    nodes, edges, headers = read_import(tmp_path / "hostile")
    assert_same_graph(nodes, edges, portable(injection_graph))
    assert "flag:boolean" in headers["nodes-Entity.csv"] and "weight:long" in headers[RELATIONSHIPS_FILE]


@pytest.mark.parametrize("source", ["hostile_graph", "nasty_graph"])
def test_hostile_corpora_read_back_the_same(source, request, tmp_path):
    graph = request.getfixturevalue(source)
    [folder] = pipeline.write(graph, tmp_path, "hostile", formats=["neo4j"])
    assert_same_graph(*read_import(folder)[:2], portable(with_picture(graph)))  # write adds the picture


def test_a_label_gone_from_the_graph_leaves_no_file_behind(seed_graph, tmp_path):
    write_neo4j(seed_graph, tmp_path)
    countries = seed_graph.subgraph(n for n, kind in seed_graph.nodes(data="type") if kind == "country")
    write_neo4j(countries, tmp_path)
    assert sorted(path.name for path in tmp_path.glob("nodes-*.csv")) == ["nodes-Country.csv"]
    assert len(read_import(tmp_path)[1]) == countries.number_of_edges()


def test_the_contract_types_an_attribute_whatever_its_values(tmp_path):
    graph = nx.Graph()
    graph.add_node("a", type="person", pagerank=0, mentions=3, score=1)  # a whole PageRank is still a double
    write_graphml(graph, tmp_path / "a.graphml")
    write_neo4j(graph, tmp_path / "a-neo4j")
    write_cypher(graph, tmp_path / "a.cypher")
    declared = graphml_types(tmp_path / "a.graphml")
    assert (declared["node", "pagerank"], declared["node", "mentions"], declared["node", "score"]) == (
        "double", "int", "int")
    header, rows = read_rows(tmp_path / "a-neo4j" / "nodes-Person.csv")
    assert header[2:] == ["type:string", "pagerank:double", "mentions:int", "score:int"]
    assert rows[0]["pagerank"] == 0.0 and isinstance(rows[0]["pagerank"], float)
    assert "pagerank: 0.0, mentions: 3, score: 1}" in (tmp_path / "a.cypher").read_text(encoding="utf-8")
