"""The phrase index: each list's matches are those of its plain pattern, in one pass."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from diplorel.extract._trie import PhraseIndex, WordScan, compile_phrases

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
_OTHERS = ("cooperation", "union africaine", "accord de", "maroc et", "unis", "-unis", "(maroc)")
_PIECES = (
    *("accord", "accords", "de", "cooperation", "maroc", "l'", "union", "africaine"),
    *("etats", "-unis", "co", "2e", "sommet", "x", "é", "œ", "_", "1", "et"),
    *(" ", "  ", ",", ".", "'", "-", "\n", "\u00a0", "(", ")", "«"),
)

texts = st.lists(st.sampled_from(_PIECES), max_size=16).map("".join)

_Found = list[tuple[int, int, str]]


def _plain(pattern: re.Pattern[str], text: str, start: int, end: int) -> _Found:
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text, start, end)]


_INDEX = PhraseIndex({"a": _PHRASES, "b": _OTHERS, "empty": ()})
_PATTERNS = {"a": compile_phrases(_PHRASES), "b": compile_phrases(_OTHERS)}


@settings(max_examples=500)
@given(texts, st.integers(0, 60), st.integers(0, 60), st.integers(0, 60), st.integers(0, 60))
def test_each_list_finds_what_its_pattern_finds(
    text: str, start: int, end: int, inner_start: int, inner_end: int
) -> None:
    whole = _INDEX.scan(text)
    stretch = _INDEX.scan(text, start, end)
    inner_start, inner_end = max(start, inner_start), min(end, inner_end)
    for name, pattern in _PATTERNS.items():
        assert whole.matches(name) == _plain(pattern, text, 0, len(text))
        assert whole.matches(name, start, end) == _plain(pattern, text, start, end)
        assert stretch.matches(name, start, end) == _plain(pattern, text, start, end)
        assert stretch.matches(name, inner_start, inner_end) == _plain(
            pattern, text, inner_start, inner_end
        )
    assert whole.matches("empty") == []


@given(texts)
def test_a_scan_of_some_lists_finds_only_theirs(text: str) -> None:
    hits = _INDEX.scan(text, names=("b",))
    assert hits.matches("a") == []
    assert hits.matches("b") == _plain(_PATTERNS["b"], text, 0, len(text))


def test_index_examples() -> None:
    text = "L'accord de cooperation entre le maroc et l'union africaine, accords."
    hits = _INDEX.scan(text.lower())
    assert [phrase for _s, _e, phrase in hits.matches("a")] == [
        "accord de cooperation",
        "maroc",
        "l'union africaine",
        "accords",
    ]
    assert [phrase for _s, _e, phrase in hits.matches("b")] == [
        "accord de",
        "cooperation",
        "maroc et",
        "union africaine",
    ]
    assert _INDEX.scan("maroc").matches("a") == [(0, 5, "maroc")]
    assert _INDEX.scan("du maroc").matches("a", 3) == [(3, 8, "maroc")]
    assert _INDEX.scan("du maroc", 3).matches("a", 3) == [(3, 8, "maroc")]
    assert _INDEX.scan("du maroc", 4).matches("a", 4) == []  # inside a word
    assert _INDEX.scan("du maroc").matches("a", 4) == []
    assert _INDEX.scan("maroc", 0, 4).matches("a", 0, 4) == []  # runs over the end
    assert _INDEX.scan("marocain").matches("a") == []
    assert _INDEX.scan("maroc", 0, 99).matches("a", 0, 99) == [(0, 5, "maroc")]
    assert PhraseIndex({}).scan("accord").matches("a") == []
    assert PhraseIndex({"a": ["", ""]}).scan("accord").matches("a") == []


def _found_one_by_one(text: str, word: str) -> list[int]:
    out = []
    at = text.find(word)
    while at != -1:
        out.append(at)
        at = text.find(word, at + len(word))
    return out


_SCAN_WORDS = ("aa", "aaa", "aba", "ab", "é", "éé", "a é", "œa", "aa")
_SCAN = WordScan((*_SCAN_WORDS, ""))
_SCAN_TEXTS = st.lists(st.sampled_from(("a", "b", "é", "œ", " ", "aa", "ab")), max_size=24).map(
    "".join
)


@settings(max_examples=500)
@given(_SCAN_TEXTS)
def test_a_word_scan_finds_what_str_find_finds(text: str) -> None:
    positions = _SCAN.positions(text)
    for word in _SCAN_WORDS:
        assert positions.get(word, []) == _found_one_by_one(text, word)
    assert "" not in positions
    assert set(positions) <= _SCAN.known


def test_word_scan_examples() -> None:
    assert _SCAN.positions("aaaa ébaba") == {
        "aa": [0, 2],
        "aaa": [0],
        "é": [5],
        "ab": [7],
        "aba": [7],
        "a é": [3],
    }
    assert WordScan(()).positions("aa") == {}
    assert "" not in _SCAN.known
