"""kgraph ego: the subgraph around an entity, as a page or a GraphML file."""

from __future__ import annotations

from pathlib import Path

import click

from .. import query
from ..contract import label_of
from ..export.graphml import write_graphml
from .graphfile import graph_options, open_graph_file

__all__ = ["ego"]

_SUFFIXES = (".html", ".graphml")


@click.command()
@click.argument("name")
@graph_options
@click.option("--depth", type=click.IntRange(min=0), default=1, show_default=True, help="Hops from NAME to include.")
@click.option("--min-weight", type=click.FloatRange(min=0), default=0, help="Follow and keep only links this heavy.")
@click.option("--out", "out_file", required=True, type=click.Path(dir_okay=False),
              help="File to write: .html (a page) or .graphml.")
def ego(name: str, graph_file: str | None, no_index: bool, depth: int, min_weight: float, out_file: str) -> None:
    """Write the entities within --depth hops of NAME, and their links, to --out."""
    suffix = Path(out_file).suffix.lower()
    if suffix not in _SUFFIXES:
        raise click.BadParameter(f"must end in {' or '.join(_SUFFIXES)}", param_hint="--out")
    subgraph = query.ego(open_graph_file(graph_file, no_index), name, depth=depth, min_weight=min_weight)
    if suffix == ".html":
        center = subgraph.graph["center"]
        from ..export.html import write_html  # pyvis: only for a page

        write_html(subgraph, out_file, title=f"{label_of(center, subgraph.nodes[center])} (depth {depth})")
    else:
        write_graphml(subgraph, out_file)
    click.echo(f"{subgraph.number_of_nodes()} entities, {subgraph.number_of_edges()} links -> {out_file}")
