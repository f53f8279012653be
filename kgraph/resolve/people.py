"""People: full names grouped into persons, one-word names linked to them.

Full names whose surnames are spelling variants (Zelensky / Zelenskyy /
Zelenskiy, by rapidfuzz) and whose given names agree are one person; the
same surname with another given name is another person, and so is a
feminine form (Ivanova beside Ivanov: a wife, a daughter). A one-word name
is a surname (or given name, or another word of the name: "Lula" in "Luiz
Inacio Lula da Silva") of a person named in full in the same article first,
else anywhere in the corpus when only one person has exactly that surname.
Given names agree through the name a person is called by (the first): a
shared middle name ("Niranjan Chandra Saha" / "Ranajit Chandra Saha") or a
particle is no evidence. An Arabic name built on bin/ibn/bint ("Abdulaziz bin
Salman bin Abdulaziz") names a father and grandfather after the person's own
name: its last word is no surname, so only its first word names the person.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib import resources
from itertools import combinations

from ..words import fold
from .names import GENERATIONAL_SUFFIXES, NAME_PART_TITLES, PARTICLES
from .spellings import Spellings, same_name

__all__ = ["People", "surname"]

# Similarity (0-100) above which two spellings are one name: transliterations
# differ in a letter or two (Zelenskyy/Zelenskiy scores 89, Ivanov/Ivanova 92).
SURNAME_SIMILARITY = 85
GIVEN_NAME_SIMILARITY = 80
# Letters of a surname below which one letter put for another is no slip ("Amir" / "Amin": two players).
_SHORTEST_SLIPPED = 6
# Letters of the shorter given name below which a swap or a clipping is no evidence ("Al" / "Alan", "Jo" / "Joe").
_SHORTEST_VARIANT = 4
# The places in a full name a one-word name may stand for: surname, given name.
_POSITIONS = (-1, 0)
# "son/daughter of" in an Arabic name: the words after it are ancestors' names (folded).
_PATRONYMIC = frozenset("bin ibn bint".split())


def _given_names_agree(a: list[str], b: list[str]) -> bool:
    """'Volodymyr' ~ 'Volodimir', 'V.' ~ 'Vladimir'; no given name on one side agrees too.

    The first given name of one side must be among the other's ("Lula" in "Luiz Inacio Lula"); in
    an Arabic name with bin/ibn the first given names themselves must agree, and so must the fathers'
    names after "bin" when both sides give one.
    """
    patronymic = not _PATRONYMIC.isdisjoint(a + b)
    fathers = not _PATRONYMIC.isdisjoint(a) and not _PATRONYMIC.isdisjoint(b)
    a, b = [word for word in a if word not in PARTICLES], [word for word in b if word not in PARTICLES]
    if not a or not b:
        return True
    if fathers and len(a) > 1 and len(b) > 1 and not _called(a[1], b[1:2]):
        return False  # "Abdulaziz bin Salman ..." / "Abdulaziz bin Turki ...": sons of two fathers
    if a[0] in NAME_PART_TITLES or b[0] in NAME_PART_TITLES:
        # "Sultan Ahmed Al Jaber" / "Ahmed Al Jaber": the name with and without its title-like first word
        return _agree(a, b, patronymic) or _agree(_untitled(a), _untitled(b), patronymic)
    return _agree(a, b, patronymic)


def _untitled(given: list[str]) -> list[str]:
    return given[1:] if len(given) > 1 and given[0] in NAME_PART_TITLES else given


def _agree(a: list[str], b: list[str], patronymic: bool) -> bool:
    if _initials_of(a, b) or _initials_of(b, a):
        return True
    if patronymic:
        return _called(a[0], b[:1])
    return _called(a[0], b) or _called(b[0], a)


def _called(given: str, names: list[str]) -> bool:
    """Whether a given name is one of ``names``: a close spelling, two letters swapped ('Nahib' for 'Nabih'), its
    clipped form ('Chris' for 'Christopher', 'Alex' for 'Alexander'), or its initial ('V.' for 'Vladimir')."""
    return any(_called_as(given, name) for name in names)


@lru_cache(maxsize=1 << 16)  # asked for each pair of full names whose surnames are close, and at each link
def _called_as(given: str, name: str) -> bool:
    """``_called`` for one name."""
    return same_name(given, name, cutoff=GIVEN_NAME_SIMILARITY) or _swapped(given, name) or _clipped(given, name) \
        or _short_form_of(given, name) \
        or (len(given) <= 2 or len(name) <= 2) and given[0] == name[0] and (given.endswith(".") or name.endswith("."))


def _swapped(a: str, b: str) -> bool:
    """'nahib' / 'nabih': two letters swapped, a slip the similarity ratio scores low (60 here)."""
    if len(a) != len(b) or len(a) < _SHORTEST_VARIANT:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    return len(diff) == 2 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _clipped(a: str, b: str) -> bool:
    """'chris' / 'christopher': a given name cut to its first letters, as people are called (not 'Jo', 'Al')."""
    short, long = sorted((a, b), key=len)
    return len(short) >= _SHORTEST_VARIANT and len(long) > len(short) + 1 and long.startswith(short)


def _short_form_of(a: str, b: str) -> bool:
    """'mike' / 'michael', 'bill' / 'william': a short form people go by that is no clipping, either way round
    (``kgraph/data/given_names.tsv``; issue 15, dev7: "Mike Teunissen" and "Michael Teunissen" were two riders)."""
    forms = _short_forms()
    return b in forms.get(a, ()) or a in forms.get(b, ())


@cache
def _short_forms() -> dict[str, frozenset[str]]:
    """Folded given name -> its folded short forms, from the shipped table."""
    text = resources.files("kgraph").joinpath("data", "given_names.tsv").read_text(encoding="utf-8")
    found: dict[str, frozenset[str]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, shorts = line.split("\t")
            found[fold(name)] = found.get(fold(name), frozenset()) | {fold(short) for short in shorts.split("|")}
    return found


def _initials_of(a: list[str], b: list[str]) -> bool:
    """'MS' for 'Mahendra Singh': given names written as their initials, run together."""
    return len(a) == 1 and len(b) > 1 and a[0] == "".join(word[0] for word in b)


def _feminine_pair(a: str, b: str) -> bool:
    """'ivanov' / 'ivanova', 'zelensky' / 'zelenska': a surname and its feminine form name two people."""
    return a.endswith("a") != b.endswith("a")


def _slipped(names: list[str], by_surname: dict[str, list[int]]) -> set[tuple[int, int]]:
    """Pairs of full names with the very same given names whose surnames of six letters or more differ in one
    letter put for another ("Mohammad Hafeez" / "Mohammad Hafeed": a slip the similarity ratio scores 83, under
    its cutoff, which keeps "Lee Jae-myung" from "Lee Jae-yong"). Found through each surname with one letter
    masked, not by comparing every pair."""
    masked: dict[str, list[str]] = defaultdict(list)
    for surname in by_surname:
        if len(surname) >= _SHORTEST_SLIPPED and surname.isalpha():
            for at in range(1, len(surname)):  # the first letter is never the slip
                masked[surname[:at] + "*" + surname[at + 1:]].append(surname)
    found = set()
    for surnames in masked.values():
        for first, second in combinations(surnames, 2):
            for i in by_surname[first]:
                for j in by_surname[second]:
                    if names[i].split()[:-1] == names[j].split()[:-1]:
                        found.add((min(i, j), max(i, j)))
    return found


def _barrels(surname: str) -> tuple[str, ...]:
    """'duterte-carpio' -> ('duterte', 'carpio'): the parts of a double-barrelled surname, each of which the person
    is also called by ("Sara Duterte-Carpio" / "Sara Duterte"); none for one glued to its particle ("al-assad")."""
    parts = surname.split("-")
    return tuple(parts) if len(parts) == 2 and all(len(part) > 2 for part in parts) and parts[0] not in PARTICLES else ()


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
        self.surnames = Spellings((surname(name) for name in self._parent), cutoff=SURNAME_SIMILARITY)
        self._join_variants()
        # Position in a name -> a (bare) word there -> the persons one of whose names has it.
        self._by_word: dict[int, dict[str, set[str]]] = {position: defaultdict(set) for position in _POSITIONS}
        self._by_any_word: dict[str, set[str]] = defaultdict(set)  # every other word of a name, for its article
        for name in self._parent:
            parts = name.split()
            self._by_word[0][_bare(parts[0])].add(self.person(name))
            if _PATRONYMIC.isdisjoint(parts):  # "Salman" alone is not "Mohammed bin Salman"
                self._by_word[-1][surname(name)].add(self.person(name))
            for part in parts[1:-1]:
                if part not in PARTICLES:
                    self._by_any_word[part].add(self.person(name))
        # Every word-boundary beginning of a name ("alexander ", "alexander van ") -> the persons
        # whose names start so, for ``completing``: one look-up, not a pass over every name.
        self._beginning: dict[str, set[str]] = defaultdict(set)
        for name in self._parent:
            for end, char in enumerate(name):
                if char == " ":
                    self._beginning[name[:end + 1]].add(self.person(name))
        self._named: dict[tuple[str, int], frozenset[str]] = {}
        self._keyed: dict[str, str] | None = None  # built on first use, for ``keyed``

    def person(self, full_name: str) -> str:
        """The person (its representative folded name) a full name belongs to."""
        key = fold(full_name)
        while self._parent[key] != key:
            key = self._parent[key]
        return key

    def __contains__(self, full_name: str) -> bool:
        return fold(full_name) in self._parent

    def _join_variants(self) -> None:
        """Join full names whose surnames are spellings of one name (same initial), or one a part of the other's
        double-barrelled surname, or one letter apart with the same given names (``_slipped``), and whose given
        names agree.

        Only the pairs whose surnames the index finds close are tested, in
        the order of a test of every pair, so each person keeps the same
        representative name.
        """
        names = list(self._parent)
        by_surname: dict[str, list[int]] = defaultdict(list)
        for index, name in enumerate(names):
            by_surname[surname(name)].append(index)
        pairs = sorted(
            (i, j)
            for surname, indices in by_surname.items()
            for variant in (*self.surnames.close_to(surname), *_barrels(surname))
            if variant[0] == surname[0] and not _feminine_pair(surname, variant)
            or variant in _barrels(surname)
            for i in indices for j in by_surname.get(variant, ()) if i != j
        )
        pairs = sorted({(min(pair), max(pair)) for pair in pairs} | _slipped(names, by_surname))
        for i, j in pairs:
            a, b = names[i].split(), names[j].split()
            if _given_names_agree(a[:-1], b[:-1]):
                self._parent[self.person(names[j])] = self.person(names[i])

    def keyed(self, key: str) -> str | None:
        """The person whose full name, without dots, hyphens and commas (as ``organisations`` keys names), is
        ``key``: a nickname's definition names "Ferdinand Marcos Jr." or "Yoon Suk-yeol" so."""
        if self._keyed is None:
            self._keyed = {name.replace(".", "").replace("-", "").replace(",", ""): name for name in self._parent}
        name = self._keyed.get(key)
        return self.person(name) if name else None

    def local(self, full_names: Iterable[str]) -> frozenset[str]:
        """The persons one article names in full, for ``link``."""
        return frozenset(self.person(name) for name in full_names)

    def link(self, word: str, local: frozenset[str], *, corpus: bool = True) -> str | None:
        """The person a one-word name stands for: by surname, else by given name or another word of
        the name; None if none or several.

        A person its article names in full (``local``) comes first, by surname (a close spelling will
        do), then by given name; else, with ``corpus``, the one person of the corpus with exactly that
        surname: a close spelling in another article is as likely another name (a district, a feminine
        form).
        """
        word = fold(word)
        for position in _POSITIONS:
            everywhere = self._persons_named(word, position)
            local_persons = everywhere & local
            if position == -1 and local_persons and not self._by_word[-1].get(_bare(word), set()) & local:
                # Only a close spelling of a surname here: a person of the article whose given name it is
                # exactly comes first ("Prabowo" is Prabowo Subianto, not Ganjar Pranowo).
                called = self._persons_named(word, 0) & local
                if len(called) == 1:
                    return next(iter(called))
            if len(local_persons) == 1:
                return next(iter(local_persons))
            if local_persons:
                return None  # two people of that name in one article: it cannot say which
        # Another article's surname comes after this article's given names: "Babar" beside "Babar Azam" is he,
        # not the corpus's one "Zulfiqar Babar" of another squad list.
        if corpus:
            exact = self._by_word[-1].get(_bare(word), set())
            if len(exact) == 1:
                return next(iter(exact))
            if exact:
                return None
        local_persons = self._by_any_word.get(word, set()) & local
        return next(iter(local_persons)) if len(local_persons) == 1 else None

    def completing(self, cut: str, local: frozenset[str]) -> str | None:
        """The one person of the article a name cut off before its surname begins ("Alexander Van")."""
        persons = self._beginning.get(fold(cut) + " ", set()) & local
        return persons.pop() if len(persons) == 1 else None

    def ending(self, tail: str, local: frozenset[str]) -> str | None:
        """The one person of the article (``local``) whose longer name ends with ``tail``, a surname written with
        its particle and its first half ("Corrêa do Lago" of "André Corrêa do Lago"; dev10)."""
        end = " " + fold(tail)
        persons = {person for person in local if person.endswith(end)}
        return persons.pop() if len(persons) == 1 else None

    def _persons_named(self, word: str, position: int) -> frozenset[str]:
        """The persons with a name whose surname is a spelling of ``word`` (-1) or whose given name is it (0)."""
        if (word, position) not in self._named:
            words = (
                [known for known in self.surnames.close_to(_bare(word)) if not _feminine_pair(known, _bare(word))]
                if position == -1 else (word,)
            )
            by_word = self._by_word[position]
            self._named[word, position] = frozenset(
                person for known in words if known in by_word for person in by_word[known]
            )
        return self._named[word, position]


@lru_cache(maxsize=1 << 16)  # asked again for the same names by each comparison of two people
def surname(name: str) -> str:
    """The last word that is no generational suffix ("Kelly Oubre Jr." -> "oubre"), without its particle."""
    parts = name.split()
    while len(parts) > 2 and parts[-1].strip(".") in GENERATIONAL_SUFFIXES:
        parts.pop()
    return _bare(parts[-1])
