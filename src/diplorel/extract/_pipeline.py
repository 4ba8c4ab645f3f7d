"""From one article to a :class:`~diplorel.model.Document`: the public entry points."""

from __future__ import annotations

import datetime as dt
import itertools
import os
import re
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from operator import attrgetter
from typing import Any, Final, Literal, TypedDict, cast

import attrs

from diplorel._registry import party_or_none
from diplorel._source import Article, Skipped, Source, articles, as_published
from diplorel._tsv import read_table
from diplorel.errors import DiplorelError, ExtractionError, InvalidValueError
from diplorel.extract._assemble import Draft, assemble, read_sentences, run_rules
from diplorel.extract._closing import dates_at_close
from diplorel.extract._direction import direction
from diplorel.extract._fields import (
    agreement_default_sector,
    commission_formats,
    condemned_matter_sectors,
    day_told_before,
    declaration_agreement_sectors,
    full_names,
    heads_by_role_again,
    heads_of_the_two,
    host_city_places,
    late_main_places,
    margin_frames,
    meeting_rounds,
    message_heads,
    portfolio_sectors,
    possessive_rounds,
    predicate_rounds,
    sentence_rounds,
    session_minutes_sectors,
    signatories,
    source_clause_dates,
    talks_as_meetings,
    visit_frame_sectors,
    visitor_heads,
    works_spans,
)
from diplorel.extract._gatherings import (
    attended,
    bodies_met,
    brought_together,
    closing_sides,
    earlier_sittings,
    frame_gatherings,
    gathered,
    gathering_texts,
    gatherings,
    heads_summits,
    listed_participants,
    organisation_texts,
    participants,
    summit_trips,
)
from diplorel.extract._lifecycle import StageFound, life_cycle
from diplorel.extract._merge import headline_told
from diplorel.extract._reading import SentenceReading, readings_by_index
from diplorel.extract._signature import closing_line
from diplorel.extract._statements import heading_labels, one_day, own_time, statements
from diplorel.extract._text import Prepared, fold, prepare
from diplorel.extract._venues import (
    approver_capitals,
    host_capitals,
    issuer_capitals,
    own_venues,
    place_fallbacks,
    visit_capitals,
)
from diplorel.extract._vetoes import RULE_NAMES, VETOES
from diplorel.extract._visits import indirect_visits, visits
from diplorel.extract._words import either
from diplorel.extract.recognise._dates import find_dates
from diplorel.extract.recognise._leaders import trace_leaders, with_leaders
from diplorel.extract.recognise._lexicon import lexicon
from diplorel.extract.recognise._mentions import Mention
from diplorel.extract.recognise._shared_demonyms import (
    trace_shared_demonyms,
    with_shared_demonyms,
)
from diplorel.extract.rules import check_names
from diplorel.extract.rules._attributes import signed_after
from diplorel.extract.rules._base import DEFAULT, Options
from diplorel.model import (
    Agreement,
    AgreementStage,
    Consultation,
    DateSpan,
    DateValue,
    Declaration,
    Document,
    Event,
    PartialDate,
    Party,
    Person,
    Span,
    Stage,
    event_id,
)

__all__ = [
    "ExtractionFailure",
    "ExtractionWarning",
    "OnError",
    "extract",
    "extract_many",
    "publication_date",
    "vetoed",
]

_DATE_LINE: Final = re.compile(
    rf"\A\s*(?:{either('publication.dateline', 'header', folded=False)})"
    r"\s+(\d{4}-\d{2}(?:-\d{2})?)\b"
)
_DATELINE: Final = re.compile(
    r"(?:\A|\n)[^\S\n]*"
    rf"(?:(?:{either('publication.dateline', 'header', folded=False)})"
    r"\s+\d{4}-\d{2}(?:-\d{2})?\s+)?"
    r"[A-ZÀ-Þ][\w'. -]{1,40}+"
    r"(?:\([A-ZÀ-Þ][^()\n]{1,30}\)|,\s*[A-ZÀ-Þ][\w'-]+(?: [A-ZÀ-Þ][\w'-]+)?)?"
    r",\s+(?:le\s+)?(?P<when>[^,()\n]{3,40}?)\s*"
    r"(?:(?:,\s*|\(\s*|-\s*|\s)(?:\(?[A-Z]{2,10}\)?)|\(\s*[A-Z][\w.&' -]{1,30}\)"
    r"|,\s*[A-Z][\w.&'-]{1,30}\s*[-\u2013\u2014:]"
    r"|[-\u2013\u2014]{1,2}\s)"
)
"""A dateline: a capitalised place (its country after it in parentheses or after a comma:
"Niamey (Niger), ", "Conakry, Guinée, "), a comma, a date, then an agency in capitals
("AZERTAC", "(APS)"), any agency in parentheses ("(Andina)", "(UzA)"), an agency's
name after a comma and before a dash ("Astana, 3 mai 2025, Kazinform –") or a dash."""
_DATELINE_BARE: Final = re.compile(
    r"[^\S\n]*[A-ZÀ-Þ][A-ZÀ-Þ'.-]+(?:[ -][A-ZÀ-Þ][A-ZÀ-Þ'.-]+){0,3}"
    r"\s+(?P<when>\d[^,()\n]{2,30}?)\s*"
    r"(?:\(\s*[A-Z][\w.&' -]{1,30}\)|[-\u2013\u2014]{1,2}\s)"
)
"""A dateline with no comma: a place in capitals, a date with its day first, then an
agency in parentheses or a dash ("LA HAYE 25/06/2025 (BELGA) -", "ROME 3 mars 2025 -")."""
_EVIDENCE_MAX: Final = 240


@attrs.frozen
class ExtractionFailure:
    """A document of a batch that could not be read or extracted, and why.

    ``source`` names it (a path, or the id of a ``(doc_id, text)`` pair) and
    ``reason`` says what went wrong, in words meant for the user.
    """

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def publication_date(prepared: Prepared) -> PartialDate | None:
    """The publication date the page furniture gives, as precisely as it gives it.

    A first line `` date YYYY-MM`` gives the month; a dateline such as
    ``Bakou, 22 avril, AZERTAC`` or ``Alger, le 3 mars (APS) -`` gives the
    day, with the year of the date line when there is one; else the line that
    closes a communiqué, else an agency's copyright line gives the year.
    """
    head = prepared.text[:600]
    base = _date_line(head)
    if base is not None and base.day is not None:
        return base
    stamp = _stamp(prepared)
    if stamp is not None:
        dated = _in_year_of(stamp, base)
        return base if dated is None else dated
    found = _dateline_date(head, base)
    if found is None:
        found = _opening_numeric(prepared)
    if found is None:
        found = _closing_date(prepared)
    if found is None and base is None:
        found = _credit_stamp(prepared)
    if found is not None:
        return found
    return _copyright_year(prepared) if base is None else base


def _date_line(head: str) -> PartialDate | None:
    """The date of a first line `` date YYYY-MM(-DD)``, if any."""
    line = _DATE_LINE.match(head)
    if line is None:
        return None
    try:
        return PartialDate.parse(line.group(1))
    except DiplorelError:
        return None


def _in_year_of(value: PartialDate, base: PartialDate | None) -> PartialDate | None:
    """``value`` with the year of ``base`` when it has none of its own and ``base`` has
    one; None when that day does not exist in that year."""
    if value.year is not None or base is None or base.year is None:
        return value
    try:
        return PartialDate(year=base.year, month=value.month, day=value.day)
    except InvalidValueError:
        return None


def _dateline_date(head: str, base: PartialDate | None) -> PartialDate | None:
    """The first day and month a dateline of ``head`` gives, in the year of ``base`` when
    it states none."""
    for match in itertools.chain(_DATELINE.finditer(head), _bare_datelines(head)):
        for mention in find_dates(match.group("when"), published=None):
            value = mention.value
            if not isinstance(value, PartialDate) or value.day is None or value.month is None:
                continue
            dated = _in_year_of(value, base)
            if dated is not None:
                return dated
    return None


def _closing_date(prepared: Prepared) -> PartialDate | None:
    """The full date of the line that closes a communiqué ("Fait à Dakar, le 29 janvier
    2025"), when one of the last paragraphs is that line."""
    found = closing_line(prepared)
    if found is None:
        return None
    when = found.group("when")
    for mention in find_dates(when, published=None):
        value = mention.value
        whole = (mention.start, mention.end) == (0, len(when))
        if whole and isinstance(value, PartialDate) and None not in (value.year, value.day):
            return value
    return None


def _bare_datelines(head: str) -> Iterator[re.Match[str]]:
    """The datelines with no comma (:data:`_DATELINE_BARE`) that open a line of ``head``."""
    start = 0
    while start < len(head):
        found = _DATELINE_BARE.match(head, start)
        if found is not None:
            yield found
        end = head.find("\n", start)
        if end < 0:
            return
        start = end + 1


def _time_stamp(prepared: Prepared) -> PartialDate | None:
    """A numeric date with a time on a short line among the first twenty (``12:29 /
    2014-11-26``): the time stamp of a page whose menus come first; else a date with
    its month's English abbreviation and a time (``Mis à jour 18-Jun-2025 16:40``), the
    stamp some French-language sites print in the form of their software."""
    found = _timed_day(prepared, prepared.paragraphs[:20], _STAMP_LINE / 2, _STAMP_NUMERIC)
    if found is not None:
        return found
    text = prepared.text
    for start, end in prepared.paragraphs[:20]:
        if end - start > _STAMP_LINE or _TIME_STAMP.search(text, start, end) is None:
            continue
        named = _english_stamp().search(text, start, end)
        if named is not None:
            month = _english_months()[named["m"][:3].lower()]
            try:
                return PartialDate(year=int(named["y"]), month=month, day=int(named["d"]))
            except InvalidValueError:
                continue
    return None


@cache
def _english_months() -> dict[str, int]:
    """The English months by their first three letters, lower case (``jul``: 7)."""
    rows = read_table("lang", "fr", "embed_months.tsv")
    return {row["form"][:3].lower(): int(row["month"]) for row in rows}


@cache
def _english_stamp() -> re.Pattern[str]:
    """A day, an English month (abbreviated or whole) and a year, joined by dashes or
    spaces: ``18-Jun-2025``, ``8 July 2025``."""
    names = "|".join(
        rf"{re.escape(row['form'][:3])}(?:{re.escape(row['form'][3:])})?\.?"
        for row in read_table("lang", "fr", "embed_months.tsv")
    )
    return re.compile(rf"\b(?P<d>\d{{1,2}})([- ])(?P<m>{names})\2(?P<y>(?:19|20)\d{{2}})\b", re.I)


def _opening_numeric(prepared: Prepared) -> PartialDate | None:
    """A full numeric date, day first, that opens one of the first paragraphs and is
    closed by a full stop or a dash before the body's first word (« 18.06.2025. Le
    ministre … », « 18/06/2025 - Le président … »): a dateline with no place."""
    text = prepared.text
    for start, end in prepared.paragraphs[:6]:
        found = _OPENING_NUMERIC.match(text, start, end)
        if found is None:
            continue
        try:
            return PartialDate(year=int(found["y"]), month=int(found["m"]), day=int(found["d"]))
        except InvalidValueError:
            continue
    return None


def _credit_stamp(prepared: Prepared) -> PartialDate | None:
    """The full numeric date of an agency's credit line at the foot of a dispatch, a
    short line with a time ("(Par X, Agence – Lima, 18/06/2025 – 09h45)", "Agence -
    18.06.2025 - Mise à jour : 14h32"): the dispatch's time stamp, day first."""
    lines = reversed(prepared.paragraphs[-4:])
    return _timed_day(prepared, lines, _STAMP_LINE, _CREDIT_DATE)


def _timed_day(
    prepared: Prepared,
    lines: Iterable[tuple[int, int]],
    longest: float,
    pattern: re.Pattern[str],
) -> PartialDate | None:
    """The first full date (``pattern``'s groups ``y``, ``m``, ``d``) on a line of
    ``lines`` no longer than ``longest`` that also gives a time."""
    text = prepared.text
    for start, end in lines:
        if end - start > longest or _TIME_STAMP.search(text, start, end) is None:
            continue
        found = pattern.search(text, start, end)
        if found is not None and found["y"]:
            try:
                return PartialDate(
                    year=int(found["y"]), month=int(found["m"]), day=int(found["d"])
                )
            except InvalidValueError:
                continue
    return None


def _copyright_year(prepared: Prepared) -> PartialDate | None:
    """The year of the outlet's copyright line at the foot of the page, if any."""
    text = prepared.text
    for start, end in reversed(prepared.paragraphs[-4:]):
        if end - start > _STAMP_LINE:
            continue
        found = _COPYRIGHT.search(text, start, end)
        if found is not None:
            return PartialDate(year=int(found["y"]))
    return None


_STAMP_NUMERIC: Final = re.compile(
    r"(?P<y>(?:19|20)\d{2})([/-])(?P<m>\d{1,2})\2(?P<d>\d{1,2})\b"
    r"|\ble (?P<d2>\d{1,2})/(?P<m2>\d{1,2})(?:/(?P<y2>(?:19|20)\d{2}))?\b"
)
_STAMP_LINE: Final = 70
_OPENING_NUMERIC: Final = re.compile(
    r"[^\S\n]*(?P<d>\d{1,2})([./])(?P<m>\d{1,2})\2(?P<y>(?:19|20)\d{2})"
    r"(?:\.|\s*[-\u2013\u2014])\s+(?=[A-ZÀ-Þ])"
)
"""A numeric date, day first, opening a paragraph and closed by a full stop or a dash
before a capital."""
_CREDIT_DATE: Final = re.compile(r"\b(?P<d>\d{1,2})([./])(?P<m>\d{1,2})\2(?P<y>(?:19|20)\d{2})\b")
"""A numeric date day first with its four-digit year ("18/06/2025", "18.06.2025")."""


_TITLE_DATELINE: Final = re.compile(r"\([A-ZÀ-Þ][\w' -]{1,30}, (?P<when>[^()\n]{3,40})\)\s*$")
"""A title ending in its place and date in parentheses: "… (Paris, mercredi 7 octobre)"."""
_COPYRIGHT: Final = re.compile(
    rf"(?:©|\([cC]\)|{either('publication.copyright', 'mark', folded=False)})"
    rf"\s*(?P<y>(?:19|20)\d{{2}})\s+"
    rf"(?!(?:{either('publication.copyright', 'footer', folded=False)})\b)[A-Z]"
)
"""A news agency's copyright line ("© 2026 AFP"), which gives the year of publication;
a site's own footer ("© 2022 Tous droits réservés") gives the year of the page, not of
the article."""
_PUBLISHED_ON: Final = re.compile(
    rf"(?:{either('publication.stamp', 'published', folded=False)})\s*:?\s"
)
"""The words that open a page's publication line ("Publié le mercredi 12 mars 2025 à
10h05, mis à jour le …"): such a line is read however long it is, for its first date."""
_TIME_STAMP: Final = re.compile(r"\b\d{1,2}[:h]\d{2}\b")
_ISSUE: Final = re.compile(
    rf"\b(?:{either('publication.issue', 'issue', folded=False)})(?:\s+\d+)?,?\s*\Z"
)
"""The word naming a periodical's issue right before its span of days ("Semaine du 16
au 22 juin 2025", "Numéro 812, du 16 au 22 juin")."""


def _stamp(prepared: Prepared) -> PartialDate | None:
    """A date stamp on a short line of its own near the top of the page, or a date in
    parentheses closing a title line ("… (Paris, mercredi 7 octobre)")."""
    text = prepared.text
    found = _time_stamp(prepared)
    if found is not None:
        return found
    for p_start, p_end in prepared.paragraphs[:6]:
        start, end = p_start, p_end
        if end - start > _STAMP_LINE and _PUBLISHED_ON.match(text, start, end) is not None:
            end = min(end, start + _STAMP_LINE)
        if end - start > _STAMP_LINE:
            titled = _TITLE_DATELINE.search(text, max(start, end - 80), end)
            if titled is None:
                continue
            start, end = titled.span("when")
        line = text[start:end]
        numeric = _STAMP_NUMERIC.search(line)
        try:
            if numeric is not None and numeric["y"]:
                return PartialDate(
                    year=int(numeric["y"]), month=int(numeric["m"]), day=int(numeric["d"])
                )
            if numeric is not None:
                year = int(numeric["y2"]) if numeric["y2"] else None
                return PartialDate(year=year, month=int(numeric["m2"]), day=int(numeric["d2"]))
        except InvalidValueError:
            continue
        for mention in find_dates(line, published=None):
            value = mention.value
            if isinstance(value, DateSpan) and _ISSUE.search(line[: mention.start]):
                value = value.start  # a periodical's issue is out on its first day
            if isinstance(value, PartialDate) and value.day is not None:
                if value.year is None:
                    stated = re.search(r"\b((?:19|20)\d{2})\b", line[mention.end :])
                    if stated is not None:
                        return PartialDate(
                            year=int(stated.group(1)), month=value.month, day=value.day
                        )
                return value
    return None


def _complete_year(published: PartialDate | None, prepared: Prepared) -> PartialDate | None:
    """Give a dateline's day and month the year of the same day stated in the text."""
    if published is None or published.year is not None or published.day is None:
        return published
    for mention in find_dates(prepared.text, published=None):
        value = mention.value
        if (
            isinstance(value, PartialDate)
            and value.year is not None
            and (value.month, value.day) == (published.month, published.day)
        ):
            return value
    return published


def _resolution_date(prepared: Prepared, published: PartialDate | None) -> PartialDate | None:
    """The date against which year-less dates are resolved.

    The publication date when its year is known; else, when the text states
    years, the latest of them (with the publication month and day when known):
    an article that says "le 2 avril 2025" and later "le 9 avril" means 2025.
    """
    if published is not None and published.year is not None:
        return published
    years = _stated_years(prepared.key)
    if not years:
        return published
    try:
        return PartialDate(
            year=max(years),
            month=published.month if published else None,
            day=published.day if published else None,
        )
    except InvalidValueError:
        return PartialDate(year=max(years))


@cache
def _stated_year_pattern() -> re.Pattern[str]:
    """A month name (of more than three letters) and a year: "avril 2025", "sept. 2024"."""
    return re.compile(rf"\b(?:{_month_names()})\.?,?\s+((?:19|20)\d{{2}})\b")


@cache
def _month_names() -> str:
    months = sorted({fold(row["form"]) for row in read_table("lang", "fr", "months.tsv")}, key=len)
    return "|".join(re.escape(m) for m in reversed(months) if len(m) > 3)


@cache
def _month_before() -> tuple[re.Pattern[str], int]:
    """A month name of :func:`_stated_year_pattern` ending where the text is cut, and the
    longest text it can match."""
    names = _month_names()
    return re.compile(rf"\b(?:{names})\.?,?\Z"), max(map(len, names.split("|"))) + 2


_YEAR_NUMBER: Final = re.compile(r"(?:19|20)\d{2}\b")


def _stated_years(key: str) -> list[int]:
    """The years of the matches of :func:`_stated_year_pattern` in ``key``, in order.

    Years are rare and month names common, so the years are found first (a
    pattern that starts with a digit lets the engine skip ahead) and a month
    name is looked for before the blanks before each.
    """
    month, longest = _month_before()
    years = []
    for found in _YEAR_NUMBER.finditer(key):
        start = end = found.start()
        while start > 0 and key[start - 1].isspace():
            start -= 1
        if start < end and month.search(key, max(0, start - longest), start) is not None:
            years.append(int(found.group()))
    return years


def _span(prepared: Prepared, start: int, end: int) -> Span:
    o_start, o_end = prepared.to_original(start, end)
    return Span.of(prepared.original, o_start, o_end)


def _evidence(prepared: Prepared, draft: Draft) -> tuple[Span, ...]:
    """Evidence spans, each cut to at most ``_EVIDENCE_MAX`` characters around its trigger."""
    spans = []
    for start, end in draft.evidence:
        lo, hi = start, end
        if hi - lo > _EVIDENCE_MAX:
            if draft.sentence == prepared.sentence_at(start):
                lo = max(start, draft.anchor[0] - _EVIDENCE_MAX // 2)
            hi = min(end, lo + _EVIDENCE_MAX)
        spans.append(_span(prepared, lo, hi))
    return tuple(dict.fromkeys(spans))


class _Common(TypedDict):
    """The fields every event has, as keyword arguments."""

    parties: tuple[Party, ...]
    date: DateValue | None
    place: str | None
    sectors: Iterable[str]
    persons: tuple[Person, ...]
    evidence: tuple[Span, ...]
    background: bool
    rules: tuple[str, ...]


@cache
def _party(code: str) -> Party | None:
    """:func:`~diplorel._registry.party_or_none`, remembered for each code (the registry
    is read once and never changes)."""
    return party_or_none(code)


def _to_event(prepared: Prepared, draft: Draft, cycle: Sequence[StageFound] = ()) -> Event | None:
    """The model record of a draft, or None when its parties do not resolve.

    ``cycle`` holds the stages of an agreement's life reported in the article
    (see :mod:`diplorel.extract._lifecycle`); the agreement then has them all,
    and its date and place are those of its latest stage.
    """
    parties = tuple(p for code in sorted(draft.parties) if (p := _party(code)) is not None)
    if not parties:
        return None
    persons = tuple(
        Person(name=p.name, role=p.role, party=_party(p.party) if p.party else None)
        for p in draft.persons
    )
    # the enumerations' values are given as strings: the record's converters read them
    common = _Common(
        parties=parties,
        date=draft.date,
        place=draft.place,
        sectors=draft.sectors,
        persons=persons,
        evidence=_evidence(prepared, draft),
        background=draft.background,
        rules=tuple(draft.rules),
    )
    try:
        if draft.kind == "consultation":
            return Consultation(**common, format=draft.subtype, round=draft.round)
        if draft.kind == "declaration":
            return Declaration(
                **common,
                declaration=draft.subtype,
                title=draft.title,
                establishes=draft.establishes,
            )
        stage_span = (
            _span(prepared, *draft.stage_anchor) if draft.stage_anchor is not None else None
        )
        actor = persons[0] if persons and draft.stage == "approved" else None
        stage = AgreementStage(
            stage=draft.stage or "signed", date=draft.date, actor=actor, evidence=stage_span
        )
        single = Agreement(
            **common,
            instrument=draft.subtype,
            title=draft.title,
            stages=(stage,),
            quantity=draft.quantity,
        )
        return _with_life_cycle(prepared, draft, single, cycle) if cycle else single
    except InvalidValueError:
        return None


def _with_life_cycle(
    prepared: Prepared, draft: Draft, single: Agreement, cycle: Sequence[StageFound]
) -> Agreement:
    """``single`` with every stage of ``cycle``, dated and placed by its latest stage;
    ``single`` itself when the stages' dates contradict their order."""
    latest = cycle[-1]
    stages = []
    for found in cycle:
        own = found.stage == draft.stage
        stages.append(
            AgreementStage(
                stage=Stage(found.stage),
                date=draft.date if own else found.date,  # assembly dated its own stage
                actor=single.stages[0].actor if own else None,
                evidence=_span(prepared, *found.anchor),
            )
        )
    place = latest.place
    if place is None and draft.place not in {found.place for found in cycle}:
        place = draft.place  # not an earlier stage's place: the event's own
    try:
        return attrs.evolve(single, stages=tuple(stages), date=stages[-1].date, place=place)
    except InvalidValueError:
        return single


def extract(
    text: str,
    *,
    published: PartialDate | dt.date | str | None = None,
    doc_id: str = "document",
    source_url: str | None = None,
    default_published: PartialDate | dt.date | str | None = None,
    disabled_rules: Iterable[str] = (),
) -> Document:
    """Read one French news article and return its diplomatic events.

    ``published`` overrides the publication date found in the page furniture
    (a ``date YYYY-MM`` line or a dateline); ``default_published`` is used
    only when neither ``published`` nor the text gives one. Both accept a
    :class:`~diplorel.model.PartialDate`, a :class:`datetime.date` or
    :class:`datetime.datetime` (a pandas ``Timestamp`` too) or an ISO string,
    timestamps included (``2025-03-06T10:00:00Z``); another string raises
    :class:`~diplorel.errors.ParseError`, another type :class:`TypeError`.
    Finding nothing is not an error: the document then has no events. Every
    event's evidence spans slice ``text``. ``disabled_rules`` names rules of
    :data:`diplorel.extract.rules.RULES` to switch off (for ablation); an
    unknown name raises ``ValueError``. Each event's ``rules`` is its trace.

    >>> doc = extract("Le Maroc et le Sénégal ont signé hier à Dakar un accord de "
    ...               "coopération dans le domaine de la pêche.", published="2024-05-03")
    >>> [(e.kind.value, e.party_codes, str(e.date), e.place) for e in doc.events]
    [('agreement', ('MAR', 'SEN'), '2024-05-02', 'Dakar')]
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() takes a str, not {type(text).__name__}")
    given = as_published(published)
    fallback = as_published(default_published, "default_published")
    opts = Options(disabled=check_names(disabled_rules)) if disabled_rules else DEFAULT
    return _extract(text, given, fallback, doc_id, source_url, opts=opts)


def _extract(
    text: str,
    published: PartialDate | None,
    fallback: PartialDate | None,
    doc_id: str,
    source_url: str | None,
    *,
    opts: Options = DEFAULT,
) -> Document:
    """:func:`extract` once its arguments are checked."""
    prepared = prepare(text)
    when = published
    if when is None:
        when = _complete_year(publication_date(prepared), prepared)
    if when is None:
        when = fallback
    lex = lexicon()
    readings = read_sentences(prepared, lex, _resolution_date(prepared, when))
    readings = with_leaders(prepared, readings, opts)
    readings = with_shared_demonyms(prepared, readings, opts)
    drafts = _after_assembly(
        prepared, readings, assemble(prepared, lex, readings, when, opts), when, opts
    )
    trace_leaders(prepared, drafts)
    trace_shared_demonyms(prepared, drafts)
    by_index = readings_by_index(readings)
    cycles = "stage.life-cycle" not in opts.disabled
    events = []
    seen: set[str] = set()
    found: dict[tuple[int, int], list[Mention]] = {}  # party mentions by sentence
    for draft in drafts:
        cycle = life_cycle(prepared, by_index, draft, opts) if cycles else []
        if cycle:
            draft.trace("stage.life-cycle")
        event = _to_event(prepared, draft, cycle)
        if event is None:
            continue
        people = [(p.start, p.end, p.party) for p in draft.persons if p.party]
        source, target = direction(prepared, lex, draft.anchor, event, people, found=found)
        ident = _unique_id(doc_id, event, seen)
        events.append(_directed(event, source, target, ident))
    return Document(id=doc_id, text=text, published=when, source_url=source_url, events=events)


_VETOES_AFTER: Final = RULE_NAMES

_Pass = Callable[
    [Prepared, Sequence[SentenceReading], list[Draft], "PartialDate | None"], list[Draft]
]
"""A pass over the drafts: the article, its readings, the drafts and the publication
date in, the drafts kept out (a pass that only fills fields returns them all)."""


_Adds = Callable[[Prepared, Sequence[SentenceReading], list[Draft]], list[Draft]]
_Fills = Callable[[Prepared, Sequence[SentenceReading], list[Draft]], None]


def _adds(build: _Adds) -> _Pass:
    """A pass that adds (or drops) drafts and does not read the publication date."""

    def run(
        prepared: Prepared,
        readings: Sequence[SentenceReading],
        drafts: list[Draft],
        when: PartialDate | None,
    ) -> list[Draft]:
        return build(prepared, readings, drafts)

    return run


class _Filling:
    """A pass that only fills fields of the drafts: all of them are kept (and with no
    draft there is nothing to fill: the pass is not run). :func:`_after_assembly` calls
    ``fill`` itself."""

    __slots__ = ("fill",)

    def __init__(self, fill: _Fills) -> None:
        self.fill = fill

    def __call__(
        self,
        prepared: Prepared,
        readings: Sequence[SentenceReading],
        drafts: list[Draft],
        when: PartialDate | None,
    ) -> list[Draft]:
        if drafts:
            self.fill(prepared, readings, drafts)
        return drafts


def _fills(fill: _Fills) -> _Pass:
    """A pass that only fills fields of the drafts (see :class:`_Filling`)."""
    return _Filling(fill)


_BUILDER_PASSES: Final[tuple[tuple[str, _Pass], ...]] = (
    ("declaration.ministry-statement", statements),  # the statements the assembly missed
    (
        "declaration.own-side",
        lambda prepared, readings, drafts, when: statements(
            prepared, readings, drafts, when, own_side=True
        ),
    ),
    ("consultation.gathering", _adds(gatherings)),  # organisations' gatherings
    ("consultation.visit-phrase", visits),  # visits named by a noun
)
"""The builders of what the assembly missed, run in order; each draft one of them adds
is traced to its rule."""


def _own_date_pass(
    prepared: Prepared,
    readings: Sequence[SentenceReading],
    drafts: list[Draft],
    when: PartialDate | None,
) -> list[Draft]:
    """Rule ``declaration.own-date`` (fills fields; reads the publication date)."""
    if drafts:
        own_time(prepared, readings, drafts, when)
    return drafts


def _venue_pass(
    prepared: Prepared,
    readings: Sequence[SentenceReading],
    drafts: list[Draft],
    when: PartialDate | None,
) -> list[Draft]:
    """Rule ``place.venue`` (fills fields): each draft whose place it sets is traced to it."""
    if not drafts:
        return drafts
    places = [draft.place for draft in drafts]
    place_fallbacks(prepared, readings, drafts)
    for draft, place in zip(drafts, places, strict=True):
        if draft.place != place:
            draft.trace("place.venue")
    return drafts


_FIELD_PASSES: Final[tuple[tuple[tuple[str, ...], _Pass], ...]] = (
    (("merge.headline",), _adds(lambda prepared, _r, drafts: headline_told(prepared, drafts))),
    (("consultation.participants-listed",), _adds(listed_participants)),
    (("consultation.attended",), _adds(attended)),
    (("consultation.attended", "consultation.summit-trip"), _adds(summit_trips)),
    (("consultation.bodies-met",), _adds(bodies_met)),
    (("consultation.brought-together",), _adds(brought_together)),
    (("consultation.frame-gathering",), _adds(frame_gatherings)),
    (("consultation.gathered",), _adds(gathered)),
    (("consultation.earlier-named",), _adds(earlier_sittings)),
    (("consultation.participant",), _fills(participants)),
    (("declaration.of-gathering",), _adds(gathering_texts)),
    (
        ("declaration.closing-text",),
        _adds(
            lambda prepared, readings, drafts: gathering_texts(
                prepared, readings, drafts, closing=True
            )
        ),
    ),
    (("declaration.organisation-text",), _fills(organisation_texts)),
    (("declaration.closing-sides",), _fills(closing_sides)),
    (
        ("declaration.heading-label",),
        _adds(lambda prepared, _r, drafts: heading_labels(prepared, drafts)),
    ),
    (("declaration.own-date",), _own_date_pass),
    (("declaration.one-day",), _fills(lambda prepared, _r, drafts: one_day(prepared, drafts))),
    (("date.source-clause",), _fills(source_clause_dates)),
    (("place.venue",), _venue_pass),
    (("place.issuer-capital",), _fills(issuer_capitals)),
    (("place.approver-capital",), _fills(approver_capitals)),
    (("place.host-capital",), _fills(host_capitals)),
    (("place.visit-capital",), _fills(visit_capitals)),
    (("place.own-venue",), _fills(own_venues)),
    (("date.margin",), _fills(margin_frames)),
    (("place.main-event",), _fills(lambda _p, _r, drafts: late_main_places(drafts))),
    (
        ("sectors.visit-frame",),
        _fills(lambda _p, readings, drafts: visit_frame_sectors(readings, drafts)),
    ),
    (("place.host-city",), _fills(host_city_places)),
    (("heads.role-again",), _fills(heads_by_role_again)),
    (("heads.the-two",), _fills(heads_of_the_two)),
    (("heads.signed-by",), _fills(signatories)),
    (("heads.signed-after",), _fills(signed_after)),
    (("heads.visitor",), _fills(visitor_heads)),
    (("heads.message",), _fills(message_heads)),
    (("heads.full-name",), _fills(full_names)),
    (
        ("sectors.session-minutes",),
        _fills(lambda prepared, _r, drafts: session_minutes_sectors(prepared, drafts)),
    ),
    (
        ("sectors.agreement-default",),
        _fills(lambda _p, _r, drafts: agreement_default_sector(drafts)),
    ),
    (("sectors.portfolio",), _fills(portfolio_sectors)),
    (("consultation.talks",), _fills(talks_as_meetings)),
    (
        ("date.day-told-before",),
        _fills(lambda _p, readings, drafts: day_told_before(readings, drafts)),
    ),
    (("date.at-close",), _fills(dates_at_close)),
    (
        ("sectors.declaration-agreements",),
        _fills(lambda _p, readings, drafts: declaration_agreement_sectors(readings, drafts)),
    ),
    (("sectors.condemned-matter",), _fills(condemned_matter_sectors)),
    (("round.meeting", "round.ordinal"), _fills(meeting_rounds)),
    (("round.predicate",), _fills(predicate_rounds)),
    (("round.sentence",), _fills(sentence_rounds)),
    (("consultation.heads-summit",), _fills(heads_summits)),
    (("round.possessive",), _fills(possessive_rounds)),
    (
        ("consultation.standing-body",),
        _fills(lambda prepared, _r, drafts: commission_formats(prepared, drafts)),
    ),
    (
        ("date.works-span",),
        _fills(lambda prepared, readings, drafts: works_spans(readings, drafts, prepared.key)),
    ),
)
"""The passes over the drafts the vetoes kept, run in order: each names the rules it
needs, and is skipped when any of them is switched off."""


def _after_assembly(
    prepared: Prepared,
    readings: Sequence[SentenceReading],
    drafts: list[Draft],
    when: PartialDate | None,
    opts: Options,
    *,
    dropped: list[tuple[int, int, str]] | None = None,
) -> list[Draft]:
    """The named rules that read the assembly's drafts: builders of what it missed
    (statements, organisations' gatherings, visits named by a noun), the vetoes
    on the governing verb, and the places of seats of power and datelines (the anchor
    of each draft a veto drops goes to ``dropped`` with the veto's name, if given)."""
    off = opts.disabled
    for name, build in _BUILDER_PASSES:
        if name not in off:
            drafts = _traced(name, build)(prepared, readings, drafts, when)
    drafts = indirect_visits(prepared, readings, drafts, off)
    vetoes, passes = _plan(off)
    kept = []
    for draft in drafts:
        stopped_by = next((name for name, rule in vetoes if rule(prepared, draft)), None)
        if stopped_by is None:
            kept.append(draft)
        elif dropped is not None:
            dropped.append((*draft.anchor, stopped_by))
    for fill, run in passes:
        if fill is None:
            kept = run(prepared, readings, kept, when)
        elif kept:
            fill(prepared, readings, kept)
    return kept


_Plan = tuple[
    tuple[tuple[str, Callable[[Prepared, Draft], bool]], ...],
    tuple[tuple[_Fills | None, _Pass], ...],
]
_PLANS: Final[dict[frozenset[str], _Plan]] = {}
_PLANS_KEPT: Final = 64


def _plan(off: frozenset[str]) -> _Plan:
    """The vetoes after assembly and the field passes that run with the rules ``off``
    switched off, in order (each pass that only fills fields with its ``fill``): found
    once for each set of rules switched off."""
    plan = _PLANS.get(off)
    if plan is None:
        if len(_PLANS) >= _PLANS_KEPT:
            _PLANS.clear()
        vetoes = tuple(
            (_VETOES_AFTER[key], rule) for key, rule in VETOES if _VETOES_AFTER[key] not in off
        )
        passes = tuple(
            (run.fill if isinstance(run, _Filling) else None, run)
            for names, run in _FIELD_PASSES
            if off.isdisjoint(names)
        )
        plan = _PLANS[off] = (vetoes, passes)
    return plan


def _traced(name: str, build: _Pass) -> _Pass:
    """The builder ``build`` as a pass that traces each draft it adds to rule ``name``."""

    def run(
        prepared: Prepared,
        readings: Sequence[SentenceReading],
        drafts: list[Draft],
        when: PartialDate | None,
    ) -> list[Draft]:
        before = {id(draft) for draft in drafts}
        drafts = build(prepared, readings, drafts, when)
        for draft in drafts:
            if id(draft) not in before:
                draft.trace(name)
        return drafts

    return run


def _directed(
    event: Event, source: tuple[Party, ...], target: tuple[Party, ...], ident: str
) -> Event:
    """``event`` with its direction and id: ``attrs.evolve(event, source=..., target=...,
    id=...)`` without re-running the converters and validators of the fields that
    stay as they are (those of the three new ones run, in field order; an empty side,
    which its converter leaves empty and its validators always pass, is set as it is)."""
    names, changed, read = _copy_plan(type(event))
    new = object.__new__(type(event))
    for name, value in zip(names, read(event), strict=True):
        object.__setattr__(new, name, value)
    for field, given in zip(changed, (source, target, ident), strict=True):
        if given == ():
            object.__setattr__(new, field.name, ())
            continue
        convert = cast("Callable[[object], object] | None", field.converter)
        value = given if convert is None else convert(given)
        object.__setattr__(new, field.name, value)
        if field.validator is not None:
            field.validator(new, field, value)
    return new


_CopyPlan = tuple[
    tuple[str, ...], tuple["attrs.Attribute[Any]", ...], Callable[[Event], tuple[object, ...]]
]
_COPY_PLANS: Final[dict[type, _CopyPlan]] = {}


def _copy_plan(cls: type[Event]) -> _CopyPlan:
    """The fields of ``cls`` copied as they are, the three that :func:`_directed` sets,
    and a reader of the copied fields' values (in one call)."""
    plan = _COPY_PLANS.get(cls)
    if plan is None:
        fields = attrs.fields(cls)
        changed = (fields.source, fields.target, fields.id)
        names = tuple(f.name for f in fields if f not in changed)
        plan = names, changed, attrgetter(*names)
        _COPY_PLANS[cls] = plan
    return plan


def _unique_id(doc_id: str, event: Event, seen: set[str]) -> str:
    """The event's stable id (see :func:`~diplorel.model.event_id`), unique in ``seen``."""
    occurrence = 0
    ident = event_id(doc_id, event)
    while ident in seen:
        occurrence += 1
        ident = event_id(doc_id, event, occurrence)
    seen.add(ident)
    return ident


def vetoed(
    text: str, *, published: PartialDate | str | None = None, disabled_rules: Iterable[str] = ()
) -> tuple[tuple[Span, str], ...]:
    """The triggers of ``text`` that a veto stopped: each trigger's span and the veto's
    name, in text order (what ``diplorel evaluate --by-rule`` blames for misses). The
    vetoes of the sentence rules, those tried on the assembled drafts (``cue.not-yet``,
    ``cue.negated-verb``, ``declaration.no-statement``, ``declaration.cited``,
    ``cue.sports-body``) and the finish pass's ``finish.weak-duplicate``."""
    opts = Options(disabled=check_names(disabled_rules)) if disabled_rules else DEFAULT
    when = as_published(published)
    prepared = prepare(text)
    if when is None:
        when = _complete_year(publication_date(prepared), prepared)
    readings = read_sentences(prepared, lexicon(), _resolution_date(prepared, when))
    readings = with_leaders(prepared, readings, opts)
    readings = with_shared_demonyms(prepared, readings, opts)
    _drafts, stopped, _know = run_rules(prepared, readings, opts, when)
    found = [(s.start, s.end, s.rule) for s in stopped]
    dropped: list[tuple[int, int, str]] = []  # the drafts the later vetoes dropped
    assembled = assemble(prepared, lexicon(), readings, when, opts, dropped=dropped)
    _after_assembly(prepared, readings, assembled, when, opts, dropped=dropped)
    found += [d for d in dropped if d not in found]
    return tuple((_span(prepared, start, end), rule) for start, end, rule in sorted(found))


def failure_reason(exc: Exception) -> str:
    """What to tell the user about an exception raised while reading or extracting."""
    if isinstance(exc, OSError):
        return f"cannot read: {exc.strerror or exc}"
    if isinstance(exc, ValueError | DiplorelError):
        return str(exc)
    if isinstance(exc, RecursionError):
        return "the text is nested too deeply to be read"
    return f"internal error, please report it: {type(exc).__name__}: {exc}"


class ExtractionWarning(UserWarning):
    """Warned by :func:`extract_many` for a document it could not read or extract.

    Turn it into an error with ``warnings.simplefilter("error", ExtractionWarning)``
    or pass ``on_error="raise"``.
    """


OnError = list[ExtractionFailure] | Literal["warn", "raise"]
"""What :func:`extract_many` does with a failed document."""


def _handler(on_error: object) -> Callable[[ExtractionFailure], None]:
    if isinstance(on_error, list):
        return on_error.append
    if on_error == "warn":

        def warn(failure: ExtractionFailure) -> None:
            warnings.warn(str(failure), ExtractionWarning, stacklevel=4)

        return warn
    if on_error == "raise":

        def fail(failure: ExtractionFailure) -> None:
            raise ExtractionError(failure.source, failure.reason)

        return fail
    raise TypeError(f"on_error must be a list, 'warn' or 'raise', not {on_error!r}")


def extract_many(
    sources: Iterable[Source] | Source,
    *,
    published: PartialDate | dt.date | str | None = None,
    default_published: PartialDate | dt.date | str | None = None,
    on_error: OnError = "warn",
    workers: int = 1,
    disabled_rules: Iterable[str] = (),
) -> Iterator[Document]:
    """Extract many documents lazily, going on past the ones that fail.

    ``sources`` is one source or an iterable of them: a folder (its ``.txt``
    files, ids their relative paths without extension), a ``.txt`` file, a
    ``.jsonl`` file of articles (``{"id", "text", "published", "source_url"}``
    per line), an article's text, or a ``(doc_id, text)`` pair; a path is a
    ``str`` or any :class:`os.PathLike`. See :func:`diplorel._source.articles`
    for how a string is told apart from a path and ids are kept unique. Files
    are read by the encoding policy of ``docs/robustness.md`` (UTF-8, else
    French text in Windows-1252; binary files are refused) when reached.

    ``published`` and ``default_published`` are as in :func:`extract`, for
    every document; a JSON Lines line's own ``published`` wins over both.

    A source that cannot be found, read, decoded or extracted never stops the
    batch and never vanishes: it becomes an :class:`ExtractionFailure`, which
    by default (``on_error="warn"``) is warned as an :class:`ExtractionWarning`;
    ``on_error="raise"`` raises :class:`~diplorel.errors.ExtractionError` at
    the first failure, and a list collects the failures instead. Documents
    come in the order of ``sources``.

    Bad arguments (a ``published`` that is no date, an unknown ``on_error``, a
    ``sources`` that is not iterable, an unknown name in ``disabled_rules``) raise
    at once, not at the first document. ``disabled_rules`` is as in :func:`extract`.

    ``workers`` > 1 extracts on that many processes (see
    :mod:`diplorel.extract._parallel`): the same documents and failures, in
    the same order, as with one. They are started with ``spawn``, so a
    script that asks for workers must guard its entry point with
    ``if __name__ == "__main__":``.
    """
    given = as_published(published)
    fallback = as_published(default_published, "default_published")
    handle = _handler(on_error)
    disabled = check_names(disabled_rules)
    if isinstance(sources, str | os.PathLike | tuple):
        items: Iterable[object] = [sources]
    elif isinstance(sources, Iterable) and not isinstance(sources, bytes | bytearray):
        items = sources
    else:
        raise TypeError(
            "extract_many() takes a path, a text, a (doc_id, text) pair or an iterable of them, "
            f"not {type(sources).__name__}"
        )
    if type(workers) is not int or workers != 1:
        from diplorel.extract._parallel import check_workers  # noqa: PLC0415

        return _extract_parallel(
            items, (given, fallback, disabled), on_error, check_workers(workers)
        )
    return _extract_all(items, given, fallback, handle, disabled)


def _extract_parallel(
    items: Iterable[object],
    dates: tuple[PartialDate | None, PartialDate | None, frozenset[str]],
    on_error: OnError,
    workers: int,
) -> Iterator[Document]:
    """:func:`extract_many` on a pool of processes; failures handled as in one process."""
    from diplorel.extract._parallel import extract_parallel  # noqa: PLC0415

    collected = on_error if isinstance(on_error, list) else []
    handle = _handler(on_error)
    outcomes = (
        ExtractionFailure(source=item.where, reason=item.reason)
        if isinstance(item, Skipped)
        else item
        for item in articles(items)
    )
    for document in extract_parallel(
        outcomes, published=dates, on_error=collected, workers=workers
    ):
        if collected is not on_error:
            for failure in collected:
                handle(failure)
            collected.clear()
        yield document
    if collected is not on_error:
        for failure in collected:
            handle(failure)


def _extract_all(
    items: Iterable[object],
    published: PartialDate | None,
    fallback: PartialDate | None,
    handle: Callable[[ExtractionFailure], None],
    disabled: frozenset[str] = frozenset(),
) -> Iterator[Document]:
    """The generator behind :func:`extract_many`."""
    found = articles(items)
    while True:
        try:
            item = next(found)
        except StopIteration:
            return
        except Exception as exc:  # an iterable that fails, or a walk that breaks
            handle(ExtractionFailure(source="sources", reason=failure_reason(exc)))
            return
        outcome = extract_article(item, published, fallback, disabled)
        if isinstance(outcome, ExtractionFailure):
            handle(outcome)
        else:
            yield outcome


def extract_article(
    item: Article | Skipped,
    published: PartialDate | None,
    fallback: PartialDate | None,
    disabled: frozenset[str] = frozenset(),
) -> Document | ExtractionFailure:
    """One article's document, or the failure to report: one step of :func:`extract_many`.

    The article's own ``published`` wins over ``published``, and ``fallback``
    is used when neither it nor the text gives a date. Articles and failures
    are plain values, so a pool of processes can run this step.
    """
    if isinstance(item, Skipped):
        return ExtractionFailure(source=item.where, reason=item.reason)
    try:
        opts = Options(disabled=disabled) if disabled else DEFAULT
        return _extract(
            item.text, item.published or published, fallback, item.id, item.source_url, opts=opts
        )
    except Exception as exc:  # one bad document never stops the batch
        return ExtractionFailure(source=item.origin, reason=failure_reason(exc))
