"""Sentence windows (issue 15, docs/entities.md section 22): where the senter cuts inside a sentence,
the two pieces are one sentence again, so the names on both sides share its window."""

from kgraph.recognise import here


def sentences(nlp, text: str) -> list[str]:
    return [s.text for s in here._sentences(nlp(text), text, 0)]


def test_a_sentence_cut_after_an_opening_bracket_is_one_sentence(nlp):
    text = ('"Putin must be unbearably jealous [of Trump]," political analyst Abbas Gallyamov told POLITICO. '
            '"What Putin promised to do in Ukraine, Trump did in half an hour [in Venezuela]."')
    assert sentences(nlp, text) == [
        '"Putin must be unbearably jealous [of Trump]," political analyst Abbas Gallyamov told POLITICO.',
        '"What Putin promised to do in Ukraine, Trump did in half an hour [in Venezuela]."']


def test_a_sentence_the_senter_began_with_a_lower_case_word_goes_on_the_one_before(nlp):
    text = ("Analysts warn of a recession, as well as Russia's war-affected food and oil supplies. against Ukraine. "
            "The iPhone maker said so. iPhone sales rose.")
    found = sentences(nlp, text)
    assert found[0] == "Analysts warn of a recession, as well as Russia's war-affected food and oil supplies. against Ukraine."
    assert found[-1] == "iPhone sales rose."


def test_mentions_keep_their_place_in_a_mended_sentence(nlp):
    text = "Officials said the strike hit the [Russian Federation] border. It was new."
    found = list(here._sentences(nlp(text), text, 0))
    for sentence in found:
        for mention in sentence.mentions:
            assert sentence.text[mention.start:mention.end] == mention.text
    assert found[0].text.endswith("border.")


def test_a_sentence_cut_after_an_abbreviated_title_is_one_sentence(nlp):
    text = ("Supt. Rakesh Kumar said the suspect fled. Lt. Gen. Ahmed Sharif Chaudhry briefed reporters. "
            "The crowd cheered Dr. Smith. Then it rained.")
    assert sentences(nlp, text) == [
        "Supt. Rakesh Kumar said the suspect fled.", "Lt. Gen. Ahmed Sharif Chaudhry briefed reporters.",
        "The crowd cheered Dr. Smith.", "Then it rained."]
