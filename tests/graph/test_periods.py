"""Periods: labels, spans, the automatic choice, and co-mentions counted per period."""

from datetime import date

import pytest

from kgraph.contract import format_periods, parse_periods
from kgraph.graph import comention, periods
from tests.graph.test_comention import article


@pytest.mark.parametrize(("period", "expected"), [
    ("day", "2025-05-03"), ("week", "2025-W18"), ("month", "2025-05"), ("year", "2025")])
def test_a_date_has_one_label_per_kind_of_period(period, expected):
    assert periods.label("2025-05-03", period) == expected
    assert periods.parse(expected) == period
    assert periods.span(expected)[0] <= date(2025, 5, 3) <= periods.span(expected)[1]


def test_iso_weeks_cross_the_new_year_and_months_know_leap_days():
    assert periods.between("2024-12-28", "2025-01-06", "week") == ["2024-W52", "2025-W01", "2025-W02"]
    assert periods.span("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert periods.between("2025-11", "2026-02", "month") == ["2025-11", "2025-12", "2026-01", "2026-02"]


@pytest.mark.parametrize(("first", "last", "expected"), [
    ("2025-05-01", "2025-05-03", "day"),  # shorter than four days: days all the same
    ("2025-05-01", "2025-05-30", "day"),
    ("2025-05-01", "2025-07-31", "week"),
    ("2025-01-01", "2026-12-31", "month"),
    ("2010-01-01", "2025-12-31", "year"),
])
def test_the_default_period_gives_at_most_thirty(first, last, expected):
    chosen = periods.choose(["", first, last])
    assert chosen == expected
    assert len(periods.between(first, last, chosen)) <= periods.MAX_PERIODS
    assert periods.choose(["", ""]) is None


def test_a_coarser_label_covers_the_periods_starting_inside_it():
    weeks = periods.between("2025-04-20", "2025-06-10", "week")
    assert periods.within(weeks, "2025-05") == ["2025-W19", "2025-W20", "2025-W21", "2025-W22"]
    with pytest.raises(ValueError, match="not a period"):
        periods.within(weeks, "May 2025")
    with pytest.raises(ValueError, match="not a period"):
        periods.parse("2025-13")


def test_period_counts_round_trip_through_one_string():
    assert format_periods({"2025-06": 1, "2025-05": 3, "2025-07": 0}) == "2025-05:3|2025-06:1"
    assert format_periods({"2025-06": 0, "2025-05": 3}, empty=True) == "2025-05:3|2025-06:0"
    assert parse_periods("2025-05:3|2025-06:1") == {"2025-05": 3, "2025-06": 1}
    assert parse_periods("") == {}
    with pytest.raises(ValueError, match="PERIOD:COUNT"):
        parse_periods("2025-05")


def test_windows_are_counted_per_period_and_undated_ones_in_none():
    linked = [
        article("m1", [[("A met B.", ["a", "b"]), ("A and B again.", ["a", "b"])]], date="2025-05-02"),
        article("j1", [[("A met C.", ["a", "c"])]], date="2025-07-09"),
        article("u1", [[("A met B once more.", ["a", "b"])]]),
    ]
    result = comention.count(linked, period="month", max_evidence=1)
    assert result.pairs["a", "b"].weight == 3 and result.pairs["a", "b"].periods == {"2025-05": 2}
    assert result.pairs["a", "c"].periods == {"2025-07": 1}
    assert result.entity_periods["a"] == {"2025-05": 2, "2025-07": 1}
    assert result.article_periods == {"2025-05": 1, "2025-06": 0, "2025-07": 1}  # the empty month too
    assert result.undated == 1
    # one linking sentence kept per period (and one for the undated), so every period has its evidence
    assert [e.sentence for e in result.pairs["a", "b"].evidence] == ["A met B.", "A met B once more."]


def test_without_a_period_nothing_is_counted_per_period():
    result = comention.count([article("m1", [[("A met B.", ["a", "b"])]], date="2025-05-02")])
    assert result.period is None and result.pairs["a", "b"].periods == {} and result.article_periods == {}
    with pytest.raises(ValueError, match="period must be one of"):
        comention.count([], period="fortnight")
