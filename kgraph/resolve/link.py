"""Observations -> entity keys: which mentions name the same country, person or organisation.

Countries first (by name, abbreviation or demonym), then people (full names
grouped, one-word names linked within the article, then the corpus), then
organisations (acronyms to long forms). What is left is a name of its own,
typed by votes later. Keys are 'country:RUS', 'person:...', 'name:...'.

What the corpus says is learned in two passes over the observed articles,
keeping only per-name figures: which full names are people (the votes of
all their mentions), then every person's and organisation's names. An
article's mentions are then keyed from the corpus and that article alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from ..types import Links
from ..words import fold
from . import countries, places
from .evidence import Observation, Observed
from .names import is_acronym
from .organisations import Organisations
from .people import People
from .votes import Ballot

__all__ = ["Linker"]


@dataclass(slots=True)
class _FullName:
    """A full name's mentions across the corpus."""

    name: str  # as first written
    ballot: Ballot = field(default_factory=Ballot)
    initial: bool = True  # every mention opens its sentence


class Linker:
    """Keys the mentions of an article, knowing the corpus' people and organisations.

    ``observed`` is read twice here: it must be a collection (a list, or a
    ``kgraph.spill.Spill``), not an iterator.
    """

    def __init__(self, observed: Iterable[Observed]):
        full_names = _full_names(observed)
        self._person_names = {
            folded: seen for folded, seen in full_names.items() if seen.ballot.decide(seen.name) == "person"
        }
        people_names: dict[str, None] = {}  # ordered: the first spelling seen names its person
        organisation_names: set[str] = set()
        defined: dict[str, str] = {}
        for article in observed:
            persons, organisations = self._names(article)
            people_names.update(dict.fromkeys(persons))
            organisation_names.update(organisations)
            defined.update(article.definitions)
        self.people = People(people_names)
        self.organisations = Organisations(organisation_names, defined)

    def keys(self, article: Observed) -> Links:
        """The entity key of every mention of ``article``, aligned with its observations."""
        persons, organisations = self._names(article)
        local_people = self.people.local(persons)
        local_organisations = self.organisations.local(organisations)
        return tuple(
            tuple(self._key(seen, local_people, local_organisations) if seen else None for seen in sentence)
            for sentence in article.sentences
        )

    def _names(self, article: Observed) -> tuple[list[str], set[str]]:
        """The full names of people in the article (sorted), and its names that may be organisations."""
        persons: set[str] = set()
        organisations: set[str] = set()
        for seen in _observations(article):
            if fold(seen.name) in self._person_names:
                persons.add(seen.name)
            elif seen.label == "ORG" or is_acronym(seen.name):
                organisations.add(seen.name)
        return self._without_sentence_openers(persons), organisations

    def _without_sentence_openers(self, names: set[str]) -> list[str]:
        """'Enigmatic Malyuk' opening a sentence, beside 'Vasyl Malyuk': the capital proves no given name."""
        # Sorted: which of two sentence-opening names goes first must not depend on set order.
        kept = sorted(names)
        for name in list(kept):
            parts = name.split()
            if not self._person_names[fold(name)].initial:
                continue
            others = [other.split() for other in kept if other != name]
            if any(other[-1] == parts[-1] and fold(other[0]) != fold(parts[0]) for other in others):
                kept.remove(name)
        return kept

    def _key(self, seen: Observation, local_people: frozenset[str], local_organisations: frozenset[str]) -> str | None:
        code = countries.lookup(seen.name)
        if code:
            return f"country:{code}"
        if " " in seen.name and seen.name in self.people:
            return f"person:{self.people.person(seen.name)}"
        word = seen.name.split()[-1] if " " in seen.name and seen.initial else seen.name
        if " " not in word and not is_acronym(word):
            person = self.people.link(word, local_people)
            if person and not (seen.label in ("GPE", "LOC") and places.in_gazetteer(word)):
                return f"person:{person}"
        if places.in_gazetteer(seen.name):
            local_organisations = frozenset()  # "Boston" is a place, not short for "Boston Celtics"
        organisation = self.organisations.key(seen.name, local_organisations)
        return f"name:{organisation}" if organisation else None


def _full_names(observed: Iterable[Observed]) -> dict[str, _FullName]:
    """Folded full name -> its mentions' votes and whether they all open a sentence."""
    full_names: dict[str, _FullName] = {}
    for article in observed:
        for seen in _observations(article):
            if " " in seen.name and not countries.lookup(seen.name):
                folded = fold(seen.name)
                entry = full_names.get(folded)
                if entry is None:
                    entry = full_names[folded] = _FullName(seen.name)
                entry.ballot.cast(seen)
                entry.initial = entry.initial and seen.initial
    return full_names


def _observations(article: Observed) -> Iterator[Observation]:
    """The observations of one article, leaving out the mentions that name no actor."""
    return (seen for sentence in article.sentences for seen in sentence if seen)
