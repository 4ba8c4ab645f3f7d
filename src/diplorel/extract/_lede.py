"""The day of a headline's event, told by the lede (rule ``date.lede``).

A headline names an event without its day (« Lima et La Paz lancent leurs
consultations politiques »); the article's first full sentence, the lede, tells the
same news with its day (« … ont ouvert lundi à Lima le premier cycle … »).
When the lede's own clause gave no event of its own (its trigger was a frame, or
its verb is none the extractor reads: « a foulé lundi le sol togolais »), the
headline's event is left without a date and would take the one of the first dated
talk of the article, often an arrival or a side meeting of another day. The lede's
day is the headline's: a fact of news writing (the inverted pyramid), whatever the
outlet.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from diplorel.extract._draft import Draft
from diplorel.extract._reading import SentenceReading, readings_by_index
from diplorel.extract._text import Prepared
from diplorel.extract.recognise._dates import DateMention, since_period
from diplorel.extract.rules._cues import _title_line
from diplorel.model import DateSpan, DateValue, PartialDate

__all__ = ["lede_dates"]

_LEDE_SEARCH: Final = 6
"""How many sentences after a headline its lede may come (a standfirst, a byline and
a time stamp may lie between)."""
_LEDE_SHORTEST: Final = 60
"""A lede is a full sentence: shorter lines are bylines, captions or stamps."""
_LEDE_END: Final = re.compile(r"[.!?»\"”]\s*\Z")
_DATELINE_END: Final = re.compile(r"\s(?:-{1,2}|\u2013|\u2014)\s")
"""The dash that closes a dateline (« Rabat, 18 octobre 2024 (MAP) - », « PEKIN, 18
novembre (Xinhua) -- »): a date before it is the dispatch's, not the event's."""
_DATELINE_REACH: Final = 90


def lede_dates(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: Sequence[Draft]
) -> None:
    """Give each foreground event of a headline that has no date the day its lede tells,
    when the lede names one of its sides (``date.lede``). A signing takes one day: an
    agreement is given no span of days (« réunis les 14 et 15 avril »), which other
    rules narrow (the last day, « à l'issue de »)."""
    by_index = readings_by_index(readings)
    for draft in drafts:
        if draft.date is not None or draft.background:
            continue
        if not _title_line(prepared, prepared.sentences[draft.sentence]):
            continue
        lede = _lede(prepared, by_index, draft.sentence)
        if lede is None or not any(m.value in draft.parties for m in lede.parties):
            continue
        day = _lede_day(prepared, lede)
        if day is not None and not (draft.kind == "agreement" and isinstance(day, DateSpan)):
            draft.date = day
            draft.trace("date.lede")


def _lede(
    prepared: Prepared, by_index: dict[int, SentenceReading], headline: int
) -> SentenceReading | None:
    """The reading of the first full sentence after the headline ``headline``."""
    sentences = prepared.sentences
    for index in range(headline + 1, min(len(sentences), headline + 1 + _LEDE_SEARCH)):
        sentence = sentences[index]
        if _title_line(prepared, sentence):
            continue
        text = prepared.text[sentence.start : sentence.end].rstrip()
        if len(text) < _LEDE_SHORTEST or _LEDE_END.search(text) is None:
            continue
        return by_index.get(index)
    return None


def _lede_day(prepared: Prepared, lede: SentenceReading) -> DateValue | None:
    """The first day the lede tells after its dateline: a date that names a day (a
    weekday, « le 3 mai », a span of days), not a period « depuis »."""
    start = lede.sentence.start
    dash = _DATELINE_END.search(
        prepared.text, start, min(lede.sentence.end, start + _DATELINE_REACH)
    )
    body = dash.end() if dash is not None else start
    for mention in lede.dates:
        if mention.start >= body and not since_period(mention) and _names_day(mention):
            return mention.value
    return None


def _names_day(mention: DateMention) -> bool:
    value = mention.value
    if isinstance(value, DateSpan):
        return value.start.day is not None
    return isinstance(value, PartialDate) and value.day is not None
