"""``diplorel extract --explain`` and ``diplorel evaluate --ablate / --by-rule``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplorel.cli import main

TEXT = (
    "Le ministre malien des Affaires étrangères s'est entretenu mardi à Bamako avec son "
    "homologue sénégalais. Les deux pays ont signé un accord de coopération dans le domaine "
    "de la pêche. Une réunion entre le Mali et le Niger se tiendra à Niamey en octobre."
)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "mali.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_explain_shows_rules_evidence_and_stops(
    article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", "--explain", "--published", "2025-06-06", str(article)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("<Document 'mali' 2025-06-06 2 events>\n1. <Consultation MLI-SEN")
    assert "   rules: consultation, parties.clause, date.nearest, place.sentence, " in out
    assert "« Les deux pays ont signé un accord de coopération" in out
    assert "   agreement  " in out
    assert "builder: an instrument with a stage" in out
    assert "triggers stopped:\n   « réunion » [" in out
    assert out.rstrip().endswith("by cue.future")


def test_extract_writes_the_trace_in_json(
    article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(article)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert [e["rules"][0] for e in record["events"]] == ["consultation", "agreement"]


def _gold(folder: Path) -> Path:
    folder.mkdir()
    (folder / "mali.txt").write_text(TEXT, encoding="utf-8")
    gold = {
        "id": "mali",
        "published": None,
        "events": [
            {
                "kind": "consultation",
                "format": "meeting",
                "parties": ["MLI", "NER"],
                "evidence": "Une réunion entre le Mali et le Niger se tiendra à Niamey",
            }
        ],
    }
    (folder / "mali.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return folder


def test_evaluate_ablate_prints_a_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = _gold(tmp_path / "set1")
    status = main(["evaluate", "--ablate", str(gold), "--rules", "cue.future", "heads.chief"])
    out = capsys.readouterr().out
    assert status == 0
    assert out.splitlines()[0] == "| rule | kind | set1 ΔF1 / Δfields | fired |"
    assert "| `heads.chief` | attribute | 0 / 0 | 0 |" in out


def test_evaluate_by_rule_blames_the_veto(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = _gold(tmp_path / "set1")
    assert main(["evaluate", "--by-rule", str(gold)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("## set1: 2 extras, 1 misses\n")
    lines = {line.split()[0]: line.split()[1:] for line in out.splitlines()[2:] if line}
    assert lines["consultation"] == ["1", "0"]
    assert lines["cue.future"] == ["0", "1"]


def test_evaluate_needs_something_to_do(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate"]) == 2
    assert "give GOLD_DIR, --ablate or --by-rule" in capsys.readouterr().err


def test_evaluate_refuses_unknown_rules(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = _gold(tmp_path / "set1")
    assert main(["evaluate", "--ablate", str(gold), "--rules", "nope"]) == 2
    assert "no such rule: nope" in capsys.readouterr().err
