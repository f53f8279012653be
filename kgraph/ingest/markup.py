"""HTML to text: saved news pages, markup inside record fields, stray character entities.

Pages and fragments go through trafilatura, the extraction library made for
news pages (main text without navigation, ads, related links or comments;
title, date, author, URL and site from the page's metadata, the date through
htmldate). It is imported only when HTML is met, so text input never pays
for it. Paragraphs come out one per line.
"""

from __future__ import annotations

import functools
import html
import re
from dataclasses import dataclass
from html.entities import html5

__all__ = ["Page", "page", "fragment_text", "has_markup", "unescape", "is_page"]

# An element a text field is formatted with, as scrapers leave it: "<p>", "</em>", "<br/>", "<a href=...>".
_TAG = re.compile(
    r"</?(?:p|br|div|span|em|strong|b|i|u|a|h[1-6]|ul|ol|li|blockquote|figure|figcaption|img|section|article|"
    r"table|tr|td|th|iframe|script|style|sup|sub|small|time|header|footer|aside|nav)\b[^<>]{0,2000}?/?>",
    re.IGNORECASE,
)
# A whole saved page, whatever its file is called.
_PAGE_START = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.IGNORECASE | re.DOTALL)
# A character reference that can only be one: "&amp;", "&#8217;", "&#x2019;", "&nbsp;" (named ones with their ';').
# A decimal reference may come without its ';' ("Italy&#8217s": an excerpt's, which HTML reads all the same).
_ENTITY = re.compile(r"&(?:#[0-9]{1,7};|#[0-9]{2,7}(?![0-9])|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)")
# A fragment is wrapped as a page body: trafilatura reads a bare fragment's leading text as debris.
_FRAGMENT_PAGE = "<html><body><div>{}</div></body></html>"


@dataclass(frozen=True, slots=True)
class Page:
    """What a news page holds: its main text (a paragraph per line) and metadata; '' where absent."""

    text: str
    title: str = ""
    date: str = ""  # ISO 8601, YYYY-MM-DD
    author: str = ""
    url: str = ""
    site: str = ""


def is_page(text: str) -> bool:
    """Does ``text`` start as an HTML document ("<!DOCTYPE html", "<html")?"""
    return bool(_PAGE_START.match(text))


def has_markup(text: str) -> bool:
    """Does ``text`` carry HTML elements ("<p>", "<br/>", "</em>"), not just a '<' in prose?"""
    return "<" in text and bool(_TAG.search(text))


def page(document: str | bytes) -> Page:
    """The article of a saved news page; its text is '' when the page holds none.

    ``document`` may be bytes: trafilatura then reads the page's own charset.
    Comments, tables and link lists are left out; the date is the original
    publication date the page states (htmldate), never the file's time.
    """
    import trafilatura

    found = trafilatura.bare_extraction(
        document, with_metadata=True, include_comments=False, include_tables=False,
        # Only dates the page states (metadata, <time>, the URL), not a guess from any date in its text.
        date_extraction_params={"original_date": True, "extensive_search": False},
    )
    if found is None:
        return Page(text="")
    return Page(text=found.text or "", title=found.title or "", date=found.date or "",
                author=found.author or "", url=found.url or "", site=found.sitename or "")


def fragment_text(fragment: str) -> str:
    """The text of an HTML fragment (a record's field): a paragraph per line, entities decoded."""
    import trafilatura

    text = trafilatura.extract(_FRAGMENT_PAGE.format(fragment), favor_recall=True, include_tables=False,
                               include_comments=False, config=_config())
    return text or ""


def unescape(text: str) -> str:
    """Decode the character references in ``text`` that can only be ones ("&amp;", "&#8217;", "&#8217", "&nbsp;").

    "AT&T" or "R&D;" are left alone: a named reference counts only with its ';' and a known name.
    """
    if "&" not in text:
        return text
    return _ENTITY.sub(lambda m: html.unescape(m[0]) if _known(m[0]) else m[0], text)


def _known(reference: str) -> bool:
    return reference[1] == "#" or reference[1:] in html5


@functools.cache
def _config():
    """trafilatura's settings, but a short field (a one-line wire flash) is still a text."""
    from trafilatura.settings import use_config

    config = use_config()
    for name in ("MIN_EXTRACTED_SIZE", "MIN_OUTPUT_SIZE"):
        config.set("DEFAULT", name, "1")
    return config
