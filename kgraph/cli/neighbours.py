"""kgraph neighbours: who is mentioned together with an entity."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import click

from .. import query
from ..errors import GraphFileError
from ..export import read_graphml
from .build import DEFAULT_OUT


@click.command()
@click.argument("name")
@click.option("--graph", "graph_file", type=click.Path(dir_okay=False),
              help=f"GraphML file to ask [default: the newest in {DEFAULT_OUT}/].")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.option("--limit", type=click.IntRange(min=1), help="Show at most this many neighbours.")
def neighbours(name: str, graph_file: str | None, as_json: bool, limit: int | None) -> None:
    """The neighbours of NAME (a name or alias), strongest co-mention first."""
    graph = read_graphml(graph_file or default_graph())
    node = query.find(graph, name)
    found = query.neighbours(graph, node, limit=limit)
    if as_json:
        click.echo(json.dumps({"entity": node, "label": graph.nodes[node].get("label", node),
                               "neighbours": [asdict(n) for n in found]}, ensure_ascii=False, indent=2))
        return
    click.echo(f"{graph.nodes[node].get('label', node)}: {len(found)} neighbours")
    width = max((len(n.label) for n in found), default=10)
    for rank, n in enumerate(found, 1):
        click.echo(f"{rank:>4}  {n.label:<{width}}  {n.type:<12}  weight {n.weight:>3}  articles {n.articles:>3}")


def default_graph() -> Path:
    candidates = sorted(Path(DEFAULT_OUT).glob("*.graphml"), key=lambda p: p.stat().st_mtime, reverse=True)
    if not candidates:
        raise GraphFileError(f"no graph in {DEFAULT_OUT}/: run 'kgraph build' first or pass --graph FILE")
    return candidates[0]
