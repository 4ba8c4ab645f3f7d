"""Reading a sentence: every mention recognised in it, dealt out from one pass per recogniser."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import Any, Final, Protocol, TypeVar

import attrs

from diplorel.extract._text import Prepared, Sentence
from diplorel.extract.recognise._dates import DateMention, find_dates
from diplorel.extract.recognise._lexicon import Entry, Lexicon
from diplorel.extract.recognise._mentions import (
    Mention,
    PersonMention,
    find_parties,
    find_persons,
)
from diplorel.extract.recognise._ordinals import OrdinalMention, find_ordinals
from diplorel.extract.rules._words import either
from diplorel.model import PartialDate


class _Ending(Protocol):
    @property
    def end(self) -> int: ...


_M = TypeVar("_M", bound=_Ending)
_S = TypeVar("_S", bound=tuple[Any, ...])


class Reach:
    """How far, in characters of the folded key, a rule reads around its trigger.

    Named so that each bound says what it is for; each stays inside the
    sentence (see :class:`View`).
    """

    FRAME: Final = 20
    """ "le format de pourparlers": the framing noun right before the trigger."""
    DEMONSTRATIVE: Final = 8
    """ "cette visite": a demonstrative right before the trigger."""
    BACK_REFERENCE: Final = 60
    """ "à l'issue de leur première réunion": a back-reference and its words."""
    RESTATEMENT: Final = 40
    """ "il s'agissait des premiers pourparlers": a restatement."""
    EXPANDED_BEFORE: Final = 20
    EXPANDED_AFTER: Final = 25
    """ "une réunion élargie", "en format élargi": around the trigger."""
    SPECIFIC_FORMAT: Final = 100
    """A commission or call named before a bare "réunion" makes the meeting its session."""


@attrs.frozen
class View:
    """One sentence of the folded key, read before, after and between positions.

    Every read stays inside the sentence, so that no rule needs to write the
    bounds by hand.
    """

    key: str
    start: int
    end: int

    def before(self, at: int, reach: int) -> tuple[int, int]:
        """The bounds of the ``reach`` characters before ``at``."""
        return max(self.start, at - reach), at

    def after(self, at: int, reach: int) -> tuple[int, int]:
        """The bounds of the ``reach`` characters after ``at``."""
        return at, min(self.end, at + reach)

    def around(self, start: int, end: int, before: int, after: int) -> tuple[int, int]:
        """The bounds from ``before`` characters before ``start`` to ``after`` after ``end``."""
        return max(self.start, start - before), end + after

    def between(self, a: int, b: int) -> str:
        """The text between two positions, in either order."""
        return self.key[min(a, b) : max(a, b)]

    def search_before(self, pattern: re.Pattern[str], at: int, reach: int) -> re.Match[str] | None:
        """``pattern`` searched in the ``reach`` characters before ``at``."""
        return pattern.search(self.key, *self.before(at, reach))

    def match_after(self, pattern: re.Pattern[str], at: int, reach: int) -> re.Match[str] | None:
        """``pattern`` matched right at ``at``, reading at most ``reach`` characters."""
        return pattern.match(self.key, *self.after(at, reach))


@attrs.frozen
class SentenceReading:
    """Everything recognised in one sentence."""

    index: int
    sentence: Sentence
    parties: tuple[Mention, ...]
    persons: tuple[PersonMention, ...]
    dates: tuple[DateMention, ...]
    ordinals: tuple[OrdinalMention, ...]
    sectors: tuple[tuple[int, int, str], ...]
    triggers: tuple[tuple[int, int, Entry], ...]
    cues: tuple[tuple[int, int, str], ...]
    earlier: tuple[DateMention, ...] = ()
    """Dates of earlier instances of an event ("celle de 1987")."""


_OTHER_EVENT_DATE: Final = re.compile(
    rf"(?:\b(?:{either('consultation.earlier-session', 'that-one')}|"
    rf"(?:la|le) (?:{either('consultation.earlier-session', 'previous')})|"
    rf"(?:la|le) \w+(?:{either('consultation.earlier-session', 'ordinal-ending')}))|"
    rf"\b(?:la|le) (?:{either('consultation.earlier-session', 'last')}) (?:[\w']+ ){{0,5}}?[\w']+|"
    rf"\b(?:la|le) (?:{either('consultation.earlier-session', 'instance')}) "
    rf"(?:{either('consultation.earlier-session', 'earlier')}))\s*,?\s*"
    r"(?:qui\s+(?:a|avait)\s+eu\s+lieu\s+|qui\s+s'(?:est|etait)\s+tenue?s?\s+|tenue?s?\s+)?"
    r"(?:(?:de|d'|du|en)\s*)?$"
)
"""A date after "celle de", "la précédente, en" or "la huitième, qui a eu lieu en" is the
date of an earlier instance of the event just named ("trente ans après celle de 1987"),
and so is the date of "la dernière session de la commission, en 1997"."""


_OTHER_EVENT_REACH: Final = 60


def _bucket(starts: Sequence[int], sentences: Sequence[Sentence]) -> list[range]:
    """For each sentence, the index range of the (sorted) items lying inside it."""
    out = []
    index = 0
    for sentence in sentences:
        first = bisect_left(starts, sentence.start, index)
        index = bisect_left(starts, sentence.end, first)
        out.append(range(first, index))
    return out


@attrs.frozen
class _Found:
    """Every match of every recogniser over the whole text, each list sorted by start."""

    dates: list[DateMention]
    earlier: list[DateMention]
    ordinals: Sequence[OrdinalMention]
    parties: list[Mention]
    sectors: list[tuple[int, int, str]]
    triggers: list[tuple[int, int, Entry]]
    cues: list[tuple[int, int, str]]


def _find_all(prepared: Prepared, lex: Lexicon, published: PartialDate | None) -> _Found:
    """One pass of each recogniser over the whole text."""
    key = prepared.key
    dates: list[DateMention] = []
    earlier: list[DateMention] = []
    for mention in find_dates(prepared.text, published=published):
        other = _OTHER_EVENT_DATE.search(
            key, max(0, mention.start - _OTHER_EVENT_REACH), mention.start
        )
        (earlier if other else dates).append(mention)
    return _Found(
        dates=dates,
        earlier=earlier,
        ordinals=find_ordinals(prepared.text),
        parties=find_parties(prepared, lex, 0, len(prepared.text)),
        sectors=[
            (m.start(), m.end(), value)
            for m in lex.sectors.finditer(key)
            if (value := lex.sector_entries[m.group()].value) != "none"
        ],
        triggers=[
            (m.start(), m.end(), entry)
            for m in lex.triggers.finditer(key)
            for entry in lex.trigger_entries[m.group()]
        ],
        cues=[
            (m.start(), m.end(), lex.cue_entries[m.group()].value) for m in lex.cues.finditer(key)
        ],
    )


def _mentions_in(items: Sequence[_M], indexes: range, end: int) -> tuple[_M, ...]:
    """The items at ``indexes`` that end by ``end`` (a match over a sentence's end is dropped)."""
    if not indexes:
        return ()
    return tuple(item for item in items[indexes.start : indexes.stop] if item.end <= end)


def _spans_in(items: Sequence[_S], indexes: range, end: int) -> tuple[_S, ...]:
    """The ``(start, end, value)`` items at ``indexes`` that end by ``end``."""
    if not indexes:
        return ()
    return tuple(item for item in items[indexes.start : indexes.stop] if item[1] <= end)


def read_sentences(
    prepared: Prepared, lex: Lexicon, published: PartialDate | None
) -> list[SentenceReading]:
    """Recognise the mentions of every sentence outside repeated paragraphs.

    Each recogniser makes one pass over the whole text; its matches are then
    dealt out to the sentences (a match that runs over a sentence's end is
    dropped).
    """
    sentences = prepared.sentences
    found = _find_all(prepared, lex, published)
    by_date = _bucket([d.start for d in found.dates], sentences)
    by_earlier = _bucket([d.start for d in found.earlier], sentences)
    by_ordinal = _bucket([o.start for o in found.ordinals], sentences)
    by_party = _bucket([m.start for m in found.parties], sentences)
    by_sector = _bucket([t[0] for t in found.sectors], sentences)
    by_trigger = _bucket([t[0] for t in found.triggers], sentences)
    by_cue = _bucket([t[0] for t in found.cues], sentences)
    readings = []
    for index, sentence in enumerate(sentences):
        if sentence.paragraph in prepared.repeated:
            continue
        end = sentence.end
        mine = _mentions_in(found.parties, by_party[index], end)
        readings.append(
            SentenceReading(
                index=index,
                sentence=sentence,
                parties=mine,
                persons=tuple(find_persons(prepared, sentence.start, end, list(mine))),
                dates=_mentions_in(found.dates, by_date[index], end),
                earlier=_mentions_in(found.earlier, by_earlier[index], end),
                ordinals=_mentions_in(found.ordinals, by_ordinal[index], end),
                sectors=_spans_in(found.sectors, by_sector[index], end),
                triggers=_spans_in(found.triggers, by_trigger[index], end),
                cues=_spans_in(found.cues, by_cue[index], end),
            )
        )
    return readings
