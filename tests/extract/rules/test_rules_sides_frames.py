# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""Side rules of the ninth accuracy round: what a party is named for when it is no side
of the event (an organisation that only frames a meeting between others).

Each example compares the extraction with every rule on and with only its rule switched
off (:mod:`_examples`). The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from _examples import RULE_TESTS

FIRES = [
    pytest.param(
        "parties.organisation-frame",
        "Le président ghanéen a reçu mardi au siège de la CEDEAO le ministre togolais des Affaires étrangères.",
        ["consultation GHA-TGO meeting 2025-06-10 @Accra"],
        ["consultation ECOWAS-GHA-TGO meeting 2025-06-10 @Accra"],
        id="organisation-frame-seat",
    ),
    pytest.param(
        "parties.organisation-frame",
        "Le Premier ministre belge s'est entretenu avec son homologue canadien des préparatifs du sommet de l'OTAN.",
        ["consultation BEL-CAN meeting"],
        ["consultation BEL-CAN-NATO meeting"],
        id="organisation-frame-matter",
    ),
    pytest.param(
        "parties.organisation-frame",
        "Le chef de l'État sénégalais a eu un entretien téléphonique avec le président ivoirien, dans le cadre de la CEDEAO.",
        ["consultation CIV-SEN phone_call"],
        ["consultation CIV-ECOWAS-SEN phone_call"],
        id="organisation-frame-setting",
    ),
    pytest.param(
        "parties.organisation-frame",
        "La ministre suédoise a rencontré jeudi à Stockholm son homologue polonais, qui a salué le soutien de la Suède durant la présidence polonaise de l'Union européenne.",
        ["consultation POL-SWE meeting 2025-06-05 @Stockholm"],
        ["consultation EU-POL-SWE meeting 2025-06-05 @Stockholm"],
        id="organisation-frame-presidency",
    ),
    pytest.param(
        "parties.organisation-frame",
        "Le roi de Jordanie a reçu lundi à Amman le président chypriote, venu présenter les conclusions de la réunion de l'OTAN.",
        ["consultation CYP-JOR meeting 2025-06-09 @Amman"],
        ["consultation CYP-JOR-NATO meeting 2025-06-09 @Amman"],
        id="organisation-frame-other-meeting",
    ),
    pytest.param(
        "parties.organisation-frame",
        "Réunis à Vienne, l'Autriche et la Slovénie ont signé jeudi une convention fiscale, à quelques jours du sommet de l'OTAN.",
        [
            "agreement AUT-SVN signed 2025-06-05 @Vienne",
            "consultation NATO summit 2025-06-05 @Vienne",
        ],
        [
            "agreement AUT-NATO-SVN signed 2025-06-05 @Vienne",
            "consultation NATO summit 2025-06-05 @Vienne",
        ],
        id="organisation-frame-agreement-summit",
    ),
    pytest.param(
        "parties.organisation-frame",
        "La Thaïlande a conclu lundi à Bangkok un accord aérien avec le Vietnam, au siège de l'ASEAN.",
        ["agreement THA-VNM signed 2025-06-09 @Bangkok"],
        ["agreement ASEAN-THA-VNM signed 2025-06-09 @Bangkok"],
        id="organisation-frame-agreement-seat",
    ),
    pytest.param(
        "parties.organisation-frame",
        "Le Japon a signé mercredi à Tokyo un accord commercial avec l'Australie, pendant la présidence australienne du G20.",
        ["agreement AUS-JPN signed 2025-06-04 @Tokyo"],
        ["agreement AUS-G20-JPN signed 2025-06-04 @Tokyo"],
        id="organisation-frame-agreement-presidency",
    ),
    pytest.param(
        "parties.organisation-frame",
        "L'Égypte a paraphé mardi au Caire un protocole de coopération portuaire avec la Grèce, en marge de la préparation du sommet de l'Union pour la Méditerranée.",
        ["agreement EGY-GRC negotiated 2025-06-10 @Le Caire"],
        ["agreement EGY-GRC-UFM negotiated 2025-06-10 @Le Caire"],
        id="organisation-frame-agreement-matter",
    ),
    pytest.param(
        "parties.instrument-between",
        "Le ministre angolais a indiqué mardi que les entretiens avaient porté sur l'accord de paix entre le Soudan et le Tchad, signé le 3 mai dernier à Doha.",
        ["agreement SDN-TCD signed 2025-05-03 @Doha"],
        ["agreement AGO-SDN-TCD signed 2025-05-03 @Doha"],
        id="instrument-between-speaker",
    ),
    pytest.param(
        "parties.instrument-between",
        "Selon le porte-parole kényan, la réunion a porté sur le suivi de l'accord de cessez-le-feu entre l'Éthiopie et l'Érythrée, signé en mars à Nairobi.",
        ["agreement ERI-ETH signed 2025-03 @Nairobi"],
        ["agreement ERI-ETH-KEN signed 2025-03 @Nairobi"],
        id="instrument-between-source",
    ),
    pytest.param(
        "parties.instrument-between",
        "Le Premier ministre belge a rappelé que le traité entre la Serbie et le Kosovo, signé en 2023 à Bruxelles sous l'égide de l'Union européenne, restait en vigueur.",
        ["agreement EU-SRB-XKX signed 2023 @Bruxelles bg"],
        ["agreement BEL-EU-SRB-XKX signed 2023 @Bruxelles bg"],
        id="instrument-between-mediator-kept",
    ),
]

SILENT = [
    pytest.param(
        "parties.organisation-frame",
        "Les ministres des Affaires étrangères du Tchad et du Niger se sont entretenus lundi à Genève, avec la médiation des coprésidents du groupe de contact de l'Union africaine.",
        ["consultation AU-NER-TCD meeting 2025-06-09 @Genève"],
        id="organisation-frame-mediators",
    ),
    pytest.param(
        "parties.organisation-frame",
        "Le secrétaire général de l'ONU a reçu lundi à New York le ministre bolivien des Affaires étrangères.",
        ["consultation BOL-UN meeting 2025-06-09 @New York"],
        id="organisation-frame-its-officer",
    ),
    pytest.param(
        "parties.organisation-frame",
        "Le ministre gabonais a rencontré mardi à Addis-Abeba le président de la Commission de l'Union africaine.",
        ["consultation AU-GAB meeting 2025-06-10 @Addis-Abeba"],
        id="organisation-frame-its-body",
    ),
    pytest.param(
        "parties.organisation-frame",
        "Le ministre marocain s'est entretenu jeudi avec une délégation de l'Union européenne conduite par son vice-président.",
        ["consultation EU-MAR meeting 2025-06-05"],
        id="organisation-frame-its-delegation",
    ),
    pytest.param(
        "parties.organisation-frame",
        "Le Premier ministre libanais a reçu mardi à Beyrouth le commandant de la force de l'ONU au Liban et l'ambassadeur de France.",
        ["consultation FRA-LBN-UN meeting 2025-06-10 @Beyrouth"],
        id="organisation-frame-its-force",
    ),
    pytest.param(
        "parties.organisation-frame",
        "Les ministres des Affaires étrangères de l'ASEAN se sont réunis lundi à Jakarta.",
        ["consultation ASEAN meeting 2025-06-09 @Jakarta"],
        id="organisation-frame-its-ministers",
    ),
    pytest.param(
        "parties.organisation-frame",
        "Le Niger et le Tchad ont signé lundi à Niamey un accord de cessez-le-feu sous l'égide de l'Union africaine.",
        ["agreement AU-NER-TCD signed 2025-06-09 @Niamey"],
        id="organisation-frame-agreement-mediator",
    ),
    pytest.param(
        "parties.organisation-frame",
        "La Commission de la CEDEAO et le Togo ont signé lundi à Lomé un protocole sur la santé.",
        ["agreement ECOWAS-TGO signed 2025-06-09 @Lomé"],
        id="organisation-frame-agreement-its-body",
    ),
    pytest.param(
        "parties.instrument-between",
        "Le Maroc a signé lundi à Rabat un accord avec le Sénégal sur la pêche.",
        ["agreement MAR-SEN signed 2025-06-09 @Rabat"],
        id="instrument-between-with-partner",
    ),
    pytest.param(
        "parties.instrument-between",
        "Le ministre ghanéen a signé lundi à Accra l'accord de coopération entre le Ghana et le Togo.",
        ["agreement GHA-TGO signed 2025-06-09 @Accra"],
        id="instrument-between-signer-named",
    ),
    pytest.param(
        "parties.instrument-between",
        "Le Ghana et le Togo ont signé lundi à Lomé un accord sur la pêche.",
        ["agreement GHA-TGO signed 2025-06-09 @Lomé"],
        id="instrument-between-none",
    ),
]

TRACED = [
    "parties.instrument-between",
    "parties.organisation-frame",
]
"""The rules that write their name in the trace of the events of their example."""


test_rule_fires, test_traced_rules_are_in_the_trace, test_rule_does_not_fire = RULE_TESTS
