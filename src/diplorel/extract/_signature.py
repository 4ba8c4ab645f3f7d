"""The line that closes an official communiqué: its place and date of issue.

A ministry's or a government's communiqué often carries no dateline; it ends on the
line that says where and when it was issued, before the signature: « Fait à Dakar,
le 29 janvier 2025 », « Yaoundé, le 3 mars 2024 ». That line gives the publication
date of the page and the place where the statement was issued, as a dateline does.
"""

from __future__ import annotations

import re
from typing import Final

from diplorel.extract._text import Prepared
from diplorel.extract._words import either

__all__ = ["closing_line"]

_CLOSING_LINE: Final = re.compile(
    rf"(?:(?:{either('publication.closing', 'done', folded=False)})\s+)?"
    r"(?P<place>[A-ZÀ-Þ][\w'. -]{1,40}?),\s+le\s+(?P<when>[^,()\n]{6,40}?)\s*\.?\s*$"
)
"""The closing line: « Fait à » (optional), a capitalised place, a comma, « le » and a
date, alone on its line."""
_LAST_PARAGRAPHS: Final = 4
"""How many of the last paragraphs may hold that line (a signature may follow it)."""
_LINE: Final = 70
"""The longest such line, in characters."""


def closing_line(prepared: Prepared) -> re.Match[str] | None:
    """The line closing an official communiqué among the last paragraphs of the text,
    with its groups ``place`` and ``when`` (the date, still to be read), if any."""
    text = prepared.text
    for start, end in reversed(prepared.paragraphs[-_LAST_PARAGRAPHS:]):
        if end - start > _LINE:
            continue
        found = _CLOSING_LINE.match(text, start, end)
        if found is not None:
            return found
    return None
