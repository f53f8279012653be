"""Recognition over several processes: partitions of articles, in order, to a pool of workers.

With ``jobs`` > 1 the articles are recognised a partition at a time by this
process and worker processes that each hold the pipeline and send back
Extractions; with one job, everything runs here (``kgraph.recognise.here``).
"""

from __future__ import annotations

import itertools
import multiprocessing
import multiprocessing.forkserver
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from threadpoolctl import threadpool_limits

from .. import heap
from ..interrupts import held
from ..errors import RecogniseError
from ..types import Article, Extraction
from .here import BATCH_SIZE, recognise_here

__all__ = ["recognise", "partitions", "default_jobs", "may_use_workers", "start_fork_server", "PARTITION_CHARS"]

# Characters of article text per worker task: about 5,000 words, half a second
# of spaCy, so the cost of shipping a task is noise and the last task of a
# build leaves the other workers idle only briefly.
PARTITION_CHARS = 30_000
# Input of fewer partitions than this is recognised here, without starting a process.
_MIN_PARTITIONS = 2
# Tasks in flight per worker (one running, one waiting), so no worker waits
# for this process; partitions beyond that this process recognises itself.
_QUEUED_PER_WORKER = 2


def default_jobs() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def recognise(
    articles: Iterable[Article], nlp, *, jobs: int = 1, batch_size: int = BATCH_SIZE, parser=None
) -> Iterator[Extraction]:
    """One Extraction per article, in input order, streaming.

    ``jobs`` > 1 spreads partitions of articles over this process and
    ``jobs - 1`` workers, each with its own copy of ``nlp`` and one numeric thread.
    """
    if jobs <= 1:
        yield from recognise_here(articles, nlp, batch_size=batch_size, parser=parser)
    else:
        yield from _recognise_in_workers(articles, nlp, jobs=jobs, batch_size=batch_size, parser=parser)


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


def _recognise_in_workers(articles: Iterable[Article], nlp, *, jobs: int, batch_size: int,
                          parser) -> Iterator[Extraction]:
    """This process and ``jobs - 1`` workers take partitions in turn; results come back in order.

    This process already holds the pipeline, so it starts at once, while each
    worker first imports spaCy and unpickles ``nlp`` (about a second).
    """
    runs = partitions(articles, PARTITION_CHARS)
    first = list(itertools.islice(runs, _MIN_PARTITIONS))
    if len(first) < _MIN_PARTITIONS:  # too little text to be worth starting processes
        yield from recognise_here(itertools.chain.from_iterable(first), nlp, batch_size=batch_size, parser=parser)
        return
    workers = jobs - 1
    start_fork_server()  # if the build has not yet: the same preloaded fork server, whoever starts it
    pool = ProcessPoolExecutor(workers, mp_context=_context(), initializer=_start_worker,
                               initargs=(nlp, batch_size, parser))
    results: deque[Future | list[Extraction]] = deque()  # one per partition, in input order
    try:
        with threadpool_limits(1):
            for partition in itertools.chain(first, runs):
                if sum(not r.done() for r in results if isinstance(r, Future)) < workers * _QUEUED_PER_WORKER:
                    # A submit may start a worker: cut off halfway, it would die with a traceback.
                    with held():
                        results.append(pool.submit(_recognise_partition, partition))
                else:
                    results.append(list(recognise_here(partition, nlp, batch_size=batch_size, parser=parser)))
                while results and _ready(results[0]):
                    yield from _value(results.popleft())
            while results:
                yield from _value(results.popleft())
    except BaseException as err:
        _end(pool)
        if isinstance(err, BrokenProcessPool):
            raise RecogniseError(f"a recognition worker process died: {err}") from err
        raise
    else:
        pool.shutdown()


def _end(pool: ProcessPoolExecutor) -> None:
    """End the workers of an interrupted (Ctrl-C, SIGTERM), failed or abandoned build now, without waiting
    for their tasks: a worker left behind would keep the fork server and resource tracker alive after
    this process is gone."""
    processes = list((getattr(pool, "_processes", None) or {}).values())  # CPython's record of its workers
    manager = getattr(pool, "_executor_manager_thread", None)  # shutdown() forgets it
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    for process in processes:
        process.join()
    if manager is not None:
        # Before 3.12, the exit hook of concurrent.futures wakes this thread without its lock: if the thread
        # is still closing its pipe then, the exit prints an OSError traceback (EBADF). Once it has ended, the
        # hook finds the pipe closed and does nothing. It ends soon after its workers; the bound is a guard.
        manager.join(timeout=10)


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


_worker: tuple = ()  # (nlp, batch_size, parser) of this worker process


def _start_worker(nlp, batch_size: int, parser) -> None:
    # Each worker has a core to itself: numeric libraries that start a thread
    # per core would only fight the other workers for them.
    threadpool_limits(1)
    heap.settle()  # the pipeline just unpickled lives as long as the worker
    global _worker
    _worker = (nlp, batch_size, parser)


def _recognise_partition(articles: list[Article]) -> list[Extraction]:
    nlp, batch_size, parser = _worker
    return list(recognise_here(articles, nlp, batch_size=batch_size, parser=parser))


