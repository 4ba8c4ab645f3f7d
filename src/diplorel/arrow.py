"""Events as Arrow tables, pandas DataFrames and Parquet files (``diplorel[arrow]``).

One row per reported event. The columns, in order (see :data:`COLUMNS`):

* provenance: ``document_id``, ``source_url``, ``documents`` (every document
  id, several for a merged record);
* the flat corpus form of the event (:func:`diplorel.io.to_corpus_form`):
  ``kind``, ``format``, ``parties``, ``date``, ``place``, ``round``,
  ``sectors``, ``heads``, ``status``, ``title``, ``background``, ``evidence``,
  ``spans`` (the evidence offsets, a list of ``{start, end}``), ``persons``
  (a list of ``{name, role, party}``), ``stages`` (a list of ``{stage, date,
  actor, source}``), ``instrument``, ``declaration_kind``, ``establishes``,
  ``level``, ``quantity``;
* dates a user can compute with: ``date_start`` and ``date_end`` (Arrow
  ``date32``: the first and last day the date may be), ``date_precision``
  and ``date_is_range`` (see below);
* ``record_json``: the record's canonical JSON (the :mod:`diplorel.io`
  converter's form of a :class:`~diplorel.query.Reported`), from which
  :func:`read_parquet` rebuilds exactly the records written.

Keys of the flat form that :data:`COLUMNS` does not list (fields added to the
model later) get a column too, after the listed ones, with the type Arrow
infers from the values (JSON text when it cannot); list them in
:data:`COLUMNS` to give them a fixed type.

Dates. ``date`` is the EDTF text (``2025-04``, ``XXXX-06-10``,
``2024-07-05/2024-07-06``). ``date_precision`` is ``day``, ``month`` or
``year`` when the year is known, ``unknown_year`` otherwise; a range has the
coarser precision of its two ends (``2024-07-05/2024-08`` is ``month``) and
``date_is_range`` true. ``date_start``/``date_end`` are the bounds of the
partial date (``2025-04`` gives 2025-04-01 and 2025-04-30; a range gives the
start's first day and the end's last day); both are null when the event is
undated or a year is unknown, since the text does not say which days those are.

Loading. :func:`read_parquet` reads only the columns the indexes of an
:class:`~diplorel.query.EventSet` need and the JSON column, builds the
filter masks from the columns with numpy, and builds each frozen record from
its JSON the first time it is asked for (the fast builder of
:mod:`diplorel._fastread`, which shares repeated parts and gives what
:func:`diplorel.io.loads` gives, or its located error). With ``lazy=True`` the
JSON is read from the file only
when a record of its row group (:data:`ROW_GROUP` rows) is needed. Files are
written with zstd compression, and lz4 (faster to decode) for the JSON.

This module needs pyarrow (``pip install 'diplorel[arrow]'``); pandas is
needed for :func:`to_pandas` only (``diplorel[pandas]``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import enum
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache, cached_property
from typing import IO, TYPE_CHECKING, Any, Final, TypeVar, overload

import attrs
import cattrs

try:
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq
except ImportError as exc:  # pragma: no cover - exercised by a test in a clean import
    raise ImportError(
        "diplorel.arrow needs pyarrow, an optional dependency: "
        "install it with `pip install 'diplorel[arrow]'`"
    ) from exc

from diplorel._fastread import ReaderMismatchError, Rejected, StructureReader
from diplorel.errors import DiplorelError, SerialisationError
from diplorel.io import EVENT_TYPES, loads, make_converter
from diplorel.model import (
    AgreementStage,
    DateSpan,
    DateValue,
    EventKind,
    PartialDate,
    Party,
    Person,
    Sector,
    Span,
    Stage,
    parse_date_value,
)
from diplorel.query._index import DateIndex, Index, paused_gc, positions_of
from diplorel.query._reported import Reported
from diplorel.query._table import row

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "COLUMNS",
    "FORMAT_VERSION",
    "PRECISIONS",
    "date_columns",
    "read_parquet",
    "to_arrow",
    "to_pandas",
    "write_parquet",
]

FORMAT_VERSION: Final = "1"
"""The version of the table layout, kept in the schema metadata (``diplorel``)."""

PRECISIONS: Final = ("day", "month", "year", "unknown_year")
"""The values of ``date_precision``, finest first."""

_TEXT: Final = pa.string()
_TEXTS: Final = pa.list_(pa.string())
_SPAN: Final = pa.struct([("start", pa.int64()), ("end", pa.int64())])
_PERSON: Final = pa.struct([("name", _TEXT), ("role", _TEXT), ("party", _TEXT)])
_STAGE: Final = pa.struct([("stage", _TEXT), ("date", _TEXT), ("actor", _TEXT), ("source", _TEXT)])

COLUMNS: Final[tuple[tuple[str, pa.DataType], ...]] = (
    ("document_id", _TEXT),
    ("source_url", _TEXT),
    ("documents", _TEXTS),
    ("kind", _TEXT),
    ("format", _TEXT),
    ("parties", _TEXTS),
    ("date", _TEXT),
    ("place", _TEXT),
    ("round", pa.int32()),
    ("sectors", _TEXTS),
    ("heads", _TEXTS),
    ("status", _TEXT),
    ("title", _TEXT),
    ("background", pa.bool_()),
    ("evidence", _TEXT),
    ("spans", pa.list_(_SPAN)),
    ("persons", pa.list_(_PERSON)),
    ("stages", pa.list_(_STAGE)),
    ("instrument", _TEXT),
    ("declaration_kind", _TEXT),
    ("establishes", _TEXT),
    ("level", _TEXT),
    ("quantity", pa.int32()),
    ("cameo", _TEXT),
    ("plover", pa.struct([("type", _TEXT), ("mode", _TEXT)])),
    ("rules", _TEXTS),
    ("id", _TEXT),
    ("source", _TEXTS),
    ("target", _TEXTS),
)
"""The columns of the flat form, with their Arrow types: the one place to add a column.

A column named here takes its values from the key of the same name in
:meth:`EventSet.rows() <diplorel.query.EventSet.rows>`.
"""

_DATE_COLUMNS: Final[tuple[tuple[str, pa.DataType], ...]] = (
    ("date_start", pa.date32()),
    ("date_end", pa.date32()),
    ("date_precision", _TEXT),
    ("date_is_range", pa.bool_()),
)
_RECORD: Final = "record_json"
_NOT_JSON: Final[Any] = object()
ROW_GROUP: Final = 65_536
"""Rows per Parquet row group: the unit in which record JSON is read back."""
_INDEXED: Final = ("kind", "parties", "sectors", "status", "background", "date")
_METADATA_KEY: Final = b"diplorel"


# -- dates ------------------------------------------------------------------------


def _precision(date: PartialDate) -> int:
    """The rank of a partial date's precision in :data:`PRECISIONS`."""
    if date.year is None:
        return 3
    if date.month is None:
        return 2
    return 1 if date.day is None else 0


DateColumns = tuple[dt.date | None, dt.date | None, str | None, bool]
"""The values of ``date_start``, ``date_end``, ``date_precision`` and ``date_is_range``."""


def date_columns(date: DateValue | None) -> DateColumns:
    """``(date_start, date_end, date_precision, date_is_range)`` of an event's date.

    >>> date_columns(PartialDate.parse("2025-04"))
    (datetime.date(2025, 4, 1), datetime.date(2025, 4, 30), 'month', False)
    >>> date_columns(DateSpan.parse("2024-07-05/2024-08"))
    (datetime.date(2024, 7, 5), datetime.date(2024, 8, 31), 'month', True)
    >>> date_columns(PartialDate.parse("XXXX-06-10"))
    (None, None, 'unknown_year', False)
    """
    if date is None:
        return None, None, None, False
    first, last = (date.start, date.end) if isinstance(date, DateSpan) else (date, date)
    precision = PRECISIONS[max(_precision(first), _precision(last))]
    low, high = first.bounds(), last.bounds()
    if low is None or high is None:
        return None, None, precision, isinstance(date, DateSpan)
    return low[0], high[1], precision, isinstance(date, DateSpan)


# -- writing ----------------------------------------------------------------------


def _inferred(name: str, values: list[Any]) -> pa.Array:
    """A column for a key :data:`COLUMNS` does not list: Arrow's type, else JSON text."""
    try:
        return pa.array(values)
    except (pa.ArrowException, TypeError, ValueError):
        return pa.array(
            [None if value is None else json.dumps(value, ensure_ascii=False) for value in values],
            _TEXT,
        )


def _spans(pairs: list[list[int]] | None) -> list[dict[str, int]] | None:
    return None if pairs is None else [{"start": start, "end": end} for start, end in pairs]


_CELLS: Final[dict[str, Callable[[Any], Any]]] = {"spans": _spans}
"""Columns whose flat-form value needs reshaping for its Arrow type."""


def _schema_metadata() -> dict[bytes, bytes]:
    return {_METADATA_KEY: json.dumps({"format": FORMAT_VERSION}).encode()}


@cache
def _converter() -> cattrs.Converter:
    """The io converter, with the JSON of each distinct party computed once.

    A party's JSON is its code when the registry knows it with the same
    fields, else an object; the reference hook compares every field each
    time, which dominates writing a million records.
    """
    converter = make_converter()
    reference = converter.get_unstructure_hook(Party)
    seen: dict[tuple[Any, ...], Any] = {}

    def unstructure(value: Party) -> Any:
        key = (value.code, value.name, value.kind, value.alpha2, value.acronym)
        found = seen.get(key)
        if found is None:
            found = seen[key] = reference(value)
        return found

    converter.register_unstructure_hook(Party, unstructure)
    return converter


def _json_texts(records: Sequence[Reported]) -> list[str]:
    """The JSON text of each record, as :func:`diplorel.io.dumps` writes it."""
    unstructure = _converter().unstructure
    encode = json.JSONEncoder(ensure_ascii=False, allow_nan=False).encode
    return [encode(unstructure(record)) for record in records]


def to_arrow(records: Sequence[Reported]) -> pa.Table:
    """The Arrow table of reported events: one row per record, columns as documented above.

    :meth:`EventSet.to_arrow() <diplorel.query.EventSet.to_arrow>` calls it.
    """
    rows = [row(record) for record in records]
    known = {name for name, _ in COLUMNS}
    extra = list(dict.fromkeys(key for item in rows for key in item if key not in known))
    arrays: list[pa.Array] = []
    fields: list[pa.Field] = []
    for name, type_ in COLUMNS:
        cell = _CELLS.get(name)
        values = [item.get(name) for item in rows]
        arrays.append(pa.array(values if cell is None else [cell(v) for v in values], type_))
        fields.append(pa.field(name, type_))
    for name in extra:
        array = _inferred(name, [item.get(name) for item in rows])
        arrays.append(array)
        fields.append(pa.field(name, array.type))
    dates = [date_columns(record.event.date) for record in records]
    for index, (name, type_) in enumerate(_DATE_COLUMNS):
        arrays.append(pa.array([item[index] for item in dates], type_))
        fields.append(pa.field(name, type_, nullable=name != "date_is_range"))
    texts = _json_texts(records)
    arrays.append(pa.array(texts, pa.large_string()))
    fields.append(pa.field(_RECORD, pa.large_string(), nullable=False))
    schema = pa.schema(fields, metadata=_schema_metadata())
    return pa.Table.from_arrays(arrays, schema=schema)


def to_pandas(records: Sequence[Reported]) -> pd.DataFrame:
    """The DataFrame of reported events: the columns of :func:`to_arrow` but ``record_json``.

    ``date_start`` and ``date_end`` are ``datetime64[ms]`` (so ``.dt.year``
    works, for every year from 1 to 9999), ``round`` and ``quantity``
    pandas' nullable ``Int32``, lists numpy arrays.
    """
    try:
        import pandas as pd  # noqa: PLC0415 - an optional dependency
    except ImportError as exc:
        raise ImportError(
            "to_pandas needs pandas, an optional dependency: "
            "install it with `pip install 'diplorel[pandas]'`"
        ) from exc
    table = to_arrow(records).drop_columns([_RECORD])
    integers: dict[pa.DataType, Any] = {pa.int32(): pd.Int32Dtype()}
    frame: pd.DataFrame = table.to_pandas(
        date_as_object=False,
        coerce_temporal_nanoseconds=False,
        types_mapper=integers.get,
    )
    return frame


def write_parquet(records: Sequence[Reported], path: str | os.PathLike[str] | IO[bytes]) -> None:
    """Write reported events to a Parquet file at ``path`` (or to an open binary file),
    in row groups of :data:`ROW_GROUP`."""
    table = to_arrow(records)
    # zstd for the columns people read, lz4 (faster to decode) for the JSON read back.
    compression = {name: "lz4" if name == _RECORD else "zstd" for name in table.schema.names}
    pq.write_table(table, path, compression=compression, row_group_size=ROW_GROUP)


# -- reading ----------------------------------------------------------------------


def _structure_reader() -> StructureReader:
    """The fast builder of records from their JSON (:mod:`diplorel._fastread`)."""
    return StructureReader(
        make_converter(),
        (Reported, *EVENT_TYPES.values(), AgreementStage, Person, Span),
        EVENT_TYPES,
    )


@attrs.frozen
class _Group:
    """One row group of a Parquet file: where its JSON column is, and how to check it."""

    path: str
    index: int
    first_row: int
    rows: int
    stamp: tuple[int, int]

    def read(self) -> pa.Array:
        """The group's JSON texts, read now from the file, which must not have changed."""
        try:
            info = os.stat(self.path)
        except OSError:
            info = None
        if info is None or (info.st_size, info.st_mtime_ns) != self.stamp:
            raise SerialisationError(
                self.path,
                "expected the file as it was when the events were read, found it changed "
                "or removed (records are read from it on first access: read it again)",
            )
        try:
            with pq.ParquetFile(self.path) as handle:
                table = handle.read_row_group(self.index, columns=[_RECORD])
        except (pa.ArrowException, OSError) as exc:
            reason = f"expected a readable Parquet file ({exc})"
            raise SerialisationError(self.path, reason) from None
        return table.column(0).combine_chunks()


class _Records(Sequence[Reported]):
    """The records of the JSON column of Parquet files, each built on first access.

    The JSON texts are given, or read from the file one row group at a time
    the first time a record of that group is asked for; each record is built
    once, and checked against the ``kind`` and ``parties`` columns that the
    indexes read.
    """

    def __init__(
        self,
        groups: Sequence[_Group],
        columns: pa.Table,
        texts: Sequence[pa.Array] | None = None,
    ) -> None:
        # ``texts``, when given, holds the JSON of each group, read already.
        loaded = [None] * len(groups) if texts is None else list(texts)
        pairs = [(group, text) for group, text in zip(groups, loaded, strict=True) if group.rows]
        self._groups = [group for group, _ in pairs]
        self._texts: list[pa.Array | None] = [text for _, text in pairs]
        self._starts: list[int] = []
        total = 0
        for group in self._groups:
            self._starts.append(total)
            total += group.rows
        self._size = total
        self._built: list[Reported | None] = [None] * total
        self._columns = columns
        self._checked: list[pa.Array] = []  # kind and parties in one piece, on first use
        self._fast = _structure_reader()

    def _read(self, text: str) -> Reported:
        """The record of one JSON text: the fast builder's, or the reference's error.

        No fallback: text the fast builder rejects is read by
        :func:`diplorel.io.loads`, which must raise its located error.
        """
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):  # invalid JSON: the reference says where
            data = _NOT_JSON
        if data is not _NOT_JSON:
            try:
                record: Reported = self._fast.record(Reported, data)
            except (Rejected, RecursionError):
                pass
            else:
                return record
        loads(text, Reported)
        raise ReaderMismatchError(
            f"the fast builder rejected a record that diplorel.io.loads reads: {text[:200]!r}"
        )

    def __len__(self) -> int:
        return self._size

    def _chunk(self, number: int) -> pa.Array:
        found = self._texts[number]
        if found is None:
            found = self._texts[number] = self._groups[number].read()
        return found

    def _expected(self) -> list[pa.Array]:
        if not self._checked:
            self._checked.extend(
                self._columns.column(name).combine_chunks() for name in ("kind", "parties")
            )
        return self._checked

    def _build(self, position: int, text: str, where: str, kind: Any, codes: Any) -> Reported:
        try:
            record = self._read(text)
        except SerialisationError as exc:
            where = f"{where}: {_RECORD}: {exc.where}"
            raise SerialisationError(where, exc.reason) from None
        found_codes = list(record.event.party_codes)
        if record.event.kind.value != kind or found_codes != codes:
            raise SerialisationError(
                where,
                f"expected the {_RECORD} of a {kind} of {codes}, found a "
                f"{record.event.kind.value} of {found_codes}",
            )
        self._built[position] = record
        return record

    def _where(self, number: int, offset: int) -> str:
        group = self._groups[number]
        return f"{group.path}: row {group.first_row + offset + 1}"

    @overload
    def __getitem__(self, key: int) -> Reported: ...
    @overload
    def __getitem__(self, key: slice) -> Sequence[Reported]: ...
    def __getitem__(self, key: int | slice) -> Reported | Sequence[Reported]:
        if isinstance(key, slice):
            return self.take(range(*key.indices(self._size)))
        position = key + self._size if key < 0 else key
        if not 0 <= position < self._size:
            raise IndexError("record index out of range")
        found = self._built[position]
        if found is not None:
            return found
        number = bisect.bisect_right(self._starts, position) - 1
        offset = position - self._starts[number]
        kinds, parties = self._expected()
        return self._build(
            position,
            self._chunk(number)[offset].as_py() or "",
            self._where(number, offset),
            kinds[position].as_py(),
            parties[position].as_py(),
        )

    def take(self, positions: Iterable[int]) -> tuple[Reported, ...]:
        """The records at ``positions`` (each in range), those not built yet built in bulk."""
        chosen = list(positions)
        built = self._built
        missing = sorted({position for position in chosen if built[position] is None})
        if missing:
            with paused_gc():
                self._build_all(missing)
        return tuple(built[position] for position in chosen)  # type: ignore[misc]

    def _build_all(self, missing: list[int]) -> None:
        """Build the records at ``missing`` (ascending): a slice of each group at once."""
        kinds, parties = self._expected()
        index = 0
        while index < len(missing):
            number = bisect.bisect_right(self._starts, missing[index]) - 1
            start = self._starts[number]
            end = start + self._groups[number].rows
            stop = bisect.bisect_left(missing, end, index)
            low, high = missing[index], missing[stop - 1] + 1
            texts = self._chunk(number).slice(low - start, high - low).to_pylist()
            expected_kinds = kinds.slice(low, high - low).to_pylist()
            expected_parties = parties.slice(low, high - low).to_pylist()
            for position in missing[index:stop]:
                at = position - low
                self._build(
                    position,
                    texts[at] or "",
                    self._where(number, position - start),
                    expected_kinds[at],
                    expected_parties[at],
                )
            index = stop

    def __iter__(self) -> Iterator[Reported]:
        return iter(self.take(range(self._size)))


_NUMPY_TYPES: Final = {
    pa.int8(): np.int8,
    pa.uint8(): np.uint8,
    pa.int16(): np.int16,
    pa.int32(): np.int32,
    pa.int64(): np.int64,
}


def _numpy(array: pa.Array | pa.ChunkedArray) -> np.ndarray[Any, Any]:
    """A numpy view of an Arrow integer array without nulls.

    Read from the data buffer: ``to_numpy`` would import pandas, a second
    of work the first time.
    """
    if isinstance(array, pa.ChunkedArray):
        array = array.combine_chunks()
    if array.null_count:  # pragma: no cover - callers fill the nulls
        raise ValueError("an array with nulls")
    dtype = np.dtype(_NUMPY_TYPES[array.type])
    data = array.buffers()[1]
    if data is None:
        return np.zeros(0, dtype=dtype)
    found: np.ndarray[Any, Any] = np.frombuffer(
        data, dtype=dtype, count=len(array), offset=array.offset * dtype.itemsize
    )
    return found


def _list_masks(column: pa.ChunkedArray, size: int) -> dict[str, int]:
    """For a column of lists of strings: the mask of the rows holding each string."""
    if size == 0:
        return {}
    values = pc.list_flatten(column)
    if len(values) == 0:
        return {}
    parents = _numpy(pc.list_parent_indices(column)).astype(np.int64)
    encoded = pc.dictionary_encode(values).combine_chunks()
    names = encoded.dictionary.to_pylist()
    return {
        names[code]: _mask_of(parents[group], size)
        for code, group in _groups(_numpy(encoded.indices)).items()
    }


def _mask_of(positions: np.ndarray[Any, Any], size: int) -> int:
    """The mask whose bits are ``positions`` (as :func:`diplorel.query._index.mask_of`)."""
    buffer = np.zeros((size + 7) >> 3, dtype=np.uint8)
    np.bitwise_or.at(buffer, positions >> 3, np.left_shift(1, positions & 7).astype(np.uint8))
    return int.from_bytes(buffer.tobytes(), "little")


def _value_masks(column: pa.ChunkedArray, size: int) -> dict[Any, int]:
    """The mask of the rows holding each value of a column (null values left out).

    No Python value goes into a compute call: pyarrow would import pandas,
    if installed, to check its type.
    """
    encoded = pc.dictionary_encode(column, null_encoding="encode").combine_chunks()
    names = encoded.dictionary.to_pylist()
    return {
        names[code]: _mask_of(group, size)
        for code, group in _groups(_numpy(encoded.indices)).items()
        if names[code] is not None
    }


_E = TypeVar("_E", bound=enum.Enum)


def _members(kind: type[_E], column: str, masks: dict[Any, int]) -> dict[_E, int]:
    """Masks by enum member, or a SerialisationError for a value the enum lacks."""
    try:
        return {kind(value): mask for value, mask in masks.items()}
    except ValueError as exc:
        raise SerialisationError(column, f"expected a known value, found {exc}") from None


class _ColumnIndex(Index):
    """An :class:`Index` whose masks come from Arrow columns, not from built records."""

    def __init__(self, records: _Records, columns: pa.Table) -> None:
        super().__init__(records)
        self._store = records
        self._columns = columns

    def take(self, positions: Iterable[int]) -> tuple[Reported, ...]:
        """The records at ``positions``, those not built yet built in bulk."""
        return self._store.take(positions)

    def first_record(self, mask: int) -> Reported:
        """The record at the lowest position of ``mask``."""
        return self.records[(mask & -mask).bit_length() - 1]

    @cached_property
    def parties(self) -> dict[str, Party]:
        """Every party of the records by code (a record is built for each code)."""
        found: dict[str, Party] = {}
        for code, mask in self.by_party.items():
            for item in self.first_record(mask).event.parties:
                if item.code == code:
                    found[code] = item
        return found

    @cached_property
    def by_party(self) -> dict[str, int]:
        """Records by party code."""
        return _list_masks(self._columns.column("parties"), self.size)

    @cached_property
    def by_kind(self) -> dict[EventKind, int]:
        """Records by kind."""
        return _members(EventKind, "kind", _value_masks(self._columns.column("kind"), self.size))

    @cached_property
    def by_sector(self) -> dict[Sector, int]:
        """Records by sector."""
        masks = _list_masks(self._columns.column("sectors"), self.size)
        return _members(Sector, "sectors", masks)

    @cached_property
    def by_status(self) -> dict[Stage, int]:
        """Agreements by their latest stage."""
        masks = _value_masks(self._columns.column("status"), self.size)
        return _members(Stage, "status", masks)

    @cached_property
    def background(self) -> int:
        """Records marked as background."""
        return _value_masks(self._columns.column("background"), self.size).get(True, 0)

    @cached_property
    def dates(self) -> DateIndex:
        """Records by date: the index of the distinct dates, spread to their rows."""
        with paused_gc():
            return _date_index(self._columns.column("date"), self.size)


def _groups(codes: np.ndarray[Any, Any]) -> dict[int, np.ndarray[Any, Any]]:
    """The positions of each value of an array of small codes (-1 and up), ascending."""
    if not len(codes):
        return {}
    # A stable sort of 16-bit keys is a radix sort: linear in the number of codes.
    small = codes.astype(np.int16) if codes.max() < 2**15 else codes.astype(np.int64)
    order = np.argsort(small, kind="stable")
    cuts = np.flatnonzero(np.diff(small[order])) + 1
    return {int(small[group[0]]): group for group in np.split(order, cuts)}


def _date_index(column: pa.ChunkedArray, size: int) -> DateIndex:
    """The :class:`DateIndex` of an EDTF column, computed once per distinct date.

    A date index of the distinct dates is built, then each of its masks is
    spread to the rows holding those dates; a test checks the result equals
    the index built record by record.
    """
    encoded = pc.dictionary_encode(column, null_encoding="encode").combine_chunks()
    values: list[DateValue | None] = []
    for text in encoded.dictionary.to_pylist():
        try:
            values.append(None if text is None else parse_date_value(text))
        except DiplorelError:
            raise SerialisationError(
                "date", f"expected an EDTF date or range, found {text!r}"
            ) from None
    rows = _groups(_numpy(encoded.indices))
    distinct = DateIndex(dates=values)

    def spread(mask: int) -> int:
        if not mask:
            return 0
        chosen = [rows[i] for i in positions_of(mask) if i in rows]
        return _mask_of(np.concatenate(chosen), size) if chosen else 0

    index = DateIndex.__new__(DateIndex)
    index.months = {key: spread(mask) for key, mask in distinct.months.items()}
    index.years = {key: spread(mask) for key, mask in distinct.years.items()}
    index.yearless = {key: spread(mask) for key, mask in distinct.yearless.items()}
    index.spans = {key: spread(mask) for key, mask in distinct.spans.items()}
    index.span_months = {key: spread(mask) for key, mask in distinct.span_months.items()}
    index.long_spans = spread(distinct.long_spans)
    index.others = spread(distinct.others)
    index.month_days = distinct.month_days
    index.longest = distinct.longest
    index.intervals = {
        row: days
        for value, days in distinct.intervals.items()
        if value in rows
        for row in rows[value].tolist()
    }
    return index


def _read_file(path: str | os.PathLike[str], *, lazy: bool) -> tuple[pa.Table, list[_Group]]:
    """The indexed columns of a file diplorel wrote (and the JSON column unless ``lazy``),
    and its row groups."""
    name = os.fspath(path)
    info = os.stat(name)
    try:
        handle = pq.ParquetFile(name)
    except (pa.ArrowException, OSError) as exc:
        raise SerialisationError(
            str(name),
            f"expected a Parquet file written by diplorel, found an unreadable file ({exc})",
        ) from None
    with handle:
        schema = handle.schema_arrow
        missing = [column for column in (*_INDEXED, _RECORD) if column not in schema.names]
        metadata = schema.metadata or {}
        if missing or _METADATA_KEY not in metadata:
            what = f"no column {', '.join(missing)}" if missing else "no diplorel metadata"
            raise SerialisationError(
                str(name), f"expected a Parquet file written by diplorel, found {what}"
            )
        try:
            version = json.loads(metadata[_METADATA_KEY]).get("format")
        except (ValueError, AttributeError):
            version = None
        if version != FORMAT_VERSION:
            raise SerialisationError(
                str(name),
                f"expected the diplorel table format {FORMAT_VERSION}, found {version!r}",
            )
        try:
            table = handle.read(columns=list(_INDEXED) if lazy else [*_INDEXED, _RECORD])
        except (pa.ArrowException, OSError) as exc:
            raise SerialisationError(
                str(name), f"expected a readable Parquet file ({exc})"
            ) from None
        stamp = (info.st_size, info.st_mtime_ns)
        if lazy:
            sizes = [
                handle.metadata.row_group(index).num_rows
                for index in range(handle.metadata.num_row_groups)
            ]
        else:  # the chunks read are the groups
            sizes = [len(chunk) for chunk in table.column(_RECORD).chunks]
        groups = []
        first = 0
        for index, rows in enumerate(sizes):
            groups.append(_Group(str(name), index, first, rows, stamp))
            first += rows
        return table, groups


def read_parquet(
    paths: Sequence[str | os.PathLike[str]], *, lazy: bool = False
) -> tuple[_Records, Index]:
    """The records and the column index of Parquet files written by :func:`write_parquet`.

    :meth:`EventSet.read_parquet() <diplorel.query.EventSet.read_parquet>`
    wraps them in a set. Each record is built from its JSON on first access.
    With ``lazy``, the JSON column itself is read from the files only then,
    one row group at a time, so the files must stay as they are while the
    set is in use (a changed file is an error, never wrong records).
    Raises :class:`~diplorel.errors.SerialisationError` for a file that is
    not such a table.
    """
    tables = []
    groups: list[_Group] = []
    for path in paths:
        table, more = _read_file(path, lazy=lazy)
        tables.append(table)
        groups.extend(more)
    table = tables[0] if len(tables) == 1 else pa.concat_tables(tables)
    texts = None if lazy else table.column(_RECORD).chunks
    records = _Records(groups, table, texts)
    return records, _ColumnIndex(records, table)
