"""Consultation rules: which meeting, visit or call triggers make a consultation."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

import attrs

from diplorel.extract._draft import Draft
from diplorel.extract._guard import Guarded, WordStart
from diplorel.extract._reading import _OTHER_EVENT_DATE, _OTHER_EVENT_REACH, SentenceReading
from diplorel.extract._text import Prepared, fold
from diplorel.extract._words import alternation, either, forms, phrases, words_pattern
from diplorel.extract.recognise._mentions import (
    PersonMention,
    find_roles,
)
from diplorel.extract.rules._attributes import (
    OTHER_TIME_WORDS,
    WHICH_GUARD,
    _actor_parties,
    _date_place_heads,
    _fill_parties,
    _instrument_complements,
    _margins,
    _meeting_window,
    _round,
    _window,
    evoked_window,
    own_clause,
)
from diplorel.extract.rules._base import DEFAULT, Options
from diplorel.extract.rules._cues import (
    _PLACE_DETAILS,
    _WINDOW,
    _family,
    _headline,
    _is_organisation,
)

_EXPANDED: Final = words_pattern("consultation.expanded", "expanded")
"""A meeting "élargie" / "en format élargi" is the second one of a visit, with both
delegations, after the meeting in private ("en tête-à-tête")."""


_MEETINGS_WITH: Final = re.compile(rf"s\s+(?:{either('consultation.counterparts', 'with')})\s+")


_CLAUSE_BREAK: Final = re.compile(
    rf"[;:]|\b(?:{either('consultation.counterparts', 'clause-start')})\s"
)


_LIST_GOES_ON: Final = re.compile(
    rf"\s*(?:,|(?:{either('consultation.counterparts', 'and')})\b|\.|$)"
)


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
    return _one_each(draft, anchor, met, "consultation.counterparts")


def _one_each(
    draft: Draft,
    anchor: tuple[int, int],
    met: list[PersonMention],
    rule: str,
    *,
    apart: bool = False,
) -> list[Draft]:
    """One meeting with each person met, the persons before the trigger in each; the
    first keeps the draft's evidence, the others have the person's name as theirs. With
    ``apart``, each is a meeting held apart (``met_apart``)."""
    hosts = [p for p in draft.persons if p.start < anchor[0]]
    out = [
        attrs.evolve(
            draft,
            persons=[*hosts, person],
            counterpart=_family(person.name),
            evidence=[(person.start, person.end)] if i else list(draft.evidence),
            rules=[*draft.rules, rule],
            parties=set(draft.parties),
            sectors=set(draft.sectors),
        )
        for i, person in enumerate(met)
    ]
    for one in out:
        one.met_apart = draft.met_apart or apart
    return out


_SEPARATELY: Final = words_pattern("consultation.separately", "separately")
"""A meeting held "séparément", "tour à tour" or "successivement" with several sides is
one meeting with each of them."""

_SEPARATELY_REACH: Final = 40
"""How far after the trigger "séparément" may stand ("s'est entretenu séparément, mardi,
avec …")."""

_WITH_AGAIN: Final = re.compile(rf"\b(?:{either('consultation.separately', 'with')})\s")
_AGAIN: Final = re.compile(rf"(?:,\s*|\s+et\s+)(?:{either('consultation.separately', 'with')})\s")
"""The second "avec" of a series: ", avec B", " et avec C"."""

_COMPLEMENT_END: Final = re.compile(
    rf"[;:.]|\b(?:{either('consultation.separately', 'clause-start')})\s"
)
"""Where the complement of a meeting verb ends: a stop or the next clause's verb."""


def _one_per_side(
    prepared: Prepared, reading: SentenceReading, anchor: tuple[int, int], draft: Draft
) -> list[Draft]:
    """ "Le ministre s'est entretenu séparément avec les ambassadeurs de France et
    d'Italie", "avec son homologue malien, avec le ministre ivoirien et avec …": a meeting
    held separately, or with "avec" said again before each side, with two or more sides
    named after the verb is one meeting with each side, the subject's side taking part in
    every one."""
    if draft.subtype != "meeting" or draft.counterpart is not None:
        return [draft]
    key = prepared.key
    separately = _separately(key, reading, anchor)
    if separately is None:
        return [draft]
    stop = _COMPLEMENT_END.search(key, separately, reading.sentence.end)
    limit = stop.start() if stop else reading.sentence.end
    met = _sides_met(reading, anchor, draft, separately, limit)
    hosts = draft.parties - set(met)
    if len(met) < 2 or not hosts:
        return [draft]
    return [_with_side(draft, hosts, code, set(met) - {code}) for code in met]


_SEPARATELY_FORMS: Final = forms("consultation.separately", "separately")


def _separately_near(key: str, start: int, end: int) -> bool:
    """Whether a form of « séparément » stands anywhere in ``key[start:end]`` (a cheap
    test before the pattern)."""
    return any(key.find(form, start, end) >= 0 for form in _SEPARATELY_FORMS)


_SEPARATELY_FAR: Final = 150
"""How far the adverb may stand when the verb's time and place come first (« a reçu en
audience lundi au palais présidentiel, successivement, A et B »)."""


def _separately_limit(reading: SentenceReading, anchor: tuple[int, int]) -> int:
    """Where « séparément » may stand until: near the trigger, or anywhere before the
    first side met named after it (the adverb comes before the complement it
    distributes; the subject's side may stand between, « au palais royal de Rabat »),
    within the sentence."""
    parties = [m for m in reading.parties if m.category == "party"]
    subject = {m.value for m in parties if m.start < anchor[0]}
    first_side = next(
        (m.start for m in parties if m.start >= anchor[1] and m.value not in subject),
        reading.sentence.end,
    )
    reach = min(first_side, reading.sentence.end, anchor[1] + _SEPARATELY_FAR)
    return max(anchor[1] + _SEPARATELY_REACH, reach)


def _separately(key: str, reading: SentenceReading, anchor: tuple[int, int]) -> int | None:
    """Where the sides met one by one begin: after "séparément" near the trigger, or
    after the first "avec" of a series "avec A, avec B et avec C"; None when neither."""
    separately = _SEPARATELY.search(key, anchor[0], anchor[1] + _SEPARATELY_REACH)
    if separately is None and _separately_near(key, anchor[1], anchor[1] + _SEPARATELY_FAR):
        separately = _SEPARATELY.search(key, anchor[0], _separately_limit(reading, anchor))
    if separately is None:
        end = reading.sentence.end
        separately = _WITH_AGAIN.search(key, anchor[0], end)
        if separately is None or _AGAIN.search(key, separately.end(), end) is None:
            return None
    return separately.end()


def _sides_met(
    reading: SentenceReading, anchor: tuple[int, int], draft: Draft, start: int, limit: int
) -> list[str]:
    """The draft's parties named between ``start`` and ``limit`` that are not the
    subject's side, in the order of the text."""
    subject = {m.value for m in reading.parties if m.start < anchor[0]}
    subject.update(p.party for p in draft.persons if p.party and p.start < anchor[0])
    met: list[str] = []
    for mention in reading.parties:
        code = mention.value
        if mention.category != "party" or code not in draft.parties or code in subject:
            continue
        if start <= mention.start < limit and code not in met:
            met.append(code)
    return met


def _with_side(draft: Draft, hosts: set[str], code: str, others: set[str]) -> Draft:
    """The meeting of the hosts with the one side ``code``, without the others' persons,
    held apart (``met_apart``)."""
    one = attrs.evolve(
        draft,
        parties={*hosts, code},
        persons=[p for p in draft.persons if p.party not in others],
        evidence=list(draft.evidence),
        rules=[*draft.rules, "consultation.separately"],
        sectors=set(draft.sectors),
    )
    one.met_apart = True
    return one


_MET_VERB: Final = re.compile(rf"(?:{either('consultation.leaders', 'met')})$")
"""A verb of meeting someone ("a rencontré", "a reçu", "s'est entretenu avec")."""

_NEXT_LEADER: Final = re.compile(
    rf"\s*(?:,\s*(?:(?:{either('consultation.leaders', 'and')})\s+)?|"
    rf"\s+(?:{either('consultation.leaders', 'and')})\s+)"
    rf"(?:(?:{either('consultation.leaders', 'with')})\s+)?"
    r"(?:le|la|l'|son|sa)\s*[^,;:()]{0,60}$"
)
"""Between two persons met: "…, le Premier ministre", " et la présidente du Parlement"."""


_TWO_WORD_HEADS: Final = [[head] for head in forms("consultation.leaders", "two-word-head")]
"""The first words of an office named by two words ("premier ministre")."""


def _office(role: str) -> str:
    """The office of a role without its side: "président russe" → "president"."""
    words = fold(role).split()
    return " ".join(words[:2]) if words[:1] in _TWO_WORD_HEADS else " ".join(words[:1])


def _one_per_leader(
    prepared: Prepared, reading: SentenceReading, anchor: tuple[int, int], draft: Draft
) -> list[Draft]:
    """ "X a rencontré le président russe A et le Premier ministre B": two leaders of one
    side, each named with his office after a verb of meeting, are two meetings (an
    audience each), with the same sides."""
    key = prepared.key
    if draft.subtype != "meeting" or draft.counterpart is not None:
        return [draft]
    if not _MET_VERB.search(key, anchor[0], anchor[1]):
        return [draft]
    met = _persons_named(key, anchor, draft)
    if not _leaders_of_one_side(met, anchor, draft):
        return [draft]
    return _one_each(draft, anchor, met, "consultation.leaders", apart=True)


def _persons_named(
    key: str, anchor: tuple[int, int], draft: Draft, join: re.Pattern[str] = _NEXT_LEADER
) -> list[PersonMention]:
    """The persons named one after the other right after the meeting verb, each separated
    from the one before by what ``join`` matches ("le président A et le Premier ministre
    B"); empty when fewer than two follow the verb."""
    after = sorted((p for p in draft.persons if p.start >= anchor[1]), key=_start_of)
    if len(after) < 2:
        return []
    first = after[0]
    if first.start - anchor[1] > 90 or _COMPLEMENT_END.search(key, anchor[1], first.start):
        return []
    met = [first]
    for person in after[1:]:
        if not join.match(key[met[-1].end : person.start]):
            break
        met.append(person)
    return met


def _leaders_of_one_side(met: list[PersonMention], anchor: tuple[int, int], draft: Draft) -> bool:
    """Two persons met or more, each with a role, all of one side that is not the host's,
    each holding a different office."""
    sides = {p.party for p in met if p.party}
    hosts = {p.party for p in draft.persons if p.start < anchor[0] and p.party}
    if len(met) < 2 or any(p.role is None for p in met) or len(sides) > 1 or sides & hosts:
        return False
    # "les ministres A et B": one office, a meeting together
    return len({_office(p.role) for p in met if p.role}) >= len(met)


_GENERIC_VISIT: Final = re.compile(
    rf"\s*(?:{either('consultation.generic-visit', 'generic')})|s\b"
)
"""Matched (anchored) right after the trigger; a pattern matched from a position must not
start with "^", which only matches at the start of the string or of a line."""


_TO_A_PLACE: Final = re.compile(
    rf"\s+(?:(?:{either('consultation.facility-visit', 'visit-kind')})\s+)?(?:au|aux|a la|a l')\s*"
)


_COUNTRY_NOUN: Final = re.compile(
    rf"(?:{either('consultation.facility-visit', 'country-noun')})\b"
)
"""A common noun for a country or a city: "au pays de ...", "au royaume", "à la capitale"
(« à l'étranger » is `consultation.visit-abroad`'s)."""


def _facility_visit(prepared: Prepared, reading: SentenceReading, end: int) -> bool:
    """A visit "au camp d'entraînement", "à l'usine": to a place that is not a country or
    a city (no party named there, no noun for a country or a city: "au pays de ...") is
    not a diplomatic visit."""
    match = _TO_A_PLACE.match(prepared.key, end, min(reading.sentence.end, end + _WINDOW))
    if match is None or not prepared.text[match.end() : match.end() + 1].islower():
        return False
    if _COUNTRY_NOUN.match(prepared.key, match.end()):
        return False
    return not any(match.end() <= m.start < match.end() + 40 for m in reading.parties)


_AWAY: Final = re.compile(rf"\b(?:{either('consultation.generic-visit', 'away')})$")
"""« en déplacement »: someone is away, or something on the move."""
_DESTINATION: Final = re.compile(
    rf"\s*,?\s*(?:[\w'-]+\s+){{0,2}}?(?:{either('consultation.generic-visit', 'destination')})\s"
)
"""A destination named after the visit noun (« en déplacement lundi à Paris »)."""


_PLURAL_VISIT: Final = phrases("consultation.generic-visit", "plural-noun")
"""A visit's noun that alone says visits in general (« les visites »)."""


def _generic_visit(key: str, start: int, end: int) -> bool:
    """Visits in general ("les visites de haut niveau"), not one visit; « en
    déplacement » with no destination (« des forces soit en déplacement, soit
    déployées ») is none either."""
    if _AWAY.search(key, max(0, start - 3), end) and not _DESTINATION.match(key, end, end + 30):
        return True
    return key[start:end] in _PLURAL_VISIT or _GENERIC_VISIT.match(key, end, end + 30) is not None


def _named_after_city(reading: SentenceReading, end: int) -> bool:
    """ "le sommet de Washington", "la réunion de Bruxelles": a named, held event."""
    return any(m.detail in _PLACE_DETAILS and 0 <= m.start - end <= 4 for m in reading.parties)


_DEFINITE_END: Final = re.compile(r"\b(?:le|la|les|du|des|au|aux|l')\s*$")


def _told_by_city(
    prepared: Prepared,
    reading: SentenceReading,
    anchor: tuple[int, int],
    fmt: str,
    drafts: list[Draft],
) -> Draft | None:
    """ "Les dirigeants se sont réunis à Abuja … Le sommet d'Abuja demande …": a gathering
    named by its city, with the definite article, is the one of that format already
    reported there, whoever the sentence names with it; not where the sentence states
    another date (« Mardi, la réunion d'Addis-Abeba … » after Monday's)."""
    start, end = anchor
    if not _DEFINITE_END.search(prepared.key, max(reading.sentence.start, start - 6), start):
        return None
    cities = {
        fold(prepared.key[m.start : m.end])
        for m in reading.parties
        if m.detail in _PLACE_DETAILS and 0 <= m.start - end <= 4
    }
    if not cities:
        return None
    return next(
        (
            d
            for d in reversed(drafts)
            if d.kind == "consultation"
            and d.subtype == fmt
            and d.place is not None
            and fold(d.place) in cities
            and all(m.value is None or m.value == d.date for m in reading.dates)
        ),
        None,
    )


_PREVIOUS_ONE: Final = re.compile(
    rf"\b(?:{either('consultation.previous-one', 'possessive')})\s+"
    rf"(?:{either('consultation.previous-one', 'last')})\s+$"
)


def _previous_one(
    prepared: Prepared, reading: SentenceReading, anchor: tuple[int, int], drafts: list[Draft]
) -> bool:
    """ "Ce tête-à-tête a eu lieu deux mois après leur dernière entrevue, en septembre à
    New Delhi": a meeting named as the sides' last or previous one, with a date of its
    own that is none of the meetings reported, is an earlier meeting, not this one
    named again."""
    start = anchor[0]
    if not _PREVIOUS_ONE.search(prepared.key, max(reading.sentence.start, start - 30), start):
        return False
    own = [m.value for m in reading.dates if m.value is not None and m.start > anchor[1]]
    if not own:
        return False
    told = {d.date for d in drafts if d.kind == "consultation" and d.date is not None}
    return own[0] not in told


def _sides_of_last(draft: Draft, drafts: list[Draft]) -> None:
    """ "leur dernière entrevue": the sides of the sides' previous meeting are those of
    the last consultation reported between states, not the gathering that framed it."""
    last = next(
        (
            d
            for d in reversed(drafts[-50:])
            if d.kind == "consultation" and sum(not _is_organisation(c) for c in d.parties) >= 2
        ),
        None,
    )
    if last is not None:
        draft.parties = {c for c in last.parties if not _is_organisation(c)}
    draft.background = True  # named in passing while reporting the later one
    draft.trace("consultation.previous-one")


_SPORTS: Final = Guarded(
    re.compile(rf"\b(?:{either('consultation.sports-match', 'sport')})\b"),
    forms("consultation.sports-match", "sport"),
)
_MATCH_NOUNS: Final = frozenset(phrases("consultation.sports-match", "noun"))


def _sports_match(prepared: Prepared, reading: SentenceReading, anchor: tuple[int, int]) -> bool:
    """ "Haïti, qui avait battu le Honduras, compte quatre points après deux rencontres":
    a « rencontre » in a sentence about a match (a team beaten, a stadium, a qualifier)
    is a game between national teams, not a meeting of states."""
    if prepared.key[anchor[0] : anchor[1]] not in _MATCH_NOUNS:
        return False
    start, end = reading.sentence.start, reading.sentence.end
    return _SPORTS.search(prepared.key, start, end) is not None


_WEAK_NOUNS: Final = phrases("consultation.weak-noun", "noun")


def _noun_trigger(phrase: str) -> bool:
    """A noun that names a meeting without saying it happened ("la réunion")."""
    return phrase in _WEAK_NOUNS


def _visited_party(reading: SentenceReading, end: int) -> bool:
    """ "X a visité le Maroc": a visit only when a party is what was visited; the
    visit's dates may come first (« s'est rendu mardi et mercredi à Nouakchott », « s'est
    rendue le 3 juin dernier à Lomé »)."""
    parties = [m.start for m in reading.parties if m.category == "party"]
    moved = True
    while moved:
        if any(end <= start <= end + 12 for start in parties):
            return True
        moved = False
        for date in reading.dates:
            if end <= date.start <= end + 12 and date.end > end:
                end, moved = date.end, True
    return False


_OWN_MINISTER: Final = re.compile(
    rf"\s+(?:[\w']+\s+){{0,6}}?(?:{either('consultation.own-minister', 'with')})"
    r"\s+(?:le|la|son|sa)\s+"
    rf"(?:{either('consultation.own-minister', 'official')})\b"
)


def _own_minister(prepared: Prepared, reading: SentenceReading, anchor: tuple[int, int]) -> bool:
    """ "Le président s'est entretenu avec le ministre des Affaires étrangères": a head of
    state meeting a minister whom no country names is meeting his own government."""
    match = _OWN_MINISTER.match(
        prepared.key, anchor[1], min(reading.sentence.end, anchor[1] + 2 * _WINDOW)
    )
    if match is None:
        return False
    if _official_of_a_party(prepared.key, reading, match.end()):
        return False
    sides = {m.value for m in reading.parties if m.category == "party"}
    sides |= {p.party for p in reading.persons if p.party}
    return len(sides) <= 1


_ROLE_PHRASE_END: Final = re.compile(r"[,;:.()]")
_ROLE_PHRASE_REACH: Final = 60
"""How far a role phrase (« le ministre du Commerce du Japon ») reaches."""


def _official_of_a_party(key: str, reading: SentenceReading, end: int) -> bool:
    """The official's own role phrase names a state (« la ministre du Commerce
    du Japon », « le ministre de la Défense de la Guinée »): the official is
    that state's, not the subject's own."""
    stop = _ROLE_PHRASE_END.search(key, end, min(reading.sentence.end, end + _ROLE_PHRASE_REACH))
    limit = stop.start() if stop else min(reading.sentence.end, end + _ROLE_PHRASE_REACH)
    return any(m.category == "party" and end <= m.start < limit for m in reading.parties)


_HEAD_OF_STATE: Final = words_pattern("consultation.own-minister", "head-of-state")
_MINISTER_SUBJECT: Final = words_pattern("consultation.own-minister", "minister")


def _minister_subject(
    prepared: Prepared, reading: SentenceReading, anchor: tuple[int, int]
) -> bool:
    """« La conseillère fédérale s'est entretenue avec le ministre des Affaires
    étrangères », « le chef de la diplomatie a rencontré le ministre de la Défense »: a
    minister (and no head of state or government) named before the verb meets a
    counterpart abroad, not his own government, which a head of state meets."""
    key, start = prepared.key, reading.sentence.start
    if _MINISTER_SUBJECT.search(key, start, anchor[0]) is None:
        return False
    return _HEAD_OF_STATE.search(key, start, anchor[0]) is None


_MEETING_SOMEONE: Final = re.compile(rf"{either('consultation', 'meeting-someone')}")


_WITH_SOMEONE: Final = re.compile(
    rf"\s*(?:[\w'-]+\s+){{0,5}}?(?:{either('consultation', 'with')})\b"
)


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
    named = _organisation_named_before(prepared, reading, anchor)
    if named is not None:
        return named
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


_ORGANISATION_AGAIN: Final = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:de l'|du |de la )"
    rf"(?:{either('parties.host-organisation', 'anaphor')})\b"
)
"""« le sommet de l'organisation »: the organisation named just before, again."""


def _organisation_named_before(
    prepared: Prepared, reading: SentenceReading, anchor: tuple[int, int]
) -> str | None:
    """The organisation whose meeting the anchor names by an anaphor (« le Mali s'est retiré
    de la CEDEAO peu après un sommet de l'organisation »): the last organisation named
    before it in the sentence."""
    key = prepared.key
    before = [
        m
        for m in reading.parties
        if m.category == "party" and m.end <= anchor[0] and _is_organisation(m.value)
    ]
    if not before:
        return None
    if _ORGANISATION_AGAIN.match(key, anchor[1]):
        return before[-1].value
    return None


_COUNTRIES: Final = re.compile(rf"\b(?:{either('parties.host-organisation', 'countries')})\b")
"""A subject that counts countries ("93 pays, dont le Maroc"): members, not sides."""
_PARTICIPATE: Final = words_pattern("parties.host-organisation", "participate")


def _participant(
    prepared: Prepared,
    reading: SentenceReading,
    anchor: tuple[int, int],
    pair: list[str],
    *,
    represented: bool = True,
) -> tuple[list[str], bool]:
    """ "Le Vietnam participe à une réunion de l'ASEAN": the one state that takes part
    (any tense of « participer », « prendre part », « assister », « représenter »); when
    the persons of the subject act for one state, that state (« le président ouzbek,
    arrivé dans la capitale kazakhe, a assisté au sommet de l'OCS »: the capital's
    country is where, not who)."""
    key = prepared.key
    verbs = list(_PARTICIPATE.finditer(key, reading.sentence.start, anchor[0]))
    if not verbs:
        return [], False
    verb = verbs[-1]
    if _COUNTRIES.search(key, reading.sentence.start, verb.start()):
        return [], False  # "93 pays, dont le Maroc, ont pris part": members, not sides
    states, sides = _subject_sides(reading, verb.start())
    if len(sides) == 1 and not _is_organisation(next(iter(sides))):
        return sorted(sides), False  # "Le président kirghiz X, arrivé à Douchanbé, a pris part"
    if represented and not states and not sides:
        side = _represented(key, reading, verb, anchor[0])
        if side is not None:
            return [side], True
    if not states:
        # "Le vice-ministre X a participé": the article's own state
        states = {code for code in pair[:2] if not _is_organisation(code)}
    return (sorted(states) if len(states) == 1 else []), False


_REPRESENT: Final = words_pattern("parties.represented", "represent")
"""« a représenté le chef de l'État au sommet »: who is represented, after the verb, is
the side (rule ``parties.represented``)."""


def _subject_sides(reading: SentenceReading, verb: int) -> tuple[set[str], set[str]]:
    """The states named before the verb at ``verb``, and the sides of its persons."""
    start = reading.sentence.start
    states = {
        m.value
        for m in reading.parties
        if m.category == "party" and start <= m.start < verb and not _is_organisation(m.value)
    }
    sides = {p.party for p in reading.persons if p.party and start <= p.start < verb}
    return states, sides


def _represented(key: str, reading: SentenceReading, verb: re.Match[str], end: int) -> str | None:
    """The one state of the persons and names between a verb of representing and the
    gathering (« a représenté le président X au sommet », « représentait le Maroc à la
    réunion »), or None (another verb, no state or several)."""
    if not _REPRESENT.fullmatch(key, verb.start(), verb.end()):
        return None
    start = verb.end()
    found = {p.party for p in reading.persons if p.party and start <= p.start < end} | {
        m.value
        for m in reading.parties
        if m.category == "party" and start <= m.start < end and m.detail != "capital"
    }
    if len(found) != 1:
        return None
    code = next(iter(found))
    return None if _is_organisation(code) else code


_ORGAN_MEETINGS: Final = phrases("parties.host-organisation", "meeting")


_ENVOY_FOR: Final = re.compile(
    rf"\b(?:{either('parties.envoy-brief', 'envoy')})\b[^,;:.()]{{0,70}}?"
    rf"\b(?:{either('parties.envoy-brief', 'for')})\s+(?:l'|la\s+|le\s+|les\s+)?$"
)
"""« l'envoyé personnel du secrétaire général de l'ONU pour », « le représentant spécial
de l'UE pour la »: a title whose brief is named next."""


_FRAME_COLON: Final = 60
"""Characters of a title's lead-in before its colon (« Sommet de l'OTAN : »)."""


def _headline_frame(
    prepared: Prepared, reading: SentenceReading, anchor: tuple[int, int]
) -> frozenset[int]:
    """ "Sommet de l'OTAN : De Wever s'entretient avec Zelensky": a title led in by a
    gathering and a colon tells what follows on its margins; the gathering's
    organisation is no side of the meeting after the colon."""
    key, s_start = prepared.key, reading.sentence.start
    colon = key.find(":", s_start, min(anchor[0], s_start + _FRAME_COLON))
    if colon < 0:
        return frozenset()
    if not any(
        entry.category == "consultation" and s_start <= t < colon
        for t, _e, entry in reading.triggers
    ):
        return frozenset()
    return frozenset(m.start for m in reading.parties if s_start <= m.start < colon)


_ENVOY_WORDS: Final = Guarded(
    re.compile(rf"\b(?:{either('parties.envoy-brief', 'envoy')})\b"),
    forms("parties.envoy-brief", "envoy"),
)


def _envoys_briefs(prepared: Prepared, reading: SentenceReading) -> frozenset[int]:
    """ "l'envoyé personnel du secrétaire général de l'ONU pour le Sahara occidental", "le
    représentant spécial de l'UE pour la Libye": the country or region after « pour » is
    the envoy's brief, a matter, not a side of his meetings (the ONU before it is)."""
    key, s_start = prepared.key, reading.sentence.start
    if not _ENVOY_WORDS.possible(key, s_start, reading.sentence.end):
        return frozenset()
    return frozenset(
        m.start
        for m in reading.parties
        if m.category == "party" and _ENVOY_FOR.search(key, max(s_start, m.start - 110), m.start)
    )


def _settled_sides(
    prepared: Prepared,
    reading: SentenceReading,
    anchor: tuple[int, int],
    pair: list[str],
    opts: Options,
) -> tuple[list[str], list[str], bool] | None:
    """Rules ``parties.host-organisation`` and ``parties.dyad``: the sides an organisation
    hosting the meeting (with its participant) or a pair named near the anchor settle
    at once, with the rule that found them and whether they are that pair (the draft's
    ``dyad``); ``None`` when neither is there."""
    dyad = _dyad_near(prepared, reading, anchor) if opts.on("parties.dyad") else None
    host = None
    if opts.on("parties.host-organisation"):
        host = _hosting_organisation(prepared, reading, anchor)
    if host is not None:
        side, represented = _participant(
            prepared, reading, anchor, pair, represented=opts.on("parties.represented")
        )
        used = ["parties.host-organisation", "parties.represented"]
        return [host, *side], used if represented else used[:1], False
    if dyad is not None:
        return list(dyad), ["parties.dyad"], True
    return None


def _skipped_mentions(
    prepared: Prepared,
    reading: SentenceReading,
    anchor: tuple[int, int],
    fmt: str,
    opts: Options,
) -> frozenset[int]:
    """The starts of the party mentions that are not the meeting's sides: the sides of
    an instrument the sentence mentions (« son soutien à un accord entre X et Y »; not in
    a negotiation, where X and Y are the talks' sides), and those named in a margin."""
    skip: frozenset[int] = frozenset()
    if fmt != "negotiation" and opts.on("parties.instrument-complement"):
        skip = _instrument_complements(prepared, reading)
    if opts.on("parties.margin"):
        skip |= _margins(prepared, reading, anchor)
    return skip


def _clause_sides(
    prepared: Prepared,
    reading: SentenceReading,
    anchor: tuple[int, int],
    window: tuple[int, int],
    *,
    fmt: str,
    opts: Options,
) -> tuple[list[str], list[str]]:
    """Rule ``parties.clause``: the actors' sides within ``window``, leaving out skipped
    mentions, an envoy's brief and a headline's frame; the rules that found them name
    ``parties.envoy-brief`` and ``parties.headline-frame`` when leaving out changed them
    (another stage of a trip, « Avant le Kenya, … », is ``parties.own-clause``'s)."""
    lo, hi = window
    skip = _skipped_mentions(prepared, reading, anchor, fmt, opts)
    framed = (
        _headline_frame(prepared, reading, anchor)
        if opts.on("parties.headline-frame")
        else frozenset()
    )
    briefs = _envoys_briefs(prepared, reading) if opts.on("parties.envoy-brief") else frozenset()
    codes = (
        _actor_parties(prepared, reading, lo, hi, skip | briefs | framed)
        if opts.on("parties.clause")
        else []
    )
    used = ["parties.clause"]
    if briefs and codes != _actor_parties(prepared, reading, lo, hi, skip | framed):
        used.append("parties.envoy-brief")
    if framed and codes != _actor_parties(prepared, reading, lo, hi, skip | briefs):
        used.append("parties.headline-frame")
    return codes, used


def _add_person_sides(
    reading: SentenceReading,
    window: tuple[int, int],
    codes: list[str],
    used: list[str],
    opts: Options,
) -> list[str]:
    """Rule ``parties.persons``: add (in place) to ``codes`` the sides of the persons
    named within ``window``; return the rules used: ``used``, and the persons once a
    person added one (the rules already traced stay: they shaped the sides too)."""
    lo, hi = window
    if opts.on("parties.persons"):
        for person in reading.persons:
            if person.party and person.party not in codes and lo <= person.start < hi:
                codes.append(person.party)
                if "parties.persons" not in used:
                    used = [*used, "parties.persons"]
    return used


def _consultation_sides(
    prepared: Prepared,
    reading: SentenceReading,
    anchor: tuple[int, int],
    fmt: str,
    *,
    pair: list[str],
    opts: Options,
) -> tuple[list[str], list[str], bool]:
    """The sides a consultation's sentence names, the rules that found them, and whether
    they are the pair named near the anchor (rule ``parties.dyad``)."""
    if fmt == "negotiation":  # "négociations en vue d'un accord entre X et Y": X and Y
        window = _window(prepared, reading, anchor)
    else:
        window = _meeting_window(prepared, reading, anchor)
    evoked = False
    if opts.on("parties.evoked-meeting"):
        narrowed = evoked_window(prepared, reading, anchor, window)
        evoked, window = narrowed != window, narrowed
    settled = _settled_sides(prepared, reading, anchor, pair, opts)
    if settled is not None:
        return settled
    own = window
    key = prepared.key
    if (
        key.startswith(OTHER_TIME_WORDS, reading.sentence.start)
        or key.find(WHICH_GUARD, window[0], anchor[0]) >= 0
    ) and opts.on("parties.own-clause"):
        own = own_clause(prepared, reading, anchor, window)
        if own != window and not _changes_sides(
            prepared, reading, anchor, (window, own), fmt=fmt, opts=opts
        ):
            own = window  # the same sides (another rule already set the others aside)
    narrowed_own, window = own != window, own
    before_clause = window
    if opts.on("parties.topic-aside"):
        window = _before_topic_aside(prepared, reading, anchor, window)
    if opts.on("parties.new-clause"):
        window = _before_new_clause(prepared, anchor, window)
    codes, used = _clause_sides(prepared, reading, anchor, window, fmt=fmt, opts=opts)
    if evoked:
        used = [*used, "parties.evoked-meeting"]
    used = _add_person_sides(reading, window, codes, used, opts)
    if window != before_clause:
        wide, wide_used = _clause_sides(
            prepared, reading, anchor, before_clause, fmt=fmt, opts=opts
        )
        _add_person_sides(reading, before_clause, wide, wide_used, opts)
        if codes != wide:  # the sides the narrowing kept, persons' sides included
            used = [*used, _narrowed_by(prepared, reading, anchor, before_clause, opts)]
    if narrowed_own:
        used = [*used, "parties.own-clause"]
    return codes, used, False


def _changes_sides(
    prepared: Prepared,
    reading: SentenceReading,
    anchor: tuple[int, int],
    windows: tuple[tuple[int, int], tuple[int, int]],
    *,
    fmt: str,
    opts: Options,
) -> bool:
    """Whether the sides read in the two ``windows`` (persons' sides included) differ."""
    found = []
    for window in windows:
        codes, used = _clause_sides(prepared, reading, anchor, window, fmt=fmt, opts=opts)
        _add_person_sides(reading, window, codes, used, opts)
        found.append(set(codes))
    return found[0] != found[1]


_NEW_CLAUSE: Final = WordStart(
    re.compile(rf"\b(?:{either('parties.new-clause', 'new-clause')})(?:\b|(?<='))")
)


def _before_new_clause(
    prepared: Prepared, anchor: tuple[int, int], window: tuple[int, int]
) -> tuple[int, int]:
    """Rule ``parties.new-clause``: « les présidents A et B se sont rencontrés lundi, au
    moment où Washington relève ses tarifs »: a conjunction after the trigger that opens
    a clause with its own subject (« au moment où », « à l'heure où », « alors que ») ends
    the part of the sentence that names the meeting's sides."""
    lo, hi = window
    found = _NEW_CLAUSE.search(prepared.key, anchor[1], hi)
    return (lo, hi) if found is None else (lo, max(anchor[1], found.start()))


_TOPIC_ASIDE: Final = re.compile(
    rf", (?:{either('parties.topic-aside', 'aside')}) "
    rf"(?:{either('parties.topic-aside', 'of')})(?:\b|(?<='))"
)


def _before_topic_aside(
    prepared: Prepared, reading: SentenceReading, anchor: tuple[int, int], window: tuple[int, int]
) -> tuple[int, int]:
    """Rule ``parties.topic-aside``: « le ministre belge s'est entretenu avec son homologue
    canadien, notamment de l'aide à l'Ukraine »: an aside after the trigger that says what
    was talked of (« , notamment de … », « , en particulier du … ») ends the part of the
    sentence that names the sides, once two sides are named before it; the states it
    names are the topic. Before two sides, or when its first words name a party or a
    person, the aside lists sides (« a reçu des émissaires, notamment du Ghana »). A
    quotation opened after the two sides is words said, not sides, and ends it too."""
    lo, hi = window
    quote = prepared.text.find("«", anchor[1], hi)
    if quote != -1 and _two_sides_before(reading, lo, quote):
        hi = quote  # « …, à qui il a remis une lettre. « Notre pays … » »: words said
    found = _TOPIC_ASIDE.search(prepared.key, anchor[1], hi)
    if found is None or not _two_sides_before(reading, lo, found.start()):
        return lo, max(anchor[1], hi)
    end = found.end()
    if any(end <= m.start <= end + 1 for m in reading.parties) or any(
        end <= p.start < end + 40 for p in reading.persons
    ):
        return lo, max(anchor[1], hi)
    return lo, max(anchor[1], found.start())


def _two_sides_before(reading: SentenceReading, lo: int, hi: int) -> bool:
    """Whether two sides (parties, or persons) are named between ``lo`` and ``hi``."""
    named = {m.value for m in reading.parties if lo <= m.start < hi}
    named |= {p.party or p.name for p in reading.persons if lo <= p.start < hi}
    return len(named) >= 2


def _narrowed_by(
    prepared: Prepared,
    reading: SentenceReading,
    anchor: tuple[int, int],
    window: tuple[int, int],
    opts: Options,
) -> str:
    """The rule that narrowed a meeting's window (the trace): the topic aside when it alone
    ends the window where it ends now."""
    if opts.on("parties.topic-aside"):
        aside = _before_topic_aside(prepared, reading, anchor, window)
        if aside != window and (
            not opts.on("parties.new-clause")
            or _before_new_clause(prepared, anchor, aside) == aside
        ):
            return "parties.topic-aside"
    return "parties.new-clause"


_RECEIVED_AT: Final = re.compile(
    rf"\b(?:{either('parties.host-capital', 'auxiliary')})\s+"
    rf"(?:(?:{either('parties.host-capital', 'adverb')})\s+)?"
    rf"(?:{either('parties.host-capital', 'received')})\s+"
    rf"(?:(?:{either('parties.host-capital', 'when')})\s+){{0,3}}?(?:a|en)\s+$"
)
"""« a reçu mardi à », « a accueilli ce lundi à »: the verb of receiving, the day, « à »."""


def _host_capital(
    prepared: Prepared, reading: SentenceReading, anchor: tuple[int, int]
) -> str | None:
    """ "M. Attaf a reçu mardi à Alger l'envoyé de l'ONU": one who receives in a capital
    with no side of his own in the sentence receives in his own country's capital."""
    s_start = reading.sentence.start
    capital = next(
        (
            m
            for m in reading.parties
            if m.detail == "capital" and anchor[0] <= m.start <= anchor[1] + 40
        ),
        None,
    )
    if capital is None or not _RECEIVED_AT.search(
        prepared.key, max(s_start, anchor[0] - 20), capital.start
    ):
        return None
    own = capital.value
    if any(
        m.category == "party" and s_start <= m.start < anchor[0] and m.value != own
        for m in reading.parties
    ):
        return None  # the receiver's side is named, another one
    if any(p.party not in {None, own} and s_start <= p.start < anchor[0] for p in reading.persons):
        return None
    return own


def _consultation(
    prepared: Prepared,
    reading: SentenceReading,
    anchor: tuple[int, int],
    fmt: str,
    *,
    pair: list[str],
    both: bool,
    opts: Options = DEFAULT,
) -> Draft | None:
    """The builder of a consultation: its sides, date, place, round and heads."""
    codes, used, dyad = _consultation_sides(prepared, reading, anchor, fmt, pair=pair, opts=opts)
    host = _host_capital(prepared, reading, anchor) if opts.on("parties.host-capital") else None
    if host is not None and host not in codes:
        codes, used = [host, *codes], [*used, "parties.host-capital"]
    # an organisation may meet alone ("la commission de l'OSCE s'est réunie"), not when
    # someone meets it ("le ministre s'est entretenu avec le secrétaire général de l'OSCE")
    met = (
        _MEETING_SOMEONE.search(prepared.key, *anchor) is not None
        or _WITH_SOMEONE.match(prepared.key, anchor[1], anchor[1] + _WINDOW) is not None
    )
    if opts.on("parties.main-pair"):
        parties = _fill_parties(codes, pair, both, organisation_alone=not met)
    else:
        parties = set(codes)
    if len(parties) < 2 and not any(_is_organisation(c) for c in parties):
        return None
    draft = Draft(
        kind="consultation",
        sentence=reading.index,
        anchor=anchor,
        parties=parties,
        subtype=fmt,
        evidence=[(reading.sentence.start, reading.sentence.end)],
        rules=["consultation", *used],
    )
    draft.dyad = dyad
    if parties != set(codes):
        draft.trace("parties.main-pair")
        draft.pair_filled = True
    _date_place_heads(prepared, reading, draft, opts)
    if fmt not in _UNNUMBERED and opts.on("round.ordinal"):
        draft.round = _round(reading, prepared, anchor)
        if draft.round is not None:
            draft.trace("round.ordinal")
    return draft


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
                rules=["consultation.earlier-session"],
            )
        )
    return found


_SESSION_ANAPHOR: Final = re.compile(
    rf"\b(?:{either('consultation.earlier-session', 'demonstrative')}) "
    rf"(?:{either('consultation.earlier-session', 'session-noun')})\b"
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


def _role_patterns() -> tuple[re.Pattern[str], ...]:
    """The series noun before the list, the verb of meeting before it, one official named
    by role (an item's start), and the separator before each later item ("…, ainsi que
    des échanges avec le …", "…, puis avec son homologue …")."""
    series = alternation(phrases("consultation.roles", "series"))
    verb = alternation(phrases("consultation.roles", "verb"))
    det = alternation(phrases("consultation.roles", "determiner"))
    qualifier = alternation(phrases("consultation.roles", "qualifier"))
    role = alternation(phrases("consultation.roles", "role"))
    item = rf"(?:{det})\s*(?:(?:{qualifier})\s+)?(?P<role>{role})\b"
    apart = alternation(phrases("consultation.roles", "apart"))
    noun = (
        rf"(?:{either('consultation.roles', 'several')})\s*(?:{series})\s+"
        rf"(?:(?:{apart})\s+)?(?:{either('consultation.roles', 'with')})\s+"
    )
    join = either("consultation.roles", "join")
    return (
        re.compile(rf"\b{noun}(?={item})"),
        re.compile(
            rf"(?:{verb})\b(?:[^,;:.]{{0,40}}?\s)??"
            rf"(?:(?:{either('consultation.roles', 'with-by')})\s+)?(?={item})"
        ),
        re.compile(item),
        re.compile(
            rf"\s*(?:,\s*(?:(?:{join})\s+)?|\s+(?:{join})\s+)"
            rf"(?:(?:{noun})|(?:{either('consultation.roles', 'with-by')})\s+)?(?={item})"
        ),
    )


_SERIES, _MET_BY_VERB, _ROLE_ITEM, _NEXT_ROLE = _role_patterns()

_THEN: Final = re.compile(rf"\b(?:{either('consultation.roles', 'then')})\b")

_SERIES_END: Final = re.compile(rf"[;:(]|\s(?:{either('consultation.roles', 'end')})\s")
"""Where a list of officials met ends: a stop, a topic, or the next clause's verb."""

_TWO_OF_THEM: Final = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:(?:de|du|d')\s*[^,]*?\set\s+(?:de|du|d')|des\s[^,]*?\set\s+des)(?:\s|(?<='))"
)
"""After a plural role, "de A et de B": two officials ("les ministres maliens de la
Défense et de l'Intérieur"); a longer list after it ("les gouverneurs des régions d'A,
de B et de C") is one group met together."""


def _role_items(key: str, start: int, limit: int) -> list[tuple[int, int]]:
    """The officials listed from ``start`` (each named by role with its determiner) up to
    ``limit``: the span of each, one span per official of "les présidents de A et de B"."""
    starts = [start]
    ends: list[int] = []
    for sep in _NEXT_ROLE.finditer(key, start + 1, limit):
        if sep.start() <= starts[-1]:
            continue
        ends.append(sep.start())
        starts.append(sep.end())
    ends.append(limit)
    items: list[tuple[int, int]] = []
    for s, e in zip(starts, ends, strict=True):
        item = _ROLE_ITEM.match(key, s, e)
        if item is None:
            continue
        items.append((s, e))
        plural = item.group("role").endswith(("s", "x"))
        if plural and "," not in key[s:e] and _TWO_OF_THEM.match(key, item.end(), e):
            items.append((s, e))
    return items


def _officials(key: str, series: re.Match[str], end: int) -> list[tuple[int, int]]:
    """The officials listed after the series noun or verb, up to the end of the list."""
    stop = _SERIES_END.search(key, series.end(), end)
    return _role_items(key, series.end(), stop.start() if stop else end)


def _official_series(
    key: str, reading: SentenceReading, anchor: tuple[int, int]
) -> tuple[re.Match[str] | None, bool, list[tuple[int, int]]]:
    """The verb or noun that lists officials met, whether it is a verb, and the officials."""
    end = reading.sentence.end
    by_verb = _MET_BY_VERB.match(key, anchor[0], end)  # "a reçu le ministre A, puis le …"
    items = _officials(key, by_verb, end) if by_verb else []
    if len(items) >= 2:
        return by_verb, True, items
    # "des entretiens avec …": the determiner stands before the trigger
    series = _SERIES.search(key, max(reading.sentence.start, anchor[0] - 12), end)
    return series, False, _officials(key, series, end) if series else []


def _leaders_not_officials(
    key: str, draft: Draft, items: list[tuple[int, int]], named: list[set[str]]
) -> bool:
    """After a verb, officials named (« le ministre A et le ministre B ») are
    consultation.leaders' to split, but for « A, puis B » of two sides; so are officials
    of one office and side."""
    one_each = all(len(n) == 1 for n in named) and len(set(map(frozenset, named))) > 1
    then = _THEN.search(key, items[0][0], items[-1][0]) is not None
    if not (one_each and then) and any(s <= p.start < e for p in draft.persons for s, e in items):
        return True
    offices = {
        (_ROLE_ITEM.match(key, s, e), frozenset(n)) for (s, e), n in zip(items, named, strict=True)
    }
    return len({(m.group("role") if m else "", n) for m, n in offices}) < len(items)


def _apart(
    items: list[tuple[int, int]], named: list[set[str]]
) -> tuple[list[tuple[int, int]], list[set[str]]]:
    """The officials met one by one: "les ministres du Mali et du Niger" are two sides met
    together, not two officials."""
    keep = [i == 0 or items[i] != items[i - 1] or len(named[i]) < 2 for i in range(len(items))]
    kept_items = [item for item, kept in zip(items, keep, strict=True) if kept]
    kept_named = [sides for sides, kept in zip(named, keep, strict=True) if kept]
    return kept_items, kept_named


def _official_meetings(
    key: str,
    anchor: tuple[int, int],
    draft: Draft,
    items: list[tuple[int, int]],
    named: list[set[str]],
    *,
    own: bool,
) -> list[Draft]:
    """One meeting with each official, between the hosts and the official's side."""
    everyone = set().union(*named)
    hosts = draft.parties - everyone
    before = [p for p in draft.persons if p.start < anchor[0]]
    out: list[Draft] = []
    for (s, e), sides in zip(items, named, strict=True):
        parties = hosts | sides if sides else set(draft.parties)
        if len(parties) < 2 or not hosts:
            continue
        out.append(
            attrs.evolve(
                draft,
                parties=parties,
                persons=[*before, *(p for p in draft.persons if s <= p.start < e)],
                counterpart=f"{key[s:e].strip()}#{len(out)}",
                evidence=[(s, e)] if out or not own else list(draft.evidence),
                rules=[*draft.rules, "consultation.roles"],
                sectors=set(draft.sectors),
            )
        )
    return out


def _one_per_official(
    prepared: Prepared, reading: SentenceReading, anchor: tuple[int, int], draft: Draft
) -> list[Draft]:
    """ "Il s'est entretenu avec son homologue et a eu des entrevues avec le président du
    Sénat, le Premier ministre et les gouverneurs des provinces": officials met one after
    another, each named only by role, are one meeting each, between the same sides (or
    the subject's side and the one the official's role names)."""
    if draft.subtype != "meeting" or draft.counterpart is not None:
        return [draft]
    if draft.met_apart:
        return [draft]
    key = prepared.key
    series, by_verb, items = _official_series(key, reading, anchor)
    if series is None or len(items) < 2:
        return [draft]
    own = series.start() <= anchor[0] < series.end()  # the series is the draft's trigger
    named = [
        {m.value for m in reading.parties if m.category == "party" and s <= m.start < e}
        for s, e in items
    ]
    if by_verb and _leaders_not_officials(key, draft, items, named):
        return [draft]
    items, named = _apart(items, named)
    out = _official_meetings(key, anchor, draft, items, named, own=own)
    if len(out) < 2:
        return [draft]
    if own:
        return out
    # the meeting of the trigger is another one: with the person it names, else with
    # whoever its own complement names
    met = next((p for p in draft.persons if anchor[1] <= p.start < series.start()), None)
    draft.counterpart = _family(met.name) if met else key[anchor[1] : series.start()][:40]
    draft.persons = [p for p in draft.persons if p.start < series.start()]
    return [draft, *out]


_PAST_AUXILIARY_BEFORE: Final = re.compile(
    rf"\b(?:{either('cue.past-verb', 'auxiliary')})\s+(?:[\w']+\s+)?$"
)
"""The auxiliary of a compound past before a participle: « a reçu », « se sont
(longuement) entretenus », « s'était rendu »."""
_PAST_VERB: Final = re.compile(rf"(?:{either('cue.past-verb', 'auxiliary')})\s")
"""A trigger that starts with its own auxiliary (« s'est entretenu », « a rencontré »)."""
_PARTICIPLE_ENDINGS: Final = ("é", "és", "ée", "ées", "u", "us", "ue", "ues", "is", "it")


def _past_verb(prepared: Prepared, reading: SentenceReading, anchor: tuple[int, int]) -> bool:
    """Rule ``cue.past-verb``: the trigger is a verb in a compound past (« s'est
    entretenu », « ont eu un entretien », « a reçu ») and every cue of the future or of
    a wish near it comes after it: « s'est entretenu lundi avec son homologue et a
    souhaité renforcer la coopération », « se sont entretenus et ont convenu de se
    revoir »: the meeting took place; what is wished or planned is what follows."""
    start, end = anchor
    if not any(
        kind in {"future", "prospect"} and c_start >= end for c_start, _e, kind in reading.cues
    ):
        return False
    if any(kind in {"future", "prospect"} and c_start < end for c_start, _e, kind in reading.cues):
        return False  # « devrait rencontrer », « qui souhaite s'entretenir »: before it
    key = prepared.key
    if _PAST_VERB.match(key, start, end):
        return True
    word = prepared.text[start:end].split()[0] if prepared.text[start:end].split() else ""
    if not word.endswith(_PARTICIPLE_ENDINGS):
        return False
    return (
        _PAST_AUXILIARY_BEFORE.search(key, max(reading.sentence.start, start - 30), start)
        is not None
    )


_TOGETHER: Final = words_pattern("consultation.officials-apart", "together")
"""Words saying that the persons met were met together (« conjointement », « une
rencontre tripartite »)."""
_ON_THE_MARGIN: Final = re.compile(
    rf"\b(?:{either('consultation.officials-apart', 'margin')})\b[^;:.]{{0,50}}?"
    rf"\b(?:{either('consultation.officials-apart', 'gathering')})"
)
"""A gathering the meetings are held on the margin of (« en marge du sommet », « à
l'occasion de sa participation à la conférence »)."""
_NEXT_OFFICIAL: Final = re.compile(
    rf"\s*(?:,\s*)?(?:(?:{either('consultation.leaders', 'and')})\s+)?"
    rf"(?:(?:{either('consultation.leaders', 'with')})\s+)?"
    r"(?:(?:le|la|l'|son|sa)\s*[^;:()]{0,140})?$"
)
"""Between two officials met: « et », « , », « et le ministre … de la Guinée, »."""


def _met_apart_on_the_margin(
    key: str, reading: SentenceReading, anchor: tuple[int, int], draft: Draft
) -> bool:
    """A meeting verb on the margin of a gathering, with nothing saying the persons met
    were met together (« conjointement », « tripartite »)."""
    if draft.subtype != "meeting" or draft.counterpart is not None:
        return False
    if not _MET_VERB.search(key, anchor[0], anchor[1]):
        return False
    if _TOGETHER.search(key, reading.sentence.start, reading.sentence.end):
        return False
    # « a reçu à Dakar les présidents A et B »: perhaps together
    return _ON_THE_MARGIN.search(key, reading.sentence.start, anchor[0]) is not None


def _one_per_official_side(
    prepared: Prepared, reading: SentenceReading, anchor: tuple[int, int], draft: Draft
) -> list[Draft]:
    """Rule ``consultation.officials-apart``: « En marge du sommet, X a rencontré le
    ministre des Affaires étrangères du Mali, A, et le ministre des Affaires étrangères
    de la Guinée, B »: on the margin of a gathering, officials of different states, each
    named with his role after a verb of meeting, are one meeting each with the
    subject's side (unless the sentence says they were met together: « conjointement »,
    « tripartite »)."""
    key = prepared.key
    if not _met_apart_on_the_margin(key, reading, anchor, draft):
        return [draft]
    # each with his role: « le ministre … du Mali, A, et celui de la Guinée, B »
    met = _persons_named(key, anchor, draft, _NEXT_OFFICIAL)
    sides = [p.party for p in met if p.party]
    if len(met) < 2 or any(p.role is None for p in met) or len(set(sides)) < len(met):
        return [draft]
    hosts = {p.party for p in draft.persons if p.start < anchor[0] and p.party}
    if not hosts:
        hosts = {m.value for m in reading.parties if m.start < anchor[0]} & draft.parties
    if not hosts or hosts & set(sides) or not set(sides) <= draft.parties:
        return [draft]
    out = []
    for code in sides:
        one = _with_side(draft, hosts, code, set(sides) - {code})
        one.rules[-1] = "consultation.officials-apart"
        one.met_apart = draft.met_apart  # one per side on the margin: not said to be apart
        out.append(one)
    return out


_AGENT: Final = re.compile(
    rf"[^,.;:()]{{0,60}}?\b(?:{either('consultation.received-participle', 'agent')}) "
)
"""From a participle to the « par » of its agent, in the participle's own phrase (no
comma, no clause break): « reçu ensuite au Grand Palais par »."""
_AGENT_REACH: Final = 8
"""Characters from « par » to the role or name of the agent (« par leurs »)."""


def received_participle(
    prepared: Prepared, reading: SentenceReading, start: int, end: int
) -> bool:
    """Rule ``consultation.received-participle``: a bare participle of « recevoir » or
    « accueillir » reports a meeting when it opens the sentence or a clause set off by a
    comma (« Reçu ensuite au palais par le roi, le ministre … », « Le ministre, accueilli à
    l'aéroport par son homologue, … ») and its agent follows it in its own phrase, a
    person named or by role (« par le Premier ministre », « par son homologue »); « l'aide
    reçue par le pays », « accueilli par une cérémonie » are no meeting."""
    key = prepared.key
    before = key[reading.sentence.start : start].rstrip()
    if before and not before.endswith(","):
        return False
    agent = _AGENT.match(key, end, reading.sentence.end)
    if agent is None:
        return False
    at = agent.end()
    if any(at <= p.start <= at + _AGENT_REACH for p in reading.persons):
        return True
    return any(
        at <= r_start <= at + _AGENT_REACH
        for r_start, _e in find_roles(prepared, at, min(reading.sentence.end, at + 80))
    )


_WELCOMED: Final = words_pattern("consultation.welcomed-person", "welcomed")
"""The verb « accueillir » as a trigger (« a accueilli »)."""
_WELCOMED_PERSON: Final = re.compile(
    r"(?:\s+(?:[\w'-]+\s+){0,5}?)?"
    rf"(?:{either('consultation.welcomed-person', 'person')})\b"
)
"""A person welcomed within a few words of the verb (« a accueilli lundi à Abidjan son
homologue », « a accueilli le président »), not a thing (« a accueilli favorablement la
proposition », « a accueilli le sommet »)."""


def _welcomed_no_person(
    prepared: Prepared, reading: SentenceReading, start: int, end: int
) -> bool:
    """Rule ``consultation.welcomed-person``: « a accueilli » is a meeting only when a
    person or a delegation is what is welcomed; « a accueilli favorablement la
    décision », « a accueilli la conférence » are no meeting."""
    key = prepared.key
    if _WELCOMED.search(key, start, end) is None:
        return False
    return _WELCOMED_PERSON.match(key, end, min(reading.sentence.end, end + 80)) is None


_NEXT_DATE: Final = re.compile(
    rf"[^.;:]{{0,40}}?(?:,\s*)?\b(?:{either('consultation.one-per-date', 'and-then')})\s+"
    rf"(?:(?:{either('consultation.one-per-date', 'determiner')})\s+)?$"
)
"""Between two dates of one verb: « à Rabat, puis le », « et le »."""
_CITY_AFTER: Final = re.compile(r"\s*,?\s*(?:a|au)\s+$")


def _city_after(prepared: Prepared, reading: SentenceReading, end: int, limit: int) -> str | None:
    """The city named with « à » right after a date, before ``limit``."""
    for mention in reading.parties:
        if not end <= mention.start < limit or mention.detail not in _PLACE_DETAILS:
            continue
        if mention.start - end <= 8 and _CITY_AFTER.match(prepared.key[end : mention.start]):
            return prepared.text[mention.start : mention.end]
    return None


def _one_per_date(
    prepared: Prepared, reading: SentenceReading, anchor: tuple[int, int], draft: Draft
) -> list[Draft]:
    """Rule ``consultation.one-per-date``: « se sont rencontrés le 3 mars à Rabat, puis
    le 15 avril à Dakar »: a meeting verb followed by dates joined by « puis » or « et »
    is one meeting a date, each with the city named after its date."""
    if draft.subtype in {"visit"}:
        return [draft]
    key = prepared.key
    after = [d for d in reading.dates if d.start >= anchor[1] and d.value is not None]
    if len(after) < 2 or after[0].start - anchor[1] > 40:
        return [draft]
    dates = [after[0]]
    for mention in after[1:]:
        if not _NEXT_DATE.match(key[dates[-1].end : mention.start]):
            break
        dates.append(mention)
    if len(dates) < 2 or len({str(d.value) for d in dates}) < len(dates):
        return [draft]
    out = []
    for i, mention in enumerate(dates):
        limit = dates[i + 1].start if i + 1 < len(dates) else reading.sentence.end
        one = attrs.evolve(
            draft,
            date=mention.value,
            place=_city_after(prepared, reading, mention.end, limit) or draft.place,
            persons=list(draft.persons),
            evidence=list(draft.evidence),
            rules=[*draft.rules, "consultation.one-per-date"],
            sectors=set(draft.sectors),
            parties=set(draft.parties),
        )
        out.append(one)
    return out


_RECEIVED_PARTICIPLE: Final = re.compile(
    rf"\b(?:{either('consultation.received-at', 'received')})$"
)
"""A trigger that ends with the participle of « recevoir » (« a été reçu »)."""
_RECEIVED_STOP: Final = re.compile(
    rf"(?:\s*,\s*|\s+)(?:(?:{either('consultation.received-at', 'then')})\s+)?"
    rf"(?P<at>{either('consultation.received-at', 'at')})\s*(?P<place>[^,;:()]{{1,40}}?)\s+"
    rf"(?:{either('consultation.received-at', 'by')})\s"
)
"""One stop of a tour of receptions: « à Carthage par », « , puis au Bardo par »."""
_FIRST_STOP_REACH: Final = 30
"""How far after the participle the first stop may start (« reçu jeudi à … par »)."""
_HOST_REACH: Final = 120
"""How long a host named between two stops may be (« le président du Parlement, A »)."""


def _a_stop(text: str, stop: re.Match[str] | None) -> re.Match[str] | None:
    """The stop, if it names a place: a name (« à Carthage ») or a noun with its article
    (« au palais », « à la Kasbah »), not a verb (« et a signé à Tunis par … »)."""
    if stop is None:
        return None
    return stop if stop.group("at") != "a" or text[stop.start("place")].isupper() else None


def _reception_stops(text: str, key: str, start: int, end: int) -> list[re.Match[str]]:
    """The stops « à A par …, à B par … » listed from ``start``, each within a host's
    length of the one before."""
    first = _a_stop(text, _RECEIVED_STOP.search(key, start, min(end, start + _FIRST_STOP_REACH)))
    if first is None or (first.start() != start and "," in key[start : first.start()]):
        return []
    stops = [first]
    while True:
        bound = min(end, stops[-1].end() + _HOST_REACH)
        nxt = _a_stop(text, _RECEIVED_STOP.search(key, stops[-1].end(), bound))
        if nxt is None or _COMPLEMENT_END.search(key, stops[-1].end(), nxt.start()):
            return stops
        stops.append(nxt)


def _host_stops(
    prepared: Prepared, reading: SentenceReading, anchor: tuple[int, int], draft: Draft
) -> list[re.Match[str]]:
    """The stops « à A par … » of a meeting with no counterpart yet whose guest « a été
    reçu » at two places or more; empty when the draft is no such meeting."""
    if draft.subtype != "meeting" or draft.counterpart is not None:
        return []
    key = prepared.key
    if _RECEIVED_PARTICIPLE.search(key, anchor[0], anchor[1]) is None:
        return []
    stops = _reception_stops(prepared.text, key, anchor[1], reading.sentence.end)
    return stops if len(stops) >= 2 else []


def _guests_and_side(
    reading: SentenceReading, anchor: tuple[int, int], draft: Draft
) -> tuple[list[PersonMention], str | None]:
    """The guests (the persons before the anchor) and the hosts' side: the one side of
    the draft that is not the guests' own, when the guests have one."""
    guests = [p for p in draft.persons if p.start < anchor[0]]
    own = {m.value for m in reading.parties if m.start < anchor[0]} | {
        p.party for p in guests if p.party
    }
    hosting = draft.parties - own
    side = next(iter(hosting)) if len(hosting) == 1 and own else None
    return guests, side


def _stop_limit(key: str, stops: list[re.Match[str]], i: int, end: int) -> int:
    """Where the ``i``-th stop's host ends: at the next stop, or for the last one at the
    end of the complement, within a host's length, or the sentence's ``end``."""
    if i + 1 < len(stops):
        return stops[i + 1].start()
    stop = stops[i]
    brk = _COMPLEMENT_END.search(key, stop.end(), end)
    return min(brk.start() if brk else end, stop.end() + _HOST_REACH)


def _stop_city(prepared: Prepared, reading: SentenceReading, stop: re.Match[str]) -> str | None:
    """The city a stop names as its place (« à Carthage »), as written; else ``None``."""
    return next(
        (
            prepared.text[m.start : m.end]
            for m in reading.parties
            if m.detail in _PLACE_DETAILS and stop.start("place") <= m.start < stop.end("place")
        ),
        None,
    )


def _meeting_at_stop(
    prepared: Prepared,
    reading: SentenceReading,
    draft: Draft,
    stops: list[re.Match[str]],
    i: int,
    *,
    guests: list[PersonMention],
    side: str | None,
) -> Draft:
    """The guests' meeting with the host of the ``i``-th stop, at its city: the hosts
    are the persons named after the stop (of ``side`` when of none), the counterpart
    the first host's family (else the words naming the host), the evidence from « à »
    on (the whole draft's for the first stop)."""
    key, stop = prepared.key, stops[i]
    limit = _stop_limit(key, stops, i, reading.sentence.end)
    hosts = [
        attrs.evolve(p, party=p.party or side)
        for p in draft.persons
        if stop.end() <= p.start < limit
    ]
    return attrs.evolve(
        draft,
        place=_stop_city(prepared, reading, stop),
        persons=[*guests, *hosts],
        counterpart=_family(hosts[0].name) if hosts else f"{key[stop.end() : limit]}#{i}",
        evidence=[(stop.start("at"), limit)] if i else list(draft.evidence),
        rules=[*draft.rules, "consultation.received-at"],
        parties=set(draft.parties),
        sectors=set(draft.sectors),
    )


def _one_per_host_place(
    prepared: Prepared, reading: SentenceReading, anchor: tuple[int, int], draft: Draft
) -> list[Draft]:
    """Rule ``consultation.received-at``: « X a été successivement reçu à Carthage par le
    président A, à la Kasbah par le chef du gouvernement B, puis au Bardo par le
    président du Parlement C »: a guest received at several places, each by its own
    host, had one meeting with each host, at that place (a city named there; else none
    of its own)."""
    stops = _host_stops(prepared, reading, anchor, draft)
    if not stops:
        return [draft]
    guests, side = _guests_and_side(reading, anchor, draft)
    return [
        _meeting_at_stop(prepared, reading, draft, stops, i, guests=guests, side=side)
        for i in range(len(stops))
    ]


_INDEFINITE_BEFORE: Final = re.compile(
    rf"\b(?:{either('consultation.introduced', 'indefinite')})\s+(?:[\w-]+\s+){{0,2}}$"
)
"""« lors d'une réunion entre X et Y »: an indefinite article before the trigger."""
_ITS_SIDES_AFTER: Final = re.compile(
    rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{either('consultation.introduced', 'sides')})\b"
)
"""« une réunion entre Aliev et Trump », « un entretien avec son homologue »: the
gathering introduced with its sides."""


def introduced(
    prepared: Prepared, reading: SentenceReading, anchor: tuple[int, int], occasion: int
) -> bool:
    """Rule ``consultation.introduced``: a gathering after « lors de », « à la suite de »
    that the text introduces rather than names again: with an indefinite article and its
    sides (« lors d'une réunion entre Aliev et Trump », « à la suite d'un entretien avec
    son homologue »). It is an event of its own that took place, not the one just
    reported."""
    key = prepared.key
    start, end = anchor
    return (
        _INDEFINITE_BEFORE.search(key, occasion, start) is not None
        and _ITS_SIDES_AFTER.match(key, end, min(reading.sentence.end, end + 40)) is not None
    )
