"""Tests of diplorel.query._timeline: entries in chronological order, undated apart."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from diplorel import Agreement, AgreementStage, PartialDate, party
from diplorel import strategies as ds
from diplorel.query import EventSet, Reported
from diplorel.query._timeline import timeline_of


@settings(max_examples=60, deadline=None)
@given(st.lists(ds.events(registered_only=True), max_size=6))
def test_a_timeline_is_sorted_and_complete(events: list[Agreement]) -> None:
    records = [Reported(event=event, document_id="d") for event in events]
    line = timeline_of(records, ())
    keys = [entry.date.sort_key for entry in line.dated if entry.date is not None]
    assert keys == sorted(keys)
    assert all(entry.year_known for entry in line.dated)
    unknown = [entry.date.sort_key for entry in line.year_unknown if entry.date is not None]
    assert unknown == sorted(unknown)
    assert all(entry.date is None for entry in line.undated)
    assert {id(entry.record) for entry in line} == {id(record) for record in records}
    assert list(line) == [*line.dated, *line.year_unknown, *line.undated]


def test_agreements_have_one_entry_per_dated_stage() -> None:
    deal = Agreement(
        parties=[party("AZE"), party("MAR")],
        stages=[
            AgreementStage(stage="signed", date=PartialDate.parse("2024-03-10")),
            AgreementStage(stage="approved"),
            AgreementStage(stage="ratified", date=PartialDate.parse("2024-12-27")),
        ],
    )
    line = EventSet([deal]).timeline("AZE", "MAR")
    assert [(str(e.date), e.stage.stage.value if e.stage else None) for e in line] == [
        ("2024-03-10", "signed"),
        ("2024-12-27", "ratified"),
    ]
    assert line.dated[0].as_row()["entry_stage"] == "signed"
    assert repr(line) == "<Timeline AZE-MAR: 2 dated, 0 year unknown, 0 undated>"
    assert "signed agreement" in str(line)
