"""Accuracy floors on the held-out fixtures and the seeds: a regression of the
extractor fails here, not only in a report someone must read.

The floors sit a little under the scores of 2026-12-03 (heldout F1 0.916,
fields 0.857; heldout2 F1 0.897, fields 0.822; the repository's seeds F1 1.000, fields 0.941),
so that a small deliberate trade-off passes and a real loss does not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from diplorel.evaluation import GoldSet, run_set

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("folder", "f1", "fields"),
    [
        (ROOT / "tests" / "fixtures" / "heldout", 0.89, 0.83),
        (ROOT / "tests" / "fixtures" / "heldout2", 0.87, 0.80),
        (ROOT / "seeds", 0.95, 0.92),
    ],
    ids=["heldout", "heldout2", "seeds"],
)
def test_accuracy_floor(folder: Path, f1: float, fields: float) -> None:
    report = run_set(GoldSet.load(folder))
    assert report.f1 >= f1, report.render()
    assert report.mean_field_accuracy >= fields, report.render()
