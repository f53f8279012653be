"""write_ego streams the ego graph from records: networkx must read back what the exporter writes."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict

import networkx as nx
import pytest

import kgraph
from kgraph import pipeline
from kgraph.export.graphml import write_graphml
from kgraph.query import open_graph, write_ego
from kgraph.query.index import index_path, write_index
from tests.conftest import DATA


def read_back(path) -> tuple[dict, dict, dict]:
    graph = nx.read_graphml(path)
    return graph.graph, dict(graph.nodes(data=True)), {frozenset((a, b)): d for a, b, d in graph.edges(data=True)}


def index_tables(path) -> dict:
    """The index's content, rowids aside: what every query reads."""
    db = sqlite3.connect(index_path(path))
    try:
        ids = dict(db.execute("SELECT rowid, id FROM nodes"))
        return {
            "nodes": sorted((row[1], json.loads(row[2]), *row[3:]) for row in db.execute("SELECT * FROM nodes")),
            "edges": sorted((json.loads(row[0]) for row in db.execute("SELECT attributes FROM edges")), key=_numbers),
            "names": sorted((name, tier, ids[node]) for name, tier, node in db.execute("SELECT * FROM names")),
            "links": sorted((ids[a], ids[b], w, n, s) for a, b, _, w, n, s in db.execute("SELECT * FROM adjacency")),
            # link_types: an induced graph keeps the whole graph's, which may name attributes it lacks
            "meta": {k: v for k, v in db.execute("SELECT * FROM meta")
                     if k not in ("size", "mtime_ns", "digest", "link_types")},
        }
    finally:
        db.close()


def _numbers(attributes: dict) -> str:
    """A sort key on which 3 and 3.0 agree, as they do when compared (the index may keep either)."""
    return json.dumps({k: float(v) if type(v) is int else v for k, v in attributes.items()}, sort_keys=True)


def exported_and_streamed(graph, name, folder, **options) -> tuple:
    """The ego graph written by the exporter (kgraph ego before streaming) and by write_ego."""
    pipeline.write(kgraph.ego(graph, name, **options), folder, "exported", formats=["graphml"])
    written = write_ego(graph, name, folder / "streamed.graphml", **options)
    return folder / "exported.graphml", written


@pytest.mark.parametrize("options", [{}, {"depth": 2}, {"depth": 2, "min_weight": 2}, {"depth": 0}])
def test_the_streamed_ego_graph_reads_back_as_the_exported_one(seed_graph, tmp_path, options):
    graphml = tmp_path / "seeds.graphml"
    write_graphml(seed_graph, graphml)
    write_index(seed_graph, graphml)
    for source in (open_graph(graphml), seed_graph):  # the index's records and a graph in memory
        exported, written = exported_and_streamed(source, "Putin", tmp_path, **options)
        assert read_back(written.path) == read_back(exported)
        assert index_tables(written.path) == index_tables(exported)
        assert open_graph(written.path).origin == "index"
        center = read_back(exported)[1]["vladimir_putin"]
        assert {"x", "y", "size", "r", "g", "b", "name"} <= set(center)  # the picture, laid out here
        assert (written.center, written.label) == ("vladimir_putin", "Vladimir Putin")
        assert (written.nodes, written.links) == (len(read_back(exported)[1]), len(read_back(exported)[2]))


def test_a_graph_with_its_picture_keeps_its_positions_and_odd_values_stay_portable(seed_graph, tmp_path):
    graph = pipeline.write(seed_graph, tmp_path, "built", formats=["graphml"])[0]  # as kgraph build writes it
    odd = kgraph.read_graphml(graph)
    odd.graph["note"] = "a & b <c>"
    for i, (node, data) in enumerate(odd.nodes(data=True)):
        data["mixed"] = 1 if i % 2 else 1.5  # one attribute, two types: both become doubles
        data["tags"] = ["b", "a"] if i % 3 else None  # lists are joined, None left out
    for i, (a, b, data) in enumerate(odd.edges(data=True)):
        data["flag"] = data["weight"] > 1
        data["share"] = 0.1 + 0.2 if i % 2 else 3  # doubles keep every digit; an int among them is one too
        data["said"] = "x\r\ny" if i == 0 else ("<&>" if i % 2 else 2)  # a CR only Python's path takes out
    as_built = tmp_path / "odd.graphml"
    write_graphml(odd, as_built)
    clean = odd.copy()  # no lists, no CR: only the mixed types
    for _, data in clean.nodes(data=True):
        data.pop("tags")
    for _, _, data in clean.edges(data=True):
        data["said"] = str(data["said"]).replace("\r", "")
    # Indexes of values only Python's streaming makes portable (lists, None, a CR; mixed types), and one of the
    # file, whose links SQLite writes (booleans, 17-digit doubles, text to escape).
    for indexed in (odd, clean, kgraph.read_graphml(as_built)):
        write_index(indexed, as_built)
        for source in (open_graph(as_built), odd):
            exported, written = exported_and_streamed(source, "Zelenskyy", tmp_path, depth=2)
            assert read_back(written.path) == read_back(exported)
            assert index_tables(written.path) == index_tables(exported)
    

def test_a_foreign_graph_streams_as_it_exports(tmp_path):
    foreign = kgraph.read_graphml(DATA / "query" / "foreign.graphml")
    exported, written = exported_and_streamed(foreign, "Jacques Chirac", tmp_path, depth=2)
    assert read_back(written.path) == read_back(exported)
    assert asdict(kgraph.info(written.path)) == asdict(kgraph.info(exported))


def test_an_ego_graph_that_graphml_cannot_hold_writes_nothing(tmp_path):
    # The index copy runs in other threads while the nodes' records are made: a node id that is no XML
    # NMTOKEN is refused then, and the copy is dropped with nothing written.
    graph = nx.Graph(name="spaced")
    graph.add_edge("Jacques Chirac", "France", weight=2)
    graph.add_edge("France", "Paris", weight=1)
    source = tmp_path / "spaced.graphml"
    nx.write_graphml(graph, source)
    write_index(graph, source)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ValueError, match="NMTOKEN"):
        write_ego(source, "France", out / "ego.graphml")
    assert open_graph(source).origin == "index"
    assert list(out.iterdir()) == []
