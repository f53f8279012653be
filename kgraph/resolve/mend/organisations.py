"""Organisations' names the recogniser cut, joined, missed or misfiled, made mentions of their own (``mend``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from ...ingest import clean
from ...types import Extraction, Mention
from ...words import word_alternation
from .. import acronyms, countries, designators, names, places, teams
from ..evidence import ORGANISATION_NOUNS, squad_entry
from .spans import (
    _LABELS, _LIST_GAP, _RUNNING_TEXT, _LOWER_WORD, _NOT_NAMES, _NOT_INITIALS, _CAPITAL_BEFORE, _CAPITAL_AFTER,
    _unowned)

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
            for mention in mentions if mention.label == "PERSON"
            and (found := _BRACKETED_BODY.match(text, mention.end)) is not None
            and not any(found.start(1) < m.end and m.start < found.end(1) for m in mentions)
            and not countries.lookup(found[1]) and not places.in_gazetteer(found[1])
        ]
        if added:
            changed = True
            sentence = sentence.with_new(added)
        sentences.append(sentence)
    return replace(extraction, sentences=tuple(sentences)) if changed else extraction


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
    sentences, changed = [], False
    for sentence in extraction.sentences:
        text, mentions = sentence.text, sentence.mentions
        added = []
        runs = list(_AFTER_NOUN.finditer(text))  # few sentences have one: counting their words waits for it
        for run in runs if runs and len(_LOWER_WORD.findall(text)) >= _RUNNING_TEXT else ():
            words = _unowned(run[2].removesuffix(".") if run[2].count(".") == 1 else run[2]).split()  # "... Azure."
            while words and not _may_name_body(words[-1]):
                words.pop()  # "startup Oyo Rooms CEO" -> "Oyo Rooms"
            if not words or not all(_may_name_body(word) for word in words):
                continue
            name = " ".join(words)
            start = run.start(2)
            if places.in_gazetteer(name) or any(start < m.end and m.start < start + len(name) for m in mentions):
                continue
            added.append(Mention(name, "ORG", start, start + len(name)))
        if added:
            changed = True
            sentence = sentence.with_new(added)
        sentences.append(sentence)
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
