"""The ``plot`` command's glue: what it hands to the charts and how it writes the file.

``test_plot.py`` checks the pictures and the main argument errors. Here the
charts are replaced by recorders, so that each option is pinned by what the
chart receives (``--merge``, repeated ``--kind``, ``--title``, ``--top``,
``--by``, ``--max-agreements``, standard input); and the writing is pinned on
its own: the file is replaced whole, a failed drawing leaves the old file and
no temporary file, the permissions follow the umask. Events written for these
tests.
"""

from __future__ import annotations

import io
import json
import os
import stat
import sys
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("matplotlib", reason="the plot extra (matplotlib) is not installed")

from matplotlib.figure import Figure

import diplorel.plot
from diplorel._registry import party
from diplorel.cli import main
from diplorel.io import document_record
from diplorel.model import (
    Agreement,
    AgreementStage,
    Consultation,
    Declaration,
    Document,
    Event,
    PartialDate,
)
from diplorel.query import EventSet

KEN, PER = party("KEN"), party("PER")
DAY = PartialDate.parse("2025-03-10")


def _docs() -> list[Document]:
    talk = Consultation(parties=[KEN, PER], format="meeting", date=DAY)
    signed = Agreement(parties=[KEN, PER], stages=[AgreementStage(stage="signed", date=DAY)])
    said = Declaration(parties=[PER], date=DAY)
    one: list[Event] = [talk, signed, said]
    two: list[Event] = [talk]
    return [Document(id="a1", text="", events=one), Document(id="a2", text="", events=two)]


@pytest.fixture
def jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "events.jsonl"
    lines = [json.dumps(document_record(doc), ensure_ascii=False) for doc in _docs()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def calls(
    monkeypatch: pytest.MonkeyPatch,
) -> list[tuple[str, EventSet, tuple[Any, ...], dict[str, Any]]]:
    seen: list[tuple[str, EventSet, tuple[Any, ...], dict[str, Any]]] = []

    def recorder(name: str) -> Any:
        def chart(events: EventSet, *args: Any, **kwargs: Any) -> Figure:
            seen.append((name, events, args, kwargs))
            figure = Figure(figsize=(2, 1))
            figure.add_subplot().plot([0, 1], [0, 1])
            return figure

        return chart

    for name in ("plot_timeline", "plot_partners", "plot_counts"):
        monkeypatch.setattr(diplorel.plot, name, recorder(name))
    return seen


def test_options_reach_the_chart(jsonl: Path, tmp_path: Path, calls: list[Any]) -> None:
    out = str(tmp_path / "c.png")
    assert (
        main(["plot", "timeline", "KEN", "PER", str(jsonl), "-o", out, "--max-agreements", "3"])
        == 0
    )
    assert (
        main(["plot", "partners", "PER", str(jsonl), "-o", out, "--top", "2", "--title", "T"]) == 0
    )
    assert main(["plot", "counts", str(jsonl), "-o", out, "--by", "sector"]) == 0
    (n1, e1, a1, k1), (n2, _e2, a2, k2), (n3, _e3, a3, k3) = calls
    assert (n1, a1, k1) == ("plot_timeline", ("KEN", "PER"), {"title": None, "max_agreements": 3})
    assert (n2, a2, k2) == ("plot_partners", ("PER",), {"top": 2, "title": "T"})
    assert (n3, a3, k3) == ("plot_counts", ("sector",), {"title": None})
    assert len(e1) == 4  # every report of every document


def test_merge_and_kinds_filter_what_is_drawn(
    jsonl: Path, tmp_path: Path, calls: list[Any]
) -> None:
    out = str(tmp_path / "c.svg")
    assert main(["plot", "counts", str(jsonl), "-o", out, "--merge"]) == 0
    assert len(calls[-1][1]) == 3  # the meeting reported twice is one event
    argv = [
        "plot",
        "counts",
        str(jsonl),
        "-o",
        out,
        "--kind",
        "agreement",
        "--kind",
        "declaration",
    ]
    assert main(argv) == 0
    assert sorted(r.event.kind.value for r in calls[-1][1]) == ["agreement", "declaration"]


def test_events_from_standard_input(
    jsonl: Path, tmp_path: Path, calls: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(jsonl.read_text(encoding="utf-8")))
    assert main(["plot", "timeline", "KEN", "-", "-o", str(tmp_path / "t.pdf")]) == 0
    name, events, args, _kwargs = calls[-1]
    assert (name, args, len(events)) == ("plot_timeline", ("KEN", None), 4)


def test_the_format_follows_the_suffix_in_any_case(
    jsonl: Path, tmp_path: Path, calls: list[Any]
) -> None:
    for suffix, magic in ((".PNG", b"\x89PNG"), (".Pdf", b"%PDF"), (".svg", b"<?xml")):
        out = tmp_path / f"chart{suffix}"
        assert main(["plot", "counts", str(jsonl), "-o", str(out), "--dpi", "30"]) == 0
        assert out.read_bytes().lstrip()[: len(magic)] == magic


def test_a_picture_is_replaced_whole_with_the_umask(
    jsonl: Path, tmp_path: Path, calls: list[Any]
) -> None:
    out = tmp_path / "c.png"
    out.write_bytes(b"old")
    previous = os.umask(0o027)
    try:
        assert main(["plot", "counts", str(jsonl), "-o", str(out)]) == 0
    finally:
        os.umask(previous)
    assert out.read_bytes()[:4] == b"\x89PNG"
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.png", "events.jsonl"]


def test_a_failed_drawing_leaves_the_old_file_and_no_temporary(
    jsonl: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, calls: list[Any]
) -> None:
    def broken(self: Figure, *args: Any, **kwargs: Any) -> None:
        Path(args[0]).write_bytes(b"half")
        raise RuntimeError("disque plein")

    monkeypatch.setattr(Figure, "savefig", broken)
    out = tmp_path / "c.png"
    out.write_bytes(b"old")
    with pytest.raises(RuntimeError, match="disque plein"):
        main(["plot", "counts", str(jsonl), "-o", str(out)])
    assert out.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.png", "events.jsonl"]


def test_a_bare_file_name_is_written_in_the_current_folder(
    jsonl: Path, tmp_path: Path, calls: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["plot", "counts", str(jsonl), "-o", "here.svg"]) == 0
    assert (tmp_path / "here.svg").exists()


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["timeline", "KEN", "--max-agreements", "-1"], "expected a whole number, not '-1'"),
        (["timeline", "KEN", "--max-agreements", "deux"], "expected a whole number, not 'deux'"),
        (["counts", "--dpi", "0"], "expected a positive whole number, not '0'"),
        (["counts", "--dpi", "1.5"], "expected a positive whole number, not '1.5'"),
        (["counts", "--kind", "treaty"], "invalid choice: 'treaty'"),
        (["counts", "--by", "year"], "invalid choice: 'year'"),
    ],
)
def test_bad_options_are_usage_errors(
    argv: list[str], words: str, jsonl: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        main(["plot", *argv, str(jsonl), "-o", str(tmp_path / "c.png")])
    assert info.value.code == 2
    assert words in capsys.readouterr().err
    assert not (tmp_path / "c.png").exists()
