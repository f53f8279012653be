"""Classes found on realnews-dev7 (issue 15, docs/entities.md section 36).

Each case is invented, of the shape that went wrong on the seventh study set before its rule, and fails without
it (but the cases that show what is kept).
"""

from __future__ import annotations

from kgraph.resolve import designators, names, outlets
from kgraph.types import ArticleInfo

from .test_merges import entity_of
from .test_resolve import article, labels, resolved, sentence


def test_a_match_score_run_into_a_name_is_cut_from_it():
    """dev7: "Japanese qualifier Taro Daniel 6-3, 6-3" and "Stefanos Tsitsipas of Greece 6-4" lost the player and
    the country: the recogniser's span ran on into the score, and a name with a digit is no name."""
    assert names.clean("Orin Vale 6-3") == "Orin Vale"
    assert names.clean("Norvik 7\u20135") == "Norvik"
    assert names.clean("Orin Vale 6-3 6-4") is None  # two scores: a result row, not a name's tail
    assert names.clean("Route 66") is None


def test_a_countrys_name_split_at_its_and_is_one_country():
    """dev7: "Trinidad and Tobago" came out as the place "Trinidad" and the organisation "Tobago"."""
    result, observed = resolved(article("a", sentence(
        "Ida Quell of Trinidad and Tobago spoke, as did Orin Vale of Norvik and Ghana.",
        ("Ida Quell", "PERSON"), ("Trinidad", "GPE"), ("Tobago", "ORG"), ("Orin Vale", "PERSON"), ("Norvik", "GPE"),
        ("Ghana", "GPE"))))
    found = labels(result)
    assert found["Trinidad and Tobago"] == "country" and "Tobago" not in found and "Trinidad" not in found
    assert found["Ghana"] == "country" and "Norvik" in found  # two names joined by "and" that make no country


def test_a_community_a_team_and_a_citys_office_are_no_people():
    """dev7: "Caribbean Community" (CARICOM) and the cycling "Team Ineos" were typed person; "City Clerk" (an office
    in a commission's story) became a person."""
    assert designators.designated("Caribbean Community") and designators.designated("Team Ineos")
    assert designators.municipal_office("City Clerk") and designators.municipal_office("County Treasurer")
    assert not designators.municipal_office("Manchester City") and not designators.municipal_office("City Hall")
    result, _ = resolved(article("a", sentence(
        "Team Norvik and the Caribbean Community thanked the City Clerk, Mayor Ida Quell said.",
        ("Team Norvik", "PERSON"), ("Caribbean Community", "PERSON"), ("City Clerk", "PERSON"), ("Ida Quell", "PERSON"))))
    found = labels(result)
    assert found["Team Norvik"] == found["Caribbean Community"] == "organisation" and "City Clerk" not in found
    assert found["Ida Quell"] == "person"


def test_measures_and_the_short_forms_of_illnesses_and_measures_are_no_actors():
    """dev7: a bank's results made organisations of "Capital Adequacy Ratio (CAR)" and "Cost of Risk (COR)", a WHO
    digest of "Ebola virus disease (EVD)"."""
    assert designators.measure("Capital Adequacy Ratio") and designators.measure("Cost of Risk")
    assert not designators.measure("Control Risks") and not designators.measure("Norvik Bank")
    result, _ = resolved(article(
        "a",
        sentence("Its Full Impact Capital Adequacy Ratio (CAR) closed at 23%, the Norvik Bank (NB) said.",
                 ("Full Impact Capital Adequacy Ratio (CAR", "ORG"), ("Norvik Bank", "ORG"), ("NB", "ORG")),
        sentence("The Ministry of Health declared an outbreak of Tallow virus disease (TVD) in Norvik.",
                 ("Ministry of Health", "ORG"), ("TVD", "ORG"), ("Norvik", "GPE"))))
    found = labels(result)
    assert not {"Capital Adequacy Ratio", "Full Impact Capital Adequacy Ratio", "CAR", "TVD"} & set(found)
    assert found["Norvik Bank"] == found["Ministry of Health"] == "organisation"


def test_a_company_and_its_name_with_a_trade_word_are_one():
    """dev7: "Samsung Electronics" and "Samsung" stayed two nodes; "Samsung C&T" is another company."""
    result, _ = resolved(article(
        "a",
        sentence("Norvik Electronics shares rose after the ruling.", ("Norvik Electronics", "ORG")),
        sentence("Norvik said it was grateful, and Norvik C&T said nothing.", ("Norvik", "ORG"), ("Norvik C&T", "ORG"))))
    found = labels(result)
    assert "Norvik" not in found and found["Norvik Electronics"] == found["Norvik C&T"] == "organisation"


def test_a_given_name_an_organisation_took_goes_back_to_the_person_after_it():
    """dev7: "the chairman of Samsung Electronics Jay Y Lee" was tagged "Samsung Electronics Jay" and "Y Lee"."""
    result, observed = resolved(article("a", sentence(
        "The chairman of Norvik Electronics Ida Q Quell was cleared, Tallow Bank John F Vale said.",
        ("Norvik Electronics Ida", "ORG"), ("Q Quell", "PERSON"), ("Tallow Bank", "ORG"), ("John F Vale", "PERSON"))))
    found = labels(result)
    assert found["Norvik Electronics"] == "organisation" and found["Ida Q Quell"] == "person"
    assert "Tallow Bank" in found and "John F Vale" in found and "F Vale" not in found  # a designator word stays


def test_a_short_form_with_small_words_in_lower_case_is_defined_by_its_bracket():
    """dev7: "the Ministry of Health (MoH) of the Democratic Republic of the Congo" left "MoH" apart."""
    assert names.abbreviates("MoH", "Ministry of Health") and names.abbreviates("DoJ", "the Department of Justice")
    assert not names.abbreviates("MoH", "Ministry of Trade")
    assert not names.abbreviates("IdQ", "Ida Quell")  # two words: a person's initials are no body's short form


def test_a_name_run_into_a_bracket_of_its_longer_form_is_the_name_alone():
    """dev7: "occupied Karabakh (Nagorno-Karabakh)" was tagged "Karabakh (Nagorno-Karabakh" and read as the person
    "Karabakh Nagorno-Karabakh"."""
    result, _ = resolved(article(
        "a",
        sentence("Troops occupied Vask (Upper-Vask), a territory of Norvik.", ("Vask (Upper-Vask", "ORG"), ("Norvik", "GPE")),
        sentence("Clashes near Vask killed ten.", ("Vask", "GPE"))))
    found = labels(result)
    assert found["Vask"] == "place" and not any("Upper" in label for label in found)


def test_a_region_named_with_and_without_its_province_word_is_one_place():
    """dev7: "North Kivu Province" ... "North Kivu is among the most populated provinces": the bare name became a
    person."""
    result, _ = resolved(article(
        "a",
        sentence("Ebola broke out in Tallow, North Vask Province.", ("Tallow", "GPE"), ("North Vask Province", "GPE")),
        sentence("North Vask is among the most populated provinces.", ("North Vask", "PERSON"))))
    found = labels(result)
    assert found["North Vask Province"] == "place" and "North Vask" not in found


def test_a_persons_name_run_on_into_their_country_is_the_person():
    """dev7: "top-seeded Novak Djokovic of Serbia" was tagged one organisation; the player was missing."""
    result, _ = resolved(article("a", sentence(
        "The semifinal will feature Orin Vale of Ghana and the Bank of England's Ida Quell.",
        ("Orin Vale of Ghana", "ORG"), ("the Bank of England's", "ORG"), ("Ida Quell", "PERSON"))))
    found = labels(result)
    assert found["Orin Vale"] == "person" and "Orin Vale of Ghana" not in found
    assert found["Bank of England"] == "organisation"


def test_a_companys_first_word_the_recogniser_left_out_is_taken_back():
    """dev7: "a visit to the refinery and Dangote Fertiliser Limited" was tagged "Fertiliser Limited", a person."""
    result, _ = resolved(article(
        "a",
        sentence("They visited the refinery and Quell Fertiliser Limited on Monday.", ("Fertiliser Limited", "PERSON")),
        sentence("Tallow Holdings Limited rose.", ("Holdings Limited", "ORG"))))
    found = labels(result)
    assert found["Quell Fertiliser Limited"] == "organisation" and "Fertiliser Limited" not in found
    assert "Tallow Holdings Limited" not in found  # a sentence's first word is no name's without the recogniser


def test_a_short_form_a_person_goes_by_joins_their_full_name():
    """dev7: "Michael Teunissen" and "Mike Teunissen" (and so the bare "Teunissen") stayed three nodes."""
    result, _ = resolved(article(
        "a",
        sentence("Michael Quellmann won the stage.", ("Michael Quellmann", "PERSON")),
        sentence("Mike Quellmann extends his lead, and Bill Vale and Robert Vale trail.", ("Mike Quellmann", "PERSON"),
                 ("Bill Vale", "PERSON"), ("Robert Vale", "PERSON"))))
    found = labels(result)
    assert "Michael Quellmann" in found and "Mike Quellmann" not in found
    assert "Bill Vale" in found and "Robert Vale" in found  # Bill is William's, not Robert's


def test_a_sheikhs_name_keeps_its_title_among_the_ways_it_is_written():
    """dev4, dev7: "his Qatari counterpart Sheikh Mohammed bin Abdulrahman Al Thani" was found only as "Mohammed bin
    Abdulrahman Al Thani"; the name is written, and looked up, with its title."""
    result, _ = resolved(article("a", sentence(
        "His Qatari counterpart Sheikh Hamad bin Tallow Al Quell arrived, as did Mr Orin Vale.",
        ("Sheikh Hamad bin Tallow Al Quell", "PERSON"), ("Mr Orin Vale", "PERSON"))))
    by_label = {entity.label: entity for entity in result.entities.values()}
    assert "Sheikh Hamad bin Tallow Al Quell" in by_label["Hamad bin Tallow Al Quell"].aliases
    assert by_label["Orin Vale"].aliases == ("Orin Vale",)  # other titles are still dropped


def test_the_outlets_own_news_agency_is_no_actor():
    """dev7: "Kazinform News Agency cites the Akorda press service" in Kazinform's own article became a node."""
    own = outlets.own_names(ArticleInfo(id="a", source="Tallowinform", url="https://en.tallowinform.kz/news/1"))
    assert outlets.is_own("Tallowinform News Agency", own) and outlets.is_own("Tallowinform Agency", own)
    assert not outlets.is_own("Environment Agency", own)


def test_a_plurals_apostrophe_inside_a_name_stays():
    """dev7: "the Scottish Secondary Teachers' Association" was named "Scottish Secondary Teachers Association", a
    form the text never writes."""
    assert names.clean("the Tallow Teachers' Association") == "Tallow Teachers' Association"
    assert names.clean("the Workers' Party") == "Workers' Party"
    assert names.clean("Tallow Teachers'") == "Tallow Teachers"  # at the end: a possessive
    assert names.clean("Ida 'Idy' Quell") == "Ida Quell" and names.clean("Quell's") == "Quell"


def test_a_name_cut_at_its_hyphen_or_run_into_of_is_the_whole_name():
    """dev7: "Persad-Bissessar has fully supported ..." was tagged "Persad" (an organisation), and "Felix
    Auger-Aliassime of Canada 3-6" "Felix Auger-Aliassime of"; both lost the sentence's edges."""
    assert names.clean("Orin Vale of") == "Orin Vale"
    result, observed = resolved(article(
        "a",
        sentence("Ida Quell-Marsh spoke for Norvik.", ("Ida Quell-Marsh", "PERSON"), ("Norvik", "GPE")),
        sentence("Quell-Marsh has supported Tallow.", ("Quell", "ORG"), ("Tallow", "GPE"))))
    assert entity_of(result, observed, 0, 1, 0).label == "Ida Quell-Marsh"
    assert "Quell" not in labels(result)


def test_a_company_named_after_its_country_keeps_the_country_in_its_name():
    """dev7: "Taiwan Semiconductor Manufacturing Co." lost "Taiwan" as a results list's country before a person's
    name ("Botswana Bayapo Ndori") would, so "TSMC" spelled nothing; "Co" is a company's word, no person's."""
    assert not names.person_shaped("Semiconductor Manufacturing Co")
    assert names.strip_roles("Ghana Cocoa Processing Co") == "Ghana Cocoa Processing Co"
    assert names.strip_roles("Botswana Bayapo Ndori") == "Bayapo Ndori"
    result, _ = resolved(article(
        "a",
        sentence("The chairman of Ghana Semiconductor Processing Co. spoke on Tuesday.",
                 ("Ghana Semiconductor Processing Co.", "ORG")),
        sentence("GSPC shares rose.", ("GSPC", "ORG"))))
    assert labels(result) == {"Ghana Semiconductor Processing Co": "organisation"}


def test_a_bodys_name_cut_at_a_lines_end_stays_no_name():
    """The dangling "of" goes only after a person's name: the seeds' "the Security Service of" (its line ends
    there) is still no name, as before, and no node "Security Service" appears."""
    assert names.clean("the Security Service of") is None or names.clean("the Security Service of").endswith("of")


def test_a_countrys_second_half_left_untagged_is_taken_and_e_is_and():
    """dev6: "ahead of Sierra Leone and Sao Tome e Principe" gave the place "Sao Tome" (the recogniser stopped before
    "e Principe", Portuguese "and")."""
    result, _ = resolved(article("a", sentence(
        "They finished ahead of Ghana and Sao Tome e Principe, and Orin Vale and Ida Quell scored.",
        ("Ghana", "GPE"), ("Sao Tome", "ORG"), ("Orin Vale", "PERSON"), ("Ida Quell", "PERSON"))))
    found = labels(result)
    assert found["São Tomé and Príncipe"] == "country" and "Sao Tome" not in found
    assert found["Ghana"] == "country" and found["Orin Vale"] == "person"  # "Ghana and Sao" makes no country


def test_two_countries_hyphenated_are_a_relations_adjective_no_name():
    """dev7: "U.S.-China tensions" and "Kazakh-Uzbek cooperation" became organisations, "the Iran-Israel conflict"
    a place."""
    assert names.clean("U.S.-China") is None and names.clean("Kazakh-Uzbek") is None
    assert names.clean("Iran-Israel") is None
    assert names.clean("Guinea-Bissau") == "Guinea-Bissau"  # a country's own name
    assert names.clean("Alpecin-Deceuninck") == "Alpecin-Deceuninck"


def test_alhaji_is_an_honorific_no_name():
    """dev7: "Alhaji (Dr.) Umaru Kwairanga" made a person "Alhaji"."""
    assert names.is_title("Alhaji") and names.strip_roles("Alhaji Ida Quell") == "Ida Quell"
    result, _ = resolved(article("a", sentence(
        "The chairman, Alhaji (Dr.) Ida Quell, spoke.", ("Alhaji", "PERSON"), ("Ida Quell", "PERSON"))))
    assert "Alhaji" not in labels(result)
