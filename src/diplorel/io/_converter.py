"""The cattrs converter between model values and JSON-ready Python data.

The JSON shape, in short:

* a :class:`~diplorel.model.Party` is its code (``"AZE"``) when the registry
  knows that code with the same name, kind, acronym and alpha-2 code, and an
  object of its fields otherwise; structuring accepts both;
* a :class:`~diplorel.model.PartialDate`, a :class:`~diplorel.model.DateSpan`
  and a date value are their EDTF strings (``"2025-04"``, ``"XXXX-06-10"``,
  ``"2024-07-05/2024-07-06"``);
* enums are their values; a set of sectors is a sorted list;
* a :class:`~diplorel.model.Span` is ``{"start", "end", "text"}``;
* an event is an object whose first key is ``"kind"`` (``agreement``,
  ``consultation`` or ``declaration``) followed by its fields, and is
  structured back by that tag;
* a :class:`~diplorel.model.Document` is
  ``{"id", "published", "source_url", "text", "events"}``.

Structuring is strict: strings must be strings, integers integers (not
strings, floats or booleans), booleans booleans, enum values must be known,
required keys present and unknown keys are rejected.
"""

from __future__ import annotations

import enum
import json
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, Final

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from diplorel._registry import party_or_none
from diplorel.errors import ParseError
from diplorel.model import (
    Agreement,
    AgreementStage,
    Consultation,
    DateSpan,
    Declaration,
    Document,
    PartialDate,
    Party,
    Person,
    Span,
    parse_date_value,
)

__all__ = ["EVENT_TYPES", "ShapeError", "describe", "make_converter"]

EVENT_TYPES: Final[Mapping[str, type[Agreement | Consultation | Declaration]]] = {
    cls.kind.value: cls for cls in (Agreement, Consultation, Declaration)
}
"""The event classes by their ``kind`` tag."""

_EVENT_SET: Final = frozenset(EVENT_TYPES.values())
_DATE_SET: Final = frozenset({PartialDate, DateSpan})
_NONE: Final = type(None)
_DATE_FORMS: Final = "a date such as 2025, 2025-05, 2025-04-21 or XXXX-06-10"
_RANGE_FORMS: Final = "a range such as 2024-07-05/2024-07-06"

Hook = Callable[[Any, Any], Any]


class ShapeError(TypeError):
    """A value of the wrong JSON type or form; the message says expected and found."""


def describe(value: object) -> str:
    """Describe a JSON value for an error message: ``the string '1'``, ``a list``."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, int | float):
        text = repr(value)
        return f"the number {text if len(text) <= 40 else text[:37] + '...'}"
    if isinstance(value, str):
        text = value if len(value) <= 40 else value[:37] + "..."
        return f"the string {text!r}"
    if isinstance(value, list | tuple):
        return f"a list of {len(value)} item{'' if len(value) == 1 else 's'}"
    if isinstance(value, Mapping):
        return "an object"
    return f"a {type(value).__name__}"


def _mismatch(expected: str, value: object) -> ShapeError:
    return ShapeError(f"expected {expected}, found {describe(value)}")


# -- primitives ---------------------------------------------------------------


def _structure_str(value: Any, _type: Any) -> str:
    if isinstance(value, str):
        return value
    raise _mismatch("a string", value)


def _structure_int(value: Any, _type: Any) -> int:
    if type(value) is int:
        return value
    raise _mismatch("an integer", value)


def _structure_bool(value: Any, _type: Any) -> bool:
    if type(value) is bool:
        return value
    raise _mismatch("true or false", value)


def _structure_enum(value: Any, type_: type[enum.Enum]) -> enum.Enum:
    for member in type_:
        if type(value) is type(member.value) and value == member.value:
            return member
    allowed = ", ".join(repr(member.value) for member in type_)
    raise _mismatch(f"one of {allowed}", value)


def _enum_value(member: enum.Enum) -> Any:
    return member.value


# -- collections --------------------------------------------------------------


def _is_union(type_: Any) -> bool:
    return typing.get_origin(type_) in (typing.Union, types.UnionType)


def _is_homogeneous(origin: type[Any]) -> Callable[[Any], bool]:
    def predicate(type_: Any) -> bool:
        if typing.get_origin(type_) is not origin:
            return False
        args = typing.get_args(type_)
        if origin is tuple:
            return len(args) == 2 and args[1] is Ellipsis
        return len(args) == 1

    return predicate


def _items(converter: cattrs.Converter, type_: Any, value: Any) -> list[Any]:
    """Structure the items of a JSON list, collecting errors with their index."""
    if not isinstance(value, list | tuple):
        raise _mismatch("a list", value)
    item_type = typing.get_args(type_)[0]
    hook = converter.get_structure_hook(item_type)
    items: list[Any] = []
    errors: list[Exception] = []
    for index, item in enumerate(value):
        try:
            items.append(hook(item, item_type))
        except Exception as exc:
            note = IterableValidationNote(f"Structuring {type_} @ index {index}", index, item_type)
            exc.__notes__ = [*getattr(exc, "__notes__", []), note]
            errors.append(exc)
    if errors:
        raise IterableValidationError(f"While structuring {type_!r}", errors, type_)
    return items


def _tuple_structure_factory(converter: cattrs.Converter) -> Callable[[Any], Hook]:
    def factory(type_: Any) -> Hook:
        def structure(value: Any, _type: Any) -> tuple[Any, ...]:
            return tuple(_items(converter, type_, value))

        return structure

    return factory


def _frozenset_structure_factory(converter: cattrs.Converter) -> Callable[[Any], Hook]:
    def factory(type_: Any) -> Hook:
        def structure(value: Any, _type: Any) -> frozenset[Any]:
            return frozenset(_items(converter, type_, value))

        return structure

    return factory


def _unstructure_sequence(converter: cattrs.Converter) -> Callable[[Any], Callable[[Any], Any]]:
    def factory(type_: Any) -> Callable[[Any], Any]:
        def unstructure(value: Any) -> list[Any]:
            return [converter.unstructure(item) for item in value]

        return unstructure

    return factory


def _unstructure_set(converter: cattrs.Converter) -> Callable[[Any], Callable[[Any], Any]]:
    def factory(type_: Any) -> Callable[[Any], Any]:
        def unstructure(value: Any) -> list[Any]:
            items = [converter.unstructure(item) for item in value]
            try:
                return sorted(items)
            except TypeError:  # objects: sort by their JSON text
                return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

        return unstructure

    return factory


# -- dates --------------------------------------------------------------------


def _is_date_type(type_: Any) -> bool:
    if type_ in _DATE_SET:
        return True
    if not _is_union(type_):
        return False
    kinds = set(typing.get_args(type_)) - {_NONE}
    return bool(kinds) and kinds <= _DATE_SET


def _date_structure_hook(type_: Any) -> Hook:
    args = set(typing.get_args(type_)) if _is_union(type_) else {type_}
    nullable = _NONE in args
    allowed = tuple(kind for kind in (PartialDate, DateSpan) if kind in args)
    if allowed == (PartialDate,):
        expected = _DATE_FORMS
    elif allowed == (DateSpan,):
        expected = _RANGE_FORMS
    else:
        expected = f"{_DATE_FORMS}, or {_RANGE_FORMS}"
    if nullable:
        expected += ", or null"

    def structure(value: Any, _type: Any) -> PartialDate | DateSpan | None:
        if value is None and nullable:
            return None
        if not isinstance(value, str):
            raise _mismatch(expected, value)
        try:
            parsed = parse_date_value(value)
        except ParseError as exc:
            raise ShapeError(
                f"expected {expected}, found {describe(value)} ({exc.reason})"
            ) from None
        if not isinstance(parsed, allowed):
            raise _mismatch(expected, value)
        return parsed

    return structure


def _isoformat(value: PartialDate | DateSpan) -> str:
    return value.isoformat()


# -- records ------------------------------------------------------------------


def _record_structure_hook(converter: cattrs.Converter, cls: type[Any]) -> Hook:
    """The generated structure hook of an attrs class, after a check for an object."""
    generated = make_dict_structure_fn(cls, converter, _cattrs_forbid_extra_keys=True)

    def structure(value: Any, _type: Any) -> Any:
        if not isinstance(value, dict):
            raise _mismatch(f"an object ({cls.__name__})", value)
        return generated(value, cls)

    return structure


def _same_party(a: Party, b: Party) -> bool:
    return attrs.astuple(a, recurse=False) == attrs.astuple(b, recurse=False)


def _party_hooks(converter: cattrs.Converter) -> tuple[Hook, Callable[[Party], Any]]:
    as_record = _record_structure_hook(converter, Party)
    record = make_dict_unstructure_fn(Party, converter)

    def structure(value: Any, _type: Any) -> Party:
        if isinstance(value, str):
            known = party_or_none(value)
            if known is not None and known.code == value:
                return known
            hint = "" if known is None else f" (the registry's code is {known.code!r})"
            raise ShapeError(
                f"expected a registered party code or a party object, "
                f"found the unknown code {value!r}{hint}"
            )
        if isinstance(value, dict):
            result: Party = as_record(value, Party)
            return result
        raise _mismatch("a registered party code or a party object", value)

    def unstructure(value: Party) -> Any:
        known = party_or_none(value.code)
        if known is not None and _same_party(known, value):
            return value.code
        return record(value)

    return structure, unstructure


def _kind_error(message: str, cls: type[Any]) -> ClassValidationError:
    """A class error whose one sub-error is located at the ``kind`` key."""
    exc = ShapeError(message)
    exc.__notes__ = [AttributeValidationNote(f"Structuring {cls}", "kind", str)]
    return ClassValidationError(f"While structuring {cls.__name__}", [exc], cls)


def _event_hooks(
    converter: cattrs.Converter,
) -> tuple[dict[type[Any], Hook], Hook, dict[type[Any], Callable[[Any], Any]]]:
    structure_hooks: dict[type[Any], Hook] = {}
    unstructure_hooks: dict[type[Any], Callable[[Any], Any]] = {}
    tags = ", ".join(repr(tag) for tag in EVENT_TYPES)

    for tag, cls in EVENT_TYPES.items():
        fields = _record_structure_hook(converter, cls)
        record = make_dict_unstructure_fn(cls, converter)

        def structure(
            value: Any, _type: Any, _tag: str = tag, _cls: type[Any] = cls, _fields: Hook = fields
        ) -> Any:
            if isinstance(value, dict) and "kind" in value:
                if value["kind"] != _tag:
                    raise _kind_error(f"expected {_tag!r}, found {describe(value['kind'])}", _cls)
                value = {key: item for key, item in value.items() if key != "kind"}
            return _fields(value, _cls)

        def unstructure(
            value: Any, _tag: str = tag, _record: Callable[[Any], Any] = record
        ) -> dict[str, Any]:
            return {"kind": _tag, **_record(value)}

        structure_hooks[cls] = structure
        unstructure_hooks[cls] = unstructure

    def structure_event(value: Any, _type: Any) -> Any:
        if not isinstance(value, dict):
            raise _mismatch("an event object", value)
        if "kind" not in value:
            raise _kind_error(
                f"expected the event tag, one of {tags}, found it missing", Agreement
            )
        cls = EVENT_TYPES.get(value["kind"]) if isinstance(value["kind"], str) else None
        if cls is None:
            raise _kind_error(
                f"expected one of {tags}, found {describe(value['kind'])}", Agreement
            )
        return structure_hooks[cls](value, cls)

    return structure_hooks, structure_event, unstructure_hooks


def _is_event_union(type_: Any) -> bool:
    return _is_union(type_) and set(typing.get_args(type_)) == _EVENT_SET


def _document_unstructure(converter: cattrs.Converter) -> Callable[[Document], dict[str, Any]]:
    def unstructure(doc: Document) -> dict[str, Any]:
        return {
            "id": doc.id,
            "published": None if doc.published is None else doc.published.isoformat(),
            "source_url": doc.source_url,
            "text": doc.text,
            "events": [converter.unstructure(event) for event in doc.events],
        }

    return unstructure


def make_converter() -> cattrs.Converter:
    """A new converter for every model type, with diplorel's JSON shape.

    Each call builds a fresh converter, so configuring one never affects
    another; the helpers of :mod:`diplorel.io` share one private instance.

    >>> from diplorel.model import PartialDate
    >>> converter = make_converter()
    >>> converter.unstructure(PartialDate(year=2025, month=5))
    '2025-05'
    >>> converter.structure("XXXX-06-10", PartialDate)
    PartialDate('XXXX-06-10')
    """
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)

    # Class hooks go to a singledispatch that cattrs consults first, by MRO:
    # the enum bases must be registered as classes too, or the str and int
    # hooks would catch StrEnum and IntEnum members.
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(bool, _structure_bool)
    for base in (enum.Enum, enum.StrEnum, enum.IntEnum):
        converter.register_structure_hook(base, _structure_enum)
        converter.register_unstructure_hook(base, _enum_value)

    converter.register_structure_hook_factory(
        _is_homogeneous(tuple), _tuple_structure_factory(converter)
    )
    converter.register_structure_hook_factory(
        _is_homogeneous(frozenset), _frozenset_structure_factory(converter)
    )
    converter.register_unstructure_hook_factory(
        _is_homogeneous(tuple), _unstructure_sequence(converter)
    )
    converter.register_unstructure_hook_factory(
        _is_homogeneous(frozenset), _unstructure_set(converter)
    )
    # Bare collections (a value's runtime class): lists, and sets sorted.
    for sequence in (tuple, list):
        converter.register_unstructure_hook(sequence, _unstructure_sequence(converter)(sequence))
    for unordered in (frozenset, set):
        converter.register_unstructure_hook(unordered, _unstructure_set(converter)(unordered))

    converter.register_structure_hook_factory(_is_date_type, _date_structure_hook)
    converter.register_unstructure_hook(PartialDate, _isoformat)
    converter.register_unstructure_hook(DateSpan, _isoformat)

    party_structure, party_unstructure = _party_hooks(converter)
    converter.register_structure_hook(Party, party_structure)
    converter.register_unstructure_hook(Party, party_unstructure)

    for cls in (Span, Person, AgreementStage, Document):
        converter.register_structure_hook(cls, _record_structure_hook(converter, cls))

    structure_hooks, structure_event, unstructure_hooks = _event_hooks(converter)
    for cls, hook in structure_hooks.items():
        converter.register_structure_hook(cls, hook)
    for cls, unhook in unstructure_hooks.items():
        converter.register_unstructure_hook(cls, unhook)
    converter.register_structure_hook_func(_is_event_union, structure_event)

    converter.register_unstructure_hook(Document, _document_unstructure(converter))
    return converter
