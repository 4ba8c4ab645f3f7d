"""``diplorel extract`` on good, bad and hostile input: exit status, messages, output safety.

Exit status: 0 when every input was read, 1 when some input failed (each
named on standard error, the others still processed), 2 for bad arguments,
130 when interrupted, 141 when the reader of standard output went away.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from diplorel import cli
from diplorel.cli import main
from diplorel.io import document_record as io_document_record

NASTY = Path(__file__).resolve().parent / "nasty"
ROOT = Path(__file__).resolve().parents[1]
ARTICLE = NASTY / "article_utf8.txt"
REFUSED = sorted(p.name for p in NASTY.glob("refused_*.txt"))
READABLE = sorted(p.name for p in NASTY.glob("*.txt") if not p.name.startswith("refused_"))


def _run(
    capsys: pytest.CaptureFixture[str], *argv: str | Path
) -> tuple[int, list[dict[str, Any]], list[str]]:
    """Exit status, JSON records printed and lines of standard error."""
    status = main(["extract", *(str(arg) for arg in argv)])
    out, err = capsys.readouterr()
    return status, [json.loads(line) for line in out.splitlines()], err.splitlines()


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_a_good_file_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    status, records, errors = _run(capsys, ARTICLE)
    assert status == 0
    assert errors == []
    assert [r["id"] for r in records] == ["article_utf8"]
    assert len(records[0]["events"]) == 3


def test_bad_files_are_named_and_the_rest_is_processed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, records, errors = _run(capsys, NASTY, NASTY / "missing.txt", ARTICLE)
    assert status == 1
    assert [r["id"] for r in records] == [*(Path(n).stem for n in READABLE), "article_utf8"]
    named = [line.split(": ")[1] for line in errors[:-1]]
    assert named == [str(NASTY / name) for name in REFUSED] + [str(NASTY / "missing.txt")]
    assert f"diplorel: {NASTY / 'refused_png.txt'}: binary file (a PNG image)" in errors
    assert f"diplorel: {NASTY / 'missing.txt'}: no such file or directory" in errors
    assert errors[-1] == (
        f"diplorel: {len(REFUSED) + 1} inputs failed, {len(READABLE) + 1} documents extracted"
    )


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("refused_pdf.txt", "binary file (a PDF document)"),
        ("refused_nul.txt", "binary file (contains NUL bytes)"),
        ("refused_mixed_encodings.txt", "mixed encodings: UTF-8 text (at offset"),
        ("refused_cp1251.txt", "not UTF-8 (byte 0xcc at offset 0 is not valid UTF-8)"),
    ],
)
def test_each_refusal_says_why(
    capsys: pytest.CaptureFixture[str], name: str, message: str
) -> None:
    status, records, errors = _run(capsys, NASTY / name)
    assert (status, records) == (1, [])
    assert errors[0].startswith(f"diplorel: {NASTY / name}: {message}")


def test_legacy_encodings_are_read(capsys: pytest.CaptureFixture[str]) -> None:
    status, records, errors = _run(
        capsys, NASTY / "article_cp1252.txt", NASTY / "article_utf16le_bom.txt"
    )
    assert (status, errors) == (0, [])
    assert [len(r["events"]) for r in records] == [3, 3]


def test_a_broken_link_and_a_symlink_loop(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "good.txt").write_bytes(ARTICLE.read_bytes())
    (tmp_path / "loop").symlink_to(".")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere")
    status, records, errors = _run(capsys, tmp_path, tmp_path / "dangling.txt")
    assert status == 1
    assert [r["id"] for r in records] == ["good"]
    assert errors == [
        f"diplorel: {tmp_path / 'dangling.txt'}: broken symbolic link",
        f"diplorel: {tmp_path / 'loop'}: symbolic link loop (leads back to {tmp_path}); skipped",
        f"diplorel: {tmp_path / 'dangling.txt'}: broken symbolic link",
        "diplorel: 3 inputs failed, 1 document extracted",
    ]


def test_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _stdin(monkeypatch, ARTICLE.read_text(encoding="utf-8").encode("cp1252"))
    status, records, errors = _run(capsys, "-", ARTICLE)
    assert (status, errors) == (0, [])
    assert [r["id"] for r in records] == ["stdin", "article_utf8"]
    assert records[0]["events"] == records[1]["events"]


def test_binary_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _stdin(monkeypatch, b"\x89PNG\r\n\x1a\n\x00\x00")
    status, records, errors = _run(capsys, "-", ARTICLE)
    assert status == 1
    assert [r["id"] for r in records] == ["article_utf8"]
    assert errors[0] == "diplorel: -: binary file (a PNG image)"


def test_table_format_with_failures(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["extract", "--format", "table", str(ARTICLE), str(NASTY / "refused_png.txt")])
    out, err = capsys.readouterr()
    assert status == 1
    lines = out.splitlines()
    assert lines[0].split() == [
        "document",
        "published",
        "kind",
        "what",
        "parties",
        "date",
        "place",
        "heads",
        "sectors",
        "title",
    ]
    assert len(lines) == 4  # the header and one line per event
    assert all(line.split()[:2] == ["article_utf8", "2025-04-22"] for line in lines[1:])
    assert "refused_png.txt: binary file (a PNG image)" in err


def test_bad_arguments_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["extract", "--published", "le 3 mars", str(ARTICLE)])
    assert caught.value.code == 2
    assert "invalid date 'le 3 mars'" in capsys.readouterr().err
    with pytest.raises(SystemExit) as caught:
        main(["extract"])
    assert caught.value.code == 2


# -- output safety ----------------------------------------------------------------------------


def test_output_file_is_written_whole(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    assert main(["extract", str(ARTICLE), "-o", str(target)]) == 0
    assert capsys.readouterr().out == ""
    assert [json.loads(line)["id"] for line in target.read_text("utf-8").splitlines()] == [
        "article_utf8"
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_an_interrupted_run_leaves_the_old_output(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text("previous run\n", encoding="utf-8")
    real = io_document_record
    calls = 0

    def interrupted(doc: Any) -> dict[str, Any]:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise KeyboardInterrupt
        return real(doc)

    monkeypatch.setattr("diplorel.cli.document_record", interrupted)
    assert main(["extract", str(ARTICLE), str(ARTICLE), "-o", str(target)]) == 130
    assert target.read_text(encoding="utf-8") == "previous run\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]  # no temporary file left


def test_an_unexpected_crash_leaves_the_old_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text("previous run\n", encoding="utf-8")

    def crash(doc: Any) -> dict[str, Any]:
        raise MemoryError

    monkeypatch.setattr(cli, "document_record", crash)
    with pytest.raises(MemoryError):
        main(["extract", str(ARTICLE), "-o", str(target)])
    assert target.read_text(encoding="utf-8") == "previous run\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_output_permissions(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.jsonl"
    old = os.umask(0o027)
    try:
        assert main(["extract", str(ARTICLE), "-o", str(fresh)]) == 0
    finally:
        os.umask(old)
    assert fresh.stat().st_mode & 0o777 == 0o640  # what the umask gives, not mkstemp's 0600
    kept = tmp_path / "kept.jsonl"
    kept.write_text("", encoding="utf-8")
    kept.chmod(0o604)
    assert main(["extract", str(ARTICLE), "-o", str(kept)]) == 0
    assert kept.stat().st_mode & 0o777 == 0o604


def test_output_into_a_missing_folder_is_an_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["extract", str(ARTICLE), "-o", str(tmp_path / "no" / "out.jsonl")]) == 1
    assert capsys.readouterr().err.startswith("diplorel: error: ")


def test_output_is_deterministic(tmp_path: Path) -> None:
    first, second = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    assert main(["extract", str(NASTY), "-o", str(first)]) == 1
    assert main(["extract", str(NASTY), "-o", str(second)]) == 1
    assert first.read_bytes() == second.read_bytes()


def _subprocess(*argv: str, seed: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run(
        [sys.executable, "-m", "diplorel", *argv], env=env, capture_output=True, check=False
    )


def test_output_is_byte_identical_across_processes_and_hash_seeds() -> None:
    argv = ("extract", str(ROOT / "seeds"), str(NASTY))
    runs = [_subprocess(*argv, seed=seed) for seed in ("0", "4242")]
    assert [run.returncode for run in runs] == [1, 1]
    assert runs[0].stdout == runs[1].stdout
    assert runs[0].stderr == runs[1].stderr
    assert runs[0].stdout.count(b"\n") == len(READABLE) + len(list((ROOT / "seeds").glob("*.txt")))


def test_a_reader_that_goes_away_is_no_error() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    articles = [str(ARTICLE)] * 200
    with subprocess.Popen(
        [sys.executable, "-m", "diplorel", "extract", *articles],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        process.stdout.read(100)
        process.stdout.close()
        errors = process.stderr.read()
        status = process.wait()
    assert status == 141
    assert b"Traceback" not in errors
