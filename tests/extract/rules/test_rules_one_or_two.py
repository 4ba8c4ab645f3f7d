# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""Rules of the ninth accuracy round on "one event or two": lists of instruments given one by
one, and the mentions that the in-document merge must keep apart or bring together.

Each example compares the extraction with every rule on and with only its rule switched
off (:mod:`_examples`). The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from _examples import RULE_TESTS

FIRES = [
    pytest.param(
        "agreement.members",
        "Le Ghana et le Burkina Faso ont signé lundi à Accra deux accords : le premier dans le domaine de l'énergie solaire, le second en matière de sécurité frontalière.",
        [
            "agreement BFA-GHA signed 2025-06-09 @Accra",
            "agreement BFA-GHA signed 2025-06-09 @Accra",
        ],
        ["agreement BFA-GHA signed 2025-06-09 @Accra x2"],
        id="agreement.members-ordinal-in-the-field-of",
    ),
    pytest.param(
        "agreement.members",
        "Le ministre kényan des Affaires étrangères et son homologue éthiopien ont signé lundi trois protocoles : le premier pour la gestion des eaux du lac Turkana, le deuxième dans le domaine de la santé animale et le troisième consacré au tourisme.",
        [
            "agreement ETH-KEN signed 2025-06-09",
            "agreement ETH-KEN signed 2025-06-09",
            "agreement ETH-KEN signed 2025-06-09",
        ],
        ["agreement ETH-KEN signed 2025-06-09 x3"],
        id="agreement.members-ordinal-for-and-devoted",
    ),
    pytest.param(
        "agreement.members",
        "La Bolivie et le Paraguay ont conclu lundi deux mémorandums d'entente : l'un relatif au commerce du gaz, signé par M. Arce et son homologue paraguayen, l'autre dans le domaine de l'éducation.",
        ["agreement BOL-PRY signed 2025-06-09", "agreement BOL-PRY signed 2025-06-09"],
        ["agreement BOL-PRY signed 2025-06-09 x2"],
        id="agreement.members-one-and-other-after-an-abbreviated-title",
    ),
    pytest.param(
        "agreement.members",
        "Le Maroc et la Côte d'Ivoire ont signé lundi à Rabat quatre accords : le premier dans le domaine de la pêche, le deuxième en matière de transport aérien, le troisième pour la formation professionnelle et le dernier sur la santé.",
        [
            "agreement CIV-MAR signed 2025-06-09 @Rabat",
            "agreement CIV-MAR signed 2025-06-09 @Rabat",
            "agreement CIV-MAR signed 2025-06-09 @Rabat",
            "agreement CIV-MAR signed 2025-06-09 @Rabat",
        ],
        ["agreement CIV-MAR signed 2025-06-09 @Rabat x4"],
        id="agreement.members-four-with-the-last",
    ),
]

SILENT = [
    pytest.param(
        "agreement.members",
        "Le Ghana et le Togo ont signé lundi trois accords : le premier dans le domaine de l'énergie et le second en matière de douanes.",
        ["agreement GHA-TGO signed 2025-06-09 x3"],
        id="agreement.members-silent-count-differs",
    ),
    pytest.param(
        "agreement.members",
        "Le Niger et le Tchad ont signé lundi deux accords. Le premier ministre nigérien s'est ensuite entretenu à Niamey avec son homologue tchadien.",
        [
            "agreement NER-TCD signed 2025-06-09 @Niamey x2",
            "consultation NER-TCD meeting 2025-06-09 @Niamey",
        ],
        id="agreement.members-silent-prime-minister-next-sentence",
    ),
    pytest.param(
        "agreement.members",
        "La Tunisie et la Libye ont signé lundi plusieurs accords dans le domaine de l'énergie et en matière de commerce.",
        ["agreement LBY-TUN signed 2025-06-09"],
        id="agreement.members-silent-no-ordinals",
    ),
]

TRACED: list[str] = ["agreement.members"]
"""The rules that write their name in the trace of the events of their example."""


test_rule_fires, test_traced_rules_are_in_the_trace, test_rule_does_not_fire = RULE_TESTS
