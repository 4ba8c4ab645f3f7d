"""Agreement rules: instruments, the stages reported for them, groups and their members."""

from __future__ import annotations

import bisect
import os
import re
from collections.abc import Sequence
from typing import Final

import attr
import attrs

from diplorel.extract._draft import _STAGE_RANK, Draft, _Context
from diplorel.extract._reading import SentenceReading
from diplorel.extract._text import Prepared
from diplorel.extract._words import alternation, either, forms, numbers, phrases, words_pattern
from diplorel.extract.recognise._dates import DateForm
from diplorel.extract.recognise._lists import counted_items, items_one_by_one, list_bounds
from diplorel.extract.rules._attributes import (
    OTHER_TIME_WORDS,
    WHICH_GUARD,
    _actor_parties,
    _attached_year,
    _complement,
    _dates_of_stage,
    _drop_governed,
    _drop_organisation_frames,
    _fill_parties,
    _near,
    _place,
    _quoted_title,
    _title_from,
    _window,
    governed_codes,
    own_clause,
)
from diplorel.extract.rules._base import DEFAULT, Options
from diplorel.extract.rules._cues import (
    _FRAME_BEFORE,
    _PLACE_DETAILS,
    _WINDOW,
    _future,
    _is_organisation,
)
from diplorel.model import DateSpan, DateValue, PartialDate

_NUMBER_BEFORE: Final = re.compile(
    rf"\b(\d+|{alternation(numbers('agreement.quantity'))})\s+(?:\w+\s+){{0,2}}$"
)


_NUMBERS: Final = numbers("agreement.quantity")


_ANAPHOR_BEFORE: Final = re.compile(
    rf"\b(?:{alternation(phrases('agreement.anaphor', 'determiner'))})\s*$"
)


_DEFINITE_BEFORE: Final = re.compile(r"\b(?:le|la|l'|les)\s*(?:\w+\s+)?$")


_TO_COME_BEFORE: Final = re.compile(rf"\b(?:{either('agreement.to-come', 'to-come')})\s+$")
"""An instrument said to be still to come (« les bases d'un futur accord de paix », « un
éventuel traité »): no stage of the sentence is its own."""


_COORDINATED_BEFORE: Final = re.compile(
    rf"\b(?:{either('agreement.coordinated', 'plural-instrument')})\s+(?:et|ou)\s+$"
)
"""A plural instrument joined to another without a determiner ("quatre accords et
mémorandums d'entente", "des accords ou conventions"): the number and the stage govern
both nouns; the batch is one group, already made by the first noun."""

_SPECIFIER_AFTER: Final = re.compile(
    rf"^\s*(?:{either('agreement.anaphor', 'specifier')}|"
    rf"(?:{either('agreement.anaphor', 'specifier-prep')}) |"
    r"de (?:la |l'|le )?(?!ces\b|cet\b)\w+|d'(?!une?\b)\w+|\d{4})"
)


_DISTINCT_BEFORE: Final = re.compile(
    rf"\b(?:{either('merge.distinct-instrument', 'determiner')})\s+$"
)
_DISTINCT_AFTER: Final = re.compile(
    rf"^\s+(?:{either('merge.distinct-instrument', 'qualifier')})s?\b"
)
"""An instrument said to be another than those already named: « un autre accord »,
« un nouveau mémorandum », « un protocole d'accord supplémentaire »; it merges with none
of them (``_merge._same_agreement``)."""


def _distinct(it: _Instrument) -> bool:
    """The instrument is said to be another one (see :data:`_DISTINCT_BEFORE`)."""
    return bool(_DISTINCT_BEFORE.search(it.before) or _DISTINCT_AFTER.match(it.after))


_ORDINAL_ITEM_BEFORE: Final = re.compile(
    rf"\b(?:{alternation(phrases('agreement.carried-stage', 'ordinal'))})\s+$"
)


_BETWEEN_OTHERS: Final = re.compile(
    rf"[^,;:.]{{0,40}}?\b(?:{either('agreement.between-others', 'between')})\s+(?:le|la|les|l')\s*"
    r"[^,;:.]{3,60}?\s+et\s+(?:le|la|les|l')\s*"
    rf"(?:{either('agreement.between-others', 'other-side')})\b"
)


_BETWEEN_LOCAL: Final = re.compile(
    rf"[^,;:.]{{0,50}}?\b(?:{either('agreement.local-authorities', 'between')})\s+"
    rf"(?:{either('agreement.local-authorities', 'determiner')})\s*"
    rf"(?:{either('agreement.local-authorities', 'local')})\b"
)
"""An instrument between towns or local authorities (« la charte d'amitié conclue en 2017
entre la ville de X et la commune de Y », « les traités signés entre les villes »):
a twinning, not an agreement between parties."""


def _between_local(it: _Instrument) -> bool:
    """Whether the instrument is concluded between towns or local authorities (no other
    instrument named between them: « un accord de pêche et un accord de jumelage entre
    la ville de … »)."""
    end = it.anchor[1]
    found = _BETWEEN_LOCAL.match(it.key, end, min(it.reading.sentence.end, end + 90))
    return found is not None and not any(
        e.category == "instrument" and end <= t < found.end() for t, _e, e in it.reading.triggers
    )


def _between_others(prepared: Prepared, reading: SentenceReading, anchor: tuple[int, int]) -> bool:
    """The instrument is between a government and non-state bodies ("entre le
    Gouvernement et les syndicats d'enseignants"), not between parties."""
    match = _BETWEEN_OTHERS.match(prepared.key, anchor[1], reading.sentence.end)
    return match is not None and not _complement(prepared, reading, anchor[1])[0]


_AUTHORISE_BEFORE: Final = re.compile(
    rf"\b(?:{either('stage.authorise', 'authorise')})\b[^.;]{{0,60}}\b(?:a|de|d')\s*$"
)
_RATIFY_VERBS: Final = tuple(sorted(phrases("stage.authorise", "ratify-verb")))
"""The verbs a law authorises that approve an agreement (« ratifier »)."""


_FUTURE_AUXILIARY: Final = re.compile(
    rf"\b(?:{either('stage.future-auxiliary', 'auxiliary')})\s+(?:\w+\s+)?"
    rf"(?:(?:{either('stage.future-auxiliary', 'be')})\s+)?(?:\w+\s+)?$"
)


_FUTURE_AFTER_NOUN: Final = re.compile(
    rf"\s+(?:\w+\s+){{0,3}}?(?:{either('stage.future-noun', 'future-verb')})\b"
)


_NEGATED_AFTER_NOUN: Final = re.compile(
    rf"\s+(?:\w+\s+){{0,3}}?n'(?:{either('stage.negated-noun', 'auxiliary')})\s+"
    rf"(?:{either('stage.negated-noun', 'adverb')})\s+"
    rf"(?:{either('stage.negated-noun', 'predicate')})\b"
)
"""A stage noun that is the subject of a negated happening (« dont la ratification n'a
pas encore eu lieu », « les instruments de ratification n'ont pas encore été déposés »,
« l'entrée en vigueur n'est pas effective »)."""


_STAGE_NOUN: Final = re.compile(
    rf"(?:{either('stage.future-noun', 'noun-ending')})\b|"
    rf"^(?:{either('stage.future-noun', 'noun-start')})"
)


_PURPOSE_BEFORE: Final = re.compile(
    rf"\b(?:{either('stage.purpose', 'purpose')}|(?:{either('stage.purpose', 'urge')})\w*|"
    rf"(?:{either('stage.purpose', 'call')})\w* a)[^.;:]{{0,90}}$"
)
"""A stage named as a noun after an aim ("en vue de la signature", "afin de faciliter la
ratification") has not happened."""


_BILLS: Final = re.compile(rf"\b(?:{either('stage.bill', 'bill')})\b")


_BILL_BEFORE: Final = re.compile(rf"\b(?:{either('stage.bill', 'bill')})\b(?:[^.;]|\.\d){{0,60}}$")


_ADOPTED: Final = re.compile(
    rf"\b(?:a|ont)\s+(?:[\w']+\s+)?(?:{either('stage.bill', 'adopted')})\b|"
    rf"\b(?:{either('stage.bill', 'adopted-by')})\b"
)


_CABINET: Final = re.compile(rf"\b(?:{either('stage.cabinet-bill', 'cabinet')})\b")
_PARLIAMENT: Final = re.compile(rf"\b(?:{either('stage.cabinet-bill', 'parliament')})\b")
_LAW_BILL: Final = re.compile(rf"\b(?:{either('stage.cabinet-bill', 'law-bill')})\b")
_LAW_BILL_AFTER: Final = re.compile(
    rf"[\w\s'-]{{0,30}}\b(?:{either('stage.cabinet-bill', 'law-bill')})\b"
)
BILL_STAGES: Final = frozenset(("approved", "ratified"))


def cabinet_bill(key: str, s_start: int, start: int, opts: Options) -> bool:
    """Rule ``stage.cabinet-bill``: a bill adopted by a government, not a parliament
    (« le Conseil des ministres a adopté un projet de loi portant ratification de
    l'accord »): the bill still has to be voted, so the approval or ratification it
    names is no stage yet (a decree a government adopts is one; an instrument's own
    stage in the bill's title, « l'accord signé le 3 mars », stays)."""
    if not opts.on("stage.cabinet-bill"):
        return False
    head = key[s_start:start]
    return (
        _LAW_BILL.search(head + key[start : start + 60]) is not None
        and _CABINET.search(head) is not None
        and _PARLIAMENT.search(head) is None
    )


def _stages_of(
    key: str, reading: SentenceReading, bills_adopted: bool = False, opts: Options = DEFAULT
) -> list[tuple[int, int, str]]:
    """The stages a sentence reports. A stage named by a bill ("le projet de loi portant
    ratification") is reached only when the bill is adopted (in this sentence, or
    earlier when ``bills_adopted``: "l'Assemblée a adopté trois projets de loi. Le
    premier …"), and then it is the approval; a bill merely examined or presented
    shows an instrument signed."""
    s_start = reading.sentence.start
    out = []
    for start, end, entry in reading.triggers:
        if entry.category != "stage":
            continue
        if _stage_vetoed(key, reading, start, end, opts):
            continue
        if opts.on("stage.bill") and _BILL_BEFORE.search(key, max(s_start, start - 80), start):
            s_end = reading.sentence.end
            adopted = bills_adopted or _ADOPTED.search(key, s_start, s_end) is not None
            if adopted and cabinet_bill(key, s_start, start, opts):
                # « le gouvernement a adopté un projet de loi portant approbation »: the
                # approval is to come; « … de l'accord signé le 3 mars »: signed
                if entry.value not in BILL_STAGES:
                    out.append((start, end, entry.value))
                continue
            out.append((start, end, "approved" if adopted else "signed"))
            continue
        if (
            opts.on("stage.authorise")
            and key.startswith(_RATIFY_VERBS, start)
            and _AUTHORISE_BEFORE.search(key, max(s_start, start - 80), start)
        ):
            if not cabinet_bill(key, s_start, start, opts):
                out.append((start, end, "approved"))  # "la loi permet au président de ratifier"
            continue
        if (
            entry.value == "approved"
            and _LAW_BILL_AFTER.match(key, end, reading.sentence.end)
            and cabinet_bill(key, s_start, start, opts)
        ):
            continue  # « le gouvernement a approuvé le projet de loi relatif à … »
        out.append((start, end, entry.value))
    return out


_PASSIVE_STAGE: Final = "ete "
"""The stages written as a passive (« ont été échangés », « a été convenu »): their
subject must be the instrument."""
_PASSIVE_SUBJECT_REACH: Final = 30
"""Characters from the instrument to its passive verb (« des protocoles d'accord
supplémentaires ont été échangés »)."""


_SUBMITTED_BEFORE: Final = re.compile(
    rf"\b(?:{either('stage.submitted', 'submitted')}) "
    rf"(?:(?:[\w'-]+ ){{0,3}}?)(?:{either('stage.submitted', 'to')}) ?$"
)
"""Rule ``stage.submitted``: a stage noun an instrument is submitted or opened to (« qui
sera soumis à la signature des chefs d'État », « le traité est ouvert à la signature »,
« transmis au Parlement pour ratification »): the stage is awaited, not reached."""


_DENIAL_STEMS: Final = tuple(f" {stem}" for stem in phrases("stage.denied", "denial"))
"""The words of denial, each after a space: a cheap test before the pattern."""
_DENIED_BEFORE: Final = re.compile(
    rf"\b(?:{either('stage.denied', 'denial')})\w*(?: [\w']+){{0,3}}? "
    rf"(?:(?:{either('stage.denied', 'content')})|"
    rf"(?:{either('stage.denied', 'claim')}) (?:{either('stage.denied', 'claim-link')}))"
    r"\b[^.;:]{0,160}$"
)
"""Rule ``stage.denied``: a stage that a denial governs (« le ministère dément les
informations selon lesquelles le pays aurait signé », « a démenti avoir signé », « nie
que Bamako ait conclu »): what is denied has not happened."""
_DENIAL_REACH: Final = 240


def _denied(key: str, s_start: int, start: int) -> bool:
    """Whether a denial governs the stage at ``start`` (rule ``stage.denied``)."""
    lo = max(s_start, start - _DENIAL_REACH)
    before = key[lo:start]
    if not any(stem in before for stem in _DENIAL_STEMS):
        return False  # no word of denial before it (the common case, no search)
    return _DENIED_BEFORE.search(key, lo, start) is not None


_NONE_SUBJECT: Final = re.compile(
    rf"\b(?:{either('agreement.none', 'none')}|{either('agreement.none', 'nothing')})\b"
    rf"[^.;:,]{{0,60}}\bn'(?:{either('agreement.none', 'auxiliary')})(?: [\w']+){{0,2}}?"
    rf"(?: (?:{either('agreement.none', 'been')}))? $"
    rf"|\bni (?:{either('agreement.none', 'even')} )?$"
)
"""A stage under a negative subject or « ni » (« aucun accord de cette nature n'a été
conclu ni même négocié », « rien n'a été signé », with an aside of one or two words after
the auxiliary: « aucun accord n'a pour autant été conclu »): none was (rule
``agreement.none``)."""


def _negated_stage(it: _Instrument, start: int, end: int) -> bool:
    """Rule ``stage.negated``: « l'accord sur la sécurité, signé en 2018, n'a toujours pas
    été ratifié »: a negated stage is none for an instrument named in full, which keeps
    the stages it has reached (an instrument named again, « cet accord n'est pas
    ratifié », is :func:`_negated_again`'s)."""
    if _ANAPHOR_BEFORE.search(it.before) and not _SPECIFIER_AFTER.match(it.after):
        return False
    return _negated_verb_at(it, start, end)


def _negated_verb_at(it: _Instrument, start: int, end: int) -> bool:
    """Whether the stage written at ``start``–``end`` is governed by a negated verb
    (« n'a toujours pas été ratifié »), read in the clause before it."""
    from diplorel.extract._vetoes import negated_verb  # noqa: PLC0415  (imports assembly)

    key, s_start = it.key, it.reading.sentence.start
    return negated_verb(key, key[max(s_start, start - _NEGATED_REACH) : start], end)


def _negation_on(it: _Instrument) -> bool:
    """Whether rule ``stage.negated`` and the negation it reads are both switched on."""
    return it.opts.on("stage.negated") and it.opts.on("cue.negated-verb")


_NEGATED_REACH: Final = 80
"""Characters before a stage read for its negation (the vetoes' clause)."""
_FINITE_BEFORE: Final = re.compile(rf"\b(?:{either('stage.negated', 'auxiliary')}) $")


def _participle_after(it: _Instrument, stage: tuple[int, int]) -> bool:
    """Whether the stage is a participle after the instrument (« l'accord, signé en
    2018, n'a pas été ratifié »), the history an instrument keeps when a stage of it is
    negated, not the verb of another clause (« … mais il a signé un accord »)."""
    if stage[0] < it.anchor[1]:
        return False
    return _FINITE_BEFORE.search(it.key, max(it.anchor[1], stage[0] - 12), stage[0]) is None


def denied_or_none(key: str, s_start: int, start: int, opts: Options) -> bool:
    """A stage that a denial governs (rule ``stage.denied``) or that has a negative
    subject (rule ``agreement.none``): it did not happen."""
    if opts.on("stage.denied") and _denied(key, s_start, start):
        return True  # « dément les informations selon lesquelles X aurait signé »
    near = key[max(s_start, start - 24) : start]
    return (
        opts.on("agreement.none")
        and ("n'" in near or "ni " in near)
        and _NONE_SUBJECT.search(key, max(s_start, start - 100), start) is not None
    )  # « aucun accord n'a été conclu ni même négocié »


def negated_noun(key: str, end: int, s_end: int, opts: Options) -> bool:
    """Rule ``stage.negated-noun``: « l'accord signé en 2021, dont la ratification n'a pas
    encore eu lieu »: a stage noun (ending at ``end``) whose happening the verb after it
    negates was not reached; the instrument keeps its other stages."""
    return opts.on("stage.negated-noun") and (
        _NEGATED_AFTER_NOUN.match(key, end, min(s_end, end + _WINDOW)) is not None
    )


def _stage_vetoed(key: str, reading: SentenceReading, start: int, end: int, opts: Options) -> bool:
    """A stage named as a frame, in the future, or as an aim has not happened."""
    if denied_or_none(key, reading.sentence.start, start, opts):
        return True
    if _verb_stage_vetoed(key, reading, start, opts):
        return True
    return _STAGE_NOUN.search(key[start:end]) is not None and _noun_stage_vetoed(
        key, reading, start, end, opts
    )


_PROCEDURE_BEFORE: Final = re.compile(
    rf"\b(?:{either('stage.frame', 'procedure')})(?: [\w-]+)? (?:de |d')$"
)
"""A stage named as the procedure that leads to it (« les procédures internes de
ratification », « la procédure d'approbation »): it is under way, not reached."""
_PROCEDURE_NOUNS: Final = forms("stage.frame", "procedure")


def framed_stage(key: str, s_start: int, start: int, opts: Options) -> bool:
    """Rule ``stage.frame``: a stage word after a frame (« dans le cadre de la
    signature ») or the procedure that leads to it (« les procédures internes de
    ratification ») names no stage reached."""
    return opts.on("stage.frame") and (
        _FRAME_BEFORE.search(key, max(s_start, start - 20), start) is not None
        or procedure_stage(key, s_start, start)
    )


def procedure_stage(key: str, s_start: int, start: int) -> bool:
    """« les procédures internes de ratification »: the stage word ending a procedure's
    name (tried only where one of the procedure's nouns is written)."""
    lo = max(s_start, start - 36)
    return any(key.find(noun, lo, start) >= 0 for noun in _PROCEDURE_NOUNS) and (
        _PROCEDURE_BEFORE.search(key, lo, start) is not None
    )


def _verb_stage_vetoed(key: str, reading: SentenceReading, start: int, opts: Options) -> bool:
    """A stage word after a frame (« dans le cadre de la signature »), a passive stage
    with no instrument for its subject, or a future auxiliary (« sera signé »)."""
    s_start = reading.sentence.start
    if framed_stage(key, s_start, start, opts):
        return True
    if opts.on("stage.passive-subject") and key.startswith(_PASSIVE_STAGE, start):
        # « des documents ont été échangés », not « des vues ont été échangées »
        subject = any(
            e.category == "instrument" and 0 <= start - t_end <= _PASSIVE_SUBJECT_REACH
            for _t, t_end, e in reading.triggers
        )
        if not subject:
            return True
    return bool(
        opts.on("stage.future-auxiliary")
        and _FUTURE_AUXILIARY.search(key, max(s_start, start - 30), start)
    )  # "sera signé", "devrait être ratifié": not yet


def _noun_stage_vetoed(
    key: str, reading: SentenceReading, start: int, end: int, opts: Options
) -> bool:
    """A stage noun awaited (« soumis à la signature »), to come (« dont la signature
    pourrait intervenir »), negated (« dont la ratification n'a pas encore eu lieu »)
    or named as an aim (« en vue de la signature »)."""
    s_start, s_end = reading.sentence.start, reading.sentence.end
    if opts.on("stage.submitted") and _SUBMITTED_BEFORE.search(
        key, max(s_start, start - 50), start
    ):
        return True
    if opts.on("stage.future-noun") and _FUTURE_AFTER_NOUN.match(
        key, end, min(s_end, end + _WINDOW)
    ):
        return True
    if negated_noun(key, end, s_end, opts):
        return True
    return (
        opts.on("stage.purpose")
        and _PURPOSE_BEFORE.search(key, max(s_start, start - 100), start) is not None
    )


_EXISTING_AFTER: Final = re.compile(
    rf"\s*(?:[\w'-]+\s+){{0,4}}?(?:(?:{either('agreement.already-existing', 'already')}) )?"
    rf"(?:{either('agreement.already-existing', 'existing')})\b"
)
"""Instruments that exist already ("les accords déjà signés", "existants")."""
_PLURAL_REFERENCE_BEFORE: Final = re.compile(
    rf"\b(?:{either('agreement.anaphor', 'plural-determiner')})\s+(?:\w+\s+)?$"
)
"""A plural determiner of reference before the instrument ("ces accords")."""
_MULTILATERAL: Final = re.compile(
    rf"\s*(?:\w+\s+){{0,3}}?(?:{either('agreement.multilateral', 'multilateral')})"
)


def _multilateral(key: str, anchor: tuple[int, int]) -> bool:
    """A multilateral instrument may be ratified by one state alone."""
    return _MULTILATERAL.match(key, anchor[1], anchor[1] + 60) is not None


@attr.s(auto_attribs=True, slots=False, order=False)  # native when compiled
class _Instrument:
    """An instrument trigger and what the agreement rules found of it so far."""

    prepared: Prepared
    reading: SentenceReading
    anchor: tuple[int, int]
    kind: str
    stages: list[tuple[int, int, str]]
    opts: Options
    plural: bool = False
    stage: str | None = None
    stage_anchor: tuple[int, int] | None = None
    inherited: bool = False
    anaphoric: bool = False
    ordinal_item: bool = False
    adopted: bool = False  # a plan's stage from « ont adopté » (stage.adopted-plan)
    bulleted: bool = False  # an item opening a bulleted line (agreement.bullet-item)
    dated: bool = False  # a dated participle under a wish (stage.dated-participle)
    dated_anew: bool = False  # a definite noun dated in another year (agreement.dated-anaphor)
    trace_list: bool = False  # a stage taken over a list (stage.listed-items)
    trace_coordinated: bool = False  # a stage shared by coordinated items
    negated: bool = False  # a stage of its own is negated (stage.negated)

    @property
    def key(self) -> str:
        return self.prepared.key

    before: str = ""
    """The 40 characters of the sentence before the instrument (set on creation)."""
    after: str = ""
    """The 40 characters of the sentence after it."""

    def __attrs_post_init__(self) -> None:
        key, sentence, anchor = self.prepared.key, self.reading.sentence, self.anchor
        self.before = key[max(sentence.start, anchor[0] - 40) : anchor[0]]
        self.after = key[anchor[1] : min(sentence.end, anchor[1] + 40)]

    def veto(self, name: str, applies: bool) -> bool:
        """True when the veto ``name`` is on and applies."""
        return applies and name not in self.opts.disabled


def _ellipsis(it: _Instrument, drafts: list[Draft]) -> bool:
    """ "celui de …", "ceux concernant …": the last agreement's instrument, continued.
    False when the ellipsis continues nothing."""
    previous = next((d for d in reversed(drafts) if d.kind == "agreement"), None)
    if (
        previous is None
        or it.reading.index - previous.sentence > 1
        or not _ELLIPSIS_AFTER.match(it.after)
        or (
            it.key.startswith("un", it.anchor[0])
            and (
                it.reading.index != previous.sentence
                or previous.group
                or previous.generic  # "l'un sur A, un autre sur B": a counted list's item
                or not _ANOTHER_AFTER.match(it.after)
            )
        )
    ):
        return False
    it.kind = previous.subtype
    it.plural = False
    it.stages = it.stages or (
        [(previous.anchor[0], previous.anchor[0], previous.stage)] if previous.stage else []
    )
    return True


_PASSIVE: Final = re.compile(
    rf"^\s*(?:(?!qu)[\w'-]+\s+)?(?:{either('agreement.already-existing', 'passive')})\s"
)
"""A passive right after the instrument (« des accords ont été conclus »): its own
stage, not « les accords déjà signés » or « les accords qu'elles ont signés »."""


def _other_without_stage(it: _Instrument) -> bool:
    """ "le texte" is no instrument; "le second texte ratifié" is one."""
    return (
        it.kind == "other"
        and not it.plural
        and not (
            _ORDINAL_ITEM_BEFORE.search(it.before)
            and any(0 < st - it.anchor[1] <= 2 for st, _e, _v in it.stages)
        )
    )


def _already_existing(it: _Instrument) -> bool:
    """ "les accords existants": instruments that exist, not news, unless counted or
    reported in the passive (« des accords ont été conclus avec … »)."""
    existing = it.plural and _EXISTING_AFTER.match(it.after)
    if existing and _PASSIVE.search(existing.group()):
        existing = None  # « des accords ont été conclus avec … »: reported, in the passive
    if existing and _dated_after(it, it.anchor[1] + existing.end()):
        existing = None  # « les accords signés en mai 2022 »: a past event, told by its date
    return bool(existing) and not _NUMBER_BEFORE.search(it.before)


def _dated_after(it: _Instrument, end: int) -> bool:
    """A date that states its year right after the participle ending at ``end``: the
    instruments signed then are named by that event (« les conventions conclues en mars
    2022 à Rome »), a background agreement, not instruments merely in existence."""
    return any(
        0 <= d.start - end <= _OWN_DATE_GAP and d.form in _STATED_YEAR for d in it.reading.dates
    )


def _nested(it: _Instrument) -> bool:
    """ "le protocole additionnel relatif au protocole de X": one instrument."""
    return _NESTED_BEFORE.search(it.before) is not None and any(
        e.category == "instrument" and 0 < it.anchor[0] - t_end < 120
        for _t, t_end, e in it.reading.triggers
    )


_NONE_BEFORE: Final = re.compile(rf"\b(?:{either('agreement.none', 'none')})\s+(?:[\w-]+\s+)?$")
"""Rule ``agreement.none``: an instrument under a negative determiner (« aucun accord
n'a été conclu », « n'ont signé aucune convention », « nul traité »): none was."""


def _not_an_instrument(it: _Instrument) -> bool:
    """The vetoes that read only the instrument's own phrase and its neighbours."""
    before, after = it.before, it.after
    if it.veto("agreement.none", _NONE_BEFORE.search(before) is not None):
        return True  # « aucun accord n'a été signé »
    if it.veto("agreement.other-needs-stage", _other_without_stage(it)):
        return True  # "le texte" is no instrument; "le second texte ratifié" is one
    if it.veto("agreement.coordinated", it.plural and bool(_COORDINATED_BEFORE.search(before))):
        return True  # "quatre accords et mémorandums": one batch, counted once
    breakdown = _BREAKDOWN_AFTER.match(after)
    if breakdown and it.opts.on("agreement.members") and _items_after_breakdown(it):
        breakdown = None  # « plusieurs accords, dont un sur A et un autre sur B »: items
    if it.veto("agreement.breakdown", it.plural and bool(breakdown)):
        return True  # "six documents, dont trois accords et …": the parts are the events
    if it.veto("agreement.already-existing", _already_existing(it)):
        return True
    if it.veto("agreement.local-authorities", _between_local(it)):
        return True  # « entre la ville de X et la commune de Y »: a twinning
    if it.veto("agreement.to-come", bool(_TO_COME_BEFORE.search(before))):
        return True  # « un futur accord de paix »: not signed, whatever the sentence says
    return it.veto("agreement.nested", _nested(it))


def _pick_stage(it: _Instrument) -> None:
    """The latest stage within reach of the instrument, the nearest among equals ("a
    approuvé trois accords signés à Kigali": approved)."""
    key, anchor = it.key, it.anchor
    best_rank = (0, 10**9)
    negation_on = _negation_on(it)
    negated_after = True  # every negated stage is written after the instrument
    for st_start, st_end, value in it.stages:
        distance = st_start - anchor[1] if st_start >= anchor[1] else anchor[0] - st_end
        between = key[min(anchor[1], st_end) : max(anchor[0], st_start)]
        if distance > _stage_reach(it, st_start) or ";" in between:
            continue
        if negation_on and _negated_stage(it, st_start, st_end):
            it.negated = True
            negated_after = negated_after and st_start >= anchor[1]
            continue  # « … n'a toujours pas été ratifié »: its other stages stay
        rank = (-_STAGE_RANK[value], distance)
        if it.stage is None or rank < best_rank:
            best_rank, it.stage, it.stage_anchor = rank, value, (st_start, st_end)
    if it.negated and not _keeps_stage(it, negated_after):
        it.stage = it.stage_anchor = None  # « n'a pas ratifié l'accord, mais a signé … »
    if it.stage is None and it.opts.on("stage.listed-items"):
        _stage_of_list(it)
    if it.opts.on("stage.coordinated-items"):
        _stage_of_coordination(it)


def _stage_reach(it: _Instrument, st_start: int) -> int:
    """How far from the instrument a stage may stand: the verb after a long subject
    ("l'accord entre … concernant … est entré en vigueur") reaches further, unless
    another instrument comes between."""
    anchor = it.anchor
    if st_start >= anchor[1] and not any(
        e.category == "instrument" and anchor[1] <= t < st_start
        for t, _e, e in it.reading.triggers
    ):
        return _VERB_REACH
    return _STAGE_REACH


def _keeps_stage(it: _Instrument, negated_after: bool) -> bool:
    """Whether an instrument with a negated stage keeps the stage it was given: a
    participle after it (« l'accord, signé en 2018, n'a pas été ratifié »), or the verb
    before it when every negated stage comes after it (« ont signé un accord, jamais
    ratifié »), not the verb of another clause (« n'a pas ratifié l'accord, mais a signé
    … »)."""
    stage = it.stage_anchor
    if stage is None or _participle_after(it, stage):
        return True
    return negated_after and stage[1] <= it.anchor[0]


_LIST_COLON_REACH: Final = 12
"""How far after the stage verb the colon opening its list may stand (« signés : »)."""
_LIST_REACH: Final = 400
"""How long a list of instruments after a colon may run."""


def _stage_of_list(it: _Instrument) -> None:
    """Rule ``stage.listed-items``: « trois instruments ont été signés : un accord sur A,
    un mémorandum sur B et un protocole sur C »: an item of a list that a colon opens
    right after a stage verb takes that stage, however long the items before it."""
    key, anchor = it.key, it.anchor
    for st_start, st_end, value in reversed(it.stages):
        if st_end > anchor[0] or anchor[0] - st_end > _LIST_REACH:
            continue
        colon = key.find(":", st_end, min(anchor[0], st_end + _LIST_COLON_REACH))
        if colon == -1 or any(c in key[colon + 1 : anchor[0]] for c in ";:"):
            continue
        it.stage, it.stage_anchor = value, (st_start, st_end)
        it.trace_list = True
        return


_LINK_BEFORE: Final = re.compile(
    rf"(?:,|\b(?:{either('stage.coordinated-items', 'joiner')}))\s*(?:a\s+)?"
    rf"({either('stage.coordinated-items', 'determiner')})\s*$"
)
"""An instrument joined to the one before it in a list (« …, un mémorandum »,
« … et d'un programme », « … et à l'accord »): group 1 is its determiner."""
_DETERMINER_BEFORE: Final = re.compile(
    rf"(?<![\w'])({either('stage.coordinated-items', 'determiner')})\s*$"
)
_LINK_SPAN: Final = 30
"""Characters before an instrument read for its joiner and determiner."""


def _determiner_kind(form: str) -> str:
    """ "d" for « d'un », « du », « de la », « des »; "i" for « un », « une »; "l" for the
    definite articles: items of one list share the kind of their determiner."""
    if form.startswith("d"):
        return "d"
    return "i" if form.startswith("u") else "l"


def _linked(key: str, s_start: int, previous: tuple[int, int], current: tuple[int, int]) -> bool:
    """Whether ``current`` is the next item of a list whose item before is ``previous``
    (a joiner, then a determiner of the same kind as the previous item's, and no clause
    break between)."""
    between = key[previous[1] : current[0]]
    if any(c in between for c in ";:.") or len(between) > _LIST_REACH:
        return False
    link = _LINK_BEFORE.search(key, max(previous[1], current[0] - _LINK_SPAN), current[0])
    first = _DETERMINER_BEFORE.search(key, max(s_start, previous[0] - 12), previous[0])
    return (
        link is not None
        and first is not None
        and _determiner_kind(link.group(1)) == _determiner_kind(first.group(1))
    )


def _coordination(it: _Instrument) -> tuple[int, int]:
    """The span from the first to the last item of the list of instruments the
    instrument is an item of (its own span when it is in none)."""
    key, s_start = it.key, it.reading.sentence.start
    triggers = it.reading.triggers
    spans = sorted({(t, e) for t, e, entry in triggers if entry.category == "instrument"})
    if len(spans) < 2 or it.anchor not in spans:
        return it.anchor  # one instrument in the sentence: no list (the common case)
    at = spans.index(it.anchor)
    first = last = at
    while first > 0 and _linked(key, s_start, spans[first - 1], spans[first]):
        first -= 1
    while last + 1 < len(spans) and _linked(key, s_start, spans[last], spans[last + 1]):
        last += 1
    return spans[first][0], spans[last][1]


def _stage_of_coordination(it: _Instrument) -> None:
    """Rule ``stage.coordinated-items``: « ont procédé à la signature d'un accord sur A,
    d'un mémorandum sur B et d'un programme sur C »: the items of one list of
    instruments share the stage that governs the list, before its first item or after
    its last, however long the items are; an item's own stage stays unless the list's
    is a later one (« a approuvé l'accord A, la convention B et le traité C signé en
    2010 »: approved)."""
    start, end = _coordination(it)
    if (start, end) == it.anchor:
        return
    key = it.key
    best: tuple[int, int] | None = None
    if it.stage is not None:  # its own stage, unless the list's is a later one
        best = (-_STAGE_RANK[it.stage], -1)
    for st_start, st_end, value in it.stages:
        if st_end <= start:
            distance, between = start - st_end, key[st_end:start]
        elif st_start >= end:
            distance, between = st_start - end, key[end:st_start]
        else:
            continue  # a stage inside the list is an item's own
        if distance > _STAGE_REACH or ";" in between:
            continue
        rank = (-_STAGE_RANK[value], distance)
        if best is None or rank < best:
            best, it.stage, it.stage_anchor = rank, value, (st_start, st_end)
            it.trace_coordinated = True


_PLANS: Final = frozenset(phrases("stage.adopted-plan", "kind"))
_ADOPT_BEFORE: Final = re.compile(
    rf"\b(?:{alternation(phrases('stage.adopted-plan', 'verb'))})\b[^;:.]{{0,160}}$"
)
_ADOPT_AFTER: Final = re.compile(
    rf"\s+(?:[\w'-]+\s+){{0,3}}?(?:{alternation(phrases('stage.adopted-plan', 'participle'))})\b"
)


def _adopted_plan(it: _Instrument) -> None:
    """ "Les dirigeants ont adopté une déclaration et un plan d'action", "le programme
    d'action adopté lundi": a plan or programme of action is adopted the way an
    agreement is signed (bills, which « adopté » also says of, are no plans)."""
    if it.kind not in _PLANS:
        return
    key, anchor, s_start = it.key, it.anchor, it.reading.sentence.start
    before = _ADOPT_BEFORE.search(key, max(s_start, anchor[0] - 200), anchor[0])
    after = _ADOPT_AFTER.match(key, anchor[1], min(it.reading.sentence.end, anchor[1] + 60))
    found = before or after
    if found is None or _BILL_BEFORE.search(key, max(s_start, anchor[0] - 80), anchor[0]):
        return
    it.stage, it.stage_anchor, it.adopted = "signed", found.span(), True


_BULLET_ITEM: Final = re.compile(
    rf"^\s*[-•*–]\s*(?:{either('agreement.bullet-item', 'determiner')})?\s*$"
)
"""An instrument that opens a bulleted line (« - un programme de coopération … ») is an
item of the list the sentence before announced (« ont signé plusieurs instruments,
parmi lesquels : »)."""


def _specified(it: _Instrument) -> bool:
    """Whether the instrument is named in full (« l'accord sur … », « la Convention »,
    « - un programme … »); notes whether it is a list's item or an anaphor."""
    text, before, anchor = it.prepared.text, it.before, it.anchor
    it.ordinal_item = _ORDINAL_ITEM_BEFORE.search(before) is not None
    specified = _SPECIFIER_AFTER.match(it.after) is not None or text[anchor[0]].isupper()
    if not specified and it.opts.on("agreement.bullet-item"):
        specified = _BULLET_ITEM.search(before) is not None  # « - un programme … »
        it.bulleted = specified
    it.anaphoric = (
        it.opts.on("agreement.anaphor")
        and not it.ordinal_item
        and _ANAPHOR_BEFORE.search(before) is not None
        and not specified
    )
    return specified


def _inherit_stage(it: _Instrument, context_stage: _Context | None, specified: bool) -> bool:
    """Take the stage of a sentence near before that announced a list, for an item of it.
    False when there is none to take."""
    if context_stage is None or it.reading.index - context_stage.sentence > 8 or it.negated:
        return False  # none to take, or its own stage is negated (« n'ont pas conclu »)
    if not (it.ordinal_item or specified) or it.anaphoric:
        return False
    it.stage = context_stage.stage
    it.inherited = True
    return True


_OWN_DATE_GAP: Final = 12
"""Characters from a participle to its own date (« signé, en janvier, »)."""
_NOT_DONE_BETWEEN: Final = re.compile(rf"\b(?:{either('stage.dated-participle', 'not-done')})\b")
"""An auxiliary of what is wished or to come before the participle (« qu'un mémorandum
soit signé en juillet », « le traité doit être ratifié en mai »): not a past fact."""


def _dated_participle(it: _Instrument) -> bool:
    """« a souhaité la mise en œuvre du mémorandum signé en janvier »: the stage is a
    participle after the instrument with its own date right after it, no other
    instrument between: it tells what happened, whatever is wished or announced of
    the instrument."""
    if it.stage_anchor is None or it.inherited:
        return False
    start, end = it.stage_anchor
    if not 0 <= start - it.anchor[1] <= _WINDOW or _STAGE_NOUN.search(it.key[start:end]):
        return False
    if any(
        e.category == "instrument" and it.anchor[1] <= t < start
        for t, _e, e in it.reading.triggers
    ):
        return False
    if _NOT_DONE_BETWEEN.search(it.key, it.anchor[1], start):
        return False
    return any(0 <= d.start - end <= _OWN_DATE_GAP for d in it.reading.dates)


def _settle_stage(it: _Instrument, context_stage: _Context | None) -> bool:
    """Inherit the stage of a sentence that announced a list, or veto a future one.
    False when the instrument has no stage it may take."""
    anchor = it.anchor
    specified = _specified(it)
    if it.stage is None and not _inherit_stage(it, context_stage, specified):
        return False
    done_before = (
        it.stage_anchor is not None and it.stage_anchor[1] <= anchor[0] and not it.inherited
    )
    future_before = any(k == "future" and 0 <= anchor[0] - e < 80 for _s, e, k in it.reading.cues)
    if it.opts.on("stage.dated-participle") and _dated_participle(it):
        it.dated = True
        return True  # « du mémorandum signé en janvier »: it happened
    if done_before and not future_before:
        return True  # "le paraphe de l'accord, dont la signature pourrait …": it happened
    return not it.veto(
        "cue.future",
        _future(it.reading, anchor) and (not it.inherited or not it.ordinal_item or future_before),
    )  # "L'Assemblée examinera … l'accord": not yet, even in an enumeration


_STATED_YEAR: Final = frozenset({DateForm.ABSOLUTE, DateForm.YEAR, DateForm.NUMERIC})
"""Date forms that state their year (« le 12 juin 2012 », « en 2009 »)."""


def _fronted_participle(it: _Instrument) -> bool:
    """« Signé en mars 2019, cet accord fixe … »: the sentence opens on the stage's
    participle, set off by a comma before the instrument it describes, so its date is the
    instrument's own, as that of a participle after a definite noun."""
    stage = it.stage_anchor
    if stage is None or stage[1] > it.anchor[0]:
        return False
    key = it.key
    return (
        not key[it.reading.sentence.start : stage[0]].strip()
        and "," in key[stage[1] : it.anchor[0]]
    )


def _own_year_differs(it: _Instrument, previous: Draft, *, fronted: bool = False) -> bool:
    """ "Ils ont signé un accord … L'accord signé le 12 juin 2012 …": a definite noun
    whose participle states a date with its own year names the instrument by that
    date; it takes up the last agreement only when that one is known to be of the
    same year. Not where the participle is set off by a comma (« L'accord, signé en
    2024, … » describes the one just named), nor where the last agreement is at a
    later stage (« ratifié mardi … L'accord signé le 19 août 2024 »: its history).
    ``fronted``: the participle opens the sentence (« Conclu en 2021, cet accord »)."""
    if not (it.dated or fronted) or it.stage_anchor is None or it.stage is None:
        return False
    start, end = it.stage_anchor
    if "," in it.key[it.anchor[1] : start]:
        return False
    if previous.stage is not None and _STAGE_RANK[previous.stage] > _STAGE_RANK[it.stage]:
        return False
    before = previous.date.start if isinstance(previous.date, DateSpan) else previous.date
    own = next(
        (
            d.value
            for d in it.reading.dates
            if 0 <= d.start - end <= _OWN_DATE_GAP
            and d.form in _STATED_YEAR
            and isinstance(d.value, PartialDate)
            and d.value.year is not None
        ),
        None,
    )
    if own is None:
        return _own_day_differs(it, previous, before)
    return before is None or before.year != own.year


def _own_day_differs(it: _Instrument, previous: Draft, before: PartialDate | None) -> bool:
    """ "La convention, paraphée le 2 octobre … l'accord signé le 27 mars": a participle
    dated by its own day names another instrument than the last agreement when that one
    reached the same stage on another day, or an earlier stage on a later day (a stage
    never comes before the one it follows)."""
    if before is None or before.month is None or before.day is None or it.stage is None:
        return False
    end = it.stage_anchor[1] if it.stage_anchor else it.anchor[1]
    own = next(
        (
            d.value
            for d in it.reading.dates
            if 0 <= d.start - end <= _OWN_DATE_GAP
            and isinstance(d.value, PartialDate)
            and d.value.month is not None
            and d.value.day is not None
        ),
        None,
    )
    if own is None or (own.month, own.day) == (before.month, before.day):
        return False
    if own.year is not None and before.year is not None and own.year != before.year:
        return own.year < before.year or previous.stage == it.stage
    if previous.stage == it.stage:
        return True  # one instrument is signed once
    return (own.month, own.day) < (before.month, before.day)


_GENUS_REACH: Final = 3
"""Sentences within which « l'accord » takes up an instrument of another kind."""


def _genus(it: _Instrument, previous: Draft) -> bool:
    """Rule ``agreement.genus-anaphor``: « La convention … est en vigueur. … L'accord
    avait été paraphé en 2021 »: « l'accord », the noun of every instrument, named
    again a few sentences after another kind of instrument, takes it up."""
    return (
        it.kind == "agreement"
        and not it.plural
        and it.opts.on("agreement.genus-anaphor")
        and 0 <= it.reading.index - previous.sentence <= _GENUS_REACH
    )


def _refers_back(it: _Instrument, drafts: list[Draft]) -> bool:
    """Whether the instrument's noun may take up an earlier one: an anaphoric noun, or a
    plural after a word of reference (« ces accords ») once there are agreements."""
    plural_reference = it.plural and _PLURAL_REFERENCE_BEFORE.search(it.before) and drafts
    return bool(it.anaphoric or (plural_reference and it.opts.on("agreement.anaphor")))


def _last_agreement(it: _Instrument, drafts: list[Draft], definite: bool) -> Draft | None:
    """The last agreement the noun can take up: after a definite article only one of the
    same kind, a group, or (rule ``agreement.genus-anaphor``) one « l'accord » names."""
    return next(
        (
            d
            for d in reversed(drafts)
            if d.kind == "agreement"
            and (not definite or d.subtype == it.kind or d.group or _genus(it, d))
        ),
        None,
    )


def _advance_previous(it: _Instrument, previous: Draft, stage: str, definite: bool) -> None:
    """Advance the agreement taken up to the instrument's stage, with the sentence's
    quoted title (if it had none), the sentence as evidence, and the rules traced."""
    s_start, s_end = it.reading.sentence.start, it.reading.sentence.end
    _advance(previous, stage, it.stage_anchor, it.reading, it.inherited)
    title = _quoted_title(it.prepared.text, it.anchor[1], s_end)
    if title and previous.title is None:
        previous.title = title
    previous.evidence.append((s_start, s_end))
    previous.trace("agreement.anaphor")
    if definite and previous.subtype != it.kind and not previous.group:
        previous.trace("agreement.genus-anaphor")


def _take_up(it: _Instrument, drafts: list[Draft]) -> bool:
    """ "la convention" takes up the last convention; "cet instrument" any instrument:
    True when the instrument was the last agreement, now advanced."""
    if not _refers_back(it, drafts):
        return False
    definite = _DEFINITE_BEFORE.search(it.before) is not None
    previous = _last_agreement(it, drafts, definite)
    if previous is None or it.stage is None:
        return False
    fronted = not definite and _fronted_participle(it)
    if (
        (definite or fronted)
        and it.opts.on("agreement.dated-anaphor")
        and _own_year_differs(it, previous, fronted=fronted)
    ):
        it.dated_anew = True
        return False  # « l'accord signé le 12 juin 2012 »: another, older instrument
    if _negated_again(it):
        previous.trace("stage.negated")
        return True  # « cet accord n'est toujours pas ratifié »: it stays where it was
    _advance_previous(it, previous, it.stage, definite)
    return True


def _negated_again(it: _Instrument) -> bool:
    """Rule ``stage.negated`` on an instrument named again: « cet accord n'est donc
    toujours pas ratifié » says the agreement taken up has not reached that stage, so it
    keeps the stages it had."""
    anchor = it.stage_anchor
    return anchor is not None and _negation_on(it) and _negated_verb_at(it, *anchor)


def _not_the_speaker(it: _Instrument, codes: list[str]) -> list[str]:
    """ "La France salue la signature de la Charte": France is not a side."""
    reading = it.reading
    reacting = [
        t for t, _e, e in reading.triggers if e.category == "reaction" and t < it.anchor[0]
    ]
    if not reacting or not it.opts.on("agreement.not-the-speaker"):
        return codes
    speakers = set(_actor_parties(it.prepared, reading, reading.sentence.start, reacting[0]))
    return [c for c in codes if c not in speakers] or codes


def _agreement_window(it: _Instrument) -> tuple[int, int]:
    """The part of the sentence that names an agreement's sides."""
    anchor, stage_anchor = it.anchor, it.stage_anchor
    lo, hi = _window(it.prepared, it.reading, stage_anchor or anchor)
    lo = min(lo, anchor[0])
    hi = min(hi, max(anchor[1], stage_anchor[1] if stage_anchor else 0) + _PARTY_REACH)
    return lo, hi


_WITH_PARTNER: Final = re.compile(rf"\b(?:{either('agreement.listed-partner', 'with')})\s")
"""« avec » before an instrument's partner (« la convention … avec le Niger »)."""
_PARTNER_REACH: Final = 160
"""How far after its instrument an item's « avec » may stand."""


def _own_partner(it: _Instrument, start: int, limit: int) -> str | None:
    """The party named right after the first « avec » between ``start`` and ``limit``."""
    key = it.key
    with_ = _WITH_PARTNER.search(key, start, min(limit, start + _PARTNER_REACH))
    if with_ is None:
        return None
    return next(
        (
            m.value
            for m in it.reading.parties
            if m.category == "party" and with_.end() <= m.start < min(limit, with_.end() + 30)
        ),
        None,
    )


def _listed_partner(it: _Instrument, codes: list[str]) -> list[str] | None:
    """Rule ``agreement.listed-partner``: « la convention X avec A, l'accord Y avec B et
    le mémorandum Z avec C »: instruments listed, each with its own partner after
    « avec », have that partner each (and the sides named before the list), not the
    partner of the item before; ``None`` when the sentence is no such list."""
    reading = it.reading
    end = reading.sentence.end
    instruments = {t for t, _e, entry in reading.triggers if entry.category == "instrument"}
    if len(instruments) < 2:
        return None  # one instrument: no list (the common case, no scan)
    starts = sorted(instruments | {it.anchor[0]})
    starts = [t for i, t in enumerate(starts) if i == 0 or t >= starts[i - 1]]
    bounds = [*starts[1:], end]
    partners = [_own_partner(it, t + 1, limit) for t, limit in zip(starts, bounds, strict=True)]
    mine = partners[starts.index(it.anchor[0])]
    if mine is None or sum(p is not None for p in partners) < 2 or len(set(partners)) < 2:
        return None
    first = starts[0]
    subject = [
        m.value
        for m in reading.parties
        if m.category == "party" and reading.sentence.start <= m.start < first and m.value in codes
    ]
    return list(dict.fromkeys([*subject, mine]))


def _item_sides(it: _Instrument, codes: list[str]) -> list[str] | None:
    """Rule ``agreement.item-sides``: « l'accord entre la Belgique et le Ghana, la
    convention avec le Togo et … »: when a later item of the sentence's list of
    instruments names its own partner after « avec », the partners named from that
    item on are not this instrument's; an item with its own partner has that partner
    and the sides named before the list (« le Ghana a approuvé l'accord entre le Ghana
    et le Nigeria, ainsi que la convention avec le Togo »: Ghana and Togo). ``None``
    when nothing is left out (or too little would be left)."""
    starts = sorted({t for t, _e, entry in it.reading.triggers if entry.category == "instrument"})
    if len(starts) < 2:
        return None  # no list (the common case, no scan)
    later = [t for t in starts if t > it.anchor[0]]
    if starts[0] < it.anchor[0]:
        own = _own_partner_sides(it, codes, starts[0], later)
        if own is not None:
            return own
    return _sides_before_partnered_item(it, codes, later)


def _own_partner_sides(
    it: _Instrument, codes: list[str], list_start: int, later: list[int]
) -> list[str] | None:
    """For an item after the first of the list (which starts at ``list_start``; ``later``
    are the items after it): its own partner after « avec », up to the next item, with the
    sides named before the list; None when it names none, or when that leaves fewer than
    two sides or all of ``codes``."""
    reading = it.reading
    mine = _own_partner(it, it.anchor[0] + 1, later[0] if later else reading.sentence.end)
    if mine is None:
        return None
    subject = _parties_before(reading, list_start)
    kept = list(dict.fromkeys([*(c for c in codes if c in subject), mine]))
    if len(kept) < 2 and codes and codes[0] != mine:
        # « l'accord entre la Suisse et le Népal, ainsi que le traité avec le
        # Paraguay »: no side before the list; the first side the list names is the
        # one its items share (French names its own side first)
        kept = [codes[0], mine]
    if len(kept) >= 2 and set(kept) != set(codes):
        return kept
    return None


def _sides_before_partnered_item(
    it: _Instrument, codes: list[str], later: list[int]
) -> list[str] | None:
    """The sides of ``codes`` named before the first of the ``later`` items that names its
    own partner after « avec »; None when no later item does, or when that leaves fewer
    than two sides or all of them."""
    if not later:
        return None
    bounds = [*later[1:], it.reading.sentence.end]
    bound = next(
        (t for t, limit in zip(later, bounds, strict=True) if _own_partner(it, t + 1, limit)),
        None,
    )
    if bound is None:
        return None
    before = _parties_before(it.reading, bound)
    kept = [c for c in codes if c in before]
    return kept if len(kept) >= 2 and len(kept) < len(codes) else None


def _parties_before(reading: SentenceReading, bound: int) -> set[str]:
    """The codes of the party mentions from the start of the sentence up to ``bound``."""
    return {
        m.value
        for m in reading.parties
        if m.category == "party" and reading.sentence.start <= m.start < bound
    }


_CREATING: Final = re.compile(
    rf"\b(?:{either('parties.created-body', 'creating')}) "
    r"(?:de la |de l'|du |des |d'|la |le |l'|les )?(?:[\w-]+ ){0,2}$"
)
"""« le traité instituant la Confédération des », « portant création de l' »: what comes
before the body an instrument creates."""


def _created(it: _Instrument, lo: int, hi: int) -> set[str]:
    """Rule ``parties.created-body``: an organisation that the instrument creates (« le
    traité portant création de l'Alliance », « la charte instituant la Communauté ») did
    not exist to be a party to it: its founders are. The codes of such organisations
    named in ``[lo, hi)`` and nowhere else there."""
    key = it.key
    created: set[str] = set()
    named: set[str] = set()
    for m in it.reading.parties:
        if not lo <= m.start < hi or m.category != "party" or not _is_organisation(m.value):
            continue
        if _CREATING.search(key, max(lo, m.start - 60), m.start) is not None:
            created.add(m.value)
        else:
            named.add(m.value)  # « …, dont l'Alliance est partie »: a side there
    return created - named


def _without_created(
    it: _Instrument, window: tuple[int, int], codes: list[str], pair: list[str], used: list[str]
) -> tuple[list[str], list[str]]:
    """``codes`` and ``pair`` without the organisations the instrument creates (rule
    ``parties.created-body``, traced in ``used``): no side named, nor one left implicit."""
    created = _created(it, *window)
    if not created:
        return codes, pair
    used.append("parties.created-body")
    return [c for c in codes if c not in created], [c for c in pair if c not in created]


def _agreement_sides(
    it: _Instrument, pair: list[str], both: bool, cited: dict[str, tuple[int, list[str]]]
) -> tuple[set[str], tuple[int, int], list[str]]:
    """The sides of an agreement, the part of the sentence read, and the rules used."""
    opts = it.opts
    used = ["parties.clause"]
    lo, hi = _agreement_window(it)
    key = it.key
    if (
        key.startswith(OTHER_TIME_WORDS, it.reading.sentence.start)
        or key.find(WHICH_GUARD, lo, hi) >= 0
    ) and opts.on("parties.own-clause"):  # the cheap tests first
        lo, hi = _own_clause_window(it, (lo, hi), used)
    codes = _actor_parties(it.prepared, it.reading, lo, hi) if opts.on("parties.clause") else []
    if opts.on("parties.created-body"):
        codes, pair = _without_created(it, (lo, hi), codes, pair, used)
    codes, listed_rule = _listed_sides(it, _not_the_speaker(it, codes))
    if listed_rule is not None:
        used.append(listed_rule)
    between = _between_sides(it, codes) if opts.on("parties.instrument-between") else None
    if between is not None:
        codes, lo = between, max(lo, it.anchor[0])
        used.append("parties.instrument-between")
    with_cited = _cited_sides(it, codes, cited)
    if with_cited is not None:
        # "un accord entre X et Y … Cet accord, en négociation depuis 2017": X and Y
        codes = with_cited
        used.append("agreement.cited-sides")
    if opts.on("parties.persons"):
        added = _person_sides(it.reading, codes, lo, hi)
        codes.extend(added)
        used.extend("parties.persons" for _party in added)
    multilateral = opts.on("agreement.multilateral") and _multilateral(it.key, it.anchor)
    multilateral = multilateral and listed_rule != "agreement.listed-partner"  # one partner
    parties = set(codes)
    if opts.on("parties.main-pair"):
        needed = 1 if multilateral else 2
        parties = _fill_parties(codes, pair, both, needed=needed, organisation_alone=False)
        if parties != set(codes):
            used.append("parties.main-pair")
    if multilateral and len(parties) < 2:
        used.append("agreement.multilateral")
    return parties, (lo, hi), used


def _own_clause_window(
    it: _Instrument, window: tuple[int, int], used: list[str]
) -> tuple[int, int]:
    """Rule ``parties.own-clause`` for an instrument: « A et B ont tenu un sommet avec C, à
    l'issue duquel leurs ministres X et Y ont signé un accord »: the part of ``window`` that
    is the instrument's own clause, when it changes the sides read (those a matter's
    preposition governs set aside: rule ``parties.matter-preposition`` drops them)."""
    lo, hi = window
    first = min(it.anchor[0], it.stage_anchor[0]) if it.stage_anchor else it.anchor[0]
    own = own_clause(it.prepared, it.reading, (first, first), window)
    if own[0] == lo:
        return window
    governed = (
        governed_codes(it.prepared, it.reading)
        if it.opts.on("parties.matter-preposition")
        else set()
    )
    wide = set(_actor_parties(it.prepared, it.reading, lo, hi)) - governed
    if set(_actor_parties(it.prepared, it.reading, *own)) == wide:
        return window
    used.append("parties.own-clause")
    return own


_BETWEEN_WORDS: Final = frozenset(forms("parties.instrument-between", "between"))


def _between_sides(it: _Instrument, codes: list[str]) -> list[str] | None:
    """Rule ``parties.instrument-between``: « le ministre gabonais a rappelé que
    l'entretien avait porté sur l'accord de cessez-le-feu entre le Soudan et le Tchad,
    conclu à Doha sous l'égide du Qatar »: an instrument whose own complement names two sides
    after « entre » has those, and the ones named after it (a mediator), not the ones
    the sentence names before it (who spoke of it); None when it has no such complement
    or nothing would change."""
    reading = it.reading
    end = next(
        (
            t
            for t, _e, entry in reading.triggers
            if entry.category == "instrument" and t > it.anchor[0]
        ),
        reading.sentence.end,
    )
    _own, starts = _complement(it.prepared, reading, it.anchor[1])
    named = {m.start: m.value for m in reading.parties if m.start in starts and m.start < end}
    if len(set(named.values())) < 2:
        return None
    first = min(named)
    lead = it.key[max(it.anchor[1], first - 12) : first].split()
    if _BETWEEN_WORDS.isdisjoint(lead):
        return None
    after = set(_actor_parties(it.prepared, reading, first, end))
    kept = [c for c in codes if c in after]
    return kept if len(kept) >= 2 and set(kept) != set(codes) else None


def _listed_sides(it: _Instrument, codes: list[str]) -> tuple[list[str], str | None]:
    """The sides an instrument of a list has of its own (rule
    ``agreement.listed-partner``, else ``agreement.item-sides``) and the rule that gave
    them; ``codes`` and None when neither applies."""
    if it.opts.on("agreement.listed-partner"):
        listed = _listed_partner(it, codes)
        if listed is not None:
            return listed, "agreement.listed-partner"
    if it.opts.on("agreement.item-sides"):
        own = _item_sides(it, codes)
        if own is not None:
            return own, "agreement.item-sides"
    return codes, None


def _cited_sides(
    it: _Instrument, codes: list[str], cited: dict[str, tuple[int, list[str]]]
) -> list[str] | None:
    """Rule ``agreement.cited-sides``: an instrument named again (« cet accord ») at most
    two sentences after it was cited with its sides has those sides first, then
    ``codes``; None when it was not."""
    earlier = cited.get(it.kind)
    if (
        it.anaphoric
        and earlier is not None
        and it.reading.index - earlier[0] <= 2
        and it.opts.on("agreement.cited-sides")
    ):
        return list(dict.fromkeys([*earlier[1], *codes]))
    return None


def _person_sides(reading: SentenceReading, codes: list[str], lo: int, hi: int) -> list[str]:
    """Rule ``parties.persons``: the sides of the persons named in ``[lo, hi)`` that are
    not among ``codes``, each once, in the order the persons are named."""
    added: list[str] = []
    for person in reading.persons:
        party = person.party
        if party and party not in codes and party not in added and lo <= person.start < hi:
            added.append(party)
    return added


def _agreement_sectors(it: _Instrument) -> set[str]:
    """The sectors of the instrument's own phrase, up to the next instrument."""
    reading, anchor = it.reading, it.anchor
    next_instrument = reading.sentence.end
    for t_start, _t_end, entry in reading.triggers:
        if entry.category == "instrument" and t_start > anchor[1]:
            next_instrument = t_start
            break
    sectors = {v for s, _e, v in reading.sectors if anchor[0] <= s < next_instrument}
    if not sectors and not it.plural:
        sectors = {v for _s, _e, v in reading.sectors}
    return sectors


_THEN_BEFORE: Final = re.compile(rf"\b(?:{either('date.then', 'then')})\s+$")
"""« alors » (« à l'époque ») right before the stage verb: « avaient alors signé »."""


def _date_then(it: _Instrument, draft: Draft) -> None:
    """Rule ``date.then``: « En 2018, le ministre s'était rendu à Niamey ; les deux États y
    avaient alors conclu un accord »: a stage verb after « alors », with no date of its own,
    is of the time the sentence gave before it (its last date mention before the verb)."""
    stage = it.stage_anchor
    if stage is None:
        return
    start = it.reading.sentence.start
    if _THEN_BEFORE.search(it.key, max(start, stage[0] - 16), stage[0]) is None:
        return
    before = [d for d in it.reading.dates if d.end <= stage[0]]
    if before:
        draft.date = before[-1].value
        draft.trace("date.then")


def _agreement_date_heads(it: _Instrument, draft: Draft, context_stage: _Context | None) -> None:
    """The date of the stage, and who signed or approved (inherited from a list)."""
    reading = it.reading
    if it.stage_anchor is not None and it.opts.on("date.stage"):
        own = _dates_of_stage(reading.dates, it.stage_anchor, it.stages, it.key)
        near = _near(own, it.stage_anchor)
        attached = _attached_year(own, it.stage_anchor)
        if attached is not None and attached is not near and it.opts.on("date.attached-year"):
            near = attached
            draft.trace("date.attached-year")
        if near is not None:
            draft.date = near.value
            draft.trace("date.stage")
        elif it.opts.on("date.then"):
            _date_then(it, draft)
    draft.persons = [p for p in reading.persons if p.party in draft.parties or p.party is None]
    if it.inherited and context_stage is not None:
        draft.date = context_stage.date
        approver = context_stage.stage in {"approved", "ratified"} and context_stage.persons
        if not draft.persons or approver:  # the approver, not who announced the list
            draft.persons = list(context_stage.persons)


def _agreement_fields(it: _Instrument, draft: Draft, context_stage: _Context | None) -> None:
    """Sectors, date, heads, title and quantity of an agreement draft."""
    anchor, text = it.anchor, it.prepared.text
    s_start, s_end = it.reading.sentence.start, it.reading.sentence.end
    draft.sectors = _agreement_sectors(it)
    _agreement_date_heads(it, draft, context_stage)
    draft.title = _quoted_title(text, anchor[1], s_end)
    if draft.title is None and text[anchor[0]].isupper() and anchor[0] > s_start + 2:
        draft.title = _title_from(text, anchor[0], s_end)
    number = _NUMBER_BEFORE.search(it.before)
    if it.plural and number is not None and it.opts.on("agreement.quantity"):
        word = number.group(1)
        quantity = int(word) if word.isdigit() else _NUMBERS.get(word)
        if quantity is not None and quantity >= 2:
            draft.quantity = quantity
            draft.trace("agreement.quantity")


def _reported(it: _Instrument, context_stage: _Context | None, drafts: list[Draft]) -> bool:
    """Whether the instrument is reported between states at a stage of its own (or one it
    inherits), rather than cited, between others, or the last agreement taken up."""
    reading, anchor = it.reading, it.anchor
    if it.veto("agreement.between-others", _between_others(it.prepared, reading, anchor)):
        return False  # "l'accord entre le Gouvernement et les syndicats": not diplomatic
    if it.veto(
        "agreement.reference-frame",
        _REFERENCE_BEFORE.search(it.before) is not None
        and not _own_stage(reading, anchor, it.stage_anchor),
    ):
        return False  # "dans la mise en œuvre de l'accord": cited, not reported
    return _settle_stage(it, context_stage) and not _take_up(it, drafts)


def _trace_reading(it: _Instrument, draft: Draft, instrument: str) -> None:
    """Trace how the instrument was read: its stage carried or adopted, an item of a
    bulleted list, an ellipsis, an instrument distinct from others of its kind."""
    if it.inherited:
        draft.trace("agreement.carried-stage")
    if it.adopted:
        draft.trace("stage.adopted-plan")
    if it.bulleted and it.inherited:
        draft.trace("agreement.bullet-item")
    if it.dated:
        draft.trace("stage.dated-participle")
    if it.dated_anew:
        draft.trace("agreement.dated-anaphor")
    if it.trace_list:
        draft.trace("stage.listed-items")
    if it.trace_coordinated:
        draft.trace("stage.coordinated-items")
    if it.negated:
        draft.trace("stage.negated")
    if instrument == "ellipsis":
        draft.trace("agreement.ellipsis")
    elif it.opts.on("merge.distinct-instrument") and _distinct(it):
        draft.distinct = True
        draft.trace("merge.distinct-instrument")


_COUNTED_SUBJECT: Final = re.compile(
    r"(?:[^,;:.]{0,60}, )?(?:les|ces) "
    rf"(?P<n>{alternation(numbers('parties.the-n-sides'))}) "
    rf"(?:{either('parties.both', 'both-noun')})\b"
)
"""A sentence whose subject counts the sides (« Les trois pays avaient signé … », « À
l'issue du sommet, les quatre dirigeants ont signé … »)."""


def _counted_sides(it: _Instrument, drafts: Sequence[Draft]) -> set[str] | None:
    """Rule ``parties.the-n-sides``: an instrument whose sentence opens on its sides'
    count (« Les trois pays avaient signé, en 2023, une charte ») without naming them is
    the act of the sides of the latest event of that many parties the article told; None
    when the sentence counts none before the instrument, or no such event was told."""
    sentence = it.reading.sentence
    match = _COUNTED_SUBJECT.match(it.key, sentence.start, it.anchor[0])
    if match is None:
        return None
    if any(sentence.start <= m.start < match.end() for m in it.reading.parties):
        return None  # « la France et les deux pays »: a side is named as well
    count = numbers("parties.the-n-sides")[match.group("n")]
    for earlier in reversed(drafts):
        if earlier.kind != "declaration" and len(earlier.parties) == count:
            return set(earlier.parties)
    return None


def _agreement(
    prepared: Prepared,
    reading: SentenceReading,
    anchor: tuple[int, int],
    instrument: str,
    *,
    stages: list[tuple[int, int, str]],
    pair: list[str],
    both: bool,
    context_stage: _Context | None,
    drafts: list[Draft],
    cited: dict[str, tuple[int, list[str]]],
    opts: Options = DEFAULT,
) -> Draft | None:
    """The builder of an agreement: an instrument with a stage reported for it."""
    it = _Instrument(prepared, reading, anchor, instrument, stages, opts)
    phrase = prepared.key[anchor[0] : anchor[1]]
    it.plural = phrase.split()[0].endswith(("s", "x"))  # "accords", "mémorandums d'entente"
    if instrument == "ellipsis" and not (opts.on("agreement.ellipsis") and _ellipsis(it, drafts)):
        return None
    if _not_an_instrument(it):
        return None
    _pick_stage(it)
    if it.stage is None and opts.on("stage.adopted-plan"):
        _adopted_plan(it)
    if not _reported(it, context_stage, drafts):
        return None
    parties, _span, used = _agreement_sides(it, pair, both, cited)
    counted = _counted_sides(it, drafts) if opts.on("parties.the-n-sides") else None
    if counted is not None and counted != parties:
        parties, used = counted, [*used, "parties.the-n-sides"]
    if len(parties) < 2 and "agreement.multilateral" not in used:
        return None
    draft = Draft(
        kind="agreement",
        sentence=reading.index,
        anchor=anchor,
        parties=parties,
        subtype=it.kind,
        evidence=[(reading.sentence.start, reading.sentence.end)],
        stage=it.stage,
        stage_anchor=it.stage_anchor,
        group=it.plural,
        rules=["agreement", *dict.fromkeys(used)],
    )
    draft.pair_filled = "parties.main-pair" in used
    _trace_reading(it, draft, instrument)
    if opts.on("parties.matter-preposition"):
        _drop_governed(prepared, reading, draft)  # « après avoir échangé sur l'Ukraine »
    if opts.on("parties.organisation-frame"):
        _drop_organisation_frames(prepared, reading, draft)  # « la présidence de l'ASEAN »
    if opts.on("place.sentence"):
        draft.place = _place(prepared, reading)
        if draft.place is not None:
            draft.trace("place.sentence")
    _agreement_fields(it, draft, context_stage)
    if opts.on("agreement.batch-item") and _batch_item(it, draft, drafts):
        draft.group = False
        draft.trace("agreement.batch-item")
    return draft


_BATCH_REACH: Final = 8
"""Sentences after a batch of instruments within which a plural instrument with its own
subject is one of the batch's items."""


def _batch_item(it: _Instrument, draft: Draft, drafts: list[Draft]) -> bool:
    """ "Ils ont signé plusieurs accords. … D'autres documents incluent des protocoles
    d'accord sur l'investissement vert": after a batch reported between the same sides, a
    plural instrument named by its own subject, without a number, is one of the batch's
    instruments, not the batch again."""
    if not draft.group or draft.quantity is not None or not draft.sectors:
        return False
    if it.inherited:  # listed after the batch: « d'autres documents incluent des … sur X »
        if _SPECIFIER_AFTER.match(it.after) is None:
            return False  # « les documents »: the batch named again
        other_kind = True
    elif it.stage_anchor is not None and it.stage_anchor[0] >= it.anchor[1]:
        other_kind = False  # « des protocoles ont été convenus »: another kind than the batch
    else:
        return False  # « les deux pays ont signé des accords dans les domaines …»: the batch
    return any(
        d.kind == "agreement"
        and d.group
        and d.parties == draft.parties
        and (other_kind or d.subtype != draft.subtype)
        and 0 < it.reading.index - d.sentence <= _BATCH_REACH
        for d in drafts[-50:]
    )


_PLURAL_PRONOUNS: Final = phrases("agreement.pronoun-list", "pronoun")


_OF_WHICH: Final = re.compile(
    rf"[^,.;:]{{0,40}}?,?\s*(?:{either('agreement.breakdown', 'of-which')})\s+"
)
"""« plusieurs accords, dont »: the instruments named one by one follow."""


def _one_by_one(key: str, end: int, s_end: int) -> list[tuple[int, int]]:
    """The items given one by one after « dont » following the plural noun ending at
    ``end`` (« dont un sur A et un autre sur B »), or ``[]``."""
    found = _OF_WHICH.match(key, end, s_end)
    return items_one_by_one(key, found.end(), s_end) if found else []


def _items_after_breakdown(it: _Instrument) -> bool:
    """Whether pronoun items (« un sur A, un autre sur B ») follow « dont »."""
    return bool(_one_by_one(it.key, it.anchor[1], it.reading.sentence.end))


def _members(prepared: Prepared, reading: SentenceReading, group: Draft) -> list[Draft]:
    """The instruments of a counted list ("trois accords portant sur A, B et C"), or of
    a list given one by one after « dont » (« plusieurs accords, dont un sur A et un
    autre sur B »)."""
    if not group.group:
        return []
    if group.quantity is None:
        items = _one_by_one(prepared.key, group.anchor[1], reading.sentence.end)
        return _itemise(reading, group, items)
    items = counted_items(prepared.key, group.anchor[1], reading.sentence.end, group.quantity)
    return _itemise(reading, group, items)


_COUNT: Final = rf"(\d+|{alternation(numbers('agreement.quantity'))})"
_THESE_BEFORE: Final = re.compile(
    rf"\b(?:(?:{either('agreement.members-next', 'these')})(?:\s+{_COUNT})?"
    rf"|(?:{either('agreement.members-next', 'the')})\s+{_COUNT})\s+$"
)
"""« ces », « ces trois » or « les trois » before a plural instrument noun: the batch
just reported, named again (a number must be the batch's own)."""
_MEMBERS_NEXT_REACH: Final = 2
"""Sentences after a counted batch within which « ces accords portent sur … » lists it."""


def _count_of(word: str | None) -> int | None:
    """The number a count word or figure says (``None`` for no word)."""
    if word is None:
        return None
    return int(word) if word.isdigit() else _NUMBERS.get(word)


def members_named_next(
    prepared: Prepared, reading: SentenceReading, anchor: tuple[int, int], drafts: list[Draft]
) -> list[Draft]:
    """Rule ``agreement.members-next``: « Ils ont signé quatre accords. Ces textes portent
    sur A, B, C et D » (or « Les quatre textes portent respectivement sur … »): a counted
    batch named again with « ces », or with « les » and its own number, in one of the next
    sentences, with a list of exactly as many subjects, is that many instruments, one per
    subject; ``[]`` when the sentence is no such list."""
    key = prepared.key
    if not key.endswith(("s", "x"), anchor[0], anchor[1]):
        return []
    these = _THESE_BEFORE.search(key, max(reading.sentence.start, anchor[0] - 24), anchor[0])
    if these is None:
        return []
    group = next((d for d in reversed(drafts[-12:]) if d.kind == "agreement"), None)
    if (
        group is None
        or not group.group
        or group.quantity is None
        or not 0 < reading.index - group.sentence <= _MEMBERS_NEXT_REACH
    ):
        return []
    said = _count_of(these.group(1) or these.group(2))
    if said is not None and said != group.quantity:
        return []  # « les deux textes » after « trois accords »: two of them, or others
    items = counted_items(key, anchor[1], reading.sentence.end, group.quantity)
    return _itemise(reading, group, items, "agreement.members-next")


_GROUP_PRONOUN: Final = re.compile(
    rf"(?<![\w'])(?:{either('agreement.group-pronoun', 'pronoun')})\s+"
    rf"(?:(?:{either('recognise.lists', 'adverb')})\s+)?"
    rf"(?=(?:{either('agreement.group-pronoun', 'content')})\b)"
)
"""« ils portent sur », « elles concernent notamment »: a plural pronoun whose verb says
what texts are about (no person « porte sur » or « concerne » a field)."""
_GROUP_PRONOUN_LEAD: Final = 40
"""Characters from the pronoun to the start of its list (« touchent notamment à »)."""


def _last_group(reading: SentenceReading, drafts: list[Draft]) -> Draft | None:
    """The last agreement drafted before this sentence, if a group of the one or two
    sentences before it."""
    for draft in reversed(drafts[-12:]):
        if draft.sentence == reading.index:
            continue
        if draft.kind != "agreement":
            continue
        if draft.group and 0 < reading.index - draft.sentence <= _MEMBERS_NEXT_REACH:
            return draft
        return None
    return None


def group_taken_up(
    prepared: Prepared, reading: SentenceReading, drafts: list[Draft]
) -> list[Draft]:
    """Rule ``agreement.group-pronoun``: « Cinq accords ont été signés. Ils portent sur A,
    B, C, D et E »: a batch taken up by a plural pronoun whose verb says what the texts
    are about, in one of the next two sentences (or after a comma: « …, mais ils touchent
    notamment à A »), is one instrument per subject when the subjects are as many as its
    number says (the new drafts are returned); otherwise the subjects are the batch's own
    fields, set on it when it names none (nothing returned)."""
    group = _last_group(reading, drafts)
    if group is None:
        return []
    key = prepared.key
    start, end = reading.sentence.start, reading.sentence.end
    found = _GROUP_PRONOUN.search(key, start, end)
    if found is None:
        return []
    if found.start() > start and _CLAUSE_OPENS.search(key, start, found.start()) is None:
        return []  # the pronoun opens the sentence or a clause (« …, mais ils touchent »)
    if group.quantity is not None:
        items = counted_items(key, found.end(), end, group.quantity)
        if items:
            return _itemise(reading, group, items, "agreement.group-pronoun")
    bounds = list_bounds(key, found.end(), end, _GROUP_PRONOUN_LEAD)
    if bounds is None or group.sectors:
        return []
    sectors = {v for s, _e, v in reading.sectors if bounds[0] <= s < bounds[1]}
    if sectors:
        group.sectors = sectors
        group.trace("agreement.group-pronoun")
    return []


_CLAUSE_OPENS: Final = re.compile(
    rf"(?:[,;]|\b(?:{either('agreement.group-pronoun', 'clause-link')}))\s+$"
)
"""What may stand before a pronoun that opens a clause: a comma, a semicolon or a
conjunction (« mais », « et »)."""


_ORDINAL_MARK: Final = re.compile(
    rf"(?:l'une?|l'(?:{either('recognise.lists', 'other')})"
    rf"|(?:le|la) (?:{either('recognise.lists', 'masculine-ordinal')}|"
    rf"{either('recognise.lists', 'feminine-ordinal')}|"
    rf"\w+(?:{either('recognise.lists', 'ordinal-ending')}))"
    rf"|les (?:{_COUNT} )?(?:{either('agreement.ordinal-next', 'remainder')}))(?![\w'])"
)
"""An instrument of a batch named by its rank alone (« le premier », « la deuxième »,
« l'autre », « les deux derniers », « les autres »)."""
_ORDINAL_OPENS: Final = ("; ", ", ")
"""What stands before a rank that opens a clause of the enumeration (or « et »)."""


@attrs.define
class OrdinalRun:
    """A batch whose instruments are being given by rank: the batch, how many of its
    instruments were given, and the sentence that gave the last ones."""

    group: Draft
    given: int
    sentence: int


def _ranks(key: str, reading: SentenceReading) -> list[re.Match[str]]:
    """The ranks that open the sentence and its clauses (``[]`` unless one opens the
    sentence)."""
    start, end = reading.sentence.start, reading.sentence.end
    if _ORDINAL_MARK.match(key, start, end) is None:
        return []  # the cheap test first: no rank opens the sentence
    marks = [
        m
        for m in _ORDINAL_MARK.finditer(key, start, end)
        if m.start() == start
        or key.startswith(_ORDINAL_OPENS, m.start() - 2)
        or key.startswith(" et ", m.start() - 4)
    ]
    return marks if marks and marks[0].start() == start else []


def _rank_counts(marks: Sequence[re.Match[str]], left: int) -> list[int] | None:
    """How many instruments each rank stands for (« les deux derniers »: two, « les
    autres »: those left), or ``None`` when they are more than the ``left`` ones."""
    counts = [1 if not m.group().startswith("les ") else _count_of(m.group(1)) or 0 for m in marks]
    rest = left - sum(counts)
    counts = [c or rest for c in counts]
    return counts if rest >= 0 and all(c > 0 for c in counts) else None


def ordinal_items(
    prepared: Prepared, reading: SentenceReading, drafts: list[Draft], run: OrdinalRun | None
) -> tuple[list[Draft], OrdinalRun | None]:
    """Rule ``agreement.ordinal-next``: « Ils ont signé quatre accords. Le premier supprime
    les visas ; le deuxième, un mémorandum sur l'énergie, prévoit … Les deux derniers ne
    sont pas décrits »: the instruments of a counted batch given by rank, with no
    instrument noun, in one of the next two sentences (two ranks at least in the first
    one; the sentence after it may go on with the rest), are one agreement each, with the
    fields of its own clause (« les deux derniers »: one agreement for the two). An
    instrument the rank's clause names itself (« un mémorandum ») is already drafted.
    Returns the new drafts and the run to carry to the next sentence."""
    key = prepared.key
    marks = _ranks(key, reading)
    if not marks:
        return [], None
    group: Draft | None = None
    given = 0
    if run is not None and run.sentence == reading.index - 1:
        group, given = run.group, run.given
    elif len(marks) >= 2:
        group = _last_group(reading, drafts)
    if group is None:
        return [], None
    if group.quantity is None or any(
        t == marks[0].end() + 1 and e.category == "instrument" for t, _e, e in reading.triggers
    ):
        return [], None  # « Le premier accord … »: its noun is drafted (carried-stage)
    counts = _rank_counts(marks, group.quantity - given)
    if counts is None:
        return [], None
    own = [d.anchor[0] for d in drafts[-12:] if d.sentence == reading.index]
    new: list[Draft] = []
    ends = [m.start() for m in marks[1:]] + [reading.sentence.end]
    for mark, end, count in zip(marks, ends, counts, strict=True):
        if any(mark.end() <= a < end for a in own):
            continue  # « le deuxième, un mémorandum d'entente … »: drafted by its noun
        item = _itemise(reading, group, [(mark.start(), end)], "agreement.ordinal-next")[0]
        item.quantity = count if count > 1 else None
        new.append(item)
    return new, OrdinalRun(group, given + sum(counts), reading.index)


_SITTING: Final = re.compile(
    rf"\b(?:{either('date.council-sitting', 'council')})\s+"
    rf"(?:{either('date.council-sitting', 'sat')})\b"
)
"""« Le Conseil des ministres s'est réuni lundi … »: a government's sitting."""
_COUNCIL_ACTS: Final = re.compile(rf"\b(?:{either('date.council-sitting', 'the-council')})\b")
"""The council as the actor of a later decision (« le Conseil a adopté un décret … »)."""
_DECIDED: Final = frozenset({"approved", "ratified"})
_COUNCIL_PREFIX: Final = os.path.commonprefix(  # noqa: RUF071  (characters, not paths)
    list(forms("date.council-sitting", "council"))
)
"""What every council of :data:`_SITTING` begins with: one fast search of the text finds
where the pattern may match (:func:`_sittings`)."""


@attrs.define
class Sitting:
    """The date and city of a government council's sitting, told in its own sentence."""

    date: DateValue
    place: str | None


def _sittings(
    prepared: Prepared, readings: Sequence[SentenceReading]
) -> list[tuple[int, Sitting]]:
    """The sittings the text tells (« Le Conseil des ministres s'est tenu hier
    matin à Lomé, le 4 juin 2025 »), each with the index of its sentence, the first date after the
    verb and the sentence's city, in the text's order: the councils are found by one fast
    search of the text, and read only there."""
    key = prepared.key
    found: list[tuple[int, Sitting]] = []
    starts: list[int] = []
    at = key.find(_COUNCIL_PREFIX)
    while at >= 0:
        sat = _SITTING.match(key, at)
        if sat is not None:
            starts = starts or [r.sentence.start for r in readings]
            reading = readings[bisect.bisect_right(starts, at) - 1]
            date = next((d.value for d in reading.dates if d.start >= sat.end()), None)
            if date is not None:
                found.append((reading.index, Sitting(date, _place(prepared, reading))))
        at = key.find(_COUNCIL_PREFIX, at + 1)
    return found


def dates_of_sittings(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: Sequence[Draft]
) -> None:
    """Rule ``date.council-sitting``: « Le Conseil des ministres s'est réuni lundi 2
    juin … Le Conseil a ensuite pris un décret portant ratification du traité … »: an approval
    or a ratification the council decides, with no date of its own, is of the day of the
    last sitting the text told before it, and in its city (when it named one)."""
    key = prepared.key
    sittings = _sittings(prepared, readings)
    if not sittings:
        return
    for draft in drafts:
        if draft.kind != "agreement" or draft.date is not None or draft.stage not in _DECIDED:
            continue
        told = [sitting for index, sitting in sittings if index < draft.sentence]
        start = readings[draft.sentence].sentence.start
        if not told or _COUNCIL_ACTS.search(key, start, draft.anchor[0]) is None:
            continue
        draft.date = told[-1].date
        if told[-1].place is not None:
            draft.place = told[-1].place
        draft.trace("date.council-sitting")


def _itemise(
    reading: SentenceReading,
    group: Draft,
    items: Sequence[tuple[int, int]],
    rule: str = "agreement.members",
) -> list[Draft]:
    """One instrument per listed item, each with the group's parties, stage, date and
    place and the sectors of its own item."""
    return [
        attrs.evolve(
            group,
            anchor=(start, end),
            parties=set(group.parties),
            sectors={v for s, _e, v in reading.sectors if start <= s < end},
            persons=list(group.persons),
            evidence=[(start, end)],
            quantity=None,
            group=False,
            generic=True,
            title=None,
            rules=[*group.rules, rule],
        )
        for start, end in items
    ]


_STAGE_REACH: Final = 110


_VERB_REACH: Final = 170


_BREAKDOWN_AFTER: Final = re.compile(
    rf"\s*(?:[\w'-]+\s+){{0,3}}?,?\s*(?:{either('agreement.breakdown', 'of-which')})"
    r"\s+(?:\d+|\w+)\s"
)


_REFERENCE_BEFORE: Final = re.compile(
    rf"\b(?:{either('agreement.reference-frame', 'reference')})\s+(?:de la |de l'|du |des |de |d'|"
    rf"a la |a l'|au |aux |a un |a une )(?:\w+ )?$"
    rf"|\b(?:{either('agreement.reference-frame', 'cited-in')})"
    rf"\s+(?:{either('agreement.reference-frame', 'cited-prep')})\s+(?:la |le |l'|les )?(?:\w+ )?$"
)
"""An instrument cited as a frame ("en vertu de l'accord", "le respect de la Convention")
is an event only with a stage of its own right after it ("l'accord signé en 2009")."""


_OWN_STAGE_REACH: Final = 25


def _own_stage(
    reading: SentenceReading, anchor: tuple[int, int], stage: tuple[int, int] | None
) -> bool:
    """The stage is written after the instrument ("l'accord …, signé en 2009"), not just
    before another instrument ("la signature du nouvel accord")."""
    if stage is None or stage[0] < anchor[1]:
        return False
    return not any(
        e.category == "instrument" and anchor[1] < t_start < stage[1] + _OWN_STAGE_REACH
        for t_start, _t_end, e in reading.triggers
    )


_NESTED_BEFORE: Final = re.compile(
    rf"\b(?:(?:{either('agreement.nested', 'related')}) (?:au|a la|a l')|"
    rf"(?:{either('agreement.nested', 'amending')}) (?:le|la|l'))\s*$"
)


_PARTY_REACH: Final = 120


_ELLIPSIS_AFTER: Final = re.compile(
    rf"\s*(?:de |d'|du |des |sur |{either('agreement.ellipsis', 'subject')}|"
    rf"(?:{either('agreement.ellipsis', 'subject-prep')}) )"
)

_ANOTHER_AFTER: Final = re.compile(
    rf"\s*(?:{either('agreement.ellipsis', 'subject')}|sur |"
    rf"{either('agreement.ellipsis', 'domain')})"
)
"""After "un autre" / "une autre" an instrument goes on only with its subject ("un
protocole sur la pêche et un autre sur l'énergie"); "une autre de ses priorités" is no
instrument."""


def _advance(
    draft: Draft,
    stage: str,
    anchor: tuple[int, int] | None,
    reading: SentenceReading,
    inherited: bool,
) -> None:
    if draft.stage is None or _STAGE_RANK[stage] > _STAGE_RANK[draft.stage]:
        draft.stage = stage
        draft.stage_anchor = anchor
        if not inherited and anchor is not None:
            near = _near(reading.dates, anchor)
            if near is not None:
                draft.date = near.value


def _partner_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Negotiations with partners: the noun (after a verb of ending, or with its
    participle), and the predicate saying they ended or go on."""
    done = alternation(phrases("agreement.partners", "done"))
    noun = alternation(phrases("agreement.partners", "noun"))
    predicate = alternation(phrases("agreement.partners", "predicate"))
    participle = alternation(phrases("agreement.partners", "participle"))
    return (
        re.compile(
            rf"(?P<done>\b(?:{done})\s+(?:\w+\s+){{0,3}}?"
            rf"(?:{either('agreement.partners', 'determiner')})\s+)?"
            rf"\b(?:{noun})\s+"
            rf"(?:(?:{participle})\s+)?(?:{either('agreement.partners', 'with')})\s+"
        ),
        re.compile(
            rf"\b(?:{either('agreement.partners', 'auxiliary')})\s+"
            rf"(?:(?:[a-z]+ment|{either('agreement.partners', 'adverb')})\s+)?(?:{predicate})\b"
        ),
        re.compile(
            rf"\b(?:{predicate})\s*,?\s*(?:(?:{either('agreement.partners', 'among')})\s+)?"
            rf"(?:{either('agreement.partners', 'with')})\s+"
        ),
    )


_PARTNERS_WITH, _PARTNERS_PREDICATE, _MORE_PARTNERS = _partner_patterns()

_PARTNERS_END: Final = re.compile(rf"[;:.]|\s(?:{either('agreement.partners', 'end')})\b")
"""Where a list of partners ends: a stop, an aim, a topic or the next clause."""

_PARTNER_GAP: Final = re.compile(
    rf"(?:\s*(?:,|\(|\)|{either('agreement.partners', 'gap')}|"
    rf"\w+ (?:{either('agreement.partners', 'members')})|"
    rf"{either('agreement.partners', 'gap-in')}|\w+(?= \d{{4}}\b)|\d+|"
    rf"{either('agreement.partners', 'gap-article')})\s*)*"
)
"""What may stand between two partners listed: commas, « et », « ses cinq membres (»."""


def _partners(prepared: Prepared, reading: SentenceReading, start: int) -> list[str]:
    """The parties listed one after another from ``start`` (« avec l'Australie et la
    Nouvelle-Zélande »), up to the end of the list."""
    return list(_partner_spans(prepared, reading, start))


def _partner_dates(
    reading: SentenceReading, spans: dict[str, tuple[int, int]]
) -> dict[str, DateValue]:
    """The date written right after each partner (« avec la Tunisie (2019), l'Égypte
    (en 2021) et la Jordanie »): when that partner's instrument was signed."""
    out: dict[str, DateValue] = {}
    for code, (_start, end) in spans.items():
        following = [s for s, _e in spans.values() if s > end]
        limit = min(following, default=end + _PARTNER_DATE_REACH)
        for date in reading.dates:
            if end <= date.start < min(limit, end + _PARTNER_DATE_REACH) and date.value:
                out[code] = date.value
                break
    return out


_PARTNER_DATE_REACH: Final = 16


def _partner_spans(
    prepared: Prepared, reading: SentenceReading, start: int
) -> dict[str, tuple[int, int]]:
    """The parties listed from ``start``, each with the span of its first mention."""
    key = prepared.key
    stop = _PARTNERS_END.search(key, start, reading.sentence.end)
    limit = stop.start() if stop else reading.sentence.end
    found: dict[str, tuple[int, int]] = {}
    position = start
    for mention in reading.parties:
        if mention.start < position or mention.category != "party":
            continue
        if mention.start >= limit or mention.detail in _PLACE_DETAILS:
            break
        gap = _PARTNER_GAP.match(key, position, mention.start)
        if position > start and (gap is None or gap.end() < mention.start):
            break
        if position == start and mention.start - start > 4:
            break  # « avec l'Australie »: the partner comes first
        if mention.value not in found:
            found[mention.value] = (mention.start, mention.end)
        position = mention.end
    return found


_PARTNERS_STEMS: Final = phrases("agreement.partners", "stem")
"""What a sentence holds to be tried for negotiations' partners (« négociation »)."""


def _partner_lists(
    prepared: Prepared, reading: SentenceReading, drafts: list[Draft]
) -> tuple[re.Match[str], list[list[str]]] | None:
    """The noun of negotiations said to have ended or to go on, and the lists of partners
    it is held with (« avec A et B …, d'autres … avec C et D »)."""
    key = prepared.key
    s_start, s_end = reading.sentence.start, reading.sentence.end
    if all(key.find(stem, s_start, s_end) < 0 for stem in _PARTNERS_STEMS):
        return None
    if any(d.kind == "agreement" and d.sentence == reading.index for d in drafts[-8:]):
        return None  # the instrument of the sentence has its stage already
    noun = _PARTNERS_WITH.search(key, s_start, s_end)
    if noun is None:
        return None
    first = _partners(prepared, reading, noun.end())
    predicate = _PARTNERS_PREDICATE.search(key, noun.end(), s_end)
    if not first or (noun.group("done") is None and predicate is None):
        return None
    lists = [first]
    more = _MORE_PARTNERS.search(key, noun.end(), s_end)
    if more is not None:
        lists.append(_partners(prepared, reading, more.end()))
    return noun, lists


def _partners_home(
    reading: SentenceReading, noun: re.Match[str], lists: list[list[str]], pair: list[str]
) -> str | None:
    """The other side of the partners' talks: the subject's state, else the article's."""
    subject = [
        m.value
        for m in reading.parties
        if m.category == "party" and reading.sentence.start <= m.start < noun.start()
    ]
    listed = {code for partners in lists for code in partners}
    return next(
        (code for code in [*subject, *pair] if code not in listed and not _is_organisation(code)),
        None,
    )


def _partners_instrument(reading: SentenceReading, noun: re.Match[str]) -> str:
    """The kind of instrument negotiated, named after the noun, else an agreement."""
    for t_start, _t_end, entry in reading.triggers:
        if entry.category == "instrument" and noun.end() <= t_start and entry.value != "other":
            return entry.value
    return "agreement"


def _partners_sectors(reading: SentenceReading, drafts: list[Draft]) -> set[str]:
    """The sectors of the sentence, else those of the last agreement."""
    s_start, s_end = reading.sentence.start, reading.sentence.end
    sectors = {v for s, _e, v in reading.sectors if s_start <= s < s_end}
    if not sectors:  # « d'autres sont en cours avec A et B »: agreements of the same kind
        last = next((d for d in reversed(drafts[-50:]) if d.kind == "agreement"), None)
        sectors = set(last.sectors) if last else set()
    return sectors


def _partner_agreements(
    prepared: Prepared,
    reading: SentenceReading,
    *,
    pair: list[str],
    drafts: list[Draft],
) -> list[Draft]:
    """ "Des négociations avec l'Australie et la Nouvelle-Zélande sont arrivées à leur
    terme, d'autres sont en cours avec le Japon et la Corée": negotiations with partners
    listed one by one, said to have ended or to go on, are one negotiated agreement with
    each partner (one with all of them when an organisation is among them: « avec l'UE et
    ses membres »), the other side being the subject's, else the article's."""
    found = _partner_lists(prepared, reading, drafts)
    if found is None:
        return []
    noun, lists = found
    home = _partners_home(reading, noun, lists, pair)
    if home is None:
        return []
    kind = _partners_instrument(reading, noun)
    near = _near(reading.dates, noun.span())
    sectors = _partners_sectors(reading, drafts)
    out: list[Draft] = []
    for partners in lists:
        together = any(_is_organisation(code) for code in partners)
        groups = [partners] if together else [[code] for code in partners]
        for group in groups:
            out.append(
                Draft(
                    kind="agreement",
                    sentence=reading.index,
                    anchor=noun.span(),
                    parties={home, *group},
                    subtype=kind,
                    date=near.value if near else None,
                    sectors=set(sectors),
                    evidence=[(reading.sentence.start, reading.sentence.end)],
                    stage="negotiated",
                    stage_anchor=noun.span(),
                    # several partners' talks, undated: an overview, not the news
                    background=near is None and len(out) + len(groups) > 1,
                    rules=["agreement.partners"],
                )
            )
    return out


_WITH_PARTNERS: Final = re.compile(
    rf"[^,;:.()]{{0,60}}?\b(?:{either('agreement.partners', 'with')})\s+"
)
"""From a plural instrument to the « avec » before its partners, within its phrase."""


_SIMILAR: Final = words_pattern("agreement.partners", "similar")
"""« des accords similaires », « de tels accords »: each subject has its own."""


def _subject_states(reading: SentenceReading, draft: Draft, other: str) -> list[str]:
    """ "L'Inde, Israël et l'Indonésie ont signé des accords avec X": the states the
    clause names before the instrument, each a partner of ``other``."""
    return [
        m.value
        for m in reading.parties
        if m.category == "party"
        and m.detail not in _PLACE_DETAILS
        and reading.sentence.start <= m.start < draft.anchor[0]
        and m.value != other
        and not _is_organisation(m.value)
    ]


def _subjects_as_partners(
    prepared: Prepared, reading: SentenceReading, draft: Draft, with_: re.Match[str]
) -> tuple[list[str], set[str]] | None:
    """ "L'Inde, Israël et l'Indonésie ont signé de tels accords avec Abou Dhabi": the
    subjects, each a partner of the one state after « avec » (the home side)."""
    after = [m for m in reading.parties if m.category == "party" and m.start >= with_.end()]
    other = after[0].value if after and after[0].start - with_.end() <= 4 else None
    subjects = _subject_states(reading, draft, other) if other else []
    if other is None or len(set(subjects)) < 2 or not set(subjects) <= draft.parties:
        return None
    if not _SIMILAR.search(
        prepared.key, max(reading.sentence.start, draft.anchor[0] - 12), with_.end()
    ):
        return None  # « le Maroc et le Sénégal ont signé des accords avec X »: jointly
    return list(dict.fromkeys(subjects)), {other}


def _partners_of(
    prepared: Prepared,
    reading: SentenceReading,
    draft: Draft,
    with_: re.Match[str],
    pair: Sequence[str],
) -> tuple[list[str], set[str], dict[str, DateValue]] | None:
    """The partners of a plural instrument, its home side and each partner's own date."""
    spans = _partner_spans(prepared, reading, with_.end())
    partners = list(spans)
    if len(partners) <= 1:  # « avec Abou Dhabi » after a list of subjects
        found = _subjects_as_partners(prepared, reading, draft, with_)
        return (*found, {}) if found is not None else None
    home = draft.parties - set(partners)
    if not home:  # « ils ont signé de tels accords avec A, B et C »
        home = {next((c for c in pair if c not in partners), "")} - {""}
    return partners, home, _partner_dates(reading, spans)


def _one_with_each(draft: Draft, partners: list[str], home: set[str]) -> bool:
    """Whether the instrument is one with each partner, all of them states, of one side."""
    if draft.quantity is not None and draft.quantity != len(partners):
        return False  # « trois accords avec A et B »: not one each
    if len(home) != 1 or any(_is_organisation(c) for c in partners):
        return False
    return set(partners) <= draft.parties | home


def _one_per_partner(
    prepared: Prepared, reading: SentenceReading, draft: Draft, pair: Sequence[str] = ()
) -> list[Draft]:
    """ "Le Maroc a conclu des accords de libre-échange avec la Tunisie, l'Égypte et la
    Jordanie", "l'Inde, Israël et l'Indonésie ont signé de tels accords avec Abou Dhabi":
    instruments with several partners listed one by one are one instrument with each
    partner (the corpus counts instruments identified by partner one by one); a side
    left to a pronoun (« ils ont signé de tels accords avec A et B ») is the article's."""
    if not draft.group or draft.stage is None:
        return [draft]
    with_ = _WITH_PARTNERS.match(prepared.key, draft.anchor[1], reading.sentence.end)
    if with_ is None:
        return [draft]
    found = _partners_of(prepared, reading, draft, with_, pair)
    if found is None:
        return [draft]
    partners, home, dates = found
    if not _one_with_each(draft, partners, home):
        return [draft]
    return [
        attrs.evolve(
            draft,
            parties={*home, code},
            group=False,
            quantity=None,
            sectors=set(draft.sectors),
            persons=list(draft.persons),
            evidence=list(draft.evidence),
            rules=[*draft.rules, "agreement.partners"],
            date=dates.get(code) if dates else draft.date,
            # undated beside dated partners: part of the same look back
            background=draft.background or (bool(dates) and code not in dates),
        )
        for code in partners
    ]
