"""Tests of diplorel.model._span: a span's bounds, its text and its overlap test.

The basic repr and the field errors are in ``test_model_event.py``; this module
pins the invariants that hold for every span (properties) and the edge cases of
``Span.of`` and ``overlaps``.
"""

from __future__ import annotations

import re

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplorel.errors import InvalidValueError
from diplorel.model import Span

TEXT = "Le Kenya et le Pérou ont signé hier à Lima un mémorandum d'entente."


@st.composite
def _bounds(draw: st.DrawFn, size: int = len(TEXT)) -> tuple[int, int]:
    start = draw(st.integers(0, size))
    end = draw(st.integers(start, size))
    return start, end


@settings(max_examples=150, deadline=None)
@given(_bounds())
def test_of_slices_the_source(bounds: tuple[int, int]) -> None:
    start, end = bounds
    span = Span.of(TEXT, start, end)
    assert TEXT[span.start : span.end] == span.text
    assert len(span) == end - start == len(span.text)
    assert span == Span(start=start, end=end, text=TEXT[start:end])
    assert hash(span) == hash(Span.of(TEXT, start, end))


@settings(max_examples=200, deadline=None)
@given(_bounds(), _bounds())
def test_overlap_is_sharing_a_character(one: tuple[int, int], two: tuple[int, int]) -> None:
    a, b = Span.of(TEXT, *one), Span.of(TEXT, *two)
    shared = set(range(*one)) & set(range(*two))
    assert a.overlaps(b) is bool(shared)
    assert a.overlaps(b) is b.overlaps(a)


def test_an_empty_span_overlaps_nothing() -> None:
    empty = Span.of(TEXT, 10, 10)
    assert empty.text == ""
    assert len(empty) == 0
    assert not empty.overlaps(empty)
    assert not empty.overlaps(Span.of(TEXT, 0, len(TEXT)))


def test_touching_spans_do_not_overlap_but_one_shared_character_does() -> None:
    kenya = Span.of(TEXT, TEXT.index("Kenya"), TEXT.index("Kenya") + 5)
    after = Span.of(TEXT, kenya.end, kenya.end + 3)
    before = Span.of(TEXT, kenya.start - 3, kenya.start)
    assert not kenya.overlaps(after)
    assert not kenya.overlaps(before)
    assert kenya.overlaps(Span.of(TEXT, kenya.end - 1, kenya.end + 3))
    assert kenya.overlaps(Span.of(TEXT, kenya.start - 3, kenya.start + 1))
    assert kenya.overlaps(Span.of(TEXT, kenya.start + 1, kenya.start + 2))  # inside


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (5, 4), (0, len(TEXT) + 1), (80, 90)])
def test_of_refuses_bounds_outside_the_source(start: int, end: int) -> None:
    with pytest.raises(
        InvalidValueError, match=re.escape(f"span {start}..{end} does not fit a text of")
    ):
        Span.of(TEXT, start, end)


def test_of_accepts_the_whole_text_and_its_end() -> None:
    assert Span.of(TEXT, 0, len(TEXT)).text == TEXT
    assert Span.of(TEXT, len(TEXT), len(TEXT)).text == ""


@pytest.mark.parametrize("value", [1.0, "3", None, False])
def test_offsets_must_be_plain_ints(value: object) -> None:
    with pytest.raises(InvalidValueError, match="end must be a non-negative int"):
        Span(start=0, end=value, text="")  # type: ignore[arg-type]


def test_text_must_be_a_string_and_fit_the_bounds() -> None:
    with pytest.raises(TypeError):
        Span(start=0, end=1, text=b"x")  # type: ignore[arg-type]
    with pytest.raises(
        InvalidValueError, match=re.escape("has 3 characters, but the span 0..2 has 2")
    ):
        Span(start=0, end=2, text="abc")


def test_spans_are_frozen_and_evolve_is_checked() -> None:
    span = Span.of(TEXT, 3, 8)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 4  # type: ignore[misc]
    with pytest.raises(InvalidValueError):
        attrs.evolve(span, end=9)  # the text no longer fits


def test_repr_quotes_a_long_text_short() -> None:
    long = Span.of("é" * 61, 0, 61)
    assert repr(long) == f"Span(0, 61, {'é' * 57 + '...'!r})"
    exact = Span.of("é" * 60, 0, 60)
    assert repr(exact) == f"Span(0, 60, {'é' * 60!r})"
