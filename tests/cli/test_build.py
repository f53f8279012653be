"""The command line, run as a user would, into tmp_path; output read back with networkx."""

import json
import re
import shutil

import networkx as nx
import pytest

from tests.conftest import SEEDS
from tests.conftest import run_kgraph as kgraph


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """A folder laid out like the repository, built once with no arguments."""
    folder = tmp_path_factory.mktemp("project")
    shutil.copytree(SEEDS, folder / "seeds")
    result = kgraph("build", cwd=folder)
    assert result.returncode == 0, result.stderr
    return folder, result


def test_build_without_arguments_writes_seeds_into_graphs(project):
    folder, result = project
    graph = nx.read_graphml(folder / "graphs" / "seeds.graphml")
    assert graph.number_of_nodes() > 30
    page = (folder / "graphs" / "seeds.html").read_text(encoding="utf-8")
    assert "vis.Network" in page
    summary, next_steps = result.stdout.strip().splitlines()[-2:]
    assert f"{graph.number_of_nodes()} entities" in summary
    assert f"{graph.number_of_edges()} edges" in summary
    assert "articles" in summary
    assert next_steps.startswith("next: open graphs/seeds.html in a browser; or try: kgraph neighbours ")


def test_a_rebuild_with_nothing_changed_says_so_and_writes_nothing(project):
    folder, first = project
    out = folder / "graphs"
    before = {path.name: path.stat().st_mtime_ns for path in out.iterdir()}
    result = kgraph("build", cwd=folder)
    assert result.returncode == 0, result.stderr
    summary, next_steps = result.stdout.strip().splitlines()[-2:]
    assert "unchanged since the last build" in summary
    # The same counts as the build that wrote the files.
    assert _counts(summary) == _counts(first.stdout.strip().splitlines()[-2])
    assert next_steps == first.stdout.strip().splitlines()[-1]
    assert {path.name: path.stat().st_mtime_ns for path in out.iterdir()} == before


def _counts(summary: str) -> str:
    """A summary line without how the articles were read and how long it took."""
    return re.sub(r"\d+ cached|unchanged since the last build| in [\d.]+s", "", summary)


def test_neighbours_of_zelenskyy_lists_malyuk_with_weight(project):
    folder, _ = project
    result = kgraph("neighbours", "Zelenskyy", cwd=folder)
    assert result.returncode == 0, result.stderr
    graph = nx.read_graphml(folder / "graphs" / "seeds.graphml")
    by_label = {data["label"]: node for node, data in graph.nodes(data=True)}
    expected = graph.edges[by_label["Volodymyr Zelenskyy"], by_label["Vasyl Malyuk"]]["weight"]
    header, *rows = [line for line in result.stdout.splitlines() if line.strip()][1:]
    columns = header.split()
    row = next(line for line in rows if "Vasyl Malyuk" in line)
    weight = row.split("Vasyl Malyuk")[1].split()[columns.index("weight") - columns.index("neighbour") - 1]
    assert int(weight) == expected >= 1


def test_neighbours_json_is_sorted_strongest_first(project):
    folder, _ = project
    result = kgraph("neighbours", "Zelenskyy", "--json", "--graph", "graphs/seeds.graphml", cwd=folder)
    answer = json.loads(result.stdout)
    weights = [n["weight"] for n in answer["neighbours"]]
    assert weights == sorted(weights, reverse=True)
    assert "Vasyl Malyuk" in {n["label"] for n in answer["neighbours"]}


def test_unknown_name_exits_non_zero_with_a_message(project):
    folder, _ = project
    result = kgraph("neighbours", "No Such Person", cwd=folder)
    assert result.returncode != 0
    assert "No Such Person" in result.stderr


def test_build_of_nothing_readable_fails_clearly(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    result = kgraph("build", "empty.txt", "--out", "out", cwd=tmp_path)
    assert result.returncode != 0
    assert "empty.txt" in result.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("command", [[], ["build"], ["neighbours"]])
def test_help_explains_each_command(command, tmp_path):
    result = kgraph(*command, "--help", cwd=tmp_path)
    assert result.returncode == 0
    assert "Usage:" in result.stdout


def test_the_same_input_gives_the_same_file_whatever_the_hash_seed(project, tmp_path):
    """Ids, labels and every value are reproducible: no result may depend on set order."""
    folder, _ = project
    files = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        result = kgraph("build", "--out", str(out), "--no-cache", "--format", "graphml", cwd=folder, PYTHONHASHSEED=seed)
        assert result.returncode == 0, result.stderr
        lines = (out / "seeds.graphml").read_text(encoding="utf-8").splitlines()
        files.append([line for line in lines if "graph_built" not in line])
    assert files[0] == files[1]
