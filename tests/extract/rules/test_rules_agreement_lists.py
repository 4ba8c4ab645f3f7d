# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""Agreement rules of the eighth accuracy round: lists of instruments, their stages and sides,
and stages denied or negated.

Each example compares the extraction with every rule on and with only its rule switched
off (:mod:`_examples`). The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from _examples import RULE_TESTS

FIRES = [
    pytest.param(
        "stage.coordinated-items",
        "Au terme de leurs discussions à Alger, les ministres algérien et tunisien des Affaires étrangères ont procédé à la signature d'un accord sur la circulation des personnes, d'un mémorandum d'entente sur la gestion commune des eaux frontalières et d'un programme exécutif de coopération culturelle pour la période 2026-2028.",
        [
            "consultation DZA-TUN meeting @Alger",
            "agreement DZA-TUN signed @Alger",
            "agreement DZA-TUN signed @Alger",
            "agreement DZA-TUN signed @Alger",
        ],
        [
            "consultation DZA-TUN meeting @Alger",
            "agreement DZA-TUN signed @Alger",
            "agreement DZA-TUN signed @Alger",
        ],
        id="stage.coordinated-items-signature-of",
    ),
    pytest.param(
        "stage.coordinated-items",
        "Le Vietnam et le Laos ont renforcé leur coopération. Un accord sur la protection réciproque des investissements dans les zones frontalières des deux pays, une convention d'entraide judiciaire en matière pénale et civile et un mémorandum d'entente sur la formation des diplomates ont été signés lundi par les deux ministres.",
        ["agreement LAO-VNM signed 2025-06-09"] * 3,
        ["agreement LAO-VNM signed 2025-06-09"],
        id="stage.coordinated-items-passive-after",
    ),
    pytest.param(
        "stage.coordinated-items",
        "Le Premier ministre ivoirien a signé mardi avec son homologue ghanéen un accord de coopération dans le domaine des transports routiers et ferroviaires entre Abidjan et Accra, ainsi qu'un protocole d'accord sur la gestion commune des eaux et des forêts le long de la frontière commune.",
        ["agreement CIV-GHA signed 2025-06-10"] * 2,
        ["agreement CIV-GHA signed 2025-06-10"],
        id="stage.coordinated-items-as-well-as",
    ),
    pytest.param(
        "stage.coordinated-items",
        "Le Parlement sénégalais a approuvé lundi la convention fiscale conclue avec la Mauritanie pour éviter les doubles impositions des entreprises et des particuliers, l'accord de coopération dans le domaine de la pêche artisanale et le traité d'extradition entre les deux pays.",
        ["agreement MRT-SEN approved 2025-06-09 @Dakar"] * 3,
        ["agreement MRT-SEN approved 2025-06-09 @Dakar", "agreement MRT-SEN approved 2025-06-09"],
        id="stage.coordinated-items-approved",
    ),
    pytest.param(
        "stage.coordinated-items",
        "Le Kazakhstan et l'Ouzbékistan ont conclu lundi à Tachkent un accord sur le transit des marchandises par voie ferrée à travers les deux pays vers les ports de la mer Caspienne, une convention consulaire et un mémorandum sur la coopération dans la recherche scientifique.",
        ["agreement KAZ-UZB signed 2025-06-09 @Tachkent"] * 3,
        ["agreement KAZ-UZB signed 2025-06-09 @Tachkent"],
        id="stage.coordinated-items-concluded",
    ),
    pytest.param(
        "stage.coordinated-items",
        "Les députés ont voté jeudi les projets de loi portant assentiment à l'accord de coopération douanière entre la Belgique et le Ghana, à la convention fiscale avec le Togo et à l'accord relatif au transport aérien conclu avec le Bénin.",
        [
            "agreement BEL-GHA approved 2025-06-05",
            "agreement BEL-TGO approved 2025-06-05",
            "agreement BEL-BEN approved 2025-06-05",
        ],
        [
            "agreement BEL-GHA approved 2025-06-05",
            "agreement BEL-TGO approved 2025-06-05",
            "agreement BEL-BEN signed 2025-06-05",
        ],
        id="stage.coordinated-items-later-stage-of-the-list",
    ),
    pytest.param(
        "stage.cabinet-bill",
        "Réuni vendredi dernier, le Conseil des ministres fédéral a approuvé à son tour l'avant-projet de loi portant assentiment à la convention fiscale avec le Sénégal. Le ministre belge s'est entretenu lundi à Dakar avec son homologue sénégalais.",
        ["consultation BEL-SEN meeting 2025-06-09 @Dakar"],
        [
            "agreement BEL-SEN approved 2025-06-06 @Dakar",
            "consultation BEL-SEN meeting 2025-06-09 @Dakar",
        ],
        id="stage.cabinet-bill-preliminary-draft",
    ),
    pytest.param(
        "agreement.item-sides+parties.instrument-between",
        "Les députés ont voté jeudi les projets de loi portant assentiment à l'accord de coopération douanière entre la Belgique et le Ghana, à la convention fiscale avec le Togo et à l'accord relatif au transport aérien conclu avec le Bénin.",
        [
            "agreement BEL-GHA approved 2025-06-05",
            "agreement BEL-TGO approved 2025-06-05",
            "agreement BEL-BEN approved 2025-06-05",
        ],
        [
            "agreement BEL-GHA-TGO approved 2025-06-05",
            "agreement BEL-TGO approved 2025-06-05",
            "agreement BEL-BEN approved 2025-06-05",
        ],
        id="agreement.item-sides-between-then-with",
    ),
    pytest.param(
        "agreement.item-sides+parties.instrument-between",
        "Le Sénégal a ratifié lundi le traité de délimitation des frontières maritimes entre le Sénégal et la Gambie, puis l'accord de pêche conclu avec la Mauritanie.",
        [
            "agreement GMB-SEN ratified 2025-06-09 @Dakar",
            "agreement MRT-SEN ratified 2025-06-09 @Dakar",
        ],
        ["agreement GMB-MRT-SEN ratified 2025-06-09 @Dakar"] * 2,
        id="agreement.item-sides-ratified",
    ),
    pytest.param(
        "agreement.members-next",
        "Le Sénégal et la Mauritanie ont signé mardi à Dakar trois accords. Ces accords portent sur la pêche artisanale, l'élevage transfrontalier et la gestion de l'eau.",
        ["agreement MRT-SEN signed 2025-06-10 @Dakar"] * 3,
        ["agreement MRT-SEN signed 2025-06-10 @Dakar x3"],
        id="agreement.members-next-bearing",
    ),
    pytest.param(
        "agreement.members-next",
        "Réunis lundi à Tunis, les ministres tunisien et libyen ont conclu quatre conventions de coopération. Ces conventions concernent les douanes, la santé, l'enseignement supérieur ainsi que le transport routier.",
        ["agreement LBY-TUN signed 2025-06-09 @Tunis"] * 4,
        ["agreement LBY-TUN signed 2025-06-09 @Tunis x4"],
        id="agreement.members-next-and-also",
    ),
    pytest.param(
        "agreement.members-next",
        "Le Japon et le Vietnam ont paraphé mercredi deux mémorandums d'entente. Ces textes couvrent la formation des infirmiers et les énergies renouvelables.",
        ["agreement JPN-VNM negotiated 2025-06-04"] * 2,
        ["agreement JPN-VNM negotiated 2025-06-04 x2"],
        id="agreement.members-next-texts",
    ),
    pytest.param(
        "agreement.item-sides",
        "Mercredi, le Sénat a ratifié le traité d'entraide judiciaire entre la France et le Brésil, puis la convention avec l'Argentine relative à l'extradition.",
        [
            "agreement BRA-FRA ratified 2025-06-04",
            "agreement ARG-FRA ratified 2025-06-04",
        ],
        [
            "agreement BRA-FRA ratified 2025-06-04",
            "agreement ARG-BRA-FRA ratified 2025-06-04",
        ],
        id="agreement.item-sides-no-subject-first-side",
    ),
    pytest.param(
        "agreement.item-sides",
        "Les députés suisses ont approuvé mardi la convention de sécurité sociale entre la Suisse et l'Inde, ainsi que, sans débat, le traité avec le Chili sur la reconnaissance des diplômes.",
        [
            "agreement CHE-IND approved 2025-06-10 @Berne",
            "agreement CHE-CHL approved 2025-06-10 @Berne",
        ],
        [
            "agreement CHE-IND approved 2025-06-10 @Berne",
            "agreement CHE-CHL-IND approved 2025-06-10 @Berne",
        ],
        id="agreement.item-sides-no-subject-approved",
    ),
    pytest.param(
        "agreement.item-sides",
        "Mardi à Bakou, l'Azerbaïdjan a signé un mémorandum entre l'Azerbaïdjan et la Géorgie sur le transit du gaz et un accord sur les visas avec l'Ouzbékistan.",
        [
            "agreement AZE-GEO signed 2025-06-10 @Bakou",
            "agreement AZE-UZB signed 2025-06-10 @Bakou",
        ],
        ["agreement AZE-GEO signed 2025-06-10 @Bakou"] * 2,
        id="agreement.item-sides-dateline-less-memorandum",
    ),
    pytest.param(
        "agreement.item-sides+parties.instrument-between",
        "L'Union européenne a conclu jeudi un accord de partenariat économique entre l'UE et le Kenya et un accord commercial avec le Chili.",
        ["agreement EU-KEN signed 2025-06-05", "agreement CHL-EU signed 2025-06-05"],
        ["agreement CHL-EU-KEN signed 2025-06-05"],
        id="agreement.item-sides-organisation",
    ),
    pytest.param(
        "agreement.item-sides",
        "Le Japon a signé lundi un mémorandum entre les gouvernements japonais et vietnamien sur l'énergie, puis un protocole avec la Thaïlande sur le commerce.",
        ["agreement JPN-VNM signed 2025-06-09", "agreement JPN-THA signed 2025-06-09"],
        ["agreement JPN-VNM signed 2025-06-09"] * 2,
        id="agreement.item-sides-adjectives",
    ),
    pytest.param(
        "stage.denied",
        "Le gouvernement dément formellement les rumeurs selon lesquelles le Sénégal aurait signé avec le Mali un mémorandum sur l'envoi de troupes. Le ministre sénégalais s'est entretenu lundi à Dakar avec son homologue malien.",
        ["consultation MLI-SEN meeting 2025-06-09 @Dakar"],
        [
            "agreement MLI-SEN signed 2025-06-09 @Dakar",
            "consultation MLI-SEN meeting 2025-06-09 @Dakar",
        ],
        id="stage.denied-1",
    ),
    pytest.param(
        "stage.denied",
        "Le gouvernement ghanéen a démenti avoir signé un accord militaire avec le Burkina Faso. Le président ghanéen a reçu lundi à Accra son homologue burkinabè.",
        ["consultation BFA-GHA meeting 2025-06-09 @Accra"],
        [
            "agreement BFA-GHA signed 2025-06-09 @Accra",
            "consultation BFA-GHA meeting 2025-06-09 @Accra",
        ],
        id="stage.denied-2",
    ),
    pytest.param(
        "stage.denied",
        "Rabat dément formellement que le Maroc ait conclu un accord secret avec Israël sur la livraison de drones. Le ministre marocain s'est entretenu lundi avec son homologue israélien.",
        ["consultation ISR-MAR meeting 2025-06-09"],
        ["agreement ISR-MAR signed 2025-06-09", "consultation ISR-MAR meeting 2025-06-09"],
        id="stage.denied-3",
    ),
    pytest.param(
        "stage.denied",
        "Le porte-parole du gouvernement malien a démenti jeudi que Bamako ait signé un protocole d'accord avec la Russie sur l'exploitation de l'or. Le ministre malien a reçu lundi l'ambassadeur russe à Bamako.",
        ["consultation MLI-RUS meeting 2025-06-09 @Bamako"],
        [
            "agreement MLI-RUS signed 2025-06-05 @Bamako",
            "consultation MLI-RUS meeting 2025-06-09 @Bamako",
        ],
        id="stage.denied-4",
    ),
    pytest.param(
        "stage.denied",
        "Le Caire nie les rumeurs selon lesquelles l'Égypte et le Soudan auraient paraphé un traité de défense. Le président égyptien a reçu lundi au Caire son homologue soudanais.",
        ["consultation EGY-SDN meeting 2025-06-09 @Le Caire"],
        [
            "agreement EGY-SDN negotiated 2025-06-09 @Le Caire",
            "consultation EGY-SDN meeting 2025-06-09 @Le Caire",
        ],
        id="stage.denied-5",
    ),
    pytest.param(
        "agreement.none",
        "Le Niger et le Tchad ont signé lundi à Niamey un accord sur la pêche. Aucun accord de défense n'a été conclu avec le Bénin.",
        ["agreement NER-TCD signed 2025-06-09 @Niamey"],
        [
            "agreement NER-TCD signed 2025-06-09 @Niamey",
            "agreement BEN-NER signed 2025-06-09 @Niamey",
        ],
        id="agreement.none-1",
    ),
    pytest.param(
        "agreement.none",
        "Le ministre libanais s'est entretenu lundi à Amman avec son homologue jordanien. Aucun accord n'a pour autant été conclu entre le Liban et la Jordanie sur le transit des camions.",
        ["consultation JOR-LBN meeting 2025-06-09 @Amman"],
        [
            "consultation JOR-LBN meeting 2025-06-09 @Amman",
            "agreement JOR-LBN signed 2025-06-09 @Amman",
        ],
        id="agreement.none-aside",
    ),
    pytest.param(
        "agreement.none",
        "Le ministre ghanéen a reçu mardi à Accra son homologue togolais, mais le Ghana et le Togo n'ont signé aucun accord.",
        ["consultation GHA-TGO meeting 2025-06-10 @Accra"],
        [
            "consultation GHA-TGO meeting 2025-06-10 @Accra",
            "agreement GHA-TGO signed 2025-06-10 @Accra",
        ],
        id="agreement.none-2",
    ),
    pytest.param(
        "agreement.none",
        "Malgré trois jours de pourparlers à Genève, l'Arménie et l'Azerbaïdjan n'ont paraphé aucune convention. Le ministre arménien s'est entretenu lundi avec son homologue azerbaïdjanais.",
        [
            "consultation ARM-AZE negotiation 2025-06-09 @Genève",
            "consultation ARM-AZE meeting 2025-06-09 @Genève",
        ],
        [
            "consultation ARM-AZE negotiation 2025-06-09 @Genève",
            "agreement ARM-AZE negotiated 2025-06-09 @Genève",
            "consultation ARM-AZE meeting 2025-06-09 @Genève",
        ],
        id="agreement.none-3",
    ),
    pytest.param(
        "agreement.none",
        "Le président kényan a rencontré lundi à Nairobi son homologue ougandais ; nul traité n'a été signé par le Kenya et l'Ouganda à cette occasion.",
        ["consultation KEN-UGA meeting 2025-06-09 @Nairobi"],
        [
            "consultation KEN-UGA meeting 2025-06-09 @Nairobi",
            "agreement KEN-UGA signed 2025-06-09 @Nairobi",
        ],
        id="agreement.none-4",
    ),
    pytest.param(
        "agreement.none",
        "Le Maroc et l'Espagne ont signé jeudi un accord sur la migration, mais aucun nouveau mémorandum sur la pêche n'a été conclu entre le Maroc et l'Espagne.",
        ["agreement ESP-MAR signed 2025-06-05"],
        ["agreement ESP-MAR signed 2025-06-05", "agreement ESP-MAR signed 2025-06-05"],
        id="agreement.none-5",
    ),
    pytest.param(
        "agreement.none+date.scene",
        "Le Liban et la Syrie ont paraphé lundi à Damas une convention judiciaire, mais rien n'a été signé.",
        ["agreement LBN-SYR negotiated 2025-06-09 @Damas"],
        ["agreement LBN-SYR signed @Damas"],
        id="agreement.none-stage-1",
    ),
    pytest.param(
        "agreement.none",
        "Aucun traité de défense n'a été conclu ni même négocié entre le Sénégal et le Mali. Le ministre sénégalais s'est entretenu lundi à Dakar avec son homologue malien.",
        ["consultation MLI-SEN meeting 2025-06-09 @Dakar"],
        [
            "agreement MLI-SEN signed 2025-06-09 @Dakar",
            "consultation MLI-SEN meeting 2025-06-09 @Dakar",
        ],
        id="agreement.none-stage-2",
    ),
    pytest.param(
        "agreement.dated-anaphor",
        "Le Liban et la Syrie ont paraphé le 2 juin à Damas une convention judiciaire. Les deux pays appliquent aussi l'accord signé le 27 mars à Djeddah par leurs ministres de la Défense.",
        [
            "agreement LBN-SYR negotiated 2025-06-02 @Damas",
            "agreement LBN-SYR signed 2025-03-27 @Djeddah",
        ],
        ["agreement LBN-SYR signed 2025-03-27 @Damas"],
        id="agreement.dated-anaphor-day-1",
    ),
    pytest.param(
        "agreement.dated-anaphor",
        "Le Maroc et le Sénégal ont signé le 12 mai à Rabat une convention sur la pêche. Les deux ministres ont aussi évoqué l'accord signé le 3 février à Dakar sur le transport aérien.",
        [
            "agreement MAR-SEN signed 2025-05-12 @Rabat",
            "agreement MAR-SEN signed 2025-02-03 @Dakar",
        ],
        ["agreement MAR-SEN signed 2025-05-12 @Rabat"],
        id="agreement.dated-anaphor-day-2",
    ),
    pytest.param(
        "agreement.dated-anaphor",
        "Le Kenya et l'Éthiopie ont signé le 4 juin à Nairobi un mémorandum sur l'eau. Le mémorandum signé le 15 janvier à Addis-Abeba portait, lui, sur l'électricité.",
        [
            "agreement ETH-KEN signed 2025-06-04 @Nairobi",
            "agreement ETH-KEN signed 2025-01-15 @Addis-Abeba",
        ],
        ["agreement ETH-KEN signed 2025-06-04 @Nairobi"],
        id="agreement.dated-anaphor-day-3",
    ),
    pytest.param(
        "stage.negated",
        "Le Cameroun et le Tchad ont clos lundi à Yaoundé leur commission mixte. Quant à l'accord sur la sécurité frontalière signé en 2018 à N'Djamena, il n'a toujours pas été ratifié par le Tchad.",
        [
            "consultation CMR-TCD joint_commission 2025-06-09 @Yaoundé",
            "agreement CMR-TCD signed 2018 @N'Djamena bg",
        ],
        ["consultation CMR-TCD joint_commission 2025-06-09 @Yaoundé"],
        id="stage.negated-1",
    ),
    pytest.param(
        "stage.negated",
        "Le Ghana et le Togo n'ont pas encore ratifié l'accord sur la pêche, signé le 3 mars à Lomé.",
        ["agreement GHA-TGO signed 2025-03-03 @Lomé"],
        [],
        id="stage.negated-2",
    ),
    pytest.param(
        "stage.negated",
        "L'accord de défense entre le Mali et le Niger, signé en 2023 à Niamey, n'est pas encore entré en vigueur.",
        ["agreement MLI-NER signed 2023 @Niamey bg"],
        [],
        id="stage.negated-3",
    ),
    pytest.param(
        "stage.negated",
        "C'est à Genève que le Tchad et le Soudan avaient conclu en 2016 un accord sur le bétail transhumant, jamais ratifié depuis.",
        ["agreement SDN-TCD signed 2016 @Genève bg"],
        [],
        id="stage.negated-elliptic-participle",
    ),
    pytest.param(
        "stage.negated",
        "Le Togo et le Bénin ont paraphé lundi à Lomé une convention fiscale, mais pas encore signée par les ministres.",
        ["agreement BEN-TGO negotiated 2025-06-09 @Lomé"],
        [],
        id="stage.negated-but-not-yet",
    ),
    # the instrument named again: the life-cycle's negated stage (cue.negated-verb) keeps
    # its first stage too, so both are switched off to see the stage go wrong
    pytest.param(
        "stage.negated+cue.negated-verb",
        "La convention fiscale entre le Togo et le Bénin a été signée le 3 mars 2024 à Cotonou. Faute de quorum, cette convention n'est donc toujours pas ratifiée.",
        ["agreement BEN-TGO signed 2024-03-03 @Cotonou bg"],
        ["agreement BEN-TGO ratified 2024-03-03 bg"],
        id="stage.negated-named-again",
    ),
    pytest.param(
        "cue.negated-verb",
        "C'est à Genève que le Tchad et le Soudan avaient conclu en 2016 un accord sur le bétail transhumant, jamais ratifié depuis.",
        ["agreement SDN-TCD signed 2016 @Genève bg"],
        ["agreement SDN-TCD ratified"],
        id="cue.negated-verb-elliptic-participle",
    ),
    pytest.param(
        "agreement.none",
        "Le ministre libanais a signé mardi à Amman un protocole avec son homologue jordanien. Aucun accord n'a toutefois été conclu sur le transit des camions.",
        ["agreement JOR-LBN signed 2025-06-10 @Amman"],
        ["agreement JOR-LBN signed 2025-06-10 @Amman"] * 2,
        id="agreement.none-adverb",
    ),
    pytest.param(
        "stage.negated",
        "La Mauritanie n'a pas encore approuvé le protocole sur la pêche signé le 2 mai à Nouakchott avec le Sénégal.",
        ["agreement MRT-SEN signed 2025-05-02 @Nouakchott"],
        [],
        id="stage.negated-4",
    ),
    pytest.param(
        "stage.negated",
        "Le traité de paix entre l'Arménie et l'Azerbaïdjan, paraphé en août à Washington, n'a pas encore été signé.",
        ["agreement ARM-AZE negotiated 2024-08 @Washington bg"],
        [],
        id="stage.negated-5",
    ),
    pytest.param(
        "stage.negated",
        "Le Ghana n'a pas ratifié la convention de 2010, mais il a signé lundi à Accra un accord sur la pêche avec le Togo.",
        ["agreement GHA-TGO signed 2025-06-09 @Accra"],
        [],
        id="stage.negated-6",
    ),
    pytest.param(
        "stage.negated",
        "Le Ghana et le Togo n'ont pas ratifié la convention sur la pêche et ont signé lundi à Accra un accord sur l'énergie.",
        ["agreement GHA-TGO signed 2025-06-09 @Accra"],
        [],
        id="stage.negated-7",
    ),
]

SILENT = [
    pytest.param(
        "stage.negated",
        "Le Togo et le Bénin ont signé lundi à Lomé une convention fiscale, ratifiée mardi par le Parlement togolais.",
        ["agreement BEN-TGO ratified 2025-06-10 @Lomé"],
        id="stage.negated-participle-not-negated",
    ),
    pytest.param(
        "agreement.members-next",
        "Le Sénégal et la Mauritanie ont signé mardi à Dakar trois accords. Ces accords portent sur la pêche et l'élevage.",
        ["agreement MRT-SEN signed 2025-06-10 @Dakar x3"],
        id="agreement.members-next-fewer-subjects",
    ),
    pytest.param(
        "agreement.members-next",
        "Le Sénégal et la Mauritanie ont signé mardi à Dakar trois accords. Ces accords, selon le ministre, renforcent la coopération dans la pêche, l'élevage et l'eau.",
        ["agreement MRT-SEN signed 2025-06-10 @Dakar x3"],
        id="agreement.members-next-no-list",
    ),
    pytest.param(
        "stage.coordinated-items",
        "Le Maroc et le Sénégal ont signé lundi à Rabat un accord de coopération dans le domaine de l'agriculture et de l'élevage des bovins et des ovins, et le traité d'amitié de 1975 est resté au cœur des entretiens entre les deux délégations.",
        ["agreement MAR-SEN signed 2025-06-09 @Rabat"],
        id="stage.coordinated-items-another-clause",
    ),
    pytest.param(
        "stage.coordinated-items",
        "Le Ghana et le Togo ont signé mardi un accord sur la pêche artisanale dans le golfe de Guinée et la protection des ressources halieutiques des deux pays ; un mémorandum sur la santé animale, lui, reste à l'étude.",
        ["agreement GHA-TGO signed 2025-06-10"],
        id="stage.coordinated-items-semicolon",
    ),
    pytest.param(
        "stage.coordinated-items",
        "Le Niger et le Tchad ont signé lundi à Niamey un accord de coopération militaire portant sur la formation des officiers et le partage du renseignement entre les deux armées, tandis qu'un protocole sur le transport aérien des passagers reste en discussion.",
        ["agreement NER-TCD signed 2025-06-09 @Niamey"],
        id="stage.coordinated-items-while",
    ),
    pytest.param(
        "agreement.item-sides",
        "La Belgique a signé jeudi avec le Ghana un accord de coopération douanière et une convention fiscale.",
        ["agreement BEL-GHA signed 2025-06-05"] * 2,
        id="agreement.item-sides-one-partner-for-all",
    ),
    pytest.param(
        "agreement.item-sides",
        "Le Maroc a signé lundi un accord sur la pêche avec la Mauritanie et une convention consulaire avec le Sénégal.",
        ["agreement MAR-MRT signed 2025-06-09", "agreement MAR-SEN signed 2025-06-09"],
        id="agreement.item-sides-each-its-partner",
    ),
    pytest.param(
        "agreement.item-sides",
        "Le Mali et le Niger ont signé lundi un accord sur la sécurité, puis un protocole relatif aux échanges avec les pays voisins.",
        ["agreement MLI-NER signed 2025-06-09"] * 2,
        id="agreement.item-sides-no-party-after-with",
    ),
    pytest.param(
        "stage.denied",
        "Le ministre sénégalais a démenti les rumeurs de remaniement, puis a signé lundi à Dakar un accord sur la pêche avec son homologue mauritanien.",
        ["agreement MRT-SEN signed 2025-06-09 @Dakar"],
        id="stage.denied-silent-1",
    ),
    pytest.param(
        "stage.denied",
        "Le porte-parole, qui a démenti les rumeurs de crise, a indiqué que le Sénégal et la Mauritanie ont signé lundi un accord sur la pêche.",
        ["agreement MRT-SEN signed 2025-06-09"],
        id="stage.denied-silent-2",
    ),
    pytest.param(
        "stage.denied",
        "Le Mali dément toute ingérence chez son voisin et rappelle que le Mali et le Niger ont signé lundi à Bamako un accord de défense.",
        ["agreement MLI-NER signed 2025-06-09 @Bamako"],
        id="stage.denied-silent-3",
    ),
    pytest.param(
        "agreement.none",
        "Le Maroc et l'Espagne ont signé jeudi un accord qui ne prévoit aucune contrepartie financière.",
        ["agreement ESP-MAR signed 2025-06-05"],
        id="agreement.none-silent-1",
    ),
    pytest.param(
        "agreement.none",
        "Aucun pays n'a autant investi au Sénégal que le Maroc, qui a signé lundi avec le Sénégal un accord sur la pêche.",
        ["agreement MAR-SEN signed 2025-06-09"],
        id="agreement.none-silent-2",
    ),
    pytest.param(
        "agreement.none",
        "Le Ghana et le Togo ont signé lundi à Lomé un accord sur l'énergie, sans qu'aucune objection ne soit soulevée.",
        ["agreement GHA-TGO signed 2025-06-09 @Lomé"],
        id="agreement.none-silent-3",
    ),
    pytest.param(
        "agreement.dated-anaphor",
        "Le Ghana et le Togo ont paraphé le 5 mars un protocole sur l'énergie. Le protocole a été signé le 20 avril à Lomé par les deux ministres.",
        ["agreement GHA-TGO signed 2025-04-20 @Lomé"],
        id="agreement.dated-anaphor-day-silent-1",
    ),
    pytest.param(
        "agreement.dated-anaphor",
        "Le Mali et le Niger ont signé le 3 juin à Niamey un accord de défense. L'accord signé le 3 juin prévoit des patrouilles communes.",
        ["agreement MLI-NER signed 2025-06-03 @Niamey"],
        id="agreement.dated-anaphor-day-silent-2",
    ),
    pytest.param(
        "stage.negated",
        "Le Mali et le Niger ont signé lundi à Niamey un accord de défense qui n'était pas attendu si tôt.",
        ["agreement MLI-NER signed 2025-06-09 @Niamey"],
        id="stage.negated-silent-1",
    ),
    pytest.param(
        "stage.negated",
        "Le ministre béninois s'est entretenu lundi à Cotonou avec son homologue togolais. Le Bénin et le Togo n'ont pas signé l'accord sur le transport.",
        ["consultation BEN-TGO meeting 2025-06-09 @Cotonou"],
        id="stage.negated-silent-2",
    ),
    pytest.param(
        "stage.negated",
        "Le Ghana et le Togo ont signé lundi à Accra un accord sur l'énergie, qui n'a pas été soumis au Parlement.",
        ["agreement GHA-TGO signed 2025-06-09 @Accra"],
        id="stage.negated-silent-3",
    ),
]

TRACED: list[str] = [
    "agreement.members-next",
    "stage.coordinated-items",
    "agreement.item-sides",
    "agreement.dated-anaphor",
    "stage.negated",
]
"""The rules that write their name in the trace of the events of their example."""


test_rule_fires, test_traced_rules_are_in_the_trace, test_rule_does_not_fire = RULE_TESTS
