"""The in-document merge: drafts that report the same event become one."""

from __future__ import annotations

import re
from collections import deque
from typing import Final

from diplorel.extract._draft import _STAGE_RANK, Draft
from diplorel.extract._finish import _is_old, _reference_year, _year_of
from diplorel.extract._text import Prepared
from diplorel.extract._words import forms
from diplorel.extract.rules._base import DEFAULT, Options
from diplorel.extract.rules._cues import _family, _title_line
from diplorel.model import DateSpan, DateValue, PartialDate


def _merge_keys(draft: Draft) -> list[tuple[object, ...]]:
    """Keys under which a draft may meet the drafts it can merge with (see
    :func:`_same_event`); comparing only drafts that share a key keeps merging
    linear in the number of drafts."""
    parties = frozenset(draft.parties)
    keys: list[tuple[object, ...]] = []
    if draft.kind == "consultation":
        keys.append(("consultation", parties, draft.subtype))
        if draft.round is not None:
            keys.append(("round", draft.subtype, draft.round))
        keys.extend(("side", draft.subtype, code) for code in sorted(parties))
    elif draft.kind == "declaration":
        keys.append(("declaration", parties))
    elif draft.group:
        keys.append(("group", parties))
    else:
        if draft.sectors:  # without sectors or a title, an instrument merges with none
            keys.append(("agreement", parties, frozenset(draft.sectors)))
        if draft.title:
            keys.append(("title", parties, draft.title.lower()))
    return keys


def _sector_keys(draft: Draft) -> list[tuple[object, ...]]:
    """Keys by which an item of a list ("l'enseignement supérieur") meets the instrument
    named elsewhere with more fields ("un mémorandum sur l'enseignement et la recherche")."""
    if draft.kind != "agreement" or draft.group:
        return []
    parties = frozenset(draft.parties)
    return [("sector", parties, sector) for sector in sorted(draft.sectors)]


_RECENT: Final = 32
"""Drafts kept per sector key: a bound that keeps merging linear on hostile input."""


def _candidates(
    draft: Draft,
    index: dict[tuple[object, ...], dict[int, None]],
    recent: dict[tuple[object, ...], deque[int]],
    out: list[Draft],
) -> list[Draft]:
    """Earlier drafts that share a key with ``draft``, in the order they were kept."""
    keys = _merge_keys(draft)
    if draft.kind == "consultation" and not draft.backref:
        keys = [k for k in keys if k[0] != "side"]  # sides matter for back-references only
    positions = {i for key in keys for i in index.get(key, ())}
    positions.update(i for key in _sector_keys(draft) for i in recent.get(key, ()))
    return [out[i] for i in sorted(positions)]


_NAME_STOPS: Final = forms("merge.same-name", "stop")
_NAME_BREAK: Final = re.compile(r"[,.;:()«»\"\n]")
_NAME_WORDS: Final = 5
"""Words an instrument's name must have to be recognised when named again."""
_NAME_REACH: Final = 100


def _name_of(key: str, draft: Draft) -> tuple[str, ...]:
    """The words naming an instrument, from its head noun to a punctuation mark or a
    word that ends a name (« programme conjoint de formation des jeunes diplomates »)."""
    start = draft.anchor[0]
    phrase = _NAME_BREAK.split(key[start : start + _NAME_REACH], maxsplit=1)[0]
    words: list[str] = []
    for word in phrase.split():
        if word in _NAME_STOPS:
            break
        words.append(word)
    return tuple(words)


def _named_again(draft: Draft, out: list[Draft], key: str) -> Draft | None:
    """Rule ``merge.same-name``: « ont signé un programme conjoint de formation des jeunes
    diplomates … Ce programme conjoint de formation des jeunes diplomates prévoit … »: an
    instrument named again by the same long name (five words or more, one a prefix of
    the other) is the same one, when its later sentence names no other side."""
    if draft.kind != "agreement" or draft.group or draft.distinct or not key:
        return None
    name = _name_of(key, draft)
    if len(name) < _NAME_WORDS:
        return None
    for other in out[-_RECENT:]:  # a bound that keeps merging linear on hostile input
        if (
            other.kind != "agreement"
            or other.group
            or other.subtype != draft.subtype
            or other.background != draft.background
            or not draft.parties <= other.parties
            or not _dates_compatible(other, draft)
        ):
            continue
        if other.sectors and draft.sectors and other.sectors != draft.sectors:
            continue
        known = _name_of(key, other)
        short = min(len(known), len(name))
        if short >= _NAME_WORDS and known[:short] == name[:short]:
            return other
    return None


def _merge(
    drafts: list[Draft],
    opts: Options = DEFAULT,
    text_key: str = "",
    published: PartialDate | None = None,
    prepared: Prepared | None = None,
) -> list[Draft]:
    """Merge drafts that report the same event; drop groups with enumerated members
    (``text_key``, the folded text, lets instruments named again by name be recognised;
    ``published`` dates the article and ``prepared`` gives its title lines, so that an
    event of an earlier year is told apart from this year's: rule ``merge.past-apart``)."""
    out: list[Draft] = []
    past_apart = opts.on("merge.past-apart")
    reference = _reference_year(drafts, published) if past_apart else None  # None: off
    index: dict[tuple[object, ...], dict[int, None]] = {}  # key -> positions (ordered set)
    last_declaration: Draft | None = None

    position_of: dict[int, int] = {}
    recent: dict[tuple[object, ...], deque[int]] = {}  # sector key -> latest positions

    def file(position: int) -> None:
        for key in _merge_keys(out[position]):
            index.setdefault(key, {})[position] = None
        for key in _sector_keys(out[position]):
            queue = recent.setdefault(key, deque(maxlen=_RECENT))
            if position not in queue:
                queue.append(position)

    for draft in drafts:
        target, how = None, "merge.same-event"
        if opts.on("merge.same-event"):
            target = _first_same(
                draft, _candidates(draft, index, recent, out), reference, prepared, opts
            )
        if target is None and opts.on("merge.same-name"):
            target, how = _named_again(draft, out, text_key), "merge.same-name"
        if target is None and opts.on("merge.held-by-medium"):
            target, how = _format_held_by_medium(draft, out), "merge.held-by-medium"
        if target is None and opts.on("merge.dyad-summit"):
            target, how = _summit_of_dyad(draft, out), "merge.dyad-summit"
        if (
            target is None
            and draft.kind == "declaration"
            and draft.anaphoric
            and opts.on("merge.anaphoric-declaration")
        ):
            target, how = last_declaration, "merge.anaphoric-declaration"
            if target is not None:
                target.parties |= draft.parties if len(target.parties) < 2 else set()
        if target is None:
            out.append(draft)
            position_of[id(draft)] = len(out) - 1
            file(len(out) - 1)
            if draft.kind == "declaration":
                last_declaration = draft
            continue
        _absorb(target, draft, how)
        file(position_of[id(target)])  # its keys may have grown (sectors, parties, title)
    return _drop_listed_groups(out, opts, _reference_year(drafts, published))


def headline_told(prepared: Prepared, out: list[Draft]) -> list[Draft]:
    """Rule ``merge.headline``: « Le Parlement approuve la convention avec le Pérou »
    over « Le Conseil national a voté jeudi le texte qui approuve la convention …
    conclue entre la Suisse et le Pérou »: a title line announces what the article then
    tells, so an event only the title reports is the body's first report (in text order) of the
    same kind (the same format for a meeting) whose sides are among the title's or
    include them, at a compatible date (a date the title got from the main event is
    none of its own). The body's report, which says more, is kept with the title's
    evidence and its sides, except a meeting with only one side (« Sommet de l'UA : le
    président nigérien … » over « a participé au sommet de l'Union africaine »: the
    title says who took part). Run on the drafts the vetoes kept, so that a title is not merged
    into a report read as no event."""
    lines = _leading_titles(prepared)
    if not any(lines):
        return out
    in_order = sorted(out, key=lambda draft: draft.sentence)
    dropped: set[int] = set()
    for draft in out:
        if not _title_only(draft, prepared, lines) or draft.background or not draft.parties:
            continue
        told = _told_in_body(draft, in_order, lines)
        if told is None or id(told) in dropped:
            continue
        sides = told.parties
        if (
            draft.kind == "consultation"
            and len(told.parties) < 2
            and not _told_apart(draft, told, in_order, lines)
        ):
            sides = told.parties | draft.parties
        _absorb(told, draft, "merge.headline")
        told.parties = sides
        dropped.add(id(draft))
    return [draft for draft in out if id(draft) not in dropped]


_LIST_OPENING: Final = (":", ";", ",")


def _leading_titles(prepared: Prepared) -> list[bool]:
    """Whether each sentence is one of the title lines that open the article (the
    items of a list further down, or after a line that opens one with a colon, are
    short lines too, but no title)."""
    lines = [False] * len(prepared.sentences)
    for i, sentence in enumerate(prepared.sentences):
        text = prepared.text[sentence.start : sentence.end].rstrip()
        if not _title_line(prepared, sentence) or text.endswith(_LIST_OPENING):
            break
        lines[i] = True
    return lines


def _title_only(draft: Draft, prepared: Prepared, lines: list[bool]) -> bool:
    """The draft is reported by title lines only (not already merged with the body's)."""
    titles = [s for s, line in zip(prepared.sentences, lines, strict=True) if line]
    return lines[draft.sentence] and all(
        any(s.start <= start < s.end for s in titles) for start, _end in draft.evidence
    )


def _told_apart(title: Draft, told: Draft, in_order: list[Draft], lines: list[bool]) -> bool:
    """« X rencontre les dirigeants A et B » over a meeting with A and one with B: the
    title's other sides are those of another report of the body, not of ``told``."""
    others = title.parties - told.parties
    return any(
        other is not told
        and not lines[other.sentence]
        and other.kind == title.kind
        and not other.background
        and other.parties <= title.parties
        and other.parties & others
        for other in in_order
    )


def _told_in_body(title: Draft, in_order: list[Draft], lines: list[bool]) -> Draft | None:
    """The body's first report of the event a title line announces (see
    :func:`headline_told`), or ``None``."""
    for other in in_order:
        if (
            lines[other.sentence]
            or other.kind != title.kind
            or other.background
            or other.group != title.group
            or not other.parties
            or not (other.parties <= title.parties or title.parties <= other.parties)
        ):
            continue
        if title.kind == "consultation" and (
            other.subtype != title.subtype or _conflicting_heads(title, other)
        ):
            continue
        if title.main_event_date or _dates_compatible(other, title):
            return other
    return None


def _first_same(
    draft: Draft,
    candidates: list[Draft],
    reference: int | None,
    prepared: Prepared | None,
    opts: Options = DEFAULT,
) -> Draft | None:
    """The first candidate that reports the same event as ``draft``; with a
    ``reference`` year, one that rule ``merge.past-apart`` tells apart is passed
    over (and the rule traced on ``draft``), and so is one that rule
    ``merge.other-person-met`` tells apart; a visit that rule ``merge.visit-told-undated``
    joins is the same."""
    undated_visit = draft.subtype == "visit" and opts.on("merge.visit-told-undated")
    met_apart = draft.subtype in _MET_FORMATS and opts.on("merge.other-person-met")
    for other in candidates:
        if not _same_event(other, draft):
            if undated_visit and _visit_told_undated(other, draft):
                draft.trace("merge.visit-told-undated")
                return other
            continue
        if _past_apart(other, draft, reference, prepared):
            draft.trace("merge.past-apart")
            continue
        if met_apart and _other_person_met(other, draft):
            draft.trace("merge.other-person-met")
            continue
        return other
    return None


def _visit_told_undated(a: Draft, b: Draft) -> bool:
    """Rule ``merge.visit-told-undated``: « En visite officielle au Ghana, le président
    togolais … avec le président ghanéen A » and « il a passé lundi et mardi à Accra, où
    le ministre B l'a accueilli à sa descente d'avion »: of two reports of a visit
    between the same sides, one undated (a title's, a lede's) and one dated, are one
    visit even when they name different hosts: a visitor meets many of them, and which
    one a report names does not tell another visit."""
    return (
        a.kind == b.kind == "consultation"
        and a.subtype == b.subtype == "visit"
        and a.background == b.background
        and a.parties == b.parties
        and (a.date is None) != (b.date is None)
        and a.expanded == b.expanded
        and not (a.round and b.round and a.round != b.round)
    )


_MET_FORMATS: Final = frozenset({"meeting", "phone_call"})


def _name_words(name: str) -> set[str]:
    """The folded words of a name that can tell a person (« Lula » is one of « Luiz
    Inácio Lula da Silva »'s)."""
    return {_family(word) for word in name.split() if len(word) > 2}


def _met_person(draft: Draft) -> tuple[set[str], set[str]] | None:
    """The words of the name of the first person named after the trigger, in the
    trigger's own sentence: the one met (« s'est entretenu avec son homologue X », « a
    été reçu par le président Y », « a reçu Z »), and the words of the names of the
    persons of the meeting: all the draft names but those named after that one in the
    trigger's sentence (« a été reçu par A, puis a vu B »: B is met in another
    meeting)."""
    span = next(
        (s for s in draft.evidence if s[0] <= draft.anchor[0] < s[1]),
        draft.evidence[0] if draft.evidence else draft.anchor,
    )
    after = [p for p in draft.persons if draft.anchor[1] <= p.start < span[1]]
    if not after:
        return None
    met = min(after, key=lambda p: p.start)
    persons = [p for p in draft.persons if not met.start < p.start < span[1]]
    return _name_words(met.name), set().union(*(_name_words(p.name) for p in persons))


def _other_person_met(a: Draft, b: Draft) -> bool:
    """Rule ``merge.other-person-met``: « Le ministre a été reçu par le président A. Il
    s'est ensuite entretenu avec son homologue B », « X a reçu le ministre B, qui a
    aussi rencontré le président C »: two meetings (or calls) of the same sides, the
    later report naming after its verb a person met whom the earlier one never names
    while the earlier one names one after its own verb too, are two events, on the same
    day too. An earlier report that names nobody after its verb (« les trois ministres
    se sont réunis », « il s'est entretenu avec son homologue ») is told apart from a
    later one only when the two name nobody in common: « A s'est entretenu avec son
    homologue … A a reçu son homologue B » is one meeting."""
    if a.subtype not in _MET_FORMATS or b.subtype != a.subtype or a.backref or b.backref:
        return False
    met_b = _met_person(b)
    if met_b is None or not met_b[0]:
        return False
    met_a = _met_person(a)
    if met_a is not None:
        return not met_b[0] & met_a[1]
    named_a = set().union(*(_name_words(p.name) for p in a.persons))
    named_b = set().union(*(_name_words(p.name) for p in b.persons))
    return bool(named_a) and not named_a & named_b


def _past_apart(a: Draft, b: Draft, reference: int | None, prepared: Prepared | None) -> bool:
    """Rule ``merge.past-apart``: « le ministre s'est entretenu avec son homologue …
    les deux hommes s'étaient déjà rencontrés à Rome en mars 2022 »: of two reports of
    the same sides, one dated in an earlier year than the article's and the other
    not, the first recalls an earlier event (it becomes background) and the second
    tells the current one: two events. A report referring back (« lors de cette
    rencontre ») without a date of its own is still the one it refers to, and so is a
    title line (the article's own event, whatever its date)."""
    if reference is None:
        return False
    old_a, old_b = _is_old(a, reference), _is_old(b, reference)
    if old_a == old_b:
        return False
    undated = b if old_a else a
    if undated.backref and undated.date is None:
        return False
    title = prepared is not None and _title_line(prepared, prepared.sentences[undated.sentence])
    return not title


_MEDIUMS: Final = frozenset({"phone_call", "video_conference"})
_HELD_FORMATS: Final = frozenset({"political_consultations", "joint_commission", "negotiation"})
_MEDIUM_REACH: Final = 8
"""Drafts looked back at for the format a medium belongs to (they come in text order)."""


def _format_held_by_medium(draft: Draft, out: list[Draft]) -> Draft | None:
    """Rule ``merge.held-by-medium``: « les consultations politiques … se sont tenues
    mardi par visioconférence », « la commission mixte s'est réunie par visioconférence »:
    the medium in the sentence of a standing format says how that session was held; one
    event, of the format: a recent report whose evidence holds the other's trigger, with
    the same sides and date."""
    if draft.kind != "consultation":
        return None
    at = draft.anchor[0]
    for other in out[-_MEDIUM_REACH:]:
        pair = {other.subtype, draft.subtype}
        if (
            other.kind == "consultation"
            and any(start <= at < end for start, end in other.evidence)
            and len(pair & _MEDIUMS) == 1
            and len(pair & _HELD_FORMATS) == 1
            and other.parties == draft.parties
            and other.background == draft.background
            and _dates_compatible(other, draft)
        ):
            if other.subtype in _MEDIUMS:
                other.subtype = draft.subtype
            return other
    return None


def _summit_of_dyad(draft: Draft, out: list[Draft]) -> Draft | None:
    """ "Il a participé au sommet … ASEAN-Japon. Le Premier ministre a participé au
    sommet commémorant les relations ASEAN-Japon": a summit whose sides are only the
    pair of the relations it celebrates or discusses is the summit reported before
    with those sides among its own, not a second one."""
    if draft.kind != "consultation" or draft.subtype != "summit" or not draft.dyad:
        return None
    return next(
        (
            o
            for o in reversed(out)
            if o.kind == "consultation"
            and o.subtype == "summit"
            and o.background == draft.background
            and draft.parties < o.parties
            and _dates_compatible(o, draft)
        ),
        None,
    )


def _absorb(target: Draft, draft: Draft, how: str) -> None:
    """Merge ``draft`` into ``target``: the fields ``target`` lacks, the stage reached."""
    target.sectors |= draft.sectors
    target.evidence.extend(draft.evidence)
    target.date = target.date or draft.date
    target.place = target.place or draft.place
    target.round = target.round or draft.round
    target.title = target.title or draft.title
    target.strong = target.strong or draft.strong
    if target.generic and not draft.generic:  # the list said "accords"; this names it
        target.subtype, target.generic = draft.subtype, False
    names = {p.name for p in target.persons}
    target.persons.extend(p for p in draft.persons if p.name not in names)
    if draft.stage and (
        target.stage is None or _STAGE_RANK[draft.stage] > _STAGE_RANK[target.stage]
    ):
        target.stage = draft.stage
    target.take_facts(draft)
    target.take_trace(draft)
    target.trace(how)


def _drop_listed_groups(out: list[Draft], opts: Options, reference: int | None) -> list[Draft]:
    """A group of instruments whose members are reported one by one is not an event
    (``reference`` is the article's year)."""
    if not opts.on("merge.group-members"):
        return out
    members: dict[frozenset[str], list[Draft]] = {}
    for draft in out:
        if draft.kind == "agreement" and not draft.group:
            members.setdefault(frozenset(draft.parties), []).append(draft)
    kept = []
    for draft in out:
        listed: list[Draft] = []
        if draft.kind == "agreement" and draft.group:
            listed = [
                member
                for member in members.get(frozenset(draft.parties), [])
                if (draft.subtype in _ANY_INSTRUMENT or member.subtype == draft.subtype)
                and not (
                    opts.on("merge.other-occasion")
                    and _another_occasion(draft, member, out, reference)
                )
            ]  # "quatre mémorandums" are not reported one by one by a protocol
        if listed:
            for member in listed:  # where and when the group was signed holds for each
                member.place = member.place or draft.place
                member.date = member.date or draft.date
            continue
        kept.append(draft)
    return kept


def _another_occasion(
    group: Draft, member: Draft, out: list[Draft], reference: int | None = None
) -> bool:
    """Rule ``merge.other-occasion``: « la session de 2022 a débouché sur la signature
    de treize accords … Bourita s'est rendu mardi à Nouakchott … Les deux ministres ont
    signé à cette occasion un mémorandum »: an instrument told after a meeting of its
    sides on another date than the group's was signed there, not one of the group; and
    an instrument told after a group dated in an earlier year than the article's (« lors
    de la visite d'avril 2022, ils avaient conclu une dizaine d'accords … Au
    terme des travaux, ils ont signé un accord ») is none of that old group when the
    text gives it no date of its own."""
    if group.date is None or member.date is not None or member.sentence <= group.sentence:
        return False
    year = _year_of(group.date)
    if reference is not None and year is not None and year < reference:
        return True
    return any(
        other.kind == "consultation"
        and group.sentence < other.sentence <= member.sentence
        and other.date is not None
        and not other.background
        and member.parties <= other.parties
        and not _dates_agree(group.date, other.date)
        for other in out
    )


def _dates_agree(a: DateValue, b: DateValue) -> bool:
    """The same date, or one inside the other: a day of a visit's range ("la visite
    s'est achevée samedi"), a day of a month given alone."""
    if a == b:
        return True
    for outer, inner in ((a, b), (b, a)):
        if isinstance(outer, DateSpan) and outer.contains(inner):
            return True
        if isinstance(outer, PartialDate) and outer.day is None:
            ends = (inner.start, inner.end) if isinstance(inner, DateSpan) else (inner,)
            if all(outer.contains(end) for end in ends):
                return True
    return False


_ANY_INSTRUMENT: Final = frozenset({"agreement", "other"})
"""Group nouns ("accords", "documents") whose members may be instruments of any kind."""


def _conflicting_heads(a: Draft, b: Draft) -> bool:
    """Some side is led by different persons in the two reports: two events."""
    sides_a: dict[str, set[str]] = {}
    for person in a.persons:
        if person.party:
            sides_a.setdefault(person.party, set()).add(_family(person.name))
    sides_b: dict[str, set[str]] = {}
    for person in b.persons:
        if person.party:
            sides_b.setdefault(person.party, set()).add(_family(person.name))
    return any(code in sides_b and not names & sides_b[code] for code, names in sides_a.items())


def _same_event(a: Draft, b: Draft) -> bool:
    """Two drafts report the same event (``a`` the earlier)."""
    if a.kind != b.kind or a.background != b.background:
        return False  # an earlier session named in passing is not this one
    if a.counterpart and b.counterpart and a.counterpart != b.counterpart:
        return False  # meetings with two different persons
    if a.kind == "consultation":
        return _same_consultation(a, b)
    if a.parties != b.parties or not _dates_compatible(a, b):
        return False
    if a.kind == "declaration":
        return True
    return _same_agreement(a, b)


def _dates_compatible(a: Draft, b: Draft) -> bool:
    return a.date is None or b.date is None or _dates_agree(a.date, b.date)


def _same_consultation(a: Draft, b: Draft) -> bool:
    """The same meeting: same format and sides, or the same round, or named again."""
    if a.expanded != b.expanded:
        return False  # the meeting in private and the one with both delegations
    if a.subtype == b.subtype:
        if a.round is not None and a.round == b.round:
            return True
        if b.backref and b.parties <= a.parties | b.parties and b.date is None:
            return bool(a.parties & b.parties)
    if a.parties != b.parties or not _dates_compatible(a, b) or a.subtype != b.subtype:
        return False
    same_day = a.date is not None and a.date == b.date
    if not same_day and _conflicting_heads(a, b):
        return False
    return not (a.round and b.round and a.round != b.round)


def _same_agreement(a: Draft, b: Draft) -> bool:
    """The same instrument: same title, same batch, or an item and its full mention."""
    if a.group != b.group or (b.distinct and not a.distinct):
        return False  # « un autre accord », « un protocole supplémentaire »: a new one
    if a.title and b.title:
        return a.title.lower() == b.title.lower()
    if a.group:  # "trois accords et trois mémorandums": two batches
        counted = a.quantity is not None and b.quantity is not None
        return not counted or (a.quantity == b.quantity and a.subtype == b.subtype)
    listed = _same_listed(a, b)
    if listed is not None:
        return listed
    same_instrument = a.subtype == b.subtype or a.generic or b.generic
    return bool(a.sectors and a.sectors == b.sectors and same_instrument)


def _same_listed(a: Draft, b: Draft) -> bool | None:
    """Whether an item of a list is the instrument ``b`` or ``a`` names; ``None`` when
    neither is an item, or both are items of different sentences."""
    if a.generic and b.generic and a.sentence == b.sentence:
        return False  # two items of one list
    if a.generic != b.generic:  # an item of a list, and an instrument named with its fields
        item, named = (a, b) if a.generic else (b, a)
        if item.sentence == named.sentence:
            return False  # listed side by side
        return bool(item.sectors) and item.sectors <= named.sectors
    return None
