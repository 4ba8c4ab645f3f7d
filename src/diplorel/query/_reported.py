"""An event together with where it was reported.

A model event knows nothing of the article it came from; a collection of
events from many articles has to. :class:`Reported` pairs an event with the
id and URL of its document. A record made by :func:`~diplorel.query.merge`
from several reports of the same real event also keeps those reports, each
with its own event, evidence spans and document, so that nothing is lost.
"""

from __future__ import annotations

from typing import Any

import attrs

from diplorel.errors import InvalidValueError
from diplorel.model import Agreement, Consultation, Declaration, Event, Span

__all__ = ["Reported"]

_EVENT_TYPES = (Agreement, Consultation, Declaration)


def _event(_inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, _EVENT_TYPES):
        raise InvalidValueError(f"{attr.name} must be an event, not {value!r}")


def _document_id(_inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise InvalidValueError(f"{attr.name} must be None or a non-empty string, not {value!r}")


def _url(_inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise InvalidValueError(f"{attr.name} must be None or a string, not {value!r}")


def _reports(value: Any) -> tuple[Reported, ...]:
    items = tuple(value)
    for item in items:
        if not isinstance(item, Reported) or item.reports:
            raise InvalidValueError(
                f"reports must hold original (unmerged) Reported records, not {item!r}"
            )
    if len(items) == 1:
        raise InvalidValueError("reports must be empty or hold at least two records")
    return items


@attrs.frozen(kw_only=True, repr=False)
class Reported:
    """An event, the document that reported it and, once merged, every report of it.

    ``document_id`` and ``source_url`` say where the event was read (either
    may be unknown, for events built by hand). ``reports`` is empty for an
    event as one article reported it; for a record that
    :func:`~diplorel.query.merge` made from several articles it holds those
    original reports (two or more), and ``document_id`` and ``source_url``
    are those of the first of them.

    >>> from diplorel import Consultation, party
    >>> talk = Consultation(parties=[party("AZE"), party("DZA")], format="meeting")
    >>> Reported(event=talk, document_id="seed-004")
    Reported(<Consultation AZE-DZA meeting>, 'seed-004')
    """

    event: Event = attrs.field(validator=_event)
    document_id: str | None = attrs.field(default=None, validator=_document_id)
    source_url: str | None = attrs.field(default=None, validator=_url)
    reports: tuple[Reported, ...] = attrs.field(default=(), converter=_reports)

    @property
    def is_merged(self) -> bool:
        """True for a record merged from several reports."""
        return bool(self.reports)

    @property
    def originals(self) -> tuple[Reported, ...]:
        """The original reports: ``reports`` for a merged record, else the record itself."""
        return self.reports or (self,)

    @property
    def document_ids(self) -> tuple[str, ...]:
        """The ids of every document that reported the event, sorted, without repeats."""
        return tuple(
            sorted({item.document_id for item in self.originals if item.document_id is not None})
        )

    @property
    def sources(self) -> tuple[tuple[str | None, str | None], ...]:
        """``(document_id, source_url)`` of each original report, without repeats."""
        return tuple(dict.fromkeys((r.document_id, r.source_url) for r in self.originals))

    @property
    def evidence(self) -> tuple[tuple[str | None, Span], ...]:
        """Every evidence span of every report, with the id of the document it slices."""
        return tuple(
            (item.document_id, span) for item in self.originals for span in item.event.evidence
        )

    def __repr__(self) -> str:
        where = "" if self.document_id is None else f", {self.document_id!r}"
        more = f", merged from {len(self.reports)} reports" if self.reports else ""
        return f"Reported({self.event!r}{where}{more})"
