"""Classes found on realnews-dev8 (issue 15, docs/entities.md section 39).

Each case is invented, of the shape that went wrong on the eighth study set before its rule, and fails without
it (but the cases that show what is kept).
"""

from __future__ import annotations

from kgraph.resolve import designators, names
from kgraph.resolve.repeats import Repeats

from .test_merges import entity_of
from .test_resolve import article, labels, resolved, sentence


def test_a_party_in_brackets_after_a_person_is_no_short_form_of_the_person():
    """dev8: "the Minister for Employment, Tuula Haatainen (SDP)" and "Evelyn Matthei (UDI)" made the party an
    alias of the person, and "UDI" alone a person; a person's own initials in brackets still name the person."""
    result, _ = resolved(article(
        "a",
        sentence("The strike was postponed by the minister, Ida Quell (NDP), on Monday.",
                 ("Ida Quell", "PERSON"), ("NDP", "ORG")),
        sentence("In Norvik, Orin Vale (UDR) was re-elected, and Lena Mart (UDR) won too.",
                 ("Norvik", "GPE"), ("Orin Vale", "PERSON"), ("UDR", "PERSON"), ("Lena Mart", "PERSON"), ("UDR", "PERSON")),
        sentence("President Andres Manuel Obrador (AMO) spoke.", ("Andres Manuel Obrador", "PERSON"), ("AMO", "ORG"))))
    found = labels(result)
    assert found["NDP"] == "organisation" and found["UDR"] == "organisation"
    assert found["Ida Quell"] == found["Orin Vale"] == "person"
    assert "AMO" not in found  # the person's initials: an alias of the person


def test_a_word_of_capitals_alone_is_no_person():
    assert designators.capitals_only("UDI") and designators.capitals_only("KDU-ČSL") and designators.capitals_only("STAN")
    assert not designators.capitals_only("Stan") and not designators.capitals_only("UK") \
        and not designators.capitals_only("Orin Vale")


def test_one_short_form_given_two_long_forms_makes_them_one_body():
    """dev8: "Comision Federal de Electricidad (CFE)" and, two paragraphs on, "Federal Electricity Commission
    (CFE)" were two organisations; one short form in capitals defined twice by an article names one body."""
    result, observed = resolved(article(
        "a",
        sentence("Signs outside the Norvik Power Authority (NPA) plant in Tarn.", ("Norvik Power Authority", "ORG"),
                 ("NPA", "ORG"), ("Tarn", "GPE")),
        sentence("The ruling strengthened the Autoridad de Energia de Norvik (NPA), Ida Quell said.",
                 ("Autoridad de Energia de Norvik", "ORG"), ("NPA", "ORG"), ("Ida Quell", "PERSON"))))
    assert entity_of(result, observed, 0, 0, 0) == entity_of(result, observed, 0, 1, 0)
    assert "autoridad de energia de norvik" not in entity_of(result, observed, 0, 0, 0).aliases  # no key as an alias


def test_a_broadcasters_call_sign_is_an_organisation_cut_from_its_town():
    """dev8: "joined his brother on-air in Toronto at CKEY-AM and CHUM-AM" lost both stations; "CJCH-AM Halifax"
    was a person, "CKSW-AM Swift Current" an organisation with its town."""
    mended = Repeats().find(article("a", sentence(
        "He worked at CJCH-AM Halifax, then at KQRS-FM and WNVK-TV in Tarn, as Ida Quell did at CKXX.",
        ("CJCH-AM Halifax", "PERSON"), ("Tarn", "GPE"), ("Ida Quell", "PERSON"))))
    found = [(m.text, m.label) for m in mended.sentences[0].mentions]
    assert found == [("CJCH-AM", "ORG"), ("KQRS-FM", "ORG"), ("WNVK-TV", "ORG"), ("Tarn", "GPE"),
                     ("Ida Quell", "PERSON")]  # "CKXX", no band: no call sign read


def test_a_name_before_international_airport_is_the_airports():
    """dev8: "the new terminal at Jorge Chavez International Airport" made "Jorge Chavez" a person."""
    result, _ = resolved(article("a", sentence(
        "The first flight from Ida Quell International Airport will fly to Tarn, Orin Vale said.",
        ("Ida Quell", "PERSON"), ("Tarn", "GPE"), ("Orin Vale", "PERSON"))))
    found = labels(result)
    assert found["Ida Quell"] == "place" and found["Orin Vale"] == "person"


def test_a_body_in_brackets_after_a_person_is_an_organisation():
    """dev8: "Kathy Barriga (Independent) lost her re-election to Tomás Vodanovic (Democratic Revolution)" lost
    the party the small model left untagged."""
    mended = Repeats().find(article("a", sentence(
        "Ida Quell (Independent) lost to Orin Vale (Norvik Renewal Party), and Lena Mart (New South Wales) won.",
        ("Ida Quell", "PERSON"), ("Orin Vale", "PERSON"), ("Lena Mart", "PERSON"))))
    found = [(m.text, m.label) for m in mended.sentences[0].mentions]
    assert ("Norvik Renewal Party", "ORG") in found
    assert not any(text in ("Independent", "New South Wales") for text, _ in found)  # one word; a gazetteer place


def test_law_firms_racing_teams_and_parties_of_a_revolution_are_designated():
    """dev8: "Fajardo Abogados law firm" (Spanish "lawyers") was typed person."""
    assert designators.designated("Fajardo Abogados") and designators.designated("Vale Asociados")
    assert designators.designated("Orin Vale Racing") and designators.designated("Democratic Revolution") \
        and designators.designated("National Renovation")
    assert not designators.designated("Orin Vale")


def test_a_name_after_town_without_of_is_a_place():
    """dev8: "arrested on the territory of Bosnia's eastern town Zvornik" typed the town a person."""
    result, _ = resolved(article("a", sentence(
        "Police arrested four men in the eastern town Tarnovo on Monday, Cape Town Orin Vale said.",
        ("Tarnovo", "PERSON"), ("Orin Vale", "PERSON"))))
    found = labels(result)
    assert found["Tarnovo"] == "place" and found["Orin Vale"] == "person"


def test_a_presidents_name_run_on_from_of_the_republic_is_a_person():
    """dev8: "led by the President of the Republic Dina Boluarte" gave the organisation "Republic Dina Boluarte"."""
    assert names.clean("the Republic Ida Quell") == "Ida Quell"
    assert names.clean("Republic Services") == "Republic Services" and names.clean("the Republic") == "Republic"
    result, _ = resolved(article("a", sentence(
        "The event was led by the President of the Republic Ida Quell, with Minister Orin Vale.",
        ("the Republic Ida Quell", "ORG"), ("Orin Vale", "PERSON"))))
    assert labels(result)["Ida Quell"] == "person"


def test_a_persons_other_full_name_after_aka_is_that_person():
    """dev8: "Raymond Mostoway, aka Dan Roman, 75, passed away" gave two people; a one-word "aka" name was read
    already, a full one was not."""
    result, observed = resolved(article(
        "a",
        sentence("Ida Quell, aka Lena Mart, died on Monday.", ("Ida Quell", "PERSON"), ("Lena Mart", "PERSON")),
        sentence("Lena Mart joined her sister Tara Mart at the station.", ("Lena Mart", "PERSON"), ("Tara Mart", "PERSON"))))
    ida = entity_of(result, observed, 0, 0, 0)
    assert entity_of(result, observed, 0, 0, 1) == entity_of(result, observed, 0, 1, 0) == ida
    assert entity_of(result, observed, 0, 1, 1) != ida


def test_a_name_after_union_is_an_organisation():
    """dev8: "organised by public sector trade unions Juko and JAU" typed "Juko" a person."""
    result, _ = resolved(article("a", sentence(
        "The strike, organised by public sector trade unions Tarko and JAU, was postponed, Ida Quell said.",
        ("Tarko", "PERSON"), ("JAU", "ORG"), ("Ida Quell", "PERSON"))))
    found = labels(result)
    assert found["Tarko"] == "organisation" and found["Ida Quell"] == "person"


def test_a_level_of_government_alone_names_no_government():
    """dev8: "more support from the State Government" made "State Government" an organisation."""
    assert designators.government_level("State Government") and designators.government_level("Federal Government")
    assert not designators.government_level("Lagos State Government") \
        and not designators.government_level("Government of Canada")
    result, _ = resolved(article("a", sentence(
        "Schools deserve more support from the State Government, Ida Quell said.", ("the State Government", "ORG"),
        ("Ida Quell", "PERSON"))))
    assert "State Government" not in labels(result)


def test_a_name_after_ceo_of_is_an_organisation():
    """dev8: '"I think so," says Dan Rosen, CEO of ARIA' typed the recording body a place."""
    result, _ = resolved(article("a", sentence(
        "\"It is a good year,\" says Ida Quell, CEO of TARA, as the president of Norvik said too.",
        ("Ida Quell", "PERSON"), ("TARA", "GPE"), ("Norvik", "GPE"))))
    found = labels(result)
    assert found["TARA"] == "organisation" and found["Norvik"] == "place"
