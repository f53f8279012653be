"""Cleaning on real text: the seed's wrapped lines, captions and tags, and a wire file's boilerplate."""

import pytest

from kgraph.ingest import clean
from tests.conftest import DATA, SEEDS

SEED = (SEEDS / "politico-europe-ukraine-russia.txt").read_text(encoding="utf-8")


def seed_paragraphs():
    return clean.paragraphs(clean.normalise(SEED))


def test_wrapped_lines_become_paragraphs_and_breaks_stay():
    found = seed_paragraphs()
    assert found[0] == ("BRUSSELS — A coalition of European left parties has launched a call for signatures "
                        "to force the European Commission to suspend the EU's association agreement with "
                        "Israel over Gaza.")
    assert found[1].startswith("Despite a U.S.-brokered ceasefire")
    assert any("the number of medically-deployable troops at 99,162" in p for p in found)  # hyphen kept
    # A full line that ends a sentence ends its paragraph; the next article is not glued on.
    assert '"The Kremlin will open the champagne if Malyuk is dismissed from his post."' in found
    # ... but not inside a quotation that goes on.
    assert any(p.startswith('"Ukraine\'s energy system') and p.endswith("Svyrydenko added.") for p in found)


@pytest.mark.parametrize("credit", ["Pool photo by Jason Alden/EPA", "Tolga Akmen/EPA",
                                    "Anthony Pizzoferrato/Middle East Images/AFP via Getty Images",
                                    "Matt Cardy/Getty Images"])
def test_every_seed_caption_is_one_boilerplate_paragraph(credit):
    (caption,) = [p for p in seed_paragraphs() if credit in p]
    assert caption.endswith(credit) and clean.is_boilerplate(caption)


def test_the_prose_after_a_caption_is_its_own_paragraph():
    found = seed_paragraphs()
    after = found[found.index(next(p for p in found if p.endswith("Tolga Akmen/EPA"))) + 1]
    assert after.startswith("Returning fire might even be") and not clean.is_boilerplate(after)


@pytest.mark.parametrize("paragraph", [
    "Tag - Drones", "Tags - Ukraine, Military", "By Jane Doe and John Smith", "ALSO READ: Five things to know",
    "Read more: Zelenskyy's new army chief", "Photo: Efrem Lukatsky/AP",
    "Reporting by Anna Koper; Editing by Alex Richardson", "WHAT HAPPENS IF RUSSIA ACTUALLY ATTACKS?",
    "## What comes next", "Copyright 2026 The Associated Press. All rights reserved.",
    "Soldiers march in Kyiv on Independence Day. | Sergei Supinsky/AFP via Getty Images",
])
def test_boilerplate_is_recognised(paragraph):
    assert clean.is_boilerplate(paragraph)


@pytest.mark.parametrize("paragraph, rule", [
    ("What Comes Next for the Border", "title case headline"),
    ("Kenya And Ethiopia Agree To Reopen Border Talks", "title case headline"),
    ("Will Europe Send Troops?", "title case headline"),
    ("World News", "title case headline"),
    ("UNRELIABLE ALLY", "capitals subhead"),
    ("By Amina J Odhiambo", "byline"), ("By Marta K. Nowak, Central Europe Correspondent", "byline"),
    ("By RANIA ELSAYED and JOSEPH KRAUSS", "byline"), ("Written by Tom Price in London", "byline"),
    ("Published March 3, 2025 4:10 pm EAT", "timestamp"), ("Updated: 7 Jan 2026, 10:00 GMT", "timestamp"),
    ("Mon 3 Mar 2025 09.41 GMT", "timestamp"),
    ("\u2014 William Samoei Ruto (@WilliamsRuto) March 3, 2025", "embedded post"),
    ("A good day for Europe's security. Thank you, Donald. pic.twitter.com/AbCdEf123", "embedded post"),
    ("Advertisement Shopping: The best rain jackets for the long rains", "advertisement"),
    ("Story continues below advertisement", "promo"), ("Share on Facebook", "promo"),
    ("Sign up for our Africa Daily newsletter to get the top stories in your inbox.", "newsletter sign-up"),
    ("Get the Brussels Playbook newsletter in your inbox every morning", "newsletter sign-up"),
    ("MarketsPREMIUM Shilling firms as central bank holds rates", "paywall label"),
    ("For the latest headlines, follow our Google News channel online or via the app.", "reader appeal"),
    ("Join our WhatsApp channel for breaking news.", "reader appeal"), ("We Hate Paywalls Too!", "reader appeal"),
    ("Home > World > Africa", "breadcrumb"), ("News / World / Europe", "breadcrumb"),
    ("HOME | Short Journalistic Court Reports.", "breadcrumb"), ("Home » Sport » Cricket » Match reports.", "breadcrumb"),
    ("U.S. approves $32.5 million aid package to combat hunger in Nigeria", "headline or label"),
    ("Go to video", "headline or label"), ("01:06", "headline or label"),
])
def test_each_class_of_outlet_boilerplate_has_a_rule(paragraph, rule):
    assert clean.boilerplate_rule(paragraph) == rule


@pytest.mark.parametrize("paragraph", [
    "By then, Zelenskyy had already decided.", "Related talks in Geneva stalled on Monday.",
    "Here are the key questions still lingering for Starmer's government.",
    "The vote was 52 | 48 in favour.", "Advertisement spending rose by 4 percent last year, the group said.",
    "Getting into NATO is hard, Scholz said.", "Sign up was slow, officials said, as few voters had e-mail.",
    "Subscribers to the plan include Germany and France.", "Watchdogs warned of fraud.",
    "Fans were urged to follow the team on its tour of Australia, the club said.",
    "The Times put its website behind a paywall in 2010, and other British papers followed within two years.",
    "\"We Will Win,\" Zelenskyy said.", "Zelenskyy told reporters:",
    "BJP 109 165 41", "Nuggets F Michael Porter Jr.: 26 points, 5 rebounds, 2 blocks",  # rows of data
])
def test_prose_is_not_boilerplate(paragraph):
    assert not clean.is_boilerplate(paragraph)


@pytest.mark.parametrize("paragraph", [
    "Tomas Varga (Northbridge/Harriers, 37)", "Lwazi Dube Mokoena (Riverside Rovers)",
    "Pieter Olsen (Harbour City), (Kofi Mensah (Coastal United)", "Mateo Ruiz (Deportivo Sur, Uruguay)",
    "Ama Boateng (Capital Stars); Jonas Eriksen (Fjord FC)", "Grant Loubser (Mamelodi Sun",  # cut with the text
    "Goalkeepers: Stanley Nwabili (Chippa United), Olorunleke Ojo (Enyimba)",  # its role's label first (dev6)
])
def test_a_line_up_of_names_with_their_clubs_is_no_headline(paragraph):
    assert clean.boilerplate_rule(paragraph) is None


@pytest.mark.parametrize("paragraph", ["Coach: Jose Peserio", "Captain: Babar Azam.", "Key player: Victor Osimhen"])
def test_a_factboxs_role_and_its_holder_is_no_headline(paragraph):
    assert clean.boilerplate_rule(paragraph) is None


def test_a_bylines_label_and_name_is_still_no_content():
    assert clean.boilerplate_rule("Author: Jane Doe") is not None


@pytest.mark.parametrize("paragraph", [
    "Falcons trade Dario Mendes to Rangers for Ivo Kral — 2:45 p.m.", "Talks resume in Geneva - 10:05 GMT",
    "10.45am: Minister Ana Lopes Arrives In Lisbon", "Deadline is here — 3:00 PM ET",
])
def test_a_live_blog_entry_heading_with_its_time_is_no_headline(paragraph):
    assert clean.boilerplate_rule(paragraph) is None


@pytest.mark.parametrize("paragraph, row", [
    ("- Norvik Systems: 3.13 per cent", "Norvik Systems (3.13 per cent)"),
    ("- KTC: -0.43 per cent", "KTC (-0.43 per cent)"), ("• Tallow Bank 412.5p +2.1%", "Tallow Bank (412.5p +2.1%)"),
    ("Kestrel Motors: Rs 450.20", "Kestrel Motors (Rs 450.20)"), ("- L&K: 1.31 percent", "L&K (1.31 percent)"),
])
def test_a_market_tables_row_is_content_read_as_a_name_and_its_figures(paragraph, row):
    """Issue 15 (dev4): a stock table's rows ("- Tech Mahindra: 3.13 per cent") were dropped as labels, and the
    small model finds no name in them as written."""
    assert clean.boilerplate_rule(paragraph) is None and clean.figure_row(paragraph) == row


@pytest.mark.parametrize("paragraph", ["8,433.76", "+52.41 (+0.63%)", "• FTSE 250", "Arsenal 3", "Born 1985",
                                       "Season 3 - 2023", "Page 2"])
def test_figures_without_a_name_or_a_mark_are_no_market_row(paragraph):
    assert not clean.figure_row(paragraph)


@pytest.mark.parametrize("paragraph", ["01:06", "Watch the Final Minutes 01:06", "Go to video — 2:30"])
def test_a_clock_without_a_day_time_or_zone_leaves_a_label_a_label(paragraph):
    assert clean.is_boilerplate(paragraph)


@pytest.mark.parametrize("paragraph", ["Jane Doe (Reuters)", "Marta Nowak (@martanowak)", "Tom Price (Example.com)"])
def test_a_name_with_an_outlet_or_handle_in_brackets_is_still_a_byline(paragraph):
    assert clean.is_boilerplate(paragraph)


@pytest.mark.parametrize("line, cut, date", [
    ("KYIV \u2014 Russia attacked.", "KYIV \u2014 ", None),
    ("LIMA - Peruvian officials said.", "LIMA - ", None),
    ("NAIROBI: Kenyan police said.", "NAIROBI: ", None),
    ("NEW DELHI: Indian officials said.", "NEW DELHI: ", None),
    ("GAZA CITY, Gaza Strip (AP) \u2014 Israeli troops", "GAZA CITY, Gaza Strip (AP) \u2014 ", None),
    ("WASHINGTON, D.C. \u2013 The Senate", "WASHINGTON, D.C. \u2013 ", None),
    ("LONDON, Jan 7 (Reuters) - Britain said", "LONDON, Jan 7 (Reuters) - ", "Jan 7"),
    ("LIMA, March 7, 2025 - Peru said", "LIMA, March 7, 2025 - ", "March 7, 2025"),
])
def test_dateline_variants_are_cut_with_their_date(line, cut, date):
    found = clean.DATELINE.match(line)
    assert found[0] == cut and found["date"] == date


@pytest.mark.parametrize("line", ["BREAKING: Quake hits Tokyo", "UPDATE: Talks resume", "NATO said on Monday.",
                                  "U.S. officials - who asked not to be named - said"])
def test_labels_and_prose_are_no_dateline(line):
    assert not clean.DATELINE.match(line)


def test_character_references_and_template_tags_are_decoded_or_removed():
    raw = "Marks &amp; Spencer&#8217;s chief,&nbsp;Stuart Machin {{ad_slot}} met AT&T and R&D; staff &copy 2025."
    assert clean.normalise(raw) == "Marks & Spencer's chief, Stuart Machin met AT&T and R&D; staff &copy 2025."


def test_a_decimal_character_reference_without_its_semicolon_is_decoded():
    # An excerpt's "Italy&#8217s Daisy Osakue": the digits and '#' made the whole name noise (issue 15, dev6).
    assert clean.normalise("Italy&#8217s Daisy Osakue and USA&#8217s Cordell Tinch, &#1 seed") == (
        "Italy's Daisy Osakue and USA's Cordell Tinch, &#1 seed")


def test_a_captions_agency_after_a_slash_is_a_credit():
    assert clean.strip_credits("Nabih Berri casts his vote in Tibnin, Lebanon. May 6, 2018. / Reuters") == (
        "Nabih Berri casts his vote in Tibnin, Lebanon. May 6, 2018.")


def test_a_captions_label_in_capitals_in_brackets_is_no_name():
    assert clean.strip_credits("(COMBO) This combination of pictures shows Sergio Massa.") == (
        "This combination of pictures shows Sergio Massa.")
    assert clean.strip_credits("(UN) staff left.") == "(UN) staff left."  # an acronym may open a sentence so


def test_a_lists_item_numbers_run_into_one_line_are_dropped():
    assert clean.without_numbering("Squad: (1) Ahmed Shehzad, (2) Asad Shafiq, (3) Azhar Ali, (4) Ehsan Adil.") == (
        "Squad: Ahmed Shehzad, Asad Shafiq, Azhar Ali, Ehsan Adil.")
    assert clean.without_numbering("He won (1), lost (2), (3) drew") == "He won (1), lost (2), (3) drew"


def test_inline_agency_credit_is_removed():
    assert clean.strip_credits("Tusk spoke in Warsaw. (AP Photo/Czarek Sokolowski)") == "Tusk spoke in Warsaw."
    assert clean.strip_credits("Rodrigo Pacheco votes in Brasilia, Brazil February 1, 2023. REUTERS/Ton Molina") == (
        "Rodrigo Pacheco votes in Brasilia, Brazil February 1, 2023.")
    assert clean.strip_credits("Support fell, a poll by CNN/ORC found. It was the CNN/ORC") == (
        "Support fell, a poll by CNN/ORC found. It was the CNN/ORC")
    assert clean.strip_credits("The North Atlantic Treaty Organization (NATO) met.") == (
        "The North Atlantic Treaty Organization (NATO) met.")


@pytest.mark.parametrize("caption, prose", [
    ("Talks: President Ama Owusu listens to Attorney-General Kwesi Boadu. Photo: Lerato Dlamini/GCIS",
     "Talks: President Ama Owusu listens to Attorney-General Kwesi Boadu."),
    ("Jonas Varga was drafted in the second round in 2019.Lena Fischer/Associated Press",
     "Jonas Varga was drafted in the second round in 2019."),
])
def test_a_caption_sentence_with_its_photo_credit_is_kept_without_the_credit(caption, prose):
    assert not clean.is_boilerplate(caption) and clean.strip_credits(caption) == prose


def test_a_slash_in_prose_is_no_credit():
    assert clean.strip_credits("Exports rose, and so did trade with the U.S./Canada") == (
        "Exports rose, and so did trade with the U.S./Canada")


def test_normalise_quotes_spaces_controls_and_markdown():
    raw = "\ufeff\u201cYes,\u201d\u00a0she\u2019s  said\x07 \r\nto **Kaja Kallas** in [Brussels](https://x.eu)\u200b."
    assert clean.normalise(raw) == "\"Yes,\" she's said\nto Kaja Kallas in Brussels."


def test_unwrapped_records_join_a_line_broken_mid_sentence():
    text = (DATA / "input" / "export.csv").read_text(encoding="utf-8").split('"')[1]
    assert clean.paragraphs(text) == [" ".join(text.split("\n"))]


def test_no_caption_credit_or_tag_word_becomes_a_node(seed_graph):
    words = ("EPA", "Getty", "Alden", "Akmen", "Pizzoferrato", "Cardy", "Drones", "AFP", "Pool photo")
    names = [name for _, data in seed_graph.nodes(data=True) for name in [data["label"], *data["aliases"].split("|")]]
    assert names and not [name for name in names if any(word.lower() in name.lower() for word in words)]


def test_bidirectional_and_invisible_format_characters_are_removed():
    spoofed = "Vladimir\u200e Pu\u202etin\u202c met \u2066Emmanuel\u2069 Mac\u061cron\u200f and Ze\u2067lensk\u2068yy."
    assert clean.normalise(spoofed) == "Vladimir Putin met Emmanuel Macron and Zelenskyy."


@pytest.mark.parametrize("title, read", [
    # The outlet or section after a bar, or a name after a spaced dash, is the page's; a wire slug the desk's.
    ("Ramaphosa can't win renewal battle where it matters most | Mail & Guardian",
     "Ramaphosa can't win renewal battle where it matters most"),
    ("Israel strikes Gaza \u2013 Opinion | World | The Irish Times", "Israel strikes Gaza"),
    ("Geert Wilders seeks coalition allies after seismic Dutch election - POLITICO",
     "Geert Wilders seeks coalition allies after seismic Dutch election"),
    ("BRIEF-Novo Nordisk: EMA committee issues positive opinion", "Novo Nordisk: EMA committee issues positive opinion"),
    # A story's own dash and a word in capitals that opens it stay.
    ("Leclerc leads Ferrari 1-2 - Verstappen third", "Leclerc leads Ferrari 1-2 - Verstappen third"),
    ("COVID-19 cases rise in Lagos", "COVID-19 cases rise in Lagos"),
    # Title Case and capitals: every word capitalised, names cannot be told from words.
    ("UN Nuclear Watchdog, Iranian Officials Meet in Vienna", ""),
    ("Thailand's Pheu Thai Party Joins With Pro-military Parties in Coalition to Form New Government", ""),
    ("GUILTY AS CHARGED", ""),
    ("Home | News", ""),
])
def test_a_title_is_read_as_a_headline_without_its_outlet_unless_in_title_case(title, read):
    assert clean.headline(title) == read


@pytest.mark.parametrize("title,read", [
    # Words the text writes in lower case go to lower case; names it capitalises inside a sentence stay.
    ("Steph Curry Drops 32, Leads Warriors Past Nuggets", "Steph Curry drops 32, leads Warriors past Nuggets"),
    # A title stays capitalised only before a name; acronyms, inner capitals and abbreviations stay as written.
    ("Georgia Sheriff Charged Over Shooting, Says FTC", "Georgia sheriff charged over shooting, says FTC"),
    ("Prince Harry Meets DirecTV Bosses At Merrill Lynch & Co.", "Prince Harry meets DirecTV bosses at Merrill Lynch & Co."),
])
def test_a_title_case_title_is_put_in_the_case_its_text_gives(title, read):
    text = ("Stephen Curry scored 32 as the Golden State Warriors beat the Denver Nuggets. A sheriff in Georgia said "
            "shares of Merrill Lynch & Co. rose; Prince Harry met the Warriors and the Nuggets, the FTC said.")
    assert clean.headline(title, text) == read
