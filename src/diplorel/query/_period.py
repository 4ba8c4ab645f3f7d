"""Periods of time, and whether a partial date falls in one.

A :class:`Period` is a range of whole days, from the first day of its start
bound to the last day of its end bound; either end may be open. The date of an
event denotes the set of days it may be (see :mod:`diplorel.model`), and an
event is in a period in one of two readings:

* ``overlaps``: some day the date may be lies in the period (the event *may*
  have happened then);
* ``within``: every day the date may be lies in the period (the event surely
  happened then).

So an event dated ``2025-05`` overlaps May 1–10 but is not within it, and is
both within and overlapping 2025. A date whose year is unknown
(``XXXX-06-10``) may be in any year: it overlaps a period that holds a 10 June
and is within no period with two ends. An undated event is never in a period.
"""

from __future__ import annotations

import calendar
import datetime as dt
from types import EllipsisType
from typing import Final, Literal

import attrs

from diplorel.errors import InvalidValueError
from diplorel.model import DateValue, PartialDate

__all__ = ["Bound", "Period", "PeriodMode", "last_day", "to_partial_date"]

Bound = PartialDate | dt.date | str | int
"""A period bound: a partial date with a year, a date, its EDTF text or a year."""

PeriodMode = Literal["overlaps", "within"]

_FIRST: Final = dt.date.min
_LAST: Final = dt.date.max
# A pattern without a year that occurs in a year occurs again within eight
# years (29 February included), so a period longer than this holds it.
_YEARS_TO_TRY: Final = 9


def to_partial_date(value: Bound, what: str = "date") -> PartialDate:
    """A partial date with a known year from a bound (raises InvalidValueError or ParseError)."""
    if isinstance(value, bool):
        raise InvalidValueError(f"{what} must be a date or a year, not {value!r}")
    if isinstance(value, int):
        if not 1 <= value <= 9999:
            raise InvalidValueError(f"{what}: year {value} is not from 1 to 9999")
        return PartialDate(year=value)
    if isinstance(value, dt.date):
        return PartialDate.from_date(value)
    if isinstance(value, str):
        value = PartialDate.parse(value)
    if not isinstance(value, PartialDate):
        raise InvalidValueError(f"{what} must be a date or a year, not {value!r}")
    if value.year is None:
        raise InvalidValueError(f"{what} {value} has no year, so it cannot bound a period")
    return value


def last_day(value: PartialDate) -> dt.date | None:
    """The last day a partial date may be, or None when its year is unknown."""
    bounds = value.bounds()
    return None if bounds is None else bounds[1]


def _interval(value: DateValue) -> tuple[dt.date, dt.date] | None:
    """First and last day a date may be, when its years are known."""
    if isinstance(value, PartialDate):
        return value.bounds()
    first, last = value.start.bounds(), value.end.bounds()
    if first is None and last is None:
        return None
    return (_FIRST if first is None else first[0], _LAST if last is None else last[1])


def _in_year(value: PartialDate, year: int) -> tuple[dt.date, dt.date] | None:
    """The days of a year-less date in ``year``, or None when it has none there."""
    month = value.month or 1
    if value.day is not None and value.day > calendar.monthrange(year, month)[1]:
        return None
    return PartialDate(year=year, month=value.month, day=value.day).bounds()


def _yearless_in_year(value: DateValue, year: int) -> tuple[dt.date, dt.date] | None:
    """The days a date without any year may be in ``year`` (a range may run into the next)."""
    if isinstance(value, PartialDate):
        return _in_year(value, year)
    first = _in_year(value.start, year)
    end_year = year if value.end.sort_key >= value.start.sort_key else year + 1
    last = _in_year(value.end, end_year) if end_year <= 9999 else None
    if first is None or last is None:
        return None
    return first[0], last[1]


@attrs.frozen(kw_only=True, repr=False)
class Period:
    """The days from ``first`` to ``last``, both included; None is an open end.

    >>> may = Period.of("2025-05-01", "2025-05-10")
    >>> may.overlaps(PartialDate.parse("2025-05")), may.contains(PartialDate.parse("2025-05"))
    (True, False)
    >>> Period.of(2025).contains(PartialDate.parse("2025-05"))
    True
    >>> Period.of("2024", None)
    Period(2024-01-01..…)
    """

    first: dt.date | None = None
    last: dt.date | None = None

    def __attrs_post_init__(self) -> None:
        if self.first is not None and self.last is not None and self.last < self.first:
            raise InvalidValueError(
                f"the period ends ({self.last}) before it starts ({self.first})"
            )

    @classmethod
    def of(cls, start: Bound | None, end: Bound | EllipsisType | None = ...) -> Period:
        """The period from the first day of ``start`` to the last day of ``end``.

        ``end`` left out means the period of ``start`` alone (``Period.of("2025-05")``
        is May 2025); None at either end leaves it open (``Period.of("2024", None)``
        is from 1 January 2024 on). Bounds need a known year; a bad bound raises
        :class:`~diplorel.errors.InvalidValueError` or
        :class:`~diplorel.errors.ParseError`.
        """
        lower = None if start is None else to_partial_date(start, "start")
        upper = lower if end is ... else None if end is None else to_partial_date(end, "end")
        return cls(
            first=None if lower is None else _bound(lower)[0],
            last=None if upper is None else _bound(upper)[1],
        )

    @property
    def lo(self) -> dt.date:
        """The first day, or the first representable day for an open start."""
        return _FIRST if self.first is None else self.first

    @property
    def hi(self) -> dt.date:
        """The last day, or the last representable day for an open end."""
        return _LAST if self.last is None else self.last

    def _touches(self, days: tuple[dt.date, dt.date]) -> bool:
        return days[0] <= self.hi and self.lo <= days[1]

    def _holds(self, days: tuple[dt.date, dt.date]) -> bool:
        return self.lo <= days[0] and days[1] <= self.hi

    def overlaps(self, value: DateValue | None) -> bool:
        """True when some day ``value`` may be lies in the period (never for None)."""
        if value is None:
            return False
        days = _interval(value)
        if days is not None:
            return self._touches(days)
        # A range without years may start in the year before the period.
        first_year, last_year = max(1, self.lo.year - 1), self.hi.year
        for year in range(first_year, min(last_year, first_year + _YEARS_TO_TRY) + 1):
            found = _yearless_in_year(value, year)
            if found is not None and self._touches(found):
                return True
        return False

    def contains(self, value: DateValue | None) -> bool:
        """True when every day ``value`` may be lies in the period (never for None)."""
        if value is None:
            return False
        days = _interval(value)
        if days is None:  # any year: only a period open at both ends holds it
            return self.first is None and self.last is None
        return self._holds(days)

    def matches(self, value: DateValue | None, mode: PeriodMode) -> bool:
        """:meth:`overlaps` or :meth:`contains`, as ``mode`` says."""
        return self.overlaps(value) if mode == "overlaps" else self.contains(value)

    def __repr__(self) -> str:
        first = "…" if self.first is None else self.first.isoformat()
        last = "…" if self.last is None else self.last.isoformat()
        return f"Period({first}..{last})"


def _bound(value: PartialDate) -> tuple[dt.date, dt.date]:
    bounds = value.bounds()
    if bounds is None:  # pragma: no cover - to_partial_date rules it out
        raise InvalidValueError(f"{value} has no year")
    return bounds
