"""Reading JSON Lines into reported events, with a fast path for ``diplorel extract`` output.

Two forms are read, line by line:

* a document record, as ``diplorel extract`` writes it: ``{"id", "published",
  "source_url", "events"}`` with the events in corpus form;
* a full document, as :func:`diplorel.io.dump_jsonl` writes it (it has a
  ``"text"`` key): its events keep every evidence span.

A document record carries no text, so its events' evidence cannot be sliced
from it; the ``evidence`` quote is the text of the first span of ``spans``,
so that one span is restored (``Span(start, end, quote)`` when the quote has
the span's length) and the other spans are dropped.

The reference reading is :func:`diplorel.io.document_from_record` followed by
that restoration (:func:`reports_of_record`). Reading a million events that
way takes minutes, so :class:`FastReader` reads the same form with caches
(parties, dates, sectors, persons and life-cycles repeat a lot) and builds
the frozen records without re-running validation that a cached part already
passed. It is strict: anything it is not sure of, it hands to the reference
reading, which either returns the same values or raises the located
:class:`~diplorel.errors.SerialisationError`. Tests check that both readings
give equal values.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any, Final, cast

import attrs

from diplorel._registry import party
from diplorel.errors import DiplorelError, SerialisationError
from diplorel.io import CORPUS_KEYS, RICH_KEYS, document_from_record, structure
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
    life_cycle_conflict,
    parse_date_value,
)
from diplorel.query._reported import Reported

__all__ = [
    "FastReader",
    "JsonlSource",
    "read_jsonl",
    "reports_of_document",
    "reports_of_record",
    "restored_evidence",
]

JsonlSource = str | os.PathLike[str] | IO[str]
"""A path to a JSON Lines file, or an open text stream."""

_EVENT_KEYS: Final = frozenset(CORPUS_KEYS + RICH_KEYS)
_RECORD_KEYS: Final = frozenset({"id", "published", "source_url", "events"})
_PERSON_KEYS: Final = frozenset({"name", "role", "party"})
_STAGE_KEYS: Final = frozenset({"stage", "date", "actor"})
_NOT_AGREEMENT: Final = ("status", "stages", "instrument", "quantity")
_NOT_CONSULTATION: Final = ("format", "round", "level")
_NOT_DECLARATION: Final = ("declaration_kind", "establishes")
_STAGES: Final = {item.value: item for item in Stage}
_SECTORS: Final = {item.value: item for item in Sector}
_INSTRUMENTS: Final = {item.value: item for item in InstrumentKind}
_FORMATS: Final = {item.value: item for item in ConsultationFormat}
_DECLARATIONS: Final = {item.value: item for item in DeclarationKind}


def restored_evidence(record: Mapping[str, Any]) -> tuple[Span, ...]:
    """The evidence span a corpus form still knows without its text: the first one.

    ``spans[0]`` with the ``evidence`` quote as its text, when the quote has
    that span's length; else nothing.
    """
    spans, quote = record.get("spans"), record.get("evidence")
    if not spans or not isinstance(quote, str):
        return ()
    start, end = spans[0]
    if start < 0 or end - start != len(quote):
        return ()
    return (Span(start=start, end=end, text=quote),)


def reports_of_document(doc: Document) -> list[Reported]:
    """The events of a document as reported records."""
    return [
        Reported(event=event, document_id=doc.id, source_url=doc.source_url)
        for event in doc.events
    ]


def reports_of_record(record: Any) -> list[Reported]:
    """The reference reading of one JSON Lines value (a document record or a full document)."""
    if isinstance(record, dict) and "text" in record:
        return reports_of_document(structure(record, Document))
    doc = document_from_record(record)
    raw = record.get("events") or []
    return [
        Reported(
            event=attrs.evolve(event, evidence=restored_evidence(item)),
            document_id=doc.id,
            source_url=doc.source_url,
        )
        for event, item in zip(doc.events, raw, strict=True)
    ]


class _UnsureError(Exception):
    """The fast path is not sure: read the line the reference way."""


def _fields(cls: type[Any]) -> tuple[str, ...]:
    return tuple(field.name for field in attrs.fields(cls))


# The fast path builds frozen records by setting their slots directly, in the
# order below; if the model's fields ever change, it builds them the usual way.
_SLOTS: Final[Mapping[type[Any], tuple[str, ...]]] = {
    Agreement: (
        "parties",
        "date",
        "place",
        "sectors",
        "persons",
        "evidence",
        "background",
        "rules",
        "source",
        "target",
        "id",
        "instrument",
        "title",
        "stages",
        "quantity",
    ),
    Consultation: (
        "parties",
        "date",
        "place",
        "sectors",
        "persons",
        "evidence",
        "background",
        "rules",
        "source",
        "target",
        "id",
        "format",
        "round",
        "level",
    ),
    Declaration: (
        "parties",
        "date",
        "place",
        "sectors",
        "persons",
        "evidence",
        "background",
        "rules",
        "source",
        "target",
        "id",
        "declaration",
        "title",
        "establishes",
    ),
    Span: ("start", "end", "text"),
    AgreementStage: ("stage", "date", "actor", "evidence", "source"),
    Reported: ("event", "document_id", "source_url", "reports"),
}
_DIRECT: Final = all(_fields(cls) == names for cls, names in _SLOTS.items())


def _builder(cls: type[Any]) -> Callable[..., Any]:
    """A function building ``cls`` from its field values in order, without validation."""
    names = _SLOTS[cls]
    if not _DIRECT:  # pragma: no cover - only if the model changes
        return lambda *values: cls(**dict(zip(names, values, strict=True)))
    setters = [getattr(cls, name).__set__ for name in names]
    new = object.__new__
    if len(setters) == 3:
        s0, s1, s2 = setters

        def build3(v0: Any, v1: Any, v2: Any) -> Any:
            obj = new(cls)
            s0(obj, v0)
            s1(obj, v1)
            s2(obj, v2)
            return obj

        return build3
    if len(setters) == 4:
        s0, s1, s2, s3 = setters

        def build4(v0: Any, v1: Any, v2: Any, v3: Any) -> Any:
            obj = new(cls)
            s0(obj, v0)
            s1(obj, v1)
            s2(obj, v2)
            s3(obj, v3)
            return obj

        return build4
    if len(setters) == 5:
        s0, s1, s2, s3, s4 = setters

        def build5(v0: Any, v1: Any, v2: Any, v3: Any, v4: Any) -> Any:
            obj = new(cls)
            s0(obj, v0)
            s1(obj, v1)
            s2(obj, v2)
            s3(obj, v3)
            s4(obj, v4)
            return obj

        return build5
    pairs = tuple(enumerate(setters))

    def build(*v: Any) -> Any:
        obj = new(cls)
        for index, setter in pairs:
            setter(obj, v[index])
        return obj

    return build


_new_agreement: Final = _builder(Agreement)
_new_consultation: Final = _builder(Consultation)
_new_declaration: Final = _builder(Declaration)
_new_span: Final = _builder(Span)
_new_reported: Final = _builder(Reported)
_new_stage: Final = _builder(AgreementStage)


def _valid_life_cycle(stages: tuple[AgreementStage, ...]) -> bool:
    """The model's rule for ``Agreement.stages`` (:func:`~diplorel.model.life_cycle_conflict`)."""
    return life_cycle_conflict(stages) is None


def _rule_names(value: object) -> tuple[str, ...]:
    """The trace of an event (rule names), or fall back."""
    if value is None:
        return ()
    if type(value) is not list or not all(type(item) is str for item in value):
        raise _UnsureError
    return tuple(value)


def _text(value: object) -> str | None:
    """An optional non-empty text field (the model's rule), or fall back."""
    if value is None:
        return None
    if type(value) is not str or not value.strip():
        raise _UnsureError
    return value


class FastReader:
    """Reads document records into reported events, sharing repeated parts.

    One reader caches the parts it has built (party tuples, dates, sector
    sets, persons, life-cycles), so equal parts of different events are one
    object in memory. Use one reader per collection being loaded.
    """

    def __init__(self) -> None:
        self._parties: dict[tuple[str, ...], tuple[Party, ...]] = {}
        self._dates: dict[str, DateValue] = {}
        self._sectors: dict[tuple[str, ...], frozenset[Sector]] = {(): frozenset()}
        self._persons: dict[tuple[Any, ...], tuple[Person, ...]] = {(): ()}
        self._person: dict[tuple[Any, ...], Person] = {}
        self._stages: dict[tuple[Any, ...], tuple[AgreementStage, ...]] = {}
        self._strings: dict[str, str] = {}

    # -- parts ----------------------------------------------------------------------

    def _party_tuple(self, codes: Any) -> tuple[Party, ...]:
        if type(codes) is not list or not codes:
            raise _UnsureError
        key = tuple(codes)
        found = self._parties.get(key)
        if found is None:
            for code in key:
                if type(code) is not str:
                    raise _UnsureError
            try:
                found = tuple(sorted({party(code) for code in key}))
            except DiplorelError:
                raise _UnsureError from None
            self._parties[key] = found
        return found

    def _side(self, codes: Any, parties: tuple[Party, ...]) -> tuple[Party, ...]:
        """A direction side (``source`` or ``target``): a sorted subset of the parties."""
        if not codes:
            if codes is not None and type(codes) is not list:
                raise _UnsureError
            return ()
        if type(codes) is not list:
            raise _UnsureError
        by_code = {item.code: item for item in parties}
        try:
            return tuple(sorted({by_code[code] for code in codes}))
        except (KeyError, TypeError):
            raise _UnsureError from None

    def _date(self, text: Any) -> DateValue | None:
        if text is None:
            return None
        found = self._dates.get(text) if type(text) is str else None
        if found is None:
            if type(text) is not str:
                raise _UnsureError
            try:
                found = parse_date_value(text)
            except DiplorelError:
                raise _UnsureError from None
            self._dates[text] = found
        return found

    def _sector_set(self, values: Any) -> frozenset[Sector]:
        if values is None:
            return frozenset()
        if type(values) is not list:
            raise _UnsureError
        key = tuple(values)
        found = self._sectors.get(key)
        if found is None:
            try:
                found = frozenset(_SECTORS[value] for value in key)
            except (KeyError, TypeError):
                raise _UnsureError from None
            self._sectors[key] = found
        return found

    def _one_person(self, name: Any, role: Any, code: Any) -> Person:
        key = (name, role, code)
        try:
            found = self._person.get(key)
        except TypeError:
            raise _UnsureError from None
        if found is None:
            if type(name) is not str or (role is not None and type(role) is not str):
                raise _UnsureError
            if code is not None and type(code) is not str:
                raise _UnsureError
            try:
                member = None if code is None else party(code)
                found = Person(name=name, role=role, party=member)
            except DiplorelError:
                raise _UnsureError from None
            self._person[key] = found
        return found

    def _person_tuple(
        self, event: Mapping[str, Any]
    ) -> tuple[tuple[Person, ...], tuple[Any, ...]]:
        heads = event.get("heads")
        if heads is not None and type(heads) is not list:
            raise _UnsureError
        raw = event.get("persons")
        if raw is None:
            key: tuple[Any, ...] = ("heads", *(heads or ()))
            found = self._persons.get(key)
            if found is None:
                found = tuple(self._one_person(name, None, None) for name in heads or ())
                self._persons[key] = found
            return found, key
        if type(raw) is not list:
            raise _UnsureError
        parts = []
        for item in raw:
            if type(item) is not dict or "name" not in item or not item.keys() <= _PERSON_KEYS:
                raise _UnsureError
            parts.append((item["name"], item.get("role"), item.get("party")))
        key = tuple(parts)
        found = self._persons.get(key)
        if found is None:
            found = tuple(self._one_person(*part) for part in parts)
            self._persons[key] = found
        if heads is not None and heads != [person.name for person in found]:
            raise _UnsureError
        return found, key

    def _evidence(self, event: Mapping[str, Any]) -> tuple[Span, ...]:
        spans = event.get("spans")
        quote = event.get("evidence")
        if quote is not None and type(quote) is not str:
            raise _UnsureError
        if not spans:
            if spans is not None and type(spans) is not list:
                raise _UnsureError
            return ()
        if type(spans) is not list:
            raise _UnsureError
        for pair in spans:
            if type(pair) is not list or len(pair) != 2:
                raise _UnsureError
            start, end = pair
            if type(start) is not int or type(end) is not int:
                raise _UnsureError
        if quote is None:
            return ()
        start, end = spans[0]
        if start < 0 or end - start != len(quote):
            return ()
        return (_new_span(start, end, quote),)

    def _life_cycle(
        self,
        event: Mapping[str, Any],
        date: DateValue | None,
        persons: tuple[Person, ...],
        persons_key: tuple[Any, ...],
    ) -> tuple[AgreementStage, ...]:
        """The stages of an agreement, checked by the model's rules."""
        status = event.get("status")
        if status is not None and status not in _STAGES:
            raise _UnsureError
        raw = event.get("stages")
        if raw is None:
            if status is None:
                raise _UnsureError
            key: tuple[Any, ...] = (status, date)
            found = self._stages.get(key)
            if found is None:
                found = (_new_stage(_STAGES[status], date, None, None, None),)
                self._stages[key] = found
            return found
        if type(raw) is not list or not raw:
            raise _UnsureError
        parts = []
        for item in raw:
            if type(item) is not dict or not item.keys() <= _STAGE_KEYS:
                raise _UnsureError
            actor = item.get("actor")
            parts.append((item.get("stage"), item.get("date"), actor))
        if status is not None and status != parts[-1][0]:
            raise _UnsureError
        key = (tuple(parts), persons_key)
        try:
            found = self._stages.get(key)
        except TypeError:
            raise _UnsureError from None
        if found is not None:
            return found
        by_name = {person.name: person for person in persons}
        stages = []
        for stage, when, actor in parts:
            if stage not in _STAGES or (actor is not None and type(actor) is not str):
                raise _UnsureError
            try:
                person = None if actor is None else by_name.get(actor) or Person(name=actor)
            except DiplorelError:
                raise _UnsureError from None
            stages.append(_new_stage(_STAGES[stage], self._date(when), person, None, None))
        found = tuple(stages)
        if not _valid_life_cycle(found):
            raise _UnsureError
        self._stages[key] = found
        return found

    def _string(self, value: str | None) -> str | None:
        if value is None:
            return None
        return self._strings.setdefault(value, value)

    # -- events and records ---------------------------------------------------------

    def event(self, item: Any) -> Event:
        """The model event of one corpus form (raises _UnsureError when unsure)."""
        if type(item) is not dict or not item.keys() <= _EVENT_KEYS:
            raise _UnsureError
        kind = item.get("kind")
        get = item.get
        parties = self._party_tuple(get("parties"))
        date = self._date(get("date"))
        place = self._string(_text(get("place")))
        sectors = self._sector_set(get("sectors"))
        background = get("background", False)
        if type(background) is not bool:
            raise _UnsureError
        persons, persons_key = self._person_tuple(item)
        evidence = self._evidence(item)
        rules = _rule_names(get("rules"))
        source = self._side(get("source"), parties)
        target = self._side(get("target"), parties)
        if set(source) & set(target):
            raise _UnsureError
        event_id = _text(get("id"))
        if kind == "agreement":
            for key in _NOT_CONSULTATION + _NOT_DECLARATION:
                if get(key) is not None:
                    raise _UnsureError
            instrument = get("instrument")
            kind_of = InstrumentKind.AGREEMENT if instrument is None else _INSTRUMENTS[instrument]
            title = self._string(_text(get("title")))
            quantity = get("quantity")
            if quantity is not None and (type(quantity) is not int or quantity < 2):
                raise _UnsureError
            result: Event = _new_agreement(
                parties,
                date,
                place,
                sectors,
                persons,
                evidence,
                background,
                rules,
                source,
                target,
                event_id,
                kind_of,
                title,
                self._life_cycle(item, date, persons, persons_key),
                quantity,
            )
            return result
        if kind == "consultation":
            for key in (*_NOT_AGREEMENT, *_NOT_DECLARATION, "title"):
                if get(key) is not None:
                    raise _UnsureError
            round_ = get("round")
            if round_ is not None and (type(round_) is not int or round_ < 1):
                raise _UnsureError
            return cast(
                Event,
                _new_consultation(
                    parties,
                    date,
                    place,
                    sectors,
                    persons,
                    evidence,
                    background,
                    rules,
                    source,
                    target,
                    event_id,
                    _FORMATS[cast(str, get("format"))],
                    round_,
                    self._string(_text(get("level"))),
                ),
            )
        if kind == "declaration":
            for key in _NOT_AGREEMENT + _NOT_CONSULTATION:
                if get(key) is not None:
                    raise _UnsureError
            declaration = get("declaration_kind")
            return cast(
                Event,
                _new_declaration(
                    parties,
                    date,
                    place,
                    sectors,
                    persons,
                    evidence,
                    background,
                    rules,
                    source,
                    target,
                    event_id,
                    DeclarationKind.STATEMENT
                    if declaration is None
                    else _DECLARATIONS[declaration],
                    self._string(_text(get("title"))),
                    _text(get("establishes")),
                ),
            )
        raise _UnsureError

    def record(self, record: Any) -> list[Reported]:
        """The reported events of one JSON Lines value, fast when it can be."""
        try:
            return self._record(record)
        except (_UnsureError, KeyError, TypeError, ValueError):
            return reports_of_record(record)

    def _record(self, record: Any) -> list[Reported]:
        if type(record) is not dict or "text" in record or not record.keys() <= _RECORD_KEYS:
            raise _UnsureError
        doc_id = record.get("id")
        if type(doc_id) is not str or not doc_id.strip():
            raise _UnsureError
        published = self._date(record.get("published"))
        if published is not None and not isinstance(published, PartialDate):
            raise _UnsureError
        url = record.get("source_url")
        if url is not None and type(url) is not str:
            raise _UnsureError
        events = record.get("events")
        if events is None:
            return []
        if type(events) is not list:
            raise _UnsureError
        make = self.event
        return [_new_reported(make(item), doc_id, url, ()) for item in events]


def _lines(source: JsonlSource) -> tuple[str, Iterator[str], Callable[[], None]]:
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        handle = path.open(encoding="utf-8")
        return str(path), iter(handle), handle.close
    name = getattr(source, "name", None)
    return (name if isinstance(name, str) else "<stream>"), iter(source), lambda: None


def _fast_loads() -> Callable[[str], Any] | None:
    """``orjson.loads`` when orjson is installed (``pip install diplorel[fast]``), else None."""
    try:
        import orjson  # optional: not a dependency  # noqa: PLC0415
    except ImportError:  # pragma: no cover - depends on the environment
        return None
    return cast(Callable[[str], Any], orjson.loads)


_FAST_LOADS: Final = _fast_loads()


def read_jsonl(
    sources: Iterable[JsonlSource],
    *,
    reader: FastReader | None = None,
    fast_json: bool = True,
) -> Iterator[Reported]:
    """The reported events of JSON Lines files or streams, in order.

    Blank lines are skipped. A line that is not JSON, or not a record, raises
    :class:`~diplorel.errors.SerialisationError` located at ``NAME: line N``.

    When orjson is installed and ``fast_json`` is true, lines are decoded with
    it first; a line it cannot decode, or whose value the fast reader is not
    sure of, is decoded again with :mod:`json` and read the reference way, so
    the values and the errors are the same with or without orjson (orjson
    rejects some texts :mod:`json` reads, such as ``NaN`` or lone surrogates,
    and reads integers beyond 64 bits as floats, which the fast reader never
    accepts).
    """
    fast = FastReader() if reader is None else reader
    quick = _FAST_LOADS if fast_json else None
    quick_record = fast._record
    loads = json.loads
    for source in sources:
        name, lines, close = _lines(source)
        try:
            for number, line in enumerate(lines, 1):
                if quick is not None:
                    try:
                        found = quick_record(quick(line))
                    except (_UnsureError, KeyError, TypeError, ValueError):
                        pass
                    else:
                        yield from found
                        continue
                if not line.strip():
                    continue
                try:
                    record = loads(line)
                except json.JSONDecodeError as exc:
                    raise SerialisationError(
                        f"{name}: line {number}",
                        f"expected a JSON object, found invalid JSON "
                        f"({exc.msg} at column {exc.colno})",
                    ) from None
                try:
                    yield from fast.record(record)
                except SerialisationError as exc:
                    where = f"{name}: line {number}" + (f": {exc.where}" if exc.where else "")
                    raise SerialisationError(where, exc.reason) from None
        finally:
            close()
