"""Ask a graph about an entity: find it by name, list its neighbours."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import networkx as nx
from rapidfuzz import fuzz, process

from .errors import EntityNotFound

__all__ = ["Neighbour", "find", "neighbours"]


@dataclass(frozen=True, slots=True)
class Neighbour:
    id: str
    label: str
    type: str
    weight: int
    articles: int


def find(graph: nx.Graph, name: str) -> str:
    """The node a name stands for: its id, label or any alias, ignoring case and accents."""
    wanted = _fold(name)
    names: dict[str, set[str]] = {}
    for node, data in graph.nodes(data=True):
        for form in (node, data.get("label", ""), *str(data.get("aliases", "")).split("|")):
            if form:
                names.setdefault(_fold(form), set()).add(node)
    matches = names.get(wanted, set())
    if len(matches) == 1:
        return next(iter(matches))
    if matches:
        raise EntityNotFound(name, tuple(sorted(graph.nodes[n].get("label", n) for n in matches)))
    close = process.extract(wanted, list(names), scorer=fuzz.WRatio, limit=3, score_cutoff=80)
    suggestions = dict.fromkeys(graph.nodes[n].get("label", n) for form, _, _ in close for n in names[form])
    raise EntityNotFound(name, tuple(suggestions))


def neighbours(graph: nx.Graph, name: str, *, limit: int | None = None) -> list[Neighbour]:
    """The neighbours of the entity called ``name``, strongest co-mention first."""
    node = find(graph, name)
    result = [
        Neighbour(
            id=other,
            label=graph.nodes[other].get("label", other),
            type=graph.nodes[other].get("type", ""),
            weight=int(data.get("weight", 1)),
            articles=int(data.get("articles", 0)),
        )
        for other, data in graph[node].items()
    ]
    result.sort(key=lambda n: (-n.weight, -n.articles, n.label))
    return result[:limit] if limit else result


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())
