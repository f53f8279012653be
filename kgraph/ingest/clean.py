"""Clean raw article text: str -> str functions, no I/O.

Feed exports arrive hard-wrapped, with photo captions, credits, bylines, promos
and tag lines mixed into the prose. Cleaning joins wrapped lines back into
paragraphs and drops the boilerplate, so that photographers and agencies never
become actors. docs/input.md lists what is dropped and why.
"""

from __future__ import annotations

import re
import string
import unicodedata

__all__ = [
    "normalise",
    "paragraphs",
    "is_boilerplate",
    "is_tag_line",
    "is_heading",
    "strip_credits",
    "ends_sentence",
    "DATELINE",
]

# Control characters other than tab and newline: invalid in XML, meaningless in prose.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff\ufffe\uffff]")
# Runs of spaces that are not already one plain space.
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")
# (typographic, plain) pairs: curly quotes, guillemets and Unicode line and paragraph separators.
_QUOTES = tuple({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                 "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
                 "\u00ab": '"', "\u00bb": '"', "\u2028": "\n", "\u2029": "\n\n"}.items())

# "KYIV —", "WASHINGTON, D.C. –", "LONDON (Reuters) -": a place in capitals and a dash.
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\- ]{1,40}[A-Z.])(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)*)?"
    r"\s*(?:\((?P<agency>[^)]{1,30})\))?\s*[\u2014\u2013-]{1,2}\s+"
)
# Words a photo or agency credit is made of: "Pool photo by Jason Alden/EPA".
_CREDIT_WORD = (r"photos?|images?|getty|afp|epa|reuters|ap|pool|via|courtesy|shutterstock|alamy|bloomberg|"
                r"xinhua|tass|dpa")
# "Text of the caption. | Pool photo by Jason Alden/EPA": everything after the bar is a credit.
_CAPTION = re.compile(r"\s\|\s*(?P<credit>[^|]{2,120})$")
_CREDIT = re.compile(rf"/|\b({_CREDIT_WORD})\b", re.IGNORECASE)
# The first word of a line that carries on a credit wrapped at the margin: "Pizzoferrato/Middle", "Images".
_CREDIT_GOES_ON = re.compile(rf"^(\S*/|({_CREDIT_WORD})\b)", re.IGNORECASE)
# "(AP Photo/Efrem Lukatsky)", "(Photo: Reuters)": a credit inside a paragraph.
_INLINE_CREDIT = re.compile(rf"\s*\((?:[^()]{{0,40}}\b(?:{_CREDIT_WORD})\b[^()]{{0,60}})\)(?=\s|$)", re.IGNORECASE)
_CREDIT_LINE = re.compile(
    r"^(photo|image|picture|video|graphic|illustration)s?(\s+(credit|by))?\s*[:\-\u2013\u2014]|"
    r"^(credit|source|copyright)\s*:|^(\u00a9|\(c\)|copyright\b)|all rights reserved\.?$|"
    r"^(\(?(reporting|additional reporting|writing|editing|compiled)\s+by\b)",
    re.IGNORECASE,
)
_TAG_LINE = re.compile(r"^(tags?|topics?|filed under|categories|keywords)\s*[-\u2013\u2014:]\s*\S", re.IGNORECASE)
_PROMO = re.compile(
    r"^\W*(also read|read more|read also|more from|related( articles?| stories| coverage)?|recommended|"
    r"see also|sign up|subscribe|advertisement|follow us|click here)\s*([:\-\u2013\u2014>\u00bb|]|$)",
    re.IGNORECASE,
)
_NAME = r"[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){0,3}"
_BYLINE = re.compile(
    rf"^(?i:by)\s+{_NAME}((,\s*|\s+and\s+){_NAME})*(\s*[,|\-\u2013\u2014]\s*{_NAME})?\.?$"
)
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_MARKDOWN_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\s]+\)")
_MARKDOWN_EMPHASIS = re.compile(r"(\*{1,2}|\b_{1,2})(?=\S)([^*_\n]+?)(?<=\S)\1")
# Abbreviations that end with a full stop without ending the sentence: "U.S.", "Jan.", "Mr.".
_ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Za-z]\.){2,}|\b[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Gov|Sen|Rep|Rev|Prof|Jr|Sr|No|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Co|Corp|Ltd|vs|etc)\.)$"
)
_ABBREVIATION_CHARS = string.ascii_letters + "."


def normalise(text: str) -> str:
    """Unicode NFC, straight quotes, no control characters or Markdown emphasis and links,
    one kind of line end and space."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    # One replace per quote that occurs: far faster than str.translate on non-ASCII text.
    for typographic, plain in _QUOTES:
        if typographic in text:
            text = text.replace(typographic, plain)
    text = _CONTROL.sub("", text)
    # Markdown is rare in feeds: its patterns (slow to scan for) run only where its characters are.
    if "[" in text:
        text = _MARKDOWN_LINK.sub(r"\1", text)
    if "*" in text or "_" in text:
        text = _MARKDOWN_EMPHASIS.sub(r"\2", text)
    return "\n".join(line.strip() for line in _SPACES.sub(" ", text).split("\n"))


def paragraphs(text: str) -> list[str]:
    """Join hard-wrapped lines of normalised text back into paragraphs.

    A wrapped line ends early only when the next word would not fit, so a line
    that had room for the next line's first word ended its paragraph on purpose.
    A line that ends a sentence outside a quotation and was full anyway is
    ambiguous; it is read as a paragraph end, because news paragraphs are short
    and a false break costs nothing while a missed one can hide an article start.
    A photo caption ends with its credit. Text that is not hard-wrapped keeps
    one paragraph per line, except that a line broken mid-sentence (the next
    starts in lower case) goes on.
    """
    lines = text.split("\n")
    width = _wrap_width(lines)
    result: list[str] = []
    current: list[str] = []
    quotes = 0  # quotation marks in ``current``, kept as lines come rather than counted again
    for line, following in zip(lines, [*lines[1:], ""]):
        if line:
            current.append(line)
            quotes += line.count('"')
        if not line or not following or _ends_paragraph(current, following, width, quoting=quotes % 2 == 1):
            _flush(current, result)
            quotes = 0
    _flush(current, result)
    return result


def ends_sentence(text: str) -> bool:
    """Does ``text`` end with a full stop, question or exclamation mark (not "U.S.")?"""
    text = text.rstrip("\"')]")
    # An abbreviation is letters and dots: look for one only in the run of them that ends the text.
    return text.endswith(("?", "!")) or (
        text.endswith(".") and not _ABBREVIATION.search(text, len(text.rstrip(_ABBREVIATION_CHARS))))


def is_tag_line(paragraph: str) -> bool:
    """'Tag - Drones': the end of an article in feed exports."""
    return bool(_TAG_LINE.match(paragraph)) and len(paragraph) < 160


def is_heading(paragraph: str) -> bool:
    """A Markdown heading, or a subhead such as "WHAT HAPPENS IF RUSSIA ACTUALLY ATTACKS?"."""
    if _MARKDOWN_HEADING.match(paragraph):
        return True
    if len(paragraph) >= 120:
        return False
    letters = [c for c in paragraph if c.isalpha()]
    return len(letters) > 3 and all(c.isupper() for c in letters)


def is_boilerplate(paragraph: str) -> bool:
    """A caption, credit, tag line, byline, promo or subhead: not reported prose."""
    if _is_caption(paragraph):
        return True
    if is_tag_line(paragraph) or is_heading(paragraph) or _BYLINE.match(paragraph):
        return True
    return len(paragraph) < 200 and bool(_PROMO.match(paragraph) or _CREDIT_LINE.search(paragraph))


def strip_credits(paragraph: str) -> str:
    """Remove credits set inside prose: "... Kyiv. (AP Photo/Efrem Lukatsky)"."""
    return _INLINE_CREDIT.sub("", paragraph).strip() if "(" in paragraph else paragraph.strip()


def _ends_paragraph(current: list[str], following: str, width: int | None, *, quoting: bool) -> bool:
    line = current[-1]
    if width is None:  # lines are paragraphs, unless one was broken mid-sentence
        return ends_sentence(line) or not following[0].islower()
    if _is_caption(line):
        return not _CREDIT_GOES_ON.match(following)
    if len(line) + 1 + len(following.split(maxsplit=1)[0]) <= width:
        return True
    return ends_sentence(line) and not quoting


def _is_caption(text: str) -> bool:
    """Does ``text`` end with "| Pool photo by Jason Alden/EPA", a caption's credit?"""
    caption = _CAPTION.search(text) if "|" in text else None
    return bool(caption and _CREDIT.search(caption["credit"]))


def _flush(current: list[str], result: list[str]) -> None:
    """Join the lines gathered in ``current`` into one paragraph on ``result``, and empty ``current``."""
    if current:
        parts = [current[0]]
        end = current[0][-2:]  # the last two characters joined so far
        for line in current[1:]:
            # "medically-" + "deployable": a word broken at its hyphen stays one word.
            gap = "" if end.endswith("-") and end[:-1].isalpha() else " "
            parts += (gap, line)
            end = (end + gap + line)[-2:]
        result.append("".join(parts))
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
