# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""A capitalised word is a name, not a verb: « Narendra Modi a rencontré » holds no simple
future in -ra, so ``cue.not-yet`` leaves the meeting alone.

Each example compares the extraction with every rule on and with only its rule switched
off (:mod:`_examples`). The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from _examples import RULE_TESTS

FIRES = [
    pytest.param(
        "cue.not-yet",
        "Le ministre malien s'est entretenu lundi à Bamako avec son homologue français. Le gouvernement malien offrira mardi un dîner en l'honneur de la délégation française.",
        ["consultation FRA-MLI meeting 2025-06-09 @Bamako"],
        [
            "consultation FRA-MLI meeting 2025-06-09 @Bamako",
            "consultation FRA-MLI meeting 2025-06-10 @Bamako",
        ],
        id="cue.not-yet-simple-future",
    ),
]
"""A verb in -ra before the trigger: the dinner has not taken place."""
SILENT = [
    pytest.param(
        "cue.not-yet",
        "Le Premier ministre indien Narendra Modi a rencontré jeudi à Tokyo son homologue japonais Fumio Kishida.",
        ["consultation IND-JPN meeting 2025-06-05 @Tokyo"],
        id="cue.not-yet-name-in-ra",
    ),
    pytest.param(
        "cue.not-yet",
        "La présidente Alexandra Costa a reçu lundi à Lisbonne le ministre marocain des Affaires étrangères.",
        ["consultation MAR-PRT meeting 2025-06-09 @Lisbonne"],
        id="cue.not-yet-first-name-in-ra",
    ),
]
"""A capitalised word in -ra is a name: the meeting took place."""
TRACED: list[str] = []
"""Vetoes leave no trace on the events they stop."""


test_rule_fires, test_traced_rules_are_in_the_trace, test_rule_does_not_fire = RULE_TESTS
