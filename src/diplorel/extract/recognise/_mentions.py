"""Recognising mentions in prepared text: parties, places, sectors, triggers, persons.

Each finder makes one linear pass over the text (or a slice of it) with a
compiled pattern and returns :class:`Mention` values with offsets into the
prepared text. Nothing here decides what is an event: that is assembly.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from typing import Final

import attr
import attrs

from diplorel._registry import party_or_none
from diplorel._tsv import read_table
from diplorel.extract._text import Prepared, fold
from diplorel.extract._trie import WordScan
from diplorel.extract._words import either, forms
from diplorel.extract.recognise._lexicon import Entry, Lexicon, lexicon

__all__ = [
    "Mention",
    "PersonMention",
    "find_known_persons",
    "find_parties",
    "find_persons",
    "find_roles",
]


@attr.s(auto_attribs=True, slots=False, hash=True, order=False)  # native when compiled
class Mention:
    """A recognised phrase: bounds in the prepared text, category, value, detail."""

    start: int
    end: int
    category: str
    value: str
    detail: str = ""


@attr.s(auto_attribs=True, slots=False, hash=True, order=False)  # native when compiled
class PersonMention:
    """A person's name with the role phrase and party found around it."""

    start: int
    end: int
    name: str
    role: str | None
    party: str | None


_CASED_KINDS: Final = frozenset({"name", "capital", "city", "institution"})
"""Kinds of party phrases that count only when capitalised in the text."""
_HYPHEN_WORD: Final = re.compile(r"-(?=\w)")
_WORD_TAIL: Final = re.compile(r"(?<!\w)\w+\Z")
"""A whole word that ends where the search ends (its ``endpos``)."""
_MEDIUM_BEFORE: Final = re.compile(
    rf"\b(?:{either('recognise.parties', 'medium')})"
    rf"(?: (?:{either('recognise.parties', 'medium-owner')}))?"
    rf"(?: (?:{either('recognise.parties', 'medium-qualifier')}))?"
    r" $"
)
_TOPIC_BEFORE: Final = re.compile(
    rf"\b(?:{either('recognise.parties', 'topic')})s?"
    rf"(?: (?:{either('recognise.parties', 'topic-qualifier')}))?"
    rf" (?:(?:{either('recognise.parties', 'topic-preposition')}) (?:la |l'|le |les )?"
    r"|de (?:la |l')|du |d')?$"
)
"""A matter of discussion named before a country: "la guerre en Ukraine", "la situation
au Soudan", "la crise soudanaise", "la question palestinienne": the country is the topic
of the talks, not one of their sides."""
_TOPIC_KINDS: Final = frozenset({"name", "demonym"})
"""A news medium named just before a demonym ("l'agence thaïlandaise", "la télévision
d'État chinoise", "les médias iraniens"): the demonym says whose medium, not a side."""
_Found = tuple[int, int, str, str, str]
"""A mention as a plain tuple: start, end, category, value, detail."""


def find_parties(prepared: Prepared, lex: Lexicon, start: int, end: int) -> list[Mention]:
    """State, organisation and city mentions in ``[start, end)``, in order."""
    found: list[_Found] = []
    key, text = prepared.key, prepared.text
    entries = lex.party_entries
    for at, match_end, phrase in lex.hits(prepared).matches("party", start, end):
        entry = entries[phrase]
        detail = entry.detail
        # a capitalised name: a country name in lower case is rarely a country, unless
        # its demonym is spelt alike (« la ministre argentine »); a demonym counts
        # either way ("les Algériens" still says Algeria); a name whose head is a
        # common noun is capitalised after it ("l'île Maurice")
        if (
            detail in _CASED_KINDS
            and not text[at].isupper()
            and not any(char.isupper() for char in text[at:match_end])
        ):
            lower = lex.lower_entries.get(phrase)
            if lower is None:
                continue
            entry, detail = lower, lower.detail
        if (
            detail in _TOPIC_KINDS
            and not _QUALIFIERS.isdisjoint(key[max(start, at - 45) : at].split()[-5:])
            and _qualified(key, start, at, entry)
        ):
            continue  # "selon l'agence thaïlandaise", "la guerre en Ukraine": no side
        if detail == "capital" and text.endswith(_BEFORE_NAME, start, at):
            continue  # « Monsieur Santiago Mba »: a person's given name, not the capital
        if detail == "demonym" and text[at].islower() and _language(key, start, at):
            continue  # « défend le français », « traduit de l'anglais »: a language
        found.append((at, match_end, entry.category, entry.value, detail))
    acronyms = lex.acronym_entries
    found.extend(
        (at, match_end, "party", acronyms[phrase].value, "acronym")
        for at, match_end, phrase in lex.acronym_hits(prepared).matches("acronym", start, end)
    )
    found.extend(_prefixes(key, lex, start, end))
    found.sort(key=_by_start_longest)
    return [Mention(*item) for item in _drop_nested(found)]


_LANGUAGE_BEFORE: Final = tuple(
    f"{form} " if form[-1].isalpha() else form
    for form in forms("recognise.parties", "language-determiner")
)
"""What stands right before a demonym written in lower case used as a noun: the language
(« le français », « du français », « en arabe », « de l'anglais »); a person is written
with a capital (« le Français »), and an adjective follows its noun (« le ministre
français »)."""


def _language(key: str, start: int, at: int) -> bool:
    """Whether the demonym at ``at`` comes right after a determiner (a whole word):
    :data:`_LANGUAGE_BEFORE`."""
    before = key[max(start, at - 4) : at]
    if not before.endswith(_LANGUAGE_BEFORE):
        return False  # one test for the common case: no determiner right before
    lead = next(lead for lead in _LANGUAGE_BEFORE if before.endswith(lead))
    edge = at - len(lead) - 1
    return edge < start or not key[edge].isalnum()


_AGAINST_BEFORE: Final = re.compile(
    rf"\b(?:{either('recognise.parties', 'against')})\s+(?:[\w']+\s+){{0,2}}[\w']*$"
)
"""What is opposed ("la lutte contre l'ingérence turque", "chargé de contrer la décision
américaine"): the party it is ascribed to is the adversary, not a side."""


def _qualified(key: str, start: int, at: int, entry: Entry) -> bool:
    """Whether a news medium ("l'agence thaïlandaise"), a matter discussed ("la guerre
    en Ukraine") or a thing opposed ("contre les mesures israéliennes") is named just
    before the party mention at ``at``."""
    if entry.detail == "demonym" and _MEDIUM_BEFORE.search(key, max(start, at - 45), at):
        return True
    if _AGAINST_BEFORE.search(key, max(start, at - 40), at) is not None:
        return True
    return _TOPIC_BEFORE.search(key, max(start, at - 40), at) is not None


_QUALIFIERS: Final = frozenset(
    variant
    for word in (*forms("recognise.parties", "medium"), *forms("recognise.parties", "topic"))
    for variant in (
        (word,)
        if word.endswith(("s", "x"))
        else (word, f"{word}s", f"l'{word}")[: 3 if word[0] in "aeiou" else 2]
    )
) | frozenset(forms("recognise.parties", "against"))
"""Nouns of :data:`_MEDIUM_BEFORE` and :data:`_TOPIC_BEFORE` (a singular also with its
plural ending and, before a vowel, elided: "l'agence") and the words of
:data:`_AGAINST_BEFORE`: a party mention is checked against them only when one of them
is among the five words before it."""


def _by_start_longest(item: _Found) -> tuple[int, int]:
    """Sort key: by start, the longest first."""
    return item[0], -item[1]


def _prefixes(key: str, lex: Lexicon, start: int, end: int) -> list[_Found]:
    """What ``lex.prefixes`` finds in ``key[start:end]`` ("franco-", "sino-").

    A prefix is a whole word before a hyphen and a word character, so only
    the word before each such hyphen is looked up, walking back at most one
    character more than the longest prefix.
    """
    entries = lex.prefix_entries
    longest = lex.prefix_longest
    out: list[_Found] = []
    for hyphen in _HYPHEN_WORD.finditer(key, start, end):
        stop = hyphen.start()
        # the whole word before the hyphen, if it starts at ``floor`` or after
        word = _WORD_TAIL.search(key, max(start, stop - longest - 1), stop)
        if word is None:
            continue  # no word, or one that starts before ``start`` or is too long
        begin = word.start()
        entry = entries.get(key[begin:stop])
        if entry is not None:
            out.append((begin, stop, "party", entry.value, "prefix"))
    return out


def _is_word_char(text: str, index: int) -> bool:
    """Whether ``text[index]`` exists and is a word character (``\\w``)."""
    if index < 0:
        return False
    char = text[index]
    return char.isalnum() or char == "_"


def _drop_nested(mentions: list[_Found]) -> list[_Found]:
    out: list[_Found] = []
    last_end = -1
    for mention in mentions:
        if mention[0] >= last_end:
            out.append(mention)
            last_end = mention[1]
    return out


# -- persons -----------------------------------------------------------------

# Capitals and small letters of Latin Extended-A/B and Latin Extended Additional
# ("Karataş", "Çavuşoğlu", "Nguyễn"), listed so the classes below stay plain ranges.
_EXTENDED_UPPER: Final = "".join(
    chr(c) for c in (*range(0x100, 0x250), *range(0x1E00, 0x1F00)) if chr(c).isupper()
)
_EXTENDED_LOWER: Final = "".join(
    chr(c) for c in (*range(0x100, 0x250), *range(0x1E00, 0x1F00)) if chr(c).islower()
)

_UPPER: Final = "A-ZÀ-ÖØ-Þ" + _EXTENDED_UPPER
_LOWER: Final = "a-zà-öø-ÿœ" + _EXTENDED_LOWER
_WORD: Final = (
    rf"(?:[{_UPPER}][{_LOWER}]+|[{_UPPER}]{{2,}}|[{_UPPER}](?='))"
    rf"(?:[-'][{_UPPER}]?[{_LOWER}]+|-[{_UPPER}]{{2,}})*"
)
_PARTICLE: Final = (
    r"(?:de la|de las|de los|van den"  # compound ones first: "Juan de la Fuente"
    r"|de|da|del|di|do|du|el|al|al-|ben|bin|ould|van|von|der|dos|das)"
)
# The first word is _WORD with its capital taken out in front, and the check of
# what comes before it made after the capital: a pattern that starts with a
# character class lets the engine skip to the next capital (several times
# faster); the matches are the same.
_FIRST_WORD: Final = (
    rf"[{_UPPER}](?<![\w.-][{_UPPER}])(?:[{_LOWER}]+|[{_UPPER}]+|(?='[{_UPPER}]))"
    rf"(?:[-'][{_UPPER}]?[{_LOWER}]+|-[{_UPPER}]{{2,}})*"
)
_ARTICLE_PREFIX: Final = r"(?:a[dlnrstz]|e[dls]|ash)-"
"""The Arabic article joined to a family name in lower case: "al-Sissi", "el-Menfi"."""
_INITIAL: Final = rf"[{_UPPER}]\.(?= [{_UPPER}])"
"""A middle initial ("Aurélien A. Agbénonci", "John F. Kennedy"), never a name's last word."""
_NAME: Final = re.compile(
    rf"{_FIRST_WORD}(?: (?:(?:(?:{_PARTICLE} ){{1,2}}|{_ARTICLE_PREFIX})?{_WORD}"
    rf"|{_INITIAL})){{0,7}}(?![\w-])"
)
_HONORIFIC: Final = re.compile(
    r"(?:\bM\.|\bMM\.|\bMme|\bS\.E\.M?\.?"
    rf"|\b(?:{either('recognise.persons', 'excellency', folded=False)})"
    rf"(?: (?:{either('recognise.persons', 'title', folded=False)}))?"
    rf"|\b(?:{either('recognise.persons', 'title', folded=False)}))\s*$"
)


_HONORIFIC_OPENINGS: Final = (
    ("M.", False),
    ("MM.", False),
    ("Mme", True),
    ("S.E", False),
    *(
        (word, False)
        for value in ("excellency", "title")
        for word in forms("recognise.persons", value, folded=False)
    ),
)
"""What every honorific of :data:`_HONORIFIC` opens with, each with whether a word must
end right after it (« Mme », not « Mmes »): a sentence with none of them at a word start
and no role names no person."""
_HONORIFIC_SCAN: Final = WordScan(word for word, _ in _HONORIFIC_OPENINGS)
_WORD_ENDS_AFTER: Final = {
    word: all(end for other, end in _HONORIFIC_OPENINGS if other == word)
    for word, _ in _HONORIFIC_OPENINGS
}
"""Whether a word must end right after the opening (for every listing of it)."""
_HONORIFIC_MEMO: Final = object()
_BEFORE_NAME: Final = (
    *(f"{word} " for word, _ in _HONORIFIC_OPENINGS if word != "S.E"),
    "S.E. ",
    "S.E.M. ",
)
"""An honorific written just before a word (« Monsieur », « M. », « Mme »): the word is
a person's name (a capital's name there is a given name: « Monsieur Santiago … »)."""
"""The key of the honorific openings of a text in its ``memo``."""


def _honorific_openings(prepared: Prepared) -> list[tuple[int, int, bool]]:
    """The openings of :data:`_HONORIFIC_OPENINGS` at a word start of the text, in order:
    start, end, and whether a word character follows where a word must end. Found by one
    Aho–Corasick pass per text (kept in its ``memo``)."""
    found = prepared.memo.get(_HONORIFIC_MEMO)
    if found is None:
        text = prepared.text
        length = len(text)
        found = []
        for word, starts in _HONORIFIC_SCAN.every(text).items():
            ends_after = _WORD_ENDS_AFTER[word]
            for at in starts:
                if _is_word_char(text, at - 1):
                    continue
                until = at + len(word)
                word_after = ends_after and until < length and _is_word_char(text, until)
                found.append((at, until, word_after))
        found.sort()
        prepared.memo[_HONORIFIC_MEMO] = found
    assert isinstance(found, list)
    return found


def _any_honorific(prepared: Prepared, start: int, end: int) -> bool:
    """Whether an honorific opens in ``[start, end)``: what a search of ``[start, end)``
    for the openings at a word start (a word end after « Mme », the end of the stretch
    being one) finds, read from :func:`_honorific_openings`."""
    found = _honorific_openings(prepared)
    for index in range(bisect_left(found, (start,)), len(found)):
        at, until, word_after = found[index]
        if at >= end:
            break
        if until <= end and not (word_after and until < end):
            return True
    return False


_ELIDED_PRONOUN: Final = re.compile(r"[LM]'[a-zà-ÿ]")
_ELIDED_OPENINGS: Final = ("L'", "M'")
"""What every match of :data:`_ELIDED_PRONOUN` starts with: the pattern is tried only then."""
"""A capitalised elided pronoun before a verb ("que Dieu L'assiste", "M'a dit"): no name."""
_INNER_OK: Final = frozenset({"son", "sa", "le", "la", "de", "du", "des"})


_PORTFOLIO_BEFORE: Final = ("des ", "du ", "de la ", "de l'", "aux ", " au ")


def _short_accented(text: str, start: int, end: int) -> bool:
    """A short word with a diacritic ("Lê", "Võ", "Hà") is a name, not the function word
    its folded form spells ("le", "vo", "ha")."""
    word = text[start:end]
    return len(word) <= 3 and not word.isascii()


@cache
def _not_name_words() -> frozenset[str]:
    rows = read_table("lang", "fr", "capitalised.tsv")
    return frozenset(fold(row["word"]) for row in rows)


def _name_words(
    text: str, key: str, name: str, at: int, covered: set[int]
) -> list[tuple[int, int]]:
    """The words of the capitalised sequence ``name`` (a match of ``_NAME`` at ``at``,
    its words one blank apart) that may make a name: those blocked (common
    capitalised words, party names, elided pronouns) trimmed off, and no trailing
    particle; at most the last five. ``covered`` holds every offset the sentence's
    party mentions cover."""
    stop = _not_name_words()
    kept: list[tuple[int, int]] = []
    w_end = at - 1
    for word in name.split(" "):
        w_start = w_end + 1
        w_end = w_start + len(word)
        word_key = key[w_start:w_end]
        blocked = (
            (word_key in stop and not _short_accented(text, w_start, w_end))
            or w_start in covered
            or (
                text.startswith(_ELIDED_OPENINGS, w_start, w_end)
                and _ELIDED_PRONOUN.match(text, w_start, w_end) is not None
            )
        )
        if blocked and kept and word_key in _INNER_OK:
            blocked = False  # "Bui Thanh Son": a function word inside a name
        if blocked:
            if kept:
                break
            continue
        if not kept and text.endswith(".", w_start, w_end):
            continue  # an initial or "M." never starts a name
        kept.append((w_start, w_end))
    while kept and text[kept[-1][0]].islower() and "-" not in text[slice(*kept[-1])]:
        kept.pop()  # a name does not end in a particle ("X du Royaume"); "Son" may
    return kept[-5:]


def _pair_member(
    previous: PersonMention, parties: list[Mention], text: str, n_start: int, n_end: int
) -> PersonMention:
    """The second of a pair named after one role ("les présidents X et Y"): it shares
    the role of ``previous``; "les ministres marocain et irakien, X et Y": the sides
    come in the order of the role."""
    sides = _sides_in_role(previous, parties, text)
    party = sides[1] if len(sides) == 2 and previous.party == sides[0] else None
    return PersonMention(n_start, n_end, text[n_start:n_end], previous.role, party)


def _role_party(role: tuple[int, int], parties: list[Mention], key: str = "") -> str | None:
    """The first party named inside the role phrase ``role``, but a portfolio's
    subject (« directrice des affaires américaines »: a desk, not a side)."""
    r_start, r_end = role
    for mention in parties:
        if r_start <= mention.start < r_end and mention.category == "party":
            if key.endswith(_PORTFOLIO_OF, 0, mention.start):
                continue
            return mention.value
    return None


_PORTFOLIO_OF: Final = tuple(f"{w} " for w in forms("recognise.person-sides", "portfolio"))
"""Before a demonym in a role: what the portfolio deals with, not the person's side."""


def _person(
    prepared: Prepared,
    bounds: tuple[int, int],
    kept: list[tuple[int, int]],
    *,
    roles: list[tuple[int, int]],
    parties: list[Mention],
    out: list[PersonMention],
) -> PersonMention | None:
    """The person named by the words ``kept`` in the sentence ``bounds``, given the
    persons ``out`` found before it; None when it is no person's name."""
    text, key = prepared.text, prepared.key
    start, end = bounds
    n_start, n_end = kept[0][0], kept[-1][1]
    if key.endswith(_PORTFOLIO_BEFORE, max(start, n_start - 8), n_start):
        return None  # "ministre des Pêches et des Productions halieutiques": a portfolio
    if text[n_start:n_end].isupper():
        return None  # every word in capitals (the words are consecutive, one blank apart)
    if _after_place_noun(key, n_start):
        return None  # « l'aéroport international Houari-Boumediene »: a place's name
    role = _role_after(prepared, roles, n_end, end)
    if role is not None and _introduces_name(prepared, role, roles, parties):
        role = None  # « X, le Premier ministre japonais Y et … »: Y's role, not X's
    if role is not None:
        role = _state_role_first(
            prepared, role, (start, n_start), roles=roles, parties=parties, out=out
        )
    if role is None:
        role = _role_before(prepared, roles, start, n_start, out)
    if role is None and out and text[out[-1].end : n_start] in {" et ", ", "}:
        return _pair_member(out[-1], parties, text, n_start, n_end)
    if role is None:
        if _HONORIFIC.search(text, max(start, n_start - 30), n_start) is None:
            return None
        return PersonMention(n_start, n_end, text[n_start:n_end], None, None)
    role_text = text[role[0] : role[1]].strip(" ,") or None
    return PersonMention(
        n_start, n_end, text[n_start:n_end], role_text, _role_party(role, parties, key)
    )


def _introduces_name(
    prepared: Prepared,
    role: tuple[int, int],
    roles: list[tuple[int, int]],
    parties: list[Mention],
) -> bool:
    """Whether the role phrase ``role`` after a name's comma goes on to another name
    (« le président X, le Premier ministre japonais Y et le président américain Z »): in a
    list of persons each named after a role, the role after a comma is the next
    person's, not an apposition of the one before (« X, le ministre malien, … » is)."""
    text, key = prepared.text, prepared.key
    r_start, stop = role
    end = max((r_end for at, r_end in roles if r_start <= at < stop), default=r_start)
    for mention in parties:  # the role's demonym or state (« ministre japonais »)
        if end <= mention.start <= end + 1 and mention.end <= stop:
            end = mention.end
    stop_words = _not_name_words()
    for match in _NAME.finditer(text, end, stop):
        kept = _name_words(text, key, match.group(), match.start(), set())
        gap = key[end : kept[0][0]].replace("'", "' ").split() if kept else ["-"]
        if any(word not in _PORTFOLIO_WORDS and word not in stop_words for word in gap):
            return False  # another word first: the role goes on, no name follows it
        if len(kept) >= 2:
            return True  # a full name right after the role (and its portfolio)
    return False


_PORTFOLIO_WORDS: Final = frozenset(forms("recognise.person-sides", "portfolio-joiner"))
"""The small words of a portfolio between a role and the name it introduces (« ministre
danois des Finances Ole Holm »)."""


_PLACE_NOUNS: Final = frozenset(forms("heads.leader-named", "named-after"))
"""Nouns of places and bodies named after a person (« aéroport », « université »)."""
_PLACE_NOUN_REACH: Final = 40


def _after_place_noun(key: str, start: int) -> bool:
    """Whether the name at ``start`` comes right after a noun of a place or a body named
    after a person, with at most one lower-case word between (« l'aéroport international
    X », « le stade municipal X », « la fondation X »)."""
    for word in key[max(0, start - _PLACE_NOUN_REACH) : start].split()[-2:]:
        if word[word.rfind("'") + 1 :] in _PLACE_NOUNS:  # the word after its elision
            return True
    return False


_FORMER: Final = frozenset(forms("recognise.person-sides", "former"))
"""« ancien », « ex- »: an office the person no longer holds."""


def _state_role_first(
    prepared: Prepared,
    after: tuple[int, int],
    before_name: tuple[int, int],
    *,
    roles: list[tuple[int, int]],
    parties: list[Mention],
    out: list[PersonMention],
) -> tuple[int, int]:
    """The role that gives a person's side: « le Premier ministre malaisien X, président
    en exercice de l'ASEAN », « le président togolais, X, médiateur désigné par l'UA »:
    a person named with a state's office right before the name and an organisation's
    after it speaks for the state (the chair or the mediation is a hat the state's
    leader wears); ``after`` otherwise, and when the office before is a former one."""
    key = prepared.key
    side = _role_party(after, parties, key)
    found = party_or_none(side) if side else None
    if found is None or found.is_state:
        return after
    start, n_start = before_name
    before = _role_before(prepared, roles, start, n_start, out)
    if before is None:
        return after
    own = _role_party(before, parties, key)
    found = party_or_none(own) if own else None
    if found is None or not found.is_state:
        return after
    words = key[max(start, before[0] - 12) : before[1]].replace("-", " ").split()
    if not _FORMER.isdisjoint(word.rsplit("'", 1)[-1] for word in words):
        return after
    return before


def find_persons(
    prepared: Prepared, start: int, end: int, parties: list[Mention]
) -> list[PersonMention]:
    """Persons named in ``[start, end)`` (one sentence), with role and party.

    A capitalised sequence is a person when a role phrase comes right
    before it ("le ministre algérien des Affaires étrangères, X") or right
    after it ("X, directrice des Amériques"), or an honorific precedes it.
    Words of party names, cities and common capitalised nouns break names.
    """
    text, key = prepared.text, prepared.key
    hits = lexicon().hits(prepared)
    roles = [(r_start, r_end) for r_start, r_end, _ in hits.matches("role", start, end)]
    if not roles and not _any_honorific(prepared, start, end):
        return []  # no role and no honorific: no name can qualify
    covered: set[int] = set()
    for mention in parties:
        covered.update(range(mention.start, mention.end))
    stop = _not_name_words()
    out: list[PersonMention] = []
    for match in _NAME.finditer(text, start, end):
        name = match.group()
        n_start, n_end = match.span()
        if " " not in name and (
            n_start in covered
            or (key[n_start:n_end] in stop and not _short_accented(text, n_start, n_end))
        ):
            continue  # one word, blocked: what _name_words keeps of it is empty (most are so)
        kept = _name_words(text, key, name, n_start, covered)
        if not kept:
            continue
        person = _person(prepared, (start, end), kept, roles=roles, parties=parties, out=out)
        if person is not None:
            out.append(person)
    if len(out) >= 2 and _respectively(key, start, end):
        return _respective_sides(key, (start, end), parties, out)
    return out


_RESPECTIVELY: Final = re.compile(rf"\b(?:{either('recognise.person-sides', 'respectively')})\b")
_RESPECTIVELY_WORDS: Final = forms("recognise.person-sides", "respectively")


def _respectively(key: str, start: int, end: int) -> bool:
    """Whether :data:`_RESPECTIVELY` finds « respectivement » in ``key[start:end]``: a plain
    search for its words first (most sentences have none), the pattern only then."""
    if all(key.find(word, start, end) < 0 for word in _RESPECTIVELY_WORDS):
        return False
    return _RESPECTIVELY.search(key, start, end) is not None


_ACCREDITED: Final = re.compile(
    rf"\b(?:{either('recognise.person-sides', 'accredited')}) (?:de la |de l'|du |des |de )?$"
)
"""Before a party: where an ambassador is posted, not whom he speaks for."""
_PLACES: Final = frozenset({"capital", "city"})
"""Party mentions that name where something happens (« à Nouakchott »), not a side."""
_LIST_JOIN: Final = re.compile(r"\s*(?:,|et)\s*(?:de la |de l'|du |des |de |d')?")
"""Between two sides of one list: « du Canada, du Japon », « du Japon et de l'Inde »."""
_RESPECTIVE_REACH: Final = 150
"""How far before « respectivement » the sides it distributes may be named."""


def _respective_sides(
    key: str, bounds: tuple[int, int], parties: list[Mention], persons: list[PersonMention]
) -> list[PersonMention]:
    """ "les ambassadeurs de France et des États-Unis auprès du Mali, respectivement
    MM. X et Y": X speaks for the first side named, Y for the second."""
    out = list(persons)
    for word in _RESPECTIVELY.finditer(key, *bounds):
        after = [i for i, p in enumerate(out) if p.start > word.end()]
        lo = max(word.start() - _RESPECTIVE_REACH, bounds[0])
        named = [
            m
            for m in parties
            if lo <= m.start < word.start()
            and m.category == "party"
            and m.detail not in _PLACES
            and _ACCREDITED.search(key, max(0, m.start - 20), m.start) is None
        ]
        count = min(len(after), len(named))
        listed, earlier = named[len(named) - count :], named[: len(named) - count]
        if count < 2 or len({m.value for m in listed}) < count:
            continue
        if earlier and _LIST_JOIN.fullmatch(key, earlier[-1].end, listed[0].start):
            continue  # the list goes on before: which sides the persons take is unclear
        chosen = after[:count]
        sides = [m.value for m in listed]
        if any(out[i].party not in {None, side} for i, side in zip(chosen, sides, strict=True)):
            continue
        for i, side in zip(chosen, sides, strict=True):
            out[i] = attrs.evolve(out[i], party=side)
    return out


def find_roles(prepared: Prepared, start: int, end: int) -> list[tuple[int, int]]:
    """The role phrases of ``roles.tsv`` in ``[start, end)`` (« le ministre des Affaires
    étrangères », « le président »), as spans of the folded text, in order."""
    hits = lexicon().hits(prepared)
    return [(r_start, r_end) for r_start, r_end, _ in hits.matches("role", start, end)]


def _sides_in_role(person: PersonMention, parties: list[Mention], text: str) -> list[str]:
    """The party codes named, in order, in the role phrase just before a person."""
    if person.role is None:
        return []
    start = text.rfind(person.role, 0, person.start)
    if start < 0:
        return []
    end = start + len(person.role)
    return [m.value for m in parties if start <= m.start < end and m.category == "party"]


def _role_before(
    prepared: Prepared,
    roles: list[tuple[int, int]],
    sentence_start: int,
    name_start: int,
    earlier: list[PersonMention],
) -> tuple[int, int] | None:
    floor = max(sentence_start, name_start - 160)
    if earlier:
        floor = max(floor, earlier[-1].end)
    candidates = [r for r in roles if floor <= r[0] < name_start and r[1] <= name_start]
    if not candidates:
        return None
    role_start = candidates[-1][0]
    # walk back to the first role head that is contiguous with the phrase
    for r_start, _r_end in reversed(candidates[:-1]):
        gap = prepared.text[_r_end:role_start]
        if len(gap) <= 3:
            role_start = r_start
    between = prepared.text[candidates[-1][1] : name_start]
    title = _HONORIFIC.search(between)
    role_end = name_start
    if title is not None:
        between = between[: title.start()]  # « le ministre malien, M. X »: the dot of « M. »
        role_end = candidates[-1][1] + title.start()
    if any(c in between for c in ".;:") or _VERB_OR_AND.search(between):
        if any(c in between for c in ".;:") or len(between) > 140:
            return None
        if _VERB.search(between):
            return None
    return role_start, role_end


_VERB_OR_AND: Final = re.compile(
    rf"\b(?:{either('recognise.persons', 'verb', folded=False)}|"
    rf"{either('recognise.persons', 'and', folded=False)})\s"
)
_VERB: Final = re.compile(rf"\b(?:{either('recognise.persons', 'verb', folded=False)})\s")


def _role_after(
    prepared: Prepared, roles: list[tuple[int, int]], name_end: int, sentence_end: int
) -> tuple[int, int] | None:
    text = prepared.text
    if not text.startswith(", ", name_end):
        return None
    for r_start, _r_end in roles:
        if name_end + 2 <= r_start <= name_end + 12:
            if text.startswith(", et ", name_end):
                return None  # « X, et son homologue malien, Y »: the next person's role
            stop = len(text)
            for sep in (",", ".", ";", " et ", " a ", " ont "):
                at = text.find(sep, r_start, sentence_end)
                if at != -1:
                    stop = min(stop, at)
            stop = min(stop, sentence_end)
            return r_start, stop
    return None


def find_known_persons(
    prepared: Prepared,
    start: int,
    end: int,
    known: dict[str, PersonMention],
    found: tuple[PersonMention, ...],
) -> list[PersonMention]:
    """Later mentions of persons already named in the document, by family name.

    ``known`` maps a folded family name to the fullest mention seen. A
    mention already found in the sentence is completed to the full name.
    """
    if not known:
        return list(found)
    out: list[PersonMention] = []
    covered: list[tuple[int, int]] = []
    for mention in found:
        words = fold(mention.name).split()
        full = known.get(words[-1]) or (known.get(words[0]) if len(words) == 1 else None)
        person = mention
        if full is not None and len(full.name) > len(mention.name):
            person = attrs.evolve(mention, name=full.name, party=mention.party or full.party)
        out.append(person)
        covered.append((person.start, person.end))
    for at, word_end, full in _known_words(prepared, start, end, known):
        if any(s <= at < e for s, e in covered):
            continue
        out.append(PersonMention(at, word_end, full.name, full.role, full.party))
    out.sort(key=lambda p: p.start)
    return out


def _known_words(
    prepared: Prepared, start: int, end: int, known: dict[str, PersonMention]
) -> list[tuple[int, int, PersonMention]]:
    """The capitalised words of ``[start, end)`` that are keys of ``known``, in order.

    What the matches of ``_CAPITALISED_WORD`` over the span whose folded text
    is a key give, found by looking for the few keys in the folded key rather
    than reading every capitalised word. A key found right after an apostrophe
    may lie inside a capitalised word ("L'Ambassadeur"), where the pattern does
    not start a match: the span is then read word by word, as the pattern does.
    """
    text, key = prepared.text, prepared.key
    hits: list[tuple[int, int, PersonMention]] = []
    for name, full in known.items():
        if not name:
            continue
        at = key.find(name, start, end)
        while at != -1:
            if at > start and text[at - 1] == "'":
                return _known_words_read(prepared, start, end, known)
            match = _CAPITALISED_WORD.match(text, at, end)
            if match is not None and match.end() == at + len(name):
                hits.append((at, match.end(), full))
            at = key.find(name, at + 1, end)
    hits.sort(key=lambda hit: hit[0])
    return hits


def _known_words_read(
    prepared: Prepared, start: int, end: int, known: dict[str, PersonMention]
) -> list[tuple[int, int, PersonMention]]:
    """:func:`_known_words` by reading every capitalised word of the span."""
    hits = []
    for match in _CAPITALISED_WORD.finditer(prepared.text, start, end):
        full = known.get(prepared.key[match.start() : match.end()])
        if full is not None:
            hits.append((match.start(), match.end(), full))
    return hits


# The capital first, then the check before it: see _FIRST_WORD.
_CAPITALISED_WORD: Final = re.compile(rf"[{_UPPER}](?<![\w-][{_UPPER}])[\w'-]*(?![\w-])")
