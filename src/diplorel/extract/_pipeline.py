"""From one article to a :class:`~diplorel.model.Document`: the public entry points."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import Final, TypedDict

import attrs

from diplorel._registry import party_or_none
from diplorel._tsv import read_table
from diplorel.errors import DiplorelError, InvalidValueError
from diplorel.extract._assemble import Draft, assemble, read_sentences
from diplorel.extract._dates import find_dates
from diplorel.extract._gatherings import gatherings
from diplorel.extract._lexicon import lexicon
from diplorel.extract._lifecycle import StageFound, life_cycle
from diplorel.extract._source import Skipped, read_text, walk
from diplorel.extract._statements import statements
from diplorel.extract._text import Prepared, fold, prepare
from diplorel.extract._venues import place_fallbacks
from diplorel.extract._vetoes import veto
from diplorel.extract._visits import visits
from diplorel.model import (
    Agreement,
    AgreementStage,
    Consultation,
    ConsultationFormat,
    DateValue,
    Declaration,
    DeclarationKind,
    Document,
    Event,
    InstrumentKind,
    PartialDate,
    Party,
    Person,
    Sector,
    Span,
    Stage,
)

__all__ = ["ExtractionFailure", "extract", "extract_many", "publication_date"]

_DATE_LINE: Final = re.compile(r"\A\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\b")
_DATELINE: Final = re.compile(
    r"(?:\A|\n)[^\S\n]*(?:date\s+\d{4}-\d{2}(?:-\d{2})?\s+)?"
    r"[A-ZÀ-Þ][\w'. -]{1,40}?,\s+(?:le\s+)?(?P<when>[^,()\n]{3,40}?)\s*"
    r"(?:(?:,\s*|\(\s*|-\s*|\s)(?:\(?[A-Z]{2,10}\)?)|\(\s*[A-Z][\w.&' -]{1,30}\)"
    r"|[-\u2013\u2014]{1,2}\s)"
)
"""A dateline: a capitalised place, a comma, a date, then an agency in capitals
("AZERTAC", "(APS)"), any agency in parentheses ("(Andina)", "(UzA)") or a dash."""
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
    day, with the year of the date line when there is one.
    """
    text = prepared.text
    head = text[:600]
    base: PartialDate | None = None
    line = _DATE_LINE.match(head)
    if line is not None:
        try:
            base = PartialDate.parse(line.group(1))
        except DiplorelError:
            base = None
        if base is not None and base.day is not None:
            return base
    stamp = _stamp(prepared)
    if stamp is not None:
        if stamp.year is None and base is not None and base.year is not None:
            try:
                return PartialDate(year=base.year, month=stamp.month, day=stamp.day)
            except InvalidValueError:
                return base
        return stamp
    for match in _DATELINE.finditer(head):
        found = find_dates(match.group("when"), published=None)
        for mention in found:
            value = mention.value
            if not isinstance(value, PartialDate) or value.day is None or value.month is None:
                continue
            if value.year is None and base is not None and base.year is not None:
                try:
                    return PartialDate(year=base.year, month=value.month, day=value.day)
                except InvalidValueError:
                    continue
            return value
    if base is None:
        return _copyright_year(prepared)
    return base


def _time_stamp(prepared: Prepared) -> PartialDate | None:
    """A numeric date with a time on a short line among the first twenty (``12:29 /
    2014-11-26``): the time stamp of a page whose menus come first."""
    text = prepared.text
    for start, end in prepared.paragraphs[:20]:
        if end - start > _STAMP_LINE / 2 or _TIME_STAMP.search(text, start, end) is None:
            continue
        numeric = _STAMP_NUMERIC.search(text, start, end)
        if numeric is not None and numeric["y"]:
            try:
                return PartialDate(
                    year=int(numeric["y"]), month=int(numeric["m"]), day=int(numeric["d"])
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


_TITLE_DATELINE: Final = re.compile(r"\([A-ZÀ-Þ][\w' -]{1,30}, (?P<when>[^()\n]{3,40})\)\s*$")
"""A title ending in its place and date in parentheses: "… (Paris, mercredi 7 octobre)"."""
_COPYRIGHT: Final = re.compile(
    r"(?:©|\([cC]\)|[Cc]opyright)\s*(?P<y>(?:19|20)\d{2})\s+(?!Tous\b|All\b)[A-Z]"
)
"""A news agency's copyright line ("© 2026 AFP"), which gives the year of publication;
a site's own footer ("© 2022 Tous droits réservés") gives the year of the page, not of
the article."""
_TIME_STAMP: Final = re.compile(r"\b\d{1,2}[:h]\d{2}\b")


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
    years = [int(m.group(1)) for m in _stated_year_pattern().finditer(prepared.key)]
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
    months = sorted({fold(row["form"]) for row in read_table("lang", "fr", "months.tsv")}, key=len)
    names = "|".join(re.escape(m) for m in reversed(months) if len(m) > 3)
    return re.compile(rf"\b(?:{names})\.?,?\s+((?:19|20)\d{{2}})\b")


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
    sectors: frozenset[Sector]
    persons: tuple[Person, ...]
    evidence: tuple[Span, ...]
    background: bool


def _to_event(prepared: Prepared, draft: Draft, cycle: Sequence[StageFound] = ()) -> Event | None:
    """The model record of a draft, or None when its parties do not resolve.

    ``cycle`` holds the stages of an agreement's life reported in the article
    (see :mod:`diplorel.extract._lifecycle`); the agreement then has them all,
    and its date and place are those of its latest stage.
    """
    parties = tuple(p for code in sorted(draft.parties) if (p := party_or_none(code)) is not None)
    if not parties:
        return None
    persons = tuple(
        Person(name=p.name, role=p.role, party=party_or_none(p.party) if p.party else None)
        for p in draft.persons
    )
    common = _Common(
        parties=parties,
        date=draft.date,
        place=draft.place,
        sectors=frozenset(Sector(s) for s in draft.sectors),
        persons=persons,
        evidence=_evidence(prepared, draft),
        background=draft.background,
    )
    try:
        if draft.kind == "consultation":
            return Consultation(
                **common, format=ConsultationFormat(draft.subtype), round=draft.round
            )
        if draft.kind == "declaration":
            return Declaration(
                **common,
                declaration=DeclarationKind(draft.subtype),
                title=draft.title,
                establishes=draft.establishes,
            )
        stage_span = (
            _span(prepared, *draft.stage_anchor) if draft.stage_anchor is not None else None
        )
        actor = persons[0] if persons and draft.stage == "approved" else None
        stage = AgreementStage(
            stage=Stage(draft.stage or "signed"), date=draft.date, actor=actor, evidence=stage_span
        )
        single = Agreement(
            **common,
            instrument=InstrumentKind(draft.subtype),
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
    published: PartialDate | str | None = None,
    doc_id: str = "document",
    source_url: str | None = None,
) -> Document:
    """Read one French news article and return its diplomatic events.

    ``published`` overrides the publication date found in the page furniture
    (a ``date YYYY-MM`` line or a dateline). Finding nothing is not an error:
    the document then has no events. Every event's evidence spans slice
    ``text``.

    >>> doc = extract("Le Maroc et le Sénégal ont signé hier à Dakar un accord de "
    ...               "coopération dans le domaine de la pêche.", published="2024-05-03")
    >>> [(e.kind.value, e.party_codes, str(e.date), e.place) for e in doc.events]
    [('agreement', ('MAR', 'SEN'), '2024-05-02', 'Dakar')]
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() takes a str, not {type(text).__name__}")
    if isinstance(published, str):
        published = PartialDate.parse(published)
    prepared = prepare(text)
    found = _complete_year(publication_date(prepared), prepared)
    when = published if published is not None else found
    lex = lexicon()
    readings = read_sentences(prepared, lex, _resolution_date(prepared, when))
    drafts = assemble(prepared, lex, readings, when)
    drafts = statements(prepared, readings, drafts, when)
    drafts = gatherings(prepared, readings, drafts)
    drafts = visits(prepared, readings, drafts, when)
    drafts = [d for d in drafts if veto(prepared, d) is None]
    place_fallbacks(prepared, readings, drafts)
    by_index = {reading.index: reading for reading in readings}
    events = tuple(
        e
        for d in drafts
        if (e := _to_event(prepared, d, life_cycle(prepared, by_index, d))) is not None
    )
    return Document(id=doc_id, text=text, published=when, source_url=source_url, events=events)


def _read_text(path: Path) -> str:
    """The text of an article file; see :mod:`diplorel.extract._source` for the policy."""
    return read_text(path)


def _iter_sources(
    sources: Iterable[str | Path | tuple[str, str]],
) -> Iterator[tuple[str, str | Path] | ExtractionFailure]:
    """(doc_id, text or path) for each document the sources name, in order.

    A folder gives its ``.txt`` files (see :func:`diplorel.extract._source.walk`);
    what a walk skips comes as an :class:`ExtractionFailure`.
    """
    for source in sources:
        if isinstance(source, tuple):
            yield source
            continue
        path = Path(source)
        try:
            is_folder = path.is_dir()
        except OSError as exc:  # a parent folder that cannot be searched
            yield ExtractionFailure(source=str(path), reason=f"cannot read: {exc.strerror}")
            continue
        if is_folder:
            for found in walk(path):
                if isinstance(found, Skipped):
                    yield ExtractionFailure(source=str(found.path), reason=found.reason)
                else:
                    yield found.stem, found
        else:
            yield path.stem, path


def _failure_reason(exc: Exception) -> str:
    """What to tell the user about an exception raised while reading or extracting."""
    if isinstance(exc, OSError):
        return f"cannot read: {exc.strerror or exc}"
    if isinstance(exc, ValueError | DiplorelError):
        return str(exc)
    if isinstance(exc, RecursionError):
        return "the text is nested too deeply to be read"
    return f"internal error, please report it: {type(exc).__name__}: {exc}"


def extract_many(
    sources: Iterable[str | Path | tuple[str, str]],
    *,
    published: PartialDate | str | None = None,
    on_error: list[ExtractionFailure] | None = None,
    workers: int = 1,
) -> Iterator[Document]:
    """Extract many documents lazily, going on past the ones that fail.

    ``sources`` holds paths of ``.txt`` files or folders of them, or
    ``(doc_id, text)`` pairs. Files are read by the encoding policy of
    ``docs/robustness.md`` (UTF-8, else French text in Windows-1252; binary
    files are refused). A folder is walked in name order, following links to
    folders but skipping loops. A source that cannot be read, decoded or
    extracted, for whatever reason, is skipped and, when ``on_error`` is a
    list, recorded there as an :class:`ExtractionFailure`: one bad document
    never stops a batch. Documents come in the order of ``sources``.

    A ``published`` string that is no date raises
    :class:`~diplorel.errors.ParseError` at once.

    ``workers`` > 1 extracts on that many processes (see
    :mod:`diplorel.extract._parallel`): the same documents and failures, in
    the same order, as with one. They are started with ``spawn``, so a
    script that asks for workers must guard its entry point with
    ``if __name__ == "__main__":``.
    """
    if isinstance(published, str):
        published = PartialDate.parse(published)
    if type(workers) is not int or workers != 1:
        from diplorel.extract._parallel import check_workers, extract_parallel  # noqa: PLC0415

        yield from extract_parallel(
            _iter_sources(sources),
            published=published,
            on_error=on_error,
            workers=check_workers(workers),
        )
        return
    for item in _iter_sources(sources):
        if isinstance(item, ExtractionFailure):
            if on_error is not None:
                on_error.append(item)
            continue
        doc_id, source = item
        label = doc_id if isinstance(source, str) else str(source)
        try:
            content = source if isinstance(source, str) else _read_text(source)
            document = extract(content, published=published, doc_id=doc_id or "document")
        except Exception as exc:  # one bad document never stops the batch
            if on_error is not None:
                on_error.append(ExtractionFailure(source=label, reason=_failure_reason(exc)))
            continue
        yield document
