"""Vetoes on built events: a negated, refused or not yet accomplished act is no event.

Assembly makes a draft from a trigger and the stage it finds near it. French
news often names an act that did not happen: it is negated ("n'ont pas encore
paraphé l'accord", "n'a jamais ratifié la convention"), refused ("refuse de
signer", "a voté contre le projet de loi d'approbation"), or still to come
("doit être signé", "devrait ratifier", "la signature est prévue le 12 juin",
"la réunion a été reportée"). Each veto here reads only the words that govern
the event's own trigger, its stage verb for an agreement, in the trigger's
clause: a negation elsewhere in the sentence ("l'accord, qui n'était pas
attendu si tôt, a été signé") vetoes nothing.

Every pattern is anchored at the end (or start) of a bounded slice of the
folded key next to the trigger, so the vetoes stay linear in the text.
"""

from __future__ import annotations

import re
from typing import Final

from diplorel.extract._assemble import Draft
from diplorel.extract._text import Prepared
from diplorel.extract._visits import occurrences, scanned
from diplorel.extract._words import either, forms
from diplorel.extract.rules._base import DEFAULT, Options

__all__ = ["RULE_NAMES", "VETOES", "veto"]

_REACH: Final = 80
"""Characters read before or after a trigger: a clause, not a sentence."""

_AUXILIARY: Final = rf"(?:{either('cue.negated-verb', 'auxiliary')})"
_ADVERB: Final = rf"(?:{either('cue.negated-verb', 'adverb')})"
_OBJECT: Final = rf"(?:l'|(?:{either('cue.negated-verb', 'object-pronoun')}) |s')"

_NEGATIVE: Final = rf"(?:{either('cue.negated-verb', 'negative')})"
_NEGATIVE_VERB: Final = rf"(?:{either('cue.negated-verb', 'negative-verb')})"
_PARTICIPLE: Final = rf"(?:{either('cue.negated-verb', 'past-participle')})"
_NOT_TO: Final = rf"(?:{either('cue.negated-verb', 'negative-infinitive')})"
_WITHOUT: Final = rf"(?:{either('cue.negated-verb', 'without')})"
_YET: Final = rf"(?:{either('cue.negated-verb', 'yet')})"

_ASIDE: Final = r"(?:,[^,.;:!?]{1,40},|(?: [a-z']+){1,2}(?= ))?"
"""An aside after the auxiliary, between commas (« n'a, pour sa part, jamais … ») or of
one or two words without them (« n'a en revanche pas », « n'est donc toujours pas »)."""
_BE: Final = rf"(?: (?:{either('cue.negated-verb', 'infinitive-be')}))?"
"""« être » after a modal's participle (« n'a pas encore pu être conclu »)."""
_ELLIPTIC: Final = rf"(?:{either('cue.negated-verb', 'elliptic-negative')})"
_NEGATED: Final = re.compile(
    rf"\bn'(?:{_AUXILIARY}|y {_AUXILIARY}){_ASIDE} (?:{_ADVERB} )?{_NEGATIVE}"
    rf"(?: {_ADVERB})?(?: {_PARTICIPLE}{_BE})?(?: {_OBJECT}| d')? ?$"
    rf"|\bne (?:se |s'|{_OBJECT})?{_AUXILIARY} (?:{_ADVERB} )?{_NEGATIVE_VERB}"
    rf"(?: {_ADVERB})?(?: ete)? ?$"
    rf"|\b(?:ne {_NOT_TO}|{_WITHOUT}) (?:{_ADVERB} )?{_OBJECT}?$"
    rf"|\bnon (?:{_YET} )?$"
)
"""A negated verb governing the trigger: "n'ont pas encore paraphé", "n'a jamais ratifié",
"n'a, de son côté, jamais ratifié", "n'a en revanche pas été signé", "n'est donc toujours
pas ratifié", "n'a pas encore pu être conclu", "ne l'a pas signé", "de ne pas signer",
"sans avoir ratifié", "non encore ratifié", and a participle negated without a verb after
a comma or « mais » (« des protocoles signés en 2009, jamais ratifiés », « une paix
paraphée mais pas encore signée », :data:`_ELLIPTIC_NEGATED`)."""
_ELLIPTIC_NEGATED: Final = re.compile(
    rf"(?:,|\b(?:{either('cue.negated-verb', 'elliptic-lead')})) {_ELLIPTIC} $"
)
"""A participle negated without a verb: its own pattern, searched in the end of the text
before the trigger only. In :data:`_NEGATED`, whose alternatives all start with ``\\b``
(factored out, so the engine leaves most positions at once), an alternative starting with
a comma made the engine try every alternative at every position."""
_ELLIPTIC_REACH: Final = 40
"""Characters before the trigger where :data:`_ELLIPTIC_NEGATED` is searched: more than its
longest match (« mais toujours pas »)."""
_ELLIPTIC_ENDS: Final = tuple(
    f" {word} " for word in forms("cue.negated-verb", "elliptic-negative")
)
"""How the text before the trigger ends (before a last line break, which ``$`` allows) for
:data:`_ELLIPTIC_NEGATED` to match there: the pattern is tried only then."""

_REFUSED: Final = re.compile(
    rf"\b(?:(?:{either('cue.negated-verb', 'refusal-stem')})\w*|"
    rf"{either('cue.negated-verb', 'refusal')}) (?:de |d'|a )"
    rf"(?:{_ADVERB} )?{_OBJECT}?$"
)
"""A refusal governing the trigger: "refuse de signer", "a renoncé à ratifier"."""

_VOTED_AGAINST: Final = re.compile(
    rf"\b(?:(?:{either('cue.negated-verb', 'vote')})\w* "
    rf"(?:{either('cue.negated-verb', 'against')})|"
    rf"(?:{either('cue.negated-verb', 'rejection-stem')})\w*)[^.;:,]{{0,60}}$"
)
"""A vote against, or the rejection of, the bill or text that carries an approval:
"a voté contre le projet de loi portant approbation", "a rejeté le texte de ratification"."""

_INTENDED: Final = re.compile(
    rf"\b(?:{either('cue.not-yet', 'modal')}|"
    rf"(?:{either('cue.not-yet', 'is')}) (?:{either('cue.not-yet', 'bound-to')})|"
    rf"(?:{either('cue.not-yet', 'aim')}) d[e']|"
    rf"(?:ont|a) (?:{either('cue.not-yet', 'agreed-to')}) d[e'])"
    rf"(?: (?:{_ADVERB}|{either('cue.not-yet', 'soon')}))?"
    rf"(?: (?:{either('cue.not-yet', 'infinitive-link')}))?"
    rf"(?: {_ADVERB})? ?{_OBJECT}?(?:la |le |l'|se |s')?$"
)
"""A verb of intention or a modal governing the trigger: "doit être signé", "devraient
ratifier", "ont convenu de se réunir", "en vue de la signature"."""

_INTENT_REACH: Final = 50
"""Characters before a trigger where its modal or verb of intention stands ("ont décidé
d'un commun accord de ne pas … signer" is the longest usual)."""
_INTENT_WORDS: Final = frozenset(
    [form.split()[-1] for form in forms("cue.not-yet", "modal")]
    + list(forms("cue.not-yet", "bound-to"))
    + [form.split()[-1] for form in forms("cue.not-yet", "aim")]
    + list(forms("cue.not-yet", "agreed-to"))
)
"""Words of :data:`_INTENDED`: the pattern is tried only where one of them occurs."""
_AGREED_STEMS: Final = forms("cue.not-yet", "agreed-stem")
"""Stems of agreeing or deciding, checked before :data:`_PLANNED` is tried."""
_PLAN_OBJECT: Final = rf"(?:(?!(?:{either('cue.not-yet', 'adjunct')}) )[\w'-]+ )"
_PLANNED: Final = re.compile(
    rf"\b(?:{either('cue.not-yet', 'agreed-stem')})(?:e|s|es)? "
    rf"(?:(?:{either('cue.not-yet', 'agreed-adverb')}) )?"
    rf"(?:(?:{either('cue.not-yet', 'plan-link')}) |d')(?:se |s')?"
    rf"(?:(?:{either('cue.not-yet', 'hold-verb')}) {_PLAN_OBJECT}{{0,6}}"
    rf"|(?:{either('cue.not-yet', 'hold-noun')}) (?:de |d'|du |des ){_PLAN_OBJECT}{{0,5}})?$"
)
"""What the sides agreed or decided to do, in any voice: "il a été convenu de tenir le
deuxième cycle de consultations", "sont convenus d'organiser un sommet", "se sont accordés
sur la tenue de la prochaine session", "a été décidé de signer": the act is a plan. Not
where a meeting is an adjunct of the plan ("ont convenu de renforcer leurs liens lors de
la réunion")."""
_FUTURE_BEFORE: Final = re.compile(
    rf"\b(?:{either('cue.not-yet', 'subject-pronoun')}|[a-z]+s?)\s+(?:[a-z]+ )?"
    rf"(?P<verb>[a-z]{{2,}}(?:{either('cue.not-yet', 'future-ending')}))\s+"
    rf"(?:[\w']+\s+){{0,3}}(?:l'|(?:{either('cue.not-yet', 'determiner')}) )?$"
)
"""A simple future governing the trigger ("offrira demain un dîner", "tiendront leur
session", "signera un accord"): a verb in -ra or -ront after its subject, at most three
words before the trigger."""
_SCHEDULE_WORDS: Final = forms("cue.not-yet", "schedule-word")
"""Words of :data:`_SCHEDULED_AFTER`, checked before it is tried."""
_SCHEDULED_AFTER: Final = re.compile(
    r"^[^.;:,]{0,80}?\b(?<!qui )"
    rf"(?:(?:{either('cue.not-yet', 'still-auxiliary')}) (?:"
    rf"(?:{either('cue.not-yet', 'still-adverb')}) )?"
    rf"(?:{either('cue.not-yet', 'scheduled')})|(?:{either('cue.not-yet', 'will-modal')}) "
    rf"(?:{either('cue.not-yet', 'take-place')})|"
    rf"(?:{either('cue.not-yet', 'will-take-place')}))\b"
)
"""A noun trigger whose predicate says it has not happened: "la signature de l'accord
est prévue le 12 juin", "la réunion a été reportée", "la ratification interviendra"."""

_FUTURE_RELATIVE: Final = re.compile(
    rf"^[^.;:,]{{0,40}}?\b(?:{either('cue.not-yet', 'relative-object')}) ?"
    rf"(?:[\w'-]+ ){{0,4}}?(?P<verb>(?:{either('cue.not-yet', 'modal')})|[a-z]{{2,}}"
    rf"(?:{either('cue.not-yet', 'future-ending')}))\b"
)
"""A noun trigger whose relative clause is in the future or governed by a modal: « la
visite d'État que le président doit effectuer au Kazakhstan », « la visite qu'effectuera
le président », « le sommet que la Confédération tiendra en juillet »."""
_PLANNED_RELATIVE: Final = re.compile(
    rf"^[^.;:]{{0,50}}?\bqui (?:{either('cue.not-yet', 'modal')}) "
    rf"(?:{_ADVERB} )?(?:{either('cue.not-yet', 'take-place')})\b"
)
"""A noun trigger whose subject relative says it was to take place: « la réunion, qui
devait se tenir à Tripoli, … », « le sommet qui doit avoir lieu en mai »: planned (and,
in the past, called off or put back), not held."""
_PREPARING: Final = re.compile(
    rf"\b(?:{either('cue.not-yet', 'prepare-stem')})\w* (?:(?:de|a|au|aux|du|des) )?"
    rf"(?:{either('cue.not-yet', 'determiner')}|l')? ?$"
)
"""A noun trigger that is prepared or awaited (« la préparation de la visite », « pour
préparer le sommet », « en prévision de la réunion »): it has not happened."""
_PREPARE_STEMS: Final = forms("cue.not-yet", "prepare-stem")
_NOUN_TRIGGER: Final = re.compile(rf"(?:{either('cue.not-yet', 'noun-trigger')})s?\b")
_CLAUSE_BREAK: Final = re.compile(rf"[.;:]| et |, (?:{either('cue.not-yet', 'relative')}) ")


def _before(prepared: Prepared, at: int) -> str:
    """The folded clause before ``at``, within the trigger's sentence and reach."""
    sentence = prepared.sentences[prepared.sentence_at(at)]
    lo = max(sentence.start, at - _REACH)
    return prepared.key[lo:at]


def _after(prepared: Prepared, end: int) -> str:
    """The folded text after ``end``, within its sentence and reach."""
    sentence = prepared.sentences[prepared.sentence_at(max(0, end - 1))]
    return prepared.key[end : min(sentence.end, end + _REACH + 40)]


def _governing_span(draft: Draft) -> tuple[int, int]:
    """The trigger whose verb decides: the stage for an agreement, else the anchor."""
    stage = draft.stage_anchor
    if draft.kind == "agreement" and stage is not None and stage[1] > stage[0]:
        return stage
    return draft.anchor


_REFUSAL_WORDS: Final = forms("cue.negated-verb", "refusal-word")
_NE_BEFORE: Final = re.compile(rf"\bn(?:e |'){_OBJECT}?$")
_PAS_AFTER: Final = re.compile(rf" (?:{either('cue.negated-verb', 'negative')})\b")


_NEGATION_GUARD: Final = tuple(
    word if word.endswith("'") else f"{word} " for word in forms("cue.negated-verb", "guard")
)
"""What the text before a trigger holds to be tried for a negation (« n' », « ne »…)."""


def negated_verb(key: str, before: str, end: int) -> bool:
    """Whether the verb ending at ``end`` is negated (« n'a pas signé », « ne condamne
    pas »), ``before`` being the folded clause before it."""
    # the patterns are tried only where their words occur (most verbs have none)
    negation = any(word in before for word in _NEGATION_GUARD)
    return (
        negation
        and (
            _NEGATED.search(before) is not None
            or (_NE_BEFORE.search(before) is not None and _PAS_AFTER.match(key, end) is not None)
        )
    ) or _elliptic(before)


def _elliptic(before: str) -> bool:
    """A participle negated without a verb (« signés en 2009, jamais »), the text before
    it being ``before``."""
    if not (before.endswith(_ELLIPTIC_ENDS) or before[:-1].endswith(_ELLIPTIC_ENDS)):
        return False
    return _ELLIPTIC_NEGATED.search(before, max(0, len(before) - _ELLIPTIC_REACH)) is not None


def negated(prepared: Prepared, draft: Draft) -> bool:
    """The verb governing the trigger is negated or refused. The negated stage of an
    instrument taken up after the sentence that reported it (« l'accord, signé en
    mars … Cette convention n'est donc toujours pas ratifiée ») denies that stage only: the
    life-cycle drops it, the instrument keeps the stage it was reported with."""
    start, end = _governing_span(draft)
    before = _before(prepared, start)
    if negated_verb(prepared.key, before, end):
        return not _taken_up(prepared, draft, start)  # "n'a pas signé", "ne condamne pas"
    if any(word in before for word in _REFUSAL_WORDS) and _REFUSED.search(before) is not None:
        return True
    if draft.kind == "agreement" and draft.stage in {"approved", "ratified"}:
        clause = _CLAUSE_BREAK.split(before)[-1]
        return _VOTED_AGAINST.search(clause) is not None
    return False


def _taken_up(prepared: Prepared, draft: Draft, start: int) -> bool:
    """Whether the agreement's governing stage at ``start`` is in a sentence after the
    first one that reports the agreement (an anaphor's stage, merged into it)."""
    if draft.kind != "agreement" or len(draft.evidence) < 2:
        return False
    first = min(at for at, _end in draft.evidence)
    return prepared.sentence_at(start) > prepared.sentence_at(first)


def not_yet(prepared: Prepared, draft: Draft) -> bool:
    """The trigger is governed by an intention or a modal, or its noun is scheduled,
    postponed or cancelled: it has not happened."""
    start, end = _governing_span(draft)
    before = _before(prepared, start)
    near = before[-_INTENT_REACH:]
    if not _INTENT_WORDS.isdisjoint(near.split()) and _INTENDED.search(near) is not None:
        return True
    if any(stem in before for stem in _AGREED_STEMS) and _PLANNED.search(before) is not None:
        return True
    future = ("ra " in near or "ront " in near) and _FUTURE_BEFORE.search(near)
    if future and not prepared.text[start - len(near) + future.start("verb")].isupper():
        return True  # "offrira demain un dîner"; not a name: « Narendra Modi a rencontré »
    if _NOUN_TRIGGER.match(prepared.key, start, end) is None:
        return False
    if any(stem in near for stem in _PREPARE_STEMS) and _PREPARING.search(near) is not None:
        return True  # « la préparation de la visite »
    after = _after(prepared, end)
    if "qu" in after:
        relative = _FUTURE_RELATIVE.match(after)
        if relative is not None and not prepared.text[end + relative.start("verb")].isupper():
            return True  # « la visite que le président doit effectuer »
        if _PLANNED_RELATIVE.match(after) is not None:
            return True  # « la réunion, qui devait se tenir ce mois-ci »
    if not any(word in after for word in _SCHEDULE_WORDS):
        return False
    return _SCHEDULED_AFTER.match(after) is not None


_PRESS_REMARKS: Final = re.compile(
    rf"(?: (?:{either('declaration.no-statement', 'press-adjective')}))? "
    rf"(?:{either('declaration.no-statement', 'press')})\b"
)
_PRAISE: Final = re.compile(either("declaration.no-statement", "praise"))
"""Stems of praising ("a salué", "se félicite")."""
_OWN_RELATIONS: Final = re.compile(
    rf"[^.;:]{{0,50}}?\b(?:{either('declaration.no-statement', 'own')}) "
    rf"(?:(?:{either('declaration.no-statement', 'good')}) )?"
    rf"(?:{either('declaration.no-statement', 'relations')})\b"
)


_REMARKS_OCCASION: Final = re.compile(rf"\b(?:{either('declaration.no-statement', 'occasion')}) $")
"""An occasion before a plural declaration noun (« lors de déclarations conjointes »):
remarks made at a meeting, not a text."""
_PLURAL_DECLARATION: Final = re.compile(either("declaration.no-statement", "plural-noun"))


def no_statement(prepared: Prepared, draft: Draft) -> bool:
    """A declaration that is no formal statement: remarks to the press ("ont fait des
    déclarations à la presse", "lors de déclarations conjointes") or the sides praising
    their own relations at their meeting ("ont salué l'excellence de leur coopération")."""
    if draft.kind != "declaration":
        return False
    start, end = draft.anchor
    key = prepared.key
    if _PRESS_REMARKS.match(key, end) is not None:
        return True
    if _PLURAL_DECLARATION.match(key, start, end) and _REMARKS_OCCASION.search(
        key, max(0, start - 25), start
    ):
        return True  # « ont salué leurs liens lors de déclarations conjointes »: remarks
    if draft.subtype != "statement" or _NOUN_TRIGGER.match(key, start, end) is not None:
        return False
    phrase = key[start:end]
    if not _PRAISE.search(phrase):
        return False
    return _OWN_RELATIONS.match(key, end, min(len(key), end + _REACH)) is not None


_CITED_BEFORE: Final = re.compile(
    rf"\b(?:{either('agreement.reference-frame', 'reference')}) (?:de la |de l'|du |des |de |d'|"
    rf"a la |a l'|au |aux )(?:\w+ )?$"
)
"""A text cited as a frame (« la mise en œuvre des déclarations tripartites », « en vertu
de la déclaration », « conformément au communiqué conjoint »), read back from its noun."""
_OWN_DATE_AFTER: Final = re.compile(r"^[^.;:,]{0,25}?\d")


def cited(prepared: Prepared, draft: Draft) -> bool:
    """Rule ``declaration.cited``: a declaration named as the frame of what is discussed
    or done (« ont évoqué la mise en œuvre des déclarations tripartites ») is no news of
    its own, unless it is given its own date (« des déclarations du 10 novembre 2020 »)."""
    if draft.kind != "declaration":
        return False
    start, end = draft.anchor
    key = prepared.key
    if _CITED_BEFORE.search(key, max(0, start - 40), start) is None:
        return False
    return _OWN_DATE_AFTER.match(key[end : end + 40]) is None


_SPORTS_REACH: Final = 100
"""Characters before a trigger where the body acting in its clause is named."""
_SPORTS_BODY: Final = re.compile(
    rf"\b(?:(?P<body>{either('cue.sports-body', 'body')})|"
    rf"(?P<federation>{either('cue.sports-body', 'federation')}))\b"
)
_SPORT_AFTER: Final = re.compile(rf"[\w' -]{{0,40}}?\b(?:{either('cue.sports-body', 'sport')})\b")
_OTHER_CLAUSE: Final = re.compile(r",(?! qui\b)")
"""A comma between the body and the trigger, not that of the body's own relative clause
(« la Fédération de football, qui a rencontré »): the trigger is another actor's."""
_SPORTS_WORDS: Final = scanned(
    forms("cue.sports-body", "body") + forms("cue.sports-body", "federation")
)
"""The words of :data:`_SPORTS_BODY`, found in the passes' one scan of each text."""


def sports_body(prepared: Prepared, draft: Draft) -> bool:
    """Rule ``cue.sports-body``: an act of a sports body (« la fédération a signé un
    accord de parrainage », « le président de la Fédération malienne de handball a
    vu ses homologues », « le club a reçu ») is no act of a state, whatever
    countries its sentence names. A federation is a sports one when the text writes it
    in lower case or names a sport after it: « la Fédération de Russie » is a state."""
    start, _end = _governing_span(draft)
    near = start - _SPORTS_REACH
    if not any(near <= at < start for at in occurrences(prepared, _SPORTS_WORDS)):
        return False  # the cheap test first: most acts have no sports body near
    before = _before(prepared, start)
    lo = start - len(before)
    for match in _SPORTS_BODY.finditer(prepared.key, max(lo, start - _SPORTS_REACH), start):
        if _OTHER_CLAUSE.search(prepared.key, match.end(), start):
            continue  # « après le match de l'équipe nationale, le président a reçu »
        if match.group("body") is not None:
            return True
        at = match.start()
        if prepared.text[at].islower() or _SPORT_AFTER.match(prepared.key, match.end(), start):
            return True
    return False


VETOES: Final = (
    ("negated", negated),
    ("not_yet", not_yet),
    ("no_statement", no_statement),
    ("cited", cited),
    ("sports_body", sports_body),
)
"""The vetoes, by name, in the order they are tried."""

RULE_NAMES: Final = {
    "negated": "cue.negated-verb",
    "not_yet": "cue.not-yet",
    "no_statement": "declaration.no-statement",
    "cited": "declaration.cited",
    "sports_body": "cue.sports-body",
}
"""The name in :data:`~diplorel.extract.rules.RULES` of each veto (``disabled_rules``)."""


def veto(prepared: Prepared, draft: Draft, opts: Options = DEFAULT) -> str | None:
    """The name of the first veto that removes ``draft``, or None when it stands.

    A veto whose rule ``opts`` switches off is not tried. Background events are
    what the article says happened in the past; the vetoes apply to them too (a
    convention "jamais ratifiée" is not ratified).
    """
    for name, rule in VETOES:
        if opts.on(RULE_NAMES[name]) and rule(prepared, draft):
            return name
    return None
