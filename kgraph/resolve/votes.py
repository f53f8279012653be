"""Types by votes: every mention of an entity has a say, not only the recogniser's label.

A title or speech verb counts double for a person, a name shaped like a
person's (two or three plain capitalised words) once more; being listed among
places (or after "city of"), or a gazetteer place, counts for a place; "the"
before a one-word name counts double against a person. Places and non-names are left out of
the graph; ties go to the more cautious reading (no node, then organisation).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from .. import countries
from .evidence import Observation
from .names import person_shaped

__all__ = ["decide"]

_LABEL_VOTES = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place", "NORP": "place"}
# Highest first wins a tie.
_TIE_ORDER = ("none", "place", "organisation", "person")


def decide(name: str, observations: Sequence[Observation]) -> str | None:
    """'person' or 'organisation' for the entity these mentions name, or None (a place, no name)."""
    votes: Counter[str] = Counter()
    for seen in observations:
        votes[_LABEL_VOTES.get(seen.label, "none")] += 1
        votes["person"] += 2 * seen.titled
        votes["place"] += 2 * seen.listed_with_place
        votes["person"] -= 2 * seen.determiner
    if person_shaped(name) and any(seen.label in ("PERSON", "ORG") for seen in observations):
        votes["person"] += 1.5
    if " " not in name and countries.is_place(name):
        votes["place"] += 3
    best = max(_TIE_ORDER, key=lambda kind: (votes[kind], -_TIE_ORDER.index(kind)))
    return best if best in ("person", "organisation") else None
