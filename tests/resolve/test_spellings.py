"""The spelling index finds exactly the close spellings a comparison with every word finds, comparing few."""

from __future__ import annotations

import random

import pytest
from rapidfuzz import fuzz, process

from kgraph.resolve.people import People
from kgraph.resolve.spellings import Spellings, same_name

_ONSETS = "b d g k l m n p r s t v z sh ch kh zh".split()
_CODAS = ("", "n", "r", "l", "k", "v", "s")


def surnames(count: int, seed: int = 5) -> list[str]:
    """Distinct surname-like words of 2 to 4 syllables, with one-letter variants of some (Zelenskyy/Zelenskiy)."""
    rng = random.Random(seed)
    words: set[str] = set()
    while len(words) < count:
        syllables = rng.randint(2, 4)
        word = "".join(rng.choice(_ONSETS) + rng.choice("aeiouy") + rng.choice(_CODAS) for _ in range(syllables))
        words.add(word)
        if rng.random() < 0.5:
            position = rng.randrange(len(word))
            words.add(word[:position] + rng.choice("aeiouy") + word[position + 1:])
    return sorted(words)


@pytest.mark.parametrize("cutoff", [80, 85, 90])
def test_close_spellings_are_exactly_those_a_full_comparison_finds(cutoff):
    words = surnames(1500)
    index = Spellings(words, cutoff=cutoff)
    scores = process.cdist(words, words, scorer=fuzz.ratio, score_cutoff=cutoff)
    for row, word in enumerate(words):
        expected = {words[column] for column in scores[row].nonzero()[0]}
        assert index.close_to(word) == expected, word
    # Queries that are not known words, down to a single letter.
    for query in ("zelenskyi", "zelenskyy", "putn", "k", ""):
        assert index.close_to(query) == {word for word in words if same_name(query, word, cutoff=cutoff)}


def test_a_query_meets_only_words_of_a_near_length_sharing_a_piece_in_place():
    words = surnames(4000)
    index = Spellings(words, cutoff=85)
    for word in words:
        index.close_to(word)
    # A twentieth of the words, measured; comparing every word with every word would be all.
    assert index.comparisons < len(words) ** 2 / 10


def test_a_name_repeated_in_many_articles_is_compared_once():
    words = surnames(1000, seed=11)
    people = People(f"Anna {word.title()}" for word in words)
    for word in words:
        assert people.link(word.title(), people.local([f"Anna {word.title()}"])) == people.person(f"Anna {word}")
    compared = people.surnames.comparisons
    for word in words:
        people.link(word.upper(), frozenset())  # the same surname, in other articles
    assert people.surnames.comparisons == compared
