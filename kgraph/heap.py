"""Garbage collection for long builds: what lives through the build is left alone, the young collected less often.

Python's cyclic collector runs after every 700 new objects and, now and then,
scans every object alive. A build keeps what it starts with (the spaCy
pipeline, the libraries: millions of objects) to the end, and makes millions
of small ones that reference counting frees anyway. Measured over a
300,000-word build: 885 collections took 0.22 s, 0.05 s with these settings.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["quiet_collector", "settle"]

# Objects made between two collections of the youngest generation: a few MB of
# cyclic garbage at most before it is collected, against 700 by default.
YOUNG_THRESHOLD = 50_000


def settle() -> None:
    """For a process that does nothing but the build (a recognition worker): from now on, for good."""
    gc.freeze()
    gc.set_threshold(YOUNG_THRESHOLD, *gc.get_threshold()[1:])


@contextmanager
def quiet_collector() -> Iterator[None]:
    """``settle`` until the end of the block, then the collector as it was."""
    thresholds = gc.get_threshold()
    settle()
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()
