"""Accuracy floors on the held-out fixtures and the seeds: a regression of the
extractor fails here, not only in a report someone must read.

The floors sit a little under the scores of 2026-12-04 (heldout F1 0.947,
fields 0.911; heldout2 F1 0.940, fields 0.872; heldout3 F1 0.837, fields 0.853;
the repository's seeds F1 1.000, fields 0.989), so that a small deliberate
trade-off passes and a real loss does not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from diplorel.evaluation import GoldSet, run_set

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("folder", "f1", "fields"),
    [
        (ROOT / "tests" / "fixtures" / "heldout", 0.92, 0.88),
        (ROOT / "tests" / "fixtures" / "heldout2", 0.91, 0.84),
        (ROOT / "tests" / "fixtures" / "heldout3", 0.81, 0.82),
        (ROOT / "seeds", 0.95, 0.95),
    ],
    ids=["heldout", "heldout2", "heldout3", "seeds"],
)
def test_accuracy_floor(folder: Path, f1: float, fields: float) -> None:
    report = run_set(GoldSet.load(folder))
    assert report.f1 >= f1, report.render()
    assert report.mean_field_accuracy >= fields, report.render()
