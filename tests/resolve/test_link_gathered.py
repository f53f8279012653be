"""A linker made of what ``Gathered`` learnt of each article as it was observed (as a build makes it) is the linker
made of the articles read back: the same people, organisations and keys, and the observations read no more."""

from kgraph.resolve import resolve
from kgraph.resolve.evidence import observe
from kgraph.resolve.link import Gathered, Linker
from kgraph.types import ArticleInfo, Extraction, Mention, Sentence
from tests.resolve.test_readings import LONGER, NAMED, NEW, OLD


def _sentence(text, *names, paragraph=0):
    """A sentence whose mentions are the first place of each (name, label)."""
    return Sentence(text=text, paragraph=paragraph, mentions=tuple(
        Mention(name, label, text.index(name), text.index(name) + len(name)) for name, label in names))


# A surname alone before the full name that makes it a person's, an acronym beside its long form, a company with
# its legal form labelled a person, and a name written with a no-break space inside.
SURNAME_FIRST = Extraction(info=ArticleInfo(id="a"), sentences=(
    _sentence("Kowalczyk said the DEA would act.", ("Kowalczyk", "PERSON"), ("DEA", "ORG")),
    _sentence("Hobby Lobby Stores, Inc. objected.", ("Hobby Lobby Stores, Inc.", "PERSON")),
))
FULL_NAME = Extraction(info=ArticleInfo(id="b"), sentences=(
    _sentence("Agnieszka Kowalczyk met the Drug Enforcement Administration.", ("Agnieszka Kowalczyk", "PERSON"),
              ("Drug Enforcement Administration", "ORG")),
    _sentence("Agnieszka\u00a0Kowalczyk left.", ("Agnieszka\u00a0Kowalczyk", "PERSON"), paragraph=1),
))


def test_a_linker_of_gathered_articles_keys_them_as_one_of_the_articles():
    observed = [observe(article) for article in (NEW, OLD, NAMED, LONGER, SURNAME_FIRST, FULL_NAME)]
    gathered = Gathered()
    for article in observed:
        gathered.add(article)
    read, learnt = Linker(observed), Linker(gathered=gathered)
    assert [learnt.keys(article) for article in observed] == [read.keys(article) for article in observed]
    assert list(learnt.keyed(observed)) == list(read.keyed(observed))
    # the corpus' full name makes the surname written alone before it a person's, in both
    assert learnt.keys(observed[4])[0][0] == learnt.keys(observed[5])[0][0] == "person:agnieszka kowalczyk"


def test_resolve_reads_gathered_observations_once():
    observed = [observe(article) for article in (NEW, OLD, NAMED, LONGER, SURNAME_FIRST, FULL_NAME)]
    gathered = Gathered()
    for article in observed:
        gathered.add(article)

    class Counted(list):
        readings = 0

        def __iter__(self):
            Counted.readings += 1
            return super().__iter__()

    counted = Counted(observed)
    once = resolve(counted, gathered=gathered)
    assert Counted.readings == 2  # resolve's check that it is no iterator (which reads nothing), and the keyed pass
    again = resolve(observed)
    assert once.entities == again.entities and once.ids == again.ids
    assert [once.links(article) for article in observed] == [again.links(article) for article in observed]
