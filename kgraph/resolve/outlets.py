"""Who carries the news, not who is in it: the article's own outlet and the wire agencies.

An article names its own outlet in its masthead, its promos and its
interviews ("told Al Jazeera", "ABC's Insiders"), and the agency it took a
story or a photo from ("(AFP)", "the AP news agency reported"). Neither is
an actor of the story, nor are their staff ("the Globe's Jane Doe", "AFP
correspondent Jane Doe"). The outlet is known from the article's own fields
(``source``, the page's site name, the URL's host); the agencies are a short
list of the world's wire services (general knowledge, docs/entities.md).
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from ..types import ArticleInfo
from ..words import fold
from . import countries
from .places import in_gazetteer

__all__ = ["own_names", "is_own", "wire_agency", "agency_short_name", "agency_name", "staff"]

# Words an outlet's name may carry or drop: "ABC News" is "ABC", "Al Jazeera English" "Al Jazeera".
_MEDIA_WORDS = frozenset("news online digital daily english tv media network agency".split())
# Labels of a URL's host that name no outlet: "www.", "amp.", ".co.uk", ".com.pk".
# Last words of newspapers' names that papers call themselves by: "the Times", "the Post".
_PAPER_WORDS = frozenset("""
times post herald tribune guardian telegraph journal express mail star standard independent observer mirror sun
gazette nation chronicle inquirer globe courier
""".split())
_HOST_WORDS = frozenset("www amp m mobile en english edition news com co net org gov ac edu".split())
_BRACKETED = re.compile(r"\([^)]*\)|\[[^]]*\]")
_NOT_ALPHANUMERIC = re.compile(r"[\W_]+")
# The world's wire services by name (folded).
_AGENCIES = frozenset(fold(name) for name in """
Reuters|Associated Press|Agence France-Presse|Agence France Presse|Deutsche Presse-Agentur|Kyodo|Kyodo News|
Jiji Press|Xinhua|Xinhua News Agency|Yonhap|Yonhap News Agency|Bernama|Antara|Anadolu Agency|ANSA|EFE|Europa Press|
TASS|RIA Novosti|Interfax|Ukrinform|Press Trust of India|Asian News International|Indo-Asian News Service|
Associated Press of Pakistan|Saudi Press Agency|Emirates News Agency|Kuwait News Agency|Qatar News Agency|
Middle East News Agency|Islamic Republic News Agency|Australian Associated Press|Canadian Press|Press Association|
PA Media|Agencia Brasil|Notimex|Prensa Latina|Philippine News Agency|Vietnam News Agency|Central News Agency|
Korean Central News Agency|Tidningarnas Telegrambyra|Norsk Telegrambyra|Ritzau|Belga|Agence Belga|Algemeen Nederlands
Persbureau|Agenzia Nova|Kyodo News Agency|
Antara News|Antara News Agency|Anadolu|Tasnim News Agency|Mehr News Agency|Fars News Agency""".replace("\n", "").split("|"))
# Their short names, often something else too ("AP" is also Andhra Pradesh, "PTI" a party). Name or short
# name, an agency is left out only where the sentence says it carried the news: a story about an agency
# ("Reuters journalists were jailed") keeps it.
_AGENCY_ACRONYMS = frozenset("""
AP AFP DPA dpa PTI ANI IANS APP SPA WAM KUNA QNA MENA IRNA AAP CP PA TT NTB ANP CNA PNA VNA KCNA UNI
""".split())
_AGENCY_SHORT = frozenset(fold(name) for name in _AGENCY_ACRONYMS)
# "LIMA (AFP) - ...", "September 22 (ANI): ...", "... on Tuesday (AP).": a dateline's or a caption's agency;
# not "Andhra Pradesh (AP) police".
# "AFP correspondent Jane Doe", "a Reuters photographer": the agency's staff report the news too.
_CARRIED_AFTER = re.compile(r"^\)\s*(?:[-\u2013\u2014:]|\.?\s*$)|^\s*(?:news agency|news service|wire service|reported|"
                            r"reports?|contributed)\b|^'?s?\s+(?:[a-z]+\s+)?(?:correspondent|reporter|photographer|"
                            r"journalist|cameraman)s?\b", re.IGNORECASE)
# "according to a PTI report": the agency's report carried the news (an article before it, a noun after).
_CARRIED_BEFORE = re.compile(r"(?:\btold|\baccording to|\breported by|\bvia|\binterview with|©)\s*(?:(?:the|an?)\b\s*)?$",
                             re.IGNORECASE)


def _key(name: str) -> str:
    """Compared without case, accents, spaces and punctuation: 'Al-Jazeera' = 'Al Jazeera' = 'aljazeera'."""
    return _NOT_ALPHANUMERIC.sub("", fold(name))


@lru_cache(maxsize=1 << 16)  # asked for every distinct name of a corpus with outlets
def _variants(name: str, *, initials: bool = False) -> frozenset[str]:
    """An outlet's name as an article may write it: whole, without its brackets, "The" or media words,
    and with ``initials`` the initials of its words."""
    name = _BRACKETED.sub(" ", name)
    words = name.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    found = {" ".join(words)}
    while words and words[-1].casefold() in _MEDIA_WORDS:
        words = words[:-1]
        found.add(" ".join(words))
    capitals = [w for w in words if w[:1].isupper()]
    if initials and len(capitals) >= 2 and len(capitals) == len(words):
        found.add("".join(w[0] for w in capitals))  # "Hindustan Times" -> "HT"
        if words[-1].casefold() in _PAPER_WORDS:
            found.add(words[-1])  # "the Times" in The Irish Times
    return frozenset(key for key in map(_key, found) if key)


@lru_cache(maxsize=1 << 12)  # one per outlet: a corpus has few
def _outlet(source: str, host: str) -> frozenset[str]:
    keys = set(_variants(source, initials=True)) if source else set()
    labels = host.casefold().split(".")[:-1]  # the last is the country's or generic top-level domain
    labels = [label for label in labels if len(label) > 1 and label not in _HOST_WORDS]
    keys.update(_key(label) for label in labels)
    keys.update(label[3:] for label in labels if label.startswith("the") and len(label) > 6)  # thehindu.com
    return frozenset(keys)


def own_names(info: ArticleInfo) -> frozenset[str]:
    """The keys (``is_own``) of the article's own outlet: its source or site name and its URL's host."""
    try:
        host = urlsplit(info.url).hostname or "" if info.url else ""
    except ValueError:  # a malformed URL names no host
        host = ""
    return _outlet(info.source.strip(), host)


def is_own(name: str, own: frozenset[str]) -> bool:
    """``name`` is the outlet ``own`` describes: 'Al Jazeera', 'ABC' or 'ABC News' in an article of abc.net.au.

    A country or a gazetteer place is never taken for it: india.com's articles still name India.
    """
    return bool(own) and bool(_variants(name) & own) and not countries.lookup(name) and not in_gazetteer(name)


def agency_short_name(name: str) -> bool:
    """Whether a name is a wire service's short name ("AP", "AFP"): never another name's initials."""
    return fold(name) in _AGENCY_SHORT


def agency_name(name: str) -> bool:
    """Whether a name is a wire service's full name ("Saudi Press Agency")."""
    return fold(name) in _AGENCIES


def wire_agency(name: str, before: str, after: str) -> bool:
    """A wire service named as the carrier of the news: '(AFP)', '(ANI):', 'told Reuters', 'according to Kyodo',
    'in an interview with ANI', 'the AP news agency reported' (``before``/``after``: the text around the mention)."""
    return (name in _AGENCY_ACRONYMS or fold(name) in _AGENCIES) and (
        _CARRIED_AFTER.match(after) is not None or _CARRIED_BEFORE.search(before) is not None) \
        or _agency_at_work(name, before, after)


# More of a wire service at work on the story (issue 15, ninth pass: each left an agency a node of invented articles):
# its name credited with "Via" or a picture's word ("Via Reuters.", "AP Photo shows ..."); its people, numbers and
# checks after it ("a Reuters witness", "a Reuters poll", "Reuters calculations", "Reuters could not independently
# verify", "Reuters was unable to reach"); what was said, sent or shown to it before it ("Speaking to AFP", "in a
# statement sent to AFP", "documents seen by Reuters", "State news agency WAM said"); and, for an agency's full name,
# "to" alone ("confirmed the figures to The Associated Press", "a spokesperson told Reuters by phone").
_CREDITED_AGENCY = re.compile(r"^(?:(?:Via|VIA|via)\s+(?P<via>.+)|(?P<shown>.+?)\s+(?:Photos?|Images|Pictures|Video|TV))$")
_AT_WORK_AFTER = re.compile(
    r"^\s+(?:(?:witness|poll|calculation|tally|analysis|survey|review|investigation|footage|reporting|count)(?:s|es)?\b|"
    r"(?:could|can|was|were|has|have|had|did)\s+(?:not\s+)?(?:unable|independently|verify|confirm|reach|contact|seen|"
    r"reviewed|obtained|asked|calculated|found|reported)\b)")
_AT_WORK_BEFORE = re.compile(
    r"(?:\b(?:speaking|spoke|speak|sent|emailed|released|confirmed|said|statement|comment|comments|remarks)\s+to|"
    r"\b(?:seen|obtained|reviewed|compiled|contacted|calculations|analysis)\s+by|\bnews\s+agency|\bwire\s+service|"
    r"\b(?:comment|request|questions?|queries)\s+from|"
    r"\bstate\s+agency)\s*(?:(?:the|an?)\b\s*)?$", re.IGNORECASE)
_TO_BEFORE = re.compile(r"\bto(?:\s+the)?\s*$", re.IGNORECASE)


def _agency_at_work(name: str, before: str, after: str) -> bool:
    """A wire service at work on the story by more of what is said around it (``_CREDITED_AGENCY``, ``_AT_WORK_AFTER``,
    ``_AT_WORK_BEFORE``; "to" alone before an agency's full name)."""
    credited = _CREDITED_AGENCY.match(name)
    if credited:
        agency = credited["via"] or credited["shown"]
        return agency in _AGENCY_ACRONYMS or fold(agency) in _AGENCIES
    if name not in _AGENCY_ACRONYMS and fold(name) not in _AGENCIES:
        return False
    return _AT_WORK_AFTER.match(after) is not None or _AT_WORK_BEFORE.search(before) is not None \
        or fold(name) in _AGENCIES and _TO_BEFORE.search(before) is not None


# Who works for an outlet, as a story names them before their names.
_STAFF_ROLES = frozenset("""
reporter reporters correspondent correspondents writer writers columnist columnists editor editors photographer
photographers photojournalist journalist journalists producer anchor presenter analyst contributor critic cameraman
""".split())
_STAFF_ROLE = "(?:" + "|".join(sorted(_STAFF_ROLES)) + ")"
_OWNER = r"((?:[A-Z][\w.&\-]*\s+){0,3}[A-Z][\w.&\-]*)"
# "the Globe's", "The Boston Globe's", "POLITICO's": an owner's possessive right before a name.
_POSSESSED = re.compile(rf"{_OWNER}'s?$")
# "Globe reporter", "POLITICO's senior correspondent", "AFP correspondent", "our correspondent".
_STAFFED = re.compile(rf"(?:{_OWNER}(?:'s?)?|\b[Oo]ur)\s+(?:[a-z][\w\-]*\s+){{0,2}}{_STAFF_ROLE}$")


def staff(before: str, own: frozenset[str]) -> bool:
    """A name ``before`` says works for the article's own outlet ("the Globe's Jane Doe", "Globe reporter Jane
    Doe", "our correspondent Jane Doe") or for a wire service ("AFP correspondent Jane Doe"): its reporter, not
    an actor of the story (issue 15). ``before``: the text right before the name.

    Another outlet's people stay ("CNN's Jane Doe" in a Globe story may be its chief executive), and so does an
    agency's possessive alone ("AP's chief minister": Andhra Pradesh).
    """
    before = before.rstrip()
    last = before.rsplit(maxsplit=1)[-1] if before else ""
    if last.casefold() in _STAFF_ROLES:
        staffed = _STAFFED.search(before)
        if staffed is not None:
            return staffed[1] is None or _outlet_named(staffed[1], own, agencies=True)
    if last.endswith(("'s", "'")):
        possessed = _POSSESSED.search(before)
        return possessed is not None and _outlet_named(possessed[1], own, agencies=False)
    return False


def _outlet_named(words: str, own: frozenset[str], *, agencies: bool) -> bool:
    """Do ``words`` end with the name of the outlet ``own`` (or, with ``agencies``, of a wire service)?"""
    parts = words.split()
    return any(is_own(name, own) or agencies and (name in _AGENCY_ACRONYMS or fold(name) in _AGENCIES)
               for name in (" ".join(parts[i:]) for i in range(len(parts))))
