"""Fields of events once assembly is done, read across the article's events: the sectors
a visit covers and an agreement's default sector, a meeting's round, the heads named by
« signé par » or « les deux ministres », the city that hosted an event. Each function
is one named rule of :data:`~diplorel.extract.rules.RULES`, run by ``extract()`` after
the places pass; none adds or removes an event, or changes its sides.

A visit is the frame of what happens during it: the talks held, the
agreements signed, each an event of its own with its own sectors. News
writing reports the trip first ("X est arrivé lundi à Rabat pour une visite
officielle"), then the talks and the signings and what they were about; the
visit itself covers politics, and what its own sentence names as its purpose
("une visite consacrée à la coopération énergétique"). Assembly widens a
consultation's sectors to everything said after it until the next event, and
to the sectors of the agreements signed during it; for a visit this is
undone here (``sectors.visit-frame``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache
from typing import Final

import attrs

from diplorel._tsv import read_table
from diplorel.extract._draft import Draft
from diplorel.extract._finish import _principals
from diplorel.extract._reading import SentenceReading, readings_by_index
from diplorel.extract._text import Prepared, fold
from diplorel.extract._words import alternation, either, longest_first, phrases, words_pattern
from diplorel.extract.recognise._mentions import PersonMention, find_roles
from diplorel.extract.rules._attributes import _ROUND_BETWEEN, _round
from diplorel.extract.rules._cues import _MANNERS
from diplorel.model import DateSpan, PartialDate

__all__ = [
    "agreement_default_sector",
    "commission_formats",
    "condemned_matter_sectors",
    "day_told_before",
    "declaration_agreement_sectors",
    "first_places",
    "full_names",
    "heads_by_role_again",
    "heads_of_the_two",
    "host_city_places",
    "margin_frames",
    "meeting_rounds",
    "message_heads",
    "one_first_place",
    "portfolio_sectors",
    "possessive_rounds",
    "predicate_rounds",
    "sentence_rounds",
    "session_minutes_sectors",
    "signatories",
    "source_clause_dates",
    "talks_as_meetings",
    "visit_frame_sectors",
    "visitor_heads",
    "works_spans",
]


def visit_frame_sectors(readings: Sequence[SentenceReading], drafts: Sequence[Draft]) -> None:
    """Give each visit politics and the sectors named in its own sentence only."""
    by_index = readings_by_index(readings)
    for draft in drafts:
        if draft.kind != "consultation" or draft.subtype != "visit":
            continue
        reading = by_index.get(draft.sentence)
        own = {sector for _s, _e, sector in reading.sectors} if reading is not None else set()
        sectors = {"politics"} | own
        if sectors != draft.sectors:
            draft.sectors = sectors
            draft.trace("sectors.visit-frame")


_NUMBERED_GATHERINGS: Final = frozenset({"meeting", "summit"})
"""Formats numbered as sessions: a meeting, and a summit read from a body's session (« la
9e session du Conseil des chefs d'État »)."""


def meeting_rounds(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: Sequence[Draft]
) -> None:
    """Number a meeting as assembly numbers sessions: "la deuxième réunion ministérielle",
    "la première rencontre des deux ministres" (``round.meeting``)."""
    by_index = readings_by_index(readings)
    for draft in drafts:
        if (
            draft.kind != "consultation"
            or draft.subtype not in _NUMBERED_GATHERINGS
            or draft.round is not None
        ):
            continue
        reading = by_index.get(draft.sentence)
        if reading is None or not reading.ordinals:
            continue
        draft.round = _round(reading, prepared, draft.anchor)
        if draft.round is not None:
            draft.trace("round.meeting")


_NUMBERED_NOUN: Final = re.compile(
    rf"{_ROUND_BETWEEN.pattern}(?:{longest_first('round.sentence', 'noun')})\b"
)
"""After an ordinal: the gathering it numbers (« première réunion tripartite »)."""
_OPENING: Final = re.compile(rf"\s*(?:(?:{either('round.sentence', 'determiner')}) )?")
"""Before an ordinal: the start of its sentence, and a determiner."""
_UNNUMBERED: Final = frozenset({"visit", "phone_call"})
_NO_PLACE: Final = frozenset({"phone_call", "video_conference"})
"""Consultations that have no place of their own."""
"""Formats that have no round: « sa première visite » counts trips, not sessions."""


def sentence_rounds(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: Sequence[Draft]
) -> None:
    """A consultation whose sentence opens on a numbered gathering, its subject, away
    from the word that made the event (« La première réunion tripartite, à laquelle ont
    pris part les présidents …, s'est déroulée à Tunis »): that ordinal is its round
    (``round.sentence``)."""
    by_index = readings_by_index(readings)
    key = prepared.key
    for draft in drafts:
        if draft.kind != "consultation" or draft.subtype in _UNNUMBERED or draft.round:
            continue
        reading = by_index.get(draft.sentence)
        if reading is None or not reading.ordinals:
            continue
        values = {
            o.value
            for o in reading.ordinals
            if _OPENING.fullmatch(key, reading.sentence.start, o.start) is not None
            and _NUMBERED_NOUN.match(key, o.end, reading.sentence.end) is not None
        }
        numbered = {d.round for d in drafts if d.sentence == draft.sentence and d.round}
        if len(values) == 1 and not values & numbered:  # else that gathering is another event
            draft.round = values.pop()
            draft.trace("round.sentence")


_POSSESSIVE: Final = re.compile(rf"\b(?:{either('round.possessive', 'possessive')}) $")
"""Before an ordinal: the possessive that makes the numbered gathering the subject's own
(« a tenu sa »)."""
_POSSESSIVE_REACH: Final = 90
"""How far after the gathering's word its own numbered session may be named."""


def possessive_rounds(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: Sequence[Draft]
) -> None:
    """A standing body or a gathering that holds, opens or closes « sa cinquième
    session », « son 12e sommet », « leur troisième réunion » after its name (« La
    commission mixte sénégalo-gambienne a clôturé mardi à Banjul sa sixième session »):
    the ordinal is its round, when no other event of the sentence stands between them
    (``round.possessive``)."""
    by_index = readings_by_index(readings)
    starts: list[int] = []
    for draft in drafts:
        if draft.kind != "consultation" or draft.subtype in _UNNUMBERED or draft.round:
            continue
        if len(draft.evidence) > 1:
            starts = starts or [reading.sentence.start for reading in readings]
        for reading, anchor in _told_in(readings, starts, by_index, draft):
            found = _possessive_round(prepared.key, reading, anchor, draft, drafts)
            if found is not None:
                draft.round = found
                draft.trace("round.possessive")
                break


def _told_in(
    readings: Sequence[SentenceReading],
    starts: list[int],
    by_index: dict[int, SentenceReading],
    draft: Draft,
) -> list[tuple[SentenceReading, int]]:
    """The sentences that report ``draft`` and hold ordinals, each with where the
    gathering is named in it: the draft's own word, else the sentence's first
    trigger that is no instrument (a mention merged into the draft)."""
    out = []
    own = by_index.get(draft.sentence)
    if own is not None and own.ordinals:
        out.append((own, draft.anchor[1]))
    if len(draft.evidence) < 2:  # not merged: its own sentence is all
        return out
    for begin, _end in draft.evidence:
        position = bisect_right(starts, begin) - 1
        if position < 0:
            continue
        reading = readings[position]
        if reading is own or begin >= reading.sentence.end or not reading.ordinals:
            continue
        named = [e for _s, e, entry in reading.triggers if entry.category != "instrument"]
        if named:
            out.append((reading, named[0]))
    return out


def _possessive_round(
    key: str, reading: SentenceReading, after: int, draft: Draft, drafts: Sequence[Draft]
) -> int | None:
    """The ordinal of « sa / son / leur » + ordinal + a gathering's noun named after
    ``after`` in ``reading``, unless another event is named between them."""
    end = min(reading.sentence.end, after + _POSSESSIVE_REACH)
    for ordinal in reading.ordinals:
        if not after <= ordinal.start < end:
            continue
        if any(
            other is not draft
            and other.sentence == reading.index
            and after <= other.anchor[0] < ordinal.start
            for other in drafts
        ):
            return None  # « … où le ministre effectuait sa deuxième visite »: another event's
        lo = max(reading.sentence.start, ordinal.start - 8)
        if (
            _POSSESSIVE.search(key, lo, ordinal.start) is not None
            and _NUMBERED_NOUN.match(key, ordinal.end, reading.sentence.end) is not None
        ):
            return ordinal.value
    return None


_SOURCE_CLAUSE: Final = re.compile(
    rf",\s(?:(?:{either('date.source-clause', 'auxiliary')})\s)?"
    rf"(?:{either('date.source-clause', 'reporting')})\b"
    rf"|\b(?:{either('date.source-clause', 'according')})\b"
)
"""After a statement: the clause that gives its source (« , indique lundi un communiqué »,
« , a précisé mardi le ministère », « selon un communiqué publié lundi »)."""


def source_clause_dates(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: Sequence[Draft]
) -> None:
    """A statement reported with its source after it (« Le Maroc se félicite du
    cessez-le-feu, indique mercredi soir un communiqué du ministère », « …, selon un
    communiqué publié lundi ») was made on the day that clause gives, not on the day
    of publication (``date.source-clause``). A date of what the statement speaks of,
    before the clause, is not read."""
    starts: list[int] = []
    for draft in drafts:
        if draft.kind != "declaration" or draft.subtype != "statement" or draft.background:
            continue
        starts = starts or [reading.sentence.start for reading in readings]
        for reading, after in _reported_in(readings, starts, draft):
            clause = _SOURCE_CLAUSE.search(prepared.key, after, reading.sentence.end)
            if clause is None:
                continue
            dated = [m for m in reading.dates if m.start >= clause.start() and m.value]
            if dated and dated[0].value != draft.date:
                draft.date = dated[0].value
                draft.trace("date.source-clause")
            break


def _reported_in(
    readings: Sequence[SentenceReading], starts: list[int], draft: Draft
) -> list[tuple[SentenceReading, int]]:
    """The sentences that report ``draft`` and hold dates, in text order, each with where
    what it says ends: the draft's word in its own sentence, else the sentence's start
    (a mention merged into the draft)."""
    found: dict[int, int] = {}
    for begin in (draft.anchor[0], *(b for b, _e in draft.evidence)):
        position = bisect_right(starts, begin) - 1
        if position < 0 or begin >= readings[position].sentence.end:
            continue
        reading = readings[position]
        if reading.dates:
            after = draft.anchor[1] if reading.index == draft.sentence else reading.sentence.start
            found[position] = max(after, found.get(position, after))
    return [(readings[position], after) for position, after in sorted(found.items())]


_MARGIN: Final = re.compile(rf"\b(?:{either('date.margin', 'margin')})\b")
"""« en marge de … »: what happened beside a gathering."""
_GATHERING_FORMATS: Final = frozenset(
    {"summit", "meeting", "joint_commission", "political_consultations", "negotiation"}
)
"""The consultations another meeting may be held on the margins of."""


def margin_frames(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: Sequence[Draft]
) -> None:
    """A meeting held « en marge de » a gathering reported before it (« Le ministre a pris
    part mercredi au Caire à la session du Conseil de la Ligue. En marge de cette session,
    il s'est entretenu avec son homologue égyptien ») took place on the gathering's date
    and in its city, where its own sentence gives neither (``date.margin``). The gathering
    is the last one reported before it, in the foreground, sharing one of its sides; a
    gathering named in the margin's own sentence is another one (« en marge du sommet de
    l'UA de février »), and the meeting is left as it is."""
    by_index = readings_by_index(readings)
    for at, draft in enumerate(drafts):
        if not _lacks_margin_fields(draft):
            continue
        margin = _margin_cue(prepared, by_index.get(draft.sentence))
        if margin is None or _frames_own_gathering(draft, drafts, margin.end()):
            continue
        frame = _margin_frame(draft, drafts[:at])
        if frame is not None:
            _take_margin_fields(draft, frame)


def _lacks_margin_fields(draft: Draft) -> bool:
    """Whether ``draft`` is a foreground meeting (not a visit or a call) still missing its
    date or its place, the only ones a margin frame may complete."""
    if draft.kind != "consultation" or draft.subtype in _UNNUMBERED or draft.background:
        return False
    return draft.date is None or draft.place is None


def _margin_cue(prepared: Prepared, reading: SentenceReading | None) -> re.Match[str] | None:
    """The « en marge de » of ``reading``'s sentence, or None (also when the draft's
    sentence has no reading)."""
    if reading is None:
        return None
    return _MARGIN.search(prepared.key, *_sentence_span(reading))


def _frames_own_gathering(draft: Draft, drafts: Sequence[Draft], after: int) -> bool:
    """Whether the margin's own sentence names another consultation after the cue (« en
    marge du sommet de l'UA de février »): that gathering is the frame, not an earlier one."""
    return any(
        other is not draft
        and other.kind == "consultation"
        and other.sentence == draft.sentence
        and other.anchor[0] >= after
        for other in drafts
    )


def _margin_frame(draft: Draft, earlier: Sequence[Draft]) -> Draft | None:
    """The last dated foreground gathering among ``earlier`` (the drafts before ``draft``),
    reported no later than its sentence and sharing one of its sides; None when there is
    none."""
    return next(
        (
            other
            for other in reversed(earlier)
            if other.kind == "consultation"
            and other.subtype in _GATHERING_FORMATS
            and not other.background
            and other.date is not None
            and other.sentence <= draft.sentence
            and other.parties & draft.parties
        ),
        None,
    )


def _take_margin_fields(draft: Draft, frame: Draft) -> None:
    """Give ``draft`` the date and the place of its ``frame`` where it has none
    (``date.margin``)."""
    if draft.date is None:
        draft.date = frame.date
        draft.trace("date.margin")
    if draft.place is None and frame.place is not None:
        draft.place = frame.place
        draft.trace("date.margin")


def _sentence_span(reading: SentenceReading) -> tuple[int, int]:
    return reading.sentence.start, reading.sentence.end


def late_main_places(drafts: Sequence[Draft]) -> None:
    """An event reported without a place happened where the main event did (rule
    ``place.main-event``); the gatherings the passes after assembly find (« a pris part
    mercredi au Caire à la session du Conseil de la Ligue ») and the places they give
    (the state visited, the host's capital) were not yet there when assembly gave the
    main event's place, so an event still without one (a consultation, an instrument
    signed during a visit, a joint text) takes the
    place the text gives to the first event reported in the foreground that shares a
    side with it. A call or a video conference has no place; a consultation whose
    sentence names another gathering with no place (« en marge du sommet de l'UA de
    février ») is framed by that one, and left as it is."""
    firsts = first_places(drafts)
    if not firsts:
        return
    unplaced = frozenset(
        d.sentence for d in drafts if d.kind == "consultation" and d.place is None
    )
    for draft in drafts:
        if not _may_take_main_place(draft) or _shares_unplaced_sentence(draft, drafts, unplaced):
            continue
        place = one_first_place(draft, firsts)
        if place is not None:
            draft.place = place
            draft.inferred_place = True
            draft.trace("place.main-event")


def first_places(drafts: Sequence[Draft]) -> dict[str, str]:
    """Each side's place as the text gives it to the first foreground event of that side,
    leaving out the places inferred and not read (the drafts' ``inferred_place``: a
    statement's or an approval's seat of government, another event's place): such a
    place is no main event's."""
    firsts: dict[str, str] = {}
    for draft in drafts:
        if draft.place and not draft.background:
            if draft.inferred_place:
                continue
            for code in draft.parties:
                firsts.setdefault(code, draft.place)
    return firsts


def _may_take_main_place(draft: Draft) -> bool:
    """Whether ``draft`` is a foreground event with no place yet, of a kind that has one:
    a consultation (not a call or a video conference), an agreement, a declaration (not a
    state's own statement, placed by itself)."""
    if draft.place is not None or draft.background:
        return False
    if draft.kind != "consultation":
        return not draft.reaction  # a state's own statement is placed by itself
    return draft.subtype not in _NO_PLACE


def _shares_unplaced_sentence(
    draft: Draft, drafts: Sequence[Draft], unplaced: frozenset[int]
) -> bool:
    """Whether ``draft``'s sentence, one of those that had a consultation without a place
    (``unplaced``), still reports another consultation without one: that gathering frames
    it."""
    return any(
        other is not draft and other.sentence == draft.sentence and other.place is None
        for other in drafts
        if other.kind == "consultation" and draft.sentence in unplaced
    )


def one_first_place(draft: Draft, firsts: dict[str, str]) -> str | None:
    """The first place of ``draft``'s sides when they all agree on one, else None."""
    found = [firsts[code] for code in sorted(draft.parties) if code in firsts]
    if found and len(set(found)) == 1:
        return found[0]
    return None


_PREDICATE: Final = re.compile(
    rf"\b(?:{longest_first('round.predicate', 'noun')}),? "
    rf"(?:{either('round.predicate', 'relative')}) "
    rf"(?:{longest_first('round.predicate', 'verb')}) (?:la |le )$"
)
"""Before an ordinal: « la réunion, qui était la » quatrième."""
_RELATIVE: Final = phrases("round.predicate", "relative")
"""The pronouns that open the relative clause (« qui »), looked for before the pattern."""
_PREDICATE_REACH: Final = 60
"""How far before the ordinal the noun and its relative clause may start."""
_PREDICATE_BACK: Final = 3
"""How many sentences back the gathering numbered may have been reported."""


def predicate_rounds(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: Sequence[Draft]
) -> None:
    """ "Le sommet tripartite s'est tenu mardi au Caire. Lors de la réunion, qui était la
    quatrième entre les trois pays, …": the ordinal of a relative clause on a gathering
    named again numbers the last gathering reported, in that sentence or just before
    (``round.predicate``)."""
    key = prepared.key
    numbered = [d for d in drafts if d.kind == "consultation" and d.subtype not in _UNNUMBERED]
    if not numbered:
        return
    for reading in readings:
        # the relative clause is written « , qui » / « qui »: the sentence's ordinals (found
        # only when asked for) are read where it is
        if all(
            key.find(f" {word} ", reading.sentence.start, reading.sentence.end) < 0
            for word in _RELATIVE
        ):
            continue
        for ordinal in reading.ordinals:
            lo = max(reading.sentence.start, ordinal.start - _PREDICATE_REACH)
            if _PREDICATE.search(key[lo : ordinal.start]) is None:
                continue
            before = [
                d
                for d in numbered
                if 0 <= reading.index - d.sentence <= _PREDICATE_BACK
                and (d.sentence < reading.index or d.anchor[0] < ordinal.start)
            ]
            if not before:
                continue
            last = max(before, key=lambda d: (d.sentence, d.anchor))
            if last.round is None:
                last.round = ordinal.value
                last.trace("round.predicate")


_OF_COMMISSION: Final = re.compile(
    rf"(?: (?:{either('consultation.standing-body', 'between')}))? (?:de la |du |de l')"
    rf"(?:{either('consultation.standing-body', 'noun')}) [a-z]+o-[a-z]+\b"
)
"""After a meeting's noun: « annuelle de la commission américano-kazakhe »."""


def commission_formats(prepared: Prepared, drafts: Sequence[Draft]) -> None:
    """ "La troisième réunion annuelle de la commission américano-kazakhe": a meeting of
    a standing body named by its sides' compound adjective is a session of a joint
    commission (``consultation.standing-body``)."""
    for draft in drafts:
        if draft.kind != "consultation" or draft.subtype != "meeting":
            continue
        if _OF_COMMISSION.match(prepared.key, draft.anchor[1]) is not None:
            draft.subtype = "joint_commission"
            draft.trace("consultation.standing-body")


_OF_SESSION: Final = re.compile(
    rf" (?:{either('sectors.session-minutes', 'link')}) (?:[\w-]+ )?"
    rf"(?:{either('sectors.session-minutes', 'sitting')})\b"
)
"""After an instrument's noun: « de la XIe réunion », « de la session »."""


def session_minutes_sectors(prepared: Prepared, drafts: Sequence[Draft]) -> None:
    """« Les deux coprésidents ont paraphé le protocole de la IXe session »: the signed minutes of
    a sitting name no field of their own; they record what the sitting dealt with, so
    they take the sectors of the sitting of the same sides that they close (a joint
    commission's session before any other talk; a visit is no sitting; the last one
    before them, else the first after), politics left out
    (``sectors.session-minutes``)."""
    for draft in drafts:
        if draft.kind != "agreement" or draft.sectors or draft.group:
            continue
        if _OF_SESSION.match(prepared.key, draft.anchor[1]) is None:
            continue
        sittings = [
            d
            for d in drafts
            if d.kind == "consultation"
            and d.subtype != "visit"
            and d.parties == draft.parties
            and not d.background
        ]
        sittings = [d for d in sittings if d.subtype == "joint_commission"] or sittings
        before = [d for d in sittings if d.anchor[0] < draft.anchor[0]]
        sitting = before[-1] if before else (sittings[0] if sittings else None)
        fields = set() if sitting is None else sitting.sectors - {"politics"}
        if fields:
            draft.sectors = fields
            draft.trace("sectors.session-minutes")


def agreement_default_sector(drafts: Sequence[Draft]) -> None:
    """An agreement whose text names no field (« un accord de coopération », « l'accord
    portant création de la commission mixte ») is a general, political instrument:
    its sector is politics (``sectors.agreement-default``)."""
    for draft in drafts:
        if draft.kind == "agreement" and not draft.sectors:
            draft.sectors = {"politics"}
            draft.trace("sectors.agreement-default")


def _links(found: frozenset[str]) -> str:
    """The forms as an alternation, longest first, each followed by the space that ends
    it (none after an apostrophe)."""
    ordered = sorted(found, key=lambda f: (-len(f), f))
    return "|".join(re.escape(f if f.endswith("'") else f + " ") for f in ordered)


_LINK: Final = _links(phrases("sectors.portfolio", "link"))
_ARTICLE: Final = _links(phrases("sectors.portfolio", "article"))
_AND: Final = either("sectors.portfolio", "and")
_PORTFOLIO_REACH: Final = 160
"""How far before a sector word a minister's title may start."""
_PORTFOLIO: Final = re.compile(
    rf"\b(?:{longest_first('sectors.portfolio', 'role')})(?P<adj> [\w-]+)??"
    rf"(?: (?:{longest_first('sectors.portfolio', 'qualifier')}))*,? "
    rf"(?:{_LINK})"
    rf"(?:[\w-]+(?: [\w-]+)?(?:,? {_AND} (?:{_LINK}|{_ARTICLE})"
    rf"|,? (?:{_LINK})))*"
    rf"(?:[\w-]+ )?$"
)
"""The end of a title naming a portfolio, right before a sector word: « le ministre
japonais de l'Économie, du Commerce et de l' », « la secrétaire d'État à l'Asile et la »."""


_NAME_TO_PARENTHESIS: Final = 2
"""At most this many characters (blanks) between a name and its parenthesis."""
_NAME_BEFORE: Final = re.compile(r"\b[A-ZÀ-Þ][\w'-]*[a-zà-ÿ][\w'-]* [A-ZÀ-Þ][a-zà-ÿ'-]+ ?$")
"""Two capitalised words (neither an acronym) right before a parenthesis: a name the
person finder may not know (« Aly Ngouille Ndiaye (Intérieur) »)."""
_NAME_REACH: Final = 60


def _after_name(prepared: Prepared, reading: SentenceReading, begin: int, start: int) -> bool:
    """Whether the word at ``start`` lies in a parenthesis right after a person's name:
    the portfolio of a delegation's member (« X (Forces armées), Y (Commerce) »)."""
    opening = prepared.key.rfind("(", begin, start)
    if opening < 0 or ")" in prepared.key[opening:start]:
        return False
    if any(0 <= opening - person.end <= _NAME_TO_PARENTHESIS for person in reading.persons):
        return True
    return (
        _NAME_BEFORE.search(prepared.text, max(begin, opening - _NAME_REACH), opening) is not None
    )


def _stems(forms: frozenset[str]) -> tuple[str, ...]:
    """The forms that hold no other form: finding one of them is finding any form."""
    return tuple(sorted(f for f in forms if not any(o != f and o in f for o in forms)))


_ROLE_STEMS: Final = _stems(phrases("sectors.portfolio", "role"))
"""The heads of titles, for a cheap look before the pattern runs."""


def _in_portfolio(prepared: Prepared, reading: SentenceReading, start: int) -> bool:
    """Whether the sector word at ``start`` is part of a title (« le ministre de
    l'Énergie »); a word between the title's head and its portfolio must be a side
    (« le ministre japonais du Commerce »)."""
    key = prepared.key
    begin = max(reading.sentence.start, start - _PORTFOLIO_REACH)
    window = key[begin:start]
    if "(" in window and _after_name(prepared, reading, begin, start):
        return True
    if not any(stem in window for stem in _ROLE_STEMS):
        return False
    found = _PORTFOLIO.search(key, begin, start)
    if found is None:
        return False
    if found.start("adj") < 0:
        return True
    adj = found.start("adj") + 1
    return any(mention.start == adj for mention in reading.parties)


def portfolio_sectors(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: Sequence[Draft]
) -> None:
    """A field the article names only in the titles of ministers, ministries or
    officials (« le ministre de l'Énergie », « le directeur de la coopération
    économique ») is what those people are in charge of, not what a talk or a
    statement was about: it is taken out of the consultations and declarations
    reported in other sentences (``sectors.portfolio``). The event whose own
    sentence names the official keeps it (« s'est entretenu avec le ministre de la
    Pêche »), and agreements keep theirs (« un mémorandum entre les ministères du
    Commerce » is about trade)."""
    wanted: set[str] = set()
    for draft in drafts:
        if draft.kind != "agreement":
            wanted |= draft.sectors
    wanted.discard("politics")
    titled: dict[str, set[int]] = {}
    said: set[str] = set()
    if not wanted:
        return
    for reading in [reading for reading in readings if reading.sectors]:
        for start, _end, sector in reading.sectors:
            if sector not in wanted or sector in said:
                continue
            if _in_portfolio(prepared, reading, start):
                titled.setdefault(sector, set()).add(reading.index)
            else:
                said.add(sector)
    only_titled = titled.keys() - said
    if not only_titled:
        return
    for draft in drafts:
        if draft.kind == "agreement":
            continue
        away = {sector for sector in only_titled if draft.sentence not in titled[sector]}
        if draft.sectors & away:
            draft.sectors = (draft.sectors - away) or {"politics"}
            draft.trace("sectors.portfolio")


def _stretch_end(draft: Draft, talks: Sequence[int], by_index: dict[int, SentenceReading]) -> int:
    """The sentence after the declaration's stretch: the next sentence of a talk or
    a declaration, or one past the last sentence."""
    later = [index for index in talks if index > draft.sentence]
    return later[0] if later else max(by_index, default=0) + 1


def _stretch_sectors(
    draft: Draft,
    stop: int,
    by_index: dict[int, SentenceReading],
    agreement_sentences: set[int],
) -> tuple[set[str], set[str]]:
    """The fields named in the declaration's stretch: those of the agreements'
    sentences after its own, and those named elsewhere (its own sentence included)."""
    in_agreements: set[str] = set()
    elsewhere: set[str] = set()
    for index in range(draft.sentence, stop):
        reading = by_index.get(index)
        if reading is None:
            continue
        found = {sector for _s, _e, sector in reading.sectors}
        if index != draft.sentence and index in agreement_sentences:
            in_agreements |= found
        else:
            elsewhere |= found
    return in_agreements, elsewhere


def declaration_agreement_sectors(
    readings: Sequence[SentenceReading], drafts: Sequence[Draft]
) -> None:
    """A joint declaration is often signed with agreements, each reported in a
    sentence of its own (« Ils ont aussi signé trois accords sur l'énergie et le
    commerce »): what those sentences name is the agreements' field, not the
    declaration's. A field said after a declaration only in the sentences of
    agreements is taken out of it (``sectors.declaration-agreements``); a field
    its own sentence or another sentence of its stretch names stays, and so does one
    of an older agreement cited in passing (« conformément à l'accord de 2016 sur la
    justice »): the declaration speaks of it."""
    if not any(d.kind == "declaration" for d in drafts):
        return
    agreement_sentences = {
        d.sentence for d in drafts if d.kind == "agreement" and not d.background
    }
    if not agreement_sentences:
        return
    talks = sorted({d.sentence for d in drafts if d.kind != "agreement"})
    by_index = readings_by_index(readings)
    for draft in drafts:
        if draft.kind != "declaration":
            continue
        stop = _stretch_end(draft, talks, by_index)
        in_agreements, elsewhere = _stretch_sectors(draft, stop, by_index, agreement_sentences)
        away = draft.sectors & (in_agreements - elsewhere)
        if away:
            draft.sectors = (draft.sectors - away) or {"politics"}
            draft.trace("sectors.declaration-agreements")


@cache
def _reproach() -> re.Pattern[str]:
    """The statement verbs and phrases of ``lang/fr/statements.tsv`` (folded, as whole
    words); the group ``reproach`` is set for those that condemn or voice concern."""
    tones = {
        fold(row["form"].replace("’", "'")): row["tone"]
        for row in read_table("lang", "fr", "statements.tsv")
    }
    reproach = {form for form, tone in tones.items() if tone in {"condemn", "concern"}}
    other = set(tones) - reproach
    return re.compile(
        rf"\b(?:(?P<reproach>{alternation(frozenset(reproach))})|"
        rf"(?:{alternation(frozenset(other))}))\b"
    )


def _reproaches(prepared: Prepared, draft: Draft) -> bool:
    """Whether the first statement verb of the draft's first evidence condemns or voices
    concern (« condamne », « dénonce », « sa vive préoccupation »)."""
    if not draft.evidence:
        return False
    start, end = draft.evidence[0]
    found = _reproach().search(prepared.key, start, end)
    return found is not None and found.group("reproach") is not None


def condemned_matter_sectors(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: Sequence[Draft]
) -> None:
    """A state's own statement that condemns or voices concern (« Le Niger condamne
    l'attaque … », « exprime sa vive préoccupation face aux affrontements ») is about
    the matter it condemns: its fields are those it names, without the default
    politics, unless its stretch names politics itself (« la souveraineté », « le
    processus de paix »). A statement that welcomes or supports keeps politics
    (``sectors.condemned-matter``)."""
    talks = sorted({d.sentence for d in drafts if d.kind != "agreement"})
    by_index = readings_by_index(readings)
    for draft in drafts:
        if draft.kind != "declaration" or not draft.reaction:
            continue
        if "politics" not in draft.sectors or len(draft.sectors) < 2:
            continue
        stop = _stretch_end(draft, talks, by_index)
        said = any(
            sector == "politics"
            for index in range(draft.sentence, stop)
            if (reading := by_index.get(index)) is not None
            for _s, _e, sector in reading.sectors
        )
        if not said and _reproaches(prepared, draft):
            draft.sectors.discard("politics")
            draft.trace("sectors.condemned-matter")


def _has_day(value: PartialDate | DateSpan | None) -> bool:
    """Whether ``value`` names a day (or a range of days)."""
    if isinstance(value, DateSpan):
        return value.start.day is not None or value.end.day is not None
    return value is not None and value.day is not None


def _day_within(reading: SentenceReading, span: DateSpan) -> PartialDate | bool | None:
    """The last day the sentence states: the day when it lies in ``span``, ``False``
    when it states another day, ``None`` when it states none (a year or a month, « la
    période 2026-2029 », tells no day)."""
    values = [mention.value for mention in reading.dates if _has_day(mention.value)]
    if not values:
        return None
    last = values[-1]
    if isinstance(last, PartialDate) and last.day is not None and span.contains(last):
        return last
    return False


def day_told_before(readings: Sequence[SentenceReading], drafts: Sequence[Draft]) -> None:
    """News tells a visit or a session day by day: « du 10 au 12 mars … Le 10 mars,
    elle s'est entretenue avec … Ils ont également signé un accord … ». An event
    reported without a date of its own, which took the whole span of the main
    event, happened on the last day told before it, when that day lies in the span
    (``date.day-told-before``); a date outside the span, or the span itself told
    again, stops the search."""
    spanned = [
        (draft, draft.date)
        for draft in drafts
        if isinstance(draft.date, DateSpan) and draft.main_event_date
    ]
    if not spanned:
        return
    position = {reading.index: at for at, reading in enumerate(readings)}
    for draft, span in spanned:
        at = position.get(draft.sentence)
        if at is None:
            continue
        for reading in reversed(readings[: at + 1]):
            found = _day_within(reading, span)
            if found is None:
                continue
            if isinstance(found, PartialDate):
                draft.date = found
                draft.trace("date.day-told-before")
            break


_TALKS: Final = phrases("consultation.talks", "noun")
"""« pourparlers »: talks that are a meeting unless they bear on an instrument."""


def talks_as_meetings(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: Sequence[Draft]
) -> None:
    """« M. Poutine a fait état de pourparlers substantiels », « a également tenu des
    pourparlers avec son homologue »: talks between leaders or ministers are a meeting
    (the annotation keeps ``negotiation`` for the negotiation of an instrument). Talks
    in a sentence that names an instrument or a stage (« la finalisation des
    pourparlers ouvre la voie à la signature de l'accord ») stay a negotiation
    (``consultation.talks``)."""
    by_index: dict[int, SentenceReading] | None = None
    for draft in drafts:
        if draft.kind != "consultation" or draft.subtype != "negotiation":
            continue
        if prepared.key[draft.anchor[0] : draft.anchor[1]] not in _TALKS:
            continue
        if by_index is None:
            by_index = readings_by_index(readings)
        reading = by_index.get(draft.sentence)
        if reading is None or any(
            entry.category in {"instrument", "stage"} for _s, _e, entry in reading.triggers
        ):
            continue
        draft.subtype = "meeting"
        draft.trace("consultation.talks")


_SIGNED_BY: Final = words_pattern("heads.signed-by", "cue")
"""« signé par » after an instrument: who signed it."""
_SIGNED_BY_END: Final = re.compile(
    rf"[;()\u00ab\u00bb]|\b(?:{either('heads.signed-by', 'and-also')})\b"
)


def signatories(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: Sequence[Draft]
) -> None:
    """ "un mémorandum sur l'énergie, signé par les ministres X et Y, ainsi qu'un
    programme …, signé par Z et W": the heads of each instrument are those named after
    its own « signé par », not every person of the sentence (``heads.signed-by``)."""
    by_index = readings_by_index(readings)
    key = prepared.key
    for draft in drafts:
        if draft.kind != "agreement":
            continue
        reading = by_index.get(draft.sentence)
        if reading is None or not reading.persons:
            continue
        s_end = reading.sentence.end
        following = [s for s, _e, entry in reading.triggers if entry.category == "instrument"]
        stop = min((s for s in following if s > draft.anchor[1]), default=s_end)
        signed = _SIGNED_BY.search(key, draft.anchor[1], stop)
        if signed is None:
            continue
        end = _SIGNED_BY_END.search(key, signed.end(), stop)
        bound = end.start() if end else stop
        persons = [
            p
            for p in reading.persons
            if signed.end() <= p.start < bound and (p.party is None or p.party in draft.parties)
        ]
        if persons and [p.name for p in persons] != [p.name for p in draft.persons]:
            draft.persons = persons
            draft.trace("heads.signed-by")


_THE_TWO: Final = words_pattern("heads.the-two", "cue")
"""« les deux ministres »: the two persons just named as the sides' heads."""
_THEY: Final = re.compile(
    rf"\s*(?:[^,.;:()\u00ab\u00bb]{{1,40}}, )?(?:{either('heads.the-two', 'they')}) "
)
"""A plural pronoun that opens the sentence, after a short adjunct at most."""
_REACH_BACK: Final = 3
"""How many sentences back « les deux ministres » may point."""


def heads_of_the_two(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: Sequence[Draft]
) -> None:
    """ "X s'est entretenu avec Y. Les deux ministres ont signé un accord": the accord's
    heads are X and Y, the heads of the talk just reported between the same sides
    (``heads.the-two``). It names them also where the event has only heads named
    elsewhere (each side's principal: « le président X a reçu le ministre Y … Y s'est
    entretenu avec son homologue Z. Les deux ministres ont signé »: Y and Z, not X), and
    under the fullest name the event had for each (« Xi » for « Xi Jinping »)."""
    by_index = readings_by_index(readings)
    key = prepared.key
    talks = [d for d in drafts if d.kind == "consultation" and len(d.persons) == 2]
    for draft in drafts:
        if draft.background:
            continue
        reading = by_index.get(draft.sentence)
        if reading is None or (draft.persons and not _heads_from_elsewhere(draft, reading)):
            continue
        if not _names_the_two(key, reading):
            continue
        before = [
            t
            for t in talks
            if t is not draft
            and 0 <= draft.sentence - t.sentence <= _REACH_BACK
            and t.parties == draft.parties
        ]
        if before:
            last = max(before, key=lambda t: (t.sentence, t.anchor))
            draft.persons = [_fullest(p, draft.persons) for p in last.persons]
            draft.trace("heads.the-two")
        elif (two := _two_named(by_index, draft)) is not None:
            draft.persons = [_fullest(p, draft.persons) for p in two]
            draft.trace("heads.the-two")


def _names_the_two(key: str, reading: SentenceReading) -> bool:
    """Whether the sentence names the two heads as a group: « les deux ministres », or a
    plural pronoun as its subject (« Ils ont également signé », « À cette occasion, elles
    ont paraphé »)."""
    start, end = reading.sentence.start, reading.sentence.end
    return _THE_TWO.search(key, start, end) is not None or _THEY.match(key, start, end) is not None


def _heads_from_elsewhere(draft: Draft, reading: SentenceReading) -> bool:
    """Whether none of ``draft``'s heads is named in its own sentence or its evidence."""
    spans = [(reading.sentence.start, reading.sentence.end), *draft.evidence]
    return not any(lo <= p.start < hi for p in draft.persons for lo, hi in spans)


def _two_named(by_index: dict[int, SentenceReading], draft: Draft) -> list[PersonMention] | None:
    """The two persons named in the sentences just before (« M. X … M. Y … Les deux
    dirigeants ont signé »), when exactly two are, of the event's sides or of none
    and not of the same side; else None."""
    found: dict[str, PersonMention] = {}
    for index in range(max(0, draft.sentence - _REACH_BACK), draft.sentence + 1):
        reading = by_index.get(index)
        for person in reading.persons if reading is not None else ():
            if person.party is not None and person.party not in draft.parties:
                return None
            same = [name for name in found if _same_person(person.name, name)]
            if not same:
                found[person.name] = person
            elif len(person.name) > len(same[0]):
                del found[same[0]]
                found[person.name] = person
    sides = [p.party for p in found.values() if p.party is not None]
    if len(found) != 2 or len(set(sides)) != len(sides):
        return None
    return list(found.values())


def _fullest(person: PersonMention, known: Sequence[PersonMention]) -> PersonMention:
    """``person`` under the longest name of the same family among ``known`` (« Xi »
    named again after « Xi Jinping »)."""
    fuller = [
        k
        for k in known
        if len(k.name) > len(person.name)
        and (_same_person(k.name, person.name) or _family_first(person.name, k.name))
    ]
    return max(fuller, key=lambda k: len(k.name)) if fuller else person


def _family_first(short: str, full: str) -> bool:
    """ "Xi" is "Xi Jinping" named again: one word, the first of the full name (a family
    name written first, as Chinese, Korean and Vietnamese names are)."""
    return " " not in short and full.split(" ", 1)[0] == short


def _same_person(one: str, other: str) -> bool:
    """ "Berdymoukhamedov" and "M. Gourbangouly Berdymoukhamedov" name one family."""
    return one.casefold().rsplit(maxsplit=1)[-1:] == other.casefold().rsplit(maxsplit=1)[-1:]


_NAMED_AFTER: Final = 40
"""How far after a role phrase the name it introduces may start."""


def heads_by_role_again(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: Sequence[Draft]
) -> None:
    """ "Le ministre des Affaires étrangères, X, est arrivé à Tunis. … Le ministre des
    Affaires étrangères s'est ensuite entretenu avec Y": a role named again without a
    name is the one person the article named with that role before (``heads.role-again``).
    """
    named: dict[str, list[PersonMention]] = {}
    by_index = readings_by_index(readings)
    for sentence in readings:
        for person in sentence.persons:
            if person.role:
                named.setdefault(fold(person.role).strip(" ,"), []).append(person)
    if not named:
        return
    roles_of: dict[int, list[tuple[int, int]]] = {}  # a sentence's roles, found once
    for draft in drafts:
        reading = by_index.get(draft.sentence)
        if reading is None:
            continue
        roles = roles_of.get(reading.index)
        if roles is None:
            bounds = reading.sentence.start, reading.sentence.end
            roles = roles_of[reading.index] = find_roles(prepared, *bounds)
        for r_start, _r_end in roles:
            found = _named_again(prepared, reading, named, r_start)
            if found is None or not _may_head(found, draft):
                continue
            draft.persons.insert(0, found)
            draft.trace("heads.role-again")


def _named_again(
    prepared: Prepared,
    reading: SentenceReading,
    named: dict[str, list[PersonMention]],
    r_start: int,
) -> PersonMention | None:
    """The one person named before with the role that starts at ``r_start`` (the longest
    role known), placed at the role; None when the role introduces a name here, is
    another role (« … étrangères tunisien ») or was held by several persons."""
    key = prepared.key
    role = max((r for r in named if key.startswith(r, r_start)), key=len, default=None)
    if role is None:
        return None
    r_end = r_start + len(role)
    if any(0 <= p.start - r_end <= _NAMED_AFTER for p in reading.persons):
        return None  # the role introduces a name here
    if key[r_end : r_end + 1].isalnum() or any(0 <= m.start - r_end <= 2 for m in reading.parties):
        return None  # « le ministre des Affaires étrangères tunisien »: another role
    earlier = {p.name: p for p in named[role] if p.start < reading.sentence.start}
    if len(earlier) != 1:
        return None
    (person,) = earlier.values()
    return attrs.evolve(person, start=r_start, end=r_end)


def _may_head(person: PersonMention, draft: Draft) -> bool:
    """Whether ``person`` may head a side of ``draft``: one of its parties that no head of
    the draft holds yet (or a side unknown), and not already among its heads."""
    sides = {p.party for p in draft.persons}
    if person.party is not None and (person.party not in draft.parties or person.party in sides):
        return False
    return not any(_same_person(person.name, p.name) for p in draft.persons)


_HOST_AFTER: Final = re.compile(
    rf",? (?:(?:{either('place.host-city', 'capital')}) (?:\w+ )?(?:de|du|d')|"
    rf"(?:{alternation(phrases('place.host-city', 'cue'))})\b)"
)
"""A city that hosts: « Bakou, la capitale de l'Azerbaïdjan, a été le point de
rassemblement de … », « Tunis a accueilli la réunion »."""
_CITY: Final = frozenset({"capital", "city"})


def host_city_places(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: Sequence[Draft]
) -> None:
    """An event with no place, whose sentence names a city as its host (the city as the
    subject of « a accueilli », or set off by « la capitale de … »): that city
    (``place.host-city``)."""
    by_index = readings_by_index(readings)
    key, text = prepared.key, prepared.text
    for draft in drafts:
        if draft.place is not None or (
            draft.kind == "consultation" and draft.subtype in _UNPLACED
        ):
            continue
        reading = by_index.get(draft.sentence)
        if reading is None:
            continue
        for mention in reading.parties:
            if mention.detail in _CITY and _HOST_AFTER.match(key, mention.end):
                draft.place = text[mention.start : mention.end]
                draft.trace("place.host-city")
                break


_UNPLACED: Final = frozenset({"phone_call", "video_conference"})
"""Consultations held at a distance: they have no place."""


_GENITIVE: Final = re.compile(r"\b(?:de|du|d')\s?")
_HOST_WORD: Final = re.compile(rf"\b(?:{either('heads.visitor', 'host')})\b")
"""« à l'invitation de X », « auprès de X »: X receives the visit, he does not lead it."""
_PAUSES: Final = ',;:()«»"'
"""Punctuation that ends the visit's own phrase."""
_VISITOR_GAP: Final = 70
"""How far after a visit's noun its visitor's name may start (« la visite d'État
officielle du président de la République X »)."""


def visitor_heads(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: Sequence[Draft]
) -> None:
    """A visit with nobody at its head: the person named in its own genitive phrase
    (« la visite d'État du président X », « la visite de M. X à Y ») led it
    (``heads.visitor``)."""
    by_index: dict[int, SentenceReading] = {}
    for draft in drafts:
        if draft.kind != "consultation" or draft.subtype != "visit" or draft.persons:
            continue
        by_index = by_index or readings_by_index(readings)
        reading = by_index.get(draft.sentence)
        if reading is None:
            continue
        person = _visitor(prepared, reading, draft)
        if person is not None:
            draft.persons.append(person)
            draft.trace("heads.visitor")


def _visitor(prepared: Prepared, reading: SentenceReading, draft: Draft) -> PersonMention | None:
    """The first person named right after the visit's noun, past a genitive and no
    punctuation, whose side is one of the visit's (or unknown)."""
    end = draft.anchor[1]
    after = [p for p in reading.persons if p.start >= end]
    if not after:
        return None
    person = min(after, key=lambda p: p.start)
    gap = prepared.key[end : person.start]
    if len(gap) > _VISITOR_GAP or any(mark in gap for mark in _PAUSES):
        return None
    if _GENITIVE.search(gap) is None or _HOST_WORD.search(gap) is not None:
        return None
    if person.party is not None and person.party not in draft.parties:
        return None
    return person


_MESSAGE: Final = re.compile(
    rf"\b(?:{either('heads.message', 'message')})s?(?: [\w-]+){{0,2}}? "
    r"(?:de|du|des|d'|(?P<to>au|aux|a))\b"
)
"""A word carried from one person to another (a message, a letter, greetings, thanks)
and the preposition of its sender or addressee: « un message écrit du
président X », « un message au roi Y », « les salutations fraternelles du président Z »."""
_MESSAGE_REACH: Final = 110
"""How far after « message » its sender or addressee may be named."""
_MESSAGE_MARKS: Final = re.compile(r"[.;:()«»]")


def message_heads(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: Sequence[Draft]
) -> None:
    """The sender or the addressee of a word carried to a meeting (« X, porteur d'un
    message du président Y au roi Z ») does not lead a side of it: Y and Z are no heads
    of the meeting (``heads.message``). A side that only the sender spoke for takes the
    person who acts for it first in the article, if not the sender himself (« le ministre
    cubain a été reçu par le président Lula, auquel il a remis les salutations du
    président Díaz-Canel »: the minister named before, not the president who sent them)."""
    by_index = readings_by_index(readings)
    principals: dict[str, PersonMention] | None = None
    for draft in drafts:
        if draft.kind != "consultation" or not draft.persons:
            continue
        reading = by_index.get(draft.sentence)
        if reading is None:
            continue
        roles = {p.start: _in_message(prepared, reading, p) for p in draft.persons}
        if not any(roles.values()):
            continue
        if principals is None:
            principals = _principals(drafts)
        _fill_sides(draft, roles, principals)
        draft.trace("heads.message")


def _fill_sides(draft: Draft, roles: dict[int, int], principals: dict[str, PersonMention]) -> None:
    """``draft``'s persons but the senders and addressees of ``roles`` (by start), and for
    each side that only a sender spoke for, the side's principal if he is none of them."""
    kept = [p for p in draft.persons if not roles[p.start]]
    dropped = {p.name for p in draft.persons if roles[p.start]}
    sides = {p.party for p in kept}
    senders = {p.party for p in draft.persons if roles[p.start] == _SENDER and p.party}
    names = {p.name for p in kept}
    for code in sorted((senders - sides) & draft.parties):
        principal = principals.get(code)
        if principal is not None and principal.name not in names | dropped:
            kept.append(principal)
            names.add(principal.name)
    draft.persons = kept


_SENDER: Final = 1
_ADDRESSEE: Final = 2


def _in_message(prepared: Prepared, reading: SentenceReading, person: PersonMention) -> int:
    """:data:`_SENDER` or :data:`_ADDRESSEE` when ``person``, named in the sentence of
    ``reading``, is named as the sender or the addressee of a word carried written just
    before, within its phrase and with nobody named between; else 0. A comma between
    them only stands before his title's apposition (« les salutations du président de la
    Transition, le général X »): a few words, and the phrase ends with his name (« porteur
    d'un message du roi, le ministre Y a été reçu »: Y is the bearer)."""
    start, end = reading.sentence.start, reading.sentence.end
    if not start <= person.start < end:
        return 0
    lo = max(start, person.start - _MESSAGE_REACH)
    found = list(_MESSAGE.finditer(prepared.key, lo, person.start))
    if not found or _MESSAGE_MARKS.search(prepared.key, found[-1].start(), person.start):
        return 0
    last = found[-1]
    comma = prepared.key.rfind(",", last.end(), person.start)
    if comma >= 0 and (
        person.start - comma > _APPOSED
        or _APPOSITION_END.match(prepared.key, person.end, end + 1) is None
    ):
        return 0
    if any(last.end() <= p.start < person.start for p in reading.persons):
        return 0
    return _ADDRESSEE if last.group("to") else _SENDER


_APPOSED: Final = 30
"""How long the apposition of a sender's title may be, from its comma to his name."""
_APPOSITION_END: Final = re.compile(r"\s*(?:[,.;:)]|$)")
"""Where an apposition ends: a mark or the sentence's end."""


def full_names(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: Sequence[Draft]
) -> None:
    """A head named in a shorter form than the article gave him elsewhere takes that full
    name (``heads.full-name``): « Cheikh Abdallah ben Zayed Al Nahyane, vice-Premier
    ministre … » then « Cheikh Abdallah ben Zayed a signé »; « le ministre chinois des
    Affaires étrangères, Wang Yi » then « M. Wang a eu un entretien ». The short form is
    the first words of the full one; a form several longer names begin with (« Mohammed »
    before « Mohammed VI » and « Mohammed ben Salmane ») stays as it is."""
    names = {p.name for reading in readings for p in reading.persons}
    names |= {p.name for draft in drafts for p in draft.persons}
    for draft in drafts:
        persons = []
        for person in draft.persons:
            longer = {n for n in names if n.startswith(person.name + " ")}
            full = max(longer, key=len, default=None)
            if full is not None and all(full.startswith(n + " ") or n == full for n in longer):
                persons.append(attrs.evolve(person, name=full))
            else:
                persons.append(person)
        if [p.name for p in persons] != [p.name for p in draft.persons]:
            draft.persons = list({p.name: p for p in persons}.values())
            draft.trace("heads.full-name")


_WORKS: Final = re.compile(rf"\b(?:{either('date.works-span', 'works')})\b")
"""« les travaux »: the days a session sat."""
_OPENED: Final = re.compile(rf"\b(?:{either('date.works-span', 'opened')})\s+$")
"""« ouverts », « entamés » right before the day the works began."""
_OPENED_REACH: Final = 30
_WORKS_AFTER: Final = 2
"""How many sentences after a session's own may tell the days of its works."""
_LONGEST_SESSION: Final = 7
"""The most days between a session's opening and its close told as one event."""


def works_spans(readings: Sequence[SentenceReading], drafts: Sequence[Draft], key: str) -> None:
    """A session dated by its close (« s'est achevée jeudi ») whose works are told to
    have lasted several days (« les travaux, qui se sont déroulés du 12 au 13
    novembre », « après trois jours de travaux ouverts lundi ») took place over those
    days: the span from the opening to the close (``date.works-span``)."""
    position: dict[int, int] = {}
    starts: list[int] = []
    for draft in drafts:
        date = draft.date
        if draft.kind != "consultation" or draft.subtype in _MANNERS:
            continue
        if not isinstance(date, PartialDate) or date.day is None or date.year is None:
            continue
        if not starts:  # computed once, for the first session dated by a day
            position = {reading.index: at for at, reading in enumerate(readings)}
            starts = [reading.sentence.start for reading in readings]
        for at in _told_at(draft, starts, position):
            span = next(
                (
                    found
                    for reading in readings[at : at + 1 + _WORKS_AFTER]
                    if (found := _works_span(reading, date, key)) is not None
                ),
                None,
            )
            if span is not None:
                draft.date = span
                draft.trace("date.works-span")
                break


def _told_at(draft: Draft, starts: list[int], position: dict[int, int]) -> list[int]:
    """The positions of the sentences that tell ``draft`` (its own, and those of the
    mentions merged into it), in order; ``starts`` are the readings' first offsets and
    ``position`` their positions by sentence index."""
    found = {position[draft.sentence]} if draft.sentence in position else set()
    for begin, _end in draft.evidence:
        at = bisect_right(starts, begin) - 1
        if at >= 0:
            found.add(at)
    return sorted(found)


def _works_span(reading: SentenceReading, close: PartialDate, key: str) -> DateSpan | None:
    """The span of the works that ``reading`` tells, ending on the ``close`` day."""
    start, end = reading.sentence.start, reading.sentence.end
    if not reading.dates or _WORKS.search(key, start, end) is None:
        return None
    for mention in reading.dates:
        value = mention.value
        if isinstance(value, DateSpan) and value.end == close:
            return value
        if not isinstance(value, PartialDate) or value.day is None or value.year is None:
            continue
        before = key[max(start, mention.start - _OPENED_REACH) : mention.start]
        days = _days_between(value, close)
        if 0 < days <= _LONGEST_SESSION and _OPENED.search(before) is not None:
            return DateSpan(start=value, end=close)
    return None


def _days_between(first: PartialDate, last: PartialDate) -> int:
    """Days from ``first`` to ``last`` (two full dates)."""
    bounds_first, bounds_last = first.bounds(), last.bounds()
    if bounds_first is None or bounds_last is None:
        return 0
    return (bounds_last[0] - bounds_first[0]).days
