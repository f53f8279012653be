"""A temporary file of records, written once and read back in order as often as needed.

What a build has to see more than once (every article's sentences, for the
evidence, and what resolution observed of them) waits here instead of in
memory, so a build's memory holds the graph and not the corpus. Records are
stored as plain rows (``kgraph.records``), pickled into one gzip stream at
the fastest level: one compressor for the file, not one per record, whose
set-up would cost more than the compression. The file lives in the system's
temporary folder (``TMPDIR``) and is deleted on close.
"""

from __future__ import annotations

import gzip
import pickle
import tempfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Generic, TypeVar

from ..errors import SpillError

__all__ = ["Spill"]

T = TypeVar("T")
# zlib's fastest level: a third of the size, for a fraction of a percent of a build's time.
_COMPRESSION = 1


class Spill(Generic[T]):
    """``append`` items, then iterate over them in order, any number of times; a context manager."""

    def __init__(self, to_row: Callable[[T], Any], from_row: Callable[[Any], T]):
        self._to_row, self._from_row = to_row, from_row
        with self._failing("make"):
            self._folder = tempfile.TemporaryDirectory(prefix="kgraph-spill-")
        self._path = Path(self._folder.name) / "records"
        with self._failing("make"):
            self._writer = gzip.GzipFile(self._path, "wb", compresslevel=_COMPRESSION)
        self._count = 0

    def __enter__(self) -> Spill[T]:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        try:
            with self._failing("write"):
                self._writer.close()
        finally:
            self._folder.cleanup()

    def append(self, item: T) -> None:
        with self._failing("write"):
            pickle.dump(self._to_row(item), self._writer, protocol=pickle.HIGHEST_PROTOCOL)
        self._count += 1

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[T]:
        """The items appended so far; each iteration reads the file on its own, so passes may overlap."""
        with self._failing("write"):
            self._writer.flush(zlib.Z_SYNC_FLUSH)  # everything so far readable; the stream goes on after it
        return self._items(self._count)

    def _items(self, count: int) -> Iterator[T]:
        with self._failing("read"), gzip.open(self._path, "rb") as reader:
            for _ in range(count):
                yield self._from_row(pickle.load(reader))

    @staticmethod
    @contextmanager
    def _failing(doing: str) -> Iterator[None]:
        """A full disk or a missing folder, said as one error that names the folder and the way out."""
        try:
            yield
        except (OSError, EOFError) as err:
            raise SpillError(
                f"cannot {doing} the build's temporary file in {tempfile.gettempdir()} ({err}); "
                "set TMPDIR to a folder with room (it takes about 3 bytes per word of input)"
            ) from err
