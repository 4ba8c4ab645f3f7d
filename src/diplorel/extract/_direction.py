"""Direction of an event: who acted on whom, where the sentence says it.

Event datasets (CAMEO, PLOVER) record a source and a target: the visitor
and the host of a visit, the caller and the called of a phone call, the
host who received a guest, the issuer of a statement and the party it is
about. :func:`orient` reads that from the sentence of an event's trigger and
sets the event's ``source`` and ``target`` (sorted subsets of its parties
that share none); where the sentence gives no direction ("X et Y se sont
entretenus", an agreement signed between two sides, a joint declaration)
both stay empty.

The readings, tried in this order on the trigger's sentence (folded: lower
case, no accents):

1. **reception**, passive: "X a été reçu par Y", "X, reçu par Y": Y is the
   host; active: "Y a reçu X" (but "Y a reçu un appel de X" is a call from
   X). For a visit the visitor is the source and the host the target; for
   any other consultation the host who received is the source.
2. **call**: "X a appelé Y", "X a téléphoné à Y", "X s'est entretenu au
   téléphone avec Y", "X a eu un entretien téléphonique avec Y": the caller
   (the subject) is the source; "Y a reçu un appel (téléphonique) de X" and
   "à l'initiative de X": X is the source.
3. **visit**: the host is the party named after "en visite à / en / au",
   "visite (…) en / au", "s'est rendu à / en", "arrivé à / en" near the
   trigger, else the party whose country holds the event's place; the
   visitors are the other parties.
4. **statement** (a declaration that is not joint): its issuer is the
   subject, the party named before the trigger; the others are what it is
   about. A statement of a single party has that party as its source.

The subject of a sentence is the first party named before the trigger that
is not after a preposition that makes it an object ("avec", "par", "à",
"en", "au", "aux", "pour", "vers", "contre", "sur", "entre").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from typing import Final

import attr
import attrs

from diplorel.extract._guard import Guarded
from diplorel.extract._reading import text_parties
from diplorel.extract._text import Prepared, fold
from diplorel.extract._words import either, forms
from diplorel.extract.recognise._lexicon import Lexicon
from diplorel.extract.recognise._mentions import Mention, find_parties
from diplorel.model import (
    Consultation,
    ConsultationFormat,
    Declaration,
    DeclarationKind,
    Event,
    Party,
)

__all__ = ["ACTIVE_HOST", "PASSIVE_HOST", "Direction", "Side", "direction", "orient"]

Direction = tuple[tuple[Party, ...], tuple[Party, ...]]
"""The source and target sides of an event, both empty when the text gives no direction."""
_NONE: Final[Direction] = ((), ())

Side = tuple[int, int, str]
"""A party named in the sentence: start and end in the prepared text, and its code."""

_OBJECT_BEFORE: Final = re.compile(
    rf"(?:\b(?:{either('direction.subject', 'object-preposition')})"
    r"\s{1,8}"
    rf"(?:(?:{either('direction.subject', 'article')})"
    r"\s{0,8})?"
    r"(?:(?:[\w-]{1,40}\s{1,8}){0,4}?"
    rf"(?:{either('direction.subject', 'of')})"
    r"\s{0,8}"
    rf"(?:(?:{either('direction.subject', 'article')})"
    r"\s{0,8})?)?)$"
)
"""A preposition just before a party name that makes it an object, not a subject
("avec le ministre de la Défense du Maroc", "à Bakou")."""
_LOOKBACK: Final = 60
# Every repetition in these patterns is bounded (words of at most 40 characters,
# blanks of at most 8), so that a run of one character cannot make them backtrack
# over the whole sentence.

PASSIVE_HOST: Final = re.compile(
    rf"\b(?:{either('direction.reception', 'received')})"
    r"e?s?\s{1,8}(?:[\w']{1,40}\s{1,8}){0,3}?"
    rf"(?:{either('direction.reception', 'by')})\b"
)
"""« X a été reçu (en audience) par Y »: Y, after the pattern, is the host."""
ACTIVE_HOST: Final = re.compile(
    rf"\b(?:{either('direction.reception', 'auxiliary')})"
    r"\s{1,8}(?:\w{1,40}\s{1,8})?"
    rf"(?:{either('direction.reception', 'received')})\b"
)
"""« Y a reçu (mardi) X »: Y, the subject before the pattern, is the host."""
_ADVERBS: Final = r"(?:[\w-]{1,40}\s{1,8}){0,3}?"
"""Up to three words between a verb and what follows ("a reçu mardi soir un appel")."""
_CALL_RECEIVED: Final = re.compile(
    rf"\b(?:{either('direction.call', 'received')})"
    r"e?s?\s{1,8}" + _ADVERBS + rf"(?:{either('direction.call', 'determiner')})"
    r"\s{0,8}"
    rf"(?:{either('direction.call', 'call-noun')})"
    rf"(?:\s{{1,8}}(?:{either('direction.call', 'by-phone')}))?"
    r"\s{1,8}"
    rf"(?:{either('direction.call', 'of')})"
)
_CALL_INITIATIVE: Final = re.compile(
    rf"\b(?:{either('direction.call', 'initiative')}) (?:{either('direction.call', 'of')})"
)
_CALL_ACTIVE: Final = re.compile(
    rf"\b(?:{either('direction.call', 'auxiliary')})"
    r"\s{1,8}" + _ADVERBS + rf"(?:{either('direction.call', 'called')}|"
    rf"(?:{either('direction.call', 'phoned')})"
    r"\s{1,8}a|eu\s{1,8}" + _ADVERBS + r"(?:un|une)\s{1,8}"
    rf"(?:(?:{either('direction.call', 'talk-noun')})"
    r"s?\s{1,8}"
    rf"(?:{either('direction.call', 'by-phone')})"
    r"s?"
    rf"|(?:{either('direction.call', 'call-with-noun')})"
    r"\s{1,8}"
    rf"(?:(?:{either('direction.call', 'by-phone')})"
    r"\s{1,8})?"
    rf"(?:{either('direction.call', 'with')})"
    r"))\b"
    rf"|\bs'(?:{either('direction.call', 'reflexive-auxiliary')})"
    r"\s{1,8}"
    rf"(?:{either('direction.call', 'talked')})"
    r"e?\s{1,8}(?:[\w']{1,40}\s{1,8}){0,4}?(?:par|au)\s{1,8}"
    rf"(?:{either('direction.call', 'phone')})\b"
)
_SYMMETRIC: Final = re.compile(
    rf"\b(?:se\s{{1,8}}(?:{either('direction.symmetric', 'present')})|"
    rf"s'(?:{either('direction.symmetric', 'past')}))"
    r"\s{1,8}\w{1,40}"
)
_VISIT_TO: Final = re.compile(
    rf"\b(?:{either('direction.visit', 'trip-noun', folded=False)})"
    r"s?\s{1,8}(?:[\w'-]{1,40}\s{1,8}){0,4}?"
    rf"(?:{either('direction.visit', 'to', folded=False)})"
    r"\s{1,8}"
    rf"|\bs'(?:{either('direction.visit', 'reflexive-auxiliary', folded=False)})"
    r"\s{1,8}"
    rf"(?:{either('direction.visit', 'went', folded=False)})"
    r"e?s?\s{1,8}(?:[\w'-]{1,40}\s{1,8}){0,2}?"
    rf"(?:{either('direction.visit', 'to', folded=False)})"
    r"\s{1,8}"
    rf"|\b(?:{either('direction.visit', 'arrived', folded=False)})"
    r"e?s?\s{1,8}(?:[\w'-]{1,40}\s{1,8}){0,2}?"
    rf"(?:{either('direction.visit', 'to', folded=False)})"
    r"\s{1,8}",
    re.IGNORECASE,
)
"""Where a visit goes, read on the text with its accents: "à" is a preposition,
"a" a verb ("la visite de X a inclus…")."""
_REACH: Final = 50
"""How far after a phrase its party may be named."""
_NEAR: Final = 40
"""How far from the trigger a phrase that gives the direction may be."""
_BETWEEN: Final = re.compile(
    rf"(?:[\w'-]{{1,40}}\s{{1,8}}){{0,6}}?(?:{either('direction.between', 'between')})\b"
)
"""A trigger followed by "entre X et Y": both sides alike."""


_NEEDS: Final[dict[re.Pattern[str], Guarded]] = {
    pattern: Guarded(pattern, words)
    for pattern, words in (
        (PASSIVE_HOST, forms("direction.reception", "received")),
        (ACTIVE_HOST, forms("direction.reception", "received")),
        (_CALL_RECEIVED, forms("direction.call", "received")),
        (_CALL_INITIATIVE, forms("direction.call", "initiative")),
        (
            _CALL_ACTIVE,
            (
                *forms("direction.call", "called"),
                *forms("direction.call", "phoned"),
                *forms("direction.call", "by-phone"),
                *forms("direction.call", "call-with-noun"),
                *forms("direction.call", "phone"),
            ),
        ),
        (
            _SYMMETRIC,
            (
                *forms("direction.symmetric", "present"),
                *(f"s'{word}" for word in forms("direction.symmetric", "past")),
            ),
        ),
    )
}
"""Each pattern with the words of the table that every match of it holds (one of them at
least, on the folded key): a sentence without any has no match, and the pattern, tried
at every position, is not run."""


def _may_hold(pattern: re.Pattern[str], key: str, start: int, end: int) -> bool:
    """False when ``key[start:end]`` holds none of the words a match of ``pattern`` needs."""
    guard = _NEEDS.get(pattern)
    return guard is None or guard.possible(key, start, end)


def _near(
    pattern: re.Pattern[str], key: str, start: int, end: int, anchor: tuple[int, int]
) -> re.Match[str] | None:
    """The first match of ``pattern`` in ``[start, end)`` within reach of the trigger.

    A sentence may report two events ("dans le prolongement de l'appel entre
    X et Y, Z a reçu un appel de W"): a phrase counts for the event whose
    trigger it holds or touches.
    """
    if not _may_hold(pattern, key, start, end):
        return None
    for found in pattern.finditer(key, start, end):
        if found.start() - _NEAR <= anchor[1] and anchor[0] <= found.end() + _NEAR:
            return found
    return None


_QUALIFIER_REACH: Final = 45
"""How far before a party mention ``find_parties`` reads the words that may make it no
side (a news medium, a matter discussed, a thing opposed): its context."""


def _word_char(text: str, index: int) -> bool:
    """Whether ``text[index]`` is a word character (``\\w``)."""
    char = text[index]
    return char.isalnum() or char == "_"


def _crosses(
    spans: Sequence[tuple[int, int, str]],
    starts: Sequence[int],
    offset: int,
) -> bool:
    """Whether one of ``spans`` (sorted, none overlapping the next; ``starts`` their
    starts) starts before ``offset`` and ends after it."""
    index = bisect_left(starts, offset)
    return index > 0 and spans[index - 1][1] > offset


class _TextParties:
    """The party mentions the reading found in the whole text, read for one sentence.

    ``find_parties`` over a sentence finds what it finds over the whole text in that
    stretch, except where the sentence's bounds cut something: a phrase that runs
    over the sentence's start or end (a match the whole text's search made there hides
    the phrases inside it, kept or not), a mention's context (the words before it that
    may make it no side) cut at the sentence's start, a word running on across a
    bound. :meth:`within` gives the whole text's mentions only where none of these can
    change the result, else None (the caller then searches the sentence).
    """

    def __init__(self, prepared: Prepared, lex: Lexicon) -> None:
        size = len(prepared.text)
        self.key: str = prepared.key
        self.text: str = prepared.text
        self.lex: Lexicon = lex
        self.mentions: list[Mention] = text_parties(prepared, lex)
        self.starts: list[int] = [mention.start for mention in self.mentions]
        self.spans: set[tuple[int, int]] = {(m.start, m.end) for m in self.mentions}
        self.chains: list[tuple[list[tuple[int, int, str]], list[int]]] = [
            (chain, [match[0] for match in chain])
            for chain in (
                lex.hits(prepared).matches("party", 0, size),
                lex.acronym_hits(prepared).matches("acronym", 0, size),
            )
        ]

    @classmethod
    def of(cls, prepared: Prepared, lex: Lexicon) -> _TextParties:
        """The whole text's mentions of ``prepared``, kept in its ``memo``."""
        kept = prepared.memo.get(cls)
        if not isinstance(kept, cls) or kept.lex is not lex:
            kept = prepared.memo[cls] = cls(prepared, lex)
        return kept

    def within(self, start: int, end: int) -> list[Mention] | None:
        """What ``find_parties(prepared, lex, start, end)`` finds, when it is sure to be
        the whole text's mentions in ``[start, end)``; else None."""
        key, text = self.key, self.text
        if start > 0 and not (key[start - 1].isspace() and text[start - 1].isspace()):
            return None
        if end < len(key) and (_word_char(key, end) or _word_char(text, end) or key[end] == "-"):
            return None  # a word cut, or a prefix whose hyphen is past the end (« sino-… »)
        for chain, starts in self.chains:
            if _crosses(chain, starts, start) or _crosses(chain, starts, end):
                return None
        chain, starts = self.chains[0]
        spans = self.spans
        reach = min(end, start + _QUALIFIER_REACH)
        for index in range(bisect_left(starts, start), bisect_left(starts, reach)):
            match = chain[index]
            if (match[0], match[1]) not in spans:
                return None  # maybe no side by a context that the sentence's start cuts
        return self.mentions[bisect_left(self.starts, start) : bisect_left(self.starts, end)]


def _sides(
    prepared: Prepared,
    lex: Lexicon,
    start: int,
    end: int,
    codes: set[str],
    *,
    found: dict[tuple[int, int], list[Mention]] | None = None,
) -> list[Side]:
    """The event's parties named in ``[start, end)``, in order (the mentions of a
    sentence are kept in ``found``, when given, for the next event of the sentence)."""
    mentions = None if found is None else found.get((start, end))
    if mentions is None:
        mentions = _TextParties.of(prepared, lex).within(start, end)
        if mentions is None:
            mentions = find_parties(prepared, lex, start, end)
        if found is not None:
            found[start, end] = mentions
    sides = []
    for mention in mentions:
        code = mention.value
        if mention.category == "place":
            code = lex.cities.get(fold(prepared.text[mention.start : mention.end]), code)
        if code in codes:
            sides.append((mention.start, mention.end, code))
    return sides


def _subject(key: str, sides: Sequence[Side], sentence_start: int, before: int) -> str | None:
    """The one party named before ``before`` that is not an object of a preposition.

    None when there is none or several ("la Russie et le Kazakhstan ont…"):
    a subject of several sides gives no direction.
    """
    found: set[str] = set()
    for start, _end, code in sides:
        if start >= before:
            break
        lead = key[max(sentence_start, start - _LOOKBACK) : start]
        if _OBJECT_BEFORE.search(lead) is None:
            found.add(code)
    return found.pop() if len(found) == 1 else None


def _after(sides: Sequence[Side], offset: int, exclude: str | None = None) -> str | None:
    """The first party named within reach after ``offset``, other than ``exclude``."""
    for start, _end, code in sides:
        if offset <= start <= offset + _REACH and code != exclude:
            return code
    return None


def _directed(event: Event, source: Iterable[str], target: Iterable[str]) -> Direction | None:
    """These sides, when they are a proper direction of the event; else None."""
    by_code = {party.code: party for party in event.parties}
    src = {code for code in source if code in by_code}
    tgt = {code for code in target if code in by_code} - src
    if not src or (len(event.parties) > 1 and not tgt):
        return None
    return (tuple(by_code[c] for c in sorted(src)), tuple(by_code[c] for c in sorted(tgt)))


def _others(event: Event, codes: set[str]) -> set[str]:
    return {party.code for party in event.parties} - codes


def _host_of_place(event: Event, lex: Lexicon) -> str | None:
    code = lex.city_state(event.place)
    return code if code is not None and event.involves(code) else None


@attr.s(auto_attribs=True, slots=False, hash=True, order=False)  # native when compiled
class _Context:
    """The trigger's sentence: folded text, bounds, trigger, and the parties named in it."""

    key: str
    text: str
    start: int
    end: int
    anchor: tuple[int, int]
    sides: Sequence[Side]
    lex: Lexicon

    def near(self, pattern: re.Pattern[str], *, accents: bool = False) -> re.Match[str] | None:
        text = self.text if accents else self.key
        return _near(pattern, text, self.start, self.end, self.anchor)

    def subject(self, before: int) -> str | None:
        return _subject(self.key, self.sides, self.start, before)

    def after(self, offset: int, exclude: str | None = None) -> str | None:
        return _after(self.sides, offset, exclude)


def _reception(event: Event, ctx: _Context) -> Direction | None:
    """Who received whom: the host, and the guest."""
    if (
        not isinstance(event, Consultation)
        or event.format is ConsultationFormat.PHONE_CALL
        or ctx.near(_CALL_RECEIVED) is not None
    ):
        return None
    passive = ctx.near(PASSIVE_HOST)
    if passive is not None:
        host = ctx.after(passive.end())
        if host is None:
            return None
        guest = ctx.subject(passive.start())
    else:
        active = ctx.near(ACTIVE_HOST)
        if active is None:
            return None
        host = ctx.subject(active.start())
        if host is None:
            return None
        guest = ctx.after(active.end(), exclude=host)
    guests = {guest} if guest is not None and guest != host else _others(event, {host})
    if event.format is ConsultationFormat.VISIT:
        return _directed(event, guests, {host})
    return _directed(event, {host}, guests)


def _call(event: Event, ctx: _Context) -> Direction | None:
    """Who called whom."""
    if not isinstance(event, Consultation) or event.format is not ConsultationFormat.PHONE_CALL:
        return None
    for pattern in (_CALL_RECEIVED, _CALL_INITIATIVE):
        found = ctx.near(pattern)
        if found is not None:
            caller = ctx.after(found.end())
            if caller is not None:
                return _directed(event, {caller}, _others(event, {caller}))
    active = ctx.near(_CALL_ACTIVE)
    if active is None:
        return None
    caller = ctx.subject(active.start())
    if caller is None:
        return None
    called = ctx.after(active.end(), exclude=caller)
    return _directed(event, {caller}, {called} if called else _others(event, {caller}))


def _visit(event: Event, ctx: _Context) -> Direction | None:
    """Who visited whom: the host, from "en visite à" or else from the place."""
    if not isinstance(event, Consultation) or event.format is not ConsultationFormat.VISIT:
        return None
    found = ctx.near(_VISIT_TO, accents=True)
    host = None if found is None else ctx.after(found.end())
    if host is None:
        host = _host_of_place(event, ctx.lex)
    if host is None:
        return None
    return _directed(event, _others(event, {host}), {host})


def _statement(event: Event, ctx: _Context) -> Direction | None:
    """Who issued a statement, about whom."""
    if not isinstance(event, Declaration) or event.declaration is not DeclarationKind.STATEMENT:
        return None
    if len(event.parties) == 1:
        return _directed(event, {event.parties[0].code}, ())
    issuer = ctx.subject(ctx.anchor[0])
    if issuer is None:
        return None
    return _directed(event, {issuer}, _others(event, {issuer}))


def direction(
    prepared: Prepared,
    lex: Lexicon,
    anchor: tuple[int, int],
    event: Event,
    persons: Iterable[Side] = (),
    *,
    found: dict[tuple[int, int], list[Mention]] | None = None,
) -> Direction:
    """The ``source`` and ``target`` of ``event`` read from its trigger's sentence.

    ``anchor`` is the trigger's span in the prepared text; ``persons`` are
    the people of the event named in the text with their party ("le
    président Aliyev" stands for his state where no state is named). Both
    sides are empty when the sentence gives no direction (see the module).
    ``found``, one dict for all the events of one text, keeps the party
    mentions of each sentence read, so that they are found once.
    """
    if not prepared.sentences:
        return _NONE
    sentence = prepared.sentences[prepared.sentence_at(anchor[0])]
    start, end = sentence.start, sentence.end
    key = prepared.key
    symmetric = (
        _may_hold(_SYMMETRIC, key, start, anchor[0])
        and _SYMMETRIC.search(key, start, anchor[0]) is not None
    )
    if (symmetric and not isinstance(event, Declaration)) or _BETWEEN.match(key, anchor[1]):
        # "X et Y se sont entretenus", "l'appel entre X et Y": neither side acted on the other
        return _NONE
    codes = {party.code for party in event.parties}
    sides = _sides(prepared, lex, start, end, codes, found=found)
    sides.extend(p for p in persons if start <= p[0] < end and p[2] in codes)
    sides.sort()
    ctx = _Context(
        key=key, text=prepared.text, start=start, end=end, anchor=anchor, sides=sides, lex=lex
    )
    for reading in (_call, _reception, _visit, _statement):
        given = reading(event, ctx)
        if given is not None:
            return given
    return _NONE


def orient(
    prepared: Prepared,
    lex: Lexicon,
    anchor: tuple[int, int],
    event: Event,
    persons: Iterable[Side] = (),
) -> Event:
    """``event`` with the ``source`` and ``target`` of :func:`direction` (kept if it has some)."""
    if event.source or event.target:
        return event
    source, target = direction(prepared, lex, anchor, event, persons)
    if not source:
        return event
    return attrs.evolve(event, source=source, target=target)
