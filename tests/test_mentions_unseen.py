"""Party mentions on unseen text: names headed by a common noun, news media.

Examples written for diplorel; none comes from the annotated corpus.
"""

from __future__ import annotations

import pytest

from diplorel import extract


def test_a_name_headed_by_a_common_noun_is_capitalised_after_it() -> None:
    (event,) = extract(
        "L'île Maurice et les Seychelles ont signé mardi un accord sur la pêche.",
        published="2024-05-08",
    ).events
    assert event.party_codes == ("MUS", "SYC")


def test_a_country_name_in_lower_case_is_still_no_country() -> None:
    # "turquie" in lower case, no capital anywhere in the phrase
    events = extract(
        "Le Pérou a signé un accord sur la pêche de la dinde de turquie avec le Chili.",
        published="2024-05-08",
    ).events
    assert all("TUR" not in e.party_codes for e in events)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "La ministre argentine des Affaires étrangères s'est entretenue lundi à Santiago "
            "avec son homologue chilien.",
            ("ARG", "CHL"),
        ),
        (
            "Le gouvernement suisse et le Kenya ont signé jeudi à Nairobi un accord sur la "
            "formation professionnelle.",
            ("CHE", "KEN"),
        ),
        (
            "Les autorités philippines et le Vietnam ont signé mardi à Hanoï un accord sur "
            "la pêche.",
            ("PHL", "VNM"),
        ),
    ],
)
def test_a_demonym_spelt_like_its_states_name_in_lower_case_is_a_side(
    text: str, parties: tuple[str, ...]
) -> None:
    (event,) = extract(text, published="2024-05-08").events
    assert event.party_codes == parties


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "La cheffe de la diplomatie européenne s'est entretenue mardi à Bruxelles avec "
            "le ministre tunisien des Affaires étrangères.",
            ("EU", "TUN"),
        ),
        (
            "Le chef de la diplomatie européenne a rencontré lundi à Amman le roi de Jordanie.",
            ("EU", "JOR"),
        ),
    ],
)
def test_the_head_of_european_diplomacy_speaks_for_the_union(
    text: str, parties: tuple[str, ...]
) -> None:
    (event,) = extract(text, published="2025-03-05").events
    assert event.party_codes == parties


@pytest.mark.parametrize(
    "source",
    [
        "selon l'agence thaïlandaise",
        "a rapporté l'agence de presse officielle iranienne",
        "selon la télévision d'État chinoise",
        "selon les médias russes",
    ],
)
def test_a_news_mediums_country_is_no_side(source: str) -> None:
    (event,) = extract(
        "Le Premier ministre malaisien s'est entretenu mardi avec son homologue "
        f"singapourien, {source}.",
        published="2024-05-08",
    ).events
    assert event.party_codes == ("MYS", "SGP")


def test_a_demonym_after_other_nouns_is_still_a_side() -> None:
    (event,) = extract(
        "Le président du Conseil national thaïlandais a reçu mardi le ministre malaisien.",
        published="2024-05-08",
    ).events
    assert event.party_codes == ("MYS", "THA")


@pytest.mark.parametrize(
    "topic",
    [
        "la guerre en Ukraine",
        "la situation au Soudan",
        "la crise soudanaise",
        "la question palestinienne",
        "les conséquences de l'invasion de l'Ukraine",
    ],
)
def test_a_country_discussed_is_no_side(topic: str) -> None:
    (event,) = extract(
        f"Le ministre égyptien s'est entretenu mardi avec son homologue tchadien sur {topic}.",
        published="2024-05-08",
    ).events
    assert event.party_codes == ("EGY", "TCD")


def test_a_country_visited_is_a_side() -> None:
    events = extract(
        "Le ministre égyptien a effectué mardi une visite officielle au Soudan, où il a "
        "rencontré la partie soudanaise.",
        published="2024-05-08",
    ).events
    assert events
    assert all(e.party_codes == ("EGY", "SDN") for e in events)


@pytest.mark.parametrize(
    ("compound", "parties"),
    [
        ("nigéro-tchadienne", ("NER", "TCD")),
        ("togolo-ghanéenne", ("GHA", "TGO")),
        ("bénino-nigérienne", ("BEN", "NER")),
        ("gabono-équato-guinéenne", ("GAB", "GNQ")),
        ("camerouno-gabonaise", ("CMR", "GAB")),
        ("azéro-turque", ("AZE", "TUR")),
    ],
)
def test_compound_adjectives_of_west_and_central_africa(
    compound: str, parties: tuple[str, ...]
) -> None:
    (event,) = extract(
        f"La commission mixte {compound} a tenu sa troisième session mardi à Lomé.",
        published="2024-05-08",
    ).events
    assert event.party_codes == parties


def test_the_lao_pdr_is_laos_and_a_visit_there_is_in_its_capital() -> None:
    (event,) = extract(
        "Le Premier ministre vietnamien a effectué lundi une visite officielle en RDP lao.",
        published="2025-06-10",
    ).events
    assert event.party_codes == ("LAO", "VNM")
    assert event.place == "Vientiane"


@pytest.mark.parametrize(
    "guest",
    [
        "Son Excellence Monsieur Santiago Obama, ambassadeur de Guinée équatoriale",
        "M. Victoria Ndong, ambassadeur de Guinée équatoriale",
        "Madame Lima Ondo, ambassadrice de Guinée équatoriale",
    ],
)
def test_a_capital_after_an_honorific_is_a_given_name(guest: str) -> None:
    # Santiago, Victoria, Lima: capitals, here the first name of the person greeted
    (event,) = extract(
        f"Le ministre camerounais des Relations extérieures a reçu mardi à Yaoundé {guest}.",
        published="2024-05-08",
    ).events
    assert event.party_codes == ("CMR", "GNQ")


def test_a_capital_after_a_verb_is_still_a_place_or_side() -> None:
    (event,) = extract(
        "Le ministre camerounais des Relations extérieures a reçu mardi à Santiago "
        "son homologue chilien.",
        published="2024-05-08",
    ).events
    assert event.party_codes == ("CHL", "CMR")
    assert event.place == "Santiago"
