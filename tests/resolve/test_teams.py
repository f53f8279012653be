"""Sports teams (issue 15, docs/entities.md section 24): the shipped table of teams
(``kgraph/resolve/teams.py``), one small case per rule, each failing before it.

Hand-made extractions stand for what the recogniser returns; ``Repeats`` is the pass that adds
what it missed (the real pipeline runs it in ``kgraph.build``).
"""

from __future__ import annotations

from kgraph.resolve import teams
from kgraph.resolve.repeats import Repeats

from .test_merges import entity_of
from .test_resolve import article, resolved, sentence


def test_the_table_names_no_place_or_country_by_a_full_name_and_every_row_has_its_columns():
    rows = teams.rows()
    assert len(rows) > 500
    assert all(row.name and row.competition and row.town for row in rows)
    assert not [row.name for row in rows if teams.places.in_gazetteer(row.name) or teams.countries.lookup(row.name)]


def test_a_team_the_recogniser_missed_or_called_a_person_is_an_organisation():
    extraction = article(
        "a",
        sentence("Bafana Bafana drew with the Flying Eagles, and Golden State Warriors fans cheered.",
                 ("Golden State Warriors", "PERSON")),
    )
    mended = Repeats().find(extraction)
    assert [(m.text, m.label) for m in mended.sentences[0].mentions] == [
        ("Bafana Bafana", "ORG"), ("Flying Eagles", "ORG"), ("Golden State Warriors", "ORG")]
    result, observed = resolved(mended)
    assert [entity_of(result, observed, 0, 0, i).type for i in range(3)] == ["organisation"] * 3


def test_a_club_of_the_south_american_turkish_and_greek_leagues_and_the_euroleague_is_an_organisation():
    extraction = article(
        "a",
        sentence("Fenerbahce beat Emporio Armani Milan while Olympiakos Piraeus lost the match.",
                 ("Fenerbahce", "PERSON"), ("Emporio Armani Milan", "PERSON"), ("Olympiakos Piraeus", "PERSON")),
        sentence("Boca scored late, but Flu won the final and the cup.", ("Boca", "PERSON")),
        sentence("Fluminense lifted the trophy.", ("Fluminense", "ORG")),
    )
    result, observed = resolved(Repeats().find(extraction))
    assert [entity_of(result, observed, 0, 0, i).type for i in range(3)] == ["organisation"] * 3
    boca = entity_of(result, observed, 0, 1, 0)
    assert boca.label == "Boca Juniors" and boca.type == "organisation"
    assert "Flu" in entity_of(result, observed, 0, 2, 0).aliases


def test_a_town_named_club_is_the_club_only_in_an_article_about_sport():
    sport = article(
        "a",
        sentence("Liverpool beat Chelsea 2-0 in the league match.", ("Liverpool", "GPE"), ("Chelsea", "GPE")),
        sentence("Arsenal won 3-0 at Bournemouth on Saturday.", ("Arsenal", "ORG"), ("Bournemouth", "ORG")),
    )
    town = article("b", sentence("Liverpool's mayor opened a library in Chelsea.", ("Liverpool", "GPE"),
                                 ("Chelsea", "GPE")))
    mended = [Repeats().find(extraction) for extraction in (sport, town)]
    result, observed = resolved(*mended)
    club, other = entity_of(result, observed, 0, 0, 0), entity_of(result, observed, 0, 0, 1)
    assert (club.label, club.type, other.label, other.type) == ("Liverpool FC", "organisation", "Chelsea FC",
                                                                  "organisation")
    assert entity_of(result, observed, 0, 1, 1).type == "place"  # "a win at Bournemouth": the town
    assert entity_of(result, observed, 1, 0, 0).type == "place"


def test_a_teams_short_and_full_names_are_one_node():
    extraction = article(
        "a",
        sentence("Man Utd beat Manchester United's rivals as the Warriors and Golden State fans watched.",
                 ("Man Utd", "ORG"), ("Manchester United", "ORG"), ("Warriors", "ORG"), ("Golden State", "ORG")),
        sentence("Spurs sacked their manager after the match.", ("Spurs", "PERSON")),
    )
    result, observed = resolved(Repeats().find(extraction))
    united = {entity_of(result, observed, 0, 0, i).label for i in (0, 1)}
    warriors = {entity_of(result, observed, 0, 0, i).label for i in (2, 3)}
    assert (united, warriors) == ({"Manchester United"}, {"Golden State Warriors"})
    spurs = entity_of(result, observed, 0, 1, 0)  # Tottenham's or San Antonio's: the article names neither
    assert (spurs.label, spurs.type) == ("Spurs", "organisation")


def test_a_team_owning_a_name_and_a_teams_town_after_in_are_told_apart():
    extraction = article(
        "a",
        sentence("Perez was ahead of Alfa Romeo’s Valtteri Bottas as Ferrari led the Grand Prix qualifying.",
                 ("Alfa Romeo’s Valtteri Bottas", "PERSON"), ("Ferrari", "ORG")),
        sentence("Veli Mothwa (AmaZulu) kept goal at Moses Mabhida Stadium in Durban.", ("Veli Mothwa", "PERSON"),
                 ("Durban", "ORG")),
    )
    mended = Repeats().find(extraction)
    assert [[(m.text, m.label) for m in s.mentions] for s in mended.sentences] == [
        [("Alfa Romeo", "ORG"), ("Valtteri Bottas", "PERSON"), ("Ferrari", "ORG")],
        [("Veli Mothwa", "PERSON"), ("AmaZulu", "ORG"), ("Durban", "GPE")]]


def test_a_team_with_a_persons_shape_gets_no_person_bonus():
    # "Aston Martin's Lance Stroll": two capitalised words look like a person's name; the table says a team
    extraction = article(
        "a",
        sentence("In qualifying, Aston Martin's Lance Stroll and Haas' Mick Schumacher set off on the grid.",
                 ("Aston Martin", "ORG"), ("Lance Stroll", "ORG"), ("Haas", "ORG"), ("Mick Schumacher", "PERSON")),
        sentence("Ferrari took pole at the Grand Prix.", ("Ferrari", "ORG")),
    )
    result, observed = resolved(Repeats().find(extraction))
    assert entity_of(result, observed, 0, 0, 0).type == "organisation"


def test_a_club_of_the_uefa_competitions_with_a_persons_shape_is_an_organisation():
    extraction = article(
        "a",
        sentence("Bayern's 8-4 victory over Legia Warsaw came after they beat Omonia Nicosia and Young Boys.",
                 ("Bayern", "ORG"), ("Legia Warsaw", "PERSON"), ("Omonia Nicosia", "PERSON"), ("Young Boys", "PERSON")),
    )
    result, observed = resolved(Repeats().find(extraction))
    assert [entity_of(result, observed, 0, 0, i).type for i in range(1, 4)] == ["organisation"] * 3
