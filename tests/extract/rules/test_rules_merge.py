# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""The in-document merge and the finish pass (``_merge.py``, ``_finish.py``).

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
        "merge.anaphoric-declaration",
        "Le Maroc et le Sénégal ont adopté lundi une déclaration commune sur la sécurité. Le Sénégal a publié mardi la déclaration à Dakar.",
        ["declaration MAR-SEN joint_declaration 2025-06-09 @Dakar"],
        [
            "declaration MAR-SEN joint_declaration 2025-06-09 @Dakar",
            "declaration SEN statement 2025-06-10 @Dakar",
        ],
        id="merge.anaphoric-declaration",
    ),
    pytest.param(
        "finish.weak-duplicate+merge.same-event",
        "Réunion entre le Maroc et le Sénégal\nLe ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais.",
        ["consultation MAR-SEN meeting 2025-06-09 @Rabat"],
        [
            "consultation MAR-SEN meeting 2025-06-09 @Rabat",
            "consultation MAR-SEN meeting 2025-06-09 @Rabat",
        ],
        id="finish.weak-duplicate",
    ),
    pytest.param(
        "merge.distinct-instrument",
        "Le Maroc et le Sénégal ont signé lundi à Rabat un accord de coopération dans le domaine de la pêche. Un autre accord sur la pêche artisanale a été signé par les deux ministres.",
        [
            "agreement MAR-SEN signed 2025-06-09 @Rabat",
            "agreement MAR-SEN signed 2025-06-09 @Rabat",
        ],
        ["agreement MAR-SEN signed 2025-06-09 @Rabat"],
        id="merge.distinct-instrument-other",
    ),
    pytest.param(
        "merge.distinct-instrument",
        "Le Ghana et le Togo ont signé lundi à Accra un mémorandum d'entente sur l'agriculture. Un mémorandum d'entente supplémentaire sur l'agriculture a été signé entre le ministère ghanéen de l'Agriculture et son homologue togolais.",
        [
            "agreement GHA-TGO signed 2025-06-09 @Accra",
            "agreement GHA-TGO signed 2025-06-09 @Accra",
        ],
        ["agreement GHA-TGO signed 2025-06-09 @Accra"],
        id="merge.distinct-instrument-supplementary",
    ),
    pytest.param(
        "merge.dyad-summit",
        "Le Premier ministre thaïlandais a achevé lundi sa visite au Japon, où il a participé au sommet marquant les 40 ans de relations entre l'ASEAN et le Japon. Le Premier ministre a participé au sommet consacré aux relations ASEAN-Japon.",
        ["consultation JPN-THA visit 2025-06-09", "consultation ASEAN-JPN-THA summit 2025-06-09"],
        [
            "consultation JPN-THA visit 2025-06-09",
            "consultation ASEAN-JPN-THA summit 2025-06-09",
            "consultation ASEAN-JPN summit 2025-06-09",
        ],
        id="merge.dyad-summit",
    ),
]
SILENT = [
    pytest.param(
        "merge.anaphoric-declaration",
        "Le Maroc et le Sénégal ont adopté lundi une déclaration commune sur la sécurité. Le Sénégal et le Mali ont adopté mardi une déclaration commune sur l'eau.",
        [
            "declaration MAR-SEN joint_declaration 2025-06-09",
            "declaration MLI-SEN joint_declaration 2025-06-10",
        ],
        id="merge.anaphoric-declaration",
    ),
    pytest.param(
        "finish.weak-duplicate",
        "Réunion entre le Maroc et la Mauritanie\nLe ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais.",
        [
            "consultation MAR-MRT meeting 2025-06-09 @Rabat",
            "consultation MAR-SEN meeting 2025-06-09 @Rabat",
        ],
        id="finish.weak-duplicate",
    ),
    pytest.param(
        "merge.distinct-instrument",
        "Le Ghana et le Togo ont signé lundi à Accra un mémorandum d'entente sur l'agriculture. Le mémorandum d'entente sur l'agriculture a été signé par les deux ministres.",
        ["agreement GHA-TGO signed 2025-06-09 @Accra"],
        id="merge.distinct-instrument-same",
    ),
    pytest.param(
        "merge.distinct-instrument",
        "Le Maroc et le Sénégal ont signé lundi à Rabat un nouvel accord de pêche. L'accord de pêche a été signé par les deux ministres.",
        ["agreement MAR-SEN signed 2025-06-09 @Rabat"],
        id="merge.distinct-instrument-first-mention",
    ),
    pytest.param(
        "merge.dyad-summit",
        "Le Premier ministre thaïlandais a participé lundi à Tokyo au sommet entre l'ASEAN, la Chine et le Japon. Mardi, le sommet consacré aux relations ASEAN-Japon s'est tenu à Osaka.",
        # another day: another summit
        [
            "consultation ASEAN-CHN-JPN-THA summit 2025-06-09 @Tokyo",
            "consultation ASEAN-JPN summit 2025-06-10 @Osaka",
        ],
        id="merge.dyad-summit-another-day",
    ),
    pytest.param(
        "merge.dyad-summit",
        "Le président sénégalais a participé lundi au sommet de l'Union africaine avec la Chine et le Japon. Mardi, le sommet des relations UA-Japon a réuni les ministres.",
        # the earlier summit's sides do not hold both of the pair
        ["consultation AU-SEN summit 2025-06-09", "consultation AU-JPN summit 2025-06-10"],
        id="merge.dyad-summit-other-sides",
    ),
]
"""Texts where the rule's words stand but it must not fire: the same outcome with it off."""
TRACED: list[str] = [
    "merge.anaphoric-declaration",
    "merge.distinct-instrument",
    "merge.dyad-summit",
]
"""The rules that write their name in the trace of the events of their example."""


test_rule_fires, test_traced_rules_are_in_the_trace, test_rule_does_not_fire = RULE_TESTS
