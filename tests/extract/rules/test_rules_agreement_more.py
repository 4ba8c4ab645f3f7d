# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""More agreement rules: vetoes and attributes of instruments.

Each example compares the extraction with every rule on and with only its rule switched
off (:mod:`_examples`). The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from _examples import RULE_TESTS

FIRES = [
    pytest.param(
        "agreement.genus-anaphor",
        "La convention fiscale entre le Maroc et le Sénégal est entrée en vigueur lundi. Négocié pendant trois ans, l'accord avait été signé à Dakar en mars 2019 par les deux ministres des Finances.",
        ["agreement MAR-SEN in_force 2025-06-09"],
        ["agreement MAR-SEN in_force 2025-06-09", "agreement MAR-SEN signed 2019-03 @Dakar bg"],
        id="agreement.genus-anaphor",
    ),
    pytest.param(
        "agreement.genus-anaphor",
        "Le mémorandum d'entente entre le Ghana et le Togo sur la pêche a été ratifié lundi par le Parlement ghanéen. L'accord avait été signé à Lomé l'an dernier.",
        ["agreement GHA-TGO ratified 2025-06-09 @Accra"],
        ["agreement GHA-TGO ratified 2025-06-09 @Accra", "agreement GHA-TGO signed 2024 @Lomé bg"],
        id="agreement.genus-anaphor-memorandum",
    ),
    pytest.param(
        "agreement.listed-partner+agreement.item-sides",
        "Le Parlement sénégalais a approuvé lundi la convention fiscale avec le Mali, l'accord de transport aérien avec la Côte d'Ivoire et le protocole sanitaire avec la Guinée.",
        [
            "agreement MLI-SEN approved 2025-06-09 @Dakar",
            "agreement CIV-SEN approved 2025-06-09 @Dakar",
            "agreement GIN-SEN approved 2025-06-09 @Dakar",
        ],
        ["agreement CIV-GIN-MLI-SEN approved 2025-06-09 @Dakar"] * 3,
        id="agreement.listed-partner",
    ),
    pytest.param(
        "agreement.listed-partner+agreement.item-sides",
        "Le Parlement tunisien a adopté mardi le projet de loi portant approbation de l'accord commercial avec l'Algérie et de la convention consulaire avec la Libye.",
        [
            "agreement DZA-TUN approved 2025-06-10 @Tunis",
            "agreement LBY-TUN approved 2025-06-10 @Tunis",
        ],
        ["agreement DZA-LBY-TUN approved 2025-06-10 @Tunis"] * 2,
        id="agreement.listed-partner-two",
    ),
    pytest.param(
        "agreement.already-existing",
        "Le ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais. Ils ont fait le point sur les accords conclus entre les deux pays.",
        ["consultation MAR-SEN meeting 2025-06-09 @Rabat"],
        [
            "consultation MAR-SEN meeting 2025-06-09 @Rabat",
            "agreement MAR-SEN signed 2025-06-09 @Rabat",
        ],
        id="agreement.already-existing",
    ),
    pytest.param(
        "agreement.cited-sides",
        "Le Sénégal a salué lundi un accord entre le Mali et la Guinée sur les transports. Cet accord a été signé à Bamako par les deux ministres.",
        ["declaration SEN statement 2025-06-09 @Dakar", "agreement GIN-MLI signed @Bamako"],
        [
            "declaration SEN statement 2025-06-09 @Bamako",
            "agreement MLI-SEN signed 2025-06-09 @Bamako",
        ],
        id="agreement.cited-sides",
    ),
    pytest.param(
        "agreement.nested",
        "Le Maroc et le Sénégal ont signé lundi le protocole additionnel relatif au protocole de coopération de 2010.",
        ["agreement MAR-SEN signed 2025-06-09"],
        ["agreement MAR-SEN signed 2025-06-09", "agreement MAR-SEN signed 2025-06-09"],
        id="agreement.nested",
    ),
    pytest.param(
        "agreement.not-the-speaker+parties.instrument-between",
        "La France salue la signature lundi d'un accord de paix entre le Soudan et le Tchad.",
        ["declaration FRA statement 2025-06-10 @Paris", "agreement SDN-TCD signed 2025-06-09"],
        ["declaration FRA statement 2025-06-10 @Paris", "agreement FRA-SDN-TCD signed 2025-06-09"],
        id="agreement.not-the-speaker",
    ),
    pytest.param(
        "agreement.other-needs-stage",
        "Le Maroc et le Sénégal ont signé lundi un accord sur la pêche. Les deux ministres ont aussi examiné le texte de la convention fiscale.",
        ["agreement MAR-SEN signed 2025-06-09"],
        ["agreement MAR-SEN signed 2025-06-09", "agreement MAR-SEN signed 2025-06-09"],
        id="agreement.other-needs-stage",
    ),
    pytest.param(
        "agreement.to-come",
        "Le Maroc et le Sénégal ont signé lundi à Dakar une déclaration commune qui pose les bases d'un futur accord de pêche.",
        ["declaration MAR-SEN joint_declaration 2025-06-09 @Dakar"],
        [
            "declaration MAR-SEN joint_declaration 2025-06-09 @Dakar",
            "agreement MAR-SEN signed 2025-06-09 @Dakar",
        ],
        id="agreement.to-come",
    ),
    pytest.param(
        "agreement.members",
        "Le Bénin et le Niger ont signé lundi à Cotonou plusieurs accords, dont un sur le transport et un autre sur la santé.",
        [
            "agreement BEN-NER signed 2025-06-09 @Cotonou",
            "agreement BEN-NER signed 2025-06-09 @Cotonou",
        ],
        [],
        id="agreement.members-of-which-one-by-one",
    ),
    pytest.param(
        "agreement.members",
        "Le Bénin et le Niger ont signé lundi à Cotonou des accords de coopération, dont l'un porte sur le transport, un autre sur la santé et un troisième sur l'eau.",
        [
            "agreement BEN-NER signed 2025-06-09 @Cotonou",
            "agreement BEN-NER signed 2025-06-09 @Cotonou",
            "agreement BEN-NER signed 2025-06-09 @Cotonou",
        ],
        ["agreement BEN-NER signed 2025-06-09 @Cotonou"],
        id="agreement.members-of-which-three",
    ),
    pytest.param(
        "agreement.local-authorities",
        "Le ministre sénégalais s'est entretenu lundi à Dakar avec son homologue marocain. Un accord de jumelage a été signé entre la ville de Fès et la commune de Thiès.",
        ["consultation MAR-SEN meeting 2025-06-09 @Dakar"],
        [
            "consultation MAR-SEN meeting 2025-06-09 @Dakar",
            "agreement MAR-SEN signed 2025-06-09 @Dakar",
        ],
        id="agreement.local-authorities",
    ),
    pytest.param(
        "agreement.local-authorities",
        "Le ministre algérien a reçu lundi à Alger son homologue français, quelques mois après la charte d'amitié signée entre la ville de Tlemcen et la commune de Nantes.",
        ["consultation DZA-FRA meeting 2025-06-09 @Alger"],
        [
            "consultation DZA-FRA meeting 2025-06-09 @Alger",
            "agreement DZA-FRA signed 2025-06-09 @Alger",
        ],
        id="agreement.local-authorities-charter",
    ),
    pytest.param(
        "agreement.to-come",
        "Le Mali et le Niger ont signé lundi à Niamey un mémorandum d'entente en vue d'un éventuel traité de défense.",
        ["agreement MLI-NER signed 2025-06-09 @Niamey"],
        [
            "agreement MLI-NER signed 2025-06-09 @Niamey",
            "agreement MLI-NER signed 2025-06-09 @Niamey",
        ],
        id="agreement.to-come-possible",
    ),
    pytest.param(
        "agreement.dated-anaphor",
        "Le Maroc et le Sénégal ont signé lundi un accord sur la pêche. Les deux ministres ont aussi évoqué l'accord signé le 3 mars 2015 par leurs prédécesseurs.",
        ["agreement MAR-SEN signed 2025-06-09", "agreement MAR-SEN signed 2015-03-03 bg"],
        ["agreement MAR-SEN signed 2025-06-09"],
        id="agreement.dated-anaphor",
    ),
    pytest.param(
        "agreement.dated-anaphor",
        "Le Ghana et le Togo ont conclu mardi à Lomé un accord de coopération douanière. Selon le ministre, l'accord conclu en 2009 n'était plus adapté.",
        ["agreement GHA-TGO signed 2025-06-10 @Lomé", "agreement GHA-TGO signed 2009 bg"],
        ["agreement GHA-TGO signed 2025-06-10 @Lomé"],
        id="agreement.dated-anaphor-year",
    ),
]
SILENT = [
    pytest.param(
        "agreement.genus-anaphor",
        "La convention fiscale entre le Maroc et le Sénégal est entrée en vigueur lundi. L'accord de pêche entre les deux pays a été signé mardi à Dakar.",
        [
            "agreement MAR-SEN in_force 2025-06-09 @Dakar",
            "agreement MAR-SEN signed 2025-06-10 @Dakar",
        ],
        id="agreement.genus-anaphor-another-instrument",
    ),
    pytest.param(
        "agreement.listed-partner",
        "Le Sénégal a signé lundi avec le Mali un accord sur la pêche et une convention fiscale.",
        ["agreement MLI-SEN signed 2025-06-09"] * 2,
        id="agreement.listed-partner-one-partner",
    ),
    pytest.param(
        "agreement.listed-partner",
        "Le Maroc a signé lundi un accord sur la pêche avec la Mauritanie, puis une convention fiscale avec elle.",
        ["agreement MAR-MRT signed 2025-06-09"] * 2,
        id="agreement.listed-partner-same-partner",
    ),
    pytest.param(
        "agreement.already-existing",
        "Le Maroc et le Sénégal ont passé en revue lundi les deux accords conclus à Rabat.",
        ["agreement MAR-SEN signed 2025-06-09 @Rabat x2"],
        id="agreement.already-existing",
    ),
    pytest.param(
        "agreement.cited-sides",
        "Le Sénégal a signé lundi un accord avec le Maroc sur la pêche. Cet accord a été ratifié mardi par le Parlement sénégalais.",
        ["agreement MAR-SEN ratified 2025-06-10 @Dakar"],
        id="agreement.cited-sides",
    ),
    pytest.param(
        "agreement.nested",
        "Le Maroc et le Sénégal ont signé lundi un protocole relatif à la pêche.",
        ["agreement MAR-SEN signed 2025-06-09"],
        id="agreement.nested",
    ),
    pytest.param(
        "agreement.not-the-speaker",
        "La France salue la signature lundi de son accord de défense avec le Tchad.",
        ["declaration FRA statement 2025-06-10 @Paris", "agreement FRA-TCD signed 2025-06-09"],
        id="agreement.not-the-speaker",
    ),
    pytest.param(
        "agreement.other-needs-stage",
        "Le Maroc et le Sénégal ont signé lundi deux textes. Le second texte ratifié porte sur les transports.",
        ["agreement MAR-SEN ratified 2025-06-09"],
        id="agreement.other-needs-stage",
    ),
    pytest.param(
        "agreement.to-come",
        "Le Maroc et le Sénégal ont signé lundi à Dakar un nouvel accord de pêche qui remplace celui de 2010.",
        ["agreement MAR-SEN signed 2025-06-09 @Dakar"],
        id="agreement.to-come-new",
    ),
    pytest.param(
        "agreement.local-authorities",
        "Le Maroc et le Sénégal ont signé lundi à Dakar un accord sur la gestion de l'eau entre les deux pays et leurs villes frontalières.",
        ["agreement MAR-SEN signed 2025-06-09 @Dakar"],
        id="agreement.local-authorities-states",
    ),
    pytest.param(
        "agreement.local-authorities",
        "Le Maroc et le Sénégal ont signé lundi à Dakar un accord de pêche et un accord de jumelage entre la ville de Fès et la commune de Thiès.",
        ["agreement MAR-SEN signed 2025-06-09 @Dakar"],
        id="agreement.local-authorities-another-first",
    ),
    pytest.param(
        "agreement.dated-anaphor",
        "Le Parlement sénégalais a ratifié mardi l'accord sur la pêche entre le Maroc et le Sénégal. L'accord, signé à Rabat le 3 mars 2024, couvre la pêche artisanale.",
        # set off by commas: the participle describes the agreement just named
        ["agreement MAR-SEN ratified 2025-06-10 @Dakar"],
        id="agreement.dated-anaphor-apposition",
    ),
    pytest.param(
        "agreement.dated-anaphor",
        "Le Parlement sénégalais a ratifié mardi l'accord sur la pêche entre le Maroc et le Sénégal. L'accord signé à Rabat le 3 mars 2024 couvre la pêche artisanale.",
        # an earlier stage of the agreement ratified: its history
        ["agreement MAR-SEN ratified 2025-06-10 @Dakar"],
        id="agreement.dated-anaphor-history",
    ),
    pytest.param(
        "agreement.dated-anaphor",
        "Le Maroc et le Sénégal ont signé lundi 9 juin 2025 un accord sur la pêche. L'accord signé le 9 juin 2025 couvre la pêche artisanale.",
        # the same year: the same agreement
        ["agreement MAR-SEN signed 2025-06-09"],
        id="agreement.dated-anaphor-same-year",
    ),
]
"""Texts where the rule's words stand but it must not fire: the same outcome with it off."""
TRACED: list[str] = [
    "agreement.listed-partner",
    "agreement.genus-anaphor",
    "agreement.cited-sides",
    "agreement.members",
    "agreement.dated-anaphor",
]
"""The rules that write their name in the trace of the events of their example."""


test_rule_fires, test_traced_rules_are_in_the_trace, test_rule_does_not_fire = RULE_TESTS
