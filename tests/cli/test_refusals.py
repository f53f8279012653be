"""What the command line refuses, in one line and before any slow work: run in this process."""

from __future__ import annotations

import json

import pytest

from kgraph import pipeline
from kgraph.cli import main
from tests.pipeline.test_outputs import small_graph


def kgraph(*args: str, capsys) -> tuple[int, str, str]:
    """Run the command line here; its exit code, stdout and stderr."""
    try:
        main(list(args))
        code = 0
    except SystemExit as done:
        code = done.code or 0
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def graph_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    pipeline.write(small_graph("Smith"), tmp_path / "graphs", "g", formats=["graphml"])
    return tmp_path / "graphs"


@pytest.mark.parametrize("out", ["graphs/g.graphml", "graphs/../graphs/g.graphml", None])
def test_ego_refuses_to_write_over_the_graph_it_asks(graph_folder, capsys, out):
    graphml = graph_folder / "g.graphml"
    before = graphml.read_bytes()
    options = ["--out", out] if out else ["--out", "graphs/g.graphml", "--graph", str(graphml)]
    code, _, err = kgraph("ego", "Anna", *options, capsys=capsys)
    assert code != 0 and "--force" in err and "Traceback" not in err
    assert graphml.read_bytes() == before
    code, _, err = kgraph("ego", "Anna", *options, "--force", capsys=capsys)
    assert code == 0, err
    assert graphml.read_bytes() != before


def test_info_json_says_what_answered(graph_folder, capsys):
    code, out, err = kgraph("info", "--json", capsys=capsys)
    assert code == 0, err
    assert json.loads(out)["answered_from"] == "index"


@pytest.mark.parametrize("out", ["taken", "taken/deeper"])
def test_an_unwritable_output_folder_fails_before_the_model_loads(tmp_path, capsys, out):
    (tmp_path / "in.txt").write_text("Anna Smith met Boris Brown in Kyiv.\n", encoding="utf-8")
    (tmp_path / "taken").write_text("a file where the folder should be", encoding="utf-8")
    code, _, err = kgraph("build", str(tmp_path / "in.txt"), "--out", str(tmp_path / out), "--model",
                          "no_such_pipeline", capsys=capsys)
    assert code != 0 and str(tmp_path / out) in err and "no_such_pipeline" not in err and "Traceback" not in err


def test_a_bad_aliases_file_fails_before_the_model_loads(tmp_path, capsys):
    aliases = tmp_path / "aliases.toml"
    aliases.write_bytes('[rename]\n"Anna Smith" = "Anna Smyth"\n'.encode("utf-16-le"))  # UTF-16 without a BOM
    code, _, err = kgraph("build", str(tmp_path), "--out", str(tmp_path / "out"), "--aliases", str(aliases),
                          "--model", "no_such_pipeline", capsys=capsys)
    assert code == 1
    assert err.count("\n") == 1 and str(aliases) in err and "UTF-8" in err
