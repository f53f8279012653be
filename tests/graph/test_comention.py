"""Co-mention counting: windows, pair statistics, NPMI and evidence."""

import math

import pytest

import kgraph
from kgraph import Recogniser
from kgraph.graph import comention
from kgraph.types import ArticleInfo, Extraction, Sentence
from tests.conftest import SEEDS


def article(article_id, paragraphs, **info):
    """An Extraction and its links from paragraphs of sentences, each given as (text, entity ids)."""
    sentences, links = [], []
    for number, paragraph in enumerate(paragraphs):
        for text, ids in paragraph:
            sentences.append(Sentence(text=text, paragraph=number))
            links.append(tuple(ids))
    return Extraction(info=ArticleInfo(id=article_id, **info), sentences=tuple(sentences)), tuple(links)



# Two paragraphs: a and b meet in one sentence, b and c only across sentences of paragraph 2.
STORY = article("s1", [
    [("A met B.", ["a", "b", "a"]), ("A left.", ["a"])],
    [("B spoke.", ["b"]), ("Nobody.", []), ("C answered.", ["c", None])],
], date="2024-03-02", source="Wire")


def test_a_pair_counts_once_per_sentence_however_often_named():
    result = comention.count([STORY])
    assert set(result.pairs) == {("a", "b")}
    assert result.pairs["a", "b"].weight == 1
    assert result.pairs["a", "b"].evidence[0].sentence == "A met B."
    assert (result.window, result.windows) == ("sentence", 5)


def test_paragraph_window_links_entities_in_different_sentences():
    result = comention.count([STORY], window="paragraph")
    assert set(result.pairs) == {("a", "b"), ("b", "c")}
    assert result.windows == 2
    # the two nearest sentences naming one each, with the gap between them marked
    assert result.pairs["b", "c"].evidence[0].sentence == "B spoke. … C answered."


def test_article_window_counts_each_article_once():
    result = comention.count([STORY], window="article")
    assert set(result.pairs) == {("a", "b"), ("a", "c"), ("b", "c")}
    assert all(c.weight == 1 for c in result.pairs.values())
    assert result.pairs["a", "b"].evidence[0].sentence == "A met B."
    assert result.pairs["a", "c"].evidence[0].sentence == "A left. … C answered."  # the nearest "A" sentence


def test_unknown_window_is_refused():
    with pytest.raises(ValueError, match="sentence, paragraph, article"):
        comention.count([STORY], window="page")


def test_articles_dates_and_sources_are_gathered_per_pair():
    later = article("s2", [[("A and B again.", ["a", "b"]), ("And B with A.", ["b", "a"])]],
                    date="2024-05-01", source="Daily")
    syndicated = article("s3", [[("A, B.", ["a", "b"])]], date="2023-12-31", source="Wire")
    undated = article("s4", [[("A; B.", ["a", "b"])]])
    pair = comention.count([STORY, later, syndicated, undated]).pairs["a", "b"]
    assert (pair.weight, pair.articles) == (5, 4)
    assert (pair.first_date, pair.last_date) == ("2023-12-31", "2024-05-01")
    assert pair.sources == ("Daily", "Wire")


def test_evidence_is_capped_and_keeps_its_article():
    many = article("m", [[(f"A and B, take {i}.", ["a", "b"]) for i in range(9)]], title="Many takes")
    pair = comention.count([many], max_evidence=3).pairs["a", "b"]
    assert pair.weight == 9
    assert [e.sentence for e in pair.evidence] == ["A and B, take 0.", "A and B, take 1.", "A and B, take 2."]
    assert pair.evidence[0].article.title == "Many takes"
    assert comention.count([many], max_evidence=0).pairs["a", "b"].evidence == ()


def test_npmi_follows_its_formula():
    # windows: {a,b} {a} {b,c} {} -> n=4; a:2 b:2 c:1; ab:1 bc:1
    corpus = article("n", [[("1", ["a", "b"]), ("2", ["a"]), ("3", ["b", "c"]), ("4", [])]])
    pairs = comention.count([corpus]).pairs
    assert pairs["a", "b"].npmi == 0.0  # p(ab) = p(a)p(b): independent
    assert pairs["b", "c"].npmi == pytest.approx(math.log(2) / math.log(4), abs=1e-4)
    assert comention.npmi(3, 3, 3, 3) == 1.0  # together in every window


def test_npmi_does_not_reward_the_entity_named_everywhere():
    # "hub" is in every sentence; "x" and "y" only ever appear together
    sentences = [("hub x y", ["hub", "x", "y"])] * 2 + [(f"hub {i}", ["hub", f"e{i}"]) for i in range(20)]
    pairs = comention.count([article("h", [sentences])]).pairs
    assert pairs["hub", "x"].weight == pairs["x", "y"].weight
    assert pairs["x", "y"].npmi == 1.0
    assert pairs["hub", "x"].npmi < 0.1


def test_wider_windows_never_lose_a_seed_pair(nlp):
    by_sentence = kgraph.build([SEEDS], recogniser=Recogniser(nlp=nlp))
    by_paragraph = kgraph.build([SEEDS], window="paragraph", recogniser=Recogniser(nlp=nlp))
    assert by_paragraph.graph["windows"] < by_sentence.graph["windows"]
    for a, b, articles in by_sentence.edges(data="articles"):
        assert by_paragraph.edges[a, b]["articles"] >= articles
    assert by_paragraph.number_of_edges() > by_sentence.number_of_edges()
