"""News as the web delivers it, built for real: saved pages, markup in records, outlet boilerplate, bad bytes."""

import re

import pytest

import kgraph
from kgraph.contract import parse_evidence
from kgraph.report import BuildReport
from tests.conftest import DATA
from tests.conftest import run_kgraph as run

INPUTS = [DATA / "html", DATA / "input" / "markup.jsonl", DATA / "input" / "outlets.txt",
          DATA / "input" / "nul-byte.txt", DATA / "input" / "stray-cp1252.txt"]
PEOPLE = ["Volodymyr Zelenskyy", "Donald Tusk", "Mark Rutte", "Sergei Lavrov", "Stuart Machin", "Emmanuel Macron",
          "Ivana Kovač", "William Ruto", "Abiy Ahmed", "Keir Starmer", "Narendra Modi", "Dina Boluarte",
          "Andrii Sybiha", "Kestutis Budrys", "Vladimir Putin", "Xi Jinping", "Dmitry Peskov"]
# Navigation, ads, related links, comments, bylines, credits, embedded posts, sign-ups: none is an actor.
DEBRIS = ["Marta", "Nowak", "Tom Price", "Kevin Barlow", "Priya Raman", "Boris Johnson", "Orb", "Gazprom", "Harrow",
          "Ledger", "Petrenko", "Odhiambo", "Elsayed", "Krauss", "Elizabeth Piper", "Toby Chopra", "World News",
          "Markets", "PREMIUM", "Nairobi", "Lima", "Gaza City", "New Delhi", "Reuters", "AP", "ZelenskyyUa",
          "WilliamsRuto", "Samoei", "Europe Briefing", "Africa Daily", "Facebook", "Monitors", "Quake"]


@pytest.fixture(scope="module")
def web(nlp):
    report = BuildReport()
    return kgraph.build(INPUTS, recogniser=kgraph.Recogniser(nlp=nlp), report=report), report


def names(graph):
    return [name for _, data in graph.nodes(data=True) for name in [data["label"], *data["aliases"].split("|")]]


def test_the_graph_has_the_articles_people_and_none_of_the_debris(web):
    graph, _ = web
    labels = {data["label"] for _, data in graph.nodes(data=True) if data["type"] == "person"}
    assert set(PEOPLE) <= labels
    assert not [name for name in names(graph) for debris in DEBRIS if re.search(rf"\b{debris}", name, re.I)]


def test_no_markup_or_character_reference_reaches_a_label_alias_or_evidence(web):
    graph, _ = web
    evidence = [item for _, _, text in graph.edges(data="evidence") for item in parse_evidence(text)]
    texts = names(graph) + [value for item in evidence for value in item.values()]
    assert evidence and not [t for t in texts if re.search(r"&(#\d+|#x[0-9a-f]+|[a-z]+\d*);|<[a-z/!]", t, re.I)]
    assert "Marks & Spencer" in names(graph)  # "&amp;" decoded, not split into two organisations


def test_bad_bytes_are_warned_about_once_and_only_empty_inputs_are_skipped(web):
    graph, report = web
    assert [p.what for p in report.problems] == [
        "HTML page holds no article text",
        "no text left once markup, control characters and credits are removed"]
    assert [w.where.split("/")[-1] for w in report.warnings] == ["nul-byte.txt", "stray-cp1252.txt"]
    assert (graph.graph["first_date"], graph.graph["last_date"]) == ("2025-03-03", "2025-03-07")


def test_build_since_until_keeps_the_range_and_info_prints_it(tmp_path):
    out = tmp_path / "out"
    result = run("build", *map(str, INPUTS), "--since", "2025-03-05", "--until", "6 March 2025", "--out", str(out),
                 "--no-cache", "--format", "graphml", "--name", "web", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    summary = next(line for line in result.stdout.splitlines() if " entities, " in line)
    assert "out of the date range" in summary and "dated 2025-03-05 to 2025-03-06," in summary
    graph = kgraph.read_graphml(out / "web.graphml")
    assert "Stuart Machin" in {d["label"] for _, d in graph.nodes(data=True)}
    assert "Volodymyr Zelenskyy" not in {d["label"] for _, d in graph.nodes(data=True)}  # 3 March
    info = run("info", "--graph", str(out / "web.graphml"), cwd=tmp_path)
    assert "articles dated 2025-03-05 to 2025-03-06" in info.stdout
    bad = run("build", str(INPUTS[1]), "--since", "someday", "--out", str(out), cwd=tmp_path)
    assert bad.returncode == 2 and "since 'someday' is not a date" in bad.stderr  # a usage error
