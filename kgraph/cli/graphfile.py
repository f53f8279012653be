"""The graph file a query command asks, and the record of the last build that makes it the default.

``kgraph build`` records in its output folder which graph file it wrote
(``graphs/.kgraph-last``); a query without ``--graph`` asks that file, never
merely the newest one (an ego graph written into graphs/ is newer, and a
different graph). Without a record, a folder holding exactly one GraphML file
answers with it; anything else is an error that says what to pass.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

import click

from ..atomic import atomic_write
from ..errors import GraphFileError
from ..query import GraphSource, open_graph
from ..query.source import READABLE_SUFFIXES

__all__ = ["DEFAULT_OUT", "LAST_BUILD", "graph_options", "open_graph_file", "graph_path", "record_build"]

DEFAULT_OUT = "graphs"
# In a build's output folder: which graph file the last build there wrote (git-ignored).
LAST_BUILD = ".kgraph-last"

F = TypeVar("F", bound=Callable[..., object])


def graph_options(command: F) -> F:
    """Add --graph and --no-index to a query command."""
    command = click.option("--no-index", is_flag=True,
                           help="Read the GraphML even when a matching index lies beside it.")(command)
    return click.option("--graph", "graph_file", type=click.Path(dir_okay=False),
                        help=f"Graph file to ask: GraphML, GEXF or node-link JSON "
                             f"[default: the one the last 'kgraph build' wrote into {DEFAULT_OUT}/].")(command)


def open_graph_file(graph_file: str | None, no_index: bool) -> tuple[Path, GraphSource]:
    """The graph a query command asks (``--graph``, else the last build's) and the file's path."""
    path = graph_path(graph_file)
    return path, open_graph(path, use_index=not no_index)


def graph_path(graph_file: str | None, folder: Path = Path(DEFAULT_OUT)) -> Path:
    """``graph_file`` when given, else the graph the last build into ``folder`` wrote."""
    if graph_file:
        return Path(graph_file)
    record = folder / LAST_BUILD
    try:
        last = json.loads(record.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return _only_graph(folder)
    except (OSError, ValueError) as err:
        raise GraphFileError(f"{record}: unreadable record of the last build ({err})",
                             hint="run 'kgraph build' again, or pass --graph FILE") from None
    if not isinstance(last, dict) or not last.get("graph"):
        files = ", ".join(last.get("files", ())) if isinstance(last, dict) else ""
        raise GraphFileError(f"the last build into {folder}/ wrote no graph a query can read ({files})",
                             hint="build with --format graphml, or pass --graph FILE")
    return folder / str(last["graph"])


def record_build(out_dir: str | Path, written: Sequence[Path]) -> Path | None:
    """Note in ``out_dir`` which of the files a build just wrote there the queries should ask; returns it."""
    readable = sorted((p for p in written if p.suffix in READABLE_SUFFIXES),
                      key=lambda p: READABLE_SUFFIXES.index(p.suffix))  # GraphML first: it has an index
    record = Path(out_dir) / LAST_BUILD
    text = json.dumps({"graph": readable[0].name if readable else None, "files": [p.name for p in written]}) + "\n"
    try:
        same = record.read_text(encoding="utf-8") == text  # a rebuild that changed nothing writes nothing
    except (OSError, UnicodeDecodeError):
        same = False
    if not same:
        with atomic_write(record, "w", encoding="utf-8") as handle:
            handle.write(text)
    return readable[0] if readable else None


def _only_graph(folder: Path) -> Path:
    graphs = sorted(folder.glob("*.graphml"))
    if len(graphs) == 1:
        return graphs[0]
    if not graphs:
        raise GraphFileError(f"no graph in {folder}/", hint="run 'kgraph build' first, or pass --graph FILE")
    raise GraphFileError(f"{folder}/ holds {len(graphs)} graphs ({', '.join(p.name for p in graphs)}) and no "
                         "record of which one the last build wrote",
                         hint="pass --graph FILE, or run 'kgraph build' again")
