# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""Statements found (eighth round): the forms of a statement that the rules missed.

Each example compares the extraction with every rule on and with only its rule switched
off (:mod:`_examples`). The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from _examples import RULE_TESTS

FIRES = [
    # a feeling quoted inside the verb's phrase: « a exprimé sa « vive préoccupation » »
    pytest.param(
        "declaration.ministry-statement",
        "Le ministère tunisien des Affaires étrangères a exprimé dimanche sa « profonde inquiétude » après les combats à Tripoli.",
        ["declaration TUN statement 2025-06-08 @Tunis"],
        [],
        id="ministry-statement-quoted-feeling",
    ),
    pytest.param(
        "declaration.ministry-statement",
        "La diplomatie norvégienne a exprimé jeudi sa « solidarité » avec les victimes des inondations au Pakistan.",
        ["declaration NOR statement 2025-06-05 @Oslo"],
        [],
        id="ministry-statement-quoted-solidarity",
    ),
    # a matter followed with concern: the communiqués' « suit avec préoccupation »
    pytest.param(
        "declaration.ministry-statement",
        "Le gouvernement malien suit avec la plus grande préoccupation la situation humanitaire au nord du Niger.",
        ["declaration MLI statement 2025-06-10 @Bamako"],
        [],
        id="ministry-statement-follows-with-concern",
    ),
    pytest.param(
        "declaration.ministry-statement",
        "Le ministère canadien des Affaires étrangères suit avec attention l'évolution de la crise au Soudan, a-t-il indiqué mardi.",
        ["declaration CAN statement 2025-06-10 @Ottawa"],
        [],
        id="ministry-statement-follows-with-attention",
    ),
    pytest.param(
        "declaration.ministry-statement",
        "ALGER, 3 mars (APS) - Le ministère des Affaires étrangères suit avec une vive inquiétude les affrontements à la frontière libyenne.",
        ["declaration DZA statement 2025-06-10 @Alger"],
        [],
        id="ministry-statement-follows-under-a-dateline",
    ),
    pytest.param(
        "declaration.ministry-statement",
        "Les autorités ivoiriennes suivent avec vigilance la montée des tensions au Burkina Faso.",
        ["declaration CIV statement 2025-06-10 @Abidjan"],
        [],
        id="ministry-statement-follow-plural",
    ),
    # a negation denies only its own clause
    pytest.param(
        "cue.negation-clause",
        "Le président sénégalais et son homologue gambien ont signé lundi à Dakar une déclaration commune, qui appelle à relancer une médiation qui n'a jamais abouti.",
        ["declaration GMB-SEN joint_declaration 2025-06-09 @Dakar"],
        [],
        id="negation-clause-relative-after",
    ),
    pytest.param(
        "cue.negation-clause",
        "Le Mali, le Niger et le Burkina Faso, qui n'ont pas participé au sommet, ont publié lundi une déclaration commune rejetant les sanctions.",
        ["declaration BFA-MLI-NER joint_declaration 2025-06-09"],
        [],
        id="negation-clause-relative-before",
    ),
    pytest.param(
        "cue.negation-clause",
        "Le Qatar n'a pas été associé à ces discussions : le président turc s'est entretenu lundi à Ankara avec son homologue azerbaïdjanais.",
        ["consultation AZE-TUR meeting 2025-06-09 @Ankara"],
        [],
        id="negation-clause-colon",
    ),
    pytest.param(
        "cue.negation-clause",
        "Le ministre grec s'est entretenu mardi à Athènes avec son homologue chypriote, dont le pays n'a jamais reconnu la partition de l'île.",
        ["consultation CYP-GRC meeting 2025-06-10 @Athènes"],
        [],
        id="negation-clause-dont",
    ),
    pytest.param(
        "cue.negation-clause",
        "Le Premier ministre japonais a effectué jeudi une visite officielle au Vietnam, un partenaire qui ne cache pas son inquiétude face aux tensions en mer.",
        ["consultation JPN-VNM visit 2025-06-05 @Hanoï"],
        [],
        id="negation-clause-visit",
    ),
    pytest.param(
        "cue.negation-clause",
        "Le Kenya, qui n'a pas été convié au sommet, a publié un communiqué. Le Maroc et la Tunisie ont signé lundi un accord sur la pêche.",
        ["declaration KEN statement 2025-06 @Nairobi", "agreement MAR-TUN signed 2025-06-09"],
        ["agreement MAR-TUN signed 2025-06-09"],
        id="negation-clause-the-summit-stays-denied",
    ),
    # a joint text of an organisation's members is the organisation's
    pytest.param(
        "declaration.organisation-members",
        "Réunis lundi à Jakarta, les ministres des Affaires étrangères de l'ASEAN ont adopté une déclaration commune sur la mer de Chine méridionale.",
        [
            "declaration ASEAN joint_declaration 2025-06-09 @Jakarta",
            "consultation ASEAN meeting 2025-06-09 @Jakarta",
        ],
        ["consultation ASEAN meeting 2025-06-09 @Jakarta"],
        id="organisation-members-ministers",
    ),
    pytest.param(
        "declaration.organisation-members",
        "Les chefs d'Etat de la CEDEAO ont publié mardi à Abuja une déclaration conjointe sur la transition au Mali.",
        ["declaration ECOWAS joint_declaration 2025-06-10 @Abuja"],
        [],
        id="organisation-members-heads-of-state",
    ),
    pytest.param(
        "declaration.organisation-members",
        "À Bruxelles, les Vingt-Sept de l'Union européenne ont signé jeudi une déclaration commune sur l'Ukraine.",
        ["declaration EU joint_declaration 2025-06-05 @Bruxelles"],
        [],
        id="organisation-members-the-27",
    ),
    # « les trois dirigeants »: the sides of the gathering of three just reported
    pytest.param(
        "declaration.the-n-sides",
        "Les présidents turc, russe et iranien se sont réunis lundi à Téhéran. Les trois dirigeants ont ensuite signé une déclaration commune sur la Syrie.",
        [
            "consultation IRN-RUS-TUR summit 2025-06-09 @Téhéran",
            "declaration IRN-RUS-TUR joint_declaration 2025-06-09 @Téhéran",
        ],
        [
            "consultation IRN-RUS-TUR summit 2025-06-09 @Téhéran",
            "declaration IRN-TUR joint_declaration 2025-06-09 @Téhéran",
        ],
        id="the-n-sides-three-leaders",
    ),
    pytest.param(
        "declaration.the-n-sides",
        "Les ministres des Affaires étrangères du Maroc, du Sénégal, de la Mauritanie et du Mali se sont réunis mardi à Rabat. Les quatre pays ont adopté une déclaration conjointe sur la sécurité au Sahel.",
        [
            "consultation MAR-MLI-MRT-SEN meeting 2025-06-10 @Rabat",
            "declaration MAR-MLI-MRT-SEN joint_declaration 2025-06-10 @Rabat",
        ],
        [
            "consultation MAR-MLI-MRT-SEN meeting 2025-06-10 @Rabat",
            "declaration MAR-SEN joint_declaration 2025-06-10 @Rabat",
        ],
        id="the-n-sides-four-countries",
    ),
    # « la déclaration du 3 mars 2023 » names its own text
    pytest.param(
        "declaration.named-by-date",
        "Le Mali et le Niger ont publié lundi une déclaration commune. Ils ont salué la déclaration trilatérale du 3 mars 2023, signée par le Mali, le Niger et le Burkina Faso.",
        [
            "declaration MLI-NER joint_declaration 2025-06-09",
            "declaration BFA-MLI-NER joint_declaration 2023-03-03 bg",
        ],
        ["declaration MLI-NER joint_declaration 2025-06-09"],
        id="named-by-date",
    ),
    # an organisation's members said to be gathered: the organisation's meeting
    pytest.param(
        "consultation.gathered",
        "Réunis jeudi à Bruxelles, les ministres des Affaires étrangères de l'OTAN ont approuvé un nouveau plan de soutien à l'Ukraine.",
        ["consultation NATO meeting 2025-06-05 @Bruxelles"],
        [],
        id="gathered-subject-names-it",
    ),
    pytest.param(
        "consultation.gathered",
        "Rassemblés le 3 mars à Jakarta, les dirigeants de l'ASEAN ont fait le point sur la crise birmane.",
        ["consultation ASEAN meeting 2025-03-03 @Jakarta"],
        [],
        id="gathered-dated",
    ),
    pytest.param(
        "consultation.gathered",
        "La crise a dominé les débats : réunis mardi à Genève pour la 58e session du Conseil des droits de l'homme de l'ONU, les représentants ont entendu le rapporteur.",
        ["consultation UN meeting 2025-06-10 @Genève r58"],
        [],
        id="gathered-after-a-colon-with-round",
    ),
    pytest.param(
        "consultation.gathered",
        "Réunies samedi au Caire pour une session extraordinaire de la Ligue arabe, les délégations ont condamné l'offensive.",
        ["declaration LAS statement 2025-06-07", "consultation LAS meeting 2025-06-07 @Le Caire"],
        ["declaration LAS statement 2025-06-07"],
        id="gathered-phrase-names-it",
    ),
    pytest.param(
        "consultation.gathered",
        "Réunis mercredi à Vienne, les membres de l'OPEP ont décidé de maintenir leur production.",
        ["consultation OPEC meeting 2025-06-04 @Vienne"],
        [],
        id="gathered-members",
    ),
    # a future cue speaks only of its own relative clause
    pytest.param(
        "cue.future-clause",
        "Le président sénégalais, qui participera au sommet de juin, a reçu lundi à Dakar son homologue mauritanien.",
        ["consultation MRT-SEN meeting 2025-06-09 @Dakar"],
        [],
        id="future-clause-relative-subject",
    ),
    pytest.param(
        "cue.future-clause",
        "Le ministre turc, dont la visite en Irak est prévue en mai, s'est entretenu lundi au téléphone avec son homologue irakien.",
        ["consultation IRQ-TUR phone_call 2025-06-09"],
        [],
        id="future-clause-dont",
    ),
    pytest.param(
        "cue.future-clause",
        "À la veille du sommet qui se tiendra en juillet, le président nigérien a rencontré mardi à Niamey son homologue béninois.",
        ["consultation BEN-NER meeting 2025-06-10 @Niamey"],
        [],
        id="future-clause-eve",
    ),
    pytest.param(
        "cue.future-clause",
        "À une semaine de ce voyage, durant lequel plusieurs accords seront signés, le ministre kényan s'est entretenu lundi au téléphone avec son homologue éthiopien.",
        ["consultation ETH-KEN phone_call 2025-06-09"],
        [],
        id="future-clause-durant-lequel",
    ),
    pytest.param(
        "cue.future-clause",
        "Cette annonce fait suite à une session de la commission mixte maroco-sénégalaise qui s'est tenue lundi à Dakar, au cours de laquelle les deux pays ont convenu de créer un comité de suivi.",
        ["consultation MAR-SEN joint_commission 2025-06-09 @Dakar"],
        [],
        id="future-clause-after-the-noun",
    ),
    # a multilateral meeting of heads of state or government is a summit
    pytest.param(
        "consultation.heads-summit",
        "Les présidents russe, iranien et turc se sont réunis lundi à Téhéran.",
        ["consultation IRN-RUS-TUR summit 2025-06-09 @Téhéran"],
        ["consultation IRN-RUS-TUR meeting 2025-06-09 @Téhéran"],
        id="heads-summit-presidents",
    ),
    pytest.param(
        "consultation.heads-summit",
        "Ont participé à la réunion, lundi à Abuja, les chefs d'Etat du Ghana, du Togo et du Bénin.",
        ["consultation BEN-GHA-TGO summit 2025-06-09 @Abuja"],
        ["consultation BEN-GHA-TGO meeting 2025-06-09 @Abuja"],
        id="heads-summit-heads-of-state",
    ),
    pytest.param(
        "consultation.heads-summit",
        "Les Premiers ministres japonais, australien et indien se sont réunis mardi à Tokyo.",
        ["consultation AUS-IND-JPN summit 2025-06-10 @Tokyo"],
        ["consultation AUS-IND-JPN meeting 2025-06-10 @Tokyo"],
        id="heads-summit-prime-ministers",
    ),
    pytest.param(
        "consultation.heads-summit",
        "Les dirigeants sénégalais, gambien et bissau-guinéen se sont rencontrés jeudi à Banjul.",
        ["consultation GMB-GNB-SEN summit 2025-06-05 @Banjul"],
        ["consultation GMB-GNB-SEN meeting 2025-06-05 @Banjul"],
        id="heads-summit-leaders",
    ),
    pytest.param(
        "consultation.heads-summit",
        "Les présidents égyptien, jordanien et irakien ont tenu une réunion tripartite vendredi au Caire.",
        ["consultation EGY-IRQ-JOR summit 2025-06-06 @Le Caire"],
        ["consultation EGY-IRQ-JOR meeting 2025-06-06 @Le Caire"],
        id="heads-summit-tripartite",
    ),
    # a text adopted as a gathering closed, by its unnamed participants
    pytest.param(
        "declaration.closing-text",
        "La conférence des ministres de l'OCI s'est tenue samedi à Niamey. À l'issue de la conférence, les délégations ont adopté la « Déclaration de Niamey ».",
        [
            "consultation OIC meeting 2025-06-07 @Niamey",
            "declaration OIC joint_declaration 2025-06-07 @Niamey",
        ],
        ["consultation OIC meeting 2025-06-07 @Niamey"],
        id="closing-text-conference",
    ),
    pytest.param(
        "declaration.closing-text",
        "Les présidents ghanéen, togolais et béninois se sont réunis mardi à Lomé. À l'issue du sommet, les participants ont adopté la Déclaration de Lomé.",
        [
            "consultation BEN-GHA-TGO summit 2025-06-10 @Lomé",
            "declaration BEN-GHA-TGO joint_declaration 2025-06-10 @Lomé",
        ],
        ["consultation BEN-GHA-TGO summit 2025-06-10 @Lomé"],
        id="closing-text-three-states",
    ),
    # a gathering introduced by an indefinite article with its sides is a new one
    pytest.param(
        "consultation.introduced",
        "Le ministre malien a reçu lundi à Bamako son homologue sénégalais. Le projet avait été lancé lors d'une réunion entre les ministres ghanéen et ivoirien en mars 2024 à Accra.",
        [
            "consultation MLI-SEN meeting 2025-06-09 @Bamako",
            "consultation CIV-GHA meeting 2024-03 @Accra bg",
        ],
        ["consultation MLI-SEN meeting 2025-06-09 @Bamako"],
        id="introduced-between",
    ),
    pytest.param(
        "consultation.introduced",
        "Le ministre malien a reçu lundi à Bamako son homologue sénégalais. L'idée avait été proposée à la suite d'une rencontre entre le président kényan et le Premier ministre éthiopien en janvier.",
        [
            "consultation MLI-SEN meeting 2025-06-09 @Bamako",
            "consultation ETH-KEN meeting 2025-01",
        ],
        ["consultation MLI-SEN meeting 2025-06-09 @Bamako"],
        id="introduced-following",
    ),
    pytest.param(
        "consultation.introduced",
        "Le ministre malien a reçu lundi à Bamako son homologue sénégalais. Le dossier avait déjà été évoqué au cours d'un entretien avec le ministre nigérien en avril 2023.",
        [
            "consultation MLI-SEN meeting 2025-06-09 @Bamako",
            "consultation MLI-NER meeting 2023-04 bg",
        ],
        ["consultation MLI-SEN meeting 2025-06-09 @Bamako"],
        id="introduced-with",
    ),
    pytest.param(
        "consultation.introduced",
        "Le ministre malien a reçu lundi à Bamako son homologue sénégalais. La décision avait été prise en marge d'une réunion entre les ministres marocain et espagnol à Madrid en 2022.",
        [
            "consultation MLI-SEN meeting 2025-06-09 @Bamako",
            "consultation ESP-MAR meeting 2022 @Madrid bg",
        ],
        ["consultation MLI-SEN meeting 2025-06-09 @Bamako"],
        id="introduced-margin",
    ),
    pytest.param(
        "declaration.own-side",
        "Le président ivoirien a reçu lundi à Abidjan son homologue ghanéen. Les deux chefs d'État ont évoqué la sécurité à la frontière. Par ailleurs, le ministère des Affaires étrangères a condamné mardi l'attaque contre un poste militaire au nord du pays.",
        [
            "consultation CIV-GHA meeting 2025-06-09 @Abidjan",
            "declaration CIV statement 2025-06-10 @Abidjan",
        ],
        ["consultation CIV-GHA meeting 2025-06-09 @Abidjan"],
        id="own-side-no-dateline-condemns",
    ),
    pytest.param(
        "declaration.own-side",
        "Le Premier ministre sénégalais s'est entretenu lundi à Dakar avec le ministre mauritanien du Pétrole. Le Sénégal et la Mauritanie exploitent ensemble un gisement de gaz. Dans un communiqué publié mardi, le ministère des Affaires étrangères salue la libération des otages détenus au Mali.",
        [
            "consultation MRT-SEN meeting 2025-06-09 @Dakar",
            "declaration SEN statement 2025-06-10 @Dakar",
        ],
        ["consultation MRT-SEN meeting 2025-06-09 @Dakar"],
        id="own-side-no-dateline-welcomes-in-a-communique",
    ),
]
"""Texts where the rule fires: the events with it on, then with it off."""

SILENT = [
    pytest.param(
        "declaration.ministry-statement",
        "Le ministre sénégalais a suivi avec intérêt la présentation du projet à Dakar. Le Sénégal et la Gambie ont signé lundi un accord sur la pêche.",
        ["agreement GMB-SEN signed 2025-06-09 @Dakar"],
        id="ministry-statement-a-person-follows",
    ),
    pytest.param(
        "declaration.ministry-statement",
        "Le président kényan, qui suit avec attention le dossier, a reçu lundi à Nairobi son homologue éthiopien.",
        ["consultation ETH-KEN meeting 2025-06-09 @Nairobi"],
        id="ministry-statement-follows-in-a-relative",
    ),
    pytest.param(
        "declaration.ministry-statement",
        "L'ambassadeur a exprimé sa « gratitude » au peuple marocain. Le Maroc et le Ghana ont signé lundi un accord sur la pêche.",
        ["agreement GHA-MAR signed 2025-06-09"],
        id="ministry-statement-a-person-quoted",
    ),
    pytest.param(
        "cue.negation-clause",
        "La réunion, qui n'a finalement pas eu lieu, devait réunir les ministres. Le Maroc et la Tunisie ont signé lundi un accord sur la pêche.",
        ["agreement MAR-TUN signed 2025-06-09"],
        id="negation-clause-relative-denies-its-noun",
    ),
    pytest.param(
        "cue.negation-clause",
        "Le ministre algérien ne s'est pas entretenu avec son homologue malien, qui a quitté Alger lundi. Le Maroc et la Tunisie ont signé lundi un accord sur la pêche.",
        ["agreement MAR-TUN signed 2025-06-09"],
        id="negation-clause-main-verb",
    ),
    pytest.param(
        "cue.negation-clause",
        "Les deux pays n'ont jamais signé de déclaration commune sur la frontière. Le Maroc et la Tunisie ont signé lundi un accord sur la pêche.",
        ["agreement MAR-TUN signed 2025-06-09"],
        id="negation-clause-declaration-denied",
    ),
    pytest.param(
        "declaration.organisation-members",
        "Le président sénégalais a reçu lundi à Dakar son homologue ivoirien. La Russie a publié mardi une déclaration commune.",
        [
            "consultation CIV-SEN meeting 2025-06-09 @Dakar",
            "declaration RUS-SEN joint_declaration 2025-06-10 @Dakar",
        ],
        id="organisation-members-a-state-alone",
    ),
    pytest.param(
        "declaration.organisation-members",
        "Le président sénégalais et son homologue ivoirien ont signé lundi à Dakar une déclaration commune.",
        ["declaration CIV-SEN joint_declaration 2025-06-09 @Dakar"],
        id="organisation-members-two-states",
    ),
    pytest.param(
        "declaration.the-n-sides",
        "Le Japon, la Corée du Sud et les États-Unis ont tenu lundi un sommet à Camp David, à l'issue duquel les trois dirigeants ont publié une déclaration commune.",
        [
            "consultation JPN-KOR-USA summit 2025-06-09 @Camp David",
            "declaration JPN-KOR-USA joint_declaration 2025-06-09 @Camp David",
        ],
        id="the-n-sides-named-already",
    ),
    pytest.param(
        "declaration.the-n-sides",
        "Le président sénégalais a reçu lundi à Dakar son homologue ivoirien. Les trois pays du Liptako-Gourma ont publié une déclaration commune.",
        [
            "consultation CIV-SEN meeting 2025-06-09 @Dakar",
            "declaration CIV-SEN joint_declaration 2025-06-09 @Dakar",
        ],
        id="the-n-sides-no-gathering-of-three",
    ),
    pytest.param(
        "declaration.named-by-date",
        "Le Maroc et l'Espagne ont adopté lundi à Rabat une déclaration conjointe. La déclaration, publiée mardi, appelle à renforcer la coopération.",
        ["declaration ESP-MAR joint_declaration 2025-06-09 @Rabat"],
        id="named-by-date-named-again",
    ),
    pytest.param(
        "declaration.named-by-date",
        "Le Maroc et l'Espagne ont adopté lundi à Rabat une déclaration conjointe. La déclaration de principes appelle à renforcer la coopération.",
        ["declaration ESP-MAR joint_declaration 2025-06-09 @Rabat"],
        id="named-by-date-no-date",
    ),
    pytest.param(
        "consultation.gathered",
        "Réunis lundi à Paris, les ministres français et allemand ont signé un accord sur l'énergie.",
        ["agreement DEU-FRA signed 2025-06-09 @Paris"],
        id="gathered-states",
    ),
    pytest.param(
        "consultation.gathered",
        "Réunis à Bruxelles la semaine prochaine, les ministres de l'UE devraient adopter de nouvelles sanctions. Le Maroc et la Tunisie ont signé lundi un accord sur la pêche.",
        ["agreement MAR-TUN signed 2025-06-09"],
        id="gathered-to-come",
    ),
    pytest.param(
        "consultation.gathered",
        "Les diplomates réunis au siège de l'ONU ont applaudi. Le Maroc et la Tunisie ont signé lundi un accord sur la pêche.",
        ["agreement MAR-TUN signed 2025-06-09"],
        id="gathered-not-opening-a-clause",
    ),
    pytest.param(
        "cue.future-clause",
        "Le ministre, qui se rendra à Rabat la semaine prochaine, y rencontrera son homologue marocain. Le Maroc et la Tunisie ont signé lundi un accord sur la pêche.",
        ["agreement MAR-TUN signed 2025-06-09"],
        id="future-clause-the-relative-is-the-trigger",
    ),
    pytest.param(
        "cue.future-clause",
        "La réunion, qui se tiendra à Dakar en décembre, réunira les ministres. Le Maroc et la Tunisie ont signé lundi un accord sur la pêche.",
        ["agreement MAR-TUN signed 2025-06-09"],
        id="future-clause-the-noun-before",
    ),
    pytest.param(
        "cue.future-clause",
        "Le ministre ivoirien a invité son homologue ghanéen à effectuer une visite officielle à Abidjan. Le Maroc et la Tunisie ont signé lundi un accord sur la pêche.",
        ["agreement MAR-TUN signed 2025-06-09"],
        id="future-clause-main-clause",
    ),
    pytest.param(
        "consultation.heads-summit",
        "Les présidents sénégalais et mauritanien se sont réunis lundi à Dakar.",
        ["consultation MRT-SEN meeting 2025-06-09 @Dakar"],
        id="heads-summit-two-leaders",
    ),
    pytest.param(
        "consultation.heads-summit",
        "Les ministres des Affaires étrangères du Ghana, du Togo et du Bénin se sont réunis lundi à Lomé.",
        ["consultation BEN-GHA-TGO meeting 2025-06-09 @Lomé"],
        id="heads-summit-ministers",
    ),
    pytest.param(
        "consultation.heads-summit",
        "Les présidents de la Commission de la CEDEAO et de l'UA ont rencontré lundi à Accra le ministre ghanéen.",
        ["consultation AU-ECOWAS-GHA meeting 2025-06-09 @Accra"],
        id="heads-summit-organisations",
    ),
    pytest.param(
        "declaration.closing-text",
        "Le sommet de l'Union africaine s'est ouvert lundi à Addis-Abeba. À l'issue du sommet, une déclaration sera adoptée.",
        ["consultation AU summit 2025-06-09 @Addis-Abeba"],
        id="closing-text-to-come",
    ),
    pytest.param(
        "declaration.closing-text",
        "Le ministre sénégalais a reçu lundi à Dakar son homologue gambien. À l'issue de la réunion, les deux ministres ont signé un accord sur la pêche.",
        [
            "consultation GMB-SEN meeting 2025-06-09 @Dakar",
            "agreement GMB-SEN signed 2025-06-09 @Dakar",
        ],
        id="closing-text-an-agreement",
    ),
    pytest.param(
        "declaration.closing-text",
        "Le président ghanéen a reçu lundi à Accra son homologue togolais. À l'issue de l'entretien, le ministère ghanéen a publié un communiqué condamnant l'attaque.",
        [
            "consultation GHA-TGO meeting 2025-06-09 @Accra",
            "declaration GHA statement 2025-06-09 @Accra",
        ],
        id="closing-text-a-talk-of-two",
    ),
    pytest.param(
        "consultation.introduced",
        "Le ministre malien a reçu lundi à Bamako son homologue sénégalais. Lors de la réunion, les deux ministres ont évoqué la sécurité.",
        ["consultation MLI-SEN meeting 2025-06-09 @Bamako"],
        id="introduced-definite",
    ),
    pytest.param(
        "consultation.introduced",
        "Le ministre malien a reçu lundi à Bamako son homologue sénégalais. À la fin d'un entretien cordial, ils se sont séparés.",
        ["consultation MLI-SEN meeting 2025-06-09 @Bamako"],
        id="introduced-no-sides",
    ),
    pytest.param(
        "consultation.introduced",
        "Le ministre malien a reçu lundi à Bamako son homologue sénégalais. Lors de cet entretien avec son hôte, il a évoqué la sécurité.",
        ["consultation MLI-SEN meeting 2025-06-09 @Bamako"],
        id="introduced-demonstrative",
    ),
    pytest.param(
        "declaration.own-side",
        "Le président ivoirien a reçu lundi à Abidjan son homologue ghanéen. À l'issue des entretiens, les chefs de la diplomatie ont salué mardi la reprise du dialogue.",
        ["consultation CIV-GHA meeting 2025-06-09 @Abidjan"],
        id="own-side-institution-complement-of-persons",
    ),
    pytest.param(
        "declaration.own-side",
        "Dakar, 10 juin (APS) - Le Premier ministre sénégalais s'est entretenu lundi avec le ministre mauritanien du Pétrole. Le ministère des Affaires étrangères a salué mardi la libération des otages détenus au Mali.",
        [
            "consultation MRT-SEN meeting 2025-06-09 @Dakar",
            "declaration SEN statement 2025-06-10 @Dakar",
        ],
        id="own-side-dateline-read-before",
    ),
]
"""Texts where the rule's words stand but it must not fire: the same outcome with it off."""
TRACED: list[str] = [
    "declaration.ministry-statement",
    "declaration.organisation-members",
    "declaration.the-n-sides",
    "declaration.named-by-date",
    "consultation.gathered",
    "consultation.heads-summit",
    "declaration.closing-text",
    "declaration.own-side",
]
"""The rules that write their name in the trace of the events of their example."""


test_rule_fires, test_traced_rules_are_in_the_trace, test_rule_does_not_fire = RULE_TESTS
