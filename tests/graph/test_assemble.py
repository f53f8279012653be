"""Assembling the graph: node and edge attributes of the contract, evidence as a JSON string."""

import json

from kgraph.contract import format_evidence, parse_evidence
from kgraph.graph.assemble import to_graph
from kgraph.graph.comention import CoMention, CoMentions, Evidence
from kgraph.types import ArticleInfo, Entity

ENTITIES = {
    "UKR": Entity(id="UKR", label="Ukraine", type="country", aliases=("Ukraine", "Kyiv"), mentions=7, articles=3,
                  iso3="UKR"),
    "olaf_scholz": Entity(id="olaf_scholz", label="Olaf Scholz", type="person", aliases=("Olaf Scholz", "Scholz"),
                          mentions=2, articles=1),
    "nato": Entity(id="nato", label="NATO", type="organisation", aliases=("NATO",), mentions=1, articles=1),
}
WIRE = ArticleInfo(id="w1", title="Scholz in Kyiv", url="https://example.org/w1", date="2024-03-02", source="Wire")
UNDATED = ArticleInfo(id="plain-3")


def comentions():
    return CoMentions(
        pairs={
            ("UKR", "olaf_scholz"): CoMention(weight=2, articles=1, npmi=0.5, first_date="2024-03-02",
                                              last_date="2024-03-02", sources=("Daily", "Wire"),
                                              evidence=(Evidence("Scholz went to Kyiv.", WIRE),)),
            ("UKR", "nato"): CoMention(weight=1, articles=1, npmi=-0.25, first_date="", last_date="", sources=(),
                                       evidence=(Evidence('NATO said "Ukraine" </script>.', UNDATED),)),
        },
        window="sentence",
        windows=12,
    )


def test_nodes_carry_the_contract_attributes():
    graph = to_graph(ENTITIES, comentions(), name="t")
    assert graph.nodes["UKR"] == {"label": "Ukraine", "type": "country", "mentions": 7, "articles": 3,
                                  "aliases": "Ukraine|Kyiv", "iso3": "UKR"}
    assert "iso3" not in graph.nodes["olaf_scholz"]
    assert list(graph.nodes) == sorted(ENTITIES)


def test_edges_explain_themselves_and_leave_out_what_is_unknown():
    graph = to_graph(ENTITIES, comentions())
    known = graph.edges["UKR", "olaf_scholz"]
    assert {k: v for k, v in known.items() if k != "evidence"} == {
        "weight": 2, "articles": 1, "npmi": 0.5, "sources": 2, "source_names": "Daily|Wire",
        "first_date": "2024-03-02", "last_date": "2024-03-02"}
    unknown = graph.edges["UKR", "nato"]
    assert unknown["sources"] == 0
    assert not {"first_date", "last_date", "source_names"} & set(unknown)


def test_graph_attributes_record_the_window():
    graph = to_graph(ENTITIES, comentions(), name="t", model="m")
    assert graph.graph == {"name": "t", "model": "m", "window": "sentence", "windows": 12}


def test_evidence_is_a_json_array_string_without_empty_fields():
    graph = to_graph(ENTITIES, comentions())
    assert json.loads(graph.edges["UKR", "olaf_scholz"]["evidence"]) == [
        {"text": "Scholz went to Kyiv.", "article": "w1", "title": "Scholz in Kyiv", "url": "https://example.org/w1",
         "date": "2024-03-02", "source": "Wire"}]
    assert parse_evidence(graph.edges["UKR", "nato"]["evidence"]) == [
        {"text": 'NATO said "Ukraine" </script>.', "article": "plain-3"}]


def test_evidence_round_trips_any_text():
    text = "quotes \" ' “ ” « », control \x00\x1f, markup </script><b>, emoji 🇺🇦"
    assert parse_evidence(format_evidence([{"text": text, "article": UNDATED.id}]))[0]["text"] == text
    assert parse_evidence(format_evidence(())) == []
    assert parse_evidence("") == []


def test_evidence_caps_a_huge_title_and_drops_invisible_characters():
    huge = ArticleInfo(id="h", title="Scholz \u202eeman gnol\u202c " + "x" * 1_000_000, source="Wire\u200f")
    pairs = {("UKR", "olaf_scholz"): CoMention(weight=3, articles=1, npmi=0.5, first_date="", last_date="",
                                               sources=(), evidence=tuple(Evidence(f"Scholz in Kyiv, {n}.", huge)
                                                                          for n in range(3)))}
    graph = to_graph(ENTITIES, CoMentions(pairs=pairs, window="sentence", windows=3), name="t")
    items = parse_evidence(graph.edges["UKR", "olaf_scholz"]["evidence"])
    assert all(len(item["title"]) <= 300 and item["title"].endswith("\u2026") for item in items)
    assert items[0]["title"].startswith("Scholz eman gnol x") and items[0]["source"] == "Wire"
    assert len(graph.edges["UKR", "olaf_scholz"]["evidence"]) < 2_000
