# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""The builders and attribute rules that run after assembly (statements, gatherings, visits named by a noun, places of seats of power).

Each example compares the extraction with every rule on and with only its rule switched
off (:mod:`_examples`). The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from _examples import RULE_TESTS

FIRES = [
    pytest.param(
        "declaration.ministry-statement",
        "Le ministère sénégalais des Affaires étrangères condamne l'attaque contre l'ambassade du Maroc à Dakar.",
        ["declaration SEN statement 2025-06-10 @Dakar"],
        [],
        id="declaration.ministry-statement",
    ),
    pytest.param(
        "declaration.ministry-statement",
        "Le ministère sénégalais des Affaires étrangères a condamné lundi, dans un communiqué publié à Dakar, l'attaque contre une caserne malienne. Le gouvernement gambien y appelle les États de la région à coopérer.",
        ["declaration SEN statement 2025-06-09 @Dakar"],
        [],
        id="declaration.ministry-statement-in-the-text",
    ),
    pytest.param(
        "declaration.ministry-statement",
        "Le ministère sénégalais des Affaires étrangères a condamné lundi, dans un communiqué publié à Dakar, l'attaque contre une caserne malienne. Le gouvernement gambien appelle les États de la région à coopérer.",
        [
            "declaration SEN statement 2025-06-09 @Dakar",
            "declaration GMB statement 2025-06-10 @Banjul",
        ],
        [],
        id="declaration.ministry-statement-another-issuer",
    ),
    pytest.param(
        "declaration.no-statement",
        "Le ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais. Les deux ministres ont fait des déclarations à la presse à l'issue de l'entretien.",
        ["consultation MAR-SEN meeting 2025-06-09 @Rabat"],
        [
            "consultation MAR-SEN meeting 2025-06-09 @Rabat",
            "declaration MAR-SEN statement 2025-06-09 @Rabat",
        ],
        id="declaration.no-statement",
    ),
    pytest.param(
        "consultation.gathering",
        "Le 20e sommet de l'Union africaine s'est ouvert lundi à Addis-Abeba.",
        ["consultation AU summit 2025-06-09 @Addis-Abeba r20"],
        [],
        id="consultation.gathering",
    ),
    pytest.param(
        "consultation.visit-phrase",
        "Le ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais. Cette visite du ministre sénégalais au Maroc a permis de signer un accord sur la pêche.",
        [
            "consultation MAR-SEN meeting 2025-06-09 @Rabat",
            "agreement MAR-SEN signed 2025-06-09 @Rabat",
            "consultation MAR-SEN visit @Rabat",
        ],
        [
            "consultation MAR-SEN meeting 2025-06-09 @Rabat",
            "agreement MAR-SEN signed 2025-06-09 @Rabat",
        ],
        id="consultation.visit-phrase",
    ),
    pytest.param(
        "place.venue",
        "Le président français a reçu lundi à l'Élysée son homologue sénégalais.",
        ["consultation FRA-SEN meeting 2025-06-09 @Paris"],
        ["consultation FRA-SEN meeting 2025-06-09 @Paris"],
        id="place.venue",
    ),
    pytest.param(
        "declaration.no-statement",
        "Le président ghanéen a reçu lundi à Accra son homologue togolais. Les deux présidents ont salué la qualité de leur coopération lors de déclarations conjointes à la fin de la visite.",
        [
            "consultation GHA-TGO meeting 2025-06-09 @Accra",
            "consultation GHA-TGO visit 2025-06-09 @Accra",
        ],
        [
            "consultation GHA-TGO meeting 2025-06-09 @Accra",
            "declaration GHA-TGO joint_declaration 2025-06-09 @Accra",
            "consultation GHA-TGO visit 2025-06-09 @Accra",
        ],
        id="declaration.no-statement-occasion",
    ),
    pytest.param(
        "declaration.no-statement",
        "Le président kényan s'est entretenu mardi à Nairobi avec son homologue ougandais. Au cours de déclarations communes, ils ont appelé à la paix au Soudan du Sud.",
        ["consultation KEN-UGA meeting 2025-06-10 @Nairobi"],
        [
            "consultation KEN-UGA meeting 2025-06-10 @Nairobi",
            "declaration KEN-SSD joint_declaration 2025-06-10 @Nairobi",
        ],
        id="declaration.no-statement-in-the-course",
    ),
    pytest.param(
        "declaration.no-statement",
        "Le ministre algérien a reçu lundi à Alger son homologue tunisien. À l'occasion de déclarations conjointes, les deux ministres ont salué la reprise des échanges.",
        ["consultation DZA-TUN meeting 2025-06-09 @Alger"],
        [
            "consultation DZA-TUN meeting 2025-06-09 @Alger",
            "declaration DZA-TUN joint_declaration 2025-06-09 @Alger",
        ],
        id="declaration.no-statement-on-the-occasion",
    ),
    pytest.param(
        "declaration.cited",
        "Le ministre russe a reçu lundi à Moscou son homologue arménien. Ils ont évoqué la mise en œuvre des déclarations tripartites entre la Russie, l'Arménie et l'Azerbaïdjan.",
        ["consultation ARM-RUS meeting 2025-06-09 @Moscou"],
        [
            "consultation ARM-RUS meeting 2025-06-09 @Moscou",
            "declaration ARM-AZE-RUS joint_declaration 2025-06-09 @Moscou",
        ],
        id="declaration.cited",
    ),
    pytest.param(
        "declaration.cited",
        "Le ministre malien a reçu lundi à Bamako son homologue nigérien, avec qui il a discuté de l'application de la déclaration commune du Mali et du Niger.",
        ["consultation MLI-NER meeting 2025-06-09 @Bamako"],
        [
            "consultation MLI-NER meeting 2025-06-09 @Bamako",
            "declaration MLI-NER joint_declaration 2025-06-09 @Bamako",
        ],
        id="declaration.cited-application",
    ),
    pytest.param(
        "declaration.cited",
        "Le président tchadien s'est entretenu mardi à N'Djamena avec son homologue centrafricain, conformément au communiqué conjoint du Tchad et de la Centrafrique.",
        ["consultation CAF-TCD meeting 2025-06-10 @N'Djamena"],
        [
            "consultation CAF-TCD meeting 2025-06-10 @N'Djamena",
            "declaration CAF-TCD joint_communique 2025-06-10 @N'Djamena",
        ],
        id="declaration.cited-in-accordance",
    ),
]

SILENT = [
    pytest.param(
        "declaration.ministry-statement",
        "Le ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais. Le président sénégalais a salué la qualité de l'accueil.",
        ["consultation MAR-SEN meeting 2025-06-09 @Rabat"],
        id="declaration.ministry-statement",
    ),
    pytest.param(
        "declaration.no-statement",
        "Le Maroc et le Sénégal ont adopté lundi une déclaration commune sur la sécurité.",
        ["declaration MAR-SEN joint_declaration 2025-06-09"],
        id="declaration.no-statement",
    ),
    pytest.param(
        "consultation.gathering",
        "Le ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais. Le 20e sommet de l'Union africaine se tiendra en juillet à Addis-Abeba.",
        ["consultation MAR-SEN meeting 2025-06-09 @Rabat"],
        id="consultation.gathering",
    ),
    pytest.param(
        "consultation.visit-phrase",
        "Le président sénégalais a effectué lundi une visite officielle au Maroc.",
        ["consultation MAR-SEN visit 2025-06-09 @Rabat"],
        id="consultation.visit-phrase",
    ),
    pytest.param(
        "place.venue",
        "Le président français a reçu lundi à Paris son homologue sénégalais.",
        ["consultation FRA-SEN meeting 2025-06-09 @Paris"],
        id="place.venue",
    ),
    pytest.param(
        "declaration.no-statement",
        "Le président ghanéen a reçu lundi à Accra son homologue togolais. Les deux présidents ont adopté une déclaration conjointe sur la sécurité maritime.",
        [
            "consultation GHA-TGO meeting 2025-06-09 @Accra",
            "declaration GHA-TGO joint_declaration 2025-06-09 @Accra",
        ],
        id="declaration.no-statement-adopted-one",
    ),
    pytest.param(
        "declaration.no-statement",
        "Le président ghanéen a reçu lundi à Accra son homologue togolais. Ils ont publié des déclarations conjointes sur la sécurité et le commerce.",
        [
            "consultation GHA-TGO meeting 2025-06-09 @Accra",
            "declaration GHA-TGO joint_declaration 2025-06-09 @Accra",
        ],
        id="declaration.no-statement-published-plural",
    ),
    pytest.param(
        "declaration.cited",
        "Le ministre russe a reçu lundi à Moscou son homologue arménien. Les deux hommes ont fait le point sur l'application des déclarations tripartites du 10 novembre 2020 entre la Russie, l'Arménie et l'Azerbaïdjan.",
        [
            "consultation ARM-RUS meeting 2025-06-09 @Moscou",
            "declaration ARM-AZE-RUS joint_declaration 2020-11-10 bg",
        ],
        id="declaration.cited-dated",
    ),
    pytest.param(
        "declaration.cited",
        "Le ministre malien a reçu lundi à Bamako son homologue nigérien. Les deux ministres ont adopté une déclaration commune sur la sécurité.",
        [
            "consultation MLI-NER meeting 2025-06-09 @Bamako",
            "declaration MLI-NER joint_declaration 2025-06-09 @Bamako",
        ],
        id="declaration.cited-adopted",
    ),
]
"""Texts where the rule's words stand but it must not fire: the same outcome with it off."""
TRACED: list[str] = [
    "consultation.gathering",
    "consultation.visit-phrase",
    "declaration.ministry-statement",
    "place.venue",
]
"""The rules that write their name in the trace of the events of their example."""


test_rule_fires, test_traced_rules_are_in_the_trace, test_rule_does_not_fire = RULE_TESTS
