"""GraphML: schema-valid, named keys, one type per attribute, and the same graph in networkx and igraph."""

import math
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from kgraph.errors import GraphFileError
from kgraph.export import graphml
from kgraph.export.graphml import NAMESPACE, read_graphml, write_graphml

KEY = f"{{{NAMESPACE}}}key"


def written(graph, tmp_path, name="g.graphml"):
    path = tmp_path / name
    write_graphml(graph, path)
    return path


def assert_igraph_reads_the_same(path, expected):
    """python-igraph sees the nodes, edges and attribute values networkx wrote."""
    igraph = pytest.importorskip("igraph")
    loaded = igraph.Graph.Read_GraphML(str(path))
    ids = loaded.vs["id"]
    assert sorted(ids) == sorted(expected.nodes)
    assert {frozenset((ids[e.source], ids[e.target])) for e in loaded.es} == set(map(frozenset, expected.edges))
    for name in loaded.attributes():
        assert loaded[name] == expected.graph[name]
    for vertex in loaded.vs:
        assert_same_values(vertex.attributes(), expected.nodes[vertex["id"]], ignore={"id"})
    for edge in loaded.es:
        assert_same_values(edge.attributes(), expected.edges[ids[edge.source], ids[edge.target]])


def assert_same_values(from_igraph, from_networkx, ignore=frozenset()):
    for name, value in from_igraph.items():
        if name in ignore:
            continue
        if name in from_networkx:
            assert value == from_networkx[name], name
        else:  # igraph gives every vertex every attribute: absent ones are empty
            assert value in ("", None) or (isinstance(value, float) and math.isnan(value)), name


def test_seed_graph_is_schema_valid(seed_graph, tmp_path, graphml_schema):
    graphml_schema(written(seed_graph, tmp_path))


def test_networkx_reads_back_every_node_edge_and_attribute(seed_graph, tmp_path):
    back = read_graphml(written(seed_graph, tmp_path))
    assert list(back.nodes(data=True)) == list(seed_graph.nodes(data=True))
    assert {frozenset((a, b)): d for a, b, d in back.edges(data=True)} == \
        {frozenset((a, b)): d for a, b, d in seed_graph.edges(data=True)}
    assert back.graph == seed_graph.graph


def test_igraph_reads_back_the_same_graph(seed_graph, tmp_path):
    assert_igraph_reads_the_same(written(seed_graph, tmp_path), seed_graph)


def test_keys_are_named_after_their_attribute_and_declared_once(seed_graph, tmp_path):
    keys = ET.parse(written(seed_graph, tmp_path)).getroot().findall(KEY)
    assert [k.get("id") for k in keys] == [f"{k.get('for')}_{k.get('attr.name')}" for k in keys]
    assert len({(k.get("for"), k.get("attr.name")) for k in keys}) == len(keys)
    declared = {k.get("id"): k.get("attr.type") for k in keys}
    assert declared["node_articles"] == declared["edge_articles"] == "int"  # same name, two domains, two keys
    assert declared["edge_npmi"] == declared["node_pagerank"] == "double"
    assert declared["edge_evidence"] == "string"


def test_each_attribute_gets_one_type_that_holds_all_its_values(tmp_path, graphml_schema):
    graph = nx.Graph(version=2)
    graph.add_node("a", score=1, flag=True, big=2**40, mixed=3, tags=["x", "y"], nothing=None)
    graph.add_node("b", score=2.5, flag=False, big=1, mixed="three", tags=("z",))
    path = written(graph, tmp_path)
    graphml_schema(path)
    declared = {k.get("id"): k.get("attr.type") for k in ET.parse(path).getroot().findall(KEY)}
    assert declared == {"graph_version": "int", "node_score": "double", "node_flag": "boolean",
                        "node_big": "long", "node_mixed": "string", "node_tags": "string"}
    back = nx.read_graphml(path)
    assert back.nodes["a"] == {"score": 1.0, "flag": True, "big": 2**40, "mixed": "3", "tags": "x|y"}
    assert back.nodes["b"] == {"score": 2.5, "flag": False, "big": 1, "mixed": "three", "tags": "z"}
    assert_igraph_reads_the_same(path, back)


def test_characters_xml_forbids_are_removed_whatever_the_input(tmp_path, graphml_schema):
    nasty = "".join(map(chr, range(0x20))) + "a\ud800b\udfffc\ufffe\uffff</data>&amp;<!--"
    graph = nx.Graph(name=nasty)
    graph.add_node("n1", label=nasty)
    graph.add_node("n2", label="line\r\nbreak\rend")
    graph.add_edge("n1", "n2", evidence=nasty)
    path = written(graph, tmp_path)
    graphml_schema(path)
    back = nx.read_graphml(path)
    clean = "\t\n\nabc</data>&amp;<!--"  # TAB and LF stay, CR becomes LF
    assert back.graph["name"] == back.nodes["n1"]["label"] == back.edges["n1", "n2"]["evidence"] == clean
    assert back.nodes["n2"]["label"] == "line\nbreak\nend"
    assert_igraph_reads_the_same(path, back)


def test_node_ids_must_be_nmtokens(tmp_path):
    graph = nx.Graph()
    graph.add_node("two words")
    with pytest.raises(ValueError, match="two words"):
        write_graphml(graph, tmp_path / "g.graphml")
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_leaves_the_previous_file_whole(seed_graph, tmp_path, monkeypatch):
    path = written(seed_graph, tmp_path)
    before = path.read_bytes()

    def fail(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(graphml, "_data", fail)  # fails mid-file, after the header
    with pytest.raises(RuntimeError):
        write_graphml(seed_graph, path)
    assert path.read_bytes() == before
    assert list(tmp_path.iterdir()) == [path]


def test_reading_a_missing_or_broken_file_raises_graph_file_error(tmp_path):
    with pytest.raises(GraphFileError, match="no such"):
        read_graphml(tmp_path / "absent.graphml")
    broken = tmp_path / "broken.graphml"
    broken.write_text("<graphml><graph")
    with pytest.raises(GraphFileError, match="not a readable"):
        read_graphml(broken)
