# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""Organisations' gatherings and the texts they issue, by their vocabulary: a council
that « s'est réuni », « a tenu lundi à Niamey sa session »; a long name followed by its
acronym (« … de l'Afrique centrale (CEEAC) »); a final text named with no gathering but
stating something (« Dans un communiqué final, le Conseil a salué … »), or issued « à
l'issue des travaux »; the organisation, not a state taking part, issues it; and what
is none (a text cited as the source, a text to come, a session to come). A state said to
attend a summit abroad visits its host (« a participé au sommet de l'OTAN organisé à La
Haye »), not when it is the host, when none is said to attend, or when it will.

Each example compares the extraction with every rule on and with only its rule switched
off (:mod:`_examples`). The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from _examples import RULE_TESTS

FIRES = [
    pytest.param(
        "consultation.gathering",
        "Le Conseil des ministres de la SADC s'est réuni lundi à Gaborone.",
        ["consultation SADC meeting 2025-06-09 @Gaborone"],
        [],
        id="consultation.gathering-council-met",
    ),
    pytest.param(
        "consultation.gathering",
        "Le Conseil des ministres de l'AES a tenu lundi à Niamey sa deuxième session ordinaire.",
        ["consultation AES meeting 2025-06-09 @Niamey r2"],
        [],
        id="consultation.gathering-held-its-session-after-day-and-place",
    ),
    pytest.param(
        "declaration.of-gathering",
        "Le sommet de l'Union africaine s'est tenu lundi à Addis-Abeba. Dans le communiqué final publié à l'issue des travaux, les chefs d'État ont condamné les coups d'État.",
        [
            "consultation AU summit 2025-06-09 @Addis-Abeba",
            "declaration AU joint_communique 2025-06-09 @Addis-Abeba",
        ],
        ["consultation AU summit 2025-06-09 @Addis-Abeba"],
        id="declaration.of-gathering-after-the-proceedings",
    ),
    pytest.param(
        "declaration.of-gathering",
        "Le Premier ministre haïtien a participé lundi à Georgetown à la réunion de la Conférence des dirigeants de la CARICOM. Mardi, il a rencontré la secrétaire générale de la CARICOM. Dans le communiqué final, les dirigeants ont salué les progrès de la mission.",
        [
            "consultation CARICOM-HTI meeting 2025-06-09 @Georgetown",
            "consultation CARICOM-HTI meeting 2025-06-10 @Georgetown",
            "declaration CARICOM joint_communique 2025-06-09 @Georgetown",
        ],
        [
            "consultation CARICOM-HTI meeting 2025-06-09 @Georgetown",
            "consultation CARICOM-HTI meeting 2025-06-10 @Georgetown",
        ],
        id="declaration.of-gathering-not-the-talk-on-its-margin",
    ),
    pytest.param(
        "declaration.of-gathering",
        "La 12e session du Conseil des ministres de la SADC s'est achevée mardi à Gaborone. Dans un communiqué final, le Conseil a salué les progrès de l'intégration régionale.",
        [
            "consultation SADC meeting 2025-06-10 @Gaborone r12",
            "declaration SADC joint_communique 2025-06-10 @Gaborone",
        ],
        ["consultation SADC meeting 2025-06-10 @Gaborone r12"],
        id="declaration.of-gathering-final-text-stating",
    ),
    pytest.param(
        "declaration.of-gathering",
        "Le Conseil des ministres de l'AES s'est réuni lundi à Bamako. Dans leur déclaration finale, les ministres ont dénoncé les sanctions.",
        [
            "consultation AES meeting 2025-06-09 @Bamako",
            "declaration AES joint_declaration 2025-06-09 @Bamako",
        ],
        ["consultation AES meeting 2025-06-09 @Bamako"],
        id="declaration.of-gathering-final-declaration-stating",
    ),
    pytest.param(
        "declaration.of-gathering",
        "Le ministre gabonais a pris part lundi à Djeddah à la session du Conseil des ministres de l'OCI. Il a rencontré le secrétaire général de l'OCI. Dans un communiqué publié à l'issue de la réunion, le Conseil a condamné les attaques contre les mosquées.",
        [
            "consultation GAB-OIC meeting 2025-06-09 @Djeddah",
            "consultation GAB-OIC meeting 2025-06-09 @Djeddah",
            "declaration OIC joint_communique 2025-06-09 @Djeddah",
        ],
        [
            "consultation GAB-OIC meeting 2025-06-09 @Djeddah",
            "consultation GAB-OIC meeting 2025-06-09 @Djeddah",
        ],
        id="declaration.of-gathering-own-gathering-issues",
    ),
    pytest.param(
        "consultation.summit-trip",
        "Le Premier ministre belge a participé mardi et mercredi au sommet de l'OTAN organisé à La Haye.",
        [
            "consultation BEL-NATO summit 2025-06-03/2025-06-04 @La Haye",
            "consultation BEL-NLD visit 2025-06-03/2025-06-04 @La Haye",
        ],
        ["consultation BEL-NATO summit 2025-06-03/2025-06-04 @La Haye"],
        id="consultation.summit-trip-nato",
    ),
    pytest.param(
        "consultation.summit-trip",
        "Le président sénégalais a pris part lundi au sommet de l'Union africaine à Addis-Abeba.",
        [
            "consultation AU-SEN summit 2025-06-09 @Addis-Abeba",
            "consultation ETH-SEN visit 2025-06-09 @Addis-Abeba",
        ],
        ["consultation AU-SEN summit 2025-06-09 @Addis-Abeba"],
        id="consultation.summit-trip-au",
    ),
    pytest.param(
        "consultation.summit-trip",
        "Le président ghanéen a participé lundi à Abuja au sommet de la CEDEAO.",
        [
            "consultation ECOWAS-GHA summit 2025-06-09 @Abuja",
            "consultation GHA-NGA visit 2025-06-09 @Abuja",
        ],
        ["consultation ECOWAS-GHA summit 2025-06-09 @Abuja"],
        id="consultation.summit-trip-place-first",
    ),
    pytest.param(
        "declaration.organisation-text",
        "Le chef de l'État ghanéen a pris part lundi à Abuja au sommet de la CEDEAO. Dans le communiqué final, les dirigeants de la région ont condamné les coups de force au Sahel.",
        [
            "consultation ECOWAS-GHA summit 2025-06-09 @Abuja",
            "consultation GHA-NGA visit 2025-06-09 @Abuja",
            "declaration ECOWAS joint_communique 2025-06-09 @Abuja",
        ],
        [
            "consultation ECOWAS-GHA summit 2025-06-09 @Abuja",
            "consultation GHA-NGA visit 2025-06-09 @Abuja",
            "declaration ECOWAS-GHA joint_communique 2025-06-09 @Abuja",
        ],
        id="declaration.organisation-text-member-taking-part",
    ),
    pytest.param(
        "declaration.organisation-text",
        "Le président kényan a participé lundi à Addis-Abeba au sommet de l'Union africaine. Dans le communiqué final, les chefs d'État ont appelé à un cessez-le-feu au Soudan.",
        [
            "consultation AU-KEN summit 2025-06-09 @Addis-Abeba",
            "consultation ETH-KEN visit 2025-06-09 @Addis-Abeba",
            "declaration AU joint_communique 2025-06-09 @Addis-Abeba",
        ],
        [
            "consultation AU-KEN summit 2025-06-09 @Addis-Abeba",
            "consultation ETH-KEN visit 2025-06-09 @Addis-Abeba",
            "declaration AU-KEN joint_communique 2025-06-09 @Addis-Abeba",
        ],
        id="declaration.organisation-text-heads-of-state-call",
    ),
    pytest.param(
        "declaration.closing-sides",
        "Le président togolais a effectué lundi une visite officielle à Cotonou, où il a été reçu par son homologue béninois. Un communiqué conjoint rendu public à l'issue de la visite condamne les attaques jihadistes au Burkina Faso.",
        [
            "consultation BEN-TGO visit 2025-06-09 @Cotonou",
            "consultation BEN-TGO meeting 2025-06-09 @Cotonou",
            "declaration BEN-TGO joint_communique 2025-06-09 @Cotonou",
        ],
        [
            "consultation BEN-TGO visit 2025-06-09 @Cotonou",
            "consultation BEN-TGO meeting 2025-06-09 @Cotonou",
            "declaration BFA-TGO joint_communique 2025-06-09 @Cotonou",
        ],
        id="declaration.closing-sides-after-the-visit",
    ),
    pytest.param(
        "declaration.closing-sides",
        "Le chef de la diplomatie ghanéenne a rencontré lundi à Lomé son homologue togolais. Un communiqué conjoint rendu public à l'issue de la réunion salue les efforts de la Guinée pour le retour à l'ordre constitutionnel.",
        [
            "consultation GHA-TGO meeting 2025-06-09 @Lomé",
            "declaration GHA-TGO joint_communique 2025-06-09 @Lomé",
        ],
        [
            "consultation GHA-TGO meeting 2025-06-09 @Lomé",
            "declaration GIN-TGO joint_communique 2025-06-09 @Lomé",
        ],
        id="declaration.closing-sides-after-the-meeting",
    ),
]
"""Texts where the rule fires: the events with it on, then with it off."""
SILENT = [
    pytest.param(
        "consultation.gathering",
        "Le 12e sommet ordinaire de la Conférence des chefs d'État et de gouvernement de la Communauté économique des États de l'Afrique centrale (CEEAC) s'est tenu samedi à Libreville.",
        ["consultation ECCAS summit 2025-06-07 @Libreville r12"],
        id="consultation.gathering-name-then-acronym-assembled",
    ),
    pytest.param(
        "declaration.of-gathering",
        "Le sommet de l'Union africaine s'est tenu lundi à Addis-Abeba. Selon le communiqué final, les chefs d'État ont condamné les coups d'État.",
        ["consultation AU summit 2025-06-09 @Addis-Abeba"],
        id="declaration.of-gathering-relayed",
    ),
    pytest.param(
        "declaration.of-gathering",
        "Le sommet de l'Union africaine s'est tenu lundi à Addis-Abeba. Un communiqué final sera publié mardi.",
        ["consultation AU summit 2025-06-09 @Addis-Abeba"],
        id="declaration.of-gathering-future",
    ),
    pytest.param(
        "declaration.of-gathering",
        "Le sommet de l'Union africaine s'est tenu lundi à Addis-Abeba. Dans le communiqué final, les dirigeants ont évoqué la situation au Soudan.",
        ["consultation AU summit 2025-06-09 @Addis-Abeba"],
        id="declaration.of-gathering-content-not-a-statement",
    ),
    pytest.param(
        "consultation.gathering",
        "Le Conseil des ministres de la SADC se réunira lundi à Gaborone. Le ministre botswanais s'est entretenu mardi avec son homologue zambien.",
        ["consultation BWA-ZMB meeting 2025-06-10"],
        id="consultation.gathering-future-session",
    ),
    pytest.param(
        "consultation.summit-trip",
        "Le président nigérian a participé lundi à Abuja au sommet de la CEDEAO.",
        ["consultation ECOWAS-NGA summit 2025-06-09 @Abuja"],
        id="consultation.summit-trip-host-attends",
    ),
    pytest.param(
        "consultation.summit-trip",
        "Le sommet de l'OTAN s'est tenu mardi à La Haye. Le Premier ministre belge s'est entretenu mardi avec son homologue néerlandais.",
        [
            "consultation NATO summit 2025-06-10 @La Haye",
            "consultation BEL-NLD meeting 2025-06-10 @La Haye",
        ],
        id="consultation.summit-trip-nobody-said-to-attend",
    ),
    pytest.param(
        "consultation.summit-trip",
        "Le président sénégalais participera lundi au sommet de l'Union africaine à Addis-Abeba. Il s'est entretenu mardi avec son homologue malien.",
        ["consultation MLI-SEN meeting 2025-06-10"],
        id="consultation.summit-trip-will-attend",
    ),
    pytest.param(
        "consultation.summit-trip",
        "Le président sénégalais est arrivé dimanche en Éthiopie pour une visite de travail. Il a pris part lundi au sommet de l'Union africaine à Addis-Abeba.",
        [
            "consultation ETH-SEN visit 2025-06-08 @Addis-Abeba",
            "consultation AU summit 2025-06-09 @Addis-Abeba",
        ],
        id="consultation.summit-trip-visit-told",
    ),
    pytest.param(
        "declaration.organisation-text",
        "L'Union européenne et le Japon ont tenu lundi un sommet à Tokyo. À l'issue des entretiens, les deux dirigeants ont publié une déclaration commune.",
        [
            "consultation EU-JPN summit 2025-06-09 @Tokyo",
            "declaration EU-JPN joint_declaration 2025-06-09 @Tokyo",
        ],
        id="declaration.organisation-text-sides-counted",
    ),
    pytest.param(
        "declaration.organisation-text",
        "Le Canada et l'Union européenne ont tenu lundi un sommet à Ottawa. Ottawa et l'Union ont publié une déclaration commune sur le commerce.",
        [
            "consultation CAN-EU summit 2025-06-09 @Ottawa",
            "declaration CAN-EU joint_declaration 2025-06-09 @Ottawa",
        ],
        id="declaration.organisation-text-state-named",
    ),
    pytest.param(
        "declaration.closing-sides",
        "Le ministre tchadien a rencontré lundi à Khartoum le secrétaire général de la Ligue arabe. Le Conseil de la Ligue, dans un communiqué diffusé à l'issue de la réunion, a dénoncé les bombardements visant des civils.",
        [
            "consultation LAS-TCD meeting 2025-06-09 @Khartoum",
            "declaration LAS joint_communique 2025-06-09 @Khartoum",
        ],
        id="declaration.closing-sides-one-side-own-text",
    ),
    pytest.param(
        "declaration.closing-sides",
        "Le Premier ministre japonais a reçu lundi à Tokyo la présidente de la Commission européenne. À l'issue des entretiens, les trois dirigeants ont publié une déclaration commune sur le commerce.",
        [
            "consultation EU-JPN meeting 2025-06-09 @Tokyo",
            "declaration EU-JPN joint_declaration 2025-06-09 @Tokyo",
        ],
        id="declaration.closing-sides-counted-otherwise",
    ),
]
"""Texts where the rule's words stand but it must not fire: the same outcome with it off."""
TRACED: list[str] = [
    "consultation.gathering",
    "declaration.of-gathering",
    "consultation.summit-trip",
    "declaration.organisation-text",
    "declaration.closing-sides",
]
"""The rules that write their name in the trace of the events of their example."""


test_rule_fires, test_traced_rules_are_in_the_trace, test_rule_does_not_fire = RULE_TESTS
