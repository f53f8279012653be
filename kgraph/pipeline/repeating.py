"""The repeated-names pass (``resolve.repeats``) article by article, reusing what it found in an unchanged article.

What the pass finds in an article depends on its sentences and mentions and on
the answers of the corpus-wide look-ups it makes (the full names of the
articles before it), and on nothing else; so a rebuild's unchanged article,
whose look-ups give the same answers as in the build that stored its reading
(``Repeats.read``), is not read again: its reading is found in the extraction
cache, under a digest of the article's sentences and mentions, of the code
that read them (``code_digest``) and of the model, and replayed
(``Repeats.reuse``). An article before which a new one brings a full name it
looks up (one it writes untagged, "Agnieszka Kowalczyk") is read again, and
its new reading stored.
"""

from __future__ import annotations

import hashlib
import json

from ..recognise.cache import ExtractionCache
from ..recognise.records import sentence_rows, sentences_from_rows
from ..resolve.repeats import Reading, Repeats
from ..types import Extraction

__all__ = ["RepeatedNames"]


class RepeatedNames:
    """``Repeats.find`` as a build calls it, with each article's reading reused from ``store`` where it holds."""

    def __init__(self, store: ExtractionCache | None, *, code: bytes = b""):
        """``code``: the digest of the code (``observing.code_digest``), so that another kgraph never reuses a reading;
        the store's fingerprint (the model's) is in the key too."""
        self.repeats = Repeats()
        self.reused = 0  # articles whose stored reading held
        self._store = store
        self._code = code
        self._salt: bytes | None = None  # with the store's, known once it has read an article

    def __call__(self, extraction: Extraction) -> Extraction:
        if self._store is None:
            return self.repeats.find(extraction)
        key = self.key(extraction)
        return self.found(extraction, key, self._store.sentences([key]).get(key))[0]

    def key(self, extraction: Extraction) -> bytes:
        """Where the article's reading is stored (a build with a store only)."""
        if self._salt is None:
            self._salt = self._code + b"\0" + self._store.salt() + b"repeated names\0"
        return _key(self._salt, extraction)

    def found(self, extraction: Extraction, key: bytes, value: bytes | None) -> tuple[Extraction, bytes | None]:
        """The article after the pass, from ``value`` (what the store holds under ``key``) where it holds, and the
        reading it stands on, as stored (None: one the store cannot hold). The article after the pass is a function
        of the article and of that reading alone."""
        reading = None if value is None else _decoded(value, extraction)
        try:
            found = None if reading is None else self.repeats.reuse(extraction, reading)
        except TypeError:  # a damaged look-up (a list where a name was stored), checked before anything is changed
            found = None
        if found is not None:
            self.reused += 1
            return found, value
        found, reading = self.repeats.read(extraction)
        encoded = _encoded(reading)
        if encoded is not None:
            self._store.store_sentences([(key, encoded)])
        return found, encoded


def _key(salt: bytes, extraction: Extraction) -> bytes:
    """A digest of the article's sentences (paragraph, text), their mentions and relations, after ``salt``: all the
    pass reads of the article (a mention's text is its slice of the sentence, as the cache stores it)."""
    digest = hashlib.blake2b(salt, digest_size=20)
    digest.update("\2".join(
        f"{s.paragraph}\0{s.text}\0{';'.join(f'{m.label},{m.start},{m.end}' for m in s.mentions)}"
        + ("".join(f"\1{r.source},{r.target},{r.predicate},{r.mutual}" for r in s.relations) if s.relations else "")
        for s in extraction.sentences).encode())
    return digest.digest()


def _encoded(reading: Reading) -> bytes | None:
    """The reading as JSON (a changed sentence by its mentions and relations; pairs as flat lists, which decode
    faster), or None where a mention's text is not its slice of the sentence, which the rows cannot carry: such an
    article is read again in each build."""
    if any(m.text != sentence.text[m.start:m.end] for _, sentence in reading.changed for m in sentence.mentions):
        return None
    changed = [[index, *sentence_rows([sentence])[0][2:]] for index, sentence in reading.changed]
    return json.dumps([changed, *([item for pair in pairs for item in pair]
                                  for pairs in (reading.names, reading.corpus, reading.longest)),
                       reading.found, reading.split, [item for pair in reading.reach for item in pair]],
                      ensure_ascii=False, separators=(",", ":")).encode()


def _decoded(value: bytes, extraction: Extraction) -> Reading | None:
    """A stored reading of this article, or None when it does not decode (a damaged entry is never used).

    Its look-ups are not checked one by one: a damaged one gives another answer than the corpus (the article is
    read again), or one that no look-up can give (``RepeatedNames`` reads the article again)."""
    try:
        changed, names, corpus, longest, found, split, reach = json.loads(value)
        sentences = extraction.sentences
        after = []
        for index, *rest in changed:
            if not isinstance(index, int) or not 0 <= index < len(sentences):
                return None
            before = sentences[index]
            after.append((index, sentences_from_rows([[before.paragraph, before.text, *rest]])[0]))
        if not (isinstance(found, int) and isinstance(split, int) and all(isinstance(name, str) for name in names)):
            return None
        reach = _pairs(reach)
        if not all(isinstance(words, int) for _, words in reach):
            return None
        return Reading(changed=tuple(after), names=_pairs(names), corpus=_pairs(corpus), longest=_pairs(longest),
                       found=found, split=split, reach=reach)
    except (ValueError, TypeError):
        return None


def _pairs(flat: list) -> tuple[tuple, ...]:
    if len(flat) % 2:
        raise ValueError("an odd number of items where pairs were stored")
    return tuple(zip(flat[::2], flat[1::2]))
