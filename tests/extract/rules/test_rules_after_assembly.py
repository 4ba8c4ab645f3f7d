# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""The builders and attribute rules that run after assembly (statements, gatherings, visits named by a noun, places of seats of power).

Each example compares the extraction with every rule on and with only this rule switched
off: where the rule fires, the outcomes differ as written; where it must not fire, they
agree. A rule written ``"a+b"`` is checked with rule ``b``, which would also catch the
example, switched off too. Every text yields events, so that "no event" cannot pass by
extracting nothing. The texts are written for these tests.
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
            "consultation MAR-SEN visit",
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
        ["consultation MAR-SEN visit 2025-06-09"],
        id="consultation.visit-phrase",
    ),
    pytest.param(
        "place.venue",
        "Le président français a reçu lundi à Paris son homologue sénégalais.",
        ["consultation FRA-SEN meeting 2025-06-09 @Paris"],
        id="place.venue",
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
