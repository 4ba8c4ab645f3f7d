"""The phrase patterns: the scanner finds what the plain pattern finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from diplorel.extract._trie import PhraseScanner, compile_phrases

_PHRASES = (
    "accord",
    "accord de cooperation",
    "accords",
    "maroc",
    "l'union africaine",
    "union",
    "etats-unis",
    "co",
    "2e sommet",
)
_PIECES = (
    *("accord", "accords", "de", "cooperation", "maroc", "l'", "union", "africaine"),
    *("etats", "-unis", "co", "2e", "sommet", "x", "é", "œ", "_", "1"),
    *(" ", "  ", ",", ".", "'", "-", "\n", "\u00a0", "(", "«"),
)

texts = st.lists(st.sampled_from(_PIECES), max_size=16).map("".join)


_Found = list[tuple[int, int, str]]


def _plain(pattern: re.Pattern[str], text: str, start: int, end: int) -> _Found:
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text, start, end)]


@settings(max_examples=500)
@given(texts, st.integers(0, 60), st.integers(0, 60))
def test_scanner_finds_what_the_pattern_finds(text: str, start: int, end: int) -> None:
    scanner = PhraseScanner(_PHRASES)
    assert list(scanner.finditer(text, start, end)) == _plain(scanner.pattern, text, start, end)
    assert list(scanner.finditer(text)) == _plain(scanner.pattern, text, 0, len(text))


@given(texts)
def test_phrases_starting_with_a_mark_fall_back_to_the_pattern(text: str) -> None:
    scanner = PhraseScanner([*_PHRASES, "(maroc)", "-unis"])
    assert list(scanner.finditer(text)) == _plain(scanner.pattern, text, 0, len(text))


def test_scanner_examples() -> None:
    scanner = PhraseScanner(_PHRASES)
    text = "L'accord de cooperation entre le maroc et l'union africaine, accords."
    key = text.lower()
    assert [phrase for _s, _e, phrase in scanner.finditer(key)] == [
        "accord de cooperation",
        "maroc",
        "l'union africaine",
        "accords",
    ]
    assert list(scanner.finditer("maroc")) == [(0, 5, "maroc")]
    assert list(scanner.finditer("du maroc", 3)) == [(3, 8, "maroc")]
    assert list(scanner.finditer("du maroc", 4)) == []  # inside a word
    assert list(scanner.finditer("maroc", 0, 4)) == []  # a phrase runs over the end
    assert scanner.pattern.pattern == compile_phrases(_PHRASES).pattern
    assert list(PhraseScanner([]).finditer("accord")) == []
