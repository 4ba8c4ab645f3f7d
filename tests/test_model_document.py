"""Tests of diplorel.model._document: what a Document checks and how it explains itself.

The repr and the basic evidence check are in ``test_model_event.py``; this
module pins the rest of the contract: every event's evidence (and every stage's)
must slice the text, the fields are validated, and ``explain()`` gives one block
per event with its rules and its evidence quoted from the text.
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings

from diplorel import strategies as ds
from diplorel._registry import party
from diplorel.errors import InvalidValueError
from diplorel.model import (
    Agreement,
    AgreementStage,
    Consultation,
    Declaration,
    Document,
    Event,
    PartialDate,
    Span,
    Stage,
)

TEXT = (
    "Le Chili et la Norvège ont signé lundi un accord\n   sur la pêche. "
    "Les deux ministres se sont aussi entretenus à Oslo."
)
CHL, NOR = party("CHL"), party("NOR")


def _span(words: str) -> Span:
    at = TEXT.index(words)
    return Span.of(TEXT, at, at + len(words))


def _agreement(**fields: object) -> Agreement:
    return Agreement(
        parties=[CHL, NOR],
        stages=[AgreementStage(stage=Stage.SIGNED, evidence=_span("signé"))],
        evidence=[_span("un accord\n   sur la pêche")],
        **fields,  # type: ignore[arg-type]
    )


def _talk(**fields: object) -> Consultation:
    return Consultation(
        parties=[CHL, NOR],
        format="meeting",
        evidence=[_span("se sont aussi entretenus"), _span("Oslo")],
        **fields,  # type: ignore[arg-type]
    )


def test_events_become_a_tuple_from_any_iterable() -> None:
    made: list[Event] = [_agreement(), _talk()]
    events = (e for e in made)
    doc = Document(id="d1", text=TEXT, events=events)
    assert doc.events == (_agreement(), _talk())
    assert type(doc.events) is tuple
    assert Document(id="d1", text=TEXT).events == ()


def test_the_error_names_the_event_that_does_not_slice_the_text() -> None:
    wrong = attrs.evolve(_talk(), evidence=[Span(start=0, end=4, text="Oslo")])
    with pytest.raises(InvalidValueError, match=r"events\[1\]\.evidence Span\(0, 4, 'Oslo'\)"):
        Document(id="d1", text=TEXT, events=[_agreement(), wrong])


def test_a_span_past_the_end_of_the_text_is_refused() -> None:
    late = attrs.evolve(_talk(), evidence=[Span(start=len(TEXT), end=len(TEXT) + 4, text="Oslo")])
    with pytest.raises(InvalidValueError, match="does not slice the document text"):
        Document(id="d1", text=TEXT, events=[late])


def test_stage_evidence_is_checked_and_a_stage_without_evidence_is_not() -> None:
    bad_stage = Agreement(
        parties=[CHL, NOR],
        stages=[AgreementStage(stage=Stage.SIGNED, evidence=Span(start=0, end=5, text="signé"))],
    )
    with pytest.raises(InvalidValueError, match=r"events\[0\]"):
        Document(id="d1", text=TEXT, events=[bad_stage])
    bare = Agreement(parties=[CHL, NOR], stages=[AgreementStage(stage=Stage.SIGNED)])
    assert Document(id="d1", text=TEXT, events=[bare]).events == (bare,)


@pytest.mark.parametrize(
    ("fields", "error", "words"),
    [
        ({"id": ""}, InvalidValueError, "id must be a non-empty string"),
        ({"id": "\t\n"}, InvalidValueError, "id must be a non-empty string"),
        ({"id": 7}, InvalidValueError, "id must be a non-empty string"),
        ({"text": None}, TypeError, "text"),
        ({"published": "2025-03"}, TypeError, "published"),
        ({"source_url": 42}, TypeError, "source_url"),
        ({"events": [_span("Oslo")]}, InvalidValueError, "events must hold events"),
    ],
)
def test_fields_are_validated(
    fields: dict[str, object], error: type[Exception], words: str
) -> None:
    values: dict[str, object] = {"id": "d1", "text": TEXT, **fields}
    with pytest.raises(error, match=words):
        Document(**values)  # type: ignore[arg-type]


def test_documents_are_frozen_values() -> None:
    doc = Document(id="d1", text=TEXT, source_url="https://exemple.cl/a", events=[_talk()])
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        doc.id = "d2"  # type: ignore[misc]
    assert doc == Document(id="d1", text=TEXT, source_url="https://exemple.cl/a", events=[_talk()])
    assert doc != attrs.evolve(doc, source_url=None)


def test_explain_lists_each_event_with_its_rules_and_evidence() -> None:
    doc = Document(
        id="d1",
        text=TEXT,
        published=PartialDate.parse("2025-03-04"),
        events=[_agreement(rules=("agreement.instrument", "date.weekday")), _talk()],
    )
    lines = doc.explain().split("\n")
    start = TEXT.index("un accord")
    assert lines[0] == "<Document 'd1' 2025-03-04 2 events>"
    assert lines[1] == f"1. {_agreement()!r}"
    assert lines[2] == "   rules: agreement.instrument, date.weekday"
    # the evidence's own line break and indent are collapsed to one space
    assert lines[3] == f"   evidence [{start}:{start + 25}]: « un accord sur la pêche »"
    assert lines[4] == f"2. {_talk()!r}"
    assert lines[5] == "   rules: (none)"
    oslo = TEXT.index("Oslo")
    assert lines[-1] == f"   evidence [{oslo}:{oslo + 4}]: « Oslo »"
    assert len(lines) == 8


def test_explain_of_a_document_without_events_is_its_repr() -> None:
    doc = Document(id="vide", text="Rien à signaler.")
    assert doc.explain() == "<Document 'vide' 0 events>"


def test_rules_do_not_change_what_a_document_equals() -> None:
    traced = Document(id="d1", text=TEXT, events=[_talk(rules=("consultation.verb",))])
    assert traced == Document(id="d1", text=TEXT, events=[_talk()])
    assert "consultation.verb" in traced.explain()


@settings(max_examples=40, deadline=None)
@given(ds.documents())
def test_explain_has_one_block_per_event(doc: Document) -> None:
    lines = doc.explain().split("\n")
    assert len(lines) == 1 + sum(2 + len(event.evidence) for event in doc.events)
    numbered = [line for line in lines if line[:1].isdigit()]
    assert [line.split(".", 1)[0] for line in numbered] == [
        str(n) for n in range(1, len(doc.events) + 1)
    ]
    for event in doc.events:
        for span in event.evidence:
            assert f"evidence [{span.start}:{span.end}]" in doc.explain()


def test_declarations_are_events_too() -> None:
    said = Declaration(
        parties=[CHL], declaration="statement", evidence=[_span("Les deux ministres")]
    )
    assert Document(id="d1", text=TEXT, events=[said]).events == (said,)
