"""Merging reports of the same real event from several documents.

Rules (``docs/query.md`` explains them with examples):

1. Only reports of the same *kind* with the same *parties* and the same form
   are compared: the same instrument kind for agreements, format for
   consultations, declaration kind for declarations.
2. Two reports are *compatible* when:

   * consultations: their rounds are equal or one is unknown, and their
     dates overlap (an unknown date overlaps every date);
   * declarations: their titles match when both have one, and their dates
     overlap;
   * agreements: their life-cycles fit together (no stage of one is dated
     surely before an earlier stage of the other), and either both have
     titles and the titles match, or their sectors overlap (or one has none)
     and they report a common stage, each common stage at overlapping dates.
     Matching titles are strong evidence: the same stage may then have two
     different dates, which are both kept (a visible conflict).

   Titles match when equal after case folding and normalising apostrophes,
   quotes, dashes and spaces.
3. Reports are taken in a canonical order (most precisely dated first, then
   by date, document id, and content), and each joins the group it is
   compatible with (with every member of it) when there is exactly one such
   group; with none it starts a group, and with two or more it is ambiguous
   and starts its own group rather than guess.
4. A group of several reports becomes one record (see :func:`combine`) that
   keeps the original reports; a group of one is the report unchanged.

Before grouping, a report that repeats another is dropped: the same event
(every field but its ``id``, which hashes the document id) reported by the
same document, or with the same evidence (spans and their text) and the same
``source_url`` (the same article scraped twice, under two ids). So an article
collected twice counts once, while the same event told by distinct articles
(other URLs, or no evidence to compare) stays one report per article.

Merging a merged record first takes it apart into its original reports, so
merging is a function of the original reports alone: it does not depend on
their order, and merging twice gives the same result as merging once.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any, Final, TypeVar

import attrs

from diplorel.io import unstructure
from diplorel.model import (
    Agreement,
    AgreementStage,
    Consultation,
    DateSpan,
    DateValue,
    Declaration,
    Event,
    PartialDate,
    Person,
    Span,
    surely_before,
)
from diplorel.query._reported import Reported

__all__ = [
    "combine",
    "compatible",
    "distinct",
    "merged",
    "normal_title",
    "overlap",
    "precision",
]

_T = TypeVar("_T")
_SPACES: Final = re.compile(r"\s+")
_FOLD: Final = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "`": "'",
        "«": '"',
        "»": '"',
        "“": '"',
        "”": '"',
        "–": "-",
        "—": "-",
    }
)
_YEARS_INDEXED: Final = 50  # a range of more years than this is compared with every group


@lru_cache(maxsize=65536)
def normal_title(title: str | None) -> str | None:
    """A title folded for comparison: case, apostrophes, quotes, dashes and spaces."""
    if title is None:
        return None
    text = unicodedata.normalize("NFC", title).translate(_FOLD).casefold()
    return _SPACES.sub(" ", text).strip(" .;:,\"'") or None


def precision(date: DateValue | None) -> int:
    """How precise a date is, higher is more: a day of a known year is 7, no date 0.

    Known years first (day 7, range 6, month 5, year 4), then dates without a
    year (day 3, range 2, month 1), then no date (0).
    """
    if date is None:
        return 0
    if isinstance(date, DateSpan):
        return 6 if date.start.year is not None and date.end.year is not None else 2
    if date.year is not None:
        return 7 if date.day is not None else 5 if date.month is not None else 4
    return 3 if date.day is not None else 1


def overlap(a: DateValue | None, b: DateValue | None) -> bool:
    """True when two dates may share a day; an unknown date overlaps every date."""
    if a is None or b is None:
        return True
    if isinstance(a, DateSpan):
        return a.overlaps(b)
    if isinstance(b, DateSpan):
        return b.overlaps(a)
    return a.overlaps(b)


_KINDS: Final = {Agreement: "agreement", Consultation: "consultation", Declaration: "declaration"}


def _block(event: Event) -> tuple[Any, ...]:
    """The kind, parties and form of an event: only reports with equal blocks are compared.

    The forms are string enums, so the key holds them as they are (equal to
    their values) rather than looking their values up.
    """
    if isinstance(event, Agreement):
        form: str = event.instrument
    elif isinstance(event, Consultation):
        form = event.format
    else:
        form = event.declaration
    return (_KINDS[type(event)], tuple([item.code for item in event.parties]), form)


def _cycles_fit(a: Agreement, b: Agreement) -> bool:
    for x in a.stages:
        for y in b.stages:
            if x.stage is y.stage:
                continue
            early, late = (x, y) if x.stage.rank < y.stage.rank else (y, x)
            if surely_before(late.date, early.date):
                return False
    return True


def _common_stages_agree(a: Agreement, b: Agreement) -> bool:
    common = {item.stage for item in a.stages} & {item.stage for item in b.stages}
    if not common:
        return False
    for stage in common:
        mine = [item.date for item in a.stages if item.stage is stage]
        theirs = [item.date for item in b.stages if item.stage is stage]
        if not any(overlap(x, y) for x in mine for y in theirs):
            return False
    return True


def compatible(a: Event, b: Event) -> bool:
    """True when two events of the same kind, parties and form may be one real event."""
    if isinstance(a, Consultation) and isinstance(b, Consultation):
        if a.round is not None and b.round is not None and a.round != b.round:
            return False
        return overlap(a.date, b.date)
    if isinstance(a, Declaration) and isinstance(b, Declaration):
        ta, tb = normal_title(a.title), normal_title(b.title)
        if ta is not None and tb is not None and ta != tb:
            return False
        return overlap(a.date, b.date)
    if isinstance(a, Agreement) and isinstance(b, Agreement):
        ta, tb = normal_title(a.title), normal_title(b.title)
        if ta is not None and tb is not None:
            if ta != tb:
                return False
        elif (
            a.sectors and b.sectors and a.sectors.isdisjoint(b.sectors)
        ) or not _common_stages_agree(a, b):
            return False
        return _cycles_fit(a, b)
    return False


# -- canonical order ------------------------------------------------------------------


def _full_key(record: Reported) -> str:
    return json.dumps(
        [
            record.document_id,
            record.source_url,
            unstructure(record.event),
            [_full_key(item) for item in record.reports],
        ],
        sort_keys=True,
        ensure_ascii=False,
    )


def _date_key(date: DateValue | None) -> tuple[int, int, int]:
    return (0, 0, 0) if date is None else date.sort_key


def _canonical(
    items: Sequence[_T], cheap: Callable[[_T], Any], full: Callable[[_T], str]
) -> list[_T]:
    """``items`` sorted by ``cheap``, ties by ``full``: an order independent of the input's."""
    keys = [cheap(item) for item in items]
    order = sorted(range(len(items)), key=keys.__getitem__)
    result = [items[index] for index in order]
    # Runs of equal cheap keys (rare) are put in the order of their full keys.
    start = 0
    count = len(order)
    for position in range(1, count + 1):
        if position < count and keys[order[position]] == keys[order[position - 1]]:
            continue
        if position - start > 1:
            result[start:position] = sorted(result[start:position], key=full)
        start = position
    return result


def _report_order(record: Reported) -> tuple[Any, ...]:
    """Most precise first, then by date and document id (a flat tuple: quick to compare)."""
    date = record.event.date
    if date is None:
        return (0, 0, 0, 0, record.document_id or "")
    year, month, day = date.sort_key
    return (-precision(date), year, month, day, record.document_id or "")


def _output_order(record: Reported) -> tuple[Any, ...]:
    event = record.event
    date = event.date
    if record.reports:
        documents = record.document_ids
    else:
        documents = () if record.document_id is None else (record.document_id,)
    year, month, day = (0, 0, 0) if date is None else date.sort_key
    return (
        date is None,
        year,
        month,
        day,
        _KINDS[type(event)],
        tuple([item.code for item in event.parties]),
        documents,
    )


# -- grouping -------------------------------------------------------------------------


def _month_keys(date: DateValue | None) -> list[tuple[Any, ...]]:
    """``("month", year, month)`` keys of the months a date may fall in, or ``("year",
    year)`` for a year alone; none when the year is unknown or the range long."""
    if date is None:
        return []
    if isinstance(date, PartialDate):
        if date.year is None:
            return []
        if date.month is None:
            return [("year", date.year)]
        return [("month", date.year, date.month)]
    start, end = date.start, date.end
    if start.year is None or end.year is None or end.year - start.year > _YEARS_INDEXED:
        return []
    if start.month is None or end.month is None:
        return [("year", year) for year in range(start.year, end.year + 1)]
    first, last = start.year * 12 + start.month - 1, end.year * 12 + end.month - 1
    return [("month", index // 12, index % 12 + 1) for index in range(first, last + 1)]


def _years(date: DateValue | None) -> list[int] | None:
    """The years a date may fall in, or None when they are unknown or too many."""
    if date is None:
        return None
    if isinstance(date, PartialDate):
        return None if date.year is None else [date.year]
    first, last = date.start.year, date.end.year
    if first is None or last is None or last - first > _YEARS_INDEXED:
        return None
    return list(range(first, last + 1))


def _stage_keys(stage: Any, date: DateValue | None) -> list[tuple[Any, ...]]:
    """The keys an agreement's stage is filed under, in a group.

    ``("any stage", S)`` always; a day of a known year under ``("stage day",
    S, y, m, d)`` and ``("stage in", S, y)``; another date whose years are
    known (a month, a year, a short range) under ``("stage", S, y)`` for each
    of its years; anything else under ``("stage", S, None)``.
    """
    keys: list[tuple[Any, ...]] = [("any stage", stage)]
    if isinstance(date, PartialDate) and date.year is not None and date.day is not None:
        keys.append(("stage day", stage, date.year, date.month, date.day))
        keys.append(("stage in", stage, date.year))
        return keys
    years = _years(date)
    if years is None:
        keys.append(("stage", stage, None))
    else:
        keys.extend(("stage", stage, year) for year in years)
    return keys


def _stage_lookups(stage: Any, date: DateValue | None) -> list[tuple[Any, ...]]:
    """Keys under which every group holding ``stage`` at a date that may overlap
    ``date`` is filed (see :func:`_stage_keys`)."""
    if isinstance(date, PartialDate) and date.year is not None and date.day is not None:
        # Another day overlaps it only when it is the same day; a coarser date
        # only when it has the same year.
        return [
            ("stage day", stage, date.year, date.month, date.day),
            ("stage", stage, date.year),
            ("stage", stage, None),
        ]
    years = _years(date)
    if years is None:
        return [("any stage", stage)]
    keys: list[tuple[Any, ...]] = []
    for year in years:
        keys.append(("stage in", stage, year))
        keys.append(("stage", stage, year))
    keys.append(("stage", stage, None))
    return keys


def _day_key(date: DateValue | None) -> tuple[Any, ...] | None:
    """``("day", y, m, d)`` for a day of a known year, else None."""
    if isinstance(date, PartialDate) and date.year is not None and date.day is not None:
        return ("day", date.year, date.month, date.day)
    return None


def _month_of_year_keys(date: DateValue | None) -> list[tuple[Any, ...]]:
    """``("month of year", m)`` for a date with one known month (whatever its year),
    else ``("wild",)``: what a report without a known year looks up."""
    if isinstance(date, PartialDate) and date.month is not None:
        return [("month of year", date.month)]
    return [("wild",)]


class _Groups:
    """The groups of one block, with lookups from a report to the groups it may join.

    A lookup returns every group the report may be compatible with (and maybe
    others, which :func:`compatible` then turns down), so the result is the
    one a scan of every group would give. Reports come in the canonical order
    (most precise dates first), which the keys use: when a report dated a day
    comes, every group holds reports dated a day only, so only the groups of
    the same day can overlap it.
    """

    def __init__(self) -> None:
        self.groups: list[list[Reported]] = []
        self.keyed: dict[tuple[Any, ...], list[int]] = {}

    def _keys(self, event: Event) -> list[tuple[Any, ...]]:
        """The keys a report is filed under once in a group."""
        if isinstance(event, Agreement):
            keys: list[tuple[Any, ...]] = []
            title = normal_title(event.title)
            if title is not None:
                keys.append(("title", title))
            for item in event.stages:
                keys.extend(_stage_keys(item.stage, item.date))
            return keys
        keys = _month_keys(event.date)
        if not keys and isinstance(event.date, DateSpan):
            keys.append(("long",))  # too long a range to file by month: every lookup sees it
        day = _day_key(event.date)
        if day is not None:
            keys.append(day)
        keys.extend(_month_of_year_keys(event.date))
        return keys

    def _lookups(self, event: Event) -> list[tuple[Any, ...]] | None:
        """Keys such that every group the report may join is filed under one; None: any."""
        if isinstance(event, Agreement):
            keys: list[tuple[Any, ...]] = []
            title = normal_title(event.title)
            if title is not None:
                keys.append(("title", title))
            for item in event.stages:
                keys.extend(_stage_lookups(item.stage, item.date))
            return keys
        date = event.date
        day = _day_key(date)
        if day is not None:
            return [day]
        own = _month_keys(date)
        if not own:
            if date is None or isinstance(date, DateSpan):
                return None
            # A date without a year: groups are of dated reports or of reports
            # without a year; either overlaps it only in its month of the year,
            # or is a year alone or a range ("wild").
            return [("month of year", date.month), ("wild",)]
        # Groups made of reports without a known year come after every dated
        # one in the canonical order, so a dated report never needs them. A
        # month may meet its year alone; a year alone may meet all its months.
        keys = list(own)
        for key in own:
            if key[0] == "month":
                keys.append(("year", key[1]))
            else:
                keys.extend(("month", key[1], month) for month in range(1, 13))
        keys.append(("long",))
        return list(dict.fromkeys(keys))

    def _candidates(self, event: Event) -> Iterator[int]:
        """The groups the report may join, each once, in a deterministic order."""
        lookups = self._lookups(event)
        if lookups is None:
            yield from range(len(self.groups))
            return
        keyed = self.keyed
        if len(lookups) == 1:
            # A group is filed once per member under a key: yield each once.
            yield from dict.fromkeys(keyed.get(lookups[0], ()))
            return
        seen: set[int] = set()
        for key in lookups:
            for index in keyed.get(key, ()):
                if index not in seen:
                    seen.add(index)
                    yield index

    def add(self, record: Reported) -> None:
        """Put ``record`` in the one group whose members it all fits, else in a new one."""
        event = record.event
        date = event.date
        candidates: Iterable[int]
        keys: Iterable[tuple[object, ...]]
        if (
            not isinstance(event, Agreement)
            and type(date) is PartialDate
            and date.day is not None
            and date.year is not None
        ):
            # The common case, a talk or a statement dated a day: only the
            # groups of that day can take it (see _lookups and _keys).
            day = ("day", date.year, date.month, date.day)
            candidates = dict.fromkeys(self.keyed.get(day, ()))
            keys = (("month", date.year, date.month), day, ("month of year", date.month))
        else:
            candidates = self._candidates(event)
            keys = self._keys(event)
        index = self._join(record, candidates)
        keyed = self.keyed
        for key in keys:
            indexes = keyed.get(key)
            if indexes is None:
                keyed[key] = [index]
            elif indexes[-1] != index:
                indexes.append(index)

    def _join(self, record: Reported, candidates: Iterable[int]) -> int:
        """The group ``record`` joins (the only candidate all of whose members it fits)
        or a new one; its index."""
        groups = self.groups
        event = record.event
        fits: list[int] = []
        for index in candidates:
            for member in groups[index]:
                if not compatible(event, member.event):
                    break
            else:
                fits.append(index)
                if len(fits) > 1:
                    break
        if len(fits) == 1:
            groups[fits[0]].append(record)
            return fits[0]
        groups.append([record])
        return len(groups) - 1


def _first(values: Iterable[_T | None]) -> _T | None:
    return next((value for value in values if value is not None), None)


def _unique(values: Iterable[_T]) -> tuple[_T, ...]:
    return tuple(dict.fromkeys(values))


def _persons(members: Sequence[Reported]) -> tuple[Person, ...]:
    seen: dict[str, Person] = {}
    for member in members:
        for person in member.event.persons:
            seen.setdefault(person.name, person)
    return tuple(seen.values())


def _with_source(item: AgreementStage, source: str) -> AgreementStage:
    """The stage with its source set (``attrs.evolve``, without its overhead when exact)."""
    if type(item) is not AgreementStage:  # pragma: no cover - a subclass keeps its type
        return attrs.evolve(item, source=source)
    return AgreementStage(
        stage=item.stage, date=item.date, actor=item.actor, evidence=item.evidence, source=source
    )


def _life_cycle(members: Sequence[Reported]) -> tuple[AgreementStage, ...]:
    by_stage: dict[Any, list[AgreementStage]] = {}
    for member in members:
        event = member.event
        if not isinstance(event, Agreement):  # pragma: no cover - blocks hold one kind
            continue
        for reported in event.stages:
            item = reported
            if item.source is None and member.document_id is not None:
                item = _with_source(item, member.document_id)
            by_stage.setdefault(item.stage, []).append(item)
    result: list[AgreementStage] = []
    for stage in sorted(by_stage, key=lambda value: value.rank):
        records = by_stage[stage]
        dated = [item for item in records if item.date is not None]
        if not dated:
            result.append(records[0])
            continue
        kept: dict[DateValue, AgreementStage] = {}
        for item in dated:
            date = item.date
            assert date is not None
            if any(
                other.date != date and _contains(date, other.date)
                for other in dated
                if other.date is not None
            ):
                continue  # a less precise report of a date another report gives
            kept.setdefault(date, item)
        result.extend(sorted(kept.values(), key=lambda item: _date_key(item.date)))
    return tuple(result)


def _contains(outer: DateValue, inner: DateValue | None) -> bool:
    if inner is None:
        return False
    if isinstance(outer, DateSpan):
        return outer.contains(inner)
    if isinstance(inner, DateSpan):
        return outer.contains(inner.start) and outer.contains(inner.end)
    return outer.contains(inner)


def combine(members: Sequence[Reported]) -> Reported:
    """One record for several reports of one event, in canonical order (see the module notes).

    Parties and form are shared. The date is the first known (the most
    precise, by the canonical order); for an agreement, the date of its
    latest dated stage. Place, title, round, level, quantity and
    ``establishes`` are the first known; sectors are all of them; persons all
    of them, once per name; evidence every span, once. The event is
    background only when every report says so. An agreement's stages are
    all the reported stages in life-cycle order, each with the id of the
    document that reported it as ``source``: the same stage at the same date
    once, a date that another report of that stage gives more precisely
    dropped, and different dates of one stage all kept, in date order.
    """
    events = [member.event for member in members]
    first = events[0]
    common = _common_fields(members, events)
    merged: Event
    if isinstance(first, Agreement):
        merged = _merged_agreement(first, events, members, common)
    elif isinstance(first, Consultation):
        merged = _merged_consultation(first, events, common)
    else:
        merged = _merged_declaration(events, common)
    head = members[0]
    return Reported(
        event=merged,
        document_id=head.document_id,
        source_url=head.source_url,
        reports=tuple(members),
    )


def _common_fields(members: Sequence[Reported], events: Sequence[Event]) -> dict[str, Any]:
    """The fields every kind of merged event has (see :func:`combine`)."""
    evidence: tuple[Span, ...] = _unique(span for event in events for span in event.evidence)
    return {
        "parties": events[0].parties,
        "date": _first(event.date for event in events),
        "place": _first(event.place for event in events),
        "sectors": frozenset().union(*(event.sectors for event in events)),
        "persons": _persons(members),
        "evidence": evidence,
        "background": all(event.background for event in events),
    }


def _merged_agreement(
    first: Agreement,
    events: Sequence[Event],
    members: Sequence[Reported],
    common: dict[str, Any],
) -> Agreement:
    agreements = [event for event in events if isinstance(event, Agreement)]
    stages = _life_cycle(members)
    date = _first(item.date for item in reversed(stages)) or common["date"]
    return Agreement(
        **{**common, "date": date},
        instrument=first.instrument,
        title=_first(event.title for event in agreements),
        stages=stages,
        quantity=_first(event.quantity for event in agreements),
    )


def _merged_consultation(
    first: Consultation, events: Sequence[Event], common: dict[str, Any]
) -> Consultation:
    talks = [event for event in events if isinstance(event, Consultation)]
    return Consultation(
        **common,
        format=first.format,
        round=_first(event.round for event in talks),
        level=_first(event.level for event in talks),
    )


def _merged_declaration(events: Sequence[Event], common: dict[str, Any]) -> Declaration:
    statements = [event for event in events if isinstance(event, Declaration)]
    return Declaration(
        **common,
        declaration=statements[0].declaration,
        title=_first(event.title for event in statements),
        establishes=_first(event.establishes for event in statements),
    )


_CONTENT_FIELDS: Final = {
    cls: tuple(field.name for field in attrs.fields(cls) if field.name != "id")
    for cls in (Agreement, Consultation, Declaration)
}


def _content(event: Event) -> tuple[Any, ...]:
    """What an event says, without its id: equal for one event read twice."""
    cls = type(event)
    return (cls, *(getattr(event, name) for name in _CONTENT_FIELDS[cls]))


def distinct(records: Sequence[Reported]) -> list[Reported]:
    """``records`` without the reports that repeat an earlier one (see the module notes)."""
    seen: set[tuple[Any, ...]] = set()
    kept: list[Reported] = []
    for record in records:
        content = _content(record.event)
        keys = [(content, "document", record.document_id)]
        if record.event.evidence:
            keys.append((content, "url", record.source_url))
        if any(key in seen for key in keys):
            continue
        seen.update(keys)
        kept.append(record)
    return kept


def merged(records: Iterable[Reported]) -> tuple[Reported, ...]:
    """Reports merged by the rules of this module, in a canonical order."""
    blocks: dict[tuple[Any, ...], list[Reported]] = {}
    for record in records:
        for original in record.reports or (record,):
            key = _block(original.event)
            found = blocks.get(key)
            if found is None:
                blocks[key] = [original]
            else:
                found.append(original)
    result: list[Reported] = []
    for block in blocks.values():
        if len(block) == 1:
            result.append(block[0])
            continue
        unique = distinct(_canonical(block, _report_order, _full_key))
        if len(unique) == 1:
            result.append(unique[0])
            continue
        groups = _Groups()
        for record in unique:
            groups.add(record)
        result.extend(group[0] if len(group) == 1 else combine(group) for group in groups.groups)
    return tuple(_canonical(result, _output_order, _full_key))
