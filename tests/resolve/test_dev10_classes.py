"""Classes found on realnews-dev10 (issue 15, docs/entities.md section 43).

Each case is invented, of the shape that went wrong on the tenth study set before its rule, and fails without
it (but the cases that show what is kept).
"""

from __future__ import annotations

from kgraph.resolve import dropped, names, outlets
from kgraph.resolve.mend import organisations as mend_organisations, people as mend_people, spans as mend_spans

from .test_merges import entity_of
from .test_resolve import article, labels, resolved, sentence


def test_vp_before_a_surname_is_a_title():
    """dev10: a headline's "VP Vance" became an organisation of its own, apart from "JD Vance": two capitals read
    as a person's initials."""
    assert names.strip_roles("VP Orinson") == "Orinson"
    assert names.strip_roles("MS Dhoni") == "MS Dhoni"  # initials stay
    result, _ = resolved(article("a", sentence("VP Orinson votes.", ("VP Orinson", "PERSON")),
                                 sentence("Vice President Tad Orinson cast the deciding vote.", ("Tad Orinson", "PERSON"))))
    assert labels(result) == {"Tad Orinson": "person"}


def test_a_countrys_adjective_opening_a_bodys_name_stays_in_it():
    """dev10: "the American Astronomical Society" came out as "Astronomical Society": the adjective was cut as
    before a person's name ("Norwegian Martin Odegaard")."""
    assert names.strip_roles("American Astronomical Society") == "American Astronomical Society"
    assert names.strip_roles("Canadian Medical Association") == "Canadian Medical Association"
    assert names.strip_roles("Norwegian Martin Odegaard") == "Martin Odegaard"


def test_a_chair_after_a_bodys_name_is_its_head():
    """dev10: "Budget Committee Chair and 28th Ward Ald. Jason Ervin" made a node "Budget Committee Chair"."""
    assert names.clean("Budget Committee Chair") == "Budget Committee"
    assert names.clean("Orin Chair") == "Orin"


def test_a_wire_service_given_a_statement_is_its_carrier():
    """dev10: "the minister's office confirmed to The Associated Press" made the agency a node."""
    assert outlets.wire_agency("Associated Press", "the minister's office confirmed to The ", ".")
    assert outlets.wire_agency("Reuters", "the company said in a statement to ", ".")
    assert not outlets.wire_agency("Reuters", "shares of ", " rose")


def test_a_one_word_name_no_gazetteer_knows_labelled_a_place_and_once_an_organisation_is_one():
    """dev10: "Nvidia", labelled GPE six times and ORG once, was a place (left out of the graph): a company
    missing with all its ties."""
    result, _ = resolved(article("a", sentence(
        "Zorvex beat forecasts. Zorvex said demand was strong. Zorvex faced a ban. Zorvex shares rose.",
        ("Zorvex", "GPE"), ("Zorvex", "GPE"), ("Zorvex", "GPE"), ("Zorvex", "ORG"))))
    assert labels(result) == {"Zorvex": "organisation"}
    result, _ = resolved(article("a", sentence(
        "Troops left Zorvex and Orinville. Zorvex was shelled.", ("Zorvex", "GPE"), ("Zorvex", "GPE"))))
    assert labels(result)["Zorvex"] == "place"  # no label says "organisation"


def test_a_double_surname_with_its_particle_is_the_person_named_in_full():
    """dev10: "Corrêa do Lago" (labelled ORG) stood apart from "André Corrêa do Lago": a surname of two words
    joined by a particle was no surname the linker knew."""
    result, _ = resolved(article("a", sentence(
        "The chair, Tomás Orinha do Vale, spoke. Later Orinha do Vale said the text was final.",
        ("Tomás Orinha do Vale", "PERSON"), ("Orinha do Vale", "ORG"))))
    assert labels(result) == {"Tomás Orinha do Vale": "person"}


def test_a_surname_that_is_a_town_is_the_article_s_person_unless_its_sentence_places_it():
    """dev10: "Machado" (a town of Brazil's gazetteer too), labelled GPE beside "María Corina Machado", stayed a
    place: "that Machado might ever be its chief" says nothing of a place."""
    result, observed = resolved(article(
        "a",
        sentence("Opposition leader Ida Lincoln is in exile.", ("Ida Lincoln", "PERSON")),
        sentence("He doubted that Lincoln might ever lead the country.", ("Lincoln", "GPE")),
        sentence("Fans in Lincoln cheered.", ("Lincoln", "GPE")),
    ))
    leader = entity_of(result, observed, 0, 0, 0)
    assert entity_of(result, observed, 0, 1, 0) == leader
    assert entity_of(result, observed, 0, 2, 0) != leader  # the town


def test_a_formal_name_as_the_company_is_formally_known_is_the_companys():
    """dev10: "Petroleo Brasileiro SA, as the company is formally known" stayed apart from "Petrobras" (labelled
    PERSON in most sentences, so the company was typed a person)."""
    result, _ = resolved(article(
        "a",
        sentence("Norvel posted a profit on Thursday.", ("Norvel", "PERSON")),
        sentence("In a filing, Nordic Velocity AS, as the company is formally known, posted a net income of $9 "
                 "billion.", ("Nordic Velocity AS", "ORG")),
        sentence("Norvel said margins were wider.", ("Norvel", "PERSON")),
    ))
    assert list(labels(result).values()) == ["organisation"]


def test_the_bracket_opening_a_story_after_its_dateline_is_its_carrier():
    """dev10: "(CNN) — The world struck a new climate deal" made the network a node: only wire agencies' names were
    read as the carrier in that bracket."""
    assert outlets.opening_credit("(", ") — The world struck a deal")
    assert outlets.opening_credit("WASHINGTON (", ") — The Senate voted")
    assert not outlets.opening_credit("The talks, led by the union (", ") — stalled")
    result, _ = resolved(article("a", sentence(
        "(Orinet) — Tad Vale said the deal was done.", ("Orinet", "ORG"), ("Tad Vale", "PERSON"))))
    assert labels(result) == {"Tad Vale": "person"}


def test_a_plural_after_the_labelled_a_person_is_a_team():
    """dev10: "the Dodgers lineup" (labelled PERSON, "the" before it) got no node: "the" counted against a person
    and nothing for anything else, so "no name" won the tie."""
    result, _ = resolved(article("a", sentence(
        "The Orioles lineup struggled, and the Orioles lost again.", ("Orioles", "PERSON"), ("Orioles", "PERSON"))))
    assert labels(result) == {"Orioles": "organisation"}


def test_a_surname_that_is_a_titles_word_is_part_of_the_name():
    """dev10: "Aaron Judge doubled" came out as "Aaron": the recogniser left "Judge", a title's word, out."""
    mended = mend_people._title_word_surnames(article("a", sentence(
        "Later Orin Judge doubled, Ida Vale met Judge Tad Orinson, and Mary Queen of Scots reigned.",
        ("Orin", "PERSON"), ("Ida Vale", "PERSON"), ("Tad Orinson", "PERSON"), ("Mary", "PERSON"))))
    assert [m.text for m in mended.sentences[0].mentions] == ["Orin Judge", "Ida Vale", "Tad Orinson", "Mary"]


def test_a_name_before_a_players_noun_is_a_club():
    """dev10: "the return of Renan Lodi, former Atlético de Madrid player" typed the club a person: only a town's
    name before "player" was read as a club's."""
    result, _ = resolved(article("a", sentence(
        "He is a former Deportivo de Orinha player.", ("Deportivo de Orinha", "PERSON"))))
    assert labels(result) == {"Deportivo de Orinha": "organisation"}


def test_a_bodys_name_with_a_possessive_inside_is_made_whole():
    """dev10: "the nonpartisan Legislative Analyst's Office" came out as "Legislative Analyst": the recogniser ended
    the name at its possessive."""
    mended = mend_organisations._possessive_institutions(article("a", sentence(
        "According to the Orin Auditor's Office, Ida Vale's Garden grew.",
        ("Orin Auditor's", "ORG"), ("Ida Vale's", "PERSON"))))
    assert [(m.text, m.label) for m in mended.sentences[0].mentions] == [
        ("Orin Auditor's Office", "ORG"), ("Ida Vale's", "PERSON")]


def test_a_gulf_familys_name_after_a_patronymic_is_part_of_the_name():
    """dev10: "Prince Abdulaziz bin Salman Al Saud" came out as "Abdulaziz bin Salman": the recogniser ended the name
    before the family's."""
    mended = mend_people._family_names_after_patronymics(article("a", sentence(
        "Minister Orin bin Tamir Al Vale spoke, and Ida Vale left for Al Orinia.",
        ("Orin bin Tamir", "PERSON"), ("Ida Vale", "PERSON"))))
    assert [m.text for m in mended.sentences[0].mentions] == ["Orin bin Tamir Al Vale", "Ida Vale"]


def test_a_name_without_its_accents_in_a_dropped_caption_is_an_alias():
    """dev10: the caption's "Vinicius Junior" (a dropped line) was no form of "Vinícius Júnior": only surnames, legal
    forms and acronyms joined from dropped lines, and only forms of another folded spelling."""
    found = dropped.aliases(["Tomas Orinha, with the number 10. Photo: Ida Vale"],
                            {"person:tomas orinha": {"Tomás Orinha"}, "person:ida vale": {"Ida Vale"}})
    assert "Tomas Orinha" in found["person:tomas orinha"] and "Ida Vale" not in found.get("person:ida vale", ())


def test_two_names_run_together_are_cut_in_two():
    """dev10: "A DodgersYankees series?" and "· National Basketball AssociationTatum scores 40" made one node of two
    names: a scraped page lost the space (or the line) between them."""
    mended = mend_spans._fused_names(article("a", sentence(
        "A BluebirdsOrioles series? The Orioles won, and SoftBank thanked the World Bank.",
        ("BluebirdsOrioles", "ORG"), ("Orioles", "ORG"), ("SoftBank", "ORG"), ("World Bank", "ORG"))))
    assert [m.text for m in mended.sentences[0].mentions] == ["Bluebirds", "Orioles", "Orioles", "SoftBank",
                                                              "World Bank"]


def test_a_known_teams_nickname_after_the_labelled_a_person_is_the_team():
    """dev10: "the Dodgers lineup" (labelled PERSON) stood apart from the headline's "Dodgers" (labelled ORG, the
    shipped teams' "Los Angeles Dodgers"): only an ORG label was looked up among the teams."""
    result, observed = resolved(article(
        "a",
        sentence("Dodgers 2, Yankees 1: a win in extras", ("Dodgers", "ORG"), ("Yankees", "ORG")),
        sentence("But the Dodgers lineup struggled.", ("Dodgers", "PERSON")),
    ))
    assert entity_of(result, observed, 0, 0, 0) == entity_of(result, observed, 0, 1, 0)


def test_a_heads_title_after_a_bodys_name_is_no_part_of_its_alias():
    """dev10: "Budget Committee Chair" became "Budget Committee" but kept the written "Budget Committee Chair" as an
    alias, a capitalised office among the body's names."""
    result, _ = resolved(article("a", sentence(
        "Budget Committee Chair Ida Vale said the vote was close.", ("Budget Committee Chair", "ORG"),
        ("Ida Vale", "PERSON"))))
    aliases = {alias for entity in result.entities.values() for alias in entity.aliases}
    assert "Budget Committee" in aliases and "Budget Committee Chair" not in aliases


def test_a_one_word_name_before_a_makers_goods_is_no_person():
    """dev10: "Nvidia's new Blackwell GPUs" typed the chip line a person."""
    result, _ = resolved(article("a", sentence(
        "Microsoft deployed thousands of the new Orinwell GPUs.", ("Microsoft", "ORG"), ("Orinwell", "PERSON"))))
    assert labels(result).get("Orinwell") == "organisation"


def test_a_club_between_the_and_a_players_noun_is_an_organisation():
    """dev10: "The Saudi Al-Hilal striker spoke with the coach" left the club untagged: only a noun of companies and
    teams before a name was read so ("Premier League side Fulham")."""
    mended = mend_organisations._before_player_nouns(article("a", sentence(
        "The Saudi Al-Orin striker spoke with the coach, and the Brazilian defender and the Porto keeper agreed on "
        "a new contract for the coming season.", ("Saudi", "NORP"))))
    assert [(m.text, m.label) for m in mended.sentences[0].mentions] == [("Saudi", "NORP"), ("Al-Orin", "ORG")]


def test_a_name_before_the_kind_of_body_it_is_is_an_organisation():
    """dev10: "Barreras, who was elected as part of Petro's Historic Pact coalition" typed the coalition a person."""
    result, _ = resolved(article("a", sentence(
        "She was elected as part of the Orin Vale coalition.", ("Orin Vale", "PERSON"))))
    assert labels(result) == {"Orin Vale": "organisation"}
