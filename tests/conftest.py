"""Shared fixtures: the real spaCy pipeline is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

import kgraph
from kgraph.recognise import load_model

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def nlp():
    return load_model()


@pytest.fixture(scope="session")
def seed_graph(nlp):
    """The graph of the bundled corpus, built once with the real pipeline."""
    return kgraph.build([SEEDS], nlp=nlp, name="seeds")
