"""An incremental rebuild (a cache, new articles added) gives exactly the graph of a clean build."""

import kgraph
from kgraph import Recogniser
from kgraph.report import BuildReport
from tests.recognise.test_cache import _same_graph

OLD = {
    "b-brussels.txt": "BRUSSELS - Ms Kowalczyk told reporters on Monday that the European Commission would not delay "
                      "the vote. Kowalczyk said the plan had wide support.\n\nThe Commission met in Brussels.\n",
    "c-warsaw.txt": "WARSAW - Kowalczyk, the minister, met Olaf Scholz in Warsaw on Tuesday. Scholz and Kowalczyk "
                    "discussed energy prices.\n",
}
# Sorted first, so it comes before the articles it changes; its full name merges their surname-only mentions.
NEW = {"a-paris.txt": "PARIS - Polish minister Agnieszka Kowalczyk arrived in Paris on Wednesday to meet "
                      "Emmanuel Macron.\n"}


def test_a_late_full_name_merges_earlier_surnames_as_in_a_clean_build(nlp, tmp_path):
    folder, cache = tmp_path / "news", tmp_path / "k.kgcache.sqlite"
    folder.mkdir()
    for name, text in OLD.items():
        (folder / name).write_text(text, encoding="utf-8")
    before = kgraph.build([folder], recogniser=Recogniser(nlp=nlp, cache=cache))
    assert "kowalczyk" in before
    for name, text in NEW.items():
        (folder / name).write_text(text, encoding="utf-8")
    report = BuildReport()
    after = kgraph.build([folder], report=report, recogniser=Recogniser(nlp=nlp, cache=cache))
    assert (report.cached, report.recognised) == (len(OLD), len(NEW))
    assert "kowalczyk" not in after and after.nodes["agnieszka_kowalczyk"]["articles"] == 3
    assert after.has_edge("agnieszka_kowalczyk", "olaf_scholz")
    assert _same_graph(after, kgraph.build([folder], recogniser=Recogniser(nlp=nlp)))


def test_rebuilding_the_files_in_place_writes_those_of_a_clean_build(nlp, tmp_path, monkeypatch):
    """As ``kgraph build`` rebuilds a folder: the record of the last build and its cache (articles, documents
    and sentence readings) are there; after a late full name, and then with nothing changed."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")  # else the clean build's time differs
    folder, out, clean = tmp_path / "news", tmp_path / "out", tmp_path / "clean"
    folder.mkdir()
    for name, text in OLD.items():
        (folder / name).write_text(text, encoding="utf-8")

    def build_files(into, cache=True):
        return kgraph.pipeline.build_files(
            [folder], into, formats=["graphml"], name="news",
            recogniser=Recogniser(nlp=nlp, cache=into / "k.kgcache.sqlite" if cache else None))

    build_files(out)
    for name, text in NEW.items():
        (folder / name).write_text(text, encoding="utf-8")
    assert not build_files(out).unchanged
    build_files(clean, cache=False)
    assert (out / "news.graphml").read_bytes() == (clean / "news.graphml").read_bytes()
    assert build_files(out).unchanged
    assert (out / "news.graphml").read_bytes() == (clean / "news.graphml").read_bytes()
