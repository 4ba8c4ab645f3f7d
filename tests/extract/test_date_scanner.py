"""The date scanner's fast search finds what the plain scanner finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from diplorel.extract.recognise._dates import _grammar, find_dates, lower

_PIECES = (
    *("le", "du", "au", "de", "en", "à", "mi", "fin", "l'an", "jusqu'au", "d'ici"),
    *("3", "1er", "12", "2024", "1999", "05/06/2023", "5e", "150", "1,5"),
    *("mai", "juin", "sept.", "sept", "août", "lundi", "hier", "demain", "semaine", "mois"),
    *("dernier", "prochain", "cette", "année", "ans", "plus", "x", "é", "_"),
    *(" ", "  ", ",", ".", "-", "'", "\n", "\u00a0", "(", "–"),
)

texts = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)


@settings(max_examples=400)
@given(texts, st.integers(0, 40))
def test_search_is_the_scanners(text: str, pos: int) -> None:
    grammar = _grammar()
    lowered = lower(text)
    plain = grammar.scanner.search(lowered, pos)
    fast = grammar.search(lowered, pos)
    if plain is None:
        assert fast is None
    else:
        assert fast is not None
        m, start = fast
        assert start == plain.start()
        assert m.end() == plain.end()
        assert m.lastgroup == plain.lastgroup
        assert m.groupdict() == plain.groupdict()


def test_dates_at_the_start_and_after_marks() -> None:
    found = find_dates("3 mai 2024, puis (le 5 juin 2024) et «hier»")
    assert [m.text for m in found] == ["3 mai 2024", "le 5 juin 2024", "hier"]
    assert [m.start for m in found] == [0, 18, 38]
