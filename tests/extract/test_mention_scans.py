"""The acronyms and the honorific openings are found by one Aho–Corasick pass per text;
what is read from it is what the patterns they replace find in any stretch."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from diplorel.extract._text import prepare
from diplorel.extract._words import forms
from diplorel.extract.recognise._lexicon import Lexicon, lexicon
from diplorel.extract.recognise._mentions import (
    _any_honorific,
    _prefixes,
    find_parties,
    find_persons,
)

LEX = lexicon()

_ACRONYM_PIECES = (
    *("UE", "UEMOA", "ONU", "OTAN", "G-20", "G-7", "CEN-SAD", "Cen-Sad", "ue", "onu", "G"),
    *("-", "20", "7", " ", ", ", ". ", "'", "l'", "a", "É", "_", "\u00a0", "\n", "\u0100"),
)

# The pattern the honorific scan replaced: an opening at a word start, « Mme » ending a
# word (the end of the stretch searched ending one).
_HONORIFIC_PATTERN = re.compile(
    r"M(?<!\wM)(?:\.|M\.|me\b)|S(?<!\wS)\.E|"
    + "|".join(
        f"{re.escape(word[0])}(?<!\\w{re.escape(word[0])}){re.escape(word[1:])}"
        for value in ("excellency", "title")
        for word in forms("recognise.persons", value, folded=False)
    )
)
_HONORIFIC_PIECES = (
    *("M", "M.", "MM.", "Mme", "Mmes", "S.E", "S", "Son Excellence", "Monsieur", "Madame"),
    *("aM.", "_Mme", "2S.E", "e", " ", " ", ", ", ".", "'", "É", "\u00a0", "\n", "\u0100"),
)


def _bounds(data: st.DataObject, size: int) -> tuple[int, int]:
    """Search bounds drawn within a text of ``size`` characters."""
    start = data.draw(st.integers(0, size))
    return start, data.draw(st.integers(start, size))


@given(st.lists(st.sampled_from(_ACRONYM_PIECES), max_size=30), st.data())
def test_acronym_scan_matches_what_the_pattern_matches(
    pieces: list[str], data: st.DataObject
) -> None:
    prepared = prepare("".join(pieces))
    start, end = _bounds(data, len(prepared.text))
    expected = [
        (m.start(), m.end(), m.group()) for m in LEX.acronyms.finditer(prepared.text, start, end)
    ]
    assert LEX.acronym_hits(prepared).matches("acronym", start, end) == expected


@given(st.lists(st.sampled_from(_HONORIFIC_PIECES), max_size=30), st.data())
def test_honorific_scan_finds_what_the_pattern_finds(
    pieces: list[str], data: st.DataObject
) -> None:
    prepared = prepare("".join(pieces))
    start, end = _bounds(data, len(prepared.text))
    expected = _HONORIFIC_PATTERN.search(prepared.text, start, end) is not None
    assert _any_honorific(prepared, start, end) is expected


def test_acronyms_are_parties_with_their_case_and_longest_form() -> None:
    prepared = prepare("L'UE et l'ONU saluent l'UEMOA ; la ue et l'onu ne comptent pas.")
    found = find_parties(prepared, LEX, 0, len(prepared.text))
    acronyms = [(prepared.text[m.start : m.end], m.detail) for m in found if m.detail == "acronym"]
    assert acronyms == [("UE", "acronym"), ("ONU", "acronym"), ("UEMOA", "acronym")]


def test_a_person_with_an_honorific_and_no_role_is_found_and_mmes_opens_none() -> None:
    text = "Hier, Mme Aurore Vaillancourt a parlé. Mmes Aurore et Zélie Dubreuil ont ri."
    prepared = prepare(text)
    first, second = prepared.sentences
    found = find_persons(prepared, first.start, first.end, [])
    assert [person.name for person in found] == ["Aurore Vaillancourt"]
    assert not _any_honorific(prepared, second.start, second.end)
    assert find_persons(prepared, second.start, second.end, []) == []


def _prefixes_walked(key: str, lex: Lexicon, start: int, end: int) -> list[tuple[int, int]]:
    """The word before each hyphen walked back character by character (the first way)."""
    out = []
    for hyphen in re.finditer(r"-(?=\w)", key[:end]):
        stop = hyphen.start()
        if stop < start:
            continue
        begin, floor = stop, max(start, stop - lex.prefix_longest - 1)
        while begin > floor and (key[begin - 1].isalnum() or key[begin - 1] == "_"):
            begin -= 1
        if begin == stop or (begin and (key[begin - 1].isalnum() or key[begin - 1] == "_")):
            continue
        if key[begin:stop] in lex.prefix_entries:
            out.append((begin, stop))
    return out


@settings(max_examples=300)
@given(
    st.lists(
        st.sampled_from(("franco", "sino", "x", "-", " ", "_", "é", "2", "anglo", "o")),
        max_size=14,
    ).map("".join),
    st.integers(0, 6),
    st.integers(0, 40),
)
def test_prefixes_are_the_walked_ones(key: str, start: int, end: int) -> None:
    lex = lexicon()
    found = [(begin, stop) for begin, stop, *_ in _prefixes(key, lex, start, end)]
    assert found == _prefixes_walked(key, lex, start, end)
