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

from ..words import INSTITUTION_WORDS, ORDINALS
from . import countries, places

__all__ = ["clean", "strip_roles", "titled_given_name", "person_shaped", "is_acronym", "initials", "is_title", "PARTICLES", "LED_BY",
           "NAME_PART_TITLES"]

# Roles news writing puts before names that nameparser's title list (honorifics,
# ranks, offices) lacks; also a sports rookie, "Additional" (Solicitor General, Sessions Judge), a bench of
# "Justices" and police ranks of South Asia and Ghana (ACP, DCP: assistant / deputy commissioner of police).
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
    rookie additional justices acp dcp
    supt atty insp det const h.e""".split()
)
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
    """airlines airways association authority channel college command corp energy force forces foundation gas
    holdings inc institution intelligence journal kremlin ltd media motors navy oil palace police radio security
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
_BRACKETS = re.compile(r"[\[\](){}\"“”‘’']+(?=\s|$)|(?<=\s)[\[\](){}\"“”‘]+|^[\[\](){}\"“”‘]+")
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
LED_BY = "led|backed|owned|based|run"  # what joins a leader to what it leads, as a pattern's alternatives
_LED_BY = re.compile(rf"^.*-(?:{LED_BY})\s+|-(?:{LED_BY})$")
# Generational suffixes written as abbreviations: their full stop is part of the name ("Ferdinand Marcos Jr.").
_SUFFIXES = frozenset("jr. sr. jnr. snr.".split())
# Words that join a list's items, never the last word of a name.
_JOINING = frozenset("and or & nor".split())
# Heads of an organisation written after its name ("the X Corp CEO", "Acme boss"): who leads it, never the
# last word of its name (issue 15, junk nodes).
_HEADS_AFTER = frozenset("ceo cfo coo cto boss chairman chairwoman founder co-founder spokesman spokeswoman".split())
_NOISE = re.compile(r"[/|@#\d]")
# An ordinal in figures, first to twentieth: "9th Circuit" is written out ("Ninth Circuit"), not noise.
_ORDINAL = re.compile(r"\b(1?[1-9]|10|20)(?:st|nd|rd|th)\b")
_STANCE = re.compile(r"^(?:pro|anti|ex|non)-", re.IGNORECASE)
_INITIAL = re.compile(r"^[A-Z]\.?$")
# A surname written with its particle glued on: "al-Mazrouei", "el-Sisi", "bin-Laden".
_PARTICLE_GLUED = re.compile(r"^(?:%s)-[A-Z]" % "|".join(sorted(PARTICLES)))
_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,6}$|^[A-Z][A-Z&]{1,5}$")


@lru_cache(maxsize=1 << 16)  # every pair of neighbouring mentions asks (organisations.definitions): the same texts again and again
def clean(text: str) -> str | None:
    """The name a mention's text stands for, or None when it is no actor's name."""
    text = " ".join(text.split())
    if any(char.isdigit() for char in text):
        text = _ORDINAL.sub(lambda ordinal: ORDINALS[int(ordinal[1]) - 1].capitalize(), text)
    if _NOISE.search(text) or ", " in text or _STANCE.match(text):
        return None
    text = _BRACKETS.sub("", _NICKNAME.sub(" ", text)).strip(" ,;:-—–")
    text = _LED_BY.sub("", _drop_owner(_POSSESSIVE.sub("", text)))
    parts = text.split()
    if parts and parts[0].casefold() == "the":
        parts.pop(0)
    while parts and parts[-1].casefold() in _JOINING:
        parts.pop()  # "Leon Goretzka and": the recogniser ran into a list's joining word
    while len(parts) > 1 and parts[-1].casefold() in _HEADS_AFTER:
        parts.pop()  # "X Corp CEO": the company's head, not part of its name
    if "to" in parts[1:-1] and person_shaped(" ".join(parts[:parts.index("to")])):
        parts = parts[:parts.index("to")]  # "Mason Plumlee to Clippers": a headline's move, not one name
    if parts and parts[-1].endswith(".") and not is_acronym(parts[-1]) and parts[-1].casefold() not in _SUFFIXES:
        parts[-1] = parts[-1].rstrip(".")  # a sentence's full stop, not the abbreviation of "Jr." or "Sr."
    if not parts or not _is_name(parts):
        return None
    return " ".join(parts)


def _drop_owner(text: str) -> str:
    """'RUSI's Arnold' -> 'Arnold'; but 'People's Liberation Army' and 'Brazil's Congress' stay whole."""
    owner = _OWNER.match(text)
    if owner is None or owner[1].casefold() in _NAME_POSSESSIVES:
        return text
    rest = owner[2]
    if all(word.casefold().strip(".,") in _COMPANY_FORMS for word in rest.split()):
        return text  # "McDonald's Corp.", "Macy's Inc.": a company named in the possessive, with its legal form
    return text if " " not in rest and rest.casefold() in INSTITUTION_WORDS else rest


def strip_roles(name: str) -> str:
    """A person's name without the titles and roles before it and the honours after it.

    Drops leading titles, a country or acronym standing before a title
    ("U.K. Defense Secretary"), a dotted acronym naming the body a person
    speaks for ("U.N. Vasilii Nebendzia"), a country before a full name
    ("Sri Lankan Lasith Malinga"), and honours after it ("David Hatton QC").
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
        elif is_acronym(parts[0]) and parts[0].endswith(".") and len(parts) > 2:
            parts = parts[1:]  # "U.N. Vasilii Nebendzia": the body a person speaks for
        elif len(parts) > 3 and _demonym(" ".join(parts[:2])):
            parts = parts[2:]  # "Sri Lankan Lasith Malinga": the country, not the name
        elif len(parts) > 2 and _demonym(parts[0]):
            parts = parts[1:]  # "Norwegian Martin Odegaard"
        else:
            break
    while len(parts) > 2 and parts[-1].strip(".").casefold() in _POST_NOMINALS:
        parts = parts[:-1]  # "David Hatton QC"
    return " ".join(parts)


def titled_given_name(name: str) -> str | None:
    """'Prince Mohammed' -> 'Mohammed': the given name of a name made of a title and a given name."""
    parts = name.split()
    return parts[1] if len(parts) == 2 and parts[0].casefold() in _GIVEN_NAME_TITLES else None


def _demonym(words: str) -> bool:
    """A country's adjective or short form ("Norwegian", "Sri Lankan", "US"), not its name ("Pakistan")."""
    code = countries.lookup(words)
    return bool(code) and countries.name(code).casefold() != words.casefold()


def person_shaped(name: str) -> bool:
    """Two or three capitalised words, none a title, organisation word, country or acronym, after
    any initials ("T S Singh Deo", "J. K. Rowling")."""
    parts = name.split()
    while len(parts) > 2 and _INITIAL.match(parts[0]):
        parts.pop(0)
    return 2 <= len(parts) <= 3 and all(
        part[0].isupper() and part.replace("-", "").isalpha() and not is_acronym(part)
        and not is_title(part) and part.casefold() not in _ORG_WORDS and not countries.lookup(part)
        for part in parts
    )


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


def is_title(word: str) -> bool:
    bare = word.casefold().strip(".,")
    if len(word) == 2 and word.isupper() and bare not in _ROLES:
        return False  # initials, not an honorific: "MS Dhoni"
    return bare in TITLES and bare not in _GIVEN_NAMES or bare in _ROLES


def is_acronym(word: str) -> bool:
    """'NATO', 'U.N.', 'SBU'; also 'Nato', the house style of some papers, when it is known."""
    return bool(_ACRONYM.match(word))


def initials(name: str) -> str:
    """'Royal United Services Institute' -> 'RUSI'; 'Security Service of Ukraine' -> 'SSU'."""
    return "".join(part[0] for part in name.replace("-", " ").split() if part[0].isupper())


