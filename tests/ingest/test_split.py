"""Splitting real multi-article files into articles: datelines, tag lines, titles and undated starts."""

from kgraph.ingest import clean, split
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
