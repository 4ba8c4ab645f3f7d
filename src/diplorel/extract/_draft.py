"""Drafts: events under construction, and what rules pass to the merge and finish passes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attr

from diplorel.extract.recognise._mentions import (
    PersonMention,
)
from diplorel.model import DateValue


@attr.s(auto_attribs=True, slots=False, hash=True, order=False)  # native when compiled
class _Context:
    """The last stage reported, carried over to instruments enumerated after it."""

    stage: str
    date: DateValue | None
    sentence: int
    persons: tuple[PersonMention, ...]


_DYAD: Final = 1
_MET_APART: Final = 2
_REACTION: Final = 4
_OWN_GATHERING: Final = 8
_MAIN_EVENT_DATE: Final = 16
_INFERRED_PLACE: Final = 32
_MAIN_EVENT_PLACE: Final = 64
_PAIR_FILLED: Final = 128
"""The bits of ``Draft.facts``, one per fact (read and set through its properties)."""


@attr.s(auto_attribs=True, slots=False, order=False)  # native when compiled
class Draft:
    """An event under construction (mutable inside assembly only).

    The contract between the rules and the later passes: the fields that become
    the event's fields (``kind``, ``subtype``, ``parties``, ``date``, ``place``,
    ``round``, ``sectors``, ``persons``, ``evidence``, ``stage``, ``title``,
    ``background``, ``quantity``, ``establishes``), and the flags that only the
    merge and finish passes read:

    - ``group``: a plural instrument ("trois accords"); dropped in favour of its
      members when they are reported one by one;
    - ``generic``: an item of a counted list; its instrument is the list's noun
      and it merges with the instrument named later with more fields;
    - ``strong``: a consultation said to have taken place (not a bare noun);
      a weak one is dropped when a strong one has the same sides;
    - ``anaphoric``: a declaration named again ("cette déclaration"); merged
      into the last declaration;
    - ``backref``: a consultation referred back to ("lors de la réunion");
      merged with one that shares a side;
    - ``expanded``: a meeting "en format élargi", never the one in private;
    - ``counterpart``: the family name of the one person met in this meeting.

    - ``dyad``: the sides are the pair named near the trigger (« entre X et Y »,
      « les relations X-Y »), not the actors of its clause;
    - ``met_apart``: one of the meetings a trigger was split into, one per side met
      separately or one per leader met; it is not split again per official;
    - ``reaction``: a state's own statement (« La France salue … », a ministry's
      statement), dated and placed by itself, not by what it speaks about;
    - ``own_gathering``: an organisation's own gathering (its summit or session, one
      a state attends or speaks at), not a meeting between sides;
    - ``main_event_date``: the date was the main event's, given to an event the text
      gave none (it stays set when a later pass narrows that date to a day);
    - ``inferred_place``: the place is no venue the text gives to this event (a
      statement's or an approval's seat of government, the main event's place);
    - ``main_event_place``: the place was the main event's, given to an event before the
      passes that read its own venue (a seat of power, the state visited, the host);
    - ``pair_filled``: a side the sentence left implicit was filled from the pair the
      sentence stands for (the article's main pair, or the pair of « les deux pays », of
      a plural or pronoun subject).

    ``rules`` is the trace: the names of the rules that built the draft and
    shaped its fields, in the order they acted. It is a record for people
    (``--explain``), not data: no pass reads it, and a rule that records a fact
    a later pass needs sets one of the fields above (a rule switched off sets
    neither). A merge keeps the facts of both drafts (:meth:`take_facts`).

    The eight facts are properties, kept as the bits of one field ``facts``: a pure-Python
    instance with more than 30 attributes no longer shares its dictionary's keys with
    the other drafts, and every attribute read of every draft would cost more.
    """

    kind: str
    sentence: int
    anchor: tuple[int, int]
    parties: set[str]
    subtype: str
    date: DateValue | None = None
    place: str | None = None
    round: int | None = None
    sectors: set[str] = attr.ib(factory=set)
    persons: list[PersonMention] = attr.ib(factory=list)
    evidence: list[tuple[int, int]] = attr.ib(factory=list)
    stage: str | None = None
    stage_anchor: tuple[int, int] | None = None
    title: str | None = None
    background: bool = False
    quantity: int | None = None
    group: bool = False
    strong: bool = True
    establishes: str | None = None
    anaphoric: bool = False
    backref: bool = False
    generic: bool = False  # an item of a counted list: its instrument is the list's noun
    expanded: bool = False  # a meeting "en format élargi", after the one in private
    counterpart: str | None = None  # "des rencontres avec X, Y": the one met in this one
    distinct: bool = False  # "un protocole supplémentaire", "un autre accord": a new one
    rules: list[str] = attr.ib(factory=list)
    facts: int = 0  # the facts below, one bit each (see the properties)

    @property
    def dyad(self) -> bool:
        """The sides are the pair named near the trigger (« entre X et Y »)."""
        return bool(self.facts & _DYAD)

    @dyad.setter
    def dyad(self, value: bool) -> None:
        self.facts = self.facts | _DYAD if value else self.facts & ~_DYAD

    @property
    def met_apart(self) -> bool:
        """One of the meetings a trigger was split into, per side or leader met."""
        return bool(self.facts & _MET_APART)

    @met_apart.setter
    def met_apart(self, value: bool) -> None:
        self.facts = self.facts | _MET_APART if value else self.facts & ~_MET_APART

    @property
    def reaction(self) -> bool:
        """A state's own statement, dated and placed by itself."""
        return bool(self.facts & _REACTION)

    @reaction.setter
    def reaction(self, value: bool) -> None:
        self.facts = self.facts | _REACTION if value else self.facts & ~_REACTION

    @property
    def own_gathering(self) -> bool:
        """An organisation's own summit or session, which states attend."""
        return bool(self.facts & _OWN_GATHERING)

    @own_gathering.setter
    def own_gathering(self, value: bool) -> None:
        self.facts = self.facts | _OWN_GATHERING if value else self.facts & ~_OWN_GATHERING

    @property
    def main_event_date(self) -> bool:
        """The date was the main event's: the text gave this event none."""
        return bool(self.facts & _MAIN_EVENT_DATE)

    @main_event_date.setter
    def main_event_date(self, value: bool) -> None:
        self.facts = self.facts | _MAIN_EVENT_DATE if value else self.facts & ~_MAIN_EVENT_DATE

    @property
    def inferred_place(self) -> bool:
        """The place is no venue the text gives this event (a seat of government, the
        main event's place)."""
        return bool(self.facts & _INFERRED_PLACE)

    @inferred_place.setter
    def inferred_place(self, value: bool) -> None:
        self.facts = self.facts | _INFERRED_PLACE if value else self.facts & ~_INFERRED_PLACE

    @property
    def main_event_place(self) -> bool:
        """The place was the main event's, given before the event's own venue was read."""
        return bool(self.facts & _MAIN_EVENT_PLACE)

    @main_event_place.setter
    def main_event_place(self, value: bool) -> None:
        self.facts = self.facts | _MAIN_EVENT_PLACE if value else self.facts & ~_MAIN_EVENT_PLACE

    @property
    def pair_filled(self) -> bool:
        """A side the sentence left implicit was filled from the pair it stands for."""
        return bool(self.facts & _PAIR_FILLED)

    @pair_filled.setter
    def pair_filled(self, value: bool) -> None:
        self.facts = self.facts | _PAIR_FILLED if value else self.facts & ~_PAIR_FILLED

    def trace(self, name: str) -> None:
        """Record that the rule ``name`` acted on this draft (once)."""
        if name not in self.rules:
            self.rules.append(name)

    def take_trace(self, other: Draft) -> None:
        """Record the rules that acted on ``other`` (merged into this draft), once each,
        in their order."""
        for name in other.rules:
            self.trace(name)

    def take_facts(self, other: Draft) -> None:
        """Keep the facts ``other`` (merged into this draft) carries: each flag of the
        contract that the rules set is set on the merged draft if set on either."""
        self.facts |= other.facts


_STAGE_RANK: Final = {"negotiated": 0, "signed": 1, "approved": 2, "ratified": 3, "in_force": 4}


def insert_after_sentence(drafts: list[Draft], sentence: int, new: Sequence[Draft]) -> None:
    """Put ``new`` into ``drafts`` (in text order) before the first draft of a sentence
    after ``sentence``: after the drafts of that sentence and of those before it."""
    at = next((i for i, d in enumerate(drafts) if d.sentence > sentence), len(drafts))
    drafts[at:at] = new
