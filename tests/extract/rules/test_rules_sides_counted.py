# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""Side rules of the twelfth accuracy round (acc14s): an organisation an instrument
creates is none of its sides, an instrument whose sentence counts its sides takes
those of the last event of that many parties, a tripartite meeting with two sides named
takes the third the article names most, and the persons of a statement's subject are its
issuers.

Each example compares the extraction with every rule on and with only its rule switched
off (:mod:`_examples`). The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from _examples import RULE_TESTS

FIRES = [
    pytest.param(
        "parties.created-body",
        "Le Ghana et le Togo ont signé lundi à Accra le traité portant création de la Communauté économique des États de l'Afrique de l'Ouest.",
        ["agreement GHA-TGO signed 2025-06-09 @Accra"],
        ["agreement ECOWAS-GHA-TGO signed 2025-06-09 @Accra"],
        id="created-body-creation",
    ),
    pytest.param(
        "parties.created-body",
        "Le Kenya et l'Ouganda ont signé mardi à Nairobi une charte instituant l'Autorité intergouvernementale pour le développement.",
        ["agreement KEN-UGA signed 2025-06-10 @Nairobi"],
        ["agreement IGAD-KEN-UGA signed 2025-06-10 @Nairobi"],
        id="created-body-instituting",
    ),
    pytest.param(
        "parties.created-body",
        "L'Argentine et le Brésil ont signé lundi à Asunción le traité qui crée le Mercosur.",
        ["agreement ARG-BRA signed 2025-06-09 @Asunción"],
        ["agreement ARG-BRA-MERCOSUR signed 2025-06-09 @Asunción"],
        id="created-body-relative",
    ),
    pytest.param(
        "parties.created-body",
        "Le Gabon et le Cameroun ont conclu mardi à Libreville un accord portant création de la CEEAC.",
        ["agreement CMR-GAB signed 2025-06-10 @Libreville"],
        ["agreement CMR-ECCAS-GAB signed 2025-06-10 @Libreville"],
        id="created-body-concluded",
    ),
    pytest.param(
        "parties.the-n-sides",
        "Le Mali, le Niger et le Burkina Faso ont tenu lundi à Bamako un sommet. Le Sénégal et la Gambie ont tenu leur commission mixte. Le Sénégal et la Gambie ont aussi parlé de la pêche.\nLes trois pays avaient signé, en mars 2023, une charte de défense mutuelle.",
        [
            "consultation BFA-MLI-NER summit 2025-06-09 @Bamako",
            "consultation GMB-SEN joint_commission",
            "agreement BFA-MLI-NER signed 2023-03 bg",
        ],
        [
            "consultation BFA-MLI-NER summit 2025-06-09 @Bamako",
            "consultation GMB-SEN joint_commission",
            "agreement GMB-SEN signed 2023-03 bg",
        ],
        id="the-n-sides-pluperfect",
    ),
    pytest.param(
        "parties.the-n-sides",
        "La Grèce, Chypre et l'Égypte ont tenu lundi au Caire un sommet tripartite. L'Égypte remercie la Grèce. Chypre remercie l'Égypte.\nAu terme de la rencontre, les trois dirigeants ont signé un mémorandum sur l'énergie.",
        [
            "consultation CYP-EGY-GRC summit 2025-06-09 @Le Caire",
            "agreement CYP-EGY-GRC signed 2025-06-09 @Le Caire",
        ],
        [
            "consultation CYP-EGY-GRC summit 2025-06-09 @Le Caire",
            "agreement EGY-GRC signed 2025-06-09 @Le Caire",
        ],
        id="the-n-sides-leaders",
    ),
    pytest.param(
        "parties.the-n-sides",
        "Le Brésil, l'Argentine, l'Uruguay et le Paraguay ont tenu lundi à Montevideo une réunion ministérielle. Le Brésil salue l'Uruguay.\nLes quatre pays ont ensuite signé un accord sur les douanes.",
        [
            "consultation ARG-BRA-PRY-URY meeting 2025-06-09 @Montevideo",
            "declaration BRA statement 2025-06-10 @Brasilia",
            "agreement ARG-BRA-PRY-URY signed 2025-06-09 @Montevideo",
        ],
        [
            "consultation ARG-BRA-PRY-URY meeting 2025-06-09 @Montevideo",
            "declaration BRA statement 2025-06-10 @Brasilia",
            "agreement BRA-URY signed 2025-06-09 @Montevideo",
        ],
        id="the-n-sides-four",
    ),
    pytest.param(
        "parties.persons",
        "Lundi à Paris, Emmanuel Macron et le chancelier allemand, Klaus Weber, ont signé une déclaration sur la défense spatiale.",
        ["declaration DEU-FRA statement 2025-06-09 @Paris"],
        ["declaration DEU statement 2025-06-09 @Paris"],
        id="persons-declaration-joined",
    ),
    pytest.param(
        "parties.persons",
        "En mars, à Brasilia, Lula da Silva et le président argentin, Pedro Alvarez, ont adopté une déclaration sur le climat.",
        ["declaration ARG-BRA statement 2025-03 @Brasilia"],
        ["declaration ARG statement 2025-03 @Brasilia"],
        id="persons-declaration-adopted",
    ),
    pytest.param(
        "parties.persons",
        "Mardi à Ankara, Recep Tayyip Erdoğan et le président azerbaïdjanais, Farid Mammadov, ont signé une déclaration sur l'énergie.",
        ["declaration AZE-TUR statement 2025-06-10 @Ankara"],
        ["declaration AZE statement 2025-06-10 @Ankara"],
        id="persons-declaration-leader",
    ),
    pytest.param(
        "parties.counted-third",
        "Le Kenya, l'Ouganda et la Tanzanie coopèrent sur le lac Victoria. Le président kényan et le président ougandais se sont réunis lundi en sommet tripartite. La Tanzanie a salué la rencontre.",
        ["consultation KEN-TZA-UGA summit 2025-06-09", "declaration TZA statement @Dodoma"],
        ["consultation KEN-UGA summit 2025-06-09", "declaration TZA statement @Dodoma"],
        id="counted-third-summit",
    ),
    pytest.param(
        "parties.counted-third",
        "L'Égypte, la Jordanie et l'Irak préparent un projet commun. L'Irak remercie la Jordanie. Les chefs de la diplomatie égyptien et jordanien ont tenu mardi une réunion tripartite.",
        ["consultation EGY-IRQ-JOR meeting 2025-06-10"],
        ["consultation EGY-JOR meeting 2025-06-10"],
        id="counted-third-meeting",
    ),
    pytest.param(
        "parties.counted-third",
        "Le Sénégal, la Gambie et la Mauritanie partagent le fleuve. La Mauritanie salue la Gambie. Mardi, les présidents sénégalais et gambien ont tenu à Banjul un sommet trilatéral.",
        [
            "declaration MRT statement 2025-06-10 @Nouakchott",
            "consultation GMB-MRT-SEN summit 2025-06-10 @Banjul",
        ],
        [
            "declaration MRT statement 2025-06-10 @Nouakchott",
            "consultation GMB-SEN summit 2025-06-10 @Banjul",
        ],
        id="counted-third-trilateral",
    ),
]

SILENT = [
    pytest.param(
        "parties.counted-third",
        "Le Kenya, l'Ouganda et la Tanzanie coopèrent sur le lac Victoria. Le président kényan a reçu lundi son homologue ougandais, et le format tripartite a été évoqué.",
        ["consultation KEN-UGA meeting 2025-06-09 @Nairobi"],
        id="counted-third-other-clause",
    ),
    pytest.param(
        "parties.counted-third",
        "Le Kenya, l'Ouganda et la Tanzanie coopèrent sur le lac Victoria. Le président kényan, le président ougandais et le président tanzanien se sont réunis lundi en sommet tripartite.",
        ["consultation KEN-TZA-UGA summit 2025-06-09"],
        id="counted-third-three-named",
    ),
    pytest.param(
        "parties.persons",
        "Justin Trudeau, venu lundi à Bruxelles pour le sommet de l'OTAN, a assisté à la séance où les membres ont approuvé une déclaration.",
        [
            "consultation NATO summit 2025-06-09 @Bruxelles",
            "declaration NATO statement 2025-06-09 @Bruxelles",
        ],
        id="persons-declaration-other-clause",
    ),
    pytest.param(
        "parties.persons",
        "Lundi à Paris, le ministre français et le chancelier allemand, Klaus Weber, ont signé une déclaration sur la défense spatiale.",
        ["declaration DEU-FRA statement 2025-06-09 @Paris"],
        id="persons-declaration-named",
    ),
    pytest.param(
        "parties.created-body",
        "Le Ghana et la CEDEAO ont signé lundi à Accra un accord de siège.",
        ["agreement ECOWAS-GHA signed 2025-06-09 @Accra"],
        id="created-body-party",
    ),
    pytest.param(
        "parties.created-body",
        "Le Kenya a signé mardi avec l'Union africaine un accord sur la création d'un centre de formation.",
        ["agreement AU-KEN signed 2025-06-10"],
        id="created-body-other-creation",
    ),
    pytest.param(
        "parties.the-n-sides",
        "La Grèce, Chypre et l'Égypte ont tenu lundi au Caire un sommet tripartite. L'Égypte remercie la Grèce. Chypre remercie l'Égypte.\nAu terme de la rencontre, la Grèce et l'Égypte ont signé un mémorandum sur l'énergie.",
        [
            "consultation CYP-EGY-GRC summit 2025-06-09 @Le Caire",
            "agreement EGY-GRC signed 2025-06-09 @Le Caire",
        ],
        id="the-n-sides-named",
    ),
    pytest.param(
        "parties.the-n-sides",
        "Le Mali, le Niger et le Burkina Faso ont tenu lundi à Bamako un sommet. Le Sénégal et la Gambie ont tenu leur commission mixte.\nLes deux pays ont signé un accord sur la pêche.",
        [
            "consultation BFA-MLI-NER summit 2025-06-09 @Bamako",
            "consultation GMB-SEN joint_commission",
            "agreement GMB-SEN signed",
        ],
        id="the-n-sides-two-other",
    ),
]

TRACED = [
    "parties.counted-third",
    "parties.created-body",
    "parties.persons",
    "parties.the-n-sides",
]
"""The rules that write their name in the trace of the events of their example."""


test_rule_fires, test_traced_rules_are_in_the_trace, test_rule_does_not_fire = RULE_TESTS
