"""The repeated-names pass's reading of an article (``Repeats.read``) is reused (``Repeats.reuse``) only where the
corpus-wide look-ups it made give the same answers, and then gives exactly what the pass gives."""

from kgraph.resolve.repeats import Repeats
from kgraph.types import ArticleInfo, Extraction, Mention, Sentence


def _article(name: str, *sentences: tuple[str, tuple[tuple[str, str], ...]]) -> Extraction:
    """An article of these sentences, each with its (text, label) mentions at their first place."""
    return Extraction(info=ArticleInfo(id=name), sentences=tuple(
        Sentence(text=text, paragraph=number, mentions=tuple(
            Mention(found, label, text.index(found), text.index(found) + len(found)) for found, label in mentions))
        for number, (text, mentions) in enumerate(sentences)))


# The old article: "Agnieszka Kowalczyk" untagged, which only an earlier article's full name makes a mention.
OLD = _article("old", ("The vote was delayed in Brussels on Monday.", (("Brussels", "GPE"),)),
               ("Officials said Agnieszka Kowalczyk had backed the plan.", ()))
# New, before it: the full name it looks up.
NEW = _article("new", ("Polish minister Agnieszka Kowalczyk arrived in Paris.",
                       (("Agnieszka Kowalczyk", "PERSON"), ("Paris", "GPE"))))
# Its own two-word name, and a three-word one beginning with the same word that only the corpus can give.
NAMED = _article("named", ("Anna Maria spoke first.", (("Anna Maria", "PERSON"),)),
                 ("Later Anna Maria Novak said the talks went well.", ()))
LONGER = _article("longer", ("Anna Maria Novak, the envoy, left Warsaw.",
                             (("Anna Maria Novak", "PERSON"), ("Warsaw", "GPE"))))


def _clean(*articles: Extraction) -> list[Extraction]:
    repeats = Repeats()
    return [repeats.find(article) for article in articles]


def test_an_unchanged_corpus_reuses_every_reading_and_gives_what_the_pass_gives():
    first = Repeats()
    readings = [first.read(article)[1] for article in (NEW, OLD, NAMED)]
    again = Repeats()
    reused = [again.reuse(article, reading) for article, reading in zip((NEW, OLD, NAMED), readings)]
    assert reused == _clean(NEW, OLD, NAMED)
    assert (again.found, again.split) == (first.found, first.split)


def test_a_new_full_name_before_an_article_makes_its_reading_stale():
    alone = Repeats().read(OLD)
    assert not any(m.text == "Agnieszka Kowalczyk" for s in alone[0].sentences for m in s.mentions)
    rebuilt = Repeats()
    rebuilt.read(NEW)
    assert rebuilt.reuse(OLD, alone[1]) is None  # "Agnieszka Kowalczyk" is a name of the corpus now
    found, _ = rebuilt.read(OLD)
    assert found == _clean(NEW, OLD)[1]
    assert Mention("Agnieszka Kowalczyk", "PERSON", 15, 34) in found.sentences[1].mentions


def test_a_longer_corpus_name_beginning_with_a_word_the_article_reads_makes_its_reading_stale():
    """The look-up of how many words the corpus' longest name beginning with "Anna" has is a dependency too: the
    article never looked up "Anna Maria Novak" while no corpus name was that long."""
    alone = Repeats().read(NAMED)
    rebuilt = Repeats()
    rebuilt.read(LONGER)
    assert rebuilt.reuse(NAMED, alone[1]) is None
    found, _ = rebuilt.read(NAMED)
    assert found == _clean(LONGER, NAMED)[1]
    assert Mention("Anna Maria Novak", "PERSON", 6, 22) in found.sentences[1].mentions


def test_a_reused_reading_adds_its_full_names_for_the_articles_after_it():
    reading = Repeats().read(NEW)[1]
    rebuilt = Repeats()
    assert rebuilt.reuse(NEW, reading) == _clean(NEW)[0]
    assert rebuilt.find(OLD) == _clean(NEW, OLD)[1]


def test_a_reading_notes_only_what_the_pass_changed_and_looked_up():
    found, reading = Repeats().read(OLD)
    assert [index for index, _ in reading.changed] == [
        index for index, (before, after) in enumerate(zip(OLD.sentences, found.sentences)) if before != after]
    assert ("Agnieszka", 0) in reading.longest  # no corpus name began with it
    assert reading.names == ()  # no full name of its own
