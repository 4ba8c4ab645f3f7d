# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""Consultations by their vocabulary: verbs of talking and of a meal with someone (« a
échangé lundi avec », « a discuté avec », « avait déjeuné à Matignon avec »), a call received (« a reçu un appel du
président »), a meeting « en sommet » (one summit), the names of
standing bilateral bodies (a joint
commission is also « une commission conjointe », « un comité de suivi de la coopération »),
and a trip whose dates come before its destination (« s'est rendu mardi et mercredi à
Nouakchott », « a séjourné lundi et mardi à Accra »); and what is none (a project's committee, a session to come, a trip to a
ceremony).

Each example compares the extraction with every rule on and with only its rule switched
off (:mod:`_examples`). The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from _examples import RULE_TESTS

FIRES = [
    pytest.param(
        "consultation.visit-phrase",
        "Le président togolais est arrivé ce jeudi 5 juin à Accra, où il a été reçu par le président ghanéen.",
        [
            "consultation GHA-TGO meeting 2025-06-05 @Accra",
            "consultation GHA-TGO visit 2025-06-05 @Accra",
        ],
        ["consultation GHA-TGO meeting 2025-06-05 @Accra"],
        id="consultation.visit-phrase-weekday-with-its-date",
    ),
    pytest.param(
        "consultation.visit-phrase",
        "Le président sénégalais est arrivé ce mercredi 4 juin à Bamako. Son prédécesseur avait effectué une visite officielle au Mali en décembre 2014.",
        [
            "consultation MLI-SEN visit 2025-06-04 @Bamako",
            "consultation MLI-SEN visit 2014-12 bg",
        ],
        ["consultation MLI-SEN visit 2014-12 bg"],
        id="consultation.visit-phrase-not-the-earlier-trip",
    ),
    pytest.param(
        "consultation.visit-phrase",
        "Niamey et Ouagadougou renouent le dialogue. Arrivé mardi à Ouagadougou, le ministre des Affaires étrangères a été reçu mercredi par le président burkinabè.",
        [
            "consultation BFA-NER meeting 2025-06-04 @Ouagadougou",
            "consultation BFA-NER visit 2025-06-10 @Ouagadougou",
        ],
        ["consultation BFA-NER meeting 2025-06-04 @Ouagadougou"],
        id="consultation.visit-phrase-arrived-title-with-no-state",
    ),
    pytest.param(
        "consultation.visit-phrase",
        "Arrivé lundi soir à Nairobi, le ministre éthiopien des Affaires étrangères Taye Atske Selassie s'est entretenu mardi avec son homologue kényan.",
        [
            "consultation ETH-KEN meeting 2025-06-10 @Nairobi",
            "consultation ETH-KEN visit 2025-06-09 @Nairobi",
        ],
        ["consultation ETH-KEN meeting 2025-06-10 @Nairobi"],
        id="consultation.visit-phrase-arrived-opening",
    ),
    pytest.param(
        "consultation.visit-phrase",
        "La cheffe de la diplomatie sud-africaine, arrivée dimanche dans la capitale zimbabwéenne, a rencontré lundi le président Emmerson Mnangagwa.",
        [
            "consultation ZAF-ZWE meeting 2025-06-09 @Harare",
            "consultation ZAF-ZWE visit 2025-06-08 @Harare",
        ],
        ["consultation ZAF-ZWE meeting 2025-06-09 @Harare"],
        id="consultation.visit-phrase-arrived-in-the-capital",
    ),
    pytest.param(
        "consultation.visit-phrase",
        "Le chef du gouvernement vietnamien Pham Minh Chinh était arrivé lundi matin à Jakarta, où il a visité une usine de batteries.",
        ["consultation IDN-VNM visit 2025-06-09 @Jakarta"],
        [],
        id="consultation.visit-phrase-arrived-person",
    ),
    pytest.param(
        "consultation.visit-needs-party",
        "Le ministre ghanéen s'est entretenu lundi à Accra avec son homologue ivoirien. Le président kényan s'est rendu samedi à la cérémonie d'investiture.",
        ["consultation CIV-GHA meeting 2025-06-09 @Accra"],
        [
            "consultation CIV-GHA meeting 2025-06-09 @Accra",
            "consultation GHA-KEN visit 2025-06-07 @Accra",
        ],
        id="consultation.visit-needs-party-a-ceremony",
    ),
    pytest.param(
        "consultation",
        "Le chef de l'Etat togolais s'était rendu à Accra en mars 2023, à l'invitation de son homologue ghanéen.",
        ["consultation GHA-TGO visit 2023-03 @Accra bg"],
        [],
        id="consultation-pluperfect-trip",
    ),
    pytest.param(
        "consultation",
        "Le Premier ministre malien a été reçu lundi à Dakar par le président sénégalais. La ministre sénégalaise des Affaires étrangères s'était rendue à Bamako le 4 février 2024.",
        [
            "consultation MLI-SEN meeting 2025-06-09 @Dakar",
            "consultation MLI-SEN visit 2024-02-04 @Bamako bg",
        ],
        [],
        id="consultation-pluperfect-trip-pronoun",
    ),
    pytest.param(
        "consultation",
        "Le Maroc et la Mauritanie ont tenu lundi à Nouakchott la première réunion de leur comité de suivi de la coopération bilatérale.",
        ["consultation MAR-MRT joint_commission 2025-06-09 @Nouakchott r1"],
        [],
        id="consultation-follow-up-committee",
    ),
    pytest.param(
        "consultation",
        "La commission conjointe Inde-Bangladesh s'est réunie lundi à New Delhi pour sa septième session.",
        ["consultation BGD-IND joint_commission 2025-06-09 @New Delhi r7"],
        [],
        id="consultation-joint-commission-conjointe",
    ),
    pytest.param(
        "consultation",
        "Les ministres ivoirien et burkinabè ont coprésidé lundi à Abidjan la 4e session de la commission de coopération ivoiro-burkinabè.",
        ["consultation BFA-CIV joint_commission 2025-06-09 @Abidjan r4"],
        [],
        id="consultation-cooperation-commission",
    ),
    pytest.param(
        "consultation",
        "Le comité bilatéral franco-allemand s'est réuni lundi à Paris.",
        ["consultation DEU-FRA joint_commission 2025-06-09 @Paris"],
        [],
        id="consultation-bilateral-committee",
    ),
    pytest.param(
        "consultation",
        "Le ministre égyptien des Affaires étrangères a échangé lundi avec son homologue jordanien.",
        ["consultation EGY-JOR meeting 2025-06-09"],
        [],
        id="consultation-exchanged-day-with",
    ),
    pytest.param(
        "consultation",
        "La ministre malienne des Affaires étrangères a discuté avec son homologue guinéen de la sécurité aux frontières.",
        ["consultation GIN-MLI meeting"],
        [],
        id="consultation-discussed-with",
    ),
    pytest.param(
        "consultation",
        "Le ministre kazakh avait discuté hier avec son homologue kirghiz de la gestion de l'eau.",
        ["consultation KAZ-KGZ meeting 2025-06-09"],
        [],
        id="consultation-discussed-yesterday-with",
    ),
    pytest.param(
        "consultation",
        "Le président mauritanien avait déjeuné lundi à Matignon avec le Premier ministre français.",
        ["consultation FRA-MRT meeting 2025-06-09 @Paris"],
        [],
        id="consultation-lunched-with",
    ),
    pytest.param(
        "consultation",
        "Le ministre ghanéen a dîné lundi avec son homologue nigérian à Abuja.",
        ["consultation GHA-NGA meeting 2025-06-09 @Abuja"],
        [],
        id="consultation-dined-with",
    ),
    pytest.param(
        "consultation",
        "Le président égyptien a reçu un appel du président américain.",
        ["consultation EGY-USA phone_call"],
        [],
        id="consultation-received-a-call",
    ),
    pytest.param(
        "consultation",
        "La présidente tanzanienne avait reçu hier un appel de son homologue mozambicain.",
        ["consultation MOZ-TZA phone_call 2025-06-09"],
        [],
        id="consultation-had-received-a-call-yesterday",
    ),
    pytest.param(
        "consultation.meeting-in-format",
        "Les chefs d'État de l'Union africaine se sont réunis lundi à Addis-Abeba en sommet extraordinaire.",
        ["consultation AU summit 2025-06-09 @Addis-Abeba"],
        [
            "consultation AU meeting 2025-06-09 @Addis-Abeba",
            "consultation AU summit 2025-06-09 @Addis-Abeba",
        ],
        id="consultation.meeting-in-format-met-as-a-summit",
    ),
    pytest.param(
        "consultation.meeting-in-format",
        "Les dirigeants de la CEDEAO se sont réunis en sommet dimanche à Abuja.",
        ["consultation ECOWAS summit 2025-06-08 @Abuja"],
        [
            "consultation ECOWAS meeting 2025-06-08 @Abuja",
            "consultation ECOWAS summit 2025-06-08 @Abuja",
        ],
        id="consultation.meeting-in-format-met-as-a-summit-first",
    ),
    pytest.param(
        "consultation.visit-phrase",
        "Le vice-président nigérian a séjourné lundi et mardi à Accra.",
        ["consultation GHA-NGA visit 2025-06-09/2025-06-10 @Accra"],
        [],
        id="consultation.visit-phrase-stayed-two-days",
    ),
    pytest.param(
        "consultation.visit-phrase",
        "La ministre sud-africaine des Affaires étrangères a séjourné mercredi et jeudi à Maputo.",
        ["consultation MOZ-ZAF visit 2025-06-04/2025-06-05 @Maputo"],
        [],
        id="consultation.visit-phrase-stayed-two-days-minister",
    ),
]
"""Texts where the rule fires: the events with it on, then with it off."""
SILENT = [
    pytest.param(
        "consultation.visit-phrase",
        "Le président malien a reçu lundi à Bamako son homologue nigérien. Arrivés dimanche à Bamako, les réfugiés ont été reçus par le ministre de l'Intérieur.",
        [
            "consultation MLI-NER meeting 2025-06-09 @Bamako",
            "consultation MLI-NER meeting 2025-06-08 @Bamako",
        ],
        id="consultation.visit-phrase-arrived-no-official",
    ),
    pytest.param(
        "consultation.visit-phrase",
        "Le président malien a reçu lundi à Bamako son homologue nigérien. Arrivé dimanche à Bamako, le ministre des Affaires étrangères a été reçu par les présidents nigérien et burkinabè.",
        [
            "consultation MLI-NER meeting 2025-06-09 @Bamako",
            "consultation BFA-NER meeting 2025-06-08 @Bamako",
        ],
        id="consultation.visit-phrase-arrived-two-partners",
    ),
    pytest.param(
        "consultation.visit-phrase",
        "Les réfugiés soudanais arrivés lundi au Tchad ont été installés dans un camp. Le ministre tchadien a reçu mardi à N'Djamena son homologue soudanais.",
        ["consultation SDN-TCD meeting 2025-06-10 @N'Djamena"],
        id="consultation.visit-phrase-arrived-no-official",
    ),
    pytest.param(
        "consultation.visit-phrase",
        "Le président sénégalais Bassirou Diomaye Faye est arrivé lundi soir à Dakar, de retour d'un voyage, et a reçu le ministre malien.",
        ["consultation MLI-SEN meeting 2025-06-09 @Dakar"],
        id="consultation.visit-phrase-arrived-home",
    ),
    pytest.param(
        "consultation.visit-needs-party",
        "Le ministre sénégalais des Affaires étrangères s'est rendu mardi et mercredi à Nouakchott.",
        ["consultation MRT-SEN visit 2025-06-03/2025-06-04 @Nouakchott"],
        id="consultation.visit-needs-party-dates-first",
    ),
    pytest.param(
        "consultation.visit-needs-party",
        "La ministre ghanéenne des Affaires étrangères s'est rendue le 3 juin dernier à Lomé.",
        ["consultation GHA-TGO visit 2025-06-03 @Lomé"],
        id="consultation.visit-needs-party-date-first",
    ),
    pytest.param(
        "consultation.visit-needs-party",
        "Le président kényan s'est rendu samedi dernier en Éthiopie.",
        ["consultation ETH-KEN visit 2025-06-07 @Addis-Abeba"],
        id="consultation.visit-needs-party-last-saturday",
    ),
    pytest.param(
        "consultation.visit-needs-party",
        "Le chef de la diplomatie turque s'est rendu du 2 au 4 juin en Irak.",
        ["consultation IRQ-TUR visit 2025-06-02/2025-06-04 @Bagdad"],
        id="consultation.visit-needs-party-range-first",
    ),
    pytest.param(
        "consultation.visit-needs-party",
        "Le ministre ghanéen s'est entretenu lundi à Accra avec son homologue ivoirien. Le comité de suivi du projet de barrage s'est réuni lundi à Bamako.",
        ["consultation CIV-GHA meeting 2025-06-09 @Accra"],
        id="joint-commission-words-not-a-domestic-committee",
    ),
    pytest.param(
        "consultation.visit-needs-party",
        "Le ministre indien s'est entretenu lundi à New Delhi avec son homologue bangladais. La commission conjointe Inde-Bangladesh se réunira en octobre à Dacca.",
        ["consultation BGD-IND meeting 2025-06-09 @New Delhi"],
        id="joint-commission-words-not-a-future-session",
    ),
    pytest.param(
        "consultation.visit-needs-party",
        "Le ministre égyptien s'est entretenu lundi au Caire avec son homologue jordanien. Le ministre égyptien déjeunera mardi avec son homologue saoudien.",
        ["consultation EGY-JOR meeting 2025-06-09 @Le Caire"],
        id="talk-words-will-lunch",
    ),
    pytest.param(
        "consultation.visit-needs-party",
        "Le ministre égyptien s'est entretenu lundi au Caire avec son homologue jordanien. Les deux ministres n'ont pas discuté de la question des réfugiés.",
        ["consultation EGY-JOR meeting 2025-06-09 @Le Caire"],
        id="talk-words-not-discussed",
    ),
    pytest.param(
        "consultation.visit-needs-party",
        "Le ministre ghanéen s'est entretenu lundi avec son homologue togolais. Il a reçu un appel à la retenue de la part de l'opposition.",
        ["consultation GHA-TGO meeting 2025-06-09"],
        id="call-words-an-appeal",
    ),
    pytest.param(
        "consultation.meeting-in-format",
        "Les ministres de la CEDEAO se sont réunis dimanche à Abuja, en marge du sommet de l'organisation.",
        ["consultation ECOWAS meeting 2025-06-08 @Abuja"],
        id="consultation.meeting-in-format-on-the-sidelines",
    ),
    pytest.param(
        "consultation.visit-phrase",
        "Le ministre nigérian s'est entretenu lundi à Abuja avec son homologue béninois. Le vice-président nigérian séjournera lundi et mardi à Accra.",
        ["consultation BEN-NGA meeting 2025-06-09 @Abuja"],
        id="consultation.visit-phrase-will-stay",
    ),
]
"""Texts where the rule's words stand but it must not fire: the same outcome with it off."""
TRACED: list[str] = ["consultation", "consultation.visit-phrase"]
"""The rules that write their name in the trace of the events of their example."""


test_rule_fires, test_traced_rules_are_in_the_trace, test_rule_does_not_fire = RULE_TESTS
