"""GraphML streamed from records (graph attributes, nodes, links) instead of a networkx graph.

kgraph.export.graphml writes a networkx graph after kgraph.export.portable has copied it;
for an ego graph of 6,000 nodes and 180,000 links read from the index, building the graph,
copying it and writing it cost seconds. Here the records are made portable in place of the
copy, by the same rules (lists joined with ``|``, None and non-finite numbers left out, text
without what XML 1.0 forbids, one type per attribute: the widest its values need), and
written with the same keys (``<domain>_<attribute>``) and declared types
(kgraph.export.graphml.attribute_types), so networkx reads back the graph the exporter's
file gives (tests/query/test_ego_stream.py compares them).
"""

from __future__ import annotations

import math
import os
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from ..atomic import atomic_write
from ..contract import ALIAS_SEPARATOR
from ..export.graphml import NAMESPACE, attribute_types
from ..export.portable import safe_text
from .source import Link

__all__ = ["portable_records", "write_graphml_records", "graphml_frame"]

Record = dict[str, Any]
# The scalar types of portable values, narrowest first: an attribute takes the widest its values need.
_WIDENING: tuple[type, ...] = (bool, int, float, str)
# Node ids, key ids and attribute names are xs:NMTOKENs (as kgraph.export.graphml checks them).
_NMTOKEN = re.compile(r"[A-Za-z0-9._:-]+")


def portable_records(records: Iterable[Mapping[str, Any]]) -> list[Record]:
    """The records as kgraph.export.portable makes a graph's: scalars only, one type per attribute."""
    cleaned = [_scalars(record) for record in records]
    widest: dict[str, int] = defaultdict(int)
    for record in cleaned:
        for key, value in record.items():
            widest[key] = max(widest[key], _rank(value))
    needs = {key: _WIDENING[rank] for key, rank in widest.items()}
    for record in cleaned:
        for key, value in record.items():
            if type(value) is not needs[key]:
                record[key] = needs[key](value)
    return cleaned


def write_graphml_records(path: str | os.PathLike[str], attributes: Mapping[str, Any],
                          nodes: list[tuple[str, Record]], links: list[Link], *,
                          written: Callable[[Path], None] | None = None) -> None:
    """Write portable records (see ``portable_records``) as kgraph.export.graphml.write_graphml writes a graph.

    Raises ValueError for a node id or attribute name that is no XML NMTOKEN, before the file is opened.
    """
    head, tail = graphml_frame(attributes, nodes, [d for _, _, d in links])
    opening = {name: f'<data key="edge_{name}">' for name in {name for _, _, d in links for name in d}}
    with atomic_write(path, "w", encoding="utf-8", newline="\n", written=written) as handle:
        handle.write(head)
        handle.writelines(f"    <edge source={quoteattr(a)} target={quoteattr(b)}>\n{_data('      ', d, opening)}"
                          "    </edge>\n" if d else f"    <edge source={quoteattr(a)} target={quoteattr(b)}/>\n"
                          for a, b, d in links)
        handle.write(tail)


def graphml_frame(attributes: Mapping[str, Any], nodes: list[tuple[str, Record]],
                  links: Sequence[Mapping[str, Any]]) -> tuple[str, str]:
    """The GraphML text before the links (declarations, graph attributes, nodes) and after them.

    ``links`` are the links' attribute tables, or any records that give each attribute its
    widest value (the key types are declared from them). ValueError for a node id or an
    attribute name that is no XML NMTOKEN.
    """
    keys = {domain: attribute_types(domain, records) for domain, records in
            (("graph", [attributes]), ("node", [d for _, d in nodes]), ("edge", links))}
    _check_nmtokens([*(n for n, _ in nodes), *(name for declared in keys.values() for name in declared)])
    opening = {name: f'<data key="node_{name}">' for name in keys["node"]}
    head = "".join([
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<graphml xmlns="{NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
        f' xsi:schemaLocation="{NAMESPACE} {NAMESPACE}/1.0/graphml.xsd">\n',
        *(f'  <key id="{domain}_{name}" for="{domain}" attr.name="{name}" attr.type="{kind}"/>\n'
          for domain, declared in keys.items() for name, kind in declared.items()),
        '  <graph edgedefault="undirected">\n',
        _data("    ", attributes, {name: f'<data key="graph_{name}">' for name in keys["graph"]}),
        *(f"    <node id={quoteattr(n)}>\n{_data('      ', d, opening)}    </node>\n" if d else
          f"    <node id={quoteattr(n)}/>\n" for n, d in nodes)])
    return head, "  </graph>\n</graphml>\n"


def _data(indent: str, record: Mapping[str, Any], opening: Mapping[str, str]) -> str:
    return "".join(f"{indent}{opening[name]}{_text(value)}</data>\n" for name, value in record.items())


def _text(value: bool | int | float | str) -> str:
    if type(value) is str:
        return escape(value)
    return ("true" if value else "false") if type(value) is bool else str(value)


def _scalars(record: Mapping[str, Any]) -> Record:
    """A record's values as kgraph.export.portable keeps them."""
    result = {}
    for key, value in record.items():
        if isinstance(value, (list, tuple, set, frozenset)):
            items = sorted(map(str, value)) if isinstance(value, (set, frozenset)) else map(str, value)
            value = ALIAS_SEPARATOR.join(items)
        if value is None or (isinstance(value, float) and not math.isfinite(value)):
            continue
        if not isinstance(value, (bool, int, float, str)):
            value = str(value)
        result[safe_text(str(key))] = safe_text(value) if isinstance(value, str) else value
    return result


def _rank(value: bool | int | float | str) -> int:
    return next(rank for rank, kind in enumerate(_WIDENING) if isinstance(value, kind))


def _check_nmtokens(names: Iterable[str]) -> None:
    for name in names:
        if not _NMTOKEN.fullmatch(name):
            raise ValueError(f"GraphML needs XML NMTOKENs: {name!r} is not one")
