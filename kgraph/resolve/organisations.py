"""Organisations: acronyms and long forms, spelling and legal-form variants.

An acronym is joined to a long form the text defines ("the Royal United
Services Institute (RUSI)", "Security Service of Ukraine or SBU"), else to
the well-known body of that short name (``acronyms``: EU, OPEC, Interpol),
else to the one long form in the corpus whose initials spell it (a word in
capitals letter by letter: "UKLA"), else to the one of its own article that
they spell; a wire service's short name ("AP") spells no other body. Case, dots
and hyphens are ignored (NATO / Nato, U.N. / UN, Soft-Bank / SoftBank).
Names that differ only by a legal form or a holding word ("Tencent",
"Tencent Holdings Ltd.") are one organisation once the corpus uses both. A
shortened or cut-off name ("the Security Service", "the Security Service of")
joins the one longer name of its article that it begins; a lone word the one
it ends ("the Commission") or begins ("Merrill" for "Merrill Lynch & Co.",
"Alpecin" for "Alpecin-Deceuninck").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache

from ..types import Mention, Sentence
from ..words import INSTITUTION_WORDS, fold
from . import acronyms, countries, outlets, places, teams
from .names import abbreviates, clean, initials, is_acronym, is_title, run_in_short, word_contraction

__all__ = ["FORMALLY", "HOLDER", "TITLED_ALIAS", "titled_holder", "Organisations", "core_name", "definitions", "formal_short", "is_body", "short_forms"]

# Text between a long form and its acronym (or the reverse) that defines it.
_FUNCTION_WORDS = frozenset("of for and the on in".split())
_DEFINING_GAP = re.compile(r"^\s*(?:\(|,?\s*or\s+|,?\s*(?:known|abbreviated) as\s+)$", re.IGNORECASE)
# A long form's other name in brackets: "the Jatiya Oikya Front (or National Unity Front)".
_ALTERNATIVE_GAP = re.compile(r"^\s*\(\s*(?:or|also|also known as|aka)\s+$", re.IGNORECASE)
# A body's former name in brackets or after a comma: "Imperial Brands (formerly known as Imperial Tobacco)", "Meta,
# formerly Facebook" (issue 15, dev11: the small model tags the old name a person as often as a company).
_FORMER_NAME_GAP = re.compile(r"^\s*(?:\(|,)\s*(?:formerly|previously|once)(?:\s+(?:known as|called|named))?\s+$",
                              re.IGNORECASE)
# The most words (runs of characters between spaces) a gap of _KNOWN_AS, _ALTERNATIVE_GAP or _DEFINING_GAP holds:
# ", popularly known as “" (a comma, a word, two words, a quote).
_GAP_WORDS = 5
# Text between a name and the short name it is known by: "Widodo, popularly known as Jokowi", "Joseph Irungu,
# alias Jowie".
_KNOWN_AS = re.compile(
    r"^\s*,?\s*(?:(?:\w+\s+)?(?:known|called|nicknamed|dubbed) as|nicknamed|alias|aka|a\.k\.a\.)\s+[\"“']?$",
    re.IGNORECASE)
# Of those, the ones that give a person's other full name: "Raymond Mostoway, aka Dan Roman" (a stage name).
_AKA = re.compile(r"\b(?:aka|a\.k\.a\.|also known as)\s", re.IGNORECASE)
# A nickname within a person's name: 'Tomás "Tomi" Herrera'.
# A short form in brackets right after a name, which the recogniser left untagged: "Janatha Vimukthi Peramuna (JVP)".
_BRACKETED_SHORT = re.compile(r"\s*\(([^\W\d_][\w.&\-]*)\)")
# A listed company's ticker after its name: "Apple Inc. (NASDAQ: AAPL)", "Shopify (TSX:SHOP)" (issue 15).
_TICKER = re.compile(r"\s*\((?:NYSE|NASDAQ|Nasdaq|NYSE American|AMEX|TSX|TSXV|TSX-V|CSE|LSE|AIM|ASX|NSE|BSE|SGX|HKEX|"
                     r"SEHK|TSE|JSE|OTC|OTCQB|OTCQX|OTC Markets|Euronext|XETRA|SIX)\s*:\s*([A-Z][A-Z0-9.\-]{0,7})\)")
_NICKNAME = re.compile(r"\s[\"“‘']([^\"“”‘’']+)[\"”’']\s")
# ... or in quotes right after it: "Prime Minister Pushpa Kamal Dahal 'Prachanda' on Friday lost".
_QUOTED_AFTER = re.compile(r" [\"“‘']([A-Z][a-z]+)[\"”’'](?![\w'’])")
# After a company's full name, the words that make it the formal name of one the article names otherwise: "Petroleo
# Brasileiro SA, as the company is formally known" (Reuters' style; dev10).
_FORMALLY_KNOWN = re.compile(r"\s*,\s*as\s+the\s+(?:company|firm|group|bank|lender|carmaker|automaker|chipmaker|"
                             r"miner|insurer|airline|retailer|conglomerate)\s+is\s+(?:formally|officially|legally)\s+"
                             r"(?:known|called|named)\b", re.IGNORECASE)
# A sentence gives the formal name only; the name it is the formal name of is read in the whole article
# (``formal_short``): such a definition's short side is this prefix and the formal name.
FORMALLY = "\x00formally:"
# "the president, known as Jokowi": a name given to the holder of an office the sentence names by its word alone; the
# holder is read in the whole article (``titled_holder``). Such a definition's short side is this prefix and the name,
# its long side the office's word; each "President Joko Widodo" of a sentence gives a definition whose short side is
# ``HOLDER``, the office's word, a NUL and the holder's name (its long side the holder's key).
TITLED_ALIAS = "\x00titled:"
HOLDER = "\x00holder:"
_OFFICE_KNOWN_AS = re.compile(r"\bthe ([a-z]+(?: [a-z]+)?), (?:(?:popularly|widely|commonly|better|also|locally) )?"
                              r"(?:known|called|nicknamed|dubbed) as [\"“']?([A-Z][\w'’-]+)")
_OFFICE_BEFORE = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) $")
# A government's offices, named by their field either way round ("Justice Department", "Department of Justice").
_FIELD_HEADS = ("department", "ministry")
# Last words that give a company's legal form, not its name ("Tencent Holdings Ltd.").
_LEGAL_FORMS = frozenset(
    """inc incorporated corp corporation co company ltd limited llc plc lp llp sa ag nv bv gmbh spa
    ab asa oyj kk pte pty se srl sarl & and""".split()
)
# Words after a company's name that name its group or its trade, not another company ("Sony Group", "Cisco Systems",
# "Toyota Motor").
_HOLDING_WORDS = frozenset(
    "group holdings holding systems technologies industries enterprises platforms stores motor motors electronics".split())


@lru_cache(maxsize=1 << 16)  # every mention keyed asks, and its article's names each time (``Organisations.key``)
def _key(name: str) -> str:
    """The form names are compared in: folded, without dots and hyphens ("U.N." is "UN", "Soft-Bank" "SoftBank");
    a ministry or department by its field in one order ("Justice Department" is "Department of Justice")."""
    key = fold(name.replace(".", "").replace("-", "").replace(",", ""))
    return _in_order(key) if key.endswith(_FIELD_HEADS) or key.startswith(_FIELD_HEADS) else key


def _in_order(key: str) -> str:
    """'justice department' -> 'department of justice', 'ministry of the interior' -> 'ministry of interior'; a
    country before it stays first ('us justice department' -> 'us department of justice')."""
    words = key.split()
    country = words[:1] if len(words) > 2 and countries.lookup(words[0]) else []
    field = words[len(country):]
    if field[-1] in _FIELD_HEADS and len(field) > 1 and not (_FUNCTION_WORDS - {"and"}) & set(field):
        field = [field[-1], "of", *field[:-1]]
    if field[:3] in ([head, "of", "the"] for head in _FIELD_HEADS) and len(field) > 3:
        field = field[:2] + field[3:]
    return " ".join(country + field)


@lru_cache(maxsize=1 << 16)  # asked of every organisation of an article for each one-word name keyed in it
def _core(key: str) -> str:
    """A company name's key without its legal form and holding words: 'tencent holdings ltd' -> 'tencent',
    'alibaba group holding ltd' -> 'alibaba'."""
    words = key.split()
    while len(words) > 1 and words[-1] in _LEGAL_FORMS:
        words.pop()
    while len(words) > 1 and words[-1] in _HOLDING_WORDS:
        words.pop()
    while len(words) > 1 and words[-1] in _LEGAL_FORMS:
        words.pop()
    return " ".join(words)


def core_name(name: str) -> str:
    """A company's name as written without its legal form and holding words: 'Alibaba Group Holding Ltd.' ->
    'Alibaba' (``_core`` of a written name); the name itself when it has neither."""
    words = name.split()
    while len(words) > 1 and _key(words[-1]) in _LEGAL_FORMS | _HOLDING_WORDS:
        words.pop()
    return " ".join(words).rstrip(",")


def definitions(sentences: Iterable[Sentence]) -> dict[str, str]:
    """Short name as written -> long-form key, for every acronym and nickname the sentences define
    ("Royal United Services Institute (RUSI)", "Widodo, popularly known as Jokowi", 'Tomás "Tomi" Herrera')."""
    defined: dict[str, str] = {}
    for sentence in sentences:
        defined.update(_office_names(sentence))
        for mention in sentence.mentions:
            if _FORMALLY_KNOWN.match(sentence.text, mention.end) and " " in mention.text \
                    and (formal := clean(mention.text)):
                defined[FORMALLY + formal] = _key(formal)  # "Petroleo Brasileiro SA, as the company is formally known"
            nickname = _NICKNAME.search(mention.text) if mention.label == "PERSON" else None
            name = clean(mention.text) if nickname else None
            if nickname and name:
                defined[nickname[1]] = _key(name)
            run_in = run_in_short(mention.text) if "(" in mention.text else None
            if run_in and (long := clean(run_in[0])):
                defined[run_in[1]] = _key(long)  # "the Commission on Elections (Comelec": one mention
            bracketed = _BRACKETED_SHORT.match(sentence.text, mention.end)
            if bracketed and " " in mention.text and (long := clean(mention.text)) and abbreviates(bracketed[1], long):
                defined[bracketed[1]] = _key(long)  # "Janatha Vimukthi Peramuna (JVP)", the "JVP" untagged
            elif bracketed and mention.label == "ORG" and " " in mention.text and (long := clean(mention.text)) \
                    and word_contraction(bracketed[1], long):
                defined[bracketed[1]] = _key(long)  # "Vietnam Prosperity Joint Stock Commercial Bank (VPBank)"
            quoted = _QUOTED_AFTER.match(sentence.text, mention.start + len(mention.text.rstrip(" '‘\"“"))) \
                if mention.label == "PERSON" else None  # the recogniser may keep the opening quote
            if quoted and " " in mention.text and (name := clean(mention.text)):
                defined[quoted[1]] = _key(name)  # "Pushpa Kamal Dahal 'Prachanda'": the name the person goes by
            ticker = _TICKER.match(sentence.text, mention.end) if mention.label == "ORG" else None
            if ticker and (long := clean(mention.text)):
                defined[ticker[1]] = _key(long)  # "Quillon Inc. (NASDAQ: QLN)": the company's ticker, its alias
        for left, right in zip(sentence.mentions, sentence.mentions[1:]):
            gap = sentence.text[left.end:right.start]
            if len(gap.split(None, _GAP_WORDS)) > _GAP_WORDS:
                continue  # more words than the gaps below hold: most pairs of mentions
            if left.text.endswith("("):
                gap = "(" + gap  # "The Committee for Medicinal Products for Human Use (" + "CHMP": run into the bracket
            first, second = clean(left.text), clean(right.text)
            if not first or not second:
                continue
            if _KNOWN_AS.match(gap) and (" " not in second or _AKA.search(gap) and left.label == right.label == "PERSON"):
                defined[second] = _key(first)  # the name a person or body is known by ("Raymond Mostoway, aka Dan Roman")
            elif _ALTERNATIVE_GAP.match(gap) and left.label == right.label == "ORG" and " " in first and " " in second:
                defined[second] = _key(first)  # a translation or former name of the body before it
            elif _FORMER_NAME_GAP.match(gap) and left.label == "ORG":
                defined[second] = _key(first)  # its former name, whatever the recogniser took it for
            elif not _DEFINING_GAP.match(gap):
                continue
            elif is_acronym(second) and " " in first and not _party_of_person(left, second, first):
                defined[second] = _key(first)
            elif is_acronym(first) and " " in second:
                defined[first] = _key(second)
            elif _bracketed_name(sentence.text, left, right, first, second):
                defined[second] = _key(first)
    return defined


def _office_names(sentence: Sentence) -> dict[str, str]:
    """What a sentence says of an office's holder and the name he goes by (issue 15, dev11): "his alliance with the
    president, known as Jokowi" gives ``TITLED_ALIAS`` + "Jokowi" -> "president"; "outgoing President Joko Widodo"
    (a PERSON mention of two words or more right after the capitalised office) gives ``HOLDER`` + "president" NUL
    "Joko Widodo" -> its key. Gated on the words "known", "called", "nicknamed", "dubbed" or a PERSON mention."""
    found: dict[str, str] = {}
    text = sentence.text
    if " as " in text and any(word in text for word in ("known", "called", "nicknamed", "dubbed")):
        for match in _OFFICE_KNOWN_AS.finditer(text):
            if is_title(match[1].split()[-1].capitalize()) and not is_title(match[2]):
                found[TITLED_ALIAS + match[2].rstrip("'’")] = match[1].split()[-1]
    for mention in sentence.mentions:
        office = _OFFICE_BEFORE.search(text[max(0, mention.start - 40):mention.start]) if mention.label == "PERSON" else None
        if office and " " in mention.text and is_title(office[1].split()[-1]) and (name := clean(mention.text)):
            found[HOLDER + office[1].split()[-1].casefold() + "\x00" + name] = _key(name)
    return found


def titled_holder(office: str, holders: Iterable[tuple[str, str]]) -> str | None:
    """The key of the one person an article names right after ``office`` (a title's word: "president"), of its
    ``HOLDER`` definitions (short side, key); None if none or several."""
    keys = {key for short, key in holders if short[len(HOLDER):].split("\x00")[0] == office}
    return next(iter(keys)) if len(keys) == 1 else None


def formal_short(formal: str, names: Iterable[str]) -> str | None:
    """The one-word name, of an article's ``names``, that a formal name given by ``_FORMALLY_KNOWN`` is the formal
    name of: the one it contracts or begins ("Petrobras" of "Petroleo Brasileiro SA", "Toyota" of "Toyota Motor
    Corp"); None if none."""
    return next((name for name in names if " " not in name and abbreviates(name, formal)), None)


def _bracketed_name(text: str, left: Mention, right: Mention, long: str, short: str) -> bool:
    """Is the one capitalised word in brackets right after a body's long form its short name, though its letters
    spell no English words: "the Federation of Public and Private Sector Employees (Jyty)", "Negotiation
    Organisation for Public Sector Professionals (Juko)"? Both tagged organisations, the long form of two words or
    more and not holding the short one ("Manchester United (United)"); a well-known body's short name keeps the
    table's long form ("Outgoing Caribbean Community (CARICOM)")."""
    return left.label == right.label == "ORG" and " " in long and " " not in short and short[:1].isupper() \
        and text[left.end:right.start] == " (" and text.startswith(")", right.end) \
        and short.casefold() not in long.casefold().split() and not acronyms.known(short)


def _party_of_person(left: Mention, short: str, long: str) -> bool:
    """Is the acronym in brackets after a person's name the person's party, not a short form of the name: "Tuula
    Haatainen (SDP)", "Evelyn Matthei (UDI)"? A person's short form spells the name's own initials, in order,
    small words too ("(AMLO)", "Mohammed bin Salman (MBS)")."""
    if left.label != "PERSON":
        return False
    letters = iter(word[0].casefold() for word in long.split())
    return not all(letter in letters for letter in short.casefold() if letter.isalpha())


def short_forms(name: str, defined: Iterable[tuple[str, str]]) -> tuple[str, ...]:
    """The short forms, as written, that an article's definitions (``definitions``' items) give a name of it."""
    key = _key(name)
    # a definition by key (``evidence._defined_again``: a long form's other name) is no form as written
    return tuple(short for short, long in defined if long == key and not short.islower())


def country_variant(name: str) -> str | None:
    """The name with the country that opens it written the other way, name for adjective or adjective for name:
    "Nigerian Premier Football League" <-> "Nigeria Premier Football League" (a body's name is written both
    ways, within one article too); None where no country opens it."""
    opening = _opening_country(name)
    if opening is None:
        return None
    country, rest, code = opening
    written = countries.name(code)
    other = written if written != country else countries.adjective(code)
    return f"{other} {rest}" if other and other != country else None


def _country_named(name: str) -> str | None:
    """The name with the country's adjective that opens it written as the country's name ("Nigerian Premier
    Football League" -> "Nigeria Premier Football League"), else None."""
    opening = _opening_country(name)
    return f"{countries.name(opening[2])} {opening[1]}" if opening and opening[0] != countries.name(opening[2]) else None


def _opening_country(name: str) -> tuple[str, str, str] | None:
    """(country, rest, code): the country's name or adjective, of one or two words, opening a name of more
    capitalised words; not an abbreviation ("US", "UK": a body's name keeps them as written)."""
    words = name.split()
    for length in (2, 1):
        country = " ".join(words[:length])
        if len(words) > length and words[length][0].isupper() and country[0].isupper() and not country.isupper() \
                and country.replace(" ", "").isalpha() and (code := countries.lookup(country)):
            return country, " ".join(words[length:]), code
    return None


class Organisations:
    """The organisation names of a corpus and the acronyms defined in it.

    A name is read against the organisation names of its own article
    (``local``), which a shortened name or a lone head word may stand for.
    """

    def __init__(self, names: Iterable[str], defined: Mapping[str, str], others: Iterable[str] = ()):
        """``names``: every organisation name of the corpus; ``defined``: short name -> long-form key;
        ``others``: the corpus' other names, which may be an organisation's without its legal form
        ("Hobby Lobby", tagged PERSON, beside "Hobby Lobby Stores, Inc.")."""
        keys: set[str] = set()
        spelled: dict[str, set[str]] = defaultdict(set)
        # Key of a one-word hyphenated name ("Alpecin-Deceuninck", whose key has no hyphen) -> its first part's.
        self._first_parts: dict[str, str] = {}
        # Key of a one-word name's words written apart ("tech crunch") -> its key ("techcrunch").
        self._apart: dict[str, str] = {}
        country_named: dict[str, str] = {}  # key of a name opened by a country's adjective -> with its name
        for name in names:
            keys.add(_key(name))
            if named := _country_named(name):
                country_named[_key(name)] = _key(named)
            if len(words := _inner_words(name)) > 1:
                self._apart[_key(" ".join(words))] = _key(name)
            if " " not in name and "-" in name.strip("-"):
                self._first_parts[_key(name)] = _key(name.split("-")[0])
            if " " in name:
                spelled[initials(name).casefold()].add(_key(name))
                # "BoA" for "Bank of America": the small words' letters in lower case
                spelled["".join(word[0] for word in name.replace("-", " ").split()).casefold()].add(_key(name))
                # "UKLA" for "UK Listing Authority": a word in capitals spelled letter by letter
                spelled["".join(word if word.isupper() else word[0] for word in name.replace("-", " ").split()
                                if word[0].isupper()).casefold()].add(_key(name))
        # One name for each organisation: the well-known body's, else the one long form the initials spell.
        known = _known()
        # A wire service's short name ("AP") is no other long form's initials unless the text says so.
        self._expansions = {acronym: long for acronym, found in spelled.items()
                            if len(found) == 1 and _may_spell(acronym, long := next(iter(found)))}
        # Initials the corpus' long forms share ("SC": Supreme Court, Superior Court): read in the article.
        self._shared = {acronym: frozenset(found) for acronym, found in spelled.items() if len(found) > 1
                        and not outlets.agency_short_name(acronym)}
        self._expansions.update(known)
        self._expansions.update({_key(short): known.get(long, long) for short, long in defined.items()})
        # Legal-form variants: every name whose core the corpus also uses (or shares with another) keys to the core.
        by_core: dict[str, set[str]] = defaultdict(set)
        for key in keys:
            core = _core(key)
            if core != key and _may_be_core(core):
                by_core[core].add(key)
        used = keys | {_key(name) for name in others}
        joined: set[str] = set()
        for core, variants in by_core.items():
            if core in used or len(variants) > 1:
                for key in variants - _parents_beside_arms(core, variants):
                    if key not in self._expansions:
                        self._expansions[key] = self._expansions.get(core, core)
                        joined.add(key)
        # An acronym the text defines for one legal form ("Taiwan Semiconductor Manufacturing Co Ltd (TSMC)") is the
        # company all its forms now key to, not that form alone (issue 15, dev5); initials merely spelled are not
        # followed: "AI" spells "Apple Inc" but the text never says it stands for it
        for short in map(_key, defined):
            if self._expansions.get(short) in joined:
                self._expansions[short] = self._expansions[self._expansions[short]]
        # "Nigerian Premier Football League" beside "Nigeria Premier Football League": one body, the country's
        # name or adjective opening it; the form with the country's name is kept
        for key, named in country_named.items():
            if named in keys and key not in self._expansions:
                self._expansions[key] = self._expansions.get(named, named)

    def run_together(self, name: str) -> str | None:
        """The organisation a name of several words stands for when its words run together are a one-word
        organisation name of the corpus, each word at one of its inner capitals ("Tech Crunch" for "TechCrunch",
        "Pine Labs" for "PineLabs"); whatever the recogniser called it."""
        joined = self._apart.get(_key(name)) if " " in name else None
        return self._expansions.get(joined, joined) if joined else None

    @staticmethod
    def local(names: Iterable[str]) -> frozenset[str]:
        """The keys of one article's organisation names, for ``key``."""
        return frozenset(_key(name) for name in names)

    def defined(self, name: str) -> str | None:
        """The name (as a key) a short name or nickname stands for, where the corpus says so."""
        return self._expansions.get(_key(name))

    @staticmethod
    def official(key: str) -> str | None:
        """The official name of the well-known body or team (``teams``) an organisation key stands for, if it is one."""
        return _official().get(key) or teams.label(key)

    def key(self, name: str, local: frozenset[str], *, beginning: bool = True) -> str | None:
        """The organisation a name stands for (its long form where the corpus knows one), None for a fragment.

        ``beginning``: a lone word may stand for the one name of its article it begins (an
        organisation's name, not an adjective such as "European").
        """
        key = _key(name)
        if key in self._expansions:
            return self._expansions[key]
        spelled = self._shared.get(key, frozenset()) & local
        if len(spelled) == 1:
            return self._expansions.get(*spelled, *spelled)
        if " " not in key:
            if countries.lookup(name) or places.in_gazetteer(name):
                # "Bournemouth", the town, beside "AFC Bournemouth"; but the one club named after a
                # region and a town that it begins ("Bayern" beside "Bayern Munich") is that club.
                named = {other for other in local if other.startswith(key + " ")
                         and places.in_gazetteer(other[len(key) + 1:])} if beginning else set()
                return self._expansions.get(*named, *named) if len(named) == 1 else key
            # "the Commission" for "European Commission"; "Disney" for "The Walt Disney Co." (its core ends so)
            ending = {other for other in local if (other.endswith(" " + key) or _core(other).endswith(" " + key))
                      and not _regional_unit(other, key)}
            if len(ending) == 1:
                return self._expansions.get(*ending, *ending)
            # "Alpecin" beside "Alpecin-Deceuninck": a hyphenated name's first part begins it too
            starting = {other for other in local if other.startswith(key + " ") or self._first_parts.get(other) == key}
            if beginning and len(starting) == 1:
                return self._expansions.get(*starting, *starting)
            return key
        # "Lake Turkana" beside "Lake Turkana Wind Energy": a place's name opening a body's is the place; "Sequoia
        # Capital" beside "Sequoia Capital India": a country after a body's name makes its national arm (issue 15, dev5)
        longer = {other for other in local if other.startswith(key + " ") and not countries.lookup(other[len(key) + 1:])} \
            if not (places.landmark_opener(name) or places.landmark_head(name) or places.in_gazetteer(name)) else set()
        if len(longer) == 1:
            return self._expansions.get(*longer, *longer)
        # "Supreme Court" beside "U.S. Supreme Court": the same body without its country
        national = {other for other in local if other.endswith(" " + key) and countries.lookup(other[:-len(key) - 1])}
        if len(national) == 1:
            return self._expansions.get(*national, *national)
        return None if key.split()[-1] in _FUNCTION_WORDS else key


def _regional_unit(other: str, word: str) -> bool:
    """Whether an organisation key is a region's unit of the body a lone word names: "chhattisgarh pradesh
    congress" for "Congress", "texas senate" for "Senate" (a state's, province's or region's name opens it:
    ``places.starts_with_region``); the word alone is the national body, not that unit ("Federal Senate" stays
    the one "Senate" is)."""
    return places.starts_with_region(other) and not countries.lookup(other.split()[0])


def _inner_words(name: str) -> list[str]:
    """The words a one-word name is written in, cut at its inner capitals ("TechCrunch": Tech, Crunch); one
    piece for a name with no inner capital or with a capital standing alone ("TSMC", "JPMorgan")."""
    words = re.findall(r"[A-Z][a-z]+", name)
    return words if "".join(words) == name else [name]


def is_body(name: str) -> bool:
    """Whether a name is one of a well-known body's (``acronyms``): an organisation, never a person."""
    return _key(name) in _known() or _key(name) in _official()  # its official name too ("Janatha Vimukthi Peramuna")


@cache
def _official() -> dict[str, str]:
    """Long-form key of each well-known body -> its official name."""
    return {_key(body.name): body.name for body in acronyms.bodies()}


@cache
def _known() -> dict[str, str]:
    """Key of each well-known body's short and other names -> the key of its official name."""
    known: dict[str, str] = {}
    for body in acronyms.bodies():
        for name in (body.short, *body.other):
            known.setdefault(_key(name), _key(body.name))
    return known


def _may_spell(acronym: str, long: str) -> bool:
    """Whether an acronym may stand for the one long form whose initials it spells: not a wire service's
    short name ("AP": the agency credit, not "Adani Ports"), except for that service's own name."""
    return not outlets.agency_short_name(acronym) or outlets.agency_name(long)


# Holding words that name a group of companies itself, not one of its arms ("Samsung Group", "Tata Holdings").
_PARENT_WORDS = frozenset({"group", "holding", "holdings"})


def _parents_beside_arms(core: str, variants: set[str]) -> set[str]:
    """The variants of a core that name its group ("samsung group") where another variant names one of its arms by
    another holding word ("samsung electronics"): two bodies, the group and its listed company (issue 15, dev11), so
    the group keeps its own key; "alibaba group holding" beside "alibaba group" is one body (the same first word)."""
    first = {key: key.split()[len(core.split())] for key in variants}
    if not set(first.values()) & (_HOLDING_WORDS - _PARENT_WORDS):  # a legal form after the core names no arm
        return set()
    return {key for key, word in first.items() if word in _PARENT_WORDS}


def _may_be_core(core: str) -> bool:
    """A core that names something of its own: not a lone title or institution word ('General', 'Bank')."""
    return " " in core or not (is_title(core) or core in INSTITUTION_WORDS)
