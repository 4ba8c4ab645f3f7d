"""Which side a person speaks for when offices of a state and of an organisation are
both written around the name.

Examples written for diplorel; none comes from the annotated corpus.
"""

from __future__ import annotations

import pytest

from diplorel import extract


def _sides(text: str) -> list[tuple[str, str | None]]:
    events = extract(text, published="2025-06-10").events
    assert events
    return [(p.name, p.party.code if p.party else None) for p in events[0].persons]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Le Premier ministre thaïlandais Somchai Rattanakul, président en exercice de "
            "l'ASEAN, a reçu lundi à Bangkok le président philippin.",
            [("Somchai Rattanakul", "THA")],
        ),
        (
            "Le président sénégalais s'est entretenu mardi avec le président ghanéen, Kwame "
            "Mensah, président en exercice de la CEDEAO.",
            [("Kwame Mensah", "GHA")],
        ),
        (
            "Le chef de l'État angolais, João Pedro, médiateur désigné par l'Union africaine, "
            "a reçu jeudi à Luanda le ministre rwandais des Affaires étrangères.",
            [("João Pedro", "AGO")],
        ),
    ],
)
def test_a_states_office_before_the_name_gives_the_side(
    text: str, sides: list[tuple[str, str | None]]
) -> None:
    """The chair of an organisation or a mediation is a hat the state's leader wears."""
    assert _sides(text) == sides


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "L'ancien Premier ministre italien Marco Bianchi, envoyé spécial de l'ONU pour "
            "la Libye, a rencontré lundi à Tripoli le ministre libyen.",
            [("Marco Bianchi", "UN")],
        ),
        (
            "Le secrétaire général de l'ONU, Pedro Alves, a reçu lundi à New York le "
            "ministre bolivien des Affaires étrangères.",
            [("Pedro Alves", "UN")],
        ),
        (
            "Le président ghanéen Kwame Mensah a reçu mardi à Accra le Premier ministre "
            "togolais, Koffi Dossou, ancien ministre des Affaires étrangères.",
            [("Kwame Mensah", "GHA"), ("Koffi Dossou", "TGO")],
        ),
    ],
)
def test_otherwise_the_office_after_the_name_gives_it(
    text: str, sides: list[tuple[str, str | None]]
) -> None:
    """A former office of a state, or no state's office at all, leaves the one after."""
    assert _sides(text) == sides
