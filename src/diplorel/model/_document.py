"""A news article and the events extracted from it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from diplorel.errors import InvalidValueError
from diplorel.model._date import PartialDate
from diplorel.model._event import Agreement, Consultation, Declaration, Event

__all__ = ["Document"]

_EVENT_TYPES = (Agreement, Consultation, Declaration)


def _events(value: Iterable[Event]) -> tuple[Event, ...]:
    items = tuple(value)
    for item in items:
        if not isinstance(item, _EVENT_TYPES):
            raise InvalidValueError(f"events must hold events, not {item!r}")
    return items


def _id(_inst: object, attr: attrs.Attribute[Any], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidValueError(f"{attr.name} must be a non-empty string, not {value!r}")


@attrs.frozen(kw_only=True, repr=False)
class Document:
    """One article: its id, text, publication date, source and events.

    Every span in the events slices ``text`` to its evidence.
    """

    id: str = attrs.field(validator=_id)
    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    published: PartialDate | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(attrs.validators.instance_of(PartialDate)),
    )
    source_url: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(str))
    )
    events: tuple[Event, ...] = attrs.field(default=(), converter=_events)

    def __attrs_post_init__(self) -> None:
        for index, event in enumerate(self.events):
            spans = list(event.evidence)
            if isinstance(event, Agreement):
                spans.extend(s.evidence for s in event.stages if s.evidence is not None)
            for span in spans:
                if self.text[span.start : span.end] != span.text:
                    raise InvalidValueError(
                        f"events[{index}].evidence {span!r} does not slice the document text"
                    )

    def __repr__(self) -> str:
        published = "" if self.published is None else f" {self.published}"
        return f"<Document {self.id!r}{published} {len(self.events)} events>"

    def _repr_html_(self) -> str:
        """HTML for notebooks: the text with evidence highlighted, the events listed.

        The rendering lives in :mod:`diplorel._html`, imported here when a
        notebook asks, so that the model holds no rendering code and does not
        import the query layer that the rendering uses.
        """
        from diplorel._html import document_html  # noqa: PLC0415 - see the docstring

        return document_html(self)
