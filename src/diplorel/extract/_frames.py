"""The date of an instrument signed during a meeting of its sentence (``date.frame-meeting``).

« Les deux pays avaient signé, au cours de la 5e réunion de leur commission mixte, organisée à
Lomé en 2019, une dizaine d'accords »; « la visite du président à Accra, en mars 2021,
au cours de laquelle six accords ont été signés »: the instruments give no date of their
own, the meeting that frames their signing does. Without it they would take the
article's main event's date, often years later. A fact of French: « lors de », « en
marge de », « à l'occasion de », « au cours de » place what is told in the time of the
meeting they govern.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from diplorel.extract._draft import Draft
from diplorel.extract._text import Prepared
from diplorel.extract._words import either

__all__ = ["frame_meeting_dates"]

_FRAME_BEFORE: Final = re.compile(
    rf"\b(?:{either('date.frame-meeting', 'frame')})\s*[^,;:.()]{{0,30}}\Z"
)
"""A frame cue shortly before the meeting's noun (« lors de la 3e session de »)."""
_FRAME_AFTER: Final = re.compile(rf"\b(?:{either('date.frame-meeting', 'frame-relative')})\b")
"""A relative frame after the meeting's phrase (« au cours de laquelle »)."""


def frame_meeting_dates(prepared: Prepared, drafts: Sequence[Draft]) -> None:
    """Give each agreement with no date the date of a dated meeting of its sentence that
    frames its signing and shares one of its sides (``date.frame-meeting``): the meeting
    named right after « lors de », « en marge de » …, or the meeting a relative clause
    « au cours de laquelle » follows, the agreement being told in that clause."""
    key = prepared.key
    for draft in drafts:
        if draft.kind != "agreement" or draft.date is not None:
            continue
        for other in drafts:
            if (
                other.kind == "consultation"
                and other.sentence == draft.sentence
                and other.date is not None
                and other.parties & draft.parties
                and _frames(key, prepared.sentences[draft.sentence].start, other, draft)
            ):
                draft.date = other.date
                draft.trace("date.frame-meeting")
                break


def _frames(key: str, start: int, meeting: Draft, agreement: Draft) -> bool:
    """Whether ``meeting`` frames ``agreement``: a cue right before the meeting's noun, or
    a relative frame between the meeting's noun and the instrument's."""
    lo = max(start, meeting.anchor[0] - 60)
    if _FRAME_BEFORE.search(key, lo, meeting.anchor[0]):
        return True
    relative = _FRAME_AFTER.search(key, meeting.anchor[1], agreement.anchor[0])
    return relative is not None
