"""Other forms of an article's names in the lines cleaning dropped (docs/entities.md section 41).

A photo's caption ("Logo of Taiwan Semiconductor Manufacturing Co (TSMC), in Hsinchu"), a wire dateline's
line ("(Reuters) - Facebook Inc"), a list of headlines ("Rakoff Shaves Objector Atty's Fee Bid") is dropped
before recognition (``kgraph.ingest.clean``), yet it writes the story's actors too, sometimes in a form the
kept text never uses. Such a form joins, as an alias only, an entity the article's kept text already has, by
the strong evidence the resolver itself trusts: the same name with a legal form ("Facebook" / "Facebook Inc"),
an acronym and its long form ("DPP" / "Democratic Progressive Party"), a person's surname ("Jed Rakoff" /
"Rakoff"). It never makes an entity, a mention, an edge or evidence. Credits and bylines never get here: cleaning
keeps only captions and headlines, credits cut (``clean.naming_text``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence

from ..words import fold
from . import designators, outlets, places
from .names import initials, is_acronym
from .organisations import core_name

__all__ = ["aliases"]

# A run of capitalised words, with the small words long forms hold between them ("Bank of England").
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'&\-]*(?:\s+(?:(?:of|for|and|the|de|du|des|la|le)\s+)*[A-Z][\w'&\-]*)*")
# Words that end a person's name without being the surname ("Jr.", "III").
_NAME_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
# Words that join two companies' names ("Tesla And Ford" in a Title Case headline), which ``core_name`` takes off.
_JOINERS = frozenset({"and", "&"})
_SHORTEST_CORE = 3  # characters: a shorter company name alone ("GE") is matched only as itself
# An acronym's long form is looked for only from this many letters: in a Title Case headline or a slug any two
# capitalised words spell a two-letter one ("Europe Urges" for "EU").
_SHORTEST_SPELLED = 3
_LEGAL_WORDS_AFTER = 2  # "Co Ltd", "Pty Ltd": at most this many legal-form words follow a company's name


def aliases(dropped: Sequence[str], names: Mapping[str, Collection[str]]) -> dict[str, list[str]]:
    """Entity key -> the forms of its name the ``dropped`` lines write that its article's kept text does not.

    ``names``: the names the kept text gives each entity key of the article (``Observation.name``). A form any
    other entity of the article is named by, or that two of them could claim, joins none."""
    if not dropped or not names:
        return {}
    text = "\n".join(dropped)
    taken = {fold(name): key for key, given in names.items() for name in given}
    found: dict[str, dict[str, str]] = {}  # folded form -> key -> form as written
    for key, given in names.items():
        kind = key.partition(":")[0]
        if kind == "country":
            continue
        forms = _surnames(text, given) if kind == "person" else [*_legal_variants(text, given), *_acronyms(text, given)]
        for form in forms:
            if taken.get(fold(form), key) == key:
                found.setdefault(fold(form), {})[key] = form
    result: dict[str, list[str]] = {}
    for claims in found.values():
        if len(claims) == 1:
            (key, form), = claims.items()
            if fold(form) not in {fold(name) for name in names[key]}:
                result.setdefault(key, []).append(form)
    for key, given in names.items():
        for form in _unaccented(text, given):
            if taken.get(fold(form)) == key and form not in result.get(key, ()):
                result.setdefault(key, []).append(form)  # "Vinicius Junior" in a caption of "Vinícius Júnior"
    return result


def _unaccented(text: str, given: Iterable[str]) -> list[str]:
    """A name written without its accents: "Vinícius Júnior" and the caption's "Vinicius Junior" (dev10)."""
    forms = []
    for name in given:
        if name.isascii():
            continue
        bare = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
        if bare != name and re.search(rf"(?<![\w&-]){re.escape(bare)}(?![\w&-])", text):
            forms.append(bare)
    return forms


def _legal_variants(text: str, given: Iterable[str]) -> list[str]:
    """A company's name written with a legal form or a holding word (the words ``organisations.core_name`` takes off,
    as the resolver compares company names), or without the one the kept text gives: "Facebook" and "(Reuters)
    - Facebook Inc"; "Sidley Austin LLP" and "Trump Taps Sidley Austin Partner"; "Taiwan Semiconductor
    Manufacturing Co Ltd" and "Logo of Taiwan Semiconductor Manufacturing Co (TSMC)"."""
    forms = []
    for core in {core_name(name) for name in given}:
        if len(core) < _SHORTEST_CORE or is_acronym(core):
            continue
        for match in re.finditer(rf"(?<![\w&-]){re.escape(core)}(?![\w&-])", text):
            words = text[match.end():].split(maxsplit=_LEGAL_WORDS_AFTER)[:_LEGAL_WORDS_AFTER]
            form = core
            for word in words:
                bare = word.rstrip(",;:)")
                if fold(bare) in _JOINERS or not (bare[:1].isupper() and (
                        core_name(f"{form} {bare}") == core or designators.legal_suffix(f"{form} {bare}"))):
                    break
                form = f"{form} {bare}"
                if bare != word:
                    break
            forms.append(form)
    return forms


def _acronyms(text: str, given: Iterable[str]) -> list[str]:
    """An acronym's long form, or a long form's acronym, written in the dropped lines: "DPP" and "Democratic
    Progressive Party" (a long form whose words say "organisation", ``designators.designated``). Never a wire
    service's short name ("AP"), which credits write."""
    forms = []
    for name in given:
        if is_acronym(name) and name.isupper() and len(name) >= _SHORTEST_SPELLED and not outlets.agency_short_name(name):
            # A body's name, by its words ("... Party", "... Front"): in a Title Case line any run of capitalised
            # words may spell it ("Sri Lankan Presidency Premadasa" for "SLPP").
            forms += [run for run in _runs(text) if initials(run) == name and designators.designated(run)]
        elif len(spelled := initials(name)) >= 2 and len(name.split()) >= 2 and not outlets.agency_short_name(spelled):
            forms += [spelled] * bool(re.search(rf"(?<![\w&-]){re.escape(spelled)}(?![\w&-])", text))
    return forms


def _runs(text: str) -> Iterator[str]:
    """Every run of capitalised words and every stretch of one that opens and ends on a capitalised word."""
    for match in _CAPITALISED_RUN.finditer(text):
        words = match[0].split()
        for start in range(len(words)):
            for end in range(start + 2, len(words) + 1):
                if words[end - 1][0].isupper() and words[start][0].isupper():
                    yield " ".join(words[start:end])


def _surnames(text: str, given: Iterable[str]) -> list[str]:
    """A person's surname alone: "Jed Rakoff" and "Rakoff Shaves Objector Atty's Fee Bid"."""
    forms = []
    for name in given:
        words = [word for word in name.split() if fold(word) not in _NAME_SUFFIXES]
        # Not a surname that is also a place's name ("Jonathan Milan": "Milan" in a headline is the city's).
        if len(words) >= 2 and words[-1][:1].isupper() and len(words[-1]) > 2 and not places.in_gazetteer(words[-1]):
            surname = words[-1]
            forms += [surname] * bool(re.search(rf"(?<![\w&-]){re.escape(surname)}(?![\w&-])", text))
    return forms
