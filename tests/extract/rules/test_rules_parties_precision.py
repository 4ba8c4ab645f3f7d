# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""Party rules for precision: a state or an organisation spoken of is no side.

Each text yields events, so that "no side added" cannot pass by extracting nothing.
The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from _examples import check_fires, check_silent, check_traced, run, summary

FIRES = [
    pytest.param(
        "parties.attending",
        "Le président égyptien a reçu lundi au Caire le Premier ministre grec, en présence de l'ambassadeur de France.",
        ["consultation EGY-GRC meeting 2025-06-09 @Le Caire"],
        ["consultation EGY-FRA-GRC meeting 2025-06-09 @Le Caire"],
        id="parties.attending",
    ),
    pytest.param(
        "parties.attending",
        "Le ministre malien s'est entretenu lundi à Bamako avec son homologue guinéen, en présence de l'ambassadeur d'Algérie, Karim Haddad.",
        ["consultation GIN-MLI meeting 2025-06-09 @Bamako"],
        ["consultation DZA-GIN-MLI meeting 2025-06-09 @Bamako"],
        id="parties.attending-named",
    ),
    pytest.param(
        "parties.attending",
        "Le président sénégalais a reçu lundi à Dakar une délégation de l'Union africaine en présence du ministre malien.",
        ["consultation AU-SEN meeting 2025-06-09 @Dakar"],
        ["consultation AU-MLI-SEN meeting 2025-06-09 @Dakar"],
        id="parties.attending-organisation",
    ),
    pytest.param(
        "parties.matter",
        "Préoccupés par la situation sécuritaire au Sahel et au Mali, le ministre marocain et son homologue sénégalais se sont entretenus lundi à Rabat.",
        ["consultation MAR-SEN meeting 2025-06-09 @Rabat"],
        ["consultation MAR-MLI-SEN meeting 2025-06-09 @Rabat"],
        id="parties.matter",
    ),
    pytest.param(
        "parties.matter",
        "Évoquant les élections en Guinée, le président sénégalais a reçu lundi à Dakar le ministre ivoirien des Affaires étrangères.",
        ["consultation CIV-SEN meeting 2025-06-09 @Dakar"],
        ["consultation CIV-GIN-SEN meeting 2025-06-09 @Dakar"],
        id="parties.matter-elections",
    ),
    pytest.param(
        "parties.matter",
        "Quant à la Guinée, le ministre marocain s'est entretenu lundi avec son homologue sénégalais.",
        ["consultation MAR-SEN meeting 2025-06-09"],
        ["consultation GIN-MAR-SEN meeting 2025-06-09"],
        id="parties.matter-as-for",
    ),
    pytest.param(
        "parties.matter",
        "En l'absence du Mali, les ministres des Affaires étrangères de la CEDEAO se sont réunis lundi à Dakar.",
        ["consultation ECOWAS meeting 2025-06-09 @Dakar"],
        ["consultation ECOWAS-MLI meeting 2025-06-09 @Dakar"],
        id="parties.matter-absent",
    ),
    pytest.param(
        "parties.matter",
        "En l'absence du représentant du Tchad, le Maroc et le Sénégal ont publié lundi un communiqué conjoint.",
        ["declaration MAR-SEN joint_communique 2025-06-09"],
        ["declaration MAR-SEN-TCD joint_communique 2025-06-09"],
        id="parties.matter-absent-declaration",
    ),
    pytest.param(
        "parties.matter",
        "À l'exception du Burkina Faso, les chefs d'État de la CEDEAO ont adopté lundi à Accra un communiqué final.",
        ["declaration ECOWAS joint_communique 2025-06-09 @Accra"],
        ["declaration BFA-ECOWAS joint_communique 2025-06-09 @Accra"],
        id="parties.matter-except",
    ),
    pytest.param(
        "parties.host-capital",
        "Le président de la Commission de l'UA s'est entretenu lundi avec le ministre Ofori. Le ministre Ofori a également reçu mardi à Accra l'ambassadeur du Togo.",
        ["consultation GHA-TGO meeting 2025-06-10 @Accra"],
        ["consultation AU-TGO meeting 2025-06-10 @Accra"],
        id="parties.host-capital",
    ),
    pytest.param(
        "parties.host-capital+parties.organisation-frame",
        "L'Union africaine a condamné lundi l'attaque. Mme Mensah a reçu mardi à Accra l'ambassadeur du Togo, porteur d'un message de l'UA.",
        [
            "declaration AU statement 2025-06-09 @Accra",
            "consultation AU-GHA-TGO meeting 2025-06-10 @Accra",
        ],
        [
            "declaration AU statement 2025-06-09 @Accra",
            "consultation AU-TGO meeting 2025-06-10 @Accra",
        ],
        id="parties.host-capital-message",
    ),
    pytest.param(
        "parties.envoy-brief",
        "M. Touré a reçu mardi à Bamako l'envoyé spécial de l'Union africaine pour le Soudan, avec qui il a évoqué la crise.",
        ["consultation AU-MLI meeting 2025-06-10 @Bamako"],
        ["consultation AU-MLI-SDN meeting 2025-06-10 @Bamako"],
        id="parties.envoy-brief",
    ),
    pytest.param(
        "parties.envoy-brief",
        "Le ministre algérien a reçu lundi l'émissaire de l'ONU pour la Libye.",
        ["consultation DZA-UN meeting 2025-06-09 @Alger"],
        ["consultation DZA-LBY-UN meeting 2025-06-09 @Alger"],
        id="parties.envoy-brief-emissary",
    ),
    pytest.param(
        "parties.headline-frame+parties.organisation-frame+merge.headline",
        "Sommet de l'UA : le président sénégalais s'entretient avec son homologue rwandais\n\nLe président sénégalais s'est entretenu mardi à Addis-Abeba avec son homologue rwandais.",
        [
            "consultation AU-SEN summit 2025-06-10 @Addis-Abeba",
            "consultation RWA-SEN meeting 2025-06-10 @Addis-Abeba",
        ],
        [
            "consultation AU-SEN summit 2025-06-10 @Addis-Abeba",
            "consultation AU-RWA-SEN meeting 2025-06-10 @Addis-Abeba",
            "consultation RWA-SEN meeting 2025-06-10 @Addis-Abeba",
        ],
        id="parties.headline-frame",
    ),
    pytest.param(
        "parties.matter-adjective",
        "Le président russe s'est entretenu mardi au téléphone avec son homologue kazakh, au lendemain d'une attaque de drones ukrainiens contre un port.",
        ["consultation KAZ-RUS phone_call 2025-06-10"],
        ["consultation KAZ-RUS-UKR phone_call 2025-06-10"],
        id="parties.matter-adjective",
    ),
    pytest.param(
        "parties.matter-adjective",
        "Les présidents sénégalais et mauritanien se sont rencontrés lundi à Dakar, deux jours après l'attentat malien.",
        ["consultation MRT-SEN meeting 2025-06-09 @Dakar"],
        ["consultation MLI-MRT-SEN summit 2025-06-09 @Dakar"],
        id="parties.matter-adjective-attack",
    ),
    pytest.param(
        "parties.matter-adjective",
        "La Jordanie et l'Égypte ont condamné lundi dans une déclaration commune les frappes israéliennes sur le Liban.",
        [
            "declaration EGY statement 2025-06-09 @Le Caire",
            "declaration EGY-JOR joint_declaration 2025-06-09",
        ],
        [
            "declaration EGY statement 2025-06-09 @Le Caire",
            "declaration EGY-ISR-JOR joint_declaration 2025-06-09",
        ],
        id="parties.matter-adjective-strikes",
    ),
    pytest.param(
        "parties.new-clause",
        "Les présidents brésilien et argentin se sont rencontrés lundi à Brasilia, au moment où Washington relève ses tarifs douaniers.",
        ["consultation ARG-BRA meeting 2025-06-09 @Brasilia"],
        ["consultation ARG-BRA-USA summit 2025-06-09 @Brasilia"],
        id="parties.new-clause-at-the-moment",
    ),
    pytest.param(
        "parties.new-clause",
        "Le ministre turc s'est entretenu mardi à Ankara avec son homologue azerbaïdjanais, alors que l'Iran multiplie les manœuvres à la frontière.",
        ["consultation AZE-TUR meeting 2025-06-10 @Ankara"],
        ["consultation AZE-IRN-TUR meeting 2025-06-10 @Ankara"],
        id="parties.new-clause-while",
    ),
    pytest.param(
        "parties.new-clause",
        "La Norvège et la Suède ont tenu lundi à Oslo leurs consultations politiques, à l'heure où la Russie renforce sa flotte en Baltique.",
        ["consultation NOR-SWE political_consultations 2025-06-09 @Oslo"],
        ["consultation NOR-RUS-SWE political_consultations 2025-06-09 @Oslo"],
        id="parties.new-clause-at-the-hour",
    ),
    pytest.param(
        "parties.new-clause",
        "Le Premier ministre indien a reçu mardi à New Delhi le président sri-lankais, alors que la Chine étend sa présence dans l'océan Indien.",
        ["consultation IND-LKA meeting 2025-06-10 @New Delhi"],
        ["consultation CHN-IND-LKA meeting 2025-06-10 @New Delhi"],
        id="parties.new-clause-received",
    ),
    pytest.param(
        "parties.topic-aside",
        "Le ministre belge s'est entretenu lundi à Ottawa avec son homologue canadien, notamment de l'aide militaire à l'Ukraine.",
        ["consultation BEL-CAN meeting 2025-06-09 @Ottawa"],
        ["consultation BEL-CAN-UKR meeting 2025-06-09 @Ottawa"],
        id="parties.topic-aside-aid",
    ),
    pytest.param(
        "parties.topic-aside",
        "Le chef de la diplomatie marocaine a eu lundi à Rabat un long entretien avec son homologue espagnol, notamment des migrations venues de Libye et du Sénégal.",
        ["consultation ESP-MAR meeting 2025-06-09 @Rabat"],
        ["consultation ESP-LBY-MAR-SEN meeting 2025-06-09 @Rabat"],
        id="parties.topic-aside-talk-noun",
    ),
    pytest.param(
        "parties.topic-aside",
        "La ministre allemande a rencontré mardi à Berlin son homologue polonaise, en particulier des livraisons de gaz russe et du soutien à la Moldavie.",
        ["consultation DEU-POL meeting 2025-06-10 @Berlin"],
        ["consultation DEU-MDA-POL-RUS meeting 2025-06-10 @Berlin"],
        id="parties.topic-aside-in-particular",
    ),
    pytest.param(
        "parties.topic-aside",
        "Le président kényan s'est entretenu lundi au téléphone avec le président tanzanien, notamment du conflit dans l'est de la République démocratique du Congo.",
        ["consultation KEN-TZA phone_call 2025-06-09"],
        ["consultation COD-KEN-TZA phone_call 2025-06-09"],
        id="parties.topic-aside-call",
    ),
    pytest.param(
        "parties.topic-aside",
        "Le président ghanéen a reçu lundi à Accra son homologue ivoirien, en particulier du trafic d'armes venu du Mali.",
        ["consultation CIV-GHA meeting 2025-06-09 @Accra"],
        ["consultation CIV-GHA-MLI meeting 2025-06-09 @Accra"],
        id="parties.topic-aside-received",
    ),
    pytest.param(
        "parties.topic-aside",
        "Le ministre néerlandais a été reçu mardi à Séoul par le président sud-coréen, à qui il a remis une lettre du roi. « Les Pays-Bas ont trop longtemps ignoré le Japon », a-t-il reconnu.",
        ["consultation KOR-NLD meeting 2025-06-10 @Séoul"],
        ["consultation JPN-KOR-NLD meeting 2025-06-10 @Séoul"],
        id="parties.topic-aside-quotation",
    ),
    pytest.param(
        "parties.topic-aside",
        "La présidente tanzanienne a reçu mercredi à Dodoma le Premier ministre éthiopien, venu parler du Nil. « L'Égypte doit entendre nos besoins », a-t-il dit.",
        ["consultation ETH-TZA meeting 2025-06-04 @Dodoma"],
        ["consultation EGY-ETH-TZA meeting 2025-06-04 @Dodoma"],
        id="parties.topic-aside-quotation-said",
    ),
    pytest.param(
        "parties.own-clause",
        "Avant le Japon, le ministre indien des Affaires étrangères s'était rendu lundi en Corée du Sud, où il a rencontré son homologue sud-coréen.",
        [
            "consultation IND-KOR visit 2025-06-09 @Séoul",
            "consultation IND-KOR meeting 2025-06-09 @Séoul",
        ],
        [
            "consultation IND-JPN-KOR visit 2025-06-09 @Séoul",
            "consultation IND-JPN-KOR meeting 2025-06-09 @Séoul",
        ],
        id="parties.own-clause-before-a-country",
    ),
    # the same for an agreement
    pytest.param(
        "parties.own-clause",
        "Après la Tanzanie, le ministre kényan des Affaires étrangères a signé mardi à Kigali avec son homologue rwandais un accord de coopération dans le domaine de l'énergie.",
        ["agreement KEN-RWA signed 2025-06-10 @Kigali"],
        ["agreement KEN-RWA-TZA signed 2025-06-10 @Kigali"],
        id="parties.own-clause-agreement-after-a-stop",
    ),
    pytest.param(
        "parties.own-clause",
        "Avant le Pérou, la présidente chilienne avait signé lundi à Quito avec son homologue équatorien un accord sur la pêche.",
        ["agreement CHL-ECU signed 2025-06-09 @Quito"],
        ["agreement CHL-ECU-PER signed 2025-06-09 @Quito"],
        id="parties.own-clause-agreement-before-a-stop",
    ),
    pytest.param(
        "parties.own-clause",
        "Avant de rejoindre Madrid, le président chilien s'est entretenu lundi à Lisbonne avec le Premier ministre portugais.",
        ["consultation CHL-PRT meeting 2025-06-09 @Lisbonne"],
        ["consultation CHL-ESP-PRT meeting 2025-06-09 @Lisbonne"],
        id="parties.own-clause-before-going-to",
    ),
    pytest.param(
        "parties.own-clause",
        "Après Dakar, la ministre française a été reçue mardi à Nouakchott par le président mauritanien.",
        ["consultation FRA-MRT meeting 2025-06-10 @Nouakchott"],
        ["consultation FRA-MRT-SEN meeting 2025-06-10 @Nouakchott"],
        id="parties.own-clause-after-a-capital",
    ),
    pytest.param(
        "parties.own-clause",
        "Après Abuja, le ministre britannique des Affaires étrangères s'est entretenu mardi à Accra avec son homologue ghanéen.",
        ["consultation GBR-GHA meeting 2025-06-10 @Accra"],
        ["consultation GBR-GHA-NGA meeting 2025-06-10 @Accra"],
        id="parties.own-clause-after-another-stop",
    ),
    pytest.param(
        "parties.own-clause",
        "Les présidents turc et azerbaïdjanais ont participé lundi à Bakou à un sommet avec le dirigeant géorgien, à l'issue duquel leurs ministres de l'Énergie, le Turc Alparslan Bayraktar et l'Azerbaïdjanais Parviz Chahbazov, ont signé un accord sur le gaz.",
        [
            "consultation AZE-GEO-TUR summit 2025-06-09 @Bakou",
            "agreement AZE-TUR signed 2025-06-09 @Bakou",
        ],
        [
            "consultation AZE-GEO-TUR summit 2025-06-09 @Bakou",
            "agreement AZE-GEO-TUR signed 2025-06-09 @Bakou",
        ],
        id="parties.own-clause-after-which",
    ),
    pytest.param(
        "parties.own-clause",
        "Le Premier ministre japonais a présidé lundi à Tokyo une conférence avec le président américain, au terme de laquelle les ministres japonais et philippin de la Défense ont signé un accord.",
        [
            "consultation JPN-PHL-USA meeting 2025-06-09 @Tokyo",
            "agreement JPN-PHL signed 2025-06-09 @Tokyo",
        ],
        [
            "consultation JPN-PHL-USA meeting 2025-06-09 @Tokyo",
            "agreement JPN-PHL-USA signed 2025-06-09 @Tokyo",
        ],
        id="parties.own-clause-at-the-end-of-which",
    ),
]

SILENT = [
    pytest.param(
        "parties.own-clause",
        "Avant de quitter Rabat, le ministre sénégalais a été reçu lundi par le roi.",
        ["consultation MAR-SEN meeting 2025-06-09"],
        id="parties.own-clause-implicit-side",
    ),
    pytest.param(
        "parties.own-clause",
        "Le président ghanéen a reçu lundi à Accra son homologue togolais, à l'issue duquel entretien les deux ministres ont signé un accord sur l'électricité.",
        [
            "consultation GHA-TGO meeting 2025-06-09 @Accra",
            "agreement GHA-TGO signed 2025-06-09 @Accra",
        ],
        id="parties.own-clause-after-which-no-sides-named",
    ),
    pytest.param(
        "parties.own-clause",
        "Après son entretien avec le roi du Maroc, le ministre sénégalais des Affaires étrangères s'est entretenu lundi à Rabat avec son homologue marocain.",
        ["consultation MAR-SEN meeting 2025-06-09 @Rabat"],
        id="parties.own-clause-same-sides",
    ),
    pytest.param(
        "parties.topic-aside",
        "Le chef de l'État ivoirien a reçu lundi à Abidjan plusieurs émissaires, notamment du Ghana et du Togo.",
        ["consultation CIV-GHA-TGO meeting 2025-06-09 @Abidjan"],
        id="parties.topic-aside-listed-states",
    ),
    pytest.param(
        "parties.topic-aside",
        "Le ministre français a rencontré lundi à Paris plusieurs homologues africains, notamment des ministres ghanéen et togolais.",
        ["consultation FRA-GHA-TGO meeting 2025-06-09 @Paris"],
        id="parties.topic-aside-listed-ministers",
    ),
    pytest.param(
        "parties.topic-aside",
        "Le ministre indien s'est entretenu lundi à New Delhi avec ses homologues, en particulier du Japon et de l'Australie.",
        ["consultation AUS-IND-JPN meeting 2025-06-09 @New Delhi"],
        id="parties.topic-aside-one-side-before",
    ),
    pytest.param(
        "parties.topic-aside",
        "Le ministre japonais a rencontré lundi à Tokyo, dans le cadre du dialogue dit « du Quad », ses homologues indien et australien.",
        ["consultation AUS-IND-JPN meeting 2025-06-09 @Tokyo"],
        id="parties.topic-aside-quotation-before-the-sides",
    ),
    pytest.param(
        "parties.new-clause",
        "Le ministre malien a rencontré lundi à Bamako, alors que la saison des pluies commence, son homologue nigérien.",
        ["consultation MLI-NER meeting 2025-06-09 @Bamako"],
        id="parties.new-clause-inserted",
    ),
    pytest.param(
        "parties.new-clause",
        "Alors que les pluies reprennent, le ministre kényan s'est entretenu lundi à Nairobi avec son homologue ougandais.",
        ["consultation KEN-UGA meeting 2025-06-09 @Nairobi"],
        id="parties.new-clause-before-the-trigger",
    ),
    pytest.param(
        "parties.attending",
        "La cérémonie de signature de l'accord sur la pêche s'est déroulée lundi à Rabat en présence des ministres marocain et sénégalais.",
        ["agreement MAR-SEN signed 2025-06-09 @Rabat"],
        id="parties.attending-the-sides",
    ),
    pytest.param(
        "parties.attending",
        "L'accord sur la pêche a été signé lundi à Rabat en présence du ministre marocain Karim Alaoui et de son homologue sénégalais Moussa Ndiaye.",
        ["agreement MAR-SEN signed 2025-06-09 @Rabat"],
        id="parties.attending-named-sides",
    ),
    pytest.param(
        "parties.matter",
        "Évoquant la crise au Mali, le ministre malien s'est entretenu lundi avec son homologue sénégalais.",
        ["consultation MLI-SEN meeting 2025-06-09"],
        id="parties.matter-a-side-too",
    ),
    pytest.param(
        "parties.matter",
        "Le ministre marocain s'est rendu lundi au Mali, où il a rencontré son homologue.",
        [
            "consultation MAR-MLI visit 2025-06-09 @Bamako",
            "consultation MAR-MLI meeting 2025-06-09 @Bamako",
        ],
        id="parties.matter-a-visit",
    ),
    pytest.param(
        "parties.host-capital",
        "Le ministre marocain a reçu lundi à Dakar l'ambassadeur du Mali, en présence du représentant de l'UA.",
        # the receiver's side is named: the capital is only where
        ["consultation MAR-MLI meeting 2025-06-09 @Dakar"],
        id="parties.host-capital-named",
    ),
    pytest.param(
        "parties.host-capital",
        "L'Union africaine a condamné lundi l'attaque. Le ministre malien, M. Touré, a été reçu mardi à Accra par le président ghanéen.",
        # the one received is the guest
        ["declaration AU statement 2025-06-09", "consultation GHA-MLI meeting 2025-06-10 @Accra"],
        id="parties.host-capital-guest",
    ),
    pytest.param(
        "parties.envoy-brief",
        "Le ministre algérien a reçu lundi l'envoyé du président tunisien.",
        # an envoy with no brief named: his sender is a side
        ["consultation DZA-TUN meeting 2025-06-09 @Alger"],
        id="parties.envoy-brief-sender",
    ),
    pytest.param(
        "parties.headline-frame",
        "Maroc-Sénégal : le ministre marocain s'entretient avec son homologue\n\nLe ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais.",
        # no gathering before the colon: the lead-in names the sides
        ["consultation MAR-SEN meeting 2025-06-09 @Rabat"],
        id="parties.headline-frame-sides",
    ),
    pytest.param(
        "parties.matter-adjective",
        "Le ministre russe a reçu lundi à Moscou son homologue ukrainien.",
        ["consultation RUS-UKR meeting 2025-06-09 @Moscou"],
        id="parties.matter-adjective-counterpart",
    ),
    pytest.param(
        "parties.matter-adjective",
        "Le président français s'est entretenu lundi à Paris avec la délégation ukrainienne.",
        ["consultation FRA-UKR meeting 2025-06-09 @Paris"],
        id="parties.matter-adjective-delegation",
    ),
    pytest.param(
        "parties.matter-adjective",
        "Le ministre malien a reçu lundi à Bamako son homologue nigérien et le ministre burkinabè.",
        [
            "consultation MLI-NER meeting 2025-06-09 @Bamako",
            "consultation BFA-MLI meeting 2025-06-09 @Bamako",
        ],
        id="parties.matter-adjective-second-minister",
    ),
]
"""A state named only as attending (« en présence de … ») is no side; those who
attend a signature they preside over are its sides."""

NOT_SIDES = [
    pytest.param(
        "La Turquie, pays membre de l'OTAN, et le Maroc ont signé mardi un accord sur la pêche.",
        ["agreement MAR-TUR signed 2025-06-10"],
        id="apposition-member-of",
    ),
    pytest.param(
        "Le ministre marocain s'est entretenu lundi à Rabat avec son homologue turc. La Turquie, membre de l'OTAN, a signé mardi avec le Maroc un accord sur la pêche.",
        [
            "consultation MAR-TUR meeting 2025-06-09 @Rabat",
            "agreement MAR-TUR signed 2025-06-10 @Rabat",
        ],
        id="apposition-member-without-determiner",
    ),
    pytest.param(
        "Le ministre cambodgien a reçu lundi à Siem Reap, un site du patrimoine mondial de l'UNESCO, son homologue chinois.",
        ["consultation CHN-KHM meeting 2025-06-09 @Siem Reap"],
        id="apposition-heritage-site",
    ),
]
"""An apposition saying what a place or a party is in relation to another ("membre
de l'OTAN", "un site du patrimoine mondial de l'UNESCO"): the other is no side."""

STILL_SIDES = [
    pytest.param(
        "Le ministre marocain a rencontré lundi à Rabat le secrétaire général de l'OTAN.",
        ["consultation MAR-NATO meeting 2025-06-09 @Rabat"],
        id="organisation-met",
    ),
    pytest.param(
        "Le Maroc, le Sénégal et la Guinée ont signé lundi un accord sur la pêche.",
        ["agreement GIN-MAR-SEN signed 2025-06-09"],
        id="list-of-sides",
    ),
    pytest.param(
        "Le ministre marocain s'est entretenu lundi avec son homologue de l'Union africaine, partenaire de longue date du royaume.",
        ["consultation AU-MAR meeting 2025-06-09"],
        id="apposition-after-the-side",
    ),
]
"""Sides that stay: the organisation met, a list of states, an apposition on a side
already named before it."""


@pytest.mark.parametrize(("text", "events"), NOT_SIDES + STILL_SIDES)
def test_sides(text: str, events: list[str]) -> None:
    assert summary(run(text)) == events


@pytest.mark.parametrize(("rule", "text", "with_rule", "without_rule"), FIRES)
def test_rule_fires(rule: str, text: str, with_rule: list[str], without_rule: list[str]) -> None:
    check_fires(rule, text, with_rule, without_rule)
    check_traced(rule, text, [rule.split("+", maxsplit=1)[0]])


@pytest.mark.parametrize(("rule", "text", "events"), SILENT)
def test_rule_does_not_fire(rule: str, text: str, events: list[str]) -> None:
    check_silent(rule, text, events)
