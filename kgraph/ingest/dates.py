"""Dates as inputs give them, to ISO 8601 (YYYY-MM-DD), through dateutil.

A date is taken only when the input states a whole one (year, month and day)
that cannot be read two ways: "07/01/2026" (July or January?) and "last
Tuesday" give ''. Dates are compared as ISO strings downstream (the first and
last date of an edge, ``--since``/``--until``), so a raw value is never kept.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone

from dateutil import parser

__all__ = ["iso_date", "DATE_FIELDS"]

# Record fields that hold the publication date, as feeds and scrapers name them (compared in lower case),
# in order of preference: the first one that reads as a date is taken.
DATE_FIELDS = ("date", "published", "published_at", "publishedat", "pubdate", "datepublished", "date_published",
               "publish_date", "published_date", "pub_date", "created", "created_at", "timestamp")
# Two defaults that differ in every part: a part the text does not state shows as a difference.
_DEFAULTS = (datetime(1901, 2, 3), datetime(1904, 5, 6))
# Seconds since 1970 within these bounds (1990 to 2100) are taken as a Unix timestamp.
_EPOCH_RANGE = (631152000, 4102444800)
_YEARS = range(1900, 2101)
_LEADING_YEAR = re.compile(r"^\s*\d{4}(?:\d{4}\b|[-/.\sT])")


def iso_date(value: object) -> str:
    """'2026-01-07T09:30:00Z', 'Wed, 07 Jan 2026 09:30:00 GMT', 'Published 7 January 2026' -> '2026-01-07'.

    '' for what is no whole date, or an ambiguous one. A number is a Unix timestamp.
    """
    if isinstance(value, bool):
        return ""
    if isinstance(value, (int, float)):
        if _EPOCH_RANGE[0] <= value <= _EPOCH_RANGE[1]:
            return datetime.fromtimestamp(value, tz=timezone.utc).date().isoformat()
        return ""
    text = str(value).strip()
    if not text or len(text) > 100 or not any(c.isdigit() for c in text):
        return ""
    found = _whole_date(text, dayfirst=False)
    if found is None:
        return ""
    # Day and month both 12 or less, year not first: only one reading may be possible.
    if not _LEADING_YEAR.match(text) and _whole_date(text, dayfirst=True) != found:
        return ""
    return found.isoformat() if found.year in _YEARS else ""


def _whole_date(text: str, *, dayfirst: bool) -> date | None:
    """The date ``text`` states in full, else None (a part missing reads differently under each default)."""
    try:
        first, second = (parser.parse(text, default=d, dayfirst=dayfirst, fuzzy=True, ignoretz=True)
                         for d in _DEFAULTS)
    except (ValueError, OverflowError):
        return None
    return first.date() if first.date() == second.date() else None
