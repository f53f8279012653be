"""kgraph path: the strongest chain of co-mentions between two entities."""

from __future__ import annotations

import json
from dataclasses import asdict

import click

from .. import query
from .evidence import format_evidence_item, relation_cell
from .graphfile import graph_options, open_graph_file

__all__ = ["path"]


@click.command()
@click.argument("first")
@click.argument("second")
@graph_options
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
def path(first: str, second: str, graph_file: str | None, no_index: bool, as_json: bool) -> None:
    """The strongest chain from FIRST to SECOND, with the sentences behind each hop.

    A link's length is 1/weight and the chain is the shortest under that length.
    """
    source = open_graph_file(graph_file, no_index)
    hops = query.path(source, first, second)
    if as_json:
        click.echo(json.dumps({"answered_from": source.origin, "hops": [asdict(h) for h in hops]},
                              ensure_ascii=False, indent=2))
        return
    click.echo(" > ".join([hops[0].source_label, *(h.target_label for h in hops)]) + f"  ({len(hops)} hops)")
    for hop in hops:
        said = relation_cell(hop.relations, hop.source)
        click.echo(f"\n{hop.source_label} \u2013 {hop.target_label}: weight {hop.weight:g}, "
                   f"{hop.articles} articles" + ("" if hop.score is None else f", score {hop.score:.2f}")
                   + (f", {said}" if said else ""))
        for item in hop.evidence:
            click.echo(format_evidence_item(item))
