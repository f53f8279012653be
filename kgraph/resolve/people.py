"""People: full names grouped into persons, one-word names linked to them.

Full names whose surnames are spelling variants (Zelensky / Zelenskyy /
Zelenskiy, by rapidfuzz) and whose given names agree are one person; the
same surname with another given name is another person. A one-word name
is a surname (or given name) of a person named in full in the same article
first, else anywhere in the corpus when only one person fits.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from ..words import fold
from .names import PARTICLES
from .spellings import Spellings, same_name

__all__ = ["People"]

# Similarity (0-100) above which two spellings are one name: transliterations
# differ in a letter or two (Zelenskyy/Zelenskiy scores 89, Ivanov/Ivanova 92).
SURNAME_SIMILARITY = 85
GIVEN_NAME_SIMILARITY = 80
# The places in a full name a one-word name may stand for: surname, given name.
_POSITIONS = (-1, 0)


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
    """The persons of a corpus, from the full names (two words or more) it mentions.

    Surnames are indexed by spelling (``Spellings``) and persons by the words
    of their names, so a one-word name meets the few persons it may stand for,
    never every person of the corpus.
    """

    def __init__(self, full_names: Iterable[str]):
        """``full_names``: every full name (any spelling) of the corpus, in the order first seen."""
        self._parent: dict[str, str] = {}
        for name in full_names:
            self._parent.setdefault(fold(name), fold(name))
        self.surnames = Spellings((_surname(name) for name in self._parent), cutoff=SURNAME_SIMILARITY)
        self._join_variants()
        # Position in a name -> a (bare) word there -> the persons one of whose names has it.
        self._by_word: dict[int, dict[str, set[str]]] = {position: defaultdict(set) for position in _POSITIONS}
        for name in self._parent:
            parts = name.split()
            for position in _POSITIONS:
                self._by_word[position][_bare(parts[position])].add(self.person(name))
        self._named: dict[tuple[str, int], frozenset[str]] = {}

    def person(self, full_name: str) -> str:
        """The person (its representative folded name) a full name belongs to."""
        key = fold(full_name)
        while self._parent[key] != key:
            key = self._parent[key]
        return key

    def __contains__(self, full_name: str) -> bool:
        return fold(full_name) in self._parent

    def _join_variants(self) -> None:
        """Join full names whose surnames are spellings of one name (same initial) and whose given names agree.

        Only the pairs whose surnames the index finds close are tested, in
        the order of a test of every pair, so each person keeps the same
        representative name.
        """
        names = list(self._parent)
        by_surname: dict[str, list[int]] = defaultdict(list)
        for index, name in enumerate(names):
            by_surname[_surname(name)].append(index)
        pairs = sorted(
            (i, j)
            for surname, indices in by_surname.items()
            for variant in self.surnames.close_to(surname) if variant[0] == surname[0]
            for i in indices for j in by_surname[variant] if i < j
        )
        for i, j in pairs:
            a, b = names[i].split(), names[j].split()
            if _given_names_agree(a[:-1], b[:-1]):
                self._parent[self.person(names[j])] = self.person(names[i])

    def local(self, full_names: Iterable[str]) -> frozenset[str]:
        """The persons one article names in full, for ``link``."""
        return frozenset(self.person(name) for name in full_names)

    def link(self, word: str, local: frozenset[str]) -> str | None:
        """The person a one-word name stands for: by surname, else by given name; None if none or several.

        A person its article names in full (``local``) comes first, else the one person of the corpus.
        """
        word = fold(word)
        for position in _POSITIONS:
            everywhere = self._persons_named(word, position)
            local_persons = everywhere & local
            if len(local_persons) == 1:
                return next(iter(local_persons))
            if local_persons:
                return None  # two people of that name in one article: it cannot say which
            if position == -1:
                if len(everywhere) == 1:
                    return next(iter(everywhere))
                if everywhere:
                    return None
        return None

    def _persons_named(self, word: str, position: int) -> frozenset[str]:
        """The persons with a name whose surname is a spelling of ``word`` (-1) or whose given name is it (0)."""
        if (word, position) not in self._named:
            words = self.surnames.close_to(word) if position == -1 else (word,)
            by_word = self._by_word[position]
            self._named[word, position] = frozenset(
                person for known in words if known in by_word for person in by_word[known]
            )
        return self._named[word, position]


def _surname(name: str) -> str:
    return _bare(name.split()[-1])
