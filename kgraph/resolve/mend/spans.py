"""The recogniser's spans mended whatever they name: labels it misfiled, capitals that open a sentence, scores,
cases and moves tagged as one name, prefixes kept in a name; and the helpers the other passes and ``repeats`` share.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache, lru_cache

from ...types import HEADLINE, Extraction, Mention, Sentence
from ...words import STOP_WORDS
from .. import acronyms, countries, designators, names, places

# Words (``repeats`` reads the names they may begin).
_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
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
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")
# Capitalised words that are no part of a person's name: English stop words ("On Monday, Merkel"), days, months.
_NOT_NAMES = frozenset(STOP_WORDS) | frozenset(
    w.casefold() for w in (*calendar.day_name, *calendar.month_name, *calendar.month_abbr) if w)
# Initials or a title that is also a name, right before a person's name: "KM| Nurul Huda", "Sheikh| Hasina Wazed".
_OPENER = re.compile(r"(?<![\w'’.&-])(%s|[A-Z]{1,2}|[A-Z]\.(?: ?[A-Z]\.)?) $"
                     % "|".join(word.title() for word in sorted(names.NAME_PART_TITLES)))
# Capitals before a name that are no initials: words ("A", "I") and players' positions in box scores
# ("Nuggets F Aaron Gordon", "Warriors PG Stephen Curry": basketball, American football, baseball, football).
_NOT_INITIALS = frozenset("""
A I C F G PG SG SF PF GF QB RB WR TE LB CB DB DE DT OL DL OT OG SS LF CF RF DH SP RP GK DF MF FW CM CB LW RW ST
""".split())
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
# "Alcaraz-Rune", "Medvedev-Eubanks": two one-word names joined by a hyphen (a match, a pairing).
_CAPITAL_BEFORE = re.compile(r"[A-Z][^\W\d_]* $")
_CAPITAL_AFTER = re.compile(r" [A-Z]")
# A lower-case prefix glued before a name: "anti-|Hezbollah", "pro-|Russian", "ex-|Chelsea" (``_prefixed_names``).
_PREFIXED = re.compile(r"(?:anti|pro|non|ex|post|pre)-([A-Z].*)$")
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


def _extended(extraction: Extraction, label: str,
              more: Callable[[str, Mention], tuple[int, int] | None]) -> Extraction:
    """The article with each mention made one ``label`` mention over the rest of its name that ``more`` finds after it
    (where that rest starts and ends, or None), where no other mention lies in the rest: the one loop of the passes
    that carry a cut name on over its next words ("Legislative Analyst's| Office", "Yoon Suk| Yeol")."""
    sentences = []
    for sentence in extraction.sentences:
        text, mentions = sentence.text, list(sentence.mentions)
        changed = False
        for index, mention in enumerate(mentions):
            rest = more(text, mention)
            if rest is None or any(m.start < rest[1] and rest[0] < m.end for m in mentions if m is not mention):
                continue
            mentions[index] = Mention(text[mention.start:rest[1]], label, mention.start, rest[1])
            changed = True
        sentences.append(replace(sentence, mentions=tuple(mentions)) if changed else sentence)
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
    # the article writes in lower case is one of them and in lower case itself. Read only where one of those
    # words stands in the text at all (in most articles none does).
    candidates = [word for word, only in opening.items() if only and word.lower().islower()]
    text = "\n".join(s.text for s in extraction.sentences)
    if not any(word.lower() in text for word in candidates):
        return extraction
    written = set(_WORD.findall(text))
    common = {word for word in candidates if word.lower() in written}
    if not common:
        return extraction
    return replace(extraction, sentences=tuple(
        sentence.renumbered([(i, m) for i, m in enumerate(sentence.mentions)
                               if m.text.removeprefix("the ").removeprefix("The ") not in common])
        if any(m.text.removeprefix("the ").removeprefix("The ") in common for m in sentence.mentions) else sentence
        for sentence in extraction.sentences))


def _run_on(sentence: Sentence, index: int, end: int, label: str) -> Sentence:
    """The sentence with its mention ``index`` run on to ``end`` as a ``label`` mention, the mentions it swallows
    gone."""
    mention = sentence.mentions[index]
    grown = Mention(sentence.text[mention.start:end], label, mention.start, end)
    return replace(sentence, mentions=tuple(grown if i == index else m for i, m in enumerate(sentence.mentions)
                                            if i == index or not mention.end <= m.start < end))


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


def _opens_name(word: str) -> bool:
    """Initials or a title that is also a name, as the first word of a person's name (``_opened_names``)."""
    if word.casefold() in names.NAME_PART_TITLES:
        return True
    return word not in _NOT_INITIALS and not countries.lookup(word) and not acronyms.other_names(word)
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


# The last word of a mention made of two words run together, the second capitalised: "DodgersYankees",
# "National Basketball AssociationTatum" (a page's layout lost the space or the line between them).
_FUSED = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z]{2,}$)")


def _fused_names(extraction: Extraction) -> Extraction:
    """The article with each mention that ran two names together cut in two (dev10).

    "A DodgersYankees series?", "· National Basketball AssociationTatum scores 40": a scraped page lost the space
    (or the line) between two names, and the small model tags the run as one. A mention whose last word runs a
    lower-case letter into a capitalised word that the article tags alone elsewhere ("Yankees", "Tatum") is cut
    there: the first part keeps the label, the second takes the label the article gives it alone. No other word
    is cut ("SoftBank", "McDonald", "LeBron": no such mention of "Bank", "Donald", "Bron" alone).
    """
    alone = {m.text: m.label for sentence in extraction.sentences for m in sentence.mentions if " " not in m.text}
    sentences = []
    for sentence in extraction.sentences:
        kept, changed = [], False
        for origin, mention in enumerate(sentence.mentions):
            last = mention.text.rsplit(" ", 1)[-1]
            cut = _FUSED.search(last)
            second = last[cut.start():] if cut else ""
            if not cut or second not in alone:
                kept.append((origin, mention))
                continue
            middle = mention.end - len(second)
            kept.append((origin, Mention(mention.text[:-len(second)], mention.label, mention.start, middle)))
            kept.append((None, Mention(second, alone[second], middle, mention.end)))
            changed = True
        sentences.append(sentence.renumbered(kept) if changed else sentence)
    return replace(extraction, sentences=tuple(sentences))
