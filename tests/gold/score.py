"""Score a built graph against a hand-written gold standard (metrics: docs/entities.md)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

__all__ = ["Score", "score", "load_gold"]


@dataclass(frozen=True)
class Score:
    typed_recall: float  # gold nodes found with their type
    merge_rate: float  # merge groups whose forms all sit on one node
    edge_recall: float  # gold pairs joined by an edge
    forbidden: tuple[str, ...]  # forbidden names found as a label or alias
    wrong_types: tuple[str, ...]  # gold nodes found with another type
    missing: tuple[str, ...]  # gold nodes not found at all
    unmerged: tuple[str, ...]  # merge groups split over nodes or missing a form
    wrongly_merged: tuple[str, ...]  # names that must be apart but share a node


def load_gold(path: Path) -> dict:
    with open(path, "rb") as file:
        return tomllib.load(file)


def _names(graph: nx.Graph, node: str) -> set[str]:
    data = graph.nodes[node]
    return {data["label"].casefold(), *(a.casefold() for a in data.get("aliases", "").split("|") if a)}


def _find(graph: nx.Graph, name: str) -> str | None:
    """The node labelled ``name``, else the one node carrying it as an alias."""
    wanted = name.casefold()
    labelled = [n for n, d in graph.nodes(data=True) if d["label"].casefold() == wanted]
    if labelled:
        return labelled[0]
    aliased = [n for n in graph if wanted in _names(graph, n)]
    return aliased[0] if len(aliased) == 1 else None


def score(graph: nx.Graph, gold: dict) -> Score:
    nodes = gold.get("node", [])
    found = {
        e["label"]: next(filter(None, (_find(graph, name) for name in (e["label"], *e.get("forms", ())))), None)
        for e in nodes
    }
    missing = tuple(label for label, node in found.items() if node is None)
    wrong = tuple(e["label"] for e in nodes if found[e["label"]] and graph.nodes[found[e["label"]]]["type"] != e["type"])
    typed = sum(1 for e in nodes if found[e["label"]] and e["label"] not in wrong)
    groups = [e for e in nodes if len(e.get("forms", ())) > 1]
    unmerged = tuple(
        e["label"] for e in groups
        if found[e["label"]] is None or not {f.casefold() for f in e["forms"]} <= _names(graph, found[e["label"]])
    )
    edges = gold.get("edge", [])
    joined = sum(
        1 for e in edges
        if None not in (pair := [_find(graph, name) for name in e["pair"]]) and graph.has_edge(*pair)
    )
    all_names = {name for n in graph for name in _names(graph, n)}
    return Score(
        typed_recall=typed / len(nodes) if nodes else 1.0,
        merge_rate=1 - len(unmerged) / len(groups) if groups else 1.0,
        edge_recall=joined / len(edges) if edges else 1.0,
        forbidden=tuple(name for name in gold.get("forbidden", ()) if name.casefold() in all_names),
        wrong_types=wrong,
        missing=missing,
        unmerged=unmerged,
        wrongly_merged=tuple(
            " / ".join(names) for names in gold.get("distinct", ())
            if len({_find(graph, name) for name in names}) < len(names)
        ),
    )
