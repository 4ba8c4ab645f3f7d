"""Persons on unseen text: particles, titles and formulas that are no names.

Examples written for diplorel; none comes from the annotated corpus.
"""

from __future__ import annotations

import pytest

from diplorel import extract


def _heads(text: str) -> list[str]:
    events = extract(text, published="2024-05-08").events
    assert events
    return [p.name for p in events[0].persons]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Le président égyptien Abdel Fattah al-Sissi a reçu mardi au Caire le Premier "
            "ministre grec Kostas Nikolaou.",
            "Abdel Fattah al-Sissi",
        ),
        (
            "Le ministre libyen Mohamed el-Menfi a reçu mardi à Tripoli son homologue "
            "tunisien Nabil Ammar.",
            "Mohamed el-Menfi",
        ),
    ],
)
def test_the_arabic_article_joined_to_a_family_name(text: str, name: str) -> None:
    assert name in _heads(text)


def test_a_religious_formula_after_a_sovereigns_title_is_no_person() -> None:
    heads = _heads(
        "Sa Majesté le Roi Mohammed VI, que Dieu L'assiste, a reçu mardi à Rabat le "
        "président mauritanien Mohamed Ould Ghazouani."
    )
    assert heads == ["Mohammed VI", "Mohamed Ould Ghazouani"]


def test_a_capitalised_title_is_not_part_of_the_name() -> None:
    heads = _heads(
        "Le Roi Abdallah II a reçu mardi à Amman le ministre marocain des Affaires "
        "étrangères, Karim Tazi."
    )
    assert heads == ["Abdallah II", "Karim Tazi"]


def test_a_portfolio_ending_in_a_preposition_is_no_name() -> None:
    heads = _heads(
        "Le ministre des Affaires étrangères et de la Coopération Internationale du "
        "Royaume, Karim Tazi, a reçu mardi à Rabat son homologue malien Moussa Keita."
    )
    assert "Internationale du" not in heads
    assert "Internationale" not in heads
    assert "Karim Tazi" in heads
