"""Tests of diplorel._source: publication dates given by callers, JSON Lines input, ids."""

from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplorel import strategies as ds
from diplorel._source import Article, Skipped, articles, as_published, read_jsonl
from diplorel.errors import ParseError
from diplorel.model import PartialDate

ARTICLE = "Le Maroc et le Sénégal ont signé hier à Dakar un accord de coopération."


# -- publication dates ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        (PartialDate(year=2025, month=3), "2025-03"),
        (dt.date(2025, 3, 6), "2025-03-06"),
        (dt.datetime(2025, 3, 6, 23, 59), "2025-03-06"),
        (dt.datetime(2025, 3, 6, 1, 0, tzinfo=dt.UTC), "2025-03-06"),
        ("2025", "2025"),
        ("2025-03", "2025-03"),
        (" 2025-03-06 ", "2025-03-06"),
        ("XXXX-03-06", "XXXX-03-06"),
        ("2025-03-06T10:00:00Z", "2025-03-06"),
        ("2025-03-06T23:30:00-05:00", "2025-03-06"),
        ("2025-03-06 10:00", "2025-03-06"),
        ("2025-03-06T10:00:00.123456+02:00", "2025-03-06"),
        (float("nan"), None),
    ],
)
def test_publication_dates_of_every_accepted_type(value: object, expected: str | None) -> None:
    found = as_published(value)
    assert (None if found is None else found.isoformat()) == expected


def test_pandas_timestamps_and_missing_values() -> None:
    pd = pytest.importorskip("pandas")
    assert as_published(pd.Timestamp("2025-03-06T10:00:00Z")) == PartialDate.parse("2025-03-06")
    assert as_published(pd.NaT) is None


@pytest.mark.parametrize("value", ["le 3 mars", "", "2025-13-01", "2025-03-06Tnoon", "06/03/2025"])
def test_a_string_that_is_no_date_is_a_parse_error(value: str) -> None:
    with pytest.raises(ParseError, match="expected a date such as") as caught:
        as_published(value)
    assert caught.value.source == value


@pytest.mark.parametrize("value", [20250306, 2025.0, b"2025-03-06", ["2025"], object()])
def test_another_type_is_a_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="published must be a PartialDate"):
        as_published(value)


@given(ds.partial_dates(min_year=1, max_year=9999))
def test_a_partial_date_and_its_text_give_the_same_date(value: PartialDate) -> None:
    assert as_published(value) is value
    assert as_published(value.isoformat()) == value


@given(st.dates())
def test_every_calendar_date_is_read(value: dt.date) -> None:
    found = as_published(value)
    assert found is not None
    assert found.to_date() == value
    assert as_published(value.isoformat() + "T12:00:00Z") == found


# -- JSON Lines -----------------------------------------------------------------------------


def _jsonl(path: Path, *lines: object) -> Path:
    path.write_text(
        "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n",
        encoding="utf-8",
    )
    return path


def test_jsonl_articles_and_their_metadata(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path / "feed.jsonl",
        {
            "id": "a1",
            "text": ARTICLE,
            "published": "2025-03-06T10:00:00Z",
            "source_url": "https://example.org/a1",
            "title": "ignored",
        },
        "",
        {"text": "Deuxième article.", "published": None},
    )
    found = list(read_jsonl(path))
    assert found == [
        Article(
            id="a1",
            text=ARTICLE,
            published=PartialDate.parse("2025-03-06"),
            source_url="https://example.org/a1",
            origin=f"{path}:1",
        ),
        Article(id="feed-3", text="Deuxième article.", origin=f"{path}:3"),
    ]


def test_bad_jsonl_lines_are_reported_with_their_number(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path / "feed.jsonl",
        {"id": "good", "text": ARTICLE},
        "{not json",
        ["a", "list"],
        {"id": "no text"},
        {"id": "x", "text": 12},
        {"id": "y", "text": "t", "published": "hier"},
        {"id": "z", "text": "t", "source_url": 3},
        {"id": "last", "text": "Fin."},
    )
    found = list(read_jsonl(path))
    assert [a.id for a in found if isinstance(a, Article)] == ["good", "last"]
    skipped = [s for s in found if isinstance(s, Skipped)]
    assert [s.line for s in skipped] == [2, 3, 4, 5, 6, 7]
    assert next(s.where for s in skipped) == f"{path}:2"
    reasons = [s.reason for s in skipped]
    assert reasons[0].startswith("not JSON")
    assert reasons[1] == "expected a JSON object, found list"
    assert reasons[2] == "an article needs a string 'text' (no 'text')"
    assert reasons[3] == "an article needs a string 'text' ('text' is int)"
    assert reasons[4].startswith("published: expected a date such as")
    assert reasons[5] == "'source_url' must be a string or null, not int"


def test_a_jsonl_file_in_another_encoding_is_read_by_the_policy(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_bytes(
        json.dumps({"id": "é", "text": "Coopération"}, ensure_ascii=False).encode("cp1252")
    )
    assert [a.text for a in read_jsonl(path) if isinstance(a, Article)] == ["Coopération"]


# -- what articles() reads ------------------------------------------------------------------


def _tree(root: Path) -> None:
    for name in ("a.txt", "2024/a.txt", "2025/mars/a.TXT", "2025/notes.md", "out.jsonl"):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(ARTICLE, encoding="utf-8")


def test_folder_ids_are_relative_paths_without_extension(tmp_path: Path) -> None:
    _tree(tmp_path)
    found = list(articles([tmp_path]))
    assert [a.id for a in found if isinstance(a, Article)] == ["2024/a", "2025/mars/a", "a"]
    # a folder walk reads .txt only: a run's own .jsonl output is never read back


def test_ids_given_twice_are_made_unique(tmp_path: Path) -> None:
    _tree(tmp_path)
    found = list(
        articles([tmp_path / "a.txt", tmp_path / "2024" / "a.txt", ("a", "texte"), ("a#2", "x")])
    )
    assert [a.id for a in found if isinstance(a, Article)] == ["a", "a#2", "a#3", "a#2#2"]


def test_strings_are_paths_or_texts(tmp_path: Path) -> None:
    _tree(tmp_path)
    found = list(
        articles(
            [
                str(tmp_path / "a.txt"),
                str(tmp_path / "missing.txt"),
                "seeds-that-do-not-exist",
                "mon dossier/absent.jsonl",
                ARTICLE,
                "Première ligne\nseconde",
            ]
        )
    )
    assert [(type(item).__name__, getattr(item, "id", None)) for item in found] == [
        ("Article", "a"),
        ("Skipped", None),
        ("Skipped", None),
        ("Skipped", None),
        ("Article", "text-5"),
        ("Article", "text-6"),
    ]
    assert {item.reason for item in found if isinstance(item, Skipped)} == {
        "no such file or directory"
    }


def test_what_is_neither_a_path_nor_a_text_is_reported() -> None:
    found = list(articles([("only one",), 42, ("id", 3)]))
    assert all(isinstance(item, Skipped) for item in found)
    assert [item.where for item in found if isinstance(item, Skipped)] == [
        "source 1",
        "source 2",
        "source 3",
    ]


def test_a_jsonl_file_named_directly_is_read(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "feed.jsonl", {"id": "x", "text": ARTICLE}, "oops")
    found = list(articles([path]))
    assert isinstance(found[0], Article)
    assert found[0].id == "x"
    assert isinstance(found[1], Skipped)
    assert found[1].where == f"{path}:2"


def test_only_nan_is_a_missing_float() -> None:
    # NaN is the missing value pandas puts in object columns; other floats are no dates
    assert as_published(math.nan) is None
    with pytest.raises(TypeError):
        as_published(math.inf)
