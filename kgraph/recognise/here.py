"""Recognition in this process: every paragraph of every article through one ``nlp.pipe``.

An article's headline (``Article.headline``) is read beside its paragraphs, as a text of its own.

Docs never leave this module: each article comes out as a compact
Extraction of sentences and the entity mentions inside them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..types import HEADLINE, Article, Extraction, Mention, Sentence
from .model import ENTITY_LABELS
from .relations import RELATION_LABELS, relations

__all__ = ["recognise_here", "with_relations", "BATCH_SIZE", "BATCH_CHARS", "MAX_PIECE_CHARS"]

# Paragraphs per nlp.pipe batch, en_core_web_sm's own default. Measured: the
# same speed from 32 to 256, 15% slower at 1024.
BATCH_SIZE = 256
# Characters per nlp.pipe batch, whatever the number of paragraphs: spaCy's
# memory grows with the characters of a batch, so a batch is cut here too
# (about what 256 news paragraphs hold). Peak memory then does not depend on
# how the text is broken into lines (benchmarks/long_paragraph.py).
BATCH_CHARS = 100_000
# Longest text given to spaCy in one piece; longer paragraphs (a scraped page
# with no line breaks) are cut, after a sentence end where there is one. One
# long text costs spaCy more memory than short ones of the same total
# (measured: one of 100,000 characters ~300 MB, ten of 10,000 ~50 MB).
MAX_PIECE_CHARS = 10_000
# Brackets after which no sentence ends: a cut right after one is the senter's mistake (``_mended``).
_OPENING = ("(", "[")
# Marks no sentence begins with: a piece that does (". Gen. Ahmed ...", cut from "Lt") goes on the one before.
_CONTINUING = frozenset(".,;:")
# Titles written abbreviated before a name ("Supt. Rakesh Kumar", "Lt. Gen. Ahmed Sharif Chaudhry", "Sen. Imee
# Marcos"): a cut right after one, before a capitalised word, is the senter's mistake too. Not "St." (a street
# ends sentences) nor whole words ("Pope").
_ABBREVIATED_TITLE = re.compile(
    r"(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Capt|Maj|Sgt|Cpl|Gov|Sen|Rep|Pres|Rev|Fr|Hon|Supt|Insp|Det|Atty|Adm|Brig"
    r"|Cmdr)\.$")


def recognise_here(articles: Iterable[Article], nlp, *, batch_size: int, parser=None) -> Iterator[Extraction]:
    """Stream every paragraph of every article through one nlp.pipe.

    With a ``parser`` (``load_parser``), the sentences naming two or more
    entities are parsed too, and carry the relations read off them.
    """
    pending: dict[int, tuple[Article, list[Sentence]]] = {}

    def pieces() -> Iterator[tuple[str, tuple[int, int | None, bool, str]]]:
        for number, article in enumerate(articles):
            pending[number] = (article, [])
            # The headline first, as a text of its own: its sentences are numbered HEADLINE.
            texts = [(index, piece) for index, paragraph in _read(article)
                     for piece in _pieces(paragraph, MAX_PIECE_CHARS)]
            for position, (index, piece) in enumerate(texts):
                # The piece again in the context: _sentences slices the sentence texts from it.
                yield piece, (number, index, position == len(texts) - 1, piece)
            if not texts:
                yield "", (number, None, True, "")

    for doc, (number, index, last, text) in _piped(nlp, pieces(), batch_size):
        article, sentences = pending[number]
        if index is not None:
            sentences.extend(_sentences(doc, text, index))
        if last:
            del pending[number]
            yield Extraction(info=article.info, sentences=tuple(sentences) if parser is None
                             else with_relations(sentences, parser, batch_size=batch_size))


def _read(article: Article) -> list[tuple[int, str]]:
    """What recognition reads of an article, numbered: its headline (HEADLINE), where it has one, and its paragraphs."""
    return [*([(HEADLINE, article.headline)] if article.headline else []), *enumerate(article.paragraphs)]


def _piped(nlp, pieces: Iterator[tuple[str, tuple]], batch_size: int) -> Iterator[tuple]:
    """nlp.pipe over batches of at most ``batch_size`` pieces and BATCH_CHARS characters."""
    for batch in _batches(pieces, batch_size, BATCH_CHARS):
        yield from nlp.pipe(batch, as_tuples=True, batch_size=len(batch))


def _batches(pieces: Iterator[tuple[str, tuple]], size: int, chars: int) -> Iterator[list[tuple[str, tuple]]]:
    batch: list[tuple[str, tuple]] = []
    length = 0
    for piece in pieces:
        if batch and (len(batch) >= size or length + len(piece[0]) > chars):
            yield batch
            batch, length = [], 0
        batch.append(piece)
        length += len(piece[0])
    if batch:
        yield batch


def _pieces(paragraph: str, limit: int) -> Iterator[str]:
    """The paragraph in pieces of at most ``limit`` characters, cut after a
    sentence end where there is one, else at a space: spaCy refuses texts over
    its max_length, and NER memory grows with the length of one text. Pieces
    are sliced from the paragraph, never from a shrinking copy of its rest."""
    start, end = 0, len(paragraph)
    while end - start > limit:
        window = paragraph[start:start + limit]
        cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! ")) + 1
        if cut <= 0:
            cut = window.rfind(" ")
        if cut <= 0:
            cut = limit
        yield window[:cut]
        start += cut
        while start < end and paragraph[start].isspace():
            start += 1
    if start < end:
        yield paragraph[start:]


def _sentences(doc, text: str, paragraph: int) -> Iterator[Sentence]:
    """Each sentence of ``doc`` (made from ``text``) with the kept entities that lie wholly inside it.

    Texts are slices of ``text``, which spaCy keeps character for character:
    a Span's ``.text`` joins its tokens again, and cost as much as the rest of
    this function together. ``doc.ents`` is read once, not once per sentence.
    """
    entities = [(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in ENTITY_LABELS]
    next_entity = 0
    for start, end in _mended(doc, text):
        mentions = []
        while next_entity < len(entities) and entities[next_entity][0] < end:
            first, last, label = entities[next_entity]
            if first >= start and last <= end:  # one across a sentence end belongs to neither, as in Span.ents
                mentions.append(Mention(text[first:last], label, first - start, last - start))
            next_entity += 1
        yield Sentence(text=text[start:end], paragraph=paragraph, mentions=tuple(mentions))


def _mended(doc, text: str) -> Iterator[tuple[int, int]]:
    """Where the sentences of ``doc`` begin and end, a sentence the senter cut where none ends made
    whole again: a piece that ends with an opening bracket ("unbearably jealous [" | "of Trump],"
    ...) or with an abbreviated title before a capitalised word ("Supt." | "Rakesh Kumar said ...") goes on in
    the next, and a piece that begins with a word in lower case or a full stop or comma ("... oil supplies."
    | "against Ukraine.", '"Ruto must go!"' | "the protesters ...") goes on the one before. No spaCy
    work: the senter's spans, read off the text."""
    start = end = None
    for sent in doc.sents:
        if start is not None and not (text[start:end].rstrip().endswith(_OPENING)
                                      or _lower_word(text, sent.start_char, sent.end_char)
                                      or text[sent.start_char:sent.start_char + 1] in _CONTINUING
                                      or _ABBREVIATED_TITLE.search(text[start:end][-9:])
                                      and text[sent.start_char:sent.start_char + 1].isupper()):
            yield start, end
            start = None
        if start is None:
            start = sent.start_char
        end = sent.end_char
    if start is not None:
        yield start, end


def _lower_word(text: str, start: int, end: int) -> bool:
    """The text from ``start`` begins with a word of lower-case letters only ("against", not "iPhone" or "5G")."""
    first = text[start:end].split(maxsplit=1)
    return bool(first) and first[0][0].islower() and not any(c.isupper() or c.isdigit() for c in first[0])


def with_relations(sentences: list[Sentence], parser, *, batch_size: int) -> tuple[Sentence, ...]:
    """The sentences, those naming two or more entities parsed and given their relations."""
    named = [i for i, s in enumerate(sentences) if sum(m.label in RELATION_LABELS for m in s.mentions) >= 2]
    if not named:
        return tuple(sentences)
    lemmatizer = parser.get_pipe("lemmatizer") if "lemmatizer" in parser.component_names else None
    lemma = (lambda token: lemmatizer.rule_lemmatize(token)[0]) if lemmatizer else (lambda token: token.lower_)
    result = list(sentences)
    for i, doc in zip(named, parser.pipe((sentences[i].text for i in named), batch_size=batch_size)):
        result[i] = replace(sentences[i], relations=relations(doc, sentences[i].mentions, lemma))
    return tuple(result)
