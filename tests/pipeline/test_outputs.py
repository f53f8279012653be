"""Writing a graph's files: all of a set or none, an index that names its own GraphML, a folder checked first."""

from __future__ import annotations

import subprocess
import sys

import networkx as nx
import pytest

from kgraph import pipeline
from kgraph.contract import format_evidence
from kgraph.errors import OutputError
from kgraph.export.graphml import read_graphml
from kgraph.pipeline import outputs
from kgraph.query import open_graph


def small_graph(who: str) -> nx.Graph:
    graph = nx.Graph(name="g", built="2026-01-01T00:00:00+00:00", articles=1, window="sentence", windows=1)
    graph.add_node("a", label=f"Anna {who}", type="person", mentions=2, articles=1, aliases=f"Anna {who}")
    graph.add_node("b", label="Boris Brown", type="person", mentions=1, articles=1, aliases="Boris Brown")
    evidence = format_evidence([{"text": "Anna met Boris.", "article": "x"}])
    graph.add_edge("a", "b", weight=1, articles=1, evidence=evidence)
    return graph


def test_an_index_is_never_paired_with_another_builds_graphml(tmp_path, monkeypatch):
    """Two builds write g.graphml at once: the other one's files land while this one writes its index."""
    first, second = small_graph("First"), small_graph("Second")
    write_index = outputs.write_index
    others = [second]

    def meanwhile(graph, path, **options):
        if others:
            pipeline.write(others.pop(), tmp_path, "g", formats=["graphml"])
        return write_index(graph, path, **options)

    monkeypatch.setattr(outputs, "write_index", meanwhile)
    pipeline.write(first, tmp_path, "g", formats=["graphml"])
    graphml = tmp_path / "g.graphml"
    assert open_graph(graphml).node("a")["label"] == read_graphml(graphml).nodes["a"]["label"]


def test_an_interrupted_write_leaves_the_old_set_of_files_and_no_temporary_file(tmp_path, monkeypatch):
    formats = ["graphml", "csv", "json"]
    pipeline.write(small_graph("Old"), tmp_path, "g", formats=formats)
    before = {path.name: path.read_bytes() for path in tmp_path.iterdir()}

    def interrupted(graph, path):
        raise KeyboardInterrupt

    monkeypatch.setattr("kgraph.export.node_link.write_node_link", interrupted)
    with pytest.raises(KeyboardInterrupt):
        pipeline.write(small_graph("New"), tmp_path, "g", formats=formats)
    assert {path.name: path.read_bytes() for path in tmp_path.iterdir()} == before


def test_temporary_files_of_a_killed_build_are_removed_by_the_next(tmp_path):
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    orphan = tmp_path / f".g.graphml.{gone.stdout.strip()}.k1ll3d_x.tmp"
    orphan.write_text("<graphml half written", encoding="utf-8")
    pipeline.write(small_graph("New"), tmp_path, "g", formats=["graphml"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.graphml", "g.kgindex.sqlite"]


@pytest.mark.parametrize("where", ["file", "under-a-file"])
def test_an_output_folder_that_cannot_be_written_is_one_error_naming_it(tmp_path, where):
    (tmp_path / "graphs").write_text("a file, not a folder", encoding="utf-8")
    out = tmp_path / "graphs" / ("" if where == "file" else "deeper")
    with pytest.raises(OutputError, match=str(out).rstrip("/")):
        pipeline.writable_folder(out)
