"""Assemble the networkx graph from entities and co-mentions, as kgraph.contract describes it."""

from __future__ import annotations

from collections.abc import Mapping

import networkx as nx

from ..contract import ALIAS_SEPARATOR, format_evidence, format_periods, format_relations
from ..types import Entity
from ..words import visible
from .comention import CoMention, CoMentions, Evidence, Predicate

__all__ = ["to_graph", "FIELD_CHARS"]

# Longest article field in an evidence item; longer ones end in "…". Every evidence item of an
# article repeats its fields, so a huge one (a whole page given as the title) must not be copied whole.
FIELD_CHARS = {"title": 300, "source": 200, "url": 2000}


def to_graph(entities: Mapping[str, Entity], comentions: CoMentions, **attrs) -> nx.Graph:
    """An undirected graph: one node per entity, one weighted edge per co-mentioned pair.

    ``attrs`` become graph attributes, beside the co-mention ``window`` and the
    number of ``windows`` counted. Co-mentions counted by period add the graph's
    ``period``, its ``periods`` (each with its articles) and ``undated``, and
    ``periods`` on every node and edge (kgraph.contract).
    """
    graph = nx.Graph(**attrs, window=comentions.window, windows=comentions.windows)
    if comentions.period:
        graph.graph.update(period=comentions.period, undated=comentions.undated,
                           periods=format_periods(comentions.article_periods, empty=True))
    timed = comentions.entity_periods if comentions.period else None
    graph.add_nodes_from((entity.id, _node(entity, timed)) for entity in sorted(entities.values(), key=lambda e: e.id))
    graph.add_edges_from((a, b, _edge(c, timed is not None)) for (a, b), c in sorted(comentions.pairs.items()))
    return graph


def _node(entity: Entity, timed: Mapping[str, Mapping[str, int]] | None) -> dict:
    return {
        "label": entity.label,
        "type": entity.type,
        "mentions": entity.mentions,
        "articles": entity.articles,
        "aliases": ALIAS_SEPARATOR.join(entity.aliases),
        **({"iso3": entity.iso3} if entity.iso3 else {}),
        **({"periods": format_periods(timed.get(entity.id, {}))} if timed is not None else {}),
    }


def _edge(comention: CoMention, timed: bool) -> dict:
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
        **({"periods": format_periods(comention.periods)} if timed else {}),
        "evidence": _evidence(comention.evidence),
        **({"relations": format_relations(_relation(p) | {"count": n} for p, n in comention.relations)}
           if comention.relations else {}),
    }


def _evidence(evidence: tuple[Evidence, ...]) -> str:
    """The linking sentences with their articles' metadata, encoded as the contract says."""
    return format_evidence(
        {"text": e.sentence, "article": e.article.id, "title": _field(e.article.title, "title"),
         "url": _field(e.article.url, "url"), "date": e.article.date, "source": _field(e.article.source, "source"),
         **(_relation(e.relation) if e.relation else {})}
        for e in evidence
    )


def _relation(predicate: Predicate) -> dict:
    """A predicate as the contract writes it: who did what to whom, or a joint action."""
    if not predicate.subject:
        return {"predicate": predicate.predicate, "mutual": True}
    return {"predicate": predicate.predicate, "subject": predicate.subject, "object": predicate.object}


def _field(value: str, name: str) -> str:
    """An article's field as evidence shows it: no invisible format characters, at most FIELD_CHARS[name]."""
    value = visible(value)
    limit = FIELD_CHARS[name]
    return value if len(value) <= limit else value[:limit - 1].rstrip() + "\u2026"
