"""The graph contract: every attribute a kgraph graph carries, its type and meaning, in one table.

Every reader and writer derives what it needs from here: the GraphML key
types, the exporters' column types, the query layer's defaults. The contract
also fixes how list-like attributes are joined (``ALIAS_SEPARATOR``) and how
the ``evidence`` of an edge is encoded (``format_evidence`` /
``parse_evidence``). docs/graph-format.md describes the same table for people.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

__all__ = [
    "Attribute", "ATTRIBUTES", "attribute", "ENTITY_TYPES", "DEFAULT_TYPES", "ALIAS_SEPARATOR", "NETWORKX_DEFAULTS",
    "format_evidence", "parse_evidence", "evidence_origin", "format_relations", "parse_relations", "relation_text",
    "RELATION_CLASSES", "relation_class", "relation_nouns", "label_of", "number", "PERIOD_SEPARATOR",
    "format_periods", "parse_periods",
]

# The node types of the graph.
ENTITY_TYPES = ("person", "organisation", "country", "place")
# The types a graph keeps unless asked for others: places (cities, regions, landmarks) are left out.
DEFAULT_TYPES = ("person", "organisation", "country")
# Joins the values of list-like string attributes (aliases, source_names).
ALIAS_SEPARATOR = "|"
# Joins a period's label to its count in the ``periods`` attributes ("2025-05:3|2025-06:1").
PERIOD_SEPARATOR = ":"
# Graph attributes networkx's GraphML reader adds for <default> values: not the graph's own.
NETWORKX_DEFAULTS = ("node_default", "edge_default")


@dataclass(frozen=True, slots=True)
class Attribute:
    """One attribute of the contract: where it lives, its name, its type, what it means."""

    domain: str  # "graph", "node" or "edge"
    name: str
    type: type  # str, int, float or bool
    meaning: str


ATTRIBUTES: tuple[Attribute, ...] = (
    Attribute("graph", "name", str, "the build's name (--name)"),
    Attribute("graph", "built", str, "when the graph was built, ISO 8601 UTC"),
    Attribute("graph", "model", str, "the spaCy pipeline that recognised the entities"),
    Attribute("graph", "articles", int, "articles that reached the graph"),
    Attribute("graph", "duplicates", int, "articles dropped as repeated text"),
    Attribute("graph", "skipped", int, "inputs skipped, with a warning"),
    Attribute("graph", "first_date", str, "earliest article date, YYYY-MM-DD; absent when no article has one"),
    Attribute("graph", "last_date", str, "latest article date, YYYY-MM-DD"),
    Attribute("graph", "window", str, "sentence, paragraph or article: what counts as a co-mention"),
    Attribute("graph", "windows", int, "windows counted, with or without entities (for npmi)"),
    Attribute("graph", "relations", bool, "built with relations (kgraph build --relations); absent otherwise"),
    Attribute("graph", "period", str, "day, week, month or year: what the periods attributes count by"),
    Attribute("graph", "periods", str, "every period from the first dated article to the last, in order, "
                                       "joined with |; each with its article count: 2025-05:12|2025-06:0"),
    Attribute("graph", "undated", int, "articles without a date: in every total, in no period"),
    Attribute("node", "label", str, "canonical name: the fullest common name"),
    Attribute("node", "type", str, "person, organisation, country or place (places only when asked for)"),
    Attribute("node", "mentions", int, "how often the entity is mentioned"),
    Attribute("node", "articles", int, "in how many articles"),
    Attribute("node", "aliases", str,
              "surface forms seen (without titles), most frequent first, then cleaned names, joined with |"),
    Attribute("node", "iso3", str, "countries only: ISO 3166-1 alpha-3; the UK's four nations ISO 3166-2 (GB-ENG)"),
    Attribute("node", "community", int, "Louvain community, 0 the largest"),
    Attribute("node", "pagerank", float, "PageRank weighted by co-mentions"),
    Attribute("node", "periods", str, "windows naming the entity per period, as 2025-05:3|2025-06:1 "
                                      "(periods with none left out)"),
    # The picture (kgraph.export.layout.picture), written by `kgraph build` so that Gephi and the page
    # show the same drawing; the names are those Gephi's GraphML importer reads.
    Attribute("node", "name", str, "the label again: the name Cytoscape shows"),
    Attribute("node", "x", float, "position in the drawing (ForceAtlas2 layout), y upward"),
    Attribute("node", "y", float, "position in the drawing, y upward"),
    Attribute("node", "size", float, "radius of the node's disc, growing with mentions"),
    Attribute("node", "r", int, "colour of the node's type: red, 0-255"),
    Attribute("node", "g", int, "green, 0-255"),
    Attribute("node", "b", int, "blue, 0-255"),
    Attribute("edge", "weight", int, "windows naming both"),
    Attribute("edge", "articles", int, "distinct articles with such a window"),
    Attribute("edge", "npmi", float, "normalised pointwise mutual information, in [-1, 1]"),
    Attribute("edge", "sources", int, "distinct outlets among those articles"),
    Attribute("edge", "source_names", str, "those outlets, sorted, joined with |"),
    Attribute("edge", "first_date", str, "earliest date of those articles, YYYY-MM-DD"),
    Attribute("edge", "last_date", str, "latest date of those articles, YYYY-MM-DD"),
    Attribute("edge", "periods", str, "windows naming both per period, as 2025-05:3|2025-06:1 "
                                      "(periods with none left out)"),
    Attribute("edge", "evidence", str, "linking sentences as a JSON array string (format_evidence)"),
    Attribute("edge", "relations", str, "what one did to the other, as a JSON array string (format_relations)"),
)
_BY_NAME = {(a.domain, a.name): a for a in ATTRIBUTES}


def attribute(domain: str, name: str) -> Attribute | None:
    """The contract's attribute ``name`` of ``domain`` ("graph", "node", "edge"); None for one it does not define."""
    return _BY_NAME.get((domain, name))


def format_evidence(items: Iterable[Mapping[str, str]]) -> str:
    """Linking sentences as one JSON array string: lossless, and parseable by any tool.

    Each item is {"text", "article", "title", "url", "date", "source"}; empty
    values are left out.

        >>> format_evidence([{"text": "Macron met Scholz.", "article": "a1", "url": ""}])
        '[{"text": "Macron met Scholz.", "article": "a1"}]'
    """
    return json.dumps([{key: value for key, value in item.items() if value} for item in items], ensure_ascii=False)


def parse_evidence(value: str) -> list[dict[str, str]]:
    """The items of an ``evidence`` attribute written by format_evidence.

        >>> parse_evidence('[{"text": "Macron met Scholz.", "article": "a1"}]')[0]["text"]
        'Macron met Scholz.'
    """
    return json.loads(value) if value else []


def format_relations(items: Iterable[Mapping]) -> str:
    """The predicates linking two entities, most frequent first, as one JSON array string.

    Each item is {"predicate", "subject", "object", "count"} (the ids of who did
    what to whom), or {"predicate", "mutual": true, "count"} for a joint action;
    each is written with its coarse ``class`` (relation_class) unless it has one.

        >>> format_relations([{"predicate": "attack", "subject": "hamas", "object": "ISR", "count": 2}])
        '[{"predicate": "attack", "subject": "hamas", "object": "ISR", "count": 2, "class": "conflict"}]'
    """
    return json.dumps([{**item, "class": item.get("class") or relation_class(item["predicate"])} for item in items],
                      ensure_ascii=False)


def parse_relations(value: str) -> list[dict]:
    """The items of a ``relations`` attribute written by format_relations.

        >>> parse_relations('[{"predicate": "meet", "mutual": true, "count": 1}]')[0]["mutual"]
        True
    """
    return json.loads(value) if value else []


def relation_text(item: Mapping, label: Callable[[str], str]) -> str:
    """A relation (or an evidence item's) as people read it: "Hamas attack Israel", "meet (both)".

        >>> relation_text({"predicate": "attack", "subject": "h", "object": "i"}, {"h": "Hamas", "i": "Israel"}.get)
        'Hamas attack Israel'
    """
    if item.get("mutual"):
        return f"{item['predicate']} (both)"
    return f"{label(item['subject'])} {item['predicate']} {label(item['object'])}"


# The coarse classes of predicates (kgraph/data/relation_classes.tsv), "other" for any predicate not in the table.
RELATION_CLASSES = ("cooperate", "conflict", "communicate", "appoint-employ", "legal", "economic", "sport", "other")


@cache
def _class_table() -> dict[tuple[str, str], str]:
    """(kind, word) -> class, kind "verb" or "noun", from the shipped table."""
    text = resources.files("kgraph").joinpath("data", "relation_classes.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {(kind, word): cls for word, kind, cls in rows}


def relation_class(predicate: str) -> str:
    """The coarse class of a predicate: its light verb's noun's ("hold talks with": communicate), else its
    verb's; "other" for words the table does not have (negation is kept in the predicate, not the class).

        >>> relation_class("not impose sanctions on"), relation_class("attack"), relation_class("sign")
        ('economic', 'conflict', 'other')
    """
    words = predicate.split()
    if words and words[0] == "not":
        words = words[1:]
    table = _class_table()
    for word in words[1:]:
        if ("noun", word) in table:
            return table["noun", word]
    return table.get(("verb", words[0]), "other") if words else "other"


@cache
def relation_nouns() -> frozenset[str]:
    """The nouns (as written) that carry a predicate after a light verb: "talks" in "hold talks with"."""
    return frozenset(word for kind, word in _class_table() if kind == "noun")


def evidence_origin(item: Mapping[str, str]) -> str:
    """Where a linking sentence comes from, for people: title (else article id), date, outlet, URL."""
    return ", ".join(x for x in (item.get("title") or item.get("article"), item.get("date"), item.get("source"),
                                 item.get("url")) if x)


def format_periods(counts: Mapping[str, int], *, empty: bool = False) -> str:
    """Counts per period as one string, periods in order; those with none left out unless ``empty``.

        >>> format_periods({"2025-06": 1, "2025-05": 3, "2025-07": 0})
        '2025-05:3|2025-06:1'
    """
    return ALIAS_SEPARATOR.join(f"{period}{PERIOD_SEPARATOR}{n}" for period, n in sorted(counts.items())
                                if n or empty)


def parse_periods(value: str) -> dict[str, int]:
    """The counts of a ``periods`` attribute written by format_periods; ValueError for a malformed one.

        >>> parse_periods("2025-05:3|2025-06:1")
        {'2025-05': 3, '2025-06': 1}
    """
    counts = {}
    for item in str(value or "").split(ALIAS_SEPARATOR):
        if item:
            period, separator, n = item.rpartition(PERIOD_SEPARATOR)
            if not separator or not period:
                raise ValueError(f"not a period count: {item!r} (expected PERIOD:COUNT)")
            counts[period] = int(n)
    return counts


def label_of(node: str, attributes: Mapping) -> str:
    """The name a node is shown by: kgraph's ``label``, else the ``name`` other tools write, else its id."""
    return str(attributes.get("label") or attributes.get("name") or node)


def number(attributes: Mapping, key: str, default: float = 0) -> float:
    """A numeric attribute as int when whole (GraphML from other tools may hold floats or strings);
    ``default`` when it is no finite number."""
    value = attributes.get(key, default)
    try:
        value = float(value)
    except (TypeError, ValueError):
        return default
    if not math.isfinite(value):
        return default
    return int(value) if value.is_integer() else value
