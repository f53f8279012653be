"""What a build shows while it runs, on stderr: articles recognised, then one line per later stage.

Recognition is counted in articles, the unit users think in: against their
total when it is known before reading (texts given in memory), else as a
running count with its rate (files: a text file may hold any number of
articles). Each later stage (resolving, counting, measuring, layout, writing)
gets one line with its time. The command line turns all of it off when stderr
is not a terminal or with --quiet.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TextIO

from tqdm import tqdm

from ..types import Extraction

__all__ = ["track", "Stages"]

# The count stands alone ("recognising articles: 1"), so no noun is ever wrongly plural; the rate is per second.
_COUNTED = "{desc}: {n_fmt} [{elapsed}, {rate_noinv_fmt}]"
_AGAINST_TOTAL = "{desc}: {percentage:3.0f}%|{bar}| {n_fmt}/{total_fmt} [{elapsed}<{remaining}, {rate_noinv_fmt}]"


def track(extractions: Iterable[Extraction], *, total: int | None, enabled: bool) -> Iterator[Extraction]:
    """Pass ``extractions`` through, counting articles (out of ``total`` when it is known)."""
    if not enabled:  # tqdm starts its monitor thread even for a disabled bar
        yield from extractions
        return
    with tqdm(total=total, unit=" articles", desc="recognising articles", file=sys.stderr,
              dynamic_ncols=True, bar_format=_COUNTED if total is None else _AGAINST_TOTAL) as bar:
        for extraction in extractions:
            bar.update(1)
            yield extraction


class Stages:
    """Times the stages of a build and, when enabled, says each one on a line: 'resolving  0.4s'."""

    def __init__(self, *, enabled: bool, stream: TextIO | None = None) -> None:
        self.enabled = enabled
        self._stream = stream

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        """Run the body as the stage ``name``: its name while it runs, then its time on the same line."""
        if not self.enabled:
            yield
            return
        stream = self._stream or sys.stderr
        stream.write(f"{name}\u2026")
        stream.flush()
        started = time.perf_counter()
        yield
        stream.write(f"\r{name:<12}{time.perf_counter() - started:6.1f}s\n")
        stream.flush()
