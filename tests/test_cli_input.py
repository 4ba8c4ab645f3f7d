"""The input side of ``diplorel extract``: JSON Lines articles, unique ids, --published."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from diplorel.cli import main

UNDATED = (
    "Le ministre marocain des Affaires étrangères s'est entretenu lundi à Rabat avec son "
    "homologue sénégalais."
)
DATED = "Rabat, 4 mars 2025 (MAP) - " + UNDATED


def _run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, list[Any], list[str]]:
    status = main(["extract", *map(str, args)])
    out, err = capsys.readouterr()
    return status, [json.loads(line) for line in out.splitlines()], err.splitlines()


def test_jsonl_input_keeps_ids_dates_and_urls(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    feed = tmp_path / "feed.jsonl"
    lines = [
        {
            "id": "m1",
            "text": UNDATED,
            "published": "2025-03-06T08:00:00Z",
            "source_url": "https://example.org/m1",
        },
        {"id": "m2", "text": UNDATED},
        "not json",
        {"id": "m3", "text": DATED, "source_url": None},
    ]
    feed.write_text(
        "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n",
        encoding="utf-8",
    )
    status, records, errors = _run(capsys, feed)
    assert status == 1
    assert [(r["id"], r["published"], r["source_url"]) for r in records] == [
        ("m1", "2025-03-06", "https://example.org/m1"),
        ("m2", None, None),
        ("m3", "2025-03-04", None),
    ]
    assert records[0]["events"][0]["date"] == "2025-03-03"
    assert errors[0].startswith(f"diplorel: {feed}:3: not JSON")
    assert errors[-1] == "diplorel: 1 input failed, 3 documents extracted"


def test_published_is_only_a_fallback(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "dated.txt").write_text(DATED, encoding="utf-8")
    (tmp_path / "undated.txt").write_text(UNDATED, encoding="utf-8")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"id": "line", "text": UNDATED, "published": "2025-02-01"}) + "\n",
        encoding="utf-8",
    )
    status, records, _ = _run(capsys, tmp_path, feed, "--published", "2025-03-06")
    assert status == 0
    assert {r["id"]: r["published"] for r in records} == {
        "dated": "2025-03-04",  # the text's dateline wins
        "undated": "2025-03-06",  # the fallback
        "line": "2025-02-01",  # the input line's date wins
    }


def test_same_names_in_two_folders_get_distinct_ids(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    for folder in ("maroc", "senegal"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text(UNDATED, encoding="utf-8")
    status, records, _ = _run(capsys, tmp_path)
    assert status == 0
    assert [r["id"] for r in records] == ["maroc/a", "senegal/a"]
    event_ids = [r["events"][0]["id"] for r in records]
    assert len(set(event_ids)) == 2


def test_help_says_published_is_a_fallback(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["extract", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "fallback publication date" in out
    assert ".jsonl" in out


def test_text_arguments_are_always_paths(capsys: pytest.CaptureFixture[str]) -> None:
    # on the command line a missing path is reported, never read as an article's text
    status, records, errors = _run(capsys, "Le Maroc et le Sénégal")
    assert (status, records) == (1, [])
    assert errors[0] == "diplorel: Le Maroc et le Sénégal: no such file or directory"
