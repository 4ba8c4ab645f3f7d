"""The guarded and word-start searches find what the plain patterns find."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplorel.extract import _assemble, _gatherings, _statements
from diplorel.extract._guard import Guarded, WordStart, sentences_with
from diplorel.extract._text import prepare
from diplorel.extract.rules import _attributes

_WRAPPED: dict[str, Guarded | WordStart] = {
    "support": _assemble._SUPPORT_FAST,
    "expanded": _assemble._EXPANDED_FAST,
    "topic": _attributes._TOPIC_SCAN,
    "margin": _attributes._MARGIN_GUARDED,
    "not-acting": _attributes._NOT_ACTING_SCAN,
    "attending": _attributes._ATTENDING_GUARDED,
    "as-for": _attributes._AS_FOR_GUARDED,
    "relations": _attributes._RELATIONS_GUARDED,
    "led-by": _attributes._LED_BY_GUARDED,
    "statement-verb": _statements._VERB_SCAN,
    "gathering": _gatherings._GATHERING_SCAN,
}

_SEPARATORS = (" ", " ", " ", ",", ".", "'", "-", "\n", "(", "«", "_", "1", "x", "é", "œ")


def _pieces(wrapped: Guarded | WordStart) -> list[str]:
    """Words of the pattern's own alternatives, whole and cut, to build texts from."""
    source = wrapped.pattern.pattern.replace("\\ ", " ")
    words = sorted(set(re.findall(r"[a-z][a-z' -]*[a-z']", source)))
    return [*words, *(w.split()[0] for w in words), *(w[1:] for w in words)]


def _found(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", sorted(_WRAPPED))
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_wrapped_pattern_finds_what_the_plain_one_finds(name: str, data: st.DataObject) -> None:
    wrapped = _WRAPPED[name]
    pieces = st.sampled_from(_pieces(wrapped)) | st.sampled_from(_SEPARATORS)
    text = "".join(data.draw(st.lists(pieces, max_size=14)))
    start = data.draw(st.integers(0, len(text) + 2))
    end = data.draw(st.integers(0, len(text) + 2))
    plain = wrapped.pattern
    assert _found(wrapped.finditer(text, start, end)) == _found(plain.finditer(text, start, end))
    fast, slow = wrapped.search(text, start, end), plain.search(text, start, end)
    assert _found([fast] if fast else []) == _found([slow] if slow else [])
    whole = wrapped.search(text)
    assert (whole and whole.span()) == ((m := plain.search(text)) and m.span())


def test_word_start_finds_a_word_at_the_start_and_after_a_mark() -> None:
    scan = WordStart(re.compile(r"\b(?:accord|accords)\b"))
    assert [m.span() for m in scan.finditer("accords, raccord (accord)")] == [(0, 7), (18, 24)]
    assert scan.search("le raccord") is None
    assert scan.search("un accord", 3) is not None  # the blank before is read, as \b reads it
    assert scan.search("un accord", 4) is None


def test_wrappers_refuse_what_they_cannot_keep_equal() -> None:
    with pytest.raises(ValueError, match="start with"):
        WordStart(re.compile(r"(?:accord)\b"))
    with pytest.raises(ValueError, match="words"):
        Guarded(re.compile(r"\baccord\b"), [])


def test_sentences_with_are_those_where_a_word_starts() -> None:
    prepared = prepare("Les deux pays ont signé. Rien ici. Son homologue était là. Les deux.")
    assert sentences_with(prepared, ["les deux", "son homologue"]) == {0, 2, 3}
    assert sentences_with(prepared, ["absent"]) == frozenset()


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["Les deux", " pays", ". ", "son homologue", "x", "\n\n"])))
def test_a_sentence_where_the_pattern_matches_is_among_them(pieces: list[str]) -> None:
    prepared = prepare("".join(pieces))
    pattern = re.compile(r"\b(?:les deux|son homologue)\b")
    guarded = sentences_with(prepared, ["les deux", "son homologue"])
    for index, sentence in enumerate(prepared.sentences):
        if pattern.search(prepared.key, sentence.start, sentence.end):
            assert index in guarded


def test_a_guard_looks_for_fewer_words() -> None:
    pattern = re.compile(r"\bx")
    assert Guarded(pattern, ["en marge du", "en marge de la", "en marge des"]).words == (
        "en marge d",
    )
    assert Guarded(pattern, ["quant a", "quant au", "quant aux", "vu"]).words == ("quant a", "vu")


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_possible_is_whether_a_word_lies_within_the_bounds(data: st.DataObject) -> None:
    guard = Guarded(re.compile(r"\b(?:aba|ba|abab)\b"), ["aba", "ba", "abab"])
    texts = [
        "".join(data.draw(st.lists(st.sampled_from(["a", "b", "ab", " "]), max_size=12)))
        for _ in range(2)
    ]
    for _ in range(6):  # the two texts in turn: each searched again after the other
        text = data.draw(st.sampled_from(texts))
        pos = data.draw(st.integers(-3, len(text) + 2))
        endpos = data.draw(st.integers(-3, len(text) + 2))
        expected = any(text.find(w, max(pos, 0), endpos) >= 0 for w in ("aba", "ba", "abab"))
        assert guard.possible(text, pos, endpos) is expected


def test_a_guard_made_later_is_scanned_too() -> None:
    text = "un accord ici"
    first = Guarded(re.compile(r"\baccord\b"), ["accord"])
    assert first.possible(text, 0, len(text))
    later = Guarded(re.compile(r"\bici\b"), ["ici"])
    assert later.possible(text, 0, len(text))
    assert not later.possible(text, 0, 12)
