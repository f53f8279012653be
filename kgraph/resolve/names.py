"""Surface forms -> names: strip what is not part of a name, reject what is no name.

"Ukrainian President Volodymyr Zelenskyy" -> "Volodymyr Zelenskyy",
"Donald Trump's" -> "Donald Trump", "the U.N. Vasilii Nebendzia" -> "Vasilii
Nebendzia", "(Vladimir) Putin" -> "Vladimir Putin"; photo credits
("Tolga Akmen/EPA"), lists ("Malyuk, Zelenskyy"), stances ("pro-Kremlin") and
non-actors ("Monroe Doctrine") are no name at all.
"""

from __future__ import annotations

import re

from nameparser.config.titles import TITLES

from ..words import INSTITUTION_WORDS
from . import countries

__all__ = ["clean", "strip_roles", "person_shaped", "is_acronym", "initials", "is_title", "PARTICLES"]

# Roles news writing puts before names that nameparser's title list (honorifics,
# ranks, offices) lacks.
_ROLES = frozenset(
    """mep mp mps defense defence acting former retired spokesman spokeswoman spokesperson
    strongman mouthpiece analyst envoy tsar czar chairman chairwoman chair foreign interior
    finance economy home state vice top senior local opposition supreme opposition-leader
    speechwriter blogger commentator premier incumbent outgoing major""".split()
)
# Words that mark a name as an organisation or a facility, never a person's.
_ORG_WORDS = INSTITUTION_WORDS | frozenset(
    """airlines airways association authority channel college command corp energy force forces foundation gas
    holdings inc institution intelligence journal kremlin ltd media motors navy oil palace police radio security
    services television tv""".split()
)
# Lower-case words that belong inside names: "Bashar al-Assad", "Ursula von der Leyen".
PARTICLES = frozenset("al el bin ibn de del der di da van von la le du dos das ter".split())
# Last words that make a name a thing, not an actor ("Monroe Doctrine", "Minsk Agreement").
_NON_ACTOR_HEADS = frozenset(
    """doctrine treaty act bill plan agreement accord accords initiative summit strategy
    programme program operation war crisis day law convention declaration deal protocol
    resolution sanctions package""".split()
)
_BRACKETS = re.compile(r"[\[\](){}\"“”‘’']+(?=\s|$)|(?<=\s)[\[\](){}\"“”‘]+|^[\[\](){}\"“”‘]+")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_OWNER = re.compile(r"^.*['’]s\s+")  # "RUSI's Arnold" -> "Arnold"
# "Elon Musk-led Tesla" -> "Tesla"; "Pheu Thai-led" (its head cut off) -> "Pheu Thai".
_LED_BY = re.compile(r"^.*-(?:led|backed|owned|based|run)\s+|-(?:led|backed|owned|based|run)$")
_NOISE = re.compile(r"[/|@#\d]")
_STANCE = re.compile(r"^(?:pro|anti|ex|non)-", re.IGNORECASE)
_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,6}$|^[A-Z][A-Z&]{1,5}$")


def clean(text: str) -> str | None:
    """The name a mention's text stands for, or None when it is no actor's name."""
    text = " ".join(text.split())
    if _NOISE.search(text) or ", " in text or _STANCE.match(text):
        return None
    text = _BRACKETS.sub("", text).strip(" ,;:-—–")
    text = _LED_BY.sub("", _OWNER.sub("", _POSSESSIVE.sub("", text)))
    parts = text.split()
    if parts and parts[0].casefold() == "the":
        parts.pop(0)
    if parts and parts[-1].endswith(".") and not is_acronym(parts[-1]):
        parts[-1] = parts[-1].rstrip(".")
    if not parts or not _is_name(parts):
        return None
    return " ".join(parts)


def strip_roles(name: str) -> str:
    """A person's name without the titles and roles before it.

    Drops leading titles, a country or acronym standing before a title
    ("U.K. Defense Secretary"), and a dotted acronym naming the body a person
    speaks for ("U.N. Vasilii Nebendzia").
    """
    parts = name.split()
    while len(parts) > 1:
        if is_title(parts[0]):
            parts = parts[1:]
        elif (countries.lookup(parts[0]) or is_acronym(parts[0])) and len(parts) > 2 and is_title(parts[1]):
            parts = parts[1:]
        elif is_acronym(parts[0]) and parts[0].endswith(".") and len(parts) > 2:
            parts = parts[1:]  # "U.N. Vasilii Nebendzia": the body a person speaks for
        else:
            break
    return " ".join(parts)


def person_shaped(name: str) -> bool:
    """Two or three capitalised words, none a title, organisation word, country or acronym."""
    parts = name.split()
    return 2 <= len(parts) <= 3 and all(
        part[0].isupper() and part.replace("-", "").isalpha() and not is_acronym(part)
        and not is_title(part) and part.casefold() not in _ORG_WORDS and not countries.lookup(part)
        for part in parts
    )


def _is_name(parts: list[str]) -> bool:
    first = parts[0]
    if len("".join(parts)) < 2 or not first[0].isupper() and first.casefold() not in PARTICLES:
        return False
    if len(parts) > 1 and all(part.isupper() for part in parts):
        return False  # a shouted headline ("HAS THE UK GOT")
    return parts[-1].casefold() not in _NON_ACTOR_HEADS


def is_title(word: str) -> bool:
    word = word.casefold().strip(".,")
    return word in TITLES or word in _ROLES


def is_acronym(word: str) -> bool:
    """'NATO', 'U.N.', 'SBU'; also 'Nato', the house style of some papers, when it is known."""
    return bool(_ACRONYM.match(word))


def initials(name: str) -> str:
    """'Royal United Services Institute' -> 'RUSI'; 'Security Service of Ukraine' -> 'SSU'."""
    return "".join(part[0] for part in name.replace("-", " ").split() if part[0].isupper())


