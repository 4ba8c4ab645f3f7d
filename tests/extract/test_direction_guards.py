"""The direction's word guards: a pattern skipped for lack of its words matches nothing."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplorel.extract._direction import _NEEDS, PASSIVE_HOST, _may_hold

_PIECES = (
    *("a", "ont", "avait", "recu", "recue", "par", "un", "appel", "appele", "de", "du"),
    *("telephone", "telephonique", "conversation", "avec", "eu", "une", "entretien"),
    *("s'est", "s'etait", "entretenu", "au", "se", "sont", "s'etaient", "reunis"),
    *("a l'initiative", "l'initiative", "mardi", "le", "maroc", "x"),
    *(" ", "  ", "\n", ",", "'"),
)


@pytest.mark.parametrize("pattern", list(_NEEDS), ids=lambda p: p.pattern[:30])
@settings(max_examples=300)
@given(text=st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_a_match_holds_one_of_the_needed_words(pattern: re.Pattern[str], text: str) -> None:
    found = pattern.search(text)
    if found is not None:
        assert any(word in found.group() for word in _NEEDS[pattern].words)
    if not _may_hold(pattern, text, 0, len(text)):
        assert found is None


def test_guard_examples() -> None:
    passive = PASSIVE_HOST
    key = "le ministre a ete recu par son homologue"
    assert _may_hold(passive, key, 0, len(key))
    assert not _may_hold(passive, key, 0, key.index("recu"))
    assert passive.search(key) is not None
