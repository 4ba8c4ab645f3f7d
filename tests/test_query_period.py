"""Tests of diplorel.query._period: periods and the two readings of partial dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings

from diplorel import strategies as ds
from diplorel.errors import InvalidValueError, ParseError
from diplorel.model import DateSpan, DateValue, PartialDate
from diplorel.query import Period

P = PartialDate.parse


def _days(value: DateValue) -> set[dt.date] | None:
    """Every day a date may be, for known years (None for unknown years)."""
    start, end = (value.start, value.end) if isinstance(value, DateSpan) else (value, value)
    first, last = start.bounds(), end.bounds()
    if first is None or last is None:
        return None
    return {first[0] + dt.timedelta(days=n) for n in range((last[1] - first[0]).days + 1)}


@settings(max_examples=150, deadline=None)
@given(
    ds.date_values(min_year=2020, max_year=2026),
    ds.partial_dates(min_year=2020, max_year=2026),
    ds.partial_dates(min_year=2020, max_year=2026),
)
def test_readings_agree_with_the_days(value: DateValue, a: PartialDate, b: PartialDate) -> None:
    if a.year is None or b.year is None:
        return
    if b < a:
        a, b = b, a
    try:
        period = Period.of(a, b)
    except InvalidValueError:
        return
    days = _days(value)
    if days is None:
        assert not period.contains(value)
        return
    inside = {day for day in days if period.lo <= day <= period.hi}
    assert period.overlaps(value) == bool(inside)
    assert period.contains(value) == (inside == days)
    if period.contains(value):
        assert period.overlaps(value)


def test_examples_of_the_issue() -> None:
    may_first_days = Period.of("2025-05-01", "2025-05-10")
    assert may_first_days.overlaps(P("2025-05"))
    assert not may_first_days.contains(P("2025-05"))
    assert Period.of("2025").contains(P("2025-05"))
    assert not Period.of("2025").overlaps(None)
    assert not Period.of("2025").contains(None)


def test_dates_without_a_year() -> None:
    assert Period.of("2025-06-01", "2025-06-30").overlaps(P("XXXX-06-10"))
    assert not Period.of("2025-06-01", "2025-06-09").overlaps(P("XXXX-06-10"))
    assert not Period.of("2025").contains(P("XXXX-06-10"))
    assert Period.of(None, None).contains(P("XXXX-06-10"))
    assert not Period.of("2023-02").overlaps(P("XXXX-02-29"))
    assert Period.of("2024-02").overlaps(P("XXXX-02-29"))
    assert Period.of("2025-01-01", "2025-01-05").overlaps(DateSpan.parse("XXXX-01-04/XXXX-01-09"))
    assert not Period.of("2025-01-01", "2025-01-03").overlaps(
        DateSpan.parse("XXXX-01-04/XXXX-01-09")
    )


def test_bounds_and_open_ends() -> None:
    assert Period.of("2024", None) == Period(first=dt.date(2024, 1, 1), last=None)
    assert Period.of(None, "2025-06").last == dt.date(2025, 6, 30)
    assert Period.of(dt.date(2024, 5, 3)).first == dt.date(2024, 5, 3)
    assert Period.of(2024, 2025).last == dt.date(2025, 12, 31)
    assert repr(Period.of("2024", None)) == "Period(2024-01-01..…)"
    with pytest.raises(InvalidValueError):
        Period.of("XXXX-05")
    with pytest.raises(InvalidValueError):
        Period.of("2025", "2024")
    with pytest.raises(ParseError):
        Period.of("2025-02-30")
    with pytest.raises(InvalidValueError):
        Period.of(True)
