"""Paragraphs recognised once: the paragraphs of a syndicated copy skip spaCy.

Wire copy runs in dozens of outlets, each with its own first line. spaCy
reads every paragraph as a text of its own (``kgraph.recognise.here``), so a
paragraph recognised before, earlier in this build or (with a cache) in an
earlier one, has the same sentences and mentions: they are taken again
instead of running spaCy. Paragraphs are compared as cleaning left them,
which has already normalised their white space (``kgraph.ingest.clean``:
runs of spaces and tabs are one space, wrapped lines are joined). Each
article still comes out as its own Extraction, with its own info (outlet,
date), so it counts its own mentions. An article's headline is read as a
paragraph of its own (``kgraph.recognise.here``), so it is reused as one.
"""

from __future__ import annotations

from collections import OrderedDict, deque
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field

from ..types import HEADLINE, Article, Extraction, Sentence
from .cache import ExtractionCache

__all__ = ["reuse", "MEMORY"]

# Paragraphs whose sentences this process keeps for reuse, the most recently seen; copies mostly
# come close together (the same day's wire), and the cache, when there is one, holds the rest.
MEMORY = 10_000


@dataclass(slots=True)
class _Held:
    """A paragraph's sentences (numbered as in the article they were found in); None while spaCy reads it."""

    sentences: tuple[Sentence, ...] | None = None


@dataclass(slots=True)
class _Plan:
    """One article on its way: where each paragraph's sentences come from, and what went to spaCy."""

    article: Article
    sources: list[_Held]
    new: list[tuple[str, _Held]] = field(default_factory=list)  # the paragraphs sent, in order
    whole: bool = False  # the article itself was sent: its Extraction is the answer
    answer: Extraction | None = None
    # The headline's sentences (read like a paragraph: the same text gives the same sentences), and whether
    # it was sent; None without a headline.
    headline: _Held | None = None
    headline_new: bool = False


def reuse(articles: Iterable[Article], recogniser: Callable[[Iterable[Article]], Iterable[Extraction]], *,
          store: ExtractionCache | None = None, memory: int = MEMORY) -> Iterator[Extraction]:
    """One Extraction per article, in input order; ``recogniser`` reads only paragraphs not seen before.

    It is given an article of just the new paragraphs of each article that has
    any (the article itself when all are new) and must yield their Extractions
    in order. New paragraphs go to ``store`` as they come back.
    """
    held: OrderedDict[str, _Held] = OrderedDict()
    plans: deque[_Plan] = deque()  # in input order, from the first not yet yielded
    asked: deque[_Plan] = deque()  # the plans whose article is with the recogniser

    def unseen() -> Iterator[Article]:
        for article in articles:
            plan = _plan(article, held, store)
            while len(held) > memory:
                held.popitem(last=False)
            plans.append(plan)
            if plan.new or plan.headline_new:
                asked.append(plan)
                yield plan.article if plan.whole else Article(
                    info=article.info, text="\n\n".join(text for text, _ in plan.new),
                    headline=article.headline if plan.headline_new else "")

    results = recogniser(unseen())
    try:
        for extraction in results:
            plan = asked.popleft()
            plan.answer = extraction
            found: dict[int, list[Sentence]] = {}
            for sentence in extraction.sentences:
                found.setdefault(sentence.paragraph, []).append(sentence)
            sent = [*plan.new, *([(plan.article.headline, plan.headline)] if plan.headline_new else [])]
            for number, (_, new) in zip([*range(len(plan.new)), HEADLINE], sent):
                new.sentences = tuple(found.get(number, ()))
            if store is not None:
                store.store_paragraphs((text, new.sentences) for text, new in sent)
            while plans and _ready(plans[0]):
                yield _extraction(plans.popleft())
    finally:  # interrupted: the recogniser ends its worker processes now, not when it is collected
        if isinstance(results, Generator):
            results.close()
    while plans:  # the articles after the last one sent, all of them seen before
        yield _extraction(plans.popleft())


def _plan(article: Article, held: OrderedDict[str, _Held], store: ExtractionCache | None) -> _Plan:
    """Where each paragraph of the article comes from: held, stored, or to be read (``new``)."""
    paragraphs = article.paragraphs
    plan = _Plan(article, [])

    def source(text: str) -> tuple[_Held, bool]:
        """The text's sentences, held or stored, and whether they are still to be read."""
        found = held.get(text)
        if found is None:
            found = held[text] = _Held(store.paragraph(text) if store is not None else None)
            return found, found.sentences is None
        held.move_to_end(text)
        return found, False

    if article.headline:
        plan.headline, plan.headline_new = source(article.headline)
    for text in paragraphs:
        found, new = source(text)
        if new:
            plan.new.append((text, found))
        plan.sources.append(found)
    plan.whole = bool(plan.new) and len(plan.new) == len(paragraphs) and plan.headline_new == bool(article.headline)
    if plan.new and not plan.whole and Article(article.info, "\n\n".join(t for t, _ in plan.new)).paragraphs != [
            t for t, _ in plan.new]:
        # A paragraph with a line break at its edge would merge with its neighbour: send the whole article.
        plan.new = [(text, found if found.sentences is None else _Held())
                    for text, found in zip(paragraphs, plan.sources)]
        plan.sources, plan.whole = [new for _, new in plan.new], True
        if plan.headline is not None and not plan.headline_new:
            plan.headline, plan.headline_new = _Held(), True
    return plan


def _ready(plan: _Plan) -> bool:
    return ((plan.answer is not None or not (plan.new or plan.headline_new))
            and all(s.sentences is not None for s in _numbered(plan).values()))


def _extraction(plan: _Plan) -> Extraction:
    if plan.whole:
        return plan.answer
    return Extraction(info=plan.article.info, sentences=tuple(
        sentence if sentence.paragraph == number else
        Sentence(sentence.text, number, sentence.mentions, sentence.relations)
        for number, source in _numbered(plan).items() for sentence in source.sentences))


def _numbered(plan: _Plan) -> dict[int, _Held]:
    """The article's headline (HEADLINE) and paragraphs, in order, by the number their sentences get."""
    return {**({HEADLINE: plan.headline} if plan.headline is not None else {}), **dict(enumerate(plan.sources))}
