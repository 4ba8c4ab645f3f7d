# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""More consultation rules: vetoes, back-references and meetings in enlarged format.

Each example compares the extraction with every rule on and with only its rule switched
off (:mod:`_examples`). The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from _examples import RULE_TESTS

FIRES = [
    pytest.param(
        "consultation.received-at",
        "La ministre ghanéenne a été reçue lundi à Abidjan par le président Alassane Ouattara, puis à Yamoussoukro par le Premier ministre Robert Beugré Mambé.",
        [
            "consultation CIV-GHA meeting 2025-06-09 @Abidjan",
            "consultation CIV-GHA meeting 2025-06-09 @Yamoussoukro",
        ],
        ["consultation CIV-GHA meeting 2025-06-09 @Abidjan"],
        id="consultation.received-at",
    ),
    pytest.param(
        "consultation.received-at",
        "Le ministre italien des Affaires étrangères a été successivement reçu mardi à Tunis par le président de la République, Kaïs Saïed, à la Kasbah par le chef du gouvernement, Ahmed Hachani, puis à Sousse par le gouverneur, Ali Ben Salah.",
        ["consultation ITA-TUN meeting 2025-06-10 @Tunis"] * 2
        + ["consultation ITA-TUN meeting 2025-06-10 @Sousse"],
        ["consultation ITA-TUN meeting 2025-06-10 @Tunis"],
        id="consultation.received-at-three-hosts",
    ),
    pytest.param(
        "consultation.about-instrument",
        "Le Maroc et le Sénégal ont signé lundi un mémorandum relatif aux consultations politiques entre les deux ministères.",
        ["agreement MAR-SEN signed 2025-06-09"],
        [
            "agreement MAR-SEN signed 2025-06-09",
            "consultation MAR-SEN political_consultations 2025-06-09",
        ],
        id="consultation.about-instrument",
    ),
    pytest.param(
        "consultation.about-instrument",
        "Au terme de la commission mixte tenue vendredi à Abidjan, la Côte d'Ivoire et le Ghana ont signé trois protocoles. Ces documents portent sur la pêche, les consultations politiques entre les deux ministères et le sport.",
        [
            "consultation CIV-GHA joint_commission 2025-06-06 @Abidjan",
            *["agreement CIV-GHA signed 2025-06-06 @Abidjan"] * 3,
        ],
        [
            "consultation CIV-GHA joint_commission 2025-06-06 @Abidjan",
            *["agreement CIV-GHA signed 2025-06-06 @Abidjan"] * 3,
            "consultation CIV-GHA political_consultations 2025-06-06 @Abidjan",
        ],
        id="consultation.about-instrument-listed-subject",
    ),
    pytest.param(
        "consultation.back-reference",
        "Au terme de leur réunion lundi à Rabat, les ministres marocain et sénégalais ont signé un accord sur la pêche.",
        [
            "consultation MAR-SEN meeting 2025-06-09 @Rabat",
            "agreement MAR-SEN signed 2025-06-09 @Rabat",
        ],
        ["agreement MAR-SEN signed 2025-06-09 @Rabat"],
        id="consultation.back-reference",
    ),
    pytest.param(
        "consultation.domestic-again",
        "Le Maroc et le Sénégal ont signé lundi un accord sur la pêche. Le Conseil des ministres sénégalais s'est réuni mercredi. Lors de la réunion, le ministre a évoqué le Maroc.",
        ["agreement MAR-SEN signed 2025-06-09"],
        ["agreement MAR-SEN signed 2025-06-09", "consultation MAR-SEN meeting 2025-06-09"],
        id="consultation.domestic-again",
    ),
    pytest.param(
        "consultation.expanded",
        "Le président sénégalais a eu lundi un entretien en tête-à-tête avec le roi du Maroc. Les deux chefs d'État ont ensuite présidé une séance de travail élargie aux deux délégations.",
        ["consultation MAR-SEN meeting 2025-06-09", "consultation MAR-SEN meeting 2025-06-09"],
        ["consultation MAR-SEN meeting 2025-06-09"],
        id="consultation.expanded",
    ),
    pytest.param(
        "consultation.one-per-format+merge.same-event",
        "Le ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais, puis a rencontré le ministre malien des Transports.",
        ["consultation MAR-MLI-SEN meeting 2025-06-09 @Rabat"],
        [
            "consultation MAR-MLI-SEN meeting 2025-06-09 @Rabat",
            "consultation MAR-MLI-SEN meeting 2025-06-09 @Rabat",
        ],
        id="consultation.one-per-format",
    ),
    pytest.param(
        "consultation.officials-apart",
        "En marge du sommet de la CEDEAO, le ministre sénégalais des Affaires étrangères a rencontré lundi à Dakar le ministre des Affaires étrangères du Mali, Abdoulaye Diop et le ministre des Affaires étrangères de la Guinée, Morissanda Kouyaté.",
        [
            "consultation ECOWAS summit 2025-06-09 @Dakar",
            "consultation MLI-SEN meeting 2025-06-09 @Dakar",
            "consultation GIN-SEN meeting 2025-06-09 @Dakar",
        ],
        [
            "consultation ECOWAS summit 2025-06-09 @Dakar",
            "consultation GIN-MLI-SEN meeting 2025-06-09 @Dakar",
        ],
        id="consultation.officials-apart",
    ),
    pytest.param(
        "consultation.one-per-date",
        "Les ministres marocain et sénégalais se sont rencontrés le 3 mars à Rabat, puis le 15 avril à Dakar.",
        [
            "consultation MAR-SEN meeting 2025-03-03 @Rabat",
            "consultation MAR-SEN meeting 2025-04-15 @Dakar",
        ],
        ["consultation MAR-SEN meeting 2025-03-03 @Rabat"],
        id="consultation.one-per-date",
    ),
    pytest.param(
        "consultation.one-per-date",
        "La commission mixte maroco-sénégalaise s'est réunie le 3 mars 2024 à Rabat et le 15 avril 2025 à Dakar.",
        [
            "consultation MAR-SEN joint_commission 2024-03-03 @Rabat bg",
            "consultation MAR-SEN joint_commission 2025-04-15 @Dakar",
        ],
        ["consultation MAR-SEN joint_commission 2024-03-03 @Rabat bg"],
        id="consultation.one-per-date-sessions",
    ),
    pytest.param(
        "consultation.welcomed-person",
        "Le ministre marocain s'est entretenu mardi à Rabat avec son homologue espagnol. La Tunisie a accueilli avec satisfaction la libération des otages algériens.",
        ["consultation ESP-MAR meeting 2025-06-10 @Rabat", "declaration TUN statement @Tunis"],
        [
            "consultation ESP-MAR meeting 2025-06-10 @Rabat",
            "consultation DZA-TUN meeting",
            "declaration TUN statement @Tunis",
        ],
        id="consultation.welcomed-person",
    ),
    pytest.param(
        "consultation.welcomed-person",
        "Le ministre marocain s'est entretenu mardi à Rabat avec son homologue espagnol. Le Maroc a accueilli favorablement lundi la proposition de l'Espagne.",
        [
            "consultation ESP-MAR meeting 2025-06-10 @Rabat",
            "declaration MAR statement 2025-06-09 @Rabat",
        ],
        [
            "consultation ESP-MAR meeting 2025-06-10 @Rabat",
            "consultation ESP-MAR meeting 2025-06-09 @Rabat",
            "declaration MAR statement 2025-06-09 @Rabat",
        ],
        id="consultation.welcomed-person-a-proposal",
    ),
    pytest.param(
        "consultation.officials-apart+parties.organisation-frame",
        "À l'occasion de sa participation au sommet de l'Union africaine, le ministre sénégalais Yassine Fall a rencontré lundi le ministre malien des Affaires étrangères Abdoulaye Diop et son homologue guinéen Morissanda Kouyaté.",
        [
            "consultation AU-SEN summit 2025-06-09",
            "consultation MLI-SEN meeting 2025-06-09",
            "consultation GIN-SEN meeting 2025-06-09",
        ],
        [
            "consultation AU-SEN summit 2025-06-09",
            "consultation AU-GIN-MLI-SEN meeting 2025-06-09",
        ],
        id="consultation.officials-apart-counterpart",
    ),
    pytest.param(
        "consultation.told-by-city",
        "Les chefs d'État de la CEDEAO se sont réunis lundi en sommet à Abuja. Quant à la crise au Mali et au Niger, le sommet d'Abuja demande aux militaires maliens et nigériens de rendre le pouvoir.",
        ["consultation ECOWAS summit 2025-06-09 @Abuja"],
        [
            "consultation ECOWAS summit 2025-06-09 @Abuja",
            "consultation MLI-NER summit @Abuja",
        ],
        id="consultation.told-by-city",
    ),
    pytest.param(
        "consultation.previous-one",
        "Le président sénégalais a reçu lundi à Dakar son homologue gambien. Ce tête-à-tête a eu lieu trois mois après leur dernière entrevue, en mars à Banjul.",
        [
            "consultation GMB-SEN meeting 2025-06-09 @Dakar",
            "consultation GMB-SEN meeting 2025-03 @Banjul bg",
        ],
        ["consultation GMB-SEN meeting 2025-06-09 @Dakar"],
        id="consultation.previous-one",
    ),
    pytest.param(
        "consultation.sports-match",
        "L'Union africaine a condamné lundi l'attaque. Le Sénégal, qui avait battu le Mali vendredi dernier à Dakar, compte six points après deux rencontres, devant le Ghana et le Togo.",
        ["declaration AU statement 2025-06-09"],
        [
            "declaration AU statement 2025-06-09",
            "consultation GHA-MLI-SEN-TGO meeting 2025-06-06 @Dakar",
        ],
        id="consultation.sports-match",
    ),
    pytest.param(
        "consultation.margin-frame",
        "Le Sénégal et la Gambie ont tenu lundi à Dakar leurs consultations politiques. En marge des consultations, le ministre gambien a été reçu par le président sénégalais.",
        [
            "consultation GMB-SEN political_consultations 2025-06-09 @Dakar",
            "consultation GMB-SEN meeting 2025-06-09 @Dakar",
        ],
        ["consultation GMB-SEN political_consultations 2025-06-09 @Dakar"],
        id="consultation.margin-frame-received",
    ),
    pytest.param(
        "consultation.margin-frame",
        "Le Togo et le Bénin ont tenu lundi à Lomé la cinquième session de leur commission mixte. En marge de la commission mixte, le ministre béninois s'est entretenu mardi avec le Premier ministre togolais.",
        [
            "consultation BEN-TGO joint_commission 2025-06-09 @Lomé r5",
            "consultation BEN-TGO meeting 2025-06-10 @Lomé",
        ],
        ["consultation BEN-TGO joint_commission 2025-06-09 @Lomé r5"],
        id="consultation.margin-frame-talks",
    ),
    pytest.param(
        "consultation.inserted-adverb",
        "Le Canada et le Mexique ont signé lundi à Mexico un accord sur l'énergie. La ministre canadienne s'était déjà rendue au Mexique en mars.",
        [
            "agreement CAN-MEX signed 2025-06-09 @Mexico",
            "consultation CAN-MEX visit 2025-03 @Mexico",
        ],
        ["agreement CAN-MEX signed 2025-06-09 @Mexico"],
        id="consultation.inserted-adverb-already",
    ),
    pytest.param(
        "consultation.inserted-adverb",
        "Le ministre ghanéen a reçu lundi à Accra son homologue ivoirien. Mardi, il s'est pour sa part entretenu à Accra avec le ministre togolais des Affaires étrangères.",
        [
            "consultation CIV-GHA meeting 2025-06-09 @Accra",
            "consultation GHA-TGO meeting 2025-06-10 @Accra",
        ],
        ["consultation CIV-GHA meeting 2025-06-09 @Accra"],
        id="consultation.inserted-adverb-for-his-part",
    ),
    pytest.param(
        "consultation.inserted-adverb",
        "Le président ouzbek a reçu lundi à Tachkent le ministre indien des Affaires étrangères. Le président ouzbek s'était lui-même rendu en Inde en mars 2023.",
        [
            "consultation IND-UZB meeting 2025-06-09 @Tachkent",
            "consultation IND-UZB visit 2023-03 bg",
        ],
        ["consultation IND-UZB meeting 2025-06-09 @Tachkent"],
        id="consultation.inserted-adverb-himself",
    ),
    pytest.param(
        "consultation.trip-companion",
        "Le premier ministre canadien a rencontré lundi à Lima la présidente péruvienne. La ministre des Affaires étrangères s'était rendue à Lima en avril avec le ministre du Commerce.",
        [
            "consultation CAN-PER meeting 2025-06-09 @Lima",
            "consultation CAN-PER visit 2025-04 @Lima",
        ],
        ["consultation CAN-PER meeting 2025-06-09 @Lima"],
        id="consultation.trip-companion-earlier",
    ),
    pytest.param(
        "consultation.trip-companion",
        "Le président ghanéen a reçu lundi à Accra son homologue togolais. Le ministre des Affaires étrangères s'est rendu mardi à Lomé avec le ministre du Commerce.",
        [
            "consultation GHA-TGO meeting 2025-06-09 @Accra",
            "consultation GHA-TGO visit 2025-06-10 @Lomé",
        ],
        ["consultation GHA-TGO meeting 2025-06-09 @Accra"],
        id="consultation.trip-companion-minister",
    ),
]
SILENT = [
    pytest.param(
        "consultation.trip-companion",
        "Le président sénégalais s'est entretenu lundi avec le ministre des Affaires étrangères. Il a reçu mardi à Dakar son homologue gambien.",
        ["consultation GMB-SEN meeting 2025-06-10 @Dakar"],
        id="consultation.trip-companion-own-minister-met",
    ),
    pytest.param(
        "consultation.trip-companion",
        "Le roi a reçu mardi à Rabat le président mauritanien. Le souverain s'était entretenu la veille avec le ministre de l'Intérieur.",
        ["consultation MAR-MRT meeting 2025-06-10 @Rabat"],
        id="consultation.trip-companion-not-a-trip",
    ),
    pytest.param(
        "consultation.inserted-adverb",
        "Le ministre ghanéen s'est déjà dit favorable à une telle rencontre. Il a reçu lundi à Accra son homologue togolais.",
        ["consultation GHA-TGO meeting 2025-06-09 @Accra"],
        id="consultation.inserted-adverb-other-verb",
    ),
    pytest.param(
        "consultation.inserted-adverb",
        "Le ministre ghanéen a reçu lundi à Accra son homologue togolais. Les deux pays ne se sont pas encore réunis en commission mixte.",
        ["consultation GHA-TGO meeting 2025-06-09 @Accra"],
        id="consultation.inserted-adverb-negation",
    ),
    pytest.param(
        "consultation.margin-frame",
        "La commission mixte nigéro-tchadienne s'est réunie lundi à Niamey, en marge de la visite du ministre tchadien.",
        [
            "consultation NER-TCD joint_commission 2025-06-09 @Niamey",
            "consultation NER-TCD visit 2025-06-09 @Niamey",
        ],
        id="consultation.margin-frame-session-itself",
    ),
    pytest.param(
        "consultation.margin-frame",
        "Le Mali et le Niger ont tenu lundi à Bamako leur commission mixte. En marge de la visite, la commission mixte s'est réunie mardi à Bamako.",
        [
            "consultation MLI-NER joint_commission 2025-06-09 @Bamako",
            "consultation MLI-NER visit 2025-06-10 @Bamako",
            "consultation MLI-NER joint_commission 2025-06-10 @Bamako",
        ],
        id="consultation.margin-frame-other-frame",
    ),
    pytest.param(
        "consultation.about-instrument",
        "Le Sénégal et la Mauritanie ont signé mardi à Dakar trois accords. Les deux ministres ont ensuite tenu des consultations politiques sur la sécurité, la pêche et l'élevage.",
        [
            "agreement MRT-SEN signed 2025-06-10 @Dakar x3",
            "consultation MRT-SEN political_consultations 2025-06-10 @Dakar",
        ],
        id="consultation.about-instrument-held-after",
    ),
    pytest.param(
        "consultation.received-at",
        "Le ministre italien des Affaires étrangères a été reçu mardi à Carthage par le président de la République, Kaïs Saïed, avant de s'envoler pour Alger.",
        ["consultation ITA-TUN meeting 2025-06-10 @Tunis"],
        id="consultation.received-at-one-host",
    ),
    pytest.param(
        "consultation.received-at",
        "Le ministre italien a été reçu mardi à Tunis par le président de la République, Kaïs Saïed, et a signé à Tunis par la suite un accord sur la pêche.",
        [
            "consultation ITA-TUN meeting 2025-06-10 @Tunis",
            "agreement ITA-TUN signed 2025-06-10 @Tunis",
        ],
        id="consultation.received-at-a-verb-after",
    ),
    pytest.param(
        "consultation.about-instrument",
        "Le Maroc et le Sénégal ont signé lundi un mémorandum sur la pêche lors des consultations politiques à Rabat.",
        [
            "agreement MAR-SEN signed 2025-06-09 @Rabat",
            "consultation MAR-SEN political_consultations 2025-06-09 @Rabat",
        ],
        id="consultation.about-instrument",
    ),
    pytest.param(
        "consultation.back-reference",
        "Le ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais, après la signature d'un accord sur la pêche.",
        [
            "consultation MAR-SEN meeting 2025-06-09 @Rabat",
            "agreement MAR-SEN signed 2025-06-09 @Rabat",
        ],
        id="consultation.back-reference",
    ),
    pytest.param(
        "consultation.domestic-again",
        "Le ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais. Lors de la réunion, les deux ministres ont évoqué la pêche.",
        ["consultation MAR-SEN meeting 2025-06-09 @Rabat"],
        id="consultation.domestic-again",
    ),
    pytest.param(
        "consultation.expanded",
        "Le président sénégalais s'est entretenu lundi avec le roi du Maroc de l'élargissement de leur coopération.",
        ["consultation MAR-SEN meeting 2025-06-09"],
        id="consultation.expanded",
    ),
    pytest.param(
        "consultation.one-per-format",
        "Le ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais. Il a rencontré mardi le ministre malien des Transports.",
        [
            "consultation MAR-SEN meeting 2025-06-09 @Rabat",
            "consultation MAR-MLI meeting 2025-06-10 @Rabat",
        ],
        id="consultation.one-per-format",
    ),
    pytest.param(
        "consultation.officials-apart",
        "En marge du sommet de la CEDEAO, le ministre sénégalais des Affaires étrangères a rencontré conjointement lundi à Dakar le ministre malien des Affaires étrangères Abdoulaye Diop et son homologue guinéen Morissanda Kouyaté.",
        [
            "consultation ECOWAS-MLI summit 2025-06-09 @Dakar",
            "consultation GIN-MLI-SEN meeting 2025-06-09 @Dakar",
        ],
        id="consultation.officials-apart-together",
    ),
    pytest.param(
        "consultation.one-per-date",
        "Les ministres marocain et sénégalais se sont rencontrés le 3 mars à Rabat pour préparer le sommet du 15 avril.",
        ["consultation MAR-SEN meeting 2025-03-03 @Rabat"],
        id="consultation.one-per-date-another-event",
    ),
    pytest.param(
        "consultation.welcomed-person",
        "Le président ivoirien a accueilli lundi à Abidjan son homologue ghanéen.",
        ["consultation CIV-GHA meeting 2025-06-09 @Abidjan"],
        id="consultation.welcomed-person-a-counterpart",
    ),
    pytest.param(
        "consultation.told-by-city",
        "Les ministres de l'UA se sont réunis lundi à Addis-Abeba. Mardi, la réunion d'Addis-Abeba entre l'Éthiopie et le Kenya a porté sur la sécurité.",
        # another day stated: another meeting in the same city
        [
            "consultation AU meeting 2025-06-09 @Addis-Abeba",
            "consultation ETH-KEN meeting 2025-06-10 @Addis-Abeba",
        ],
        id="consultation.told-by-city-another-day",
    ),
    pytest.param(
        "consultation.told-by-city",
        "Les chefs d'État de la CEDEAO se sont réunis lundi en sommet à Abuja. Au sommet de Niamey, mardi, le Niger et le Mali ont signé un accord de défense.",
        # another city: another summit
        [
            "consultation ECOWAS summit 2025-06-09 @Abuja",
            "consultation MLI-NER summit 2025-06-10 @Niamey",
            "agreement MLI-NER signed 2025-06-10 @Niamey",
        ],
        id="consultation.told-by-city-another-city",
    ),
    pytest.param(
        "consultation.previous-one",
        "Le président sénégalais a reçu lundi à Dakar son homologue gambien. Ce tête-à-tête a eu lieu trois mois après leur dernière entrevue à Banjul.",
        # no date of its own: nothing tells it apart
        ["consultation GMB-SEN meeting 2025-06-09 @Dakar"],
        id="consultation.previous-one-undated",
    ),
    pytest.param(
        "consultation.previous-one",
        "Le ministre ghanéen s'est entretenu lundi avec son homologue togolais. Lors de leur dernière rencontre, lundi, ils ont évoqué la sécurité.",
        # the date of the meeting reported: that meeting named again
        ["consultation GHA-TGO meeting 2025-06-09"],
        id="consultation.previous-one-same-date",
    ),
    pytest.param(
        "consultation.sports-match",
        "Le ministre sénégalais s'est entretenu lundi avec son homologue malien. Les deux ministres ont évoqué la rencontre de leurs présidents, vendredi à Bamako.",
        # no word of sport: a meeting of leaders
        [
            "consultation MLI-SEN meeting 2025-06-09 @Bamako",
            "consultation MLI-SEN meeting 2025-06-06 @Bamako",
        ],
        id="consultation.sports-match-leaders",
    ),
]
"""Texts where the rule's words stand but it must not fire: the same outcome with it off."""
TRACED: list[str] = [
    "consultation.back-reference",
    "consultation.inserted-adverb",
    "consultation.expanded",
    "consultation.officials-apart",
    "consultation.one-per-date",
    "consultation.previous-one",
    "consultation.received-at",
]
"""The rules that write their name in the trace of the events of their example."""


test_rule_fires, test_traced_rules_are_in_the_trace, test_rule_does_not_fire = RULE_TESTS
