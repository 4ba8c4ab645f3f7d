"""EventSet: an immutable, ordered collection of reported events with fast filters.

Every set filtered from another shares its *store* (the tuple of records of
the set first built) and the store's :class:`~diplorel.query._index.Index`, so
indexes are built once, on first use, whatever the chain of filters; a
filtered set is the store plus a bit mask of the records it holds.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import cache, lru_cache
from itertools import combinations
from types import EllipsisType
from typing import IO, TYPE_CHECKING, Any, Literal, overload

from diplorel._fold import fold_name
from diplorel._registry import party as registered_party
from diplorel.errors import InvalidValueError, UnknownEntityError
from diplorel.model import (
    Agreement,
    Consultation,
    ConsultationFormat,
    DateSpan,
    Declaration,
    DeclarationKind,
    Document,
    Event,
    EventKind,
    InstrumentKind,
    Party,
    Sector,
    Stage,
)
from diplorel.query._index import DateIndex, Index, mask_of, month_days, paused_gc, positions_of
from diplorel.query._jsonl import read_jsonl, reports_of_document
from diplorel.query._merge import merged
from diplorel.query._period import Bound, Period, PeriodMode, last_day, to_partial_date
from diplorel.query._reported import Reported
from diplorel.query._table import csv_keys, record_text, row, table
from diplorel.query._timeline import Timeline, timeline_of

if TYPE_CHECKING:  # optional dependencies (diplorel[arrow], diplorel[pandas])
    import pandas as pd
    import pyarrow as pa

__all__ = ["EventSet", "countable_fields", "merge"]

Mode = Literal["any", "all"]
_EVENT_TYPES = (Agreement, Consultation, Declaration)
_REPR_ROWS = 10


def _reported(item: Reported | Event) -> Reported:
    if isinstance(item, Reported):
        return item
    if isinstance(item, _EVENT_TYPES):
        return Reported(event=item)
    raise InvalidValueError(f"an EventSet holds events or Reported records, not {item!r}")


def _member(kind: type[Any], value: object, what: str) -> Any:
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(repr(item.value) for item in kind)
        raise InvalidValueError(f"unknown {what} {value!r} (expected one of {allowed})") from None


# Fields of the flat form whose values are nested objects: they cannot be counted.
_NESTED_FIELDS = frozenset({"spans", "persons", "stages"})
# Singular names accepted by count_by for list fields of the flat form.
_FIELD_ALIASES = {"sector": "sectors", "party": "parties", "head": "heads"}
# Fields whose values are those of an enum: counted in the enum's order.
_ENUM_FIELDS: dict[str, type[enum.Enum]] = {
    "kind": EventKind,
    "format": ConsultationFormat,
    "status": Stage,
    "instrument": InstrumentKind,
    "declaration_kind": DeclarationKind,
    "sectors": Sector,
}
_WORDS = re.compile(r"[^\W_]+")


@cache
def countable_fields() -> tuple[str, ...]:
    """The fields :meth:`EventSet.count_by` counts by: ``year``, every field of the flat
    form (:meth:`EventSet.rows`) but the nested ones, and singular aliases."""
    flat = [key for key in csv_keys() if key not in _NESTED_FIELDS]
    return ("year", *flat, *_FIELD_ALIASES)


@lru_cache(maxsize=8192)
def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORDS.findall(fold_name(text)))


def _contains_words(name: tuple[str, ...], wanted: tuple[str, ...]) -> bool:
    """Whether ``wanted`` is a run of whole words of ``name``."""
    size = len(wanted)
    return size > 0 and any(name[i : i + size] == wanted for i in range(len(name) - size + 1))


def _title(event: Event) -> str | None:
    return event.title if isinstance(event, Agreement | Declaration) else None


# How to read some fields of the flat form straight from a record, without building
# the whole form (a test checks that they agree with :meth:`EventSet.rows`).
_READERS: dict[str, Callable[[Reported], Any]] = {
    "format": lambda r: r.event.format.value if isinstance(r.event, Consultation) else None,
    "parties": lambda r: [item.code for item in sorted(r.event.parties)],
    "date": lambda r: None if r.event.date is None else r.event.date.isoformat(),
    "place": lambda r: r.event.place,
    "round": lambda r: r.event.round if isinstance(r.event, Consultation) else None,
    "heads": lambda r: [person.name for person in r.event.persons],
    "status": lambda r: r.event.status.value if isinstance(r.event, Agreement) else None,
    "instrument": lambda r: r.event.instrument.value if isinstance(r.event, Agreement) else None,
    "title": lambda r: _title(r.event),
    "background": lambda r: r.event.background,
    "document_id": lambda r: r.document_id,
    "source_url": lambda r: r.source_url,
    "documents": lambda r: list(r.document_ids),
}


def _sort_key(value: object) -> tuple[int, str, Any]:
    if value is None:
        return (1, "", 0)
    return (0, type(value).__name__, value)


def _mode(mode: str, allowed: tuple[str, ...]) -> None:
    if mode not in allowed:
        raise InvalidValueError(
            f"mode must be one of {', '.join(map(repr, allowed))}, not {mode!r}"
        )


class EventSet:
    """An immutable, ordered, sized, iterable collection of :class:`Reported` events.

    Build one from documents (:meth:`from_documents`), from JSON Lines written
    by ``diplorel extract`` (:meth:`from_jsonl`) or from any iterable of
    events or reported events (``EventSet(events)``). Filters return new
    sets, in the same order, and chain:
    ``events.kind("agreement").between("AZE", "MAR").during("2024", None)``.

    >>> from diplorel import Consultation, party
    >>> talk = Consultation(parties=[party("AZE"), party("DZA")], format="meeting")
    >>> events = EventSet([talk])
    >>> len(events.involving("DZA")), len(events.between("AZE", "MAR"))
    (1, 0)
    """

    __slots__ = ("_cache", "_index", "_mask")

    _index: Index
    _mask: int
    _cache: dict[str, Any]

    def __init__(self, records: Iterable[Reported | Event] = ()) -> None:
        index = Index(tuple(_reported(item) for item in records))
        self._set(index, index.full)

    def _set(self, index: Index, mask: int) -> None:
        object.__setattr__(self, "_index", index)
        object.__setattr__(self, "_mask", mask)
        object.__setattr__(self, "_cache", {})

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"EventSet is immutable: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"EventSet is immutable: cannot delete {name!r}")

    def _view(self, mask: int) -> EventSet:
        if mask == self._mask:
            return self
        new = EventSet.__new__(EventSet)
        new._set(self._index, mask)
        return new

    # -- constructors ---------------------------------------------------------------

    @classmethod
    def from_documents(cls, documents: Iterable[Document]) -> EventSet:
        """The events of documents, in order, each knowing its document id and URL."""
        return cls(record for doc in documents for record in reports_of_document(doc))

    @classmethod
    def from_jsonl(cls, *sources: str | os.PathLike[str] | IO[str]) -> EventSet:
        """The events of JSON Lines files or text streams (``diplorel extract`` output).

        Full documents written by :func:`diplorel.io.dump_jsonl` are read too.
        Raises :class:`~diplorel.errors.SerialisationError` located at
        ``FILE: line N: events[i].key``.
        """
        with paused_gc():
            index = Index(tuple(read_jsonl(sources)))
        new = cls.__new__(cls)
        new._set(index, index.full)
        return new

    @classmethod
    def read_parquet(
        cls, path: str | os.PathLike[str], *more: str | os.PathLike[str], lazy: bool = False
    ) -> EventSet:
        """The events of Parquet files written by :meth:`write_parquet`, in order.

        Fast at any size: the filter indexes come from the table's columns and
        each record is built from its stored JSON the first time it is asked
        for. With ``lazy=True`` even that JSON is read from the files only
        when needed (faster still; the files must then stay unchanged while
        the set is used). Needs ``diplorel[arrow]``; see :mod:`diplorel.arrow`.
        Raises :class:`~diplorel.errors.SerialisationError` for a file
        diplorel did not write.
        """
        _, index = _arrow("arrow").read_parquet([path, *more], lazy=lazy)
        new = cls.__new__(cls)
        new._set(index, index.full)
        return new

    @classmethod
    def from_events(
        cls,
        events: Iterable[Event],
        *,
        document_id: str | None = None,
        source_url: str | None = None,
    ) -> EventSet:
        """Events of one document (or of none, when ``document_id`` is None)."""
        return cls(
            Reported(event=event, document_id=document_id, source_url=source_url)
            for event in events
        )

    # -- collection -----------------------------------------------------------------

    def _positions(self) -> list[int] | range:
        if self._mask == self._index.full:
            return range(self._index.size)
        found: list[int] | None = self._cache.get("positions")
        if found is None:
            found = positions_of(self._mask)
            self._cache["positions"] = found
        return found

    @property
    def records(self) -> tuple[Reported, ...]:
        """The reported events, in order."""
        found: tuple[Reported, ...] | None = self._cache.get("records")
        if found is None:
            if self._mask == self._index.full:
                found = tuple(self._index.records)
            else:
                found = self._index.take(self._positions())
            self._cache["records"] = found
        return found

    def events(self) -> tuple[Event, ...]:
        """The events alone, in order."""
        return tuple(record.event for record in self.records)

    def __len__(self) -> int:
        return self._mask.bit_count()

    def __bool__(self) -> bool:
        return self._mask != 0

    def __iter__(self) -> Iterator[Reported]:
        return iter(self.records)

    @overload
    def __getitem__(self, key: int) -> Reported: ...
    @overload
    def __getitem__(self, key: slice) -> EventSet: ...
    def __getitem__(self, key: int | slice) -> Reported | EventSet:
        if isinstance(key, slice):
            chosen = self._positions()[key]
            return self._view(mask_of(chosen, self._index.size))
        return self.records[key]

    def __contains__(self, item: object) -> bool:
        return item in self.records

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, EventSet):
            return NotImplemented
        if other._index is self._index:
            return other._mask == self._mask
        return len(self) == len(other) and self.records == other.records

    def __hash__(self) -> int:
        return hash(self.records)

    def __repr__(self) -> str:
        shown = [self._index.records[i] for i in self._positions()[:_REPR_ROWS]]
        return table(shown, total=len(self), title="EventSet of ")

    __str__ = __repr__

    def _repr_html_(self) -> str:
        """HTML for notebooks: a compact table of the first events (:mod:`diplorel._html`)."""
        from diplorel._html import eventset_html  # noqa: PLC0415 - _html imports this module

        return eventset_html(self)

    def rows(self) -> tuple[dict[str, Any], ...]:
        """Flat rows: each event's corpus form, then its provenance.

        The keys added are ``document_id``, ``source_url`` and ``documents``
        (every document id: several for a merged record).
        """
        return tuple(row(record) for record in self.records)

    def to_arrow(self) -> pa.Table:
        """A ``pyarrow.Table``, one row per record (see :mod:`diplorel.arrow`).

        Needs pyarrow: ``pip install 'diplorel[arrow]'``.
        """
        return _arrow("arrow").to_arrow(self.records)

    def to_pandas(self) -> pd.DataFrame:
        """A ``pandas.DataFrame``, one row per record (see :mod:`diplorel.arrow`).

        Needs pandas and pyarrow: ``pip install 'diplorel[pandas]'``.
        """
        frame: pd.DataFrame = _arrow("pandas").to_pandas(self.records)
        return frame

    def write_parquet(self, path: str | os.PathLike[str]) -> None:
        """Write the records to a Parquet file; :meth:`read_parquet` reads them back equal."""
        _arrow("arrow").write_parquet(self.records, path)

    # -- argument checks ----------------------------------------------------------------

    def _code(self, code: str) -> str:
        """The registry's code for ``code`` (a state's alpha-3 code or an organisation code)."""
        try:
            return registered_party(code).code
        except UnknownEntityError:
            if isinstance(code, str) and code in self._index.parties:
                return code  # an organisation the registry does not know, present here
            raise

    def _party(self, code: str) -> Party:
        resolved = self._code(code)
        return self._index.parties.get(resolved) or registered_party(resolved)

    # -- filters ------------------------------------------------------------------------

    def where(self, predicate: Callable[[Reported], bool]) -> EventSet:
        """The records for which ``predicate(record)`` is true (a plain scan)."""
        records = self._index.records
        return self._view(
            mask_of((i for i in self._positions() if predicate(records[i])), self._index.size)
        )

    def kind(self, *kinds: EventKind | str) -> EventSet:
        """Events of any of these kinds: ``"agreement"``, ``"consultation"``, ``"declaration"``."""
        wanted = [_member(EventKind, item, "kind") for item in kinds]
        return self._view(self._mask & self._index.any_of(self._index.by_kind, wanted))

    def involving(self, *codes: str, mode: Mode = "any") -> EventSet:
        """Events with any (``mode="any"``) or all (``"all"``) of these parties as parties.

        Codes are alpha-3 state codes or organisation codes; an
        unknown code raises :class:`~diplorel.errors.UnknownEntityError`.
        """
        _mode(mode, ("any", "all"))
        resolved = [self._code(code) for code in codes]
        masks = self._index.by_party
        combined = (
            self._index.any_of(masks, resolved)
            if mode == "any"
            else self._index.all_of(masks, resolved)
        )
        return self._view(self._mask & combined)

    def between(self, a: str, b: str) -> EventSet:
        """Events with both ``a`` and ``b`` among their parties; symmetric in ``a`` and ``b``."""
        return self.involving(a, b, mode="all")

    def sector(self, *sectors: Sector | str, mode: Mode = "any") -> EventSet:
        """Events covering any (or, with ``mode="all"``, all) of these sectors."""
        _mode(mode, ("any", "all"))
        wanted = [_member(Sector, item, "sector") for item in sectors]
        masks = self._index.by_sector
        combined = (
            self._index.any_of(masks, wanted)
            if mode == "any"
            else self._index.all_of(masks, wanted)
        )
        return self._view(self._mask & combined)

    def status(self, *stages: Stage | str) -> EventSet:
        """Agreements whose latest reported stage is one of ``stages``."""
        wanted = [_member(Stage, item, "stage") for item in stages]
        return self._view(self._mask & self._index.any_of(self._index.by_status, wanted))

    def foreground(self) -> EventSet:
        """Events that are not mere background of their article."""
        return self._view(self._mask & ~self._index.background)

    def format(self, *formats: ConsultationFormat | str) -> EventSet:
        """Consultations held in any of these formats (``"meeting"``, ``"phone_call"``, ...).

        Agreements and declarations have no format and never match.
        """
        wanted = {_member(ConsultationFormat, item, "format") for item in formats}
        return self.where(
            lambda record: isinstance(record.event, Consultation) and record.event.format in wanted
        )

    def place(self, *places: str) -> EventSet:
        """Events held in any of these places, compared without case, accents or extra spaces.

        ``place("alger")`` keeps events at "Alger"; an event without a place never matches.
        """
        wanted = {fold_name(item) for item in _texts(places, "place")}
        return self.where(
            lambda record: (
                record.event.place is not None and fold_name(record.event.place) in wanted
            )
        )

    def person(self, *names: str) -> EventSet:
        """Events with a person (a head of a side) of any of these names.

        A name matches when its words are a run of whole words of the
        person's name, without case or accents: ``person("Aliyev")`` and
        ``person("ilham aliyev")`` keep the events of "Ilham Aliyev", not
        those of "Ali Hassan".
        """
        wanted = [_words(item) for item in _texts(names, "person name")]
        return self.where(
            lambda record: any(
                _contains_words(_words(person.name), words)
                for person in record.event.persons
                for words in wanted
            )
        )

    def reached(self, stage: Stage | str, *, by: Bound | None = None) -> EventSet:
        """Agreements that had reached ``stage`` (or a later one), by the date ``by`` if given.

        With ``by``, a stage at or beyond ``stage`` must be dated surely on or
        before the last day of ``by``: ``reached("ratified", by="2024")`` holds
        for a ratification dated ``2024-05`` but not for one dated only
        ``XXXX-05`` (year unknown), nor for an undated one.
        """
        wanted = _member(Stage, stage, "stage")
        later = [item for item in Stage if item.rank >= wanted.rank]
        candidates = self._mask & self._index.any_of(self._index.by_status, later)
        if by is None:
            return self._view(candidates)
        limit = last_day(to_partial_date(by, "by"))
        records = self._index.records
        return self._view(
            mask_of(
                (
                    i
                    for i in positions_of(candidates)
                    if _reached(records[i].event, wanted.rank, limit)
                ),
                self._index.size,
            )
        )

    def during(
        self,
        start: Bound | Period | None,
        end: Bound | EllipsisType | None = ...,
        *,
        mode: PeriodMode = "overlaps",
    ) -> EventSet:
        """Events dated in a period, read as ``mode`` says (see :class:`Period`).

        ``during("2025")`` is the year 2025, ``during("2024-03", "2025-06")``
        March 2024 to June 2025, ``during("2024", None)`` from 2024 on and
        ``during(None, "2025-06")`` up to June 2025. With ``mode="overlaps"``
        an event is in when it may have happened in the period, with
        ``"within"`` when it surely did. Undated events are never in a period.
        """
        _mode(mode, ("overlaps", "within"))
        period = start if isinstance(start, Period) else Period.of(start, end)
        return self._view(self._in_period(period, mode))

    def _in_period(self, period: Period, mode: PeriodMode) -> int:
        """The mask of this set's events in ``period``: masks where whole months or
        years decide, a check one by one where they do not."""
        dates = self._index.dates
        lo, hi = period.lo, period.hi
        sure, check = _months_in(dates, lo, hi)
        check |= dates.others
        sure |= _years_in(dates, lo, hi, mode)
        more_sure, more_check = _yearless_in(dates, period, mode)
        sure |= more_sure
        check |= more_check
        mine = self._mask
        records = self._index.records
        size = self._index.size
        exact = 0
        checked = check & mine
        if checked:
            exact = mask_of(
                [i for i in positions_of(checked) if period.matches(records[i].event.date, mode)],
                size,
            )
        span_sure, ranges = _ranges_in(dates, lo, hi, mode)
        sure |= span_sure
        ranges &= mine & ~sure
        if ranges:
            intervals = dates.intervals
            low, high = lo.toordinal(), hi.toordinal()
            test = _touch if mode == "overlaps" else _inside
            spans = [i for i in positions_of(ranges) if test(intervals[i], low, high)]
            exact |= mask_of(spans, size)
        return (sure & mine) | exact

    # -- aggregations -------------------------------------------------------------------

    def parties(self) -> tuple[Party, ...]:
        """Every party of the set's events, sorted by code."""
        masks = self._index.by_party
        return tuple(
            sorted(self._index.parties[code] for code, mask in masks.items() if mask & self._mask)
        )

    def partners(
        self, code: str, kind: EventKind | str | None = None
    ) -> tuple[tuple[Party, int], ...]:
        """The parties that share events with ``code``, most events first, with the counts.

        With ``kind``, only events of that kind count. An event counts once
        for each other party of it. Ties are in order of code.
        """
        own = self._code(code)
        base = self._mask & self._index.by_party.get(own, 0)
        if kind is not None:
            base &= self._index.by_kind.get(_member(EventKind, kind, "kind"), 0)
        found = [
            (self._index.parties[other], (base & mask).bit_count())
            for other, mask in self._index.by_party.items()
            if other != own and base & mask
        ]
        found.sort(key=lambda pair: (-pair[1], pair[0].code))
        return tuple(found)

    def dyads(self) -> tuple[tuple[tuple[Party, Party], int], ...]:
        """Every pair of parties that share events, with the number of events, most first.

        An event of several parties counts once for each pair of them.
        """
        counts: Counter[tuple[Party, Party]] = Counter()
        for record in self.records:
            counts.update(combinations(record.event.parties, 2))
        return tuple(
            sorted(counts.items(), key=lambda item: (-item[1], item[0][0].code, item[0][1].code))
        )

    def count_by(self, field: str) -> dict[Any, int]:
        """How many events there are by ``"year"`` or by any field of the flat form.

        The flat form is :meth:`rows`: ``"kind"``, ``"format"``,
        ``"parties"``, ``"date"``, ``"place"``, ``"round"``, ``"sectors"``,
        ``"heads"``, ``"status"``, ``"instrument"``, ``"document_id"``...
        (:func:`countable_fields` lists them; ``"sector"``, ``"party"`` and
        ``"head"`` are accepted for their plurals). An event counts once
        for each item of a list field (each of its sectors, parties, heads),
        and once under ``None`` when the value is null or the list empty.

        Keys are in their natural order (the values of an enum as the enum
        lists them, years and rounds ascending, text in alphabetical order),
        with ``None`` last; keys with no events are left out. The year of a
        range is its start's. A nested field (``spans``, ``persons``,
        ``stages``) or an unknown one raises
        :class:`~diplorel.errors.InvalidValueError`.
        """
        field = _FIELD_ALIASES.get(field, field)
        if field not in ("kind", "sectors", "year"):
            return self._count_flat(field)
        mask = self._mask
        counts: dict[str | int | None, int] = {}
        if field == "kind":
            for kind in EventKind:
                counts[kind] = (mask & self._index.by_kind.get(kind, 0)).bit_count()
        elif field == "sectors":
            some = 0
            for sector in Sector:
                sector_mask = self._index.by_sector.get(sector, 0)
                counts[sector] = (mask & sector_mask).bit_count()
                some |= sector_mask
            counts[None] = (mask & ~some).bit_count()
        elif field == "year":
            dates = self._index.dates
            by_year: dict[int, int] = {}
            for (year, _month), month_mask in dates.months.items():
                by_year[year] = by_year.get(year, 0) | month_mask
            for year, year_mask in dates.years.items():
                by_year[year] = by_year.get(year, 0) | year_mask
            years: Counter[int] = Counter(
                {year: (mask & year_mask).bit_count() for year, year_mask in by_year.items()}
            )
            records = self._index.records
            ranges = dates.others
            for span_mask in dates.spans.values():
                ranges |= span_mask
            for i in positions_of(mask & ranges):
                date = records[i].event.date
                if isinstance(date, DateSpan) and date.start.year is not None:
                    years[date.start.year] += 1
            for year in sorted(years):
                counts[year] = years[year]
            counts[None] = len(self) - sum(years.values())
        return {key: value for key, value in counts.items() if value}

    def _count_flat(self, field: str) -> dict[Any, int]:
        """:meth:`count_by` for a field read from each record's flat form."""
        if field not in countable_fields():
            allowed = ", ".join(map(repr, countable_fields()))
            raise InvalidValueError(f"count_by takes one of {allowed}, not {field!r}")
        counts: Counter[Any] = Counter()
        read = _READERS.get(field)
        for record in self.records:
            value = row(record).get(field) if read is None else read(record)
            if isinstance(value, list):
                counts.update(value or [None])
            elif isinstance(value, dict):  # PLOVER's {"type", "mode"}: as in the CSV form
                counts[record_text(value)] += 1
            else:
                counts[value] += 1
        members = _ENUM_FIELDS.get(field)
        if members is not None:
            order = {item.value: rank for rank, item in enumerate(members)}
            keys = sorted(counts, key=lambda key: (key is None, order.get(key, len(order))))
        else:
            keys = sorted(counts, key=_sort_key)
        return {key: counts[key] for key in keys}

    def timeline(self, a: str, b: str | None = None) -> Timeline:
        """The timeline of the events between ``a`` and ``b`` (of ``a`` alone without ``b``).

        See :mod:`diplorel.query._timeline` for the order of entries.
        """
        chosen = self.involving(a) if b is None else self.between(a, b)
        parties = (self._party(a),) if b is None else (self._party(a), self._party(b))
        return timeline_of(chosen.records, parties)

    def merge(self) -> EventSet:
        """The set with the reports of each real event merged into one record (:func:`merge`)."""
        with paused_gc():
            return EventSet(merged(self.records))


def merge(events: Iterable[Reported | Event | Document] | EventSet) -> EventSet:
    """Merge reports of the same real event from several documents into one record each.

    Takes reported events (an :class:`EventSet`, say), bare events or
    documents. The rules are in :mod:`diplorel.query._merge` and
    ``docs/query.md``. The result does not depend on the order of the input,
    merging it again changes nothing, and every original report (its event,
    evidence and document) is kept in the merged record's ``reports``.
    """
    records: list[Reported] = []
    for item in events:
        if isinstance(item, Document):
            records.extend(reports_of_document(item))
        else:
            records.append(_reported(item))
    with paused_gc():
        return EventSet(merged(records))


def _texts(values: tuple[str, ...], what: str) -> tuple[str, ...]:
    for value in values:
        if not isinstance(value, str) or not value.strip():
            raise InvalidValueError(f"a {what} must be a non-empty string, not {value!r}")
    return values


def _arrow(extra: str) -> Any:
    """The :mod:`diplorel.arrow` module, or an ImportError naming the extra to install."""
    try:
        import diplorel.arrow as module  # noqa: PLC0415 - pyarrow is optional
    except ImportError as exc:
        raise ImportError(
            f"this needs pyarrow{' and pandas' if extra == 'pandas' else ''}, optional "
            f"dependencies: install them with `pip install 'diplorel[{extra}]'`"
        ) from exc
    return module


def _jan1(year: int) -> Any:
    return month_days(year, 1)[0]


def _dec31(year: int) -> Any:
    return month_days(year, 12)[1]


def _touch(days: tuple[int, int], low: int, high: int) -> bool:
    return days[0] <= high and low <= days[1]


def _inside(days: tuple[int, int], low: int, high: int) -> bool:
    return low <= days[0] and days[1] <= high


def _months_in(dates: DateIndex, lo: dt.date, hi: dt.date) -> tuple[int, int]:
    """Events dated a month of a known year: (surely in the period, to check one by one)."""
    sure = check = 0
    bounds = dates.month_days
    for key, mask in dates.months.items():
        first, last = bounds[key]
        if last < lo or first > hi:
            continue
        if lo <= first and last <= hi:
            sure |= mask
        else:
            check |= mask
    return sure, check


def _years_in(dates: DateIndex, lo: dt.date, hi: dt.date, mode: PeriodMode) -> int:
    """Events dated a year only that are in the period (for ``mode``)."""
    sure = 0
    for year, mask in dates.years.items():
        if year < lo.year or year > hi.year:
            continue
        if mode == "overlaps" or (lo <= _jan1(year) and _dec31(year) <= hi):
            sure |= mask
    return sure


def _yearless_in(dates: DateIndex, period: Period, mode: PeriodMode) -> tuple[int, int]:
    """Events dated a month of an unknown year: (surely in the period, to check)."""
    sure = check = 0
    open_ended = period.first is None and period.last is None
    for month, mask in dates.yearless.items():
        if open_ended:
            sure |= mask
        elif mode == "overlaps":
            verdict = _yearless_month(month, period.lo, period.hi)
            if verdict == "all":
                sure |= mask
            elif verdict == "some":
                check |= mask
    return sure, check


def _ranges_in(dates: DateIndex, lo: dt.date, hi: dt.date, mode: PeriodMode) -> tuple[int, int]:
    """Ranges with known years: those touching a month wholly in the period overlap it
    (surely in); the others that touch it, and the long ones, are to be checked."""
    sure = 0
    ranges = dates.long_spans
    bounds = dates.month_days
    for key, mask in dates.span_months.items():
        first, last = bounds[key]
        if last < lo or first > hi:
            continue
        if mode == "overlaps" and lo <= first and last <= hi:
            sure |= mask
        else:
            ranges |= mask
    return sure, ranges


def _yearless_month(month: int, lo: dt.date, hi: dt.date) -> str:
    """Whether every (``"all"``), some (``"some"``) or no (``"none"``) date of this
    month of an unknown year may fall between ``lo`` and ``hi`` (month 0: any month)."""
    if hi.year - lo.year > 9:
        return "all"
    if month == 0:
        return "some"
    touched = False
    for year in range(max(1, lo.year - 1), min(9999, hi.year) + 1):
        first, last = month_days(year, month)
        if last < lo or first > hi:
            continue
        touched = True
        if lo <= first and last <= hi and (month != 2 or calendar.isleap(year)):
            return "all"
    return "some" if touched else "none"


def _reached(event: Event, rank: int, limit: Any) -> bool:
    if not isinstance(event, Agreement) or limit is None:
        return False
    for item in event.stages:
        if item.stage.rank < rank or item.date is None:
            continue
        end = item.date.end if isinstance(item.date, DateSpan) else item.date
        bounds = end.bounds()
        if bounds is not None and bounds[1] <= limit:
            return True
    return False
