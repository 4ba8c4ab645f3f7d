"""Tests of diplorel.query._jsonl: the fast reading of ``diplorel extract`` output."""

from __future__ import annotations

import importlib.util
import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplorel import Consultation, Span, party
from diplorel import strategies as ds
from diplorel.errors import SerialisationError
from diplorel.io import document_record, dump_jsonl
from diplorel.model import Document
from diplorel.query import EventSet
from diplorel.query._jsonl import (
    FastReader,
    read_jsonl,
    reports_of_document,
    reports_of_record,
)


def _same(record: dict[str, Any]) -> None:
    fast = FastReader().record(json.loads(json.dumps(record)))
    assert fast == reports_of_record(json.loads(json.dumps(record)))


@settings(max_examples=60, deadline=None)
@given(ds.documents(registered_only=True))
def test_fast_reading_equals_the_reference_reading(doc: Document) -> None:
    _same(document_record(doc))


@settings(max_examples=40, deadline=None)
@given(
    ds.documents(registered_only=True),
    st.sampled_from(
        (
            "id",
            "events",
            "kind",
            "parties",
            "date",
            "sectors",
            "heads",
            "persons",
            "stages",
            "status",
            "spans",
            "round",
            "title",
        )
    ),
    st.sampled_from((None, "", "x", 0, 2, True, [], ["AZE"], {}, [[1, 2]])),
)
def test_damaged_records_read_the_same_or_fail_the_same(
    doc: Document, key: str, value: object
) -> None:
    record = document_record(doc)
    if key not in ("id", "events") and record["events"]:
        record["events"][0][key] = value
    else:
        record[key] = value

    def read(reader: Any) -> Any:
        try:
            return reader(json.loads(json.dumps(record)))
        except SerialisationError as exc:
            return str(exc)

    assert read(FastReader().record) == read(reports_of_record)


def test_full_documents_keep_every_span(tmp_path: Path) -> None:
    text = "Bakou et Rabat ont signé. Puis Alger."
    event = Consultation(
        parties=[party("AZE"), party("MAR")],
        format="meeting",
        evidence=[Span.of(text, 0, 5), Span.of(text, 26, 36)],
    )
    doc = Document(id="full", text=text, events=[event])
    path = tmp_path / "docs.jsonl"
    with path.open("w", encoding="utf-8") as out:
        dump_jsonl([doc], out)
    assert EventSet.from_jsonl(path).records == tuple(reports_of_document(doc))


def test_errors_name_the_file_and_line(tmp_path: Path) -> None:
    good = json.dumps({"id": "a", "events": []})
    bad = json.dumps({"id": "b", "events": [{"kind": "meeting", "parties": ["AZE"]}]})
    path = tmp_path / "events.jsonl"
    path.write_text(f"{good}\n\n{bad}\n", encoding="utf-8")
    with pytest.raises(SerialisationError) as raised:
        EventSet.from_jsonl(path)
    assert str(raised.value).startswith(f"{path}: line 3: events[0].kind: expected one of")
    with pytest.raises(SerialisationError, match=r"<stream>: line 1: expected a JSON object"):
        EventSet.from_jsonl(io.StringIO("{not json\n"))


# -- the optional orjson decoding ------------------------------------------------------

HAS_ORJSON = importlib.util.find_spec("orjson") is not None
needs_orjson = pytest.mark.skipif(not HAS_ORJSON, reason="orjson is not installed")

# Lines that orjson rejects or reads otherwise than json (NaN, integers beyond
# 64 bits, lone surrogates, exponents out of range), blank lines, bad lines.
AWKWARD_LINES = (
    "",
    "   ",
    "\u00a0",
    '{"id": "a", "events": [{"kind": "consultation", "format": "meeting", '
    '"parties": ["AZE", "MAR"], "round": NaN}]}',
    '{"id": "a", "events": [{"kind": "consultation", "format": "meeting", '
    '"parties": ["AZE", "MAR"], "round": 18446744073709551616}]}',
    '{"id": "a", "events": [{"kind": "consultation", "format": "meeting", '
    '"parties": ["AZE", "MAR"], "evidence": "ab", '
    '"spans": [[18446744073709551616, 18446744073709551618]]}]}',
    '{"id": "a", "events": [{"kind": "consultation", "format": "meeting", '
    '"parties": ["AZE", "MAR"], "evidence": "\\ud800", "spans": [[0, 1]]}]}',
    '{"id": "b\\udc00", "events": []}',
    '{"id": "a", "events": [], "published": 1E400}',
    '{"id": "a", "id": "b", "events": []}',
    "[]",
    "{not json",
    '{"id": "a"} {"id": "b"}',
)


def _outcome(text: str, *, fast_json: bool) -> Any:
    try:
        return list(read_jsonl([io.StringIO(text)], fast_json=fast_json))
    except SerialisationError as exc:
        return str(exc)


@needs_orjson
@settings(max_examples=60, deadline=None)
@given(
    st.lists(ds.documents(registered_only=True), max_size=3),
    st.lists(st.sampled_from(AWKWARD_LINES), max_size=2),
)
def test_orjson_reads_what_json_reads(docs: list[Document], awkward: list[str]) -> None:
    lines = [json.dumps(document_record(doc), ensure_ascii=False) for doc in docs]
    text = "\n".join([*lines, *awkward]) + "\n"
    assert _outcome(text, fast_json=True) == _outcome(text, fast_json=False)


@needs_orjson
@pytest.mark.parametrize("line", AWKWARD_LINES)
def test_orjson_fails_as_json_fails(line: str) -> None:
    assert _outcome(line + "\n", fast_json=True) == _outcome(line + "\n", fast_json=False)


@pytest.mark.parametrize(
    "line",
    [
        '{"id": "a", "events": [{"kind": "declaration", "parties": ["PER"], '
        '"place": "Lima\\udc00"}]}',
        '{"id": "b\\ud800", "events": []}',
    ],
)
def test_a_lone_surrogate_is_an_error_of_its_line(line: str) -> None:
    """Text no UTF-8 file can hold is refused where it is read, not when it is written."""
    good = '{"id": "ok", "events": []}'
    with pytest.raises(SerialisationError, match=r"<stream>: line 2: .*lone surrogate"):
        list(read_jsonl([io.StringIO(good + "\n" + line + "\n")], fast_json=False))


def test_a_surrogate_pair_is_one_character_and_reads() -> None:
    line = (
        '{"id": "a", "events": [{"kind": "declaration", "parties": ["PER"], '
        '"place": "Lima \\ud83d\\ude00"}]}'
    )
    (found,) = read_jsonl([io.StringIO(line + "\n")], fast_json=False)
    assert found.event.place == "Lima \U0001f600"


def _agreement(**changes: object) -> dict[str, Any]:
    """A document record with one agreement in corpus form, with ``changes`` to the event."""
    event: dict[str, Any] = {
        "kind": "agreement",
        "parties": ["FRA", "MAR"],
        "date": "2024-05-02",
        "status": "signed",
        "evidence": "ont signé",
        "spans": [[10, 19]],
        "heads": ["Inès Morel"],
        "persons": [{"name": "Inès Morel", "role": "ministre", "party": "FRA"}],
        "stages": [
            {"stage": "negotiated", "date": "2024-04", "actor": None},
            {"stage": "signed", "date": "2024-05-02", "actor": "Inès Morel"},
        ],
        "instrument": "convention",
    }
    event.update(changes)
    return {"id": "d1", "published": "2024-05-03", "source_url": None, "events": [event]}


_PERSON = {"name": "Inès Morel", "role": "ministre", "party": "FRA"}


@pytest.mark.parametrize(
    "changes",
    [
        # the persons' cache must see each part of a person
        {"persons": [{**_PERSON, "role": "ambassadrice"}]},
        {"persons": [{**_PERSON, "party": "MAR"}]},
        {"persons": [{**_PERSON, "role": None}]},
        {"persons": None},
        # the stages' cache must see the actor's person (same stages, another role)
        {"persons": [{**_PERSON, "role": "Première ministre"}], "heads": ["Inès Morel"]},
        # ... each stage's date and actor, and the status
        {
            "stages": [
                {"stage": "negotiated", "date": "2024-03", "actor": None},
                {"stage": "signed", "date": "2024-05-02", "actor": "Inès Morel"},
            ]
        },
        {
            "stages": [
                {"stage": "negotiated", "date": "2024-04", "actor": None},
                {"stage": "signed", "date": "2024-05-02", "actor": None},
            ]
        },
        {"stages": None},
        {"stages": None, "date": "2024-05-01"},
        {"stages": None, "status": "ratified"},
        # invalid parts are never served from the cache of a valid one
        {"stages": "2024-05-02"},
        {"persons": [["name", "Inès Morel"]]},
        {"heads": "Inès Morel"},
        {"status": 1},
    ],
)
def test_cached_parts_see_every_raw_value_they_depend_on(changes: dict[str, Any]) -> None:
    reader = FastReader()

    def read(record: dict[str, Any]) -> Any:
        try:
            return reader.record(record)
        except SerialisationError as exc:
            return str(exc)

    def reference(record: dict[str, Any]) -> Any:
        try:
            return reports_of_record(record)
        except SerialisationError as exc:
            return str(exc)

    # two valid records first, so that the caches hold entries the changed one must not get
    first, plain, changed = _agreement(), _agreement(stages=None), _agreement(**changes)
    assert read(first) == reference(first)
    assert read(plain) == reference(plain)
    assert read(changed) == reference(changed)
    assert reference(changed) != reference(first)
