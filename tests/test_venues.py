"""A venue that names its city: seats of power and buildings "de" a city.

Examples written for diplorel; none comes from the annotated corpus.
"""

from __future__ import annotations

import pytest

from diplorel import extract


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Le président Macron a reçu mardi à l'Élysée le chancelier autrichien.", "Paris"),
        ("Le président russe a reçu au Kremlin son homologue congolais lundi.", "Moscou"),
        (
            "Le président kényan a été reçu à la Maison-Blanche par le président américain.",
            "Washington",
        ),
        ("Le président tunisien a reçu au palais de Carthage le ministre libyen.", "Tunis"),
        ("Le président Tebboune a reçu à la Mouradia le ministre tunisien.", "Alger"),
        ("Le président malien a reçu au palais de Koulouba le ministre nigérien.", "Bamako"),
        (
            "Le président turc a reçu au complexe présidentiel d'Ankara son homologue azéri.",
            "Ankara",
        ),
    ],
)
def test_a_seat_of_power_as_venue_gives_its_city(text: str, place: str) -> None:
    (event,) = extract(text, published="2025-03-04").events
    assert event.place == place


@pytest.mark.parametrize(
    "text",
    [
        # the seat as a subject is a side, not a venue
        "L'Élysée et le Kremlin ont eu un entretien téléphonique jeudi.",
        # a call has no place
        "Depuis la Maison-Blanche, le président américain s'est entretenu au téléphone avec "
        "son homologue mexicain.",
    ],
)
def test_no_place_from_a_seat_that_is_no_venue(text: str) -> None:
    events = extract(text, published="2025-03-04").events
    assert events
    assert all(e.place is None for e in events)
