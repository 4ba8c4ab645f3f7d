# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""Side rules whose trace was lost (issue 9): rules that narrowed or chose an event's
sides, changed its parties, and yet were named in no event's trace.

- ``parties.topic-aside`` and ``parties.new-clause``: once a named person added a side
  (rule ``parties.persons``), the trace kept only the clause and the persons, dropping
  the narrowing rule; and the narrowing was traced only when the clause alone found
  other sides, not when the persons of the cut part did.
- ``parties.plural-subject``: traced only when the sentence did not name both sides of
  the pair; a side named as a matter (« du cacao ghanéen ») hid it.

Each example compares the extraction with every rule on and with only its rule switched
off (:mod:`_examples`), and its rule must be in the trace. The texts are written for
these tests.
"""

from __future__ import annotations

import pytest
from _examples import RULE_TESTS

_TWO_MEETINGS = "Le Ghana et le Togo resserrent leurs liens\n\nLe Ghana et le Togo ont tenu lundi à Accra leur commission mixte. Le président ghanéen a ensuite reçu mardi son homologue burkinabè. "

FIRES = [
    pytest.param(
        "parties.topic-aside",
        "Le ministre Maxime Prévot s'est entretenu lundi à Ottawa avec son homologue canadienne, notamment de l'aide à l'Ukraine.",
        ["consultation BEL-CAN meeting 2025-06-09 @Ottawa"],
        ["consultation BEL-CAN-UKR meeting 2025-06-09 @Ottawa"],
        id="topic-aside-person-side",
    ),
    pytest.param(
        "parties.new-clause",
        "Le ministre Maxime Prévot a reçu jeudi à Bruxelles son homologue chilien, alors que la Bolivie réclame un accès à la mer.",
        [
            "consultation BEL-CHL meeting 2025-06-05 @Bruxelles",
            "declaration BOL statement 2025-06-05 @La Paz",
        ],
        [
            "consultation BEL-BOL-CHL meeting 2025-06-05 @Bruxelles",
            "declaration BOL statement 2025-06-05 @La Paz",
        ],
        id="new-clause-person-side",
    ),
    pytest.param(
        "parties.new-clause",
        "Le Premier ministre Mark Carney s'est entretenu mercredi à Oslo avec le Premier ministre norvégien, au moment où la Russie renforce sa présence dans l'Arctique.",
        ["consultation CAN-NOR meeting 2025-06-04 @Oslo"],
        ["consultation CAN-NOR-RUS meeting 2025-06-04 @Oslo"],
        id="new-clause-person-side-moment",
    ),
    pytest.param(
        "parties.plural-subject",
        _TWO_MEETINGS
        + "Au terme de leurs échanges, ils ont signé un mémorandum sur les exigences phytosanitaires pour l'exportation de mangues burkinabè vers le Ghana.",
        [
            "consultation GHA-TGO joint_commission 2025-06-09 @Accra",
            "consultation BFA-GHA meeting 2025-06-10 @Accra",
            "agreement BFA-GHA signed 2025-06-10 @Accra",
        ],
        [
            "consultation GHA-TGO joint_commission 2025-06-09 @Accra",
            "consultation BFA-GHA meeting 2025-06-10 @Accra",
            "agreement GHA-TGO signed 2025-06-10 @Accra",
        ],
        id="plural-subject-both-named-as-matter",
    ),
    pytest.param(
        "parties.plural-subject",
        _TWO_MEETINGS
        + "Au terme de leur tête-à-tête, ils ont signé un accord sur la livraison d'électricité ghanéenne au Burkina Faso.",
        [
            "consultation GHA-TGO joint_commission 2025-06-09 @Accra",
            "consultation BFA-GHA meeting 2025-06-10 @Accra",
            "agreement BFA-GHA signed 2025-06-10 @Accra",
        ],
        [
            "consultation GHA-TGO joint_commission 2025-06-09 @Accra",
            "consultation BFA-GHA meeting 2025-06-10 @Accra",
            "agreement GHA-TGO signed 2025-06-10 @Accra",
        ],
        id="plural-subject-delivery",
    ),
]

SILENT = [
    pytest.param(
        "parties.topic-aside",
        "Le ministre Maxime Prévot s'est entretenu lundi à Ottawa avec son homologue canadienne, notamment du Mexique et du Chili.",
        ["consultation BEL-CAN-CHL-MEX meeting 2025-06-09 @Ottawa"],
        id="topic-aside-listed-states-person",
    ),
    pytest.param(
        "parties.plural-subject",
        _TWO_MEETINGS
        + "Le Ghana et le Burkina Faso ont signé mardi un accord sur la livraison d'électricité.",
        [
            "consultation GHA-TGO joint_commission 2025-06-09 @Accra",
            "consultation BFA-GHA meeting 2025-06-10 @Accra",
            "agreement BFA-GHA signed 2025-06-10 @Accra",
        ],
        id="plural-subject-sides-named",
    ),
]

TRACED = ["parties.new-clause", "parties.plural-subject", "parties.topic-aside"]
"""The rules that write their name in the trace of the events of their example."""

test_rule_fires, test_traced_rules_are_in_the_trace, test_rule_does_not_fire = RULE_TESTS
