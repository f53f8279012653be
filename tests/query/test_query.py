"""kgraph.query on the real seed graph and on GraphML written by other tools."""

from __future__ import annotations

import math

import networkx as nx
import pytest

import kgraph
from kgraph.errors import AmbiguousName, EntityNotFound, NoPathError, Suggestion
from kgraph.words import fold
from tests.conftest import DATA

FOREIGN = DATA / "query" / "foreign.graphml"


@pytest.fixture(scope="module")
def foreign():
    return kgraph.read_graphml(FOREIGN)


def test_names_match_ignoring_case_and_accents(seed_graph):
    assert kgraph.find(seed_graph, "VLADIMIR PUTIN") == "vladimir_putin"
    assert kgraph.find(seed_graph, "Putin") == "vladimir_putin"  # an alias
    maduro = next(n for n, d in seed_graph.nodes(data=True) if "Maduro" in d["label"])
    assert "á" in seed_graph.nodes[maduro]["label"]
    assert kgraph.find(seed_graph, "nicolas maduro") == maduro


@pytest.mark.parametrize("misspelt", ["zelensky", "Zelenskiy", "Zelenky"])
def test_close_misspellings_find_the_entity(seed_graph, misspelt):
    assert seed_graph.nodes[kgraph.find(seed_graph, misspelt)]["label"] == "Volodymyr Zelenskyy"


def test_a_surname_alone_finds_the_person(seed_graph):
    assert seed_graph.nodes[kgraph.find(seed_graph, "macron")]["label"] == "Emmanuel Macron"


def test_a_first_name_two_people_share_is_ambiguous(seed_graph):
    people = [d["label"] for _, d in seed_graph.nodes(data=True) if d["type"] == "person" and " " in d["label"]]
    first_names = [label.split()[0] for label in people]
    shared = next(name for name in first_names if first_names.count(name) == 2
                  and not any(fold(a) == fold(name) for _, d in seed_graph.nodes(data=True)
                              for a in [d["label"], *d["aliases"].split("|")]))
    with pytest.raises(AmbiguousName) as raised:
        kgraph.neighbours(seed_graph, shared)
    named = [label for label in people if label.split()[0] == shared]
    assert sorted(s.label for s in raised.value.suggestions) == sorted(named)
    assert all(seed_graph.nodes[s.id]["label"] == s.label for s in raised.value.suggestions)  # ids, as data


def test_an_unknown_name_suggests_close_ones(seed_graph):
    with pytest.raises(EntityNotFound) as raised:
        kgraph.neighbours(seed_graph, "Pootin")
    assert raised.value.suggestions[0] == Suggestion("vladimir_putin", "Vladimir Putin")
    assert "did you mean Vladimir Putin" in str(raised.value)
    with pytest.raises(EntityNotFound) as raised:
        kgraph.find(seed_graph, "Xqzt Blorbington")
    assert raised.value.suggestions == ()


def test_neighbours_strongest_first_with_filters(seed_graph):
    found = kgraph.neighbours(seed_graph, "Zelenskyy")
    node = kgraph.find(seed_graph, "Zelenskyy")
    assert {n.id for n in found} == set(seed_graph[node])
    assert [n.weight for n in found] == sorted((n.weight for n in found), reverse=True)
    assert found[0].weight == max(d["weight"] for d in seed_graph[node].values())
    countries = kgraph.neighbours(seed_graph, "Zelenskyy", types=["country"])
    assert countries and {n.type for n in countries} == {"country"}
    heavy = kgraph.neighbours(seed_graph, "Zelenskyy", min_weight=2)
    assert heavy and all(n.weight >= 2 for n in heavy) and len(heavy) < len(found)
    assert len(kgraph.neighbours(seed_graph, "Zelenskyy", limit=2)) == 2


def test_association_score_is_the_edge_npmi_else_computed_over_articles(seed_graph):
    node = kgraph.find(seed_graph, "Zelenskyy")
    for n in kgraph.neighbours(seed_graph, node):
        if "npmi" in seed_graph.edges[node, n.id]:
            assert n.score == pytest.approx(seed_graph.edges[node, n.id]["npmi"], abs=1e-3)
    bare = seed_graph.copy()
    for _, _, data in bare.edges(data=True):
        data.pop("npmi", None)
    found = kgraph.neighbours(bare, node)
    assert all(-1 <= n.score <= 1 for n in found)
    top, total = found[0], bare.graph["articles"]
    p_ab = bare.edges[node, top.id]["articles"] / total
    p_a, p_b = (bare.nodes[n]["articles"] / total for n in (node, top.id))
    expected = 1.0 if p_ab == 1 else math.log(p_ab / (p_a * p_b)) / -math.log(p_ab)
    assert top.score == pytest.approx(expected, abs=1e-3)


def test_depth_two_reaches_neighbours_of_neighbours_through_their_strongest_chain(seed_graph):
    node = kgraph.find(seed_graph, "Macron")
    found = kgraph.neighbours(seed_graph, "Macron", depth=2)
    direct, second = [n for n in found if n.depth == 1], [n for n in found if n.depth == 2]
    assert {n.id for n in direct} == set(seed_graph[node])
    two_hops = {o for m in seed_graph[node] for o in seed_graph[m]} - set(seed_graph[node]) - {node}
    assert {n.id for n in second} == two_hops
    assert found == direct + second
    for n in second:
        assert len(n.path) == 3 and n.path[0] == "Emmanuel Macron" and n.path[-1] == n.label
        middles = [m for m in seed_graph[node] if n.id in seed_graph[m]]
        best = min(1 / seed_graph.edges[node, m]["weight"] + 1 / seed_graph.edges[m, n.id]["weight"] for m in middles)
        via = next(m for m in middles if seed_graph.nodes[m]["label"] == n.path[1])
        chosen = 1 / seed_graph.edges[node, via]["weight"] + 1 / seed_graph.edges[via, n.id]["weight"]
        assert chosen == pytest.approx(best)


def test_evidence_gives_the_linking_sentences_with_their_articles(seed_graph):
    top = kgraph.neighbours(seed_graph, "Zelenskyy", limit=1, evidence=True)[0]
    assert top.evidence
    for item in top.evidence:
        assert item["article"]
        assert fold(top.label.split()[0])[:5] in fold(item["text"]) or top.type == "country"


def test_path_is_the_chain_of_least_total_inverse_weight(seed_graph):
    hops = kgraph.path(seed_graph, "Macron", "Malyuk")
    start, end = kgraph.find(seed_graph, "Macron"), kgraph.find(seed_graph, "Malyuk")
    assert hops[0].source == start and hops[-1].target == end
    assert all(a.target == b.source for a, b in zip(hops, hops[1:]))
    assert all(seed_graph.has_edge(h.source, h.target) and h.evidence for h in hops)
    length = sum(1 / h.weight for h in hops)
    for other in nx.all_shortest_paths(seed_graph, start, end):  # the fewest hops are never stronger
        assert length <= sum(1 / seed_graph.edges[a, b]["weight"] for a, b in zip(other, other[1:])) + 1e-9


def test_path_prefers_heavy_links_over_light_ones(foreign):
    hops = kgraph.path(foreign, "Ségolène Royal", "elysee")  # via Jospin: 1 + 1/4 beats via Chirac: 2 + 1/4
    assert [h.target_label for h in hops] == ["Lionel Jospin", "Élysée"]


def test_path_between_unconnected_entities_raises(seed_graph):
    components = sorted(nx.connected_components(seed_graph), key=len)
    lonely, main = next(iter(components[0])), next(iter(components[-1]))
    with pytest.raises(NoPathError):
        kgraph.path(seed_graph, lonely, main)


def test_ego_keeps_everything_within_depth(seed_graph):
    node = kgraph.find(seed_graph, "Putin")
    one, two = kgraph.ego(seed_graph, "Putin"), kgraph.ego(seed_graph, "Putin", depth=2)
    assert set(one) == {node, *seed_graph[node]}
    assert set(two) == set(nx.ego_graph(seed_graph, node, radius=2))
    assert one.graph["center"] == node
    a, b = next(iter(one.edges))
    assert one.edges[a, b] == seed_graph.edges[a, b]


def test_info_counts_and_ranks(seed_graph):
    bare = seed_graph.copy()  # without the build's own pagerank and communities: computed here
    for _, data in bare.nodes(data=True):
        data.pop("pagerank", None)
        data.pop("community", None)
    summary = kgraph.info(bare, top=5)
    assert (summary.nodes, summary.edges) == (seed_graph.number_of_nodes(), seed_graph.number_of_edges())
    assert sum(summary.types.values()) == summary.nodes
    most = max(d["mentions"] for _, d in bare.nodes(data=True))
    assert summary.top_mentions[0].value == most and len(summary.top_mentions) == 5
    assert summary.centrality == "degree centrality"
    assert summary.top_central[0].id == max(bare, key=bare.degree)
    assert sum(c.size for c in summary.communities) == summary.nodes
    assert summary.components == nx.number_connected_components(bare)


def test_info_uses_the_graph_s_own_pagerank_and_communities(foreign):
    graph = foreign.copy()
    for i, node in enumerate(graph):
        graph.nodes[node].update(pagerank=i / 10, community=i % 2)
    summary = kgraph.info(graph)
    assert summary.centrality == "pagerank" and summary.top_central[0].label == "Bernadette Chirac"
    assert [c.size for c in summary.communities] == [3, 2]


def test_foreign_graphml_uses_its_name_attribute(foreign):
    with pytest.raises(AmbiguousName):
        kgraph.find(foreign, "Chirac")
    found = kgraph.neighbours(foreign, "JACQUES CHIRAC")
    assert [(n.label, n.weight, n.score) for n in found] == [
        ("Élysée", 4, None), ("Bernadette Chirac", 2, None), ("Ségolène Royal", 0.5, None)]


def test_graphml_written_by_igraph_can_be_asked(tmp_path):
    igraph = pytest.importorskip("igraph")
    graph = igraph.Graph([(0, 1), (1, 2)])
    graph.vs["name"] = ["Angela Merkel", "Olaf Scholz", "Friedrich Merz"]
    graph.es["weight"] = [3, 5]
    graph.write_graphml(str(tmp_path / "igraph.graphml"))
    found = kgraph.neighbours(tmp_path / "igraph.graphml", "scholz")
    assert [(n.label, n.weight) for n in found] == [("Friedrich Merz", 5), ("Angela Merkel", 3)]


def test_avoid_hubs_prefers_a_specific_go_between():
    graph = nx.Graph()
    graph.add_edges_from([("a", "hub"), ("hub", "b")], weight=3)
    graph.add_edges_from([("a", "x"), ("x", "b")], weight=2)
    graph.add_edges_from((("hub", f"other{i}") for i in range(10)), weight=1)
    assert [hop.target for hop in kgraph.path(graph, "a", "b")] == ["hub", "b"]
    assert [hop.target for hop in kgraph.path(graph, "a", "b", avoid_hubs=True)] == ["x", "b"]
    chains = kgraph.paths(graph, "a", "b", count=5)
    assert [[hop.target for hop in chain] for chain in chains] == [["hub", "b"], ["x", "b"]]
