# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""More declaration rules: issuers, titles and reactions at a meeting.

Each example compares the extraction with every rule on and with only its rule switched
off (:mod:`_examples`). The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from _examples import RULE_TESTS

FIRES = [
    pytest.param(
        "declaration.issued-joint",
        "Le ministre marocain s'est entretenu lundi à Rabat avec son homologue espagnol. Dans un communiqué conjoint publié mardi, les deux pays se félicitent de leur coopération migratoire.",
        [
            "consultation ESP-MAR meeting 2025-06-09 @Rabat",
            "declaration ESP-MAR joint_communique 2025-06-10 @Rabat",
        ],
        ["consultation ESP-MAR meeting 2025-06-09 @Rabat"],
        id="declaration.issued-joint",
    ),
    pytest.param(
        "declaration.genitive-issuer",
        "Le ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais. Le Maroc a répondu mardi à la déclaration du ministère algérien des Affaires étrangères.",
        [
            "consultation MAR-SEN meeting 2025-06-09 @Rabat",
            "declaration MAR statement 2025-06-10 @Rabat",
            "declaration DZA statement 2025-06-10 bg",
        ],
        ["consultation MAR-SEN meeting 2025-06-09 @Rabat"],
        id="declaration.genitive-issuer",
    ),
    pytest.param(
        "declaration.genitive-issuer+declaration.closing-text",
        "Le Vietnam et le Japon ont tenu lundi un sommet à Tokyo. À la clôture du sommet, les dirigeants ont adopté la « Déclaration de la vision sur le partenariat ASEAN-Japon ».",
        [
            "consultation JPN-VNM summit 2025-06-09 @Tokyo",
            "declaration ASEAN-JPN statement 2025-06-09 @Tokyo",
        ],
        ["consultation JPN-VNM summit 2025-06-09 @Tokyo"],
        id="declaration.genitive-issuer-pair",
    ),
    pytest.param(
        "declaration.genitive-issuer",
        "Le président chilien a reçu lundi à Santiago son homologue argentin. À la clôture de la visite, les dirigeants ont adopté la « Déclaration de l'amitié Argentine-Chili ».",
        [
            "consultation ARG-CHL meeting 2025-06-09 @Santiago",
            "consultation ARG-CHL visit 2025-06-09 @Santiago",
            "declaration ARG-CHL statement 2025-06-09 @Santiago",
        ],
        [
            "consultation ARG-CHL meeting 2025-06-09 @Santiago",
            "consultation ARG-CHL visit 2025-06-09 @Santiago",
        ],
        id="declaration.genitive-issuer-pair-of-states",
    ),
    pytest.param(
        "declaration.reaction-at-meeting",
        "Le ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais, et le Maroc condamne l'attaque contre Dakar lors de la rencontre.",
        [
            "consultation MAR-SEN meeting 2025-06-09 @Rabat",
            "declaration MAR statement 2025-06-09 @Rabat",
        ],
        [
            "consultation MAR-SEN meeting 2025-06-09 @Rabat",
            "declaration MAR statement 2025-06-09 @Rabat",
        ],
        id="declaration.reaction-at-meeting",
    ),
    pytest.param(
        "declaration.titled",
        "Le ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais. Les deux ministres ont évoqué la Déclaration sur la sécurité régionale.",
        [
            "consultation MAR-SEN meeting 2025-06-09 @Rabat",
            "declaration MAR-SEN statement 2025-06-09 @Rabat",
        ],
        ["consultation MAR-SEN meeting 2025-06-09 @Rabat"],
        id="declaration.titled",
    ),
    pytest.param(
        "declaration.genre-heading",
        "COMMUNIQUÉ DE PRESSE\n\nLe Mali condamne fermement l'attaque perpétrée lundi contre une patrouille nigérienne.",
        ["declaration MLI statement 2025-06-10 @Bamako"],
        ["declaration MLI statement 2025-06-09 @Bamako"],
        id="declaration.genre-heading",
    ),
    pytest.param(
        "declaration.genre-heading",
        "Ambassade du Japon à Dakar – Communiqué de presse\n\nLe ministre japonais s'est entretenu lundi à Dakar avec son homologue sénégalais.",
        ["consultation JPN-SEN meeting 2025-06-09 @Dakar"],
        [
            "declaration JPN-SEN statement 2025-06-09 @Dakar",
            "consultation JPN-SEN meeting 2025-06-09 @Dakar",
        ],
        id="declaration.genre-heading-embassy",
    ),
    pytest.param(
        "declaration.genre-heading",
        "Communiqué du ministère\n\nLa Tunisie condamne avec fermeté les frappes menées lundi contre le Liban.",
        ["declaration TUN statement 2025-06-10 @Tunis"],
        ["declaration TUN statement 2025-06-09 @Tunis"],
        id="declaration.genre-heading-ministry",
    ),
]

SILENT = [
    pytest.param(
        "declaration.issued-joint",
        "Le ministre marocain s'est entretenu lundi à Rabat avec son homologue espagnol. Selon le communiqué conjoint publié mardi, les deux ministres ont évoqué la migration.",
        ["consultation ESP-MAR meeting 2025-06-09 @Rabat"],
        id="declaration.issued-joint-relayed",
    ),
    pytest.param(
        "declaration.genitive-issuer",
        "Le Maroc et le Sénégal ont publié lundi une déclaration commune sur la sécurité.",
        ["declaration MAR-SEN joint_declaration 2025-06-09"],
        id="declaration.genitive-issuer",
    ),
    pytest.param(
        "declaration.reaction-at-meeting",
        "Le Maroc condamne l'attaque contre l'ambassade du Sénégal à Dakar.",
        ["declaration MAR statement 2025-06-10 @Rabat"],
        id="declaration.reaction-at-meeting",
    ),
    pytest.param(
        "declaration.titled",
        "Le Maroc et le Sénégal ont adopté lundi la Déclaration de Rabat sur la sécurité.",
        ["declaration MAR-SEN statement 2025-06-09 @Rabat"],
        id="declaration.titled",
    ),
    pytest.param(
        "declaration.genre-heading",
        "Déclaration sur le partenariat stratégique entre le Maroc et le Nigeria\n\nLe Maroc et le Nigeria ont adopté lundi à Rabat une déclaration conjointe.",
        ["declaration MAR-NGA statement 2025-06-09 @Rabat"],
        id="declaration.genre-heading-titled",
    ),
    pytest.param(
        "declaration.genre-heading",
        "Le ministère sénégalais des Affaires étrangères a publié lundi un communiqué de presse condamnant l'attaque contre le Niger.",
        ["declaration SEN statement 2025-06-09 @Dakar"],
        id="declaration.genre-heading-issued",
    ),
]
"""Texts where the rule's words stand but it must not fire: the same outcome with it off."""
TRACED: list[str] = ["declaration.titled", "declaration.issued-joint"]
"""The rules that write their name in the trace of the events of their example."""


test_rule_fires, test_traced_rules_are_in_the_trace, test_rule_does_not_fire = RULE_TESTS
