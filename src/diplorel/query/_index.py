"""Indexes over a tuple of reported events, as bit masks built once on first use.

An :class:`Index` belongs to one tuple of records (the *store* of an
:class:`~diplorel.query.EventSet` and of every set filtered from it). For each
key (a party code, a kind, a sector, a status, a month of a year...) it keeps a
Python ``int`` whose bit *i* is set when record *i* has that key. Filtering is
then integer arithmetic done in C (``&``, ``|``, ``bit_count``) on masks of a
few hundred kilobytes, whatever the number of matches, and only the final
answer is turned back into positions. Each family of masks is built the first
time a query needs it, in one pass over the records, and cached: the store is
immutable, so the cache never goes stale.
"""

from __future__ import annotations

import calendar
import datetime as dt
import gc
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import cached_property
from typing import Final, TypeVar

from diplorel.model import Agreement, DateSpan, DateValue, EventKind, Party, Sector, Stage
from diplorel.query._reported import Reported

__all__ = [
    "SPAN_MONTHS",
    "DateIndex",
    "Index",
    "mask_of",
    "month_days",
    "paused_gc",
    "positions_of",
]

_K = TypeVar("_K")
_NONZERO: Final = re.compile(rb"[^\x00]")
_BITS: Final = tuple(tuple(bit for bit in range(8) if byte >> bit & 1) for byte in range(256))
_FLAGS: Final = tuple(1 << bit for bit in range(8))
SPAN_MONTHS: Final = 24
"""Ranges touching at most this many months are indexed by month."""


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many long-lived objects.

    Bulk construction (loading, indexing, merging) makes only live objects;
    the collector would walk the whole growing heap again and again for
    nothing. The previous state is restored on exit.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def mask_of(positions: Iterable[int], size: int) -> int:
    """The mask whose bits are ``positions`` (each below ``size``)."""
    if isinstance(positions, list | tuple | range) and not positions:
        return 0
    buffer = bytearray((size + 7) >> 3)
    flags = _FLAGS
    for position in positions:
        buffer[position >> 3] |= flags[position & 7]
    return int.from_bytes(buffer, "little")


def positions_of(mask: int) -> list[int]:
    """The positions of the set bits of ``mask``, ascending."""
    if not mask:
        return []
    data = mask.to_bytes((mask.bit_length() + 7) >> 3, "little")
    found: list[int] = []
    extend = found.extend
    bits = _BITS
    for match in _NONZERO.finditer(data):
        index = match.start()
        base = index << 3
        extend([base + bit for bit in bits[data[index]]])
    return found


class DateIndex:
    """Masks of event dates.

    ``months[(year, month)]`` holds events dated a day or a month of a known
    year; ``years[year]`` events dated a year alone; ``yearless[month]``
    events dated a day or a month of an unknown year; ``spans[year]`` the
    ranges with known years by the year they start, with ``intervals`` giving
    their first and last day as ordinals and ``longest`` the length of the
    longest in days; ``span_months[(year, month)]`` the ranges of at most
    ``SPAN_MONTHS`` months under every month they touch, and ``long_spans``
    the longer ones; ``others`` the ranges with an unknown year, which a
    period query checks one by one. Undated events are in none.
    ``month_days`` holds the first and last day of each month key.
    """

    def __init__(
        self,
        records: Sequence[Reported] = (),
        *,
        dates: Sequence[DateValue | None] | None = None,
    ) -> None:
        """Index the dates of ``records``, or ``dates`` (one per position) when given."""
        found = _DatePositions()
        values = (record.event.date for record in records) if dates is None else dates
        for position, date in enumerate(values):
            if date is not None:
                found.add(position, date)
        size = len(records) if dates is None else len(dates)
        self.longest = found.longest
        self.intervals: dict[int, tuple[int, int]] = found.intervals
        self.months: dict[tuple[int, int], int] = _masks(found.months, size)
        self.years: dict[int, int] = _masks(found.years, size)
        self.yearless: dict[int, int] = _masks(found.yearless, size)
        self.spans: dict[int, int] = _masks(found.spans, size)
        self.span_months: dict[tuple[int, int], int] = _masks(found.span_months, size)
        self.long_spans: int = mask_of(found.long_spans, size)
        self.month_days = {key: month_days(*key) for key in self.months.keys() | found.span_months}
        self.others: int = mask_of(found.others, size)


def _masks(positions: dict[_K, list[int]], size: int) -> dict[_K, int]:
    """The mask of each list of positions."""
    return {key: mask_of(items, size) for key, items in positions.items()}


class _DatePositions:
    """The positions of each kind of date, gathered before they become the masks of
    :class:`DateIndex` (whose attributes of the same names they fill)."""

    def __init__(self) -> None:
        self.months: dict[tuple[int, int], list[int]] = {}
        self.years: dict[int, list[int]] = {}
        self.yearless: dict[int, list[int]] = {}
        self.spans: dict[int, list[int]] = {}
        self.span_months: dict[tuple[int, int], list[int]] = {}
        self.long_spans: list[int] = []
        self.others: list[int] = []
        self.intervals: dict[int, tuple[int, int]] = {}
        self.longest = 0

    def add(self, position: int, date: DateValue) -> None:
        """File the event at ``position`` under its date."""
        if isinstance(date, DateSpan):
            self._add_range(position, date)
        elif date.year is None:
            self.yearless.setdefault(date.month or 0, []).append(position)
        elif date.month is None:
            self.years.setdefault(date.year, []).append(position)
        else:
            self.months.setdefault((date.year, date.month), []).append(position)

    def _add_range(self, position: int, date: DateSpan) -> None:
        first, last = date.start.bounds(), date.end.bounds()
        if first is None or last is None:
            self.others.append(position)
            return
        self.spans.setdefault(first[0].year, []).append(position)
        start, end = first[0], last[1]
        begin = start.year * 12 + start.month - 1
        finish = end.year * 12 + end.month - 1
        if finish - begin < SPAN_MONTHS:
            for index in range(begin, finish + 1):
                key = (index // 12, index % 12 + 1)
                self.span_months.setdefault(key, []).append(position)
        else:
            self.long_spans.append(position)
        days = (start.toordinal(), end.toordinal())
        self.intervals[position] = days
        self.longest = max(self.longest, days[1] - days[0])


class Index:
    """The masks of one sequence of records, each family built on first use.

    ``records`` is a tuple, or a sequence that builds its records on first
    access (see :mod:`diplorel.arrow`, whose index computes the masks from
    columns instead).
    """

    def __init__(self, records: Sequence[Reported]) -> None:
        self.records = records
        self.size = len(records)
        self.full = (1 << self.size) - 1

    def take(self, positions: Iterable[int]) -> tuple[Reported, ...]:
        """The records at ``positions``."""
        records = self.records
        return tuple(records[i] for i in positions)

    def _keyed(self, keys: Callable[[Reported], Iterable[_K]]) -> dict[_K, int]:
        keyed: dict[_K, list[int]] = {}
        with paused_gc():
            for position, record in enumerate(self.records):
                for key in keys(record):
                    found = keyed.get(key)
                    if found is None:
                        keyed[key] = [position]
                    else:
                        found.append(position)
            return {key: mask_of(items, self.size) for key, items in keyed.items()}

    @cached_property
    def parties(self) -> dict[str, Party]:
        """Every party of the records by code."""
        found: dict[str, Party] = {}
        for record in self.records:
            for item in record.event.parties:
                found.setdefault(item.code, item)
        return found

    @cached_property
    def by_party(self) -> dict[str, int]:
        """Records by party code."""
        return self._keyed(lambda record: [item.code for item in record.event.parties])

    @cached_property
    def by_kind(self) -> dict[EventKind, int]:
        """Records by kind."""
        return self._keyed(lambda record: (record.event.kind,))

    @cached_property
    def by_sector(self) -> dict[Sector, int]:
        """Records by sector."""
        return self._keyed(lambda record: record.event.sectors)

    @cached_property
    def by_status(self) -> dict[Stage, int]:
        """Agreements by their latest stage."""
        masks = self._keyed(
            lambda record: (record.event.status,) if isinstance(record.event, Agreement) else ()
        )
        return {Stage(key): mask for key, mask in masks.items()}

    @cached_property
    def background(self) -> int:
        """Records marked as background."""
        return mask_of(
            (i for i, record in enumerate(self.records) if record.event.background), self.size
        )

    @cached_property
    def dates(self) -> DateIndex:
        """Records by date."""
        with paused_gc():
            return DateIndex(self.records)

    def any_of(self, masks: Mapping[_K, int], keys: Iterable[_K]) -> int:
        """The records with any of ``keys``."""
        result = 0
        for key in keys:
            result |= masks.get(key, 0)
        return result

    def all_of(self, masks: Mapping[_K, int], keys: Iterable[_K]) -> int:
        """The records with all of ``keys``."""
        result = self.full
        for key in keys:
            result &= masks.get(key, 0)
        return result


def month_days(year: int, month: int) -> tuple[dt.date, dt.date]:
    """First and last day of a month."""
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
