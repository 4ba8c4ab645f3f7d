"""Assembling events from the mentions of each sentence."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from diplorel.extract._draft import _STAGE_RANK, Draft, _Context
from diplorel.extract._finish import _finish, _reference_year, _widen_sectors
from diplorel.extract._knowledge import _home_party, _main_pair, _people_by_side
from diplorel.extract._lexicon import Lexicon
from diplorel.extract._lists import listed_items
from diplorel.extract._mentions import (
    PersonMention,
    find_known_persons,
)
from diplorel.extract._merge import _merge
from diplorel.extract._reading import SentenceReading, read_sentences
from diplorel.extract._text import Prepared, fold
from diplorel.extract.rules._agreement import (
    _ADOPTED,
    _BILLS,
    _PLURAL_PRONOUNS,
    _agreement,
    _itemise,
    _members,
    _stages_of,
)
from diplorel.extract.rules._attributes import (
    _add_chiefs,
    _complement,
    _dates_of_stage,
    _delegation_heads,
    _near,
)
from diplorel.extract.rules._consultation import (
    _EXPANDED,
    _consultation,
    _earlier_instances,
    _earlier_of_previous,
    _facility_visit,
    _generic_visit,
    _named_after_city,
    _noun_trigger,
    _one_per_counterpart,
    _own_minister,
    _visited_party,
)
from diplorel.extract.rules._cues import (
    _BACKREF_BEFORE,
    _BOTH,
    _DEMONSTRATIVE,
    _DOMESTIC_AFTER,
    _FRAME_BEFORE,
    _MANNERS,
    _NEGATION,
    _RESTATEMENT_BEFORE,
    _SPECIFIC_FORMATS,
    _SUPPORT_REACH,
    _SUPPORT_VERB,
    _TALKS,
    _described_by_instrument,
    _domestic,
    _future,
    _headline,
    _verbal,
)
from diplorel.extract.rules._declaration import _declaration, _declaration_draft, _reacting_party
from diplorel.model import PartialDate

__all__ = ["Draft", "SentenceReading", "assemble", "read_sentences"]


def assemble(
    prepared: Prepared,
    lex: Lexicon,
    readings: Sequence[SentenceReading],
    published: PartialDate | None,
) -> list[Draft]:
    """Turn sentence readings into event drafts; see the module docstring."""
    pair = _main_pair(readings)
    home = _home_party(prepared, readings)
    if home in pair:  # the implicit side is the agency's own first
        pair = [home, *(code for code in pair if code != home)]
    drafts: list[Draft] = []
    context_stage: _Context | None = None
    bills_adopted = False
    domestic: set[str] = set()  # formats of the domestic sittings reported
    cited: dict[str, tuple[int, list[str]]] = {}  # instrument -> sentence, its sides
    key = prepared.key
    known_people: dict[str, str] = {}
    for reading in readings:
        for person in reading.persons:
            if person.party:
                known_people.setdefault(person.name.split()[-1], person.party)
    delegation_heads: dict[int, list[PersonMention]] = {}
    for reading in readings:
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
    fullest: dict[str, PersonMention] = {}
    for reading in readings:
        for person in (*reading.persons, *delegation_heads.get(reading.index, ())):
            words = fold(person.name).split()
            if len(words) < 2 or len(words[-1]) < 3:
                continue
            party = person.party or known_people.get(person.name.split()[-1])
            current = fullest.get(words[-1])
            if current is None or (party and not current.party):
                fullest[words[-1]] = attrs.evolve(person, party=party)
            # "M. Xi" for "Xi Jinping": family names written first
            first = fullest.get(words[0])
            if len(words[0]) >= 2 and (first is None or (party and not first.party)):
                fullest.setdefault(words[0], attrs.evolve(person, party=party))
    for raw in readings:
        s_start, s_end = raw.sentence.start, raw.sentence.end
        if (
            not bills_adopted
            and key.find("projet", s_start, s_end) >= 0
            and _BILLS.search(key, s_start, s_end)
        ):
            bills_adopted = _ADOPTED.search(key, s_start, s_end) is not None
        if not raw.triggers:  # nothing to report; an earlier session may still be named
            if raw.earlier and drafts:
                _earlier_of_previous(prepared, raw, drafts)
            continue
        persons = tuple(
            p if p.party else attrs.evolve(p, party=known_people.get(p.name.split()[-1]))
            for p in find_known_persons(prepared, s_start, s_end, fullest, raw.persons)
        )
        reading = raw if persons == raw.persons else attrs.evolve(raw, persons=persons)
        both = _BOTH.search(key, s_start, s_end) is not None
        negated = _NEGATION.search(key, s_start, s_end) is not None
        stages = _stages_of(key, reading, bills_adopted)
        seen_formats: set[str] = set()
        for t_start, t_end, entry in reading.triggers:
            anchor = (t_start, t_end)
            if entry.category == "consultation":
                if _future(reading, anchor) or negated:
                    continue
                phrase = key[t_start:t_end]
                verbal = _verbal(prepared, t_start, t_end)
                if entry.value == "visit" and verbal and not _visited_party(reading, t_end):
                    continue
                weak = (
                    not verbal and _noun_trigger(phrase) and not _named_after_city(reading, t_end)
                )
                if _described_by_instrument(key, reading, t_start) or _FRAME_BEFORE.search(
                    key, max(s_start, t_start - 20), t_start
                ):
                    continue
                backref = _BACKREF_BEFORE.search(
                    key, max(s_start, t_start - 60), t_start
                ) or _RESTATEMENT_BEFORE.search(key, max(s_start, t_start - 40), t_start)
                if backref and entry.value in domestic:
                    continue  # "lors de la visioconférence": the committee's own sitting
                if backref and any(
                    d.kind == "consultation"
                    and (d.subtype == entry.value or weak or entry.value in _TALKS)
                    for d in drafts
                ):
                    continue  # "à l'issue des pourparlers": the meeting reported already
                if backref:
                    weak = False  # "au terme de leur réunion": it took place
                if _DEMONSTRATIVE.search(key, max(s_start, t_start - 8), t_start) and any(
                    d.kind == "consultation" for d in drafts
                ):  # "ces réunions", "cette visite": reported already
                    same = next(d for d in reversed(drafts) if d.kind == "consultation")
                    drafts.extend(_earlier_instances(prepared, reading, same, anchor))
                    continue
                if _domestic(reading, anchor) or (
                    verbal and _own_minister(prepared, reading, anchor)
                ):
                    domestic.add(entry.value)
                    continue
                if (
                    weak
                    and not _headline(prepared, reading)
                    and not _SUPPORT_VERB.search(key, s_start, s_end)
                ):
                    continue
                if entry.value == "visit" and _generic_visit(key, t_start, t_end):
                    continue
                if entry.value == "visit" and _facility_visit(prepared, reading, t_end):
                    continue
                if entry.value in seen_formats:
                    continue
                if entry.value == "meeting" and any(
                    e.value in (_SPECIFIC_FORMATS if weak else _MANNERS)
                    or (e.value in _SPECIFIC_FORMATS and 0 < t_start - t_e < 100)
                    for t_s, t_e, e in reading.triggers
                    if e.category == "consultation"
                    and not _described_by_instrument(key, reading, t_s)
                ):
                    continue  # "la commission mixte s'est réunie": the commission's session
                draft = _consultation(prepared, reading, anchor, entry.value, pair=pair, both=both)
                if draft is None:
                    continue
                if (
                    entry.value == "joint_commission"
                    and draft.round is None
                    and draft.date is None
                    and not _headline(prepared, reading)
                    and not _SUPPORT_VERB.search(key, s_start, s_end)
                ):
                    continue
                _add_chiefs(draft, key, reading, chiefs)
                draft.expanded = (
                    _EXPANDED.search(key, max(s_start, t_start - 20), t_end + 25) is not None
                )
                draft.strong = not weak or bool(
                    _SUPPORT_VERB.search(key, max(s_start, t_start - _SUPPORT_REACH), t_start)
                )
                draft.backref = backref is not None
                seen_formats.add(entry.value)
                for index in range(reading.index, reading.index + 4):
                    for person in delegation_heads.get(index, ()):
                        if person.name not in {p.name for p in draft.persons}:
                            draft.persons.append(person)
                drafts.extend(_one_per_counterpart(prepared, reading, anchor, draft))
                drafts.extend(_earlier_instances(prepared, reading, draft, anchor))
            elif entry.category == "declaration":
                if _future(reading, anchor) or negated:
                    continue
                if any(
                    kind == "domestic" and 0 <= c_start - t_end <= _DOMESTIC_AFTER
                    for c_start, _c_end, kind in reading.cues
                ):
                    continue  # "Communiqué du Conseil des ministres"
                drafts.extend(
                    _declaration(prepared, reading, anchor, entry.value, pair=pair, both=both)
                )
            elif entry.category == "reaction":
                if _future(reading, anchor) or negated:
                    continue
                issuer = _reacting_party(prepared, reading, anchor, home)
                if issuer is not None and not any(
                    e.category == "consultation" for _s, _e, e in reading.triggers
                ):
                    drafts.append(
                        _declaration_draft(prepared, reading, anchor, "statement", {issuer})
                    )
            elif entry.category == "instrument":
                if any(m.start <= t_start and t_end <= m.end for m in reading.parties):
                    continue  # "l'Organisation du traité de sécurité collective": a name
                draft = _agreement(
                    prepared,
                    reading,
                    anchor,
                    entry.value,
                    stages=stages,
                    pair=pair,
                    both=both,
                    context_stage=context_stage,
                    drafts=drafts,
                    cited=cited,
                )
                if draft is None:
                    continue
                if key[t_start:t_end] in _PLURAL_PRONOUNS:  # "ceux portant sur A et B"
                    stops = [s for s, _e, e in reading.triggers if e.category == "instrument"]
                    items = listed_items(key, t_end, s_end, stops)
                    if len(items) >= 2:
                        drafts.extend(_itemise(reading, draft, items))
                        continue
                drafts.append(draft)
                drafts.extend(_members(prepared, reading, draft))
        for _t, t_end, entry in reading.triggers:
            if entry.category == "instrument":
                sides = _complement(prepared, reading, t_end)[0]
                if len(sides) >= 2:
                    cited[entry.value] = (reading.index, sides)
        if reading.earlier and not any(
            d.sentence == reading.index and d.kind == "consultation" for d in drafts[-4:]
        ):
            _earlier_of_previous(prepared, reading, drafts)
        if stages:
            # the latest stage the sentence reports, with its own date
            s, e, value = max(stages, key=lambda st: (_STAGE_RANK[st[2]], -st[0]))
            near = _near(_dates_of_stage(reading.dates, (s, e), stages), (s, e))
            context_stage = _Context(
                stage=value,
                date=near.value if near else None,
                sentence=reading.index,
                persons=tuple(reading.persons),
            )
    _widen_sectors(drafts, readings, _reference_year(drafts, published))
    return _finish(_merge(drafts), published, _people_by_side(readings, known_people))
