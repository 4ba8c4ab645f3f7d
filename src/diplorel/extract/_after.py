"""What follows assembly: the passes over the drafts and the model records made of them.

Compiled with the rest of the extractor in the compiled build (``_pipeline``, which
checks its callers' arguments itself, is not): the passes run for every draft of
every article.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import cache
from operator import attrgetter
from typing import Any, Final, TypedDict, cast

import attrs

from diplorel._registry import party_or_none
from diplorel.errors import InvalidValueError
from diplorel.extract._assemble import Draft
from diplorel.extract._closing import dates_at_close
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
    delegations_at,
    earlier_sittings,
    frame_gatherings,
    gathered,
    gathering_texts,
    gatherings,
    gatherings_again,
    heads_bodies,
    heads_summits,
    listed_participants,
    organisation_texts,
    participants,
    summit_trips,
)
from diplorel.extract._lifecycle import StageFound
from diplorel.extract._mediators import mediators_again
from diplorel.extract._merge import headline_told
from diplorel.extract._reading import SentenceReading
from diplorel.extract._scene import scene_dates, scene_places
from diplorel.extract._statements import heading_labels, one_day, own_time, statements
from diplorel.extract._text import Prepared
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
from diplorel.extract.rules._attributes import signed_after
from diplorel.extract.rules._base import Options
from diplorel.model import (
    Agreement,
    AgreementStage,
    Consultation,
    DateValue,
    Declaration,
    Event,
    PartialDate,
    Party,
    Person,
    Span,
    Stage,
    event_id,
)

_EVIDENCE_MAX: Final = 240


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
    parties = tuple(p for p in map(_party, sorted(draft.parties)) if p is not None)
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


def _statements(*, own_side: bool, off: frozenset[str]) -> _Pass:
    """The statements pass (rule ``declaration.ministry-statement``, or with ``own_side``
    rule ``declaration.own-side``), with the rules of ``off`` switched off."""

    def run(
        prepared: Prepared,
        readings: Sequence[SentenceReading],
        drafts: list[Draft],
        when: PartialDate | None,
    ) -> list[Draft]:
        return statements(prepared, readings, drafts, when, own_side=own_side, off=off)

    return run


_BUILDER_PASSES: Final[tuple[tuple[str, _Pass | None], ...]] = (
    ("declaration.ministry-statement", None),  # the statements the assembly missed
    ("declaration.own-side", None),
    ("consultation.gathering", _adds(gatherings)),  # organisations' gatherings
    ("consultation.visit-phrase", visits),  # visits named by a noun
)
"""The builders of what the assembly missed, run in order; each draft one of them adds
is traced to its rule (None: a statements pass, :func:`_statements`)."""


_Dated = Callable[[Prepared, Sequence[SentenceReading], list[Draft], "PartialDate | None"], None]


def _dated(fill: _Dated) -> _Pass:
    """A pass that only fills fields and reads the publication date (rules
    ``declaration.own-date`` and ``date.scene``): not run with no draft."""

    def run(
        prepared: Prepared,
        readings: Sequence[SentenceReading],
        drafts: list[Draft],
        when: PartialDate | None,
    ) -> list[Draft]:
        if drafts:
            fill(prepared, readings, drafts, when)
        return drafts

    return run


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
    (("consultation.attended",), _adds(attended)),
    (("consultation.delegation-at",), _adds(delegations_at)),
    (("consultation.heads-body",), _fills(heads_bodies)),  # before the headline's merge
    (("merge.headline",), _adds(lambda prepared, _r, drafts: headline_told(prepared, drafts))),
    (("consultation.participants-listed",), _adds(listed_participants)),
    (("parties.mediator-again",), _adds(mediators_again)),
    (("consultation.attended", "consultation.summit-trip"), _adds(summit_trips)),
    (("consultation.bodies-met",), _adds(bodies_met)),
    (("consultation.brought-together",), _adds(brought_together)),
    (("consultation.frame-gathering",), _adds(frame_gatherings)),
    (("consultation.gathered",), _adds(gathered)),
    (("consultation.earlier-named",), _adds(earlier_sittings)),
    (("parties.gathering-again",), _adds(gatherings_again)),
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
    (("declaration.own-date",), _dated(own_time)),
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
        ("date.scene",),
        _dated(
            lambda prepared, readings, drafts, when: scene_dates(
                prepared.key, readings, drafts, when
            )
        ),
    ),
    (("place.scene",), _fills(scene_places)),
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
            builder = build or _statements(own_side=name == "declaration.own-side", off=off)
            drafts = _traced(name, builder)(prepared, readings, drafts, when)
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
