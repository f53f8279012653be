"""Make a graph that every output format can hold, whatever the input text contained.

Every format is written from the same portable copy, so GraphML, GEXF, JSON
and CSV carry the same values: string node ids; one scalar type per attribute
(networkx declares conflicting types when an attribute mixes int and float);
text without the characters XML 1.0 forbids (control characters, lone
surrogates, U+FFFE/U+FFFF), which also makes it encodable as UTF-8.
"""

from __future__ import annotations

import functools
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx

from ..contract import ALIAS_SEPARATOR

__all__ = ["portable", "portable_records", "safe_text"]

# What XML 1.0 forbids, and CR (with a following LF): XML parsers turn a literal CR into LF, so do it
# here, for every format alike. One pattern, one pass: most text has nothing to replace.
_UNSAFE = re.compile(r"\r\n?|[^\x09\x0a\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# The narrowest type that holds every value of an attribute, from narrowest to widest.
_WIDENING = (bool, int, float, str)
_RANKS = {kind: rank for rank, kind in enumerate(_WIDENING)}  # exact types first: subclasses take the long way


class _Portable(nx.Graph):
    """A graph portable() made; frozen, so it stays as portable() made it."""


def portable(graph: nx.Graph) -> nx.Graph:
    """An undirected, frozen copy of ``graph`` with str node ids and one scalar type per attribute.

    Lists, tuples and sets are joined with ``|`` (kgraph.contract.ALIAS_SEPARATOR); None and non-finite floats
    (no format holds them alike) are left out. Every writer calls this first; a graph it made
    is returned as it is, so a build that writes five formats cleans its graph once.
    """
    if isinstance(graph, _Portable) and nx.is_frozen(graph):
        return graph
    nodes = portable_records(data for _, data in graph.nodes(data=True))
    edges = portable_records(data for _, _, data in graph.edges(data=True))
    result = _Portable(**portable_records([graph.graph])[0])
    result.add_nodes_from(zip(map(str, graph.nodes), nodes))
    result.add_edges_from((str(a), str(b), data) for (a, b), data in zip(graph.edges, edges))
    return nx.freeze(result)


def portable_records(records: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Attribute tables (a graph's nodes', say) as portable() makes a graph's: scalars only, one type
    per attribute across them. What kgraph.export.graphml.write_graphml_records writes, for a writer
    that has records rather than a graph (kgraph.query.ego)."""
    return _unify([_scalars(record) for record in records])


def safe_text(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold, line breaks as LF."""
    if text.isprintable():  # no control, surrogate or unassigned character: the common case, in C
        return text
    return _UNSAFE.sub(lambda found: "\n" if found[0][0] == "\r" else "", text)


def _scalars(attributes: Mapping[str, Any]) -> dict[str, Any]:
    result = {}
    for key, value in attributes.items():
        if isinstance(value, (list, tuple, set, frozenset)):
            items = sorted(map(str, value)) if isinstance(value, (set, frozenset)) else map(str, value)
            value = ALIAS_SEPARATOR.join(items)  # as the graph contract joins aliases
        if value is None or (isinstance(value, float) and not math.isfinite(value)):
            continue
        if not isinstance(value, (bool, int, float, str)):
            value = str(value)
        result[_name(key)] = safe_text(value) if isinstance(value, str) else value
    return result


@functools.lru_cache(maxsize=1024)
def _name(key: object) -> str:
    """An attribute name, cleaned once: graphs repeat a handful of names on every node and edge."""
    return safe_text(str(key))


def _unify(records: list[dict]) -> list[dict]:
    """The records with each attribute converted to the widest type any record gives it."""
    widest: dict[str, int] = defaultdict(int)
    for record in records:
        for key, value in record.items():
            widest[key] = max(widest[key], _rank(value))
    return [{key: _WIDENING[widest[key]](value) for key, value in record.items()} for record in records]


def _rank(value: bool | int | float | str) -> int:
    rank = _RANKS.get(type(value))
    return rank if rank is not None else next(r for r, kind in enumerate(_WIDENING) if isinstance(value, kind))
