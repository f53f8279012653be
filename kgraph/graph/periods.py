"""Periods of time: the calendar buckets (day, week, month, year) the graph counts co-mentions in.

A period is named by a label that sorts in time order and holds neither ``:`` nor
``|`` (the separators of the ``periods`` attribute, kgraph.contract):

    day "2025-05-03"    week "2025-W18" (ISO 8601 week)    month "2025-05"    year "2025"

Pure functions over ISO dates (``YYYY-MM-DD``, as kgraph.ingest.read.iso_date
gives them); no networkx, so the query layer may use them on an index.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

__all__ = ["PERIODS", "MIN_PERIODS", "MAX_PERIODS", "label", "span", "between", "choose", "within", "parse"]

PERIODS = ("day", "week", "month", "year")
# An automatic choice aims for this many periods: enough to see a change, few enough to read.
MIN_PERIODS, MAX_PERIODS = 4, 30

_LABELS = {
    "day": re.compile(r"\d{4}-\d{2}-\d{2}"),
    "week": re.compile(r"\d{4}-W\d{2}"),
    "month": re.compile(r"\d{4}-\d{2}"),
    "year": re.compile(r"\d{4}"),
}


def label(day: str | date, period: str) -> str:
    """The label of the ``period`` holding ``day`` (an ISO date or a date)."""
    when = day if isinstance(day, date) else date.fromisoformat(day[:10])
    if period == "day":
        return when.isoformat()
    if period == "week":
        year, week, _ = when.isocalendar()
        return f"{year}-W{week:02d}"
    if period == "month":
        return f"{when.year}-{when.month:02d}"
    if period == "year":
        return str(when.year)
    raise ValueError(f"period must be one of {', '.join(PERIODS)}, not {period!r}")


def parse(text: str) -> str:
    """The kind of period a label names ("day", "week", "month", "year"); ValueError for anything else."""
    for period, pattern in _LABELS.items():
        if pattern.fullmatch(text):
            try:
                span(text)
            except ValueError:
                break
            return period
    raise ValueError(f"{text!r} is not a period: give a day (2025-05-03), week (2025-W18), month (2025-05) "
                     "or year (2025)")


def span(text: str) -> tuple[date, date]:
    """First and last day of the period labelled ``text``."""
    if _LABELS["day"].fullmatch(text):
        day = date.fromisoformat(text)
        return day, day
    if _LABELS["week"].fullmatch(text):
        monday = date.fromisocalendar(int(text[:4]), int(text[6:]), 1)
        return monday, monday + timedelta(days=6)
    if _LABELS["month"].fullmatch(text):
        first = date(int(text[:4]), int(text[5:]), 1)
        following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return first, following - timedelta(days=1)
    if _LABELS["year"].fullmatch(text):
        return date(int(text), 1, 1), date(int(text), 12, 31)
    raise ValueError(f"{text!r} is not a period label")


def between(first: str, last: str, period: str) -> list[str]:
    """Every label of ``period`` from the one holding ``first`` to the one holding ``last`` (dates or labels)."""
    labels = [label(span(first)[0], period)]
    end = label(span(last)[0], period)
    while labels[-1] < end:
        labels.append(label(span(labels[-1])[1] + timedelta(days=1), period))
    return labels


def choose(dates: Iterable[str]) -> str | None:
    """The finest period that cuts the dates' span into at most MAX_PERIODS; None without a date.

    Finer periods give more of them, so the first that fits gives at least
    MIN_PERIODS unless the whole span is shorter than that many days.
    """
    dated = [d for d in dates if d]
    if not dated:
        return None
    first, last = min(dated), max(dated)
    return next((p for p in PERIODS if len(between(first, last, p)) <= MAX_PERIODS), PERIODS[-1])


def within(labels: Iterable[str], outer: str) -> list[str]:
    """The ``labels`` whose period starts inside the period ``outer`` (of any kind), in order.

    So a month names the weeks that start in it, and a year its months.
    """
    parse(outer)
    start, end = span(outer)
    return [text for text in labels if start <= span(text)[0] <= end]
