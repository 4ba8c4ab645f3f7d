"""The life-cycle of one agreement within one article.

Examples written for diplorel; none comes from the annotated corpus.
"""

from __future__ import annotations

from diplorel import Agreement, PartialDate, Stage, extract


def _agreement(text: str, published: str) -> Agreement:
    (event,) = extract(text, published=published).events
    assert isinstance(event, Agreement)
    return event


def test_every_stage_with_its_own_date_and_the_latest_stage_decides() -> None:
    event = _agreement(
        "La convention d'entraide judiciaire entre la Suisse et le Pérou a été paraphée en "
        "2019 à Genève. Elle a été signée le 2 mai 2021 à Berne par les ministres de la "
        "Justice des deux pays. Le Parlement péruvien l'a approuvée le 9 mars 2023, et la "
        "convention est en vigueur depuis le 1er juillet.",
        "2024-07-10",
    )
    assert [(s.stage, str(s.date)) for s in event.stages] == [
        (Stage.NEGOTIATED, "2019"),
        (Stage.SIGNED, "2021-05-02"),
        (Stage.APPROVED, "2023-03-09"),
        (Stage.IN_FORCE, "2024-07-01"),
    ]
    assert event.status is Stage.IN_FORCE
    assert event.date == PartialDate(year=2024, month=7, day=1)
    assert event.place is None  # a later stage does not inherit Geneva


def test_a_bill_and_a_prospect_are_no_stages() -> None:
    event = _agreement(
        "Le Conseil de gouvernement s'est informé jeudi de l'accord sur la pêche signé le "
        "3 mars 2025 entre le Maroc et la Gambie. Il a également examiné le projet de loi "
        "n° 12.25 portant approbation dudit accord, ouvrant la voie à son entrée en vigueur.",
        "2025-06-06",
    )
    assert [s.stage for s in event.stages] == [Stage.SIGNED]
    assert event.date == PartialDate(year=2025, month=3, day=3)


def test_a_stage_of_another_instrument_is_not_this_ones() -> None:
    text = (
        "Le Ghana et le Togo ont signé mardi à Accra un accord sur la pêche. Un traité "
        "d'extradition entre les deux pays est en vigueur depuis 2010."
    )
    events = extract(text, published="2024-05-08").events
    fishing = next(e for e in events if isinstance(e, Agreement) and e.status is Stage.SIGNED)
    assert [s.stage for s in fishing.stages] == [Stage.SIGNED]
    assert fishing.place == "Accra"


def test_a_disabled_veto_does_not_act_on_the_life_cycle_either() -> None:
    text = (
        "La Suisse et le Kenya ont signé le 2 mai 2021 à Berne une convention fiscale. "
        "Elle n'a pas encore été ratifiée par le Parlement kényan."
    )
    (vetoed,) = extract(text, published="2024-01-01").events
    assert isinstance(vetoed, Agreement)
    assert [s.stage for s in vetoed.stages] == [Stage.SIGNED]
    (kept,) = extract(text, published="2024-01-01", disabled_rules={"cue.negated-verb"}).events
    assert isinstance(kept, Agreement)
    assert [s.stage for s in kept.stages] == [Stage.SIGNED, Stage.RATIFIED]
    assert "stage.life-cycle" in kept.rules
