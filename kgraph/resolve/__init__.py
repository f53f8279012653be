"""Resolve mentions to canonical entities: one node per real-world actor, country, organisation.

Pure functions over Extractions, one module per job:

- ``evidence``: each mention's cleaned name and the evidence of its sentence
- ``names``: surface forms -> names (titles, possessives, credits, fragments)
- ``people`` / ``organisations``: full names, surnames, spellings; acronyms
- ``link``: which mentions name the same entity
- ``votes``: one type per entity from all its mentions

docs/entities.md describes the rules; ``kgraph.aliases`` applies a user's corrections.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from anyascii import anyascii

from .. import countries
from ..types import Entity, Extraction
from . import votes
from .evidence import Observation, observe
from .link import assign

__all__ = ["resolve", "Resolution", "Links", "slug"]

# Per article, per sentence, per mention: the entity id, or None when dropped.
Links = Mapping[str, tuple[tuple[str | None, ...], ...]]


@dataclass(frozen=True)
class Resolution:
    entities: dict[str, Entity]
    links: Links


def resolve(extractions: Iterable[Extraction]) -> Resolution:
    """Entities and per-mention links for a corpus (``kgraph.aliases.apply`` corrects them)."""
    extractions = list(extractions)
    observed = {ex.info.id: observe(ex) for ex in extractions}
    keys = assign(extractions, observed)
    seen_by_key: dict[str, list[tuple[str, Observation]]] = defaultdict(list)
    for article, sentences in observed.items():
        for observations, sentence_keys in zip(sentences, keys[article]):
            for seen, key in zip(observations, sentence_keys):
                if key:
                    seen_by_key[key].append((article, seen))
    entities: dict[str, Entity] = {}
    ids: dict[str, str | None] = {}
    for key, seen in seen_by_key.items():
        entity = _entity(key, seen, taken=entities)
        ids[key] = entity.id if entity else None
        if entity:
            entities[entity.id] = entity
    links = {
        article: tuple(tuple(ids[key] if key else None for key in sentence) for sentence in sentences)
        for article, sentences in keys.items()
    }
    return Resolution(entities=entities, links=links)


def _entity(key: str, seen: list[tuple[str, Observation]], *, taken: Mapping[str, Entity]) -> Entity | None:
    kind, _, value = key.partition(":")
    observations = [observation for _, observation in seen]
    surfaces = Counter(observation.surface for observation in observations)
    if kind == "country":
        label, entity_type, iso3 = countries.name(value), "country", value
    else:
        label = _fullest(Counter(observation.name for observation in observations))
        entity_type = "person" if kind == "person" else votes.decide(label, observations)
        iso3 = ""
        if entity_type is None:
            return None
    entity_id = iso3 or slug(label)
    while entity_id in taken:
        entity_id += "_"
    return Entity(
        id=entity_id,
        label=label,
        type=entity_type,
        aliases=tuple(dict.fromkeys((*(form for form, _ in surfaces.most_common()), label))),
        mentions=len(observations),
        articles=len({article for article, _ in seen}),
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
