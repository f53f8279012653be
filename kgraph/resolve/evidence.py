"""Mentions -> observations: each mention's cleaned name and what its sentence says about it.

The recogniser's label is one vote among several: a title before a name, a
speech verb, a list of places or people it stands in, "the" before it, what
only an organisation has or does ("shares of X", "X's chief executive"). A
mention split in two by the recogniser ("MEP Manon" + "Aubry") is read whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from ..types import HEADLINE, Extraction, Mention, Sentence
from . import countries, designators, names, outlets, places
from .organisations import definitions

__all__ = ["Observation", "Observed", "SentenceObserved", "observe", "observe_sentence", "observed", "observed_row",
           "observed_from_row"]

_new = tuple.__new__
_SPEECH_VERBS = frozenset("said says wrote writes added".split())
# Players' positions and sport's roles, right before a name, say "a person" as a title does ("Denver
# center Nikola Jokic", "Arsenal striker X", "India opener Y"); nameparser's titles have none of them
# (they have coach, manager, captain, skipper).
_POSITIONS = frozenset("""
center centre forward striker midfielder defender goalkeeper keeper goalie winger fullback full-back wingback
wing-back playmaker guard quarterback pitcher catcher shortstop outfielder infielder batsman batter bowler spinner
seamer paceman pacer opener wicketkeeper wicket-keeper all-rounder allrounder teammate team-mate rookie sprinter
jockey cyclist golfer boxer
""".split())
_SKIPPED_BEFORE = frozenset("to of the a an".split())
_ARTICLES = frozenset("the The a A an An".split())
# Title words that are also ordinary adjectives of organisations' names.
_NOT_TITLES = frozenset("united national royal special state central group army".split())
# What a leader's name stands before: "the Biden administration", "the Lula presidency" (lower case: the
# "Food and Drug Administration" is a body's name).
_LED_AFTER = re.compile(r"\s+(?:administration|presidency)\b")
# A person's age in apposition after the name: "Jude Bellingham, 20, scored", "Smith, 45, said".
_AGE_AFTER = re.compile(r",\s?\d{1,3},")
_JOIN_GAP = re.compile(r"^[\s()\[\]]*$")
_BRACKET_CHARS = re.compile(r"[()\[\]]")
# What str.isalnum() accepts: re's word characters without the underscore.
_ALPHANUMERIC = re.compile(r"[^\W_]")
_PLACE_LABELS = frozenset({"GPE", "LOC"})
# Nouns that name a kind of company, party, team or outlet, right before its name: "carmaker Tesla".
_ORGANISATION_NOUNS = frozenset("""
airline automaker bank broadcaster carmaker carrier chipmaker club company conglomerate daily developer firm
giant insurer lender manufacturer miner newspaper outlet party regulator retailer side startup supplier tabloid
team
""".split())
# ... and of two words: a maker of goods ("aluminium producer Norsk Hydro", "oil exporter X", not "film
# producer X") or a government's partner ("coalition partner Komeito").
_MAKERS = frozenset("producer producers maker exporter importer refiner miner manufacturer supplier trader".split())
_GOODS = frozenset("""
oil gas crude fuel steel aluminium aluminum copper iron ore coal gold silver nickel zinc lithium cobalt uranium
platinum cement chemicals fertiliser fertilizer sugar cocoa coffee palm rubber timber paper pulp power electricity
chip chips car cars truck trucks vehicle aircraft drug drugs vaccine beer tobacco food solar battery semiconductor
smartphone arms weapons
""".split())
# A platform one posts on ("wrote on Twitter", "posted on Facebook"), or whose account someone has ("on his
# Twitter account"): a company, whatever the label (not "said on", which also goes before places).
_POSTED_ON = re.compile(r"\b(?:wrote|writes|writing|posted|posts|posting|tweeted|shared)\s+on$", re.IGNORECASE)
_ACCOUNT_AFTER = re.compile(r"^\s+(?:account|accounts|page|feed|handle|channel|profile)\b", re.IGNORECASE)
# Where one has a job, or moves to work: "a placement with X", "a stint at X", "his move to X" (a company or a
# club; a town or a country after it is where one went, not an organisation).
_EMPLOYER_BEFORE = re.compile(r"\b(?:placement|internship|apprenticeship|job|career|stint|spell|move|switch|transfer)"
                              r"\s+(?:with|at|to)(?:\s+the)?$", re.IGNORECASE)
_POSSESSIVES = frozenset("his her its their our my your".split())
_SHARES_OF = re.compile(r"\b(?:shares|stake|stakes) (?:of|in)$", re.IGNORECASE)
# After a name: what only an organisation has ("Tesla's stock") ...
_OWNED = re.compile(r"^['’]s\s+(?:chief executive|ceo|chairman|chairwoman|board|shares|stock|shareholders|"
                    r"subsidiary|subsidiaries|headquarters|employees|staff)\b", re.IGNORECASE)
# ... or is, right after it: "the Nikkei newspaper", "former Transnet board member".
_BODY_AFTER = re.compile(r"^\s+(?:newspaper|board|shareholders)\b")
# ... or employs, after "the"/"a": "the Labour leader", "a Robert W. Baird analyst".
_EMPLOYED = re.compile(r"^\s+(?:leader|leaders|analyst|analysts|economist|economists|strategist|strategists|"
                       r"researcher|researchers|lawmaker|lawmakers|chief executive|ceo|chairman|chairwoman|"
                       r"shareholders|employee|employees|staff)\b", re.IGNORECASE)
# After a town's name, what makes it its club or team: "the Barcelona keeper", "his first Barcelona goal".
_CLUB_AFTER = re.compile(r"^\s+(?:keeper|goalkeeper|striker|forward|midfielder|defender|winger|coach|manager|boss|"
                         r"captain|skipper|fans|supporters|squad|players?|goal|goals|debut|shirt|academy|"
                         r"penalty area|dressing room|bench|lineup|line-up|starting xi)\b", re.IGNORECASE)
# After a name, a head of it and the head's name make it an organisation: "Meta CEO Mark Zuckerberg",
# "Amazon boss Jeff Bezos".
_HEADED_BY = re.compile(r"^\s+(?:CEO|[Cc]hief [Ee]xecutive|(?:[Cc]o-)?[Ff]ounder|[Cc]hair(?:man|woman)|boss)\s+[A-Z]")
# After a name, a station's or an airport's noun makes it that place's name, whatever the label: "Manchester
# Victoria train station", "Kilimani police station", "Heathrow airport"; not a role in it ("station manager").
_STATION_AFTER = re.compile(r"\s+(?:(?:train|railway|rail|metro|tube|underground|subway|bus|police|fire)\s+)?"
                            r"(?:station|airport)\b(?!\s+(?:manager|master|chief|head|officer|commander|staff))",
                            re.IGNORECASE)
# A party to a court case: "National Labor Relations Board v. Noel Canning", "Conestoga Wood v. Sebelius".
_CASE_AFTER = re.compile(r"^\s+v\.?\s+[A-Z]")
_CASE_BEFORE = re.compile(r"(?:^|\s)v\.?$")
# Characters after a mention read for the above and for a dateline.
_CONTEXT_AFTER = 24
# What follows the place of a dateline: a comma, a dash, a bracket.
_DATELINE_END = re.compile(r"^\s*(?:,|--|—|–|\()")
# ... and the ground a match is played at ("Saturday's showdown at Twickenham"); not "win at", "defeat at" (the
# opponent's club: "a 2-1 win at Brentford").
_PLACE_CONTEXT = re.compile(r"\b(?:(?:city|cities|town|village|region|regions|province|oblast) of|"
                            r"(?:showdown|clash|match|game|fixture|derby|encounter) at)$", re.IGNORECASE)
# Characters before a mention that can hold "photo by" or a _PLACE_CONTEXT phrase and the
# character before it: the rest of the sentence need not be read for each mention.
_CONTEXT_CHARS = 16
# Characters before a mention read for the outlet that employs it: "The Boston Globe's senior correspondent".
_STAFF_CONTEXT = 48
# Units of measure written after a number ("100 Mbps", "the 300 MW Chongneng project"): no name, nor part of one.
_UNITS = frozenset("""
bps kbps mbps gbps tbps kb mb gb tb pb kw mw gw tw kwh mwh gwh twh kv mah hz khz mhz ghz km kg mg mm cm ml mph kph
kmh bpd boe mtpa mmt bcm tcf ppm
""".split())
# A brand's registered or trade mark: "Victoza®", "Victoza(®)", "Acme™": a product, no actor (issue 15).
_MARK_AFTER = re.compile(r"^(?:®|™|\(®\)|\(™\)|\(TM\))")
# The portfolio a minister holds ("Minister of Water Resources, Jane Doe"): a role's words, not a body.
_PORTFOLIO_BEFORE = re.compile(r"\b(?:minister|secretary|commissioner)s?\s+(?:of|for)$", re.IGNORECASE)
# A credit rating's grade: "Australia's AAA credit rating", "a BBB- rating", "an Aa3-rated bond".
_RATING = re.compile(r"^(?:AAA|AA[+-]?|A[+-]|BBB[+-]?|BB[+-]?|CCC[+-]?|Aaa|Aa[1-3]|Baa[1-3]|Ba[1-3]|Caa[1-3])$")
_RATED = re.compile(r"^(?:\s+(?:\w+\s+)?ratings?\b|-rated\b)", re.IGNORECASE)
# Words before a mention that the evidence reads: titles, speech verbs, a given name, "the".
_WORDS_BEFORE = 4
# Distinct surface forms whose reading is kept: a corpus repeats the same names thousands of times.
_SURFACES_KEPT = 1 << 16
# Items of a list: "Chernihiv, Kyiv, Ivano-Frankivsk, Poltava" (unrecognised items between); an item may
# carry short notes in brackets, as squads do ("Rishabh Pant (vice-captain) (wk), KS Bharat (wk), ...").
_LIST_GAP = re.compile(r"^(?:\s*\([^()]{1,20}\))*(?:\s*,\s*[A-Z][\w'’-]*(?:\s*\([^()]{1,20}\))*)*"
                       r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")


class Observation(NamedTuple):
    """One mention as resolution reads it.

    A NamedTuple, not a dataclass: a build reads every observation back from
    the spill four times, and a tuple is rebuilt from its stored row in C.
    """

    name: str  # cleaned name; a person's without titles
    surface: str  # the mention as written, on one line
    label: str  # the recogniser's label
    titled: bool  # a title, role or speech verb says "a person"
    listed_with_place: bool  # stands in a list beside a place
    determiner: bool  # "the" (or "a") before the name
    initial: bool  # first words of its sentence
    listed_with_person: bool  # stands in a list beside a person ("Bhupesh Baghel, T S Singh Deo and ...")
    organisational: bool  # what is said around it fits only an organisation ("carmaker Tesla", "Tesla's stock")
    headline: bool = False  # in the article's headline (types.HEADLINE), whose labels are the recogniser's weakest
    station: bool = False  # a station's or airport's noun right after it ("X train station"): a place whatever its label
    state: bool = False  # a US state's name that is also a country's, in an article that says "Atlanta, Georgia"


# One sentence's observations and the (short, long) names it defines.
SentenceObserved = tuple[tuple[Observation | None, ...], tuple[tuple[str, str], ...]]


@dataclass(frozen=True, slots=True)
class Observed:
    """All resolution needs of one article, without its text."""

    article: str  # the article's id
    sentences: tuple[tuple[Observation | None, ...], ...]  # per mention; None: no actor's name
    definitions: tuple[tuple[str, str], ...]  # (acronym, long form) the article defines, as organisation keys


def observe(extraction: Extraction) -> Observed:
    """One observation (or None: no actor's name) per mention, aligned with the sentences."""
    outlet = outlets.own_names(extraction.info)
    return observed(extraction.info.id, [observe_sentence(sentence, outlet) for sentence in extraction.sentences])


def observe_sentence(sentence: Sentence, outlet: frozenset[str]) -> SentenceObserved:
    """What ``observe`` reads in one sentence of an article whose own outlet is ``outlet``
    (``outlets.own_names``): its mentions' observations and the names it defines.

    It depends on nothing else, so a build may keep it for a sentence met again (``kgraph.pipeline``).
    """
    return _sentence(sentence, outlet), tuple(definitions((sentence,)).items())


def observed(article: str, sentences: Sequence[SentenceObserved]) -> Observed:
    """The article's Observed from what each of its sentences gave (``observe_sentence``), in order."""
    defined: dict[str, str] = {}
    for _, pairs in sentences:
        defined.update(pairs)  # a later definition of a name wins, as in one pass over the article
    found = tuple(seen for seen, _ in sentences)
    # "Atlanta, Georgia" once: every "Georgia" of the article is the US state ("Georgia law"), not the country.
    states = {seen.name for sentence in found for seen in sentence if seen and seen.state}
    if states:
        found = tuple(tuple(seen._replace(state=True) if seen and seen.name in states else seen for seen in sentence)
                      for sentence in found)
    return Observed(article=article, sentences=found, definitions=tuple(defined.items()))


def _sentence(sentence: Sentence, outlet: frozenset[str]) -> tuple[Observation | None, ...]:
    mentions = sentence.mentions
    spans = _joined_spans(sentence.text, mentions)
    found = tuple(
        _observation(sentence.text, mentions, index, *spans[index], outlet=outlet) for index in range(len(mentions))
    )
    if sentence.paragraph == HEADLINE:
        return tuple(seen and seen._replace(headline=True) for seen in found)
    return found


def _joined_spans(text: str, mentions: tuple[Mention, ...]) -> list[tuple[int, int]]:
    """Character spans, with neighbouring PERSON pieces ("(Vladimir) Putin") joined; not a name and the initials in
    brackets after it, which define them ("Mohammed bin Salman (MBS)")."""
    spans = [(m.start, m.end) for m in mentions]
    for i in range(len(mentions) - 1):
        left, right = mentions[i], mentions[i + 1]
        gap = text[left.end:right.start]
        if left.label == right.label == "PERSON" and _JOIN_GAP.match(gap) \
                and not ("(" in gap and names.is_acronym(right.text)):
            spans[i] = spans[i + 1] = (spans[i][0], right.end)
    return spans


def _observation(text: str, mentions: tuple[Mention, ...], index: int, start: int, end: int, *,
                 outlet: frozenset[str]) -> Observation | None:
    """What the sentence says of one mention; None: no actor's name (a credit, a role, the news's carrier)."""
    mention = mentions[index]
    context = text[:start].rstrip()[-_CONTEXT_CHARS:]
    if _is_credit(text, start, end, context) or _is_role(mention, text[end:]):
        return None
    surface = text[start:end]
    if _BRACKET_CHARS.search(surface):
        surface = _BRACKET_CHARS.sub("", surface)
    surface = " ".join(surface.split())
    after = text[end:end + _CONTEXT_AFTER]
    if _not_a_name(surface, context, after):
        return None
    first, _, rest = surface.partition(" ")
    if rest and first.casefold() in _UNITS and context[-1:].isdigit():
        surface = rest  # "300 MW Chongneng": the project, not its capacity
    read = _read(surface)
    if read is None:
        return None
    name, person, shaped, title_dropped = read
    if outlets.is_own(name, outlet) or outlets.wire_agency(name, context, text[end:end + _CONTEXT_AFTER]) \
            or outlets.staff(text[max(0, start - _STAFF_CONTEXT):start], outlet):
        return None  # who carries the news, and who reports it, is no actor of it
    before = text[:start].rsplit(maxsplit=_WORDS_BEFORE)[-_WORDS_BEFORE:]
    titled = False
    if mention.label == "PERSON":
        titled, name = title_dropped, _with_given_name(person, before)
    elif shaped and not _adjective_opened(name, person):
        titled, name = title_dropped, person
    initial = _ALPHANUMERIC.search(text, 0, start) is None
    with_place, with_person = _listed_with(text, mentions, index)
    # "The Luiz Inácio Lula da Silva administration": the article is the administration's, the name a leader's.
    led = _LED_AFTER.match(after) is not None and not designators.designated(name)
    aged = _AGE_AFTER.match(after) is not None  # "Bellingham, 20, was mobbed": an age says "a person"
    determiner = not led and (bool(before) and before[-1] in _ARTICLES or surface.startswith(("the ", "The ")))
    party = _case_party(context, after)
    organisational = _organisational(before, context, after, determiner) or party and " " in name \
        or _CLUB_AFTER.match(after) is not None and places.in_gazetteer(name) \
        or _EMPLOYER_BEFORE.search(context) is not None and not places.in_gazetteer(name) and not countries.lookup(name)
    return Observation(
        name,
        surface,
        mention.label,
        not organisational and (titled or led or aged or _titled_context(before) or party and _surname_party(name)),
        with_place or _PLACE_CONTEXT.search(context) is not None or (initial and _dateline(surface, after)),
        determiner,
        initial,
        with_person,
        organisational,
        station=_STATION_AFTER.match(text, end) is not None,
        state=places.us_state_after_town(name, context),
    )


def _not_a_name(surface: str, context: str, after: str) -> bool:
    """A unit after a number ("100 Mbps"), a marked brand ("Victoza®"), a credit rating ("AAA credit
    rating") or a minister's portfolio ("Minister of Water Resources"): words a recogniser takes for names
    that name no actor (issue 15: ads, business copy, roles)."""
    return (surface.casefold() in _UNITS and context[-1:].isdigit() or "®" in surface or "™" in surface
            or _MARK_AFTER.match(after) is not None or _RATING.match(surface) is not None and _RATED.match(after) is not None
            or _PORTFOLIO_BEFORE.search(context) is not None and not countries.lookup(surface)
            and not places.in_gazetteer(surface))


@lru_cache(maxsize=_SURFACES_KEPT)
def _read(surface: str) -> tuple[str, str, bool, bool] | None:
    """What a surface form says on its own, read once per distinct form.

    Its name, that name without titles and roles, whether that is shaped like
    a person's name, and whether a title was dropped; None: no actor's name.
    """
    head, comma, tail = surface.rpartition(", ")
    if comma and designators.legal_suffix(f"{head} {tail}"):
        surface = f"{head} {tail}"  # "Hobby Lobby Stores, Inc.": a company's legal form, not a list
    name = names.clean(surface)
    if name is None:
        return None
    person = names.strip_roles(name)
    titled = any(names.is_title(w) for w in name.split()[: -len(person.split())])
    return name, person, names.person_shaped(person), titled


def _is_credit(text: str, start: int, end: int, context: str) -> bool:
    """Photo credits: 'Jason Alden/EPA', 'Photo by ...' (``context``: the characters before the mention)."""
    around = text[max(0, start - 1):start] + text[end:end + 1]
    return "/" in around or context.casefold().endswith(("photo by", "photo:"))


def _is_role(mention: Mention, after: str) -> bool:
    """'Indian External Affairs' in 'Indian External Affairs Minister X': a role, not an organisation; but a
    country's name alone before a role is the country ("Wales captain Dan Biggar")."""
    following = after.split(maxsplit=1)[:1]
    return (mention.label == "ORG" and bool(following) and names.is_title(following[0])
            and bool(countries.lookup(mention.text.split()[0])) and " " in mention.text.strip())


def _adjective_opened(name: str, person: str) -> bool:
    """'National Unity Front', 'National Dengue Control Unit' tagged as no person: the one word dropped
    as a title is an adjective of organisations' names, so the name is kept whole (not 'Unity Front')."""
    dropped = name.split()[: -len(person.split())]
    return len(dropped) == 1 and dropped[0].casefold() in _NOT_TITLES


def _titled_context(before: list[str]) -> bool:
    """A title or role right before the name ("Defense Secretary, John Healey"), or a speech verb."""
    words = before[::-1]
    while words and words[0] in _ARTICLES:
        words.pop(0)
    if words and words[0] in ("of", "Of"):
        return False  # "former chair of the Federal Communications Commission": the role is held in it
    for word in words:
        says = _says_person(word)
        if says is not None:
            return says
    return False


@lru_cache(maxsize=_SURFACES_KEPT)
def _says_person(word: str) -> bool | None:
    """Whether a word before a name makes it a person's (a title, role, speech verb); None: look further back."""
    bare = word.strip(",;:\"“”'’").casefold()
    if bare in _SKIPPED_BEFORE or countries.lookup(bare) or names.is_acronym(word.strip(",")):
        return None
    return bare in _SPEECH_VERBS or bare in _POSITIONS or (names.is_title(bare) and bare not in _NOT_TITLES)


def _with_given_name(name: str, before: list[str]) -> str:
    """'Kyrylo Budanov' where the recogniser took only 'Budanov': a plain capitalised word before a surname."""
    if " " in name or len(before) < 2:
        return name
    word = before[-1]
    if word.isalpha() and word[0].isupper() and not word.isupper() and not names.is_title(word) \
            and not countries.lookup(word) and not before[-2].endswith((".", "!", "?", ":")):
        return f"{word} {name}"
    return name


def _listed_with(text: str, mentions: tuple[Mention, ...], index: int) -> tuple[bool, bool]:
    """Whether the mention stands in a list beside a place, and beside a person: a list holds one kind of thing.

    'Moscow, Buynaksk, and Volgodonsk'; 'Bhupesh Baghel, T S Singh Deo, Tamradhwaj
    Sahu'. Countries do not count: lists of countries and organisations are
    common ("the U.S., the EU and NATO").
    """
    group = [index]
    for step in (-1, 1):
        position = index
        while 0 <= position + step < len(mentions):
            left, right = mentions[position], mentions[position + step]
            if right.start < left.start:
                left, right = right, left
            if not _LIST_GAP.match(text[left.end:right.start]):
                break
            position += step
            group.append(position)
    others = [mentions[i] for i in group if i != index]
    with_place = any(m.label in _PLACE_LABELS and not countries.lookup(m.text) for m in others)
    # A place in the list makes it one of places: a PERSON label in it is the recogniser's slip ("Dnipro
    # and Zaporizhzhia, Kyiv").
    return with_place, not with_place and any(m.label == "PERSON" for m in others)


def _organisational(before: list[str], context: str, after: str, determiner: bool) -> bool:
    """A company's, party's or team's noun before the name ("carmaker Tesla"), "shares of" before it, a
    platform posted on or holding one's account ("wrote on Twitter", "his Twitter account"),
    what only an organisation has or is after it ("Tesla's stock", "the Nikkei newspaper"), or what it
    employs after "the"/"a"
    ("the Labour leader", "a Robert W. Baird analyst"), or a head's role and name after it ("Meta CEO Mark
    Zuckerberg": a town's name too, but the company here)."""
    last = [word.casefold() for word in before[-2:]]
    return (bool(last) and last[-1] in _ORGANISATION_NOUNS) or _SHARES_OF.search(context) is not None \
        or _POSTED_ON.search(context) is not None \
        or bool(last) and last[-1] in _POSSESSIVES and _ACCOUNT_AFTER.match(after) is not None \
        or len(last) == 2 and (last[1] in _MAKERS and last[0] in _GOODS or last == ["coalition", "partner"]) \
        or _OWNED.match(after) is not None or _BODY_AFTER.match(after) is not None or (determiner and _EMPLOYED.match(after) is not None) \
        or _HEADED_BY.match(after) is not None


def _case_party(context: str, after: str) -> bool:
    """A party to a court case ("NLRB v. Noel Canning", "Conestoga Wood v. Sebelius"). A case's name gives a
    person by surname alone, so a party of two words or more is a company or a body, and a party of one word
    that is no acronym nor town is a person (``_surname_party``)."""
    return _CASE_AFTER.match(after) is not None or _CASE_BEFORE.search(context) is not None


def _surname_party(name: str) -> bool:
    """A one-word party to a court case read as a surname: 'Sebelius', not 'NLRB' nor 'Texas'."""
    return " " not in name and not names.is_acronym(name) and not places.in_gazetteer(name)


def _dateline(surface: str, after: str) -> bool:
    """'BOURNEMOUTH, United Kingdom:' or 'LOS ANGELES --' opening a sentence: where the story was filed."""
    return surface.isupper() and len(surface) > 3 and _DATELINE_END.match(after) is not None


def observed_row(observed: Observed) -> tuple:
    """As a plain row for the build's spill: the article id, per sentence each mention's observation
    as a tuple (None: no actor), the definitions."""
    sentences = [[None if seen is None else tuple(seen) for seen in s] for s in observed.sentences]
    return observed.article, sentences, observed.definitions


def observed_from_row(row: Sequence) -> Observed:
    article, sentences, definitions = row
    return Observed(
        article=article,
        # tuple.__new__ rebuilds each NamedTuple in C: a build reads every observation back four times.
        sentences=tuple(tuple(None if seen is None else _new(Observation, seen) for seen in s) for s in sentences),
        definitions=tuple((acronym, long_form) for acronym, long_form in definitions),
    )
