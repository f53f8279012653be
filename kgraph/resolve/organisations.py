"""Organisations: acronyms and long forms, learned from the text.

An acronym is joined to a long form the text defines ("the Royal United
Services Institute (RUSI)", "Security Service of Ukraine or SBU"), else to
the one long form in the corpus whose initials spell it (EU / European
Union). Case is ignored (NATO / Nato). A shortened or cut-off name ("the
Security Service", "the Security Service of") joins the one longer name of
its article that it begins; a lone head word ("the Commission") the one it ends.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from ..types import Sentence
from ..words import fold
from .names import clean, initials, is_acronym

__all__ = ["Organisations", "definitions"]

# Text between a long form and its acronym (or the reverse) that defines it.
_FUNCTION_WORDS = frozenset("of for and the on in".split())
_DEFINING_GAP = re.compile(r"^\s*(?:\(|,?\s*or\s+|,?\s*(?:known|abbreviated) as\s+)$", re.IGNORECASE)


def _key(name: str) -> str:
    """The form names are compared in, folded; a one-word name (an acronym) without its dots: "U.N." is "UN"."""
    return fold(name.replace(".", "")) if " " not in name else fold(name)


def definitions(sentences: Iterable[Sentence]) -> dict[str, str]:
    """Acronym key -> long-form key, for every acronym the sentences define."""
    defined: dict[str, str] = {}
    for sentence in sentences:
        for left, right in zip(sentence.mentions, sentence.mentions[1:]):
            if not _DEFINING_GAP.match(sentence.text[left.end:right.start]):
                continue
            first, second = clean(left.text), clean(right.text)
            if not first or not second:
                continue
            if is_acronym(second) and " " in first:
                defined[_key(second)] = _key(first)
            elif is_acronym(first) and " " in second:
                defined[_key(first)] = _key(second)
    return defined


class Organisations:
    """The organisation names of a corpus and the acronyms defined in it.

    A name is read against the organisation names of its own article
    (``local``), which a shortened name or a lone head word may stand for.
    """

    def __init__(self, names: Iterable[str], defined: Mapping[str, str]):
        """``names``: every organisation name of the corpus; ``defined``: acronym key -> long-form key."""
        spelled: dict[str, set[str]] = {}
        for name in names:
            if " " in name:
                spelled.setdefault(initials(name).casefold(), set()).add(_key(name))
        self._expansions = {acronym: keys.pop() for acronym, keys in spelled.items() if len(keys) == 1}
        self._expansions.update(defined)

    @staticmethod
    def local(names: Iterable[str]) -> frozenset[str]:
        """The keys of one article's organisation names, for ``key``."""
        return frozenset(_key(name) for name in names)

    def key(self, name: str, local: frozenset[str]) -> str | None:
        """The organisation a name stands for (its long form where the corpus knows one), None for a fragment."""
        key = _key(name)
        if " " not in key:
            if key in self._expansions:
                return self._expansions[key]
            ending = {other for other in local if other.endswith(" " + key)}
            return ending.pop() if len(ending) == 1 else key
        longer = {other for other in local if other.startswith(key + " ")}
        if len(longer) == 1:
            return longer.pop()
        return None if key.split()[-1] in _FUNCTION_WORDS else key
