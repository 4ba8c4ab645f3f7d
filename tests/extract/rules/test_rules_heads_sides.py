# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""Who led each side when the text names the sides as delegations: « la partie malienne
était représentée par X, la partie marocaine par Y » (``heads.delegation``).

Each example compares the heads and sectors of the events (:func:`_examples.shapes`)
with every rule on and with this rule (and ``heads.principal``, which would name other
persons for the sides) switched off. The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from _examples import SHAPE_TESTS

_RULE = "heads.delegation+heads.principal"

SHAPES = [
    pytest.param(
        _RULE,
        "Les premières consultations politiques entre le Mali et le Maroc se sont tenues lundi à Rabat. La partie malienne était représentée par le secrétaire général du ministère, Seydou Traoré, la partie marocaine par l'ambassadeur Karim Alaoui.",
        ["MAR-MLI [politics] Seydou Traoré/MLI; Karim Alaoui/MAR"],
        ["MAR-MLI [politics]"],
        id="heads.delegation-side-represented-by",
    ),
    pytest.param(
        _RULE,
        "Le Niger et le Tchad ont tenu lundi à Niamey la deuxième session de leur commission mixte. La partie tchadienne était conduite par le ministre Ahmat Mahamat Saleh, la partie nigérienne par le ministre Issa Boubacar.",
        ["NER-TCD [politics] Ahmat Mahamat Saleh/TCD; Issa Boubacar/NER"],
        ["NER-TCD [politics]"],
        id="heads.delegation-side-led-by",
    ),
    pytest.param(
        _RULE,
        "Le Vietnam et le Laos ont tenu lundi des consultations politiques à Hanoï. La délégation laotienne était représentée par le vice-ministre Khamphao Vongsa.",
        ["LAO-VNM [politics] Khamphao Vongsa/LAO"],
        ["LAO-VNM [politics]"],
        id="heads.delegation-represented-by",
    ),
]
"""« La partie X », like « la délégation X », names a side; « représentée par » its head."""

SILENT_SHAPES = [
    pytest.param(
        "heads.delegation",
        "La Tunisie et l'Algérie ont tenu lundi leur commission mixte à Tunis. Une partie importante des discussions était consacrée à l'énergie, a indiqué le ministre Nabil Ammar.",
        ["DZA-TUN [energy,politics] Nabil Ammar/TUN"],
        id="heads.delegation-a-part-of",
    ),
    pytest.param(
        "heads.delegation",
        "La Tunisie et l'Algérie ont tenu lundi leur commission mixte à Tunis. Une partie des accords a été présentée par le ministre tunisien Nabil Ammar.",
        ["DZA-TUN [politics] Nabil Ammar/TUN"],
        id="heads.delegation-a-part-presented-by",
    ),
]
"""« une partie de » is a share, not a side."""

TRACED = ["heads.delegation"]


test_shapes_fire, test_shapes_traced, test_shapes_silent = SHAPE_TESTS
