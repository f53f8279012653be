"""The record of a build's inputs and outputs, so that a rebuild with nothing changed writes nothing.

A build into a folder leaves ``.NAME.kgbuild.json`` beside its files: a digest
(``key``) of everything its files depend on (the documents read, in order,
with the problems met reading them; every setting that changes a file; the
digest of kgraph's own code and of the libraries whose data or writers it
uses; the spaCy pipeline's files; ``SOURCE_DATE_EPOCH``), a digest of each
file written, and the counts the build reported. A rebuild that reads the
same key, and finds every file as the record has it, has nothing to do: its
result would be those files byte for byte. Reading the documents (without
cleaning or splitting them) and hashing them and the files is all it costs.

The documents are hashed as read, before cleaning and splitting: the same
bytes under the same code and settings give the same articles, so this is
stricter than a digest of the articles and a fraction of their cost. The
build hashes the documents again as it reads them, and records its files only
when it read what the check read (a file changed meanwhile: no record).
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..atomic import atomic_write
from ..report import BuildReport, Problem
from ..types import Document

__all__ = ["Manifest", "Documents", "record_path", "document_bytes", "settings_digest", "file_digest", "REPORTED"]

# Written into each record; a record of another version is not read (the build runs).
VERSION = 1
# The BuildReport counts a build fills in while reading and counting, given back by a rebuild that does nothing.
REPORTED = ("articles", "duplicates", "period", "undated", "out_of_range", "first_date", "last_date")
# Libraries whose code writes or measures the files, besides those whose data resolution reads (``code_digest``).
_WRITING_PACKAGES = ("networkx", "numpy", "scipy", "pyvis", "jinja2")


def record_path(out_dir: str | os.PathLike[str], name: str) -> Path:
    """Where the record of the build of ``name`` into ``out_dir`` lives."""
    return Path(out_dir) / f".{name}.kgbuild.json"


class Documents:
    """A digest of the documents of a build, grown as they pass through ``read``."""

    def __init__(self) -> None:
        self._digest = hashlib.blake2b(digest_size=20)

    def read(self, documents: Iterable[Document]) -> Iterator[Document]:
        """``documents``, each added to the digest as it passes."""
        update = self._digest.update
        for document in documents:
            update(f"{len(document.text)}\0".encode())
            update(document_bytes(document))
            yield document

    def digest(self) -> str:
        return self._digest.hexdigest()


def document_bytes(document: Document) -> bytes:
    """Everything of a document that cleaning and splitting read, as bytes to hash: its fields, then its text."""
    info = document.info
    fields = (document.origin, document.multi, document.section, document.wrap,
              None if info is None else (info.id, info.title, info.url, info.date, info.source, info.origin,
                                         info.author))
    return f"{fields!r}\0".encode() + document.text.encode("utf-8", "surrogatepass")


def settings_digest(settings: Mapping[str, Any], *, code: bytes) -> str:
    """A digest of the settings of a build (values whose ``repr`` is stable), kgraph's own code (``code``:
    ``observing.code_digest``), Python's and the writing libraries' versions, and ``SOURCE_DATE_EPOCH``."""
    digest = hashlib.blake2b(code, digest_size=20)
    versions = {name: _version(name) for name in _WRITING_PACKAGES}
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    for key, value in sorted({**settings, "python": sys.version, "libraries": versions, "epoch": epoch}.items()):
        digest.update(f"{key}\0{value!r}\0".encode())
    return digest.hexdigest()


def file_digest(path: str | os.PathLike[str]) -> str | None:
    """A digest of a file's bytes; None when it cannot be read."""
    try:
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, lambda: hashlib.blake2b(digest_size=20)).hexdigest()
    except OSError:
        return None


@dataclass(frozen=True)
class Manifest:
    """One build's record: its ``key``, its files (name -> digest), its report and the caller's note."""

    key: str
    files: dict[str, str]
    listed: list[str]  # the files as ``write`` listed them (``files`` has the index too)
    report: dict[str, Any] = field(default_factory=dict)  # REPORTED fields, ``problems`` and ``warnings``
    note: dict[str, Any] = field(default_factory=dict)  # what the caller asked to keep of the graph

    @classmethod
    def of(cls, key: str, written: Iterable[Path], beside: Iterable[Path], report: BuildReport,
           note: Mapping[str, Any]) -> Manifest | None:
        """The record of a build that just wrote ``written`` (as ``write`` lists them) and ``beside`` (the
        index); None when one of them cannot be read back."""
        written = list(written)
        found = {path.name: file_digest(path) for path in (*written, *beside)}
        digests = {name: digest for name, digest in found.items() if digest is not None}
        if len(digests) < len(found):
            return None
        told = {name: getattr(report, name) for name in REPORTED}
        told["problems"] = [[p.where, p.what] for p in report.problems]
        told["warnings"] = [[p.where, p.what] for p in report.warnings]
        return cls(key=key, files=digests, listed=[path.name for path in written], report=told, note=dict(note))

    @classmethod
    def read(cls, path: Path) -> Manifest | None:
        """The record at ``path``; None when there is none, or it is unreadable or of another version."""
        try:
            found = json.loads(path.read_text(encoding="utf-8"))
            if found.get("version") != VERSION:
                return None
            return cls(key=str(found["key"]), files=dict(found["files"]), listed=list(found["listed"]),
                       report=dict(found["report"]), note=dict(found["note"]))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def write(self, path: Path) -> None:
        with atomic_write(path, "w", encoding="utf-8") as handle:
            json.dump({"version": VERSION, "key": self.key, "files": self.files, "listed": self.listed,
                       "report": self.report, "note": self.note}, handle, ensure_ascii=False, indent=1)
            handle.write("\n")

    def current(self, folder: Path) -> bool:
        """Whether every file of the record is in ``folder`` as it was written."""
        return all(file_digest(folder / name) == digest for name, digest in self.files.items())

    def tell(self, report: BuildReport) -> None:
        """Give ``report`` the counts and problems the recorded build reported."""
        for name in REPORTED:
            if name in self.report:
                setattr(report, name, self.report[name])
        report.problems[:] = [Problem(where, what) for where, what in self.report.get("problems", ())]
        report.warnings[:] = [Problem(where, what) for where, what in self.report.get("warnings", ())]


def _version(package: str) -> str:
    """An installed package's version; '' when it is not installed."""
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return ""
