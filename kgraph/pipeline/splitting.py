"""``ingest.split.split_all`` document by document, reusing the articles found in a document read before.

Cleaning a document and finding its articles (line rules, boilerplate, ledes,
credits) is a tenth of a rebuild's work when every article comes from the
cache, and it depends on the document alone and on the code: so the articles
of a document read whole (a file, a record, a page) are kept in the
extraction cache under a digest of the document and of the code and data
that split it (``code_digest``, dateutil's version, Python's), and a rebuild
reads them back instead. The sections of a large file are split together, as
they must be (an article may run over from one to the next), and afresh. A
document that gives no article is not kept: its problem is reported anew.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import itertools
import json
import sys
from collections.abc import Iterable, Iterator
from functools import cache

from ..ingest import split
from ..recognise.cache import ExtractionCache
from ..report import BuildReport
from ..types import Article, ArticleInfo, Document
from .manifest import document_bytes
from .observing import code_digest

__all__ = ["split_all"]

def split_all(documents: Iterable[Document], *, report: BuildReport, store: ExtractionCache | None
              ) -> Iterator[Article]:
    """The articles of ``documents``, as ``split.split_all`` finds them; with ``store``, those of a document
    read whole come from it when it has them, and are stored when it does not."""
    if store is None:
        yield from split.split_all(documents, report=report)
        return
    given = iter(documents)
    document = next(given, None)
    while document is not None:
        following = next(given, None)
        if following is not None and following.section > 0:  # a large file's sections: split together
            rest = _Sections(given)
            yield from split.split_all(itertools.chain([document, following], rest), report=report)
            document = rest.next
            continue
        yield from _whole(document, report=report, store=store)
        document = following


def _whole(document: Document, *, report: BuildReport, store: ExtractionCache) -> Iterator[Article]:
    """The articles of a document read whole: from ``store``, else found and stored."""
    key = _key(document)
    value = store.documents([key]).get(key)
    found = None if value is None else _decoded(value)
    if found is None:
        found = list(split.split_all([document], report=report))
        if found:
            store.store_documents([(key, _encoded(found))])
    return iter(found)


class _Sections:
    """The sections of one large file as they are read, up to (not including) the next file's document."""

    def __init__(self, documents: Iterator[Document]):
        self._documents = documents
        self.next: Document | None = None  # the document after the last section

    def __iter__(self) -> Iterator[Document]:
        for document in self._documents:
            if document.section == 0:
                self.next = document
                return
            yield document


@cache
def _salt() -> bytes:
    return code_digest() + f"\0{sys.version}\0{importlib.metadata.version('python-dateutil')}\0".encode()


def _key(document: Document) -> bytes:
    return hashlib.blake2b(_salt() + document_bytes(document), digest_size=20).digest()


def _encoded(articles: list[Article]) -> bytes:
    return json.dumps([[list(_info(a.info)), a.text, a.headline] for a in articles], ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8", "surrogatepass")


def _info(info: ArticleInfo) -> tuple[str, ...]:
    return (info.id, info.title, info.url, info.date, info.source, info.origin, info.author, list(info.dropped))


def _decoded(value: bytes) -> list[Article] | None:
    """The stored articles, or None when they do not decode (a damaged entry is never used)."""
    try:
        return [Article(info=ArticleInfo(*info[:7], tuple(info[7])), text=text, headline=headline)
                for info, text, headline in json.loads(value.decode("utf-8", "surrogatepass"))]
    except (ValueError, TypeError, IndexError):
        return None
