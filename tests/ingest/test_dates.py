"""Dates as feeds, pages and datelines give them, to ISO 8601."""

import pytest

from kgraph.ingest.dates import iso_date


@pytest.mark.parametrize("given, iso", [
    ("2026-01-07", "2026-01-07"), ("2026-01-07T23:30:00+02:00", "2026-01-07"), ("2026-01-07 09:30:00", "2026-01-07"),
    ("Wed, 07 Jan 2026 09:30:00 GMT", "2026-01-07"), ("7 January 2026", "2026-01-07"),
    ("Jan 7, 2026", "2026-01-07"), ("2026/01/07", "2026-01-07"), ("20260107", "2026-01-07"),
    ("13/01/2026", "2026-01-13"),  # only one reading: there is no 13th month
    ("Published January 7, 2026 4:00 am CET", "2026-01-07"), ("Updated 7 Jan 2026, 10:00 GMT", "2026-01-07"),
    (1767780000, "2026-01-07"),  # a Unix timestamp
    ("07/01/2026", ""),  # July or January?
    ("yesterday", ""), ("last Tuesday", ""), ("Tuesday", ""), ("Jan. 7", ""), ("2026", ""), ("", ""), (True, ""),
    (42, ""),
])
def test_whole_unambiguous_dates_become_iso_and_the_rest_nothing(given, iso):
    assert iso_date(given) == iso
