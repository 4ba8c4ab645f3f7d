"""An organisation's own gatherings: summits, conferences, sessions and councils.

French news reports an organisation's meeting by its opening or closing:
"la 15e session de la conférence des ministres des Affaires étrangères de
l'OCI s'est ouverte samedi à Banjul", "le sommet de la CEDEAO a pris fin
dimanche à Abuja", "la réunion du Conseil de la Ligue arabe s'est clôturée".
Such a gathering is an event of the organisation: a ``summit`` when the text
calls it one, else a ``meeting`` (ministerial conferences and councils), with
its round, place and date.

This pass runs after assembly and adds a gathering only in a sentence where
assembly made no consultation, and never one of the same organisation, format
and round as an event already there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from diplorel._registry import party_or_none
from diplorel.extract._assemble import Draft, SentenceReading
from diplorel.extract._text import Prepared
from diplorel.extract._visits import occurrences
from diplorel.extract.rules._words import either, forms
from diplorel.model import DateValue

__all__ = ["gatherings"]

_GATHERING: Final = re.compile(rf"\b(?P<noun>{either('consultation.gathering', 'gathering')})s?\b")
_COMPLETED: Final = re.compile(
    rf"\b(?:(?:{either('consultation.gathering', 'reflexive')}) "
    rf"(?:{either('consultation.gathering', 'held')}|"
    rf"{either('consultation.gathering', 'closed')})e?s?|"
    rf"(?:{either('consultation.gathering', 'reflexive-plural')}) "
    rf"(?:{either('consultation.gathering', 'held')})e?s?|"
    rf"(?:{either('consultation.gathering', 'auxiliary')}) "
    rf"(?:{either('consultation.gathering', 'took-place')}|"
    rf"ete (?:{either('consultation.gathering', 'opened')})e?s?)|"
    rf"(?:a|ont) (?:{either('consultation.gathering', 'held-own')}) "
    rf"(?:{either('consultation.gathering', 'possessive')}) )"
)
"""The verb of a gathering that took place: it opened, was held, ended."""
_COMPLETED_STEMS: Final = forms("consultation.gathering", "completed-word")
"""Words of :data:`_COMPLETED`, found in one scan of the text before it is tried."""
_REACH: Final = 160
"""Characters from the gathering's noun to its verb: a long name ("la 156e session du
Conseil de la Ligue des États arabes au niveau des ministres des Affaires étrangères")."""
_OWNER_REACH: Final = 90
_ORDINAL_GAP: Final = 3
_JOINED: Final = 5
"""Characters between two parties joined as the sides of one body ("UE-Arménie",
"UE et Arménie")."""
_PLACE_BEFORE: Final = re.compile(r"\b(?:a|au)\s$")
_MEETING_NOUNS: Final = frozenset({"conference", "session", "reunion", "conseil", "forum"})


def _owner(
    prepared: Prepared, reading: SentenceReading, noun_end: int, limit: int
) -> tuple[str, int] | None:
    """The organisation whose gathering this is: the first organisation named after
    the noun, within reach and before its verb ("de l'OCI", "de la CEDEAO")."""
    for mention in reading.parties:
        if mention.start < noun_end or mention.start >= limit:
            continue
        if mention.start - noun_end > _OWNER_REACH:
            return None
        if mention.category != "party":
            continue
        party = party_or_none(mention.value)
        if party is None:
            continue
        if party.is_state:
            return None  # "le sommet de la Russie et de l'Afrique": not the organisation's own
        if any(
            0 <= other.start - mention.end <= _JOINED and other.category == "party"
            for other in reading.parties
        ):
            return None  # "le Conseil de partenariat UE-Arménie": a body of two sides
        return mention.value, mention.end
    return None


def _round(reading: SentenceReading, noun_start: int) -> int | None:
    """The ordinal just before the noun ("la 15e session")."""
    for ordinal in reading.ordinals:
        if 0 <= noun_start - ordinal.end <= _ORDINAL_GAP:
            return ordinal.value
    return None


def _place(prepared: Prepared, reading: SentenceReading, after: int) -> str | None:
    """The city named with "à" after the verb ("s'est ouverte samedi à Banjul")."""
    for mention in reading.parties:
        if mention.start < after or mention.detail not in {"capital", "city"}:
            continue
        before = _PLACE_BEFORE.search(prepared.key, max(0, mention.start - 4), mention.start)
        if before is not None:
            name = prepared.text[mention.start : mention.end]
            if before.group() == "au " and not name.startswith(("Le ", "le ")):
                return "Le " + name  # "au Caire": the city is "Le Caire"
            return name
    return None


def _date(reading: SentenceReading, after: int) -> DateValue | None:
    """The first date of the sentence after the verb's start."""
    for mention in reading.dates:
        if mention.start >= after:
            return mention.value
    return None


def gatherings(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: list[Draft]
) -> list[Draft]:
    """``drafts`` with the organisations' own gatherings that assembly left out."""
    candidates = {prepared.sentence_at(at) for at in occurrences(prepared.key, _COMPLETED_STEMS)}
    if not candidates:
        return drafts  # no gathering opened, was held or ended: one scan
    met = {d.sentence for d in drafts if d.kind == "consultation"}
    known = {
        (frozenset(d.parties), d.subtype, d.round) for d in drafts if d.kind == "consultation"
    }
    out = list(drafts)
    key = prepared.key
    for reading in readings:
        if reading.index in met or reading.index not in candidates:
            continue
        s_start, s_end = reading.sentence.start, reading.sentence.end
        for noun in _GATHERING.finditer(key, s_start, s_end):
            verb = _COMPLETED.search(key, noun.end(), min(s_end, noun.end() + _REACH))
            if verb is None or ";" in key[noun.end() : verb.start()]:
                continue
            owner = _owner(prepared, reading, noun.end(), verb.start())
            if owner is None:
                continue
            code, _owner_end = owner
            fmt = "summit" if noun.group("noun") == "sommet" else "meeting"
            number = _round(reading, noun.start())
            if (frozenset({code}), fmt, number) in known:
                break
            value = _date(reading, verb.start())
            draft = Draft(
                kind="consultation",
                sentence=reading.index,
                anchor=noun.span(),
                parties={code},
                subtype=fmt,
                date=value,
                place=_place(prepared, reading, verb.start()),
                round=number,
                sectors={s for _s, _e, s in reading.sectors} | {"politics"},
                evidence=[(s_start, s_end)],
            )
            at = next((i for i, d in enumerate(out) if d.sentence > reading.index), len(out))
            out.insert(at, draft)
            known.add((frozenset({code}), fmt, number))
            break
    return out
