"""From one article to a :class:`~diplorel.model.Document`: the public entry points."""

from __future__ import annotations

import datetime as dt
import itertools
import os
import re
import warnings
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import Final, Literal

import attrs

from diplorel._source import Article, Skipped, Source, articles, as_published
from diplorel._tsv import read_table
from diplorel.errors import DiplorelError, ExtractionError, InvalidValueError
from diplorel.extract._after import (
    _after_assembly,
    _directed,
    _span,
    _to_event,
    _unique_id,
)
from diplorel.extract._assemble import assemble, read_sentences, run_rules
from diplorel.extract._direction import direction
from diplorel.extract._lifecycle import life_cycle
from diplorel.extract._reading import readings_by_index
from diplorel.extract._signature import closing_line
from diplorel.extract._text import Prepared, fold, prepare
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
from diplorel.extract.rules._base import DEFAULT, Options
from diplorel.model import (
    DateSpan,
    Document,
    PartialDate,
    Span,
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
    found = _timed_day(prepared, lines, _STAMP_LINE, _CREDIT_DATE)
    if found is None:
        found = _closing_stamp(prepared)
    return found if found is not None else _closing_published(prepared)


def _closing_published(prepared: Prepared) -> PartialDate | None:
    """A short publication line among the last four ("Publié le jeudi 5 juin 2025 |
    Le Quotidien"): the date its publication words open, when it gives a day and a year."""
    text = prepared.text
    for start, end in reversed(prepared.paragraphs[-4:]):
        opened = _PUBLISHED_ON.match(text, start, end)
        if end - start > _STAMP_LINE or opened is None:
            continue
        for mention in find_dates(text[opened.end() : end], published=None):
            value = mention.value
            if mention.start == 0 and isinstance(value, PartialDate):
                return value if None not in (value.year, value.day) else None
            break
    return None


def _closing_stamp(prepared: Prepared) -> PartialDate | None:
    """A short line among the last four that is a day, its month by name, a year and a
    time, and nothing else ("10 juin 2025, 17:45", "Mardi 3 mars 2026 à 09h12"): the
    time stamp some sites print under the article instead of above it."""
    text = prepared.text
    for start, end in reversed(prepared.paragraphs[-4:]):
        if end - start > _STAMP_LINE / 2 or _TIME_STAMP.search(text, start, end) is None:
            continue
        line = text[start:end].strip()
        for mention in find_dates(line, published=None):
            value = mention.value
            if mention.start > 0 or not isinstance(value, PartialDate):
                break
            whole = value.year is not None and value.day is not None
            if whole and _TIME_AFTER.fullmatch(line, mention.end) is not None:
                return value
            break
    return None


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


_TITLE_DATELINE: Final = re.compile(r"\((?:[A-ZÀ-Þ][\w' -]{1,30}, )?(?P<when>[^()\n]{3,40})\)\s*$")
"""A title ending in its date in parentheses, its place before it or not: "… (Paris,
mercredi 7 octobre)", "… (7 octobre 2025)"."""
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
_BYLINE_PUBLISHED: Final = re.compile(
    r"(?:[^\n]{1,50}?\s[-\u2013\u2014|]\s+)??"
    rf"(?P<line>)(?:{either('publication.stamp', 'published', folded=False)})\s*:?\s"
)
"""A publication line (:data:`_PUBLISHED_ON`) opening the line or after a short byline
and a dash or a bar ("La rédaction – Publié le 12/03/2025 à 10h05 | Mis à jour …"):
read from its publication words on."""
_TIME_STAMP: Final = re.compile(r"\b\d{1,2}[:h]\d{2}\b")
_TIME_AFTER: Final = re.compile(r"[\s,-]*(?:à\s+)?\d{1,2}[:h]\d{2}\s*")
"""What may follow the date of a closing time stamp: its time ("…, 17:45", "… à 09h12")."""
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
        if end - start > _STAMP_LINE:
            opened = _BYLINE_PUBLISHED.match(text, start, end)
            if opened is not None:
                start = opened.start("line")
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
    for mention in find_dates(prepared.text, published=None, keep=True):
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
