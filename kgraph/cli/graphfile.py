"""The graph file the query commands read: --graph FILE or the newest in graphs/, and --no-index."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import click

from ..errors import GraphFileError
from ..query import GraphSource, open_graph

__all__ = ["DEFAULT_OUT", "graph_options", "open_graph_file"]

DEFAULT_OUT = "graphs"


def graph_options(command: Callable) -> Callable:
    """Add --graph and --no-index to a query command."""
    command = click.option("--no-index", is_flag=True,
                           help="Read the GraphML even when a matching index lies beside it.")(command)
    return click.option("--graph", "graph_file", type=click.Path(dir_okay=False),
                        help=f"GraphML file to ask [default: the newest in {DEFAULT_OUT}/].")(command)


def open_graph_file(graph_file: str | None, no_index: bool) -> GraphSource:
    """The graph a query command asks: ``--graph``, else the newest GraphML in graphs/."""
    return open_graph(graph_file or _newest_graph(), use_index=not no_index)


def _newest_graph() -> Path:
    newest = max(Path(DEFAULT_OUT).glob("*.graphml"), key=lambda p: p.stat().st_mtime, default=None)
    if newest is None:
        raise GraphFileError(f"no graph in {DEFAULT_OUT}/: run 'kgraph build' first or pass --graph FILE")
    return newest
