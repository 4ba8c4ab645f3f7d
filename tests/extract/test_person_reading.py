"""The persons' reading made cheaper (speed16): each cheaper test against the one it replaced."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from diplorel.extract._text import prepare
from diplorel.extract.recognise import _mentions
from diplorel.extract.recognise._mentions import (
    _ELIDED_PRONOUN,
    _NAME,
    _after_place_noun,
    _name_words,
)

_PIECES = (
    *("Jean", "JEAN", "Paul", "DE", "de", "la", "al-", "Sissi", "L'a", "M'a", "L'", "Lê", "Võ"),
    *("ONU", "France", "Le", "Ministre", "A.", "K.", "Çavuşoğlu", "NGUYỄN", "X", "Ould", "Ben"),
    *("aéroport", "l'aéroport", "international", "stade", "l'université", "d'", "'", "-"),
    *(" ", " ", " ", ", ", ". ", "\n", "«", "1"),
)
texts = st.lists(st.sampled_from(_PIECES), max_size=18).map("".join)


@settings(max_examples=400)
@given(texts, st.sets(st.integers(0, 80), max_size=12))
def test_a_names_capitals_read_on_its_span(text: str, covered: set[int]) -> None:
    """The words kept of a name are consecutive, one blank apart, and each has a cased
    letter: the whole span is in capitals exactly when each word is."""
    prepared = prepare(text)
    text, key = prepared.text, prepared.key
    for match in _NAME.finditer(text):
        kept = _name_words(text, key, match.group(), match.start(), covered)
        if not kept:
            continue
        span = text[kept[0][0] : kept[-1][1]]
        assert span == " ".join(text[s:e] for s, e in kept)
        assert span.isupper() == all(text[s:e].isupper() for s, e in kept)


@settings(max_examples=400)
@given(texts)
def test_the_elided_pronoun_is_tried_only_after_its_opening(text: str) -> None:
    """Every match of the elided pronoun starts with one of its openings."""
    for at in range(len(text)):
        for end in range(at, len(text) + 1):
            if _ELIDED_PRONOUN.match(text, at, end) is not None:
                assert text.startswith(_mentions._ELIDED_OPENINGS, at, end)


@settings(max_examples=400)
@given(texts, st.integers(0, 90))
def test_the_place_noun_before_a_name(text: str, start: int) -> None:
    """:func:`_after_place_noun` reads the word after its last apostrophe as the split
    on it did."""
    key = text.lower()
    start = min(start, len(key))
    words = key[max(0, start - 40) : start].split()
    expected = any(w.rsplit("'", maxsplit=1)[-1] in _mentions._PLACE_NOUNS for w in words[-2:])
    assert _after_place_noun(key, start) == expected


def test_capitals_examples() -> None:
    """A name in capitals and one that is not, read on its span."""
    text = "le ministre JEAN DE LA FONTAINE et le ministre Jean DUPONT"
    spans = [m.group() for m in _NAME.finditer(text)]
    assert [s.isupper() for s in spans] == [True, False]
