"""The whole build: read -> split -> recognise -> resolve -> count -> graph.

The one place the stages meet; each stage is a plain function of its own module.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone

import networkx as nx
from tqdm import tqdm

from . import comention, graph, read, recognise, resolve, split
from .errors import NoArticlesError
from .report import BuildReport
from .types import Article

__all__ = ["build", "articles"]


def articles(inputs: Iterable[str | os.PathLike], *, report: BuildReport) -> Iterator[Article]:
    """Every distinct article of the inputs, cleaned; the same text twice counts once."""
    seen: set[bytes] = set()
    for document in read.read(inputs, report=report):
        for article in split.split(document):
            digest = hashlib.blake2b(" ".join(article.text.split()).encode(), digest_size=16).digest()
            if digest in seen:
                report.duplicates += 1
                continue
            seen.add(digest)
            report.articles += 1
            yield article


def build(
    inputs: Iterable[str | os.PathLike],
    *,
    model: str | None = None,
    name: str = "kgraph",
    report: BuildReport | None = None,
    progress: bool = False,
    nlp=None,
) -> nx.Graph:
    """Build the co-mention graph of the articles in ``inputs`` (files, folders, globs, '-').

    ``nlp`` reuses an already loaded pipeline; otherwise ``model`` (or the
    default English pipeline) is loaded. Problems with inputs are logged and
    gathered in ``report``; a build that finds no article raises NoArticlesError.
    """
    report = report if report is not None else BuildReport()
    started = time.perf_counter()
    nlp = nlp or recognise.load_model(model)
    stream = tqdm(articles(inputs, report=report), unit=" articles", disable=not progress, leave=False)
    extractions = list(recognise.recognise(stream, nlp))
    if not extractions:
        raise NoArticlesError("no article could be read from the inputs" + _problems(report))
    resolution = resolve.resolve(extractions)
    comentions = comention.count(extractions, resolution.links)
    report.seconds = time.perf_counter() - started
    return graph.to_graph(
        resolution.entities,
        comentions,
        name=name,
        built=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        model=f"{nlp.meta.get('lang', '')}_{nlp.meta.get('name', '')}-{nlp.meta.get('version', '')}",
        articles=report.articles,
        duplicates=report.duplicates,
        skipped=report.skipped,
    )


def _problems(report: BuildReport) -> str:
    return "".join(f"\n  {problem}" for problem in report.problems)
