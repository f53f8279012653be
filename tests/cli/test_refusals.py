"""What the command line refuses, in one line and before any slow work: run in this process."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys

import pytest

from kgraph import pipeline
from kgraph.cli import main
from tests.conftest import ROOT
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


@contextlib.contextmanager
def _read_only(folder):
    """``folder`` made read-only, for root too (whom permission bits do not stop): immutable."""
    if os.geteuid():
        folder.chmod(0o555)
    elif subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode:
        pytest.skip("no way to make a folder read-only for root here (chattr)")
    try:
        yield
    finally:
        if not os.geteuid():
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        folder.chmod(0o755)


# A full disk, as a process sees it: no file may grow past a few bytes (EFBIG instead of ENOSPC).
_FULL = ("import resource, signal, sys\nsignal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
         "resource.setrlimit(resource.RLIMIT_FSIZE, (16, resource.RLIM_INFINITY))\n"
         "from kgraph.cli import main\nmain(sys.argv[1:])")


@pytest.mark.parametrize("how", ["read-only", "full"])
def test_a_read_only_or_full_output_folder_fails_before_the_model_loads(tmp_path, how):
    (tmp_path / "in.txt").write_text("Anna Smith met Boris Brown in Kyiv.\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    command = [sys.executable, "-c", _FULL if how == "full" else "from kgraph.cli import main; main()",
               "build", str(tmp_path / "in.txt"), "--out", str(out), "--model", "no_such_pipeline", "--no-cache"]
    with _read_only(out) if how == "read-only" else contextlib.nullcontext():
        done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 1 and done.stderr.count("\n") == 1, done.stderr
    assert f"cannot write to the output folder {out}" in done.stderr and "no_such_pipeline" not in done.stderr
    assert list(out.iterdir()) == []
