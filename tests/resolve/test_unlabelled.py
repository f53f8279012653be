"""Names the small model gives no usable label (issue 15, docs/entities.md section 17): people it files
as works of art or products, organisations it tags nothing before a noun only an organisation is.
Each case fails before its rule."""

from __future__ import annotations

import kgraph
from kgraph.recognise import Recogniser
from kgraph.resolve.repeats import Repeats

from .test_merges import entity_of
from .test_resolve import article, resolved, sentence


def test_people_the_model_files_as_works_or_products_are_people(nlp):
    graph = kgraph.build_texts([
        '"We have ensured the highest level of security in Bangladesh as per the capacity of the country," '
        'Rafiqul Islam of the election commission told AFP.',
        'Prosecutors listed under a sub-heading titled "individuals abroad" Ankit Jain and Ramesh Bhat, '
        'directors of a money-laundering vehicle called Wone Management.',
    ], recogniser=Recogniser(nlp=nlp))
    types = {data["label"]: data["type"] for _, data in graph.nodes(data=True)}
    assert types.get("Rafiqul Islam") == "person"
    assert types.get("Ankit Jain") == types.get("Ramesh Bhat") == "person"


def test_people_the_model_files_as_facilities_are_people(nlp):
    # "while Deepak Chahar had Rohit Sharma dismissed": the small model tags the bowler FAC (issue 15, types,
    # fifth pass); a facility's own name ("Wembley Stadium") still makes no node.
    graph = kgraph.build_texts([
        "Green was cleaned up by Tushar Deshpande in the second over, while Deepak Chahar had Rohit Sharma dismissed. "
        "Thousands gathered at Wembley Stadium on Sunday.",
    ], recogniser=Recogniser(nlp=nlp))
    types = {data["label"]: data["type"] for _, data in graph.nodes(data=True)}
    assert types.get("Deepak Chahar") == "person" and "Wembley Stadium" not in types


def test_a_facility_heading_is_no_person():
    extraction = article("a", sentence("Game Highlights", ("Game Highlights", "FAC")),
                         sentence("Later Deepak Chahar had him caught at slip.", ("Deepak Chahar", "FAC")))
    mended = Repeats().find(extraction)
    assert [[(m.text, m.label) for m in s.mentions] for s in mended.sentences] == [[], [("Deepak Chahar", "PERSON")]]


def test_only_person_shaped_misfiled_names_become_people_the_rest_go():
    extraction = article(
        "a",
        sentence("Stand-in skipper Suresh Raina won the toss as Samsung set its Galaxy S IV for the Bafana Bafana.",
                 ("Suresh Raina", "PRODUCT"), ("Samsung", "ORG"), ("Galaxy S IV", "PRODUCT"),
                 ("the Bafana Bafana", "WORK_OF_ART")),
        sentence('An initiative titled "Justice Palmer" and the Bledisloe Cup Test drew crowds.',
                 ("Justice Palmer", "WORK_OF_ART"), ("Bledisloe Cup Test", "WORK_OF_ART")),
    )
    mended = Repeats().find(extraction)
    assert [[(m.text, m.label) for m in s.mentions] for s in mended.sentences] == [
        [("Suresh Raina", "PERSON"), ("Samsung", "ORG"), ("Bafana Bafana", "ORG")], []]  # a team (section 24)


def test_an_untagged_name_before_a_noun_only_an_organisation_is_is_one():
    extraction = article(
        "a",
        sentence("The talks, first reported by the Nikkei newspaper, help Honda.", ("Honda", "ORG")),
        sentence("Former Transnet board member Iqbal Sharma is in the dock.", ("Iqbal Sharma", "PERSON")),
        sentence("The board met the Indian team, India's Test squad and the Boston club on Monday.",
                 ("Indian", "NORP"), ("India", "GPE"), ("Boston", "GPE")),
    )
    mended = Repeats().find(extraction)
    assert [[(m.text, m.label) for m in s.mentions] for s in mended.sentences] == [
        [("Nikkei", "ORG"), ("Honda", "ORG")], [("Transnet", "ORG"), ("Iqbal Sharma", "PERSON")],
        [("Indian", "NORP"), ("India", "GPE"), ("Boston", "GPE")]]
    result, observed = resolved(mended)
    assert entity_of(result, observed, 0, 1, 0).type == "organisation"


def test_the_premier_league_is_a_well_known_body_found_where_the_model_tags_nothing():
    extraction = article(
        "a",
        sentence("Mullins takes the Hornets' final two Premier League fixtures.", ("Mullins", "PERSON"),
                 ("Hornets", "ORG")),
        sentence("The Indian Premier League match and the Pakistan Premier League final were played."),
    )
    mended = Repeats().find(extraction)
    assert [(m.text, m.label) for m in mended.sentences[0].mentions] == [
        ("Mullins", "PERSON"), ("Hornets", "ORG"), ("Premier League", "ORG")]
    assert all(m.text != "Premier League" for m in mended.sentences[1].mentions)
