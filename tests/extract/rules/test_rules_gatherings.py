# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""Rules of the passes after assembly on organisations' gatherings and on visits
named indirectly: each rule's own examples, run against that rule alone.

Each example compares the extraction with every rule on and with only its rule switched
off (:mod:`_examples`). The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from _examples import RULE_TESTS

FIRES = [
    pytest.param(
        "consultation.participant",
        "Le sommet de l'Union africaine s'est ouvert samedi à Addis-Abeba. Le président sénégalais Macky Sall prend part au sommet.",
        ["consultation AU-SEN summit 2025-06-07 @Addis-Abeba"],
        ["consultation AU summit 2025-06-07 @Addis-Abeba"],
        id="consultation.participant-next-sentence",
    ),
    pytest.param(
        "consultation.participant",
        "La 12e session du Conseil des ministres de l'OCI s'est ouverte lundi à Dakar avec la participation du Maroc.",
        ["consultation MAR-OIC meeting 2025-06-09 @Dakar r12"],
        ["consultation OIC meeting 2025-06-09 @Dakar r12"],
        id="consultation.participant-same-sentence",
    ),
    pytest.param(
        "consultation.visit-abroad",
        "Le président togolais a reçu lundi à Lomé M. Mahama. Il s'agit de la première visite à l'étranger de M. Mahama depuis son élection à la tête du Ghana.",
        [
            "consultation GHA-TGO meeting 2025-06-09 @Lomé",
            "consultation GHA-TGO visit 2025-06-09 @Lomé",
        ],
        ["consultation GHA-TGO meeting 2025-06-09 @Lomé"],
        id="consultation.visit-abroad",
    ),
    pytest.param(
        "consultation.visit-home",
        "Le président malien a reçu mardi le Premier ministre nigérien, qui est dans notre pays pour assister au forum sur l'eau.",
        [
            "consultation MLI-NER meeting 2025-06-10 @Bamako",
            "consultation MLI-NER visit 2025-06-10 @Bamako",
        ],
        ["consultation MLI-NER meeting 2025-06-10 @Bamako"],
        id="consultation.visit-home",
    ),
    pytest.param(
        "consultation.welcomed",
        "Le président kényan a été accueilli mardi par le président tanzanien à l'aéroport de Dodoma. Les deux présidents ont signé un accord sur le commerce.",
        [
            "consultation KEN-TZA visit 2025-06-10",
            "agreement KEN-TZA signed 2025-06-10",
        ],
        ["agreement KEN-TZA signed 2025-06-10"],
        id="consultation.welcomed",
    ),
    pytest.param(
        "consultation.welcomed",
        "Le ministre ghanéen des Affaires étrangères, en tournée en Afrique de l'Ouest, a été reçu mardi par le président sénégalais.",
        [
            "consultation GHA-SEN meeting 2025-06-10 @Dakar",
            "consultation GHA-SEN visit 2025-06-10 @Dakar",
        ],
        ["consultation GHA-SEN meeting 2025-06-10 @Dakar"],
        id="consultation.welcomed-on-tour",
    ),
    pytest.param(
        "declaration.of-gathering",
        "Le sommet de la CEDEAO s'est ouvert samedi à Abuja. Le sommet s'est conclu par une déclaration finale sur la sécurité au Sahel.",
        [
            "consultation ECOWAS summit 2025-06-07 @Abuja",
            "declaration ECOWAS joint_declaration 2025-06-07 @Abuja",
        ],
        ["consultation ECOWAS summit 2025-06-07 @Abuja"],
        id="declaration.of-gathering-outcome",
    ),
    pytest.param(
        "declaration.of-gathering",
        "Le Ghana, le Togo et le Bénin ont tenu lundi à Accra un sommet tripartite sur la sécurité. Une déclaration commune sur les résultats de la réunion a été publiée.",
        [
            "consultation BEN-GHA-TGO summit 2025-06-09 @Accra",
            "declaration BEN-GHA-TGO joint_declaration 2025-06-09 @Accra",
        ],
        [
            "consultation BEN-GHA-TGO summit 2025-06-09 @Accra",
            "declaration GHA-TGO joint_declaration 2025-06-09 @Accra",
        ],
        id="declaration.of-gathering-sides",
    ),
    pytest.param(
        "consultation.frame-gathering",
        "Le président ghanéen a rencontré son homologue togolais en marge du 38e sommet de l'Union africaine, tenu les 15 et 16 février à Addis-Abeba.",
        [
            "consultation GHA-TGO meeting 2025-02-15/2025-02-16 @Addis-Abeba",
            "consultation AU summit 2025-02-15/2025-02-16 @Addis-Abeba r38",
        ],
        ["consultation GHA-TGO meeting 2025-02-15/2025-02-16 @Addis-Abeba"],
        id="consultation.frame-gathering",
    ),
    pytest.param(
        "consultation.frame-gathering",
        "C'est ce qu'a déclaré le président ghanéen dans son discours lors de la 79e session de l'Assemblée générale des Nations unies. Le Ghana et le Togo ont signé lundi un accord sur l'énergie.",
        ["consultation GHA-UN meeting r79", "agreement GHA-TGO signed 2025-06-09"],
        ["agreement GHA-TGO signed 2025-06-09"],
        id="consultation.frame-gathering-speech",
    ),
    pytest.param(
        "consultation.earlier-named",
        "Le Ghana et le Togo ont tenu lundi à Accra la 5e session de leur commission mixte de coopération. La 4e session s'était tenue à Lomé en mars 2023.",
        [
            "consultation GHA-TGO joint_commission 2025-06-09 @Accra r5",
            "consultation GHA-TGO joint_commission 2023-03 @Lomé r4 bg",
        ],
        ["consultation GHA-TGO joint_commission 2025-06-09 @Accra r5"],
        id="consultation.earlier-named-numbered",
    ),
    pytest.param(
        "consultation.earlier-named",
        "La commission mixte ghanéo-togolaise s'est réunie lundi à Accra pour sa 5e session, un an après celles tenues à Lomé du 3 au 5 juin 2024.",
        [
            "consultation GHA-TGO joint_commission 2025-06-09 @Accra r5",
            "consultation GHA-TGO joint_commission 2024-06-03/2024-06-05 @Lomé bg",
        ],
        ["consultation GHA-TGO joint_commission 2025-06-09 @Accra r5"],
        id="consultation.earlier-named-pronoun",
    ),
    pytest.param(
        "consultation.earlier-named",
        "La cinquième session de la commission mixte maroco-sénégalaise s'est tenue lundi à Rabat. Elle n'avait plus siégé depuis la quatrième session, tenue à Dakar en mars 2019.",
        [
            "consultation MAR-SEN joint_commission 2025-06-09 @Rabat r5",
            "consultation MAR-SEN joint_commission 2019-03 @Dakar r4 bg",
        ],
        ["consultation MAR-SEN joint_commission 2025-06-09 @Rabat r5"],
        id="consultation.earlier-named-participle",
    ),
    pytest.param(
        "consultation.earlier-named",
        "Le Kenya et l'Ouganda ont ouvert lundi à Nairobi le deuxième cycle de leurs consultations politiques. Le premier cycle s'était déroulé à Kampala en mai 2024.",
        [
            "consultation KEN-UGA political_consultations 2025-06-09 @Nairobi r2",
            "consultation KEN-UGA political_consultations 2024-05 @Kampala r1 bg",
        ],
        ["consultation KEN-UGA political_consultations 2025-06-09 @Nairobi r2"],
        id="consultation.earlier-named-series",
    ),
    pytest.param(
        "consultation.earlier-named",
        "La 3e session de la commission mixte tuniso-libyenne s'est tenue mardi à Tunis. Le même jour, l'Algérie et le Niger ont entamé à Alger leur 4e session de consultations politiques ; la 3e session, tenue à Niamey en 2023, avait porté sur la sécurité.",
        [
            "consultation LBY-TUN joint_commission 2025-06-10 @Tunis r3",
            "consultation DZA-NER political_consultations 2025-06-10 @Alger r4",
            "consultation DZA-NER political_consultations 2023 @Niamey r3 bg",
        ],
        [
            "consultation LBY-TUN joint_commission 2025-06-10 @Tunis r3",
            "consultation DZA-NER political_consultations 2025-06-10 @Alger r4",
        ],
        id="consultation.earlier-named-last-series",
    ),
    pytest.param(
        "consultation.attended",
        "Le Maroc a pris part mardi à Djeddah à la réunion extraordinaire du Conseil des ministres des Affaires étrangères de l'OCI.",
        ["consultation MAR-OIC meeting 2025-06-10 @Djeddah"],
        [],
        id="consultation.attended",
    ),
    pytest.param(
        "consultation.participants-listed",
        "La session inaugurale du dialogue régional sur l'eau s'est achevée mardi dans la capitale ghanéenne. Le Ghana, le Togo et le Bénin ont participé à l'événement.",
        ["consultation BEN-GHA-TGO meeting 2025-06-10 @Accra"],
        [],
        id="consultation.participants-listed",
    ),
    pytest.param(
        "consultation.participant",
        "Le président ivoirien Alassane Ouattara est arrivé dimanche à Abuja pour prendre part au sommet de la CEDEAO.",
        [
            "consultation CIV-ECOWAS summit 2025-06-08 @Abuja",
            "consultation CIV-NGA visit 2025-06-08 @Abuja",
        ],
        [
            "consultation ECOWAS summit 2025-06-08 @Abuja",
            "consultation CIV-NGA visit 2025-06-08 @Abuja",
        ],
        id="consultation.participant-in-its-sentence",
    ),
    pytest.param(
        "consultation.visit-phrase",
        "Le président ivoirien Alassane Ouattara est arrivé dimanche à Abuja pour prendre part au sommet de la CEDEAO.",
        [
            "consultation CIV-ECOWAS summit 2025-06-08 @Abuja",
            "consultation CIV-NGA visit 2025-06-08 @Abuja",
        ],
        ["consultation CIV-ECOWAS summit 2025-06-08 @Abuja"],
        id="consultation.visit-phrase-arrived",
    ),
    pytest.param(
        "consultation.visit-phrase",
        "Le président ivoirien Alassane Ouattara a séjourné à Dakar du 3 au 5 juin.",
        ["consultation CIV-SEN visit 2025-06-03/2025-06-05 @Dakar"],
        [],
        id="consultation.visit-phrase-stay-dated",
    ),
    pytest.param(
        "consultation.bodies-met",
        "La 40e session du Conseil exécutif de l'Union africaine s'est ouverte lundi à Addis-Abeba. Auparavant, le Comité des représentants permanents et le Sous-comité des finances ont tenu des réunions consacrées au budget.",
        [
            "consultation AU meeting 2025-06-09 @Addis-Abeba r40",
            "consultation AU meeting",
            "consultation AU meeting",
        ],
        [
            "consultation AU meeting 2025-06-09 @Addis-Abeba r40",
            "consultation AU-ETH meeting @Addis-Abeba",
        ],
        id="consultation.bodies-met",
    ),
    pytest.param(
        "consultation.bodies-met",
        "Le Comité de sécurité de la CEDEAO, la Commission de médiation de l'Union africaine ainsi que le Conseil de paix de la SADC ont tenu des réunions lundi à Abuja.",
        [
            "consultation ECOWAS meeting 2025-06-09 @Abuja",
            "consultation AU meeting 2025-06-09 @Abuja",
            "consultation SADC meeting 2025-06-09 @Abuja",
        ],
        ["consultation AU-ECOWAS-SADC meeting 2025-06-09 @Abuja"],
        id="consultation.bodies-met-owners-named",
    ),
    pytest.param(
        "consultation.brought-together",
        "Une réunion ministérielle s'est tenue lundi à Amman. Elle a regroupé les ministres des Affaires étrangères de la Jordanie, du Maroc et de l'Égypte.",
        ["consultation EGY-JOR-MAR meeting 2025-06-09 @Amman"],
        ["consultation JOR-MAR meeting 2025-06-09 @Amman"],
        id="consultation.brought-together",
    ),
    pytest.param(
        "consultation.brought-together",
        "Le ministre marocain a participé lundi à Amman à une réunion ministérielle arabe. Cette réunion a regroupé, outre le secrétaire général de la Ligue arabe, les ministres des Affaires étrangères de la Jordanie, du Maroc et de l'Égypte.",
        ["consultation EGY-JOR-LAS-MAR meeting 2025-06-09 @Amman"],
        ["consultation JOR-MAR meeting 2025-06-09 @Amman"],
        id="consultation.brought-together-besides",
    ),
]

TRACED = [
    "consultation.participant",
    "consultation.visit-abroad",
    "consultation.visit-home",
    "consultation.welcomed",
    "declaration.of-gathering",
    "consultation.frame-gathering",
    "consultation.earlier-named",
    "consultation.attended",
    "consultation.visit-phrase",
    "consultation.participants-listed",
    "consultation.bodies-met",
    "consultation.brought-together",
]

SILENT = [
    pytest.param(
        "consultation.participant",
        "Le sommet de l'Union africaine s'est ouvert samedi à Addis-Abeba. Le Sénégal et le Mali prennent part au sommet.",
        ["consultation AU summit 2025-06-07 @Addis-Abeba"],
        id="consultation.participant-two-states",
    ),
    pytest.param(
        "consultation.participant",
        "Le sommet de l'Union africaine s'est ouvert samedi à Addis-Abeba. Le président sénégalais Macky Sall a rencontré son homologue malien.",
        ["consultation AU summit 2025-06-07 @Addis-Abeba", "consultation MLI-SEN meeting"],
        id="consultation.participant-no-taking-part",
    ),
    pytest.param(
        "consultation.visit-abroad",
        "Le président togolais a reçu lundi à Lomé le président ghanéen. La première visite à l'étranger de M. Mahama depuis son élection à la tête du Ghana l'avait conduit au Bénin.",
        ["consultation GHA-TGO meeting 2025-06-09 @Lomé", "consultation BEN-GHA visit @Cotonou"],
        id="consultation.visit-abroad-host-named",
    ),
    pytest.param(
        "consultation.visit-home",
        "Le président malien a reçu mardi le Premier ministre nigérien. Il a rappelé que la paix règne dans notre pays.",
        ["consultation MLI-NER meeting 2025-06-10 @Bamako"],
        id="consultation.visit-home-no-presence",
    ),
    pytest.param(
        "consultation.welcomed",
        "Le projet de loi a été accueilli favorablement par le Parlement kényan. Le Kenya et la Tanzanie ont signé mardi un accord sur le commerce.",
        ["agreement KEN-TZA signed 2025-06-10"],
        id="consultation.welcomed-no-visitor",
    ),
    pytest.param(
        "consultation.welcomed",
        "Le ministre ghanéen des Affaires étrangères a été reçu mardi par le président sénégalais.",
        ["consultation GHA-SEN meeting 2025-06-10 @Dakar"],
        id="consultation.welcomed-reception-alone",
    ),
    pytest.param(
        "declaration.of-gathering",
        "Le sommet de la CEDEAO s'est ouvert samedi à Abuja. La sécurité au Sahel domine les débats, indique le communiqué final du sommet.",
        ["consultation ECOWAS summit 2025-06-07 @Abuja"],
        id="declaration.of-gathering-relayed",
    ),
    pytest.param(
        "declaration.of-gathering",
        "Le sommet de la CEDEAO s'est ouvert samedi à Abuja. Une déclaration finale sera publiée à l'issue du sommet.",
        ["consultation ECOWAS summit 2025-06-07 @Abuja"],
        id="declaration.of-gathering-future",
    ),
    pytest.param(
        "consultation.frame-gathering",
        "Le Ghana et le Togo ont signé lundi un accord sur l'énergie. Le président ghanéen rencontrera son homologue togolais en marge du sommet de l'Union africaine.",
        ["agreement GHA-TGO signed 2025-06-09"],
        id="consultation.frame-gathering-future",
    ),
    pytest.param(
        "consultation.frame-gathering",
        "Le Ghana et le Togo ont signé lundi un accord sur l'énergie en marge du prochain sommet de l'Union africaine.",
        ["agreement GHA-TGO signed 2025-06-09"],
        id="consultation.frame-gathering-next",
    ),
    pytest.param(
        "consultation.earlier-named",
        "Le président ghanéen a effectué lundi une visite à Lomé. La 4e session du festival s'était tenue à Lomé en mars 2023.",
        ["consultation GHA-TGO visit 2025-06-09 @Lomé"],
        id="consultation.earlier-named-no-commission",
    ),
    pytest.param(
        "consultation.earlier-named",
        "Le Bénin et le Niger ont ouvert lundi à Cotonou la 2e session de leurs consultations politiques. La 6e session s'était tenue à Niamey en mars 2023.",
        ["consultation BEN-NER political_consultations 2025-06-09 @Cotonou r2"],
        id="consultation.earlier-named-later-round",
    ),
    pytest.param(
        "consultation.earlier-named",
        "Le Ghana et le Togo ont tenu lundi à Accra la 5e session de leur commission mixte de coopération. La 5e session s'était ouverte par un discours.",
        ["consultation GHA-TGO joint_commission 2025-06-09 @Accra r5"],
        id="consultation.earlier-named-same-round",
    ),
    pytest.param(
        "consultation.earlier-named",
        "La cinquième session de la commission mixte maroco-sénégalaise s'est tenue lundi à Rabat. La cinquième session, tenue dans un climat serein, a duré deux jours.",
        ["consultation MAR-SEN joint_commission 2025-06-09 @Rabat r5"],
        id="consultation.earlier-named-participle-same-round",
    ),
    pytest.param(
        "consultation.attended",
        "Le Maroc prendra part mardi à Djeddah à la réunion extraordinaire du Conseil des ministres des Affaires étrangères de l'OCI. Le Maroc et le Sénégal ont signé lundi un accord sur la pêche.",
        ["agreement MAR-SEN signed 2025-06-09"],
        id="consultation.attended-future",
    ),
    pytest.param(
        "consultation.attended",
        "Le Maroc et le Sénégal ont pris part mardi à Djeddah à la réunion du Conseil des ministres de l'OCI. Le Maroc et le Sénégal ont signé lundi un accord sur la pêche.",
        ["agreement MAR-SEN signed 2025-06-09"],
        id="consultation.attended-two-states",
    ),
    pytest.param(
        "consultation.participants-listed",
        "La conférence régionale sur la pêche a eu lieu mardi à Accra. Le Ghana, le Togo et le Bénin ont participé à l'événement.",
        ["consultation GHA-TGO meeting 2025-06-10 @Accra"],
        id="consultation.participants-listed-met-already",
    ),
    pytest.param(
        "consultation.bodies-met",
        "La 40e session du Conseil exécutif de l'Union africaine s'est ouverte lundi à Addis-Abeba. Le Conseil des ministres du Mali et le Conseil national de transition du Mali ont tenu des réunions le même jour à Bamako.",
        ["consultation AU meeting 2025-06-09 @Addis-Abeba r40"],
        id="consultation.bodies-met-a-state",
    ),
    pytest.param(
        "consultation.brought-together",
        "Le ministre marocain s'est entretenu lundi à Rabat avec son homologue espagnol. La rencontre a réuni des chefs d'entreprise.",
        ["consultation ESP-MAR meeting 2025-06-09 @Rabat"],
        id="consultation.brought-together-no-parties",
    ),
    pytest.param(
        "consultation.bodies-met",
        "La 40e session du Conseil exécutif de l'Union africaine s'est ouverte lundi à Addis-Abeba. Le comité de suivi et la commission technique n'ont pas tenu de réunions.",
        ["consultation AU meeting 2025-06-09 @Addis-Abeba r40"],
        id="consultation.bodies-met-negated",
    ),
]


test_rule_fires, test_traced_rules_are_in_the_trace, test_rule_does_not_fire = RULE_TESTS
