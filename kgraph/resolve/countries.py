"""Country names, abbreviations and demonyms -> ISO 3166-1 alpha-3 (the UK's four nations: ISO 3166-2).

Two maintained sources: pycountry (the ISO 3166 standard: names, official and
common names, subdivisions) and countryinfo (English short names, alternative
spellings, demonyms, capitals). A countryinfo entry is used only when pycountry
confirms its code, so a territory never poses as the country it belongs to.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import NamedTuple

import pycountry
from countryinfo import all_countries

from ..words import fold

__all__ = ["lookup", "name", "adjective", "capitals", "english_names"]

# Forms of running English that neither source lists: short forms of long
# names, abbreviations, irregular demonyms. Dots are removed
# before lookup, so "U.K." finds "UK".
_ENGLISH_NAMES = {
    "Britain": "GBR", "America": "USA", "UK": "GBR", "US": "USA", "USA": "USA",
    "UAE": "ARE", "Vatican": "VAT", "Macedonia": "MKD", "Bosnia": "BIH", "Micronesia": "FSM",
    # News style (AP, Reuters): "Congo" alone is the Democratic Republic; the other is "Republic of (the) Congo".
    "Congo": "COD", "DRC": "COD", "DR Congo": "COD", "Republic of Congo": "COG",
    # The initials states use of themselves in diplomatic and Asian news: People's Republic of China, Democratic
    # People's Republic of Korea, Republic of Korea, Kingdom of Saudi Arabia; and the Lao PDR.
    "PRC": "CHN", "Mainland China": "CHN", "DPRK": "PRK", "ROK": "KOR", "KSA": "SAU", "Lao PDR": "LAO",
    # Long forms news writes without the sources' article or in the country's own language (issue 15, dev6:
    # "Guinea Bissau, Sierra Leone and Sao Tome e Principe").
    "Democratic Republic of Congo": "COD", "Vatican City": "VAT", "Sao Tome e Principe": "STP",
}
# The four nations of the United Kingdom are countries in news as in the UK's own usage (national teams in
# cricket, football and rugby; devolved governments) but have no ISO 3166-1 code: their ISO 3166-2 codes
# stand in. No demonyms: "English", "Welsh" are as often the languages.
HOME_NATIONS = {"England": "GB-ENG", "Scotland": "GB-SCT", "Wales": "GB-WLS", "Northern Ireland": "GB-NIR"}
_ENGLISH_DEMONYMS = {
    "Britons": "GBR", "Argentine": "ARG", "Argentines": "ARG",  # countryinfo has only "Argentinean"
    "Timorese": "TLS",
    # Adjectives and plurals in common use that are not countryinfo's one demonym (nor its plural in -s
    # after -an/-i): "US and Philippine troops", "Saudi officials", "Swedes".
    "Philippine": "PHL", "Filipinos": "PHL", "Saudi": "SAU", "Saudis": "SAU", "Kyrgyz": "KGZ", "Nepali": "NPL",
    "Kazakh": "KAZ", "Uzbek": "UZB", "Tajik": "TJK", "Azeri": "AZE", "Bosnian": "BIH", "Slovenian": "SVN",
    "Icelandic": "ISL", "Ecuadorian": "ECU", "Argentinian": "ARG", "Swedes": "SWE", "Danes": "DNK",
    "Finns": "FIN", "Poles": "POL", "Turks": "TUR", "Greeks": "GRC", "Brits": "GBR",
}
# Country names that also name people or other places: a given name ("Chad", "Jordan"), a US state
# ("Georgia"), a state of Nigeria ("Niger"), a garment ("Jersey"). Where the recogniser tagged nothing,
# its silence about them may be right (``english_names``).
_AMBIGUOUS_NAMES = frozenset({"Chad", "Georgia", "Jersey", "Jordan", "Niger"})


class _Country(NamedTuple):
    """What countryinfo knows of one country that pycountry confirms."""

    code: str  # ISO 3166-1 alpha-3
    short_name: str
    spellings: list[str]  # alternative spellings
    demonym: str | None
    capital: str | None


@cache
def _sources() -> list[_Country]:
    """countryinfo's countries, checked against pycountry.

    Most populous first: a demonym shared by several entries ("American": the
    United States, American Samoa, Guam) names the largest of them.
    """
    rows = []
    for country in all_countries():
        code = country.iso(3)
        spellings = [s for s in country.alt_spellings() or () if isinstance(s, str)]
        if not code or pycountry.countries.get(alpha_3=code) is None:
            continue
        if not any(_confirms(spelling, code) for spelling in (country.name(), *spellings)):
            continue
        capital = country.capital()
        population = country.population()
        rows.append((int(population or 0), _Country(code, country.name(), spellings, country.demonym(),
                                                    capital if isinstance(capital, str) else None)))
    return [row for _, row in sorted(rows, key=lambda row: -row[0])]


def _confirms(spelling: str, code: str) -> bool:
    """Does pycountry find the country ``code`` under ``spelling``?"""
    try:
        return pycountry.countries.lookup(spelling).alpha_3 == code
    except LookupError:
        return False


@cache
def _index() -> dict[str, str]:
    index: dict[str, str] = {}
    for country in pycountry.countries:
        for attribute in ("name", "official_name", "common_name"):
            value = getattr(country, attribute, None)
            if value:
                index.setdefault(_key(value), country.alpha_3)
    for row in _sources():
        index.setdefault(_key(row.short_name), row.code)
        for spelling in row.spellings:
            # Bare ISO codes ("IN", "IT", "AM") are ordinary words in running text.
            if len(spelling) > 3 or not spelling.isupper():
                index.setdefault(_key(spelling), row.code)
        for form in _demonym_forms(row.demonym):
            index.setdefault(_key(form), row.code)
    for form, code in (*_ENGLISH_NAMES.items(), *_ENGLISH_DEMONYMS.items(), *HOME_NATIONS.items()):
        index[_key(form)] = code
    # "Benin Republic", "Congo Republic": the official "Republic of (the) X" turned round, as West and
    # Central African news writes it (not "X" alone: "Congo" is the larger DR Congo).
    for key, code in list(index.items()):
        if key.startswith("republic of "):
            index.setdefault(key.removeprefix("republic of ").removeprefix("the ") + " republic", code)
    return index


@cache
def english_names() -> frozenset[str]:
    """Countries' English names as written ("Bangladesh", "South Africa", "UK"): pycountry's names
    and common names, countryinfo's short names and the table above; not the sources' names in
    other languages ("Bhārat"), nor the names that also name people or other places.

    ``resolve.repeats`` looks for them where the recogniser tagged nothing.
    """
    found = {getattr(country, attribute, None) for country in pycountry.countries
             for attribute in ("name", "common_name")}
    found.update(row.short_name for row in _sources())
    found.update(_ENGLISH_NAMES, HOME_NATIONS)
    return frozenset(name for name in found if name and name.isascii() and "," not in name) - _AMBIGUOUS_NAMES


def _demonym_forms(demonym: str | None) -> tuple[str, ...]:
    """The adjective and its regular plural noun: Russian(s), Israeli(s); Chinese, British stay."""
    if not demonym:
        return ()
    if demonym.endswith(("an", "i")):
        return demonym, demonym + "s"
    return (demonym,)


def _key(text: str) -> str:
    """Dots, case and accents ignored, "St" read as "Saint", a hyphen as a space and "&" as "and": 'U.K.' = 'UK',
    'Cote d'Ivoire' = 'Côte d’Ivoire', 'St Lucia' = 'Saint Lucia', 'Guinea Bissau' = 'Guinea-Bissau', 'Trinidad &
    Tobago' = 'Trinidad and Tobago' = 'Trinidad e Tobago'."""
    key = " ".join(fold(text.replace(".", "").replace("-", " ").replace("&", " and ")).split())
    if " e " in key:
        key = key.replace(" e ", " and ")  # Portuguese: "Sao Tome e Principe" (issue 15, dev6)
    return "saint" + key[2:] if key.startswith("st ") else key


@lru_cache(maxsize=1 << 16)  # every mention is looked up: the same words over and over
def sports_code(code: str) -> bool:
    """Is ``code`` a country's three-letter sports code (IOC, FIFA) of the commonest shape, its English name's first
    three letters: "GER", "FRA", "TUR", "IND", "PAK", "ENG"? Not ISO's alpha-3 codes, which are parties' acronyms
    too ("PRI"). Read only where a code is expected (after a player's name, either side of "vs")."""
    return len(code) == 3 and code.isalpha() and code.isupper() and code.casefold() in _name_openings()


@cache
def _name_openings() -> frozenset[str]:
    return frozenset(name[:3].casefold() for name in english_names() if len(name) > 3)


def lookup(text: str) -> str:
    """The code a country name, abbreviation or demonym stands for (alpha-3; a UK nation's ISO 3166-2), else ''."""
    return _index().get(_key(text), "")


@cache
def name(code: str) -> str:
    """The short English name of a country: 'Iran', not 'Iran, Islamic Republic of'."""
    for nation, nation_code in HOME_NATIONS.items():
        if nation_code == code:
            return nation
    for row in _sources():
        if row.code == code:
            return row.short_name
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name.split(",")[0]


@cache
def adjective(code: str) -> str | None:
    """A country's adjective as countryinfo gives it: 'NGA' -> 'Nigerian', 'ZAF' -> 'South African'."""
    return next((row.demonym for row in _sources() if row.code == code and row.demonym), None)


def capitals() -> list[str]:
    """The capital cities countryinfo names, for the gazetteer of places (kgraph/resolve/places.py)."""
    return [row.capital for row in _sources() if row.capital]
