"""Evidence: a span of characters in a document's original text."""

from __future__ import annotations

from typing import Any

import attrs

from diplorel.errors import InvalidValueError

__all__ = ["Span"]


def _non_negative(_inst: object, attr: attrs.Attribute[Any], value: int) -> None:
    if type(value) is not int or value < 0:
        raise InvalidValueError(f"{attr.name} must be a non-negative int, not {value!r}")


@attrs.frozen(kw_only=True, repr=False)
class Span:
    """Characters ``start`` to ``end`` (exclusive) of a text, and what they say.

    ``text[span.start:span.end] == span.text`` holds for the text the span was
    taken from; :meth:`of` builds a span that way.

    >>> Span.of("Bakou et Rabat ont signé", 9, 14)
    Span(9, 14, 'Rabat')
    """

    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=_non_negative)
    text: str = attrs.field(validator=attrs.validators.instance_of(str))

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidValueError(f"end {self.end!r} is before start {self.start!r}")
        if len(self.text) != self.end - self.start:
            raise InvalidValueError(
                f"text {self.text!r} has {len(self.text)} characters, "
                f"but the span {self.start}..{self.end} has {self.end - self.start}"
            )

    @classmethod
    def of(cls, source: str, start: int, end: int) -> Span:
        """The span of ``source[start:end]``."""
        if not 0 <= start <= end <= len(source):
            raise InvalidValueError(
                f"span {start}..{end} does not fit a text of {len(source)} characters"
            )
        return cls(start=start, end=end, text=source[start:end])

    def __repr__(self) -> str:
        quoted = self.text if len(self.text) <= 60 else self.text[:57] + "..."
        return f"Span({self.start}, {self.end}, {quoted!r})"

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one character (an empty span shares none)."""
        return max(self.start, other.start) < min(self.end, other.end)
