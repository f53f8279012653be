"""SIGTERM during a multi-process build: handled like Ctrl-C, in a real process with real workers."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid

import pytest

from tests.conftest import ROOT, SEEDS


def marked(marker: str) -> list[int]:
    """The live processes whose environment carries ``marker``: the build and everything it started."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/environ", "rb") as environ, open(f"/proc/{entry}/stat", "rb") as stat:
                    if marker.encode() in environ.read() and stat.read().rsplit(b")", 1)[-1].split()[0] != b"Z":
                        found.append(int(entry))
            except OSError:
                continue
    return found


def _command(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
            return cmdline.read().replace(b"\0", b" ").decode()[:80]
    except OSError:
        return str(pid)


def wait_for(condition, seconds: float):
    deadline = time.monotonic() + seconds
    while not (result := condition()) and time.monotonic() < deadline:
        time.sleep(0.2)
    return result


# When the signal comes (processes running that the build started, besides itself; seconds after):
# while the fork server starts (before any worker, before the pipeline is loaded), while the worker starts
# (it unpickles the pipeline), and once the worker has loaded its pipeline and works.
MOMENTS = {"fork server starting": (1, 0), "worker starting": (3, 0), "worker working": (3, 3)}


@pytest.mark.parametrize("moment", MOMENTS)
def test_sigterm_ends_every_worker_and_removes_the_temporary_files(tmp_path, moment):
    children, settle = MOMENTS[moment]
    seed = next(SEEDS.glob("*.txt")).read_text(encoding="utf-8")
    # Distinct copies (every sentence changed), enough text for worker processes to start and to keep them
    # working past the signal (paragraphs seen before skip spaCy, so copies are cheap).
    copies = (seed.replace(". ", f". In copy {n}, ") for n in range(40))
    (tmp_path / "in.txt").write_text("\n\n".join(copies), encoding="utf-8")
    spill = tmp_path / "tmp"
    spill.mkdir()
    marker = f"KGRAPH_TEST_{uuid.uuid4().hex}"
    log = tmp_path / "stderr.txt"
    with open(log, "w", encoding="utf-8") as stderr:  # a file, not a pipe: a process left behind cannot hold it
        build = subprocess.Popen(
            [sys.executable, "-m", "kgraph", "build", str(tmp_path / "in.txt"), "--out", str(tmp_path / "out"),
             "--jobs", "2", "--no-cache", "--quiet"], cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=stderr,
            env={**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(spill), marker: "1"})
    try:
        # The build, then its fork server, the resource tracker and a worker (which starts once spill files exist).
        started = wait_for(lambda: len(marked(marker)) > children and (children < 3 or any(spill.iterdir())), 120)
        assert started, f"not {children} processes started"
        time.sleep(settle)
        build.send_signal(signal.SIGTERM)
        build.wait(timeout=60)
    finally:
        build.kill()
    err = log.read_text(encoding="utf-8")
    assert build.returncode != 0 and "Traceback" not in err, err
    assert wait_for(lambda: not marked(marker), 10), [_command(pid) for pid in marked(marker)]
    assert list(spill.iterdir()) == []
    assert not (tmp_path / "out" / "in.graphml").exists()
