"""Which node a name stands for: exact forms first, then whole words, then close misspellings.

Every node is known by its *forms* (id, label, aliases) and by the *words* of its
label and aliases ("macron" for Emmanuel Macron), all folded (case, accents and
spacing ignored). A name is tried, in order, as a form, as a word, as a misspelt
form and as a misspelt word; the first tier that names exactly one node wins, a
tier that names several nodes equally well makes the name ambiguous.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Protocol

from rapidfuzz import fuzz, process

from ..contract import ALIAS_SEPARATOR, label_of
from ..errors import AmbiguousName, EntityNotFound, Suggestion
from ..words import fold


__all__ = ["FORM", "WORD", "Names", "names_of", "match"]

class Names(Protocol):
    """What matching a name asks of a graph (kgraph.query.source.GraphSource provides it)."""

    def has_node(self, node: str) -> bool: ...
    def node(self, node: str) -> dict[str, Any]: ...
    def lookup(self, name: str, tier: str) -> set[str]: ...
    def vocabulary(self, tier: str) -> list[str]: ...


FORM, WORD = "form", "word"
# rapidfuzz ratio (0-100): a misspelling is accepted from ACCEPT ("zelensky" ~ "zelenskyy"
# scores 94), and only when no other node comes within MARGIN of it; SUGGEST and above
# are offered as "did you mean".
_ACCEPT, _MARGIN, _SUGGEST = 85.0, 3.0, 70.0
_SUGGESTIONS = 3


def names_of(node: str, attributes: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    """The folded (name, tier) pairs a node can be found by, each once."""
    forms = {fold(f) for f in (node, label_of(node, attributes),
                               *str(attributes.get("aliases", "")).split(ALIAS_SEPARATOR))} - {""}
    words = {word for form in forms for word in form.split()} - forms
    yield from ((form, FORM) for form in sorted(forms))
    yield from ((word, WORD) for word in sorted(words))


def match(source: Names, name: str) -> str:
    """The id of the node ``name`` stands for in ``source`` (a query.source.GraphSource).

    Raises AmbiguousName listing the candidates, or EntityNotFound with the
    closest names as suggestions.
    """
    if source.has_node(name):
        return name
    wanted = fold(name)
    for tier in (FORM, WORD):
        nodes = source.lookup(wanted, tier)
        if len(nodes) == 1:
            return next(iter(nodes))
        if nodes:
            raise AmbiguousName(name, _labels(source, nodes))
    suggestions: dict[str, float] = {}
    for tier in (FORM, WORD):
        scores = _node_scores(source, wanted, tier)
        best = max(scores.values(), default=0.0)
        if best >= _ACCEPT:
            close = [node for node, score in scores.items() if score >= best - _MARGIN]
            if len(close) == 1:
                return close[0]
            raise AmbiguousName(name, _labels(source, close))
        for node, score in scores.items():
            suggestions[node] = max(score, suggestions.get(node, 0.0))
    ranked = sorted(suggestions, key=lambda node: (-suggestions[node], node))[:_SUGGESTIONS]
    raise EntityNotFound(name, tuple(Suggestion(n, label_of(n, source.node(n))) for n in ranked))


def _node_scores(source: Names, wanted: str, tier: str) -> dict[str, float]:
    """The best ratio each node reaches over its names of one tier, from SUGGEST up."""
    scores: dict[str, float] = {}
    hits = process.extract(wanted, source.vocabulary(tier), scorer=fuzz.ratio, score_cutoff=_SUGGEST, limit=20)
    for text, score, _ in hits:
        for node in source.lookup(text, tier):
            scores[node] = max(score, scores.get(node, 0.0))
    return scores


def _labels(source: Names, nodes: Iterable[str]) -> tuple[Suggestion, ...]:
    return tuple(sorted((Suggestion(n, label_of(n, source.node(n))) for n in nodes), key=lambda s: (s.label, s.id)))
