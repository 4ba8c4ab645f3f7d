"""Flat rows and readable tables of reported events."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any, Final

from diplorel.io import to_corpus_form
from diplorel.model import Agreement, Consultation, Declaration, Event
from diplorel.query._reported import Reported

__all__ = ["CSV_KEYS", "ROW_KEYS", "csv_text", "describe", "row", "table"]

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
)
"""The columns of the CSV form of rows."""


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


def _cell(key: str, value: Any) -> str:
    if value is None:
        return ""
    if key == "stages":
        return ";".join(
            item["stage"] + ("" if item["date"] is None else "@" + item["date"]) for item in value
        )
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ";".join(str(item) for item in value)
    return str(value)


def csv_text(rows: Iterable[dict[str, Any]], keys: Sequence[str] = CSV_KEYS) -> str:
    """Rows as CSV with a header: lists joined by ``;``, stages as ``stage@date``."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(keys)
    for item in rows:
        writer.writerow([_cell(key, item.get(key)) for key in keys])
    return out.getvalue()


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


def table(records: Sequence[Reported], *, total: int | None = None, title: str = "") -> str:
    """A fixed-width table of records under ``title`` and the count.

    ``total`` says how many records there are in all, when only some are shown.
    """
    header = ("document", "kind", "what", "parties", "date", "sectors")
    lines = [
        (
            _clip(", ".join(r.document_ids) or "-", 24),
            r.event.kind.value,
            _clip(describe(r.event), 30),
            _clip("-".join(r.event.party_codes), 24),
            "-" if r.event.date is None else str(r.event.date),
            _clip(",".join(sorted(r.event.sectors)) or "-", 40),
        )
        for r in records
    ]
    widths = [max([len(header[i]), *(len(line[i]) for line in lines)]) for i in range(6)]
    count = len(records) if total is None else total
    out = [f"{title}{count} event{'' if count == 1 else 's'}"]
    if lines:
        out.append("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip())
        out.extend(
            "  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip()
            for line in lines
        )
    if count > len(lines):
        out.append(f"… and {count - len(lines)} more")
    return "\n".join(out)
