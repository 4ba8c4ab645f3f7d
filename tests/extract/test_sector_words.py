# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""The sector table covers the words journalists use for an agreement's field.

Each sentence is written for this test: the field is named by a word of
``lang/fr/sectors.tsv``, never by the sector's own name.
"""

from __future__ import annotations

import pytest

from diplorel import extract


def _sectors(text: str) -> list[set[str]]:
    doc = extract(text, published="2025-06-10")
    return [{sector.value for sector in event.sectors} for event in doc.events]


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        (
            "Le Maroc et le Ghana ont signé lundi un accord sur la gestion des eaux transfrontalières.",
            "environment",
        ),
        (
            "Le Niger et le Nigeria ont signé mardi un mémorandum d'entente sur la gestion des eaux du fleuve.",
            "environment",
        ),
        (
            "Le Sénégal et la Mauritanie ont signé mardi un mémorandum d'entente dans le domaine de l'hydraulique.",
            "environment",
        ),
        (
            "Le Bénin et le Togo ont signé jeudi une convention sur la construction d'une route entre les deux pays.",
            "transport",
        ),
        (
            "La Chine et le Laos ont signé un protocole sur l'entretien des routes nationales.",
            "transport",
        ),
        (
            "Le Kenya et l'Éthiopie ont signé vendredi un accord sur les équipements aéronautiques.",
            "transport",
        ),
        (
            "La Russie et l'Inde ont signé mardi un accord de coopération militaro-technique.",
            "defense",
        ),
        (
            "Le Vietnam et le Laos ont signé jeudi un accord dans le domaine des télécoms.",
            "technology",
        ),
        (
            "Le Japon et la Thaïlande ont signé lundi un accord sur les semi-conducteurs.",
            "technology",
        ),
        (
            "La Corée du Sud et le Vietnam ont signé un accord sur l'industrie électronique et la téléphonie.",
            "technology",
        ),
        (
            "L'Algérie et le Niger ont signé dimanche un protocole sur l'exploitation minière.",
            "trade",
        ),
        ("Le Mali et le Burkina Faso ont signé un accord sur le secteur minier.", "trade"),
        (
            "Le Sénégal et le Japon ont signé un accord de don pour l'hydraulique rurale.",
            "agriculture",
        ),
    ],
)
def test_an_agreement_takes_the_sector_its_field_word_names(text: str, sector: str) -> None:
    found = _sectors(text)
    assert found
    assert sector in found[0]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Le Maroc et le Ghana ont signé lundi un accord de coopération et adopté une feuille de route.",
            "transport",
        ),
        (
            "Le Maroc et les EAU ont signé lundi un accord de coopération culturelle.",
            "environment",
        ),
        (
            "La Grèce et Chypre ont signé lundi un accord sur la surveillance des eaux territoriales.",
            "environment",
        ),
        (
            "La Turquie et la Hongrie ont signé lundi un accord commercial, et le ministre était en route pour Ankara.",
            "transport",
        ),
    ],
)
def test_a_field_word_in_another_sense_gives_no_sector(text: str, absent: str) -> None:
    found = _sectors(text)
    assert found
    assert absent not in found[0]
