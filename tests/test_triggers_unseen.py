"""Meeting triggers of news writing: a meal in someone's honour, an "entrevue".

Examples written for diplorel; none comes from the annotated corpus.
"""

from __future__ import annotations

import pytest

from diplorel import Consultation, ConsultationFormat, extract


@pytest.mark.parametrize(
    "text",
    [
        "Le roi a offert, lundi à Rabat, un déjeuner en l'honneur du Premier ministre belge.",
        "Le président sénégalais a offert mardi un dîner officiel au président gambien.",
        "Le président ivoirien a eu mardi une entrevue avec le Premier ministre ghanéen.",
    ],
)
def test_a_meal_in_someones_honour_or_an_entrevue_is_a_meeting(text: str) -> None:
    (event,) = extract(text, published="2024-05-08").events
    assert isinstance(event, Consultation)
    assert event.format is ConsultationFormat.MEETING
    assert len(event.party_codes) == 2


def test_a_dinner_to_come_is_none() -> None:
    text = "Le président sénégalais offrira demain un dîner officiel au président gambien."
    assert extract(text, published="2024-05-08").events == ()


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        (
            "Plus tôt dans la matinée, le ministre marocain des Affaires étrangères "
            "s'était entretenu avec son homologue sénégalais.",
            ConsultationFormat.MEETING,
        ),
        (
            "La veille, le président ghanéen avait reçu à Accra le Premier ministre togolais.",
            ConsultationFormat.MEETING,
        ),
        (
            "Le chef de la diplomatie tunisienne s'était entretenu par téléphone dimanche "
            "avec son homologue algérien.",
            ConsultationFormat.PHONE_CALL,
        ),
    ],
)
def test_a_meeting_told_in_the_pluperfect_is_a_meeting(text: str, fmt: ConsultationFormat) -> None:
    (event,) = extract(text, published="2024-05-08").events
    assert isinstance(event, Consultation)
    assert event.format is fmt
    assert len(event.party_codes) == 2
    assert not event.background


def test_a_pluperfect_meeting_never_held_or_long_past() -> None:
    never = "Le ministre marocain ne s'était jamais entretenu avec son homologue sénégalais."
    assert extract(never, published="2024-05-08").events == ()
    past = "Le président ghanéen avait rencontré le Premier ministre togolais en 2019 à Lomé."
    (event,) = extract(past, published="2024-05-08").events
    assert event.background
    assert str(event.date) == "2019"


@pytest.mark.parametrize(
    "text",
    [
        "Le président malien est arrivé lundi à Niamey. Pendant les négociations, les deux "
        "chefs d'État ont discuté de la sécurité au Sahel.",
        "Lors des négociations de mardi à Lomé, les ministres togolais et béninois ont évoqué "
        "le commerce frontalier.",
    ],
)
def test_talks_during_negotiations_are_a_negotiation(text: str) -> None:
    found = [
        e
        for e in extract(text, published="2024-05-08").events
        if isinstance(e, Consultation) and e.format is ConsultationFormat.NEGOTIATION
    ]
    assert len(found) == 1
    assert len(found[0].party_codes) == 2


def test_negotiations_to_come_are_none() -> None:
    text = (
        "Lors des négociations prévues la semaine prochaine à Lomé, les ministres togolais et "
        "béninois évoqueront le commerce frontalier."
    )
    assert extract(text, published="2024-05-08").events == ()
