# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""Attribute rules, merge and finish: each rule's own examples, run against it alone.

Each example compares the extraction with every rule on and with only its rule switched
off (:mod:`_examples`). The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from _examples import RULE_TESTS

FIRES = [
    pytest.param(
        "date.lede",
        "Le président ghanéen en visite éclair au Togo\n\nLe président ghanéen a foulé lundi le sol togolais pour la première fois depuis son élection. Dimanche, son ministre des Affaires étrangères s'était entretenu à Lomé avec son homologue togolais.",
        [
            "consultation GHA-TGO visit 2025-06-09 @Lomé",
            "consultation GHA-TGO meeting 2025-06-08 @Lomé",
        ],
        [
            "consultation GHA-TGO visit 2025-06-08 @Lomé",
            "consultation GHA-TGO meeting 2025-06-08 @Lomé",
        ],
        id="date.lede-verb-not-read",
    ),
    pytest.param(
        "date.lede",
        "Lima et La Paz lancent leurs consultations politiques\n\nLima, 10 juin 2025 (Andina) - Les vice-ministres péruvien et bolivien des Affaires étrangères ont lancé lundi à Lima un nouveau mécanisme de dialogue entre les deux pays. Arrivé dimanche à Lima, le vice-ministre bolivien a été reçu par le président péruvien.",
        [
            "consultation BOL-PER political_consultations 2025-06-09 @Lima",
            "consultation BOL-PER meeting 2025-06-08 @Lima",
            "consultation BOL-PER visit 2025-06-08 @Lima",
        ],
        [
            "consultation BOL-PER political_consultations 2025-06-08 @Lima",
            "consultation BOL-PER meeting 2025-06-08 @Lima",
            "consultation BOL-PER visit 2025-06-08 @Lima",
        ],
        id="date.lede-after-dateline",
    ),
    pytest.param(
        "date.lede",
        "Hanoï et Vientiane signent un accord sur l'électricité\n\nHANOÏ, 10 juin (VNA) -- Les ministres vietnamien et laotien de l'Énergie ont apposé lundi leur paraphe au bas d'un texte sur les lignes à haute tension. Le 5 juin, le Premier ministre vietnamien avait reçu à Hanoï son homologue laotien.",
        [
            "agreement LAO-VNM signed 2025-06-09 @Hanoï",
            "consultation LAO-VNM meeting 2025-06-05 @Hanoï",
        ],
        [
            "agreement LAO-VNM signed 2025-06-05 @Hanoï",
            "consultation LAO-VNM meeting 2025-06-05 @Hanoï",
        ],
        id="date.lede-signing",
    ),
    pytest.param(
        "date.frame-meeting",
        "Le ministre togolais des Affaires étrangères a reçu lundi à Lomé son homologue béninois. Les deux pays avaient signé, lors de la 4e session de leur commission mixte, tenue à Cotonou en 2019, sept accords de coopération.",
        [
            "consultation BEN-TGO meeting 2025-06-09 @Lomé",
            "consultation BEN-TGO joint_commission 2019 @Cotonou r4 bg",
            "agreement BEN-TGO signed 2019 @Cotonou x7 bg",
        ],
        [
            "consultation BEN-TGO meeting 2025-06-09 @Lomé",
            "consultation BEN-TGO joint_commission 2019 @Cotonou r4 bg",
            "agreement BEN-TGO signed 2025-06-09 @Cotonou x7",
        ],
        id="date.frame-meeting-lors-de",
    ),
    pytest.param(
        "date.frame-meeting",
        "Le ministre marocain des Affaires étrangères a reçu lundi à Rabat son homologue guinéen. Le Maroc et la Guinée avaient conclu, en marge de la 2e session de leur commission mixte, organisée à Conakry en 2016, trois conventions.",
        [
            "consultation GIN-MAR meeting 2025-06-09 @Rabat",
            "consultation GIN-MAR joint_commission 2016 @Conakry r2 bg",
            "agreement GIN-MAR signed 2016 @Conakry x3 bg",
        ],
        [
            "consultation GIN-MAR meeting 2025-06-09 @Rabat",
            "consultation GIN-MAR joint_commission 2016 @Conakry r2 bg",
            "agreement GIN-MAR signed 2025-06-09 @Conakry x3",
        ],
        id="date.frame-meeting-en-marge",
    ),
    pytest.param(
        "date.attached-year",
        "Le ministre ghanéen des Affaires étrangères a reçu lundi à Accra son homologue ivoirien. Les deux pays sont liés par une convention de non-double imposition, signée en 2012, que les deux ministres jugent aujourd'hui dépassée.",
        ["consultation CIV-GHA meeting 2025-06-09 @Accra", "agreement CIV-GHA signed 2012 bg"],
        [
            "consultation CIV-GHA meeting 2025-06-09 @Accra",
            "agreement CIV-GHA signed 2025-06-10 @Accra",
        ],
        id="date.attached-year-today-after",
    ),
    pytest.param(
        "date.attached-year",
        "Le chef de la diplomatie algérienne a reçu lundi à Alger son homologue nigérien. Les deux ministres ont évoqué l'accord de coopération militaire ratifié en 2014 par les deux parlements, que Niamey veut désormais réviser d'ici la fin de l'année, a-t-on appris mardi.",
        ["consultation DZA-NER meeting 2025-06-09 @Alger", "agreement DZA-NER ratified 2014 bg"],
        [
            "consultation DZA-NER meeting 2025-06-09 @Alger",
            "agreement DZA-NER ratified 2025-06-10 @Alger",
        ],
        id="date.attached-year-weekday-after",
    ),
    pytest.param(
        "date.own-phrase",
        "Le ministre marocain des Affaires étrangères s'est entretenu lundi à Rabat avec son homologue sénégalais. Les deux pays avaient déjà tenu une réunion entre le ministre marocain de l'Agriculture et la ministre sénégalaise de la Pêche maritime en 2019 à Dakar.",
        [
            "consultation MAR-SEN meeting 2025-06-09 @Rabat",
            "consultation MAR-SEN meeting 2019 @Dakar bg",
        ],
        ["consultation MAR-SEN meeting 2025-06-09 @Rabat"],
        id="date.own-phrase",
    ),
    pytest.param(
        "date.at-close+date.scene",
        "Le ministre ghanéen des Affaires étrangères a été reçu le 2 juin à Lomé par le président togolais. Le 4 juin, il a eu des entretiens avec son homologue togolais. À l'issue des entretiens, les deux pays ont signé un accord sur le commerce.",
        [
            "consultation GHA-TGO meeting 2025-06-02 @Lomé",
            "consultation GHA-TGO meeting 2025-06-04 @Lomé",
            "agreement GHA-TGO signed 2025-06-04 @Lomé",
        ],
        [
            "consultation GHA-TGO meeting 2025-06-02 @Lomé",
            "consultation GHA-TGO meeting 2025-06-04 @Lomé",
            "agreement GHA-TGO signed 2025-06-02 @Lomé",
        ],
        id="date.at-close",
    ),
    pytest.param(
        "date.at-close+date.scene",
        "Le président bolivien a été reçu le 3 juin à Lima par son homologue péruvien. Le 5 juin, les ministres bolivien et péruvien des Affaires étrangères se sont réunis à Lima. Au terme de la réunion, les deux pays ont signé un accord sur l'énergie.",
        [
            "consultation BOL-PER meeting 2025-06-03 @Lima",
            "consultation BOL-PER meeting 2025-06-05 @Lima",
            "agreement BOL-PER signed 2025-06-05 @Lima",
        ],
        [
            "consultation BOL-PER meeting 2025-06-03 @Lima",
            "consultation BOL-PER meeting 2025-06-05 @Lima",
            "agreement BOL-PER signed 2025-06-03 @Lima",
        ],
        id="date.at-close-meeting",
    ),
    pytest.param(
        "consultation.talks",
        "Le président russe et son homologue turkmène ont tenu lundi à Moscou des pourparlers sur la coopération régionale.",
        ["consultation RUS-TKM meeting 2025-06-09 @Moscou"],
        ["consultation RUS-TKM negotiation 2025-06-09 @Moscou"],
        id="consultation.talks",
    ),
    pytest.param(
        "consultation.talks",
        "Le Premier ministre grec a également tenu lundi au Caire des pourparlers avec le président égyptien.",
        ["consultation EGY-GRC meeting 2025-06-09 @Le Caire"],
        ["consultation EGY-GRC negotiation 2025-06-09 @Le Caire"],
        id="consultation.talks-with-a-leader",
    ),
    pytest.param(
        "date.day-told-before",
        "Le président ghanéen a effectué du 2 au 4 juin une visite officielle au Togo. Le 3 juin, il s'est entretenu à Lomé avec son homologue togolais. Les deux pays ont ensuite signé un accord sur le commerce.",
        [
            "consultation GHA-TGO visit 2025-06-02/2025-06-04 @Lomé",
            "consultation GHA-TGO meeting 2025-06-03 @Lomé",
            "agreement GHA-TGO signed 2025-06-03 @Lomé",
        ],
        [
            "consultation GHA-TGO visit 2025-06-02/2025-06-04 @Lomé",
            "consultation GHA-TGO meeting 2025-06-03 @Lomé",
            "agreement GHA-TGO signed 2025-06-02/2025-06-04 @Lomé",
        ],
        id="date.day-told-before",
    ),
    pytest.param(
        "date.main-event+date.scene",
        "Le ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais. Le Maroc et le Sénégal ont signé un accord sur la pêche.",
        [
            "consultation MAR-SEN meeting 2025-06-09 @Rabat",
            "agreement MAR-SEN signed 2025-06-09 @Rabat",
        ],
        [
            "consultation MAR-SEN meeting 2025-06-09 @Rabat",
            "agreement MAR-SEN signed @Rabat",
        ],
        id="date.main-event",
    ),
    pytest.param(
        "date.nearest+date.scene",
        "Le ministre marocain s'est entretenu le 9 juin avec son homologue sénégalais.",
        ["consultation MAR-SEN meeting 2025-06-09"],
        ["consultation MAR-SEN meeting"],
        id="date.nearest",
    ),
    pytest.param(
        "date.publication-month",
        "Le Maroc et le Sénégal ont signé lundi un accord sur la pêche. La France a publié une déclaration sur la pêche au Mali.",
        ["agreement MAR-SEN signed 2025-06-09", "declaration FRA statement 2025-06 @Paris"],
        ["agreement MAR-SEN signed 2025-06-09", "declaration FRA statement @Paris"],
        id="date.publication-month",
    ),
    pytest.param(
        "date.stage+date.scene",
        "Le Maroc et le Sénégal ont signé le 9 juin un accord sur la pêche.",
        ["agreement MAR-SEN signed 2025-06-09"],
        ["agreement MAR-SEN signed"],
        id="date.stage",
    ),
    pytest.param(
        "finish.background",
        "Le Maroc et le Sénégal ont signé le 3 mars 2019 un accord sur la pêche. Le ministre marocain s'est entretenu lundi avec son homologue sénégalais.",
        ["agreement MAR-SEN signed 2019-03-03 bg", "consultation MAR-SEN meeting 2025-06-09"],
        ["agreement MAR-SEN signed 2019-03-03", "consultation MAR-SEN meeting 2025-06-09"],
        id="finish.background",
    ),
    pytest.param(
        "merge.group-members",
        "Le Maroc et le Sénégal ont signé lundi trois accords portant sur la pêche, le tourisme et la santé.",
        [
            "agreement MAR-SEN signed 2025-06-09",
            "agreement MAR-SEN signed 2025-06-09",
            "agreement MAR-SEN signed 2025-06-09",
        ],
        [
            "agreement MAR-SEN signed 2025-06-09 x3",
            "agreement MAR-SEN signed 2025-06-09",
            "agreement MAR-SEN signed 2025-06-09",
            "agreement MAR-SEN signed 2025-06-09",
        ],
        id="merge.group-members",
    ),
    pytest.param(
        "merge.same-event",
        "Le ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais. Le ministre marocain s'est aussi entretenu lundi avec son homologue sénégalais de la pêche.",
        ["consultation MAR-SEN meeting 2025-06-09 @Rabat"],
        [
            "consultation MAR-SEN meeting 2025-06-09 @Rabat",
            "consultation MAR-SEN meeting 2025-06-09 @Rabat",
        ],
        id="merge.same-event",
    ),
    pytest.param(
        "parties.main-pair",
        "Le Maroc et le Sénégal ont signé lundi un accord sur la pêche. Les deux parties ont aussi signé un accord sur le tourisme.",
        ["agreement MAR-SEN signed 2025-06-09", "agreement MAR-SEN signed 2025-06-09"],
        ["agreement MAR-SEN signed 2025-06-09"],
        id="parties.main-pair",
    ),
    pytest.param(
        "place.main-event+place.scene",
        "Le ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais. Le Maroc et le Sénégal ont signé un accord sur la pêche.",
        [
            "consultation MAR-SEN meeting 2025-06-09 @Rabat",
            "agreement MAR-SEN signed 2025-06-09 @Rabat",
        ],
        [
            "consultation MAR-SEN meeting 2025-06-09 @Rabat",
            "agreement MAR-SEN signed 2025-06-09",
        ],
        id="place.main-event",
    ),
    pytest.param(
        "place.sentence",
        "Le Maroc et le Sénégal ont signé lundi à Dakar un accord sur la pêche.",
        ["agreement MAR-SEN signed 2025-06-09 @Dakar"],
        ["agreement MAR-SEN signed 2025-06-09"],
        id="place.sentence",
    ),
    pytest.param(
        "place.sentence",
        "Le sommet d'Accra de la CEDEAO s'est clôturé lundi.",
        ["consultation ECOWAS summit 2025-06-09 @Accra"],
        ["consultation ECOWAS summit 2025-06-09"],
        id="place.sentence-named-meeting-elided",
    ),
    pytest.param(
        "place.sentence",
        "Le président kényan a pris part lundi, dans la ville portuaire de Mombasa, à une réunion avec son homologue tanzanien.",
        ["consultation KEN-TZA meeting 2025-06-09 @Mombasa"],
        ["consultation KEN-TZA meeting 2025-06-09"],
        id="place.sentence-in-the-city-with-an-adjective",
    ),
    pytest.param(
        "place.sentence",
        "Les ministres saoudien et égyptien des Affaires étrangères se sont entretenus mardi dans la ville sainte de La Mecque.",
        ["consultation EGY-SAU meeting 2025-06-10 @La Mecque"],
        ["consultation EGY-SAU meeting 2025-06-10"],
        id="place.sentence-in-the-holy-city",
    ),
    pytest.param(
        "place.sentence",
        "Le ministre turc et son homologue syrien ont signé jeudi, dans la ville côtière d'Antalya, un accord sur l'énergie.",
        ["agreement SYR-TUR signed 2025-06-05 @Antalya"],
        ["agreement SYR-TUR signed 2025-06-05"],
        id="place.sentence-in-the-city-elided",
    ),
    pytest.param(
        "parties.main-pair",
        "Le ministre iranien est arrivé lundi à Moscou et s'est entretenu avec son homologue azerbaïdjanais. Le ministre iranien et le ministre azerbaïdjanais se sont revus mardi à Moscou. Les deux pays ont signé un accord sur l'énergie.",
        [
            "consultation AZE-IRN meeting 2025-06-09 @Moscou",
            "consultation IRN-RUS visit 2025-06-09 @Moscou",
            "agreement AZE-IRN signed 2025-06-10 @Moscou",
        ],
        [
            "consultation AZE-IRN meeting 2025-06-09 @Moscou",
            "consultation IRN-RUS visit 2025-06-09 @Moscou",
        ],
        id="parties.main-pair-not-the-venue",
    ),
    pytest.param(
        "parties.main-pair",
        "Le président tchadien a été reçu mardi au Caire par le président nigérien. Au Caire, le président tchadien a aussi rencontré le président nigérien. Les deux pays ont signé un accord sur la sécurité.",
        [
            "consultation NER-TCD meeting 2025-06-10 @Le Caire",
            "agreement NER-TCD signed 2025-06-10 @Le Caire",
        ],
        ["consultation NER-TCD meeting 2025-06-10 @Le Caire"],
        id="parties.main-pair-venue-repeated",
    ),
    pytest.param(
        "parties.main-pair",
        "La ministre ghanéenne des Affaires étrangères, Ama Mensah, est arrivée lundi à Paris. La ministre Ama Mensah a rencontré des responsables français. La ministre Ama Mensah a rappelé le soutien de la France et de l'Allemagne. La ministre Ama Mensah a aussi salué l'Allemagne, ses entreprises, sa politique envers l'Allemagne et le modèle de l'Allemagne. Les deux pays ont signé un accord sur l'énergie.",
        [
            "consultation FRA-GHA visit 2025-06-09 @Paris",
            "consultation FRA-GHA meeting 2025-06-09 @Paris",
            "agreement FRA-GHA signed 2025-06-09 @Paris",
        ],
        [
            "consultation FRA-GHA visit 2025-06-09 @Paris",
            "consultation FRA-GHA meeting 2025-06-09 @Paris",
        ],
        id="parties.main-pair-person-named-again",
    ),
    pytest.param(
        "parties.venue-completes+parties.counted-third",
        "La réunion tripartite à laquelle ont pris part le ministre malien et le ministre nigérien s'est tenue lundi à Ouagadougou.",
        ["consultation BFA-MLI-NER meeting 2025-06-09 @Ouagadougou"],
        ["consultation MLI-NER meeting 2025-06-09 @Ouagadougou"],
        id="parties.venue-completes",
    ),
    pytest.param(
        "parties.venue-completes+parties.counted-third",
        "Le sommet trilatéral réunissant les présidents kényan et ougandais s'est déroulé mardi à Kigali.",
        ["consultation KEN-RWA-UGA summit 2025-06-10 @Kigali"],
        ["consultation KEN-UGA summit 2025-06-10 @Kigali"],
        id="parties.venue-completes-summit",
    ),
    pytest.param(
        "parties.relations-topic",
        "Le ministre kényan, préoccupé par la dégradation des relations entre la Russie et l'Ukraine, s'est entretenu mardi avec son homologue tanzanien.",
        ["consultation KEN-TZA meeting 2025-06-10"],
        ["consultation KEN-RUS-TZA-UKR meeting 2025-06-10"],
        id="parties.relations-topic",
    ),
    pytest.param(
        "parties.relations-topic",
        "Le président ghanéen a reçu lundi le ministre ivoirien pour évoquer le conflit entre le Soudan et le Tchad.",
        ["consultation CIV-GHA meeting 2025-06-09 @Accra"],
        ["consultation CIV-GHA-SDN-TCD meeting 2025-06-09 @Accra"],
        id="parties.relations-topic-conflict",
    ),
    pytest.param(
        "parties.place-relative+parties.organisation-frame",
        "Le président sénégalais s'est entretenu lundi avec son homologue ivoirien à Genève, où se tient la conférence de l'OMC.",
        ["consultation CIV-SEN meeting 2025-06-09 @Genève"],
        ["consultation CIV-SEN-WTO meeting 2025-06-09 @Genève"],
        id="parties.place-relative",
    ),
    pytest.param(
        "parties.place-relative",
        "Le président ghanéen a reçu mardi le Premier ministre togolais à Accra, où siège le secrétariat de la CEDEAO, avant une réunion du conseil.",
        ["consultation GHA-TGO meeting 2025-06-10 @Accra"],
        ["consultation ECOWAS-GHA-TGO meeting 2025-06-10 @Accra"],
        id="parties.place-relative-seat",
    ),
    pytest.param(
        "round.ordinal+round.sentence",
        "La 5e session de la commission mixte maroco-sénégalaise s'est tenue lundi à Rabat.",
        ["consultation MAR-SEN joint_commission 2025-06-09 @Rabat r5"],
        ["consultation MAR-SEN joint_commission 2025-06-09 @Rabat"],
        id="round.ordinal",
    ),
    pytest.param(
        "date.other-stage",
        "Conformément à l'accord portant création de la commission mixte, signé le 6 avril 2006 à Dakar, la deuxième session de la commission mixte sénégalo-marocaine s'est tenue à Marrakech le 26 mars 2025.",
        [
            "agreement MAR-SEN signed 2006-04-06 @Dakar bg",
            "consultation MAR-SEN joint_commission 2025-03-26 @Marrakech r2",
        ],
        [
            "agreement MAR-SEN signed 2006-04-06 @Dakar bg",
            "consultation MAR-SEN joint_commission 2006-04-06 @Marrakech r2 bg",
        ],
        id="date.other-stage",
    ),
    pytest.param(
        "date.other-stage",
        "Le traité d'amitié ratifié le 12 mai 2001 à Tunis a été au centre des consultations que les ministres algérien et tunisien ont tenues à Alger le 3 juin.",
        [
            "agreement DZA-TUN ratified 2001-05-12 @Tunis bg",
            "consultation DZA-TUN political_consultations 2025-06-03 @Alger",
        ],
        [
            "agreement DZA-TUN ratified 2001-05-12 @Tunis bg",
            "consultation DZA-TUN political_consultations 2001-05-12 @Alger bg",
        ],
        id="date.other-stage-ratified",
    ),
    pytest.param(
        "place.other-stage",
        "Conformément à l'accord portant création de la commission mixte, signé le 6 avril 2006 à Dakar, la deuxième session de la commission mixte sénégalo-marocaine s'est tenue à Marrakech le 26 mars 2025.",
        [
            "agreement MAR-SEN signed 2006-04-06 @Dakar bg",
            "consultation MAR-SEN joint_commission 2025-03-26 @Marrakech r2",
        ],
        [
            "agreement MAR-SEN signed 2006-04-06 @Dakar bg",
            "consultation MAR-SEN joint_commission 2025-03-26 @Dakar r2",
        ],
        id="place.other-stage",
    ),
    pytest.param(
        "place.other-stage",
        "En application du traité d'amitié conclu le 12 mai 2001 à Tunis, les ministres algérien et tunisien se sont réunis à Alger le 3 juin pour faire le point.",
        [
            "agreement DZA-TUN signed 2001-05-12 @Tunis bg",
            "consultation DZA-TUN meeting 2025-06-03 @Alger",
        ],
        [
            "agreement DZA-TUN signed 2001-05-12 @Tunis bg",
            "consultation DZA-TUN meeting 2025-06-03 @Tunis",
        ],
        id="place.other-stage-concluded",
    ),
    pytest.param(
        "place.capital-adjective",
        "La troisième session de la commission mixte nigéro-tchadienne s'est tenue lundi dans la capitale tchadienne.",
        ["consultation NER-TCD joint_commission 2025-06-09 @N'Djaména r3"],
        ["consultation NER-TCD joint_commission 2025-06-09 r3"],
        id="place.capital-adjective",
    ),
    pytest.param(
        "place.capital-adjective",
        "Le ministre sénégalais a été reçu mardi dans la capitale égyptienne par son homologue égyptien.",
        ["consultation EGY-SEN meeting 2025-06-10 @Le Caire"],
        ["consultation EGY-SEN meeting 2025-06-10"],
        id="place.capital-adjective-article",
    ),
    pytest.param(
        "round.meeting+round.sentence",
        "La deuxième réunion ministérielle entre le Maroc et le Sénégal s'est tenue lundi à Rabat.",
        ["consultation MAR-SEN meeting 2025-06-09 @Rabat r2"],
        ["consultation MAR-SEN meeting 2025-06-09 @Rabat"],
        id="round.meeting",
    ),
    pytest.param(
        "round.meeting+round.sentence",
        "La première réunion tripartite de concertation entre les présidents tunisien, algérien et libyen s'est tenue lundi à Tunis.",
        ["consultation DZA-LBY-TUN summit 2025-06-09 @Tunis r1"],
        ["consultation DZA-LBY-TUN summit 2025-06-09 @Tunis"],
        id="round.meeting-tripartite",
    ),
    pytest.param(
        "round.ordinal+round.sentence",
        "La troisième session ordinaire de la commission mixte maroco-sénégalaise s'est tenue lundi à Rabat.",
        ["consultation MAR-SEN joint_commission 2025-06-09 @Rabat r3"],
        ["consultation MAR-SEN joint_commission 2025-06-09 @Rabat"],
        id="round.ordinal-ordinary-session",
    ),
    pytest.param(
        "place.sentence",
        "Le ministre marocain s'est entretenu lundi avec son homologue sénégalais à l'hôtel Radisson de Dakar.",
        ["consultation MAR-SEN meeting 2025-06-09 @Dakar"],
        ["consultation MAR-SEN meeting 2025-06-09"],
        id="place.sentence-hotel",
    ),
    pytest.param(
        "place.host-city",
        "Le 3 juin, Rabat, la capitale du Maroc, a été le cadre de la quatrième session de la commission mixte maroco-sénégalaise.",
        ["consultation MAR-SEN joint_commission 2025-06-03 @Rabat r4"],
        ["consultation MAR-SEN joint_commission 2025-06-03 r4"],
        id="place.host-city-capital",
    ),
    pytest.param(
        "place.host-city",
        "Le 3 juin, Tunis a accueilli la réunion des ministres algérien et tunisien.",
        ["consultation DZA-TUN meeting 2025-06-03 @Tunis"],
        ["consultation DZA-TUN meeting 2025-06-03"],
        id="place.host-city-hosted",
    ),
    pytest.param(
        "date.works-span",
        "La troisième session de la commission mixte sénégalo-mauritanienne s'est achevée vendredi à Dakar. Les travaux, qui se sont déroulés du 4 au 6 juin, ont réuni les deux délégations.",
        ["consultation MRT-SEN joint_commission 2025-06-04/2025-06-06 @Dakar r3"],
        ["consultation MRT-SEN joint_commission 2025-06-06 @Dakar r3"],
        id="works-span-range",
    ),
    pytest.param(
        "date.works-span",
        "Nouakchott, 7 juin 2025 (AMI) - La commission mixte algéro-mauritanienne a clôturé jeudi à Nouakchott sa quatrième session, après deux jours de travaux ouverts mercredi.",
        ["consultation DZA-MRT joint_commission 2025-06-04/2025-06-05 @Nouakchott r4"],
        ["consultation DZA-MRT joint_commission 2025-06-05 @Nouakchott r4"],
        id="works-span-opened-same-sentence",
    ),
    pytest.param(
        "date.works-span",
        "La grande commission mixte nigéro-tchadienne a bouclé samedi à Niamey sa sixième session. Les travaux avaient été ouverts mercredi par les deux ministres des Affaires étrangères.",
        ["consultation NER-TCD joint_commission 2025-06-04/2025-06-07 @Niamey r6"],
        ["consultation NER-TCD joint_commission 2025-06-07 @Niamey r6"],
        id="works-span-opened-next-sentence",
    ),
    pytest.param(
        "date.works-span",
        "Le sommet des chefs d'État de la CEMAC s'est achevé lundi à Malabo. Ses travaux se sont tenus du 7 au 9 juin 2025 au palais des congrès.",
        ["consultation CEMAC summit 2025-06-07/2025-06-09 @Malabo"],
        ["consultation CEMAC summit 2025-06-09 @Malabo"],
        id="works-span-summit",
    ),
    pytest.param(
        "date.works-span",
        "La cinquième session de la commission mixte ivoiro-burkinabè a pris fin mardi à Ouagadougou; les travaux, entamés lundi, ont porté sur la sécurité.",
        ["consultation BFA-CIV joint_commission 2025-06-09/2025-06-10 @Ouagadougou r5"],
        ["consultation BFA-CIV joint_commission 2025-06-10 @Ouagadougou r5"],
        id="works-span-entamés",
    ),
    pytest.param(
        "place.scene",
        "Le ministre malien des Affaires étrangères se trouve depuis lundi à Niamey, où il conduit une délégation d'experts. Mardi, il s'est entretenu avec son homologue nigérien.",
        ["consultation MLI-NER meeting 2025-06-10 @Niamey"],
        ["consultation MLI-NER meeting 2025-06-10"],
        id="place.scene-stay",
    ),
    pytest.param(
        "place.scene",
        "La cheffe de la diplomatie colombienne a débarqué lundi à Quito avec une forte délégation. Elle s'est entretenue avec son homologue équatorien sur la frontière.",
        ["consultation COL-ECU meeting 2025-06-09 @Quito"],
        ["consultation COL-ECU meeting 2025-06-09"],
        id="place.scene-arrival",
    ),
    pytest.param(
        "place.scene",
        "Le Premier ministre vietnamien a posé le pied dimanche à Vientiane. Lundi, il a eu un entretien avec son homologue laotien, puis les deux pays ont signé un accord sur l'hydroélectricité.",
        [
            "consultation LAO-VNM meeting 2025-06-09 @Vientiane",
            "agreement LAO-VNM signed 2025-06-09 @Vientiane",
        ],
        ["consultation LAO-VNM meeting 2025-06-09", "agreement LAO-VNM signed 2025-06-09"],
        id="place.scene-talks-and-signing",
    ),
    pytest.param(
        "place.scene",
        "Le ministre tchadien a assisté lundi à Yaoundé à un forum sur l'élevage. Il a évoqué avec son homologue camerounais la prochaine commission mixte, prévue à N'Djamena.\n\nLe Tchad et le Cameroun ont ensuite signé un accord sur la transhumance.",
        ["agreement CMR-TCD signed 2025-06-09 @Yaoundé"],
        ["agreement CMR-TCD signed 2025-06-09"],
        id="place.scene-past-a-place-to-come",
    ),
    pytest.param(
        "place.scene",
        "La ministre sénégalaise a animé lundi à Banjul un forum économique. Elle s'est entretenue avec son homologue gambien.",
        ["consultation GMB-SEN meeting 2025-06-09 @Banjul"],
        ["consultation GMB-SEN meeting 2025-06-09"],
        id="place.scene-forum",
    ),
    pytest.param(
        "date.scene",
        "Le ministre sénégalais des Affaires étrangères a entamé dimanche une visite officielle au Mali. Il s'est entretenu lundi à Bamako avec son homologue malien. Les deux ministres ont signé un accord sur la sécurité frontalière.",
        [
            "consultation MLI-SEN visit 2025-06-08 @Bamako",
            "consultation MLI-SEN meeting 2025-06-09 @Bamako",
            "agreement MLI-SEN signed 2025-06-09 @Bamako",
        ],
        [
            "consultation MLI-SEN visit 2025-06-08 @Bamako",
            "consultation MLI-SEN meeting 2025-06-09 @Bamako",
            "agreement MLI-SEN signed 2025-06-08 @Bamako",
        ],
        id="date.scene-day-of-the-talks",
    ),
    pytest.param(
        "date.scene",
        "Le ministre marocain des Affaires étrangères a reçu lundi à Rabat son homologue gambien. Mardi, les deux ministres ont présidé la commission mixte maroco-gambienne.\n\nLe Maroc et la Gambie ont également signé un accord sur la pêche.",
        [
            "consultation GMB-MAR meeting 2025-06-09 @Rabat",
            "consultation GMB-MAR joint_commission 2025-06-10 @Rabat",
            "agreement GMB-MAR signed 2025-06-10 @Rabat",
        ],
        [
            "consultation GMB-MAR meeting 2025-06-09 @Rabat",
            "consultation GMB-MAR joint_commission 2025-06-10 @Rabat",
            "agreement GMB-MAR signed 2025-06-09 @Rabat",
        ],
        id="date.scene-past-a-paragraph",
    ),
    pytest.param(
        "date.scene",
        "La ministre canadienne des Affaires étrangères a entamé dimanche une visite de trois jours en Corée du Sud. Mardi, elle a été reçue à Séoul par le président sud-coréen. Les deux pays ont signé un accord sur les minerais critiques.",
        [
            "consultation CAN-KOR visit 2025-06-08 @Séoul",
            "consultation CAN-KOR meeting 2025-06-10 @Séoul",
            "agreement CAN-KOR signed 2025-06-10 @Séoul",
        ],
        [
            "consultation CAN-KOR visit 2025-06-08 @Séoul",
            "consultation CAN-KOR meeting 2025-06-10 @Séoul",
            "agreement CAN-KOR signed 2025-06-08 @Séoul",
        ],
        id="date.scene-day-opening-the-sentence",
    ),
    pytest.param(
        "date.scene",
        "Le président français est arrivé ce dimanche à Hanoï, première étape d'une tournée en Asie. Il s'est entretenu pendant deux heures avec son homologue vietnamien. Une déclaration conjointe sur le partenariat a été adoptée.",
        [
            "consultation FRA-VNM visit 2025-06-08 @Hanoï",
            "consultation FRA-VNM meeting 2025-06-08 @Hanoï",
            "declaration FRA-VNM joint_declaration 2025-06 @Hanoï",
        ],
        [
            "consultation FRA-VNM visit 2025-06-08 @Hanoï",
            "consultation FRA-VNM meeting @Hanoï",
            "declaration FRA-VNM joint_declaration 2025-06 @Hanoï",
        ],
        id="date.scene-arrival-as-main-verb",
    ),
    pytest.param(
        "date.scene",
        "Réunis samedi à Lima, les ministres péruvien et chilien des Affaires étrangères n'ont trouvé aucun accord sur la frontière maritime. À l'issue des discussions, le ministre péruvien s'est entretenu par téléphone avec son homologue bolivien.",
        ["consultation BOL-PER phone_call 2025-06-07"],
        ["consultation BOL-PER phone_call"],
        id="date.scene-no-main-event",
    ),
]

TRACED = [
    "date.scene",
    "place.scene",
    "date.attached-year",
    "date.frame-meeting",
    "date.own-phrase",
    "date.lede",
    "date.works-span",
    "date.at-close",
    "date.day-told-before",
    "consultation.talks",
    "date.main-event",
    "date.nearest",
    "date.other-stage",
    "date.publication-month",
    "date.stage",
    "finish.background",
    "merge.same-event",
    "parties.main-pair",
    "parties.place-relative",
    "parties.relations-topic",
    "parties.venue-completes",
    "place.capital-adjective",
    "place.host-city",
    "place.main-event",
    "place.other-stage",
    "place.sentence",
    "round.meeting",
    "round.ordinal",
]

SILENT = [
    pytest.param(
        "date.lede",
        "Le président ghanéen en visite éclair au Togo\n\nLe Burkina Faso a fermé lundi sa frontière avec le Niger pour une durée indéterminée. Dimanche, le ministre ghanéen des Affaires étrangères s'était entretenu à Lomé avec son homologue togolais.",
        [
            "consultation GHA-TGO visit 2025-06-08 @Lomé",
            "consultation GHA-TGO meeting 2025-06-08 @Lomé",
        ],
        id="date.lede-other-news",
    ),
    pytest.param(
        "date.lede",
        "Lima et La Paz lancent leurs consultations politiques\n\nLima, 9 juin 2025 (Andina) - Les vice-ministres péruvien et bolivien des Affaires étrangères ont souligné l'importance du mécanisme de consultations politiques entre les deux pays. Arrivé dimanche à Lima, le vice-ministre bolivien a été reçu par le président péruvien.",
        [
            "consultation BOL-PER political_consultations 2025-06-08 @Lima",
            "consultation BOL-PER meeting 2025-06-08 @Lima",
            "consultation BOL-PER visit 2025-06-08 @Lima",
        ],
        id="date.lede-dateline-only",
    ),
    pytest.param(
        "date.lede",
        "Astana et Bakou signent trois mémorandums\n\nLes délégations kazakhe et azerbaïdjanaise se sont retrouvées les 5 et 6 juin à Bakou pour la quatrième réunion de leur commission intergouvernementale, sous la présidence des deux vice-Premiers ministres.",
        [
            "agreement AZE-KAZ signed 2025-06-05/2025-06-06 @Bakou x3",
            "consultation AZE-KAZ joint_commission 2025-06-05/2025-06-06 @Bakou r4",
        ],
        id="date.lede-signing-no-span",
    ),
    pytest.param(
        "place.sentence",
        "Le ministre turc a rencontré jeudi son homologue syrien, originaire de la ville côtière de Lattaquié.",
        ["consultation SYR-TUR meeting 2025-06-05"],
        id="place.sentence-a-city-of-origin",
    ),
    pytest.param(
        "date.frame-meeting",
        "Le ministre togolais des Affaires étrangères a reçu lundi à Lomé son homologue béninois. Lors de cet entretien, les deux ministres ont signé un accord sur le transport.",
        [
            "consultation BEN-TGO meeting 2025-06-09 @Lomé",
            "agreement BEN-TGO signed 2025-06-09 @Lomé",
        ],
        id="date.frame-meeting-told-before",
    ),
    pytest.param(
        "date.frame-meeting",
        "Le ministre togolais des Affaires étrangères a reçu lundi à Lomé son homologue béninois. Depuis la dernière commission mixte entre les deux pays, tenue à Cotonou en 2019, aucun accord n'avait été signé, mais les deux ministres ont paraphé un mémorandum sur la pêche.",
        [
            "consultation BEN-TGO meeting 2025-06-09 @Lomé",
            "agreement BEN-TGO negotiated 2025-06-09 @Cotonou",
        ],
        id="date.frame-meeting-since",
    ),
    pytest.param(
        "date.attached-year",
        "Le ministre marocain des Affaires étrangères a reçu lundi à Rabat son homologue gabonais. Un mémorandum sur l'agriculture, signé le 4 juin, sera mis en œuvre en 2026.",
        [
            "consultation GAB-MAR meeting 2025-06-09 @Rabat",
            "agreement GAB-MAR signed 2025-06-04 @Rabat",
        ],
        id="date.attached-year-plan-year",
    ),
    pytest.param(
        "date.attached-year",
        "Le ministre sénégalais a reçu lundi à Dakar son homologue gambien. Un accord sur le pont, signé mardi dernier par les deux ministres, prévoit des travaux en 2027.",
        [
            "consultation GMB-SEN meeting 2025-06-09 @Dakar",
            "agreement GMB-SEN signed 2025-06-03 @Dakar",
        ],
        id="date.attached-year-works-year",
    ),
    pytest.param(
        "date.own-phrase",
        "Le ministre marocain des Affaires étrangères s'est entretenu lundi à Rabat avec son homologue sénégalais. Les deux pays avaient déjà tenu une réunion entre le ministre marocain de l'Agriculture et la ministre sénégalaise, qui ont fait le point sur le plan lancé en 2019.",
        ["consultation MAR-SEN meeting 2025-06-09 @Rabat"],
        id="date.own-phrase-another-clause",
    ),
    pytest.param(
        "date.own-phrase",
        "Le ministre marocain des Affaires étrangères s'est entretenu lundi à Rabat avec son homologue sénégalais. La première réunion entre le ministre marocain de l'Agriculture et la ministre sénégalaise de la Pêche depuis 2019 s'est tenue à Dakar.",
        ["consultation MAR-SEN meeting 2025-06-09 @Rabat"],
        id="date.own-phrase-since",
    ),
    pytest.param(
        "date.nearest",
        "Le ministre béninois a rencontré à Niamey son homologue nigérien, en poste depuis 2023.",
        ["consultation BEN-NER meeting @Niamey"],
        id="date.nearest-since",
    ),
    pytest.param(
        "date.at-close",
        "Le ministre ghanéen des Affaires étrangères a été reçu le 2 juin à Lomé par le président togolais. Le 4 juin, il s'est entretenu avec son homologue togolais. Les deux pays ont ensuite signé un accord sur le commerce.",
        [
            "consultation GHA-TGO meeting 2025-06-02 @Lomé",
            "consultation GHA-TGO meeting 2025-06-04 @Lomé",
            "agreement GHA-TGO signed 2025-06-02 @Lomé",
        ],
        id="date.at-close-no-close",
    ),
    pytest.param(
        "date.at-close",
        "Le président ghanéen a effectué du 2 au 4 juin une visite officielle au Togo. À l'issue des entretiens, les deux pays ont signé un accord sur le commerce.",
        [
            "consultation GHA-TGO visit 2025-06-02/2025-06-04 @Lomé",
            "agreement GHA-TGO signed 2025-06-02/2025-06-04 @Lomé",
        ],
        id="date.at-close-a-visit-is-no-talks",
    ),
    pytest.param(
        "consultation.talks",
        "Les ministres du Commerce vietnamien et britannique ont tenu lundi à Hanoï des pourparlers sur le futur accord de libre-échange.",
        ["consultation GBR-VNM negotiation 2025-06-09 @Hanoï"],
        id="consultation.talks-on-an-instrument",
    ),
    pytest.param(
        "date.day-told-before",
        "Le président ghanéen a effectué du 2 au 4 juin une visite officielle au Togo. Il s'est entretenu à Lomé avec son homologue togolais. Les deux pays ont ensuite signé un accord sur le commerce.",
        [
            "consultation GHA-TGO visit 2025-06-02/2025-06-04 @Lomé",
            "consultation GHA-TGO meeting 2025-06-02/2025-06-04 @Lomé",
            "agreement GHA-TGO signed 2025-06-02/2025-06-04 @Lomé",
        ],
        id="date.day-told-before-no-day-told",
    ),
    pytest.param(
        "parties.relations-topic",
        "Le ministre kényan et le ministre somalien se sont réunis mardi à Nairobi pour régler le différend entre le Kenya et la Somalie.",
        ["consultation KEN-SOM meeting 2025-06-10 @Nairobi"],
        id="parties.relations-topic-own-sides",
    ),
    pytest.param(
        "parties.relations-topic",
        "Le ministre kényan a reçu mardi son homologue somalien à l'occasion des 50 ans de relations entre le Kenya et la Somalie.",
        ["consultation KEN-SOM meeting 2025-06-10 @Nairobi"],
        id="parties.relations-topic-anniversary",
    ),
    pytest.param(
        "parties.venue-completes",
        "La réunion tripartite entre le Mali, le Niger et le Burkina Faso s'est tenue lundi à Dakar.",
        ["consultation BFA-MLI-NER meeting 2025-06-09 @Dakar"],
        id="parties.venue-completes-three-named",
    ),
    pytest.param(
        "parties.venue-completes",
        "Le ministre malien a reçu lundi à Bamako son homologue nigérien.",
        ["consultation MLI-NER meeting 2025-06-09 @Bamako"],
        id="parties.venue-completes-no-count",
    ),
    pytest.param(
        "parties.place-relative",
        "Le président sénégalais est arrivé lundi à Genève, où il s'est entretenu avec son homologue ivoirien.",
        [
            "consultation CIV-SEN meeting 2025-06-09 @Genève",
            "consultation CHE-SEN visit 2025-06-09 @Genève",
        ],
        id="parties.place-relative-trigger-inside",
    ),
    pytest.param(
        "parties.place-relative",
        "Le ministre ivoirien s'est entretenu lundi avec son homologue sénégalais à Dakar, où la Côte d'Ivoire ouvrira un consulat.",
        ["consultation CIV-SEN meeting 2025-06-09 @Dakar"],
        id="parties.place-relative-named-outside",
    ),
    pytest.param(
        "merge.same-event",
        "Le ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais. Le ministre marocain s'est entretenu mardi au téléphone avec son homologue malien.",
        [
            "consultation MAR-SEN meeting 2025-06-09 @Rabat",
            "consultation MAR-MLI phone_call 2025-06-10",
        ],
        id="merge.same-event",
    ),
    pytest.param(
        "date.other-stage",
        "La deuxième session de la commission mixte sénégalo-marocaine s'est tenue à Marrakech le 26 mars 2025, où les deux ministres ont signé un accord sur la pêche.",
        [
            "consultation MAR-SEN joint_commission 2025-03-26 @Marrakech r2",
            "agreement MAR-SEN signed 2025-03-26 @Marrakech",
        ],
        id="date.other-stage-silent",
    ),
    pytest.param(
        "place.other-stage",
        "La deuxième session de la commission mixte sénégalo-marocaine s'est tenue à Marrakech le 26 mars 2025, où les deux ministres ont signé un accord sur la pêche.",
        [
            "consultation MAR-SEN joint_commission 2025-03-26 @Marrakech r2",
            "agreement MAR-SEN signed 2025-03-26 @Marrakech",
        ],
        id="place.other-stage-silent",
    ),
    pytest.param(
        "place.capital-adjective",
        "Le ministre sénégalais s'est entretenu mardi à Dakar avec son homologue égyptien, de retour de la capitale égyptienne.",
        ["consultation EGY-SEN meeting 2025-06-10 @Dakar"],
        id="place.capital-adjective-city-named",
    ),
    pytest.param(
        "round.meeting",
        "Pour la deuxième fois cette année, le ministre marocain a rencontré lundi à Rabat son homologue sénégalais.",
        ["consultation MAR-SEN meeting 2025-06-09 @Rabat"],
        id="round.meeting-not-a-numbered-meeting",
    ),
    pytest.param(
        "round.meeting",
        "Le Premier ministre marocain a rencontré lundi à Rabat son homologue sénégalais.",
        ["consultation MAR-SEN meeting 2025-06-09 @Rabat"],
        id="round.meeting-premier-is-no-ordinal",
    ),
    pytest.param(
        "place.host-city",
        "Le ministre marocain s'est entretenu lundi à Rabat avec son homologue tunisien, dont la capitale Tunis a accueilli la conférence.",
        ["consultation MAR-TUN meeting 2025-06-09 @Rabat"],
        id="place.host-city-place-named",
    ),
    pytest.param(
        "date.works-span",
        "La quatrième session de la commission mixte sénégalo-gambienne s'est achevée vendredi à Dakar. Les travaux de la prochaine session s'ouvriront en 2026 à Banjul.",
        ["consultation GMB-SEN joint_commission 2025-06-06 @Dakar r4"],
        id="works-span-next-session",
    ),
    pytest.param(
        "date.works-span",
        "Le ministre sénégalais s'est entretenu vendredi au téléphone avec son homologue mauritanien. Les travaux de la commission mixte, ouverts mercredi à Nouakchott, ont été évoqués.",
        [
            "consultation MRT-SEN phone_call 2025-06-06",
            "consultation MRT-SEN joint_commission 2025-06-04 @Nouakchott",
        ],
        id="works-span-not-a-call",
    ),
    pytest.param(
        "date.works-span",
        "La troisième session de la commission mixte sénégalo-mauritanienne s'est achevée vendredi à Dakar. Les travaux préparatoires des experts, ouverts le 12 mai, avaient duré trois semaines.",
        ["consultation MRT-SEN joint_commission 2025-06-06 @Dakar r3"],
        id="works-span-opened-weeks-before",
    ),
    pytest.param(
        "place.scene",
        "Le ministre malien a débarqué lundi à Genève pour une conférence sur le climat. Il s'est entretenu avec son homologue nigérien.",
        ["consultation MLI-NER meeting 2025-06-09"],
        id="place.scene-not-a-city-of-the-sides",
    ),
    pytest.param(
        "place.scene",
        "La ministre sénégalaise a évoqué lundi la prochaine commission mixte, prévue à Banjul. Elle s'est entretenue avec son homologue gambien.",
        ["consultation GMB-SEN meeting"],
        id="place.scene-not-a-place-to-come",
    ),
    pytest.param(
        "place.scene",
        "En avril 2019 à Niamey, le Niger et le Tchad avaient signé un accord de défense. Mercredi, les ministres nigérien et tchadien ont signé un protocole sur l'élevage.",
        ["agreement NER-TCD signed 2019-04 @Niamey bg", "agreement NER-TCD signed 2025-06-04"],
        id="place.scene-not-an-earlier-time",
    ),
    pytest.param(
        "date.scene",
        "Le ministre ougandais des Affaires étrangères s'est entretenu mardi à Nairobi avec son homologue kényan, arrivé dimanche soir dans la capitale. Les deux ministres ont signé un accord sur le commerce transfrontalier.",
        [
            "consultation KEN-UGA meeting 2025-06-10 @Nairobi",
            "agreement KEN-UGA signed 2025-06-10 @Nairobi",
        ],
        id="date.scene-not-the-arrival",
    ),
    pytest.param(
        "date.scene",
        "Le ministre tunisien des Affaires étrangères a reçu lundi à Tunis son homologue libyen, en visite dans le pays depuis samedi. Les deux pays ont signé un mémorandum sur la santé.",
        [
            "consultation LBY-TUN meeting 2025-06-09 @Tunis",
            "consultation LBY-TUN visit 2025-06-07 @Tunis",
            "agreement LBY-TUN signed 2025-06-09 @Tunis",
        ],
        id="date.scene-not-the-trip-start",
    ),
    pytest.param(
        "date.scene",
        "Le président béninois a reçu lundi à Cotonou le ministre nigérien des Affaires étrangères, qui avait rencontré samedi à Lomé le président togolais. Le Bénin et le Niger ont signé un accord sur le transit.",
        [
            "consultation BEN-NER-TGO meeting 2025-06-09 @Cotonou",
            "agreement BEN-NER signed 2025-06-09 @Cotonou",
        ],
        id="date.scene-not-a-pluperfect-aside",
    ),
    pytest.param(
        "date.scene",
        "Le ministre ivoirien des Affaires étrangères a reçu lundi à Abidjan son homologue burkinabè. Auparavant, les deux pays avaient signé un accord sur le transport ferroviaire.",
        [
            "consultation BFA-CIV meeting 2025-06-09 @Abidjan",
            "agreement BFA-CIV signed 2025-06-09 @Abidjan",
        ],
        id="date.scene-not-an-earlier-day",
    ),
]


test_rule_fires, test_traced_rules_are_in_the_trace, test_rule_does_not_fire = RULE_TESTS
