# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""Side rules of the eighth accuracy round: which pair an anaphor stands for, and
which mentions are the matter or the target of an event rather than its sides.

Each example compares the extraction with every rule on and with only its rule switched
off (:mod:`_examples`). The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from _examples import RULE_TESTS

FIRES = [
    pytest.param(
        "parties.recent-pair",
        "Le ministre sénégalais des Affaires étrangères a reçu lundi à Dakar son homologue malien. Les deux ministres ont évoqué la sécurité. Le ministre sénégalais s'est ensuite entretenu mardi avec le ministre gambien.\nLes deux pays ont signé mercredi un accord sur la pêche.",
        [
            "consultation MLI-SEN meeting 2025-06-09 @Dakar",
            "consultation GMB-SEN meeting 2025-06-10 @Dakar",
            "agreement GMB-SEN signed 2025-06-04 @Dakar",
        ],
        [
            "consultation MLI-SEN meeting 2025-06-09 @Dakar",
            "consultation GMB-SEN meeting 2025-06-10 @Dakar",
            "agreement MLI-SEN signed 2025-06-04 @Dakar",
        ],
        id="recent-pair-next-paragraph",
    ),
    pytest.param(
        "parties.recent-pair",
        "Le président kényan a reçu lundi à Nairobi le Premier ministre éthiopien pour des entretiens. Le président kényan a aussi reçu le président ougandais. Le lendemain, il s'est entretenu au téléphone avec le président tanzanien.\nLes deux pays ont signé un mémorandum sur le commerce.",
        [
            "consultation ETH-KEN meeting 2025-06-09 @Nairobi",
            "consultation KEN-UGA meeting 2025-06-09 @Nairobi",
            "consultation KEN-TZA phone_call 2025-06-11",
            "agreement KEN-TZA signed 2025-06-09 @Nairobi",
        ],
        [
            "consultation ETH-KEN meeting 2025-06-09 @Nairobi",
            "consultation KEN-UGA meeting 2025-06-09 @Nairobi",
            "consultation KEN-TZA phone_call 2025-06-11",
            "agreement ETH-KEN signed 2025-06-09 @Nairobi",
        ],
        id="recent-pair-call",
    ),
    pytest.param(
        "parties.recent-pair+declaration.the-n-sides",
        "La Chine et le Vietnam ont tenu lundi à Hanoï leurs consultations politiques. Par ailleurs, le vice-ministre chinois a rencontré mardi à Hanoï le vice-ministre laotien.\nLes deux parties ont adopté un communiqué conjoint.",
        [
            "consultation CHN-VNM political_consultations 2025-06-09 @Hanoï",
            "consultation CHN-LAO meeting 2025-06-10 @Hanoï",
            "declaration CHN-LAO joint_communique 2025-06-10 @Hanoï",
        ],
        [
            "consultation CHN-VNM political_consultations 2025-06-09 @Hanoï",
            "consultation CHN-LAO meeting 2025-06-10 @Hanoï",
            "declaration CHN-VNM joint_communique 2025-06-09 @Hanoï",
        ],
        id="recent-pair-parties",
    ),
    pytest.param(
        "parties.recent-pair",
        "Le ministre argentin des Affaires étrangères a rencontré lundi à Buenos Aires son homologue chilien. Le ministre argentin a reçu mardi l'ambassadeur du Chili. Il a par ailleurs eu jeudi un entretien téléphonique avec le ministre uruguayen.\nLes deux États ont signé vendredi un accord sur les frontières fluviales.",
        [
            "consultation ARG-CHL meeting 2025-06-09 @Buenos Aires",
            "consultation ARG-CHL meeting 2025-06-10 @Buenos Aires",
            "consultation ARG-URY phone_call 2025-06-05",
            "agreement ARG-URY signed 2025-06-06 @Buenos Aires",
        ],
        [
            "consultation ARG-CHL meeting 2025-06-09 @Buenos Aires",
            "consultation ARG-CHL meeting 2025-06-10 @Buenos Aires",
            "consultation ARG-URY phone_call 2025-06-05",
            "agreement ARG-CHL signed 2025-06-06 @Buenos Aires",
        ],
        id="recent-pair-states",
    ),
    pytest.param(
        "parties.recent-pair",
        "Le Premier ministre norvégien s'est entretenu lundi à Oslo avec son homologue suédois. Mardi, le Premier ministre norvégien a reçu le président finlandais à Oslo. Les deux pays ont signé à cette occasion un accord de coopération dans le domaine de l'énergie.",
        [
            "consultation NOR-SWE meeting 2025-06-09 @Oslo",
            "consultation FIN-NOR meeting 2025-06-10 @Oslo",
            "agreement FIN-NOR signed 2025-06-10 @Oslo",
        ],
        [
            "consultation NOR-SWE meeting 2025-06-09 @Oslo",
            "consultation FIN-NOR meeting 2025-06-10 @Oslo",
            "agreement NOR-SWE signed 2025-06-09 @Oslo",
        ],
        id="recent-pair-same-paragraph",
    ),
    pytest.param(
        "parties.matter-preposition",
        "Sur la Libye, le ministre algérien des Affaires étrangères et son homologue égyptien se sont entretenus lundi au Caire.",
        ["consultation DZA-EGY meeting 2025-06-09 @Le Caire"],
        ["consultation DZA-EGY-LBY meeting 2025-06-09 @Le Caire"],
        id="matter-preposition-topic-first",
    ),
    pytest.param(
        "parties.matter-preposition",
        "Sur le Soudan comme sur le Tchad, les ministres kényan et éthiopien ont affiché mardi à Nairobi des vues proches lors de leur entretien.",
        ["consultation ETH-KEN meeting 2025-06-10 @Nairobi"],
        ["consultation ETH-KEN-SDN-TCD meeting 2025-06-10 @Nairobi"],
        id="matter-preposition-two-topics",
    ),
    pytest.param(
        "parties.matter-preposition",
        "Inquiets de la pression exercée sur le Liban, les ministres saoudien et qatari se sont entretenus mardi à Riyad.",
        ["consultation QAT-SAU meeting 2025-06-10 @Riyad"],
        ["consultation LBN-QAT-SAU meeting 2025-06-10 @Riyad"],
        id="matter-preposition-pressure",
    ),
    pytest.param(
        "parties.matter-preposition+parties.own-clause",
        "Après avoir échangé sur l'Ukraine, les présidents français et brésilien ont signé lundi à Brasília un accord sur le climat.",
        ["agreement BRA-FRA signed 2025-06-09 @Brasília"],
        ["agreement BRA-FRA-UKR signed 2025-06-09 @Brasília"],
        id="matter-preposition-agreement",
    ),
    pytest.param(
        "parties.matter-preposition",
        "Dans une déclaration commune publiée lundi, les ministres des Affaires étrangères de la Pologne et de la Roumanie ont condamné les frappes russes contre les infrastructures énergétiques ukrainiennes.",
        ["declaration POL-ROU joint_declaration 2025-06-09"],
        ["declaration POL-ROU-UKR joint_declaration 2025-06-09"],
        id="matter-preposition-target",
    ),
    pytest.param(
        "parties.addressee",
        "Dans un communiqué conjoint publié lundi, le Maroc et la Mauritanie ont appelé l'Union africaine à agir au Sahel.",
        ["declaration MAR-MRT joint_communique 2025-06-09"],
        ["declaration AU-MAR-MRT joint_communique 2025-06-09"],
        id="addressee-organisation",
    ),
    pytest.param(
        "parties.addressee",
        "Les ministres des Affaires étrangères du Bénin et du Togo ont exhorté le Niger à rouvrir sa frontière, dans une déclaration commune publiée mardi.",
        ["declaration BEN-TGO joint_declaration 2025-06-10"],
        ["declaration BEN-NER-TGO joint_declaration 2025-06-10"],
        id="addressee-urged",
    ),
    pytest.param(
        "parties.addressee",
        "Dans une déclaration conjointe publiée lundi, la France et l'Allemagne ont demandé à l'Iran de libérer les détenus.",
        ["declaration DEU-FRA joint_declaration 2025-06-09"],
        ["declaration DEU-FRA-IRN joint_declaration 2025-06-09"],
        id="addressee-asked",
    ),
    pytest.param(
        "parties.addressee",
        "Dans une déclaration commune publiée lundi, les ministres estonien et letton ont appelé l'OSCE à enquêter.",
        ["declaration EST-LVA joint_declaration 2025-06-09"],
        ["declaration EST-LVA-OSCE joint_declaration 2025-06-09"],
        id="addressee-demonyms",
    ),
    pytest.param(
        "parties.addressee",
        "Dans un communiqué conjoint publié mardi à Lima, le Chili et le Pérou ont enjoint à la Bolivie de reprendre le dialogue.",
        ["declaration CHL-PER joint_communique 2025-06-10 @Lima"],
        ["declaration BOL-CHL-PER joint_communique 2025-06-10 @Lima"],
        id="addressee-enjoined",
    ),
    pytest.param(
        "parties.shared-demonym",
        "La RDC et l'Angola renforcent leur coopération. Le ministre angolais des Affaires étrangères s'est entretenu lundi à Luanda avec son homologue congolaise.",
        ["consultation AGO-COD meeting 2025-06-09 @Luanda"],
        ["consultation AGO-COG meeting 2025-06-09 @Luanda"],
        id="shared-demonym-counterpart",
    ),
    pytest.param(
        "parties.shared-demonym",
        "KINSHASA, 3 juin - Le président congolais a reçu lundi à Kinshasa le ministre burundais des Affaires étrangères.",
        ["consultation BDI-COD meeting 2025-06-09 @Kinshasa"],
        ["consultation BDI-COG meeting 2025-06-09 @Kinshasa"],
        id="shared-demonym-dateline",
    ),
    pytest.param(
        "parties.shared-demonym",
        "La crise dans l'est de la République démocratique du Congo était au centre des discussions. Le ministre congolais des Affaires étrangères a eu mardi un entretien téléphonique avec son homologue belge.",
        ["consultation BEL-COD phone_call 2025-06-10"],
        ["consultation BEL-COG phone_call 2025-06-10"],
        id="shared-demonym-full-name",
    ),
    pytest.param(
        "parties.shared-demonym",
        "Le Premier ministre congolais a signé lundi à Kigali un accord de paix avec le Rwanda, en présence des médiateurs. Les combats dans l'est de la RDC ont fait des milliers de morts.",
        ["agreement COD-RWA signed 2025-06-09 @Kigali"],
        ["agreement COG-RWA signed 2025-06-09 @Kigali"],
        id="shared-demonym-named-after",
    ),
    pytest.param(
        "parties.shared-demonym",
        "Le ministre ougandais s'est entretenu lundi à Kampala avec le vice-ministre congolais de la Défense. Les deux pays luttent ensemble contre les rebelles dans le nord-est de la RDC.",
        ["consultation COD-UGA meeting 2025-06-09 @Kampala"],
        ["consultation COG-UGA meeting 2025-06-09 @Kampala"],
        id="shared-demonym-role",
    ),
    pytest.param(
        "parties.pronoun-subject",
        "La France et le Maroc ont tenu lundi à Paris leur réunion de haut niveau. Le ministre français a reçu mardi son homologue marocain. Le ministre espagnol des Affaires étrangères José Ortega était aussi à Paris mardi. Il a rencontré mercredi le ministre marocain.",
        [
            "consultation FRA-MAR meeting 2025-06-09 @Paris",
            "consultation FRA-MAR meeting 2025-06-10 @Paris",
            "consultation ESP-MAR meeting 2025-06-04 @Paris",
        ],
        [
            "consultation FRA-MAR meeting 2025-06-09 @Paris",
            "consultation FRA-MAR meeting 2025-06-10 @Paris",
            "consultation FRA-MAR meeting 2025-06-04 @Paris",
        ],
        id="pronoun-subject-met",
    ),
    pytest.param(
        "parties.pronoun-subject",
        "Le Kenya et l'Éthiopie ont tenu lundi à Nairobi leur commission mixte. Le président kényan a reçu le Premier ministre éthiopien. Le chef de la diplomatie somalienne Ahmed Warsame a pour sa part multiplié les rencontres.\nJeudi, il a rencontré le ministre kényan de la Défense.",
        [
            "consultation ETH-KEN joint_commission 2025-06-09 @Nairobi",
            "consultation ETH-KEN meeting 2025-06-09 @Nairobi",
            "consultation KEN-SOM meeting 2025-06-05 @Nairobi",
        ],
        [
            "consultation ETH-KEN joint_commission 2025-06-09 @Nairobi",
            "consultation ETH-KEN meeting 2025-06-05 @Nairobi",
        ],
        id="pronoun-subject-next-paragraph",
    ),
    pytest.param(
        "parties.pronoun-subject",
        "Le Brésil et l'Argentine ont tenu lundi à Brasília leurs consultations politiques. Le ministre brésilien a reçu son homologue argentin. Le ministre uruguayen des Affaires étrangères Pablo Ferreira a de son côté eu plusieurs entretiens. Mardi, il a été reçu par le président brésilien.",
        [
            "consultation ARG-BRA political_consultations 2025-06-09 @Brasília",
            "consultation ARG-BRA meeting 2025-06-09 @Brasília",
            "consultation BRA-URY meeting 2025-06-10 @Brasília",
        ],
        [
            "consultation ARG-BRA political_consultations 2025-06-09 @Brasília",
            "consultation ARG-BRA meeting 2025-06-10 @Brasília",
        ],
        id="pronoun-subject-received-by",
    ),
    pytest.param(
        "parties.pronoun-subject",
        "La France et le Maroc ont tenu lundi à Paris leur réunion de haut niveau. Le ministre français a reçu mardi son homologue marocain. La ministre tunisienne du Commerce Leila Ben Salah était aussi à Paris.\nElle a eu mercredi un entretien avec le ministre marocain de l'Industrie.",
        [
            "consultation FRA-MAR meeting 2025-06-09 @Paris",
            "consultation FRA-MAR meeting 2025-06-10 @Paris",
            "consultation MAR-TUN meeting 2025-06-04 @Paris",
        ],
        [
            "consultation FRA-MAR meeting 2025-06-09 @Paris",
            "consultation FRA-MAR meeting 2025-06-10 @Paris",
            "consultation FRA-MAR meeting 2025-06-04 @Paris",
        ],
        id="pronoun-subject-elle",
    ),
    pytest.param(
        "parties.pronoun-subject",
        "Le Canada et le Mexique ont tenu lundi à Ottawa leur dialogue de haut niveau. La ministre canadienne a reçu son homologue mexicain. Le ministre guatémaltèque des Affaires étrangères Carlos Ramírez se trouvait aussi dans la capitale canadienne. Il s'est entretenu jeudi au téléphone avec la ministre canadienne.",
        [
            "consultation CAN-MEX meeting 2025-06-05 @Ottawa",
            "consultation CAN-GTM phone_call 2025-06-05",
        ],
        [
            "consultation CAN-MEX meeting 2025-06-05 @Ottawa",
            "consultation CAN-MEX phone_call 2025-06-05",
        ],
        id="pronoun-subject-call",
    ),
    pytest.param(
        "parties.pronoun-subject",
        "L'Inde et le Japon ont tenu lundi à New Delhi leur dialogue stratégique. Le ministre indien a reçu son homologue japonais. Le chef de la diplomatie népalaise Arjun Thapa a de son côté multiplié les entretiens. Lundi soir, il a été reçu par le Premier ministre indien.",
        [
            "consultation IND-JPN joint_commission 2025-06-09 @New Delhi",
            "consultation IND-JPN meeting 2025-06-09 @New Delhi",
            "consultation IND-NPL meeting 2025-06-09 @New Delhi",
        ],
        [
            "consultation IND-JPN joint_commission 2025-06-09 @New Delhi",
            "consultation IND-JPN meeting 2025-06-09 @New Delhi",
        ],
        id="pronoun-subject-passive",
    ),
    pytest.param(
        "parties.visit-host",
        "La ministre canadienne des Affaires étrangères, arrivée lundi en Indonésie pour une visite de trois jours, s'est exprimée devant les pays membres de l'ASEAN.",
        ["consultation CAN-IDN visit 2025-06-09 @Jakarta"],
        [
            "consultation ASEAN-CAN-IDN visit 2025-06-09 @Jakarta",
            "consultation CAN-IDN visit 2025-06-09 @Jakarta",
        ],
        id="visit-host-members",
    ),
    pytest.param(
        "parties.visit-host",
        "Le président sénégalais a entamé mardi une visite officielle au Ghana, pays fondateur de la CEDEAO.",
        ["consultation GHA-SEN visit 2025-06-10 @Accra"],
        ["consultation ECOWAS-GHA-SEN visit 2025-06-10 @Accra"],
        id="visit-host-founder",
    ),
    pytest.param(
        "parties.visit-host+parties.organisation-frame",
        "Le Premier ministre japonais effectue depuis lundi une visite d'État au Vietnam, qui assure la présidence de l'ASEAN cette année.",
        ["consultation JPN-VNM visit 2025-06-09 @Hanoï"],
        ["consultation ASEAN-JPN-VNM visit 2025-06-09 @Hanoï"],
        id="visit-host-presidency",
    ),
    pytest.param(
        "parties.visit-host+parties.organisation-frame",
        "Le président ivoirien, en visite au Maroc depuis lundi, a salué devant la presse le retour du royaume au sein de l'Union africaine.",
        ["consultation CIV-MAR visit 2025-06-09 @Rabat"],
        [
            "consultation AU-CIV-MAR visit 2025-06-09 @Rabat",
            "consultation CIV-MAR visit 2025-06-09 @Rabat",
        ],
        id="visit-host-said-there",
    ),
    pytest.param(
        "parties.visit-host+parties.organisation-frame",
        "Le président brésilien, en visite d'État en Argentine depuis lundi, a évoqué l'avenir du Mercosur.",
        ["consultation ARG-BRA visit 2025-06-09 @Buenos Aires"],
        [
            "consultation ARG-BRA-MERCOSUR visit 2025-06-09 @Buenos Aires",
            "consultation ARG-BRA visit 2025-06-09 @Buenos Aires",
        ],
        id="visit-host-topic",
    ),
    pytest.param(
        "parties.evoked-meeting",
        "Le ministre français des Affaires étrangères a eu mardi un entretien téléphonique avec son homologue américain, au cours duquel a été évoquée la rencontre tenue lundi à Riyad entre des représentants américains et russes.",
        ["consultation FRA-USA phone_call 2025-06-10 @Riyad"],
        ["consultation FRA-RUS-USA phone_call 2025-06-10 @Riyad"],
        id="evoked-meeting-call",
    ),
    pytest.param(
        "parties.evoked-meeting",
        "Le ministre marocain a reçu lundi à Rabat son homologue espagnol, avec qui il a évoqué la réunion organisée samedi par la France sur la Libye.",
        ["consultation ESP-MAR meeting 2025-06-09 @Rabat"],
        ["consultation ESP-FRA-MAR meeting 2025-06-09 @Rabat"],
        id="evoked-meeting-organised-by",
    ),
    pytest.param(
        "parties.evoked-meeting",
        "Les présidents ghanéen et togolais se sont entretenus lundi à Accra et ont notamment abordé le sommet tenu le mois dernier à Abuja entre les présidents nigérian et béninois.",
        [
            "consultation GHA-TGO meeting 2025-06-09 @Accra",
            "consultation BEN-NGA summit 2025-05 @Accra",
        ],
        ["consultation BEN-GHA-NGA-TGO summit 2025-06-09 @Accra"],
        id="evoked-meeting-summit",
    ),
    pytest.param(
        "parties.evoked-meeting",
        "Le ministre tunisien des Affaires étrangères a reçu mardi à Tunis l'ambassadeur d'Italie, avec qui il a discuté de la rencontre tenue la veille entre les présidents algérien et libyen.",
        ["consultation ITA-TUN meeting 2025-06-10 @Tunis"],
        ["consultation DZA-ITA-LBY-TUN summit 2025-06-10 @Tunis"],
        id="evoked-meeting-discussed",
    ),
    pytest.param(
        "parties.evoked-meeting",
        "Le Premier ministre hongrois s'est entretenu mardi à Vienne avec le chancelier autrichien et a évoqué la réunion tenue jeudi à Bruxelles entre les ministres polonais et tchèque.",
        ["consultation AUT-HUN meeting 2025-06-10 @Vienne"],
        ["consultation AUT-CZE-HUN-POL meeting 2025-06-10 @Vienne"],
        id="evoked-meeting-coordinated",
    ),
    pytest.param(
        "parties.plural-subject",
        "Le Sénégal et la Mauritanie ont tenu lundi à Dakar leur commission mixte. Le Premier ministre sénégalais a aussi reçu mardi le ministre gambien des Finances. À l'issue de leur entretien, ils ont signé un accord sur le pont de Farafenni.",
        [
            "consultation MRT-SEN joint_commission 2025-06-09 @Dakar",
            "consultation GMB-SEN meeting 2025-06-10 @Dakar",
            "agreement GMB-SEN signed 2025-06-10 @Dakar",
        ],
        [
            "consultation MRT-SEN joint_commission 2025-06-09 @Dakar",
            "consultation GMB-SEN meeting 2025-06-10 @Dakar",
            "agreement MRT-SEN signed 2025-06-10 @Dakar",
        ],
        id="plural-subject-after-talk",
    ),
    pytest.param(
        "parties.plural-subject",
        "La France et l'Allemagne ont tenu lundi à Berlin leur conseil des ministres. Le chancelier allemand s'est ensuite entretenu mardi avec le président polonais. Ils ont signé un protocole sur les réseaux électriques.",
        [
            "consultation DEU-POL meeting 2025-06-10 @Berlin",
            "agreement DEU-POL signed 2025-06-10 @Berlin",
        ],
        [
            "consultation DEU-POL meeting 2025-06-10 @Berlin",
            "agreement DEU-FRA signed 2025-06-10 @Berlin",
        ],
        id="plural-subject-ils",
    ),
    pytest.param(
        "parties.plural-subject",
        "Le Brésil et l'Argentine ont tenu lundi à Brasília leurs consultations politiques. Le ministre brésilien a ensuite reçu mardi son homologue chilien. Mardi soir, elles ont signé un accord sur le gaz, a précisé Brasília.",
        [
            "consultation ARG-BRA political_consultations 2025-06-09 @Brasília",
            "consultation BRA-CHL meeting 2025-06-10 @Brasília",
            "agreement BRA-CHL signed 2025-06-10 @Brasília",
        ],
        [
            "consultation ARG-BRA political_consultations 2025-06-09 @Brasília",
            "consultation BRA-CHL meeting 2025-06-10 @Brasília",
            "agreement ARG-BRA signed 2025-06-10 @Brasília",
        ],
        id="plural-subject-framed",
    ),
    pytest.param(
        "parties.role-subject",
        "L'Égypte et le Soudan ont tenu lundi au Caire leurs consultations politiques. L'Égypte et le Soudan ont signé un accord sur le Nil. Le Soudan remercie l'Égypte. Le président italien Sergio Bassi était aussi au Caire. Le président a été reçu mardi par un ministre égyptien.",
        [
            "consultation EGY-SDN political_consultations 2025-06-09 @Le Caire",
            "agreement EGY-SDN signed 2025-06-09 @Le Caire",
            "consultation EGY-ITA meeting 2025-06-10 @Le Caire",
        ],
        [
            "consultation EGY-SDN political_consultations 2025-06-09 @Le Caire",
            "agreement EGY-SDN signed 2025-06-09 @Le Caire",
            "consultation EGY-SDN meeting 2025-06-10 @Le Caire",
        ],
        id="role-subject-received",
    ),
    pytest.param(
        "parties.role-subject",
        "Le Vietnam et le Laos ont tenu lundi à Hanoï leur commission mixte. Le Vietnam et le Laos ont signé trois accords. Le Laos salue le Vietnam. La ministre canadienne des Affaires étrangères Claire Roy séjourne aussi à Hanoï. La ministre s'est entretenue mercredi avec un ministre vietnamien.",
        [
            "consultation LAO-VNM joint_commission 2025-06-09 @Hanoï",
            "agreement LAO-VNM signed 2025-06-09 @Hanoï x3",
            "declaration LAO statement 2025-06-10 @Vientiane",
            "consultation CAN-VNM visit @Hanoï",
            "consultation CAN-VNM meeting 2025-06-04 @Hanoï",
        ],
        [
            "consultation LAO-VNM joint_commission 2025-06-09 @Hanoï",
            "agreement LAO-VNM signed 2025-06-09 @Hanoï x3",
            "declaration LAO statement 2025-06-10 @Vientiane",
            "consultation CAN-VNM visit @Hanoï",
            "consultation LAO-VNM meeting 2025-06-04 @Hanoï",
        ],
        id="role-subject-talk",
    ),
    pytest.param(
        "parties.role-subject",
        "L'Azerbaïdjan et la Géorgie ont tenu lundi à Bakou leur commission mixte. L'Azerbaïdjan et la Géorgie ont signé un mémorandum sur le transit. La Géorgie salue l'Azerbaïdjan. Le chef de la diplomatie turque, Selim Kaya, est aussi à Bakou.\nMardi, le chef de la diplomatie a rencontré le président azerbaïdjanais.",
        [
            "consultation AZE-GEO joint_commission 2025-06-09 @Bakou",
            "agreement AZE-GEO signed 2025-06-09 @Bakou",
            "declaration GEO statement 2025-06-10 @Tbilissi",
            "consultation AZE-TUR meeting 2025-06-10 @Bakou",
        ],
        [
            "consultation AZE-GEO joint_commission 2025-06-09 @Bakou",
            "agreement AZE-GEO signed 2025-06-09 @Bakou",
            "declaration GEO statement 2025-06-10 @Tbilissi",
            "consultation AZE-GEO meeting 2025-06-10 @Bakou",
        ],
        id="role-subject-next-paragraph",
    ),
    pytest.param(
        "parties.role-subject",
        "Chypre et le Liban ont tenu lundi à Nicosie leurs consultations politiques. Chypre et le Liban ont signé un accord maritime. Le Liban remercie Chypre. Le Premier ministre grec Nikos Petrou a aussi atterri à Nicosie. Le Premier ministre a ensuite eu mercredi un entretien avec le président chypriote.",
        [
            "consultation CYP-LBN political_consultations 2025-06-09 @Nicosie",
            "agreement CYP-LBN signed 2025-06-09 @Nicosie",
            "consultation CYP-GRC meeting 2025-06-04 @Nicosie",
        ],
        [
            "consultation CYP-LBN political_consultations 2025-06-09 @Nicosie",
            "agreement CYP-LBN signed 2025-06-09 @Nicosie",
            "consultation CYP-LBN meeting 2025-06-04 @Nicosie",
        ],
        id="role-subject-prime-minister",
    ),
    pytest.param(
        "parties.role-subject",
        "La Croatie et la Bosnie-Herzégovine ont tenu lundi à Zagreb leur commission mixte. La Croatie et la Bosnie-Herzégovine ont signé un accord frontalier. La Bosnie-Herzégovine remercie la Croatie. La présidente slovène Maja Novak séjourne aussi à Zagreb. La présidente a été reçue mardi par le Premier ministre croate.",
        [
            "consultation BIH-HRV joint_commission 2025-06-09 @Zagreb",
            "agreement BIH-HRV signed 2025-06-09 @Zagreb",
            "consultation HRV-SVN visit @Zagreb",
            "consultation HRV-SVN meeting 2025-06-10 @Zagreb",
        ],
        [
            "consultation BIH-HRV joint_commission 2025-06-09 @Zagreb",
            "agreement BIH-HRV signed 2025-06-09 @Zagreb",
            "consultation HRV-SVN visit @Zagreb",
            "consultation BIH-HRV meeting 2025-06-10 @Zagreb",
        ],
        id="role-subject-president",
    ),
]

SILENT = [
    pytest.param(
        "parties.role-subject",
        "L'Égypte et le Soudan ont tenu lundi au Caire leurs consultations politiques. L'Égypte et le Soudan ont signé un accord sur le Nil. Le Soudan remercie l'Égypte. Le président italien Sergio Bassi était aussi au Caire. Le président égyptien a reçu mardi un ministre soudanais.",
        [
            "consultation EGY-SDN political_consultations 2025-06-09 @Le Caire",
            "agreement EGY-SDN signed 2025-06-09 @Le Caire",
            "consultation EGY-SDN meeting 2025-06-10 @Le Caire",
        ],
        id="role-subject-with-nationality",
    ),
    pytest.param(
        "parties.role-subject",
        "Le Vietnam et le Laos ont tenu lundi à Hanoï leur commission mixte. Le Vietnam et le Laos ont signé trois accords. Le Laos salue le Vietnam. La ministre canadienne des Affaires étrangères Claire Roy séjourne aussi à Hanoï. La ministre laotienne s'est entretenue mercredi avec un ministre vietnamien.",
        [
            "consultation LAO-VNM joint_commission 2025-06-09 @Hanoï",
            "agreement LAO-VNM signed 2025-06-09 @Hanoï x3",
            "declaration LAO statement 2025-06-10 @Vientiane",
            "consultation CAN-VNM visit @Hanoï",
            "consultation LAO-VNM meeting 2025-06-04 @Hanoï",
        ],
        id="role-subject-other-side",
    ),
    pytest.param(
        "parties.evoked-meeting",
        "Le ministre marocain a reçu lundi à Rabat son homologue espagnol.",
        ["consultation ESP-MAR meeting 2025-06-09 @Rabat"],
        id="evoked-meeting-none",
    ),
    pytest.param(
        "parties.evoked-meeting",
        "Le ministre marocain s'est entretenu lundi à Rabat avec son homologue espagnol et a évoqué avec lui la coopération migratoire.",
        ["consultation ESP-MAR meeting 2025-06-09 @Rabat"],
        id="evoked-meeting-no-meeting-evoked",
    ),
    pytest.param(
        "parties.evoked-meeting",
        "Le ministre marocain a évoqué lundi à Rabat, lors d'un entretien avec son homologue espagnol, la coopération migratoire.",
        ["consultation ESP-MAR meeting 2025-06-09 @Rabat"],
        id="evoked-meeting-talk-named-after",
    ),
    pytest.param(
        "parties.visit-host",
        "Le secrétaire général de l'ONU a effectué lundi une visite au Mali.",
        ["consultation MLI-UN visit 2025-06-09 @Bamako"],
        id="visit-host-organisation-visits",
    ),
    pytest.param(
        "parties.visit-host",
        "Le président de la Commission de l'Union africaine a entamé mardi une visite officielle en Éthiopie et au Kenya.",
        ["consultation AU-ETH-KEN visit 2025-06-10"],
        id="visit-host-organisation-before",
    ),
    pytest.param(
        "parties.visit-host",
        "Le chancelier allemand a effectué jeudi une visite en Pologne, où il a évoqué l'élargissement de l'Union européenne.",
        ["consultation DEU-POL visit 2025-06-05 @Varsovie"],
        id="visit-host-no-organisation",
    ),
    pytest.param(
        "parties.pronoun-subject",
        "Le Sénégal et le Mali ont signé lundi à Dakar un accord sur la pêche. Le ministre sénégalais a reçu le ministre malien. La ministre gambienne des Affaires étrangères Awa Ndong était également présente. Il s'agit de la première réunion de ce type entre le Sénégal et le Mali depuis 2019.",
        [
            "agreement MLI-SEN signed 2025-06-09 @Dakar",
            "consultation MLI-SEN meeting 2025-06-09 @Dakar",
        ],
        id="pronoun-subject-impersonal",
    ),
    pytest.param(
        "parties.pronoun-subject",
        "Le Sénégal et le Mali ont signé lundi à Dakar un accord sur la pêche. Le ministre sénégalais Cheikh Diop a reçu le ministre malien. Il a rencontré mardi le ministre malien de la Défense.",
        [
            "agreement MLI-SEN signed 2025-06-09 @Dakar",
            "consultation MLI-SEN meeting 2025-06-10 @Dakar",
        ],
        id="pronoun-subject-main-side",
    ),
    pytest.param(
        "parties.pronoun-subject",
        "Le Premier ministre éthiopien a reçu mardi à Addis-Abeba le ministre kényan des Affaires étrangères, qui a par ailleurs rencontré le président djiboutien.",
        ["consultation DJI-ETH-KEN meeting 2025-06-10 @Addis-Abeba"],
        id="pronoun-subject-relative",
    ),
    pytest.param(
        "parties.shared-demonym",
        "Le ministre congolais des Affaires étrangères a reçu lundi à Brazzaville son homologue gabonais.",
        ["consultation COG-GAB meeting 2025-06-09 @Brazzaville"],
        id="shared-demonym-brazzaville",
    ),
    pytest.param(
        "parties.shared-demonym",
        "Le président congolais a reçu lundi son homologue tchadien. La RDC voisine était aussi évoquée. Les deux dirigeants ont parlé du pont entre Brazzaville et Kinshasa, et le Congo-Brazzaville reste attaché au projet.",
        ["consultation COG-TCD meeting 2025-06-09 @Brazzaville"],
        id="shared-demonym-both-named",
    ),
    pytest.param(
        "parties.shared-demonym",
        "Le ministre congolais des Affaires étrangères s'est entretenu lundi avec son homologue gabonais.",
        ["consultation COG-GAB meeting 2025-06-09"],
        id="shared-demonym-none-named",
    ),
    pytest.param(
        "parties.matter-preposition",
        "Le Maroc et la Mauritanie ont signé lundi à Rabat un accord de lutte contre la pêche illégale.",
        ["agreement MAR-MRT signed 2025-06-09 @Rabat"],
        id="matter-preposition-no-state-after",
    ),
    pytest.param(
        "parties.matter-preposition",
        "Le ministre marocain a reçu lundi à Rabat son homologue sénégalais, sur invitation du roi.",
        ["consultation MAR-SEN meeting 2025-06-09 @Rabat"],
        id="matter-preposition-invitation",
    ),
    pytest.param(
        "parties.matter-preposition",
        "Le Qatar a condamné lundi dans un communiqué l'attaque contre l'Iran.",
        ["declaration QAT statement 2025-06-09 @Doha"],
        id="matter-preposition-one-issuer",
    ),
    pytest.param(
        "parties.addressee",
        "Le président sénégalais a appelé lundi son homologue gambien au téléphone.",
        ["consultation GMB-SEN phone_call 2025-06-09"],
        id="addressee-phone-call",
    ),
    pytest.param(
        "parties.addressee",
        "Le Maroc et l'Espagne ont appelé à la retenue dans une déclaration commune publiée lundi.",
        ["declaration ESP-MAR joint_declaration 2025-06-09"],
        id="addressee-none",
    ),
    pytest.param(
        "parties.addressee",
        "Dans une déclaration commune publiée lundi, le Bénin, le Togo et le Ghana ont appelé la communauté internationale à soutenir la paix.",
        ["declaration BEN-GHA-TGO joint_declaration 2025-06-09"],
        id="addressee-no-state",
    ),
    pytest.param(
        "parties.recent-pair",
        "Le ministre marocain a reçu lundi à Rabat son homologue sénégalais. Le ministre marocain a reçu mardi à Rabat son homologue sénégalais. Les deux pays ont signé un accord sur la pêche.",
        [
            "consultation MAR-SEN meeting 2025-06-09 @Rabat",
            "consultation MAR-SEN meeting 2025-06-10 @Rabat",
            "agreement MAR-SEN signed 2025-06-10 @Rabat",
        ],
        id="recent-pair-is-the-main-pair",
    ),
    pytest.param(
        "parties.recent-pair",
        "Le ministre marocain a reçu lundi à Rabat son homologue sénégalais. Le ministre marocain a reçu mardi le secrétaire général de l'OCI.\nLes deux pays ont signé un accord sur la pêche.",
        [
            "consultation MAR-SEN meeting 2025-06-09 @Rabat",
            "consultation MAR-OIC meeting 2025-06-10 @Rabat",
            "agreement MAR-SEN signed 2025-06-09 @Rabat",
        ],
        id="recent-pair-two-countries-no-organisation",
    ),
    pytest.param(
        "parties.recent-pair",
        "Le ministre marocain a reçu lundi à Rabat son homologue sénégalais. Il a évoqué la sécurité au Sahel.\nLe ministre marocain a reçu mardi à Rabat son homologue gambien.\nLa coopération régionale reste au centre des efforts.\nLe Maroc a signé plusieurs accords avec ses voisins, a rappelé le ministère.\nLes deux pays ont signé un accord sur la pêche.",
        [
            "consultation MAR-SEN meeting 2025-06-09 @Rabat",
            "consultation GMB-MAR meeting 2025-06-10 @Rabat",
            "agreement MAR-SEN signed 2025-06-09 @Rabat",
        ],
        id="recent-pair-too-far-back",
    ),
    pytest.param(
        "parties.plural-subject",
        "Le Kenya et l'Éthiopie ont tenu lundi à Nairobi leur commission mixte. Ils ont signé un accord sur l'électricité.",
        [
            "consultation ETH-KEN joint_commission 2025-06-09 @Nairobi",
            "agreement ETH-KEN signed 2025-06-09 @Nairobi",
        ],
        id="plural-subject-main-pair",
    ),
    pytest.param(
        "parties.plural-subject",
        "Le Maroc et l'Espagne ont tenu lundi à Rabat leur réunion de haut niveau. Le ministre marocain a ensuite reçu mardi son homologue mauritanien. Le Maroc et l'Espagne, eux, ont signé un accord sur la pêche.",
        [
            "consultation ESP-MAR meeting 2025-06-09 @Rabat",
            "consultation MAR-MRT meeting 2025-06-10 @Rabat",
            "agreement ESP-MAR signed 2025-06-09 @Rabat",
        ],
        id="plural-subject-sides-named",
    ),
]

TRACED = [
    "parties.addressee",
    "parties.evoked-meeting",
    "parties.matter-preposition",
    "parties.plural-subject",
    "parties.pronoun-subject",
    "parties.recent-pair",
    "parties.role-subject",
    "parties.shared-demonym",
    "parties.visit-host",
]
"""The rules that write their name in the trace of the events of their example."""


test_rule_fires, test_traced_rules_are_in_the_trace, test_rule_does_not_fire = RULE_TESTS
