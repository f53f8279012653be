"""The whole build: read -> split -> recognise -> resolve -> count -> graph.

The one place the stages meet; each stage is a plain function of its own module.
Articles stream through recognition; what later stages read again (the
sentences, for counting and evidence, and what resolution observed) waits in
temporary files (``kgraph.spill``), so memory holds the graph, not the corpus.
"""

from __future__ import annotations

import functools
import os
import time
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from datetime import datetime, timezone

import networkx as nx

from . import cluster, comention, graph, measures, read, recognise, records, resolve, split
from .aliases import Corrections
from .aliases import apply as apply_aliases
from .cache import ExtractionCache
from .errors import NoArticlesError
from .filter import GraphFilter, filter_graph
from .heap import quiet_collector
from .progress import input_size, track
from .report import BuildReport
from .resolve import Observed
from .spill import Spill
from .types import Article, Extraction

__all__ = ["build", "articles"]


def articles(
    inputs: Iterable[str | os.PathLike], *, report: BuildReport, text_field: str = "text"
) -> Iterator[Article]:
    """Every distinct article of the inputs, cleaned; the same text twice counts once."""
    documents = read.read(inputs, report=report, text_field=text_field)
    yield from split.distinct((a for document in documents for a in split.split(document)), report=report)


def build(
    inputs: Iterable[str | os.PathLike],
    *,
    model: str | None = None,
    name: str = "kgraph",
    report: BuildReport | None = None,
    progress: bool = False,
    nlp=None,
    dask: str | None = None,
    window: str = "sentence",
    evidence: int = comention.MAX_EVIDENCE,
    keep: GraphFilter = GraphFilter(),
    text_field: str = "text",
    aliases: Corrections | None = None,
    jobs: int = 1,
    cache: str | os.PathLike | None = None,
) -> nx.Graph:
    """Build the co-mention graph of the articles in ``inputs`` (files, folders, globs, '-').

    ``nlp`` reuses an already loaded pipeline; otherwise ``model`` (or the
    default English pipeline) is loaded. Problems with inputs are logged and
    gathered in ``report``; a build that finds no article raises NoArticlesError.
    ``dask`` runs recognition on the Dask scheduler at that address
    (``tcp://host:8786``, or ``"local"`` for a LocalCluster here); its workers
    load ``model`` by name, and everything after recognition stays here.
    Two entities are co-mentioned when named in the same ``window``
    (sentence, paragraph or article); each edge keeps up to ``evidence``
    linking sentences. ``keep`` filters the graph before its communities and
    PageRank are computed, so those describe the graph that is returned.
    ``text_field`` names the article text field of JSON Lines and CSV records.
    ``aliases`` (from ``kgraph.aliases.load``) corrects the resolved entities.
    ``jobs`` worker processes run spaCy (scripts that use more than one need
    the ``if __name__ == "__main__":`` guard of multiprocessing). ``cache``
    names an SQLite file of earlier recognition results: articles found there
    skip spaCy, new ones are added.
    """
    report = report if report is not None else BuildReport()
    started = time.perf_counter()
    inputs = list(inputs)  # read twice: for the articles, and for their size (progress bar, early workers)
    local_jobs = jobs if dask is None else 1
    size = input_size(inputs) if progress or local_jobs > 1 else None  # a walk over every input file
    if recognise.may_use_workers(local_jobs, size):
        recognise.start_fork_server()  # it imports spaCy on another core while this process loads the pipeline
    nlp = nlp or recognise.load_model(model)
    stream = articles(inputs, report=report, text_field=text_field)
    recogniser = _recogniser(nlp=nlp, dask=dask, model=model, jobs=jobs)
    # Counting reads back the sentences for their windows and evidence; their mentions were read by observe.
    sentences_only = functools.partial(records.extraction_row, mentions=False)
    with quiet_collector(), Spill(sentences_only, records.extraction_from_row) as extracted, \
            Spill(records.observed_row, records.observed_from_row) as observed:
        with ExtractionCache(cache, fingerprint=recognise.fingerprint(nlp)) if cache else nullcontext() as store:
            found = store.recognise(stream, recogniser) if store else recogniser(stream)
            _spill(track(found, total=size if progress else None, enabled=progress), extracted, observed)
        report.cached = store.hits if store else 0
        report.recognised = len(extracted) - report.cached
        if not extracted:
            raise NoArticlesError("no article could be read from the inputs" + _problems(report))
        resolution = resolve.resolve(observed)
        if aliases is not None:
            resolution = apply_aliases(resolution, aliases, observed)
        comentions = comention.count(
            zip(extracted, map(resolution.links, observed)), window=window, max_evidence=evidence
        )
        result = graph.to_graph(
            resolution.entities,
            comentions,
            name=name,
            built=datetime.now(timezone.utc).isoformat(timespec="seconds"),
            model=_model_name(nlp),
            articles=report.articles,
            duplicates=report.duplicates,
            skipped=report.skipped,
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


def _recogniser(*, nlp, dask: str | None, model: str | None, jobs: int):
    """Articles -> Extractions: spaCy here, or on the Dask cluster at ``dask`` (whose workers load ``model``)."""
    if dask is None:
        return functools.partial(recognise.recognise, nlp=nlp, jobs=jobs)
    return functools.partial(cluster.recognise, address=dask, model=model, jobs=jobs)


def _model_name(nlp) -> str:
    """The graph's ``model`` attribute: the pipeline's lang_name-version, as spaCy packages are named."""
    return f"{nlp.meta.get('lang', '')}_{nlp.meta.get('name', '')}-{nlp.meta.get('version', '')}"


def _problems(report: BuildReport) -> str:
    return "".join(f"\n  {problem}" for problem in report.problems)
