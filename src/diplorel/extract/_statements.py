"""Official statements that assembly leaves out: a ministry's, a government's or an
organisation's own reaction is a declaration whose issuer is its state or itself.

French news reports a state's position through its institutions: "le ministère
algérien des Affaires étrangères condamne …", "le ministère des Affaires
étrangères du Qatar a salué …", "le gouvernement malien dénonce …", "la
diplomatie française appelle …", and an organisation's through its own name:
"l'Union africaine a appelé les parties à …", "la CEDEAO exhorte …". The verb
of reaction (condemn, denounce, deplore, welcome, call on, urge, demand, warn,
reject, express concern) with such a subject is the statement.

This pass runs after assembly and adds a draft only where assembly made no
declaration in the sentence and none of the same issuer in the document, so
that it never duplicates one. A person's remark ("le président a appelé …") is
not a statement of the state, and "a appelé son homologue" is a call, not an
appeal.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import attrs

from diplorel.extract._assemble import Draft, SentenceReading
from diplorel.extract._text import Prepared
from diplorel.extract._venues import dateline_state
from diplorel.extract._visits import occurrences
from diplorel.extract.recognise._mentions import PersonMention
from diplorel.extract.rules._words import either, forms
from diplorel.model import DateValue, PartialDate

__all__ = ["statements"]

_VERB: Final = re.compile(
    rf"\b(?:(?:a|ont) (?:(?:\w+ment|{either('declaration.ministry-statement', 'adverb')}) )?)?"
    rf"(?:{either('declaration.ministry-statement', 'reaction-verb')}|"
    rf"(?:{either('declaration.ministry-statement', 'respond')})(?= a| aux?\b)|"
    rf"(?:{either('declaration.ministry-statement', 'express')}) "
    rf"(?:{either('declaration.ministry-statement', 'possessive')}) "
    rf"(?:(?:{either('declaration.ministry-statement', 'feeling-adjective')}) )?"
    rf"(?:{either('declaration.ministry-statement', 'feeling')}))\b"
)
"""A verb of reaction, present or passé composé, with an optional adverb."""
_STEMS: Final = forms("declaration.ministry-statement", "stem")
"""The stems of :data:`_VERB`, found in one scan of the text before it is tried."""

_INSTITUTION: Final = re.compile(
    rf"\b(?:le |la |les |l')(?:{either('declaration.ministry-statement', 'institution')}|"
    rf"{either('declaration.ministry-statement', 'spokesperson')})\b"
)
"""The head of an institutional subject: "le ministère", "la diplomatie", "le gouvernement"."""

_MAX_SUBJECT: Final = 140
"""Characters between an institution's head and its verb: "le ministère des Affaires
étrangères et de la Coopération internationale de la République de X, dans un communiqué
publié mercredi,"."""
_BARE_MINISTRY: Final = re.compile(
    rf"(?:le |la |l')(?:{either('declaration.ministry-statement', 'bare-institution')})"
)
"""An institution named without its state: under a dateline, the agency's own."""
_ORGANISATION_GAP: Final = 40
_DATE_REACH: Final = 30
_OTHER_VERB: Final = re.compile(
    rf"\b(?:{either('declaration.ministry-statement', 'clause-word')})\b(?! (?:a|ont)\b)"
)
"""A word that starts another clause between a subject and the verb, which then is not
its verb (the auxiliary of the verb itself excepted)."""
_INSERTION: Final = re.compile(r",[^,]{0,60},")
"""An insertion between commas: ", mercredi,", ", dans un communiqué,"."""
_CALL_NOT_APPEAL: Final = re.compile(
    rf"[^.;]{{0,40}}\b(?:{either('declaration.ministry-statement', 'call-word')})"
)
_PERSON_SUBJECT: Final = re.compile(
    rf"\b(?:{either('declaration.ministry-statement', 'person')})s?\b"
)
_PARTY_KINDS: Final = frozenset({"name", "demonym", "organisation", "acronym", "institution"})
_OWN_NAMES: Final = frozenset({"name", "organisation", "acronym", "institution"})


def _issuer(
    prepared: Prepared, reading: SentenceReading, verb_start: int, home: str | None = None
) -> tuple[str, int] | None:
    """The state or organisation whose institution (or whose own name) is the subject
    of the verb starting at ``verb_start``, and where the subject starts; or None."""
    key = prepared.key
    s_start = reading.sentence.start
    lo = max(s_start, verb_start - _MAX_SUBJECT)
    heads = list(_INSTITUTION.finditer(key, lo, verb_start))
    if heads:
        head = heads[-1]
        between = _INSERTION.sub(" ", key[head.end() : verb_start])
        if _OTHER_VERB.search(between) is None and _PERSON_SUBJECT.search(between) is None:
            for mention in reading.parties:
                if (
                    head.end() <= mention.start < verb_start
                    and mention.category == "party"
                    and mention.detail in _PARTY_KINDS
                ):
                    return mention.value, head.start()
            if home is not None and _BARE_MINISTRY.match(prepared.key, head.start()):
                return home, head.start()  # "le ministère des Affaires étrangères" (APS)
            return None
    # a state or an organisation by its own name: "l'Union africaine a appelé …"
    for mention in reversed(reading.parties):
        if mention.end > verb_start or verb_start - mention.end > _ORGANISATION_GAP:
            continue
        if mention.category != "party" or mention.detail not in _OWN_NAMES:
            continue
        between = _INSERTION.sub(" ", key[mention.end : verb_start])
        clause = key[max(s_start, mention.start - 40) : mention.start]
        if _OTHER_VERB.search(between) is None and _PERSON_SUBJECT.search(clause) is None:
            return mention.value, mention.start
        return None
    return None


_RELATED_LINK: Final = re.compile(r"\s*(?:>>|»|(?:a )?lire (?:aussi|egalement)|voir aussi)")
"""A line that links to another article of the site (">> Le Vietnam appelle …", "Lire
aussi : …"): its headline reports nothing of this article."""


def _link_to_another_article(prepared: Prepared, reading: SentenceReading) -> bool:
    """Whether the sentence lies on a line that links to another article."""
    start, _end = prepared.paragraphs[reading.sentence.paragraph]
    return _RELATED_LINK.match(prepared.key, start) is not None


def _near_date(reading: SentenceReading, verb: tuple[int, int]) -> DateValue | None:
    """The date within a short reach of the verb ("a condamné, mercredi,"), else None."""
    best: tuple[int, DateValue | None] | None = None
    for mention in reading.dates:
        gap = mention.start - verb[1] if mention.start >= verb[1] else verb[0] - mention.end
        if 0 <= gap <= _DATE_REACH and (best is None or gap < best[0]):
            best = (gap, mention.value)
    return best[1] if best else None


@attrs.define
class _Found:
    """What the pass knows of one document's statements as it reads the sentences."""

    out: list[Draft]
    """The drafts so far, in sentence order."""
    issuers: set[frozenset[str]]
    """The parties of every declaration so far."""
    own: dict[str, Draft] = attrs.Factory(dict)
    """The statement this pass added for each issuer."""

    def add(self, draft: Draft, code: str) -> None:
        """Add ``draft``, the statement of ``code``, after the drafts of its sentence."""
        at = next(
            (i for i, d in enumerate(self.out) if d.sentence > draft.sentence), len(self.out)
        )
        self.out.insert(at, draft)
        self.issuers.add(frozenset({code}))
        self.own[code] = draft

    def add_speakers(self, code: str, speakers: list[PersonMention]) -> None:
        """Name on the statement of ``code`` the ``speakers`` it does not name yet."""
        known = {p.name for p in self.own[code].persons}
        self.own[code].persons.extend(p for p in speakers if p.name not in known)


def _call_not_appeal(prepared: Prepared, verb: re.Match[str], s_end: int) -> bool:
    """Whether the verb is "appeler" as in a telephone call ("a appelé son homologue")."""
    return verb.group().endswith(("appelle", "appellent", "appele")) and (
        _CALL_NOT_APPEAL.match(prepared.key, verb.end(), s_end) is not None
    )


def _speakers(
    reading: SentenceReading, subject: int, verb_start: int, code: str
) -> list[PersonMention]:
    """The spokespersons named in the subject, who speak for the issuer ``code``."""
    return [
        attrs.evolve(p, party=p.party or code)
        for p in reading.persons
        if subject <= p.start < verb_start
    ]


def _read_sentence(
    prepared: Prepared,
    reading: SentenceReading,
    home: str | None,
    published: PartialDate | None,
    found: _Found,
) -> None:
    """Add to ``found`` the first statement of the sentence, if any: a new issuer's, or
    the spokespersons of one already found."""
    for verb in _VERB.finditer(prepared.key, reading.sentence.start, reading.sentence.end):
        if _call_not_appeal(prepared, verb, reading.sentence.end):
            continue
        issuer = _issuer(prepared, reading, verb.start(), home)
        if issuer is None:
            continue
        code, subject = issuer
        speakers = _speakers(reading, subject, verb.start(), code)
        if code in found.own:  # the same statement again, maybe with its spokesperson's name
            found.add_speakers(code, speakers)
            return
        if frozenset({code}) in found.issuers:
            continue
        draft = _draft(prepared, reading, verb.span(), code, published)
        draft.persons = speakers
        found.add(draft, code)
        return


def statements(
    prepared: Prepared,
    readings: Sequence[SentenceReading],
    drafts: list[Draft],
    published: PartialDate | None,
) -> list[Draft]:
    """``drafts`` with the official statements assembly left out, each after the drafts
    of the sentences before it."""
    candidates = {prepared.sentence_at(at) for at in occurrences(prepared.key, _STEMS)}
    if not candidates:
        return drafts  # no verb of reaction anywhere: the common case, one scan
    home = dateline_state(prepared, readings)
    declared = {d.sentence for d in drafts if d.kind == "declaration"}
    found = _Found(
        out=list(drafts),
        issuers={frozenset(d.parties) for d in drafts if d.kind == "declaration"},
    )
    for reading in readings:
        if reading.index not in candidates or reading.index in declared:
            continue
        if _link_to_another_article(prepared, reading):
            continue
        _read_sentence(prepared, reading, home, published, found)
    return found.out


def _draft(
    prepared: Prepared,
    reading: SentenceReading,
    verb: tuple[int, int],
    code: str,
    published: PartialDate | None,
) -> Draft:
    """A statement of ``code`` by the verb at ``verb``, dated by a date next to the verb
    only: a statement the text does not date has no date."""
    date = _near_date(reading, verb)
    sectors = {sector for _s, _e, sector in reading.sectors} | {"politics"}
    return Draft(
        kind="declaration",
        sentence=reading.index,
        anchor=verb,
        parties={code},
        subtype="statement",
        date=date,
        sectors=sectors,
        evidence=[(reading.sentence.start, reading.sentence.end)],
    )
