"""The Cypher script, loaded line by line into a real FalkorDB server that the test starts on 127.0.0.1."""

from collections import Counter

import networkx as nx
import pytest

import kgraph
from kgraph import pipeline
from kgraph.contract import parse_evidence
from kgraph.export.cypher import cypher_string, node_label, write_cypher
from kgraph.export.layout import with_picture
from kgraph.export.portable import portable
from tests.export.conftest import HOSTILE
from tests.export.falkordb_server import falkordb_server, load


@pytest.fixture(scope="module")
def falkordb(tmp_path_factory):
    """A client of a FalkorDB server of our own, for the module's tests."""
    with falkordb_server(tmp_path_factory.mktemp("falkordb")) as client:
        yield client


def nodes_of(db_graph) -> dict:
    """node id -> (label, properties) as the database holds them."""
    rows = db_graph.query("MATCH (n) RETURN n.id, labels(n), properties(n)").result_set
    return {node: (labels, properties) for node, labels, properties in rows}


def edges_of(db_graph) -> dict:
    """frozenset of the two node ids -> relationship properties, for every CO_MENTIONED relationship."""
    rows = db_graph.query("MATCH (a)-[r]->(b) RETURN a.id, b.id, type(r), properties(r)").result_set
    assert {kind for _, _, kind, _ in rows} <= {"CO_MENTIONED"}
    return {frozenset((a, b)): properties for a, b, _, properties in rows}


def assert_holds(db_graph, graph: nx.Graph) -> None:
    """The database holds exactly ``graph``: every node, label, edge, attribute and type."""
    nodes, edges = nodes_of(db_graph), edges_of(db_graph)
    assert len(nodes) == graph.number_of_nodes() and len(edges) == graph.number_of_edges()
    for node, data in graph.nodes(data=True):
        labels, properties = nodes[node]
        assert labels == [node_label(data.get("type"))]
        assert_same(properties, {"id": node, **data})
    for a, b, data in graph.edges(data=True):
        assert_same(edges[frozenset((a, b))], data)


def assert_same(found: dict, expected: dict) -> None:
    """The same keys, values and types; FalkorDB returns doubles to 15 digits (it stores them whole)."""
    assert {key: type(value) for key, value in found.items()} == {key: type(value) for key, value in expected.items()}
    assert found == {key: pytest.approx(value, rel=1e-14) if isinstance(value, float) else value
                     for key, value in expected.items()}


def test_cypher_strings_read_back_as_the_same_text(falkordb):
    texts = HOSTILE + ["".join(map(chr, range(1, 0x20))), "".join(map(chr, range(0x7f, 0xa0))), "", "\\", "'"]
    [row] = falkordb.select_graph("strings").query(f"RETURN [{', '.join(map(cypher_string, texts))}]").result_set
    assert row == [texts]


@pytest.mark.parametrize("text", ["NUL \x00 inside", "lone \ud800 surrogate"])
def test_cypher_string_refuses_what_no_script_can_hold(text):
    with pytest.raises(ValueError, match="NUL or a lone surrogate"):
        cypher_string(text)


def test_cypher_strings_are_one_line_with_every_quote_escaped():
    for text in HOSTILE:
        literal = cypher_string(text)
        assert "\n" not in literal and "\r" not in literal
        inner = literal[1:-1].replace("\\\\", "")
        assert inner.count("'") == inner.count("\\'")  # every quote left is an escaped one


def test_the_seed_graph_loads_into_falkordb_as_its_graphml_holds_it(seed_graph, falkordb, tmp_path):
    graphml, script = pipeline.write(seed_graph, tmp_path, "seeds", formats=["graphml", "cypher"])
    lines = script.read_text(encoding="utf-8").splitlines()
    assert [line for line in lines if line.startswith("CREATE INDEX")] == [
        f"CREATE INDEX FOR (n:{label}) ON (n.id);" for label in ("Country", "Organisation", "Person")]
    assert all(line.startswith(("CREATE INDEX FOR (n:", "UNWIND [")) for line in lines)
    db_graph = load(falkordb, "seeds", script)
    from_graphml = kgraph.read_graphml(graphml)
    assert_holds(db_graph, from_graphml)
    exact = ", ".join(f"{{id: {cypher_string(node)}, p: {rank!r}}}"
                      for node, rank in from_graphml.nodes(data="pagerank"))
    [[differ]] = db_graph.query(f"UNWIND [{exact}] AS row MATCH (n {{id: row.id}}) WHERE n.pagerank <> row.p "
                                "RETURN count(n)").result_set
    assert differ == 0  # every double is stored to the last bit
    counts = db_graph.query("MATCH (n) RETURN labels(n)[0], count(n)").result_set
    assert dict(counts) == Counter(node_label(kind) for _, kind in from_graphml.nodes(data="type"))
    zelenskyy, malyuk = kgraph.find(seed_graph, "Zelenskyy"), kgraph.find(seed_graph, "Vasyl Malyuk")
    [[weight, evidence]] = db_graph.query(
        "MATCH (:Person {id: $a})-[r:CO_MENTIONED]-(:Person {id: $b}) RETURN r.weight, r.evidence",
        {"a": zelenskyy, "b": malyuk}).result_set
    assert weight == from_graphml.edges[zelenskyy, malyuk]["weight"] >= 1
    assert parse_evidence(evidence) == parse_evidence(from_graphml.edges[zelenskyy, malyuk]["evidence"])
    assert any("Malyuk" in item["text"] for item in parse_evidence(evidence))
    neighbours = db_graph.query("MATCH (:Person {id: $id})-[:CO_MENTIONED]-(b) RETURN b.id", {"id": zelenskyy})
    assert {other for [other] in neighbours.result_set} == set(from_graphml[zelenskyy]) != set()


def test_hostile_text_loads_as_data_and_runs_nothing(injection_graph, falkordb, tmp_path):
    write_cypher(injection_graph, tmp_path / "hostile.cypher", batch=2)
    lines = (tmp_path / "hostile.cypher").read_text(encoding="utf-8").split("\n")[:-1]
    indexes = {node_label(kind) for _, kind in injection_graph.nodes(data="type")}
    # batches of two per label and per label pair: nothing split a statement or added one
    by_label = Counter(node_label(kind) for _, kind in injection_graph.nodes(data="type"))
    pairs = Counter(tuple(node_label(injection_graph.nodes[n]["type"]) for n in edge) for edge in injection_graph.edges)
    assert len(lines) == len(indexes) + sum(-(-n // 2) for n in [*by_label.values(), *pairs.values()])
    db_graph = load(falkordb, "injection", tmp_path / "hostile.cypher")
    assert_holds(db_graph, portable(injection_graph))  # portable: CR as LF, as every format writes it
    assert indexes == {"Person", "Organisation", "Country", "Place", "Entity"}


@pytest.mark.parametrize("source", ["hostile_graph", "nasty_graph"])
def test_hostile_corpora_load_through_write(source, request, falkordb, tmp_path):
    graph = request.getfixturevalue(source)
    [script] = pipeline.write(graph, tmp_path, "hostile", formats=["cypher"])
    assert_holds(load(falkordb, source, script), portable(with_picture(graph)))  # write adds the picture


def test_names_that_are_not_identifiers_and_integers_past_64_bits_are_refused(tmp_path):
    graph = nx.Graph()
    graph.add_node("a", **{"bad key}": 1})
    with pytest.raises(ValueError, match="identifiers"):
        write_cypher(graph, tmp_path / "bad.cypher")
    graph = nx.Graph()
    graph.add_node("a", big=2**64)
    with pytest.raises(ValueError, match="64 bits"):
        write_cypher(graph, tmp_path / "bad.cypher")
    assert not (tmp_path / "bad.cypher").exists()
