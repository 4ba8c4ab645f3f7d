# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""The fields of a batch of instruments said in a next sentence (acc14a): « Cinq accords
ont été signés. Ils touchent notamment à A et à B ».

Each example compares the events' parties, sectors and heads with every rule on and with
only its rule switched off (:mod:`_examples`). The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from _examples import SHAPE_TESTS

SHAPES = [
    pytest.param(
        "agreement.group-pronoun",
        "Le Maroc et le Sénégal ont conclu lundi à Rabat cinq conventions. Elles concernent notamment la pêche et le transport maritime.",
        ["MAR-SEN [agriculture,transport]"],
        ["MAR-SEN [politics]"],
        id="agreement.group-pronoun-fields-fewer",
    ),
    pytest.param(
        "agreement.group-pronoun",
        "Au terme de la session, six accords ont été signés lundi à Lomé par le Togo et le Bénin. Leur texte n'a pas été publié, mais ils touchent notamment à l'énergie et à l'éducation.",
        ["BEN-TGO [education,energy]"],
        ["BEN-TGO [politics]"],
        id="agreement.group-pronoun-fields-after-but",
    ),
    pytest.param(
        "agreement.group-pronoun",
        "Le Vietnam et le Laos ont signé lundi plusieurs mémorandums. Ils couvrent la santé et le tourisme.",
        ["LAO-VNM [health,tourism]"],
        ["LAO-VNM [politics]"],
        id="agreement.group-pronoun-fields-no-number",
    ),
]

SILENT_SHAPES = [
    pytest.param(
        "agreement.group-pronoun",
        "Le Maroc et le Sénégal ont conclu lundi à Rabat cinq conventions sur l'agriculture. Elles concernent aussi le tourisme et la culture.",
        ["MAR-SEN [agriculture]"],
        id="agreement.group-pronoun-fields-own-already",
    ),
    pytest.param(
        "agreement.group-pronoun",
        "Le Maroc et le Sénégal ont conclu lundi à Rabat cinq conventions. Les ministres ont ensuite parlé de la pêche et du transport.",
        ["MAR-SEN [politics]"],
        id="agreement.group-pronoun-fields-no-pronoun",
    ),
]

TRACED: list[str] = ["agreement.group-pronoun"]
"""The rules that write their name in the trace of the events of their example."""


test_rule_fires, test_traced_rules_are_in_the_trace, test_rule_does_not_fire = SHAPE_TESTS
