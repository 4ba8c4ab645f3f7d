"""``scripts/miss_classes.py``: misses and extras sorted into classes by the evaluation's pairing.

The fixture ``tests/fixtures/miss_classes`` is a tiny gold folder (three
articles written for this test) and a predictions file made so that each class
appears once or more.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplorel._fold import fold_name

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "miss_classes"


def _load() -> ModuleType:
    path = ROOT / "scripts" / "miss_classes.py"
    spec = importlib.util.spec_from_file_location("miss_classes", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["miss_classes"] = module
    spec.loader.exec_module(module)
    return module


mc = _load()


@pytest.fixture(scope="module")
def result() -> Any:
    predictions = mc.load_predictions(FIXTURE / "predictions.jsonl")
    return mc.classify_folder(FIXTURE / "gold", predictions)


def _classes(result: Any, *, missed: bool) -> dict[tuple[str, int], str]:
    return {(i.document, i.index): i.cls for i in result.items if i.missed is missed}


def test_every_miss_gets_the_class_the_pairing_tells(result: Any) -> None:
    assert _classes(result, missed=True) == {
        ("a", 2): "merged in one sentence",  # two instruments, one prediction
        ("a", 3): "sides missing",  # Togo left out
        ("a", 4): "kind confusion",  # a statement read as a meeting
        ("a", 5): "nothing predicted",  # read from a file: no veto to ask
        ("b", 1): "merged past with present",  # the 2020 meeting and this week's
        ("b", 2): "sides extra",  # Burkina Faso added
        ("b", 3): "sides other",  # Togo for Senegal
        ("c", 1): "merged across the article",  # two meetings, one prediction
    }


def test_every_extra_gets_its_class(result: Any) -> None:
    assert _classes(result, missed=False) == {
        ("a", 2): "sides wrong",
        ("a", 3): "kind confusion",
        ("a", 4): "duplicate",  # same kind and sides as the paired meeting
        ("a", 5): "cue",  # "prévue"
        ("a", 6): "background",
        ("a", 7): "no gold",
        ("b", 1): "sides wrong",
        ("b", 2): "sides wrong",
    }


def test_counts_agree_with_the_evaluation(result: Any) -> None:
    assert (result.gold_events, result.predicted_events, result.matched) == (12, 12, 4)
    misses = [i for i in result.items if i.missed]
    assert len(misses) == result.gold_events - result.matched


def test_recall_by_class_of_gold_event(result: Any) -> None:
    recall = result.recall
    by_class = Counter((cls, paired) for cls, _background, paired in recall)
    assert by_class["agreement: signed", True] == 1
    assert by_class["agreement: signed", False] == 2
    assert by_class["declaration: state", False] == 1
    assert by_class["declaration: several", False] == 1
    background = Counter(paired for _cls, flag, paired in recall if flag)
    assert background == Counter({False: 2})
    table = mc.recall_table([result])
    assert "| background | 0/2 | 0/2 | 0.000 |" in table
    assert "| consultation: meeting | 3/5 | 3/5 | 0.600 |" in table


def test_gold_class_names_the_declaration_issuer() -> None:
    assert mc.gold_class({"kind": "declaration", "parties": ["SEN"]}) == "declaration: state"
    assert mc.gold_class({"kind": "declaration", "parties": ["AU"]}) == "declaration: organisation"
    assert mc.gold_class({"kind": "declaration", "parties": ["AU", "SEN"]}) == (
        "declaration: several"
    )
    assert mc.gold_class({"kind": "consultation", "format": "visit"}) == "consultation: visit"
    assert mc.gold_class({"kind": "agreement", "status": "ratified"}) == "agreement: ratified"


def test_with_the_extractor_a_silent_sentence_is_no_trigger_or_vetoed() -> None:
    text = (
        "Le président sénégalais effectuera une visite officielle au Maroc le mois prochain.\n\n"
        "Il pleuvait sur Dakar.\n"
    )
    gold = {
        "events": [
            {"kind": "consultation", "format": "visit", "parties": ["MAR", "SEN"],
             "evidence": "effectuera une visite officielle au Maroc"},
            {"kind": "declaration", "parties": ["SEN"], "evidence": "Il pleuvait sur Dakar."},
        ]
    }  # fmt: skip
    items, _recall = mc.classify_document("x", "d", gold, {"events": []}, text)
    assert [i.cls for i in items] == ["vetoed", "no trigger"]
    items, _recall = mc.classify_document("x", "d", gold, {"events": []}, text, vetoes=False)
    assert [i.cls for i in items] == ["nothing predicted", "nothing predicted"]


def test_an_evidence_not_in_the_text_is_unlocated() -> None:
    gold = {"events": [{"kind": "declaration", "parties": ["SEN"], "evidence": "absent"}]}
    predicted = {"events": [{"kind": "declaration", "parties": ["MLI"], "evidence": "ailleurs"}]}
    items, _recall = mc.classify_document("x", "d", gold, predicted, "Un texte sans rapport.")
    assert [(i.missed, i.cls) for i in items] == [(True, "unlocated"), (False, "unlocated")]


def test_a_quote_is_found_after_folding() -> None:
    article = mc.Article.read("Premier point.\n\nLe  Ministre   a REÇU l’envoyé. Fin.")
    assert article.sentences_of("le ministre a recu l'envoye") == frozenset({1})
    assert article.sentences_of("") == frozenset()


@given(st.text(alphabet=st.sampled_from("aÉé ’\t\nﬁßœ-–İ.x"), max_size=30))
def test_folding_with_offsets_is_fold_name(text: str) -> None:
    folded, origin = mc.folded_with_offsets(text)
    assert folded == fold_name(text)
    assert len(origin) == len(folded)
    assert origin == sorted(origin)
    assert all(0 <= i < len(text) for i in origin)


def test_tables_give_count_and_share(result: Any) -> None:
    table = mc.class_table([result], missed=True)
    assert "| sides missing | 1 (12%) | **1 (12%)** |" in table
    assert table.splitlines()[-1] == "| all | 8 | **8** |"
    extras = mc.class_table([result], missed=False)
    assert "| sides wrong | 3 (38%) | **3 (38%)** |" in extras


def test_main_prints_the_report_and_rejects_bad_input(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    gold = str(FIXTURE / "gold")
    assert mc.main([gold, "--predictions", str(FIXTURE / "predictions.jsonl"), "--list"]) == 0
    out = capsys.readouterr().out
    assert "| gold | 12 / 12 / 4 | 0.333 | 0.333 |" in out
    assert "MISS  sides other" in out
    assert mc.main([str(tmp_path / "absent")]) == 2
    assert "not a directory" in capsys.readouterr().err
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{not json\n", encoding="utf-8")
    assert mc.main([gold, "--predictions", str(broken)]) == 2
    assert "invalid JSON" in capsys.readouterr().err
