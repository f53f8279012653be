"""A rebuild with nothing changed writes nothing and resolves nothing; any change to an input, a setting or a
file written makes it build again (``kgraph.pipeline.build_files``)."""

from __future__ import annotations

import pytest

from kgraph import Recogniser, pipeline, resolve
from kgraph.pipeline import manifest
from kgraph.report import BuildReport

ARTICLES = {
    "a.txt": "BERLIN - Olaf Scholz met Emmanuel Macron in Berlin on Monday. Scholz said the talks went well.\n",
    "b.txt": "KYIV - Volodymyr Zelenskyy thanked Olaf Scholz for the air defence systems.\n",
}
FORMATS = ("graphml", "json")


@pytest.fixture
def news(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _files(out):
    """Every file of the folder (the cache aside), its bytes and modification time."""
    return {path.name: (path.read_bytes(), path.stat().st_mtime_ns)
            for path in sorted(out.iterdir()) if not path.name.endswith(".kgcache.sqlite")}


def _build(news, out, nlp, **options):
    report = BuildReport()
    cache = options.pop("cache", out / "k.kgcache.sqlite")
    built = pipeline.build_files([news], out, formats=options.pop("formats", FORMATS), name="news", report=report,
                                 recogniser=Recogniser(nlp=nlp, cache=cache),
                                 note=lambda graph: {"nodes": graph.number_of_nodes()}, **options)
    return built, report


def test_a_rebuild_with_nothing_changed_writes_and_resolves_nothing(nlp, news, tmp_path, monkeypatch):
    out = tmp_path / "out"
    first, report = _build(news, out, nlp)
    assert not first.unchanged and not report.unchanged and first.graph is not None
    assert manifest.record_path(out, "news").exists()
    before = _files(out)

    def unused(*args, **kwargs):
        raise AssertionError("a rebuild with nothing changed resolved its articles")

    monkeypatch.setattr(resolve, "resolve", unused)
    again, report = _build(news, out, nlp)
    assert again.unchanged and report.unchanged and again.graph is None
    assert _files(out) == before  # every byte and every modification time as they were
    assert again.files == first.files and again.note == first.note == {"nodes": first.graph.number_of_nodes()}
    assert (report.articles, report.duplicates, report.skipped) == (2, 0, 0)


@pytest.mark.parametrize("change", ["article", "setting", "format", "output"])
def test_a_change_to_an_article_a_setting_or_a_file_builds_again(nlp, news, tmp_path, change):
    out = tmp_path / "out"
    first, _ = _build(news, out, nlp)
    options = {}
    if change == "article":
        (news / "b.txt").write_text(ARTICLES["b.txt"].replace("Olaf Scholz", "Annalena Baerbock"), encoding="utf-8")
    elif change == "setting":
        options["window"] = "article"
    elif change == "format":
        options["formats"] = ("graphml",)
    else:  # a file of the build edited by hand is written again
        (out / "news.json").write_text("{}", encoding="utf-8")
    again, report = _build(news, out, nlp, **options)
    assert not again.unchanged and not report.unchanged and again.graph is not None
    if change == "article":
        assert "annalena_baerbock" in again.graph and "annalena_baerbock" not in first.graph
    if change == "output":
        assert (out / "news.json").read_bytes() != b"{}"
    assert _build(news, out, nlp, **options)[0].unchanged  # and the next rebuild finds this one's record


def test_a_build_without_a_cache_builds_from_nothing_every_time(nlp, news, tmp_path):
    # `kgraph build --no-cache` asks for a build from scratch (the speed benchmarks time it): no record is
    # trusted nor written, and the graph is built again.
    out = tmp_path / "out"
    first, _ = _build(news, out, nlp, cache=None)
    again, report = _build(news, out, nlp, cache=None)
    assert not again.unchanged and not report.unchanged and again.graph is not None
    assert not manifest.record_path(out, "news").exists()
