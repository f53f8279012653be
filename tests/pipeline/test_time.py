"""Time, recounted: the per-period counts of a dated corpus against a count made from the articles themselves."""

from __future__ import annotations

import calendar
import xml.etree.ElementTree as ET
from datetime import date

import networkx as nx
import pytest

import kgraph
from kgraph import Recogniser
from kgraph.contract import parse_periods
from tests import recount
from tests.conftest import DATED

GEXF = "{http://www.gexf.net/1.2draft}"


def month(day: str) -> str:
    return day[:7]


def iso_week(day: str) -> str:
    year, week, _ = date.fromisoformat(day).isocalendar()
    return f"{year}-W{week:02d}"


def dated(counts) -> dict:
    return {period: n for period, n in counts.items() if period}


@pytest.fixture(scope="module")
def graph(dated_folder):
    folder, _ = dated_folder
    return nx.read_graphml(folder / "dated.graphml")


def by_labels(graph: nx.Graph) -> dict:
    return {frozenset((graph.nodes[a]["label"], graph.nodes[b]["label"])): data for a, b, data in graph.edges(data=True)}


def check_against_recount(graph: nx.Graph, period_of) -> None:
    pairs, entities, articles = recount.recount(period_of)
    assert {data["label"] for _, data in graph.nodes(data=True)} == set(recount.FORMS)
    edges = by_labels(graph)
    assert set(edges) == set(pairs)
    for pair, counts in pairs.items():
        assert parse_periods(edges[pair]["periods"]) == dated(counts), sorted(pair)
        assert edges[pair]["weight"] == sum(counts.values())  # undated sentences count in the total
    for _, data in graph.nodes(data=True):
        assert parse_periods(data["periods"]) == dated(entities[data["label"]]), data["label"]
    periods = parse_periods(graph.graph["periods"])
    assert {p: n for p, n in periods.items() if n} == dated(articles)
    assert list(periods) == sorted(periods) and graph.graph["undated"] == articles[""] == 1


def test_monthly_counts_match_the_articles(graph, dated_folder):
    assert graph.graph["period"] == "month"
    assert graph.graph["periods"] == "2025-05:4|2025-06:4|2025-07:2"
    check_against_recount(graph, month)
    summary = next(line for line in dated_folder[1].stdout.splitlines() if " articles (" in line)
    assert "11 articles" in summary and "1 undated: in the totals, in no month" in summary


def test_the_default_period_over_ten_weeks_is_the_week_and_counts_match(nlp):
    weekly = kgraph.build([DATED], name="dated", recogniser=Recogniser(nlp=nlp))
    assert weekly.graph["period"] == "week"
    # every week from the first article's to the last one's, the empty ones too
    assert list(parse_periods(weekly.graph["periods"])) == [f"2025-W{n}" for n in range(19, 30)]
    check_against_recount(weekly, iso_week)


def test_evidence_of_every_period_is_kept(graph):
    pairs, _, _ = recount.recount(month)
    for pair, data in by_labels(graph).items():
        months = {item["date"][:7] for item in kgraph.contract.parse_evidence(data["evidence"]) if "date" in item}
        assert months == set(dated(pairs[pair])), sorted(pair)


def test_gexf_is_dynamic_with_a_spell_and_a_weight_per_month(dated_folder):
    folder, _ = dated_folder
    pairs, entities, _ = recount.recount(month)
    loaded = nx.read_gexf(folder / "dated.gexf")
    assert loaded.graph["mode"] == "dynamic"

    def spell(period: str) -> tuple[str, str]:
        year, number = map(int, period.split("-"))
        return f"{period}-01", f"{period}-{calendar.monthrange(year, number)[1]:02d}"

    for pair, data in by_labels(loaded).items():
        assert data["spells"] == [spell(p) for p in sorted(dated(pairs[pair]))]
    for _, data in loaded.nodes(data=True):
        assert data.get("spells", []) == [spell(p) for p in sorted(dated(entities[data["label"]]))]
    # Gephi's dynamic weight: attvalues for "weight" with the month's co-mentions, declared as dynamic
    root = ET.parse(folder / "dated.gexf").getroot()
    graph_element = root.find(f"{GEXF}graph")
    assert (graph_element.get("mode"), graph_element.get("timeformat")) == ("dynamic", "date")
    dynamic = [a for a in graph_element.iter(f"{GEXF}attributes") if a.get("mode") == "dynamic"]
    assert [(a.get("class"), [x.get("id") for x in a]) for a in dynamic] == [("edge", ["weight"])]
    labels = {node.get("id"): node.get("label") for node in graph_element.iter(f"{GEXF}node")}
    for edge in graph_element.iter(f"{GEXF}edge"):
        weights = {v.get("start")[:7]: float(v.get("value")) for v in edge.iter(f"{GEXF}attvalue")
                   if v.get("for") == "weight"}
        pair = frozenset((labels[edge.get("source")], labels[edge.get("target")]))
        assert weights == dated(pairs[pair])
