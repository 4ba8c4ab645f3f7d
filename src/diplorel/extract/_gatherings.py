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
from functools import cache
from itertools import pairwise
from os.path import commonprefix
from typing import Final

from diplorel._tsv import read_table
from diplorel.extract._assemble import Draft, SentenceReading
from diplorel.extract._draft import insert_after_sentence
from diplorel.extract._guard import WordStart
from diplorel.extract._reading import readings_by_index
from diplorel.extract._statements import REACTION_SCAN
from diplorel.extract._text import Prepared
from diplorel.extract._visits import has_visit, occurrences, scanned
from diplorel.extract._words import (
    alternation,
    either,
    forms,
    longest_first,
    numbers,
    phrases,
    words_pattern,
)
from diplorel.extract.recognise._mentions import Mention, PersonMention
from diplorel.extract.rules._cues import state_code
from diplorel.extract.rules._declaration import _RELAYED
from diplorel.model import DateValue

__all__ = [
    "attended",
    "bodies_met",
    "brought_together",
    "delegations_at",
    "earlier_sittings",
    "frame_gatherings",
    "gathered",
    "gathering_texts",
    "gatherings",
    "gatherings_again",
    "heads_bodies",
    "heads_summits",
    "listed_participants",
    "participants",
    "summit_trips",
]

_GATHERING: Final = re.compile(rf"\b(?P<noun>{either('consultation.gathering', 'gathering')})s?\b")
_GATHERING_SCAN: Final = WordStart(_GATHERING)
_SUMMIT: Final = phrases("consultation.gathering", "summit")
"""The gathering's noun that makes it a summit, not a meeting (« sommet »)."""
_COMPLETED: Final = re.compile(
    rf"\b(?:(?:{either('consultation.gathering', 'reflexive')}) "
    rf"(?:{either('consultation.gathering', 'held')}|"
    rf"{either('consultation.gathering', 'closed')})e?s?|"
    rf"(?:{either('consultation.gathering', 'reflexive-plural')}) "
    rf"(?:{either('consultation.gathering', 'held')})e?s?|"
    rf"(?:{either('consultation.gathering', 'auxiliary')}) "
    rf"(?:{either('consultation.gathering', 'took-place')}|"
    rf"ete (?:{either('consultation.gathering', 'opened')})e?s?)|"
    rf"(?:a|ont) (?:{either('consultation.gathering', 'held-own')}) (?:[^\s.;,]+ ){{0,3}}?"
    rf"(?:{either('consultation.gathering', 'possessive')}) )"
)
"""The verb of a gathering that took place: it opened, was held, met, ended, held its
session (« a tenu lundi à Niamey sa deuxième session »)."""
_COMPLETED_STEMS: Final = scanned(forms("consultation.gathering", "completed-word"))
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
        state = state_code(mention.value)
        if state is None:
            continue
        if state:
            return None  # "le sommet de la Russie et de l'Afrique": not the organisation's own
        if any(
            0 <= other.start - mention.end <= _JOINED
            and other.category == "party"
            and other.value != mention.value  # its acronym after it: « … de l'Ouest (CEDEAO) »
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
    candidates = {prepared.sentence_at(at) for at in occurrences(prepared, _COMPLETED_STEMS)}
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
        for noun in _GATHERING_SCAN.finditer(key, s_start, s_end):
            verb = _COMPLETED.search(key, noun.end(), min(s_end, noun.end() + _REACH))
            if verb is None or ";" in key[noun.end() : verb.start()]:
                continue
            owner = _owner(prepared, reading, noun.end(), verb.start())
            if owner is None:
                continue
            code, _owner_end = owner
            fmt = "summit" if noun.group("noun") in _SUMMIT else "meeting"
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
            draft.own_gathering = True
            insert_after_sentence(out, reading.index, [draft])
            known.add((frozenset({code}), fmt, number))
            break
    return out


_PARTICIPATE: Final = words_pattern("consultation.participant", "participate")
_REFERENCE: Final = re.compile(
    rf"\s*(?:{longest_first('consultation.participant', 'reference')})\b"
)
"""The gathering named again after the verb: "prend part au sommet", "aux travaux"."""
_PARTICIPATION: Final = re.compile(
    rf"\b(?:{longest_first('consultation.participant', 'participation')})"
    r"\s+(?:du|de la|de l'|des|d')\s*"
)
"""« avec la participation du Maroc »: the state taking part, named in the sentence."""
_FOLLOWING: Final = 2
"""Sentences after the gathering's in which a state's taking part is looked for."""
_OWN_GATHERINGS: Final = frozenset({"summit", "meeting"})


def _is_state(code: str) -> bool:
    return state_code(code) is True


def _named_participant(prepared: Prepared, reading: SentenceReading) -> str | None:
    """The state after « avec la participation de » in the gathering's own sentence."""
    found = _PARTICIPATION.search(prepared.key, reading.sentence.start, reading.sentence.end)
    if found is None:
        return None
    for mention in reading.parties:
        if mention.start == found.end() and mention.category == "party":
            return mention.value if _is_state(mention.value) else None
    return None


def _taking_part(
    prepared: Prepared, reading: SentenceReading
) -> tuple[str, list[PersonMention]] | None:
    """The one state whose leader or delegation takes part in the gathering named again
    ("Le président X prend part au sommet"), with the persons speaking for it."""
    key = prepared.key
    for verb in _PARTICIPATE.finditer(key, reading.sentence.start, reading.sentence.end):
        if not _REFERENCE.match(key, verb.end(), reading.sentence.end):
            continue
        persons = [p for p in reading.persons if p.end <= verb.start() and p.party]
        states = {p.party for p in persons if p.party and _is_state(p.party)}
        states |= {
            m.value
            for m in reading.parties
            if m.end <= verb.start()
            and m.category == "party"
            and m.detail not in {"capital", "city"}
            and _is_state(m.value)
        }
        if len(states) != 1:
            return None  # "93 pays, dont …", or no state named: not one side
        code = next(iter(states))
        return code, [p for p in persons if p.party == code]
    return None


def participants(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: Sequence[Draft]
) -> None:
    """Add to an organisation's own gathering the state whose taking part the article
    reports: « s'est ouverte au Caire avec la participation du Maroc », or, in the
    sentences that follow, « Le président X prend part au sommet ».

    Such a gathering's parties are the organisation and the state the article is
    about. A gathering with a state among its parties already, or whose state is
    not named alone, is left as it is. Drafts are changed in place.
    """
    by_index = readings_by_index(readings)
    for draft in drafts:
        if draft.kind != "consultation" or draft.subtype not in _OWN_GATHERINGS:
            continue
        if len(draft.parties) != 1 or _is_state(next(iter(draft.parties))):
            continue
        reading = by_index.get(draft.sentence)
        if reading is None:
            continue
        code = _named_participant(prepared, reading)
        persons: list[PersonMention] = []
        for index in range(draft.sentence, draft.sentence + 1 + _FOLLOWING):
            if code is not None or index not in by_index:
                break
            found = _taking_part(prepared, by_index[index])
            if found is not None:
                code, persons = found
        if code is None:
            continue
        draft.parties.add(code)
        draft.persons.extend(p for p in persons if p not in draft.persons)
        draft.trace("consultation.participant")


_TEXT: Final = alternation(phrases("declaration.of-gathering", "text"))
_GATHER: Final = alternation(phrases("declaration.of-gathering", "gathering"))
_ARTICLE: Final = (
    rf"(?:(?:{either('declaration.of-gathering', 'article')}) "
    rf"|{either('declaration.of-gathering', 'elided-article')})?"
)
_TEXT_OF: Final = re.compile(
    rf"\b(?P<text>{_TEXT})\b(?:[^.;]{{0,60}}?\s"
    rf"(?:{longest_first('declaration.of-gathering', 'link')})\s+{_ARTICLE}"
    rf"|\s+(?:{either('declaration.of-gathering', 'of-the')})\s+)(?:{_GATHER})\b"
)
"""« la déclaration issue de ce sommet », « le communiqué final du sommet »."""
_COMMUNIQUE: Final = tuple(sorted(phrases("declaration.of-gathering", "communique")))
"""The text's noun that makes a joint communiqué, not a joint declaration."""
_OUTCOME: Final = re.compile(
    rf"\W*{_ARTICLE}(?:{_GATHER})\b[^.;]{{0,140}}?\b"
    rf"(?:{longest_first('declaration.of-gathering', 'outcome')})\s+"
    rf"(?:une |un |la |le |l')?(?P<text>{_TEXT})\b"
)
"""« La réunion des ministres … a permis d'aboutir à une déclaration commune »."""
_CLOSED_THEN_TEXT: Final = re.compile(
    rf"\b(?:{either('declaration.of-gathering', 'closing')}) "
    rf"(?:{either('declaration.of-gathering', 'closing-determiner')})\s*(?:{_GATHER})\b"
    rf"[^.;]{{0,80}}?\b(?:{either('declaration.of-gathering', 'adopted')})\s+"
    r"(?:une |un |la |le |l')?(?:[«\"]\s*)?"
    rf"(?P<text>{_TEXT})\b"
)
"""« À l'issue du sommet, les dirigeants ont adopté la Déclaration de Séoul », « au terme
de leurs travaux, les ministres ont publié un communiqué final »: a text the participants
adopted as the gathering closed (rule ``declaration.closing-text``)."""
_CLOSING_WORDS: Final = scanned(forms("declaration.of-gathering", "closing"))
"""The words of :data:`_CLOSED_THEN_TEXT` found in one scan before it is tried."""
_TEXT_STEMS: Final = scanned(forms("declaration.of-gathering", "stem"))
_FINAL_TEXT: Final = re.compile(
    rf"\b(?P<text>{longest_first('declaration.of-gathering', 'final-text')})\b"
)
"""« le communiqué final », « la déclaration finale »: a text that closed a gathering."""


def _final_text_stating(prepared: Prepared, reading: SentenceReading) -> re.Match[str] | None:
    """« Dans le communiqué final, la Conférence a condamné … »: a final text named with
    no gathering, whose sentence states what it says by a verb of reaction after it."""
    key = prepared.key
    found = _FINAL_TEXT.search(key, reading.sentence.start, reading.sentence.end)
    if found is None:
        return None
    verb = REACTION_SCAN.search(key, found.end(), reading.sentence.end)
    return found if verb is not None else None


def _gathering_of(drafts: Sequence[Draft], sentence: int) -> Draft | None:
    """The gathering a text issued by it names: the last summit, commission session or
    multilateral meeting reported up to ``sentence``."""
    found = None
    for draft in drafts:
        if draft.sentence > sentence:
            break
        if draft.kind != "consultation" or draft.subtype in {"visit", "phone_call"}:
            continue
        if draft.background:
            continue  # an earlier session named in passing
        several = len(draft.parties) >= 3 or any(not _is_state(code) for code in draft.parties)
        if (
            found is not None
            and (found.own_gathering or _same_organisation(found, draft))
            and draft.subtype == "meeting"
            and len(draft.parties) <= 2
        ):
            continue  # a talk with its secretary general: the session issued the text
        if draft.subtype in {"summit", "joint_commission"} or several:
            found = draft
    return found


def _same_organisation(gathering: Draft, talk: Draft) -> bool:
    """Whether ``talk`` has a side that is an organisation of ``gathering``'s."""
    return any(not _is_state(code) and code in gathering.parties for code in talk.parties)


def _closed_gathering(drafts: Sequence[Draft], sentence: int) -> Draft | None:
    """The gathering whose close a text was adopted at: the last summit, commission
    session or gathering of three sides or more (or of organisations alone) reported up
    to ``sentence``; a talk of two sides held on its margin is not it."""
    found = None
    for draft in drafts:
        if draft.sentence > sentence:
            break
        if draft.kind != "consultation" or draft.background:
            continue
        several = len(draft.parties) >= 3 or not any(_is_state(c) for c in draft.parties)
        if draft.subtype in {"summit", "joint_commission"} or several:
            found = draft
    return found


def _issuers(gathering: Draft) -> set[str]:
    """Who issues a gathering's text: its sides; of an organisation's own gathering,
    the organisation, not the states said to take part in it."""
    sides = set(gathering.parties)
    if gathering.own_gathering:
        own = {code for code in sides if not _is_state(code)}
        if own and own != sides:
            return own
    return sides


_STATED_IN: Final = re.compile(
    rf"\b(?:{either('declaration.of-gathering', 'stated-in')})\s+(?:\w+\s+){{0,1}}$"
)
"""« Dans le communiqué … »: the text in which what follows is stated."""


def _states(prepared: Prepared, reading: SentenceReading, start: int, end: int) -> bool:
    """Whether the text at ``start``-``end`` is the one a statement is made in: « Dans le
    communiqué final, la Conférence a condamné … » (a verb of reaction after it), not
    the source of the news (« Dans le communiqué, les ministres ont évoqué … »)."""
    key = prepared.key
    if _STATED_IN.search(key, max(reading.sentence.start, start - 20), start) is None:
        return False
    return REACTION_SCAN.search(key, end, reading.sentence.end) is not None


def _issued_text(
    prepared: Prepared, reading: SentenceReading, *, closing: bool = False
) -> tuple[int, int] | None:
    """Where the sentence names a text issued by a gathering, if it does."""
    key = prepared.key
    s_start, s_end = reading.sentence.start, reading.sentence.end
    if closing:
        found = _CLOSED_THEN_TEXT.search(key, s_start, s_end)
    else:
        found = _OUTCOME.match(key, s_start, s_end) or _TEXT_OF.search(key, s_start, s_end)
        found = found or _final_text_stating(prepared, reading)
    if found is None:
        return None
    start, end = found.span("text")
    if _RELAYED.search(key, max(s_start, start - 70), start) and not _states(
        prepared, reading, start, end
    ):
        return None  # "indique le communiqué final du sommet": the source of the news
    if any(kind in {"future", "negation"} and c_end <= start for _s, c_end, kind in reading.cues):
        return None  # "sera publiée à l'issue du sommet": to come
    return start, end


def gathering_texts(
    prepared: Prepared,
    readings: Sequence[SentenceReading],
    drafts: list[Draft],
    *,
    closing: bool = False,
) -> list[Draft]:
    """``drafts`` with the declarations a gathering issued given the gathering's sides.

    « une déclaration commune sur les résultats de la réunion a été émise », « la
    déclaration issue de ce sommet tripartite », « La réunion des ministres des BRICS a
    permis d'aboutir à une déclaration commune »: the text's issuers are the parties of
    the gathering (the last summit, commission session or multilateral meeting
    reported), with its date and place. A declaration of that sentence with fewer of
    its sides gets the rest; where assembly made none, one is added.

    With ``closing`` (rule ``declaration.closing-text``), the texts read are those the
    participants adopted as the gathering closed, named after it: « À l'issue du
    sommet, les dirigeants ont adopté la Déclaration de Séoul ».
    """
    rule = "declaration.closing-text" if closing else "declaration.of-gathering"
    candidates = _text_sentences(prepared, closing=closing)
    if not candidates:
        return drafts
    out = list(drafts)
    for reading in readings:
        if reading.index not in candidates:
            continue
        gathering = (_closed_gathering if closing else _gathering_of)(out, reading.index)
        if gathering is None:
            continue  # the cheaper test first: most texts hold no gathering
        text = _issued_text(prepared, reading, closing=closing)
        if text is None:
            continue
        if closing and _declaration_overlaps(out, reading):
            continue  # a declaration of this sentence, merged with one named before
        sides = _issuers(gathering)
        if _widen_made(out, reading.index, sides, rule):
            continue
        draft = _declaration_of(prepared, reading, text, gathering, sides)
        draft.trace(rule)
        insert_after_sentence(out, reading.index, [draft])
    return out


def _text_sentences(prepared: Prepared, *, closing: bool) -> set[int]:
    """The sentences that name a text (a declaration, a communiqué); with ``closing``,
    only those that also say a gathering closed (« à l'issue du sommet »)."""
    if not closing:
        return {prepared.sentence_at(at) for at in occurrences(prepared, _TEXT_STEMS)}
    # the rarer words first: most texts close no gathering with a text
    key, sentences = prepared.key, prepared.sentences
    closes = {prepared.sentence_at(at) for at in occurrences(prepared, _CLOSING_WORDS)}
    return {
        index
        for index in closes
        if index < len(sentences)
        and any(
            key.find(stem, sentences[index].start, sentences[index].end) != -1
            for stem in _TEXT_STEMS
        )
    }


def _declaration_overlaps(drafts: Sequence[Draft], reading: SentenceReading) -> bool:
    """Whether a declaration's evidence already covers part of ``reading``'s sentence."""
    start, end = reading.sentence.start, reading.sentence.end
    return any(
        d.kind == "declaration" and any(lo < end and start < hi for lo, hi in d.evidence)
        for d in drafts
    )


def _widen_made(drafts: Sequence[Draft], sentence: int, sides: set[str], rule: str) -> bool:
    """Give the declarations of ``sentence`` every one of the gathering's ``sides`` they
    lack; whether the sentence had any."""
    made = [d for d in drafts if d.kind == "declaration" and d.sentence == sentence]
    for draft in made:
        if draft.parties < sides:
            draft.parties = set(sides)
            draft.trace(rule)
    return bool(made)


def _declaration_of(
    prepared: Prepared,
    reading: SentenceReading,
    text: tuple[int, int],
    gathering: Draft,
    sides: set[str],
) -> Draft:
    """The joint declaration or communiqué named at ``text``, issued by the gathering's
    ``sides``, with its date, place, persons and background."""
    joint = "communique" if prepared.key.startswith(_COMMUNIQUE, text[0]) else "declaration"
    return Draft(
        kind="declaration",
        sentence=reading.index,
        anchor=text,
        parties=sides,
        subtype=f"joint_{joint}",
        date=gathering.date,
        place=gathering.place,
        sectors={s for _s, _e, s in reading.sectors} | {"politics"},
        persons=list(gathering.persons),
        evidence=[(reading.sentence.start, reading.sentence.end)],
        background=gathering.background,
    )


_FRAME: Final = re.compile(
    rf"\b(?:{longest_first('consultation.frame-gathering', 'frame')})\s*"
    rf"(?:(?P<next>{longest_first('consultation.frame-gathering', 'not-yet')})\s+)?"
    rf"(?:[\w-]+\s+)?"
    rf"(?P<noun>{longest_first('consultation.frame-gathering', 'gathering')})s?\b"
)
"""« en marge du 48e sommet de l'ASEAN », « lors de la 80e session de l'Assemblée
générale des Nations unies »: an organisation's gathering named as the frame."""
_FRAME_STEMS: Final = scanned(forms("consultation.frame-gathering", "stem"))
_FRAME_SUMMIT: Final = phrases("consultation.frame-gathering", "summit")
"""The frame's noun that makes it a summit, not a meeting (« sommet »)."""
_FRAME_OWNER: Final = 80
"""Characters from the gathering's noun to its organisation."""
_FRAME_AFTER: Final = 70
"""Characters after the organisation where the gathering's own date and city are."""


_OWNER_CHAIN: Final = re.compile(r"[^,;:.]*?\b(?:de l'|de la|du|des|d')\s*\(?$")
"""The gathering's noun, then words joined by « de » up to its organisation: « sommet du
groupe des vingt (G20) », « session de l'Assemblée générale des Nations unies »."""
_SPEECH: Final = re.compile(
    rf"\b(?:{either('consultation.frame-gathering', 'possessive')}) "
    rf"(?:{either('consultation.frame-gathering', 'speech')})\s*$"
)
"""« dans son intervention lors de la session »: the speaker's state takes part."""


_NAMED_CITY: Final = re.compile(r"\b[àa] ([A-Z][a-zà-ÿ'-]+(?: [A-Z][a-zà-ÿ'-]+)?)\b(?![\w-])")
"""« à Cebu »: a capitalised name after « à »."""


def _frame_owner(prepared: Prepared, reading: SentenceReading, start: int) -> Mention | None:
    """The organisation named first after the gathering's noun, within reach and joined
    to it by « de », or whose name holds the noun (« le Sommet de la Francophonie »)."""
    for mention in reading.parties:
        if mention.category != "party":
            continue
        if mention.start < start:
            if mention.end > start and not _is_state(mention.value):
                return mention
            continue
        if mention.start - start > _FRAME_OWNER:
            return None
        if mention.detail in {"capital", "city"}:
            continue
        if _is_state(mention.value) or not _OWNER_CHAIN.fullmatch(
            prepared.key, start, mention.start
        ):
            return None
        return mention
    return None


def _speaker(prepared: Prepared, reading: SentenceReading, frame_start: int) -> str | None:
    """The state of the one who spoke at the gathering (« a dit le président X dans son
    intervention lors de la session »)."""
    if not _SPEECH.search(
        prepared.key, max(reading.sentence.start, frame_start - 30), frame_start
    ):
        return None
    before = [p.party for p in reading.persons if p.end <= frame_start and p.party]
    if not before:  # « le président ghanéen »: the state by its demonym
        before = [
            m.value
            for m in reading.parties
            if m.end <= frame_start and m.category == "party" and m.detail in {"demonym", "name"}
        ]
    return before[-1] if before and _is_state(before[-1]) else None


def _frame_date_place(
    prepared: Prepared, reading: SentenceReading, after: int, framed: Draft | None
) -> tuple[DateValue | None, str | None]:
    """The gathering's own date and city, named just after it (« tenu les 26 et 27 mai à
    Cebu »), else those of the meeting it frames."""
    date = next((d.value for d in reading.dates if after <= d.start < after + _FRAME_AFTER), None)
    place = None
    for mention in reading.parties:
        if (
            after <= mention.start < after + _FRAME_AFTER
            and mention.detail
            in {
                "capital",
                "city",
            }
            and _PLACE_BEFORE.search(prepared.key, max(0, mention.start - 4), mention.start)
        ):
            place = prepared.text[mention.start : mention.end]
            break
    if place is None:  # a city the gazetteer does not know: « à Cebu »
        named = _NAMED_CITY.search(
            prepared.text, after, min(reading.sentence.end, after + _FRAME_AFTER)
        )
        place = named.group(1) if named else None
    if framed is not None:
        date = date if date is not None else framed.date
        place = place if place is not None else framed.place
    return date, place


def frame_gatherings(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: list[Draft]
) -> list[Draft]:
    """``drafts`` with the organisations' gatherings named as the frame of another event.

    « en marge du 48e sommet de l'ASEAN, tenu les 26 et 27 mai à Cebu », « lors du
    sommet du G20 en septembre à New Delhi », « lors de la 80e session de l'Assemblée
    générale des Nations unies »: the gathering took place and is an event of the
    organisation (a ``summit`` when called one, else a ``meeting``), with its round,
    its own date and city, else those of the meeting it frames. A gathering to come
    (« en marge du prochain sommet », a sentence in the future) is none, and one of an
    organisation that already has a consultation in the sentence is not added again.
    """
    candidates = {prepared.sentence_at(at) for at in occurrences(prepared, _FRAME_STEMS)}
    if not candidates:
        return drafts
    out = list(drafts)
    made: dict[str, Draft] = {}
    for reading in readings:
        if reading.index not in candidates:
            continue
        if any(kind == "future" for _s, _e, kind in reading.cues):
            continue
        s_start, s_end = reading.sentence.start, reading.sentence.end
        for frame in _FRAME.finditer(prepared.key, s_start, s_end):
            draft = _frame_gathering(prepared, reading, frame, out, made)
            if draft is None:
                continue
            insert_after_sentence(out, reading.index, [draft])
    return out


def _frame_gathering(
    prepared: Prepared,
    reading: SentenceReading,
    frame: re.Match[str],
    drafts: Sequence[Draft],
    made: dict[str, Draft],
) -> Draft | None:
    """The new gathering that ``frame`` names in ``reading`` (see
    :func:`frame_gatherings`), recorded in ``made`` by its organisation, or ``None``: a
    gathering to come, no organisation owning it, one made already (then completed
    with what this mention adds), or one of an organisation with a consultation among
    ``drafts``."""
    if frame.group("next"):
        return None
    owner = _frame_owner(prepared, reading, frame.end())
    if owner is None:
        return None
    here = [d for d in drafts if d.sentence == reading.index and d.kind == "consultation"]
    framed = here[0] if here else None
    date, place = _frame_date_place(prepared, reading, owner.end, framed)
    number = _round(reading, frame.start("noun"))
    if owner.value in made:  # named again: what the first mention left out
        again = made[owner.value]
        again.round = again.round or number
        again.date = again.date or date
        again.place = again.place or place
        return None
    if any(d.kind == "consultation" and owner.value in d.parties for d in drafts):
        return None  # the gathering, or a meeting held at it, is reported already
    draft = Draft(
        kind="consultation",
        sentence=reading.index,
        anchor=frame.span("noun"),
        parties={owner.value},
        subtype="summit" if frame.group("noun") in _FRAME_SUMMIT else "meeting",
        date=date,
        place=place,
        round=number,
        sectors={"politics"},
        evidence=[frame.span()],
    )
    speaker = _speaker(prepared, reading, frame.start())
    if speaker is not None:
        draft.parties.add(speaker)
        draft.persons = [p for p in reading.persons if p.party == speaker]
    draft.own_gathering = True
    draft.trace("consultation.frame-gathering")
    made[owner.value] = draft
    return draft


_EARLIER_NUMBERED: Final = re.compile(
    rf"\b(?P<noun>{longest_first('consultation.earlier-named', 'session')})(?:\s*,)?\s+"
    rf"(?P<verb>{longest_first('consultation.earlier-named', 'held')})\b"
)
"""« la 7e session s'était déroulée à Tunis en mai 2022 »: a numbered sitting held
before the one reported."""
_EARLIER_PRONOUN: Final = re.compile(
    rf"\b(?P<verb>{longest_first('consultation.earlier-named', 'pronoun')})\b"
)
"""« un an après celles tenues à Bata du 2 au 5 mai dernier »."""
_EARLIER_STEMS: Final = scanned(
    (
        *forms("consultation.earlier-named", "stem"),
        *(f"{word} " for word in forms("consultation.earlier-named", "pronoun-stem")),
    )
)
_SESSION_AFTER: Final = 60
"""Characters after the verb where the earlier sitting's date and city are named."""


def _sitting_place(prepared: Prepared, reading: SentenceReading, start: int) -> str | None:
    """The city named with « à » right after the verb (« s'était tenue à Alger »)."""
    for mention in reading.parties:
        if start <= mention.start < start + _SESSION_AFTER and mention.detail in {
            "capital",
            "city",
        }:
            return prepared.text[mention.start : mention.end]
    named = _NAMED_CITY.search(prepared.text, start, min(reading.sentence.end, start + 12))
    return named.group(1) if named else None  # « à Bata »: a town the gazetteer may lack


def _numbered_series(draft: Draft) -> bool:
    """A reported sitting of a series: a consultation numbered by its round."""
    return draft.kind == "consultation" and not draft.background and draft.round is not None


def _series_of(
    numbered: Sequence[Draft], commissions: Sequence[Draft], start: int, number: int | None
) -> Draft | None:
    """The series an earlier sitting named at ``start`` belongs to: the last numbered
    sitting reported before it with a later round (« ont tenu la 2e session de leurs
    consultations politiques. La 1re session s'était tenue à … »), else the article's
    first joint commission."""
    for draft in reversed(numbered):
        if draft.anchor[0] < start and (number is None or (draft.round or 0) > number):
            return draft
    return commissions[0] if commissions else None


def _series_sides(main: Draft) -> set[str]:
    """The sides of an earlier sitting of ``main``'s series: its own, but of an
    organisation's gathering the organisation alone (the state whose taking part the
    article reports took part in the sitting reported, not said of the earlier one)."""
    if _own_gathering_sides(main.parties):
        return {code for code in main.parties if not _is_state(code)}
    return set(main.parties)


def _earlier_phrase(
    prepared: Prepared, reading: SentenceReading
) -> tuple[re.Match[str], int | None] | None:
    """The phrase naming an earlier sitting in ``reading`` and its round: a numbered
    sitting (« la 7e session s'était déroulée »), or a pronoun (« celles tenues à »,
    no round)."""
    s_start, s_end = reading.sentence.start, reading.sentence.end
    found = _EARLIER_NUMBERED.search(prepared.key, s_start, s_end)
    if found is not None:
        number = _round(reading, found.start("noun"))
        return None if number is None else (found, number)
    found = _EARLIER_PRONOUN.search(prepared.key, s_start, s_end)
    return None if found is None else (found, None)


def earlier_sittings(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: list[Draft]
) -> list[Draft]:
    """``drafts`` with the earlier sittings of a series named in passing.

    An article on a commission's session, a round of consultations or of talks
    recalls the one before it: « la 7e session s'était déroulée à Tunis en mai
    2022 » (a numbered sitting in the pluperfect), « un an après celles tenues à
    Bata du 2 au 5 mai dernier » (a pronoun for the earlier sittings). It is a
    background event of the series it precedes: the last numbered sitting reported
    before it with a later round (else the article's joint commission), with the same
    sides and format, and its own round, date and city. Only an article that reports a
    numbered sitting or a joint commission has them, and a round of a series reported
    already is not added again.
    """
    commissions = [
        d for d in drafts if d.kind == "consultation" and d.subtype == "joint_commission"
    ]
    numbered = [d for d in drafts if _numbered_series(d)]
    if not commissions and not numbered:
        return drafts
    candidates = {prepared.sentence_at(at) for at in occurrences(prepared, _EARLIER_STEMS)}
    if not candidates:
        return drafts
    told = {(d.subtype, frozenset(d.parties), d.round) for d in (*commissions, *numbered)}
    out = list(drafts)
    for reading in readings:
        if reading.index not in candidates:
            continue
        phrase = _earlier_phrase(prepared, reading)
        if phrase is None:
            continue
        found, number = phrase
        main = _series_of(numbered, commissions, found.start(), number)
        if main is None:
            continue
        key = (main.subtype, frozenset(main.parties), number)
        if number is not None and key in told:
            continue
        after = found.end("verb")
        date = next(
            (d.value for d in reading.dates if after <= d.start < after + _SESSION_AFTER), None
        )
        draft = Draft(
            kind="consultation",
            sentence=reading.index,
            anchor=found.span(),
            parties=_series_sides(main),
            subtype=main.subtype,
            date=date,
            place=_sitting_place(prepared, reading, after),
            round=number,
            sectors=set(main.sectors),
            evidence=[found.span()],
            background=True,
        )
        draft.trace("consultation.earlier-named")
        told.add(key)
        insert_after_sentence(out, reading.index, [draft])
    return out


_ATTENDED: Final = re.compile(
    rf"\b(?:{longest_first('consultation.participant', 'participate')})\b"
    rf"[^.;]{{0,60}}?\b(?:{either('consultation.attended', 'to-the')})\s*"
    rf"(?:[\w-]+\s+)?(?P<noun>{longest_first('consultation.frame-gathering', 'gathering')})s?\b"
)
"""« Le Maroc a pris part mardi à Djeddah à la réunion extraordinaire du Conseil des
ministres de l'OCI »: a state attending an organisation's gathering."""
_ATTENDED_STEMS: Final = scanned(forms("consultation.attended", "stem"))


def attended(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: list[Draft]
) -> list[Draft]:
    """``drafts`` with the organisations' gatherings a state is said to attend.

    « Le Maroc a pris part à la réunion du Conseil des ministres de l'OCI », « le
    président X a participé au 37e sommet de l'Union africaine »: the gathering took
    place, with the organisation and the one state named before the verb as its
    parties, a ``summit`` when called one, else a ``meeting``, with its round and the
    sentence's date and city. A sentence with a consultation of that organisation, or
    with a verb of the future, adds nothing.
    """
    candidates = {prepared.sentence_at(at) for at in occurrences(prepared, _ATTENDED_STEMS)}
    if not candidates:
        return drafts
    out = list(drafts)
    for reading in readings:
        if reading.index not in candidates:
            continue
        draft = _attended_in(prepared, reading, out)
        if draft is None:
            continue
        draft.own_gathering = True
        draft.trace("consultation.attended")
        insert_after_sentence(out, reading.index, [draft])
    return out


def summit_trips(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: list[Draft]
) -> list[Draft]:
    """``drafts`` with the visit that attending a summit abroad is to its host.

    « Le Premier ministre belge a participé mardi au sommet de l'OTAN organisé à La
    Haye »: beside the organisation's summit, the one state said to attend it visits
    the state of the summit's city, when that is another state and no visit between
    them is reported already. A meeting that is no summit (a ministers' session) is
    not taken as a trip, nor a summit no state is said to attend.
    """
    by_index = readings_by_index(readings)
    out = list(drafts)
    for draft in drafts:
        if draft.kind != "consultation" or draft.subtype != "summit" or draft.background:
            continue
        reading = by_index.get(draft.sentence)
        if reading is None or draft.place is None:
            continue
        if _ATTENDED.search(prepared.key, reading.sentence.start, reading.sentence.end) is None:
            continue  # « le sommet s'est tenu à La Haye »: no state said to travel to it
        states = [code for code in draft.parties if _is_state(code)]
        host = _host_state(prepared, reading, draft.place)
        if len(states) != 1 or host is None or host == states[0]:
            continue
        pair = {states[0], host}
        if has_visit(out, pair):
            continue
        visit = Draft(
            kind="consultation",
            sentence=draft.sentence,
            anchor=draft.anchor,
            parties=pair,
            subtype="visit",
            date=draft.date,
            place=draft.place,
            sectors=set(draft.sectors),
            persons=list(draft.persons),
            evidence=list(draft.evidence),
        )
        visit.trace("consultation.summit-trip")
        insert_after_sentence(out, draft.sentence, [visit])
    return out


def _host_state(prepared: Prepared, reading: SentenceReading, place: str) -> str | None:
    """The state of the city ``place`` as the sentence names it (« à La Haye »)."""
    for mention in reading.parties:
        if mention.detail not in {"capital", "city"}:
            continue
        name = prepared.text[mention.start : mention.end]
        if name in place and _is_state(mention.value):
            return mention.value
    return None


def _attended_in(
    prepared: Prepared, reading: SentenceReading, drafts: Sequence[Draft]
) -> Draft | None:
    """The gathering one state is said to attend in ``reading`` (see :func:`attended`),
    or ``None``: none named, a verb of the future or a negation, no organisation
    owning it, not exactly one state, or a consultation of that organisation already
    among ``drafts`` in that sentence."""
    if any(kind in {"future", "negation"} for _s, _e, kind in reading.cues):
        return None
    found = _ATTENDED.search(prepared.key, reading.sentence.start, reading.sentence.end)
    if found is None:
        return None
    owner = _frame_owner(prepared, reading, found.end())
    if owner is None:
        return None
    if any(
        d.sentence == reading.index and d.kind == "consultation" and owner.value in d.parties
        for d in drafts
    ):
        return None
    states = _attending_states(prepared, reading, found.start())
    if len(states) != 1:
        return None
    return _attended_draft(prepared, reading, found, owner, next(iter(states)))


def _attended_draft(
    prepared: Prepared,
    reading: SentenceReading,
    found: re.Match[str],
    owner: Mention,
    state: str | None,
) -> Draft:
    """The gathering of ``owner`` whose noun ``found`` holds, attended by ``state``."""
    date = next((d.value for d in reading.dates), None)
    return Draft(
        kind="consultation",
        sentence=reading.index,
        anchor=found.span("noun"),
        parties={owner.value, *((state,) if state else ())},
        subtype="summit" if found.group("noun") in _FRAME_SUMMIT else "meeting",
        date=date,
        place=_place(prepared, reading, reading.sentence.start),
        round=_round(reading, found.start("noun")),
        sectors={s for _s, _e, s in reading.sectors} | {"politics"},
        persons=[p for p in reading.persons if p.party == state],
        evidence=[(reading.sentence.start, reading.sentence.end)],
    )


_DELEGATION_AT: Final = re.compile(
    rf"(?:{either('consultation.delegation-at', 'delegation')})s?\s+"
    rf"(?P<who>[^,;:.()]{{1,40}}?)\s*"
    rf"\b(?:{either('consultation.attended', 'to-the')})\s*"
    rf"(?:[\w-]+\s+)?(?P<noun>{longest_first('consultation.frame-gathering', 'gathering')})s?\b"
)
"""« la délégation béninoise à la 12e session du Conseil exécutif de l'Union
africaine »: a state's delegation at an organisation's gathering."""
_DELEGATION_STEMS: Final = scanned(forms("consultation.delegation-at", "delegation"))


def delegations_at(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: list[Draft]
) -> list[Draft]:
    """``drafts`` with the organisations' gatherings a state's delegation is said to be
    at (rule ``consultation.delegation-at``).

    « Le ministre a conduit la délégation sénégalaise au sommet de l'UA », « a pris la
    tête de la délégation béninoise à la session du Conseil exécutif de l'UA »: a
    delegation sent to a gathering attends it, so the gathering took place, with the
    organisation and the delegation's one state as its parties (that state is the one
    the delegation is named by, not another one the sentence names: the host's city).
    A gathering of that organisation the sentence reports already with no state as its
    side takes the delegation's state instead. A sentence with a verb of the future or a
    negation adds nothing; nor does a delegation of no state or of two.
    """
    at = occurrences(prepared, _DELEGATION_STEMS)
    if not at:
        return drafts
    by_index = readings_by_index(readings)
    out = list(drafts)
    for start in sorted(at):
        reading = by_index.get(prepared.sentence_at(start))
        if reading is not None and any(_is_organisation(m) for m in reading.parties):
            _delegation_in(prepared, reading, start, out)
    return out


def _is_organisation(mention: Mention) -> bool:
    return mention.category == "party" and not _is_state(mention.value)


def _delegation_in(
    prepared: Prepared, reading: SentenceReading, start: int, out: list[Draft]
) -> None:
    """The gathering a state's delegation named at ``start`` is at in ``reading`` (see
    :func:`delegations_at`), added to ``out`` or joined to the one reported already."""
    if any(kind in {"future", "negation"} for _s, _e, kind in reading.cues):
        return
    found = _DELEGATION_AT.match(prepared.key, start, reading.sentence.end)
    owner = None if found is None else _frame_owner(prepared, reading, found.end())
    if found is None or owner is None:
        return
    states = {
        m.value
        for m in reading.parties
        if found.start("who") <= m.start < found.end("who")
        and m.category == "party"
        and m.detail not in {"capital", "city"}
        and _is_state(m.value)
    }
    if len(states) != 1:
        return
    same = [
        d
        for d in out
        if d.sentence == reading.index and d.kind == "consultation" and owner.value in d.parties
    ]
    if same:
        _join_delegation(same, next(iter(states)))
        return
    draft = _attended_draft(prepared, reading, found, owner, next(iter(states)))
    draft.own_gathering = True
    draft.trace("consultation.delegation-at")
    insert_after_sentence(out, reading.index, [draft])


def _join_delegation(same: list[Draft], state: str) -> None:
    """The delegation's state joins the organisation's gathering the sentence reports
    already, when that gathering has the organisation alone as its side."""
    for draft in same:
        if len(draft.parties) == 1:
            draft.parties.add(state)
            draft.trace("consultation.delegation-at")


def _attending_states(prepared: Prepared, reading: SentenceReading, verb: int) -> set[str | None]:
    """The states named before the verb of attending at ``verb``: by a person of theirs
    or by a party mention; a city (the dateline's, « lundi à Abuja ») or a capital
    named by its adjective (« dans la capitale irakienne ») is where, not who."""
    key = prepared.key
    return {p.party for p in reading.persons if p.end <= verb and _is_state(p.party or "")} | {
        m.value
        for m in reading.parties
        if m.end <= verb
        and m.category == "party"
        and m.detail not in {"capital", "city"}
        and not _CAPITAL_OF.search(key, max(0, m.start - 20), m.start)
        and _is_state(m.value)
    }


def _listed_states(prepared: Prepared, reading: SentenceReading) -> set[str]:
    """The states listed before a verb of taking part in the gathering named again
    (« L'Azerbaïdjan, la Russie et la Turquie ont participé à l'événement »)."""
    key = prepared.key
    for verb in _PARTICIPATE.finditer(key, reading.sentence.start, reading.sentence.end):
        if not _REFERENCE.match(key, verb.end(), reading.sentence.end):
            continue
        return {
            m.value
            for m in reading.parties
            if m.end <= verb.start()
            and m.category == "party"
            and m.detail in {"name", "demonym"}
            and _is_state(m.value)
        }
    return set()


@cache
def _capitals() -> dict[str, str]:
    """Each state's capital as French writes it (the first ``capital`` row of the
    parties table)."""
    out: dict[str, str] = {}
    for row in read_table("lang", "fr", "parties.tsv"):
        if row["kind"] == "capital":
            out.setdefault(row["code"], row["form"])
    return out


_CAPITAL_OF: Final = re.compile(
    rf"\b(?:{either('consultation.participants-listed', 'in-the-capital')})\s+$"
)


def _capital_named(prepared: Prepared, reading: SentenceReading, after: int) -> str | None:
    """« s'est tenue dans la capitale russe »: the capital of the state named so."""
    for mention in reading.parties:
        if (
            mention.start >= after
            and mention.detail == "demonym"
            and _CAPITAL_OF.search(prepared.key, max(0, mention.start - 20), mention.start)
        ):
            return _capitals().get(mention.value)
    return None


_TOOK_PART_STEMS: Final = scanned(forms("consultation.participants-listed", "took-part-stem"))
"""What a text holds for its gatherings to be tried for listed participants."""


def listed_participants(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: list[Draft]
) -> list[Draft]:
    """``drafts`` with the gatherings whose participants the next sentence lists.

    « La première réunion du format 3+3 s'est tenue à Moscou le 10 décembre. L'Arménie,
    l'Azerbaïdjan, l'Iran, la Russie et la Turquie ont participé à l'événement »: a
    gathering that took place, named by no organisation, has the states listed as
    taking part in it as its parties (two at least), with its round, date and city. A
    sentence where assembly made a consultation adds nothing.
    """
    if not occurrences(prepared, _TOOK_PART_STEMS):
        return drafts
    met = {d.sentence for d in drafts if d.kind == "consultation"}
    out = list(drafts)
    for first, second in pairwise(readings):
        if first.index in met or second.index in met or second.index != first.index + 1:
            continue
        states = _listed_states(prepared, second)
        if len(states) < 2:
            continue
        key = prepared.key
        s_start, s_end = first.sentence.start, first.sentence.end
        for noun in _GATHERING_SCAN.finditer(key, s_start, s_end):
            verb = _COMPLETED.search(key, noun.end(), min(s_end, noun.end() + _REACH))
            if verb is None or any(
                m.category == "party"
                and m.detail not in {"capital", "city"}
                and m.value not in states
                for m in first.parties
            ):
                continue  # another side or an organisation: not these states' gathering
            draft = Draft(
                kind="consultation",
                sentence=first.index,
                anchor=noun.span(),
                parties=states,
                subtype="summit" if noun.group("noun") in _SUMMIT else "meeting",
                date=_date(first, verb.start()),
                place=_place(prepared, first, verb.start())
                or _capital_named(prepared, first, verb.start()),
                round=_round(first, noun.start()),
                sectors={s for _s, _e, s in first.sectors} | {"politics"},
                evidence=[(s_start, s_end)],
            )
            draft.trace("consultation.participants-listed")
            insert_after_sentence(out, first.index, [draft])
            break
    return out


_BODIES_HELD: Final = re.compile(
    rf"\b(?:{either('consultation.bodies-met', 'auxiliary')})(?: \w+)? "
    rf"(?:{either('consultation.bodies-met', 'held')}) "
    rf"(?:{either('consultation.bodies-met', 'determiner')}) "
    rf"(?:{either('consultation.bodies-met', 'meeting')})\b"
)
"""A plural verb saying that several bodies held meetings each: « ont tenu des
réunions », « ont tenu leurs sessions » (not « se sont réunis », which may be one
meeting of them all)."""
_BODY: Final = re.compile(rf"\b(?:le|la|l')\s*(?:{either('consultation.bodies-met', 'body')})\b")
"""A body of an organisation named by its noun: « le Comité ministériel … »."""
_BODY_JOINED: Final = re.compile(
    rf"(?:,|\bet|\b(?:{either('consultation.bodies-met', 'join')}))\s*$"
)
"""What comes before the second and later bodies of a list: « , », « et », « ainsi que »."""
_BODIES_STEMS: Final = scanned(forms("consultation.bodies-met", "stem"))


def _document_owner(drafts: Sequence[Draft], sentence: int) -> str | None:
    """The organisation of the last consultation reported before ``sentence`` that has
    one among its sides: the organisation the article's gathering is of."""
    owner = None
    for draft in drafts:
        if draft.sentence >= sentence:
            break
        if draft.kind != "consultation":
            continue
        organisations = sorted(code for code in draft.parties if not _is_state(code))
        if len(organisations) == 1:
            owner = organisations[0]
    return owner


def _bodies(prepared: Prepared, reading: SentenceReading, verb: int) -> list[tuple[int, int]]:
    """The spans of the bodies listed as the subject of the verb at ``verb``: each from
    its noun to the next body's, the first two at least joined as a list."""
    key = prepared.key
    starts = [m.start() for m in _BODY.finditer(key, reading.sentence.start, verb)]
    listed = starts[:1]
    ends: list[int] = []
    for start in starts[1:]:
        joined = _BODY_JOINED.search(key, max(listed[-1], start - 12), start)
        if joined is None:
            listed, ends = [start], []  # a body inside another's name starts no list item
            continue
        listed.append(start)
        ends.append(len(key[: joined.start()].rstrip(", ")))
    if len(listed) < 2:
        return []
    return list(zip(listed, [*ends, verb], strict=True))


def _body_meeting(
    reading: SentenceReading, body: tuple[int, int], fallback: str | None, place: str | None
) -> Draft | None:
    """The meeting the body named at ``body`` held: of the organisation its name names,
    else of ``fallback``; None for a state's own body (« le Conseil des ministres du
    Mali »)."""
    start, end = body
    named = [
        m.value
        for m in reading.parties
        if start <= m.start < end and m.category == "party" and not _is_state(m.value)
    ]
    states = [
        m
        for m in reading.parties
        if start <= m.start < end and _is_state(m.value) and m.detail != "demonym"
    ]  # « l'ingérence iranienne » is what the body is about
    owner = named[0] if named else None if states else fallback
    if owner is None:
        return None
    draft = Draft(
        kind="consultation",
        sentence=reading.index,
        anchor=(start, end),
        parties={owner},
        subtype="meeting",
        date=_date(reading, reading.sentence.start),
        place=place,
        sectors={s for s_s, _e, s in reading.sectors if start <= s_s < end} | {"politics"},
        evidence=[(start, end)],
    )
    draft.trace("consultation.bodies-met")
    return draft


def bodies_met(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: list[Draft]
) -> list[Draft]:
    """``drafts`` with one meeting for each body listed as having met.

    « Le Comité des experts, le Comité des finances ainsi que le Conseil de sécurité
    ont tenu des réunions »: each body held its own meeting, an event of the
    organisation named in the body's name, else of the organisation whose gathering
    the article reported before (a committee of the League of Arab States meeting
    before the League's council). Two bodies at least; the consultations assembly
    made in that sentence are replaced; a verb of the future or a negation adds
    nothing.
    """
    if not occurrences(prepared, _BODIES_STEMS):
        return drafts
    out = list(drafts)
    for reading in readings:
        s_start, s_end = reading.sentence.start, reading.sentence.end
        verb = _BODIES_HELD.search(prepared.key, s_start, s_end)
        if verb is None or any(kind in {"future", "negation"} for _s, _e, kind in reading.cues):
            continue
        bodies = _bodies(prepared, reading, verb.start())
        if not bodies:
            continue
        fallback = _document_owner(out, reading.index)
        place = _place(prepared, reading, verb.start())
        made = [
            draft
            for start, end in bodies
            if (draft := _body_meeting(reading, (start, end), fallback, place)) is not None
        ]
        if len(made) < 2:
            continue
        out = [d for d in out if not (d.kind == "consultation" and d.sentence == reading.index)]
        insert_after_sentence(out, reading.index, made)
    return out


_BROUGHT_TOGETHER: Final = re.compile(
    rf"\W*(?:{either('consultation.brought-together', 'subject')})\s+(?:[\w'-]+\s+){{0,3}}?"
    rf"(?:{either('consultation.brought-together', 'auxiliary')})\s+"
    rf"(?:{either('consultation.brought-together', 'gathered')})\b"
)
"""A sentence that opens on the meeting named again and lists who it brought
together: « Elle a regroupé … », « Cette réunion a réuni … », « La rencontre a
rassemblé … »."""
_BROUGHT_STEMS: Final = scanned(forms("consultation.brought-together", "stem"))


def brought_together(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: list[Draft]
) -> list[Draft]:
    """``drafts`` with the sides of a meeting that the next sentence lists.

    « Une réunion ministérielle s'est tenue lundi à Amman. Elle a regroupé les
    ministres des Affaires étrangères de la Jordanie, du Maroc et de l'Égypte »: the
    meeting's sides are the parties the next sentence names after its verb (two at
    least), those of the meeting itself kept. Only a consultation that is the one
    consultation of the sentence before takes them.
    """
    if not occurrences(prepared, _BROUGHT_STEMS):
        return drafts
    key = prepared.key
    for first, second in pairwise(readings):
        if second.index != first.index + 1:
            continue
        verb = _BROUGHT_TOGETHER.match(key, second.sentence.start, second.sentence.end)
        if verb is None:
            continue
        listed = {
            m.value
            for m in second.parties
            if m.start >= verb.end() and m.category == "party" and m.detail != "demonym"
        }
        met = [d for d in drafts if d.kind == "consultation" and d.sentence == first.index]
        if len(listed) < 2 or len(met) != 1 or met[0].subtype in {"visit", "phone_call"}:
            continue
        draft = met[0]
        if listed <= draft.parties:
            continue
        draft.parties = draft.parties | listed
        draft.evidence.append((second.sentence.start, second.sentence.end))
        draft.trace("consultation.brought-together")
    return drafts


_GATHERED: Final = re.compile(rf"(?P<word>{either('consultation.gathered', 'gathered')})\b")
"""« Réunis mardi à Lisbonne pour le conseil des ministres de l'organisation, les ministres … »:
a participle of gathering that opens the sentence or a clause."""
_GATHERED_STEMS: Final = scanned(forms("consultation.gathered", "stem"))
_GATHERED_SUMMIT: Final = re.compile(rf"\b(?:{either('consultation.gathered', 'summit-word')})\b")
"""What makes the gathering a summit: the noun, or heads of state as its subject."""
_SUBJECT_REACH: Final = 120
"""Characters after the participle's phrase where its subject names the organisation."""


def _gathered_one(
    prepared: Prepared, reading: SentenceReading, word: re.Match[str]
) -> Draft | None:
    """The organisation's gathering told by the participle ``word``, if its phrase or
    the subject after it names one organisation and no state."""
    key = prepared.key
    s_end = reading.sentence.end
    start = word.end("word")
    comma = key.find(",", start, s_end)
    phrase_end = s_end if comma == -1 else comma
    subject_end = key.find(",", phrase_end + 1, s_end)
    limit = min(s_end if subject_end == -1 else subject_end, phrase_end + _SUBJECT_REACH)
    owner = _gathered_owner(reading, start, phrase_end, limit)
    if owner is None:
        return None
    fmt = "summit" if _GATHERED_SUMMIT.search(key, start, limit) else "meeting"
    number = None
    for noun in _GATHERING_SCAN.finditer(key, start, phrase_end):
        number = number or _round(reading, noun.start())
    draft = Draft(
        kind="consultation",
        sentence=reading.index,
        anchor=word.span("word"),
        parties={owner},
        subtype=fmt,
        date=next((m.value for m in reading.dates if start <= m.start < phrase_end), None),
        place=_gathered_place(prepared, reading, start, phrase_end),
        round=number,
        sectors={s for _s, _e, s in reading.sectors} | {"politics"},
        evidence=[(reading.sentence.start, s_end)],
    )
    draft.trace("consultation.gathered")
    return draft


def _gathered_owner(
    reading: SentenceReading, start: int, phrase_end: int, limit: int
) -> str | None:
    """The one organisation the participle's phrase or the subject after it names (the
    first; the subject's when the phrase names none), or None when they name a state
    (« réunis à Paris, les ministres français et allemand ») or no organisation."""
    owner = None
    for mention in reading.parties:
        if mention.start < start or mention.start >= limit or mention.category != "party":
            continue
        if mention.detail in {"capital", "city"}:
            continue
        if _is_state(mention.value):
            return None
        owner = owner or mention.value
        if mention.start >= phrase_end:
            break  # the subject's organisation; what follows is the verb's object
    return owner


def _gathered_place(
    prepared: Prepared, reading: SentenceReading, start: int, phrase_end: int
) -> str | None:
    """The city the participle's phrase names after « à » or « au » (« au Caire »: the
    city is « Le Caire »), if any."""
    key = prepared.key
    for mention in reading.parties:
        if start <= mention.start < phrase_end and mention.detail in {"capital", "city"}:
            before = _PLACE_BEFORE.search(key, max(0, mention.start - 4), mention.start)
            if before is None:
                continue
            place = prepared.text[mention.start : mention.end]
            if before.group() == "au " and not place.startswith(("Le ", "le ")):
                place = "Le " + place
            return place
    return None


def gathered(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: list[Draft]
) -> list[Draft]:
    """``drafts`` with the gatherings told by their members' being gathered (rule
    ``consultation.gathered``).

    « Réunis mardi à Lisbonne pour la 12e session du conseil des ministres de la CPLP,
    les chefs de la diplomatie … », « réunis à Bamako le 2 mai, les ministres de
    l'organisation ont arrêté … »: the participle that opens the
    sentence or a clause says that the organisation's members met, where and when its
    phrase says; the organisation named in the phrase or in the subject after it is
    the gathering's party. Only where the sentence holds no consultation yet, no state
    is named there, and no cue says it is to come.
    """
    key = prepared.key
    found = occurrences(prepared, _GATHERED_STEMS)
    if not found:
        return drafts
    met = {d.sentence for d in drafts if d.kind == "consultation"}
    known = {
        (frozenset(d.parties), d.subtype, d.round) for d in drafts if d.kind == "consultation"
    }
    out = list(drafts)
    done: set[int] = set()
    by_index = readings_by_index(readings)
    for at in sorted(found):
        index = prepared.sentence_at(at)
        reading = by_index.get(index)
        if reading is None or index in met or index in done:
            continue
        s_start = reading.sentence.start
        if at != s_start and not key[s_start:at].rstrip().endswith((",", ":", ";")):
            continue  # not opening the sentence or a clause
        word = _GATHERED.match(key, at, reading.sentence.end)
        if word is None or any(kind == "future" for _s, _e, kind in reading.cues):
            continue
        done.add(index)
        draft = _gathered_one(prepared, reading, word)
        if draft is None:
            continue
        seen = (frozenset(draft.parties), draft.subtype, draft.round)
        if seen not in known:
            insert_after_sentence(out, reading.index, [draft])
            known.add(seen)
    return out


_HEADS_OF_STATE: Final = re.compile(rf"\b(?:{either('consultation.heads-summit', 'heads')})\b")
"""Who met when a multilateral meeting is a summit: heads of state or government
(« les chefs d'État », « les présidents russe, iranien et turc »)."""
_SUMMIT_SIDES: Final = 3
"""A summit proper is multilateral: a bilateral meeting of leaders is a meeting."""


def heads_summits(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: Sequence[Draft]
) -> None:
    """Make a summit of each multilateral meeting of heads of state or government (rule
    ``consultation.heads-summit``).

    « Les présidents russe, iranien et turc se sont réunis à Téhéran », « ont participé
    à la réunion les chefs d'État du Kazakhstan, du Kirghizistan et du Tadjikistan »:
    a gathering of three states or more whose sentence names them by their heads of
    state or government is a summit, whatever noun the text uses; two leaders meeting
    is a meeting. Drafts are changed in place.
    """
    by_index = readings_by_index(readings)
    for draft in drafts:
        if draft.kind != "consultation" or draft.subtype != "meeting":
            continue
        states = [code for code in draft.parties if _is_state(code)]
        if len(states) < _SUMMIT_SIDES or len(states) != len(draft.parties):
            continue
        reading = by_index.get(draft.sentence)
        if reading is None:
            continue
        start, end = reading.sentence.start, reading.sentence.end
        if _HEADS_OF_STATE.search(prepared.key, start, end) is None:
            continue
        draft.subtype = "summit"
        draft.trace("consultation.heads-summit")


_AGAIN_DETERMINER: Final = re.compile(
    rf"\b(?:{either('parties.gathering-again', 'determiner')})\s*"
    rf"(?:(?P<earlier>{either('parties.gathering-again', 'earlier')})\s+)?$"
)
"""« le sommet », « cette session », « le précédent sommet »: a gathering named again."""
_AGAIN_NOUNS: Final = phrases("parties.gathering-again", "gathering")
_OWN_NAME: Final = re.compile(
    r"(?:\s+[\w'-]+){0,3}?(?:\s+(?:de l'|de la|du|des|d')\s*\(?|\s*-\s*|\s+)$"
)
"""What joins a gathering's noun to a party that names it, within three words: « le
sommet de l'UA », « le sommet Chine-Afrique », « le sommet des relations UA-Japon »."""
_OWN_NAME_REACH: Final = 40


def _named_by_its_own(prepared: Prepared, reading: SentenceReading, end: int) -> bool:
    """Whether the gathering's noun ending at ``end`` is followed by a party of its own name."""
    key = prepared.key
    return any(
        0 <= mention.start - end <= _OWN_NAME_REACH
        and _OWN_NAME.fullmatch(key, end, mention.start) is not None
        for mention in reading.parties
    )


def _own_gathering_sides(parties: set[str]) -> bool:
    """One organisation, and at most one state taking part in its gathering."""
    states = sum(1 for code in parties if _is_state(code))
    return states <= 1 and len(parties) - states == 1


def _gathering_named_before(
    prepared: Prepared,
    by_index: dict[int, SentenceReading],
    drafts: Sequence[Draft],
    draft: Draft,
) -> Draft | None:
    """The last organisation's gathering of ``draft``'s format reported before it: one
    named by its noun (« le 60e sommet de la CEDEAO », for a summit also « la session de
    la Conférence des chefs d'État de la CEEAC »), of the organisation and at most the one
    state taking part."""
    found = None
    for other in drafts:
        if other is draft or other.sentence >= draft.sentence:
            break
        if (
            other.kind == "consultation"
            and not other.background
            and _own_gathering_sides(other.parties)
            and _GATHERING.match(prepared.key, other.anchor[0]) is not None
            and (
                other.subtype == draft.subtype
                or (
                    draft.subtype == "summit"
                    and _heads_named(prepared, by_index.get(other.sentence), other.anchor[0])
                )
            )
        ):
            found = other
    return found


def _again_of(
    prepared: Prepared,
    by_index: dict[int, SentenceReading],
    draft: Draft,
    drafts: Sequence[Draft],
) -> tuple[Draft, bool] | None:
    """The organisation's gathering ``draft`` names again, and whether it is the one
    before it in the series (« le précédent sommet »), or None."""
    key = prepared.key
    start, end = draft.anchor
    reading = by_index.get(draft.sentence)
    if reading is None or key[start:end] not in _AGAIN_NOUNS:
        return None
    before = _AGAIN_DETERMINER.search(key, max(reading.sentence.start, start - 20), start)
    if before is None or _named_by_its_own(prepared, reading, end):
        return None
    reported = _gathering_named_before(prepared, by_index, drafts, draft)
    if reported is None:
        return None
    return reported, before.group("earlier") is not None


def gatherings_again(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: list[Draft]
) -> list[Draft]:
    """``drafts`` with each organisation's gathering named again given its sides (rule
    ``parties.gathering-again``).

    « Le président ivoirien a participé mardi au sommet de l'Union africaine. Le sommet,
    qui a réuni les présidents ghanéen, togolais et béninois, … »: a gathering named
    again by a bare noun (« le sommet », « cette session », no name of its own after it)
    after an organisation's gathering of the same format is that gathering, not a
    meeting of the states its sentence names (its members, its new officers): the
    gathering reported takes what it adds (a date, a place, a round) and the draft is
    dropped; a text its members adopted there (« le sommet a adopté une déclaration »)
    is the organisation's too. « Le précédent sommet » is the one
    before it in the series: the organisation's alone.
    """
    by_index = readings_by_index(readings)
    out: list[Draft] = []
    renamed: dict[frozenset[str], set[str]] = {}
    for draft in drafts:
        if draft.kind == "declaration" and frozenset(draft.parties) in renamed:
            draft.parties = set(renamed[frozenset(draft.parties)])
            draft.trace("parties.gathering-again")
        if draft.kind != "consultation":
            out.append(draft)
            continue
        found = _again_of(prepared, by_index, draft, drafts)
        if found is None:
            out.append(draft)
            continue
        reported, earlier = found
        if earlier and draft.parties != _series_sides(reported):
            draft.parties = _series_sides(reported)
            draft.persons = [p for p in draft.persons if p.party in draft.parties]
            draft.trace("parties.gathering-again")
        if earlier or draft.parties == reported.parties:
            out.append(draft)
            continue
        renamed[frozenset(draft.parties)] = set(reported.parties)
        reported.date = reported.date or draft.date
        reported.place = reported.place or draft.place
        reported.round = reported.round or draft.round
        reported.trace("parties.gathering-again")
    return out


_HEADS_BODY: Final = re.compile(
    r"[\w-]+(?:\s+[\w-]+)?(?:\s+(?:de la|du|de l')\s*[\w-]+)?\s+(?:des|de)\s+"
    rf"(?:{either('consultation.heads-body', 'heads')})\b"
)
"""The gathering's own name, from its noun, naming its members as heads of state or
government: « la session extraordinaire de la Conférence des chefs d'État », « une séance
du Conseil des chefs d'État », « le Conseil des chefs de gouvernement »."""
_BODY_FORMATS: Final = frozenset({"meeting", "joint_commission"})
_HEADS_STEM: Final = commonprefix(forms("consultation.heads-body", "heads"))  # noqa: RUF071
"""What every form of ``consultation.heads-body``'s heads starts with (« chefs d »): a
text without it names no heads' body (an empty prefix gates nothing)."""
_OPENING_SUBJECT: Final = re.compile(r"\W*(?:le|la|l')\s*(?:\d+(?:e|er|eme)\s+)?")
"""The determiner (and ordinal) of a gathering named as the sentence's subject: « La 38e
session … s'est ouverte »."""


def _heads_named(prepared: Prepared, reading: SentenceReading | None, anchor: int) -> bool:
    """Whether the gathering's name, from its noun at ``anchor`` or (for a draft anchored
    on its verb, « … s'est réuni ») from the subject opening its sentence, names its
    members as heads of state or government."""
    key = prepared.key
    if _HEADS_BODY.match(key, anchor) is not None:
        return True
    if reading is None:
        return False
    opening = _OPENING_SUBJECT.match(key, reading.sentence.start, anchor)
    return opening is not None and _HEADS_BODY.match(key, opening.end(), anchor) is not None


def heads_bodies(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: Sequence[Draft]
) -> None:
    """Make a summit of each organisation's gathering whose own name says its members are
    heads of state or government (rule ``consultation.heads-body``).

    « La 22e session extraordinaire de la Conférence des chefs d'État de la CEEAC a eu
    lieu samedi », « le président kazakh a assisté à la session informelle du Conseil des
    chefs d'État de la CEI »: whatever noun the text uses (session, réunion, conseil), a
    gathering of an organisation's heads of state is its summit. The name is read from
    the draft's noun on, through one adjective and one « de la Conférence », « du
    Conseil »: a ministers' meeting held before the heads' summit (« la réunion des
    ministres en préparation du sommet des chefs d'État ») stays a meeting. Drafts are
    changed in place.
    """
    if _HEADS_STEM not in prepared.key:
        return  # no heads of state or government named
    by_index = readings_by_index(readings)
    for draft in drafts:
        if draft.kind != "consultation" or draft.subtype not in _BODY_FORMATS:
            continue
        if all(_is_state(code) for code in draft.parties):
            continue
        if not _heads_named(prepared, by_index.get(draft.sentence), draft.anchor[0]):
            continue
        draft.subtype = "summit"
        draft.trace("consultation.heads-body")


def _organisation_and_state(parties: set[str]) -> tuple[str, str] | None:
    """The organisation and the state of a pair of one of each, else None."""
    if len(parties) != 2:
        return None
    first, second = sorted(parties)
    if _is_state(first) and state_code(second) is False:
        return second, first
    if _is_state(second) and state_code(first) is False:
        return first, second
    return None


_COUNTED: Final = re.compile(
    r"\b(?:les|ces) (?P<n>"
    + alternation(numbers("declaration.organisation-text") | numbers("declaration.the-n-sides"))
    + rf") (?:{either('parties.both', 'both-noun')})\b[^,;:.]{{0,50}}$"
)
"""« les deux dirigeants ont publié une », « les trois pays ont adopté la »: a text's
sides counted before its noun."""


def _names_state(prepared: Prepared, reading: SentenceReading, draft: Draft, state: str) -> bool:
    """Whether the text's own sentence names ``state`` or counts its sides (« les deux
    dirigeants », « les trois pays »): then the state is one of its issuers."""
    if any(m.category == "party" and m.value == state for m in reading.parties):
        return True
    start = max(reading.sentence.start, draft.anchor[0] - 90)
    return _COUNTED.search(prepared.key, start, draft.anchor[0]) is not None


def organisation_texts(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: list[Draft]
) -> None:
    """Rule ``declaration.organisation-text``: a joint text of an organisation and of
    one state, which its own sentence issues without naming that state or counting its
    sides (« Dans le communiqué final, les chefs d'État exhortent … »), after a gathering
    of that organisation was reported, is the organisation's: the state is the host, the
    chair or a member taking part (« le président X a présidé le sommet de l'IGAD »), not
    a co-issuer. The drafts are changed in place."""
    by_index = readings_by_index(readings)
    seen: set[str] = set()
    for draft in drafts:
        if draft.kind == "consultation" and not draft.background:
            seen.update(code for code in draft.parties if not _is_state(code))
            continue
        if draft.kind != "declaration" or draft.subtype == "statement":
            continue
        pair = _organisation_and_state(draft.parties)
        reading = by_index.get(draft.sentence)
        if pair is None or pair[0] not in seen or reading is None:
            continue
        if _names_state(prepared, reading, draft, pair[1]):
            continue
        draft.parties = {pair[0]}
        draft.persons = [p for p in draft.persons if p.party in draft.parties or p.party is None]
        draft.trace("declaration.organisation-text")


_CLOSING_NOUN: Final = re.compile(
    rf"\b(?:{either('declaration.of-gathering', 'closing')}) "
    rf"(?:{either('declaration.of-gathering', 'closing-determiner')})\s*"
    rf"(?:(?P<visit>{either('declaration.closing-sides', 'visit')})"
    rf"|{either('declaration.closing-sides', 'talk')})\b"
)
"""« à l'issue de la visite », « au terme des entretiens »: the talk a text closed."""
_TALK_FORMATS: Final = {"meeting": "meeting", "joint_commission": "meeting", "visit": "visit"}


def _closed_talk(drafts: Sequence[Draft], before: int, visit: bool) -> Draft | None:
    """The last consultation of the article's own news before ``before`` (a draft's
    index) that a text closing « la visite » (``visit``: a visit) or « la réunion » (a
    meeting or a commission's session, else a visit) names."""
    formats = ("visit",) if visit else ("meeting", "visit")
    for wanted in formats:
        for draft in reversed(drafts[:before]):
            if draft.kind != "consultation" or draft.background or len(draft.parties) < 2:
                continue
            if _TALK_FORMATS.get(draft.subtype or "") == wanted:
                return draft
    return None


_COUNTS: Final = numbers("declaration.organisation-text") | numbers("declaration.the-n-sides")


def _other_sides(prepared: Prepared, reading: SentenceReading, draft: Draft, talk: Draft) -> bool:
    """Whether the joint text ``draft`` has sides the closed ``talk`` would change: not
    the same, not some of them (one side's own text) nor more, and not counted as
    another number than the talk's (« les trois dirigeants » after a talk of two)."""
    if draft.parties <= talk.parties or draft.parties > talk.parties:
        return False
    start = max(reading.sentence.start, draft.anchor[0] - 90)
    counted = _COUNTED.search(prepared.key, start, draft.anchor[0])
    return counted is None or _COUNTS.get(counted.group("n")) == len(talk.parties)


def closing_sides(
    prepared: Prepared, readings: Sequence[SentenceReading], drafts: list[Draft]
) -> None:
    """Rule ``declaration.closing-sides``: a joint text said to close a visit or a talk
    (« Un communiqué conjoint rendu public à l'issue de la visite réaffirme … », « Au terme de
    la réunion, les deux parties ont publié une déclaration commune ») is issued by the
    sides of that visit or talk, the last one reported before it, not by a country or
    an organisation its content names; a text whose sides are counted (« les trois
    dirigeants ») keeps them. The drafts are changed in place."""
    by_index = readings_by_index(readings)
    key = prepared.key
    for at, draft in enumerate(drafts):
        if draft.kind != "declaration" or draft.subtype == "statement":
            continue
        reading = by_index.get(draft.sentence)
        if reading is None:
            continue
        closing = _CLOSING_NOUN.search(key, reading.sentence.start, reading.sentence.end)
        if closing is None:
            continue
        talk = _closed_talk(drafts, at, closing.group("visit") is not None)
        if talk is None or not _other_sides(prepared, reading, draft, talk):
            continue
        draft.parties = set(talk.parties)
        draft.persons = [p for p in talk.persons if p.party in draft.parties]
        draft.trace("declaration.closing-sides")
