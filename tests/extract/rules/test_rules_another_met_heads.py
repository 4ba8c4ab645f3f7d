# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""The heads of the meetings ``consultation.another-met`` splits a sentence into (acc14p):
« X a été reçu par le président A, avant de s'entretenir avec le ministre B » is two
meetings, and each keeps the one met after its own verb among its heads.

Each example compares the events' parties, sectors and heads with every rule on and with
only its rule switched off (:mod:`_examples`). The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from _examples import SHAPE_TESTS

SHAPES = [
    pytest.param(
        "consultation.another-met",
        "Le ministre tunisien Nabil Ammar a été reçu lundi à Rome par le président Sergio Mattarella, avant de s'entretenir avec le ministre Antonio Tajani.",
        [
            "ITA-TUN [politics] Nabil Ammar/TUN; Sergio Mattarella/ITA",
            "ITA-TUN [politics] Antonio Tajani/ITA; Nabil Ammar/TUN",
        ],
        ["ITA-TUN [politics] Nabil Ammar/TUN; Sergio Mattarella/ITA"],
        id="another-met-received-then-talked",
    ),
    pytest.param(
        "consultation.another-met",
        "La ministre ghanéenne Shirley Botchwey a été reçue mardi à Lomé par le président Faure Gnassingbé, avant de rencontrer le ministre Robert Dussey.",
        [
            "GHA-TGO [politics] Shirley Botchwey/GHA; Faure Gnassingbé/TGO",
            "GHA-TGO [politics] Robert Dussey/TGO; Shirley Botchwey/GHA",
        ],
        ["GHA-TGO [politics] Shirley Botchwey/GHA; Faure Gnassingbé/TGO"],
        id="another-met-received-then-met",
    ),
]
"""Texts where the rule fires: the events' shapes with it on, and with it off."""
SILENT_SHAPES = [
    pytest.param(
        "consultation.another-met",
        "Le ministre tunisien Nabil Ammar a été reçu lundi à Rome par le président Sergio Mattarella, avec qui il s'est entretenu des migrations.",
        ["ITA-TUN [politics,security] Nabil Ammar/TUN; Sergio Mattarella/ITA"],
        id="another-met-same-person",
    ),
]
"""Texts where the rule's words stand but it must not fire: the same shapes with it off."""
TRACED: list[str] = ["consultation.another-met"]
"""The rules that write their name in the trace of the events of their example."""


test_rule_fires, test_traced_rules_are_in_the_trace, test_rule_does_not_fire = SHAPE_TESTS
