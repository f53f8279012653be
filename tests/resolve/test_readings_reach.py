"""A longer corpus name beginning with a word an article reads makes its reading stale only where the article has
words enough after that word for the longer name (``Reading.reach``); the reading kept gives what the pass gives."""

from kgraph.resolve.repeats import Repeats, _tries_the_same
from tests.resolve.test_readings import LONGER, NAMED, _article, _clean

# "Anna" read where one word is left ("Later we met Anna."); its own name is written where it is already a mention.
SHORT = _article("short", ("Anna Maria spoke.", (("Anna Maria", "PERSON"),)), ("Later we met Anna.", ()))


def _read(*articles):
    repeats = Repeats()
    return [repeats.read(article)[1] for article in articles]


def test_a_longer_name_the_article_has_no_room_for_leaves_its_reading_standing():
    reading = _read(NAMED, SHORT)[1]  # the corpus' "Anna" begins a two-word name ("Anna Maria", of NAMED)
    assert ("Anna", 2) in reading.longest and dict(reading.reach)["Anna"] == 1
    rebuilt = Repeats()
    rebuilt.read(NAMED)
    rebuilt.read(LONGER)  # "Anna Maria Novak": three words now
    assert rebuilt.reuse(SHORT, reading) == _clean(NAMED, LONGER, SHORT)[2]


def test_a_longer_name_the_article_has_room_for_makes_its_reading_stale():
    reading = _read(SHORT, NAMED)[1]  # "Later Anna Maria Novak said ...": seven words after "Anna"
    assert dict(reading.reach)["Anna"] >= 3
    rebuilt = Repeats()
    rebuilt.read(SHORT)
    rebuilt.read(LONGER)
    assert rebuilt.reuse(NAMED, reading) is None
    assert rebuilt.read(NAMED)[0] == _clean(SHORT, LONGER, NAMED)[2]


def test_a_word_no_name_was_tried_at_needs_the_same_answer():
    assert _tries_the_same(3, 3, None) and not _tries_the_same(3, 2, None)
    assert _tries_the_same(3, 2, 2) and _tries_the_same(5, 2, 1)
    assert not _tries_the_same(3, 2, 3) and not _tries_the_same(1, 2, 2)  # room for the longer name; a shorter one
    assert not _tries_the_same(1, 0, 1)  # the article's own name was tried there, none of the corpus's


def test_a_longer_name_beginning_with_a_word_the_article_only_writes_inside_mentions_leaves_its_reading_standing():
    tagged = _article("tagged", ("Anna Maria spoke.", (("Anna Maria", "PERSON"),)),
                      ("Anna Maria said the talks went on for hours.", (("Anna Maria", "PERSON"),)))
    reading = _read(NAMED, tagged)[1]
    assert ("Anna", 2) in reading.longest and dict(reading.reach)["Anna"] == 0
    rebuilt = Repeats()
    rebuilt.read(NAMED)
    rebuilt.read(LONGER)
    assert rebuilt.reuse(tagged, reading) == _clean(NAMED, LONGER, tagged)[2]
    assert _tries_the_same(0, 2, 0)  # none at all: nothing was tried there either
