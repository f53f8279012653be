"""How the query commands print a linking sentence (kgraph neighbours --evidence, kgraph path)."""

from __future__ import annotations

__all__ = ["format_evidence_item"]


def format_evidence_item(item: dict) -> str:
    """One linking sentence, indented, then where it comes from."""
    origin = ", ".join(x for x in (item.get("title") or item.get("article"), item.get("date"), item.get("source"),
                                   item.get("url")) if x)
    return f"        \u201c{item.get('text', '')}\u201d" + (f"\n          \u2014 {origin}" if origin else "")
