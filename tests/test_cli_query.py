"""Tests of the query, timeline and partners sub-commands (diplorel._cli_query)."""

from __future__ import annotations

import csv
import io
import json
from functools import cache
from pathlib import Path

import pytest

from diplorel import extract
from diplorel.cli import main
from diplorel.io import document_record

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@cache
def _lines() -> str:
    docs = [
        extract(path.read_text(encoding="utf-8"), doc_id=path.stem)
        for path in sorted(SEEDS.glob("seed-*.txt"))
    ]
    return "".join(json.dumps(document_record(doc), ensure_ascii=False) + "\n" for doc in docs)


@pytest.fixture
def events(tmp_path: Path) -> str:
    path = tmp_path / "events.jsonl"
    path.write_text(_lines(), encoding="utf-8")
    return str(path)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_query_table(capsys: pytest.CaptureFixture[str], events: str) -> None:
    status, out, err = _run(
        capsys, "query", events, "--between", "MAR", "AZE", "--kind", "agreement"
    )
    assert status == 0
    assert err == ""
    lines = out.splitlines()
    assert lines[0] == "4 events"
    assert lines[1].split() == ["document", "kind", "what", "parties", "date", "sectors"]
    assert sum("ratified" in line for line in lines) == 1


def test_query_jsonl_and_filters(capsys: pytest.CaptureFixture[str], events: str) -> None:
    status, out, _ = _run(
        capsys,
        "query",
        events,
        "--party",
        "dza",
        "--kind",
        "consultation",
        "--since",
        "2025-04",
        "--until",
        "2025-04-30",
        "--format",
        "jsonl",
    )
    assert status == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert {row["document_id"] for row in rows} == {"seed-004"}
    assert any(row["format"] == "political_consultations" and row["round"] == 2 for row in rows)
    status, out, _ = _run(capsys, "query", events, "--status", "ratified", "--format", "jsonl")
    assert [json.loads(line)["document_id"] for line in out.splitlines()] == ["seed-001"]


def test_query_csv(capsys: pytest.CaptureFixture[str], events: str) -> None:
    status, out, _ = _run(capsys, "query", events, "--sector", "defense", "--format", "csv")
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows
    assert all("defense" in row["sectors"].split(";") for row in rows)
    assert "document_id" in rows[0]


def test_query_from_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(_lines()))
    status, out, _ = _run(capsys, "query", "-", "--merge", "--format", "jsonl")
    assert status == 0
    assert out.count("\n") >= 1


def test_timeline(capsys: pytest.CaptureFixture[str], events: str) -> None:
    status, out, _ = _run(capsys, "timeline", "AZE", "MAR", events)
    assert status == 0
    assert out.startswith("Azerbaïdjan (AZE) – Maroc (MAR):")
    status, out, _ = _run(capsys, "timeline", "MAR", "AZE", events, "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows
    assert all({"AZE", "MAR"} <= set(row["parties"]) for row in rows)
    assert {row["group"] for row in rows} <= {"dated", "year_unknown", "undated"}
    status, out, _ = _run(capsys, "timeline", "AZE", "DZA", events, "--format", "csv")
    assert out.splitlines()[0].startswith("group,entry_date,entry_stage,document_id")


def test_partners(capsys: pytest.CaptureFixture[str], events: str) -> None:
    status, out, _ = _run(capsys, "partners", "AZE", events)
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "Partners of Azerbaïdjan (AZE) by number of events"
    assert lines[1].split()[0] == "MAR"
    status, out, _ = _run(
        capsys, "partners", "AZE", events, "--format", "jsonl", "--kind", "agreement"
    )
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows[0] == {"code": "MAR", "name": "Maroc", "events": 4}
    status, out, _ = _run(capsys, "partners", "AZE", events, "--format", "csv")
    assert out.splitlines()[0] == "code,name,events"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["query", "{}", "--party", "XXX"], "unknown party code 'XXX'"),
        (["query", "{}", "--between", "AZE", "QQ"], "unknown party code 'QQ'"),
        (["query", "{}", "--since", "2025-02-30"], "invalid date '2025-02-30'"),
        (["query", "{}", "--until", "XXXX-05"], "invalid date 'XXXX-05'"),
        (["query", "{}", "--since", "2025", "--until", "2024"], "ends (2024-12-31) before"),
        (["query", "{}", "--kind", "treaty"], "invalid choice"),
        (["timeline", "AZE", "NOPE", "{}"], "unknown party code 'NOPE'"),
        (["partners", "ZZZ", "{}"], "unknown party code 'ZZZ'"),
    ],
)
def test_bad_arguments_exit_2_with_one_line(
    capsys: pytest.CaptureFixture[str], events: str, argv: list[str], message: str
) -> None:
    try:
        status = main([item.format(events) for item in argv])
    except SystemExit as exc:  # argparse's own errors
        status = int(str(exc.code))
    assert status == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert message in err


def test_missing_and_bad_files_exit_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, _, err = _run(capsys, "query", str(tmp_path / "none.jsonl"))
    assert status == 1
    assert "No such file" in err
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "events": [{"kind": "agreement"}]}\n', encoding="utf-8")
    status, _, err = _run(capsys, "query", str(bad))
    assert status == 1
    assert "line 1: events[0].parties" in err
