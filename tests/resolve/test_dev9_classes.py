"""Classes found on realnews-dev9 (issue 15, docs/entities.md section 40).

Each case is invented, of the shape that went wrong on the ninth study set before its rule, and fails without
it (but the cases that show what is kept).
"""

from __future__ import annotations

from kgraph.resolve import designators, names, outlets, places, repeats, teams
from kgraph.resolve.mend import organisations as mend_organisations, people as mend_people

from .test_resolve import article, labels, resolved, sentence


def test_a_jail_a_roundabout_and_malay_place_words_make_places():
    """dev9: "Adiala Jail", "Kamran Chowrangi" (Pakistan), "Tanjung Lesung" and "Teluk Lada" (Indonesia) were typed
    person: their place words were in no list."""
    assert places.landmark_head("Norvik Jail") and places.landmark_head("Orin Chowrangi")
    assert places.landmark_opener("Tanjung Vale") and places.landmark_opener("Teluk Orin")
    assert not places.landmark_head("Orin Vale") and not places.landmark_opener("Tan Vale")
    result, _ = resolved(article("a", sentence(
        "The judge read the verdict at Norvik Jail, near Tanjung Vale.",
        ("Norvik Jail", "PERSON"), ("Tanjung Vale", "PERSON"))))
    found = labels(result)
    assert found["Norvik Jail"] == "place" and found["Tanjung Vale"] == "place"


def test_malay_and_south_asian_honorifics_are_left_out_of_a_name():
    """dev9: "Datuk Seri Dzulkefly Ahmad" kept its Malaysian titles (so "Dzulkefly Ahmad" was no form of the node)
    and "Begum Khulsoom Nawaz" its South Asian honorific (the person was never found by her name)."""
    assert names.strip_roles("Datuk Seri Orin Vale") == "Orin Vale"
    assert names.strip_roles("Begum Ida Quell") == "Ida Quell"
    assert names.strip_roles("Haji Orin Vale") == "Orin Vale"
    assert names.strip_roles("Tan Orin Vale") == "Tan Orin Vale"  # a Chinese family name, not half of "Tan Sri"


def test_a_surname_with_an_apostrophe_inside_is_part_of_the_name():
    """dev9: "Dr Fred Matiang'i" and "David Njeng’ere" came out as "Fred" and "David": the recogniser stopped at the
    word with the apostrophe."""
    mended = mend_people._apostrophe_surnames(article("a", sentence(
        "Present were Interior Secretary Orin Matiang'i and Ida Vale's aide Tomas Njeng’ere.",
        ("Orin", "PERSON"), ("Ida Vale", "PERSON"), ("Tomas", "PERSON"))))
    assert [m.text for m in mended.sentences[0].mentions] == ["Orin Matiang'i", "Ida Vale", "Tomas Njeng’ere"]


def test_a_brand_contracted_from_a_companys_name_in_brackets_is_its_short_name():
    """dev9: "Vietnam Prosperity Joint Stock Commercial Bank (VPBank)" and "... Bank for Foreign Trade of Vietnam
    (Vietcombank)" stayed apart from "VPBank" and "Vietcombank": a brand made of its words' beginnings is no acronym."""
    assert names.word_contraction("NorBank", "Norvik Orin Commercial Bank")
    assert names.word_contraction("Velcombank", "Joint Commercial Bank of Velland")
    assert not names.word_contraction("Napoli", "Orin Vale")  # a player's club in brackets
    assert not names.word_contraction("CARICOM", "Outgoing Caribbean Community")  # capitals: an acronym's rules
    result, _ = resolved(article("a", sentence(
        "Norvik Orin Commercial Bank (NorBank) made a profit, NorBank chairman Ida Vale said.",
        ("Norvik Orin Commercial Bank", "ORG"), ("NorBank", "ORG"), ("NorBank", "ORG"), ("Ida Vale", "PERSON"))))
    found = labels(result)
    assert found["Norvik Orin Commercial Bank"] == "organisation" and "NorBank" not in found


def test_a_company_whose_name_ends_in_a_country_is_one_organisation():
    """dev9: "Industries Qatar" and "Commercial International Bank Egypt" came out as "Industries" or "Commercial
    International Bank" and the country: the recogniser tagged the country alone."""
    mended = mend_organisations._companies_of_a_country(article("a", sentence(
        "In Ghana, shares fell in petrochemical firm Industries Ghana and lender Norvik Orin Bank Ghana.",
        ("Ghana", "GPE"), ("Ghana", "GPE"), ("Norvik Orin Bank", "ORG"), ("Ghana", "GPE"))))
    mended = mend_organisations._companies_of_a_country(mended)
    assert [(m.text, m.label) for m in mended.sentences[0].mentions] == [
        ("Ghana", "GPE"), ("Industries Ghana", "ORG"), ("Norvik Orin Bank Ghana", "ORG")]
    kept = mend_organisations._companies_of_a_country(article("a", sentence(
        "Ida Vale of Norvik Ghana spoke.", ("Ida Vale", "PERSON"), ("Norvik", "ORG"), ("Ghana", "GPE"))))
    assert [m.text for m in kept.sentences[0].mentions] == ["Ida Vale", "Norvik", "Ghana"]  # no company's word


def test_a_spanish_short_form_joins_the_full_name_and_so_the_surname():
    """dev9: "Rodrigo Duterte", "Rody Duterte" (a photo credit's) and the bare "Duterte" stayed three nodes: the
    surname had two full names to go to."""
    result, _ = resolved(article(
        "a",
        sentence("Rodrigo Quellmann was arrested.", ("Rodrigo Quellmann", "PERSON")),
        sentence("A page of Rody Quellmann said Quellmann would fight.", ("Rody Quellmann", "PERSON"),
                 ("Quellmann", "PERSON"))))
    found = labels(result)
    assert "Rodrigo Quellmann" in found and "Rody Quellmann" not in found and "Quellmann" not in found


def test_a_digital_economy_minister_is_a_title():
    """dev9: "Digital Economy Minister" (a Thai cabinet post written before a name) became an organisation."""
    assert designators.generic("Digital Economy Minister") and designators.generic("Telecommunications Secretary")
    assert not designators.generic("Digital Realty")


def test_two_known_clubs_joined_by_an_ampersand_are_two_organisations():
    """dev9: "faced Al Mokawlon & Ismaily respectively" and "Al Ahly & Zamalek started" were one organisation each;
    "Al Mokawlon" (Egypt Today's spelling) and "Karagümrük" were in no row of the teams' table."""
    mended = mend_organisations._paired_teams(article("a", sentence(
        "Al Ahly & Zamalek kept the line-ups that faced Al Mokawlon & Ismaily, as Johnson & Johnson did.",
        ("Al Ahly & Zamalek", "ORG"), ("Al Mokawlon & Ismaily", "ORG"), ("Johnson & Johnson", "ORG"))))
    assert [m.text for m in mended.sentences[0].mentions] == [
        "Al Ahly", "Zamalek", "Al Mokawlon", "Ismaily", "Johnson & Johnson"]
    assert teams.teams("Karagümrük") and teams.teams("Al Mokawlon")


def test_a_clothing_retailer_named_alone_is_an_organisation():
    """dev9: "supplying many of the world's top brands including Levi's, Zara and H&M": "Zara" became a person."""
    result, _ = resolved(article("a", sentence(
        "Factories supply Zara and Primark, Orin Vale said.", ("Zara", "PERSON"), ("Primark", "PERSON"),
        ("Orin Vale", "PERSON"))))
    found = labels(result)
    assert found["Zara"] == "organisation" and found["Primark"] == "organisation" and found["Orin Vale"] == "person"


def test_a_quoted_film_title_names_no_one():
    """dev9: "Made on a budget of ₹4 crore, 'Baazigar' grossed ₹32 crore" made the film a person."""
    mended = mend_people._quoted_titles(article("a", sentence(
        "Made for ₹4 crore, 'Norvikar' grossed more than Orin \"Tomi\" Vale's “Velland” did for Ida Quell.",
        ("Norvikar", "PERSON"), ("Tomi", "PERSON"), ("Velland", "PERSON"), ("Ida Quell", "PERSON"))))
    assert [m.text for m in mended.sentences[0].mentions] == ["Tomi", "Ida Quell"]  # a nickname inside a name stays


def test_a_surname_tagged_as_a_place_right_after_the_given_names_joins_them():
    """dev9: "ex-Foreign Minister Shah Mahmood Qureshi" came out as the person "Shah Mahmood" and the place
    "Qureshi"."""
    mended = mend_people._surnames_tagged_apart(article("a", sentence(
        "Orin Vale Quellmann met Ida Vale Ghana and Tomas Vale NATO.", ("Orin Vale", "PERSON"), ("Quellmann", "GPE"),
        ("Ida Vale", "PERSON"), ("Ghana", "GPE"), ("Tomas Vale", "PERSON"), ("NATO", "ORG"))))
    assert [(m.text, m.label) for m in mended.sentences[0].mentions] == [
        ("Orin Vale Quellmann", "PERSON"), ("Ida Vale", "PERSON"), ("Ghana", "GPE"), ("Tomas Vale", "PERSON"),
        ("NATO", "ORG")]  # a country and an acronym stay apart


def test_a_person_shaped_name_labelled_a_place_makes_no_list_of_places():
    """dev9: in "The wrestlers, including Vinesh Phogat, Sakshi Malik and Bajrang Punia, alleged" (twice), the place
    label on "Bajrang Punia" made the list one of places, and "Sakshi Malik" (labelled a person) a place."""
    listed = ("The wrestlers, including Orin Vale, Ida Quellmann and Tomas Berdovik, alleged that the Norvik "
              "Federation (NF) chief lied.")
    labelled = (("Orin Vale", "ORG"), ("Ida Quellmann", "PERSON"), ("Tomas Berdovik", "GPE"),
                ("the Norvik Federation", "ORG"), ("NF", "ORG"))
    result, _ = resolved(article("a", sentence(listed, *labelled), sentence(listed, *labelled)))
    found = labels(result)
    assert found["Ida Quellmann"] == "person" and found["Orin Vale"] == "person"


def test_a_national_agency_named_with_news_carried_the_story():
    """dev9: "... has reached 43 people, Antara News reported, citing the National Disaster Mitigation Agency" kept
    the Indonesian agency as an organisation: only "Antara" was in the agencies' list."""
    assert outlets.wire_agency("Antara News", "has reached 43 people, ", " reported, citing the agency")
    assert outlets.agency_name("Tasnim News Agency")


def test_a_company_name_the_recogniser_missed_or_cut_at_its_front_is_a_mention():
    """dev9: "Hybe bought Ithaca Holdings" (untagged) and "from private equity firm TVM Capital Healthcare" (tagged
    "Capital Healthcare") lost the two companies."""
    mended = mend_organisations._untagged_companies(article("a", sentence(
        "Norvik bought Orin Holdings from equity firm NVX Capital Healthcare. Ida Vale Group said so.",
        ("Norvik", "ORG"), ("Capital Healthcare", "ORG"), ("Ida Vale", "PERSON"))))
    assert [(m.text, m.label) for m in mended.sentences[0].mentions] == [
        ("Norvik", "ORG"), ("Orin Holdings", "ORG"), ("NVX Capital Healthcare", "ORG"), ("Ida Vale", "PERSON")]


def test_a_citys_police_in_lower_case_is_an_organisation():
    """dev9: "the Delhi police has leaked names of the victims" kept only the place "Delhi"."""
    mended = mend_organisations._police_of_places(article("a", sentence(
        "The Norvik police said Ghana police and the policeman from Velland helped.",
        ("Norvik", "GPE"), ("Ghana", "GPE"), ("Velland", "GPE"))))
    assert [(m.text, m.label) for m in mended.sentences[0].mentions] == [
        ("Norvik police", "ORG"), ("Ghana", "GPE"), ("Velland", "GPE")]  # a country's police is its own rule's


def test_a_given_name_ending_in_s_in_a_long_list_of_titled_names_is_no_headline_verb():
    """dev9: "Present at the meeting were, Interior Cabinet Secretary Dr Fred Matiang'i, Education Principal Secretary
    Dr. Julius Juan, ...": the capitals read as a headline's, and "Julius" as its verb cut from "Julius Juan"."""
    listed = ("Present at the meeting were, Interior Cabinet Secretary Dr Orin Vale, Education Principal Secretary "
              "Dr. Julius Quell, Teachers Service Commission CEO Ida Norvik, Norvik Chairman Tomas Berdov and Chief "
              "Executive Officer Lena Ostrova.")
    found = repeats.Repeats().find(article("a", sentence(
        listed, ("Orin Vale", "PERSON"), ("Julius Quell", "PERSON"), ("Ida Norvik", "PERSON"),
        ("Tomas Berdov", "PERSON"), ("Lena Ostrova", "PERSON"))))
    assert "Julius Quell" in [m.text for m in found.sentences[0].mentions]
    headline = repeats.Repeats().find(article(
        "a", sentence("Orin Vale Slams Quell Over Border Deal", ("Orin Vale", "PERSON"), ("Slams Quell", "PERSON")),
        sentence("Ida Quell said so.", ("Ida Quell", "PERSON"))))
    assert "Quell" in [m.text for m in headline.sentences[0].mentions]  # a short headline's verb is still cut
