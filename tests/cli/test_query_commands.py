"""kgraph neighbours, path, ego and info, run as a user would on the seed graph written by the build's exporter."""

from __future__ import annotations

import json

import networkx as nx
import pytest

from kgraph import ego as kgraph_ego, pipeline
from kgraph.export.graphml import write_graphml
from tests.conftest import ROOT
from tests.conftest import run_kgraph as kgraph


@pytest.fixture(scope="module")
def folder(seed_graph, tmp_path_factory):
    """A project folder with graphs/seeds.graphml and its index, as `kgraph build` leaves it."""
    root = tmp_path_factory.mktemp("query")
    pipeline.write(seed_graph, root / "graphs", "seeds", formats=["graphml"])
    assert (root / "graphs" / "seeds.kgindex.sqlite").exists()
    return root


def test_neighbours_of_a_misspelt_name_prints_a_table(folder):
    result = kgraph("neighbours", "zelensky", cwd=folder)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Volodymyr Zelenskyy: ")
    assert lines[1].split() == ["rank", "neighbour", "type", "weight", "articles", "score"]
    assert lines[2].split()[0] == "1" and "Ukraine" in lines[2]


def test_ambiguous_name_lists_the_candidates_and_fails(folder):
    result = kgraph("neighbours", "Chirac", "--graph", str(ROOT / "tests/data/query/foreign.graphml"), cwd=folder)
    assert result.returncode == 1
    assert "ambiguous" in result.stderr and "Jacques Chirac" in result.stderr and "Bernadette Chirac" in result.stderr


def test_unknown_name_fails_with_did_you_mean(folder):
    result = kgraph("neighbours", "Pootin", cwd=folder)
    assert result.returncode == 1
    assert "did you mean Vladimir Putin" in result.stderr
    assert result.stdout == ""


def test_json_comes_from_the_index_and_matches_the_graphml(folder):
    fast = json.loads(kgraph("neighbours", "Putin", "--json", "--depth", "2", cwd=folder).stdout)
    slow = json.loads(kgraph("neighbours", "Putin", "--json", "--depth", "2", "--no-index", cwd=folder).stdout)
    assert (fast.pop("answered_from"), slow.pop("answered_from")) == ("index", "graphml")
    assert fast == slow
    assert {n["depth"] for n in fast["neighbours"]} == {1, 2}


def test_filters_and_depth_two_show_the_chain(folder):
    result = kgraph("neighbours", "Macron", "--depth", "2", "--type", "country", "--min-weight", "1", "--limit", "4",
                    cwd=folder)
    assert result.returncode == 0, result.stderr
    header, *rows = result.stdout.splitlines()[1:]
    assert header.split()[-1] == "via" and len(rows) == 4
    assert all("country" in row for row in rows)
    assert any(row.split()[-1] == "France" for row in rows)  # reached through France


def test_evidence_prints_the_linking_sentences_with_their_articles(folder):
    result = kgraph("neighbours", "Zelenskyy", "--evidence", "--limit", "1", cwd=folder)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "Zelenskyy" in lines[3] and lines[3].strip().startswith("\u201c")
    assert lines[4].strip().startswith("\u2014 politico-europe-ukraine-russia")


def test_path_prints_each_hop_with_its_evidence(folder):
    result = kgraph("path", "Macron", "Malyuk", cwd=folder)
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert first.startswith("Emmanuel Macron > ") and "> Vasyl Malyuk" in first
    hops = json.loads(kgraph("path", "Macron", "Malyuk", "--json", cwd=folder).stdout)["hops"]
    assert all(hop["evidence"] for hop in hops)
    assert result.stdout.count("\u2014 politico-europe") >= len(hops)


def test_path_to_an_unknown_name_fails(folder):
    result = kgraph("path", "Macron", "Xqzt Blorbington", cwd=folder)
    assert result.returncode == 1 and "Xqzt Blorbington" in result.stderr


@pytest.mark.parametrize("suffix", [".graphml", ".html"])
def test_ego_writes_the_subgraph(folder, seed_graph, suffix):
    out = folder / f"putin{suffix}"
    result = kgraph("ego", "putin", "--depth", "1", "--out", str(out), cwd=folder)
    assert result.returncode == 0, result.stderr
    center = next(n for n, d in seed_graph.nodes(data=True) if d["label"] == "Vladimir Putin")
    if suffix == ".graphml":  # streamed from the index (kgraph.query.write_ego): as the exporter writes it
        assert set(nx.read_graphml(out)) == {center, *seed_graph[center]}
        pipeline.write(kgraph_ego(folder / "graphs" / "seeds.graphml", "putin"), folder, "exported", formats=["graphml"])
        exported = nx.read_graphml(folder / "exported.graphml")
        assert dict(nx.read_graphml(out).nodes(data=True)) == dict(exported.nodes(data=True))
        assert out.with_suffix(".kgindex.sqlite").exists()
    else:
        assert "vis.Network" in out.read_text(encoding="utf-8") or "vis-network" in out.read_text(encoding="utf-8")
    assert f"{seed_graph.degree(center) + 1} entities" in result.stdout


def test_ego_refuses_other_suffixes(folder):
    result = kgraph("ego", "putin", "--out", "putin.txt", cwd=folder)
    assert result.returncode == 2
    assert result.stderr.startswith("kgraph: error: invalid value for --out: 'putin.txt' must end in one of "
                                    ".graphml, .html, .gexf, .json, .csv")


def test_info_prints_counts_rankings_and_communities(folder, seed_graph):
    result = kgraph("info", cwd=folder)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"graphs/seeds.graphml: {seed_graph.number_of_nodes()} entities, "
                                    f"{seed_graph.number_of_edges()} links")
    measure = "pagerank" if all("pagerank" in d for _, d in seed_graph.nodes(data=True)) else "degree centrality"
    assert "most mentioned:" in result.stdout and f"most central ({measure}):" in result.stdout
    assert "communities, largest first:" in result.stdout
    summary = json.loads(kgraph("info", "--json", "--top", "3", cwd=folder).stdout)
    assert len(summary["top_mentions"]) == 3 and summary["nodes"] == seed_graph.number_of_nodes()


def test_a_stale_index_is_reported_and_the_graphml_answers(folder, seed_graph, tmp_path):
    graphml = tmp_path / "seeds.graphml"
    pipeline.write(seed_graph, tmp_path, "seeds", formats=["graphml"])
    changed = seed_graph.copy()
    changed.nodes[kgraph_id(changed, "Vladimir Putin")]["label"] = "Vladimir V. Putin"
    write_graphml(changed, graphml)  # the GraphML alone: the index is now stale
    result = kgraph("neighbours", "Zelenskyy", "--json", "--graph", str(graphml), cwd=tmp_path)
    assert "stale" in result.stderr
    answer = json.loads(result.stdout)
    assert answer["answered_from"] == "graphml"
    assert "Vladimir V. Putin" in {n["label"] for n in answer["neighbours"]}


def kgraph_id(graph, label):
    return next(n for n, d in graph.nodes(data=True) if d["label"] == label)


@pytest.mark.parametrize("command", ["path", "ego", "info"])
def test_help_of_each_query_command(command, folder):
    result = kgraph(command, "--help", cwd=folder)
    assert result.returncode == 0 and "--graph" in result.stdout and "--no-index" in result.stdout


def test_a_fresh_clone_s_graph_answers_from_its_index_from_the_second_query_on(tmp_path):
    graphs = tmp_path / "graphs"
    graphs.mkdir()
    (graphs / "seeds.graphml").write_bytes((ROOT / "graphs" / "seeds.graphml").read_bytes())  # no index beside it
    first = kgraph("neighbours", "Putin", "--json", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "seeds.kgindex.sqlite" in first.stderr and json.loads(first.stdout)["answered_from"] == "graphml"
    second = kgraph("neighbours", "Putin", "--json", cwd=tmp_path)
    assert second.stderr == "" and json.loads(second.stdout)["answered_from"] == "index"
    assert json.loads(second.stdout)["neighbours"] == json.loads(first.stdout)["neighbours"]
