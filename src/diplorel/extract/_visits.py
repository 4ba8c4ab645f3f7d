"""Visits named by their noun phrase: "la visite du président X au Japon en 2018".

French news names a visit, often in passing, by a noun phrase that holds both
of its sides: the visitor after "visite de" (a person with a nationality, a
state) or before it ("sa visite", "le président X, en visite officielle"),
and the host after "au", "en", "aux" or "à" (a state or a city). With a date of
its own that lies before the publication ("en mars dernier", "en 2018"), it is
a past visit: a background event. Assembly reads a visit noun governed by
"lors de" as a reference to the visit already reported; this pass adds the
visit only where no visit between the same sides is reported with a date that
could be the same.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from diplorel._tsv import read_table
from diplorel.extract._assemble import Draft, SentenceReading
from diplorel.extract._draft import insert_after_sentence
from diplorel.extract._text import Prepared, fold
from diplorel.extract._trie import WordScan
from diplorel.extract._venues import dateline_state
from diplorel.extract._words import alternation, either, forms, phrases, words_pattern
from diplorel.extract.recognise._dates import since_period
from diplorel.extract.recognise._lexicon import lexicon
from diplorel.extract.recognise._mentions import Mention
from diplorel.extract.rules._cues import state_code
from diplorel.model import DateSpan, DateValue, PartialDate

__all__ = ["has_visit", "indirect_visits", "occurrences", "scanned", "visits"]

_VISIT: Final = re.compile(
    rf"\b(?:{either('consultation.visit-phrase', 'noun')})s? "
    rf"(?:(?:{either('consultation.visit-phrase', 'visit-kind')}) )*"
)
_HOST_BEFORE: Final = re.compile(r"\b(?:au|en|aux|a)\s$")
_POSSESSIVE: Final = re.compile(
    rf"\b(?:(?:{either('consultation.visit-phrase', 'possessive')})\s+(?:\w+\s+){{0,2}}|en\s)$"
)
"""The visitor named before the noun: "sa visite au Japon", "X, en visite au Japon"."""
_REACH: Final = 110
"""Characters from the visit's noun to its host: "la visite de retour du président de
la République du Kazakhstan au Turkménistan"."""
_DATE_GAP: Final = 25
_VISITOR_KINDS: Final = frozenset({"name", "demonym", "organisation", "acronym"})
_NOT_A_TRIP: Final = re.compile(
    r"^(?:\s*(?:d'|de |du )(?:un |une |la |le |l')?"
    rf"(?:{either('consultation.visit-phrase', 'facility')}))"
)


def _host(
    prepared: Prepared, reading: SentenceReading, start: int, end: int
) -> tuple[str, Mention] | None:
    """The state visited: the first state or city after "au/en/aux/à" in ``[start, end)``."""
    cities = lexicon().cities
    for mention in reading.parties:
        if mention.start < start or mention.start >= end:
            continue
        if not _HOST_BEFORE.search(prepared.key, max(0, mention.start - 4), mention.start):
            continue
        if mention.detail in {"name", "capital", "city"}:
            code = cities.get(prepared.key[mention.start : mention.end], mention.value)
            return code, mention
    return None


def _visitor(
    prepared: Prepared, reading: SentenceReading, noun: re.Match[str], host_at: int
) -> str | None:
    """The visiting side: named between the noun and the host ("la visite du président
    turc au …"), or, after a possessive ("sa visite au Japon"), the person before it."""
    key = prepared.key
    for person in reading.persons:
        if noun.end() <= person.start < host_at and person.party:
            return person.party
    for mention in reading.parties:
        if (
            noun.end() <= mention.start < host_at
            and mention.category == "party"
            and mention.detail in _VISITOR_KINDS
        ):
            return mention.value
    if _POSSESSIVE.search(key, max(reading.sentence.start, noun.start() - 25), noun.start()):
        before = [p for p in reading.persons if p.end <= noun.start() and p.party]
        if before:
            return before[-1].party
        named = [
            m.value
            for m in reading.parties
            if m.end <= noun.start() and m.category == "party" and m.detail in _VISITOR_KINDS
        ]
        if named:
            return named[-1]
    return None


def _own_date(reading: SentenceReading, after: int) -> DateValue | None:
    """A date right after the host ("au Japon en mars dernier"); not « depuis » and a
    year or a month (:func:`~diplorel.extract.recognise._dates.since_period`)."""
    for mention in reading.dates:
        if 0 <= mention.start - after <= _DATE_GAP:
            return None if since_period(mention) else mention.value
    return None


def _before(value: DateValue, published: PartialDate | None) -> bool:
    """Whether a date lies before the publication month: a past visit."""
    if published is None or published.year is None:
        return False
    first = value.start if isinstance(value, DateSpan) else value
    if first.year is None:
        return False
    if first.year != published.year:
        return first.year < published.year
    return (
        first.month is not None and published.month is not None and first.month < published.month
    )


def _year(value: DateValue) -> int | None:
    """The year of a date or of a span's start."""
    return (value.start if isinstance(value, DateSpan) else value).year


def _same_trip(draft: Draft, host: str, past: bool) -> bool:
    """Whether a visit draft between the same sides may be this trip: not when it took
    place in the other side's country, nor when this one is past and it is not."""
    if draft.place is not None:
        where = lexicon().cities.get(fold(draft.place))
        if where is not None and where != host:
            return False  # the return visit
    return not past or draft.background


def has_visit(drafts: Sequence[Draft], sides: set[str]) -> bool:
    """Whether ``drafts`` hold a visit between exactly ``sides``."""
    return any(
        d.kind == "consultation" and d.subtype == "visit" and d.parties == sides for d in drafts
    )


_SCANNED: Final[list[str]] = []
"""The words of the passes' :func:`occurrences`, found in one scan per text."""
_SCAN: Final[list[WordScan]] = []
"""The scan of :data:`_SCANNED`, built at its first use (again after a new word)."""
_FOUND: Final = "visits.occurrences"
"""The key in ``Prepared.memo`` of the scanned words' positions in the text."""


def scanned(words: tuple[str, ...]) -> tuple[str, ...]:
    """``words``, whose occurrences :func:`occurrences` then finds in its one scan of
    each text rather than by one ``str.find`` per word."""
    _SCANNED.extend(words)
    _SCAN.clear()
    return words


def occurrences(prepared: Prepared, words: Sequence[str]) -> list[int]:
    """Where any of ``words`` occurs in the folded key of ``prepared``: word by word, each
    occurrence after the end of the one before (as repeated ``str.find`` finds them).

    The words given to :func:`scanned` are all found in one Aho–Corasick scan of the
    text, kept in ``prepared.memo``; the passes find their few candidate sentences this
    way before they try their patterns. Other words are found by ``str.find``."""
    found = prepared.memo.get(_FOUND)
    if found is None:
        if not _SCAN:
            _SCAN.append(WordScan(_SCANNED))
        scan = _SCAN[0]
        found = prepared.memo[_FOUND] = (scan.known, scan.positions(prepared.key))
    known, positions = found
    text = prepared.key
    out: list[int] = []
    for word in words:
        if word in known:
            if word in positions:
                out += positions[word]
            continue
        at = text.find(word)
        while at != -1:
            out.append(at)
            at = text.find(word, at + len(word))
    return out


_WEEKDAYS: Final = "|".join(row["form"] for row in read_table("lang", "fr", "weekdays.tsv"))
"""The days of the week of the date grammar's own table."""
_MONTHS: Final = "|".join(
    dict.fromkeys(
        fold(row["form"])
        for row in read_table("lang", "fr", "months.tsv")
        if "." not in row["form"]
    )
)
"""The months of the date grammar's own table, folded (no abbreviation)."""
_PRESENCE: Final = re.compile(
    rf"\b(?:{either('consultation.visit-phrase', 'presence')})"
    rf"(?: (?:(?:{either('consultation.visit-phrase', 'since')}) \w+|"
    rf"{either('consultation.visit-phrase', 'meanwhile')}|"
    rf"(?:ce |le )?(?:{_WEEKDAYS}|{either('consultation.visit-phrase', 'day')})"
    rf"(?: et (?:{_WEEKDAYS}))?"
    rf"(?: \d{{1,2}}(?:er)? (?:{_MONTHS}))?"
    rf"(?: (?:{either('consultation.visit-phrase', 'time-of-day')}))?))? "
    rf"(?:a|en|au|aux|{either('consultation.visit-phrase', 'capital-of')}) $"
)
"""A visitor's presence in the host country ("est à Bakou", "séjourne depuis lundi à
Dakar", "a séjourné lundi et mardi à Accra", "est arrivé dimanche à Abuja", « est arrivé
ce jeudi 4 mai à Lomé »: a weekday may carry its date), just before the host's name."""
_TRIP_AFTER: Final = re.compile(
    rf"[^.;]{{0,80}}?\b(?:(?:{either('consultation.visit-phrase', 'at-the-head')}) "
    rf"(?:(?:{either('consultation.visit-phrase', 'delegation-size')}) )?"
    rf"(?:{either('consultation.visit-phrase', 'delegation')})|"
    rf"(?:{either('consultation.visit-phrase', 'for')}) "
    rf"(?:{either('consultation.visit-phrase', 'trip-determiner')}) "
    rf"(?:{either('consultation.visit-phrase', 'trip-purpose')})|"
    rf"(?:{either('consultation.visit-phrase', 'for')}) "
    rf"(?:{either('consultation.visit-phrase', 'attend')}))"
)
"""What makes a presence a trip: leading a delegation, talks, taking part."""
_PRESENCE_WORDS: Final = scanned(forms("consultation.visit-phrase", "presence-stem"))
_NOUN_STEMS: Final = scanned(forms("consultation.visit-phrase", "noun"))
"""What a text holds to be tried for a visit named by its noun ("visite")."""
_STAY_STEMS: Final = forms("consultation.visit-phrase", "stay-stem")
"""A presence verb that says the visitor stays (« séjourne »): no trip needed."""
_ARRIVAL_STEMS: Final = forms("consultation.visit-phrase", "arrival-stem")
"""A presence verb that says the visitor came (« arrivé »): a trip for a person."""
_CAPITAL_OF: Final = re.compile(rf"\b(?:{either('consultation.visit-phrase', 'capital-of')}) $")
"""The host named by its adjective: « dans la capitale saoudienne »."""
_PRESENCE_REACH: Final = 60
"""Characters before the host where its presence verb may start (« est arrivé ce
vendredi matin dans la capitale »)."""


def _noun_length(key: str, start: int) -> int:
    """The length of the visit's noun (:data:`_NOUN_STEMS`, « visite ») written at ``start``."""
    return max(len(noun) for noun in _NOUN_STEMS if key.startswith(noun, start))


def _presences(
    prepared: Prepared, reading: SentenceReading, drafts: Sequence[Draft]
) -> list[tuple[str, str, Mention]]:
    """Visits told by the visitor's presence ("X est à Bakou à la tête d'une délégation",
    "X séjourne à Dakar", « arrivé dimanche à Damas, le ministre libanais X »):
    (visitor, host, the host's mention)."""
    key = prepared.key
    out = []
    for mention in reading.parties:
        if not _host_mention(key, mention):
            continue
        before = key[max(reading.sentence.start, mention.start - _PRESENCE_REACH) : mention.start]
        presence = _PRESENCE.search(before)
        if presence is None:
            continue
        verb_at = mention.start - len(before) + presence.start()
        visitor = _present_visitor(prepared, reading, mention, presence.group(), verb_at)
        host = lexicon().cities.get(key[mention.start : mention.end], mention.value)
        if visitor is None and _official_arrives(prepared, reading, mention, verb_at):
            visitor = _host_partner(drafts, reading, host)
        if visitor is not None and visitor != host:
            out.append((visitor, host, mention))
    return out


_OFFICIAL_REACH: Final = 120
"""From the host of a participle that opens the sentence to the title of who arrived."""
_SUBJECT_BEFORE: Final = re.compile(r", (?:le |la |l')$")
"""A title that opens the main clause after a comma (« …, le ministre »)."""


def _official_arrives(
    prepared: Prepared, reading: SentenceReading, mention: Mention, verb_at: int
) -> bool:
    """Whether the sentence opens on an arrival (« Arrivé dimanche à Damas, ») and names
    an official by a title after it: one who acts for a state, not refugees or a team."""
    key = prepared.key
    if key[reading.sentence.start : verb_at].strip() or not any(
        stem in key[verb_at : mention.start] for stem in _ARRIVAL_STEMS
    ):
        return False
    end = min(reading.sentence.end, mention.end + _OFFICIAL_REACH)
    return any(  # « …, le ministre des Affaires étrangères »: the subject after the clause
        _SUBJECT_BEFORE.search(key, max(0, title - 5), title) is not None
        for title, _end, _entry in lexicon().hits(prepared).matches("role", mention.end, end)
    )


def _host_partner(drafts: Sequence[Draft], reading: SentenceReading, host: str) -> str | None:
    """Rule ``consultation.visit-phrase``: « Arrivé dimanche à Damas, le ministre des
    Affaires étrangères a été reçu mardi par le président irakien »: one who arrives named
    by a title with no state is the one the host met or hosted in that sentence, the
    one state beside the host among the sides of its consultations."""
    partners = {
        code
        for d in drafts
        if d.kind == "consultation" and host in d.parties and _told_in(d, reading)
        for code in d.parties
        if code != host and _state_of(code)
    }
    return next(iter(partners)) if len(partners) == 1 else None


def _told_in(draft: Draft, reading: SentenceReading) -> bool:
    """Whether ``draft`` is told in the sentence of ``reading`` (its own, or one merged
    into it)."""
    start, end = reading.sentence.start, reading.sentence.end
    return draft.sentence == reading.index or any(
        start <= e_start < end for e_start, _e_end in draft.evidence
    )


def _host_mention(key: str, mention: Mention) -> bool:
    """Whether ``mention`` can name the host of a presence: a state, capital or city by
    name, or a state by its adjective after « dans la capitale »."""
    if mention.detail in {"name", "capital", "city"}:
        return True
    return (
        mention.detail == "demonym"
        and _CAPITAL_OF.search(key, max(0, mention.start - 20), mention.start) is not None
    )


_ROLE_REACH: Final = 45
"""Characters from a title's head word to the adjective of the state it serves (« le chef
de la diplomatie égyptienne »)."""


def _arrived(
    prepared: Prepared, reading: SentenceReading, mention: Mention, verb_at: int
) -> str | None:
    """The state of the person who arrives at ``mention``: a person (or a title with
    its state's adjective, « le chef de l'Etat kirghiz ») before the verb, or, when the
    participle opens the sentence, the one right after its clause (« Arrivé dimanche à
    Damas, le ministre libanais X »)."""
    fronted = not prepared.key[reading.sentence.start : verb_at].strip()
    lo, hi = (mention.end, reading.sentence.end) if fronted else (reading.sentence.start, verb_at)
    actors = [(p.start, p.party) for p in reading.persons if lo <= p.start and p.end <= hi]
    for title, _end, _entry in lexicon().hits(prepared).matches("role", lo, hi):
        actors.append((title, _title_state(reading, title, hi)))
    if not actors:
        return None
    actors.sort(key=lambda actor: actor[0])
    party = actors[0][1] if fronted else actors[-1][1]
    return party if _state_of(party) else None


def _title_state(reading: SentenceReading, title: int, end: int) -> str | None:
    """The state a title serves, named by its adjective just after its head word (« le
    chef de la diplomatie égyptienne »), if any."""
    for party in reading.parties:
        if title < party.start <= title + _ROLE_REACH and party.start < end:
            if party.detail == "demonym" and _state_of(party.value):
                return party.value
            return None
    return None


def _present_visitor(
    prepared: Prepared, reading: SentenceReading, mention: Mention, verb: str, verb_at: int
) -> str | None:
    """The visitor of a presence whose verb ``verb`` starts at ``verb_at``: the side of
    the persons before it, else of the states named before it, when the presence is a
    trip (a stay, a delegation led, talks). A person who arrives is on a trip, and one
    named after a participle that opens the sentence arrived (« Arrivé dimanche à Damas,
    le ministre libanais X … »)."""
    key = prepared.key
    if any(stem in verb for stem in _ARRIVAL_STEMS):
        arrived = _arrived(prepared, reading, mention, verb_at)
        if arrived is not None:
            return arrived
    stay = any(stem in verb for stem in _STAY_STEMS)
    if not stay and _TRIP_AFTER.match(key, mention.end, reading.sentence.end) is None:
        return None
    visitors = [p.party for p in reading.persons if p.end <= verb_at and p.party]
    if not visitors:
        visitors = [
            m.value
            for m in reading.parties
            if m.end <= verb_at and m.category == "party" and m.detail in _VISITOR_KINDS
        ]
    return visitors[-1] if visitors else None


def _visit_place(prepared: Prepared, where: Mention) -> str | None:
    """The host's text as the place of the visit when it names a capital or city."""
    if where.detail in {"capital", "city"}:
        return prepared.text[where.start : where.end]
    return None


def _add_presence_visits(prepared: Prepared, reading: SentenceReading, out: list[Draft]) -> None:
    """Add to ``out`` the visits of ``reading`` told by the visitor's presence."""
    for guest, host, where in _presences(prepared, reading, out):
        sides = {guest, host}
        date = _presence_date(prepared, reading, where)
        if _has_this_visit(out, sides, date):
            continue
        draft = Draft(
            kind="consultation",
            sentence=reading.index,
            anchor=(where.start, where.end),
            parties=sides,
            subtype="visit",
            date=date,
            place=_visit_place(prepared, where),
            sectors={"politics"},
            evidence=[(reading.sentence.start, reading.sentence.end)],
            persons=[p for p in reading.persons if p.party == guest],
        )
        insert_after_sentence(out, draft.sentence, [draft])


def _has_this_visit(drafts: Sequence[Draft], sides: set[str], date: DateValue | None) -> bool:
    """Whether ``drafts`` hold the visit a presence tells: one between ``sides`` that is
    not an earlier trip told as background on another date (« il est arrivé ce mercredi
    à Astana » after « la visite de son prédécesseur à Astana en 2014 »)."""
    return any(
        d.kind == "consultation"
        and d.subtype == "visit"
        and d.parties == sides
        and not (d.background and date is not None and d.date != date)
        for d in drafts
    )


def _presence_date(
    prepared: Prepared, reading: SentenceReading, where: Mention
) -> DateValue | None:
    """The date of a presence: named in its verb (« est arrivé dimanche à », « arrivé
    dimanche dans la capitale saoudienne ») or right after the host (« a séjourné à
    Dakar du 3 au 5 juin »)."""
    lead = _CAPITAL_OF.search(prepared.key, max(0, where.start - 20), where.start)
    host_at = lead.start() if lead is not None else where.start
    for mention in reading.dates:
        if 0 <= host_at - mention.end <= _DATE_GAP or 0 <= mention.start - where.end <= 4:
            return mention.value
    return None


def _is_past_visit(date: DateValue | None, published: PartialDate | None) -> bool:
    """Whether a visit dated ``date`` lies before the article's ``published`` date."""
    past = date is not None and _before(date, published)
    if date is not None and (published is None or published.year is None):
        past = _year(date) is not None  # a year of its own, none for the article
    return past


def _noun_visit(
    prepared: Prepared, reading: SentenceReading, noun: re.Match[str]
) -> tuple[str, str, Mention] | None:
    """(visitor, host, the host's mention) of the visit named by ``noun``, if any."""
    key = prepared.key
    s_end = reading.sentence.end
    if _NOT_A_TRIP.match(key, noun.end(), s_end):
        return None
    found = _host(prepared, reading, noun.end(), min(s_end, noun.end() + _REACH))
    if found is None:
        return None
    host, where = found
    visitor = _visitor(prepared, reading, noun, where.start)
    if visitor is None or visitor == host:
        return None
    if any(kind == "future" and c_end <= noun.start() for _s, c_end, kind in reading.cues):
        return None  # "vont signer un accord lors de la visite de X en Y": to come
    return visitor, host, where


def _add_noun_visits(
    prepared: Prepared,
    reading: SentenceReading,
    out: list[Draft],
    published: PartialDate | None,
) -> None:
    """Add to ``out`` the visits of ``reading`` named by the noun "visite"."""
    s_start, s_end = reading.sentence.start, reading.sentence.end
    for noun in _VISIT.finditer(prepared.key, s_start, s_end):
        found = _noun_visit(prepared, reading, noun)
        if found is None:
            continue
        visitor, host, where = found
        sides = {visitor, host}
        date = _own_date(reading, where.end)
        past = _is_past_visit(date, published)
        if any(
            d.kind == "consultation"
            and d.subtype == "visit"
            and d.parties == sides
            and _same_trip(d, host, past)
            for d in out
        ):
            continue  # the visit reported already
        draft = Draft(
            kind="consultation",
            sentence=reading.index,
            anchor=(noun.start(), noun.start() + _noun_length(prepared.key, noun.start())),
            parties=sides,
            subtype="visit",
            date=date,
            place=_visit_place(prepared, where),
            sectors={"politics"},
            evidence=[(s_start, s_end)],
            background=past,
        )
        insert_after_sentence(out, draft.sentence, [draft])


def visits(
    prepared: Prepared,
    readings: Sequence[SentenceReading],
    drafts: list[Draft],
    published: PartialDate | None,
) -> list[Draft]:
    """``drafts`` with the visits named by a noun phrase that assembly left out."""
    candidates = {prepared.sentence_at(at) for at in occurrences(prepared, _NOUN_STEMS)}
    present = {prepared.sentence_at(at) for at in occurrences(prepared, _PRESENCE_WORDS)}
    if not candidates and not present:
        return drafts
    out = list(drafts)
    for reading in readings:
        if reading.index in present:
            _add_presence_visits(prepared, reading, out)
        if reading.index in candidates:
            _add_noun_visits(prepared, reading, out, published)
    return out


_ABROAD: Final = re.compile(
    rf"(?:{alternation(phrases('consultation.visit-abroad', 'abroad'))})\b"
)
"""« sa première visite à l'étranger »: a trip whose host the sentence does not name."""
_HOME: Final = words_pattern("consultation.visit-home", "home")
_HOME_PRESENCE: Final = re.compile(
    rf"\b(?:{either('consultation.visit-home', 'presence')})"
    rf"(?: (?:{either('consultation.visit-home', 'meanwhile')}|"
    rf"(?:{either('consultation.visit-home', 'since')}) \w+|"
    rf"{either('consultation.visit-home', 'also')}))? $"
)
"""The visitor's presence just before « dans notre pays »."""
_WELCOMED: Final = re.compile(
    rf"\b(?:{alternation(phrases('consultation.welcomed', 'welcomed'))})"
    r"\b[^,.;]{0,60}?\bpar\b"
)
"""« X a été accueilli (mardi, à l'aéroport) par Y »: a visitor welcomed by the host."""
_RECEIVED: Final = re.compile(
    rf"\b(?:{alternation(phrases('consultation.welcomed', 'received'))})"
    r"\b[^,.;]{0,60}?\bpar\b"
)
"""« X a été reçu (mardi) par Y »: a reception, a visit when X is on a tour."""
_TOUR: Final = words_pattern("consultation.welcomed", "tour")
_HOST_REACH: Final = 90
"""Characters after « par » where the host who welcomes is named."""
_ABROAD_RULE: Final = "consultation.visit-abroad"
_HOME_RULE: Final = "consultation.visit-home"
_WELCOMED_RULE: Final = "consultation.welcomed"
_ABROAD_STEMS: Final = scanned(forms("consultation.visit-abroad", "stem"))
_HOME_STEMS: Final = scanned(forms("consultation.visit-home", "stem"))
_WELCOMED_STEMS: Final = scanned(forms("consultation.welcomed", "stem"))


def _state_of(code: str | None) -> bool:
    return state_code(code) is True if code else False


def _sides_before(reading: SentenceReading, at: int) -> list[str]:
    """The states named before ``at`` in the sentence: by a person's side, else by name."""
    found = [p.party for p in reading.persons if p.end <= at and _state_of(p.party)]
    if not found:
        found = [
            m.value
            for m in reading.parties
            if m.end <= at and m.category == "party" and m.detail in _VISITOR_KINDS
        ]
    return [code for code in found if code is not None and _state_of(code)]


def _sides_after(reading: SentenceReading, start: int, end: int) -> list[str]:
    """The states named in ``[start, end)``: by a person's side, else by name."""
    found = [p.party for p in reading.persons if start <= p.start < end and _state_of(p.party)]
    found += [
        m.value
        for m in reading.parties
        if start <= m.start < end and m.category == "party" and m.detail in _VISITOR_KINDS
    ]
    return [code for code in found if code is not None and _state_of(code)]


def _host_event(out: Sequence[Draft], host: str, sentence: int) -> Draft | None:
    """The last event up to ``sentence`` that took place in the host's country: the
    visit is where and when it was (a summit attended abroad)."""
    cities = lexicon().cities
    found = None
    for draft in out:
        if draft.sentence > sentence:
            break
        if draft.place is not None and cities.get(fold(draft.place)) == host:
            found = draft
    return found


def _other_side(out: Sequence[Draft], visitor: str) -> str | None:
    """The one state the article reports meeting the visitor: the other side of its
    first consultation, agreement or declaration with exactly two states."""
    for draft in out:
        states = [code for code in draft.parties if _state_of(code)]
        if len(states) == 2 and visitor in states:
            return states[0] if states[1] == visitor else states[1]
    return None


def _add_visit(
    out: list[Draft],
    reading: SentenceReading,
    anchor: tuple[int, int],
    sides: tuple[str, str],
    *,
    rule: str,
) -> None:
    """Add the visit of the visitor to the host (``sides``) unless one between them is
    there; its heads are the persons of the sentence who speak for either side, its
    date and place those of the event in the host's country, else the sentence's date."""
    visitor, host = sides
    both = {visitor, host}
    if visitor == host or has_visit(out, both):
        return
    draft = Draft(
        kind="consultation",
        sentence=reading.index,
        anchor=anchor,
        parties=both,
        subtype="visit",
        sectors={"politics"},
        persons=[p for p in reading.persons if p.party in both],
        evidence=[(reading.sentence.start, reading.sentence.end)],
    )
    there = _host_event(out, host, reading.index)
    if there is not None:
        draft.place, draft.date = there.place, there.date
    elif reading.dates:
        draft.date = reading.dates[0].value
    draft.trace(rule)
    insert_after_sentence(out, draft.sentence, [draft])


def _abroad(prepared: Prepared, reading: SentenceReading, out: list[Draft]) -> None:
    """« la première visite à l'étranger de M. X »: X's visit to the state the article
    reports X meeting."""
    key = prepared.key
    for noun in _VISIT.finditer(key, reading.sentence.start, reading.sentence.end):
        abroad = _ABROAD.match(key, noun.end(), reading.sentence.end)
        if abroad is None:
            continue
        named = _sides_after(reading, noun.end(), reading.sentence.end)
        possessive = _POSSESSIVE.search(
            key, max(reading.sentence.start, noun.start() - 25), noun.start()
        )
        if not named and possessive is not None:
            named = _sides_before(reading, noun.start())[-1:]
        if len(set(named)) != 1:
            continue
        host = _other_side(out, named[0])
        if host is not None:
            _add_visit(
                out, reading, (noun.start(), noun.start() + 6), (named[0], host), rule=_ABROAD_RULE
            )


def _at_home(
    prepared: Prepared, reading: SentenceReading, out: list[Draft], home: str | None
) -> None:
    """« X, qui était dans notre pays pour … »: X's visit to the writer's country, the
    other state of the sentence (or the dateline's)."""
    key = prepared.key
    for found in _HOME.finditer(key, reading.sentence.start, reading.sentence.end):
        presence = _HOME_PRESENCE.search(
            key, max(reading.sentence.start, found.start() - 40), found.start()
        )
        if presence is None:
            continue
        before = _sides_before(reading, presence.start())
        if not before:
            continue
        visitor = before[-1]
        others = {code for code in _sides_before(reading, found.start()) if code != visitor}
        others |= {
            code
            for code in _sides_after(reading, found.end(), reading.sentence.end)
            if code != visitor
        }
        host = next(iter(others)) if len(others) == 1 else home if not others else None
        if host is not None:
            _add_visit(out, reading, found.span(), (visitor, host), rule=_HOME_RULE)


def _welcomed(prepared: Prepared, reading: SentenceReading, out: list[Draft]) -> None:
    """« Le président X a été accueilli par le Premier ministre Y », « X, en tournée dans
    la région, a été reçu par Y »: X's visit to Y."""
    key = prepared.key
    found_all = list(_WELCOMED.finditer(key, reading.sentence.start, reading.sentence.end))
    found_all.extend(  # « X, en tournée en Afrique, a été reçu par Y »
        received
        for received in _RECEIVED.finditer(key, reading.sentence.start, reading.sentence.end)
        if _TOUR.search(key, reading.sentence.start, received.start())
    )
    for found in found_all:
        visitors = set(_sides_before(reading, found.start()))
        hosts = _sides_after(
            reading, found.end(), min(reading.sentence.end, found.end() + _HOST_REACH)
        )
        if len(visitors) == 1 and hosts:
            _add_visit(
                out, reading, found.span(), (next(iter(visitors)), hosts[0]), rule=_WELCOMED_RULE
            )


def indirect_visits(
    prepared: Prepared,
    readings: Sequence[SentenceReading],
    drafts: list[Draft],
    disabled: frozenset[str] = frozenset(),
) -> list[Draft]:
    """``drafts`` with the visits told without a host after « visite »: a trip abroad
    (``consultation.visit-abroad``), a presence « dans notre pays »
    (``consultation.visit-home``), a welcome by the host (``consultation.welcomed``).
    Each rule in ``disabled`` is left out; a visit between the same sides already
    there is never added again."""
    abroad = {prepared.sentence_at(at) for at in occurrences(prepared, _ABROAD_STEMS)}
    at_home = {prepared.sentence_at(at) for at in occurrences(prepared, _HOME_STEMS)}
    welcomed = {prepared.sentence_at(at) for at in occurrences(prepared, _WELCOMED_STEMS)}
    if not abroad and not at_home and not welcomed:
        return drafts
    out = list(drafts)
    home = dateline_state(prepared, readings) if at_home else None
    for reading in readings:
        if reading.index in abroad and _ABROAD_RULE not in disabled:
            _abroad(prepared, reading, out)
        if reading.index in at_home and _HOME_RULE not in disabled:
            _at_home(prepared, reading, out, home)
        if reading.index in welcomed and _WELCOMED_RULE not in disabled:
            _welcomed(prepared, reading, out)
    return out
