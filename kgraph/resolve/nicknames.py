"""Sports clubs by their nicknames: "the Gunners" for Arsenal, "Los Blancos" for Real Madrid.

A shipped table (``kgraph/data/nicknames.tsv``: a club's common name and its
nicknames) of well-known football, basketball and cricket clubs. A nickname
is common English or shared ("the Blues", "Wolves"), so it stands for a club
only in an article that names that club, and only when one club of the
article has it (``Linker``).
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache
from importlib import resources

from ..words import fold

__all__ = ["clubs"]


def clubs(nickname: str) -> tuple[str, ...]:
    """The clubs (common names) that go by ``nickname`` (case and accents ignored)."""
    return _table().get(fold(nickname), ())


@cache
def _table() -> dict[str, tuple[str, ...]]:
    text = resources.files("kgraph").joinpath("data", "nicknames.tsv").read_text(encoding="utf-8")
    found: dict[str, list[str]] = defaultdict(list)
    for line in text.splitlines():
        if line and not line.startswith("#"):
            club, nicknames = line.split("\t")
            for nickname in nicknames.split("|"):
                found[fold(nickname)].append(club)
    return {nickname: tuple(named) for nickname, named in found.items()}
