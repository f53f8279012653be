"""Recognition with the real spaCy pipeline: trimmed model, streaming, worker processes."""

import sys
from concurrent.futures import ProcessPoolExecutor

import pytest

import kgraph
from kgraph import Recogniser, recognise
from kgraph.pipeline import articles
from kgraph.recognise import here, workers
from kgraph.report import BuildReport
from kgraph.types import Article, ArticleInfo
from tests.conftest import DATA, SEEDS


def seed_articles() -> list[Article]:
    return list(articles([SEEDS], report=BuildReport()))


def test_only_sentence_boundaries_and_ner_run(nlp):
    assert nlp.pipe_names == ["senter", "ner"]


def test_one_extraction_per_article_in_order_with_mentions_inside_their_sentence(nlp):
    given = seed_articles()
    extractions = list(recognise.recognise(given, nlp))
    assert [e.info for e in extractions] == [a.info for a in given]
    for article, extraction in zip(given, extractions):
        paragraphs = article.paragraphs
        assert extraction.sentences
        for sentence in extraction.sentences:
            assert sentence.text in paragraphs[sentence.paragraph]
            for mention in sentence.mentions:
                assert sentence.text[mention.start:mention.end] == mention.text
                assert mention.label in recognise.ENTITY_LABELS
    names = {m.text for e in extractions for s in e.sentences for m in s.mentions}
    assert {"Zelenskyy", "Vasyl Malyuk"} <= names


def test_an_article_without_paragraphs_still_gets_its_extraction(nlp):
    empty = Article(info=ArticleInfo(id="empty"), text="\n\n")
    given = [empty, *seed_articles()[:1]]
    extractions = list(recognise.recognise(given, nlp))
    assert [e.info.id for e in extractions] == ["empty", given[1].info.id]
    assert extractions[0].sentences == ()


def test_worker_processes_return_what_one_process_does(nlp, monkeypatch):
    given = seed_articles() + list(articles([DATA / "wire"], report=BuildReport()))
    # Small partitions, so even this corpus is shared among the workers.
    monkeypatch.setattr(workers, "PARTITION_CHARS", 4_000)
    assert len(list(recognise.partitions(given, workers.PARTITION_CHARS))) > 4
    assert list(recognise.recognise(given, nlp, jobs=2)) == list(recognise.recognise(given, nlp))


def _spacy_imported() -> bool:
    return "spacy" in sys.modules  # importing this test module does not import it


def test_workers_are_forked_with_spacy_already_imported():
    if workers._context().get_start_method() != "forkserver":
        pytest.skip("no forkserver on this platform: workers are spawned")
    recognise.start_fork_server()
    with ProcessPoolExecutor(1, mp_context=workers._context()) as pool:
        assert pool.submit(_spacy_imported).result()


def test_a_build_starts_the_fork_server_first_only_when_workers_will_be_used(nlp, monkeypatch, tmp_path):
    calls = []
    recognise_now = recognise.recognise
    monkeypatch.setattr(recognise, "start_fork_server", lambda: calls.append("start fork server"))
    monkeypatch.setattr(recognise, "recognise", lambda *a, **k: calls.append("recognise") or recognise_now(*a, **k))
    monkeypatch.setattr(workers, "PARTITION_CHARS", 4_000)  # workers start above two partitions of text
    short = tmp_path / "short.txt"
    short.write_text(seed_articles()[0].text, encoding="utf-8")
    kgraph.build([short], recogniser=Recogniser(nlp=nlp, jobs=2))
    kgraph.build([SEEDS], recogniser=Recogniser(nlp=nlp, jobs=1))
    assert "start fork server" not in calls
    calls.clear()
    kgraph.build([SEEDS], recogniser=Recogniser(nlp=nlp, jobs=2))
    assert calls[:2] == ["start fork server", "recognise"]


def test_little_text_stays_in_this_process(nlp, monkeypatch):
    def no_pool(*args, **kwargs):
        raise AssertionError("a process pool was started for one partition")

    monkeypatch.setattr(workers, "ProcessPoolExecutor", no_pool)
    given = seed_articles()[:2]
    assert list(recognise.recognise(given, nlp, jobs=4)) == list(recognise.recognise(given, nlp))


def test_partitions_keep_order_and_size():
    given = [Article(info=ArticleInfo(id=str(n)), text="x" * 400) for n in range(10)]
    runs = list(recognise.partitions(given, 1_000))
    assert [len(run) for run in runs] == [3, 3, 3, 1]
    assert [a for run in runs for a in run] == given


def test_fingerprint_names_model_components_and_labels(nlp):
    fingerprint = recognise.fingerprint(nlp)
    assert nlp.meta["version"] in fingerprint and "senter,ner" in fingerprint and "PERSON" in fingerprint


def test_a_paragraph_longer_than_spacy_accepts_is_recognised_in_pieces(nlp, monkeypatch):
    # The same limits scaled down 100 times, so the test costs a second, not minutes of NER.
    monkeypatch.setattr(nlp, "max_length", 10_000)
    monkeypatch.setattr(here, "MAX_PIECE_CHARS", 1_000)
    sentence = "Prime Minister Keir Starmer met Volodymyr Zelenskyy in London on Thursday. "
    paragraph = sentence * (nlp.max_length // len(sentence) + 10)  # over spaCy's limit
    article = Article(info=ArticleInfo(id="long"), text=paragraph)
    (extraction,) = recognise.recognise([article], nlp)
    assert all(len(s.text) <= here.MAX_PIECE_CHARS for s in extraction.sentences)
    assert {s.paragraph for s in extraction.sentences} == {0}
    names = [m.text for s in extraction.sentences for m in s.mentions if m.label == "PERSON"]
    assert names.count("Volodymyr Zelenskyy") == paragraph.count("Volodymyr Zelenskyy")


def test_pieces_cut_after_a_sentence_end_and_lose_no_text():
    text = "One two. Three four five. Six seven eight nine."
    pieces = list(here._pieces(text, 20))
    assert all(len(p) <= 20 for p in pieces)
    assert pieces[0] == "One two."
    assert " ".join(pieces).split() == text.split()
    assert list(here._pieces("x" * 25, 10)) == ["x" * 10, "x" * 10, "x" * 5]


class _Batches:
    """The real pipeline, noting the characters of every batch given to nlp.pipe."""

    def __init__(self, nlp):
        self.nlp = nlp
        self.sizes: list[int] = []

    def pipe(self, texts, *, as_tuples, batch_size):
        texts = list(texts)
        for start in range(0, len(texts), batch_size):
            self.sizes.append(sum(len(text) for text, _ in texts[start:start + batch_size]))
        return self.nlp.pipe(texts, as_tuples=as_tuples, batch_size=batch_size)


def test_a_batch_for_spacy_holds_as_many_characters_however_the_text_is_broken(nlp, monkeypatch):
    # Limits scaled down 50 times, as above.
    monkeypatch.setattr(here, "MAX_PIECE_CHARS", 200)
    monkeypatch.setattr(here, "BATCH_CHARS", 2_000)
    sentence = "Prime Minister Keir Starmer met Volodymyr Zelenskyy in London on Thursday. "
    one_line = Article(info=ArticleInfo(id="one"), text=(sentence * 80).strip())
    broken = Article(info=ArticleInfo(id="broken"), text="\n\n".join([sentence.strip()] * 80))
    for article in (one_line, broken):
        spy = _Batches(nlp)
        (extraction,) = here.recognise_here([article], spy, batch_size=256)
        assert spy.sizes and max(spy.sizes) <= here.BATCH_CHARS
        assert sum(m.text == "Volodymyr Zelenskyy" for s in extraction.sentences for m in s.mentions) == 80
