# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""Declaration rules: each rule's own examples, run against that rule alone.

Each example compares the extraction with every rule on and with only its rule switched
off (:mod:`_examples`). The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from _examples import RULE_TESTS

FIRES = [
    pytest.param(
        "declaration",
        "Le Maroc et le Sénégal ont signé lundi un accord sur la pêche. Le Maroc et le Sénégal ont adopté une déclaration commune sur la sécurité.",
        [
            "agreement MAR-SEN signed 2025-06-09",
            "declaration MAR-SEN joint_declaration 2025-06-09",
        ],
        ["agreement MAR-SEN signed 2025-06-09"],
        id="declaration",
    ),
    pytest.param(
        "declaration.about-a-meeting",
        "Le Maroc et le Sénégal ont signé lundi un accord sur la pêche. Le Sénégal a publié une déclaration sur la visite du ministre marocain.",
        ["agreement MAR-SEN signed 2025-06-09", "consultation MAR-SEN visit 2025-06-09"],
        [
            "agreement MAR-SEN signed 2025-06-09",
            "declaration SEN statement 2025-06-09 @Dakar",
            "consultation MAR-SEN visit 2025-06-09",
        ],
        id="declaration.about-a-meeting",
    ),
    pytest.param(
        "declaration.domestic-communique",
        "Le Maroc et le Sénégal ont signé lundi un accord sur la pêche. Un communiqué du Conseil des ministres a été publié mardi au Sénégal.",
        ["agreement MAR-SEN signed 2025-06-09"],
        ["agreement MAR-SEN signed 2025-06-09", "declaration SEN statement 2025-06-10 bg"],
        id="declaration.domestic-communique",
    ),
    pytest.param(
        "declaration.issue-verb",
        "Le Maroc et le Sénégal ont signé lundi un accord sur la pêche. Le Sénégal évoque une déclaration sur la pêche.",
        ["agreement MAR-SEN signed 2025-06-09"],
        ["agreement MAR-SEN signed 2025-06-09", "declaration SEN statement 2025-06-09 @Dakar"],
        id="declaration.issue-verb",
    ),
    pytest.param(
        "declaration.issuers-needed",
        "Le Maroc et le Sénégal ont signé lundi un accord sur la pêche. Les déclarations tripartites sur la pêche ont été saluées.",
        ["agreement MAR-SEN signed 2025-06-09"],
        [
            "agreement MAR-SEN signed 2025-06-09",
            "declaration MAR-SEN joint_declaration 2025-06-09",
        ],
        id="declaration.issuers-needed",
    ),
    pytest.param(
        "declaration.reaction+declaration.ministry-statement",
        "Le Maroc et le Sénégal ont signé lundi un accord sur la pêche. La France condamne l'attaque contre la frontière du Mali.",
        ["agreement MAR-SEN signed 2025-06-09", "declaration FRA statement 2025-06-10 @Paris"],
        ["agreement MAR-SEN signed 2025-06-09"],
        id="declaration.reaction",
    ),
    pytest.param(
        "declaration.reaction+declaration.ministry-statement",
        "La Turquie a fustigé lundi la décision de la Grèce.",
        ["declaration TUR statement 2025-06-09 @Ankara"],
        [],
        id="declaration.reaction-castigated",
    ),
    pytest.param(
        "declaration.reaction+declaration.ministry-statement",
        "Le Conseil de paix et de sécurité a condamné lundi le coup d'État au Niger.",
        ["declaration AU statement 2025-06-09"],
        [],
        id="declaration.reaction-body-of-an-organisation",
    ),
    pytest.param(
        "declaration.reaction+declaration.ministry-statement",
        "Le Sénégal a exprimé sa solidarité avec le peuple libyen après les inondations.",
        ["declaration SEN statement 2025-06 @Dakar"],
        [],
        id="declaration.reaction-solidarity",
    ),
    pytest.param(
        "declaration.relayed",
        "Le Maroc et le Sénégal ont signé lundi un accord sur la pêche, indique le communiqué final de la réunion.",
        ["agreement MAR-SEN signed 2025-06-09"],
        ["agreement MAR-SEN signed 2025-06-09", "declaration MAR-SEN joint_communique 2025-06-09"],
        id="declaration.relayed",
    ),
    pytest.param(
        "declaration.response",
        "Le Maroc a répondu mardi à la déclaration du Sénégal sur la pêche.",
        ["declaration MAR statement 2025-06-10 @Rabat", "declaration SEN statement 2025-06-10 bg"],
        [],
        id="declaration.response",
    ),
    pytest.param(
        "declaration.own-date",
        "Lomé, 10 juin 2025 - Le Ghana salue la signature, le 2 juin à Accra, de l'accord de paix entre le Togo et le Bénin.",
        [
            "declaration GHA statement 2025-06-10 @Lomé",
            "agreement BEN-TGO signed 2025-06-02 @Accra",
        ],
        [
            "declaration GHA statement 2025-06-02 @Accra",
            "agreement BEN-TGO signed 2025-06-02 @Accra",
        ],
        id="declaration.own-date",
    ),
    pytest.param(
        "declaration.own-date",
        "Le Canada condamne fermement l'attaque perpétrée samedi à Goma contre un convoi humanitaire.",
        ["declaration CAN statement 2025-06-10 @Ottawa"],
        ["declaration CAN statement 2025-06-07 @Goma"],
        id="declaration.own-date-present",
    ),
    pytest.param(
        "declaration.own-date",
        "Le Canada a condamné, lundi, l'attaque perpétrée samedi à Goma contre un convoi humanitaire.",
        ["declaration CAN statement 2025-06-09 @Ottawa"],
        ["declaration CAN statement 2025-06-09 @Goma"],
        id="declaration.own-date-past",
    ),
    pytest.param(
        "declaration.heading-label",
        "Togo – Bénin – Accord de paix\n\nDéclaration de la porte-parole du ministère des Affaires étrangères\n\nLe Ghana salue la signature de l'accord de paix entre le Togo et le Bénin.",
        ["declaration GHA statement 2025-06-10 @Accra", "agreement BEN-TGO signed"],
        [
            "declaration BEN-TGO statement 2025-06",
            "declaration GHA statement 2025-06-10 @Accra",
            "agreement BEN-TGO signed",
        ],
        id="declaration.heading-label",
    ),
    pytest.param(
        "declaration.one-day",
        "Le président ghanéen a effectué du 2 au 4 juin une visite d'État au Togo. Les deux présidents ont adopté une déclaration commune sur la sécurité.",
        [
            "consultation GHA-TGO visit 2025-06-02/2025-06-04 @Lomé",
            "declaration GHA-TGO joint_declaration 2025-06-02 @Lomé",
        ],
        [
            "consultation GHA-TGO visit 2025-06-02/2025-06-04 @Lomé",
            "declaration GHA-TGO joint_declaration 2025-06-02/2025-06-04 @Lomé",
        ],
        id="declaration.one-day-first",
    ),
    pytest.param(
        "declaration.one-day",
        "La commission mixte ghanéo-togolaise a tenu sa 5e session les 2 et 3 juin à Lomé. Le communiqué final publié à l'issue des travaux a été signé par les deux ministres.",
        [
            "consultation GHA-TGO joint_commission 2025-06-02/2025-06-03 @Lomé r5",
            "declaration GHA-TGO joint_communique 2025-06-03 @Lomé",
        ],
        [
            "consultation GHA-TGO joint_commission 2025-06-02/2025-06-03 @Lomé r5",
            "declaration GHA-TGO joint_communique 2025-06-02/2025-06-03 @Lomé",
        ],
        id="declaration.one-day-final",
    ),
]

TRACED = [
    "declaration",
    "declaration.reaction",
    "declaration.response",
    "declaration.own-date",
    "declaration.one-day",
]

SILENT = [
    pytest.param(
        "declaration.own-date",
        "Le Kenya a condamné, dans un communiqué publié ce mardi, l'attaque perpétrée samedi contre un poste frontalier.",
        ["declaration KEN statement 2025-06-10 @Nairobi"],
        id="declaration.own-date-of-its-communique",
    ),
    pytest.param(
        "declaration.issue-verb",
        "Le Maroc a publié lundi une déclaration sur la pêche au Sénégal.",
        ["declaration MAR statement 2025-06-09 @Rabat"],
        id="declaration.issue-verb",
    ),
    pytest.param(
        "declaration.relayed",
        "Le Maroc et le Sénégal ont publié lundi un communiqué conjoint sur la pêche.",
        ["declaration MAR-SEN joint_communique 2025-06-09"],
        id="declaration.relayed",
    ),
    pytest.param(
        "declaration.own-date",
        "Lundi à Ottawa, le Canada a condamné l'attaque contre un convoi humanitaire.",
        ["declaration CAN statement 2025-06-09 @Ottawa"],
        id="declaration.own-date",
    ),
    pytest.param(
        "declaration.own-date",
        "Le Maroc et le Sénégal ont signé lundi un accord sur la pêche. Le Sénégal a salué mardi cet accord.",
        ["agreement MAR-SEN signed 2025-06-09", "declaration SEN statement 2025-06-10 @Dakar"],
        id="declaration.own-date-after-verb",
    ),
    pytest.param(
        "declaration.heading-label",
        "Togo – Bénin – Accord de paix\n\nDéclaration de la porte-parole du ministère des Affaires étrangères\n\nLe Togo et le Bénin ont signé lundi un accord de paix.",
        ["declaration BEN-TGO statement 2025-06-09", "agreement BEN-TGO signed 2025-06-09"],
        id="declaration.heading-label-no-statement",
    ),
    pytest.param(
        "declaration.one-day",
        "Le président ghanéen a effectué le 2 juin une visite au Togo. Les deux présidents ont adopté une déclaration commune sur la sécurité.",
        [
            "consultation GHA-TGO visit 2025-06-02 @Lomé",
            "declaration GHA-TGO joint_declaration 2025-06-02 @Lomé",
        ],
        id="declaration.one-day-single",
    ),
]


test_rule_fires, test_traced_rules_are_in_the_trace, test_rule_does_not_fire = RULE_TESTS
