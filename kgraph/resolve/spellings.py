"""Spellings: which known words a word may be a variant of, without comparing it with all of them.

Two spellings are one name when rapidfuzz's ``fuzz.ratio`` reaches a cutoff
(Zelenskyy / Zelenskiy). That ratio bounds how many single-letter insertions
and deletions can separate them, as a share of their lengths. Cut every known
word into one piece more than that bound: the edits break at most all but one
piece, so a close variant contains some piece whole, shifted by no more than
the bound (the partition filter of PassJoin, Li et al., VLDB 2011). A query
is compared only with the words of a near length one of whose pieces it holds
near the same place: exactly the words a comparison with every word finds.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import fuzz

__all__ = ["Spellings", "same_name"]


def same_name(a: str, b: str, *, cutoff: float) -> bool:
    """Whether two spellings are one name: equal, or ``fuzz.ratio`` at least ``cutoff``."""
    return a == b or fuzz.ratio(a, b, score_cutoff=cutoff) > 0


class Spellings:
    """A set of words, indexed by pieces, answering which of them are close to a query.

    ``comparisons`` counts the ``same_name`` tests made, so tests can see that
    a query meets a few candidates, not every word.
    """

    def __init__(self, words: Iterable[str], *, cutoff: float):
        self.cutoff = cutoff
        self.comparisons = 0
        # (length of the word, number of the piece, the piece) -> the words cut so
        self._by_piece: dict[tuple[int, int, str], set[str]] = defaultdict(set)
        self._unindexed: set[str] = set()  # too short to cut into enough pieces: always compared
        for word in set(words):
            bounds = _pieces(len(word), cutoff)
            if bounds is None:
                self._unindexed.add(word)
                continue
            for number, (start, end) in enumerate(bounds):
                self._by_piece[len(word), number, word[start:end]].add(word)
        self._lengths = sorted({length for length, _, _ in self._by_piece})
        self._close: dict[str, frozenset[str]] = {}

    def close_to(self, word: str) -> frozenset[str]:
        """The known words ``same_name`` as ``word``, remembered per distinct query."""
        if word not in self._close:
            candidates = set(self._unindexed)
            for length in self._lengths:
                edits = _max_edits(length, self.cutoff)
                if abs(length - len(word)) > edits:
                    continue  # each letter more or less is an edit
                for number, (start, end) in enumerate(_pieces(length, self.cutoff)):
                    for shifted in range(max(0, start - edits), min(start + edits, len(word) - (end - start)) + 1):
                        candidates.update(self._by_piece.get((length, number, word[shifted:shifted + end - start]), ()))
            self.comparisons += len(candidates)
            self._close[word] = frozenset(c for c in candidates if same_name(word, c, cutoff=self.cutoff))
        return self._close[word]


def _max_edits(length: int, cutoff: float) -> int:
    """Most insertions and deletions between a word of ``length`` letters and any word it is close to.

    ``fuzz.ratio`` is 100 * (1 - edits / (length + other length)) and the
    edits are at least the difference of the lengths, so the other word has at
    most length * (1 + s) / (1 - s) letters, s = 1 - cutoff / 100. Rounded up
    a little: a bound too high only costs a comparison more.
    """
    share = 1 - cutoff / 100
    return math.floor(share * length * 2 / (1 - share) + 1e-6)


@lru_cache(maxsize=None)  # one entry per word length
def _pieces(length: int, cutoff: float) -> tuple[tuple[int, int], ...] | None:
    """(start, end) of the pieces a word of ``length`` letters is cut into; None when too short for enough."""
    count = _max_edits(length, cutoff) + 1
    if count > length:
        return None
    bounds = [length * i // count for i in range(count + 1)]
    return tuple(zip(bounds, bounds[1:]))
