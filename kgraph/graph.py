"""Assemble the networkx graph from entities and co-mentions (the graph contract)."""

from __future__ import annotations

from collections.abc import Mapping

import networkx as nx

from .comention import CoMention, Evidence
from .types import Entity

__all__ = ["to_graph", "format_evidence", "ALIAS_SEPARATOR", "EVIDENCE_SEPARATOR"]

ALIAS_SEPARATOR = "|"
EVIDENCE_SEPARATOR = "\n"


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
    """One line per linking sentence, each followed by the article it came from."""
    return EVIDENCE_SEPARATOR.join(
        f"{e.sentence} [{e.article.title or e.article.id}]" for e in evidence
    )
