"""The ``report`` command's glue: what it hands to the renderer and how it writes the page.

``test_report.py`` checks the page and the main errors. Here the renderer is
replaced by a recorder, so that ``--merge``, ``--title``, ``--texts`` and
standard input are pinned by what it receives; and the writing is pinned on
its own: the page replaces the file whole, a failure leaves the old file and
no temporary file, the permissions follow the umask. Events written for these
tests.
"""

from __future__ import annotations

import io
import json
import os
import stat
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

import diplorel._cli_report
from diplorel._registry import party
from diplorel.cli import main
from diplorel.io import document_record
from diplorel.model import Consultation, Declaration, Document, Event, PartialDate, Span
from diplorel.query import EventSet
from diplorel.report import Article

TEXT_A = "Le ministre kényan a rencontré lundi son homologue péruvien à Lima."
TEXT_B = "Lundi, à Lima, rencontre entre les ministres du Kenya et du Pérou."
DAY = PartialDate.parse("2025-03-10")


def _docs() -> list[Document]:
    def talk(text: str, words: str) -> Consultation:
        at = text.index(words)
        return Consultation(
            parties=[party("KEN"), party("PER")],
            format="meeting",
            date=DAY,
            evidence=[Span.of(text, at, at + len(words))],
        )

    said = Declaration(parties=[party("PER")], date=DAY)
    first: list[Event] = [talk(TEXT_A, "a rencontré"), said]
    second: list[Event] = [talk(TEXT_B, "rencontre")]
    return [
        Document(id="a", text=TEXT_A, events=first),
        Document(id="b", text=TEXT_B, events=second),
    ]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    lines = [json.dumps(document_record(doc), ensure_ascii=False) for doc in _docs()]
    (tmp_path / "events.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    texts = tmp_path / "articles"
    texts.mkdir()
    (texts / "a.txt").write_text(TEXT_A, encoding="utf-8")
    (texts / "b.txt").write_text(TEXT_B, encoding="utf-8")
    return tmp_path


Seen = list[tuple[EventSet, Sequence[Article], str]]


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch) -> Seen:
    calls: Seen = []

    def render(events: EventSet, articles: Sequence[Article] = (), *, title: str = "") -> str:
        calls.append((events, articles, title))
        return f"<html>{len(events)} événements</html>"

    monkeypatch.setattr(diplorel._cli_report, "render_report", render)
    return calls


def test_the_renderer_gets_every_report_the_texts_and_the_title(folder: Path, seen: Seen) -> None:
    out = folder / "r.html"
    argv = ["report", str(folder / "events.jsonl"), "--texts", str(folder / "articles")]
    assert main([*argv, "-o", str(out), "--title", "Kenya-Pérou"]) == 0
    ((events, articles, title),) = seen
    assert len(events) == 3
    assert title == "Kenya-Pérou"
    assert {article.id: article.text for article in articles} == {"a": TEXT_A, "b": TEXT_B}
    assert out.read_text(encoding="utf-8") == "<html>3 événements</html>"


def test_merge_and_the_default_title(folder: Path, seen: Seen) -> None:
    out = folder / "r.html"
    assert main(["report", str(folder / "events.jsonl"), "-o", str(out), "--merge"]) == 0
    events, articles, title = seen[-1]
    assert len(events) == 2  # the meeting both articles report is one event
    assert title == "diplorel report"
    assert all(not article.text for article in articles)  # no --texts: no text


def test_events_from_standard_input_and_files_together(
    folder: Path, seen: Seen, monkeypatch: pytest.MonkeyPatch
) -> None:
    line = json.dumps(document_record(_docs()[1]), ensure_ascii=False)
    monkeypatch.setattr(sys, "stdin", io.StringIO(line.replace('"b"', '"c"', 1) + "\n"))
    out = folder / "r.html"
    assert main(["report", str(folder / "events.jsonl"), "-", "-o", str(out)]) == 0
    events, _articles, _title = seen[-1]
    assert sorted({record.document_id or "" for record in events}) == ["a", "b", "c"]


def test_the_page_replaces_the_file_whole_with_the_umask(folder: Path, seen: Seen) -> None:
    out = folder / "r.html"
    out.write_text("ancienne page", encoding="utf-8")
    previous = os.umask(0o077)
    try:
        assert main(["report", str(folder / "events.jsonl"), "-o", str(out)]) == 0
    finally:
        os.umask(previous)
    assert out.read_text(encoding="utf-8") == "<html>3 événements</html>"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert sorted(p.name for p in folder.iterdir()) == ["articles", "events.jsonl", "r.html"]


def test_a_failure_while_writing_leaves_the_old_page(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def render(*_args: Any, **_kwargs: Any) -> str:
        return "<html>\ud800</html>"  # cannot be written as UTF-8

    monkeypatch.setattr(diplorel._cli_report, "render_report", render)
    out = folder / "r.html"
    out.write_text("ancienne page", encoding="utf-8")
    assert main(["report", str(folder / "events.jsonl"), "-o", str(out)]) == 1
    assert "not valid Unicode" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "ancienne page"
    assert sorted(p.name for p in folder.iterdir()) == ["articles", "events.jsonl", "r.html"]


def test_a_lone_surrogate_in_the_events_is_an_error_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    events = tmp_path / "events.jsonl"
    events.write_text(
        '{"id": "a", "events": [{"kind": "declaration", "parties": ["PER"], '
        '"place": "Lima\\udc00"}]}\n',
        encoding="utf-8",
    )
    out = tmp_path / "r.html"
    assert main(["report", str(events), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    # refused where the events are read, with the message diplorel query gives
    assert err.startswith(f"diplorel: error: {events}: line 1: expected text, found a lone")
    assert main(["query", str(events)]) != 0
    assert capsys.readouterr().err == err
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["events.jsonl"]


def test_a_bare_file_name_is_written_in_the_current_folder(
    folder: Path, seen: Seen, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(folder)
    assert main(["report", "events.jsonl", "-o", "ici.html"]) == 0
    assert (folder / "ici.html").read_text(encoding="utf-8").startswith("<html>")


def test_the_output_is_required(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["report", str(folder / "events.jsonl")])
    assert info.value.code == 2
    assert "-o/--output" in capsys.readouterr().err


@pytest.mark.parametrize("line", ["{not json", "[" * 100_000 + "]" * 100_000])
def test_a_line_that_is_not_json_fails_as_in_query(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str
) -> None:
    events = tmp_path / "events.jsonl"
    events.write_text(line + "\n", encoding="utf-8")
    assert main(["report", str(events), "-o", str(tmp_path / "r.html")]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"diplorel: error: {events}: line 1: expected a JSON object")
    assert main(["query", str(events)]) != 0
    assert capsys.readouterr().err == err
