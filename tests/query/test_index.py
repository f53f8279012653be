"""The SQLite index beside a GraphML: same answers as the GraphML, and never used when stale."""

from __future__ import annotations

import json
import logging
import math
import os
import sqlite3
from dataclasses import asdict

import pytest

import kgraph
from kgraph import pipeline
from kgraph.errors import StaleIndexError
from kgraph.export.graphml import write_graphml
from kgraph.query import open_graph
from kgraph.query.index import index_path, open_index, write_index


@pytest.fixture
def indexed(seed_graph, tmp_path):
    graphml = tmp_path / "seeds.graphml"
    write_graphml(seed_graph, graphml)
    write_index(seed_graph, graphml)
    return graphml


def answers(graph) -> dict:
    return {
        "neighbours": [asdict(n) for name in ("Zelenskyy", "putn", "Macron")
                       for n in kgraph.neighbours(graph, name, depth=2, evidence=True)],
        "path": [asdict(h) for h in kgraph.path(graph, "Macron", "Malyuk")],
        "info": asdict(kgraph.info(graph)),
    }


def test_the_index_answers_exactly_as_the_graphml(indexed):
    from_index, from_graphml = open_graph(indexed), open_graph(indexed, use_index=False)
    assert (from_index.origin, from_graphml.origin) == ("index", "graphml")
    assert answers(from_index) == answers(from_graphml)
    ego_index, ego_graphml = kgraph.ego(from_index, "Putin", depth=2), kgraph.ego(from_graphml, "Putin", depth=2)
    assert dict(ego_index.nodes(data=True)) == dict(ego_graphml.nodes(data=True))
    assert {frozenset((a, b)): d for a, b, d in ego_index.edges(data=True)} == \
           {frozenset((a, b)): d for a, b, d in ego_graphml.edges(data=True)}


def test_the_index_lies_beside_the_graphml_and_is_written_atomically(indexed):
    assert index_path(indexed) == indexed.with_name("seeds.kgindex.sqlite")
    assert sorted(p.name for p in indexed.parent.iterdir()) == ["seeds.graphml", "seeds.kgindex.sqlite"]
    with sqlite3.connect(index_path(indexed)) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_rewritten_graphml_is_answered_from_the_graphml_with_a_warning(indexed, seed_graph, caplog):
    changed = seed_graph.copy()
    node = kgraph.find(changed, "Zelenskyy")
    top = kgraph.neighbours(changed, node, limit=1)[0]
    changed.edges[node, top.id]["weight"] = 999
    write_graphml(changed, indexed)  # the index still describes the old graph
    with caplog.at_level(logging.WARNING, logger="kgraph"):
        source = open_graph(indexed)
    assert source.origin == "graphml"
    assert "stale" in caplog.text and index_path(indexed).name in caplog.text
    assert kgraph.neighbours(source, "Zelenskyy", limit=1)[0].weight == 999


def test_same_size_and_mtime_but_other_content_is_caught_by_the_fingerprint(indexed):
    stat = indexed.stat()
    text = indexed.read_bytes()
    swapped = text.replace(b"Zelenskyy", b"Zelenskyx", 1)
    assert len(swapped) == len(text) and swapped != text
    indexed.write_bytes(swapped)
    os.utime(indexed, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    with pytest.raises(StaleIndexError, match="stale"):
        open_index(indexed)


@pytest.mark.parametrize("damage", ["missing", "garbage"])
def test_a_missing_or_broken_index_is_never_used(indexed, damage, caplog):
    if damage == "missing":
        index_path(indexed).unlink()
    else:
        index_path(indexed).write_bytes(b"not a database at all" * 100)
    with caplog.at_level(logging.INFO, logger="kgraph"):
        source = open_graph(indexed)
    assert source.origin == "graphml"
    assert ("no index" if damage == "missing" else "unreadable index") in caplog.text
    assert kgraph.neighbours(source, "Zelenskyy")


def test_an_index_of_a_foreign_graph_works(tmp_path):
    from .test_query import FOREIGN

    graph = kgraph.read_graphml(FOREIGN)
    copy = tmp_path / "foreign.graphml"
    copy.write_bytes(FOREIGN.read_bytes())
    write_index(graph, copy)
    source = open_graph(copy)
    assert source.origin == "index"
    assert [n.label for n in kgraph.neighbours(source, "jacques chirac")] == [
        "Élysée", "Bernadette Chirac", "Ségolène Royal"]


def _damage(index, how):
    if how == "pages":
        data = bytearray(index.read_bytes())
        data[100:] = bytes(len(data) - 100)  # the header stays; every page is zeroes
        index.write_bytes(bytes(data))
    elif how == "directory":
        index.unlink()
        index.mkdir()
    else:
        with sqlite3.connect(index) as db:
            db.execute("DROP TABLE adjacency" if how == "table" else "UPDATE nodes SET attributes = '{not json'")


@pytest.mark.parametrize("how", ["pages", "table", "json", "directory"])
def test_a_damaged_index_falls_back_to_the_graphml_with_one_warning(tmp_path, how, caplog):
    from tests.pipeline.test_outputs import small_graph

    pipeline.write(small_graph("Smith"), tmp_path, "g", formats=["graphml"])
    graphml = tmp_path / "g.graphml"
    expected = answers_about_anna(open_graph(graphml, use_index=False))
    _damage(index_path(graphml), how)
    with caplog.at_level(logging.WARNING, logger="kgraph"):
        source = open_graph(graphml)
        assert answers_about_anna(source) == expected
    assert source.origin == "graphml"
    assert len(caplog.records) == 1 and "answering from the GraphML" in caplog.text


def answers_about_anna(graph) -> dict:
    return {"neighbours": [asdict(n) for n in kgraph.neighbours(graph, "Anna", evidence=True)],
            "path": [asdict(h) for h in kgraph.path(graph, "Anna", "Boris")],
            "ego": sorted(kgraph.ego(graph, "Anna").nodes), "info": asdict(kgraph.info(graph))}


def test_values_that_are_no_finite_number_are_ignored_with_a_warning_by_every_query(tmp_path, caplog):
    graphml = tmp_path / "odd.graphml"
    graphml.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
        '<key id="l" for="node" attr.name="label" attr.type="string"/>'
        '<key id="m" for="node" attr.name="mentions" attr.type="double"/>'
        '<key id="p" for="node" attr.name="pagerank" attr.type="double"/>'
        '<key id="w" for="edge" attr.name="weight" attr.type="double"/>\n<graph edgedefault="undirected">\n'
        '<node id="a"><data key="l">Anna Smith</data><data key="m">NaN</data><data key="p">INF</data></node>\n'
        '<node id="b"><data key="l">Boris Brown</data><data key="m">3</data><data key="p">0.5</data></node>\n'
        '<node id="c"><data key="l">Carl Clark</data><data key="m">1</data><data key="p">0.2</data></node>\n'
        '<edge source="a" target="b"><data key="w">nan</data></edge>\n'
        '<edge source="b" target="c"><data key="w">-inf</data></edge>\n'
        '<edge source="a" target="c"><data key="w">2</data></edge>\n</graph>\n</graphml>\n', encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="kgraph"):
        found = answers_about_anna(open_graph(graphml))
    for name in ("mentions", "pagerank", "weight"):
        assert f"'{name}'" in caplog.text and "no finite number" in caplog.text
    assert [(n["label"], n["weight"]) for n in found["neighbours"]] == [("Carl Clark", 2), ("Boris Brown", 1)]
    assert found["info"]["centrality"] == "degree centrality"
    assert all(math.isfinite(entry["value"]) for entry in found["info"]["top_mentions"])


@pytest.mark.parametrize("damage", ["missing", "stale"])
def test_the_first_query_writes_a_new_index_for_the_next(indexed, seed_graph, damage, caplog):
    if damage == "missing":
        index_path(indexed).unlink()
    else:
        write_graphml(seed_graph, indexed)  # a rewrite: new mtime, the index describes the old file
    with caplog.at_level(logging.WARNING, logger="kgraph"):
        first = open_graph(indexed)
    assert first.origin == "graphml" and "writing" in caplog.text and index_path(indexed).name in caplog.text
    second = open_graph(indexed)
    assert second.origin == "index"
    assert answers(second) == answers(first)


def test_communities_a_graph_lacks_are_computed_once_into_its_index(seed_graph, tmp_path):
    bare = seed_graph.copy()
    for _, data in bare.nodes(data=True):
        data.pop("community", None)
    graphml = tmp_path / "bare.graphml"
    write_graphml(bare, graphml)
    write_index(bare, graphml)
    with sqlite3.connect(index_path(graphml)) as db:
        assert db.execute("SELECT COUNT(*) FROM nodes WHERE community IS NOT NULL").fetchone() == (0,)
    first = kgraph.info(open_graph(graphml))
    with sqlite3.connect(index_path(graphml)) as db:
        assert db.execute("SELECT COUNT(*) FROM nodes WHERE community IS NULL").fetchone() == (0,)
    assert kgraph.info(open_graph(graphml)) == first == kgraph.info(open_graph(graphml, use_index=False))
    assert len(first.communities) > 1


@pytest.fixture(scope="module")
def random_indexed(tmp_path_factory):
    """A graph with hubs, ties of weight and self-links, with its GraphML and index: the searches' hard cases."""
    import random

    import networkx as nx

    rng = random.Random(3)
    graph = nx.Graph(name="random", articles=400)
    for i in range(300):
        graph.add_node(f"n{i:03d}", label=f"Node {i}", type=("person", "organisation", "country")[i % 3],
                       mentions=rng.randint(1, 50), articles=rng.randint(1, 40))
    while graph.number_of_edges() < 1500:
        a, b = (f"n{min(rng.randrange(300), rng.randrange(300)):03d}" for _ in range(2))  # low ids are hubs
        graph.add_edge(a, b, weight=rng.choice((1, 1, 2, 3)), articles=rng.randint(1, 5),
                       evidence=json.dumps([{"text": f"{a} & <{b}>", "article": "a1"}]))
    graphml = tmp_path_factory.mktemp("random") / "random.graphml"
    write_graphml(graph, graphml)
    write_index(kgraph.read_graphml(graphml), graphml)
    return graphml


def test_the_index_finds_the_same_strongest_chains_as_networkx(random_indexed):
    import networkx as nx

    from_index, from_graphml = open_graph(random_indexed), open_graph(random_indexed, use_index=False)
    graph = from_graphml.skeleton()
    linked = sorted(max(nx.connected_components(graph), key=len))
    for a, b in [(linked[0], linked[-1]), (linked[-1], linked[-2]), (linked[150], linked[3]), (linked[-3], linked[99])]:
        chain = [hop.source for hop in kgraph.path(from_index, a, b, evidence=False)] + [b]
        assert chain == [hop.source for hop in kgraph.path(from_graphml, a, b, evidence=False)] + [b]
        length = sum(1 / graph.edges[x, y]["weight"] for x, y in zip(chain, chain[1:]))
        assert length == pytest.approx(nx.dijkstra_path_length(graph, a, b, weight=lambda u, v, e: 1 / e["weight"]))


@pytest.mark.parametrize("depth", [1, 2])
def test_the_count_of_neighbours_is_the_number_neighbours_returns(random_indexed, depth):
    from_index, from_graphml = open_graph(random_indexed), open_graph(random_indexed, use_index=False)
    for name, options in [("n000", {}), ("n001", {"types": "person"}), ("n120", {"min_weight": 2}),
                          ("n007", {"types": ["country", "organisation"], "min_weight": 3}), ("n299", {})]:
        counted = {kgraph.query.count_neighbours(source, name, depth=depth, **options)
                   for source in (from_index, from_graphml)}
        assert counted == {len(kgraph.neighbours(from_graphml, name, depth=depth, **options))}
