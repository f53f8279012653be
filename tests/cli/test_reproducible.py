"""Reproducible outputs: ``built`` follows SOURCE_DATE_EPOCH, an unchanged rebuild rewrites nothing,
and the README's first command leaves a fresh clone clean (a real subprocess, the smoke test)."""

from __future__ import annotations

import subprocess

import pytest

from kgraph import ArgumentError, pipeline
from kgraph.pipeline import built_time
from tests.conftest import ROOT
from tests.conftest import run_kgraph as kgraph


def test_built_follows_source_date_epoch(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    assert built_time() == "2026-01-01T00:00:00+00:00"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(ArgumentError, match="SOURCE_DATE_EPOCH"):
        built_time()


def test_a_rebuild_with_unchanged_content_keeps_every_byte(seed_graph, tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    first = seed_graph.copy()
    first.graph["built"] = "2026-01-01T00:00:00+00:00"
    pipeline.write(first, tmp_path, "seeds", formats=["graphml", "html"])
    before = {p.name: p.read_bytes() for p in tmp_path.glob("seeds.*ml")}
    again = seed_graph.copy()
    again.graph["built"] = "2026-06-01T12:00:00+00:00"
    pipeline.write(again, tmp_path, "seeds", formats=["graphml", "html"])
    assert {p.name: p.read_bytes() for p in tmp_path.glob("seeds.*ml")} == before
    changed = again.copy()
    changed.nodes["vladimir_putin"]["label"] = "Vladimir V. Putin"
    pipeline.write(changed, tmp_path, "seeds", formats=["graphml"])
    assert "2026-06-01T12:00:00+00:00" in (tmp_path / "seeds.graphml").read_text(encoding="utf-8")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")  # set, it wins even over an unchanged file
    reproducible = changed.copy()
    reproducible.graph["built"] = built_time()
    pipeline.write(reproducible, tmp_path, "seeds", formats=["graphml"])
    assert "1970-01-01T00:00:00+00:00" in (tmp_path / "seeds.graphml").read_text(encoding="utf-8")


def git(*args: str, cwd) -> str:
    return subprocess.run(["git", "-c", "user.name=kgraph", "-c", "user.email=kgraph@localhost", *args], cwd=cwd,
                          check=True, capture_output=True, text=True).stdout


def test_the_readme_first_command_leaves_a_fresh_clone_clean(tmp_path):
    """A clone of this working tree, built as the README's first command builds; then asked a question.

    Fails when graphs/ no longer matches what the code builds: run `kgraph build` and commit graphs/.
    """
    clone = tmp_path / "clone"
    clone.mkdir()
    files = git("ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=ROOT).split("\0")
    for name in filter(None, files):
        if (ROOT / name).is_file():
            (clone / name).parent.mkdir(parents=True, exist_ok=True)
            (clone / name).write_bytes((ROOT / name).read_bytes())
    git("init", "-q", cwd=clone)
    git("add", "-A", cwd=clone)
    git("commit", "-qm", "clone", cwd=clone)
    built = kgraph("build", cwd=clone, PYTHONPATH=str(clone))
    assert built.returncode == 0, built.stderr
    assert git("status", "--porcelain", "--untracked-files=all", cwd=clone) == ""
    asked = kgraph("neighbours", "Zelenskyy", "--limit", "1", cwd=clone, PYTHONPATH=str(clone))
    assert asked.returncode == 0, asked.stderr
    assert asked.stdout.splitlines()[0].endswith(", showing 1 (in graphs/seeds.graphml)")
