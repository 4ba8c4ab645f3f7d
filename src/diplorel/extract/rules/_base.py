"""What a rule is, and the options that switch rules off by name."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import Final, Literal

import attr

__all__ = ["KINDS", "Options", "Rule"]

RuleKind = Literal["veto", "builder", "attribute"]
KINDS: Final = ("veto", "builder", "attribute")
"""A veto stops a trigger from making an event; a builder makes a draft; an attribute
rule fills or changes a draft's field (parties, date, place, round, heads, sectors)."""


def _intern(value: str) -> str:
    return sys.intern(value)


@attr.s(auto_attribs=True, slots=False, hash=True, order=False)  # native when compiled
class Rule:
    """One named rule of the assembly stage.

    ``name`` is stable (it is written in traces and accepted by
    ``disabled_rules``); ``concern`` says which module owns it; ``summary`` says
    in one line what it does, with a French example.
    """

    name: str = attr.ib(converter=_intern)
    kind: RuleKind
    concern: str
    summary: str


def _names(value: Iterable[str]) -> frozenset[str]:
    if isinstance(value, str):
        raise TypeError("disabled rules must be a collection of rule names, not one string")
    return frozenset(value)


@attr.s(auto_attribs=True, slots=False, hash=True, order=False)  # native when compiled
class Options:
    """How the assembly runs: the rules switched off by name (for ablation)."""

    disabled: frozenset[str] = attr.ib(default=frozenset(), converter=_names)

    def on(self, name: str) -> bool:
        """True when the rule named ``name`` runs."""
        return name not in self.disabled


DEFAULT: Final = Options()
