"""Outlet furniture, ninth pass (issue 15, docs/entities.md section 46).

Each case is of the shape that became a noise node on a study set before these rules, and fails without them (but
the cases that show what is kept).
"""

from __future__ import annotations

from kgraph.ingest import clean, split
from kgraph.types import ArticleInfo, Document


def test_a_date_line_in_another_language_is_dropped():
    """A Spanish page's head dated the page: "Miércoles" became an organisation."""
    for line in ("Miércoles, 04 de febrero de 2026 Mié 04/02/2026", "Mercredi 4 février 2026",
                 "Quarta-feira, 4 de fevereiro de 2026", "Mittwoch, 4. Februar 2026, 12:30 Uhr"):
        assert clean.boilerplate_rule(line) == "date in another language"
    assert clean.boilerplate_rule("4 de febrero de 2026 el ministro dijo que no") != "date in another language"


def test_a_loading_widgets_text_is_dropped():
    """"Cargando datos de mercados..." (a markets widget still loading) made a "Cargando" organisation."""
    for line in ("Cargando datos de mercados...", "Loading...", "Chargement en cours…"):
        assert clean.boilerplate_rule(line) == "loading widget"
    assert clean.boilerplate_rule("Loading the ships took three whole days...") is None


def test_more_openings_of_a_captions_credit_are_cut():
    """"© Anika Matzke", "Pic: ...", "Foto: ...", "Photo courtesy ...", "Credit: ... for The Daily Star", "Source: ..."
    after a caption's sentence each left the photographer a node."""
    for credit in ("© Anika Matzke", "Pic: Kurt Tamburri", "Foto: Emil Wojcik", "Photograph: Rita Rovira/The Guardian",
                   "Photo courtesy Hugo Castellan", "Credit: Dmitri Volodin for The Daily Star", "Source: Nadia Halvorsen"):
        assert clean.strip_credits(f"Officials inspect the port in Mombasa on Monday. {credit}") \
            == "Officials inspect the port in Mombasa on Monday."
    assert clean.strip_credits("The source said it would not. Source: the ministry") \
        == "The source said it would not. Source: the ministry"


def test_a_caption_put_back_among_the_prose_loses_its_credit():
    """A caption held as a headline and put back because the prose names a word of it ("Mombasa") kept its credit, and
    "Photo by Igor Zelenko on Unsplash" made an "Unsplash" node."""
    text = ("Ports Authority chief Ali Hassan said on Monday the deal would raise capacity at Mombasa.\n\n"
            "Officials inspect the port in Mombasa on Monday. Photo by Igor Zelenko on Unsplash\n\n"
            "The deal is worth $2 billion, the authority said.")
    (article,) = split.split(Document(text=text, origin="feed.jsonl:1", info=ArticleInfo(id="r-1", title="Port deal"),
                                      multi=False))
    assert "Officials inspect the port in Mombasa on Monday." in article.text
    assert "Unsplash" not in article.text


def test_the_outlets_own_note_to_its_reader_is_dropped():
    """Notes that name the outlet, its pages and platforms made nodes of them ("Nation Africa", "Google News",
    "Live Mint", "The Conversation"); a story's sentence about a media group stays."""
    for line in ("Republished with permission from The Conversation.",
                 "The views expressed in this article are those of the author, Paula Quintela.",
                 "Download the Daily Star app for the latest news.", "For more news, visit the Daily Star website.",
                 "Read the full story at The Conversation.", "Disclaimer: Nation Media Group is not responsible.",
                 "Join the conversation on the Daily Star Facebook page.",
                 "Stay up to date with Nation Africa news on Google News.",
                 "Support the Daily Star by becoming a member today.", "Tap here to follow Nation Africa on Instagram.",
                 "Catch all the Business News and Updates on Live Mint.",
                 "Jonas Bergli contributed to this report from Lamu."):
        assert clean.boilerplate_rule(line) == "outlet's note", line
    assert clean.boilerplate_rule("Nation Media Group is a member of the Kenya Media Council.") is None
    assert clean.boilerplate_rule("Support for the bill grew by the hour, the speaker said.") is None


def test_still_more_credits_after_a_story_s_last_sentence_are_cut():
    """"Video: Clara Duvalier" left "Clara" a node (the line's last word read as cut off), "Mandatory Credit: ..." a
    "Mandatory Credit" person, "((Reporting by ...; editing by Tom Roe))" a "Tom Roe"."""
    said = "The deal is worth $2 billion, the authority said."
    for credit in ("Video: Clara Duvalier", "Graphic: Viktor Petrescu", "Illustration: Elena Nakamora",
                   "Photo illustration by Emil Wojcik", "Screengrab: Vera Hrabal", "Photo supplied by Hugo Castellan",
                   "Photographs by Nadia Halvorsen", "Mandatory Credit: Rosa Albescu-USA TODAY Sports",
                   "PHOTO | JONAS DORNBUSCH", "Additional reporting: Rita Rovira", "By Henrik Bergstrand"):
        assert clean.strip_credits(f"{said} {credit}") == said, credit
    assert clean.strip_credits(f"{said} ((Reporting by Anika Matzke; editing by Tom Roe))") == f"{said} ()"
    assert clean.strip_credits(f"{said} By contrast, exports fell") == f"{said} By contrast, exports fell"


def test_a_journalists_own_line_at_the_foot_is_dropped():
    """Lines about who wrote the story made its journalists nodes of invented articles; a story's line about an
    author that reports something stays."""
    for line in ("Marta Kowalczyk covers energy and shipping for the Daily Star.",
                 "Oskar Brandvold writes about trade and ports.",
                 "The author, Lena Sorli, is a senior fellow at the Tarvex Institute.",
                 "About the author: Ingrid Lindqvist is an economist at Tarvex Bank.",
                 "Email Greta Ostberg at gostberg@dailystar.com",
                 "Sofia Aranza reports on East Africa for Tarvex News.",
                 "Clara Duvalier is Tarvex Radio's business editor.",
                 "This story was reported by Viktor Petrescu and Elena Nakamora.",
                 "(Irene Vasquell is a Daily Star correspondent based in Lamu.)",
                 "Jonas Bergli and Paula Quintela are reporters at the Daily Star.",
                 "With additional reporting from Emil Wojcik."):
        assert clean.boilerplate_rule(line) == "journalist's note", line
    assert clean.boilerplate_rule("Ada Quorn, the editor of Tarvex Weekly, said she was arrested on Monday.") is None
    assert clean.boilerplate_rule("The author of the report, Ada Quorn, told reporters it was flawed.") is None
