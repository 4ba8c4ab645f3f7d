"""Drafts: events under construction, and what rules pass to the merge and finish passes."""

from __future__ import annotations

from typing import Final

import attrs

from diplorel.extract._mentions import (
    PersonMention,
)
from diplorel.model import DateValue


@attrs.frozen
class _Context:
    """The last stage reported, carried over to instruments enumerated after it."""

    stage: str
    date: DateValue | None
    sentence: int
    persons: tuple[PersonMention, ...]


@attrs.define
class Draft:
    """An event under construction (mutable inside assembly only)."""

    kind: str
    sentence: int
    anchor: tuple[int, int]
    parties: set[str]
    subtype: str
    date: DateValue | None = None
    place: str | None = None
    round: int | None = None
    sectors: set[str] = attrs.field(factory=set)
    persons: list[PersonMention] = attrs.field(factory=list)
    evidence: list[tuple[int, int]] = attrs.field(factory=list)
    stage: str | None = None
    stage_anchor: tuple[int, int] | None = None
    title: str | None = None
    background: bool = False
    quantity: int | None = None
    group: bool = False
    strong: bool = True
    establishes: str | None = None
    anaphoric: bool = False
    backref: bool = False
    generic: bool = False  # an item of a counted list: its instrument is the list's noun
    expanded: bool = False  # a meeting "en format élargi", after the one in private
    counterpart: str | None = None  # "des rencontres avec X, Y": the one met in this one


_STAGE_RANK: Final = {"negotiated": 0, "signed": 1, "approved": 2, "ratified": 3, "in_force": 4}
