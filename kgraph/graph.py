"""Assemble the networkx graph from entities and co-mentions (the graph contract)."""

from __future__ import annotations

import json
from collections.abc import Mapping

import networkx as nx

from .comention import CoMention, Evidence
from .types import Entity

__all__ = ["to_graph", "format_evidence", "parse_evidence", "ALIAS_SEPARATOR"]

ALIAS_SEPARATOR = "|"


def to_graph(entities: Mapping[str, Entity], comentions: Mapping[tuple[str, str], CoMention], **attrs) -> nx.Graph:
    """An undirected graph: one node per entity, one weighted edge per co-mentioned pair."""
    graph = nx.Graph(**attrs)
    graph.add_nodes_from(
        (
            entity.id,
            {
                "label": entity.label,
                "type": entity.type,
                "mentions": entity.mentions,
                "articles": entity.articles,
                "aliases": ALIAS_SEPARATOR.join(entity.aliases),
                **({"iso3": entity.iso3} if entity.iso3 else {}),
            },
        )
        for entity in sorted(entities.values(), key=lambda e: e.id)
    )
    graph.add_edges_from(
        (
            a,
            b,
            {"weight": c.weight, "articles": c.articles, "evidence": format_evidence(c.evidence)},
        )
        for (a, b), c in sorted(comentions.items())
    )
    return graph


def format_evidence(evidence: tuple[Evidence, ...]) -> str:
    """The linking sentences as one JSON array string: lossless, and parseable by any tool.

    Each item is {"text", "article", "title", "url", "date", "source"}; empty
    metadata is left out.
    """
    items = []
    for e in evidence:
        item = {"text": e.sentence, "article": e.article.id, "title": e.article.title, "url": e.article.url,
                "date": e.article.date, "source": e.article.source}
        items.append({key: value for key, value in item.items() if value})
    return json.dumps(items, ensure_ascii=False)


def parse_evidence(value: str) -> list[dict[str, str]]:
    """The items of an ``evidence`` attribute written by format_evidence."""
    return json.loads(value) if value else []
