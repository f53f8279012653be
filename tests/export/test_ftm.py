"""FollowTheMoney entities, checked by followthemoney's own model (the ftm extra; the test extra installs it)."""

import importlib
import json
import os
import sys

import networkx as nx
import pytest

import kgraph
from kgraph import pipeline
from kgraph.contract import parse_evidence
from kgraph.errors import ExportError
from kgraph.export.ftm import SCHEMATA, write_ftm
from kgraph.export.portable import portable

REFERENCES = ("subject", "object", "proof", "document", "resolved")


@pytest.fixture(scope="module")
def ftm():
    """followthemoney; skips without the extra, fails without it under CI (tests/run.sh installs it)."""
    if os.environ.get("CI"):
        return importlib.import_module("followthemoney")
    return pytest.importorskip("followthemoney", reason="needs the ftm extra")


def read_entities(path, ftm) -> dict:
    """id -> entity of a JSON Lines file, each one validated by the FtM model: schema, properties, references."""
    model, registry = ftm.model, ftm.registry
    entities = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        entity = json.loads(line)
        schema = model.get(entity["schema"])
        assert schema is not None and not schema.abstract, entity
        assert set(entity["properties"]) <= set(schema.properties), entity  # validate() skips unknown names
        assert schema.validate(entity) is None  # raises InvalidData: a missing required or invalid value
        proxy = model.get_proxy(entity)
        assert proxy.to_dict()["properties"] == entity["properties"]  # already clean: FtM changes nothing
        assert registry.entity.validate(entity["id"]) and entity["id"] not in entities
        entities[entity["id"]] = entity
    for entity in entities.values():
        for name in REFERENCES:
            assert set(entity["properties"].get(name, [])) <= set(entities), (name, entity)
    return entities


def expected_counts(graph) -> dict[str, int]:
    """How many entities of each kind the graph should give: its nodes, edges, articles and mentions."""
    articles, mentions = set(), set()
    for a, b, evidence in graph.edges(data="evidence", default=""):
        for item in parse_evidence(evidence):
            key = item.get("article") or item.get("url") or item["text"]
            articles.add(key)
            mentions.update({(a, key), (b, key)})
    counts = {"UnknownLink": graph.number_of_edges(), "Article": len(articles), "Mention": len(mentions)}
    for _, kind in graph.nodes(data="type"):
        schema = SCHEMATA.get(kind, "LegalEntity")
        counts[schema] = counts.get(schema, 0) + 1
    return counts


def count(entities) -> dict[str, int]:
    found = {}
    for entity in entities.values():
        found[entity["schema"]] = found.get(entity["schema"], 0) + 1
    return found


def test_every_entity_is_valid_ftm_and_the_graph_is_all_there(seed_graph, ftm, tmp_path):
    [path] = pipeline.write(seed_graph, tmp_path, "seeds", formats=["ftm"])
    assert path.name == "seeds.ftm.jsonl"
    entities = read_entities(path, ftm)
    assert count(entities) == expected_counts(seed_graph)
    assert len(entities) == seed_graph.number_of_nodes() + seed_graph.number_of_edges() + sum(
        expected_counts(seed_graph)[kind] for kind in ("Article", "Mention"))
    by_name = {entity["properties"]["name"][0]: entity for entity in entities.values() if "name" in entity["properties"]
               and entity["schema"] != "Mention"}
    zelenskyy, malyuk = by_name["Volodymyr Zelenskyy"], by_name["Vasyl Malyuk"]
    assert zelenskyy["schema"] == "Person" and by_name["Ukraine"]["properties"]["country"] == ["ua"]
    [link] = [e for e in entities.values() if e["schema"] == "UnknownLink"
              and {*e["properties"]["subject"], *e["properties"]["object"]} == {zelenskyy["id"], malyuk["id"]}]
    edge = seed_graph.edges[kgraph.find(seed_graph, "Zelenskyy"), kgraph.find(seed_graph, "Vasyl Malyuk")]
    found = link["properties"]
    assert found["role"] == ["co-mentioned"]
    assert f"co-mentioned in {edge['weight']} sentences of {edge['articles']} articles" in found["summary"][0]
    assert sorted(found["description"]) == sorted({item["text"] for item in parse_evidence(edge["evidence"])})
    assert all(entities[proof]["schema"] == "Article" for proof in found["proof"])


def test_the_same_entity_gets_the_same_id_in_every_build(seed_graph, ftm, tmp_path):
    write_ftm(seed_graph, tmp_path / "one.ftm.jsonl")
    smaller = seed_graph.subgraph(list(seed_graph)[:30])
    write_ftm(smaller, tmp_path / "two.ftm.jsonl")
    one, two = (read_entities(tmp_path / name, ftm) for name in ("one.ftm.jsonl", "two.ftm.jsonl"))
    people = {e["properties"]["name"][0]: e["id"] for e in two.values() if e["schema"] in ("Person", "Territory")}
    assert people and all(one[entity_id]["properties"]["name"][0] == name for name, entity_id in people.items())


@pytest.mark.parametrize("source", ["injection_graph", "hostile_graph", "nasty_graph"])
def test_hostile_graphs_give_valid_entities(source, request, ftm, tmp_path):
    graph = request.getfixturevalue(source)
    write_ftm(graph, tmp_path / "hostile.ftm.jsonl")
    entities = read_entities(tmp_path / "hostile.ftm.jsonl", ftm)
    assert count(entities) == expected_counts(portable(graph))
    names = {name for e in entities.values() if e["schema"] != "Mention" for name in e["properties"].get("name", [])}
    # FtM's name type folds whitespace and drops control characters and the quotes around a name
    assert {ftm.registry.name.clean(label) for _, label in portable(graph).nodes(data="label")} <= names


def test_a_name_ftm_cleans_away_falls_back_to_the_node_id(ftm, tmp_path):
    graph = nx.Graph()
    graph.add_node("quoted_out", label='""', type="person")
    graph.add_node("zelenskyy", label="  Volodymyr  Zelenskyy ", type="person")
    write_ftm(graph, tmp_path / "names.ftm.jsonl")
    names = {e["properties"]["name"][0] for e in read_entities(tmp_path / "names.ftm.jsonl", ftm).values()}
    assert names == {"quoted_out", "Volodymyr Zelenskyy"}


def test_without_the_extra_nothing_is_written(seed_graph, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "followthemoney", None)  # what an install without the extra imports
    with pytest.raises(ExportError, match=r'pip install "kgraph\[ftm\]"'):
        pipeline.write(seed_graph, tmp_path, "seeds", formats=["graphml", "ftm"])
    assert list(tmp_path.iterdir()) == []
