"""Tests of diplorel._fastread: the one fast builder, equal to the reference readings.

Both forms are checked against their reference: the converter's JSON form
(what :func:`diplorel.io.dumps` writes and Parquet files keep) against
:func:`diplorel.io.loads`, and the corpus form (``diplorel extract`` output)
against :func:`diplorel.query._jsonl.reports_of_record`. On damaged records,
both must fail with the same located message.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any, ClassVar

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplorel import Consultation, EventKind, Person, SerialisationError, party
from diplorel import strategies as ds
from diplorel._fastread import (
    ReaderMismatchError,
    RecordPlan,
    Rejected,
    StructureReader,
    checked,
    freeze,
    reject,
)
from diplorel.io import EVENT_TYPES, document_record, dumps, loads, make_converter
from diplorel.model import AgreementStage, Document, Span
from diplorel.query import Reported
from diplorel.query._jsonl import FastReader, _CorpusEvent, reports_of_record

# -- the converter's form -----------------------------------------------------------------


def _structure_reader() -> StructureReader:
    classes = (Reported, *EVENT_TYPES.values(), AgreementStage, Person, Span)
    return StructureReader(make_converter(), classes, EVENT_TYPES)


def _read_json(reader: StructureReader, data: Any) -> Any:
    """The fast reading of the JSON form, or the reference's error message."""
    try:
        return checked(
            lambda value: reader.record(Reported, value),
            lambda value: loads(json.dumps(value), Reported),
            data,
        )
    except SerialisationError as exc:
        return str(exc)


def _reference_json(data: Any) -> Any:
    try:
        return loads(json.dumps(data), Reported)
    except SerialisationError as exc:
        return str(exc)


@st.composite
def _reported(draw: st.DrawFn) -> Reported:
    first = Reported(
        event=draw(ds.events()),
        document_id=draw(st.none() | st.sampled_from(("a", "doc-2"))),
        source_url=draw(st.none() | st.just("https://example.org/x")),
    )
    if not draw(st.booleans()):
        return first
    second = Reported(event=draw(ds.events()), document_id="b")
    return Reported(event=first.event, document_id="a", reports=(first, second))


@settings(max_examples=150, deadline=None)
@given(st.lists(_reported(), min_size=1, max_size=4))
def test_json_form_reads_as_the_reference_reads(records: list[Reported]) -> None:
    reader = _structure_reader()  # one reader for all, so that its caches are used
    for record in records:
        assert reader.record(Reported, json.loads(dumps(record))) == record
    for record in records:  # again, from the caches
        assert reader.record(Reported, json.loads(dumps(record))) == record


# Values a damaged record may hold: wrong types, unknown parties and codes, bad dates.
JUNK: tuple[object, ...] = (
    None,
    "",
    " ",
    "x",
    "ZZZ",
    "MA",
    "2025-13",
    "2024-02-30",
    "2025-05/2024",
    0,
    -1,
    2,
    1.5,
    True,
    [],
    ["AZE"],
    ["ZZZ"],
    ["energy", 3],
    [None],
    {},
    {"name": "x"},
    [[1, 2]],
)


def _paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value inside a JSON value (keys and list indexes)."""
    found = [prefix] if prefix else []
    if isinstance(data, dict):
        for key, value in data.items():
            found.extend(_paths(value, (*prefix, key)))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found.extend(_paths(value, (*prefix, index)))
    return found


def _damage(data: Any, path: tuple[Any, ...], value: Any, *, delete: bool) -> None:
    *parents, last = path
    for step in parents:
        data = data[step]
    if delete and isinstance(data, dict):
        del data[last]
    elif delete:
        data.pop(last)
    else:
        data[last] = value


@st.composite
def _damaged(draw: st.DrawFn, data: Any) -> Any:
    data = copy.deepcopy(data)
    for _ in range(draw(st.integers(1, 2))):
        paths = _paths(data)
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        if draw(st.booleans()) and draw(st.booleans()):
            _damage(data, path, None, delete=True)
        elif draw(st.booleans()):  # an unknown key beside it
            _damage(data, (*path[:-1], "extra"), 1, delete=False) if isinstance(
                path[-1], str
            ) else _damage(data, path, draw(st.sampled_from(JUNK)), delete=False)
        else:
            _damage(data, path, draw(st.sampled_from(JUNK)), delete=False)
    return data


@settings(max_examples=150, deadline=None)
@given(_reported(), st.data())
def test_damaged_json_form_fails_as_the_reference_fails(
    record: Reported, data: st.DataObject
) -> None:
    damaged = data.draw(_damaged(json.loads(dumps(record))))
    reader = _structure_reader()
    reader.record(Reported, json.loads(dumps(record)))  # the caches know the good parts
    assert _read_json(reader, damaged) == _reference_json(damaged)


def test_a_record_built_from_the_caches_is_checked_again() -> None:
    """A direction validated with one set of parties is not taken for valid with another."""
    reader = _structure_reader()
    aze, mar, dza = party("AZE"), party("MAR"), party("DZA")
    good = Reported(event=Consultation(parties=[aze, mar], format="visit", source=[aze]))
    assert reader.record(Reported, json.loads(dumps(good))) == good
    data = json.loads(dumps(good))
    data["event"]["parties"] = [dza.code, mar.code]
    assert _read_json(reader, data) == _reference_json(data)
    assert "source must be parties of the event, not AZE" in _read_json(reader, data)


# -- the corpus form ------------------------------------------------------------------------


def _read_corpus(reader: FastReader, record: Any) -> Any:
    try:
        return reader.record(record)
    except SerialisationError as exc:
        return str(exc)


def _reference_corpus(record: Any) -> Any:
    try:
        return reports_of_record(copy.deepcopy(record))
    except SerialisationError as exc:
        return str(exc)


@settings(max_examples=100, deadline=None)
@given(st.lists(ds.documents(registered_only=True), min_size=1, max_size=3))
def test_corpus_form_reads_as_the_reference_reads(docs: list[Document]) -> None:
    reader = FastReader()
    for doc in docs * 2:  # the second time from the caches
        record = json.loads(json.dumps(document_record(doc)))
        assert reader.record(record) == reports_of_record(copy.deepcopy(record))


@settings(max_examples=150, deadline=None)
@given(ds.documents(registered_only=True), st.data())
def test_damaged_corpus_form_fails_as_the_reference_fails(
    doc: Document, data: st.DataObject
) -> None:
    record = json.loads(json.dumps(document_record(doc)))
    damaged = data.draw(_damaged(record))
    reader = FastReader()
    reader.record(copy.deepcopy(record))
    assert _read_corpus(reader, damaged) == _reference_corpus(damaged)


CORPUS_CASES: dict[str, Callable[[dict[str, Any]], None]] = {
    "missing kind": lambda event: event.pop("kind"),
    "missing parties": lambda event: event.pop("parties"),
    "unknown party": lambda event: event.update(parties=["AZE", "ZZZ"]),
    "person of an unknown party": lambda event: event["persons"][0].update(party="ZZZ"),
    "bad date": lambda event: event.update(date="2025-02-30"),
    "bad stage date": lambda event: event["stages"][0].update(date="juin"),
    "stages out of order": lambda event: event.update(
        stages=[{"stage": "signed"}, {"stage": "negotiated"}], status="negotiated"
    ),
    "status of another stage": lambda event: event.update(status="in_force"),
    "round as text": lambda event: event.update(round="2"),
    "quantity of one": lambda event: event.update(quantity=1),
    "heads not the persons": lambda event: event.update(heads=["Quelqu'un"]),
    "untrimmed actor": lambda event: event["stages"][0].update(actor=" Ali "),
    "source outside the parties": lambda event: event.update(source=["DZA"]),
    "unknown key": lambda event: event.update(humeur="cordiale"),
    "background null": lambda event: event.update(background=None),
    "sector unknown": lambda event: event.update(sectors=["space"]),
    "span of text": lambda event: event.update(spans=[["0", 4]]),
}


@pytest.mark.parametrize("case", sorted(CORPUS_CASES))
def test_malformed_corpus_forms_fail_as_the_reference_fails(case: str) -> None:
    event = {
        "kind": "agreement",
        "parties": ["AZE", "MAR"],
        "date": "2025-03-04",
        "heads": ["Ali Ahmed"],
        "persons": [{"name": "Ali Ahmed", "role": "ministre", "party": "AZE"}],
        "stages": [{"stage": "signed", "date": "2025-03-04", "actor": "Ali Ahmed"}],
        "status": "signed",
        "evidence": "Bakou et Rabat",
        "spans": [[0, 14]],
    }
    record = {"id": "d1", "events": [event]}
    reader = FastReader()
    assert _read_corpus(reader, copy.deepcopy(record)) == _reference_corpus(record)
    CORPUS_CASES[case](event)
    found = _read_corpus(reader, copy.deepcopy(record))
    assert isinstance(found, str)
    assert found == _reference_corpus(record)
    assert found.startswith(("events[0]", "record"))


def test_full_documents_are_read_by_the_json_form() -> None:
    text = "Bakou et Rabat se sont parlé."
    event = Consultation(
        parties=[party("AZE"), party("MAR")], format="phone_call", evidence=[Span.of(text, 0, 5)]
    )
    doc = Document(id="d", text=text, events=[event])
    reader = FastReader()
    data = json.loads(dumps(doc))
    assert reader.record(data) == reports_of_record(data)
    data["events"][0]["evidence"][0]["text"] = "Rabat"  # does not slice the text
    assert _read_corpus(reader, data) == _reference_corpus(data)
    assert "does not slice the document text" in _read_corpus(reader, data)


# -- the builder itself -------------------------------------------------------------------


def test_a_disagreement_is_a_bug_not_a_value() -> None:
    with pytest.raises(ReaderMismatchError, match="fast reader rejected"):
        checked(lambda _: reject(), lambda _: None, {"id": "a"})
    with pytest.raises(SerialisationError, match="here: why"):
        checked(
            lambda _: reject(),
            lambda _: (_ for _ in ()).throw(SerialisationError("here", "why")),
            {},
        )


@pytest.mark.parametrize(
    ("left", "right"),
    [(1, True), (0, False), (1, 1.0), (0.0, -0.0), ("1", 1), ([], {}), (["a"], "a"), (None, [])],
)
def test_keys_of_different_values_differ(left: object, right: object) -> None:
    assert freeze(left) != freeze(right)
    assert freeze([left]) != freeze([right])
    assert freeze({"k": left}) != freeze({"k": right})


@attrs.frozen(kw_only=True, repr=False)
class _Briefing(Consultation):
    """A consultation with a field the model does not have (yet)."""

    kind: ClassVar[EventKind] = EventKind.CONSULTATION
    language: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(str))
    )


def test_a_new_field_needs_no_edit_in_either_reader() -> None:
    reader = StructureReader(
        make_converter(), (_Briefing, Person, Span), {"consultation": _Briefing}
    )
    data = {"kind": "consultation", "parties": ["AZE"], "format": "visit", "language": "fr"}
    briefing = reader.record(_Briefing, {k: v for k, v in data.items() if k != "kind"})
    assert briefing == _Briefing(parties=[party("AZE")], format="visit", language="fr")
    with pytest.raises(Rejected):
        reader.record(_Briefing, {**data, "language": 3})
    # The corpus form has no key for it (yet): the field takes its default.
    corpus = _CorpusEvent(_Briefing, reader)
    assert corpus.build({"kind": "consultation", "parties": ["AZE"], "format": "visit"}) == (
        _Briefing(parties=[party("AZE")], format="visit")
    )


def test_plans_follow_the_model() -> None:
    plan = RecordPlan(AgreementStage)
    assert [field.name for field in plan.fields] == [
        field.name for field in attrs.fields(AgreementStage)
    ]
    assert plan.by_name["stage"].finish("signed").value == "signed"
    with pytest.raises(Rejected):
        plan.by_name["stage"].finish("fini")
    with pytest.raises(Rejected):
        plan.by_name["stage"].default()  # a stage is required
