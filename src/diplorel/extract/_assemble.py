"""Assembling events from the mentions of each sentence.

The rules, in the order they run (documented in ``docs/extraction.md``):

1. Each sentence outside repeated paragraphs is read once: its parties,
   persons, dates, ordinals, sectors, triggers and cues.
2. A consultation trigger ("consultations politiques", "s'est entretenu",
   "entretien téléphonique", "visite officielle", ...) makes a consultation
   unless a cue marks it as future or intended. A noun trigger governed by
   "lors de", "au cours de", "à l'issue de" refers back to an event already
   reported and makes none.
3. A declaration trigger makes a declaration; a bare "déclaration" only with
   a verb of issuing nearby or as a title.
4. An instrument noun makes an agreement when a stage is reported for it:
   in its sentence, or carried over from the sentence that announced a group
   of instruments that it enumerates. Plural instruments with a number are a
   group; singular ones with a determiner of reference ("cet accord") refer
   back to the last agreement.
5. Parties come from the sentence around the trigger (names, demonyms,
   acronyms, capitals acting as subjects, persons' parties); "les deux pays"
   and missing sides are filled from the document's main pair.
6. Mentions of one event in several sentences are merged.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, deque
from collections.abc import Iterable, Sequence
from itertools import pairwise
from typing import Final, TypeVar

import attrs

from diplorel._registry import party_or_none
from diplorel.extract._dates import DateMention, find_dates
from diplorel.extract._lexicon import Entry, Lexicon
from diplorel.extract._lists import counted_items, listed_items
from diplorel.extract._mentions import (
    Mention,
    PersonMention,
    find_known_persons,
    find_parties,
    find_persons,
)
from diplorel.extract._ordinals import OrdinalMention, find_ordinals
from diplorel.extract._text import Prepared, Sentence, fold
from diplorel.model import DateSpan, DateValue, PartialDate

__all__ = ["Draft", "SentenceReading", "assemble", "read_sentences"]

_T = TypeVar("_T")

_WINDOW: Final = 60
"""The characters after a trigger that the patterns matched there may read: with this
bound, a pattern that starts with blanks (super-linear on a long run of them when
tried everywhere) stays linear where it is tried once."""

_PLACE_PREP: Final = re.compile(
    r"(?:\b(?:à|a|de|d'|depuis|vers|pour|en|au|dans|sur)\s*)(?:\w+-)?$"
)  # "(protocole) de Nagoya-Kuala Lumpur": a compound name is a place too
_NUMBER_BEFORE: Final = re.compile(
    r"\b(\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|"
    r"seize|vingt|trente)\s+(?:\w+\s+){0,2}$"
)
_NUMBERS: Final = {
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
    "seize": 16, "vingt": 20, "trente": 30,
}  # fmt: skip
_ANAPHOR_BEFORE: Final = re.compile(
    r"\b(?:cet|cette|ce|ces|ledit|ladite|lesdits|l'|le|la|dudit)\s*$"
)
_DEFINITE_BEFORE: Final = re.compile(r"\b(?:le|la|l'|les)\s*(?:\w+\s+)?$")
_SPECIFIER_AFTER: Final = re.compile(
    r"^\s*(?:de coop|de partenariat|de libre|d'assistance|d'exemption|de suppression|de "
    r"securite|de defense|sur |relatif|relative|portant|concernant|en matiere|dans le domaine|"
    r"pour |entre |tendant a|visant a|de (?:la |l'|le )?(?!ces\b|cet\b)\w+|d'(?!une?\b)\w+|"
    r"-cadre|international|"
    r"bilateral|multilateral|additionnel|\d{4}|commercial|militaire|financier|sur les|du |des )"
)
_ORDINAL_ITEM_BEFORE: Final = re.compile(
    r"\b(?:premier|premiere|deuxieme|second|seconde|troisieme|quatrieme|cinquieme|"
    r"dernier|autre)\s+$"
)
_BACKREF_BEFORE: Final = re.compile(
    r"\b(?:lors|au cours|a l'issue|a la suite|en marge|pendant|durant|au terme|dans le cadre|"
    r"a l'occasion|apres|a la fin)\s+(?:de\s+|d'|du\s+|des\s+)?(?:la\s+|l'|le\s+|les\s+|cette\s+|"
    r"ce\s+|cet\s+|ces\s+|leur\s+|leurs\s+|sa\s+|son\s+|ses\s+)?(?:\w+\s+){0,3}$"
)
_ISSUE_VERBS: Final = re.compile(
    r"\b(?:adopte|adoptee|adopterent|publie|publiee|diffuse|diffusee|signe|signee|signent|"
    r"emis|emise|ont emis|a emis|fait une|rendu public|rendue publique|sanctionne|sanctionnee|"
    r"approuve|condamne|a qualifie|repond|riposte|adoption|a fait|ont fait)\b"
)
_TOPIC_AFTER: Final = re.compile(
    r"\b(?:sur (?:la|le|les|l')|concernant|au sujet|a propos|portant sur|relatif|relative|"
    r"consacre|dans la region|situation)\b"
)
_BOTH: Final = re.compile(
    r"\b(?:les deux (?:pays|parties|ministres|presidents|chefs|nations|cotes|etats|"
    r"gouvernements|delegations|diplomaties|capitales|homologues|responsables|dirigeants)|"
    r"bilaterale?s?|son homologue|leur homologue|ses homologues|les parties)\b"
)
_DELEGATION: Final = re.compile(r"\b(?:delegation|delegations)\b")
_LED_BY: Final = re.compile(
    r"\b(?:conduite|dirigee|menee|presidee|emmenee|conduites|dirigees)\s+par\b|\ba la tete d"
)
_NEGATION: Final = re.compile(
    r"\bn'(?:a|ont|est|sont|avait|avaient)\s+(?:\w+\s+)?(?:pas|jamais|guere)\b"
    r"|\bne\s+(?:\w+\s+){1,2}(?:pas|jamais|guere)\b"
)
_CAPITAL_DETAILS: Final = frozenset({"capital"})
_PLACE_DETAILS: Final = frozenset({"capital", "city"})
_COUNTRY_OF_CITY: Final = re.compile(r",\s*(?:en|au|aux|a)\s+$")
_CAPITAL_OF: Final = re.compile(r"\bcapitale(?: \w+)?,? $")
_SUPPORT_VERB: Final = re.compile(
    r"\b(?:a eu|ont eu|avait eu|a tenu|ont tenu|s'est tenue?s?|se sont tenue?s|tenue?s?|"
    r"a eu lieu|ont eu lieu|a effectue|ont effectue|effectuee?|s'est deroulee?|"
    r"se sont deroulee?s|deroulee?s?|"
    r"a participe|ont participe|a preside|ont preside|presidee?s?|copresidee?s?|co-presidee?s?|"
    r"a acheve|achevee?|a entame|ont entame|s'est achevee?|cloturee?s?|organisee?s?|"
    r"a conduit|ont conduit|a debute|ont debute|a commence|sanctionnee?|a abouti|ont abouti|"
    r"a rencontre|a recu|a accueilli|reunie?s?|ont pris part|a pris part|venu|venue|"
    r"arrive|arrivee|"
    r"en visite|a effectue|a echange|ont echange|ont evoque|a evoque|a fait le point|"
    r"a discute|ont discute|s'est entretenue?|se sont entretenus|se sont reunis|s'est reunie?|"
    r"a sejourne|a sejournee)\b"
)
_MANNERS: Final = frozenset({"phone_call", "video_conference"})
_SUPPORT_REACH: Final = 45
"""How far before a noun trigger its verb may be ("ont tenu vendredi à Tokyo le 19e
sommet")."""
_EXPANDED: Final = re.compile(r"\belargie?s?\b")
"""A meeting "élargie" / "en format élargi" is the second one of a visit, with both
delegations, after the meeting in private ("en tête-à-tête")."""
_RESTATEMENT_BEFORE: Final = re.compile(
    r"\b(?:il s'agissait|il s'agit|c'etait|c'est|ce fut|ce sont)\s+"
    r"(?:de la |de l'|des |du |de |d')?(?:\w+\s+){0,2}$"
)
""""Il s'agissait des premiers pourparlers": the meeting just reported, described again."""
_TALKS: Final = frozenset({"negotiation", "meeting"})
"""Formats that a back-reference ("à l'issue des pourparlers") may use for any meeting."""
_SPECIFIC_FORMATS: Final = frozenset(
    {
        "phone_call",
        "video_conference",
        "political_consultations",
        "joint_commission",
        "negotiation",
    }
)


@attrs.frozen
class SentenceReading:
    """Everything recognised in one sentence."""

    index: int
    sentence: Sentence
    parties: tuple[Mention, ...]
    persons: tuple[PersonMention, ...]
    dates: tuple[DateMention, ...]
    ordinals: tuple[OrdinalMention, ...]
    sectors: tuple[tuple[int, int, str], ...]
    triggers: tuple[tuple[int, int, Entry], ...]
    cues: tuple[tuple[int, int, str], ...]
    earlier: tuple[DateMention, ...] = ()
    """Dates of earlier instances of an event ("celle de 1987")."""


@attrs.frozen
class _Context:
    """The last stage reported, carried over to instruments enumerated after it."""

    stage: str
    date: DateValue | None
    sentence: int
    persons: tuple[PersonMention, ...]


@attrs.define
class Draft:
    """An event under construction (mutable inside assembly only)."""

    kind: str
    sentence: int
    anchor: tuple[int, int]
    parties: set[str]
    subtype: str
    date: DateValue | None = None
    place: str | None = None
    round: int | None = None
    sectors: set[str] = attrs.field(factory=set)
    persons: list[PersonMention] = attrs.field(factory=list)
    evidence: list[tuple[int, int]] = attrs.field(factory=list)
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


_OTHER_EVENT_DATE: Final = re.compile(
    r"(?:\b(?:celle|celui|celles|ceux|(?:la|le) precedente?|(?:la|le) \w+iemes?)|"
    r"\b(?:la|le) (?:derniere?|precedente?) (?:[\w']+ ){0,5}?[\w']+|"
    r"\b(?:la|le) (?:session|cycle|round|reunion|edition|visite|rencontre) "
    r"(?:precedente?|anterieure?|derniere?))\s*,?\s*"
    r"(?:qui\s+(?:a|avait)\s+eu\s+lieu\s+|qui\s+s'(?:est|etait)\s+tenue?s?\s+|tenue?s?\s+)?"
    r"(?:(?:de|d'|du|en)\s*)?$"
)
"""A date after "celle de", "la précédente, en" or "la huitième, qui a eu lieu en" is the
date of an earlier instance of the event just named ("trente ans après celle de 1987"),
and so is the date of "la dernière session de la commission, en 1997"."""
_OTHER_EVENT_REACH: Final = 60


def _bucket(starts: Sequence[int], sentences: Sequence[Sentence]) -> list[range]:
    """For each sentence, the index range of the (sorted) items lying inside it."""
    out = []
    index = 0
    total = len(starts)
    for sentence in sentences:
        while index < total and starts[index] < sentence.start:
            index += 1
        first = index
        while index < total and starts[index] < sentence.end:
            index += 1
        out.append(range(first, index))
    return out


def read_sentences(
    prepared: Prepared, lex: Lexicon, published: PartialDate | None
) -> list[SentenceReading]:
    """Recognise the mentions of every sentence outside repeated paragraphs.

    Each recogniser makes one pass over the whole text; its matches are then
    dealt out to the sentences (a match that runs over a sentence's end is
    dropped).
    """
    key, text_len = prepared.key, len(prepared.text)
    sentences = prepared.sentences
    dates: list[DateMention] = []
    earlier: list[DateMention] = []
    for mention in find_dates(prepared.text, published=published):
        other = _OTHER_EVENT_DATE.search(
            key, max(0, mention.start - _OTHER_EVENT_REACH), mention.start
        )
        (earlier if other else dates).append(mention)
    ordinals = find_ordinals(prepared.text)
    parties = find_parties(prepared, lex, 0, text_len)
    sectors = [
        (m.start(), m.end(), value)
        for m in lex.sectors.finditer(key)
        if (value := lex.sector_entries[m.group()].value) != "none"
    ]
    triggers = [
        (m.start(), m.end(), entry)
        for m in lex.triggers.finditer(key)
        for entry in lex.trigger_entries[m.group()]
    ]
    cues = [(m.start(), m.end(), lex.cue_entries[m.group()].value) for m in lex.cues.finditer(key)]
    by_date = _bucket([d.start for d in dates], sentences)
    by_earlier = _bucket([d.start for d in earlier], sentences)
    by_ordinal = _bucket([o.start for o in ordinals], sentences)
    by_party = _bucket([m.start for m in parties], sentences)
    by_sector = _bucket([t[0] for t in sectors], sentences)
    by_trigger = _bucket([t[0] for t in triggers], sentences)
    by_cue = _bucket([t[0] for t in cues], sentences)
    readings = []
    for index, sentence in enumerate(sentences):
        if sentence.paragraph in prepared.repeated:
            continue
        end = sentence.end
        mine = [parties[i] for i in by_party[index] if parties[i].end <= end]
        readings.append(
            SentenceReading(
                index=index,
                sentence=sentence,
                parties=tuple(mine),
                persons=tuple(find_persons(prepared, sentence.start, end, mine)),
                dates=tuple(dates[i] for i in by_date[index] if dates[i].end <= end),
                earlier=tuple(earlier[i] for i in by_earlier[index] if earlier[i].end <= end),
                ordinals=tuple(ordinals[i] for i in by_ordinal[index] if ordinals[i].end <= end),
                sectors=tuple(sectors[i] for i in by_sector[index] if sectors[i][1] <= end),
                triggers=tuple(triggers[i] for i in by_trigger[index] if triggers[i][1] <= end),
                cues=tuple(cues[i] for i in by_cue[index] if cues[i][1] <= end),
            )
        )
    return readings


# -- helpers -------------------------------------------------------------------


def _actor_parties(
    prepared: Prepared,
    reading: SentenceReading,
    lo: int,
    hi: int,
    skip: frozenset[int] = frozenset(),
) -> list[str]:
    """Party codes of the mentions in ``[lo, hi)`` that can be sides of an event (the
    mentions starting at an offset of ``skip`` are not)."""
    key = prepared.key
    codes: list[str] = []
    for mention in reading.parties:
        if not lo <= mention.start < hi or mention.category != "party":
            continue
        if mention.start in skip:
            continue
        before = key[max(0, mention.start - 14) : mention.start]
        if mention.detail in _CAPITAL_DETAILS and (
            _PLACE_PREP.search(before)
            or _CAPITAL_OF.search(key, max(0, mention.start - 40), mention.start)
        ):
            continue
        if before.endswith("(") and key.startswith(")", mention.end):
            continue  # "Igor Popov (Russie)": a person's nationality, not a side
        if before.endswith(("capitale ", "capitale de ", "capitale du ", "ville ")):
            continue
        if _COUNTRY_OF_CITY.search(before) and any(
            m.detail in _PLACE_DETAILS and 0 < mention.start - m.end <= 6 for m in reading.parties
        ):
            continue  # "à Cebu, aux Philippines": where the city is
        if mention.value not in codes:
            codes.append(mention.value)
    return codes


_COMPLEMENT: Final = re.compile(r"[^,;:.]{0,50}?\b(?:entre|avec)\s+")
_COMPLEMENT_END: Final = re.compile(r"[,;:.()\"\u201c\u201d\u00ab\u00bb]")


def _complement(
    prepared: Prepared, reading: SentenceReading, t_end: int
) -> tuple[list[str], frozenset[int]]:
    """The parties of an instrument's own complement ("un accord de coopération entre
    l'Azerbaïdjan et l'UE", "un accord avec le Japon"), and where they are written."""
    key, s_end = prepared.key, reading.sentence.end
    lead = _COMPLEMENT.match(key, t_end, min(s_end, t_end + 60))
    if lead is None:
        return [], frozenset()
    stop = _COMPLEMENT_END.search(key, lead.end(), min(s_end, lead.end() + 80))
    end = stop.start() if stop else min(s_end, lead.end() + 80)
    mentions = [
        m for m in reading.parties if lead.end() <= m.start < end and m.category == "party"
    ]
    return list(dict.fromkeys(m.value for m in mentions)), frozenset(m.start for m in mentions)


_BETWEEN_OTHERS: Final = re.compile(
    r"[^,;:.]{0,40}?\bentre\s+(?:le|la|les|l')\s*[^,;:.]{3,60}?\s+et\s+(?:le|la|les|l')\s*"
    r"(?:syndicats?|patronat|partenaires sociaux|organisations? syndicales?|"
    r"collectivites|communes|regions|entreprises?|societes?|operateurs?|"
    r"representants des|associations?)\b"
)


def _between_others(prepared: Prepared, reading: SentenceReading, anchor: tuple[int, int]) -> bool:
    """The instrument is between a government and non-state bodies ("entre le
    Gouvernement et les syndicats d'enseignants"), not between parties."""
    match = _BETWEEN_OTHERS.match(prepared.key, anchor[1], reading.sentence.end)
    return match is not None and not _complement(prepared, reading, anchor[1])[0]


_MARGIN: Final = re.compile(r"\ben marge d(?:u|e la|e l'|es)\b[^,;:.]{0,80}")


def _margins(
    prepared: Prepared, reading: SentenceReading, anchor: tuple[int, int]
) -> frozenset[int]:
    """Where the parties of a frame "en marge du sommet de l'ASEAN" are written: the
    summit's, not the sides of the meeting held on its sidelines."""
    starts: set[int] = set()
    for match in _MARGIN.finditer(prepared.key, reading.sentence.start, reading.sentence.end):
        if match.start() <= anchor[0] < match.end():
            continue  # the trigger is the summit itself
        starts.update(m.start for m in reading.parties if match.start() <= m.start < match.end())
    return frozenset(starts)


def _instrument_complements(prepared: Prepared, reading: SentenceReading) -> frozenset[int]:
    """Where the parties of instruments' complements are written in a sentence: they
    are the instrument's sides, not a meeting's ("il a soutenu l'accord entre X et Y")."""
    starts: set[int] = set()
    for _start, end, entry in reading.triggers:
        if entry.category == "instrument":
            starts |= _complement(prepared, reading, end)[1]
    return frozenset(starts)


def _window(
    prepared: Prepared, reading: SentenceReading, anchor: tuple[int, int]
) -> tuple[int, int]:
    """The part of the sentence that names an event's participants."""
    start, end = reading.sentence.start, reading.sentence.end
    key = prepared.key
    topic = _TOPIC_AFTER.search(key, anchor[1], end)
    hi = end if topic is None else topic.start()
    return start, max(hi, anchor[1])


def _meeting_window(
    prepared: Prepared, reading: SentenceReading, anchor: tuple[int, int]
) -> tuple[int, int]:
    """A meeting's window also ends at an instrument named after the trigger: the
    parties that follow are the instrument's ("son soutien à un accord entre X et Y")."""
    lo, hi = _window(prepared, reading, anchor)
    for start, _end, entry in reading.triggers:
        if entry.category == "instrument" and anchor[1] <= start < hi:
            return lo, max(start, anchor[1])
    return lo, hi


_YEAR_REACH: Final = 60


def _distance(item: DateMention, anchor: tuple[int, int]) -> int:
    return item.start - anchor[1] if item.start >= anchor[1] else anchor[0] - item.end


def _has_month(value: DateValue) -> bool:
    start = value.start if isinstance(value, DateSpan) else value
    return start.month is not None


def _is_period(value: DateValue) -> bool:
    """A span of whole years ("2023-2024"): the term of a plan, not an event's date."""
    return isinstance(value, DateSpan) and value.start.month is None


def _near(items: Sequence[DateMention], anchor: tuple[int, int]) -> DateMention | None:
    """The date mention nearest the anchor; a year alone only when nothing finer is there."""
    best: DateMention | None = None
    best_distance = 10**9
    finer = any(
        item.value is not None and not _is_period(item.value) and _has_month(item.value)
        for item in items
    )
    for item in items:
        if item.value is None or _is_period(item.value):
            continue
        if not _has_month(item.value) and (finer or _distance(item, anchor) > _YEAR_REACH):
            continue
        distance = item.start - anchor[1] if item.start >= anchor[1] else anchor[0] - item.end
        if distance < best_distance:
            best, best_distance = item, distance
    return best


def _dates_of_stage(
    dates: Sequence[DateMention], anchor: tuple[int, int], stages: Sequence[tuple[int, int, str]]
) -> list[DateMention]:
    """The dates of the sentence but those written right after another stage ("approuvé
    jeudi … trois accords signés à Kigali le 14 octobre": 14 October is the
    signature's, not the approval's)."""
    others = [e for s, e, _v in stages if (s, e) != anchor]

    def own(date: DateMention) -> bool:
        after_other = any(0 <= date.start - end <= _OWN_DATE_REACH for end in others)
        if 0 <= date.start - anchor[1] <= _OWN_DATE_REACH:
            # right after this stage, unless another stage comes between
            return not any(anchor[1] <= end <= date.start for end in others)
        return not after_other

    return [d for d in dates if own(d)]


_OWN_DATE_REACH: Final = 40


def _future(reading: SentenceReading, anchor: tuple[int, int]) -> bool:
    """A cue near the trigger says the event is to come ("se réunira", "prévue").

    A prospect ("ouvrant la voie à") only looks forward: it concerns the
    triggers after it.
    """
    for start, end, kind in reading.cues:
        # the verb may come after a long subject ("la commission, présidée par …, se réunira")
        near = -60 < start - anchor[1] < _FUTURE_AFTER or abs(anchor[0] - end) < 60
        if kind == "future" and near:
            return True
        if kind == "prospect" and end <= anchor[0] and anchor[0] - end < 60:
            return True
    return False


_FUTURE_AFTER: Final = 90
_PLACE_BEFORE: Final = re.compile(
    r"(?:\ba|\bau|\bdans la (?:capitale|ville)(?: \w+)?,?|\ben|"
    r"\b(?:sommet|reunion|conference|session|forum) de|"
    r"\b(?:au|a la|dans le|dans la) (?:palais|siege|centre|hotel|salle|residence|chateau)"
    r"(?: \w+){0,3} (?:de|d'))\s*$"
)  # "au palais des congrès de Yaoundé": the venue's city


def _place(prepared: Prepared, reading: SentenceReading) -> str | None:
    """The city after "à", "dans la capitale (…)", or naming a meeting ("le sommet de X")."""
    key, text = prepared.key, prepared.text
    for mention in reading.parties:
        if mention.detail not in _PLACE_DETAILS:
            continue
        if any(0 <= mention.start - d.end <= 6 for d in reading.earlier):
            continue  # "celle de 1987, à Brazzaville": where an earlier session was
        before = key[max(reading.sentence.start, mention.start - 45) : mention.start]
        if _PLACE_BEFORE.search(before):
            name = text[mention.start : mention.end]
            if before.endswith("au ") and not name.startswith(("Le ", "le ")):
                return "Le " + name  # "au Caire": the city is "Le Caire"
            return name
    return None


def _round(reading: SentenceReading, prepared: Prepared, anchor: tuple[int, int]) -> int | None:
    key = prepared.key
    for ordinal in reversed(reading.ordinals):
        if ordinal.end <= anchor[0] and anchor[0] - ordinal.end <= 45:
            between = key[ordinal.end : anchor[0]]
            if re.fullmatch(
                r"[\s]*(?:(?:cycle|session|round|edition|reunion|tour|grande|mixte|"
                r"consultations?|politiques?|du|de|des|la|le|l'|d'|sa|son|leur|leurs|notre)"
                r"[\s']*)*",
                between,
            ):
                return ordinal.value
    return None


_CHIEF: Final = re.compile(r"\bchef(?:s)? de (?:la |sa |leur )?(?:delegation|diplomatie)\b")


def _add_chiefs(
    draft: Draft, key: str, reading: SentenceReading, chiefs: dict[str, PersonMention]
) -> None:
    """ "Le chef de la délégation algérienne" names the head already known for that side."""
    if not chiefs or _CHIEF.search(key, reading.sentence.start, reading.sentence.end) is None:
        return
    sides = {p.party for p in draft.persons}
    for code in sorted(draft.parties):
        chief = chiefs.get(code)
        if chief is not None and code not in sides:
            draft.persons.insert(0, chief)


def _delegation_heads(prepared: Prepared, reading: SentenceReading) -> list[PersonMention]:
    """Persons said to lead a delegation, with the delegation's party."""
    key = prepared.key
    s_start, s_end = reading.sentence.start, reading.sentence.end
    if key.find("delegation", s_start, s_end) < 0:
        return []
    if _LED_BY.search(key, s_start, s_end) is None:
        return []
    out = []
    for person in reading.persons:
        party = person.party
        last = None
        for match in _DELEGATION.finditer(key, s_start, person.start):
            last = match
        if last is not None:
            for mention in reading.parties:
                if last.end() <= mention.start < last.end() + 25 and mention.category == "party":
                    party = mention.value
                    break
        out.append(attrs.evolve(person, party=party))
    return out


def _heads(
    reading: SentenceReading, parties: set[str], anchor: tuple[int, int]
) -> list[PersonMention]:
    """Persons of the sentence who can lead a side of the event at ``anchor``.

    When the sentence reports several talks ("l'appel entre les présidents X et Y
    ... le ministre Z a reçu un appel de W"), each person goes with the nearest.
    """
    others = [
        start
        for start, _end, entry in reading.triggers
        if entry.category == "consultation" and abs(start - anchor[0]) > 40
    ]
    out = []
    for person in reading.persons:
        if person.party is not None and person.party not in parties:
            continue
        mine = abs(person.start - anchor[0])
        if any(abs(person.start - other) < mine for other in others):
            continue
        out.append(person)
    return out


_MEETINGS_WITH: Final = re.compile(r"s\s+avec\s+")
_CLAUSE_BREAK: Final = re.compile(r"[;:]|\b(?:a|ont|est|sont|qui|dont)\s")
_LIST_GOES_ON: Final = re.compile(r"\s*(?:,|et\b|ainsi que\b|\.|$)")


def _start_of(person: PersonMention) -> int:
    return person.start


def _one_per_counterpart(
    prepared: Prepared, reading: SentenceReading, anchor: tuple[int, int], draft: Draft
) -> list[Draft]:
    """ "Ils ont eu des rencontres avec M. X, président, M. Y, président du Parlement":
    a plural meeting with several persons named after "avec" is one meeting each."""
    if draft.subtype != "meeting" or not _MEETINGS_WITH.match(prepared.key, anchor[1] - 1):
        return [draft]
    key = prepared.key
    met: list[PersonMention] = []
    position = anchor[1]
    for person in sorted((p for p in draft.persons if p.start > anchor[1]), key=_start_of):
        gap = key[position : person.start]
        if len(gap) > 90 or _CLAUSE_BREAK.search(gap):
            break
        if not _LIST_GOES_ON.match(key, person.end):
            break  # "…, M. Y a relevé": the subject of the next clause, not one met
        met.append(person)
        position = person.end
    if len(met) < 2:
        return [draft]
    hosts = [p for p in draft.persons if p.start < anchor[0]]
    return [
        attrs.evolve(
            draft,
            persons=[*hosts, person],
            counterpart=_family(person.name),
            evidence=[(person.start, person.end)] if i else list(draft.evidence),
            parties=set(draft.parties),
            sectors=set(draft.sectors),
        )
        for i, person in enumerate(met)
    ]


_GENERIC_VISIT: Final = re.compile(
    r"\s*(?:de haut niveau|mutuelles|reciproques|officielles|au plus haut|d'affaires|"
    r"touristiques?)|s\b"
)
"""Matched (anchored) right after the trigger; a pattern matched from a position must not
start with "^", which only matches at the start of the string or of a line."""


_TO_A_PLACE: Final = re.compile(
    r"\s+(?:(?:de travail|officielle|d'inspection|de terrain)\s+)?(?:au|aux|a la|a l')\s*"
)


def _facility_visit(prepared: Prepared, reading: SentenceReading, end: int) -> bool:
    """A visit "au camp d'entraînement", "à l'usine": to a place that is not a country or
    a city (no party named there) is not a diplomatic visit."""
    match = _TO_A_PLACE.match(prepared.key, end, min(reading.sentence.end, end + _WINDOW))
    if match is None or not prepared.text[match.end() : match.end() + 1].islower():
        return False
    return not any(match.end() <= m.start < match.end() + 40 for m in reading.parties)


def _generic_visit(key: str, start: int, end: int) -> bool:
    """Visits in general ("les visites de haut niveau"), not one visit."""
    return key[start:end] == "visites" or _GENERIC_VISIT.match(key, end, end + 30) is not None


_AUXILIARY_BEFORE: Final = re.compile(
    r"\b(?:a|ont|avait|avaient|aura|s'est|se sont|est|sont)\s+(?:\w+ment\s+|deja\s+|aussi\s+|"
    r"ensuite\s+|enfin\s+|egalement\s+|ainsi\s+)?$"
)
_VERBAL_TRIGGER: Final = re.compile(r"(?:s'|se |a |ont |recoit|s'entretient|a ete )")


def _verbal(prepared: Prepared, start: int, end: int) -> bool:
    """The trigger is a verb ("a rencontré", "s'est entretenu"), not a noun."""
    if _VERBAL_TRIGGER.match(prepared.key, start, end):
        return True
    original = prepared.text[start:end]
    participle = original.endswith(("é", "és", "ée", "ées", "u", "ue", "us"))
    return (
        participle
        and _AUXILIARY_BEFORE.search(prepared.key, max(0, start - 30), start) is not None
    )


def _named_after_city(reading: SentenceReading, end: int) -> bool:
    """ "le sommet de Washington", "la réunion de Bruxelles": a named, held event."""
    return any(m.detail in _PLACE_DETAILS and 0 <= m.start - end <= 4 for m in reading.parties)


_WEAK_NOUNS: Final = frozenset(
    {"entretien", "entretiens", "reunion", "reunions", "rencontre", "rencontres", "discussions",
     "consultations", "audience", "sommet", "tete-a-tete", "conference", "assemblee generale",
     "conference ministerielle", "visioconference", "videoconference", "par visioconference",
     "en visioconference", "seance de travail", "seances de travail", "reunion de travail",
     "reunions de travail", "en audience", "entretien en tete-a-tete"}
)  # fmt: skip


def _noun_trigger(phrase: str) -> bool:
    """A noun that names a meeting without saying it happened ("la réunion")."""
    return phrase in _WEAK_NOUNS


def _visited_party(reading: SentenceReading, end: int) -> bool:
    """ "X a visité le Maroc": a visit only when a party is what was visited."""
    return any(end <= m.start <= end + 12 and m.category == "party" for m in reading.parties)


_FRAME_BEFORE: Final = re.compile(
    r"\b(?:format|processus|mecanisme|cadre|plateforme|mode|modalites) (?:de |des |d')$"
)
"""A talk named as a framework ("le format de pourparlers", "le processus de négociation")
is not an event."""
_DEMONSTRATIVE: Final = re.compile(r"\b(?:ce|cet|cette|ces)\s+$")
_OCCASION: Final = re.compile(
    r"\b(?:lors|au cours|pendant|en marge|a l'issue|a l'occasion|durant|au terme|dans le cadre)\b"
)


def _described_by_instrument(key: str, reading: SentenceReading, at: int) -> bool:
    """ "un mémorandum relatif à un mécanisme de consultations": the consultations are
    what the instrument is about, not an event (unlike "signé lors de la commission")."""
    for _start, end, entry in reading.triggers:
        if entry.category != "instrument" or end > at or at - end > 90:
            continue
        between = key[end:at]
        if (
            _INSTRUMENT_OBJECT.search(between)
            and not _OCCASION.search(between)
            and not any(c in between for c in ",;:")
        ):
            return True
    return False


_INSTRUMENT_OBJECT: Final = re.compile(
    r"\b(?:relatif|relative|portant|concernant|sur|pour|visant|mecanisme|mise en place|cadre)\b"
)


_AUTHORISE_BEFORE: Final = re.compile(
    r"\b(?:autorise|autorisant|permet|permettant|habilite|habilitant)\b[^.;]{0,60}\b(?:a|de|d')\s*$"
)
_FUTURE_AUXILIARY: Final = re.compile(
    r"\b(?:sera|seront|serait|seraient|devra|devront|devrait|devraient|doit|doivent|va|vont|"
    r"pourra|pourront|pourrait|pourraient)\s+(?:\w+\s+)?(?:etre\s+)?(?:\w+\s+)?$"
)
_FUTURE_AFTER_NOUN: Final = re.compile(
    r"\s+(?:\w+\s+){0,3}?(?:pourrait|pourraient|devrait|devraient|devra|devront|"
    r"interviendra|interviendrait|aura lieu|est prevue?|sont prevues?|sera|seront)\b"
)
_STAGE_NOUN: Final = re.compile(r"(?:ture|tures|tion|tions)\b|^entree")
_PURPOSE_BEFORE: Final = re.compile(
    r"\b(?:en vue d|afin d|dans la perspective d|dans l'optique d|objectif d|"
    r"en direction d|ouvrant la voie a|ouvrir la voie a|encourage\w*|exhorte\w*|"
    r"appelle\w* a|mener a bien|proceder a)[^.;:]{0,90}$"
)
"""A stage named as a noun after an aim ("en vue de la signature", "afin de faciliter la
ratification") has not happened."""
_BILLS: Final = re.compile(r"\bprojets? de (?:loi|decret)\b")
_BILL_BEFORE: Final = re.compile(r"\bprojets? de (?:loi|decret)\b(?:[^.;]|\.\d){0,60}$")
_ADOPTED: Final = re.compile(
    r"\b(?:a|ont)\s+(?:[\w']+\s+)?(?:adopte|vote|approuve)\b|\badopte par\b"
)


def _stages_of(
    key: str, reading: SentenceReading, bills_adopted: bool = False
) -> list[tuple[int, int, str]]:
    """The stages a sentence reports. A stage named by a bill ("le projet de loi portant
    ratification") is reached only when the bill is adopted (in this sentence, or
    earlier when ``bills_adopted``: "l'Assemblée a adopté trois projets de loi. Le
    premier …"), and then it is the approval; a bill merely examined or presented
    shows an instrument signed."""
    s_start, s_end = reading.sentence.start, reading.sentence.end
    out = []
    for start, end, entry in reading.triggers:
        if entry.category != "stage":
            continue
        if _FRAME_BEFORE.search(key, max(s_start, start - 20), start):
            continue
        if _FUTURE_AUXILIARY.search(key, max(s_start, start - 30), start):
            continue  # "sera signé", "devrait être ratifié": not yet
        if _STAGE_NOUN.search(key[start:end]) and _FUTURE_AFTER_NOUN.match(
            key, end, min(s_end, end + _WINDOW)
        ):
            continue  # "dont la signature pourrait intervenir": not yet
        if _STAGE_NOUN.search(key[start:end]) and _PURPOSE_BEFORE.search(
            key, max(s_start, start - 100), start
        ):
            continue  # "en vue de la normalisation, de la signature d'un traité": an aim
        if _BILL_BEFORE.search(key, max(s_start, start - 80), start):
            adopted = bills_adopted or _ADOPTED.search(key, s_start, s_end) is not None
            out.append((start, end, "approved" if adopted else "signed"))
            continue
        if key.startswith("ratifier", start) and _AUTHORISE_BEFORE.search(
            key, max(s_start, start - 80), start
        ):
            out.append((start, end, "approved"))  # "la loi permet au président de ratifier"
            continue
        out.append((start, end, entry.value))
    return out


def _headline(prepared: Prepared, reading: SentenceReading) -> bool:
    """A title line: early in the page, short, with no final full stop."""
    sentence = reading.sentence
    text = prepared.text[sentence.start : sentence.end].rstrip()
    return sentence.paragraph <= 3 and len(text) < 200 and not text.endswith(".")


# -- the assembly ----------------------------------------------------------------


def _main_pair(readings: Sequence[SentenceReading]) -> list[str]:
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for reading in readings:
        weight = 2 if reading.index < 3 else 1
        for mention in reading.parties:
            if mention.category != "party":
                continue
            counts[mention.value] += weight
            first.setdefault(mention.value, reading.sentence.start)
        for person in reading.persons:
            if person.party:
                counts[person.party] += weight
    ranked = sorted(counts, key=lambda c: (-counts[c], first.get(c, 0)))
    return ranked[:2]


def _home_party(prepared: Prepared, readings: Sequence[SentenceReading]) -> str | None:
    """The state of the dateline's city ("Alger, le 3 mars (APS)"): a side the article
    leaves implicit is most often the reporting agency's own."""
    for reading in readings[:6]:
        start = reading.sentence.start
        for mention in reading.parties:
            if mention.start - start > 3:
                break
            if mention.detail not in _PLACE_DETAILS:
                continue
            if not prepared.key.startswith(",", mention.end):
                continue
            if any(0 < d.start - mention.end <= 8 for d in reading.dates):
                return mention.value
    return None


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


def _widen_sectors(
    drafts: list[Draft], readings: Sequence[SentenceReading], reference: int | None
) -> None:
    """Consultations and declarations cover what is said of them until the next event
    reported (an old event mentioned in passing does not end the stretch)."""
    starts = sorted(
        {d.sentence for d in drafts if d.kind != "agreement" and not _is_old(d, reference)}
    )
    indexes = [reading.index for reading in readings]
    # the sectors of each stretch, computed once: from one event's sentence to the next's
    stretch: dict[int, set[str]] = {}
    bounds = [*starts, 10**9]
    position = 0
    for reading in readings:
        while position + 1 < len(bounds) and reading.index >= bounds[position + 1]:
            position += 1
        if position < len(starts) and reading.index >= starts[position]:
            stretch.setdefault(starts[position], set()).update(v for _s, _e, v in reading.sectors)
    for draft in drafts:
        if draft.kind == "agreement":
            continue
        if draft.sentence in stretch:
            draft.sectors.update(stretch[draft.sentence])
        else:  # an old event: its own sentence up to the next event
            nxt = bisect_right(starts, draft.sentence)
            stop = starts[nxt] if nxt < len(starts) else 10**9
            first = bisect_left(indexes, draft.sentence)
            for reading in readings[first:]:
                if reading.index >= stop:
                    break
                draft.sectors.update(v for _s, _e, v in reading.sectors)


def _is_organisation(code: str) -> bool:
    found = party_or_none(code)
    return found is not None and not found.is_state


def _fill_parties(
    codes: list[str],
    pair: list[str],
    both: bool,
    *,
    needed: int = 2,
    organisation_alone: bool = True,
) -> set[str]:
    """The sides named, completed from the article's main pair.

    "les deux pays" brings in the main pair; a side left implicit is taken
    from it, unless an organisation is named and may act alone (a meeting of
    the OSCE) when ``organisation_alone``.
    """
    parties = set(codes)
    alone = organisation_alone and any(_is_organisation(c) for c in parties)
    if both or (len(parties) < needed and not alone):
        for code in pair:
            if len(parties) >= (2 if both else needed):
                break
            parties.add(code)
    return parties


_MULTILATERAL: Final = re.compile(
    r"\s*(?:\w+\s+){0,3}?(?:multilateral|internationale?|additionnel)"
)


def _multilateral(key: str, anchor: tuple[int, int]) -> bool:
    """A multilateral instrument may be ratified by one state alone."""
    return _MULTILATERAL.match(key, anchor[1], anchor[1] + 60) is not None


def _domestic(reading: SentenceReading, anchor: tuple[int, int]) -> bool:
    """A domestic body named before the trigger ("le Conseil des ministres … a tenu sa
    réunion") or as its complement ("une réunion du cabinet des ministres")."""
    return any(
        kind == "domestic"
        and (
            (c_start <= anchor[0] and anchor[0] - c_end < 200)
            or 0 <= c_start - anchor[1] <= _DOMESTIC_AFTER
        )
        for c_start, c_end, kind in reading.cues
    )


_DOMESTIC_AFTER: Final = 25
_OWN_MINISTER: Final = re.compile(
    r"\s+(?:[\w']+\s+){0,6}?avec\s+(?:le|la|son|sa)\s+(?:premier ministre|ministre|"
    r"secretaire d'etat|chef du gouvernement|gouverneur|directeur|directrice|president du "
    r"parlement|presidente du parlement)\b"
)


def _own_minister(prepared: Prepared, reading: SentenceReading, anchor: tuple[int, int]) -> bool:
    """ "Le président s'est entretenu avec le ministre des Affaires étrangères": a head of
    state meeting a minister whom no country names is meeting his own government."""
    match = _OWN_MINISTER.match(
        prepared.key, anchor[1], min(reading.sentence.end, anchor[1] + 2 * _WINDOW)
    )
    if match is None:
        return False
    sides = {m.value for m in reading.parties if m.category == "party"}
    sides |= {p.party for p in reading.persons if p.party}
    return len(sides) <= 1


_MEETING_SOMEONE: Final = re.compile(r"rencontr|recu|entreten|accueill|s'est rendu|visite")
_WITH_SOMEONE: Final = re.compile(r"\s*(?:[\w'-]+\s+){0,5}?avec\b")
_UNNUMBERED: Final = frozenset({"visit", "phone_call", "meeting"})
_DYAD_JOIN: Final = re.compile(r"\s?[-/]\s?")


def _dyad_near(
    prepared: Prepared, reading: SentenceReading, anchor: tuple[int, int]
) -> tuple[str, str] | None:
    """A pair written "Vietnam-Laos" or "Vietnam - Laos" right after the trigger (or in
    a headline before it) names the sides exactly."""
    mentions = [m for m in reading.parties if m.category == "party"]
    key = prepared.key
    for first, second in pairwise(mentions):
        if first.value == second.value:
            continue
        if not _DYAD_JOIN.fullmatch(key[first.end : second.start]):
            continue
        after = 0 <= first.start - anchor[1] <= 40
        headline = second.end <= anchor[0] and _headline(prepared, reading)
        if after or headline:
            return first.value, second.value
    return None


_GENITIVE_SPAN: Final = re.compile(r"[^,;:.()]{0,80}?\b(?:de l'|de la|du|des|d')\s*$")


def _hosting_organisation(
    prepared: Prepared, reading: SentenceReading, anchor: tuple[int, int]
) -> str | None:
    """ "la réunion ministérielle du Mouvement des non-alignés": the organisation's own
    meeting; its members taking part are not sides of it."""
    if prepared.key[anchor[0] : anchor[1]] not in _ORGAN_MEETINGS:
        return None
    for mention in reading.parties:
        if mention.start < anchor[1] or mention.start - anchor[1] > 80:
            continue
        if mention.category != "party":
            continue
        if not _is_organisation(mention.value):
            return None
        if _GENITIVE_SPAN.match(prepared.key, anchor[1], mention.start):
            return mention.value
        return None
    return None


_PARTICIPATE: Final = re.compile(
    r"\b(?:participe|participent|participait|a participe|ont participe|pris part|prend part)\b"
)


def _participant(
    prepared: Prepared, reading: SentenceReading, anchor: tuple[int, int], pair: list[str]
) -> list[str]:
    """ "Le Vietnam participe à une réunion de l'ASEAN": the one state that takes part."""
    key = prepared.key
    verbs = list(_PARTICIPATE.finditer(key, reading.sentence.start, anchor[0]))
    if not verbs:
        return []
    verb = verbs[-1]
    states = {
        m.value
        for m in reading.parties
        if m.category == "party"
        and reading.sentence.start <= m.start < verb.start()
        and not _is_organisation(m.value)
    }
    subject = key[reading.sentence.start : verb.start()]
    if re.search(r"\bpays\b", subject):
        return []  # "93 pays, dont le Maroc, ont pris part": members, not sides
    if not states:
        # "Le vice-ministre X a participé": the article's own state
        states = {code for code in pair[:2] if not _is_organisation(code)}
    return sorted(states) if len(states) == 1 else []


_ORGAN_MEETINGS: Final = frozenset(
    {"reunion", "reunions", "conference", "conference ministerielle", "sommet", "session"}
)


def _consultation(
    prepared: Prepared,
    reading: SentenceReading,
    anchor: tuple[int, int],
    fmt: str,
    *,
    pair: list[str],
    both: bool,
) -> Draft | None:
    if fmt == "negotiation":  # "négociations en vue d'un accord entre X et Y": X and Y
        lo, hi = _window(prepared, reading, anchor)
    else:
        lo, hi = _meeting_window(prepared, reading, anchor)
    dyad = _dyad_near(prepared, reading, anchor)
    host = _hosting_organisation(prepared, reading, anchor)
    if host is not None:
        codes = [host, *_participant(prepared, reading, anchor, pair)]
    elif dyad is not None:
        codes = list(dyad)
    else:
        # "son soutien à un accord entre X et Y": X and Y are not the meeting's sides,
        # but "des négociations en vue d'un accord entre X et Y" are X and Y's talks
        skip = frozenset() if fmt == "negotiation" else _instrument_complements(prepared, reading)
        skip |= _margins(prepared, reading, anchor)
        codes = _actor_parties(prepared, reading, lo, hi, skip)
        for person in reading.persons:
            if person.party and person.party not in codes and lo <= person.start < hi:
                codes.append(person.party)
    # an organisation may meet alone ("la commission de l'OSCE s'est réunie"), not when
    # someone meets it ("le ministre s'est entretenu avec le secrétaire général de l'OSCE")
    met = (
        _MEETING_SOMEONE.search(prepared.key, *anchor) is not None
        or _WITH_SOMEONE.match(prepared.key, anchor[1], anchor[1] + _WINDOW) is not None
    )
    parties = _fill_parties(codes, pair, both, organisation_alone=not met)
    if len(parties) < 2 and not any(_is_organisation(c) for c in parties):
        return None
    near = _near(reading.dates, anchor)
    return Draft(
        kind="consultation",
        sentence=reading.index,
        anchor=anchor,
        parties=parties,
        subtype=fmt,
        date=near.value if near else None,
        place=_place(prepared, reading),
        round=None if fmt in _UNNUMBERED else _round(reading, prepared, anchor),
        persons=_heads(reading, parties, anchor),
        evidence=[(reading.sentence.start, reading.sentence.end)],
    )


_EARLIER_PLACE: Final = re.compile(r"\s*,?\s*(?:a|au|en)\s+")


def _earlier_instances(
    prepared: Prepared, reading: SentenceReading, draft: Draft, anchor: tuple[int, int]
) -> list[Draft]:
    """Earlier sessions named in passing after a consultation ("trente ans après celle
    de 1987, à Brazzaville", "la huitième, qui a eu lieu en 1997"): background events
    of the same format between the same parties."""
    key = prepared.key
    found = []
    for mention in reading.earlier:
        if mention.start < anchor[1]:
            continue
        round_ = None
        lead = _OTHER_EVENT_DATE.search(
            key, max(0, mention.start - _OTHER_EVENT_REACH), mention.start
        )
        for ordinal in reading.ordinals:  # "la huitième, qui a eu lieu en 1997"
            if lead is not None and lead.start() <= ordinal.start < mention.start:
                round_ = ordinal.value
        place = None
        gap = _EARLIER_PLACE.match(key, mention.end, mention.end + 12)
        for party in reading.parties:
            if gap and party.start == gap.end() and party.detail in _PLACE_DETAILS:
                place = prepared.text[party.start : party.end]
        found.append(
            Draft(
                kind="consultation",
                sentence=reading.index,
                anchor=(mention.start, mention.end),
                parties=set(draft.parties),
                subtype=draft.subtype,
                date=mention.value,
                place=place,
                round=round_,
                evidence=[(mention.start, mention.end)],
                background=True,
            )
        )
    return found


_SESSION_ANAPHOR: Final = re.compile(
    r"\b(?:cette|ce|cet|la|le) (?:commission|session|reunion|rencontre|edition|"
    r"consultation|visite|sommet|cycle|round|tour)\b"
)


def _earlier_of_previous(
    prepared: Prepared, reading: SentenceReading, drafts: list[Draft]
) -> None:
    """ "Cette commission, trente ans après celle de 1987": a sentence naming the last
    consultation again (without a trigger of its own) may name its earlier session."""
    first = reading.earlier[0].start
    anaphor = _SESSION_ANAPHOR.search(prepared.key, reading.sentence.start, first)
    # the last few drafts only: a bound that keeps hostile texts linear
    last = next((d for d in reversed(drafts[-50:]) if d.kind == "consultation"), None)
    if anaphor is not None and last is not None:
        drafts.extend(_earlier_instances(prepared, reading, last, anaphor.span()))


def _declaration(
    prepared: Prepared,
    reading: SentenceReading,
    anchor: tuple[int, int],
    kind: str,
    *,
    pair: list[str],
    both: bool,
) -> list[Draft]:
    key, text = prepared.key, prepared.text
    s_start, s_end = reading.sentence.start, reading.sentence.end
    background = False
    before = key[max(s_start, anchor[0] - 70) : anchor[0]]
    if kind == "joint_communique" and _RELAYED.search(before):
        return []  # "indique le communiqué final": it relays the meeting
    if kind == "statement":
        if _RELAYED.search(before) or _ABOUT_A_MEETING.match(
            key, anchor[1], min(s_end, anchor[1] + _WINDOW)
        ):
            return []
        around = key[max(s_start, anchor[0] - 80) : min(s_end, anchor[1] + 40)]
        headline = _headline(prepared, reading) and text[anchor[0]].isupper()
        titled = text[anchor[0]].isupper() and _TITLED_AFTER.match(key, anchor[1]) is not None
        issuers = _genitive_parties(prepared, reading, anchor)
        response = _RESPONSE_BEFORE.search(before)
        if response is not None and not issuers:
            r_start = max(s_start, anchor[0] - 70) + response.start()
            issuers = _actor_parties(prepared, reading, r_start, anchor[0])
        if response is not None and issuers:
            drafts = []
            start = max(s_start, anchor[0] - 70) + response.start()
            answering = _actor_parties(prepared, reading, s_start, start)
            if answering:
                drafts.append(
                    _declaration_draft(prepared, reading, (start, anchor[1]), kind, set(answering))
                )
            quoted = _declaration_draft(prepared, reading, anchor, kind, set(issuers))
            quoted.background = True
            quoted.anaphoric = False
            drafts.append(quoted)
            return drafts
        if titled and not _ISSUE_VERBS.search(around):
            draft = _declaration_draft(
                prepared,
                reading,
                anchor,
                kind,
                _fill_parties(
                    _actor_parties(prepared, reading, *_window(prepared, reading, anchor)),
                    pair,
                    both,
                ),
            )
            draft.title = draft.title or _quoted_title(text, anchor[1], s_end)
            return [draft]
        if not _ISSUE_VERBS.search(around) and not headline:
            return []
        if issuers and not _ISSUE_VERBS.search(key, s_start, anchor[0]):
            background = True
            codes = issuers
        else:
            clause = _clause_start(prepared, reading, anchor[0])
            codes = (
                _actor_parties(prepared, reading, clause, anchor[0])
                or _actor_parties(prepared, reading, s_start, anchor[0])
                or issuers
                or (pair if both else [])  # "les deux chefs d'État ont signé la Déclaration"
            )
        parties = set(codes)
        if not parties:
            return []
        draft = _declaration_draft(prepared, reading, anchor, kind, parties)
        draft.background = background
        return [draft]
    lo, hi = _window(prepared, reading, anchor)
    codes = _actor_parties(prepared, reading, lo, hi)
    for person in reading.persons:
        if person.party and person.party not in codes:
            codes.append(person.party)
    parties = _fill_parties(codes, pair, both, needed=2)
    required = _ISSUERS_NEEDED.get(key[anchor[0] : anchor[1]].split()[-1], 2)
    if not parties or len(parties) < required:
        return []  # "les déclarations tripartites": sides the text does not name
    return [_declaration_draft(prepared, reading, anchor, kind, parties)]


_PERSONS_AS_SUBJECT: Final = re.compile(
    r"\b(?:ministres?|presidents?|presidentes?|chefs?|premiers? ministres?|secretaires?|"
    r"ambassadeurs?|ambassadrices?|dirigeants?|delegations?|homologues?|envoyes?|deputes?)\b"
)
_FIRST_PLURAL: Final = re.compile(r"\bnous\s+(?:\w+\s+){0,2}$")
_SUBJECT_GAP: Final = 40


def _reacting_party(
    prepared: Prepared, reading: SentenceReading, anchor: tuple[int, int], home: str | None
) -> str | None:
    """The state, government, ministry or organisation whose own verb of reaction this
    is ("Le Royaume du Maroc condamne …", "La France salue …", a ministry's "Nous
    condamnons" under a dateline): the issuer of a statement. A person's remark ("le
    ministre a salué") is not a statement of its own."""
    key = prepared.key
    before = key[max(reading.sentence.start, anchor[0] - _SUBJECT_GAP) : anchor[0]]
    if _FIRST_PLURAL.search(before):
        return home
    clause = key[_clause_start(prepared, reading, anchor[0]) : anchor[0]]
    if _PERSONS_AS_SUBJECT.search(clause):
        return None  # "les ministres du Canada et du Mexique ont salué": persons speaking
    if any(p.end <= anchor[0] and anchor[0] - p.end < _SUBJECT_GAP * 2 for p in reading.persons):
        return None
    subject = None
    for mention in reading.parties:
        if mention.end > anchor[0] or anchor[0] - mention.end > _SUBJECT_GAP:
            continue
        if mention.category != "party" or mention.detail in {"demonym", "capital", "city"}:
            continue
        if "," in key[mention.end : anchor[0]]:
            continue  # an apposition or a clause in between
        subject = mention.value
    return subject


def _clause_start(prepared: Prepared, reading: SentenceReading, at: int) -> int:
    """Start of the clause holding ``at``, reaching back over lists of parties
    ("les ministres iranien, azerbaïdjanais, turc et géorgien")."""
    key = prepared.key
    s_start = reading.sentence.start
    comma = key.rfind(",", s_start, at)
    while comma != -1:
        previous = key.rfind(",", s_start, comma)
        segment_start = previous + 1 if previous != -1 else s_start
        listed = [
            m
            for m in reading.parties
            if segment_start <= m.start and m.end <= comma and m.category == "party"
        ]
        if (
            len(listed) != 1
            or comma - segment_start > len(key[listed[0].start : listed[0].end]) + 20
        ):
            return comma + 1
        comma = previous
    return s_start


_TITLED_AFTER: Final = re.compile(r"\s+(?:relative|sur|de|du|pour|conjointe|commune)\b")
_ISSUERS_NEEDED: Final = {
    "trilaterale": 3,
    "trilaterales": 3,
    "tripartite": 3,
    "tripartites": 3,
    "quadripartite": 4,
    "quadripartites": 4,
}
_RELAYED: Final = re.compile(
    r"\b(?:selon|d'apres|dans|indique|rapporte|precise|annonce)\s+(?:un|une|le|la|son|sa)\s*(?:\w+\s+){0,2}$"
)
_ABOUT_A_MEETING: Final = re.compile(
    r"\s+(?:sur|concernant|au sujet de|a propos de)\s+(?:la |le |les |l'|sa |son |ses )?"
    r"(?:visite|visites|rencontre|rencontres|entretiens?|reunion|reunions|sejour|voyage)\b"
)
"""A statement "sur les visites de X" relays those visits; it is not an event itself."""
_RESPONSE_BEFORE: Final = re.compile(
    r"\b(?:a repondu|repond|ont repondu|a reagi|reagit|en reaction|en reponse|condamn\w*|"
    r"rejet\w*|denonc\w*|critiqu\w*|a qualifie)\b[^.;]{0,50}$"
)
_GENITIVE: Final = re.compile(
    r"\s*(?:(?!comme\b|etant\b|qui\b|que\b)[\w'-]+\s+){0,2}?(?:du|de la|de l'|des|d')\s*"
)


def _genitive_parties(
    prepared: Prepared, reading: SentenceReading, anchor: tuple[int, int]
) -> list[str]:
    """Issuers named right after the trigger: "la déclaration du ministère arménien"."""
    match = _GENITIVE.match(
        prepared.key, anchor[1], min(reading.sentence.end, anchor[1] + _WINDOW)
    )
    if match is None:
        return []
    codes: list[str] = []
    for mention in reading.parties:
        if match.end() <= mention.start < match.end() + 60 and mention.category == "party":
            if mention.detail in _CAPITAL_DETAILS and _PLACE_PREP.search(
                prepared.key, max(0, mention.start - 14), mention.start
            ):
                continue  # "… de sa visite à Moscou": a place, not an issuer
            codes.append(mention.value)
            break
    for person in reading.persons:
        if match.end() <= person.start < match.end() + 70 and person.party and not codes:
            codes.append(person.party)
    return codes


def _declaration_draft(
    prepared: Prepared,
    reading: SentenceReading,
    anchor: tuple[int, int],
    kind: str,
    parties: set[str],
) -> Draft:
    key, text = prepared.key, prepared.text
    s_start, s_end = reading.sentence.start, reading.sentence.end
    near = _near(reading.dates, anchor)
    title = None
    if text[anchor[0]].isupper():
        title = _title_from(text, anchor[0], s_end)
    establishes = None
    match = re.search(
        r"partenariat (?:strategique|global|d'exception)[\w' -]{0,40}", key[anchor[0] : s_end]
    )
    if match:
        establishes = text[anchor[0] + match.start() : anchor[0] + match.end()].strip()
    anaphoric = re.search(
        r"\b(?:la|cette|ladite|cette meme)\s*$", key[max(s_start, anchor[0] - 12) : anchor[0]]
    )
    return Draft(
        place=_place(prepared, reading),
        anaphoric=anaphoric is not None and "commune" not in key[anchor[0] : anchor[1]],
        kind="declaration",
        sentence=reading.index,
        anchor=anchor,
        parties=parties,
        subtype=kind,
        date=near.value if near else None,
        persons=[p for p in reading.persons if p.party in parties or p.party is None],
        evidence=[(s_start, s_end)],
        title=title,
        establishes=establishes,
    )


def _title_from(text: str, start: int, end: int) -> str | None:
    stop = end
    for sep in (
        " signé",
        " signée",
        ",",
        ";",
        " a été",
        " ont été",
        " qui ",
        " adopté",
        " (",
        "\n",
        "\u00bb",
        "\u201d",
        '"',
    ):
        at = text.find(sep, start, end)
        if at != -1:
            stop = min(stop, at)
    title = text[start:stop].strip(" .:;,-")
    return title if len(title.split()) >= 2 else None


def _quoted_title(text: str, start: int, end: int) -> str | None:
    match = re.search(r"«\s*([^«»]{8,300}?)\s*»|\"([^\"]{8,300})\"", text[start:end])
    if match is None:
        return None
    return (match.group(1) or match.group(2)).strip()


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
) -> Draft | None:
    key, text = prepared.key, prepared.text
    s_start, s_end = reading.sentence.start, reading.sentence.end
    phrase = key[anchor[0] : anchor[1]]
    before = key[max(s_start, anchor[0] - 40) : anchor[0]]
    after = key[anchor[1] : min(s_end, anchor[1] + 40)]
    plural = phrase.split()[0].endswith(("s", "x"))  # "accords", "mémorandums d'entente"
    if instrument == "ellipsis":
        previous = next((d for d in reversed(drafts) if d.kind == "agreement"), None)
        if (
            previous is None
            or reading.index - previous.sentence > 1
            or not _ELLIPSIS_AFTER.match(after)
        ):
            return None
        instrument = previous.subtype
        plural = False
        stages = stages or (
            [(previous.anchor[0], previous.anchor[0], previous.stage)] if previous.stage else []
        )
    if (
        instrument == "other"
        and not plural
        and not (
            _ORDINAL_ITEM_BEFORE.search(before)
            and any(0 < st - anchor[1] <= 2 for st, _e, _v in stages)
        )
    ):
        return None  # "le texte" is no instrument; "le second texte ratifié" is one
    if plural and _BREAKDOWN_AFTER.match(after):
        return None  # "six documents, dont trois accords et …": the parts are the events
    if (
        plural
        and re.match(
            r"\s*(?:[\w'-]+\s+){0,4}?(?:deja |precedemment )?(?:signes|conclus|"
            r"ratifies|existants|en vigueur)\b",
            after,
        )
        and not _NUMBER_BEFORE.search(before)
    ):
        return None
    if phrase == "projet" or (re.search(r"\bprojets? (?:de loi|d')\s*$", before) and not stages):
        return None
    if _NESTED_BEFORE.search(before) and any(
        e.category == "instrument" and 0 < anchor[0] - t_end < 120
        for _t, t_end, e in reading.triggers
    ):
        return None  # "le protocole additionnel relatif au protocole de X": one instrument
    stage: str | None = None
    stage_anchor: tuple[int, int] | None = None
    best_rank = (0, 10**9)
    for st_start, st_end, value in stages:
        distance = st_start - anchor[1] if st_start >= anchor[1] else anchor[0] - st_end
        between = key[min(anchor[1], st_end) : max(anchor[0], st_start)]
        # the verb after a long subject ("l'accord entre … concernant … est entré en
        # vigueur") reaches further, unless another instrument comes between
        reach = _STAGE_REACH
        if st_start >= anchor[1] and not any(
            e.category == "instrument" and anchor[1] <= t < st_start
            for t, _e, e in reading.triggers
        ):
            reach = _VERB_REACH
        if distance > reach or ";" in between:
            continue
        # the latest stage within reach, the nearest among equals ("a approuvé trois
        # accords signés à Kigali": approved)
        rank = (-_STAGE_RANK[value], distance)
        if stage is None or rank < best_rank:
            best_rank, stage, stage_anchor = rank, value, (st_start, st_end)
    if _between_others(prepared, reading, anchor):
        return None  # "l'accord entre le Gouvernement et les syndicats": not diplomatic
    if _REFERENCE_BEFORE.search(before) and not _own_stage(reading, anchor, stage_anchor):
        return None  # "dans la mise en œuvre de l'accord": cited, not reported
    inherited = False
    ordinal_item = _ORDINAL_ITEM_BEFORE.search(before) is not None
    specified = _SPECIFIER_AFTER.match(after) is not None or text[anchor[0]].isupper()
    anaphoric = not ordinal_item and _ANAPHOR_BEFORE.search(before) is not None and not specified
    if stage is None:
        if context_stage is None or reading.index - context_stage.sentence > 8:
            return None
        if not (ordinal_item or specified) or anaphoric:
            return None
        stage = context_stage.stage
        inherited = True
    done_before = stage_anchor is not None and stage_anchor[1] <= anchor[0] and not inherited
    future_before = any(k == "future" and 0 <= anchor[0] - e < 80 for _s, e, k in reading.cues)
    if done_before and not future_before:
        pass  # "le paraphe de l'accord, dont la signature pourrait …": the paraphe happened
    elif _future(reading, anchor) and (not inherited or not ordinal_item or future_before):
        return None  # "L'Assemblée examinera … l'accord": not yet, even in an enumeration
    if anaphoric or (
        plural and re.search(r"\b(?:ces|les|ses|leurs)\s+(?:\w+\s+)?$", before) and drafts
    ):
        # "la convention" takes up the last convention; "cet instrument" any instrument
        definite = _DEFINITE_BEFORE.search(before) is not None
        previous = next(
            (
                d
                for d in reversed(drafts)
                if d.kind == "agreement" and (not definite or d.subtype == instrument or d.group)
            ),
            None,
        )
        if previous is not None:
            _advance(previous, stage, stage_anchor, reading, inherited)
            title = _quoted_title(text, anchor[1], s_end)
            if title and previous.title is None:
                previous.title = title
            previous.evidence.append((s_start, s_end))
            return None
    lo, hi = _window(prepared, reading, stage_anchor or anchor)
    lo = min(lo, anchor[0])
    hi = min(hi, max(anchor[1], stage_anchor[1] if stage_anchor else 0) + _PARTY_REACH)
    codes = _actor_parties(prepared, reading, lo, hi)
    reacting = [t for t, _e, e in reading.triggers if e.category == "reaction" and t < anchor[0]]
    if reacting:  # "La France salue la signature de la Charte": France is not a side
        speakers = set(_actor_parties(prepared, reading, s_start, reacting[0]))
        codes = [c for c in codes if c not in speakers] or codes
    if anaphoric and instrument in cited and reading.index - cited[instrument][0] <= 2:
        # "un accord entre X et Y … Cet accord, en négociation depuis 2017": X and Y
        codes = list(dict.fromkeys([*cited[instrument][1], *codes]))
    for person in reading.persons:
        if person.party and person.party not in codes and lo <= person.start < hi:
            codes.append(person.party)
    multilateral = _multilateral(key, anchor)
    parties = _fill_parties(
        codes, pair, both, needed=1 if multilateral else 2, organisation_alone=False
    )
    if len(parties) < 2 and not multilateral:
        return None
    next_instrument = s_end
    for t_start, _t_end, entry in reading.triggers:
        if entry.category == "instrument" and t_start > anchor[1]:
            next_instrument = t_start
            break
    sectors = {v for s, _e, v in reading.sectors if anchor[0] <= s < next_instrument}
    if not sectors and not plural:
        sectors = {v for _s, _e, v in reading.sectors}
    near = None
    if stage_anchor is not None:
        near = _near(_dates_of_stage(reading.dates, stage_anchor, stages), stage_anchor)
    date = near.value if near else None
    heads = [p for p in reading.persons if p.party in parties or p.party is None]
    if inherited and context_stage is not None:
        date = context_stage.date
        approver = context_stage.stage in {"approved", "ratified"} and context_stage.persons
        if not heads or approver:  # the approver, not who announced the list
            heads = list(context_stage.persons)
    title = _quoted_title(text, anchor[1], s_end)
    if title is None and text[anchor[0]].isupper() and anchor[0] > s_start + 2:
        title = _title_from(text, anchor[0], s_end)
    quantity = None
    number = _NUMBER_BEFORE.search(before)
    if plural and number is not None:
        word = number.group(1)
        quantity = int(word) if word.isdigit() else _NUMBERS.get(word)
        if quantity is not None and quantity < 2:
            quantity = None
    return Draft(
        place=_place(prepared, reading),
        kind="agreement",
        sentence=reading.index,
        anchor=anchor,
        parties=parties,
        subtype=instrument,
        date=date,
        sectors=sectors,
        persons=heads,
        evidence=[(s_start, s_end)],
        stage=stage,
        stage_anchor=stage_anchor,
        title=title,
        quantity=quantity,
        group=plural,
    )


_PLURAL_PRONOUNS: Final = frozenset({"ceux", "celles"})


def _members(prepared: Prepared, reading: SentenceReading, group: Draft) -> list[Draft]:
    """The instruments of a counted list ("trois accords portant sur A, B et C")."""
    if not group.group or group.quantity is None:
        return []
    items = counted_items(prepared.key, group.anchor[1], reading.sentence.end, group.quantity)
    return _itemise(reading, group, items)


def _itemise(
    reading: SentenceReading, group: Draft, items: Sequence[tuple[int, int]]
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
        )
        for start, end in items
    ]


_STAGE_REACH: Final = 110
_VERB_REACH: Final = 170
_BREAKDOWN_AFTER: Final = re.compile(r"\s*(?:[\w'-]+\s+){0,3}?,?\s*dont\s+(?:\d+|\w+)\s")
_REFERENCE_BEFORE: Final = re.compile(
    r"\b(?:mise en (?:oeuvre|œuvre|application)|application|respect|violation|en vertu|"
    r"conformement|au titre|sur la base|sur le fondement|dans le cadre)\s+"
    r"(?:de la |de l'|du |des |de |d'|a la |a l'|au |aux )(?:\w+ )?$|"
    r"\b(?:consacres?|consacrees?|inscrits?|inscrites?|enonces?|enoncees?|principes)\s+"
    r"(?:dans|par|de|du|des)\s+(?:la |le |l'|les )?(?:\w+ )?$"
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
    r"\b(?:relatifs? (?:au|a la|a l')|relatives? (?:au|a la|a l')|additionnels? (?:au|a la|a l')|"
    r"amendant (?:le|la|l')|modifiant (?:le|la|l'))\s*$"
)
_PARTY_REACH: Final = 120
_ELLIPSIS_AFTER: Final = re.compile(
    r"\s*(?:de |d'|du |des |concernant|relatifs?|relatives?|portant|sur |en matiere|dans )"
)
_STAGE_RANK: Final = {"negotiated": 0, "signed": 1, "approved": 2, "ratified": 3, "in_force": 4}


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


def _merge(drafts: list[Draft]) -> list[Draft]:
    """Merge drafts that report the same event; drop groups with enumerated members."""
    out: list[Draft] = []
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
        target = next(
            (o for o in _candidates(draft, index, recent, out) if _same_event(o, draft)), None
        )
        if target is None and draft.kind == "declaration" and draft.anaphoric:
            target = last_declaration
            if target is not None:
                target.parties |= draft.parties if len(target.parties) < 2 else set()
        if target is None:
            out.append(draft)
            position_of[id(draft)] = len(out) - 1
            file(len(out) - 1)
            if draft.kind == "declaration":
                last_declaration = draft
            continue
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
        file(position_of[id(target)])  # its keys may have grown (sectors, parties, title)
    # a group of instruments whose members are reported one by one is not an event
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
                if draft.subtype in _ANY_INSTRUMENT or member.subtype == draft.subtype
            ]  # "quatre mémorandums" are not reported one by one by a protocol
        if listed:
            for member in listed:  # where and when the group was signed holds for each
                member.place = member.place or draft.place
                member.date = member.date or draft.date
            continue
        kept.append(draft)
    return kept


def _family(name: str) -> str:
    """A name's last word, case and accents folded: "KABORE" is "Kaboré"."""
    return fold(name.rsplit(maxsplit=1)[-1]) if name.split() else ""


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
    if a.kind != b.kind or a.background != b.background:
        return False  # an earlier session named in passing is not this one
    if a.kind == "consultation" and a.expanded != b.expanded:
        return False  # the meeting in private and the one with both delegations
    if a.counterpart and b.counterpart and a.counterpart != b.counterpart:
        return False  # meetings with two different persons
    if a.kind == "consultation" and a.subtype == b.subtype:
        if a.round is not None and a.round == b.round:
            return True
        if b.backref and b.parties <= a.parties | b.parties and b.date is None:
            return bool(a.parties & b.parties)
    if a.parties != b.parties:
        return False
    if a.date is not None and b.date is not None and not _dates_agree(a.date, b.date):
        return False
    if a.kind == "consultation":
        if a.subtype != b.subtype:
            return False
        same_day = a.date is not None and a.date == b.date
        if not same_day and _conflicting_heads(a, b):
            return False
        return not (a.round and b.round and a.round != b.round)
    if a.kind == "declaration":
        return True
    if a.group != b.group:
        return False
    if a.title and b.title:
        return a.title.lower() == b.title.lower()
    if a.group:  # "trois accords et trois mémorandums": two batches
        counted = a.quantity is not None and b.quantity is not None
        return not counted or (a.quantity == b.quantity and a.subtype == b.subtype)
    if a.generic and b.generic and a.sentence == b.sentence:
        return False  # two items of one list
    if a.generic != b.generic:  # an item of a list, and an instrument named with its fields
        item, named = (a, b) if a.generic else (b, a)
        if item.sentence == named.sentence:
            return False  # listed side by side
        return bool(item.sectors) and item.sectors <= named.sectors
    same_instrument = a.subtype == b.subtype or a.generic or b.generic
    return bool(a.sectors and a.sectors == b.sectors and same_instrument)


@attrs.frozen
class _MainEvents:
    """For each party, the first placed event, the first dated consultation reported
    strongly, and the first dated event among the recent ones, by position."""

    place: dict[str, tuple[int, str]]
    talk_date: dict[str, tuple[int, DateValue]]
    any_date: dict[str, tuple[int, DateValue]]

    @classmethod
    def of(cls, recent: Sequence[Draft]) -> _MainEvents:
        place: dict[str, tuple[int, str]] = {}
        talk_date: dict[str, tuple[int, DateValue]] = {}
        any_date: dict[str, tuple[int, DateValue]] = {}
        for position, draft in enumerate(recent):
            for code in draft.parties:
                if draft.place:
                    place.setdefault(code, (position, draft.place))
                if draft.date is not None:
                    any_date.setdefault(code, (position, draft.date))
                    if draft.kind == "consultation" and draft.strong:
                        talk_date.setdefault(code, (position, draft.date))
        return cls(place=place, talk_date=talk_date, any_date=any_date)

    def for_draft(self, draft: Draft) -> tuple[str | None, DateValue | None]:
        """Place and date of the main event sharing a side with ``draft``."""
        place = _first(self.place, draft.parties)
        date = _first(self.talk_date, draft.parties) or _first(self.any_date, draft.parties)
        return place, date


def _first(table: dict[str, tuple[int, _T]], codes: set[str]) -> _T | None:
    found = [table[code] for code in codes if code in table]
    return min(found, key=lambda item: item[0])[1] if found else None


def _assign_lone_side(persons: list[PersonMention], draft: Draft) -> list[PersonMention]:
    """One person of unknown side and one side with nobody: that person leads it
    ("le ministre des Affaires étrangères, X, s'est entretenu avec le ministre italien")."""
    unknown = [p for p in persons if p.party is None]
    if len(unknown) != 1:
        return persons
    vacant = sorted(draft.parties - {p.party for p in persons if p.party})
    if len(vacant) != 1:
        return persons
    return [attrs.evolve(p, party=vacant[0]) if p is unknown[0] else p for p in persons]


def _people_by_side(
    readings: Sequence[SentenceReading], known: dict[str, str]
) -> dict[str, PersonMention]:
    """For each party, the first person of the article said to act for it."""
    out: dict[str, PersonMention] = {}
    for reading in readings:
        for person in reading.persons:
            party = person.party or known.get(person.name.split()[-1])
            if party and len(person.name.split()) > 1:
                out.setdefault(party, attrs.evolve(person, party=party))
    return out


def _finish(
    drafts: list[Draft], published: PartialDate | None, people: dict[str, PersonMention]
) -> list[Draft]:
    """Decide background events, inherit the main event's place and date, default sectors.

    The main event is the first foreground consultation (else event) with a
    place, and with a date. An event reported without its own place or date
    happened, as far as the article tells, where and when the main event did.
    """
    reference = _reference_year(drafts, published)
    mains = _MainEvents.of([d for d in drafts if not _is_old(d, reference)])

    principals = {**people, **_principals(drafts)}
    for draft in drafts:
        if draft.kind == "consultation" and draft.subtype in {"joint_commission", "visit"}:
            for other in drafts:
                if (
                    other.kind == "agreement"
                    and other.parties == draft.parties
                    and not other.background
                    and not _is_old(other, reference)
                ):
                    draft.sectors |= other.sectors
    out = []
    for draft in drafts:
        if (
            draft.kind == "consultation"
            and not draft.strong
            and any(
                o is not draft and o.kind == "consultation" and o.parties == draft.parties
                for o in drafts
            )
        ):
            continue
        if _is_old(draft, reference) or _before_yearless(draft.date, published):
            draft.background = True
        draft.persons = _assign_lone_side(list({p.name: p for p in draft.persons}.values()), draft)
        if not draft.background:
            main_place, main_date = mains.for_draft(draft)
            if not (draft.kind == "consultation" and draft.subtype in _MANNERS):
                draft.place = draft.place or main_place  # a call has no place
            draft.date = draft.date or main_date
            sides = {p.party for p in draft.persons}
            for code in sorted(draft.parties - sides):
                if code in principals and principals[code].name not in {
                    p.name for p in draft.persons
                }:
                    draft.persons.append(principals[code])
        if draft.kind != "agreement":
            draft.sectors.add("politics")
        if draft.kind == "declaration" and draft.date is None and not draft.background:
            draft.date = _month_of(published)
        out.append(draft)
    return out


def _principals(drafts: Sequence[Draft]) -> dict[str, PersonMention]:
    """For each party, the person who acts for it first in the article's events."""
    out: dict[str, PersonMention] = {}
    for draft in drafts:
        if draft.background:
            continue
        for person in draft.persons:
            if person.party and person.party in draft.parties and len(person.name.split()) > 1:
                out.setdefault(person.party, person)
    return out


def _month_of(value: PartialDate | None) -> PartialDate | None:
    if value is None or value.year is None or value.month is None:
        return None
    return PartialDate(year=value.year, month=value.month)


def _is_old(draft: Draft, reference: int | None) -> bool:
    year = _year_of(draft.date)
    return reference is not None and year is not None and year < reference


def _before_yearless(value: DateValue | None, published: PartialDate | None) -> bool:
    """Neither the event nor the publication has a year, and the event's month comes
    after the publication's: it was in an earlier year ("en octobre", published 3 March)."""
    start = value.start if isinstance(value, DateSpan) else value
    if start is None or published is None or start.year is not None or published.year is not None:
        return False
    if start.month is None or published.month is None:
        return False
    if start.month != published.month:
        return start.month > published.month
    return start.day is not None and published.day is not None and start.day > published.day


def _year_of(value: DateValue | None) -> int | None:
    if value is None:
        return None
    start = value.start if isinstance(value, DateSpan) else value
    return start.year


def _reference_year(drafts: Iterable[Draft], published: PartialDate | None) -> int | None:
    if published is not None and published.year is not None:
        return published.year
    years = [y for d in drafts if (y := _year_of(d.date)) is not None]
    return max(years) if years else None
