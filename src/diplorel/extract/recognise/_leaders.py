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

from diplorel.extract._text import fold
from diplorel.extract._words import forms
from diplorel.extract.recognise._leader_table import Leader, leader_parties, leaders, offices
from diplorel.extract.recognise._lexicon import lexicon
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


@cache
def leader_side(name: str) -> str | None:
    """The party of the leader called ``name`` (a full name, or the end of a longer
    name written with a title or a first name: « Mohamed Ould Cheikh El Ghazouani »),
    or of the family name alone when the table gives it as a leader's short name;
    None when the name is no leader's or is given two parties."""
    full, short = leader_parties()
    words = fold(name).split()
    if len(words) == 1:
        return short.get(words[0])
    for first in range(len(words) - 1):
        code = full.get(" ".join(words[first:]))
        if code is not None:
            return code
    return None


def _found(prepared: Prepared) -> list[tuple[int, int, str]]:
    """The leaders' full names written in the text, capitalised and as whole words: start,
    end and party of each, in order (read from the lexicon's one scan of the text, kept
    in its memo)."""
    found = prepared.memo.get(_FOUND)
    if found is not None:
        assert isinstance(found, list)
        return found
    names, _short = leader_parties()
    key, text = prepared.key, prepared.text
    out = []
    # the lexicon's one scan of the text holds the full names (« leader » list); a
    # family name alone is no person here: « Macron reçoit Tebboune » in a headline
    # would make events of its own
    for start, end, name in lexicon().hits(prepared).matches("leader"):
        if not text[start].isupper() or key.startswith("-", end):
            continue
        begin = start
        if key.endswith(_ARTICLES, max(0, start - 4), start):
            begin = key.rfind(" ", 0, start) + 1  # « al-Sissi »: the whole name
        if _named_after(key, begin):
            continue  # « l'université Mohammed VI », « le boulevard Mohammed VI »: a place
        out.append((begin, end, names[name]))
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
