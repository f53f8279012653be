"""Read inputs (files, folders, globs, stdin) into raw Documents.

Files are touched here and in export/ only. Plain text (.txt, .md, anything
named explicitly) may hold many articles; JSON Lines (.jsonl, .ndjson) and CSV
(.csv) hold one article per record, with its metadata; a saved page (.html,
.htm, or any file that starts as an HTML document) is one article, taken out of
the page by trafilatura (kgraph.markup). Markup inside a record's text is turned
into text the same way. Whatever cannot be read (a missing path, an empty or
binary file, a malformed line, a record without text) is reported on
``report`` naming the file and line, and skipped; the rest is read. What is
read but not as it was (stray control bytes, bytes that are not UTF-8) is
warned about on ``report``. docs/input.md describes the formats.
"""

from __future__ import annotations

import codecs
import csv
import glob
import io
import json
import logging
import os
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path, PurePath

from charset_normalizer import from_bytes

from ..report import BuildReport
from ..types import ArticleInfo, Document
from . import clean, markup
from .dates import DATE_FIELDS, iso_date

__all__ = ["read", "records", "paths", "input_size", "stem", "decode", "TEXT_SUFFIXES", "RECORD_SUFFIXES",
           "HTML_SUFFIXES", "STDIN"]

log = logging.getLogger("kgraph")

TEXT_SUFFIXES = (".txt", ".md")
_JSON_LINES_SUFFIXES = (".jsonl", ".ndjson")
RECORD_SUFFIXES = (*_JSON_LINES_SUFFIXES, ".csv")
HTML_SUFFIXES = (".html", ".htm")
STDIN = "-"
_IN_MEMORY = "<texts>"  # where texts and records given in memory come from
# Record fields besides the text and the date, as named in the input.
_FIELDS = ("id", "title", "url", "source", "author")
# Leading bytes of common binary formats, so they are named instead of mis-decoded.
_MAGIC = {b"\x89PNG": "PNG image", b"\x1f\x8b": "gzip archive", b"PK\x03\x04": "zip archive",
          b"%PDF": "PDF document", b"\xff\xd8\xff": "JPEG image", b"GIF8": "GIF image"}
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_WESTERN = "cp1252"
# Control bytes that no text holds (all of C0 but tab, line and page breaks, and escape; and DEL).
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
# A text file may hold stray control bytes (a NUL from a bad copy); where more than this share of its
# bytes (in its first MiB) are control bytes, it is binary. Text has next to none; binaries, far more.
_CONTROL_SHARE = 0.05
_CONTROL_SAMPLE = 1 << 20
# A UTF-8 file may hold a few bytes that are not (a cp1252 quote pasted in): at most this many,
# or one in ten of its well-formed non-ASCII characters.
_STRAY_BYTES = 16
# A page holds an article when a line of its main text has this many words and is no boilerplate.
_PROSE_WORDS = 4
# Offsets named in a warning, at most.
_OFFSETS_SHOWN = 10

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
        elif suffix in HTML_SUFFIXES or markup.is_page(text):
            document = _page(text, where=where, report=report)
            if document:
                yield document
        else:
            yield Document(text=text, origin=where)


def records(items: Iterable[str | Mapping[str, object]], *, report: BuildReport,
            text_field: str = "text") -> Iterator[Document]:
    """A Document per item given in memory: a string is one article's text, a dict one record.

    Records are read as JSON Lines records are (``text_field`` holds the text; ``id``,
    ``title``, ``url``, ``source``, ``author`` and a date are kept); the n-th item's origin is
    ``<texts>:n``, its id ``texts-n`` unless the record gives one.
    """
    for number, item in enumerate(items, start=1):
        record = {text_field: item} if isinstance(item, str) else item
        document = _record(record, where=_IN_MEMORY, number=number, text_field=text_field, report=report)
        if document:
            yield document


def decode(data: bytes, *, where: str, report: BuildReport) -> str | None:
    """The text of a file's bytes: a BOM decides, else UTF-16 by its zero bytes, UTF-8, then detection.

    A few stray control bytes (a NUL) are dropped, and a few bytes that break
    otherwise good UTF-8 are read as cp1252; each is warned about once, naming the file.
    """
    if not data.strip(b" \t\r\n\x00"):
        report.skip(where, "file is empty")
        return None
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None) or _bomless_utf16(data)
    if encoding is None:
        kind = next((name for magic, name in _MAGIC.items() if data.startswith(magic)), None)
        data = data if kind else _without_stray_controls(data, where=where, report=report)
        if kind or data is None:
            report.skip(where, f"binary file ({kind or 'control bytes throughout'}), not text")
            return None
        encoding = "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        text = _mostly_utf8(data, where=where, report=report) if encoding == "utf-8" else None
    if text is not None:
        if not text.strip(" \t\r\n\ufeff"):
            bom = any(data.startswith(bom) for bom, _ in _BOMS)
            report.skip(where, "file holds nothing but a byte-order mark" if bom else "file is empty")
            return None
        return text
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


def _without_stray_controls(data: bytes, *, where: str, report: BuildReport) -> bytes | None:
    """``data`` without its stray control bytes (warned about), or None when there are too many for text.

    No control byte is part of a UTF-8 or single-byte encoded character, so they can go before decoding.
    """
    sample = data[:_CONTROL_SAMPLE]
    if not _CONTROL_BYTES.search(data):
        return data
    if len(_CONTROL_BYTES.findall(sample)) > _CONTROL_SHARE * len(sample):
        return None
    offsets = [match.start() for match in _CONTROL_BYTES.finditer(data)]
    report.warn(where, f"{len(offsets)} control byte(s) dropped ({_names(data[i] for i in offsets[:_OFFSETS_SHOWN])} "
                       f"at byte {_offsets(offsets)})")
    return _CONTROL_BYTES.sub(b"", data)


def _mostly_utf8(data: bytes, *, where: str, report: BuildReport) -> str | None:
    """UTF-8 but for a few bytes: the text with those bytes read as cp1252 (warned about), else None."""
    text = data.decode("utf-8", errors="surrogateescape")  # a bad byte b becomes the lone surrogate U+DC00+b
    bad = [i for i, c in enumerate(text) if "\udc80" <= c <= "\udcff"]
    good = sum(1 for c in text if "\x80" <= c < "\udc80" or c > "\udcff")
    if not good or len(bad) > max(_STRAY_BYTES, good // 10):
        return None
    offsets = [len(text[:i].encode("utf-8", errors="surrogateescape")) for i in bad]
    report.warn(where, f"not UTF-8 at byte {_offsets(offsets)}; read as UTF-8, those bytes as cp1252")
    return "".join(_cp1252(c) if "\udc80" <= c <= "\udcff" else c for c in text)


def _cp1252(surrogate: str) -> str:
    """The cp1252 character of an undecodable byte (as surrogateescape keeps it), else U+FFFD."""
    return bytes([ord(surrogate) - 0xDC00]).decode(_WESTERN, errors="replace")


def _offsets(offsets: list[int]) -> str:
    shown = ", ".join(map(str, offsets[:_OFFSETS_SHOWN]))
    return shown + (f" and {len(offsets) - _OFFSETS_SHOWN} more" if len(offsets) > _OFFSETS_SHOWN else "")


def _names(control_bytes: Iterable[int]) -> str:
    return ", ".join(dict.fromkeys("NUL" if b == 0 else f"0x{b:02X}" for b in control_bytes))


def paths(inputs: Iterable[str | os.PathLike], *, report: BuildReport | None = None) -> Iterator[str]:
    """The files ``inputs`` name, in the order they are read, and ``STDIN`` for '-'.

    Folders give their article files (TEXT_SUFFIXES, RECORD_SUFFIXES, HTML_SUFFIXES) at any
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
                           if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES + RECORD_SUFFIXES + HTML_SUFFIXES)
            if not found:
                skip(name, "folder holds no readable article files")
            yield from found
        elif os.path.exists(name):
            yield name
        elif glob.has_magic(name):
            matches = _glob(name)
            if not matches:
                skip(name, "pattern matches no file")
            yield from paths(matches, report=report)
        else:
            skip(name, "no such file or folder")


def _glob(pattern: str) -> list[str]:
    """What ``pattern`` matches, sorted, where ``**`` is any depth of folders (as glob's recursive mode).

    Unlike glob, the walk for ``**`` enters each real folder once: symbolic
    links up the tree would otherwise make it walk paths without end.
    """
    parts = Path(pattern).parts
    if "**" not in parts:
        return sorted(glob.glob(pattern))
    at = parts.index("**")
    head = os.path.join(*parts[:at]) if at else os.curdir
    tail = os.path.join(*parts[at + 1:]) if at + 1 < len(parts) else ""
    seen: set[str] = set()
    found: set[str] = set()
    for base in glob.glob(head) if glob.has_magic(head) else [head]:
        for folder in _folders_once(base, seen):
            found.update(_glob(os.path.join(folder, tail)) if tail else [folder])
    if at == 0 and not pattern.startswith(os.curdir):  # "**/*.txt" names "a.txt", not "./a.txt"
        found = {os.path.relpath(path) for path in found}
    return sorted(found)


def _folders_once(base: str, seen: set[str]) -> Iterator[str]:
    """``base`` and the folders below it, following links but entering each real folder once; hidden ones left out."""
    for folder, subfolders, _ in os.walk(base, followlinks=True):
        real = os.path.realpath(folder)
        if real in seen:
            subfolders.clear()
            continue
        seen.add(real)
        subfolders[:] = sorted(s for s in subfolders if not s.startswith("."))
        yield folder


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
        except RecursionError:
            report.skip(f"{where}:{number}", "JSON nested too deeply")
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


def _record(record: Mapping[str, object], *, where: str, number: int, text_field: str,
            report: BuildReport) -> Document | None:
    """One record as a single-article Document; its id is the given one, else file stem plus line.

    Markup in the text (a scraper's "<p>...</p>") becomes text with its paragraphs kept.
    """
    record = {str(key).strip().lower(): value for key, value in record.items() if key is not None}
    text = record.get(text_field.lower())
    origin = f"{where}:{number}"
    if isinstance(text, str) and markup.has_markup(text):
        text = markup.fragment_text(text)
    if not isinstance(text, str) or not text.strip():
        present = ", ".join(record) or "none"
        report.skip(origin, f"record has no {text_field!r} text (its fields: {present}; "
                            "name the text's field with --text-field, or text_field= in Python)")
        return None
    fields = {name: _plain(record.get(name)) for name in _FIELDS}
    fields["id"] = fields["id"] or f"{stem(where)}-{number}"
    return Document(text=text, origin=origin, multi=False,
                    info=ArticleInfo(**fields, date=_record_date(record, origin=origin), origin=origin))


def _page(page: str, *, where: str, report: BuildReport) -> Document | None:
    """A saved page as a single-article Document: its main text and metadata (kgraph.markup.page)."""
    found = markup.page(page)
    # Of a page without an article (a gallery, an index) the extractor keeps what text there is: its menus.
    if not any(len(line.split()) >= _PROSE_WORDS and not clean.is_boilerplate(line) for line in found.text.split("\n")):
        report.skip(where, "HTML page holds no article text")
        return None
    info = ArticleInfo(id=stem(where), title=found.title, url=found.url, date=iso_date(found.date),
                       source=found.site, author=found.author, origin=where)
    return Document(text=found.text, origin=where, info=info, multi=False)


def _record_date(record: Mapping, *, origin: str) -> str:
    """The ISO date of the first date field given (DATE_FIELDS); '' with a warning when it is no date."""
    given = next((record[name] for name in DATE_FIELDS if record.get(name) not in (None, "")), None)
    if given is None:
        return ""
    found = iso_date(given)
    if not found:
        log.warning("%s: date %r is not a date kgraph can read; left out", origin, given)
    return found


def _plain(value: object) -> str:
    """A metadata field as one line of text: markup and character references decoded."""
    text = str(value or "")
    if markup.has_markup(text):
        text = markup.fragment_text(text)
    return " ".join(markup.unescape(text).split())
