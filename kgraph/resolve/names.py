"""Surface forms -> names: strip what is not part of a name, reject what is no name.

"Ukrainian President Volodymyr Zelenskyy" -> "Volodymyr Zelenskyy",
"Donald Trump's" -> "Donald Trump", "the U.N. Vasilii Nebendzia" -> "Vasilii
Nebendzia", "(Vladimir) Putin" -> "Vladimir Putin"; photo credits
("Tolga Akmen/EPA"), lists ("Malyuk, Zelenskyy"), stances ("pro-Kremlin") and
non-actors ("Monroe Doctrine") are no name at all.
"""

from __future__ import annotations

import re
from functools import lru_cache

from nameparser.config.titles import TITLES

from ..words import INSTITUTION_WORDS, ORDINALS, fold
from . import acronyms, countries, places

__all__ = ["clean", "demonym", "head_after", "GENERATIONAL_SUFFIXES", "run_in_short", "strip_roles", "titled_given_name", "person_shaped", "person_worded", "is_acronym", "initials", "is_title", "PARTICLES", "POSITIONS", "LED_BY",
           "NAME_PART_TITLES", "word_contraction"]

# Roles news writing puts before names that nameparser's title list (honorifics,
# ranks, offices) lacks; also a sports rookie, "Additional" (Solicitor General, Sessions Judge), a bench of
# "Justices" and police ranks of South Asia and Ghana (ACP, DCP: assistant / deputy commissioner of police); "PM"
# (prime minister, a headline's "PM Anwar") and "Olympian" (an athlete's, "Olympian Valarie Allman"); "Alhaji" /
# "Alhaja", West Africa's honorific of one who made the pilgrimage ("Alhaji (Dr.) Umaru Kwairanga"; dev7); "VP", a
# headline's vice president ("VP Vance"; dev10).
_ROLES = frozenset(
    """mep mp mps defense defence acting former retired spokesman spokeswoman spokesperson
    strongman mouthpiece analyst envoy tsar czar chairman chairwoman chair foreign interior
    finance economy home state vice top senior local opposition supreme opposition-leader justice
    speechwriter blogger commentator premier incumbent outgoing major skipper crown emir
    tycoon billionaire businessman businesswoman entrepreneur lawmaker legislator activist
    striker midfielder goalkeeper winger batsman
    boss forward defender bowler all-rounder pacer spinner wicketkeeper playmaker centre-back full-back fly-half
    scrum-half flanker quarterback veteran teammate team-mate compatriot countryman counterpart prosecutor
    defendant rapper influencer candidate nominee
    rookie additional justices acp dcp pm olympian coo cto cio cmo cpo cso
    supt atty insp det const h.e
    alhaji alhaja vp""".split()
)
# Honorifics of South and South-East Asia that nameparser's list lacks (dev9): Malaysia's federal and state titles
# ("Datuk Seri Dzulkefly Ahmad", "Dato' Sri", "Tun"), the pilgrim's "Haji"/"Hajjah", South Asia's "Begum" (a married
# woman's: "Begum Khulsoom Nawaz").
_REGIONAL_HONORIFICS = frozenset("datuk datin dato dato' seri tun toh haji hajjah begum".split())
# Generational suffixes after a surname (folded, without their dot): "Kelly Oubre Jr.", "Aquino IV"; written as
# abbreviations, their full stop is part of the name ("Ferdinand Marcos Jr.").
GENERATIONAL_SUFFIXES = frozenset("jr sr jnr snr ii iii iv".split())
# Players' positions and sport's roles, right before a name, say "a person" as a title does ("Denver
# center Nikola Jokic", "Arsenal striker X", "India opener Y"); nameparser's titles have none of them
# (they have coach, manager, captain, skipper).
POSITIONS = frozenset("""
center centre forward striker midfielder defender goalkeeper keeper goalie winger fullback full-back wingback
wing-back playmaker guard quarterback pitcher catcher shortstop outfielder infielder batsman batter bowler spinner
seamer paceman pacer opener wicketkeeper wicket-keeper all-rounder allrounder teammate team-mate rookie sprinter
jockey cyclist golfer boxer
""".split())
# Ranks written in capitals before a name (British police: Detective Inspector, Detective Chief Inspector,
# Detective Sergeant, Detective Superintendent): dropped there only; alone they may be a body's initials (Kenya's
# Directorate of Criminal Investigations, "DCI"), and "di" in lower case is a particle ("di Maria").
_CAPITAL_ROLES = frozenset("DI DCI DS DSU DCS".split())
# Words of nameparser's title list that news writes as given names far more often than as titles
# ("Mahdi Mohamud", "Timi Dakolo"): opening a name they are its first word, not a title to drop.
_GIVEN_NAMES = frozenset("mahdi timi shaik".split())
# Honours and offices written after a name.
_POST_NOMINALS = frozenset("qc kc mp mep obe mbe cbe kbe dbe phd md esq".split())
# Titles that go before a given name and make a name with it: "Sheikh Mohammed", "Prince Harry", "Pope Francis".
_GIVEN_NAME_TITLES = frozenset("sheikh sheikha prince princess king queen emir sultan pope imam ayatollah".split())
# ... of which these are given names or family names too, when they open a name of no "bin"/"ibn"
# ("Sheikh Hasina Wazed", "Sultan Ahmed Al Jaber"; "Sheikh Tamim bin Hamad Al Thani" is a title's).
NAME_PART_TITLES = frozenset("sheikh sultan".split())
_PATRONYMIC = frozenset("bin ibn bint".split())
# Words that mark a name as an organisation or a facility, never a person's.
_ORG_WORDS = INSTITUTION_WORDS | frozenset(
    """administration airlines airways association authority channel coalition college command corp energy force
    forces foundation front gas movement society
    holdings inc institution intelligence journal kremlin ltd media motors navy oil palace police radio security
    co plc llc limited
    services television tv""".split()
)
# Lower-case words that belong inside names: "Bashar al-Assad", "Ursula von der Leyen".
PARTICLES = frozenset("al el bin ibn de del der di da van von la le du dos das ter ten den".split())
# Last words that make a name a thing, not an actor ("Monroe Doctrine", "Minsk Agreement").
_NON_ACTOR_HEADS = frozenset(
    """doctrine treaty act bill plan agreement accord accords initiative summit strategy
    programme program operation war crisis day law convention declaration deal protocol
    resolution sanctions package""".split()
)
# A plural's apostrophe inside a name stays: "Scottish Secondary Teachers' Association", "Workers' Party" (issue 15,
# dev7); at the name's end it is a possessive (``_POSSESSIVE``).
_BRACKETS = re.compile(r"(?:[\[\](){}\"“”‘]|(?<![sS])['’])+(?=\s|$)|['’]+$|(?<=\s)[\[\](){}\"“”‘]+|^[\[\](){}\"“”‘]+")
# 'Tomás "Tomi" Herrera': the quoted nickname is no part of the name.
_NICKNAME = re.compile(r"\s[\"“‘'][^\"“”‘’']+[\"”’']\s")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_OWNER = re.compile(r"^(?:.*\s)?([\w-]+)['’]s\s+(?=(.*))")  # "RUSI's Arnold" -> "Arnold"
# Words whose possessive belongs to a name ("People's Liberation Army", "Women's Equality Party",
# "King's College"): a group or a title, never an owner standing before another name.
_NAME_POSSESSIVES = frozenset("people women children men workers king queen prince st saint".split())
# Legal forms and holding words after a company named in the possessive ("McDonald's Corp.", "Moody's Corp").
_COMPANY_FORMS = frozenset("corp corporation inc co company ltd plc llc group holdings".split())
# "Elon Musk-led Tesla" -> "Tesla"; "Pheu Thai-led" (its head cut off) -> "Pheu Thai".
# A person's age set off by commas after the name: "Wickremesinghe, 73, will face off", "Berri, 80, heads" ...
_AGED_AFTER = re.compile(r",\s*(?:aged\s+)?\d{1,3},")
# ... or in an apposition, "Sajith Premadasa, the 55-year-old leader of"; not a body's ("Acme, the 120-year-old
# company").
_AGE_APPOSITION = re.compile(r",\s*(?:the|a|an)\s+\d{1,3}-year-old\b(?!\s+(?:[a-z]+\s+)?(?:company|firm|group|"
                             r"business|brand|bank|chain|club|team|party|league|institution|organisation|organization|"
                             r"body|newspaper|paper|outlet|broadcaster|agency|charity)\b)")
LED_BY = "led|backed|owned|based|run"  # what joins a leader to what it leads, as a pattern's alternatives
_LED_BY = re.compile(rf"^.*-(?:{LED_BY})\s+|-(?:{LED_BY})$")
# Words that join a list's items, never the last word of a name.
_JOINING = frozenset("and or & nor".split())
# Small words that open what follows a person's name, never its last word: "Felix Auger-Aliassime of" (the recogniser
# stopped before "of Canada 3-6"; issue 15, dev7).
_DANGLING = frozenset("of for".split())
# Heads of an organisation written after its name ("the X Corp CEO", "Acme boss"): who leads it, never the
# last word of its name (issue 15, junk nodes).
# "Budget Committee Chair": a committee's chair (dev10).
_HEADS_AFTER = frozenset("ceo cfo coo cto boss chair chairman chairwoman founder co-founder spokesman spokeswoman".split())
_NOISE = re.compile(r"[/|@#\d]")
# A set or match score the recogniser ran a name into: "Taro Daniel 6-3", "Greece 6-4", "Oscar Otte 7-5" (issue 15,
# dev7: a results sentence lost its names to the digits).
_TRAILING_SCORE = re.compile(r"\s+\d{1,2}[-\u2013]\d{1,2}$")
# An ordinal in figures, first to twentieth: "9th Circuit" is written out ("Ninth Circuit"), not noise.
_ORDINAL = re.compile(r"\b(1?[1-9]|10|20)(?:st|nd|rd|th)\b")
_STANCE = re.compile(r"^(?:pro|anti|ex|non)-", re.IGNORECASE)
_INITIAL = re.compile(r"^[A-Z]\.?$")
# A surname written with its particle glued on: "al-Mazrouei", "el-Sisi", "bin-Laden".
_PARTICLE_GLUED = re.compile(r"^(?:%s)-[A-Z]" % "|".join(sorted(PARTICLES)))
# A long form and the short name in its bracket, run together by the recogniser: "the Commission on Elections (Comelec".
_RUN_IN = re.compile(r"^(?P<long>\S.*\S)\s+\((?P<short>[^\s()\[\]]+)\)?$")
_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,6}$|^[A-Z][A-Z&]{1,5}$")


@lru_cache(maxsize=1 << 16)  # every pair of neighbouring mentions asks (organisations.definitions): the same texts again and again
def clean(text: str) -> str | None:
    """The name a mention's text stands for, or None when it is no actor's name."""
    text = " ".join(text.split())
    if any(char.isdigit() for char in text):
        text = _TRAILING_SCORE.sub("", text)
        text = _ORDINAL.sub(lambda ordinal: ORDINALS[int(ordinal[1]) - 1].capitalize(), text)
    if _NOISE.search(text) or ", " in text or _STANCE.match(text) or _between_countries(text):
        return None
    text = _BRACKETS.sub("", _NICKNAME.sub(" ", text)).strip(" ,;:-—–")
    text = _LED_BY.sub("", _drop_owner(_POSSESSIVE.sub("", text)))
    parts = text.split()
    if parts and parts[0].casefold() == "the":
        parts.pop(0)
    if len(parts) > 2 and parts[0] == "Republic" and person_shaped(" ".join(parts[1:])):
        parts.pop(0)  # "the President of the Republic Dina Boluarte": the office's last word ran into the name
    while parts and parts[-1].casefold() in _JOINING:
        parts.pop()  # "Leon Goretzka and": the recogniser ran into a list's joining word
    if len(parts) > 2 and parts[-1].casefold() in _DANGLING and person_worded(" ".join(parts[:-1])):
        parts.pop()  # "Felix Auger-Aliassime of"; a body's "Security Service of" (a line's end) stays no name
    while len(parts) > 1 and parts[-1].casefold() in _HEADS_AFTER:
        parts.pop()  # "X Corp CEO": the company's head, not part of its name
    if "to" in parts[1:-1] and person_shaped(" ".join(parts[:parts.index("to")])):
        parts = parts[:parts.index("to")]  # "Mason Plumlee to Clippers": a headline's move, not one name
    if parts and parts[-1].endswith(".") and not is_acronym(parts[-1]) \
            and parts[-1].rstrip(".").casefold() not in GENERATIONAL_SUFFIXES:
        parts[-1] = parts[-1].rstrip(".")  # a sentence's full stop, not the abbreviation of "Jr." or "Sr."
    if not parts or not _is_name(parts) or len(parts) == 1 and parts[0].rstrip(".").casefold() in GENERATIONAL_SUFFIXES:
        return None  # "Jr." cut from "Ferdinand R. Marcos, Jr." at its comma is no name
    return " ".join(parts)


def _between_countries(text: str) -> bool:
    """Two countries or their adjectives hyphenated, a relation's adjective: "U.S.-China tensions", "the Iran-Israel
    conflict", "Kazakh-Uzbek cooperation" (issue 15, dev7: such words became organisations and places); not a
    country's own name ("Guinea-Bissau")."""
    halves = text.split("-")
    return len(halves) == 2 and " " not in text and all(halves) and not countries.lookup(text) \
        and all(countries.lookup(half) for half in halves)


def run_in_short(text: str) -> tuple[str, str] | None:
    """(long form, short name) of a mention that ran on into the bracket after a long form: "the Commission on
    Elections (Comelec" -> ("the Commission on Elections", "Comelec"); None for any other mention. The short name
    is an acronym ("JVP") or a contraction of the long form ("Comelec", "Ofcom": its letters in order, from the
    first), so "Bright Osayi-Samuel (Fenerbahce" (a player's club) is none."""
    found = _RUN_IN.match(text)
    if found is None or " " not in found["long"]:
        return None
    long, short = found["long"], found["short"]
    return (long, short) if is_acronym(short) or _contracts(short, long) else None


def abbreviates(short: str, long: str) -> bool:
    """'JVP' of 'Janatha Vimukthi Peramuna', 'Comelec' of 'Commission on Elections': an acronym or a contraction
    (``_contracts``) whose letters are the long form's, in order from its first. Said of a word in brackets after
    a name, where a player's club ("Victor Osimhen (PSG)", "(Napoli)") is none."""
    return is_acronym(short) and _spelled_from(short, long) or _contracts(short, long) or _initialled(short, long)


def word_contraction(short: str, long: str) -> bool:
    """'VPBank' of 'Vietnam Prosperity Joint Stock Commercial Bank', 'Vietcombank' of 'Joint Stock Commercial Bank for
    Foreign Trade of Vietnam': a capitalised word made of the beginnings of two or more of the long form's words
    (a hyphen parts words), each used once, in any order: a brand contracted from a company's legal name (dev9). Not
    in capitals: an acronym is read by ``abbreviates`` and the known bodies' table ("CARICOM")."""
    words = [word.casefold() for word in re.split(r"[\s-]+", long) if word[:1].isalpha()]
    return 3 <= len(short) <= 20 and short[0].isupper() and not short.isupper() and short.isalpha() and len(words) >= 2 \
        and _made_of_beginnings(short.casefold(), tuple(words), 0)


def _made_of_beginnings(rest: str, words: tuple[str, ...], parts: int) -> bool:
    if not rest:
        return parts >= 2
    return any(rest.startswith(word[:size]) and _made_of_beginnings(rest[size:], words[:i] + words[i + 1:], parts + 1)
               for i, word in enumerate(words) for size in range(min(len(word), len(rest)), 0, -1))


def _initialled(short: str, long: str) -> bool:
    """'MoH' of 'Ministry of Health', 'DoJ' of 'Department of Justice': every word's first letter, a small word's in
    lower case (issue 15, dev7: "Ministry of Health (MoH)" was not read as a definition)."""
    words = long.split()
    if words and words[0].casefold() == "the":
        words.pop(0)
    return len(words) >= 3 and sum(c.isupper() for c in short) >= 2 and not short.isupper() \
        and short == "".join(word[0] for word in words)


def _contracts(short: str, long: str) -> bool:
    """'Comelec' of 'Commission on Elections': one capitalised word of three letters or more, the long form's first
    letter first and all its letters in the long form's, in order."""
    return len(short) >= 3 and short[0].isupper() and short[1:].islower() and _spelled_from(short, long)


def _spelled_from(short: str, long: str) -> bool:
    """Whether ``short``'s letters are ``long``'s (a leading "the" left out), in order from its first letter."""
    words = long.split()
    if words[0].casefold() == "the":
        words.pop(0)
    letters = iter("".join(words).casefold())
    folded = short.replace(".", "").casefold()
    return (bool(words) and bool(folded) and folded[0] == words[0][0].casefold()
            and all(c in letters for c in folded))


def _drop_owner(text: str) -> str:
    """'RUSI's Arnold' -> 'Arnold'; but 'People's Liberation Army' and 'Brazil's Congress' stay whole."""
    owner = _OWNER.match(text)
    if owner is None or owner[1].casefold() in _NAME_POSSESSIVES:
        return text
    rest = owner[2]
    if all(word.casefold().strip(".,") in _COMPANY_FORMS for word in rest.split()):
        return text  # "McDonald's Corp.", "Macy's Inc.": a company named in the possessive, with its legal form
    return text if " " not in rest and rest.casefold() in INSTITUTION_WORDS else rest


def head_after(word: str) -> bool:
    """A body's head written after its name, never its last word: "CEO", "Chair", "founder" (``_HEADS_AFTER``)."""
    return word.casefold() in _HEADS_AFTER


def strip_roles(name: str) -> str:
    """A person's name without the titles and roles before it and the honours after it.

    Drops leading titles, a country or acronym standing before a title
    ("U.K. Defense Secretary"), a dotted acronym naming the body a person
    speaks for ("U.N. Vasilii Nebendzia"), a country's adjective or one-word name before a full name
    ("Sri Lankan Lasith Malinga", "Botswana Bayapo Ndori"), and honours after it ("David Hatton QC").
    """
    parts = name.split()
    while len(parts) > 1:
        if (is_title(parts[0]) or parts[0] in _CAPITAL_ROLES) and not places.in_gazetteer(" ".join(parts[:2])):
            # "San Antonio ...": a place's; a rank in capitals only before a name ("DI Jones", not Kenya's "DCI")
            if len(parts) == 2 and parts[0].casefold() in _GIVEN_NAME_TITLES:
                break  # the title is part of the name
            if len(parts) == len(name.split()) and parts[0].casefold() in NAME_PART_TITLES \
                    and _PATRONYMIC.isdisjoint(part.casefold() for part in parts):
                break  # opening the name, no title before it: a given or family name
            parts = parts[1:]
        elif (countries.lookup(parts[0]) or is_acronym(parts[0])) and len(parts) > 2 and is_title(parts[1]):
            parts = parts[1:]
        elif is_acronym(parts[0]) and parts[0].endswith(".") and len(parts) > 2 and _body_initials(parts[0]):
            parts = parts[1:]  # "U.N. Vasilii Nebendzia": the body a person speaks for; not "T.S. Ellis III"
        elif _ORG_WORDS.intersection(word.casefold() for word in parts[-1].split("-")):
            break  # "American Astronomical Society": the country's adjective opens a body's name (dev10)
        elif len(parts) > 3 and demonym(" ".join(parts[:2])):
            parts = parts[2:]  # "Sri Lankan Lasith Malinga": the country, not the name
        elif len(parts) > 2 and demonym(parts[0]):
            parts = parts[1:]  # "Norwegian Martin Odegaard"
        elif len(parts) > 2 and parts[0] in countries.english_names() and person_shaped(" ".join(parts[1:])) \
                and _ORG_WORDS.isdisjoint(word.casefold() for part in parts[1:] for word in part.split("-")):
            # "Botswana Bayapo Ndori" (a results list's); not "Chad le Clos", "Pakistan Muslim League-Nawaz"
            parts = parts[1:]
        else:
            break
    while len(parts) > 2 and parts[-1].strip(".").casefold() in _POST_NOMINALS:
        parts = parts[:-1]  # "David Hatton QC"
    return " ".join(parts)


def _body_initials(word: str) -> bool:
    """'U.N.', 'U.S.', 'E.U.': a country's or a well-known body's dotted short name; 'T.S.', 'N.V.' are a
    person's initials (issue 15, dev5: "Judge T.S. Ellis III" became "Ellis III")."""
    return bool(countries.lookup(word)) or bool(acronyms.other_names(word.replace(".", "")))


def titled_given_name(name: str) -> str | None:
    """'Prince Mohammed' -> 'Mohammed': the given name of a name made of a title and a given name."""
    parts = name.split()
    return parts[1] if len(parts) == 2 and parts[0].casefold() in _GIVEN_NAME_TITLES else None


def demonym(words: str) -> bool:
    """A country's adjective or short form ("Norwegian", "Sri Lankan", "US"), not its name ("Pakistan")."""
    code = countries.lookup(words)
    return bool(code) and countries.name(code).casefold() != words.casefold()


@lru_cache(maxsize=1 << 16)  # asked of every distinct name, again and again
def aged_after(text: str, end: int, *, apposition: bool = False) -> bool:
    """Whether a person's age follows the name ending at ``end``; ``apposition``: only "the N-year-old" counts, as
    it does after a run of capitals the recogniser left untagged, which may open with an adjective ("Enigmatic
    Malyuk, 42, has been")."""
    return _AGE_APPOSITION.match(text, end) is not None or not apposition and _AGED_AFTER.match(text, end) is not None


@lru_cache(maxsize=1 << 16)  # asked of the same names by the mend passes, the string pass, observing and linking
def person_shaped(name: str) -> bool:
    """Two or three capitalised words, none a title, organisation word, country or acronym, after
    any initials ("T S Singh Deo", "J. K. Rowling")."""
    parts = name.split()
    while len(parts) > 2 and _INITIAL.match(parts[0]):
        parts.pop(0)
    return 2 <= len(parts) <= 3 and all(_person_word(part) for part in parts)


def person_worded(name: str) -> bool:
    """Two words or more, particles aside, each of them a word a person's name may have (as in
    ``person_shaped``), of any length: "Luiz Inácio Lula da Silva"; not "Kenya Kwanza", "Pheu Thai"."""
    parts = [part for part in name.split() if part.casefold() not in PARTICLES]
    return len(parts) >= 2 and all(_person_word(part) for part in parts)


def _person_word(part: str) -> bool:
    """A capitalised word that is no title, organisation word, country or acronym."""
    return part[0].isupper() and part.replace("-", "").replace("'", "").isalpha() and not is_acronym(part) \
        and not is_title(part) and part.casefold() not in _ORG_WORDS and not _country_word(part)


def _country_word(word: str) -> bool:
    """A country's name or demonym as written: "German", not the given name "Germán", which the look-up's folding
    of accents would read as one."""
    return bool(countries.lookup(word)) and fold(word) == word.casefold()


def _is_name(parts: list[str]) -> bool:
    first = parts[0]
    if len("".join(parts)) < 2 or not first[0].isupper() and first.casefold() not in PARTICLES \
            and not _PARTICLE_GLUED.match(first):
        return False
    if len(parts) > 1 and all(part.isupper() for part in parts):
        return False  # a shouted headline ("HAS THE UK GOT")
    if all(part.casefold().strip(".,") in _COMPANY_FORMS for part in parts):
        return False  # a legal form alone: "McDonald" | "'s Corp." cut by the recogniser at the possessive
    return parts[-1].casefold() not in _NON_ACTOR_HEADS


@lru_cache(maxsize=1 << 16)  # asked of the same words again and again
def is_title(word: str) -> bool:
    bare = word.casefold().strip(".,")
    if len(word) == 2 and word.isupper() and bare not in _ROLES:
        return False  # initials, not an honorific: "MS Dhoni"
    return bare in TITLES and bare not in _GIVEN_NAMES or bare in _ROLES or bare in _REGIONAL_HONORIFICS


@lru_cache(maxsize=1 << 16)  # asked of the same words again and again
def is_acronym(word: str) -> bool:
    """'NATO', 'U.N.', 'SBU'; also 'Nato', the house style of some papers, when it is known."""
    return bool(_ACRONYM.match(word))


def initials(name: str) -> str:
    """'Royal United Services Institute' -> 'RUSI'; 'Security Service of Ukraine' -> 'SSU'."""
    return "".join(part[0] for part in name.replace("-", " ").split() if part[0].isupper())


