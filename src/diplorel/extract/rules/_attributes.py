"""Attribute rules: the parties, date, place, round, heads and titles of a draft."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import attrs

from diplorel.extract._capitals import capital_of
from diplorel.extract._draft import Draft
from diplorel.extract._guard import Guarded, WordStart
from diplorel.extract._reading import SentenceReading, readings_by_index
from diplorel.extract._text import Prepared
from diplorel.extract._words import alternation, either, forms, phrases
from diplorel.extract.recognise._dates import DateMention, since_period
from diplorel.extract.recognise._mentions import (
    PersonMention,
)
from diplorel.extract.rules._base import Options
from diplorel.extract.rules._cues import (
    _CAPITAL_DETAILS,
    _PLACE_DETAILS,
    _PLACE_PREP,
    _is_organisation,
)
from diplorel.model import DateSpan, DateValue, PartialDate

_TOPIC_AFTER: Final = re.compile(
    rf"\b(?:sur (?:la|le|les|l')|{either('parties.clause', 'topic')})\b"
)
_TOPIC_SCAN: Final = WordStart(_TOPIC_AFTER)


_DELEGATION: Final = re.compile(rf"\b(?:{either('heads.delegation', 'delegation')})\b")
_DELEGATION_NOUNS: Final = forms("heads.delegation", "delegation")


_LED_BY: Final = re.compile(
    rf"\b(?:{either('heads.delegation', 'led-by')})\s+par\b|"
    rf"\b(?:{either('heads.delegation', 'at-the-head')})"
)
_LED_BY_GUARDED: Final = Guarded(
    _LED_BY,
    (*forms("heads.delegation", "led-by"), *forms("heads.delegation", "at-the-head")),
)
"""« conduite par », « représentée par », « à la tête de »: tried only where one is written."""


_COUNTRY_OF_CITY: Final = re.compile(r",\s*(?:en|au|aux|a)\s+$")


_CAPITAL_OF: Final = re.compile(rf"\b(?:{either('parties.clause', 'capital')})(?: \w+)?,? $")


_CITY_LEADS: Final = (
    *(f"{lead} " for lead in forms("recognise.parties", "city-lead")),
    *forms("recognise.parties", "city-lead-elided"),
)
"""What comes before a city that is then no side: "capitale du ", "ville ", "capitale d'"."""


def _actor_parties(
    prepared: Prepared,
    reading: SentenceReading,
    lo: int,
    hi: int,
    skip: frozenset[int] = frozenset(),
) -> list[str]:
    """Party codes of the mentions in ``[lo, hi)`` that can be sides of an event (the
    mentions starting at an offset of ``skip`` are not)."""
    key = prepared.key
    codes: list[str] = []
    for mention in reading.parties:
        if not lo <= mention.start < hi or mention.category != "party":
            continue
        if mention.start in skip:
            continue
        before = key[max(0, mention.start - 14) : mention.start]
        if mention.detail in _CAPITAL_DETAILS and (
            _PLACE_PREP.search(before)
            or _CAPITAL_OF.search(key, max(0, mention.start - 40), mention.start)
        ):
            continue
        if before.endswith("(") and key.startswith(")", mention.end):
            continue  # "Igor Popov (Russie)": a person's nationality, not a side
        if before.endswith(_CITY_LEADS):
            continue
        if _COUNTRY_OF_CITY.search(before) and any(
            m.detail in _PLACE_DETAILS and 0 < mention.start - m.end <= 6 for m in reading.parties
        ):
            continue  # "à Cebu, aux Philippines": where the city is
        if _APPOSITION.search(key, max(0, mention.start - 70), mention.start):
            continue  # "l'Arménie, un voisin de l'Azerbaïdjan": says who Armenia is
        if mention.value not in codes:
            codes.append(mention.value)
    return codes


_APPOSITION: Final = re.compile(
    rf", (?:(?:{either('parties.clause', 'apposition-determiner')}) )?(?:[\w-]+ ){{0,3}}?"
    rf"(?:{either('parties.clause', 'relation-noun')})s?(?: [\w'-]+){{0,4}}? (?:de|d'|du|des)(?: "
    r"(?:la|l'|le|les))?\s*$"
)
"""An apposition that says who a party is in relation to another ("l'Arménie, un voisin
de longue date de l'Azerbaïdjan"): the other is no side."""


_COMPLEMENT: Final = re.compile(
    rf"[^,;:.]{{0,50}}?\b(?:{either('parties.instrument-complement', 'complement')})\s+"
)


_COMPLEMENT_END: Final = re.compile(r"[,;:.()\"\u201c\u201d\u00ab\u00bb]")


def _complement(
    prepared: Prepared, reading: SentenceReading, t_end: int
) -> tuple[list[str], frozenset[int]]:
    """The parties of an instrument's own complement ("un accord de coopération entre
    l'Azerbaïdjan et l'UE", "un accord avec le Japon"), and where they are written."""
    key, s_end = prepared.key, reading.sentence.end
    lead = _COMPLEMENT.match(key, t_end, min(s_end, t_end + 60))
    if lead is None:
        return [], frozenset()
    stop = _COMPLEMENT_END.search(key, lead.end(), min(s_end, lead.end() + 80))
    end = stop.start() if stop else min(s_end, lead.end() + 80)
    mentions = [
        m for m in reading.parties if lead.end() <= m.start < end and m.category == "party"
    ]
    return list(dict.fromkeys(m.value for m in mentions)), frozenset(m.start for m in mentions)


_MARGIN: Final = re.compile(rf"\b(?:{either('parties.margin', 'margin')})\b[^,;:.]{{0,80}}")
_MARGIN_GUARDED: Final = Guarded(_MARGIN, forms("parties.margin", "margin"))


def _margins(
    prepared: Prepared, reading: SentenceReading, anchor: tuple[int, int]
) -> frozenset[int]:
    """Where the parties of a frame "en marge du sommet de l'ASEAN" are written: the
    summit's, not the sides of the meeting held on its sidelines."""
    starts: set[int] = set()
    for match in _MARGIN_GUARDED.finditer(
        prepared.key, reading.sentence.start, reading.sentence.end
    ):
        if match.start() <= anchor[0] < match.end():
            continue  # the trigger is the summit itself
        starts.update(m.start for m in reading.parties if match.start() <= m.start < match.end())
    return frozenset(starts)


def in_margin(prepared: Prepared, reading: SentenceReading, position: int) -> bool:
    """Whether ``position`` is inside a frame "en marge des consultations": what is
    written there is the gathering on whose margin something else took place."""
    return any(
        match.start() <= position < match.end()
        for match in _MARGIN_GUARDED.finditer(
            prepared.key, reading.sentence.start, reading.sentence.end
        )
    )


def _instrument_complements(prepared: Prepared, reading: SentenceReading) -> frozenset[int]:
    """Where the parties of instruments' complements are written in a sentence: they
    are the instrument's sides, not a meeting's ("il a soutenu l'accord entre X et Y")."""
    starts: set[int] = set()
    for _start, end, entry in reading.triggers:
        if entry.category == "instrument":
            starts |= _complement(prepared, reading, end)[1]
    return frozenset(starts)


def _window(
    prepared: Prepared, reading: SentenceReading, anchor: tuple[int, int]
) -> tuple[int, int]:
    """The part of the sentence that names an event's participants."""
    start, end = reading.sentence.start, reading.sentence.end
    key = prepared.key
    topic = _TOPIC_SCAN.search(key, anchor[1], end)
    hi = end if topic is None else topic.start()
    return start, max(hi, anchor[1])


def _meeting_window(
    prepared: Prepared, reading: SentenceReading, anchor: tuple[int, int]
) -> tuple[int, int]:
    """A meeting's window also ends at an instrument named after the trigger: the
    parties that follow are the instrument's ("son soutien à un accord entre X et Y")."""
    lo, hi = _window(prepared, reading, anchor)
    for start, _end, entry in reading.triggers:
        if entry.category == "instrument" and anchor[1] <= start < hi:
            return lo, max(start, anchor[1])
    return lo, hi


_EVOKED_BEFORE: Final = re.compile(
    rf"\b(?:{either('parties.evoked-meeting', 'talk-about')})\w*"
    rf"(?: (?:{either('parties.evoked-meeting', 'talk-about-tail')}))?\b"
    rf"[^,;:.()]{{0,40}}? (?:{either('parties.evoked-meeting', 'determiner')})\s*$"
)
"""« a évoqué (avec X) la réunion », « a été évoquée la rencontre », read back from the
meeting's noun."""
_EVOKED_GUARDED: Final = Guarded(_EVOKED_BEFORE, forms("parties.evoked-meeting", "talk-about"))


def evoked_window(
    prepared: Prepared, reading: SentenceReading, anchor: tuple[int, int], window: tuple[int, int]
) -> tuple[int, int]:
    """Rule ``parties.evoked-meeting``: « X a eu un entretien avec Y, au cours duquel a
    été évoquée la rencontre tenue à Riyad entre des Américains et des Russes »: a
    meeting that the sentence says was talked about is an event of its own, so the
    sides of the talk end before it, and its own sides are those written from its noun
    on (« entre … et … », « organisée par … »), not the talkers'."""
    key = prepared.key
    lo, hi = window
    if not _EVOKED_GUARDED.possible(key, max(lo, anchor[0] - 60), hi):
        return window
    if _EVOKED_GUARDED.search(key, max(lo, anchor[0] - 60), anchor[0]):
        lo = anchor[0]
    for start, _end, entry in reading.triggers:
        if entry.category != "consultation" or not anchor[1] <= start < hi:
            continue
        evoked = _EVOKED_GUARDED.search(key, max(anchor[1], start - 60), start)
        if evoked is not None:
            hi = max(anchor[1], evoked.start())
            break
    return lo, hi


_YEAR_REACH: Final = 60


def _distance(item: DateMention, anchor: tuple[int, int]) -> int:
    return item.start - anchor[1] if item.start >= anchor[1] else anchor[0] - item.end


def _has_month(value: DateValue) -> bool:
    start = value.start if isinstance(value, DateSpan) else value
    return start.month is not None


def _is_period(value: DateValue) -> bool:
    """A span of whole years ("2023-2024"): the term of a plan, not an event's date."""
    return isinstance(value, DateSpan) and value.start.month is None


_ATTACHED: Final = 2
"""At most this many characters (a space) between a trigger and the year it governs."""


def _attached_year(items: Sequence[DateMention], anchor: tuple[int, int]) -> DateMention | None:
    """Rule ``date.attached-year``: « l'accord conclu en 1997 », « entré en vigueur en
    1994 », « la session de 2022 »: a year (or a month of a year) written right after the
    trigger is that event's own date, even when the sentence tells a finer date of
    something else (« que l'on juge aujourd'hui dépassé », « signé le 3 mai par … »)."""
    for item in items:
        value = item.value
        if (
            0 <= item.start - anchor[1] <= _ATTACHED
            and isinstance(value, PartialDate)
            and value.year is not None
            and value.day is None
        ):
            return item
    return None


def _near(items: Sequence[DateMention], anchor: tuple[int, int]) -> DateMention | None:
    """The date mention nearest the anchor; a year alone only when nothing finer is there."""
    best: DateMention | None = None
    best_distance = 10**9
    finer = any(
        item.value is not None and not _is_period(item.value) and _has_month(item.value)
        for item in items
    )
    for item in items:
        if item.value is None or _is_period(item.value):
            continue
        if not _has_month(item.value) and (finer or _distance(item, anchor) > _YEAR_REACH):
            continue
        distance = item.start - anchor[1] if item.start >= anchor[1] else anchor[0] - item.end
        if distance < best_distance:
            best, best_distance = item, distance
    return best


def _dates_of_stage(
    dates: Sequence[DateMention],
    anchor: tuple[int, int],
    stages: Sequence[tuple[int, int, str]],
    key: str | None = None,
) -> list[DateMention]:
    """The dates of the sentence but those written right after another stage ("approuvé
    jeudi … trois accords signés à Kigali le 14 octobre": 14 October is the
    signature's, not the approval's). With the sentence's ``key``, a verb of the same
    stage governing a bill that names it is no other stage: « a approuvé jeudi le projet
    de loi portant approbation de la convention » is approved on Thursday."""
    own_values = {v for s, e, v in stages if (s, e) == anchor}
    others = [
        e
        for s, e, v in stages
        if (s, e) != anchor
        and not (key is not None and v in own_values and _BILL.search(key, e, anchor[0]))
    ]

    def own(date: DateMention) -> bool:
        after_other = any(0 <= date.start - end <= _OWN_DATE_REACH for end in others)
        if 0 <= date.start - anchor[1] <= _OWN_DATE_REACH:
            # right after this stage, unless another stage comes between
            return not any(anchor[1] <= end <= date.start for end in others)
        return not after_other

    return [d for d in dates if own(d)]


_OWN_DATE_REACH: Final = 40
_BILL: Final = re.compile(rf"\b(?:{either('stage.bill', 'bill')})\b")
"""« le projet de loi », « le projet de décret »: a bill that names the stage it is for."""


def _dates_of_other_stages_left(
    reading: SentenceReading, dates: Sequence[DateMention], anchor: tuple[int, int]
) -> list[DateMention]:
    """The ``dates`` of the sentence but those of an instrument's stage named there ("la
    commission créée par l'accord signé le 6 avril 2006 a tenu sa session le 26 mars
    2019": 6 April 2006 is the signature's, not the session's)."""
    stages = [(s, e, entry.value) for s, e, entry in reading.triggers if entry.category == "stage"]
    return _dates_of_stage(dates, anchor, stages) if stages else list(dates)


_PLACE_BEFORE: Final = re.compile(
    rf"(?:\ba|\bau|\b(?:{either('place.sentence', 'in-the-city')})(?: \w+)?(?: de| d')?,?|\ben|\b"
    rf"(?:{either('place.sentence', 'named-meeting')}) (?:de|d')|"
    rf"\b(?:(?:{either('place.sentence', 'in-the')}) |{either('place.sentence', 'in-the-elided')})"
    rf"(?:{either('place.sentence', 'building')})(?: [\w-]+){{0,3}} (?:de|d'))\s*$"
)  # "au palais des congrès de Yaoundé": the venue's city


def _place(
    prepared: Prepared, reading: SentenceReading, skip_after: Sequence[int] = ()
) -> str | None:
    """The city after "à", "dans la capitale (…)", or naming a meeting ("le sommet de X");
    not one written shortly after an offset of ``skip_after`` (another stage's)."""
    key, text = prepared.key, prepared.text
    for mention in reading.parties:
        if mention.detail not in _PLACE_DETAILS:
            continue
        if any(0 <= mention.start - end <= _OWN_DATE_REACH for end in skip_after):
            continue
        if any(0 <= mention.start - d.end <= 6 for d in reading.earlier):
            continue  # "celle de 1987, à Brazzaville": where an earlier session was
        before = key[max(reading.sentence.start, mention.start - 45) : mention.start]
        if _PLACE_BEFORE.search(before):
            name = text[mention.start : mention.end]
            if before.endswith("au ") and not name.startswith(("Le ", "le ")):
                return "Le " + name  # "au Caire": the city is "Le Caire"
            return name
    return None


_IN_CAPITAL: Final = re.compile(rf"\b(?:{either('place.capital-adjective', 'in-capital')})\s*$")


def _capital_named_by_adjective(prepared: Prepared, reading: SentenceReading) -> str | None:
    """ "dans la capitale tchadienne": the capital of the state whose adjective follows."""
    key = prepared.key
    for mention in reading.parties:
        if mention.detail != "demonym" or mention.category != "party":
            continue
        if _IN_CAPITAL.search(key, max(reading.sentence.start, mention.start - 25), mention.start):
            return capital_of().get(mention.value)
    return None


_ROUND_BETWEEN: Final = re.compile(
    rf"[\s]*(?:(?:{either('round.ordinal', 'between-word')}|"
    rf"{alternation(phrases('round.ordinal', 'between'))})"
    r"[\s']*)*"
)
"""What may stand between an ordinal and the meeting it numbers ("la troisième session
ordinaire de la commission", "la première réunion tripartite de concertation")."""


def _round(reading: SentenceReading, prepared: Prepared, anchor: tuple[int, int]) -> int | None:
    key = prepared.key
    for ordinal in reversed(reading.ordinals):
        if ordinal.end <= anchor[0] and anchor[0] - ordinal.end <= 45:
            between = key[ordinal.end : anchor[0]]
            if _ROUND_BETWEEN.fullmatch(between):
                return ordinal.value
    return None


_CHIEF: Final = re.compile(
    rf"\b(?:{either('heads.chief', 'chief')}) de (?:(?:{either('heads.chief', 'possessive')}) )?"
    rf"(?:{either('heads.chief', 'led-body')})\b"
)


def _add_chiefs(
    draft: Draft, key: str, reading: SentenceReading, chiefs: dict[str, PersonMention]
) -> None:
    """ "Le chef de la délégation algérienne" names the head already known for that side."""
    if not chiefs or _CHIEF.search(key, reading.sentence.start, reading.sentence.end) is None:
        return
    sides = {p.party for p in draft.persons}
    for code in sorted(draft.parties):
        chief = chiefs.get(code)
        if chief is not None and code not in sides:
            draft.persons.insert(0, chief)
            draft.trace("heads.chief")


_DELEGATION_WORDS: Final = tuple(
    word
    for word in _DELEGATION_NOUNS
    if not any(other != word and word.startswith(other) for other in _DELEGATION_NOUNS)
)
"""The nouns of a delegation a sentence must hold to be read for its heads, shortest
forms only (« delegation » finds « delegations »): « la délégation malienne était
conduite par X », « la partie malienne était représentée par X »."""


def _delegation_heads(prepared: Prepared, reading: SentenceReading) -> list[PersonMention]:
    """Persons said to lead a delegation, with the delegation's party."""
    key = prepared.key
    s_start, s_end = reading.sentence.start, reading.sentence.end
    if all(key.find(word, s_start, s_end) < 0 for word in _DELEGATION_WORDS):
        return []
    if _LED_BY_GUARDED.search(key, s_start, s_end) is None:
        return []
    out = []
    for person in reading.persons:
        party = person.party
        last = None
        for match in _DELEGATION.finditer(key, s_start, person.start):
            last = match
        if last is not None:
            for mention in reading.parties:
                if last.end() <= mention.start < last.end() + 25 and mention.category == "party":
                    party = mention.value
                    break
        out.append(attrs.evolve(person, party=party))
    return _respectively(prepared, reading, out)


_RESPECTIVELY: Final = re.compile(rf"\b(?:{either('heads.delegation', 'respectively')})\b")


def _respectively(
    prepared: Prepared, reading: SentenceReading, persons: list[PersonMention]
) -> list[PersonMention]:
    """ "Les délégations du Bénin et du Niger étaient conduites respectivement par X et Y":
    X leads the first, Y the second, in the order the delegations are named."""
    key, s_start, s_end = prepared.key, reading.sentence.start, reading.sentence.end
    word = _RESPECTIVELY.search(key, s_start, s_end)
    if word is None:
        return persons
    delegation = None
    for match in _DELEGATION.finditer(key, s_start, word.start()):
        delegation = match
    if delegation is None:
        return persons
    sides = list(
        dict.fromkeys(
            m.value
            for m in reading.parties
            if delegation.end() <= m.start < word.start() and m.category == "party"
        )
    )
    led = [p for p in persons if p.start > word.end()]
    if len(sides) < 2 or len(led) != len(sides):
        return persons
    sides_of = {p.start: side for p, side in zip(led, sides, strict=True)}
    return [
        attrs.evolve(p, party=sides_of[p.start]) if p.start in sides_of else p for p in persons
    ]


def _heads(
    reading: SentenceReading, parties: set[str], anchor: tuple[int, int]
) -> list[PersonMention]:
    """Persons of the sentence who can lead a side of the event at ``anchor``.

    When the sentence reports several talks ("l'appel entre les présidents X et Y
    ... le ministre Z a reçu un appel de W"), each person goes with the nearest.
    """
    others = [
        start
        for start, _end, entry in reading.triggers
        if entry.category == "consultation" and abs(start - anchor[0]) > 40
    ]
    out = []
    for person in reading.persons:
        if person.party is not None and person.party not in parties:
            continue
        mine = abs(person.start - anchor[0])
        if any(abs(person.start - other) < mine for other in others):
            continue
        out.append(person)
    return out


_NOT_ACTING: Final = re.compile(
    rf"\b(?:{alternation(phrases('heads.not-acting', 'aside'))})\s+(?:de|du|des|d'|par)\b"
)
"""Persons named after these accompany or guide the ones who act ("accompagné du
ministre X", "grâce aux hautes orientations du roi Y"): they lead no side."""
_NOT_ACTING_SCAN: Final = WordStart(_NOT_ACTING)

_NOT_ACTING_END: Final = re.compile(
    rf"\b(?:{either('heads.not-acting', 'clause-verb')})\b|[;:()\u00ab\u00bb\"]"
)
"""Where the phrase naming the persons who do not act ends: the clause's verb."""


def _drop_not_acting(
    prepared: Prepared, reading: SentenceReading, persons: list[PersonMention]
) -> list[PersonMention]:
    """The persons but those who only accompany or guide another of their side ("X,
    accompagné du ministre Y, a été reçu par Z": Y leads no side). A person is kept
    when nobody else of the event speaks for the same side."""
    key, s_end = prepared.key, reading.sentence.end
    aside: set[int] = set()
    for match in _NOT_ACTING_SCAN.finditer(key, reading.sentence.start, s_end):
        stop = _NOT_ACTING_END.search(key, match.end(), s_end)
        while stop is not None and prepared.text[stop.start()] == "à":
            stop = _NOT_ACTING_END.search(key, stop.end(), s_end)  # « à son homologue »
        end = stop.start() if stop else s_end
        aside.update(p.start for p in persons if match.end() <= p.start < end)
    if not aside:
        return persons
    acting = [p for p in persons if p.start not in aside]
    sides = {p.party for p in acting}
    return [p for p in persons if p.start not in aside or (p.party and p.party not in sides)]


_COMPLEMENT_OF: Final = re.compile(
    rf"\b(?:{either('heads.complement-of', 'relation')}) (?:de |du |d')"
)
"""A noun that names another's relation to a person, his government or the end of his
power, then « de »: « le prédécesseur de », « le gouvernement de », « la chute de »."""
_COMPLEMENT_NOUN: Final = max(map(len, forms("heads.complement-of", "relation"))) + 4
"""The longest noun of :data:`_COMPLEMENT_OF` with its « de »."""
_COMPLEMENT_REACH: Final = 45
"""How far after « de » the person of the complement may be named (his title between)."""
_COMPLEMENT_BREAK: Final = re.compile(r"[,;:()\u00ab\u00bb\"]")


def _drop_complements(
    prepared: Prepared, reading: SentenceReading, persons: list[PersonMention]
) -> list[PersonMention]:
    """Rule ``heads.complement-of``: the persons but those named as the complement of a
    noun of :data:`_COMPLEMENT_OF` (« Pour sa première visite depuis la chute de X »,
    « Y, le prédécesseur de M. Z, s'était rendu … »): the first person named after
    « de », within reach and before any comma, leads no side of the event. A person in
    apposition after a comma (« l'envoyé spécial de l'ONU, M. W ») is the envoy himself.
    Only the few words before each person are read."""
    key, text, s_start = prepared.key, prepared.text, reading.sentence.start
    dropped = set()
    for person in persons:
        lo = max(s_start, person.start - _COMPLEMENT_REACH - _COMPLEMENT_NOUN)
        last = None
        match = _COMPLEMENT_OF.search(key, lo, person.start)  # mostly none: one search
        while match is not None:
            last = match
            match = _COMPLEMENT_OF.search(key, match.end(), person.start)
        if (
            last is not None
            and person.start - last.end() < _COMPLEMENT_REACH
            and _COMPLEMENT_BREAK.search(text, last.end(), person.start) is None
            and not any(last.end() <= p.start < person.start for p in reading.persons)
        ):
            dropped.add(person.start)
    return [p for p in persons if p.start not in dropped] if dropped else persons


_OTHER_TIME: Final = re.compile(
    rf"(?:{either('parties.own-clause', 'other-time')}) (?:d'|de )?[^,.;:]{{1,60}}, "
)
"""A sentence that opens on an adjunct of another time (« Avant l'Australie, … », « Avant
de rallier Paris, … », « Après Dakar, … »): another stop of the trip."""
AFTER_WHICH: Final = re.compile(
    rf"\b(?:{either('parties.own-clause', 'after-which')}) "
    rf"(?:{either('parties.own-clause', 'which')})\b"
)
"""A relative link to an event told before it (« …, à l'issue duquel », « au terme de
laquelle »): what follows is a new clause, told after that event."""


def own_clause(
    prepared: Prepared, reading: SentenceReading, anchor: tuple[int, int], window: tuple[int, int]
) -> tuple[int, int]:
    """Rule ``parties.own-clause``: the part of ``window`` (the part of the sentence read
    for a trigger's sides) that is the trigger's own clause. « Avant l'Australie, le
    ministre chinois s'était rendu en Nouvelle-Zélande », « A et B ont tenu un sommet
    avec C, à l'issue duquel leurs ministres X et Y ont signé un accord »: the sides
    named in a fronted adjunct of another time, or before a relative link to an earlier
    event, are those of another event, once the trigger's clause names two sides itself
    (else they may be the ones it leaves implicit)."""
    lo, hi = window
    key = prepared.key
    start = lo
    if key.startswith(OTHER_TIME_WORDS, reading.sentence.start):
        fronted = _OTHER_TIME.match(key, reading.sentence.start, anchor[0])
        if fronted is not None:
            start = max(start, fronted.end())
    for link in AFTER_WHICH.finditer(key, lo, anchor[0]):
        start = max(start, link.start())
    if start == lo or not _two_sides(reading, start, hi):
        return window
    return start, hi


OTHER_TIME_WORDS: Final = tuple(f"{word} " for word in forms("parties.own-clause", "other-time"))
"""The words a sentence opening on an adjunct of another time starts with: the cheap test
callers make before :func:`own_clause` (with :data:`WHICH_GUARD`)."""
WHICH_GUARD: Final = forms("parties.own-clause", "guard")[0]
"""What every relative pronoun of :data:`AFTER_WHICH` holds (« duquel », « de laquelle »):
a relative link is looked for only where it occurs."""


def _two_sides(reading: SentenceReading, lo: int, hi: int) -> bool:
    """Whether two sides (parties, or persons) are named between ``lo`` and ``hi``."""
    named = {m.value for m in reading.parties if m.category == "party" and lo <= m.start < hi}
    named |= {p.party or p.name for p in reading.persons if lo <= p.start < hi}
    return len(named) >= 2


def _fill_parties(
    codes: list[str],
    pair: list[str],
    both: bool,
    *,
    needed: int = 2,
    organisation_alone: bool = True,
) -> set[str]:
    """The sides named, completed from the article's main pair.

    "les deux pays" brings in the main pair; a side left implicit is taken
    from it, unless an organisation is named and may act alone (a meeting of
    the OSCE) when ``organisation_alone``.
    """
    parties = set(codes)
    alone = organisation_alone and any(_is_organisation(c) for c in parties)
    if both or (len(parties) < needed and not alone):
        for code in pair:
            if len(parties) >= (2 if both else needed):
                break
            parties.add(code)
    return parties


def _clause_start(prepared: Prepared, reading: SentenceReading, at: int) -> int:
    """Start of the clause holding ``at``, reaching back over lists of parties
    ("les ministres iranien, azerbaïdjanais, turc et géorgien")."""
    key = prepared.key
    s_start = reading.sentence.start
    comma = key.rfind(",", s_start, at)
    while comma != -1:
        previous = key.rfind(",", s_start, comma)
        segment_start = previous + 1 if previous != -1 else s_start
        listed = [
            m
            for m in reading.parties
            if segment_start <= m.start and m.end <= comma and m.category == "party"
        ]
        if (
            len(listed) != 1
            or comma - segment_start > len(key[listed[0].start : listed[0].end]) + 20
        ):
            return comma + 1
        comma = previous
    return s_start


_TITLE_ENDS: Final = (
    *(f" {end}" for end in forms("declaration.titled", "title-end", folded=False)),
    *(f" {word} " for word in forms("declaration.titled", "title-end-word", folded=False)),
)
"""Where an unquoted title stops: " signé", " a été", " qui "."""


def _title_from(text: str, start: int, end: int) -> str | None:
    stop = end
    for sep in (
        *_TITLE_ENDS,
        ",",
        ";",
        " (",
        "\n",
        "\u00bb",
        "\u201d",
        '"',
    ):
        at = text.find(sep, start, end)
        if at != -1:
            stop = min(stop, at)
    title = text[start:stop].strip(" .:;,-")
    return title if len(title.split()) >= 2 else None


def _quoted_title(text: str, start: int, end: int) -> str | None:
    match = re.search(r"«\s*([^«»]{8,300}?)\s*»|\"([^\"]{8,300})\"", text[start:end])
    if match is None:
        return None
    return (match.group(1) or match.group(2)).strip()


_WHERE: Final = re.compile(r",?\s+ou\s+")
"""A relative clause on a place ("à Séville, où se tient le forum de l'ONU"): folded
"où" is "ou", so the conjunction is told apart by the place named right before it."""


_CLAUSE_END: Final = re.compile(r"[,;:.!?]")


def _place_relatives(prepared: Prepared, reading: SentenceReading) -> list[tuple[int, int]]:
    """The relative clauses in "où" that follow a place or a country in the sentence
    ("à Genève, où siège l'OMC"; "au Japon où se tenait le sommet de l'ASEAN"), from
    "où" to the next punctuation."""
    key = prepared.key
    s_end = reading.sentence.end
    out: list[tuple[int, int]] = []
    for mention in reading.parties:
        if mention.detail not in _PLACE_OR_STATE:
            continue
        match = _WHERE.match(key, mention.end, s_end)
        if match is None or prepared.text[match.end() - 3 : match.end() - 1] != "où":
            continue
        stop = _CLAUSE_END.search(key, match.end(), s_end)
        out.append((match.start(), stop.start() if stop else s_end))
    return out


_PLACE_OR_STATE: Final = frozenset({"capital", "city", "name"})


def _drop_named_only_in(
    reading: SentenceReading, draft: Draft, spans: list[tuple[int, int]], rule: str
) -> None:
    """Drop the sides of ``draft`` named only inside ``spans`` of the sentence (not
    elsewhere in it, nor as a person's side), unless the trigger is in one of them or
    fewer than two sides (and no organisation) would be left."""
    spans = [c for c in spans if not c[0] <= draft.anchor[0] < c[1]]
    if not spans:
        return
    inside: set[str] = set()
    outside: set[str] = {p.party for p in reading.persons if p.party}
    for mention in reading.parties:
        if mention.category != "party":
            continue
        if any(lo <= mention.start < hi for lo, hi in spans):
            inside.add(mention.value)
        else:
            outside.add(mention.value)
    dropped = (inside - outside) & draft.parties
    kept = draft.parties - dropped
    if dropped and (len(kept) >= 2 or any(_is_organisation(c) for c in kept)):
        draft.parties = kept
        draft.trace(rule)


def _drop_place_relatives(prepared: Prepared, reading: SentenceReading, draft: Draft) -> None:
    """A party named only in a relative clause on the place of the event ("à Séville, où
    se tient le forum de l'ONU") describes the place, not a side; unless the event's
    trigger is in that clause, or dropping it leaves fewer than two sides."""
    _drop_named_only_in(
        reading, draft, _place_relatives(prepared, reading), "parties.place-relative"
    )


_RELATIONS_BETWEEN: Final = re.compile(
    rf"\b(?:(?:{either('parties.relations-topic', 'relations-change')}) "
    rf"(?:(?:{either('parties.relations-topic', 'of-relations')}) )?"
    rf"(?:{either('parties.relations-topic', 'relations')})|"
    rf"{either('parties.relations-topic', 'conflict')}) "
    rf"(?:{either('parties.relations-topic', 'between')})\b[^,;:.()]{{0,80}}"
)
_RELATIONS_GUARDED: Final = Guarded(
    _RELATIONS_BETWEEN, [f" {w}" for w in forms("parties.relations-topic", "between")]
)
"""Every match holds a blank then a word of "between" ("entre")."""


def _drop_relations_topic(prepared: Prepared, reading: SentenceReading, draft: Draft) -> None:
    """ "préoccupé par la dégradation des relations entre la Russie et l'Occident", "le
    conflit entre X et Y": the states of a conflict or of relations in trouble are the
    matter of the event, not its sides, when the sentence names its sides elsewhere."""
    spans = [
        m.span()
        for m in _RELATIONS_GUARDED.finditer(
            prepared.key, reading.sentence.start, reading.sentence.end
        )
    ]
    _drop_named_only_in(reading, draft, spans, "parties.relations-topic")


_ATTENDING: Final = re.compile(
    rf"\b(?:{either('parties.attending', 'presence')}) (?:de|du|des|d')\b[^,;:.()]{{0,80}}"
)
"""A phrase naming who attended ("en présence de l'ambassadeur de France"), to the
next punctuation."""
_ATTENDING_GUARDED: Final = Guarded(_ATTENDING, forms("parties.attending", "presence"))


def _drop_attending(prepared: Prepared, reading: SentenceReading, draft: Draft) -> None:
    """ "Le président égyptien a reçu le Premier ministre grec, en présence de
    l'ambassadeur de France": a state named only as attending is no side, when two
    sides (or an organisation) are named elsewhere; a person named there speaks for no
    side either."""
    spans = [
        m.span()
        for m in _ATTENDING_GUARDED.finditer(
            prepared.key, reading.sentence.start, reading.sentence.end
        )
        if not m.start() <= draft.anchor[0] < m.end()
    ]
    if not spans:
        return

    def inside(at: int, reach: int = 0) -> bool:
        return any(lo <= at < hi + reach for lo, hi in spans)

    # a person in apposition right after the phrase ("…de France, Jean Martin") attends
    named_in = {p.party for p in reading.persons if p.party and inside(p.start, 3)}
    outside = {p.party for p in reading.persons if p.party and not inside(p.start, 3)}
    for mention in reading.parties:
        if mention.category == "party":
            (named_in if inside(mention.start) else outside).add(mention.value)
    dropped = (named_in - outside) & draft.parties
    kept = draft.parties - dropped
    if dropped and (len(kept) >= 2 or any(_is_organisation(c) for c in kept)):
        draft.parties = kept
        draft.trace("parties.attending")


_MATTER_BEFORE: Final = re.compile(
    rf"\b(?:{either('parties.matter', 'noun')})s?\b(?:[ '-][\w-]+){{0,5}}? "
    rf"(?:{either('parties.matter', 'in')})\s*$"
)
"""A matter placed in a state ("la crise au Mali", "la situation sécuritaire au Sahel et
au Niger", "les élections en Guinée"), read back from the state's name."""

_AS_FOR: Final = re.compile(rf"\b(?:{either('parties.matter', 'topic')})\b[^,;:.()]{{0,80}}")
"""A topic set at the head of a sentence ("Quant à la Guinée, …"), to the comma."""
_AS_FOR_GUARDED: Final = Guarded(_AS_FOR, forms("parties.matter", "topic"))


def _drop_matters(prepared: Prepared, reading: SentenceReading, draft: Draft) -> None:
    """ "Préoccupés par la crise au Mali, les ministres marocain et sénégalais se sont
    entretenus …", "Quant à la Guinée, …": a state where a matter stands, or set as
    the topic, is no side when two sides (or an organisation) are named elsewhere."""
    key, s_start, s_end = prepared.key, reading.sentence.start, reading.sentence.end
    spans = [m.span() for m in _AS_FOR_GUARDED.finditer(key, s_start, s_end)]
    for mention in reading.parties:
        if mention.category != "party" or mention.detail == "demonym":
            continue
        if _MATTER_BEFORE.search(key, max(s_start, mention.start - 70), mention.start):
            spans.append((mention.start, mention.end))
    _drop_named_only_in(reading, draft, spans, "parties.matter")


_MATTER_ADJECTIVE_BEFORE: Final = re.compile(
    rf"\b(?:{either('parties.matter-adjective', 'noun')})s?"
    rf"(?: (?:{either('parties.matter-adjective', 'of')}) ?[\w-]+)? $"
)
"""A thing a nationality adjective qualifies (« une attaque de drones ukrainiens », « la
crise soudanaise », « les frappes israéliennes »), read back from the adjective."""


def _drop_matter_adjectives(prepared: Prepared, reading: SentenceReading, draft: Draft) -> None:
    """Rule ``parties.matter-adjective``: « au lendemain d'une attaque de drones
    ukrainiens », « ont évoqué la crise soudanaise »: the state of an adjective that
    qualifies an attack, a crisis or a matter is no side, when two sides (or an
    organisation) are named elsewhere."""
    key, s_start = prepared.key, reading.sentence.start
    spans = [
        (mention.start, mention.end)
        for mention in reading.parties
        if mention.category == "party"
        and mention.detail == "demonym"
        and _MATTER_ADJECTIVE_BEFORE.search(key, max(s_start, mention.start - 40), mention.start)
    ]
    if spans:
        _drop_named_only_in(reading, draft, spans, "parties.matter-adjective")


_GOVERNED_ENDS: Final = tuple(
    f" {preposition} {determiner}"
    for preposition in forms("parties.matter-preposition", "preposition")
    for determiner in (
        *(f"{d} " for d in forms("parties.matter-preposition", "determiner")),
        "l'",
        "",
    )
)
"""What is written before a state that « sur » or « contre » governs (« sur la Syrie »,
« contre l'Iran »), with the blank before the preposition."""
_GOVERNED_REACH: Final = max(map(len, _GOVERNED_ENDS)) + 1
_GOVERNED_WORDS: Final = tuple(f"{p} " for p in forms("parties.matter-preposition", "preposition"))
_TARGET_BEFORE: Final = re.compile(
    rf"\b(?:{either('parties.matter-preposition', 'target')})"
    rf" (?:(?:{either('parties.matter-preposition', 'determiner')}) |l')?[\w-]+(?: [\w-]+)? $"
)
"""A thing a nationality adjective qualifies after « contre » (« contre les
infrastructures énergétiques ukrainiennes »): the target."""
_TARGET_GUARDED: Final = Guarded(_TARGET_BEFORE, forms("parties.matter-preposition", "target"))


def _drop_governed(prepared: Prepared, reading: SentenceReading, draft: Draft) -> None:
    """Rule ``parties.matter-preposition``: « dans le cadre du processus d'Astana sur la
    Syrie », « Sur la Libye, les deux ministres … », « ont condamné les frappes contre
    les infrastructures ukrainiennes »: a state that « sur » governs is what is talked
    about, and one that « contre » governs (or a thing of it) is the target; neither
    is a side, when two sides (or an organisation) are named elsewhere."""
    spans = _governed_spans(prepared, reading)
    if spans:
        _drop_named_only_in(reading, draft, spans, "parties.matter-preposition")


def governed_codes(prepared: Prepared, reading: SentenceReading) -> set[str]:
    """The parties the sentence names after a matter's or a target's preposition
    (« sur l'Ukraine », « contre l'Iran »: rule ``parties.matter-preposition``)."""
    spans = _governed_spans(prepared, reading)
    return {m.value for m in reading.parties if (m.start, m.end) in spans}


def _governed_spans(prepared: Prepared, reading: SentenceReading) -> list[tuple[int, int]]:
    """The spans of the party mentions a matter's or a target's preposition governs."""
    key, s_start, s_end = prepared.key, reading.sentence.start, reading.sentence.end
    if not any(key.find(word, s_start, s_end) >= 0 for word in _GOVERNED_WORDS):
        return []
    spans = []
    for mention in reading.parties:
        if mention.category != "party":
            continue
        before = " " + key[max(s_start, mention.start - _GOVERNED_REACH) : mention.start]
        if before.endswith(_GOVERNED_ENDS) or (
            mention.detail == "demonym"
            and _TARGET_GUARDED.search(key, max(s_start, mention.start - 50), mention.start)
        ):
            spans.append((mention.start, mention.end))
    return spans


_ADDRESSEE_BEFORE: Final = re.compile(
    rf"\b(?:(?:{either('parties.addressee', 'call-verb')})\w*(?: [\w'-]+){{0,6}} "
    rf"|(?:{either('parties.addressee', 'ask-verb')})\w*(?: [\w'-]+){{0,2}} (?:a|aux) "
    rf"(?:[\w'-]+ ){{0,5}})(?:l')?$"
)
"""« ont appelé (lundi) l'OSCE », « ont demandé à l'Iran », read back from the party."""
_ADDRESSEE_GUARDED: Final = Guarded(
    _ADDRESSEE_BEFORE,
    (*forms("parties.addressee", "call-verb"), *forms("parties.addressee", "ask-verb")),
)
_CALLED_TO: Final = re.compile(r"(?:(?: [\w'-]+){0,5}) (?:a [a-z]|de |d')")
"""What the one called on is called to do: « … à agir », « … de libérer »."""


def _drop_addressees(prepared: Prepared, reading: SentenceReading, draft: Draft) -> None:
    """Rule ``parties.addressee``: « Dans une déclaration commune, le Bénin et le Togo ont
    exhorté le Niger à rouvrir sa frontière », « ont demandé à l'Iran de libérer … »: the
    one a statement calls on, urges or asks is whom it speaks to, not one of its
    issuers, when two issuers (or an organisation) are named elsewhere."""
    key, s_start, s_end = prepared.key, reading.sentence.start, reading.sentence.end
    if not _ADDRESSEE_GUARDED.possible(key, s_start, s_end):
        return
    spans = []
    for mention in reading.parties:
        if mention.category != "party":
            continue
        lo = max(s_start, mention.start - 80)
        if _ADDRESSEE_GUARDED.search(key, lo, mention.start) and _CALLED_TO.match(
            key, mention.end, min(s_end, mention.end + 60)
        ):
            spans.append((mention.start, mention.end))
    if spans:
        _drop_named_only_in(reading, draft, spans, "parties.addressee")


def _drop_visit_frames(prepared: Prepared, reading: SentenceReading, draft: Draft) -> None:
    """Rule ``parties.visit-host``: « X, arrivé en Indonésie pour une visite de trois jours,
    a plaidé devant les pays membres de l'ASEAN », « une visite au Ghana, pays fondateur
    de la CEDEAO »: a visit goes from a visitor, named before it, to a host; with two
    states as its sides, an organisation named only after the visit (and by no person's
    side) is the frame of the host or of what was said there, not a side."""
    del prepared  # the rule reads the mentions' places only
    if draft.kind != "consultation" or draft.subtype != "visit":
        return
    organisations = {c for c in draft.parties if _is_organisation(c)}
    if not organisations or len(draft.parties) - len(organisations) < 2:
        return
    kept = {p.party for p in reading.persons if p.party}
    for mention in reading.parties:
        if mention.value in organisations and mention.start < draft.anchor[1]:
            kept.add(mention.value)
    dropped = organisations - kept
    if dropped:
        draft.parties = draft.parties - dropped
        draft.trace("parties.visit-host")


_SIDES_COUNTED: Final = (
    (re.compile(rf"\b(?:{either('parties.venue-completes', 'three-sides')})\b"), 3),
    (re.compile(rf"\b(?:{either('parties.venue-completes', 'four-sides')})\b"), 4),
)
"""A meeting that says how many sides it has ("une réunion tripartite")."""


def _venue_completes(prepared: Prepared, reading: SentenceReading, draft: Draft) -> None:
    """ "La réunion tripartite … s'est tenue à Tunis" with two sides named: the third
    is the host, the state of the city where it was held."""
    key, s_start, s_end = prepared.key, reading.sentence.start, reading.sentence.end
    wanted = next((n for p, n in _SIDES_COUNTED if p.search(key, s_start, s_end)), None)
    if wanted is None or len(draft.parties) != wanted - 1 or draft.place is None:
        return
    for mention in reading.parties:
        if mention.detail not in _PLACE_DETAILS:
            continue
        if prepared.text[mention.start : mention.end] not in draft.place:
            continue
        if mention.value not in draft.parties and not _is_organisation(mention.value):
            draft.parties = {*draft.parties, mention.value}
            draft.trace("parties.venue-completes")
        return


_FRAME_OF: Final = tuple(f" {w}" for w in forms("parties.organisation-frame", "of"))
"""« de l'», « du », « des »: what is written between a noun and the organisation it
governs, with the blank before it."""
_FRAME_ACTORS: Final = frozenset(forms("parties.organisation-frame", "actor"))
"""The nouns through which an organisation acts (« le président de », « une délégation
de », « les ministres des Affaires étrangères de »): after them it is a side."""
_FRAME_OPENS: Final = frozenset(forms("parties.organisation-frame", "opens"))
"""The prepositions that open the phrase of the governing noun (« au siège de »,
« durant la présidence de », « avec une délégation de »)."""
_FRAME_REACH: Final = 70
_FRAME_WORDS: Final = 5
_FRAME_STOP: Final = re.compile(r"[,;:.()\"\u00ab\u00bb]")
_WORD_SPAN: Final = re.compile(r"\S+")


def _organisation_framed(key: str, lo: int, at: int, anchor: tuple[int, int]) -> bool:
    """Whether the organisation named at ``at`` is the complement of a noun other than a
    person or a body acting for it (« au siège de la CEDEAO », « la présidence tournante
    de l'ASEAN », « la préparation du sommet de l'OTAN »): the words of the phrase
    before « de » (from the last preposition or punctuation, five at most) hold no
    such noun, and the trigger is not that noun (« le sommet de l'UA »)."""
    lo = max(lo, at - _FRAME_REACH)
    before = " " + key[lo:at].rstrip()
    ending = next((end for end in _FRAME_OF if before.endswith(end)), None)
    if ending is None:
        return False
    head = before[: len(before) - len(ending)]
    stops = list(_FRAME_STOP.finditer(head))
    spans = list(_WORD_SPAN.finditer(head, stops[-1].end() if stops else 0))[-_FRAME_WORDS:]
    for i in range(len(spans) - 1, -1, -1):
        if spans[i].group() in _FRAME_OPENS:
            spans = spans[i + 1 :]
            break
    if not spans or lo - 1 + spans[0].start() <= anchor[0] < at:
        return False  # no noun, or the trigger governs it: « le sommet de l'UA »
    for span in spans:
        word = span.group().rsplit("'", 1)[-1]
        if word in _FRAME_ACTORS or word.rstrip("sx") in _FRAME_ACTORS:
            return False
    return True


def _drop_organisation_frames(prepared: Prepared, reading: SentenceReading, draft: Draft) -> None:
    """Rule ``parties.organisation-frame``: « X a reçu Y au siège de la CEDEAO », « a salué
    son soutien durant la présidence de l'ASEAN », « ont évoqué la préparation du sommet
    de l'OTAN »: an organisation named only as the complement of a place, an office or a
    matter (no person or body of it: « le secrétaire général de l'ONU », « une délégation
    de l'UE ») frames a consultation between others, it is no side of it; when two
    sides are named elsewhere. An agreement likewise: « la Belgique a signé deux textes avec
    les Philippines, à la veille de leur présidence de l'ASEAN », « le traité portant
    création de la confédération »."""
    key, s_start = prepared.key, reading.sentence.start
    spans = [
        (mention.start, mention.end)
        for mention in reading.parties
        if mention.category == "party"
        and mention.value in draft.parties
        and _is_organisation(mention.value)
        and _organisation_framed(key, s_start, mention.start, draft.anchor)
    ]
    if spans:
        _drop_named_only_in(reading, draft, spans, "parties.organisation-frame")


_SIDE_FILTERS: Final = (
    ("parties.place-relative", _drop_place_relatives),
    ("parties.relations-topic", _drop_relations_topic),
    ("parties.attending", _drop_attending),
    ("parties.matter", _drop_matters),
    ("parties.matter-adjective", _drop_matter_adjectives),
    ("parties.matter-preposition", _drop_governed),
    ("parties.visit-host", _drop_visit_frames),
    ("parties.organisation-frame", _drop_organisation_frames),
)
"""The rules that drop a state named in the sentence but no side, run in order."""


def _date_place_heads(
    prepared: Prepared, reading: SentenceReading, draft: Draft, opts: Options
) -> None:
    """The attribute rules every event kind shares: no side named only in a relative
    clause on the place, the date nearest the trigger, the place named in the sentence,
    the persons of the sentence who lead a side."""
    for name, drop in _SIDE_FILTERS:
        if opts.on(name):
            drop(prepared, reading, draft)
    if opts.on("date.nearest"):
        _nearest_date(reading, draft, opts)
    if draft.date is None and opts.on("date.own-phrase"):
        _own_phrase_year(prepared.key, reading, draft)
    if opts.on("place.sentence"):
        _sentence_place(prepared, reading, draft, opts)
    if opts.on("heads.sentence"):
        _sentence_heads(prepared, reading, draft, opts)


def _event_dates(reading: SentenceReading, draft: Draft) -> Sequence[DateMention]:
    """The date mentions of ``reading`` that may date ``draft``: not « depuis » and a
    year or a month for an event that happens on a day (« la première rencontre …
    depuis 2019 »); an agreement keeps them (« en vigueur depuis 2019 » dates a stage)."""
    if draft.kind == "agreement":
        return reading.dates
    return [mention for mention in reading.dates if not since_period(mention)]


def _nearest_date(reading: SentenceReading, draft: Draft, opts: Options) -> None:
    """Rule ``date.nearest``: the date nearest the trigger, or (``date.other-stage``) that
    of another stage named on its left for an event that is no agreement."""
    dates = _event_dates(reading, draft)
    near = _near(dates, draft.anchor)
    if opts.on("date.attached-year") and (own_year := _attached_year(dates, draft.anchor)):
        if own_year is not near:
            draft.trace("date.attached-year")
        near = own_year
    if draft.kind != "agreement" and opts.on("date.other-stage"):
        own = _near(_dates_of_other_stages_left(reading, dates, draft.anchor), draft.anchor)
        if own is not None and own is not near:
            near = own
            draft.trace("date.other-stage")
    if near is not None:
        draft.date = near.value
        draft.trace("date.nearest")


_OWN_PHRASE_REACH: Final = 160
"""How far after its trigger an event's own phrase may give its year."""
_PHRASE_BREAK: Final = re.compile(r"[,;:()\[\]«»\"!?]")
"""Punctuation that ends the phrase of an event's trigger."""


def _own_phrase_year(key: str, reading: SentenceReading, draft: Draft) -> None:
    """Rule ``date.own-phrase``: « lors de la rencontre entre le président russe et son
    homologue azerbaïdjanais en 2009 »: a year (or a month of a year) written after the
    trigger in the same phrase, with no punctuation between, is the event's own date
    even when the names between put it beyond the reach of ``date.nearest``."""
    for mention in _event_dates(reading, draft):
        if mention.start < draft.anchor[1]:
            continue
        if mention.start - draft.anchor[1] > _OWN_PHRASE_REACH:
            return
        value = mention.value
        if (
            isinstance(value, PartialDate)
            and value.day is None
            and value.year is not None
            and _PHRASE_BREAK.search(key, draft.anchor[1], mention.start) is None
        ):
            draft.date = value
            draft.trace("date.own-phrase")
        return


def _sentence_place(
    prepared: Prepared, reading: SentenceReading, draft: Draft, opts: Options
) -> None:
    """Rule ``place.sentence``: the place named in the sentence, else the capital named
    by an adjective; the city of another stage for an event that is no agreement; the
    host completing the sides of a meeting that counts them."""
    draft.place = _place(prepared, reading)
    if draft.place is None and opts.on("place.capital-adjective"):
        draft.place = _capital_named_by_adjective(prepared, reading)
        if draft.place is not None:
            draft.trace("place.capital-adjective")
    if draft.kind != "agreement" and draft.place is not None and opts.on("place.other-stage"):
        _other_stage_place(prepared, reading, draft)
    if draft.place is not None:
        draft.trace("place.sentence")
        if opts.on("parties.venue-completes"):
            _venue_completes(prepared, reading, draft)


def _other_stage_place(prepared: Prepared, reading: SentenceReading, draft: Draft) -> None:
    """Rule ``place.other-stage``: the city named with the sentence's other stages."""
    stages = [
        e
        for s, e, entry in reading.triggers
        if entry.category == "stage" and not s <= draft.anchor[0] < e
    ]
    city = _place(prepared, reading, stages) if stages else draft.place
    if city is not None and city != draft.place:
        draft.place = city
        draft.trace("place.other-stage")


def _sentence_heads(
    prepared: Prepared, reading: SentenceReading, draft: Draft, opts: Options
) -> None:
    """Rule ``heads.sentence``: the persons of the sentence who lead a side, without
    (``heads.not-acting``) those who do not act in it."""
    draft.persons = _heads(reading, draft.parties, draft.anchor)
    if opts.on("heads.not-acting"):
        kept = _drop_not_acting(prepared, reading, draft.persons)
        if len(kept) < len(draft.persons):
            draft.persons = kept
            draft.trace("heads.not-acting")
    if draft.persons and len(reading.persons) > 1 and opts.on("heads.complement-of"):
        kept = _drop_complements(prepared, reading, draft.persons)
        if len(kept) < len(draft.persons):
            draft.persons = kept
            draft.trace("heads.complement-of")
    if draft.persons:
        draft.trace("heads.sentence")


_SIGNED_AFTER_VERBS: Final = tuple(f"{w} " for w in forms("heads.signed-after", "verb"))
"""« signés », « paraphés »: the verb of a sentence that tells who signed the instruments
of the sentence before (« Les textes ont été signés, pour la partie X, par … »)."""
_SIGNED_AFTER_BY: Final = tuple(f" {w} " for w in forms("heads.signed-after", "by"))


def _signers_after(key: str, after: SentenceReading, parties: set[str]) -> list[PersonMention]:
    """The persons of ``parties``' sides named after « par » in ``after``, when it says
    who signed (« Les textes ont été signés, pour la partie X, par … »); none when it
    does not."""
    start, end = after.sentence.start, after.sentence.end
    text = key[start:end]
    verbs = [at for verb in _SIGNED_AFTER_VERBS if (at := text.find(verb)) >= 0]
    if not verbs:
        return []
    bys = [at for by in _SIGNED_AFTER_BY if (at := text.find(by, min(verbs))) >= 0]
    if not bys:
        return []
    signers = _sided(after, start + min(verbs), parties)
    return [p for p in signers if p.start >= start + min(bys)]


def signed_after(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: Sequence[Draft]
) -> None:
    """ "Trois accords ont été signés : … . Les textes ont été signés, pour la partie
    sénégalaise, par la ministre X et, pour la partie gambienne, par son homologue Y":
    the heads of the instruments of a sentence are the persons of their sides named after
    « par » in the next sentence, when it says who signed and names no instrument of its
    own (``heads.signed-after``)."""
    by_index = readings_by_index(readings)
    own = {d.sentence for d in drafts if d.kind == "agreement"}
    key = prepared.key
    for draft in drafts:
        if draft.kind != "agreement" or draft.background or draft.sentence + 1 in own:
            continue
        after = by_index.get(draft.sentence + 1)
        if after is None or len(after.persons) < 2:
            continue
        signers = _signers_after(key, after, draft.parties)
        if len({p.party for p in signers}) < 2:
            continue
        if [p.name for p in signers] != [p.name for p in draft.persons]:
            draft.persons = signers
            draft.trace("heads.signed-after")


def _sided(reading: SentenceReading, start: int, parties: set[str]) -> list[PersonMention]:
    """The persons of ``reading`` named after ``start`` with a side among ``parties``:
    one with no side of his own takes that of the party named last before him (« pour la
    partie malienne, par le ministre des Transports, M. X »), if no other person has it."""
    out: list[PersonMention] = []
    for person in reading.persons:
        if person.start < start:
            continue
        party = person.party
        if party is None:
            named = [
                m.value
                for m in reading.parties
                if start <= m.start < person.start and m.category == "party"
            ]
            party = named[-1] if named else None
            if party in {p.party for p in out}:
                party = None
        if party in parties:
            out.append(person if person.party else attrs.evolve(person, party=party))
    return out
