"""The output side of the command line: CSV and tables, ``-o FILE`` on every command that
writes, closed pipes, bare ``diplorel``, one-line messages for missing inputs, and
``evaluate`` without gold."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from diplorel import Consultation, Document, extract, party
from diplorel._registry import all_parties
from diplorel.cli import main
from diplorel.io import document_record
from diplorel.query._table import csv_keys

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
HELDOUT = ROOT / "tests" / "fixtures" / "heldout"
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def _run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    status = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return status, out, err


@cache
def _seed_lines() -> str:
    docs = [
        extract(path.read_text(encoding="utf-8"), doc_id=path.stem)
        for path in sorted(SEEDS.glob("seed-*.txt"))
    ]
    return "".join(json.dumps(document_record(doc), ensure_ascii=False) + "\n" for doc in docs)


@pytest.fixture
def events(tmp_path: Path) -> Path:
    path = tmp_path / "events.jsonl"
    path.write_text(_seed_lines(), encoding="utf-8")
    return path


# -- extract --format csv -------------------------------------------------------------------


def test_extract_csv_is_one_row_per_event(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys, "extract", SEEDS, "--format", "csv")
    assert (status, err) == (0, "")
    reader = csv.reader(io.StringIO(out))
    header = next(reader)
    assert tuple(header) == csv_keys()
    assert header[0] == "document_id"
    rows = [dict(zip(header, cells, strict=True)) for cells in reader]
    records = [json.loads(line) for line in _seed_lines().splitlines()]
    expected = [(doc["id"], event) for doc in records for event in doc["events"]]
    assert len(rows) == len(expected)
    for row, (doc_id, event) in zip(rows, expected, strict=True):
        assert row["document_id"] == doc_id
        assert row["kind"] == event["kind"]
        assert row["parties"] == ";".join(event["parties"])
        assert row["sectors"] == ";".join(event["sectors"])
        assert row["heads"] == ";".join(event["heads"])
        assert row["date"] == (event["date"] or "")
        assert row["evidence"] == (event["evidence"] or "")
        assert row["background"] in ("true", "false")


def test_extract_csv_of_a_document_without_events_is_the_header(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    empty = tmp_path / "rien.txt"
    empty.write_text("La météo sera clémente ce week-end à Lyon.\n", encoding="utf-8")
    status, out, _ = _run(capsys, "extract", empty, "--format", "csv")
    assert status == 0
    assert out.splitlines() == [",".join(csv_keys())]


def test_extract_csv_quotes_commas_and_writes_to_a_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "events.csv"
    article = SEEDS / "seed-004.txt"
    status, out, _ = _run(capsys, "extract", article, "--format", "csv", "-o", target)
    assert (status, out) == (0, "")
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert rows
    assert any("," in row["evidence"] for row in rows)  # quoted, so it stays one cell
    assert all(row["document_id"] == "seed-004" for row in rows)


# -- extract --format table -----------------------------------------------------------------


def test_extract_table_has_a_header_and_no_counts(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, "extract", SEEDS, "--format", "table")
    assert status == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["document", "published", "kind"]
    assert "?" not in out
    assert " events" not in out
    documents = [line.split()[0] for line in lines[1:]]
    assert sorted(set(documents)) == [p.stem for p in sorted(SEEDS.glob("seed-*.txt"))]
    # an unknown publication date is "-"; titles are cut with "…"
    assert any(line.split()[1] == "-" for line in lines[1:])
    cut = [line for line in lines if line.endswith("…")]
    assert cut
    title_column = lines[0].index("title")
    assert all(len(line[title_column:]) <= 40 for line in cut)


def test_extract_table_names_documents_without_events(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "rien.txt").write_text("Il pleuvra demain sur Nantes.\n", encoding="utf-8")
    status, out, _ = _run(capsys, "extract", tmp_path, "--format", "table")
    assert status == 0
    assert out.splitlines()[1].split() == ["rien", "-", "(no", "events)"]


def test_query_table_shows_place_heads_and_whole_ids(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    talk = Consultation(parties=[party("AZE"), party("DZA")], format="meeting", place="Alger")
    long_id = "agence-de-presse-2025-04-21-consultations-politiques-algerie"
    doc = Document(id=long_id, text="", events=[talk])
    path = tmp_path / "e.jsonl"
    path.write_text(json.dumps(document_record(doc)) + "\n", encoding="utf-8")
    status, out, _ = _run(capsys, "query", path)
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "1 event"
    assert "place" in lines[1]
    assert "heads" in lines[1]
    assert lines[2].startswith(long_id + "  ")
    assert "Alger" in lines[2]


# -- -o FILE on every command that writes ----------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["query", "{events}", "--kind", "agreement"],
        ["query", "{events}", "--format", "csv"],
        ["timeline", "AZE", "MAR", "{events}"],
        ["partners", "AZE", "{events}", "--format", "jsonl"],
    ],
)
def test_output_option_writes_what_stdout_would(
    capsys: pytest.CaptureFixture[str], events: Path, tmp_path: Path, argv: list[str]
) -> None:
    args = [item.format(events=events) for item in argv]
    status, shown, _ = _run(capsys, *args)
    assert status == 0
    target = tmp_path / "out.txt"
    status, out, err = _run(capsys, *args, "-o", target)
    assert (status, out, err) == (0, "", "")
    assert target.read_text(encoding="utf-8") == shown
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.jsonl", "out.txt"]


def _gold_folder(tmp_path: Path, count: int = 2) -> Path:
    folder = tmp_path / "gold"
    folder.mkdir()
    for gold in sorted(HELDOUT.glob("*.json"))[:count]:
        shutil.copy(gold, folder / gold.name)
        shutil.copy(gold.with_suffix(".txt"), folder / gold.with_suffix(".txt").name)
    return folder


def test_evaluate_writes_to_a_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    gold = _gold_folder(tmp_path)
    status, shown, _ = _run(capsys, "evaluate", gold)
    assert status == 0
    assert "F1" in shown
    target = tmp_path / "report.txt"
    status, out, _ = _run(capsys, "evaluate", gold, "-o", target)
    assert (status, out) == (0, "")
    assert target.read_text(encoding="utf-8") == shown


@pytest.mark.parametrize(
    "argv",
    [
        ["extract", str(SEEDS / "seed-004.txt")],
        ["query", "{events}"],
        ["timeline", "AZE", "{events}"],
        ["partners", "AZE", "{events}"],
    ],
)
def test_output_into_a_missing_folder_names_the_folder(
    capsys: pytest.CaptureFixture[str], events: Path, tmp_path: Path, argv: list[str]
) -> None:
    missing = tmp_path / "no" / "such"
    args = [item.format(events=events) for item in argv]
    status, out, err = _run(capsys, *args, "-o", missing / "out.txt")
    assert (status, out) == (1, "")
    assert err == f"diplorel: error: {missing}: no such folder (to write out.txt in)\n"
    assert ".tmp" not in err


def test_output_into_a_file_that_is_no_folder(
    capsys: pytest.CaptureFixture[str], events: Path
) -> None:
    status, _, err = _run(capsys, "query", events, "-o", events / "out.txt")
    assert status == 1
    assert err == f"diplorel: error: {events}: not a folder (to write out.txt in)\n"


# -- closed pipes --------------------------------------------------------------------------


@cache
def _many_partners() -> str:
    """A JSON Lines line with a meeting of Azerbaijan and every other state: a long output."""
    states = [p for p in all_parties() if p.code != "AZE" and len(p.code) == 3]
    talks = [
        Consultation(parties=[party("AZE"), other], format="meeting") for other in states[:300]
    ]
    return json.dumps(document_record(Document(id="many", text="", events=talks))) + "\n"


@pytest.mark.parametrize(
    "argv",
    [
        ["partners", "AZE", "{events}"],
        ["query", "{events}", "--format", "csv"],
        ["timeline", "AZE", "{events}"],
        ["extract", str(SEEDS)],
    ],
)
def test_a_closed_pipe_ends_quietly(tmp_path: Path, argv: list[str]) -> None:
    events = tmp_path / "many.jsonl"
    events.write_text(_many_partners(), encoding="utf-8")
    read, write = os.pipe()
    os.close(read)  # nobody will ever read: every write fails with EPIPE
    try:
        run = subprocess.run(
            [sys.executable, "-m", "diplorel", *(item.format(events=events) for item in argv)],
            env=ENV,
            stdout=write,
            stderr=subprocess.PIPE,
            check=False,
        )
    finally:
        os.close(write)
    assert run.returncode == 141
    assert run.stderr == b""


def test_partners_into_head(tmp_path: Path) -> None:
    events = tmp_path / "many.jsonl"
    events.write_text(_many_partners(), encoding="utf-8")
    diplorel = subprocess.Popen(
        [sys.executable, "-m", "diplorel", "partners", "AZE", str(events)],
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert diplorel.stdout is not None
    assert diplorel.stderr is not None
    head = subprocess.run(
        ["head", "-1"], stdin=diplorel.stdout, capture_output=True, check=True, timeout=120
    )
    diplorel.stdout.close()
    errors = diplorel.stderr.read()
    diplorel.stderr.close()
    status = diplorel.wait(timeout=120)
    assert head.stdout.decode("utf-8") == "Partners of Azerbaïdjan (AZE) by number of events\n"
    assert errors == b""
    assert status in (0, 141)


# -- bare diplorel, missing inputs, evaluate without gold --------------------------------------


def test_bare_diplorel_prints_the_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys)
    assert (status, out) == (2, "")
    assert err.startswith("usage: diplorel")
    for command in ("extract", "evaluate", "query", "timeline", "partners"):
        assert f"    {command} " in err


@pytest.mark.parametrize(
    "argv",
    [
        ["query", "{missing}"],
        ["timeline", "AZE", "MAR", "{missing}"],
        ["partners", "AZE", "{events}", "{missing}"],
        ["evaluate", "{missing}"],
    ],
)
def test_a_missing_input_is_one_line_naming_it(
    capsys: pytest.CaptureFixture[str], events: Path, tmp_path: Path, argv: list[str]
) -> None:
    missing = tmp_path / "nowhere.jsonl"
    args = [item.format(events=events, missing=missing) for item in argv]
    status, out, err = _run(capsys, *args)
    assert (status, out) == (1, "")
    assert err.count("\n") == 1
    assert err.startswith(f"diplorel: error: {missing}: no such ")
    assert "Errno" not in err


def test_evaluate_missing_predictions(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    gold = _gold_folder(tmp_path, count=1)
    status, _, err = _run(capsys, "evaluate", gold, tmp_path / "pred.jsonl")
    assert status == 1
    assert err == f"diplorel: error: {tmp_path / 'pred.jsonl'}: no such file or directory\n"


def test_evaluate_without_gold_says_so_and_exits_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "article.txt").write_text("Le ministre a reçu son homologue.\n", "utf-8")
    status, out, err = _run(capsys, "evaluate", tmp_path)
    assert (status, out) == (2, "")
    assert err.count("\n") == 1
    assert "no gold annotations" in err
    assert str(tmp_path) in err


# -- query, timeline and partners over folders and several files -------------------------------


def test_query_reads_folders_and_several_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    lines = _seed_lines().splitlines(keepends=True)
    folder = tmp_path / "runs"
    (folder / "b").mkdir(parents=True)
    (folder / "a.jsonl").write_text("".join(lines[:2]), encoding="utf-8")
    (folder / "b" / "c.jsonl").write_text("".join(lines[2:]), encoding="utf-8")
    (folder / "notes.txt").write_text("pas du JSON\n", encoding="utf-8")
    whole = tmp_path / "all.jsonl"
    whole.write_text("".join(lines), encoding="utf-8")
    for command in (["query"], ["partners", "AZE"], ["timeline", "AZE"]):
        expected = _run(capsys, *command, whole, "--format", "jsonl")
        assert expected[0] == 0
        assert _run(capsys, *command, folder, "--format", "jsonl") == expected
        assert (
            _run(
                capsys, *command, folder / "a.jsonl", folder / "b" / "c.jsonl", "--format", "jsonl"
            )
            == expected
        )


def test_a_folder_without_jsonl_is_named(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, _, err = _run(capsys, "query", tmp_path)
    assert status == 1
    assert err == f"diplorel: error: {tmp_path}: no .jsonl or .parquet files in this folder\n"


def test_bad_arguments_leave_the_output_file_alone(
    capsys: pytest.CaptureFixture[str], events: Path, tmp_path: Path
) -> None:
    target = tmp_path / "out.txt"
    target.write_text("previous run\n", encoding="utf-8")
    runs: list[list[str | Path]] = [
        ["query", events, "--since", "2025", "--until", "2024"],
        ["timeline", "AZE", "NOPE", events],
    ]
    for argv in runs:
        status, out, err = _run(capsys, *argv, "-o", target)
        assert (status, out) == (2, "")
        assert err
        assert target.read_text(encoding="utf-8") == "previous run\n"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["events.jsonl", "out.txt"]


def test_extract_of_one_missing_file_says_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, out, err = _run(capsys, "extract", tmp_path / "absent.txt")
    assert (status, out) == (1, "")
    assert err == f"diplorel: {tmp_path / 'absent.txt'}: no such file or directory\n"


def test_extract_with_a_missing_file_among_others_sums_up(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, out, err = _run(capsys, "extract", tmp_path / "absent.txt", SEEDS / "seed-000.txt")
    assert status == 1
    assert out.count("\n") == 1
    assert err.splitlines() == [
        f"diplorel: {tmp_path / 'absent.txt'}: no such file or directory",
        "diplorel: 1 input failed, 1 document extracted",
    ]
