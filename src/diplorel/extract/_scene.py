"""The day of the scene an event is told in (rule ``date.scene``).

News tells a trip or a session as a narrative: a sentence gives the day
(« M. Cho s'est entretenu jeudi matin avec … »), and the events told after it
with no day of their own (« Les deux ministres ont adopté une déclaration
conjointe. Ils ont par ailleurs paraphé un accord … ») happened that day. The
assembly gives such events the day of the article's main event, which is the
day of the first talk or of the trip's start, not always the scene's. This rule
walks back from the event to the last sentence that tells a day and takes that
day, within bounds:

- a day told as the start of a trip is no scene's (« arrivé lundi soir »,
  « en visite depuis mardi », « était arrivé jeudi »): what follows it is told
  of the days of the trip, not of its first; a main clause « est arrivé
  mercredi à Astana » does set the scene;
- the day of the clause that gives the source (« …, a indiqué mercredi le
  ministère ») is when the news was reported, not a scene's;
- a day in the future (a cue of what is to come near it, « doit se rendre
  samedi », or after the publication day) is no scene;
- a visit is the frame of several days, dated by its start or its span, and a
  state's own statement by itself (``declaration.own-date``): neither takes a
  scene's day;
- a sentence opening on « auparavant » tells an earlier day it does not give: the
  walk stops there;
- a sentence that tells an event of other sides is their scene, not this event's;
- the scene's day must lie within a few days of the main event's day the event
  took (another day of the same trip or session); an event that took no day
  takes the scene's only when it lies within a few days before publication (a
  day of the news, not of its background).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from diplorel.extract._draft import Draft
from diplorel.extract._fields import _SOURCE_CLAUSE
from diplorel.extract._reading import SentenceReading
from diplorel.extract._text import Prepared, Sentence, fold_key
from diplorel.extract._words import either, forms, phrases
from diplorel.extract.recognise._dates import DateForm, DateMention, _lexicon
from diplorel.extract.recognise._lexicon import lexicon
from diplorel.extract.rules._attributes import _capital_named_by_adjective, _place
from diplorel.extract.rules._cues import _MANNERS, _future
from diplorel.model import DateSpan, PartialDate

__all__ = ["scene_dates", "scene_places"]

_NOT_AFTER_AUXILIARY: Final = "".join(
    rf"(?<!\b{re.escape(word)} )" for word in forms("date.scene", "auxiliary")
)
_TRIP_START: Final = re.compile(
    rf"(?:\b(?:{either('date.scene', 'trip-start')})\b"
    rf"|{_NOT_AFTER_AUXILIARY}\b(?:{either('date.scene', 'arrived')})\b)[^,;.]*\Z"
)
"""The words before the day a trip began: « depuis », « a entamé », a participle of
arrival that is no main verb in the passé composé (« arrivé lundi », « était arrivé »)."""
_BACKGROUND: Final = re.compile(rf"\b(?:{either('date.scene', 'pluperfect')})\s[^,;.]*\Z")
"""A verb in the pluperfect before the day in its clause (« qui avait préparé la visite
lors d'un appel lundi »): the day of the background, not of the scene."""
_BACKGROUND_REACH: Final = 80
_EARLIER: Final = tuple(sorted(phrases("date.scene", "earlier")))
"""The words opening a sentence told of an earlier day it does not give (« Auparavant,
… »): the scene before it is not its own."""
_PLUPERFECT: Final = re.compile(rf"\b(?:{either('place.scene', 'pluperfect')})\b")
"""An auxiliary of the pluperfect: the sentence tells an earlier time than the scene's."""
_SHORTEST: Final = 60
"""A sentence shorter than this is a byline, a stamp or a dateline, which sets no scene."""
_TRIP_REACH: Final = 30
_SCENE_REACH: Final = 3
"""How many days apart the scene's day and the main event's may be: one trip."""
_NEWS_REACH: Final = 7
"""How many days before publication a scene's day may be for an event with no day."""


def scene_dates(
    key: str,
    readings: Sequence[SentenceReading],
    drafts: Sequence[Draft],
    published: PartialDate | None,
) -> None:
    """Give each foreground event that has no day of its own the day of the scene it is
    told in (``date.scene``), as the module says."""
    if published is None or published.year is None or published.day is None:
        return
    takers = [
        draft
        for draft in drafts
        if (draft.date is None or draft.main_event_date)
        and not draft.background
        and draft.subtype != "visit"
        and _may_take(draft)
        and not draft.reaction
    ]
    if not takers:
        return
    scenes = _scenes(key, readings, published, max(draft.sentence for draft in takers))
    for draft in takers:
        found = scenes.get(draft.sentence)
        if found is None or found[0] == draft.date:
            continue
        day, index = found
        if _of_other_sides(draft, index, drafts):
            continue  # the scene of other sides' event: not this one's
        if draft.date is None:
            fits = 0 <= _days(published, day) <= _NEWS_REACH
        else:
            assert isinstance(draft.date, PartialDate)
            fits = abs(_days(day, draft.date)) <= _SCENE_REACH
        if fits:
            draft.date = day
            draft.trace("date.scene")


def _of_other_sides(draft: Draft, index: int, drafts: Sequence[Draft]) -> bool:
    """Whether the sentence of index ``index`` tells events, none of ``draft``'s sides."""
    told = [other.parties for other in drafts if other.sentence == index]
    return bool(told) and draft.parties not in told


def _may_take(draft: Draft) -> bool:
    """Whether the draft has no day of its own: none, or the main event's one day."""
    if draft.date is None:
        return True
    date = draft.date
    return (
        draft.main_event_date
        and isinstance(date, PartialDate)
        and date.day is not None
        and date.year is not None
    )


def _scenes(
    key: str, readings: Sequence[SentenceReading], published: PartialDate, last: int
) -> dict[int, tuple[PartialDate, int]]:
    """The scene of each sentence up to the one of index ``last``: the last day told up
    to it (its own sentence included) that sets a scene, with the index of the sentence
    that tells it. The last sentence that tells a day decides (a span there, or a day
    after publication, gives none); a sentence opening on « auparavant » has none."""
    out: dict[int, tuple[PartialDate, int]] = {}
    scene: tuple[PartialDate, int] | None = None
    for reading in readings:
        if reading.index > last:
            break
        if key.startswith(_EARLIER, reading.sentence.start):
            scene = None  # « Auparavant, … »: told of an earlier, untold day
            continue
        if reading.dates and reading.sentence.end - reading.sentence.start >= _SHORTEST:
            scene = _own_scene(key, reading, published, scene)
        if scene is not None:
            out[reading.index] = scene
    return out


def _own_scene(
    key: str,
    reading: SentenceReading,
    published: PartialDate,
    before: tuple[PartialDate, int] | None,
) -> tuple[PartialDate, int] | None:
    """The scene after ``reading``: the last day it tells that sets one, else ``before``
    (none when it tells a span of days, or a day after publication)."""
    told = next(
        (m for m in reversed(reading.dates) if _tells_day(m) and _sets_scene(key, reading, m)),
        None,
    )
    if told is None:
        if any(_tells_span(m) and _sets_scene(key, reading, m) for m in reading.dates):
            return None  # « du 12 au 14 mai »: which day, rule date.day-told-before says
        return before
    value = told.value
    if isinstance(value, PartialDate) and _days(published, value) >= 0:
        return value, reading.index
    return None


def _tells_day(mention: DateMention) -> bool:
    """Whether the mention tells a full day of its own: not « le soir même », « le même
    jour », which repeat the day told before them (and what that day was)."""
    value = mention.value
    if not isinstance(value, PartialDate) or value.day is None or value.year is None:
        return False
    if mention.form is not DateForm.RELATIVE:
        return True
    return _lexicon().told_days.get(fold_key(mention.text), None) != 0


def _tells_span(mention: DateMention) -> bool:
    value = mention.value
    return isinstance(value, DateSpan) and value.start.day is not None


def _sets_scene(key: str, reading: SentenceReading, mention: DateMention) -> bool:
    """Whether the day ``mention`` tells is a scene's: not a trip's start, not to come."""
    start = max(reading.sentence.start, mention.start - _TRIP_REACH)
    if _TRIP_START.search(key, start, mention.start) is not None:
        return False
    start = max(reading.sentence.start, mention.start - _BACKGROUND_REACH)
    if _BACKGROUND.search(key, start, mention.start) is not None:
        return False
    if _SOURCE_CLAUSE.search(key, start, mention.start) is not None:
        return False  # « …, a indiqué mercredi le ministère »: when it was reported
    return not _future(reading, (mention.start, mention.end))


def _days(first: PartialDate, last: PartialDate) -> int:
    """Days from ``last`` to ``first`` (two full dates)."""
    bounds_first, bounds_last = first.bounds(), last.bounds()
    if bounds_first is None or bounds_last is None:
        return 0
    return (bounds_first[0] - bounds_last[0]).days


def scene_places(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: Sequence[Draft]
) -> None:
    """Give each foreground meeting, signing or joint text that has no place the city of
    the scene it is told in (``place.scene``): the last city told before its sentence as
    a venue (« à Astana », « dans la capitale égyptienne »), when that city lies in the
    state of one of its sides; a sentence about what is to come sets no scene, and the
    event's own sentence is read by ``place.sentence`` (one in the pluperfect, « il
    s'était entretenu », is of another, earlier time). A call or a videoconference has
    no place, nor does a state's own statement; a visit names its own."""
    takers = [
        draft
        for draft in drafts
        if draft.place is None
        and not draft.background
        and draft.subtype not in _MANNERS
        and draft.subtype != "visit"
        and not draft.reaction
    ]
    if not takers:
        return
    lex = lexicon()
    before = _places_before(prepared, readings, max(draft.sentence for draft in takers))
    for draft in takers:
        found = before.get(draft.sentence)
        if found is None:
            continue
        place, own = found
        if _PLUPERFECT.search(prepared.key, own.start, own.end) is not None:
            continue  # « il s'était entretenu »: told of another, earlier time
        if lex.city_state(place) in draft.parties:
            draft.place = place
            draft.trace("place.scene")


def _places_before(
    prepared: Prepared, readings: Sequence[SentenceReading], last: int
) -> dict[int, tuple[str, Sentence]]:
    """For each sentence up to the one of index ``last``, the last city told as a venue
    before it (none in a sentence about what is to come, nor in one in the pluperfect,
    which tells an earlier time), with the sentence itself."""
    out: dict[int, tuple[str, Sentence]] = {}
    place: str | None = None
    for reading in readings:
        if reading.index > last:
            break
        if place is not None:
            out[reading.index] = (place, reading.sentence)
        if not reading.parties or any(kind == "future" for _s, _e, kind in reading.cues):
            continue  # « la prochaine session, prévue à Alger »: a place to come
        own = reading.sentence
        if _PLUPERFECT.search(prepared.key, own.start, own.end) is not None:
            continue  # « ils avaient signé à Kigali »: the place of an earlier time
        found = _place(prepared, reading) or _capital_named_by_adjective(prepared, reading)
        if found is not None:
            place = found
    return out
