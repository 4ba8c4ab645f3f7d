# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""Background events named with a date of their own (``rules/_background.py``).

Each example compares the extraction with every rule on and with only its rule switched
off (:mod:`_examples`). The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from _examples import RULE_TESTS

FIRES = [
    pytest.param(
        "consultation.own-past-date",
        "Le président chinois est arrivé lundi à Astana pour une visite d'Etat. Il s'agit de sa deuxième visite au Kazakhstan, après sa visite d'Etat de septembre 2022.",
        ["consultation CHN-KAZ visit 2025-06-09 @Astana", "consultation CHN-KAZ visit 2022-09 bg"],
        ["consultation CHN-KAZ visit 2025-06-09 @Astana"],
        id="own-past-date-restatement",
    ),
    pytest.param(
        "consultation.own-past-date",
        "La ministre espagnole des Affaires étrangères s'est entretenue lundi à Madrid avec son homologue chilien. Lors de leur rencontre à Santiago en mars 2019, ils avaient évoqué le commerce.",
        [
            "consultation CHL-ESP meeting 2025-06-09 @Madrid",
            "consultation CHL-ESP meeting 2019-03 @Santiago bg",
        ],
        ["consultation CHL-ESP meeting 2025-06-09 @Madrid"],
        id="own-past-date-lors-de",
    ),
    pytest.param(
        "consultation.own-past-date",
        "Le roi de Jordanie a reçu lundi à Amman le président égyptien. Lors de leur rencontre au Caire en janvier 2024, les deux dirigeants avaient parlé de Gaza.",
        [
            "consultation EGY-JOR meeting 2025-06-09 @Amman",
            "consultation EGY-JOR meeting 2024-01 @Le Caire bg",
        ],
        ["consultation EGY-JOR meeting 2025-06-09 @Amman"],
        id="own-past-date-place-then-date",
    ),
    pytest.param(
        "consultation.previous-instance",
        "La quatrième session de la commission mixte entre le Sénégal et la Gambie s'est tenue lundi à Dakar. La précédente session avait eu lieu à Banjul en 2019.",
        [
            "consultation GMB-SEN joint_commission 2025-06-09 @Dakar r4",
            "consultation GMB-SEN joint_commission 2019 @Banjul r3 bg",
        ],
        ["consultation GMB-SEN joint_commission 2025-06-09 @Dakar r4"],
        id="previous-instance-session",
    ),
    pytest.param(
        "consultation.previous-instance",
        "La commission mixte algéro-tunisienne a tenu lundi à Tunis sa sixième session. La dernière session s'était déroulée à Alger en 2022.",
        [
            "consultation DZA-TUN joint_commission 2025-06-09 @Tunis r6",
            "consultation DZA-TUN joint_commission 2022 @Alger bg",
        ],
        ["consultation DZA-TUN joint_commission 2025-06-09 @Tunis r6"],
        id="previous-instance-last-session",
    ),
    pytest.param(
        "consultation.previous-instance",
        "Le Pérou et l'Équateur ont tenu lundi à Lima la septième réunion de leur cabinet binational. La précédente réunion s'était tenue à Quito en 2021.",
        [
            "consultation ECU-PER meeting 2025-06-09 @Lima r7",
            "consultation ECU-PER meeting 2021 @Quito bg",
        ],
        [
            "consultation ECU-PER meeting 2025-06-09 @Lima r7",
            "consultation ECU-PER meeting 2021 bg",
        ],
        id="previous-instance-meeting",
    ),
    pytest.param(
        "consultation.previous-instance+parties.gathering-again",
        "Les dirigeants de l'Union africaine se sont réunis lundi à Addis-Abeba pour le 38e sommet de l'organisation, en présence du président kényan. Le précédent sommet, le 37e, s'était tenu à Niamey en février 2024.",
        [
            "consultation AU meeting 2025-06-09 @Addis-Abeba",
            "consultation AU summit 2025-06-09 @Addis-Abeba r38",
            "consultation AU summit 2024-02 @Niamey r37 bg",
        ],
        [
            "consultation AU meeting 2025-06-09 @Addis-Abeba",
            "consultation AU summit 2025-06-09 @Addis-Abeba r38",
            "consultation AU-KEN summit 2024-02 @Niamey bg",
        ],
        id="previous-instance-summit-ordinal",
    ),
    pytest.param(
        "consultation.previous-instance",
        "Le ministre azerbaïdjanais s'est entretenu lundi par téléphone avec son homologue géorgienne. Ils ont évoqué la prochaine réunion trilatérale des ministres azerbaïdjanais, géorgien et turc. La précédente rencontre à trois avait eu lieu à Tbilissi en septembre 2023.",
        [
            "consultation AZE-GEO phone_call 2025-06-09",
            "consultation AZE-GEO-TUR meeting 2023-09 @Tbilissi bg",
        ],
        [
            "consultation AZE-GEO phone_call 2025-06-09",
            "consultation AZE-GEO meeting 2023-09 @Tbilissi bg",
        ],
        id="previous-instance-of-announced",
    ),
    pytest.param(
        "consultation.previous-instance",
        "Le ministre marocain a reçu lundi à Rabat son homologue mauritanien. La prochaine session de la commission mixte maroco-mauritanienne se tiendra à Nouakchott. La précédente s'était tenue à Rabat en 2022.",
        [
            "consultation MAR-MRT meeting 2025-06-09 @Rabat",
            "consultation MAR-MRT joint_commission 2022 @Rabat bg",
        ],
        ["consultation MAR-MRT meeting 2025-06-09 @Rabat"],
        id="previous-instance-elliptic",
    ),
    pytest.param(
        "consultation.meeting-in-format",
        "Le Kazakhstan et la Turquie signent quatre accords à l'issue de la VIe réunion de leur commission intergouvernementale\nLa commission intergouvernementale kazakho-turque s'est réunie lundi à Astana pour sa sixième session.",
        [
            "agreement KAZ-TUR signed 2025-06-09 @Astana x4",
            "consultation KAZ-TUR joint_commission 2025-06-09 @Astana r6",
        ],
        [
            "agreement KAZ-TUR signed 2025-06-09 @Astana x4",
            "consultation KAZ-TUR meeting 2025-06-09 @Astana r6",
            "consultation KAZ-TUR joint_commission 2025-06-09 @Astana r6",
        ],
        id="meeting-of-the-commission",
    ),
]
"""Texts where the rule fires: the events with it on, and with it off."""

SILENT = [
    pytest.param(
        "consultation.own-past-date",
        "Le Premier ministre japonais a reçu lundi son homologue vietnamien à Tokyo. Lors de leur entretien, ils ont évoqué l'accord de 2019.",
        ["consultation JPN-VNM meeting 2025-06-09 @Tokyo"],
        id="own-past-date-date-of-another-thing",
    ),
    pytest.param(
        "consultation.own-past-date",
        "Le Premier ministre japonais a reçu lundi son homologue vietnamien à Tokyo. Lors de leur entretien de lundi, ils ont évoqué le commerce.",
        ["consultation JPN-VNM meeting 2025-06-09 @Tokyo"],
        id="own-past-date-date-of-this-year",
    ),
    pytest.param(
        "consultation.own-past-date",
        "Le président ghanéen a reçu lundi à Accra son homologue ivoirien. Lors de cette rencontre, le président a rappelé les liens noués depuis 1960.",
        ["consultation CIV-GHA meeting 2025-06-09 @Accra"],
        id="own-past-date-date-in-another-clause",
    ),
    pytest.param(
        "consultation.own-past-date",
        "Le président français a effectué lundi une visite à Accra. Il s'agit de sa première visite au Ghana depuis 2019.",
        ["consultation FRA-GHA visit 2025-06-09 @Accra"],
        id="own-past-date-since",
    ),
    pytest.param(
        "consultation.previous-instance",
        "La cinquième session de la commission mixte entre la Tunisie et l'Algérie s'est tenue lundi à Tunis. La dernière session de la grande commission a adopté un plan d'action.",
        [
            "consultation DZA-TUN joint_commission 2025-06-09 @Tunis r5",
            "agreement DZA-TUN signed 2025-06-09 @Tunis",
        ],
        id="previous-instance-no-date",
    ),
    pytest.param(
        "consultation.previous-instance",
        "Le ministre kényan s'est rendu lundi à Kampala pour une visite officielle. Sa dernière visite en Ouganda s'est achevée lundi soir.",
        ["consultation KEN-UGA visit 2025-06-09 @Kampala"],
        id="previous-instance-date-told",
    ),
    pytest.param(
        "consultation.previous-instance",
        "La commission mixte entre le Niger et le Bénin a tenu lundi à Niamey sa troisième session. La prochaine session se tiendra à Cotonou en 2026.",
        ["consultation BEN-NER joint_commission 2025-06-09 @Niamey r3"],
        id="previous-instance-next-one",
    ),
    pytest.param(
        "consultation.previous-instance",
        "Le président ghanéen a reçu lundi à Accra son homologue togolais. La dernière fois, en 2019, les deux hommes avaient parlé de sécurité.",
        ["consultation GHA-TGO meeting 2025-06-09 @Accra"],
        id="previous-instance-last-time",
    ),
    pytest.param(
        "consultation.meeting-in-format",
        "Le Maroc et le Niger concluent la cinquième réunion de leur commission mixte\nLa commission mixte maroco-nigérienne a tenu lundi à Rabat sa cinquième session.",
        ["consultation MAR-NER joint_commission 2025-06-09 @Rabat r5"],
        id="meeting-of-the-commission-already-one",
    ),
]
"""Texts where the rule's words stand but it must not fire: the same outcome with it off."""
TRACED: list[str] = ["consultation.own-past-date", "consultation.previous-instance"]
"""The rules that write their name in the trace of the events of their example."""


test_rule_fires, test_traced_rules_are_in_the_trace, test_rule_does_not_fire = RULE_TESTS
