"""How the query commands print a linking sentence and a relation (kgraph neighbours, kgraph path)."""

from __future__ import annotations

from ..contract import evidence_origin

__all__ = ["format_evidence_item", "relation_cell"]


def format_evidence_item(item: dict) -> str:
    """One linking sentence, indented, then where it comes from."""
    origin = evidence_origin(item)
    return f"        \u201c{item.get('text', '')}\u201d" + (f"\n          \u2014 {origin}" if origin else "")


def relation_cell(relations, entity: str) -> str:
    """A link's most frequent predicate seen from ``entity``: "-> attack" (it did), "<- attack" (was done
    to it), "<-> meet" (together), with its count when more than one."""
    if not relations:
        return ""
    item = relations[0]
    arrow = "<->" if item.get("mutual") else "->" if item.get("subject") == entity else "<-"
    count = item.get("count", 1)
    return f"{arrow} {item['predicate']}" + (f" ({count})" if count > 1 else "")
