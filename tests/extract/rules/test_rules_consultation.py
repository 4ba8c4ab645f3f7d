# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""Consultation rules and the shared cues: each rule's own examples, run against that rule alone.

Each example compares the extraction with every rule on and with only its rule switched
off (:mod:`_examples`). The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from _examples import RULE_TESTS

FIRES = [
    pytest.param(
        "consultation",
        "Le Maroc et le Sénégal ont signé lundi un accord sur la pêche. Le ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais.",
        [
            "agreement MAR-SEN signed 2025-06-09 @Rabat",
            "consultation MAR-SEN meeting 2025-06-09 @Rabat",
        ],
        ["agreement MAR-SEN signed 2025-06-09"],
        id="consultation",
    ),
    pytest.param(
        "consultation",
        "Le ministre malien des Affaires étrangères, reçu lundi par le président ivoirien, a remis un message.",
        ["consultation CIV-MLI meeting 2025-06-09 @Abidjan"],
        [],
        id="consultation-received-day-agent",
    ),
    pytest.param(
        "consultation",
        "Reçue hier par le président ivoirien, la ministre malienne lui a remis un message.",
        ["consultation CIV-MLI meeting 2025-06-09"],
        [],
        id="consultation-received-yesterday-agent",
    ),
    pytest.param(
        "consultation",
        "Le ministre marocain a eu un échange avec son homologue espagnol lundi à Madrid.",
        ["consultation ESP-MAR meeting 2025-06-09 @Madrid"],
        [],
        id="consultation-an-exchange-with",
    ),
    pytest.param(
        "consultation",
        "Le président ivoirien a accueilli lundi à Abidjan son homologue ghanéen.",
        ["consultation CIV-GHA meeting 2025-06-09 @Abidjan"],
        [],
        id="consultation-welcomed",
    ),
    pytest.param(
        "consultation",
        "Le chef de l'État camerounais a accordé lundi une audience au ministre français des Armées.",
        ["consultation CMR-FRA meeting 2025-06-09"],
        [],
        id="consultation-granted-audience",
    ),
    pytest.param(
        "consultation",
        "Le président sénégalais a appelé lundi son homologue gambien.",
        ["consultation GMB-SEN phone_call 2025-06-09"],
        [],
        id="consultation-called-counterpart",
    ),
    pytest.param(
        "consultation",
        "Le Conseil de paix et de sécurité s'est réuni lundi à Addis-Abeba sur la situation au Soudan.",
        ["consultation AU meeting 2025-06-09 @Addis-Abeba"],
        [],
        id="consultation-body-of-an-organisation",
    ),
    pytest.param(
        "consultation.counterparts",
        "Le ministre marocain a eu des rencontres avec M. Amadou Ba, Premier ministre sénégalais, M. Macky Sall, président du Sénégal, et M. Ousmane Sonko, maire de Ziguinchor.",
        [
            "consultation MAR-SEN meeting",
            "consultation MAR-SEN meeting",
            "consultation MAR-SEN meeting",
        ],
        ["consultation MAR-SEN meeting"],
        id="consultation.counterparts",
    ),
    pytest.param(
        "consultation.demonstrative+consultation.visit-phrase",
        "Le ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais. Cette visite du ministre sénégalais au Maroc a permis de signer un accord sur la pêche.",
        # the visit the phrase names is an event of its own (corpus conventions),
        # found by consultation.visit-phrase after the demonstrative stopped the trigger
        [
            "consultation MAR-SEN meeting 2025-06-09 @Rabat",
            "agreement MAR-SEN signed 2025-06-09 @Rabat",
            "consultation MAR-SEN visit @Rabat",
        ],
        [
            "consultation MAR-SEN meeting 2025-06-09 @Rabat",
            "consultation MAR-SEN visit 2025-06-09 @Rabat",
            "agreement MAR-SEN signed 2025-06-09 @Rabat",
        ],
        id="consultation.demonstrative",
    ),
    pytest.param(
        "consultation.domestic-body",
        "Le Maroc et le Sénégal ont signé lundi un accord sur la pêche. Le Conseil des ministres sénégalais a tenu sa réunion hebdomadaire mercredi, en présence du Maroc.",
        ["agreement MAR-SEN signed 2025-06-09"],
        ["agreement MAR-SEN signed 2025-06-09", "consultation MAR-SEN meeting 2025-06-04"],
        id="consultation.domestic-body",
    ),
    pytest.param(
        "consultation.earlier-session",
        "La 5e session de la commission mixte maroco-sénégalaise s'est tenue lundi à Rabat, dix ans après celle de 2015, à Dakar.",
        [
            "consultation MAR-SEN joint_commission 2025-06-09 @Rabat r5",
            "consultation MAR-SEN joint_commission 2015 @Dakar bg",
        ],
        ["consultation MAR-SEN joint_commission 2025-06-09 @Rabat r5"],
        id="consultation.earlier-session",
    ),
    pytest.param(
        "consultation.facility-visit",
        "Le Maroc et le Sénégal ont signé lundi un accord sur la pêche. Le ministre marocain a effectué une visite à l'usine de ciment de la région, en compagnie de son homologue sénégalais.",
        ["agreement MAR-SEN signed 2025-06-09"],
        ["agreement MAR-SEN signed 2025-06-09", "consultation MAR-SEN visit 2025-06-09"],
        id="consultation.facility-visit",
    ),
    pytest.param(
        "consultation.frame+consultation.talks",
        "Le Maroc et le Sénégal ont signé lundi un accord sur la pêche. Ils ont salué le format de pourparlers entre le Mali et le Niger.",
        ["agreement MAR-SEN signed 2025-06-09"],
        ["agreement MAR-SEN signed 2025-06-09", "consultation MLI-NER negotiation"],
        id="consultation.frame",
    ),
    pytest.param(
        "consultation.generic-visit",
        "Le Maroc et le Sénégal ont signé lundi un accord sur la pêche. Les deux pays veulent multiplier les visites de haut niveau entre le Maroc et le Sénégal.",
        ["agreement MAR-SEN signed 2025-06-09"],
        ["agreement MAR-SEN signed 2025-06-09", "consultation MAR-SEN visit 2025-06-09"],
        id="consultation.generic-visit",
    ),
    pytest.param(
        "consultation.generic-visit+cue.negation",
        "Le Kazakhstan et la Russie ont signé lundi un accord. Aucune force étrangère ne doit être présente dans la région, soit en déplacement, soit déployée.",
        ["agreement KAZ-RUS signed 2025-06-09"],
        ["agreement KAZ-RUS signed 2025-06-09", "consultation KAZ-RUS visit 2025-06-09"],
        id="consultation.generic-visit-on-the-move",
    ),
    pytest.param(
        "consultation.joint-commission-evidence",
        "Le Maroc et le Sénégal ont signé lundi un accord sur la pêche. Le Maroc et le Sénégal veulent relancer la commission mixte.",
        ["agreement MAR-SEN signed 2025-06-09"],
        [
            "agreement MAR-SEN signed 2025-06-09",
            "consultation MAR-SEN joint_commission 2025-06-09",
        ],
        id="consultation.joint-commission-evidence",
    ),
    pytest.param(
        "consultation.meeting-in-format",
        "La commission mixte maroco-sénégalaise s'est réunie lundi à Rabat pour sa 5e session.",
        ["consultation MAR-SEN joint_commission 2025-06-09 @Rabat r5"],
        [
            "consultation MAR-SEN joint_commission 2025-06-09 @Rabat",
            "consultation MAR-SEN meeting 2025-06-09 @Rabat r5",
        ],
        id="consultation.meeting-in-format",
    ),
    pytest.param(
        "consultation.own-minister",
        "Le Maroc et le Sénégal ont signé lundi un accord sur la pêche. Le président sénégalais s'est entretenu mardi avec le ministre des Affaires étrangères.",
        ["agreement MAR-SEN signed 2025-06-09"],
        ["agreement MAR-SEN signed 2025-06-09", "consultation MAR-SEN meeting 2025-06-10"],
        id="consultation.own-minister",
    ),
    pytest.param(
        "consultation.reported-already",
        "Le ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais. À l'issue des pourparlers entre le Maroc et le Sénégal, un accord sur la pêche a été signé.",
        [
            "consultation MAR-SEN meeting 2025-06-09 @Rabat",
            "agreement MAR-SEN signed 2025-06-09 @Rabat",
        ],
        [
            "consultation MAR-SEN meeting 2025-06-09 @Rabat",
            "consultation MAR-SEN negotiation 2025-06-09 @Rabat",
            "agreement MAR-SEN signed 2025-06-09 @Rabat",
        ],
        id="consultation.reported-already",
    ),
    pytest.param(
        "consultation.visit-needs-party",
        "Le Maroc et le Sénégal ont signé lundi un accord sur la pêche. Le ministre marocain a visité l'exposition nationale avec son homologue sénégalais.",
        ["agreement MAR-SEN signed 2025-06-09"],
        ["agreement MAR-SEN signed 2025-06-09", "consultation MAR-SEN visit 2025-06-09"],
        id="consultation.visit-needs-party",
    ),
    pytest.param(
        "consultation.weak-noun",
        "Le Maroc et le Sénégal ont signé lundi un accord sur la pêche. La réunion entre le Maroc et le Sénégal portait sur la sécurité.",
        ["agreement MAR-SEN signed 2025-06-09"],
        ["agreement MAR-SEN signed 2025-06-09", "consultation MAR-SEN meeting 2025-06-09"],
        id="consultation.weak-noun",
    ),
    pytest.param(
        "consultation.weak-noun",
        "Le Ghana et le Togo ont signé lundi un accord sur la pêche. Les chefs de la diplomatie du Ghana, du Togo et du Bénin vont assister à la deuxième réunion tripartite.",
        ["agreement GHA-TGO signed 2025-06-09"],
        ["agreement GHA-TGO signed 2025-06-09", "consultation BEN-GHA-TGO meeting 2025-06-09 r2"],
        id="consultation.weak-noun-attend-to-come",
    ),
    pytest.param(
        "cue.future+cue.not-yet",
        "Le Maroc et le Sénégal ont signé lundi un accord sur la pêche. Le ministre marocain se rendra en visite officielle au Sénégal la semaine prochaine.",
        ["agreement MAR-SEN signed 2025-06-09"],
        [
            "agreement MAR-SEN signed 2025-06-09 @Dakar",
            "consultation MAR-SEN visit 2025-06-16/2025-06-22 @Dakar",
        ],
        id="cue.future",
    ),
    pytest.param(
        "cue.negation",
        "Le Maroc et le Sénégal ont signé lundi un accord sur la pêche. Les présidents marocain et sénégalais ne se sont pas rencontrés lors du sommet.",
        ["agreement MAR-SEN signed 2025-06-09"],
        ["agreement MAR-SEN signed 2025-06-09", "consultation MAR-SEN summit 2025-06-09"],
        id="cue.negation",
    ),
    pytest.param(
        "consultation.separately",
        "Le ministre sénégalais des Affaires étrangères s'est entretenu séparément, lundi à Dakar, avec les ambassadeurs d'Italie et d'Espagne.",
        [
            "consultation ITA-SEN meeting 2025-06-09 @Dakar",
            "consultation ESP-SEN meeting 2025-06-09 @Dakar",
        ],
        ["consultation ESP-ITA-SEN meeting 2025-06-09 @Dakar"],
        id="consultation.separately",
    ),
    pytest.param(
        "consultation.separately",
        "Le président ivoirien a reçu tour à tour, mardi à Abidjan, les ministres des Affaires étrangères du Ghana, du Togo et du Bénin.",
        [
            "consultation CIV-GHA meeting 2025-06-10 @Abidjan",
            "consultation CIV-TGO meeting 2025-06-10 @Abidjan",
            "consultation BEN-CIV meeting 2025-06-10 @Abidjan",
        ],
        ["consultation BEN-CIV-GHA-TGO meeting 2025-06-10 @Abidjan"],
        id="consultation.separately-in-turn",
    ),
    pytest.param(
        "consultation.separately",
        "Le président ivoirien Alassane Ouattara a reçu en audience lundi après-midi au palais présidentiel du Plateau, successivement, le ministre malien des Affaires étrangères et l'ambassadeur de France.",
        [
            "consultation CIV-MLI meeting 2025-06-09 @Abidjan",
            "consultation CIV-FRA meeting 2025-06-09 @Abidjan",
        ],
        ["consultation CIV-FRA-MLI meeting 2025-06-09 @Abidjan"],
        id="consultation.separately-after-time-and-place",
    ),
    pytest.param(
        "consultation.separately",
        "Le roi du Maroc a reçu jeudi au palais royal de Rabat, séparément, le président mauritanien et le président malien.",
        [
            "consultation MAR-MRT meeting 2025-06-05 @Rabat",
            "consultation MAR-MLI meeting 2025-06-05 @Rabat",
        ],
        ["consultation MAR-MLI-MRT meeting 2025-06-05 @Rabat"],
        id="consultation.separately-after-the-host-capital",
    ),
    pytest.param(
        "consultation.separately+consultation.roles",
        "Le ministre sénégalais s'est entretenu lundi à Dakar avec son homologue malien, avec le ministre ivoirien de l'Intérieur et avec l'ambassadeur du Ghana.",
        [
            "consultation MLI-SEN meeting 2025-06-09 @Dakar",
            "consultation CIV-SEN meeting 2025-06-09 @Dakar",
            "consultation GHA-SEN meeting 2025-06-09 @Dakar",
        ],
        ["consultation CIV-GHA-MLI-SEN meeting 2025-06-09 @Dakar"],
        id="consultation.separately-with-again",
    ),
    pytest.param(
        "consultation.leaders",
        "Le président sénégalais Macky Sall a reçu lundi à Dakar le président malien Assimi Goïta et le Premier ministre Choguel Maïga.",
        [
            "consultation MLI-SEN meeting 2025-06-09 @Dakar",
            "consultation MLI-SEN meeting 2025-06-09 @Dakar",
        ],
        ["consultation MLI-SEN meeting 2025-06-09 @Dakar"],
        id="consultation.leaders",
    ),
    pytest.param(
        "consultation.roles",
        "Le ministre sénégalais des Affaires étrangères a eu lundi à Dakar des entretiens avec le président du Parlement malien, le Premier ministre malien et les ministres maliens de la Défense et de l'Intérieur.",
        ["consultation MLI-SEN meeting 2025-06-09 @Dakar"] * 4,
        ["consultation MLI-SEN meeting 2025-06-09 @Dakar"],
        id="consultation.roles",
    ),
    pytest.param(
        "consultation.roles",
        "Le Premier ministre ivoirien s'est entretenu mardi à Accra avec son homologue ghanéen, puis a eu des entrevues avec le président du Parlement et les gouverneurs des régions d'Ashanti, de la Volta et du Nord.",
        # the meeting with the counterpart, then one per official: the governors of
        # several regions are met together
        ["consultation CIV-GHA meeting 2025-06-10 @Accra"] * 3,
        ["consultation CIV-GHA meeting 2025-06-10 @Accra"],
        id="consultation.roles-after-a-meeting",
    ),
    pytest.param(
        "consultation.roles",
        "Le ministre sénégalais s'est entretenu lundi à Dakar avec le ministre malien de la Défense, puis avec le Premier ministre nigérien.",
        [
            "consultation MLI-SEN meeting 2025-06-09 @Dakar",
            "consultation NER-SEN meeting 2025-06-09 @Dakar",
        ],
        ["consultation MLI-NER-SEN meeting 2025-06-09 @Dakar"],
        id="consultation.roles-then",
    ),
    pytest.param(
        "consultation.roles",
        "Le ministre sénégalais a rencontré lundi à Dakar le président du Parlement malien ainsi que le Premier ministre malien.",
        ["consultation MLI-SEN meeting 2025-06-09 @Dakar"] * 2,
        ["consultation MLI-SEN meeting 2025-06-09 @Dakar"],
        id="consultation.roles-after-a-verb",
    ),
    pytest.param(
        "consultation.roles",
        "Le ministre sénégalais a été reçu lundi à Bamako par le président du Parlement malien, puis par le Premier ministre malien.",
        ["consultation MLI-SEN meeting 2025-06-09 @Bamako"] * 2,
        ["consultation MLI-SEN meeting 2025-06-09 @Bamako"],
        id="consultation.roles-received-by",
    ),
    pytest.param(
        "consultation.roles",
        "Le ministre sénégalais a eu lundi à Dakar des entretiens séparés avec le président malien et le Premier ministre nigérien.",
        [
            "consultation MLI-SEN meeting 2025-06-09 @Dakar",
            "consultation NER-SEN meeting 2025-06-09 @Dakar",
        ],
        ["consultation MLI-NER-SEN meeting 2025-06-09 @Dakar"],
        id="consultation.roles-separate-talks",
    ),
    pytest.param(
        "consultation.roles",
        "Le ministre sénégalais a reçu en audience lundi à Dakar le ministre malien des Mines, Amadou Keïta, puis l'ambassadeur du Niger, Moussa Diallo.",
        [
            "consultation MLI-SEN meeting 2025-06-09 @Dakar",
            "consultation NER-SEN meeting 2025-06-09 @Dakar",
        ],
        ["consultation MLI-NER-SEN meeting 2025-06-09 @Dakar"],
        id="consultation.roles-named-then",
    ),
    pytest.param(
        "consultation.during-which",
        "La ministre espagnole a effectué jeudi une visite à Rabat, lors de laquelle elle a été reçue par le roi Mohammed VI.",
        [
            "consultation ESP-MAR visit 2025-06-05 @Rabat",
            "consultation ESP-MAR meeting 2025-06-05 @Rabat",
        ],
        ["consultation ESP-MAR visit 2025-06-05 @Rabat"],
        id="consultation.during-which",
    ),
    pytest.param(
        "consultation.during-which",
        "Le chef de la diplomatie béninoise a effectué mardi une visite de travail à Lomé, durant laquelle il s'est entretenu avec le président Faure Gnassingbé.",
        [
            "consultation BEN-TGO visit 2025-06-10 @Lomé",
            "consultation BEN-TGO meeting 2025-06-10 @Lomé",
        ],
        ["consultation BEN-TGO visit 2025-06-10 @Lomé"],
        id="consultation.during-which-durant",
    ),
    pytest.param(
        "consultation.during-which",
        "En mars 2022, le président turc avait effectué une visite à Kiev, au cours de laquelle il avait rencontré le président Volodymyr Zelensky.",
        [
            "consultation TUR-UKR visit 2022-03 @Kiev bg",
            "consultation TUR-UKR meeting 2022-03 @Kiev bg",
        ],
        ["consultation TUR-UKR visit 2022-03 @Kiev bg"],
        id="consultation.during-which-pluperfect",
    ),
    pytest.param(
        "consultation.another-met",
        "Le ministre égyptien des Affaires étrangères s'est entretenu mardi à Beyrouth avec le président Joseph Aoun, puis il a rencontré au Grand Sérail le Premier ministre Nawaf Salam.",
        [
            "consultation EGY-LBN meeting 2025-06-10 @Beyrouth",
            "consultation EGY-LBN meeting 2025-06-10 @Beyrouth",
        ],
        ["consultation EGY-LBN meeting 2025-06-10 @Beyrouth"],
        id="consultation.another-met",
    ),
    pytest.param(
        "consultation.another-met",
        "Arrivé lundi à Dakar, le ministre gambien a rencontré le président Bassirou Diomaye Faye au palais, avant de se rendre à la Primature où il a rencontré Ousmane Sonko.",
        [
            "consultation GMB-SEN meeting 2025-06-09 @Dakar",
            "consultation GMB-SEN meeting 2025-06-09 @Dakar",
            "consultation GMB-SEN visit 2025-06-09 @Dakar",
        ],
        [
            "consultation GMB-SEN meeting 2025-06-09 @Dakar",
            "consultation GMB-SEN visit 2025-06-09 @Dakar",
        ],
        id="consultation.another-met-where",
    ),
]

TRACED = [
    "consultation",
    "consultation.counterparts",
    "consultation.during-which",
    "consultation.another-met",
    "consultation.earlier-session",
    "consultation.separately",
    "consultation.leaders",
    "consultation.roles",
]

SILENT = [
    pytest.param(
        "consultation.another-met",
        "Le président Abdelmadjid Tebboune a reçu lundi à Alger le chef de la diplomatie italienne, Antonio Tajani, et s'est entretenu avec Antonio Tajani du gaz.",
        ["consultation DZA-ITA meeting 2025-06-09 @Alger"],
        id="consultation.another-met-same-person",
    ),
    pytest.param(
        "consultation.another-met",
        "Le président kényan William Ruto s'est entretenu lundi à Nairobi avec le président somalien Hassan Cheikh Mohamoud, qu'il a reçu au palais présidentiel.",
        ["consultation KEN-SOM meeting 2025-06-09 @Nairobi"],
        id="consultation.another-met-nobody-after",
    ),
    pytest.param(
        "consultation.separately",
        "Le président togolais a reçu lundi à Lomé les ministres des Affaires étrangères du Ghana et du Bénin, venus conjointement présenter un projet de corridor, et les a remerciés successivement.",
        ["consultation BEN-GHA-TGO meeting 2025-06-09 @Lomé"],
        id="consultation.separately-after-the-sides",
    ),
    pytest.param(
        "consultation.during-which",
        "Le président sénégalais a effectué lundi une visite de travail à Bamako. Au cours de la visite, il s'est entretenu avec le président malien.",
        [
            "consultation MLI-SEN visit 2025-06-09 @Bamako",
            "consultation MLI-SEN meeting 2025-06-09 @Bamako",
        ],
        id="consultation.during-which-no-relative",
    ),
    pytest.param(
        "consultation.during-which",
        "Le ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais. Au cours de cet entretien, ils ont évoqué la pêche artisanale.",
        ["consultation MAR-SEN meeting 2025-06-09 @Rabat"],
        id="consultation.during-which-named-again",
    ),
    pytest.param(
        "consultation.domestic-body",
        "Le président du Conseil fédéral, Karin Keller-Sutter, s'est entretenue lundi à Berne avec le président kényan William Ruto.",
        ["consultation CHE-KEN meeting 2025-06-09 @Berne"],
        id="consultation.domestic-body-office-of-a-person",
    ),
    pytest.param(
        "consultation.domestic-body",
        "Le secrétaire général du Conseil des ministres, chef de la délégation tunisienne, a eu lundi à Alger un entretien avec son homologue algérien.",
        ["consultation DZA-TUN meeting 2025-06-09 @Alger"],
        id="consultation.domestic-body-office-of-the-head",
    ),
    pytest.param(
        "consultation.roles",
        "Le président sénégalais a eu lundi à Dakar des entretiens avec le Premier ministre malien sur la coopération et la sécurité.",
        ["consultation MLI-SEN meeting 2025-06-09 @Dakar"],
        id="consultation.roles-one-official",
    ),
    pytest.param(
        "consultation.roles",
        "Le président sénégalais a eu lundi à Dakar des entretiens avec les ministres du Mali et du Niger.",
        ["consultation MLI-NER-SEN meeting 2025-06-09 @Dakar"],
        id="consultation.roles-two-sides-together",
    ),
    pytest.param(
        "consultation.roles",
        "Le président sénégalais a reçu lundi à Dakar le Premier ministre malien, avant des entretiens avec des chefs d'entreprise et des étudiants.",
        ["consultation MLI-SEN meeting 2025-06-09 @Dakar"],
        id="consultation.roles-not-officials",
    ),
    pytest.param(
        "consultation.roles",
        "Le ministre sénégalais a reçu lundi à Dakar le ministre malien de la Défense et le ministre malien de l'Intérieur.",
        # one office of one side, received together
        ["consultation MLI-SEN meeting 2025-06-09 @Dakar"],
        id="consultation.roles-one-office",
    ),
    pytest.param(
        "consultation.separately",
        "Le ministre sénégalais s'est entretenu lundi à Dakar avec ses homologues malien et ivoirien.",
        ["consultation CIV-MLI-SEN meeting 2025-06-09 @Dakar"],
        id="consultation.separately-with-once",
    ),
    pytest.param(
        "consultation.leaders",
        "Le président sénégalais Macky Sall a reçu lundi à Dakar le ministre malien de la Défense Sadio Camara et le ministre Abdoulaye Diop.",
        ["consultation MLI-SEN meeting 2025-06-09 @Dakar"],
        id="consultation.leaders-one-office",
    ),
    pytest.param(
        "consultation.leaders",
        "Le président sénégalais Macky Sall a reçu lundi à Dakar le président malien Assimi Goïta et le président ivoirien Alassane Ouattara.",
        ["consultation CIV-MLI-SEN meeting 2025-06-09 @Dakar"],
        id="consultation.leaders-two-sides",
    ),
    pytest.param(
        "consultation.separately",
        "Le ministre sénégalais s'est entretenu lundi à Dakar avec les ambassadeurs d'Italie et d'Espagne.",
        ["consultation ESP-ITA-SEN meeting 2025-06-09 @Dakar"],
        id="consultation.separately-together",
    ),
    pytest.param(
        "consultation.separately",
        "Le ministre sénégalais s'est entretenu séparément lundi avec son homologue italien à Dakar.",
        ["consultation ITA-SEN meeting 2025-06-09 @Dakar"],
        id="consultation.separately-one-side",
    ),
    pytest.param(
        "consultation.domestic-body",
        "Le ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais au siège du ministère.",
        ["consultation MAR-SEN meeting 2025-06-09 @Rabat"],
        id="consultation.domestic-body",
    ),
    pytest.param(
        "consultation.facility-visit",
        "Le ministre marocain a effectué lundi une visite officielle au Sénégal.",
        ["consultation MAR-SEN visit 2025-06-09 @Dakar"],
        id="consultation.facility-visit",
    ),
    pytest.param(
        "consultation.facility-visit",
        "Le ministre marocain a effectué lundi une visite officielle au pays de la Teranga, à l'invitation de son homologue sénégalais.",
        ["consultation MAR-SEN visit 2025-06-09 @Dakar"],
        id="consultation.facility-visit-country-noun",
    ),
    pytest.param(
        "consultation.generic-visit",
        "Le ministre marocain a effectué lundi une visite officielle au Sénégal.",
        ["consultation MAR-SEN visit 2025-06-09 @Dakar"],
        id="consultation.generic-visit",
    ),
    pytest.param(
        "consultation.own-minister",
        "Le président sénégalais s'est entretenu mardi avec le ministre marocain des Affaires étrangères.",
        ["consultation MAR-SEN meeting 2025-06-10"],
        id="consultation.own-minister",
    ),
    pytest.param(
        "consultation.own-minister",
        "Le Premier ministre haïtien a participé lundi à l'Assemblée générale de l'OEA à Asunción. Il a aussi rencontré la ministre du Commerce international du Canada, Mary Ng.",
        [
            "consultation HTI-OAS meeting 2025-06-09 @Asunción",
            "consultation CAN-HTI meeting 2025-06-09 @Asunción",
        ],
        id="consultation.own-minister-of-a-state-named-after",
    ),
    pytest.param(
        "consultation.own-minister",
        "Le président sénégalais est arrivé lundi à Paris. Il s'est entretenu mardi avec le ministre des Armées de la France, Sébastien Lecornu.",
        [
            "consultation FRA-SEN visit 2025-06-09 @Paris",
            "consultation FRA-SEN meeting 2025-06-10 @Paris",
        ],
        id="consultation.own-minister-of-the-host",
    ),
    pytest.param(
        "consultation.own-minister",
        "Le ministre turc des Affaires étrangères est arrivé lundi en Irak pour une visite officielle. Le chef de la diplomatie s'est entretenu mardi avec le ministre du Pétrole.",
        [
            "consultation IRQ-TUR visit 2025-06-09 @Bagdad",
            "consultation IRQ-TUR meeting 2025-06-10 @Bagdad",
        ],
        id="consultation.own-minister-a-minister-abroad",
    ),
    pytest.param(
        "consultation.own-minister",
        "La ministre belge des Affaires étrangères a effectué lundi une visite officielle au Vietnam. La ministre s'est entretenue mardi à Hanoï avec le ministre de l'Industrie, Nguyen Hong Dien.",
        [
            "consultation BEL-VNM visit 2025-06-09 @Hanoï",
            "consultation BEL-VNM meeting 2025-06-10 @Hanoï",
        ],
        id="consultation.own-minister-a-minister-meets-her-counterpart",
    ),
    pytest.param(
        "consultation.reported-already",
        "Le ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais.",
        ["consultation MAR-SEN meeting 2025-06-09 @Rabat"],
        id="consultation.reported-already",
    ),
    pytest.param(
        "consultation.visit-needs-party",
        "Le ministre marocain a visité le Sénégal lundi.",
        ["consultation MAR-SEN visit 2025-06-09"],
        id="consultation.visit-needs-party",
    ),
    pytest.param(
        "consultation.weak-noun",
        "Le ministre marocain et son homologue sénégalais ont tenu lundi une réunion à Dakar.",
        ["consultation MAR-SEN meeting 2025-06-09 @Dakar"],
        id="consultation.weak-noun",
    ),
    pytest.param(
        "consultation.weak-noun",
        "Le président ghanéen a reçu lundi à Accra son homologue togolais. Le ministre togolais a également eu un entretien, mardi, avec le Premier ministre ghanéen.",
        # « a également eu un entretien »: an adverb inside the verb that says it took place
        [
            "consultation GHA-TGO meeting 2025-06-09 @Accra",
            "consultation GHA-TGO meeting 2025-06-10 @Accra",
        ],
        id="consultation.weak-noun-adverb",
    ),
    pytest.param(
        "consultation.weak-noun",
        "Les chefs de la diplomatie du Ghana, du Togo et du Bénin ont assisté mardi à Cotonou à la deuxième réunion tripartite.",
        ["consultation BEN-GHA-TGO meeting 2025-06-10 @Cotonou r2"],
        id="consultation.weak-noun-attended",
    ),
    pytest.param(
        "consultation.generic-visit",
        "Le ministre sénégalais, en déplacement lundi à Bamako, s'est entretenu avec son homologue malien.",
        [
            "consultation MLI-SEN visit 2025-06-09 @Bamako",
            "consultation MLI-SEN meeting 2025-06-09 @Bamako",
        ],
        id="consultation.generic-visit-away-to",
    ),
    pytest.param(
        "cue.negation",
        "Le ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais de la pêche.",
        ["consultation MAR-SEN meeting 2025-06-09 @Rabat"],
        id="cue.negation",
    ),
]


test_rule_fires, test_traced_rules_are_in_the_trace, test_rule_does_not_fire = RULE_TESTS
