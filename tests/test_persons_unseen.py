"""Persons on unseen text: particles, titles and formulas that are no names.

Examples written for diplorel; none comes from the annotated corpus.
"""

from __future__ import annotations

import pytest

from diplorel import extract
from diplorel.extract._text import prepare
from diplorel.extract.recognise._lexicon import lexicon
from diplorel.extract.recognise._mentions import find_parties, find_persons


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


def _sides(text: str) -> dict[str, str | None]:
    prepared = prepare(text)
    parties = find_parties(prepared, lexicon(), 0, len(text))
    return {p.name: p.party for p in find_persons(prepared, 0, len(text), parties)}


def test_respectively_gives_each_person_the_side_named_in_its_rank() -> None:
    sides = _sides(
        "Le ministre malien s'est entretenu mardi à Bamako avec les ambassadeurs du Canada "
        "et du Japon auprès du Mali, respectivement MM. Paul Gagnon et Kenji Sato."
    )
    assert sides["Paul Gagnon"] == "CAN"
    assert sides["Kenji Sato"] == "JPN"


def test_respectively_needs_as_many_sides_as_persons() -> None:
    sides = _sides(
        "Les ambassadeurs du Canada, du Japon et de l'Inde ont été reçus mardi à Bamako, "
        "respectivement par MM. Paul Gagnon et Kenji Sato."
    )
    assert sides["Paul Gagnon"] is None
    assert sides["Kenji Sato"] is None


def test_a_desk_of_the_ministry_is_no_side() -> None:
    sides = _sides(
        "Le ministre malien a reçu mardi à Bamako l'ambassadeur canadien, en présence de "
        "Mme Awa Traoré, directrice des affaires américaines au ministère."
    )
    assert sides["Awa Traoré"] is None


@pytest.mark.parametrize(
    ("text", "place", "person"),
    [
        (
            "Arrivée dimanche à l'aéroport Léopold-Sédar-Senghor, la ministre ghanéenne des "
            "Affaires étrangères, Ama Owusu, a été reçue lundi par le président sénégalais.",
            "Léopold-Sédar-Senghor",
            "Ama Owusu",
        ),
        (
            "Le chef de la diplomatie guinéenne a été accueilli à l'aéroport international "
            "Modibo-Keïta par le ministre malien des Affaires étrangères, Moussa Keita.",
            "Modibo-Keïta",
            "Moussa Keita",
        ),
        (
            "Le ministre congolais, Paul Mabiala, a visité mercredi le stade municipal "
            "Alphonse-Massamba par un temps radieux avec le maire de Brazzaville.",
            "Alphonse-Massamba",
            "Paul Mabiala",
        ),
        (
            "Vendredi, Mme Dupont a rencontré, à l'édifice John G. Diefenbaker, le ministre "
            "canadien des Affaires étrangères, Paul Roy.",
            "John G. Diefenbaker",
            "Paul Roy",
        ),
    ],
)
def test_a_place_named_after_a_person_is_no_person(text: str, place: str, person: str) -> None:
    sides = _sides(text)
    assert place not in sides
    assert person in sides
