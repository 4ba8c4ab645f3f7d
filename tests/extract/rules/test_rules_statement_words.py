# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""Official statements by their vocabulary: the verbs, feelings and frames a ministry's,
a government's or an organisation's statement is reported with, and what is no
statement of its own (a passive participle, a text's content, a list of links, a plan,
a negation, a reporting clause after a quote, a past infinitive).

Each example compares the extraction with every rule on and with only its rule switched
off (:mod:`_examples`). The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from _examples import RULE_TESTS

FIRES = [
    pytest.param(
        "declaration.ministry-statement",
        "Le ministère sénégalais des Affaires étrangères a fustigé mardi les violences commises contre des civils au Soudan.",
        ["declaration SEN statement 2025-06-10 @Dakar"],
        [],
        id="declaration.ministry-statement-fustige",
    ),
    pytest.param(
        "declaration.ministry-statement",
        "La diplomatie chilienne a averti mardi contre toute escalade dans la région.",
        ["declaration CHL statement 2025-06-10 @Santiago"],
        [],
        id="declaration.ministry-statement-averti",
    ),
    pytest.param(
        "declaration.ministry-statement",
        "Le gouvernement tunisien se réjouit de la tenue des élections en Libye.",
        ["declaration TUN statement 2025-06-10 @Tunis"],
        [],
        id="declaration.ministry-statement-se-rejouit",
    ),
    pytest.param(
        "declaration.ministry-statement",
        "L'Union africaine a accueilli favorablement mardi l'accord de paix entre les deux pays.",
        ["declaration AU statement 2025-06-10"],
        [],
        id="declaration.ministry-statement-accueilli-favorablement",
    ),
    pytest.param(
        "declaration.ministry-statement",
        "Le ministère turc des Affaires étrangères a exprimé mardi son inquiétude face à la situation au Liban.",
        ["declaration TUR statement 2025-06-10 @Ankara"],
        [],
        id="declaration.ministry-statement-exprime-date-inside",
    ),
    pytest.param(
        "declaration.ministry-statement",
        "Le gouvernement algérien a réitéré lundi son appel au dialogue au Mali.",
        ["declaration DZA statement 2025-06-09 @Alger"],
        [],
        id="declaration.ministry-statement-reitere-son-appel",
    ),
    pytest.param(
        "declaration.ministry-statement",
        "Le ministère des Affaires étrangères du Kenya a réaffirmé lundi son soutien à l'intégrité territoriale de la Somalie.",
        ["declaration KEN statement 2025-06-09 @Nairobi"],
        [],
        id="declaration.ministry-statement-reaffirme-son-soutien",
    ),
    pytest.param(
        "declaration.ministry-statement",
        "Le ministère marocain des Affaires étrangères a plaidé mardi pour une solution politique en Libye.",
        ["declaration MAR statement 2025-06-10 @Rabat"],
        [],
        id="declaration.ministry-statement-plaide",
    ),
    pytest.param(
        "declaration.ministry-statement",
        "L'ONU s'est dite préoccupée lundi par la situation au Soudan.",
        ["declaration UN statement 2025-06-09"],
        [],
        id="declaration.ministry-statement-se-dit-preoccupee",
    ),
    pytest.param(
        "declaration.ministry-statement",
        "Le ministère chinois des Affaires étrangères s'est dit profondément préoccupé par les tensions.",
        ["declaration CHN statement @Pékin"],
        [],
        id="declaration.ministry-statement-se-dit-adverb",
    ),
    pytest.param(
        "declaration.ministry-statement",
        "La Russie a vivement critiqué mardi les sanctions européennes.",
        ["declaration RUS statement 2025-06-10 @Moscou"],
        [],
        id="declaration.ministry-statement-critique",
    ),
    pytest.param(
        "declaration.ministry-statement",
        "Le ministère iranien des Affaires étrangères a qualifié mardi d'illégale la saisie du navire.",
        ["declaration IRN statement 2025-06-10 @Téhéran"],
        [],
        id="declaration.ministry-statement-qualifie-elided",
    ),
    pytest.param(
        "declaration.ministry-statement",
        "Le Sénégal, par la voix de son ministère des Affaires étrangères, a condamné mardi l'attaque.",
        ["declaration SEN statement 2025-06-10 @Dakar"],
        [],
        id="declaration.ministry-statement-voice-of-insertion",
    ),
    pytest.param(
        "declaration.ministry-statement",
        "L'Arabie saoudite a affirmé mardi son rejet catégorique du plan.",
        ["declaration SAU statement 2025-06-10 @Riyad"],
        [],
        id="declaration.ministry-statement-affirmed-rejection",
    ),
    pytest.param(
        "declaration.ministry-statement",
        "La Turquie a exprimé mardi ses condoléances au peuple iranien.",
        ["declaration TUR statement 2025-06-10 @Ankara"],
        [],
        id="declaration.ministry-statement-condolences-day-inside",
    ),
    pytest.param(
        "declaration.ministry-statement",
        "Le Nigeria a vivement protesté mardi contre la décision du Niger.",
        ["declaration NGA statement 2025-06-10 @Abuja"],
        [],
        id="declaration.ministry-statement-protested",
    ),
]
"""Texts where the rule fires: the events with it on, then with it off."""
SILENT = [
    pytest.param(
        "declaration.ministry-statement",
        "Le ministre ghanéen s'est entretenu lundi à Accra avec son homologue togolais. Ils ont adopté une déclaration commune dans laquelle le Togo réaffirme son soutien à la candidature du Ghana.",
        [
            "consultation GHA-TGO meeting 2025-06-09 @Accra",
            "declaration GHA-TGO joint_declaration 2025-06-09 @Accra",
        ],
        id="declaration.ministry-statement-text-content",
    ),
    pytest.param(
        "declaration.ministry-statement",
        "Le ministre ghanéen s'est entretenu lundi à Accra avec son homologue togolais, lors d'un déjeuner critiqué par l'opposition togolaise.",
        ["consultation GHA-TGO meeting 2025-06-09 @Accra"],
        id="declaration.ministry-statement-passive-agent",
    ),
    pytest.param(
        "declaration.ministry-statement",
        "Le ministre ghanéen s'est entretenu lundi à Accra avec son homologue togolais.\nLire aussi :\n- Sahel : le Niger se réjouit du retour de la paix",
        ["consultation GHA-TGO meeting 2025-06-09 @Accra"],
        id="declaration.ministry-statement-related-list",
    ),
    pytest.param(
        "declaration.ministry-statement",
        "Le ministre ghanéen s'est entretenu lundi à Accra avec son homologue togolais. Le gouvernement ghanéen devrait se féliciter de l'accord.",
        ["consultation GHA-TGO meeting 2025-06-09 @Accra"],
        id="declaration.ministry-statement-modal",
    ),
    pytest.param(
        "declaration.ministry-statement",
        "Le ministre ghanéen s'est entretenu lundi à Accra avec son homologue togolais. Le gouvernement ghanéen n'a pas critiqué la décision.",
        ["consultation GHA-TGO meeting 2025-06-09 @Accra"],
        id="declaration.ministry-statement-negated",
    ),
    pytest.param(
        "declaration.own-date",
        "La France a condamné fermement lundi l'attaque du 2 juin contre la mission de l'ONU au Mali.",
        ["declaration FRA statement 2025-06-09 @Paris"],
        id="declaration.own-date-adverb-before-date",
    ),
    pytest.param(
        "declaration.ministry-statement",
        "Le ministre français s'est entretenu lundi à Beyrouth avec son homologue libanais. « La France sera au rendez-vous », a averti le ministre.",
        ["consultation FRA-LBN meeting 2025-06-09 @Beyrouth"],
        id="declaration.ministry-statement-reporting-clause",
    ),
    pytest.param(
        "declaration.ministry-statement",
        "Le ministre iranien s'est entretenu lundi à Erevan avec son homologue arménien. Il a dit sa gratitude au gouvernement d'Erevan pour avoir exprimé sa solidarité après les inondations.",
        ["consultation ARM-IRN meeting 2025-06-09 @Erevan"],
        id="declaration.ministry-statement-past-infinitive",
    ),
]
"""Texts where the rule's words stand but it must not fire: the same outcome with it off."""
TRACED: list[str] = ["declaration.ministry-statement"]
"""The rules that write their name in the trace of the events of their example."""


test_rule_fires, test_traced_rules_are_in_the_trace, test_rule_does_not_fire = RULE_TESTS
