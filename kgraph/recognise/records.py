"""Extractions as plain rows: the form the cache and the build's spill store them in.

Rows hold only str, int, bool, None, lists and tuples, so both JSON (the
cache) and pickle (the spill) carry them. A mention's text is not stored:
it is its slice of the sentence. Decoding checks what it reads (the cache
outlives builds), so a damaged row raises ValueError or TypeError instead
of yielding wrong records.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..types import ArticleInfo, Extraction, Mention, Relation, Sentence

__all__ = ["sentence_rows", "sentences_from_rows", "extraction_row", "extraction_from_row"]


def sentence_rows(sentences: Iterable[Sentence], *, mentions: bool = True) -> list:
    """``[[paragraph, text, [[label, start, end], ...]], ...]``; without ``mentions``, ``[[paragraph, text], ...]``.

    A sentence with relations gets them last, ``[[source, target, predicate, mutual], ...]``
    (after an empty list of mentions, without ``mentions``).
    """
    return [_row(s, mentions) for s in sentences]


def _row(sentence: Sentence, mentions: bool) -> list:
    row: list = [sentence.paragraph, sentence.text]
    if mentions or sentence.relations:
        row.append([[m.label, m.start, m.end] for m in sentence.mentions] if mentions else [])
    if sentence.relations:
        row.append([[r.source, r.target, r.predicate, r.mutual] for r in sentence.relations])
    return row


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


def _sentence(paragraph: int, text: str, mentions: Iterable[Sequence] = (), relations: Iterable[Sequence] = ()
              ) -> Sentence:
    if not isinstance(paragraph, int) or not isinstance(text, str):
        raise ValueError(f"malformed sentence {paragraph!r}, {text!r}")
    return Sentence(text=text, paragraph=paragraph, mentions=tuple(_mention(text, *m) for m in mentions),
                    relations=tuple(_relation(*r) for r in relations))


def _relation(source: int, target: int, predicate: str, mutual: bool) -> Relation:
    if not (isinstance(source, int) and isinstance(target, int) and isinstance(predicate, str)
            and isinstance(mutual, bool)):
        raise ValueError(f"malformed relation {source!r}, {target!r}, {predicate!r}, {mutual!r}")
    return Relation(source, target, predicate, mutual)


def _mention(sentence: str, label: str, start: int, end: int) -> Mention:
    if not (isinstance(label, str) and 0 <= start < end <= len(sentence)):
        raise ValueError(f"mention {label!r} [{start}:{end}] outside its sentence")
    return Mention(sentence[start:end], label, start, end)
