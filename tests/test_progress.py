"""Progress of ``diplorel extract`` on standard error: on a terminal only, never with --quiet."""

from __future__ import annotations

import io
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from diplorel._progress import Progress, count_inputs, is_terminal
from diplorel.cli import main

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
SEEDS = ROOT / "seeds"
HELDOUT = TESTS / "fixtures" / "heldout"


class _Terminal(io.StringIO):
    """A text stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def _extract(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    stderr: io.StringIO,
    *argv: str,
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stderr", stderr)
    status = main(["extract", *argv])
    return status, capsys.readouterr().out, stderr.getvalue()


def test_a_terminal_gets_a_bar_with_the_count(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    total = len(list(SEEDS.glob("*.txt"))) + len(list(HELDOUT.glob("*.txt")))
    status, out, err = _extract(monkeypatch, capsys, _Terminal(), str(SEEDS), str(HELDOUT))
    assert status == 0
    assert len(out.splitlines()) == total
    assert f"{total}/{total}" in err
    assert "doc/s" in err
    assert "100%" in err


def test_a_stream_that_is_no_terminal_gets_nothing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = _extract(monkeypatch, capsys, io.StringIO(), str(SEEDS))
    assert status == 0
    assert out
    assert err == ""


@pytest.mark.parametrize("flag", ["--quiet", "-q"])
def test_quiet_silences_the_bar_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], flag: str
) -> None:
    status, out, err = _extract(monkeypatch, capsys, _Terminal(), flag, str(SEEDS))
    assert status == 0
    assert out
    assert err == ""


def test_the_output_does_not_depend_on_the_bar(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with_bar = _extract(monkeypatch, capsys, _Terminal(), str(SEEDS), "--format", "table")
    without = _extract(monkeypatch, capsys, io.StringIO(), str(SEEDS), "--format", "table")
    assert with_bar[:2] == without[:2]
    assert "doc/s" in with_bar[2]


def test_errors_stay_whole_lines_beside_the_bar(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text("Le Maroc et la Tunisie ont signé un accord.", "utf-8")
    (tmp_path / "b.txt").write_bytes(b"%PDF-1.7\n" + bytes(300))
    missing = tmp_path / "absent.txt"
    status, out, err = _extract(
        monkeypatch, capsys, _Terminal(), str(tmp_path), str(missing), "--jobs", "2"
    )
    assert status == 1
    assert len(out.splitlines()) == 1
    lines = err.replace("\r", "\n").splitlines()
    assert f"diplorel: {tmp_path / 'b.txt'}: binary file (a PDF document)" in lines
    assert f"diplorel: {missing}: no such file or directory" in lines
    assert lines[-1] == "diplorel: 2 inputs failed, 1 document extracted"
    assert "3/3" in err


def test_count_inputs_counts_documents_failures_and_stdin(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "notes.md"):
        (tmp_path / name).write_text("texte", "utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text("texte", "utf-8")
    paths = [str(tmp_path), "-", str(tmp_path / "absent.txt"), str(SEEDS / "seed-001.txt")]
    assert count_inputs(paths) == 3 + 1 + 1 + 1
    assert count_inputs([]) == 0


def test_progress_off_writes_plain_lines() -> None:
    stream = io.StringIO()
    with Progress(stream, enabled=False, total=3) as progress:
        progress.update_to(2)
        progress.write("diplorel: a.txt: vide")
        assert not progress.enabled
    assert stream.getvalue() == "diplorel: a.txt: vide\n"


def test_progress_on_counts_up_and_leaves_its_last_state() -> None:
    stream = _Terminal()
    with Progress(stream, enabled=True, total=4) as progress:
        assert progress.enabled
        progress.update_to(1)
        progress.update_to(4)
    assert "4/4" in stream.getvalue()
    assert stream.getvalue().endswith("\n")


def test_is_terminal_is_false_for_closed_and_odd_streams() -> None:
    closed = io.StringIO()
    closed.close()
    assert not is_terminal(closed)
    assert not is_terminal(io.StringIO())
    assert is_terminal(_Terminal())


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_a_real_terminal_gets_the_bar_and_a_pipe_does_not(tmp_path: Path) -> None:
    """The command in a subprocess, standard error on a pty, then on a pipe."""
    import fcntl  # noqa: PLC0415 - POSIX only
    import termios  # noqa: PLC0415

    leader, follower = os.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    command = [sys.executable, "-m", "diplorel", "extract", str(SEEDS), "-o", "out.jsonl"]
    try:
        done = subprocess.run(
            command, cwd=tmp_path, stderr=follower, env=env, timeout=60, check=False
        )
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the pty is drained and closed
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(leader)
    assert done.returncode == 0
    seeds = len(list(SEEDS.glob("*.txt")))
    assert f"{seeds}/{seeds}".encode() in b"".join(chunks)
    piped = subprocess.run(
        command, cwd=tmp_path, capture_output=True, env=env, timeout=60, check=False
    )
    assert (piped.returncode, piped.stderr) == (0, b"")


def test_no_bar_when_the_events_are_printed_on_the_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    screen = _Terminal()
    monkeypatch.setattr(sys, "stdout", screen)
    status, _, err = _extract(monkeypatch, capsys, _Terminal(), str(SEEDS))
    assert (status, err) == (0, "")
    assert len(screen.getvalue().splitlines()) == len(list(SEEDS.glob("*.txt")))
    out = tmp_path / "events.jsonl"
    status, _, err = _extract(monkeypatch, capsys, _Terminal(), str(SEEDS), "-o", str(out))
    seeds = len(list(SEEDS.glob("*.txt")))
    assert status == 0
    assert f"{seeds}/{seeds}" in err
