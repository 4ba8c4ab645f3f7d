"""Tests of diplorel.arrow: Arrow tables, pandas DataFrames and Parquet files of events."""

from __future__ import annotations

import datetime as dt
import importlib
import json
import sys
import tempfile
from functools import cache
from pathlib import Path

import attrs
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplorel import (
    Agreement,
    AgreementStage,
    Consultation,
    Declaration,
    PartialDate,
    Person,
    SerialisationError,
    Span,
    extract,
    party,
)
from diplorel import arrow as darrow
from diplorel import strategies as ds
from diplorel.io import dumps
from diplorel.model import DateSpan, parse_date_value
from diplorel.query import EventSet, Reported
from diplorel.query._index import DateIndex
from diplorel.query._table import row

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@cache
def _seed_events() -> EventSet:
    docs = [
        extract(path.read_text(encoding="utf-8"), doc_id=path.stem)
        for path in sorted(SEEDS.glob("seed-*.txt"))
    ]
    return EventSet.from_documents(docs)


def _round_trip(events: EventSet) -> EventSet:
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "events.parquet"
        events.write_parquet(path)
        return EventSet.read_parquet(path)


def _hand_made() -> EventSet:
    """Events of every kind and date shape, written by hand."""
    text = "Rabat et Bakou ont signé un accord de défense le 12 mars."
    treaty = Agreement(
        parties=[party("MAR"), party("AZE")],
        date=PartialDate.parse("2024-03-12"),
        title="accord de défense",
        sectors={"defense"},
        persons=[Person(name="Nasser Bourita", role="ministre", party=party("MAR"))],
        evidence=[Span.of(text, 15, 24), Span.of(text, 0, 5)],
        stages=[
            AgreementStage(stage="signed", date=PartialDate.parse("2024-03-12"), source="a"),
            AgreementStage(stage="ratified", date=PartialDate.parse("2024-12")),
        ],
        quantity=3,
    )
    talk = Consultation(
        parties=[party("AZE"), party("DZA")],
        format="political_consultations",
        round=2,
        date=DateSpan.parse("2024-07-05/2024-08"),
        place="Alger",
    )
    yearless = Declaration(
        parties=[party("VNM"), party("FRA")],
        declaration="joint_declaration",
        date=PartialDate.parse("XXXX-06-10"),
        establishes="partenariat stratégique",
    )
    year = Consultation(
        parties=[party("FRA")], format="visit", date=PartialDate.parse("2023"), background=True
    )
    undated = Consultation(parties=[party("MAR"), party("EU")], format="meeting")
    return EventSet(
        [
            Reported(event=treaty, document_id="a", source_url="https://example.org/a"),
            Reported(event=talk, document_id="b"),
            Reported(event=yearless, document_id="c"),
            Reported(event=year),
            Reported(event=undated, document_id="d"),
        ]
    )


# -- schema and columns ---------------------------------------------------------------


def test_schema_has_the_flat_form_then_dates_then_json() -> None:
    table = _hand_made().to_arrow()
    names = table.schema.names
    assert names[: len(darrow.COLUMNS)] == [name for name, _ in darrow.COLUMNS]
    assert names[len(darrow.COLUMNS) :] == [
        "date_start",
        "date_end",
        "date_precision",
        "date_is_range",
        "record_json",
    ]
    for name, type_ in darrow.COLUMNS:
        assert table.schema.field(name).type == type_, name
    assert table.schema.field("date_start").type == pa.date32()
    assert table.schema.field("date_end").type == pa.date32()
    stage = [("stage", pa.string()), ("date", pa.string()), ("actor", pa.string())]
    assert table.schema.field("stages").type == pa.list_(
        pa.struct([*stage, ("source", pa.string())])
    )
    assert table.num_rows == 5
    assert b"diplorel" in table.schema.metadata


def test_every_key_of_the_rows_is_a_column() -> None:
    events = _seed_events()
    table = events.to_arrow()
    rows = events.rows()
    assert set(rows[0]) <= set(table.schema.names)
    assert table.column("parties").to_pylist() == [item["parties"] for item in rows]
    assert table.column("document_id").to_pylist() == [item["document_id"] for item in rows]
    assert table.column("evidence").to_pylist() == [item["evidence"] for item in rows]
    assert table.column("spans").to_pylist() == [
        [{"start": start, "end": end} for start, end in item["spans"]] for item in rows
    ]


def test_cells_of_an_agreement() -> None:
    table = _hand_made().to_arrow()
    first = table.slice(0, 1).to_pylist()[0]
    assert first["kind"] == "agreement"
    assert first["parties"] == ["AZE", "MAR"]
    assert first["status"] == "ratified"
    assert first["quantity"] == 3
    assert first["persons"] == [{"name": "Nasser Bourita", "role": "ministre", "party": "MAR"}]
    assert first["spans"] == [{"start": 15, "end": 24}, {"start": 0, "end": 5}]
    assert first["evidence"] == "ont signé"
    assert first["stages"] == [
        {"stage": "signed", "date": "2024-03-12", "actor": None, "source": "a"},
        {"stage": "ratified", "date": "2024-12", "actor": None, "source": None},
    ]
    assert first["source_url"] == "https://example.org/a"


def test_extra_keys_of_the_rows_get_inferred_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    """A key the flat form gains later (a new model field) becomes a column by itself."""

    def with_more(record: Reported) -> dict[str, object]:
        form = row(record)
        form["target"] = list(form["parties"][:1])
        form["odd"] = {"a": 1} if form["kind"] == "agreement" else [1]
        return form

    monkeypatch.setattr(darrow, "row", with_more)
    table = _hand_made().to_arrow()
    assert table.schema.field("target").type == pa.list_(pa.string())
    assert table.column("target").to_pylist()[0] == ["AZE"]
    assert table.schema.field("odd").type == pa.string()  # mixed values: JSON text
    assert table.column("odd").to_pylist()[:2] == ['{"a": 1}', "[1]"]
    assert table.schema.names[-1] == "record_json"


@pytest.mark.parametrize(
    ("text", "start", "end", "precision", "is_range"),
    [
        ("2025-04-21", dt.date(2025, 4, 21), dt.date(2025, 4, 21), "day", False),
        ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29), "month", False),
        ("2023", dt.date(2023, 1, 1), dt.date(2023, 12, 31), "year", False),
        ("XXXX-06-10", None, None, "unknown_year", False),
        ("XXXX-08", None, None, "unknown_year", False),
        ("2024-07-05/2024-07-06", dt.date(2024, 7, 5), dt.date(2024, 7, 6), "day", True),
        ("2024-07-05/2024-08", dt.date(2024, 7, 5), dt.date(2024, 8, 31), "month", True),
        ("2024/2025-03-01", dt.date(2024, 1, 1), dt.date(2025, 3, 1), "year", True),
        ("XXXX-12-28/2025-01-03", None, None, "unknown_year", True),
        ("0001", dt.date(1, 1, 1), dt.date(1, 12, 31), "year", False),
        ("9999-12", dt.date(9999, 12, 1), dt.date(9999, 12, 31), "month", False),
    ],
)
def test_date_columns(
    text: str, start: dt.date | None, end: dt.date | None, precision: str, is_range: bool
) -> None:
    assert darrow.date_columns(parse_date_value(text)) == (start, end, precision, is_range)


def test_undated_event_has_null_date_columns() -> None:
    assert darrow.date_columns(None) == (None, None, None, False)
    table = _hand_made().to_arrow()
    assert table.column("date_precision").to_pylist() == [
        "day",
        "month",
        "unknown_year",
        "year",
        None,
    ]
    assert table.column("date_is_range").to_pylist() == [False, True, False, False, False]


# -- pandas ---------------------------------------------------------------------------


def test_pandas_dates_are_datetimes() -> None:
    frame = _hand_made().to_pandas()
    assert isinstance(frame, pd.DataFrame)
    assert "record_json" not in frame.columns
    assert str(frame.date_start.dtype) == "datetime64[ms]"
    years = frame.date_start.dt.year.tolist()
    assert years[:2] == [2024, 2024]
    assert pd.isna(years[2])
    assert frame.date_end.dt.month.tolist()[1] == 8
    assert str(frame["round"].dtype) == "Int32"
    assert frame["round"].tolist()[1] == 2
    assert frame.kind.tolist() == [
        "agreement",
        "consultation",
        "declaration",
        "consultation",
        "consultation",
    ]
    assert frame.background.dtype == bool


def test_pandas_handles_years_beyond_nanoseconds() -> None:
    far = Consultation(parties=[party("FRA")], format="visit", date=PartialDate.parse("9999-12"))
    old = Consultation(parties=[party("FRA")], format="visit", date=PartialDate.parse("0012"))
    frame = EventSet([far, old]).to_pandas()
    assert frame.date_end.dt.year.tolist() == [9999, 12]


def test_seed_frame_has_one_row_per_event() -> None:
    events = _seed_events()
    frame = events.to_pandas()
    assert len(frame) == len(events)
    assert frame.document_id.tolist() == [record.document_id for record in events]


# -- Parquet round trip ---------------------------------------------------------------


def test_round_trip_of_hand_made_events() -> None:
    events = _hand_made()
    back = _round_trip(events)
    assert back == events
    assert back.records == events.records


def test_round_trip_of_seed_events_and_queries() -> None:
    events = _seed_events()
    back = _round_trip(events)
    assert back == events
    assert back.between("AZE", "MAR").records == events.between("AZE", "MAR").records
    assert back.partners("AZE") == events.partners("AZE")
    assert back.parties() == events.parties()
    assert back.count_by("year") == events.count_by("year")


def test_round_trip_of_merged_records() -> None:
    events = _seed_events()
    # each event reported twice, by two articles (a report repeated by its own
    # document, or by the same article under another id, counts once)
    copies = [
        attrs.evolve(r, document_id=f"{r.document_id}-b", source_url="https://example.org/b")
        for r in events.records
    ]
    merged = EventSet([*events.records, *copies]).merge()
    assert all(record.is_merged for record in merged)
    assert _round_trip(merged) == merged


def test_empty_set() -> None:
    empty = EventSet()
    table = empty.to_arrow()
    assert table.num_rows == 0
    assert table.schema.names[-1] == "record_json"
    assert table.schema.field("date_start").type == pa.date32()
    back = _round_trip(empty)
    assert back == empty
    assert len(back) == 0
    assert len(back.involving("AZE")) == 0
    assert len(back.during("2024")) == 0
    assert back.parties() == ()
    assert len(empty.to_pandas()) == 0


@st.composite
def _reported(draw: st.DrawFn) -> Reported:
    event = draw(ds.events())
    return Reported(
        event=event,
        document_id=draw(st.none() | st.sampled_from(("a", "b", "doc-3"))),
        source_url=draw(st.none() | st.just("https://example.org/x")),
    )


@st.composite
def _records(draw: st.DrawFn) -> list[Reported]:
    records = draw(st.lists(_reported(), max_size=6))
    if len(records) >= 2 and draw(st.booleans()):  # a merged record keeps its reports
        first, second = records[0], records[1]
        records.append(
            Reported(
                event=first.event,
                document_id=first.document_id,
                source_url=first.source_url,
                reports=(first, second),
            )
        )
    return records


@settings(max_examples=60)
@given(
    _records(),
    st.sampled_from(("AZE", "FRA", "EU", "MAR")),
    ds.partial_dates().filter(lambda date: date.year is not None),
)
def test_parquet_round_trip_is_lossless(
    records: list[Reported], code: str, when: PartialDate
) -> None:
    events = EventSet(records)
    back = _round_trip(events)
    assert back == events
    assert back.records == events.records
    # The indexes built from the columns answer as those built from the records.
    assert back.involving(code).records == events.involving(code).records
    assert back.kind("agreement").records == events.kind("agreement").records
    assert back.sector("energy", "trade").records == events.sector("energy", "trade").records
    assert back.status("signed").records == events.status("signed").records
    assert back.foreground().records == events.foreground().records
    assert back.during(when).records == events.during(when).records
    assert back.parties() == events.parties()
    assert back.count_by("sector") == events.count_by("sector")


@settings(max_examples=30)
@given(st.lists(ds.documents(), max_size=3))
def test_documents_round_trip(docs: list[object]) -> None:
    events = EventSet.from_documents(docs)  # type: ignore[arg-type]
    assert _round_trip(events) == events


def test_records_are_built_on_first_access(tmp_path: Path) -> None:
    events = _hand_made()
    path = tmp_path / "e.parquet"
    events.write_parquet(path)
    back = EventSet.read_parquet(path)
    store = back._index.records
    assert len(store) == 5
    assert len(back.involving("AZE")) == 2
    assert not [item for item in store._built if item is not None]  # type: ignore[attr-defined]
    assert back.involving("DZA").records[0] == events.records[1]
    built = [i for i, item in enumerate(store._built) if item is not None]  # type: ignore[attr-defined]
    assert built == [1]
    assert store[-1] == events.records[-1]
    assert store[1:3] == events.records[1:3]
    with pytest.raises(IndexError):
        store[5]


def test_several_files_read_in_order(tmp_path: Path) -> None:
    events = _hand_made()
    events[:2].write_parquet(tmp_path / "a.parquet")
    events[2:].write_parquet(tmp_path / "b.parquet")
    back = EventSet.read_parquet(tmp_path / "a.parquet", tmp_path / "b.parquet")
    assert back == events


# -- bad files ------------------------------------------------------------------------


def test_not_a_parquet_file(tmp_path: Path) -> None:
    path = tmp_path / "e.parquet"
    path.write_text('{"id": "a"}\n', encoding="utf-8")
    with pytest.raises(SerialisationError, match="expected a Parquet file written by diplorel"):
        EventSet.read_parquet(path)


def test_a_parquet_file_of_something_else(tmp_path: Path) -> None:
    path = tmp_path / "other.parquet"
    pq.write_table(pa.table({"x": [1, 2]}), path)
    with pytest.raises(SerialisationError, match="found no column kind"):
        EventSet.read_parquet(path)


def test_a_later_format_version(tmp_path: Path) -> None:
    table = _hand_made().to_arrow()
    path = tmp_path / "e.parquet"
    pq.write_table(table.replace_schema_metadata({b"diplorel": b'{"format": "9"}'}), path)
    with pytest.raises(SerialisationError, match="format 1, found '9'"):
        EventSet.read_parquet(path)


def test_missing_file_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(OSError):  # noqa: PT011 - the kind of error is the point
        EventSet.read_parquet(tmp_path / "none.parquet")


def _tampered(tmp_path: Path, column: str, values: list[object]) -> Path:
    table = _hand_made().to_arrow()
    index = table.schema.get_field_index(column)
    field = table.schema.field(column)
    table = table.set_column(index, field, pa.array(values, field.type))
    path = tmp_path / "e.parquet"
    pq.write_table(table, path)
    return path


def test_bad_json_is_located_when_the_record_is_built(tmp_path: Path) -> None:
    good = _hand_made().to_arrow().column("record_json").to_pylist()
    path = _tampered(tmp_path, "record_json", [good[0], "{", *good[2:]])
    back = EventSet.read_parquet(path)
    assert len(back.involving("VNM")) == 1
    assert back.involving("VNM").records[0] == _hand_made().records[2]
    with pytest.raises(SerialisationError, match=r"e\.parquet: row 2: record_json"):
        back.involving("DZA").records  # noqa: B018


def test_json_that_disagrees_with_the_columns(tmp_path: Path) -> None:
    good = _hand_made().to_arrow().column("record_json").to_pylist()
    path = _tampered(tmp_path, "record_json", [good[1], good[1], *good[2:]])
    back = EventSet.read_parquet(path)
    with pytest.raises(SerialisationError, match="row 1: expected the record_json of a agreement"):
        back.records  # noqa: B018


def test_bad_date_text(tmp_path: Path) -> None:
    path = _tampered(tmp_path, "date", ["2024-03-12", "soon", None, "2023", None])
    with pytest.raises(SerialisationError, match="expected an EDTF date"):
        EventSet.read_parquet(path).during("2024")


# -- optional dependencies ------------------------------------------------------------


def test_core_import_does_not_import_pyarrow() -> None:
    import subprocess  # noqa: PLC0415

    code = (
        "import sys, diplorel, diplorel.query, diplorel.cli; "
        "print('pyarrow' in sys.modules, 'pandas' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False False"


def test_missing_pyarrow_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.delitem(sys.modules, "diplorel.arrow")
    with pytest.raises(ImportError, match=r"pip install 'diplorel\[arrow\]'"):
        _hand_made().to_arrow()
    with pytest.raises(ImportError, match=r"pip install 'diplorel\[pandas\]'"):
        _hand_made().to_pandas()
    with pytest.raises(ImportError, match=r"diplorel\[arrow\]"):
        importlib.import_module("diplorel.arrow")


def test_missing_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"pip install 'diplorel\[pandas\]'"):
        _hand_made().to_pandas()
    assert _hand_made().to_arrow().num_rows == 5


# -- the fast builder (tested against the reference in test_fastread.py) ----------------


@settings(max_examples=50, deadline=None)
@given(st.lists(_reported(), min_size=1, max_size=4))
def test_records_read_back_from_parquet_equal_those_written(records: list[Reported]) -> None:
    assert _round_trip(EventSet(records)).records == EventSet(records).records


def test_a_record_the_columns_accept_but_the_json_does_not(tmp_path: Path) -> None:
    talk = Consultation(parties=[party("AZE")], format="visit")
    data = json.loads(dumps(Reported(event=talk)))
    data["event"]["round"] = "2"
    path = _tampered(tmp_path, "record_json", [json.dumps(data)] * 5)
    with pytest.raises(SerialisationError, match=r"row 1: record_json: event.round: expected an"):
        EventSet.read_parquet(path).records  # noqa: B018


# -- row groups and lazy reading ------------------------------------------------------


@pytest.mark.parametrize("lazy", [False, True])
def test_many_row_groups(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lazy: bool) -> None:
    monkeypatch.setattr(darrow, "ROW_GROUP", 2)
    events = _seed_events()
    path = tmp_path / "e.parquet"
    events.write_parquet(path)
    assert pq.ParquetFile(path).metadata.num_row_groups == (len(events) + 1) // 2
    back = EventSet.read_parquet(path, lazy=lazy)
    assert back.involving("DZA").records == events.involving("DZA").records
    assert back[len(events) - 1] == events[len(events) - 1]
    assert back == events


def test_lazy_reading_reads_row_groups_when_needed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(darrow, "ROW_GROUP", 2)
    events = _hand_made()
    path = tmp_path / "e.parquet"
    events.write_parquet(path)
    back = EventSet.read_parquet(path, lazy=True)
    store = back._index.records
    assert len(back.during("2024")) == 3
    assert len(back.kind("agreement").involving("MAR")) == 1
    assert store._texts == [None, None, None]  # type: ignore[attr-defined]
    assert back.involving("VNM").records == events.involving("VNM").records
    read = [texts is not None for texts in store._texts]  # type: ignore[attr-defined]
    assert read == [False, True, False]


def test_lazy_reading_of_a_changed_file(tmp_path: Path) -> None:
    events = _hand_made()
    path = tmp_path / "e.parquet"
    events.write_parquet(path)
    back = EventSet.read_parquet(path, lazy=True)
    eager = EventSet.read_parquet(path)
    events[:2].write_parquet(path)
    assert len(back.involving("AZE")) == 2  # the masks were read
    with pytest.raises(SerialisationError, match="found it changed or removed"):
        back.records  # noqa: B018
    path.unlink()
    assert eager == events  # an eager set no longer needs its file


@settings(max_examples=100)
@given(st.lists(_reported(), max_size=4))
def test_json_column_is_what_dumps_writes(records: list[Reported]) -> None:
    assert darrow._json_texts(records) == [dumps(record) for record in records]


@settings(max_examples=50)
@given(st.lists(_reported(), max_size=8))
def test_date_index_from_columns_is_the_date_index_of_the_records(
    records: list[Reported],
) -> None:
    events = EventSet(records)
    back = _round_trip(events)
    assert vars(back._index.dates) == vars(DateIndex(events.records))


def test_date_index_of_an_empty_column() -> None:
    assert vars(darrow._date_index(pa.chunked_array([], pa.string()), 0)) == vars(DateIndex(()))


def test_unknown_kind_in_the_columns(tmp_path: Path) -> None:
    path = _tampered(tmp_path, "kind", ["agreement", "talk", "declaration", None, "meeting"])
    back = EventSet.read_parquet(path)
    with pytest.raises(SerialisationError, match="kind: expected a known value"):
        back.kind("agreement")
