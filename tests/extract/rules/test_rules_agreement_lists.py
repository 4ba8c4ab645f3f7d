# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""Agreement rules of the eighth accuracy round: lists of instruments, their stages and sides.

Each example compares the extraction with every rule on and with only this rule switched
off: where the rule fires, the outcomes differ as written; where it must not fire, they
agree. Every text yields events, so that "no event" cannot pass by extracting nothing.
The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from _examples import RULE_TESTS

FIRES = [
    pytest.param(
        "stage.coordinated-items",
        "À l'issue de leurs entretiens à Alger, les ministres algérien et tunisien des Affaires étrangères ont procédé à la signature d'un accord sur la suppression des visas pour les titulaires de passeports diplomatiques, d'un mémorandum d'entente dans le domaine de la pêche et de l'aquaculture et d'un programme exécutif de coopération en matière d'enseignement supérieur.",
        [
            "consultation DZA-TUN meeting @Alger",
            "agreement DZA-TUN signed @Alger",
            "agreement DZA-TUN signed @Alger",
            "agreement DZA-TUN signed @Alger",
        ],
        [
            "consultation DZA-TUN meeting @Alger",
            "agreement DZA-TUN signed @Alger",
            "agreement DZA-TUN signed @Alger",
        ],
        id="stage.coordinated-items-signature-of",
    ),
    pytest.param(
        "stage.coordinated-items",
        "Le Vietnam et le Laos ont renforcé leur coopération. Un accord sur la protection réciproque des investissements dans les zones frontalières des deux pays, une convention d'entraide judiciaire en matière pénale et civile et un mémorandum d'entente sur la formation des diplomates ont été signés lundi par les deux ministres.",
        ["agreement LAO-VNM signed 2025-06-09"] * 3,
        ["agreement LAO-VNM signed 2025-06-09"],
        id="stage.coordinated-items-passive-after",
    ),
    pytest.param(
        "stage.coordinated-items",
        "Le Premier ministre ivoirien a signé mardi avec son homologue ghanéen un accord de coopération dans le domaine des transports routiers et ferroviaires entre Abidjan et Accra, ainsi qu'un protocole d'accord sur la gestion commune des eaux et des forêts le long de la frontière commune.",
        ["agreement CIV-GHA signed 2025-06-10"] * 2,
        ["agreement CIV-GHA signed 2025-06-10"],
        id="stage.coordinated-items-as-well-as",
    ),
    pytest.param(
        "stage.coordinated-items",
        "Le Parlement sénégalais a approuvé lundi la convention fiscale conclue avec la Mauritanie pour éviter les doubles impositions des entreprises et des particuliers, l'accord de coopération dans le domaine de la pêche artisanale et le traité d'extradition entre les deux pays.",
        [
            "agreement MRT-SEN approved 2025-06-09 @Dakar",
            "agreement MRT-SEN approved 2025-06-09",
            "agreement MRT-SEN approved 2025-06-09 @Dakar",
        ],
        ["agreement MRT-SEN approved 2025-06-09 @Dakar", "agreement MRT-SEN approved 2025-06-09"],
        id="stage.coordinated-items-approved",
    ),
    pytest.param(
        "stage.coordinated-items",
        "Le Kazakhstan et l'Ouzbékistan ont conclu lundi à Tachkent un accord sur le transit des marchandises par voie ferrée à travers les deux pays vers les ports de la mer Caspienne, une convention consulaire et un mémorandum sur la coopération dans la recherche scientifique.",
        ["agreement KAZ-UZB signed 2025-06-09 @Tachkent"] * 3,
        ["agreement KAZ-UZB signed 2025-06-09 @Tachkent"],
        id="stage.coordinated-items-concluded",
    ),
]

SILENT = [
    pytest.param(
        "stage.coordinated-items",
        "Le Maroc et le Sénégal ont signé lundi à Rabat un accord de coopération dans le domaine de l'agriculture et de l'élevage des bovins et des ovins, et le traité d'amitié de 1975 est resté au cœur des entretiens entre les deux délégations.",
        ["agreement MAR-SEN signed 2025-06-09 @Rabat"],
        id="stage.coordinated-items-another-clause",
    ),
    pytest.param(
        "stage.coordinated-items",
        "Le Ghana et le Togo ont signé mardi un accord sur la pêche artisanale dans le golfe de Guinée et la protection des ressources halieutiques des deux pays ; un mémorandum sur la santé animale, lui, reste à l'étude.",
        ["agreement GHA-TGO signed 2025-06-10"],
        id="stage.coordinated-items-semicolon",
    ),
    pytest.param(
        "stage.coordinated-items",
        "Le Niger et le Tchad ont signé lundi à Niamey un accord de coopération militaire portant sur la formation des officiers et le partage du renseignement entre les deux armées, tandis qu'un protocole sur le transport aérien des passagers reste en discussion.",
        ["agreement NER-TCD signed 2025-06-09 @Niamey"],
        id="stage.coordinated-items-while",
    ),
]

TRACED: list[str] = ["stage.coordinated-items"]
"""The rules that write their name in the trace of the events of their example."""


test_rule_fires, test_traced_rules_are_in_the_trace, test_rule_does_not_fire = RULE_TESTS
