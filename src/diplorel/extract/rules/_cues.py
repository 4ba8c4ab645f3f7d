"""Shared cues: future and negation, back-references, support verbs, headlines, domestic bodies."""

from __future__ import annotations

import re
from typing import Final

import attrs

from diplorel._registry import party_or_none
from diplorel.extract._reading import SentenceReading
from diplorel.extract._text import Prepared, Sentence, fold
from diplorel.extract._words import alternation, either, phrases, words_pattern
from diplorel.extract.recognise._lexicon import lexicon
from diplorel.extract.recognise._lists import list_bounds

_WINDOW: Final = 60
"""The characters after a trigger that the patterns matched there may read: with this
bound, a pattern that starts with blanks (super-linear on a long run of them when
tried everywhere) stays linear where it is tried once."""


_PLACE_PREP: Final = re.compile(
    rf"(?:\b(?:{either('place.sentence', 'preposition')})\s*)(?:\w+-)?$"
)  # "(protocole) de Nagoya-Kuala Lumpur": a compound name is a place too


_BACKREF_BEFORE: Final = re.compile(
    rf"\b(?:{either('consultation.back-reference', 'occasion')})\s+(?:de\s+|d'|du\s+|des\s+)?"
    rf"(?:l'|(?:{either('consultation.back-reference', 'determiner')})\s+)?(?:\w+\s+){{0,3}}$"
)


_BOTH: Final = re.compile(
    rf"\b(?:(?:{either('parties.both', 'both-of')}) (?:{either('parties.both', 'both-noun')})|"
    rf"{either('parties.both', 'both-phrase')})\b"
)


_NEGATION: Final = re.compile(
    rf"\bn'(?:{either('cue.negation', 'auxiliary')})\s+(?:\w+\s+){{0,2}}"
    rf"(?:{either('cue.negation', 'negative')})\b(?!\s+(?:{either('cue.negation', 'litotes')})\b)"
    rf"|\bne\s+(?:\w+\s+){{1,2}}(?:{either('cue.negation', 'negative')})\b"
    rf"(?!\s+(?:{either('cue.negation', 'litotes')})\b)"
    rf"|\b(?:{either('cue.negation', 'negative-subject')})\b(?=[^,;:.]{{0,80}}?\bn(?:e\s|'))"
)
"""A negated verb; not a litotes, which says the act happened (« n'a pas manqué de »).
The words between the auxiliary and « pas » may be an aside without commas (« n'a en
revanche pas eu »); a subject with « aucun » (« aucune rencontre n'a eu lieu », « aucun
accord ne sera signé ») negates its verb without « pas »."""


_RELATIVE_BEFORE: Final = re.compile(
    rf"\b(?:(?:{either('cue.negation-clause', 'relative')})|"
    rf"(?:{either('cue.negation-clause', 'relative-genitive')})(?:\s+[\w']+){{1,2}})\s+$"
)
"""A relative pronoun before the negated verb and its subject (« … qui n'a jamais
abouti », « dont le pays n'a pas signé »): the negation belongs to the relative clause."""

_ANTECEDENT_REACH: Final = 30
"""From a noun to the relative pronoun right after it (« la réunion, qui n'a pas eu
lieu »): the relative clause speaks of that noun."""

_CLAUSE_MARKS: Final = ";:"
"""Marks that end a clause whatever it is: « … n'ont pas participé au sommet : réunis à
Niamey, les ministres ont adopté une déclaration »."""


def negation_covers(
    key: str, start: int, end: int, anchor: tuple[int, int], *, quoted: bool = False
) -> bool:
    """Whether a negated verb of the sentence ``[start, end)`` denies the trigger at
    ``anchor``: one in the trigger's own clause (rule ``cue.negation-clause``).

    A negation in a relative clause (« qui n'a jamais abouti ») denies only that clause
    and the noun right before it; one in a main clause, only up to a semicolon or a
    colon. French states a fact in one clause and denies another in the next: « les
    trois dirigeants ont signé une déclaration commune, qui demande la fin d'une
    médiation qui n'a jamais abouti » reports a declaration.

    With ``quoted`` (rule ``cue.negation-quoted``), a negation inside words quoted
    between « and » denies only within the quotation: « Ce n'est pas la fin », said by
    a leader after a signing, is what he said, not a denial of the signing.
    """
    for match in _NEGATION.finditer(key, start, end):
        relative = _RELATIVE_BEFORE.search(key, max(start, match.start() - 30), match.start())
        if relative is not None:
            lo = max(start, relative.start() - _ANTECEDENT_REACH)
            stops = [at for at in (key.find(",", match.end(), end),) if at != -1]
        else:
            lo = max([start, *(key.rfind(mark, start, match.start()) for mark in _CLAUSE_MARKS)])
            stops = []
        stops += [at for mark in _CLAUSE_MARKS if (at := key.find(mark, match.end(), end)) != -1]
        hi = min([end, *stops])
        if quoted:
            lo, hi = _within_quote(key, start, end, match.start(), (lo, hi))
        if lo <= anchor[0] < hi:
            return True
    return False


def _within_quote(
    key: str, start: int, end: int, at: int, span: tuple[int, int]
) -> tuple[int, int]:
    """The span ``span`` narrowed to the quotation « … » of the sentence
    ``[start, end)`` that holds ``at``, if any (rule ``cue.negation-quoted``)."""
    lo, hi = span
    opened = key.rfind("«", start, at)
    if opened == -1 or key.rfind("»", opened, at) != -1:
        return lo, hi
    closed = key.find("»", at, end)
    return max(lo, opened), min(hi, closed if closed != -1 else end)


_CAPITAL_DETAILS: Final = frozenset({"capital"})


_PLACE_DETAILS: Final = frozenset({"capital", "city"})


_SUPPORT_VERB: Final = words_pattern("consultation.weak-noun", "support")
"""A verb saying that a meeting took place ("a eu", "s'est tenue", "a présidé")."""


_MANNERS: Final = frozenset({"phone_call", "video_conference"})


_SUPPORT_REACH: Final = 45
"""How far before a noun trigger its verb may be ("ont tenu vendredi à Tokyo le 19e
sommet")."""


_RESTATEMENT_BEFORE: Final = re.compile(
    rf"\b(?:{either('consultation.back-reference', 'restatement')})\s+(?:de la |de l'|des |du |"
    r"de |d')?(?:\w+\s+){0,2}$"
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


_RELATIVE_IN_CLAUSE: Final = re.compile(rf"\b(?:{either('cue.future-clause', 'relative')})\b")
"""A relative pronoun opening the clause a cue stands in (« durant lequel », « au cours
de laquelle », « qui »)."""


def future_in_clause(key: str, reading: SentenceReading, anchor: tuple[int, int]) -> bool:
    """:func:`_future` with the cues of a relative clause that leaves the trigger out
    set aside (rule ``cue.future-clause``).

    A relative clause speaks of the noun right before it: « cette tournée, au cours de
    laquelle trois accords devraient être conclus » puts that tour in the future, not
    the call the main clause reports (« la ministre s'est entretenue par téléphone avec
    … »); « un sommet qui s'est déroulé à Lomé, pendant lequel les chefs d'État ont
    décidé de … » took place.
    """
    if not _future(reading, anchor):
        return False  # the cheap test first: most triggers have no cue near
    kept = tuple(cue for cue in reading.cues if not _other_relative(key, reading, cue, anchor))
    if len(kept) == len(reading.cues):
        return True
    return _future(attrs.evolve(reading, cues=kept), anchor)


def _other_relative(
    key: str, reading: SentenceReading, cue: tuple[int, int, str], anchor: tuple[int, int]
) -> bool:
    """Whether the cue stands in a relative clause that leaves the trigger at ``anchor``
    out: the clause from its pronoun (and the noun right before it) to the next comma."""
    c_start, c_end, _kind = cue
    start, end = reading.sentence.start, reading.sentence.end
    clause = max([start, *(key.rfind(mark, start, c_start) for mark in ",;:")])
    pronoun = _RELATIVE_IN_CLAUSE.search(key, clause, c_start)
    if pronoun is None:
        return False
    stops = [at for mark in ",;:" if (at := key.find(mark, c_end, end)) != -1]
    lo, hi = max(start, pronoun.start() - _ANTECEDENT_REACH), min([end, *stops])
    return not lo <= anchor[0] < hi


_AUXILIARY_BEFORE: Final = re.compile(
    rf"\b(?:{either('consultation', 'auxiliary')})\s+"
    rf"(?:\w+ment\s+|(?:{either('consultation', 'adverb')})\s+)?$"
)


_VERBAL_TRIGGER: Final = re.compile(
    rf"(?:s'|se |a |ont |{either('consultation', 'verbal')}|a ete )"
)


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


_FRAME_BEFORE: Final = re.compile(
    rf"\b(?:{either('consultation.frame', 'frame')}) (?:de |des |d')$"
)
"""A talk named as a framework ("le format de pourparlers", "le processus de négociation")
is not an event."""

_FRAME_SESSION: Final = re.compile(
    rf"\b(?:{either('consultation.frame', 'session')})s? "
    rf"(?:{either('consultation.frame', 'of')}) ?"
    rf"(?:{either('consultation.frame', 'frame')}) (?:de |des |d')$"
)
"""A session of that framework (« la quatrième session du mécanisme de consultations »,
« le nouveau cycle du format de pourparlers »): the framework is a standing body, and
its session is a meeting."""


_DEMONSTRATIVE: Final = re.compile(
    rf"\b(?:{alternation(phrases('consultation.demonstrative', 'demonstrative'))})\s+$"
)


_OCCASION: Final = re.compile(rf"\b(?:{either('consultation.about-instrument', 'occasion')})\b")


def _described_by_instrument(key: str, reading: SentenceReading, at: int) -> bool:
    """ "un mémorandum relatif à un mécanisme de consultations": the consultations are
    what the instrument is about, not an event (unlike "signé lors de la commission");
    so are those listed among its subjects (« ces textes portent sur la pêche, la
    formation ainsi que les consultations politiques »)."""
    for _start, end, entry in reading.triggers:
        if entry.category != "instrument" or end > at or at - end > _SUBJECTS_REACH:
            continue
        if at - end <= 90:
            between = key[end:at]
            if (
                _INSTRUMENT_OBJECT.search(between)
                and not _OCCASION.search(between)
                and not any(c in between for c in ",;:")
            ):
                return True
        if _listed_subject(key, reading, end, at):
            return True
    return False


_SUBJECTS_REACH: Final = 300
"""How far after a plural instrument its list of subjects may reach."""
_SUBJECTS_LEAD: Final = 20
"""How far after the instrument its list's connective (« portent sur ») may end."""
_LIST_VERB: Final = words_pattern("consultation.about-instrument", "verb")


def _listed_subject(key: str, reading: SentenceReading, end: int, at: int) -> bool:
    """Whether ``at`` stands in the list of subjects right after a plural instrument
    ending at ``end``, with no verb or other trigger between the list's start and it."""
    if key[end - 1] not in "sx":
        return False
    bounds = list_bounds(key, end, reading.sentence.end, _SUBJECTS_LEAD)
    if bounds is None or not bounds[0] <= at < bounds[1]:
        return False
    if _LIST_VERB.search(key, bounds[0], at):
        return False
    return not any(bounds[0] <= t < at for t, _e, _entry in reading.triggers)


_INSTRUMENT_OBJECT: Final = re.compile(
    rf"\b(?:{either('consultation.about-instrument', 'object')})\b"
)


def _headline(prepared: Prepared, reading: SentenceReading) -> bool:
    """A title line: early in the page, short, with no final full stop."""
    return _title_line(prepared, reading.sentence)


def _title_line(prepared: Prepared, sentence: Sentence) -> bool:
    """The sentence is a title line (see :func:`_headline`)."""
    text = prepared.text[sentence.start : sentence.end].rstrip()
    return sentence.paragraph <= 3 and len(text) < 200 and not text.endswith(".")


def _is_organisation(code: str) -> bool:
    """Whether ``code`` is an organisation's (a state's or an unknown code is not)."""
    return state_code(code) is False


def state_code(code: str) -> bool | None:
    """Whether ``code`` is a state's (True) or an organisation's (False); None for a code
    the registry does not know. Remembered for each code (the registry is read once and
    never changes)."""
    if code in _STATE_CODE:
        return _STATE_CODE[code]
    if len(_STATE_CODE) >= _CODES_KEPT:
        _STATE_CODE.clear()
    found = party_or_none(code)
    known = _STATE_CODE[code] = None if found is None else found.is_state
    return known


_STATE_CODE: Final[dict[str, bool | None]] = {}
_CODES_KEPT: Final = 4096


def _domestic(prepared: Prepared, reading: SentenceReading, anchor: tuple[int, int]) -> bool:
    """A domestic body named before the trigger ("le Conseil des ministres … a tenu sa
    réunion") or as its complement ("une réunion du cabinet des ministres"), not as the
    office of a person (« le secrétaire général du Conseil des ministres … a été reçu »)."""
    return any(
        kind == "domestic"
        and (
            (c_start <= anchor[0] and anchor[0] - c_end < 200)
            or 0 <= c_start - anchor[1] <= _DOMESTIC_AFTER
        )
        and not _office_of(prepared, c_start)
        for c_start, c_end, kind in reading.cues
    )


_OFFICE_OF: Final = re.compile(r"\s+(?:du|de la|de l'|des)\s*$")
"""Between a title and the body it presides: « président du », « secrétaire général de la »."""
_OFFICE_REACH: Final = 40
"""Characters before a body where the title of its office may start."""


def _office_of(prepared: Prepared, at: int) -> bool:
    """Whether the body named at ``at`` is the complement of a title (« vice-président du
    Conseil des ministres », « secrétaire général du Conseil fédéral »): a person's
    office, not the body meeting."""
    lo = max(0, at - _OFFICE_REACH)
    return any(
        _OFFICE_OF.fullmatch(prepared.key, end, at) is not None
        for _start, end, _entry in lexicon().hits(prepared).matches("role", lo, at)
    )


_DOMESTIC_AFTER: Final = 25


def _family(name: str) -> str:
    """A name's last word, case and accents folded: "KABORE" is "Kaboré"."""
    return fold(name.rsplit(maxsplit=1)[-1]) if name.split() else ""
