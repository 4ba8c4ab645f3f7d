"""Reading a sentence: every mention recognised in it, dealt out from one pass per recogniser."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Final

import attr

from diplorel.extract._reach import SentenceScan
from diplorel.extract._text import Prepared, Sentence
from diplorel.extract._words import either
from diplorel.extract.recognise._dates import DateMention, find_dates
from diplorel.extract.recognise._lexicon import Entry, Lexicon
from diplorel.extract.recognise._mentions import (
    Mention,
    PersonMention,
    find_parties,
    find_persons,
)
from diplorel.extract.recognise._ordinals import OrdinalMention, ordinal_scan
from diplorel.model import PartialDate


class Reach:
    """How far, in characters of the folded key, a rule reads around its trigger.

    Named so that each bound says what it is for; each stays inside the
    sentence (see :class:`View`).
    """

    FRAME: Final = 20
    """ "le format de pourparlers": the framing noun right before the trigger."""
    FRAME_SESSION: Final = 45
    """ "la session du mécanisme de consultations": a session of the framing noun."""
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


@attr.s(auto_attribs=True, slots=False, hash=True, order=False)  # native when compiled
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


@attr.s(auto_attribs=True, slots=False, hash=True, order=False)  # native when compiled
class SentenceReading:
    """Everything recognised in one sentence."""

    index: int
    sentence: Sentence
    parties: tuple[Mention, ...]
    persons: tuple[PersonMention, ...]
    dates: tuple[DateMention, ...]
    sectors: tuple[tuple[int, int, str], ...]
    triggers: tuple[tuple[int, int, Entry], ...]
    cues: tuple[tuple[int, int, str], ...]
    earlier: tuple[DateMention, ...] = ()
    """Dates of earlier instances of an event ("celle de 1987")."""
    ordinal_scan: SentenceScan[OrdinalMention] | None = attr.ib(default=None, eq=False, repr=False)
    """The ordinals of the article's sentences, found when first asked for."""

    @property
    def ordinals(self) -> tuple[OrdinalMention, ...]:
        """The ordinals of the sentence: those :func:`find_ordinals` finds in the whole
        text that lie in it (found only when asked: few sentences need them)."""
        if self.ordinal_scan is None:
            return ()
        return self.ordinal_scan.of(self.sentence.start, self.sentence.end)


_OTHER_EVENT_DATE: Final = re.compile(
    rf"(?:\b(?:{either('consultation.earlier-session', 'that-one')}|"
    rf"(?:la|le) (?:{either('consultation.earlier-session', 'previous')})|"
    rf"(?:la|le) \w+(?:{either('consultation.earlier-session', 'ordinal-ending')}))|"
    rf"\b(?:la|le) (?:{either('consultation.earlier-session', 'last')}) (?:[\w']+ ){{0,5}}?[\w']+|"
    rf"\b(?:la|le) (?:{either('consultation.earlier-session', 'instance')}) "
    rf"(?:{either('consultation.earlier-session', 'earlier')}))\s*,?\s*"
    rf"(?:qui\s+(?:{either('consultation.earlier-session', 'had')})\s+eu\s+"
    rf"(?:{either('consultation.earlier-session', 'took-place')})\s+|"
    rf"qui\s+s'(?:{either('consultation.earlier-session', 'was')})\s+"
    rf"(?:{either('consultation.earlier-session', 'held')})e?s?\s+|"
    rf"(?:{either('consultation.earlier-session', 'held')})e?s?\s+)?"
    r"(?:(?:de|d'|du|en)\s*)?$"
)
"""A date after "celle de", "la précédente, en" or "la huitième, qui a eu lieu en" is the
date of an earlier instance of the event just named ("trente ans après celle de 1987"),
and so is the date of "la dernière session de la commission, en 1997"."""


_OTHER_EVENT_REACH: Final = 60


@attr.s(auto_attribs=True, slots=False, hash=True, order=False)  # native when compiled
class _Found:
    """Every match of every recogniser over the whole text, each list sorted by start."""

    dates: list[DateMention]
    earlier: list[DateMention]
    parties: list[Mention]
    sectors: list[tuple[int, int, str]]
    triggers: list[tuple[int, int, Entry]]
    cues: list[tuple[int, int, str]]


_TEXT_PARTIES: Final = object()
"""The key of the whole text's party mentions in a text's ``memo``."""


def text_parties(prepared: Prepared, lex: Lexicon) -> list[Mention]:
    """The party mentions of the whole text (``find_parties`` over all of it): found once
    per text and lexicon, kept in the text's ``memo``. The list is shared: read it, do
    not change it."""
    kept = prepared.memo.get(_TEXT_PARTIES)
    if kept is not None and kept[0] is lex:
        parties: list[Mention] = kept[1]
        return parties
    parties = find_parties(prepared, lex, 0, len(prepared.text))
    prepared.memo[_TEXT_PARTIES] = (lex, parties)
    return parties


def _find_all(prepared: Prepared, lex: Lexicon, published: PartialDate | None) -> _Found:
    """One pass of each recogniser over the whole text (one for all the phrase lists)."""
    key = prepared.key
    dates: list[DateMention] = []
    earlier: list[DateMention] = []
    for mention in find_dates(prepared.text, published=published):
        other = _OTHER_EVENT_DATE.search(
            key, max(0, mention.start - _OTHER_EVENT_REACH), mention.start
        )
        (earlier if other else dates).append(mention)
    hits = lex.hits(prepared)
    sector_entries = lex.sector_entries
    trigger_entries = lex.trigger_entries
    cue_entries = lex.cue_entries
    return _Found(
        dates=dates,
        earlier=earlier,
        parties=text_parties(prepared, lex),
        sectors=[
            (start, end, value)
            for start, end, phrase in hits.matches("sector")
            if (value := sector_entries[phrase].value) != "none"
        ],
        triggers=[
            (start, end, entry)
            for start, end, phrase in hits.matches("trigger")
            for entry in trigger_entries[phrase]
        ],
        cues=[
            (start, end, cue_entries[phrase].value) for start, end, phrase in hits.matches("cue")
        ],
    )


def _deal(
    items: Sequence[Any], bounds: Sequence[tuple[Any, ...]], sentences: Sequence[Sentence]
) -> dict[int, tuple[Any, ...]]:
    """The items (sorted by start; ``bounds`` their starts and ends) of each sentence that
    holds one: an item lies in the sentence where it starts, and is dropped when it runs
    over that sentence's end or starts outside every sentence."""
    out: dict[int, tuple[Any, ...]] = {}
    index = 0
    count = len(sentences)
    if not count:
        return out
    sentence = sentences[0]
    s_start, s_end = sentence.start, sentence.end
    held: list[Any] = []
    for item, bound in zip(items, bounds, strict=True):
        start = bound[0]
        if s_end <= start:
            if held:
                out[index] = tuple(held)
                held = []
            index += 1
            while index < count and sentences[index].end <= start:
                index += 1
            if index == count:
                break
            sentence = sentences[index]
            s_start, s_end = sentence.start, sentence.end
        if start >= s_start and bound[1] <= s_end:
            held.append(item)
    if held:
        out[index] = tuple(held)
    return out


_BY_INDEX: Final[list[tuple[Sequence[SentenceReading], dict[int, SentenceReading]]]] = []
"""The last readings asked for by index and their dict, read and replaced whole (the
passes of one text ask for the same readings some twenty times)."""


def readings_by_index(readings: Sequence[SentenceReading]) -> dict[int, SentenceReading]:
    """The readings by their sentence's index (a draft's ``sentence``): the readings skip
    the sentences of repeated paragraphs, so a position in the list is no index.

    The dict of the readings asked for last is given again while the same sequence is
    asked for (no stage changes a sequence of readings once made): read it, do not
    change it."""
    last = _BY_INDEX[0] if _BY_INDEX else None
    if last is not None and last[0] is readings:
        return last[1]
    by_index = {reading.index: reading for reading in readings}
    _BY_INDEX[:] = [(readings, by_index)]
    return by_index


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
    by_date = _deal(found.dates, [(d.start, d.end) for d in found.dates], sentences)
    by_earlier = _deal(found.earlier, [(d.start, d.end) for d in found.earlier], sentences)
    ordinals = ordinal_scan(prepared.text)
    by_party = _deal(found.parties, [(m.start, m.end) for m in found.parties], sentences)
    by_sector = _deal(found.sectors, found.sectors, sentences)
    by_trigger = _deal(found.triggers, found.triggers, sentences)
    by_cue = _deal(found.cues, found.cues, sentences)
    repeated = prepared.repeated
    readings = []
    for index, sentence in enumerate(sentences):
        if sentence.paragraph in repeated:
            continue
        mine = by_party.get(index, ())
        readings.append(
            SentenceReading(
                index=index,
                sentence=sentence,
                parties=mine,
                persons=tuple(find_persons(prepared, sentence.start, sentence.end, list(mine))),
                dates=by_date.get(index, ()),
                earlier=by_earlier.get(index, ()),
                ordinal_scan=ordinals,
                sectors=by_sector.get(index, ()),
                triggers=by_trigger.get(index, ()),
                cues=by_cue.get(index, ()),
            )
        )
    return readings
