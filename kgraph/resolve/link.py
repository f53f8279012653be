"""Observations -> entity keys: which mentions name the same country, person or organisation.

Countries first (by name, abbreviation or demonym), then people (full names
grouped, one-word names linked within the article, then the corpus), then
organisations (acronyms to long forms). What is left is a name of its own,
typed by votes later. Keys are 'country:RUS', 'person:...', 'name:...'.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence

from .. import countries
from ..types import Extraction
from . import votes
from .evidence import Observation
from .names import fold, is_acronym
from .organisations import Organisations, definitions
from .people import People

__all__ = ["assign", "Observed", "Keys"]

# article id -> per sentence -> per mention
Observed = Mapping[str, tuple[tuple[Observation | None, ...], ...]]
Keys = dict[str, tuple[tuple[str | None, ...], ...]]


def assign(extractions: Sequence[Extraction], observed: Observed) -> Keys:
    """The entity key of every mention, aligned with ``observed``; None where it names no actor."""
    full_names, organisation_names = _names_by_kind(observed)
    people = People(full_names)
    organisations = Organisations(
        organisation_names, definitions(s for ex in extractions for s in ex.sentences)
    )
    return {
        article: tuple(
            tuple(_key(seen, article, people, organisations) if seen else None for seen in sentence)
            for sentence in sentences
        )
        for article, sentences in observed.items()
    }


def _names_by_kind(observed: Observed) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Per article: the full names that are people, and the names that may be organisations."""
    by_name: dict[str, list[Observation]] = defaultdict(list)
    for sentences in observed.values():
        for seen in _observations(sentences):
            if " " in seen.name and not countries.lookup(seen.name):
                by_name[fold(seen.name)].append(seen)
    person_names = {name for name, seen in by_name.items() if votes.decide(seen[0].name, seen) == "person"}
    full_names: dict[str, set[str]] = defaultdict(set)
    organisation_names: dict[str, set[str]] = defaultdict(set)
    for article, sentences in observed.items():
        for seen in _observations(sentences):
            if fold(seen.name) in person_names:
                full_names[article].add(seen.name)
            elif seen.label == "ORG" or is_acronym(seen.name):
                organisation_names[article].add(seen.name)
    _drop_sentence_openers(full_names, by_name)
    return full_names, organisation_names


def _drop_sentence_openers(full_names: dict[str, set[str]], by_name: Mapping[str, list[Observation]]) -> None:
    """'Enigmatic Malyuk' opening a sentence, beside 'Vasyl Malyuk': the capital proves no given name."""
    for names in full_names.values():
        # Sorted: which of two sentence-opening names goes first must not depend on set order.
        for name in sorted(names):
            parts = name.split()
            if not all(seen.initial for seen in by_name[fold(name)]):
                continue
            others = [o.split() for o in names if o != name]
            if any(o[-1] == parts[-1] and fold(o[0]) != fold(parts[0]) for o in others):
                names.discard(name)


def _key(seen: Observation, article: str, people: People, organisations: Organisations) -> str | None:
    code = countries.lookup(seen.name)
    if code:
        return f"country:{code}"
    if " " in seen.name and seen.name in people:
        return f"person:{people.person(seen.name)}"
    word = seen.name.split()[-1] if " " in seen.name and seen.initial else seen.name
    if " " not in word and not is_acronym(word):
        person = people.link(word, article)
        if person and not (seen.label in ("GPE", "LOC") and countries.is_place(word)):
            return f"person:{person}"
    organisation = organisations.key(seen.name, article)
    return f"name:{organisation}" if organisation else None


def _observations(sentences: tuple[tuple[Observation | None, ...], ...]) -> Iterator[Observation]:
    """The observations of one article's sentences, leaving out the mentions that name no actor."""
    return (seen for sentence in sentences for seen in sentence if seen)
