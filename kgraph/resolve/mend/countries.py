"""Countries' names the recogniser cut short, left untagged or kept inside a person's mention (``mend``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ...types import Extraction, Mention
from .. import countries, names

# "the" and a word in capitals standing alone: "in the| UAE", "the| US imposed" (``_the_country_abbreviations``).
_THE_ABBREVIATION = re.compile(r"\b[Tt]he ([A-Z]{2,4})(?![\w$'’&-])(?!\.\w)(?! [A-Z])")
# What every _THE_ABBREVIATION match holds, found by re as a plain string: a sentence without it is not scanned.
_THE_CAPITALS = re.compile(r"he [A-Z]{2}")
# Up to three words after a mention that may end a country's name: " e Principe", " and Tobago", " New Guinea".
_COUNTRY_REST = re.compile(r" ((?:(?:[A-Z][^\W\d_]+|and|e|of|the) ?){1,3})")


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


def _the_country_abbreviations(extraction: Extraction) -> Extraction:
    """The article with each country's abbreviation after "the" that the recogniser left untagged a mention.

    "the 2021 World Cup in the UAE", "sanctions the US imposed": the repeat pass leaves abbreviations out (a
    currency's "US$15 billion", a shouted "WHO"), but after "the", standing alone, a country's abbreviation in
    capitals (``countries.english_names``: UAE, US, UK, DRC ...) is the country: a GPE mention.
    """
    sentences, changed = [], False
    for sentence in extraction.sentences:
        text = sentence.text
        found_here = _THE_ABBREVIATION.finditer(text) if _THE_CAPITALS.search(text) else ()
        added = [Mention(found[1], "GPE", *found.span(1)) for found in found_here
                 if found[1] in _country_abbreviations()
                 and not any(found.start(1) < m.end and m.start < found.end(1) for m in sentence.mentions)]
        if added:
            changed = True
            sentence = sentence.with_new(added)
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


# A participle opening a sentence, glued by the recogniser to the country after it: "Describing Ghana as a superb
# country, she ..." (issue 15, dev11: "Describing Ghana" became a person).
_PARTICIPLE = re.compile(r"[A-Z][a-z]+ing")


def _participle_openers(extraction: Extraction) -> Extraction:
    """The article with the country of each mention "<participle> <country>" that opens a sentence made its mention.

    A mention at a sentence's start whose first word is a capitalised "-ing" word and whose rest is a country's name
    (``countries.lookup``) is a GPE mention of the country: "Describing Ghana", "Praising Kenya". Only a country:
    "Irving Berlin" (a town after a given name in "-ing") stays.
    """
    sentences = []
    for sentence in extraction.sentences:
        opening = len(sentence.text) - len(sentence.text.lstrip(" \"“'‘"))
        mentions, changed = list(sentence.mentions), False
        for index, mention in enumerate(mentions):
            first, _, rest = mention.text.partition(" ")
            if mention.start != opening or not rest or not _PARTICIPLE.fullmatch(first) or not countries.lookup(rest):
                continue
            start = mention.start + len(first) + 1
            mentions[index] = Mention(rest, "GPE", start, mention.end)
            changed = True
        sentences.append(replace(sentence, mentions=tuple(mentions)) if changed else sentence)
    return replace(extraction, sentences=tuple(sentences))
