# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""The vetoes after assembly on the verb that governs a draft (``_vetoes.py``).

Each example compares the extraction with every rule on and with only its rule switched
off (:mod:`_examples`). The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from _examples import RULE_TESTS

FIRES = [
    pytest.param(
        "cue.negated-verb",
        "Le ministre malien s'est entretenu lundi à Bamako avec son homologue français. Le Mali n'a toujours pas ratifié l'accord de défense avec la France.",
        ["consultation FRA-MLI meeting 2025-06-09 @Bamako"],
        [
            "consultation FRA-MLI meeting 2025-06-09 @Bamako",
            "agreement FRA-MLI ratified 2025-06-09 @Bamako",
        ],
        id="cue.negated-verb",
    ),
    pytest.param(
        "cue.negated-verb",
        "Le ministre tchadien s'est entretenu lundi à N'Djamena avec son homologue nigérien. Le Niger n'a, pour sa part, jamais ratifié la convention d'entraide judiciaire avec le Tchad.",
        ["consultation NER-TCD meeting 2025-06-09 @N'Djamena"],
        [
            "consultation NER-TCD meeting 2025-06-09 @N'Djamena",
            "agreement NER-TCD ratified 2025-06-09 @N'Djamena",
        ],
        id="cue.negated-verb-aside",
    ),
    pytest.param(
        "cue.not-yet",
        "Le ministre malien s'est entretenu lundi à Bamako avec son homologue français. La signature de l'accord de défense entre le Mali et la France a été reportée.",
        ["consultation FRA-MLI meeting 2025-06-09 @Bamako"],
        [
            "consultation FRA-MLI meeting 2025-06-09 @Bamako",
            "agreement FRA-MLI signed 2025-06-09 @Bamako",
        ],
        id="cue.not-yet",
    ),
    pytest.param(
        "cue.past-verb",
        "Le ministre sénégalais s'est entretenu lundi à Dakar avec son homologue marocain et a souhaité le renforcement de la coopération.",
        ["consultation MAR-SEN meeting 2025-06-09 @Dakar"],
        [],
        id="cue.past-verb",
    ),
    pytest.param(
        "cue.past-verb",
        "Les ministres sénégalais et marocain se sont entretenus lundi à Dakar et ont convenu de renforcer la coopération.",
        ["consultation MAR-SEN meeting 2025-06-09 @Dakar"],
        [],
        id="cue.past-verb-agreed",
    ),
    pytest.param(
        "cue.past-verb+cue.future-clause",
        "Le président malien a reçu lundi à Bamako le ministre nigérien, qui a proposé une coopération accrue dans la sécurité.",
        ["consultation MLI-NER meeting 2025-06-09 @Bamako"],
        [],
        id="cue.past-verb-proposed",
    ),
    pytest.param(
        "cue.not-yet",
        "Le ministre béninois a reçu lundi à Cotonou son homologue azerbaïdjanais. Il a été convenu de tenir le deuxième cycle de consultations à Bakou.",
        ["consultation AZE-BEN meeting 2025-06-09 @Cotonou"],
        [
            "consultation AZE-BEN meeting 2025-06-09 @Cotonou",
            "consultation AZE-BEN political_consultations 2025-06-09 @Bakou r2",
        ],
        id="cue.not-yet-plan-passive",
    ),
    pytest.param(
        "cue.not-yet",
        "Le président nigérian a reçu lundi à Abuja son homologue ghanéen. Les deux pays sont convenus d'organiser des consultations politiques annuelles.",
        ["consultation GHA-NGA meeting 2025-06-09 @Abuja"],
        [
            "consultation GHA-NGA meeting 2025-06-09 @Abuja",
            "consultation GHA-NGA political_consultations 2025-06-09 @Abuja",
        ],
        id="cue.not-yet-plan-organise",
    ),
    pytest.param(
        "cue.not-yet",
        "Le ministre tunisien a reçu mardi à Tunis son homologue libyen. Ils se sont accordés sur la tenue de la troisième session de la haute commission mixte à Tripoli.",
        ["consultation LBY-TUN meeting 2025-06-10 @Tunis"],
        [
            "consultation LBY-TUN meeting 2025-06-10 @Tunis",
            "consultation LBY-TUN joint_commission 2025-06-10 @Tripoli r3",
        ],
        id="cue.not-yet-plan-holding-noun",
    ),
    pytest.param(
        "cue.not-yet",
        "Le ministre tunisien a reçu mardi à Tunis son homologue libyen. Ils ont aussi convenu de la tenue d'une réunion de la commission mixte à Tripoli.",
        ["consultation LBY-TUN meeting 2025-06-10 @Tunis"],
        [
            "consultation LBY-TUN meeting 2025-06-10 @Tunis",
            "consultation LBY-TUN joint_commission 2025-06-10 @Tripoli",
        ],
        id="cue.not-yet-plan-holding-noun-indefinite",
    ),
    pytest.param(
        "cue.not-yet",
        "Le ministre tunisien a reçu mardi à Tunis son homologue libyen. Les deux parties ont décidé de tenir en mars la session de la commission mixte.",
        ["consultation LBY-TUN meeting 2025-06-10 @Tunis"],
        [
            "consultation LBY-TUN meeting 2025-06-10 @Tunis",
            "consultation LBY-TUN joint_commission 2025-03 @Tunis",
        ],
        id="cue.not-yet-plan-month",
    ),
    pytest.param(
        "cue.not-yet",
        "Le ministre tunisien a reçu mardi à Tunis son homologue libyen. Il a été décidé de signer un accord de coopération culturelle.",
        ["consultation LBY-TUN meeting 2025-06-10 @Tunis"],
        [
            "consultation LBY-TUN meeting 2025-06-10 @Tunis",
            "agreement LBY-TUN signed 2025-06-10 @Tunis",
        ],
        id="cue.not-yet-plan-sign-passive",
    ),
    pytest.param(
        "cue.not-yet",
        "Le président russe s'est entretenu mardi au téléphone avec son homologue kazakh. Ils ont évoqué la visite d'État que le président russe doit effectuer au Kazakhstan en novembre.",
        ["consultation KAZ-RUS phone_call 2025-06-10"],
        ["consultation KAZ-RUS phone_call 2025-06-10", "consultation KAZ-RUS visit 2024-11 bg"],
        id="cue.not-yet-relative-modal",
    ),
    pytest.param(
        "cue.not-yet",
        "Le président russe s'est entretenu mardi au téléphone avec son homologue kazakh. Ils ont évoqué la préparation de la visite d'État du président russe au Kazakhstan.",
        ["consultation KAZ-RUS phone_call 2025-06-10"],
        [
            "consultation KAZ-RUS phone_call 2025-06-10",
            "consultation KAZ-RUS visit 2025-06-10 @Astana",
        ],
        id="cue.not-yet-preparation",
    ),
    pytest.param(
        "cue.not-yet",
        "Le ministre malien a reçu lundi à Bamako son homologue nigérien, avec qui il a évoqué la visite qu'effectuera le président nigérien au Mali le mois prochain.",
        ["consultation MLI-NER meeting 2025-06-09 @Bamako"],
        [
            "consultation MLI-NER meeting 2025-06-09 @Bamako",
            "consultation MLI-NER visit 2025-07 @Bamako",
        ],
        id="cue.not-yet-relative-future",
    ),
    pytest.param(
        "cue.not-yet",
        "Le ministre malien a reçu lundi à Bamako son homologue nigérien, avec qui il a évoqué la visite que le président nigérien va effectuer au Mali.",
        ["consultation MLI-NER meeting 2025-06-09 @Bamako"],
        [
            "consultation MLI-NER meeting 2025-06-09 @Bamako",
            "consultation MLI-NER visit 2025-06-09 @Bamako",
        ],
        id="cue.not-yet-relative-going-to",
    ),
    pytest.param(
        "cue.not-yet",
        "Le ministre malien a reçu lundi à Bamako son homologue nigérien pour préparer la visite du président nigérien au Mali.",
        ["consultation MLI-NER meeting 2025-06-09 @Bamako"],
        [
            "consultation MLI-NER meeting 2025-06-09 @Bamako",
            "consultation MLI-NER visit 2025-06-09 @Bamako",
        ],
        id="cue.not-yet-to-prepare",
    ),
    pytest.param(
        "cue.negation",
        "Aucune rencontre n'a eu lieu entre les ministres indien et pakistanais. Le ministre indien a rencontré mardi à New Delhi son homologue népalais.",
        ["consultation IND-NPL meeting 2025-06-10 @New Delhi"],
        [
            "consultation IND-PAK meeting 2025-06-10 @New Delhi",
            "consultation IND-NPL meeting 2025-06-10 @New Delhi",
        ],
        id="cue.negation-no-meeting-subject",
    ),
    pytest.param(
        "cue.negation",
        "Aucun entretien n'a été organisé avec le ministre iranien, a précisé le porte-parole. Le ministre omanais s'est entretenu mardi à Mascate avec son homologue qatari.",
        ["consultation OMN-QAT meeting 2025-06-10 @Mascate"],
        [
            "consultation IRN-OMN meeting 2025-06-10 @Mascate",
            "consultation OMN-QAT meeting 2025-06-10 @Mascate",
        ],
        id="cue.negation-no-talks-subject",
    ),
    pytest.param(
        "cue.negation",
        "Aucun sommet entre la Chine et le Japon ne s'est tenu cette année. Le ministre chinois a rencontré lundi à Pékin son homologue sud-coréen.",
        ["consultation CHN-KOR meeting 2025-06-09 @Pékin"],
        [
            "consultation CHN-JPN summit 2025 @Pékin",
            "consultation CHN-KOR meeting 2025-06-09 @Pékin",
        ],
        id="cue.negation-no-summit-ne",
    ),
    pytest.param(
        "cue.negation",
        "Le Premier ministre canadien n'a pour autant pas tenu de réunion bilatérale avec le président mexicain. Il s'est entretenu lundi à Ottawa avec le Premier ministre britannique.",
        ["consultation CAN-GBR meeting 2025-06-09 @Ottawa"],
        [
            "consultation CAN-MEX meeting 2025-06-09 @Ottawa",
            "consultation CAN-GBR meeting 2025-06-09 @Ottawa",
        ],
        id="cue.negation-aside-of-two-words",
    ),
    pytest.param(
        "cue.not-yet",
        "La commission mixte bénino-togolaise, en sa sixième session qui devait avoir lieu en mai à Lomé, a été renvoyée à l'automne. Le ministre béninois a reçu lundi à Cotonou son homologue nigérien.",
        ["consultation BEN-NER meeting 2025-06-09 @Cotonou"],
        [
            "consultation BEN-TGO joint_commission 2025-05 @Lomé r6",
            "consultation BEN-NER meeting 2025-06-09 @Cotonou",
        ],
        id="cue.not-yet-relative-was-to-take-place",
    ),
    pytest.param(
        "cue.not-yet",
        "La visite du président chilien en Argentine, qui doit avoir lieu en juillet, portera sur le lithium. La ministre chilienne a rencontré lundi à Santiago son homologue argentin.",
        ["consultation ARG-CHL meeting 2025-06-09 @Santiago"],
        [
            "consultation ARG-CHL visit 2024-07 bg",
            "consultation ARG-CHL meeting 2025-06-09 @Santiago",
        ],
        id="cue.not-yet-relative-is-to-take-place",
    ),
    pytest.param(
        "cue.negated-verb",
        "Le ministre gabonais s'est entretenu lundi à Libreville avec son homologue angolais. La convention fiscale entre le Gabon et l'Angola n'a en revanche pas été signée.",
        ["consultation AGO-GAB meeting 2025-06-09 @Libreville"],
        [
            "consultation AGO-GAB meeting 2025-06-09 @Libreville",
            "agreement AGO-GAB signed 2025-06-09 @Libreville",
        ],
        id="cue.negated-verb-two-word-aside",
    ),
    pytest.param(
        "cue.negated-verb",
        "Le président ivoirien a reçu lundi à Abidjan le ministre ghanéen des Affaires étrangères. Le traité sur la frontière avec le Ghana n'a pour l'instant pas été ratifié par la Côte d'Ivoire.",
        ["consultation CIV-GHA meeting 2025-06-09 @Abidjan"],
        [
            "consultation CIV-GHA meeting 2025-06-09 @Abidjan",
            "agreement CIV-GHA ratified 2025-06-09 @Abidjan",
        ],
        id="cue.negated-verb-aside-pour-l-instant",
    ),
    pytest.param(
        "cue.negated-verb",
        "Le ministre kényan a rencontré lundi à Nairobi son homologue éthiopien. L'accord sur le corridor routier entre le Kenya et l'Éthiopie n'a pas encore pu être conclu, faute de financement.",
        ["consultation ETH-KEN meeting 2025-06-09 @Nairobi"],
        [
            "consultation ETH-KEN meeting 2025-06-09 @Nairobi",
            "agreement ETH-KEN signed 2025-06-09 @Nairobi",
        ],
        id="cue.negated-verb-could-not-be",
    ),
    pytest.param(
        "cue.negated-verb",
        "Les ministres tunisien et libyen se sont rencontrés lundi à Tunis. Le mémorandum sur les douanes entre la Libye et la Tunisie n'a cependant jamais été signé.",
        ["consultation LBY-TUN meeting 2025-06-09 @Tunis"],
        [
            "consultation LBY-TUN meeting 2025-06-09 @Tunis",
            "agreement LBY-TUN signed 2025-06-09 @Tunis",
        ],
        id="cue.negated-verb-one-word-aside",
    ),
    pytest.param(
        "cue.negated-verb",
        "La convention sur la pêche entre le Sénégal et la Mauritanie a été signée en mars 2024 à Dakar. Faute de vote, cette convention n'est donc toujours pas ratifiée.",
        ["agreement MRT-SEN signed 2024-03 @Dakar bg"],
        ["agreement MRT-SEN ratified 2024-03 bg"],
        id="cue.negated-verb-taken-up-stage-only",
    ),
    pytest.param(
        "cue.caption",
        "Le chef de la diplomatie ghanéenne a reçu lundi à Accra son homologue togolais.\n(Photo : les ministres ghanéen et togolais lors de la signature d'un accord sur les douanes, en 2019 à Lomé.)",
        ["consultation GHA-TGO meeting 2025-06-09 @Accra"],
        [
            "consultation GHA-TGO meeting 2025-06-09 @Accra",
            "agreement GHA-TGO signed 2019 @Lomé bg",
        ],
        id="caption-parenthesis",
    ),
    pytest.param(
        "cue.caption",
        "La Bolivie et le Paraguay ont signé mardi à Asunción un accord sur le gaz.\nPhoto : le président bolivien et le président argentin lors de leur entretien de mars à Buenos Aires.",
        ["agreement BOL-PRY signed 2025-06-10 @Asunción"],
        [
            "agreement BOL-PRY signed 2025-06-10 @Asunción",
            "consultation ARG-BOL meeting 2025-06-10 @Buenos Aires",
        ],
        id="caption-label",
    ),
    pytest.param(
        "cue.caption",
        "Le chef de la diplomatie roumaine s'est entretenu lundi à Sofia avec son homologue bulgare.\nLégende photo : le ministre roumain reçu par son homologue hongrois, l'an dernier à Budapest.",
        ["consultation BGR-ROU meeting 2025-06-09 @Sofia"],
        [
            "consultation BGR-ROU meeting 2025-06-09 @Sofia",
            "consultation HUN-ROU meeting 2024 @Budapest bg",
        ],
        id="caption-legend",
    ),
    pytest.param(
        "cue.caption",
        "Le ministre tchèque et son homologue slovaque se sont entretenus lundi à Prague.\n[Photo : mardi à Bratislava, le Slovaque et le Tchèque ont signé ensemble un mémorandum sur l'énergie. AFP]",
        ["consultation CZE-SVK meeting 2025-06-09 @Prague"],
        [
            "consultation CZE-SVK meeting 2025-06-09 @Prague",
            "agreement CZE-SVK signed 2025-06-10 @Bratislava",
        ],
        id="caption-bracket",
    ),
]

SILENT = [
    pytest.param(
        "cue.caption",
        "Le chef de la diplomatie ghanéenne a reçu lundi à Accra son homologue togolais. Une photo des deux ministres a été publiée. Les deux pays ont signé un accord sur les douanes.",
        [
            "consultation GHA-TGO meeting 2025-06-09 @Accra",
            "agreement GHA-TGO signed 2025-06-09 @Accra",
        ],
        id="caption-photo-in-text",
    ),
    pytest.param(
        "cue.caption",
        "Le chef de la diplomatie roumaine s'est rendu lundi à Sofia.\nSelon la légende de la photo officielle, il a aussi rencontré mardi le président bulgare.",
        [
            "consultation BGR-ROU visit 2025-06-09 @Sofia",
            "consultation BGR-ROU meeting 2025-06-10 @Sofia",
        ],
        id="caption-legend-in-text",
    ),
    pytest.param(
        "cue.negated-verb",
        "Le ministre kényan a rencontré lundi à Nairobi son homologue éthiopien. Le protocole sur les visas, que les deux pays n'avaient en revanche pas cru possible, a été signé lundi.",
        [
            "consultation ETH-KEN meeting 2025-06-09 @Nairobi",
            "agreement ETH-KEN signed 2025-06-09 @Nairobi",
        ],
        id="cue.negated-verb-aside-in-relative",
    ),
    pytest.param(
        "cue.negated-verb",
        "Le ministre chilien n'a en revanche pas caché sa satisfaction : le Chili et l'Argentine ont signé lundi un accord sur les glaciers.",
        ["agreement ARG-CHL signed 2025-06-09"],
        id="cue.negated-verb-aside-other-clause",
    ),
    pytest.param(
        "cue.not-yet",
        "La réunion entre les ministres sénégalais et mauritanien, qui s'est tenue lundi à Dakar, a porté sur la pêche.",
        ["consultation MRT-SEN meeting 2025-06-09 @Dakar"],
        id="cue.not-yet-relative-held",
    ),
    pytest.param(
        "cue.not-yet",
        "Le ministre malien a signé lundi à Bamako un accord avec le Niger, qui doit permettre de relancer le commerce.",
        ["agreement MLI-NER signed 2025-06-09 @Bamako"],
        id="cue.not-yet-relative-purpose",
    ),
    pytest.param(
        "cue.negation",
        "Le président sénégalais a rencontré lundi à Dakar son homologue gambien, sans aucun doute son partenaire le plus proche.",
        ["consultation GMB-SEN meeting 2025-06-09 @Dakar"],
        id="cue.negation-aucun-without-ne",
    ),
    pytest.param(
        "cue.negation",
        "Le ministre ghanéen a reçu lundi à Accra son homologue togolais ; aucun des deux n'a voulu commenter.",
        ["consultation GHA-TGO meeting 2025-06-09 @Accra"],
        id="cue.negation-aucun-other-clause",
    ),
    pytest.param(
        "cue.negated-verb",
        "L'accord de défense, que personne n'attendait si tôt, a été signé lundi par le Mali et la France.",
        ["agreement FRA-MLI signed 2025-06-09"],
        id="cue.negated-verb",
    ),
    pytest.param(
        "cue.negated-verb",
        "Le Burkina Faso, qui n'a, selon ses voisins, pas toujours été un partenaire facile, a signé lundi un accord de défense avec le Niger.",
        ["agreement BFA-NER signed 2025-06-09"],
        id="cue.negated-verb-aside-elsewhere",
    ),
    pytest.param(
        "cue.not-yet",
        "La signature de l'accord de défense entre le Mali et la France, prévue depuis deux ans, a eu lieu lundi à Bamako.",
        ["agreement FRA-MLI signed 2025-06-09 @Bamako"],
        id="cue.not-yet",
    ),
    pytest.param(
        "cue.negation",
        "Les chefs d'État de la CEDEAO n'ont pas chômé : réunis lundi en sommet à Abuja, ils ont adopté un communiqué final.",
        [
            "consultation ECOWAS summit 2025-06-09 @Abuja",
            "declaration ECOWAS joint_communique 2025-06-09 @Abuja",
        ],
        id="cue.negation-litotes",
    ),
    pytest.param(
        "cue.negation",
        "Le ministre malien n'a pas cessé de consulter ses partenaires et s'est entretenu lundi à Bamako avec son homologue guinéen.",
        ["consultation GIN-MLI meeting 2025-06-09 @Bamako"],
        id="cue.negation-litotes-ceased",
    ),
    pytest.param(
        "cue.past-verb",
        "Le ministre nigérien s'est entretenu lundi à Niamey avec son homologue malien. Le président malien devrait le recevoir mardi à Bamako.",
        ["consultation MLI-NER meeting 2025-06-09 @Niamey"],
        id="cue.past-verb-future-verb",
    ),
    pytest.param(
        "cue.not-yet",
        "Il a été convenu, lors de la réunion tenue lundi à Dakar entre les ministres sénégalais et gambien, de renforcer la coopération.",
        ["consultation GMB-SEN meeting 2025-06-09 @Dakar"],
        id="cue.not-yet-plan-adjunct-before",
    ),
    pytest.param(
        "cue.not-yet",
        "Les ministres sénégalais et gambien ont décidé de poursuivre la coopération après leur rencontre de lundi à Dakar.",
        ["consultation GMB-SEN meeting 2025-06-09 @Dakar"],
        id="cue.not-yet-plan-adjunct-after",
    ),
    pytest.param(
        "cue.not-yet",
        "La Tunisie et la Libye ont signé lundi à Tunis un accord, qui avait été décidé lors de la réunion de mars.",
        [
            "agreement LBY-TUN signed 2025-06-09 @Tunis",
            "consultation LBY-TUN meeting 2025-06-09 @Tunis",
        ],
        id="cue.not-yet-plan-relative",
    ),
    pytest.param(
        "cue.not-yet",
        "La visite que le président sénégalais Pereira a effectuée lundi au Mali a permis de relancer la coopération.",
        ["consultation MLI-SEN visit 2025-06-09 @Bamako"],
        id="cue.not-yet-relative-past",
    ),
    pytest.param(
        "cue.not-yet",
        "Le président nigérien a achevé mardi la visite qu'il effectuait depuis dimanche au Mali.",
        ["consultation MLI-NER visit 2025-06-10 @Bamako"],
        id="cue.not-yet-relative-imperfect",
    ),
    pytest.param(
        "cue.not-yet",
        "Le président ghanéen a effectué lundi une visite au Mali, qui a été préparée pendant des mois.",
        ["consultation GHA-MLI visit 2025-06-09 @Bamako"],
        id="cue.not-yet-prepared-after",
    ),
]
"""Texts where the rule's words stand but it must not fire: the same outcome with it off."""
TRACED: list[str] = []
"""The rules that write their name in the trace of the events of their example."""


test_rule_fires, test_traced_rules_are_in_the_trace, test_rule_does_not_fire = RULE_TESTS
