"""Merges, sixth pass of the merge rules (issue 15, docs/entities.md section 34): one small case per class, each failing
before its rule."""

from __future__ import annotations

import kgraph
from kgraph.recognise import Recogniser
from kgraph.resolve.repeats import Repeats

from .test_merges import entity_of
from .test_resolve import article, resolved, sentence


def _aliases(graph, label: str) -> set[str]:
    found = [data for _, data in graph.nodes(data=True) if data["label"] == label]
    assert found, f"no node labelled {label!r}"
    return {alias for alias in found[0].get("aliases", "").split("|") if alias}


def test_a_title_case_headline_is_read_in_the_case_its_text_gives(nlp):
    graph = kgraph.build_texts([{
        "id": "a", "title": "Rakoff Trims Fee Bid, Lifts Hopes Of Petrobras Investors",
        "text": "U.S. District Judge Jed Rakoff has ruled that the objector can have just a small fraction of "
                "the fees it asked for in the settlement with the oil giant Petrobras.\n\n"
                "The judge said the work had done little for the investors.",
    }], recogniser=Recogniser(nlp=nlp))
    assert "Rakoff" in _aliases(graph, "Jed Rakoff")
    assert not any("Trims" in data["label"] or "Lifts" in data["label"] for _, data in graph.nodes(data=True))


def test_a_generational_suffix_keeps_its_full_stop_and_its_nickname():
    result, observed = resolved(article(
        "a",
        sentence("Ferdinand Marcos Jr.'s cabinet declined to attend.", ("Ferdinand Marcos Jr.'s", "PERSON")),
        sentence('President Ferdinand "Bongbong" Marcos Jr. was abroad, and Bongbong said nothing.',
                 ('Ferdinand "Bongbong" Marcos Jr.', "PERSON"), ("Bongbong", "PERSON")),
    ))
    marcos = entity_of(result, observed, 0, 0, 0)
    assert marcos.label == "Ferdinand Marcos Jr."
    assert entity_of(result, observed, 0, 1, 1) == marcos


def test_two_sentence_opening_names_ending_in_jr_share_no_surname():
    result, observed = resolved(article(
        "a",
        sentence("Kelly Oubre Jr. added 23 points off the bench.", ("Kelly Oubre Jr.", "PERSON")),
        sentence("Michael Porter Jr. scored 18.", ("Michael Porter Jr.", "PERSON")),
        sentence("The scorers were Curry and Oubre.", ("Curry", "PERSON"), ("Oubre", "PERSON")),
    ))
    assert entity_of(result, observed, 0, 2, 1) == entity_of(result, observed, 0, 0, 0)


def test_a_given_name_in_the_title_list_opens_a_name():
    result, observed = resolved(article(
        "a",
        sentence("Mahdi Mohamud, who will begin his sentence in hospital, raised the knife.", ("Mahdi Mohamud", "PERSON")),
        sentence("Mohamud pleaded guilty on Tuesday.", ("Mohamud", "PERSON")),
    ))
    mohamud = entity_of(result, observed, 0, 0, 0)
    assert mohamud.label == "Mahdi Mohamud"
    assert entity_of(result, observed, 0, 1, 0) == mohamud


def test_a_court_of_appeals_by_its_ordinal_is_one_court_whether_in_figures_or_words():
    result, observed = resolved(article(
        "a",
        sentence("The Ninth Circuit said the law was valid.", ("The Ninth Circuit", "ORG")),
        sentence("A 9th Circuit panel agreed.", ("9th Circuit", "ORG")),
    ))
    court = entity_of(result, observed, 0, 0, 0)
    assert court.type == "organisation" and court.label == "Ninth Circuit"
    assert entity_of(result, observed, 0, 1, 0) == court


def test_a_persons_initials_defined_in_brackets_are_that_person():
    result, observed = resolved(article(
        "a",
        sentence("Crown Prince Mohammed bin Salman (MBS) met officials in Riyadh.",
                 ("Crown Prince Mohammed bin Salman", "PERSON"), ("MBS", "PERSON")),
        sentence("MBS has pushed reforms since 2017.", ("MBS", "PERSON")),
    ))
    prince = entity_of(result, observed, 0, 0, 0)
    assert prince.label == "Mohammed bin Salman"
    assert entity_of(result, observed, 0, 0, 1) == entity_of(result, observed, 0, 1, 0) == prince


def test_a_name_cut_at_its_particles_is_made_whole_and_its_surname_links():
    mended = Repeats().find(article(
        "a",
        sentence("Ursula von der Leyen, president of the Commission, spoke.", ("Ursula von der", "PERSON"),
                 ("Leyen", "GPE")),
        sentence("Manager Erik ten Hag said United must improve.", ("Erik", "PERSON"), ("ten", "CARDINAL")),
        sentence("Von der Leyen said the bloc was united.", ("Von der Leyen", "ORG")),
    ))
    assert [[(m.text, m.label) for m in s.mentions] for s in mended.sentences[:2]] == [
        [("Ursula von der Leyen", "PERSON")], [("Erik ten Hag", "PERSON")]]
    result, observed = resolved(mended)
    assert entity_of(result, observed, 0, 2, 0) == entity_of(result, observed, 0, 0, 0)


def test_a_ministry_or_department_named_by_its_field_either_way_round_is_one_body():
    result, observed = resolved(
        article("a", sentence("The Justice Department charged the firm.", ("The Justice Department", "ORG")),
                sentence("The Interior Ministry said police were ready.", ("The Interior Ministry", "ORG"))),
        article("b", sentence("The U.S. Department of Justice said it had evidence.",
                              ("The U.S. Department of Justice", "ORG")),
                sentence("The Ministry of the Interior denied it.", ("The Ministry of the Interior", "ORG"))),
    )
    assert entity_of(result, observed, 0, 0, 0) == entity_of(result, observed, 1, 0, 0)
    assert entity_of(result, observed, 0, 1, 0) == entity_of(result, observed, 1, 1, 0)


def test_a_name_before_administration_is_a_leaders_and_its_one_word_form_joins_it():
    result, observed = resolved(article(
        "a",
        sentence("The Luiz Inácio Lula da Silva administration has taken another step at Petrobras.",
                 ("The Luiz Inácio Lula da Silva", "ORG"), ("Petrobras", "ORG")),
        sentence("Lula has said the company must change.", ("Lula", "PERSON")),
        sentence("The Food and Drug Administration approved the drug.", ("The Food and Drug Administration", "ORG")),
    ))
    lula = entity_of(result, observed, 0, 0, 0)
    assert lula.type == "person"
    assert entity_of(result, observed, 0, 1, 0) == lula
    assert entity_of(result, observed, 0, 2, 0).type == "organisation"


def test_the_initials_states_use_of_themselves_are_those_countries():
    from kgraph.resolve import countries
    assert [countries.lookup(n) for n in ("PRC", "DPRK", "ROK", "KSA", "Lao PDR")] == ["CHN", "PRK", "KOR", "SAU", "LAO"]


def test_a_partys_acronym_in_its_own_language_is_its_english_name():
    result, observed = resolved(
        article("a", sentence("Erdogan's AKP lost Istanbul and Ankara.", ("AKP", "ORG"))),
        article("b", sentence("The Justice and Development Party conceded.", ("The Justice and Development Party", "ORG"))),
        article("c", sentence("Spain's PSOE and Poland's PiS disagreed.", ("PSOE", "ORG"), ("PiS", "ORG"))),
    )
    akp = entity_of(result, observed, 0, 0, 0)
    assert akp.label == "Justice and Development Party"
    assert entity_of(result, observed, 1, 0, 0) == akp
    assert [entity_of(result, observed, 2, 0, i).label for i in (0, 1)] == [
        "Spanish Socialist Workers' Party", "Law and Justice"]


def test_abbreviated_titles_and_police_ranks_are_titles_not_names():
    result, observed = resolved(article(
        "a",
        sentence("Detective Inspector Sam Jones led the inquiry, Atty. Gen. Merrick Garland said.",
                 ("Sam Jones", "PERSON"), ("Atty", "PERSON"), ("Merrick Garland", "PERSON")),
        sentence("DI Jones said the attack was planned.", ("DI Jones", "ORG")),
    ))
    jones = entity_of(result, observed, 0, 0, 0)
    assert entity_of(result, observed, 0, 1, 0) == jones
    assert entity_of(result, observed, 0, 0, 1) is None  # "Atty" alone names no one


def test_a_name_cut_before_a_surname_the_article_uses_alone_is_made_whole():
    mended = Repeats().find(article(
        "a",
        sentence("Lt. Gen. Ahmed Sharif Chaudhry briefed reporters.", ("Ahmed Sharif", "PERSON")),
        sentence("Chaudhry said the strikes were precise.", ("Chaudhry", "PERSON")),
    ))
    assert [m.text for m in mended.sentences[0].mentions] == ["Ahmed Sharif Chaudhry"]


def test_a_company_by_its_core_name_is_that_company():
    extraction = article(
        "a",
        sentence("Alibaba Group Holding Ltd. reported quarterly revenue.", ("Alibaba Group Holding Ltd.", "ORG")),
        sentence("Alibaba said cloud sales rose.",),
        sentence("The Walt Disney Co. named a new chief, and Disney shares rose.",
                 ("The Walt Disney Co.", "ORG"), ("Disney", "ORG")),
    )
    mended = Repeats().find(extraction)
    assert [m.text for m in mended.sentences[1].mentions] == ["Alibaba"]
    result, observed = resolved(mended)
    assert entity_of(result, observed, 0, 1, 0) == entity_of(result, observed, 0, 0, 0)
    assert entity_of(result, observed, 0, 2, 1) == entity_of(result, observed, 0, 2, 0)


def test_a_name_after_alias_is_the_persons():
    result, observed = resolved(article(
        "a",
        sentence("Murder convict Joseph Irungu, alias Jowie, will be sentenced today.",
                 ("Joseph Irungu", "PERSON"), ("Jowie", "GPE")),
        sentence("Jowie was convicted in February.", ("Jowie", "PERSON")),
    ))
    irungu = entity_of(result, observed, 0, 0, 0)
    assert entity_of(result, observed, 0, 0, 1) == entity_of(result, observed, 0, 1, 0) == irungu


def test_a_sentence_opening_given_name_the_article_uses_alone_is_no_adjective():
    result, observed = resolved(article(
        "a",
        sentence("Paetongtarn Shinawatra, daughter of Thaksin Shinawatra, may replace him; Paetongtarn is 37.",
                 ("Paetongtarn Shinawatra", "PERSON"), ("Thaksin Shinawatra", "PERSON"), ("Paetongtarn", "PERSON")),
    ))
    daughter, father, alone = (entity_of(result, observed, 0, 0, i) for i in range(3))
    assert daughter != father and alone == daughter


def test_a_surname_that_is_a_town_is_the_person_where_an_age_follows_it():
    result, observed = resolved(article(
        "a",
        sentence("Real Madrid's Jude Bellingham scored against Bayern Munich.",
                 ("Real Madrid", "ORG"), ("Jude Bellingham", "PERSON"), ("Bayern Munich", "ORG")),
        sentence("Bellingham, 20, was mobbed.", ("Bellingham", "GPE")),
        sentence("Fans in Bellingham cheered.", ("Bellingham", "GPE")),
    ))
    player = entity_of(result, observed, 0, 0, 1)
    assert entity_of(result, observed, 0, 1, 0) == player
    assert entity_of(result, observed, 0, 2, 0) != player  # the town


def test_a_bodys_name_cut_at_its_connector_is_made_whole():
    mended = Repeats().find(article("a", sentence(
        "Khan's Pakistan Tehreek-e-Insaf party said talks failed.", ("Khan", "PERSON"), ("Pakistan Tehreek", "ORG"))))
    assert [(m.text, m.label) for m in mended.sentences[0].mentions] == [
        ("Khan", "PERSON"), ("Pakistan Tehreek-e-Insaf", "ORG")]


def test_a_name_after_a_sports_or_court_role_is_a_person():
    mended = Repeats().find(article("a", sentence(
        "Manchester City boss Pep Guardiola praised the side, and prosecutor Jane Rooney agreed.",
        ("Manchester City", "GPE"))))
    assert ("Pep Guardiola", "PERSON") in [(m.text, m.label) for m in mended.sentences[0].mentions]
    assert ("Jane Rooney", "PERSON") in [(m.text, m.label) for m in mended.sentences[0].mentions]


def test_a_nickname_several_teams_share_is_the_club_the_article_names():
    result, observed = resolved(article("a", sentence(
        "Liverpool striker Mohamed Salah scored twice as the Reds beat Chelsea 4-1 at Anfield.",
        ("Liverpool", "ORG"), ("Mohamed Salah", "PERSON"), ("Reds", "ORG"), ("Chelsea", "ORG"))))
    assert entity_of(result, observed, 0, 0, 2) == entity_of(result, observed, 0, 0, 0)


def test_a_company_named_in_the_possessive_keeps_its_name_and_its_legal_form_alone_is_no_node():
    from kgraph.resolve.names import clean
    assert clean("McDonald's Corp.") == "McDonald's Corp" and clean("RUSI's Arnold") == "Arnold"
    result, observed = resolved(article("a", sentence(
        "McDonald's Corp. reported lower sales.", ("McDonald", "ORG"), ("Corp.", "ORG"))))
    assert entity_of(result, observed, 0, 0, 1) is None


def test_a_countrys_name_alone_before_a_role_is_the_country():
    result, observed = resolved(article("a", sentence(
        "Wales captain Dan Biggar believes Indian External Affairs Minister S Jaishankar.",
        ("Wales", "ORG"), ("Dan Biggar", "PERSON"), ("Indian External Affairs", "ORG"))))
    wales = entity_of(result, observed, 0, 0, 0)
    assert wales is not None and wales.type == "country"
    assert entity_of(result, observed, 0, 0, 2) is None  # a role's words, no organisation


def test_a_rank_in_capitals_alone_may_be_a_bodys_initials():
    result, observed = resolved(article("a", sentence("DCI detectives arrested two suspects.", ("DCI", "ORG"))))
    assert entity_of(result, observed, 0, 0, 0) is not None
