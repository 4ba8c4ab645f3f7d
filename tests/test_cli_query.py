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
    assert lines[1].split() == [
        "document",
        "kind",
        "what",
        "parties",
        "date",
        "place",
        "heads",
        "sectors",
    ]
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
    assert err == f"diplorel: error: {tmp_path / 'none.jsonl'}: no such file or directory\n"
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "events": [{"kind": "agreement"}]}\n', encoding="utf-8")
    status, _, err = _run(capsys, "query", str(bad))
    assert status == 1
    assert "line 1: events[0].parties" in err


def test_timeline_of_one_party(capsys: pytest.CaptureFixture[str], events: str) -> None:
    status, out, err = _run(capsys, "timeline", "AZE", events)
    assert (status, err) == (0, "")
    assert out.startswith("Azerbaïdjan (AZE): ")
    status, out, _ = _run(capsys, "timeline", "AZE", events, "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert {partner for row in rows for partner in row["parties"]} >= {"DZA", "MAR", "VNM"}
    assert all("AZE" in row["parties"] for row in rows)
    status, out, _ = _run(capsys, "timeline", "AZE", "MAR", events, "--format", "jsonl")
    assert len(out.splitlines()) < len(rows)


def test_timeline_reads_a_file_named_like_a_code(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("MAR").write_text(_lines(), encoding="utf-8")
    status, out, _ = _run(capsys, "timeline", "AZE", "MAR")
    assert status == 0
    assert out.startswith("Azerbaïdjan (AZE): ")


def test_timeline_needs_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys, "timeline", "AZE", "MAR")
    assert (status, out) == (2, "")
    assert err == "diplorel timeline: error: the following arguments are required: EVENTS.jsonl\n"


def test_query_filters_by_format_place_and_person(
    capsys: pytest.CaptureFixture[str], events: str
) -> None:
    def documents_and_formats(*argv: str) -> list[tuple[str, str]]:
        status, out, _ = _run(capsys, "query", events, *argv, "--format", "jsonl")
        assert status == 0
        return [(row["document_id"], row["format"]) for row in map(json.loads, out.splitlines())]

    assert documents_and_formats("--consultation-format", "meeting", "--place", "ALGER") == [
        ("seed-004", "meeting")
    ]
    assert documents_and_formats("--person", "rafiyev") == [
        ("seed-004", "political_consultations"),
        ("seed-004", "meeting"),
    ]
    assert documents_and_formats("--person", "Attaf", "--person", "Magramane") == [
        ("seed-004", "political_consultations"),
        ("seed-004", "meeting"),
    ]
    # « Bakou, la Capitale de l'Azerbaïdjan, a été le point de rassemblement … »; and the
    # agreements Azerbaijan's president approved or ratified (place.approver-capital)
    assert documents_and_formats("--place", "Bakou") == [
        ("seed-000", None),
        ("seed-000", None),
        ("seed-000", None),
        ("seed-000", "meeting"),
        ("seed-001", None),
    ]
    assert documents_and_formats("--consultation-format", "meeting", "--place", "Bakou") == [
        ("seed-000", "meeting")
    ]


def test_query_count_by(capsys: pytest.CaptureFixture[str], events: str) -> None:
    status, out, _ = _run(capsys, "query", events, "--count-by", "kind")
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "11 events by kind"
    counts = {line.split()[0]: int(line.split()[1]) for line in lines[1:]}
    assert sum(counts.values()) == 11
    assert list(counts) == ["agreement", "consultation", "declaration"]
    status, out, _ = _run(
        capsys, "query", events, "--party", "DZA", "--count-by", "place", "--format", "jsonl"
    )
    assert [json.loads(line) for line in out.splitlines()] == [{"place": "Alger", "events": 2}]
    status, out, _ = _run(
        capsys, "query", events, "--kind", "agreement", "--count-by", "status", "--format", "csv"
    )
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {row["status"]: int(row["events"]) for row in rows} == {
        "signed": 1,
        "approved": 3,
        "ratified": 1,
    }
    status, out, _ = _run(capsys, "query", events, "--count-by", "place")
    # the approvals are placed at the approver's seat (place.approver-capital)
    assert out.splitlines()[-1].split() == ["(none)", "4"]


def test_query_count_by_an_unknown_field_exits_2(
    capsys: pytest.CaptureFixture[str], events: str
) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["query", events, "--count-by", "colour"])
    assert caught.value.code == 2
    assert "argument --count-by: invalid choice: 'colour'" in capsys.readouterr().err


@pytest.mark.parametrize("form", ["table", "jsonl", "csv"])
def test_a_lone_surrogate_is_a_located_error_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], form: str
) -> None:
    events = tmp_path / "events.jsonl"
    events.write_text(
        '{"id": "a", "events": [{"kind": "declaration", "parties": ["PER"], '
        '"place": "Lima\\udc00"}]}\n',
        encoding="utf-8",
    )
    assert main(["query", str(events), "--format", form]) != 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"diplorel: error: {events}: line 1: ")
    assert "lone surrogate" in captured.err
