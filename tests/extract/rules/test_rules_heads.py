# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""Heads and sectors: who leads each side, and what a talk is about.

Each example compares the heads and sectors of the events (:func:`_examples.shapes`)
with every rule on and with only this rule switched off: where the rule fires, the
outcomes differ as written; where it must not fire, they agree. A rule written ``"a+b"``
is checked with rule ``b``, which would also catch the example, switched off too. Every
text yields events, so that "no event" cannot pass by extracting nothing. The texts are
written for these tests.
"""

from __future__ import annotations

import pytest
from _examples import SHAPE_TESTS

SHAPES = [
    pytest.param(
        "heads.sentence",
        "M. Amadou Ba, ministre sénégalais des Affaires étrangères, s'est entretenu lundi à Rabat avec son homologue marocain, M. Nasser Bourita.",
        ["MAR-SEN [politics] Amadou Ba/SEN; Nasser Bourita/MAR"],
        ["MAR-SEN [politics] Nasser Bourita/MAR; Amadou Ba/SEN"],
        id="heads.sentence",
    ),
    pytest.param(
        "heads.known-persons",
        "M. Amadou Ba, ministre sénégalais des Affaires étrangères, est arrivé dimanche à Rabat. Lundi, M. Ba s'est entretenu avec le ministre marocain de la Pêche.",
        ["MAR-SEN [politics] Amadou Ba/SEN", "MAR-SEN [agriculture,politics] Ba/SEN"],
        ["MAR-SEN [politics] Amadou Ba/SEN", "MAR-SEN [agriculture,politics] Ba; Amadou Ba/SEN"],
        id="heads.known-persons",
    ),
    pytest.param(
        "heads.chief+heads.principal+heads.role-again",
        "M. Amadou Ba, chef de la délégation sénégalaise, est arrivé dimanche à Rabat. Lundi, le chef de la délégation sénégalaise s'est entretenu avec le ministre marocain de la Pêche.",
        ["MAR-SEN [politics] Amadou Ba/SEN", "MAR-SEN [agriculture,politics] Amadou Ba/SEN"],
        ["MAR-SEN [politics] Amadou Ba/SEN", "MAR-SEN [agriculture,politics]"],
        id="heads.chief",
    ),
    pytest.param(
        "heads.delegation+heads.principal",
        "Le ministre marocain de la Pêche s'est entretenu lundi à Rabat avec une délégation sénégalaise. La délégation était conduite par M. Amadou Ba, ministre sénégalais de la Pêche.",
        ["MAR-SEN [agriculture,politics] Amadou Ba/SEN"],
        ["MAR-SEN [agriculture,politics]"],
        id="heads.delegation",
    ),
    pytest.param(
        "heads.lone-side",
        "M. Amadou Ba, ministre des Affaires étrangères, a reçu lundi à Dakar M. Antonio Tajani, ministre italien des Affaires étrangères, pour des consultations politiques entre le Sénégal et l'Italie.",
        [
            "ITA-SEN [politics] Amadou Ba/SEN; Antonio Tajani/ITA",
            "ITA-SEN [politics] Antonio Tajani/ITA",
        ],
        [
            "ITA-SEN [politics] Amadou Ba; Antonio Tajani/ITA",
            "ITA-SEN [politics] Antonio Tajani/ITA",
        ],
        id="heads.lone-side",
    ),
    pytest.param(
        "heads.principal",
        "M. Amadou Ba, ministre sénégalais des Affaires étrangères, s'est entretenu lundi à Rabat avec son homologue marocain. Les deux pays ont ensuite signé un accord sur la pêche.",
        ["MAR-SEN [politics] Amadou Ba/SEN", "MAR-SEN [agriculture] Amadou Ba/SEN"],
        ["MAR-SEN [politics] Amadou Ba/SEN", "MAR-SEN [agriculture]"],
        id="heads.principal",
    ),
    pytest.param(
        "sectors.widen",
        "Le ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais. Les deux ministres ont évoqué la coopération dans le domaine de la pêche.",
        ["MAR-SEN [agriculture,politics]"],
        ["MAR-SEN [politics]"],
        id="sectors.widen",
    ),
    pytest.param(
        "sectors.visit-agreements",
        "La quatrième session de la commission mixte maroco-sénégalaise s'est tenue lundi à Rabat. Le ministre marocain a ensuite reçu son homologue sénégalais. Les deux pays ont signé un accord sur la pêche.",
        ["MAR-SEN [agriculture,politics]", "MAR-SEN [politics]", "MAR-SEN [agriculture]"],
        ["MAR-SEN [politics]", "MAR-SEN [politics]", "MAR-SEN [agriculture]"],
        id="sectors.visit-agreements",
    ),
]
SILENT_SHAPES = [
    pytest.param(
        "heads.delegation",
        "La délégation sénégalaise s'est entretenue lundi à Rabat avec le ministre marocain de la Pêche, M. Zakia Driouich.",
        ["MAR-SEN [agriculture,politics] Zakia Driouich/MAR"],
        id="heads.delegation",
    ),
    pytest.param(
        "heads.chief",
        "M. Amadou Ba, chef de la délégation sénégalaise, s'est entretenu lundi à Rabat avec le ministre marocain de la Pêche.",
        ["MAR-SEN [agriculture,politics] Amadou Ba/SEN"],
        id="heads.chief",
    ),
    pytest.param(
        "heads.lone-side",
        "M. Amadou Ba, ministre sénégalais des Affaires étrangères, a reçu lundi à Dakar M. Antonio Tajani, ministre italien des Affaires étrangères.",
        ["ITA-SEN [politics] Amadou Ba/SEN; Antonio Tajani/ITA"],
        id="heads.lone-side",
    ),
    pytest.param(
        "heads.known-persons",
        "M. Amadou Ba, ministre sénégalais des Affaires étrangères, est arrivé dimanche à Rabat. Lundi, M. Diallo s'est entretenu avec le ministre marocain de la Pêche.",
        [
            "MAR-SEN [politics] Amadou Ba/SEN",
            "MAR-SEN [agriculture,politics] Diallo; Amadou Ba/SEN",
        ],
        id="heads.known-persons",
    ),
    pytest.param(
        "heads.principal",
        "M. Amadou Ba, ministre sénégalais des Affaires étrangères, s'est entretenu lundi à Rabat avec son homologue marocain, M. Nasser Bourita.",
        ["MAR-SEN [politics] Amadou Ba/SEN; Nasser Bourita/MAR"],
        id="heads.principal",
    ),
    pytest.param(
        "sectors.visit-agreements",
        "La quatrième session de la commission mixte maroco-sénégalaise s'est tenue lundi à Rabat. Le ministre marocain a ensuite reçu son homologue sénégalais. Le Mali et la Guinée ont signé mardi un accord sur la pêche.",
        ["MAR-SEN [politics]", "MAR-SEN [politics]", "GIN-MLI [agriculture]"],
        id="sectors.visit-agreements",
    ),
    pytest.param(
        "sectors.widen",
        "Le ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais.",
        ["MAR-SEN [politics]"],
        id="sectors.widen",
    ),
]
"""Texts where the rule's words stand but it must not fire: the same outcome with it off."""
TRACED: list[str] = [
    "heads.delegation",
    "heads.lone-side",
    "heads.principal",
    "heads.sentence",
    "sectors.visit-agreements",
    "sectors.widen",
]
"""The rules that write their name in the trace of the events of their example."""


test_rule_fires, test_traced_rules_are_in_the_trace, test_rule_does_not_fire = SHAPE_TESTS
