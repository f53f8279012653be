"""Split cleaned documents into articles, so that co-mentions never cross articles."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import PurePath

from . import clean
from .types import Article, ArticleInfo, Document

__all__ = ["split"]


def split(document: Document) -> Iterator[Article]:
    """The articles of one document, with stable ids (given id, or file plus index)."""
    text = clean.normalise(document.text)
    groups = _article_paragraphs(clean.paragraphs(text)) if document.multi else [clean.paragraphs(text)]
    stem = _slug(PurePath(document.origin).stem) or "article"
    for index, paragraphs in enumerate(g for g in groups if g):
        info = document.info or ArticleInfo(id=f"{stem}-{index + 1}")
        if not info.origin:
            info = replace(info, origin=document.origin)
        yield Article(info=info, text="\n\n".join(paragraphs))


def _article_paragraphs(paragraphs: list[str]) -> list[list[str]]:
    """Group paragraphs into articles: a dateline starts one, a tag line ends one."""
    articles: list[list[str]] = [[]]
    for paragraph in paragraphs:
        dateline = clean.DATELINE.match(paragraph)
        if dateline and articles[-1]:
            articles.append([])
        if clean.is_tag_line(paragraph):
            articles.append([])
            continue
        if clean.is_boilerplate(paragraph):
            continue
        articles[-1].append(paragraph[dateline.end():] if dateline else paragraph)
    return articles


def _slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", name).strip("-.")
