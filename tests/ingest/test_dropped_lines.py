"""The lines cleaning drops that may still name the story's actors (issue 15, docs/entities.md section 41):
captions and headlines are kept aside on ``ArticleInfo.dropped``, credits cut; credits, bylines and promos never."""

from __future__ import annotations

from kgraph.ingest import clean, split
from kgraph.types import ArticleInfo, Document


def _dropped(text: str, title: str = "") -> tuple[str, ...]:
    info = ArticleInfo(id="a", title=title, origin="a.jsonl:1")
    (article,) = split.split(Document(text=text, origin="a.jsonl:1", info=info, multi=False))
    return article.info.dropped


_PROSE = "The company said monthly active users rose to 2.2 billion in the quarter, above what analysts expected."


def test_a_wire_dateline_line_and_a_caption_are_kept_aside_without_their_credits():
    dropped = _dropped(f"(Reuters) - Quillon Inc\n\n{_PROSE}\n\n"
                       "FILE PHOTO: Logo of Varnel Optics Co (VOC), in Tainan | Photo by Jane Roe/Reuters")
    assert "- Quillon Inc" in dropped
    assert not any("Jane Roe" in line for line in dropped)
    assert any(line.startswith("FILE PHOTO: Logo of Varnel Optics Co") for line in dropped)


def test_credits_and_bylines_are_never_kept_aside():
    assert clean.naming_text("By Jane Roe and Tom Poe", "byline") == ""
    assert clean.naming_text("Photo: Jane Roe/Reuters", "credit") == ""
    assert clean.naming_text("Kyiv Skyline At Dusk | Photo by Jane Roe/EPA", "caption") == "Kyiv Skyline At Dusk"


def test_a_title_not_read_as_a_headline_is_kept_aside():
    assert "OKAFOR TRIMS FEE BID IN CLASS DEAL" in _dropped(_PROSE, title="OKAFOR TRIMS FEE BID IN CLASS DEAL")


def test_the_kept_text_is_unchanged():
    info = ArticleInfo(id="a", origin="a.jsonl:1")
    (article,) = split.split(Document(text=f"(Reuters) - Quillon Inc\n\n{_PROSE}", origin="a.jsonl:1", info=info,
                                      multi=False))
    assert article.text == _PROSE


def test_a_page_addresss_slug_is_read_as_a_dropped_line():
    assert clean.url_words("https://nation.example/kenya/blocked-okafor-never-ending-losing-streak-4696626") == (
        "Blocked Okafor Never Ending Losing Streak")
    assert clean.url_words("https://example.com/news/quillon-strong-q4-performance-1.810603") == (
        "Quillon Strong Performance")
    assert clean.url_words("https://example.com/?p=41460") == ""
    assert clean.url_words("http://example.com/articles/2019010714298.php") == ""
    info = ArticleInfo(id="a", url="https://example.com/2023/okafor-trims-fee-bid.html", origin="a.jsonl:1")
    (article,) = split.split(Document(text=_PROSE, origin="a.jsonl:1", info=info, multi=False))
    assert "Okafor Trims Fee Bid" in article.info.dropped
