"""Left classes, tenth pass (issue 15, docs/entities.md section 47).

Each case is invented, of a shape that went wrong on a study set before its rule, and fails without it (but the
cases that show what is kept).
"""

from __future__ import annotations

from kgraph.resolve.mend import organisations as mend_organisations, people as mend_people

from .test_resolve import article, labels, resolved, sentence


def test_a_group_and_its_arm_by_another_holding_word_stay_two_bodies():
    """dev11: "Samsung Electronics is the key subsidiary of the sprawling Samsung Group": both cores are "Samsung",
    so the group and its listed arm were one node (a pair the gold keeps apart)."""
    result, _ = resolved(article(
        "a",
        sentence("Norvik Electronics is the key subsidiary of the sprawling Norvik Group, its heir said.",
                 ("Norvik Electronics", "ORG"), ("Norvik Group", "ORG")),
        sentence("Norvik said profit rose.", ("Norvik", "ORG"))))
    found = labels(result)
    assert found["Norvik Electronics"] == found["Norvik Group"] == "organisation"
    assert "Norvik" not in found  # the name alone is the arm's, as before
    same, _ = resolved(article(
        "b", sentence("Tallow Group Holding and Tallow Group said profit rose.",
                      ("Tallow Group Holding", "ORG"), ("Tallow Group", "ORG"))))
    assert len(labels(same)) == 1  # one body: the same first holding word


def test_a_well_known_ground_without_a_place_word_is_a_place():
    """dev11, dev10: "chat at Headingley", "the Boxing Day Test at the MCG", "La Bombonera was full" were typed
    organisation or person on the recogniser's labels."""
    result, _ = resolved(article(
        "a",
        sentence("Coach Ida Vale and Tam Orvel chat at Headingley.", ("Ida Vale", "PERSON"), ("Tam Orvel", "PERSON"),
                 ("Headingley", "ORG")),
        sentence("Orvel finished the Test at the MCG with ten wickets.", ("Orvel", "PERSON"), ("MCG", "ORG")),
        sentence("La Bombonera was full as Norvik FC won.", ("La Bombonera", "PERSON"), ("Norvik FC", "ORG"))))
    found = labels(result)
    assert found["Headingley"] == found["MCG"] == found["La Bombonera"] == "place"
    assert found["Norvik FC"] == "organisation" and found["Tam Orvel"] == "person"


def test_a_national_legislature_by_its_own_name_is_an_organisation():
    """dev11: "The German Bundestag is expected to elect Merz": "Bundestag" tagged a product, so missing; "the Duma"
    tagged a person."""
    result, _ = resolved(article(
        "a",
        sentence("The German Bundestag is expected to elect Ivo Vale as chancellor.", ("German", "NORP"),
                 ("Bundestag", "PRODUCT"), ("Ivo Vale", "PERSON")),
        sentence("The Duma passed the bill, Tam Orvel said.", ("Duma", "PERSON"), ("Tam Orvel", "PERSON")),
        sentence("Members of the Knesset met Orvel.", ("Knesset", "PERSON"), ("Orvel", "PERSON"))))
    found = labels(result)
    assert found["Bundestag"] == found["Duma"] == found["Knesset"] == "organisation"
    assert found["Ivo Vale"] == "person"
    mended = mend_organisations._legislatures(article("b", sentence(
        "The German Bundestag met as the Lok Sabha did.", ("German", "NORP"), ("the Lok Sabha", "ORG"))))
    assert [(m.text, m.label) for m in mended.sentences[0].mentions] == [
        ("German", "NORP"), ("Bundestag", "ORG"), ("the Lok Sabha", "ORG")]  # untagged: a new mention


def test_a_name_given_to_an_office_holder_is_that_persons():
    """dev11: "outgoing President Joko Widodo ... his alliance with the president, known as Jokowi": "Jokowi" became
    an organisation apart from the president."""
    result, _ = resolved(article(
        "a",
        sentence("Tam Orvel takes over from outgoing President Ivo Valdoro in October.",
                 ("Tam Orvel", "PERSON"), ("Ivo Valdoro", "PERSON")),
        sentence("Orvel's alliance with the president, known as Ivi, drew criticism.", ("Orvel", "PERSON"),
                 ("Ivi", "ORG")),
        sentence("Ivi's son is set to become vice president.", ("Ivi", "ORG"))))
    found = labels(result)
    assert "Ivi" not in found and found["Ivo Valdoro"] == "person"
    two, _ = resolved(article(
        "b",
        sentence("President Ivo Valdoro met President Tam Orvel.", ("Ivo Valdoro", "PERSON"), ("Tam Orvel", "PERSON")),
        sentence("The president, known as Ivi, smiled.", ("Ivi", "PERSON"))))
    assert "Ivi" in labels(two)  # two presidents: the name is no one's in particular


def test_a_given_name_that_is_a_creeds_word_keeps_its_surname():
    """dev11: "with Christian Pulisic ruled out": "Christian" tagged NORP, "Pulisic" nothing, so the player was
    missing."""
    mended = mend_people._given_name_adjectives(article("a",
        sentence("Potter spoke, with Christian Vulisco ruled out for a month.", ("Potter", "PERSON"),
                 ("Christian", "NORP")),
        sentence("The Christian Democrats and Christian Zionists met.", ("Christian", "NORP"), ("Christian", "NORP"))))
    first, second = mended.sentences
    assert [(m.text, m.label) for m in first.mentions] == [("Potter", "PERSON"), ("Christian Vulisco", "PERSON")]
    assert [m.label for m in second.mentions] == ["NORP", "NORP"]  # after "the"; a plural


def test_a_name_before_a_club_in_brackets_is_its_player():
    """dev10: "called for the national team Bento (Athletico Paranaense) and the side Caio Henrique (Monaco)": the
    players were typed organisations (a team's noun before them)."""
    result, _ = resolved(article("a", sentence(
        "He called up for the national team Bento (Fluminense) and Ivo Vale.",
        ("Bento", "GPE"), ("Fluminense", "ORG"), ("Ivo Vale", "PERSON"))))
    found = labels(result)
    assert found["Bento"] == "person" and found["Fluminense"] == "organisation"
    company, _ = resolved(article("b", sentence(
        "Shares of Norvik Bank (Oslo) rose.", ("Norvik Bank", "ORG"), ("Oslo", "GPE"))))
    assert labels(company)["Norvik Bank"] == "organisation"  # a town in brackets, no club


def test_a_water_or_land_word_before_a_particle_opens_a_place():
    """dev8: "the Canal del Dique restoration" was typed organisation; "Canal 13" (a broadcaster) stays as it was."""
    from kgraph.resolve import places
    assert places.landmark_opener("Canal del Dique") and places.landmark_opener("Sierra de Gredos")
    assert not places.landmark_opener("Canal 13") and not places.landmark_opener("Canal Sur")
    result, _ = resolved(article("a", sentence(
        "An audit of the Canal del Norvo restoration drew bids, Tallow Group said.",
        ("the Canal del Norvo", "ORG"), ("Tallow Group", "ORG"))))
    assert labels(result)["Canal del Norvo"] == "place"


def test_a_countrys_adjective_before_a_club_is_no_part_of_its_name():
    """dev10: "The Saudi Al-Hilal striker spoke": the capitalised "Saudi" glued to the club hid it, found nowhere."""
    from kgraph.resolve import teams
    assert [name for _, _, name in teams._matches("The Saudi Al-Hilal striker spoke earlier.")] == ["Al-Hilal"]
    assert not list(teams._matches("Bank Chelsea said so."))  # another capitalised word still glues
