"""The flat corpus form of events, as the annotated corpus and ``diplorel extract`` write it.

The corpus form of an event is a JSON object with the keys of the corpus
annotation, in this order: ``kind``, ``format``, ``parties`` (sorted codes),
``date`` (EDTF or null), ``place``, ``round``, ``sectors`` (sorted),
``heads`` (names), ``status`` (agreements), ``title`` (agreements and
declarations), ``background`` and ``evidence`` (the text of the first
evidence span). Richer keys follow: ``spans``, ``persons`` and, where they
apply, ``stages``, ``instrument``, ``declaration_kind``, ``establishes``,
``level`` and ``quantity``. Last come the interoperability codes: ``cameo``
(a CAMEO event code) and ``plover`` (``{"type", "mode"}`` or null), derived
from the event by :mod:`diplorel.codes` and ignored when reading.
"""

from __future__ import annotations

import contextlib
import enum
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, Final, NoReturn, TypeVar

from diplorel._registry import party
from diplorel.codes import event_codes
from diplorel.errors import InvalidValueError, ParseError, SerialisationError, UnknownEntityError
from diplorel.io._converter import describe
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
    EventKind,
    InstrumentKind,
    PartialDate,
    Party,
    Person,
    Sector,
    Span,
    Stage,
    parse_date_value,
)

__all__ = [
    "CORPUS_KEYS",
    "KIND_KEYS",
    "RICH_KEYS",
    "document_from_record",
    "document_record",
    "event_from_corpus_form",
    "to_corpus_form",
]

CORPUS_KEYS: Final = (
    "kind",
    "format",
    "parties",
    "date",
    "place",
    "round",
    "sectors",
    "heads",
    "status",
    "title",
    "background",
    "evidence",
)
"""The keys of an event in the corpus annotation format, in order."""

RICH_KEYS: Final = (
    "id",
    "source",
    "target",
    "spans",
    "persons",
    "stages",
    "instrument",
    "declaration_kind",
    "establishes",
    "level",
    "quantity",
    "cameo",
    "plover",
    "rules",
)
"""The richer keys :func:`to_corpus_form` adds after the corpus keys, where they apply."""

_DOCUMENT_KEYS: Final = ("id", "published", "source_url", "events")

# Keys that only some kinds have: any other kind must leave them out or null.
_OWN_KEYS: Final[Mapping[str, frozenset[str]]] = {
    "format": frozenset({"consultation"}),
    "round": frozenset({"consultation"}),
    "level": frozenset({"consultation"}),
    "status": frozenset({"agreement"}),
    "stages": frozenset({"agreement"}),
    "instrument": frozenset({"agreement"}),
    "quantity": frozenset({"agreement"}),
    "title": frozenset({"agreement", "declaration"}),
    "declaration_kind": frozenset({"declaration"}),
    "establishes": frozenset({"declaration"}),
}
KIND_KEYS: Final = _OWN_KEYS
"""The keys only some kinds of event have, with those kinds: any other kind leaves them out
or null."""

_E = TypeVar("_E", bound=enum.Enum)
Resolver = Callable[[str], Party]


# -- model to corpus form -------------------------------------------------------


def _date_text(value: DateValue | None) -> str | None:
    return None if value is None else value.isoformat()


def to_corpus_form(event: Event) -> dict[str, Any]:
    """The flat corpus form of an event: the corpus keys, then richer keys.

    >>> from diplorel._registry import party
    >>> from diplorel.model import Consultation, ConsultationFormat, PartialDate
    >>> event = Consultation(parties=[party("MAR"), party("AZE")],
    ...                      format=ConsultationFormat.PHONE_CALL,
    ...                      date=PartialDate(year=2020, month=7, day=21))
    >>> form = to_corpus_form(event)
    >>> form["parties"], form["date"], form["format"], form["status"]
    (['AZE', 'MAR'], '2020-07-21', 'phone_call', None)
    """
    record: dict[str, Any] = {
        "kind": event.kind.value,
        "format": event.format.value if isinstance(event, Consultation) else None,
        "parties": [item.code for item in sorted(event.parties)],
        "date": _date_text(event.date),
        "place": event.place,
        "round": event.round if isinstance(event, Consultation) else None,
        "sectors": sorted(sector.value for sector in event.sectors),
        "heads": [person.name for person in event.persons],
        "status": event.status.value if isinstance(event, Agreement) else None,
        "title": event.title if isinstance(event, Agreement | Declaration) else None,
        "background": event.background,
        "evidence": event.evidence[0].text if event.evidence else None,
        "id": event.id,
        "source": [item.code for item in event.source],
        "target": [item.code for item in event.target],
        "spans": [[span.start, span.end] for span in event.evidence],
        "persons": [
            {
                "name": person.name,
                "role": person.role,
                "party": None if person.party is None else person.party.code,
            }
            for person in event.persons
        ],
    }
    if isinstance(event, Agreement):
        record["stages"] = [
            {
                "stage": stage.stage.value,
                "date": _date_text(stage.date),
                "actor": None if stage.actor is None else stage.actor.name,
            }
            for stage in event.stages
        ]
        record["instrument"] = event.instrument.value
        record["quantity"] = event.quantity
    elif isinstance(event, Declaration):
        record["declaration_kind"] = event.declaration.value
        record["establishes"] = event.establishes
    else:
        record["level"] = event.level
    codes = event_codes(event)
    record["cameo"] = codes.cameo
    record["plover"] = None if codes.plover is None else codes.plover.as_dict()
    record["rules"] = list(event.rules)
    return record


def document_record(doc: Document) -> dict[str, Any]:
    """The JSON Lines object ``diplorel extract`` prints for a document.

    ``{"id", "published", "source_url", "events"}`` with the events in
    corpus form (:func:`to_corpus_form`); the text is left out.
    """
    return {
        "id": doc.id,
        "published": _date_text(doc.published),
        "source_url": doc.source_url,
        "events": [to_corpus_form(event) for event in doc.events],
    }


# -- corpus form to model ---------------------------------------------------------


def _fail(where: str, expected: str, value: object) -> NoReturn:
    raise SerialisationError(where, f"expected {expected}, found {describe(value)}")


@contextlib.contextmanager
def _located(where: str) -> Iterator[None]:
    """Turn a model validation error into a SerialisationError at ``where``."""
    try:
        yield
    except (InvalidValueError, UnknownEntityError) as exc:
        raise SerialisationError(where, str(exc)) from None


def _join(prefix: str, where: str) -> str:
    return f"{prefix}.{where}" if prefix else where


def _mapping(value: object, where: str, allowed: Sequence[str]) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        _fail(where or "record", "an object", value)
    unknown = sorted((key for key in value if key not in allowed), key=str)
    if unknown:
        raise SerialisationError(
            where or "record",
            f"expected only the keys {', '.join(allowed)}, "
            f"found the unknown key{'s' if len(unknown) > 1 else ''} "
            f"{', '.join(repr(key) for key in unknown)}",
        )
    return value


def _list(value: object, where: str) -> Sequence[Any]:
    if value is None:
        return ()
    if not isinstance(value, list | tuple):
        _fail(where, "a list or null", value)
    return value


def _text(value: object, where: str, *, nullable: bool = True) -> str | None:
    if value is None and nullable:
        return None
    if not isinstance(value, str):
        _fail(where, "a string or null" if nullable else "a string", value)
    return value


def _name(value: object, where: str) -> str:
    if not isinstance(value, str):
        _fail(where, "a string", value)
    return value


def _integer(value: object, where: str) -> int | None:
    if value is None:
        return None
    if type(value) is not int:
        _fail(where, "an integer or null", value)
    return value


def _required(kind: type[_E], value: object, where: str, *, nullable: bool = False) -> _E:
    for member in kind:
        if isinstance(value, str) and member.value == value:
            return member
    allowed = ", ".join(repr(member.value) for member in kind)
    _fail(where, f"one of {allowed}" + (" or null" if nullable else ""), value)


def _optional(kind: type[_E], value: object, where: str, default: _E) -> _E:
    return default if value is None else _required(kind, value, where, nullable=True)


def _date(value: object, where: str) -> DateValue | None:
    if value is None:
        return None
    if not isinstance(value, str):
        _fail(where, "an EDTF date string or null", value)
    try:
        return parse_date_value(value)
    except ParseError as exc:
        raise SerialisationError(
            where, f"expected an EDTF date or range, found {describe(value)} ({exc.reason})"
        ) from None


def _party(value: object, where: str, resolve: Resolver) -> Party:
    code = _name(value, where)
    try:
        return resolve(code)
    except UnknownEntityError:
        raise SerialisationError(
            where, f"expected a known party code, found the unknown code {code!r}"
        ) from None
    except LookupError as exc:
        raise SerialisationError(
            where, f"expected a known party code, found {describe(code)} ({exc})"
        ) from None


def _persons(record: Mapping[str, Any], prefix: str, resolve: Resolver) -> tuple[Person, ...]:
    heads = [
        _name(name, _join(prefix, f"heads[{i}]"))
        for i, name in enumerate(_list(record.get("heads"), _join(prefix, "heads")))
    ]
    if record.get("persons") is None:
        persons = []
        for index, name in enumerate(heads):
            with _located(_join(prefix, f"heads[{index}]")):
                persons.append(Person(name=name))
        return tuple(persons)
    result = []
    for index, item in enumerate(_list(record["persons"], _join(prefix, "persons"))):
        where = _join(prefix, f"persons[{index}]")
        fields = _mapping(item, where, ("name", "role", "party"))
        if "name" not in fields:
            _fail(_join(where, "name"), "a name", None)
        name = _name(fields["name"], _join(where, "name"))
        role = _text(fields.get("role"), _join(where, "role"))
        code = fields.get("party")
        member = None if code is None else _party(code, _join(where, "party"), resolve)
        with _located(where):
            result.append(Person(name=name, role=role, party=member))
    names = [person.name for person in result]
    if "heads" in record and record["heads"] is not None and heads != names:
        raise SerialisationError(
            _join(prefix, "heads"),
            f"expected the names of persons {names!r}, found {heads!r}",
        )
    return tuple(result)


def _evidence(record: Mapping[str, Any], prefix: str, text: str | None) -> tuple[Span, ...]:
    pairs: list[tuple[int, int]] = []
    for index, item in enumerate(_list(record.get("spans"), _join(prefix, "spans"))):
        where = _join(prefix, f"spans[{index}]")
        if not (
            isinstance(item, list | tuple)
            and len(item) == 2
            and all(type(end) is int for end in item)
        ):
            _fail(where, "a pair [start, end] of integers", item)
        pairs.append((item[0], item[1]))
    quote = _text(record.get("evidence"), _join(prefix, "evidence"))
    if text is None:
        return ()
    if pairs and all(0 <= start <= end <= len(text) for start, end in pairs):
        return tuple(Span.of(text, start, end) for start, end in pairs)
    if quote and quote in text:
        start = text.index(quote)
        return (Span.of(text, start, start + len(quote)),)
    return ()


def _stages(
    record: Mapping[str, Any],
    prefix: str,
    date: DateValue | None,
    persons: Sequence[Person],
) -> tuple[AgreementStage, ...]:
    status_value = record.get("status")
    status = (
        None
        if status_value is None
        else _required(Stage, status_value, _join(prefix, "status"), nullable=True)
    )
    if record.get("stages") is None:
        if status is None:
            _fail(_join(prefix, "status"), "the stage of an agreement (or a list of stages)", None)
        return (AgreementStage(stage=status, date=date),)
    by_name = {person.name: person for person in persons}
    stages = []
    for index, item in enumerate(_list(record["stages"], _join(prefix, "stages"))):
        where = _join(prefix, f"stages[{index}]")
        fields = _mapping(item, where, ("stage", "date", "actor"))
        stage = _required(Stage, fields.get("stage"), _join(where, "stage"))
        when = _date(fields.get("date"), _join(where, "date"))
        actor_name = _text(fields.get("actor"), _join(where, "actor"))
        with _located(_join(where, "actor")):
            actor = (
                None if actor_name is None else by_name.get(actor_name, Person(name=actor_name))
            )
        stages.append(AgreementStage(stage=stage, date=when, actor=actor))
    if not stages:
        _fail(_join(prefix, "stages"), "at least one stage", record["stages"])
    if status is not None and status is not stages[-1].stage:
        raise SerialisationError(
            _join(prefix, "status"),
            f"expected the last stage {stages[-1].stage.value!r}, found {describe(status.value)}",
        )
    return tuple(stages)


def event_from_corpus_form(
    record: Mapping[str, Any],
    *,
    text: str | None = None,
    resolve_party: Resolver | None = None,
    where: str = "",
) -> Event:
    """Build a model event back from its corpus form (a gold annotation or extract output).

    Parties (and persons' parties) go through ``resolve_party``, by default
    the registry's :func:`~diplorel._registry.party`; an unknown code is an
    error. Agreement stages come from ``stages`` when present, else one stage
    of ``status`` with the event's date. Persons come from ``persons`` when
    present, else from ``heads``. Evidence spans come from ``spans`` when
    ``text`` is given and they all fit it; failing that, from the first
    occurrence of the ``evidence`` quote in ``text``; else there are none.
    Keys other than ``kind`` and ``parties`` may be left out.
    ``where`` prefixes the location of errors (``events[2]``).

    ``to_corpus_form(event_from_corpus_form(x))`` agrees with ``x`` on the
    corpus keys (with ``evidence`` kept when ``text`` locates it).

    Raises :class:`~diplorel.errors.SerialisationError` naming the key.
    """
    resolve = party if resolve_party is None else resolve_party
    fields = _mapping(record, where, CORPUS_KEYS + RICH_KEYS)
    if "kind" not in fields:
        _fail(_join(where, "kind"), "one of 'agreement', 'consultation', 'declaration'", None)
    kind = _required(EventKind, fields["kind"], _join(where, "kind"))
    for key, kinds in _OWN_KEYS.items():
        if fields.get(key) is not None and kind.value not in kinds:
            _fail(
                _join(where, key),
                f"null for {'an' if kind.value[0] == 'a' else 'a'} {kind}",
                fields[key],
            )

    if "parties" not in fields:
        _fail(_join(where, "parties"), "a list of party codes", None)
    codes = _list(fields["parties"], _join(where, "parties"))
    if not codes:
        _fail(_join(where, "parties"), "at least one party code", fields["parties"])
    parties = [
        _party(code, _join(where, f"parties[{index}]"), resolve)
        for index, code in enumerate(codes)
    ]
    date = _date(fields.get("date"), _join(where, "date"))
    place = _text(fields.get("place"), _join(where, "place"))
    sectors = [
        _required(Sector, item, _join(where, f"sectors[{index}]"))
        for index, item in enumerate(_list(fields.get("sectors"), _join(where, "sectors")))
    ]
    background = fields.get("background", False)
    if type(background) is not bool:
        _fail(_join(where, "background"), "true or false", background)
    persons = _persons(fields, where, resolve)
    evidence = _evidence(fields, where, text)
    sides = {
        side: tuple(
            _party(code, _join(where, f"{side}[{index}]"), resolve)
            for index, code in enumerate(_list(fields.get(side), _join(where, side)))
        )
        for side in ("source", "target")
    }
    common: dict[str, Any] = {
        "id": _text(fields.get("id"), _join(where, "id")),
        **sides,
        "parties": parties,
        "date": date,
        "place": place,
        "sectors": sectors,
        "persons": persons,
        "evidence": evidence,
        "background": background,
        "rules": [
            _text(item, _join(where, f"rules[{index}]"), nullable=False)
            for index, item in enumerate(_list(fields.get("rules"), _join(where, "rules")))
        ],
    }
    title = _text(fields.get("title"), _join(where, "title"))
    with _located(where or "record"):
        if kind is EventKind.AGREEMENT:
            return Agreement(
                **common,
                title=title,
                stages=_stages(fields, where, date, persons),
                instrument=_optional(
                    InstrumentKind,
                    fields.get("instrument"),
                    _join(where, "instrument"),
                    InstrumentKind.AGREEMENT,
                ),
                quantity=_integer(fields.get("quantity"), _join(where, "quantity")),
            )
        if kind is EventKind.DECLARATION:
            return Declaration(
                **common,
                title=title,
                declaration=_optional(
                    DeclarationKind,
                    fields.get("declaration_kind"),
                    _join(where, "declaration_kind"),
                    DeclarationKind.STATEMENT,
                ),
                establishes=_text(fields.get("establishes"), _join(where, "establishes")),
            )
        return Consultation(
            **common,
            format=_required(ConsultationFormat, fields.get("format"), _join(where, "format")),
            round=_integer(fields.get("round"), _join(where, "round")),
            level=_text(fields.get("level"), _join(where, "level")),
        )


def document_from_record(
    record: Mapping[str, Any],
    *,
    text: str = "",
    resolve_party: Resolver | None = None,
) -> Document:
    """Build a :class:`~diplorel.model.Document` from a corpus record and its text.

    ``record`` has the keys ``id``, ``published``, ``source_url`` and
    ``events`` (corpus forms), as in a gold annotation file or a line of
    ``diplorel extract`` output. Events are read by
    :func:`event_from_corpus_form` with ``text``. Raises
    :class:`~diplorel.errors.SerialisationError` naming the key
    (``events[2].parties[0]``).
    """
    fields = _mapping(record, "", _DOCUMENT_KEYS)
    if "id" not in fields:
        _fail("id", "a document id", None)
    doc_id = _name(fields["id"], "id")
    published = _date(fields.get("published"), "published")
    if isinstance(published, DateSpan):
        _fail("published", "a single date", fields["published"])
    source_url = _text(fields.get("source_url"), "source_url")
    events = [
        event_from_corpus_form(item, text=text, resolve_party=resolve_party, where=f"events[{i}]")
        for i, item in enumerate(_list(fields.get("events"), "events"))
    ]
    with _located("record"):
        return Document(
            id=doc_id,
            text=text,
            published=published if isinstance(published, PartialDate) else None,
            source_url=source_url,
            events=events,
        )
