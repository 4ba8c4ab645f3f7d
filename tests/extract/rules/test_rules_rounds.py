# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""Rounds read away from the word that made the event: the numbered gathering a
sentence opens on, and « la réunion, qui était la quatrième » after it; and the
meeting of a body named by its sides' compound adjective, a joint commission.

Each example compares the extraction with every rule on and with only its rule switched
off (:mod:`_examples`). The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from _examples import RULE_TESTS

FIRES = [
    pytest.param(
        "round.sentence",
        "La sixième réunion des experts et des hauts fonctionnaires de la commission mixte ghanéo-togolaise s'est ouverte lundi à Accra.",
        ["consultation GHA-TGO joint_commission 2025-06-09 @Accra r6"],
        ["consultation GHA-TGO joint_commission 2025-06-09 @Accra"],
        id="round.sentence-subject-far-from-trigger",
    ),
    pytest.param(
        "round.sentence",
        "La deuxième session, ouverte lundi à Lomé par les ministres des Affaires étrangères du Ghana et du Togo, a réuni les experts de la commission mixte.",
        ["consultation GHA-TGO joint_commission 2025-06-09 @Lomé r2"],
        ["consultation GHA-TGO joint_commission 2025-06-09 @Lomé"],
        id="round.sentence-session-then-commission",
    ),
    pytest.param(
        "round.predicate",
        "Le sommet des chefs d'Etat du Ghana et du Togo s'est tenu lundi à Lomé. Ce sommet, qui était le deuxième entre les deux pays cette année, a porté sur la sécurité.",
        ["consultation GHA-TGO summit 2025-06-09 @Lomé r2"],
        ["consultation GHA-TGO summit 2025-06-09 @Lomé"],
        id="round.predicate-next-sentence",
    ),
    pytest.param(
        "round.predicate",
        "Le ministre ghanéen a rencontré lundi à Accra son homologue togolais. Cette rencontre, qui était la troisième entre les deux hommes, a porté sur la sécurité.",
        ["consultation GHA-TGO meeting 2025-06-09 @Accra r3"],
        ["consultation GHA-TGO meeting 2025-06-09 @Accra"],
        id="round.predicate-meeting",
    ),
    pytest.param(
        "consultation.standing-body",
        "Le ministre ghanéen et son homologue togolais ont tenu lundi à Accra la deuxième réunion annuelle de la commission ghanéo-togolaise sur la sécurité.",
        ["consultation GHA-TGO joint_commission 2025-06-09 @Accra r2"],
        ["consultation GHA-TGO meeting 2025-06-09 @Accra r2"],
        id="consultation.standing-body-annual-meeting",
    ),
    pytest.param(
        "consultation.standing-body",
        "Les ministres des Affaires étrangères du Kenya et de l'Ouganda ont présidé mardi à Nairobi une réunion du comité kenyano-ougandais de suivi des projets.",
        ["consultation KEN-UGA joint_commission 2025-06-10 @Nairobi"],
        ["consultation KEN-UGA meeting 2025-06-10 @Nairobi"],
        id="consultation.standing-body-committee",
    ),
    pytest.param(
        "round.possessive",
        "La commission mixte sénégalo-gambienne a clôturé mardi à Banjul sa sixième session.",
        ["consultation GMB-SEN joint_commission 2025-06-10 @Banjul r6"],
        ["consultation GMB-SEN joint_commission 2025-06-10 @Banjul"],
        id="round.possessive-closed",
    ),
    pytest.param(
        "round.possessive",
        "La grande commission mixte ivoiro-burkinabè a tenu lundi à Abidjan sa 4e session ordinaire.",
        ["consultation BFA-CIV joint_commission 2025-06-09 @Abidjan r4"],
        ["consultation BFA-CIV joint_commission 2025-06-09 @Abidjan"],
        id="round.possessive-figure",
    ),
    pytest.param(
        "round.possessive",
        "La commission mixte de coopération entre le Tchad et le Niger a tenu du 3 au 5 juin à Niamey sa deuxième session.",
        ["consultation NER-TCD joint_commission 2025-06-03/2025-06-05 @Niamey r2"],
        ["consultation NER-TCD joint_commission 2025-06-03/2025-06-05 @Niamey"],
        id="round.possessive-sides-named",
    ),
    pytest.param(
        "round.possessive",
        "Le Conseil de coopération stratégique turco-azerbaïdjanais a tenu lundi à Bakou sa huitième réunion.",
        ["consultation AZE-TUR joint_commission 2025-06-09 @Bakou r8"],
        ["consultation AZE-TUR joint_commission 2025-06-09 @Bakou"],
        id="round.possessive-council",
    ),
    pytest.param(
        "round.possessive",
        "La commission mixte algéro-tunisienne s'est réunie lundi à Tunis pour sa 22e session, sous la présidence des deux Premiers ministres.",
        ["consultation DZA-TUN joint_commission 2025-06-09 @Tunis r22"],
        ["consultation DZA-TUN joint_commission 2025-06-09 @Tunis"],
        id="round.possessive-purpose",
    ),
    pytest.param(
        "round.possessive",
        "Coopération Ghana-Togo : la commission mixte se réunit\n\nLa commission mixte ghanéo-togolaise a achevé vendredi à Lomé sa troisième session.",
        ["consultation GHA-TGO joint_commission 2025-06-06 @Lomé r3"],
        ["consultation GHA-TGO joint_commission 2025-06-06 @Lomé"],
        id="round.possessive-told-after-a-headline",
    ),
]

TRACED = ["consultation.standing-body", "round.possessive", "round.predicate", "round.sentence"]

SILENT = [
    pytest.param(
        "round.sentence",
        "Le ministre ghanéen a rencontré lundi à Accra son homologue togolais, en marge de la troisième session de la commission mixte.",
        [
            "consultation GHA-TGO meeting 2025-06-09 @Accra",
            "consultation GHA-TGO joint_commission 2025-06-09 @Accra r3",
        ],
        id="round.sentence-frame-is-not-the-meeting",
    ),
    pytest.param(
        "round.sentence",
        "La deuxième visite officielle du président ghanéen au Togo a commencé lundi à Lomé.",
        ["consultation GHA-TGO visit 2025-06-09 @Lomé"],
        id="round.sentence-a-visit-has-no-round",
    ),
    pytest.param(
        "round.predicate",
        "Le ministre ghanéen a rencontré lundi à Accra son homologue togolais. Ils ont évoqué la visite, qui était la première d'un président ghanéen au Togo depuis dix ans.",
        [
            "consultation GHA-TGO meeting 2025-06-09 @Accra",
            "consultation GHA-TGO visit 2025-06-09 @Lomé",
        ],
        id="round.predicate-a-visit-is-no-gathering",
    ),
    pytest.param(
        "consultation.standing-body",
        "Le ministre ghanéen et son homologue togolais ont tenu lundi à Accra une réunion de la commission de la Cédéao sur la sécurité.",
        ["consultation ECOWAS-GHA meeting 2025-06-09 @Accra"],
        id="consultation.standing-body-of-an-organisation",
    ),
    pytest.param(
        "round.possessive",
        "La commission mixte maroco-sénégalaise s'est réunie lundi à Dakar, où le ministre marocain effectuait sa deuxième visite.",
        [
            "consultation MAR-SEN joint_commission 2025-06-09 @Dakar",
            "consultation MAR-SEN visit 2025-06-09 @Dakar",
        ],
        id="round.possessive-another-event-between",
    ),
    pytest.param(
        "round.possessive",
        "La commission mixte maroco-sénégalaise s'est réunie lundi à Dakar. Le ministre marocain a rappelé sa troisième session de 2019.",
        ["consultation MAR-SEN joint_commission 2025-06-09 @Dakar"],
        id="round.possessive-another-sentence",
    ),
    pytest.param(
        "round.possessive",
        "La commission mixte maroco-sénégalaise s'est réunie lundi à Dakar pour examiner son deuxième plan d'action.",
        ["consultation MAR-SEN joint_commission 2025-06-09 @Dakar"],
        id="round.possessive-not-a-gathering",
    ),
]


test_rule_fires, test_traced_rules_are_in_the_trace, test_rule_does_not_fire = RULE_TESTS
