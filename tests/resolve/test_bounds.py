"""Name boundaries (issue 15, docs/entities.md section 25): where a name starts and ends."""

from __future__ import annotations

from kgraph.resolve import designators
from kgraph.resolve.names import strip_roles
from kgraph.resolve.repeats import Repeats

from .test_resolve import article, labels, resolved, sentence


def test_a_countrys_body_opened_by_an_adjective_nameparser_calls_a_title_is_an_organisation():
    assert not designators.generic("British Transport Police")
    assert designators.generic("British Foreign Secretary")  # a role, no body
    result, _ = resolved(article("a", sentence("He was arrested by British Transport Police (BTP).",
                                               ("British Transport Police", "ORG"))))
    assert labels(result)["British Transport Police"] == "organisation"


def test_a_title_word_that_opens_a_place_is_the_places():
    assert strip_roles("San Antonio Spurs") == "San Antonio Spurs"
    assert strip_roles("Sgt Lee Valentine") == "Lee Valentine"
    mended = Repeats().find(article(
        "a", sentence("The Lakers won a victory over the San Antonio Spurs on Friday night.", ("Lakers", "ORG")),
        sentence("The Spurs lost.", ("Spurs", "PERSON"))))
    assert "Antonio Spurs" not in [m.text for m in mended.sentences[0].mentions]


def test_a_full_name_run_into_the_next_word_ends_before_it():
    mended = Repeats().find(article(
        "a",
        sentence("1 . Jeff Bezos Top of the list is Amazon founder Jeff Bezos.",
                 ("Jeff Bezos Top", "PERSON"), ("Amazon", "ORG"), ("Jeff Bezos", "PERSON")),
        sentence("2 . Elon Musk Previously the world's richest person, Elon Musk's fortune has waned.",
                 ("Elon Musk Previously", "PERSON"), ("Elon Musk's", "PERSON")),
        sentence("3 . Mark Zuckerberg Meta CEO Mark Zuckerberg is the man behind Facebook.",
                 ("Mark Zuckerberg Meta", "PERSON"), ("Mark Zuckerberg", "PERSON")),
        sentence("Australian rider Michael Matthews L rides next to Mads Pedersen R.",
                 ("Michael Matthews L", "PERSON"), ("Mads Pedersen", "PERSON")),
        sentence("Michael Matthews won in Melfi.", ("Michael Matthews", "PERSON")),
        sentence("Jorge Chávez Cresta spoke; Jorge Chávez said so.", ("Jorge Chávez Cresta", "PERSON"),
                 ("Jorge Chávez", "PERSON")),
    ))
    found = [(m.text, m.label) for s in mended.sentences for m in s.mentions]
    assert ("Jeff Bezos", "PERSON") in found and ("Jeff Bezos Top", "PERSON") not in found
    assert ("Elon Musk", "PERSON") in found and ("Elon Musk Previously", "PERSON") not in found
    assert ("Mark Zuckerberg Meta", "PERSON") not in found and ("Meta", "ORG") in found
    assert ("Michael Matthews", "PERSON") in found and ("Michael Matthews L", "PERSON") not in found
    assert ("Jorge Chávez Cresta", "PERSON") in found  # a double surname stays whole
    dashed = Repeats().find(article(
        "b", sentence("Andre Villas-Boas – Spurs", ("Andre Villas-Boas – Spurs", "PERSON")),
        sentence("Andre Villas-Boas was sacked by Spurs.", ("Andre Villas-Boas", "PERSON"), ("Spurs", "ORG"))))
    assert "Andre Villas-Boas –" not in [m.text for m in dashed.sentences[0].mentions]  # a list's dash, no run-on


def test_a_name_before_a_heads_role_and_name_is_an_organisation_though_a_town_is_so_called():
    result, _ = resolved(article("a", sentence("Meta CEO Mark Zuckerberg is the man behind Facebook.",
                                               ("Meta", "ORG"), ("Mark Zuckerberg", "PERSON"), ("Facebook", "ORG"))))
    assert labels(result)["Meta"] == "organisation"


def test_ranks_and_roles_before_a_name_come_off_and_make_it_a_person():
    assert strip_roles("Rookie Dalton Knecht") == "Dalton Knecht"
    assert strip_roles("Justices Aravind Kumar") == "Aravind Kumar"
    mended = Repeats().find(article(
        "a",
        sentence("The court refused bail for Dr Benjamin Agordzor.", ("Benjamin Agordzor", "PERSON")),
        sentence("The court took the view that ACP Agordzor could interfere.", ("ACP Agordzor", "ORG")),
        sentence("The bench told Additional Solicitor General S.V. Raju to wait.",
                 ("Additional Solicitor General S.V. Raju", "ORG")),
        sentence("General Electric and Chief Minister Office spoke.", ("General Electric", "ORG"),
                 ("Chief Minister Office", "ORG")),
        sentence("The National Unity Front went to the Supreme Court, said Margaret Court.",
                 ("National Unity Front", "ORG"), ("Supreme Court", "ORG"), ("Margaret Court", "PERSON")),
        sentence("With Major Rulings Pending, the court goes on.", ("Major Rulings Pending", "ORG")),
    ))
    assert [(m.text, m.label) for s in mended.sentences[1:] for m in s.mentions] == [
        ("ACP Agordzor", "PERSON"), ("Additional Solicitor General S.V. Raju", "PERSON"),
        ("General Electric", "ORG"), ("Chief Minister Office", "ORG"),
        ("National Unity Front", "ORG"), ("Supreme Court", "ORG"), ("Margaret Court", "PERSON"),
        ("Major Rulings Pending", "ORG")]
    result, _ = resolved(mended)
    assert labels(result).get("Benjamin Agordzor") == "person" and labels(result).get("S.V. Raju") == "person"


def test_a_town_and_a_nationality_written_together_twice_are_one_name():
    mended = Repeats().find(article(
        "a",
        sentence("Chennai beat Mumbai Indians at home.", ("Chennai", "GPE"), ("Mumbai", "GPE"), ("Indians", "NORP")),
        sentence("Mumbai Indians' decision did not pay off.", ("Mumbai", "GPE"), ("Indians", "NORP")),
    ))
    assert [(m.text, m.label) for s in mended.sentences for m in s.mentions][1:] == [
        ("Mumbai Indians", "ORG"), ("Mumbai Indians", "ORG")]
    once = Repeats().find(article("b", sentence("Many Dubai Indians sent money home.", ("Dubai", "GPE"),
                                                ("Indians", "NORP"))))
    assert [m.text for m in once.sentences[0].mentions] == ["Dubai", "Indians"]


def test_a_name_split_at_its_quoted_nickname_is_made_whole():
    mended = Repeats().find(article("a", sentence(
        'The officials of President Ferdinand "Bongbong" Marcos Jr. declined to attend.',
        ("Ferdinand", "GPE"), ("Bongbong", "GPE"), ("Marcos Jr.", "PERSON"))))
    assert [(m.text, m.label) for m in mended.sentences[0].mentions] == [
        ('Ferdinand "Bongbong" Marcos Jr.', "PERSON")]
    result, _ = resolved(mended)
    assert labels(result) == {"Ferdinand Marcos Jr.": "person"}  # "Jr." keeps its full stop (section 31)


def test_two_organisations_of_one_family_tagged_as_one_name_are_two():
    mended = Repeats().find(article("a", sentence(
        "The twin stocks — Adani Enterprises and Adani Ports — gained; Procter and Gamble and the "
        "Department of Health and Human Services did not.",
        ("Adani Enterprises and Adani Ports", "ORG"), ("Procter and Gamble", "ORG"),
        ("Department of Health and Human Services", "ORG"))))
    assert [m.text for m in mended.sentences[0].mentions] == [
        "Adani Enterprises", "Adani Ports", "Procter and Gamble", "Department of Health and Human Services"]


def test_a_name_begun_at_bin_goes_back_over_its_given_name():
    mended = Repeats().find(article("a", sentence(
        "Minister of Sports Prince Abdulaziz bin Turki bin Faisal bin Abdulaziz attended.",
        ("bin Faisal bin Abdulaziz", "PERSON"))))
    assert [m.text for m in mended.sentences[0].mentions] == ["Abdulaziz bin Turki bin Faisal bin Abdulaziz"]
    result, _ = resolved(article("b", sentence(
        "Prince Abdulaziz bin Salman bin Abdulaziz and Prince Abdulaziz bin Turki bin Faisal bin Abdulaziz met.",
        ("Abdulaziz bin Salman bin Abdulaziz", "PERSON"), ("Abdulaziz bin Turki bin Faisal bin Abdulaziz", "PERSON"))))
    assert len(labels(result)) == 2  # sons of two fathers
