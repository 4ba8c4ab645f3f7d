"""Forms of ``lang/fr/parties.tsv`` and ``lang/fr/cities.tsv`` at work in whole sentences.

One parametrised list per kind of form (demonyms, names, compound prefixes,
capitals, seats of power, organisations and acronyms, cities), each with
sentences written for diplorel on several countries and constructions, and
near-misses where a form that is also a first name, a common word or a
treaty's name must not give a party or a place. The tables themselves are
checked in ``tests/test_gazetteer_data.py``.
"""

from __future__ import annotations

import pytest

from diplorel import extract

PUBLISHED = "2025-03-10"


def _events(text: str) -> list[tuple[tuple[str, ...], str | None]]:
    return [
        (event.party_codes, event.place) for event in extract(text, published=PUBLISHED).events
    ]


def _one(text: str) -> tuple[tuple[str, ...], str | None]:
    events = _events(text)
    assert events, text
    assert len(set(events)) == 1, events
    return events[0]


DEMONYMS_AND_NAMES = [
    # demonyms in their less common spellings
    ("Le président étasunien a reçu lundi à Washington son homologue kényan.", ("KEN", "USA")),
    (
        "La ministre capverdienne des Affaires étrangères a signé mardi à Praia un accord de "
        "pêche avec le Portugal.",
        ("CPV", "PRT"),
    ),
    (
        "Les autorités burkinabès et nigériennes ont signé jeudi un accord sur la sécurité à la "
        "frontière.",
        ("BFA", "NER"),
    ),
    (
        "Le chef de la diplomatie sri lankais s'est entretenu vendredi avec son homologue indien.",
        ("IND", "LKA"),
    ),
    # names as some outlets write them
    (
        "La RDCongo et l'Ouganda ont signé mercredi à Kampala un protocole d'accord sur le "
        "commerce.",
        ("COD", "UGA"),
    ),
    (
        "La Guinée Conakry et la Sierra Leone ont signé un accord de coopération minière.",
        ("GIN", "SLE"),
    ),
    ("La Côte-d'Ivoire et le Ghana ont signé un accord sur l'électricité.", ("CIV", "GHA")),
    ("La Guinée Bissau et le Sénégal ont signé un accord de pêche.", ("GNB", "SEN")),
]


@pytest.mark.parametrize(("text", "parties"), DEMONYMS_AND_NAMES)
def test_demonyms_and_names(text: str, parties: tuple[str, ...]) -> None:
    assert _one(text)[0] == parties


PREFIXES = [
    (
        "La commission mixte burkinabo-ivoirienne a tenu sa cinquième session mardi à "
        "Ouagadougou.",
        ("BFA", "CIV"),
    ),
    (
        "La deuxième session de la commission mixte djibouto-éthiopienne s'est tenue lundi.",
        ("DJI", "ETH"),
    ),
    (
        "Les consultations finno-russes sur la frontière ont eu lieu jeudi à Helsinki.",
        ("FIN", "RUS"),
    ),
    ("La commission mixte moldo-roumaine s'est réunie vendredi à Chisinau.", ("MDA", "ROU")),
    (
        "La commission intergouvernementale guinéo-malienne s'est réunie samedi à Conakry.",
        ("GIN", "MLI"),
    ),
    (
        "Les ministres ont signé mardi un mémorandum d'entente omano-iranien sur l'énergie.",
        ("IRN", "OMN"),
    ),
    ("Une réunion du comité de coopération qatari-turc s'est tenue à Doha.", ("QAT", "TUR")),
    ("La commission mixte kényano-ougandaise s'est réunie lundi à Nairobi.", ("KEN", "UGA")),
    (
        "La commission frontalière birmano-thaïlandaise s'est réunie mardi à Bangkok.",
        ("MMR", "THA"),
    ),
]


@pytest.mark.parametrize(("text", "parties"), PREFIXES)
def test_compound_prefixes(text: str, parties: tuple[str, ...]) -> None:
    assert _one(text)[0] == parties


PERIPHRASES_AND_PARLIAMENTS = [
    # the periphrases journalists use to avoid repeating a country's name
    (
        "L'Empire du Milieu et le Kenya ont signé mardi un accord sur les infrastructures.",
        ("CHN", "KEN"),
    ),
    ("Le Pays du Cèdre et la France ont signé lundi un accord sur l'éducation.", ("FRA", "LBN")),
    (
        "Le Pays de la Teranga a signé jeudi un accord de pêche avec la Mauritanie.",
        ("MRT", "SEN"),
    ),
    (
        "Le président sénégalais a signé avec le Pays du Soleil-Levant un accord sur la santé.",
        ("JPN", "SEN"),
    ),
    (
        "L'Hexagone et le Maroc ont signé un accord sur la formation professionnelle.",
        ("FRA", "MAR"),
    ),
    ("Le Royaume hachémite et l'Irak ont signé un accord sur l'électricité.", ("IRQ", "JOR")),
    # parliaments named by their own name approve for their state
    (
        "L'Oliy Majlis a ratifié mardi l'accord de coopération militaire avec la Turquie.",
        ("TUR", "UZB"),
    ),
    (
        "Le Storting a approuvé l'accord de délimitation maritime avec la Russie.",
        ("NOR", "RUS"),
    ),
    (
        "La Lok Sabha a approuvé l'accord de libre-échange avec les Émirats arabes unis.",
        ("ARE", "IND"),
    ),
    (
        "L'Assemblée populaire nationale a adopté le projet de loi portant approbation de "
        "l'accord avec la Tunisie.",
        ("DZA", "TUN"),
    ),
]


@pytest.mark.parametrize(("text", "parties"), PERIPHRASES_AND_PARLIAMENTS)
def test_periphrases_and_parliaments(text: str, parties: tuple[str, ...]) -> None:
    assert _one(text)[0] == parties


CAPITALS_AND_SEATS = [
    # capitals in the transliterations of agencies
    (
        "Le Premier ministre turkmène a reçu mercredi à Ashgabat le ministre azerbaïdjanais de "
        "l'Énergie.",
        ("AZE", "TKM"),
        "Ashgabat",
    ),
    (
        "Le président ouzbek a reçu jeudi à Tashkent son homologue kirghiz.",
        ("KGZ", "UZB"),
        "Tashkent",
    ),
    (
        "Le ministre russe s'est entretenu mardi à Ryad avec le secrétaire d'État américain.",
        ("RUS", "USA"),
        "Ryad",
    ),
    (
        "Le ministre bangladais a été reçu jeudi à Nouvelle-Delhi par son homologue indien.",
        ("BGD", "IND"),
        "Nouvelle-Delhi",
    ),
    # seats of power: a party, and the capital as the venue
    ("Le président italien a reçu lundi au Quirinal le roi de Jordanie.", ("ITA", "JOR"), "Rome"),
    (
        "Le président ghanéen a été reçu mardi au palais de Kosyam par le chef de l'État "
        "burkinabè.",
        ("BFA", "GHA"),
        "Ouagadougou",
    ),
    (
        "Le président nigérian a reçu jeudi à Aso Rock le Premier ministre britannique.",
        ("GBR", "NGA"),
        "Abuja",
    ),
    (
        "Le président argentin a été reçu mardi au palais de La Moneda par le président chilien.",
        ("ARG", "CHL"),
        "Santiago",
    ),
    (
        "Le président libanais a reçu lundi à Baabda le ministre français des Affaires "
        "étrangères.",
        ("FRA", "LBN"),
        "Beyrouth",
    ),
    (
        "Le ministre marocain a été reçu mardi au Palais Bourbon par le président de la "
        "commission des affaires étrangères.",
        ("FRA", "MAR"),
        "Paris",
    ),
]


@pytest.mark.parametrize(("text", "parties", "place"), CAPITALS_AND_SEATS)
def test_capitals_and_seats_of_power(text: str, parties: tuple[str, ...], place: str) -> None:
    assert _one(text) == (parties, place)


ORGANISATIONS = [
    ("Le Kenya et l'EAC ont signé un accord de financement.", ("EAC", "KEN")),
    (
        "La Tunisie et la BID ont signé mercredi un accord de financement pour l'énergie.",
        ("IDB", "TUN"),
    ),
    (
        "Le secrétaire général de l'OTS a reçu mardi à Istanbul le ministre hongrois des Affaires "
        "étrangères.",
        ("HUN", "OTS"),
    ),
    (
        "La Communauté est-africaine a condamné mardi l'attaque contre la mission de paix en "
        "Somalie.",
        ("EAC",),
    ),
    (
        "Les ministres des Affaires étrangères du G-20 se sont réunis jeudi à Rio de Janeiro.",
        ("G20",),
    ),
    (
        "L'Organisation de la Francophonie et le Canada ont signé un accord de coopération "
        "culturelle.",
        ("CAN", "OIF"),
    ),
    (
        "La Ligue des pays arabes a condamné lundi l'attaque contre un convoi humanitaire.",
        ("LAS",),
    ),
    # organisations of the registry with their French acronym or full name
    (
        "Le ministre rwandais a reçu mardi à Kigali le secrétaire exécutif de la CIRGL.",
        ("ICGLR", "RWA"),
    ),
    ("Le Mali et l'OMVS ont signé lundi un accord sur la navigation fluviale.", ("MLI", "OMVS")),
    (
        "Le Burkina Faso et l'Autorité du Liptako-Gourma ont signé un accord de siège.",
        ("ALG", "BFA"),
    ),
]


@pytest.mark.parametrize(("text", "parties"), ORGANISATIONS)
def test_organisations_and_acronyms(text: str, parties: tuple[str, ...]) -> None:
    assert _one(text)[0] == parties


CITIES = [
    (
        "Les ministres tunisien et libyen ont signé mardi à Sousse un accord sur la santé.",
        "Sousse",
    ),
    (
        "Le président gabonais a reçu jeudi à Port-Gentil son homologue équato-guinéen.",
        "Port-Gentil",
    ),
    ("Le ministre turc a reçu vendredi à Izmir son homologue grec.", "Izmir"),
    ("Le Japon et le Sénégal ont signé mardi à Yokohama un accord de don.", "Yokohama"),
    ("Le président égyptien a reçu lundi à Hurghada le roi de Bahreïn.", "Hurghada"),
    ("Les ministres congolais et rwandais se sont rencontrés vendredi à Bukavu.", "Bukavu"),
    ("Le roi du Maroc a reçu lundi à Salé le président mauritanien.", "Salé"),
    ("Le président sénégalais a reçu samedi à Touba le Premier ministre gambien.", "Touba"),
]


@pytest.mark.parametrize(("text", "place"), CITIES)
def test_cities_give_the_place(text: str, place: str) -> None:
    assert _one(text)[1] == place


NEAR_MISSES = [
    # a first name that is also a spelling of Riyadh: no Saudi party
    (
        "Le ministre palestinien Riad Malki a reçu mardi à Ramallah son homologue jordanien.",
        ("JOR", "PSE"),
        "Ramallah",
    ),
    # a phrase in lower case is no periphrasis
    (
        "Le ministre sénégalais, qui décrit son pays comme un empire du milieu entre deux "
        "mondes, a reçu lundi à Dakar son homologue malien.",
        ("MLI", "SEN"),
        "Dakar",
    ),
    # the region that gives the authority its name is no party
    (
        "Le ministre nigérien a reçu lundi à Niamey son homologue burkinabè pour parler de la "
        "sécurité dans la région du Liptako-Gourma.",
        ("BFA", "NER"),
        "Niamey",
    ),
    # « BM » is also a rocket launcher: it is left out as the World Bank's acronym
    (
        "Le ministère azerbaïdjanais de la Défense a condamné mardi des tirs de "
        "lance-roquettes BM-21 contre ses positions.",
        ("AZE",),
        "Bakou",  # place.issuer-capital: a state's statement with no place is from its seat
    ),
    # a common noun in lower case is no city
    (
        "De retour au bled, le ministre marocain a reçu jeudi à Rabat son homologue sénégalais.",
        ("MAR", "SEN"),
        "Rabat",
    ),
    # an adjective in lower case is no city
    (
        "Autour d'un repas salé, le ministre tunisien a reçu lundi à Tunis son homologue malien.",
        ("MLI", "TUN"),
        "Tunis",
    ),
]


@pytest.mark.parametrize(("text", "parties", "place"), NEAR_MISSES)
def test_near_misses(text: str, parties: tuple[str, ...], place: str | None) -> None:
    assert _one(text) == (parties, place)


def test_a_first_name_that_is_also_a_town_stays_in_the_name() -> None:
    """Towns that are common first names (Ngozi) are left out of the cities."""
    events = extract(
        "La directrice générale de l'OMC, Ngozi Okonjo-Iweala, a reçu lundi à Genève le "
        "ministre kényan du Commerce.",
        published=PUBLISHED,
    ).events
    assert [person.name for event in events for person in event.persons] == ["Ngozi Okonjo-Iweala"]
