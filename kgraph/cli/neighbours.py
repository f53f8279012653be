"""kgraph neighbours (or neighbors): who is mentioned together with an entity."""

from __future__ import annotations

import json
from dataclasses import asdict

import click

from .. import query
from ..contract import ENTITY_TYPES, label_of
from ..words import plural
from .evidence import format_evidence_item, relation_cell
from .graphfile import graph_options, open_graph_file
from .options import comma_list

__all__ = ["neighbours"]


@click.command()
@click.argument("name")
@graph_options
@click.option("--type", "types", multiple=True, callback=comma_list(ENTITY_TYPES), metavar="TYPE",
              help=f"Only neighbours of this type ({', '.join(ENTITY_TYPES)}); repeatable or comma-separated.")
@click.option("--limit", type=click.IntRange(min=1), help="Show at most this many neighbours.")
@click.option("--min-weight", type=click.FloatRange(min=0), default=0, help="Ignore links lighter than this.")
@click.option("--depth", type=click.IntRange(1, 2), default=1, show_default=True,
              help="2 adds the neighbours' neighbours, each with the chain that reaches it.")
@click.option("--evidence", is_flag=True, help="Print the sentences that link each neighbour, with their articles.")
@click.option("--relation", metavar="VERB",
              help="Only neighbours whose link has this verb (graphs built with --relations), e.g. meet, sanction.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def neighbours(name: str, graph_file: str | None, no_index: bool, types: tuple[str, ...], limit: int | None,
               min_weight: float, depth: int, evidence: bool, relation: str | None, as_json: bool) -> None:
    """The neighbours of NAME (a name, alias or close misspelling), strongest co-mention first."""
    path, source = open_graph_file(graph_file, no_index)
    node = query.find(source, name)
    label = label_of(node, source.node(node))
    found = query.neighbours(source, node, depth=depth, types=types, min_weight=min_weight, limit=limit,
                             evidence=evidence, relation=relation)
    # The total is counted apart (in SQL from the index): building every neighbour of a hub's second hop
    # only to count them took seconds.
    total = len(found) if limit is None else query.count_neighbours(
        source, node, depth=depth, types=types, min_weight=min_weight, relation=relation)
    if as_json:
        click.echo(json.dumps({"entity": node, "label": label, "graph": str(path), "answered_from": source.origin,
                               "total": total, "neighbours": [asdict(n) for n in found]},
                              ensure_ascii=False, indent=2))
        return
    shown = f", showing {len(found)}" if len(found) < total else ""
    click.echo(f"{label}: {plural(total, 'neighbour')}{shown} (in {path})")
    if not found:
        return
    rows = [(str(rank), n.label, n.type, f"{n.weight:g}", str(n.articles), _score(n.score),
             relation_cell(n.relations, node), " > ".join(n.path[1:-1])) for rank, n in enumerate(found, 1)]
    header = ("rank", "neighbour", "type", "weight", "articles", "score",
              "relation" if any(n.relations for n in found) else "", "via" if depth > 1 else "")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    numeric = {0, 3, 4, 5}
    for row, neighbour in zip([header, *rows], [None, *found]):
        click.echo("  ".join(cell.rjust(w) if i in numeric else cell.ljust(w)
                             for i, (cell, w) in enumerate(zip(row, widths))).rstrip())
        for item in neighbour.evidence if neighbour else ():
            click.echo(format_evidence_item(item))


def _score(score: float | None) -> str:
    return "" if score is None else f"{score:.2f}"
