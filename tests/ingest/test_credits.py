"""Credits, staff and furniture of the page in every position (issue 15, docs/entities.md section 20).

Each case is invented, of the shape that became a node on real articles before these rules, and fails
without them (but the cases that show what is kept).
"""

from __future__ import annotations

import pytest

from kgraph.ingest import clean


@pytest.mark.parametrize("paragraph, prose", [
    ("Lena Varga celebrates at the Riverside Stadium in Tallow on April 24, 2025. \u2014 TCB",
     "Lena Varga celebrates at the Riverside Stadium in Tallow on April 24, 2025."),
    ("Ivo Brask arrives in Tallow on Monday. - AFP/File", "Ivo Brask arrives in Tallow on Monday."),
    ("Ivo Brask arrives in Tallow on Monday. Kestrel Photo via Getty Images", "Ivo Brask arrives in Tallow on Monday."),
    ("Ivo Brask arrives in Tallow on Monday. Photo: Mara Quill", "Ivo Brask arrives in Tallow on Monday."),
    ("Norvik expects a ruling in the third quarter Further coverage: (Reporting by Mara Quill)",
     "Norvik expects a ruling in the third quarter Further coverage:"),
    ("Talks ended on Monday. Reporting by Mara Quill; Editing by Ivo Brask", "Talks ended on Monday."),
    ("Talks ended on Monday. Mara Quill and Ivo Brask contributed to this report.", "Talks ended on Monday."),
])
def test_a_credit_after_a_paragraphs_last_sentence_is_cut(paragraph, prose):
    """Issue 15: a photo credit after a caption's dash ("— PCB") and a reporting credit at a bullet's end
    ("(Reporting by ...)") became nodes."""
    assert clean.strip_credits(paragraph) == prose


def test_a_caption_without_punctuation_loses_its_photo_credit():
    """Issue 15 (dev4): a scraped caption with no full stop kept "Photo by ... via Getty Images": "Getty Images" and
    "Photo" became people."""
    assert clean.strip_credits("Lena Varga wins in Tallow on May 8 2023 Photo by Ivo Brask AFP Photo by IVO BRASKAFP "
                               "via Getty Images") == "Lena Varga wins in Tallow on May 8 2023"
    assert clean.strip_credits("The show hangs a photo by Ivo Brask of the war") == "The show hangs a photo by Ivo Brask of the war"


@pytest.mark.parametrize("paragraph", [
    "(Except for the headline, this story has not been edited by Kestrel TV staff and is published from a syndicated "
    "feed.)",
    "(This story has not been edited by Tallow Standard staff and is auto-generated from a syndicated feed.)",
    "This story has been published from a wire agency feed without modifications to the text.",
    "This material may not be published, broadcast, rewritten or redistributed.",
])
def test_a_syndication_line_is_a_credit(paragraph):
    """Issue 15 (dev4): an aggregator's syndication line made the feed's outlet a node."""
    assert clean.boilerplate_rule(paragraph) == "credit"


def test_a_story_sentence_about_editing_is_no_syndication_line():
    assert clean.boilerplate_rule("The report has not been edited by the ministry, Ivo Brask said on Monday.") is None


@pytest.mark.parametrize("paragraph", [
    '"We will win this." \u2014 Ama Owusu',  # a quotation's speaker
    "The plan was drafted by Dr. Mara Quill",
    "Experts from ten countries contributed to the report.",
    "The deal, first reported by Reuters, was signed on Monday. The AP reported",
])
def test_a_speaker_or_a_sentence_at_a_paragraphs_end_is_no_credit(paragraph):
    assert clean.strip_credits(paragraph) == paragraph


@pytest.mark.parametrize("paragraph, rule", [
    ("Associated Press writer Mara Q. Quill in Tallow contributed to this report.", "credit"),
    ("Mara Quill contributed reporting from Tallow.", "credit"),
    ("Ivo Brask can be reached at ivo.brask@kestrel.com.", "author box"),
    ("Email: ivo.brask@kestrel.com", "author box"),
    ("Mara Quill is a senior reporter for The Kestrel covering courts and crime.", "author box"),
    ("Follow her on X for the latest.", "author box"),
    ("I am a Broadcast Journalist and a Business and Entertainment reporter!", "author box"),  # dev5: first person
])
def test_a_staff_credit_or_an_authors_box_is_dropped(paragraph, rule):
    assert clean.boilerplate_rule(paragraph) == rule


@pytest.mark.parametrize("paragraph, rule", [
    ("posted by mara quill on march 3, 2025 at 10:05", "headline or label"),  # a date is no row of data
    ("Photos by Mara Quill.", "byline"),
    ("Follow Mara Quill on Twitter for live updates.", "author box"),
])
def test_a_dated_byline_or_a_social_handle_line_is_dropped(paragraph, rule):
    assert clean.boilerplate_rule(paragraph) == rule


def test_a_row_of_data_with_a_date_is_still_kept():
    assert clean.boilerplate_rule("Turnout on March 3, 2025: men 109, women 41") is None


@pytest.mark.parametrize("paragraph, rule", [
    ("Image source, Getty Images", "credit"),
    ("(With inputs from PTI)", "credit"),
    ("This article was originally published by The Kestrel.", "credit"),
    ("Mara Quill is the Kestrel's Africa correspondent.", "author box"),
])
def test_whose_copy_it_is_is_dropped(paragraph, rule):
    assert clean.boilerplate_rule(paragraph) == rule


@pytest.mark.parametrize("paragraph", [
    "Evan Roe is a reporter for the Kestrel who was detained in March.",  # the story's subject
    "His father is a journalist at the Kestrel.",
])
def test_a_story_sentence_about_a_journalist_is_kept(paragraph):
    assert clean.boilerplate_rule(paragraph) is None


def test_an_agencys_inputs_at_a_paragraphs_end_are_cut():
    assert clean.strip_credits("The minister resigned on Monday. (With inputs from PTI)") == (
        "The minister resigned on Monday.")
