# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""Rule ``parties.mediator-again``: the host or mediator of a meeting named again.

Each example compares the extraction with every rule on and with only its rule switched
off (:mod:`_examples`). The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from _examples import RULE_TESTS

FIRES = [
    pytest.param(
        "parties.mediator-again",
        "Les chefs de la diplomatie arménienne et azerbaïdjanaise se sont rencontrés lundi à Genève. La rencontre, organisée à l'initiative de la Suisse, a duré trois heures.",
        ["consultation ARM-AZE-CHE meeting 2025-06-09 @Genève"],
        [
            "consultation ARM-AZE meeting 2025-06-09 @Genève",
            "consultation ARM-CHE meeting 2025-06-09 @Genève",
        ],
        id="parties.mediator-again-initiative-copy-goes",
    ),
    pytest.param(
        "parties.mediator-again",
        "Le ministre soudanais des Affaires étrangères s'est entretenu mardi avec son homologue sud-soudanais. L'Éthiopie, qui a accueilli cette rencontre, y voit un pas en avant.",
        ["consultation ETH-SDN-SSD meeting 2025-06-10"],
        ["consultation SDN-SSD meeting 2025-06-10"],
        id="parties.mediator-again-host-subject",
    ),
    pytest.param(
        "parties.mediator-again",
        "Des pourparlers ont réuni samedi les délégations serbe et kosovare à Bruxelles. Ces discussions se sont tenues sous l'égide de l'Union européenne.",
        ["consultation EU-SRB-XKX meeting 2025-06-07 @Bruxelles"],
        ["consultation SRB-XKX meeting 2025-06-07 @Bruxelles"],
        id="parties.mediator-again-aegis",
    ),
    pytest.param(
        "parties.mediator-again",
        "Le Premier ministre pakistanais s'est entretenu dimanche avec le chef du gouvernement indien. Cette rencontre a eu lieu sous la médiation des Émirats arabes unis, selon un diplomate.",
        ["consultation ARE-IND-PAK meeting 2025-06-08"],
        ["consultation IND-PAK meeting 2025-06-08"],
        id="parties.mediator-again-mediation",
    ),
    pytest.param(
        "parties.mediator-again",
        "Le Tchad et le Soudan ont signé lundi à Doha un accord de cessez-le-feu. Le Qatar, qui a accueilli la rencontre, promet de suivre son application.",
        [
            "agreement SDN-TCD signed 2025-06-09 @Doha",
            "consultation QAT-SDN-TCD meeting 2025-06-09 @Doha",
        ],
        [
            "agreement SDN-TCD signed 2025-06-09 @Doha",
            "consultation QAT-TCD meeting 2025-06-09 @Doha",
        ],
        id="parties.mediator-again-host-of-a-signing",
    ),
]
SILENT = [
    pytest.param(
        "parties.mediator-again",
        "Le président ghanéen a reçu mardi le ministre togolais des Affaires étrangères. La rencontre a été organisée à l'initiative de la partie togolaise.",
        ["consultation GHA-TGO meeting 2025-06-10 @Accra"],
        id="parties.mediator-again-already-a-side",
    ),
    pytest.param(
        "parties.mediator-again",
        "Le ministre marocain a rencontré son homologue espagnol lundi à Rabat. Le Portugal, qui a accueilli en mai une conférence sur l'eau, n'a pas été associé.",
        ["consultation ESP-MAR meeting 2025-06-09 @Rabat"],
        id="parties.mediator-again-another-gathering",
    ),
    pytest.param(
        "parties.mediator-again",
        "Le ministre marocain a rencontré son homologue espagnol lundi à Rabat. Le Portugal a signé mardi avec la France un accord sur l'eau. Le sommet de Lisbonne s'est tenu en mai sous l'égide de l'Union européenne.",
        [
            "consultation ESP-MAR meeting 2025-06-09 @Rabat",
            "agreement FRA-PRT signed 2025-06-10",
            "consultation EU summit 2025-05 @Lisbonne",
        ],
        id="parties.mediator-again-a-meeting-of-its-own",
    ),
]
"""Texts where the rule's words stand but it must not fire: the same outcome with it off."""
TRACED: list[str] = ["parties.mediator-again"]
"""The rules that write their name in the trace of the events of their example."""


test_rule_fires, test_traced_rules_are_in_the_trace, test_rule_does_not_fire = RULE_TESTS
