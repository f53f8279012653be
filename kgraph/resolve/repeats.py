"""Names the recogniser missed where they are repeated; lists of people it read as one name.

The small English model finds "Godwin Emefiele" in one sentence and misses
"Emefiele" in the next, or tags "Joko Widodo" in one sentence and nothing in
another. Before an article is observed, its sentences are read once more for
the names it already found: its people's full names and surnames, its
organisations' names and acronyms, and the full names (two words or more) of
people and organisations of the articles before it; and for names of
general knowledge the model misses: countries and the well-known bodies of
``acronyms`` ("India v Bangladesh", "the La Liga table"). A name found again
becomes a mention with the label it had. It is a plain string pass (a dict
lookup per capitalised word), not a second spaCy pass: docs/entities.md
gives what it costs and gains. A rebuild replays an unchanged article's
pass where the corpus-wide look-ups it made give the same answers
(``Repeats.read``, ``Repeats.reuse``).

A one-word name is taken only where it stands alone (no capitalised word
next to it: "Young" is not Nick Young in "Neil Young") and, at the start of a
sentence, only when the article never writes it in lower case ("Young
players ..."). A mention the recogniser made of a list of known people
("Malyuk, Zelenskyy" tagged as one organisation) is split into one mention
per person, so each keeps its edges; people it filed as works of art or
products ("Rafiqul Islam", "Ankit Jain and Ramesh Bhat") are person mentions,
and its other such mentions are dropped before anything reads them; an
untagged name before a noun only an organisation is ("the Nikkei newspaper")
is an organisation mention.

The recogniser's spans are mended first (``mend``: the passes that repair its cuts, labels and
lists one article at a time).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import ChainMap, defaultdict
from itertools import chain
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from functools import cache

from ..types import Extraction, Mention, Sentence
from ..words import INSTITUTION_WORDS, STOP_WORDS
from . import acronyms, countries, designators, names, organisations, places
from .mend import mend
from .mend.spans import (
    _WORD, _LABELS, _LIST, _LIST_GAP, _RUNNING_TEXT, _LOWER_WORD, _NOT_NAMES, _OPENER, _NOT_INITIALS,
    _CAPITAL_BEFORE, _CAPITAL_AFTER, _known_names, _name, _person_named, _opens_name, _unowned, _person_run,
    _crosses, _first_word, _possessive)

__all__ = ["Repeats", "Reading"]

# Words (``mend._WORD``) and the names they may begin: a capitalised word, then up to _LONGEST words in all.
_LONGEST = 6
# No word character before a name's first capital. The look-behind comes after that capital and spans
# it, so that each pattern below begins with a capital: re then skips from capital to capital instead of
# trying the pattern at every character (half the time of a scan over a sentence).
_ALONE = r"(?<![\w'’.-][A-Z])"
_CAPITAL = re.compile(r"[A-Z]" + _ALONE + r"[^\W_]*(?:['’.-][^\W_]+)*")
# Words that may stand inside a name in lower case ("Luiz Inacio Lula da Silva").
_INSIDE = names.PARTICLES | frozenset({"of", "and", "for", "the", "&"})
# "the Nikkei newspaper", "former Transnet board member", "the victorious Crusaders team": an untagged
# name right before a noun only an organisation is.
_BODY_NOUN_WORDS = ("newspaper", "board", "team", "squad", "club", "shareholders")
_BEFORE_BODY_NOUN = re.compile(
    r"(?<![\w'’.&-])((?:[A-Z][^\W_]*(?:[&'’.-][^\W_]+)* ){0,2}[A-Z][^\W_]*(?:[&.-][^\W_]+)*) "
    r"(?:%s)\b" % "|".join(_BODY_NOUN_WORDS))
# A run of capitalised words, perhaps quoted, after a word of the political spectrum (``designators.leaning_party``).
_LEANING_RUN = re.compile(r"(?:\s+[a-z]+s)?\s+[\"“]?([A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,4})")
# Each body noun with the space before it: a sentence holding none has no such name (not scanned).
_BODY_NOUNS = tuple(f" {noun}" for noun in _BODY_NOUN_WORDS)
_WORD_BEFORE_RUN = re.compile(r"([^\W_][\w'’.-]*) $")
_BRACKETED = re.compile(r"\s*\(([A-Z][\w&.-]{1,7})\)")
_BRACKETED_ACRONYM = re.compile(r"\(([A-Z][\w&.-]{1,7})\)")
# "Elon Musk-led Tesla", "Austin-based Tesla": a leader (owner, home) glued before what it leads.
_LED = re.compile(rf"^([A-Z][^-]*?)-({names.LED_BY})\s+([A-Z].*)$")
# Capitalised words after a country's adjective, up to the last one: "Indian| Premier League".
_INSTITUTION_AFTER = re.compile(r"(?: [A-Z][a-z]+){0,3} ([A-Z][a-z]+)(?![\w'’-])(?! [A-Z])")
# "talking to the Fund": an organisation by its head word alone, which the small model rarely tags.
_THE_HEAD = re.compile(r"\b[Tt]he ([A-Z][a-z]+)\b(?! [A-Z])(?!['’-])")
# A title of nobility or the church right before a place's name (``_titled_territories``).
# It ends in " of " or " of the ", which ``_titled_place`` checks before trying it.
_TERRITORIAL_TITLE = re.compile(
    r"\b(?:Prince|Princess|Duke|Duchess|Earl|Countess|Marquess|Marchioness|Viscount|Baron|Baroness|Archbishop|"
    r"Bishop) of (?:the )?$")
# The head words of a state's or a body's own institutions ("the U.S. Supreme Court", "the UN Security
# Council"), for ``_owners``; not league, party, bank, university, company words: those name bodies of their own.
_OWNED_WORDS = frozenset(
    "agency army assembly authority cabinet command commission committee council court department embassy "
    "government guard ministry navy office parliament police senate service".split())
_HEAD_WORDS = INSTITUTION_WORDS - frozenset(
    "hall house news post press school square street times center centre".split())
# Bylines and credits before a list: its names are the staff's, not the story's ("Reporting by X and Y").
_CREDITED = re.compile(r"(?:\b(?:by|By|BY)|:)\s*$")
# A run of capitalised words (particles inside) that may be a person's name the recogniser missed.
_NAME_RUN = re.compile(
    r"[A-Z]%(alone)s[^\W\d_]+(?:['’-][^\W\d_]+)*(?: (?:(?:%(particles)s) )*%(word)s){1,3}(?![\w-])"
    % {"word": r"[A-Z][^\W\d_]+(?:['’-][^\W\d_]+)*", "particles": "|".join(sorted(names.PARTICLES)), "alone": _ALONE})
_OWNER = re.compile(r"^([^'’]+)['’]s\s+(.*)$")
_POSSESSIVE_S = re.compile(r"['’]s?$")
# A team as its manager's: "Mikel Arteta's men", "Unai Emery's side", "his charges".
_MANAGED = re.compile(r"\s+(?:men|side|charges)\b")
# "the Mines and| Energy Ministry", "the Culture, Media and| Sport Department": fields before "and".
_FIELDS = re.compile(r"\b[Tt]he ((?:[A-Z][a-z]+, )*[A-Z][a-z]+ and )$")
# Connectors of names in other languages that end in "s": "Médecins sans Frontières", "Union des Forces".
_CONNECTORS_IN_S = frozenset("sans des das dos los las les".split())
_PAIRING = re.compile(r"([A-Z]" + _ALONE + r"[^\W\d_]+)-([A-Z][^\W\d_]+)(?![\w'’-])")
# "the Memphis Grizzlies": one or two capitalised words (a town) before a capitalised plural.
_PLURAL_WORD = r"[A-Z][^\W\d_]+s"
_TEAM = re.compile(r"([A-Z]" + _ALONE + r"[^\W\d_]+ (?:[A-Z][^\W\d_]+ )?)(" + _PLURAL_WORD + r")(?![\w'’-])")
# A team's name alone, as _TEAM ends: an article without one as an organisation's name is not scanned (``_teams``).
_PLURAL = re.compile(_PLURAL_WORD)
# "Bank of America", "Justice for Palestine": a country's name ending an organisation's or a campaign's.
_JOINED_BEFORE = re.compile(r"([A-Z][^\W_]*) (?:of|for|and|&) $")
_WORD_BEFORE = re.compile(r"([A-Z][^\W_]*) $")
# Corpus-wide names kept: a few hundred thousand distinct names at most, whatever the corpus.
_CORPUS_NAMES = 1 << 18


@cache
def _known_longest() -> dict[str, int]:
    return _longest(_known_names())


def _qualified(text: str, start: int, taken: list[tuple[int, int]]) -> int:
    """Where an institution's name found again (one ending in an institution word) begins with the
    capitalised words right before it: "A Federal High Court in Jos" where another article has "High
    Court" is the Federal High Court, not that one. At most two words; no common word ("On"), day,
    month, country or demonym."""
    for _ in range(2):
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if before is None or before[1].casefold() in _NOT_NAMES or countries.lookup(before[1]) \
                or any(s < start and before.start(1) < e for s, e in taken):
            break
        start = before.start(1)
    return start


def _alone(text: str, start: int, end: int) -> bool:
    """A known name (``_known_names``) standing alone: no capitalised word right after it ("Nigeria
    U20", "Georgia Tech") nor before it but a small word ("Through Kenya"; "South Africa Cricket"
    is a name), and no organisation's name ending in it ("Bank of America"; "President of Ukraine"
    is none)."""
    if _CAPITAL_AFTER.match(text, end):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before and before[1].casefold() not in _NOT_NAMES:
        return False
    joined = _JOINED_BEFORE.search(text, max(0, start - 40), start)
    return not joined or names.is_title(joined[1])


def _of_person(text: str, start: int, end: int, mentions: list[tuple[int | None, Mention]]) -> bool:
    """A known name after a person's name and "of", nothing capitalised after it: "second-seeded Christian Ruud of
    Norway 4-6, 7-6" (a player's country; ``_alone`` takes "Ruud of" for a body's name, as in "Bank of Norway")."""
    joined = _JOINED_BEFORE.search(text, max(0, start - 40), start)
    return joined is not None and text.startswith(" of ", joined.end(1)) and not _CAPITAL_AFTER.match(text, end) \
        and any(m.label == "PERSON" and m.end == joined.end(1) for _, m in mentions)


class _Lexicon(ChainMap):
    """A ChainMap of dicts whose look-ups are plain dict look-ups in turn (no generator, no exception
    per miss): the string pass looks up every capitalised word of a corpus."""

    def __contains__(self, key: object) -> bool:
        for mapping in self.maps:
            if key in mapping:
                return True
        return False

    def __getitem__(self, key: str) -> str:
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        raise KeyError(key)

    def get(self, key: str, default: str | None = None) -> str | None:
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return default


def _full_names(own: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    """An article's names of two words or more, with their labels: what the articles after it look up."""
    return tuple((name, label) for name, label in own.items() if " " in name)


@dataclass(frozen=True, slots=True)
class Reading:
    """What the pass found in one article, and the corpus-wide look-ups it depended on (``Repeats.read``)."""

    changed: tuple[tuple[int, Sentence], ...]  # (index, sentence after the pass) of each sentence it changed
    names: tuple[tuple[str, str], ...]  # the article's full names and their labels, which later articles look up
    corpus: tuple[tuple[str, str | None], ...]  # each name looked up among earlier articles' names, its label there
    longest: tuple[tuple[str, int], ...]  # each word looked up in the corpus' longest names, its number of words
    found: int = 0  # mentions added (``Repeats.found``)
    split: int = 0  # mentions taken apart (``Repeats.split``)
    # Words of ``longest`` whose answer the pass read (it was above 0), each with the most words a name could take
    # at any place it tried one there, 0 where it tried none (``_candidates``): a longest name beyond that changes
    # nothing (``_tries_the_same``).
    reach: tuple[tuple[str, int], ...] = ()


class _Consulted:
    """A corpus-wide table as one article's pass reads it, noting each key it looks up (``Reading``)."""

    __slots__ = ("table", "keys", "reach")

    def __init__(self, table: dict) -> None:
        self.table = table
        self.keys: dict = {}  # ordered, so that a reading is the same from build to build
        self.reach: dict = {}  # key -> the most words a name beginning with it could have where tried (``reached``)

    def reached(self, key: str, words: int) -> None:
        """A name beginning with ``key`` was tried where at most ``words`` words are left (``Reading.reach``)."""
        if words > self.reach.get(key, -1):
            self.reach[key] = words

    def __contains__(self, key: object) -> bool:
        self.keys[key] = None
        return key in self.table

    def __getitem__(self, key):
        self.keys[key] = None
        return self.table[key]

    def get(self, key, default=None):
        self.keys[key] = None
        return self.table.get(key, default)


class Repeats:
    """Adds the mentions the recogniser missed to each article, in corpus order (``find``)."""

    def __init__(self) -> None:
        self._corpus: dict[str, str] = {}  # full name of an article before -> its label
        # First word of those names and of the names of general knowledge -> words of the longest.
        self._longest: dict[str, int] = dict(_known_longest())
        self.found = 0  # mentions added
        self.split = 0  # mentions taken apart (``_mend``)

    def find(self, extraction: Extraction) -> Extraction:
        """The article with the names it repeats, and the lists of its people, as mentions."""
        found, own = self._find(extraction, self._corpus, self._longest)
        self._learn(_full_names(own))
        return found

    def read(self, extraction: Extraction) -> tuple[Extraction, Reading]:
        """``find``, and what it found with the corpus-wide look-ups it made (for ``reuse`` in a later build)."""
        corpus, longest = _Consulted(self._corpus), _Consulted(self._longest)
        found, split = self.found, self.split
        result, own = self._find(extraction, corpus, longest, reached=longest.reached)
        reading = Reading(
            changed=tuple((index, after) for index, (before, after) in enumerate(zip(extraction.sentences,
                                                                                     result.sentences))
                          if after is not before and after != before),
            names=_full_names(own),
            corpus=tuple((name, self._corpus.get(name)) for name in corpus.keys),
            longest=tuple((word, self._longest.get(word, 0)) for word in longest.keys),
            found=self.found - found, split=self.split - split, reach=tuple(longest.reach.items()))
        self._learn(reading.names)
        return result, reading

    def reuse(self, extraction: Extraction, reading: Reading) -> Extraction | None:
        """What ``find`` gives the article, from what it found in it before (``read``), when every corpus-wide
        look-up it made then gives the same answer now; else None (the article is to be read again).

        The pass is a function of the article and of those answers alone, so the same answers give the same
        mentions. A new article's full name that a later one writes ("Agnieszka Kowalczyk", untagged there), or
        that makes a longer name beginning with one of its words worth trying, changes an answer, and only then.
        """
        corpus, longest = self._corpus, self._longest
        reach = dict(reading.reach) if reading.reach else {}
        if any(corpus.get(name) != label for name, label in reading.corpus) \
                or any(not _tries_the_same(longest.get(word, 0), most, reach.get(word)) for word, most in reading.longest):
            return None
        self.found += reading.found
        self.split += reading.split
        self._learn(reading.names)
        sentences = list(extraction.sentences)
        for index, sentence in reading.changed:
            sentences[index] = sentence
        return replace(extraction, sentences=tuple(sentences))

    def _learn(self, names: Iterable[tuple[str, str]]) -> None:
        """The corpus-wide tables with an article's full names, for the articles after it."""
        for name, label in names:
            if len(self._corpus) < _CORPUS_NAMES and name not in self._corpus:
                self._corpus[name] = label
                _note(self._longest, name)

    def _find(self, extraction: Extraction, corpus: Mapping[str, str], corpus_longest: Mapping[str, int],
              reached: Callable[[str, int], None] | None = None) -> tuple[Extraction, dict[str, str]]:
        """``find`` reading the corpus-wide tables through ``corpus`` and ``corpus_longest``; and the article's
        own names (``_names``)."""
        extraction = mend(extraction)
        own = _with_places(extraction, _with_body_nouns(extraction, self._names(extraction)))
        lexicon = _Lexicon(own, corpus)
        known = _Lexicon(own, corpus, _known_names())
        heads = _heads(own)
        plurals = [name for name, label in own.items() if label == "ORG" and _PLURAL.fullmatch(name)]
        longest = (_longest(own), corpus_longest)

        lower = None  # the article's words in lower case, read when a sentence opens with a one-word name
        sentences = []
        for sentence in extraction.sentences:
            # (index of the recogniser's mention or None, mention)
            mended = _led_by_demonym(sentence.text, list(self._mend(sentence, lexicon)))
            mended = _missed_people(sentence.text, _defined_long_forms(sentence.text, _fields(sentence.text, mended)))
            if "-" in sentence.text:
                mended = _known_pairings(sentence.text, _pairings(sentence.text, mended, lexicon), lexicon)
            if plurals and any(plural in sentence.text for plural in plurals):
                mended = _teams(sentence.text, mended, own)
            if any(noun in sentence.text for noun in _BODY_NOUNS):
                mended = _before_body_nouns(sentence.text, mended, lexicon)
            if designators.may_lean(sentence.text) and designators.LEANING.search(sentence.text):
                mended = _after_leaning(sentence.text, mended, lexicon)
            mended = _owners(_titled_territories(sentence.text, mended))
            taken = [(m.start, m.end) for _, m in mended]
            added: list[tuple[int | None, Mention]] = []
            found = _candidates(sentence.text, known, longest, taken, reached)
            for start, end, text, label in chain(found, _head_words(sentence.text, heads)):
                if any(start < e and s < end for s, e in taken):
                    continue
                if text not in lexicon and text in _known_names() and not _alone(sentence.text, start, end) \
                        and not _of_person(sentence.text, start, end, mended):
                    continue
                if label in ("GPE", "LOC") and _titled_place(sentence.text, start):
                    continue  # "the Prince of Wales" (``_titled_territories``)
                if " " not in text and start == _first_word(sentence.text):
                    if lower is None:
                        lower = {w for s in extraction.sentences for w in _WORD.findall(s.text) if w.islower()}
                    if text.casefold() in lower:
                        continue
                if label == "ORG" and " " in text and text.rsplit(maxsplit=1)[1].casefold() in INSTITUTION_WORDS:
                    start = _qualified(sentence.text, start, taken)
                    text = sentence.text[start:end]
                added.append((None, Mention(text, label, start, end)))
                taken.append((start, end))
            if added or tuple(m for _, m in mended) != sentence.mentions:
                self.found += len(added)
                sentence = sentence.renumbered(sorted(mended + added, key=lambda pair: pair[1].start))
            sentences.append(sentence)
        return replace(extraction, sentences=tuple(sentences)), own

    @staticmethod
    def _names(extraction: Extraction) -> dict[str, str]:
        """The names an article's mentions give, with their label: full names, surnames, given names
        (of one person only), organisations, the acronyms in brackets after them and the other names
        of the well-known bodies among them."""
        found: dict[str, str] = {}
        given: dict[str, set[str]] = defaultdict(set)
        surnames: dict[str, None] = {}  # in the order seen
        for sentence in extraction.sentences:
            for _, mention in _led_by_demonym(sentence.text, list(enumerate(sentence.mentions))):
                if mention.label not in _LABELS:
                    continue
                name = _name(mention.text, mention.label)
                if name is None or not name[0].isupper():
                    continue
                found.setdefault(name, mention.label)
                if mention.label == "ORG":
                    for other in acronyms.other_names(name):  # "IPL" where the article has "Indian Premier League"
                        found.setdefault(other, "ORG")
                    if designators.legal_suffix(name):  # "Alibaba" where the article has "Alibaba Group Holding Ltd."
                        found.setdefault(organisations.core_name(name), "ORG")
                    if variant := organisations.country_variant(name):  # "Nigerian X League" beside "Nigeria X League"
                        found.setdefault(variant, "ORG")
                bracketed = _BRACKETED.match(sentence.text, mention.end)
                if bracketed and names.is_acronym(bracketed[1]) and not countries.lookup(bracketed[1]):
                    found.setdefault(bracketed[1], mention.label)  # "the Liberal Party (PL)"
                parts = name.split()
                while len(parts) > 2 and parts[-1].strip(".").casefold() in names.GENERATIONAL_SUFFIXES:
                    parts.pop()  # "Kelly Oubre Jr."
                person = mention.label == "PERSON" or names.person_shaped(name)  # "Joko Widodo" tagged ORG
                if person and len(parts) > 1:
                    if len(parts[-1]) > 2 and parts[-1][0].isupper():
                        surnames[parts[-1]] = None
                    given[parts[0]].add(name)
        # A name the recogniser found alone keeps its label; a surname or given name is a person's.
        for word in surnames:
            found.setdefault(word, "PERSON")
        for word, full_names in given.items():
            if len(full_names) == 1 and len(word) > 2 and word.isalpha() and word not in found:
                found[word] = "PERSON"  # "Rohit" after "Rohit Sharma"
        return {
            name: label for name, label in found.items()
            if " " in name or names.is_acronym(name)
            or len(name) > 2 and not names.is_title(name) and name.casefold() not in INSTITUTION_WORDS
        }

    def _mend(self, sentence: Sentence, lexicon: Mapping[str, str]):
        """The sentence's mentions, with what the recogniser glued to known names taken apart.

        A list of known people ("Malyuk, Zelenskyy") becomes one mention per person; a known
        owner before a name ("Lula's Workers Party") a mention of its own, and so does a leader
        glued before what it leads ("Elon Musk-led Tesla": Elon Musk and Tesla); two pieces of
        one group's name are joined ("Christian" "Democrats"); a headline verb
        glued to a known name in a headline ("Fines Meta", "Steph Curry Drops") is cut off.
        """
        glued: set[int] = set()  # mentions joined to the one before them
        for index, mention in enumerate(sentence.mentions):
            if index in glued:
                continue
            text = mention.text
            words = text.split()
            # Every gap of a list holds a comma or a space: a word alone, no space around it, is no list (not split).
            parts = [text] if words == [text] and "," not in text else _LIST.split(text)
            owner = _OWNER.match(text) if "'" in text or "’" in text else None  # only an owner's 's is read
            if len(parts) > 1 and (all(lexicon.get(part) == "PERSON" for part in parts) or _known_list(parts, mention,
                                                                                                 lexicon)):
                self.split += 1
                position, origin = mention.start, index
                for part in parts:
                    start = sentence.text.index(part, position)
                    position = start + len(part)
                    if part in lexicon:  # a part the article does not know is left out: its kind is unknown
                        yield origin, Mention(part, lexicon[part], start, position)
                        origin = None
            elif len(parts) > 1 and _list_of_names(parts, mention, sentence.text):
                self.split += 1
                position, origin = mention.start, index
                for part in parts:
                    start = sentence.text.index(part, position)
                    position = start + len(part)
                    yield origin, Mention(part, mention.label, start, position)
                    origin = None
            elif owner and owner[1] in lexicon and owner[2] and owner[2][0].isupper():
                self.split += 1
                yield None, Mention(owner[1], lexicon[owner[1]], mention.start, mention.start + len(owner[1]))
                start = mention.start + owner.start(2)
                yield index, Mention(owner[2], mention.label, start, mention.end)
            elif mention.label == "NORP" and index + 1 < len(sentence.mentions) \
                    and sentence.mentions[index + 1].label == "NORP" \
                    and sentence.text[mention.end:sentence.mentions[index + 1].start] == " ":
                self.split += 1  # "Christian" + "Democrats": one group's name in two pieces
                after = sentence.mentions[index + 1]
                glued.add(index + 1)
                yield index, Mention(f"{mention.text} {after.text}", "NORP", mention.start, after.end)
            elif "-" in mention.text and (led := _LED.match(mention.text)):
                self.split += 1
                leader = led[1]
                label = "GPE" if led[2] == "based" else lexicon.get(leader) or (
                    "PERSON" if names.person_shaped(leader) else "ORG")
                yield None, Mention(leader, label, mention.start, mention.start + len(leader))
                yield index, Mention(led[3], "ORG", mention.start + led.start(3), mention.end)
            elif (verb := _inner_verb(mention)) is not None:
                self.split += 1
                yield from _around_verb(sentence.text, mention, index, verb, lexicon)
            elif len(words) > 1 and _verb(words[0]) and " ".join(words[1:]) in lexicon and _headline(sentence.text) \
                    and not _given_name_and_surname(mention, words, sentence.text):
                self.split += 1
                start = mention.end - len(" ".join(words[1:]))
                yield index, Mention(mention.text[start - mention.start:], mention.label, start, mention.end)
            elif len(words) > 2 and _verb(words[-1]) and (
                    " ".join(words[:-1]) in lexicon or words[-2] in lexicon) and _headline(sentence.text):
                self.split += 1
                end = mention.start + len(" ".join(words[:-1]))
                yield index, Mention(mention.text[:end - mention.start], mention.label, mention.start, end)
            else:
                yield index, mention


def _before_body_nouns(text: str, mentions: list[tuple[int | None, Mention]], lexicon: Mapping[str, str]
                       ) -> list[tuple[int | None, Mention]]:
    """The mentions with each untagged name right before a noun only an organisation is.

    "first reported by the Nikkei newspaper", "former Transnet board member", "the victorious
    Crusaders team": one to three capitalised words, then newspaper, board, team, squad, club or
    shareholders, are an organisation's name. Not a common word ("The board"), day or month, country,
    demonym or gazetteer place ("the Indian team", "the Boston club"), nor a person of the article
    ("the Biden team"), nor a name with a capitalised word or owner before it ("India's Test squad");
    only where the recogniser tagged nothing.
    """
    found = []
    for run in _BEFORE_BODY_NOUN.finditer(text):
        start, end = run.span(1)
        before = _WORD_BEFORE_RUN.search(text, max(0, start - 40), start)
        if before and (before[1][0].isupper() or _possessive(before[1])):
            continue  # "India's Test squad"
        words = run[1].split()
        while words and (words[0].casefold() in _NOT_NAMES or names.is_title(words[0])):
            start += len(words.pop(0)) + 1  # "The Nikkei newspaper", "Former Transnet board member"
        name = " ".join(words)
        if not words or any(_possessive(word) or word.casefold() in _NOT_NAMES or countries.lookup(word)
                             for word in words) \
                or countries.lookup(name) or places.in_gazetteer(name) or lexicon.get(name) == "PERSON" \
                or any(_crosses(m, start, end) for _, m in mentions):
            continue
        found.append((None, Mention(name, "ORG", start, end)))
    return sorted(mentions + found, key=lambda pair: pair[1].start) if found else mentions


def _with_places(extraction: Extraction, own: dict[str, str]) -> dict[str, str]:
    """The article's names with the places it tags (GPE, LOC), so that a place the recogniser tags once and misses
    elsewhere ("three states: Selangor and Penang") is found there too, with its pairs; a name the article gives
    a person or an organisation keeps that label, and countries are found anyway (``_known_names``)."""
    places_named = {name: mention.label for sentence in extraction.sentences for mention in sentence.mentions
                    if mention.label in ("GPE", "LOC") and (name := _name(mention.text, mention.label))
                    and name[0].isupper() and not name.isupper() and name not in own}
    return {**own, **places_named} if places_named else own


def _with_body_nouns(extraction: Extraction, own: dict[str, str]) -> dict[str, str]:
    """The article's names with those an organisation's noun gives (``_before_body_nouns``: "Facebook
    shareholders"), so that the same name is found in its other sentences too ("Shares in Facebook, which ...",
    "users to desert Facebook"), where the recogniser tagged nothing either."""
    added = {}
    for sentence in extraction.sentences:
        if any(noun in sentence.text for noun in _BODY_NOUNS):
            for origin, mention in _before_body_nouns(sentence.text, list(enumerate(sentence.mentions)), own):
                if origin is None and mention.text not in own:
                    added[mention.text] = "ORG"
    return {**own, **added} if added else own
def _after_leaning(text: str, mentions: list[tuple[int | None, Mention]], lexicon: Mapping[str, str]
                   ) -> list[tuple[int | None, Mention]]:
    """The mentions with each untagged party named after its place on the political spectrum
    (``designators.leaning_party``: "the leftist Economic Freedom Fighters", "the right-wing libertarians ACT", 'the
    left-wing "Historical Pact"'); not a country, a gazetteer place or a person of the article."""
    found = []
    for leaning in designators.LEANING.finditer(text):
        run = _LEANING_RUN.match(text, leaning.end())
        if run is None:
            continue
        start, end = run.span(1)
        name = run[1]
        if not designators.leaning_party(text, start, end) or countries.lookup(name) or places.in_gazetteer(name) \
                or lexicon.get(name) == "PERSON" or any(_crosses(m, start, end) for _, m in mentions):
            continue
        found.append((None, Mention(name, "ORG", start, end)))
    return sorted(mentions + found, key=lambda pair: pair[1].start) if found else mentions


def _teams(text: str, mentions: list[tuple[int | None, Mention]], own: Mapping[str, str]
           ) -> list[tuple[int | None, Mention]]:
    """The mentions with each team the recogniser cut to its plural made whole.

    "the Memphis Grizzlies": the small model tags "Grizzlies" alone in the article, and nothing
    or a place here. A gazetteer town right before a plural the article calls an organisation is
    the team's full name (``designators.team_shaped``), one organisation mention, so the plural
    alone joins it. Only where the two are no part of a longer mention.
    """
    if not any(label == "ORG" for label in own.values()):
        return mentions
    for team in _TEAM.finditer(text):
        end = team.end()
        town = next((words for words in (team[1].strip(), team[1].split()[-1]) if places.in_gazetteer(words)), None)
        if town is None or own.get(team[2]) != "ORG":
            continue  # "The Memphis Grizzlies" opening a sentence: the town is the last word before
        start = team.start(2) - len(town) - 1
        if not designators.team_shaped(text[start:end]):
            continue
        if any(_crosses(m, start, end) and not (start <= m.start and m.end <= end) for _, m in mentions):
            continue
        inside = [(i, m) for i, m in mentions if start <= m.start and m.end <= end]
        origin = next((i for i, m in inside if m.label == "ORG"), None)
        mentions = sorted([(i, m) for i, m in mentions if (i, m) not in inside]
                          + [(origin, Mention(text[start:end], "ORG", start, end))], key=lambda pair: pair[1].start)
    return mentions


def _pairings(text: str, mentions: list[tuple[int | None, Mention]], lexicon: Mapping[str, str]
              ) -> list[tuple[int | None, Mention]]:
    """The mentions with each pairing of two people by surname made two person mentions.

    "the draw (Alcaraz-Rune, Medvedev-Eubanks)": the small model tags the first as one
    organisation and misses the second. Two one-word names joined by a hyphen, one of them a
    person of the article and the other no name the article gives to anything else, no country
    and no place, are two people. Not inside a longer name ("Trent Alexander-Arnold": a capitalised
    word before it) nor a person's name of its own (a double-barrelled surname the article has).
    """
    for pairing in _PAIRING.finditer(text):
        start, end = pairing.span()
        left, right = pairing[1], pairing[2]
        if lexicon.get(pairing[0]) == "PERSON" or "PERSON" not in (lexicon.get(left), lexicon.get(right)) \
                or _CAPITAL_BEFORE.search(text, 0, start) \
                or any(lexicon.get(part, "PERSON") != "PERSON" or countries.lookup(part) or places.in_gazetteer(part)
                       for part in (left, right)):
            continue
        if any(_crosses(m, start, end) and (m.start, m.end) != (start, end) for _, m in mentions):
            continue  # inside a longer mention: part of another name
        origin = next((i for i, m in mentions if (m.start, m.end) == (start, end)), None)
        kept = [(i, m) for i, m in mentions if (m.start, m.end) != (start, end)]
        kept += [(origin, Mention(left, "PERSON", start, start + len(left))),
                 (None, Mention(right, "PERSON", pairing.start(2), end))]
        mentions = sorted(kept, key=lambda pair: pair[1].start)
    return mentions


def _inner_verb(mention: Mention) -> int | None:
    """Where a headline's verb in lower case stands inside a person's or organisation's mention, as an index of its
    words: "Bosso rues Nigeria wastefulness" tagged "Bosso rues Nigeria" (a story list's headline, issue 15, section
    42). A word in lower case, of four letters or more ending in a single "s", no stop word nor a name's connector
    ("Médecins sans Frontières", "Alliance des Forces"), between two capitalised words."""
    if mention.label not in ("PERSON", "ORG") or " " not in mention.text:
        return None
    words = mention.text.split()
    return next((k for k in range(1, len(words) - 1)
                 if words[k].islower() and len(words[k]) >= 4 and words[k].endswith("s") and not words[k].endswith("ss")
                 and words[k] not in STOP_WORDS and words[k] not in _CONNECTORS_IN_S
                 and words[k - 1][:1].isupper() and words[k + 1][:1].isupper()), None)


def _around_verb(text: str, mention: Mention, index: int, verb: int, lexicon: Mapping[str, str]):
    """(origin, mention) for the names on either side of a headline's verb that the articles know, with their
    labels; an unknown side is left out (its kind is unknown)."""
    words = mention.text.split()
    origin: int | None = index
    position = mention.start
    for part in (" ".join(words[:verb]), " ".join(words[verb + 1:])):
        start = text.index(part, position)
        position = start + len(part)
        if part in lexicon:
            yield origin, Mention(part, lexicon[part], start, position)
            origin = None


def _known_pairings(text: str, mentions: list[tuple[int | None, Mention]], lexicon: Mapping[str, str]
                    ) -> list[tuple[int | None, Mention]]:
    """The mentions with a pairing of two names the articles know apart made two mentions (issue 15, section 42).

    "the history of the Lakers-Celtics": two teams, tagged as one organisation "Lakers-Celtics" (``_pairings`` pairs
    only people). A tagged pairing, maybe after "the", whose halves are both names of one kind (``PERSON`` or
    ``ORG``) in the articles is split into two mentions of that kind: a double-barrelled name's halves are no
    names of their own ("Auger-Aliassime", "Rolls-Royce"). Neither half a country or a place ("Guinea-Bissau"),
    not inside a longer name ("Trent Alexander-Arnold").
    """
    for pairing in _PAIRING.finditer(text):
        start, end = pairing.span()
        # the tagged pairing, maybe with its "the" ("the Lakers-Celtics")
        whole = next(((i, m) for i, m in mentions if m.end == end and m.start in (start, start - 4)
                      and text[m.start:start] in ("", "the ", "The ")), None)
        left, right = pairing[1], pairing[2]
        if whole is None or _CAPITAL_BEFORE.search(text, 0, start) or any(
                countries.lookup(part) or places.in_gazetteer(part) for part in (left, right)):
            continue
        kinds = {lexicon.get(left), lexicon.get(right)}
        if len(kinds) != 1 or not kinds & {"PERSON", "ORG"}:
            continue
        label = kinds.pop()
        kept = [(i, m) for i, m in mentions if (m.start, m.end) != (whole[1].start, end)]
        kept += [(whole[0], Mention(left, label, start, start + len(left))),
                 (None, Mention(right, label, pairing.start(2), end))]
        mentions = sorted(kept, key=lambda pair: pair[1].start)
    return mentions


def _known_list(parts: list[str], mention: Mention, lexicon: Mapping[str, str]) -> bool:
    """'JP Morgan, Caputo' tagged as one organisation: a list of names, one of them a person or an
    organisation of the article ("Zoran Milosavljevic BELGRADE - Fenerbahce", a byline run into a club) and
    each of them capitalised; not a company with its legal form ("Stores, Inc."). Its
    known parts become mentions; the others (in "an officer at JP Morgan, Caputo said" no list at
    all) are left out rather than read as people beside a person."""
    return mention.label in _LABELS and any(lexicon.get(part) in _LABELS for part in parts) \
        and all(part[:1].isupper() for part in parts) and not designators.legal_suffix(" ".join(parts))


def _list_of_names(parts: list[str], mention: Mention, text: str) -> bool:
    """'Prasidh Krishna, Mayank Agarwal' or 'the Council of Ministers, Pedro Angulo' tagged as one
    name, which ``names.clean`` rejects as a list: each part a full name (two to four capitalised
    words) or an institution's name (an institution word in it), in running text and not after "by" or ":" (a byline lists its
    staff). Each part becomes a mention with the list's label, as if the recogniser had tagged it
    alone; the votes type it (``votes``)."""
    return mention.label in _LABELS and "," in mention.text and names.clean(mention.text) is None \
        and all(_name_or_institution(part) for part in parts) \
        and len(_LOWER_WORD.findall(text)) >= _RUNNING_TEXT and not _CREDITED.search(text, 0, mention.start)


def _name_or_institution(part: str) -> bool:
    words = part.removeprefix("the ").split()
    return len(words) > 1 and words[0][0].isupper() and (
        _person_run(" ".join(words)) or any(word.casefold() in INSTITUTION_WORDS for word in words))



def _led_by_demonym(text: str, mentions: list[tuple[int | None, Mention]]) -> list[tuple[int | None, Mention]]:
    """The mentions with each institution's name the recogniser cut to its country's adjective.

    "an Indian Premier League match": the small model tags "Indian" and nothing
    after it. A country's adjective or name followed by untagged capitalised
    words ending in an institution word (League, Commission, Court, Party,
    Ministry ...), not a role of two titles ("Israeli Prime Minister ..."), is that institution's
    name, one organisation mention.
    """
    result = mentions  # copied at the first change: most sentences have none
    for number, (origin, mention) in enumerate(mentions):
        following = _INSTITUTION_AFTER.match(text, mention.end) if mention.label in ("NORP", "GPE") else None
        if following is None:
            continue
        head = mentions[number + 1][1] if number + 1 < len(mentions) else None
        if head is not None and head.label == "ORG" and head.start == mention.end + 1 and head.end == following.end() \
                and " " not in head.text and head.text.casefold() in _OWNED_WORDS and names.demonym(mention.text):
            # "the Polish Senate" tagged "Polish" and "Senate": the country's own body, one name (a "Senate"
            # alone would join every country's); its country is named by ``_owners``.
            if result is mentions:
                result = list(mentions)
            result[number] = (origin, Mention(text[mention.start:head.end], "ORG", mention.start, head.end))
            result[number + 1] = (None, None)
            continue
        end = following.end()
        if following[1].casefold() in INSTITUTION_WORDS and countries.lookup(mention.text) \
                and sum(names.is_title(word) for word in following[0].split()) < 2 \
                and not any(_crosses(m, mention.end, end) for _, m in mentions[number + 1:number + 2]):
            if result is mentions:
                result = list(mentions)
            result[number] = (origin, Mention(text[mention.start:end], "ORG", mention.start, end))
    return [(origin, mention) for origin, mention in result if mention is not None] if result is not mentions else result


def _titled_territories(text: str, mentions: list[tuple[int | None, Mention]]) -> list[tuple[int | None, Mention]]:
    """The mentions without the place of a title of nobility or the church: "the Prince of Wales", "the
    Duchess of Sussex", "the Archbishop of Canterbury" name a person, not Wales, Sussex or Canterbury. A
    monarch's state stays ("the King of Jordan", "the Emir of Qatar"): that title is the state's."""
    return [(origin, mention) for origin, mention in mentions
            if mention.label not in ("GPE", "LOC") or not _titled_place(text, mention.start)]


def _titled_place(text: str, start: int) -> bool:
    """Whether a title of nobility or the church stands right before ``start`` (``_TERRITORIAL_TITLE``);
    the pattern is tried only where " of " or " of the " ends there, as it must."""
    return text.endswith((" of ", " of the "), 0, start) \
        and _TERRITORIAL_TITLE.search(text, max(0, start - 24), start) is not None


def _owners(mentions: list[tuple[int | None, Mention]]) -> list[tuple[int | None, Mention]]:
    """The mentions, with the country or well-known body that opens an institution's name as a mention too.

    "the U.S. Supreme Court", "a UN Security Council resolution", "the Indonesian Election
    Commission": the name says whose institution it is, so the sentence names that country or body
    as well. Only institutions (the name ends in an institution word: Court, Council, Commission,
    Ministry, Army ...), not companies or clubs ("American Airlines", "British Airways", "Indian
    Premier League" ends in League and stays a league of its own, as does a name the country is all
    but one word of). The added mention lies inside the institution's, which keeps its own.
    """
    result = []
    for origin, mention in mentions:
        result.append((origin, mention))
        if mention.label != "ORG":
            continue
        article = 4 if mention.text.startswith(("the ", "The ")) else 0
        words = mention.text[article:].split()
        if len(words) < 3 or words[-1].casefold() not in _OWNED_WORDS:
            continue
        for size in (2, 1):
            owner = " ".join(words[:size])
            if countries.lookup(owner) and not countries.lookup(" ".join(words[:size + 1])):
                label = "GPE"
            elif size == 1 and names.is_acronym(owner) and acronyms.other_names(owner):
                label = "ORG"
            else:
                continue
            start = mention.start + article
            result.append((None, Mention(owner, label, start, start + len(owner))))
            break
    return result


def _fields(text: str, mentions: list[tuple[int | None, Mention]]) -> list[tuple[int | None, Mention]]:
    """The mentions with each institution's name the recogniser cut after "and" made whole.

    "the Mines and Energy Ministry": the small model tags "Energy Ministry". Untagged capitalised
    words joined by commas and "and" after "the", right before an organisation's name that ends in
    an institution word, are the first fields of that name.
    """
    result = []
    for origin, mention in mentions:
        if mention.label == "ORG" and text.startswith(" and ", mention.start - 5) \
                and mention.text.rsplit(maxsplit=1)[-1].casefold() in INSTITUTION_WORDS:
            fields = _FIELDS.search(text, max(0, mention.start - 60), mention.start)
            if fields and not any(_crosses(m, fields.start(1), mention.start) for _, m in mentions):
                mention = Mention(text[fields.start(1):mention.end], "ORG", fields.start(1), mention.end)
        result.append((origin, mention))
    return result


def _defined_long_forms(text: str, mentions: list[tuple[int | None, Mention]]) -> list[tuple[int | None, Mention]]:
    """The mentions with each long form an acronym in brackets defines, and the acronym, as mentions.

    "Pakistan Tehreek-e-Insaf (PTI)", "the Democratic Alliance (DA)", "the Police Federation of
    England and Wales (PFEW)": the small model tags a country and an acronym, one span running into
    the bracket, or a long form cut at "and". The capitalised words before the bracket whose
    capitals spell the acronym are the long form; what the recogniser tagged across it goes. A
    person's initials ("Ann Lee (AL)") make no organisation.
    """
    for bracket in _BRACKETED_ACRONYM.finditer(text):
        acronym = bracket[1]
        letters = acronym.replace(".", "").replace("-", "")
        if sum(c.isupper() for c in letters) < 2 or countries.lookup(acronym):
            continue
        start = _spelled_out(text, bracket.start(), letters.casefold())
        if start is None:
            continue
        end = len(text[:bracket.start()].rstrip())
        long_form, short = (start, end), (bracket.start(1), bracket.end(1))
        if any(m.label == "PERSON" and _is(m, text, long_form) for _, m in mentions):
            continue  # a person's initials, not an organisation's acronym
        kept = [(i, m) for i, m in mentions if not _crosses(m, start, bracket.end())
                or (m.start, m.end) == short or _is(m, text, long_form)]
        if not any(_is(m, text, long_form) for _, m in kept):
            kept.append((None, Mention(text[start:end], "ORG", start, end)))
        if not any((m.start, m.end) == short for _, m in kept):
            kept.append((None, Mention(acronym, "ORG", *short)))
        mentions = sorted(kept, key=lambda pair: pair[1].start)
    return mentions


def _missed_people(text: str, mentions: list[tuple[int | None, Mention]]) -> list[tuple[int | None, Mention]]:
    """The mentions with the people the recogniser missed or took for a place, by a title or a list.

    An untagged name-shaped run of words (two to four capitalised words,
    particles inside) after a title or role is a person ("real estate tycoon
    Srettha Thavisin"), and so is one before an age ("Sajith Premadasa, the 55-year-old
    leader"). And a list holds one kind of thing: in "coming in for
    Dhoni, Jadeja, and Faf du Plessis" the small model tags Dhoni, calls Jadeja
    a place and misses Faf du Plessis; in a list of people the recogniser found
    (or a title gave), of such runs and of one-word names it did not call
    organisations, countries or places, all are people.
    """
    spans = [(m.start, m.end) for _, m in mentions]
    # A run inside a mention gives a name inside it (``_name_run`` keeps to the run): not read.
    found = [(run, national) for run, national in map(_name_run, (match for match in _NAME_RUN.finditer(text)
                                                                  if not _inside_one(match.span(), spans)))
             if run and not any(s < run.end and run.start < e for s, e in spans)]
    runs = [run for run, _ in found]
    if not runs or len(_LOWER_WORD.findall(text)) < _RUNNING_TEXT:
        return mentions  # nothing missed, or a line of names (a byline, a credit), not a sentence
    titled = {run for run, national in found if national or _titled(text, run.start) or names.aged_after(text, run.end, apposition=True)}
    items = sorted([*mentions, *((None, run) for run in runs)], key=lambda pair: pair[1].start)
    people = {index for index, (_, m) in enumerate(items) if m in titled}
    first = 0
    for index in range(len(items)):  # each list: items first..index, joined by list gaps
        if index + 1 < len(items) and _LIST_GAP.fullmatch(text, items[index][1].end, items[index + 1][1].start):
            continue
        listed = range(first, index + 1)
        first = index + 1
        kinds = [_kind(items[i][1], runs, titled) for i in listed]
        if len(kinds) > 1 and "person" in kinds and None not in kinds \
                and not _CREDITED.search(text, 0, items[listed[0]][1].start):
            people.update(listed)
    return [(origin, replace(m, label="PERSON") if index in people else m)
            for index, (origin, m) in enumerate(items) if m not in runs or index in people]


def _inside_one(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    start, end = span
    for s, e in spans:  # a loop, not any() over a generator: asked of every name run of every sentence
        if s <= start and end <= e:
            return True
    return False


def _name_run(run: re.Match) -> tuple[Mention | None, bool]:
    """A run of capitalised words as a person's name the recogniser missed (``_person_run``), and whether a
    country opens it: its name, possessive or demonym before a name of two words or more ("Sweden's Armand
    Duplantis", "unseeded Canadian Vasek Pospisil") says "a person" of the rest as a title does; not a body's
    or a team's name ("India's Reliance Industries", "Spanish La Liga": ``_person_named``, designators). So does
    a team called a manager's in the possessive ("as Mikel Arteta's men continued", "Unai Emery's side")."""
    first, _, rest = run.group().partition(" ")
    owner = _POSSESSIVE_S.sub("", run.group())
    if owner != run.group() and _MANAGED.match(run.string, run.end()) and _person_named(owner) \
            and not designators.designated(owner):
        return Mention(owner, "PERSON", run.start(), run.start() + len(owner)), True  # "Mikel Arteta's men"
    name = _unowned(run.group())  # "Russian Svetlana Masterkova's world record": the owner is the name
    rest = name.partition(" ")[2]
    if " " in rest and countries.lookup(_POSSESSIVE_S.sub("", first)) and _person_named(rest) \
            and not designators.designated(rest):
        return Mention(rest, "PERSON", run.start() + len(name) - len(rest), run.start() + len(name)), True
    if _person_run(name):
        return Mention(name, "PERSON", run.start(), run.start() + len(name)), False
    return None, False


def _titled(text: str, start: int) -> bool:
    """Whether a title, role or player's position stands right before ``start`` ("tycoon Srettha Thavisin",
    "loose forward Christ Tshiunza")."""
    before = text[max(0, start - 30):start]
    word = before.rsplit(maxsplit=1)[-1] if before.strip() and before.endswith(" ") else ""
    return word.isalpha() and (names.is_title(word) or word in names.POSITIONS) and not _CREDITED.search(before)


def _kind(mention: Mention, runs: list[Mention], titled: set[Mention]) -> str | None:
    """What an item of a list says of it: a person, a name that may be one, or something else (None)."""
    if mention.label == "PERSON":
        return "maybe" if mention in runs and mention not in titled else "person"
    text = mention.text
    if mention.label != "ORG" and " " not in text and text.isalpha() and text[0].isupper() and not text.isupper() \
            and not countries.lookup(text) and not places.in_gazetteer(text):
        return "maybe"  # "Jadeja" tagged as a place
    return None


def _spelled_out(text: str, before: int, letters: str) -> int | None:
    """Where the fewest capitalised words ending at ``before`` whose capitals spell ``letters`` begin."""
    words = list(_WORD.finditer(text, max(0, before - 160), before))
    if not words or text[words[-1].end():before].strip():
        return None
    for count in range(1, min(len(words), 2 * len(letters)) + 1):
        first = words[-count]
        if count > 1 and text[first.end():words[-count + 1].start()] != " ":
            return None  # the long form is one run of words
        word = first.group()
        if not word[0].isupper():
            if word not in _INSIDE:
                return None
            continue
        spelled = names.initials(text[first.start():words[-1].end()]).casefold()
        if spelled == letters or len(letters) > 2 and sorted(spelled) == sorted(letters):
            return first.start()  # in another order: a name translated ("Brazilian Socialist Party (PSB)")
        if len(spelled) > len(letters):
            return None
    return None


def _is(mention: Mention, text: str, span: tuple[int, int]) -> bool:
    """Whether a mention is the span, perhaps with "the" before it."""
    return mention.end == span[1] and mention.start <= span[0] \
        and text[mention.start:span[0]].strip().casefold() in ("", "the")


def _heads(lexicon: Mapping[str, str]) -> dict[str, str]:
    """Head word -> label, for each institution word that ends exactly one organisation's name of the
    article ("Fund" of "International Monetary Fund")."""
    found: dict[str, list[str]] = defaultdict(list)
    for name, label in lexicon.items():
        head = name.rsplit(maxsplit=1)[-1]
        if label == "ORG" and " " in name and head.casefold() in _HEAD_WORDS and head[0].isupper():
            found[head].append(name)
    return {head: "ORG" for head, named in found.items() if len(named) == 1}


def _head_words(text: str, heads: Mapping[str, str]):
    """(start, end, head, label) of each "the Fund" in ``text`` whose head word ``heads`` holds."""
    if heads and any(head in text for head in heads):  # most sentences hold none: no scan
        for the in _THE_HEAD.finditer(text):
            if the[1] in heads:
                yield the.start(1), the.end(1), the[1], heads[the[1]]


def _headline(text: str) -> bool:
    """A sentence in title case ("Steph Curry Drops 32, Leads Warriors to Win"), where verbs are capitalised."""
    long = [word for word in _WORD.findall(text) if len(word) > 3 and word.isalpha()]
    return len(long) > 2 and sum(word[0].isupper() for word in long) >= 0.8 * len(long)


def _longest(lexicon: Mapping[str, str]) -> dict[str, int]:
    """First word of each name -> the words of the longest name it begins (at most ``_LONGEST``)."""
    longest: dict[str, int] = {}
    for name in lexicon:
        _note(longest, name)
    return longest


def _note(longest: dict[str, int], name: str) -> None:
    words = name.split()
    longest[words[0]] = max(longest.get(words[0], 0), min(len(words), _LONGEST))


# More words than a headline has: a sentence in title case this long is a list of titled names.
_HEADLINE_WORDS = 20


def _given_name_and_surname(mention: Mention, words: list[str], text: str) -> bool:
    """A person's two-word name in a sentence too long for a headline: "Julius Juan" in a list of titled officials
    that reads as one by its capitals (dev9), not a headline's verb glued to a name ("Slams Biden")."""
    return mention.label == "PERSON" and len(words) == 2 and len(text.split()) > _HEADLINE_WORDS


def _verb(word: str) -> bool:
    """A headline's verb in the present ("Fines", "Drops", "Leads"): capitalised, ending in a single s."""
    return word[0].isupper() and word.endswith("s") and not word.endswith(("ss", "'s", "’s")) and word[1:].islower()


def _tries_the_same(now: int, then: int, reach: int | None) -> bool:
    """Whether a word's longest name in the corpus, ``now``, makes an article's pass what ``then`` made it, where
    ``reach`` is the most words a name beginning with the word could take at any place the pass tried one, 0 where
    the word stood inside a mention or began no word at every place (None: the longest was 0 there, so the pass
    went on before finding out). ``_candidates`` tries ``min(longest, words left)`` words at each place it tries,
    its longest being the larger of the article's own and the corpus's: equal answers, or two of at least
    ``reach``, try the same; a place it does not try it leaves whatever the longest (above 0) is, and one of 0
    leaves it too."""
    return now == then or reach is not None and then >= reach and now >= reach


def _candidates(text: str, lexicon: Mapping[str, str], longest: tuple[Mapping[str, int], Mapping[str, int]],
                taken: list[tuple[int, int]], reached: Callable[[str, int], None] | None = None):
    """(start, end, name, label) of each name of ``lexicon`` in ``text`` outside the ``taken`` spans,
    longest first at each capitalised word; a person's one-word name with a plain capitalised word
    before it, inside a sentence, with that word as its given name ("Forward Jae Crowder scored"
    where the article has "Crowder").

    ``longest``: two tables (the article's names, the corpus's) of how many words the longest
    name beginning with a word has (absent: none does). Most capitalised words cost those two
    look-ups; the sentence is cut into words only when one begins a name outside the mentions it has.
    """
    own_longest, corpus_longest = longest
    words = None
    after = 0
    for capital in _CAPITAL.finditer(text):
        start = capital.start()
        if start < after:
            continue
        first = capital.group()
        if first.endswith(("'s", "’s")):
            first = first[:-2]
        most = own_longest.get(first, 0)
        if corpus_longest.get(first, 0) > most:
            most = corpus_longest[first]
        if not most:  # the look-ups first: most words begin no name
            continue
        covered = False
        for s, e in taken:
            if s <= start < e:
                covered = True
                break
        if covered:
            if reached is not None:  # nothing tried here, whatever ``most`` (above 0) is
                reached(first, 0)
            continue
        if words is None:
            words = [m.span() for m in _WORD.finditer(text)]
        index = bisect_left(words, (start,))  # the word that begins here, if one does
        if index == len(words) or words[index][0] != start:
            if reached is not None:
                reached(first, 0)
            continue
        if reached is not None:  # what this place does depends on ``most`` only up to the words left
            reached(first, len(words) - index)
        for length in range(min(most, len(words) - index), 0, -1):
            last_start, last_end = words[index + length - 1]
            if not text[last_start].isupper():
                continue
            candidate = text[start:last_end]
            if _possessive(candidate):
                candidate, last_end = candidate[:-2], last_end - 2
            if candidate in lexicon and _stands_alone(text, words, index, length, taken):
                given = _given_name_before_surnames(text, words, index, length, lexicon) \
                    if length > 1 and lexicon[candidate] == "PERSON" else None
                if given is None:
                    yield start, last_end, candidate, lexicon[candidate]
                else:
                    yield given, last_end, text[given:last_end], "PERSON"
                after = last_end
                break
            if length == 1 and lexicon.get(candidate) == "PERSON" and (
                    given := _given_name(text, words, index, lexicon)) is not None:
                yield given, last_end, text[given:last_end], "PERSON"
                after = last_end


def _given_name(text: str, words: list[tuple[int, int]], index: int, lexicon: Mapping[str, str]) -> int | None:
    """Where the given name before a known surname begins: a plain capitalised word (no title,
    known name, common word, country or place) after another word of the sentence, with no
    capitalised word after the surname; or initials ("K Ponmudy"), at the start of a sentence too."""
    if index < 1 or index + 1 < len(words) and text[words[index + 1][0]].isupper() \
            and text[words[index][1]:words[index + 1][0]] == " ":
        return None
    start, end = words[index - 1]
    word = text[start:end]
    if text[end:words[index][0]] == " " and _OPENER.fullmatch(text, start, end + 1) and word.isupper() \
            and _opens_name(word):
        return start
    if index < 2:
        return None
    if text[end:words[index][0]] != " " or not (word.isalpha() and word[0].isupper() and word[1:].islower()) \
            or word in lexicon or word.casefold() in _NOT_NAMES or names.is_title(word) \
            or countries.lookup(word) or places.in_gazetteer(word) or _inside_place(text, words, index - 1):
        return None
    return start


def _given_name_before_surnames(text: str, words: list[tuple[int, int]], index: int, length: int,
                                lexicon: Mapping[str, str]) -> int | None:
    """Where the given name before a person's known name of ``length`` words begins, as ``_given_name`` reads one
    before a one-word surname: "Eighth-seeded Spaniard Pablo| Carreno Busta knocked out ..." where the article has
    "Carreno Busta" alone (a surname of two words). No capitalised word may follow the name."""
    following = index + length
    if following < len(words) and text[words[following][0]].isupper() \
            and text[words[following - 1][1]:words[following][0]] == " ":
        return None
    return _given_name(text, words[:index + 1], index, lexicon)


def _inside_place(text: str, words: list[tuple[int, int]], index: int) -> bool:
    """Whether the word at ``index`` ends a gazetteer place with the capitalised word before it: "Antonio"
    in "the San Antonio Spurs" ("San" is a title to nameparser) is no given name."""
    if index < 1 or text[words[index - 1][1]:words[index][0]] != " ":
        return False
    return text[words[index - 1][0]].isupper() and places.in_gazetteer(text[words[index - 1][0]:words[index][1]])


def _stands_alone(text: str, words: list[tuple[int, int]], index: int, length: int,
                  taken: list[tuple[int, int]] = ()) -> bool:
    """A name of several words may stand inside a longer one; a one-word name only alone ("Neil Young"),
    but for the "The" that opens the sentence ("The Celtics are ..."): there it is the article's, not a
    name's first word; and an acronym right before a name the sentence has as a mention already ("approved
    by Chairman PCB Shaharyar Khan": the body the person heads) stands alone beside it."""
    if length > 1:
        return all(
            text[s].isupper() or text[s:e] in _INSIDE for s, e in words[index:index + length]
        ) and all(text[words[i][1]:words[i + 1][0]] == " " for i in range(index, index + length - 1))
    acronym = names.is_acronym(text[words[index][0]:words[index][1]])
    for neighbour in (index - 1, index + 1):
        if 0 <= neighbour < len(words):
            start, end = words[neighbour]
            if acronym and neighbour == index + 1 and any(s == start for s, _ in taken):
                continue
            gap = text[min(end, words[index][1]):max(start, words[index][0])]
            if gap == " " and text[start].isupper() and not names.is_title(text[start:end]) \
                    and not (neighbour == 0 < index and text[start:end] == "The"):
                return False
    return True
