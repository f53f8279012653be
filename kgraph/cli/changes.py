"""kgraph changes: the ties that appeared, grew, faded or vanished between two periods."""

from __future__ import annotations

import json
from dataclasses import asdict

import click

from .. import query
from ..query.changes import KINDS
from ..words import plural
from .evidence import format_evidence_item
from .graphfile import graph_options, open_graph_file

__all__ = ["changes"]


@click.command()
@graph_options
@click.option("--from", "before", metavar="PERIOD", help="The earlier period: 2025-05, 2025-W18, 2025-05-03, 2025.")
@click.option("--to", "after", metavar="PERIOD", help="The later period, likewise.")
@click.option("--last", type=click.IntRange(min=1), help="Compare the last N periods with the N before them.")
@click.option("--min-weight", type=click.IntRange(min=1), default=1, show_default=True,
              help="Ignore ties with fewer co-mentions than this in both periods.")
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True,
              help="Show at most this many ties (and entities) of each kind.")
@click.option("--evidence", type=click.IntRange(min=0), default=2, show_default=True,
              help="Linking sentences per tie, from the later period (the earlier for vanished ties).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
def changes(graph_file: str | None, no_index: bool, before: str | None, after: str | None, last: int | None,
            min_weight: int, limit: int, evidence: int, as_json: bool) -> None:
    """Ties and entities that appeared, grew, faded or vanished from one period to another.

    Give --from and --to, or --last N. Ties are ranked by log2((after+2)/(before+2)),
    which a single stray sentence does not top (docs/time.md).
    """
    if last is None and (before is None or after is None):
        raise click.UsageError("give --from and --to, or --last N")
    graph, source = open_graph_file(graph_file, no_index)
    found = query.changes(source, before=before, after=after, last=last, min_weight=min_weight, limit=limit,
                          evidence=evidence)
    if as_json:
        click.echo(json.dumps({"graph": str(graph), "answered_from": source.origin, **asdict(found)},
                              ensure_ascii=False, indent=2))
        return
    click.echo(f"{graph}: by {found.period}, {_stretch(found.before)} ({plural(found.articles_before, 'article')}) -> "
               f"{_stretch(found.after)} ({plural(found.articles_after, 'article')})")
    for kind in KINDS:
        ties = [t for t in found.ties if t.kind == kind]
        click.echo(f"\n{kind} ({len(ties)}):" if ties else f"\n{kind}: none")
        for tie in ties:
            click.echo(f"  {tie.source_label} \u2013 {tie.target_label}: {tie.before} -> {tie.after}, "
                       f"score {tie.score:+.2f}")
            for item in tie.evidence:
                click.echo(format_evidence_item(item))
    for kind in ("appeared", "vanished"):
        entities = [e for e in found.entities if e.kind == kind]
        if entities:
            click.echo(f"\nentities {kind}: " + ", ".join(f"{e.label} ({e.type or '-'}, {e.before} -> {e.after})"
                                                          for e in entities))


def _stretch(periods: tuple[str, ...]) -> str:
    return periods[0] if len(periods) == 1 else f"{periods[0]}..{periods[-1]}"
