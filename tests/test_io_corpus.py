"""Tests of diplorel.io._corpus that ``test_io.py`` leaves out.

``test_io.py`` pins the corpus keys and their order, the main errors and the
round trips. This module pins the rest of what reading the corpus form
promises: where evidence comes from when spans and quote disagree with the
text, who a stage's actor is, the keys a kind may not carry (with the right
article), the plural of unknown keys, the sides and the trace read back, the
defaults of a left-out key, a resolver's own errors, and a document record's
id, publication date and events. Records written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplorel._registry import party
from diplorel.errors import SerialisationError
from diplorel.io import document_from_record, event_from_corpus_form, to_corpus_form
from diplorel.model import (
    Agreement,
    Consultation,
    Declaration,
    DeclarationKind,
    InstrumentKind,
    Party,
    PartyKind,
    Person,
    Span,
    Stage,
)

TEXT = "Le Kenya et le Pérou ont signé à Lima un accord sur la pêche."


def _agreement(**changes: Any) -> dict[str, Any]:
    return {"kind": "agreement", "parties": ["PER", "KEN"], "status": "signed", **changes}


def _error(record: dict[str, Any], **kwargs: Any) -> SerialisationError:
    with pytest.raises(SerialisationError) as info:
        event_from_corpus_form(record, **kwargs)
    return info.value


# -- evidence ---------------------------------------------------------------------------


def test_spans_that_fit_the_text_win_over_the_quote() -> None:
    record = _agreement(spans=[[25, 30], [39, 47]], evidence="accord")
    event = event_from_corpus_form(record, text=TEXT)
    assert event.evidence == (Span.of(TEXT, 25, 30), Span.of(TEXT, 39, 47))
    assert event.evidence[0].text == "signé"


def test_one_span_outside_the_text_falls_back_to_the_quote() -> None:
    record = _agreement(spans=[[25, 30], [50, 500]], evidence="un accord")
    event = event_from_corpus_form(record, text=TEXT)
    at = TEXT.index("un accord")
    assert event.evidence == (Span.of(TEXT, at, at + len("un accord")),)


@pytest.mark.parametrize(
    "changes",
    [
        {"spans": [[5, 500]], "evidence": "un traité"},  # neither fits
        {"evidence": ""},  # an empty quote locates nothing
        {"spans": [[30, 25]]},  # start after end
    ],
)
def test_no_evidence_rather_than_a_wrong_one(changes: dict[str, Any]) -> None:
    assert event_from_corpus_form(_agreement(**changes), text=TEXT).evidence == ()


def test_the_first_occurrence_of_the_quote_is_taken() -> None:
    text = "Le Kenya a signé. Le Pérou a signé."
    event = event_from_corpus_form(_agreement(evidence="a signé"), text=text)
    assert event.evidence == (Span.of(text, 9, 16),)


@pytest.mark.parametrize("bad", [[[0, 1.0]], [[True, 3]], [[0, 1, 2]], ["0-1"], [{"start": 0}]])
def test_a_span_must_be_a_pair_of_integers(bad: list[Any]) -> None:
    error = _error(_agreement(spans=bad))
    assert (error.where, error.reason[:40]) == (
        "spans[0]",
        "expected a pair [start, end] of integers",
    )


# -- stages and persons -----------------------------------------------------------------


def test_a_stage_actor_is_the_person_of_that_name() -> None:
    record = _agreement(
        persons=[{"name": "Rosa Quispe", "role": "ministre", "party": "PER"}],
        stages=[
            {"stage": "signed", "date": "2025-03-10", "actor": "Rosa Quispe"},
            {"stage": "ratified", "actor": "Amos Wafula"},
        ],
        status=None,
    )
    event = event_from_corpus_form(record)
    assert isinstance(event, Agreement)
    signed, ratified = event.stages
    assert signed.actor == Person(name="Rosa Quispe", role="ministre", party=party("PER"))
    assert ratified.actor == Person(name="Amos Wafula")  # named nowhere else
    assert event.status is Stage.RATIFIED


def test_an_empty_list_of_stages_is_refused() -> None:
    error = _error(_agreement(stages=[]))
    assert (error.where, error.reason) == (
        "stages",
        "expected at least one stage, found a list of 0 items",
    )


def test_heads_are_persons_when_no_persons_are_given_and_must_be_names() -> None:
    event = event_from_corpus_form(_agreement(heads=["Rosa Quispe", "Amos Wafula"]))
    assert [p.name for p in event.persons] == ["Rosa Quispe", "Amos Wafula"]
    assert _error(_agreement(heads=[" Rosa"])).where == "heads[0]"
    assert _error(_agreement(heads=[3])).where == "heads[0]"
    # with persons given, a null « heads » is not checked against them
    both = event_from_corpus_form(_agreement(heads=None, persons=[{"name": "Rosa Quispe"}]))
    assert [p.name for p in both.persons] == ["Rosa Quispe"]


# -- keys by kind -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "key", "value", "words"),
    [
        ("consultation", "title", "Accord", "expected null for a consultation"),
        ("consultation", "quantity", 2, "expected null for a consultation"),
        ("agreement", "format", "visit", "expected null for an agreement"),
        ("agreement", "round", 2, "expected null for an agreement"),
        ("declaration", "stages", [], "expected null for a declaration"),
        ("declaration", "level", "ministres", "expected null for a declaration"),
    ],
)
def test_keys_of_another_kind_must_be_null(kind: str, key: str, value: object, words: str) -> None:
    record: dict[str, Any] = {"kind": kind, "parties": ["KEN"], key: value}
    if kind == "consultation":
        record["format"] = "visit"
    error = _error(record)
    assert error.where == key
    assert error.reason.startswith(words)


def test_keys_of_another_kind_may_be_null() -> None:
    record = {"kind": "declaration", "parties": ["KEN"], "format": None, "status": None}
    assert isinstance(event_from_corpus_form(record), Declaration)


def test_unknown_keys_are_listed_sorted_and_counted() -> None:
    error = _error(_agreement(zeta=1, alpha=2), where="events[3]")
    assert error.where == "events[3]"
    assert error.reason.endswith("found the unknown keys 'alpha', 'zeta'")
    assert _error(_agreement(zeta=1)).reason.endswith("found the unknown key 'zeta'")


def test_defaults_of_left_out_keys() -> None:
    agreement = event_from_corpus_form(_agreement())
    assert isinstance(agreement, Agreement)
    assert (agreement.instrument, agreement.quantity, agreement.background) == (
        InstrumentKind.AGREEMENT,
        None,
        False,
    )
    declaration = event_from_corpus_form({"kind": "declaration", "parties": ["KEN"]})
    assert isinstance(declaration, Declaration)
    assert declaration.declaration is DeclarationKind.STATEMENT
    talk = event_from_corpus_form(
        {"kind": "consultation", "parties": ["KEN"], "format": "visit", "round": None}
    )
    assert isinstance(talk, Consultation)
    assert (talk.round, talk.level, talk.date, talk.place) == (None, None, None, None)


def test_sides_and_trace_are_read_back_and_codes_are_ignored() -> None:
    record = _agreement(
        source=["KEN"], target=["PER"], rules=["agreement", "date.stage"], cameo="x", plover=1
    )
    event = event_from_corpus_form(record)
    assert event.source == (party("KEN"),)
    assert event.target == (party("PER"),)
    assert event.rules == ("agreement", "date.stage")
    assert _error(_agreement(rules=["agreement", None])).where == "rules[1]"
    assert _error(_agreement(source=["ZZZ"])).where == "source[0]"


def test_a_resolvers_own_lookup_error_is_reported_at_the_key() -> None:
    def resolve(code: str) -> Party:
        if code == "KEN":
            return party("KEN")
        raise KeyError(f"pas de {code}")

    error = _error(_agreement(), resolve_party=resolve, where="events[0]")
    assert error.where == "events[0].parties[0]"
    assert "found the string 'PER'" in error.reason
    assert "pas de PER" in error.reason


def test_a_custom_resolver_also_resolves_persons_parties() -> None:
    def resolve(code: str) -> Party:
        return Party(code=code, name=f"Groupe {code}", kind=PartyKind.ORGANISATION)

    record = _agreement(parties=["G1"], persons=[{"name": "Rosa Quispe", "party": "G2"}])
    event = event_from_corpus_form(record, resolve_party=resolve)
    assert event.persons[0].party == resolve("G2")


# -- documents --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("record", "where", "words"),
    [
        ({}, "id", "expected a document id, found null"),
        ({"id": 3}, "id", "expected a string, found the number 3"),
        ({"id": " "}, "record", "id must be a non-empty string"),
        ({"id": "d", "published": 2025}, "published", "EDTF date string or null"),
        ({"id": "d", "source_url": 5}, "source_url", "a string or null"),
        ({"id": "d", "events": {}}, "events", "a list or null"),
        ({"id": "d", "text": "x"}, "record", "unknown key 'text'"),
    ],
)
def test_document_record_errors(record: dict[str, Any], where: str, words: str) -> None:
    with pytest.raises(SerialisationError) as info:
        document_from_record(record)
    assert info.value.where == where
    assert words in info.value.reason


def test_a_document_record_with_null_events_has_none() -> None:
    doc = document_from_record({"id": "d", "published": "2025-03", "events": None}, text=TEXT)
    assert doc.events == ()
    assert doc.text == TEXT
    assert str(doc.published) == "2025-03"


_CODES = st.sampled_from(["KEN", "PER", "CHL", "NOR", "BOL"])


@settings(max_examples=40, deadline=None)
@given(
    st.lists(_CODES, min_size=1, max_size=4),
    st.sampled_from(list(Stage)),
    st.integers(0, len(TEXT)),
    st.integers(0, len(TEXT)),
)
def test_corpus_keys_survive_a_round_trip(
    codes: list[str], stage: Stage, start: int, end: int
) -> None:
    record = _agreement(
        parties=codes, status=stage.value, spans=[[min(start, end), max(start, end)]]
    )
    event = event_from_corpus_form(record, text=TEXT)
    form = to_corpus_form(event)
    assert form["parties"] == sorted(set(codes))
    assert form["status"] == stage.value
    assert form["spans"] == [[min(start, end), max(start, end)]]
    assert form["evidence"] == TEXT[min(start, end) : max(start, end)]
    assert event_from_corpus_form(form, text=TEXT) == event
