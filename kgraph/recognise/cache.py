"""A local SQLite cache of recognition results, so a rebuild runs spaCy on new articles only.

Each article's Extraction is stored under a hash of its text (and headline, which is
read beside it) and of everything else recognition depends on (model, version, components, labels: see
``recognise.fingerprint``), so a changed article or model is simply a miss.
Each paragraph's sentences are stored too, under a hash of its text and the
same fingerprint, so that a new article made of paragraphs seen before (a
syndicated copy) skips spaCy as well (``kgraph.recognise.reuse``). And the
fingerprint of a pipeline is kept under the identity of its files
(``model.files_identity``), so that a build whose articles are all stored
never loads the pipeline to compute it. Later stages may keep what they read
in a sentence (``sentences``), and the build the articles it found in a
document (``documents``): the cache stores their bytes under their key.
A cache file of an older schema, or that SQLite finds damaged, or that holds
an entry that does not decode, is never used silently: it is logged and the
cache starts again empty. Only a file kgraph made (its SQLite header carries
kgraph's application id) is ever started again: any other file given as the
cache (an article, another program's database) is refused and left untouched.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import logging
import os
import sqlite3
import time
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from ..errors import CacheError
from ..types import Article, Extraction, Sentence
from .model import Pipelines
from .records import sentence_rows, sentences_from_rows

__all__ = ["ExtractionCache", "SCHEMA", "FILE_SUFFIX", "BUSY_SECONDS"]

log = logging.getLogger("kgraph")

# Bump when the stored encoding changes: older files are then rebuilt. 2: sentences may carry relations.
# 3: paragraphs, pipelines' fingerprints, what later stages read in sentences.
SCHEMA = 3
FILE_SUFFIX = ".kgcache.sqlite"
# How long to wait for another build that is writing the same cache.
BUSY_SECONDS = 30.0
_APPLICATION_ID = 0x6B67_6331  # "kgc1" in the SQLite header: this file is ours
# Where SQLite keeps the application id: the header's 4 big-endian bytes at offset 68.
_SQLITE_MAGIC, _APPLICATION_OFFSET = b"SQLite format 3\0", 68
# New Extractions are committed when this many are waiting or this many seconds have passed,
# so an interrupted or killed build loses at most a second of recognition.
_STORE_EVERY, _STORE_SECONDS = 200, 1.0
# Keys per SELECT ... IN (...): under SQLite's oldest limit of 999 parameters.
_KEYS_PER_QUERY = 500
# Articles looked up in the cache in one query as a build reads them (``recognise``).
_LOOKUPS_AT_ONCE = 64
_TABLES = """
CREATE TABLE IF NOT EXISTS extraction (key BLOB PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS paragraph (key BLOB PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS pipeline (identity TEXT PRIMARY KEY, fingerprint TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sentence (key BLOB PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS document (key BLOB PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID;
"""


class ExtractionCache:
    """Extractions by article text; ``hits`` and ``misses`` count this session's lookups.

    Use as a context manager; stored entries are committed on exit (and every
    ``store_many``), so an interrupted build keeps what it finished. The file
    (and its folder) is made at the first lookup: a build that finds no
    article leaves nothing behind.
    """

    def __init__(self, path: str | os.PathLike, *, fingerprint: str | Pipelines):
        """``fingerprint``: what results depend on besides the text (``recognise.fingerprint``), or the
        build's pipelines, whose fingerprint is then read from the cache when it knows their files."""
        self.path = Path(path)
        self.hits = 0
        self.misses = 0
        self._fingerprint = fingerprint
        self._salt: bytes | None = None  # the fingerprint's bytes, found at the first lookup
        self._db: sqlite3.Connection | None = None  # opened at the first lookup

    def __enter__(self) -> ExtractionCache:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self._db is not None:
            self._db.commit()
            self._db.close()
            self._db = None

    def recognise(
        self, articles: Iterable[Article], recogniser: Callable[[Iterable[Article]], Iterable[Extraction]]
    ) -> Iterator[Extraction]:
        """One Extraction per article, in input order: stored ones from here, the rest from ``recogniser``.

        ``recogniser`` sees only the articles this cache does not hold and
        must yield their Extractions in the order it was given them; those
        are stored as they come.
        """
        found: deque[Extraction | None] = deque()  # in input order, from the first not yet yielded
        waiting: deque[tuple[Article, int]] = deque()  # articles the recogniser has, with their place
        offset = 0  # input position of found[0]

        def unknown() -> Iterator[Article]:
            given = iter(articles)
            while chunk := list(itertools.islice(given, _LOOKUPS_AT_ONCE)):
                for article, extraction in zip(chunk, self.lookup_many(chunk)):
                    found.append(extraction)
                    if extraction is None:
                        waiting.append((article, offset + len(found) - 1))
                        yield article

        new: list[tuple[Article, Extraction]] = []
        stored = time.monotonic()
        try:
            for extraction in recogniser(unknown()):
                article, position = waiting.popleft()
                found[position - offset] = extraction
                new.append((article, extraction))
                if len(new) >= _STORE_EVERY or time.monotonic() - stored >= _STORE_SECONDS:
                    self.store_many(new)
                    new.clear()
                    stored = time.monotonic()
                while found and found[0] is not None:
                    yield found.popleft()
                    offset += 1
        finally:  # interrupted (Ctrl-C, SIGTERM, a failing later stage): keep what was recognised
            self.store_many(new)
        yield from found  # stored articles after the last new one

    def lookup(self, article: Article) -> Extraction | None:
        """The stored Extraction of this article's text (with this article's info), or None."""
        return self.lookup_many([article])[0]

    def lookup_many(self, articles: Sequence[Article]) -> list[Extraction | None]:
        """``lookup`` of each article, in one query."""
        keys = [self._article_key(article) for article in articles]
        rows = self._values("extraction", keys)
        found: list[Extraction | None] = []
        for article, key in zip(articles, keys):
            value = rows.get(key)
            sentences = None if value is None else self._decoded(value)
            if value is not None and sentences is None:  # the cache started again: it holds none of the others
                rows = {}
            extraction = None if sentences is None else Extraction(info=article.info, sentences=sentences)
            if extraction is None:
                self.misses += 1
            else:
                self.hits += 1
            found.append(extraction)
        return found

    def store_many(self, pairs: Iterable[tuple[Article, Extraction]]) -> None:
        """Store the Extraction of each article, and what was stored since (``store_paragraphs``), in one
        transaction."""
        rows = [(self._article_key(article), _encode(extraction.sentences)) for article, extraction in pairs]
        if not rows and self._db is None:  # nothing stored yet: no file to make
            return
        with self._unless_damaged("cannot be written"), self._opened() as db:
            db.executemany("INSERT OR REPLACE INTO extraction VALUES (?, ?)", rows)

    def paragraph(self, text: str) -> tuple[Sentence, ...] | None:
        """The stored sentences of a paragraph of this text (numbered as its article's paragraph 0), or None."""
        row = None
        with self._unless_damaged("cannot be read"):
            query = "SELECT value FROM paragraph WHERE key = ?"
            row = self._opened().execute(query, (self._key(text),)).fetchone()
        return None if row is None else self._decoded(row[0])

    def store_paragraphs(self, pairs: Iterable[tuple[str, tuple[Sentence, ...]]]) -> None:
        """Store each paragraph's sentences (numbered 0); committed with the next ``store_many``."""
        rows = [(self._key(text), _encode(sentences)) for text, sentences in pairs]
        with self._unless_damaged("cannot be written"):
            self._opened().executemany("INSERT OR REPLACE INTO paragraph VALUES (?, ?)", rows)

    def sentences(self, keys: Sequence[bytes]) -> dict[bytes, bytes]:
        """What later stages stored (``store_sentences``) under each of these keys that has anything."""
        return self._values("sentence", keys)

    def store_sentences(self, pairs: Iterable[tuple[bytes, bytes]]) -> None:
        """Store what later stages read in sentences, by their own keys; committed with the next ``store_many``."""
        self._store("sentence", pairs)

    def documents(self, keys: Sequence[bytes]) -> dict[bytes, bytes]:
        """What a build stored (``store_documents``) of the documents of these keys; nothing (and no file made)
        while the cache has no file."""
        if self._db is None and not self.path.exists():
            return {}
        return self._values("document", keys)

    def store_documents(self, pairs: Iterable[tuple[bytes, bytes]]) -> None:
        """Store the articles found in documents, by their own keys; committed with the next ``store_many``."""
        self._store("document", pairs)

    def _values(self, table: str, keys: Sequence[bytes]) -> dict[bytes, bytes]:
        found: dict[bytes, bytes] = {}
        with self._unless_damaged("cannot be read"):
            for start in range(0, len(keys), _KEYS_PER_QUERY):
                some = keys[start:start + _KEYS_PER_QUERY]
                query = f"SELECT key, value FROM {table} WHERE key IN ({','.join('?' * len(some))})"
                found.update(self._opened().execute(query, some).fetchall())
        return found

    def _store(self, table: str, pairs: Iterable[tuple[bytes, bytes]]) -> None:
        with self._unless_damaged("cannot be written"):
            self._opened().executemany(f"INSERT OR REPLACE INTO {table} VALUES (?, ?)", pairs)

    def _article_key(self, article: Article) -> bytes:
        """The key of an article's Extraction: its text's, with its headline's after a NUL (which cleaning
        leaves in neither), so an article without a headline keeps the key it had before headlines were read."""
        return self._key(f"{article.text}\0{article.headline}" if article.headline else article.text)

    def _key(self, text: str) -> bytes:
        return hashlib.blake2b(self.salt() + text.encode(), digest_size=20).digest()

    def salt(self) -> bytes:
        """What every key here begins with: the pipelines' fingerprint (for later stages' keys too, ``sentences``)."""
        if self._salt is None:
            self._salt = self._known_fingerprint().encode() + b"\0"
        return self._salt

    def _known_fingerprint(self) -> str:
        """The fingerprint given, or the pipelines': remembered from an earlier build with the same files,
        else computed (which loads them) and remembered."""
        given = self._fingerprint
        if isinstance(given, str):
            return given
        row = None
        if given.identity is not None:
            with self._unless_damaged("cannot be read"):
                query = "SELECT fingerprint FROM pipeline WHERE identity = ?"
                row = self._opened().execute(query, (given.identity,)).fetchone()
        if row is not None:
            given.known(row[0])
            return row[0]
        found = given.fingerprint()
        if given.identity is not None:
            with self._unless_damaged("cannot be written"), self._opened() as db:
                db.execute("INSERT OR REPLACE INTO pipeline VALUES (?, ?)", (given.identity, found))
        return found

    def _decoded(self, value: bytes) -> tuple[Sentence, ...] | None:
        """The sentences a stored value holds, or None (and the cache started again) when it does not decode."""
        try:
            return sentences_from_rows(json.loads(zlib.decompress(value)))
        except (zlib.error, ValueError, TypeError) as err:
            self._reset(f"holds an entry that does not decode ({err})")
            return None

    @contextmanager
    def _unless_damaged(self, doing: str) -> Iterator[None]:
        """Start the cache again when SQLite finds the file damaged; fail on any other trouble.

        A locked, unreadable or read-only file (OperationalError) is not
        damage: deleting it could destroy a cache another build is using.
        """
        try:
            yield
        except sqlite3.OperationalError as err:
            raise CacheError(f"cannot use the extraction cache {self.path}: {err}") from err
        except (sqlite3.DatabaseError, _Outdated) as err:
            self._reset(f"{doing} ({err})")

    def _opened(self) -> sqlite3.Connection:
        if self._db is None:
            self._db = self._connect()
        return self._db

    def _connect(self) -> sqlite3.Connection:
        self._refuse_unless_ours()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=BUSY_SECONDS)
        try:
            application = db.execute("PRAGMA application_id").fetchone()[0]
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if (application, version) != (_APPLICATION_ID, SCHEMA):
                if db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                    raise _Outdated(f"schema {version} of application {application:#x}, expected schema {SCHEMA}")
                db.execute(f"PRAGMA application_id = {_APPLICATION_ID}")
                db.execute(f"PRAGMA user_version = {SCHEMA}")
            db.executescript(_TABLES)
        except BaseException:
            db.close()
            raise
        return db

    def _refuse_unless_ours(self) -> None:
        """CacheError unless the file is missing, empty or an SQLite file with kgraph's application id."""
        try:
            with open(self.path, "rb") as handle:
                header = handle.read(_APPLICATION_OFFSET + 4)
        except FileNotFoundError:
            return
        except OSError as err:
            raise CacheError(f"cannot use the extraction cache {self.path}: {err.strerror or err}") from err
        ours = header.startswith(_SQLITE_MAGIC) and header[_APPLICATION_OFFSET:] == _APPLICATION_ID.to_bytes(4, "big")
        if header and not ours:
            raise CacheError(f"{self.path} is not a kgraph extraction cache; refusing to use or replace it "
                             "(give another --cache file, or --no-cache)")

    def _reset(self, why: str) -> None:
        self._refuse_unless_ours()  # a damaged file is replaced only when it is one of ours
        log.warning("extraction cache %s %s; starting it again empty", self.path, why)
        if self._db is not None:
            self._db.close()
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        self._db = self._connect()


class _Outdated(Exception):
    """The file is an SQLite database, but not a cache of this schema."""


def _encode(sentences: Iterable[Sentence]) -> bytes:
    """The sentences as compact JSON rows (``kgraph.records``): the article's info comes from its input."""
    rows = sentence_rows(sentences)
    return zlib.compress(json.dumps(rows, ensure_ascii=False, separators=(",", ":")).encode(), 1)
