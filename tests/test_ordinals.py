"""Tests of the ordinal recogniser: French ordinals in digits, Roman numerals and words."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplorel._tsv import read_table
from diplorel.errors import ParseError
from diplorel.extract.recognise._ordinals import OrdinalMention, find_ordinals, parse_ordinal


def found(text: str) -> list[tuple[str, int]]:
    return [(m.text, m.value) for m in find_ordinals(text)]


# -- digits ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1er", 1),
        ("1re", 1),
        ("1ère", 1),
        ("1ere", 1),
        ("1ers", 1),
        ("1ᵉʳ", 1),
        ("1ʳᵉ", 1),
        ("2e", 2),
        ("2ème", 2),
        ("2è", 2),
        ("2eme", 2),
        ("2nd", 2),
        ("2nde", 2),
        ("2ᵉ", 2),
        ("2es", 2),
        ("2èmes", 2),
        ("21e", 21),
        ("150e", 150),
        ("1000e", 1000),
    ],
)
def test_digits(text: str, value: int) -> None:
    assert parse_ordinal(text) == value
    assert found(f"La {text} réunion a eu lieu.") == [(text, value)]


@pytest.mark.parametrize("text", ["3er", "2re", "3nd", "1nd", "0e", "2x", "e2", "12"])
def test_digits_with_a_wrong_suffix(text: str) -> None:
    assert find_ordinals(f"la {text} session") == ()
    with pytest.raises(ParseError):
        parse_ordinal(text)


# -- Roman numerals ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ier", 1),
        ("Ire", 1),
        ("IIe", 2),
        ("IIème", 2),
        ("IIIe", 3),
        ("IVe", 4),
        ("Ve", 5),
        ("VIe", 6),
        ("IXe", 9),
        ("Xe", 10),
        ("XIIe", 12),
        ("XIVe", 14),
        ("XXIe", 21),
        ("XXIᵉ", 21),
        ("XLe", 40),
        ("LXe", 60),
        ("XCIXe", 99),
        ("MCMXCIVe", 1994),
    ],
)
def test_roman(text: str, value: int) -> None:
    assert parse_ordinal(text) == value
    assert found(f"Le {text} congrès s'ouvre.") == [(text, value)]


@pytest.mark.parametrize(
    "text",
    [
        "Le Maroc et la France",
        "LE MAROC",
        "De Gaulle",
        "Me Dupont",
        "Cie",
        "Louis XIV reçut les ambassadeurs",
        "le roi Mohammed VI",
        "la phase I du projet",
        "IIIIe",
        "VVe",
        "IIe2",
        "xiie",
        "Ie",
        "IInd",
        "MDe",
    ],
)
def test_not_roman_ordinals(text: str) -> None:
    assert find_ordinals(text) == ()


# -- words ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("premier", 1),
        ("première", 1),
        ("premiers", 1),
        ("premières", 1),
        ("Première", 1),
        ("premiere", 1),
        ("second", 2),
        ("seconde", 2),
        ("secondes", 2),
        ("deuxième", 2),
        ("deuxièmes", 2),
        ("deuxieme", 2),
        ("troisième", 3),
        ("cinquième", 5),
        ("neuvième", 9),
        ("dix-septième", 17),
        ("dix septième", 17),
        ("vingtième", 20),
        ("vingt et unième", 21),
        ("vingt-et-unième", 21),
        ("vingt-deuxième", 22),
        ("vingt deuxième", 22),
        ("trentième", 30),
        ("trente et unième", 31),
        ("cinquantième", 50),
        ("soixante-dixième", 70),
        ("soixante et onzième", 71),
        ("quatre-vingtième", 80),
        ("quatre-vingt-unième", 81),
        ("quatre-vingt-dix-neuvième", 99),
        ("centième", 100),
        ("VINGTIÈME", 20),
    ],
)
def test_words(text: str, value: int) -> None:
    assert parse_ordinal(text) == value
    assert found(f"Pour la {text} fois, les parties se réunissent.") == [(text, value)]


def test_titles_are_not_ordinals() -> None:
    assert find_ordinals("Le Premier ministre a reçu la première dame.") == ()
    assert find_ordinals("Les premiers ministres se sont réunis.") == ()
    assert found("le premier ministre et le premier sommet") == [("premier", 1)]


def test_words_are_matched_whole() -> None:
    assert find_ordinals("premierement, la deuxièmement") == ()
    assert find_ordinals("Les secondaires et les troisièmement") == ()


def test_several_ordinals_in_order() -> None:
    text = "Après la 1re session et le IIe forum, la troisième réunion suit la 2nde."
    assert found(text) == [("1re", 1), ("IIe", 2), ("troisième", 3), ("2nde", 2)]


# -- parse_ordinal errors ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("le 2e", 0, 2),
        ("2e session", 2, 10),
        ("", 0, 1),
        ("Le", 0, 2),
        ("3er", 0, 3),
    ],
)
def test_parse_ordinal_errors(text: str, start: int, end: int) -> None:
    with pytest.raises(ParseError) as info:
        parse_ordinal(text)
    assert (info.value.start, info.value.end) == (start, end)


def test_parse_ordinal_allows_surrounding_spaces() -> None:
    assert parse_ordinal("  IIIe\n") == 3


# -- data ----------------------------------------------------------------------------------


def test_ordinal_table_covers_one_to_one_hundred() -> None:
    values = {int(row["value"]) for row in read_table("lang", "fr", "ordinals.tsv")}
    assert values == set(range(1, 101))
    for row in read_table("lang", "fr", "ordinals.tsv"):
        assert parse_ordinal(row["form"]) == int(row["value"])


# -- properties ----------------------------------------------------------------------------


@given(st.integers(min_value=1, max_value=10**6))
def test_digits_with_e(n: int) -> None:
    assert parse_ordinal(f"{n}e") == n
    assert parse_ordinal(f"{n}ème") == n


def _roman(n: int) -> str:
    table = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ]
    out = ""
    for value, letters in table:
        while n >= value:
            out += letters
            n -= value
    return out


@given(st.integers(min_value=2, max_value=3999))
def test_roman_numerals_read_back(n: int) -> None:
    numeral = _roman(n)
    if not set(numeral) & set("IVX"):
        with pytest.raises(ParseError):
            parse_ordinal(numeral + "e")
    else:
        assert parse_ordinal(numeral + "e") == n


@given(st.text())
def test_find_ordinals_slices(text: str) -> None:
    mentions = find_ordinals(text)
    for mention in mentions:
        assert isinstance(mention, OrdinalMention)
        assert text[mention.start : mention.end] == mention.text
        assert mention.value >= 1
    for before, after in itertools.pairwise(mentions):
        assert before.end <= after.start


def _cpu_seconds(run: Callable[[], object]) -> float:
    start = time.process_time()
    run()
    return time.process_time() - start


@settings(deadline=None)
@given(st.sampled_from(["I", "1", "IIe ", "M", "MDCL", "vingt-", "1e", "premier "]))
def test_find_ordinals_is_linear(unit: str) -> None:
    # Not a speed measurement (see benchmarks/): a guard against a backtracking
    # pattern. 10^5 characters take well under a second; a quadratic pattern, hours.
    text = unit * (100_000 // len(unit))
    assert _cpu_seconds(lambda: find_ordinals(text)) < 30.0, unit
