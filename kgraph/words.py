"""Words and names as more than one stage reads them: one list, one way to compare.

Kept here, at the bottom of the package, so that cleaning (kgraph.ingest),
resolution (kgraph.resolve) and queries (kgraph.query) share one list and one
``fold`` rather than copies that drift apart. Each rule extends the shared
list with its own words.
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

__all__ = ["INSTITUTION_WORDS", "INVISIBLE", "ORDINALS", "STOP_WORDS", "fold", "plural", "visible", "word_alternation"]

# Invisible format characters: zero-width spaces and joiners, the byte order mark, and the
# bidirectional controls (U+200E/F, U+202A-U+202E, U+2066-U+2069, U+061C) that can make one
# name look like another or reverse what follows it. A character class, for regular expressions.
INVISIBLE = "\u200b-\u200f\u202a-\u202e\u2060-\u2069\u061c\ufeff"
_INVISIBLE = re.compile(f"[{INVISIBLE}]")

def word_alternation(words) -> str:
    """A regular expression matching what ``"|".join(words)`` matches, written as a tree of the words' shared
    beginnings ("b(?:ank|roadcaster)") so that re tries each letter once at a position, not every word.

    The same matches only where at most one word can match at a place (each is followed in the pattern by
    something no word goes on with, such as a space or a boundary): the plain alternation takes the first word
    listed that matches, the tree the longest."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def written(node: dict) -> str:
        branches = [re.escape(char) + written(node[char]) for char in sorted(node) if char]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        return "(?:%s)%s" % ("|".join(branches), "?" if "" in node else "")
    return written(tree)


# Words that end or fill the name of an institution, not of a person: "Security Council",
# "Labour Party", "Supreme Court". Lower case.
INSTITUTION_WORDS = frozenset("""
agency alliance army assembly bank board bureau center centre commission committee company congress
corporation council court department federation fund government group guard hall house institute league
ministry mission network news office organisation organization parliament party post press school senate
service square street times union university
""".split())

# Ordinal words, first to twentieth, in order: a court or unit written with a figure is the same one
# ("9th Circuit", "Ninth Circuit"). Lower case.
ORDINALS = tuple("""
first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth
fifteenth sixteenth seventeenth eighteenth nineteenth twentieth
""".split())



def _english_stop_words() -> frozenset[str]:
    """spaCy's English stop words, read from its own file without importing spaCy: the import costs 0.5 s, and a
    build whose articles all come from the cache needs no spaCy at all (issue 22)."""
    found = importlib.util.find_spec("spacy")
    if found is None or found.origin is None:
        raise ImportError("spaCy is not installed")
    path = Path(found.origin).parent / "lang" / "en" / "stop_words.py"
    spec = importlib.util.spec_from_file_location("_kgraph_english_stop_words", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot read spaCy's stop words at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(module.STOP_WORDS)


# English function words ("the", "but", "meanwhile"), lower case: spaCy's list, one for every rule.
STOP_WORDS = _english_stop_words()

def visible(text: str) -> str:
    """``text`` without invisible format characters (``INVISIBLE``)."""
    return _INVISIBLE.sub("", text) if not text.isascii() else text


@lru_cache(maxsize=1 << 16)  # the same few thousand names are compared again and again
def fold(text: str) -> str:
    """Case- and accent-insensitive form for comparing names: 'Nicolás' -> 'nicolas'.

    Only the accents go: letters of other scripts stay ('Зеленський' -> 'зеленскии'),
    so a name in Cyrillic or Greek is still a name.
    """
    if text.isascii():  # nothing to decompose nor drop (most names): only case and spacing
        return " ".join(text.casefold().split())
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.replace("’", "'").casefold().split())


def plural(count: float, noun: str, nouns: str | None = None) -> str:
    """'1 edge', '2 edges', '1 entity', '0 entities': ``nouns`` when the plural is not noun + 's'."""
    return f"{count:g} {noun if count == 1 else nouns or noun + 's'}"
