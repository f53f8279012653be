"""Who is mentioned with an entity: its neighbours, strongest link first, up to two hops away."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..contract import ENTITY_TYPES, label_of, number, parse_evidence, parse_relations
from ..errors import ArgumentError, check_choices
from ..graph.comention import npmi
from .names import match
from .source import GraphLike, GraphSource, as_source, distance

__all__ = ["Neighbour", "neighbours", "count_neighbours", "association", "distance", "evidence_of", "relations_of"]


@dataclass(frozen=True, slots=True)
class Neighbour:
    """One neighbour, as ``neighbours`` returns it; at depth 2, weight, articles, score and
    evidence are those of its last hop.

    Args:
        id: the neighbour's node id.
        label: its label.
        type: its type (person, organisation, country, place; "" in a graph without types).
        weight: the link's weight (windows naming both).
        articles: articles with such a window.
        score: the association of the link: the edge's npmi, else computed (see ``association``).
        depth: 1 for a direct neighbour, 2 for one reached through another.
        path: labels from the entity to this neighbour, both ends included.
        evidence: the linking sentences (dicts: text, article, title, date, source, url), when asked for.
        relations: what one did to the other, most frequent first (graphs built with relations).

    Returns:
        A frozen record, one per neighbour ``neighbours`` finds.

    Raises:
        Nothing.

    Example:
        >>> import kgraph
        >>> first = kgraph.neighbours("graphs/seeds.graphml", "Zelenskyy", limit=1)[0]
        >>> first.label, first.depth, first.path
        ('Ukraine', 1, ('Volodymyr Zelenskyy', 'Ukraine'))
    """

    id: str
    label: str
    type: str
    weight: float
    articles: int
    score: float | None  # association of the link: the edge's npmi, else computed (see association)
    depth: int = 1
    path: tuple[str, ...] = ()  # labels from the entity to this neighbour, both ends included
    evidence: tuple[dict[str, Any], ...] = ()  # the linking sentences, when asked for
    relations: tuple[dict[str, Any], ...] = ()  # what one did to the other, most frequent first (--relations)


def neighbours(graph: GraphLike, name: str, *, depth: int = 1, types: str | Iterable[str] = (),
               min_weight: float = 0, limit: int | None = None, evidence: bool = False,
               relation: str | None = None) -> list[Neighbour]:
    """The neighbours of the entity called ``name``: direct ones strongest first, then (depth 2) the
    entities two hops away, each through its strongest chain (smallest sum of 1/weight).

    Args:
        graph: a networkx graph, a GraphSource, or the path of a graph file.
        name: the entity's name (id, label, alias, a word of them, or a close misspelling).
        depth: 1 (direct neighbours) or 2 (and theirs).
        types: keep only neighbours of this type, or of these types; a string is one type.
        min_weight: ignore links (every hop of a chain) lighter than this.
        limit: return at most this many (None: all).
        evidence: include the linking sentences.
        relation: keep the neighbours whose link has a predicate with that verb ("meet" keeps
            "meet" and "meet with"; graphs built with relations only).

    Returns:
        ``Neighbour`` records, direct ones first, each group strongest first.

    Raises:
        EntityNotFound: the name matches no entity (AmbiguousName: several).
        ArgumentError: a depth other than 1 or 2, a bad limit, or an unknown type
            (the message lists the valid ones).

    Example:
        >>> import kgraph
        >>> people = kgraph.neighbours("graphs/seeds.graphml", "Putin", types="person")
        >>> {n.type for n in people}, len(people) > 0
        ({'person'}, True)
    """
    if depth not in (1, 2):
        raise ArgumentError(f"depth must be 1 or 2, not {depth!r}")
    if limit is not None and (not isinstance(limit, int) or limit < 0):
        raise ArgumentError(f"limit must be None or a whole number of at least 0, not {limit!r}")
    wanted = set(check_choices(types, ENTITY_TYPES, what="entity type"))
    source = as_source(graph)
    start = match(source, name)
    with_relations = bool(source.graph_attributes().get("relations"))
    reached = _reach(source, start, depth=1, min_weight=min_weight)

    def rank(other: str) -> tuple[bool, float, float]:  # the order of the answer, but for the label
        length, before, edge = reached[other]
        return before != start, length, -number(edge, "articles", 0)

    order = sorted(reached, key=rank)
    found: list[tuple[tuple[bool, float, float], Neighbour]] = []
    # Read the nodes in slices of the ranking, each ending where the rank changes, and stop once
    # ``limit`` neighbours are found: the slices after it all rank below them. The second hop, which
    # ranks after every direct neighbour, is read only when they are not enough.
    first, second_hop = 0, depth == 2
    while limit is None or len(found) < limit:
        if first == len(order):
            if not second_hop:
                break
            second_hop = False
            reached = _reach(source, start, depth=2, min_weight=min_weight)
            order += sorted(set(reached) - set(order), key=rank)
            continue
        last = min(first + max(2 * (limit or 0), 256), len(order))
        while last < len(order) and rank(order[last]) == rank(order[last - 1]):
            last += 1
        data = source.nodes([*order[first:last], *{reached[o][1] for o in order[first:last]}])
        for other in order[first:last]:
            if wanted and data[other].get("type") not in wanted:
                continue
            length, before, edge = reached[other]
            said = tuple(relations_of(source, before, other)) if with_relations else ()
            if relation is not None and not any(relation.casefold() in item["predicate"].split() for item in said):
                continue
            chain = (start, other) if before == start else (start, before, other)
            found.append((rank(other), Neighbour(
                id=other, label=label_of(other, data[other]), type=str(data[other].get("type", "")),
                weight=number(edge, "weight", 1), articles=int(number(edge, "articles", 0)),
                score=association(source, before, other, edge),
                depth=len(chain) - 1, path=tuple(label_of(n, source.node(n)) for n in chain),
                evidence=tuple(evidence_of(source, before, other)) if evidence else (),
                relations=said,
            )))
        first = last
    found.sort(key=lambda item: (item[0], item[1].label))
    return [neighbour for _, neighbour in found[:limit]]


def count_neighbours(graph: GraphLike, name: str, *, depth: int = 1, types: str | Iterable[str] = (),
                     min_weight: float = 0, relation: str | None = None) -> int:
    """How many neighbours ``neighbours`` returns without a limit, counted without building them.

    Args:
        graph: a networkx graph, a GraphSource, or the path of a graph file.
        name: the entity's name (as ``neighbours`` takes it).
        depth: 1 or 2.
        types: count only neighbours of this type, or of these types.
        min_weight: ignore links (every hop of a chain) lighter than this.
        relation: count only neighbours whose link has this verb; this one needs every
            neighbour's predicates, so it costs what ``neighbours`` without a limit costs.

    Returns:
        ``len(neighbours(graph, name, ...))`` with the same options and no limit. The index
        counts in SQL, so the total of a hub's 50,000 second-hop neighbours costs a
        fraction of a second where building them costs seconds.

    Raises:
        EntityNotFound: the name matches no entity (AmbiguousName: several).
        ArgumentError: a depth other than 1 or 2, or an unknown type.

    Example:
        >>> import kgraph.query
        >>> total = kgraph.query.count_neighbours("graphs/seeds.graphml", "Zelenskyy", depth=2)
        >>> total == len(kgraph.neighbours("graphs/seeds.graphml", "Zelenskyy", depth=2))
        True
    """
    if depth not in (1, 2):
        raise ArgumentError(f"depth must be 1 or 2, not {depth!r}")
    wanted = frozenset(check_choices(types, ENTITY_TYPES, what="entity type"))
    source = as_source(graph)
    if relation is not None:
        return len(neighbours(source, name, depth=depth, types=wanted, min_weight=min_weight, relation=relation))
    return source.count_reached(match(source, name), depth=depth, min_weight=min_weight, types=wanted)


def _reach(source: GraphSource, start: str, *, depth: int,
           min_weight: float) -> dict[str, tuple[float, str, dict[str, Any]]]:
    """Every node within ``depth`` (1 or 2) hops of ``start`` over links of at least ``min_weight``:
    its distance, the node before it and the link into it, by the strongest chain."""
    links = {other: edge for other, edge in source.adjacent(start).items()
             if other != start and number(edge, "weight", 1) >= min_weight}
    reached = {other: (distance(edge), start, edge) for other, edge in links.items()}
    if depth == 2:
        further = source.links(links)  # one read for all the middles
        for middle in sorted(further):  # ties go to the first middle by id, whatever order the source keeps
            first = distance(links[middle])
            for other, edge in further[middle].items():
                if other in links or other == start or number(edge, "weight", 1) < min_weight:
                    continue
                length = first + distance(edge)
                if other not in reached or length < reached[other][0]:
                    reached[other] = (length, middle, edge)
    return reached


def association(source: GraphSource, a: str, b: str, edge: dict[str, Any]) -> float | None:
    """How much more often than by chance a and b are named together, in [-1, 1].

    The edge's ``npmi`` when the graph carries it; otherwise the normalised PMI over
    articles, from the node and edge ``articles`` counts and the graph's article
    total; None when the graph lacks those counts.
    """
    if "npmi" in edge:
        return round(float(edge["npmi"]), 3)
    total = number(source.graph_attributes(), "articles", 0)
    both, alone_a, alone_b = (number(edge, "articles", 0), number(source.node(a), "articles", 0),
                              number(source.node(b), "articles", 0))
    if not (total and both and alone_a and alone_b):
        return None
    if both / total >= 1:  # p(a,b) = 1 (a foreign graph's counts may even exceed it): perfect association
        return 1.0
    return round(npmi(int(both), int(alone_a), int(alone_b), int(total)), 3)


def evidence_of(source: GraphSource, a: str, b: str) -> list[dict[str, Any]]:
    """The linking sentences of a-b as dicts (see kgraph.contract.format_evidence)."""
    value = source.edge(a, b).get("evidence", "")
    try:
        items = parse_evidence(value)
    except ValueError:  # a foreign tool's free-text evidence
        return [{"text": str(value)}]
    return [item for item in items if isinstance(item, dict)]


def relations_of(source: GraphSource, a: str, b: str) -> list[dict[str, Any]]:
    """The predicates of the link a-b (see kgraph.contract.format_relations); [] without relations."""
    try:
        items = parse_relations(source.edge(a, b).get("relations", ""))
    except ValueError:  # a foreign tool's attribute of the same name
        return []
    return [item for item in items if isinstance(item, dict) and "predicate" in item]
