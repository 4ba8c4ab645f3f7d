"""A demonym written in lower case right after a determiner is a language, no side."""

from __future__ import annotations

import pytest

from diplorel.extract._reading import read_sentences
from diplorel.extract._text import prepare
from diplorel.extract.recognise._lexicon import lexicon


def _parties(text: str) -> list[str]:
    prepared = prepare(text)
    return [
        mention.value
        for reading in read_sentences(prepared, lexicon(), None)
        for mention in reading.parties
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le Premier ministre québécois a plaidé à Dakar pour le français dans les écoles.",
            ["SEN"],
        ),
        (
            "Le ministre sénégalais a signé un accord rédigé en arabe et traduit de l'anglais.",
            ["SEN"],
        ),
        ("La présidente mexicaine a rappelé la place du portugais au Brésil.", ["MEX", "BRA"]),
        (
            "Le chef de la diplomatie tchèque a parlé en russe avec son homologue moldave.",
            ["CZE", "MDA"],
        ),
    ],
)
def test_a_language_is_no_side(text: str, expected: list[str]) -> None:
    assert _parties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le ministre français a reçu lundi son homologue sénégalais.", ["FRA", "SEN"]),
        (
            "Le Français Paul Martin dirige la mission, a indiqué le gouvernement malien.",
            ["FRA", "MLI"],
        ),
        ("Le chef de la diplomatie tchèque et le ministre russe ont parlé.", ["CZE", "RUS"]),
    ],
)
def test_a_demonym_after_a_noun_or_capitalised_is_a_side(text: str, expected: list[str]) -> None:
    assert _parties(text) == expected
