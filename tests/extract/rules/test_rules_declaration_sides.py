# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""Declarations: whose statement a sentence reports (eleventh round, acc13c).

A person's words are no institution's statement (``declaration.person-remark``), a
feeling expressed with its owner after it is a statement (``declaration.feeling-of``), a verb
of reaction in the sentence of a text its issuer publishes is that text
(``declaration.reaction-in-text``), and a joint text whose issuers the sentence counts
(« les deux gouvernements ») is issued by that many sides (``declaration.the-n-sides``).
Each example compares the extraction with every rule on and with only its rule switched
off (:mod:`_examples`). The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from _examples import RULE_TESTS

FIRES = [
    # a person's title governs the institution: the person speaks
    pytest.param(
        "declaration.person-remark",
        "Le chef de la diplomatie belge plaide pour un cessez-le-feu durable. Il s'est entretenu lundi à Vienne avec son homologue autrichien.",
        ["consultation AUT-BEL meeting 2025-06-09 @Vienne"],
        [
            "declaration BEL statement 2025-06-10 @Bruxelles",
            "consultation AUT-BEL meeting 2025-06-09 @Vienne",
        ],
        id="person-remark-chief-of-diplomacy",
    ),
    pytest.param(
        "declaration.person-remark",
        "L'ancien chef de la diplomatie sénégalaise, nommé médiateur en avril, a salué mardi la libération des otages. Le président sénégalais a reçu lundi à Dakar son homologue malien.",
        ["consultation MLI-SEN meeting 2025-06-09 @Dakar"],
        [
            "declaration SEN statement 2025-06-10 @Dakar",
            "consultation MLI-SEN meeting 2025-06-09 @Dakar",
        ],
        id="person-remark-former-chief",
    ),
    # a name governed by a preposition is no subject
    pytest.param(
        "declaration.person-remark",
        "Le ministre serbe, dont c'était la première visite en Norvège, a dénoncé mardi une campagne hostile. Il s'est entretenu lundi à Oslo avec son homologue norvégien.",
        [
            "consultation NOR-SRB visit 2025-06-10 @Oslo",
            "consultation NOR-SRB meeting 2025-06-09 @Oslo",
        ],
        [
            "consultation NOR-SRB visit 2025-06-10 @Oslo",
            "declaration NOR statement 2025-06-10 @Oslo",
            "consultation NOR-SRB meeting 2025-06-09 @Oslo",
        ],
        id="person-remark-name-in-a-relative",
    ),
    pytest.param(
        "declaration.person-remark",
        "Le président ghanéen a participé lundi au forum régional au Togo, où il a appelé les États voisins à unir leurs forces. Il s'est entretenu à Lomé avec son homologue togolais.",
        ["consultation GHA-TGO meeting 2025-06-09 @Lomé"],
        ["declaration TGO statement 2025-06-09 @Lomé", "consultation GHA-TGO meeting @Lomé"],
        id="person-remark-place-then-where",
    ),
    # a headline's speaker before a colon, or a person's title after it
    pytest.param(
        "declaration.person-remark",
        "Sergueï Lavrov à Ankara : la Russie appelle à une trêve en mer Noire. Le ministre russe s'est entretenu lundi à Ankara avec son homologue turc.",
        ["consultation RUS-TUR meeting 2025-06-09 @Ankara"],
        [
            "declaration RUS statement 2025-06-10 @Moscou",
            "consultation RUS-TUR meeting 2025-06-09 @Ankara",
        ],
        id="person-remark-speaker-before-colon",
    ),
    pytest.param(
        "declaration.person-remark",
        "CEDEAO : le président de la Commission plaide pour une force régionale. Le président nigérian a reçu lundi à Abuja son homologue béninois.",
        ["consultation BEN-NGA meeting 2025-06-09 @Abuja"],
        [
            "declaration ECOWAS statement 2025-06-10",
            "consultation BEN-NGA meeting 2025-06-09 @Abuja",
        ],
        id="person-remark-title-after-colon",
    ),
    # a verb of reaction in the sentence of its issuer's text
    pytest.param(
        "declaration.reaction-in-text",
        "Le président polonais s'est entretenu lundi à Varsovie avec son homologue lituanien. Dans leur déclaration conjointe publiée mardi, la Pologne et la Lituanie dénoncent les manœuvres militaires à leur frontière.",
        [
            "consultation LTU-POL meeting 2025-06-09 @Varsovie",
            "declaration LTU-POL joint_declaration 2025-06-10 @Varsovie",
        ],
        [
            "consultation LTU-POL meeting 2025-06-09 @Varsovie",
            "declaration LTU-POL joint_declaration 2025-06-10 @Varsovie",
            "declaration LTU statement 2025-06-10 @Vilnius",
        ],
        id="reaction-in-text-joint",
    ),
    pytest.param(
        "declaration.reaction-in-text",
        "Le président kényan a reçu lundi à Nairobi son homologue tanzanien. Dans un communiqué commun publié mardi, le Kenya et la Tanzanie saluent la réouverture de la frontière.",
        [
            "consultation KEN-TZA meeting 2025-06-09 @Nairobi",
            "declaration KEN-TZA joint_communique 2025-06-10 @Nairobi",
        ],
        [
            "consultation KEN-TZA meeting 2025-06-09 @Nairobi",
            "declaration KEN-TZA joint_communique 2025-06-10 @Nairobi",
            "declaration TZA statement 2025-06-10 @Dodoma",
        ],
        id="reaction-in-text-communique",
    ),
    # a feeling expressed with a definite article, its owner after it
    pytest.param(
        "declaration.feeling-of",
        "RABAT, 9 juin (MAP) - Le ministère marocain des Affaires étrangères a exprimé lundi la solidarité du Royaume avec le peuple libyen après les inondations. Le ministre marocain s'est entretenu lundi à Rabat avec son homologue libyen.",
        [
            "declaration MAR statement 2025-06-09 @Rabat",
            "consultation LBY-MAR meeting 2025-06-09 @Rabat",
        ],
        ["consultation LBY-MAR meeting 2025-06-09 @Rabat"],
        id="feeling-of-solidarity-of-the-kingdom",
    ),
    pytest.param(
        "declaration.feeling-of",
        "Le gouvernement algérien a réaffirmé mardi le soutien de l'Algérie à la médiation au Mali. Le président algérien a reçu lundi à Alger son homologue nigérien.",
        [
            "declaration DZA statement 2025-06-10 @Alger",
            "consultation DZA-NER meeting 2025-06-09 @Alger",
        ],
        ["consultation DZA-NER meeting 2025-06-09 @Alger"],
        id="feeling-of-support-of-the-state",
    ),
    # « les deux gouvernements » after the text's noun: the pair of the talks
    pytest.param(
        "declaration.the-n-sides",
        "Le Premier ministre portugais a reçu lundi à Lisbonne son homologue brésilien. Dans leur déclaration commune, les deux gouvernements saluent l'entrée en vigueur de l'accord Mercosur-Union européenne.",
        [
            "consultation BRA-PRT meeting 2025-06-09 @Lisbonne",
            "declaration BRA-PRT joint_declaration 2025-06-09 @Lisbonne",
            "agreement EU-MERCOSUR in_force",
        ],
        [
            "consultation BRA-PRT meeting 2025-06-09 @Lisbonne",
            "declaration EU-MERCOSUR joint_declaration 2025-06",
            "agreement EU-MERCOSUR in_force",
        ],
        id="the-n-sides-two-governments-after",
    ),
    pytest.param(
        "declaration.the-n-sides",
        "Le président angolais s'est entretenu mardi à Luanda avec son homologue zambien. Dans un communiqué conjoint publié mercredi, les deux pays appellent le Congo et le Rwanda à la retenue.",
        [
            "consultation AGO-ZMB meeting 2025-06-10 @Luanda",
            "declaration AGO-ZMB joint_communique 2025-06-04 @Luanda",
        ],
        [
            "consultation AGO-ZMB meeting 2025-06-10 @Luanda",
            "declaration COG-RWA joint_communique 2025-06-04",
        ],
        id="the-n-sides-two-countries-after",
    ),
]
"""Texts where the rule changes the events: with it, then without it."""

SILENT = [
    pytest.param(
        "declaration.person-remark",
        "La porte-parole de la diplomatie japonaise, Mme Sato, a dénoncé mardi le tir d'un missile balistique. Le ministre japonais s'est entretenu lundi à Tokyo avec son homologue coréen.",
        ["declaration JPN statement 2025-06-10 @Tokyo"],
        id="person-remark-spokesperson-speaks-for-it",
    ),
    pytest.param(
        "declaration.person-remark",
        "Niger : le gouvernement condamne l'attaque contre un convoi militaire près de Tillabéri. Le président nigérien a reçu lundi à Niamey son homologue tchadien.",
        [
            "declaration NER statement 2025-06-10 @Niamey",
            "consultation NER-TCD meeting 2025-06-09 @Niamey",
        ],
        id="person-remark-topic-before-colon",
    ),
    pytest.param(
        "declaration.person-remark",
        "La République fédérale du Nigeria condamne fermement l'enlèvement d'élèves à Kaduna. Le président nigérian a reçu lundi à Abuja son homologue ghanéen.",
        [
            "declaration NGA statement 2025-06-10 @Abuja",
            "consultation GHA-NGA meeting 2025-06-09 @Abuja",
        ],
        id="person-remark-formal-name",
    ),
    pytest.param(
        "declaration.person-remark",
        "Au lendemain des combats, le Maroc a salué mardi la trêve conclue au Soudan. Le ministre marocain s'est entretenu lundi à Rabat avec son homologue égyptien.",
        [
            "declaration MAR statement 2025-06-10 @Rabat",
            "consultation EGY-MAR meeting 2025-06-09 @Rabat",
        ],
        id="person-remark-state-as-subject",
    ),
    pytest.param(
        "declaration.reaction-in-text",
        "Le ministre marocain s'est entretenu lundi à Rabat avec son homologue portugais. Mardi, le Maroc a condamné dans un communiqué l'attaque contre une patrouille au Sahel.",
        [
            "consultation MAR-PRT meeting 2025-06-09 @Rabat",
            "declaration MAR statement 2025-06-10 @Rabat",
        ],
        id="reaction-in-text-one-statement",
    ),
    pytest.param(
        "declaration.feeling-of",
        "Le ministre saoudien a exprimé la vive inquiétude de son pays lors de son entretien lundi à Riyad avec son homologue irakien.",
        ["consultation IRQ-SAU meeting 2025-06-09 @Riyad"],
        id="feeling-of-a-person-speaks",
    ),
    pytest.param(
        "declaration.feeling-of",
        "Le ministère tunisien des Affaires étrangères a exprimé la volonté de la Tunisie de renforcer ses échanges. Le ministre tunisien a reçu lundi à Tunis son homologue libyen.",
        ["consultation LBY-TUN meeting 2025-06-09 @Tunis"],
        id="feeling-of-no-feeling",
    ),
    pytest.param(
        "declaration.the-n-sides",
        "Le président kényan a reçu lundi à Nairobi son homologue tanzanien. Les deux présidents ont signé mardi une déclaration commune sur le lac Victoria.",
        [
            "consultation KEN-TZA meeting 2025-06-09 @Nairobi",
            "declaration KEN-TZA joint_declaration 2025-06-10 @Nairobi",
        ],
        id="the-n-sides-two-already-the-pair",
    ),
]
"""Texts where the rule's words stand but it must not fire: the same outcome with it off."""

TRACED: list[str] = ["declaration.the-n-sides"]
"""The rules that write their name in the trace of the events of their example."""


test_rule_fires, test_traced_rules_are_in_the_trace, test_rule_does_not_fire = RULE_TESTS
