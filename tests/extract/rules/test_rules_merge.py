# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""The in-document merge and the finish pass (``_merge.py``, ``_finish.py``).

Each example compares the extraction with every rule on and with only its rule switched
off (:mod:`_examples`). The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from _examples import RULE_TESTS

FIRES = [
    pytest.param(
        "merge.anaphoric-declaration",
        "Le Maroc et le Sénégal ont adopté lundi une déclaration commune sur la sécurité. Le Sénégal a publié mardi la déclaration à Dakar.",
        ["declaration MAR-SEN joint_declaration 2025-06-09 @Dakar"],
        [
            "declaration MAR-SEN joint_declaration 2025-06-09 @Dakar",
            "declaration SEN statement 2025-06-10 @Dakar",
        ],
        id="merge.anaphoric-declaration",
    ),
    pytest.param(
        "finish.weak-duplicate+merge.same-event+merge.headline",
        "Réunion entre le Maroc et le Sénégal\nLe ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais.",
        ["consultation MAR-SEN meeting 2025-06-09 @Rabat"],
        [
            "consultation MAR-SEN meeting 2025-06-09 @Rabat",
            "consultation MAR-SEN meeting 2025-06-09 @Rabat",
        ],
        id="finish.weak-duplicate",
    ),
    pytest.param(
        "finish.weak-duplicate",
        "Le vice-président gabonais a représenté le chef de l'Etat, Brice Clotaire Oligui Nguema, au sommet annuel de la Conférence des chefs d'Etat de la CEEAC, tenu lundi à Malabo.",
        ["consultation ECCAS-GAB summit 2025-06-09 @Malabo"],
        [
            "consultation ECCAS-GAB summit 2025-06-09 @Malabo",
            "consultation ECCAS-GAB summit 2025-06-09 @Malabo",
        ],
        id="finish.weak-duplicate-two-named",
    ),
    pytest.param(
        "finish.weak-duplicate",
        "Au nom du président Bassirou Diomaye Faye, le Premier ministre sénégalais a représenté le pays au sommet de la Conférence des chefs d'Etat de la CEDEAO, qui s'est tenu lundi à Abuja.",
        ["consultation ECOWAS-SEN summit 2025-06-09 @Abuja"],
        [
            "consultation ECOWAS-SEN summit 2025-06-09 @Abuja",
            "consultation ECOWAS-SEN summit 2025-06-09 @Abuja",
        ],
        id="finish.weak-duplicate-two-named-far",
    ),
    pytest.param(
        "merge.distinct-instrument",
        "Le Maroc et le Sénégal ont signé lundi à Rabat un accord de coopération dans le domaine de la pêche. Un autre accord sur la pêche artisanale a été signé par les deux ministres.",
        [
            "agreement MAR-SEN signed 2025-06-09 @Rabat",
            "agreement MAR-SEN signed 2025-06-09 @Rabat",
        ],
        ["agreement MAR-SEN signed 2025-06-09 @Rabat"],
        id="merge.distinct-instrument-other",
    ),
    pytest.param(
        "merge.distinct-instrument",
        "Le Ghana et le Togo ont signé lundi à Accra un mémorandum d'entente sur l'agriculture. Un mémorandum d'entente supplémentaire sur l'agriculture a été signé entre le ministère ghanéen de l'Agriculture et son homologue togolais.",
        [
            "agreement GHA-TGO signed 2025-06-09 @Accra",
            "agreement GHA-TGO signed 2025-06-09 @Accra",
        ],
        ["agreement GHA-TGO signed 2025-06-09 @Accra"],
        id="merge.distinct-instrument-supplementary",
    ),
    pytest.param(
        "merge.dyad-summit",
        "Le Premier ministre thaïlandais a achevé lundi sa visite au Japon, où il a participé au sommet marquant les 40 ans de relations entre l'ASEAN et le Japon. Le Premier ministre a participé au sommet consacré aux relations ASEAN-Japon.",
        [
            "consultation JPN-THA visit 2025-06-09 @Tokyo",
            "consultation ASEAN-JPN-THA summit 2025-06-09 @Tokyo",
        ],
        [
            "consultation JPN-THA visit 2025-06-09 @Tokyo",
            "consultation ASEAN-JPN-THA summit 2025-06-09 @Tokyo",
            "consultation ASEAN-JPN summit 2025-06-09 @Tokyo",
        ],
        id="merge.dyad-summit",
    ),
    pytest.param(
        "merge.held-by-medium",
        "Les premières consultations politiques entre le Maroc et le Vietnam se sont tenues lundi par visioconférence.",
        ["consultation MAR-VNM political_consultations 2025-06-09 r1"],
        [
            "consultation MAR-VNM political_consultations 2025-06-09 r1",
            "consultation MAR-VNM video_conference 2025-06-09",
        ],
        id="merge.held-by-medium",
    ),
    pytest.param(
        "merge.held-by-medium",
        "La troisième session de la commission mixte entre le Sénégal et la Gambie s'est tenue mardi en visioconférence.",
        ["consultation GMB-SEN joint_commission 2025-06-10 r3"],
        [
            "consultation GMB-SEN joint_commission 2025-06-10 r3",
            "consultation GMB-SEN video_conference 2025-06-10",
        ],
        id="merge.held-by-medium-session",
    ),
    pytest.param(
        "merge.held-by-medium",
        "Le Ghana et le Togo ont tenu jeudi, par visioconférence, le deuxième round de leurs consultations politiques.",
        ["consultation GHA-TGO political_consultations 2025-06-05 r2"],
        [
            "consultation GHA-TGO video_conference 2025-06-05",
            "consultation GHA-TGO political_consultations 2025-06-05 r2",
        ],
        id="merge.held-by-medium-first",
    ),
    pytest.param(
        "merge.held-by-medium",
        "La commission mixte tuniso-libyenne s'est réunie mercredi par visioconférence sous la présidence des deux ministres.",
        ["consultation LBY-TUN joint_commission 2025-06-04"],
        [
            "consultation LBY-TUN joint_commission 2025-06-04",
            "consultation LBY-TUN video_conference 2025-06-04",
        ],
        id="merge.held-by-medium-met",
    ),
    pytest.param(
        "merge.held-by-medium",
        "Le Mali et le Niger ont tenu mardi par visioconférence la première session de leur commission mixte.",
        ["consultation MLI-NER joint_commission 2025-06-10 r1"],
        [
            "consultation MLI-NER video_conference 2025-06-10",
            "consultation MLI-NER joint_commission 2025-06-10 r1",
        ],
        id="merge.held-by-medium-own-commission",
    ),
    pytest.param(
        "merge.other-occasion",
        "En juillet 2022, la commission mixte réunie à Rabat avait débouché sur la signature de treize accords entre le Maroc et la Mauritanie. Le ministre marocain s'est rendu lundi à Nouakchott, où il s'est entretenu avec son homologue mauritanien. Les deux ministres ont signé à cette occasion un mémorandum d'entente sur l'énergie.",
        [
            "consultation MAR-MRT joint_commission 2022-07 @Rabat bg",
            "agreement MAR-MRT signed 2022-07 @Rabat x13 bg",
            "consultation MAR-MRT visit 2025-06-09 @Nouakchott",
            "consultation MAR-MRT meeting 2025-06-09 @Nouakchott",
            "agreement MAR-MRT signed 2025-06-09 @Nouakchott",
        ],
        [
            "consultation MAR-MRT joint_commission 2022-07 @Rabat bg",
            "consultation MAR-MRT visit 2025-06-09 @Nouakchott",
            "consultation MAR-MRT meeting 2025-06-09 @Nouakchott",
            "agreement MAR-MRT signed 2022-07 @Rabat bg",
        ],
        id="merge.other-occasion",
    ),
    pytest.param(
        "merge.other-occasion",
        "Le Sénégal et la Gambie avaient signé six accords en mars 2023 à Dakar. Le président gambien a été reçu mardi à Dakar par son homologue sénégalais. Les deux présidents ont signé un accord sur le transport.",
        [
            "agreement GMB-SEN signed 2023-03 @Dakar x6 bg",
            "consultation GMB-SEN meeting 2025-06-10 @Dakar",
            "agreement GMB-SEN signed 2025-06-10 @Dakar",
        ],
        [
            "consultation GMB-SEN meeting 2025-06-10 @Dakar",
            "agreement GMB-SEN signed 2023-03 @Dakar bg",
        ],
        id="merge.other-occasion-state-visit",
    ),
    pytest.param(
        "merge.other-occasion",
        "Lors de la visite d'État d'avril 2022 à Kigali, le Congo et le Rwanda avaient signé une douzaine d'accords. Au terme de la commission mixte, les ministres congolais et rwandais ont signé un accord sur le transport aérien.",
        [
            "consultation COG-RWA visit 2022-04 @Kigali bg",
            "agreement COG-RWA signed 2022-04 @Kigali bg",
            "agreement COG-RWA signed",
        ],
        [
            "consultation COG-RWA visit 2022-04 @Kigali bg",
            "agreement COG-RWA signed 2022-04 @Kigali bg",
        ],
        id="merge.other-occasion-older-group",
    ),
    pytest.param(
        "merge.other-occasion",
        "En 2021, le Bénin et le Niger avaient conclu quatre accords. Les deux ministres ont paraphé un protocole sur la santé animale et un mémorandum sur le pétrole.",
        [
            "agreement BEN-NER signed 2021 x4 bg",
            "agreement BEN-NER negotiated",
            "agreement BEN-NER negotiated",
        ],
        ["agreement BEN-NER negotiated 2021 bg", "agreement BEN-NER negotiated 2021 bg"],
        id="merge.other-occasion-older-group-initialled",
    ),
    pytest.param(
        "merge.other-occasion",
        "La Tunisie et la Libye ont signé en 2021 à Tripoli plusieurs conventions. Le ministre libyen s'est entretenu lundi à Tunis avec son homologue tunisien. Ils ont paraphé une convention sur la santé.",
        [
            "agreement LBY-TUN signed 2021 @Tripoli bg",
            "consultation LBY-TUN meeting 2025-06-09 @Tunis",
            "agreement LBY-TUN negotiated 2025-06-09 @Tunis",
        ],
        [
            "consultation LBY-TUN meeting 2025-06-09 @Tunis",
            "agreement LBY-TUN negotiated 2021 @Tripoli bg",
        ],
        id="merge.other-occasion-initialled",
    ),
    pytest.param(
        "merge.other-occasion",
        "Le Mali et le Niger avaient signé quatre accords lors de la session de 2020 à Niamey. Le Premier ministre nigérien a été reçu vendredi à Bamako par le président malien. Un accord sur la sécurité a été signé au terme de l'audience.",
        [
            "agreement MLI-NER signed 2020 @Niamey x4 bg",
            "consultation MLI-NER meeting 2025-06-06 @Bamako",
            "agreement MLI-NER signed 2025-06-06 @Bamako",
        ],
        [
            "consultation MLI-NER meeting 2025-06-06 @Bamako",
            "agreement MLI-NER signed 2020 @Niamey bg",
        ],
        id="merge.other-occasion-passive",
    ),
    pytest.param(
        "merge.same-name",
        "Les ministres du Ghana, du Togo et du Bénin ont signé lundi à Lomé un plan d'action de coopération frontalière trilatérale. Le ministre béninois a souligné que le plan d'action de coopération frontalière trilatérale renforcerait les échanges entre le Togo et le Bénin.",
        ["agreement BEN-GHA-TGO signed 2025-06-09 @Lomé"],
        [
            "agreement BEN-GHA-TGO signed 2025-06-09 @Lomé",
            "agreement BEN-TGO signed 2025-06-09 @Lomé",
        ],
        id="merge.same-name",
    ),
    pytest.param(
        "merge.same-name",
        "Le Sénégal et la Gambie ont signé lundi à Banjul un protocole d'accord relatif au pont transgambien. Le président gambien a estimé que le protocole d'accord relatif au pont transgambien profiterait à la Gambie.",
        ["agreement GMB-SEN signed 2025-06-09 @Banjul"],
        [
            "agreement GMB-SEN signed 2025-06-09 @Banjul",
            "agreement GMB-SEN signed 2025-06-09 @Banjul",
        ],
        id="merge.same-name-two-sides",
    ),
    pytest.param(
        "merge.same-name",
        "Les ministres de la Côte d'Ivoire, du Ghana et du Burkina Faso ont signé mardi une feuille de route de coopération transfrontalière trilatérale pour 2026. Le ministre ghanéen a indiqué que la feuille de route de coopération transfrontalière trilatérale serait appliquée dès janvier en Côte d'Ivoire et au Ghana.",
        ["agreement BFA-CIV-GHA signed 2025-06-10"],
        ["agreement BFA-CIV-GHA signed 2025-06-10", "agreement CIV-GHA signed 2025-06-10"],
        id="merge.same-name-roadmap",
    ),
    pytest.param(
        "merge.past-apart",
        "Le ministre marocain des Affaires étrangères s'est entretenu avec son homologue sénégalais à Rabat. Les deux ministres s'étaient déjà rencontrés à Dakar en mars 2023.",
        ["consultation MAR-SEN meeting @Rabat", "consultation MAR-SEN meeting 2023-03 @Dakar bg"],
        ["consultation MAR-SEN meeting 2023-03 @Rabat bg"],
        id="merge.past-apart-met-before",
    ),
    pytest.param(
        "merge.past-apart",
        "La chancelière allemande s'est entretenue au téléphone avec le président polonais. Les deux dirigeants s'étaient déjà entretenus au téléphone le 3 novembre 2024.",
        ["consultation DEU-POL phone_call", "consultation DEU-POL phone_call 2024-11-03 bg"],
        ["consultation DEU-POL phone_call 2024-11-03 bg"],
        id="merge.past-apart-previous-call",
    ),
    pytest.param(
        "merge.past-apart",
        "Le chef de la diplomatie italienne a été reçu par le président libanais. Une conférence entre l'Italie et le Liban avait déjà été organisée à Rome le 4 mai 2024.",
        [
            "consultation ITA-LBN meeting @Beyrouth",
            "consultation ITA-LBN meeting 2024-05-04 @Rome bg",
        ],
        ["consultation ITA-LBN meeting 2024-05-04 @Rome bg"],
        id="merge.past-apart-such-a-conference",
    ),
    pytest.param(
        "merge.past-apart",
        "Le Premier ministre vietnamien effectue une visite officielle au Laos. Le Premier ministre vietnamien avait effectué une visite officielle au Laos en septembre 2019.",
        ["consultation LAO-VNM visit @Vientiane", "consultation LAO-VNM visit 2019-09 bg"],
        ["consultation LAO-VNM visit 2019-09 bg"],
        id="merge.past-apart-earlier-visit",
    ),
    pytest.param(
        "merge.past-apart",
        "Le ministre chilien des Affaires étrangères a rencontré son homologue péruvien à Lima. Le Chili et le Pérou avaient tenu une réunion à Santiago en 2022.",
        ["consultation CHL-PER meeting @Lima", "consultation CHL-PER meeting 2022 @Santiago bg"],
        ["consultation CHL-PER meeting 2022 @Lima bg"],
        id="merge.past-apart-meeting-held",
    ),
    pytest.param(
        "merge.talks-of-visit",
        "Le ministre malien des Affaires étrangères s'est rendu lundi à Dakar. Les entretiens avec son homologue sénégalais ont eu lieu mardi.",
        [
            "consultation MLI-SEN visit 2025-06-09 @Dakar",
            "consultation MLI-SEN meeting 2025-06-10 @Dakar",
        ],
        ["consultation MLI-SEN visit 2025-06-09 @Dakar"],
        id="merge.talks-of-visit-talks",
    ),
    pytest.param(
        "merge.talks-of-visit",
        "Le président kényan est arrivé lundi à Kampala pour une visite d'État en Ouganda. Les entretiens avec le président ougandais ont eu lieu mardi au palais présidentiel.",
        [
            "consultation KEN-UGA visit 2025-06-09 @Kampala",
            "consultation KEN-UGA meeting 2025-06-10 @Kampala",
        ],
        ["consultation KEN-UGA visit 2025-06-09 @Kampala"],
        id="merge.talks-of-visit-state-visit",
    ),
    pytest.param(
        "merge.talks-of-visit",
        "La ministre canadienne des Affaires étrangères s'est rendue jeudi à Mexico. Les discussions avec son homologue mexicain se sont déroulées vendredi.",
        [
            "consultation CAN-MEX visit 2025-06-05 @Mexico",
            "consultation CAN-MEX meeting 2025-06-06 @Mexico",
        ],
        ["consultation CAN-MEX visit 2025-06-05 @Mexico"],
        id="merge.talks-of-visit-discussions",
    ),
    pytest.param(
        "merge.talks-of-visit",
        "Une délégation tunisienne a effectué une visite officielle en Algérie. Les discussions avec le ministre algérien de l'Énergie ont eu lieu lundi à Alger.",
        [
            "consultation DZA-TUN visit 2025-06-09 @Alger",
            "consultation DZA-TUN meeting 2025-06-09 @Alger",
        ],
        ["consultation DZA-TUN visit 2025-06-09 @Alger"],
        id="merge.talks-of-visit-delegation",
    ),
    pytest.param(
        "merge.talks-of-visit",
        "La présidente de la Commission européenne s'est rendue lundi à Kiev. Les discussions avec le président ukrainien ont eu lieu mardi.",
        [
            "consultation EU-UKR visit 2025-06-09 @Kiev",
            "consultation EU-UKR meeting 2025-06-10 @Kiev",
        ],
        ["consultation EU-UKR visit 2025-06-09 @Kiev"],
        id="merge.talks-of-visit-organisation",
    ),
    pytest.param(
        "merge.headline",
        "Sommet de l'Union africaine : le président nigérien plaide pour la paix\nLe président nigérien a participé lundi à Addis-Abeba au sommet de l'Union africaine.",
        [
            "consultation AU-NER summit 2025-06-09 @Addis-Abeba",
            "consultation ETH-NER visit 2025-06-09 @Addis-Abeba",
        ],
        [
            "consultation AU summit 2025-06-09 @Addis-Abeba",
            "consultation AU-NER summit 2025-06-09 @Addis-Abeba",
            "consultation ETH-NER visit 2025-06-09 @Addis-Abeba",
        ],
        id="merge.headline-summit-of-organisation",
    ),
    pytest.param(
        "merge.headline",
        "Madagascar-SADC : la présidente malgache au sommet de la SADC\nLa présidente malgache a pris part lundi à Gaborone au sommet de la Communauté de développement de l'Afrique australe.",
        [
            "consultation MDG-SADC summit 2025-06-09 @Gaborone",
            "consultation BWA-MDG visit 2025-06-09 @Gaborone",
        ],
        [
            "consultation SADC summit 2025-06-09 @Gaborone",
            "consultation MDG-SADC summit 2025-06-09 @Gaborone",
            "consultation BWA-MDG visit 2025-06-09 @Gaborone",
        ],
        id="merge.headline-summit-attended",
    ),
    pytest.param(
        "merge.headline",
        "OCDE : la Norvège et l'Islande signent un accord sur la pêche\nEn marge de la réunion de l'OCDE, les ministres norvégien et islandais ont signé lundi à Paris un accord de coopération halieutique entre la Norvège et l'Islande.",
        [
            "consultation OECD meeting 2025-06-09 @Paris",
            "agreement ISL-NOR signed 2025-06-09 @Paris",
        ],
        [
            "agreement ISL-NOR-OECD signed 2025-06-09 @Paris",
            "consultation OECD meeting 2025-06-09 @Paris",
            "agreement ISL-NOR signed 2025-06-09 @Paris",
        ],
        id="merge.headline-organisation-frame",
    ),
    pytest.param(
        "merge.headline",
        "Rencontre entre les ministres kényan et somalien à l'initiative de la Turquie\nLe ministre kényan des Affaires étrangères a rencontré lundi à Ankara son homologue somalien.",
        ["consultation KEN-SOM meeting 2025-06-09 @Ankara"],
        [
            "consultation KEN-SOM-TUR meeting 2025-06-09 @Ankara",
            "consultation KEN-SOM meeting 2025-06-09 @Ankara",
        ],
        id="merge.headline-meeting",
    ),
    pytest.param(
        "merge.headline",
        "Le Bénin et le Niger signent un accord sur l'énergie\nLe Bénin et le Niger avaient signé en mars 2019 un accord sur le transport. Les deux pays ont signé lundi à Cotonou un mémorandum sur l'électricité.",
        ["agreement BEN-NER signed 2019-03 bg", "agreement BEN-NER signed 2025-06-09 @Cotonou"],
        [
            "agreement BEN-NER signed 2025-06-09 @Cotonou",
            "agreement BEN-NER signed 2019-03 bg",
            "agreement BEN-NER signed 2025-06-09 @Cotonou",
        ],
        id="merge.headline-instrument-named-otherwise",
    ),
    pytest.param(
        "merge.other-person-met",
        "Arrivé lundi à Lisbonne, le ministre angolais des Relations extérieures a été reçu par son homologue Paulo Rangel. Il a ensuite été reçu par le président Marcelo Rebelo de Sousa.",
        [
            "consultation AGO-PRT meeting 2025-06-09 @Lisbonne",
            "consultation AGO-PRT visit 2025-06-09 @Lisbonne",
            "consultation AGO-PRT meeting 2025-06-09 @Lisbonne",
        ],
        [
            "consultation AGO-PRT meeting 2025-06-09 @Lisbonne",
            "consultation AGO-PRT visit 2025-06-09 @Lisbonne",
        ],
        id="merge.other-person-met-two-hosts",
    ),
    pytest.param(
        "merge.other-person-met",
        "Le ministre ghanéen des Affaires étrangères, Samuel Okudzeto Ablakwa, s'est entretenu mardi à Abidjan avec son homologue Kacou Houadja Léon Adom. Dans la soirée, il a été reçu par le président Alassane Ouattara.",
        [
            "consultation CIV-GHA meeting 2025-06-10 @Abidjan",
            "consultation CIV-GHA meeting 2025-06-10 @Abidjan",
        ],
        ["consultation CIV-GHA meeting 2025-06-10 @Abidjan"],
        id="merge.other-person-met-then-received",
    ),
    pytest.param(
        "merge.other-person-met",
        "Le ministre tunisien a été reçu lundi à Rome par le président Sergio Mattarella, puis a vu Antonio Tajani. Le ministre s'est ensuite entretenu lundi avec le chef de la diplomatie italienne, Antonio Tajani.",
        [
            "consultation ITA-TUN meeting 2025-06-09 @Rome",
            "consultation ITA-TUN meeting 2025-06-09 @Rome",
        ],
        ["consultation ITA-TUN meeting 2025-06-09 @Rome"],
        id="merge.other-person-met-named-after-the-one-met",
    ),
    pytest.param(
        "merge.visit-told-undated",
        "En visite officielle au Ghana, le président togolais Faure Gnassingbé a signé un accord sur l'énergie avec le président ghanéen John Mahama. Le chef de l'Etat togolais a effectué lundi et mardi une visite officielle à Accra, où le ministre ghanéen des Affaires étrangères, Samuel Okudzeto Ablakwa, l'attendait à sa descente d'avion.",
        [
            "consultation GHA-TGO visit 2025-06-09/2025-06-10 @Accra",
            "agreement GHA-TGO signed 2025-06-09/2025-06-10 @Accra",
        ],
        [
            "consultation GHA-TGO visit 2025-06-09/2025-06-10 @Accra",
            "agreement GHA-TGO signed 2025-06-09/2025-06-10 @Accra",
            "consultation GHA-TGO visit 2025-06-09/2025-06-10 @Accra",
        ],
        id="merge.visit-told-undated",
    ),
    pytest.param(
        "merge.visit-told-undated",
        "En visite d'Etat en Égypte, le souverain jordanien Abdallah II a inauguré une usine avec le chef de l'Etat égyptien, Abdel Fattah al-Sissi. Le souverain jordanien a effectué mercredi une visite d'Etat au Caire, où le Premier ministre égyptien Moustafa Madbouli l'attendait.",
        ["consultation EGY-JOR visit 2025-06-04 @Le Caire"],
        [
            "consultation EGY-JOR visit 2025-06-04 @Le Caire",
            "consultation EGY-JOR visit 2025-06-04 @Le Caire",
        ],
        id="merge.visit-told-undated-state-visit",
    ),
]

SILENT = [
    pytest.param(
        "merge.other-occasion",
        "Le Bénin et le Niger ont conclu lundi à Cotonou quatre accords. Les deux ministres ont notamment signé un protocole sur la santé animale.",
        ["agreement BEN-NER signed 2025-06-09 @Cotonou"],
        id="merge.other-occasion-same-year-group",
    ),
    pytest.param(
        "merge.headline",
        "Le Maroc et le Sénégal signent un accord sur la pêche\nLe ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais.",
        [
            "agreement MAR-SEN signed 2025-06-09 @Rabat",
            "consultation MAR-SEN meeting 2025-06-09 @Rabat",
        ],
        id="merge.headline-body-tells-a-meeting",
    ),
    pytest.param(
        "merge.headline",
        "Le Bénin et le Niger signent un accord sur l'énergie\nLe Bénin et le Niger avaient signé en mars 2019 un accord sur le transport. Le ministre béninois s'est entretenu lundi à Cotonou avec son homologue nigérien.",
        [
            "agreement BEN-NER signed 2025-06-09 @Cotonou",
            "agreement BEN-NER signed 2019-03 bg",
            "consultation BEN-NER meeting 2025-06-09 @Cotonou",
        ],
        id="merge.headline-body-tells-an-earlier-one",
    ),
    pytest.param(
        "merge.anaphoric-declaration",
        "Le Maroc et le Sénégal ont adopté lundi une déclaration commune sur la sécurité. Le Sénégal et le Mali ont adopté mardi une déclaration commune sur l'eau.",
        [
            "declaration MAR-SEN joint_declaration 2025-06-09",
            "declaration MLI-SEN joint_declaration 2025-06-10",
        ],
        id="merge.anaphoric-declaration",
    ),
    pytest.param(
        "finish.weak-duplicate",
        "Réunion entre le Maroc et la Mauritanie\nLe ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais.",
        [
            "consultation MAR-MRT meeting 2025-06-09 @Rabat",
            "consultation MAR-SEN meeting 2025-06-09 @Rabat",
        ],
        id="finish.weak-duplicate",
    ),
    pytest.param(
        "merge.distinct-instrument",
        "Le Ghana et le Togo ont signé lundi à Accra un mémorandum d'entente sur l'agriculture. Le mémorandum d'entente sur l'agriculture a été signé par les deux ministres.",
        ["agreement GHA-TGO signed 2025-06-09 @Accra"],
        id="merge.distinct-instrument-same",
    ),
    pytest.param(
        "merge.distinct-instrument",
        "Le Maroc et le Sénégal ont signé lundi à Rabat un nouvel accord de pêche. L'accord de pêche a été signé par les deux ministres.",
        ["agreement MAR-SEN signed 2025-06-09 @Rabat"],
        id="merge.distinct-instrument-first-mention",
    ),
    pytest.param(
        "merge.dyad-summit",
        "Le Premier ministre thaïlandais a participé lundi à Tokyo au sommet entre l'ASEAN, la Chine et le Japon. Mardi, le sommet consacré aux relations ASEAN-Japon s'est tenu à Osaka.",
        # another day: another summit
        [
            "consultation ASEAN-CHN-JPN-THA summit 2025-06-09 @Tokyo",
            "consultation ASEAN-JPN summit 2025-06-10 @Osaka",
        ],
        id="merge.dyad-summit-another-day",
    ),
    pytest.param(
        "merge.dyad-summit",
        "Le président sénégalais a participé lundi au sommet de l'Union africaine avec la Chine et le Japon. Mardi, le sommet des relations UA-Japon a réuni les ministres.",
        # the earlier summit's sides do not hold both of the pair
        ["consultation AU-SEN summit 2025-06-09", "consultation AU-JPN summit 2025-06-10"],
        id="merge.dyad-summit-other-sides",
    ),
    pytest.param(
        "merge.held-by-medium",
        "Le ministre sénégalais s'est entretenu lundi par téléphone avec son homologue gambien, une semaine après la session de la commission mixte tenue le 2 juin à Banjul.",
        [
            "consultation GMB-SEN phone_call 2025-06-09 @Banjul",
            "consultation GMB-SEN joint_commission 2025-06-02 @Banjul",
        ],
        id="merge.held-by-medium-other-date",
    ),
    pytest.param(
        "merge.held-by-medium",
        "La réunion entre le Maroc et le Vietnam s'est tenue lundi par visioconférence.",
        ["consultation MAR-VNM video_conference 2025-06-09"],
        id="merge.held-by-medium-meeting",
    ),
    pytest.param(
        "merge.held-by-medium",
        "Le ministre marocain s'est entretenu lundi par téléphone avec son homologue vietnamien. Les consultations politiques entre le Maroc et le Vietnam se sont tenues mardi à Rabat.",
        [
            "consultation MAR-VNM phone_call 2025-06-09",
            "consultation MAR-VNM political_consultations 2025-06-10 @Rabat",
        ],
        id="merge.held-by-medium-next-sentence",
    ),
    pytest.param(
        "merge.other-occasion",
        "Le Ghana et le Togo avaient conclu en 2019 à Accra cinq protocoles d'accord. Le président togolais a reçu jeudi à Lomé son homologue ghanéen, avec qui il a signé un protocole d'accord sur l'électricité.",
        [
            "consultation GHA-TGO meeting 2025-06-05 @Lomé",
            "agreement GHA-TGO signed 2025-06-05 @Lomé",
        ],
        id="merge.other-occasion-same-day",
    ),
    pytest.param(
        "merge.other-occasion",
        "Le président gambien a été reçu lundi à Dakar par son homologue sénégalais. Les deux pays ont signé trois accords. Le premier porte sur la pêche et le deuxième sur le transport.",
        [
            "consultation GMB-SEN meeting 2025-06-09 @Dakar",
            "agreement GMB-SEN signed 2025-06-09 @Dakar",
            "agreement GMB-SEN signed 2025-06-09 @Dakar",
        ],
        id="merge.other-occasion-items",
    ),
    pytest.param(
        "merge.same-name",
        "Le Maroc et le Sénégal ont signé lundi à Rabat un accord de coopération dans le domaine de la santé et un accord de coopération dans le domaine de l'énergie.",
        [
            "agreement MAR-SEN signed 2025-06-09 @Rabat",
            "agreement MAR-SEN signed 2025-06-09 @Rabat",
        ],
        id="merge.same-name-two-domains",
    ),
    pytest.param(
        "merge.same-name",
        "Le Maroc et le Sénégal ont signé lundi à Rabat un mémorandum d'entente sur la formation des diplomates. Le Maroc et le Gabon ont signé mardi à Libreville un mémorandum d'entente sur la formation des diplomates.",
        [
            "agreement MAR-SEN signed 2025-06-09 @Rabat",
            "agreement GAB-MAR signed 2025-06-10 @Libreville",
        ],
        id="merge.same-name-other-partner",
    ),
    pytest.param(
        "merge.same-name",
        "Le Maroc et le Sénégal ont signé lundi à Rabat un accord de coopération en matière de pêche maritime. Selon le ministre marocain, l'accord de coopération en matière de pêche maritime profitera aussi à la Mauritanie et au Sénégal.",
        [
            "agreement MAR-SEN signed 2025-06-09 @Rabat",
            "agreement MAR-MRT-SEN signed 2025-06-09 @Rabat",
        ],
        id="merge.same-name-more-sides",
    ),
    pytest.param(
        "merge.past-apart",
        "Les présidents ghanéen et togolais se sont rencontrés à Lomé en mars 2022. Lors de cette rencontre, les deux présidents ont évoqué la sécurité.",
        ["consultation GHA-TGO meeting 2022-03 @Lomé bg"],
        id="merge.past-apart-back-reference",
    ),
    pytest.param(
        "merge.past-apart",
        "En mars 2022, le ministre malien s'était entretenu à Bamako avec son homologue nigérien. La rencontre des deux ministres avait porté sur la sécurité au Sahel.",
        ["consultation MLI-NER meeting 2022-03 @Bamako bg"],
        id="merge.past-apart-both-past",
    ),
    pytest.param(
        "merge.past-apart",
        "Entretien entre les ministres kényan et tanzanien\nLe ministre kényan s'était entretenu à Nairobi avec son homologue tanzanien en 2021.",
        ["consultation KEN-TZA meeting 2021 @Nairobi bg"],
        id="merge.past-apart-headline",
    ),
    pytest.param(
        "merge.past-apart",
        "Le Maroc et le Sénégal font le point sur leur coopération\nLe ministre marocain des Affaires étrangères s'est entretenu à Rabat avec son homologue sénégalais, trois ans après l'accord de pêche signé en 2022.",
        ["consultation MAR-SEN meeting @Rabat", "agreement MAR-SEN signed 2022 @Rabat bg"],
        id="merge.past-apart-headline-and-body",
    ),
    pytest.param(
        "merge.past-apart",
        "Le président sénégalais a reçu à Dakar le Premier ministre gambien. Cette audience, la première depuis la visite de 2019, a porté sur la pêche.",
        ["consultation GMB-SEN meeting @Dakar", "consultation GMB-SEN visit 2019 bg"],
        id="merge.past-apart-audience-named-again",
    ),
    pytest.param(
        "merge.talks-of-visit",
        "Réunion entre le Maroc et le Sénégal\nLe ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais.",
        ["consultation MAR-SEN meeting 2025-06-09 @Rabat"],
        id="merge.talks-of-visit-headline",
    ),
    pytest.param(
        "merge.talks-of-visit",
        "Le ministre malien des Affaires étrangères s'est entretenu lundi à Dakar avec son homologue sénégalais. Les entretiens ont porté sur la sécurité.",
        ["consultation MLI-SEN meeting 2025-06-09 @Dakar"],
        id="merge.talks-of-visit-talks-told-again",
    ),
    pytest.param(
        "merge.talks-of-visit",
        "Le président kényan a effectué une visite d'État en Ouganda. La visite du président kényan en Ouganda a duré deux jours.",
        ["consultation KEN-UGA visit @Kampala"],
        id="merge.talks-of-visit-visit-told-again",
    ),
    pytest.param(
        "merge.talks-of-visit",
        "Le Premier ministre japonais est arrivé dimanche à Hanoï pour une visite de trois jours au Vietnam. Les pourparlers avec le Premier ministre vietnamien se sont tenus lundi.",
        [
            "consultation JPN-VNM visit 2025-06-08 @Hanoï",
            "consultation JPN-VNM meeting 2025-06-09 @Hanoï",
        ],
        id="merge.talks-of-visit-talks-said-held",
    ),
    pytest.param(
        "merge.other-person-met",
        "Le président Abdelmadjid Tebboune a reçu lundi à Alger le chef de la diplomatie italienne, Antonio Tajani. Le ministre Tajani a été reçu par le président Tebboune au palais d'El Mouradia.",
        ["consultation DZA-ITA meeting 2025-06-09 @Alger"],
        id="merge.other-person-met-told-both-ways",
    ),
    pytest.param(
        "merge.other-person-met",
        "Le président Lula a reçu mardi à Brasilia le ministre cubain Bruno Rodríguez. M. Rodríguez s'est entretenu avec Luiz Inácio Lula da Silva de la coopération médicale.",
        ["consultation BRA-CUB meeting 2025-06-10 @Brasilia"],
        id="merge.other-person-met-name-shortened",
    ),
    pytest.param(
        "merge.other-person-met",
        "Le ministre sénégalais des Affaires étrangères s'est entretenu lundi à Banjul avec son homologue gambien. Le ministre sénégalais a été reçu lundi par son homologue Mamadou Tangara au ministère.",
        ["consultation GMB-SEN meeting 2025-06-09 @Banjul"],
        id="merge.other-person-met-named-later",
    ),
    pytest.param(
        "merge.visit-told-undated",
        "Le président kényan William Ruto a effectué lundi une visite officielle en Ouganda. Le Premier ministre kényan Musalia Mudavadi avait effectué en mars 2019 une visite officielle en Ouganda.",
        [
            "consultation KEN-UGA visit 2025-06-09 @Kampala",
            "consultation KEN-UGA visit 2019-03 bg",
        ],
        id="merge.visit-told-undated-both-dated",
    ),
    pytest.param(
        "merge.visit-told-undated",
        "Le président sénégalais en visite en Gambie\nLe président gambien Adama Barrow a reçu son homologue sénégalais. Le président sénégalais Bassirou Diomaye Faye a effectué jeudi une visite de travail à Banjul, où le vice-président gambien Muhammad Jallow l'attendait.",
        [
            "consultation GMB-SEN visit 2025-06-05 @Banjul",
            "consultation GMB-SEN meeting 2025-06-05 @Banjul",
        ],
        id="merge.visit-told-undated-title-same-hosts",
    ),
]
"""Texts where the rule's words stand but it must not fire: the same outcome with it off."""
TRACED: list[str] = [
    "merge.anaphoric-declaration",
    "merge.distinct-instrument",
    "merge.dyad-summit",
    "merge.headline",
    "merge.held-by-medium",
    "merge.same-name",
    "merge.past-apart",
    "merge.other-person-met",
    "merge.talks-of-visit",
    "merge.visit-told-undated",
]
"""The rules that write their name in the trace of the events of their example."""


test_rule_fires, test_traced_rules_are_in_the_trace, test_rule_does_not_fire = RULE_TESTS
