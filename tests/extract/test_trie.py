"""The one trie builder: whole-word phrase matching, longest phrase first."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from diplorel.extract._trie import Trie, compile_phrases, insert, trie_pattern

_WORDS = st.text(alphabet="abcé-. ", min_size=1, max_size=8).map(str.strip).filter(bool)


def _naive(phrases: list[str]) -> re.Pattern[str]:
    """The flat alternation the trie replaces, longest phrases first."""
    body = "|".join(re.escape(p) for p in sorted(set(phrases), key=lambda p: (-len(p), p)))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


def test_a_longer_phrase_wins_over_its_prefix() -> None:
    pattern = compile_phrases(["union", "union africaine", "union européenne"])
    assert [m.group() for m in pattern.finditer("l'union africaine et l'union")] == [
        "union africaine",
        "union",
    ]


def test_no_match_inside_a_word() -> None:
    pattern = compile_phrases(["mali", "oman"])
    assert pattern.search("somalien romand") is None
    assert pattern.search("au Mali".lower()) is not None


def test_no_phrase_matches_nothing() -> None:
    assert compile_phrases([]).search("tout texte") is None
    assert compile_phrases(["", ""]).search("tout texte") is None


@given(st.lists(_WORDS, min_size=1, max_size=6), st.lists(_WORDS, max_size=6))
def test_same_matches_as_a_flat_alternation(phrases: list[str], filler: list[str]) -> None:
    text = " ; ".join(filler + phrases + filler)
    expected = [m.span() for m in _naive(phrases).finditer(text)]
    assert [m.span() for m in compile_phrases(phrases).finditer(text)] == expected


@given(st.lists(st.text(alphabet="ABCÉ", min_size=1, max_size=4), min_size=1, max_size=6))
def test_rare_starts_gives_the_same_matches(phrases: list[str]) -> None:
    text = " ".join(phrases) + " xABC ABCx " + " ".join(reversed(phrases))
    plain = [m.span() for m in compile_phrases(phrases).finditer(text)]
    assert [m.span() for m in compile_phrases(phrases, rare_starts=True).finditer(text)] == plain


def test_atoms_are_regular_expressions() -> None:
    trie: Trie = {}
    insert(trie, ["[eé]", "t", "[eé]"])
    insert(trie, ["[eé]", "t", "[eé]", "s"])
    pattern = re.compile(trie_pattern(trie))
    assert pattern.fullmatch("été")
    assert pattern.fullmatch("etes")
    assert pattern.fullmatch("eta") is None
