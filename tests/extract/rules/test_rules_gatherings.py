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
    # a city before the verb (a dateline, « lundi à Abuja ») is where, not who attends
    pytest.param(
        "consultation.attended",
        "DAKAR - La ministre sénégalaise des Affaires étrangères a participé lundi à Abuja à la 50e session du Conseil des ministres de la CEDEAO.",
        ["consultation ECOWAS-SEN meeting 2025-06-09 @Abuja r50"],
        [],
        id="consultation.attended-dateline-city",
    ),
    pytest.param(
        "consultation.attended",
        "Dans la capitale saoudienne, où il séjournait depuis lundi, le chef de la diplomatie marocaine avait pris part mercredi à la réunion du comité exécutif de l'OCI.",
        ["consultation MAR-OIC meeting 2025-06-09"],
        [],
        id="consultation.attended-capital-adjective",
    ),
    # any auxiliary: the pluperfect of a participation told after the main news
    pytest.param(
        "consultation.attended",
        "La veille, la ministre ghanéenne avait participé à la session extraordinaire du Conseil exécutif de l'Union africaine.",
        ["consultation AU-GHA meeting 2025-06-09"],
        [],
        id="consultation.attended-pluperfect",
    ),
    # an organisation's gathering of heads of state is its summit, whatever its noun
    pytest.param(
        "consultation.heads-body",
        "La 22e session extraordinaire de la Conférence des chefs d'État de la CEEAC a eu lieu samedi à Libreville.",
        ["consultation ECCAS summit 2025-06-07 @Libreville r22"],
        ["consultation ECCAS meeting 2025-06-07 @Libreville r22"],
        id="consultation.heads-body-conference",
    ),
    pytest.param(
        "consultation.heads-body",
        "Mardi à Bakou, le président kazakh a assisté à la session informelle du Conseil des chefs d'État de la CEI.",
        # a summit abroad attended: a visit to its host too
        [
            "consultation CIS-KAZ summit 2025-06-10 @Bakou",
            "consultation AZE-KAZ visit 2025-06-10 @Bakou",
        ],
        ["consultation CIS-KAZ meeting 2025-06-10 @Bakou"],
        id="consultation.heads-body-council-attended",
    ),
    pytest.param(
        "consultation.heads-body",
        "Le Conseil des chefs d'État de la CEI s'est réuni jeudi à Minsk.",
        ["consultation CIS summit 2025-06-05 @Minsk"],
        ["consultation CIS meeting 2025-06-05 @Minsk"],
        id="consultation.heads-body-subject",
    ),
    pytest.param(
        "consultation.heads-body",
        "Lundi, la Première ministre barbadienne a participé à la conférence annuelle des chefs de gouvernement de la CARICOM à Georgetown.",
        [
            "consultation BRB-CARICOM summit 2025-06-09 @Georgetown",
            "consultation BRB-GUY visit 2025-06-09 @Georgetown",
        ],
        ["consultation BRB-CARICOM meeting 2025-06-09 @Georgetown"],
        id="consultation.heads-body-heads-of-government",
    ),
    # an organisation's gathering named again by a bare noun is that gathering: the
    # states its sentence names are its members, not its sides
    pytest.param(
        "parties.gathering-again",
        "La 15e conférence des ministres de l'OCI s'est tenue lundi à Niamey. La conférence, qui a réuni le Maroc, le Sénégal et l'Égypte, a duré deux jours.",
        ["consultation OIC meeting 2025-06-09 @Niamey r15"],
        [
            "consultation OIC meeting 2025-06-09 @Niamey r15",
            "consultation EGY-MAR-SEN meeting",
        ],
        id="parties.gathering-again-conference",
    ),
    pytest.param(
        "parties.gathering-again",
        "Le président ivoirien a participé mardi à Addis-Abeba au sommet de l'Union africaine. Le sommet, qui a réuni les présidents ghanéen, togolais et béninois, a adopté la Déclaration d'Addis-Abeba.",
        [
            "consultation AU-CIV summit 2025-06-10 @Addis-Abeba",
            "consultation CIV-ETH visit 2025-06-10 @Addis-Abeba",
            "declaration AU-CIV statement 2025-06 @Addis-Abeba",
        ],
        [
            "consultation AU-CIV summit 2025-06-10 @Addis-Abeba",
            "consultation CIV-ETH visit 2025-06-10 @Addis-Abeba",
            "consultation BEN-GHA-TGO summit @Addis-Abeba",
            "declaration BEN-GHA-TGO statement 2025-06 @Addis-Abeba",
        ],
        id="parties.gathering-again-summit-and-its-text",
    ),
    # « le précédent sommet »: the one before in the series, the organisation's alone
    pytest.param(
        "parties.gathering-again",
        "Le président sénégalais a participé lundi à Malabo au 12e sommet de l'Union africaine et s'y est entretenu avec le président équato-guinéen. C'est à Niamey, en février 2024, que s'était tenu le précédent sommet.",
        [
            "consultation AU-SEN summit 2025-06-09 @Malabo r12",
            "consultation GNQ-SEN visit 2025-06-09 @Malabo",
            "consultation AU summit 2024-02 @Niamey bg",
        ],
        [
            "consultation AU-SEN summit 2025-06-09 @Malabo r12",
            "consultation GNQ-SEN visit 2025-06-09 @Malabo",
            "consultation GNQ-SEN summit 2024-02 @Niamey bg",
        ],
        id="parties.gathering-again-previous",
    ),
    pytest.param(
        "parties.gathering-again",
        "Le président nigérien a pris part samedi à Abuja au 60e sommet de la CEDEAO. Le dernier sommet en date avait réuni les dirigeants à Accra en décembre 2023.",
        [
            "consultation ECOWAS-NER summit 2025-06-07 @Abuja r60",
            "consultation NER-NGA visit 2025-06-07 @Abuja",
            "consultation ECOWAS summit 2023-12 @Accra r59 bg",
        ],
        [
            "consultation ECOWAS-NER summit 2025-06-07 @Abuja r60",
            "consultation NER-NGA visit 2025-06-07 @Abuja",
            "consultation ECOWAS-NER summit 2023-12 @Accra r59 bg",
        ],
        id="parties.gathering-again-previous-pluperfect",
    ),
    # an earlier sitting of an organisation's series is the organisation's alone
    pytest.param(
        "consultation.earlier-named",
        "Le ministre gambien a pris part mardi à Abuja à la 50e session du Conseil des ministres de la CEDEAO. La 49e session s'était tenue à Dakar en décembre 2024.",
        [
            "consultation ECOWAS-GMB meeting 2025-06-10 @Abuja r50",
            "consultation ECOWAS meeting 2024-12 @Dakar r49 bg",
        ],
        ["consultation ECOWAS-GMB meeting 2025-06-10 @Abuja r50"],
        id="consultation.earlier-named-organisation-series",
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
    "consultation.heads-body",
    "parties.gathering-again",
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
        "consultation.attended",
        "Le Mali et le Niger avaient pris part jeudi à Lomé aux travaux du Conseil des ministres de l'UEMOA. Le Maroc et le Sénégal ont signé lundi un accord sur la pêche.",
        ["agreement MAR-SEN signed 2025-06-09"],
        id="consultation.attended-pluperfect-two-states",
    ),
    pytest.param(
        "parties.gathering-again",
        "Le sommet de l'Union africaine s'est ouvert dimanche à Malabo. Le sommet Chine-Afrique, tenu en mai à Pékin, avait réuni les présidents ghanéen, togolais et béninois.",
        [
            "consultation AU summit 2025-06-08 @Malabo",
            "consultation BEN-CHN-GHA-TGO summit 2025-05 @Pékin",
        ],
        id="parties.gathering-again-own-name",
    ),
    pytest.param(
        "parties.gathering-again",
        "La 12e session du Conseil des ministres de l'OCI s'est ouverte lundi à Dakar. En marge de la session, les ministres sénégalais et gambien ont eu un entretien.",
        ["consultation OIC meeting 2025-06-09 @Dakar r12", "consultation GMB-SEN meeting @Dakar"],
        id="parties.gathering-again-margin-talk",
    ),
    pytest.param(
        "consultation.heads-body",
        "La réunion des ministres des Affaires étrangères de l'Union africaine, en préparation du sommet des chefs d'État, s'est tenue jeudi à Malabo.",
        ["consultation AU meeting 2025-06-05 @Malabo"],
        id="consultation.heads-body-ministers-before-the-summit",
    ),
    pytest.param(
        "consultation.heads-body",
        "Le ministre tchadien a pris part lundi à la réunion du Conseil des ministres de la CEEAC, qui prépare la Conférence des chefs d'État.",
        ["consultation ECCAS-TCD meeting 2025-06-09"],
        id="consultation.heads-body-ministers-council",
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
