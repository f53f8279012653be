"""Types by votes: every mention of an entity has a say, not only the recogniser's label.

A title or speech verb counts double for a person, a name shaped like a
person's (two or three plain capitalised words) once more; being listed among
places (or after "city of"), or a gazetteer place, counts for a place; "the"
before a name counts double against a person. The form of a name goes first:
designator words, legal suffixes and landmark words (``designators``, ``places``).
Places are kept as ``place`` entities, left out of the default graph; non-names get no node;
ties go to the more cautious reading (no node, then place, then organisation).
"""

from __future__ import annotations

from collections import Counter

from . import acronyms, countries, designators, legislatures, places, teams
from .evidence import Observation
from .names import is_acronym, person_shaped

__all__ = ["Ballot"]

# NORP (nationalities, religious and political groups) casts no vote: "Celtics", "Christians", "Democrats"
# are no places; a demonym of a country is found by its name before any vote.
_LABEL_VOTES = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place"}
# A gazetteer place: less than a PERSON label and a title together ("Judge Hatton"), for many
# surnames are also the names of towns.
_GAZETTEER_VOTES = 2.5
# A venue's last word ("Chase Center"): more than one label, less than a PERSON label and the shape of a
# person's name together ("Grace Park").
_VENUE_VOTES = 2
# What is said around a name that fits only an organisation ("shares of X", "X's chief executive"):
# more than a PERSON label and the shape of a person's name together.
_ORGANISATIONAL_VOTES = 3
# A station's or airport's noun after a name ("Manchester Victoria train station"): as much for a place.
_STATION_VOTES = 3
# A name an article also calls by its last word alone ("Tsitsipas"): as much as the shape of a person's name, so
# that with it a PERSON label beats three ORG labels of the full name.
_SURNAMED_VOTES = 1.5
# Counted apart: a list of people says "person" only of a name that is no acronym nor town.
_BESIDE_PERSON = "beside person"
# Highest first wins a tie.
_TIE_ORDER = ("none", "place", "organisation", "person")


class Ballot:
    """The votes of one entity's mentions, cast one mention at a time as the corpus streams by."""

    __slots__ = ("_votes", "_named", "_personal", "_headline", "_labelled", "_placed", "_surnamed")

    def __init__(self) -> None:
        self._votes: Counter[str] = Counter()
        # The labels of its mentions in articles' headlines: headline style (no articles, verbs in the present,
        # words capitalised) misleads the recogniser ("Petrobras appoints new chairman" labels the company a
        # person), so they count only for a name no sentence of a text labels.
        self._headline: Counter[str] = Counter()
        self._labelled = False  # a mention outside a headline cast its label's vote
        self._named = False  # some mention is labelled a person or an organisation
        self._personal = False  # some mention is labelled a person, or its sentence says "a person"
        self._placed = False  # some mention's sentence says "a place" (a list of places, a station's noun)
        self._surnamed = False  # an article naming it in full also names it by its last word alone (``surnamed``)

    def cast(self, seen: Observation) -> None:
        votes = self._votes
        self._placed = self._placed or seen.listed_with_place or seen.station
        if seen.station:
            # "Manchester Victoria train station": the label of that mention (PERSON, ORG) is the recogniser's slip.
            votes["place"] += _STATION_VOTES
            return
        if seen.label != "NORP" and not seen.organisational:
            # What the sentence says only of an organisation ("carmaker X", "NLRB v. X") overrules
            # the recogniser's label of that mention.
            kind = _LABEL_VOTES.get(seen.label, "none")
            if seen.headline:
                self._headline[kind] += 1
            else:
                votes[kind] += 1
                self._labelled = True
        votes["person"] += 2 * seen.titled - 2 * seen.determiner
        votes["place"] += 2 * seen.listed_with_place
        votes[_BESIDE_PERSON] += seen.listed_with_person
        votes["organisation"] += _ORGANISATIONAL_VOTES * seen.organisational
        self._named = self._named or seen.label in ("PERSON", "ORG")
        self._personal = self._personal or seen.label == "PERSON" or seen.titled or seen.listed_with_person

    def surnamed(self) -> None:
        """An article that names it in full also calls it by its last word alone ("Stefanos Tsitsipas" ...
        "Tsitsipas"), as news calls a person by surname; an organisation goes by its first word ("Novo") or a
        town ("Dortmund"), which the caller leaves out."""
        self._surnamed = True

    def decide(self, name: str) -> str | None:
        """'person', 'organisation' or 'place' for the entity named ``name``, or None (no name).

        The form of a name goes before the votes (docs/entities.md, section 5):
        titles and portfolios alone name no one, nor does an office ("Governor of
        Lagos State"), a common word alone ("Buongiorno", "Court", "Ransomware"), an illness ("Yellow
        Fever"), a column ("Startup Digest"), a stock index or a cryptocurrency ("Hang Seng", "Ethereum"); a
        landmark's last word makes a
        place ("Whitsun Reef"), a designator or legal suffix an organisation
        ("Acme Holdings", "Volkswagen AG"), a landmark's first word a place
        ("Stade de France").
        """
        if designators.generic(name) or designators.office(name) or designators.event(name) \
                or designators.lone_common_word(name) or designators.disease(name) or designators.rubric(name) \
                or designators.traded(name) or designators.municipal_office(name) or designators.measure(name) \
                or designators.government_level(name) or designators.page_label(name) or designators.creed_word(name) \
                or designators.held_role(name) or designators.unit_code(name) or designators.commodity(name):
            return None
        if places.landmark_head(name) or places.events_centre(name) or places.romance_place(name) or places.known_venue(name):
            return "place"
        if designators.designated(name) or acronyms.known(name) or legislatures.named(name):
            return "organisation"  # a well-known body or platform ("Twitter" labelled PERSON in every mention)
        if places.landmark_opener(name):
            return "place"
        votes = self._votes.copy()
        if not self._labelled:
            votes.update(self._headline)
        beside_person = votes.pop(_BESIDE_PERSON, 0)
        if designators.not_a_person(name):
            # What says "a person" here (a title, a speech verb, the label) says "an actor": an organisation.
            votes["organisation"] += max(votes["person"], 0)
            votes["person"] = float("-inf")
        else:
            # A name opening with a state's or region's name ("Jalisco New Generation", "California Chrome")
            # looks like a person's only where something else says "person" (a label, a title, a list).
            if self._named and person_shaped(name) and not designators.team_shaped(name) and not teams.teams(name) \
                    and (self._personal or not places.starts_with_region(name)):
                votes["person"] += 1.5
            if self._surnamed and person_shaped(name) and not designators.team_shaped(name):
                votes["person"] += _SURNAMED_VOTES
            if not self._placed and person_shaped(name) and places.unknown_place(name):
                # "Tomas Berdych" labelled GPE, known to no gazetteer and said to be a place by nothing else: a
                # person's full name read as a place, so the labels' place votes are a person's.
                votes["person"] += votes.pop("place", 0)
            if not is_acronym(name) and not places.in_gazetteer(name):
                # A name in a list of people ("Bhupesh Baghel, T S Singh Deo and ...", "Dhoni, Jadeja and
                # Faf du Plessis"); not "EU", not a town.
                votes["person"] += 2 * beside_person
        if self._named and votes["person"] < 0 and _plural_word(name):
            # "the Dodgers lineup" labelled PERSON: a plural after "the" is a team or a group, which takes the
            # article a person's name does not (dev10: no node at all, "none" winning the tie).
            votes["organisation"] += 1
        if not self._placed and votes["organisation"] > 0 and _unknown_one_word_place(name):
            # "Nvidia" labelled GPE six times and ORG once: a one-word name no gazetteer knows, of which nothing
            # says "a place" but the labels, and one label says "an organisation" (dev10).
            votes["organisation"] += votes.pop("place", 0)
        if places.in_gazetteer(name):
            votes["place"] += _GAZETTEER_VOTES
        if places.venue_head(name):
            votes["place"] += _VENUE_VOTES
        best = max(_TIE_ORDER, key=lambda kind: (votes[kind], -_TIE_ORDER.index(kind)))
        return None if best == "none" else best


def _unknown_one_word_place(name: str) -> bool:
    """One word, no acronym, that neither a gazetteer nor the countries' table knows: what the recogniser labels a
    place on the look of a word alone ("Nvidia")."""
    return " " not in name and name.isalpha() and not is_acronym(name) and not places.in_gazetteer(name) \
        and not countries.lookup(name)


def _plural_word(name: str) -> bool:
    """One capitalised word in "s" (not "ss"), no acronym: "Dodgers", "Warriors"."""
    return " " not in name and name.isalpha() and name[0].isupper() and name.endswith("s") \
        and not name.endswith("ss") and not name.isupper()
