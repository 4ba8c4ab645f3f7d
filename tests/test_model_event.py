"""Tests of diplorel.model._event and of the small values events hold.

Persons (``_person``), spans (``_span``), sectors (``_sector``) and documents
(``_document``) are tested here too: they exist for events.
"""

from __future__ import annotations

from collections.abc import Callable

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplorel import strategies as ds
from diplorel._registry import party
from diplorel.errors import InvalidValueError
from diplorel.model import (
    Agreement,
    AgreementStage,
    Consultation,
    ConsultationFormat,
    DateSpan,
    DateValue,
    Declaration,
    DeclarationKind,
    Document,
    Event,
    EventKind,
    InstrumentKind,
    LifeCycleConflict,
    PartialDate,
    Person,
    Sector,
    Span,
    Stage,
    _event,
    event_sort_key,
    life_cycle_conflict,
)

AZE, MAR = party("AZE"), party("MAR")


def day(text: str) -> DateValue:
    return PartialDate.parse(text) if "/" not in text else DateSpan.parse(text)


def stage(name: str, when: str | None = None) -> AgreementStage:
    return AgreementStage(stage=Stage(name), date=None if when is None else day(when))


# -- events: examples ---------------------------------------------------------------------


def test_consultation_repr_and_fields() -> None:
    event = Consultation(
        parties=[MAR, AZE, MAR],
        format=ConsultationFormat.JOINT_COMMISSION,
        round=2,
        date=day("2025-04-21"),
        place="Bakou",
        sectors={"trade", Sector.ENERGY},
        background=True,
    )
    assert event.parties == (AZE, MAR)
    assert event.party_codes == ("AZE", "MAR")
    assert event.sectors == frozenset({Sector.TRADE, Sector.ENERGY})
    assert event.kind is EventKind.CONSULTATION
    assert event.involves("MAR")
    assert not event.involves("DZA")
    assert repr(event) == (
        "<Consultation AZE-MAR joint_commission round 2 2025-04-21 à Bakou "
        "[energy,trade] (background)>"
    )


def test_agreement_repr_status_and_stage_lookup() -> None:
    event = Agreement(
        parties=[AZE, MAR],
        instrument="memorandum",
        title="Mémorandum d'entente sur la coopération logistique",
        stages=[stage("signed", "2024-05"), stage("approved", "2025-01-10")],
    )
    assert event.status is Stage.APPROVED
    assert event.instrument is InstrumentKind.MEMORANDUM
    found = event.stage("signed")
    assert found is not None
    assert found.date == day("2024-05")
    assert event.stage(Stage.RATIFIED) is None
    assert repr(event) == (
        """<Agreement AZE-MAR memorandum approved "Mémorandum d'entente sur la coopérati...">"""
    )
    assert repr(event.stages[0]) == "<signed 2024-05>"
    assert repr(stage("in_force")) == "<in_force>"


def test_declaration_defaults_and_repr() -> None:
    event = Declaration(parties=[AZE], title="Déclaration de Bakou")
    assert event.declaration is DeclarationKind.STATEMENT
    assert event.kind.value == "declaration"
    assert repr(event) == "<Declaration AZE statement 'Déclaration de Bakou'>"


def test_events_are_values() -> None:
    a = Consultation(parties=[AZE, MAR], format="visit", sectors=["trade"])
    b = Consultation(parties=[MAR, AZE], format=ConsultationFormat.VISIT, sectors={Sector.TRADE})
    assert a == b
    assert hash(a) == hash(b)
    c = attrs.evolve(a, round=3)
    assert c.round == 3
    assert a.round is None
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        a.round = 2  # type: ignore[misc]


@pytest.mark.parametrize(
    ("build", "words"),
    [
        (lambda: Consultation(parties=[], format="visit"), "at least one party"),
        (lambda: Consultation(parties=["AZE"], format="visit"), "Party values"),  # type: ignore[list-item]
        (lambda: Consultation(parties=[AZE], format="tea"), "format must be one of"),
        (lambda: Consultation(parties=[AZE], format="visit", round=0), "round"),
        (lambda: Consultation(parties=[AZE], format="visit", round=True), "round"),
        (lambda: Consultation(parties=[AZE], format="visit", round="2"), "round"),  # type: ignore[arg-type]
        (lambda: Consultation(parties=[AZE], format="visit", level=""), "level"),
        (lambda: Consultation(parties=[AZE], format="visit", place=" "), "place"),
        (lambda: Consultation(parties=[AZE], format="visit", date="2025"), "date"),  # type: ignore[arg-type]
        (lambda: Consultation(parties=[AZE], format="visit", sectors=["fish"]), "sectors"),
        (lambda: Consultation(parties=[AZE], format="visit", persons=["Ali"]), "persons"),  # type: ignore[list-item]
        (lambda: Consultation(parties=[AZE], format="visit", evidence=[(0, 1)]), "evidence"),  # type: ignore[list-item]
        (lambda: Agreement(parties=[AZE]), "at least one stage"),
        (lambda: Agreement(parties=[AZE], stages=[stage("signed")], quantity=1), "quantity"),
        (lambda: Agreement(parties=[AZE], stages=[stage("signed")], quantity=2.0), "quantity"),  # type: ignore[arg-type]
        (lambda: Agreement(parties=[AZE], stages=[stage("signed")], instrument="x"), "instrument"),
        (lambda: Agreement(parties=[AZE], stages=[stage("signed")], title=""), "title"),
        (lambda: Declaration(parties=[AZE], declaration="speech"), "declaration must be"),
        (lambda: AgreementStage(stage="sealed"), "stage must be one of"),
        (lambda: AgreementStage(stage="signed", source=""), "source"),
    ],
)
def test_invalid_events_name_the_field(build: Callable[[], object], words: str) -> None:
    with pytest.raises(InvalidValueError, match=words):
        build()


def test_background_must_be_a_bool() -> None:
    with pytest.raises(TypeError):
        Consultation(parties=[AZE], format="visit", background=1)  # type: ignore[arg-type]


def test_stages_must_follow_the_life_cycle() -> None:
    with pytest.raises(InvalidValueError, match="life-cycle order"):
        Agreement(parties=[AZE], stages=[stage("ratified"), stage("signed")])


def test_stage_dates_must_not_go_backwards() -> None:
    with pytest.raises(InvalidValueError, match="ratified dated 2020 is before signed"):
        Agreement(parties=[AZE], stages=[stage("signed", "2021-03"), stage("ratified", "2020")])


def test_stage_dates_must_not_go_backwards_across_an_undated_stage() -> None:
    with pytest.raises(InvalidValueError, match="in_force dated 2019 is before signed"):
        Agreement(
            parties=[AZE],
            stages=[stage("signed", "2021"), stage("ratified"), stage("in_force", "2019")],
        )


def test_stage_dates_may_be_unordered_when_not_surely_before() -> None:
    agreement = Agreement(
        parties=[AZE],
        stages=[
            stage("signed", "2021-05"),
            stage("signed", "2021-04-30"),  # two sources disagree on one stage
            stage("approved", "2021"),  # coarser: not surely before
            stage("ratified", "XXXX-01-02"),  # unknown year: never surely before
            stage("in_force", "2021-05-20/2021-06-01"),
        ],
    )
    assert agreement.status is Stage.IN_FORCE


def test_event_sort_key_orders_chronologically_with_undated_last() -> None:
    undated = Declaration(parties=[AZE])
    late = Consultation(parties=[AZE], format="visit", date=day("2025-05-02"))
    early = Consultation(parties=[AZE], format="visit", date=day("2024-12-01/2025-01-03"))
    unknown_year = Consultation(parties=[AZE], format="visit", date=day("XXXX-06-10"))
    events: list[Event] = [undated, late, early, unknown_year]
    assert sorted(events, key=event_sort_key) == [unknown_year, early, late, undated]


# -- persons, spans, sectors --------------------------------------------------------------


def test_person_repr_and_family_name() -> None:
    person = Person(name="Djeyhoun Baïramov", role="ministre", party=AZE)
    assert repr(person) == "Person('Djeyhoun Baïramov', role='ministre', party='AZE')"
    assert repr(Person(name="Ali")) == "Person('Ali')"
    assert person.family_name == "Baïramov"


@pytest.mark.parametrize("name", ["", " ", " Ali", "Ali ", 3])
def test_person_names_are_trimmed_non_empty_strings(name: object) -> None:
    with pytest.raises(InvalidValueError, match="name"):
        Person(name=name)  # type: ignore[arg-type]


def test_person_role_and_party_are_checked() -> None:
    with pytest.raises(InvalidValueError, match="role"):
        Person(name="Ali", role="")
    with pytest.raises(TypeError):
        Person(name="Ali", party="AZE")  # type: ignore[arg-type]


def test_span_of_repr_len_and_overlap() -> None:
    text = "Bakou et Rabat ont signé"
    span = Span.of(text, 9, 14)
    assert span == Span(start=9, end=14, text="Rabat")
    assert repr(span) == "Span(9, 14, 'Rabat')"
    assert len(span) == 5
    assert span.overlaps(Span.of(text, 13, 20))
    assert not span.overlaps(Span.of(text, 14, 20))
    assert repr(Span.of("x" * 100, 0, 100)) == f"Span(0, 100, {'x' * 57 + '...'!r})"


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        ({"start": -1, "end": 0, "text": "x"}, "start"),
        ({"start": 2, "end": 1, "text": ""}, "before start"),
        ({"start": 0, "end": 2, "text": "x"}, "1 characters"),
        ({"start": True, "end": 1, "text": "x"}, "start"),
    ],
)
def test_invalid_spans(fields: dict[str, object], words: str) -> None:
    with pytest.raises(InvalidValueError, match=words):
        Span(**fields)  # type: ignore[arg-type]


def test_span_of_checks_the_bounds() -> None:
    with pytest.raises(InvalidValueError, match="does not fit"):
        Span.of("abc", 2, 4)


def test_sector_values_are_stable_strings() -> None:
    assert Sector("agriculture") is Sector.AGRICULTURE
    assert [s.value for s in Sector][:3] == ["defense", "security", "energy"]
    assert len(Sector) == 17


# -- documents ------------------------------------------------------------------------------


def test_document_repr_and_evidence_check() -> None:
    text = "Bakou et Rabat ont signé un accord."
    event = Agreement(
        parties=[AZE, MAR], stages=[stage("signed")], evidence=[Span.of(text, 15, 24)]
    )
    doc = Document(id="seed", text=text, published=PartialDate.parse("2025-05"), events=[event])
    assert repr(doc) == "<Document 'seed' 2025-05 1 events>"
    assert doc.events == (event,)
    with pytest.raises(InvalidValueError, match=r"events\[0\].evidence"):
        Document(id="seed", text="autre texte", events=[event])
    staged = Agreement(
        parties=[AZE],
        stages=[AgreementStage(stage="signed", evidence=Span(start=0, end=3, text="xyz"))],
    )
    with pytest.raises(InvalidValueError, match="does not slice"):
        Document(id="seed", text=text, events=[staged])


def test_document_fields_are_checked() -> None:
    with pytest.raises(InvalidValueError, match="id"):
        Document(id=" ", text="")
    with pytest.raises(InvalidValueError, match="events must hold events"):
        Document(id="a", text="", events=["x"])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        Document(id="a", text="", published=day("2024/2025"))  # type: ignore[arg-type]


# -- properties -------------------------------------------------------------------------------


@settings(max_examples=100, deadline=None)
@given(ds.events())
def test_generated_events_keep_their_invariants(event: Event) -> None:
    assert event.parties
    assert list(event.parties) == sorted(set(event.parties))
    assert attrs.evolve(event) == event
    assert hash(attrs.evolve(event)) == hash(event)
    if isinstance(event, Agreement):
        ranks = [item.stage.rank for item in event.stages]
        assert ranks == sorted(ranks)
        assert event.status is event.stages[-1].stage


@settings(max_examples=50, deadline=None)
@given(ds.documents())
def test_generated_documents_slice_their_text(doc: Document) -> None:
    for event in doc.events:
        for span in event.evidence:
            assert doc.text[span.start : span.end] == span.text


def test_the_life_cycle_rule_is_one_public_function() -> None:
    signed = AgreementStage(stage="signed", date=PartialDate.parse("2024-05-03"))
    ratified_before = AgreementStage(stage="ratified", date=PartialDate.parse("2023-01-10"))
    ratified_after = AgreementStage(stage="ratified", date=PartialDate.parse("2024-09-01"))
    assert life_cycle_conflict((signed, ratified_after)) is None
    assert "is before signed" in str(life_cycle_conflict((signed, ratified_before)))
    assert "life-cycle order" in str(life_cycle_conflict((ratified_after, signed)))


def test_a_life_cycle_conflict_is_structured() -> None:
    signed = AgreementStage(stage="signed", date=PartialDate.parse("2024-05-03"))
    ratified = AgreementStage(stage="ratified", date=PartialDate.parse("2023-01-10"))
    dates = life_cycle_conflict((signed, ratified))
    assert dates == LifeCycleConflict(earlier=signed, later=ratified)
    assert dates.message("stages") == (
        "stages: ratified dated 2023-01-10 is before signed dated 2024-05-03"
    )
    order = life_cycle_conflict((ratified, signed))
    assert order == LifeCycleConflict(order=(Stage.RATIFIED, Stage.SIGNED))
    assert order.message("stages") == (
        "stages must be in life-cycle order, not ['ratified', 'signed']"
    )
    with pytest.raises(InvalidValueError, match=r"^stages must be in life-cycle order"):
        Agreement(parties=(party("FRA"),), stages=(ratified, signed))


@given(
    ds.events(),
    st.text(max_size=20) | st.sampled_from(["d1", 'a "quoted" \\ id\n', "é\u2028\x00"]),
    st.integers(0, 3),
)
def test_event_id_text_is_the_json_dump_of_the_identity(
    event: Event, document_id: str, occurrence: int
) -> None:
    """The id's text written directly is the one ``json.dumps`` gives (same ids)."""
    direct = _event._identity_json(document_id, event, occurrence)
    assert direct == _event._identity_dumps(document_id, event, occurrence)
