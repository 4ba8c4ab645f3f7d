"""The known persons' words are found by looking for the known names, as reading every
capitalised word finds them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from diplorel.extract._text import prepare
from diplorel.extract.recognise._mentions import (
    PersonMention,
    _known_words,
    _known_words_read,
    find_known_persons,
)

_PIECES = (
    *("Lavrov", "lavrov", "LAVROV", "Lavrovitch", "Neil", "O'", "L'", "l'", "d'", "Ambassadeur"),
    *("Jean", "-", "Yves", "Xi", "Jinping", "Élysée", "élysée", "M.", " ", " ", ", ", ". ", "'"),
    *("a", "É", "_", "2", "\u00a0", "\n", "L'Ambassadeur", "O'Neil", "d'Ambassadeur", "A'Lavrov"),
)
_KNOWN = {
    "lavrov": PersonMention(0, 6, "Sergueï Lavrov", "ministre", "RUS"),
    "neil": PersonMention(0, 4, "Paul Neil", None, None),
    "ambassadeur": PersonMention(0, 11, "Un Ambassadeur", None, None),
    "jean": PersonMention(0, 4, "Jean Dupont", None, "FRA"),
    "xi": PersonMention(0, 2, "Xi Jinping", "président", "CHN"),
    "elysee": PersonMention(0, 6, "Paul Élysée", None, None),
    "jean-yves": PersonMention(0, 9, "Jean-Yves Le Drian", None, "FRA"),
}


@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.data())
def test_known_words_are_the_capitalised_words_read_one_by_one(
    pieces: list[str], data: st.DataObject
) -> None:
    prepared = prepare("Le texte. " + "".join(pieces) + " fin.")
    size = len(prepared.key)
    start = data.draw(st.integers(0, size))
    end = data.draw(st.integers(start, size))
    assert _known_words(prepared, start, end, _KNOWN) == _known_words_read(
        prepared, start, end, _KNOWN
    )


def test_a_known_family_name_is_completed_and_one_inside_a_word_is_not() -> None:
    prepared = prepare("Hier, Lavrov a reçu L'Ambassadeur et M. Lavrovitch.")
    found = find_known_persons(prepared, 0, len(prepared.key), _KNOWN, ())
    assert [(p.name, prepared.text[p.start : p.end]) for p in found] == [
        ("Sergueï Lavrov", "Lavrov")
    ]
