"""The whole build: ingest -> recognise -> resolve -> count -> graph, then the files.

The one place the stages meet; each stage is a plain function of its own
package. Articles stream through recognition; what later stages read again
(the sentences, for counting and evidence, and what resolution observed)
waits in temporary files (``spill``), so memory holds the graph, not the
corpus. ``outputs`` writes the finished graph's files.
"""

from __future__ import annotations

import functools
import os
import time
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from datetime import datetime, timezone

import networkx as nx

from .. import recognise, resolve
from ..errors import DateRangeError, NoArticlesError
from ..graph import assemble, comention, measures
from ..graph.filter import GraphFilter, filter_graph
from ..heap import quiet_collector
from ..ingest import read, split
from ..ingest.dates import iso_date
from ..recognise import cluster
from ..recognise.cache import ExtractionCache
from ..recognise.options import Recogniser
from ..recognise.records import extraction_from_row, extraction_row
from ..report import BuildReport
from ..resolve.corrections import Corrections
from ..resolve.corrections import apply as apply_corrections
from ..resolve.evidence import Observed, observed_from_row, observed_row
from ..types import Article, Extraction
from .outputs import write
from .progress import track
from .spill import Spill

__all__ = ["build", "articles", "write"]


def articles(
    inputs: Iterable[str | os.PathLike], *, report: BuildReport, text_field: str = "text",
    since: str | None = None, until: str | None = None,
) -> Iterator[Article]:
    """Every distinct article of the inputs dated from ``since`` to ``until``, cleaned; the same text
    twice counts once. The bounds are dates in any form kgraph reads, checked at once (DateRangeError)."""
    since, until = _date_bound(since, "since"), _date_bound(until, "until")
    if since and until and since > until:
        raise DateRangeError(f"the date range ends ({until}) before it starts ({since})")
    documents = read.read(inputs, report=report, text_field=text_field)
    found = (article for document in documents for article in split.split(document, report=report))
    return split.distinct(split.within(found, since=since, until=until, report=report), report=report)


def _date_bound(value: str | None, name: str) -> str:
    """An ISO date from a ``since``/``until`` bound ('' when None)."""
    if not value:
        return ""
    found = iso_date(value)
    if not found:
        raise DateRangeError(f"{name} {value!r} is not a date (give one such as 2026-01-07)")
    return found


def build(
    inputs: Iterable[str | os.PathLike],
    *,
    name: str = "kgraph",
    recogniser: Recogniser = Recogniser(),
    window: str = "sentence",
    evidence: int = comention.MAX_EVIDENCE,
    keep: GraphFilter = GraphFilter(),
    text_field: str = "text",
    aliases: Corrections | None = None,
    report: BuildReport | None = None,
    progress: bool = False,
    since: str | None = None,
    until: str | None = None,
) -> nx.Graph:
    """Build the co-mention graph of the articles in ``inputs`` (files, folders, globs, '-').

    Args:
        inputs: files, folders (read recursively), glob patterns, or '-' for stdin.
        name: the graph's name (its ``name`` attribute; the CLI names the files after it).
        recogniser: how the spaCy pass runs: pipeline, jobs, Dask, cache (``kgraph.Recogniser``).
        window: two entities are co-mentioned when named in the same "sentence",
            "paragraph" or "article".
        evidence: linking sentences kept per edge.
        keep: what to keep of the graph (``kgraph.GraphFilter``), applied before its
            communities and PageRank are computed, so those describe the graph returned.
        text_field: the field holding the article text in JSON Lines and CSV records.
        aliases: a user's corrections (``kgraph.resolve.corrections.load``).
        report: gathers counts and the inputs skipped, with why (a ``BuildReport``).
        progress: show a progress bar on stderr.
        since, until: keep only the articles dated in this range (dates in any form
            docs/input.md lists, both included); with either given, undated articles are left out.

    Returns:
        A ``networkx.Graph`` as docs/graph-format.md describes it.

    Raises:
        NoArticlesError: no article could be read from the inputs.
        ModelError: the spaCy pipeline cannot be loaded.
        DateRangeError: ``since`` or ``until`` is no date, or the range ends before it starts.

    Example:
        >>> graph = build(["seeds/"], name="seeds")
        >>> graph.nodes["volodymyr_zelenskyy"]["type"]
        'person'
    """
    report = report if report is not None else BuildReport()
    started = time.perf_counter()
    files = list(read.paths(inputs, report=report))  # listed once: for their size and for reading
    local_jobs = recogniser.jobs if recogniser.dask is None else 1
    size = read.input_size(files) if progress or local_jobs > 1 else None
    if recognise.may_use_workers(local_jobs, size):
        recognise.start_fork_server()  # it imports spaCy on another core while this process loads the pipeline
    # Lazy, but its date range is checked here, before the pipeline loads.
    stream = articles(files, report=report, text_field=text_field, since=since, until=until)
    nlp = recogniser.nlp or recognise.load_model(recogniser.model)
    parser = recogniser.parser or (recognise.load_parser(recogniser.model) if recogniser.relations else None)
    recognised = _recogniser(recogniser, nlp, parser)
    # Counting reads back the sentences for their windows and evidence; their mentions were read by observe.
    sentences_only = functools.partial(extraction_row, mentions=False)
    with quiet_collector(), Spill(sentences_only, extraction_from_row) as extracted, \
            Spill(observed_row, observed_from_row) as observed:
        cache = recogniser.cache
        fingerprint = recognise.fingerprint(nlp, parser)
        with ExtractionCache(cache, fingerprint=fingerprint) if cache else nullcontext() as store:
            found = store.recognise(stream, recognised) if store else recognised(stream)
            _spill(track(found, total=size if progress else None, enabled=progress), extracted, observed)
        report.cached = store.hits if store else 0
        report.recognised = len(extracted) - report.cached
        if not extracted:
            raise NoArticlesError("no article could be read from the inputs" + _problems(report))
        resolution = resolve.resolve(observed)
        if aliases is not None:
            resolution = apply_corrections(resolution, aliases, observed)
        comentions = comention.count(
            zip(extracted, map(resolution.links, observed)), window=window, max_evidence=evidence
        )
        result = assemble.to_graph(
            resolution.entities,
            comentions,
            name=name,
            built=datetime.now(timezone.utc).isoformat(timespec="seconds"),
            model=recognise.model_name(nlp),
            articles=report.articles,
            duplicates=report.duplicates,
            skipped=report.skipped,
            **({"relations": True} if parser is not None else {}),
            **{key: value for key, value in (("first_date", report.first_date), ("last_date", report.last_date))
               if value},
        )
        result = filter_graph(result, keep)
        measures.annotate(result)
    report.seconds = time.perf_counter() - started
    return result


def _spill(extractions: Iterable[Extraction], extracted: Spill[Extraction], observed: Spill[Observed]) -> None:
    """Each article's sentences, and what resolution observes of them, to the spill files as they come."""
    for extraction in extractions:
        extracted.append(extraction)
        observed.append(resolve.observe(extraction))


def _recogniser(options: Recogniser, nlp, parser):
    """Articles -> Extractions: spaCy here, or on the Dask cluster (whose workers load the model by name)."""
    if options.dask is None:
        return functools.partial(recognise.recognise, nlp=nlp, jobs=options.jobs, parser=parser)
    return functools.partial(cluster.recognise, address=options.dask, model=options.model, jobs=options.jobs,
                             relations=parser is not None)


def _problems(report: BuildReport) -> str:
    return "".join(f"\n  {problem}" for problem in report.problems)
