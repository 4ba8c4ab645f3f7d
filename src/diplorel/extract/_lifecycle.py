"""The life-cycle of one agreement within one article: every stage with its own date
and place.

An article often tells an instrument's story in order: "la convention a été
paraphée en 2019 à Genève. Elle a été signée le 2 mai 2021 à Berne. Le
Parlement l'a approuvée le 9 mars 2023, et elle est en vigueur depuis le 1er
juillet." Assembly merges these mentions into one agreement at its latest
stage. This step reads the stages of the sentences that report it (those of
its evidence, and a sentence right after one of them whose subject is a
pronoun or the instrument taken up again: "Elle a été signée …") and gives
each stage the date and the place ("à Berne") next to its own verb. The
event's status, date and place are then those of its latest stage: a later
stage never inherits an earlier one's place.
"""

from __future__ import annotations

import re
from typing import Final

import attr
import attrs

from diplorel.extract._assemble import Draft, SentenceReading
from diplorel.extract._text import Prepared
from diplorel.extract._vetoes import veto
from diplorel.extract._words import either
from diplorel.extract.rules._agreement import (
    BILL_STAGES,
    cabinet_bill,
    denied_or_none,
    negated_noun,
    procedure_stage,
)
from diplorel.extract.rules._base import DEFAULT, Options
from diplorel.model import DateValue, Stage

__all__ = ["StageFound", "life_cycle"]

_TAKEN_UP: Final = re.compile(rf"\s*(?:{either('stage.life-cycle', 'taken-up')})\b")
"""The start of a sentence whose subject takes up the instrument just reported."""
_REACH: Final = 60
"""Characters between a stage's verb and its date or place."""
_PLACE_BEFORE: Final = re.compile(r"\b(?:a|au)\s$")
_RANK: Final = {stage.value: stage.rank for stage in Stage}
_BILL_BEFORE: Final = re.compile(
    rf"\b(?:{either('stage.life-cycle', 'bill')}) "
    rf"(?:n[°o]?\s?[\d./-]+ )?(?:(?:{either('stage.life-cycle', 'bill-object')})"
    r"(?: la| l')? ?)?$"
)
"""A bill that would approve or ratify ("le projet de loi n° 70.25 portant approbation"):
no stage until it is voted."""


@attr.s(auto_attribs=True, slots=False, hash=True, order=False)  # native when compiled
class StageFound:
    """A stage reported in the text: its value, date, place and the verb's bounds."""

    stage: str
    date: DateValue | None
    place: str | None
    anchor: tuple[int, int]


def _sentences_of(
    prepared: Prepared, by_index: dict[int, SentenceReading], draft: Draft
) -> list[SentenceReading]:
    """The readings of the sentences that report the draft, in order."""
    indexes = sorted({prepared.sentence_at(start) for start, _end in draft.evidence})
    out = [by_index[i] for i in indexes if i in by_index]
    for index in indexes:
        following = by_index.get(index + 1)
        if following is None or index + 1 in indexes:
            continue
        if _TAKEN_UP.match(prepared.key, following.sentence.start) is None:
            continue
        if any(e.category == "instrument" for _s, _e, e in following.triggers):
            continue  # another instrument: its own story
        out.append(following)
    return sorted(out, key=lambda r: r.index)


def _near_date(reading: SentenceReading, anchor: tuple[int, int]) -> DateValue | None:
    best: tuple[int, DateValue | None] | None = None
    for mention in reading.dates:
        gap = mention.start - anchor[1] if mention.start >= anchor[1] else anchor[0] - mention.end
        if 0 <= gap <= _REACH and (best is None or gap < best[0]):
            best = (gap, mention.value)
    return best[1] if best else None


def _near_place(
    prepared: Prepared, reading: SentenceReading, anchor: tuple[int, int]
) -> str | None:
    for mention in reading.parties:
        if mention.detail not in {"capital", "city"}:
            continue
        gap = mention.start - anchor[1] if mention.start >= anchor[1] else anchor[0] - mention.end
        if not 0 <= gap <= _REACH:
            continue
        before = _PLACE_BEFORE.search(prepared.key, max(0, mention.start - 4), mention.start)
        if before is None:
            continue
        name = prepared.text[mention.start : mention.end]
        if before.group() == "au " and not name.startswith(("Le ", "le ")):
            return "Le " + name
        return name
    return None


def _not_reached(
    prepared: Prepared, reading: SentenceReading, start: int, value: str, opts: Options
) -> bool:
    """A stage that a bill would give ("le projet de loi portant approbation"; a bill a
    government adopts, rule ``stage.cabinet-bill``), or one that a future or a prospect
    governs ("ouvrant la voie à l'entrée en vigueur")."""
    before = prepared.key[max(reading.sentence.start, start - _REACH) : start]
    if _BILL_BEFORE.search(before) is not None:
        return True
    if denied_or_none(prepared.key, reading.sentence.start, start, opts):
        return True  # « rien n'a été signé », « dément … qu'il ait ratifié »
    if opts.on("stage.frame") and procedure_stage(prepared.key, reading.sentence.start, start):
        return True  # « les procédures internes de ratification »
    if value in BILL_STAGES and cabinet_bill(prepared.key, reading.sentence.start, start, opts):
        return True  # « le gouvernement a adopté un projet de loi autorisant … à ratifier »
    return any(
        kind in {"future", "prospect"} and c_end <= start and start - c_end <= _REACH
        for _c_start, c_end, kind in reading.cues
    )


def life_cycle(
    prepared: Prepared,
    by_index: dict[int, SentenceReading],
    draft: Draft,
    opts: Options = DEFAULT,
) -> list[StageFound]:
    """The distinct stages reported for an agreement draft, in life-cycle order; a
    negated or future stage is none (unless ``opts`` switches that veto off). Empty for
    a group or when fewer than two stages are reported (assembly's one stage then
    stands)."""
    if draft.kind != "agreement" or draft.group or draft.quantity is not None:
        return []
    sentences = _sentences_of(prepared, by_index, draft)
    stages = [
        (reading, start, end, entry.value)
        for reading in sentences
        for start, end, entry in reading.triggers
        if entry.category == "stage" and entry.value in _RANK
    ]
    if len({value for *_rest, value in stages}) < 2:
        return []  # one stage reported: assembly's stands
    found = _reached(prepared, draft, stages, opts)
    if len(found) < 2 or (draft.stage is not None and draft.stage not in found):
        return []
    return sorted(found.values(), key=lambda s: _RANK[s.stage])


def _reached(
    prepared: Prepared,
    draft: Draft,
    stages: list[tuple[SentenceReading, int, int, str]],
    opts: Options,
) -> dict[str, StageFound]:
    """The stages of ``stages`` reached (none a veto denies: negated, future), each with
    its date and place. An instrument named again with a negated stage (« cet accord
    n'est toujours pas ratifié ») keeps the stages it had at assembly (rule
    ``stage.negated``), so it never reaches here with that stage."""
    found: dict[str, StageFound] = {}
    for reading, start, end, value in stages:
        if value in found or _not_reached(prepared, reading, start, value, opts):
            continue
        if negated_noun(prepared.key, end, reading.sentence.end, opts):
            continue  # « dont la ratification n'a pas encore eu lieu »
        # the stage alone, as if reported by itself: its own negation counts
        probe = attrs.evolve(draft, stage=value, stage_anchor=(start, end), evidence=[])
        if veto(prepared, probe, opts) is not None:
            continue
        found[value] = StageFound(
            stage=value,
            date=_near_date(reading, (start, end)),
            place=_near_place(prepared, reading, (start, end)),
            anchor=(start, end),
        )
    return found
