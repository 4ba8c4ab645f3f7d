"""HTML renderings of documents and event sets, for notebooks and the HTML report.

The model knows nothing of HTML: :meth:`Document._repr_html_` and
:meth:`EventSet._repr_html_` delegate here. Everything taken from a text or
an event is escaped (:func:`html.escape`), so an article holding ``<script>``
or ``&`` shows those characters and runs nothing. Styles are inline
attributes, so that a notebook (which may strip ``<style>`` elements) shows
the colours too.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING, Final

from diplorel.model import Agreement, Document, Event, EventKind, Span
from diplorel.query._table import describe

if TYPE_CHECKING:
    from diplorel.query import EventSet, Reported

__all__ = [
    "HIGHLIGHT",
    "KIND_BACKGROUNDS",
    "document_html",
    "event_cells",
    "event_spans",
    "eventset_html",
    "highlight",
]

KIND_BACKGROUNDS: Final[Mapping[EventKind, str]] = {
    EventKind.CONSULTATION: "#dbe9f6",
    EventKind.DECLARATION: "#dcf1d7",
    EventKind.AGREEMENT: "#f8dada",
}
"""A light background for each kind of event (their colours in :mod:`diplorel.plot`)."""

HIGHLIGHT: Final = "background:#ffe58a;border-radius:2px;padding:0 1px"
"""The inline style of an evidence span."""

_TABLE_ROWS: Final = 30
_CELL: Final = "padding:2px 8px;text-align:left;vertical-align:top;border-bottom:1px solid #ddd"


def event_spans(event: Event) -> tuple[Span, ...]:
    """Every span of an event's evidence: its own, then its agreement stages'."""
    spans = list(event.evidence)
    if isinstance(event, Agreement):
        spans.extend(stage.evidence for stage in event.stages if stage.evidence is not None)
    return tuple(spans)


def highlight(
    text: str,
    spans: Iterable[tuple[Span, str]],
    *,
    mark_class: str = "",
    id_prefix: str = "",
) -> str:
    """``text`` escaped, with each span's characters inside ``<mark>`` elements.

    ``spans`` pairs each span with a reference (an event number, say); a mark
    lists in ``data-ev`` the references of every span covering it, so that
    overlapping spans make one mark per stretch of text. With ``id_prefix``,
    an empty ``<span id="{id_prefix}{r}">`` stands before the first mark of
    reference ``r``, for links to it. A span
    that does not slice ``text`` to its own text (the text changed since) is
    skipped.
    """
    valid = [
        (span, ref)
        for span, ref in spans
        if span.end > span.start and text[span.start : span.end] == span.text
    ]
    starts: dict[int, list[str]] = {}
    ends: dict[int, list[str]] = {}
    for span, ref in valid:
        starts.setdefault(span.start, []).append(ref)
        ends.setdefault(span.end, []).append(ref)
    cuts = sorted({0, len(text), *starts, *ends})
    stretches: list[tuple[tuple[str, ...], str]] = []
    active: Counter[str] = Counter()
    for first, last in pairwise(cuts):
        active.subtract(ends.get(first, ()))
        active.update(starts.get(first, ()))
        refs = tuple(sorted((ref for ref, n in active.items() if n > 0), key=_natural))
        if stretches and stretches[-1][0] == refs:
            stretches[-1] = (refs, stretches[-1][1] + text[first:last])
        else:
            stretches.append((refs, text[first:last]))
    parts: list[str] = []
    seen: set[str] = set()
    style = "" if mark_class else f' style="{HIGHLIGHT}"'
    classes = f' class="{html.escape(mark_class)}"' if mark_class else ""
    for refs, raw in stretches:
        piece = html.escape(raw)
        if not refs:
            parts.append(piece)
            continue
        if id_prefix:
            for ref in refs:
                if ref not in seen:
                    parts.append(f'<span id="{html.escape(id_prefix + ref)}"></span>')
                    seen.add(ref)
        names = html.escape(" ".join(refs))
        title = html.escape("event " + ", ".join(refs))
        parts.append(f'<mark{classes}{style} data-ev="{names}" title="{title}">{piece}</mark>')
    return "".join(parts)


def _natural(ref: str) -> tuple[int, str]:
    return (int(ref), "") if ref.isdigit() else (-1, ref)


def event_cells(event: Event) -> tuple[str, str, str, str, str, str]:
    """Plain-text cells for an event: kind, what, parties, date, place, sectors."""
    return (
        event.kind.value,
        describe(event).replace("_", " "),
        "–".join(event.party_codes),
        "-" if event.date is None else str(event.date),
        event.place or "",
        ", ".join(sorted(event.sectors)),
    )


def _row(cells: Sequence[str], *, header: bool = False, background: str = "") -> str:
    tag = "th" if header else "td"
    shade = f' style="background:{background}"' if background else ""
    inner = "".join(f'<{tag} style="{_CELL}">{html.escape(cell)}</{tag}>' for cell in cells)
    return f"<tr{shade}>{inner}</tr>"


def document_html(doc: Document) -> str:
    """A document for a notebook: a title line, the text with every evidence span
    highlighted (its event numbers in the tooltip), and the numbered events."""
    spans = [
        (span, str(number))
        for number, event in enumerate(doc.events, 1)
        for span in event_spans(event)
    ]
    published = "" if doc.published is None else f" · published {doc.published}"
    count = len(doc.events)
    head = (
        f"<div><strong>Document {html.escape(doc.id)}</strong>{html.escape(published)}"
        f" · {count} event{'' if count == 1 else 's'}</div>"
    )
    body = (
        '<div style="white-space:pre-wrap;max-height:24em;overflow:auto;'
        'border:1px solid #ddd;padding:6px;margin:4px 0;font-family:serif">'
        f"{highlight(doc.text, spans)}</div>"
    )
    rows = [_row(("#", "kind", "what", "parties", "date", "place", "sectors"), header=True)]
    rows.extend(
        _row((str(number), *event_cells(event)), background=KIND_BACKGROUNDS[event.kind])
        for number, event in enumerate(doc.events, 1)
    )
    table = f'<table style="border-collapse:collapse">{"".join(rows)}</table>' if count else ""
    return f'<div class="diplorel-document">{head}{body}{table}</div>'


def _documents(record: Reported) -> str:
    return ", ".join(record.document_ids) or "-"


def eventset_html(events: EventSet, *, rows: int = _TABLE_ROWS) -> str:
    """An event set for a notebook: a compact table of its first ``rows`` events."""
    shown: list[Reported] = list(events[:rows])
    count = len(events)
    head = f"<div><strong>EventSet of {count} event{'' if count == 1 else 's'}</strong></div>"
    lines = [
        _row(("document", "kind", "what", "parties", "date", "place", "sectors"), header=True)
    ]
    lines.extend(
        _row(
            (_documents(record), *event_cells(record.event)),
            background=KIND_BACKGROUNDS[record.event.kind],
        )
        for record in shown
    )
    more = count - len(shown)
    tail = f"<div>… and {more} more</div>" if more > 0 else ""
    table = f'<table style="border-collapse:collapse">{"".join(lines)}</table>' if shown else ""
    return f'<div class="diplorel-eventset">{head}{table}{tail}</div>'
