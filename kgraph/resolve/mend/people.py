"""People's names the recogniser cut, ran on, split or misfiled, made whole (``mend``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ...ingest import clean
from ...types import HEADLINE, Extraction, Mention, Sentence
from ...words import INSTITUTION_WORDS, STOP_WORDS
from .. import acronyms, countries, designators, names, places, teams
from .spans import (
    _extended,
    _WORD, _LABELS, _NOT_NAMES, _OPENER, _name, _person_named, _run_on, _opens_name, _crosses, _LOWER_WORD, _RUNNING_TEXT,
    _LIST_GAP, _CAPITAL_BEFORE, _CAPITAL_AFTER)

# Particles and the capitalised surname after a person's name the recogniser cut there ("von der" + "Leyen").
_PARTICLE_TAIL = re.compile(r"((?: (?:%s))*) ([A-Z][^\W\d_]+(?:['’-][^\W\d_]+)*)" % "|".join(sorted(names.PARTICLES)))
# The lower-case syllable after a hyphen that ends a hyphenated given name the recogniser cut at the
# hyphen ("Yoon Suk|-yeol", "Han Duck|-soo"); not a word glued after a name ("Elon Musk-led",
# "a Joe Biden-era rule"): those are past participles, "-ing" forms or the words below.
_SYLLABLE = re.compile(r"-([a-z]{2,5})(?![\w'’-])")
# The Persian and Arabic connector of a South Asian or Arabic body's name and the word after it, where the
# recogniser ends the name at the hyphen ("Pakistan Tehreek|-e-Insaf", "Lashkar|-e-Taiba", "Hizb|-ut-Tahrir").
_CONNECTED = re.compile(r"-(?:e|i|ul|ut|ud|un|al)-[A-Z][^\W\d_]+")
# One capitalised word after a given name tagged alone, and no capitalised word after it (``_given_names_alone``).
_LONE_SURNAME = re.compile(r" ([A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)(?![\w'’-]| [A-Z])")
_GLUED_AFTER = frozenset(f"{names.LED_BY.replace('|', ' ')} era style like born made type free wide".split())
# A name's last word after one space and a letter or a dot ("Jeff Bezos Top"; not "Andre Villas-Boas – Spurs").
_SPACED_LAST = re.compile(r"[^\W\d_.]\.? [^\W\d_]+$")
# A given name and a quoted nickname before the rest of a name: 'Ferdinand "Bongbong" '.
_NICKNAMED = re.compile(r"[A-Z](?<![\w'’.-][A-Z])[^\W\d_]+(?: [A-Z][^\W\d_]+)? (?:[\"“][A-Z][^\W\d_]+[\"”]|'[A-Z][^\W\d_]+') "
                        r"(?=[A-Z]|(?:%s) [A-Z])" % "|".join(sorted(names.PARTICLES | {"dela"})))
# _NICKNAMED's opening quote with the space before it: a sentence without one is not scanned (most have an
# apostrophe, few a quote opening after a space).
_NICKNAME_OPENINGS = (' "', " “", " '")
# The rest of a name after its quoted nickname, when the recogniser tagged none of it: initials, a particle,
# the surname and a generational suffix ('Paolo Benigno "Bam" |A. Aquino IV', 'Ronald 'Bato' |dela Rosa').
_NAME_REST = re.compile(r"(?:[A-Z]\. )*(?:(?:%s) )?[A-Z][^\W\d_]+(?:[-'’][A-Z]?[^\W\d_]+)?(?: (?:Jr\.?|Sr\.?|II|III|IV)(?!\w))?"
                        % "|".join(sorted(names.PARTICLES | {"dela"})))
# A given name and its "bin ..." links right before a mention: "Abdulaziz bin Turki ".
_PATRONYMIC_BEFORE = re.compile(r"([A-Z][\w'’-]*(?: (?:bin|ibn|bint) [A-Z][\w'’-]*)*) $")
# Initials before a surname: "S.V.", "S. V.", "K".
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z]")
# The word right after a mention ("Previously the ...": a clause goes on; "Meta CEO ...": a role).
_NEXT_WORD = re.compile(r" ([^\W\d_]+)")
# Two plain capitalised words: a given name before a surname the article tags alone ("Sajith Premadasa",
# ``_untagged_full_names``).
_LOWER_BEFORE = re.compile(r"\b[a-z]+[,;]? $")  # a lower-case word right before: inside a sentence
_BEFORE_KNOWN = re.compile(r"([A-Z](?<![\w'’.-][A-Z])[a-z]+) ([A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*)(?![\w'’-])(?! [A-Z])")
# A generational suffix after a comma that ends a person's name: "Ferdinand R. Marcos|, Jr." (``_comma_suffixes``).
_COMMA_SUFFIX = re.compile(r", ((?:Jr|Sr|Jnr|Snr)\.?|I{2,3}|IV)(?![\w-])")


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
            if tail is None or not (tail[1] or _ends_in_particle(mention.text) or tail[2] in alone
                                    and " " in mention.text and not any(m.start == tail.start(2) for m in mentions)):
                continue
            sentence = _run_on(sentence, index, tail.end(), "PERSON")
            break  # one a sentence: the indices moved
        sentences.append(sentence)
    return replace(extraction, sentences=tuple(sentences))


def _ends_in_particle(name: str) -> bool:
    """Does a person's mention end in a surname's particle, in either case: "Ursula von der", and "Marine Le" of
    "Marine Le Pen" (issue 15, dev11: the capitalised "Le" was no particle, so the name stayed cut)."""
    return name.split()[-1].casefold() in names.PARTICLES


# A surname with an apostrophe inside it before lower-case letters, right after a name: "Matiang'i", "Njeng'ere",
# "Papali'i"; not a possessive ("Vale's") nor "O'Brien".
_APOSTROPHE_SURNAME = re.compile(r" ([A-Z][^\W\d_]*['’](?!s\b)[a-z]+)(?![\w'’-])")


def _apostrophe_surnames(extraction: Extraction) -> Extraction:
    """The article with each person's name the recogniser ended before a surname with an apostrophe made whole.

    "Dr Fred Matiang'i", "David Njeng'ere" (Kenya), "Dalton Papali'i" (Samoa): the small model tags "Fred",
    "David", "Dalton" and stops at the word with the apostrophe. A PERSON mention (or a one-word mention of any
    label: "Dalton" is tagged a place) followed by a space and a capitalised word with an apostrophe before
    lower-case letters, tagged nowhere, goes on over it, a PERSON.
    """
    return _extended(extraction, "PERSON", _apostrophe_surname_after)


def _apostrophe_surname_after(text: str, mention: Mention) -> tuple[int, int] | None:
    """Where the surname with an apostrophe after a mention stands (``_apostrophe_surnames``), or None."""
    # a one-word mention of any label too: "Dalton" of "Dalton Papali'i" is tagged a place (section 46)
    tail = _APOSTROPHE_SURNAME.match(text, mention.end) if mention.label == "PERSON" or " " not in mention.text \
        else None
    return None if tail is None else (tail.start(1), tail.end())


# A title's word right after a one-word name and before a lower-case word: "Aaron Judge doubled", "Stephen King
# wrote"; a title goes before a name, never before a verb ("of", as in "Mary Queen of Scots", excepted).
_TITLE_WORD_SURNAME = re.compile(r" ([A-Z][a-z]+)(?= (?!of\b)[a-z])")


def _title_word_surnames(extraction: Extraction) -> Extraction:
    """The article with each person's name the recogniser ended before a surname that is a title's word made whole.

    "Aaron Judge doubled": the small model tags "Aaron" and leaves "Judge", read as a title, out. A one-word
    PERSON mention followed by a space and a capitalised word that is a title (``names.is_title``), tagged nowhere,
    then by a lower-case word, goes on over it (dev10).
    """
    return _extended(extraction, "PERSON", _title_word_after)


def _title_word_after(text: str, mention: Mention) -> tuple[int, int] | None:
    """Where the title's word after a one-word PERSON mention stands (``_title_word_surnames``), or None."""
    tail = _TITLE_WORD_SURNAME.match(text, mention.end) \
        if mention.label == "PERSON" and " " not in mention.text else None
    return None if tail is None or not names.is_title(tail[1]) else (tail.start(1), tail.end())


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


# A Gulf family's name after a patronymic chain: "... bin Salman Al Saud", "... bin Hamad Al Thani", "Al-Nahyan".
_FAMILY_AFTER = re.compile(r"[ -](?:Al|Al-|Aal)[ -]?([A-Z][a-z]+)(?![\w'’-])")


def _family_names_after_patronymics(extraction: Extraction) -> Extraction:
    """The article with each person's name the recogniser ended before the family's name made whole (dev10).

    "Saudi Energy Minister Prince Abdulaziz bin Salman Al Saud": the small model ends the name at "Salman". A
    PERSON mention holding "bin", "ibn" or "bint", followed by "Al" and a capitalised word (or "Al-Saud"), tagged
    nowhere, goes on over them.
    """
    return _extended(extraction, "PERSON", _family_name_after)


def _family_name_after(text: str, mention: Mention) -> tuple[int, int] | None:
    """Where the family's name after a PERSON mention holding "bin" stands (``_family_names_after_patronymics``), or None."""
    tail = _FAMILY_AFTER.match(text, mention.end) if mention.label == "PERSON" \
        and not {"bin", "ibn", "bint"}.isdisjoint(mention.text.split()) else None
    return None if tail is None else (tail.start(), tail.end())


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


def _over_syllable(text: str, mention: Mention) -> Mention:
    connected = _CONNECTED.match(text, mention.end) if text[mention.end:mention.end + 1] == "-" else None
    if connected:
        return Mention(text[mention.start:connected.end()], mention.label, mention.start, connected.end())
    syllable = _SYLLABLE.match(text, mention.end) if mention.label == "PERSON" and " " in mention.text else None
    if syllable is None or not mention.text.split()[-1][0].isupper() or syllable[1] in _GLUED_AFTER \
            or syllable[1].endswith(("ed", "ing")):
        return mention
    return Mention(text[mention.start:syllable.end()], mention.label, mention.start, syllable.end())


# The third syllable of an East Asian given name written in three words, after the two the recogniser tagged: "Yoon
# Suk| Yeol", "Kim Jong| Un" (issue 15, dev11): short capitalised words, the name ending after it.
_THIRD_SYLLABLE = re.compile(r" ([A-Z][a-z]{0,4})(?![\w'’-]| [A-Z])")
_SHORT_WORD = re.compile(r"[A-Z][a-z]{0,3}")
# The commonest Korean, Chinese and Vietnamese family names in their usual romanisations, which open such names
# (general knowledge): "Joe Root Test century" is no three-word name.
_EAST_ASIAN_FAMILY_NAMES = frozenset("""
Kim Lee Yi Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim Im Han Oh Seo Suh Shin Kwon Hwang
Ahn An Song Yoo Yu Hong Moon Mun Yang Ko Koh Go Bae Baek Heo Nam Noh Roh Ha Jeon Chun Wang Li Zhang Liu Chen Zhao Huang
Zhou Wu Xu Sun Hu Zhu Gao Lin He Guo Ma Luo Xi Tan Ng Lau Lam Wong Ho Nguyen Tran Le Pham Hoang Phan Vu Vo Dang Bui Do
Ngo Duong Ly""".split())


def _three_syllable_names(extraction: Extraction) -> Extraction:
    """The article with each East Asian name the recogniser cut before its third word made whole.

    "President Yoon Suk Yeol of the PPP": the small model tags "Yoon Suk". A PERSON mention of two capitalised words,
    the first a common East Asian family name (``_EAST_ASIAN_FAMILY_NAMES``), the second of four letters at most,
    followed by one more word of five at most, tagged nothing, no sentence's small word ("In", "The"), title or legal
    form, and then no capitalised word, goes on over it ("Joe Root Test century" stays: "Joe" is no family name).
    """
    return _extended(extraction, "PERSON", _third_syllable)


def _third_syllable(text: str, mention: Mention) -> tuple[int, int] | None:
    """Where the third word of an East Asian name cut after two stands (``_three_syllable_names``), or None."""
    words = mention.text.split()
    third = _THIRD_SYLLABLE.match(text, mention.end) if mention.label == "PERSON" and len(words) == 2 \
        and words[0] in _EAST_ASIAN_FAMILY_NAMES and _SHORT_WORD.fullmatch(words[1]) else None
    if third is None or third[1].casefold() in STOP_WORDS or names.is_title(third[1]) \
            or designators.legal_suffix(f"{mention.text} {third[1]}"):
        return None
    return mention.end, third.end()


# A line-up's line: an optional label and colon ("Subs:", "Al Ahly:"), then six names or more parted by commas or
# semicolons, each of one to four capitalised words, maybe with a short bracket ("(capt)", "(GK)").
_LINE_UP_NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}(?: \([\w.]{1,4}\))?"
_LINE_UP = re.compile(r"(?:(?P<label>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}):\s*)?"
                      rf"{_LINE_UP_NAME}(?:\s*[;,]\s*{_LINE_UP_NAME}){{5,}}\.?")
_LINE_UP_ENTRY = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}")
_LINE_UP_MIN = 6


def _line_up_lines(extraction: Extraction) -> Extraction:
    """The article with each name of a team's line-up line a PERSON mention.

    "Onana; Dalot, Casemiro, Evans, Wan-Bissaka; Amrabat, …", "Subs: Bayindir, Amass, Kambwala, Ogunneye, Collyer":
    the small model tags such surnames alone as places, organisations or nothing (issue 15, dev11: seven players
    missing). A sentence that is only an optional label and a colon, then six names or more parted by commas or
    semicolons (``_LINE_UP``) is a line-up: its names become PERSON mentions, the label's mention stays as it is. Not
    where a third of the names or more are countries, gazetteer places or teams: a list of places or of sides.
    """
    sentences = []
    for sentence in extraction.sentences:
        text = sentence.text.strip()
        line = _LINE_UP.fullmatch(text)
        if line is None:
            sentences.append(sentence)
            continue
        offset = sentence.text.index(text) + (line.end("label") + 1 if line["label"] else 0)
        entries = [(offset + m.start(), offset + m.end(), m.group()) for m in _LINE_UP_ENTRY.finditer(text[offset:])]
        entries = [(start, end, name) for start, end, name in entries if not _in_bracket(sentence.text, start)]
        others = sum(1 for _, _, name in entries if countries.lookup(name) or places.in_gazetteer(name) or teams.teams(name))
        if len(entries) < _LINE_UP_MIN or others * 3 >= len(entries) or not _squad_shaped(sentence, line, entries):
            sentences.append(sentence)
            continue
        kept = [(index, m) for index, m in enumerate(sentence.mentions)
                if not any(m.start < end and start < m.end for start, end, _ in entries)]
        people = [(None, Mention(name, "PERSON", start, end)) for start, end, name in entries]
        sentences.append(sentence.renumbered(sorted([*kept, *people], key=lambda pair: pair[1].start)))
    return replace(extraction, sentences=tuple(sentences))


def _squad_shaped(sentence: Sentence, line: re.Match, entries: list[tuple[int, int, str]]) -> bool:
    """Does a list of names read as a team's: semicolons part its lines, or a bench's label ("Subs") or a team's
    name opens it ("Al Ahly:"), or half the names the recogniser tagged in it are people's? Not a list of companies
    ("Apple, Google, Meta, …")."""
    if ";" in sentence.text or line["label"] and (clean.is_line_up(line.group()) or teams.teams(line["label"])):
        return True
    tagged = [m for m in sentence.mentions if any(m.start < end and start < m.end for start, end, _ in entries)]
    return bool(tagged) and 2 * sum(m.label == "PERSON" for m in tagged) >= len(tagged)


def _in_bracket(text: str, start: int) -> bool:
    """Is the word at ``start`` inside a bracket ("(GK)")?"""
    return text[:start].rstrip().endswith("(")


# A factbox's or a line-up's role line: "Referee: Cuneyt Cakir (TUR)", "Coach: Jose Peseiro"; its holder's name, then
# maybe a country's code in brackets.
_ROLE_HOLDER = re.compile(r"(?:Coach|Head [Cc]oach|Manager|Referee|Umpire|Captain|Skipper|Chairman|Chairwoman):\s+"
                          r"(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3})(?: \([A-Z]{2,3}\))?\.?")


def _role_line_holders(extraction: Extraction) -> Extraction:
    """The article with the holder of each role line a PERSON mention: "Referee: Cuneyt Cakir (TUR)" (issue 15, dev11:
    the small model tagged nothing there). A sentence that is only a role of a team or a body, a colon and a name
    of two to four capitalised words, each a word a person's name may have (``names.person_worded``), maybe with a
    country's code in brackets after it, names a person; a mention of the name with another label becomes one."""
    sentences = []
    for sentence in extraction.sentences:
        line = _ROLE_HOLDER.fullmatch(sentence.text.strip())
        if line is None or not names.person_worded(line["name"]):  # "Manager: Sales Department" names no one
            sentences.append(sentence)
            continue
        start = sentence.text.index(line["name"], sentence.text.index(line.group()))
        end = start + len(line["name"])
        same = [i for i, m in enumerate(sentence.mentions) if (m.start, m.end) == (start, end)]
        if same:
            sentence = sentence.renumbered([(i, replace(m, label="PERSON") if i in same else m)
                                            for i, m in enumerate(sentence.mentions)])
        elif not any(m.start < end and start < m.end for m in sentence.mentions):
            sentence = sentence.with_new([Mention(line["name"], "PERSON", start, end)])
        sentences.append(sentence)
    return replace(extraction, sentences=tuple(sentences))


# Two or three capitalised words standing on their own: a person's name the recogniser may have missed in a list
# (``_listed_people``).
_NAME_WORDS = re.compile(r"(?<![\w'’.&-])[A-Z][a-z][\w'’-]*(?: [A-Z][a-z][\w'’-]*){1,2}(?![\w'’&-])")


def _listed_people(extraction: Extraction) -> Extraction:
    """The article with each person's name the recogniser left untagged in a list of people a PERSON mention.

    "the counsel representing accused Umar Khalid, Sharjeel Imam, Meeran Haider, Gulfisha Fatima and
    Shifa-ur-Rehman": the small model tags every name but one, which is lost with its pairs. A list holds one kind
    of thing: two or three capitalised words shaped like a person's name (``names.person_shaped``: no title,
    organisation word, country or acronym), none a stop word, day or month ("On Monday"), no gazetteer place, untagged, joined by a list's comma or "and" to a
    PERSON mention on either side, in running text, with no capitalised word right before or after, are a PERSON
    mention."""
    sentences, changed = [], False
    for sentence in extraction.sentences:
        text, mentions = sentence.text, sentence.mentions
        people = [m for m in mentions if m.label == "PERSON"]
        added = [Mention(run.group(), "PERSON", *run.span()) for run in _NAME_WORDS.finditer(text)
                 if names.person_shaped(run.group()) and not places.in_gazetteer(run.group())
                 and not any(word.casefold() in _NOT_NAMES for word in run.group().split())
                 and _listed_beside(text, run.span(), mentions, people)] \
            if len(people) >= 2 and "," in text and len(_LOWER_WORD.findall(text)) >= _RUNNING_TEXT else []
        if added:
            changed = True
            sentence = sentence.with_new(added)
        sentences.append(sentence)
    return replace(extraction, sentences=tuple(sentences)) if changed else extraction


def _listed_beside(text: str, span: tuple[int, int], mentions: tuple[Mention, ...], people: list[Mention]) -> bool:
    """Whether the untagged span stands in a list right beside a PERSON mention (``_listed_people``)."""
    start, end = span
    if any(start < m.end and m.start < end for m in mentions) or _CAPITAL_BEFORE.search(text, 0, start) \
            or _CAPITAL_AFTER.match(text, end):
        return False
    return any(m.end <= start and _LIST_GAP.fullmatch(text, m.end, start) is not None
               or end <= m.start and _LIST_GAP.fullmatch(text, end, m.start) is not None for m in people)


# Creeds' and peoples' words that are also common given names ("Christian Pulisic", "Germán Pezzella", "Norman
# Foster"): the small model tags them NORP and leaves the surname after them out.
_GIVEN_NAME_ADJECTIVES = frozenset({"Christian", "Germán", "Norman"})
# A capitalised word after such a mention, then no other capitalised word.
_SURNAME_AFTER_ADJECTIVE = re.compile(r" ([A-Z][a-zà-ÿ'’-]+)(?! [A-Z])(?![\w'’-])")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|The|A|An) $")


def _given_name_adjectives(extraction: Extraction) -> Extraction:
    """The article with each person whose given name is a creed's or people's word made whole (issue 15, dev11).

    "with Christian Pulisic ruled out": the small model tags "Christian" NORP and "Pulisic" nothing, so the player is
    missing. A NORP mention that is such a word (``_GIVEN_NAME_ADJECTIVES``), not after an article ("the Christian
    Democrats"), followed by one capitalised word tagged nowhere that is no plural, institution word or body's word
    and makes a person-shaped name (``_person_named``), becomes a PERSON mention over both.
    """
    sentences = []
    for sentence in extraction.sentences:
        text, mentions = sentence.text, list(sentence.mentions)
        changed = False
        for index, mention in enumerate(mentions):
            if mention.label != "NORP" or mention.text not in _GIVEN_NAME_ADJECTIVES \
                    or _ARTICLE_BEFORE.search(text[max(0, mention.start - 4):mention.start]):
                continue
            tail = _SURNAME_AFTER_ADJECTIVE.match(text, mention.end)
            if tail is None or tail[1].endswith("s") or tail[1].casefold() in INSTITUTION_WORDS \
                    or any(m.start < tail.end() and tail.start(1) < m.end for m in mentions):
                continue
            name = text[mention.start:tail.end()]
            if not _person_named(name) or designators.not_a_person(name):
                continue
            mentions[index] = Mention(name, "PERSON", mention.start, tail.end())
            changed = True
        sentences.append(replace(sentence, mentions=tuple(mentions)) if changed else sentence)
    return replace(extraction, sentences=tuple(sentences))
