"""Split documents into cleaned articles, so that co-mentions never cross articles.

A pure function of the text: it runs before recognition, so it cannot ask spaCy
who is a person. Hard boundaries come first (a dateline or Markdown title starts
an article, a tag line ends one); inside the pieces they leave, an article that
starts without a dateline is found by news-writing convention (docs/input.md):

- a lede opens a new story: the paragraph before it ended a sentence; it does
  not point back ("But", "He", "While", a quotation); its first sentence names
  a person in full ("U.S. President Donald Trump") and paraphrases rather than
  quotes (no quotation longer than three words);
- news style introduces everyone in full on first reference and by surname
  after ("Zelenskyy added"). The story before the lede must have a
  protagonist, someone it named by surname alone at least twice; and from the
  lede to the end of the run, no surname that story introduced may be used
  alone before being introduced anew. A story that went on would have come
  back to its people by surname.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from ..report import BuildReport
from ..types import Article, ArticleInfo, Document
from ..words import INSTITUTION_WORDS
from . import clean, read
from .dates import iso_date

__all__ = ["split", "split_all", "distinct", "within", "article_starts"]

# Characters of a text compared at a time (distinct): a one-paragraph file split into all its words at
# once would take ten times its size.
_SLICE = 1 << 16
# Words of a record's cut-off last line that make it worth reading ("Honda's mar"; not a stub: "M", "Foot").
_CUT_OFF_WORDS = 2
# Words of a record's last paragraph that ends in a letter and no sentence for it to read as prose cut short mid-word
# ("... ahead of Oscar Pia", "... Mohammad Rizwan, Mohamm"): a label or byline is shorter.
_CUT_PROSE_WORDS = 8
# A headline inside the text ("Theekshana keeps control in the death", a tag page's "Eddie turns up the heat on
# Dupont") is the story's own when it names by a word a name its prose names too, within a sentence; a page title
# with its outlet after a bar ("... | News | DW | 16.12.2013") is the page's.
_SUBHEAD_WORDS = 3
# The longest outlet name after a record's title repeated in its text ("... - Independent Newspaper Nigeria").
_OUTLET_WORDS = 5
_NAMED_WITHIN = re.compile(r"(?<=[^\s.!?\"'])\s([A-Z][\w\-]+)")
# The label a feed's metadata line writes before its date: "date 2024-10-01", "Date: 1 October 2024".
_DATE_LABEL = re.compile(r"^(?i:date)\s*:?\s*")
# A title is a short line that does not end a sentence: "Zelenskyy fires spy chief".
_TITLE_WORDS = 16

# A word starts at the first letter of a stretch of letters, digits and ' . - and takes the rest of it;
# only those that start with a capital can be names (the lower-case rest is left out).
_CAPITALISED = re.compile(r"(?<![\w'.\-])[\d_'.\-]*([^\W\d_a-z][\w'.\-]*)")
# The same words where none opens with those marks or digits ("'We", "3M"): a pattern that begins with the
# capital, so that re skips from capital to capital (the one above is tried at every character).
_CAPITALISED_BARE = re.compile(r"([^\W\d_a-z](?<![\w'.\-][^\W\d_a-z])[\w'.\-]*)")
_MARKED_CAPITAL = re.compile(r"[\d_'.\-](?<![\w'.\-][\d_'.\-])[\d_'.\-]*[^\W\d_a-z]")
_POSSESSIVE = re.compile(r"'s?$")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+")
_QUOTED = re.compile(r'"([^"]*)"')
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s+(?=[\"'(\[]?[A-Z])")
# Words capitalised at a sentence start or as titles, never part of a name.
_NOT_NAME = frozenset("""
a an the this that these those his her its their our my your he she it they we i you there here what who
in on at for with without within by from to of into onto about against between among across after before
since during despite under over through until upon as if when while where whether but and or nor so yet
still however also meanwhile even then now indeed instead further furthermore moreover nevertheless
nonetheless thus although though because once not no neither either both each every all some many most
more few other another such several asked according why how
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
""".split())
# First words of a paragraph that carry on the story before it, or contrast with it.
_POINTS_BACK = frozenset("""
he she it they we i you his her its their this that these those such there here but and or nor so yet
still however also meanwhile even then instead indeed further furthermore moreover nevertheless nonetheless
thus besides likewise similarly asked neither both while whereas although though
""".split())
# Last words of names of institutions, places and events: "Security Council", "Lake Valdai" is kept.
_NOT_SURNAME = INSTITUTION_WORDS | frozenset("""
church coalition day district eve initiative island kingdom line movement program programme province region
republic river road sea states station strip war
""".split())
# A protagonist is named by surname alone at least this often.
_PROTAGONIST_MENTIONS = 2
# A lede paraphrases; a quotation longer than this is the body of a story.
_LEDE_QUOTE_WORDS = 3


def split(document: Document, *, report: BuildReport | None = None) -> Iterator[Article]:
    """The articles of one document, with stable ids (given id, or file plus index).

    Line rules never drop a document whole: when they would leave nothing (a
    one-line wire flash in capitals), its paragraphs are kept as they are. A
    document with no text at all once cleaned is reported on ``report``.
    """
    return split_all([document], report=report)


def split_all(documents: Iterable[Document], *, report: BuildReport | None = None) -> Iterator[Article]:
    """The articles of each document in turn, as ``split`` gives them; the sections of a large file
    (kgraph.ingest.read: each but the first has ``section`` > 0) are split as the one file they are,
    numbered on, and dropped whole by line rules only if every section is."""
    file: _File | None = None
    for document in documents:
        if document.section == 0 or file is None:
            if file is not None:
                yield from file.finish(report)
            file = _File(document)
        yield from file.add(document)
    if file is not None:
        yield from file.finish(report)


@dataclass
class _File:
    """One document, or the sections of one large file, while its articles are found."""

    first: Document
    count: int = 0  # articles found so far
    # Every paragraph's prose while no article is found: what is kept if line rules leave nothing at all.
    kept: list[str] | None = field(default_factory=list)

    def add(self, document: Document) -> Iterator[Article]:
        paragraphs = clean.paragraphs(clean.normalise(document.text), width=document.wrap)
        if document.multi:
            pieces = [piece for piece in _articles(paragraphs) if piece.prose]
        else:  # a record or page: exactly one article, titled by its metadata
            pieces = [piece for piece in [_single(paragraphs, document.info)] if piece.prose]
        if pieces:
            self.kept = None
        elif self.kept is not None:
            self.kept += [prose for paragraph in paragraphs for prose in _without_credits(paragraph)]
        for piece in pieces:
            yield self._article(piece)

    def finish(self, report: BuildReport | None) -> Iterator[Article]:
        if self.kept:
            yield self._article(_Piece(prose=self.kept))
        elif not self.count and report is not None:
            report.skip(self.first.origin, "no text left once markup, control characters and credits are removed")

    def _article(self, piece: _Piece) -> Article:
        self.count += 1
        document = self.first
        info = document.info or ArticleInfo(id=f"{read.stem(document.origin)}-{self.count}", title=piece.title)
        info = replace(info, origin=info.origin or document.origin, date=info.date or piece.date)
        text = "\n\n".join(piece.prose)
        headline = clean.headline(info.title, text) if info.title else ""
        # A headline the text keeps as a paragraph is read there already; one not read at all (clean.headline
        # gives none for Title Case) may still hold other forms of the story's names, as dropped lines do.
        unread = [clean.strip_credits(info.title)] if info.title and not headline else []
        info = replace(info, dropped=tuple(dict.fromkeys(filter(None, [*unread, *piece.dropped,
                                                                       clean.url_words(info.url)]))))
        return Article(info=info, text=text, headline="" if headline in piece.prose else headline)


def distinct(articles: Iterable[Article], *, report: BuildReport) -> Iterator[Article]:
    """The articles whose text was not seen before, counted on ``report``; ids made unique.

    Texts are compared with white space collapsed, so a re-wrapped copy is the
    same article. Two different articles that share an id (the same file name
    in two folders) keep it apart as 'id~2', or 'id~3' when an input already
    used 'id~2': no two articles ever share an id.
    """
    seen: set[bytes] = set()
    given: set[str] = set()  # every id handed out so far
    next_copy: dict[str, int] = {}  # id -> the copy number to try next, so many copies cost no search
    for article in articles:
        digest = _digest(article.text)
        if digest in seen:
            report.duplicates += 1
            continue
        seen.add(digest)
        if (wanted := article.info.id) in given:
            copy = next_copy.get(wanted, 2)
            while f"{wanted}~{copy}" in given:
                copy += 1
            next_copy[wanted] = copy + 1
            article = replace(article, info=replace(article.info, id=f"{wanted}~{copy}"))
        given.add(article.info.id)
        report.articles += 1
        report.dated(article.info.date)
        yield article


def _digest(text: str) -> bytes:
    """The hash of ``text`` with its white space collapsed (" ".join(text.split())), taken a slice at a time."""
    digest = hashlib.blake2b(digest_size=16)
    carry, gap = "", ""  # the start of a word a slice ended in; what goes before the next word
    for start in range(0, len(text), _SLICE):
        end = start + _SLICE
        words = (carry + text[start:end]).split()
        carry = words.pop() if words and end < len(text) and not text[end - 1].isspace() else ""
        if words:
            digest.update((gap + " ".join(words)).encode())
            gap = " "
    if carry:
        digest.update((gap + carry).encode())
    return digest.digest()


def within(articles: Iterable[Article], *, since: str = "", until: str = "",
           report: BuildReport) -> Iterator[Article]:
    """The articles dated from ``since`` to ``until`` (ISO dates, both kept; '' leaves that side open).

    With a bound given, an undated article is left out too: it is not known to be in range.
    Those left out are counted on ``report``.
    """
    for article in articles:
        if (since or until) and not (article.info.date and since <= article.info.date <= (until or "9999")):
            report.out_of_range += 1
            continue
        yield article


def article_starts(paragraphs: list[str]) -> list[int]:
    """Indexes of the paragraphs of one dateline-free run that open an undated article.

    One pass, linear in the length of the run: each paragraph's names are read
    once, the story so far is kept as running counts, and whether a surname is
    next used alone is known ahead (``_alone_next``) rather than searched for
    in the rest of the run at every lede.
    """
    # A paragraph of one sentence is its own first sentence: its names are read once, for both.
    read: dict[str, list[tuple[str, bool]]] = {}
    ledes = {index for index in range(1, len(paragraphs))
             if _is_lede(paragraphs[index], after=paragraphs[index - 1], surname_uses=read)}
    if not ledes:
        return []
    uses = [read[paragraph] if paragraph in read else _surname_uses(paragraph) for paragraph in paragraphs]
    starts = []
    story = _Story()
    for index, (paragraph_uses, alone_next) in enumerate(zip(uses, _alone_next(uses))):
        if index in ledes and story.protagonist() and not story.dangling:
            starts.append(index)
            story = _Story()
        story.add(paragraph_uses, alone_next=alone_next)
    return starts


@dataclass
class _Story:
    """The paragraphs since the last article start, as the surname rule needs them."""

    introduced: set[str] = field(default_factory=set)  # surnames named in full
    alone: Counter[str] = field(default_factory=Counter)  # uses of an introduced surname alone
    # Introduced surnames whose next use after the story so far is alone: the run refers back to them.
    dangling: set[str] = field(default_factory=set)

    def protagonist(self) -> bool:
        """Did the story name someone by surname alone often enough?"""
        return max(self.alone.values(), default=0) >= _PROTAGONIST_MENTIONS

    def add(self, uses: list[tuple[str, bool]], *, alone_next: set[str]) -> None:
        """Take in one more paragraph: its surname uses, and those of them next used alone."""
        for word, full in uses:
            if full:
                self.introduced.add(word)
            elif word in self.introduced:
                self.alone[word] += 1
        # Only the surnames used here can change what comes next for them.
        for word, _ in uses:
            if word in alone_next and word in self.introduced:
                self.dangling.add(word)
            else:
                self.dangling.discard(word)


def _alone_next(uses: list[list[tuple[str, bool]]]) -> list[set[str]]:
    """Per paragraph, the surnames it uses whose next use in a later paragraph is alone, not in full."""
    next_full: dict[str, bool] = {}
    result = []
    for paragraph_uses in reversed(uses):
        result.append({word for word, _ in paragraph_uses if next_full.get(word) is False})
        next_full.update((word, full) for word, full in reversed(paragraph_uses))
    return result[::-1]


@dataclass
class _Piece:
    """Paragraphs between hard boundaries, while they are being gathered."""

    title: str = ""
    prose: list[str] = field(default_factory=list)
    date: str = ""  # ISO date from a dateline or timestamp line, where one gives it
    marked: bool = False  # titled by a Markdown "# Title", which no later line replaces
    dropped: list[str] = field(default_factory=list)  # dropped lines that may name actors (clean.naming_text)

    def drop(self, paragraph: str, rule: str | None) -> None:
        """Keep what of a dropped ``paragraph`` (taken by ``rule``) may name the story's actors."""
        if text := clean.naming_text(paragraph, rule):
            self.dropped.append(text)


def _articles(paragraphs: list[str]) -> list[_Piece]:
    """Title, prose paragraphs and date per article: hard boundaries, then undated starts within."""
    pieces = [_Piece()]
    # A title and a timestamp line met after a piece's prose belong to the article a dateline may open next.
    heading, dated = "", ""
    for paragraph in paragraphs:
        piece = pieces[-1]
        dateline = clean.DATELINE.match(paragraph)
        if clean.is_tag_line(paragraph):
            pieces.append(_Piece())
        elif paragraph.startswith("# "):
            pieces.append(_Piece(title=paragraph[2:].strip(), marked=True))
        elif dateline:
            # A title line just before the dateline belongs to the new article.
            heading = piece.prose.pop() if piece.prose and _is_title(piece.prose[-1]) else heading
            if piece.prose:
                pieces.append(piece := _Piece(title=heading, date=dated))
            piece.prose += _without_credits(paragraph[dateline.end():])
            piece.date = iso_date(dateline["date"] or "") or piece.date
        elif clean.is_timestamp(paragraph):
            if piece.prose:
                dated = iso_date(paragraph)
            else:
                piece.date = iso_date(paragraph) or piece.date
            continue
        elif not piece.prose and not piece.marked and _is_title(paragraph):
            piece.title = paragraph  # the last title-like line before the prose is the headline
        elif not clean.is_boilerplate(paragraph):
            piece.prose += _without_credits(paragraph)
        elif _is_title(paragraph):
            heading = paragraph
            continue
        else:
            piece.drop(paragraph, clean.boilerplate_rule(paragraph))
            continue
        heading, dated = "", ""
    articles = []
    for piece in pieces:
        bounds = [0, *article_starts(piece.prose), len(piece.prose)]
        articles.extend(_Piece(title=piece.title if a == 0 else "", prose=piece.prose[a:b], date=piece.date,
                               dropped=piece.dropped if a == 0 else [])
                        for a, b in zip(bounds, bounds[1:]))
    return articles


def _single(paragraphs: list[str], info: ArticleInfo | None) -> _Piece:
    """The one article of a record or page: its prose, without a dateline or the title and byline
    its metadata gives apart; dated by a dateline or timestamp line where the metadata is not."""
    piece = _Piece(title=info.title if info else "")
    metadata = {clean.normalise(text).lower() for text in (piece.title, info and info.author) if text}
    after_prose = False  # was the paragraph before this one kept as prose?
    held: list[tuple[int, str]] = []  # sentence-case headlines inside the text, where they stood in the prose
    for index, paragraph in enumerate(paragraphs):
        dateline = None if piece.prose else clean.DATELINE.match(paragraph)
        if dateline:
            piece.date = piece.date or iso_date(dateline["date"] or "")
            paragraph = paragraph[dateline.end():]
        elif clean.is_timestamp(paragraph):
            piece.date = piece.date or iso_date(paragraph)
            after_prose = False
            continue
        elif wire := clean.DATED_AGENCY.match(paragraph):
            # What follows a wire's dateline is the story's first line, whatever its shape (a brief's company name)
            piece.date = piece.date or iso_date(paragraph[:wire.end()].split("(")[0])
            piece.prose += _without_credits(paragraph[wire.end():])
            after_prose = True
            continue
        after_prose, before = False, after_prose
        if paragraph.lower().removeprefix("by ") in metadata or _title_with_outlet(paragraph, piece.title) \
                or _dated_title(paragraph, piece.title):
            continue
        rule = clean.boilerplate_rule(paragraph)
        if rule is not None and not (before and index == len(paragraphs) - 1 and _cut_off(paragraph)):
            if rule == "headline or label" and len(paragraph.split()) >= _SUBHEAD_WORDS and " | " not in paragraph:
                held.append((len(piece.prose), paragraph))
            piece.drop(paragraph, rule)
            continue
        piece.prose += _without_credits(paragraph)
        after_prose = True
    if held and piece.prose:
        named = {match[1] for match in _NAMED_WITHIN.finditer("\n".join(piece.prose))}
        for place, line in reversed(held):
            if any(word in named for word in (_bare(w.strip("\"'()[],:;!?")) for w in line.split()) if word[:1].isupper()
                   and word.casefold() not in _NOT_NAME):
                piece.prose.insert(place, clean.strip_credits(line))  # its caption's credit is no name of the story
    if after_prose and _cut_mid_word(piece.prose[-1]):
        piece.prose[-1] = _without_cut_word(piece.prose[-1])
    return piece


def _title_with_outlet(paragraph: str, title: str) -> bool:
    """The record's title written again with its outlet after a spaced dash or bar: "Dangote Is Pride Of Nigeria's
    Financial Market - NGX Group Chairman - Independent Newspaper Nigeria" (issue 15, dev7); the outlet is no
    actor of the story. A tail of at most _OUTLET_WORDS words, each capitalised."""
    title = clean.normalise(title)
    if not title or not paragraph.startswith(title):
        return False
    tail = paragraph[len(title):]
    separator = re.match(r"\s+[|\u2014\u2013-]\s+", tail)
    words = tail[separator.end():].split() if separator else []
    return 0 < len(words) <= _OUTLET_WORDS and all(word[:1].isupper() for word in words)


def _dated_title(paragraph: str, title: str) -> bool:
    """The record's title after a date and its label: "date 2024-10-01 Ivory Coast Raises Cocoa Farmgate Price ..."
    (issue 15, section 42: a feed's metadata line, whose title-case words became an organisation). The date is the
    metadata's; the line is no prose."""
    title = clean.normalise(title)
    if not title or not paragraph.endswith(title):
        return False
    head = _DATE_LABEL.sub("", paragraph[:-len(title)].strip())
    return bool(head) and clean.is_timestamp(head)


def _cut_mid_word(paragraph: str) -> bool:
    """A record's last paragraph of prose that an excerpt cut short: it ends in a letter, not a sentence."""
    return paragraph[-1:].isalpha() and not clean.ends_sentence(paragraph) and len(paragraph.split()) >= _CUT_PROSE_WORDS


def _without_cut_word(paragraph: str) -> str:
    """The paragraph without its last word, cut mid-word: a stub ("Verstap", "Mohamm", "Pia") is no name. The words
    before it stay: whole, though they may open a name the cut ended ("Oscar"), or end the story's last sentence
    written without its full stop ("... staged in Niger Republic")."""
    return paragraph.rsplit(" ", 1)[0]


def _cut_off(paragraph: str) -> bool:
    """A record's last line, right after its prose, that ends no sentence only because the text was cut short
    ("Interpol red notices hav", an excerpt's end): the story's own words, not a label."""
    return (clean.boilerplate_rule(paragraph) == "headline or label"
            and sum(any(c.isalpha() for c in word) for word in paragraph.split()) >= _CUT_OFF_WORDS)


def _without_credits(paragraph: str) -> list[str]:
    """The paragraph with its inline credits cut, a market table's row as a name and its figures
    (clean.figure_row); none when it was only a credit, "(AP Photo/Efrem Lukatsky)"."""
    paragraph = clean.without_feature_label(clean.without_glued_number(paragraph))
    prose = clean.strip_credits(clean.figure_row(paragraph) or clean.without_numbering(paragraph))
    return [prose] if prose else []


def _is_title(paragraph: str) -> bool:
    """A headline: short, no sentence, and no boilerplate but for its Title Case ("Home > World" is none)."""
    words = paragraph.split(maxsplit=_TITLE_WORDS)  # enough to tell; a long paragraph is not split into words
    return (0 < len(words) <= _TITLE_WORDS and not clean.ends_sentence(paragraph)
            and clean.boilerplate_rule(paragraph) in (None, *clean.HEADLINE_RULES))


def _is_lede(paragraph: str, *, after: str, surname_uses: dict[str, list[tuple[str, bool]]]) -> bool:
    """``surname_uses``: what ``_surname_uses`` found in the texts read so far, which this adds to."""
    first = paragraph.split(maxsplit=1)[0]
    if not (clean.ends_sentence(after) and first[0].isupper() and _bare(first).lower() not in _POINTS_BACK):
        return False
    sentence = _first_sentence(paragraph)
    return (
        sentence.count('"') % 2 == 0
        and all(len(quote.split()) <= _LEDE_QUOTE_WORDS for quote in _QUOTED.findall(sentence))
        and any(full for _, full in surname_uses.setdefault(sentence, _surname_uses(sentence)))
    )


def _surname_uses(text: str) -> list[tuple[str, bool]]:
    """(surname, named in full?) per name in order: "Vladimir Putin" -> ("Putin", True)."""
    return [(run[-1], len(run) > 1) for run in _name_runs(text) if len(run) == 1 or run[-1].lower() not in _NOT_SURNAME]


def _name_runs(text: str) -> list[list[str]]:
    """Runs of capitalised words joined by single spaces; acronyms never end a full name."""
    runs: list[list[str]] = []
    end = -2
    for match in (_CAPITALISED if _MARKED_CAPITAL.search(text) else _CAPITALISED_BARE).finditer(text):
        name_word = _name_word(match[1])
        if name_word is None:
            end = -2
            continue
        word, last = name_word
        if match.start(1) == end + 1 and text[end] == " ":
            runs[-1].append(word)
        else:
            runs.append([word])
        end = -2 if last else match.end()
    return [run[:-1] if len(run) > 1 and run[-1].isupper() else run for run in runs]


# Most capitalised words recur (names, sentence openers): each distinct one is looked at once.
@functools.lru_cache(maxsize=1 << 16)
def _name_word(token: str) -> tuple[str, bool] | None:
    """A word of a name, and whether the name ends with it ("Putin's", "SBU."); None if it is no name word."""
    word = _bare(token)
    if not word[0].isupper() or word.lower() in _NOT_NAME:
        return None
    return word, token.endswith(("'s", "'")) or clean.ends_sentence(token)


def _first_sentence(paragraph: str) -> str:
    for match in _SENTENCE_END.finditer(paragraph):
        if clean.ends_sentence(paragraph[:match.end()].rstrip()):
            return paragraph[:match.end()]
    return paragraph


def _bare(word: str) -> str:
    """'Trump's' -> 'Trump', 'U.S.' stays."""
    word = _POSSESSIVE.sub("", word)
    return word if _INITIALS.fullmatch(word) else word.rstrip(".-")
