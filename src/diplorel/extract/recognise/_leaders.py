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

import ahocorasick_rs
import attrs

from diplorel._registry import party_or_none
from diplorel._tsv import read_table
from diplorel.extract._text import fold
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


@cache
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
def _automaton() -> tuple[ahocorasick_rs.AhoCorasick, tuple[str, ...]]:
    """One automaton over the folded full names of the table, and the party of each
    (by the automaton's pattern index). A family name alone is no person here: a
    headline's « Macron reçoit Tebboune » would make events of its own."""
    names, _short = _sides()
    patterns = list(names)
    automaton = ahocorasick_rs.AhoCorasick(
        patterns,
        matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
        implementation=ahocorasick_rs.Implementation.DFA,
    )
    return automaton, tuple(names[name] for name in patterns)


def _found(prepared: Prepared) -> list[tuple[int, int, str]]:
    """The leaders' full names written in the text, capitalised and as whole words: start,
    end and party of each, in order (one pass over the text, kept in its memo)."""
    found = prepared.memo.get(_FOUND)
    if found is not None:
        assert isinstance(found, list)
        return found
    automaton, codes = _automaton()
    key, text = prepared.key, prepared.text
    out = []
    for index, start, end in automaton.find_matches_as_indexes(key):
        if not text[start].isupper() or (start and key[start - 1].isalnum()):
            continue
        if end < len(key) and (key[end].isalnum() or key[end] in "-_"):
            continue
        begin = start
        if key.endswith(_ARTICLES, max(0, start - 4), start):
            begin = key.rfind(" ", 0, start) + 1  # « al-Sissi »: the whole name
        if _named_after(key, begin):
            continue  # « l'université Mohammed VI », « le boulevard Mohammed VI »: a place
        out.append((begin, end, codes[index]))
    prepared.memo[_FOUND] = out
    return out


_PLACE_NOUNS: Final = frozenset(forms("heads.leader-named", "named-after"))
"""Nouns of places and bodies named after a leader (« avenue », « université »)."""


def _named_after(key: str, start: int) -> bool:
    """Whether the name at ``start`` follows a noun of a place or a body named after a
    person (« l'université Mohammed VI », « la fondation Mohammed VI »)."""
    words = key[max(0, start - 30) : start].split()
    if not words:
        return False
    last = words[-1]
    return last.rsplit("'", maxsplit=1)[-1] in _PLACE_NOUNS


_FOUND: Final = "leaders.found"
"""The key in ``prepared.memo`` of :func:`_found`'s list."""
_CARRIER: Final = tuple(forms("heads.leader-bearer", "carrier"))
"""What the bearer of a leader's word is (« porteur d'un message », « envoyé spécial »,
« au nom »): the words written between the bearer and the leader."""
_ARTICLES: Final = (" al-", " el-", " as-", " ash-", " ad-", " an-", " ar-")
"""The Arabic article joined to a family name (« al-Sissi »): part of the name."""
_BEARER_REACH: Final = 70
"""How far after the bearer's name the leader he carries a message from may be named."""
_MARKS: Final = re.compile(r"[.;:()«»]")


def _named(
    prepared: Prepared, hits: list[tuple[int, int, str]], persons: list[PersonMention]
) -> list[tuple[int, int]]:
    """Add to ``persons`` the leaders named in the sentence (``hits``: start, end, party)
    and found by no other means; their bounds."""
    text = prepared.text
    added = []
    for start, end, code in hits:
        if any(p.start < end and start < p.end for p in persons):
            continue
        persons.append(PersonMention(start, end, text[start:end], None, code))
        added.append((start, end))
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


def _leader_sides(persons: list[PersonMention], traced: dict[tuple[int, int], str]) -> bool:
    """Give each person of ``persons`` with no side the one the leaders' table gives his
    name (``heads.leader-side``, recorded in ``traced``); whether any changed."""
    changed = False
    for index, person in enumerate(persons):
        if person.party is None:
            code = leader_side(person.name)
            if code is not None:
                persons[index] = attrs.evolve(person, party=code)
                traced[person.start, person.end] = "heads.leader-side"
                changed = True
    return changed


def _hits_in(
    found: list[tuple[int, int, str]], at: int, start: int, end: int
) -> tuple[list[tuple[int, int, str]], int]:
    """The leaders of ``found`` (from position ``at`` on) named within ``start``-``end``,
    and the position to go on from."""
    while at < len(found) and found[at][0] < start:
        at += 1
    hits = []
    while at < len(found) and found[at][1] <= end:
        hits.append(found[at])
        at += 1
    return hits, at


def _with_leaders_in(
    prepared: Prepared,
    persons: list[PersonMention],
    hits: list[tuple[int, int, str]],
    rules: tuple[bool, bool],
    traced: dict[tuple[int, int], str],
) -> bool:
    """Apply to a sentence's ``persons`` the leaders' rules: sides from the table
    (``rules``: side, bearer), leaders named (``hits``), bearers of their word; whether
    any person changed."""
    side, bearer = rules
    changed = False
    if side:
        changed = _leader_sides(persons, traced)
    if hits:
        for bounds in _named(prepared, hits, persons):
            traced[bounds] = "heads.leader-named"
            changed = True
    if bearer and len(persons) >= 2:
        for index in _bearers(prepared, persons):
            traced[persons[index].start, persons[index].end] = "heads.leader-bearer"
            changed = True
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
    found = _found(prepared) if named else []
    at = 0
    out = []
    for reading in readings:
        sentence = reading.sentence
        hits, at = _hits_in(found, at, sentence.start, sentence.end)
        if not hits and not reading.persons:
            out.append(reading)
            continue
        persons = list(reading.persons)
        changed = _with_leaders_in(prepared, persons, hits, (side, bearer), traced)
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
