"""Tests of diplorel.query._eventset: the EventSet collection, its filters and aggregations."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplorel import (
    Agreement,
    AgreementStage,
    Consultation,
    Declaration,
    Document,
    Event,
    EventKind,
    PartialDate,
    Party,
    PartyKind,
    Sector,
    Stage,
    UnknownEntityError,
    extract,
    party,
)
from diplorel import strategies as ds
from diplorel.errors import InvalidValueError
from diplorel.io import document_record, to_corpus_form
from diplorel.model import parse_date_value
from diplorel.query import EventSet, Period, Reported
from diplorel.query._period import PeriodMode

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
CODES = ("AZE", "MAR", "DZA", "FRA", "VNM", "EU")


# -- strategies -------------------------------------------------------------------------


@st.composite
def event_sets(draw: st.DrawFn) -> EventSet:
    """Sets of reported events: a few events of the model's strategies, each reported
    by some documents, parties often from a few codes (drawing events is slow)."""
    pool = draw(st.lists(ds.events(registered_only=True), min_size=1, max_size=3))
    chosen = draw(
        st.lists(
            st.tuples(
                st.sampled_from(pool),
                st.none() | st.lists(st.sampled_from(CODES), min_size=1, max_size=3),
                st.sampled_from(("a", "b", "c", "d")),
                st.none() | st.just("https://example.org/a"),
            ),
            max_size=16,
        )
    )
    return EventSet(
        Reported(
            event=event if codes is None else attrs.evolve(event, parties=map(party, codes)),
            document_id=doc,
            source_url=url,
        )
        for event, codes, doc, url in chosen
    )


codes = st.sampled_from((*CODES, "ma", "dz"))
bounds = st.none() | ds.partial_dates(min_year=1, max_year=9999).filter(
    lambda date: date.year is not None
)


def _code(code: str) -> str:
    return party(code).code


# Each filter: a function that applies it, and the plain predicate it must agree with.
Filter = tuple[Callable[[EventSet], EventSet], Callable[[Reported], bool]]


@st.composite
def filters(draw: st.DrawFn) -> Filter:
    which = draw(st.sampled_from(range(9)))
    if which == 0:
        kinds = draw(st.lists(st.sampled_from(EventKind), min_size=1, max_size=2))
        return (lambda s: s.kind(*kinds), lambda r: r.event.kind in kinds)
    if which == 1:
        chosen = draw(st.lists(codes, min_size=1, max_size=3))
        mode = draw(st.sampled_from(("any", "all")))
        check = any if mode == "any" else all
        return (
            lambda s: s.involving(*chosen, mode=mode),
            lambda r: check(r.event.involves(_code(code)) for code in chosen),
        )
    if which == 2:
        a, b = draw(codes), draw(codes)
        return (
            lambda s: s.between(a, b),
            lambda r: r.event.involves(_code(a)) and r.event.involves(_code(b)),
        )
    if which == 3:
        sectors = draw(st.lists(st.sampled_from(Sector), min_size=1, max_size=3))
        mode = draw(st.sampled_from(("any", "all")))
        check = any if mode == "any" else all
        return (
            lambda s: s.sector(*sectors, mode=mode),
            lambda r: check(sector in r.event.sectors for sector in sectors),
        )
    if which == 4:
        start, end = draw(bounds), draw(bounds)
        if start is not None and end is not None and end < start:
            start, end = end, start
        if start is not None and end is not None and start.contains(end):
            end = start
        mode = draw(st.sampled_from(("overlaps", "within")))
        period = Period.of(start, end)
        return (
            lambda s: s.during(start, end, mode=mode),  # type: ignore[arg-type]
            lambda r: period.matches(r.event.date, mode),  # type: ignore[arg-type]
        )
    if which == 5:
        stages = draw(st.lists(st.sampled_from(Stage), min_size=1, max_size=2))
        return (
            lambda s: s.status(*stages),
            lambda r: isinstance(r.event, Agreement) and r.event.status in stages,
        )
    if which == 6:
        stage = draw(st.sampled_from(Stage))
        by = draw(bounds)
        return (lambda s: s.reached(stage, by=by), _reached_predicate(stage, by))
    if which == 7:
        return (lambda s: s.foreground(), lambda r: not r.event.background)
    return (lambda s: s.where(lambda r: r.event.place is None), lambda r: r.event.place is None)


def _reached_predicate(stage: Stage, by: PartialDate | None) -> Callable[[Reported], bool]:
    def predicate(record: Reported) -> bool:
        event = record.event
        if not isinstance(event, Agreement):
            return False
        later = [item for item in event.stages if item.stage.rank >= stage.rank]
        if by is None:
            return bool(later)
        limit = by.bounds()
        assert limit is not None
        for item in later:
            if item.date is None:
                continue
            end = item.date.end if hasattr(item.date, "end") else item.date
            days = end.bounds()
            if days is not None and days[1] <= limit[1]:
                return True
        return False

    return predicate


def _is_subsequence(part: tuple[Reported, ...], whole: tuple[Reported, ...]) -> bool:
    items = iter(whole)
    return all(any(item is other for other in items) for item in part)


# -- properties -------------------------------------------------------------------------


@settings(max_examples=50, deadline=None)
@given(event_sets(), filters())
def test_filter_returns_an_ordered_subset(events: EventSet, chosen: Filter) -> None:
    apply, _ = chosen
    result = apply(events)
    assert len(result) <= len(events)
    assert _is_subsequence(result.records, events.records)


@settings(max_examples=50, deadline=None)
@given(event_sets(), filters())
def test_indexed_filter_equals_a_plain_scan(events: EventSet, chosen: Filter) -> None:
    apply, predicate = chosen
    expected = tuple(record for record in events.records if predicate(record))
    assert apply(events).records == expected
    # The same on a set already filtered (masks of a shared store).
    half = events[::2]
    assert apply(half).records == tuple(r for r in half.records if predicate(r))


@settings(max_examples=50, deadline=None)
@given(event_sets(), filters(), filters())
def test_filters_commute(events: EventSet, first: Filter, second: Filter) -> None:
    assert first[0](second[0](events)) == second[0](first[0](events))


@settings(max_examples=50, deadline=None)
@given(event_sets(), codes, codes)
def test_between_is_symmetric(events: EventSet, a: str, b: str) -> None:
    assert events.between(a, b) == events.between(b, a)


@settings(max_examples=40, deadline=None)
@given(event_sets(), st.sampled_from(("kind", "sector", "year")))
def test_count_by_agrees_with_a_scan(events: EventSet, field: str) -> None:
    counts = events.count_by(field)
    expected: dict[Any, int] = {}
    for record in events:
        event = record.event
        if field == "kind":
            keys: list[Any] = [event.kind]
        elif field == "sector":
            keys = list(event.sectors) or [None]
        else:
            start = getattr(event.date, "start", event.date)
            keys = [getattr(start, "year", None)]
        for key in keys:
            expected[key] = expected.get(key, 0) + 1
    assert counts == expected
    assert list(counts) == sorted(counts, key=lambda k: (k is None, _order(field, k)))


def _order(field: str, key: Any) -> Any:
    if key is None:
        return 0
    if field == "kind":
        return list(EventKind).index(key)
    if field == "sector":
        return list(Sector).index(key)
    return key


@settings(max_examples=50, deadline=None)
@given(event_sets(), codes, st.none() | st.sampled_from(EventKind))
def test_partners_agree_with_a_scan(events: EventSet, code: str, kind: EventKind | None) -> None:
    own = _code(code)
    expected: dict[str, int] = {}
    for record in events:
        event = record.event
        if event.involves(own) and (kind is None or event.kind is kind):
            for other in event.party_codes:
                if other != own:
                    expected[other] = expected.get(other, 0) + 1
    ranked = events.partners(code, kind)
    assert {p.code: n for p, n in ranked} == expected
    assert [(-n, p.code) for p, n in ranked] == sorted((-n, p.code) for p, n in ranked)


@settings(max_examples=50, deadline=None)
@given(event_sets())
def test_dyads_count_pairs(events: EventSet) -> None:
    dyads = events.dyads()
    total = sum(n for _, n in dyads)
    assert total == sum(len(r.event.parties) * (len(r.event.parties) - 1) // 2 for r in events)
    for (a, b), _ in dyads:
        assert a < b


@settings(max_examples=50, deadline=None)
@given(event_sets())
def test_rows_are_flat_corpus_forms_with_provenance(events: EventSet) -> None:
    rows = events.rows()
    assert len(rows) == len(events)
    for row, record in zip(rows, events, strict=True):
        assert row["document_id"] == record.document_id
        assert row["source_url"] == record.source_url
        assert row["kind"] == record.event.kind.value
        json.dumps(row)


# -- the collection ---------------------------------------------------------------------


def _consultation(code: str, date: str | None = None, **more: Any) -> Consultation:
    return Consultation(
        parties=[party("AZE"), party(code)],
        format=more.pop("format", "meeting"),
        date=None if date is None else PartialDate.parse(date),
        **more,
    )


def test_collection_protocol() -> None:
    talks = [_consultation("MAR", "2024-05"), _consultation("DZA"), _consultation("FRA", "2023")]
    events = EventSet.from_events(talks, document_id="doc", source_url="https://x.org")
    assert len(events) == 3
    assert bool(events)
    assert not events.involving("VNM")
    assert [r.event for r in events] == talks
    assert events.events() == tuple(talks)
    assert events[1].event == talks[1]
    assert events[1:].events() == tuple(talks[1:])
    assert events[1] in events
    assert events == EventSet.from_events(talks, document_id="doc", source_url="https://x.org")
    assert events != EventSet(talks)
    assert hash(events) == hash(EventSet(list(events)))
    with pytest.raises(AttributeError):
        events.foo = 1
    assert events.involving("MAR").records[0].document_id == "doc"


def test_repr_is_a_short_table() -> None:
    talks = [_consultation("MAR", f"2024-05-{day:02d}") for day in range(1, 15)]
    text = repr(EventSet(talks))
    assert text.splitlines()[0] == "EventSet of 14 events"
    assert "… and 4 more" in text
    assert "AZE-MAR" in text
    assert str(EventSet()) == "EventSet of 0 events"


def test_unknown_codes_and_values_raise() -> None:
    events = EventSet([_consultation("MAR")])
    with pytest.raises(UnknownEntityError):
        events.involving("XXX")
    with pytest.raises(UnknownEntityError):
        events.between("AZE", "ZZ")
    with pytest.raises(UnknownEntityError):
        events.partners("QQQ")
    with pytest.raises(InvalidValueError):
        events.kind("treaty")
    with pytest.raises(InvalidValueError):
        events.sector("football")
    with pytest.raises(InvalidValueError):
        events.involving("AZE", mode="some")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        events.during("XXXX-05")
    with pytest.raises(InvalidValueError):
        events.during("2025", "2024")
    assert len(events.involving("ma")) == 1  # alpha-2 codes are accepted


def test_period_readings_of_partial_dates() -> None:
    may = _consultation("MAR", "2025-05")
    day = _consultation("DZA", "2025-05-03")
    yearless = _consultation("FRA", "XXXX-05-03")
    undated = _consultation("VNM")
    events = EventSet([may, day, yearless, undated])
    first_days = events.during("2025-05-01", "2025-05-10")
    assert first_days.events() == (may, day, yearless)
    assert events.during("2025-05-01", "2025-05-10", mode="within").events() == (day,)
    assert events.during("2025", mode="within").events() == (may, day)
    assert events.during(None, None, mode="within").events() == (may, day, yearless)
    assert events.during("2024", None).events() == (may, day, yearless)
    assert events.during(None, "2024").events() == (yearless,)


def test_reached_a_stage_by_a_date() -> None:
    def agreement(*stages: tuple[str, str | None]) -> Agreement:
        return Agreement(
            parties=[party("AZE"), party("MAR")],
            stages=[
                AgreementStage(stage=s, date=None if d is None else PartialDate.parse(d))
                for s, d in stages
            ],
        )

    signed = agreement(("signed", "2023-05-02"))
    ratified = agreement(("signed", "2023-05-02"), ("ratified", "2024-06"))
    undated = agreement(("ratified", None))
    yearless = agreement(("in_force", "XXXX-01-01"))
    events = EventSet([signed, ratified, undated, yearless])
    assert events.reached("ratified").events() == (ratified, undated, yearless)
    assert events.reached("ratified", by="2024-06").events() == (ratified,)
    assert events.reached("ratified", by="2024-05").events() == ()
    assert events.reached("signed", by=2023).events() == (signed, ratified)
    assert events.status("ratified").events() == (ratified, undated)


def test_timeline_places_partial_dates() -> None:
    events = EventSet(
        [
            _consultation("MAR", "2025-05-03"),
            _consultation("MAR", "2025"),
            _consultation("MAR"),
            _consultation("MAR", "XXXX-02-01"),
            _consultation("MAR", "2025-05"),
            _consultation("DZA", "2020"),
        ]
    )
    line = events.timeline("MAR", "AZE")
    assert [str(entry.date) for entry in line.dated] == ["2025", "2025-05", "2025-05-03"]
    assert [str(entry.date) for entry in line.year_unknown] == ["XXXX-02-01"]
    assert len(line.undated) == 1
    assert len(line) == 5
    assert "Maroc (MAR)" in str(line)


# -- documents, JSON Lines and the seeds ------------------------------------------------


@cache
def seeds() -> tuple[Document, ...]:
    return tuple(
        extract(path.read_text(encoding="utf-8"), doc_id=path.stem)
        for path in sorted(SEEDS.glob("seed-*.txt"))
    )


@cache
def seed_events() -> EventSet:
    return EventSet.from_documents(seeds())


def test_seed_documents_keep_their_provenance() -> None:
    events = seed_events()
    assert len(events) == sum(len(doc.events) for doc in seeds())
    for doc in seeds():
        mine = events.where(lambda r, d=doc: r.document_id == d.id)  # type: ignore[misc]
        assert mine.events() == doc.events


def test_seed_morocco_azerbaijan_agreements() -> None:
    # seed-000: three agreements approved by decree; seed-001: the defence
    # agreement ratified by the Azerbaijani parliament.
    agreements = seed_events().between("MAR", "AZE").kind("agreement")
    assert {r.document_id for r in agreements} == {"seed-000", "seed-001"}
    assert len(agreements.status("approved")) == 3
    ratified = agreements.status("ratified")
    assert len(ratified) == 1
    assert ratified[0].document_id == "seed-001"
    assert Sector.DEFENSE in ratified[0].event.sectors
    assert len(agreements.reached("approved")) == 4
    assert seed_events().partners("AZE")[0][0].code == "MAR"


def test_seed_algeria_round_two_consultations() -> None:
    rounds = seed_events().between("DZA", "AZE").kind("consultation")
    second = rounds.where(
        lambda r: (
            isinstance(r.event, Consultation) and r.event.format.value == "political_consultations"
        )
    )
    assert len(second) == 1
    event = second[0].event
    assert isinstance(event, Consultation)
    assert event.round == 2
    assert event.date == PartialDate.parse("2025-04-21")
    assert second.during("2025-04").events() == (event,)
    assert second.during("2025-04-22", None).events() == ()


def test_seed_jsonl_loads_like_the_documents() -> None:
    stream = io.StringIO(
        "".join(json.dumps(document_record(doc), ensure_ascii=False) + "\n" for doc in seeds())
    )
    loaded = EventSet.from_jsonl(stream)
    # The corpus form keeps the first evidence span (its text is the quote) and
    # not the stages' evidence: compare what it keeps.
    expected = [to_corpus_form(r.event) for r in seed_events()]
    for form in expected:
        form["spans"] = form["spans"][:1]
    assert [to_corpus_form(event) for event in loaded.events()] == expected
    assert all(
        event.evidence == original.evidence[:1]
        for event, original in zip(loaded.events(), seed_events().events(), strict=True)
    )
    assert [r.document_id for r in loaded] == [r.document_id for r in seed_events()]


def _declaration() -> Event:
    return Declaration(parties=[party("AZE"), party("VNM")], title="Déclaration commune")


def test_a_party_unknown_to_the_registry_but_present_is_accepted() -> None:
    club = Party(code="ZZCLUB", name="Club", kind=PartyKind.ORGANISATION)
    events = EventSet([Declaration(parties=[party("AZE"), club])])
    assert len(events.involving("ZZCLUB")) == 1
    assert events.partners("AZE")[0] == (club, 1)
    with pytest.raises(UnknownEntityError):
        events.involving("ZZOTHER")


def test_bare_events_have_no_document() -> None:
    events = EventSet([_declaration()])
    assert events[0].document_id is None
    assert events.rows()[0]["documents"] == []
    with pytest.raises(InvalidValueError):
        EventSet([Document(id="x", text="")])  # type: ignore[list-item]


RANGE_TEXTS = (
    "2024-03-30/2024-04-02",
    "2024-02-28/2024-03-01",
    "2023-12/2024-02",
    "2024/2025",
    "2024-05-01/2024-05-31",
    "2020-01/2023-06",
    "1990/2024-03-15",
    "XXXX-03-10/XXXX-03-12",
    "XXXX-06-10/XXXX-06-12",
    "2024-03-10",
    "2024-03",
    "2024",
    "XXXX-03",
)
PERIOD_BOUNDS = (
    None,
    "2023",
    "2024",
    "2024-02",
    "2024-03",
    "2024-03-01",
    "2024-03-31",
    "2024-04",
    "2024-04-01",
    "2025",
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(RANGE_TEXTS), max_size=12),
    st.sampled_from(PERIOD_BOUNDS),
    st.sampled_from(PERIOD_BOUNDS),
    st.sampled_from(("overlaps", "within")),
)
def test_periods_over_ranges_equal_a_plain_scan(
    texts: list[str], start: str | None, end: str | None, mode: PeriodMode
) -> None:
    events = EventSet(
        Consultation(
            parties=[party("AZE"), party("MAR")], date=parse_date_value(text), format="meeting"
        )
        for text in texts
    )
    try:
        period = Period.of(start, end)
    except InvalidValueError:
        return
    expected = tuple(r for r in events.records if period.matches(r.event.date, mode))
    assert events.during(period, mode=mode).records == expected
    half = events[1::2]
    assert half.during(period, mode=mode).records == tuple(
        r for r in half.records if period.matches(r.event.date, mode)
    )
