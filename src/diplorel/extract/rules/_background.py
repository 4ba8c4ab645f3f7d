"""Background events: a mention of an event with a date of its own from an earlier year."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from diplorel.extract._draft import Draft
from diplorel.extract._reading import SentenceReading
from diplorel.extract._text import Prepared
from diplorel.extract._words import either
from diplorel.extract.rules._cues import _PLACE_DETAILS
from diplorel.model import DateSpan, DateValue

__all__ = [
    "_as_previous_of",
    "_own_past_date",
    "_place_before_date",
    "_previous_instance",
    "_previous_session",
    "_round_before",
]

_OWN_DATE_REACH: Final = 48
"""From the end of an event noun to the start of the date that dates it."""

_OWN_DATE_GAP: Final = re.compile(
    r"[ ]*(?:[^\s,.;:()«»\"]+[ ]+){0,4}"
    r"|[ ]*,[ ]*"
    rf"(?:{either('consultation.own-past-date', 'held')})"
    r"[ ]+(?:[^\s,.;:()«»\"]+[ ]+){0,4}"
)
"""What may stand between an event noun and its own date: a few words of the noun
phrase (« sa visite d'Etat de », « leur rencontre à Paris en »), or a participle of
holding after a comma (« leur commission mixte, tenue à Rabat en »)."""


_NOT_OWN: Final = re.compile(rf"\b(?:{either('consultation.own-past-date', 'since')})\b")
"""« sa première visite depuis 2019 »: a date that bounds a span, not the event's own."""


def _year(value: DateValue | None) -> int | None:
    if value is None:
        return None
    start = value.start if isinstance(value, DateSpan) else value
    return start.year


def _own_past_date(
    prepared: Prepared, reading: SentenceReading, anchor: tuple[int, int], reference: int
) -> bool:
    """Rule ``consultation.own-past-date``: « après sa visite d'Etat de septembre 2022 »,
    « lors de leur commission mixte, tenue à Rabat en 2022 »: an event noun that reads as
    a reference back (« lors de », « après », « il s'agit de ») but carries a date of its
    own from an earlier year than the article's is an earlier event of the same kind,
    named in passing, not the one reported. The date must belong to the noun phrase: a
    few words after the noun, no other event noun in between."""
    end = anchor[1]
    for mention in reading.dates:
        if mention.start < end:
            continue
        if mention.start - end > _OWN_DATE_REACH:
            break
        year = _year(mention.value)
        if year is None or year >= reference:
            return False
        if any(end <= t_start < mention.start for t_start, _e, _v in reading.triggers):
            return False
        key = prepared.key
        return (
            _OWN_DATE_GAP.fullmatch(key, end, mention.start) is not None
            and _NOT_OWN.search(key, end, mention.end) is None
        )
    return False


_PREVIOUS_BEFORE: Final = re.compile(
    rf"\b(?:{either('consultation.previous-instance', 'determiner')})\s+"
    rf"(?:{either('consultation.previous-instance', 'previous')})\s+$"
)
"""« la précédente », « le dernier », « leur dernière » right before an event noun."""
_PREVIOUS_REACH: Final = 28
_ORDINAL_AFTER: Final = 16
"""From an event noun to the ordinal in apposition after it (« le précédent sommet, le 11e »)."""
_GENERIC: Final = frozenset({"meeting"})
"""Formats of the nouns that name any session (« la précédente réunion », « session »)."""


def _previous_instance(
    prepared: Prepared,
    reading: SentenceReading,
    anchor: tuple[int, int],
    value: str,
    drafts: list[Draft],
    *,
    announced: Callable[[], Sequence[Draft]] = tuple,
) -> tuple[Draft, DateValue] | None:
    """Rule ``consultation.previous-instance``: « le précédent sommet, le 11e, s'était
    tenu à Lomé en mars 2021 », « la précédente réunion s'était déroulée à Kigali en
    2024 »: an event noun after « précédent(e) » or « dernier / dernière », with a date
    of its own that no consultation reported has, is the earlier instance of the last
    consultation of that kind (any numbered one for « réunion »), or of the session
    ``announced`` last (« le prochain sommet à quatre … La précédente rencontre de ce
    format avait eu lieu à Lomé en 2022 »): the consultation it preceded and its own
    date, else ``None``."""
    start = anchor[0]
    if not _PREVIOUS_BEFORE.search(
        prepared.key, max(reading.sentence.start, start - _PREVIOUS_REACH), start
    ):
        return None
    own = [
        m.value
        for m in (*reading.dates, *reading.earlier)
        if m.value is not None and m.start > anchor[1]
    ]
    if not own:
        return None
    told = {d.date for d in drafts if d.kind == "consultation" and d.date is not None}
    if own[0] in told:
        return None
    recent = sorted((*drafts[-50:], *announced()), key=lambda d: d.anchor)
    for other in reversed(recent):  # a bound that keeps hostile texts linear
        if other.kind != "consultation" or other.background:
            continue
        if other.subtype == value or (value in _GENERIC and other.round is not None):
            return other, own[0]
    return None


def _as_previous_of(
    draft: Draft,
    later: tuple[Draft, DateValue],
    reading: SentenceReading,
    anchor: tuple[int, int],
) -> None:
    """Give ``draft`` the format and sides of the ``later`` session it preceded, and the
    round before it unless an ordinal in apposition gives its own (« le 11e »), and its
    own date."""
    session, own_date = later
    draft.date = own_date
    draft.subtype = session.subtype
    draft.parties = set(session.parties)
    own = next(
        (o.value for o in reading.ordinals if anchor[1] <= o.start <= anchor[1] + _ORDINAL_AFTER),
        None,
    )
    if own is not None:
        draft.round = own
    elif session.round is not None and session.round > 1:
        draft.round = session.round - 1
    else:
        draft.round = None
    draft.background = True
    draft.trace("consultation.previous-instance")


_PREVIOUS_SESSION: Final = re.compile(
    rf"\b(?:{either('consultation.previous-instance', 'determiner')})\s+"
    rf"(?:(?:{either('consultation.previous-instance', 'previous')})\s+"
    rf"(?:{either('consultation.previous-instance', 'session-noun')})|"
    rf"(?:{either('consultation.previous-instance', 'previous-alone')}))\b"
)
"""« la précédente session », « la dernière édition », « la précédente, en 2022 »: a
session of the body just named."""


def _previous_session(
    prepared: Prepared,
    reading: SentenceReading,
    end: int,
    drafts: list[Draft],
    announced: Callable[[], Sequence[Draft]] = tuple,
) -> tuple[Draft, tuple[int, int]] | None:
    """Rule ``consultation.previous-instance``, without an event noun of its own: « La
    session d'avant s'était déroulée en 2016 à Libreville », « la précédente, en 2022 »:
    the session before the last numbered consultation reported or announced (the last
    consultation when none is numbered), and the span of the phrase naming it."""
    found = _PREVIOUS_SESSION.search(prepared.key, reading.sentence.start, end)
    if found is None:
        return None
    candidates = (*drafts[-50:], *announced())
    recent = sorted(
        (d for d in candidates if d.kind == "consultation" and not d.background),
        key=lambda d: d.anchor,
    )
    numbered = [d for d in recent if d.round is not None]
    last = (numbered or recent)[-1:]
    return (last[0], found.span()) if last else None


_PLACE_BEFORE: Final = re.compile(r"\s*(?:en|le|du|de)?\s*$")
"""Between a city and the date after it (« à Rabat en 2022 »)."""
_AT_CITY: Final = re.compile(r"(?:^|\s)(?:a|au)\s+$")


def _place_before_date(prepared: Prepared, reading: SentenceReading, draft: Draft) -> None:
    """« la précédente s'était tenue à Rabat en 2022 »: the city named right before the
    earlier session's date is its place, when none came after the date."""
    if draft.place is not None:
        return
    start = draft.anchor[0]
    key = prepared.key
    for party in reading.parties:
        if (
            party.end <= start
            and party.detail in _PLACE_DETAILS
            and start - party.end <= 8
            and _PLACE_BEFORE.fullmatch(key, party.end, start)
            and _AT_CITY.search(key, max(0, party.start - 4), party.start)
        ):
            draft.place = prepared.text[party.start : party.end]


def _round_before(draft: Draft, later: Draft) -> None:
    """The session before ``later``: the round before its round (« la précédente »)."""
    if draft.round is None and later.round is not None and later.round > 1:
        draft.round = later.round - 1
    draft.trace("consultation.previous-instance")
