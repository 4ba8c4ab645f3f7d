# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""Statements found (eighth round): the forms of a statement that the rules missed.

Each example compares the extraction with every rule on and with only this rule switched
off: where the rule fires, the outcomes differ as written; where it must not fire, they
agree. Every text yields events, so that "no event" cannot pass by extracting nothing.
The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from _examples import RULE_TESTS

FIRES = [
    # a feeling quoted inside the verb's phrase: « a exprimé sa « vive préoccupation » »
    pytest.param(
        "declaration.ministry-statement",
        "Le ministère tunisien des Affaires étrangères a exprimé dimanche sa « profonde inquiétude » après les combats à Tripoli.",
        ["declaration TUN statement 2025-06-08 @Tunis"],
        [],
        id="ministry-statement-quoted-feeling",
    ),
    pytest.param(
        "declaration.ministry-statement",
        "La diplomatie norvégienne a exprimé jeudi sa « solidarité » avec les victimes des inondations au Pakistan.",
        ["declaration NOR statement 2025-06-05 @Oslo"],
        [],
        id="ministry-statement-quoted-solidarity",
    ),
    # a matter followed with concern: the communiqués' « suit avec préoccupation »
    pytest.param(
        "declaration.ministry-statement",
        "Le gouvernement malien suit avec la plus grande préoccupation la situation humanitaire au nord du Niger.",
        ["declaration MLI statement 2025-06-10 @Bamako"],
        [],
        id="ministry-statement-follows-with-concern",
    ),
    pytest.param(
        "declaration.ministry-statement",
        "Le ministère canadien des Affaires étrangères suit avec attention l'évolution de la crise au Soudan, a-t-il indiqué mardi.",
        ["declaration CAN statement 2025-06-10 @Ottawa"],
        [],
        id="ministry-statement-follows-with-attention",
    ),
    pytest.param(
        "declaration.ministry-statement",
        "ALGER, 3 mars (APS) - Le ministère des Affaires étrangères suit avec une vive inquiétude les affrontements à la frontière libyenne.",
        ["declaration DZA statement 2025-06-10 @Alger"],
        [],
        id="ministry-statement-follows-under-a-dateline",
    ),
    pytest.param(
        "declaration.ministry-statement",
        "Les autorités ivoiriennes suivent avec vigilance la montée des tensions au Burkina Faso.",
        ["declaration CIV statement 2025-06-10 @Abidjan"],
        [],
        id="ministry-statement-follow-plural",
    ),
]
"""Texts where the rule fires: the events with it on, then with it off."""

SILENT = [
    pytest.param(
        "declaration.ministry-statement",
        "Le ministre sénégalais a suivi avec intérêt la présentation du projet à Dakar. Le Sénégal et la Gambie ont signé lundi un accord sur la pêche.",
        ["agreement GMB-SEN signed 2025-06-09"],
        id="ministry-statement-a-person-follows",
    ),
    pytest.param(
        "declaration.ministry-statement",
        "Le président kényan, qui suit avec attention le dossier, a reçu lundi à Nairobi son homologue éthiopien.",
        ["consultation ETH-KEN meeting 2025-06-09 @Nairobi"],
        id="ministry-statement-follows-in-a-relative",
    ),
    pytest.param(
        "declaration.ministry-statement",
        "L'ambassadeur a exprimé sa « gratitude » au peuple marocain. Le Maroc et le Ghana ont signé lundi un accord sur la pêche.",
        ["agreement GHA-MAR signed 2025-06-09"],
        id="ministry-statement-a-person-quoted",
    ),
]
"""Texts where the rule's words stand but it must not fire: the same outcome with it off."""
TRACED: list[str] = ["declaration.ministry-statement"]
"""The rules that write their name in the trace of the events of their example."""


test_rule_fires, test_traced_rules_are_in_the_trace, test_rule_does_not_fire = RULE_TESTS
