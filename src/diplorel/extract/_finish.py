"""The finishing pass: background events, the main event's place and date, sectors."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import Final, TypeVar

import attr
import attrs

from diplorel.extract._capitals import capital_of
from diplorel.extract._draft import Draft
from diplorel.extract._reading import SentenceReading
from diplorel.extract._text import Prepared
from diplorel.extract._words import either
from diplorel.extract.recognise._mentions import (
    PersonMention,
)
from diplorel.extract.rules._base import DEFAULT, Options
from diplorel.extract.rules._cues import _MANNERS
from diplorel.model import DateSpan, DateValue, PartialDate

_T = TypeVar("_T")


_TALKS: Final = frozenset({"meeting", "phone_call", "video_conference"})
"""The formats of a talk between people, whose fields are what is said of the talk;
a session, summit or negotiation covers the instruments it produced."""


def _widen_sectors(
    drafts: list[Draft],
    readings: Sequence[SentenceReading],
    reference: int | None,
    *,
    talks_apart: bool = False,
    paragraph_ends: Sequence[int] = (),
    links: frozenset[int] = frozenset(),
) -> None:
    """Consultations and declarations cover what is said of them until the next event
    reported (an old event mentioned in passing does not end the stretch). With
    ``talks_apart`` (``sectors.talk-apart``), a meeting or call does not cover the
    sentences after it that report an instrument: those fields are the instrument's.
    The sentences of the ``links`` paragraphs (:func:`related_link_paragraphs`) give
    nothing."""
    starts = sorted(
        {d.sentence for d in drafts if d.kind != "agreement" and not _is_old(d, reference)}
    )
    if links:  # a link to another article: no field of this one's events
        own = {d.sentence for d in drafts}
        linked = [r for r in readings if r.sentence.paragraph in links and r.index not in own]
        readings = [r for r in readings if r.sentence.paragraph not in links or r.index in own]
        _trace_links(drafts, linked, starts)
    stretch, told = _stretch_sectors(drafts, readings, starts)
    indexes = [reading.index for reading in readings]
    for draft in drafts:
        if draft.kind == "agreement":
            continue
        if draft.sentence in stretch:
            _widen_from_stretch(draft, stretch[draft.sentence], told, talks_apart)
        else:  # an old event: its own sentence up to the next event
            _widen_old(draft, readings, indexes, starts, paragraph_ends)


_LINK_LINE: Final = re.compile(
    rf"\s*(?:>|(?:{either('sectors.related-link', 'related-link')})\s*(?:[:|]|$))"
)
"""A line that links to another article of the site (« Lire aussi : … », « Lire aussi »
alone, « > … »); not « Sur le même sujet, les ministres … », a sentence of the article."""
_LINK_LABEL: Final = re.compile(
    rf"\s*(?:{either('sectors.related-link', 'related-link')})\s*:?\s*$"
)
"""The label alone on its line: the headline linked is on the next line."""
_LINK_ITEM: Final = re.compile(r"\s*[-–—•*>]")
"""An item of the list of lines that such a line heads."""


def related_link_paragraphs(prepared: Prepared) -> frozenset[int]:
    """The paragraphs (lines) that link to other articles of the site: a line that says
    so (« Lire aussi : Le port de X attire … »), the line after the label alone
    (« Lire aussi » then the headline), and the items of a list such a line heads.
    Their headlines report nothing of this article (rule ``sectors.related-link``)."""
    links: set[int] = set()
    label = False
    for index, (start, end) in enumerate(prepared.paragraphs):
        line = prepared.key[start:end]
        after = index - 1 in links
        if _LINK_LINE.match(line) or (after and (label or _LINK_ITEM.match(line))):
            links.add(index)
        label = _LINK_LABEL.match(line) is not None
    return frozenset(links)


def _trace_links(
    drafts: list[Draft], linked: Sequence[SentenceReading], starts: list[int]
) -> None:
    """Trace ``sectors.related-link`` on the events whose stretch (up to the next event's
    sentence) holds a link line that names a field they do not have."""
    for draft in drafts:
        if draft.kind == "agreement":
            continue
        nxt = bisect_right(starts, draft.sentence)
        stop = starts[nxt] if nxt < len(starts) else 10**9
        for reading in linked:
            if (
                draft.sentence < reading.index < stop
                and not {v for _s, _e, v in reading.sectors} <= draft.sectors
            ):
                draft.trace("sectors.related-link")
                break


def _stretch_sectors(
    drafts: list[Draft], readings: Sequence[SentenceReading], starts: list[int]
) -> tuple[dict[int, set[str]], dict[int, set[str]]]:
    """The sectors of each stretch, from one event's sentence (in ``starts``) to the
    next one's, and (``told``) the same leaving out the sentences that report an
    instrument; keyed by the stretch's first sentence."""
    instruments = {d.sentence for d in drafts if d.kind == "agreement"}.difference(starts)
    stretch: dict[int, set[str]] = {}
    told: dict[int, set[str]] = {}
    bounds = [*starts, 10**9]
    position = 0
    for reading in readings:
        while position + 1 < len(bounds) and reading.index >= bounds[position + 1]:
            position += 1
        if position < len(starts) and reading.index >= starts[position]:
            found = {v for _s, _e, v in reading.sectors}
            stretch.setdefault(starts[position], set()).update(found)
            if reading.index not in instruments:
                told.setdefault(starts[position], set()).update(found)
    return stretch, told


def _widen_from_stretch(
    draft: Draft, wider: set[str], told: dict[int, set[str]], talks_apart: bool
) -> None:
    """Give ``draft`` the sectors of its stretch (``wider``); a talk between people only
    those of the sentences that report no instrument, with ``talks_apart``."""
    if talks_apart and draft.kind == "consultation" and draft.subtype in _TALKS:
        said = told.get(draft.sentence, set())
        if not wider - said <= draft.sectors:
            draft.trace("sectors.talk-apart")
        wider = said
    if not wider <= draft.sectors:
        draft.trace("sectors.widen")
    draft.sectors.update(wider)


def _widen_old(
    draft: Draft,
    readings: Sequence[SentenceReading],
    indexes: list[int],
    starts: list[int],
    paragraph_ends: Sequence[int] = (),
) -> None:
    """Give an old event mentioned in passing the sectors of its own sentence and of
    those after it, up to the next event's and within its own paragraph (a passing
    mention is no subject the article goes on with: ``paragraph_ends``, the end
    offsets of the paragraphs, when given)."""
    nxt = bisect_right(starts, draft.sentence)
    stop = starts[nxt] if nxt < len(starts) else 10**9
    first = bisect_left(indexes, draft.sentence)
    end = 10**9
    if paragraph_ends and first < len(readings):
        at = bisect_right(paragraph_ends, readings[first].sentence.start)
        end = paragraph_ends[at] if at < len(paragraph_ends) else 10**9
    for reading in readings[first:]:
        if reading.index >= stop:
            break
        found = {v for _s, _e, v in reading.sectors}
        if reading.sentence.start >= end:  # past its paragraph: what it would have taken
            if not found <= draft.sectors:
                draft.trace("sectors.passing-paragraph")
                break
            continue
        if not found <= draft.sectors:
            draft.trace("sectors.widen")
        draft.sectors.update(found)


@attr.s(auto_attribs=True, slots=False, hash=True, order=False)  # native when compiled
class _MainEvents:
    """For each party, the first placed event, the first dated consultation reported
    strongly, and the first dated event among the recent ones, by position."""

    place: dict[str, tuple[int, str]]
    talk_date: dict[str, tuple[int, DateValue]]
    any_date: dict[str, tuple[int, DateValue]]

    @classmethod
    def of(cls, recent: Sequence[Draft]) -> _MainEvents:
        place: dict[str, tuple[int, str]] = {}
        talk_date: dict[str, tuple[int, DateValue]] = {}
        any_date: dict[str, tuple[int, DateValue]] = {}
        for position, draft in enumerate(recent):
            for code in draft.parties:
                if draft.place:
                    place.setdefault(code, (position, draft.place))
                if draft.date is not None:
                    any_date.setdefault(code, (position, draft.date))
                    if draft.kind == "consultation" and draft.strong:
                        talk_date.setdefault(code, (position, draft.date))
        return cls(place=place, talk_date=talk_date, any_date=any_date)

    def for_draft(self, draft: Draft) -> tuple[str | None, DateValue | None]:
        """Place and date of the main event sharing a side with ``draft``."""
        place = _first(self.place, draft.parties)
        date = _first(self.talk_date, draft.parties) or _first(self.any_date, draft.parties)
        return place, date


def _first(table: dict[str, tuple[int, _T]], codes: set[str]) -> _T | None:
    found = [table[code] for code in codes if code in table]
    return min(found, key=lambda item: item[0])[1] if found else None


def _assign_lone_side(persons: list[PersonMention], draft: Draft) -> list[PersonMention]:
    """One person of unknown side and one side with nobody: that person leads it
    ("le ministre des Affaires étrangères, X, s'est entretenu avec le ministre italien")."""
    unknown = [p for p in persons if p.party is None]
    if len(unknown) != 1:
        return persons
    vacant = sorted(draft.parties - {p.party for p in persons if p.party})
    if len(vacant) != 1:
        return persons
    draft.trace("heads.lone-side")
    return [attrs.evolve(p, party=vacant[0]) if p is unknown[0] else p for p in persons]


def _finish(
    drafts: list[Draft],
    published: PartialDate | None,
    people: dict[str, PersonMention],
    opts: Options = DEFAULT,
    *,
    dropped: list[tuple[int, int, str]] | None = None,
) -> list[Draft]:
    """Decide background events, inherit the main event's place and date, default sectors
    (the anchor of each draft ``finish.weak-duplicate`` drops goes to ``dropped``, if given).

    The main event is the first foreground consultation (else event) with a
    place, and with a date. An event reported without its own place or date
    happened, as far as the article tells, where and when the main event did.
    """
    reference = _reference_year(drafts, published)
    mains = _MainEvents.of([d for d in drafts if not _is_old(d, reference)])
    principals = {**people, **_principals(drafts)}
    if opts.on("sectors.visit-agreements"):
        _visit_sectors(drafts, reference)
    out = []
    for draft in drafts:
        if _dropped_duplicate(draft, drafts, reference, opts, dropped):
            continue
        if opts.on("finish.background") and (
            _is_old(draft, reference) or _before_yearless(draft.date, published)
        ):
            draft.background = True
            draft.trace("finish.background")
        persons = list({p.name: p for p in draft.persons}.values())
        if opts.on("heads.lone-side"):
            draft.persons = _assign_lone_side(persons, draft)
        else:
            draft.persons = persons
        if not draft.background:
            _from_main_event(draft, mains, principals, opts)
        if draft.kind != "agreement":
            draft.sectors.add("politics")
        if (
            draft.kind == "declaration"
            and draft.date is None
            and not draft.background
            and opts.on("date.publication-month")
        ):
            draft.date = _month_of(published)
            if draft.date is not None:
                draft.trace("date.publication-month")
        out.append(draft)
    return out


def _dropped_duplicate(
    draft: Draft,
    drafts: list[Draft],
    reference: int | None,
    opts: Options,
    dropped: list[tuple[int, int, str]] | None,
) -> bool:
    """Rule ``finish.weak-duplicate``: whether ``draft`` is a bare duplicate of a reported
    event, to drop; its anchor then goes to ``dropped`` (if given) with the rule's name."""
    if not opts.on("finish.weak-duplicate") or not _weak_duplicate(
        draft,
        drafts,
        reference if opts.on("merge.past-apart") else None,
        opts.on("merge.talks-of-visit"),
    ):
        return False
    if dropped is not None:
        dropped.append((*draft.anchor, "finish.weak-duplicate"))
    return True


def _visit_sectors(drafts: list[Draft], reference: int | None) -> None:
    """A joint commission or visit covers the sectors of the agreements of its sides."""
    for draft in drafts:
        if draft.kind == "consultation" and draft.subtype in {"joint_commission", "visit"}:
            for other in drafts:
                if (
                    other.kind == "agreement"
                    and other.parties == draft.parties
                    and not other.background
                    and not _is_old(other, reference)
                ):
                    if not other.sectors <= draft.sectors:
                        draft.trace("sectors.visit-agreements")
                    draft.sectors |= other.sectors


def _same_sides(draft: Draft, drafts: list[Draft]) -> list[Draft]:
    """The other consultations with the sides of ``draft``, a meeting only named: none
    when all of them are only named too and ``draft`` comes first (« a représenté le
    pays au sommet de la Conférence des chefs d'Etat de la CEDEAO »: two nouns that
    name one gathering are that gathering told once, not twice and so dropped)."""
    same_sides = [
        o
        for o in drafts
        if o is not draft and o.kind == "consultation" and o.parties == draft.parties
    ]
    if same_sides and not any(o.strong for o in same_sides):
        first = next(o for o in drafts if o is draft or any(o is d for d in same_sides))
        return [] if first is draft else same_sides
    return same_sides


def _weak_duplicate(
    draft: Draft, drafts: list[Draft], reference: int | None = None, talks_apart: bool = False
) -> bool:
    """A meeting only named ("la réunion") when another consultation has its sides.

    With ``reference`` (rule ``merge.past-apart``), only one as old counts: both of an
    earlier year than ``reference``, or neither (« une telle réunion avait déjà eu lieu
    en 2021 » is another one). With ``talks_apart`` (rule ``merge.talks-of-visit``), a
    visit does not count for a meeting: « il s'est rendu à Rabat … les entretiens avec
    son homologue ont eu lieu mardi » tells the trip and, apart, the talks held there."""
    if draft.kind != "consultation" or draft.strong:
        return False
    same_sides = _same_sides(draft, drafts)
    if talks_apart and draft.subtype == "meeting":
        others = [o for o in same_sides if o.subtype != "visit"]
        if same_sides and not others:
            draft.trace("merge.talks-of-visit")
        same_sides = others
    old = _is_old(draft, reference)
    if same_sides and all(_is_old(o, reference) != old for o in same_sides):
        draft.trace("merge.past-apart")
        return False
    return bool(same_sides)


def _from_main_event(
    draft: Draft, mains: _MainEvents, principals: dict[str, PersonMention], opts: Options
) -> None:
    """A foreground event takes the main event's place and date, and each side's principal."""
    main_place, main_date = mains.for_draft(draft)
    manner = draft.kind == "consultation" and draft.subtype in _MANNERS  # a call has no place
    if not manner and draft.place is None and main_place and opts.on("place.main-event"):
        draft.place = main_place
        draft.inferred_place = True
        draft.main_event_place = True
        draft.trace("place.main-event")
    if draft.date is None and main_date is not None and opts.on("date.main-event"):
        draft.date = main_date
        draft.main_event_date = True
        draft.trace("date.main-event")
    if not opts.on("heads.principal"):
        return
    place = draft.place or main_place
    host_named = opts.on("heads.host-named")
    for principal in _missing_principals(draft, principals, place, host_named):
        draft.persons.append(principal)
        draft.trace("heads.principal")


def _missing_principals(
    draft: Draft, principals: dict[str, PersonMention], place: str | None, host_named: bool
) -> list[PersonMention]:
    """The principals of ``draft``'s sides that nobody of it speaks for. With
    ``host_named`` (rule ``heads.host-named``): when no person of a meeting has a known
    side and it takes ``place`` in the capital of one of them, a person named who is no
    principal stands for the host (« Il s'est entretenu à Rabat avec son homologue, M. X
    »: X is the host, the unnamed subject the guest), and the host's principal is not
    added. Not in a visit, whose person named is the guest."""
    names = {p.name for p in draft.persons}
    sides = {p.party for p in draft.persons}
    missing = {
        code: principals[code]
        for code in sorted(draft.parties - sides)
        if code in principals and principals[code].name not in names
    }
    if (
        host_named
        and draft.subtype != "visit"
        and len(missing) > 1
        and all(p.party is None for p in draft.persons)
    ):
        known = {p.name for p in principals.values()}
        if any(p.name not in known for p in draft.persons):
            capitals = capital_of()
            kept = {c: p for c, p in missing.items() if capitals.get(c) != place}
            if len(kept) < len(missing):
                draft.trace("heads.host-named")
            missing = kept
    return list(missing.values())


def _principals(drafts: Sequence[Draft]) -> dict[str, PersonMention]:
    """For each party, the person who acts for it first in the article's events."""
    out: dict[str, PersonMention] = {}
    for draft in drafts:
        if draft.background:
            continue
        for person in draft.persons:
            if person.party and person.party in draft.parties and len(person.name.split()) > 1:
                out.setdefault(person.party, person)
    return out


def _month_of(value: PartialDate | None) -> PartialDate | None:
    if value is None or value.year is None or value.month is None:
        return None
    return PartialDate(year=value.year, month=value.month)


def _is_old(draft: Draft, reference: int | None) -> bool:
    year = _year_of(draft.date)
    return reference is not None and year is not None and year < reference


def _before_yearless(value: DateValue | None, published: PartialDate | None) -> bool:
    """Neither the event nor the publication has a year, and the event's month comes
    after the publication's: it was in an earlier year ("en octobre", published 3 March)."""
    start = value.start if isinstance(value, DateSpan) else value
    if start is None or published is None or start.year is not None or published.year is not None:
        return False
    if start.month is None or published.month is None:
        return False
    if start.month != published.month:
        return start.month > published.month
    return start.day is not None and published.day is not None and start.day > published.day


def _year_of(value: DateValue | None) -> int | None:
    if value is None:
        return None
    start = value.start if isinstance(value, DateSpan) else value
    return start.year


def _reference_year(drafts: Iterable[Draft], published: PartialDate | None) -> int | None:
    if published is not None and published.year is not None:
        return published.year
    years = [y for d in drafts if (y := _year_of(d.date)) is not None]
    return max(years) if years else None
