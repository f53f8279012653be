"""The records passed between pipeline stages.

read/split -> Article -> recognise -> Extraction (Sentence, Mention) -> resolve ->
Entity + links -> comention -> graph. All are frozen so a stage can never change
what an earlier one produced, and all pickle cheaply for worker processes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

__all__ = ["Document", "ArticleInfo", "Article", "Mention", "Relation", "Sentence", "Extraction", "Entity", "Links",
           "HEADLINE"]

# Per sentence of one article, per mention: what the mention stands for (an entity key while
# resolving, an entity id after), or None where it names no actor.
Links = tuple[tuple[str | None, ...], ...]
# The ``paragraph`` of the sentences of an article's own headline, read beside its text (Article.headline).
HEADLINE = -1


@dataclass(frozen=True, slots=True)
class Document:
    """Raw text as read from one file or record, before cleaning and splitting."""

    text: str
    origin: str  # file, or file:line for a record
    info: ArticleInfo | None = None  # metadata given by the input (JSON/CSV records)
    multi: bool = True  # may hold many articles (plain text files), else exactly one
    # A large text file comes in sections (kgraph.ingest.read): ``section`` counts them from 0, and
    # ``wrap`` is the column the whole file is wrapped at (0: not wrapped; None: found from ``text``).
    section: int = 0
    wrap: int | None = None


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """What a user needs to go back to an article: travels with the evidence."""

    id: str
    title: str = ""
    url: str = ""
    date: str = ""  # ISO 8601 (YYYY-MM-DD) where known
    source: str = ""  # the outlet, where the input names it
    origin: str = ""  # file (and line or record) the article was read from
    # The byline as the input gives it apart from the text (a page's or a record's author): cleaning
    # drops it from the text. Not stored beyond cleaning (the cache and evidence keep the fields above).
    author: str = ""
    # The lines cleaning dropped that may still name the story's actors (captions, headlines, a wire dateline's
    # line), credits cut: read only for other forms of names the kept text has (docs/entities.md section 41).
    # A by-product of cleaning, not what tells an article: left out of comparisons.
    dropped: tuple[str, ...] = field(default=(), compare=False)


@dataclass(frozen=True, slots=True)
class Article:
    """One cleaned article: paragraphs separated by a blank line, and the headline recognition reads beside them.

    ``headline`` is the article's title as cleaning left it (an outlet's name after a bar cut), '' when it is
    not read (none, Title Case, or already a paragraph of the text). It is not part of ``text``: copies of one
    story under other headlines are still the same article (kgraph.ingest.split.distinct).
    """

    info: ArticleInfo
    text: str
    headline: str = ""

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.text.split("\n\n") if p.strip()]


@dataclass(frozen=True, slots=True)
class Mention:
    """A named-entity span as the recogniser found it, offsets into its sentence."""

    text: str
    label: str  # spaCy label: PERSON, ORG, GPE, NORP, ...
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Relation:
    """What the sentence says one mention's entity did to another's: "Hamas attacked Israel"."""

    source: int  # index of the subject (or agent) among the sentence's mentions
    target: int  # index of the object
    predicate: str  # verb lemma with negation, particle, preposition: "attack", "not pull out of"
    mutual: bool = False  # a joint action of both ("X and Y met"): no direction


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of an article, with the mentions the recogniser found in it."""

    text: str
    paragraph: int  # index of the paragraph within the article; HEADLINE for the article's headline
    mentions: tuple[Mention, ...] = ()
    relations: tuple[Relation, ...] = ()  # only with relations asked for (kgraph build --relations)

    def renumbered(self, mentions: Iterable[tuple[int | None, Mention]]) -> Sentence:
        """This sentence with these mentions, each paired with the index of the mention it stands for (None: a new
        one), its relations pointing at the same mentions as before (a mention gone takes its relations along)."""
        mentions = list(mentions)
        position = {origin: new for new, (origin, _) in enumerate(mentions) if origin is not None}
        relations = tuple(replace(r, source=position[r.source], target=position[r.target]) for r in self.relations
                          if r.source in position and r.target in position)
        return replace(self, mentions=tuple(m for _, m in mentions), relations=relations)

    def with_new(self, mentions: Iterable[Mention]) -> Sentence:
        """This sentence with these new mentions among its own, in the order they start (its own first at a tie)."""
        return self.renumbered(sorted([*enumerate(self.mentions), *((None, m) for m in mentions)],
                                      key=lambda item: item[1].start))


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything recognition found in one article: all later stages need, no Doc."""

    info: ArticleInfo
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world actor, country or organisation: one node of the graph."""

    id: str  # stable slug, an XML NMTOKEN
    label: str  # canonical (fullest common) name
    type: str  # one of kgraph.contract.ENTITY_TYPES
    aliases: tuple[str, ...] = ()  # surface forms seen, most frequent first
    mentions: int = 0
    articles: int = 0
    iso3: str = ""  # ISO 3166-1 alpha-3, countries only (the UK's nations: ISO 3166-2, "GB-SCT")
