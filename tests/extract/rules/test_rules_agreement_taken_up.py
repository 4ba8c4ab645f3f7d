# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""Instruments taken up in a next sentence (acc14a): a batch (« Les trois textes portent
respectivement sur A, B et C », « Ils concernent A et B ») and an earlier instrument
named by a participle that opens the sentence (« Conclu en 2019, cet accord … »); and a
stage told with « alors » (« … et ils avaient alors signé un accord »), of the sentence's
earlier time; the instruments of a batch given by rank (« Le premier …; le deuxième …
Les deux derniers … »); plural instruments named by a dated participle (« les accords
signés en mars 2022 »), a background event, not instruments merely in existence; and a council's decision dated by its sitting.

Each example compares the extraction with every rule on and with only its rule switched
off (:mod:`_examples`). The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from _examples import RULE_TESTS

FIRES = [
    pytest.param(
        "date.council-sitting",
        "Le Conseil des ministres s'est réuni lundi 2 juin 2025 au palais présidentiel. À la demande de la ministre de la Justice, le Conseil a pris un décret portant ratification de la convention consulaire entre le Gabon et le Cameroun.",
        ["agreement CMR-GAB approved 2025-06-02"],
        ["agreement CMR-GAB approved"],
        id="date.council-sitting-next-sentence",
    ),
    pytest.param(
        "date.council-sitting",
        "Le Conseil des ministres s'est réuni le lundi 2 juin 2025 à Libreville, présidé par le chef de l'État. Les ministres ont examiné la saison des pluies. Le Conseil a aussi pris un décret portant ratification du traité sur la pêche entre le Gabon et Sao Tomé-et-Principe.",
        ["agreement GAB-STP approved 2025-06-02 @Libreville"],
        ["agreement GAB-STP approved @Libreville"],
        id="date.council-sitting-later",
    ),
    pytest.param(
        "agreement.already-existing",
        "Le président ghanéen a reçu lundi à Accra son homologue ivoirien. Ils ont passé en revue les accords signés entre les deux pays.",
        ["consultation CIV-GHA meeting 2025-06-09 @Accra"],
        [
            "consultation CIV-GHA meeting 2025-06-09 @Accra",
            "agreement CIV-GHA signed 2025-06-09 @Accra",
        ],
        id="agreement.already-existing-undated",
    ),
    pytest.param(
        "agreement.ordinal-next",
        "Le Niger et le Bénin ont signé lundi à Cotonou deux accords. L'un facilite le transit des marchandises vers le port, l'autre encadre la lutte contre le terrorisme.",
        ["agreement BEN-NER signed 2025-06-09 @Cotonou"] * 2,
        ["agreement BEN-NER signed 2025-06-09 @Cotonou x2"],
        id="agreement.ordinal-next-one-the-other",
    ),
    pytest.param(
        "agreement.ordinal-next",
        "Réunis lundi à Tunis, les ministres tunisien et libyen ont conclu quatre conventions. La première ouvre les frontières aux étudiants ; la deuxième, un protocole sanitaire, organise les évacuations de malades. Les deux dernières n'ont pas été rendues publiques.",
        [
            "agreement LBY-TUN signed 2025-06-09 @Tunis",
            "agreement LBY-TUN signed 2025-06-09 @Tunis",
            "agreement LBY-TUN signed 2025-06-09 @Tunis x2",
        ],
        ["agreement LBY-TUN signed 2025-06-09 @Tunis x4"],
        id="agreement.ordinal-next-the-last-two",
    ),
    pytest.param(
        "date.then",
        "Le président malien a effectué lundi une visite à Dakar. En 2019 déjà, son prédécesseur s'était rendu au Sénégal, et les deux États avaient alors signé un accord de défense resté sans suite.",
        [
            "consultation MLI-SEN visit 2025-06-09 @Dakar",
            "consultation MLI-SEN visit 2019 bg",
            "agreement MLI-SEN signed 2019 bg",
        ],
        [
            "consultation MLI-SEN visit 2025-06-09 @Dakar",
            "consultation MLI-SEN visit 2019 bg",
            "agreement MLI-SEN signed 2025-06-09 @Dakar",
        ],
        id="date.then-pluperfect",
    ),
    pytest.param(
        "date.then",
        "La ministre kényane a reçu lundi à Nairobi son homologue tanzanien. En 2016, le président tanzanien avait séjourné à Mombasa pour trois jours et les deux pays avaient alors conclu un accord sur le port.",
        [
            "consultation KEN-TZA meeting 2025-06-09 @Nairobi",
            "agreement KEN-TZA signed 2016 @Mombasa bg",
            "consultation KEN-TZA visit @Mombasa",
        ],
        [
            "consultation KEN-TZA meeting 2025-06-09 @Nairobi",
            "agreement KEN-TZA signed 2025-06-09 @Mombasa",
            "consultation KEN-TZA visit @Mombasa",
        ],
        id="date.then-after-a-stay",
    ),
    pytest.param(
        "agreement.dated-anaphor",
        "Le ministre irakien a signé lundi à Bagdad avec son homologue jordanien un avenant qui prolonge l'accord sur le transit du pétrole. Conclu en mars 2019, cet accord fixe les tarifs du passage par Aqaba.",
        ["agreement IRQ-JOR signed 2025-06-09 @Bagdad", "agreement IRQ-JOR signed 2019-03 bg"],
        ["agreement IRQ-JOR signed 2025-06-09 @Bagdad"],
        id="agreement.dated-anaphor-fronted-participle",
    ),
    pytest.param(
        "agreement.dated-anaphor",
        "La Tunisie et l'Algérie ont signé lundi à Tunis un protocole sur la gestion des nappes. Ratifiée en 2016, cette convention encadre déjà le partage de l'eau entre les deux pays.",
        ["agreement DZA-TUN signed 2025-06-09 @Tunis", "agreement DZA-TUN ratified 2016 bg"],
        ["agreement DZA-TUN ratified 2016 @Tunis bg"],
        id="agreement.dated-anaphor-fronted-feminine",
    ),
    pytest.param(
        "agreement.members-next",
        "Le Ghana et le Togo ont signé lundi à Accra trois accords. Les trois textes portent respectivement sur la pêche artisanale, l'énergie solaire et la santé publique.",
        ["agreement GHA-TGO signed 2025-06-09 @Accra"] * 3,
        ["agreement GHA-TGO signed 2025-06-09 @Accra x3"],
        id="agreement.members-next-the-three",
    ),
    pytest.param(
        "agreement.members-next",
        "Réunis lundi à Niamey, les ministres malien et nigérien ont paraphé quatre mémorandums d'entente. Les 4 documents concernent le transport routier, l'éducation, la culture et le tourisme.",
        ["agreement MLI-NER negotiated 2025-06-09 @Niamey"] * 4,
        ["agreement MLI-NER negotiated 2025-06-09 @Niamey x4"],
        id="agreement.members-next-the-figure",
    ),
    pytest.param(
        "agreement.members-next",
        "Le Pérou et la Bolivie ont conclu lundi à La Paz deux conventions. Le document final a été lu par les deux ministres. Ces deux conventions couvrent la lutte contre la contrebande et l'exploitation du lithium.",
        ["agreement BOL-PER signed 2025-06-09 @La Paz"] * 2,
        ["agreement BOL-PER signed 2025-06-09 @La Paz x2"],
        id="agreement.members-next-these-two",
    ),
    pytest.param(
        "agreement.group-pronoun",
        "Le Kenya et l'Ouganda ont signé lundi à Kampala deux accords. Ils portent sur le commerce transfrontalier et la santé animale.",
        ["agreement KEN-UGA signed 2025-06-09 @Kampala"] * 2,
        ["agreement KEN-UGA signed 2025-06-09 @Kampala x2"],
        id="agreement.group-pronoun-they-bear",
    ),
    pytest.param(
        "agreement.group-pronoun",
        "À l'issue de la commission mixte tenue lundi à Dakar, la Gambie et le Sénégal ont signé trois conventions. Selon le ministère, elles concernent la pêche, les douanes et l'enseignement supérieur.",
        [
            "consultation GMB-SEN joint_commission 2025-06-09 @Dakar",
            *["agreement GMB-SEN signed 2025-06-09 @Dakar"] * 3,
        ],
        [
            "consultation GMB-SEN joint_commission 2025-06-09 @Dakar",
            "agreement GMB-SEN signed 2025-06-09 @Dakar x3",
        ],
        id="agreement.group-pronoun-after-a-comma",
    ),
]

SILENT = [
    pytest.param(
        "date.council-sitting",
        "Le Conseil des ministres s'est réuni lundi 2 juin 2025 à Lomé. Le Parlement ghanéen a ratifié l'accord sur la pêche conclu avec le Togo.",
        ["agreement GHA-TGO ratified @Accra"],
        id="date.council-sitting-another-body",
    ),
    pytest.param(
        "date.council-sitting",
        "Le Conseil des ministres s'est réuni lundi 2 juin 2025 à Lomé. Le Conseil a pris un décret portant ratification du traité entre le Togo et le Ghana signé le 12 mars 2024 à Accra, ratifié par le Parlement le 20 mai 2025.",
        ["agreement GHA-TGO ratified 2025-05-20 @Accra"],
        id="date.council-sitting-own-date",
    ),
    pytest.param(
        "agreement.already-existing",
        "Le ministre arménien a rencontré lundi à Paris son homologue français. Les deux hommes ont examiné l'application des conventions conclues en mars 2022 à Rome par leurs ministres de l'Économie.",
        [
            "consultation ARM-FRA meeting 2025-06-09 @Paris",
            "agreement ARM-FRA signed 2022-03 @Rome bg",
        ],
        id="agreement.already-existing-dated-participle",
    ),
    pytest.param(
        "agreement.already-existing",
        "Le président ghanéen a reçu lundi à Accra son homologue ivoirien. Ils ont passé en revue les accords ratifiés le 4 mai 2021 par les deux parlements.",
        [
            "consultation CIV-GHA meeting 2025-06-09 @Accra",
            "agreement CIV-GHA ratified 2021-05-04 bg",
        ],
        id="agreement.already-existing-dated-day",
    ),
    pytest.param(
        "agreement.ordinal-next",
        "Le Ghana et le Togo ont signé lundi à Accra trois accords. Le premier ministre togolais a salué un moment historique pour les deux pays.",
        ["agreement GHA-TGO signed 2025-06-09 @Accra x3"],
        id="agreement.ordinal-next-a-title",
    ),
    pytest.param(
        "agreement.ordinal-next",
        "Le Ghana et le Togo ont signé lundi à Accra un accord sur la pêche. Le premier vise à protéger les pêcheurs, le second à préserver les stocks.",
        ["agreement GHA-TGO signed 2025-06-09 @Accra"],
        id="agreement.ordinal-next-no-batch",
    ),
    pytest.param(
        "date.then",
        "Le ministre ghanéen a reçu lundi à Accra son homologue togolais, et ils ont alors signé un accord sur la pêche.",
        [
            "consultation GHA-TGO meeting 2025-06-09 @Accra",
            "agreement GHA-TGO signed 2025-06-09 @Accra",
        ],
        id="date.then-own-date",
    ),
    pytest.param(
        "date.then",
        "Le ministre ghanéen a reçu lundi à Accra son homologue togolais. En 2020, les deux pays ont signé un accord sur la pêche.",
        ["consultation GHA-TGO meeting 2025-06-09 @Accra", "agreement GHA-TGO signed 2020 bg"],
        id="date.then-no-then",
    ),
    pytest.param(
        "agreement.dated-anaphor",
        "Le Togo et le Ghana ont signé lundi à Lomé un accord sur la pêche. Paraphé en 2024, cet accord a été négocié pendant deux ans.",
        ["agreement GHA-TGO signed 2025-06-09 @Lomé"],
        id="agreement.dated-anaphor-fronted-earlier-stage",
    ),
    pytest.param(
        "agreement.dated-anaphor",
        "Le Togo et le Ghana ont ratifié lundi à Lomé une convention sur la pêche. Signée le 3 mars, cette convention encadre la pêche artisanale dans le golfe.",
        ["agreement GHA-TGO ratified 2025-06-09 @Lomé"],
        id="agreement.dated-anaphor-fronted-its-history",
    ),
    pytest.param(
        "agreement.members-next",
        "Le Ghana et le Togo ont signé lundi à Accra trois accords. Les deux textes les plus attendus portent sur la pêche et l'énergie.",
        ["agreement GHA-TGO signed 2025-06-09 @Accra x3"],
        id="agreement.members-next-another-number",
    ),
    pytest.param(
        "agreement.group-pronoun",
        "Le Kenya et l'Ouganda ont signé lundi à Kampala un accord sur l'énergie. Les deux présidents ont aussi évoqué deux projets de route. Ils concernent le nord et le sud de l'Ouganda.",
        ["agreement KEN-UGA signed 2025-06-09 @Kampala"],
        id="agreement.group-pronoun-no-batch",
    ),
    pytest.param(
        "agreement.group-pronoun",
        "Le Kenya et l'Ouganda ont signé lundi à Kampala deux accords. Ils ont aussi parlé du commerce et de la santé.",
        ["agreement KEN-UGA signed 2025-06-09 @Kampala x2"],
        id="agreement.group-pronoun-no-content-verb",
    ),
    pytest.param(
        "agreement.group-pronoun",
        "Le Kenya et l'Ouganda ont signé lundi à Kampala deux accords. Le président kényan s'est ensuite rendu à Entebbe. La presse locale a salué la rencontre. Des sources officielles ont confirmé l'information. Ils portent sur le commerce et la santé.",
        ["agreement KEN-UGA signed 2025-06-09 @Kampala x2"],
        id="agreement.group-pronoun-too-far",
    ),
]

TRACED: list[str] = [
    "agreement.members-next",
    "agreement.group-pronoun",
    "agreement.dated-anaphor",
    "date.then",
    "agreement.ordinal-next",
    "date.council-sitting",
]
"""The rules that write their name in the trace of the events of their example."""


test_rule_fires, test_traced_rules_are_in_the_trace, test_rule_does_not_fire = RULE_TESTS
