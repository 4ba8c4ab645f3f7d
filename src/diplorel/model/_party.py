"""Parties: the states and international organisations events relate."""

from __future__ import annotations

import enum
import re
from typing import Any, Final

import attrs

from diplorel.errors import InvalidValueError

__all__ = ["Party", "PartyKind"]

_STATE_CODE: Final = re.compile(r"[A-Z]{3}")
_ALPHA2: Final = re.compile(r"[A-Z]{2}")
_ORG_CODE: Final = re.compile(r"[A-Z][A-Z0-9]{1,11}")


class PartyKind(enum.StrEnum):
    """Whether a party is a state or an international organisation."""

    STATE = "state"
    ORGANISATION = "organisation"


def _non_empty(_inst: object, attr: attrs.Attribute[Any], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidValueError(f"{attr.name} must be a non-empty string, not {value!r}")


@attrs.frozen(kw_only=True, eq=False, order=False, repr=False)
class Party:
    """A state (by ISO 3166-1 alpha-3 code) or an organisation (by a stable code).

    Two parties are equal when their codes are; they sort by code. Get them
    from the registry rather than building them: ``diplorel.party("AZE")``.

    >>> Party(code="AZE", name="Azerbaïdjan", kind=PartyKind.STATE, alpha2="AZ")
    Party('AZE')
    """

    code: str = attrs.field()
    name: str = attrs.field(validator=_non_empty)
    kind: PartyKind = attrs.field(validator=attrs.validators.instance_of(PartyKind))
    alpha2: str | None = attrs.field(default=None)
    acronym: str | None = attrs.field(default=None)

    @code.validator
    def _check_code(self, attr: attrs.Attribute[str], value: str) -> None:
        pattern = _STATE_CODE if self.kind is PartyKind.STATE else _ORG_CODE
        if not isinstance(value, str) or not pattern.fullmatch(value):
            expected = "three capital letters" if self.kind is PartyKind.STATE else "capitals"
            raise InvalidValueError(f"{attr.name} must be {expected}, not {value!r}")

    @alpha2.validator
    def _check_alpha2(self, attr: attrs.Attribute[str | None], value: str | None) -> None:
        if value is None:
            return
        if (
            self.kind is not PartyKind.STATE
            or not isinstance(value, str)
            or not _ALPHA2.fullmatch(value)
        ):
            raise InvalidValueError(
                f"{attr.name} must be two capital letters of a state, not {value!r}"
            )

    @acronym.validator
    def _check_acronym(self, attr: attrs.Attribute[str | None], value: str | None) -> None:
        if value is not None:
            _non_empty(self, attr, value)

    @property
    def is_state(self) -> bool:
        """True for a state, False for an organisation."""
        return self.kind is PartyKind.STATE

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Party):
            return NotImplemented
        return self.code == other.code

    def __hash__(self) -> int:
        return hash(self.code)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Party):
            return NotImplemented
        return self.code < other.code

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Party):
            return NotImplemented
        return self.code <= other.code

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Party):
            return NotImplemented
        return self.code > other.code

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Party):
            return NotImplemented
        return self.code >= other.code

    def __repr__(self) -> str:
        return f"Party({self.code!r})"

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"
