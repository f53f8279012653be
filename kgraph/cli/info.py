"""kgraph info: a graph at a glance."""

from __future__ import annotations

import json
from dataclasses import asdict

import click

from .. import query
from ..words import plural
from .graphfile import graph_options, open_graph_file

__all__ = ["info"]


@click.command()
@graph_options
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True, help="Entries per ranking.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
def info(graph_file: str | None, no_index: bool, top: int, as_json: bool) -> None:
    """Counts, the most mentioned and most central entities, and the communities of a graph."""
    graph, source = open_graph_file(graph_file, no_index)
    summary = query.info(source, top=top)
    if as_json:
        click.echo(json.dumps({"graph": str(graph), "answered_from": source.origin, **asdict(summary)},
                              ensure_ascii=False, indent=2, default=str))
        return
    about = ", ".join(f"{k} {v}" for k, v in summary.attributes.items())
    click.echo(f"{graph}: {plural(summary.nodes, 'entity', 'entities')}, {plural(summary.edges, 'link')}, "
               f"{plural(summary.components, 'connected component')}" + (f" ({about})" if about else ""))
    dates = (summary.attributes.get("first_date"), summary.attributes.get("last_date"))
    if all(dates):
        click.echo(f"articles dated {dates[0]} to {dates[1]}")
    click.echo("by type: " + ", ".join(f"{t} {n}" for t, n in summary.types.items()))
    for title, ranked in (("most mentioned", summary.top_mentions), (f"most central ({summary.centrality})",
                                                                     summary.top_central)):
        if ranked:
            click.echo(f"\n{title}:")
            for rank, entry in enumerate(ranked, 1):
                click.echo(f"{rank:>4}  {entry.label}  ({entry.type or '-'}, {entry.value:g})")
    click.echo(f"\n{plural(len(summary.communities), 'community', 'communities')}, largest first:")
    for community in summary.communities[:top]:
        click.echo(f"  {community.id:>4}  {plural(community.size, 'entity', 'entities'):>14}: "
                   f"{', '.join(community.members)}")
