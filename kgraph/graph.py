"""Assemble the networkx graph from entities and co-mentions (the graph contract)."""

from __future__ import annotations

import json
from collections.abc import Mapping

import networkx as nx

from .comention import CoMention, CoMentions, Evidence
from .types import ALIAS_SEPARATOR, Entity

__all__ = ["to_graph", "format_evidence", "parse_evidence"]



def to_graph(entities: Mapping[str, Entity], comentions: CoMentions, **attrs) -> nx.Graph:
    """An undirected graph: one node per entity, one weighted edge per co-mentioned pair.

    ``attrs`` become graph attributes, beside the co-mention ``window`` and the
    number of ``windows`` counted.
    """
    graph = nx.Graph(**attrs, window=comentions.window, windows=comentions.windows)
    graph.add_nodes_from((entity.id, _node(entity)) for entity in sorted(entities.values(), key=lambda e: e.id))
    graph.add_edges_from((a, b, _edge(c)) for (a, b), c in sorted(comentions.pairs.items()))
    return graph


def _node(entity: Entity) -> dict:
    return {
        "label": entity.label,
        "type": entity.type,
        "mentions": entity.mentions,
        "articles": entity.articles,
        "aliases": ALIAS_SEPARATOR.join(entity.aliases),
        **({"iso3": entity.iso3} if entity.iso3 else {}),
    }


def _edge(comention: CoMention) -> dict:
    known = {
        "first_date": comention.first_date,
        "last_date": comention.last_date,
        "source_names": ALIAS_SEPARATOR.join(comention.sources),
    }
    return {
        "weight": comention.weight,
        "articles": comention.articles,
        "npmi": comention.npmi,
        "sources": len(comention.sources),
        **{key: value for key, value in known.items() if value},
        "evidence": format_evidence(comention.evidence),
    }


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
