"""Tests of the public parsers diplorel.parse_party and diplorel.parse_date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import diplorel
from diplorel import DateSpan, ParseError, PartialDate, parse_date, parse_party
from diplorel.extract.recognise._dates import find_dates


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Namibie", "NAM"),
        ("la Namibie", "NAM"),
        ("ONU", "UN"),
        ("UN", "UN"),
        ("Nations unies", "UN"),
        ("OTAN", "NATO"),
        ("NATO", "NATO"),
        ("Otan", "NATO"),
        ("CEDEAO", "ECOWAS"),
        ("Azerbaïdjan", "AZE"),
        ("azerbaidjan", "AZE"),
        ("l'Azerbaïdjan", "AZE"),
        ("l’Azerbaïdjan", "AZE"),
        ("  Maroc  ", "MAR"),
        ("Etats-Unis", "USA"),
        ("les États-Unis", "USA"),
        ("Kosovo", "XKX"),
        ("Mouvement des non-alignés", "MNA"),
        ("Ligue arabe", "LAS"),
        ("Union africaine", "AU"),
        ("UA", "AU"),
        ("AU", "AU"),
        ("marocain", "MAR"),
        ("MAR", "MAR"),
    ],
)
def test_parse_party(text: str, code: str) -> None:
    assert parse_party(text) is diplorel.party(code)


@pytest.mark.parametrize(
    ("text", "start", "end", "words"),
    [
        ("", 0, 1, "found nothing"),
        ("   ", 0, 3, "found nothing"),
        ("Atlantide", 0, 9, "unknown name"),
        ("Maroc et Algérie", 5, 16, "end here (after Maroc)"),
        ("la Namibie du Sud", 10, 17, "end here (after Namibie)"),
        ("ministre du Maroc", 0, 12, "start here (Maroc is named after)"),
        ("Casablanca", 0, 10, "found a city"),
    ],
)
def test_parse_party_errors_point_at_the_problem(
    text: str, start: int, end: int, words: str
) -> None:
    with pytest.raises(ParseError) as caught:
        parse_party(text)
    assert words in caught.value.reason
    assert (caught.value.start, caught.value.end) == (start, end)
    assert "^" in str(caught.value)


def test_parse_party_does_not_read_alpha2_codes_or_lower_case_acronyms() -> None:
    with pytest.raises(ParseError):
        parse_party("MA")
    with pytest.raises(ParseError):
        parse_party("onu")  # acronyms are matched as written, as in articles


def test_parse_party_type_error() -> None:
    with pytest.raises(TypeError, match="takes a str"):
        parse_party(None)  # type: ignore[arg-type]


@given(st.sampled_from(diplorel.all_parties()))
def test_every_state_and_organisation_parses_from_its_code_or_name(
    party: diplorel.Party,
) -> None:
    assert parse_party(party.code) is party
    if party.is_state and party.code not in {"NAM"}:  # every state's CLDR name is a form
        try:
            found = parse_party(party.name)
        except ParseError:
            return  # some CLDR names (territories) are not press forms
        assert found is party or found.is_state


# -- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("6 mars 2025", None, PartialDate(year=2025, month=3, day=6)),
        ("le 10 juin", None, PartialDate(month=6, day=10)),
        ("lundi dernier", "2025-04-22", PartialDate(year=2025, month=4, day=21)),
        ("lundi dernier", dt.date(2025, 4, 22), PartialDate(year=2025, month=4, day=21)),
        ("hier", "2025-04-22T08:00:00Z", PartialDate(year=2025, month=4, day=21)),
        (
            "les 5 et 6 juillet 2024",
            None,
            DateSpan(
                start=PartialDate(year=2024, month=7, day=5),
                end=PartialDate(year=2024, month=7, day=6),
            ),
        ),
        ("en juin 2025", None, PartialDate(year=2025, month=6)),
    ],
)
def test_parse_date(text: str, published: object, expected: object) -> None:
    assert parse_date(text, published=published) == expected


@pytest.mark.parametrize(
    ("text", "published", "words"),
    [
        ("hier", None, "needs a publication date"),
        ("6 mars 2025 à Rabat", None, "end here"),
        ("demain matin peut-être", None, "date expression"),
        ("", None, "found nothing"),
        ("le 31 février 2025", None, "date"),
    ],
)
def test_parse_date_errors(text: str, published: object, words: str) -> None:
    with pytest.raises(ParseError, match=words):
        parse_date(text, published=published)


def test_parse_date_bad_publication_dates() -> None:
    with pytest.raises(ParseError, match="published"):
        parse_date("hier", published="la veille")
    with pytest.raises(TypeError):
        parse_date("hier", published=20250422)
    with pytest.raises(TypeError):
        parse_date(20250422)  # type: ignore[arg-type]


@given(
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
)
def test_parse_date_agrees_with_the_extractor(day: dt.date) -> None:
    months = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ]
    phrase = f"{day.day} {months[day.month - 1]} {day.year}"
    found = find_dates(f"Signé le {phrase} à Rabat.")
    assert [m.value for m in found] == [parse_date(phrase)]
    assert parse_date(phrase) == PartialDate(year=day.year, month=day.month, day=day.day)
