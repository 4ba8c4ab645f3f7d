# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""Rules of the ninth accuracy round on "one event or two": lists of instruments given one by
one, a stage noun whose happening is negated (no stage of the instrument), and a meeting
attended « à l'entretien » (the one already told).

Each example compares the extraction with every rule on and with only its rule switched
off (:mod:`_examples`). The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from _examples import RULE_TESTS

FIRES = [
    pytest.param(
        "agreement.members",
        "Le Ghana et le Burkina Faso ont signé lundi à Accra deux accords : le premier dans le domaine de l'énergie solaire, le second en matière de sécurité frontalière.",
        [
            "agreement BFA-GHA signed 2025-06-09 @Accra",
            "agreement BFA-GHA signed 2025-06-09 @Accra",
        ],
        ["agreement BFA-GHA signed 2025-06-09 @Accra x2"],
        id="agreement.members-ordinal-in-the-field-of",
    ),
    pytest.param(
        "agreement.members",
        "Le ministre kényan des Affaires étrangères et son homologue éthiopien ont signé lundi trois protocoles : le premier pour la gestion des eaux du lac Turkana, le deuxième dans le domaine de la santé animale et le troisième consacré au tourisme.",
        [
            "agreement ETH-KEN signed 2025-06-09",
            "agreement ETH-KEN signed 2025-06-09",
            "agreement ETH-KEN signed 2025-06-09",
        ],
        ["agreement ETH-KEN signed 2025-06-09 x3"],
        id="agreement.members-ordinal-for-and-devoted",
    ),
    pytest.param(
        "agreement.members",
        "La Bolivie et le Paraguay ont conclu lundi deux mémorandums d'entente : l'un relatif au commerce du gaz, que M. Arce a présenté à la presse, l'autre dans le domaine de l'éducation.",
        ["agreement BOL-PRY signed 2025-06-09", "agreement BOL-PRY signed 2025-06-09"],
        ["agreement BOL-PRY signed 2025-06-09 x2"],
        id="agreement.members-one-and-other-after-an-abbreviated-title",
    ),
    pytest.param(
        "agreement.members",
        "Le Maroc et la Côte d'Ivoire ont signé lundi à Rabat quatre accords : le premier dans le domaine de la pêche, le deuxième en matière de transport aérien, le troisième pour la formation professionnelle et le dernier sur la santé.",
        [
            "agreement CIV-MAR signed 2025-06-09 @Rabat",
            "agreement CIV-MAR signed 2025-06-09 @Rabat",
            "agreement CIV-MAR signed 2025-06-09 @Rabat",
            "agreement CIV-MAR signed 2025-06-09 @Rabat",
        ],
        ["agreement CIV-MAR signed 2025-06-09 @Rabat x4"],
        id="agreement.members-four-with-the-last",
    ),
    pytest.param(
        "stage.negated-noun",
        "Le Chili et l'Argentine ont conclu en mars 2021 à Santiago une convention sur la double imposition, dont les instruments de ratification n'ont pas encore été déposés. Le ministre chilien s'est entretenu lundi à Buenos Aires avec son homologue argentin.",
        [
            "agreement ARG-CHL signed 2021-03 @Santiago bg",
            "consultation ARG-CHL meeting 2025-06-09 @Buenos Aires",
        ],
        [
            "agreement ARG-CHL ratified 2025-06-09",
            "consultation ARG-CHL meeting 2025-06-09 @Buenos Aires",
        ],
        id="stage.negated-noun-instruments-not-deposited",
    ),
    pytest.param(
        "stage.negated-noun",
        "Le Ghana et le Nigeria ont signé en 2019 à Abuja un accord sur la pêche, dont la ratification n'a pas encore eu lieu. Le ministre ghanéen s'est entretenu lundi à Accra avec son homologue nigérian.",
        [
            "agreement GHA-NGA signed 2019 @Abuja bg",
            "consultation GHA-NGA meeting 2025-06-09 @Accra",
        ],
        [
            "agreement GHA-NGA ratified 2025-06-09 @Abuja",
            "consultation GHA-NGA meeting 2025-06-09 @Accra",
        ],
        id="stage.negated-noun-not-yet-taken-place",
    ),
    pytest.param(
        "stage.negated-noun",
        "Le Kenya et l'Ouganda ont signé en 2020 à Nairobi une convention fiscale dont l'entrée en vigueur n'est toujours pas effective. Le ministre kényan s'est entretenu lundi à Kampala avec son homologue ougandais.",
        [
            "agreement KEN-UGA signed 2020 @Nairobi bg",
            "consultation KEN-UGA meeting 2025-06-09 @Kampala",
        ],
        [
            "agreement KEN-UGA in_force 2025-06-09 @Nairobi",
            "consultation KEN-UGA meeting 2025-06-09 @Kampala",
        ],
        id="stage.negated-noun-not-effective",
    ),
    pytest.param(
        "consultation.attended-again",
        "Le président ghanéen, John Mahama, a reçu lundi à Accra le ministre togolais des Affaires étrangères, Robert Dussey. Le ministre ghanéen des Affaires étrangères, Samuel Ablakwa, a pris part à l'entretien, qui a porté sur le commerce transfrontalier.",
        ["consultation GHA-TGO meeting 2025-06-09 @Accra"],
        [
            "consultation GHA-TGO meeting 2025-06-09 @Accra",
            "consultation GHA-TGO meeting 2025-06-09 @Accra",
        ],
        id="consultation.attended-again-took-part",
    ),
    pytest.param(
        "consultation.attended-again",
        "Le Premier ministre malien, Abdoulaye Maïga, s'est entretenu mardi à Bamako avec le ministre sénégalais de la Défense, Birame Diop. Le ministre malien de la Défense, Sadio Camara, a assisté à la rencontre.",
        ["consultation MLI-SEN meeting 2025-06-10 @Bamako"],
        [
            "consultation MLI-SEN meeting 2025-06-10 @Bamako",
            "consultation MLI-SEN meeting 2025-06-10 @Bamako",
        ],
        id="consultation.attended-again-attended",
    ),
    pytest.param(
        "consultation.attended-again",
        "Le roi Mohammed VI a reçu lundi à Rabat le président mauritanien, Mohamed Ould Ghazouani. Le ministre marocain des Affaires étrangères, Nasser Bourita, a participé à l'audience, qui a duré deux heures.",
        ["consultation MAR-MRT meeting 2025-06-09 @Rabat"],
        [
            "consultation MAR-MRT meeting 2025-06-09 @Rabat",
            "consultation MAR-MRT meeting 2025-06-09 @Rabat",
        ],
        id="consultation.attended-again-participated-relative",
    ),
    pytest.param(
        "consultation.attended-again",
        "Le ministre kazakh des Affaires étrangères, Mourat Nourtleou, a été reçu lundi à Bakou par le président azerbaïdjanais, Ilham Aliyev. Ont pris part à l'entretien, côté azerbaïdjanais, le ministre des Affaires étrangères, Djeyhoun Baïramov, et le conseiller diplomatique Hikmet Hadjiev.",
        ["consultation AZE-KAZ meeting 2025-06-09 @Bakou"],
        [
            "consultation AZE-KAZ meeting 2025-06-09 @Bakou",
            "consultation AZE-KAZ meeting 2025-06-09 @Bakou",
        ],
        id="consultation.attended-again-inverted-subject",
    ),
]

SILENT = [
    pytest.param(
        "agreement.members",
        "Le Ghana et le Togo ont signé lundi trois accords : le premier dans le domaine de l'énergie et le second en matière de douanes.",
        ["agreement GHA-TGO signed 2025-06-09 x3"],
        id="agreement.members-silent-count-differs",
    ),
    pytest.param(
        "agreement.members",
        "Le Niger et le Tchad ont signé lundi deux accords. Le premier ministre nigérien s'est ensuite entretenu à Niamey avec son homologue tchadien.",
        [
            "agreement NER-TCD signed 2025-06-09 @Niamey x2",
            "consultation NER-TCD meeting 2025-06-09 @Niamey",
        ],
        id="agreement.members-silent-prime-minister-next-sentence",
    ),
    pytest.param(
        "agreement.members",
        "La Tunisie et la Libye ont signé lundi plusieurs accords dans le domaine de l'énergie et en matière de commerce.",
        ["agreement LBY-TUN signed 2025-06-09"],
        id="agreement.members-silent-no-ordinals",
    ),
    pytest.param(
        "stage.negated-noun",
        "Le Pérou et la Bolivie ont signé en 2018 un accord sur le gaz. Sa ratification, votée par le Congrès péruvien en 2020, n'a pas empêché de nouvelles tensions. Le ministre péruvien s'est entretenu lundi à La Paz avec son homologue bolivien.",
        ["agreement BOL-PER signed 2018 bg", "consultation BOL-PER meeting 2025-06-09 @La Paz"],
        id="stage.negated-noun-silent-other-verb-negated",
    ),
    pytest.param(
        "stage.negated-noun",
        "Le Sénégal et la Gambie ont signé en 2017 à Dakar un accord sur les transports, dont l'entrée en vigueur en 2019 n'a pas réglé tous les différends. Le ministre sénégalais s'est entretenu lundi à Banjul avec son homologue gambien.",
        [
            "agreement GMB-SEN in_force 2019 @Dakar bg",
            "consultation GMB-SEN meeting 2025-06-09 @Banjul",
        ],
        id="stage.negated-noun-silent-not-negated",
    ),
    pytest.param(
        "stage.negated-noun",
        "Le Togo et le Bénin ont signé en 2016 à Lomé une convention sur les douanes, dont la ratification a eu lieu en 2018 à Cotonou. Le ministre togolais s'est entretenu lundi à Cotonou avec son homologue béninois.",
        [
            "agreement BEN-TGO ratified 2018 @Lomé bg",
            "consultation BEN-TGO meeting 2025-06-09 @Cotonou",
        ],
        id="stage.negated-noun-silent-took-place",
    ),
    pytest.param(
        "consultation.attended-again",
        "Le ministre nigérien des Affaires étrangères, Bakary Sangaré, s'est entretenu lundi à Addis-Abeba avec son homologue éthiopien, Gedion Timothewos. Le Premier ministre nigérien, Ali Zeine, a ensuite participé au sommet de l'Union africaine.",
        [
            "consultation ETH-NER meeting 2025-06-09 @Addis-Abeba",
            "consultation AU-NER summit @Addis-Abeba",
        ],
        id="consultation.attended-again-silent-named-summit",
    ),
    pytest.param(
        "consultation.attended-again",
        "Le président kényan, William Ruto, a reçu lundi à Nairobi son homologue ougandais, Yoweri Museveni. Le président tanzanien, Samia Suluhu Hassan, a pris part à la réunion, consacrée à la sécurité régionale.",
        [
            "consultation KEN-UGA meeting 2025-06-09 @Nairobi",
            "consultation KEN-TZA meeting 2025-06-09 @Nairobi",
        ],
        id="consultation.attended-again-silent-new-side",
    ),
    pytest.param(
        "consultation.attended-again",
        "Le ministre tchadien des Affaires étrangères, Abderaman Koulamallah, s'est entretenu lundi à N'Djamena avec son homologue camerounais, Lejeune Mbella Mbella. Le Premier ministre tchadien, Allamaye Halina, a assisté à la réunion des ministres de la CEEAC.",
        [
            "consultation CMR-TCD meeting 2025-06-09 @N'Djamena",
            "consultation ECCAS-TCD meeting 2025-06-09 @N'Djamena",
        ],
        id="consultation.attended-again-silent-named-meeting",
    ),
]

TRACED: list[str] = ["agreement.members", "consultation.attended-again"]
"""The rules that write their name in the trace of the events of their example."""


test_rule_fires, test_traced_rules_are_in_the_trace, test_rule_does_not_fire = RULE_TESTS
