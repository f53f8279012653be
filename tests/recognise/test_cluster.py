"""Recognition on a real Dask LocalCluster: worker processes over loopback, the real pipeline."""

from __future__ import annotations

import os
import signal
import sys

import dask
import distributed
import pytest

import kgraph
from kgraph import Recogniser
from kgraph.errors import ClusterError
from kgraph.recognise import cluster
from kgraph.types import Article, ArticleInfo
from tests.conftest import SEEDS

# A few thousand characters per task: the seven seed articles make several tasks.
SMALL_PARTITIONS = {"kgraph.partition-chars": 4_000}


def assert_same_graph(graph, expected):
    """Same nodes, edges and every attribute; only the build time may differ."""
    assert dict(graph.nodes(data=True)) == dict(expected.nodes(data=True))
    assert _edges(graph) == _edges(expected)
    assert {k: v for k, v in graph.graph.items() if k != "built"} == {
        k: v for k, v in expected.graph.items() if k != "built"
    }


def _edges(graph) -> dict[frozenset, dict]:
    return {frozenset((a, b)): data for a, b, data in graph.edges(data=True)}


def test_a_local_cluster_builds_the_same_graph_as_one_process(seed_graph, nlp):
    with dask.config.set(SMALL_PARTITIONS):
        graph = kgraph.build([SEEDS], name="seeds", recogniser=Recogniser(nlp=nlp, dask=cluster.LOCAL, jobs=2))
    assert graph.number_of_edges() > 0
    assert_same_graph(graph, seed_graph)


class KillFirstWorker(distributed.WorkerPlugin):
    """SIGKILLs the worker process that starts the first task; the marker file makes it happen once."""

    def __init__(self, marker: str):
        self.marker = marker

    def transition(self, key, start, finish, **kwargs):
        if finish == "executing" and not os.path.exists(self.marker):
            with open(self.marker, "x") as marker:
                marker.write(str(os.getpid()))
            os.kill(os.getpid(), signal.SIGKILL)


def test_a_worker_killed_mid_build_is_replaced_and_the_graph_is_unchanged(seed_graph, nlp, tmp_path):
    marker = tmp_path / "killed"
    with distributed.LocalCluster(**cluster.local_cluster_options(jobs=2)) as local, \
            distributed.Client(local, set_as_default=False) as client:
        client.register_plugin(KillFirstWorker(str(marker)))
        with dask.config.set(SMALL_PARTITIONS):
            graph = kgraph.build([SEEDS], name="seeds", recogniser=Recogniser(nlp=nlp, dask=local.scheduler_address))
        client.wait_for_workers(2, timeout=60)  # the nanny's replacement may still be starting
        pipelines_loaded = client.run(lambda: cluster._pipelines.cache_info())
        workers_alive = set(client.run(os.getpid).values())

    killed = int(marker.read_text())
    assert killed not in workers_alive and len(workers_alive) == 2  # the nanny started a new process
    # Each worker process loaded the spaCy pipeline at most once, and reused it.
    assert all(info.misses <= 1 for info in pipelines_loaded.values())
    assert any(info.hits >= 1 for info in pipelines_loaded.values())
    assert_same_graph(graph, seed_graph)


def test_without_dask_installed_the_error_says_what_to_install(nlp, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed now raises ImportError
    with pytest.raises(ClusterError, match=r'pip install "kgraph\[dask\]"'):
        kgraph.build([SEEDS], recogniser=Recogniser(nlp=nlp, dask=cluster.LOCAL))


def test_nothing_to_recognise_contacts_no_scheduler():
    # Port 9 (discard) has no scheduler: connecting would fail after the timeout.
    assert list(cluster.recognise([], address="tcp://127.0.0.1:9")) == []


def test_an_unreachable_scheduler_is_a_clear_error(nlp):
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        with pytest.raises(ClusterError, match="cannot reach the Dask scheduler at 'tcp://127.0.0.1:9'"):
            kgraph.build([SEEDS], recogniser=Recogniser(nlp=nlp, dask="tcp://127.0.0.1:9"))


def test_a_wrong_scheduler_address_fails_at_once_with_one_clear_error(monkeypatch):
    import http.server
    import threading

    monkeypatch.setattr(cluster, "CONNECT_SECONDS", 1.0)
    server = http.server.HTTPServer(("127.0.0.1", 0), http.server.SimpleHTTPRequestHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        for address, problem in (("tcp://127.0.0.1:notaport", "notaport"), ("tls://127.0.0.1:1", "TLS settings"),
                                 (f"tcp://127.0.0.1:{server.server_address[1]}", "no answer within 1 s")):
            with pytest.raises(ClusterError, match=problem):
                list(cluster.recognise([Article(ArticleInfo(id="a"), "Zelenskyy met Macron.")], address=address))
    finally:
        server.shutdown()
        server.server_close()
