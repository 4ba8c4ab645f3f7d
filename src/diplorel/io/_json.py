"""JSON and JSON Lines reading and writing of model values.

Every failure to read becomes one :class:`~diplorel.errors.SerialisationError`
whose ``where`` gives the line (JSON Lines) and the path to the field
(``line 3: events[1].stages[0].date``) and whose ``reason`` says what was
expected and what was found.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Generator, Iterable, Iterator
from functools import cache
from types import TracebackType
from typing import Any, Protocol, TypeVar, overload

import attrs
import cattrs
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError

from diplorel.errors import DiplorelError, ParseError, SerialisationError
from diplorel.io._converter import ShapeError, make_converter

__all__ = [
    "JsonlReader",
    "dump_jsonl",
    "dumps",
    "iter_jsonl",
    "load_jsonl",
    "loads",
    "reject_lone_surrogates",
    "structure",
    "unstructure",
]

T = TypeVar("T")

_TOP: str = "top level"
_FIELD_PREFIX = re.compile(r"(?P<name>[a-z_]+)(?:\[[0-9]+\])?(?:\.[a-z_]+)?(?=[ :])")
_MORE_PATHS = 4


class SupportsWrite(Protocol):
    """Anything with a ``write(str)`` method, such as an open text file."""

    def write(self, text: str, /) -> object:
        """Write ``text``."""


@cache
def _converter() -> cattrs.Converter:
    """The one converter the module-level helpers share (never handed out)."""
    return make_converter()


# -- errors -------------------------------------------------------------------


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path and name else path or name


def _field_of(exc: BaseException, cls: type[Any]) -> str:
    """The field a model validation error names first (``parties``, ``events[0].evidence``).

    Model messages start with the field's name, so the error of a whole
    record can still be located at one of its fields.
    """
    if isinstance(exc, ForbiddenExtraKeysError):
        return str(min(exc.extra_fields, key=str))
    if not isinstance(exc, DiplorelError) or not attrs.has(cls):
        return ""
    match = _FIELD_PREFIX.match(str(exc))
    if match is None or match["name"] not in attrs.fields_dict(cls):
        return ""
    return match[0]


def _leaves(exc: BaseException, path: str) -> Iterator[tuple[str, BaseException]]:
    """The innermost errors of a cattrs error tree, each with its field path."""
    if isinstance(exc, ClassValidationError):
        with_notes, without = exc.group_exceptions()
        for sub, note in with_notes:
            yield from _leaves(sub, _join(path, note.name))
        for sub in without:
            yield from _leaves(sub, _join(path, _field_of(sub, exc.cl)))
    elif isinstance(exc, IterableValidationError):
        with_items, others = exc.group_exceptions()
        for sub, item in with_items:
            yield from _leaves(sub, f"{path}[{item.index}]")
        for sub in others:
            yield from _leaves(sub, path)
    elif isinstance(exc, BaseExceptionGroup):
        for member in exc.exceptions:
            yield from _leaves(member, path)
    else:
        yield path, exc


def _reason(exc: BaseException) -> str:
    """What was expected and what was found, for one innermost error."""
    if isinstance(exc, ShapeError):
        return str(exc)
    if isinstance(exc, KeyError):
        return "expected this required key, found it missing"
    if isinstance(exc, ForbiddenExtraKeysError):
        extra = sorted(exc.extra_fields, key=str)
        allowed = [field.name for field in attrs.fields(exc.cl)]
        return (
            f"expected only the keys {', '.join(allowed)}, "
            f"found the unknown key{'s' if len(extra) > 1 else ''} "
            f"{', '.join(repr(key) for key in extra)}"
        )
    if isinstance(exc, ParseError):
        return exc.reason
    if isinstance(exc, DiplorelError):
        return str(exc)
    if isinstance(exc, RecursionError):
        return "the value is nested too deeply"
    return f"{type(exc).__name__}: {exc}"


def _where(location: str, path: str) -> str:
    if location and path:
        return f"{location}: {path}"
    return location or path or _TOP


def _structure_error(exc: Exception, location: str) -> SerialisationError:
    """One SerialisationError for a (possibly grouped) structuring failure."""
    problems = list(_leaves(exc, ""))
    if not problems:  # pragma: no cover - an empty group cannot be raised
        problems = [("", exc)]
    path, first = problems[0]
    reason = _reason(first)
    others = [other or _TOP for other, _ in problems[1:]]
    if others:
        shown = ", ".join(others[:_MORE_PATHS]) + (", ..." if len(others) > _MORE_PATHS else "")
        reason += f" (and {len(others)} more problem{'s' if len(others) > 1 else ''}: {shown})"
    return SerialisationError(_where(location, path), reason)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def reject_lone_surrogates(text: str | bytes, value: Any, location: str) -> None:
    """Raise :class:`SerialisationError` when ``value``, decoded from the JSON ``text``,
    holds a lone surrogate (an unpaired ``"\\ud800"`` escape): no UTF-8 file can hold it,
    so writing it later would fail. Costs nothing on a text with no surrogate escape.
    """
    raw = text if isinstance(text, str) else text.decode("utf-8", "replace")
    if "\\u" not in raw or _SURROGATE_ESCAPE.search(raw) is None:
        return
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        reason = (
            "expected text, found a lone surrogate (an unpaired \\ud800-\\udfff escape), "
            "which is not valid Unicode"
        )
        raise SerialisationError(location or _TOP, reason) from None


def _parse_json(text: str | bytes, location: str) -> Any:
    """Decode one JSON text, or raise a SerialisationError located at ``location``.

    A byte order mark before the text is ignored, as in a file saved by Notepad.
    """
    if isinstance(text, str):
        text = text.removeprefix("\ufeff")
    try:
        value = json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        place = (
            f"column {exc.colno}" if exc.lineno == 1 else f"line {exc.lineno} column {exc.colno}"
        )
        reason = f"expected a JSON value, found invalid JSON ({exc.msg} at {place})"
        raise SerialisationError(location or _TOP, reason) from None
    except RecursionError:
        reason = "expected a JSON value, found one nested too deeply"
        raise SerialisationError(location or _TOP, reason) from None
    except ValueError as exc:  # duplicate keys, NaN, huge integers, bad UTF-8
        reason = f"expected a JSON value, found invalid JSON ({exc})"
        raise SerialisationError(location or _TOP, reason) from None
    reject_lone_surrogates(text, value, location)
    return value


def _structure(data: Any, type_: Any, location: str) -> Any:
    try:
        return _converter().structure(data, type_)
    except RecursionError:
        reason = "expected a model value, found one nested too deeply"
        raise SerialisationError(location or _TOP, reason) from None
    except Exception as exc:
        raise _structure_error(exc, location) from exc


# -- single values --------------------------------------------------------------


def unstructure(value: object) -> Any:
    """The JSON-ready data (dicts, lists, strings, numbers) of a model value.

    >>> from diplorel.model import PartialDate
    >>> unstructure(PartialDate(month=6, day=10))
    'XXXX-06-10'
    """
    return _converter().unstructure(value)


@overload
def structure(data: object, type_: type[T]) -> T: ...
@overload
def structure(data: object, type_: object) -> Any: ...
def structure(data: object, type_: Any) -> Any:
    """Build a model value of ``type_`` from JSON-ready data.

    ``type_`` may be a model class, :data:`~diplorel.model.Event` or
    :data:`~diplorel.model.DateValue`, or a collection of them such as
    ``tuple[Document, ...]``. Raises :class:`~diplorel.errors.SerialisationError`.

    >>> from diplorel.model import Span
    >>> structure({"start": 0, "end": 5, "text": "Bakou"}, Span)
    Span(0, 5, 'Bakou')
    """
    return _structure(data, type_, "")


def dumps(value: object) -> str:
    """The JSON text of a model value (one line, UTF-8 characters kept).

    The output is deterministic: keys in a fixed order, sets sorted.

    >>> from diplorel.model import Span
    >>> dumps(Span(start=9, end=14, text="Rabat"))
    '{"start": 9, "end": 14, "text": "Rabat"}'
    """
    data = _converter().unstructure(value)
    try:
        return json.dumps(data, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise TypeError(f"cannot serialise {type(value).__name__} values as JSON: {exc}") from None


@overload
def loads(text: str | bytes, type_: type[T]) -> T: ...
@overload
def loads(text: str | bytes, type_: object) -> Any: ...
def loads(text: str | bytes, type_: Any) -> Any:
    """Read a model value of ``type_`` from JSON text; :func:`dumps` reads back.

    Raises :class:`~diplorel.errors.SerialisationError` naming the field:

    >>> from diplorel.model import Consultation
    >>> loads('{"kind": "consultation", "parties": ["AZE"], "format": "visit", "round": "1"}',
    ...       Consultation)
    Traceback (most recent call last):
      ...
    diplorel.errors.SerialisationError: round: expected an integer, found the string '1'
    """
    return _structure(_parse_json(text, ""), type_, "")


# -- JSON Lines ---------------------------------------------------------------


def dump_jsonl(values: Iterable[object], stream: SupportsWrite) -> int:
    """Write one JSON line per value to ``stream``; return how many were written."""
    count = 0
    for value in values:
        stream.write(dumps(value) + "\n")
        count += 1
    return count


Source = str | os.PathLike[str] | Iterable[str | bytes]
"""Where JSON Lines come from: a path, or an iterable of lines such as an open file."""


def _numbered_lines(source: Source) -> Iterator[tuple[int, str | SerialisationError]]:
    """Lines of a path or an iterable, numbered from 1; undecodable ones as errors."""
    if isinstance(source, str | os.PathLike):
        with open(source, "rb") as handle:  # binary: split on "\n" only, decode per line
            yield from _decoded(enumerate(handle, start=1))
    else:
        yield from _decoded(enumerate(source, start=1))


def _decoded(
    lines: Iterable[tuple[int, str | bytes]],
) -> Iterator[tuple[int, str | SerialisationError]]:
    for number, line in lines:
        if isinstance(line, str):
            text = line
        else:
            try:
                text = line.decode("utf-8")
            except UnicodeDecodeError as exc:
                byte = line[exc.start]
                reason = (
                    f"expected UTF-8 text, found the byte {byte:#04x} at byte {exc.start + 1} "
                    "of the line"
                )
                yield number, SerialisationError(f"line {number}", reason)
                continue
        # A byte order mark may start the first line.
        yield number, text.removeprefix("\ufeff") if number == 1 else text


class JsonlReader(Iterator[T]):
    """An iterator over the values of a JSON Lines source, one per non-blank line.

    In strict mode (the default) the first bad line raises a
    :class:`~diplorel.errors.SerialisationError` whose ``where`` starts with
    ``line N``. In lenient mode bad lines are skipped: :attr:`skipped` counts
    them and :attr:`errors` keeps their errors. Blank lines are ignored in
    both modes. A path is opened lazily and closed when the iteration ends or
    :meth:`close` is called; the reader is also a context manager.

    >>> import io
    >>> from diplorel.model import Span
    >>> reader = JsonlReader(io.StringIO('{"start": 0, "end": 1, "text": "a"}\\n[]\\n'), Span,
    ...                      lenient=True)
    >>> list(reader), reader.skipped
    ([Span(0, 1, 'a')], 1)
    """

    def __init__(self, source: Source, type_: type[T], *, lenient: bool = False) -> None:
        self.type = type_
        self.lenient = lenient
        self.skipped = 0
        self.errors: list[SerialisationError] = []
        self._values = self._read(source)

    def _read(self, source: Source) -> Generator[T, None, None]:
        for number, line in _numbered_lines(source):
            if isinstance(line, str) and not line.strip():
                continue
            try:
                if isinstance(line, SerialisationError):
                    raise line
                location = f"line {number}"
                value: T = _structure(_parse_json(line, location), self.type, location)
            except SerialisationError as exc:
                if not self.lenient:
                    raise
                self.skipped += 1
                self.errors.append(exc)
                continue
            yield value

    def __iter__(self) -> JsonlReader[T]:
        return self

    def __next__(self) -> T:
        return next(self._values)

    def close(self) -> None:
        """Stop reading and close the file if a path was given."""
        self._values.close()

    def __enter__(self) -> JsonlReader[T]:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


@overload
def iter_jsonl(source: Source, type_: type[T], *, lenient: bool = False) -> JsonlReader[T]: ...
@overload
def iter_jsonl(source: Source, type_: object, *, lenient: bool = False) -> JsonlReader[Any]: ...
def iter_jsonl(source: Source, type_: Any, *, lenient: bool = False) -> JsonlReader[Any]:
    """Iterate over the values of type ``type_`` in a JSON Lines path or stream.

    Returns a :class:`JsonlReader`; in lenient mode its ``skipped`` attribute
    counts the bad lines skipped so far.
    """
    return JsonlReader(source, type_, lenient=lenient)


@overload
def load_jsonl(source: Source, type_: type[T], *, lenient: bool = False) -> tuple[T, ...]: ...
@overload
def load_jsonl(source: Source, type_: object, *, lenient: bool = False) -> tuple[Any, ...]: ...
def load_jsonl(source: Source, type_: Any, *, lenient: bool = False) -> tuple[Any, ...]:
    """All the values of type ``type_`` in a JSON Lines path or stream, as a tuple."""
    with JsonlReader(source, type_, lenient=lenient) as reader:
        return tuple(reader)
