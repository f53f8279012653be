"""The package's shape: data flows one way through the stages, and a query stays light."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import networkx as nx

from tests.conftest import ROOT, SEEDS

PACKAGE = ROOT / "kgraph"
# Lower stages first. A module may import its own stage, any lower one, and the shared ground
# (the top-level modules); never a higher stage. The pipeline and the CLI sit on top.
STAGES = ("ingest", "recognise", "resolve", "graph", "export", "query", "pipeline", "cli")


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports() -> nx.DiGraph:
    """module -> kgraph module it imports, from every import statement (lazy ones included)."""
    graph = nx.DiGraph()
    for path in PACKAGE.rglob("*.py"):
        name = module_name(path)
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        graph.add_node(name)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                target = f"{base}.{node.module}" if node.module else base
                for alias in node.names:  # "from . import x" names a module when x is one
                    candidate = f"{target}.{alias.name}"
                    exists = (ROOT / candidate.replace(".", "/")).with_suffix(".py").exists() or \
                        (ROOT / candidate.replace(".", "/")).is_dir()
                    graph.add_edge(name, candidate if exists else target)
            elif isinstance(node, ast.Import):
                graph.add_edges_from((name, alias.name) for alias in node.names if alias.name.startswith("kgraph"))
    return graph


def stage_of(module: str) -> int | None:
    parts = module.split(".")
    return STAGES.index(parts[1]) if len(parts) > 1 and parts[1] in STAGES else None


def test_no_import_circle():
    graph = imports()
    # A package's __init__ re-exporting its own modules is not a circle between modules.
    modules = nx.DiGraph((a, b) for a, b in graph.edges if not b == a.rpartition(".")[0] and not (
        a.startswith(b + ".") and b.count(".") == 1))
    assert list(nx.simple_cycles(modules)) == []


def test_no_stage_imports_a_higher_one():
    upward = [(a, b) for a, b in imports().edges
              if stage_of(a) is not None and stage_of(b) is not None and stage_of(b) > stage_of(a)]
    assert upward == []


def test_shared_ground_imports_no_stage():
    ground = [m for m in imports() if m.count(".") == 1 and stage_of(m) is None and m != "kgraph.__main__"]
    upward = [(a, b) for a, b in imports().edges if a in ground and stage_of(b) is not None]
    assert upward == []


def loaded_after(code: str, cwd: Path) -> list[str]:
    probe = f"{code}\nimport sys, json\nprint(json.dumps(sorted(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", probe], cwd=cwd, capture_output=True, text=True, check=True,
                            env={"PYTHONPATH": str(ROOT), "PATH": ""})
    return json.loads(result.stdout.splitlines()[-1])


HEAVY = ("pyvis", "spacy", "kgraph.export.html", "kgraph.pipeline")


def test_importing_the_query_layer_loads_no_exporter_and_no_spacy(tmp_path):
    loaded = loaded_after("import kgraph.query", tmp_path)
    assert [m for m in HEAVY if m in loaded] == []


def test_the_build_pipeline_and_resolution_load_no_spacy_until_an_article_needs_it(tmp_path):
    # A rebuild whose articles all come from the cache resolves them without spaCy: importing it costs 0.5 s
    # (issue 22). The stop-word list every rule reads is spaCy's own, read from its file.
    loaded = loaded_after("import kgraph.pipeline, kgraph.resolve.repeats, kgraph.resolve.evidence\n"
                          "from kgraph.words import STOP_WORDS\nassert {'the', 'but', 'meanwhile'} <= STOP_WORDS",
                          tmp_path)
    assert [m for m in loaded if m == "spacy" or m.startswith(("spacy.", "thinc"))] == []


def test_the_stop_words_are_spacys():
    from spacy.lang.en.stop_words import STOP_WORDS as SPACY_STOP_WORDS

    from kgraph.words import STOP_WORDS
    assert STOP_WORDS == frozenset(SPACY_STOP_WORDS)


def test_indexed_neighbours_path_and_info_load_no_networkx(seed_graph, tmp_path):
    from kgraph.export.graphml import write_graphml
    from kgraph.query.index import write_index

    graphml = tmp_path / "seeds.graphml"
    write_graphml(seed_graph, graphml)
    write_index(seed_graph, graphml)
    code = ("import kgraph\n"
            f"source = kgraph.open_graph({str(graphml)!r})\n"
            "assert source.origin == 'index'\n"
            "kgraph.neighbours(source, 'Zelenskyy', depth=2, limit=5)\n"
            "kgraph.path(source, 'Macron', 'Malyuk')\n"
            "kgraph.info(source)")
    loaded = loaded_after(code, tmp_path)
    assert [m for m in ("networkx", *HEAVY) if m in loaded] == []


def test_a_query_without_the_index_loads_no_exporter_and_no_spacy(seed_graph, tmp_path):
    from kgraph import pipeline

    pipeline.write(seed_graph, tmp_path, "seeds", formats=["graphml"])
    code = ("from kgraph.cli import main\n"
            f"try:\n    main(['neighbours', 'Zelenskyy', '--graph', {str(tmp_path / 'seeds.graphml')!r}, '--no-index'])\n"
            "except SystemExit as done:\n    assert not done.code, done.code")
    loaded = loaded_after(code, tmp_path)
    assert "networkx" in loaded  # it did parse the GraphML
    assert [m for m in HEAVY if m in loaded] == []


def test_the_seed_corpus_is_where_the_tests_expect_it():
    assert any(SEEDS.glob("*.txt"))


def test_the_docs_table_of_the_code_is_up_to_date():
    table = subprocess.run([sys.executable, str(ROOT / "docs" / "stage_table.py")], capture_output=True, text=True,
                           check=True).stdout.strip()
    assert table in (ROOT / "docs" / "index.md").read_text(encoding="utf-8"), "run: python docs/stage_table.py --write"


def test_help_lists_the_commands_without_importing_them(tmp_path):
    code = ("from kgraph.cli import main\n"
            "try:\n    main(['--help'])\n"
            "except SystemExit as done:\n    assert not done.code, done.code")
    loaded = loaded_after(code, tmp_path)
    assert [m for m in ("pyvis", "spacy", "numpy", "networkx", "kgraph.cli.build") if m in loaded] == []


def test_each_command_summary_in_help_is_the_first_line_of_its_help():
    from importlib import import_module

    from kgraph.cli import COMMANDS

    for name, (module, summary) in COMMANDS.items():
        command = getattr(import_module(module, "kgraph.cli"), name)
        assert command.help.splitlines()[0] == summary, name
