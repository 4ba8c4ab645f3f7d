"""Rule ``parties.shared-demonym``: a demonym two states share names the one the article is about.

French writes « congolais » for the people of the Republic of the Congo and for
those of the Democratic Republic of the Congo alike; ``parties.tsv`` maps the
adjective to the former (the annotation standard's default). An article that
names the other state (« la RDC », « Kinshasa », « la République démocratique du
Congo ») more often than the default one by name or capital means it: there
« son homologue congolaise » is the DRC's minister. Runs after the sentences are
read and before assembly, like the leaders' rules, and changes only the
demonyms' mentions and the sides of persons the leaders' table did not give.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Final

import attrs

from diplorel.extract._draft import Draft
from diplorel.extract._reading import SentenceReading
from diplorel.extract._text import Prepared
from diplorel.extract.recognise._leaders import _TRACED
from diplorel.extract.rules._base import Options

RULE: Final = "parties.shared-demonym"

SHARED: Final = {"COG": "COD"}
"""The state a shared demonym is mapped to in ``parties.tsv`` → the other state it
may name (the comments of ``parties.tsv`` list the forms)."""

_DEMONYM: Final = "demonym"
_KEY: Final = "parties.shared-demonym"
"""The key in ``prepared.memo`` of the states the rule turned a demonym into."""


def _named(readings: Sequence[SentenceReading]) -> Counter[str]:
    """How often each state of :data:`SHARED` (either side) is named other than by its
    demonym: by name, acronym, capital or city."""
    wanted = {*SHARED, *SHARED.values()}
    counts: Counter[str] = Counter()
    for reading in readings:
        for mention in reading.parties:
            if mention.value in wanted and mention.detail != _DEMONYM:
                counts[mention.value] += 1
    return counts


def with_shared_demonyms(
    prepared: Prepared, readings: Sequence[SentenceReading], opts: Options
) -> list[SentenceReading]:
    """The readings with each shared demonym read as the state the article names more
    often than the one ``parties.tsv`` gives it (see the module docstring)."""
    if not opts.on(RULE) or not any(
        m.value in SHARED and m.detail == _DEMONYM for r in readings for m in r.parties
    ):
        return list(readings)
    counts = _named(readings)
    swap = {default: other for default, other in SHARED.items() if counts[other] > counts[default]}
    if not swap:
        return list(readings)
    given = prepared.memo.get(_TRACED) or {}
    out = []
    for reading in readings:
        parties = tuple(
            attrs.evolve(m, value=swap[m.value]) if m.detail == _DEMONYM and m.value in swap else m
            for m in reading.parties
        )
        persons = tuple(
            attrs.evolve(p, party=swap[p.party])
            if p.party in swap and (p.start, p.end) not in given
            else p
            for p in reading.persons
        )
        if parties == reading.parties and persons == reading.persons:
            out.append(reading)
        else:
            out.append(attrs.evolve(reading, parties=parties, persons=persons))
    prepared.memo[_KEY] = frozenset(swap.values())
    return out


def trace_shared_demonyms(prepared: Prepared, drafts: Sequence[Draft]) -> None:
    """Trace the rule on each draft one of whose sides it gave."""
    swapped = prepared.memo.get(_KEY)
    if not swapped:
        return
    for draft in drafts:
        if swapped & draft.parties:
            draft.trace(RULE)
