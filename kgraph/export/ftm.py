"""FollowTheMoney entities as JSON Lines, for Aleph / OpenAleph and the ``ftm`` tools.

Made with the ``followthemoney`` library itself (an optional extra,
``pip install "kgraph[ftm]"``), so every value is cleaned by FtM's own property
types and every entity is one its model accepts:

- a node becomes a ``Person``, an ``Organization``, a ``Territory`` (countries:
  ``country`` and ``territoryCode`` from ``iso3``), an ``Address`` (places) or a
  ``LegalEntity`` (any other type), with ``name`` and the aliases as ``alias``;
- an edge becomes an ``UnknownLink`` (``subject``, ``object``, ``role``
  "co-mentioned"), FtM's link for a tie of unknown kind: its dates are
  ``startDate``/``endDate``, its numbers are told in ``summary`` (FtM links have
  no number property), its linking sentences are ``description`` values, its
  outlets ``publisher``, its articles ``proof`` and their URLs ``sourceUrl``;
- every article of the evidence becomes an ``Article`` (``title``,
  ``sourceUrl``, ``publishedAt``, ``publisher``), and each entity it links a
  ``Mention`` (``document``, ``resolved``, ``name``, ``detectedSchema``).

Entity ids are FtM's make_id (SHA-1) of the node id or article id: the same
entity gets the same id in every build.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator

import networkx as nx

from ..atomic import atomic_write
from ..contract import ALIAS_SEPARATOR, parse_evidence
from ..errors import ExportError
from .portable import portable

__all__ = ["write_ftm", "ftm_entities", "load_model", "SCHEMATA"]

# node type -> FtM schema
SCHEMATA = {"person": "Person", "organisation": "Organization", "country": "Territory", "place": "Address"}
OTHER_SCHEMA = "LegalEntity"
ROLE = "co-mentioned"


def load_model():
    """FollowTheMoney's model; raises ExportError when the ftm extra is not installed."""
    try:
        from followthemoney import model
    except ImportError as err:
        raise ExportError(f'the ftm format needs the ftm extra: pip install "kgraph[ftm]" ({err})') from err
    return model


def write_ftm(graph: nx.Graph, path: str | os.PathLike) -> None:
    """Write ``graph`` atomically as FollowTheMoney entities, one JSON object a line (UTF-8).

    Raises ExportError when followthemoney is not installed.
    """
    entities = ftm_entities(portable(graph))
    with atomic_write(path, "w", encoding="utf-8", newline="\n") as handle:
        for entity in entities:
            handle.write(json.dumps(entity, ensure_ascii=False, sort_keys=True) + "\n")


def ftm_entities(graph: nx.Graph) -> Iterator[dict]:
    """The FtM entities (as dicts) of a portable graph: nodes, then links, then articles and mentions."""
    model = load_model()
    nodes = {}
    for node, data in graph.nodes(data=True):
        entity = model.make_entity(SCHEMATA.get(data.get("type"), OTHER_SCHEMA))
        entity.make_id("kgraph-entity", node)
        label = str(data.get("label") or node)
        entity.add("name", label)
        if not entity.has("name"):  # FtM's name type left nothing (a label of quotes or spaces)
            entity.add("name", node)
        entity.add("alias", [alias for alias in str(data.get("aliases", "")).split(ALIAS_SEPARATOR) if alias != label])
        if data.get("iso3") and entity.schema.name == "Territory":
            entity.add("country", data["iso3"])  # FtM's country type reads ISO 3166 alpha-3 as well
            entity.add("territoryCode", data["iso3"])
        nodes[node] = entity
        yield entity.to_dict()
    articles, mentioned = {}, {}
    window = graph.graph.get("window", "window")
    for a, b, data in graph.edges(data=True):
        link = model.make_entity("UnknownLink")
        link.make_id("kgraph-link", *sorted((a, b)))  # the same id whichever way the edge is stored
        link.add("subject", nodes[a].id)
        link.add("object", nodes[b].id)
        link.add("role", ROLE)
        link.add("startDate", data.get("first_date"))
        link.add("endDate", data.get("last_date"))
        link.add("summary", f"co-mentioned in {data.get('weight', 0)} {window}s of {data.get('articles', 0)} "
                            f"articles (npmi {data.get('npmi', 'unknown')})")
        link.add("publisher", str(data.get("source_names", "")).split(ALIAS_SEPARATOR))
        for item in parse_evidence(data.get("evidence", "")):
            link.add("description", item["text"])
            key = item.get("article") or item.get("url") or item["text"]
            if key not in articles:
                articles[key] = _article(model, key, item)
            # cleaned once, on the article: FtM's URL cleaning is most of the time an edge takes
            link.add("sourceUrl", articles[key].get("sourceUrl"), cleaned=True)
            link.add("proof", articles[key].id, cleaned=True)
            for node in (a, b):
                mentioned.setdefault((node, key), None)
        yield link.to_dict()
    yield from (article.to_dict() for article in articles.values())
    for node, key in mentioned:
        mention = model.make_entity("Mention")
        mention.make_id("kgraph-mention", node, key)
        mention.add("document", articles[key].id)
        mention.add("resolved", nodes[node].id)
        mention.add("name", nodes[node].first("name"))
        mention.add("detectedSchema", nodes[node].schema.name)
        yield mention.to_dict()


def _article(model, key: str, item: dict):
    article = model.make_entity("Article")
    article.make_id("kgraph-article", key)
    article.add("title", item.get("title") or item.get("article"))
    article.add("sourceUrl", item.get("url"))
    article.add("publishedAt", item.get("date"))
    article.add("publisher", item.get("source"))
    return article
