"""kgraph ego: the subgraph around an entity, in every format kgraph build writes."""

from __future__ import annotations

import os
from pathlib import Path

import click

from .. import query
from ..contract import label_of
from ..export import DEFAULT_FORMATS, FORMATS
from ..words import plural
from .graphfile import DEFAULT_OUT, graph_options, open_graph_file
from .options import comma_list

__all__ = ["ego"]


def _format_of(out_file: str) -> str | None:
    """The format a file name asks for by its ending (``.graphml``, ``.ftm.jsonl``, ``-neo4j``...)."""
    return next((name for name, suffix in FORMATS.items() if out_file.lower().endswith(suffix)), None)


@click.command()
@click.argument("name")
@graph_options
@click.option("--depth", type=click.IntRange(min=0), default=1, show_default=True, help="Hops from NAME to include.")
@click.option("--min-weight", type=click.FloatRange(min=0), default=0, help="Follow and keep only links this heavy.")
@click.option("--format", "formats", callback=comma_list(tuple(FORMATS)),
              help=f"Formats to write, comma-separated: {', '.join(FORMATS)} "
                   f"[default: {','.join(DEFAULT_FORMATS)}, or the one --out names].")
@click.option("--out", "out_file", type=click.Path(dir_okay=False),
              help=f"File to write; its suffix ({', '.join(FORMATS.values())}) picks the format "
                   f"[default: {DEFAULT_OUT}/GRAPH-ego-ENTITY.EXT for each --format].")
@click.option("--force", is_flag=True, help="Allow --out to replace the graph being asked.")
def ego(name: str, graph_file: str | None, no_index: bool, depth: int, min_weight: float,
        formats: tuple[str, ...], out_file: str | None, force: bool) -> None:
    """Write the entities within --depth hops of NAME, and their links: a page, GraphML, GEXF, JSON or CSV."""
    if out_file is not None:
        given = _format_of(out_file)
        if given is None:
            raise click.BadParameter(f"{out_file!r} must end in one of {', '.join(FORMATS.values())}",
                                     param_hint="--out")
        if formats and formats != (given,):
            raise click.BadParameter(f"--out {out_file} is {given}, so --format cannot ask for "
                                     f"{','.join(formats)}", param_hint="--format")
    graph, source = open_graph_file(graph_file, no_index)
    center = query.find(source, name)
    if out_file is None:
        stem = str(source.graph_attributes().get("name") or graph.stem)
        folder, base, chosen = Path(DEFAULT_OUT), f"{stem}-ego-{center}", formats or DEFAULT_FORMATS
    else:
        fmt = _format_of(out_file) or ""
        folder, base, chosen = Path(out_file).parent, Path(out_file).name[:-len(FORMATS[fmt])], (fmt,)
        if not force and _same_file(out_file, graph):
            raise click.BadParameter(f"{out_file} is the graph being asked; writing the ego graph there would "
                                     "replace it: choose another file, or add --force", param_hint="--out")
    if chosen == ("graphml",):  # streamed from the index's records: no networkx graph built, copied and exported
        streamed = query.write_ego(source, center, folder / f"{base}{FORMATS['graphml']}", depth=depth,
                                   min_weight=min_weight)
        label, size, written = streamed.label, (streamed.nodes, streamed.links), [streamed.path]
    else:
        from ..pipeline.outputs import write  # the exporters, layout and page: only for these formats

        subgraph = query.ego(source, center, depth=depth, min_weight=min_weight)
        label, size = label_of(center, subgraph.nodes[center]), (len(subgraph), subgraph.number_of_edges())
        written = write(subgraph, folder, base, formats=chosen, title=f"{label} (depth {depth})")
    click.echo(f"{plural(size[0], 'entity', 'entities')}, {plural(size[1], 'link')} around {label} "
               f"in {graph} -> {', '.join(map(str, written))}")


def _same_file(a: str | Path, b: str | Path) -> bool:
    """Do two paths name the same file (through links, relative parts, case-folding file systems)?"""
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist: they are the same only when spelled alike
        return Path(a).resolve() == Path(b).resolve()
