"""Extractions as plain rows: the form the cache and the build's spill store them in.

Rows hold only str, int, bool, None, lists and tuples, so both JSON (the
cache) and pickle (the spill) carry them. A mention's text is not stored:
it is its slice of the sentence. Decoding checks what it reads (the cache
outlives builds), so a damaged row raises ValueError or TypeError instead
of yielding wrong records.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..types import ArticleInfo, Extraction, Mention, Sentence

__all__ = ["sentence_rows", "sentences_from_rows", "extraction_row", "extraction_from_row"]


def sentence_rows(sentences: Iterable[Sentence], *, mentions: bool = True) -> list:
    """``[[paragraph, text, [[label, start, end], ...]], ...]``; without ``mentions``, ``[[paragraph, text], ...]``."""
    if not mentions:
        return [[s.paragraph, s.text] for s in sentences]
    return [[s.paragraph, s.text, [[m.label, m.start, m.end] for m in s.mentions]] for s in sentences]


def sentences_from_rows(rows: Iterable[Sequence]) -> tuple[Sentence, ...]:
    return tuple(_sentence(*row) for row in rows)


def extraction_row(extraction: Extraction, *, mentions: bool = True) -> tuple:
    """The article's info and its sentences; without ``mentions``, they come back with none."""
    info = extraction.info
    return (info.id, info.title, info.url, info.date, info.source, info.origin), sentence_rows(
        extraction.sentences, mentions=mentions)


def extraction_from_row(row: Sequence) -> Extraction:
    info, sentences = row
    return Extraction(info=ArticleInfo(*info), sentences=sentences_from_rows(sentences))


def _sentence(paragraph: int, text: str, mentions: Iterable[Sequence] = ()) -> Sentence:
    if not isinstance(paragraph, int) or not isinstance(text, str):
        raise ValueError(f"malformed sentence {paragraph!r}, {text!r}")
    return Sentence(text=text, paragraph=paragraph, mentions=tuple(_mention(text, *m) for m in mentions))


def _mention(sentence: str, label: str, start: int, end: int) -> Mention:
    if not (isinstance(label, str) and 0 <= start < end <= len(sentence)):
        raise ValueError(f"mention {label!r} [{start}:{end}] outside its sentence")
    return Mention(sentence[start:end], label, start, end)
