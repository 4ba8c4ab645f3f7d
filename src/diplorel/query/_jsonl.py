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
way takes minutes, so :class:`FastReader` reads the same form with the one
fast builder of :mod:`diplorel._fastread`: the records are built from the
model's own fields, and parts that repeat (parties, dates, sectors, persons,
life-cycles) are read once. There is no fallback: the fast path either
returns what the reference reading returns, or rejects the line, which is
then read the reference way to raise its located
:class:`~diplorel.errors.SerialisationError` (and if the reference reads
it, the disagreement is raised as a bug). Property tests check both.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any, Final, cast

import attrs

from diplorel._fastread import (
    FieldPlan,
    RecordPlan,
    Rejected,
    Source,
    StructureReader,
    checked,
    freeze,
)
from diplorel._registry import party
from diplorel.errors import DiplorelError, SerialisationError
from diplorel.io import (
    CORPUS_KEYS,
    EVENT_TYPES,
    KIND_KEYS,
    RICH_KEYS,
    document_from_record,
    make_converter,
    reject_lone_surrogates,
    structure,
)
from diplorel.model import (
    AgreementStage,
    DateValue,
    Document,
    Event,
    Party,
    Person,
    Span,
    Stage,
)
from diplorel.query._reported import Reported

__all__ = [
    "FastReader",
    "JsonlSource",
    "decode_line",
    "read_jsonl",
    "reports_of_document",
    "reports_of_record",
    "restored_evidence",
]

JsonlSource = str | os.PathLike[str] | IO[str]
"""A path to a JSON Lines file, or an open text stream."""

_MISSING: Final[Any] = object()
_EVENT_KEYS: Final = frozenset(CORPUS_KEYS + RICH_KEYS)
_RECORD_KEYS: Final = frozenset({"id", "published", "source_url", "events"})
_PERSON_KEYS: Final = frozenset({"name", "role", "party"})
_STAGE_KEYS: Final = frozenset({"stage", "date", "actor"})
_STAGES: Final = {item.value: item for item in Stage}
_SIDES: Final = frozenset({"source", "target"})
_SPELLED: Final = {"declaration": "declaration_kind"}
"""Fields the corpus form keeps under another key."""
_NULL_IS_DEFAULT: Final = frozenset({"sectors", "rules", "instrument", "declaration"})
"""Fields whose corpus key may be null for the field's default."""


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


def _converter_reader() -> StructureReader:
    """A reader of the converter's JSON form of documents (a line with a ``"text"`` key)."""
    return StructureReader(
        make_converter(),
        (Document, Reported, *EVENT_TYPES.values(), AgreementStage, Person, Span),
        EVENT_TYPES,
    )


def _party_codes(raw: Any, *, required: bool) -> list[Party]:
    """Parties by their registry codes, as the corpus form gives them (``null``: none)."""
    if raw is None and not required:
        return []
    if type(raw) is not list or (required and not raw):
        raise Rejected
    found = []
    for code in raw:
        if type(code) is not str:
            raise Rejected
        try:
            found.append(party(code))
        except LookupError:
            raise Rejected from None
    return found


def _person(name: str, role: str | None, code: str | None) -> Person:
    member = None if code is None else _party_codes([code], required=True)[0]
    try:
        return Person(name=name, role=role, party=member)
    except DiplorelError:
        raise Rejected from None


def _spans(spans: Any, quote: Any) -> tuple[Span, ...]:
    """The evidence of a corpus form without its text (:func:`restored_evidence`), checked."""
    if quote is not None and type(quote) is not str:
        raise Rejected
    if spans is None:
        return ()
    if type(spans) is not list:
        raise Rejected
    for pair in spans:
        if type(pair) is not list or len(pair) != 2:
            raise Rejected
        start, end = pair
        if type(start) is not int or type(end) is not int:
            raise Rejected
    if not spans or quote is None:
        return ()
    start, end = spans[0]
    if start < 0 or end - start != len(quote):
        return ()
    # The checks of Span's validators and __attrs_post_init__ are made above
    # (ints, not bools, start >= 0, a quote of the span's length, so end >= start).
    return (_make_span(start, end, quote),)


_make_span: Final = RecordPlan(Span).maker(checks=False)
"""``Span(start=, end=, text=)`` from values whose checks the caller made (:func:`_spans`)."""


class _CorpusEvent:
    """How to read the corpus form of one kind of event into its class, field by field.

    The fields are the class's (:class:`~diplorel._fastread.RecordPlan`); each
    is read from the key of its own name with the converter's hook for its
    type, except the few the corpus form spells its own way (parties and
    directions as codes, :data:`_SPELLED`, :data:`_NULL_IS_DEFAULT`, and the
    persons, evidence and stages, each built from several keys).
    """

    def __init__(
        self,
        cls: type[Event],
        hooks: StructureReader,
        dates: dict[str, DateValue] | None = None,
    ) -> None:
        self.plan = RecordPlan(cls)
        self._hooks = hooks
        kind = cls.kind.value
        self._null = tuple(key for key, kinds in KIND_KEYS.items() if kind not in kinds)
        self._dates = {} if dates is None else dates
        """The stages' dates, shared by the readers of the three kinds."""
        self._read_date = hooks.type_reader(DateValue | None)
        self._persons_key: Any = None
        self._person: dict[tuple[str, str | None, str | None], Person] = {}
        self.plan.compile(
            {field.name: self._source(field) for field in self.plan.fields}, null_keys=self._null
        )
        names = [field.name for field in self.plan.fields]
        if "stages" in names:  # stages are read after the date and persons they use
            assert names.index("stages") > max(names.index("date"), names.index("persons"))

    def build(self, item: dict[str, Any]) -> Event:
        """The event of one corpus form of this kind, or Rejected."""
        event: Event = self.plan.compiled(item)
        return event

    def _source(self, field: FieldPlan) -> Source:
        name = field.name
        if name == "parties" or name in _SIDES:
            codes = functools.partial(_party_codes, required=name == "parties")
            return Source(name, codes, null_is_default=name != "parties")
        if name == "persons":
            self._get_persons = self._persons_getter(field)
            return Source(None, self._get_persons)
        if name == "evidence":
            finish, default = field.finish, field.default()

            def evidence(item: dict[str, Any]) -> Any:
                found = _spans(item.get("spans"), item.get("evidence"))
                return finish(found) if found else default

            return Source(None, evidence)
        if name == "stages":
            return Source(None, self._stages_getter(field))
        key = _SPELLED.get(name, name)
        if key not in _EVENT_KEYS:  # a field the corpus form does not carry
            default = field.default
            return Source(None, lambda item: default())
        read = self._hooks.type_reader(self.plan.types[name])
        return Source(key, read, null_is_default=name in _NULL_IS_DEFAULT)

    def _date(self, raw: str | None) -> DateValue | None:
        """A date the event's ``date`` field has read already (so a string or null)."""
        if raw is None:
            return None
        found = self._dates.get(raw)
        if found is None:
            found = self._dates[raw] = self._read_date(raw)
        return found

    def _persons_getter(self, field: FieldPlan) -> Callable[[dict[str, Any]], Any]:
        """Persons from ``persons`` when given, else from ``heads``; cached by both, raw.

        The key is made of the raw values (:func:`_raw_key`) before anything is
        checked or built; a value is cached only once checked, so a key equal
        to a cached one holds the same strings and nulls.
        """
        cache: dict[Any, tuple[Person, ...]] = {}
        finish = field.finish

        def get(item: dict[str, Any]) -> tuple[Person, ...]:
            heads, persons = item.get("heads"), item.get("persons")
            key = self._persons_key = (_raw_key(heads), _raw_key(persons))
            try:
                found = cache.get(key)
            except TypeError:  # an unhashable part (a list in a person): never valid
                raise Rejected from None
            if found is None:
                found = cache[key] = finish(self._persons(heads, _person_parts(persons)))
            return found

        return get

    def _persons(self, heads: Any, parts: Any) -> tuple[Person, ...]:
        if heads is not None and (
            type(heads) is not list or any(type(name) is not str for name in heads)
        ):
            raise Rejected
        if parts is None:
            parts = [(name, None, None) for name in heads or ()]
        found = []
        for part in parts:
            person = self._person.get(part)
            if person is None:
                person = self._person[part] = _person(*part)
            found.append(person)
        if heads is not None and heads != [person.name for person in found]:
            raise Rejected
        return tuple(found)

    def _stages_getter(self, field: FieldPlan) -> Callable[[dict[str, Any]], Any]:
        """The life-cycle of ``status`` and ``stages``, with the event's date and persons.

        Cached by the raw ``status`` and ``stages`` (:func:`_raw_key`), and
        the event's date when there are no stages; a life-cycle with actors
        depends on the event's persons too, so it is cached apart, by the
        persons' key as well.
        """
        cache: dict[Any, Any] = {}
        acted: dict[Any, tuple[AgreementStage, ...]] = {}
        finish = field.finish

        def get(item: dict[str, Any]) -> tuple[AgreementStage, ...]:
            status, raw = item.get("status"), item.get("stages")
            if raw is not None and type(raw) is not list:
                raise Rejected
            # without stages, the date is one the date field has read already
            key = (status, item.get("date") if raw is None else _raw_key(raw))
            try:
                found = cache.get(key)
            except TypeError:  # an unhashable part: never valid
                raise Rejected from None
            if found is _ACTED:
                found = acted.get((key, self._persons_key))
            if found is None:
                if status is not None and type(status) is not str:
                    raise Rejected
                parts = None if raw is None else tuple([_stage_key(value) for value in raw])
                found = finish(self._stages(item, status, parts))
                if parts is not None and any(part[2] is not None for part in parts):
                    cache[key] = _ACTED
                    acted[key, self._persons_key] = found
                else:
                    cache[key] = found
            stages: tuple[AgreementStage, ...] = found
            return stages

        return get

    def _stages(
        self, item: dict[str, Any], status: str | None, parts: Any
    ) -> tuple[AgreementStage, ...]:
        if status is not None and status not in _STAGES:
            raise Rejected
        if parts is None:
            if status is None:
                raise Rejected
            return (_stage(_STAGES[status], self._date(item.get("date")), None),)
        if not parts:
            raise Rejected
        by_name = {person.name: person for person in self._get_persons(item)}
        stages = []
        for stage, when, actor in parts:
            if stage not in _STAGES:
                raise Rejected
            try:
                person = None if actor is None else by_name.get(actor) or Person(name=actor)
            except DiplorelError:
                raise Rejected from None
            stages.append(_stage(_STAGES[stage], self._date(when), person))
        if status is not None and status != stages[-1].stage.value:
            raise Rejected
        return tuple(stages)


_ACTED: Final[Any] = object()
"""In a life-cycle cache: the life-cycle has actors, look it up with the persons too."""


def _raw_key(value: Any) -> Any:
    """A key of a JSON value made of strings, nulls, lists of them and flat objects of them.

    ``None`` and strings are their own keys, a list the tuple of its items'
    keys, an object the tuple of its ``(key, value)`` items. Nothing is
    checked: other values give keys that no checked value has (JSON gives no
    object equal to a string but that string, nor to ``None`` but ``None``),
    or raise ``TypeError`` when hashed. The caller caches a value only once
    it has checked its raw value.
    """
    if type(value) is list:
        return tuple([tuple(item.items()) if type(item) is dict else item for item in value])
    return value


def _person_parts(persons: Any) -> tuple[tuple[str, str | None, str | None], ...] | None:
    """``(name, role, party)`` of each person of a corpus form, checked for their JSON types."""
    if persons is None:
        return None
    if type(persons) is not list:
        raise Rejected
    keys = []
    for value in persons:
        if type(value) is not dict or not value.keys() <= _PERSON_KEYS:
            raise Rejected
        name, role, code = value.get("name"), value.get("role"), value.get("party")
        if (
            type(name) is not str
            or (role is not None and type(role) is not str)
            or (code is not None and type(code) is not str)
        ):
            raise Rejected
        keys.append((name, role, code))
    return tuple(keys)


def _cached(cache: tuple[dict[Any, Any], Callable[[Any, Any], Any]], raw: Any) -> Any:
    """The value of ``raw`` in a :meth:`~diplorel._fastread.FieldPlan.cache`."""
    table, miss = cache
    key = freeze(raw)
    found = table.get(key, _MISSING)
    return miss(raw, key) if found is _MISSING else found


def _stage_key(value: Any) -> tuple[str, str | None, str | None]:
    """``(stage, date, actor)`` of a stage in corpus form, checked for their JSON types."""
    if type(value) is not dict or not value.keys() <= _STAGE_KEYS:
        raise Rejected
    stage, date, actor = value.get("stage"), value.get("date"), value.get("actor")
    if type(stage) is not str:
        raise Rejected
    if (date is not None and type(date) is not str) or (
        actor is not None and type(actor) is not str
    ):
        raise Rejected
    return stage, date, actor


def _stage(stage: Stage, date: DateValue | None, actor: Person | None) -> AgreementStage:
    try:
        return AgreementStage(stage=stage, date=date, actor=actor)
    except DiplorelError:  # pragma: no cover - the parts are checked already
        raise Rejected from None


class FastReader:
    """Reads document records into reported events, sharing repeated parts.

    One reader caches the parts it has built (party tuples, dates, sector
    sets, persons, life-cycles), so equal parts of different events are one
    object in memory. Use one reader per collection being loaded. Records are
    built by :mod:`diplorel._fastread` from the model's own fields; a record
    it does not accept is read the reference way (:func:`reports_of_record`),
    which raises the located :class:`~diplorel.errors.SerialisationError`.
    """

    def __init__(self) -> None:
        self._hooks = _converter_reader()
        dates: dict[str, DateValue] = {}
        self._events = {
            tag: _CorpusEvent(cls, self._hooks, dates) for tag, cls in EVENT_TYPES.items()
        }
        self._plans = {tag: reader.plan for tag, reader in self._events.items()}
        self._document = RecordPlan(Document)
        self._reported = RecordPlan(Reported)
        hooks = self._hooks
        doc = self._document.by_name
        self._id = doc["id"].finish
        self._published = doc["published"].cache(
            hooks.type_reader(self._document.types["published"])
        )
        self._finish_event = self._reported.by_name["event"].finish
        self._make_reported = self._reported.maker()
        self._url = doc["source_url"].cache(hooks.type_reader(self._document.types["source_url"]))

    def event(self, item: Any) -> Event:
        """The model event of one corpus form, or :class:`~diplorel._fastread.Rejected`."""
        if type(item) is not dict or not item.keys() <= _EVENT_KEYS:
            raise Rejected
        kind = item.get("kind")
        reader = self._events.get(kind) if type(kind) is str else None
        if reader is None:
            raise Rejected
        found: Event = reader.build(item)
        return found

    def record(self, record: Any) -> list[Reported]:
        """The reported events of one JSON Lines value (a document record or a full document).

        Raises :class:`~diplorel.errors.SerialisationError` located in the
        record when it cannot be read.
        """
        return checked(self.fast_record, reports_of_record, record)

    def fast_record(self, record: Any) -> list[Reported]:
        """:meth:`record` without the reference: :class:`~diplorel._fastread.Rejected` on error."""
        if type(record) is not dict:
            raise Rejected
        if "text" in record:
            return reports_of_document(self._hooks.record(Document, record))
        if not record.keys() <= _RECORD_KEYS or "id" not in record:
            raise Rejected
        doc_id = record["id"]
        if type(doc_id) is not str:
            raise Rejected
        self._id(doc_id)
        self._document.built += 1  # for the caches' hit rates
        _cached(self._published, record.get("published"))
        url = _cached(self._url, record.get("source_url"))
        events = record.get("events")
        if events is None:
            return []
        if type(events) is not list:
            raise Rejected
        plan = self._reported
        given = {"document_id": doc_id, "source_url": url}
        row = [
            field.finish(given[field.name])
            if field.name in given
            else _MISSING
            if field.name == "event"
            else field.default()
            for field in plan.fields
        ]
        finish, make, plans = self._finish_event, self._make_reported, self._plans
        if row[0] is not _MISSING:  # pragma: no cover - the event is the first field
            raise TypeError("Reported.event must be its first field")
        rest = row[1:]
        found = []
        for item in events:
            if type(item) is not dict or not item.keys() <= _EVENT_KEYS:
                raise Rejected
            kind = item.get("kind")
            kind_plan = plans.get(kind) if type(kind) is str else None
            if kind_plan is None:
                raise Rejected
            found.append(make(finish(kind_plan.compiled(item)), *rest))
        return found


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


def decode_line(line: str, where: str, loads: Callable[[str], Any] = json.loads) -> Any:
    """The JSON value of one line of a JSON Lines file, checked as every reader checks it.

    Raises :class:`~diplorel.errors.SerialisationError` located at ``where``
    (``NAME: line N``) for a line that is not JSON, or whose text holds a lone
    surrogate (:func:`diplorel.io.reject_lone_surrogates`).
    """
    try:
        value = loads(line)
    except json.JSONDecodeError as exc:
        raise SerialisationError(
            where,
            f"expected a JSON object, found invalid JSON ({exc.msg} at column {exc.colno})",
        ) from None
    except RecursionError:
        raise SerialisationError(
            where, "expected a JSON object, found one nested too deeply"
        ) from None
    reject_lone_surrogates(line, value, where)
    return value


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
    quick_record = fast.fast_record
    loads = json.loads
    for source in sources:
        name, lines, close = _lines(source)
        try:
            for number, line in enumerate(lines, 1):
                if quick is not None:
                    # A line orjson cannot decode (ValueError), or whose value the
                    # fast path rejects, is decoded again with json and read below.
                    try:
                        value = quick(line)
                    except ValueError:
                        value = _MISSING
                    if value is not _MISSING:
                        try:
                            found = quick_record(value)
                        except (Rejected, RecursionError):
                            pass
                        else:
                            yield from found
                            continue
                if not line.strip():
                    continue
                record = decode_line(line, f"{name}: line {number}", loads)
                try:
                    yield from fast.record(record)
                except SerialisationError as exc:
                    where = f"{name}: line {number}" + (f": {exc.where}" if exc.where else "")
                    raise SerialisationError(where, exc.reason) from None
        finally:
            close()
