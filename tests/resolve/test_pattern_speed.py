"""Patterns rewritten for speed (docs/performance.md, sixth speed pass): each must match exactly what the plain
form matched, or a rule changes without a word."""

from __future__ import annotations

import random
import re

from kgraph.resolve import evidence
from kgraph.resolve import names
from kgraph.resolve.mend import countries as mend_countries, organisations as mend_organisations, people as mend_people
from kgraph.words import word_alternation

# Pieces the rewritten patterns turn on: capitals after and before word characters, quotes, hyphens, line ends.
_PIECES = ["a", "b", "Xy", "AB", "ACT", "Z", "the ", "The ", "US", '"', "“", "”", "dela ", " ", " ", ", ", ".", "-", "'", "’", "&", "(", ")", "\n", "Holdings",
           "Group", "Capital", "Holding", "s", " and ", "startup ", "firm ", "side ", "Oyo", "Jae Crowder"]


def _texts(count: int = 3000) -> list[str]:
    draw = random.Random(6)
    return ["".join(draw.choice(_PIECES) for _ in range(draw.randint(1, 14))) for _ in range(count)]


def _found(pattern: re.Pattern[str], text: str) -> list:
    return [(match.span(), match.groups()) for match in pattern.finditer(text)]


def test_word_alternation_matches_what_the_plain_alternation_matches():
    words = ["bank", "broadcaster", "brand", "b", "club", "company", "co", "firm", "a.b"]
    tree = re.compile(r"\b(%s) [A-Z]" % word_alternation(words))
    plain = re.compile(r"\b(%s) [A-Z]" % "|".join(map(re.escape, words)))
    for text in [*_texts(), *(f"the {word} Oyo" for word in words), "a.b X", "axb X"]:
        assert _found(tree, text) == _found(plain, text), text


def test_capital_first_patterns_match_what_the_look_behind_first_ones_matched():
    plain = {
        mend_organisations._ACRONYM: r"(?<![\w'’.&-])[A-Z]{2,6}(?![\w'’&-])",
        mend_organisations._UNTAGGED_COMPANY:
            r"(?<=[a-z,] )((?:[A-Z][\w&'’.-]* ){1,3}(?:Holdings|Holding|Group|Capital|Healthcare|Industries|"
            r"Corporation|Enterprises|Ventures|Investments|Properties))\b",
        mend_people._BEFORE_KNOWN: r"(?<![\w'’.-])([A-Z][a-z]+) ([A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*)(?![\w'’-])(?! [A-Z])",
        mend_people._NICKNAMED: r"(?<![\w'’.-])[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+)? (?:[\"“][A-Z][^\W\d_]+[\"”]|'[A-Z][^\W\d_]+') "
                                r"(?=[A-Z]|(?:%s) [A-Z])" % "|".join(sorted(names.PARTICLES | {"dela"})),
    }
    texts = [*_texts(), "Hybe bought Ithaca Holdings", 'President Ferdinand "Bongbong" Marcos', "Ronald 'Bato' dela Rosa", "from firm TVM Capital Healthcare", "Samsung, HTC and ACT",
             "Forward Jae Crowder scored"]
    for pattern, written in plain.items():
        for text in texts:
            assert _found(pattern, text) == _found(re.compile(written), text), (pattern.pattern, text)
    before = re.compile(r"(?<![\w'’.-])(?:[A-Z][\w&'’.-]* )*([A-Z][\w&'’.-]*) $")
    for text in [*_texts(), "Commercial International Bank Egypt", "Industries Qatar"]:
        for end in range(len(text) + 1):
            found, expected = mend_organisations._COMPANY_BEFORE.search(text, 0, end), before.search(text, 0, end)
            assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))


def test_gated_context_patterns_still_match_their_endings():
    for adverb in ("very", "quite", "rather", "too", "extremely", "fairly", "somewhat", "increasingly", "deeply",
                   "truly", "utterly", "thoroughly", "highly"):
        assert evidence._DEGREE_BEFORE.search(f"it is {adverb}"), adverb
    for shot in ("three-pointer", "layup", "dunk", "header", "free kick", "hat-trick", "assists"):
        assert evidence._SHOT_FROM.search(f"a {shot} from"), shot
    for head in ("general secretary of", "Secretary-General of the", "CHAIRMAN OF THE", "chairperson of\n"):
        assert evidence._HEADS_BODY.search(f"said the {head}"), head
    assert evidence._HEADS_BODY.search("the chairman said") is None


def test_the_abbreviation_gate_holds_wherever_the_pattern_matches():
    texts = [*_texts(), "in the UAE", "sanctions the US imposed", "The DRC", "the UK.", "The EU's"]
    for text in texts:
        if mend_countries._THE_ABBREVIATION.search(text):
            assert mend_countries._THE_CAPITALS.search(text), text


def test_defining_gaps_hold_no_more_words_than_the_gate_reads():
    from kgraph.resolve import organisations
    gaps = [" (", ", or ", " known as ", ", popularly known as “", " ( also known as ", ", aka ", " a.k.a. ",
            " alias ", ",\tnicknamed ", " , dubbed as '"]
    for gap in gaps:
        assert any(pattern.match(gap) for pattern in (organisations._KNOWN_AS, organisations._ALTERNATIVE_GAP,
                                                       organisations._DEFINING_GAP)), gap
        assert len(gap.split()) <= organisations._GAP_WORDS, gap
    draw = random.Random(7)
    pieces = [" ", ",", "(", "or", "also", "known", "as", "aka", "alias", "popularly", "“", "\u2003", "\x1c", "x"]
    for _ in range(20000):
        gap = "".join(draw.choice(pieces) for _ in range(draw.randint(1, 12)))
        if len(gap.split()) > organisations._GAP_WORDS:
            for pattern in (organisations._KNOWN_AS, organisations._ALTERNATIVE_GAP, organisations._DEFINING_GAP):
                assert pattern.match(gap) is None and pattern.match("(" + gap) is None, gap


def test_end_gate_tries_exactly_the_tails_it_tried_before():
    from itertools import product

    def tried(tail: str, endings: tuple[str, ...]) -> bool:  # the gate as first written
        return not (tail.isascii() and not tail.endswith("\n") and not tail.lower().endswith(endings))

    chars = [chr(code) for code in range(130)] + ["é", "İ", "\u212a"]
    tails = ["", *chars, *("".join(pair) for pair in product(chars, repeat=2))]
    for endings in (("(",), ("v", "v."), ("of", "at"), ("at", "th", "or", "he"), ("ry", "te", "er", "oo", "ly", "at")):
        gate = evidence._AtEnd(re.compile(""), *endings)
        for tail in tails:
            assert (gate.search(f"the text before{tail}") is not None) == tried(f"e{tail}"[-2:], endings), (tail, endings)
            assert (gate.search(tail) is not None) == tried(tail, endings), (tail, endings)


def test_words_of_sport_match_what_their_plain_alternation_matched():
    from kgraph.resolve import teams
    plain = re.compile(r"(?=[%s])\b(?:%s)\b" % ("".join(sorted({word[0].lower() for word in teams._SPORT_TERMS.split("|")})),
                                                teams._SPORT_TERMS), re.IGNORECASE)
    assert teams._SPORT.pattern != plain.pattern  # the tree is in use
    texts = [*_texts(), *(f"the {word} was" for word in teams._SPORT_SPELLED),
             *(f"{word.upper()}, {word.title()}" for word in teams._SPORT_SPELLED), "semi-finalist", "Grand Prixs"]
    for text in texts:
        assert [m.span() for m in teams._SPORT.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_article_scans_match_no_more_and_no_fewer_in_the_joined_article():
    texts = [*_texts(), "budget hotel startup Oyo", "Premier League side Fulham.", "the firm\nAcme", "side\nFulham",
             "Hybe bought Ithaca Holdings", "bought\nIthaca Holdings", "a, TVM Capital Healthcare"]
    for pattern in (mend_organisations._AFTER_NOUN, mend_organisations._UNTAGGED_COMPANY):
        for first, second in zip(texts, texts[1:]):
            joined = f"{first}\n{second}"
            alone = [(m.start(), m.groups()) for m in pattern.finditer(first)] + \
                    [(m.start() + len(first) + 1, m.groups()) for m in pattern.finditer(second)]
            assert [(m.start(), m.groups()) for m in pattern.finditer(joined)] == alone, (pattern.pattern, joined)
