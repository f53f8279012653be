"""The recogniser's spans mended one article at a time, before the repeated-names pass (``repeats``) reads them.

Each pass takes an extraction and returns it with some of the recogniser's spans cut, joined, relabelled,
split or added where it made a known class of error: people filed as works of art, a surname cut from its
given name, a list of people tagged as one name, a company named after a country, a score glued to a team,
... ``mend`` applies them all in a fixed order (each reads what the ones before it left); docs/entities.md
gives each pass, the error it fixes and its figures. The few helpers the repeated-names pass shares with
these passes live here too, so that ``repeats`` imports from this module and never the other way.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter, defaultdict
from dataclasses import replace
from functools import cache, lru_cache

from ..ingest import clean
from ..types import HEADLINE, Extraction, Mention, Sentence
from ..words import INSTITUTION_WORDS, STOP_WORDS
from . import acronyms, countries, designators, names, places, teams
from .evidence import ORGANISATION_NOUNS, squad_entry

__all__ = ["mend"]


def mend(extraction: Extraction) -> Extraction:
    """The recogniser's spans in ``extraction`` mended by each pass below, in this order (each reads what the
    ones before it left)."""
    for mend_pass in (_misfiled, _lower_case_openers, _plural_long_forms, _hyphenated_given_names, _cut_surnames, _untagged_full_names, _legal_forms, _connected_names, _without_scores, _case_parties, _named_possessives, _given_names_alone, _apostrophe_surnames, _companies_of_a_country, _paired_teams, _quoted_titles, _surnames_tagged_apart, _untagged_companies, _police_of_places, _comma_suffixes, _opened_names, teams.found,  # the recogniser's spans
                      _nicknamed, _place_and_demonym, _moves, _cut_countries, _country_openers, _prefixed_names, _patronymic_openings, _twin_names, _titled_people, _listed_acronyms, _after_organisation_nouns, _squad_entries, _the_country_abbreviations, _run_on_names,
                      _market_rows, _call_signs, _bracketed_affiliations):
        extraction = mend_pass(extraction)
    return extraction


# Words (``repeats`` reads the names they may begin).
_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
# Particles and the capitalised surname after a person's name the recogniser cut there ("von der" + "Leyen").
_PARTICLE_TAIL = re.compile(r"((?: (?:%s))*) ([A-Z][^\W\d_]+(?:['’-][^\W\d_]+)*)" % "|".join(sorted(names.PARTICLES)))
_LABELS = frozenset({"PERSON", "ORG"})
# The labels the rest of resolution reads; the recogniser's others (PRODUCT, WORK_OF_ART, FAC) are
# names it misfiled or things no graph wants, sorted by ``_misfiled`` before anything else reads them.
_READ_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC"})
# A quotation mark right before a misfiled name: the title of a work ("Spiderweb", "Justice for Palestine").
_QUOTED = frozenset("\"“”‘’'")
# Between the names of a list tagged as one name; a spaced dash too ("Andre Villas-Boas – Spurs": a
# manager and his club in a heading line).
_LIST = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s+[–—-]\s+")
# Between the items of a list: "Dhoni, Jadeja, and Faf du Plessis", "Ben Cutting and Mayank Markande";
# "Novak Djokovic vs. Andrey Rublev": a match pairs two of one kind too.
_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s+vs\.?\s+")
# Lower-case words a line needs to be running text, not a byline ("Anthony Boadle, Maria Marcello").
_RUNNING_TEXT = 4
# Rows a market table has at least before its names are read as one kind (``_market_rows``).
_TABLE_ROWS = 3
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")
# Capitalised words that are no part of a person's name: English stop words ("On Monday, Merkel"), days, months.
_NOT_NAMES = frozenset(STOP_WORDS) | frozenset(
    w.casefold() for w in (*calendar.day_name, *calendar.month_name, *calendar.month_abbr) if w)
# The lower-case syllable after a hyphen that ends a hyphenated given name the recogniser cut at the
# hyphen ("Yoon Suk|-yeol", "Han Duck|-soo"); not a word glued after a name ("Elon Musk-led",
# "a Joe Biden-era rule"): those are past participles, "-ing" forms or the words below.
_SYLLABLE = re.compile(r"-([a-z]{2,5})(?![\w'’-])")
# The Persian and Arabic connector of a South Asian or Arabic body's name and the word after it, where the
# recogniser ends the name at the hyphen ("Pakistan Tehreek|-e-Insaf", "Lashkar|-e-Taiba", "Hizb|-ut-Tahrir").
_CONNECTED = re.compile(r"-(?:e|i|ul|ut|ud|un|al)-[A-Z][^\W\d_]+")
# Initials or a title that is also a name, right before a person's name: "KM| Nurul Huda", "Sheikh| Hasina Wazed".
_OPENER = re.compile(r"(?<![\w'’.&-])(%s|[A-Z]{1,2}|[A-Z]\.(?: ?[A-Z]\.)?) $"
                     % "|".join(word.title() for word in sorted(names.NAME_PART_TITLES)))
# Capitals before a name that are no initials: words ("A", "I") and players' positions in box scores
# ("Nuggets F Aaron Gordon", "Warriors PG Stephen Curry": basketball, American football, baseball, football).
_NOT_INITIALS = frozenset("""
A I C F G PG SG SF PF GF QB RB WR TE LB CB DB DE DT OL DL OT OG SS LF CF RF DH SP RP GK DF MF FW CM CB LW RW ST
""".split())
# An "'s" that ends a company's name, not a possessive: no noun follows it, but a stop, a verb of news, a relative
# pronoun, or "and"/"or" before a name not in the possessive ("Sainsbury's and Asda"; not "Apple's and Google's
# stores").
_NAME_S = re.compile(r"['’]s(?:(?=\s*(?:[,.;:!?)]|$))|(?=\s+(?:said|says|has|had|is|was|will|would|which|who|"
                     r"announced|reported|agreed|declined)\b)|(?=\s+(?:and|or)\s+[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*"
                     r"(?![\w&'’-])))")
# Lower-case connecting words of a Spanish, Portuguese, Filipino or Italian name, then its capitalised rest:
# "Alyansa| para sa Bagong Pilipinas", "Union| por la Patria" (``_connected_names``).
_CONNECTED_AFTER = re.compile(r" ((?:(?:para|sa|ng|por|pour|per|la|las|los|el|de|del|da|do|dos|das|di|du|des) ){1,3})"
                              r"([A-Z][^\W\d_]+(?:-[A-Z]?[^\W\d_]+)*(?: [A-Z][^\W\d_]+(?:-[A-Z]?[^\W\d_]+)*){0,3})"
                              r"(?![\w'’-])")
# A match's score after a team's name inside one mention ("Arsenal 2-1", "Chelsea 3–0").
_SCORE_LAST = re.compile(r"\s+\d{1,3}\s?[-–]\s?\d{1,3}$")
# "v." between the parties of a case or a match, inside one mention ("Loper Bright Enterprises v. Raimondo") ...
_VERSUS = re.compile(r"\s+(?:v|vs)\.?\s+(?=[A-Z])")
# ... or ending one ("Loper Bright Enterprises v." tagged without its other party) ...
_VERSUS_LAST = re.compile(r"\s+(?:v|vs)\.?$")
# ... or after a mention, before an untagged party ("United States v. Wurie").
_CASE_PARTY = re.compile(r"\s+(?:v|vs)\.?\s+([A-Z][\w'’&-]*(?:\.(?=\s))?(?: [A-Z][\w'’&-]*){0,4})(?![\w'’&-])")
# One capitalised word after a given name tagged alone, and no capitalised word after it (``_given_names_alone``).
_LONE_SURNAME = re.compile(r" ([A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)(?![\w'’-]| [A-Z])")
# The legal form after a comma that ends a company's name: "Hobby Lobby Stores|, Inc.", ", Ltd", ", S.A.".
_LEGAL_FORM = re.compile(r", ([A-Z][A-Za-z]{0,4}\.?(?:[A-Z][a-z]?\.)*)(?![\w-])")
_GLUED_AFTER = frozenset(f"{names.LED_BY.replace('|', ' ')} era style like born made type free wide".split())
# "Alcaraz-Rune", "Medvedev-Eubanks": two one-word names joined by a hyphen (a match, a pairing).
_CAPITAL_BEFORE = re.compile(r"[A-Z][^\W\d_]* $")
_CAPITAL_AFTER = re.compile(r" [A-Z]")
# A name's last word after one space and a letter or a dot ("Jeff Bezos Top"; not "Andre Villas-Boas – Spurs").
_SPACED_LAST = re.compile(r"[^\W\d_.]\.? [^\W\d_]+$")
# A given name and a quoted nickname before the rest of a name: 'Ferdinand "Bongbong" '.
_NICKNAMED = re.compile(r"(?<![\w'’.-])[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+)? (?:[\"“][A-Z][^\W\d_]+[\"”]|'[A-Z][^\W\d_]+') "
                        r"(?=[A-Z]|(?:%s) [A-Z])" % "|".join(sorted(names.PARTICLES | {"dela"})))
# _NICKNAMED's opening quote with the space before it: a sentence without one is not scanned (most have an
# apostrophe, few a quote opening after a space).
_NICKNAME_OPENINGS = (' "', " “", " '")
# The rest of a name after its quoted nickname, when the recogniser tagged none of it: initials, a particle,
# the surname and a generational suffix ('Paolo Benigno "Bam" |A. Aquino IV', 'Ronald 'Bato' |dela Rosa').
_NAME_REST = re.compile(r"(?:[A-Z]\. )*(?:(?:%s) )?[A-Z][^\W\d_]+(?:[-'’][A-Z]?[^\W\d_]+)?(?: (?:Jr\.?|Sr\.?|II|III|IV)(?!\w))?"
                        % "|".join(sorted(names.PARTICLES | {"dela"})))
# Two names joined by "and", each of two words or more: "Adani Enterprises and Adani Ports".
_TWINS = re.compile(r"((\w+)(?: [A-Z][\w.&-]*)+) and (([A-Z]\w*)(?: [A-Z][\w.&-]*)+)")
# A given name and its "bin ..." links right before a mention: "Abdulaziz bin Turki ".
_PATRONYMIC_BEFORE = re.compile(r"([A-Z][\w'’-]*(?: (?:bin|ibn|bint) [A-Z][\w'’-]*)*) $")
# Initials before a surname: "S.V.", "S. V.", "K".
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z]")
# The word right after a mention ("Previously the ...": a clause goes on; "Meta CEO ...": a role).
_NEXT_WORD = re.compile(r" ([^\W\d_]+)")
# Two plain capitalised words: a given name before a surname the article tags alone ("Sajith Premadasa",
# ``_untagged_full_names``).
_LOWER_BEFORE = re.compile(r"\b[a-z]+[,;]? $")  # a lower-case word right before: inside a sentence
_BEFORE_KNOWN = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+) ([A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*)(?![\w'’-])(?! [A-Z])")
# A generational suffix after a comma that ends a person's name: "Ferdinand R. Marcos|, Jr." (``_comma_suffixes``).
_COMMA_SUFFIX = re.compile(r", ((?:Jr|Sr|Jnr|Snr)\.?|I{2,3}|IV)(?![\w-])")
# A lower-case prefix glued before a name: "anti-|Hezbollah", "pro-|Russian", "ex-|Chelsea" (``_prefixed_names``).
_PREFIXED = re.compile(r"(?:anti|pro|non|ex|post|pre)-([A-Z].*)$")
# Two to five words in brackets after a person, capitalised or small joining words: "(National Renovation)",
# "(Freedom and Direct Democracy)" (``_bracketed_affiliations``).
_BRACKETED_BODY = re.compile(r" \(((?:[A-Z][\w'’&.-]*)(?: (?:[A-Z][\w'’&.-]*|of|and|for|the|de|del|la)){0,3} [A-Z][\w'’&.-]*)\)")
# A broadcaster's call sign: "CKEY-AM", "WABC-TV", "KQED-FM" (``_call_signs``).
_CALL_SIGN = re.compile(r"(?<![\w'’.&-])[CKW][A-Z]{2,3}-(?:AM|FM|TV)(?![\w'’&-])")
# A word of two to six capitals standing on its own: "ACT", "HTC" (``_listed_acronyms``).
_ACRONYM = re.compile(r"(?<![\w'’.&-])[A-Z]{2,6}(?![\w'’&-])")
# A lower-case noun and up to three capitalised words after it: "startup| Oyo", "side| Fulham" (``_after_organisation_nouns``).
# The look-ahead at the nouns' first letters spares re the whole alternation at most positions.
_AFTER_NOUN = re.compile(r"(?=[%s])\b(%s) ((?:[A-Z][\w&.-]*(?:['’]s)?)(?: [A-Z][\w&.-]*(?:['’]s)?){0,2})(?![\w'’&-])"
                         % ("".join(sorted({noun[0] for noun in ORGANISATION_NOUNS})), "|".join(sorted(ORGANISATION_NOUNS))))
# "the" and a word in capitals standing alone: "in the| UAE", "the| US imposed" (``_the_country_abbreviations``).
_THE_ABBREVIATION = re.compile(r"\b[Tt]he ([A-Z]{2,4})(?![\w$'’&-])(?!\.\w)(?! [A-Z])")
# Up to three words after a mention that may end a country's name: " e Principe", " and Tobago", " New Guinea".
_COUNTRY_REST = re.compile(r" ((?:(?:[A-Z][^\W\d_]+|and|e|of|the) ?){1,3})")
# A player's move tagged as one name: "Mason Plumlee to Clippers" (``_moves``).
_MOVE = re.compile(r"([A-Z][^\W\d_]+(?: [A-Z][^\W\d_.]+){1,2}) to ([A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+){0,2})")


@cache
def _known_names() -> dict[str, str]:
    """Names of general knowledge, with their label, that the recogniser may miss where they stand
    alone: countries' English names ("GPE": the small model misses "Bangladesh" in "India v
    Bangladesh at Kanpur", "Nigeria" in "Nigeria fluffed several chances"; ``countries.english_names``)
    and the names of the well-known bodies of ``acronyms`` ("ORG": "the La Liga table", "its
    Bundesliga matches"). Not abbreviations: the model tags most, and leaves a currency's ("US$15
    billion", "25 US cents") and a shouted word's ("WHO")."""
    found = dict.fromkeys((name for body in acronyms.bodies() for name in (body.short, body.name, *body.other)
                           if not names.is_acronym(name) and name[0].isupper()), "ORG")
    found.update((name, "GPE") for name in countries.english_names() if not name.isupper())
    return found


@lru_cache(maxsize=1 << 16)
def _name(text: str, label: str) -> str | None:
    """The name a mention's text gives, as ``observe`` reads it (a person's without titles)."""
    name = names.clean(text)
    if name is None or countries.lookup(name):
        return None
    return names.strip_roles(name) if label == "PERSON" else name


def _misfiled(extraction: Extraction) -> Extraction:
    """The article with the names the recogniser filed under other labels made people, the rest dropped.

    The small model tags "Rafiqul Islam" and "Praveen Jayawickrama" as works of art, "Suresh Raina"
    as a product, "Deepak Chahar" and "Nikola Jokic" as facilities, and "Ankit Jain and Ramesh Bhat" as one
    work. Such a mention (PRODUCT, WORK_OF_ART, FAC; a facility only in a sentence, not a heading) that is a person's name by its shape (``_person_named``), or a coordination or list
    of such names, is a person mention, one per name; not after a quotation mark (a title) nor
    "the" ("the Bafana Bafana"). The others (a phone, "PSL 10", "Justice for Palestine") go, as
    before they were kept; an untagged name before an organisation's noun is read in the string
    pass (``_before_body_nouns``).
    """
    sentences = []
    for sentence in extraction.sentences:
        if all(m.label in _READ_LABELS for m in sentence.mentions):
            sentences.append(sentence)
            continue
        kept: list[tuple[int | None, Mention]] = []
        for index, mention in enumerate(sentence.mentions):
            if mention.label in _READ_LABELS:
                kept.append((index, mention))
                continue
            if sentence.text[mention.start - 1:mention.start] in _QUOTED:
                continue
            if mention.label == "FAC" and len(_LOWER_WORD.findall(sentence.text)) < _RUNNING_TEXT:
                continue  # a heading ("Game Highlights"): a facility's name is read as a person's only in a sentence
            start = mention.start
            parts = _LIST.split(mention.text)
            if all(map(_person_named, parts)):
                origin = index
                for part in parts:
                    start = sentence.text.index(part, start)
                    kept.append((origin, Mention(part, "PERSON", start, start + len(part))))
                    start, origin = start + len(part), None
        sentences.append(sentence.renumbered(kept))
    return replace(extraction, sentences=tuple(sentences))


def _person_named(text: str) -> bool:
    """A person's name by its shape: two or three capitalised words that are no common word, day, month,
    country, place or title (``_person_run``, ``names.person_shaped``), no organisation's, venue's,
    landmark's or event's words ("Vitality Stadium", "Bledisloe Cup Test") and no known body ("La Liga")."""
    words = text.split()
    return _person_run(text) and names.person_shaped(text) and not designators.not_a_person(text) \
        and not places.venue_head(text) and not places.landmark_head(text) and text not in _known_names() \
        and not any(designators.event(" ".join(words[:end])) for end in range(2, len(words) + 1))


def _lower_case_openers(extraction: Extraction) -> Extraction:
    """The article without the one-word names it capitalises only where every word may be capitalised.

    "Ransomware group called Babuk ...", a headline's "... covered by Budget": a word that is a name
    of the article only as the first word of a sentence or in the headline, and that the article
    writes in lower case elsewhere ("the budget", "ransomware attacks"), is a common word, no name
    (issue 15, junk nodes). A word also tagged inside a sentence ("Labour said" and "backed by
    Labour") stays a name everywhere. The article's words are read only when such a word is found.
    """
    opening: dict[str, bool] = {}  # word -> each of its mentions opens a sentence or stands in the headline
    for sentence in extraction.sentences:
        for mention in sentence.mentions:
            word = mention.text.removeprefix("the ").removeprefix("The ")
            if mention.label in _LABELS and " " not in word and word[:1].isupper():
                at_start = sentence.paragraph == HEADLINE or mention.start == _first_word(sentence.text)
                opening[word] = opening.get(word, True) and at_start
    if not any(opening.values()):
        return extraction
    # The article's words, found in one pass (no word runs across the line ends joining its sentences); a word
    # the article writes in lower case is one of them and in lower case itself.
    written = set(_WORD.findall("\n".join(s.text for s in extraction.sentences)))
    common = {word for word, only in opening.items() if only and (low := word.lower()).islower() and low in written}
    if not common:
        return extraction
    return replace(extraction, sentences=tuple(
        sentence.renumbered([(i, m) for i, m in enumerate(sentence.mentions)
                               if m.text.removeprefix("the ").removeprefix("The ") not in common])
        if any(m.text.removeprefix("the ").removeprefix("The ") in common for m in sentence.mentions) else sentence
        for sentence in extraction.sentences))


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


def _hyphenated_given_names(extraction: Extraction) -> Extraction:
    """The article with each person's name the recogniser cut at a hyphen made whole.

    The small model ends "Yoon Suk-yeol" and "Han Duck-soo" at the hyphen: a PERSON mention of
    two words or more followed by a hyphen and a short lower-case syllable goes on over it; a PERSON
    or ORG mention followed by a connector and a capitalised word ("Pakistan Tehreek" + "-e-Insaf") too. One
    character is read after each mention; the rest only where it is a hyphen.
    """
    sentences = []
    for sentence in extraction.sentences:
        text, mentions = sentence.text, sentence.mentions
        if any(m.label in ("PERSON", "ORG") and text[m.end:m.end + 1] == "-" for m in mentions):
            mentions = tuple(_over_syllable(text, m) for m in mentions)
            sentence = replace(sentence, mentions=mentions)
        sentences.append(sentence)
    return replace(extraction, sentences=tuple(sentences))


def _cut_surnames(extraction: Extraction) -> Extraction:
    """The article with each person's name the recogniser cut before its surname made whole.

    The small model tags "Ursula von der" (and "Leyen" as a place), "Erik" (and "ten" as a number), "Ahmed Sharif"
    (and not "Chaudhry"): a PERSON mention ending in a particle or followed by particles and a capitalised word, or
    followed by a word tagged nowhere there that the article names a person by alone ("Chaudhry said ..."), goes
    on over them; a mention inside those words is dropped. One character is read after each PERSON mention; the
    rest only where it is a space.
    """
    alone = {m.text for sentence in extraction.sentences for m in sentence.mentions
             if m.label == "PERSON" and " " not in m.text}
    sentences = []
    for sentence in extraction.sentences:
        text, mentions = sentence.text, list(sentence.mentions)
        for index, mention in enumerate(mentions):
            tail = _PARTICLE_TAIL.match(text, mention.end) \
                if mention.label == "PERSON" and text[mention.end:mention.end + 1] == " " else None
            if tail is None or not (tail[1] or mention.text.split()[-1] in names.PARTICLES or tail[2] in alone
                                    and " " in mention.text and not any(m.start == tail.start(2) for m in mentions)):
                continue
            sentence = _run_on(sentence, index, tail.end(), "PERSON")
            break  # one a sentence: the indices moved
        sentences.append(sentence)
    return replace(extraction, sentences=tuple(sentences))


def _run_on(sentence: Sentence, index: int, end: int, label: str) -> Sentence:
    """The sentence with its mention ``index`` run on to ``end`` as a ``label`` mention, the mentions it swallows
    gone."""
    mention = sentence.mentions[index]
    grown = Mention(sentence.text[mention.start:end], label, mention.start, end)
    return replace(sentence, mentions=tuple(grown if i == index else m for i, m in enumerate(sentence.mentions)
                                            if i == index or not mention.end <= m.start < end))


# A surname with an apostrophe inside it before lower-case letters, right after a name: "Matiang'i", "Njeng'ere",
# "Papali'i"; not a possessive ("Vale's") nor "O'Brien".
_APOSTROPHE_SURNAME = re.compile(r" ([A-Z][^\W\d_]*['’](?!s\b)[a-z]+)(?![\w'’-])")


def _apostrophe_surnames(extraction: Extraction) -> Extraction:
    """The article with each person's name the recogniser ended before a surname with an apostrophe made whole.

    "Dr Fred Matiang'i", "David Njeng'ere" (Kenya), "Dalton Papali'i" (Samoa): the small model tags "Fred",
    "David", "Dalton" and stops at the word with the apostrophe. A PERSON mention followed by a space and a
    capitalised word with an apostrophe before lower-case letters, tagged nowhere, goes on over it.
    """
    sentences = []
    for sentence in extraction.sentences:
        text, mentions = sentence.text, list(sentence.mentions)
        changed = False
        for index, mention in enumerate(mentions):
            tail = _APOSTROPHE_SURNAME.match(text, mention.end) if mention.label == "PERSON" else None
            if tail is None or any(m.start < tail.end() and tail.start(1) < m.end for m in mentions):
                continue
            mentions[index] = Mention(text[mention.start:tail.end()], "PERSON", mention.start, tail.end())
            changed = True
        sentences.append(replace(sentence, mentions=tuple(mentions)) if changed else sentence)
    return replace(extraction, sentences=tuple(sentences))


# Last words of a company's name that a country's name may follow as part of it: "Industries Qatar", "Commercial
# International Bank Egypt", "Barclays Bank Kenya" (dev9). Lower case.
_COUNTRY_TAKING_HEADS = frozenset("""bank industries airways airlines telecom holding holdings group petroleum insurance
cement steel ports shipping properties motors breweries""".split())
# Capitalised words right before a place: the company's name before its country.
_COMPANY_BEFORE = re.compile(r"(?<![\w'’.-])(?:[A-Z][\w&'’.-]* )*([A-Z][\w&'’.-]*) $")


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


# Quotes around a mention: 'Baazigar', "Radhe", “Proof”.
_OPENING_QUOTES = frozenset("'\"“‘")
_CLOSING_QUOTES = frozenset("'\"”’")


def _quoted_titles(extraction: Extraction) -> Extraction:
    """The article without the person mentions that are a quoted title: a film's, a song's, an album's.

    "Made on a budget of ₹4 crore, 'Baazigar' grossed ₹32 crore": the small model tags the film a person. A PERSON
    mention of one or two words with a quote right before it and a closing one right after, no capitalised word
    after that (a nickname inside a name, 'Ronald "Bato" dela Rosa', is ``_nicknamed``'s), names no one.
    """
    sentences = []
    for sentence in extraction.sentences:
        text = sentence.text
        kept = [(i, m) for i, m in enumerate(sentence.mentions)
                if not (m.label == "PERSON" and len(m.text.split()) <= 2 and m.start > 0
                        and text[m.start - 1] in _OPENING_QUOTES and text[m.end:m.end + 1] in _CLOSING_QUOTES
                        and (m.start < 2 or not text[m.start - 2].isalnum())
                        and not text[m.end + 1:m.end + 3].lstrip()[:1].isupper())]
        sentences.append(sentence.renumbered(kept) if len(kept) != len(sentence.mentions) else sentence)
    return replace(extraction, sentences=tuple(sentences))


def _surnames_tagged_apart(extraction: Extraction) -> Extraction:
    """The article with each person's name whose surname the recogniser tagged as something else made whole.

    "ex-Foreign Minister Shah Mahmood Qureshi": the small model tags "Shah Mahmood" a person and "Qureshi" a
    place, twice. A PERSON mention of one or two words, then one space and a one-word mention of another label
    that is a plain capitalised word (no acronym) and no known place, country, team or body, is one PERSON mention.
    """
    sentences = []
    for sentence in extraction.sentences:
        text, kept = sentence.text, list(enumerate(sentence.mentions))
        joined = False
        for position in range(len(kept) - 2, -1, -1):  # from the last, so the positions before stay
            (origin, person), (_, after) = kept[position], kept[position + 1]
            word = after.text
            if person.label != "PERSON" or after.label == "PERSON" or len(person.text.split()) > 2 \
                    or after.start != person.end + 1 or text[person.end] != " " or not word.isalpha() \
                    or not word[0].isupper() or not word[1:].islower() or places.in_gazetteer(word) \
                    or countries.lookup(word) or teams.teams(word) or acronyms.known(word):
                continue
            kept[position:position + 2] = [(origin, Mention(text[person.start:after.end], "PERSON", person.start,
                                                            after.end))]
            joined = True
        sentences.append(sentence.renumbered(kept) if joined else sentence)
    return replace(extraction, sentences=tuple(sentences))


# A company's name the recogniser missed or cut at its front, after a word in lower case: one to three
# capitalised words or acronyms, then a company's last word ("Ithaca Holdings", "TVM Capital Healthcare"; dev9).
_UNTAGGED_COMPANY = re.compile(
    r"(?<=[a-z,] )((?:[A-Z][\w&'’.-]* ){1,3}(?:Holdings|Holding|Group|Capital|Healthcare|Industries|Corporation|"
    r"Enterprises|Ventures|Investments|Properties))\b")


def _untagged_companies(extraction: Extraction) -> Extraction:
    """The article with each company's name the recogniser missed, or cut at its front, an ORG mention.

    "Hybe bought Ithaca Holdings", "from private equity firm TVM Capital Healthcare": the small model tags nothing,
    or "Capital Healthcare". After a word in lower case (never a sentence's first words), capitalised words and a
    company's last word (``_UNTAGGED_COMPANY``) are an ORG mention where no mention crosses them; an ORG mention
    inside them that ends with them gives way.
    """
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


def _untagged_full_names(extraction: Extraction) -> Extraction:
    """The article with each full name the recogniser left untagged, where it tags the surname alone, a mention.

    "Sajith Premadasa, the 55-year-old leader of ...": the small model tags "Premadasa" alone elsewhere (as an
    organisation) and nothing here, at the start of the sentence, where ``Repeats.find`` takes no given name.
    A plain capitalised word that the article never writes in lower case, right before a one-word name it tags
    (any label), untagged, the two a person's name by their shape (``_person_named``), is a PERSON mention of
    both: inside a sentence, or written so twice or more; once at a sentence's start it may be an adjective
    ("Enigmatic Malyuk", "Triumphant Luxon": a writer repeats a full name, seldom such a phrase).
    """
    known = {m.text for sentence in extraction.sentences for m in sentence.mentions
             if m.label in _LABELS and m.text.isalpha() and m.text[0].isupper() and not m.text.isupper()}
    if not known:
        return extraction
    found = [(number, pair) for number, sentence in enumerate(extraction.sentences)
             for pair in _BEFORE_KNOWN.finditer(sentence.text)
             if pair[2] in known and not any(pair.start() < m.end and m.start < pair.end() for m in sentence.mentions)
             and _person_named(pair[0])]
    if not found:
        return extraction
    lower = {word for s in extraction.sentences for word in _WORD.findall(s.text) if word.islower()}
    written = Counter(pair[0] for _, pair in found)
    sentences = list(extraction.sentences)
    for number, pair in found:
        text = sentences[number].text
        if pair[1].casefold() in lower or written[pair[0]] < 2 and not _LOWER_BEFORE.search(text, 0, pair.start()):
            continue
        mentions = sorted([*enumerate(sentences[number].mentions), (None, Mention(pair[0], "PERSON", *pair.span()))],
                          key=lambda item: item[1].start)
        sentences[number] = sentences[number].renumbered(mentions)
    return replace(extraction, sentences=tuple(sentences))


def _given_names_alone(extraction: Extraction) -> Extraction:
    """The article with each given name the recogniser tagged alone made whole with the surname after it.

    "Sweden's Armand Duplantis set the only world record", "Armand Duplantis in the pole (5.92)": the small model
    tags "Armand" (an organisation) and nothing of the rare surname. A one-word PERSON or ORG mention followed by a
    space and one capitalised word tagged nowhere, then no other capitalised word, goes on over it as a person's
    name where the two are shaped like one (``names.person_shaped``: no title, organisation word, country or
    acronym) and the word is no common word, day or month, demonym or gazetteer place, and not designated, nor the
    first a common word alone ("the Digital Age", ``designators.lone_common_word``), nor a word the article also
    writes in lower case ("Apple Music" in an article about music). Not in a headline, where any word is capitalised
    ("Google Unveils ...")."""
    sentences, lower = [], None
    for sentence in extraction.sentences:
        text, mentions = sentence.text, sentence.mentions
        if sentence.paragraph == HEADLINE:
            sentences.append(sentence)
            continue
        starts = {m.start for m in mentions}
        grown = tuple(_with_surname(text, m, starts) for m in mentions)
        if grown != mentions:
            if lower is None:
                lower = {word for s in extraction.sentences for word in _WORD.findall(s.text) if word.islower()}
            grown = tuple(g if g is m or g.text[len(m.text) + 1:].casefold() not in lower else m
                          for g, m in zip(grown, mentions))
        sentences.append(replace(sentence, mentions=grown) if grown != mentions else sentence)
    return replace(extraction, sentences=tuple(sentences))


def _with_surname(text: str, mention: Mention, starts: set[int]) -> Mention:
    if mention.label not in ("PERSON", "ORG") or " " in mention.text or not mention.text.isalpha():
        return mention
    surname = _LONE_SURNAME.match(text, mention.end)
    if surname is None or surname.start(1) in starts:
        return mention
    word, name = surname[1], f"{mention.text} {surname[1]}"
    if designators.lone_common_word(mention.text) or word.casefold() in _NOT_NAMES or names.demonym(word) or places.in_gazetteer(word) \
            or not names.person_shaped(name) or designators.designated(name) or designators.team_shaped(name):
        return mention
    return Mention(name, "PERSON", mention.start, surname.end(1))


def _opened_names(extraction: Extraction) -> Extraction:
    """The article with each person's name the recogniser cut at the front made whole.

    "chief commissioner, KM Nurul Huda": the small model tags "KM" as an organisation (or nothing)
    and "Nurul Huda" as a person; "Sheikh Hasina Wazed" it tags from "Hasina". Initials (one or two
    capitals, or dotted: no country, no well-known body's short name) or a title that is also a name
    (``names.NAME_PART_TITLES``) right before a PERSON mention are its first word. Twelve characters
    are read before each PERSON mention.
    """
    sentences = []
    for sentence in extraction.sentences:
        text, mentions = sentence.text, list(sentence.mentions)
        changed = False
        for index, mention in enumerate(mentions):
            opener = _OPENER.search(text, max(0, mention.start - 12), mention.start) \
                if mention.label == "PERSON" and mention.text[:1].isupper() else None
            if opener is None or not _opens_name(opener[1]):
                continue
            before = [i for i, m in enumerate(mentions) if m.start < mention.start and opener.start(1) < m.end]
            if any((mentions[i].start, mentions[i].end) != opener.span(1) or mentions[i].label != "ORG" for i in before):
                continue  # inside a longer mention, or a name of another kind
            mentions[index] = Mention(text[opener.start(1):mention.end], "PERSON", opener.start(1), mention.end)
            for i in before:
                mentions[i] = None
            changed = True
        if changed:
            kept = [(i, m) for i, m in enumerate(mentions) if m is not None]
            sentence = sentence.renumbered(kept)
        sentences.append(sentence)
    return replace(extraction, sentences=tuple(sentences))


def _run_on_names(extraction: Extraction) -> Extraction:
    """The article with each person's name the recogniser ran into the next word cut before it.

    "1 . Jeff Bezos Top of the list ...", "Elon Musk Previously the world's richest ...", "Mark
    Zuckerberg Meta CEO Mark Zuckerberg ...", a caption's "Michael Matthews L rides": a listicle's
    heading or a caption has no full stop, and the small model runs on. A PERSON mention of three
    words or more whose words but the last are a name the article gives another PERSON mention of
    ends before that last word when the word is no name's: one letter (a caption's L or R), a common
    word ("Top", spaCy's stop words), an adverb opening a clause ("Previously the ..."), or the name of
    something else (another mention of the article calls it alone, not a person), or the first word
    of an organisation's role ("Meta CEO ..."), which is then an organisation mention. A double
    surname ("Jorge Chávez Cresta" beside "Jorge Chávez") is none of these and stays whole.
    """
    people: set[str] = set()
    alone: dict[str, str] = {}  # one-word mentions -> label
    for sentence in extraction.sentences:
        for mention in sentence.mentions:
            if " " not in mention.text:
                alone.setdefault(mention.text, mention.label)
            elif mention.label == "PERSON" and (name := _name(mention.text, "PERSON")):
                people.add(name)
    if len(people) < 2:
        return extraction
    sentences = []
    for sentence in extraction.sentences:
        text, kept, changed = sentence.text, [], False
        for index, mention in enumerate(sentence.mentions):
            kept.append((index, mention))
            words = mention.text.split()
            if mention.label != "PERSON" or len(words) < 3 or not _SPACED_LAST.search(mention.text) or _name(mention.text[:-len(words[-1])], "PERSON") \
                    not in people or (_name(mention.text, "PERSON") or "").count(" ") < 2:
                continue
            last, following = words[-1], _NEXT_WORD.match(text, mention.end)
            role = following is not None and following[1][0].isupper() and names.is_title(following[1])
            if not (len(last) == 1 and last.isalpha() or last.casefold() in STOP_WORDS
                    or last.endswith("ly") and following is not None and following[1].islower()
                    or alone.get(last, "PERSON") != "PERSON" or role):
                continue
            end = mention.end - len(last)
            cut = text[mention.start:end].rstrip()
            kept[-1] = (index, Mention(cut, "PERSON", mention.start, mention.start + len(cut)))
            if role and len(last) > 1 and not countries.lookup(last):
                kept.append((None, Mention(last, "ORG", end, mention.end)))  # "Meta CEO Mark Zuckerberg"
            changed = True
        sentences.append(sentence.renumbered(kept) if changed else sentence)
    return replace(extraction, sentences=tuple(sentences))


def _nicknamed(extraction: Extraction) -> Extraction:
    """The article with each person's name the recogniser split at a quoted nickname made whole.

    'President Ferdinand "Bongbong" Marcos Jr.': the small model tags "Ferdinand" and "Bongbong"
    as places and "Marcos Jr." as a person. A given name (one or two capitalised words, a title before
    it left out) and a quoted (or single-quoted) capitalised word right before a PERSON mention are its
    first words: one mention, whose quoted nickname ``names.clean`` leaves out and ``organisations``
    ties to the name. Where nothing after the nickname is tagged a person ('Paolo Benigno "Bam" A.
    Aquino IV', "Ronald 'Bato' dela Rosa"), the rest of the name is read from the text (``_NAME_REST``).
    """
    sentences = []
    for sentence in extraction.sentences:
        text, mentions = sentence.text, sentence.mentions
        if not any(quote in text for quote in _NICKNAME_OPENINGS):
            sentences.append(sentence)
            continue
        kept = list(enumerate(mentions))
        for found in _NICKNAMED.finditer(text):
            person = next((i for i, (_, m) in enumerate(kept) if m.start == found.end() and m.label == "PERSON"), None)
            if any(_crosses(m, found.start(), found.end()) and not found.start() <= m.start for _, m in kept):
                continue
            if person is None:  # the rest untagged, or tagged as no person: 'Paolo Benigno "Bam" A. Aquino IV'
                rest = _NAME_REST.match(text, found.end())
                if rest is None or any(_crosses(m, rest.start(), rest.end()) and not rest.start() <= m.start
                                       for _, m in kept):
                    continue
                kept = [(i, m) for i, m in kept if not rest.start() <= m.start < rest.end()]
                kept.append((None, Mention(rest[0], "PERSON", rest.start(), rest.end())))
                kept.sort(key=lambda item: item[1].start)
                person = len(kept) - 1 - [m.start for _, m in kept][::-1].index(rest.start())
            origin, mention = kept[person]
            words = found[0].split()
            start = found.start() + (len(words[0]) + 1 if len(words) == 3 and names.is_title(words[0]) else 0)
            joined = Mention(text[start:mention.end], "PERSON", start, mention.end)
            kept = [(i, m) for i, m in kept if not found.start() <= m.start < found.end()]
            kept[next(k for k, (_, m) in enumerate(kept) if m is mention)] = (origin, joined)
        sentences.append(sentence.renumbered(kept) if len(kept) != len(mentions) or any(
            m is not n for (_, m), n in zip(kept, mentions)) else sentence)
    return replace(extraction, sentences=tuple(sentences))


def _patronymic_openings(extraction: Extraction) -> Extraction:
    """The article with each person's name the recogniser began at "bin" made whole.

    "Prince Abdulaziz bin Turki bin Faisal bin Abdulaziz": the small model tags "bin Faisal bin
    Abdulaziz". A PERSON mention opening with bin, ibn or bint goes back over the given name and the
    "bin ..." links right before it (not the title before them); what was tagged there goes.
    """
    sentences = []
    for sentence in extraction.sentences:
        text, kept, changed = sentence.text, list(enumerate(sentence.mentions)), False
        for origin, mention in list(kept):
            if mention.label != "PERSON" or mention.text.split()[0] not in ("bin", "ibn", "bint"):
                continue
            opening = _PATRONYMIC_BEFORE.search(text, max(0, mention.start - 80), mention.start)
            if opening is None or names.is_title(opening[1].split()[0]):
                continue
            start = opening.start(1)
            if any(m.start < start < m.end for _, m in kept):
                continue
            kept = [(i, m) for i, m in kept if not start <= m.start < mention.start]
            kept[next(k for k, (_, m) in enumerate(kept) if m is mention)] = (
                origin, Mention(text[start:mention.end], "PERSON", start, mention.end))
            changed = True
        sentences.append(sentence.renumbered(kept) if changed else sentence)
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


def _country_openers(extraction: Extraction) -> Extraction:
    """The article with the country that opens a person's mention made a mention of its own.

    "Botswana Bayapo Ndori", "Kenyan Daniel Komen's", "U.K. Defence Secretary Ben Wallace": the small model
    tags a country's name or adjective and the name after it as one person. ``names.strip_roles`` drops the
    country from the name, and the country was lost with it, and so was the pair it makes with the person (a
    results list's "Botswana — Bayapo Ndori"). A PERSON mention whose first one or two words are a country
    that ``strip_roles`` drops is two mentions: the country (GPE; NORP for an adjective) and the person.
    """
    sentences, changed = [], False
    for sentence in extraction.sentences:
        kept: list[tuple[int | None, Mention]] = []
        for index, mention in enumerate(sentence.mentions):
            country = _opening_country(mention.text) if mention.label == "PERSON" else None
            if country is None:
                kept.append((index, mention))
                continue
            changed = True
            end = mention.start + len(country)
            kept.append((None, Mention(country, "NORP" if names.demonym(country) else "GPE", mention.start, end)))
            kept.append((index, Mention(mention.text[len(country) + 1:], "PERSON", end + 1, mention.end)))
        sentences.append(sentence.renumbered(kept) if len(kept) > len(sentence.mentions) else sentence)
    return replace(extraction, sentences=tuple(sentences)) if changed else extraction


def _opening_country(text: str) -> str | None:
    """The country's name or adjective (one or two words) that opens a person's name and that
    ``names.strip_roles`` drops from it ("Botswana" of "Botswana Bayapo Ndori"), else None."""
    for length in (2, 1):
        words = text.split(" ")
        if len(words) < length + 2:
            continue
        country = " ".join(words[:length])
        if country[0].isupper() and countries.lookup(country) \
                and names.strip_roles(text) == names.strip_roles(text[len(country) + 1:]) != text:
            return country
    return None


def _prefixed_names(extraction: Extraction) -> Extraction:
    """The article with each name behind a prefix the recogniser kept in its mention made a mention of the name.

    "an anti-Hezbollah alliance", "pro-Russian separatists", "ex-Chelsea striker": the small model tags the whole
    word (as a group) and the name in it is lost, with its pairs. A mention opened by a lower-case prefix and a
    hyphen (anti, pro, non, ex, post, pre) is a mention of the rest where the rest is a name the article tags on
    its own elsewhere (with that label) or a country (GPE; NORP for an adjective); "anti-Semitic", "pro-Western"
    stay as they were.
    """
    if not any(_PREFIXED.match(m.text) for sentence in extraction.sentences for m in sentence.mentions):
        return extraction
    labels = {_name(m.text, m.label): m.label for sentence in extraction.sentences for m in sentence.mentions
              if m.label in ("PERSON", "ORG", "GPE") and not _PREFIXED.match(m.text)}
    sentences = []
    for sentence in extraction.sentences:
        mentions = list(sentence.mentions)
        for index, mention in enumerate(mentions):
            prefixed = _PREFIXED.match(mention.text)
            if prefixed is None:
                continue
            name = prefixed[1]
            label = labels.get(name) or countries.lookup(name) and ("NORP" if names.demonym(name) else "GPE")
            if label:
                mentions[index] = Mention(name, label, mention.end - len(name), mention.end)
        sentences.append(replace(sentence, mentions=tuple(mentions)) if mentions != list(sentence.mentions) else sentence)
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
            sentence = sentence.renumbered(sorted([*enumerate(mentions), *((None, m) for m in added)],
                                                    key=lambda item: item[1].start))
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
            sentence = sentence.renumbered(sorted([*enumerate(mentions), *((None, m) for m in added)],
                                                    key=lambda item: item[1].start))
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
            added.append((None, Mention(name, "ORG", start, start + len(name))))
        if added:
            changed = True
            sentence = sentence.renumbered(sorted([*enumerate(mentions), *added], key=lambda item: item[1].start))
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


def _the_country_abbreviations(extraction: Extraction) -> Extraction:
    """The article with each country's abbreviation after "the" that the recogniser left untagged a mention.

    "the 2021 World Cup in the UAE", "sanctions the US imposed": the repeat pass leaves abbreviations out (a
    currency's "US$15 billion", a shouted "WHO"), but after "the", standing alone, a country's abbreviation in
    capitals (``countries.english_names``: UAE, US, UK, DRC ...) is the country: a GPE mention.
    """
    sentences, changed = [], False
    for sentence in extraction.sentences:
        text = sentence.text
        added = [(None, Mention(found[1], "GPE", *found.span(1))) for found in _THE_ABBREVIATION.finditer(text)
                 if found[1] in _country_abbreviations()
                 and not any(found.start(1) < m.end and m.start < found.end(1) for m in sentence.mentions)]
        if added:
            changed = True
            sentence = sentence.renumbered(sorted([*enumerate(sentence.mentions), *added], key=lambda i: i[1].start))
        sentences.append(sentence)
    return replace(extraction, sentences=tuple(sentences)) if changed else extraction


@cache
def _country_abbreviations() -> frozenset[str]:
    return frozenset(name for name in countries.english_names() if name.isupper())


def _cut_countries(extraction: Extraction) -> Extraction:
    """The article with each country's name the recogniser cut short made whole.

    "Sao Tome| e Principe", "Trinidad| and Tobago", "Papua| New Guinea": the small model ends the mention before
    the name's last words. A mention followed by one to three words (capitalised, or "and", "e", "of", "the")
    with which it makes a country's name (``countries.lookup``) goes on over them, a GPE mention; a mention
    inside them goes. One pattern is matched after each mention.
    """
    sentences, changed = [], False
    for sentence in extraction.sentences:
        text, kept, covered = sentence.text, [], -1
        for index, mention in enumerate(sentence.mentions):
            if mention.start < covered:
                continue  # inside the country's name made whole
            rest = _COUNTRY_REST.match(text, mention.end) if text[mention.end:mention.end + 1] == " " else None
            words = rest[1].split() if rest else []
            for length in range(len(words), 0, -1):
                end = mention.end + len(" ".join(words[:length])) + 1
                if words[length - 1][0].isupper() and countries.lookup(text[mention.start:end]):
                    mention, covered = Mention(text[mention.start:end], "GPE", mention.start, end), end
                    break
            kept.append((index, mention))
        if covered >= 0:
            changed = True
            sentence = sentence.renumbered(kept)
        sentences.append(sentence)
    return replace(extraction, sentences=tuple(sentences)) if changed else extraction


def _moves(extraction: Extraction) -> Extraction:
    """The article with each player's move the recogniser tagged as one name made two mentions.

    "Hornets trade Mason Plumlee to Clippers for Reggie Jackson": the small model tags "Mason Plumlee to
    Clippers" as one organisation; ``names.clean`` keeps the person and the club was lost, with its pairs. A
    mention of a person's name (``names.person_shaped``), "to" and capitalised words is a PERSON mention and an
    ORG mention (the club, team or company moved to).
    """
    sentences, changed = [], False
    for sentence in extraction.sentences:
        kept = []
        for index, mention in enumerate(sentence.mentions):
            move = _MOVE.fullmatch(mention.text)
            if move is None or not names.person_shaped(move[1]):
                kept.append((index, mention))
                continue
            changed = True
            kept.append((index, Mention(move[1], "PERSON", mention.start, mention.start + len(move[1]))))
            kept.append((None, Mention(move[2], "ORG", mention.start + move.start(2), mention.end)))
        sentences.append(sentence.renumbered(kept) if len(kept) > len(sentence.mentions) else sentence)
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


def _titled_people(extraction: Extraction) -> Extraction:
    """The article with each person the recogniser took for an organisation by the titles before the
    name made a person mention.

    "ACP Agordzor", "Additional Solicitor General S.V. Raju": the small model tags a rank or an
    office with the name after it as one organisation. An ORG mention of titles and roles
    (``names.is_title``) followed by a person's name is a PERSON mention (``observe`` drops the
    titles): initials and a surname ("S.V. Raju"), or one word the article gives as the last of a
    person's name ("Agordzor" beside "Benjamin Agordzor"), or two or three plain capitalised words
    (``names.person_shaped``) whose last the article names elsewhere. So "General Electric" stays a
    company, and a headline's "Major Rulings Pending" is no person.
    """
    surnames = {m.text.split()[-1] for s in extraction.sentences for m in s.mentions
                if m.label == "PERSON" and " " in m.text}
    if not surnames:
        return extraction
    sentences = []
    for sentence in extraction.sentences:
        mentions = sentence.mentions
        if any(m.label == "ORG" and _titled_name(m.text, surnames) for m in mentions):
            mentions = tuple(replace(m, label="PERSON") if m.label == "ORG" and _titled_name(m.text, surnames) else m
                             for m in mentions)
            sentence = replace(sentence, mentions=mentions)
        sentences.append(sentence)
    return replace(extraction, sentences=tuple(sentences))


def _titled_name(text: str, surnames: set[str]) -> bool:
    """Titles, then a person's name (``_titled_people``)."""
    words = text.split()
    titles = next((i for i, word in enumerate(words) if not names.is_title(word)), len(words))
    name = words[titles:]
    if not titles or not name or not name[0][0].isupper() or designators.designated(text) \
            or any(word.casefold() in INSTITUTION_WORDS for word in name):
        return False  # "National Unity Front", "Supreme Court": a body's name
    if len(name) == 1:
        return name[0] in surnames
    initials = name[:-1]
    if all(_INITIALS.fullmatch(word) for word in initials) and not countries.lookup(" ".join(initials)) \
            and not acronyms.other_names(" ".join(initials)):
        return name[-1].isalpha() and name[-1][0].isupper() and not names.is_title(name[-1])
    return names.person_shaped(" ".join(name)) and name[-1] in surnames


def _opens_name(word: str) -> bool:
    """Initials or a title that is also a name, as the first word of a person's name (``_opened_names``)."""
    if word.casefold() in names.NAME_PART_TITLES:
        return True
    return word not in _NOT_INITIALS and not countries.lookup(word) and not acronyms.other_names(word)


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


def _comma_suffixes(extraction: Extraction) -> Extraction:
    """The article with each person's name the recogniser ended before ", Jr." made whole.

    "President Ferdinand R. Marcos, Jr. attended ...", "Martin Luther King, Jr.": the small model stops at the
    comma and tags "Jr." alone (a person, a place). A PERSON mention followed by a comma and a generational
    suffix (``names.GENERATIONAL_SUFFIXES``) goes on over it, and a mention of the suffix alone goes; the name
    is read without the comma (``evidence._read``). Two characters are read after each PERSON mention.
    """
    sentences, changed = [], False
    for sentence in extraction.sentences:
        text, kept, inside = sentence.text, [], None
        for index, mention in enumerate(sentence.mentions):
            if inside is not None and mention.start < inside:
                continue  # the suffix, now inside the name
            suffix = _COMMA_SUFFIX.match(text, mention.end) \
                if mention.label == "PERSON" and text.startswith(", ", mention.end) and " " in mention.text else None
            if suffix is not None and suffix[1].rstrip(".").casefold() in names.GENERATIONAL_SUFFIXES:
                mention, inside = Mention(text[mention.start:suffix.end()], "PERSON", mention.start, suffix.end()), suffix.end()
                changed = True
            kept.append((index, mention))
        sentences.append(sentence.renumbered(kept) if inside is not None else sentence)
    return replace(extraction, sentences=tuple(sentences)) if changed else extraction
def _connected_names(extraction: Extraction) -> Extraction:
    """The article with each name the recogniser cut at its lower-case connecting words made whole.

    Spanish, Portuguese, Filipino and Italian names join their words with prepositions and articles in lower case:
    "Alyansa para sa Bagong Pilipinas" is tagged "Alyansa" and "Bagong Pilipinas", "Union por la Patria" only
    "Union". A PERSON or ORG mention followed by such words (``_CONNECTED_AFTER``) and a run of capitalised words goes
    on over them, swallowing a mention inside. A connector that is no particle of a person's name ("para", "sa",
    "ng", "por") makes the whole an organisation's; with particles only ("de", "da", "la") the first label stays.
    Not "y" or "e" ("and": "Messi y Ronaldo" are two)."""
    sentences = []
    for sentence in extraction.sentences:
        text, mentions = sentence.text, list(sentence.mentions)
        for index, mention in enumerate(mentions):
            joined = _CONNECTED_AFTER.match(text, mention.end) if mention.label in ("PERSON", "ORG") else None
            if joined is None or any(m.start < joined.end() < m.end for m in mentions):
                continue
            connectors = joined[1].split()
            label = "ORG" if any(word not in names.PARTICLES for word in connectors) else mention.label
            sentence = _run_on(sentence, index, joined.end(), label)
            break  # one a sentence: the indices moved
        sentences.append(sentence)
    return replace(extraction, sentences=tuple(sentences))


def _without_scores(extraction: Extraction) -> Extraction:
    """The article with the score the recogniser glued to a team's name cut off: "Manchester United beat Arsenal
    2-1" tags "Arsenal 2-1", which a name with a digit never is, so the club was lost."""
    sentences = []
    for sentence in extraction.sentences:
        mentions = sentence.mentions
        if any(_SCORE_LAST.search(m.text) for m in mentions):
            mentions = tuple(_before_score(m) for m in mentions)
            sentence = replace(sentence, mentions=mentions)
        sentences.append(sentence)
    return replace(extraction, sentences=tuple(sentences))


def _before_score(mention: Mention) -> Mention:
    score = _SCORE_LAST.search(mention.text)
    if score is None or score.start() == 0:
        return mention
    return Mention(mention.text[:score.start()], mention.label, mention.start, mention.start + score.start())


def _case_parties(extraction: Extraction) -> Extraction:
    """The article with both parties of each case or match named apart.

    "Loper Bright Enterprises v. Raimondo", "Ireland v South Africa": the small model tags the whole as one name,
    or the first party alone ("United States v. Wurie": nothing of Wurie), or the first with the "v.". A mention
    holding " v. ", " v " or " vs. " is split there into its two parties, each with the mention's label, one ending
    in it loses it, and an untagged run of capitalised words
    right after a mention and " v. " is a mention of its own (``_CASE_PARTY``); what each party is, the evidence
    says (``evidence._case_party``: a company or body by two words or more, a person by a surname alone).
    """
    sentences = []
    for sentence in extraction.sentences:
        text, mentions = sentence.text, sentence.mentions
        if " v" not in text or not any(_CASE_PARTY.match(text, m.end) or _VERSUS.search(m.text) or _VERSUS_LAST.search(m.text)
                                       for m in mentions):
            sentences.append(sentence)
            continue
        starts = {m.start for m in mentions}
        parties: list[Mention] = []
        for mention in mentions:
            versus = _VERSUS.search(mention.text)
            if versus:
                left, right = mention.text[:versus.start()], mention.text[versus.end():]
                parties.append(Mention(left, mention.label, mention.start, mention.start + len(left)))
                parties.append(Mention(right, mention.label, mention.end - len(right), mention.end))
                continue
            cut = _VERSUS_LAST.search(mention.text)  # "Loper Bright Enterprises v." tagged, "Raimondo" not
            if cut:
                mention = Mention(mention.text[:cut.start()], mention.label, mention.start, mention.start + cut.start())
            parties.append(mention)
            other = _CASE_PARTY.match(text, mention.end)
            if other and other.start(1) not in starts:
                parties.append(Mention(other[1], "ORG", other.start(1), other.end(1)))
        sentences.append(replace(sentence, mentions=tuple(parties)))
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


def _over_syllable(text: str, mention: Mention) -> Mention:
    connected = _CONNECTED.match(text, mention.end) if text[mention.end:mention.end + 1] == "-" else None
    if connected:
        return Mention(text[mention.start:connected.end()], mention.label, mention.start, connected.end())
    syllable = _SYLLABLE.match(text, mention.end) if mention.label == "PERSON" and " " in mention.text else None
    if syllable is None or not mention.text.split()[-1][0].isupper() or syllable[1] in _GLUED_AFTER \
            or syllable[1].endswith(("ed", "ing")):
        return mention
    return Mention(text[mention.start:syllable.end()], mention.label, mention.start, syllable.end())


def _unowned(run: str) -> str:
    """A run of words without the possessive that ends it: "Svetlana Masterkova's" -> "Svetlana Masterkova"."""
    return run[:-2] if _possessive(run) else run


@lru_cache(maxsize=1 << 16)
def _person_run(run: str) -> bool:
    """Whether a run of capitalised words may be a person's name: no country, place, title,
    organisation word, common word ("On"), day or month."""
    words = [word for word in run.split() if word not in names.PARTICLES]
    return len(words) <= 4 and not any(word.casefold() in _NOT_NAMES for word in words) \
        and names.person_shaped(" ".join(words[:3])) and not places.in_gazetteer(run) \
        and all(names.person_shaped(f"{word} {word}") for word in words[3:])


def _crosses(mention: Mention, start: int, end: int) -> bool:
    return mention.start < end and start < mention.end


def _first_word(text: str) -> int:
    first = _WORD.search(text)
    return first.start() if first else -1


def _possessive(text: str) -> bool:
    return text.endswith(("'s", "’s"))
