"""Recognition on a Dask cluster: Articles in, Extractions out, in input order.

The client reads and splits the input and ships article texts to the workers,
a partition of articles per task, so workers need kgraph and the spaCy pipeline
installed but no access to the input files. Each worker process loads the
pipeline once and sends back compact Extractions, never Docs; resolution,
co-mentions and the graph then run on the client exactly as in a local build.

Dask is an optional extra (``pip install "kgraph[dask]"``), imported only here.
"""

from __future__ import annotations

import asyncio
import functools
import itertools
import threading
from concurrent.futures import ThreadPoolExecutor
from collections.abc import Iterable, Iterator
from concurrent.futures import CancelledError

from ..errors import ClusterError
from ..types import Article, Extraction
from .here import BATCH_SIZE, recognise_here
from .model import load_model, load_parser
from .workers import PARTITION_CHARS, default_jobs, partitions

__all__ = ["recognise", "local_cluster_options", "LOCAL", "RETRIES", "CONNECT_SECONDS"]

# The address that starts a LocalCluster on this machine instead of joining one.
LOCAL = "local"
# Runs of a task that raised; the tasks of a worker that died are rescheduled
# by the scheduler anyway (up to ``distributed.scheduler.allowed-failures``).
RETRIES = 2
# Seconds for a scheduler to accept a connection and answer: a wrong address (no
# scheduler, another server on the port) fails in this time instead of minutes.
CONNECT_SECONDS = 10.0
# Tasks in flight per worker thread: one running, one queued, so no worker
# waits for the client, and neither client nor scheduler holds the whole corpus.
_IN_FLIGHT_PER_THREAD = 2


def recognise(
    articles: Iterable[Article], *, address: str, model: str | None = None, jobs: int | None = None,
    relations: bool = False,
) -> Iterator[Extraction]:
    """Recognise ``articles`` on the Dask cluster at ``address``; one Extraction per article, in order.

    ``address`` is a scheduler (``tcp://host:8786``) or ``"local"`` for a
    LocalCluster of ``jobs`` single-threaded worker processes (default: one per
    core) on the loopback interface. Workers load ``model`` by name (and its
    parser, with ``relations``).
    """
    distributed = _import_distributed()
    from dask import config

    # Same partitions as the local worker processes; Dask's own config tunes them.
    runs = partitions(articles, config.get("kgraph.partition-chars", PARTITION_CHARS))
    first = next(runs, None)
    if first is None:  # nothing to recognise (all cached, or no article): no cluster to start
        return
    with _connect(distributed, address, jobs) as client:
        yield from _gather_in_order(client, distributed, itertools.chain([first], runs), model, relations)


def _import_distributed():
    try:
        import distributed
    except ImportError as err:
        raise ClusterError(f'building on a Dask cluster needs the dask extra: pip install "kgraph[dask]" ({err})') from err
    return distributed


def _connect(distributed, address: str, jobs: int | None):
    # set_as_default=False: a build must not become the caller's default Dask scheduler.
    try:
        if address == LOCAL:
            # A Client that starts its LocalCluster also shuts it down when closed.
            return distributed.Client(**local_cluster_options(jobs), set_as_default=False)
        # Asked first, without a Client: a Client that fails to connect hangs a minute more as it is collected.
        _check_scheduler(distributed, address)
        return distributed.Client(address, set_as_default=False, timeout=CONNECT_SECONDS)
    except (OSError, ValueError, TypeError) as err:  # TimeoutError is an OSError; TLS not set up is a TypeError
        what = "start a local Dask cluster" if address == LOCAL else f"reach the Dask scheduler at {address!r}"
        raise ClusterError(f"cannot {what}: {err}") from err


def _check_scheduler(distributed, address: str) -> None:
    """Return once a Dask scheduler at ``address`` says who it is; raise within CONNECT_SECONDS otherwise
    (or Dask's own connect timeout, when shorter)."""

    from dask.config import get
    from dask.utils import parse_timedelta

    seconds = min(CONNECT_SECONDS, parse_timedelta(get("distributed.comm.timeouts.connect")))

    async def identity():
        arguments = distributed.Security().get_connection_args("client")  # TLS settings from Dask's config
        comm = await asyncio.wait_for(distributed.comm.connect(address, timeout=seconds, **arguments), seconds)
        try:
            await asyncio.wait_for(comm.write({"op": "identity"}), seconds)
            return await asyncio.wait_for(comm.read(), seconds)
        finally:
            comm.abort()

    try:
        with ThreadPoolExecutor(1) as thread:  # its own event loop, even when the caller runs one (a notebook)
            answer = thread.submit(asyncio.run, identity()).result()
    except TimeoutError as err:
        raise TimeoutError(f"no answer within {seconds:g} s (is a Dask scheduler listening there?)") from err
    except TypeError as err:
        if address.startswith("tls://"):
            raise ValueError("tls:// needs Dask's TLS settings (distributed.comm.tls: ca-file, "
                             "client.cert, client.key)") from err
        raise
    if not isinstance(answer, dict) or answer.get("type") != "Scheduler":
        raise ValueError("the server there is not a Dask scheduler")


def local_cluster_options(jobs: int | None = None) -> dict:
    """The LocalCluster ``"local"`` starts: ``jobs`` single-threaded worker processes on loopback.

    Processes, not threads, because spaCy holds the GIL; no dashboard, so no
    port beyond the scheduler's and the workers' is opened.
    """
    return {"n_workers": jobs or default_jobs(), "threads_per_worker": 1, "processes": True,
            "host": "127.0.0.1", "dashboard_address": None}


def _gather_in_order(client, distributed, partitions: Iterator[list[Article]], model: str | None,
                     relations: bool) -> Iterator[Extraction]:
    """Keep a bounded window of tasks in flight; yield results in input order as they complete."""
    numbered = enumerate(partitions)
    position: dict[str, int] = {}
    done: dict[int, list[Extraction]] = {}
    running = distributed.as_completed(loop=client.loop)

    def refill() -> None:
        # Asked again at every completion, so workers that join mid-build get work too.
        threads = max(sum(client.nthreads().values()), 1)
        for number, partition in itertools.islice(numbered, max(_IN_FLIGHT_PER_THREAD * threads - running.count(), 0)):
            future = client.submit(_recognise_partition, partition, model, relations, retries=RETRIES, pure=False)
            position[future.key] = number
            running.add(future)

    refill()
    following = 0
    for future in running:
        try:
            done[position.pop(future.key)] = future.result()
        except (distributed.KilledWorker, CancelledError, OSError) as err:
            raise ClusterError(f"the Dask cluster could not finish the build: {err}") from err
        refill()
        while following in done:
            yield from done.pop(following)
            following += 1


_loading = threading.Lock()


@functools.cache
def _pipelines(model: str | None, relations: bool) -> tuple:
    """The worker process's pipeline (and parser), loaded by its first task and kept for the rest."""
    return load_model(model), load_parser(model) if relations else None


def _recognise_partition(articles: list[Article], model: str | None, relations: bool) -> list[Extraction]:
    with _loading:  # a worker with several threads still loads the pipeline once
        nlp, parser = _pipelines(model, relations)
    return list(recognise_here(articles, nlp, batch_size=BATCH_SIZE, parser=parser))
