"""How the query commands print a linking sentence (kgraph neighbours --evidence, kgraph path)."""

from __future__ import annotations

from ..contract import evidence_origin

__all__ = ["format_evidence_item"]


def format_evidence_item(item: dict) -> str:
    """One linking sentence, indented, then where it comes from."""
    origin = evidence_origin(item)
    return f"        \u201c{item.get('text', '')}\u201d" + (f"\n          \u2014 {origin}" if origin else "")
