"""kgraph path: the strongest chains of co-mentions between two entities."""

from __future__ import annotations

import json
from dataclasses import asdict, replace

import click

from .. import query
from ..contract import ENTITY_TYPES
from ..words import plural
from .evidence import format_evidence_item, relation_cell
from .graphfile import graph_options, open_graph_file
from .options import comma_list

__all__ = ["path"]


@click.command()
@click.argument("first")
@click.argument("second")
@graph_options
@click.option("--avoid-hubs", is_flag=True,
              help="Prefer specific go-betweens: a link's weight is divided by the square root of the degree "
                   "of each go-between it touches (docs/query.md).")
@click.option("--via-type", "via_types", multiple=True, callback=comma_list(ENTITY_TYPES), metavar="TYPE",
              help=f"Only go-betweens of this type ({', '.join(ENTITY_TYPES)}); repeatable or comma-separated.")
@click.option("--alternatives", type=click.IntRange(min=0), default=0, show_default=True,
              help="Also print the N next strongest chains.")
@click.option("--evidence", type=click.IntRange(min=0), default=1, show_default=True,
              help="Linking sentences printed per hop.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
def path(first: str, second: str, graph_file: str | None, no_index: bool, avoid_hubs: bool,
         via_types: tuple[str, ...], alternatives: int, evidence: int, as_json: bool) -> None:
    """The strongest chain from FIRST to SECOND, with the sentences behind each hop.

    A link's length is 1/weight and the chain is the shortest under that length.
    """
    graph, source = open_graph_file(graph_file, no_index)
    chains = [[replace(hop, evidence=hop.evidence[:evidence]) for hop in chain]
              for chain in query.paths(source, first, second, count=1 + alternatives, evidence=evidence > 0,
                                       avoid_hubs=avoid_hubs, via_types=via_types)]
    if as_json:
        click.echo(json.dumps({"graph": str(graph), "answered_from": source.origin,
                               "hops": [asdict(h) for h in chains[0]],
                               "alternatives": [[asdict(h) for h in chain] for chain in chains[1:]]},
                              ensure_ascii=False, indent=2))
        return
    for number, hops in enumerate(chains):
        if number:
            click.echo(f"\nalternative {number}:")
        where = f", in {graph}" if not number else ""
        click.echo(" > ".join([hops[0].source_label, *(h.target_label for h in hops)])
                   + f"  ({plural(len(hops), 'hop')}{where})")
        for hop in hops:
            said = relation_cell(hop.relations, hop.source)
            click.echo(f"\n{hop.source_label} \u2013 {hop.target_label}: weight {hop.weight:g}, "
                       f"{plural(hop.articles, 'article')}" + ("" if hop.score is None else f", score {hop.score:.2f}")
                       + (f", {said}" if said else ""))
            for item in hop.evidence:
                click.echo(format_evidence_item(item))
    if len(chains) < 1 + alternatives:
        click.echo(f"\n(no more chains: {plural(len(chains), 'chain')} in all)")
