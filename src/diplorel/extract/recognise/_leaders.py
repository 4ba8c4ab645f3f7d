"""Known leaders: the side a head of state, of government or a foreign minister speaks for.

``lang/fr/leaders.tsv`` lists leaders by name with their party, office and term.
Three rules read it, after the sentences are read and before assembly:

* ``heads.leader-side``: a person found by a role or an honorific whose side the
  text does not give (« le président Tebboune », « M. Lavrov ») takes the leader's
  party;
* ``heads.leader-named``: a leader's full name written with no role or honorific
  (« Emmanuel Macron a reçu … ») is a person of the sentence, with his party;
* ``heads.leader-bearer``: the bearer of a leader's message, his envoy or who speaks
  in his name (« X, porteur d'un message du roi Mohammed VI ») takes the leader's
  side when the text gives him none.

A name's side does not depend on the article's date (a former minister keeps his
country); a name the table gives two parties (an office of a state, then one of an
organisation) gives no side.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Final

import attrs

from diplorel._registry import party_or_none
from diplorel._tsv import read_table
from diplorel.extract._text import fold
from diplorel.extract._trie import PhraseHits, PhraseIndex
from diplorel.extract._words import forms
from diplorel.extract.recognise._mentions import PersonMention

if TYPE_CHECKING:
    from diplorel.extract._draft import Draft
    from diplorel.extract._reading import SentenceReading
    from diplorel.extract._text import Prepared
    from diplorel.extract.rules._base import Options

__all__ = [
    "LEADER_RULES",
    "Leader",
    "leader_side",
    "leaders",
    "offices",
    "trace_leaders",
    "with_leaders",
]

LEADER_RULES: Final = ("heads.leader-side", "heads.leader-named", "heads.leader-bearer")
"""The names of the rules of this module, as registered in ``RULES``."""


def offices() -> frozenset[str]:
    """The values of the table's ``office`` column: head of state, of government,
    foreign minister, head of an organisation."""
    return frozenset(("state", "government", "foreign", "organisation"))


_MONTH: Final = re.compile(r"(\d{4})-(0[1-9]|1[0-2])")


@attrs.frozen
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
def _sides() -> tuple[dict[str, str], dict[str, str]]:
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


def leader_side(name: str) -> str | None:
    """The party of the leader called ``name`` (a full name, or the end of a longer
    name written with a title or a first name: « Mohamed Ould Cheikh El Ghazouani »),
    or of the family name alone when the table gives it as a leader's short name;
    None when the name is no leader's or is given two parties."""
    full, short = _sides()
    words = fold(name).split()
    if len(words) == 1:
        return short.get(words[0])
    for first in range(len(words) - 1):
        code = full.get(" ".join(words[first:]))
        if code is not None:
            return code
    return None


@cache
def _index() -> PhraseIndex:
    """The folded full and short names of the table, found in one pass over a text."""
    full, short = _sides()
    return PhraseIndex({"leader": [*full, *short]})


def _hits(prepared: Prepared) -> PhraseHits:
    index = _index()
    found = prepared.memo.get(index)
    if found is None:
        found = prepared.memo[index] = index.scan(prepared.key)
    assert isinstance(found, PhraseHits)
    return found


_CARRIER: Final = tuple(forms("heads.leader-bearer", "carrier"))
"""What the bearer of a leader's word is (« porteur d'un message », « envoyé spécial »,
« au nom »): the words written between the bearer and the leader."""
_BEARER_REACH: Final = 70
"""How far after the bearer's name the leader he carries a message from may be named."""
_MARKS: Final = re.compile(r"[.;:()«»]")


def _named(prepared: Prepared, reading: SentenceReading, persons: list[PersonMention]) -> bool:
    """Add to ``persons`` the leaders named by full name in the sentence and found by no
    other means; True when one was added."""
    text = prepared.text
    full, _short = _sides()
    sentence = reading.sentence
    added = False
    for start, end, phrase in _hits(prepared).matches("leader", sentence.start, sentence.end):
        code = full.get(phrase)
        if code is None or not text[start].isupper():
            continue
        if any(p.start < end and start < p.end for p in persons):
            continue
        persons.append(PersonMention(start, end, text[start:end], None, code))
        added = True
    if added:
        persons.sort(key=lambda p: p.start)
    return added


def _bearers(prepared: Prepared, persons: list[PersonMention]) -> set[int]:
    """Give each person with no side who carries the word of a person with one (named
    just after him, a carrier word between them) that side; the indexes changed."""
    key = prepared.key
    changed: set[int] = set()
    for index, person in enumerate(persons):
        if person.party is not None or index + 1 >= len(persons):
            continue
        leader = persons[index + 1]
        if leader.party is None or leader.start - person.end > _BEARER_REACH:
            continue
        between = key[person.end : leader.start]
        if _MARKS.search(between) is None and any(word in between for word in _CARRIER):
            persons[index] = attrs.evolve(person, party=leader.party)
            changed.add(index)
    return changed


def with_leaders(
    prepared: Prepared, readings: Sequence[SentenceReading], opts: Options
) -> list[SentenceReading]:
    """The readings with the persons' sides that the leaders' table gives (the rules of
    :data:`LEADER_RULES` that ``opts`` leaves on); persons they changed are remembered
    in ``prepared.memo`` for :func:`trace_leaders`."""
    side, named, bearer = (opts.on(name) for name in LEADER_RULES)
    if not (side or named or bearer):
        return list(readings)
    traced: dict[tuple[int, int], str] = {}
    out = []
    for reading in readings:
        persons = list(reading.persons)
        changed = False
        if side:
            for index, person in enumerate(persons):
                if person.party is None:
                    code = leader_side(person.name)
                    if code is not None:
                        persons[index] = attrs.evolve(person, party=code)
                        traced[person.start, person.end] = "heads.leader-side"
                        changed = True
        if named:
            before = {(p.start, p.end) for p in persons}
            if _named(prepared, reading, persons):
                for p in persons:
                    if (p.start, p.end) not in before:
                        traced[p.start, p.end] = "heads.leader-named"
                changed = True
        if bearer and len(persons) >= 2:
            for index in _bearers(prepared, persons):
                traced[persons[index].start, persons[index].end] = "heads.leader-bearer"
                changed = True
        out.append(attrs.evolve(reading, persons=tuple(persons)) if changed else reading)
    prepared.memo[_TRACED] = traced
    return out


_TRACED: Final = "leaders.traced"
"""The key in ``prepared.memo`` of the persons the leaders' rules changed."""


def trace_leaders(prepared: Prepared, drafts: Sequence[Draft]) -> None:
    """Trace on each draft the leaders' rules that gave one of its persons a side."""
    traced = prepared.memo.get(_TRACED)
    if not traced:
        return
    for draft in drafts:
        for person in draft.persons:
            rule = traced.get((person.start, person.end))
            if rule is not None:
                draft.trace(rule)
