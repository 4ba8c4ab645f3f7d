"""What is known of the whole document before its sentences are assembled."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import attrs

from diplorel.extract._mentions import (
    PersonMention,
)
from diplorel.extract._reading import SentenceReading
from diplorel.extract._text import Prepared
from diplorel.extract.rules._cues import _PLACE_DETAILS


def _main_pair(readings: Sequence[SentenceReading]) -> list[str]:
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for reading in readings:
        weight = 2 if reading.index < 3 else 1
        for mention in reading.parties:
            if mention.category != "party":
                continue
            counts[mention.value] += weight
            first.setdefault(mention.value, reading.sentence.start)
        for person in reading.persons:
            if person.party:
                counts[person.party] += weight
    ranked = sorted(counts, key=lambda c: (-counts[c], first.get(c, 0)))
    return ranked[:2]


def _home_party(prepared: Prepared, readings: Sequence[SentenceReading]) -> str | None:
    """The state of the dateline's city ("Alger, le 3 mars (APS)"): a side the article
    leaves implicit is most often the reporting agency's own."""
    for reading in readings[:6]:
        start = reading.sentence.start
        for mention in reading.parties:
            if mention.start - start > 3:
                break
            if mention.detail not in _PLACE_DETAILS:
                continue
            if not prepared.key.startswith(",", mention.end):
                continue
            if any(0 < d.start - mention.end <= 8 for d in reading.dates):
                return mention.value
    return None


def _people_by_side(
    readings: Sequence[SentenceReading], known: dict[str, str]
) -> dict[str, PersonMention]:
    """For each party, the first person of the article said to act for it."""
    out: dict[str, PersonMention] = {}
    for reading in readings:
        for person in reading.persons:
            party = person.party or known.get(person.name.split()[-1])
            if party and len(person.name.split()) > 1:
                out.setdefault(party, attrs.evolve(person, party=party))
    return out
