"""Resolve mentions to canonical entities: one node per real-world actor, country, organisation.

Two steps: ``observe`` each article as it is recognised (no corpus needed),
then ``resolve`` the observations of the whole corpus. Pure functions, one
module per job:

- ``evidence``: each mention's cleaned name and the evidence of its sentence
- ``names``: surface forms -> names (titles, possessives, credits, fragments)
- ``people`` / ``organisations``: full names, surnames, spellings; acronyms
- ``acronyms``: the shipped table of well-known bodies (EU, Interpol, DHS)
- ``repeats``: names the recogniser missed where an article repeats them (run before ``observe``)
- ``link``: which mentions name the same entity
- ``votes``: one type per entity from all its mentions

docs/entities.md describes the rules; ``kgraph.aliases`` applies a user's corrections.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace

from anyascii import anyascii

from ..types import Entity, Links
from . import countries, dropped
from .evidence import Observation, Observed, observe
from .link import Gathered, Linker
from .names import NAME_PART_TITLES, head_after
from .organisations import short_forms
from .votes import Ballot

__all__ = ["observe", "resolve", "Observed", "Resolution", "slug"]


@dataclass(frozen=True)
class Resolution:
    """The entities of a corpus, and the way from an article's mentions to them."""

    entities: dict[str, Entity]
    ids: Mapping[str, str | None]  # entity key (see ``link``) -> entity id; None: not an entity after all
    linker: Linker

    def links(self, article: Observed) -> Links:
        """The entity id of every mention of ``article``, aligned with its sentences and mentions."""
        return self.links_of(self.linker.keys(article))

    def links_of(self, keys: Links) -> Links:
        """The entity ids of an article's entity keys (``Linker.keys``, which ``resolve`` hands to ``keep``)."""
        ids = self.ids
        return tuple(tuple(ids[key] if key else None for key in sentence) for sentence in keys)


@dataclass(slots=True)
class _Tally:
    """What one entity key's mentions say, gathered as the corpus streams by."""

    surfaces: Counter[str] = field(default_factory=Counter)
    names: Counter[str] = field(default_factory=Counter)
    # short forms its articles define for it, which may never be written alone ("(JVP)", "(Comelec)"), and forms
    # only the lines cleaning dropped write ("(Reuters) - Facebook Inc": ``dropped``)
    shorts: dict[str, None] = field(default_factory=dict)
    ballot: Ballot = field(default_factory=Ballot)
    mentions: int = 0
    articles: int = 0
    last_article: str | None = None

    def add(self, seen: Observation, article: str) -> None:
        self.surfaces[_without_head_after(_alias(seen), seen.name)] += 1
        self.names[seen.name] += 1
        self.ballot.cast(seen)
        self.mentions += 1
        if article != self.last_article:  # an article's mentions come one after another
            self.articles += 1
            self.last_article = article


def _without_head_after(alias: str, name: str) -> str:
    """The alias without the head written after the body's name that the name left out: "Budget Committee Chair" ->
    "Budget Committee", "Acme Corp CEO" -> "Acme Corp" (``names.head_after``; dev10)."""
    last = name.rsplit(maxsplit=1)[-1]
    end = alias.rfind(last) + len(last)
    rest = alias[end:].split() if end >= len(last) else []
    return alias[:end] if rest and all(head_after(word) for word in rest) else alias


def _alias(seen: Observation) -> str:
    """The surface form without the titles and owners before the name: 'Mr Albanese' -> 'Albanese'.

    A leading "the" stays ("the European Commission" is how the name is written).
    """
    surface, first = seen.surface, seen.name.split(maxsplit=1)[0]
    start = surface.find(first)
    if start <= 0 or surface[:start].strip() in ("the", "The"):
        return surface
    title = surface[:start].split()[-1] if surface[:start].split() else ""
    if title.casefold() in NAME_PART_TITLES:
        # "Sheikh Mohammed bin Abdulrahman Al Thani": how the name is written and looked up, title and all (issue 15,
        # dev7); the name itself goes without it.
        return surface[surface.rfind(title, 0, start):]
    return surface[start:]


def resolve(observed: Iterable[Observed], *, keep: Callable[[Links], None] | None = None,
            gathered: Gathered | None = None) -> Resolution:
    """Entities and the way to link mentions to them (``kgraph.aliases.apply`` corrects both).

    ``observed`` (one ``observe(extraction)`` per article) is read twice, so
    it must be re-iterable: a list, or a ``kgraph.pipeline.spill.Spill`` that
    reads it back from disk; once only when ``gathered`` (``link.Gathered``) was
    given each of its articles, in order, as they were observed (a build does so as it
    spills them). Only per-name and per-entity figures are kept between the
    readings, never per-mention ones. ``keep`` is given each
    article's entity keys, in order, as the last reading finds them: a build
    spills them, so that counting turns them into links (``Resolution.links_of``)
    instead of keying every mention again.
    """
    if iter(observed) is observed:
        raise TypeError("resolve reads the observed articles twice: pass a list or a Spill, not an iterator")
    linker = Linker(observed) if gathered is None else Linker(gathered=gathered)
    tallies: dict[str, _Tally] = {}
    for article, keyed in linker.keyed(observed):
        if keep is not None:
            keep(keyed)
        named: dict[str, set[str]] = {}  # key -> its names in the article's kept text, when it dropped lines
        for observations, keys in zip(article.sentences, keyed):
            for seen, key in zip(observations, keys):
                if key:
                    tally = tallies.get(key)
                    if tally is None:
                        tally = tallies[key] = _Tally()
                    tally.add(seen, article.article)
                    if article.definitions:
                        tally.shorts.update(dict.fromkeys(short_forms(seen.name, article.definitions)))
                    if article.dropped:
                        named.setdefault(key, set()).add(seen.name)
        for key, forms in dropped.aliases(article.dropped, named).items():
            tallies[key].shorts.update(dict.fromkeys(forms))
    found = {key: _entity(key, tally, official=linker.organisations.official) for key, tally in tallies.items()}
    ids: dict[str, str | None] = dict.fromkeys(found)
    entities: dict[str, Entity] = {}
    # Two entities whose labels give the same slug: the first in an order that does not depend on
    # the input's keeps it (a look-alike spelling in mixed scripts last), the others get "_" added.
    for key, entity in sorted(((k, e) for k, e in found.items() if e), key=lambda item: _precedence(*item)):
        while entity.id in entities:
            entity = replace(entity, id=entity.id + "_")
        ids[key] = entity.id
        entities[entity.id] = entity
    return Resolution(entities=entities, ids=ids, linker=linker)


def _precedence(key: str, entity: Entity) -> tuple:
    scripts = {unicodedata.name(c, "?").split()[0] for c in entity.label if c.isalpha()}
    return entity.id, len(scripts) > 1, -entity.mentions, entity.label, key


def _entity(key: str, tally: _Tally, *, official: Callable[[str], str | None]) -> Entity | None:
    kind, _, value = key.partition(":")
    if kind == "country":
        label, entity_type, iso3 = countries.name(value), "country", value
    elif kind == "name" and (body := official(value)):
        label, entity_type, iso3 = body, "organisation", ""  # a well-known body (``acronyms``)
    else:
        label = _fullest(tally.names)
        entity_type = "person" if kind == "person" else tally.ballot.decide(label)
        iso3 = ""
        if entity_type is None:
            return None
    return Entity(
        id=iso3 or slug(label),
        label=label,
        type=entity_type,
        aliases=tuple(dict.fromkeys((*(form for form, _ in tally.surfaces.most_common()), *tally.names, *tally.shorts,
                                          label))),
        mentions=tally.mentions,
        articles=tally.articles,
        iso3=iso3,
    )


def _fullest(names: Counter[str]) -> str:
    """The fullest common name: most words first, then most frequent, then first seen."""
    return max(names, key=lambda name: (len(name.split()), names[name]))


def slug(label: str) -> str:
    """A stable ASCII XML NMTOKEN id from a label: 'Volodymyr Zelenskyy' -> 'volodymyr_zelenskyy'.

    Other scripts are transliterated ('Зеленський' -> 'zelenskyi'), so ids
    stay readable and portable to every tool that loads the files.
    """
    token = re.sub(r"[^a-z0-9]+", "_", anyascii(label).casefold()).strip("_")
    return token or "entity"
