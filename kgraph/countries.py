"""Country names, abbreviations and demonyms -> ISO 3166-1 alpha-3, from pycountry."""

from __future__ import annotations

from functools import cache

import pycountry

__all__ = ["lookup", "name"]

# Common names the standard lists under longer official ones.
_ALIASES = {
    "UK": "GBR", "U.K.": "GBR", "Britain": "GBR", "Great Britain": "GBR", "British": "GBR",
    "US": "USA", "U.S.": "USA", "USA": "USA", "America": "USA", "American": "USA",
    "Russia": "RUS", "Russian": "RUS", "Russians": "RUS", "Ukrainian": "UKR", "Ukrainians": "UKR",
    "Polish": "POL", "French": "FRA", "Israeli": "ISR", "Iranian": "IRN", "Venezuelan": "VEN",
    "Syrian": "SYR", "Armenian": "ARM", "Armenians": "ARM",
}

# Where the standard's own short name is the formal one.
_SHORT_NAMES = {"RUS": "Russia"}


@cache
def _index() -> dict[str, str]:
    index = {key.casefold(): code for key, code in _ALIASES.items()}
    for country in pycountry.countries:
        for attribute in ("name", "official_name", "common_name"):
            value = getattr(country, attribute, None)
            if value:
                index.setdefault(value.casefold(), country.alpha_3)
    return index


def lookup(text: str) -> str:
    """The alpha-3 code a name or demonym stands for, or '' when it is no country."""
    return _index().get(text.casefold(), "")


def name(code: str) -> str:
    """The short English name of a country: 'Iran', not 'Iran, Islamic Republic of'."""
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    return _SHORT_NAMES.get(code) or getattr(country, "common_name", None) or country.name.split(",")[0]
