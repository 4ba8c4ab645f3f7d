"""Tests of the date recogniser: finding, resolving, parsing and rendering French dates."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from typing import Final

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from diplorel import strategies as ds
from diplorel.errors import ParseError
from diplorel.extract.recognise._dates import (
    DateForm,
    DateMention,
    find_dates,
    parse_date_phrase,
    render_date_phrase,
)
from diplorel.model import DateValue, PartialDate, parse_date_value

# Friday 3 January 2025, and two less precise publication dates.
PUB_DAY = PartialDate(year=2025, month=1, day=3)
PUB_MONTH = PartialDate(year=2024, month=10)
PUB_YEAR = PartialDate(year=2025)


def only(text: str, published: PartialDate | None = None) -> DateMention:
    """The one mention of ``text``."""
    found = find_dates(text, published=published)
    assert len(found) == 1, found
    return found[0]


def value_of(text: str, published: PartialDate | None = None) -> str | None:
    """The EDTF form of the one mention's value."""
    value = only(text, published).value
    return None if value is None else str(value)


# -- absolute dates -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "mention", "expected", "form"),
    [
        ("Les ministres ont signé l'accord le 8 mars 2016 à Tunis.", "le 8 mars 2016",
         "2016-03-08", DateForm.ABSOLUTE),
        ("Entré en vigueur le 1er juillet 2024, le traité est appliqué.",
         "le 1er juillet 2024", "2024-07-01", DateForm.ABSOLUTE),
        ("Il est applicable depuis 1er juillet 2024.", "1er juillet 2024", "2024-07-01",
         DateForm.ABSOLUTE),
        ("Mardi 10 juin 2025, le président a reçu son homologue.", "Mardi 10 juin 2025",
         "2025-06-10", DateForm.ABSOLUTE),
        ("LE 14 JUILLET 2023, UN DÉFILÉ A EU LIEU.", "LE 14 JUILLET 2023", "2023-07-14",
         DateForm.ABSOLUTE),
        ("Le mémorandum du 3 fevrier 2022 est caduc.", "3 fevrier 2022", "2022-02-03",
         DateForm.ABSOLUTE),
        ("La rencontre du 15 aout 2021 a été reportée.", "15 aout 2021", "2021-08-15",
         DateForm.ABSOLUTE),
        ("Adopté le 2 decembre 2020 par le Conseil.", "le 2 decembre 2020", "2020-12-02",
         DateForm.ABSOLUTE),
        ("Ratifié le 8\u00a0mars\u00a02016.", "le 8\u00a0mars\u00a02016", "2016-03-08",
         DateForm.ABSOLUTE),
        ("Ratifié le 8\u202fmars\u202f2016.", "le 8\u202fmars\u202f2016", "2016-03-08",
         DateForm.ABSOLUTE),
        ("Les accords signés en mai 2025 sont publiés.", "en mai 2025", "2025-05",
         DateForm.ABSOLUTE),
        ("Le bilan de mai 2025 est positif.", "mai 2025", "2025-05", DateForm.ABSOLUTE),
        ("Un second cycle s'est ouvert début mai 2025.", "début mai 2025", "2025-05",
         DateForm.ABSOLUTE),
        ("Prévue mi-juin 2024, la visite a eu lieu.", "mi-juin 2024", "2024-06",
         DateForm.ABSOLUTE),
        ("Publié le jeudi, 20 novembre, 2025 à 14:30.", "le jeudi, 20 novembre, 2025",
         "2025-11-20", DateForm.ABSOLUTE),
    ],
)  # fmt: skip
def test_absolute_dates(sentence: str, mention: str, expected: str, form: DateForm) -> None:
    found = only(sentence)
    assert found.text == mention
    assert sentence[found.start : found.end] == mention
    assert str(found.value) == expected
    assert found.form is form


def test_weekday_does_not_override_a_stated_year() -> None:
    # 10 June 2025 is a Tuesday, not a Monday: the stated year wins.
    assert value_of("lundi 10 juin 2025", PUB_DAY) == "2025-06-10"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Signé le 3 sept. 2024 à Bakou.", "2024-09-03"),
        ("Signé le 3 sept 2024 à Bakou.", "2024-09-03"),
        ("Signé le 7 sep. 2016.", "2016-09-07"),
        ("Signé le 5 janv. 2021.", "2021-01-05"),
        ("Signé le 6 jan. 2021.", "2021-01-06"),
        ("Signé le 12 févr. 2020.", "2020-02-12"),
        ("Signé le 4 fév 2019.", "2019-02-04"),
        ("Signé le 9 avr. 2018.", "2018-04-09"),
        ("Signé le 14 juil. 2017.", "2017-07-14"),
        ("Signé le 15 juill. 2017.", "2017-07-15"),
        ("Signé le 11 nov. 2015.", "2015-11-11"),
        ("Signé le 24 déc. 2014.", "2014-12-24"),
        ("Signé le 25 dec. 2014.", "2014-12-25"),
        ("Le rapport d'oct. 2023 le confirme.", "2023-10"),
        ("Le rapport de sept. 2023 le confirme.", "2023-09"),
    ],
)
def test_month_abbreviations(sentence: str, expected: str) -> None:
    assert value_of(sentence) == expected


def test_sept_abbreviation_is_september_with_its_dot() -> None:
    found = only("Les parties se sont revues le 3 sept. à Genève.")
    assert found.text == "le 3 sept."
    assert found.value == PartialDate(month=9, day=3)


@pytest.mark.parametrize(
    "sentence",
    [
        "Les deux pays coopèrent en sept ans de travaux.",
        "Les sept accords ont été signés.",
        "Le port traite 1 500 tonnes par jour.",
        "La ville compte 2050 habitants.",
        "Une commune de 2050 habitants a accueilli la délégation.",
        "Plus de 2000 soldats sont déployés.",
        "Entre 1950 et 2000 personnes ont manifesté.",
        "De 10 à 2000 participants sont attendus.",
        "Le Maroc et la Tunisie ont signé un accord.",
        "Louis XIV reçut les ambassadeurs.",
        "La mission vers Mars est commune.",
        "L'article 12 du traité est clair.",
        "Il a obtenu 2016 voix au premier tour.",
        "Le dossier numéro 2016 est clos.",
        "Le taux atteint 2016,5 points en 1850.",
        "Le 31 avril est un jour qui n'existe pas.",
        "La loi 2024-2020 n'est pas une période.",
        "Il a vécu à ce jour sans incident.",
    ],
)
def test_not_dates(sentence: str) -> None:
    assert find_dates(sentence) == ()


def test_invalid_day_falls_back_to_the_month() -> None:
    # "31 avril" is no day, but "avril 2024" is still a month of the text.
    assert [(m.text, str(m.value)) for m in find_dates("le 31 avril 2024")] == [
        ("avril 2024", "2024-04")
    ]


# -- numeric dates ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "mention", "expected"),
    [
        ("Communiqué du 22/04/2025 à midi.", "22/04/2025", "2025-04-22"),
        ("Horodaté 2025-04-22 par le serveur.", "2025-04-22", "2025-04-22"),
        ("Horodaté 2025-04-22T10:00 par le serveur.", "2025-04-22", "2025-04-22"),
        ("Réunion lundi 21.04.2025 au siège.", "lundi 21.04.2025", "2025-04-21"),
        ("Réunion le 5/11/2019 au siège.", "le 5/11/2019", "2019-11-05"),
        ("Réunion le 05-11-2019 au siège.", "le 05-11-2019", "2019-11-05"),
        ("Publié le 2025/9/16 à Pékin.", "le 2025/9/16", "2025-09-16"),
        ("Publié le 2025.09.16 à Pékin.", "le 2025.09.16", "2025-09-16"),
    ],
)
def test_numeric_dates(sentence: str, mention: str, expected: str) -> None:
    found = only(sentence)
    assert (found.text, str(found.value), found.form) == (mention, expected, DateForm.NUMERIC)


@pytest.mark.parametrize(
    "sentence", ["le 31/04/2025", "le 22/04-2025", "1/2/3", "12/13/2024", "2025/13/01", "2025-4.2"]
)
def test_not_numeric_dates(sentence: str) -> None:
    assert find_dates(sentence) == ()


# -- years ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "mention", "expected"),
    [
        ("Les relations se sont réchauffées en 2016.", "en 2016", "2016"),
        ("Ils coopèrent depuis 2017 dans ce domaine.", "depuis 2017", "2017"),
        ("Le projet démarrera dès 2018.", "dès 2018", "2018"),
        ("Selon l'accord de 2015, les visas sont supprimés.", "de 2015", "2015"),
        ("L'objectif est fixé d'ici 2030.", "d'ici 2030", "2030"),
        ("L'objectif est fixé d'ici à 2030.", "d'ici à 2030", "2030"),
        ("Le programme court jusqu'en 2027.", "jusqu'en 2027", "2027"),
        ("Le programme court jusqu’en 2027.", "jusqu’en 2027", "2027"),
        ("La ligne sera livrée fin 2024.", "fin 2024", "2024"),
        ("La ligne sera livrée début 2025.", "début 2025", "2025"),
        ("La ligne sera livrée mi-2023.", "mi-2023", "2023"),
        ("Le bug de l'an 2000 est oublié.", "l'an 2000", "2000"),
        ("L'année 2019 fut riche en visites.", "L'année 2019", "2019"),
        ("Une alliance conclue en l'an 800.", "en l'an 800", "0800"),
        ("L'année 1850 vit naître le traité.", "L'année 1850", "1850"),
        ("Les chiffres du premier trimestre 2025 sont bons.", "trimestre 2025", "2025"),
        ("Au second semestre 2024, la présidence change.", "semestre 2024", "2024"),
        ("Une réforme en 2016 en appelle une autre.", "en 2016", "2016"),
    ],
)
def test_years(sentence: str, mention: str, expected: str) -> None:
    found = only(sentence)
    assert (found.text, str(found.value), found.form) == (mention, expected, DateForm.YEAR)


def test_bare_years_only_from_1900_to_2100() -> None:
    assert find_dates("Une paix signée en 1850, puis en 2150.") == ()
    assert value_of("en 1900") == "1900"
    assert value_of("en 2100") == "2100"


# -- day and month without a year ------------------------------------------------------


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (None, "XXXX-12-27"),
        (PUB_DAY, "2024-12-27"),  # published 3 January 2025
        (PartialDate(year=2025, month=12, day=28), "2025-12-27"),
        (PartialDate(year=2025, month=12, day=27), "2025-12-27"),  # on the day itself
        (PartialDate(year=2025, month=12, day=26), "2024-12-27"),
        (PartialDate(year=2025, month=6), "2024-12-27"),  # after the publication month
        (PartialDate(year=2025, month=12), "2025-12-27"),  # same month, day unknown
        (PUB_YEAR, "2025-12-27"),
        (PartialDate(month=6), "XXXX-12-27"),
    ],
)
def test_day_month_takes_the_nearest_year_on_or_before(
    published: PartialDate | None, expected: str
) -> None:
    found = only("La commission s'est réunie le 27 décembre à Alger.", published)
    assert (found.text, str(found.value), found.form) == (
        "le 27 décembre",
        expected,
        DateForm.DAY_MONTH,
    )


def test_day_month_before_the_publication_month() -> None:
    assert value_of("le 3 juin", PartialDate(year=2025, month=6)) == "2025-06-03"
    assert value_of("le 3 mai", PartialDate(year=2025, month=6)) == "2025-05-03"


def test_29_february_takes_the_nearest_leap_year() -> None:
    assert value_of("le 29 février", PartialDate(year=2025, month=3, day=1)) == "2024-02-29"
    assert value_of("le 29 février") == "XXXX-02-29"


@pytest.mark.parametrize(
    ("phrase", "published", "expected"),
    [
        ("le 12 mars dernier", PartialDate(year=2025, month=3, day=12), "2024-03-12"),
        ("le 12 mars dernier", PartialDate(year=2025, month=3, day=13), "2025-03-12"),
        ("le 12 mars prochain", PartialDate(year=2025, month=3, day=12), "2026-03-12"),
        ("le 12 mars prochain", PartialDate(year=2025, month=3, day=11), "2025-03-12"),
        ("le 12 mars dernier", None, "XXXX-03-12"),
    ],
)
def test_dernier_and_prochain_after_a_day(
    phrase: str, published: PartialDate | None, expected: str
) -> None:
    assert value_of(phrase, published) == expected


@pytest.mark.parametrize(
    ("weekday_phrase", "expected"),
    [
        ("vendredi 27 décembre", "2024-12-27"),  # a Friday in 2024
        ("samedi 27 décembre", "2025-12-27"),  # a Saturday in 2025
        ("dimanche 27 décembre", "2026-12-27"),  # a Sunday in 2026
        ("jeudi 27 décembre", "2024-12-27"),  # no year agrees: the day-month rule
    ],
)
def test_weekday_fixes_the_year(weekday_phrase: str, expected: str) -> None:
    published = PartialDate(year=2025, month=6)
    found = only(f"Les délégations se sont retrouvées {weekday_phrase} à Dakar.", published)
    assert found.text == weekday_phrase
    assert str(found.value) == expected
    assert found.form is DateForm.DAY_MONTH


def test_weekday_with_day_month_and_no_publication_year() -> None:
    assert value_of("vendredi 27 décembre") == "XXXX-12-27"


# -- months without a year --------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("Le sommet s'est tenu en mai à Rome.", "en mai"),
        ("Les travaux ont commencé début mai.", "début mai"),
        ("Les travaux ont commencé fin mai.", "fin mai"),
        ("Les travaux ont commencé mi-mai.", "mi-mai"),
        ("Les travaux ont commencé courant mai.", "courant mai"),
        ("Les travaux ont commencé depuis mai.", "depuis mai"),
        ("Les travaux ont commencé au mois de mai.", "au mois de mai"),
        ("Le texte signé en mai dernier entre en vigueur.", "en mai dernier"),
    ],
)
def test_month_without_year(sentence: str, mention: str) -> None:
    found = only(sentence)
    assert (found.text, found.value, found.form) == (
        mention,
        PartialDate(month=5),
        DateForm.DAY_MONTH,
    )


def test_month_with_elided_lead() -> None:
    assert only("au mois d'avril").value == PartialDate(month=4)
    assert only("au mois d’août").value == PartialDate(month=8)


@pytest.mark.parametrize(
    ("phrase", "published", "expected"),
    [
        ("en mai", PartialDate(year=2025, month=6), "2025-05"),
        ("en mai", PartialDate(year=2025, month=5, day=20), "2025-05"),
        ("en mai", PartialDate(year=2025, month=3), "2024-05"),
        ("en mai dernier", PartialDate(year=2025, month=5, day=20), "2024-05"),
        ("en mai dernier", PartialDate(year=2025, month=6), "2025-05"),
        ("en décembre prochain", PartialDate(year=2025, month=6), "2025-12"),
        ("en janvier prochain", PartialDate(year=2025, month=6), "2026-01"),
        ("en mai", PUB_YEAR, "2025-05"),
    ],
)
def test_month_resolution(phrase: str, published: PartialDate, expected: str) -> None:
    assert value_of(phrase, published) == expected


# -- relative expressions -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "expected", "form"),
    [
        ("aujourd'hui", "2025-01-03", DateForm.RELATIVE),
        ("aujourd’hui", "2025-01-03", DateForm.RELATIVE),
        ("hier", "2025-01-02", DateForm.RELATIVE),
        ("avant-hier", "2025-01-01", DateForm.RELATIVE),
        ("avant hier", "2025-01-01", DateForm.RELATIVE),
        ("demain", "2025-01-04", DateForm.RELATIVE),
        ("après-demain", "2025-01-05", DateForm.RELATIVE),
        ("apres-demain", "2025-01-05", DateForm.RELATIVE),
        ("jeudi", "2025-01-02", DateForm.WEEKDAY),
        ("le jeudi", "2025-01-02", DateForm.WEEKDAY),
        ("vendredi", "2025-01-03", DateForm.WEEKDAY),  # on or before: the day itself
        ("samedi", "2024-12-28", DateForm.WEEKDAY),
        ("ce jeudi", "2025-01-02", DateForm.RELATIVE),
        ("lundi dernier", "2024-12-30", DateForm.RELATIVE),
        ("vendredi dernier", "2024-12-27", DateForm.RELATIVE),  # strictly before
        ("vendredi passé", "2024-12-27", DateForm.RELATIVE),
        ("lundi prochain", "2025-01-06", DateForm.RELATIVE),
        ("vendredi prochain", "2025-01-10", DateForm.RELATIVE),
        ("la semaine dernière", "2024-12-23/2024-12-29", DateForm.RELATIVE),
        ("la semaine passée", "2024-12-23/2024-12-29", DateForm.RELATIVE),
        ("cette semaine", "2024-12-30/2025-01-05", DateForm.RELATIVE),
        ("la semaine prochaine", "2025-01-06/2025-01-12", DateForm.RELATIVE),
        ("le mois dernier", "2024-12", DateForm.RELATIVE),
        ("ce mois-ci", "2025-01", DateForm.RELATIVE),
        ("le mois prochain", "2025-02", DateForm.RELATIVE),
        ("l'année dernière", "2024", DateForm.RELATIVE),
        ("l’an dernier", "2024", DateForm.RELATIVE),
        ("l'an passé", "2024", DateForm.RELATIVE),
        ("cette année", "2025", DateForm.RELATIVE),
        ("l'an prochain", "2026", DateForm.RELATIVE),
    ],
)
def test_relative_with_a_complete_publication_date(
    phrase: str, expected: str, form: DateForm
) -> None:
    sentence = f"Le ministre a déclaré {phrase} que la coopération progresse."
    found = only(sentence, PUB_DAY)
    assert (found.text, str(found.value), found.form) == (phrase, expected, form)
    assert parse_date_phrase(phrase, published=PUB_DAY) == parse_date_value(expected)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("hier", "2024-10"),
        ("lundi dernier", "2024-10"),
        ("ce jeudi", "2024-10"),
        ("jeudi", "2024-10"),
        ("la semaine dernière", "2024-10"),
        ("le mois dernier", "2024-09"),
        ("l'année dernière", "2023"),
    ],
)
def test_relative_with_a_year_month_publication_date(phrase: str, expected: str) -> None:
    assert value_of(f"Il l'a annoncé {phrase}.", PUB_MONTH) == expected


def test_relative_across_the_new_year() -> None:
    assert value_of("le mois dernier", PartialDate(year=2025, month=1)) == "2024-12"
    assert value_of("hier", PartialDate(year=2025, month=1, day=1)) == "2024-12-31"


def test_relative_with_only_a_year() -> None:
    assert value_of("hier", PUB_YEAR) == "2025"
    assert value_of("l'année dernière", PUB_YEAR) == "2024"


@pytest.mark.parametrize(
    "phrase", ["hier", "jeudi", "ce jeudi", "lundi dernier", "la semaine dernière", "l'an dernier"]
)
def test_relative_without_publication_is_found_without_value(phrase: str) -> None:
    found = only(f"Il l'a annoncé {phrase}.")
    assert found.text == phrase
    assert found.value is None
    assert find_dates(f"Il l'a annoncé {phrase}.", published=PartialDate(month=5))[0].value is None


@pytest.mark.parametrize(
    ("phrase", "published", "expected"),
    [
        ("hier", PartialDate(month=3, day=3), "XXXX-03-02"),
        ("avant-hier", PartialDate(month=3, day=3), "XXXX-03-01"),
        ("aujourd'hui", PartialDate(month=7, day=14), "XXXX-07-14"),
        ("hier", PartialDate(month=3, day=1), None),  # 28 or 29 February: the year matters
        ("hier", PartialDate(month=1, day=1), None),  # 31 December of a year we do not know
        ("lundi dernier", PartialDate(month=3, day=3), None),  # the weekday needs the year
        # the week before the 20th is in its month whatever the year: the month
        ("lundi dernier", PartialDate(month=3, day=20), "XXXX-03"),
        ("ce vendredi", PartialDate(month=10, day=9), "XXXX-10"),
        ("samedi", PartialDate(month=6, day=30), "XXXX-06"),
        ("mardi prochain", PartialDate(month=6, day=30), "XXXX-07"),
        ("mardi prochain", PartialDate(month=6, day=26), None),  # June or July: the year says
        ("mardi prochain", PartialDate(month=6, day=12), "XXXX-06"),
    ],
)
def test_relative_days_with_a_publication_day_without_year(
    phrase: str, published: PartialDate, expected: str | None
) -> None:
    assert value_of(f"Il l'a annoncé {phrase}.", published) == expected


def test_words_containing_date_words_are_not_dates() -> None:
    assert find_dates("La hiérarchie des lundis et des mardis gras.") == ()
    assert find_dates("Il faut demainer.") == ()


# -- ranges -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "mention", "expected"),
    [
        ("Les négociations se sont tenues du 5 au 6 juillet 2024 à Vienne.",
         "du 5 au 6 juillet 2024", "2024-07-05/2024-07-06"),
        ("La foire a eu lieu du 28 février au 2 mars 2024.",
         "du 28 février au 2 mars 2024", "2024-02-28/2024-03-02"),
        ("Une session s'est tenue les 12 et 13 mai 2023 à Lomé.",
         "les 12 et 13 mai 2023", "2023-05-12/2023-05-13"),
        ("Les pourparlers ont eu lieu entre le 3 et le 5 juin 2022.",
         "entre le 3 et le 5 juin 2022", "2022-06-03/2022-06-05"),
        ("Ils se sont vus du 5 juillet au 6 juillet 2021.",
         "du 5 juillet au 6 juillet 2021", "2021-07-05/2021-07-06"),
        ("La visite s'est déroulée du 30 décembre 2023 au 2 janvier 2024.",
         "du 30 décembre 2023 au 2 janvier 2024", "2023-12-30/2024-01-02"),
        ("La visite s'est déroulée du 30 décembre au 2 janvier 2025.",
         "du 30 décembre au 2 janvier 2025", "2024-12-30/2025-01-02"),
        ("La visite s'est déroulée du 28 au 2 mars 2024.",
         "du 28 au 2 mars 2024", "2024-02-28/2024-03-02"),
        ("Les journées des 3, 4 et 5 mai 2024 furent chargées.",
         "3, 4 et 5 mai 2024", "2024-05-03/2024-05-05"),
        ("Les journées du 5-6 juillet 2024 furent chargées.",
         "du 5-6 juillet 2024", "2024-07-05/2024-07-06"),
        ("Rendez-vous 5 – 6 juillet 2024.", "5 – 6 juillet 2024", "2024-07-05/2024-07-06"),
        ("Le festival se tient du lundi 5 au mercredi 7 mai 2025.",
         "du lundi 5 au mercredi 7 mai 2025", "2025-05-05/2025-05-07"),
        ("La présidence tournante dure de mai à juillet 2024.",
         "de mai à juillet 2024", "2024-05/2024-07"),
        ("La présidence tournante dure d'avril à juin 2024.",
         "d'avril à juin 2024", "2024-04/2024-06"),
        ("Le plan couvre la période de 2016 à 2020.", "de 2016 à 2020", "2016/2020"),
        ("Le plan couvre la période entre 2016 et 2020.", "entre 2016 et 2020", "2016/2020"),
        ("Le plan de consultations 2023-2024 est signé.", "2023-2024", "2023/2024"),
        ("Le plan court de mai 2024 à 2026.", "de mai 2024 à 2026", "2024-05/2026"),
    ],
)  # fmt: skip
def test_ranges(sentence: str, mention: str, expected: str) -> None:
    found = only(sentence)
    assert (found.text, str(found.value), found.form) == (mention, expected, DateForm.RANGE)


def test_range_without_year_resolves_by_its_start() -> None:
    assert value_of("du 5 au 6 juillet") == "XXXX-07-05/XXXX-07-06"
    published = PartialDate(year=2024, month=8, day=1)
    assert value_of("du 5 au 6 juillet", published) == "2024-07-05/2024-07-06"
    # still in progress on the publication day
    published = PartialDate(year=2024, month=3, day=1)
    assert value_of("du 28 février au 2 mars", published) == "2024-02-28/2024-03-02"
    published = PartialDate(year=2025, month=1, day=5)
    assert value_of("du 30 décembre au 2 janvier", published) == "2024-12-30/2025-01-02"


def test_range_crossing_new_year_with_unknown_year_has_no_value() -> None:
    found = only("du 30 décembre au 2 janvier")
    assert found.form is DateForm.RANGE
    assert found.value is None


def test_range_of_one_day_is_that_day() -> None:
    assert value_of("du 5 juillet au 5 juillet 2024") == "2024-07-05"


def test_range_with_weekday_fixes_the_year() -> None:
    published = PartialDate(year=2024, month=6)
    assert value_of("du lundi 5 au mercredi 7 mai", published) == "2025-05-05/2025-05-07"


def test_backward_ranges_are_not_ranges() -> None:
    # "à 2016" right after a number is no year either (as in "de 10 à 2000").
    found = find_dates("de 2020 à 2016")
    assert [(m.text, m.form) for m in found] == [("de 2020", DateForm.YEAR)]
    assert find_dates("2024-2020") == ()


# -- several mentions -----------------------------------------------------------------------


def test_mentions_in_order() -> None:
    text = (
        "Arrivé hier à Alger, le ministre a rappelé l'accord de 2016, puis a signé "
        "le 2 janvier un protocole qui sera révisé en mai 2026."
    )
    found = find_dates(text, published=PUB_DAY)
    assert [(m.text, str(m.value)) for m in found] == [
        ("hier", "2025-01-02"),
        ("de 2016", "2016"),
        ("le 2 janvier", "2025-01-02"),
        ("en mai 2026", "2026-05"),
    ]


def test_spaces_and_line_breaks() -> None:
    assert value_of("le 8  mars   2016") == "2016-03-08"
    assert value_of("le 8\nmars 2016") == "2016-03-08"
    assert [m.text for m in find_dates("le 8\n\nmars 2016")] == ["mars 2016"]


# -- parse_date_phrase -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("le 8 mars 2016", "2016-03-08"),
        ("  le 1er juillet 2024\n", "2024-07-01"),
        ("8 mars 2016", "2016-03-08"),
        ("en mai 2025", "2025-05"),
        ("en 2016", "2016"),
        ("le 10 juin", "XXXX-06-10"),
        ("en juin", "XXXX-06"),
        ("du 5 au 6 juillet 2024", "2024-07-05/2024-07-06"),
        ("22/04/2025", "2025-04-22"),
        ("sept. 2024", "2024-09"),
    ],
)
def test_parse_date_phrase(phrase: str, expected: str) -> None:
    assert parse_date_phrase(phrase) == parse_date_value(expected)


def test_parse_date_phrase_with_publication() -> None:
    assert parse_date_phrase("hier", published=PUB_DAY) == PartialDate(year=2025, month=1, day=2)
    assert parse_date_phrase("le 27 décembre", published=PUB_DAY) == PartialDate.parse(
        "2024-12-27"
    )


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("le 5 mai à Paris", 9, 16),  # the date ends before "à Paris"
        ("n'importe quoi", 0, 14),
        ("le 31 avril 2024", 0, 16),  # no such day
        ("hier", 0, 4),  # relative, no publication date
        ("du 30 décembre au 2 janvier", 0, 27),  # cannot be a DateSpan
        ("", 0, 0),
        ("   ", 0, 3),
    ],
)
def test_parse_date_phrase_errors(phrase: str, start: int, end: int) -> None:
    with pytest.raises(ParseError) as info:
        parse_date_phrase(phrase)
    assert (info.value.start, info.value.end) == (start, max(end, start + 1) if phrase else 1)
    assert "^" in str(info.value)


# -- render_date_phrase ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "phrase"),
    [
        ("2024-07-01", "le 1er juillet 2024"),
        ("2016-03-08", "le 8 mars 2016"),
        ("2025-05", "en mai 2025"),
        ("2025-08", "en août 2025"),
        ("2016", "en 2016"),
        ("XXXX-06-10", "le 10 juin"),
        ("XXXX-06", "en juin"),
        ("0800", "en l'an 800"),
        ("1850", "en l'an 1850"),
        ("0800-05", "en mai de l'an 800"),
        ("2024-07-05/2024-07-06", "du 5 au 6 juillet 2024"),
        ("2024-02-28/2024-03-02", "du 28 février au 2 mars 2024"),
        ("2023-12-30/2024-01-02", "du 30 décembre 2023 au 2 janvier 2024"),
        ("2024-04/2024-06", "d'avril à juin 2024"),
        ("2024-05/2024-07", "de mai à juillet 2024"),
        ("2016/2020", "de 2016 à 2020"),
        ("2016/2024-05-03", "de 2016 au 3 mai 2024"),
        ("2024-05-03/2025", "du 3 mai 2024 à 2025"),
        ("XXXX-07-05/XXXX-07-06", "du 5 au 6 juillet"),
    ],
)
def test_render_date_phrase(value: str, phrase: str) -> None:
    date = parse_date_value(value)
    assert render_date_phrase(date) == phrase
    assert parse_date_phrase(phrase) == date


# -- properties ----------------------------------------------------------------------------


@given(st.text())
def test_find_dates_never_raises_and_slices(text: str) -> None:
    found = find_dates(text, published=PUB_DAY)
    for mention in found:
        assert text[mention.start : mention.end] == mention.text
        assert mention.start < mention.end
    for before, after in itertools.pairwise(found):
        assert before.end <= after.start


_FRENCHISH_PIECES = (
    *"0123456789 /.-,'’\u00a0\n",
    *("le ", "du ", "au ", "et ", "en ", "de ", "l'an ", "mai ", "sept. ", "juin", "lundi "),
    *("hier", "dernier", "2016", "1er ", "entre ", "semaine ", "mi-", "à ", "29 février "),
    *("31 ", "déc", "prochain"),
)
_FRENCHISH = st.lists(st.sampled_from(_FRENCHISH_PIECES), max_size=40).map("".join)


@given(_FRENCHISH, st.one_of(st.none(), ds.partial_dates(min_year=1950, max_year=2100)))
def test_find_dates_on_date_like_text(text: str, published: PartialDate | None) -> None:
    found = find_dates(text, published=published)
    for mention in found:
        assert text[mention.start : mention.end] == mention.text
    for before, after in itertools.pairwise(found):
        assert before.end <= after.start


def _round_trips(value: DateValue) -> bool:
    """Values the renderer promises to read back without a publication date."""
    if isinstance(value, PartialDate):
        return True
    return (value.start.year is None) == (value.end.year is None)


@given(ds.date_values(min_year=1950, max_year=2100))
def test_render_then_parse_round_trips(value: DateValue) -> None:
    assume(_round_trips(value))
    assert parse_date_phrase(render_date_phrase(value)) == value


@given(ds.date_values(min_year=1, max_year=9999))
def test_render_then_parse_round_trips_for_any_year(value: DateValue) -> None:
    assume(_round_trips(value))
    assert parse_date_phrase(render_date_phrase(value)) == value


_TEMPLATES = (
    "Les ministres se sont réunis {} à Genève.",
    "{}, la commission a adopté son rapport.",
    "La déclaration adoptée {} reste en vigueur.",
    "Selon le porte-parole, l'accord signé {} (voir annexe) est appliqué.",
)


@given(ds.date_values(min_year=1950, max_year=2100), st.sampled_from(_TEMPLATES))
def test_rendered_phrase_is_found_in_a_sentence(value: DateValue, template: str) -> None:
    assume(_round_trips(value))
    phrase = render_date_phrase(value)
    if template.startswith("{}"):
        phrase = phrase[0].upper() + phrase[1:]
    sentence = template.format(phrase)
    found = find_dates(sentence)
    assert [(m.text, m.value) for m in found] == [(phrase, value)]
    assert sentence[found[0].start : found[0].end] == phrase


# -- linear time ----------------------------------------------------------------------------


def _cpu_seconds(run: Callable[[], object]) -> float:
    start = time.process_time()
    run()
    return time.process_time() - start


# Not a speed measurement (speed lives in benchmarks/, see docs/performance.md): a
# guard against a pattern that backtracks. On these inputs of 10^5 characters the
# grammar needs well under a second; a quadratic pattern needs hours.
_GUARD_SECONDS = 30.0


_ADVERSARIAL = (
    "1er ",
    "du ",
    "/",
    "1",
    "1 ",
    "1, ",
    "le le ",
    "entre les ",
    "de l'an ",
    "2016-",
    "12/",
    "au mois de ",
    "mi-",
    "lundi ",
    "5 et ",
    "\u00a0",
    "d'ici à ",
)


@settings(deadline=None, max_examples=len(_ADVERSARIAL))
@given(st.sampled_from(_ADVERSARIAL))
def test_find_dates_is_linear(unit: str) -> None:
    text = unit * (100_000 // len(unit))
    assert _cpu_seconds(lambda: find_dates(text)) < _GUARD_SECONDS, unit


def test_find_dates_on_long_prose() -> None:
    paragraph = (
        "Le ministre des Affaires étrangères a reçu mardi son homologue, avec qui il a "
        "passé en revue l'état de la coopération bilatérale et les moyens de la renforcer "
        "dans les domaines de l'énergie, de l'agriculture et de la formation. Les deux "
        "parties ont salué la tenue, les 12 et 13 mai 2024, de la 5e session de la "
        "commission mixte, et ont convenu de se retrouver avant la fin de l'année.\n"
    )
    text = paragraph * 400  # about 180 000 characters
    found = find_dates(text, published=PUB_DAY)
    assert [m.text for m in found[:2]] == ["mardi", "les 12 et 13 mai 2024"]
    assert len(found) == 800
    assert _cpu_seconds(lambda: find_dates(text, published=PUB_DAY)) < _GUARD_SECONDS


_WEEKDAY_WORDS: Final = ("lundi", "jeudi", "mercredi", "vendredi")


def _weekday_values(text: str, published: PartialDate) -> list[str]:
    found = find_dates(text, published=published)
    return [
        str(m.value)
        for m in found
        if m.text.split()[-1].startswith(_WEEKDAY_WORDS)
        or m.text.split()[0].startswith(_WEEKDAY_WORDS)
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a caption above the story states the day: « lundi » is that Monday
        (
            "Les deux présidents à Tachkent, le 3 mars 2025.\nLe président a reçu lundi son hôte.",
            PartialDate(year=2025),
            "2025-03-03",
        ),
        (
            "Signé le 8 mai 2024 à Lomé, l'accord a été approuvé mercredi par les députés.",
            PartialDate(year=2024, month=5),
            "2024-05-08",
        ),
        (
            "Rome, 10 novembre 2023 - Le ministre s'est rendu vendredi dernier à Naples.",
            PartialDate(year=2023, month=11),
            "2023-11-10",
        ),
        # an embedded post's date line, wherever it stands in the page
        (
            "Le président a reçu jeudi à Dakar son homologue gambien.\n"
            "Visite du président gambien — Présidence (@PR_Senegal) May 8, 2025\n",
            PartialDate(year=2025, month=5),
            "2025-05-08",
        ),
    ],
)
def test_weekday_is_the_stated_day_before_it(
    text: str, published: PartialDate, expected: str
) -> None:
    assert _weekday_values(text, published) == [expected]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # the stated day comes after the weekday: the weekday may be another day
        ("Il l'a appelé lundi, après l'entretien du 31 mars 2025.", PartialDate(year=2025)),
        # the stated day is no Thursday
        (
            "Les deux présidents à Tachkent, le 3 mars 2025. Il l'a reçu jeudi.",
            PartialDate(year=2025),
        ),
        # a stated day of another month than the publication's
        (
            "Signé le 8 mai 2024, l'accord a été approuvé mercredi.",
            PartialDate(year=2024, month=6),
        ),
        # « prochain » looks forward
        ("Le 3 mars 2025, il a dit qu'il viendrait lundi prochain.", PartialDate(year=2025)),
        # an embedded post of another weekday, or with no handle before its date
        (
            "Le président a reçu jeudi son homologue.\n— Présidence (@PR_SN) May 9, 2025",
            PartialDate(year=2025, month=5),
        ),
        ("Le président a reçu jeudi son homologue. Publié May 8, 2025", PartialDate(year=2025)),
        # two Mondays stated: which one is meant, the text does not say
        (
            "Le 3 mars 2025 et le 10 mars 2025, ils se sont vus. Il l'a reçu lundi.",
            PartialDate(year=2025, month=3),
        ),
    ],
)
def test_weekday_keeps_what_the_publication_gives(text: str, published: PartialDate) -> None:
    assert _weekday_values(text, published) == [str(published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two weekdays in a row joined by « et », counted back from Friday 3 January
        ("Les ministres ont siégé mercredi et jeudi à Niamey.", ["2025-01-01/2025-01-02"]),
        ("Ils se sont vus le lundi et le mardi.", ["2024-12-30/2024-12-31"]),
        # the publication day itself ends the stretch
        ("Le forum s'est tenu jeudi et vendredi.", ["2025-01-02/2025-01-03"]),
        # « du … au … » joins any two weekdays
        ("La session a duré du lundi au jeudi.", ["2024-12-30/2025-01-02"]),
        # two days apart are two dates, each read on its own
        ("Il a appelé lundi et jeudi son homologue.", ["2024-12-30", "2025-01-02"]),
        # a modifier after the pair is left to each weekday
        ("Ils se sont vus mardi et mercredi derniers.", ["2024-12-31", "2025-01-01"]),
    ],
)
def test_two_weekdays(text: str, expected: list[str]) -> None:
    assert [str(m.value) for m in find_dates(text, published=PUB_DAY)] == expected


def test_two_weekdays_without_a_publication_day_have_no_value() -> None:
    (mention,) = find_dates("réunis mardi et mercredi")
    assert mention.form is DateForm.RANGE
    assert mention.value is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counted from the last day the text told
        (
            "Le ministre est arrivé le 14 mai 2024 à Lomé. La veille, il était à Accra ; "
            "le lendemain, il a gagné Cotonou.",
            ["2024-05-14", "2024-05-13", "2024-05-15"],
        ),
        # a range: the day before its first day, the day after its last
        (
            "La commission a siégé du 10 au 12 mars. Le lendemain, un accord fut paraphé.",
            ["2024-03-10/2024-03-12", "2024-03-13"],
        ),
        # « la veille du … » is no date; « l'avant-veille » counts from the day told
        (
            "La veille du 2 octobre 2024 n'est pas citée ; l'avant-veille, si.",
            ["2024-10-02", "2024-09-30"],
        ),
        # no day told before: counted from the publication (Friday 3 January 2025)
        ("La veille, le ministre avait appelé son homologue.", ["2025-01-02"]),
        # « à la veille de », « au lendemain de » name no date
        ("À la veille du sommet, les ministres se sont parlé.", []),
        ("Au lendemain de l'élection, il a reçu l'ambassadeur.", []),
        ("Au lendemain d'un vote serré, le traité a été ratifié.", []),
        # a weekday of the same sentence is the day told (Friday 3 January 2025)
        (
            "Le président a reçu mardi son homologue, arrivé la veille pour une visite.",
            ["2024-12-31", "2024-12-30"],
        ),
        (
            "Reçu jeudi au palais, le ministre était arrivé la veille au soir.",
            ["2025-01-02", "2025-01-01"],
        ),
        (
            "Hier, les deux ministres ont signé l'accord, paraphé l'avant-veille.",
            ["2025-01-02", "2024-12-31"],
        ),
        # a weekday of the sentence just before is the day told: « la veille » is
        # anaphoric, the day before publication would be « hier »
        (
            "L'attaque a eu lieu dans la nuit de lundi. La veille, le ministre avait appelé.",
            ["2024-12-30", "2024-12-29"],
        ),
        (
            "Mardi matin, la parade a ouvert la fête nationale. La veille au soir, le "
            "président avait dîné avec son hôte kényan.",
            ["2024-12-31", "2024-12-30"],
        ),
        (
            "Le chancelier a quitté Varsovie mercredi.\nLe lendemain, il signait à Prague "
            "un traité de voisinage.",
            ["2025-01-01", "2025-01-02"],
        ),
        (
            "Les délégués ont ouvert la session jeudi à Genève. L'avant-veille, les experts "
            "avaient arrêté le texte.",
            ["2025-01-02", "2024-12-31"],
        ),
        # « le soir même », « le même jour » repeat the day told just before
        (
            "La ministre est arrivée lundi à Quito. Le soir même, elle dînait avec son "
            "homologue équatorien.",
            ["2024-12-30", "2024-12-30"],
        ),
        (
            "Le 12 décembre 2024, le Parlement a voté le texte ; le même jour, le "
            "gouvernement l'a promulgué.",
            ["2024-12-12", "2024-12-12"],
        ),
        # further from any day told, they name none
        ("Le jour même, le ministre a rappelé son ambassadeur.", []),
        (
            "Le sommet s'est ouvert mardi. Les débats furent vifs. Les chefs d'État ont "
            "longuement parlé. Le même jour, les ministres se sont réunis.",
            ["2024-12-31"],
        ),
        # two sentences back, a weekday may be a detail of another story: a stated date
        # or the publication date counts
        (
            "Le vote a eu lieu lundi. Le texte est long. La veille, le ministre avait appelé.",
            ["2024-12-30", "2025-01-02"],
        ),
        (
            "Le 20 décembre 2024, le pacte fut signé. Les ports ont fermé lundi. Rien n'a "
            "bougé depuis. Le lendemain, les ministres se sont revus.",
            ["2024-12-20", "2024-12-30", "2024-12-21"],
        ),
    ],
)
def test_days_counted_from_a_told_day(text: str, expected: list[str]) -> None:
    assert [str(m.value) for m in find_dates(text, published=PUB_DAY)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # « de la même année »: the year of the date told just before
        (
            "Le traité, paraphé au début de 2016, fut ratifié en novembre de la même année.",
            ["2016", "2016-11"],
        ),
        (
            "Les deux chefs d'État se sont vus en mars 2021 à Abidjan, puis le 14 juillet "
            "de cette même année à Accra.",
            ["2021-03", "2021-07-14"],
        ),
        (
            "La frontière fut rouverte en 2019. Le pont fut inauguré en mai de la même "
            "année par les deux présidents.",
            ["2019", "2019-05"],
        ),
        # with no year written before it (in its sentence or the one before), the month
        # is read as usual, against the publication (Friday 3 January 2025)
        ("La ligne aérienne fut ouverte en juin de la même année.", ["2024-06"]),
        (
            "Le port fut agrandi en 2010. Les travaux durèrent. Les quais rouvrirent. "
            "Le terminal ouvrit en juin de la même année.",
            ["2010", "2024-06"],
        ),
        # a month followed by no such phrase keeps its own year
        ("Signé en 2018, l'accord fut amendé en mai dernier.", ["2018", "2024-05"]),
    ],
)
def test_month_of_the_same_year(text: str, expected: list[str]) -> None:
    assert [str(m.value) for m in find_dates(text, published=PUB_DAY)] == expected
