"""Read inputs (files, folders, globs, stdin) into raw Documents.

Files and the network are touched here and in export/ only. A file that cannot
be read is reported and skipped; the build goes on with the rest.
"""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from charset_normalizer import from_bytes

from .report import BuildReport
from .types import Document

__all__ = ["read", "TEXT_SUFFIXES"]

TEXT_SUFFIXES = (".txt", ".md")
STDIN = "-"


def read(inputs: Iterable[str | os.PathLike], *, report: BuildReport) -> Iterator[Document]:
    """Yield one Document per readable input file; problems go to ``report``."""
    for path in _expand(inputs, report=report):
        if path == STDIN:
            yield Document(text=sys.stdin.read(), origin="<stdin>")
            continue
        try:
            data = Path(path).read_bytes()
        except OSError as err:
            report.skip(str(path), f"cannot read: {err.strerror or err}")
            continue
        text = _decode(data, where=str(path), report=report)
        if text is not None:
            yield Document(text=text, origin=str(path))


def _expand(inputs: Iterable[str | os.PathLike], *, report: BuildReport) -> Iterator[str]:
    for raw in inputs:
        name = os.fspath(raw)
        if name == STDIN:
            yield STDIN
        elif os.path.isdir(name):
            found = sorted(
                str(p) for p in Path(name).rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES
            )
            if not found:
                report.skip(name, "folder holds no readable article files")
            yield from found
        elif os.path.exists(name):
            yield name
        elif glob.has_magic(name):
            matches = sorted(glob.glob(name, recursive=True))
            if not matches:
                report.skip(name, "pattern matches no file")
            yield from _expand(matches, report=report)
        else:
            report.skip(name, "no such file or folder")


def _decode(data: bytes, *, where: str, report: BuildReport) -> str | None:
    if not data.strip():
        report.skip(where, "file is empty")
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        report.skip(where, "binary or undecodable file (no text encoding fits)")
        return None
    return str(best)
