"""The whole pipeline on the bundled corpus, with the real spaCy model."""

import gc

import networkx as nx

import kgraph
from kgraph import Recogniser
from kgraph.contract import parse_evidence
from kgraph.graph import assemble as graph
from kgraph.resolve import Observed
from kgraph.types import Extraction, Sentence
from tests.conftest import SEEDS


def test_seed_graph_has_the_contract_attributes(seed_graph):
    assert seed_graph.number_of_nodes() > 30
    assert not seed_graph.is_directed()
    for node, data in seed_graph.nodes(data=True):
        assert " " not in node
        assert data["type"] in {"person", "organisation", "country"}
        assert isinstance(data["label"], str) and data["label"]
        assert isinstance(data["mentions"], int) and data["mentions"] >= 1
        assert isinstance(data["articles"], int) and 1 <= data["articles"] <= data["mentions"]
        assert data["label"] in data["aliases"].split("|") or data["type"] == "country"
    for a, b, data in seed_graph.edges(data=True):
        assert isinstance(data["weight"], int) and data["weight"] >= 1
        assert 1 <= data["articles"] <= data["weight"]
        assert data["evidence"]


def test_zelenskyy_and_malyuk_are_linked_by_a_sentence_naming_both(seed_graph):
    zelenskyy = kgraph.find(seed_graph, "Zelenskyy")
    malyuk = kgraph.find(seed_graph, "Vasyl Malyuk")
    assert seed_graph.has_edge(zelenskyy, malyuk)
    evidence = parse_evidence(seed_graph.edges[zelenskyy, malyuk]["evidence"])
    assert any("Zelenskyy" in e["text"] and "Malyuk" in e["text"] and e["article"] for e in evidence)
    labels = [n.label for n in kgraph.neighbours(seed_graph, "Zelenskyy")]
    assert "Vasyl Malyuk" in labels


def test_countries_carry_iso3_codes(seed_graph):
    assert seed_graph.nodes["UKR"]["label"] == "Ukraine"
    assert seed_graph.nodes["RUS"]["iso3"] == "RUS"
    assert seed_graph.has_edge("UKR", "RUS")


def test_graphml_round_trip_keeps_every_attribute(seed_graph, tmp_path):
    path = tmp_path / "seeds.graphml"
    kgraph.write_graphml(seed_graph, path)
    back = nx.read_graphml(path)
    assert set(back.nodes) == set(seed_graph.nodes)
    assert set(map(frozenset, back.edges)) == set(map(frozenset, seed_graph.edges))
    for node, data in seed_graph.nodes(data=True):
        assert back.nodes[node] == data
    for a, b, data in seed_graph.edges(data=True):
        assert back.edges[a, b] == data


def test_no_sentence_or_observation_is_held_once_the_graph_is_made(nlp, monkeypatch):
    """Everything per article waits in the spill files: at graph time memory holds only the counts."""
    kinds = (Sentence, Extraction, Observed)

    def alive() -> set[int]:
        gc.collect()
        return {id(thing) for thing in gc.get_objects() if isinstance(thing, kinds)}

    existing = alive()  # other tests' module-level records
    held = []
    make_graph = graph.to_graph

    def counting_to_graph(*args, **kwargs):
        held.append(len(alive() - existing))
        return make_graph(*args, **kwargs)

    monkeypatch.setattr(graph, "to_graph", counting_to_graph)
    built = kgraph.build([SEEDS], name="seeds", recogniser=Recogniser(nlp=nlp))
    assert built.number_of_edges() > 200
    assert held == [0]
