"""The leaders' table (``lang/fr/leaders.tsv``) and its lookups."""

from __future__ import annotations

from itertools import combinations

import pytest

from diplorel._registry import party_or_none
from diplorel._tsv import read_table
from diplorel.extract._text import fold
from diplorel.extract.recognise._leaders import leader_side, leaders, offices


def test_every_row_loads_with_a_registry_party_and_a_term_that_parses() -> None:
    rows = read_table("lang", "fr", "leaders.tsv")
    loaded = leaders()
    assert len(loaded) == len(rows) > 300
    for leader in loaded:
        assert party_or_none(leader.code) is not None, leader
        assert leader.office in offices(), leader
        assert leader.end is None or leader.end >= leader.start, leader
        assert 1950 <= leader.start[0] <= 2026, leader


def test_rows_are_not_repeated() -> None:
    rows = [tuple(row.values()) for row in read_table("lang", "fr", "leaders.tsv")]
    assert len(rows) == len(set(rows))


def _overlap(a: tuple[int, int], a_end: object, b: tuple[int, int], b_end: object) -> bool:
    far = (9999, 12)
    end_a = a_end if isinstance(a_end, tuple) else far
    end_b = b_end if isinstance(b_end, tuple) else far
    return a < end_b and b < end_a


def test_no_name_has_two_parties_over_overlapping_terms() -> None:
    by_name: dict[str, list[tuple[str, tuple[int, int], object]]] = {}
    for leader in leaders():
        by_name.setdefault(fold(leader.name), []).append((leader.code, leader.start, leader.end))
    clashes = [
        (name, a, b)
        for name, terms in by_name.items()
        for a, b in combinations(terms, 2)
        if a[0] != b[0] and _overlap(a[1], a[2], b[1], b[2])
    ]
    assert clashes == []


def test_short_names_are_part_of_the_full_name_and_capitalised() -> None:
    for leader in leaders():
        if leader.short is not None:
            assert fold(leader.short) in fold(leader.name), leader
            assert leader.short[0].isupper(), leader


@pytest.mark.parametrize(
    ("name", "side"),
    [
        ("Abdelmadjid Tebboune", "DZA"),
        ("Abdelmajid Tebboune", "DZA"),
        ("Tebboune", "DZA"),
        ("Mohamed Ould Cheikh El Ghazouani", "MRT"),
        ("Sergueï Lavrov", "RUS"),
        ("Donald Tusk", None),  # EU, then Poland: two parties, no side
        ("Diop", None),  # a common family name: no side alone
        ("Amadou Diallo", None),
        ("", None),
    ],
)
def test_leader_side(name: str, side: str | None) -> None:
    assert leader_side(name) == side
