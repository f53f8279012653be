"""Atomic file writes: a crash never leaves a half-written output file, nor half of a set of them.

``atomic_write`` writes one file beside its target and renames it into place.
Inside ``all_or_none`` the renames wait until every file of the set is
written, and then happen together with SIGINT and SIGTERM held back, so an
interrupted build leaves either the old set of outputs or the new one. The
temporary files carry the writing process's id: one whose process is gone (a
build killed outright) is removed by the next ``all_or_none`` in that folder,
while a build still writing there keeps its own.
"""

from __future__ import annotations

import contextvars
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from .interrupts import held

__all__ = ["atomic_write", "all_or_none"]

# (temporary, target) pairs waiting for the end of the innermost all_or_none; None outside one.
_staged: contextvars.ContextVar[list[tuple[Path, Path]] | None] = contextvars.ContextVar("staged", default=None)
_TEMPORARY = re.compile(r"\..+\.(?P<pid>\d+)\.[^.]+\.tmp")


@contextmanager
def atomic_write(path: str | os.PathLike, mode: str = "w", *, written: Callable[[Path], None] | None = None,
                 **open_args) -> Iterator[IO]:
    """Open a temporary file beside ``path``; rename it over ``path`` only on success.

    ``written`` is called with the temporary file, complete and synced, before
    the rename (which keeps its size and mtime): what it records of the file is
    what lands at ``path``, whoever else writes there at the same moment.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp")
    temporary = Path(name)
    try:
        with os.fdopen(fd, mode, **open_args) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are for sharing
        if written is not None:
            written(temporary)
        staged = _staged.get()
        if staged is None:
            os.replace(temporary, target)
        else:
            staged.append((temporary, target))
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


@contextmanager
def all_or_none(folder: str | os.PathLike) -> Iterator[None]:
    """Every ``atomic_write`` inside lands together at the end, or none does (and its files are removed).

    Temporary files in ``folder`` left by a process that no longer runs are removed first.
    """
    _remove_orphans(Path(folder))
    staged: list[tuple[Path, Path]] = []
    token = _staged.set(staged)
    try:
        yield
        with held():
            for temporary, target in staged:
                os.replace(temporary, target)
            staged.clear()
    finally:
        _staged.reset(token)
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)


def _remove_orphans(folder: Path) -> None:
    try:
        candidates = list(folder.glob(".*.tmp"))
    except OSError:
        return
    for path in candidates:
        match = _TEMPORARY.fullmatch(path.name)
        if match and not _running(int(match["pid"])):
            path.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
