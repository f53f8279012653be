"""Relations read off the real parser: who did what to whom, and no predicate where the sentence gives none."""

from __future__ import annotations

import json

import networkx as nx
import pytest

import kgraph
from kgraph import Recogniser
from kgraph.contract import RELATION_CLASSES, parse_evidence, parse_relations, relation_class
from kgraph.export.node_link import to_node_link
from kgraph.recognise.here import BATCH_SIZE, recognise_here
from kgraph.types import Article, ArticleInfo
from tests.conftest import ROOT, SEEDS


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
    ("Germany said it would sanction Russia.", {("Germany", "sanction", "Russia")}),  # a clausal complement
    ("Russia invaded Ukraine in 2022 and annexed Crimea.",
     {("Russia", "invade", "Ukraine"), ("Russia", "annex", "Crimea")}),  # conjoined verbs sharing a subject
    ("Ukraine held talks with Turkey on Monday.", {("Ukraine", "hold talks with", "Turkey")}),  # a verb's noun
    ("The European Union imposed new sanctions on Russia.",
     {("The European Union", "impose sanctions on", "Russia")}),
    ("According to Reuters, Russia attacked Ukraine.",
     {("Reuters", "say", "Russia"), ("Russia", "attack", "Ukraine")}),  # a source
    ("Donald Trump said he was unhappy after speaking with Vladimir Putin.",
     {("Donald Trump", "speak with", "Vladimir Putin")}),  # a gerund done by the clause's subject
    ("Hamas, backed by Iran, fired rockets.", {("Iran", "back", "Hamas")}),  # a passive participle
    ("Ukraine, which was attacked by Russia overnight, lost power.",
     {("Russia", "attack", "Ukraine")}),  # a passive relative clause
    ("Angela Merkel is expected to meet Emmanuel Macron on Friday.",
     {("Angela Merkel", "meet", "Emmanuel Macron")}),  # a subject raised by a passive
    ("Emmanuel Macron and Olaf Scholz are trying to reach a deal.",
     {("Emmanuel Macron", "<-> reach", "Olaf Scholz")}),  # co-subjects about to take a joint action
    ("Russian forces attacked Ukraine.", {("Russian", "attack", "Ukraine")}),  # a demonym on who acts for it
    ("Volodymyr Zelenskyy thanked his closest ally, Joe Biden, on Monday.",
     {("Volodymyr Zelenskyy", "thank", "Joe Biden")}),  # a name in apposition to the object
    ("Angela Merkel invoked Germany's first chancellor, CDU politician Konrad Adenauer.",
     {("Angela Merkel", "invoke", "Konrad Adenauer")}),  # not the CDU of his title
])
def test_predicates_with_their_direction(text, expected, nlp, parser):
    assert said(text, nlp, parser) == expected


@pytest.mark.parametrize("text", [
    "Joe Biden, Emmanuel Macron and Olaf Scholz attended the summit.",  # a list
    "Rafael Grossi, director general of the International Atomic Energy Agency, spoke on Monday.",  # apposition
    "Senator Rodrigo Pacheco defeated an ally of Jair Bolsonaro.",  # a nested noun phrase
    "Emmanuel Macron met Olaf Scholz in Berlin.",  # the place is no party to the meeting
    "Barcelona made two changes with Robert Lewandowski on the bench.",  # "changes" is no action between them
    "Discussing the Caracas raid on his Telegram account, Igor Girkin attacked Vladimir Putin.",  # not Telegram
    "Martin Odegaard celebrates scoring their first goal with Bukayo Saka during their match.",  # company
    "Emmanuel Macron and Angela Merkel failed to reach a deal.",  # a joint action that did not happen
    "Vladimir Putin refused to meet Volodymyr Zelenskyy.",  # nor did the meeting
    "Russia was unable to help Iran.",  # nor the help
    "By political reporter Georgia Roberts\nPosted , updated \nEnergy Minister Chris Bowen says Australia is on "
    "track to hit its climate target by 2030.",  # a byline run into the sentence: "by" is no agent here
    "For months, the US, Qatar and Egypt have been trying to reach an agreement between Israel and Hamas.",
    "In January, Donald Trump labeled six Mexican cartels terrorist organizations.",  # the cartels are not Mexico
    "Ferdinand Marcos has gravitated toward the Philippines\u2019 traditional ally.",  # a possessive
])
def test_no_predicate_where_the_sentence_links_them_by_no_verb_of_theirs(text, nlp, parser):
    found = said(text, nlp, parser)
    assert not any({"Joe Biden", "Rafael Grossi", "Berlin", "Robert Lewandowski", "Angela Merkel", "Qatar", "Mexican",
                    "Philippines", "Volodymyr Zelenskyy", "Iran", "Georgia Roberts", "Telegram", "Bukayo Saka"} & {a, b} for a, _, b in found)
    assert not any(b == "Jair Bolsonaro" for _, _, b in found)


@pytest.mark.parametrize("predicate, expected", [
    ("attack", "conflict"), ("not attack", "conflict"), ("hold talks with", "communicate"),
    ("impose sanctions on", "economic"), ("back", "cooperate"), ("appoint", "appoint-employ"), ("sue", "legal"),
    ("outscore", "sport"), ("sign", "other"), ("play out", "other"), ("pull out of", "other"),
])
def test_each_predicate_has_a_coarse_class_from_the_shipped_table(predicate, expected):
    assert relation_class(predicate) == expected


def test_the_class_table_names_only_the_documented_classes():
    rows = [line.split("\t") for line in (ROOT / "kgraph" / "data" / "relation_classes.tsv").read_text(
        encoding="utf-8").splitlines() if line and not line.startswith("#")]
    assert rows and all(len(row) == 3 and row[1] in ("verb", "noun") and row[2] in RELATION_CLASSES for row in rows)
    assert len({(word, kind) for word, kind, _ in rows}) == len(rows)  # one class per word
    assert "sign" not in {word for word, _, _ in rows}  # a treaty or a player: "other", not a guess


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
        {"predicate": "attack", "subject": hamas, "object": israel, "count": 1, "class": "conflict"},
        {"predicate": "say", "subject": israel, "object": hamas, "count": 1, "class": "communicate"}]
    evidence = parse_evidence(graph.edges[hamas, israel]["evidence"])
    assert evidence[0]["predicate"] == "attack" and evidence[0]["subject"] == hamas
    macron, scholz = (next(n for n, d in graph.nodes(data=True) if name in d["label"]) for name in ("Macron", "Scholz"))
    assert parse_relations(graph.edges[macron, scholz]["relations"]) == [{"predicate": "meet", "mutual": True,
                                                                          "count": 1, "class": "communicate"}]
    data = to_node_link(graph)
    listed = next(e for e in data["edges"] if {e["source"], e["target"]} == {hamas, israel})
    assert listed["relations"][0]["predicate"] == "attack"  # a list in node-link JSON, not a string
    assert listed["relations"][0]["class"] == "conflict"
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
        assert "\u2192 attack (conflict)" in panel and "\u2190 say (communicate)" in panel  # Hamas attacked
        assert "[attack]" in panel  # on its evidence sentence


def test_a_cache_written_by_other_relation_rules_is_not_reused(nlp, parser, tmp_path, monkeypatch):
    from kgraph.recognise import model

    cache = tmp_path / "cache.sqlite"
    monkeypatch.setattr(model, "RULES", model.RULES - 1)  # a build by the rules before the current ones
    kgraph.build([SEEDS], recogniser=Recogniser(nlp=nlp, parser=parser, cache=cache))
    monkeypatch.undo()
    report = kgraph.BuildReport()
    kgraph.build([SEEDS], recogniser=Recogniser(nlp=nlp, parser=parser, cache=cache), report=report)
    assert report.cached == 0
