"""The place of an event named by its venue: a seat of power stands for its city.

French news names the venue of a meeting by the seat of power that hosts it:
"reçu à l'Élysée" (Paris), "au Kremlin" (Moscou), "à la Maison-Blanche"
(Washington), "au palais de Carthage" (Tunis), "à la Mouradia" (Alger),
"à Downing Street" (Londres). Such a venue gives its capital as the event's
place where assembly found none in the sentence. The seats are the rows of
kind ``institution`` of ``lang/fr/parties.tsv`` whose state has a capital
there; a seat that is a parliament or a ministry is a venue just as well
("à la Knesset").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache
from typing import Final

from diplorel._tsv import read_table
from diplorel.extract._assemble import Draft, SentenceReading
from diplorel.extract._capitals import capital_of
from diplorel.extract._direction import ACTIVE_HOST, PASSIVE_HOST
from diplorel.extract._fields import first_places, one_first_place
from diplorel.extract._reading import readings_by_index
from diplorel.extract._signature import closing_line
from diplorel.extract._text import Prepared, fold
from diplorel.extract._trie import PhraseIndex
from diplorel.extract._words import either
from diplorel.extract.recognise._lexicon import lexicon
from diplorel.extract.recognise._mentions import Mention, find_parties

__all__ = [
    "approver_capitals",
    "dateline_city",
    "dateline_state",
    "host_capitals",
    "issuer_capitals",
    "own_venues",
    "place_fallbacks",
    "venue_place",
    "visit_capitals",
]

_BUILDING: Final = re.compile(
    rf"\b(?:{either('place.venue', 'at-the')}) "
    rf"(?:{either('place.venue', 'building')}) (?:[\w-]+ ){{0,2}}?"
    r"(?:de |d')(?P<city>[a-z\u00df-\u00ff][\w'-]*(?: [\w'-]+)?)"
)
"""A building named with its city: "au complexe présidentiel d'Ankara"."""
_BUILDING_WORDS: Final = re.compile(rf"{either('place.venue', 'building')}")

_NO_PLACE: Final = frozenset({"phone_call", "video_conference"})
"""Consultations that have no place of their own."""


@cache
def _seats() -> tuple[PhraseIndex, dict[str, str]]:
    """An index of the seats of power, and each seat's city (folded keys)."""
    capitals = capital_of()
    seats: dict[str, str] = {}
    for row in read_table("lang", "fr", "parties.tsv"):
        if row["kind"] == "institution" and row["code"] in capitals:
            seats.setdefault(fold(row["form"].replace("\u2019", "'")), capitals[row["code"]])
    return PhraseIndex({"seat": seats}), seats


_VENUE_BEFORE: Final = re.compile(
    rf"\b(?:a|au|aux|a la|a l'|(?:{either('place.venue', 'grounds')}) (?:de la |de l'|du ))\s?"
    rf"(?:(?:{either('place.venue', 'palace')}) (?:de |du |de la |de l')?)?$"
)
""""à", "au", "dans les jardins de" (and "palais de") before a seat: a venue."""


def venue_place(prepared: Prepared, draft: Draft, sentence_index: int | None = None) -> str | None:
    """The city of a seat of power, or of a building named with its city, given as the
    venue in the draft's sentence (or in sentence ``sentence_index``, another that
    reports it), when the draft has no place and is not a call."""
    if draft.place is not None or (draft.kind == "consultation" and draft.subtype in _NO_PLACE):
        return None
    at = draft.sentence if sentence_index is None else sentence_index
    if at >= len(prepared.sentences):
        return None
    sentence = prepared.sentences[at]
    index, seats = _seats()
    hits = index.scan(prepared.key, sentence.start, sentence.end)
    for start, end, seat in hits.matches("seat", sentence.start, sentence.end):
        if not any(char.isupper() for char in prepared.text[start:end]):
            continue  # "Élysée", "palais de Carthage"; not "la douma" of a town
        if _VENUE_BEFORE.search(prepared.key, max(sentence.start, start - 45), start):
            return seats[seat]
    if not _BUILDING_WORDS.search(prepared.key, sentence.start, sentence.end):
        return None
    cities = lexicon().cities
    for match in _BUILDING.finditer(prepared.key, sentence.start, sentence.end):
        start, end = match.span("city")
        if not prepared.text[start].isupper():
            continue
        words = prepared.key[start:end].split(" ")
        for size in (2, 1):  # "Le Caire", then "Ankara"
            name = " ".join(words[:size])
            if len(words) >= size and name in cities:
                return prepared.text[start : start + len(name)]
    return None


_DATELINE_GAP: Final = 8
"""Characters between a dateline's city and its date: ", le "."""


def dateline_city(prepared: Prepared, readings: Sequence[SentenceReading]) -> str | None:
    """The city of the dateline ("TUNIS, 3 juin (TAP) -"): a city or capital at the start
    of one of the first sentences, followed by a comma and a date."""
    found = _dateline(prepared, readings)
    if found is None:
        return _signed_at(prepared)
    name = prepared.text[found.start : found.end]
    return name.title() if name.isupper() else name


def _signed_at(prepared: Prepared) -> str | None:
    """The city of the line closing a communiqué (« Fait à Dakar, le 29 janvier 2025 »),
    when the gazetteers know it as a city or capital."""
    found = closing_line(prepared)
    if found is None:
        return None
    start, end = found.span("place")
    for mention in find_parties(prepared, lexicon(), start, end):
        if mention.detail in {"capital", "city"} and (mention.start, mention.end) == (start, end):
            return prepared.text[start:end]
    return None


def dateline_state(prepared: Prepared, readings: Sequence[SentenceReading]) -> str | None:
    """The state of the dateline's city: the reporting agency's own, which an article
    leaves implicit ("le ministère des Affaires étrangères" under "Alger, … (APS)")."""
    found = _dateline(prepared, readings)
    return None if found is None else found.value


def _dateline(prepared: Prepared, readings: Sequence[SentenceReading]) -> Mention | None:
    """The city mention of the dateline, if any."""
    for reading in readings[:6]:
        start = reading.sentence.start
        for mention in reading.parties:
            if mention.start - start > 3:
                break
            if mention.detail not in {"capital", "city"}:
                continue
            if not prepared.key.startswith(",", mention.end):
                continue
            if any(0 < d.start - mention.end <= _DATELINE_GAP for d in reading.dates):
                return mention
    return None


def place_fallbacks(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: Sequence[Draft]
) -> None:
    """Give a place to the drafts that have none: a venue named in their sentence (or in
    another sentence merged into them: « Macron reçoit … » then « a reçu mardi à
    l'Élysée »), else, for a statement the article reports (not background), the
    dateline's city.

    A communiqué is issued where its dateline says ("Rabat, 3 mars 2026"); a meeting
    or a signing under a dateline took place where the text says, and the dateline
    only tells where the news was filed. The dateline's city is never a side: drafts
    are changed in place, and only their ``place``.
    """
    home = dateline_city(prepared, readings)
    venues: dict[int, str | None] = {}  # by sentence: the venue is the sentence's
    for draft in drafts:
        if draft.place is not None:
            continue
        # the place as _own_venue leaves it, read from its result: the compiled build
        # keeps ``draft.place`` narrowed to None by the test above across the call
        place = _own_venue(prepared, draft, venues)
        issued = draft.kind == "declaration" and draft.subtype == "statement"
        if place is None and home is not None and not draft.background and issued:
            draft.place = home


def _own_venue(prepared: Prepared, draft: Draft, venues: dict[int, str | None]) -> str | None:
    """Give ``draft`` (with no place) the venue its own sentence names, or one of the
    sentences merged into it, and return its place; ``venues`` caches each sentence's
    venue."""
    if draft.kind == "consultation" and draft.subtype in _NO_PLACE:
        return None
    if draft.sentence not in venues:
        venues[draft.sentence] = venue_place(prepared, draft)
    draft.place = venues[draft.sentence]
    if draft.place is None and len(draft.evidence) > 1:  # merged: its other sentences
        starts = [sentence.start for sentence in prepared.sentences]
        for index in _evidence_sentences(starts, draft):
            if index not in venues:
                venues[index] = venue_place(prepared, draft, index)
            if venues[index] is not None:
                draft.place = venues[index]
                break
    return draft.place


def own_venues(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: Sequence[Draft]
) -> None:
    """Rule ``place.own-venue``: an event that took the main event's place at assembly,
    before its own venue was read, takes the venue the text gives it after all.

    Assembly gives an event the text places nowhere the place of the first placed event
    of its sides, before the seats of power, the state visited and the host are read: « reçu
    au palais de Carthage » (Tunis), « une visite de travail en Gambie » (Banjul), « a
    reçu l'ambassadeur » at home. Such a venue, read by the rules
    ``place.venue``, ``place.host-capital`` and ``place.visit-capital``, outranks the main
    event's place; the events that still have the main event's place then take the
    place of the first event of their sides whose place the text gives (when their
    sides agree on one), which may be one just found.
    """
    held = [d for d in drafts if d.main_event_place and not d.background and not d.reaction]
    if not held:
        return
    before = {id(d): d.place for d in held}
    for draft in held:
        draft.place = None
    venues: dict[int, str | None] = {}
    for draft in held:
        _own_venue(prepared, draft, venues)
    host_capitals(prepared, readings, held)
    visit_capitals(prepared, readings, held)
    lex = lexicon()
    for draft in held:
        old = before[id(draft)]
        if draft.place is not None and lex.city_state(draft.place) == lex.city_state(old):
            draft.place = old  # « en visite en Tunisie … reçu à Sfax »: the city the text gives
        elif draft.place is not None:
            draft.main_event_place = draft.inferred_place = False
    firsts = first_places(drafts)
    for draft in held:
        if draft.place is None:
            draft.place = one_first_place(draft, firsts) or before[id(draft)]
        if draft.place != before[id(draft)]:
            draft.trace("place.own-venue")


def _evidence_sentences(starts: list[int], draft: Draft) -> list[int]:
    """The indexes of the sentences of ``draft``'s evidence other than its own, in order
    (``starts``: the article's sentence starts)."""
    found = {bisect_right(starts, begin) - 1 for begin, _end in draft.evidence}
    return sorted(index for index in found if index >= 0 and index != draft.sentence)


def issuer_capitals(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: Sequence[Draft]
) -> None:
    """Rule ``place.issuer-capital``: a state's own declaration the article reports, with
    no place the text gives (nor a venue or dateline), was issued in that state's capital.

    « Le Sénégal condamne … », « le ministère russe des Affaires étrangères a dénoncé … »,
    « Le Kremlin a salué … »: a government speaks from its seat. A joint declaration (two
    sides or more), an organisation's and a background one are left as they are.
    """
    capitals = capital_of()
    by_index = readings_by_index(readings)
    for draft in drafts:
        if draft.kind != "declaration" or draft.place is not None or draft.background:
            continue
        if len(draft.parties) != 1:
            continue
        (code,) = draft.parties
        city = capitals.get(code)
        if city is None or _spoken_elsewhere(prepared, by_index.get(draft.sentence), draft):
            continue
        draft.place = city
        draft.inferred_place = True
        draft.trace("place.issuer-capital")


_SPOKEN_AT_GAP: Final = 30
"""Characters between a statement's verb and « à <ville> » that says where it was made."""
_DETERMINER: Final = re.compile(r"(?:^|[\s,])(?:(?:la|le|les|un|une|des|du)(?=[\s,]|$)|l'|d')")
"""A noun phrase between the verb and « à <ville> »: the city is the noun's, not the verb's
(« a salué la signature à Doha »)."""


def _spoken_elsewhere(prepared: Prepared, reading: SentenceReading | None, draft: Draft) -> bool:
    """Whether the sentence says the statement was made in a city: « a condamné mercredi à
    Genève », « À Genève, le ministre a dénoncé … ». A city of the statement's matter
    (« salue la signature à Doha de l'accord ») is no such city."""
    if reading is None:
        return True
    key = prepared.key
    verb_end = draft.anchor[1]
    for mention in reading.parties:
        if mention.detail not in {"capital", "city"}:
            continue
        before = key[max(reading.sentence.start, mention.start - 2) : mention.start]
        if before != "a ":
            continue
        opening = mention.start - reading.sentence.start <= 2
        after_verb = 0 <= mention.start - verb_end <= _SPOKEN_AT_GAP and not (
            _DETERMINER.search(key, verb_end, mention.start)
        )
        if opening or after_verb:
            return True
    return False


_ACTS_OF_STATE: Final = frozenset({"approved", "ratified"})
"""The stages one state's government or parliament reaches on its own, where it sits."""


def approver_capitals(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: Sequence[Draft]
) -> None:
    """Rule ``place.approver-capital``: an agreement the article reports approved or
    ratified, with no place the text gives, was approved where the approving state's
    government or parliament sits.

    The approver is the one side of the agreement named before the stage's verb (« Le
    Parlement azerbaïdjanais a ratifié … », « Le Conseil fédéral a approuvé … », « le
    président Paul Biya a ratifié … »), else the dateline's state when it is a side (« Rabat,
    … (MAP) - Le Conseil de gouvernement a approuvé … »). Two sides named before the verb
    (« le Maroc et le Sénégal ont ratifié ») leave the place as it was: each ratifies at home.
    """
    capitals = capital_of()
    by_index = readings_by_index(readings)
    home: str | None = None
    home_read = False
    for draft in drafts:
        if draft.kind != "agreement" or draft.stage not in _ACTS_OF_STATE:
            continue
        if draft.place is not None or draft.background:
            continue
        reading = by_index.get(draft.sentence)
        if reading is None:
            continue
        sides = _sides_before(reading, draft) or _agent_after(prepared, reading, draft)
        if not sides:
            if not home_read:
                home, home_read = dateline_state(prepared, readings), True
            sides = {home} & draft.parties if home is not None else set()
        if len(sides) != 1:
            continue
        (code,) = sides
        city = capitals.get(code)
        if city is not None:
            draft.place = city
            draft.inferred_place = True
            draft.trace("place.approver-capital")


def _sides_before(reading: SentenceReading, draft: Draft) -> set[str]:
    """The agreement's sides named in its sentence before the verb of its stage and before
    the instrument itself (« L'accord avec l'Indonésie a été approuvé »: the partner is
    no approver): by a party mention or by a person's side."""
    verb = min((draft.stage_anchor or draft.anchor)[0], draft.anchor[0])
    start = reading.sentence.start
    named = {m.value for m in reading.parties if start <= m.start < verb}
    named |= {p.party for p in reading.persons if p.party and start <= p.start < verb}
    return named & draft.parties


_AGENT_GAP: Final = 40
"""Characters between a passive stage's verb and its agent's side (« ratifié lundi par le
Parlement ghanéen »)."""
_BY: Final = re.compile(r"\bpar\b")


def _agent_after(prepared: Prepared, reading: SentenceReading, draft: Draft) -> set[str]:
    """The agreement's one side named as the agent of a passive stage: « a été ratifié
    lundi par le Parlement ghanéen », « approuvé par le Conseil fédéral »."""
    verb_end = (draft.stage_anchor or draft.anchor)[1]
    by = _BY.search(prepared.key, verb_end, min(reading.sentence.end, verb_end + _AGENT_GAP))
    if by is None:
        return set()
    near = by.end() + _AGENT_GAP
    named = {m.value for m in reading.parties if by.end() <= m.start < near}
    named |= {p.party for p in reading.persons if p.party and by.end() <= p.start < near}
    return named & draft.parties


_PASSIVE_AUXILIARY: Final = " ete "
"""« a été reçu »: the subject is the guest."""
_RECEPTION_WORD: Final = re.compile(rf"{either('direction.reception', 'received')}")


def host_capitals(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: Sequence[Draft]
) -> None:
    """Rule ``place.host-capital``: a meeting the article reports as a reception, with no
    place the text gives, took place where the host's government sits.

    « La ministre a reçu en audience l'ambassadeur du Japon », « le ministre malien a été
    reçu par le chef de l'État nigérien »: a host receives at home. The host is the one side
    named before « a reçu », or after « reçu … par ». A call (« a reçu un appel ») is no
    reception, and it has no place anyway.
    """
    capitals = capital_of()
    by_index = readings_by_index(readings)
    for draft in drafts:
        if draft.kind != "consultation" or draft.subtype != "meeting":
            continue
        if draft.place is not None or draft.background or len(draft.parties) < 2:
            continue
        reading = by_index.get(draft.sentence)
        if reading is None:
            continue
        host = _host(prepared, reading, draft)
        city = capitals.get(host) if host is not None else None
        if city is not None:
            draft.place = city
            draft.trace("place.host-capital")


def _host(prepared: Prepared, reading: SentenceReading, draft: Draft) -> str | None:
    """The one side of ``draft`` its sentence says received the other."""
    key, start, end = prepared.key, reading.sentence.start, reading.sentence.end
    if _RECEPTION_WORD.search(key, start, end) is None:
        return None
    passive = PASSIVE_HOST.search(key, start, end)
    if passive is not None:
        near = passive.end() + _AGENT_GAP
        named = {m.value for m in reading.parties if passive.end() <= m.start < near}
        named |= {p.party for p in reading.persons if p.party and passive.end() <= p.start < near}
    else:
        active = ACTIVE_HOST.search(key, start, end)
        if active is None or _PASSIVE_AUXILIARY in active.group():
            return None  # « a été reçu mardi dans la capitale … par »: a guest, not a host
        named = {m.value for m in reading.parties if start <= m.start < active.start()}
        named |= {
            p.party for p in reading.persons if p.party and start <= p.start < active.start()
        }
    sides = named & draft.parties
    return next(iter(sides)) if len(sides) == 1 else None


_TO_STATE: Final = re.compile(
    rf"(?:^|[\s,])(?:{either('place.visit-capital', 'to-state')}) "
    rf"(?:(?:{either('place.visit-capital', 'state-title')})(?: [a-z]+)? "
    r"(?:du |de la |de l'|de |d'|des ))?$"
)
"""Before a state's name: the preposition of a trip's destination, « en Éthiopie », « au
Ghana », « aux Émirats », also with the state's formal title (« en République du Ghana »,
« au Royaume du Maroc »)."""
_TO_STATE_REACH: Final = 40
_STATE_NAMES: Final = frozenset({"name"})
"""Mentions that name a state itself (« le Ghana », « la République du Ghana »), not its
people, its capital or one of its institutions."""


def visit_capitals(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: Sequence[Draft]
) -> None:
    """Rule ``place.visit-capital``: a visit the article reports to a state, with no city
    the text gives, took place in that state's capital.

    « La présidente a entamé lundi une visite d'amitié en République du Niger », « en
    visite d'État aux Émirats arabes unis », « qui séjourne au Cameroun depuis mardi »: a
    state visit is received where the host's government sits. The destination is the one
    side of the visit that its sentence names after « en », « au » or « aux »; two such
    sides (« en visite en Côte d'Ivoire, … les investissements au Togo ») leave it open.
    A meeting of the same sides that the visit's sentence reports (« a reçu X, en visite
    d'État aux Émirats ») took place there too.
    """
    capitals = capital_of()
    starts: list[int] = []
    for draft in drafts:
        if draft.kind != "consultation" or draft.subtype != "visit":
            continue
        if draft.place is not None or draft.background or len(draft.parties) < 2:
            continue
        starts = starts or [reading.sentence.start for reading in readings]
        hosts = _destinations(prepared, readings, starts, draft)
        city = capitals.get(hosts.pop()) if len(hosts) == 1 else None
        if city is None:
            continue
        for other in drafts:  # the visit, and a meeting its sentence reports during it
            if other is draft or (
                other.kind == "consultation"
                and other.sentence == draft.sentence
                and other.subtype not in _NO_PLACE
                and other.place is None
                and not other.background
                and other.parties == draft.parties
            ):
                other.place = city
                other.trace("place.visit-capital")


def _destinations(
    prepared: Prepared, readings: Sequence[SentenceReading], starts: list[int], draft: Draft
) -> set[str]:
    """The visit's sides named as a destination (« en Éthiopie ») in the sentences that
    report it (its own, and those of the mentions merged into it); ``starts`` are the
    readings' sentence starts."""
    key = prepared.key
    hosts: set[str] = set()
    positions: set[int] = set()
    for at in (draft.anchor[0], *(begin for begin, _end in draft.evidence)):
        position = bisect_right(starts, at) - 1
        if position >= 0 and at < readings[position].sentence.end:
            positions.add(position)
    for position in sorted(positions):
        reading = readings[position]
        start = reading.sentence.start
        for mention in reading.parties:
            if mention.detail not in _STATE_NAMES or mention.value not in draft.parties:
                continue
            lo = max(start, mention.start - _TO_STATE_REACH)
            if _TO_STATE.search(key, lo, mention.start) is not None:
                hosts.add(mention.value)
    return hosts
