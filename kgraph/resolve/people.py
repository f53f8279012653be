"""People: full names grouped into persons, one-word names linked to them.

Full names whose surnames are spelling variants (Zelensky / Zelenskyy /
Zelenskiy, by rapidfuzz) and whose given names agree are one person; the
same surname with another given name is another person. A one-word name
is a surname (or given name) of a person named in full in the same article
first, else anywhere in the corpus when only one person fits.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from rapidfuzz import fuzz

from .names import PARTICLES, fold

__all__ = ["People", "same_name"]

# Similarity (0-100) above which two spellings are one name: transliterations
# differ in a letter or two (Zelenskyy/Zelenskiy scores 89, Ivanov/Ivanova 92).
SURNAME_SIMILARITY = 85
GIVEN_NAME_SIMILARITY = 80


def same_name(a: str, b: str, *, cutoff: float = SURNAME_SIMILARITY) -> bool:
    return a == b or fuzz.ratio(a, b, score_cutoff=cutoff) > 0


def _given_names_agree(a: list[str], b: list[str]) -> bool:
    """'Volodymyr' ~ 'Volodimir', 'V.' ~ 'Vladimir'; no given name on one side agrees too."""
    if not a or not b:
        return True
    for x in a:
        for y in b:
            if same_name(x, y, cutoff=GIVEN_NAME_SIMILARITY):
                return True
            if (len(x) <= 2 or len(y) <= 2) and x[0] == y[0] and (x.endswith(".") or y.endswith(".")):
                return True
    return False


def _bare(name: str) -> str:
    """'al-assad' -> 'assad': surnames are also written without their particle."""
    head, _, rest = name.partition("-")
    return rest if rest and head in PARTICLES else name


class People:
    """The persons of a corpus, from the full names (two words or more) seen per article."""

    def __init__(self, full_names: Mapping[str, Iterable[str]]):
        """``full_names``: article id -> the full names (any spelling) it mentions."""
        self._parent: dict[str, str] = {}
        for article_names in full_names.values():
            for name in article_names:
                self._parent.setdefault(fold(name), fold(name))
        self._join_variants()
        self._in_article: dict[str, set[str]] = {
            article: {self.person(name) for name in article_names} for article, article_names in full_names.items()
        }
        self._members: dict[str, list[list[str]]] = defaultdict(list)
        for name in self._parent:
            self._members[self.person(name)].append(name.split())

    def person(self, full_name: str) -> str:
        """The person (its representative folded name) a full name belongs to."""
        key = fold(full_name)
        while self._parent[key] != key:
            key = self._parent[key]
        return key

    def __contains__(self, full_name: str) -> bool:
        return fold(full_name) in self._parent

    def _join_variants(self) -> None:
        by_initial: dict[str, list[list[str]]] = defaultdict(list)
        for name in self._parent:
            by_initial[_bare(name.split()[-1])[0]].append(name.split())
        for group in by_initial.values():
            for i, a in enumerate(group):
                for b in group[i + 1:]:
                    if same_name(_bare(a[-1]), _bare(b[-1])) and _given_names_agree(a[:-1], b[:-1]):
                        self._parent[self.person(" ".join(b))] = self.person(" ".join(a))

    def link(self, word: str, article: str) -> str | None:
        """The person a one-word name stands for: by surname, else by given name; None if none or several."""
        word = fold(word)
        for position in (-1, 0):
            local = self._matches(word, position, self._in_article.get(article, ()))
            if len(local) == 1:
                return local.pop()
            if local:
                return None  # two people of that name in one article: it cannot say which
            if position == -1:
                everywhere = self._matches(word, position, self._members)
                if len(everywhere) == 1:
                    return everywhere.pop()
                if everywhere:
                    return None
        return None

    def _matches(self, word: str, position: int, persons: Iterable[str]) -> set[str]:
        cutoff = SURNAME_SIMILARITY if position == -1 else 100
        return {
            person for person in persons
            if any(same_name(word, _bare(parts[position]), cutoff=cutoff) for parts in self._members[person])
        }
