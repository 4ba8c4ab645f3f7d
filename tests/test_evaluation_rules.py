"""diplorel.evaluation: scoring runs of the extractor, ablation and blame by rule.

The gold folder is written by the tests: one article of our own whose gold
lists a visit that the text announces for next week (so the ``cue.future``
veto costs a miss), a meeting and an agreement.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplorel.evaluation import NO_VETO, GoldSet, ablate, by_rule, run_set

TEXT = (
    "Le ministre marocain s'est entretenu lundi 9 juin 2025 à Rabat avec son homologue "
    "sénégalais. Les deux pays ont signé un accord sur la pêche. Le ministre sénégalais "
    "est attendu en visite officielle au Maroc la semaine prochaine."
)


def _event(kind: str, evidence: str, **fields: object) -> dict[str, object]:
    record: dict[str, object] = {
        "kind": kind,
        "format": None,
        "parties": ["MAR", "SEN"],
        "date": None,
        "place": None,
        "round": None,
        "sectors": [],
        "heads": [],
        "status": None,
        "title": None,
        "background": False,
        "evidence": evidence,
    }
    record.update(fields)
    return record


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "a1.txt").write_text(TEXT, encoding="utf-8")
    events = [
        _event(
            "consultation",
            "s'est entretenu lundi 9 juin 2025 à Rabat",
            format="meeting",
            date="2025-06-09",
            place="Rabat",
            sectors=["politics"],
        ),
        _event("agreement", "ont signé un accord sur la pêche", status="signed"),
        _event(
            "consultation",
            "est attendu en visite officielle au Maroc la semaine prochaine",
            format="visit",
        ),
    ]
    gold = {"id": "a1", "published": None, "events": events}
    (folder / "a1.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return folder


def test_run_set_scores_the_extractor(gold_dir: Path) -> None:
    report = run_set(GoldSet.load(gold_dir))
    assert (report.gold_events, report.predicted_events, report.matched) == (3, 2, 2)
    off = run_set(GoldSet.load(gold_dir), disabled_rules={"agreement"})
    assert off.matched == 1


def test_ablation_shows_what_each_rule_is_worth(gold_dir: Path) -> None:
    gold = GoldSet.load(gold_dir)
    result = ablate([gold], rules=["cue.future", "agreement", "heads.chief"])
    effects = {e.rule: e for e in result.effects}
    assert result.sets == ("mine",)
    assert effects["cue.future"].f1[0] > 0  # the gold counts the visit: the veto costs it
    assert effects["cue.future"].harmful_on == (0,)
    assert effects["cue.future"].fired == (1,)  # it stopped one trigger
    assert effects["agreement"].f1[0] < 0
    assert effects["agreement"].fired == (1,)
    assert effects["heads.chief"].worthless
    table = result.render()
    assert "| `cue.future` | veto |" in table
    assert "worth nothing anywhere: heads.chief" in table


def test_by_rule_blames_misses_on_vetoes_and_extras_on_traces(gold_dir: Path) -> None:
    report, blames = by_rule(GoldSet.load(gold_dir))
    assert len(report.misses) == 1
    assert {b.rule: (b.extras, b.misses) for b in blames} == {"cue.future": (0, 1)}
    # with the agreement missing from the gold, the agreement is an extra of its rules
    (gold_dir / "a1.json").write_text(
        json.dumps({"id": "a1", "published": None, "events": []}), encoding="utf-8"
    )
    report, blames = by_rule(GoldSet.load(gold_dir))
    extras = {b.rule: b.extras for b in blames}
    assert len(report.extras) == 2
    assert extras["agreement"] == 1
    assert extras["consultation"] == 1
    assert NO_VETO not in extras


def test_unknown_rules_are_refused(gold_dir: Path) -> None:
    with pytest.raises(ValueError, match="no such rule"):
        ablate([GoldSet.load(gold_dir)], rules=["nope"])
