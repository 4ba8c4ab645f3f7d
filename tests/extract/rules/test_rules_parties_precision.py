# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""Party rules for precision: a state or an organisation spoken of is no side.

Each text yields events, so that "no side added" cannot pass by extracting nothing.
The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from _examples import run, summary

NOT_SIDES = [
    pytest.param(
        "La Turquie, pays membre de l'OTAN, et le Maroc ont signé mardi un accord sur la pêche.",
        ["agreement MAR-TUR signed 2025-06-10"],
        id="apposition-member-of",
    ),
    pytest.param(
        "Le ministre marocain s'est entretenu lundi à Rabat avec son homologue turc. La Turquie, membre de l'OTAN, a signé mardi avec le Maroc un accord sur la pêche.",
        [
            "consultation MAR-TUR meeting 2025-06-09 @Rabat",
            "agreement MAR-TUR signed 2025-06-10 @Rabat",
        ],
        id="apposition-member-without-determiner",
    ),
    pytest.param(
        "Le ministre cambodgien a reçu lundi à Siem Reap, un site du patrimoine mondial de l'UNESCO, son homologue chinois.",
        ["consultation CHN-KHM meeting 2025-06-09 @Siem Reap"],
        id="apposition-heritage-site",
    ),
]
"""An apposition saying what a place or a party is in relation to another ("membre
de l'OTAN", "un site du patrimoine mondial de l'UNESCO"): the other is no side."""

STILL_SIDES = [
    pytest.param(
        "Le ministre marocain a rencontré lundi à Rabat le secrétaire général de l'OTAN.",
        ["consultation MAR-NATO meeting 2025-06-09 @Rabat"],
        id="organisation-met",
    ),
    pytest.param(
        "Le Maroc, le Sénégal et la Guinée ont signé lundi un accord sur la pêche.",
        ["agreement GIN-MAR-SEN signed 2025-06-09"],
        id="list-of-sides",
    ),
    pytest.param(
        "Le ministre marocain s'est entretenu lundi avec son homologue de l'Union africaine, partenaire de longue date du royaume.",
        ["consultation AU-MAR meeting 2025-06-09"],
        id="apposition-after-the-side",
    ),
]
"""Sides that stay: the organisation met, a list of states, an apposition on a side
already named before it."""


@pytest.mark.parametrize(("text", "events"), NOT_SIDES + STILL_SIDES)
def test_sides(text: str, events: list[str]) -> None:
    assert summary(run(text)) == events
