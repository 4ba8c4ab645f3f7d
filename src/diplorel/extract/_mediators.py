"""The host or mediator of a meeting told in a sentence of its own (rule
``parties.mediator-again``).

News writing names the meeting first and who brought the sides together after,
with the meeting named again by an article or a demonstrative: « Les deux ministres
se sont rencontrés lundi. Cette rencontre s'est tenue sous l'égide de l'UA »,
« L'entretien, organisé à l'initiative de la Suisse, … », « Doha, qui a accueilli ces
pourparlers, … ». The corpus counts a mediator or a host of talks as a party: the
state or body so named joins the meeting told just before. When the sentence that
names it built a meeting of its own (the meeting named again, with the host and a
side filled from the article's pair), that draft is the earlier event again: the
host joins the earlier one and the copy goes; if the earlier event is no meeting
(a signing), the copy keeps the earlier event's sides with the host.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import Final

from diplorel.extract._draft import Draft
from diplorel.extract._reading import SentenceReading, readings_by_index
from diplorel.extract._text import Prepared
from diplorel.extract._words import either, forms

__all__ = ["mediators_again"]

_RULE: Final = "parties.mediator-again"
_BY: Final = either("parties.mediator-again", "mediator")
_HAS: Final = either("parties.mediator-again", "auxiliary")
_HOSTS: Final = either("parties.mediator-again", "hosted")
_THE: Final = either("parties.mediator-again", "determiner")
_MEETING: Final = either("parties.mediator-again", "meeting")
_CUES: Final = tuple(
    [*forms("parties.mediator-again", "mediator")]
    + [
        f"qui {has} {verb}"
        for has in forms("parties.mediator-again", "auxiliary")
        for verb in forms("parties.mediator-again", "hosted")
    ]
)
"""The cheap test: a mediator's phrase or a host's verb, found by plain searches of the
article (a regular expression run over every article would cost more than the rule)."""
_AGAIN: Final = rf"(?:{_THE}) ?(?:{_MEETING})s?\b"
"""A meeting named again: « cette rencontre », « l'échange », « ces pourparlers »."""
_MEDIATOR: Final = re.compile(
    rf"\b{_AGAIN}[^.;:]{{0,90}}?\b(?:{_BY}) (?:de la |de l'|du |des |de |d')"
)
"""« cette rencontre s'est tenue sous l'égide de » : the mediator's name follows."""
_HOSTED: Final = re.compile(rf",? qui (?:{_HAS}) (?:{_HOSTS})e?s? {_AGAIN}")
"""« X, qui a accueilli cette rencontre »: X, right before, is the host."""
_LOOK_BACK: Final = 3
"""How many sentences back the meeting named again may have been told."""


def _named(reading: SentenceReading, key: str) -> str | None:
    """The party named as the host or mediator of a meeting named again in the sentence."""
    start, end = reading.sentence.start, reading.sentence.end
    found = _MEDIATOR.search(key, start, end)
    if found is not None:
        for mention in reading.parties:
            if mention.category == "party" and found.end() <= mention.start <= found.end() + 2:
                return mention.value
    for mention in reading.parties:
        if mention.category == "party" and _HOSTED.match(key, mention.end, end):
            return mention.value
    return None


def _earlier(drafts: Sequence[Draft], index: int) -> Draft | None:
    """The last event told in the sentences just before sentence ``index``."""
    before = [d for d in drafts if index - _LOOK_BACK <= d.sentence < index]
    if not before:
        return None
    return max(before, key=lambda d: (d.sentence, d.anchor))


def _join(drafts: Sequence[Draft], index: int, host: str) -> Draft | None:
    """The host of the meeting named again in sentence ``index`` joins the event told
    just before; the copy of that event the sentence built, if it goes, is returned."""
    earlier = _earlier(drafts, index)
    if earlier is None or host in earlier.parties:
        return None
    own = [d for d in drafts if d.sentence == index and d.kind == "consultation"]
    copy = own[0] if len(own) == 1 and own[0].pair_filled and host in own[0].parties else None
    if earlier.kind != "consultation":
        if copy is not None:  # the meeting of a signing: its signatories and the host
            copy.parties = {*earlier.parties, host}
            copy.trace(_RULE)
        return None
    if own and copy is None:  # the sentence's meeting is one of its own
        return None
    earlier.parties.add(host)
    earlier.trace(_RULE)
    if copy is not None and copy.parties <= earlier.parties:
        earlier.evidence.extend(copy.evidence)
        return copy
    return None


def mediators_again(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: list[Draft]
) -> list[Draft]:
    """The host or mediator of a meeting named again joins the meeting told just before
    (rule ``parties.mediator-again``; see the module's text)."""
    key = prepared.key
    cues = sorted(at for cue in _CUES for at in _found(key, cue))
    if not cues:
        return drafts
    gone: set[int] = set()
    for reading in readings_by_index(readings).values():
        start = bisect_left(cues, reading.sentence.start)
        if start == len(cues) or cues[start] >= reading.sentence.end:
            continue
        host = _named(reading, key)
        copy = None if host is None else _join(drafts, reading.index, host)
        if copy is not None:
            gone.add(id(copy))
    return [d for d in drafts if id(d) not in gone] if gone else drafts


def _found(key: str, cue: str) -> list[int]:
    """Where ``cue`` stands in ``key`` (a plain search, no pattern)."""
    found = []
    at = key.find(cue)
    while at >= 0:
        found.append(at)
        at = key.find(cue, at + 1)
    return found
