"""Sides of events on unseen text: parties named around an event that are not its sides.

Examples written for diplorel; none comes from the annotated corpus.
"""

from __future__ import annotations

import pytest

from diplorel import extract

PUBLISHED = "2025-06-10"


@pytest.mark.parametrize(
    "opposed",
    [
        "la lutte contre l'ingérence iranienne",
        "l'action contre les mesures russes",
        "contrer la décision américaine",
    ],
)
def test_a_party_opposed_is_no_side(opposed: str) -> None:
    (event,) = extract(
        f"Le ministre tunisien, chargé de {opposed}, s'est entretenu mardi avec son "
        "homologue libyen.",
        published=PUBLISHED,
    ).events
    assert event.party_codes == ("LBY", "TUN")


def test_sides_named_around_contre_are_still_sides() -> None:
    (event,) = extract(
        "Le ministre marocain, engagé contre la corruption, a reçu mardi à Rabat son "
        "homologue sénégalais, puis le Maroc et le Sénégal ont signé un accord contre la "
        "double imposition.",
        published=PUBLISHED,
    ).events[:1]
    assert event.party_codes == ("MAR", "SEN")


def test_a_capital_named_as_a_capital_is_no_side() -> None:
    events = extract(
        "Le ministre jordanien s'est entretenu lundi à Amman avec son homologue égyptien "
        "de la décision de reconnaître la ville comme capitale d'Israël.",
        published=PUBLISHED,
    ).events
    assert [e.party_codes for e in events] == [("EGY", "JOR")]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Le vice-président brésilien a effectué mardi une visite au Paraguay, un voisin "
            "de longue date de l'Argentine.",
            ("BRA", "PRY"),
        ),
        (
            "Le ministre malien s'est entretenu lundi avec son homologue nigérien, un proche "
            "allié du Burkina Faso.",
            ("MLI", "NER"),
        ),
    ],
)
def test_a_party_in_an_apposition_is_no_side(text: str, sides: tuple[str, ...]) -> None:
    (event,) = extract(text, published=PUBLISHED).events
    assert event.party_codes == sides


def test_a_party_after_a_plain_comma_is_still_a_side() -> None:
    # two meetings, one after the other (consultation.roles): Burkina Faso is a side
    first, second = extract(
        "Le ministre malien s'est entretenu lundi avec son homologue nigérien, puis avec le "
        "ministre du Burkina Faso.",
        published=PUBLISHED,
    ).events
    assert (first.party_codes, second.party_codes) == (("MLI", "NER"), ("BFA", "MLI"))
