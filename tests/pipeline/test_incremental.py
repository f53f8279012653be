"""An incremental rebuild (a cache, new articles added) gives exactly the graph of a clean build."""

import kgraph
from kgraph import Recogniser
from kgraph.export import FORMATS
from kgraph.report import BuildReport
from kgraph.resolve.repeats import Repeats
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


# Old articles: one writes the new article's full name (where the recogniser tags it: its reading of repeated names
# stands, ``Reading.reach``), one does not (its reading is reused).
NAMING = {
    "d-vilnius.txt": "VILNIUS - The talks ended late on Thursday. Officials said Agnieszka Kowalczyk had left early, "
                     "and Kowalczyk would not comment.\n",
    "e-riga.txt": "RIGA - The Baltic ministers met at the castle. The Latvian minister Karlis Ozols spoke first; Ozols "
                  "said the grid would be linked by 2025.\n",
}


def test_every_format_of_a_rebuild_after_a_new_full_name_is_that_of_a_clean_build(nlp, tmp_path, monkeypatch):
    """The repeated-names pass reads again only the new articles and the old ones whose corpus-wide look-ups
    they answer otherwise; every file is a clean build's, byte for byte."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    folder, out, clean = tmp_path / "news", tmp_path / "out", tmp_path / "clean"
    folder.mkdir()
    for name, text in {**OLD, **NAMING}.items():
        (folder / name).write_text(text, encoding="utf-8")

    def build_files(into, cache=True):
        return kgraph.pipeline.build_files(
            [folder], into, formats=list(FORMATS), name="news",
            recogniser=Recogniser(nlp=nlp, cache=into / "k.kgcache.sqlite" if cache else None))

    build_files(out)
    for name, text in NEW.items():
        (folder / name).write_text(text, encoding="utf-8")
    read = []
    real = Repeats.read
    monkeypatch.setattr(Repeats, "read", lambda self, extraction: read.append(extraction.info.id) or real(self, extraction))
    build_files(out)
    # d-vilnius looked up the longest corpus name beginning with "Agnieszka" (none, then two words), but writes
    # the word only inside the recogniser's mention "Agnieszka Kowalczyk": no name is tried there, so its reading
    # stands (``Reading.reach``) and its files are still the clean build's
    assert sorted(read) == ["a-paris-1"]  # not b-brussels, c-warsaw, d-vilnius nor e-riga
    build_files(clean, cache=False)
    # Every format's files; not the query index, which notes the GraphML file's time.
    written = sorted(path.relative_to(clean) for path in clean.rglob("*")
                     if path.is_file() and not path.name.endswith(".kgindex.sqlite"))
    assert len(written) > len(FORMATS)
    for path in written:
        assert (out / path).read_bytes() == (clean / path).read_bytes(), path
