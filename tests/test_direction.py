"""Tests of diplorel.extract._direction: who acted on whom, from the sentence.

The examples are written for these tests; each checks one reading, where it
fires and where it must not.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import diplorel
from diplorel.model import Event

PUBLISHED = "2025-03-06"


def _directions(text: str) -> list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]:
    doc = diplorel.extract(text, published=PUBLISHED)
    return [
        (
            event.kind.value,
            str(getattr(event, "format", None) or getattr(event, "declaration", "")),
            tuple(p.code for p in event.source),
            tuple(p.code for p in event.target),
        )
        for event in doc.events
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a host who receives is the source of a meeting
        (
            "Le président azerbaïdjanais Ilham Aliyev a reçu mardi à Bakou le ministre "
            "marocain des Affaires étrangères.",
            ("consultation", "meeting", ("AZE",), ("MAR",)),
        ),
        # passive: "reçu par" names the host after it
        (
            "Le ministre marocain des Affaires étrangères a été reçu mardi par le président "
            "sénégalais.",
            ("consultation", "meeting", ("SEN",), ("MAR",)),
        ),
        # a visit: visitor to host, the host from "en visite au"
        (
            "Le Premier ministre canadien a effectué lundi une visite officielle au Viêt Nam.",
            ("consultation", "visit", ("CAN",), ("VNM",)),
        ),
        # a visit: the host from the place
        (
            "Le ministre algérien des Affaires étrangères est arrivé hier à Bakou pour une "
            "visite de travail.",
            ("consultation", "visit", ("DZA",), ("AZE",)),
        ),
        # calls: the subject called
        (
            "Le ministre turc des Affaires étrangères a eu hier un entretien téléphonique avec "
            "son homologue azerbaïdjanais.",
            ("consultation", "phone_call", ("TUR",), ("AZE",)),
        ),
        (
            "Le président français s'est entretenu mardi au téléphone avec son homologue "
            "algérien.",
            ("consultation", "phone_call", ("FRA",), ("DZA",)),
        ),
        # a call received: the caller is named after "appel de"
        (
            "Le président algérien a reçu mardi un appel téléphonique du président français.",
            ("consultation", "phone_call", ("FRA",), ("DZA",)),
        ),
        # a statement of one party: its issuer
        (
            "Le ministère russe des Affaires étrangères a publié mardi une déclaration.",
            ("declaration", "statement", ("RUS",), ()),
        ),
    ],
)
def test_direction_where_the_text_gives_it(
    text: str, expected: tuple[str, str, tuple[str, ...], tuple[str, ...]]
) -> None:
    assert expected in _directions(text)


@pytest.mark.parametrize(
    "text",
    [
        # both sides alike
        "Les ministres marocain et sénégalais se sont entretenus mardi au téléphone.",
        "Le Maroc et le Sénégal ont signé hier à Dakar un accord de coopération.",
        "Le ministre marocain a rencontré mardi son homologue sénégalais à Genève.",
        # a call "entre X et Y" has no direction
        "L'entretien téléphonique entre les présidents algérien et français a eu lieu mardi.",
    ],
)
def test_no_direction_where_the_text_gives_none(text: str) -> None:
    for _kind, _form, source, target in _directions(text):
        assert (source, target) == ((), ())


def test_a_phrase_far_from_the_trigger_gives_no_direction() -> None:
    # The call between the presidents is one event; the later call received by the
    # minister is another: its "appel de" must not orient the first.
    text = (
        "Dans le prolongement de l'entretien téléphonique de lundi entre les présidents "
        "algérien et français, le ministre algérien a reçu ce jour un appel téléphonique de "
        "son homologue français."
    )
    monday = [
        event
        for event in diplorel.extract(text, published=PUBLISHED).events
        if str(event.date) == "2025-03-03"
    ]
    assert monday
    assert all((event.source, event.target) == ((), ()) for event in monday)


def _check(event: Event) -> None:
    sides = set(event.source) | set(event.target)
    assert sides <= set(event.parties)
    assert not set(event.source) & set(event.target)
    assert list(event.source) == sorted(event.source)
    assert list(event.target) == sorted(event.target)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Le président azerbaïdjanais a reçu",
                "le ministre marocain",
                "a été reçu par",
                "en visite officielle au Viêt Nam",
                "a eu un entretien téléphonique avec",
                "son homologue algérien",
                "la déclaration du ministère russe",
                "à Bakou",
                "et",
                ",",
                ".",
                "mardi",
            ]
        ),
        max_size=14,
    )
)
def test_any_sentence_gives_sides_among_the_parties(words: list[str]) -> None:
    doc = diplorel.extract(" ".join(words), published=PUBLISHED)
    for event in doc.events:
        _check(event)
