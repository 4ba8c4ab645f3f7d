# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""A person's role and side from the role phrase around the name."""

from __future__ import annotations

import pytest

from diplorel.extract._reading import read_sentences
from diplorel.extract._text import prepare
from diplorel.extract.recognise._lexicon import lexicon


def _persons(text: str) -> list[tuple[str, str | None, str | None]]:
    prepared = prepare(text)
    return [
        (p.name, p.role, p.party)
        for reading in read_sentences(prepared, lexicon(), None)
        for p in reading.persons
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le ministre béninois des Affaires étrangères, M. Koffi Adjovi, a reçu lundi l'ambassadeur.",
            [("Koffi Adjovi", "ministre béninois des Affaires étrangères", "BEN")],
        ),
        (
            "Elle a été signée par la ministre ghanéenne, Mme Ama Mensah.",
            [("Ama Mensah", "ministre ghanéenne", "GHA")],
        ),
        (
            "Le ministre nigérien a parlé. M. Issa Moussa a signé.",
            [("Issa Moussa", None, None)],
        ),
    ],
)
def test_a_role_before_an_honorific_gives_the_side(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _persons(text) == expected


def test_a_role_after_and_belongs_to_the_next_person() -> None:
    text = (
        "Le ministre togolais, M. Kodjo Agbeyome, et son homologue béninois, "
        "M. Félix Houngbo, ont signé lundi un accord."
    )
    assert _persons(text) == [
        ("Kodjo Agbeyome", "ministre togolais", "TGO"),
        ("Félix Houngbo", "homologue béninois", "BEN"),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Le ministre mexicain Juan Carlos de la Vega a reçu mardi son homologue chilien.",
            "Juan Carlos de la Vega",
        ),
        (
            "La ministre colombienne, María Elena de las Heras, s'est entretenue avec l'ambassadeur.",
            "María Elena de las Heras",
        ),
        (
            "Le président de l'Assemblée, Andrés de los Ríos, a accueilli la délégation.",
            "Andrés de los Ríos",
        ),
        (
            "Le ministre belge Pieter van den Broeck a signé l'accord avec son homologue.",
            "Pieter van den Broeck",
        ),
        (
            "Le ministre angolais João do Nascimento a signé lundi le mémorandum.",
            "João do Nascimento",
        ),
    ],
)
def test_a_name_keeps_its_compound_particle(text: str, name: str) -> None:
    """« de la », « de las », « de los », « van den », « do » inside a name
    keep the family name that follows: the head is named in full."""
    assert name in [found for found, _role, _party in _persons(text)]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Le ministre français Jean Morel a visité la Tunisie de la Méditerranée au désert.",
            "Jean Morel a",
        ),
        (
            "Le président Paul Biya de la République du Cameroun a reçu l'envoyé.",
            "Paul Biya de la République",
        ),
    ],
)
def test_a_particle_does_not_join_a_name_to_a_place(text: str, absent: str) -> None:
    """A particle before a state's name does not make the state part of the name."""
    names = [found for found, _role, _party in _persons(text)]
    assert names
    assert not any(found.startswith(absent) for found in names)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le président Andrés Molina, le Premier ministre portugais Rui Costa et la chancelière autrichienne Eva Huber ont posé ensemble.",
            [
                ("Andrés Molina", "président", None),
                ("Rui Costa", "Premier ministre portugais", "PRT"),
                ("Eva Huber", "chancelière autrichienne", "AUT"),
            ],
        ),
        (
            "Étaient présents la présidente Lina Berg, le ministre danois des Finances Ole Holm et le ministre suédois Erik Lind.",
            [
                ("Lina Berg", "présidente", None),
                ("Ole Holm", "ministre danois des Finances", "DNK"),
                ("Erik Lind", "ministre suédois", "SWE"),
            ],
        ),
    ],
)
def test_a_role_after_a_comma_that_names_another_person_is_that_persons(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _persons(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Omar Haddad, le ministre tunisien des Affaires étrangères, a reçu lundi l'ambassadeur.",
            [("Omar Haddad", "ministre tunisien des Affaires étrangères", "TUN")],
        ),
        (
            "M. Paulo Neves, le chef de la diplomatie angolaise, est arrivé mardi.",
            [("Paulo Neves", "chef de la diplomatie angolaise", "AGO")],
        ),
    ],
)
def test_an_apposition_after_a_comma_stays_the_persons_role(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _persons(text) == expected
