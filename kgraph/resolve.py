"""Resolve mentions to canonical entities: one node per real-world entity.

Pure functions over Extractions. A mention's surface form is normalised
(titles, possessives, leading articles dropped), typed, and linked to an
entity key; surname-only mentions join the full name they stand for.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from . import countries
from .types import Entity, Extraction, Mention

__all__ = ["resolve", "Resolution", "slug"]

# Per article, per sentence, per mention: the entity id, or None when dropped.
Links = Mapping[str, tuple[tuple[str | None, ...], ...]]

_TITLES = frozenset(
    """president prime minister deputy foreign defense defence secretary general major lieutenant
    colonel chancellor mep mp senator ambassador chief head leader king queen prince pope
    commissioner governor mayor minister spokesman spokeswoman mr mrs ms dr sir lord lady""".split()
)
_POSSESSIVE = re.compile(r"(?:'s|')$")
_LEADING_ARTICLE = re.compile(r"^(?:the)\s+", re.IGNORECASE)
_BRACKETS = re.compile(r"[\[\](){}]")
_LABEL_TYPE = {"PERSON": "person", "ORG": "organisation"}


@dataclass(frozen=True)
class Resolution:
    entities: dict[str, Entity]
    links: Links


def resolve(extractions: Iterable[Extraction]) -> Resolution:
    extractions = list(extractions)
    candidates = [
        [[_candidate(m) for m in sentence.mentions] for sentence in ex.sentences] for ex in extractions
    ]
    full_names = _full_names(candidates)

    links: dict[str, tuple[tuple[str | None, ...], ...]] = {}
    surfaces: dict[str, Counter] = defaultdict(Counter)
    types: dict[str, Counter] = defaultdict(Counter)
    iso3: dict[str, str] = {}
    article_sets: dict[str, set[str]] = defaultdict(set)
    for ex, article_candidates in zip(extractions, candidates):
        in_article = _full_names([article_candidates])
        per_sentence = []
        for sentence, sentence_candidates in zip(ex.sentences, article_candidates):
            ids: list[str | None] = []
            for mention, candidate in zip(sentence.mentions, sentence_candidates):
                if candidate is None:
                    ids.append(None)
                    continue
                name, kind, code = candidate
                if kind != "country" and " " not in name:
                    name = in_article.get(name) or full_names.get(name) or name
                key = f"country:{code}" if kind == "country" else name.casefold()
                ids.append(key)
                surfaces[key][name if kind != "country" else countries.name(code)] += 1
                surfaces[key][mention.text] += 0  # record the alias without weighting the label
                types[key][kind] += 1
                article_sets[key].add(ex.info.id)
                if code:
                    iso3[key] = code
            per_sentence.append(tuple(ids))
        links[ex.info.id] = tuple(per_sentence)

    entities: dict[str, Entity] = {}
    renamed: dict[str, str] = {}
    for key, forms in surfaces.items():
        label = forms.most_common(1)[0][0]
        entity_id = slug(label) if key not in iso3 else iso3[key]
        while entity_id in entities:
            entity_id += "_"
        renamed[key] = entity_id
        entities[entity_id] = Entity(
            id=entity_id,
            label=label,
            type=types[key].most_common(1)[0][0],
            aliases=tuple(form for form, _ in forms.most_common()),
            mentions=sum(types[key].values()),
            articles=len(article_sets[key]),
            iso3=iso3.get(key, ""),
        )
    links = {
        article: tuple(tuple(renamed.get(k) if k else None for k in sentence) for sentence in sentences)
        for article, sentences in links.items()
    }
    return Resolution(entities=entities, links=links)


def _candidate(mention: Mention) -> tuple[str, str, str] | None:
    """(normalised name, type, iso3) for a mention, or None when it names no actor."""
    name = _normalise(mention.text)
    if not name:
        return None
    code = countries.lookup(name)
    if code:
        return name, "country", code
    kind = _LABEL_TYPE.get(mention.label)
    if kind is None:  # cities, regions, unknown nationalities
        return None
    return name, kind, ""


def _normalise(text: str) -> str:
    text = _BRACKETS.sub("", " ".join(text.split()))
    text = _LEADING_ARTICLE.sub("", text)
    text = _POSSESSIVE.sub("", text)
    words = text.split()
    while len(words) > 1 and words[0].casefold().strip(".") in _TITLES:
        words.pop(0)
    return " ".join(words).strip(" ,.;:-")


def _full_names(candidates) -> dict[str, str]:
    """Surname -> full person name, for surnames that point to exactly one full name."""
    by_surname: dict[str, set[str]] = defaultdict(set)
    for article in candidates:
        for sentence in article:
            for candidate in sentence:
                if candidate and candidate[1] == "person" and " " in candidate[0]:
                    by_surname[candidate[0].split()[-1]].add(candidate[0])
    return {surname: next(iter(names)) for surname, names in by_surname.items() if len(names) == 1}


def slug(label: str) -> str:
    """A stable XML NMTOKEN id from a label: 'Volodymyr Zelenskyy' -> 'volodymyr_zelenskyy'."""
    ascii_form = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    token = re.sub(r"[^a-z0-9]+", "_", ascii_form.casefold()).strip("_")
    return token or "entity"
