"""The table of known leaders (``lang/fr/leaders.tsv``), read and checked.

Kept apart from the rules that use it (:mod:`diplorel.extract.recognise._leaders`)
so that the lexicon can put the leaders' names into its one phrase index without
importing the person finder.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

import attr

from diplorel._registry import party_or_none
from diplorel._tsv import read_table
from diplorel.extract._text import fold

__all__ = ["Leader", "leader_parties", "leaders", "offices"]


def offices() -> frozenset[str]:
    """The values of the table's ``office`` column: head of state, of government,
    foreign minister, head of an organisation."""
    return frozenset(("state", "government", "foreign", "organisation"))


_MONTH: Final = re.compile(r"(\d{4})-(0[1-9]|1[0-2])")


@attr.s(auto_attribs=True, slots=False, hash=True, order=False)  # native when compiled
class Leader:
    """One row of ``leaders.tsv``: a person in one office over one term."""

    name: str
    code: str
    office: str
    start: tuple[int, int]
    end: tuple[int, int] | None
    short: str | None


def _month(value: str, row: int) -> tuple[int, int]:
    match = _MONTH.fullmatch(value)
    if match is None:
        raise ValueError(f"leaders.tsv: data row {row}: {value!r} is not a month YYYY-MM")
    return int(match.group(1)), int(match.group(2))


@cache
def leaders() -> tuple[Leader, ...]:
    """The rows of ``lang/fr/leaders.tsv``, checked: a party code of the registry, a
    known office, months that parse, and a term that ends after it starts."""
    out = []
    for number, row in enumerate(read_table("lang", "fr", "leaders.tsv"), start=2):
        if party_or_none(row["code"]) is None:
            raise ValueError(f"leaders.tsv: data row {number}: unknown party {row['code']!r}")
        if row["office"] not in offices():
            raise ValueError(f"leaders.tsv: data row {number}: unknown office {row['office']!r}")
        start = _month(row["start"], number)
        end = _month(row["end"], number) if row["end"] else None
        if end is not None and end < start:
            raise ValueError(f"leaders.tsv: data row {number}: the term ends before it starts")
        name = row["name"].strip()
        if not name:
            raise ValueError(f"leaders.tsv: data row {number}: no name")
        out.append(Leader(name, row["code"], row["office"], start, end, row["short"] or None))
    return tuple(out)


@cache
def leader_parties() -> tuple[dict[str, str], dict[str, str]]:
    """Folded full names and folded short names, each to the one party the table gives
    it (a name given two parties is left out)."""
    full: dict[str, set[str]] = {}
    short: dict[str, set[str]] = {}
    for leader in leaders():
        full.setdefault(fold(leader.name), set()).add(leader.code)
        if leader.short:
            short.setdefault(fold(leader.short), set()).add(leader.code)
    return (
        {name: next(iter(codes)) for name, codes in full.items() if len(codes) == 1},
        {name: next(iter(codes)) for name, codes in short.items() if len(codes) == 1},
    )
