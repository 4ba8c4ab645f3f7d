# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""Joint bodies named by composition (« commission ministérielle conjointe ») and the
sitting of a framework (« la session du mécanisme de consultations »).

Each example compares the extraction with every rule on and with only its rule switched
off (:mod:`_examples`). The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from _examples import RULE_TESTS

FIRES = [
    pytest.param(
        "consultation.joint-body",
        "Le Sénégal et la Gambie ont tenu lundi à Banjul la sixième session de leur commission ministérielle conjointe.",
        ["consultation GMB-SEN joint_commission 2025-06-09 @Banjul r6"],
        [],
        id="consultation.joint-body-level-before",
    ),
    pytest.param(
        "consultation.joint-body",
        "La deuxième réunion du groupe de travail conjoint algéro-tunisien s'est tenue mercredi à Tunis.",
        ["consultation DZA-TUN joint_commission 2025-06-04 @Tunis r2"],
        [],
        id="consultation.joint-body-working-group",
    ),
    pytest.param(
        "consultation.joint-body",
        "Le Kenya et l'Ouganda ont tenu mardi à Kampala la quatrième réunion de leur haut conseil bilatéral de coopération.",
        ["consultation KEN-UGA joint_commission 2025-06-10 @Kampala r4"],
        [],
        id="consultation.joint-body-two-shared-words",
    ),
    pytest.param(
        "consultation.joint-body",
        "Réunis lundi à Astana, les Premiers ministres kazakh et ouzbek ont coprésidé la première session du conseil intergouvernemental de haut niveau.",
        ["consultation KAZ-UZB joint_commission 2025-06-09 @Astana r1"],
        [],
        id="consultation.joint-body-level-after",
    ),
    pytest.param(
        "consultation.joint-body",
        "Les chefs de la diplomatie malienne et guinéenne ont clôturé vendredi à Conakry les travaux de la 3e commission permanente de coopération.",
        ["consultation GIN-MLI joint_commission 2025-06-06 @Conakry r3"],
        [],
        id="consultation.joint-body-feminine",
    ),
    pytest.param(
        "consultation.frame",
        "Le Maroc et le Sénégal ont signé lundi un accord sur la pêche. Ils ont salué le mécanisme de consultations politiques entre le Mali et le Niger.",
        ["agreement MAR-SEN signed 2025-06-09"],
        ["agreement MAR-SEN signed 2025-06-09", "consultation MLI-NER political_consultations"],
        id="consultation.frame-mechanism",
    ),
    pytest.param(
        "round.ordinal",
        "Le ministre brésilien et son homologue argentin ont tenu jeudi à Buenos Aires la deuxième session du mécanisme de consultations politiques.",
        ["consultation ARG-BRA political_consultations 2025-06-05 @Buenos Aires r2"],
        ["consultation ARG-BRA political_consultations 2025-06-05 @Buenos Aires"],
        id="round.ordinal-through-mechanism",
    ),
    pytest.param(
        "round.meeting",
        "Le Premier ministre arménien a assisté lundi à Minsk à la deuxième réunion informelle du Conseil des chefs de gouvernement de la CEI.",
        [
            "consultation ARM-CIS summit 2025-06-09 @Minsk r2",
            "consultation ARM-BLR visit 2025-06-09 @Minsk",
        ],
        [
            "consultation ARM-CIS summit 2025-06-09 @Minsk",
            "consultation ARM-BLR visit 2025-06-09 @Minsk",
        ],
        id="round.meeting-heads-council-summit",
    ),
]
SILENT = [
    pytest.param(
        "consultation.joint-body",
        "Le ministre malien a reçu lundi à Bamako son homologue nigérien. Les deux pays envisagent de créer une commission ministérielle conjointe.",
        # a body to come
        ["consultation MLI-NER meeting 2025-06-09 @Bamako"],
        id="consultation.joint-body-to-come",
    ),
    pytest.param(
        "consultation.joint-body",
        "Le comité permanent de l'Assemblée nationale s'est réuni lundi. Le président ghanéen a reçu mardi à Accra son homologue togolais.",
        # a rank without a word saying two states share the body
        ["consultation GHA-TGO meeting 2025-06-10 @Accra"],
        id="consultation.joint-body-rank-alone",
    ),
    pytest.param(
        "consultation.frame",
        "Le ministre brésilien et son homologue argentin ont tenu jeudi à Buenos Aires la deuxième session du mécanisme de consultations politiques.",
        # a sitting of the framework: a meeting
        ["consultation ARG-BRA political_consultations 2025-06-05 @Buenos Aires r2"],
        id="consultation.frame-session-of-it",
    ),
    pytest.param(
        "consultation.frame",
        "Les vice-ministres ghanéen et togolais ont ouvert mardi à Lomé le cinquième cycle du mécanisme de consultations politiques.",
        ["consultation GHA-TGO political_consultations 2025-06-10 @Lomé r5"],
        id="consultation.frame-round-of-it",
    ),
]
"""Texts where the rule's words stand but it must not fire: the same outcome with it off."""
TRACED: list[str] = ["consultation.joint-body", "round.meeting", "round.ordinal"]
"""The rules that write their name in the trace of the events of their example."""


test_rule_fires, test_traced_rules_are_in_the_trace, test_rule_does_not_fire = RULE_TESTS
