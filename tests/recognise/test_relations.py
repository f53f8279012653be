"""Relations read off the real parser: who did what to whom, and no predicate where the sentence gives none."""

from __future__ import annotations

import json

import networkx as nx
import pytest

import kgraph
from kgraph import Recogniser
from kgraph.contract import parse_evidence, parse_relations
from kgraph.export.node_link import to_node_link
from kgraph.recognise.here import BATCH_SIZE, recognise_here
from kgraph.types import Article, ArticleInfo
from tests.conftest import SEEDS


def said(text: str, nlp, parser) -> set[tuple[str, str, str]]:
    """(subject, predicate, object) of every relation in ``text``; ("X", "meet", "Y") for X and Y together
    is written with the subject first as the sentence has it, and "<->" marks a joint action."""
    [extraction] = recognise_here([Article(ArticleInfo(id="t"), text)], nlp, batch_size=BATCH_SIZE, parser=parser)
    found = set()
    for sentence in extraction.sentences:
        for r in sentence.relations:
            a, b = sentence.mentions[r.source].text, sentence.mentions[r.target].text
            found.add((a, ("<-> " if r.mutual else "") + r.predicate, b))
    return found


@pytest.mark.parametrize("text, expected", [
    ("Hamas attacked Israel on Saturday.", {("Hamas", "attack", "Israel")}),  # active
    ("Jayson Tatum was fouled by LeBron James.", {("LeBron James", "foul", "Jayson Tatum")}),  # passive
    ("Vladimir Putin did not meet Volodymyr Zelenskyy.",
     {("Vladimir Putin", "not meet", "Volodymyr Zelenskyy")}),  # negation
    ("Germany said Russia must pull out of Ukraine.",
     {("Germany", "say", "Russia"), ("Russia", "pull out of", "Ukraine")}),  # particle + preposition, speech
    ("Emmanuel Macron and Olaf Scholz met on Monday.",
     {("Emmanuel Macron", "<-> meet", "Olaf Scholz")}),  # coordination with a joint action
    ("Shinzo Abe has suggested he will retain Fumio Kishida as foreign minister.",
     {("Shinzo Abe", "retain", "Fumio Kishida")}),  # the verb of a clause without a subject of its own
])
def test_predicates_with_their_direction(text, expected, nlp, parser):
    assert said(text, nlp, parser) == expected


@pytest.mark.parametrize("text", [
    "Joe Biden, Emmanuel Macron and Olaf Scholz attended the summit.",  # a list
    "Rafael Grossi, director general of the International Atomic Energy Agency, spoke on Monday.",  # apposition
    "Senator Rodrigo Pacheco defeated an ally of Jair Bolsonaro.",  # a nested noun phrase
    "Emmanuel Macron met Olaf Scholz in Berlin.",  # the place is no party to the meeting
])
def test_no_predicate_where_the_sentence_links_them_by_no_verb_of_theirs(text, nlp, parser):
    found = said(text, nlp, parser)
    assert not any({"Joe Biden", "Rafael Grossi", "Berlin"} & {a, b} for a, _, b in found)
    assert not any(b == "Jair Bolsonaro" for _, _, b in found)


def test_sentences_naming_fewer_than_two_entities_are_not_parsed(nlp):
    class Refusing:
        component_names = ()

        def pipe(self, texts, **_):
            texts = list(texts)
            assert texts == [], texts
            return iter(())

    text = "Volodymyr Zelenskyy spoke. The talks went on for hours."
    [extraction] = recognise_here([Article(ArticleInfo(id="t"), text)], nlp, batch_size=BATCH_SIZE,
                                  parser=Refusing())
    assert all(s.relations == () for s in extraction.sentences)


@pytest.fixture(scope="module")
def related(nlp, parser, tmp_path_factory):
    corpus = tmp_path_factory.mktemp("related") / "news.txt"
    corpus.write_text("Hamas attacked Israel on Saturday. Israel said Hamas attacked first.\n\n"
                      "Emmanuel Macron and Olaf Scholz met in Paris.\n", encoding="utf-8")
    return corpus


def test_edges_carry_their_relations_and_evidence_its_predicate(related, nlp, parser):
    graph = kgraph.build([related], recogniser=Recogniser(nlp=nlp, parser=parser))
    hamas = next(n for n, d in graph.nodes(data=True) if d["label"] == "Hamas")
    israel = next(n for n, d in graph.nodes(data=True) if d["label"] == "Israel")
    assert graph.graph["relations"] is True
    assert parse_relations(graph.edges[hamas, israel]["relations"]) == [
        {"predicate": "attack", "subject": hamas, "object": israel, "count": 1},
        {"predicate": "say", "subject": israel, "object": hamas, "count": 1}]  # "Israel said Hamas attacked first"
    evidence = parse_evidence(graph.edges[hamas, israel]["evidence"])
    assert evidence[0]["predicate"] == "attack" and evidence[0]["subject"] == hamas
    macron, scholz = (next(n for n, d in graph.nodes(data=True) if name in d["label"]) for name in ("Macron", "Scholz"))
    assert parse_relations(graph.edges[macron, scholz]["relations"]) == [{"predicate": "meet", "mutual": True,
                                                                          "count": 1}]
    data = to_node_link(graph)
    listed = next(e for e in data["edges"] if {e["source"], e["target"]} == {hamas, israel})
    assert listed["relations"][0]["predicate"] == "attack"  # a list in node-link JSON, not a string
    assert json.loads(json.dumps(data))["graph"]["relations"] is True


def test_workers_and_the_cache_carry_the_relations(nlp, parser, tmp_path):
    expected = kgraph.build([SEEDS], recogniser=Recogniser(nlp=nlp, parser=parser))
    assert any("relations" in d for _, _, d in expected.edges(data=True))
    cache = tmp_path / "cache.sqlite"
    for recogniser in (Recogniser(nlp=nlp, parser=parser, jobs=2), Recogniser(nlp=nlp, parser=parser, cache=cache),
                       Recogniser(nlp=nlp, parser=parser, cache=cache)):
        report = kgraph.BuildReport()
        graph = kgraph.build([SEEDS], recogniser=recogniser, report=report)
        assert nx.utils.edges_equal(graph.edges(data="relations"), expected.edges(data="relations"))
    assert report.cached == report.articles  # the last build read every article from the cache


def test_a_cache_written_without_relations_is_not_reused_for_a_build_with_them(nlp, parser, tmp_path):
    cache = tmp_path / "cache.sqlite"
    kgraph.build([SEEDS], recogniser=Recogniser(nlp=nlp, cache=cache))
    report = kgraph.BuildReport()
    graph = kgraph.build([SEEDS], recogniser=Recogniser(nlp=nlp, parser=parser, cache=cache), report=report)
    assert report.cached == 0 and any("relations" in d for _, _, d in graph.edges(data=True))


@pytest.mark.browser
def test_the_page_shows_the_predicates_in_the_panel_and_the_edge_tooltip(browser, related, nlp, parser, tmp_path):
    from kgraph.export.html import page_data
    from tests.browser import open_page

    graph = kgraph.build([related], recogniser=Recogniser(nlp=nlp, parser=parser))
    tooltips = {edge.get("title") for edge in page_data(graph)["edges"]}
    assert "Hamas attack Israel; Israel say Hamas" in tooltips
    kgraph.write_html(graph, tmp_path / "related.html")
    with open_page(browser, tmp_path / "related.html") as run:
        run.page.fill("#search", "Hamas")
        run.page.press("#search", "Enter")
        panel = run.page.text_content("#panel")
        assert "\u2192 attack" in panel and "\u2190 say" in panel  # Hamas attacked; Israel said
        assert "[attack]" in panel  # on its evidence sentence
