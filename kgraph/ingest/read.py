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
warned about on ``report``. A large plain-text file is never held whole: it
comes in sections (_sections). docs/input.md describes the formats.
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
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from charset_normalizer import from_bytes

from ..report import BuildReport
from ..types import ArticleInfo, Document
from . import clean, markup
from .dates import DATE_FIELDS, iso_date

__all__ = ["read", "records", "paths", "input_size", "stem", "decode", "TEXT_SUFFIXES", "RECORD_SUFFIXES",
           "HTML_SUFFIXES", "STDIN", "CHUNK_BYTES"]

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
# A byte that breaks UTF-8, as surrogateescape keeps it (U+DC80 to U+DCFF), and its cp1252 character.
_ESCAPED = re.compile("[\udc80-\udcff]")
_STRAY = {0xDC00 + byte: bytes([byte]).decode(_WESTERN, errors="replace") for byte in range(0x80, 0x100)}
# A plain-text file larger than this many bytes is read in sections of about this size, so that no
# large file is held whole (docs/input.md); a smaller one is read at once.
CHUNK_BYTES = 2 << 20
# The start of a line that may open a section: a Markdown title or a tag line (_opens_section).
_SECTION_START = re.compile(r"(?m)^[^\S\n]*(?:#|(?i:tags?|topics?|filed under|categories|keywords))")

# Articles are longer than csv's default field limit (128 KiB) allows for.
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def read(inputs: Iterable[str | os.PathLike], *, report: BuildReport, text_field: str = "text",
         chunk: int = CHUNK_BYTES) -> Iterator[Document]:
    """Yield a Document per text file and per JSON Lines or CSV record; problems go to ``report``.

    ``text_field`` names the field that holds the article text in records. A
    plain-text file of more than ``chunk`` bytes comes as Documents of at least
    ``chunk`` characters each but the last (its sections, _sections); split.split_all
    finds the same articles in them as in the whole file.
    """
    for path in paths(inputs, report=report):
        where = "<stdin>" if path == STDIN else path
        sections = _sections(path, where=where, chunk=chunk, report=report) if _streamed(path, chunk=chunk) else None
        if sections is not None:
            yield from sections
            continue
        try:
            data = sys.stdin.buffer.read() if path == STDIN else Path(path).read_bytes()
        except OSError as err:
            report.skip(where, f"cannot read: {err.strerror or err}")
            continue
        text = decode(data, where=where, report=report)
        del data  # not held while the text's articles are found: a large file is as large again in bytes
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
    report.warn(where, _controls_dropped(bytes(data[i] for i in offsets[:_OFFSETS_SHOWN]), offsets, len(offsets)))
    return _CONTROL_BYTES.sub(b"", data)


def _controls_dropped(shown: bytes, offsets: list[int], count: int) -> str:
    return f"{count} control byte(s) dropped ({_names(shown)} at byte {_offsets(offsets, count)})"


def _mostly_utf8(data: bytes, *, where: str, report: BuildReport) -> str | None:
    """UTF-8 but for a few bytes: the text with those bytes read as cp1252 (warned about), else None."""
    text = data.decode("utf-8", errors="surrogateescape")  # a bad byte b becomes the lone surrogate U+DC00+b
    bad = [i for i, c in enumerate(text) if "\udc80" <= c <= "\udcff"]
    good = sum(1 for c in text if "\x80" <= c < "\udc80" or c > "\udcff")
    if not good or len(bad) > max(_STRAY_BYTES, good // 10):
        return None
    offsets = [len(text[:i].encode("utf-8", errors="surrogateescape")) for i in bad]
    report.warn(where, _stray_bytes(offsets, len(offsets)))
    return text.translate(_STRAY)


def _stray_bytes(offsets: list[int], count: int) -> str:
    return f"not UTF-8 at byte {_offsets(offsets, count)}; read as UTF-8, those bytes as cp1252"


def _offsets(offsets: list[int], count: int) -> str:
    """The first offsets of ``count`` as a warning names them."""
    shown = ", ".join(map(str, offsets[:_OFFSETS_SHOWN]))
    return shown + (f" and {count - _OFFSETS_SHOWN} more" if count > _OFFSETS_SHOWN else "")


def _names(control_bytes: Iterable[int]) -> str:
    return ", ".join(dict.fromkeys("NUL" if b == 0 else f"0x{b:02X}" for b in control_bytes))


def _streamed(path: str, *, chunk: int) -> bool:
    """Is ``path`` a plain-text file large enough to be read in sections?"""
    if path == STDIN or Path(path).suffix.lower() in RECORD_SUFFIXES + HTML_SUFFIXES:
        return False
    try:
        return os.path.getsize(path) > chunk
    except OSError:  # reading it says why
        return False


@dataclass
class _Layout:
    """How ``decode`` reads a file, found by reading it once, to read it again in sections."""

    encoding: str
    controls: bool  # stray control bytes are dropped (in a file without a BOM that is not UTF-16)
    problems: list[str] = field(default_factory=list)  # warnings, as ``decode`` gives them
    skip: str = ""  # why the file is skipped after all
    wrap: int = 0  # the column the file is wrapped at (clean.wrap_width)


@dataclass
class _Seen:
    """What one reading of a file's bytes finds, for ``decode``'s rules on the whole file."""

    blank: bool = True  # bytes: nothing but white space and NULs
    text: bool = False  # decoded: something but white space and BOMs
    controls: list[int] = field(default_factory=list)  # offsets of the first control bytes
    control_names: bytes = b""  # and those bytes
    control_count: int = 0
    stray: list[int] = field(default_factory=list)  # offsets of the first bytes that break UTF-8
    stray_count: int = 0
    good: int = 0  # well-formed non-ASCII characters
    decoded: int = 0  # bytes decoded so far (once control bytes are dropped)


def _sections(path: str, *, where: str, chunk: int, report: BuildReport) -> Iterator[Document] | None:
    """A large text file as Documents of its sections (_cut), or None where it is to be read whole.

    The file is read twice: once to find what ``decode`` and clean.paragraphs would
    find in the whole of it (encoding, stray bytes, the column it is wrapped at), then
    to hand it out. A saved page, and a file in an encoding that only detection on
    all its bytes finds, are read whole.
    """
    try:
        layout = _layout(path, chunk=chunk)
    except OSError as err:
        report.skip(where, f"cannot read: {err.strerror or err}")
        return iter(())
    except UnicodeDecodeError:  # not the encoding its BOM or zero bytes say: detection decides
        return None
    if layout is None:
        return None
    for problem in layout.problems:
        report.warn(where, problem)
    if layout.skip:
        report.skip(where, layout.skip)
        return iter(())
    return (Document(text=text, origin=where, section=number, wrap=layout.wrap)
            for number, text in enumerate(_cut(_decoded(path, layout, chunk=chunk), size=chunk)))


def _layout(path: str, *, chunk: int) -> _Layout | None:
    """``decode``'s reading of a large file, found a block at a time; None where it needs the whole file."""
    with open(path, "rb") as file:
        head = file.read(_CONTROL_SAMPLE)
    encoding = next((name for bom, name in _BOMS if head.startswith(bom)), None) or _bomless_utf16(head)
    layout = _Layout(encoding or "utf-8", controls=encoding is None)
    if encoding is None:
        kind = next((name for magic, name in _MAGIC.items() if head.startswith(magic)), None)
        if kind or len(_CONTROL_BYTES.findall(head)) > _CONTROL_SHARE * len(head):
            layout.skip = f"binary file ({kind or 'control bytes throughout'}), not text"
            if head.strip(b" \t\r\n\x00"):
                return layout
            layout.controls = False  # read on only to tell an empty file
    seen = _Seen()
    lengths: Counter[int] = Counter()
    for number, section in enumerate(_cut(_decoded(path, layout, chunk=chunk, seen=seen), size=chunk)):
        if number == 0 and markup.is_page(section):
            return None
        lengths.update(len(line) for line in clean.normalise(section).split("\n") if line)
    if seen.blank:
        return _Layout(layout.encoding, controls=False, skip="file is empty")
    if layout.skip:
        return layout
    if seen.control_count:
        layout.problems.append(_controls_dropped(seen.control_names, seen.controls, seen.control_count))
    if seen.stray_count:
        if not seen.good or seen.stray_count > max(_STRAY_BYTES, seen.good // 10):
            return None
        layout.problems.append(_stray_bytes(seen.stray, seen.stray_count))
    if not seen.text:
        bom = any(head.startswith(bom) for bom, _ in _BOMS)
        layout.skip = "file holds nothing but a byte-order mark" if bom else "file is empty"
    layout.wrap = clean.wrap_width(lengths)
    return layout


def _decoded(path: str, layout: _Layout, *, chunk: int, seen: _Seen | None = None) -> Iterator[str]:
    """The text of a file as ``decode`` gives it, in pieces of about ``chunk`` bytes; what it finds on ``seen``.

    UTF-8 is decoded keeping bytes that break it (surrogateescape) to read them as
    cp1252, as ``_mostly_utf8`` does; other encodings strictly (UnicodeDecodeError).
    """
    utf8 = layout.encoding == "utf-8"
    decoder = codecs.getincrementaldecoder(layout.encoding)(errors="surrogateescape" if utf8 else "strict")
    offset = 0  # of the block in the file
    with open(path, "rb") as file:
        while True:
            block = file.read(chunk)
            if seen is not None:
                seen.blank = seen.blank and not block.strip(b" \t\r\n\x00")
                if layout.controls:
                    _see_controls(block, offset, seen)
            offset += len(block)
            if layout.controls:
                block = _CONTROL_BYTES.sub(b"", block)
            text = decoder.decode(block, final=not block)
            if seen is not None:
                seen.text = seen.text or bool(text.strip(" \t\r\n\ufeff"))
                if utf8:
                    _see_stray(text, seen)
            yield text.translate(_STRAY) if utf8 and _ESCAPED.search(text) else text
            if not block:
                return


def _see_controls(block: bytes, offset: int, seen: _Seen) -> None:
    for match in _CONTROL_BYTES.finditer(block):
        if seen.control_count < _OFFSETS_SHOWN:
            seen.controls.append(offset + match.start())
            seen.control_names += match[0]
        seen.control_count += 1


def _see_stray(text: str, seen: _Seen) -> None:
    """Count the escaped bytes (offsets as ``_mostly_utf8`` gives them) and the good non-ASCII characters."""
    stray = 0
    for match in _ESCAPED.finditer(text):
        if seen.stray_count + stray < _OFFSETS_SHOWN:
            seen.stray.append(seen.decoded + len(text[:match.start()].encode("utf-8", errors="surrogateescape")))
        stray += 1
    seen.stray_count += stray
    seen.good += 0 if text.isascii() else len(text) - len(text.encode("ascii", errors="ignore")) - stray
    seen.decoded += len(text.encode("utf-8", errors="surrogateescape"))


def _cut(pieces: Iterable[str], *, size: int) -> Iterator[str]:
    """The text of ``pieces`` in sections of at least ``size`` characters (but the last), each cut where
    splitting the sections apart finds the same articles as splitting the whole (_opens_section).

    A text with no such place in it comes as one section: held whole, as before.
    """
    text, start = "", size  # start: where to look for the next cut
    for piece in pieces:
        text += piece
        while len(text) > size:
            at, start = _next_cut(text, start)
            if at is None:
                break
            yield text[:at]
            text, start = text[at:], size
    if text:
        yield text


def _next_cut(text: str, start: int) -> tuple[int | None, int]:
    """(The first place from ``start`` where a section can begin, else None; where to look again)."""
    for match in _SECTION_START.finditer(text, start):
        opens = _opens_section(text, match.start())
        if opens is None:  # its lines are not all read yet
            return None, match.start()
        if opens and not _open_template(text[:match.start()]):
            return match.start(), match.start()
    return None, max(start, text.rfind("\n") + 1)


def _opens_section(text: str, at: int) -> bool | None:
    """Does the line at ``at`` begin a new piece of a file, whatever came before it? None: not known yet.

    clean.paragraphs ends a paragraph at a blank line, so the paragraph after one is the
    same in a section as in the whole; split._articles starts a new piece, leaving nothing
    of the one before, at a Markdown title or a tag line (a paragraph of its own: a blank
    line after it). clean.normalise works line by line but for template tags (_open_template).
    """
    if at == 0 or text[text.rfind("\n", 0, at - 1) + 1:at - 1].strip():
        return False
    end = text.find("\n", at)
    if end < 0:
        return None
    line = clean.normalise(text[at:end].removesuffix("\r"))
    if line.startswith("# "):
        return True
    if "\n" in line or not clean.is_tag_line(line):
        return False
    after = text.find("\n", end + 1)
    return None if after < 0 else not text[end + 1:after].strip()


def _open_template(text: str) -> bool:
    """Does ``text`` end inside what may be a template tag ("{{ad ..."), which clean.normalise removes across lines?"""
    text = markup.unescape(text)
    return text.rfind("{") > text.rfind("}")


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
