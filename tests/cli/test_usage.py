"""The command line as a new user meets it (issue 21): which graph answers, one error style, checked
choices, counts, path and ego options, what a build says. Run in-process with click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

import kgraph
from kgraph import pipeline
from kgraph.cli import cli
from kgraph.cli.graphfile import LAST_BUILD, record_build


@pytest.fixture()
def folder(seed_graph, tmp_path, monkeypatch):
    """A project folder after `kgraph build`: graphs/seeds.graphml, its index and the record of the build."""
    written = pipeline.write(seed_graph, tmp_path / "graphs", "seeds", formats=["graphml"])
    record_build(tmp_path / "graphs", written)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str):
    return CliRunner().invoke(cli, list(args), prog_name="kgraph")


def test_queries_ask_the_last_build_not_the_newest_file(folder):
    ego = run("ego", "Malyuk", "--out", "graphs/malyuk-ego.graphml")  # newer, and a 7-node graph
    assert ego.exit_code == 0, ego.output
    answer = run("neighbours", "Trump")
    assert answer.exit_code == 0, answer.output
    assert answer.stdout.splitlines()[0].endswith("(in graphs/seeds.graphml)")
    assert json.loads(run("neighbours", "Trump", "--json").stdout)["graph"] == "graphs/seeds.graphml"
    assert run("info").stdout.startswith("graphs/seeds.graphml: ")
    assert "in graphs/seeds.graphml)" in run("path", "Macron", "Malyuk").stdout.splitlines()[0]


def test_without_a_record_one_graph_answers_and_several_are_an_error(folder):
    (folder / "graphs" / LAST_BUILD).unlink()
    assert run("neighbours", "Trump").exit_code == 0
    run("ego", "Malyuk", "--out", "graphs/malyuk-ego.graphml")
    result = run("neighbours", "Trump")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "kgraph: error: graphs/ holds 2 graphs (malyuk-ego.graphml, seeds.graphml) and no record of which one "
        "the last build wrote",
        "kgraph: hint: pass --graph FILE, or run 'kgraph build' again"]


@pytest.mark.parametrize("fmt", ["gexf", "json"])
def test_graph_accepts_gexf_and_node_link_json_without_an_index_warning(folder, seed_graph, fmt):
    pipeline.write(seed_graph, folder, "news", formats=[fmt])
    result = run("neighbours", "Zelenskyy", "--graph", f"news.{fmt}", "--json")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    answer = json.loads(result.stdout)
    assert (answer["graph"], answer["answered_from"]) == (f"news.{fmt}", fmt)
    expected = json.loads(run("neighbours", "Zelenskyy", "--json", "--no-index").stdout)["neighbours"]
    assert answer["neighbours"] == expected


@pytest.mark.parametrize("args, message", [
    (["neighbours", "zelensky", "--type", "people"],
     "kgraph: error: invalid value for '--type': 'people' is not one of person, organisation, country, place"),
    (["path", "Macron", "Malyuk", "--via-type", "city"],
     "kgraph: error: invalid value for '--via-type': 'city' is not one of person, organisation, country, place"),
    (["build", "--types", "person,people"],
     "kgraph: error: invalid value for '--types': 'people' is not one of person, organisation, country, place"),
    (["build", "--format", "pdf"],
     "kgraph: error: invalid value for '--format': 'pdf' is not one of graphml, html, gexf, json, csv"),
    (["ego", "Putin", "--format", "svg"],
     "kgraph: error: invalid value for '--format': 'svg' is not one of graphml, html, gexf, json, csv"),
    (["build", "--window", "page"], "kgraph: error: invalid value for '--window': 'page' is not one of"),
    (["build", "--period", "fortnight"],
     "kgraph: error: invalid value for '--period': 'fortnight' is not one of 'day', 'week', 'month', 'year'"),
    (["neighbours"], "kgraph: error: missing argument 'NAME'"),
    (["neighbor", "Putin"], "kgraph: error: no such command 'neighbor'; did you mean 'neighbours'?"),
])
def test_usage_errors_say_what_is_allowed_and_exit_2(folder, args, message):
    result = run(*args)
    assert result.exit_code == 2
    first, hint = result.stderr.splitlines()
    assert first.startswith(message)
    assert hint.startswith("kgraph: hint: see 'kgraph")
    assert result.stdout == ""


def test_failures_say_kgraph_error_and_exit_1(folder):
    result = run("neighbours", "Pootin")
    assert result.exit_code == 1
    assert result.stderr == "kgraph: error: no entity named 'Pootin' in the graph; did you mean Vladimir Putin?\n"
    missing = run("info", "--graph", "nowhere.graphml")
    assert missing.exit_code == 1 and missing.stderr.startswith("kgraph: error: nowhere.graphml: no such graph file")


def test_neighbors_is_an_alias_and_counts_say_how_many_are_shown(folder, seed_graph):
    result = run("neighbors", "Zelenskyy", "--limit", "2")
    assert result.exit_code == 0, result.output
    total = seed_graph.degree("volodymyr_zelenskyy")
    assert result.stdout.splitlines()[0] == (
        f"Volodymyr Zelenskyy: {total} neighbours, showing 2 (in graphs/seeds.graphml)")
    assert len(result.stdout.splitlines()) == 4  # header line, column names, two rows
    assert json.loads(run("neighbors", "Zelenskyy", "--limit", "2", "--json").stdout)["total"] == total
    second_hop = len(kgraph.neighbours(seed_graph, "Zelenskyy", depth=2, types="person"))  # counted apart, in SQL
    assert json.loads(run("neighbours", "Zelenskyy", "--limit", "2", "--depth", "2", "--type", "person",
                          "--json").stdout)["total"] == second_hop


def test_path_options_hubs_types_alternatives_and_evidence_per_hop(folder):
    default = run("path", "Macron", "Malyuk")
    assert default.exit_code == 0, default.output
    hops = json.loads(run("path", "Macron", "Malyuk", "--json").stdout)["hops"]
    assert all(len(hop["evidence"]) == 1 for hop in hops)  # --evidence 1 by default
    assert default.stdout.count("\u201c") == len(hops)
    assert run("path", "Macron", "Malyuk", "--evidence", "0").stdout.count("\u201c") == 0
    more = run("path", "Macron", "Malyuk", "--alternatives", "2", "--json")
    chains = [json.loads(more.stdout)["hops"], *json.loads(more.stdout)["alternatives"]]
    assert len(chains) == 3 and len({tuple(h["target"] for h in chain) for chain in chains}) == 3
    assert "alternative 2:" in run("path", "Macron", "Malyuk", "--alternatives", "2").stdout
    people = run("path", "Macron", "Malyuk", "--via-type", "person")
    assert people.exit_code == 1 and "through person entities" in people.stderr
    assert run("path", "Macron", "Malyuk", "--avoid-hubs").exit_code == 0


def test_ego_writes_every_format_to_a_default_name(folder, seed_graph):
    result = run("ego", "Putin")
    assert result.exit_code == 0, result.output
    stem = Path("graphs/seeds-ego-vladimir_putin")
    assert stem.with_suffix(".graphml").exists() and stem.with_suffix(".html").exists()
    neighbourhood = {"vladimir_putin", *seed_graph["vladimir_putin"]}
    assert set(nx.read_graphml(stem.with_suffix(".graphml"))) == neighbourhood
    assert result.stdout.startswith(f"{len(neighbourhood)} entities, ")
    others = run("ego", "Putin", "--format", "gexf,json,csv")
    assert others.exit_code == 0, others.output
    assert all(stem.with_suffix(suffix).exists() for suffix in (".gexf", ".json", ".csv"))
    clash = run("ego", "Putin", "--out", "putin.html", "--format", "gexf")
    assert clash.exit_code == 2 and "--format" in clash.stderr


def test_a_build_says_its_counts_in_words_and_what_to_do_next(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("news.jsonl").write_text(
        '{"id": "a1", "text": "Emmanuel Macron met Olaf Scholz."}\n{"id": "a2", "body": "Olaf Scholz left."}\n',
        encoding="utf-8")
    result = run("build", "news.jsonl", "--no-cache")
    assert result.exit_code == 0, result.output
    summary, steps = result.stdout.splitlines()
    assert summary.startswith("1 article (1 skipped, 0 duplicate, 0 cached), 2 entities, 1 edge in ")
    assert steps == ("next: open graphs/news.html in a browser; "
                     "or try: kgraph neighbours 'Olaf Scholz'")  # ties: the last id
    assert ("news.jsonl:2: record has no 'text' text (its fields: id, body; name the text's field with "
            "--text-field") in result.stderr
    assert "recognising" not in result.stderr  # not a terminal: no progress
    assert json.loads(Path("graphs", LAST_BUILD).read_text())["graph"] == "news.graphml"
    assert len(run("build", "news.jsonl", "--no-cache", "-q").stdout.splitlines()) == 1
    page_only = run("build", "news.jsonl", "--no-cache", "--format", "html")
    assert page_only.stdout.splitlines()[1:] == ["next: open graphs/news.html in a browser"]
    asked = run("neighbours", "Macron")
    assert asked.exit_code == 1 and "wrote no graph a query can read (news.html)" in asked.stderr


def test_a_model_that_is_not_installed_says_how_to_install_it(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text("Emmanuel Macron met Olaf Scholz.", encoding="utf-8")
    result = run("build", "a.txt", "--model", "en_core_web_md", "--no-cache")
    assert result.exit_code == 1
    error, hint = result.stderr.splitlines()[-2:]
    assert error.startswith("kgraph: error: cannot load spaCy pipeline 'en_core_web_md'")
    assert hint.startswith("kgraph: hint: install it first: python -m spacy download en_core_web_md")
