"""The three kinds of diplomatic event: agreements, consultations, declarations.

They share the fields of :class:`EventBase` (parties, date, place, sectors,
persons, evidence, background flag) and add their own. All are frozen,
slotted, keyword-only attrs classes; collections are tuples or frozensets,
normalised at construction (parties sorted and unique, sectors a frozenset),
so that equal events compare and hash equal. Change one with
:func:`attrs.evolve`.
"""

from __future__ import annotations

import enum
import hashlib
import json
import json.encoder
from collections.abc import Iterable, Sequence
from typing import Any, ClassVar, Final, TypeVar

import attrs

from diplorel.errors import InvalidValueError
from diplorel.model._date import DateSpan, DateValue, PartialDate
from diplorel.model._party import Party
from diplorel.model._person import Person
from diplorel.model._sector import Sector
from diplorel.model._span import Span

__all__ = [
    "Agreement",
    "AgreementStage",
    "Consultation",
    "ConsultationFormat",
    "Declaration",
    "DeclarationKind",
    "Event",
    "EventBase",
    "EventKind",
    "InstrumentKind",
    "LifeCycleConflict",
    "Stage",
    "event_id",
    "event_sort_key",
    "life_cycle_conflict",
    "stage_dated_before",
    "surely_before",
]


class EventKind(enum.StrEnum):
    """The kind of an event, as serialised in the corpus form."""

    AGREEMENT = "agreement"
    CONSULTATION = "consultation"
    DECLARATION = "declaration"


class Stage(enum.StrEnum):
    """A stage of an agreement's life, in the order an agreement goes through them."""

    NEGOTIATED = "negotiated"
    SIGNED = "signed"
    APPROVED = "approved"
    RATIFIED = "ratified"
    IN_FORCE = "in_force"

    @property
    def rank(self) -> int:
        """Position in the life-cycle: negotiated is 0, in force is 4."""
        return _STAGE_ORDER.index(self)


_STAGE_ORDER = tuple(Stage)


class InstrumentKind(enum.StrEnum):
    """The legal form of an agreement."""

    AGREEMENT = "agreement"
    CONVENTION = "convention"
    MEMORANDUM = "memorandum"
    PROTOCOL = "protocol"
    TREATY = "treaty"
    PROGRAMME = "programme"
    ACTION_PLAN = "action_plan"
    FRAMEWORK = "framework"
    CHARTER = "charter"
    CONTRACT = "contract"
    OTHER = "other"


class ConsultationFormat(enum.StrEnum):
    """How parties met or talked."""

    POLITICAL_CONSULTATIONS = "political_consultations"
    JOINT_COMMISSION = "joint_commission"
    MEETING = "meeting"
    PHONE_CALL = "phone_call"
    VISIT = "visit"
    NEGOTIATION = "negotiation"
    VIDEO_CONFERENCE = "video_conference"
    SUMMIT = "summit"


class DeclarationKind(enum.StrEnum):
    """The form of a declaration."""

    JOINT_DECLARATION = "joint_declaration"
    JOINT_COMMUNIQUE = "joint_communique"
    STATEMENT = "statement"


def _parties(value: Iterable[Party]) -> tuple[Party, ...]:
    items = tuple(value)
    for item in items:
        if not isinstance(item, Party):
            raise InvalidValueError(f"parties must hold Party values, not {item!r}")
    return tuple(sorted(set(items)))


def _sectors(value: Iterable[Sector | str]) -> frozenset[Sector]:
    try:
        return frozenset(Sector(item) for item in value)
    except ValueError as exc:
        raise InvalidValueError(f"sectors: {exc}") from None


_T = TypeVar("_T")
_E = TypeVar("_E", bound=enum.Enum)


def _checked_tuple(value: Iterable[Any], kind: type[_T], name: str) -> tuple[_T, ...]:
    items = tuple(value)
    for item in items:
        if not isinstance(item, kind):
            raise InvalidValueError(f"{name} must hold {kind.__name__} values, not {item!r}")
    return items


def _persons(value: Iterable[Person]) -> tuple[Person, ...]:
    return _checked_tuple(value, Person, "persons")


def _evidence(value: Iterable[Span]) -> tuple[Span, ...]:
    return _checked_tuple(value, Span, "evidence")


def _member(kind: type[_E], name: str, value: object) -> _E:
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(repr(item.value) for item in kind)
        raise InvalidValueError(f"{name} must be one of {allowed}, not {value!r}") from None


def _stage(value: Stage | str) -> Stage:
    return _member(Stage, "stage", value)


def _instrument(value: InstrumentKind | str) -> InstrumentKind:
    return _member(InstrumentKind, "instrument", value)


def _format(value: ConsultationFormat | str) -> ConsultationFormat:
    return _member(ConsultationFormat, "format", value)


def _declaration(value: DeclarationKind | str) -> DeclarationKind:
    return _member(DeclarationKind, "declaration", value)


def _optional_text(_inst: object, attr: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise InvalidValueError(f"{attr.name} must be None or a non-empty string, not {value!r}")


def _date(_inst: object, attr: attrs.Attribute[Any], value: DateValue | None) -> None:
    if value is not None and not isinstance(value, PartialDate | DateSpan):
        raise InvalidValueError(
            f"{attr.name} must be a PartialDate, a DateSpan or None, not {value!r}"
        )


def _sorted_date_key(value: DateValue | None) -> tuple[int, int, int] | None:
    return None if value is None else value.sort_key


def _rule_names(value: Iterable[str]) -> tuple[str, ...]:
    if not value:
        return ()
    if isinstance(value, str) or not all(type(item) is str for item in value):
        raise InvalidValueError(f"rules must be a sequence of rule names, not {value!r}")
    return tuple(value)


def _side(value: Iterable[Party]) -> tuple[Party, ...]:
    items = tuple(value)
    for item in items:
        if not isinstance(item, Party):
            raise InvalidValueError(f"source and target must hold Party values, not {item!r}")
    return tuple(sorted(set(items)))


_ID_LENGTH = 12


def _event_id_value(_inst: object, attr: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise InvalidValueError(f"{attr.name} must be None or a non-empty string, not {value!r}")


@attrs.frozen(kw_only=True, repr=False)
class EventBase:
    """Fields every event has.

    ``parties`` are sorted by code and unique, and there is at least one.
    ``persons`` are the people who led each side, signed, approved or spoke.
    ``evidence`` holds spans of the document's text where the event is
    reported. ``background`` marks an event mentioned only as past context.

    ``source`` and ``target`` give the direction where the text gives it
    (the visitor and the host, the caller and the called, the host who
    received, the issuer of a statement and the party it is about): both are
    sorted subsets of ``parties`` and share no party; both are empty when the
    text gives no direction. ``id`` is the event's stable id (see
    :func:`event_id`), None for an event built by hand.
    """

    kind: ClassVar[EventKind]

    parties: tuple[Party, ...] = attrs.field(converter=_parties)
    date: DateValue | None = attrs.field(default=None, validator=_date)
    place: str | None = attrs.field(default=None, validator=_optional_text)
    sectors: frozenset[Sector] = attrs.field(default=frozenset(), converter=_sectors)
    persons: tuple[Person, ...] = attrs.field(default=(), converter=_persons)
    evidence: tuple[Span, ...] = attrs.field(default=(), converter=_evidence)
    background: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    rules: tuple[str, ...] = attrs.field(default=(), converter=_rule_names, eq=False)
    """The trace: names of the extractor's rules that built the event and shaped its
    fields (see ``diplorel.extract.rules``). Not part of the event's identity."""
    source: tuple[Party, ...] = attrs.field(default=(), converter=_side)
    target: tuple[Party, ...] = attrs.field(default=(), converter=_side)
    id: str | None = attrs.field(default=None, validator=_event_id_value)

    @parties.validator
    def _check_parties(self, attr: attrs.Attribute[Any], value: tuple[Party, ...]) -> None:
        if not value:
            raise InvalidValueError(f"{attr.name} must hold at least one party")

    @source.validator
    def _check_source(self, attr: attrs.Attribute[Any], value: tuple[Party, ...]) -> None:
        self._check_side(attr.name, value)

    @target.validator
    def _check_target(self, attr: attrs.Attribute[Any], value: tuple[Party, ...]) -> None:
        self._check_side(attr.name, value)
        shared = set(value) & set(self.source)
        if shared:
            codes = ", ".join(sorted(p.code for p in shared))
            raise InvalidValueError(f"{attr.name} and source share {codes}")

    def _check_side(self, name: str, value: tuple[Party, ...]) -> None:
        outside = set(value) - set(self.parties)
        if outside:
            codes = ", ".join(sorted(p.code for p in outside))
            raise InvalidValueError(f"{name} must be parties of the event, not {codes}")

    def involves(self, code: str) -> bool:
        """True when the party with this code is a party of the event."""
        return any(party.code == code for party in self.parties)

    @property
    def party_codes(self) -> tuple[str, ...]:
        """The parties' codes, sorted."""
        return tuple(party.code for party in self.parties)

    def _repr_fields(self) -> list[str]:
        return []

    def __repr__(self) -> str:
        parts = ["-".join(self.party_codes)]
        parts.extend(self._repr_fields())
        if self.date is not None:
            parts.append(str(self.date))
        if self.place:
            parts.append(f"à {self.place}")
        if self.sectors:
            parts.append("[" + ",".join(sorted(self.sectors)) + "]")
        if self.background:
            parts.append("(background)")
        return f"<{type(self).__name__} {' '.join(parts)}>"


def _stages(value: Iterable[AgreementStage]) -> tuple[AgreementStage, ...]:
    return _checked_tuple(value, AgreementStage, "stages")


@attrs.frozen(kw_only=True, repr=False)
class AgreementStage:
    """One step of an agreement's life: what happened, when, by whom, where said."""

    stage: Stage = attrs.field(converter=_stage)
    date: DateValue | None = attrs.field(default=None, validator=_date)
    actor: Person | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Person))
    )
    evidence: Span | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Span))
    )
    source: str | None = attrs.field(default=None, validator=_optional_text)

    def __repr__(self) -> str:
        when = "" if self.date is None else f" {self.date}"
        return f"<{self.stage.value}{when}>"


@attrs.frozen(kw_only=True, repr=False)
class Agreement(EventBase):
    """A legal instrument between parties, with the stages of its life reported.

    ``stages`` are in life-cycle order (negotiated, signed, approved,
    ratified, in force); a stage may repeat when sources disagree on its
    date. A later stage cannot be dated surely before an earlier one.
    ``quantity`` is the number of instruments when the text reports a group
    only by number ("26 conventions").
    """

    kind: ClassVar[EventKind] = EventKind.AGREEMENT

    instrument: InstrumentKind = attrs.field(
        default=InstrumentKind.AGREEMENT, converter=_instrument
    )
    title: str | None = attrs.field(default=None, validator=_optional_text)
    stages: tuple[AgreementStage, ...] = attrs.field(default=(), converter=_stages)
    quantity: int | None = attrs.field(default=None)

    @stages.validator
    def _check_stages(self, attr: attrs.Attribute[Any], value: tuple[AgreementStage, ...]) -> None:
        if not value:
            raise InvalidValueError(f"{attr.name} must hold at least one stage")
        problem = life_cycle_conflict(value)
        if problem is not None:
            raise InvalidValueError(problem.message(attr.name))

    @quantity.validator
    def _check_quantity(self, attr: attrs.Attribute[Any], value: int | None) -> None:
        if value is not None and (type(value) is not int or value < 2):
            raise InvalidValueError(
                f"{attr.name} must be None or an int of at least 2, not {value!r}"
            )

    @property
    def status(self) -> Stage:
        """The latest stage reported."""
        return self.stages[-1].stage

    def stage(self, stage: Stage | str) -> AgreementStage | None:
        """The first record of ``stage`` in the life-cycle, or None."""
        wanted = Stage(stage)
        return next((item for item in self.stages if item.stage is wanted), None)

    def _repr_fields(self) -> list[str]:
        fields = [self.instrument.value, self.status.value]
        if self.title:
            fields.append(repr(self.title if len(self.title) <= 40 else self.title[:37] + "..."))
        return fields


def surely_before(a: DateValue | None, b: DateValue | None) -> bool:
    """True when both dates have known years and ``a`` ends before ``b`` starts."""
    if a is None or b is None:
        return False
    a_end = a.end if isinstance(a, DateSpan) else a
    b_start = b.start if isinstance(b, DateSpan) else b
    a_bounds, b_bounds = a_end.bounds(), b_start.bounds()
    if a_bounds is None or b_bounds is None:
        return False
    return a_bounds[1] < b_bounds[0]


def stage_dated_before(earlier: AgreementStage, stage: Stage, date: DateValue | None) -> bool:
    """The date rule of the life-cycle: a later ``stage`` dated ``date`` may not come
    surely before the ``earlier`` stage (the same stage twice may be dated anyhow)."""
    return earlier.stage is not stage and surely_before(date, earlier.date)


@attrs.frozen
class LifeCycleConflict:
    """What breaks the life-cycle rule of an agreement's stages.

    ``order`` holds the stages in the order given when they are out of
    life-cycle order; otherwise ``later`` is a stage dated surely before the
    ``earlier`` one. ``str()`` says it in words; :meth:`message` says it of a
    named field.
    """

    order: tuple[Stage, ...] = ()
    earlier: AgreementStage | None = None
    later: AgreementStage | None = None

    def __str__(self) -> str:
        if self.earlier is None or self.later is None:
            return f"must be in life-cycle order, not {[stage.value for stage in self.order]}"
        return (
            f"{self.later.stage.value} dated {self.later.date} "
            f"is before {self.earlier.stage.value} dated {self.earlier.date}"
        )

    def message(self, field: str) -> str:
        """The conflict said of the field named ``field`` ("stages must be …",
        "stages: ratified dated … is before …")."""
        if self.earlier is None or self.later is None:
            return f"{field} {self}"
        return f"{field}: {self}"


def life_cycle_conflict(stages: Sequence[AgreementStage]) -> LifeCycleConflict | None:
    """What breaks the life-cycle rule in ``stages``, or None when they keep it.

    The one rule for an agreement's stages, used by the model's validator, the
    fast JSON Lines reader and the strategies: stages in life-cycle order, and
    no later stage dated surely before an earlier one (every pair, not only
    neighbours: an undated stage between two dated ones must not hide that
    the later one is dated before the earlier one).
    """
    ranks = [item.stage.rank for item in stages]
    if ranks != sorted(ranks):
        return LifeCycleConflict(order=tuple(item.stage for item in stages))
    for index, earlier in enumerate(stages):
        for later in stages[index + 1 :]:
            if stage_dated_before(earlier, later.stage, later.date):
                return LifeCycleConflict(earlier=earlier, later=later)
    return None


def _round(_inst: object, attr: attrs.Attribute[Any], value: int | None) -> None:
    if value is not None and (type(value) is not int or value < 1):
        raise InvalidValueError(f"{attr.name} must be None or a positive int, not {value!r}")


@attrs.frozen(kw_only=True, repr=False)
class Consultation(EventBase):
    """Parties meeting or talking: consultations, commissions, meetings, calls, visits.

    ``round`` is the ordinal of a recurring event (the 2nd joint commission
    has round 2); ``level`` is free text such as "ministres des Affaires
    étrangères" when the text states it. The heads of delegation are the
    event's ``persons``.
    """

    kind: ClassVar[EventKind] = EventKind.CONSULTATION

    format: ConsultationFormat = attrs.field(converter=_format)
    round: int | None = attrs.field(default=None, validator=_round)
    level: str | None = attrs.field(default=None, validator=_optional_text)

    def _repr_fields(self) -> list[str]:
        fields = [self.format.value]
        if self.round is not None:
            fields.append(f"round {self.round}")
        return fields


@attrs.frozen(kw_only=True, repr=False)
class Declaration(EventBase):
    """A formal statement issued by its parties.

    ``establishes`` says what it establishes or commits to where the text
    states it ("partenariat stratégique").
    """

    kind: ClassVar[EventKind] = EventKind.DECLARATION

    declaration: DeclarationKind = attrs.field(
        default=DeclarationKind.STATEMENT, converter=_declaration
    )
    title: str | None = attrs.field(default=None, validator=_optional_text)
    establishes: str | None = attrs.field(default=None, validator=_optional_text)

    def _repr_fields(self) -> list[str]:
        fields = [self.declaration.value]
        if self.title:
            fields.append(repr(self.title if len(self.title) <= 40 else self.title[:37] + "..."))
        return fields


Event = Agreement | Consultation | Declaration
"""Any diplomatic event."""


def _identity(event: Event) -> dict[str, Any]:
    """The content an event's id is made of: what it is, who, when, where, and its evidence."""
    subtype = (
        event.instrument.value
        if isinstance(event, Agreement)
        else event.format.value
        if isinstance(event, Consultation)
        else event.declaration.value
    )
    return {
        "kind": event.kind.value,
        "type": subtype,
        "parties": [p.code for p in event.parties],
        "date": None if event.date is None else event.date.isoformat(),
        "place": event.place,
        "title": event.title if isinstance(event, Agreement | Declaration) else None,
        "evidence": [[span.start, span.end] for span in event.evidence],
    }


def event_id(document_id: str, event: Event, occurrence: int = 0) -> str:
    """The stable id of ``event`` in the document ``document_id``: 12 hexadecimal digits.

    It is the start of the SHA-256 of the document id and of what the event
    is (kind and format, instrument or declaration kind), its parties, date,
    place, title and the offsets of its evidence. Extracting the same text
    under the same document id again gives the same ids; a change of
    sectors, heads or direction leaves it alone. ``occurrence`` tells apart
    events of one document whose content would give the same id (the
    extractor passes 1, 2… for the second, third…).

    >>> from diplorel.model import Party, PartyKind
    >>> mar = Party(code="MAR", name="Maroc", kind=PartyKind.STATE)
    >>> event = Consultation(parties=[mar], format="visit")
    >>> event_id("a1", event) == event_id("a1", event)
    True
    >>> len(event_id("a1", event)), event_id("a1", event) != event_id("a2", event)
    (12, True)
    """
    if type(document_id) is str and type(occurrence) is int:
        text = _identity_json(document_id, event, occurrence)
    else:
        text = _identity_dumps(document_id, event, occurrence)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:_ID_LENGTH]


def _identity_dumps(document_id: str, event: Event, occurrence: int) -> str:
    """The JSON text an event's id hashes: its identity, keys sorted, no blanks."""
    content: dict[str, object] = {"document": document_id, "event": _identity(event)}
    if occurrence:
        content["occurrence"] = occurrence
    return json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


_string: Final = json.encoder.encode_basestring
"""The string encoder that :func:`json.dumps` uses with ``ensure_ascii=False``."""


def _text_or_null(value: str | None) -> str:
    return "null" if value is None else _string(value)


def _identity_json(document_id: str, event: Event, occurrence: int) -> str:
    """:func:`_identity_dumps` written directly, the same text for less work (an id is
    made for every event extracted): the keys in sorted order, strings through the
    encoder ``json.dumps`` uses, numbers as ``int.__repr__`` writes them. A test
    checks both give the same text on any event."""
    spans = []
    for span in event.evidence:
        start, end = span.start, span.end
        if type(start) is not int or type(end) is not int:
            return _identity_dumps(document_id, event, occurrence)  # json writes True as true
        spans.append(f"[{start!r},{end!r}]")
    # the kinds are string enumerations: the encoder writes a member as its value
    subtype: str
    if isinstance(event, Agreement):
        subtype, title = event.instrument, event.title
    elif isinstance(event, Consultation):
        subtype, title = event.format, None
    else:
        subtype, title = event.declaration, event.title
    parts = [
        '{"document":',
        _string(document_id),
        ',"event":{"date":',
        "null" if event.date is None else _string(event.date.isoformat()),
        ',"evidence":[',
        ",".join(spans),
        '],"kind":',
        _string(event.kind),
        ',"parties":[',
        ",".join([_string(p.code) for p in event.parties]),
        '],"place":',
        _text_or_null(event.place),
        ',"title":',
        _text_or_null(title),
        ',"type":',
        _string(subtype),
        "}",
    ]
    if occurrence:
        parts.append(f',"occurrence":{occurrence!r}')
    parts.append("}")
    return "".join(parts)


def event_sort_key(event: Event) -> tuple[int, tuple[int, int, int] | tuple[()], str]:
    """A key that orders events chronologically, undated ones last."""
    key = _sorted_date_key(event.date)
    return (0 if key is not None else 1, key if key is not None else (), event.kind.value)
