"""Tests of Parquet on the command line: ``extract --format parquet`` and the query commands."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from diplorel.cli import main
from diplorel.query import EventSet

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def extracted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    """The seeds extracted once as Parquet and once as JSON Lines."""
    parquet, jsonl = tmp_path / "events.parquet", tmp_path / "events.jsonl"
    assert _run(capsys, "extract", str(SEEDS), "--format", "parquet", "-o", str(parquet))[0] == 0
    assert _run(capsys, "extract", str(SEEDS), "-o", str(jsonl))[0] == 0
    return parquet, jsonl


def test_extract_writes_parquet(extracted: tuple[Path, Path]) -> None:
    parquet, jsonl = extracted
    table = pq.read_table(parquet)
    assert table.num_rows == len(EventSet.from_jsonl(jsonl)) > 0
    assert set(table.column("document_id").to_pylist()) == {
        path.stem for path in SEEDS.glob("seed-*.txt")
    }
    assert not [p for p in parquet.parent.iterdir() if p.name.endswith(".tmp")]


def test_extract_parquet_needs_an_output(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys, "extract", str(SEEDS), "--format", "parquet")
    assert status == 2
    assert out == ""
    assert "--format parquet needs -o FILE" in err


def test_extract_parquet_reports_failures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "e.parquet"
    seed = next(iter(sorted(SEEDS.glob("seed-*.txt"))))
    status, _, err = _run(
        capsys,
        "extract",
        str(seed),
        str(tmp_path / "missing.txt"),
        "--format",
        "parquet",
        "-o",
        str(target),
    )
    assert status == 1
    assert "missing.txt" in err
    assert "1 input failed, 1 document extracted" in err
    assert pq.read_table(target).num_rows > 0


@pytest.mark.parametrize(
    "argv",
    [
        ("query", "--between", "AZE", "MAR", "--format", "jsonl"),
        ("query", "--kind", "agreement", "--since", "2024", "--format", "csv"),
        ("query", "--merge"),
        ("timeline", "AZE", "MAR"),
        ("partners", "AZE", "--format", "csv"),
    ],
)
def test_query_commands_read_parquet_as_jsonl(
    extracted: tuple[Path, Path], capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    parquet, jsonl = extracted
    command = argv[0]
    position = 3 if command == "timeline" else 2 if command == "partners" else 1
    before, after = list(argv[:position]), list(argv[position:])
    status, out, err = _run(capsys, *before, str(parquet), *after)
    expected = _run(capsys, *before, str(jsonl), *after)
    assert (status, err) == (0, "")
    assert out
    if "jsonl" in argv:  # JSON Lines keep the first evidence span only, Parquet all of them
        assert _first_spans(out) == _first_spans(expected[1])
        assert out != expected[1]
    elif command == "query" and "csv" in argv:  # the same, in the CSV's spans column
        assert _first_spans_csv(out) == _first_spans_csv(expected[1])
    else:
        assert (status, out, err) == expected


def _first_spans_csv(text: str) -> list[dict[str, str]]:
    rows = list(csv.DictReader(io.StringIO(text)))
    for item in rows:
        item["spans"] = item["spans"].split(";")[0]
    return rows


def _first_spans(lines: str) -> list[dict[str, object]]:
    rows = [json.loads(line) for line in lines.splitlines()]
    for item in rows:
        item["spans"] = item["spans"][:1]
    return rows


def test_parquet_and_jsonl_mixed_in_order(
    extracted: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    parquet, jsonl = extracted
    copy = tmp_path / "copy.parquet"
    shutil.copy(parquet, copy)
    mixed = _run(capsys, "query", str(jsonl), str(copy), "--format", "jsonl")
    first = _run(capsys, "query", str(jsonl), "--format", "jsonl")
    second = _run(capsys, "query", str(parquet), "--format", "jsonl")
    assert mixed == (0, first[1] + second[1], "")
    parquets = _run(capsys, "query", str(parquet), str(copy), "--format", "jsonl")
    assert parquets == (0, second[1] * 2, "")
    assert len(mixed[1].splitlines()) == 2 * len(EventSet.from_jsonl(jsonl))


def test_query_of_a_broken_parquet_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "broken.parquet"
    path.write_bytes(b"PAR1 and then nothing of use")
    status, out, err = _run(capsys, "query", str(path))
    assert status == 1
    assert out == ""
    assert "broken.parquet" in err
    assert "expected a Parquet file written by diplorel" in err
