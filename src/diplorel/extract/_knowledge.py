"""What is known of the whole document before its sentences are assembled."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Final

import attrs

from diplorel.extract._guard import sentences_with
from diplorel.extract._reading import SentenceReading
from diplorel.extract._text import Prepared, fold
from diplorel.extract._words import phrases
from diplorel.extract.recognise._mentions import (
    PersonMention,
)
from diplorel.extract.rules._attributes import _DELEGATION_WORDS, _delegation_heads
from diplorel.extract.rules._cues import _PLACE_DETAILS, _PLACE_PREP


def _known_sides(readings: Sequence[SentenceReading]) -> dict[str, str]:
    """The side each family name acts for where it is first given one."""
    known: dict[str, str] = {}
    for reading in readings:
        for person in reading.persons:
            if person.party:
                known.setdefault(person.name.split()[-1], person.party)
    return known


def _main_pair(
    prepared: Prepared, readings: Sequence[SentenceReading], known: dict[str, str] | None = None
) -> list[str]:
    """The two parties the article names most (a mention in its first sentences counts
    twice); a capital named as where something happens ("à Moscou", "au Caire") says
    where more than who, and counts half; a person named again by title and name
    ("le ministre X") counts for the side given where X was first named (``known``:
    :func:`_known_sides` of the readings, found here when not given)."""
    return ranked_parties(prepared, readings, known)[:2]


def ranked_parties(
    prepared: Prepared, readings: Sequence[SentenceReading], known: dict[str, str] | None = None
) -> list[str]:
    """Every party the article names, the most named first, counted as :func:`_main_pair`
    counts them."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    key = prepared.key
    if known is None:
        known = _known_sides(readings)
    for reading in readings:
        weight = 2 if reading.index < 3 else 1
        for mention in reading.parties:
            if mention.category != "party":
                continue
            if mention.detail in _PLACE_DETAILS and _PLACE_PREP.search(
                key, max(0, mention.start - 14), mention.start
            ):
                counts[mention.value] += weight
                first.setdefault(mention.value, reading.sentence.start)
                continue
            counts[mention.value] += 2 * weight
            first.setdefault(mention.value, reading.sentence.start)
        for person in reading.persons:
            party = person.party or known.get(person.name.split()[-1])
            if party:
                counts[party] += 2 * weight
    return sorted(counts, key=lambda c: (-counts[c], first.get(c, 0)))


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


_OWN_OFFICES: Final = phrases("parties.own-office", "office")


def _own_office_party(readings: Sequence[SentenceReading], known: dict[str, str]) -> str | None:
    """Rule ``parties.own-office``: the side of the first person named with a bare head
    of state's office (« le président de la République, Paul Biya », « le chef de
    l'Etat »), which news writes without a nationality for its own country only."""
    for reading in readings:
        for person in reading.persons:
            if person.role and fold(person.role) in _OWN_OFFICES:
                party = person.party or known.get(person.name.split()[-1])
                if party:
                    return party
    return None


def _people_by_side(
    readings: Sequence[SentenceReading], known: dict[str, str]
) -> dict[str, PersonMention]:
    """For each party, the first person of the article said to act for it."""
    out: dict[str, PersonMention] = {}
    for reading in readings:
        for person in reading.persons:
            party = person.party or known.get(person.name.split()[-1])
            if party and party not in out and len(person.name.split()) > 1:
                out[party] = _with_party(person, party)
    return out


@attrs.frozen
class Knowledge:
    """What is known of the whole document, frozen before its sentences are assembled.

    ``pair`` is the main pair of parties (the dateline's state first when it is
    one of them), ``home`` the dateline's state; ``known_people`` maps family
    names to the side they act for; ``delegation_heads`` holds, per sentence,
    the persons said to lead a delegation; ``chiefs`` the first head known for
    each side; ``fullest`` the fullest form of each family name.
    """

    pair: list[str]
    home: str | None
    known_people: dict[str, str]
    delegation_heads: dict[int, list[PersonMention]]
    chiefs: dict[str, PersonMention]
    fullest: dict[str, PersonMention]

    @classmethod
    def of(
        cls, prepared: Prepared, readings: Sequence[SentenceReading], *, own_office: bool = True
    ) -> Knowledge:
        """Gather what the readings tell of the whole document (``own_office``: rule
        ``parties.own-office`` on)."""
        known_people = _known_sides(readings)
        pair = _main_pair(prepared, readings, known_people)
        home = _home_party(prepared, readings)
        if home in pair:  # the implicit side is the agency's own first
            pair = [home, *(code for code in pair if code != home)]
        elif home is None and own_office:
            own = _own_office_party(readings, known_people)
            if own in pair:  # « le président de la République, X »: the writer's own
                pair = [own, *(code for code in pair if code != own)]
        delegation_heads: dict[int, list[PersonMention]] = {}
        holding = sentences_with(prepared, _DELEGATION_WORDS)  # the others name none
        for reading in readings:
            if reading.index not in holding:
                continue
            heads = _delegation_heads(prepared, reading)
            if heads:
                delegation_heads[reading.index] = heads
                for person in heads:
                    if person.party:
                        known_people[person.name.split()[-1]] = person.party
        chiefs: dict[str, PersonMention] = {}
        for heads in delegation_heads.values():
            for person in heads:
                if person.party:
                    chiefs.setdefault(person.party, person)
        return cls(
            pair=pair,
            home=home,
            known_people=known_people,
            delegation_heads=delegation_heads,
            chiefs=chiefs,
            fullest=_fullest(readings, delegation_heads, known_people),
        )


def _fullest(
    readings: Sequence[SentenceReading],
    delegation_heads: dict[int, list[PersonMention]],
    known_people: dict[str, str],
) -> dict[str, PersonMention]:
    """The fullest form of each family name, with the side it acts for."""
    fullest: dict[str, PersonMention] = {}
    for reading in readings:
        for person in (*reading.persons, *delegation_heads.get(reading.index, ())):
            words = fold(person.name).split()
            if len(words) < 2 or len(words[-1]) < 3:
                continue
            party = person.party or known_people.get(person.name.split()[-1])
            current = fullest.get(words[-1])
            if current is None or (party and not current.party):
                fullest[words[-1]] = _with_party(person, party)
            # "M. Xi" for "Xi Jinping": family names written first (a name already
            # there is kept)
            if len(words[0]) >= 2 and words[0] not in fullest:
                fullest[words[0]] = _with_party(person, party)
    return fullest


def _with_party(person: PersonMention, party: str | None) -> PersonMention:
    """``person`` acting for ``party``: the mention itself when it already says so (a
    frozen record equal to the copy ``attrs.evolve`` would make)."""
    return person if person.party == party else attrs.evolve(person, party=party)
