"""Datelines on the text's first line: publication date only, never a side or a date.

Examples written for diplorel; none comes from the annotated corpus.
"""

from __future__ import annotations

import pytest

from diplorel import Consultation, PartialDate, extract


@pytest.mark.parametrize(
    "dateline",
    [
        "Abuja, 4 mars 2025 (APA) - ",
        "ABUJA, 4 mars 2025 (APA) -- ",
        "Abuja, le 4 mars 2025 - ",
        "ABUJA, 4 MARS 2025, NAN: ",
    ],
)
def test_a_dateline_date_is_not_the_events_date(dateline: str) -> None:
    text = dateline + (
        "La réunion de la commission mixte entre le Nigeria et le Niger a eu lieu "
        "les 1er et 2 mars, a indiqué le ministère."
    )
    doc = extract(text)
    assert doc.published == PartialDate(year=2025, month=3, day=4)
    (event,) = doc.events
    assert isinstance(event, Consultation)
    assert event.party_codes == ("NER", "NGA")
    assert str(event.date) == "2025-03-01/2025-03-02"


def test_a_dateline_alone_gives_no_date_to_an_undated_event() -> None:
    doc = extract(
        "TUNIS, 3 juin (TAP) - Le ministre des Affaires étrangères a reçu son homologue "
        "libyen pour des entretiens sur la sécurité des frontières."
    )
    assert doc.published == PartialDate(month=6, day=3)
    (event,) = doc.events
    assert event.party_codes == ("LBY", "TUN")
    assert event.date is None
    assert event.place is None  # where the news was filed, not where they met


def test_a_communique_is_issued_at_its_dateline() -> None:
    (event,) = extract(
        "Rabat, 3 mars 2026\nLe Royaume du Maroc condamne l'attaque contre le convoi "
        "des Nations unies."
    ).events
    assert event.party_codes == ("MAR",)
    assert event.place == "Rabat"


def test_the_dateline_city_is_not_the_place_of_a_call_or_of_a_placed_event() -> None:
    doc = extract(
        "DAKAR, 3 juin (APS) - Le ministre des Affaires étrangères s'est entretenu hier par "
        "téléphone avec son homologue gambien. Il a signé le 1er juin à Banjul un accord "
        "sur la pêche avec la Gambie."
    )
    places = {e.kind.value: e.place for e in doc.events}
    assert places == {"consultation": None, "agreement": "Banjul"}


def test_a_dateline_city_is_not_a_side() -> None:
    doc = extract(
        "Bruxelles, le 5 avril 2023 - Les présidents russe, iranien et turc ont tenu "
        "un sommet à Téhéran mardi."
    )
    (event,) = doc.events
    assert event.party_codes == ("IRN", "RUS", "TUR")
    assert event.place == "Téhéran"
    assert event.date == PartialDate(year=2023, month=4, day=4)


def test_a_place_and_a_comma_in_a_sentence_is_no_dateline() -> None:
    # a sentence that starts with a city and a comma but has no date before its dash
    doc = extract(
        "Rabat, capitale du royaume - et ville hôte - a accueilli lundi 3 juin la "
        "signature d'un accord de pêche entre le Maroc et le Portugal.",
        published="2024-06-05",
    )
    (event,) = doc.events
    assert event.party_codes == ("MAR", "PRT")
    assert event.date == PartialDate(year=2024, month=6, day=3)


_BODY = "Le Pérou et la Bolivie ont signé hier un accord sur le commerce."
_PARAGRAPHS = (
    "Le texte porte sur les droits de douane.",
    "Il couvre aussi les normes sanitaires.",
    "Les exportateurs de quinoa s'en réjouissent.",
    "Les transporteurs attendent les décrets.",
    "La chambre de commerce a publié une note.",
    "Les syndicats restent prudents.",
)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a time stamp under menus and a title
        (
            "Accueil\nMonde\nÉconomie\nSport\nCulture\nSanté\nOpinions\n"
            "Le Pérou et la Bolivie renforcent leurs échanges\n09:41 / 2025-06-18\n\n" + _BODY,
            PartialDate(year=2025, month=6, day=18),
        ),
        # a numeric stamp with dashes on a line of its own
        ("Accord Pérou-Bolivie\n2025-06-18\n" + _BODY, PartialDate(year=2025, month=6, day=18)),
        # a title closed by its place and date, the year from the date line
        (
            " date 2025-06\nPérou – Bolivie : signature d'un accord sur le commerce "
            "(Lima, mercredi 18 juin)\n" + _BODY,
            PartialDate(year=2025, month=6, day=18),
        ),
        # an agency's copyright line gives the year
        (_BODY + "\n© 2025 AFP", PartialDate(year=2025)),
        # a dateline with no comma: a place in capitals, a numeric date, an agency
        ("Dépêche\n\nLIMA 18/06/2025 (EFE) - " + _BODY, PartialDate(year=2025, month=6, day=18)),
        ("SANTA CRUZ 18 juin 2025 - " + _BODY, PartialDate(year=2025, month=6, day=18)),
        # the city's country after it, in parentheses or after a comma
        ("Cuzco (Pérou), 18 juin 2025 - " + _BODY, PartialDate(year=2025, month=6, day=18)),
        (
            "Cuzco, Pérou, le 18 juin 2025 (Andina) - " + _BODY,
            PartialDate(year=2025, month=6, day=18),
        ),
        # a page's publication line, however long, read for its first date
        (
            "Accord Pérou-Bolivie\nPublié le mercredi 18 juin 2025 à 10h05, mis à jour le "
            "jeudi 19 juin 2025 à 08h00\n\n" + _BODY,
            PartialDate(year=2025, month=6, day=18),
        ),
        # an agency's name after the date, between a comma and a dash
        ("LIMA, 18 juin 2025, Andina – " + _BODY, PartialDate(year=2025, month=6, day=18)),
        ("Santa Cruz, 18 juin 2025, Infobae: " + _BODY, PartialDate(year=2025, month=6, day=18)),
        # the line closing a communiqué, its signature after it
        (
            _BODY + "\n\nFait à Lima, le mercredi 18 juin 2025\n\nLa Direction de la presse",
            PartialDate(year=2025, month=6, day=18),
        ),
        (_BODY + "\n\nLa Paz, le 18 juin 2025.", PartialDate(year=2025, month=6, day=18)),
        # an agency's credit line at the foot, a numeric date day first and a time
        (
            "LIMA (Andina) - " + _BODY + "\n\n(Par Ana Quispe, Andina – Lima, 18/06/2025 – 09h45)",
            PartialDate(year=2025, month=6, day=18),
        ),
        (
            _BODY
            + "\n\nLes douanes publieront la liste.\n\nEFE - 18.06.2025 - Mise à jour : 14h32",
            PartialDate(year=2025, month=6, day=18),
        ),
        # a time stamp under the article: a day, its month by name, a year and a time
        (
            "\n\n".join([_BODY, *_PARAGRAPHS]) + "\n\n18 juin 2025, 09:41",
            PartialDate(year=2025, month=6, day=18),
        ),
        (
            _BODY + "\n\nLire aussi : la Bolivie et le Chili\n\nMercredi 18 juin 2025 à 16h05",
            PartialDate(year=2025, month=6, day=18),
        ),
        # a stamp with the month's English abbreviation and a time, as some sites print it
        (
            "Portail Andes | Monde\n\nAccord Pérou-Bolivie\n\nMis à jour 18-Jun-2025 09:12 "
            "(heure de Lima)\n\n" + _BODY,
            PartialDate(year=2025, month=6, day=18),
        ),
        (
            "Accord Pérou-Bolivie\n16:40 - 3 September 2024\n\n" + _BODY,
            PartialDate(year=2024, month=9, day=3),
        ),
        # a weekly's issue line: the issue is out on the first day of its week
        (
            "Hebdo des Andes – Semaine du 16 au 22 juin 2025, numéro 812\n\n" + _BODY,
            PartialDate(year=2025, month=6, day=16),
        ),
        ("Numéro 812, du 16 au 22 juin 2025\n\n" + _BODY, PartialDate(year=2025, month=6, day=16)),
        # a numeric date opening the first paragraph, closed by a full stop or a dash
        ("Accord Pérou-Bolivie\n\n18.06.2025. " + _BODY, PartialDate(year=2025, month=6, day=18)),
        ("18/06/2025 – " + _BODY, PartialDate(year=2025, month=6, day=18)),
        # a publication line after a short byline and a dash or a bar
        (
            "Andes | Commerce\n\nAccord Pérou-Bolivie\n\nPar Ana Quispe – Publié le "
            "18/06/2025 à 10h05 | Mis à jour le 19/06/2025 à 08h00\n\n" + _BODY,
            PartialDate(year=2025, month=6, day=18),
        ),
        (
            "Accord Pérou-Bolivie\nService Monde | Publié le mercredi 18 juin 2025 à 10h05, "
            "modifié le jeudi 19 juin 2025\n\n" + _BODY,
            PartialDate(year=2025, month=6, day=18),
        ),
        # a short publication line under the article, the outlet's name after it
        (
            "\n\n".join([_BODY, *_PARAGRAPHS])
            + "\n\nPublié le mercredi 18 juin 2025 | La Gazette andine"
            + "\n\nPhoto : les deux délégations.",
            PartialDate(year=2025, month=6, day=18),
        ),
        # a ministry page's title closed by its date in parentheses, with no place
        (
            "Accueil > Diplomatie > Pérou\n\nPérou – Entretien de la ministre avec son homologue "
            "bolivien à Lima (18 juin 2025)\n\n" + _BODY,
            PartialDate(year=2025, month=6, day=18),
        ),
    ],
)
def test_publication_dates_of_other_outlets(text: str, published: PartialDate) -> None:
    assert extract(text).published == published


@pytest.mark.parametrize(
    "text",
    [
        # a site's own footer is the year of the page, not of the article
        _BODY + "\n© 2025 Tous droits réservés",
        # a time without a date, and a date in a long sentence, are no stamps
        "Mis en ligne à 09:41\n" + _BODY,
        _BODY + " Le précédent accord, conclu le 2019-04-02 à La Paz, est caduc.",
        # a span of days in a title is no issue line
        "Visite d'État du 16 au 18 juin 2025\n\n" + _BODY,
        "La semaine andine, du 16 au 22 juin 2025, a réuni les deux pays\n\n" + _BODY,
        # an English month with no time is no stamp; a numeric date opening a sentence
        # that goes on is no dateline
        "Accord Pérou-Bolivie\nSigned 18-Jun-2025\n\n" + _BODY,
        "18.06.2025 restera une date pour les exportateurs. " + _BODY,
        # a sentence opening with a date and a dash is no dateline
        "Le 18 juin 2025 - jour de fête - " + _BODY,
        "En 2025 - et pour la première fois - " + _BODY,
        # a last short line that goes on after its date is no closing line (below the
        # first six paragraphs, where a short dated line would be a stamp)
        "\n\n".join([_BODY, *_PARAGRAPHS])
        + "\n\nRendez-vous à Lima, le 18 juin 2025 pour la suite.",
        # a numeric date at the foot with no time is no credit line; nor is a long
        # closing sentence with a date and a time
        "\n\n".join([_BODY, *_PARAGRAPHS]) + "\n\nRéférence : décret du 02/04/2019",
        "\n\n".join([_BODY, *_PARAGRAPHS])
        + "\n\nLa prochaine réunion des deux délégations, prévue le 02/04/2026 à 10h00, "
        + "se tiendra à Cochabamba.",
        # a short last line with a named month and a time is no stamp when words come
        # before its date or after its time
        "\n\n".join([_BODY, *_PARAGRAPHS]) + "\n\nSommet le 2 avril 2026 à 10h00.",
        "\n\n".join([_BODY, *_PARAGRAPHS]) + "\n\n2 avril 2026, 10h00 : vote final",
        # a long first paragraph whose last parentheses give an old year, not a day
        "Le Pérou et la Bolivie ont relancé le comité frontalier créé par le traité de "
        "paix, resté en sommeil depuis des années (1998)\n\n" + _BODY,
        # a closing publication line with no year, or a date that does not open it
        "\n\n".join([_BODY, *_PARAGRAPHS]) + "\n\nPublié le 18 juin | La Gazette andine",
        "\n\n".join([_BODY, *_PARAGRAPHS]) + "\n\nPublié avec l'accord de l'auteur, 2025",
        # a dash and publication words deep in a sentence are no byline
        "Le rapport de la commission conjointe sur les échanges entre les deux pays andins "
        "– publié le 18/06/2025 – reste confidentiel.\n\n" + _BODY,
    ],
)
def test_no_publication_date_from_a_footer_or_the_body(text: str) -> None:
    assert extract(text).published is None


def test_a_communique_is_issued_where_its_closing_line_says() -> None:
    doc = extract(
        "Le gouvernement de la République du Pérou condamne l'attaque contre la "
        "mission d'observation.\n\nFait à Lima, le 18 juin 2025\n\nLe Porte-parole"
    )
    (event,) = doc.events
    assert event.party_codes == ("PER",)
    assert event.place == "Lima"
    assert doc.published == PartialDate(year=2025, month=6, day=18)


def test_the_agency_of_a_dateline_keeps_its_date_out_of_the_event() -> None:
    doc = extract(
        "QUITO, 2 avril 2024, Andina – Le ministre équatorien des Affaires étrangères "
        "a reçu son homologue péruvien pour des entretiens sur la frontière."
    )
    (event,) = doc.events
    assert doc.published == PartialDate(year=2024, month=4, day=2)
    assert event.party_codes == ("ECU", "PER")
    assert event.date is None


def test_a_dateline_with_the_country_keeps_its_date_out_of_the_event() -> None:
    doc = extract(
        "Cuzco (Pérou), 2 avril 2024 - Le ministre péruvien des Affaires étrangères a "
        "reçu son homologue équatorien pour des entretiens sur la frontière."
    )
    (event,) = doc.events
    assert doc.published == PartialDate(year=2024, month=4, day=2)
    assert event.date is None
