"""Score a built graph against a hand-written gold standard (metrics: docs/entities.md).

A gold file (TOML) lists ``[[node]]`` entries (label, type, forms: the surface
forms that must sit on one node), ``[[edge]]`` pairs named in one sentence,
``forbidden`` names (debris: bylines, credits, section labels), ``distinct``
groups that must stay apart, ``[[not_type]]`` names that must never get a type,
and ``optional`` names that may or may not be nodes. Gold nodes of type
``place`` are not required (places are left out of the default graph) but must
never be typed person or organisation.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

__all__ = ["Score", "score", "load_gold"]

# Gold types the default graph must hold; a place is only checked for its type.
REQUIRED_TYPES = frozenset({"person", "organisation", "country"})


@dataclass(frozen=True)
class Score:
    typed_recall: float  # required gold nodes found with their type
    merge_rate: float  # merge groups whose forms all sit on one node
    edge_recall: float  # gold pairs joined by an edge
    forbidden: tuple[str, ...]  # forbidden names found as a label or alias (noise nodes)
    wrong_types: tuple[str, ...]  # gold nodes (places included) and not_type names found with a wrong type
    missing: tuple[str, ...]  # required gold nodes not found at all
    unmerged: tuple[str, ...]  # merge groups split over nodes or missing a form
    wrongly_merged: tuple[str, ...]  # names that must be apart but share a node
    node_recall: float = 1.0  # required gold nodes found, whatever their type
    gold_nodes: int = 0  # required gold nodes

    @property
    def combined(self) -> float:
        """One figure: the mean of typed recall, merge rate, edge recall and the share of gold nodes
        not offset by an error (noise node, wrong type, wrong merge)."""
        errors = len(self.forbidden) + len(self.wrong_types) + len(self.wrongly_merged)
        cleanliness = max(0.0, 1 - errors / self.gold_nodes) if self.gold_nodes else 1.0
        return (self.typed_recall + self.merge_rate + self.edge_recall + cleanliness) / 4


def load_gold(path: Path) -> dict:
    with open(path, "rb") as file:
        return tomllib.load(file)


def _fold(name: str) -> str:
    """Names compare without case and typographic apostrophes: the cleaned text has straight ones."""
    return name.casefold().replace("’", "'")


def _names(graph: nx.Graph, node: str) -> set[str]:
    data = graph.nodes[node]
    return {_fold(data["label"]), *(_fold(a) for a in data.get("aliases", "").split("|") if a)}


def _find(graph: nx.Graph, name: str) -> str | None:
    """The node labelled ``name``, else the one node carrying it as an alias."""
    wanted = _fold(name)
    labelled = [n for n, d in graph.nodes(data=True) if _fold(d["label"]) == wanted]
    if labelled:
        return labelled[0]
    aliased = [n for n in graph if wanted in _names(graph, n)]
    return aliased[0] if len(aliased) == 1 else None


def _found(graph: nx.Graph, entry: dict) -> str | None:
    return next(filter(None, (_find(graph, name) for name in (entry["label"], *entry.get("forms", ())))), None)


def _joined(graph: nx.Graph, names: list[str], entries: dict[str, dict]) -> bool:
    """A gold pair's names found as the gold finds its nodes (label, then forms: "Toshiba" is found as
    the "Toshiba Corp." the text writes), a name with no node entry by itself; joined by an edge."""
    pair = [_found(graph, entries[name]) if name in entries else _find(graph, name) for name in names]
    return None not in pair and graph.has_edge(*pair)


def score(graph: nx.Graph, gold: dict, *, with_places: nx.Graph | None = None) -> Score:
    """``graph`` against ``gold``. ``with_places``: the same build with places kept (``--types
    person,organisation,country,place``); a gold pair naming a place is looked up there, since the
    default graph leaves places out and could never join it."""
    entries = gold.get("node", [])
    nodes = [e for e in entries if e["type"] in REQUIRED_TYPES]
    found = {e["label"]: _found(graph, e) for e in entries}
    missing = tuple(e["label"] for e in nodes if found[e["label"]] is None)
    wrong = tuple(e["label"] for e in nodes if found[e["label"]] and graph.nodes[found[e["label"]]]["type"] != e["type"])
    places = tuple(
        e["label"] for e in entries if e["type"] == "place" and found[e["label"]]
        and graph.nodes[found[e["label"]]]["type"] in ("person", "organisation")
    )
    not_types = tuple(
        f"{e['name']} ({e['type']})" for e in gold.get("not_type", ())
        if (node := _find(graph, e["name"])) is not None and graph.nodes[node]["type"] == e["type"]
    )
    typed = sum(1 for e in nodes if found[e["label"]] and e["label"] not in wrong)
    groups = [e for e in nodes if len(e.get("forms", ())) > 1]
    unmerged = tuple(
        e["label"] for e in groups
        if found[e["label"]] is None or not {_fold(f) for f in e["forms"]} <= _names(graph, found[e["label"]])
    )
    edges = gold.get("edge", [])
    place_names = {_fold(name) for e in entries if e["type"] == "place" for name in (e["label"], *e.get("forms", ()))}
    by_label = {e["label"]: e for e in entries}
    joined = sum(
        _joined(with_places if with_places is not None and place_names & {_fold(n) for n in e["pair"]} else graph,
                e["pair"], by_label)
        for e in edges
    )
    all_names = {name for n in graph for name in _names(graph, n)}
    return Score(
        typed_recall=typed / len(nodes) if nodes else 1.0,
        merge_rate=1 - len(unmerged) / len(groups) if groups else 1.0,
        edge_recall=joined / len(edges) if edges else 1.0,
        forbidden=tuple(name for name in gold.get("forbidden", ()) if _fold(name) in all_names),
        wrong_types=tuple(dict.fromkeys(wrong + places + not_types)),
        missing=missing,
        unmerged=unmerged,
        wrongly_merged=tuple(
            " / ".join(names) for names in gold.get("distinct", ())
            if None not in (ids := [_find(graph, name) for name in names]) and len(set(ids)) < len(names)
        ),
        node_recall=(len(nodes) - len(missing)) / len(nodes) if nodes else 1.0,
        gold_nodes=len(nodes),
    )
