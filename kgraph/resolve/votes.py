"""Types by votes: every mention of an entity has a say, not only the recogniser's label.

A title or speech verb counts double for a person, a name shaped like a
person's (two or three plain capitalised words) once more; being listed among
places (or after "city of"), or a gazetteer place, counts for a place; "the"
before a one-word name counts double against a person. Places and non-names are left out of
the graph; ties go to the more cautious reading (no node, then organisation).
"""

from __future__ import annotations

from collections import Counter

from . import countries
from .evidence import Observation
from .names import person_shaped

__all__ = ["Ballot"]

_LABEL_VOTES = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place", "NORP": "place"}
# Highest first wins a tie.
_TIE_ORDER = ("none", "place", "organisation", "person")


class Ballot:
    """The votes of one entity's mentions, cast one mention at a time as the corpus streams by."""

    __slots__ = ("_votes", "_named")

    def __init__(self) -> None:
        self._votes: Counter[str] = Counter()
        self._named = False  # some mention is labelled a person or an organisation

    def cast(self, seen: Observation) -> None:
        votes = self._votes
        votes[_LABEL_VOTES.get(seen.label, "none")] += 1
        votes["person"] += 2 * seen.titled - 2 * seen.determiner
        votes["place"] += 2 * seen.listed_with_place
        self._named = self._named or seen.label in ("PERSON", "ORG")

    def decide(self, name: str) -> str | None:
        """'person' or 'organisation' for the entity named ``name``, or None (a place, no name)."""
        votes = self._votes.copy()
        if self._named and person_shaped(name):
            votes["person"] += 1.5
        if " " not in name and countries.is_place(name):
            votes["place"] += 3
        best = max(_TIE_ORDER, key=lambda kind: (votes[kind], -_TIE_ORDER.index(kind)))
        return best if best in ("person", "organisation") else None
