# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""A state's own statement with no place in the text was issued where its government
sits (``place.issuer-capital``); an agreement one state approved or ratified, where that
state's government or parliament sits (``place.approver-capital``). The day after the
verb of a stage is the stage's when the instrument is named with that stage again
(``date.stage``: « a approuvé lundi le projet de loi portant approbation »). A meeting
reported as a reception took place where the host's government sits
(``place.host-capital``).

Each example compares the extraction with every rule on and with only its rule switched
off (:mod:`_examples`). The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from _examples import RULE_TESTS

_RULE = "place.issuer-capital"
_APPROVER = "place.approver-capital"
_HOST = "place.host-capital"
_VISIT = "place.visit-capital"
_SOURCE = "date.source-clause"
_MARGIN = "date.margin"
_MAIN = "place.main-event"
_OWN = "place.own-venue"

FIRES = [
    pytest.param(
        _RULE,
        "Le Sénégal condamne avec fermeté l'attaque perpétrée contre un convoi humanitaire au Soudan.",
        ["declaration SEN statement 2025-06-10 @Dakar"],
        ["declaration SEN statement 2025-06-10"],
        id="issuer-capital-state-present-tense",
    ),
    pytest.param(
        _RULE,
        "Le Kremlin a salué lundi la libération des otages détenus dans la région.",
        ["declaration RUS statement 2025-06-09 @Moscou"],
        ["declaration RUS statement 2025-06-09"],
        id="issuer-capital-seat-of-power",
    ),
    pytest.param(
        _RULE,
        "L'Égypte a fermement condamné dimanche l'incursion militaire dans le sud du Liban.",
        ["declaration EGY statement 2025-06-08 @Le Caire"],
        ["declaration EGY statement 2025-06-08"],
        id="issuer-capital-two-words",
    ),
    pytest.param(
        _RULE,
        "Le gouvernement ivoirien a rejeté lundi, dans un communiqué, les accusations portées par un pays voisin.",
        ["declaration CIV statement 2025-06-09 @Abidjan"],
        ["declaration CIV statement 2025-06-09"],
        id="issuer-capital-seat-of-government-not-capital-in-law",
    ),
    pytest.param(
        _RULE,
        "Le ministère algérien des Affaires étrangères a dénoncé lundi dans une déclaration la profanation d'un lieu de culte.",
        ["declaration DZA statement 2025-06-09 @Alger"],
        ["declaration DZA statement 2025-06-09"],
        id="issuer-capital-ministry",
    ),
    pytest.param(
        _RULE,
        "Dans un communiqué publié lundi, la Chine a exprimé sa vive préoccupation après les essais de missiles.",
        ["declaration CHN statement 2025-06-09 @Pékin"],
        ["declaration CHN statement 2025-06-09"],
        id="issuer-capital-usual-spelling",
    ),
    pytest.param(
        _APPROVER,
        "Le Parlement azerbaïdjanais a ratifié lundi l'accord de coopération militaire avec la Turquie.",
        ["agreement AZE-TUR ratified 2025-06-09 @Bakou"],
        ["agreement AZE-TUR ratified 2025-06-09"],
        id="approver-capital-parliament-demonym",
    ),
    pytest.param(
        _APPROVER,
        "Le Conseil fédéral a approuvé vendredi l'accord de libre-échange avec l'Indonésie.",
        ["agreement CHE-IDN approved 2025-06-06 @Berne"],
        ["agreement CHE-IDN approved 2025-06-06"],
        id="approver-capital-government-by-its-name",
    ),
    pytest.param(
        _APPROVER,
        "Le président Paul Biya a ratifié lundi par décret l'accord de coopération sanitaire entre le Cameroun et le Tchad.",
        ["agreement CMR-TCD ratified 2025-06-09 @Yaoundé"],
        ["agreement CMR-TCD ratified 2025-06-09"],
        id="approver-capital-head-of-state",
    ),
    pytest.param(
        _APPROVER,
        "Rabat, 10 juin 2025 (MAP) - Le Conseil de gouvernement a approuvé lundi le projet de décret portant publication de la convention d'entraide judiciaire entre le Maroc et le Sénégal.",
        ["agreement MAR-SEN approved 2025-06-09 @Rabat"],
        ["agreement MAR-SEN approved 2025-06-09"],
        id="approver-capital-dateline-state",
    ),
    pytest.param(
        _APPROVER,
        "La Douma a ratifié lundi le traité de partenariat stratégique avec l'Iran.",
        ["agreement IRN-RUS ratified 2025-06-09 @Moscou"],
        ["agreement IRN-RUS ratified 2025-06-09"],
        id="approver-capital-parliament-by-its-name",
    ),
    pytest.param(
        _APPROVER,
        "Le mémorandum d'entente entre le Ghana et le Togo sur la pêche a été ratifié lundi par le Parlement ghanéen.",
        ["agreement GHA-TGO ratified 2025-06-09 @Accra"],
        ["agreement GHA-TGO ratified 2025-06-09"],
        id="approver-capital-passive-agent",
    ),
    pytest.param(
        _APPROVER,
        "L'accord de libre-échange avec l'Indonésie a été approuvé vendredi par le Conseil fédéral.",
        ["agreement CHE-IDN approved 2025-06-06 @Berne"],
        ["agreement CHE-IDN approved 2025-06-06"],
        id="approver-capital-passive-not-the-partner",
    ),
    pytest.param(
        "date.stage+date.scene",
        "La Chambre des représentants marocaine a approuvé lundi le projet de loi portant approbation de la convention d'entraide judiciaire entre le Maroc et le Sénégal.",
        ["agreement MAR-SEN approved 2025-06-09 @Rabat"],
        ["agreement MAR-SEN approved @Rabat"],
        id="date.stage-same-stage-twice",
    ),
    pytest.param(
        "date.stage+date.scene",
        "Le Parlement ghanéen a ratifié vendredi le projet de loi portant ratification du traité d'amitié avec le Togo.",
        ["agreement GHA-TGO ratified 2025-06-06 @Accra"],
        ["agreement GHA-TGO ratified @Accra"],
        id="date.stage-ratified-twice",
    ),
    pytest.param(
        _HOST,
        "La ministre sénégalaise des Affaires étrangères a reçu en audience lundi l'ambassadeur du Japon.",
        ["consultation JPN-SEN meeting 2025-06-09 @Dakar"],
        ["consultation JPN-SEN meeting 2025-06-09"],
        id="host-capital-audience",
    ),
    pytest.param(
        _HOST,
        "Le ministre malien des Affaires étrangères a été reçu lundi par le président nigérien.",
        ["consultation MLI-NER meeting 2025-06-09 @Niamey"],
        ["consultation MLI-NER meeting 2025-06-09"],
        id="host-capital-passive",
    ),
    pytest.param(
        _HOST,
        "Le Premier ministre ivoirien a reçu lundi l'ambassadeur de France, avec qui il a évoqué la coopération.",
        ["consultation CIV-FRA meeting 2025-06-09 @Abidjan"],
        ["consultation CIV-FRA meeting 2025-06-09"],
        id="host-capital-seat-of-government",
    ),
    pytest.param(
        _HOST,
        "L'envoyé spécial du président ghanéen a été reçu en audience lundi par le président togolais Faure Gnassingbé.",
        ["consultation GHA-TGO meeting 2025-06-09 @Lomé"],
        ["consultation GHA-TGO meeting 2025-06-09"],
        id="host-capital-passive-audience",
    ),
    pytest.param(
        _HOST,
        "Le président kényan William Ruto a reçu lundi le ministre éthiopien des Affaires étrangères.",
        ["consultation ETH-KEN meeting 2025-06-09 @Nairobi"],
        ["consultation ETH-KEN meeting 2025-06-09"],
        id="host-capital-head-of-state",
    ),
    pytest.param(
        _VISIT,
        "Le président burkinabè a effectué du 3 au 5 juin une visite officielle en République du Ghana.",
        ["consultation BFA-GHA visit 2025-06-03/2025-06-05 @Accra"],
        ["consultation BFA-GHA visit 2025-06-03/2025-06-05"],
        id="visit-capital-formal-name",
    ),
    pytest.param(
        _VISIT,
        "Le ministre indonésien des Affaires étrangères séjourne aux Philippines depuis mardi à la tête d'une délégation.",
        ["consultation IDN-PHL visit @Manille"],
        ["consultation IDN-PHL visit"],
        id="visit-capital-stay-plural-name",
    ),
    pytest.param(
        _VISIT,
        "Arrivé lundi en Égypte pour une visite de deux jours, le chef de la diplomatie soudanaise s'est entretenu avec son homologue.",
        [
            "consultation EGY-SDN visit 2025-06-09 @Le Caire",
            "consultation EGY-SDN meeting 2025-06-09 @Le Caire",
        ],
        ["consultation EGY-SDN visit 2025-06-09", "consultation EGY-SDN meeting 2025-06-09"],
        id="visit-capital-and-its-meeting",
    ),
    pytest.param(
        _VISIT,
        "Le roi de Jordanie a entamé lundi une visite d'État au Royaume du Maroc.",
        ["consultation JOR-MAR visit 2025-06-09 @Rabat"],
        ["consultation JOR-MAR visit 2025-06-09"],
        id="visit-capital-kingdom",
    ),
    pytest.param(
        _VISIT,
        "La ministre canadienne a entamé lundi une visite officielle au Vietnam.",
        ["consultation CAN-VNM visit 2025-06-09 @Hanoï"],
        ["consultation CAN-VNM visit 2025-06-09"],
        id="visit-capital-press-spelling",
    ),
    pytest.param(
        _VISIT,
        "Le Premier ministre italien, en visite officielle à Monaco depuis lundi, a rencontré le prince.",
        [
            "consultation ITA-MCO visit 2025-06-09 @Monaco",
            "consultation ITA-MCO meeting 2025-06-09 @Monaco",
        ],
        ["consultation ITA-MCO visit 2025-06-09", "consultation ITA-MCO meeting 2025-06-09"],
        id="visit-capital-city-state",
    ),
    pytest.param(
        _SOURCE,
        "Le Sénégal condamne fermement l'attaque contre la mission de maintien de la paix, indique lundi un communiqué du ministère des Affaires étrangères.",
        ["declaration SEN statement 2025-06-09 @Dakar"],
        ["declaration SEN statement 2025-06-10 @Dakar"],
        id="source-clause-inverted-verb",
    ),
    pytest.param(
        _SOURCE,
        "Le Qatar salue l'accord de cessez-le-feu conclu à Doha, a indiqué lundi soir le ministère des Affaires étrangères.",
        ["declaration QAT statement 2025-06-09 @Doha"],
        ["declaration QAT statement 2025-06-10 @Doha"],
        id="source-clause-compound-tense",
    ),
    pytest.param(
        _SOURCE,
        "Le Kenya exprime sa vive inquiétude face aux combats au Soudan, selon un communiqué publié samedi par la présidence.",
        ["declaration KEN statement 2025-06-07 @Nairobi"],
        ["declaration KEN statement 2025-06-10 @Nairobi"],
        id="source-clause-according-to",
    ),
    pytest.param(
        _SOURCE,
        "La Tunisie dénonce les frappes contre des civils, souligne dimanche un communiqué de la diplomatie tunisienne.",
        ["declaration TUN statement 2025-06-08 @Tunis"],
        ["declaration TUN statement 2025-06-10 @Tunis"],
        id="source-clause-other-verb",
    ),
    pytest.param(
        _SOURCE,
        "La Jordanie salue la trêve\n\nLa Jordanie salue la trêve conclue à Gaza, a précisé dimanche le ministère des Affaires étrangères.",
        ["declaration JOR statement 2025-06-08 @Amman"],
        ["declaration JOR statement 2025-06-10 @Amman"],
        id="source-clause-after-a-headline",
    ),
    pytest.param(
        _MARGIN,
        "Le ministre mauritanien a pris part mercredi au Caire à la session du Conseil de la Ligue arabe. En marge de cette session, il s'est entretenu avec son homologue égyptien.",
        [
            "consultation LAS-MRT meeting 2025-06-04 @Le Caire",
            "consultation EGY-MRT meeting 2025-06-04 @Le Caire",
        ],
        [
            "consultation LAS-MRT meeting 2025-06-04 @Le Caire",
            "consultation EGY-MRT meeting @Le Caire",
        ],
        id="margin-of-a-session",
    ),
    pytest.param(
        _MARGIN,
        "La ministre ghanéenne a pris part jeudi à Abuja à la session du Conseil des ministres de la CEDEAO. Elle s'est entretenue en marge de cette session avec son homologue béninois.",
        [
            "consultation ECOWAS-GHA meeting 2025-06-05 @Abuja",
            "consultation BEN-GHA meeting 2025-06-05 @Abuja",
        ],
        [
            "consultation ECOWAS-GHA meeting 2025-06-05 @Abuja",
            "consultation BEN-GHA meeting @Abuja",
        ],
        id="margin-after-the-verb",
    ),
    pytest.param(
        _MARGIN,
        "Le ministre ivoirien a pris part mardi à Alger à la session du Conseil exécutif de l'Union africaine. En marge des travaux, il s'est entretenu avec son homologue algérien.",
        [
            "consultation AU-CIV meeting 2025-06-10 @Alger",
            "consultation CIV-DZA meeting 2025-06-10 @Alger",
        ],
        ["consultation AU-CIV meeting 2025-06-10 @Alger", "consultation CIV-DZA meeting @Alger"],
        id="margin-of-the-proceedings",
    ),
    pytest.param(
        "place.venue",
        "Macron reçoit le président ghanéen\n\nEmmanuel Macron a reçu mardi à l'Élysée le président ghanéen pour un entretien.",
        ["consultation FRA-GHA meeting 2025-06-10 @Paris"],
        ["consultation FRA-GHA meeting 2025-06-10"],
        id="venue-in-a-sentence-merged-after-the-headline",
    ),
    pytest.param(
        "place.venue",
        "Poutine reçoit le président turc\n\nLe président russe a reçu lundi au Kremlin son homologue turc.",
        ["consultation RUS-TUR meeting 2025-06-09 @Moscou"],
        ["consultation RUS-TUR meeting 2025-06-09"],
        id="venue-seat-of-power-merged",
    ),
    pytest.param(
        _MAIN,
        "Le ministre mauritanien a pris part mercredi au Caire à la session du Conseil de la Ligue arabe. Il a également rencontré le secrétaire général de la Ligue arabe.",
        [
            "consultation LAS-MRT meeting 2025-06-04 @Le Caire",
            "consultation LAS-MRT meeting 2025-06-04 @Le Caire",
        ],
        [
            "consultation LAS-MRT meeting 2025-06-04 @Le Caire",
            "consultation LAS-MRT meeting 2025-06-04",
        ],
        id="main-event-a-session-found-after-assembly",
    ),
    pytest.param(
        _MAIN,
        "La ministre ghanéenne a pris part jeudi à Abuja à la session du Conseil des ministres de la CEDEAO. Elle a ensuite rencontré le président de la Commission de la CEDEAO.",
        [
            "consultation ECOWAS-GHA meeting 2025-06-05 @Abuja",
            "consultation ECOWAS-GHA meeting 2025-06-05 @Abuja",
        ],
        [
            "consultation ECOWAS-GHA meeting 2025-06-05 @Abuja",
            "consultation ECOWAS-GHA meeting 2025-06-05",
        ],
        id="main-event-an-organisation-session",
    ),
    pytest.param(
        _MAIN,
        "Le président togolais a entamé mardi une visite officielle au Ghana. Les deux chefs d'État ont signé un accord sur l'énergie.",
        [
            "consultation GHA-TGO visit 2025-06-10 @Accra",
            "agreement GHA-TGO signed 2025-06-10 @Accra",
        ],
        ["consultation GHA-TGO visit 2025-06-10 @Accra", "agreement GHA-TGO signed 2025-06-10"],
        id="main-event-an-instrument-of-a-visit-placed-late",
    ),
    pytest.param(
        _MAIN,
        "Le Premier ministre malaisien s'est rendu jeudi en Indonésie pour une visite de deux jours. Un mémorandum d'entente sur la pêche a été signé à cette occasion.",
        [
            "consultation IDN-MYS visit 2025-06-05 @Jakarta",
            "agreement IDN-MYS signed 2025-06-05 @Jakarta",
        ],
        ["consultation IDN-MYS visit 2025-06-05 @Jakarta", "agreement IDN-MYS signed 2025-06-05"],
        id="main-event-a-passive-signing-during-a-visit",
    ),
    pytest.param(
        _MAIN,
        "La ministre belge des Affaires étrangères a été reçue lundi par son homologue philippin. Les deux ministres ont adopté une déclaration conjointe sur la sécurité maritime.",
        [
            "consultation BEL-PHL meeting 2025-06-09 @Manille",
            "declaration BEL-PHL joint_declaration 2025-06-09 @Manille",
        ],
        [
            "consultation BEL-PHL meeting 2025-06-09 @Manille",
            "declaration BEL-PHL joint_declaration 2025-06-09",
        ],
        id="main-event-a-joint-text-after-a-reception",
    ),
    pytest.param(
        _OWN,
        "Le ministre japonais des Affaires étrangères a rencontré lundi à New York son homologue sénégalais. Le ministre sénégalais a reçu jeudi l'ambassadeur du Japon.",
        [
            "consultation JPN-SEN meeting 2025-06-09 @New York",
            "consultation JPN-SEN meeting 2025-06-05 @Dakar",
        ],
        [
            "consultation JPN-SEN meeting 2025-06-09 @New York",
            "consultation JPN-SEN meeting 2025-06-05 @New York",
        ],
        id="own-venue-the-host-receives-at-home",
    ),
    pytest.param(
        _OWN,
        "Le ministre indien des Affaires étrangères s'est entretenu lundi à Pékin avec son homologue russe. Il a été reçu jeudi au Kremlin par le président russe.",
        [
            "consultation IND-RUS meeting 2025-06-09 @Pékin",
            "consultation IND-RUS meeting 2025-06-05 @Moscou",
        ],
        [
            "consultation IND-RUS meeting 2025-06-09 @Pékin",
            "consultation IND-RUS meeting 2025-06-05 @Pékin",
        ],
        id="own-venue-a-seat-of-power",
    ),
    pytest.param(
        _OWN,
        "Le ministre français a rencontré lundi à Genève son homologue iranien. Il a ensuite été reçu mardi à l'Élysée par le président français.",
        [
            "consultation FRA-IRN meeting 2025-06-09 @Genève",
            "consultation FRA-IRN meeting 2025-06-10 @Paris",
        ],
        [
            "consultation FRA-IRN meeting 2025-06-09 @Genève",
            "consultation FRA-IRN meeting 2025-06-10 @Genève",
        ],
        id="own-venue-a-palace-after-a-meeting-abroad",
    ),
    pytest.param(
        _OWN,
        "Le ministre sénégalais des Affaires étrangères avait rencontré dimanche à Addis-Abeba son homologue gambien. Il a entamé mardi une visite officielle en Gambie.",
        [
            "consultation GMB-SEN meeting 2025-06-08 @Addis-Abeba",
            "consultation GMB-SEN visit 2025-06-10 @Banjul",
        ],
        [
            "consultation GMB-SEN meeting 2025-06-08 @Addis-Abeba",
            "consultation GMB-SEN visit 2025-06-10 @Addis-Abeba",
        ],
        id="own-venue-the-state-visited",
    ),
    pytest.param(
        _OWN,
        "Le président tunisien a reçu en audience lundi, au palais de Carthage, le chef de la diplomatie libyenne. Les deux ministres ont signé un mémorandum d'entente sur la santé. Ils ont salué l'accord commercial signé à Tripoli en 2021, entré en vigueur le 3 mars dernier.",
        [
            "consultation LBY-TUN meeting 2025-06-09 @Tunis",
            "agreement LBY-TUN signed 2025-06-09 @Tunis",
            "agreement LBY-TUN in_force 2025-03-03 @Tripoli",
        ],
        [
            "consultation LBY-TUN meeting 2025-06-09 @Tripoli",
            "agreement LBY-TUN signed 2025-06-09 @Tripoli",
            "agreement LBY-TUN in_force 2025-03-03 @Tripoli",
        ],
        id="own-venue-then-the-signing-there",
    ),
]
"""A state speaks from the seat of its government, spelt as the French press does; it
approves and ratifies there too."""

SILENT = [
    pytest.param(
        _RULE,
        "Le ministère tunisien des Affaires étrangères a condamné lundi à Genève, devant le Conseil des droits de l'homme, les frappes aériennes.",
        ["declaration TUN statement 2025-06-09"],
        id="issuer-capital-spoken-in-another-city",
    ),
    pytest.param(
        _RULE,
        "Le Maroc et la France ont adopté lundi une déclaration conjointe sur le partenariat stratégique.",
        ["declaration FRA-MAR joint_declaration 2025-06-09"],
        id="issuer-capital-not-a-joint-declaration",
    ),
    pytest.param(
        _RULE,
        "L'Union africaine a condamné lundi le coup d'Etat militaire.",
        ["declaration AU statement 2025-06-09"],
        id="issuer-capital-not-an-organisation",
    ),
    pytest.param(
        _RULE,
        "En 2019, le Sénégal avait condamné l'attaque contre l'ambassade.",
        ["declaration SEN statement 2019 bg"],
        id="issuer-capital-not-background",
    ),
    pytest.param(
        _APPROVER,
        "Le Maroc et le Sénégal ont ratifié lundi la convention d'entraide judiciaire.",
        ["agreement MAR-SEN ratified 2025-06-09"],
        id="approver-capital-two-approvers",
    ),
    pytest.param(
        _APPROVER,
        "La convention avec le Maroc a été ratifiée lundi par le Sénégal et le Maroc.",
        ["agreement MAR-SEN ratified 2025-06-09"],
        id="approver-capital-two-agents",
    ),
    pytest.param(
        _APPROVER,
        "En 2015, le Parlement azerbaïdjanais avait ratifié l'accord de coopération militaire avec la Turquie.",
        ["agreement AZE-TUR ratified 2015 bg"],
        id="approver-capital-not-background",
    ),
    pytest.param(
        _APPROVER,
        "Le Maroc et le Sénégal ont signé lundi une convention d'entraide judiciaire.",
        ["agreement MAR-SEN signed 2025-06-09"],
        id="approver-capital-not-a-signing",
    ),
    pytest.param(
        _HOST,
        "Le ministre marocain a reçu lundi un appel téléphonique de son homologue espagnol.",
        ["consultation ESP-MAR phone_call 2025-06-09"],
        id="host-capital-not-a-call",
    ),
    pytest.param(
        _HOST,
        "Le ministre marocain a reçu lundi à Genève son homologue espagnol.",
        ["consultation ESP-MAR meeting 2025-06-09 @Genève"],
        id="host-capital-place-given",
    ),
    pytest.param(
        _HOST,
        "Le ministre marocain et son homologue espagnol se sont entretenus lundi.",
        ["consultation ESP-MAR meeting 2025-06-09"],
        id="host-capital-no-reception",
    ),
    pytest.param(
        _HOST,
        "En 2019, le président ivoirien avait reçu l'ambassadeur de France.",
        ["consultation CIV-FRA meeting 2019 bg"],
        id="host-capital-not-background",
    ),
    pytest.param(
        _VISIT,
        "Le président kényan a effectué lundi une visite à Mombasa avec le ministre éthiopien.",
        ["consultation ETH-KEN visit 2025-06-09 @Mombasa"],
        id="visit-capital-city-given",
    ),
    pytest.param(
        _VISIT,
        "Le ministre algérien a effectué lundi une visite de travail en Tunisie. Il a été reçu à Sfax par le président tunisien.",
        [
            "consultation DZA-TUN visit 2025-06-09 @Sfax",
            "consultation DZA-TUN meeting 2025-06-09 @Sfax",
        ],
        id="visit-capital-city-told-after",
    ),
    pytest.param(
        _VISIT,
        "En 2019, le président ghanéen avait effectué une visite officielle au Togo.",
        ["consultation GHA-TGO visit 2019 bg"],
        id="visit-capital-not-background",
    ),
    pytest.param(
        _VISIT,
        "Le ministre togolais a effectué lundi une visite de travail au Ghana et au Bénin.",
        ["consultation BEN-GHA-TGO visit 2025-06-09"],
        id="visit-capital-two-destinations",
    ),
    pytest.param(
        _SOURCE,
        "Le Ghana condamne l'attaque perpétrée samedi contre un convoi humanitaire au Soudan.",
        ["declaration GHA statement 2025-06-10 @Accra"],
        id="source-clause-date-of-the-matter",
    ),
    pytest.param(
        _SOURCE,
        "La Côte d'Ivoire salue la libération des otages survenue dimanche au Mali, indique un communiqué.",
        ["declaration CIV statement 2025-06-10 @Abidjan"],
        id="source-clause-undated",
    ),
    pytest.param(
        _MARGIN,
        "Le ministre mauritanien a pris part mercredi au Caire à la session du Conseil de la Ligue arabe. En marge du sommet de l'UA de février, il s'était entretenu avec son homologue égyptien.",
        [
            "consultation LAS-MRT meeting 2025-06-04 @Le Caire",
            "consultation AU-EGY summit",
            "consultation EGY-MRT meeting",
        ],
        id="margin-of-another-gathering",
    ),
    pytest.param(
        _MARGIN,
        "Le ministre mauritanien a pris part mercredi au Caire à la session du Conseil de la Ligue arabe. En marge de cette session, il a eu un entretien téléphonique avec son homologue malien.",
        ["consultation LAS-MRT meeting 2025-06-04 @Le Caire", "consultation MLI-MRT phone_call"],
        id="margin-not-a-call",
    ),
    pytest.param(
        _MAIN,
        "Le ministre mauritanien a pris part mercredi au Caire à la session du Conseil de la Ligue arabe. Il a également eu un entretien téléphonique avec le secrétaire général de la Ligue arabe.",
        [
            "consultation LAS-MRT meeting 2025-06-04 @Le Caire",
            "consultation LAS-MRT phone_call 2025-06-04",
        ],
        id="main-event-not-a-call",
    ),
    pytest.param(
        _MAIN,
        "Le président togolais a entamé mardi une visite officielle au Ghana. Le Togo condamne par ailleurs l'attaque contre une patrouille au Bénin.",
        [
            "consultation GHA-TGO visit 2025-06-10 @Accra",
            "declaration TGO statement 2025-06-10 @Lomé",
        ],
        id="main-event-not-a-state-own-statement",
    ),
    pytest.param(
        _MAIN,
        "Le ministre mauritanien a pris part mercredi au Caire à la session du Conseil de la Ligue arabe. Jeudi, à Alger, il a rencontré le président algérien.",
        [
            "consultation LAS-MRT meeting 2025-06-04 @Le Caire",
            "consultation DZA-MRT meeting 2025-06-05 @Alger",
        ],
        id="main-event-a-place-of-its-own",
    ),
    pytest.param(
        _OWN,
        "Le ministre ghanéen s'est rendu lundi à Lomé. Il a rencontré mardi le président togolais.",
        [
            "consultation GHA-TGO visit 2025-06-09 @Lomé",
            "consultation GHA-TGO meeting 2025-06-10 @Lomé",
        ],
        id="own-venue-none-the-visit-city-stays",
    ),
    pytest.param(
        _OWN,
        "Le ministre sénégalais a rencontré lundi à New York son homologue nigérien. Le Sénégal condamne l'attaque contre une caserne au Niger.",
        [
            "consultation NER-SEN meeting 2025-06-09 @New York",
            "declaration SEN statement 2025-06-10 @Dakar",
        ],
        id="own-venue-a-statement-placed-by-itself",
    ),
    pytest.param(
        _OWN,
        "Le président ivoirien est arrivé lundi à Marrakech pour une visite officielle au Maroc. Il a été reçu mardi par le roi du Maroc.",
        [
            "consultation CIV-MAR visit 2025-06-09 @Marrakech",
            "consultation CIV-MAR meeting 2025-06-10 @Marrakech",
        ],
        id="own-venue-a-city-of-the-host-state-stays",
    ),
]
"""Two sides, another city of utterance, an organisation, a past statement: no capital;
two approvers, a past approval, a signing: no capital either; nor for a call, a meeting
placed by the text, talks with no host, a past reception."""

TRACED = [
    _RULE,
    _APPROVER,
    _HOST,
    _VISIT,
    _SOURCE,
    _MARGIN,
    _MAIN,
    _OWN,
    "place.venue",
    "date.stage",
]


test_rule_fires, test_traced_rules_are_in_the_trace, test_rule_does_not_fire = RULE_TESTS
