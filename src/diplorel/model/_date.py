"""Partial dates and date ranges, as news text gives them.

A :class:`PartialDate` holds the parts of a calendar date that a text states:
a year alone, a month of a year, a full day, or a day and month whose year is
unknown. It never invents the missing parts. Its text form is the ISO 8601 /
EDTF one: ``2025``, ``2025-05``, ``2025-04-21``, ``XXXX-06-10``, ``XXXX-08``.

Meaning used for comparisons. A partial date denotes the *set of days it may
be*: ``2025-05`` is any day of May 2025, ``XXXX-06-10`` is the 10th of June
of any year. Then:

* ``a.contains(b)`` holds when every day ``b`` may be is a day ``a`` may be
  (``2025`` contains ``2025-05-03``; ``XXXX-06`` contains ``2024-06-10``);
* ``a.overlaps(b)`` holds when some day may be both;
* ordering compares ``(year, month, day)`` with unknown parts counted as
  smaller than any known one, so a date sorts before every date it contains
  and an unknown year sorts before every known year. The order is total and
  consistent with containment: ``a.contains(b)`` implies ``a <= b``.

A :class:`DateSpan` is a range between two partial dates (``2024-07-05/2024-07-06``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Any, Final

import attrs

from diplorel.errors import InvalidValueError, ParseError

__all__ = ["DateSpan", "DateValue", "PartialDate", "parse_date_value"]

_EDTF: Final = re.compile(r"(?P<y>[0-9]{4}|XXXX)(?:-(?P<m>[0-9]{2})(?:-(?P<d>[0-9]{2}))?)?")
_MAX_DAYS: Final = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _check_year(_inst: object, attr: attrs.Attribute[Any], value: int | None) -> None:
    if value is not None and (type(value) is not int or not 1 <= value <= 9999):
        raise InvalidValueError(
            f"{attr.name} must be an int from 1 to 9999 or None, not {value!r}"
        )


def _check_month(_inst: object, attr: attrs.Attribute[Any], value: int | None) -> None:
    if value is not None and (type(value) is not int or not 1 <= value <= 12):
        raise InvalidValueError(f"{attr.name} must be an int from 1 to 12 or None, not {value!r}")


def _check_day(_inst: object, attr: attrs.Attribute[Any], value: int | None) -> None:
    if value is not None and (type(value) is not int or not 1 <= value <= 31):
        raise InvalidValueError(f"{attr.name} must be an int from 1 to 31 or None, not {value!r}")


@attrs.frozen(kw_only=True, order=False, repr=False)
class PartialDate:
    """A calendar date of which only some parts are known.

    >>> PartialDate(year=2025, month=4, day=21)
    PartialDate('2025-04-21')
    >>> str(PartialDate(month=6, day=10))
    'XXXX-06-10'
    >>> PartialDate.parse("2025-05").contains(PartialDate.parse("2025-05-12"))
    True
    """

    year: int | None = attrs.field(default=None, validator=_check_year)
    month: int | None = attrs.field(default=None, validator=_check_month)
    day: int | None = attrs.field(default=None, validator=_check_day)

    def __attrs_post_init__(self) -> None:
        if self.year is None and self.month is None:
            raise InvalidValueError(
                f"a PartialDate needs at least a year or a month, not {self._parts()!r}"
            )
        if self.day is not None and self.month is None:
            raise InvalidValueError(f"day {self.day!r} given without a month")
        if self.day is not None and self.month is not None:
            if self.year is None:
                limit = _MAX_DAYS[self.month]
            else:
                limit = calendar.monthrange(self.year, self.month)[1]
            if self.day > limit:
                raise InvalidValueError(
                    f"day {self.day!r} is not a day of {self._month_label()} (at most {limit})"
                )

    def _parts(self) -> tuple[int | None, int | None, int | None]:
        return (self.year, self.month, self.day)

    def _month_label(self) -> str:
        year = "XXXX" if self.year is None else f"{self.year:04d}"
        return f"{year}-{self.month:02d}"

    # -- text form ---------------------------------------------------------

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse the EDTF text form (``2025``, ``2025-05``, ``XXXX-06-10``)."""
        match = _EDTF.fullmatch(text.strip()) if isinstance(text, str) else None
        if match is None:
            raise ParseError(
                "expected a date such as 2025, 2025-05, 2025-04-21 or XXXX-06-10", str(text)
            )
        year = None if match["y"] == "XXXX" else int(match["y"])
        month = int(match["m"]) if match["m"] else None
        day = int(match["d"]) if match["d"] else None
        try:
            return cls(year=year, month=month, day=day)
        except InvalidValueError as exc:
            raise ParseError(str(exc), text) from None

    def isoformat(self) -> str:
        """Return the EDTF text form; :meth:`parse` reads it back."""
        text = "XXXX" if self.year is None else f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
        return text

    __str__ = isoformat

    def __repr__(self) -> str:
        return f"PartialDate({self.isoformat()!r})"

    # -- precision -----------------------------------------------------------

    @property
    def is_complete(self) -> bool:
        """True when year, month and day are all known."""
        return None not in self._parts()

    @classmethod
    def from_date(cls, value: dt.date) -> PartialDate:
        """The complete partial date of a :class:`datetime.date`."""
        return cls(year=value.year, month=value.month, day=value.day)

    def to_date(self) -> dt.date | None:
        """The :class:`datetime.date` when complete, else ``None``."""
        if self.year is None or self.month is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)

    def bounds(self) -> tuple[dt.date, dt.date] | None:
        """First and last day this date may be, when the year is known."""
        if self.year is None:
            return None
        if self.month is None:
            return dt.date(self.year, 1, 1), dt.date(self.year, 12, 31)
        if self.day is None:
            last = calendar.monthrange(self.year, self.month)[1]
            return dt.date(self.year, self.month, 1), dt.date(self.year, self.month, last)
        day = dt.date(self.year, self.month, self.day)
        return day, day

    # -- order and containment -----------------------------------------------

    @property
    def sort_key(self) -> tuple[int, int, int]:
        """The key of the documented total order (unknown parts count as 0)."""
        return (self.year or 0, self.month or 0, self.day or 0)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.sort_key < other.sort_key

    def __le__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.sort_key <= other.sort_key

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.sort_key > other.sort_key

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.sort_key >= other.sort_key

    def contains(self, other: PartialDate) -> bool:
        """True when every day ``other`` may be is a day ``self`` may be."""
        for mine, theirs in zip(self._parts(), other._parts(), strict=True):
            if mine is not None and mine != theirs:
                return False
        return True

    def overlaps(self, other: PartialDate) -> bool:
        """True when some day may be both ``self`` and ``other``.

        >>> PartialDate.parse("2023-02").overlaps(PartialDate.parse("XXXX-02-29"))
        False
        """
        merged: list[int | None] = []
        for mine, theirs in zip(self._parts(), other._parts(), strict=True):
            if mine is not None and theirs is not None and mine != theirs:
                return False
            merged.append(theirs if mine is None else mine)
        year, month, day = merged
        if year is not None and month is not None and day is not None:
            # One side's year with the other's day: 29 February needs a leap year.
            return day <= calendar.monthrange(year, month)[1]
        return True


@attrs.frozen(kw_only=True, repr=False)
class DateSpan:
    """A range of days between two partial dates, both ends included.

    >>> DateSpan.parse("2024-07-05/2024-07-06").end
    PartialDate('2024-07-06')
    """

    start: PartialDate = attrs.field(validator=attrs.validators.instance_of(PartialDate))
    end: PartialDate = attrs.field(validator=attrs.validators.instance_of(PartialDate))

    def __attrs_post_init__(self) -> None:
        if self.end < self.start and (self.start.year is None) == (self.end.year is None):
            raise InvalidValueError(f"end {self.end} is before start {self.start}")
        if self.start == self.end:
            raise InvalidValueError(f"a DateSpan needs two different ends, not {self.start} twice")

    @classmethod
    def parse(cls, text: str) -> DateSpan:
        """Parse ``START/END`` where both are EDTF partial dates."""
        if not isinstance(text, str) or text.count("/") != 1:
            raise ParseError("expected a range such as 2024-07-05/2024-07-06", str(text))
        left, right = text.split("/")
        try:
            return cls(start=PartialDate.parse(left), end=PartialDate.parse(right))
        except InvalidValueError as exc:
            raise ParseError(str(exc), text) from None

    def isoformat(self) -> str:
        """Return ``START/END`` in EDTF; :meth:`parse` reads it back."""
        return f"{self.start.isoformat()}/{self.end.isoformat()}"

    __str__ = isoformat

    def __repr__(self) -> str:
        return f"DateSpan({self.isoformat()!r})"

    @property
    def sort_key(self) -> tuple[int, int, int]:
        """The start's sort key: a range sorts where it begins."""
        return self.start.sort_key

    def contains(self, other: PartialDate | DateSpan) -> bool:
        """True when ``other`` surely lies within the range (both years known)."""
        first, last = (other.start, other.end) if isinstance(other, DateSpan) else (other, other)
        return _within(first, self.start, self.end) and _within(last, self.start, self.end)

    def overlaps(self, other: PartialDate | DateSpan) -> bool:
        """True when ``other`` may share a day with the range."""
        first, last = (other.start, other.end) if isinstance(other, DateSpan) else (other, other)
        return not (_surely_before(last, self.start) or _surely_before(self.end, first))


DateValue = PartialDate | DateSpan
"""The date of an event: one partial date or a range."""


def parse_date_value(text: str) -> DateValue:
    """Parse the EDTF form of a :data:`DateValue` (a date or a ``A/B`` range)."""
    if isinstance(text, str) and "/" in text:
        return DateSpan.parse(text)
    return PartialDate.parse(text)


def _comparable(a: PartialDate, b: PartialDate) -> bool:
    return (a.year is None) == (b.year is None)


def _surely_before(a: PartialDate, b: PartialDate) -> bool:
    """Every day ``a`` may be is before every day ``b`` may be."""
    if not _comparable(a, b):
        return False
    for mine, theirs in zip(a._parts(), b._parts(), strict=True):
        if mine is None and theirs is None:
            continue
        if mine is None or theirs is None:
            return False
        if mine != theirs:
            return mine < theirs
    return False


def _within(x: PartialDate, lo: PartialDate, hi: PartialDate) -> bool:
    """Every day ``x`` may be lies in ``[lo, hi]``."""
    if lo.contains(x) or hi.contains(x):
        return True
    return _surely_before(lo, x) and _surely_before(x, hi)
