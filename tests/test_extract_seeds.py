"""The facts of the five seed articles, each asserted exactly."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from diplorel import (
    Agreement,
    Consultation,
    ConsultationFormat,
    Declaration,
    Document,
    PartialDate,
    Sector,
    Stage,
    extract,
)

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@cache
def seed(number: int) -> Document:
    path = SEEDS / f"seed-{number:03d}.txt"
    return extract(path.read_text(encoding="utf-8"), doc_id=path.stem)


def codes(event: Agreement | Consultation | Declaration) -> tuple[str, ...]:
    return event.party_codes


def test_seed0_three_agreements_approved_by_decree() -> None:
    agreements = [e for e in seed(0).events if isinstance(e, Agreement)]
    assert len(agreements) == 3
    for agreement in agreements:
        assert codes(agreement) == ("AZE", "MAR")
        assert agreement.status is Stage.APPROVED
        assert not agreement.background
    assert [set(a.sectors) for a in agreements] == [
        {Sector.LOGISTICS},
        {Sector.ENERGY},
        {Sector.ENVIRONMENT},
    ]
    assert any("Aliyev" in p.name for a in agreements for p in a.persons)


def test_seed0_second_joint_commission() -> None:
    commissions = [
        e
        for e in seed(0).events
        if isinstance(e, Consultation) and e.format is ConsultationFormat.JOINT_COMMISSION
    ]
    assert len(commissions) == 1
    assert codes(commissions[0]) == ("AZE", "MAR")
    assert commissions[0].round == 2


def test_seed0_repeated_body_reports_nothing_new() -> None:
    doc = seed(0)
    half = len(doc.text) // 2
    assert all(span.start < half for event in doc.events for span in event.evidence[:1])


def test_seed1_ratification_of_the_military_agreement() -> None:
    (agreement,) = seed(1).events
    assert isinstance(agreement, Agreement)
    assert codes(agreement) == ("AZE", "MAR")
    assert agreement.status is Stage.RATIFIED
    assert agreement.date == PartialDate(month=12, day=27)
    assert Sector.DEFENSE in agreement.sectors
    assert agreement.title is not None
    assert agreement.title.startswith("Accord entre les gouvernements")


def test_seed2_first_political_consultations_with_canada() -> None:
    doc = seed(2)
    assert doc.published == PartialDate(month=6, day=10)
    (consultation,) = doc.events
    assert isinstance(consultation, Consultation)
    assert consultation.format is ConsultationFormat.POLITICAL_CONSULTATIONS
    assert codes(consultation) == ("AZE", "CAN")
    assert consultation.round == 1
    assert consultation.date == PartialDate(month=6, day=10)
    heads = {p.name for p in consultation.persons}
    assert {"Esmira Djafarova", "Andreas Weichert"} <= heads


def test_seed3_joint_declaration_and_background_justice_agreement() -> None:
    doc = seed(3)
    assert doc.published == PartialDate(year=2025, month=5)
    declarations = [e for e in doc.events if isinstance(e, Declaration)]
    assert len(declarations) == 1
    declaration = declarations[0]
    assert codes(declaration) == ("AZE", "VNM")
    assert declaration.date == PartialDate(year=2025, month=5)
    assert declaration.establishes is not None
    assert "partenariat stratégique" in declaration.establishes
    agreements = [e for e in doc.events if isinstance(e, Agreement)]
    assert len(agreements) == 1
    justice = agreements[0]
    assert codes(justice) == ("AZE", "VNM")
    assert justice.status is Stage.SIGNED
    assert justice.date == PartialDate(year=2016, month=3, day=8)
    assert justice.background
    assert Sector.JUSTICE in justice.sectors


def test_seed4_second_round_in_algiers_and_the_meeting_with_the_minister() -> None:
    doc = seed(4)
    assert doc.published == PartialDate(year=2025, month=4, day=22)
    consultations = [e for e in doc.events if isinstance(e, Consultation)]
    rounds = [e for e in consultations if e.format is ConsultationFormat.POLITICAL_CONSULTATIONS]
    assert len(rounds) == 1
    second = rounds[0]
    assert codes(second) == ("AZE", "DZA")
    assert second.round == 2
    assert second.place == "Alger"
    assert second.date == PartialDate(year=2025, month=4, day=21)
    heads = {p.name for p in second.persons}
    assert {"Yaltchin Rafiyev", "Lounes Magramane"} <= heads
    meetings = [e for e in consultations if e.format is ConsultationFormat.MEETING]
    assert len(meetings) == 1
    assert codes(meetings[0]) == ("AZE", "DZA")
    assert "Ahmed Attaf" in {p.name for p in meetings[0].persons}
