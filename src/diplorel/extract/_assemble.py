"""Assembling events from the readings of each sentence, rule by rule.

The assembly runs in this order (see ``docs/extraction.md``):

1. :class:`~diplorel.extract._knowledge.Knowledge` gathers what is known of
   the whole document (main pair, home party, people, heads of delegation).
2. Each sentence's triggers go through the rules of their concern
   (:mod:`diplorel.extract.rules`): vetoes in order, the first that applies
   stops the trigger and is recorded; else the builder makes a draft and the
   attribute rules fill its fields. Cross-sentence state (the last stage
   reported, bills adopted, domestic sittings, instruments cited with their
   sides) is one :class:`_State` with named updates.
3. The in-document merge (:mod:`~diplorel.extract._merge`) and the finishing
   pass (:mod:`~diplorel.extract._finish`) turn drafts into events.

Every rule is named; ``Options.disabled`` switches rules off by name.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from typing import Final

import attr
import attrs

from diplorel.extract._draft import _STAGE_RANK, Draft, _Context
from diplorel.extract._finish import (
    _finish,
    _reference_year,
    _widen_sectors,
    related_link_paragraphs,
)
from diplorel.extract._frames import frame_meeting_dates
from diplorel.extract._guard import Guarded, WordStart, sentences_with
from diplorel.extract._knowledge import Knowledge, _people_by_side, _with_party, ranked_parties
from diplorel.extract._lede import lede_dates
from diplorel.extract._merge import _merge
from diplorel.extract._reading import Reach, SentenceReading, View, read_sentences
from diplorel.extract._text import Prepared
from diplorel.extract._words import either, forms, phrases
from diplorel.extract.recognise._lexicon import INSERTED, JOINT_BODY, PARTICIPLE, Entry, Lexicon
from diplorel.extract.recognise._lists import listed_items
from diplorel.extract.recognise._mentions import PersonMention, find_known_persons
from diplorel.extract.rules._agreement import (
    _ADOPTED,
    _BILLS,
    _PLURAL_PRONOUNS,
    OrdinalRun,
    _agreement,
    _itemise,
    _members,
    _one_per_partner,
    _partner_agreements,
    _stages_of,
    dates_of_sittings,
    group_taken_up,
    members_named_next,
    ordinal_items,
)
from diplorel.extract.rules._attributes import (
    _add_chiefs,
    _complement,
    _dates_of_stage,
    _near,
    in_margin,
)
from diplorel.extract.rules._background import (
    _as_previous_of,
    _own_past_date,
    _place_before_date,
    _previous_instance,
    _previous_session,
    _round_before,
)
from diplorel.extract.rules._base import DEFAULT, Options
from diplorel.extract.rules._consultation import (
    _EXPANDED,
    _consultation,
    _earlier_instances,
    _earlier_of_previous,
    _facility_visit,
    _generic_visit,
    _minister_subject,
    _named_after_city,
    _noun_trigger,
    _one_per_counterpart,
    _one_per_date,
    _one_per_host_place,
    _one_per_leader,
    _one_per_official,
    _one_per_official_side,
    _one_per_side,
    _own_minister,
    _past_verb,
    _previous_one,
    _sides_of_last,
    _sports_match,
    _told_by_city,
    _visited_party,
    _welcomed_no_person,
    introduced,
    received_participle,
)
from diplorel.extract.rules._cues import (
    _BACKREF_BEFORE,
    _BOTH,
    _DEMONSTRATIVE,
    _DOMESTIC_AFTER,
    _FRAME_BEFORE,
    _FRAME_SESSION,
    _MANNERS,
    _NEGATION,
    _RESTATEMENT_BEFORE,
    _SPECIFIC_FORMATS,
    _SUPPORT_REACH,
    _SUPPORT_VERB,
    _TALKS,
    _described_by_instrument,
    _domestic,
    _family,
    _future,
    _headline,
    _is_organisation,
    _verbal,
    future_in_clause,
    negation_covers,
)
from diplorel.extract.rules._declaration import (
    _declaration,
    _declaration_draft,
    _reacting_party,
    gathering_issuer,
    joint_kind,
    named_by_date,
    the_n_sides,
)
from diplorel.model import PartialDate

__all__ = ["Draft", "SentenceReading", "Stopped", "assemble", "read_sentences", "run_rules"]

_BOTH_WORDS: Final = forms("parties.both", "both-of") + forms("parties.both", "both-phrase")
"""Every match of :data:`_BOTH` starts with one of these."""
_NEGATION_WORDS: Final = forms("cue.negation", "negative") + forms(
    "cue.negation", "negative-subject"
)
"""Every match of :data:`_NEGATION` ends with one of these."""
_SUPPORT_FAST: Final = WordStart(_SUPPORT_VERB)
""":data:`_SUPPORT_VERB` searched from blank to blank (see :mod:`diplorel.extract._guard`)."""
_EXPANDED_FAST: Final = Guarded(_EXPANDED, phrases("consultation.expanded", "expanded"))
""":data:`_EXPANDED`, tried only where one of its words is written."""
_BILL_STEMS: Final = phrases("stage.bill", "stem")
"""What a sentence holds to be tried for bills (:data:`_BILLS`)."""


@attr.s(auto_attribs=True, slots=False, hash=True, order=False)  # native when compiled
class Stopped:
    """A trigger that a veto stopped: where it is written and the veto's name."""

    start: int
    end: int
    rule: str


@attr.s(auto_attribs=True, slots=False, order=False)  # native when compiled
class _At:
    """One sentence being assembled: its reading and what every rule reads of it
    (never changed once made; not frozen, which makes it cheaper to build)."""

    prepared: Prepared
    reading: SentenceReading
    both: bool
    negated: bool
    stages: list[tuple[int, int, str]]
    know: Knowledge
    opts: Options
    key: str = attr.ib(init=False)
    view: View = attr.ib(init=False)

    def __attrs_post_init__(self) -> None:
        self.key = self.prepared.key
        sentence = self.reading.sentence
        self.view = View(self.key, sentence.start, sentence.end)

    def supported(self) -> bool:
        """A verb in the sentence says that a meeting took place ("s'est tenue")."""
        sentence = self.reading.sentence
        return _SUPPORT_FAST.search(self.key, sentence.start, sentence.end) is not None


@attr.s(auto_attribs=True, slots=False, order=False)  # native when compiled
class _Trigger:
    """A consultation trigger and what the rules found of it so far."""

    start: int
    end: int
    entry: Entry
    verbal: bool = False
    weak: bool = False
    backref: bool = False
    introduced: bool = False

    @property
    def anchor(self) -> tuple[int, int]:
        return (self.start, self.end)

    @property
    def value(self) -> str:
        return self.entry.value

    @property
    def still_weak(self) -> bool:
        """A bare noun that no back-reference shows took place ("au terme de leur réunion")."""
        return self.weak and not self.backref and not self.introduced


_BATCH_NEXT: Final = 2
"""Sentences after a batch of instruments within which it may be taken up."""


@attr.s(auto_attribs=True, slots=False, order=False)  # native when compiled
class _State:
    """Cross-sentence state, changed only through its named updates."""

    drafts: list[Draft] = attr.ib(factory=list)
    stopped: list[Stopped] = attr.ib(factory=list)
    context_stage: _Context | None = None
    bills_adopted: bool = False
    domestic: set[str] = attr.ib(factory=set)  # formats of the domestic sittings reported
    cited: dict[str, tuple[int, list[str]]] = attr.ib(factory=dict)
    seen_formats: set[str] = attr.ib(factory=set)  # in the current sentence
    announced: list[tuple[_At, tuple[int, int], str]] = attr.ib(factory=list)  # not held
    reference: int | None = None  # the article's year, for dates of earlier years
    readings: Sequence[SentenceReading] = ()  # the article's, read back by rare rules
    ranks: OrdinalRun | None = None  # a batch whose instruments are given by rank

    batch_at: int = -_BATCH_NEXT - 1  # the last sentence that drafted a batch
    looked: int = 0  # the drafts already looked at for a batch
    # the triggers (by start) told in a relative clause of an occasion (« lors de
    # laquelle elle a rencontré … »), and those of a second meeting of their sentence
    # with the earlier meetings, the ones met then and now
    during_which: set[int] = attr.ib(factory=set)
    another_met: dict[int, tuple[list[Draft], str, str]] = attr.ib(factory=dict)

    def after_batch(self, reading: SentenceReading) -> bool:
        """Whether the sentence is (or follows by at most two) one that drafted a batch of
        instruments, or goes on with instruments given by rank: the cheap test before the
        rules that read a batch taken up (``agreement.group-pronoun``,
        ``agreement.ordinal-next``)."""
        drafts = self.drafts
        if len(drafts) != self.looked:
            if any(d.group for d in drafts[self.looked :]):
                self.batch_at = reading.index
            self.looked = len(drafts)
        return self.ranks is not None or reading.index - self.batch_at <= _BATCH_NEXT

    def take_ranks(self, prepared: Prepared, reading: SentenceReading) -> None:
        """« Le premier supprime …; le deuxième … »: the instruments of a batch by rank."""
        new, self.ranks = ordinal_items(prepared, reading, self.drafts, self.ranks)
        self.drafts.extend(new)

    def stop(self, start: int, end: int, rule: str) -> None:
        """Record that the veto ``rule`` stopped the trigger at ``[start, end)``."""
        self.stopped.append(Stopped(start, end, rule))

    def note_bills(self, key: str, start: int, end: int) -> None:
        """ "L'Assemblée a adopté trois projets de loi": later bills are adopted too."""
        if (
            not self.bills_adopted
            and any(key.find(stem, start, end) >= 0 for stem in _BILL_STEMS)
            and _BILLS.search(key, start, end)
        ):
            self.bills_adopted = _ADOPTED.search(key, start, end) is not None

    def note_cited(self, at: _At) -> None:
        """Instruments cited with their sides ("un accord entre X et Y")."""
        for _t, t_end, entry in at.reading.triggers:
            if entry.category == "instrument":
                sides = _complement(at.prepared, at.reading, t_end)[0]
                if len(sides) >= 2:
                    self.cited[entry.value] = (at.reading.index, sides)

    def note_list_stage(self, at: _At) -> None:
        """ "Les ministres ont procédé à la signature de nouveaux accords : …": a stage
        with plural instruments right after it announces the list that follows in its
        own sentence, whose items take this stage (with this sentence's date, if any),
        not that of an earlier sentence."""
        if not at.stages or not at.opts.on("agreement.carried-stage"):
            return
        announced = any(
            entry.category == "instrument"
            and 0 <= t_start - e <= _LIST_ANNOUNCED_REACH
            and at.prepared.key[t_start:t_end].split(" ", 1)[0].endswith(("s", "x"))
            for _s, e, _v in at.stages
            for t_start, t_end, entry in at.reading.triggers
        )
        if announced:
            self.note_stage(at)

    def note_stage(self, at: _At) -> None:
        """The latest stage the sentence reports, with its own date, for the
        instruments enumerated after it."""
        if not at.stages or not at.opts.on("agreement.carried-stage"):
            return
        s, e, value = max(at.stages, key=lambda st: (_STAGE_RANK[st[2]], -st[0]))
        near = _near(_dates_of_stage(at.reading.dates, (s, e), at.stages), (s, e))
        self.context_stage = _Context(
            stage=value,
            date=near.value if near else None,
            sentence=at.reading.index,
            persons=tuple(at.reading.persons),
        )


_LIST_ANNOUNCED_REACH: Final = 40
"""From a stage to the plural instruments it announces (« la signature de plusieurs
nouveaux accords »)."""

_Veto = Callable[[_At, _State, _Trigger], bool]


def _v_future(at: _At, _state: _State, t: _Trigger) -> bool:
    if not _future(at.reading, t.anchor):  # the cheap test first: most triggers have no cue
        return False
    if at.opts.on("cue.future-clause") and not future_in_clause(at.key, at.reading, t.anchor):
        return False  # « cette tournée, au cours de laquelle … devraient … »: another clause's
    # « s'est entretenu … et a souhaité … »: the meeting took place
    return not (at.opts.on("cue.past-verb") and _past_verb(at.prepared, at.reading, t.anchor))


def _v_negation(at: _At, _state: _State, t: _Trigger) -> bool:
    if not at.negated or not at.opts.on("cue.negation-clause"):
        return at.negated
    sentence = at.reading.sentence
    quoted = at.opts.on("cue.negation-quoted")
    return negation_covers(at.key, sentence.start, sentence.end, t.anchor, quoted=quoted)


def _v_visit_needs_party(at: _At, _state: _State, t: _Trigger) -> bool:
    return t.value == "visit" and t.verbal and not _visited_party(at.reading, t.end)


def _v_about_instrument(at: _At, _state: _State, t: _Trigger) -> bool:
    return _described_by_instrument(at.key, at.reading, t.start)


def _v_frame(at: _At, _state: _State, t: _Trigger) -> bool:
    """ "le format de pourparlers": a framework, unless a session of it is told (« la
    quatrième session du mécanisme de consultations »)."""
    return (
        at.view.search_before(_FRAME_BEFORE, t.start, Reach.FRAME) is not None
        and at.view.search_before(_FRAME_SESSION, t.start, Reach.FRAME_SESSION) is None
    )


def _v_domestic_again(_at: _At, state: _State, t: _Trigger) -> bool:
    return t.backref and t.value in state.domestic


def _v_reported_already(_at: _At, state: _State, t: _Trigger) -> bool:
    return t.backref and any(
        d.kind == "consultation" and (d.subtype == t.value or t.weak or t.value in _TALKS)
        for d in state.drafts
    )


def _v_told_by_city(at: _At, state: _State, t: _Trigger) -> bool:
    return _told_by_city(at.prepared, at.reading, t.anchor, t.value, state.drafts) is not None


def _v_demonstrative(at: _At, state: _State, t: _Trigger) -> bool:
    """ "ces réunions", "cette visite": reported already (its earlier sessions may be new)."""
    if at.view.search_before(_DEMONSTRATIVE, t.start, Reach.DEMONSTRATIVE) is None:
        return False
    same = next((d for d in reversed(state.drafts) if d.kind == "consultation"), None)
    if same is None:
        return False
    if at.opts.on("consultation.earlier-session"):
        state.drafts.extend(_earlier_instances(at.prepared, at.reading, same, t.anchor))
    return True


def _v_domestic_body(at: _At, state: _State, t: _Trigger) -> bool:
    if _domestic(at.prepared, at.reading, t.anchor):
        state.domestic.add(t.value)
        return True
    return False


def _v_own_minister(at: _At, state: _State, t: _Trigger) -> bool:
    if (
        t.verbal
        and not (t.value == "visit" and at.opts.on("consultation.trip-companion"))
        and _own_minister(at.prepared, at.reading, t.anchor)
        and not (t.value != "visit" and _minister_subject(at.prepared, at.reading, t.anchor))
    ):  # « s'est rendue à Mexico avec le ministre des Finances »: went with him
        state.domestic.add(t.value)
        return True
    return False


def _v_weak_noun(at: _At, _state: _State, t: _Trigger) -> bool:
    return t.still_weak and not _headline(at.prepared, at.reading) and not at.supported()


def _v_generic_visit(at: _At, _state: _State, t: _Trigger) -> bool:
    return t.value == "visit" and _generic_visit(at.key, t.start, t.end)


def _v_sports_match(at: _At, _state: _State, t: _Trigger) -> bool:
    return _sports_match(at.prepared, at.reading, t.anchor)


def _v_facility_visit(at: _At, _state: _State, t: _Trigger) -> bool:
    return t.value == "visit" and _facility_visit(at.prepared, at.reading, t.end)


def _v_welcomed_person(at: _At, _state: _State, t: _Trigger) -> bool:
    return _welcomed_no_person(at.prepared, at.reading, t.start, t.end)


def _v_one_per_format(at: _At, state: _State, t: _Trigger) -> bool:
    if t.value not in state.seen_formats:
        return False
    if at.opts.on("consultation.another-met"):
        found = _another_met(at, state, t)
        if found is None:
            return True
        state.another_met[t.start] = found
        return False
    return True


_MET_ALONE: Final = frozenset({"meeting", "phone_call"})


def _first_person(at: _At, start: int, end: int) -> PersonMention | None:
    """The first person named between ``start`` and ``end``."""
    return next((p for p in at.reading.persons if start <= p.start < end), None)


def _first_named(at: _At, start: int, end: int) -> str | None:
    """The name of the first person named between ``start`` and ``end``."""
    person = _first_person(at, start, end)
    return None if person is None else person.name


def _another_met(at: _At, state: _State, t: _Trigger) -> tuple[list[Draft], str, str] | None:
    """Rule ``consultation.another-met``: « il a rencontré le président A au palais, puis,
    à la Primature, il a vu le Premier ministre B »: a second verb
    of meeting (or calling) in a sentence whose first one made a meeting is a meeting of
    its own when the person named after it is another than the one named after the
    first verb (unless the first one was already split per person met). Returned: the
    earlier meetings of the sentence, the one met in them and the one met now."""
    if not t.verbal or t.value not in _MET_ALONE:
        return None
    earlier = [
        d
        for d in state.drafts
        if d.sentence == at.reading.index and d.kind == "consultation" and d.subtype == t.value
    ]
    if not earlier or any(d.counterpart is not None or d.met_apart for d in earlier):
        return None
    met_then = _first_named(at, earlier[0].anchor[1], t.start)
    met_now = _first_named(at, t.end, at.reading.sentence.end)
    if met_then is None or met_now is None or _family(met_then) == _family(met_now):
        return None
    return earlier, _family(met_then), _family(met_now)


_OF_FORMAT: Final = re.compile(
    rf" (?:{either('consultation.meeting-in-format', 'of')})"
    rf"(?: ?(?:{either('consultation.meeting-in-format', 'determiner')}))? ?"
)
"""Between a meeting noun and the standing body whose session it is (« réunion de leur »)."""


def _v_meeting_in_format(at: _At, _state: _State, t: _Trigger) -> bool:
    """ "la commission mixte s'est réunie": the commission's session, not a meeting; a
    session on whose margin the meeting was held is not it (rule
    ``consultation.margin-frame``)."""
    if t.value != "meeting":
        return False
    formats = _SPECIFIC_FORMATS if t.still_weak else _MANNERS
    return any(
        (
            e.value in formats
            or (  # « au terme de la VIIe session de leur commission mixte »: its session
                e.value in _SPECIFIC_FORMATS
                and _OF_FORMAT.fullmatch(at.key, t.end, t_s) is not None
            )
            or (e.value in _SPECIFIC_FORMATS and 0 < t.start - t_e < Reach.SPECIFIC_FORMAT)
            or (  # « se sont réunis lundi à Abuja en sommet »: met as a summit
                e.value == "summit"
                and 0 < t_s - t.end < Reach.SPECIFIC_FORMAT
                and at.key.endswith("en ", max(0, t_s - 3), t_s)
            )
        )
        and not (  # « En marge des consultations, X a été reçu par Y »: another meeting
            at.opts.on("consultation.margin-frame") and in_margin(at.prepared, at.reading, t_s)
        )
        for t_s, t_e, e in at.reading.triggers
        if e.category == "consultation" and not _described_by_instrument(at.key, at.reading, t_s)
    )


_VISIT_VETO: Final[tuple[tuple[str, _Veto], ...]] = (
    ("consultation.visit-needs-party", _v_visit_needs_party),
)
_OBJECT_VETOES: Final[tuple[tuple[str, _Veto], ...]] = (
    ("consultation.about-instrument", _v_about_instrument),
    ("consultation.frame", _v_frame),
)
_BACKREF_VETOES: Final[tuple[tuple[str, _Veto], ...]] = (
    ("consultation.domestic-again", _v_domestic_again),
    ("consultation.reported-already", _v_reported_already),
    ("consultation.told-by-city", _v_told_by_city),
)
_LATE_VETOES: Final[tuple[tuple[str, _Veto], ...]] = (
    ("consultation.demonstrative", _v_demonstrative),
    ("consultation.domestic-body", _v_domestic_body),
    ("consultation.own-minister", _v_own_minister),
    ("consultation.weak-noun", _v_weak_noun),
    ("consultation.generic-visit", _v_generic_visit),
    ("consultation.facility-visit", _v_facility_visit),
    ("consultation.welcomed-person", _v_welcomed_person),
    ("consultation.one-per-format", _v_one_per_format),
    ("consultation.meeting-in-format", _v_meeting_in_format),
)
_CUE_VETOES: Final[tuple[tuple[str, _Veto], ...]] = (
    ("cue.future", _v_future),
    ("cue.negation", _v_negation),
    ("consultation.sports-match", _v_sports_match),
)


def _vetoed(at: _At, state: _State, t: _Trigger, vetoes: Sequence[tuple[str, _Veto]]) -> bool:
    """Run the vetoes in order; the first that applies stops the trigger, recorded."""
    disabled = at.opts.disabled
    for name, veto in vetoes:
        if name not in disabled and veto(at, state, t):
            state.stop(t.start, t.end, name)
            return True
    return False


_ATTENDED_BEFORE: Final = re.compile(
    rf"\b(?:{either('consultation.attended-again', 'verb')})\s+(?:a\s+la|a\s+l'|au)\s*$"
)
_CLAUSE_END: Final = re.compile(r"\s*[,.;:]")


def _attended_again(at: _At, state: _State, t: _Trigger) -> Draft | None:
    """Rule ``consultation.attended-again``: « le ministre … a pris part à l'entretien, qui
    a porté sur … »: a bare meeting noun with the definite article after a verb
    of attending, ending its phrase, in a sentence naming no side the last consultation
    lacks, is that consultation told again (« a participé au sommet de l'UA » names one;
    « ont participé à la réunion … les chefs d'État de A, B et C » adds sides). Returns
    that consultation, or ``None``."""
    if not (
        at.opts.on("consultation.back-reference")
        and at.opts.on("consultation.attended-again")
        and _CLAUSE_END.match(at.key, t.end) is not None
        and at.view.search_before(_ATTENDED_BEFORE, t.start, Reach.BACK_REFERENCE) is not None
    ):
        return None
    last = next((d for d in reversed(state.drafts) if d.kind == "consultation"), None)
    if last is None or any(
        m.value not in last.parties for m in at.reading.parties if m.category == "party"
    ):
        return None
    return last


def _backref(at: _At, state: _State, t: _Trigger) -> bool:
    """ "lors de la réunion", "il s'agissait des premiers pourparlers": named again."""
    if not at.opts.on("consultation.back-reference"):
        return False
    view = at.view
    occasion = view.search_before(_BACKREF_BEFORE, t.start, Reach.BACK_REFERENCE)
    if (
        occasion is not None
        and at.opts.on("consultation.introduced")
        and introduced(at.prepared, at.reading, t.anchor, occasion.start())
    ):
        occasion = None  # « lors d'une réunion entre … », « sommet, tenu à Niamey »
        t.introduced = True  # and it took place
    if occasion is not None and _during_which(at, t, occasion.start()):
        state.during_which.add(t.start)
        occasion = None
    return bool(occasion or view.search_before(_RESTATEMENT_BEFORE, t.start, Reach.RESTATEMENT))


_WHICH: Final = re.compile(rf"(?:de |d')?(?:{either('consultation.during-which', 'relative')})\s")
"""A relative pronoun after an occasion's preposition: « au cours de laquelle », « lors
duquel », « en marge desquels »."""
_OCCASION_WORDS: Final = re.compile(
    rf"\b(?:{either('consultation.back-reference', 'occasion')})\s+"
)


def _during_which(at: _At, t: _Trigger, start: int) -> bool:
    """Rule ``consultation.during-which``: « une visite à Kiev, au cours de laquelle il
    a rencontré le président », « le sommet, en marge duquel il s'est entretenu avec
    son homologue »: an occasion's preposition followed by a relative pronoun governs
    the event named before it (the antecedent), not the verb of the relative clause:
    that verb tells a new event held during it, not one named again."""
    if not t.verbal or not at.opts.on("consultation.during-which"):
        return False
    words = _OCCASION_WORDS.match(at.key, start, t.start)
    return words is not None and _WHICH.match(at.key, words.end(), t.start) is not None


_DETAIL_RULES: Final = frozenset({INSERTED, JOINT_BODY, PARTICIPLE})
"""The details of triggers a rule of their own found: the rule's name."""


def _split_another_met(
    at: _At, t: _Trigger, draft: Draft, another: tuple[list[Draft], str, str]
) -> None:
    """Rule ``consultation.another-met``: the earlier meetings of the sentence keep the
    subject and the one met after their verb, ``draft`` the subject and the one met after
    its own; each keeps the person met in it even when the sentence's heads went with the
    other verb."""
    earlier, met_then, met_now = another
    met = _first_person(at, earlier[0].anchor[1], t.start)
    for one in earlier:  # each meeting keeps the subject and the ones met in it
        one.counterpart = met_then
        one.persons = [p for p in one.persons if p.start < t.start]
        if met is not None and met not in one.persons:
            one.persons = sorted([*one.persons, met], key=lambda p: p.start)
    draft.counterpart = met_now
    first = earlier[0].anchor[0]
    draft.persons = [p for p in draft.persons if p.start < first or p.start >= t.start]
    met = _first_person(at, t.end, at.reading.sentence.end)
    if met is not None and met not in draft.persons:
        draft.persons = sorted([*draft.persons, met], key=lambda p: p.start)
    draft.trace("consultation.another-met")


_THREE_SIDES: Final = re.compile(rf"\b(?:{either('parties.venue-completes', 'three-sides')})\b")
_THREE_STEMS: Final = ("tri",)
"""Every word of :data:`_THREE_SIDES` holds « tri »: a sentence without it is not tried."""


_THREE_REACH: Final = 40
"""How far from its trigger a meeting's count of sides may stand (« les négociations
tripartites ont connu quatre réunions », « réunis en sommet trilatéral »)."""


def _counted_three(key: str, anchor: tuple[int, int], bounds: tuple[int, int]) -> bool:
    """Whether a three-sides word qualifies the meeting at ``anchor``: within
    :data:`_THREE_REACH` of it, with no comma, semicolon or colon between (« en visite à
    X, le format trilatéral est devenu … » speaks of another thing)."""
    lo, hi = max(bounds[0], anchor[0] - _THREE_REACH), min(bounds[1], anchor[1] + _THREE_REACH)
    for match in _THREE_SIDES.finditer(key, lo, hi):
        between = (
            key[match.end() : anchor[0]]
            if match.end() <= anchor[0]
            else key[anchor[1] : match.start()]
        )
        if not any(mark in between for mark in ",;:"):
            return True
    return False


def _third_side(at: _At, state: _State, draft: Draft) -> None:
    """Rule ``parties.counted-third``: a meeting its sentence calls tripartite or trilateral
    (« les négociations tripartites », « en format trilatéral ») with two sides named:
    the third is the state the article names most after them (the main pair's count),
    when no venue gave it (``parties.venue-completes``, later, still may). A headline's
    meeting is left to the body's report of it."""
    sentence = at.reading.sentence
    if at.key.find(_THREE_STEMS[0], sentence.start, sentence.end) < 0:
        return  # the cheap test first
    if _headline(at.prepared, at.reading):
        return  # a headline's meeting is the body's, which names its sides
    if not _counted_three(at.key, draft.anchor, (sentence.start, sentence.end)):
        return
    for code in ranked_parties(at.prepared, state.readings, at.know.known_people):
        if code not in draft.parties and not _is_organisation(code):
            draft.parties = {*draft.parties, code}
            draft.trace("parties.counted-third")
            return


def _on_consultation(at: _At, state: _State, t: _Trigger) -> None:
    """A consultation trigger: the vetoes in their order, the draft the builder makes of
    it, its place among earlier sessions, then its attribute rules."""
    if not _kept_before_backref(at, state, t):
        return
    previous, older = _resolve_backref(at, state, t)
    if _vetoed(at, state, t, _BACKREF_VETOES) or _vetoed(at, state, t, _LATE_VETOES):
        return
    draft = _consultation(
        at.prepared, at.reading, t.anchor, t.value, pair=at.know.pair, both=at.both, opts=at.opts
    )
    if draft is None:
        state.stop(t.start, t.end, "consultation")
        return
    if t.entry.detail in _DETAIL_RULES:
        draft.trace(t.entry.detail)
    if t.start in state.during_which:
        draft.trace("consultation.during-which")
    another = state.another_met.pop(t.start, None)
    if another is not None:
        _split_another_met(at, t, draft, another)
    if previous:
        _sides_of_last(draft, state.drafts)
    if older:
        draft.background = True  # named in passing while reporting a later one
        draft.trace("consultation.own-past-date")
    if at.opts.on("parties.counted-third") and len(draft.parties) == 2:
        _third_side(at, state, draft)
    _link_later_instance(at, state, t, draft)
    if _lacks_joint_commission_evidence(at, t, draft):
        state.stop(t.start, t.end, "consultation.joint-commission-evidence")
        return
    _shape_consultation(at, state, t, draft)


def _kept_before_backref(at: _At, state: _State, t: _Trigger) -> bool:
    """Whether ``t`` passes the cue, visit and object vetoes, learning on the way whether
    it is verbal and whether it is a weak bare noun; a session a future cue stopped is
    kept as announced (rule ``consultation.previous-instance``). A verb found with an
    adverb inside (« s'était déjà rendue ») is a trigger only by its own rule."""
    if t.entry.detail == INSERTED and not at.opts.on("consultation.inserted-adverb"):
        return False
    if t.entry.detail == JOINT_BODY and not at.opts.on("consultation.joint-body"):
        return False
    if t.entry.detail == PARTICIPLE and not (
        at.opts.on("consultation.received-participle")
        and received_participle(at.prepared, at.reading, t.start, t.end)
    ):
        return False
    if _vetoed(at, state, t, _CUE_VETOES):
        if state.stopped[-1].rule == "cue.future" and at.opts.on("consultation.previous-instance"):
            _note_announced(at, state, t)
        return False
    t.verbal = t.entry.detail == PARTICIPLE or _verbal(at.prepared, t.start, t.end)
    if _vetoed(at, state, t, _VISIT_VETO):
        return False
    t.weak = _weak_noun(at, t)
    return not _vetoed(at, state, t, _OBJECT_VETOES)


def _weak_noun(at: _At, t: _Trigger) -> bool:
    """A bare noun trigger (« la réunion »), not a verb, and not named after a city."""
    return (
        not t.verbal
        and _noun_trigger(at.key[t.start : t.end])
        and not _named_after_city(at.reading, t.end)
    )


def _resolve_backref(at: _At, state: _State, t: _Trigger) -> tuple[bool, bool]:
    """Whether ``t`` names the previous consultation again (rule
    ``consultation.previous-one``) and whether it names an older one of its own past date
    (``consultation.own-past-date``); ``t.backref`` stays set only for a back-reference
    that is neither."""
    t.backref = _backref(at, state, t)
    told = None if t.backref else _attended_again(at, state, t)
    if told is not None:
        told.trace("consultation.attended-again")
        t.backref = True
    previous = (
        t.backref
        and at.opts.on("consultation.previous-one")
        and _previous_one(at.prepared, at.reading, t.anchor, state.drafts)
    )
    t.backref = t.backref and not previous
    older = (
        t.backref
        and state.reference is not None
        and at.opts.on("consultation.own-past-date")
        and _own_past_date(at.prepared, at.reading, t.anchor, state.reference)
    )
    t.backref = t.backref and not older  # « lors de leur visite de mars 2019 »: an earlier one
    return previous, older


def _link_later_instance(at: _At, state: _State, t: _Trigger, draft: Draft) -> None:
    """Rule ``consultation.previous-instance``: a session named as the one before a later
    session reported (or announced) takes its place in that series."""
    if not at.opts.on("consultation.previous-instance"):
        return
    announced = functools.partial(_announced, state)
    later = _previous_instance(
        at.prepared, at.reading, t.anchor, t.value, state.drafts, announced=announced
    )
    if later is not None:
        _as_previous_of(draft, later, at.reading, t.anchor)


def _lacks_joint_commission_evidence(at: _At, t: _Trigger, draft: Draft) -> bool:
    """Rule ``consultation.joint-commission-evidence``: a joint commission with no round,
    no date, outside the headline and with no verb saying it met is no event."""
    return (
        at.opts.on("consultation.joint-commission-evidence")
        and t.value == "joint_commission"
        and draft.round is None
        and draft.date is None
        and not _headline(at.prepared, at.reading)
        and not at.supported()
    )


_ANNOUNCED: Final = 8
"""Announced sessions kept for the earlier one named after them (a bound)."""


def _note_announced(at: _At, state: _State, t: _Trigger) -> None:
    """« le prochain sommet quadripartite des présidents … La précédente rencontre à
    quatre avait eu lieu à Lomé en 2022 »: an announced session is
    no event, but the earlier one named after it is of its format and sides (its draft
    is made only when such an earlier one is named)."""
    state.announced = [*state.announced[-_ANNOUNCED + 1 :], (at, t.anchor, t.value)]


def _announced(state: _State) -> list[Draft]:
    """The drafts of the sessions announced so far (see :func:`_note_announced`)."""
    built = (
        _consultation(
            at.prepared, at.reading, anchor, value, pair=at.know.pair, both=at.both, opts=at.opts
        )
        for at, anchor, value in state.announced
    )
    return [draft for draft in built if draft is not None]


def _shape_consultation(at: _At, state: _State, t: _Trigger, draft: Draft) -> None:
    """The attribute rules of a consultation built from trigger ``t``."""
    if at.opts.on("heads.chief"):
        _add_chiefs(draft, at.key, at.reading, at.know.chiefs)
    _mark_meeting(at, t, draft)
    state.seen_formats.add(t.value)
    if at.opts.on("heads.delegation"):
        _add_delegation_heads(at, draft)
    state.drafts.extend(_split_meeting(at, t, draft))
    if at.opts.on("consultation.earlier-session"):
        state.drafts.extend(_earlier_instances(at.prepared, at.reading, draft, t.anchor))


def _mark_meeting(at: _At, t: _Trigger, draft: Draft) -> None:
    """The draft contract's flags of a consultation: expanded, strong, backref."""
    if at.opts.on("consultation.expanded"):
        bounds = at.view.around(t.start, t.end, Reach.EXPANDED_BEFORE, Reach.EXPANDED_AFTER)
        draft.expanded = _EXPANDED_FAST.search(at.key, *bounds) is not None
        if draft.expanded:
            draft.trace("consultation.expanded")
    draft.strong = not t.still_weak or bool(
        at.view.search_before(_SUPPORT_VERB, t.start, _SUPPORT_REACH)
    )
    draft.backref = t.backref
    if t.backref:
        draft.trace("consultation.back-reference")


def _add_delegation_heads(at: _At, draft: Draft) -> None:
    """ "La délégation … conduite par M. X": the heads named in this sentence or the
    next three."""
    for index in range(at.reading.index, at.reading.index + 4):
        for person in at.know.delegation_heads.get(index, ()):
            if person.name not in {p.name for p in draft.persons}:
                draft.persons.append(person)
                draft.trace("heads.delegation")


def _split_meeting(at: _At, t: _Trigger, draft: Draft) -> list[Draft]:
    """One meeting per person met, per leader met, per side met separately, or per official."""
    opts = at.opts
    drafts = [draft]
    if opts.on("consultation.counterparts"):
        drafts = _one_per_counterpart(at.prepared, at.reading, t.anchor, draft)
    if opts.on("consultation.leaders"):
        leaders = [_one_per_leader(at.prepared, at.reading, t.anchor, one) for one in drafts]
        drafts = [d for split in leaders for d in split]
    if opts.on("consultation.separately"):
        sides = [_one_per_side(at.prepared, at.reading, t.anchor, one) for one in drafts]
        drafts = [d for split in sides for d in split]
    if opts.on("consultation.roles"):
        roles = [_one_per_official(at.prepared, at.reading, t.anchor, one) for one in drafts]
        drafts = [d for split in roles for d in split]
    if opts.on("consultation.officials-apart") and len(drafts) == 1:
        drafts = _one_per_official_side(at.prepared, at.reading, t.anchor, drafts[0])
    if opts.on("consultation.received-at") and len(drafts) == 1:
        drafts = _one_per_host_place(at.prepared, at.reading, t.anchor, drafts[0])
    if opts.on("consultation.one-per-date") and len(drafts) == 1:
        drafts = _one_per_date(at.prepared, at.reading, t.anchor, drafts[0])
    return drafts


def _on_declaration(at: _At, state: _State, t: _Trigger) -> None:
    if _vetoed(at, state, t, _CUE_VETOES):
        return
    if at.opts.on("declaration.domestic-communique") and any(
        kind == "domestic" and 0 <= c_start - t.end <= _DOMESTIC_AFTER
        for c_start, _c_end, kind in at.reading.cues
    ):  # "Communiqué du Conseil des ministres"
        state.stop(t.start, t.end, "declaration.domestic-communique")
        return
    made = _declaration(
        at.prepared, at.reading, t.anchor, t.value, pair=at.know.pair, both=at.both, opts=at.opts
    )
    if not made and at.opts.on("declaration.gathering-issuer"):
        made = _by_gathering(at, state, t)
    if not made:
        state.stop(t.start, t.end, "declaration")
    if at.opts.on("declaration.the-n-sides") and t.value != "statement":
        for draft in made:
            the_n_sides(at.prepared, at.reading, draft, state.drafts)
    for draft in made:
        if (
            draft.anaphoric
            and at.opts.on("declaration.named-by-date")
            and named_by_date(at.prepared, at.reading, draft)
        ):
            draft.anaphoric = False
            draft.trace("declaration.named-by-date")
    state.drafts.extend(made)


def _by_gathering(at: _At, state: _State, t: _Trigger) -> list[Draft]:
    """A text a gathering's members adopted, with the gathering's issuers (rule
    ``declaration.gathering-issuer``); none when the article names no gathering."""
    issuers = gathering_issuer(at.prepared, at.reading, t.anchor, state.drafts, state.readings)
    if not issuers:
        return []
    kind = joint_kind(at.key, t.start) if t.value == "statement" else t.value
    draft = _declaration_draft(at.prepared, at.reading, t.anchor, kind, issuers)
    draft.rules.insert(0, "declaration")
    draft.trace("declaration.gathering-issuer")
    return [draft]


def _said_in_text(at: _At, state: _State, issuer: str) -> bool:
    """Rule ``declaration.reaction-in-text``: « Dans une déclaration commune, les
    ministres estonien, letton et lituanien ont condamné … »: a verb of reaction in the
    sentence of a text that ``issuer`` issues tells what the text says; it is that
    text, not a statement of its own."""
    for draft in reversed(state.drafts):
        if draft.sentence != at.reading.index:
            return False
        if draft.kind == "declaration" and issuer in draft.parties:
            return True
    return False


def _on_reaction(at: _At, state: _State, t: _Trigger) -> None:
    if not at.opts.on("declaration.reaction") or _vetoed(at, state, t, _CUE_VETOES):
        return
    issuer = _reacting_party(at.prepared, at.reading, t.anchor, at.know.home)
    if issuer is None:
        return
    if at.opts.on("declaration.reaction-in-text") and _said_in_text(at, state, issuer):
        state.stop(t.start, t.end, "declaration.reaction-in-text")
        return
    if at.opts.on("declaration.reaction-at-meeting") and any(
        e.category == "consultation" for _s, _e, e in at.reading.triggers
    ):
        state.stop(t.start, t.end, "declaration.reaction-at-meeting")
        return
    draft = _declaration_draft(at.prepared, at.reading, t.anchor, "statement", {issuer})
    draft.reaction = True
    draft.trace("declaration.reaction")
    state.drafts.append(draft)


def _on_instrument(at: _At, state: _State, t: _Trigger) -> None:
    if at.opts.on("agreement.organisation-name") and any(
        m.start <= t.start and t.end <= m.end for m in at.reading.parties
    ):  # "l'Organisation du traité de sécurité collective": a name
        state.stop(t.start, t.end, "agreement.organisation-name")
        return
    if at.opts.on("agreement.members-next"):
        members = members_named_next(at.prepared, at.reading, t.anchor, state.drafts)
        if members:  # « Ces textes portent sur A, B et C » after « trois accords »
            state.drafts.extend(members)
            return
    draft = _agreement(
        at.prepared,
        at.reading,
        t.anchor,
        t.value,
        stages=at.stages,
        pair=at.know.pair,
        both=at.both,
        context_stage=state.context_stage,
        drafts=state.drafts,
        cited=state.cited,
        opts=at.opts,
    )
    if draft is None:
        return
    if at.opts.on("agreement.pronoun-list") and at.key[t.start : t.end] in _PLURAL_PRONOUNS:
        # "ceux portant sur A et B"
        stops = [s for s, _e, e in at.reading.triggers if e.category == "instrument"]
        items = listed_items(at.key, t.end, at.reading.sentence.end, stops)
        if len(items) >= 2:
            draft.trace("agreement.pronoun-list")
            state.drafts.extend(_itemise(at.reading, draft, items, "agreement.pronoun-list"))
            return
    if at.opts.on("agreement.partners"):  # « des accords avec A, B et C »: one each
        state.drafts.extend(_one_per_partner(at.prepared, at.reading, draft, at.know.pair))
    else:
        state.drafts.append(draft)
    if at.opts.on("agreement.members"):
        state.drafts.extend(_members(at.prepared, at.reading, draft))


_HANDLERS: Final[dict[str, Callable[[_At, _State, _Trigger], None]]] = {
    "consultation": _on_consultation,
    "declaration": _on_declaration,
    "reaction": _on_reaction,
    "instrument": _on_instrument,
}


_BUILDER_OF: Final = {
    "consultation": "consultation",
    "declaration": "declaration",
    "reaction": "declaration.reaction",
    "instrument": "agreement",
}


@attr.s(auto_attribs=True, slots=False, hash=True, order=False)  # native when compiled
class _Guards:
    """The sentences of a document where the sentence-wide cue patterns may match (one
    of their words is written there): the patterns are tried only in those."""

    both: frozenset[int]
    negation: frozenset[int]

    @classmethod
    def of(cls, prepared: Prepared) -> _Guards:
        """Find the words of each pattern once in the whole text."""
        return cls(
            both=sentences_with(prepared, _BOTH_WORDS),
            negation=sentences_with(prepared, _NEGATION_WORDS),
        )


def _sentence(
    prepared: Prepared,
    raw: SentenceReading,
    know: Knowledge,
    state: _State,
    opts: Options,
    *,
    guards: _Guards,
) -> _At:
    """What the rules read of one sentence (with persons named earlier completed)."""
    key = prepared.key
    s_start, s_end = raw.sentence.start, raw.sentence.end
    reading = raw
    if opts.on("heads.known-persons"):
        known = know.known_people
        persons = tuple(
            p if p.party else _with_party(p, known.get(p.name.split()[-1]))
            for p in find_known_persons(prepared, s_start, s_end, know.fullest, raw.persons)
        )
        reading = raw if persons == raw.persons else attrs.evolve(raw, persons=persons)
    return _At(
        prepared=prepared,
        reading=reading,
        both=opts.on("parties.both")
        and raw.index in guards.both
        and _BOTH.search(key, s_start, s_end) is not None,
        negated=raw.index in guards.negation and _NEGATION.search(key, s_start, s_end) is not None,
        stages=_stages_of(key, reading, state.bills_adopted, opts),
        know=know,
        opts=opts,
    )


def _earlier_in_passing(
    prepared: Prepared, reading: SentenceReading, state: _State, opts: Options = DEFAULT
) -> None:
    """An earlier session named in a sentence that reports no consultation of its own."""
    if reading.earlier and not any(
        d.sentence == reading.index and d.kind == "consultation" for d in state.drafts[-4:]
    ):
        _earlier_named(prepared, reading, state, opts)


def _earlier_named(
    prepared: Prepared, reading: SentenceReading, state: _State, opts: Options
) -> None:
    """The earlier session a sentence names: of the last consultation named again (« celle
    de 1987 »), or the one before the last numbered session (« la précédente session
    s'était tenue en 2014 », rule ``consultation.previous-instance``)."""
    count = len(state.drafts)
    _earlier_of_previous(prepared, reading, state.drafts)
    if len(state.drafts) > count or not opts.on("consultation.previous-instance"):
        return
    previous = _previous_session(
        prepared,
        reading,
        reading.earlier[0].start,
        state.drafts,
        functools.partial(_announced, state),
    )
    if previous is not None:
        later, span = previous
        found = _earlier_instances(prepared, reading, later, span)
        for draft in found:
            _round_before(draft, later)
            _place_before_date(prepared, reading, draft)
        state.drafts.extend(found)


def _recent_pair(at: _At, state: _State) -> list[str] | None:
    """Rule ``parties.recent-pair``: « les deux pays », « les deux parties » stand for
    the two sides of the event reported last before them (in their paragraph or the
    one before; « les deux pays », « les deux États » only for two states),
    when those are not the article's main pair: an anaphor takes the nearest pair in
    the discourse, not the most frequent one."""
    if not at.opts.on("parties.recent-pair"):
        return None
    sentence = at.reading.sentence
    match = _BOTH_OF.search(at.key, sentence.start, sentence.end)
    if match is None:
        return None
    return _last_pair(at, state, states=match.group(1) in _STATE_NOUNS)


def _last_pair(at: _At, state: _State, *, states: bool, nearest: bool = False) -> list[str] | None:
    """The two sides of the event reported last before the sentence (in its paragraph
    or the one before; two states only when ``states``), the main pair's side first;
    None when there is none or it is the main pair, or (``nearest``) when the event
    reported last has not two sides (« ils » stands for all of its sides)."""
    sentence = at.reading.sentence
    index = at.reading.index
    paragraph, sentences = sentence.paragraph, at.prepared.sentences
    for draft in reversed(state.drafts):
        if draft.sentence >= index:
            continue
        if sentences[draft.sentence].paragraph < paragraph - 1:
            return None
        if len(draft.parties) != 2 or (states and any(map(_is_organisation, draft.parties))):
            if nearest:
                return None
            continue
        if draft.parties == set(at.know.pair):
            return None
        return [c for c in at.know.pair if c in draft.parties] + sorted(
            draft.parties - set(at.know.pair)
        )
    return None


_BOTH_OF: Final = re.compile(
    rf"\b(?:{either('parties.both', 'both-of')}) ({either('parties.both', 'both-noun')})\b"
)
_STATE_NOUNS: Final = frozenset(forms("parties.recent-pair", "state-noun"))
"""« les deux pays », « les deux États »: two states, not an organisation and a state."""
"""« les deux pays », « les deux parties »: the anaphor, not « son homologue »."""


def _subject_side(
    reading: SentenceReading, know: Knowledge, before: tuple[int, str] | None
) -> tuple[int, str] | None:
    """The paragraph and side of the person a sentence names first (its subject, as
    news writes it) before its first trigger (a person named after the verb, « il a
    rencontré le président X », is the one met), else what was known before it."""
    verb = reading.triggers[0][0] if reading.triggers else reading.sentence.end
    for person in reading.persons:
        if person.start > verb:
            break
        party = person.party or know.known_people.get(person.name.split()[-1])
        if party:
            return reading.sentence.paragraph, party
    return before


_PRONOUN_SUBJECT: Final = re.compile(
    rf"(?:[^,.;:]{{0,40}}, )?(?:{either('parties.pronoun-subject', 'pronoun')}) "
    rf"(?!(?:{either('parties.pronoun-subject', 'impersonal')})\b)"
)
"""A sentence whose subject is « il » or « elle » (« Jeudi, il a rencontré … »), not an
impersonal one (« il s'agit », « il y a »)."""


_ROLE_SUBJECT: Final = re.compile(
    rf"(?:[^,.;:]{{0,40}}, )?(?:le|la) (?:{either('parties.role-subject', 'role')}) "
    rf"(?:\w+ment )?(?:{either('parties.role-subject', 'verb')}) "
)
"""A sentence whose subject is an office with no nationality and no name, right before
its verb (« Le ministre a rencontré … », « Mardi, la Première ministre s'est rendue … »):
news names so the person it follows, whose side is said before."""


def _pronoun_pair(at: _At, said_before: tuple[int, str]) -> tuple[str, list[str]] | None:
    """Rule ``parties.pronoun-subject``: « Le ministre ukrainien X a multiplié les
    entretiens. Il a rencontré jeudi le conseiller fédéral suisse »: « il » is the
    person named first in the sentences just before (same or previous paragraph), so
    his side is the side the sentence leaves implicit, before the article's main pair.
    Rule ``parties.role-subject``: so is an office named with no nationality nor name
    as the subject (« Le ministre a ensuite rencontré … »). The rule that read the
    subject comes with the pair."""
    paragraph, party = said_before
    sentence = at.reading.sentence
    if paragraph < sentence.paragraph - 1 or at.know.pair[:1] == [party]:
        return None
    if at.opts.on("parties.pronoun-subject") and _PRONOUN_SUBJECT.match(
        at.key, sentence.start, sentence.end
    ):
        rule = "parties.pronoun-subject"
    elif at.opts.on("parties.role-subject") and _ROLE_SUBJECT.match(
        at.key, sentence.start, sentence.end
    ):
        rule = "parties.role-subject"
    else:
        return None
    return rule, [party, *(code for code in at.know.pair if code != party)]


_CAPTION: Final = re.compile(rf"[(\[]?\s*(?:{either('cue.caption', 'caption')})\s*:")
"""A line opened by a photo's label (« Photo : », « (Photo : », « Légende photo : »)."""


def _in_caption(key: str, line: int) -> bool:
    """Rule ``cue.caption``: a sentence of a line that opens with a photo's label is its
    caption (« Photo : les deux ministres lors de la signature de l'accord, mardi »): it
    shows an event the article tells, and reports none of its own. ``line``: where the
    sentence's line (its paragraph's first sentence) starts."""
    return _CAPTION.match(key, line) is not None


def run_rules(
    prepared: Prepared,
    readings: Sequence[SentenceReading],
    opts: Options = DEFAULT,
    published: PartialDate | None = None,
) -> tuple[list[Draft], list[Stopped], Knowledge]:
    """The drafts the sentence rules make, before merging, and the triggers vetoed
    (``published`` dates the article, for the events of earlier years it names)."""
    know = Knowledge.of(prepared, readings, own_office=opts.on("parties.own-office"))
    state = _State(reference=published.year if published is not None else None, readings=readings)
    guards = _Guards.of(prepared)
    earlier_on = opts.on("consultation.earlier-session")
    pronoun_on = opts.on("parties.pronoun-subject")
    pronoun_group_on = opts.on("agreement.group-pronoun")
    ranks_on = opts.on("agreement.ordinal-next")
    pronoun_on = opts.on("parties.pronoun-subject") or opts.on("parties.role-subject")
    subject: tuple[int, str] | None = None
    caption_on = opts.on("cue.caption")
    paragraph, line = -1, 0  # the start of the paragraph's first sentence: its line's
    for raw in readings:
        state.note_bills(prepared.key, raw.sentence.start, raw.sentence.end)
        said_before, subject = subject, _subject_side(raw, know, subject) if pronoun_on else None
        if raw.sentence.paragraph != paragraph:
            paragraph, line = raw.sentence.paragraph, raw.sentence.start
        if raw.triggers and caption_on and _in_caption(prepared.key, line):
            for start, end, _entry in raw.triggers:
                state.stop(start, end, "cue.caption")
        elif raw.triggers:
            at = _sentence(prepared, raw, know, state, opts, guards=guards)
            _run_sentence(at, state, said_before)
        elif raw.earlier and state.drafts and earlier_on:
            # nothing to report; an earlier session may still be named
            _earlier_named(prepared, raw, state, opts)
        if (pronoun_group_on or ranks_on) and state.after_batch(raw):
            if pronoun_group_on:  # « Ils portent sur A, B et C »
                state.drafts.extend(group_taken_up(prepared, raw, state.drafts))
            if ranks_on:  # « Le premier …; le deuxième … »
                state.take_ranks(prepared, raw)
    if opts.on("date.council-sitting"):  # « Le Conseil a adopté un décret … »
        dates_of_sittings(prepared, readings, state.drafts)
    return state.drafts, state.stopped, know


_ImplicitPair = tuple[str, list[str], set[str]]
"""A pair a sentence leaves implicit: the rule that found it, the pair (its own side
first), and the sides a draft must have, unnamed in the sentence, to be traced to it."""


def _run_sentence(at: _At, state: _State, said_before: tuple[int, str] | None) -> None:
    """Run the trigger rules of one sentence with triggers (under the pair it leaves
    implicit, if any), then the sentence-level rules and the notes later sentences read;
    ``said_before`` is the side of the subject of the sentences before it."""
    know = at.know
    implicit = _implicit_pair(at, state, said_before)
    instruments_at = None
    if implicit is not None:
        evolved = attrs.evolve(at, know=attrs.evolve(know, pair=implicit[1]))
        if implicit[0] == "parties.plural-subject":
            instruments_at = evolved  # « ils ont signé »: the agreements only
        else:
            at = evolved
    before = len(state.drafts)
    state.seen_formats = set()
    state.note_list_stage(at)
    _run_triggers(at, state, instruments_at)
    if implicit is not None:
        _trace_implicit_pair(at, state.drafts[before:], implicit)
    state.note_cited(at)
    if at.opts.on("agreement.partners") and not at.negated:
        state.drafts.extend(
            _partner_agreements(at.prepared, at.reading, pair=know.pair, drafts=state.drafts)
        )
    if at.opts.on("consultation.earlier-session"):
        _earlier_in_passing(at.prepared, at.reading, state, at.opts)
    state.note_stage(at)


def _implicit_pair(
    at: _At, state: _State, said_before: tuple[int, str] | None
) -> _ImplicitPair | None:
    """The pair the sentence stands for instead of the article's main one: that of « les
    deux pays » (rule ``parties.recent-pair``), else that of a subject pronoun (rule
    ``parties.pronoun-subject``); None when it is the main pair."""
    recent = _recent_pair(at, state) if at.both else None
    if recent is not None:
        return "parties.recent-pair", recent, set(recent)
    plural = _plural_pair(at, state)
    if plural is not None:
        return "parties.plural-subject", plural, set(plural)
    if said_before is None:
        return None
    found = _pronoun_pair(at, said_before)
    if found is None:
        return None
    rule, pronoun = found
    return rule, pronoun, {pronoun[0]}


_PLURAL_SUBJECT: Final = re.compile(
    rf"(?:[^.;:]{{0,60}}, )?(?:{either('parties.plural-subject', 'pronoun')}) "
    rf"|(?:[^.;:]{{0,40}}\b)?(?:{either('parties.plural-subject', 'their')}) "
    rf"(?:{either('parties.plural-subject', 'talk')})\b"
)
"""A sentence whose subject is « ils » or « elles » (« Mardi, ils ont signé … ») or that
opens on « leur(s) » and a talk (« À l'issue de leur entretien, … »)."""
_PLURAL_WORDS: Final = (
    *(f"{form} " for form in forms("parties.plural-subject", "pronoun")),
    *forms("parties.plural-subject", "their"),
)
_PLURAL_REACH: Final = 62 + max(map(len, _PLURAL_WORDS))
"""Every match of :data:`_PLURAL_SUBJECT` holds one of these within this many characters
of the sentence's start (the pronoun and its blank start by the 62nd, « leur » by the
40th): a sentence that holds none there is not tried."""


def _plural_pair(at: _At, state: _State) -> list[str] | None:
    """Rule ``parties.plural-subject``: « Le ministre chinois s'est entretenu avec le
    président brésilien. Au terme de leurs échanges, ils ont présidé à la signature
    d'un accord »: a sentence that opens on a plural pronoun, naming no side before it, stands
    for the two sides of the event reported just before (same or previous paragraph),
    not for the article's main pair."""
    if not at.opts.on("parties.plural-subject"):
        return None
    sentence = at.reading.sentence
    start, end = sentence.start, sentence.end
    opening = at.key[start : min(end, start + _PLURAL_REACH)]
    if not any(word in opening for word in _PLURAL_WORDS):
        return None
    match = _PLURAL_SUBJECT.match(at.key, start, end)
    if match is None or any(m.start < match.end() for m in at.reading.parties):
        return None  # « Paris et Rome, eux, ils … »: the sides are named
    return _last_pair(at, state, states=False, nearest=True)


def _run_triggers(at: _At, state: _State, instruments_at: _At | None = None) -> None:
    """Hand each trigger of the sentence to the builder of its category, if it runs (an
    instrument's under ``instruments_at`` when given: the pair a plural subject stands
    for)."""
    for t_start, t_end, entry in at.reading.triggers:
        handler = _HANDLERS.get(entry.category)
        if handler is not None and at.opts.on(_BUILDER_OF.get(entry.category, "")):
            own = instruments_at if instruments_at and entry.category == "instrument" else at
            handler(own, state, _Trigger(t_start, t_end, entry))


def _trace_implicit_pair(at: _At, new: Sequence[Draft], implicit: _ImplicitPair) -> None:
    """Trace the implicit pair's rule on the drafts ``new`` of the sentence that have its
    sides where the sentence does not name them all, or that the builder filled from the
    pair (the draft fact ``pair_filled``: the pair it filled from is the implicit one;
    for a plural subject, the agreements only, the other drafts keep the main pair).
    A side named elsewhere in the sentence (« l'export de blé vers l'Inde ») is no sign
    the sentence names the pair."""
    rule, _pair, wanted = implicit
    named = {m.value for m in at.reading.parties} | {p.party for p in at.reading.persons}
    for draft in new:
        filled = draft.pair_filled and (
            rule != "parties.plural-subject" or draft.kind == "agreement"
        )
        if draft.parties >= wanted and (filled or not wanted <= named):
            draft.trace(rule)


def assemble(
    prepared: Prepared,
    lex: Lexicon,
    readings: Sequence[SentenceReading],
    published: PartialDate | None,
    opts: Options = DEFAULT,
    *,
    dropped: list[tuple[int, int, str]] | None = None,
) -> list[Draft]:
    """Turn sentence readings into event drafts; see the module docstring (the anchor of
    each draft the finish pass drops as a duplicate goes to ``dropped``, if given)."""
    del lex  # the readings carry what the lexicon found
    drafts, _stopped, know = run_rules(prepared, readings, opts, published)
    if opts.on("sectors.widen"):
        _widen_sectors(
            drafts,
            readings,
            _reference_year(drafts, published),
            talks_apart=opts.on("sectors.talk-apart"),
            paragraph_ends=[end for _start, end in prepared.paragraphs]
            if opts.on("sectors.passing-paragraph")
            else (),
            links=related_link_paragraphs(prepared)
            if opts.on("sectors.related-link")
            else frozenset(),
        )
    people = _people_by_side(readings, know.known_people)
    merged = _merge(drafts, opts, prepared.key, published, prepared)
    if opts.on("date.lede"):
        lede_dates(prepared, readings, merged)
    if opts.on("date.frame-meeting"):
        frame_meeting_dates(prepared, merged)
    return _finish(merged, published, people, opts, dropped=dropped)
