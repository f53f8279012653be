"""Clean raw article text: str -> str functions, no I/O.

Feed exports arrive hard-wrapped, with photo captions, credits and tag lines
mixed into the prose. Cleaning joins wrapped lines back into paragraphs and
drops the boilerplate, so that photographers and agencies never become actors.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["normalise", "paragraphs", "is_boilerplate", "is_tag_line", "DATELINE"]

# Control characters other than tab and newline: invalid in XML, meaningless in prose.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
                         "\u00ab": '"', "\u00bb": '"'})

# "KYIV —", "WASHINGTON, D.C. –", "LONDON (Reuters) -": a place in capitals and a dash.
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\- ]{1,40}[A-Z.])(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)*)?"
    r"\s*(?:\((?P<agency>[^)]{1,30})\))?\s*[\u2014\u2013-]{1,2}\s+"
)
# "Text of the caption. | Pool photo by Jason Alden/EPA": everything after the bar is a credit.
_CAPTION = re.compile(r"\s\|\s*(?P<credit>[^|]{2,120})$")
_CREDIT_WORDS = re.compile(r"/|\b(photo|photos|image|images|getty|afp|epa|reuters|ap|pool)\b", re.IGNORECASE)
_TAG_LINE = re.compile(r"^(tags?|topics?|filed under)\s*[-\u2013\u2014:]\s*\S", re.IGNORECASE)
_PROMO = re.compile(
    r"^(also read|read more|read also|related|recommended|see also|sign up|subscribe|advertisement)\b",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^by\s+[A-Z][\w.'\-]+(\s+[A-Z][\w.'\-]+){0,3}((,| and)\s+[A-Z][\w.'\-]+(\s+[A-Z][\w.'\-]+){0,3})*$")


def normalise(text: str) -> str:
    """Unicode NFC, straight quotes, no control characters, one kind of line end."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text).translate(_QUOTES)
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def paragraphs(text: str) -> list[str]:
    """Join hard-wrapped lines back into paragraphs.

    A wrapped line ends early only when the next word would not fit, so a line
    that had room for the next line's first word ended its paragraph on purpose.
    Text that is not hard-wrapped keeps one paragraph per line.
    """
    lines = text.split("\n")
    width = _wrap_width(lines)
    result: list[str] = []
    current: list[str] = []
    for i, line in enumerate(lines):
        if not line:
            _flush(current, result)
            continue
        current.append(line)
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if not following or width is None or len(line) + 1 + len(following.split()[0]) <= width:
            _flush(current, result)
    _flush(current, result)
    return result


def is_tag_line(paragraph: str) -> bool:
    """'Tag - Drones': the end of an article in feed exports."""
    return bool(_TAG_LINE.match(paragraph)) and len(paragraph) < 120


def is_boilerplate(paragraph: str) -> bool:
    """A caption, credit, tag line, byline, promo or subhead: not reported prose."""
    caption = _CAPTION.search(paragraph)
    if caption and _CREDIT_WORDS.search(caption["credit"]):
        return True
    if is_tag_line(paragraph) or _BYLINE.match(paragraph):
        return True
    if len(paragraph) < 200 and _PROMO.match(paragraph):
        return True
    # Subheads such as "WHAT HAPPENS IF RUSSIA ACTUALLY ATTACKS?": headings, not sentences.
    letters = [c for c in paragraph if c.isalpha()]
    return len(paragraph) < 120 and len(letters) > 3 and all(c.isupper() for c in letters)


def _flush(current: list[str], result: list[str]) -> None:
    if current:
        joined = current[0]
        for line in current[1:]:
            # "medically-" + "deployable": a word broken at its hyphen stays one word.
            joined = joined + line if joined.endswith("-") and joined[-2:-1].isalpha() else f"{joined} {line}"
        result.append(joined)
        current.clear()


def _wrap_width(lines: list[str]) -> int | None:
    """The column text was wrapped at, or None when lines are whole paragraphs."""
    lengths = [len(line) for line in lines if line]
    if len(lengths) < 5:
        return None
    width = max(lengths)
    if width > 200:
        return None
    near_edge = sum(1 for n in lengths if n >= width - 15)
    return width if near_edge >= 0.5 * len(lengths) else None
