"""Tests of diplorel.strategies: every strategy yields only valid values."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable

import pytest
from hypothesis import Phase, find, given, settings
from hypothesis import strategies as st

from diplorel import strategies as ds
from diplorel._registry import party_or_none
from diplorel.model import (
    Agreement,
    AgreementStage,
    Consultation,
    DateSpan,
    DateValue,
    Declaration,
    Document,
    Event,
    PartialDate,
    Party,
    PartyKind,
    Person,
    Sector,
    Span,
    surely_before,
)

many = settings(max_examples=60, deadline=None)
# For find(): stop at the first example, without shrinking it.
first = settings(max_examples=1000, phases=[Phase.generate], database=None, deadline=None)
some = settings(max_examples=25, deadline=None)


def test_importing_without_hypothesis_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "hypothesis", None)
    monkeypatch.delitem(sys.modules, "diplorel.strategies")
    with pytest.raises(ImportError, match=r"diplorel\[test\]"):
        importlib.import_module("diplorel.strategies")


@many
@given(ds.states())
def test_states_are_registered_states(value: Party) -> None:
    assert value.kind is PartyKind.STATE
    assert party_or_none(value.code) is value


@many
@given(ds.organisations(registered_only=True))
def test_registered_organisations(value: Party) -> None:
    assert value.kind is PartyKind.ORGANISATION
    assert party_or_none(value.code) is value


@many
@given(ds.organisations())
def test_organisations_are_valid(value: Party) -> None:
    assert value.kind is PartyKind.ORGANISATION
    assert value.alpha2 is None
    assert value.name.strip() == value.name


def test_organisations_include_unregistered_ones() -> None:
    found = find(ds.organisations(), lambda p: party_or_none(p.code) is None, settings=first)
    assert isinstance(found, Party)


@many
@given(ds.parties(registered_only=True))
def test_registered_parties(value: Party) -> None:
    assert party_or_none(value.code) is value


@many
@given(ds.partial_dates(min_year=2000, max_year=2001))
def test_partial_dates_respect_the_year_range(value: PartialDate) -> None:
    assert value.year is None or 2000 <= value.year <= 2001
    assert PartialDate.parse(str(value)) == value


def test_partial_dates_cover_every_shape() -> None:
    def shape(date: PartialDate) -> str:
        return "".join(name for name, part in zip("ymd", date.sort_key, strict=True) if part)

    def has_shape(wanted: str) -> Callable[[PartialDate], bool]:
        return lambda date: shape(date) == wanted

    for wanted in ("y", "ym", "ymd", "md", "m"):
        found = find(ds.partial_dates(), has_shape(wanted), settings=first)
        assert shape(found) == wanted


@many
@given(ds.date_spans())
def test_date_spans_are_valid(value: DateSpan) -> None:
    assert value.start != value.end
    if (value.start.year is None) == (value.end.year is None):
        assert value.start < value.end


@many
@given(ds.date_values())
def test_date_values(value: DateValue) -> None:
    assert isinstance(value, PartialDate | DateSpan)


@many
@given(ds.sectors())
def test_sectors(value: Sector) -> None:
    assert value in set(Sector)


@many
@given(ds.persons())
def test_persons(value: Person) -> None:
    assert value.name == value.name.strip() != ""
    assert value.party is None or isinstance(value.party, Party)


@many
@given(st.text(max_size=40).flatmap(lambda text: st.tuples(st.just(text), ds.spans(text))))
def test_spans_slice_their_text(pair: tuple[str, Span]) -> None:
    text, span = pair
    assert text[span.start : span.end] == span.text


@many
@given(ds.agreement_stages("du texte"))
def test_agreement_stages(value: AgreementStage) -> None:
    assert value.evidence is None or "du texte"[value.evidence.start : value.evidence.end] == (
        value.evidence.text
    )


@some
@given(ds.agreements())
def test_agreement_stages_are_ordered_and_never_go_backwards(value: Agreement) -> None:
    ranks = [item.stage.rank for item in value.stages]
    assert ranks == sorted(ranks)
    for index, earlier in enumerate(value.stages):
        for later in value.stages[index + 1 :]:
            if later.stage is not earlier.stage:
                assert not surely_before(later.date, earlier.date)
    assert value.evidence == ()


def test_agreements_have_several_dated_stages_sometimes() -> None:
    found = find(
        ds.agreements(),
        lambda a: len({s.stage for s in a.stages if s.date is not None}) >= 3,
        settings=first,
    )
    assert len(found.stages) >= 3


@some
@given(ds.consultations(), ds.declarations())
def test_consultations_and_declarations(
    consultation: Consultation, declaration: Declaration
) -> None:
    assert consultation.parties
    assert declaration.parties
    assert consultation.round is None or consultation.round >= 1


@some
@given(ds.events(registered_only=True))
def test_events_with_registered_parties_only(value: Event) -> None:
    parties = list(value.parties) + [p.party for p in value.persons if p.party is not None]
    for item in parties:
        assert party_or_none(item.code) is item


@some
@given(ds.documents())
def test_documents_have_evidence_in_their_text(doc: Document) -> None:
    assert len(doc.events) <= 3
    for event in doc.events:
        spans = list(event.evidence)
        if isinstance(event, Agreement):
            spans += [s.evidence for s in event.stages if s.evidence is not None]
        for span in spans:
            assert doc.text[span.start : span.end] == span.text


def test_documents_with_evidence_exist() -> None:
    found = find(
        ds.documents(),
        lambda d: any(len(e.evidence) > 0 and len(e.evidence[0]) > 0 for e in d.events),
        settings=first,
    )
    assert found.text
