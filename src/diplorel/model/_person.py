"""People named in an event: who led a delegation, signed, approved or spoke."""

from __future__ import annotations

from typing import Any

import attrs

from diplorel.errors import InvalidValueError
from diplorel.model._party import Party

__all__ = ["Person"]


def _name(_inst: object, attr: attrs.Attribute[Any], value: str) -> None:
    if not isinstance(value, str) or not value.strip() or value != value.strip():
        raise InvalidValueError(f"{attr.name} must be a non-empty trimmed string, not {value!r}")


def _role(_inst: object, attr: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None:
        _name(_inst, attr, value)


@attrs.frozen(kw_only=True, repr=False)
class Person:
    """A person acting in an event, with their role and the party they act for.

    >>> Person(name="Ahmed Attaf", role="ministre des Affaires étrangères")
    Person('Ahmed Attaf', role='ministre des Affaires étrangères')
    """

    name: str = attrs.field(validator=_name)
    role: str | None = attrs.field(default=None, validator=_role)
    party: Party | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Party))
    )

    @property
    def family_name(self) -> str:
        """The last word of the name, as the corpus scoring compares names."""
        return self.name.split()[-1]

    def __repr__(self) -> str:
        extra = "" if self.role is None else f", role={self.role!r}"
        extra += "" if self.party is None else f", party={self.party.code!r}"
        return f"Person({self.name!r}{extra})"
