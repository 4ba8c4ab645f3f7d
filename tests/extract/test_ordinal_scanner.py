"""The ordinal finder's fast scan finds what the plain pattern finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from diplorel.extract.recognise._ordinals import _pattern, _value, find_ordinals

_PIECES = (
    *("2e", "1er", "1ère", "21e", "2nd", "3ᵉ", "XXIe", "IIème", "Ier", "Louis XIV", "Cie"),
    *("deuxième", "Deuxième", "vingt et unième", "vingt-deuxième", "premier", "première"),
    *("ministre", "dame", "seconde", "secondes", "le", "la", "x", "é", "_", "5", "e"),
    *(" ", "  ", ",", ".", "-", "'", "\n", "\u00a0", "(", "«"),
)

texts = st.lists(st.sampled_from(_PIECES), max_size=12).map("".join)


@settings(max_examples=400)
@given(texts)
def test_ordinals_are_the_patterns(text: str) -> None:
    expected = [
        (m.start(), m.end(), m.group(), value)
        for m in _pattern().finditer(text)
        if (value := _value(m)) is not None
    ]
    assert [(o.start, o.end, o.text, o.value) for o in find_ordinals(text)] == expected


def test_ordinals_at_the_start_and_after_marks() -> None:
    found = find_ordinals("2e session, (IIIe siècle) et «vingt-deuxième» fois")
    assert [(o.text, o.start, o.value) for o in found] == [
        ("2e", 0, 2),
        ("IIIe", 13, 3),
        ("vingt-deuxième", 30, 22),
    ]
