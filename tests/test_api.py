"""The public Python API: documented, runnable examples, typed, and every bad argument a KGraphError."""

from __future__ import annotations

import doctest
import importlib.metadata
import inspect
import shutil
import subprocess
import sys

import pytest

import kgraph
from kgraph import ArgumentError, GraphFilter, KGraphError, Recogniser
from kgraph.contract import parse_evidence
from kgraph.pipeline import write
from tests.conftest import ROOT, SEEDS

# The modules that define kgraph.__all__, checked by mypy --strict.
PUBLIC_MODULES = ("__init__", "errors", "report", "pipeline/__init__", "recognise/options", "graph/filter",
                  "query/__init__", "query/neighbours", "query/path", "query/ego", "query/info", "query/source",
                  "query/names", "query/index", "query/changes", "export/graphml", "export/html")


@pytest.mark.parametrize("name", kgraph.__all__)
def test_every_public_name_is_documented_with_a_runnable_example(name, monkeypatch):
    obj = getattr(kgraph, name)
    doc = inspect.getdoc(obj) or ""
    assert [section for section in ("Args:", "Returns:", "Raises:", ">>> ") if section not in doc] == [], name
    monkeypatch.chdir(ROOT)  # the examples read seeds/ and graphs/ as a user in the repository would
    tests = [t for t in doctest.DocTestFinder(recurse=False).find(obj, name, globs={}) if t.examples]
    assert tests, name
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    for test in tests:
        runner.run(test)
    assert runner.summarize(verbose=False).failed == 0, name


def test_the_public_api_passes_mypy_strict():
    files = [str(ROOT / "kgraph" / f"{module}.py") for module in PUBLIC_MODULES]
    # mypy's own cache (.mypy_cache, git-ignored) makes a second run take a second instead of ten.
    result = subprocess.run([sys.executable, "-m", "mypy", "--strict", *files],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_version_and_typed_marker():
    assert kgraph.__version__ == importlib.metadata.version("kgraph")
    assert (ROOT / "kgraph" / "py.typed").exists()


def test_a_notebook_builds_from_two_texts_in_memory(nlp):
    graph = kgraph.build_texts(["Emmanuel Macron met Olaf Scholz in Berlin.",
                                {"id": "wire-2", "text": "Olaf Scholz spoke about Ukraine on Tuesday."}],
                               recogniser=Recogniser(nlp=nlp))
    assert sorted(graph.nodes) == ["UKR", "emmanuel_macron", "olaf_scholz"]
    assert sorted(tuple(sorted(edge)) for edge in graph.edges) == [("UKR", "olaf_scholz"),
                                                                   ("emmanuel_macron", "olaf_scholz")]
    assert kgraph.neighbours(graph, "Scholz", types="country")[0].evidence == ()
    articles = {item["article"] for *_, evidence in graph.edges(data="evidence") for item in parse_evidence(evidence)}
    assert articles == {"texts-1", "wire-2"}


def test_a_string_is_one_input_never_its_characters(nlp, seed_graph, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copytree(SEEDS, tmp_path / "seeds")
    graph = kgraph.build("seeds/", name="seeds", recogniser=Recogniser(nlp=nlp))
    assert set(graph.nodes) == set(seed_graph.nodes)


@pytest.mark.parametrize("call, message", [
    (lambda: GraphFilter(types={"people"}), "unknown entity type 'people'; choose from person, organisation, country"),
    (lambda: GraphFilter(top=-1), "top must be"),
    (lambda: kgraph.build(42), "inputs must be a path"),
    (lambda: kgraph.build([SEEDS, 42]), "inputs[1] is a int"),
    (lambda: kgraph.build(SEEDS, window="page"), "unknown window 'page'; choose from sentence, paragraph, article"),
    (lambda: kgraph.build(SEEDS, evidence=-1), "evidence must be"),
    (lambda: kgraph.build(SEEDS, keep={"types": "person"}), "keep must be a kgraph.GraphFilter"),
    (lambda: kgraph.build_texts("Emmanuel Macron met Olaf Scholz."), "must be a list of texts or records, not one str"),
    (lambda: kgraph.build_texts([b"bytes"]), "texts_or_records[0] is a bytes"),
    (lambda: Recogniser(jobs=0), "jobs must be"),
])
def test_bad_arguments_raise_a_kgraph_error_saying_what_is_allowed(call, message):
    with pytest.raises(ArgumentError) as raised:
        call()
    assert isinstance(raised.value, KGraphError) and message in str(raised.value)


def test_query_types_take_one_string_as_one_type_and_refuse_unknown_ones(seed_graph, tmp_path):
    people = kgraph.neighbours(seed_graph, "Putin", types="person")
    assert people and {n.type for n in people} == {"person"}
    assert people == kgraph.neighbours(seed_graph, "Putin", types=["person"])
    for wrong in ("people", ["people"], ["person", "city"]):
        with pytest.raises(ArgumentError, match="choose from person, organisation, country, place"):
            kgraph.neighbours(seed_graph, "Putin", types=wrong)
    with pytest.raises(ArgumentError, match="via|entity type"):
        kgraph.path(seed_graph, "Putin", "Macron", via_types="people")
    for depth in (0, 3):
        with pytest.raises(ArgumentError, match="depth must be 1 or 2"):
            kgraph.neighbours(seed_graph, "Putin", depth=depth)
    with pytest.raises(ArgumentError, match="depth"):
        kgraph.ego(seed_graph, "Putin", depth=-1)
    with pytest.raises(ArgumentError, match="unknown format 'pdf'; choose from graphml, html"):
        write(seed_graph, tmp_path, "x", formats=["graphml", "pdf"])
