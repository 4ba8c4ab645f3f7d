# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""Texts of gatherings, what vetoes wrongly stopped, and acts that are no state's (ninth
round).

Each example compares the extraction with every rule on and with only its rule switched
off (:mod:`_examples`). The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from _examples import RULE_TESTS

FIRES = [
    # a text adopted by the gathering's members, named only as such: the organisation's
    pytest.param(
        "declaration.gathering-issuer",
        "Le 38e sommet de l'Union africaine s'est tenu lundi à Addis-Abeba. Les chefs d'État ont adopté une déclaration sur la sécurité alimentaire.",
        [
            "consultation AU summit 2025-06-09 @Addis-Abeba r38",
            "declaration AU joint_declaration 2025-06-09 @Addis-Abeba",
        ],
        ["consultation AU summit 2025-06-09 @Addis-Abeba r38"],
        id="gathering-issuer-heads-of-state",
    ),
    pytest.param(
        "declaration.gathering-issuer",
        "Le ministre gabonais des Affaires étrangères a participé mardi à Djeddah à la conférence des ministres de l'Organisation de la coopération islamique. Les participants ont adopté la Déclaration de Djeddah sur la Palestine.",
        [
            "consultation GAB-OIC meeting 2025-06-10 @Djeddah",
            "declaration OIC joint_declaration 2025-06-10 @Djeddah",
        ],
        ["consultation GAB-OIC meeting 2025-06-10 @Djeddah"],
        id="gathering-issuer-participants",
    ),
    pytest.param(
        "declaration.gathering-issuer",
        "Le Conseil ministériel de l'OSCE s'est réuni jeudi à La Valette. Les 57 ministres ont adopté jeudi une déclaration sur la protection des enfants.",
        [
            "consultation OSCE meeting 2025-06-05 @La Valette",
            "declaration OSCE joint_declaration 2025-06-05 @La Valette",
        ],
        ["consultation OSCE meeting 2025-06-05 @La Valette"],
        id="gathering-issuer-counted-ministers",
    ),
    pytest.param(
        "declaration.gathering-issuer",
        "Les présidents kazakh, kirghiz, ouzbek et tadjik ont tenu lundi à Douchanbé un sommet avec le Premier ministre indien. Les dirigeants ont signé une déclaration sur le commerce régional.",
        [
            "consultation IND-KAZ-KGZ-TJK-UZB summit 2025-06-09 @Douchanbé",
            "declaration IND-KAZ-KGZ-TJK-UZB joint_declaration 2025-06-09 @Douchanbé",
        ],
        ["consultation IND-KAZ-KGZ-TJK-UZB summit 2025-06-09 @Douchanbé"],
        id="gathering-issuer-summit-of-states",
    ),
    pytest.param(
        "declaration.gathering-issuer",
        "La ministre namibienne s'est rendue lundi à Harare pour la session du Conseil des ministres de la SADC. Les ministres ont adopté mardi une déclaration sur l'énergie.",
        [
            "consultation NAM-SADC visit 2025-06-09 @Harare",
            "declaration SADC joint_declaration 2025-06-10 @Harare",
        ],
        ["consultation NAM-SADC visit 2025-06-09 @Harare"],
        id="gathering-issuer-organisation-named-before",
    ),
    # the same with the close of the gathering named (rule declaration.closing-text too)
    pytest.param(
        "declaration.gathering-issuer+declaration.closing-text",
        "Le sommet de la CEDEAO s'est tenu dimanche à Abuja. À la clôture des travaux, les chefs d'Etat ont signé la « Déclaration d'Abuja » sur la sécurité.",
        [
            "consultation ECOWAS summit 2025-06-08 @Abuja",
            "declaration ECOWAS joint_declaration 2025-06-08 @Abuja",
        ],
        ["consultation ECOWAS summit 2025-06-08 @Abuja"],
        id="gathering-issuer-closing-signed",
    ),
    pytest.param(
        "declaration.gathering-issuer+declaration.closing-text",
        "Le sommet de la Ligue arabe s'est tenu samedi à Alger. À l'issue de leurs travaux, les dirigeants arabes ont adopté la « Déclaration d'Alger ».",
        [
            "consultation LAS summit 2025-06-07 @Alger",
            "declaration LAS joint_declaration 2025-06-07 @Alger",
        ],
        ["consultation LAS summit 2025-06-07 @Alger"],
        id="gathering-issuer-closing-their-work",
    ),
    # a negation inside quoted words denies only the quotation
    pytest.param(
        "cue.negation-quoted",
        "Le président kényan a reçu jeudi à Nairobi son homologue éthiopien, qui a confié que « la paix n'est pas un luxe » entre voisins.",
        ["consultation ETH-KEN meeting 2025-06-05 @Nairobi"],
        [],
        id="negation-quoted-meeting",
    ),
    pytest.param(
        "cue.negation-quoted",
        "Les présidents ghanéen et togolais ont signé mardi à Lomé une déclaration commune, le président togolais assurant que « la porte n'est jamais fermée ».",
        ["declaration GHA-TGO joint_declaration 2025-06-10 @Lomé"],
        [],
        id="negation-quoted-declaration",
    ),
    pytest.param(
        "cue.negation-quoted",
        "Le ministre algérien s'est entretenu mardi au téléphone avec son homologue italien, lui assurant que « l'Algérie ne renoncera pas au dialogue ».",
        ["consultation DZA-ITA phone_call 2025-06-10"],
        [],
        id="negation-quoted-phone-call",
    ),
    # an act of a sports body is no act of a state
    pytest.param(
        "cue.sports-body",
        "La fédération norvégienne a signé jeudi un accord de parrainage de trois ans avec une banque suédoise. Le Maroc et la Tunisie ont signé lundi un accord sur la pêche.",
        ["agreement MAR-TUN signed 2025-06-09"],
        ["agreement NOR-SWE signed 2025-06-05", "agreement MAR-TUN signed 2025-06-09"],
        id="sports-body-sponsorship",
    ),
    pytest.param(
        "cue.sports-body",
        "Le président de la Fédération ivoirienne de football, qui a rencontré lundi ses homologues ghanéen et togolais, a salué leur accueil. Le Maroc et la Tunisie ont signé lundi un accord sur la pêche.",
        ["agreement MAR-TUN signed 2025-06-09"],
        ["consultation CIV-GHA-TGO meeting 2025-06-09", "agreement MAR-TUN signed 2025-06-09"],
        id="sports-body-federation-president",
    ),
    pytest.param(
        "cue.sports-body",
        "L'équipe nationale du Cameroun a rencontré samedi à Yaoundé celle du Nigeria en match amical. Le Maroc et la Tunisie ont signé lundi un accord sur la pêche.",
        ["agreement MAR-TUN signed 2025-06-09"],
        [
            "consultation CMR-NGA meeting 2025-06-07 @Yaoundé",
            "agreement MAR-TUN signed 2025-06-09",
        ],
        id="sports-body-national-team",
    ),
]
"""Texts where the rule fires: the outcome with every rule on, then with it off."""

SILENT = [
    pytest.param(
        "declaration.gathering-issuer",
        "Les dirigeants ont adopté une déclaration sur le climat. Le Maroc et la Tunisie ont signé lundi un accord sur la pêche.",
        ["agreement MAR-TUN signed 2025-06-09"],
        id="gathering-issuer-no-gathering-named",
    ),
    pytest.param(
        "declaration.gathering-issuer",
        "Le président sénégalais a reçu lundi à Dakar son homologue ivoirien. Les deux ministres ont signé une déclaration commune sur la jeunesse.",
        [
            "consultation CIV-SEN meeting 2025-06-09 @Dakar",
            "declaration CIV-SEN joint_declaration 2025-06-09 @Dakar",
        ],
        id="gathering-issuer-the-two-sides",
    ),
    pytest.param(
        "declaration.gathering-issuer",
        "Le sommet de l'Union africaine s'est tenu lundi à Addis-Abeba. Mardi, le ministère malien des Affaires étrangères a publié une déclaration sur la sécurité.",
        [
            "consultation AU summit 2025-06-09 @Addis-Abeba",
            "declaration MLI statement 2025-06-10 @Bamako",
        ],
        id="gathering-issuer-named-issuer",
    ),
    pytest.param(
        "declaration.gathering-issuer",
        "La présidente de la Commission européenne a rencontré lundi à Bruxelles le Premier ministre albanais. Selon le communiqué, les dirigeants ont évoqué l'adhésion.",
        ["consultation ALB-EU meeting 2025-06-09 @Bruxelles"],
        id="gathering-issuer-relayed",
    ),
    pytest.param(
        "cue.negation-quoted",
        "« Le ministre malien ne s'est pas entretenu avec son homologue nigérien », a démenti un diplomate. Le Maroc et la Tunisie ont signé lundi un accord sur la pêche.",
        ["agreement MAR-TUN signed 2025-06-09"],
        id="negation-quoted-trigger-quoted-too",
    ),
    pytest.param(
        "cue.negation-quoted",
        "Le ministre kényan ne s'est pas entretenu avec son homologue ougandais, « faute de temps » selon Nairobi. Le Maroc et la Tunisie ont signé lundi un accord sur la pêche.",
        ["agreement MAR-TUN signed 2025-06-09"],
        id="negation-quoted-negation-outside",
    ),
    pytest.param(
        "cue.sports-body",
        "La Fédération de Russie et le Kazakhstan ont signé lundi à Astana un accord sur la frontière.",
        ["agreement KAZ-RUS signed 2025-06-09 @Astana"],
        id="sports-body-a-state-named-federation",
    ),
    pytest.param(
        "cue.sports-body",
        "Le ministre des Sports a rencontré lundi à Rabat son homologue sénégalais pour préparer la coupe d'Afrique.",
        ["consultation MAR-SEN meeting 2025-06-09 @Rabat"],
        id="sports-body-minister-of-sports",
    ),
    pytest.param(
        "cue.sports-body",
        "Les ministres marocain et ivoirien ont signé lundi un accord de coopération dans le domaine du football.",
        ["agreement CIV-MAR signed 2025-06-09"],
        id="sports-body-sport-as-sector",
    ),
    pytest.param(
        "cue.sports-body",
        "Après le match de l'équipe nationale, le président sénégalais a rencontré lundi à Dakar son homologue gambien.",
        ["consultation GMB-SEN meeting 2025-06-09 @Dakar"],
        id="sports-body-another-clause",
    ),
    pytest.param(
        "cue.sports-body",
        "Le ministre-président de la Fédération Wallonie-Bruxelles a signé lundi à Québec un accord avec le Canada.",
        ["agreement BEL-CAN signed 2025-06-09 @Québec"],
        id="sports-body-a-government-federation",
    ),
]
"""Texts where the rule's words stand but it must not fire: the same outcome with it off."""
TRACED: list[str] = ["declaration.gathering-issuer"]
"""The rules that write their name in the trace of the events of their example."""


test_rule_fires, test_traced_rules_are_in_the_trace, test_rule_does_not_fire = RULE_TESTS
