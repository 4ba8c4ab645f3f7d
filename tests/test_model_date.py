"""Tests of diplorel.model._date: partial dates, ranges and their EDTF text form."""

from __future__ import annotations

import calendar
import datetime as dt

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplorel import strategies as ds
from diplorel.errors import InvalidValueError, ParseError
from diplorel.model import DateSpan, PartialDate, parse_date_value

# -- examples -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("2025", (2025, None, None)),
        ("2025-05", (2025, 5, None)),
        ("2025-04-21", (2025, 4, 21)),
        ("XXXX-06-10", (None, 6, 10)),
        ("XXXX-08", (None, 8, None)),
        ("0001-01-01", (1, 1, 1)),
        ("2024-02-29", (2024, 2, 29)),
        ("XXXX-02-29", (None, 2, 29)),
    ],
)
def test_parse_reads_every_shape(text: str, parts: tuple[int | None, ...]) -> None:
    date = PartialDate.parse(text)
    assert (date.year, date.month, date.day) == parts
    assert date.isoformat() == text
    assert str(date) == text


def test_repr_shows_the_edtf_form() -> None:
    assert repr(PartialDate(year=2025, month=4, day=21)) == "PartialDate('2025-04-21')"
    assert repr(PartialDate(month=8)) == "PartialDate('XXXX-08')"
    assert repr(DateSpan.parse("2024-07-05/2024-07-06")) == "DateSpan('2024-07-05/2024-07-06')"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "25",
        "2025-5",
        "2025-05-1",
        "2025/05",
        "2025-13",
        "2025-00",
        "0000",
        "2023-02-29",
        "2025-04-31",
        "XXXX",
        "XXXX-02-30",
        "2025-05-12T10:00",
        "２０２５",  # full-width digits are not ASCII digits
        "٢٠٢٥",  # nor are Arabic-Indic ones
    ],
)
def test_parse_rejects_what_is_not_one_date(text: str) -> None:
    with pytest.raises(ParseError):
        PartialDate.parse(text)


def test_parse_error_shows_the_source_with_a_caret() -> None:
    with pytest.raises(ParseError) as info:
        PartialDate.parse("2025-13")
    message = str(info.value)
    assert "2025-13" in message
    assert "^" in message
    assert info.value.source == "2025-13"


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        ({"year": 0}, "year"),
        ({"year": 10000}, "year"),
        ({"year": True}, "year"),
        ({"year": 2025, "month": 13}, "month"),
        ({"year": 2025, "month": 0}, "month"),
        ({"year": 2025, "month": 1, "day": 32}, "day"),
        ({"year": 2025, "month": 2, "day": 29}, "day 29"),
        ({"month": 4, "day": 31}, "at most 30"),
        ({}, "at least a year or a month"),
        ({"day": 3}, "at least a year or a month"),
        ({"year": 2025, "day": 3}, "without a month"),
    ],
)
def test_invalid_parts_name_the_field(fields: dict[str, int], words: str) -> None:
    with pytest.raises(InvalidValueError, match=words):
        PartialDate(**fields)


def test_conversions_to_and_from_datetime() -> None:
    day = PartialDate.from_date(dt.date(2025, 4, 21))
    assert day.is_complete
    assert day.to_date() == dt.date(2025, 4, 21)
    assert PartialDate(year=2025, month=4).to_date() is None
    assert not PartialDate(month=4, day=2).is_complete


def test_bounds_of_each_precision() -> None:
    assert PartialDate(year=2024).bounds() == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert PartialDate(year=2024, month=2).bounds() == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert PartialDate(year=2024, month=2, day=3).bounds() == (
        dt.date(2024, 2, 3),
        dt.date(2024, 2, 3),
    )
    assert PartialDate(month=2, day=3).bounds() is None


def test_containment_and_overlap_examples() -> None:
    year, may, may_12 = (PartialDate.parse(t) for t in ("2025", "2025-05", "2025-05-12"))
    june_10 = PartialDate.parse("XXXX-06-10")
    assert year.contains(may)
    assert may.contains(may_12)
    assert not may_12.contains(may)
    assert PartialDate.parse("XXXX-06").contains(PartialDate.parse("2024-06-10"))
    assert not PartialDate.parse("2024-06").contains(june_10)
    assert june_10.overlaps(PartialDate.parse("2024-06"))
    assert not may.overlaps(PartialDate.parse("2025-06"))


def test_29_february_overlaps_only_leap_years() -> None:
    leap_day = PartialDate.parse("XXXX-02-29")
    assert leap_day.overlaps(PartialDate.parse("2024-02"))
    assert leap_day.overlaps(PartialDate.parse("2024"))
    assert not leap_day.overlaps(PartialDate.parse("2023-02"))
    assert not PartialDate.parse("2023").overlaps(leap_day)


def test_order_puts_unknown_parts_first() -> None:
    texts = ["2025-05-12", "XXXX-06-10", "2025", "2025-05", "2024-12-31", "XXXX-01"]
    ordered = sorted(PartialDate.parse(t) for t in texts)
    assert [str(d) for d in ordered] == [
        "XXXX-01",
        "XXXX-06-10",
        "2024-12-31",
        "2025",
        "2025-05",
        "2025-05-12",
    ]


def test_comparison_with_other_types_is_not_implemented() -> None:
    with pytest.raises(TypeError):
        _ = PartialDate(year=2025) < "2025"


def test_date_span_examples() -> None:
    span = DateSpan.parse("2024-07-05/2024-07-06")
    assert span.start == PartialDate(year=2024, month=7, day=5)
    assert str(span) == "2024-07-05/2024-07-06"
    assert span.sort_key == (2024, 7, 5)
    assert span.contains(PartialDate.parse("2024-07-06"))
    assert not span.contains(PartialDate.parse("2024-07"))
    assert span.overlaps(PartialDate.parse("2024-07"))
    assert not span.overlaps(PartialDate.parse("2024-08"))
    assert DateSpan.parse("XXXX-05-20/XXXX-05-23").contains(PartialDate.parse("XXXX-05-21"))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("2024-07-06/2024-07-05", "before start"),
        ("2024-07-05/2024-07-05", "two different ends"),
        ("2024-07-05", "range"),
        ("2024/2025/2026", "range"),
        ("2024-02-30/2024-03-01", "day 30"),
    ],
)
def test_date_span_rejects_bad_ranges(text: str, words: str) -> None:
    with pytest.raises(ParseError, match=words):
        DateSpan.parse(text)


def test_date_span_validates_its_ends() -> None:
    with pytest.raises(InvalidValueError, match="before start"):
        DateSpan(start=PartialDate(year=2025), end=PartialDate(year=2024))
    with pytest.raises(TypeError):
        DateSpan(start="2024", end=PartialDate(year=2025))  # type: ignore[arg-type]


def test_parse_date_value_reads_both_forms() -> None:
    assert parse_date_value("2025-05") == PartialDate(year=2025, month=5)
    assert parse_date_value("2025/2026") == DateSpan(
        start=PartialDate(year=2025), end=PartialDate(year=2026)
    )
    with pytest.raises(ParseError):
        parse_date_value("mai 2025")


# -- properties -----------------------------------------------------------------------

fast = settings(max_examples=150, deadline=None)


@st.composite
def generalisations(draw: st.DrawFn) -> tuple[PartialDate, PartialDate]:
    """A date ``b`` and a date ``a`` made by forgetting some of ``b``'s parts."""
    b = draw(ds.partial_dates())
    month, day = b.month, b.day
    year = None if month is not None and draw(st.booleans()) else b.year
    if day is not None and draw(st.booleans()):
        day = None
    if month is not None and day is None and year is not None and draw(st.booleans()):
        month = None
    return PartialDate(year=year, month=month, day=day), b


@fast
@given(ds.partial_dates())
def test_edtf_round_trip_of_partial_dates(date: PartialDate) -> None:
    assert PartialDate.parse(date.isoformat()) == date
    assert parse_date_value(str(date)) == date


@fast
@given(ds.date_spans())
def test_edtf_round_trip_of_date_spans(span: DateSpan) -> None:
    assert DateSpan.parse(span.isoformat()) == span
    assert parse_date_value(str(span)) == span


@fast
@given(ds.partial_dates(), ds.partial_dates(), ds.partial_dates())
def test_order_is_a_total_preorder(a: PartialDate, b: PartialDate, c: PartialDate) -> None:
    assert a <= attrs.evolve(a)
    assert a <= b or b <= a
    if a <= b <= c:
        assert a <= c
    assert (a < b) == (b > a)
    assert (a <= b) == (b >= a)
    assert (a < b) == (a <= b and not b <= a)
    if a <= b <= a:
        assert a == b


@fast
@given(generalisations())
def test_contains_implies_order_and_overlap(pair: tuple[PartialDate, PartialDate]) -> None:
    a, b = pair
    assert a.contains(b)
    assert a <= b
    assert a.overlaps(b)
    assert b.overlaps(a)


@fast
@given(ds.partial_dates(), ds.partial_dates())
def test_contains_and_overlaps_on_any_pair(a: PartialDate, b: PartialDate) -> None:
    assert a.contains(a)
    assert a.overlaps(b) == b.overlaps(a)
    if a.contains(b):
        assert a <= b
        assert a.overlaps(b)
    if a.contains(b) and b.contains(a):
        assert a == b


@fast
@given(
    ds.partial_dates(min_year=1999, max_year=2001), ds.partial_dates(min_year=1999, max_year=2001)
)
def test_contains_and_overlaps_agree_with_the_days_when_years_are_known(
    a: PartialDate, b: PartialDate
) -> None:
    a_bounds, b_bounds = a.bounds(), b.bounds()
    if a_bounds is None or b_bounds is None:
        return
    (a_lo, a_hi), (b_lo, b_hi) = a_bounds, b_bounds
    assert a.contains(b) == (a_lo <= b_lo and b_hi <= a_hi)
    assert a.overlaps(b) == (a_lo <= b_hi and b_lo <= a_hi)
    if a_hi < b_lo:
        assert a < b


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 10000), st.integers(-1, 14), st.integers(-1, 33))
def test_validator_accepts_exactly_the_calendar_dates(year: int, month: int, day: int) -> None:
    try:
        dt.date(year, month, day)
    except ValueError:
        valid = False
    else:
        valid = True
    if valid:
        assert PartialDate(year=year, month=month, day=day).to_date() == dt.date(year, month, day)
    else:
        with pytest.raises(InvalidValueError):
            PartialDate(year=year, month=month, day=day)


@settings(max_examples=200, deadline=None)
@given(st.integers(-1, 14), st.integers(-1, 33))
def test_validator_without_a_year_accepts_days_of_some_year(month: int, day: int) -> None:
    valid = 1 <= month <= 12 and 1 <= day <= calendar.monthrange(2000, month)[1]
    if valid:
        assert str(PartialDate(month=month, day=day)) == f"XXXX-{month:02d}-{day:02d}"
    else:
        with pytest.raises(InvalidValueError):
            PartialDate(month=month, day=day)


@fast
@given(ds.date_spans())
def test_a_span_contains_its_ends(span: DateSpan) -> None:
    assert span.contains(span.start)
    assert span.contains(span.end)
    assert span.overlaps(span.start)
    assert span.overlaps(span)
    assert span.contains(span)
