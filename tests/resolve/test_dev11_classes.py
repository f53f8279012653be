"""Classes found on realnews-dev11 (issue 15, docs/entities.md section 44).

Each case is invented, of the shape that went wrong on the eleventh study set before its rule, and fails without
it (but the cases that show what is kept).
"""

from __future__ import annotations

from kgraph.resolve import countries
from kgraph.resolve.mend import countries as mend_countries, organisations as mend_organisations, people as mend_people
from kgraph.resolve.organisations import definitions

from .test_resolve import article, labels, resolved, sentence


def test_a_picture_credit_and_a_wires_inputs_are_no_actors():
    """dev11: "… in Seoul. Picture: REUTERS" and the sign-off "(with PTI inputs)" made the agencies organisations."""
    result, _ = resolved(article(
        "a",
        sentence("The Norvik logo in Orinburg. Picture: NORWIRE", ("Norvik", "ORG"), ("Orinburg", "GPE"), ("NORWIRE", "ORG")),
        sentence("(with QTI inputs)", ("QTI", "ORG")),
        sentence("Ida Vale of Norwire said QTI would report.", ("Ida Vale", "PERSON"), ("Norwire", "ORG"), ("QTI", "ORG"))))
    found = labels(result)
    assert "NORWIRE" not in found and found["Norvik"] == "organisation"
    assert found["QTI"] == "organisation"  # named in the story too: the sign-off alone makes no node, nor unmakes one
    alone, _ = resolved(article("b", sentence("(with QTI inputs)", ("QTI", "ORG"))))
    assert "QTI" not in labels(alone)


def test_a_time_zone_after_a_clock_is_no_organisation():
    """dev11: "(kick-off 1945 GMT; …)" made "GMT" an organisation."""
    result, _ = resolved(article("a", sentence(
        "Kick-off is at 1945 GMT at the Orin Arena, Norvik FC said.", ("GMT", "ORG"), ("Norvik FC", "ORG"))))
    found = labels(result)
    assert "GMT" not in found and found["Norvik FC"] == "organisation"


def test_a_capitalised_particle_ending_a_cut_name_takes_the_surname():
    """dev11: "Marine Le Pen" was tagged "Marine Le": the capitalised "Le" was no particle, so the name stayed cut."""
    mended = mend_people._cut_surnames(article("a", sentence(
        "Far-right leader Ida Le Quell warned the president.", ("Ida Le", "PERSON"))))
    assert [m.text for m in mended.sentences[0].mentions] == ["Ida Le Quell"]
    kept = mend_people._cut_surnames(article("b", sentence(
        "Ida Vale met Orin Quell.", ("Ida Vale", "PERSON"), ("Orin Quell", "PERSON"))))
    assert [m.text for m in kept.sentences[0].mentions] == ["Ida Vale", "Orin Quell"]


def test_a_bodys_former_name_is_its_alias():
    """dev11: "Imperial Brands (formerly known as Imperial Tobacco)" stayed two nodes, the old name a person."""
    defined = definitions([sentence(
        "Ida Vale, chief executive of Norvik Brands (formerly known as Norvik Tobacco), will stand down.",
        ("Ida Vale", "PERSON"), ("Norvik Brands", "ORG"), ("Norvik Tobacco", "PERSON"))])
    assert defined["Norvik Tobacco"] == defined.get("Norvik Brands", defined["Norvik Tobacco"])
    result, _ = resolved(article("a", sentence(
        "Ida Vale, chief executive of Norvik Brands (formerly known as Norvik Tobacco), will stand down.",
        ("Ida Vale", "PERSON"), ("Norvik Brands", "ORG"), ("Norvik Tobacco", "PERSON"))))
    found = labels(result)
    assert found["Norvik Brands"] == "organisation" and "Norvik Tobacco" not in found


def test_a_countrys_sports_code_after_a_player_or_beside_vs_is_no_organisation():
    """dev11: "Coach: Jupp Heynckes (GER)", "Referee: … (FRA)" and "the high-profile IND vs PAK match" made the
    codes organisations."""
    assert countries.sports_code("GER") and countries.sports_code("IND") and countries.sports_code("ENG")
    assert not countries.sports_code("PRI") and not countries.sports_code("ANC") and not countries.sports_code("Ger")
    result, _ = resolved(article(
        "a",
        sentence("Coach: Orin Quellmann (GER)", ("Orin Quellmann", "PERSON"), ("GER", "ORG")),
        sentence("India won the toss in the IND vs PAK match.", ("India", "GPE"), ("IND", "ORG"), ("PAK", "ORG")),
        sentence("Ida Vale (NUP) spoke.", ("Ida Vale", "PERSON"), ("NUP", "ORG"))))
    found = labels(result)
    assert not {"GER", "IND", "PAK"} & set(found)
    assert found["NUP"] == "organisation"  # a party after a person: no country's opening letters


def test_a_line_up_with_place_labels_on_two_players_is_a_list_of_people():
    """dev11: "Keylor Navas; Lucas Vazquez, Sergio Ramos (capt), Raphael Varane, Marcelo; Mateo Kovacic, …": the
    semicolons ended the list, and the two names tagged places made the rest one of places; both players were lost."""
    result, _ = resolved(article("a", sentence(
        "Orin Vale; Ida Quellor, Tomas Norr (capt), Anton Brisk, Velmoro; Karl Dunn, Piet Moor, Jan Sorr",
        ("Orin Vale", "PERSON"), ("Ida Quellor", "GPE"), ("Tomas Norr", "PERSON"), ("Anton Brisk", "PERSON"),
        ("Velmoro", "GPE"), ("Karl Dunn", "PERSON"), ("Piet Moor", "PERSON"), ("Jan Sorr", "PERSON"))))
    found = labels(result)
    assert found["Ida Quellor"] == "person" and found["Velmoro"] == "person"
    places_kept, _ = resolved(article("b", sentence(
        "Strikes hit Norvik, Orinburg and Velmoro, Ida Vale said.", ("Norvik", "GPE"), ("Orinburg", "GPE"),
        ("Velmoro", "GPE"), ("Ida Vale", "PERSON"))))
    assert labels(places_kept)["Velmoro"] == "place"


def test_a_companys_affiliate_or_subsidiary_is_an_organisation():
    """dev11: "The firm’s affiliate Hyundai Steel turned a profit" typed the steelmaker a person."""
    result, _ = resolved(article("a", sentence(
        "The firm’s affiliate Norvik Steel turned a profit, and its subsidiary Orin Quell lost money.",
        ("Norvik Steel", "PERSON"), ("Orin Quell", "PERSON"))))
    found = labels(result)
    assert found["Norvik Steel"] == "organisation" and found["Orin Quell"] == "organisation"


def test_a_players_time_at_a_club_or_move_from_one_is_the_club_not_the_town():
    """dev11: "his contract at Fulham expired", "his opportunity at Chelsea" and "signed from Aston Villa" read as the
    towns (the words of "a win at Bournemouth"), so the clubs' sentences lost their edges."""
    from kgraph.resolve import teams
    mended = teams.found(article("a", sentence(
        "Ida Vale joined Chelsea after his contract at Fulham expired, scoring a goal in the league.",
        ("Ida Vale", "PERSON"), ("Chelsea", "ORG"), ("Fulham", "GPE"))))
    assert [(m.text, m.label) for m in mended.sentences[0].mentions] == [
        ("Ida Vale", "PERSON"), ("Chelsea", "ORG"), ("Fulham", "ORG")]
    town = teams.found(article("b", sentence(
        "Chelsea beat Burnley in the league after a win at Fulham, scoring a late goal.",
        ("Chelsea", "ORG"), ("Burnley", "ORG"), ("Fulham", "GPE"))))
    assert [(m.text, m.label) for m in town.sentences[0].mentions][-1] == ("Fulham", "GPE")


def test_a_body_cut_before_its_for_the_rest_is_made_whole():
    """dev11: "Democratic Party for the People" (Japan) was tagged "Democratic Party", so missing."""
    mended = mend_organisations._bodies_for(article("a", sentence(
        "The Norvik Party for the People got 22 seats, and the Orin Party for the first time none.",
        ("Norvik Party", "ORG"), ("Orin Party", "ORG"))))
    assert [m.text for m in mended.sentences[0].mentions] == ["Norvik Party for the People", "Orin Party"]


def test_an_east_asian_name_cut_before_its_third_word_is_made_whole():
    """dev11: "President Yoon Suk Yeol of the PPP" was tagged "Yoon Suk", and "Yoon" stayed apart from it."""
    mended = mend_people._three_syllable_names(article("a", sentence(
        "President Park Sun Jol of the party met Ida Vale In Seoul and Joe Root Test fans.",
        ("Park Sun", "PERSON"), ("Ida Vale", "PERSON"), ("Joe Root", "PERSON"))))
    assert [m.text for m in mended.sentences[0].mentions] == ["Park Sun Jol", "Ida Vale", "Joe Root"]


def test_an_article_before_a_surname_that_modifies_a_noun_is_the_nouns():
    """dev11: "A Nawrocki win …", "the Tusk government": the "A" and "the" counted against a person, and the two
    Polish surnames made no node."""
    result, _ = resolved(article(
        "a",
        sentence("A Quellmann win would be a danger for Norrby.", ("Quellmann", "PERSON"), ("Norrby", "PERSON")),
        sentence("The Norrby government says judges were wrongly appointed.", ("Norrby", "PERSON"))))
    found = labels(result)
    assert found["Quellmann"] == "person" and found["Norrby"] == "person"
    kept, _ = resolved(article("b", sentence("The Norvik said it would appeal.", ("Norvik", "PERSON"))))
    assert labels(kept).get("Norvik") != "person"  # "the" before a name that is no modifier still counts


def test_two_bodies_acronyms_joined_by_a_slash_are_both_mentions():
    """dev11: "his CDU/CSU bloc and the Social Democratic Party" tagged "CDU/CSU bloc" as one organisation, which came
    to nothing, so Germany's conservatives lost their pairs."""
    mended = mend_organisations._slashed_alliances(article("a", sentence(
        "A deal between his NVP/OPU bloc and the Orin Party (OP).", ("NVP/OPU bloc", "ORG"), ("the Orin Party", "ORG"))))
    assert [m.text for m in mended.sentences[0].mentions] == ["NVP", "OPU", "the Orin Party"]
    result, _ = resolved(mended)
    found = labels(result)
    assert found["NVP"] == "organisation" and found["OPU"] == "organisation"
    credit, _ = resolved(article("b", sentence("The scene in Orinburg. EPA/EFE", ("Orinburg", "GPE"), ("EPA", "ORG"),
                                               ("EFE", "ORG"))))
    assert "EPA" not in labels(credit)  # a photographer's agencies: still a credit


def test_the_names_of_a_line_up_line_are_people():
    """dev11: in "Onana; Dalot, Casemiro, Evans, Wan-Bissaka; …" and "Subs: Bayindir, Amass, Kambwala, …" the small
    model tagged the surnames places, organisations or nothing."""
    mended = mend_people._line_up_lines(article("a", sentence(
        "Subs: Bayindor, Amsello, Kambwalo, Ogunneyo, Collyor, Erikso", ("Bayindor", "GPE"), ("Kambwalo", "ORG"))))
    assert [(m.text, m.label) for m in mended.sentences[0].mentions] == [
        ("Bayindor", "PERSON"), ("Amsello", "PERSON"), ("Kambwalo", "PERSON"), ("Ogunneyo", "PERSON"),
        ("Collyor", "PERSON"), ("Erikso", "PERSON")]
    places = mend_people._line_up_lines(article("b", sentence(
        "Paris, London, Berlin, Madrid, Rome, Vienna", ("Paris", "GPE"), ("London", "GPE"))))
    assert [m.label for m in places.sentences[0].mentions] == ["GPE", "GPE"]  # a list of places stays one


def test_a_transfer_from_a_town_named_club_after_the_players_name_is_the_club():
    """dev11: "Real Madrid sign Jude Bellingham from Dortmund" read "Dortmund" as the town, apart from "Borussia
    Dortmund"."""
    from kgraph.resolve import teams
    mended = teams.found(article("a", sentence(
        "Real Madrid sign Ida Vale from Chelsea for a fee, the league club said after the match.",
        ("Real Madrid", "ORG"), ("Ida Vale", "PERSON"), ("Chelsea", "GPE"))))
    assert [(m.text, m.label) for m in mended.sentences[0].mentions][-1] == ("Chelsea", "ORG")


def test_new_before_a_club_and_a_role_is_no_part_of_the_clubs_name():
    """dev11: "New Chelsea boss Enzo Maresca" made "New Chelsea" a club of its own."""
    mended = mend_organisations._new_club_roles(article("a", sentence(
        "New Chelsea boss Ida Vale knows him well.", ("New Chelsea", "GPE"), ("Ida Vale", "PERSON"))))
    assert [(m.text, m.label) for m in mended.sentences[0].mentions] == [("Chelsea", "ORG"), ("Ida Vale", "PERSON")]
    kept = mend_organisations._new_club_roles(article("b", sentence(
        "New Chelsea was built in 1900.", ("New Chelsea", "GPE"))))
    assert [m.text for m in kept.sentences[0].mentions] == ["New Chelsea"]


def test_the_holder_of_a_role_line_is_a_person():
    """dev11: "Referee: Cuneyt Cakir (TUR)" was tagged nothing, so the referee was missing."""
    mended = mend_people._role_line_holders(article(
        "a", sentence("Referee: Orin Quellmann (TUR)"), sentence("Coach: Ida Norrvale", ("Ida Norrvale", "GPE")),
        sentence("Referee: the match was tense."), sentence("Manager: Sales Department")))
    assert [(m.text, m.label) for s in mended.sentences for m in s.mentions] == [
        ("Orin Quellmann", "PERSON"), ("Ida Norrvale", "PERSON")]


def test_a_short_form_defined_for_lower_case_words_is_a_term_not_a_body():
    """dev11: "employer national insurance contributions (NIC)" and then "NIC bills" made "NIC" an organisation."""
    result, _ = resolved(article(
        "a",
        sentence("Firms face higher employer social levy payments (SLP) this year, Norvik said.", ("SLP", "ORG"),
                 ("Norvik", "ORG")),
        sentence("Their SLP bills will rise, the Orin Workers Union (OWU) said.", ("SLP", "ORG"),
                 ("the Orin Workers Union", "ORG"), ("OWU", "ORG"))))
    found = labels(result)
    assert "SLP" not in found and found["Norvik"] == "organisation" and found["Orin Workers Union"] == "organisation"


def test_a_list_of_companies_is_no_line_up():
    """A list of six companies tagged organisations stays one: no semicolon, no bench's or team's label, and the
    recogniser tagged no person in it (the line-up rule's limit)."""
    mended = mend_people._line_up_lines(article("a", sentence(
        "Norvik, Orinsoft, Quellco, Brisko, Dunnlux, Moorvale", ("Norvik", "ORG"), ("Orinsoft", "ORG"),
        ("Quellco", "ORG"))))
    assert [m.label for m in mended.sentences[0].mentions] == ["ORG", "ORG", "ORG"]


def test_a_participle_opening_a_sentence_is_no_part_of_the_country_after_it():
    """dev11: "Describing Ghana as a “superb country”, she …" made "Describing Ghana" a person."""
    mended = mend_countries._participle_openers(article(
        "a", sentence("Describing Ghana as a superb country, she spoke.", ("Describing Ghana", "PERSON")),
        sentence("Irving Berlin wrote songs.", ("Irving Berlin", "PERSON"))))
    assert [(m.text, m.label) for s in mended.sentences for m in s.mentions] == [
        ("Ghana", "GPE"), ("Irving Berlin", "PERSON")]
