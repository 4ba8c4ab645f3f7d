"""The shortcuts taken for speed in the extraction pipeline give what the plain code gives."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplorel.errors import InvalidValueError
from diplorel.extract._after import _directed
from diplorel.extract._assemble import _PLURAL_REACH, _PLURAL_SUBJECT, _PLURAL_WORDS
from diplorel.extract._pipeline import _stated_year_pattern, _stated_years
from diplorel.model import Consultation, Declaration, Party, PartyKind

_MAR = Party(code="MAR", name="Maroc", kind=PartyKind.STATE)
_SEN = Party(code="SEN", name="Sénégal", kind=PartyKind.STATE)


@pytest.mark.parametrize(
    "event",
    [
        Consultation(parties=[_MAR, _SEN], format="visit", place="Dakar", rules=["consultation"]),
        Declaration(parties=[_SEN], declaration="statement", title="Communiqué conjoint"),
    ],
)
def test_directed_is_evolve(event: Consultation | Declaration) -> None:
    source, target = event.parties[:1], event.parties[1:]
    fast = _directed(event, source, target, "abc123")
    slow = attrs.evolve(event, source=source, target=target, id="abc123")
    assert fast == slow
    assert type(fast) is type(slow)
    assert attrs.asdict(fast, recurse=False) == attrs.asdict(slow, recurse=False)
    assert event.source == ()  # the original is left alone
    assert event.id is None


def test_directed_with_no_direction_empties_the_sides() -> None:
    event = Consultation(parties=[_MAR, _SEN], format="visit", source=[_MAR], target=[_SEN])
    fast = _directed(event, (), (), "abc123")
    assert fast == attrs.evolve(event, source=(), target=(), id="abc123")
    assert (fast.source, fast.target, fast.id) == ((), (), "abc123")


def test_directed_checks_the_new_fields() -> None:
    event = Consultation(parties=[_MAR, _SEN], format="visit")
    with pytest.raises(InvalidValueError, match="share"):
        _directed(event, (_MAR,), (_MAR,), "abc123")
    other = Party(code="TUN", name="Tunisie", kind=PartyKind.STATE)
    with pytest.raises(InvalidValueError, match="parties of the event"):
        _directed(event, (other,), (), "abc123")
    with pytest.raises(InvalidValueError, match="non-empty"):
        _directed(event, (), (), " ")


_PIECES = (
    *("mai", "avril", "sept", "septembre", "juin", "janv", "embre", "mars", "x", "é"),
    *(".", ",", " ", "  ", "\n", "\t", "\u00a0", "-", "_", "2024", "1999", "20245", "1", "0"),
)


@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_stated_years_are_those_of_the_pattern(key: str) -> None:
    expected = [int(m.group(1)) for m in _stated_year_pattern().finditer(key)]
    assert _stated_years(key) == expected


def test_stated_years_examples() -> None:
    key = "signe le 3 sept. 2024 a rabat ; en avril\n 2023, puis 2019 et fevrier 20245"
    assert _stated_years(key) == [2024, 2023]
    assert _stated_years("le 2 avril, en mai 2022") == []  # "mai" is too short to count


_OPENING_PIECES = st.sampled_from(
    ["ils ", "elles ", "leur ", "leurs ", "entretien", "echanges ", ", ", "mardi", " ", "x" * 9]
)


@given(st.lists(_OPENING_PIECES, max_size=16), st.integers(min_value=0, max_value=3))
def test_a_plural_subject_lies_in_the_opening_looked_at(pieces: list[str], start: int) -> None:
    """Every match of the plural-subject pattern holds one of the words looked for in
    the sentence's first ``_PLURAL_REACH`` characters (else the pattern is not tried)."""
    key = "".join(pieces)
    end = len(key)
    if _PLURAL_SUBJECT.match(key, start, end) is not None:
        opening = key[start : min(end, start + _PLURAL_REACH)]
        assert any(word in opening for word in _PLURAL_WORDS)
