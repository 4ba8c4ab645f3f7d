"""Declaration rules: statements, communiqués and reactions, and their issuers."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from diplorel.extract._draft import Draft
from diplorel.extract._reading import SentenceReading
from diplorel.extract._text import Prepared
from diplorel.extract._words import alternation, either, forms, numbers, phrases, words_pattern
from diplorel.extract.recognise._mentions import Mention
from diplorel.extract.rules._attributes import (
    _actor_parties,
    _clause_start,
    _drop_addressees,
    _drop_governed,
    _drop_matter_adjectives,
    _drop_matters,
    _fill_parties,
    _near,
    _place,
    _quoted_title,
    _title_from,
    _window,
)
from diplorel.extract.rules._base import DEFAULT, Options
from diplorel.extract.rules._consultation import _DYAD_JOIN
from diplorel.extract.rules._cues import (
    _CAPITAL_DETAILS,
    _PLACE_PREP,
    _WINDOW,
    _headline,
    _is_organisation,
)

_ISSUE_VERBS: Final = words_pattern("declaration.issue-verb", "issue")


def _declaration(
    prepared: Prepared,
    reading: SentenceReading,
    anchor: tuple[int, int],
    kind: str,
    *,
    pair: list[str],
    both: bool,
    opts: Options = DEFAULT,
) -> list[Draft]:
    """The builder of declarations: a statement with its issuers, or a joint text."""
    key = prepared.key
    s_start = reading.sentence.start
    before = key[max(s_start, anchor[0] - 70) : anchor[0]]
    relayed = opts.on("declaration.relayed") and _RELAYED.search(before) is not None
    issued_joint = kind == "joint_communique" and relayed and _issued_joint(prepared, anchor, opts)
    if kind == "joint_communique" and relayed and not issued_joint:
        return []  # "indique le communiqué final": it relays the meeting
    if kind == "statement":
        if relayed:
            return []
        drafts = _statement(prepared, reading, anchor, pair=pair, both=both, opts=opts)
    else:
        drafts = _joint(prepared, reading, anchor, kind, pair=pair, both=both, opts=opts)
    for draft in drafts:
        draft.rules.insert(0, "declaration")
        if issued_joint:
            draft.trace("declaration.issued-joint")
    return drafts


def _joint(
    prepared: Prepared,
    reading: SentenceReading,
    anchor: tuple[int, int],
    kind: str,
    *,
    pair: list[str],
    both: bool,
    opts: Options,
) -> list[Draft]:
    """A joint declaration or communiqué: its sides are those of its clause."""
    lo, hi = _window(prepared, reading, anchor)
    codes = _actor_parties(prepared, reading, lo, hi)
    for person in reading.persons:
        if person.party and person.party not in codes:
            codes.append(person.party)
    parties = _fill_parties(codes, pair, both, needed=2)
    required = _ISSUERS_NEEDED.get(prepared.key[anchor[0] : anchor[1]].split()[-1], 2)
    if not opts.on("declaration.issuers-needed"):
        required = 1
    organisation_alone = len(parties) == 1 and _is_organisation(next(iter(parties)))
    if organisation_alone and opts.on("declaration.organisation-members"):
        required = 1  # « les ministres de la Confédération AES … une déclaration commune »
    if not parties or len(parties) < required:
        return []  # "les déclarations tripartites": sides the text does not name
    draft = _declaration_draft(prepared, reading, anchor, kind, parties)
    if organisation_alone and required == 1 and opts.on("declaration.organisation-members"):
        draft.trace("declaration.organisation-members")
    if opts.on("parties.matter"):
        _drop_matters(prepared, reading, draft)  # « en l'absence du Niger »: no issuer
    if opts.on("parties.matter-adjective"):
        _drop_matter_adjectives(prepared, reading, draft)  # « les frappes israéliennes »
    if opts.on("parties.matter-preposition"):
        _drop_governed(prepared, reading, draft)  # « contre les infrastructures ukrainiennes »
    if opts.on("parties.addressee"):
        _drop_addressees(prepared, reading, draft)  # « ont appelé l'OSCE à enquêter »
    return [draft]


def _statement(
    prepared: Prepared,
    reading: SentenceReading,
    anchor: tuple[int, int],
    *,
    pair: list[str],
    both: bool,
    opts: Options,
) -> list[Draft]:
    """A statement ("déclaration", "communiqué"): only when issued, titled or answered."""
    key, text = prepared.key, prepared.text
    s_start, s_end = reading.sentence.start, reading.sentence.end
    if opts.on("declaration.about-a-meeting") and _ABOUT_A_MEETING.match(
        key, anchor[1], min(s_end, anchor[1] + _WINDOW)
    ):
        return []
    before_start = max(s_start, anchor[0] - 70)
    issuers: list[str] = []
    if opts.on("declaration.genitive-issuer"):
        issuers = _genitive_parties(prepared, reading, anchor)
    response = None
    if opts.on("declaration.response"):
        response = _RESPONSE_BEFORE.search(key[before_start : anchor[0]])
    if response is not None:
        r_start = before_start + response.start()
        if not issuers:
            issuers = _actor_parties(prepared, reading, r_start, anchor[0])
        if issuers:
            return _answered(prepared, reading, anchor, r_start, issuers)
    around = key[max(s_start, anchor[0] - 80) : min(s_end, anchor[1] + 40)]
    issued = _ISSUE_VERBS.search(around) is not None
    titled = text[anchor[0]].isupper() and _TITLED_AFTER.match(key, anchor[1]) is not None
    if titled and opts.on("declaration.genre-heading") and _GENRE_AFTER.match(key, anchor[1]):
        return []  # « COMMUNIQUÉ DE PRESSE »: the text's genre; its statements are news
    if titled and not issued and opts.on("declaration.titled"):
        return [_titled(prepared, reading, anchor, pair=pair, both=both)]
    headline = _headline(prepared, reading) and text[anchor[0]].isupper()
    if not issued and not headline and opts.on("declaration.issue-verb"):
        return []
    sided = opts.on("parties.persons")
    return _issued(prepared, reading, anchor, issuers, pair if both else [], persons=sided)


def _titled(
    prepared: Prepared,
    reading: SentenceReading,
    anchor: tuple[int, int],
    *,
    pair: list[str],
    both: bool,
) -> Draft:
    """A statement titled in capitals (« COMMUNIQUÉ du ministère … »), by the sentence's
    actors, with the quoted title after it when the noun gives none."""
    parties = _fill_parties(
        _actor_parties(prepared, reading, *_window(prepared, reading, anchor)), pair, both
    )
    draft = _declaration_draft(prepared, reading, anchor, "statement", parties)
    draft.title = draft.title or _quoted_title(prepared.text, anchor[1], reading.sentence.end)
    draft.trace("declaration.titled")
    return draft


def _answered(
    prepared: Prepared,
    reading: SentenceReading,
    anchor: tuple[int, int],
    start: int,
    issuers: list[str],
) -> list[Draft]:
    """ "X a répondu à la déclaration de Y": X's statement now, Y's in the background."""
    drafts = []
    answering = _actor_parties(prepared, reading, reading.sentence.start, start)
    if answering:
        drafts.append(
            _declaration_draft(prepared, reading, (start, anchor[1]), "statement", set(answering))
        )
    quoted = _declaration_draft(prepared, reading, anchor, "statement", set(issuers))
    quoted.background = True
    quoted.anaphoric = False
    drafts.append(quoted)
    for draft in drafts:
        draft.trace("declaration.response")
    return drafts


def _issued(
    prepared: Prepared,
    reading: SentenceReading,
    anchor: tuple[int, int],
    issuers: list[str],
    both_pair: list[str],
    *,
    persons: bool = True,
) -> list[Draft]:
    """An issued statement: its issuers are the clause's subject, else those named after it
    ("la déclaration du ministère arménien", then a background statement). The sides of
    the persons of the subject are issuers too (« X et le Premier ministre géorgien ont
    signé une déclaration »: X's side; rule ``parties.persons`` when ``persons``)."""
    key, s_start = prepared.key, reading.sentence.start
    background = False
    sided: list[str] = []
    if issuers and not _ISSUE_VERBS.search(key, s_start, anchor[0]):
        background = True
        codes = issuers
    else:
        clause = _clause_start(prepared, reading, anchor[0])
        codes = _actor_parties(prepared, reading, clause, anchor[0])
        joined = False  # the clause's own persons, or those joined to its subject
        if not codes:  # the subject before an apposition: « X et Y, son homologue, ont »
            clause, joined = s_start, True
            codes = _actor_parties(prepared, reading, s_start, anchor[0])
        if persons and codes:
            sided = [
                p.party
                for p in reading.persons
                if p.party
                and p.party not in codes
                and clause <= p.start < anchor[0]
                and (not joined or key.startswith(" et ", p.end))
            ]
        # "les deux présidents ont paraphé la Déclaration"
        codes = codes or issuers or both_pair
    parties = {*codes, *sided}
    if not parties:
        return []
    draft = _declaration_draft(prepared, reading, anchor, "statement", parties)
    draft.background = background
    if background:
        draft.trace("declaration.genitive-issuer")
    if sided:
        draft.trace("parties.persons")
    return [draft]


_PERSONS_AS_SUBJECT: Final = words_pattern("declaration.reaction", "person-subject")


_FIRST_PLURAL: Final = re.compile(
    rf"\b(?:{either('declaration.reaction', 'first-plural')})\s+(?:\w+\s+){{0,2}}$"
)


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


_TITLED_AFTER: Final = re.compile(
    rf"\s+(?:{alternation(phrases('declaration.titled', 'title-word'))})\b"
)


_GENRE_AFTER: Final = re.compile(
    rf"\s+(?:{either('declaration.genre-heading', 'genre')})\s*(?:$|\n)", re.MULTILINE
)
"""A heading that names the text's genre and issuer (« COMMUNIQUÉ DE PRESSE », « Communiqué
du ministère »), not a statement of its own."""


_ISSUERS_NEEDED: Final = numbers("declaration.issuers-needed")


_PARTNERSHIP: Final = re.compile(rf"(?:{either('declaration', 'partnership')})[\w' -]{{0,40}}")
"""The partnership a declaration establishes ("partenariat stratégique global")."""
_NAMED_AGAIN_BEFORE: Final = re.compile(
    rf"\b(?:{either('merge.anaphoric-declaration', 'determiner')})\s*$"
)
"""A declaration named again ("la déclaration", "cette même déclaration")."""
_JOINT: Final = phrases("merge.anaphoric-declaration", "joint")
"""A word of the declaration's noun that makes it a joint one, not one named again."""
_RELAYED: Final = re.compile(
    rf"\b(?:{either('declaration.relayed', 'relay')})\s+(?:un|une|le|la|son|sa)\s*"
    r"(?:\w+\s+){0,2}$"
)


_ABOUT_A_MEETING: Final = re.compile(
    rf"\s+(?:{either('declaration.about-a-meeting', 'about')})\s+(?:la |le |les |l'|sa |son |ses )"
    rf"?(?:{either('declaration.about-a-meeting', 'meeting-noun')})\b"
)
"""A statement "sur les visites de X" relays those visits; it is not an event itself."""


_RESPONSE_BEFORE: Final = re.compile(
    rf"\b(?:{either('declaration.response', 'response')}|"
    rf"(?:{either('declaration.response', 'response-stem')})\w*)\b[^.;]{{0,50}}$"
)


_GENITIVE: Final = re.compile(
    rf"\s*(?:(?!(?:{either('declaration.genitive-issuer', 'not-a-name')})\b)[\w'-]+\s+){{0,2}}?"
    r"(?:du|de la|de l'|des|d')\s*"
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
    parties = reading.parties
    for at, mention in enumerate(parties):
        if match.end() <= mention.start < match.end() + 60 and mention.category == "party":
            if mention.detail in _CAPITAL_DETAILS and _PLACE_PREP.search(
                prepared.key, max(0, mention.start - 14), mention.start
            ):
                continue  # "… de sa visite à Moscou": a place, not an issuer
            codes.append(mention.value)
            codes.extend(_dyad_second(prepared, parties, at))
            break
    for person in reading.persons:
        if match.end() <= person.start < match.end() + 70 and person.party and not codes:
            codes.append(person.party)
    return codes


def _dyad_second(prepared: Prepared, parties: Sequence[Mention], at: int) -> list[str]:
    """ "la déclaration de partenariat Chine-ASEAN": the second side of a pair written
    with a hyphen right after the issuer ``parties[at]`` (``declaration.genitive-issuer``)."""
    if at + 1 >= len(parties):
        return []
    first, second = parties[at], parties[at + 1]
    if second.category != "party" or second.value == first.value:
        return []
    if _DYAD_JOIN.fullmatch(prepared.key, first.end, second.start) is None:
        return []
    return [second.value]


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
    match = _PARTNERSHIP.search(key[anchor[0] : s_end])
    if match:
        establishes = text[anchor[0] + match.start() : anchor[0] + match.end()].strip()
    anaphoric = _NAMED_AGAIN_BEFORE.search(key[max(s_start, anchor[0] - 12) : anchor[0]])
    return Draft(
        place=_place(prepared, reading),
        anaphoric=anaphoric is not None
        and not any(word in key[anchor[0] : anchor[1]] for word in _JOINT),
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


_INDEFINITE_BEFORE: Final = re.compile(r"\b(?:un|une)\s+$")
_ISSUED_AFTER: Final = re.compile(
    rf"\s*(?:,\s*)?(?:{either('declaration.issued-joint', 'issue')})\b"
)
"""The participle of issuing right after the text (« … conjoint publié mardi »)."""


def _issued_joint(prepared: Prepared, anchor: tuple[int, int], opts: Options) -> bool:
    """Rule ``declaration.issued-joint``: « Dans un communiqué conjoint publié mardi, les
    deux présidents se félicitent … »: a joint text introduced (« un ») and said to be
    issued is itself news, not a relay of the meeting (« selon le communiqué final »)."""
    if not opts.on("declaration.issued-joint"):
        return False
    key = prepared.key
    if _INDEFINITE_BEFORE.search(key, max(0, anchor[0] - 8), anchor[0]) is None:
        return False
    return _ISSUED_AFTER.match(key, anchor[1]) is not None


_THE_N_BEFORE: Final = re.compile(
    rf"\b(?:les|ces) (?P<n>{alternation(numbers('declaration.the-n-sides'))}) "
    rf"(?:{either('parties.both', 'both-noun')})\b[^,;:.]{{0,50}}$"
)
"""« Les trois dirigeants ont signé une déclaration commune »: a number of sides named by
their count, before the text's noun."""
_THE_N_AFTER: Final = re.compile(
    rf"[^,;:.]{{0,40}},\s*(?:les|ces) (?P<n>{alternation(numbers('declaration.the-n-sides'))}) "
    rf"(?:{either('parties.both', 'both-noun')})\b"
)
"""« Dans leur communiqué commun publié mardi, les deux pays saluent »: the
count of the sides as the subject of the clause the text's noun opens."""


def the_n_sides(
    prepared: Prepared, reading: SentenceReading, draft: Draft, drafts: Sequence[Draft]
) -> None:
    """Rule ``declaration.the-n-sides``: a joint text whose issuers the clause counts
    (« les trois dirigeants », « les quatre pays ») without naming them is issued by the
    sides of the latest gathering of that many parties, which the text just reported.
    The draft is changed in place."""
    start = max(reading.sentence.start, draft.anchor[0] - 90)
    match = _THE_N_BEFORE.search(prepared.key, start, draft.anchor[0])
    if match is not None and any(
        match.start() <= m.start < draft.anchor[0] for m in reading.parties
    ):
        return  # « les deux pays et l'UE ont adopté une déclaration »: a side named too
    if match is None:
        end = min(reading.sentence.end, draft.anchor[1] + 80)
        match = _THE_N_AFTER.match(prepared.key, draft.anchor[1], end)
    if match is None:
        return
    count = numbers("declaration.the-n-sides")[match.group("n")]
    for earlier in reversed(drafts):
        if earlier.kind == "consultation" and len(earlier.parties) == count:
            if earlier.parties != draft.parties:
                draft.parties = set(earlier.parties)
                draft.persons = [
                    p for p in reading.persons if p.party in draft.parties or p.party is None
                ]
                draft.trace("declaration.the-n-sides")
            return


_DATE_NAMES_IT: Final = re.compile(r"(?:\s+[\w-]+)?\s+(?:du|de|d')\s*")
"""Between a declaration's noun and the date that names it: « la déclaration
(trilatérale) du 10 novembre 2020 »."""


def named_by_date(prepared: Prepared, reading: SentenceReading, draft: Draft) -> bool:
    """Rule ``declaration.named-by-date``: « la déclaration quadripartite du 4 mars
    2019 » names a text by its own date; the definite article does not refer back to the
    declaration just reported, which it is not (it stays an event of its own)."""
    end = draft.anchor[1]
    return any(
        mention.start >= end and _DATE_NAMES_IT.fullmatch(prepared.key, end, mention.start)
        for mention in reading.dates
    )


_GATHERING_SUBJECT: Final = re.compile(
    rf"\b(?:les|le|la) (?:\d+ )?(?:{either('declaration.gathering-issuer', 'gathering')})"
    rf"(?: [\w-]+)? (?:ont|a) (?:[\w-]+ ){{0,2}}?"
    rf"(?:{either('declaration.gathering-issuer', 'issue')})e?s? (?:[\w-]+ )?"
    rf"(?:{either('declaration.gathering-issuer', 'determiner')})\s*[\"«]?\s*$"
)
"""« Les dirigeants ont adopté la », « les 27 ministres ont adopté jeudi une », « le
sommet a publié un »: a gathering's members, named only by what they are, issue a text."""
_GATHERING_WORDS: Final = forms("declaration.gathering-issuer", "gathering")
"""The words of :data:`_GATHERING_SUBJECT`, looked for before it is tried."""
_GATHERING_FORMATS: Final = frozenset({"summit", "meeting"})
_COMMUNIQUE_NOUNS: Final = tuple(sorted(phrases("declaration.of-gathering", "communique")))


def joint_kind(key: str, start: int) -> str:
    """The kind of a text a gathering adopted, its noun at ``start``: a joint
    communiqué or a joint declaration (rule ``declaration.gathering-issuer``)."""
    communique = key.startswith(_COMMUNIQUE_NOUNS, start)
    return "joint_communique" if communique else "joint_declaration"


def gathering_issuer(
    prepared: Prepared,
    reading: SentenceReading,
    anchor: tuple[int, int],
    drafts: Sequence[Draft],
    readings: Sequence[SentenceReading],
) -> set[str]:
    """Rule ``declaration.gathering-issuer``: a text that the members of a gathering,
    named only as such (« les dirigeants », « les participants », « les 46 ministres »,
    « le sommet »), adopted or signed is issued by the organisation whose summit or
    meeting the article reports (that of the latest such draft, else the organisation
    named last before it), or by all the states of a summit of three or more; no
    issuer (an empty set) when the article names no such gathering or organisation."""
    start = max(reading.sentence.start, anchor[0] - 90)
    before = prepared.key[start : anchor[0]]
    if not any(word in before for word in _GATHERING_WORDS):
        return set()  # the cheap test first: most texts have a named issuer or none
    if _GATHERING_SUBJECT.search(before) is None:
        return set()
    for draft in reversed(drafts):
        if draft.kind != "consultation" or draft.subtype not in _GATHERING_FORMATS:
            continue
        organisations = {code for code in draft.parties if _is_organisation(code)}
        if organisations:
            return organisations
        if draft.subtype == "summit" and len(draft.parties) >= 3:
            return set(draft.parties)
    named: str | None = None
    for earlier in readings:
        if earlier.index > reading.index:
            break
        for mention in earlier.parties:
            if earlier.index == reading.index and mention.start >= anchor[0]:
                break
            if mention.category == "party" and _is_organisation(mention.value):
                named = mention.value
    return {named} if named is not None else set()
