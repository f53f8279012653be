"""National legislatures by their own names ("Bundestag", "Knesset", "Lok Sabha"): organisations.

A shipped list (``kgraph/data/legislatures.tsv``, general knowledge; docs/entities.md section 47). The small model
tags these names as products ("Bundestag"), people ("Duma") or nothing; a legislature is a body, never a person,
a product or a place.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from ..words import fold

__all__ = ["named", "pattern"]


@cache
def _names() -> tuple[str, ...]:
    """The listed names as written, longest first (so that "State Duma" is matched before "Duma")."""
    text = resources.files("kgraph").joinpath("data", "legislatures.tsv").read_text(encoding="utf-8")
    names = {line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")}
    return tuple(sorted(names, key=lambda name: (-len(name), name)))


@cache
def _keys() -> frozenset[str]:
    return frozenset(fold(name) for name in _names())


def named(name: str) -> bool:
    """Whether a whole name is a listed legislature's ("Knesset", "the State Duma")."""
    return fold(name.removeprefix("the ").removeprefix("The ")) in _keys()


@cache
def pattern() -> re.Pattern[str]:
    """Any listed name as a whole word, in its written case."""
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, _names())) + r")(?![\w-])")
