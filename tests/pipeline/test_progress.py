"""What a build shows while it runs: articles recognised, then one line per later stage with its time."""

import io

from kgraph.ingest.read import input_size, paths
from kgraph.pipeline import articles
from kgraph.pipeline.progress import Stages, track
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


def test_the_bar_counts_articles_against_their_total_or_as_a_running_count(nlp, capsys):
    given = list(recognise(articles([SEEDS], report=BuildReport()), nlp))
    assert list(track(iter(given), total=len(given), enabled=True)) == given
    bar = capsys.readouterr().err
    assert f"{len(given)}/{len(given)}" in bar and "articles/s" in bar and "B/s" not in bar
    assert list(track(iter(given), total=None, enabled=True)) == given
    counted = capsys.readouterr().err
    assert f"recognising articles: {len(given)} [" in counted and "articles/s" in counted
    assert list(track(iter(given), total=None, enabled=False)) == given
    assert capsys.readouterr().err == ""


def test_each_stage_gets_one_line_with_its_time():
    stream = io.StringIO()
    stages = Stages(enabled=True, stream=stream)
    for name in ("resolving", "counting"):
        with stages.stage(name):
            pass
    lines = stream.getvalue().split("\n")
    assert [line.rpartition("\r")[2].split() for line in lines[:2]] == [["resolving", "0.0s"], ["counting", "0.0s"]]
    quiet = io.StringIO()
    with Stages(enabled=False, stream=quiet).stage("resolving"):
        pass
    assert quiet.getvalue() == ""


def test_a_build_shows_articles_then_each_stage_and_its_files(nlp, capsys, tmp_path):
    import kgraph
    from kgraph.pipeline import write

    graph = kgraph.build_texts(["Emmanuel Macron met Olaf Scholz.", "Olaf Scholz met Keir Starmer."],
                               recogniser=kgraph.Recogniser(nlp=nlp), progress=True)
    write(graph, tmp_path, "two", formats=["graphml", "html"], progress=True)
    shown = capsys.readouterr().err
    assert "2/2" in shown and "articles" in shown
    stages = [line.rpartition("\r")[2].split()[0] for line in shown.splitlines() if line.endswith("s")
              and not line.startswith("recognising")]
    assert stages == ["resolving", "counting", "measuring", "layout", "writing", "writing"]
    assert "two.graphml" in shown and "two.html" in shown


def test_a_quiet_build_starts_no_progress_thread():
    import subprocess
    import sys

    code = ("import threading; from kgraph.pipeline.progress import track; "
            "assert list(track(iter([1, 2]), total=2, enabled=False)) == [1, 2]; "
            "print(sorted(thread.name for thread in threading.enumerate()))")
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert shown.strip() == "['MainThread']"
