"""Country names, abbreviations and demonyms -> ISO 3166-1 alpha-3 (pycountry + countryinfo); the UK's nations."""

from __future__ import annotations

import pytest

from kgraph.resolve import countries


@pytest.mark.parametrize("text, code", [
    ("U.K.", "GBR"), ("UK", "GBR"), ("Britain", "GBR"), ("Great Britain", "GBR"), ("United Kingdom", "GBR"),
    ("British", "GBR"), ("U.S.", "USA"), ("US", "USA"), ("America", "USA"), ("United States", "USA"),
    ("American", "USA"), ("Americans", "USA"), ("Russian Federation", "RUS"), ("Russians", "RUS"),
    ("Israeli", "ISR"), ("Polish", "POL"), ("Dutch", "NLD"), ("Holland", "NLD"), ("Argentine", "ARG"),
])
def test_names_abbreviations_and_demonyms_give_the_alpha3_code(text, code):
    assert countries.lookup(text) == code


@pytest.mark.parametrize(("text", "code"), [
    ("Philippine", "PHL"), ("Saudi", "SAU"), ("Saudis", "SAU"), ("Filipinos", "PHL"), ("Kazakh", "KAZ"),
    ("Swedes", "SWE"), ("Argentinian", "ARG"), ("Turks and Caicos Islands", "TCA"),
])
def test_adjectives_and_plurals_that_are_no_demonym_of_the_sources_give_the_code(text, code):
    assert countries.lookup(text) == code


@pytest.mark.parametrize("text", ["Welsh", "English", "IT", "IN", "European", "Kyiv", "Soviet Union"])
def test_territories_codes_and_places_are_no_country(text):
    assert countries.lookup(text) == ""


def test_short_english_names_label_countries():
    assert [countries.name(code) for code in ("RUS", "IRN", "GBR", "USA")] == [
        "Russia", "Iran", "United Kingdom", "United States"]



def test_the_four_nations_of_the_united_kingdom_are_countries_under_their_iso_3166_2_codes():
    # National teams and devolved governments are actors in news; "England" typed a place left the
    # cricket side out of the default graph. The UK itself is still GBR.
    assert [countries.lookup(n) for n in ("England", "Scotland", "Wales", "Northern Ireland", "Britain")] == [
        "GB-ENG", "GB-SCT", "GB-WLS", "GB-NIR", "GBR"]
    assert [countries.name(code) for code in ("GB-ENG", "GB-WLS")] == ["England", "Wales"]
    assert {"England", "Scotland"} <= countries.english_names()


def test_a_country_written_with_a_space_for_its_hyphen_or_an_ampersand_for_and_is_that_country():
    # issue 15, dev6: "Guinea Bissau" (a squad profile's) was typed a person
    assert countries.lookup("Guinea Bissau") == countries.lookup("Guinea-Bissau") == "GNB"
    assert countries.lookup("Trinidad & Tobago") == "TTO" and countries.lookup("Timor Leste") == "TLS"
    assert countries.lookup("Anglo-French") == ""
