"""The progress bar's total: the size of the article files the inputs name."""

from kgraph.ingest.read import input_size, paths
from kgraph.pipeline import articles
from kgraph.pipeline.progress import track
from kgraph.recognise import recognise
from kgraph.report import BuildReport
from tests.conftest import DATA, SEEDS

INPUT = DATA / "input"


def test_input_size_counts_files_folders_and_globs_of_article_files():
    seeds = sum(p.stat().st_size for p in SEEDS.glob("*.txt"))
    folder = sum(p.stat().st_size for p in (INPUT / "folder").rglob("*") if p.suffix in (".txt", ".md"))
    assert input_size(paths([SEEDS])) == seeds
    assert input_size(paths([INPUT / "folder", str(SEEDS / "*.txt")])) == folder + seeds
    assert input_size(paths([INPUT / "pixel.png"])) == (INPUT / "pixel.png").stat().st_size  # named, so read
    assert input_size(paths([SEEDS, "-"])) is None


def test_the_bar_shows_rate_and_eta_and_passes_extractions_through(nlp, capsys):
    given = list(recognise(articles([SEEDS], report=BuildReport()), nlp))
    assert list(track(iter(given), total=input_size(paths([SEEDS])), enabled=True)) == given
    bar = capsys.readouterr().err
    assert "recognising" in bar and "B/s" in bar and "<" in bar  # elapsed<remaining, rate
    assert list(track(iter(given), total=None, enabled=False)) == given
    assert capsys.readouterr().err == ""
