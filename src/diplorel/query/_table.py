"""Flat rows, CSV and readable tables of reported events."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any, Final

from diplorel._registry import party
from diplorel.io import to_corpus_form
from diplorel.model import Agreement, AgreementStage, Consultation, Declaration, Document, Event
from diplorel.query._reported import Reported

__all__ = [
    "CSV_KEYS",
    "ROW_KEYS",
    "csv_header",
    "csv_keys",
    "csv_lines",
    "csv_text",
    "describe",
    "document_table",
    "grid",
    "row",
    "table",
]

ROW_KEYS: Final = ("document_id", "source_url", "documents")
"""The keys :func:`row` adds after the corpus form of the event."""

CSV_KEYS: Final = (
    "document_id",
    "kind",
    "format",
    "parties",
    "date",
    "place",
    "round",
    "sectors",
    "heads",
    "status",
    "stages",
    "instrument",
    "title",
    "background",
    "evidence",
    "source_url",
    "documents",
    "declaration_kind",
    "establishes",
    "level",
    "quantity",
    "spans",
)
"""The first columns of the CSV form of rows, in order (see :func:`csv_keys`)."""

_NOT_IN_CSV: Final = frozenset({"persons"})  # nested objects; ``heads`` has the names


def row(record: Reported) -> dict[str, Any]:
    """The corpus form of the event, then its document id, source URL and every document id.

    Agreement stages carry their ``source`` (a document id, when known).
    """
    form = to_corpus_form(record.event)
    if isinstance(record.event, Agreement):
        for stage, item in zip(record.event.stages, form["stages"], strict=True):
            item["source"] = stage.source
    form["document_id"] = record.document_id
    form["source_url"] = record.source_url
    form["documents"] = list(record.document_ids)
    return form


def _probes() -> tuple[Event, ...]:
    """One event of each kind, to learn the keys of the flat form."""
    parties = [party("AZE"), party("MAR")]
    return (
        Consultation(parties=parties, format="meeting"),
        Agreement(parties=parties, stages=[AgreementStage(stage="signed")]),
        Declaration(parties=parties),
    )


@cache
def csv_keys() -> tuple[str, ...]:
    """The columns of the CSV form: :data:`CSV_KEYS`, then any other key of the flat form.

    The flat form is :func:`row` (the corpus form of the event and its
    provenance); ``persons`` is left out, its names being the ``heads``
    column. A key added to the flat form later gets a column of its own at
    the end, so the CSV always holds every field of the flat form.
    """
    found: dict[str, None] = dict.fromkeys(CSV_KEYS)
    for event in _probes():
        found.update(dict.fromkeys(row(Reported(event=event))))
    return tuple(key for key in found if key not in _NOT_IN_CSV)


def record_text(value: dict[str, Any]) -> str:
    """A record value such as PLOVER's ``{"type", "mode"}`` as one text: its values
    joined with ``:`` (``CONSULT:visit``), as CSV cells and ``count_by`` write it."""
    return _item(value)


def _item(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ":".join(_item(item) for item in value)
    if isinstance(value, dict):
        return ":".join(_item(item) for item in value.values() if item is not None)
    return _cell("", value)


def _cell(key: str, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        return record_text(value)
    if key == "stages":
        return ";".join(
            item["stage"] + ("" if item["date"] is None else "@" + item["date"]) for item in value
        )
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return ";".join(_item(item) for item in value)
    return str(value)


def csv_header(keys: Sequence[str] | None = None) -> str:
    """The header line of :func:`csv_lines` (ending in a newline)."""
    return _csv_line(csv_keys() if keys is None else keys)


def _csv_line(cells: Sequence[str]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(cells)
    return out.getvalue()


def csv_lines(rows: Iterable[dict[str, Any]], keys: Sequence[str] | None = None) -> Iterable[str]:
    """Rows as CSV lines without a header: lists joined by ``;``, stages as ``stage@date``.

    A span is written ``start:end``; a missing value is an empty cell.
    """
    chosen = csv_keys() if keys is None else keys
    for item in rows:
        yield _csv_line([_cell(key, item.get(key)) for key in chosen])


def csv_text(rows: Iterable[dict[str, Any]], keys: Sequence[str] | None = None) -> str:
    """Rows as CSV with a header (see :func:`csv_lines`); columns :func:`csv_keys` by default."""
    return csv_header(keys) + "".join(csv_lines(rows, keys))


def describe(event: Event) -> str:
    """What an event is, in a few words: the format, the status and instrument, the kind."""
    if isinstance(event, Consultation):
        text = event.format.value
        return text if event.round is None else f"{text} #{event.round}"
    if isinstance(event, Agreement):
        return f"{event.status.value} {event.instrument.value}"
    if isinstance(event, Declaration):
        return event.declaration.value
    return ""  # pragma: no cover - the three kinds are covered


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def grid(header: Sequence[str], lines: Sequence[Sequence[str]]) -> list[str]:
    """A header and lines of cells as fixed-width text lines, columns two spaces apart."""
    widths = [max([len(name), *(len(line[i]) for line in lines)]) for i, name in enumerate(header)]
    return [
        "  ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True)).rstrip()
        for cells in (header, *lines)
    ]


_EVENT_COLUMNS: Final = ("kind", "what", "parties", "date", "place", "heads", "sectors")


def _event_cells(event: Event) -> tuple[str, ...]:
    return (
        event.kind.value,
        _clip(describe(event), 30),
        _clip("-".join(event.party_codes), 24),
        "-" if event.date is None else str(event.date),
        _clip(event.place or "-", 24),
        _clip(", ".join(person.name for person in event.persons) or "-", 40),
        _clip(",".join(sorted(event.sectors)) or "-", 40),
    )


def table(records: Sequence[Reported], *, total: int | None = None, title: str = "") -> str:
    """A fixed-width table of records under ``title`` and the count.

    One line per record: its document ids (all of them, never cut), kind,
    what it is, parties, date, place, heads and sectors; long cells other
    than ids end in "…". ``total`` says how many records there are in all,
    when only some are shown.
    """
    lines = [(", ".join(r.document_ids) or "-", *_event_cells(r.event)) for r in records]
    count = len(records) if total is None else total
    out = [f"{title}{count} event{'' if count == 1 else 's'}"]
    if lines:
        out.extend(grid(("document", *_EVENT_COLUMNS), lines))
    if count > len(lines):
        out.append(f"… and {count - len(lines)} more")
    return "\n".join(out)


def document_table(documents: Iterable[Document], *, title_width: int = 40) -> str:
    """A fixed-width table of the events of documents, one line per event, under a header.

    Columns: document id, publication date, then those of :func:`table` and
    the title, cut to ``title_width`` characters with "…". A document
    without events has one line that says so; an unknown date is "-".
    """
    lines: list[tuple[str, ...]] = []
    for doc in documents:
        published = "-" if doc.published is None else str(doc.published)
        if not doc.events:
            lines.append((doc.id, published, "(no events)", *[""] * len(_EVENT_COLUMNS)))
        for event in doc.events:
            title = getattr(event, "title", None)
            cut = "-" if not title else _clip(title, title_width)
            lines.append((doc.id, published, *_event_cells(event), cut))
    header = ("document", "published", *_EVENT_COLUMNS, "title")
    return "\n".join(grid(header, lines)) + "\n"
