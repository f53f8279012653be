"""Read inputs (files, folders, globs, stdin) into raw Documents.

Files are touched here and in export/ only. Plain text (.txt, .md, anything
named explicitly) may hold many articles; JSON Lines (.jsonl, .ndjson) and CSV
(.csv) hold one article per record, with its metadata. Whatever cannot be read
(a missing path, an empty or binary file, a malformed line, a record without
text) is reported on ``report`` naming the file and line, and skipped; the rest
is read. docs/input.md describes the formats.
"""

from __future__ import annotations

import codecs
import csv
import email.utils
import glob
import io
import json
import logging
import os
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from pathlib import Path, PurePath

from charset_normalizer import from_bytes

from ..report import BuildReport
from ..types import ArticleInfo, Document

__all__ = ["read", "paths", "input_size", "stem", "decode", "iso_date", "TEXT_SUFFIXES", "RECORD_SUFFIXES", "STDIN"]

log = logging.getLogger("kgraph")

TEXT_SUFFIXES = (".txt", ".md")
_JSON_LINES_SUFFIXES = (".jsonl", ".ndjson")
RECORD_SUFFIXES = (*_JSON_LINES_SUFFIXES, ".csv")
STDIN = "-"
# Record fields besides the text, as named in the input.
_FIELDS = ("id", "title", "url", "date", "source")
# Leading bytes of common binary formats, so they are named instead of mis-decoded.
_MAGIC = {b"\x89PNG": "PNG image", b"\x1f\x8b": "gzip archive", b"PK\x03\x04": "zip archive",
          b"%PDF": "PDF document", b"\xff\xd8\xff": "JPEG image", b"GIF8": "GIF image"}
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_WESTERN = "cp1252"
# Date formats besides ISO 8601 and RFC 2822; day/month-ambiguous ones ("05/01/2026") are left out.
_DATE_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y", "%Y/%m/%d", "%Y%m%d")

# Articles are longer than csv's default field limit (128 KiB) allows for.
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def read(inputs: Iterable[str | os.PathLike], *, report: BuildReport, text_field: str = "text") -> Iterator[Document]:
    """Yield a Document per text file and per JSON Lines or CSV record; problems go to ``report``.

    ``text_field`` names the field that holds the article text in records.
    """
    for path in paths(inputs, report=report):
        where = "<stdin>" if path == STDIN else path
        try:
            data = sys.stdin.buffer.read() if path == STDIN else Path(path).read_bytes()
        except OSError as err:
            report.skip(where, f"cannot read: {err.strerror or err}")
            continue
        text = decode(data, where=where, report=report)
        if text is None:
            continue
        suffix = Path(path).suffix.lower()
        if suffix in _JSON_LINES_SUFFIXES or (path == STDIN and text.lstrip().startswith("{")):
            yield from _json_lines(text, where=where, text_field=text_field, report=report)
        elif suffix == ".csv":
            yield from _csv_rows(text, where=where, text_field=text_field, report=report)
        else:
            yield Document(text=text, origin=where)


def decode(data: bytes, *, where: str, report: BuildReport) -> str | None:
    """The text of a file's bytes: a BOM decides, else UTF-16 by its zero bytes, UTF-8, then detection."""
    if not data.strip(b" \t\r\n\x00"):
        report.skip(where, "file is empty")
        return None
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None) or _bomless_utf16(data)
    if encoding is None:
        kind = next((name for magic, name in _MAGIC.items() if data.startswith(magic)), None)
        if kind or b"\x00" in data:
            report.skip(where, f"binary file ({kind or 'contains NUL bytes'}), not text")
            return None
        encoding = "utf-8"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        pass
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        report.skip(where, "binary or undecodable file (no text encoding fits)")
        return None
    # Short texts often fit several code pages equally well (cp1250, cp1252, cp1257
    # for "café"); then the Western one, the commonest legacy encoding, is taken.
    tied = {m.encoding for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)}
    encoding = _WESTERN if _WESTERN in tied else best.encoding
    log.info("%s: not UTF-8, read as %s", where, encoding)
    return data.decode(encoding)


def iso_date(value: str) -> str:
    """'2026-01-07T09:30:00Z', 'Wed, 07 Jan 2026 09:30:00 GMT', '7 January 2026' -> '2026-01-07'; else ''."""
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(value, pattern).date().isoformat()
        except ValueError:
            continue
    return ""


def paths(inputs: Iterable[str | os.PathLike], *, report: BuildReport | None = None) -> Iterator[str]:
    """The files ``inputs`` name, in the order they are read, and ``STDIN`` for '-'.

    Folders give their article files (TEXT_SUFFIXES, RECORD_SUFFIXES) at any
    depth, patterns the paths they match; a file named outright is read
    whatever its suffix. What names nothing is reported on ``report``, if given.
    """
    def skip(where: str, what: str) -> None:
        if report is not None:
            report.skip(where, what)

    for raw in inputs:
        name = os.fspath(raw)
        if name == STDIN:
            yield STDIN
        elif os.path.isdir(name):
            found = sorted(str(p) for p in Path(name).rglob("*")
                           if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES + RECORD_SUFFIXES)
            if not found:
                skip(name, "folder holds no readable article files")
            yield from found
        elif os.path.exists(name):
            yield name
        elif glob.has_magic(name):
            matches = sorted(glob.glob(name, recursive=True))
            if not matches:
                skip(name, "pattern matches no file")
            yield from paths(matches, report=report)
        else:
            skip(name, "no such file or folder")


def input_size(files: Iterable[str]) -> int | None:
    """Bytes of ``files`` (as ``paths`` lists them); None when one of them is stdin."""
    size = 0
    for path in files:
        if path == STDIN:
            return None
        try:
            size += os.path.getsize(path)
        except OSError:  # gone or unreadable since it was listed: reading it reports that
            continue
    return size


def stem(origin: str) -> str:
    """The file name of an origin as an id prefix: 'news/Kyiv Post.txt' -> 'Kyiv-Post'."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", PurePath(origin).stem).strip("-.") or "article"


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: Latin-script text has a zero byte in most high (or low) halves."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    if sample[1::2].count(0) > 0.4 * len(sample) // 2 and not sample[0::2].count(0):
        return "utf-16-le"
    if sample[0::2].count(0) > 0.4 * len(sample) // 2 and not sample[1::2].count(0):
        return "utf-16-be"
    return None


def _json_lines(text: str, *, where: str, text_field: str, report: BuildReport) -> Iterator[Document]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            report.skip(f"{where}:{number}", f"malformed JSON ({err.msg} at column {err.colno})")
            continue
        if not isinstance(record, dict):
            report.skip(f"{where}:{number}", f"not a JSON object but {type(record).__name__}")
            continue
        document = _record(record, where=where, number=number, text_field=text_field, report=report)
        if document:
            yield document


def _csv_rows(text: str, *, where: str, text_field: str, report: BuildReport) -> Iterator[Document]:
    rows = csv.DictReader(io.StringIO(text, newline=""))
    if text_field.lower() not in {name.strip().lower() for name in rows.fieldnames or ()}:
        report.skip(where, f"CSV header has no {text_field!r} column (it has: {', '.join(rows.fieldnames or ())})")
        return
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as err:
            report.skip(f"{where}:{rows.line_num}", f"malformed CSV ({err})")
            continue
        document = _record(row, where=where, number=rows.line_num, text_field=text_field, report=report)
        if document:
            yield document


def _record(record: Mapping, *, where: str, number: int, text_field: str, report: BuildReport) -> Document | None:
    """One record as a single-article Document; its id is the given one, else file stem plus line."""
    record = {str(key).strip().lower(): value for key, value in record.items() if key is not None}
    text = record.get(text_field.lower())
    origin = f"{where}:{number}"
    if not isinstance(text, str) or not text.strip():
        report.skip(origin, f"record has no {text_field!r} text")
        return None
    fields = {name: str(record.get(name) or "").strip() for name in _FIELDS}
    given_date = fields["date"]
    fields["date"] = iso_date(given_date) if given_date else ""
    if given_date and not fields["date"]:
        log.warning("%s: date %r is not a date kgraph can read; left out", origin, given_date)
    fields["id"] = fields["id"] or f"{stem(where)}-{number}"
    return Document(text=text, origin=origin, info=ArticleInfo(**fields, origin=origin), multi=False)
