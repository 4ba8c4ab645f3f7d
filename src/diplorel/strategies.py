"""Hypothesis strategies for every diplorel model type.

Use them to test code that consumes diplorel values::

    from hypothesis import given
    from diplorel import strategies

    @given(strategies.documents())
    def test_my_exporter(doc): ...

Every strategy builds valid values directly (no heavy filtering): dates are
real calendar dates, agreement stages are in life-cycle order with dates that
never go backwards, and the evidence spans of a document slice its text.
Parties come from the registry; ``registered_only=False`` (the default where
offered) also yields organisations unknown to the registry, which exercise
the object form of a party in JSON.

Hypothesis is an optional dependency: install ``diplorel[test]``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import string
from functools import cache
from typing import Any

import attrs

try:
    from hypothesis import strategies as st
except ImportError as exc:  # pragma: no cover - exercised by a test in a clean import
    raise ImportError(
        "diplorel.strategies needs Hypothesis, an optional dependency: "
        "install it with `pip install 'diplorel[test]'`"
    ) from exc

from diplorel._registry import all_parties
from diplorel.model import (
    Agreement,
    AgreementStage,
    Consultation,
    ConsultationFormat,
    DateSpan,
    DateValue,
    Declaration,
    DeclarationKind,
    Document,
    Event,
    InstrumentKind,
    PartialDate,
    Party,
    PartyKind,
    Person,
    Sector,
    Span,
    Stage,
    stage_dated_before,
)

__all__ = [
    "agreement_stages",
    "agreements",
    "consultations",
    "date_spans",
    "date_values",
    "declarations",
    "documents",
    "events",
    "organisations",
    "partial_dates",
    "parties",
    "persons",
    "sectors",
    "spans",
    "states",
]

# Letters for names and titles: ASCII, French accents and ligatures, and a
# few other scripts (Cyrillic, Arabic, Vietnamese, CJK). A fixed alphabet is
# much cheaper to draw from than a Unicode category; document texts use
# arbitrary Unicode.
_LETTERS = (
    string.ascii_letters
    + "àâäçéèêëîïôöùûüÿœæÀÂÇÉÈÊÎÔÙÛŒ"
    + "ДжбАлиевЯ"
    + "محمدعلي"
    + "ĐặngƯơ"
    + "習近平"
)
_CODE_HEAD = st.sampled_from(string.ascii_uppercase)
_CODE_TAIL = st.text(alphabet=string.ascii_uppercase + string.digits, min_size=1, max_size=11)
_IDS = st.from_regex(r"[a-z0-9][a-z0-9-]{0,24}", fullmatch=True)
_URLS = st.from_regex(r"https://example\.org/[a-z0-9/-]{0,30}", fullmatch=True)
_EVENT_IDS = st.from_regex(r"[0-9a-f]{12}", fullmatch=True)
_SECTOR_SETS = st.frozensets(st.sampled_from(Sector), max_size=4)
_QUANTITIES = st.none() | st.integers(2, 200)
_ROUNDS = st.none() | st.integers(1, 100)

# Strategies are immutable values: the building blocks below are made once
# and shared, which spares Hypothesis from validating new strategy objects
# at every draw.


@cache
def _registered(kind: PartyKind) -> tuple[Party, ...]:
    return tuple(item for item in all_parties() if item.kind is kind)


def _sample(items: tuple[Party, ...]) -> st.SearchStrategy[Party]:
    # Sample indices rather than parties, which Hypothesis would hash one by one.
    if not items:
        return st.nothing()
    return st.integers(0, len(items) - 1).map(items.__getitem__)


@cache
def _words(max_words: int = 4) -> st.SearchStrategy[str]:
    """Non-empty trimmed text: words of letters joined by single spaces."""
    word = st.text(alphabet=_LETTERS, min_size=1, max_size=10)
    return st.lists(word, min_size=1, max_size=max_words).map(" ".join)


@cache
def _optional_words(max_words: int = 4) -> st.SearchStrategy[str | None]:
    return st.none() | _words(max_words)


@cache
def _states() -> st.SearchStrategy[Party]:
    return _sample(_registered(PartyKind.STATE))


@cache
def _organisations(registered_only: bool) -> st.SearchStrategy[Party]:
    registered = _sample(_registered(PartyKind.ORGANISATION))
    if registered_only:
        return registered
    return registered | _unregistered_organisations()


@cache
def _parties(registered_only: bool) -> st.SearchStrategy[Party]:
    return _states() | _organisations(registered_only)


@cache
def _persons(registered_only: bool) -> st.SearchStrategy[Person]:
    return st.builds(
        Person,
        name=_words(),
        role=_optional_words(),
        party=st.none() | _parties(registered_only),
    )


@cache
def _optional_persons(registered_only: bool) -> st.SearchStrategy[Person | None]:
    return st.none() | _persons(registered_only)


@cache
def _date_values(min_year: int, max_year: int) -> st.SearchStrategy[DateValue]:
    return partial_dates(min_year=min_year, max_year=max_year) | date_spans(
        min_year=min_year, max_year=max_year
    )


@cache
def _optional_dates() -> st.SearchStrategy[DateValue | None]:
    return st.none() | _date_values(1, 9999)


# -- parties ----------------------------------------------------------------------


def states() -> st.SearchStrategy[Party]:
    """States of the registry (every ISO 3166-1 entry)."""
    return _states()


@st.composite
def _unregistered_organisations(draw: st.DrawFn) -> Party:
    return Party(
        code=draw(_CODE_HEAD) + draw(_CODE_TAIL),
        name=draw(_words()),
        kind=PartyKind.ORGANISATION,
        acronym=draw(_optional_words(1)),
    )


def organisations(*, registered_only: bool = False) -> st.SearchStrategy[Party]:
    """Organisations: those of the registry and, unless ``registered_only``, new ones.

    New organisations have a code of capitals and digits that the registry
    may not know (or may know under another name), a name and maybe an
    acronym; their JSON form is an object rather than a code.
    """
    return _organisations(registered_only)


def parties(*, registered_only: bool = False) -> st.SearchStrategy[Party]:
    """States and organisations (see :func:`organisations` for ``registered_only``)."""
    return _parties(registered_only)


# -- dates --------------------------------------------------------------------------


@st.composite
def partial_dates(draw: st.DrawFn, *, min_year: int = 1, max_year: int = 9999) -> PartialDate:
    """Valid partial dates of every shape, years in ``[min_year, max_year]``.

    The shapes are ``2025``, ``2025-05``, ``2025-05-03``, ``XXXX-06-10`` and
    ``XXXX-08``; days are always days of their month (29 February only in
    leap years, or with an unknown year).
    """
    shape = draw(st.sampled_from(("y", "ym", "ymd", "md", "m")))
    year = draw(st.integers(min_year, max_year)) if "y" in shape else None
    month = draw(st.integers(1, 12))
    if "d" not in shape:
        return PartialDate(year=year, month=None if shape == "y" else month)
    last = 29 if year is None and month == 2 else calendar.monthrange(year or 2000, month)[1]
    return PartialDate(year=year, month=month, day=draw(st.integers(1, last)))


@st.composite
def date_spans(draw: st.DrawFn, *, min_year: int = 1, max_year: int = 9999) -> DateSpan:
    """Valid ranges: two different partial dates, in order when both years are known
    or both unknown."""
    ends = partial_dates(min_year=min_year, max_year=max_year)
    first, second = draw(st.lists(ends, min_size=2, max_size=2, unique=True))
    if (first.year is None) == (second.year is None) and second < first:
        first, second = second, first
    return DateSpan(start=first, end=second)


def date_values(*, min_year: int = 1, max_year: int = 9999) -> st.SearchStrategy[DateValue]:
    """Event dates: partial dates and ranges."""
    return _date_values(min_year, max_year)


# -- small values -------------------------------------------------------------------


def sectors() -> st.SearchStrategy[Sector]:
    """One sector of the closed list."""
    return st.sampled_from(Sector)


def persons(*, registered_only: bool = False) -> st.SearchStrategy[Person]:
    """Persons with a name, maybe a role and maybe a party."""
    return _persons(registered_only)


@st.composite
def spans(draw: st.DrawFn, text: str) -> Span:
    """Spans of ``text`` (possibly empty ones), so that they slice it."""
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return Span.of(text, start, end)


# -- events --------------------------------------------------------------------------


@st.composite
def agreement_stages(
    draw: st.DrawFn, text: str | None = None, *, registered_only: bool = False
) -> AgreementStage:
    """One stage record of an agreement; its evidence slices ``text`` when given."""
    return AgreementStage(
        stage=draw(st.sampled_from(Stage)),
        date=draw(_optional_dates()),
        actor=draw(_optional_persons(registered_only)),
        evidence=None if text is None else draw(st.none() | spans(text)),
        source=draw(_optional_words()),
    )


def _earliest_day(value: DateValue) -> dt.date:
    start = value.start if isinstance(value, DateSpan) else value
    bounds = start.bounds()
    return dt.date.min if bounds is None else bounds[0]


def _ordered_stages(drawn: list[AgreementStage]) -> tuple[AgreementStage, ...]:
    """The stages in life-cycle order, with their dates never going backwards.

    The dates are handed out in chronological order; a date that would still
    be surely before an earlier, different stage (ranges and mixed precision
    can do that) is dropped.
    """
    drawn = sorted(drawn, key=lambda item: item.stage.rank)
    dated = iter(sorted((item.date for item in drawn if item.date is not None), key=_earliest_day))
    result: list[AgreementStage] = []
    for item in drawn:
        date = None if item.date is None else next(dated)
        if any(stage_dated_before(earlier, item.stage, date) for earlier in result):
            date = None
        result.append(attrs.evolve(item, date=date))
    return tuple(result)


def _common(draw: st.DrawFn, text: str | None, registered_only: bool) -> dict[str, Any]:
    parties = sorted(set(draw(st.lists(_parties(registered_only), min_size=1, max_size=3))))
    # a direction: disjoint sides drawn from the parties (often none, as in text)
    sides = draw(st.lists(st.sampled_from((None, "source", "target")), min_size=len(parties)))
    return {
        "parties": parties,
        "source": [p for p, side in zip(parties, sides, strict=False) if side == "source"],
        "target": [p for p, side in zip(parties, sides, strict=False) if side == "target"],
        "id": draw(st.none() | _EVENT_IDS),
        "date": draw(_optional_dates()),
        "place": draw(_optional_words(2)),
        "sectors": draw(_SECTOR_SETS),
        "persons": tuple(draw(st.lists(_persons(registered_only), max_size=3))),
        "evidence": () if text is None else tuple(draw(st.lists(spans(text), max_size=2))),
        "background": draw(st.booleans()),
    }


@st.composite
def agreements(
    draw: st.DrawFn, text: str | None = None, *, registered_only: bool = False
) -> Agreement:
    """Agreements with valid stages; evidence slices ``text`` when given, else none."""
    stages = draw(
        st.lists(agreement_stages(text, registered_only=registered_only), min_size=1, max_size=4)
    )
    return Agreement(
        **_common(draw, text, registered_only),
        instrument=draw(st.sampled_from(InstrumentKind)),
        title=draw(_optional_words()),
        stages=_ordered_stages(stages),
        quantity=draw(_QUANTITIES),
    )


@st.composite
def consultations(
    draw: st.DrawFn, text: str | None = None, *, registered_only: bool = False
) -> Consultation:
    """Consultations of every format; evidence slices ``text`` when given, else none."""
    return Consultation(
        **_common(draw, text, registered_only),
        format=draw(st.sampled_from(ConsultationFormat)),
        round=draw(_ROUNDS),
        level=draw(_optional_words()),
    )


@st.composite
def declarations(
    draw: st.DrawFn, text: str | None = None, *, registered_only: bool = False
) -> Declaration:
    """Declarations of every kind; evidence slices ``text`` when given, else none."""
    return Declaration(
        **_common(draw, text, registered_only),
        declaration=draw(st.sampled_from(DeclarationKind)),
        title=draw(_optional_words()),
        establishes=draw(_optional_words()),
    )


def events(text: str | None = None, *, registered_only: bool = False) -> st.SearchStrategy[Event]:
    """Events of the three kinds; evidence slices ``text`` when given, else none."""
    return st.one_of(
        agreements(text, registered_only=registered_only),
        consultations(text, registered_only=registered_only),
        declarations(text, registered_only=registered_only),
    )


@st.composite
def documents(draw: st.DrawFn, *, max_events: int = 3, registered_only: bool = False) -> Document:
    """Documents: a text first, then up to ``max_events`` events whose spans slice it."""
    text = draw(st.text(max_size=200))
    return Document(
        id=draw(_IDS),
        text=text,
        published=draw(st.none() | partial_dates()),
        source_url=draw(st.none() | _URLS),
        events=draw(st.lists(events(text, registered_only=registered_only), max_size=max_events)),
    )
