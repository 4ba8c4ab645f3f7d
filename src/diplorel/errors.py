"""The exceptions diplorel raises.

Every exception the library raises on purpose derives from
:class:`DiplorelError`, so that a pipeline can catch them all at once.
Errors about values also derive from :class:`ValueError` and errors about
lookups from :class:`LookupError`, so that generic handlers keep working.
"""

from __future__ import annotations

__all__ = [
    "DiplorelError",
    "ExtractionError",
    "InvalidValueError",
    "ParseError",
    "SerialisationError",
    "UnknownEntityError",
]


class DiplorelError(Exception):
    """Base class of every error raised by diplorel."""


class InvalidValueError(DiplorelError, ValueError):
    """A model value failed validation; the message names the field and the value."""


class UnknownEntityError(DiplorelError, LookupError):
    """A code or name that must resolve (a party code, say) is unknown."""


class ParseError(DiplorelError, ValueError):
    """A ``parse_*`` function was given text that is not one whole expression.

    The message shows the source with a caret under the offending span.
    """

    def __init__(self, message: str, source: str, start: int = 0, end: int | None = None) -> None:
        self.reason = message
        self.source = source
        self.start = max(0, min(start, len(source)))
        self.end = self.start + 1 if end is None else max(self.start + 1, min(end, len(source)))
        super().__init__(self._render())

    def _render(self) -> str:
        line = self.source.replace("\n", " ")
        caret = " " * self.start + "^" * max(1, self.end - self.start)
        return f"{self.reason}\n  {line}\n  {caret}"


class SerialisationError(DiplorelError, ValueError):
    """Structured input could not be turned into model values.

    ``where`` locates the problem (a line number, a document id, an event
    index, a path to a field) and ``reason`` says what was expected.
    """

    def __init__(self, where: str, reason: str) -> None:
        self.where = where
        self.reason = reason
        super().__init__(f"{where}: {reason}" if where else reason)


class ExtractionError(DiplorelError):
    """A document of a batch could not be read or extracted (``on_error="raise"``).

    ``source`` names the document (a path, ``path:line`` or an id) and
    ``reason`` says what went wrong.
    """

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")
