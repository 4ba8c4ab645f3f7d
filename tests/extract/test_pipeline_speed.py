"""The shortcuts taken for speed in the extraction pipeline give what the plain code gives."""

from __future__ import annotations

import attrs
import pytest

from diplorel.errors import InvalidValueError
from diplorel.extract._pipeline import _directed
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


def test_directed_checks_the_new_fields() -> None:
    event = Consultation(parties=[_MAR, _SEN], format="visit")
    with pytest.raises(InvalidValueError, match="share"):
        _directed(event, (_MAR,), (_MAR,), "abc123")
    other = Party(code="TUN", name="Tunisie", kind=PartyKind.STATE)
    with pytest.raises(InvalidValueError, match="parties of the event"):
        _directed(event, (other,), (), "abc123")
    with pytest.raises(InvalidValueError, match="non-empty"):
        _directed(event, (), (), " ")
