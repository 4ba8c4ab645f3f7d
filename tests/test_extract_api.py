"""The Python API a new user meets: extract() and extract_many() arguments, event ids."""

from __future__ import annotations

import datetime as dt
import json
import os
import warnings
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

import diplorel
from diplorel import (
    ExtractionError,
    ExtractionFailure,
    ExtractionWarning,
    ParseError,
    PartialDate,
    extract,
    extract_many,
)
from diplorel._source import Source
from diplorel.io import document_record, dumps, loads, to_corpus_form
from diplorel.model import event_id

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
ARTICLE = (
    "Le ministre marocain des Affaires étrangères s'est entretenu lundi à Rabat avec son "
    "homologue sénégalais. Le Maroc et le Sénégal ont signé un accord de coopération dans le "
    "domaine de la pêche."
)
DATED = "Rabat, 4 mars 2025 (MAP) - " + ARTICLE


# -- published= --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "published",
    [
        PartialDate(year=2025, month=3, day=6),
        dt.date(2025, 3, 6),
        dt.datetime(2025, 3, 6, 10, 0),
        "2025-03-06",
        "2025-03-06T10:00:00Z",
    ],
)
def test_extract_accepts_every_form_of_publication_date(published: object) -> None:
    doc = extract(ARTICLE, published=published)  # type: ignore[arg-type]
    assert doc.published == PartialDate(year=2025, month=3, day=6)
    assert str(doc.events[0].date) == "2025-03-03"  # lundi, resolved


def test_extract_accepts_a_pandas_timestamp() -> None:
    pd = pytest.importorskip("pandas")
    doc = extract(ARTICLE, published=pd.Timestamp("2025-03-06 10:00", tz="UTC"))
    assert doc.published == PartialDate(year=2025, month=3, day=6)


def test_bad_publication_dates_are_clear_errors() -> None:
    with pytest.raises(ParseError, match="published"):
        extract(ARTICLE, published="jeudi")
    with pytest.raises(TypeError, match="published must be"):
        extract(ARTICLE, published=20250306)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="default_published must be"):
        extract(ARTICLE, default_published=3.5)  # type: ignore[arg-type]
    # batches check their arguments at once, not at the first document
    with pytest.raises(ParseError):
        extract_many([("a", ARTICLE)], published="jeudi")
    with pytest.raises(TypeError):
        extract_many([("a", ARTICLE)], published=dt.time(10))  # type: ignore[arg-type]


def test_published_overrides_and_default_published_falls_back() -> None:
    assert extract(DATED).published == PartialDate(year=2025, month=3, day=4)
    assert extract(DATED, published="2025-03-06").published == PartialDate.parse("2025-03-06")
    assert extract(DATED, default_published="2025-03-06").published == PartialDate.parse(
        "2025-03-04"
    )
    assert extract(ARTICLE, default_published="2025-03-06").published == PartialDate.parse(
        "2025-03-06"
    )
    assert extract(ARTICLE).published is None


def test_extract_many_takes_the_same_publication_dates() -> None:
    docs = list(extract_many([("a", ARTICLE)], published=dt.date(2025, 3, 6)))
    assert [str(d.published) for d in docs] == ["2025-03-06"]
    docs = list(extract_many([("a", DATED), ("b", ARTICLE)], default_published="2025-03-06"))
    assert [str(d.published) for d in docs] == ["2025-03-04", "2025-03-06"]


# -- sources -----------------------------------------------------------------------------------


def test_extract_many_takes_a_folder_as_a_string_or_a_path() -> None:
    as_str = [d.id for d in extract_many(str(SEEDS))]
    as_path = [d.id for d in extract_many(SEEDS)]
    assert as_str == as_path == [f"seed-00{i}" for i in range(5)]


def test_extract_many_takes_one_file_one_text_or_an_iterable() -> None:
    assert [d.id for d in extract_many(SEEDS / "seed-001.txt")] == ["seed-001"]
    assert [d.id for d in extract_many(os.fspath(SEEDS / "seed-001.txt"))] == ["seed-001"]
    single = list(extract_many(ARTICLE))
    assert [d.id for d in single] == ["text-1"]
    assert single[0].events
    sources: list[Source] = [ARTICLE, ("mine", ARTICLE), SEEDS / "seed-002.txt"]
    mixed = list(extract_many(iter(sources)))
    assert [d.id for d in mixed] == ["text-1", "mine", "seed-002"]


def test_extract_many_reads_jsonl_articles(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps(
            {
                "id": "x1",
                "text": ARTICLE,
                "published": "2025-03-06T09:30:00+01:00",
                "source_url": "https://example.org/x1",
            }
        )
        + "\n{broken\n",
        encoding="utf-8",
    )
    failures: list[ExtractionFailure] = []
    docs = list(extract_many(feed, published="2024-01-01", on_error=failures))
    assert [(d.id, str(d.published), d.source_url) for d in docs] == [
        ("x1", "2025-03-06", "https://example.org/x1")
    ]
    assert [f.source for f in failures] == [f"{feed}:2"]


def test_a_missing_path_is_reported_not_skipped(tmp_path: Path) -> None:
    failures: list[ExtractionFailure] = []
    docs = list(extract_many([tmp_path / "absent", ("ok", ARTICLE)], on_error=failures))
    assert [d.id for d in docs] == ["ok"]
    assert failures == [ExtractionFailure(str(tmp_path / "absent"), "no such file or directory")]


def test_failures_warn_by_default(tmp_path: Path) -> None:
    with pytest.warns(ExtractionWarning, match="no such file or directory"):
        docs = list(extract_many([tmp_path / "absent.txt", ("ok", ARTICLE)]))
    assert [d.id for d in docs] == ["ok"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert [d.id for d in extract_many([("ok", ARTICLE)])] == ["ok"]


def test_failures_raise_on_request(tmp_path: Path) -> None:
    docs = extract_many([("ok", ARTICLE), tmp_path / "absent.txt"], on_error="raise")
    assert next(docs).id == "ok"
    with pytest.raises(ExtractionError, match=r"absent\.txt: no such file") as caught:
        next(docs)
    assert caught.value.reason == "no such file or directory"


def test_bad_arguments_raise_at_once() -> None:
    with pytest.raises(TypeError, match="on_error"):
        extract_many([], on_error="ignore")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="iterable"):
        extract_many(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="iterable"):
        extract_many(b"seeds")  # type: ignore[arg-type]


def test_an_iterable_that_breaks_is_reported() -> None:
    def sources() -> Iterator[tuple[str, str]]:
        yield ("a", ARTICLE)
        raise OSError(5, "Input/output error")

    failures: list[ExtractionFailure] = []
    assert [d.id for d in extract_many(sources(), on_error=failures)] == ["a"]
    assert failures == [ExtractionFailure("sources", "cannot read: Input/output error")]


def test_items_of_a_wrong_type_are_reported() -> None:
    failures: list[ExtractionFailure] = []
    assert list(extract_many([3, ("a",)], on_error=failures)) == []  # type: ignore[list-item]
    assert [f.source for f in failures] == ["source 1", "source 2"]


# -- event ids ---------------------------------------------------------------------------------


def test_event_ids_are_stable_and_unique() -> None:
    text = (SEEDS / "seed-000.txt").read_text(encoding="utf-8")
    first = extract(text, doc_id="seed-000")
    again = extract(text, doc_id="seed-000")
    ids = [event.id for event in first.events]
    assert ids == [event.id for event in again.events]
    assert all(isinstance(i, str) and len(i) == 12 for i in ids)
    assert len(set(ids)) == len(ids)
    other = extract(text, doc_id="elsewhere")
    assert not set(ids) & {event.id for event in other.events}


def test_an_event_id_is_the_hash_of_its_document_and_content() -> None:
    doc = extract(ARTICLE, doc_id="d1", published="2025-03-06")
    for event in doc.events:
        assert event.id in {event_id("d1", attrs.evolve(event, id=None), n) for n in range(3)}
    # a change that is no part of what the event is keeps the id
    event = doc.events[0]
    assert event_id("d1", attrs.evolve(event, sectors=frozenset())) == event_id("d1", event)
    assert event_id("d1", attrs.evolve(event, place="Dakar")) != event_id("d1", event)


def test_event_ids_survive_a_json_round_trip() -> None:
    doc = extract(DATED, doc_id="d1")
    assert loads(dumps(doc), diplorel.Document) == doc
    record = document_record(doc)
    assert [e["id"] for e in record["events"]] == [e.id for e in doc.events]
    assert to_corpus_form(doc.events[0])["source"] == [p.code for p in doc.events[0].source]
