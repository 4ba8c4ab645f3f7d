# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""Rules on the fields the rule summaries of ``_examples`` do not show (sectors,
heads): each rule's own examples, run against it alone.

Each example gives the field of every event with every rule on and with only
this rule switched off: where the rule fires they differ as written, where it
must not fire they agree. The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from _examples import run, summary

from diplorel.model import Document


def sectors(doc: Document) -> list[str]:
    """Kind, format and sorted sectors of each event."""
    out = []
    for event in doc.events:
        what = getattr(event, "format", None) or getattr(event, "status", None)
        names = ",".join(sorted(s.value for s in event.sectors))
        out.append(f"{event.kind.value} {what.value if what else ''} {names}".replace("  ", " "))
    return out


FIRES = [
    pytest.param(
        "sectors.visit-frame",
        "Le Premier ministre sénégalais est arrivé lundi à Rabat pour une visite officielle de deux jours. Il a souligné l'importance des échanges commerciaux et de la coopération énergétique entre les deux pays.",
        ["consultation visit politics"],
        ["consultation visit energy,politics,trade"],
        id="visit-frame-talk-after",
    ),
    pytest.param(
        "sectors.visit-frame",
        "La présidente slovène a entamé mardi une visite d'État en Mongolie. Les deux pays ont signé un mémorandum sur le tourisme.",
        ["consultation visit politics", "agreement signed tourism"],
        ["consultation visit politics,tourism", "agreement signed tourism"],
        id="visit-frame-agreement-during",
    ),
    pytest.param(
        "sectors.agreement-default",
        "Le Maroc et le Sénégal ont signé lundi à Rabat un accord de coopération.",
        ["agreement signed politics"],
        ["agreement signed "],
        id="agreement-default-general",
    ),
    pytest.param(
        "sectors.agreement-default",
        "Le Maroc et le Sénégal ont signé lundi à Rabat un accord portant création d'une commission mixte de coopération.",
        ["agreement signed politics"],
        ["agreement signed "],
        id="agreement-default-commission",
    ),
    pytest.param(
        "sectors.portfolio",
        "Le ministre marocain des Affaires étrangères s'est entretenu lundi à Rabat avec son homologue sénégalais. Le ministre sénégalais de l'Énergie et la secrétaire d'État marocaine chargée de l'Agriculture ont pris part à l'entretien.",
        ["consultation meeting politics"],
        ["consultation meeting agriculture,energy,politics"],
        id="portfolio-of-those-present",
    ),
    pytest.param(
        "sectors.portfolio",
        "La Norvège a salué mardi la libération d'un navire dans le golfe d'Aden. Le texte a été diffusé par le service de presse du ministère norvégien de la Défense.",
        ["declaration politics"],
        ["declaration defense,politics"],
        id="portfolio-of-the-issuing-ministry",
    ),
    pytest.param(
        "sectors.portfolio",
        "Le président sénégalais a reçu lundi à Dakar le Premier ministre gambien. La délégation gambienne comprenait notamment Fatou Ceesay (Pêche) et Lamin Jobe (Énergie).",
        ["consultation meeting politics"],
        ["consultation meeting agriculture,energy,politics"],
        id="portfolio-in-brackets-after-a-name",
    ),
    pytest.param(
        "sectors.declaration-agreements",
        "Les présidents malien et nigérien ont adopté mardi à Niamey une déclaration commune sur leurs relations. Ils ont également signé un accord sur l'énergie et un mémorandum sur le commerce.",
        ["declaration politics", "agreement signed energy", "agreement signed trade"],
        ["declaration energy,politics,trade", "agreement signed energy", "agreement signed trade"],
        id="declaration-not-its-agreements-fields",
    ),
    pytest.param(
        "sectors.talk-apart",
        "Le ministre ghanéen des Affaires étrangères s'est entretenu mardi au téléphone avec son homologue togolais. Les deux pays avaient signé en 2019 un accord sur le transport routier.",
        ["consultation phone_call politics", "agreement signed transport"],
        ["consultation phone_call politics,transport", "agreement signed transport"],
        id="talk-apart-call-then-old-agreement",
    ),
    pytest.param(
        "sectors.talk-apart",
        "Le président kényan a reçu jeudi à Nairobi le Premier ministre éthiopien. Les deux gouvernements ont par ailleurs signé un mémorandum sur l'énergie hydroélectrique.",
        ["consultation meeting politics", "agreement signed energy"],
        ["consultation meeting energy,politics", "agreement signed energy"],
        id="talk-apart-meeting-then-signing",
    ),
    pytest.param(
        "sectors.talk-apart",
        "La ministre suédoise a tenu lundi une visioconférence avec son homologue vietnamien. En 2021, la Suède et le Vietnam avaient conclu un accord de coopération dans le domaine de la santé.",
        ["consultation video_conference politics", "agreement signed health"],
        ["consultation video_conference health,politics", "agreement signed health"],
        id="talk-apart-video-conference",
    ),
    pytest.param(
        "sectors.talk-apart",
        "Lors d'un entretien mardi à Lima, le chef de la diplomatie péruvienne et son homologue chilien ont discuté de la sécurité frontalière. Un protocole sur la pêche artisanale a également été signé par les deux pays.",
        ["consultation meeting politics,security", "agreement signed agriculture"],
        ["consultation meeting agriculture,politics,security", "agreement signed agriculture"],
        id="talk-apart-own-field-kept",
    ),
    pytest.param(
        "sectors.talk-apart",
        "Le Premier ministre tunisien a rencontré hier à Tunis son homologue libyen. Le Parlement tunisien avait approuvé en mars l'accord sur l'interconnexion électrique entre la Tunisie et la Libye.",
        ["consultation meeting politics", "agreement approved energy"],
        ["consultation meeting energy,politics", "agreement approved energy"],
        id="talk-apart-approval",
    ),
    pytest.param(
        "sectors.talk-apart",
        "Le ministre mongol s'est entretenu mercredi à Oulan-Bator avec son homologue kazakh. Ils ont signé un accord sur le transport aérien. Les deux ministres ont aussi évoqué la coopération dans l'énergie.",
        ["consultation meeting energy,politics", "agreement signed transport"],
        ["consultation meeting energy,politics,transport", "agreement signed transport"],
        id="talk-apart-talk-goes-on-after",
    ),
    pytest.param(
        "sectors.session-minutes",
        "La quatrième session de la commission mixte sénégalo-malienne s'est tenue mardi à Dakar. Les deux délégations ont passé en revue la coopération dans l'agriculture, l'énergie et les transports. À la clôture des travaux, les deux ministres ont signé le protocole de la quatrième session.",
        [
            "consultation joint_commission agriculture,energy,politics,transport",
            "agreement signed agriculture,energy,transport",
        ],
        [
            "consultation joint_commission agriculture,energy,politics,transport",
            "agreement signed politics",
        ],
        id="session-minutes-after-the-session",
    ),
    pytest.param(
        "sectors.session-minutes",
        "Réunie jeudi à Tachkent pour sa IXe réunion, la commission intergouvernementale ouzbéko-kirghize a examiné les échanges commerciaux et la gestion de l'eau. Le protocole de la IXe réunion a été signé par les deux vice-Premiers ministres.",
        [
            "consultation joint_commission environment,politics,trade",
            "agreement signed environment,trade",
        ],
        ["consultation joint_commission environment,politics,trade", "agreement signed politics"],
        id="session-minutes-passive",
    ),
    pytest.param(
        "sectors.session-minutes",
        "Le ministre ghanéen de l'Économie s'est entretenu lundi à Accra avec son homologue ivoirien sur le commerce transfrontalier et la sécurité alimentaire. Les deux ministres ont ensuite signé le protocole de la réunion.",
        ["consultation meeting agriculture,politics,trade", "agreement signed agriculture,trade"],
        ["consultation meeting agriculture,politics,trade", "agreement signed politics"],
        id="session-minutes-of-a-meeting",
    ),
    pytest.param(
        "sectors.passing-paragraph",
        "Le ministre sénégalais des Affaires étrangères a reçu lundi à Dakar son homologue mauritanien. Les deux ministres ont évoqué la pêche et la sécurité. Ils s'étaient déjà entretenus au téléphone en mars 2019.\n\nPar ailleurs, le gouvernement sénégalais a annoncé mardi un vaste programme de construction de routes et d'aéroports.",
        [
            "consultation meeting agriculture,politics,security,transport",
            "consultation phone_call politics",
        ],
        [
            "consultation meeting agriculture,politics,security,transport",
            "consultation phone_call politics,transport",
        ],
        id="passing-call-not-the-next-paragraph",
    ),
    pytest.param(
        "sectors.passing-paragraph",
        "La présidente géorgienne a reçu jeudi à Tbilissi le Premier ministre arménien pour parler du commerce. Les deux dirigeants avaient signé en 2021 une déclaration commune sur le voisinage.\n\nPar ailleurs, la Banque mondiale finance une centrale solaire en Arménie.",
        ["consultation meeting energy,politics,trade", "declaration politics"],
        ["consultation meeting energy,politics,trade", "declaration energy,politics"],
        id="passing-declaration-not-the-next-news",
    ),
    pytest.param(
        "sectors.passing-paragraph",
        "Le chef de la diplomatie kényane s'est entretenu mardi à Nairobi avec son homologue ougandais. En 2020, les deux pays avaient publié une déclaration commune. Elle portait sur l'énergie et la gestion de l'eau du lac Victoria.\n\nLe Kenya accueillera en juillet un forum sur le tourisme.",
        [
            "consultation meeting energy,environment,politics,tourism",
            "declaration energy,environment,politics",
        ],
        [
            "consultation meeting energy,environment,politics,tourism",
            "declaration energy,environment,politics,tourism",
        ],
        id="passing-declaration-its-paragraph-only",
    ),
    pytest.param(
        "sectors.condemned-matter",
        "Le ministère ghanéen des Affaires étrangères a exprimé mardi sa vive préoccupation face aux affrontements armés qui opposent des groupes armés dans l'est du Burkina Faso.",
        ["declaration security"],
        ["declaration politics,security"],
        id="condemned-matter-concern",
    ),
    pytest.param(
        "sectors.condemned-matter",
        "L'Argentine a dénoncé jeudi dans un communiqué l'attentat commis contre un marché de Karachi, qui a fait des dizaines de victimes civiles.",
        ["declaration security"],
        ["declaration politics,security"],
        id="condemned-matter-denounced",
    ),
    pytest.param(
        "sectors.related-link",
        "Le ministre sénégalais des Affaires étrangères a reçu lundi à Dakar son homologue gambien. Les deux ministres ont parlé de la sécurité à la frontière.\nLire aussi : Le port de Banjul accueille un nouveau terminal pétrolier\n\nCommentaires (2)",
        ["consultation meeting politics,security"],
        ["consultation meeting energy,politics,security"],
        id="related-link-line",
    ),
    pytest.param(
        "sectors.related-link",
        "La présidente lituanienne s'est entretenue mardi à Vilnius avec le Premier ministre polonais sur la défense.\nÀ LIRE AUSSI\nLes agriculteurs polonais bloquent la frontière\nVoir aussi :\n- Tourisme : record de visiteurs à Cracovie",
        ["consultation meeting defense,politics"],
        ["consultation meeting agriculture,defense,politics,tourism"],
        id="related-link-label-then-headline-and-list",
    ),
]

SILENT = [
    pytest.param(
        "sectors.related-link",
        "Le ministre sénégalais des Affaires étrangères a reçu lundi à Dakar son homologue gambien.\nIls ont aussi évoqué le commerce et la pêche, à lire les communiqués des deux ministères.",
        ["consultation meeting agriculture,politics,trade"],
        id="related-link-words-in-a-sentence",
    ),
    pytest.param(
        "sectors.related-link",
        "Le président kényan a reçu jeudi à Nairobi son homologue tanzanien.\nSur le même sujet, les deux présidents ont évoqué l'interconnexion électrique entre les deux pays.",
        ["consultation meeting energy,politics"],
        id="related-link-same-subject-is-a-sentence",
    ),
    pytest.param(
        "sectors.condemned-matter",
        "Le Niger salue l'accord de cessez-le-feu conclu samedi entre les belligérants soudanais et la reprise de l'aide humanitaire, a indiqué le ministère nigérien des Affaires étrangères dans un communiqué.",
        ["declaration humanitarian,politics,security", "agreement signed humanitarian,security"],
        id="condemned-matter-a-welcome-keeps-politics",
    ),
    pytest.param(
        "sectors.condemned-matter",
        "Le Mali condamne fermement l'attaque contre son ambassade à Niamey et appelle les deux pays à préserver le dialogue politique, a indiqué lundi le ministère malien des Affaires étrangères dans un communiqué.",
        ["declaration politics,security"],
        id="condemned-matter-politics-named",
    ),
    pytest.param(
        "sectors.passing-paragraph",
        "Le ministre sénégalais des Affaires étrangères a reçu lundi à Dakar son homologue mauritanien. Ils s'étaient déjà entretenus au téléphone en mars 2019. Ils avaient alors évoqué la pêche et la sécurité.",
        [
            "consultation meeting agriculture,politics,security",
            "consultation phone_call agriculture,politics,security",
        ],
        id="passing-call-same-paragraph",
    ),
    pytest.param(
        "sectors.passing-paragraph",
        "Le ministre tunisien a reçu mercredi à Tunis son homologue algérien. Les deux pays avaient signé en 2017 une déclaration commune. Ce texte portait sur le commerce frontalier et la lutte contre la contrebande.",
        ["consultation meeting politics,security,trade", "declaration politics,security,trade"],
        id="passing-declaration-same-paragraph",
    ),
    pytest.param(
        "sectors.session-minutes",
        "Le Premier ministre tchadien a effectué lundi une visite officielle à Yaoundé. Les deux gouvernements ont signé le protocole de la session.",
        ["consultation visit politics", "agreement signed politics"],
        id="session-minutes-a-visit-is-no-sitting",
    ),
    pytest.param(
        "sectors.session-minutes",
        "La troisième session de la commission mixte algéro-nigérienne s'est tenue lundi à Niamey. Les travaux ont porté sur le commerce et la santé. Le protocole de la session, consacré à la pêche, a été signé mardi.",
        [
            "consultation joint_commission agriculture,health,politics,trade",
            "agreement signed agriculture",
        ],
        id="session-minutes-own-field",
    ),
    pytest.param(
        "sectors.agreement-default",
        "Le Maroc et le Sénégal ont signé lundi à Rabat un accord sur la pêche.",
        ["agreement signed agriculture"],
        id="agreement-default-field-named",
    ),
    pytest.param(
        "sectors.visit-frame",
        "Le ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais. Les deux ministres ont évoqué les échanges commerciaux et la coopération énergétique.",
        ["consultation meeting energy,politics,trade"],
        id="visit-frame-not-a-visit",
    ),
    pytest.param(
        "sectors.visit-frame",
        "Le Premier ministre sénégalais a effectué lundi une visite officielle à Rabat consacrée à la coopération dans le domaine de la pêche.",
        ["consultation visit agriculture,politics"],
        id="visit-frame-own-purpose",
    ),
    pytest.param(
        "sectors.portfolio",
        "Le ministre marocain du Commerce s'est entretenu lundi à Rabat avec son homologue sénégalais. Les deux ministres ont évoqué les échanges commerciaux.",
        ["consultation meeting politics,trade"],
        id="portfolio-field-also-discussed",
    ),
    pytest.param(
        "sectors.portfolio",
        "Le ministre de l'Agriculture a reçu lundi à Dakar l'ambassadeur de France. Ils ont parlé de la pêche et du commerce.",
        ["consultation meeting agriculture,politics,trade"],
        id="portfolio-field-named-otherwise",
    ),
    pytest.param(
        "sectors.portfolio",
        "Le ministre sénégalais des Affaires étrangères s'est entretenu lundi à Banjul avec le ministre gambien de la Pêche.",
        ["consultation meeting agriculture,politics"],
        id="portfolio-of-the-one-met",
    ),
    pytest.param(
        "sectors.portfolio",
        "Le président sénégalais a reçu lundi à Dakar le Premier ministre gambien. Ils ont évoqué le commerce de l'anacarde (noix de cajou) et la pêche.",
        ["consultation meeting agriculture,politics,trade"],
        id="portfolio-brackets-not-after-a-name",
    ),
    pytest.param(
        "sectors.declaration-agreements",
        "Les présidents malien et nigérien ont adopté mardi à Niamey une déclaration commune sur leurs relations. Ils y soulignent l'importance des échanges commerciaux. Ils ont également signé un mémorandum sur le commerce.",
        ["declaration politics,trade", "agreement signed trade"],
        id="declaration-field-also-its-own",
    ),
    pytest.param(
        "sectors.talk-apart",
        "La commission mixte sénégalo-mauritanienne a tenu sa cinquième session lundi à Dakar. Les deux pays y ont signé un accord sur la pêche.",
        ["consultation joint_commission agriculture,politics", "agreement signed agriculture"],
        id="talk-apart-session-covers-its-instruments",
    ),
    pytest.param(
        "sectors.talk-apart",
        "Le ministre malien s'est entretenu lundi à Bamako avec son homologue nigérien. Les deux ministres ont évoqué la sécurité au Sahel et les échanges commerciaux.",
        ["consultation meeting politics,security,trade"],
        id="talk-apart-no-instrument",
    ),
    pytest.param(
        "sectors.talk-apart",
        "Les présidents angolais et namibien ont publié mardi à Luanda une déclaration commune. Ils ont également signé un accord sur l'énergie.",
        ["declaration politics", "agreement signed energy"],
        id="talk-apart-not-a-declaration",
    ),
]


@pytest.mark.parametrize(("rule", "text", "with_rule", "without_rule"), FIRES)
def test_rule_fires(rule: str, text: str, with_rule: list[str], without_rule: list[str]) -> None:
    assert sectors(run(text)) == with_rule
    assert rule in {name for event in run(text).events for name in event.rules}
    assert sectors(run(text, rule)) == without_rule


@pytest.mark.parametrize(("rule", "text", "events"), SILENT)
def test_rule_does_not_fire(rule: str, text: str, events: list[str]) -> None:
    assert sectors(run(text)) == events
    assert sectors(run(text, rule)) == events


LEXICON = [
    pytest.param(
        "La Grèce et l'Albanie ont signé lundi un accord sur la reconnaissance mutuelle des permis de conduire.",
        ["agreement signed transport"],
        id="driving-licence-is-transport",
    ),
    pytest.param(
        "Le Panama et les Philippines ont signé jeudi un mémorandum sur la formation des gens de mer.",
        ["agreement signed education,transport"],
        id="seafarers-are-transport",
    ),
    pytest.param(
        "L'Italie et le Sénégal ont signé lundi à Dakar un accord de conversion de dette.",
        ["agreement signed trade"],
        id="debt-is-trade",
    ),
    pytest.param(
        "Le Parlement béninois a approuvé mardi la convention d'entraide judiciaire en matière civile et commerciale conclue avec le Niger.",
        ["agreement approved justice"],
        id="civil-and-commercial-matters-are-justice",
    ),
    pytest.param(
        "Le Parlement béninois a approuvé mardi la convention d'entraide judiciaire en matière civile, commerciale et pénale conclue avec le Niger.",
        ["agreement approved justice"],
        id="civil-commercial-and-criminal-matters-are-justice",
    ),
    pytest.param(
        "Le Kazakhstan et l'Azerbaïdjan ont signé jeudi à Aktaou un accord sur le développement du corridor transcaspien.",
        ["agreement signed transport"],
        id="corridor-is-transport",
    ),
    pytest.param(
        "Le Maroc et le Portugal ont signé mardi à Lisbonne un mémorandum sur la coopération logistique.",
        ["agreement signed logistics"],
        id="logistics-named-is-logistics",
    ),
    pytest.param(
        "Le Maroc et l'Égypte ont signé mercredi un protocole sur les contrôles phytosanitaires des agrumes.",
        ["agreement signed agriculture"],
        id="plant-health-plural-is-agriculture",
    ),
    pytest.param(
        "Le Niger condamne avec la plus grande fermeté l'attaque perpétrée samedi contre un poste de gendarmerie, a indiqué le ministère nigérien des Affaires étrangères dans un communiqué.",
        ["declaration security"],
        id="attack-is-security",
    ),
    pytest.param(
        "Le Burkina Faso condamne fermement les attaques armées contre les populations civiles dans le nord du pays, a déclaré lundi le ministère burkinabè des Affaires étrangères dans un communiqué.",
        ["declaration humanitarian,security"],
        id="armed-attacks-on-civilians-not-the-army",
    ),
    pytest.param(
        "Le Sénégal et la Gambie ont signé lundi un accord d'exemption de visa pour les détenteurs de passeports diplomatiques.",
        ["agreement signed tourism"],
        id="visa-is-tourism",
    ),
    pytest.param(
        "Le Maroc et la Mauritanie ont signé lundi un accord dans le domaine des pêches maritimes.",
        ["agreement signed agriculture"],
        id="sea-fishing-is-agriculture-not-transport",
    ),
    pytest.param(
        "Le Maroc et le Portugal ont signé lundi une convention en vue d'éviter les doubles impositions.",
        ["agreement signed trade"],
        id="double-taxation-is-trade",
    ),
    pytest.param(
        "Le Maroc et le Portugal ont signé lundi un accord sur le transport de marchandises par route.",
        ["agreement signed transport"],
        id="goods-transport-is-transport",
    ),
    pytest.param(
        "Le Maroc et le Sénégal ont signé lundi à Rabat un mémorandum d'entente dans le domaine de la formation diplomatique.",
        ["agreement signed education"],
        id="diplomatic-training-is-education",
    ),
    pytest.param(
        "Le Maroc et le Kenya ont signé lundi un protocole sur la sylviculture et un mémorandum sur la formation des magistrats.",
        ["agreement signed agriculture", "agreement signed education,justice"],
        id="forestry-and-judges",
    ),
    pytest.param(
        "La Norvège et l'Islande ont signé lundi un accord sur la recherche et le sauvetage en mer.",
        ["agreement signed security"],
        id="search-and-rescue-is-security",
    ),
    pytest.param(
        "Le Canada et le Mexique ont signé lundi un accord sur la reconnaissance mutuelle des diplômes.",
        ["agreement signed education"],
        id="diplomas-are-education",
    ),
    pytest.param(
        "Le Niger et le Tchad ont signé lundi un accord de coopération qui renforce le cadre juridique de leurs relations.",
        ["agreement signed politics"],
        id="legal-framework-is-no-field",
    ),
    pytest.param(
        "La Côte d'Ivoire et le Ghana ont signé lundi un accord sur la commercialisation du cacao.",
        ["agreement signed agriculture,trade"],
        id="cocoa-and-its-sale",
    ),
    pytest.param(
        "Le Mali et le Sénégal ont signé lundi un mémorandum sur l'interconnexion de leurs réseaux électriques.",
        ["agreement signed energy"],
        id="power-grids-are-energy",
    ),
    pytest.param(
        "Le Niger et le Tchad ont signé lundi un mémorandum sur les productions animales.",
        ["agreement signed agriculture"],
        id="livestock-is-agriculture",
    ),
    pytest.param(
        "Le Ghana et le Togo ont signé lundi trois instruments juridiques, dont un accord d'entraide judiciaire en matière pénale.",
        ["agreement signed justice"],
        id="legal-instruments-no-field-judicial-aid-justice",
    ),
]


@pytest.mark.parametrize(("text", "events"), LEXICON)
def test_sector_lexicon(text: str, events: list[str]) -> None:
    """Common French words of a field give its sector (``lang/fr/sectors.tsv``)."""
    assert sectors(run(text)) == events


def heads(doc: Document) -> list[str]:
    """Kind and the heads' names of each event."""
    return [f"{e.kind.value}: {', '.join(p.name for p in e.persons)}" for e in doc.events]


SHAPES = [
    pytest.param(
        "heads.complement-of",
        "Le ministre tunisien des Affaires étrangères Karim Belhadj, le successeur de M. Hédi Ferjani, s'est entretenu mardi à Tunis avec son homologue libyen Ahmed Salem.",
        ["consultation: Karim Belhadj, Ahmed Salem"],
        ["consultation: Karim Belhadj, Hédi Ferjani, Ahmed Salem"],
        id="complement-of-successor",
    ),
    pytest.param(
        "heads.complement-of",
        "Pour sa première visite à Niamey depuis la chute du président Mohamed Bazoum, le chef de la diplomatie malienne, Abdoulaye Diop, a rencontré lundi son homologue nigérien Bakary Yaou Sangaré.",
        [
            "consultation: Abdoulaye Diop, Bakary Yaou Sangaré",
            "consultation: Abdoulaye Diop, Bakary Yaou Sangaré",
        ],
        [
            "consultation: Mohamed Bazoum, Bakary Yaou Sangaré",
            "consultation: Abdoulaye Diop, Bakary Yaou Sangaré",
        ],
        id="complement-of-fall",
    ),
    pytest.param(
        "heads.complement-of",
        "L'envoyé spécial du président togolais Faure Gnassingbé, Robert Dussey, a été reçu jeudi à Niamey par le Premier ministre nigérien Ali Lamine Zeine.",
        ["consultation: Robert Dussey, Ali Lamine Zeine"],
        ["consultation: Faure Gnassingbé, Robert Dussey, Ali Lamine Zeine"],
        id="complement-of-envoy",
    ),
    pytest.param(
        "heads.not-acting",
        "Le président sénégalais Macky Sall, accompagné du ministre des Affaires étrangères, Amadou Ba, a été reçu lundi à Rabat par le roi Mohammed VI.",
        ["consultation: Macky Sall, Mohammed VI"],
        ["consultation: Macky Sall, Amadou Ba, Mohammed VI"],
        id="not-acting-accompanying",
    ),
    pytest.param(
        "heads.not-acting",
        "Le ministre marocain Youssef Alami et son homologue sénégalais Ousmane Diop ont coprésidé lundi à Rabat, conformément aux hautes orientations du roi Mohammed VI et du président Macky Sall, la deuxième session de la commission mixte.",
        ["consultation: Youssef Alami, Ousmane Diop"],
        ["consultation: Youssef Alami, Ousmane Diop, Mohammed VI, Macky Sall"],
        id="not-acting-guidance",
    ),
    pytest.param(
        "heads.signed-by",
        "Le Maroc et le Sénégal ont signé lundi à Rabat un mémorandum sur l'énergie, signé par les ministres de l'Énergie Karim Alaoui et Moussa Ndiaye, ainsi qu'un accord sur la pêche, signé par les ministres de la Pêche Samira Bennani et Aliou Sow.",
        ["agreement: Karim Alaoui, Moussa Ndiaye", "agreement: Samira Bennani, Aliou Sow"],
        [
            "agreement: Karim Alaoui, Moussa Ndiaye, Samira Bennani, Aliou Sow",
            "agreement: Karim Alaoui, Moussa Ndiaye, Samira Bennani, Aliou Sow",
        ],
        id="signed-by-each-instrument",
    ),
    pytest.param(
        "heads.the-two",
        "La Suisse et le Vietnam ont tenu lundi à Hanoï des consultations politiques, conduites par la secrétaire d'État Martine Keller et le vice-ministre Tran Van Minh. Les deux responsables ont signé un mémorandum sur la formation professionnelle.",
        [
            "consultation: Martine Keller, Tran Van Minh",
            "agreement: Martine Keller, Tran Van Minh",
        ],
        ["consultation: Martine Keller, Tran Van Minh", "agreement: "],
        id="the-two-heads-of-the-talk",
    ),
    pytest.param(
        "heads.the-two",
        "Le président ghanéen est arrivé lundi à Lomé pour une visite officielle. « Nos pays sont proches », a déclaré M. Mahama. M. Gnassingbé a salué l'amitié entre les deux peuples. Les deux dirigeants ont ensuite signé une déclaration commune sur la paix.",
        ["consultation: Mahama", "declaration: Mahama, Gnassingbé"],
        ["consultation: Mahama", "declaration: "],
        id="the-two-persons-named-before",
    ),
    pytest.param(
        "heads.the-two",
        "Le président sénégalais Bassirou Faye a reçu mardi à Dakar le ministre ghanéen des Affaires étrangères, Kwame Mensah. M. Mensah s'est ensuite entretenu avec son homologue sénégalais, Cheikh Ndiaye. Les deux ministres ont signé un accord sur la pêche.",
        [
            "consultation: Bassirou Faye, Kwame Mensah",
            "consultation: Kwame Mensah, Cheikh Ndiaye",
            "agreement: Kwame Mensah, Cheikh Ndiaye",
        ],
        [
            "consultation: Bassirou Faye, Kwame Mensah",
            "consultation: Kwame Mensah, Cheikh Ndiaye",
            "agreement: Kwame Mensah, Bassirou Faye",
        ],
        id="the-two-ministers-not-the-president-who-received",
    ),
    pytest.param(
        "heads.the-two",
        "Le roi de Jordanie Abdallah II a reçu lundi à Amman la ministre chypriote des Affaires étrangères, Eleni Christou. Mme Christou a eu ensuite un entretien avec le chef de la diplomatie jordanienne, Omar Haddad. Les deux chefs de la diplomatie ont signé un protocole sur le tourisme.",
        [
            "consultation: Abdallah II, Eleni Christou",
            "consultation: Eleni Christou, Omar Haddad",
            "agreement: Eleni Christou, Omar Haddad",
        ],
        [
            "consultation: Abdallah II, Eleni Christou",
            "consultation: Eleni Christou, Omar Haddad",
            "agreement: Eleni Christou, Abdallah II",
        ],
        id="the-two-heads-of-diplomacy-not-the-king",
    ),
    pytest.param(
        "heads.the-two",
        "Le Premier ministre vietnamien Pham Minh Chinh a accueilli jeudi à Hanoï le président chinois Xi Jinping pour une visite d'État. Xi s'est ensuite entretenu avec le président vietnamien Luong Cuong. Les deux présidents ont signé une déclaration commune.",
        [
            "consultation: Pham Minh Chinh, Xi Jinping",
            "consultation: Xi Jinping, Pham Minh Chinh",
            "consultation: Xi Jinping, Luong Cuong",
            "declaration: Xi Jinping, Luong Cuong",
        ],
        [
            "consultation: Pham Minh Chinh, Xi Jinping",
            "consultation: Xi Jinping, Pham Minh Chinh",
            "consultation: Xi Jinping, Luong Cuong",
            "declaration: Xi Jinping, Pham Minh Chinh",
        ],
        id="the-two-presidents-not-the-prime-minister",
    ),
    pytest.param(
        "heads.full-name",
        "Le ministre émirati des Affaires étrangères, Cheikh Abdallah ben Zayed Al Nahyane, est arrivé lundi à Rabat. Mardi, Cheikh Abdallah ben Zayed et le ministre marocain Karim Tazi ont signé un accord sur l'énergie.",
        ["agreement: Abdallah ben Zayed Al Nahyane, Karim Tazi"],
        ["agreement: Abdallah ben Zayed, Karim Tazi"],
        id="full-name-a-dynasty-name-left-out",
    ),
    pytest.param(
        "heads.full-name",
        "Le chef de la diplomatie chinoise Wang Yi a reçu lundi à Pékin le ministre kényan des Affaires étrangères, Peter Ochieng. Mercredi, M. Wang a eu un entretien téléphonique avec son homologue égyptien, Samir Fawzi.",
        ["consultation: Wang Yi, Peter Ochieng", "consultation: Wang Yi, Samir Fawzi"],
        ["consultation: Wang Yi, Peter Ochieng", "consultation: Wang, Samir Fawzi"],
        id="full-name-a-family-name-written-first",
    ),
    pytest.param(
        "heads.full-name",
        "Le président sud-africain Cyril Ramaphosa Matamela a reçu lundi à Pretoria le président namibien. Jeudi, le président Cyril Ramaphosa s'est entretenu par téléphone avec le Premier ministre éthiopien, Abiy Ahmed.",
        [
            "consultation: Cyril Ramaphosa Matamela",
            "consultation: Cyril Ramaphosa Matamela, Abiy Ahmed",
        ],
        ["consultation: Cyril Ramaphosa Matamela", "consultation: Cyril Ramaphosa, Abiy Ahmed"],
        id="full-name-a-last-name-left-out",
    ),
    pytest.param(
        "heads.role-again",
        "Le Maroc et le Sénégal ont signé lundi à Dakar un accord sur la pêche, en présence du ministre des Affaires étrangères, Karim Tazi. Dans la soirée, le ministre des Affaires étrangères s'est entretenu avec son homologue sénégalais, Yassine Fall.",
        ["agreement: Karim Tazi, Yassine Fall", "consultation: Karim Tazi, Yassine Fall"],
        ["agreement: Karim Tazi, Yassine Fall", "consultation: Yassine Fall"],
        id="role-again-the-person-named-with-it",
    ),
    pytest.param(
        "heads.visitor",
        "Le ministre espagnol a entamé jeudi une visite officielle au Pérou, la première depuis la visite d'État du roi Felipe VI à Lima en novembre 2019.",
        ["consultation: Felipe VI", "consultation: Felipe VI"],
        ["consultation: Felipe VI", "consultation: "],
        id="visitor-king",
    ),
    pytest.param(
        "heads.visitor",
        "La ministre canadienne a entamé lundi une visite de travail au Sénégal, la première depuis la visite officielle du Premier ministre Justin Trudeau à Dakar en février 2020.",
        ["consultation: Justin Trudeau", "consultation: Justin Trudeau"],
        ["consultation: Justin Trudeau", "consultation: "],
        id="visitor-prime-minister",
    ),
    pytest.param(
        "heads.visitor",
        "Le ministre coréen a effectué mardi une visite de travail en Ouzbékistan, la première depuis la visite d'État du président Moon Jae-in à Tachkent en avril 2019.",
        ["consultation: Moon Jae-in", "consultation: Moon Jae-in"],
        ["consultation: Moon Jae-in", "consultation: "],
        id="visitor-president",
    ),
    pytest.param(
        "heads.visitor",
        "Le ministre portugais a entamé mercredi une visite officielle en Angola, la première depuis la visite d'État de M. Marcelo Rebelo de Sousa à Luanda en mars 2018.",
        ["consultation: Marcelo Rebelo de Sousa", "consultation: Marcelo Rebelo de Sousa"],
        ["consultation: Marcelo Rebelo de Sousa", "consultation: "],
        id="visitor-monsieur",
    ),
    pytest.param(
        "heads.message",
        "Le roi Abdallah II a reçu mardi à Amman le ministre égyptien Badr Abdelatty, qui lui a remis un message écrit du président Abdel Fattah al-Sissi.",
        ["consultation: Abdallah II, Badr Abdelatty"],
        ["consultation: Abdallah II, Badr Abdelatty, Abdel Fattah al-Sissi"],
        id="message-handed-over",
    ),
    pytest.param(
        "heads.message",
        "La ministre sénégalaise Yassine Fall s'est entretenue jeudi à Dakar avec l'ambassadeur de Chine, porteur d'un message verbal du président Xi Jinping au président Bassirou Diomaye Faye.",
        ["consultation: Yassine Fall"],
        ["consultation: Yassine Fall, Xi Jinping"],
        id="message-sender-and-addressee",
    ),
    pytest.param(
        "heads.message",
        "Le président nigérien a reçu mercredi à Niamey la ministre tchadienne, qui lui a remis un message du président Mahamat Idriss Déby.",
        ["consultation: "],
        ["consultation: Mahamat Idriss Déby"],
        id="message-no-one-else-named",
    ),
    pytest.param(
        "heads.message",
        "Le chancelier Olaf Scholz s'est entretenu vendredi à Berlin avec le ministre ukrainien, porteur d'un message personnel du président Volodymyr Zelensky.",
        ["consultation: Olaf Scholz"],
        ["consultation: Olaf Scholz, Volodymyr Zelensky"],
        id="message-personal",
    ),
    pytest.param(
        "heads.message",
        "Le président sénégalais Macky Sall a reçu mardi à Dakar l'ambassadeur de France, porteur d'un message du président Emmanuel Macron au chef de l'État.",
        ["consultation: Macky Sall"],
        ["consultation: Macky Sall, Emmanuel Macron"],
        id="message-ambassador",
    ),
    pytest.param(
        "heads.message",
        "Le chef de la diplomatie ghanéenne, Samuel Okudzeto Ablakwa, est arrivé lundi à Lomé pour une visite de travail. Mardi, le ministre ghanéen a été reçu par le président togolais Faure Gnassingbé, auquel il a remis les salutations chaleureuses du président de la République, John Dramani Mahama.",
        [
            "consultation: Samuel Okudzeto Ablakwa, Faure Gnassingbé",
            "consultation: Faure Gnassingbé, Samuel Okudzeto Ablakwa",
        ],
        [
            "consultation: Samuel Okudzeto Ablakwa, Faure Gnassingbé",
            "consultation: Faure Gnassingbé, John Dramani Mahama",
        ],
        id="message-greetings-sender-apposed-side-principal",
    ),
    pytest.param(
        "heads.message",
        "La ministre sénégalaise des Affaires étrangères, Yassine Fall, s'est rendue jeudi à Nouakchott. La ministre sénégalaise a ensuite été reçue par le président mauritanien Mohamed Ould Cheikh El Ghazouani, auquel elle a remis une lettre du président Bassirou Diomaye Faye.",
        [
            "consultation: Yassine Fall, Mohamed Ould Cheikh El Ghazouani",
            "consultation: Mohamed Ould Cheikh El Ghazouani, Yassine Fall",
        ],
        [
            "consultation: Yassine Fall, Mohamed Ould Cheikh El Ghazouani",
            "consultation: Mohamed Ould Cheikh El Ghazouani, Bassirou Diomaye Faye",
        ],
        id="message-letter-sender-side-principal",
    ),
    pytest.param(
        "heads.the-two",
        "Le président sénégalais Bassirou Faye a reçu mardi à Dakar le ministre ghanéen des Affaires étrangères, Kwame Mensah. M. Mensah s'est ensuite entretenu avec son homologue sénégalais, Cheikh Ndiaye. À l'issue de l'entretien, ils ont signé un accord sur la pêche.",
        [
            "consultation: Bassirou Faye, Kwame Mensah",
            "consultation: Kwame Mensah, Cheikh Ndiaye",
            "agreement: Kwame Mensah, Cheikh Ndiaye",
        ],
        [
            "consultation: Bassirou Faye, Kwame Mensah",
            "consultation: Kwame Mensah, Cheikh Ndiaye",
            "agreement: Kwame Mensah, Bassirou Faye",
        ],
        id="the-two-they-after-an-adjunct",
    ),
    pytest.param(
        "heads.the-two",
        "La présidente tanzanienne Samia Hassan a reçu jeudi à Dodoma la ministre kényane des Affaires étrangères, Grace Wambui. Mme Wambui s'est ensuite entretenue avec son homologue tanzanien, Juma Mrisho. Elles ont signé un mémorandum sur le commerce.",
        [
            "consultation: Samia Hassan, Grace Wambui",
            "consultation: Grace Wambui, Juma Mrisho",
            "agreement: Grace Wambui, Juma Mrisho",
        ],
        [
            "consultation: Samia Hassan, Grace Wambui",
            "consultation: Grace Wambui, Juma Mrisho",
            "agreement: Grace Wambui, Samia Hassan",
        ],
        id="the-two-they-opening",
    ),
    pytest.param(
        "heads.the-two",
        "Le roi du Maroc Mohammed VI a reçu lundi à Rabat le ministre gabonais des Affaires étrangères, Paul Moussavou. M. Moussavou a ensuite eu un entretien avec le ministre marocain Nasser Bourita. Les deux hommes ont paraphé un protocole sur l'enseignement supérieur.",
        [
            "consultation: Mohammed VI, Paul Moussavou",
            "consultation: Paul Moussavou, Nasser Bourita",
            "agreement: Paul Moussavou, Nasser Bourita",
        ],
        [
            "consultation: Mohammed VI, Paul Moussavou",
            "consultation: Paul Moussavou, Nasser Bourita",
            "agreement: Paul Moussavou, Mohammed VI",
        ],
        id="the-two-men",
    ),
    pytest.param(
        "heads.host-named",
        "Le ministre sénégalais des Affaires étrangères, Cheikh Niang, est arrivé lundi à Rabat pour une visite de travail. Le roi Mohammed VI l'a reçu mardi au palais royal. Le ministre s'est ensuite entretenu à Rabat avec son homologue, M. Karim Alaoui.",
        [
            "consultation: Cheikh Niang, Mohammed VI",
            "consultation: Mohammed VI, Cheikh Niang",
            "consultation: Karim Alaoui, Cheikh Niang",
        ],
        [
            "consultation: Cheikh Niang, Mohammed VI",
            "consultation: Mohammed VI, Cheikh Niang",
            "consultation: Karim Alaoui, Mohammed VI, Cheikh Niang",
        ],
        id="host-named-counterpart-in-the-capital",
    ),
    pytest.param(
        "heads.host-named",
        "La ministre canadienne des Affaires étrangères, Anita Anand, a été reçue jeudi à Séoul par le président sud-coréen Lee Jae-myung. Elle a ensuite eu un entretien à Séoul avec le chef de la diplomatie, M. Park Min-soo.",
        [
            "consultation: Anita Anand, Lee Jae-myung",
            "consultation: Park Min-soo, Anita Anand",
        ],
        [
            "consultation: Anita Anand, Lee Jae-myung",
            "consultation: Park Min-soo, Anita Anand, Lee Jae-myung",
        ],
        id="host-named-after-a-pronoun",
    ),
]

HEADS_SILENT = [
    pytest.param(
        "heads.host-named",
        "Le ministre sénégalais des Affaires étrangères, Cheikh Niang, est arrivé lundi à Rabat pour une visite de travail. Le roi Mohammed VI l'a reçu mardi au palais royal. Le ministre s'est ensuite entretenu à Rabat avec son homologue marocain, M. Karim Alaoui.",
        [
            "consultation: Cheikh Niang, Mohammed VI",
            "consultation: Mohammed VI, Cheikh Niang",
            "consultation: Karim Alaoui, Cheikh Niang",
        ],
        id="host-named-not-when-his-side-is-written",
    ),
    pytest.param(
        "heads.host-named",
        "Le ministre sénégalais des Affaires étrangères, Cheikh Niang, a été reçu lundi à Rabat par le roi Mohammed VI. Le ministre s'est ensuite entretenu à Genève avec M. Karim Alaoui.",
        [
            "consultation: Cheikh Niang, Mohammed VI",
            "consultation: Karim Alaoui, Mohammed VI, Cheikh Niang",
        ],
        id="host-named-not-in-a-third-city",
    ),
    pytest.param(
        "heads.the-two",
        "Le président sénégalais Bassirou Faye a reçu mardi à Dakar le ministre ghanéen des Affaires étrangères, Kwame Mensah. M. Mensah s'est ensuite entretenu avec son homologue sénégalais, Cheikh Ndiaye. Le Sénégal et le Ghana ont signé un accord sur la pêche, qu'ils ont qualifié d'historique.",
        [
            "consultation: Bassirou Faye, Kwame Mensah",
            "consultation: Kwame Mensah, Cheikh Ndiaye",
            "agreement: Kwame Mensah, Bassirou Faye",
        ],
        id="the-two-not-they-inside",
    ),
    pytest.param(
        "heads.the-two",
        "Le président ghanéen est arrivé lundi à Lomé pour une visite officielle. « Nos pays sont proches », a déclaré M. Mahama. M. Gnassingbé a salué l'amitié entre les deux peuples, en présence de M. Kodjo. Ils ont ensuite signé une déclaration commune sur la paix.",
        ["consultation: Mahama", "declaration: "],
        id="the-two-not-they-among-three-persons",
    ),
    pytest.param(
        "heads.message",
        "Porteur d'un message du roi, le ministre marocain Nasser Bourita a été reçu mardi à Dakar par le président sénégalais Bassirou Diomaye Faye.",
        ["consultation: Nasser Bourita, Bassirou Diomaye Faye"],
        id="message-bearer-after-comma",
    ),
    pytest.param(
        "heads.message",
        "Le président béninois Patrice Talon a reçu lundi à Cotonou le ministre nigérian Yusuf Tuggar, venu lui présenter les condoléances du gouvernement après les inondations.",
        ["consultation: Patrice Talon, Yusuf Tuggar"],
        id="message-sender-unnamed",
    ),
    pytest.param(
        "heads.complement-of",
        "L'envoyé spécial des Nations unies, M. Paolo Ricci, s'est entretenu mercredi à Khartoum avec le ministre soudanais des Affaires étrangères Ali Youssef.",
        ["consultation: Paolo Ricci, Ali Youssef"],
        id="complement-of-apposition",
    ),
    pytest.param(
        "heads.complement-of",
        "Le président sénégalais Macky Sall a reçu mardi à Dakar le chef du gouvernement malien, Choguel Maïga.",
        ["consultation: Macky Sall, Choguel Maïga"],
        id="complement-of-no-de",
    ),
    pytest.param(
        "heads.not-acting",
        "Le ministre marocain Youssef Alami, accompagné de l'ambassadeur sénégalais Ousmane Diop, s'est entretenu lundi à Rabat avec son homologue sénégalais.",
        ["consultation: Youssef Alami, Ousmane Diop"],
        id="not-acting-only-one-of-his-side",
    ),
    pytest.param(
        "heads.signed-by",
        "Le ministre marocain de l'Énergie Karim Alaoui et son homologue sénégalais Moussa Ndiaye ont signé lundi à Rabat un mémorandum sur l'énergie.",
        ["agreement: Karim Alaoui, Moussa Ndiaye"],
        id="signed-by-absent",
    ),
    pytest.param(
        "heads.the-two",
        "La Suisse et le Vietnam ont tenu lundi à Hanoï des consultations politiques, conduites par la secrétaire d'État Martine Keller et le vice-ministre Tran Van Minh. Les deux pays ont signé un mémorandum sur la formation professionnelle, signé par les directeurs Paul Weber et Nguyen Thi Lan.",
        ["consultation: Martine Keller, Tran Van Minh", "agreement: Paul Weber, Nguyen Thi Lan"],
        id="the-two-not-when-signatories-named",
    ),
    pytest.param(
        "heads.the-two",
        "Le président ghanéen est arrivé lundi à Lomé pour une visite officielle. « Nos pays sont proches », a déclaré M. Mahama. M. Gnassingbé a salué l'amitié entre les deux peuples, en présence de M. Kodjo. Les deux dirigeants ont ensuite signé une déclaration commune sur la paix.",
        ["consultation: Mahama", "declaration: "],
        id="the-two-not-among-three-persons",
    ),
    pytest.param(
        "heads.the-two",
        "Le président sénégalais Bassirou Faye a reçu mardi à Dakar le ministre ghanéen des Affaires étrangères, Kwame Mensah. Le Sénégal et le Ghana ont signé un accord sur la pêche.",
        ["consultation: Bassirou Faye, Kwame Mensah", "agreement: Kwame Mensah, Bassirou Faye"],
        id="the-two-not-without-the-words",
    ),
    pytest.param(
        "heads.the-two",
        "Le président sénégalais Bassirou Faye a reçu mardi à Dakar le ministre ghanéen des Affaires étrangères, Kwame Mensah. M. Mensah s'est ensuite entretenu avec son homologue sénégalais, Cheikh Ndiaye. Les deux ministres, Kwame Mensah et Cheikh Ndiaye, ont signé un accord sur la pêche.",
        [
            "consultation: Bassirou Faye, Kwame Mensah",
            "consultation: Kwame Mensah, Cheikh Ndiaye",
            "agreement: Kwame Mensah, Cheikh Ndiaye",
        ],
        id="the-two-not-when-named-in-its-sentence",
    ),
    pytest.param(
        "heads.full-name",
        "Le roi Mohammed VI a reçu lundi à Rabat le prince héritier saoudien Mohammed ben Salmane. Mardi, le ministre Mohammed a signé avec son homologue saoudien un accord sur l'énergie.",
        [
            "consultation: Mohammed VI, Mohammed ben Salmane",
            "agreement: Mohammed ben Salmane, Mohammed VI",
        ],
        id="full-name-not-a-first-name-of-two",
    ),
    pytest.param(
        "heads.full-name",
        "Le ministre marocain Karim Tazi a reçu lundi à Rabat son homologue malien Moussa Keita. Mardi, M. Tazi a signé avec M. Keita un accord sur l'énergie.",
        ["consultation: Karim Tazi, Moussa Keita", "agreement: Karim Tazi, Moussa Keita"],
        id="full-name-not-a-family-name-alone",
    ),
    pytest.param(
        "heads.role-again",
        "Le ministre des Affaires étrangères, Karim Tazi, est arrivé lundi à Dakar pour une visite de travail. Dans la soirée, le ministre des Affaires étrangères sénégalais s'est entretenu avec le Premier ministre gambien, Omar Jallow.",
        ["consultation: Karim Tazi, Omar Jallow", "consultation: Omar Jallow"],
        id="role-again-not-with-another-nationality",
    ),
    pytest.param(
        "heads.role-again",
        "Le ministre des Affaires étrangères, Karim Tazi, a reçu lundi à Rabat son homologue malien, Abdoulaye Diop. Le ministre des Affaires étrangères, Amina Benali, a reçu mardi à Rabat son homologue nigérien. Le ministre des Affaires étrangères a ensuite signé un accord avec le Niger.",
        [
            "consultation: Karim Tazi, Abdoulaye Diop",
            "consultation: Amina Benali",
            "agreement: Abdoulaye Diop",
        ],
        id="role-again-not-when-two-held-it",
    ),
    pytest.param(
        "heads.visitor",
        "Le ministre malien a entamé lundi une visite officielle au Niger, la première depuis la visite d'amitié à Niamey à l'invitation du président Mohamed Bazoum en 2022.",
        ["consultation: Mohamed Bazoum"],
        id="visitor-not-the-host-inviting",
    ),
    pytest.param(
        "heads.visitor",
        "Le ministre malien a entamé lundi une visite officielle au Niger, la première depuis la visite d'amitié auprès du président Mohamed Bazoum en 2022.",
        ["consultation: Mohamed Bazoum"],
        id="visitor-not-the-host-received",
    ),
    pytest.param(
        "heads.visitor",
        "Le ministre malien a entamé lundi une visite officielle au Niger, la première depuis la visite de 2022, saluée par le président Mohamed Bazoum.",
        ["consultation: Mohamed Bazoum"],
        id="visitor-past-a-comma",
    ),
    pytest.param(
        "heads.message",
        "Le président gabonais Brice Oligui Nguema a reçu lundi à Libreville le ministre camerounais Lejeune Mbella Mbella, avant de s'entretenir avec le président Paul Biya par téléphone.",
        ["consultation: Paul Biya, Brice Oligui Nguema"],
        id="message-none",
    ),
    pytest.param(
        "heads.message",
        "Le président angolais João Lourenço a reçu jeudi à Luanda le ministre congolais Thérèse Kayikwamba Wagner, porteuse d'un message; il a ensuite reçu le président Félix Tshisekedi.",
        [
            "consultation: João Lourenço, Thérèse Kayikwamba Wagner, Félix Tshisekedi",
            "consultation: Félix Tshisekedi, João Lourenço, Thérèse Kayikwamba Wagner",
        ],
        id="message-phrase-ended",
    ),
    pytest.param(
        "heads.message",
        "Le président chilien Gabriel Boric a reçu lundi à Santiago le ministre péruvien, qui lui a remis une lettre, puis le président argentin Javier Milei.",
        ["consultation: Gabriel Boric, Javier Milei"],
        id="message-other-noun",
    ),
]


@pytest.mark.parametrize(("rule", "text", "with_rule", "without_rule"), SHAPES)
def test_heads_rule_fires(
    rule: str, text: str, with_rule: list[str], without_rule: list[str]
) -> None:
    assert heads(run(text)) == with_rule
    assert rule in {name for event in run(text).events for name in event.rules}
    assert heads(run(text, rule)) == without_rule


@pytest.mark.parametrize(("rule", "text", "events"), HEADS_SILENT)
def test_heads_rule_does_not_fire(rule: str, text: str, events: list[str]) -> None:
    assert heads(run(text)) == events
    assert heads(run(text, rule)) == events


def heads_with_sides(doc: Document) -> list[list[str]]:
    """The heads of each event with the code of their side."""
    return [
        [f"{p.name} ({p.party.code if p.party else '?'})" for p in event.persons]
        for event in doc.events
    ]


PERSONS = [
    pytest.param(
        "La quatrième session de la commission mixte entre le Togo et le Ghana s'est tenue lundi à Lomé. Les délégations du Togo et du Ghana étaient respectivement conduites par Leurs Excellences Messieurs Robert K. Dussey, ministre des Affaires étrangères, et Samuel Okudzeto Ablakwa, ministre des Affaires étrangères.",
        [["Robert K. Dussey (TGO)", "Samuel Okudzeto Ablakwa (GHA)"]],
        id="delegations-led-respectively-and-middle-initial",
    ),
    pytest.param(
        "Le président sénégalais Macky Sall a reçu lundi à Dakar le secrétaire d'État américain John F. Kerry.",
        [["Macky Sall (SEN)", "John F. Kerry (USA)"]],
        id="middle-initial",
    ),
    pytest.param(
        "La cheffe de la diplomatie allemande, Annalena Baerbock, s'est entretenue lundi à Berlin avec son homologue marocain, Nasser Bourita.",
        [["Annalena Baerbock (DEU)", "Nasser Bourita (MAR)"]],
        id="cheffe-de-la-diplomatie",
    ),
    pytest.param(
        "La présidente de la Commission européenne, Ursula von der Leyen, a reçu lundi à Bruxelles le Premier ministre tunisien, Kaïs Ben Salah.",
        [["Ursula von der Leyen (EU)", "Kaïs Ben Salah (TUN)"]],
        id="two-particles",
    ),
    pytest.param(
        "Mme Hadja Lahbib, ministre belge des Affaires étrangères, a reçu lundi à Bruxelles l'émissaire américain Steve Witkoff.",
        [["Hadja Lahbib (BEL)", "Steve Witkoff (USA)"]],
        id="honorific-out-of-the-name-and-emissary",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PERSONS)
def test_heads_names_and_sides(text: str, expected: list[list[str]]) -> None:
    """Names with a middle initial, honorifics that are no names, delegations led
    « respectivement » by persons named in the same order."""
    assert heads_with_sides(run(text)) == expected


def test_excellences_is_no_name() -> None:
    """« leurs Excellences MM. X et Y »: the honorifics are no one's name."""
    text = "Le ministre mauritanien des Affaires étrangères a reçu mardi à Nouakchott les ambassadeurs de France et d'Espagne, respectivement leurs Excellences MM. Pierre Durand et Luis Garcia."
    assert heads(run(text)) == ["consultation: Pierre Durand, Luis Garcia"]


RELATIVE_DAYS = [
    pytest.param(
        "Le ministre marocain s'est entretenu ce matin à Rabat avec son homologue sénégalais.",
        ["consultation MAR-SEN meeting 2025-06-10 @Rabat"],
        id="this-morning",
    ),
    pytest.param(
        "Le ministre marocain s'est entretenu il y a deux jours à Rabat avec son homologue sénégalais.",
        ["consultation MAR-SEN meeting 2025-06-08 @Rabat"],
        id="two-days-ago",
    ),
    pytest.param(
        "Le ministre marocain s'est entretenu il y a une semaine à Rabat avec son homologue sénégalais.",
        ["consultation MAR-SEN meeting 2025-06-03 @Rabat"],
        id="a-week-ago",
    ),
]


@pytest.mark.parametrize(("text", "events"), RELATIVE_DAYS)
def test_relative_days(text: str, events: list[str]) -> None:
    """Days named from the day of writing (``lang/fr/relative_days.tsv``)."""
    assert summary(run(text)) == events


def test_declaration_named_by_its_city() -> None:
    """« la déclaration de Tbilissi »: adopted in Tbilissi."""
    text = "Les ministres turc, géorgien et azerbaïdjanais ont signé lundi la déclaration de Tbilissi."
    assert summary(run(text)) == ["declaration AZE-GEO-TUR statement 2025-06-09 @Tbilissi"]
