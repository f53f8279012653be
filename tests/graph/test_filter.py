"""Graph filters: minimum weight, node types, the most mentioned nodes, isolates."""

import networkx as nx
import pytest

from kgraph.graph.filter import GraphFilter, filter_graph


@pytest.fixture
def graph():
    g = nx.Graph(name="small")
    for node, kind, mentions in [("UKR", "country", 9), ("RUS", "country", 8), ("putin", "person", 5),
                                 ("nato", "organisation", 5), ("lonely", "person", 1)]:
        g.add_node(node, type=kind, mentions=mentions, label=node)
    g.add_edge("UKR", "RUS", weight=4)
    g.add_edge("RUS", "putin", weight=2)
    g.add_edge("nato", "UKR", weight=1)
    return g


def test_the_default_filter_keeps_everything(graph):
    kept = filter_graph(graph, GraphFilter())
    assert nx.utils.graphs_equal(kept, graph)
    assert kept is not graph


def test_min_weight_drops_weak_edges_but_keeps_their_nodes(graph):
    kept = filter_graph(graph, GraphFilter(min_weight=2))
    assert set(map(frozenset, kept.edges)) == {frozenset({"UKR", "RUS"}), frozenset({"RUS", "putin"})}
    assert "nato" in kept
    assert graph.has_edge("nato", "UKR")  # the input is left alone


def test_types_keep_only_those_nodes_and_their_edges(graph):
    kept = filter_graph(graph, GraphFilter(types=frozenset({"country", "person"})))
    assert set(kept) == {"UKR", "RUS", "putin", "lonely"}
    assert kept.number_of_edges() == 2
    assert kept.graph["name"] == "small"


def test_top_keeps_the_most_mentioned_with_ties_broken_by_id(graph):
    assert set(filter_graph(graph, GraphFilter(top=3))) == {"UKR", "RUS", "nato"}  # nato < putin
    assert set(filter_graph(graph, GraphFilter(top=1, types=frozenset({"person"})))) == {"putin"}


def test_drop_isolates_runs_after_the_other_filters(graph):
    kept = filter_graph(graph, GraphFilter(min_weight=2, drop_isolates=True))
    assert set(kept) == {"UKR", "RUS", "putin"}


def test_unknown_types_are_refused():
    with pytest.raises(ValueError, match="city"):
        GraphFilter(types=frozenset({"person", "city"}))


def test_places_are_left_out_unless_asked_for(graph):
    graph = graph.copy()
    graph.add_node("kyiv", label="Kyiv", type="place", mentions=9)
    assert "kyiv" not in filter_graph(graph, GraphFilter())
    assert "kyiv" in filter_graph(graph, GraphFilter(types=frozenset({"place", "person"})))


def test_seed_graph_filters_keep_what_they_promise(seed_graph):
    people_and_countries = frozenset({"person", "country"})
    top = filter_graph(seed_graph, GraphFilter(types=people_and_countries, top=20))
    assert len(top) == 20
    cut = min(mentions for _, mentions in top.nodes(data="mentions"))
    assert all(data["mentions"] <= cut for node, data in seed_graph.nodes(data=True)
               if node not in top and data["type"] in people_and_countries)
    kept = filter_graph(seed_graph, GraphFilter(min_weight=2, types=people_and_countries, top=20, drop_isolates=True))
    assert 0 < len(kept) < 20 and set(kept) <= set(top)
    assert all(weight >= 2 for _, _, weight in kept.edges(data="weight"))
    assert all(degree > 0 for _, degree in kept.degree)
