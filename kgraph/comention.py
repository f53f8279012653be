"""Count co-mentions: two entities named in the same sentence of the same article."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations

from .resolve import Links
from .types import ArticleInfo, Extraction

__all__ = ["CoMention", "Evidence", "count", "MAX_EVIDENCE"]

MAX_EVIDENCE = 5

Pair = tuple[str, str]


@dataclass(frozen=True, slots=True)
class Evidence:
    sentence: str
    article: ArticleInfo


@dataclass(frozen=True, slots=True)
class CoMention:
    weight: int  # windows naming both
    articles: int  # distinct articles naming both in one window
    evidence: tuple[Evidence, ...]  # the first linking sentences, capped


def count(
    extractions: Iterable[Extraction], links: Links, *, max_evidence: int = MAX_EVIDENCE
) -> dict[Pair, CoMention]:
    """Co-mention statistics per sorted entity pair; a pair counts once per sentence."""
    weights: Counter[Pair] = Counter()
    articles: dict[Pair, set[str]] = defaultdict(set)
    evidence: dict[Pair, list[Evidence]] = defaultdict(list)
    for extraction in extractions:
        for sentence, ids in zip(extraction.sentences, links[extraction.info.id]):
            for pair in combinations(sorted({i for i in ids if i}), 2):
                weights[pair] += 1
                articles[pair].add(extraction.info.id)
                if len(evidence[pair]) < max_evidence:
                    evidence[pair].append(Evidence(sentence.text, extraction.info))
    return {
        pair: CoMention(weight=weight, articles=len(articles[pair]), evidence=tuple(evidence[pair]))
        for pair, weight in weights.items()
    }
