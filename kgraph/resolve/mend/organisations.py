"""Organisations' names the recogniser cut, joined, missed or misfiled, made mentions of their own (``mend``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace

from ...ingest import clean
from ...types import HEADLINE, Extraction, Mention
from ...words import INSTITUTION_WORDS, word_alternation
from .. import acronyms, countries, designators, legislatures, names, places, teams
from ..evidence import ORGANISATION_NOUNS, squad_entry
from .spans import (
    _extended,
    _LABELS, _LIST_GAP, _RUNNING_TEXT, _LOWER_WORD, _NOT_NAMES, _NOT_INITIALS, _CAPITAL_BEFORE, _CAPITAL_AFTER,
    _unowned, _run_on, _LIST, _READ_LABELS, _QUOTED)

# Rows a market table has at least before its names are read as one kind (``_market_rows``).
_TABLE_ROWS = 3
# An "'s" that ends a company's name, not a possessive: no noun follows it, but a stop, a verb of news, a relative
# pronoun, or "and"/"or" before a name not in the possessive ("Sainsbury's and Asda"; not "Apple's and Google's
# stores").
_NAME_S = re.compile(r"['’]s(?:(?=\s*(?:[,.;:!?)]|$))|(?=\s+(?:said|says|has|had|is|was|will|would|which|who|"
                     r"announced|reported|agreed|declined)\b)|(?=\s+(?:and|or)\s+[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*"
                     r"(?![\w&'’-])))")
# The legal form after a comma that ends a company's name: "Hobby Lobby Stores|, Inc.", ", Ltd", ", S.A.".
_LEGAL_FORM = re.compile(r", ([A-Z][A-Za-z]{0,4}\.?(?:[A-Z][a-z]?\.)*)(?![\w-])")
# Two names joined by "and", each of two words or more: "Adani Enterprises and Adani Ports".
_TWINS = re.compile(r"((\w+)(?: [A-Z][\w.&-]*)+) and (([A-Z]\w*)(?: [A-Z][\w.&-]*)+)")
# Two to five words in brackets after a person, capitalised or small joining words: "(National Renovation)",
# "(Freedom and Direct Democracy)" (``_bracketed_affiliations``).
_BRACKETED_BODY = re.compile(r" \(((?:[A-Z][\w'’&.-]*)(?: (?:[A-Z][\w'’&.-]*|of|and|for|the|de|del|la)){0,3} [A-Z][\w'’&.-]*)\)")
# A broadcaster's call sign: "CKEY-AM", "WABC-TV", "KQED-FM" (``_call_signs``).
_CALL_SIGN = re.compile(r"(?<![\w'’.&-])[CKW][A-Z]{2,3}-(?:AM|FM|TV)(?![\w'’&-])")
# A word of two to six capitals standing on its own: "ACT", "HTC" (``_listed_acronyms``).
# The first capital before the look-behind (over it): re then skips from capital to capital (``repeats._ALONE``).
_ACRONYM = re.compile(r"[A-Z](?<![\w'’.&-][A-Z])[A-Z]{1,5}(?![\w'’&-])")
# A lower-case noun and up to three capitalised words after it: "startup| Oyo", "side| Fulham" (``_after_organisation_nouns``).
# The look-ahead at the nouns' first letters spares re the whole alternation at most positions, and the nouns as a
# tree of their letters (a space follows each: one noun at most matches at a place) each noun at the others.
_AFTER_NOUN = re.compile(r"(?=[%s])\b(%s) ((?:[A-Z][\w&.-]*(?:['’]s)?)(?: [A-Z][\w&.-]*(?:['’]s)?){0,2})(?![\w'’&-])"
                         % ("".join(sorted({noun[0] for noun in ORGANISATION_NOUNS})),
                            word_alternation(sorted(ORGANISATION_NOUNS))))


# A plural acronym in brackets right after a mention: "Limited Partners (LPs)", "Internally Displaced Persons (IDPs)".
_PLURAL_ACRONYM_AFTER = re.compile(r"\s*\([A-Z]{2,6}s\)")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,6}s")


def _plural_long_forms(extraction: Extraction) -> Extraction:
    """The article without the names it defines by a plural acronym, wherever it writes them.

    "from Limited Partners (LPs)", later "Sequoia's Limited Partners": what a plural acronym abbreviates is
    a kind of thing (partners, displaced persons, vehicles), not one body (issue 15, dev5 noise).
    """
    defined = {mention.text.removeprefix("the ").removeprefix("The ")
               for sentence in extraction.sentences for mention in sentence.mentions
               if _PLURAL_ACRONYM_AFTER.match(sentence.text, mention.end)}
    if not defined:
        return extraction
    return replace(extraction, sentences=tuple(
        sentence.renumbered([(i, m) for i, m in enumerate(sentence.mentions) if not m.text.endswith(tuple(defined))])
        if any(m.text.endswith(tuple(defined)) for m in sentence.mentions) else sentence
        for sentence in extraction.sentences))


# Last words of a company's name that a country's name may follow as part of it: "Industries Qatar", "Commercial
# International Bank Egypt", "Barclays Bank Kenya" (dev9). Lower case.
_COUNTRY_TAKING_HEADS = frozenset("""bank industries airways airlines telecom holding holdings group petroleum insurance
cement steel ports shipping properties motors breweries""".split())
# Capitalised words right before a place: the company's name before its country.
_COMPANY_BEFORE = re.compile(r"(?=[A-Z])(?<![\w'’.-])(?:[A-Z][\w&'’.-]* )*([A-Z][\w&'’.-]*) $")


def _companies_of_a_country(extraction: Extraction) -> Extraction:
    """The article with each company's name that ends in a country's made one organisation mention.

    "Industries Qatar", "Commercial International Bank Egypt": the small model tags the country alone (and
    "Commercial International Bank" apart, or nothing before it). A country's GPE mention right after capitalised
    words (an ORG mention or untagged) of which the last is a company's word (``_COUNTRY_TAKING_HEADS``) is the
    end of an ORG mention of them all.
    """
    sentences = []
    for sentence in extraction.sentences:
        text, kept = sentence.text, list(enumerate(sentence.mentions))
        changed = False
        for position, (origin, mention) in enumerate(kept):
            if mention.label != "GPE" or not countries.lookup(mention.text):
                continue
            before = _COMPANY_BEFORE.search(text, 0, mention.start)
            if before is None or before[1].casefold() not in _COUNTRY_TAKING_HEADS:
                continue
            inside = [m for _, m in kept if before.start() <= m.start < mention.start]
            if any(m.label != "ORG" or m.start != before.start() for m in inside) \
                    or any(m.start < before.start() < m.end for _, m in kept):
                continue
            kept = [(i, m) for i, m in kept if not before.start() <= m.start < mention.start]
            at = next(k for k, (_, m) in enumerate(kept) if m is mention)
            kept[at] = (origin, Mention(text[before.start():mention.end], "ORG", before.start(), mention.end))
            changed = True
            break  # one a sentence: the positions moved
        sentences.append(sentence.renumbered(kept) if changed else sentence)
    return replace(extraction, sentences=tuple(sentences))


# Two names joined by "&" or "and" in one mention: "Al Mokawlon & Ismaily".
_PAIR = re.compile(r"^(.+?) (?:&|and) (.+)$")


def _paired_teams(extraction: Extraction) -> Extraction:
    """The article with each mention of two known teams joined by "&" or "and" made two mentions.

    "the same line-up which faced Al Mokawlon & Ismaily respectively": the small model tags the two clubs as one
    organisation. A mention whose two sides around its first "&" or "and" are each a team of the shipped table
    (``teams``) is two ORG mentions; "Johnson & Johnson" and "Procter & Gamble" are none.
    """
    sentences = []
    for sentence in extraction.sentences:
        kept = list(enumerate(sentence.mentions))
        split = False
        for position in range(len(kept) - 1, -1, -1):  # from the last, so the positions before stay
            origin, mention = kept[position]
            pair = _PAIR.match(mention.text) if mention.label in ("ORG", "PERSON", "GPE") else None
            if pair is None or not (teams.teams(pair[1]) and teams.teams(pair[2])):
                continue
            second = mention.start + pair.start(2)
            kept[position:position + 1] = [(origin, Mention(pair[1], "ORG", mention.start, mention.start + len(pair[1]))),
                                           (None, Mention(pair[2], "ORG", second, mention.end))]
            split = True
        sentences.append(sentence.renumbered(kept) if split else sentence)
    return replace(extraction, sentences=tuple(sentences))


# A company's name the recogniser missed or cut at its front, after a word in lower case: one to three
# capitalised words or acronyms, then a company's last word ("Ithaca Holdings", "TVM Capital Healthcare"; dev9).
_UNTAGGED_COMPANY = re.compile(  # the look-behind after the first capital: re skips from capital to capital
    r"([A-Z](?<=[a-z,] [A-Z])[\w&'’.-]* (?:[A-Z][\w&'’.-]* ){0,2}(?:Holdings|Holding|Group|Capital|Healthcare|Industries|Corporation|"
    r"Enterprises|Ventures|Investments|Properties))\b")


def _untagged_companies(extraction: Extraction) -> Extraction:
    """The article with each company's name the recogniser missed, or cut at its front, an ORG mention.

    "Hybe bought Ithaca Holdings", "from private equity firm TVM Capital Healthcare": the small model tags nothing,
    or "Capital Healthcare". After a word in lower case (never a sentence's first words), capitalised words and a
    company's last word (``_UNTAGGED_COMPANY``) are an ORG mention where no mention crosses them; an ORG mention
    inside them that ends with them gives way.
    """
    # One scan of the article first: no match crosses the line ends joining its sentences, and most articles hold none.
    if _UNTAGGED_COMPANY.search("\n".join(sentence.text for sentence in extraction.sentences)) is None:
        return extraction
    sentences = []
    for sentence in extraction.sentences:
        text, kept = sentence.text, list(enumerate(sentence.mentions))
        found = False
        for company in _UNTAGGED_COMPANY.finditer(text):
            start, end = company.span(1)
            inside = [m for _, m in kept if start <= m.start and m.end <= end]
            if any(m.start < end and start < m.end for _, m in kept if m not in inside) \
                    or any(m.label != "ORG" or m.end != end for m in inside) or inside and inside[0].start == start:
                continue
            kept = sorted([(i, m) for i, m in kept if m not in inside]
                          + [(next((i for i, m in kept if m in inside), None), Mention(company[1], "ORG", start, end))],
                          key=lambda item: item[1].start)
            found = True
        sentences.append(sentence.renumbered(kept) if found else sentence)
    return replace(extraction, sentences=tuple(sentences))


def _police_of_places(extraction: Extraction) -> Extraction:
    """The article with each city's or state's police written in lower case an ORG mention.

    "the Delhi police has leaked names of the victims": the small model tags "Delhi" a place, and the force is
    lost. A GPE mention of a place, no country, right before " police" is an ORG mention of both.
    """
    sentences = []
    for sentence in extraction.sentences:
        text, kept = sentence.text, list(enumerate(sentence.mentions))
        found = False
        for position, (origin, mention) in enumerate(kept):
            if mention.label == "GPE" and text.startswith(" police", mention.end) \
                    and not text[mention.end + 7:mention.end + 8].isalnum() and not countries.lookup(mention.text):
                kept[position] = (origin, Mention(text[mention.start:mention.end + 7], "ORG", mention.start,
                                                  mention.end + 7))
                found = True
        sentences.append(sentence.renumbered(kept) if found else sentence)
    return replace(extraction, sentences=tuple(sentences))


def _twin_names(extraction: Extraction) -> Extraction:
    """The article with two organisations tagged as one name split in two.

    "Adani Enterprises and Adani Ports": the small model tags the pair as one organisation. A mention
    of two names joined by "and", each of two words or more, opening with the same word, and one an
    organisation's by its words (``designators.designated``) is two mentions with its label; "Procter
    and Gamble", "Trinidad and Tobago", "Department of Health and Human Services" do not open twice.
    """
    sentences = []
    for sentence in extraction.sentences:
        kept, changed = [], False
        for index, mention in enumerate(sentence.mentions):
            twins = _TWINS.fullmatch(mention.text)
            if twins and twins[2] == twins[4] and (designators.designated(twins[1]) or designators.designated(twins[3])):
                first, second = twins.span(1), twins.span(3)
                kept.append((index, Mention(twins[1], mention.label, mention.start + first[0], mention.start + first[1])))
                kept.append((None, Mention(twins[3], mention.label, mention.start + second[0], mention.start + second[1])))
                changed = True
            else:
                kept.append((index, mention))
        sentences.append(sentence.renumbered(kept) if changed else sentence)
    return replace(extraction, sentences=tuple(sentences))


def _place_and_demonym(extraction: Extraction) -> Extraction:
    """The article with each name a town and a nationality make, repeated, as one organisation mention.

    "Mumbai Indians", "London Irish": the small model tags the town (GPE) and the nationality (NORP),
    and the nationality's country takes the mention. A place that is no country, one space, then a
    country's demonym, written so twice or more in the article, is one name (a club's or a team's),
    one organisation mention; written once ("Mumbai Indians" as Indians in Mumbai) it stays apart.
    """
    pairs: dict[str, int] = defaultdict(int)
    for sentence in extraction.sentences:
        for left, right in zip(sentence.mentions, sentence.mentions[1:]):
            if _town_and_nationality(sentence.text, left, right):
                pairs[f"{left.text} {right.text}"] += 1
    if not any(count > 1 for count in pairs.values()):
        return extraction
    sentences = []
    for sentence in extraction.sentences:
        kept, skip = [], None
        for index, mention in enumerate(sentence.mentions):
            if index == skip:
                continue
            after = sentence.mentions[index + 1] if index + 1 < len(sentence.mentions) else None
            if after is not None and _town_and_nationality(sentence.text, mention, after) \
                    and pairs[f"{mention.text} {after.text}"] > 1:
                kept.append((index, Mention(f"{mention.text} {after.text}", "ORG", mention.start, after.end)))
                skip = index + 1
            else:
                kept.append((index, mention))
        sentences.append(sentence.renumbered(kept) if skip is not None else sentence)
    return replace(extraction, sentences=tuple(sentences))


def _listed_acronyms(extraction: Extraction) -> Extraction:
    """The article with each acronym the recogniser left untagged in a list beside an organisation an
    organisation mention.

    "National and ACT will need a third party", "Samsung, HTC and Motorola": the small model tags the parties or
    companies written in words and misses the one written in capitals. A list holds one kind of thing: a word of
    two to six capitals, standing alone (no capitalised word beside it: not "FORBES AFRICA"), joined by a list's
    comma or "and" to an ORG mention, in running text, is an ORG mention; not a country, a place, a title ("CEO"),
    a common word news writes in capitals ("AI", "EV") or a box score's position.
    """
    sentences, changed = [], False
    for sentence in extraction.sentences:
        text, mentions = sentence.text, sentence.mentions
        acronyms = list(_ACRONYM.finditer(text)) if any(m.label == "ORG" for m in mentions) else []
        added = [] if not acronyms or len(_LOWER_WORD.findall(text)) < _RUNNING_TEXT \
            else [Mention(acronym.group(), "ORG", *acronym.span()) for acronym in acronyms
                  if _listed_beside_organisation(text, acronym.span(), mentions) and _may_be_body(acronym.group())]
        if added:
            changed = True
            sentence = sentence.with_new(added)
        sentences.append(sentence)
    return replace(extraction, sentences=tuple(sentences)) if changed else extraction


def _call_signs(extraction: Extraction) -> Extraction:
    """The article with each broadcaster's call sign an organisation mention of its own.

    "at CKEY-AM and CHUM-AM", "CJCH-AM Halifax", "CKCW-FM Moncton": North American radio and television
    stations go by call signs (three or four capitals opening with C, K or W, a hyphen, the band), which the
    small model leaves untagged or runs on into the town after them and calls a person. A call sign is an ORG
    mention; a mention that holds one is cut to it, and one that holds more is left as it is.
    """
    sentences, changed = [], False
    for sentence in extraction.sentences:
        text = sentence.text
        signs = [found.span() for found in _CALL_SIGN.finditer(text)] if "-" in text else []
        if not signs:
            sentences.append(sentence)
            continue
        kept: list[tuple[int | None, Mention]] = []
        for index, mention in enumerate(sentence.mentions):
            inside = [(start, end) for start, end in signs if mention.start < end and start < mention.end]
            if len(inside) == 1:
                start, end = inside[0]
                kept.append((index, Mention(text[start:end], "ORG", start, end)))
                signs.remove(inside[0])
            else:
                kept.append((index, mention))
                signs = [span for span in signs if span not in inside]
        kept += [(None, Mention(text[start:end], "ORG", start, end)) for start, end in signs]
        changed = True
        sentences.append(sentence.renumbered(sorted(kept, key=lambda item: item[1].start)))
    return replace(extraction, sentences=tuple(sentences)) if changed else extraction


def _bracketed_affiliations(extraction: Extraction) -> Extraction:
    """The article with each body named in brackets right after a person an organisation mention.

    "Mayor Felipe Alessandri (National Renovation) lost to Iraci Hassler (Communist Party)": a results list writes
    each candidate's party in brackets, and the small model tags some ("Communist Party") and misses others
    ("National Renovation", "Democratic Revolution"). Two to five words in brackets, each capitalised or a small
    joining word, right after a PERSON mention, untagged, and neither a country nor a gazetteer place ("(New South
    Wales)", a player's state), are an ORG mention. One word is not read ("(Independent)", "(Leinster)").
    """
    sentences, changed = [], False
    for sentence in extraction.sentences:
        text, mentions = sentence.text, sentence.mentions
        added = [
            Mention(found[1], "ORG", found.start(1), found.end(1))
            for mention in mentions if _titled_person(text, mention)
            and (found := _BRACKETED_BODY.match(text, mention.end)) is not None
            and not any(found.start(1) < m.end and m.start < found.end(1) for m in mentions)
            and not countries.lookup(found[1]) and not places.in_gazetteer(found[1])
        ]
        if added:
            changed = True
            sentence = sentence.with_new(added)
        sentences.append(sentence)
    return replace(extraction, sentences=tuple(sentences)) if changed else extraction


def _titled_person(text: str, mention: Mention) -> bool:
    """A PERSON mention, or a person's name tagged otherwise right after a title: "Mayor Felipe Alessandri" tagged
    ORG (``_bracketed_affiliations``)."""
    if mention.label == "PERSON":
        return True
    title = text[:mention.start].rsplit(None, 1)[-1:] if mention.label == "ORG" else []
    return bool(title) and names.is_title(title[0]) and names.person_shaped(mention.text)


def _listed_beside_organisation(text: str, span: tuple[int, int], mentions: tuple[Mention, ...]) -> bool:
    """Whether the untagged span stands in a list right beside an ORG mention (``_listed_acronyms``)."""
    start, end = span
    if any(start < m.end and m.start < end for m in mentions) or _CAPITAL_BEFORE.search(text, 0, start) \
            or _CAPITAL_AFTER.match(text, end):
        return False
    return any(m.label == "ORG" and (m.end <= start and _LIST_GAP.fullmatch(text, m.end, start) is not None
                                     or end <= m.start and _LIST_GAP.fullmatch(text, end, m.start) is not None)
               for m in mentions)


def _may_be_body(acronym: str) -> bool:
    return not (countries.lookup(acronym) or places.in_gazetteer(acronym) or names.is_title(acronym)
                or acronym in _NOT_INITIALS or designators.lone_common_word(acronym))


def _after_organisation_nouns(extraction: Extraction) -> Extraction:
    """The article with each name the recogniser missed right after a noun only an organisation is, a mention.

    "budget hotel startup Oyo", "fintech startup PineLabs", "Premier League side Fulham": news puts the kind of
    company, party or team in lower case before its name (``evidence.ORGANISATION_NOUNS``, which types the
    names the recogniser tags). One to three capitalised words right after such a noun, untagged, are an ORG
    mention: not a title ("the bank's Governor"), a common word, day or month, a country or its adjective or a
    gazetteer place; in running text only (a headline in Title Case has capitalised nouns).
    """
    # One scan of the article first: no match crosses the line ends joining its sentences, and most articles hold none.
    if _AFTER_NOUN.search("\n".join(sentence.text for sentence in extraction.sentences)) is None:
        return extraction
    return _organisations_added(extraction, _AFTER_NOUN, _name_after_noun)


def _name_after_noun(text: str, run: re.Match) -> tuple[str, int] | None:
    """The name and its start in a run of ``_AFTER_NOUN`` (``_after_organisation_nouns``), or None."""
    words = _unowned(run[2].removesuffix(".") if run[2].count(".") == 1 else run[2]).split()  # "... Azure."
    while words and not _may_name_body(words[-1]):
        words.pop()  # "startup Oyo Rooms CEO" -> "Oyo Rooms"
    if not words or not all(_may_name_body(word) for word in words):
        return None
    return " ".join(words), run.start(2)


def _organisations_added(extraction: Extraction, pattern: re.Pattern[str],
                         named: Callable[[str, re.Match], tuple[str, int] | None]) -> Extraction:
    """The article with an ORG mention for each name ``named`` reads in a run of ``pattern`` (its text and start), in
    running text only, where it is no gazetteer place and no mention overlaps it."""
    sentences, changed = [], False
    for sentence in extraction.sentences:
        text, mentions = sentence.text, sentence.mentions
        added = []
        runs = list(pattern.finditer(text))  # few sentences have one: counting their words waits for it
        for run in runs if runs and len(_LOWER_WORD.findall(text)) >= _RUNNING_TEXT else ():
            found = named(text, run)
            if found is None:
                continue
            name, start = found
            if places.in_gazetteer(name) or any(start < m.end and m.start < start + len(name) for m in mentions):
                continue
            added.append(Mention(name, "ORG", start, start + len(name)))
        if added:
            changed = True
            sentence = sentence.with_new(added)
        sentences.append(sentence)
    return replace(extraction, sentences=tuple(sentences)) if changed else extraction


# One to three capitalised words between an article (and a country's adjective) and a player's noun: "the Saudi
# Al-Hilal striker", "a Flamengo midfielder" (the club whose player it is).
_BEFORE_PLAYER = re.compile(r"\b(?:[Tt]he|an?) ((?:[A-Z][\w'’-]*\s){0,3})(?:striker|midfielder|defender|goalkeeper|"
                            r"keeper|winger|playmaker)\b")


def _before_player_nouns(extraction: Extraction) -> Extraction:
    """The article with each club the recogniser missed between "the" and a player's noun, a mention (dev10).

    "The Saudi Al-Hilal striker spoke with the coach": the small model tags "Saudi" (a nationality) and leaves the
    club out. The capitalised words between the article and the noun, a country's adjective before them left out,
    untagged, are an ORG mention: not a country, a gazetteer place (a town's name there is its club already,
    ``evidence._CLUB_AFTER``), a title or a common word; in running text only.
    """
    return _organisations_added(extraction, _BEFORE_PLAYER, _club_before_player)


def _club_before_player(text: str, run: re.Match) -> tuple[str, int] | None:
    """The club's name and its start in a run of ``_BEFORE_PLAYER`` (``_before_player_nouns``), or None."""
    words, start = run[1].split(), run.start(1)
    while words and countries.lookup(words[0]):
        start = text.index(words[1], start + len(words[0])) if len(words) > 1 else start
        words.pop(0)  # "Saudi": the club's country
    if not words or not all(_may_name_body(word) for word in words):
        return None
    return " ".join(words), start


# A word of two to six capitals right before a lower-case noun only a body is: "the RMT union", "the UDA party", "the
# ANC-led alliance" (``_acronyms_before_body_nouns``).
_ACRONYM_BEFORE_BODY = re.compile(r"(?<![\w'’.&-])([A-Z]{2,6}) (?:union|party|group|agency|alliance|coalition|movement|"
                                  r"federation|militia|regulator|watchdog)\b")
# The gate: a sentence holds one of those nouns after a space (substring tests in C) before the pattern is tried.
_BODY_NOUNS = tuple(f" {noun}" for noun in
                    "union party group agency alliance coalition movement federation militia regulator watchdog".split())


def _acronyms_before_body_nouns(extraction: Extraction) -> Extraction:
    """The article with each acronym the recogniser left untagged right before a body's noun an ORG mention.

    "The RMT union said ..." (issue 15, ninth pass: dev7's rail union was missed): news names a union, a party or an
    agency by its initials and then what it is, in lower case. As ``_listed_acronyms``: in running text, not a
    country, a place, a title or a common word in capitals ("AI group")."""
    sentences, changed = [], False
    for sentence in extraction.sentences:
        text, mentions = sentence.text, sentence.mentions
        found = list(_ACRONYM_BEFORE_BODY.finditer(text)) if any(noun in text for noun in _BODY_NOUNS) else []
        added = [] if not found or len(_LOWER_WORD.findall(text)) < _RUNNING_TEXT \
            else [Mention(acronym[1], "ORG", *acronym.span(1)) for acronym in found
                  if _may_be_body(acronym[1]) and not any(m.start < acronym.end(1) and acronym.start(1) < m.end
                                                          for m in mentions)]
        if added:
            changed = True
            sentence = sentence.with_new(added)
        sentences.append(sentence)
    return replace(extraction, sentences=tuple(sentences)) if changed else extraction


# A person's possessive, then a word of two to six capitals: "Wilders' PVV", "Modi's BJP" (``_persons_acronyms``).
_ACRONYM_OWNED = re.compile(r"\A['’]s? ([A-Z]{2,6})(?![\w'’&.-])")


def _persons_acronyms(extraction: Extraction) -> Extraction:
    """The article with each acronym the recogniser left untagged right after a person's possessive an ORG mention.

    "Founded in 2006, Wilders' PVV has finally become the largest party" (issue 15, ninth pass: dev3's party was
    missed): what a person owns and news writes in capitals is their party, company or agency. As
    ``_listed_acronyms``: not a country, a place, a title ("Nvidia's CEO") or a common word in capitals."""
    sentences, changed = [], False
    for sentence in extraction.sentences:
        text, mentions = sentence.text, sentence.mentions
        added = []
        for mention in mentions if "'" in text or "’" in text else ():
            owned = _ACRONYM_OWNED.match(text[mention.end:mention.end + 10]) if mention.label == "PERSON" else None
            if owned and _may_be_body(owned[1]) and not any(m.start >= mention.end and m.start < mention.end + owned.end()
                                                             for m in mentions):
                start = mention.end + owned.start(1)
                added.append(Mention(owned[1], "ORG", start, start + len(owned[1])))
        if added:
            changed = True
            sentence = sentence.with_new(added)
        sentences.append(sentence)
    return replace(extraction, sentences=tuple(sentences)) if changed else extraction


# Adjectives a body's name may have before "and" and a second adjective or noun: "Federation of Public and Private
# Sector Employees", "Cambridge Medical and Rehabilitation Center" (``_bodies_cut_at_and``).
_BODY_ADJECTIVES = frozenset("""
public private medical social economic political cultural scientific industrial commercial financial technical legal
civil human natural foreign domestic environmental educational
""".split())


def _bodies_cut_at_and(extraction: Extraction) -> Extraction:
    """The article with each body's name the recogniser cut at its "and" made whole again.

    "the Federation of Public and Private Sector Employees" is tagged "the Federation of Public" and "Private Sector
    Employees", "Cambridge Medical and Rehabilitation Center" two organisations (issue 15, ninth pass: dev8's and
    dev9's bodies were missed, their halves junk). An ORG mention ending in an adjective of bodies' names
    (``_BODY_ADJECTIVES``), " and ", then a PERSON or ORG mention: one ORG mention."""
    sentences, changed = [], False
    for sentence in extraction.sentences:
        text, mentions = sentence.text, sentence.mentions
        joins = [i for i in range(len(mentions) - 1) if mentions[i].label == "ORG"
                 and mentions[i + 1].label in ("ORG", "PERSON") and text[mentions[i].end:mentions[i + 1].start] == " and "
                 and mentions[i].text.rsplit(" ", 1)[-1].casefold() in _BODY_ADJECTIVES] if " and " in text else []
        if not joins:
            sentences.append(sentence)
            continue
        changed, kept, skip = True, [], False
        for index, mention in enumerate(mentions):
            if skip:
                skip = False
                continue
            if index in joins:
                end = mentions[index + 1].end
                mention, skip = Mention(text[mention.start:end], "ORG", mention.start, end), True
            kept.append((index, mention))
        sentences.append(sentence.renumbered(kept))
    return replace(extraction, sentences=tuple(sentences)) if changed else extraction


def _misfiled_known_bodies(extraction: Extraction) -> Extraction:
    """The article with each mention filed under another label (a work, a product, a facility, an event) that is a
    well-known body's name, or a list of such names, an ORG mention per name.

    "Meta's Facebook and Instagram have failed ..." is tagged one work of art (issue 15, ninth pass: dev3's two
    platforms were missed); ``_misfiled`` makes people of such mentions by their shape, and drops the rest. The
    names must all be in the table of well-known bodies (``acronyms.known``), "the" aside ("the NASUWT", tagged a facility:
    issue 15, ninth pass of merges); not after a quotation mark (a title)."""
    sentences, changed = [], False
    for sentence in extraction.sentences:
        if all(m.label in _READ_LABELS for m in sentence.mentions):
            sentences.append(sentence)
            continue
        kept: list[tuple[int | None, Mention]] = []
        for index, mention in enumerate(sentence.mentions):
            parts = _LIST.split(mention.text.removeprefix("the ")) \
                if mention.label not in _READ_LABELS and sentence.text[mention.start - 1:mention.start] not in _QUOTED else []
            if not parts or not all(acronyms.known(part) for part in parts):
                kept.append((index, mention))
                continue
            start, origin, changed = mention.start, index, True
            for part in parts:
                start = sentence.text.index(part, start)
                kept.append((origin, Mention(part, "ORG", start, start + len(part))))
                start, origin = start + len(part), None
        sentences.append(sentence.renumbered(kept))
    return replace(extraction, sentences=tuple(sentences)) if changed else extraction


def _may_name_body(word: str) -> bool:
    """A capitalised word that may be part of a body's name (``_after_organisation_nouns``)."""
    return word.casefold() not in _NOT_NAMES and not names.is_title(word) and not countries.lookup(word)


def _squad_entries(extraction: Extraction) -> Extraction:
    """The article with the team of each squad list's entry a mention of its own.

    "Codie Taylor (Canterbury/Crusaders, 19)": the small model tags "Canterbury/Crusaders" or "Manukau/Chiefs"
    as one name (which no name is: the slash), or the team alone, or nothing. In a bracket of a province, a
    slash, a team and the caps (``evidence.squad_entry``), the team is an ORG mention and a mention across the
    slash goes; the province keeps a mention of its own only where the recogniser gave it one.
    """
    sentences, changed = [], False
    for sentence in extraction.sentences:
        text = sentence.text
        entry = squad_entry(text, text.find("/")) if "/" in text and "(" in text else None
        if entry is None:
            sentences.append(sentence)
            continue
        start, end = entry.span(2)
        kept = [(index, m) for index, m in enumerate(sentence.mentions)
                if not (m.start < entry.end(1) < m.end or (m.start, m.end) == (start, end))]
        kept.append((None, Mention(entry[2], "ORG", start, end)))
        changed = True
        sentences.append(sentence.renumbered(sorted(kept, key=lambda item: item[1].start)))
    return replace(extraction, sentences=tuple(sentences)) if changed else extraction


def _town_and_nationality(text: str, left: Mention, right: Mention) -> bool:
    """A place that is no country right before a country's demonym: "Mumbai" "Indians" (``_place_and_demonym``)."""
    return left.label in ("GPE", "LOC") and right.label == "NORP" and right.start == left.end + 1 \
        and text[left.end] == " " and bool(countries.lookup(right.text)) and not countries.lookup(left.text)


def _market_rows(extraction: Extraction) -> Extraction:
    """The article with every name of its market table an organisation, where the recogniser calls most of them so.

    The cleaning keeps a table's rows as "Tech Mahindra (3.13 per cent)" (``clean.row_name``); the small model
    tags most such names ORG, misses some ("Wipro (2.50 per cent)", "ICICI Bank (-0.43 per cent)") and calls
    others people ("Divis Labs"). A table holds one kind of thing: in one of three rows or more whose names it
    mostly tags ORG, a name it missed or labelled otherwise is an ORG mention too. A table of commodities or
    indices ("Gold", "Sensex"), which it does not tag so, is left alone.
    """
    rows = [(index, name) for index, sentence in enumerate(extraction.sentences)
            if (name := clean.row_name(sentence.text))]
    if len(rows) < _TABLE_ROWS:
        return extraction
    tagged = sum(any(m.start == 0 and m.text == name and m.label == "ORG" for m in extraction.sentences[index].mentions)
                 for index, name in rows)
    if 2 * tagged <= len(rows):
        return extraction
    sentences = list(extraction.sentences)
    for index, name in rows:
        sentence = sentences[index]
        if any(m.start == 0 and m.text == name and m.label == "ORG" for m in sentence.mentions):
            continue
        kept = [(None, Mention(name, "ORG", 0, len(name)))]
        kept += [(i, m) for i, m in enumerate(sentence.mentions) if m.start >= len(name)]
        sentences[index] = sentence.renumbered(kept)
    return replace(extraction, sentences=tuple(sentences))


def _legal_forms(extraction: Extraction) -> Extraction:
    """The article with each company's name the recogniser ended before its legal form made whole.

    "Sebelius v. Hobby Lobby Stores, Inc.": the small model stops at the comma. A mention followed by
    a comma and a company-type term (``designators.legal_suffix``) goes on over it; two characters
    are read after each mention, the rest only where they are a comma and a space.
    """
    sentences = []
    for sentence in extraction.sentences:
        text, mentions = sentence.text, sentence.mentions
        if any(text.startswith(", ", m.end) and m.label in _LABELS for m in mentions):
            mentions = tuple(_over_legal_form(text, m) for m in mentions)
            sentence = replace(sentence, mentions=mentions)
        sentences.append(sentence)
    return replace(extraction, sentences=tuple(sentences))


# An institution's word right after a name in the possessive: "Legislative Analyst's Office", "Attorney General's
# Office", "Children's Hospital" (a body named after whom it serves).
_POSSESSIVE_INSTITUTION = re.compile(r" ([A-Z][a-z]+)(?![\w'’-])")


def _possessive_institutions(extraction: Extraction) -> Extraction:
    """The article with each body's name the recogniser ended at a possessive made whole (dev10).

    "the nonpartisan Legislative Analyst's Office": the small model tags "Legislative Analyst's" and leaves "Office"
    out, so the body is read as "Legislative Analyst". A mention ending in "'s" followed by a space and one
    capitalised institution word (``INSTITUTION_WORDS``: "Office", "Council", "Court" ...), tagged
    nowhere, goes on over it as an organisation.
    """
    return _extended(extraction, "ORG", _institution_after)


def _institution_after(text: str, mention: Mention) -> tuple[int, int] | None:
    """Where the institution word after a mention ending in "'s" stands (``_possessive_institutions``), or None."""
    tail = _POSSESSIVE_INSTITUTION.match(text, mention.end) if mention.text.endswith(("'s", "’s")) else None
    return None if tail is None or tail[1].casefold() not in INSTITUTION_WORDS else (tail.start(1), tail.end())


def _named_possessives(extraction: Extraction) -> Extraction:
    """The article with each company named in the possessive made whole: "The proposed merger between Sainsbury's and
    Asda", "Sainsbury's said", "ed-tech giant Byju’s, which": the small model stops before the "'s", which is no
    possessive where no noun follows it (``_NAME_S``). The name read stays the same ("Sainsbury"); its written form
    keeps the "'s", as a gold or a reader writes it."""
    sentences = []
    for sentence in extraction.sentences:
        text, mentions = sentence.text, sentence.mentions
        if any(m.label == "ORG" and text.startswith(("'s", "’s"), m.end) for m in mentions):
            mentions = tuple(_over_name_s(text, m) for m in mentions)
            sentence = replace(sentence, mentions=mentions)
        sentences.append(sentence)
    return replace(extraction, sentences=tuple(sentences))


def _over_name_s(text: str, mention: Mention) -> Mention:
    named = _NAME_S.match(text, mention.end) if mention.label == "ORG" else None
    if named is None:
        return mention
    return Mention(text[mention.start:mention.end + 2], mention.label, mention.start, mention.end + 2)


def _over_legal_form(text: str, mention: Mention) -> Mention:
    form = _LEGAL_FORM.match(text, mention.end) if mention.label in _LABELS else None
    if form is None or not designators.legal_suffix(f"{mention.text} {form[1]}"):
        return mention
    return Mention(text[mention.start:form.end()], mention.label, mention.start, form.end())


# A body's noun ending an organisation's mention, then "for" and the capitalised rest of its name the recogniser left
# out: "Democratic Party| for the People", "Party| for Freedom", "Alliance| for Change" (issue 15, dev11).
_BODY_ENDS = frozenset("Party Alliance Movement Front Union Coalition Congress League Forum Council".split())
_FOR_REST = re.compile(r" for (?:the )?[A-Z][\w'’-]*(?: (?:and )?[A-Z][\w'’-]*)*(?![\w'’-])")


def _bodies_for(extraction: Extraction) -> Extraction:
    """The article with each organisation's name cut before its "for the ..." made whole.

    The small model tags "Democratic Party" of "Democratic Party for the People" (Japan) and loses the rest: an ORG
    mention ending in a body's noun (``_BODY_ENDS``), followed by "for", an optional "the" and capitalised words
    tagged nothing, goes on over them. "the Labour Party for the first time" stays: "first" is in lower case.
    """
    return _extended(extraction, "ORG", _rest_for)


def _rest_for(text: str, mention: Mention) -> tuple[int, int] | None:
    """Where the "for the ..." after a body's mention ending in its noun stands (``_bodies_for``), or None."""
    rest = _FOR_REST.match(text, mention.end) \
        if mention.label == "ORG" and mention.text.rsplit(" ", 1)[-1] in _BODY_ENDS else None
    return None if rest is None else (mention.end, rest.end())


# An alliance of two bodies written as their acronyms joined by a slash, maybe with its noun: "CDU/CSU bloc".
_SLASHED_ALLIANCE = re.compile(r"(?:the )?([A-Z]{2,6})/([A-Z]{2,6})(?: (?:bloc|alliance|union|coalition|parties|group))?")


def _slashed_alliances(extraction: Extraction) -> Extraction:
    """The article with each alliance written "CDU/CSU" made a mention of each of its bodies.

    The small model tags "CDU/CSU bloc" as one organisation, which resolution then reads as nothing (issue 15, dev11:
    Germany's conservative union lost all its pairs). An ORG mention that is two acronyms joined by a slash (and
    maybe "bloc", "alliance" ...) becomes two ORG mentions, one for each; a wire service's credit ("EPA/EFE") is
    left to the credit rules.
    """
    sentences = []
    for sentence in extraction.sentences:
        changed, mentions = False, []
        for index, mention in enumerate(sentence.mentions):
            pair = _SLASHED_ALLIANCE.fullmatch(mention.text) if mention.label == "ORG" else None
            if pair is None:
                mentions.append((index, mention))
                continue
            for group in (1, 2):
                mentions.append((None, Mention(pair[group], "ORG", mention.start + pair.start(group),
                                               mention.start + pair.end(group))))
            changed = True
        sentences.append(sentence.renumbered(mentions) if changed else sentence)
    return replace(extraction, sentences=tuple(sentences))


# "New" opening a club's mention before one of its people's roles: "New Chelsea boss Enzo Maresca" (issue 15, dev11:
# "New Chelsea" became a club of its own, and the sentence lost Chelsea's pairs).
_NEW_OPENER = "New "
_CLUB_ROLE_AFTER = re.compile(r"\s+(?:boss|manager|head coach|coach|signing|captain|chairman|owner|striker|"
                              r"midfielder|defender|goalkeeper|winger|forward|recruit)\b")


def _new_club_roles(extraction: Extraction) -> Extraction:
    """The article with "New" cut from a club's mention where it says that the person after is new to the club.

    A mention "New X" (of any label: the small model calls "New Chelsea" a place) where X is a team of ``teams``'
    table and a role of a club's person follows ("boss", "manager", "signing" ...) is an ORG mention of X: "New
    Chelsea boss Enzo Maresca". "New England Patriots" stays (no role after it, and no team "England Patriots")."""
    sentences = []
    for sentence in extraction.sentences:
        mentions, changed = list(sentence.mentions), False
        for index, mention in enumerate(mentions):
            rest = mention.text[len(_NEW_OPENER):] if mention.text.startswith(_NEW_OPENER) else ""
            if not rest or not teams.teams(rest) or _CLUB_ROLE_AFTER.match(sentence.text, mention.end) is None:
                continue
            mentions[index] = Mention(rest, "ORG", mention.start + len(_NEW_OPENER), mention.end)
            changed = True
        sentences.append(replace(sentence, mentions=tuple(mentions)) if changed else sentence)
    return replace(extraction, sentences=tuple(sentences))


# Small words a body's long form joins its capitalised words with (``_bracketed_long_forms``).
_LONG_FORM_JOINERS = frozenset("of for the and in de del des du la".split())
# A run of capitalised words and small joining words right before a short name in brackets: "the Trade Union for the
# Public and Welfare Sectors (JHL)", "Mayors and Independents (STAN)" (``_bracketed_long_forms``).
_BEFORE_BRACKETED_SHORT = re.compile(
    r"(?<![\w'’&.-])((?:[A-Z][\w'’&.-]*|%s)(?: (?:[A-Z][\w'’&.-]*|%s))+) \(([A-Z][^\W_]*(?:-[^\W_]+)?)\)"
    % (("|".join(sorted(_LONG_FORM_JOINERS)),) * 2))

# A possessive's "'s" and the space after it (``_long_form_span``).
_OWNER = re.compile(r"['’]s ")


def _bracketed_long_forms(extraction: Extraction) -> Extraction:
    """The article with each body's long form the recogniser cut or missed before its short name in brackets made
    one organisation mention.

    "members of the Trade Union for the Public and Welfare Sectors (JHL), the Federation of Public and Private Sector
    Employees (Jyty)": the small model tags "the Trade Union" and "the Federation of Public", "Private Sector
    Employees", or nothing ("Mayors and Independents (STAN)"), so the long form is no name of its own and the short
    name (a foreign body's, whose letters spell no English words) is joined to nothing. In running text, a run of two
    capitalised words or more, with small joining words, right before a capitalised short name in brackets, is an ORG
    mention, swallowing the mentions inside it (``_long_form_span`` says where it starts). Not where a person is named
    in the run (a person's party in brackets: "Tuula Haatainen (SDP)"), where the run reads as a person's name or ends
    in a title, where a mention crosses the run's ends or already is the run (an ORG mention before an untagged short
    name: the short name alone is added), nor where the short name is a country, a place, a common word, a plural
    ("LPs") or a well-known body's (``acronyms``). An untagged short name is made an ORG mention too;
    ``organisations.definitions`` joins the two."""
    sentences, changed = [], False
    for sentence in extraction.sentences:
        text = sentence.text
        runs = [(span, run) for run in _BEFORE_BRACKETED_SHORT.finditer(text)
                if (span := _long_form_span(text, run, sentence.mentions)) is not None] \
            if " (" in text and sentence.paragraph != HEADLINE and len(_LOWER_WORD.findall(text)) >= _RUNNING_TEXT else []
        if runs:
            changed = True
            kept = [(i, m) for i, m in enumerate(sentence.mentions)
                    if not any(opening <= m.start and m.end <= end for (opening, _, end), _ in runs)]
            kept += [(None, Mention(text[start:end], "ORG", start, end)) for (_, start, end), _ in runs]
            kept += [(None, Mention(run[2], "ORG", run.start(2), run.end(2))) for _, run in runs
                     if not _tagged(sentence.mentions, run.start(2), run.end(2))]
            sentence = sentence.renumbered(sorted(kept, key=lambda item: item[1].start))
        sentences.append(sentence)
    return replace(extraction, sentences=tuple(sentences)) if changed else extraction


def _long_form_span(text: str, run: re.Match, mentions: tuple[Mention, ...]) -> tuple[int, int, int] | None:
    """(opening, start, end) of the long form in a ``_BEFORE_BRACKETED_SHORT`` match: it opens after a place listed
    before it ("Spain and") or an owner in the possessive ("Google's"), and starts after its opening small words, stop
    words and titles ("President of the"; a mention may open on them: "the Trade Union"), or where a body's name
    tagged whole ends it ("Outgoing| Caribbean Community (CARICOM)"). None where it is no body's long form to mend."""
    opening, end, short = run.start(1), run.end(1), run[2]
    for m in mentions:
        if opening <= m.start and m.end < end and m.label in ("GPE", "LOC", "NORP") and text.startswith(" and ", m.end):
            opening = m.end + len(" and ")
    if owners := list(_OWNER.finditer(text, opening, end)):
        opening = owners[-1].end()
    start = opening
    while (words := text[start:end].split(" ", 2)) and (
            words[0].casefold() in _NOT_NAMES or words[0] in _LONG_FORM_JOINERS
            or names.is_title(words[0]) and len(words) > 1 and words[1] in _LONG_FORM_JOINERS):
        start += len(words[0]) + 1
    for m in mentions:
        if start < m.start and m.end == end and m.label == "ORG" \
                and not _LONG_FORM_JOINERS & set(text[start:m.start].split()):
            start = m.start
    long = text[start:end]
    capitalised = [word for word in long.split() if word[0].isupper()]
    if len(capitalised) < 2 or short in capitalised or _PLURAL_ACRONYM.fullmatch(short) or not _may_be_body(short) \
            or names.person_shaped(long) or names.is_title(capitalised[-1]) or acronyms.other_names(short):
        return None
    inside = [m for m in mentions if m.start < end and opening < m.end]
    if any(m.label == "PERSON" or m.start < opening or end < m.end
           or (m.start, m.end) == (start, end) and (m.label != "ORG" or _tagged(mentions, run.start(2), run.end(2)))
           for m in inside):
        return None
    return opening, start, end


def _tagged(mentions: tuple[Mention, ...], start: int, end: int) -> bool:
    """Whether a mention overlaps the span."""
    return any(m.start < end and start < m.end for m in mentions)


# A plural noun of companies and what introduces its examples, then the list: "the world's top brands including Levi's,
# Zara and H&M", "retailers such as Walmart and Target" (``_listed_companies``).
_COMPANIES_LISTED = re.compile(
    r"\b(?:brands|companies|firms|retailers|labels|chains|carmakers|automakers|airlines|carriers|lenders|banks|"
    r"insurers|brewers|miners|suppliers|clients|customers|buyers|rivals|competitors|giants)"
    r",? (?:including|such as|like) ((?:%(item)s)(?:(?:, (?:and )?| and )(?:%(item)s))+)"
    % {"item": r"[A-Z][\w&'’.-]*(?:(?: & | )[A-Z][\w&'’.-]*){0,3}"})
_LISTED_ITEM = re.compile(r"[A-Z][\w&'’.-]*(?:(?: & | )[A-Z][\w&'’.-]*){0,3}")


def _listed_companies(extraction: Extraction) -> Extraction:
    """The article with each name listed after a plural noun of companies an organisation mention, possessive and all.

    "supplying many of the world's top brands including Levi's, Zara and H&M": the small model tags "Levi" and "Zara"
    as people and misses "H&M", so the brands were a person "Levi", a company, and nothing. A list of two names or
    more (capitalised words, "&" among them) right after "brands", "companies", "retailers", "airlines" ... and
    "including", "such as" or "like" holds companies: each name is an ORG mention, over its "'s" (a brand's, as no
    noun follows it: ``_NAME_S``), the recogniser's mention of it replaced; a country or a gazetteer place listed
    ("lenders such as Germany and France") stays as it was, and so does a name a mention crosses."""
    sentences, changed = [], False
    for sentence in extraction.sentences:
        text = sentence.text
        lists = list(_COMPANIES_LISTED.finditer(text)) if (" including " in text or " such as " in text
                                                           or " like " in text) else []
        items = [item for found in lists for item in _LISTED_ITEM.finditer(text, found.start(1), found.end(1))
                 if not countries.lookup(item.group().removesuffix("'s")) and not places.in_gazetteer(item.group())]
        mentions = sentence.mentions
        items = [item for item in items if not any(m.start < item.end() and item.start() < m.end
                                                   and (m.start < item.start() or item.end() < m.end) for m in mentions)]
        if not items:
            sentences.append(sentence)
            continue
        changed = True
        kept = [(i, m) for i, m in enumerate(mentions)
                if not any(item.start() <= m.start and m.end <= item.end() for item in items)]
        kept += [(None, Mention(name, "ORG", item.start(), item.start() + len(name)))
                 for item in items if (name := item.group().rstrip("."))]  # the list's last name ends the sentence
        sentences.append(sentence.renumbered(sorted(kept, key=lambda pair: pair[1].start)))
    return replace(extraction, sentences=tuple(sentences)) if changed else extraction


def _hyphenated_acronyms(extraction: Extraction) -> Extraction:
    """The article with each acronym the recogniser split at its hyphen made one organisation mention.

    "coalition partner CPN-UML withdrew its support": the tokenizer splits at the hyphen and the small model tags
    "CPN" and "UML" as two organisations, so the party was two nodes and neither its name. Two ORG mentions, each
    an acronym (``names.is_acronym``), joined by a hyphen and nothing else, with no letter right after, are one ORG
    mention; not where either is a well-known body of its own (``acronyms``: "NATO-EU talks" pairs two)."""
    sentences, changed = [], False
    for sentence in extraction.sentences:
        text, mentions = sentence.text, sentence.mentions
        joined = [i for i in range(len(mentions) - 1) if _acronym_pair(text, mentions[i], mentions[i + 1])] \
            if "-" in text else []
        if joined:
            changed = True
            kept = [(i, m) for i, m in enumerate(mentions) if i - 1 not in joined]
            kept = [(i, Mention(text[m.start:mentions[i + 1].end], "ORG", m.start, mentions[i + 1].end))
                    if i in joined else (i, m) for i, m in kept]
            sentence = sentence.renumbered(kept)
        sentences.append(sentence)
    return replace(extraction, sentences=tuple(sentences)) if changed else extraction


def _acronym_pair(text: str, left: Mention, right: Mention) -> bool:
    """Two ORG mentions of acronyms joined by a hyphen only, neither a well-known body (``_hyphenated_acronyms``)."""
    return left.label == right.label == "ORG" and right.start == left.end + 1 and text[left.end] == "-" \
        and names.is_acronym(left.text) and names.is_acronym(right.text) \
        and not acronyms.known(left.text) and not acronyms.known(right.text) and not text[right.end:right.end + 1].isalpha()


# The capitalised rest of a name after the "of" or "for" that ends a mention the recogniser cut: "Communist Party
# of| Nepal-Unified Marxist Leninist" (``_names_cut_at_of``).
_CAPITALISED_REST = re.compile(r" ([A-Z][\w'’&.]*(?:-[A-Z][\w'’&.]*)*(?: [A-Z][\w'’&.]*(?:-[A-Z][\w'’&.]*)*){0,4})"
                               r"(?![\w'’&-])")


def _names_cut_at_of(extraction: Extraction) -> Extraction:
    """The article with each organisation's name the recogniser cut after "of" or "for" made whole.

    "Oli-led Communist Party of Nepal-Unified Marxist Leninist withdrew support": the small model tags "Communist
    Party of" and "Marxist", so the party's name was cut to "Communist Party" and joined to nothing. An ORG mention
    ending in " of" or " for", right before up to five capitalised words (hyphenated ones too), goes on over them,
    swallowing the mentions inside; the words may not open with a stop word ("of The") and no mention may cross
    their end."""
    sentences, changed = [], False
    for sentence in extraction.sentences:
        text = sentence.text
        for index in reversed(range(len(sentence.mentions))):
            mention = sentence.mentions[index]
            rest = _CAPITALISED_REST.match(text, mention.end) \
                if mention.label == "ORG" and mention.text.endswith((" of", " for")) else None
            if rest is None or rest[1].split()[0].casefold() in _NOT_NAMES \
                    or any(m.start < rest.end() < m.end for m in sentence.mentions):
                continue
            changed = True
            sentence = _run_on(sentence, index, rest.end(), "ORG")
        sentences.append(sentence)
    return replace(extraction, sentences=tuple(sentences)) if changed else extraction


# Words after an owner's or founder's name that make it a company's or team's name: "Brad Jones| Racing", "Triple
# Eight| Racing", "Hillside| Records" (``_trade_words_after``).
_TRADE_WORDS = frozenset("""racing motorsport motorsports holdings group airlines airways records studios entertainment
capital partners ventures""".split())
_TRADE_WORD_AFTER = re.compile(r" ([A-Z][a-z]+)(?![\w'’&-]| [A-Z])")


def _trade_words_after(extraction: Extraction) -> Extraction:
    """The article with each organisation's name the recogniser ended before its trade word made whole.

    "along with Brad Jones Racing duo Andre Heimgartner and Dale Wood": the small model tags "Brad Jones" (an ORG)
    and leaves "Racing" out, so the team was found under its founder's name only, and the gold's "Brad Jones Racing"
    nowhere (dev8: two pairs). An ORG mention followed by one capitalised word of a company's or team's trade
    (racing, motorsport, holdings, group, airlines, airways, records, studios, entertainment, capital, partners,
    ventures), untagged, with no capitalised word after it, goes on over it."""
    sentences, changed = [], False
    for sentence in extraction.sentences:
        text, mentions = sentence.text, sentence.mentions
        grown = [(index, after.end(1)) for index, mention in enumerate(mentions) if mention.label == "ORG"
                 and (after := _TRADE_WORD_AFTER.match(text, mention.end)) is not None
                 and after[1].casefold() in _TRADE_WORDS and not _tagged(mentions, after.start(1), after.end(1))]
        for index, end in reversed(grown):
            changed = True
            sentence = _run_on(sentence, index, end, "ORG")
        sentences.append(sentence)
    return replace(extraction, sentences=tuple(sentences)) if changed else extraction


# "First" after a country's name, no capitalised word after it: a party or movement's name ("New Zealand First",
# "Britain First", "America First"; not "First Nations") (``_country_first``).
_FIRST_AFTER = re.compile(r" First(?![\w'’&-]| [A-Z])")


def _country_first(extraction: Extraction) -> Extraction:
    """The article with each party named after its country and "First" made one organisation mention.

    "which would mean the return of Winston Peters' New Zealand First to government": the small model tags "New
    Zealand" as the country and "First" as an ordinal, so the party was lost with its pairs (dev6: two) and the
    country got them. A GPE mention of a country (``countries.lookup``) followed by " First", with no capitalised
    word after it, is an ORG mention of both."""
    sentences, changed = [], False
    for sentence in extraction.sentences:
        text, mentions = sentence.text, sentence.mentions
        grown = [(index, first.end()) for index, mention in enumerate(mentions) if mention.label == "GPE"
                 and (first := _FIRST_AFTER.match(text, mention.end)) is not None and countries.lookup(mention.text)
                 and not _tagged(mentions, first.start() + 1, first.end())] if " First" in text else []
        for index, end in reversed(grown):
            changed = True
            sentence = _run_on(sentence, index, end, "ORG")
        sentences.append(sentence)
    return replace(extraction, sentences=tuple(sentences)) if changed else extraction


def _legislatures(extraction: Extraction) -> Extraction:
    """The article with each national legislature named by its own word an organisation (issue 15, dev11).

    "The German Bundestag is expected to elect Merz": the small model tags "Bundestag" a product, "the Duma" a
    person, or nothing. A listed name (``legislatures``, a whole word) that a mention covers exactly (maybe with
    "the") becomes an ORG mention; one no mention touches becomes a new ORG mention; a mention holding more ("the
    Lok Sabha" already ORG, "Duma Speaker Ivo Vale") stays as it is. Gated on one search of the compiled list.
    """
    found = legislatures.pattern()
    sentences = []
    for sentence in extraction.sentences:
        matches = list(found.finditer(sentence.text)) if sentence.text else []
        if not matches:
            sentences.append(sentence)
            continue
        kept: list[tuple[int | None, Mention]] = list(enumerate(sentence.mentions))
        for match in matches:
            touching = [(i, m) for i, m in kept if m.start < match.end() and match.start() < m.end]
            if not touching:
                kept.append((None, Mention(match[0], "ORG", match.start(), match.end())))
            elif len(touching) == 1 and touching[0][1].label != "ORG" \
                    and legislatures.named(touching[0][1].text) and touching[0][1].end == match.end():
                index, mention = touching[0]
                kept[kept.index(touching[0])] = (index, Mention(mention.text, "ORG", mention.start, mention.end))
        kept.sort(key=lambda pair: pair[1].start)
        sentences.append(sentence.renumbered(kept))
    return replace(extraction, sentences=tuple(sentences))
