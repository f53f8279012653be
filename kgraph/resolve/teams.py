"""Sports teams by the names news uses: "Chelsea", "Man Utd", "Golden State", "Bafana Bafana".

A shipped table (``kgraph/data/teams.tsv``: full name, other names, league, home town) of the
clubs of the main leagues and national sides' nicknames, general knowledge like the acronym table.
The small model tags a town-named club as a place ("Chelsea", "Southampton"), a franchise's
short name as a person or nothing ("Golden State", "Warriors"), a constructor as a person
("Alfa Romeo"), a nickname as nothing ("Flying Eagles"). Three rules (docs/entities.md, section 24):

- a name of the table where the recogniser tagged nothing, or tagged a person or a place, is an
  organisation mention (``found``), and its node is an organisation;
- a name that is something else too (one word, a town, a country's, a carmaker's: "Liverpool",
  "Blues", "Ferrari") is the team's only in an article about sport: one that names a team by a
  name that is nothing else, or uses the words of sport (``_SPORT``). Elsewhere "Liverpool" stays
  the town;
- the names of one team are one node (``key``): "Man Utd" is Manchester United, "Warriors" and
  "Golden State" the Golden State Warriors; a name several teams share ("Kings") is the one team
  of its article that has it, else it stays itself; a town the recogniser calls an organisation
  ("Denver shot 13-of-46") is the one team of its article from that town.

It is one dict look-up per capitalised word (``_FIRST``), no spaCy pass.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cache
from importlib import resources
from itertools import islice
from typing import NamedTuple

from ..types import Extraction, Mention, Sentence
from ..words import fold, word_alternation
from . import countries, places

__all__ = ["Team", "found", "key", "label", "rows", "teams"]


class Team(NamedTuple):
    name: str  # the full name, its node's label
    other: tuple[str, ...]  # other names in common use
    competition: str
    town: str


# The words of sport: an article with two of them is about sport (a town-named club is the club).
_SPORT_TERMS = (
    r"beat|beats|beaten|defeat|defeated|defeats|drew|draw|match|matches|fixture|fixtures|goal|goals|"
    r"goalkeeper|striker|midfielder|defender|coach|manager|season|league|cup|innings|wicket|wickets|tries|"
    r"Grand Prix|qualifying|podium|rebounds|assists|touchdown|quarterback|playoffs?|relegation|squad|"
    r"semi-finals?|quarter-finals?|kick-off|scored|scorer|title race|half-time|halftime")
# The words written out, a final "s?" as two words ("playoffs?": playoff, playoffs).
_SPORT_SPELLED = [word for term in _SPORT_TERMS.split("|")
                  for word in ((term[:-2], term[:-2] + "s") if term.endswith("s?") else (term,))]
# The look-ahead for the words' first letters lets re skip every other character at once instead of trying
# the whole list at each word boundary (the same matches in half the time); the words as a tree of their
# letters (``words.word_alternation``: a boundary follows each, so one matches at a place at most) spare it
# trying each word at the others' places, where they are plain words.
_SPORT = re.compile(r"(?=[%s])\b(?:%s)\b" % ("".join(sorted({word[0].lower() for word in _SPORT_TERMS.split("|")})),
                                            word_alternation(_SPORT_SPELLED)
                                            if all(re.fullmatch(r"[\w -]+", word) for word in _SPORT_SPELLED)
                                            else _SPORT_TERMS), re.IGNORECASE)
_SPORT_WORDS = 2
# Words after which a town is the place, not its team ("in Denver", "a win at Bournemouth", "Vitality
# Stadium, Bournemouth"); not "to" or "of" ("lost to Liverpool", "manager of Chelsea").
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|at|from|near|outside|across|around)|\b(?:Stadium|Park|Arena|Ground|Road|Centre|Center),)\s+$",
    re.IGNORECASE)
# ... but not a player's time at a club or a transfer from one: "his contract at Fulham", "his opportunity at
# Chelsea", "signed from Aston Villa", "after joining them from Derby", "sign Jude Bellingham from Dortmund" (issue
# 15, dev11: the clubs became the towns).
_CLUB_TENURE_BEFORE = re.compile(
    r"\b(?:contract|career|spell|stint|time|future|opportunity|debut|days|years|tenure)\s+at\s+$"
    r"|\b(?:sign|signs|signed|signing|join|joins|joined|joining|arrived|moved|move|buy|buys|bought|recruited|loaned|"
    r"transferred)(?:\s+[\w'’-]+){0,3}\s+from\s+$",
    re.IGNORECASE)
# Words: "(Wellington/Hurricanes, 49)" in a squad list holds two names.
_TOKEN = re.compile(r"[^\s/()]+")
# The words that may open a name (``_matches``): those beginning with a capital letter, a digit or any other
# character past ASCII (str.isupper and str.isdigit sort those). The pattern begins with that character and
# looks back over it, so that re jumps from one such word to the next instead of stopping at every word.
_OPENING = re.compile(r"[A-Z0-9\u0080-\U0010FFFF](?<=[^\s/()])(?<![^\s/()].)[^\s/()]*")
_TRAILING = re.compile(r"(?:['’]s|['’])?[,;:!?)\]”\"]*\.?$")
_TRAILING_LAST = frozenset("s'’,;:!?)]”\".")  # a word ending in none of these has nothing to strip
_LONGEST = 5
# What follows a team's name inside one mention of the recogniser's: an owner's 's and a name.
_OWNED = re.compile(r"['’]s ([A-Z].*)$")
# Mentions a team's name may replace or relabel: what the recogniser took for a person, a place or a group.
_RELABELLED = frozenset({"PERSON", "GPE", "LOC", "NORP", "ORG", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT"})


@cache
def rows() -> tuple[Team, ...]:
    """The table's teams, in its order."""
    text = resources.files("kgraph").joinpath("data", "teams.tsv").read_text(encoding="utf-8")
    found = []
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, other, competition, town = line.split("\t")
            found.append(Team(name, tuple(o for o in other.split("|") if o), competition, town))
    return tuple(found)


def _names_of(team: Team) -> tuple[str, ...]:
    """A team's names: full, other, and the words after its town ("Nuggets" of "Denver Nuggets")."""
    derived = (team.name[len(team.town) + 1:],) if team.name.startswith(team.town + " ") else ()
    return tuple(dict.fromkeys((team.name, *team.other, *derived)))


@cache
def _index() -> dict[str, tuple[str, ...]]:
    """Folded name -> the full names of the teams it may stand for."""
    found: dict[str, list[str]] = defaultdict(list)
    for team in rows():
        for name in _names_of(team):
            if team.name not in found[fold(name)]:
                found[fold(name)].append(team.name)
    return {name: tuple(named) for name, named in found.items()}


@cache
def _towns() -> dict[str, tuple[str, ...]]:
    """Folded home town -> the full names of its teams."""
    found: dict[str, list[str]] = defaultdict(list)
    for team in rows():
        found[fold(team.town)].append(team.name)
    return {town: tuple(named) for town, named in found.items()}


@cache
def _carmakers() -> frozenset[str]:
    """Folded other names of Formula 1 constructors: carmakers and drinks first ("Ferrari", "Red Bull")."""
    return frozenset(fold(name) for team in rows() if team.competition == "F1" for name in team.other)


@cache
def _first() -> dict[str, int]:
    """First word of each name (as written) -> the most words of a name it begins."""
    longest: dict[str, int] = {}
    for team in rows():
        for name in _names_of(team):
            words = name.split()
            longest[words[0]] = max(longest.get(words[0], 0), min(len(words), _LONGEST))
    return longest


def teams(name: str) -> tuple[str, ...]:
    """The full names of the teams ``name`` may stand for (case and accents ignored)."""
    return _index().get(fold(name), ())


@cache
def _full_keys() -> dict[str, str]:
    return {fold(team.name): team.name for team in rows()}


def label(key: str) -> str | None:
    """The full name of the team whose folded full name is ``key`` (an entity key's value), if any."""
    return _full_keys().get(key) or _shared().get(key)


@cache
def _shared() -> dict[str, str]:
    """Folded names several teams share that are no place ("kings", "spurs") -> the name."""
    found = {}
    for team in rows():
        for name in _names_of(team):
            if len(teams(name)) > 1 and not places.in_gazetteer(name) and not countries.lookup(name):
                found[fold(name)] = name
    return found


@cache
def distinctive(name: str) -> bool:
    """A name that is a team's in any article: no town, country, carmaker, and of two words or more
    ("Golden State Warriors", "Man Utd", "Bafana Bafana"; not "Chelsea", "Ferrari", "Blues")."""
    return " " in name and bool(teams(name)) and fold(name) not in _carmakers() \
        and not places.in_gazetteer(name) and not countries.lookup(name)


def found(extraction: Extraction) -> Extraction:
    """The article with its teams' names as organisation mentions (the module's first two rules).

    A name of the table that the recogniser tagged nothing is added; one it tagged as something
    else (a person, a place), or tagged as part of it ("Peshawar" of "Peshawar Zalmi"), becomes
    the team's organisation mention. A name that is something else too counts only in an article
    about sport, and not after "in" or "at" ("a win at Bournemouth" is the town).
    """
    matches = [list(_matches(sentence.text)) for sentence in extraction.sentences]
    if not any(matches):
        return extraction
    sport = any(distinctive(name) for here in matches for _, _, name in here) or _about_sport(extraction)
    mended: list[list[tuple[int | None, Mention]] | None] = []  # None: the sentence as it is
    for sentence, found_here in zip(extraction.sentences, matches):
        if not found_here and not any(m.label == "ORG" and fold(m.text) in _towns() for m in sentence.mentions):
            mended.append(None)  # no team's name, and no town's the loop below may make a place
            continue
        mentions: list[tuple[int | None, Mention]] = list(enumerate(sentence.mentions))
        for start, end, name in found_here:
            if places.in_gazetteer(name) and _town_before(sentence.text, start):
                # "a win at Bournemouth": the town, whatever the recogniser's label
                mentions = [(i, replace(m, label="GPE") if (m.start, m.end) == (start, end) else m) for i, m in mentions]
            elif sport or distinctive(name):
                mentions = _as_team(mentions, start, end, name)
        mended.append([(i, replace(m, label="GPE") if m.label == "ORG" and fold(m.text) in _towns()
                        and _town_before(sentence.text, m.start) else m)
                       for i, m in mentions])  # "at Moses Mabhida Stadium in Durban": a team's town, the place
    return replace(extraction, sentences=tuple(
        sentence if mentions is None or [m for _, m in mentions] == list(sentence.mentions)
        else sentence.renumbered(mentions)
        for sentence, mentions in zip(extraction.sentences, mended)))


def _town_before(text: str, start: int) -> bool:
    """Do the words before ``start`` make the town's name there the town ("a win at Bournemouth"), not its club
    ("his contract at Fulham", "signed from Aston Villa")?"""
    return _PLACE_BEFORE.search(text, max(0, start - 20), start) is not None \
        and _CLUB_TENURE_BEFORE.search(text, max(0, start - 60), start) is None


def _about_sport(extraction: Extraction) -> bool:
    """Whether the article uses _SPORT_WORDS distinct words of sport (``_SPORT``); read until it has."""
    seen: set[str] = set()
    for sentence in extraction.sentences:
        for word in _SPORT.finditer(sentence.text):
            seen.add(fold(word.group()))
            if len(seen) >= _SPORT_WORDS:
                return True
    return False


def _matches(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of each name of the table in ``text``, longest first at each capitalised word."""
    first = _first()
    after = 0
    for token in _OPENING.finditer(text):  # the words of _TOKEN that may open a name, in order
        written = token.group()
        if token.start() < after or not written[0].isupper() and not written[0].isdigit():
            continue
        # A word ending in "s" has nothing to strip but an owner's 's.
        word = _TRAILING.sub("", written) if written[-1] in _TRAILING_LAST \
            and (written[-1] != "s" or written[-2:-1] in ("'", "’")) else written
        if word not in first and written not in first:
            continue
        # This word and the next ones, as many as the longest name it begins has (not the sentence's every word).
        tokens = list(islice(_TOKEN.finditer(text, token.start()), first.get(word, 0) or first.get(written, 0)))
        for length in range(len(tokens), 0, -1):
            last = tokens[length - 1]
            if any(tokens[i].end() + 1 != tokens[i + 1].start() or text[tokens[i].end()] != " "
                   for i in range(length - 1)):
                continue  # a name's words stand one space apart
            end = last.start() + len(_TRAILING.sub("", last.group())) if length > 1 or word != token.group() \
                else last.end()
            name = text[token.start():end]
            if teams(name) and name[0].isupper() and _alone(text, token.start(), end):
                yield token.start(), end, name
                after = end
                break


def _alone(text: str, start: int, end: int) -> bool:
    """No capitalised word glued right after or before the name ("Chelsea Clinton", "Bank of Chelsea")."""
    after = re.match(r" ([A-Z][\w'’-]*)", text[end:end + 40])
    before = re.search(r"(?:^|\s)([A-Z][\w'’-]*) $", text[max(0, start - 40):start])
    return not (after and not _stop(after[1])) and not (before and not _stop(before[1]) and not _demonym(before[1]))


def _demonym(word: str) -> bool:
    """A country's adjective before a team's name is no part of it: "the Saudi Al-Hilal striker", "Brazilian
    Fluminense" (issue 15, tenth pass: the club was found nowhere). Not a country's name nor its capitals ("US")."""
    code = countries.lookup(word) if word[1:].islower() else None
    return bool(code) and countries.name(code).casefold() != word.casefold()


def _stop(word: str) -> bool:
    """A capitalised word next to a name that is no part of it: a sentence's small words, "The"."""
    return word in ("The", "A", "An", "And", "But", "As", "At", "In", "On", "For", "With", "After", "Before", "By",
                    "From", "To", "When", "While", "If", "So", "Then", "Now", "Even", "Only", "Both", "FC", "I")


def _as_team(mentions: list[tuple[int | None, Mention]], start: int, end: int, name: str
             ) -> list[tuple[int | None, Mention]]:
    """The mentions (with the index each had) with the team's name at ``start:end`` as one organisation
    mention, which keeps the index of the recogniser's mention it replaces."""
    kept = []
    origin = None
    for index, mention in mentions:
        if mention.end <= start or end <= mention.start:
            kept.append((index, mention))
            continue
        origin = index if origin is None else origin
        owned = _OWNED.match(mention.text, end - mention.start) if mention.start == start else None
        if owned:  # "Alfa Romeo's Valtteri Bottas": the team, then its driver as the recogniser labelled him
            rest = mention.start + owned.start(1)
            kept.append((index, Mention(owned[1], mention.label, rest, mention.end)))
            origin = None
            continue
        if (mention.start < start or end < mention.end) and not _only_the(mention, start, end):
            return mentions  # part of a longer name the recogniser found ("Chelsea Football Club Foundation")
        if mention.label not in _RELABELLED:
            return mentions
    kept.append((origin, Mention(name, "ORG", start, end)))
    return sorted(kept, key=lambda pair: pair[1].start)


def _only_the(mention: Mention, start: int, end: int) -> bool:
    """The recogniser's mention is the name with "the" before it or an owner's 's after it."""
    return mention.text[:start - mention.start].strip().casefold() in ("", "the") \
        and mention.text[end - mention.start:].strip() in ("", "'s", "’s")



def key(name: str, local: frozenset[str]) -> str | None:
    """The folded full name of the team an organisation's name stands for in an article whose teams
    (full names, ``local_teams``) are ``local``: the one team it names, else the one team of the
    article it may name; a town the one team of the article from it. None: no team, or no telling which."""
    if name.isupper() and places.in_gazetteer(name):
        return None  # "BOURNEMOUTH, United Kingdom:": a dateline's town
    named = teams(name)
    if len(named) == 1 and (distinctive(name) or named[0] in local):
        return fold(named[0])
    among = [team for team in named if team in local] or [team for team in _towns().get(fold(name), ()) if team in local]
    if len(among) == 1:
        return fold(among[0])
    return fold(name) if fold(name) in _shared() else None  # "Spurs", none of whose teams the article names


def local_teams(names: Iterable[str]) -> frozenset[str]:
    """The teams (full names) an article names (its organisation names): by a name that is nothing else
    or by a shared name and its town ("Warriors", "Golden State"), or by other names when it names two
    teams or more ("Chelsea" and "Liverpool")."""
    names = set(names)
    single = {name: teams(name)[0] for name in names if len(teams(name)) == 1}
    sure = {team for name, team in single.items() if distinctive(name)}
    homes = {team for name in names for team in _towns().get(fold(name), ())}
    for name in names:
        shared = [team for team in teams(name) if team in homes]
        if len(teams(name)) > 1 and len(shared) == 1:
            sure.add(shared[0])  # "Warriors" beside "Golden State": the one team a shared name and a town both name
    found = set(single.values()) | sure
    return frozenset(found) if sure or len(found) > 1 else frozenset()
