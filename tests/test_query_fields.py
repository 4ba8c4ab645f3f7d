"""Tests of EventSet's filters by format, place and person, and of count_by over any field
of the flat form (diplorel.query._eventset)."""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplorel import Agreement, AgreementStage, Consultation, Declaration, Person, party
from diplorel import strategies as ds
from diplorel.errors import InvalidValueError
from diplorel.query import EventSet, Reported
from diplorel.query._eventset import _READERS, countable_fields


def _talk(fmt: str, place: str | None = None, *names: str) -> Consultation:
    return Consultation(
        parties=[party("AZE"), party("DZA")],
        format=fmt,
        place=place,
        persons=[Person(name=name) for name in names],
    )


@pytest.fixture
def events() -> EventSet:
    return EventSet(
        [
            Reported(event=_talk("meeting", "Alger", "Ilham Aliyev"), document_id="a"),
            Reported(event=_talk("phone_call", None, "Ahmed Attaf"), document_id="b"),
            Reported(event=_talk("visit", "Bakou", "Ali Hassan"), document_id="b"),
            Reported(
                event=Agreement(
                    parties=[party("AZE"), party("MAR")],
                    stages=[AgreementStage(stage="signed")],
                    place="Rabat",
                ),
                document_id="c",
            ),
            Reported(event=Declaration(parties=[party("AZE"), party("MAR")]), document_id="c"),
        ]
    )


def _docs(events: EventSet) -> list[str | None]:
    return [record.document_id for record in events]


def test_format(events: EventSet) -> None:
    assert _docs(events.format("meeting")) == ["a"]
    assert _docs(events.format("phone_call", "visit")) == ["b", "b"]
    assert len(events.format()) == 0
    with pytest.raises(InvalidValueError, match="unknown format 'banquet'"):
        events.format("banquet")


def test_place_ignores_case_accents_and_spaces(events: EventSet) -> None:
    assert _docs(events.place("alger")) == ["a"]
    assert _docs(events.place(" BAKOU ", "Rabat")) == ["b", "c"]
    assert _docs(events.place("Báḱou")) == ["b"]
    assert len(events.place("Paris")) == 0
    with pytest.raises(InvalidValueError, match="non-empty string"):
        events.place("  ")


def test_person_matches_whole_words(events: EventSet) -> None:
    assert _docs(events.person("Aliyev")) == ["a"]
    assert _docs(events.person("ilham ALIYEV")) == ["a"]
    assert _docs(events.person("Ali")) == ["b"]  # Ali Hassan, not Aliyev
    assert _docs(events.person("Attaf", "Hassan")) == ["b", "b"]
    assert len(events.person("Ilham Attaf")) == 0
    with pytest.raises(InvalidValueError):
        events.person("")


def test_count_by_flat_fields(events: EventSet) -> None:
    assert events.count_by("format") == {"meeting": 1, "phone_call": 1, "visit": 1, None: 2}
    assert events.count_by("place") == {"Alger": 1, "Bakou": 1, "Rabat": 1, None: 2}
    assert events.count_by("parties") == {"AZE": 5, "DZA": 3, "MAR": 2}
    assert events.count_by("party") == events.count_by("parties")
    assert events.count_by("document_id") == {"a": 1, "b": 2, "c": 2}
    assert events.count_by("heads") == {
        "Ahmed Attaf": 1,
        "Ali Hassan": 1,
        "Ilham Aliyev": 1,
        None: 2,
    }
    assert events.count_by("background") == {False: 5}
    assert events.count_by("sector") == events.count_by("sectors") == {None: 5}


@pytest.mark.parametrize("field", ["spans", "persons", "stages", "colour", ""])
def test_count_by_refuses_nested_and_unknown_fields(events: EventSet, field: str) -> None:
    with pytest.raises(InvalidValueError, match="count_by takes one of"):
        events.count_by(field)


@st.composite
def event_sets(draw: st.DrawFn) -> EventSet:
    pool = draw(st.lists(ds.events(registered_only=True), min_size=1, max_size=3))
    chosen = draw(
        st.lists(st.tuples(st.sampled_from(pool), st.sampled_from(("a", "b", "c"))), max_size=8)
    )
    return EventSet(Reported(event=event, document_id=doc) for event, doc in chosen)


def _scan(events: EventSet, field: str) -> dict[Any, int]:
    counts: dict[Any, int] = {}
    for row in events.rows():
        value = row.get(field)
        if isinstance(value, dict):  # PLOVER's {"type", "mode"}: its values joined
            value = ":".join(str(item) for item in value.values() if item is not None)
        for key in (value or [None]) if isinstance(value, list) else [value]:
            counts[key] = counts.get(key, 0) + 1
    return counts


@settings(max_examples=30, deadline=None)
@given(event_sets(), st.sampled_from([f for f in countable_fields() if f != "year"]))
def test_count_by_agrees_with_a_scan_of_the_rows(events: EventSet, field: str) -> None:
    plural = {"sector": "sectors", "party": "parties", "head": "heads"}.get(field, field)
    counts = events.count_by(field)
    assert counts == _scan(events, plural)
    assert None not in list(counts)[:-1]  # None comes last


@settings(max_examples=30, deadline=None)
@given(event_sets(), st.text(min_size=1, max_size=8).filter(str.strip))
def test_filters_return_subsets(events: EventSet, text: str) -> None:
    for chosen in (events.place(text), events.person(text), events.format("meeting")):
        assert set(chosen.records) <= set(events.records)
        assert list(chosen.records) == [r for r in events.records if r in chosen.records]


@settings(max_examples=30, deadline=None)
@given(event_sets())
def test_a_place_finds_its_own_events(events: EventSet) -> None:
    for record in events:
        place = record.event.place
        if place is not None and place.strip():
            assert record in events.place(place.upper()).records
        for person in record.event.persons:
            if any(char.isalnum() for char in person.name):
                assert record in events.person(person.name).records


def test_count_by_plover_joins_type_and_mode() -> None:
    counts = EventSet([_talk("meeting"), _talk("phone_call")]).count_by("plover")
    assert all(isinstance(key, str) and key.startswith("CONSULT") for key in counts)
    assert sum(counts.values()) == 2


def test_persons_without_words_match_nothing() -> None:
    talk = attrs.evolve(_talk("meeting"), persons=[Person(name="M. X")])
    assert len(EventSet([talk]).person("—")) == 0


@settings(max_examples=60, deadline=None)
@given(event_sets())
def test_fast_readers_agree_with_the_flat_form(events: EventSet) -> None:
    for record, flat in zip(events, events.rows(), strict=True):
        for field, read in _READERS.items():
            assert read(record) == flat.get(field), field
