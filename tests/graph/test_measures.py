"""Communities (seeded Louvain) and PageRank on the nodes."""

import networkx as nx
import pytest

from kgraph.graph import measures


@pytest.fixture
def two_cliques():
    """A big and a small clique joined by one weak edge."""
    graph = nx.Graph()
    big, small = [f"b{i}" for i in range(6)], [f"s{i}" for i in range(4)]
    for group in (big, small):
        graph.add_edges_from(((u, v) for i, u in enumerate(group) for v in group[i + 1:]), weight=5)
    graph.add_edge("b0", "s0", weight=1)
    graph.add_node("alone")
    return graph


def test_communities_are_found_and_numbered_by_size(two_cliques):
    found = measures.communities(two_cliques)
    assert {found[f"b{i}"] for i in range(6)} == {0}
    assert {found[f"s{i}"] for i in range(4)} == {1}
    assert found["alone"] == 2


def test_communities_are_reproducible(seed_graph):
    assert measures.communities(seed_graph) == measures.communities(seed_graph.copy())


def test_annotate_gives_every_node_a_community_and_pagerank(two_cliques):
    measures.annotate(two_cliques)
    ranks = dict(two_cliques.nodes(data="pagerank"))
    assert sum(ranks.values()) == pytest.approx(1.0)
    assert max(ranks, key=ranks.get) in {"b0", "s0"}  # the bridge ends
    assert all(isinstance(c, int) for _, c in two_cliques.nodes(data="community"))


def test_annotate_copes_with_an_empty_graph():
    graph = nx.Graph()
    measures.annotate(graph)
    assert len(graph) == 0


def test_seed_graph_nodes_carry_the_measures(seed_graph):
    for _, data in seed_graph.nodes(data=True):
        assert isinstance(data["community"], int) and data["community"] >= 0
        assert 0 < data["pagerank"] < 1
