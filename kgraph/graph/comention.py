"""Count co-mentions: two entities named in the same window (sentence, paragraph, article).

One pass over the windows gathers everything the edges need: per pair the
windows and articles naming both, first and last date, outlets, the first
linking sentences and what the sentences say one did to the other (when
relations were read); per entity the windows naming it, so that the
association score (NPMI) costs no second pass. Given a ``period``
(kgraph.graph.periods), the windows are also counted per period, for pairs,
entities and articles, and the linking sentences are kept per period, so every
period has its evidence.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import combinations, groupby, product

from ..types import ArticleInfo, Extraction, Links, Sentence
from . import periods as calendar

__all__ = ["CoMention", "CoMentions", "Evidence", "Predicate", "count", "npmi", "WINDOWS", "MAX_EVIDENCE",
           "MAX_RELATIONS"]

WINDOWS = ("sentence", "paragraph", "article")
MAX_EVIDENCE = 5
# Distinct predicates kept per edge, the most frequent.
MAX_RELATIONS = 5

Pair = tuple[str, str]
# One window: its sentences, each with the entity id of each of its mentions (None: dropped).
Window = list[tuple[Sentence, tuple[str | None, ...]]]


@dataclass(frozen=True, slots=True)
class Predicate:
    """What one entity did to another: ``subject`` and ``object`` are entity ids, both "" for a joint action."""

    predicate: str
    subject: str = ""
    object: str = ""


@dataclass(frozen=True, slots=True)
class Evidence:
    sentence: str  # the sentence naming both, or the two nearest sentences naming one each
    article: ArticleInfo
    relation: Predicate | None = None  # what that sentence says one did to the other


@dataclass(frozen=True, slots=True)
class CoMention:
    weight: int  # windows naming both
    articles: int  # distinct articles with such a window
    npmi: float  # normalised pointwise mutual information over windows, in [-1, 1]
    first_date: str  # earliest article date, "" when no article has one
    last_date: str
    sources: tuple[str, ...]  # distinct outlets named by the inputs, sorted
    evidence: tuple[Evidence, ...]  # the first linking sentences, capped (per period when counted by period)
    relations: tuple[tuple[Predicate, int], ...] = ()  # predicates with their counts, most frequent first
    periods: Mapping[str, int] = field(default_factory=dict)  # period label -> windows naming both


@dataclass(frozen=True, slots=True)
class CoMentions:
    pairs: Mapping[Pair, CoMention]  # sorted entity pair -> statistics
    window: str  # one of WINDOWS
    windows: int  # windows counted, with or without entities: NPMI's sample size
    period: str | None = None  # what the per-period counts count by (kgraph.graph.periods.PERIODS)
    entity_periods: Mapping[str, Mapping[str, int]] = field(default_factory=dict)  # id -> period -> windows
    article_periods: Mapping[str, int] = field(default_factory=dict)  # every period, first to last -> articles
    undated: int = 0  # articles without a date: in every total, in no period


@dataclass(slots=True)
class _PairTally:
    weight: int = 0
    articles: int = 0
    last_article: str | None = None
    first_date: str = ""
    last_date: str = ""
    sources: set[str] = field(default_factory=set)
    evidence: list[Evidence] = field(default_factory=list)
    # Plain dicts, not Counters: a tally is made for every pair of the corpus, and a Counter costs far more to make.
    relations: dict[Predicate, int] = field(default_factory=dict)
    periods: dict[str, int] = field(default_factory=dict)  # windows per period ("" for undated)
    kept: dict[str, int] = field(default_factory=dict)  # evidence kept per period


def count(
    linked: Iterable[tuple[Extraction, Links]],
    *,
    window: str = "sentence",
    max_evidence: int = MAX_EVIDENCE,
    period: str | None = None,
) -> CoMentions:
    """Co-mention statistics per sorted entity pair; a pair counts once per window.

    ``linked`` streams each article with its links (``Resolution.links``);
    only the statistics of the pairs are kept. With a ``period`` ("day",
    "week", "month", "year") every window is also counted in the period of its
    article's date, and up to ``max_evidence`` linking sentences are kept per
    period; articles without a date count in the totals and in no period.
    """
    if window not in WINDOWS:
        raise ValueError(f"window must be one of {', '.join(WINDOWS)}, not {window!r}")
    if period is not None and period not in calendar.PERIODS:
        raise ValueError(f"period must be one of {', '.join(calendar.PERIODS)}, not {period!r}")
    tallies: defaultdict[Pair, _PairTally] = defaultdict(_PairTally)
    entity_windows: Counter[str] = Counter()
    entity_periods: defaultdict[str, Counter[str]] = defaultdict(Counter)
    article_periods: Counter[str] = Counter()
    undated = windows = 0
    for extraction, links in linked:
        info = extraction.info
        when = calendar.label(info.date, period) if period and info.date else ""
        undated += not info.date
        if when:
            article_periods[when] += 1
        for members in _windows(extraction, links, window):
            windows += 1
            ids = sorted({i for _, links in members for i in links if i})
            entity_windows.update(ids)
            if when:
                for entity in ids:
                    entity_periods[entity][when] += 1
            for pair in combinations(ids, 2):
                _add(tallies[pair], pair, members, info, when, max_evidence)
    if article_periods:  # the periods without an article too: a timeline has no holes
        article_periods.update(dict.fromkeys(calendar.between(min(article_periods), max(article_periods), period), 0))
    return CoMentions(
        pairs={
            pair: CoMention(
                weight=tally.weight,
                articles=tally.articles,
                npmi=round(npmi(tally.weight, entity_windows[pair[0]], entity_windows[pair[1]], windows), 4),
                first_date=tally.first_date,
                last_date=tally.last_date,
                sources=tuple(sorted(tally.sources)),
                evidence=tuple(tally.evidence),
                relations=tuple(sorted(tally.relations.items(), key=lambda item: (-item[1], item[0].predicate,
                                                                                  item[0].subject))[:MAX_RELATIONS]),
                periods={p: n for p, n in sorted(tally.periods.items()) if p},
            )
            for pair, tally in sorted(tallies.items())
        },
        window=window,
        windows=windows,
        period=period,
        entity_periods={entity: dict(sorted(counts.items())) for entity, counts in entity_periods.items()},
        article_periods=dict(sorted(article_periods.items())),
        undated=undated,
    )


def npmi(both: int, first: int, second: int, windows: int) -> float:
    """Normalised PMI of two entities from window counts: log(p(a,b) / p(a)p(b)) / -log p(a,b).

    1 when the two only ever appear together, 0 when independent, towards -1
    when they avoid each other; unlike raw counts it does not favour the
    entities that are everywhere. The windows may be articles: kgraph.query
    scores the links of graphs without ``npmi`` from article counts.
    """
    if both == windows:  # both in every window: perfect association, and -log p(a,b) = 0
        return 1.0
    return math.log(both * windows / (first * second)) / math.log(windows / both)


def _windows(extraction: Extraction, links: Links, window: str) -> Iterator[Window]:
    """The windows of one article, each as its sentences with the entity id of each mention."""
    sentences = list(zip(extraction.sentences, links))
    if window == "sentence":
        yield from ([item] for item in sentences)
    elif window == "paragraph":
        yield from (list(group) for _, group in groupby(sentences, key=lambda item: item[0].paragraph))
    elif sentences:
        yield sentences


def _add(tally: _PairTally, pair: Pair, members: Window, info: ArticleInfo, when: str, max_evidence: int) -> None:
    tally.weight += 1
    tally.periods[when] = tally.periods.get(when, 0) + 1
    if tally.last_article != info.id:  # an article's windows come one after another
        tally.articles += 1
        tally.last_article = info.id
    if info.date:
        tally.first_date = min(tally.first_date or info.date, info.date)
        tally.last_date = max(tally.last_date, info.date)
    if info.source:
        tally.sources.add(info.source)
    said = list(_predicates(members, pair))
    for predicate in said:
        tally.relations[predicate] = tally.relations.get(predicate, 0) + 1
    kept = tally.kept.get(when, 0)
    if kept < max_evidence:
        tally.kept[when] = kept + 1
        tally.evidence.append(Evidence(_linking_text(members, pair), info, said[0] if said else None))


def _predicates(members: Window, pair: Pair) -> Iterator[Predicate]:
    """What the window's sentences say one of the pair did to the other."""
    for sentence, links in members:
        for relation in sentence.relations:
            subject, obj = links[relation.source], links[relation.target]
            if subject != obj and {subject, obj} == set(pair):
                yield Predicate(relation.predicate) if relation.mutual else Predicate(relation.predicate, subject, obj)


def _linking_text(members: Window, pair: Pair) -> str:
    """The sentence naming both, else the two nearest sentences naming one each."""
    if len(members) == 1:
        return members[0][0].text
    first = [i for i, (_, links) in enumerate(members) if pair[0] in links]
    second = [i for i, (_, links) in enumerate(members) if pair[1] in links]
    i, j = sorted(min(product(first, second), key=lambda ij: (abs(ij[0] - ij[1]), ij)))
    if i == j:
        return members[i][0].text
    return members[i][0].text + (" " if j == i + 1 else " … ") + members[j][0].text
