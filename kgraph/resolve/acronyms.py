"""Well-known bodies by their short names: EU, U.N., OPEC, Interpol, Ofcom, DHS.

A shipped table (``kgraph/data/acronyms.tsv``: short name, official name,
other names) of international organisations and major national institutions,
agencies and parties, so that an acronym the text never spells out still gets
its body's name as label and joins that body's other names ("DHS", "Homeland
Security Department", "Department of Homeland Security"). A definition in the
text itself ("the Democratic Alliance (DA)") goes first (``organisations``).
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import NamedTuple

__all__ = ["Body", "bodies", "known", "other_names"]


class Body(NamedTuple):
    short: str  # "DHS", "Interpol"
    name: str  # the official name, the label of its node
    other: tuple[str, ...]  # other names in use


@cache
def bodies() -> tuple[Body, ...]:
    """The table's bodies, in its order."""
    text = resources.files("kgraph").joinpath("data", "acronyms.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if line and not line.startswith("#"):
            short, name, *other = line.split("\t")
            rows.append(Body(short, name, tuple(o for o in "|".join(other).split("|") if o)))
    return tuple(rows)


def other_names(name: str) -> tuple[str, ...]:
    """The well-known body's other names, when ``name`` (case ignored) is one of its names: 'Indian
    Premier League' -> ('IPL',). Empty for any other name."""
    return _names_of().get(name.casefold(), ())


def known(name: str) -> bool:
    """Whether ``name`` (case ignored) is one of the names of a well-known body of the table."""
    return name.casefold() in _names_of()


@cache
def _names_of() -> dict[str, tuple[str, ...]]:
    found: dict[str, tuple[str, ...]] = {}
    for body in bodies():
        names = (body.short, body.name, *body.other)
        for name in names:
            found.setdefault(name.casefold(), tuple(other for other in names if other.casefold() != name.casefold()))
    return found
