"""Entity resolution scored against hand-written gold standards (metrics: docs/entities.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

import kgraph
from kgraph import Recogniser
from tests.gold.score import load_gold, score

GOLD = Path(__file__).resolve().parent.parent / "gold"
WIRE = Path(__file__).resolve().parent.parent / "data" / "wire"


@pytest.fixture(scope="module")
def wire_graph(nlp):
    return kgraph.build([WIRE], name="wire", recogniser=Recogniser(nlp=nlp))


@pytest.mark.parametrize("corpus", ["seeds", "wire"])
def test_graph_meets_the_gold_standard(corpus, request):
    graph = request.getfixturevalue("seed_graph" if corpus == "seeds" else "wire_graph")
    result = score(graph, load_gold(GOLD / f"{corpus}.toml"))
    assert result.typed_recall >= 0.95, result.missing
    assert result.merge_rate >= 0.95, result.unmerged
    assert result.forbidden == ()
    assert result.wrong_types == ()
    assert result.wrongly_merged == ()
    assert result.edge_recall >= 0.9


def test_every_country_node_has_its_iso3_code(wire_graph):
    countries = {data["iso3"]: data["label"] for _, data in wire_graph.nodes(data=True) if data["type"] == "country"}
    assert countries["KEN"] == "Kenya" and countries["GBR"] == "United Kingdom"
    assert all(len(code) == 3 and code.isupper() for code in countries)


def test_scoring_notices_a_forbidden_node_and_a_wrong_merge(wire_graph):
    graph = wire_graph.copy()
    graph.add_node("nairobi", label="Nairobi", type="organisation", aliases="Nairobi")
    mike, boris = (next(n for n, d in graph.nodes(data=True) if d["label"] == name)
                   for name in ("Mike Johnson", "Boris Johnson"))
    graph.remove_node(boris)
    graph.nodes[mike]["aliases"] += "|Boris Johnson"
    result = score(graph, load_gold(GOLD / "wire.toml"))
    assert result.forbidden == ("Nairobi",)
    assert result.wrongly_merged == ("Mike Johnson / Boris Johnson",)


def test_a_pair_is_found_by_its_nodes_forms():
    """A gold pair names its nodes by their labels; a node is found by any of its forms, and so is a pair's end."""
    import networkx as nx
    graph = nx.Graph()
    graph.add_node("a", label="Toshiba Corp.", type="organisation", aliases="Toshiba Corp.")
    graph.add_node("b", label="NEC Tokin Corp.", type="organisation", aliases="NEC Tokin Corp.")
    graph.add_edge("a", "b")
    gold = {"node": [{"label": "Toshiba", "type": "organisation", "forms": ["Toshiba Corp."]},
                     {"label": "NEC Tokin", "type": "organisation", "forms": ["NEC Tokin Corp."]}],
            "edge": [{"pair": ["NEC Tokin", "Toshiba"]}]}
    assert score(graph, gold).edge_recall == 1.0
