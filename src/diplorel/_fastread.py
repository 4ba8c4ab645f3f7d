"""The one fast builder of model records from JSON data, derived from the model.

Reading a million events through the reference readers (the cattrs converter
of :mod:`diplorel.io`, or :func:`diplorel.io.document_from_record` for the
corpus form) takes minutes: every part of every record goes through a
generated structuring function, then through the model's converters and
validators. Most parts repeat (parties, dates, sectors, persons,
life-cycles), so this module reads each distinct part once and shares it.

How it stays equal to the reference without a fallback that could hide a bug:

* **Plans come from the model.** A :class:`RecordPlan` lists an attrs
  class's fields with :func:`attrs.fields` (names, defaults, converters,
  validators, slots); nothing here names an event field. A field added to an
  event class is read by both forms with no edit here (in the corpus form,
  under its own name, as soon as :data:`diplorel.io.RICH_KEYS` lets the key
  through).
* **Parts are structured by the reference.** A part the cache has not seen
  yet is structured by the converter's own hook for the field's type (or, for
  the few keys the corpus form spells its own way, by the corpus rules), then
  passed through the field's converter and validator, and cached under its
  raw JSON value (typed, so that ``1``, ``1.0`` and ``true`` are distinct
  keys).
* **Validators run, or were run for that value.** A validator that read
  nothing of the instance when it accepted a value (checked by calling it
  with an instance that refuses to be read) accepts that value on any
  instance, so a cached part skips it; a validator that reads the instance
  (the direction's ``source`` and ``target``, which must be parties of the
  event) runs on every record built, and ``__attrs_post_init__`` too.
* **Errors come from the reference.** When the fast path meets anything it
  does not accept, it raises :class:`Rejected`, never a value; the caller
  (:func:`checked`) then reads the same data the reference way, which raises
  the located :class:`~diplorel.errors.SerialisationError`. If the reference
  reads it instead, the two disagree: that is a bug, and
  :class:`ReaderMismatchError` says so rather than returning either value.

Records are built by setting their slots (``object.__new__`` then each
slot's ``__set__``): the checks that ``__init__`` would run are those above.
Property tests check that both readers give values equal to the reference
reading and fail with its errors.
"""

from __future__ import annotations

import operator
import types
import typing
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Final, NoReturn, TypeVar

import attrs
import cattrs

from diplorel.errors import DiplorelError

__all__ = [
    "FieldPlan",
    "ReaderMismatchError",
    "RecordPlan",
    "Rejected",
    "StructureReader",
    "checked",
    "freeze",
]

T = TypeVar("T")

Reader = Callable[[Any], Any]
"""Reads one raw JSON value into a model value, or raises :class:`Rejected`."""

_MISSING: Final[Any] = object()
_DICT: Final[Any] = object()
_CACHE_MIN: Final = 4096
"""A field cache is dropped when, past this many entries, nearly every read was a new value."""


class Rejected(Exception):  # noqa: N818 - a signal, not an error shown to users
    """The fast path does not accept this value: the reference reading decides."""


class ReaderMismatchError(RuntimeError):
    """The fast path rejected data that the reference reading accepts: a bug in diplorel."""


def reject() -> NoReturn:
    """Raise :class:`Rejected`."""
    raise Rejected


def checked(fast: Callable[[Any], T], reference: Callable[[Any], object], data: Any) -> T:
    """``fast(data)``, or the reference's error when the fast path rejects ``data``.

    The reference is expected to raise (a located
    :class:`~diplorel.errors.SerialisationError`); when it reads the data
    instead, :class:`ReaderMismatchError` is raised: the two readings must
    agree, and neither value is returned when they do not.
    """
    try:
        return fast(data)
    except (Rejected, RecursionError):
        pass
    reference(data)
    raise ReaderMismatchError(
        "the fast reader rejected a record that the reference reading accepts "
        "(please report it): " + repr(data)[:200]
    )


def freeze(value: Any) -> Any:
    """A hashable key of a JSON value; two keys are equal only for equal values of equal types.

    Strings and ``None`` are their own keys, lists tuples of keys, objects
    tagged tuples of ``(key, value key)`` pairs, other scalars ``(type,
    value)`` (floats by their ``repr``, since ``0.0 == -0.0``).
    """
    kind = type(value)
    if kind is str or value is None:
        return value
    if kind is list:
        for item in value:
            if type(item) is not str:
                return tuple(
                    [item if item is None or type(item) is str else freeze(item) for item in value]
                )
        return tuple(value)
    if kind is dict:
        return (
            _DICT,
            *[
                (key, item if item is None or type(item) is str else freeze(item))
                for key, item in value.items()
            ],
        )
    if kind is float:
        return (kind, repr(value))
    return (kind, value)


class _Unreadable:
    """An instance that refuses to be read: a validator that reads it needs the record."""

    __slots__ = ()

    def __getattribute__(self, name: str) -> Any:
        raise _NeedsInstanceError(name)


class _NeedsInstanceError(Exception):
    """A validator read the instance it validates."""


_UNREADABLE: Final = _Unreadable()


class FieldPlan:
    """One field of an attrs class: its slot, default, converter, validator and cache.

    :meth:`finish` turns a structured value into the field's value as
    ``__init__`` would (the converter applied, the validator run where it
    does not need the record); :meth:`reader` wraps a structuring function
    with a cache of finished values keyed by the raw JSON.
    """

    __slots__ = (
        "_default",
        "attribute",
        "converter",
        "deferred",
        "name",
        "owner",
        "passes",
        "setter",
        "uncached",
        "validator",
    )

    def __init__(self, owner: RecordPlan, attribute: attrs.Attribute[Any]) -> None:
        self.owner = owner
        self.attribute = attribute
        self.name = attribute.name
        converter = attribute.converter
        if isinstance(converter, attrs.Converter):  # pragma: no cover - not in the model
            raise TypeError(f"{owner.cls.__name__}.{self.name}: attrs.Converter is not supported")
        self.converter: Callable[[Any], Any] | None = converter
        self.validator: Callable[[Any, Any, Any], Any] | None = attribute.validator
        self.deferred = False
        self.uncached = False
        self.passes: tuple[
            tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]], dict[Any, Any]], ...
        ] = ()
        """Outcomes of a deferred validator: the fields it read, and the ids of those it passed."""
        self._default: Any = _MISSING
        slot = next(
            (base.__dict__[self.name] for base in owner.cls.__mro__ if self.name in base.__dict__),
            None,
        )
        if isinstance(slot, types.MemberDescriptorType):
            self.setter: Callable[[Any, Any], None] = slot.__set__
        else:  # pragma: no cover - every model class is slotted
            name = self.name
            self.setter = lambda obj, value: object.__setattr__(obj, name, value)

    def finish(self, value: Any) -> Any:
        """The field's value for a structured ``value``, or :class:`Rejected`.

        The converter is applied; the validator is run on an instance that
        refuses to be read: when it reads the instance, the field is marked
        so that its validator runs on every record built.
        """
        try:
            if self.converter is not None:
                value = self.converter(value)
            if self.validator is not None:
                self.validator(_UNREADABLE, self.attribute, value)
        except _NeedsInstanceError:
            if not self.deferred:
                self.deferred = True
                self.owner.defer(self)
        except (DiplorelError, TypeError, ValueError):
            # The model's own checks (attrs' instance_of raises TypeError):
            # the reference reading builds through them and fails too.
            raise Rejected from None
        return value

    def default(self) -> Any:
        """The field's finished default, or :class:`Rejected` when it has none."""
        found = self._default
        if found is _MISSING:
            default: Any = self.attribute.default
            if default is attrs.NOTHING:
                raise Rejected
            if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                if default.takes_self:  # pragma: no cover - not in the model
                    raise TypeError(f"{self.name}: a default that takes self is not supported")
                default = default.factory()
            found = self._default = self.finish(default)
        return found

    def cache(self, structure: Reader) -> tuple[dict[Any, Any], Callable[[Any, Any], Any]]:
        """A cache of finished values by raw JSON key (:func:`freeze`), and the reader
        ``miss(raw, key)`` of a raw value it lacks.

        The cache is given up when, past :data:`_CACHE_MIN` entries, nearly
        every record built read a new value (ids, evidence), where it would
        only cost memory and time: the field is marked :attr:`uncached` and
        its record's builders are made again without it.
        """
        finish = self.finish
        owner = self.owner
        table: dict[Any, Any] = {}

        def miss(raw: Any, key: Any) -> Any:
            value = finish(structure(raw))
            if not self.uncached:
                table[key] = value
                if len(table) >= _CACHE_MIN and len(table) * 10 > owner.built * 9:
                    self.uncached = True
                    table.clear()
                    owner.recompile()
            return value

        return table, miss


@attrs.frozen
class Source:
    """Where a field's value comes from in a JSON object.

    With a ``key``, the raw value under it is read by ``read`` (then
    finished, and cached by its raw JSON when ``cached``); a missing key
    gives the field's default, and so does null with ``null_is_default``.
    Without a key, ``read`` takes the whole object and returns the finished
    value itself.
    """

    key: str | None
    read: Reader
    cached: bool = True
    null_is_default: bool = False


class RecordPlan:
    """How to build one attrs class from field values: its fields in order, by their slots."""

    def __init__(self, cls: type[Any]) -> None:
        if getattr(cls, "__attrs_pre_init__", None) is not None:  # pragma: no cover
            raise TypeError(f"{cls.__name__}: __attrs_pre_init__ is not supported")
        self.cls = cls
        self.built = 0
        self.fields = tuple(FieldPlan(self, attribute) for attribute in attrs.fields(cls))
        self.by_name = {plan.name: plan for plan in self.fields}
        self.types = typing.get_type_hints(cls)
        self._setters = tuple(plan.setter for plan in self.fields)
        self._deferred: tuple[FieldPlan, ...] = ()
        self._post_init: Callable[[Any], None] | None = getattr(cls, "__attrs_post_init__", None)
        self._sources: tuple[dict[str, Source], tuple[str, ...]] | None = None
        self._caches: dict[str, tuple[dict[Any, Any], Callable[[Any, Any], Any]]] = {}
        self.compiled: Callable[[Any], Any] = _not_compiled
        """The builder made by :meth:`compile` (made again when a cache is given up)."""
        self.checks = self._post_init is not None
        self._reads: list[str] = []
        self._probe_class: type[Any] | None = None
        """Whether a record built needs :meth:`check` (deferred validators, post-init)."""

    def compile(
        self, sources: Mapping[str, Source], *, null_keys: Iterable[str] = ()
    ) -> Callable[[Any], Any]:
        """A function building the record from a JSON object, one :class:`Source` per field.

        Like cattrs' generated structuring functions, the code is generated
        for the class (one cache lookup inlined per field), so that reading
        a part already seen costs a dictionary lookup and no call. Keys in
        ``null_keys`` must be missing or null.
        """
        self._sources = (dict(sources), tuple(null_keys))
        names: dict[str, Any] = {
            "_M": _MISSING,
            "_freeze": freeze,
            "_new": object.__new__,
            "_cls": self.cls,
            "_plan": self,
        }
        lines = ["def build(item):", "    get = item.get"]
        for key in null_keys:
            lines += [f"    if get({key!r}) is not None:", "        raise _Rejected"]
        names["_Rejected"] = Rejected
        for index, field in enumerate(self.fields):
            source = sources[field.name]
            v = f"v{index}"
            names[f"_set{index}"] = field.setter
            if source.key is None:
                names[f"_read{index}"] = source.read
                lines.append(f"    {v} = _read{index}(item)")
                continue
            try:  # the finished default, or the call that rejects its absence
                names[f"_default{index}"] = field.default()
                default = f"_default{index}"
            except Rejected:
                names[f"_default{index}"] = field.default
                default = f"_default{index}()"
            missing = "raw is _M or raw is None" if source.null_is_default else "raw is _M"
            lines += [
                f"    raw = get({source.key!r}, _M)",
                f"    if {missing}:",
                f"        {v} = {default}",
            ]
            if source.cached and not field.uncached:
                table, miss = self._caches.get(field.name) or field.cache(source.read)
                self._caches[field.name] = (table, miss)
                names[f"_cache{index}"] = table
                names[f"_miss{index}"] = miss
                lines += [
                    "    else:",
                    "        key = raw if raw is None or type(raw) is str else _freeze(raw)",
                    f"        {v} = _cache{index}.get(key, _M)",
                    f"        if {v} is _M:",
                    f"            {v} = _miss{index}(raw, key)",
                ]
            else:
                names[f"_finish{index}"] = field.finish
                names[f"_read{index}"] = source.read
                lines += ["    else:", f"        {v} = _finish{index}(_read{index}(raw))"]
        lines.append("    obj = _new(_cls)")
        lines += [f"    _set{index}(obj, v{index})" for index in range(len(self.fields))]
        lines += ["    _plan.built += 1", *self._check_lines(names), "    return obj"]
        self.compiled = _function("\n".join(lines), names)
        return self.compiled

    def _check_lines(self, names: dict[str, Any]) -> list[str]:
        """The code that calls :meth:`check` unless every deferred validator's outcome is known.

        A deferred validator is known to pass when the ids of the values it
        read (local variables ``v0``, ``v1``…) are among those it passed.
        """
        if self._post_init is not None or any(not field.passes for field in self._deferred):
            return ["    _plan.check(obj)"] if self.checks else []
        if not self._deferred:
            return []
        names["_id"] = id
        position = {field.name: index for index, field in enumerate(self.fields)}
        known = []
        for number, field in enumerate(self._deferred):
            choices = []
            for choice, (read, _, seen) in enumerate(field.passes):
                names[f"_seen{number}_{choice}"] = seen
                key = ", ".join(f"_id(v{position[name]})" for name in read)
                choices.append(f"({key},) in _seen{number}_{choice}")
            known.append("(" + " or ".join(choices) + ")")
        return [f"    if not ({' and '.join(known)}):", "        _plan.check(obj)"]

    def recompile(self) -> None:
        """Make :attr:`compiled` again (after a field gave up its cache)."""
        if self._sources is not None:
            sources, null_keys = self._sources
            self.compile(sources, null_keys=null_keys)

    def maker(self, *, checks: bool = True) -> Callable[..., Any]:
        """A function building the record from its finished field values, in field order.

        With ``checks`` false, the validators that read the record and
        ``__attrs_post_init__`` are not run either: for a caller that has
        made their checks on the values itself (a property test then pins
        that it accepts exactly what the constructor accepts).
        """
        names: dict[str, Any] = {"_new": object.__new__, "_cls": self.cls, "_plan": self}
        args = ", ".join(f"v{index}" for index in range(len(self.fields)))
        lines = [f"def make({args}):", "    obj = _new(_cls)"]
        for index, field in enumerate(self.fields):
            names[f"_set{index}"] = field.setter
            lines.append(f"    _set{index}(obj, v{index})")
        lines.append("    _plan.built += 1")
        if checks:
            lines += ["    if _plan.checks:", "        _plan.check(obj)"]
        lines.append("    return obj")
        return _function("\n".join(lines), names)

    def defer(self, field: FieldPlan) -> None:
        """Run ``field``'s validator on every record built from now on."""
        self._deferred = (*self._deferred, field)
        self.checks = True
        self.recompile()

    def build(self, values: Iterable[Any]) -> Any:
        """A record of the finished field ``values`` (in field order), or :class:`Rejected`."""
        obj = object.__new__(self.cls)
        for setter, value in zip(self._setters, values, strict=True):
            setter(obj, value)
        self.built += 1
        if self.checks:
            self.check(obj)
        return obj

    def check(self, obj: Any) -> None:
        """Run the validators that read the record, and ``__attrs_post_init__``.

        A validator that read some fields of the record and accepted it
        accepts any record whose fields it read are the same objects: those
        outcomes are kept (with the objects, so that their ids stay theirs)
        and not computed again.
        """
        try:
            for field in self._deferred:
                for _, getter, seen in field.passes:
                    if tuple(map(id, getter(obj))) in seen:
                        break
                else:
                    self._validate(field, obj)
            if self._post_init is not None:
                self._post_init(obj)
        except (DiplorelError, TypeError, ValueError):
            raise Rejected from None

    def _validate(self, field: FieldPlan, obj: Any) -> None:
        """Run ``field``'s validator on ``obj``, and keep the outcome by the fields it read."""
        assert field.validator is not None
        if self._probe_class is None:
            self._probe_class = _probe_class(self.cls, self._reads)
        probe = object.__new__(self._probe_class)
        for plan in self.fields:
            plan.setter(probe, getattr(obj, plan.name))
        self._reads.clear()
        field.validator(probe, field.attribute, getattr(obj, field.name))
        names = tuple(sorted({field.name, *self._reads}))
        getter = _values_getter(names)
        values = getter(obj)
        seen = next((found for known, _, found in field.passes if known == names), None)
        if seen is None:
            seen = {}
            field.passes = (*field.passes, (names, getter, seen))
            self.recompile()
        if len(seen) >= _CACHE_MIN * 16:
            seen.clear()
        seen[tuple(map(id, values))] = values


def _not_compiled(raw: Any) -> Any:
    raise TypeError("RecordPlan.compile was not called")


def _function(source: str, names: dict[str, Any]) -> Callable[..., Any]:
    """The one function defined by ``source``, whose globals are ``names``.

    The source is made by :meth:`RecordPlan.compile` and :meth:`RecordPlan.maker`
    from the model's field positions, and JSON keys written as string
    literals (``repr``): no input is ever part of it. As attrs and cattrs do,
    it is compiled once per class, when a reader is made.
    """
    module = compile(source, "<diplorel._fastread>", "exec")
    (code,) = (item for item in module.co_consts if isinstance(item, types.CodeType))
    function: Callable[..., Any] = types.FunctionType(code, names)
    return function


def _values_getter(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """A function giving the values of the attributes ``names`` of an object, as a tuple."""
    if len(names) == 1:
        (name,) = names
        return lambda obj: (getattr(obj, name),)
    getter: Callable[[Any], tuple[Any, ...]] = operator.attrgetter(*names)
    return getter


def _probe_class(cls: type[Any], reads: list[str]) -> type[Any]:
    """A subclass of ``cls`` whose instances note in ``reads`` the fields read of them."""
    fields = frozenset(field.name for field in attrs.fields(cls))
    read = object.__getattribute__

    def __getattribute__(self: Any, name: str) -> Any:  # noqa: N807
        if name in fields:
            reads.append(name)
        return read(self, name)

    return type(
        f"_Probe{cls.__name__}", (cls,), {"__slots__": (), "__getattribute__": __getattribute__}
    )


def _is_union(type_: Any) -> bool:
    return typing.get_origin(type_) in (typing.Union, types.UnionType)


class StructureReader:
    """Reads the converter's JSON form (what :func:`diplorel.io.dumps` writes) of attrs classes.

    ``records`` are the classes read through a :class:`RecordPlan` (each
    field by its type: nested records, unions of them, tuples and frozensets
    of them, and, for everything else, the converter's own hook, cached).
    ``tags`` maps the ``"kind"`` tag of a tagged union (the events) to its
    class. Anything the converter would reject raises :class:`Rejected`.
    """

    def __init__(
        self,
        converter: cattrs.Converter,
        records: Iterable[type[Any]],
        tags: Mapping[str, type[Any]],
    ) -> None:
        self._converter = converter
        self._tags = dict(tags)
        self._texts: dict[Any, dict[str, Any]] = {}
        self.plans: dict[type[Any], RecordPlan] = {cls: RecordPlan(cls) for cls in records}
        self._readers: dict[type[Any], Reader] = {}
        self._keys: dict[type[Any], frozenset[str]] = {}
        for cls, plan in self.plans.items():
            plan.compile(
                {
                    field.name: Source(field.name, self.type_reader(plan.types[field.name]))
                    for field in plan.fields
                }
            )
            self._keys[cls] = frozenset(plan.by_name)
        self._tagged_keys = {cls: self._keys[cls] | {"kind"} for cls in self._tags.values()}

    # -- by type ----------------------------------------------------------------------

    def type_reader(self, type_: Any) -> Reader:
        """The reader of raw JSON into a value of ``type_`` (not finished for a field)."""
        if type_ in self.plans:
            return self._record_reader(type_)
        if set(self._tags.values()) and _is_union(type_):
            members = set(typing.get_args(type_))
            if members == set(self._tags.values()):
                return self._tagged
            if type(None) in members and len(members) == 2:
                (inner,) = members - {type(None)}
                if inner in self.plans:
                    record = self._record_reader(inner)
                    return lambda raw: None if raw is None else record(raw)
        origin = typing.get_origin(type_)
        args = typing.get_args(type_)
        if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
            item = self.type_reader(args[0])
            return lambda raw: tuple([item(x) for x in raw]) if type(raw) is list else reject()
        if origin is frozenset and len(args) == 1:
            item = self.type_reader(args[0])
            return lambda raw: frozenset([item(x) for x in raw]) if type(raw) is list else reject()
        return self._hook(type_)

    def _hook(self, type_: Any) -> Reader:
        """The converter's hook for ``type_``, sharing its values of strings (dates, parties)."""
        hook = self._converter.get_structure_hook(type_)
        texts = self._texts.setdefault(type_, {})

        def structure(raw: Any) -> Any:
            if type(raw) is str:
                found = texts.get(raw, _MISSING)
                if found is not _MISSING:
                    return found
            try:
                found = hook(raw, type_)
            except Exception:  # the converter's own error: the reference fails the same
                raise Rejected from None
            if type(raw) is str and len(texts) < _CACHE_MIN * 16:
                texts[raw] = found
            return found

        return structure

    def _record_reader(self, cls: type[Any]) -> Reader:
        found = self._readers.get(cls)
        if found is None:

            def read(raw: Any) -> Any:
                return self.record(cls, raw)

            found = self._readers[cls] = read
        return found

    # -- records ------------------------------------------------------------------------

    def record(self, cls: type[Any], raw: Any) -> Any:
        """The ``cls`` record of a JSON object (its fields, each under its name)."""
        if type(raw) is not dict or not raw.keys() <= self._keys[cls]:
            raise Rejected
        return self.plans[cls].compiled(raw)

    def _tagged(self, raw: Any) -> Any:
        if type(raw) is not dict:
            raise Rejected
        tag = raw.get("kind")
        cls = self._tags.get(tag) if type(tag) is str else None
        if cls is None:
            raise Rejected
        if not raw.keys() <= self._tagged_keys[cls]:
            raise Rejected
        return self.plans[cls].compiled(raw)
