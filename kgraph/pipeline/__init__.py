"""The whole build: ingest -> recognise -> resolve -> count -> graph, then the files.

The one place the stages meet; each stage is a plain function of its own
package. Articles stream through recognition; what later stages read again
(the sentences, for counting and evidence, and what resolution observed)
waits in temporary files (``spill``), so memory holds the graph, not the
corpus. ``observing`` reads each distinct sentence once for resolution;
``outputs`` writes the finished graph's files.
"""

from __future__ import annotations

import functools
import itertools
import os
import time
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, TypedDict, Union, Unpack

import networkx as nx

from .. import recognise, resolve
from ..errors import ArgumentError, DateRangeError, NoArticlesError, check_choices
from ..export import FORMATS
from ..graph import assemble, comention, measures, periods
from ..graph.filter import GraphFilter, filter_graph
from ..heap import quiet_collector
from ..ingest import read, split
from ..ingest.dates import iso_date
from ..query.index import index_path
from ..recognise import reuse
from ..recognise.cache import ExtractionCache
from ..recognise.model import Pipelines, files_identity, fingerprint
from ..recognise.options import Recogniser
from ..recognise.records import extraction_from_row, extraction_row
from ..report import BuildReport
from ..resolve.corrections import Corrections
from ..resolve.corrections import apply as apply_corrections
from ..resolve.evidence import Observed, observed_from_row, observed_row
from ..resolve.link import Gathered
from ..types import Article, Document, Extraction, Links
from . import manifest, splitting
from .observing import Observer, code_digest
from .outputs import writable_folder, write
from .progress import Stages, track
from .repeating import RepeatedNames
from .spill import Spill

__all__ = ["build", "build_texts", "build_files", "Built", "BuildOptions", "FilesOptions", "Inputs", "built_time",
           "articles", "write", "writable_folder"]

# Articles whose stored readings are looked up in one query (``_spill``).
_LOOKUPS_AT_ONCE = 64
# One input (a str or a Path: never iterated) or a collection of them.
Inputs = Union[str, "os.PathLike[str]", Iterable[Union[str, "os.PathLike[str]"]]]


def articles(
    inputs: Iterable[str | os.PathLike[str]], *, report: BuildReport, text_field: str = "text",
    since: str | None = None, until: str | None = None,
) -> Iterator[Article]:
    """Every distinct article of the inputs dated from ``since`` to ``until``, cleaned; the same text
    twice counts once. The bounds are dates in any form kgraph reads, checked at once (DateRangeError)."""
    dates = _date_range(since, until)
    return _distinct(read.read(inputs, report=report, text_field=text_field), report=report, dates=dates)


def _distinct(documents: Iterable[Document], *, report: BuildReport, dates: tuple[str, str],
              store: ExtractionCache | None = None) -> Iterator[Article]:
    """The articles of ``documents`` within ``dates`` (ISO, '' for open), each distinct text once; those of a
    document read before come from ``store`` when given (``splitting``)."""
    found = splitting.split_all(documents, report=report, store=store)
    return split.distinct(split.within(found, since=dates[0], until=dates[1], report=report), report=report)


def _date_range(since: str | None, until: str | None) -> tuple[str, str]:
    """``since`` and ``until`` as ISO dates ('' when not given); DateRangeError when either is no date
    or the range ends before it starts."""
    first, last = _date_bound(since, "since"), _date_bound(until, "until")
    if first and last and first > last:
        raise DateRangeError(f"the date range ends ({last}) before it starts ({first})")
    return first, last


def _date_bound(value: str | None, name: str) -> str:
    """An ISO date from a ``since``/``until`` bound ('' when None)."""
    if not value:
        return ""
    found = iso_date(value)
    if not found:
        raise DateRangeError(f"{name} {value!r} is not a date (give one such as 2026-01-07)")
    return found


class BuildOptions(TypedDict, total=False):
    """The options ``build_texts`` shares with ``build`` (see build for each)."""

    name: str
    recogniser: Recogniser
    window: str
    evidence: int
    keep: GraphFilter
    aliases: Corrections | None
    report: BuildReport | None
    progress: bool
    since: str | None
    until: str | None
    period: str | None


def build(
    inputs: Inputs,
    *,
    name: str = "kgraph",
    recogniser: Recogniser = Recogniser(),
    window: str = "sentence",
    evidence: int = comention.MAX_EVIDENCE,
    keep: GraphFilter = GraphFilter(),
    text_field: str = "text",
    aliases: Corrections | None = None,
    period: str | None = None,
    report: BuildReport | None = None,
    progress: bool = False,
    since: str | None = None,
    until: str | None = None,
) -> nx.Graph:
    """Build the co-mention graph of the articles in ``inputs``: files, folders, globs or '-'.

    Args:
        inputs: one input (a ``str`` or ``pathlib.Path``: a file, a folder read
            recursively, a glob pattern, or '-' for stdin) or a list of them. A
            string is always one input, never a sequence of characters.
        name: the graph's name (its ``name`` attribute; the CLI names the files after it).
        recogniser: how the spaCy pass runs: pipeline, jobs, Dask, cache (``kgraph.Recogniser``).
        window: two entities are co-mentioned when named in the same "sentence",
            "paragraph" or "article".
        evidence: linking sentences kept per edge (0 or more).
        keep: what to keep of the graph (``kgraph.GraphFilter``), applied before its
            communities and PageRank are computed, so those describe the graph returned.
        text_field: the field holding the article text in JSON Lines and CSV records.
        aliases: a user's corrections (``kgraph.resolve.corrections.load``).
        period: count co-mentions per "day", "week", "month" or "year" too (docs/time.md);
            None picks the finest giving at most 30 periods over the articles' dates,
            and counts none when no article has a date.
        report: gathers counts and the inputs skipped, with why (a ``BuildReport``).
        progress: show the articles recognised and each later stage's time on stderr.
        since: keep only the articles dated this day or later (a date in any form
            docs/input.md lists); with ``since`` or ``until`` given, undated articles are left out.
        until: keep only the articles dated this day or earlier.

    Returns:
        A ``networkx.Graph`` as docs/graph-format.md describes it. Its ``built``
        attribute is the time of the build, or ``SOURCE_DATE_EPOCH`` when that is set.

    Raises:
        ArgumentError: an argument of the wrong type or outside its choices; its subclass
            DateRangeError when ``since`` or ``until`` is no date, or the range ends before it starts.
        NoArticlesError: no article could be read from the inputs.
        ModelError: the spaCy pipeline cannot be loaded.
        DateRangeError: ``since`` or ``until`` is no date, or the range ends before it starts.

    Example:
        >>> import kgraph
        >>> graph = kgraph.build("seeds/", name="seeds")
        >>> graph.nodes["volodymyr_zelenskyy"]["type"]
        'person'
    """
    report = report if report is not None else BuildReport()
    _check_options(name=name, recogniser=recogniser, window=window, evidence=evidence, keep=keep,
                   text_field=text_field, aliases=aliases, period=period)
    return _build_inputs(inputs, text_field=text_field, name=name, recogniser=recogniser, window=window,
                         evidence=evidence, keep=keep, aliases=aliases, report=report, progress=progress,
                         dates=_date_range(since, until), period=period)


def _build_inputs(inputs: Inputs, *, text_field: str, recogniser: Recogniser, report: BuildReport,
                  seen: Callable[[Iterable[Document]], Iterable[Document]] = iter, **options: Any) -> nx.Graph:
    """``build`` once its options are checked: the documents of ``inputs`` read (passed through ``seen``)
    and built."""
    files = list(read.paths(_inputs(inputs), report=report))  # listed once: for their size and for reading
    local_jobs = recogniser.jobs if recogniser.dask is None else 1
    size = read.input_size(files) if local_jobs > 1 else None
    return _build(seen(read.read(files, report=report, text_field=text_field)), size=size, total=None,
                  recogniser=recogniser, report=report, **options)


class FilesOptions(BuildOptions, total=False):
    """The options ``build_files`` takes besides those of ``build_texts``."""

    text_field: str
    title: str | None
    note: Callable[[nx.Graph], Mapping[str, object]]


@dataclass(frozen=True)
class Built:
    """What ``build_files`` did: the files, the graph (None when nothing changed) and the caller's note of it."""

    files: list[Path]
    graph: nx.Graph | None
    note: Mapping[str, object]

    @property
    def unchanged(self) -> bool:
        """The files were already those of this build: none was written."""
        return self.graph is None


def build_files(inputs: Inputs, out_dir: str | os.PathLike[str], *, formats: str | Iterable[str],
                **options: Unpack[FilesOptions]) -> Built:
    """``build`` the graph of ``inputs`` and ``write`` it to ``out_dir``, unless the files there are already
    this build's: then nothing is written, nor resolved (``kgraph.pipeline.manifest``).

    Args:
        inputs: as for ``build``.
        out_dir: the folder of the files, named after ``name`` as ``write`` names them.
        formats: as for ``write``.
        **options: the options of ``build`` (``name``, ``recogniser``, ``text_field`` ...), ``title``
            (the page's, as for ``write``) and ``note``: what to keep of the graph (a function of it
            returning a JSON-able mapping) for a rebuild that finds nothing changed.

    Returns:
        A ``Built``: the files (as ``write`` lists them), the graph built (None when the files were
        already this build's, which ``report.unchanged`` says too) and the note of the graph.

    Raises:
        What ``build`` and ``write`` raise.
    """
    name, recogniser = options.get("name", "kgraph"), options.get("recogniser", Recogniser())
    window, evidence = options.get("window", "sentence"), options.get("evidence", comention.MAX_EVIDENCE)
    keep, aliases, period = options.get("keep", GraphFilter()), options.get("aliases"), options.get("period")
    text_field, progress = options.get("text_field", "text"), options.get("progress", False)
    note = options.get("note", lambda graph: {})
    _check_options(name=name, recogniser=recogniser, window=window, evidence=evidence, keep=keep,
                   text_field=text_field, aliases=aliases, period=period)
    dates = _date_range(options.get("since"), options.get("until"))
    formats = list(check_choices(formats, tuple(FORMATS), what="format"))
    report = options.get("report")
    report = report if report is not None else BuildReport()
    started = time.perf_counter()
    record = manifest.record_path(out_dir, name)
    settings = _settings(inputs, recogniser=recogniser, name=name, window=window, evidence=evidence, keep=keep,
                         text_field=text_field, aliases=aliases, period=period, dates=dates, formats=formats,
                         title=options.get("title"))
    key = documents = None
    if settings is not None:  # read and hash the documents: the same as last time, with the files as written?
        documents, key = _inputs_key(inputs, text_field=text_field, settings=settings)
        previous = manifest.Manifest.read(record)
        if previous is not None and previous.key == key and previous.current(Path(out_dir)):
            previous.tell(report)
            report.unchanged = True
            report.seconds = time.perf_counter() - started
            return Built(files=[Path(out_dir) / file for file in previous.listed], graph=None, note=previous.note)
    record.unlink(missing_ok=True)  # the files are about to change: no record may stand for them meanwhile
    built = manifest.Documents()
    graph = _build_inputs(inputs, text_field=text_field, name=name, recogniser=recogniser, window=window,
                          evidence=evidence, keep=keep, aliases=aliases, report=report, progress=progress,
                          dates=dates, period=period, seen=built.read)
    written = write(graph, out_dir, name, formats=formats, title=options.get("title"), progress=progress)
    noted = dict(note(graph))
    # Recorded only when this build read the documents the check read: else the next rebuild just runs.
    if key is not None and built.digest() == documents:
        indexes = [index_path(p) for p in written if p.suffix == FORMATS["graphml"]]
        found = manifest.Manifest.of(key, written, indexes, report, noted)
        if found is not None:
            found.write(record)
    return Built(files=written, graph=graph, note=noted)


def _settings(inputs: Inputs, *, recogniser: Recogniser, keep: GraphFilter, aliases: Corrections | None,
              **settings: object) -> dict[str, object] | None:
    """Every setting of a build that changes its files, with the spaCy pipeline's identity; None when the build
    cannot be told from its settings (stdin; a pipeline run on a Dask cluster; a parser given loaded without
    its pipeline; a pipeline whose files cannot be found), or that is asked to start from nothing (no cache:
    ``kgraph build --no-cache``, which the speed benchmarks time)."""
    if recogniser.cache is None or any(str(given) == read.STDIN for given in _inputs(inputs)):
        return None
    if recogniser.dask is not None or (recogniser.parser is not None and recogniser.nlp is None):
        return None
    # A pipeline given loaded is its own fingerprint (as the cache keys it); one to load, its files' identity.
    identity = (files_identity(recogniser.model, relations=recogniser.relations) if recogniser.nlp is None
                else fingerprint(recogniser.nlp, recogniser.parser))
    if identity is None:
        return None
    corrections = None if aliases is None else (
        aliases.drop, sorted(aliases.merge.items()), sorted(aliases.rename.items()), sorted(aliases.type.items()))
    return {**settings, "model": recogniser.model, "relations": recogniser.relations, "pipeline": identity,
            "keep": (keep.min_weight, sorted(keep.types), keep.top, keep.drop_isolates), "aliases": corrections}


def _inputs_key(inputs: Inputs, *, text_field: str, settings: Mapping[str, object]) -> tuple[str, str]:
    """The digest of the documents of ``inputs`` as read, and the key of a build of them with ``settings``
    (with the problems met reading them)."""
    scratch = BuildReport()  # the build reports its own problems
    documents = manifest.Documents()
    for _ in documents.read(read.read(list(read.paths(_inputs(inputs), report=scratch)), report=scratch,
                                      text_field=text_field)):
        pass
    problems = [(p.where, p.what) for p in (*scratch.problems, *scratch.warnings)]
    key = manifest.settings_digest({**settings, "documents": documents.digest(), "problems": problems},
                                   code=code_digest())
    return documents.digest(), key


def build_texts(texts_or_records: Iterable[str | Mapping[str, object]], *, text_field: str = "text",
                **options: Unpack[BuildOptions]) -> nx.Graph:
    """Build the co-mention graph of articles given in memory: texts, or records as dicts.

    Args:
        texts_or_records: a list (any iterable) whose items are each one article: a
            string is its text; a dict is a record as in JSON Lines input, with the text
            under ``text_field`` and optionally ``id``, ``title``, ``url``, ``date``, ``source``.
        text_field: the key holding the text in records.
        **options: ``name``, ``recogniser``, ``window``, ``evidence``, ``keep``,
            ``aliases``, ``report``, ``progress``, ``since``, ``until``, ``period``, as for ``build``.

    Returns:
        A ``networkx.Graph``, as ``build`` returns. Evidence names each article by its
        record's id, else ``texts-N`` for the N-th item.

    Raises:
        ArgumentError: ``texts_or_records`` is a single string or not a collection of
            strings and dicts, or an option is bad.
        NoArticlesError: no item holds any text.
        ModelError: the spaCy pipeline cannot be loaded.

    Example:
        >>> import kgraph
        >>> graph = kgraph.build_texts(["Emmanuel Macron met Olaf Scholz in Paris.",
        ...                             {"id": "a2", "text": "Olaf Scholz flew to Kyiv."}])
        >>> sorted(graph.nodes)
        ['emmanuel_macron', 'olaf_scholz']
        >>> graph.edges["emmanuel_macron", "olaf_scholz"]["weight"]
        1
    """
    if isinstance(texts_or_records, (str, bytes, Mapping)) or not isinstance(texts_or_records, Iterable):
        raise ArgumentError("texts_or_records must be a list of texts or records, "
                            f"not one {type(texts_or_records).__name__}",
                            hint="wrap a single text in a list: build_texts([text])")
    items = list(texts_or_records)
    for number, item in enumerate(items):
        if not isinstance(item, (str, Mapping)):
            raise ArgumentError(f"texts_or_records[{number}] is a {type(item).__name__}: each item must be a "
                                "text (str) or a record (dict)")
    name, recogniser = options.get("name", "kgraph"), options.get("recogniser", Recogniser())
    window, evidence = options.get("window", "sentence"), options.get("evidence", comention.MAX_EVIDENCE)
    keep, aliases, period = options.get("keep", GraphFilter()), options.get("aliases"), options.get("period")
    _check_options(name=name, recogniser=recogniser, window=window, evidence=evidence, keep=keep,
                   text_field=text_field, aliases=aliases, period=period)
    dates = _date_range(options.get("since"), options.get("until"))
    report = options.get("report") or BuildReport()
    documents = list(read.records(items, report=report, text_field=text_field))
    return _build(documents, size=sum(len(d.text) for d in documents), total=len(documents), name=name,
                  recogniser=recogniser, window=window, evidence=evidence, keep=keep, aliases=aliases,
                  report=report, progress=options.get("progress", False), dates=dates, period=period)


def _build(documents: Iterable[Document], *, size: int | None, total: int | None, name: str,
           recogniser: Recogniser, window: str, evidence: int, keep: GraphFilter,
           aliases: Corrections | None, report: BuildReport, progress: bool, dates: tuple[str, str],
           period: str | None) -> nx.Graph:
    """The build itself, from the documents read: recognise, resolve, count, measure."""
    started = time.perf_counter()
    stages = Stages(enabled=progress)
    workers = recognise.may_use_workers(recogniser.jobs if recogniser.dask is None else 1, size)

    def starting() -> None:  # the fork server imports spaCy on another core while this process loads it
        if workers:
            recognise.start_fork_server()

    # Loaded at the first article spaCy has to read: none when all come from the cache.
    pipelines = Pipelines(model=recogniser.model, nlp=recogniser.nlp, relations=recogniser.relations,
                          parser=recogniser.parser, starting=starting)
    recognised = _recogniser(recogniser, pipelines)
    # Counting reads back the sentences for their windows and evidence; their mentions were read by observe.
    sentences_only = functools.partial(extraction_row, mentions=False)
    with quiet_collector(), Spill(sentences_only, extraction_from_row) as extracted, \
            Spill(observed_row, observed_from_row) as observed, Spill(_same, _same) as keyed:
        cache = recogniser.cache
        with ExtractionCache(cache, fingerprint=pipelines) if cache else nullcontext() as store:
            stream = _distinct(documents, report=report, dates=dates, store=store)
            # Articles the cache holds skip everything; of the others, the paragraphs seen before skip spaCy.
            reusing = functools.partial(reuse.reuse, recogniser=recognised, store=store)
            found = store.recognise(stream, reusing) if store else reusing(stream)
            # What the linker learns of each article alone, learnt as it is observed: resolution reads the
            # observations back once, to key them, not twice more for that.
            gathered = Gathered()
            try:
                _spill(track(found, total=total, enabled=progress), extracted, observed, observe=Observer(store),
                       repeat=RepeatedNames(store, code=code_digest() if store is not None else b""), store=store,
                       gather=gathered.add)
            finally:  # an interrupted build ends its worker processes and commits its cache now, not
                if isinstance(found, Generator):  # whenever the suspended generators are collected (maybe never)
                    found.close()
        report.cached = store.hits if store else 0
        report.recognised = len(extracted) - report.cached
        if not extracted:
            raise NoArticlesError("no article could be read from the inputs" + _problems(report),
                                  hint=_no_articles_hint(report))
        with stages.stage("resolving"):
            resolution = resolve.resolve(observed, keep=keyed.append, gathered=gathered)  # the keys, read once
            del gathered  # what the linker needs of it, it holds; the rest (each article's names as gathered) goes
            if aliases is not None:
                resolution = apply_corrections(resolution, aliases, observed)
        with stages.stage("counting"):
            comentions = comention.count(
                zip(extracted, map(resolution.links_of, keyed)), window=window, max_evidence=evidence,
                period=period or periods.choose([report.first_date, report.last_date]),
            )
            report.period, report.undated = comentions.period or "", comentions.undated
        with stages.stage("measuring"):
            result = assemble.to_graph(
                resolution.entities,
                comentions,
                name=name,
                built=built_time(),
                model=pipelines.name,
                articles=report.articles,
                duplicates=report.duplicates,
                skipped=report.skipped,
                **({"relations": True} if pipelines.relations else {}),
                **{key: value for key, value in (("first_date", report.first_date), ("last_date", report.last_date))
                   if value},
            )
            result = filter_graph(result, keep)
            measures.annotate(result)
    report.seconds = time.perf_counter() - started
    return result


def built_time() -> str:
    """When a graph is built, ISO 8601 UTC: now, or ``SOURCE_DATE_EPOCH`` (reproducible builds) when set."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch:
        return datetime.now(timezone.utc).isoformat(timespec="seconds")
    try:
        moment = datetime.fromtimestamp(int(epoch), timezone.utc)
    except (ValueError, OverflowError, OSError):
        raise ArgumentError(f"SOURCE_DATE_EPOCH is {epoch!r}, not a number of seconds since 1970",
                            hint="unset it, or set it to e.g. $(git log -1 --format=%ct)") from None
    return moment.isoformat(timespec="seconds")


def _inputs(inputs: Inputs) -> list[str | os.PathLike[str]]:
    """``inputs`` as a list of paths: one str or Path is one input, never iterated."""
    if isinstance(inputs, (str, os.PathLike)):
        return [inputs]
    if isinstance(inputs, (bytes, Mapping)) or not isinstance(inputs, Iterable):
        raise ArgumentError(f"inputs must be a path (str or pathlib.Path) or a list of paths, not "
                            f"{type(inputs).__name__}", hint="kgraph.build_texts builds from texts in memory")
    given = list(inputs)
    for number, item in enumerate(given):
        if not isinstance(item, (str, os.PathLike)):
            raise ArgumentError(f"inputs[{number}] is a {type(item).__name__}, not a path (str or pathlib.Path)",
                                hint="kgraph.build_texts builds from texts and records in memory")
    return given


def _check_options(*, name: str, recogniser: Recogniser, window: str, evidence: int, keep: GraphFilter,
                   text_field: str, aliases: Corrections | None, period: str | None) -> None:
    """Every option of a build checked before anything is read or loaded."""
    for option, value, kind in (("name", name, str), ("text_field", text_field, str),
                                ("recogniser", recogniser, Recogniser), ("keep", keep, GraphFilter)):
        if not isinstance(value, kind) or value == "":
            what = "a non-empty str" if kind is str else f"a kgraph.{kind.__name__}"
            raise ArgumentError(f"{option} must be {what}, not {value!r}")
    if aliases is not None and not isinstance(aliases, Corrections):
        raise ArgumentError(f"aliases must be None or loaded corrections (kgraph.resolve.corrections.load), "
                            f"not {type(aliases).__name__}")
    if not isinstance(window, str):
        raise ArgumentError(f"window must be one of {', '.join(comention.WINDOWS)}, not {window!r}")
    check_choices(window, comention.WINDOWS, what="window")
    if not isinstance(evidence, int) or isinstance(evidence, bool) or evidence < 0:
        raise ArgumentError(f"evidence must be a whole number of at least 0, not {evidence!r}")
    if period is not None:
        if not isinstance(period, str):
            raise ArgumentError(f"period must be None or one of {', '.join(periods.PERIODS)}, not {period!r}")
        check_choices(period, periods.PERIODS, what="period")


def _no_articles_hint(report: BuildReport) -> str:
    """A text passed where a path belongs is the commonest way to read nothing from Python."""
    if any(" " in problem.where and problem.what == "no such file or folder" for problem in report.problems):
        return "to build from texts in memory, use kgraph.build_texts([...])"
    return ""


def _spill(extractions: Iterable[Extraction], extracted: Spill[Extraction], observed: Spill[Observed], *,
           observe: Observer, repeat: RepeatedNames, store: ExtractionCache | None,
           gather: Callable[[Observed], None]) -> None:
    """Each article's sentences after the repeated-names pass (``repeat``), and what resolution observes of them,
    to the spill files as they come, the observations given to ``gather`` too. With a store, both come from it
    where what it holds still stands, looked up for ``_LOOKUPS_AT_ONCE`` articles at a time."""
    if store is None:
        for extraction in extractions:
            extraction = repeat(extraction)
            extracted.append(extraction)
            seen = observe(extraction)
            observed.append(seen)
            gather(seen)
        return
    given = iter(extractions)
    while chunk := list(itertools.islice(given, _LOOKUPS_AT_ONCE)):
        keys = [repeat.key(extraction) for extraction in chunk]
        article_keys = [observe.article_key(key, extraction) for key, extraction in zip(keys, chunk)]
        stored = store.sentences([*keys, *article_keys])
        for extraction, key, article_key in zip(chunk, keys, article_keys):
            extraction, reading = repeat.found(extraction, key, stored.get(key))
            extracted.append(extraction)
            seen = observe.article(extraction, article_key, stored.get(article_key), reading)
            observed.append(seen)
            gather(seen)


def _same(row: Links) -> Links:
    """Entity keys spill as they are: tuples of strings."""
    return row


def _recogniser(options: Recogniser, pipelines: Pipelines) -> Callable[[Iterable[Article]], Iterator[Extraction]]:
    """Articles -> Extractions: spaCy here, or on the Dask cluster (whose workers load the model by name).

    The pipelines are loaded (and the fork server started) only once an article arrives.
    """
    def recognised(articles: Iterable[Article]) -> Iterator[Extraction]:
        given = iter(articles)
        first = next(given, None)
        if first is None:
            return
        given = itertools.chain([first], given)
        if options.dask is None:
            yield from recognise.recognise(given, nlp=pipelines.nlp, jobs=options.jobs, parser=pipelines.parser)
        else:
            from ..recognise import cluster  # the Dask client and asyncio: only for a build that asks for them

            yield from cluster.recognise(given, address=options.dask, model=options.model, jobs=options.jobs,
                                         relations=pipelines.relations)
    return recognised


def _problems(report: BuildReport) -> str:
    return "".join(f"\n  {problem}" for problem in report.problems)
