"""A user's corrections to entity resolution: merge, rename, retype or drop entities.

The file is TOML (docs/entities.md)::

    drop = ["Monroe Doctrine", "Narew"]

    [merge]            # name -> the entity it is the same as
    "Holos Yaroslav Zheleznyak" = "Yaroslav Zheleznyak"

    [rename]           # entity -> new label
    "Volodymyr Zelenskyy" = "Volodymyr Zelensky"

    [type]             # entity -> person | organisation | country | place
    "Mozhem Obyasnit" = "organisation"

An entity is named by its id, its label or any surface form seen (case is
ignored). Corrections apply in the order drop, merge, rename, type. A rename
or retype whose new id is another entity's id merges the two, and a warning
names the file and line; so does a correction that cannot apply (a type
"country" for a name no country has), which is then left out. The file is
UTF-8 (UTF-16 with a byte order mark is read too).
"""

from __future__ import annotations

import codecs
import logging
import os
import re
import tomllib
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace

from ..contract import ENTITY_TYPES
from ..errors import AliasesError
from ..types import Entity, Links
from . import Observed, Resolution, countries, slug

__all__ = ["Corrections", "load", "parse", "apply"]

log = logging.getLogger("kgraph")

_SECTIONS = ("drop", "merge", "rename", "type")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# A table header, and the key of a "key = value" line (bare, "basic" or 'literal').
_TABLE = re.compile(r"\s*\[\s*([A-Za-z0-9_-]+)\s*\]")
_KEY = re.compile(r"""\s*((?:"(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+))\s*=""")


@dataclass(frozen=True)
class Corrections:
    drop: tuple[str, ...] = ()
    merge: Mapping[str, str] = field(default_factory=dict)
    rename: Mapping[str, str] = field(default_factory=dict)
    type: Mapping[str, str] = field(default_factory=dict)
    source: str = ""  # the file read, for messages
    lines: Mapping[tuple[str, str], int] = field(default_factory=dict)  # (section, name) -> line in the file

    def where(self, section: str, name: str) -> str:
        """'aliases.toml:7' for a correction, as far as it is known."""
        line = self.lines.get((section, name))
        return f"{self.source or 'aliases'}{f':{line}' if line else ''} ([{section}] {name!r})"


def load(path: str | os.PathLike) -> Corrections:
    """Read an aliases file; AliasesError names the file and what is wrong."""
    try:
        with open(path, "rb") as file:
            data = file.read()
    except OSError as err:
        raise AliasesError(f"{path}: {err.strerror or err}") from err
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), "utf-8")
    if encoding == "utf-8" and b"\0" in data:
        raise AliasesError(f"{path}: holds NUL bytes (UTF-16 without a byte order mark?); save it as UTF-8")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        raise AliasesError(f"{path}: not UTF-8 text (byte {err.start}); save the aliases file as UTF-8") from err
    try:
        return replace(parse(tomllib.loads(text)), source=os.fspath(path), lines=_lines(text))
    except tomllib.TOMLDecodeError as err:
        raise AliasesError(f"{path}: {err}") from err
    except AliasesError as err:
        raise AliasesError(f"{path}: {err}") from err


def _lines(text: str) -> dict[tuple[str, str], int]:
    """The line of each "name = value" in the file's tables, for messages."""
    lines: dict[tuple[str, str], int] = {}
    section = ""
    for number, line in enumerate(text.splitlines(), start=1):
        if table := _TABLE.match(line):
            section = table[1]
        elif section and (key := _KEY.match(line)):
            try:  # the key as TOML reads it, escapes and all
                name = next(iter(tomllib.loads(f"{key[1]} = 0")))
            except tomllib.TOMLDecodeError:  # a line inside a multi-line string that looks like a key
                continue
            lines.setdefault((section, name), number)
    return lines


def parse(data: Mapping) -> Corrections:
    unknown = set(data) - set(_SECTIONS)
    if unknown:
        raise AliasesError(f"unknown section(s) {sorted(unknown)}; expected {list(_SECTIONS)}")
    drop = data.get("drop", [])
    if not isinstance(drop, list) or not all(isinstance(name, str) for name in drop):
        raise AliasesError("'drop' must be a list of names")
    tables = {}
    for section in ("merge", "rename", "type"):
        table = data.get(section, {})
        if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
            raise AliasesError(f"[{section}] must map names to strings")
        tables[section] = table
    bad = {kind for kind in tables["type"].values() if kind not in ENTITY_TYPES}
    if bad:
        raise AliasesError(f"[type]: unknown type(s) {sorted(bad)}; expected one of {list(ENTITY_TYPES)}")
    return Corrections(drop=tuple(drop), **tables)


def apply(resolution: Resolution, corrections: Corrections, observed: Iterable[Observed]) -> Resolution:
    """A new Resolution with the corrections applied; names that match nothing are ignored.

    ``observed`` (what ``resolve`` was given) is read once more to count the
    mentions and articles of the corrected entities: merging changes both.
    """
    corrector = _Corrector(resolution.entities)
    for name in corrections.drop:
        corrector.drop(name)
    for name, target in corrections.merge.items():
        corrector.merge(name, target, where=corrections.where("merge", name))
    for name, label in corrections.rename.items():
        corrector.change(name, _relabel, label, where=corrections.where("rename", name))
    for name, kind in corrections.type.items():
        corrector.change(name, _retyped, kind, where=corrections.where("type", name))
    corrected = replace(resolution, ids={key: corrector.now(i) if i else None for key, i in resolution.ids.items()})
    return replace(corrected, entities=_recounted(corrector.entities, map(corrected.links, observed)))


class _Corrector:
    """The entities as corrected so far, and which entity (if any) each original id has become."""

    def __init__(self, entities: Mapping[str, Entity]):
        self.entities = dict(entities)
        self._current: dict[str, str | None] = {entity_id: entity_id for entity_id in entities}  # original -> now

    def now(self, original: str) -> str | None:
        return self._current[original]

    def drop(self, name: str) -> None:
        if (found := self._find(name)) is not None:
            self._redirect(found, None)

    def merge(self, name: str, target: str, *, where: str) -> None:
        source, into = self._find(name), self._find(target)
        if source is None or source == into:
            return
        if into is None:  # nothing is named so yet: the entity takes the name
            self._replace(source, _relabel(self.entities[source], target), where=where)
            return
        self._merge(source, into)

    def change(self, name: str, change: Callable[[Entity, str], Entity], value: str, *, where: str) -> None:
        """Replace the entity ``name`` finds by ``change(entity, value)`` (a new label or type)."""
        if (found := self._find(name)) is None:
            return
        try:
            changed = change(self.entities[found], value)
        except AliasesError as err:
            log.warning("%s: %s; correction left out", where, err)
            return
        self._replace(found, changed, where=where)

    def _replace(self, old: str, new: Entity, *, where: str) -> None:
        """``old`` becomes ``new``; when another entity already has ``new``'s id, the two are merged, and said so."""
        taken = self.entities.get(new.id)
        if taken is None or new.id == old:
            self._redirect(old, new)
            return
        log.warning("%s: %r now has the id %r of %r; the two are merged into one entity",
                    where, new.label, new.id, taken.label)
        self.entities[old] = new
        self._merge(old, new.id)

    def _merge(self, source: str, into: str) -> None:
        """Entity ``source`` becomes part of ``into``: its names are ``into``'s aliases, its mentions ``into``'s."""
        merged = self.entities[source]
        self.entities[into] = replace(
            self.entities[into], aliases=_union(self.entities[into].aliases, (merged.label, *merged.aliases))
        )
        self._redirect(source, None, into=into)

    def _find(self, name: str) -> str | None:
        wanted = name.casefold()
        for entity in self.entities.values():
            if wanted in (entity.id.casefold(), entity.label.casefold(), *(a.casefold() for a in entity.aliases)):
                return entity.id
        return None

    def _redirect(self, old: str, new: Entity | None, *, into: str | None = None) -> None:
        del self.entities[old]
        if new is not None:
            self.entities[new.id] = new
        target = into or (new.id if new else None)
        for original, now in self._current.items():
            if now == old:
                self._current[original] = target


def _recounted(entities: dict[str, Entity], links: Iterable[Links]) -> dict[str, Entity]:
    """Mentions and articles counted again from each article's links, as merging changes both."""
    mentions: Counter[str] = Counter()
    articles: Counter[str] = Counter()
    for sentences in links:
        ids = [i for sentence in sentences for i in sentence if i]
        mentions.update(ids)
        articles.update(set(ids))
    return {i: replace(e, mentions=mentions[i], articles=articles[i]) for i, e in entities.items()}


def _relabel(entity: Entity, label: str) -> Entity:
    return replace(entity, id=entity.iso3 or slug(label), label=label, aliases=_union(entity.aliases, (entity.label,)))


def _retyped(entity: Entity, kind: str) -> Entity:
    if kind != "country":
        return replace(entity, type=kind, iso3="", id=slug(entity.label) if entity.iso3 else entity.id)
    code = countries.lookup(entity.label) or next(filter(None, map(countries.lookup, entity.aliases)), "")
    if not code:
        raise AliasesError(f"{entity.label!r} cannot be a country: no ISO 3166 country has that name")
    return replace(entity, type="country", iso3=code, id=code, label=countries.name(code))


def _union(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*first, *second)))
