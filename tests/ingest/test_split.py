"""Splitting real multi-article files into articles: datelines, tag lines, titles and undated starts."""

import pytest

from kgraph.ingest import clean, read, split
from kgraph.report import BuildReport
from kgraph.types import Article, ArticleInfo, Document
from tests.conftest import DATA, SEEDS

SEED_FILE = SEEDS / "politico-europe-ukraine-russia.txt"
# Counted by hand: 7 articles open with a dateline, 3 without one (marked *).
SEED_STARTS = [
    "A coalition of European left parties has launched a call",
    "The U.K. and Poland have agreed to cooperate more closely",
    "Russia's relentless assault killed at least 2,500 civilians",
    "The Russian army attacked Ukraine with more than 90 killer drones",
    "Britain stepped up a promise to send troops into Ukraine",
    "With his lightning raid to snatch Venezuelan strongman Nicolás Maduro",  # *
    "General Vasyl Malyuk, chief of the Security Service of Ukraine",
    "Ukrainian President Volodymyr Zelenskyy is planning to remove Vasyl Malyuk",
    "Ukraine's foreign intelligence service warned Friday",  # *
    "Moscow doubled down Wednesday on its claims",  # *
]
SEED_ENDS = [
    "according to local media.", "air defense programme, Narew.",
    "cold will not help it win the war,\" Zelenskyy added.",
    "an attempt to break Ukraine,\" Zelenskyy added.", "That position could be difficult to maintain for long.",
    "while Putin's humiliation is obvious for everyone to see.\"", "to discuss the agency's future.",
    "\"The Kremlin will open the champagne if Malyuk is dismissed from his post.\"",
    "and boost Putin's popularity ahead of elections.", "\"This systematic work will continue in 2026.\"",
]


def articles_of(path, **document):
    return list(split.split(Document(text=path.read_text(encoding="utf-8"), origin=str(path), **document)))


def test_seed_holds_ten_articles_split_exactly_where_they_start_and_end():
    found = articles_of(SEED_FILE)
    assert len(found) == 10
    assert [a.text[:len(start)] for a, start in zip(found, SEED_STARTS)] == SEED_STARTS
    assert [a.text[-len(end):] for a, end in zip(found, SEED_ENDS)] == SEED_ENDS
    assert [a.info.id for a in found] == [f"politico-europe-ukraine-russia-{i}" for i in range(1, 11)]
    assert all(a.info.origin == str(SEED_FILE) for a in found)


def test_seed_articles_keep_no_dateline_subhead_caption_or_tag():
    text = "\n\n".join(a.text for a in articles_of(SEED_FILE))
    for gone in ("KYIV —", "Tag - Drones", "UNRELIABLE ALLY", "| Tolga Akmen/EPA", "Getty", "Pizzoferrato"):
        assert gone not in text


def test_undated_starts_follow_news_style_in_another_file():
    found = articles_of(DATA / "input" / "folder" / "sub" / "undated.md")
    assert [a.text.split()[:3] for a in found] == [
        ["German", "Chancellor", "Olaf"], ["French", "President", "Emmanuel"]]


def test_a_lede_that_comes_back_to_the_story_does_not_split_it():
    story = [
        "German Chancellor Olaf Scholz said on Monday that Berlin would send two more Patriot systems to Ukraine.",
        "Scholz made the announcement in Berlin.",
        "Scholz added that Germany remained the largest European donor.",
        "Ukrainian Prime Minister Denys Shmyhal thanked Germany on Tuesday for the support it had given.",
        "Shmyhal said Scholz had been a reliable partner.",
    ]
    assert split.article_starts(story) == []
    assert split.article_starts(story[:4]) == [3]


def test_title_line_and_markdown_title_are_kept_as_titles():
    wire = articles_of(DATA / "input" / "wire.txt")
    assert [(a.info.id, a.info.title) for a in wire] == [("wire-1", "Zelenskyy names new army chief"), ("wire-2", "")]
    assert "Syrskyi, who led the defense of Kyiv in 2022" in wire[0].text
    for gone in ("Jane Doe", "ALSO READ", "Supinsky", "Lukatsky", "Tags", "Sokolowski", "Anna Koper"):
        assert gone not in wire[0].text + wire[1].text
    (kallas,) = articles_of(DATA / "input" / "folder" / "kallas.md")
    assert kallas.info.title == "Kallas calls for a tribunal" and "What comes next" not in kallas.text


def test_a_record_is_one_article_with_its_own_metadata():
    info = ArticleInfo(id="rfe-1", title="Title", origin="feed.jsonl:1")
    (article,) = articles_of(SEED_FILE, info=info, multi=False)
    assert article.info == info and "KYIV —" in article.text  # a record is never split


def test_a_records_title_is_its_headline_unless_its_text_keeps_it():
    def record(title: str, text: str) -> Article:
        info = ArticleInfo(id="mg-1", title=title)
        (article,) = split.split(Document(text=text, origin="mg.jsonl:1", info=info, multi=False))
        return article

    text = "Treasurer general Gwede Mantashe said the party needed renewal before next year's election."
    article = record("Ramaphosa can't win renewal battle where it matters most | Mail & Guardian", text)
    assert article.headline == "Ramaphosa can't win renewal battle where it matters most"
    assert article.text == text  # read beside the text, not in it
    # A headline that is a sentence of the text as well is read there.
    kept = record("Ramaphosa can't win the renewal battle, says Mantashe. | Mail & Guardian",
                  f"Ramaphosa can't win the renewal battle, says Mantashe.\n\n{text}")
    assert kept.headline == "" and kept.text.startswith("Ramaphosa")


def test_distinct_drops_the_same_text_twice_and_keeps_ids_unique():
    wire = articles_of(DATA / "input" / "wire.txt")
    copy = articles_of(DATA / "input" / "folder" / "duplicate.txt")
    renamed = articles_of(DATA / "input" / "wire.txt")[1:]
    other = [Article(info=ArticleInfo(id="wire-2"), text="Another text under a reused id.")]
    report = BuildReport()
    kept = list(split.distinct([*wire, *copy, *renamed, *other], report=report))
    assert [a.info.id for a in kept] == ["wire-1", "wire-2", "wire-2~2"]
    assert (report.articles, report.duplicates) == (3, 2)


def test_paragraph_breaks_survive_splitting():
    first = articles_of(SEED_FILE)[0]
    assert first.paragraphs[1].startswith("Despite a U.S.-brokered ceasefire") and len(first.paragraphs) == 10
    assert all(not clean.is_boilerplate(p) for p in first.paragraphs)


def test_a_paragraph_that_is_only_a_photo_credit_is_dropped():
    text = ("KYIV \u2014 Ukrainian President Volodymyr Zelenskyy spoke on Monday.\n\n"
            "(AP Photo/Efrem Lukatsky)\n\nZelenskyy said the drones came at night.")
    for multi in (True, False):
        (article,) = split.split(Document(text=text, origin="kyiv.txt", multi=multi))
        assert article.text.endswith("Monday.\n\nZelenskyy said the drones came at night.")


def test_outlet_boilerplate_and_every_dateline_variant_leave_only_the_stories():
    found = articles_of(DATA / "input" / "outlets.txt")
    assert [(a.info.title, a.info.date, a.text.split()[:2]) for a in found] == [
        ("Kenya And Ethiopia Agree To Reopen Border Talks", "2025-03-03", ["Kenyan", "President"]),
        ("", "", ["Egyptian", "President"]),
        ("", "2025-03-07", ["British", "Prime"]),
        ("", "", ["Indian", "Prime"]),
    ]
    text = "\n\n".join(a.text for a in found)
    for debris in ("Home", "World News", "Odhiambo", "Published", "NAIROBI", "Advertisement", "What The Monitors",
                   "@WilliamsRuto", "Sign up", "MarketsPREMIUM", "{{", "Tags", "GAZA CITY", "RANIA", "(Reuters)",
                   "Story continues", "Elizabeth Piper", "NEW DELHI:"):
        assert debris not in text
    assert len(found[0].paragraphs) == 3 and found[0].paragraphs[2] == (
        "Abiy said Ethiopia wanted a lasting peace with its neighbour.")


def records_of(path, **options):
    report = BuildReport()
    documents = list(read.read([path], report=report))
    return [a for d in documents for a in split.split(d, report=report, **options)], report


def test_a_record_loses_its_dateline_byline_and_repeated_title_and_takes_a_dateline_date():
    found, report = records_of(DATA / "input" / "markup.jsonl")
    by_id = {a.info.id: a for a in found}
    first = by_id["ledger-1"]
    assert first.paragraphs[0].startswith("Marks & Spencer will close 14 stores")  # "By Tom Price", "LONDON —" gone
    assert by_id["ledger-3"].text.startswith("Kenyan President William Ruto")  # "NAIROBI: " cut
    lima = by_id["ledger-4"]
    assert lima.text.startswith("Peruvian President Dina Boluarte") and lima.info.date == "2025-03-07"


def test_a_short_capitals_record_survives_and_an_empty_one_is_reported():
    found, report = records_of(DATA / "input" / "markup.jsonl")
    flash = next(a for a in found if a.info.id == "ledger-2")
    assert flash.text == "FLASH: QUAKE HITS TOKYO, NO TSUNAMI WARNING"
    assert "ledger-5" not in {a.info.id for a in found}
    assert [str(p) for p in report.problems] == [
        f"{DATA / 'input' / 'markup.jsonl'}:5: no text left once markup, control characters and credits are removed"]


def test_within_keeps_the_dated_range_and_counts_the_rest():
    articles = [Article(info=ArticleInfo(id=str(i), date=date), text="x") for i, date in
                enumerate(["2025-03-01", "2025-03-05", "", "2025-03-09"])]
    report = BuildReport()
    kept = list(split.within(articles, since="2025-03-02", until="2025-03-09", report=report))
    assert [a.info.id for a in kept] == ["1", "3"] and report.out_of_range == 2
    assert len(list(split.within(articles, report=report))) == 4


def test_a_record_drops_its_own_headline_however_its_quotes_are_typed():
    info = ArticleInfo(id="m7", title="\u201cThe islands are not for sale,\u201d candidate Milei")
    text = "\"The islands are not for sale,\" candidate Milei\nJavier Milei spoke in Buenos Aires on Friday."
    (article,) = split.split(Document(text=text, origin="m.jsonl:7", info=info, multi=False))
    assert article.text == "Javier Milei spoke in Buenos Aires on Friday."


def test_a_headline_inside_the_text_is_kept_when_it_names_a_name_of_the_prose():
    """Issue 15 (dev4): subheads and a tag page's headlines ("Theekshana keeps control in the death", "Eddie turns
    up the heat on Dupont") were dropped as labels, and the short forms and names only they give with them."""
    text = ("Varga hands Brask the win\n\nCoach Lena Varga named her squad on Monday.\n\nStorm hits Tallow coast "
            "overnight\n\nThe squad trains in Kestrel on Tuesday.\n\nNews | Varga | Tallow Times\n\nIt ends.")
    (article,) = split.split(Document(text=text, origin="t.jsonl:1", multi=False))
    assert article.text.split("\n\n") == ["Varga hands Brask the win", "Coach Lena Varga named her squad on Monday.",
                                          "The squad trains in Kestrel on Tuesday.", "It ends."]


def test_a_record_cut_off_mid_sentence_keeps_its_last_words_but_not_a_label_after_a_label():
    text = ("Prosecutors filed the extradition request in July.\n\nInterpol red notices hav")
    (article,) = split.split(Document(text=text, origin="c.jsonl:1", multi=False))
    assert article.paragraphs[-1] == "Interpol red notices hav"
    text = "Prosecutors filed the extradition request in July.\n\nYou may like\n\nSee the latest scores"
    (article,) = split.split(Document(text=text, origin="c.jsonl:2", multi=False))
    assert article.text == "Prosecutors filed the extradition request in July."
    (article,) = split.split(Document(text="Talks ended on Friday.\n\nFoot", origin="c.jsonl:3", multi=False))
    assert article.text == "Talks ended on Friday."


def test_a_record_cut_mid_word_loses_the_cut_word():
    text = "Leclerc topped practice.\n\nFernando Alonso led Sergio Perez in sixth and seventh ahead of Oscar Pia"
    (article,) = split.split(Document(text=text, origin="c.jsonl:1", multi=False))
    assert article.paragraphs[-1] == "Fernando Alonso led Sergio Perez in sixth and seventh ahead of Oscar"
    text = "Play was halted.\n\nNigeria finished fourth at the 2019 Afcon U20 staged in Niger Republic"
    (article,) = split.split(Document(text=text, origin="c.jsonl:2", multi=False))
    assert article.paragraphs[-1] == "Nigeria finished fourth at the 2019 Afcon U20 staged in Niger"
    text = "Play was halted.\n\nThe final was won by Asif Ali"  # too short to tell a cut from a whole line: kept
    (article,) = split.split(Document(text=text, origin="c.jsonl:3", multi=False))
    assert article.paragraphs[-1] == "The final was won by Asif Ali"


def test_the_headline_is_the_last_title_line_before_the_prose_but_a_markdown_title_stays():
    text = "World News\nKenya and Ethiopia agree to talk\nNAIROBI - Kenyan President William Ruto spoke on Monday."
    (article,) = split.split(Document(text=text, origin="k.txt"))
    assert article.info.title == "Kenya and Ethiopia agree to talk"
    (marked,) = split.split(Document(text="# Ruto and Abiy meet\n\nA standfirst without a stop\n\n"
                                          "Kenyan President William Ruto spoke on Monday.", origin="k.md"))
    assert marked.info.title == "Ruto and Abiy meet"


def test_record_ids_that_collide_never_merge_articles():
    given = [Article(ArticleInfo(id=i), f"Article {n} about Kyiv.") for n, i in enumerate(["x", "x", "x~2", "x"])]
    ids = [a.info.id for a in split.distinct(given, report=BuildReport())]
    assert len(set(ids)) == 4 and ids[0] == "x" and "x~2" in ids


# Between copies of real files: the places a large file may be cut (a tag line, a Markdown title, each a
# paragraph of its own), a template tag left open over a cut (so none may be made until it closes) and none.
_SEPARATORS = ("\n\nTag - Drones\n\n", "\n\n# Sanctions widen\n\n", "\r\n\r\nTopics: Europe\r\n\r\n",
               "\n\n{{ad\n\n", "\n\n}}\n\n", "\n\n")


def _read_and_split(path, **options):
    """(documents read, (info, text) per article, problems and warnings) of one file."""
    report = BuildReport()
    documents = list(read.read([str(path)], report=report, **options))
    return len(documents), [(a.info, a.text) for a in split.split_all(documents, report=report)], \
        [str(problem) for problem in report.problems + report.warnings]


@pytest.mark.parametrize("kind", ["utf-8", "stray cp1252 bytes", "a NUL", "utf-16", "cp1252", "capitals only"])
def test_a_large_file_read_in_sections_gives_the_articles_and_warnings_of_the_whole(tmp_path, kind):
    files = [SEED_FILE, DATA / "input" / "outlets.txt", DATA / "input" / "wire.txt"]
    texts = [file.read_text(encoding="utf-8") for file in files]
    text = "".join(texts[n % 3] + _SEPARATORS[n % len(_SEPARATORS)] for n in range(18))
    if kind == "capitals only":  # line rules leave nothing: every section's paragraphs are the one article
        text = "MOSCOW DRONE STRIKE\n\nTag - Flash\n\n" * 1200
    data = text.encode({"utf-16": "utf-16", "cp1252": "cp1252"}.get(kind, "utf-8"), errors="replace")
    if kind == "stray cp1252 bytes":  # point 5: UTF-8 but for a few bytes
        data = data[:30_000] + b"\x93" + data[30_000:] + b"\x92"
    if kind == "a NUL":
        data = data[:50_000] + b"\x00" + data[50_000:]
    path = tmp_path / "large.txt"
    path.write_bytes(data)
    whole = _read_and_split(path)
    assert whole[0] == 1 and whole[1]
    for chunk in (2_000, 7_919):  # bytes a block and characters a section, at least
        sections, *found = _read_and_split(path, chunk=chunk)
        assert tuple(found) == whole[1:]
        # Too many bytes that are not UTF-8: detection reads the whole file, as before.
        assert sections == 1 if kind == "cp1252" else sections >= 4, sections
    assert {"stray cp1252 bytes": "not UTF-8 at byte", "a NUL": "control byte(s) dropped"}.get(kind, "") in \
        "".join(whole[2])
