"""``vetoed()`` names the vetoes tried after the sentence rules too (issue 9): those on
the assembled drafts (``cue.not-yet`` …) and the finish pass's ``finish.weak-duplicate``,
which drop an event without leaving it a trace. Examples written for diplorel.
"""

from __future__ import annotations

import pytest

from diplorel import extract
from diplorel.extract import vetoed


@pytest.mark.parametrize(
    ("text", "trigger", "rule"),
    [
        (
            "Le ministre ghanéen s'est entretenu lundi à Accra avec son homologue togolais. "
            "La signature du protocole sanitaire entre le Ghana et le Togo a été reportée.",
            "protocole",
            "cue.not-yet",
        ),
        (
            "Le président kényan a reçu lundi à Nairobi son homologue tanzanien. "
            "La signature de l'accord de pêche entre le Kenya et la Tanzanie a été reportée.",
            "accord",
            "cue.not-yet",
        ),
        (
            "Le vice-président ghanéen a représenté le chef de l'État au sommet de la Conférence "
            "des chefs d'État de la CEDEAO, tenu lundi à Abuja.",
            "Conférence",
            "finish.weak-duplicate",
        ),
    ],
)
def test_later_vetoes_are_reported(text: str, trigger: str, rule: str) -> None:
    """The trigger a later veto dropped is listed with the veto's name, and the veto
    switched off lets its event through (so it did drop one)."""
    found = vetoed(text, published="2025-06-12")
    at = text.index(trigger)
    assert any(span.start <= at < span.end and name == rule for span, name in found)
    assert len(extract(text, published="2025-06-12", disabled_rules=[rule]).events) > len(
        extract(text, published="2025-06-12").events
    )
    assert all(
        name != rule for _span, name in vetoed(text, published="2025-06-12", disabled_rules=[rule])
    )


def test_a_kept_event_is_no_veto() -> None:
    """A text whose events all stand lists no trigger stopped."""
    text = "Le Ghana et le Togo ont signé lundi à Accra un accord sur le corridor routier."
    assert extract(text, published="2025-06-12").events
    assert vetoed(text, published="2025-06-12") == ()
