"""The line closing an official communiqué (extract/_signature.py). Examples written
for diplorel."""

from __future__ import annotations

import pytest

from diplorel.extract._signature import closing_line
from diplorel.extract._text import prepare

_BODY = "Le ministère salue la libération des otages.\n\n"


@pytest.mark.parametrize(
    ("ending", "place", "when"),
    [
        ("Fait à Niamey, le 4 avril 2025", "Niamey", "4 avril 2025"),
        ("Fait à Niamey, le 4 avril 2025\n\nLe Secrétaire général", "Niamey", "4 avril 2025"),
        ("Ouagadougou, le vendredi 4 avril 2025.", "Ouagadougou", "vendredi 4 avril 2025"),
    ],
)
def test_the_closing_line_gives_place_and_date(ending: str, place: str, when: str) -> None:
    found = closing_line(prepare(_BODY + ending))
    assert found is not None
    assert (found["place"], found["when"]) == (place, when)


@pytest.mark.parametrize(
    "ending",
    [
        # a sentence of the body, too long for a closing line
        "Niamey, le 4 avril 2025, a vu la signature d'un accord de coopération avec le Bénin.",
        # no « le » before the date: a dateline's form, not a closing line's
        "Niamey, 4 avril 2025",
    ],
)
def test_other_lines_are_no_closing_line(ending: str) -> None:
    assert closing_line(prepare(_BODY + ending)) is None
