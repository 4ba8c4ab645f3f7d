"""Rule ``date.at-close``: what is done « à l'issue des entretiens » is of the day the
talks just reported ended.

News reports talks, then what came of them in a sentence that opens on their end:
« Le président a reçu jeudi son homologue … À l'issue des entretiens, les deux chefs
d'État ont signé une déclaration commune », « Au terme des travaux, qui se sont tenus
du 12 au 13 mai, trois accords ont été signés ». An event with no date of its own
(which took the main event's) in such a sentence happened on the day the talks
reported just before it ended: their date, or the last day of their span. A visit is
no talks (it holds several); the talks are those of the last sentence that reports
some, and talks of several days there leave the date as it was.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from diplorel.extract._draft import Draft
from diplorel.extract._reading import SentenceReading, readings_by_index
from diplorel.extract._text import Prepared
from diplorel.extract._words import either
from diplorel.model import DateSpan, DateValue

__all__ = ["dates_at_close"]

_AT_CLOSE: Final = re.compile(
    rf"\b(?:{either('date.at-close', 'close')})\s+(?:de\s+|d'|du\s+|des\s+)"
    rf"(?:(?:{either('date.at-close', 'determiner')})\s*)?(?:[\w-]+\s+)?"
    rf"(?:{either('date.at-close', 'talks')})\b"
)
"""« à l'issue des entretiens », « au terme de leurs discussions », « à la clôture des
travaux » (on the folded text)."""

_REACH: Final = 3
"""How many sentences back the talks may have been reported."""


def _last_day(value: DateValue) -> DateValue:
    return value.end if isinstance(value, DateSpan) else value


def _is_talks_before(other: Draft, draft: Draft, close: re.Match[str]) -> bool:
    """Whether ``other`` is talks with a date of their own, reported in the few
    sentences up to ``draft``'s and before the words of their end."""
    return (
        other is not draft
        and other.kind == "consultation"
        and other.subtype != "visit"
        and not other.background
        and other.date is not None
        and not other.main_event_date
        and draft.sentence - _REACH <= other.sentence <= draft.sentence
        and other.anchor[0] < close.start()
    )


def _closing_days(draft: Draft, close: re.Match[str], drafts: Sequence[Draft]) -> set[DateValue]:
    """The days on which the talks of the last sentence reporting some before
    ``draft`` ended."""
    talks = [other for other in drafts if _is_talks_before(other, draft, close)]
    latest = max((other.sentence for other in talks), default=None)
    return {
        _last_day(other.date)
        for other in talks
        if other.date is not None and other.sentence == latest
    }


def _close_of(
    prepared: Prepared, draft: Draft, by_index: dict[int, SentenceReading]
) -> re.Match[str] | None:
    """The words of the end of talks (« À l'issue des entretiens ») opening the
    sentence of ``draft``, an event without a date of its own, if any."""
    if draft.background or not draft.main_event_date:
        return None
    reading = by_index.get(draft.sentence)
    if reading is None:
        return None
    return _AT_CLOSE.search(prepared.key, reading.sentence.start, draft.anchor[0])


def dates_at_close(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: Sequence[Draft]
) -> None:
    """Rule ``date.at-close``: an event without a date of its own, in a sentence that
    opens on the end of talks (« À l'issue des entretiens, … »), takes the day the
    talks reported last before it (in that sentence or the few before) ended, when
    they all ended on one day."""
    by_index = readings_by_index(readings)
    for draft in drafts:
        close = _close_of(prepared, draft, by_index)
        if close is None:
            continue
        days = _closing_days(draft, close, drafts)
        if len(days) != 1:
            continue  # no talks, or talks of several days: which, the text does not say
        (day,) = days
        if day != draft.date:
            draft.date = day
            draft.trace("date.at-close")
