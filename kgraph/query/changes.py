"""What changed between two stretches of time: ties that appeared, grew, faded or vanished.

Reads the per-period counts a build writes (``periods`` on the graph, its nodes
and edges; docs/time.md). For each tie, ``before`` and ``after`` are the windows
co-mentioning the pair in the earlier and the later stretch, and

    score = log2((after + PRIOR) / (before + PRIOR))        PRIOR = 2

is how much it changed: positive for growth, negative for decline. The prior
acts as two co-mentions the tie is assumed to have in each stretch anyway, so
one stray sentence (0 -> 1, score 0.58) ranks below a tie that doubled from
ten (10 -> 20, score 0.87), and a tie new with five sentences (0 -> 5, score
1.81) above both. Counts are raw, not scaled by how many articles each stretch
has: the result gives those numbers beside the ties.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from ..contract import label_of, parse_evidence, parse_periods
from ..errors import PeriodError
from ..graph import periods as calendar
from .source import GraphLike, as_source

__all__ = ["changes", "change_score", "Changes", "TieChange", "EntityChange", "KINDS", "PRIOR"]

KINDS = ("appeared", "grew", "faded", "vanished")
PRIOR = 2


@dataclass(frozen=True, slots=True)
class TieChange:
    kind: str  # one of KINDS
    source: str
    target: str
    source_label: str
    target_label: str
    before: int  # windows co-mentioning the pair in the earlier periods
    after: int  # ... in the later ones
    score: float  # change_score(before, after)
    evidence: tuple[dict[str, Any], ...]  # linking sentences of the later periods (the earlier ones for vanished ties)


@dataclass(frozen=True, slots=True)
class EntityChange:
    kind: str  # "appeared" or "vanished"
    id: str
    label: str
    type: str
    before: int  # windows naming the entity in the earlier periods
    after: int
    score: float


# A tie's change or an entity's: _ranked orders either.
Change = TypeVar("Change", TieChange, EntityChange)


@dataclass(frozen=True, slots=True)
class Changes:
    """What ``changes`` found: the stretches compared and the ties and entities that changed.

    Args:
        period: what the graph counts by: day, week, month or year.
        before: the graph's periods in the earlier stretch; ``after`` those in the later one.
        articles_before: dated articles in the earlier stretch; ``articles_after`` in the later one.
        ties: ``TieChange`` records by kind (appeared, grew, faded, vanished), strongest change first.
        entities: ``EntityChange`` records, appeared then vanished, strongest first.

    Returns:
        A frozen record; ``dataclasses.asdict`` turns it into JSON-ready data.

    Raises:
        Nothing itself: made by ``changes``.

    Example:
        >>> import networkx as nx
        >>> import kgraph
        >>> graph = nx.Graph(period="year", periods="2024:1|2025:1")
        >>> graph.add_edge("a", "b", weight=1, periods="2024:1")
        >>> kgraph.changes(graph, last=1).ties[0].kind
        'vanished'
    """

    period: str  # what the graph counts by: day, week, month or year
    before: tuple[str, ...]  # the graph's periods compared, earlier
    after: tuple[str, ...]  # later
    articles_before: int  # dated articles in those periods
    articles_after: int
    ties: tuple[TieChange, ...]  # by kind (KINDS order), strongest change first within each
    entities: tuple[EntityChange, ...]  # appeared, then vanished, strongest first


def change_score(before: int, after: int, *, prior: float = PRIOR) -> float:
    """log2((after + prior) / (before + prior)), rounded to 3 decimals: see the module's docstring."""
    return round(math.log2((after + prior) / (before + prior)), 3)


def changes(
    graph: GraphLike,
    *,
    before: str | None = None,
    after: str | None = None,
    last: int | None = None,
    min_weight: int = 1,
    limit: int | None = None,
    evidence: int = 3,
) -> Changes:
    """The ties and entities that changed from the ``before`` period(s) to the ``after`` ones.

    Args:
        graph: a graph built with per-period counts, as networkx graph, GraphSource or GraphML path.
        before: the earlier stretch: a day, week, month or year label ("2025-05"); it covers
            the graph's periods that start inside it, so a monthly question works on a weekly graph.
        after: the later stretch, likewise.
        last: instead of ``before`` and ``after``: the graph's last ``last`` periods against
            the ``last`` periods before them.
        min_weight: leave out ties (and entities) with fewer windows than this in both stretches.
        limit: at most this many ties per kind, and entities per kind.
        evidence: linking sentences per tie, from the later stretch (the earlier for vanished ties).

    Returns:
        A ``Changes``: ties appeared (absent before), grew, faded and vanished (absent after),
        each kind ranked by ``change_score``; entities that appeared or vanished.

    Raises:
        PeriodError: the graph has no per-period counts, a label is malformed or covers none
            of the graph's periods, the stretches overlap or come in the wrong order, or
            ``last`` asks for more periods than the graph has.
        GraphFileError: a GraphML path cannot be read.

    Example:
        >>> import networkx as nx
        >>> import kgraph
        >>> graph = nx.Graph(period="month", periods="2025-05:4|2025-06:4")
        >>> graph.add_edge("emmanuel_macron", "olaf_scholz", weight=4, periods="2025-05:3|2025-06:1")
        >>> graph.add_edge("donald_trump", "volodymyr_zelenskyy", weight=2, periods="2025-06:2")
        >>> found = kgraph.changes(graph, before="2025-05", after="2025-06")
        >>> [(t.kind, t.source, t.target, t.before, t.after, t.score) for t in found.ties]
        [('appeared', 'donald_trump', 'volodymyr_zelenskyy', 0, 2, 1.0), ('faded', 'emmanuel_macron', 'olaf_scholz', 3, 1, -0.737)]

        A GraphML path works too: ``kgraph.changes("graphs/news.graphml", last=1)``.
    """
    source = as_source(graph)
    attributes = source.graph_attributes()
    period, articles = str(attributes.get("period") or ""), _counts(attributes.get("periods", ""))
    if not period or not articles:
        raise PeriodError("the graph has no per-period counts: build it from dated articles (docs/time.md)")
    earlier, later = _stretches(list(articles), before=before, after=after, last=last)
    whole = source.skeleton()
    ties = []
    for a, b in whole.edges:
        data = source.edge(a, b)
        kind, was, now = _kind(_counts(data.get("periods", "")), earlier, later, min_weight)
        if kind:
            shown = earlier if kind == "vanished" else later
            ties.append(TieChange(kind, a, b, label_of(a, whole.nodes[a]), label_of(b, whole.nodes[b]), was, now,
                                  change_score(was, now), _evidence(data, period, shown, evidence)))
    entities = []
    for node, data in whole.nodes(data=True):
        kind, was, now = _kind(_counts(data.get("periods", "")), earlier, later, min_weight)
        if kind in ("appeared", "vanished"):
            entities.append(EntityChange(kind, node, label_of(node, data), str(data.get("type", "")), was, now,
                                         change_score(was, now)))
    return Changes(
        period=period, before=tuple(earlier), after=tuple(later),
        articles_before=sum(articles[p] for p in earlier), articles_after=sum(articles[p] for p in later),
        ties=tuple(_ranked(ties, limit, lambda t: (t.source_label, t.target_label))),
        entities=tuple(_ranked(entities, limit, lambda e: (e.label,))),
    )


def _stretches(labels: list[str], *, before: str | None, after: str | None,
               last: int | None) -> tuple[list[str], list[str]]:
    """The graph's periods in the earlier and the later stretch."""
    if last is not None:
        if before is not None or after is not None:
            raise PeriodError("give either last, or before and after, not both")
        if last < 1 or 2 * last > len(labels):
            raise PeriodError(f"last={last} needs {2 * max(last, 1)} periods; the graph has {len(labels)}: "
                              f"{_listed(labels)}")
        return labels[-2 * last:-last], labels[-last:]
    if before is None or after is None:
        raise PeriodError("give the two stretches to compare (before and after), or last")
    earlier, later = _covered(labels, before), _covered(labels, after)
    if earlier[-1] >= later[0]:
        raise PeriodError(f"{before} must end before {after} starts")
    return earlier, later


def _covered(labels: list[str], outer: str) -> list[str]:
    try:
        covered = calendar.within(labels, outer)
    except ValueError as err:
        raise PeriodError(str(err)) from err
    if not covered:
        raise PeriodError(f"no period of the graph starts within {outer}; it has {_listed(labels)}")
    return covered


def _listed(labels: list[str]) -> str:
    return ", ".join(labels) if len(labels) <= 8 else f"{', '.join(labels[:3])} ... {', '.join(labels[-3:])}"


def _counts(value: str) -> dict[str, int]:
    try:
        return parse_periods(value)
    except ValueError as err:
        raise PeriodError(f"malformed periods attribute: {err}") from err


def _kind(counts: dict[str, int], earlier: Iterable[str], later: Iterable[str],
          min_weight: int) -> tuple[str, int, int]:
    """(kind of change or "", windows before, windows after)."""
    was, now = sum(counts.get(p, 0) for p in earlier), sum(counts.get(p, 0) for p in later)
    if max(was, now) < min_weight or was == now:
        return "", was, now
    if not was:
        return "appeared", was, now
    if not now:
        return "vanished", was, now
    return ("grew" if now > was else "faded"), was, now


def _evidence(data: Mapping[str, Any], period: str, shown: list[str], limit: int) -> tuple[dict[str, Any], ...]:
    wanted = set(shown)
    items = [item for item in parse_evidence(str(data.get("evidence", ""))) if _period_of(item, period) in wanted]
    return tuple(sorted(items, key=lambda item: str(item["date"]))[:limit])


def _period_of(item: Mapping[str, Any], period: str) -> str:
    """The period of a linking sentence's article; "" when it has no (readable) date."""
    try:
        return calendar.label(str(item["date"]), period) if item.get("date") else ""
    except ValueError:
        return ""


def _ranked(found: list[Change], limit: int | None, name: Callable[[Change], tuple[str, ...]]) -> list[Change]:
    """By kind, then the strongest change first (growth for appeared/grew, decline for faded/vanished)."""
    def key(change: Change) -> tuple[int, float, int, tuple[str, ...]]:
        direction = 1 if change.kind in ("appeared", "grew") else -1
        return KINDS.index(change.kind), -direction * change.score, -(change.before + change.after), name(change)

    result: list[Change] = []
    taken = dict.fromkeys(KINDS, 0)
    for change in sorted(found, key=key):
        if limit is None or taken[change.kind] < limit:
            taken[change.kind] += 1
            result.append(change)
    return result
