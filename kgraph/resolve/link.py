"""Observations -> entity keys: which mentions name the same country, person or organisation.

Countries first (by name, abbreviation or demonym), then people (full names
grouped, one-word names linked within the article, then the corpus), then
organisations (acronyms to long forms). What is left is a name of its own,
typed by votes later. Keys are 'country:RUS', 'person:...', 'name:...'.

What the corpus says is learned in two passes over the observed articles,
keeping only per-name figures: which full names are people (the votes of
all their mentions), then every person's and organisation's names. An
article's mentions are then keyed from the corpus and that article alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache

from ..types import Links
from ..words import fold
from . import acronyms, countries, designators, nicknames, parties, places, teams
from .evidence import Observation, Observed
from .names import PARTICLES, initials, is_acronym, strip_roles, titled_given_name
from .organisations import Organisations, is_body
from .people import People, surname as bare_surname
from .votes import Ballot

__all__ = ["Linker", "Gathered"]

# Names whose shape (``_full_name``, ``_organisation_shaped``) is remembered: a corpus repeats its names.
_NAMES_CACHED = 1 << 16


@dataclass(slots=True)
class _FullName:
    """A full name's mentions across the corpus."""

    name: str  # as first written
    ballot: Ballot = field(default_factory=Ballot)
    initial: bool = True  # every mention opens its sentence
    mentions: int = 0
    person_labels: int = 0  # mentions the recogniser labels PERSON

    def spells_out(self, acronyms: set[str]) -> bool:
        """'Drug Enforcement Administration' beside 'DEA': an organisation's long form, unless
        the recogniser mostly calls it a person."""
        return initials(self.name).casefold() in acronyms and 2 * self.person_labels <= self.mentions


class Linker:
    """Keys the mentions of an article, knowing the corpus' people and organisations.

    ``observed`` is read once here, and once more by ``keyed``: it must be a collection (a list, or a
    ``kgraph.spill.Spill``), not an iterator.
    """

    def __init__(self, observed: Iterable[Observed] | None = None, *, gathered: Gathered | None = None):
        """The linker of the articles ``observed``, or of those a ``Gathered`` was given as they were observed
        (a build gathers them as it spills them, so that it reads them back once, to key them)."""
        if gathered is None:
            gathered = Gathered()
            for article in observed or ():
                gathered.add(article)
        full_names, acronyms = gathered.full_names, gathered.acronyms
        self._person_names = {
            folded: seen for folded, seen in full_names.items()
            if seen.ballot.decide(seen.name) == "person" and not seen.spells_out(acronyms)
        }
        # First words of the people's full names the corpus writes inside a sentence, where no adjective is
        # capitalised: given names ("Anna" of "... said Anna Smith" keeps "Anna Smith." a person of her own).
        self._given_names = {fold(seen.name.split()[0]) for seen in self._person_names.values() if not seen.initial}
        people_names: dict[str, None] = {}  # ordered: the first spelling seen names its person
        organisation_names: set[str] = set()
        # Each article's names, in order, for ``keyed``: found once, not again when its mentions are keyed.
        self._article_names: list[tuple[list[str], set[str]]] = []
        for names in gathered.articles:
            persons, organisations = self._chosen(names)
            self._article_names.append((persons, organisations))
            people_names.update(dict.fromkeys(persons))
            organisation_names.update(organisations)
        self.people = People(people_names)
        # every other name, which a company's name without its legal form may be
        self.organisations = Organisations(organisation_names, gathered.defined, gathered.other_names)
        self._parties = self._by_members(organisation_names)

    def _by_members(self, organisation_names: set[str]) -> dict[str, str]:
        """Folded plural of a party's members ('social democrats') -> the party's organisation key, where
        one party of the corpus or of the well-known bodies gives it."""
        found: dict[str, set[str]] = {}
        for name in (*organisation_names, *(body.name for body in acronyms.bodies())):
            plural = parties.members(name)
            key = self.organisations.key(name, frozenset()) if plural else None
            if plural and key:
                found.setdefault(fold(plural), set()).add(key)
        return {plural: keys.pop() for plural, keys in found.items() if len(keys) == 1}

    def keys(self, article: Observed) -> Links:
        """The entity key of every mention of ``article``, aligned with its observations."""
        return self._keys(article, *self._names(article))

    def keyed(self, observed: Iterable[Observed]) -> Iterator[tuple[Observed, Links]]:
        """Each article of ``observed`` with its ``keys``: ``observed`` is the collection this linker was made of,
        read in the same order, so each article's names are those found then."""
        for article, names in zip(observed, self._article_names, strict=True):
            yield article, self._keys(article, *names)

    def _keys(self, article: Observed, persons: list[str], organisations: set[str]) -> Links:
        local_people = self._without_kin_of_namesakes(self.people.local(persons), article)
        local_organisations = self.organisations.local(organisations)
        local_teams = teams.local_teams(organisations)
        return tuple(
            tuple(self._key(seen, local_people, local_organisations, local_teams) if seen else None
                  for seen in sentence)
            for sentence in article.sentences
        )

    def _without_kin_of_namesakes(self, local_people: frozenset[str], article: Observed) -> frozenset[str]:
        """The article's people without those it introduces as the kin of a namesake: "Western Bay of Plenty Mayor
        Graeme Weld has died ... Mr Weld's son, Richard Weld, said ... Mr Weld had been mayor since 2001". Two people
        of one surname leave the surname alone to neither; the one the article names as the other's son, wife or
        brother is not the one it calls by the surname (``evidence._introduced_as_kin``). A person so introduced
        with no namesake in the article stays."""
        kin = {self.people.person(seen.name) for seen in _observations(article)
               if seen.relative and seen.name in self.people}
        if not kin & local_people:
            return local_people
        others = local_people - kin
        return frozenset(person for person in local_people if person not in kin
                         or not any(bare_surname(person) == bare_surname(other) for other in others))

    def _names(self, article: Observed) -> tuple[list[str], set[str]]:
        """The full names of people in the article (sorted), and its names that may be organisations."""
        return self._chosen(_article_names(article))

    def _chosen(self, names: _ArticleNames) -> tuple[list[str], set[str]]:
        """``_names`` of an article from what it names (``_article_names``): its names that are the corpus' people's
        full names, and its other names that may be organisations."""
        spaced, organisational, alone, single = names
        persons = {name for name in spaced if fold(name) in self._person_names}
        organisations = {name for name in organisational if fold(name) not in self._person_names}
        return self._without_sentence_openers(persons, alone, single), organisations

    def _without_sentence_openers(self, names: set[str], alone: AbstractSet[str],
                                  single: AbstractSet[str]) -> list[str]:
        """'Enigmatic Malyuk' opening a sentence, beside 'Vasyl Malyuk': the capital proves no given name, so the
        first word is cut off; but not a first word the article calls a person by alone ("Paetongtarn Shinawatra,
        daughter of Thaksin Shinawatra, ...; Paetongtarn is 37") nor one the corpus writes as a given name inside
        a sentence. A namesake is written in full, each time: the first word is taken for an adjective only where
        the article also calls someone by the bare surname ("Malyuk said"), not beside "Rodrigo Smith" where the
        article never writes "Smith" alone ("Anna Smith wants more."). A short form of the other's given name
        ("Sam" of "Samuel", "Steph" of "Stephen") is that person's all the same."""
        # Sorted: which of two sentence-opening names goes first must not depend on set order.
        kept = sorted(names)
        for name in list(kept):
            first = fold(name.split()[0])
            if not self._person_names[fold(name)].initial or first in alone:
                continue
            # Surnames without their generational suffix: "Kelly Oubre Jr." and "Michael Porter Jr." share none.
            surname = bare_surname(fold(name))
            given = [fold(other.split()[0]) for other in kept if other != name and bare_surname(fold(other)) == surname]
            given = [other for other in given if other != first]
            if any(other.startswith(first) or first.startswith(other) for other in given) \
                    or given and surname in single and first not in self._given_names:
                kept.remove(name)
        return kept

    def _known_as_person(self, name: str) -> str | None:
        """The person whose other full name the text says ``name`` is ("Raymond Mostoway, aka Dan Roman"), if any."""
        known_as = self.organisations.defined(name)
        return self.people.keyed(known_as) if known_as and " " in known_as else None

    def _known_as_body(self, name: str, local_organisations: frozenset[str]) -> str | None:
        """The organisation of the article whose other name the text says ``name`` is, a full name the recogniser
        took for a person's ("Norvik Brands (formerly known as Norvik Tobacco)"; issue 15, dev11), if any."""
        known_as = self.organisations.defined(name)
        return known_as if known_as and known_as in local_organisations else None

    def _person(self, seen: Observation, local_people: frozenset[str]) -> str | None:
        """The person a name that is not a known full name stands for, if any.

        A one-word name or a surname with its particles is linked by ``People.link``, else by
        the name the text says it is known by ("Widodo, popularly known as Jokowi"); a name cut
        off before its surname ("Alexander Van") to the one person of the article it begins. A
        sentence's first words before a surname ("Enigmatic Malyuk") may be no given name: the
        surname alone is linked, to a person of the same article only.
        """
        name = seen.name
        if _cut_before_surname(name):
            return self.people.completing(name, local_people)
        if not _surname_only(name):
            return self.people.link(name.split()[-1], local_people, corpus=False) if seen.initial else None
        surname = name.split()[-1]
        person = None if is_acronym(surname) else self.people.link(surname, local_people)
        known_as = None if person else self.organisations.defined(name)
        # 'Ferdinand "Bongbong" Marcos Jr.', "Crown Prince Mohammed bin Salman (MBS)": the person the text names so.
        named = known_as and (self.people.keyed(known_as) or self.people.keyed(strip_roles(known_as)))
        if named:
            return named
        if known_as and " " not in known_as and not is_acronym(surname):
            return self.people.link(known_as, local_people)
        return person

    def _club(self, name: str, local_organisations: frozenset[str], local_teams: frozenset[str]) -> str | None:
        """The key of the one club of the article a nickname stands for ("the Gunners": Arsenal), its team's
        where it is a known team ("Liverpool FC")."""
        named = [club for club in nicknames.clubs(name) if self.organisations.local([club]) <= local_organisations]
        if len(named) != 1:
            return None
        return teams.key(named[0], local_teams) or self.organisations.key(named[0], local_organisations)

    def _key(self, seen: Observation, local_people: frozenset[str], local_organisations: frozenset[str],
             local_teams: frozenset[str] = frozenset()) -> str | None:
        code = countries.lookup(seen.name)
        if code and not seen.state:  # "Georgia" in an article that says "Atlanta, Georgia" is the US state
            return f"country:{code}"
        # "the Dodgers" labelled PERSON: a person's name takes no "the", a team's nickname does (dev10).
        team = teams.key(seen.name, local_teams) if seen.label == "ORG" or seen.determiner else None
        if team:
            # "Man Utd" is Manchester United, "Golden State" the Warriors (``teams``); a name several teams
            # share, none of them the article's, is a club's nickname where the article names that club
            # ("the Reds" beside Liverpool, not the Cincinnati Reds)
            club = self._club(seen.name, local_organisations, local_teams) if team == fold(seen.name) else None
            return f"name:{club or team}"
        together = self.organisations.run_together(seen.name)
        if together:
            return f"name:{together}"  # "Tech Crunch", tagged PERSON, beside the corpus' "TechCrunch"
        if " " in seen.name and seen.name in self.people:
            body = self._known_as_body(seen.name, local_organisations)
            if body:
                return f"name:{body}"  # "Imperial Brands (formerly known as Imperial Tobacco)": its old name, tagged a person
            other = self._known_as_person(seen.name)
            if other:
                return f"person:{other}"  # "Raymond Mostoway, aka Dan Roman": his other full name
            # "Jorge Chávez" beside "Jorge Chávez Cresta": a double surname written with its first
            # half only; the one person of the article whose longer name it begins.
            person = self.people.person(seen.name)
            given = titled_given_name(seen.name)  # "Prince Mohammed" beside "Mohammed bin Salman"
            titled = self.people.link(given, local_people - {person}, corpus=False) if given else None
            ending = self.people.ending(seen.name, local_people - {person}) if _particled(seen.name) else None
            return f"person:{titled or self.people.completing(seen.name, local_people) or ending or person}"
        party = self._parties.get(fold(seen.name))
        if party:
            return f"name:{party}"  # "the Social Democrats": the party's members stand for it
        club = self._club(seen.name, local_organisations, local_teams)
        if club:
            return f"name:{club}"  # "the Gunners" beside Arsenal
        named = self._person(seen, local_people) or (
            self.people.ending(seen.name, local_people) if _particled(seen.name) else None)
        # A town's name the recogniser calls a place stays one, unless what is said of it says "a person"
        # ("Bellingham, 20, was mobbed" beside "Jude Bellingham").
        if named and not (seen.label in ("GPE", "LOC") and places.in_gazetteer(seen.name) and not seen.titled
                          and seen.listed_with_place):
            return f"person:{named}"
        if places.in_gazetteer(seen.name) and seen.organisational and seen.label != "PERSON":
            # "Denver center Nikola Jokic", "outscoring Denver 32-24": what is said of the town is said of a team,
            # the one organisation of the article named after it ("Denver Nuggets", "FC Porto")
            named = _named_after(seen.name, local_organisations)
            if named:
                return f"name:{self.organisations.key(named, local_organisations)}"
        if places.in_gazetteer(seen.name):
            # "Boston" is a place, not short for "Boston Celtics"; but a region's name before a town's
            # is a club's short name ("Bayern" beside "Bayern Munich").
            local_organisations = frozenset(
                other for other in local_organisations if _place_and_town(other, seen.name))
        organisation = self.organisations.key(seen.name, local_organisations, beginning=seen.label == "ORG")
        return f"name:{organisation}" if organisation else None


def _named_after(place: str, organisations: frozenset[str]) -> str | None:
    """The one organisation key that opens or ends with the place's name as a word ("denver nuggets", "fc porto")."""
    head = fold(place)
    named = [key for key in organisations if key != head and (key.startswith(head + " ") or key.endswith(" " + head))]
    return named[0] if len(named) == 1 else None


def _place_and_town(organisation: str, place: str) -> bool:
    """Whether an organisation key is ``place`` followed by another gazetteer place ("bayern munich")."""
    head = fold(place)
    return organisation.startswith(head + " ") and places.in_gazetteer(organisation[len(head) + 1:])


# Portuguese "do" ("of the"), which ``PARTICLES`` leaves out: "do" is an English word too.
_SURNAME_PARTICLES = PARTICLES | {"do"}


def _particled(name: str) -> bool:
    """'Corrêa do Lago', 'Lula da Silva': a capitalised word, a particle, a capitalised word, as a double surname
    with its particle is written."""
    parts = name.split()
    return len(parts) == 3 and parts[1] in _SURNAME_PARTICLES and parts[0][:1].isupper() and parts[2][:1].isupper()


def _surname_only(name: str) -> bool:
    """'Van der Bellen', 'al-Assad' alone: a surname with its particles, not a full name."""
    parts = name.split()
    return all(part.casefold() in PARTICLES for part in parts[:-1])


def _cut_before_surname(name: str) -> bool:
    """'Alexander Van', 'Alexander Van der': a full name cut off before the surname its particles lead to ("AL" in
    capitals is initials, not a particle)."""
    last = name.split()[-1]
    return last.casefold() in PARTICLES and not last.isupper()


# What ``Linker._names`` reads of one article before the corpus' people are known: its names of several words (which
# may be a person's full name), those that may be an organisation's, the one-word names the recogniser calls a
# person (folded) and the surnames it writes alone (folded, without a generational suffix).
_ArticleNames = tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]


def _article_names(article: Observed, each: Callable[[Observation, str], None] | None = None) -> _ArticleNames:
    """What ``Linker._names`` reads of ``article``; ``each`` is given every observation with its name folded."""
    spaced: set[str] = set()
    organisational: set[str] = set()
    alone: set[str] = set()  # one-word names the recogniser calls a person
    single: set[str] = set()  # the surnames the article writes alone, whatever their label ("Sisi" of "al-Sisi")
    for seen in _observations(article):
        name = seen.name
        folded = fold(name)
        if " " in folded:  # every full name folds to words between spaces, as the people's are kept
            spaced.add(name)
        if seen.label == "ORG" or seen.organisational or _organisation_shaped(name):
            # "Hobby Lobby Stores, Inc." tagged PERSON is a company all the same, and so is "Activision Blizzard
            # (ATVI:US)": its short form "Activision" is then found in it; unless it is a person's full name
            organisational.add(name)
        if " " not in name:
            single.add(bare_surname(folded))
            if seen.label == "PERSON":
                alone.add(folded)
        if each is not None:
            each(seen, folded)
    return frozenset(spaced), frozenset(organisational), frozenset(alone), frozenset(single)


@lru_cache(maxsize=_NAMES_CACHED)
def _organisation_shaped(name: str) -> bool:
    """An acronym or a name with a legal form ("Volkswagen AG"): an organisation's, whatever its label."""
    return is_acronym(name) or bool(designators.legal_suffix(name))


@lru_cache(maxsize=_NAMES_CACHED)
def _full_name(name: str) -> bool:
    """Whether a name may be someone's full name: several words, not a surname with its particles nor one cut off
    before it, not a country's nor a well-known body's."""
    return " " in name and not _surname_only(name) and not _cut_before_surname(name) \
        and not countries.lookup(name) and not is_body(name)


class Gathered:
    """What the linker learns of the corpus from each article alone, ``add``-ed one article at a time in corpus
    order: the full names with their mentions' votes and whether they all open a sentence (folded full name ->
    ``_FullName``), the acronyms the corpus calls organisations (folded, without dots), every name, the long forms
    the articles define, and each article's names (``_article_names``)."""

    def __init__(self) -> None:
        self.full_names: dict[str, _FullName] = {}
        self.acronyms: set[str] = set()
        self.other_names: set[str] = set()
        self.defined: dict[str, str] = {}
        self.articles: list[_ArticleNames] = []

    def add(self, article: Observed) -> None:
        full_names, named = self.full_names, set()  # and the article's full names (folded)

        def each(seen: Observation, folded: str) -> None:
            name = seen.name
            self.other_names.add(name)
            if seen.label == "ORG" and is_acronym(name):
                self.acronyms.add(fold(name.replace(".", "")))
            if _full_name(name):
                entry = full_names.get(folded)
                if entry is None:
                    entry = full_names[folded] = _FullName(name)
                entry.ballot.cast(seen)
                entry.initial = entry.initial and seen.initial
                entry.mentions += 1
                entry.person_labels += seen.label == "PERSON"
                named.add(folded)

        names = _article_names(article, each)
        single = names[3]  # the article's one-word names
        for folded in named:
            if _surnamed(folded, single):
                full_names[folded].ballot.surnamed()
        self.defined.update(article.definitions)
        self.articles.append(names)


def _surnamed(folded: str, single: AbstractSet[str]) -> bool:
    """A full name whose last word its article also gives alone ("Stefanos Tsitsipas", "Tsitsipas"); not a
    town's name ("Borussia Dortmund", "Dortmund": a club) nor a known team's ("Aston Villa", "Villa")."""
    last = folded.rsplit(maxsplit=1)[-1]
    return last in single and not places.in_gazetteer(last) and not teams.teams(folded)


def _observations(article: Observed) -> Iterator[Observation]:
    """The observations of one article, leaving out the mentions that name no actor."""
    return (seen for sentence in article.sentences for seen in sentence if seen)
