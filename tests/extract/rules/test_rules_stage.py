# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""Stage rules: which stage a sentence reports for an instrument, and the life-cycle of one agreement.

Each example compares the extraction with every rule on and with only its rule switched
off (:mod:`_examples`). The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from _examples import RULE_TESTS

FIRES = [
    pytest.param(
        "stage.listed-items+stage.coordinated-items",
        "Au terme de la visite du ministre malien à Niamey, plusieurs documents ont été signés mardi : un accord sur l'élevage et le pastoralisme transhumant le long de la frontière, une convention sur la santé animale et un protocole d'entente sur la formation des vétérinaires.",
        [
            "consultation MLI-NER visit 2025-06-10 @Niamey",
            "agreement MLI-NER signed 2025-06-10 @Niamey",
            "agreement MLI-NER signed 2025-06-10 @Niamey",
            "agreement MLI-NER signed 2025-06-10 @Niamey",
        ],
        [
            "consultation MLI-NER visit 2025-06-10 @Niamey",
            "agreement MLI-NER signed 2025-06-10 @Niamey",
            "agreement MLI-NER signed 2025-06-10 @Niamey",
        ],
        id="stage.listed-items",
    ),
    pytest.param(
        "stage.listed-items+stage.coordinated-items",
        "En présence des deux chefs d'État, les documents suivants ont été signés : un accord de coopération dans le domaine de la pêche artisanale entre la Mauritanie et le Sénégal, un mémorandum d'entente sur la gestion commune des stocks de poissons pélagiques et un protocole relatif à la formation des marins.",
        ["agreement MRT-SEN signed"] * 3,
        ["agreement MRT-SEN signed"] * 2,
        id="stage.listed-items-the-following",
    ),
    pytest.param(
        "stage.authorise",
        "Le ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais. Une loi permet désormais au président sénégalais de ratifier l'accord de pêche conclu avec le Maroc.",
        [
            "consultation MAR-SEN meeting 2025-06-09 @Rabat",
            "agreement MAR-SEN approved 2025-06-09 @Rabat",
        ],
        [
            "consultation MAR-SEN meeting 2025-06-09 @Rabat",
            "agreement MAR-SEN ratified 2025-06-09 @Rabat",
        ],
        id="stage.authorise",
    ),
    pytest.param(
        "stage.bill",
        "L'Assemblée nationale sénégalaise a examiné lundi le projet de loi portant ratification de l'accord de pêche avec le Maroc.",
        ["agreement MAR-SEN signed 2025-06-09"],
        ["agreement MAR-SEN approved 2025-06-09 @Dakar"],
        id="stage.bill",
    ),
    pytest.param(
        "stage.frame",
        "Le ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais. Ils ont fait le point sur le processus de ratification de la convention fiscale.",
        ["consultation MAR-SEN meeting 2025-06-09 @Rabat"],
        [
            "consultation MAR-SEN meeting 2025-06-09 @Rabat",
            "agreement MAR-SEN ratified 2025-06-09 @Rabat",
        ],
        id="stage.frame",
    ),
    pytest.param(
        "stage.frame",
        "Le ministre malien s'est entretenu lundi à Bamako avec son homologue nigérien. L'accord de défense entre le Mali et le Niger, signé en mars 2023 à Niamey, fait l'objet des procédures internes de ratification.",
        [
            "consultation MLI-NER meeting 2025-06-09 @Bamako",
            "agreement MLI-NER signed 2023-03 @Niamey bg",
        ],
        [
            "consultation MLI-NER meeting 2025-06-09 @Bamako",
            "agreement MLI-NER ratified 2025-06-09 @Niamey",
        ],
        id="stage.frame-procedure",
    ),
    pytest.param(
        "stage.frame",
        "Le ministre togolais a reçu mardi à Lomé son homologue béninois. Les deux ministres sont convenus de hâter la procédure d'approbation de la convention fiscale signée en 2022 à Cotonou.",
        [
            "consultation BEN-TGO meeting 2025-06-10 @Lomé",
            "agreement BEN-TGO signed 2022 @Cotonou bg",
        ],
        [
            "consultation BEN-TGO meeting 2025-06-10 @Lomé",
            "agreement BEN-TGO approved 2025-06-10 @Cotonou",
        ],
        id="stage.frame-procedure-approval",
    ),
    pytest.param(
        "stage.future-auxiliary+cue.not-yet+cue.future",
        "Le ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais. L'accord sur la pêche entre le Maroc et le Sénégal sera signé en juillet.",
        ["consultation MAR-SEN meeting 2025-06-09 @Rabat"],
        ["consultation MAR-SEN meeting 2025-06-09 @Rabat", "agreement MAR-SEN signed 2024-07 bg"],
        id="stage.future-auxiliary",
    ),
    pytest.param(
        "stage.purpose+cue.not-yet",
        "Le ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais en vue de la signature d'un accord sur la pêche.",
        ["consultation MAR-SEN meeting 2025-06-09 @Rabat"],
        [
            "consultation MAR-SEN meeting 2025-06-09 @Rabat",
            "agreement MAR-SEN signed 2025-06-09 @Rabat",
        ],
        id="stage.purpose",
    ),
    pytest.param(
        "stage.life-cycle",
        "La convention fiscale entre la Suisse et le Kenya a été signée le 2 mai 2021 à Berne. Elle a été ratifiée le 9 mars 2023 par le Parlement kényan.",
        ["agreement CHE-KEN ratified 2023-03-09 bg"],
        ["agreement CHE-KEN signed 2021-05-02 @Berne bg"],
        id="stage.life-cycle",
    ),
    pytest.param(
        "stage.dated-participle",
        "Le président sénégalais a souhaité lundi la mise en œuvre rapide du mémorandum sur la pêche signé en janvier avec le Maroc.",
        ["agreement MAR-SEN signed 2025-01"],
        [],
        id="stage.dated-participle",
    ),
    pytest.param(
        "stage.dated-participle",
        "L'accord sur la pêche signé en 2019 avec le Maroc sera ratifié par le Sénégal.",
        ["agreement MAR-SEN signed 2019 bg"],
        [],
        id="stage.dated-participle-to-be-ratified",
    ),
    pytest.param(
        "stage.cabinet-bill",
        "Le ministre marocain a reçu lundi à Rabat son homologue hongrois. Le Conseil de gouvernement a adopté jeudi un projet de loi portant approbation de l'accord de coopération en matière de sécurité sociale entre le Maroc et la Hongrie.",
        ["consultation HUN-MAR meeting 2025-06-09 @Rabat"],
        [
            "consultation HUN-MAR meeting 2025-06-09 @Rabat",
            "agreement HUN-MAR approved 2025-06-05 @Rabat",
        ],
        id="stage.cabinet-bill",
    ),
    pytest.param(
        "agreement",
        "Le ministre ghanéen a été reçu lundi à Paris par son homologue français. Le Sénat a donné mardi son feu vert, par 280 voix contre 12, à la convention fiscale entre la France et le Ghana.",
        [
            "consultation FRA-GHA meeting 2025-06-09 @Paris",
            "agreement FRA-GHA approved 2025-06-10 @Paris",
        ],
        ["consultation FRA-GHA meeting 2025-06-09 @Paris"],
        id="agreement.approval-idiom-green-light",
    ),
    pytest.param(
        "agreement",
        "Le ministre malaisien s'est entretenu lundi à Berne avec son homologue suisse. Les sénateurs suisses ont donné mardi leur aval à l'accord de libre-échange avec la Malaisie.",
        [
            "consultation CHE-MYS meeting 2025-06-09 @Berne",
            "agreement CHE-MYS approved 2025-06-10 @Berne",
        ],
        ["consultation CHE-MYS meeting 2025-06-09 @Berne"],
        id="agreement.approval-idiom-consent",
    ),
    pytest.param(
        "agreement",
        "Le Parlement belge avalise le traité d'extradition avec le Maroc. La Chambre l'a adopté jeudi par 120 voix.",
        ["agreement BEL-MAR approved @Bruxelles"],
        [],
        id="agreement.approval-idiom-endorses",
    ),
    pytest.param(
        "agreement",
        "Le Maroc et le Sénégal ont signé lundi à Rabat un programme d'échanges culturels pour les années 2025 à 2028.",
        ["agreement MAR-SEN signed 2025-06-09 @Rabat"],
        [],
        id="agreement.exchange-programme",
    ),
    pytest.param(
        "agreement",
        "Au terme de la session tenue mardi à Niamey, les ministres nigérien et tchadien ont signé un accord sur la pêche, un programme d'échanges culturels pour 2025-2027 et un mémorandum sur la santé.",
        ["agreement NER-TCD signed 2025-06-10 @Niamey"] * 3,
        [],
        id="agreement.exchange-programme-listed",
    ),
    pytest.param(
        "stage.cabinet-bill",
        "Le président sénégalais a reçu lundi à Dakar son homologue gambien. Le Conseil des ministres a adopté mercredi le projet de loi autorisant la ratification de la convention fiscale entre le Sénégal et la Gambie.",
        ["consultation GMB-SEN meeting 2025-06-09 @Dakar"],
        [
            "consultation GMB-SEN meeting 2025-06-09 @Dakar",
            "agreement GMB-SEN approved 2025-06-04 @Dakar",
        ],
        id="stage.cabinet-bill-authorising",
    ),
    pytest.param(
        "stage.cabinet-bill",
        "Le ministre tunisien a reçu lundi à Tunis son homologue qatari. Le gouvernement tunisien a approuvé lundi le projet de loi relatif à l'approbation de l'accord de transport aérien avec le Qatar.",
        ["consultation QAT-TUN meeting 2025-06-09 @Tunis"],
        [
            "consultation QAT-TUN meeting 2025-06-09 @Tunis",
            "agreement QAT-TUN approved 2025-06-09 @Tunis",
        ],
        id="stage.cabinet-bill-approved-bill",
    ),
    pytest.param(
        "stage.cabinet-bill",
        "Réuni mercredi à Yaoundé, le Conseil des ministres a adopté un projet de loi autorisant le président de la République à ratifier l'accord de pêche signé avec le Gabon.",
        ["agreement CMR-GAB signed 2025-06-04 @Yaoundé"],
        ["agreement CMR-GAB approved 2025-06-04 @Yaoundé"],
        id="stage.cabinet-bill-authorise-president",
    ),
    pytest.param(
        "stage.cabinet-bill",
        "Le Conseil de gouvernement a adopté jeudi un projet de loi portant approbation de l'accord de coopération signé le 3 mars à Rabat entre le Maroc et la Hongrie.",
        ["agreement HUN-MAR signed 2025-03-03 @Rabat"],
        ["agreement HUN-MAR approved 2025-06-05 @Rabat"],
        id="stage.cabinet-bill-signed-stays",
    ),
    pytest.param(
        "stage.submitted",
        "Le ministre malien a reçu lundi à Bamako son homologue nigérien. Le traité sur la défense commune entre le Mali et le Niger est ouvert à la signature depuis mardi.",
        ["consultation MLI-NER meeting 2025-06-09 @Bamako"],
        [
            "consultation MLI-NER meeting 2025-06-09 @Bamako",
            "agreement MLI-NER signed 2025-06-10 @Bamako",
        ],
        id="stage.submitted",
    ),
    pytest.param(
        "stage.submitted",
        "Le ministre malien a reçu lundi à Bamako son homologue nigérien. L'accord de défense entre le Mali et le Niger a été transmis au Parlement pour ratification.",
        ["consultation MLI-NER meeting 2025-06-09 @Bamako"],
        [
            "consultation MLI-NER meeting 2025-06-09 @Bamako",
            "agreement MLI-NER ratified 2025-06-09 @Bamako",
        ],
        id="stage.submitted-parliament",
    ),
    pytest.param(
        "stage.submitted",
        "Le ministre sénégalais a reçu lundi à Dakar son homologue gambien. La convention fiscale entre le Sénégal et la Gambie a été soumise à l'approbation de l'Assemblée nationale.",
        ["consultation GMB-SEN meeting 2025-06-09 @Dakar"],
        [
            "consultation GMB-SEN meeting 2025-06-09 @Dakar",
            "agreement GMB-SEN approved 2025-06-09 @Dakar",
        ],
        id="stage.submitted-approval",
    ),
    pytest.param(
        "stage.submitted",
        "Le ministre togolais a reçu mardi à Lomé son homologue béninois. Le protocole sur le transit entre le Togo et le Bénin a été présenté pour approbation aux députés.",
        ["consultation BEN-TGO meeting 2025-06-10 @Lomé"],
        [
            "consultation BEN-TGO meeting 2025-06-10 @Lomé",
            "agreement BEN-TGO approved 2025-06-10 @Lomé",
        ],
        id="stage.submitted-presented",
    ),
]

SILENT = [
    pytest.param(
        "stage.frame",
        "Le ministre togolais a reçu mardi à Lomé son homologue béninois. La procédure a abouti : la convention fiscale a été ratifiée lundi par le Parlement togolais.",
        [
            "consultation BEN-TGO meeting 2025-06-10 @Lomé",
            "agreement BEN-TGO ratified 2025-06-09 @Lomé",
        ],
        id="stage.frame-procedure-ended",
    ),
    pytest.param(
        "agreement",
        "Le ministre malien s'est entretenu lundi à Dakar avec son homologue sénégalais. Le président a donné son feu vert à la poursuite des discussions en aval du sommet.",
        ["consultation MLI-SEN meeting 2025-06-09 @Dakar"],
        id="agreement.approval-idiom-no-instrument",
    ),
    pytest.param(
        "agreement",
        "Le ministre malien s'est entretenu lundi à Dakar avec son homologue sénégalais. Ils ont évoqué les programmes d'échanges d'étudiants lancés par les universités des deux pays et signés en 2019.",
        ["consultation MLI-SEN meeting 2025-06-09 @Dakar"],
        id="agreement.exchange-programmes-plural",
    ),
    pytest.param(
        "stage.listed-items",
        "Le Sénégal et la Gambie ont signé lundi un accord sur la pêche ; un protocole relatif à la formation des douaniers des deux pays, longuement discuté par les experts des deux administrations, reste en suspens.",
        ["agreement GMB-SEN signed 2025-06-09"],
        id="stage.listed-items-no-colon",
    ),
    pytest.param(
        "stage.authorise",
        "Le Sénégal a ratifié lundi l'accord de pêche conclu avec le Maroc, qui permet aux navires marocains de pêcher au large de Dakar.",
        ["agreement MAR-SEN ratified 2025-06-09 @Dakar"],
        id="stage.authorise",
    ),
    pytest.param(
        "stage.bill",
        "Le Parlement sénégalais a ratifié lundi l'accord de pêche avec le Maroc, puis a examiné un projet de loi sur l'eau.",
        ["agreement MAR-SEN ratified 2025-06-09 @Dakar"],
        id="stage.bill",
    ),
    pytest.param(
        "stage.frame",
        "Le Maroc et le Sénégal ont signé lundi, dans le cadre de leur coopération, un accord sur la pêche.",
        ["agreement MAR-SEN signed 2025-06-09"],
        id="stage.frame",
    ),
    pytest.param(
        "stage.purpose",
        "Le Maroc et le Sénégal ont signé lundi un accord sur la pêche afin de protéger les stocks.",
        ["agreement MAR-SEN signed 2025-06-09"],
        id="stage.purpose",
    ),
    pytest.param(
        "stage.life-cycle",
        "La convention fiscale entre la Suisse et le Kenya a été signée le 2 mai 2021 à Berne. Elle prévoit un échange d'informations.",
        ["agreement CHE-KEN signed 2021-05-02 @Berne bg"],
        id="stage.life-cycle",
    ),
    pytest.param(
        "stage.future-auxiliary",
        "Le Maroc et le Sénégal ont signé lundi un accord sur la pêche, qui sera appliqué dès juillet.",
        ["agreement MAR-SEN signed 2025-06-09"],
        id="stage.future-auxiliary",
    ),
    pytest.param(
        "stage.dated-participle",
        "Le ministre sénégalais s'est entretenu lundi à Dakar avec son homologue marocain ; le traité de pêche doit être signé en juillet.",
        ["consultation MAR-SEN meeting 2025-06-09 @Dakar"],
        id="stage.dated-participle-to-come",
    ),
    pytest.param(
        "stage.cabinet-bill",
        "L'Assemblée nationale a adopté mercredi le projet de loi portant approbation de l'accord de coopération entre le Sénégal et la Gambie.",
        ["agreement GMB-SEN approved 2025-06-04"],
        id="stage.cabinet-bill-assembly",
    ),
    pytest.param(
        "stage.cabinet-bill",
        "Les députés ont voté jeudi le projet de loi autorisant la ratification de la convention fiscale entre la France et le Maroc.",
        ["agreement FRA-MAR approved 2025-06-05"],
        id="stage.cabinet-bill-deputies",
    ),
    pytest.param(
        "stage.cabinet-bill",
        "Le Sénat a adopté mardi le projet de loi du gouvernement portant ratification de l'accord de défense entre le Mali et la Russie.",
        ["agreement MLI-RUS approved 2025-06-10"],
        id="stage.cabinet-bill-senate-government-bill",
    ),
    pytest.param(
        "stage.cabinet-bill",
        "Le Conseil des ministres a adopté lundi un décret portant ratification de l'accord entre le Cameroun et le Tchad.",
        ["agreement CMR-TCD approved 2025-06-09"],
        id="stage.cabinet-bill-decree",
    ),
    pytest.param(
        "stage.cabinet-bill",
        "Le Conseil de gouvernement a approuvé jeudi un accord de coopération militaire signé en mars entre le Maroc et la Roumanie.",
        ["agreement MAR-ROU approved 2025-06-05"],
        id="stage.cabinet-bill-council-approves",
    ),
    pytest.param(
        "stage.submitted",
        "L'accord de défense entre le Mali et le Niger, transmis au Parlement en mars, a été ratifié lundi.",
        ["agreement MLI-NER ratified 2025-06-09"],
        id="stage.submitted-then-ratified",
    ),
    pytest.param(
        "stage.submitted",
        "La convention, soumise aux députés en mars, a été approuvée lundi par l'Assemblée nationale du Sénégal, qui l'avait signée avec la Gambie.",
        ["agreement GMB-SEN approved 2025-06-09 @Dakar"],
        id="stage.submitted-then-approved",
    ),
    pytest.param(
        "stage.submitted",
        "Le Sénégal et la Gambie ont procédé lundi à Dakar à la signature d'un accord de pêche.",
        ["agreement GMB-SEN signed 2025-06-09 @Dakar"],
        id="stage.submitted-proceeded",
    ),
]
"""Texts where the rule's words stand but it must not fire: the same outcome with it off."""
TRACED: list[str] = [
    "stage.life-cycle",
    "stage.dated-participle",
    "stage.listed-items",
    "agreement",
]
"""The rules that write their name in the trace of the events of their example."""


test_rule_fires, test_traced_rules_are_in_the_trace, test_rule_does_not_fire = RULE_TESTS
