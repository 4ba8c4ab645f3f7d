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
