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

import attr
import attrs

from diplorel.extract._assemble import Draft, SentenceReading
from diplorel.extract._draft import insert_after_sentence
from diplorel.extract._guard import WordStart
from diplorel.extract._knowledge import _main_pair
from diplorel.extract._reading import readings_by_index
from diplorel.extract._text import Prepared
from diplorel.extract._venues import dateline_state
from diplorel.extract._visits import occurrences, scanned
from diplorel.extract._words import alternation, either, forms, phrases
from diplorel.extract.recognise._mentions import Mention, PersonMention
from diplorel.model import DateSpan, DateValue, PartialDate

__all__ = ["REACTION_SCAN", "heading_labels", "one_day", "own_time", "statements"]

_VERB: Final = re.compile(
    rf"\b(?:(?:a|ont) (?:(?:\w+ment|{either('declaration.ministry-statement', 'adverb')}) )?)?"
    rf"(?:{either('declaration.ministry-statement', 'reaction-verb')}|"
    rf"(?:{either('declaration.ministry-statement', 'respond')})(?= a| aux?\b)|"
    rf"(?:{either('declaration.ministry-statement', 'qualify')})(?= [^.;]{{1,80}}? d(?:e |'))|"
    rf"(?:{either('declaration.ministry-statement', 'express')}) (?:[^\s,.;]+ ){{0,2}}?"
    rf"(?:{either('declaration.ministry-statement', 'possessive')}) (?:[«\"] ?)?"
    rf"(?:(?:{either('declaration.ministry-statement', 'feeling-adjective')}) )?"
    rf"(?:{either('declaration.ministry-statement', 'feeling')})|"
    rf"(?P<of>{either('declaration.feeling-of', 'express')}) (?:[^\s,.;]+ ){{0,2}}?"
    rf"(?:{either('declaration.feeling-of', 'definite')}) "
    rf"(?:(?:{either('declaration.ministry-statement', 'feeling-adjective')}) )?"
    rf"(?:{either('declaration.ministry-statement', 'feeling')})"
    rf"(?= (?:{either('declaration.feeling-of', 'owner')})\b)|"
    rf"(?:{either('declaration.ministry-statement', 'follow')}) "
    rf"(?:(?:{either('declaration.ministry-statement', 'follow-article')}) )?"
    rf"(?:(?:{either('declaration.ministry-statement', 'feeling-adjective')}) )?"
    rf"(?:{either('declaration.ministry-statement', 'follow-manner')})|"
    rf"(?:{either('declaration.ministry-statement', 'self-say')}) (?:\w+ment )?"
    rf"(?:{either('declaration.ministry-statement', 'self-state')}))\b"
)
"""A verb of reaction, present or passé composé, with an optional adverb; a feeling
expressed or restated (« a exprimé mardi son inquiétude », « réitère son appel », the
feeling quoted: « a exprimé sa « vive préoccupation » »); a matter followed with concern
(« suit avec une vive préoccupation »); a state said of oneself (« s'est dite
profondément préoccupée »)."""
_VERB_SCAN: Final = WordStart(_VERB)
""":data:`_VERB` searched from blank to blank (see :mod:`diplorel.extract._guard`)."""
REACTION_SCAN: Final = _VERB_SCAN
"""The verbs of reaction, for the passes that read what a text says."""
_STEMS: Final = scanned(forms("declaration.ministry-statement", "stem"))
"""The stems of :data:`_VERB`, found in one scan of the text before it is tried."""

_IN_THE_TEXT: Final = re.compile(rf"\by (?:{either('declaration.ministry-statement', 'in-it')})")
"""« y » before a verb of reaction (« y exhorte », « y appelle »): in the text that the
sentence before reports, whose content it goes on with."""

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
_COMPLEMENT_OF: Final = re.compile(r"\b(?:de|d')\s*$")
"""« les chefs de la diplomatie », « le porte-parole de la diplomatie »: the bare
institution is the complement of who speaks, not the subject."""
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
_PERSON_OF: Final = re.compile(
    rf"\b(?:{either('declaration.ministry-statement', 'person')})s?\s+(?:de|d')\s*$"
)
"""« le chef de la diplomatie », « l'ancien ministre du gouvernement »: the institution
is the complement of a person's title; the person speaks, not the institution (rule
``declaration.person-remark``; « le porte-parole de la diplomatie » speaks for it)."""
_PARTY_KINDS: Final = frozenset({"name", "demonym", "organisation", "acronym", "institution"})
_OWN_NAMES: Final = frozenset({"name", "organisation", "acronym", "institution"})


def _bare_subject(prepared: Prepared, s_start: int, head: int) -> bool:
    """Whether an institution named without its state starts at ``head`` as a subject,
    not as the complement of who speaks (« les chefs de la diplomatie »)."""
    if _BARE_MINISTRY.match(prepared.key, head) is None:
        return False
    return _COMPLEMENT_OF.search(prepared.key, s_start, head) is None


def _issuer(
    prepared: Prepared,
    reading: SentenceReading,
    verb_start: int,
    home: str | None = None,
    *,
    remarks: bool = True,
) -> tuple[str, int] | None:
    """The state or organisation whose institution (or whose own name) is the subject
    of the verb starting at ``verb_start``, and where the subject starts; or None (with
    ``remarks``, rule ``declaration.person-remark``, also when a person is the subject:
    see :func:`_not_a_subject`)."""
    key = prepared.key
    s_start = reading.sentence.start
    lo = max(s_start, verb_start - _MAX_SUBJECT)
    heads = list(_INSTITUTION.finditer(key, lo, verb_start))
    if heads:
        head = heads[-1]
        if remarks and _PERSON_OF.search(key, max(s_start, head.start() - 30), head.start()):
            return None  # « le chef de la diplomatie belge plaide »: a person speaks
        between = _INSERTION.sub(" ", key[head.end() : verb_start])
        if _OTHER_VERB.search(between) is None and _PERSON_SUBJECT.search(between) is None:
            for mention in reading.parties:
                if (
                    head.end() <= mention.start < verb_start
                    and mention.category == "party"
                    and mention.detail in _PARTY_KINDS
                ):
                    return mention.value, head.start()
            if home is not None and _bare_subject(prepared, s_start, head.start()):
                return home, head.start()  # "le ministère des Affaires étrangères" (APS)
            return None
    return _named_issuer(prepared, reading, verb_start, remarks=remarks)


def _named_issuer(
    prepared: Prepared, reading: SentenceReading, verb_start: int, *, remarks: bool
) -> tuple[str, int] | None:
    """A state or an organisation by its own name (« l'Union africaine a appelé … »)
    as the subject of the verb at ``verb_start``, and where it starts; or None."""
    key = prepared.key
    s_start = reading.sentence.start
    for mention in reversed(reading.parties):
        if mention.end > verb_start:
            continue
        if verb_start - mention.end > _ORGANISATION_GAP and (
            not key.startswith(",", mention.end)
            or len(_INSERTION.sub(" ", key[mention.end : verb_start])) > _ORGANISATION_GAP
        ):
            continue  # « Le Sénégal, par la voix de son ministère …, a condamné »: near enough
        if mention.category != "party":
            continue
        if mention.detail == "capital":
            return _capital_subject(prepared, reading, mention, verb_start)
        if mention.detail not in _OWN_NAMES:
            continue
        between = _INSERTION.sub(" ", key[mention.end : verb_start])
        clause = key[max(s_start, mention.start - 40) : mention.start]
        if remarks and _not_a_subject(prepared, reading, mention, between):
            return None
        if _OTHER_VERB.search(between) is None and _PERSON_SUBJECT.search(clause) is None:
            return mention.value, mention.start
        return None
    return None


_GOVERNED: Final = re.compile(
    rf"\b(?:{either('declaration.person-remark', 'preposition')})\s*(?:l'|la |le |les )?$"
)
"""A preposition before a name, which is then no subject of the verb after it (« de »
is none of them: it also joins a gathering to its organisation, « la session de la Ligue
arabe, les délégations ont condamné », and is the « de » of a state's formal name)."""
_GOVERNED_REACH: Final = 12
_RELATIVE: Final = re.compile(rf"\s*(?:{either('declaration.person-remark', 'relative')})\b")
"""A relative clause after a comma, whose names are no subject of the main verb."""


def _not_a_subject(
    prepared: Prepared, reading: SentenceReading, mention: Mention, between: str
) -> bool:
    """Rule ``declaration.person-remark``: whether a name before a verb of reaction is no
    subject of it, so that the words are a person's: the name is governed by a
    preposition (« en Norvège, où il a dénoncé ») or stands in a relative clause (« X,
    dont c'était la première visite en Norvège, a dénoncé »), a person's title stands
    between it and the verb (« CEDEAO : le président de la Commission plaide »), or a
    headline gives its speaker before a colon (« Lavrov à Ankara : la Russie appelle
    … »)."""
    key = prepared.key
    start = reading.sentence.start
    if _GOVERNED.search(key, max(start, mention.start - _GOVERNED_REACH), mention.start):
        return True
    comma = key.rfind(",", start, mention.start)
    if comma != -1 and _RELATIVE.match(key, comma + 1, mention.start):
        return True  # « X, dont c'était la visite en Norvège, a dénoncé »
    if _PERSON_SUBJECT.search(between):
        return True
    colon = key.rfind(":", start, mention.start)
    if colon == -1:
        return False
    return _PERSON_SUBJECT.search(key, start, colon) is not None or any(
        start <= person.start and person.end <= colon for person in reading.persons
    )


_CAPITAL_BEFORE: Final = re.compile(r"(?:^|[,;:(]\s*|\bet\s+)$")
"""Before a capital that is a subject: the start of the sentence or of a clause."""
_CAPITAL_GAP: Final = re.compile(
    rf"\s*(?:(?:{either('declaration.ministry-statement', 'gap-auxiliary')}|\w+ment|"
    rf"{either('declaration.ministry-statement', 'gap-adverb')})\s+)*"
)
"""Between a capital that is a subject and its verb: an auxiliary, an adverb."""


def _capital_subject(
    prepared: Prepared, reading: SentenceReading, mention: Mention, verb_start: int
) -> tuple[str, int] | None:
    """« Moscou a dénoncé … », « Pékin s'oppose … »: a capital that is the subject of a
    verb of reaction speaks for its government; « à Moscou » is a place."""
    key = prepared.key
    start = reading.sentence.start
    clause_start = mention.start == start or _CAPITAL_BEFORE.search(
        key, max(start, mention.start - 8), mention.start
    )
    if not clause_start:
        return None
    if not _CAPITAL_GAP.fullmatch(key, mention.end, verb_start):
        return None
    return mention.value, mention.start


_RELATED_LINK: Final = re.compile(
    rf"\s*(?:>>|»|{either('declaration.ministry-statement', 'related-link')})"
)
"""A line that links to another article of the site (">> Le Vietnam appelle …", "Lire
aussi : …"): its headline reports nothing of this article."""


_BULLET: Final = re.compile(r"\s*[-–—•*]\s")
"""An item of a list of lines: « - », « • »."""


def _link_to_another_article(prepared: Prepared, reading: SentenceReading) -> bool:
    """Whether the sentence lies on a line that links to another article: one that
    says so, or an item of the list of lines such a line heads (« Lire aussi : » then
    « - Nil : Le Caire réitère son appel … »)."""
    index = reading.sentence.paragraph
    start, _end = prepared.paragraphs[index]
    if _RELATED_LINK.match(prepared.key, start) is not None:
        return True
    while index > 0 and _BULLET.match(prepared.key, prepared.paragraphs[index][0]):
        index -= 1
        if _RELATED_LINK.match(prepared.key, prepared.paragraphs[index][0]) is not None:
            return True
    return False


_TEXT_CONTENT: Final = re.compile(
    rf"\b(?:{either('declaration.ministry-statement', 'text-content')})\s+(?:l'|le |la |les )?$"
)
"""« une déclaration dans laquelle l'UE réaffirme … »: what a text says, before its
subject."""
_PASSIVE_AGENT: Final = re.compile(
    rf"\s+(?:{either('declaration.ministry-statement', 'passive-agent')})\b"
)
"""« un déjeuner critiqué par des militants »: a bare participle with its agent."""


_NOT_ITS_VERB: Final = re.compile(
    r"(?:[»\"]\s*,\s*|\b(?:"
    rf"{either('declaration.ministry-statement', 'infinitive-auxiliary')})\s+)$"
)
"""Before a verb that is not the subject's statement: a reporting clause after a quote
(« « La France sera au rendez-vous », a averti le ministre »: its subject follows) or a
past infinitive (« a remercié les autorités d'avoir exprimé leurs condoléances »)."""


def _not_its_own(prepared: Prepared, verb: re.Match[str], subject: int) -> bool:
    """Whether the verb at ``verb`` is a passive participle (« critiqué par »; not « s'est
    dite préoccupée par », a state said of oneself), a reporting clause or a past
    infinitive (:data:`_NOT_ITS_VERB`), or its
    subject ``subject`` opens a clause telling a text's content (« dans laquelle »):
    no statement of the subject's own."""
    key = prepared.key
    bare = not verb.group().startswith((*_PAST_AUXILIARIES, "se ", "s'"))
    if bare and _PASSIVE_AGENT.match(key, verb.end()):
        return True
    if _TEXT_CONTENT.search(key, max(0, subject - 20), subject) is not None:
        return True
    return _NOT_ITS_VERB.search(key, max(0, verb.start() - 12), verb.start()) is not None


def _near_date(reading: SentenceReading, verb: tuple[int, int]) -> DateValue | None:
    """The date within a short reach of the verb ("a condamné, mercredi,"), else None."""
    best: tuple[int, DateValue | None] | None = None
    for mention in reading.dates:
        gap = mention.start - verb[1] if mention.start >= verb[1] else verb[0] - mention.end
        if verb[0] <= mention.start and mention.end <= verb[1]:
            gap = 0  # « a exprimé mardi son inquiétude »: inside the verb's phrase
        if 0 <= gap <= _DATE_REACH and (best is None or gap < best[0]):
            best = (gap, mention.value)
    return best[1] if best else None


@attr.s(auto_attribs=True, slots=False, order=False)  # native when compiled
class _Found:
    """What the pass knows of one document's statements as it reads the sentences."""

    out: list[Draft]
    """The drafts so far, in sentence order."""
    issuers: set[frozenset[str]]
    """The parties of every declaration so far."""
    own: dict[str, Draft] = attr.Factory(dict)
    """The statement this pass added for each issuer."""

    def add(self, draft: Draft, code: str) -> None:
        """Add ``draft``, the statement of ``code``, after the drafts of its sentence."""
        insert_after_sentence(self.out, draft.sentence, [draft])
        self.issuers.add(frozenset({code}))
        self.own[code] = draft

    def add_speakers(self, code: str, speakers: list[PersonMention]) -> None:
        """Name on the statement of ``code`` the ``speakers`` it does not name yet."""
        known = {p.name for p in self.own[code].persons}
        self.own[code].persons.extend(p for p in speakers if p.name not in known)


_CALL_VERB_ENDINGS: Final = forms("declaration.ministry-statement", "call-verb-ending")
"""The endings of a form of "appeler" (folded) that may be a call rather than an appeal."""


def _call_not_appeal(prepared: Prepared, verb: re.Match[str], s_end: int) -> bool:
    """Whether the verb is "appeler" as in a telephone call ("a appelé son homologue")."""
    return verb.group().endswith(_CALL_VERB_ENDINGS) and (
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
    *,
    bare_only: bool = False,
    off: frozenset[str] = frozenset(),
) -> None:
    """Add to ``found`` the first statement of the sentence, if any: a new issuer's, or
    the spokespersons of one already found (with ``bare_only``, only of an institution
    named without its state, taken as ``home``'s; the rules of ``off`` switched off)."""
    remarks = "declaration.person-remark" not in off
    for verb in _VERB_SCAN.finditer(prepared.key, reading.sentence.start, reading.sentence.end):
        if _call_not_appeal(prepared, verb, reading.sentence.end):
            continue
        if verb.group("of") and "declaration.feeling-of" in off:
            continue
        issuer = _issuer(prepared, reading, verb.start(), home, remarks=remarks)
        if issuer is None:
            continue
        if bare_only and _issuer(prepared, reading, verb.start(), remarks=remarks) is not None:
            continue  # an issuer of its own name: rule declaration.ministry-statement's
        code, subject = issuer
        if _not_its_own(prepared, verb, subject):
            continue
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


def _own_side(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: Sequence[Draft]
) -> str | None:
    """The side the article names most among the sides of its events, if any."""
    actors = {code for d in drafts if not d.background for code in d.parties}
    return next((c for c in _main_pair(prepared, readings) if c in actors), None)


def statements(
    prepared: Prepared,
    readings: Sequence[SentenceReading],
    drafts: list[Draft],
    published: PartialDate | None,
    *,
    own_side: bool = False,
    off: frozenset[str] = frozenset(),
) -> list[Draft]:
    """``drafts`` with the official statements assembly left out, each after the drafts
    of the sentences before it.

    With ``own_side`` (rule ``declaration.own-side``), run after the rule
    ``declaration.ministry-statement``: in an article with no dateline, an institution
    named without its state (« le ministère des Affaires étrangères a salué … ») is that
    of the article's own side, the one it names most (news names its own country's
    ministry bare), when it is a side of another event of the article (not only a place
    or a matter, « l'attentat de Mogadiscio »); only the statements so found are added.
    The rules named in ``off`` are switched off: ``declaration.person-remark`` (a verb
    whose subject is a person, « le chef de la diplomatie belge plaide », makes no
    statement) and ``declaration.feeling-of`` (« a exprimé la solidarité du Royaume »
    is a verb of reaction)."""
    candidates = {prepared.sentence_at(at) for at in occurrences(prepared, _STEMS)}
    if not candidates:
        return drafts  # no verb of reaction anywhere: the common case, one scan
    home = dateline_state(prepared, readings)
    if own_side:
        if home is not None:
            return drafts  # the dateline's state: the first run read it already
        # only a sentence naming an institution bare can give this run a statement
        candidates &= {
            prepared.sentence_at(m.start()) for m in _BARE_MINISTRY.finditer(prepared.key)
        }
        if not candidates:
            return drafts
        home = _own_side(prepared, readings, drafts)
        if home is None:
            return drafts  # the side named most is no actor: a place, a matter
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
        before = reading.index - 1
        said = before in declared or any(d.sentence == before for d in found.own.values())
        if said and _IN_THE_TEXT.search(
            prepared.key, reading.sentence.start, reading.sentence.end
        ):
            continue  # « Le gouvernement y exhorte … »: what the text just reported says
        _read_sentence(prepared, reading, home, published, found, bare_only=own_side, off=off)
    _complete(readings, found)
    return found.out


_STRETCH: Final = 3
"""Sentences after a statement that still speak of it (its sectors)."""
_SPOKESPERSON_ROLES: Final = forms(
    "declaration.ministry-statement", "spokesperson-role", folded=False
)
"""What a person's role holds when they speak for the issuer (« porte-parole »)."""


def _complete(readings: Sequence[SentenceReading], found: _Found) -> None:
    """Give each statement the pass added what the next sentences say of it: their
    sectors until the next event, and the issuer's spokesperson named there (« a
    déclaré le porte-parole du ministère, X »)."""
    starts = sorted({d.sentence for d in found.out})
    for code, draft in found.own.items():
        later = [s for s in starts if s > draft.sentence]
        stop = min([*later, draft.sentence + 1 + _STRETCH])
        for reading in readings:
            if draft.sentence < reading.index < stop:
                draft.sectors.update(sector for _s, _e, sector in reading.sectors)
            if reading.index < draft.sentence or draft.persons:
                continue
            for person in reading.persons:
                if (
                    person.role
                    and any(role in person.role for role in _SPOKESPERSON_ROLES)
                    and person.party in {None, code}
                ):
                    draft.persons.append(attrs.evolve(person, party=code))
                    break


def _draft(
    prepared: Prepared,
    reading: SentenceReading,
    verb: tuple[int, int],
    code: str,
    published: PartialDate | None,
) -> Draft:
    """A statement of ``code`` by the verb at ``verb``, its own (``reaction``), dated by a
    date next to the verb only: a statement the text does not date has no date."""
    date = _near_date(reading, verb)
    sectors = {sector for _s, _e, sector in reading.sectors} | {"politics"}
    draft = Draft(
        kind="declaration",
        sentence=reading.index,
        anchor=verb,
        parties={code},
        subtype="statement",
        date=date,
        sectors=sectors,
        evidence=[(reading.sentence.start, reading.sentence.end)],
    )
    draft.reaction = True
    return draft


_AFTER_VERB_DATE: Final = re.compile(
    rf"[\s,]*(?:\w+ment[\s,]+)?(?:(?:{either('declaration.own-date', 'before-date')})\s+)?"
)
"""What may stand between a verb in the passé composé and its own date ("a condamné,
mercredi,", "a salué ce lundi", "a condamné fermement mardi"): nothing of the verb's
object."""


_PAST_PHRASES: Final = forms("declaration.own-date", "past-phrase", folded=False)
_PAST_AUXILIARIES: Final = tuple(
    f"{word} " for word in forms("declaration.own-date", "past-auxiliary", folded=False)
)


def _past_tense(prepared: Prepared, anchor: tuple[int, int]) -> bool:
    """Whether the verb of reaction at ``anchor`` is a past participle ("a condamné",
    "ont salué", "s'est félicité"): the accent the folded key has lost tells it."""
    word = prepared.text[anchor[0] : anchor[1]].rstrip().lower()
    return word.endswith(("é", "ée", "és", "ées", *_PAST_PHRASES)) or word.startswith(
        _PAST_AUXILIARIES
    )


def _own_date(
    prepared: Prepared, reading: SentenceReading, anchor: tuple[int, int], past: bool
) -> DateValue | None:
    """The statement's own date in its sentence: one in its subject, before the verb
    ("Mercredi, le Maroc a condamné"), or, for a verb in the passé composé, right after
    it ("a condamné, mercredi,"); never one in what the verb is about."""
    own = None
    for mention in reading.dates:
        if anchor[0] <= mention.start and mention.end <= anchor[1]:
            return mention.value  # « a exprimé mardi son inquiétude »
        if mention.end <= anchor[0]:
            own = mention.value  # the last one before the verb
        elif past and mention.start >= anchor[1]:
            if _AFTER_VERB_DATE.fullmatch(prepared.key, anchor[1], mention.start):
                return mention.value
            break
    return own


def _own_place(prepared: Prepared, reading: SentenceReading, anchor: tuple[int, int]) -> bool:
    """Whether a city is named before the verb of the statement ("À Alger, le ministère
    a condamné …"): a place after it is the place of what it speaks about."""
    return any(
        m.end <= anchor[0] and m.detail in {"capital", "city"} and m.category == "party"
        for m in reading.parties
    )


def _in_object(reading: SentenceReading, draft: Draft) -> bool:
    """Whether the draft's date is one named after its verb: the date of its object."""
    return draft.date is not None and any(
        m.start >= draft.anchor[1] and m.value == draft.date for m in reading.dates
    )


def _place_in_object(prepared: Prepared, reading: SentenceReading, draft: Draft) -> bool:
    """Whether the draft's place is a city named after its verb: its object's place."""
    return draft.place is not None and any(
        m.start >= draft.anchor[1]
        and m.detail in {"capital", "city"}
        and prepared.text[m.start : m.end] in draft.place
        for m in reading.parties
    )


_ACT: Final = re.compile(rf"\b(?:{either('declaration.own-date', 'act')})\b")
"""A statement that is an act (« a rompu ses relations diplomatiques »), not about one."""


def own_time(
    prepared: Prepared,
    readings: Sequence[SentenceReading],
    drafts: Sequence[Draft],
    published: PartialDate | None,
) -> None:
    """Date and place a state's statement by itself, not by what it speaks about.

    "La France salue la signature, le 27 juin à Washington, de l'accord …": the
    signing is of 27 June in Washington; the statement is of the day the text is
    published (a verb of reaction in the present tense says so), and where its
    dateline says. A statement in the passé composé keeps a date of its own
    ("a condamné, mercredi,"), never one in its object. Drafts are changed in place;
    a place dropped here is given by the dateline afterwards
    (:func:`~diplorel.extract._venues.place_fallbacks`).
    """
    by_index = readings_by_index(readings)
    for draft in drafts:
        if draft.kind != "declaration" or draft.subtype != "statement" or draft.background:
            continue
        if not draft.reaction:
            continue
        reading = by_index.get(draft.sentence)
        if reading is None or not reading.sentence.start <= draft.anchor[0] < reading.sentence.end:
            continue
        if _ACT.search(prepared.key, *draft.anchor):
            continue  # « a rompu ses relations avec X en mars »: the act's own date
        past = _past_tense(prepared, draft.anchor)
        date = _own_date(prepared, reading, draft.anchor, past)
        if date is None:
            if not past:
                date = published  # "La France salue …": the statement is the article's news
            elif not _in_object(reading, draft):
                date = draft.date
        place = draft.place
        if not _own_place(prepared, reading, draft.anchor) and (
            not past or _place_in_object(prepared, reading, draft)
        ):
            place = None
        if (date, place) != (draft.date, draft.place):
            draft.date, draft.place = date, place
            draft.trace("declaration.own-date")


_LABEL: Final = re.compile(
    r"\s+(?:de la |du |de l'|des )"
    rf"(?:{alternation(phrases('declaration.heading-label', 'speaker'))})\b"
)
"""« Déclaration de la porte-parole du ministère … »: whose statement the page is."""
_LABEL_LINE: Final = 160
"""The longest line read as a heading."""


def _is_label(prepared: Prepared, draft: Draft) -> bool:
    """Whether the draft is a heading that names the page's own statement: a short line
    of its own, « Déclaration » or « Communiqué » then who speaks."""
    start, end = draft.anchor
    if not prepared.text[start : start + 1].isupper():
        return False
    line_start = prepared.text.rfind("\n", 0, start) + 1
    line_end = prepared.text.find("\n", end)
    line_end = len(prepared.text) if line_end == -1 else line_end
    if line_end - line_start > _LABEL_LINE or prepared.text[line_start:start].strip():
        return False
    return _LABEL.match(prepared.key, end) is not None


def heading_labels(prepared: Prepared, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` without the page heading that labels the statement its body reports.

    A ministry's page is headed « Déclaration de la porte-parole » or « Communiqué du
    ministère des Affaires étrangères » above the statement itself (« La France salue
    … »): the heading is that statement, not a second one, and the parties the
    heading's line gives it are only the page's topic. It is dropped where the body
    reports a state's statement of its own; elsewhere it stays.
    """
    own = [
        d for d in drafts if d.kind == "declaration" and d.subtype == "statement" and d.reaction
    ]
    if not own:
        return drafts
    return [d for d in drafts if d.kind != "declaration" or d in own or not _is_label(prepared, d)]


_CLOSING: Final = re.compile(rf"\b(?:{alternation(phrases('declaration.one-day', 'closing'))})\b")
"""« le communiqué final », « publiée à l'issue de la visite »: issued as it ended."""
_CLOSING_REACH: Final = 60


def one_day(prepared: Prepared, drafts: Sequence[Draft]) -> None:
    """Date a declaration by one day where it has the range of the visit or session it
    was issued at: a text is issued on one day, the last one when it closed the
    gathering (« le communiqué final », « à l'issue des travaux »), else the first (a
    declaration adopted during a visit is dated from its start). Drafts are changed in
    place.
    """
    for draft in drafts:
        if draft.kind != "declaration" or not isinstance(draft.date, DateSpan):
            continue
        start, end = draft.anchor
        lo = max(0, start - _CLOSING_REACH)
        closing = _CLOSING.search(prepared.key, lo, min(len(prepared.key), end + 20))
        draft.date = draft.date.end if closing else draft.date.start
        draft.trace("declaration.one-day")
