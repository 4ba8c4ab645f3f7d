# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""Party rules: which sides an event has.

Each example compares the extraction with every rule on and with only its rule switched
off (:mod:`_examples`). The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from _examples import RULE_TESTS

FIRES = [
    pytest.param(
        "parties.own-office",
        "Le président de la République, Paul Biya, a ratifié lundi l'accord de transport avec le Tchad. Par un second décret, la convention sanitaire conclue avec la Guinée équatoriale a été ratifiée par le chef de l'Etat. Le Tchad n'a pas encore ratifié l'accord, selon N'Djamena, et le Tchad attend.",
        [
            "agreement CMR-TCD ratified 2025-06-09 @Yaoundé",
            "agreement CMR-GNQ ratified 2025-06-09",
        ],
        [
            "agreement CMR-TCD ratified 2025-06-09 @Yaoundé",
            "agreement GNQ-TCD ratified 2025-06-09",
        ],
        id="parties.own-office",
    ),
    pytest.param(
        "parties.clause",
        "Le ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais. Le Mali et la Guinée ont signé mardi un accord sur les transports.",
        ["consultation MAR-SEN meeting 2025-06-09 @Rabat", "agreement GIN-MLI signed 2025-06-10"],
        [
            "consultation MAR-SEN meeting 2025-06-09 @Rabat",
            "agreement MAR-SEN signed 2025-06-10 @Rabat",
        ],
        id="parties.clause",
    ),
    pytest.param(
        "parties.persons+parties.main-pair",
        "M. Amadou Diallo, ministre guinéen des Transports, est arrivé dimanche à Bamako. Lundi, M. Diallo a rencontré le ministre malien des Transports.",
        [
            "consultation GIN-MLI visit 2025-06-08 @Bamako",
            "consultation GIN-MLI meeting 2025-06-09 @Bamako",
        ],
        ["consultation GIN-MLI visit 2025-06-08 @Bamako"],
        id="parties.persons",
    ),
    pytest.param(
        "parties.both+parties.main-pair",
        "Le ministre marocain s'est entretenu lundi avec son homologue sénégalais. Les deux pays ont signé un accord sur la pêche.",
        ["consultation MAR-SEN meeting 2025-06-09", "agreement MAR-SEN signed 2025-06-09"],
        ["consultation MAR-SEN meeting 2025-06-09"],
        id="parties.both",
    ),
    pytest.param(
        "parties.dyad+parties.attending",
        "Les consultations politiques Vietnam-Laos se sont tenues lundi à Hanoï, en présence de l'ambassadeur de France.",
        ["consultation LAO-VNM political_consultations 2025-06-09 @Hanoï"],
        ["consultation FRA-LAO-VNM political_consultations 2025-06-09 @Hanoï"],
        id="parties.dyad",
    ),
    pytest.param(
        "parties.host-organisation+parties.attending",
        "La réunion ministérielle de l'ASEAN s'est tenue lundi à Jakarta en présence du Vietnam et de la Thaïlande.",
        ["consultation ASEAN meeting 2025-06-09 @Jakarta"],
        ["consultation ASEAN-THA-VNM meeting 2025-06-09 @Jakarta"],
        id="parties.host-organisation",
    ),
    pytest.param(
        "parties.host-organisation",
        "Installé depuis dimanche à Bakou, capitale de l'Azerbaïdjan, le Premier ministre pakistanais Shehbaz Sharif a participé lundi au sommet de l'Organisation de coopération économique.",
        [
            "consultation ECO-PAK summit 2025-06-09 @Bakou",
            "consultation AZE-PAK visit 2025-06-09 @Bakou",
        ],
        ["consultation AZE-ECO-PAK summit 2025-06-09 @Bakou"],
        id="parties.host-organisation-person-not-place",
    ),
    pytest.param(
        "parties.host-organisation",
        "Le secrétaire général de l'ONU, António Guterres, a pris part lundi au sommet de l'Union africaine à Addis-Abeba.",
        ["consultation AU summit 2025-06-09 @Addis-Abeba"],
        ["consultation AU-UN summit 2025-06-09 @Addis-Abeba"],
        id="parties.host-organisation-official-of-another",
    ),
    pytest.param(
        "parties.host-organisation",
        "Le Mali s'est retiré de la CEDEAO peu après un sommet de l'organisation réuni le 3 mars à Abuja. Le ministre malien a reçu lundi à Bamako son homologue nigérien.",
        [
            "consultation ECOWAS summit 2025-03-03 @Abuja",
            "consultation MLI-NER meeting 2025-06-09 @Bamako",
        ],
        [
            "consultation ECOWAS-MLI summit 2025-03-03 @Abuja",
            "consultation MLI-NER meeting 2025-06-09 @Bamako",
        ],
        id="parties.host-organisation-named-again",
    ),
    pytest.param(
        "parties.host-organisation",
        "Le Burundi a critiqué la décision de la Communauté d'Afrique de l'Est, prise lors de la réunion ministérielle de l'organisation, tenue lundi à Arusha.",
        ["consultation EAC meeting 2025-06-09 @Arusha", "declaration BDI statement @Gitega"],
        ["consultation BDI-EAC meeting 2025-06-09 @Arusha", "declaration BDI statement @Gitega"],
        id="parties.host-organisation-named-again-meeting",
    ),
    pytest.param(
        "parties.instrument-complement",
        "Fort de son soutien à l'accord entre le Mali et la Guinée, le ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais.",
        ["consultation MAR-SEN meeting 2025-06-09 @Rabat"],
        ["consultation GIN-MAR-MLI-SEN meeting 2025-06-09 @Rabat"],
        id="parties.instrument-complement",
    ),
    pytest.param(
        "parties.margin+parties.organisation-frame",
        "En marge du sommet de l'Union africaine, le ministre marocain s'est entretenu lundi avec son homologue sénégalais.",
        ["consultation AU-MAR summit 2025-06-09", "consultation MAR-SEN meeting 2025-06-09"],
        ["consultation AU-MAR summit 2025-06-09", "consultation AU-MAR-SEN meeting 2025-06-09"],
        id="parties.margin",
    ),
    pytest.param(
        "parties.margin+parties.organisation-frame",
        "Sur le lieu du sommet de l'Union africaine, le président sénégalais a échangé brièvement avec son homologue malien.",
        ["consultation AU-SEN summit", "consultation MLI-SEN meeting"],
        ["consultation AU-SEN summit", "consultation AU-MLI-SEN meeting"],
        id="parties.margin-on-the-site",
    ),
    # « a représenté X au sommet »: who is represented is the organisation's participant
    pytest.param(
        "parties.represented",
        "Le président togolais a reçu lundi à Lomé son homologue béninois. Le vice-président de la République a représenté le président Alassane Ouattara au sommet de la CEDEAO tenu samedi à Abuja.",
        [
            "consultation BEN-TGO meeting 2025-06-09 @Lomé",
            "consultation CIV-ECOWAS summit 2025-06-07 @Abuja",
        ],
        [
            "consultation BEN-TGO meeting 2025-06-09 @Lomé",
            "consultation ECOWAS summit 2025-06-07 @Abuja",
        ],
        id="parties.represented-leader",
    ),
    pytest.param(
        "parties.represented",
        "Le Premier ministre marocain a reçu lundi à Rabat son homologue espagnol. Le prince héritier a représenté le roi Mohammed VI au sommet de la Ligue arabe tenu samedi à Bagdad.",
        [
            "consultation ESP-MAR meeting 2025-06-09 @Rabat",
            "consultation LAS-MAR summit 2025-06-07 @Bagdad",
        ],
        [
            "consultation ESP-MAR meeting 2025-06-09 @Rabat",
            "consultation LAS summit 2025-06-07 @Bagdad",
        ],
        id="parties.represented-sovereign",
    ),
    pytest.param(
        "parties.represented",
        "Le chef de la diplomatie kényane a reçu mardi à Nairobi son homologue ougandais. Le vice-président de la République représentait le Kenya au sommet de l'IGAD organisé jeudi à Addis-Abeba.",
        [
            "consultation KEN-UGA meeting 2025-06-10 @Nairobi",
            "consultation IGAD-KEN summit 2025-06-05 @Addis-Abeba",
        ],
        [
            "consultation KEN-UGA meeting 2025-06-10 @Nairobi",
            "consultation IGAD summit 2025-06-05 @Addis-Abeba",
        ],
        id="parties.represented-state",
    ),
    pytest.param(
        "parties.own-clause",
        "Avant le Kenya, le ministre ghanéen des Affaires étrangères s'était rendu lundi en Ouganda, où il s'est entretenu avec son homologue ougandais.",
        [
            "consultation GHA-UGA visit 2025-06-09 @Kampala",
            "consultation GHA-UGA meeting 2025-06-09 @Kampala",
        ],
        [
            "consultation GHA-KEN-UGA visit 2025-06-09 @Kampala",
            "consultation GHA-KEN-UGA meeting 2025-06-09 @Kampala",
        ],
        id="parties.own-clause-stage-before",
    ),
    pytest.param(
        "parties.own-clause",
        "Avant de rejoindre Dakar, le président malien a été reçu mardi à Nouakchott par le président mauritanien.",
        ["consultation MLI-MRT meeting 2025-06-10 @Nouakchott"],
        ["consultation MLI-MRT-SEN meeting 2025-06-10 @Nouakchott"],
        id="parties.own-clause-stage-next",
    ),
    pytest.param(
        "parties.own-clause",
        "Après avoir quitté Nairobi, le Premier ministre éthiopien s'est entretenu mercredi à Kampala avec le président ougandais.",
        ["consultation ETH-UGA meeting 2025-06-04 @Kampala"],
        ["consultation ETH-KEN-UGA meeting 2025-06-04 @Kampala"],
        id="parties.own-clause-stage-left",
    ),
    pytest.param(
        "parties.own-clause",
        "Après l'Égypte et la Jordanie, le chef de la diplomatie japonaise a effectué dimanche une visite officielle au Liban.",
        ["consultation JPN-LBN visit 2025-06-08 @Beyrouth"],
        ["consultation EGY-JOR-JPN-LBN visit 2025-06-08 @Beyrouth"],
        id="parties.own-clause-stage-two",
    ),
]
SILENT = [
    # two states represented, or the representative's own state before the verb
    pytest.param(
        "parties.represented",
        "Le président togolais a reçu lundi à Lomé son homologue béninois. Le vice-président de la République a représenté le Togo et le Bénin au sommet de la CEDEAO tenu samedi à Abuja.",
        [
            "consultation BEN-TGO meeting 2025-06-09 @Lomé",
            "consultation ECOWAS summit 2025-06-07 @Abuja",
        ],
        id="parties.represented-two-states",
    ),
    pytest.param(
        "parties.represented",
        "Le président togolais a reçu lundi à Lomé son homologue béninois. Le ministre ghanéen a représenté le président au sommet de la CEDEAO tenu samedi à Abuja.",
        [
            "consultation BEN-TGO meeting 2025-06-09 @Lomé",
            "consultation ECOWAS-GHA summit 2025-06-07 @Abuja",
        ],
        id="parties.represented-own-state-first",
    ),
    pytest.param(
        "parties.own-office",
        "Le président de la République, Macky Sall, a reçu lundi à Dakar le ministre malien des Affaires étrangères. Le Mali et le Sénégal ont signé un accord sur la pêche.",
        [
            "consultation MLI-SEN meeting 2025-06-09 @Dakar",
            "agreement MLI-SEN signed 2025-06-09 @Dakar",
        ],
        id="parties.own-office-both-named",
    ),
    pytest.param(
        "parties.dyad",
        "Le ministre malien s'est entretenu lundi à Bamako avec son homologue guinéen. Ils ont parlé de la route Mali-Guinée.",
        ["consultation GIN-MLI meeting 2025-06-09 @Bamako"],
        id="parties.dyad",
    ),
    pytest.param(
        "parties.host-organisation",
        "Le Vietnam a participé lundi à la réunion ministérielle de l'ASEAN à Jakarta.",
        ["consultation ASEAN-VNM meeting 2025-06-09 @Jakarta"],
        id="parties.host-organisation",
    ),
    pytest.param(
        "parties.host-organisation",
        "Le président ivoirien Alassane Ouattara, qui se trouve depuis samedi dans la capitale nigériane, a assisté lundi au sommet de la CEDEAO.",
        ["consultation CIV-ECOWAS summit 2025-06-09 @Abuja"],
        id="parties.host-organisation-attended",
    ),
    pytest.param(
        "parties.host-organisation",
        "Arrivé dimanche dans la capitale kazakhe, le président ouzbek Chavkat Mirzioïev a assisté lundi au sommet de l'OCS.",
        [
            "consultation SCO-UZB summit 2025-06-09 @Astana",
            "consultation KAZ-UZB visit 2025-06-08 @Astana",
        ],
        id="parties.host-organisation-attended-after-arrival",
    ),
    pytest.param(
        "parties.instrument-complement",
        "Le ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais de son soutien à un accord entre le Mali et la Guinée.",
        ["consultation MAR-SEN meeting 2025-06-09 @Rabat"],
        id="parties.instrument-complement",
    ),
    pytest.param(
        "parties.margin",
        "Le ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais, en marge de la réunion.",
        ["consultation MAR-SEN meeting 2025-06-09 @Rabat"],
        id="parties.margin",
    ),
    pytest.param(
        "parties.own-clause",
        "Avant de quitter le Gabon, le ministre camerounais a été reçu lundi par le président Brice Oligui Nguema.",
        ["consultation CMR-GAB meeting 2025-06-09"],
        id="parties.own-clause-stage-still-there",
    ),
    pytest.param(
        "parties.own-clause",
        "Avant la réunion, le ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais.",
        ["consultation MAR-SEN meeting 2025-06-09 @Rabat"],
        id="parties.own-clause-stage-no-place",
    ),
    pytest.param(
        "parties.both",
        "Le Maroc et le Sénégal ont signé lundi deux accords sur la pêche.",
        ["agreement MAR-SEN signed 2025-06-09 x2"],
        id="parties.both",
    ),
]
"""Texts where the rule's words stand but it must not fire: the same outcome with it off."""
TRACED: list[str] = [
    "parties.clause",
    "parties.dyad",
    "parties.host-organisation",
    "parties.persons",
    "parties.own-clause",
    "parties.represented",
]
"""The rules that write their name in the trace of the events of their example."""


test_rule_fires, test_traced_rules_are_in_the_trace, test_rule_does_not_fire = RULE_TESTS
