"""Timelines: what happened between parties, in order, with dates as precise as reported.

A timeline has one entry per event, except that an agreement has one entry
per dated stage of its life-cycle (signed on one day, ratified on another), so
that the steps of a relation read in order. Entries fall in three groups:

* ``dated``: the year is known. They are in chronological order by the
  model's order of partial dates: a year alone sorts at the start of that
  year and a month at the start of that month, before the days it may be
  (``2025`` < ``2025-05`` < ``2025-05-03`` < ``2025-06``); a range sorts where
  it starts. Ties keep kinds in the order consultation, declaration,
  agreement, then stages in life-cycle order, then the order of the set.
* ``year_unknown``: a day or month without a year (``XXXX-12-27``), in
  calendar order of month and day: they cannot be placed among the years.
* ``undated``: no date at all, in the order of the set.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Final

import attrs

from diplorel.model import Agreement, AgreementStage, DateSpan, DateValue, EventKind, Party
from diplorel.query._reported import Reported
from diplorel.query._table import describe, row

__all__ = ["Timeline", "TimelineEntry", "timeline_of"]

_KIND_ORDER: Final = {
    EventKind.CONSULTATION: 0,
    EventKind.DECLARATION: 1,
    EventKind.AGREEMENT: 2,
}


@attrs.frozen(kw_only=True, repr=False)
class TimelineEntry:
    """One step: a date, the reported event and, for an agreement, the stage dated."""

    date: DateValue | None
    record: Reported
    stage: AgreementStage | None = None

    @property
    def year_known(self) -> bool:
        """True when the entry's date has a known (starting) year."""
        start = self.date.start if isinstance(self.date, DateSpan) else self.date
        return start is not None and start.year is not None

    def as_row(self) -> dict[str, Any]:
        """The record's row (:meth:`EventSet.rows`) with ``entry_date`` and ``entry_stage``."""
        result = {
            "entry_date": None if self.date is None else self.date.isoformat(),
            "entry_stage": None if self.stage is None else self.stage.stage.value,
        }
        result.update(row(self.record))
        return result

    def __str__(self) -> str:
        event = self.record.event
        when = "-" if self.date is None else str(self.date)
        what = describe(event)
        if self.stage is not None and isinstance(event, Agreement):
            what = f"{self.stage.stage.value} {event.instrument.value}"
        title = getattr(event, "title", None)
        extra = f" «{title if len(title) <= 50 else title[:49] + '…'}»" if title else ""
        sectors = ",".join(sorted(event.sectors)) or "-"
        docs = ", ".join(self.record.document_ids) or "-"
        return (
            f"{when:<22} {event.kind.value:<12} {what:<32} "
            f"{'-'.join(event.party_codes):<12} {sectors}{extra}  [{docs}]"
        )

    def __repr__(self) -> str:
        return f"TimelineEntry({self.date}, {self.record.event!r})"


@attrs.frozen(kw_only=True, repr=False)
class Timeline:
    """The entries of a set of events in order; see the module notes for the order.

    Iterating goes through ``dated``, then ``year_unknown``, then ``undated``.
    """

    parties: tuple[Party, ...]
    dated: tuple[TimelineEntry, ...]
    year_unknown: tuple[TimelineEntry, ...]
    undated: tuple[TimelineEntry, ...]

    def __iter__(self) -> Iterator[TimelineEntry]:
        yield from self.dated
        yield from self.year_unknown
        yield from self.undated

    def __len__(self) -> int:
        return len(self.dated) + len(self.year_unknown) + len(self.undated)

    def __str__(self) -> str:
        names = " – ".join(f"{item.name} ({item.code})" for item in self.parties)
        lines = [f"{names}: {len(self)} entr{'y' if len(self) == 1 else 'ies'}"]
        lines.extend(str(entry) for entry in self.dated)
        if self.year_unknown:
            lines.append("Year unknown:")
            lines.extend(str(entry) for entry in self.year_unknown)
        if self.undated:
            lines.append("Undated:")
            lines.extend(str(entry) for entry in self.undated)
        return "\n".join(lines)

    def __repr__(self) -> str:
        codes = "-".join(item.code for item in self.parties)
        return (
            f"<Timeline {codes}: {len(self.dated)} dated, "
            f"{len(self.year_unknown)} year unknown, {len(self.undated)} undated>"
        )


def _entries(record: Reported) -> Iterator[TimelineEntry]:
    event = record.event
    if isinstance(event, Agreement):
        dated = [stage for stage in event.stages if stage.date is not None]
        if dated:
            for stage in dated:
                yield TimelineEntry(date=stage.date, record=record, stage=stage)
            return
    yield TimelineEntry(date=event.date, record=record)


def _order(entry: TimelineEntry, position: int) -> tuple[Any, ...]:
    date = entry.date
    key = (0, 0, 0) if date is None else date.sort_key
    rank = -1 if entry.stage is None else entry.stage.stage.rank
    return (key, _KIND_ORDER[entry.record.event.kind], rank, position)


def timeline_of(records: Iterable[Reported], parties: tuple[Party, ...]) -> Timeline:
    """The timeline of ``records`` (already chosen), labelled with ``parties``."""
    dated: list[tuple[tuple[Any, ...], TimelineEntry]] = []
    unknown: list[tuple[tuple[Any, ...], TimelineEntry]] = []
    undated: list[TimelineEntry] = []
    position = 0
    for record in records:
        for entry in _entries(record):
            if entry.date is None:
                undated.append(entry)
            elif entry.year_known:
                dated.append((_order(entry, position), entry))
            else:
                unknown.append((_order(entry, position), entry))
            position += 1
    dated.sort(key=lambda pair: pair[0])
    unknown.sort(key=lambda pair: pair[0])
    return Timeline(
        parties=parties,
        dated=tuple(entry for _, entry in dated),
        year_unknown=tuple(entry for _, entry in unknown),
        undated=tuple(undated),
    )
