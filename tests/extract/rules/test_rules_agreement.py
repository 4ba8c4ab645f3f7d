# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""Agreement and stage rules: each rule's own examples, run against that rule alone.

Each example compares the extraction with every rule on and with only its rule switched
off (:mod:`_examples`). The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from _examples import RULE_TESTS

FIRES = [
    pytest.param(
        "agreement",
        "Le Maroc et le Sénégal ont signé lundi un accord sur la pêche. Le ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais.",
        [
            "agreement MAR-SEN signed 2025-06-09 @Rabat",
            "consultation MAR-SEN meeting 2025-06-09 @Rabat",
        ],
        ["consultation MAR-SEN meeting 2025-06-09 @Rabat"],
        id="agreement",
    ),
    pytest.param(
        "agreement",
        "La Côte d'Ivoire et le Burkina Faso ont scellé lundi un accord de coopération sécuritaire.",
        ["agreement BFA-CIV signed 2025-06-09"],
        [],
        id="agreement-sealed",
    ),
    pytest.param(
        "agreement.anaphor",
        "Le Maroc et le Sénégal ont signé lundi un accord sur la pêche. Cet accord a été ratifié mardi par le Sénégal.",
        ["agreement MAR-SEN ratified 2025-06-10"],
        ["agreement MAR-SEN signed 2025-06-09", "agreement MAR-SEN ratified 2025-06-10 @Dakar"],
        id="agreement.anaphor",
    ),
    pytest.param(
        "agreement.between-others",
        "Le Maroc et le Sénégal ont signé lundi un accord sur la pêche. Au Sénégal, un accord entre le Gouvernement et les syndicats d'enseignants a été signé mardi.",
        ["agreement MAR-SEN signed 2025-06-09"],
        ["agreement MAR-SEN signed 2025-06-09", "agreement MAR-SEN signed 2025-06-10"],
        id="agreement.between-others",
    ),
    pytest.param(
        "agreement.breakdown",
        "Le Maroc et le Sénégal ont signé lundi six documents, dont trois accords et trois mémorandums.",
        ["agreement MAR-SEN signed 2025-06-09 x3", "agreement MAR-SEN signed 2025-06-09 x3"],
        [
            "agreement MAR-SEN signed 2025-06-09 x6",
            "agreement MAR-SEN signed 2025-06-09 x3",
            "agreement MAR-SEN signed 2025-06-09 x3",
        ],
        id="agreement.breakdown",
    ),
    pytest.param(
        "agreement.carried-stage",
        "Le Maroc et le Sénégal ont signé lundi trois accords. Le premier accord porte sur la pêche.",
        ["agreement MAR-SEN signed 2025-06-09"],
        ["agreement MAR-SEN signed 2025-06-09 x3"],
        id="agreement.carried-stage",
    ),
    pytest.param(
        "agreement.carried-stage",
        "Le Maroc et le Sénégal avaient signé un accord de coopération le 6 avril 2006 à Dakar. Lundi à Rabat, les deux ministres ont procédé à la signature de nouveaux accords, à savoir : accord dans le domaine de la pêche ; mémorandum d'entente dans le domaine de l'énergie.",
        [
            "agreement MAR-SEN signed 2006-04-06 @Dakar bg",
            "agreement MAR-SEN signed 2025-06-09 @Rabat",
            "agreement MAR-SEN signed 2025-06-09 @Rabat",
        ],
        [
            "agreement MAR-SEN signed 2006-04-06 @Dakar bg",
            "agreement MAR-SEN signed 2025-06-09 @Rabat",
        ],
        id="agreement.carried-stage-own-sentence-list",
    ),
    pytest.param(
        "agreement.carried-stage",
        "Le Ghana et le Togo avaient ratifié la convention fiscale en 2012. Les deux pays ont procédé lundi à la signature de plusieurs accords : accord dans le domaine du transport ; mémorandum d'entente dans le domaine de la santé ; programme d'échanges culturels.",
        [
            "agreement GHA-TGO ratified 2012 bg",
            "agreement GHA-TGO signed 2025-06-09",
            "agreement GHA-TGO signed 2025-06-09",
        ],
        ["agreement GHA-TGO ratified 2012 bg", "agreement GHA-TGO signed 2025-06-09"],
        id="agreement.carried-stage-own-sentence-not-earlier",
    ),
    pytest.param(
        "agreement.members",
        "Le Maroc et le Sénégal ont signé lundi trois accords portant sur la pêche, le tourisme et la santé.",
        [
            "agreement MAR-SEN signed 2025-06-09",
            "agreement MAR-SEN signed 2025-06-09",
            "agreement MAR-SEN signed 2025-06-09",
        ],
        ["agreement MAR-SEN signed 2025-06-09 x3"],
        id="agreement.members",
    ),
    pytest.param(
        "agreement.multilateral",
        "Le Sénégal a ratifié lundi la convention internationale sur la pêche.",
        ["agreement SEN ratified 2025-06-09 @Dakar"],
        [],
        id="agreement.multilateral",
    ),
    pytest.param(
        "agreement.organisation-name",
        "Le Maroc et le Sénégal ont signé lundi un accord sur la pêche. Le Maroc a salué l'Organisation du traité de l'Atlantique Nord, signé par ses membres.",
        ["agreement MAR-SEN signed 2025-06-09", "declaration MAR statement 2025-06-09 @Rabat"],
        [
            "agreement MAR-SEN signed 2025-06-09",
            "declaration MAR statement 2025-06-09 @Rabat",
            "agreement MAR-NATO signed 2025-06-09",
        ],
        id="agreement.organisation-name",
    ),
    pytest.param(
        "agreement.pronoun-list",
        "Le Maroc et le Sénégal ont signé lundi des accords de coopération. Ils ont notamment signé ceux portant sur la pêche et le tourisme.",
        ["agreement MAR-SEN signed 2025-06-09", "agreement MAR-SEN signed 2025-06-09"],
        ["agreement MAR-SEN signed 2025-06-09"],
        id="agreement.pronoun-list",
    ),
    pytest.param(
        "agreement.quantity",
        "Le Maroc et le Sénégal ont signé lundi trois accords de coopération.",
        ["agreement MAR-SEN signed 2025-06-09 x3"],
        ["agreement MAR-SEN signed 2025-06-09"],
        id="agreement.quantity",
    ),
    pytest.param(
        "agreement.reference-frame",
        "Le Maroc et le Sénégal ont signé lundi un accord sur le tourisme, conformément à l'accord de pêche.",
        ["agreement MAR-SEN signed 2025-06-09"],
        ["agreement MAR-SEN signed 2025-06-09", "agreement MAR-SEN signed 2025-06-09"],
        id="agreement.reference-frame",
    ),
    pytest.param(
        "agreement.reference-frame",
        "Le ministre libanais a signé mardi à Amman un protocole avec son homologue jordanien. Le transit des camions, lui, reste soumis à l'accord de Damas.",
        ["agreement JOR-LBN signed 2025-06-10 @Amman"],
        ["agreement JOR-LBN signed 2025-06-10 @Amman"] * 2,
        id="agreement.reference-frame-subject-to",
    ),
    pytest.param(
        "stage.future-noun",
        "Le Maroc et le Sénégal ont signé lundi un accord sur la pêche. Le Maroc et le Sénégal ont paraphé un accord sur le tourisme, dont la signature pourrait intervenir en juillet.",
        ["agreement MAR-SEN signed 2025-06-09", "agreement MAR-SEN negotiated 2024-07 bg"],
        ["agreement MAR-SEN signed 2025-06-09"],
        id="stage.future-noun",
    ),
    pytest.param(
        "agreement",
        "Le Laos et le Vietnam ont signé lundi à Hanoï un programme d'application de l'accord culturel. Le ministre laotien s'est entretenu lundi à Hanoï avec son homologue vietnamien.",
        [
            "agreement LAO-VNM signed 2025-06-09 @Hanoï",
            "consultation LAO-VNM meeting 2025-06-09 @Hanoï",
        ],
        ["consultation LAO-VNM meeting 2025-06-09 @Hanoï"],
        id="agreement-application-programme",
    ),
    pytest.param(
        "agreement.ellipsis",
        "Le Laos et le Vietnam ont signé lundi à Hanoï un protocole d'accord sur la formation des diplomates et un autre sur la pêche.",
        [
            "agreement LAO-VNM signed 2025-06-09 @Hanoï",
            "agreement LAO-VNM signed 2025-06-09 @Hanoï",
        ],
        ["agreement LAO-VNM signed 2025-06-09 @Hanoï"],
        id="agreement.ellipsis-another",
    ),
    pytest.param(
        "agreement.carried-stage",
        "Le Maroc et le Sénégal ont signé lundi trois accords. Il s'agit de l'accord général de coopération, de l'accord sur la pêche et de l'accord sur le transport.",
        [
            "agreement MAR-SEN signed 2025-06-09",
            "agreement MAR-SEN signed 2025-06-09",
            "agreement MAR-SEN signed 2025-06-09",
        ],
        ["agreement MAR-SEN signed 2025-06-09 x3"],
        id="agreement.carried-stage-general-agreement",
    ),
    pytest.param(
        "agreement.coordinated",
        "Le Maroc et le Sénégal ont signé lundi quatre accords et mémorandums d'entente dans divers domaines.",
        ["agreement MAR-SEN signed 2025-06-09 x4"],
        ["agreement MAR-SEN signed 2025-06-09 x4", "agreement MAR-SEN signed 2025-06-09 x4"],
        id="agreement.coordinated",
    ),
    pytest.param(
        "agreement.partners",
        "Le Maroc a signé lundi un accord de libre-échange avec le Sénégal. Des négociations avec la Tunisie et l'Égypte sont arrivées à leur terme, tandis que d'autres sont toujours en cours, notamment avec le Ghana et le Nigeria.",
        # one agreement per partner listed; undated, the overview is background
        [
            "agreement MAR-SEN signed 2025-06-09",
            "agreement MAR-TUN negotiated bg",
            "agreement EGY-MAR negotiated bg",
            "agreement GHA-MAR negotiated bg",
            "agreement MAR-NGA negotiated bg",
        ],
        ["agreement MAR-SEN signed 2025-06-09"],
        id="agreement.partners",
    ),
    pytest.param(
        "agreement.partners",
        "La Norvège a finalisé mardi les négociations menées avec l'Islande, l'Irlande et le Danemark, a annoncé le gouvernement à Oslo.",
        [
            "agreement ISL-NOR negotiated 2025-06-10",
            "agreement IRL-NOR negotiated 2025-06-10",
            "agreement DNK-NOR negotiated 2025-06-10",
        ],
        [],
        id="agreement.partners-ended",
    ),
    pytest.param(
        "agreement.partners",
        "Le Maroc a signé lundi des accords de libre-échange avec la Tunisie, l'Égypte et la Jordanie.",
        [
            "agreement MAR-TUN signed 2025-06-09",
            "agreement EGY-MAR signed 2025-06-09",
            "agreement JOR-MAR signed 2025-06-09",
        ],
        ["agreement EGY-JOR-MAR-TUN signed 2025-06-09"],
        id="agreement.partners-instruments",
    ),
    pytest.param(
        "agreement.partners",
        "Le Maroc a signé lundi un accord de pêche avec le Sénégal. Le royaume avait déjà conclu des accords de libre-échange avec la Tunisie (en 2019), l'Égypte (en 2021) et la Jordanie.",
        # each partner's own date; the undated one belongs to the same look back
        [
            "agreement MAR-SEN signed 2025-06-09",
            "agreement MAR-TUN signed 2019 bg",
            "agreement EGY-MAR signed 2021 bg",
            "agreement JOR-MAR signed bg",
        ],
        ["agreement MAR-SEN signed 2025-06-09", "agreement EGY-JOR-TUN signed 2019 bg"],
        id="agreement.partners-dated",
    ),
    pytest.param(
        "stage.adopted-plan",
        "Les dirigeants de l'ASEAN et du Japon ont adopté samedi à Tokyo une déclaration commune ainsi qu'un plan d'action pour la mettre en œuvre.",
        [
            "declaration ASEAN-JPN joint_declaration 2025-06-07 @Tokyo",
            "agreement ASEAN-JPN signed 2025-06-07 @Tokyo",
        ],
        ["declaration ASEAN-JPN joint_declaration 2025-06-07 @Tokyo"],
        id="stage.adopted-plan",
    ),
    pytest.param(
        "stage.adopted-plan",
        "Le plan d'action adopté lundi par le Maroc et le Sénégal porte sur la pêche.",
        ["agreement MAR-SEN signed 2025-06-09"],
        [],
        id="stage.adopted-plan-participle",
    ),
    pytest.param(
        "agreement.bullet-item",
        "Les ministres marocain et sénégalais ont signé lundi à Rabat plusieurs instruments, parmi lesquels :\n- un accord sur la pêche ;\n- un programme de coopération culturelle et sportive pour 2025-2027.",
        ["agreement MAR-SEN signed 2025-06-09 @Rabat"] * 2,
        ["agreement MAR-SEN signed 2025-06-09 @Rabat"],
        id="agreement.bullet-item",
    ),
    pytest.param(
        "stage.passive-subject",
        "Le ministre marocain s'est entretenu lundi à Dakar avec son homologue sénégalais. Des vues ont été échangées sur le protocole de pêche.",
        ["consultation MAR-SEN meeting 2025-06-09 @Dakar"],
        [
            "consultation MAR-SEN meeting 2025-06-09 @Dakar",
            "agreement MAR-SEN signed 2025-06-09 @Dakar",
        ],
        id="stage.passive-subject",
    ),
    pytest.param(
        "agreement.partners",
        "Les Émirats arabes unis ont signé lundi un accord de partenariat avec le Kenya. L'Inde, Israël et l'Indonésie ont déjà signé des accords similaires avec Abou Dhabi.",
        [
            "agreement ARE-KEN signed 2025-06-09",
            "agreement ARE-IND signed 2025-06-09",
            "agreement ARE-ISR signed 2025-06-09",
            "agreement ARE-IDN signed 2025-06-09",
        ],
        ["agreement ARE-KEN signed 2025-06-09", "agreement ARE-IDN-IND-ISR signed 2025-06-09"],
        id="agreement.partners-subjects",
    ),
    pytest.param(
        "agreement.partners",
        "Les Émirats arabes unis ont signé lundi un accord de partenariat avec le Kenya. Ils ont déjà signé de tels accords avec l'Inde, Israël et l'Indonésie.",
        [
            "agreement ARE-KEN signed 2025-06-09",
            "agreement ARE-IND signed 2025-06-09",
            "agreement ARE-ISR signed 2025-06-09",
            "agreement ARE-IDN signed 2025-06-09",
        ],
        ["agreement ARE-KEN signed 2025-06-09", "agreement IDN-IND-ISR signed"],
        id="agreement.partners-pronoun",
    ),
    pytest.param(
        "agreement.batch-item",
        "Le Maroc et le Sénégal ont signé lundi plusieurs accords de coopération à Rabat. Les documents comprennent un mémorandum d'entente sur la pêche. D'autres documents incluent des protocoles d'accord sur l'énergie solaire.",
        # the protocols on solar energy are one instrument of the batch, not the batch
        ["agreement MAR-SEN signed 2025-06-09 @Rabat"] * 2,
        ["agreement MAR-SEN signed 2025-06-09 @Rabat"],
        id="agreement.batch-item",
    ),
    pytest.param(
        "agreement.batch-item",
        "Le Maroc et le Sénégal ont signé lundi plusieurs accords de coopération à Rabat, dont un mémorandum d'entente sur la pêche. Par ailleurs, des échanges de protocoles ont été convenus pour la formation des diplomates.",
        ["agreement MAR-SEN signed 2025-06-09 @Rabat"] * 2,
        ["agreement MAR-SEN signed 2025-06-09 @Rabat"],
        id="agreement.batch-item-own-verb",
    ),
]

TRACED = [
    "agreement",
    "agreement.anaphor",
    "agreement.batch-item",
    "agreement.bullet-item",
    "agreement.carried-stage",
    "agreement.ellipsis",
    "agreement.members",
    "agreement.multilateral",
    "agreement.partners",
    "agreement.pronoun-list",
    "agreement.quantity",
    "stage.adopted-plan",
    pytest.param(
        "agreement.reference-frame",
        "Les États-Unis et l'Azerbaïdjan ont signé mardi à Bakou un accord de partenariat. Ce rapprochement intervient suite à un accord de paix entre l'Azerbaïdjan et l'Arménie.",
        ["agreement AZE-USA signed 2025-06-10 @Bakou"],
        [
            "agreement AZE-USA signed 2025-06-10 @Bakou",
            "agreement ARM-AZE signed 2025-06-10 @Bakou",
        ],
        id="agreement.reference-frame-following",
    ),
    pytest.param(
        "agreement.reference-frame",
        "Le Mali et le Niger ont signé lundi à Niamey un accord sur le transport. La coopération s'est renforcée à la suite d'un accord de défense entre le Mali et le Burkina Faso.",
        ["agreement MLI-NER signed 2025-06-09 @Niamey"],
        [
            "agreement MLI-NER signed 2025-06-09 @Niamey",
            "agreement BFA-MLI signed 2025-06-09 @Niamey",
        ],
        id="agreement.reference-frame-in-the-wake",
    ),
    pytest.param(
        "agreement.reference-frame",
        "Le Ghana et le Togo ont signé jeudi à Lomé un protocole sur l'électricité. Les échanges ont repris suite à une convention de transit entre le Togo et le Burkina Faso.",
        ["agreement GHA-TGO signed 2025-06-05 @Lomé"],
        ["agreement GHA-TGO signed 2025-06-05 @Lomé", "agreement BFA-TGO signed 2025-06-05 @Lomé"],
        id="agreement.reference-frame-following-convention",
    ),
]

SILENT = [
    pytest.param(
        "stage.passive-subject",
        "Onze documents ont été échangés lundi à Tokyo entre l'Inde et le Japon. Parmi eux figure un mémorandum de coopération spatiale.",
        # instruments exchanged at a ceremony are signed
        ["agreement IND-JPN signed 2025-06-09 @Tokyo"],
        id="stage.passive-subject-instrument",
    ),
    pytest.param(
        "stage.passive-subject",
        "Le Maroc et le Sénégal ont signé lundi un accord sur la pêche, tandis que des échanges de protocoles ont été convenus pour la formation des diplomates.",
        ["agreement MAR-SEN signed 2025-06-09", "agreement MAR-SEN signed 2025-06-09"],
        id="stage.passive-subject-agreed",
    ),
    pytest.param(
        "agreement.bullet-item",
        "Le ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais. Ils ont passé en revue :\n- la situation régionale ;\n- un programme de coopération culturelle et sportive à préparer.",
        ["consultation MAR-SEN meeting 2025-06-09 @Rabat"],
        id="agreement.bullet-item-no-stage-before",
    ),
    pytest.param(
        "stage.adopted-plan",
        "L'Assemblée nationale sénégalaise a adopté lundi le projet de loi autorisant la ratification de l'accord de pêche avec le Maroc.",
        ["agreement MAR-SEN approved 2025-06-09 @Dakar"],
        id="stage.adopted-plan-bill",
    ),
    pytest.param(
        "stage.adopted-plan",
        "Le ministre malien s'est entretenu lundi à Dakar avec son homologue sénégalais du plan d'action qui reste à adopter.",
        ["consultation MLI-SEN meeting 2025-06-09 @Dakar"],
        id="stage.adopted-plan-not-yet",
    ),
    pytest.param(
        "agreement.already-existing",
        "Le Kenya a signé lundi un accord avec la France. Des accords ont été conclus avec l'Inde.",
        # a passive right after the instrument is its own stage, not « les accords signés »
        ["agreement FRA-KEN signed 2025-06-09", "agreement IND-KEN signed 2025-06-09"],
        id="agreement.already-existing-passive",
    ),
    pytest.param(
        "agreement.batch-item",
        "Le Maroc et le Sénégal ont signé lundi plusieurs accords de coopération à Rabat. Les accords signés portent sur la pêche et le tourisme.",
        ["agreement MAR-SEN signed 2025-06-09 @Rabat"],
        id="agreement.batch-item-named-again",
    ),
    pytest.param(
        "agreement.batch-item",
        "Le Maroc et le Sénégal ont signé lundi à Rabat des accords sur la pêche et l'énergie.",
        ["agreement MAR-SEN signed 2025-06-09 @Rabat"],
        id="agreement.batch-item-no-batch-before",
    ),
    pytest.param(
        "agreement.batch-item",
        "Le Maroc et le Sénégal ont signé lundi à Rabat douze accords de coopération. Les deux pays ont signé des accords de coopération dans les domaines de la pêche et du tourisme.",
        ["agreement MAR-SEN signed 2025-06-09 @Rabat x12"],
        id="agreement.batch-item-batch-said-again",
    ),
    pytest.param(
        "agreement.partners",
        "Le ministre sénégalais s'est entretenu lundi à Dakar avec son homologue malien. Les négociations avec le Mali et le Niger n'ont pas abouti, a-t-il regretté.",
        ["consultation MLI-SEN meeting 2025-06-09 @Dakar"],
        id="agreement.partners-negated",
    ),
    pytest.param(
        "agreement.partners",
        "Le ministre sénégalais s'est entretenu lundi à Dakar avec son homologue malien. Les négociations avec le Mali et le Niger reprendront en juillet.",
        ["consultation MLI-SEN meeting 2025-06-09 @Dakar"],
        id="agreement.partners-not-yet",
    ),
    pytest.param(
        "agreement.partners",
        "Le Maroc a signé lundi un accord de libre-échange avec la Tunisie et l'Égypte.",
        ["agreement EGY-MAR-TUN signed 2025-06-09"],
        id="agreement.partners-one-instrument",
    ),
    pytest.param(
        "agreement.partners",
        "Le Maroc a signé lundi trois accords avec la Tunisie et l'Égypte.",
        ["agreement EGY-MAR-TUN signed 2025-06-09 x3"],
        id="agreement.partners-counted",
    ),
    pytest.param(
        "agreement.partners",
        "Le Maroc et le Sénégal ont signé lundi à Dakar des accords avec la Mauritanie.",
        ["agreement MAR-MRT-SEN signed 2025-06-09 @Dakar"],
        id="agreement.partners-joint-subjects",
    ),
    pytest.param(
        "agreement.coordinated",
        "Le Maroc et le Sénégal ont signé lundi deux accords et trois mémorandums d'entente.",
        ["agreement MAR-SEN signed 2025-06-09 x2", "agreement MAR-SEN signed 2025-06-09 x3"],
        id="agreement.coordinated-each-counted",
    ),
    pytest.param(
        "agreement.carried-stage",
        "Le Maroc et le Sénégal ont signé lundi à Rabat un accord général de coopération. L'accord général prévoit des échanges d'experts.",
        ["agreement MAR-SEN signed 2025-06-09 @Rabat"],
        id="agreement.carried-stage-general-named-again",
    ),
    pytest.param(
        "agreement.ellipsis",
        "Le Laos et le Vietnam ont signé lundi à Hanoï un accord sur la pêche. Une autre de leurs priorités est la sécurité alimentaire.",
        ["agreement LAO-VNM signed 2025-06-09 @Hanoï"],
        id="agreement.ellipsis-another-priority",
    ),
    pytest.param(
        "agreement",
        "Le ministre laotien a présenté lundi le programme d'application des réformes agricoles, puis il s'est entretenu lundi à Hanoï avec son homologue vietnamien.",
        ["consultation LAO-VNM meeting 2025-06-09 @Hanoï"],
        id="agreement-domestic-programme",
    ),
    pytest.param(
        "agreement.anaphor",
        "Le Maroc et le Sénégal ont signé lundi un accord sur la pêche. Un accord de coopération sur la santé a été ratifié mardi par le Maroc et le Sénégal.",
        ["agreement MAR-SEN signed 2025-06-09", "agreement MAR-SEN ratified 2025-06-10"],
        id="agreement.anaphor",
    ),
    pytest.param(
        "agreement.between-others",
        "Le Maroc et le Sénégal ont signé lundi un accord entre le Maroc et le Sénégal sur la pêche.",
        ["agreement MAR-SEN signed 2025-06-09"],
        id="agreement.between-others",
    ),
    pytest.param(
        "agreement.organisation-name",
        "Le Maroc et le Sénégal ont signé lundi un traité d'amitié.",
        ["agreement MAR-SEN signed 2025-06-09"],
        id="agreement.organisation-name",
    ),
    pytest.param(
        "agreement.reference-frame",
        "Le Maroc et le Sénégal ont signé lundi un accord sur la pêche, conformément à la convention signée en 2010.",
        ["agreement MAR-SEN signed 2025-06-09", "agreement MAR-SEN signed 2010 bg"],
        id="agreement.reference-frame",
    ),
    pytest.param(
        "stage.future-noun",
        "Le Maroc et le Sénégal ont procédé lundi à la signature d'un accord sur la pêche.",
        ["agreement MAR-SEN signed 2025-06-09"],
        id="stage.future-noun",
    ),
    pytest.param(
        "agreement.reference-frame",
        "Le Ghana et le Togo ont signé jeudi à Lomé un protocole sur l'électricité. Les échanges ont repris suite à la convention de transit signée en 2019 entre le Togo et le Burkina Faso.",
        ["agreement GHA-TGO signed 2025-06-05 @Lomé", "agreement BFA-TGO signed 2019 bg"],
        id="agreement.reference-frame-following-own-stage",
    ),
]


test_rule_fires, test_traced_rules_are_in_the_trace, test_rule_does_not_fire = RULE_TESTS
