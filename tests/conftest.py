"""Shared fixtures: the real spaCy pipeline is loaded once per test session."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import kgraph
from kgraph import Recogniser
from kgraph.recognise import load_model, load_parser

# The session's Chromium, as the ``browser`` fixture of the page tests.
pytest_plugins = ("tests.browser",)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"
# Eleven dated wire-style articles over May-July 2025 and one without a date (docs/time.md).
DATED = DATA / "dated"
# The official GraphML schema; CI clones the repository with shared/ beside it.
GRAPHML_XSD = ROOT.parent / "shared" / "graphml-xsd" / "graphml.xsd"


def run_kgraph(*args: str, cwd, **env: str) -> subprocess.CompletedProcess:
    """``python -m kgraph ARGS`` in a new process in ``cwd``, with this checkout's kgraph; output captured."""
    return subprocess.run([sys.executable, "-m", "kgraph", *args], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **env})


@pytest.fixture(scope="session")
def nlp():
    return load_model()


@pytest.fixture(scope="session")
def parser():
    """The real pipeline's tagger and parser, for relations (loaded once)."""
    return load_parser()


@pytest.fixture(scope="session")
def seed_graph(nlp):
    """The graph of the bundled corpus, built once with the real pipeline."""
    return kgraph.build([SEEDS], name="seeds", recogniser=Recogniser(nlp=nlp))


@pytest.fixture(scope="session")
def dated_folder(tmp_path_factory):
    """``kgraph build tests/data/dated --period month`` run as a user would: (its graphs/ folder, the process)."""
    folder = tmp_path_factory.mktemp("dated")
    result = run_kgraph("build", str(DATED), "--period", "month", "--format", "graphml,gexf,html", "--no-cache",
                        cwd=folder)
    assert result.returncode == 0, result.stderr
    return folder / "graphs", result


@pytest.fixture(scope="session")
def graphml_schema():
    """validate(path): raises when the file breaks the GraphML schema (offline: imports are local files).

    Uses xmlschema, else lxml; skips when neither or the schema is missing.
    """
    if not GRAPHML_XSD.exists():
        pytest.skip(f"GraphML schema not found at {GRAPHML_XSD}")
    try:
        import xmlschema
    except ImportError:
        etree = pytest.importorskip("lxml.etree", reason="needs xmlschema or lxml to validate GraphML")
        schema = etree.XMLSchema(etree.parse(str(GRAPHML_XSD)))
        return lambda path: schema.assertValid(etree.parse(str(path)))
    return xmlschema.XMLSchema(str(GRAPHML_XSD)).validate
