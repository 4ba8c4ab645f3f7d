"""The French language pack: data tables compiled into matchers, loaded once.

Every table lives in ``diplorel/lang/fr/`` (and the registry's tables in
``diplorel/data/``) as UTF-8 TSV with a provenance header. Phrases are
folded (lower case, accents removed) and compiled into trie-shaped
patterns; the lists of parties, sectors, triggers, cues and roles also go
into one :class:`~diplorel.extract._trie.PhraseIndex`, which finds what
those five patterns match in one pass over the folded key of the text.
Acronyms are matched case-sensitively on the text itself.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Final

import attr

from diplorel._tsv import read_table
from diplorel.extract._text import Prepared, fold
from diplorel.extract._trie import PhraseHits, PhraseIndex, compile_phrases
from diplorel.extract._words import forms
from diplorel.extract.recognise._leader_table import leader_parties

__all__ = ["Entry", "Lexicon", "lexicon"]


@attr.s(auto_attribs=True, slots=False, hash=True, order=False)  # native when compiled
class Entry:
    """What a matched phrase means: a category and a value (a code, a sector...)."""

    category: str
    value: str
    detail: str = ""
    cased: bool = True


def _fold_form(form: str) -> str:
    return fold(form.replace("\u2019", "'")).strip()


@attr.s(auto_attribs=True, slots=False, hash=True, order=False)  # native when compiled
class Lexicon:
    """Compiled matchers and their lookup tables for one language."""

    parties: re.Pattern[str]
    party_entries: Mapping[str, Entry]
    acronyms: re.Pattern[str]
    acronym_entries: Mapping[str, Entry]
    prefixes: re.Pattern[str]
    prefix_entries: Mapping[str, Entry]
    cities: Mapping[str, str]
    sectors: re.Pattern[str]
    sector_entries: Mapping[str, Entry]
    triggers: re.Pattern[str]
    trigger_entries: Mapping[str, tuple[Entry, ...]]
    cues: re.Pattern[str]
    cue_entries: Mapping[str, Entry]
    phrases: PhraseIndex
    """The lists ``party``, ``sector``, ``trigger``, ``cue`` and ``role``: the matches of
    ``parties``, ``sectors``, ``triggers``, ``cues`` and of the role phrases, found in
    one pass."""
    acronym_phrases: PhraseIndex
    """The list ``acronym``: the matches of ``acronyms`` in the text itself (case kept),
    found in one pass."""
    prefix_longest: int = 0
    """The length of the longest key of ``prefix_entries``."""
    lower_entries: Mapping[str, Entry] = attr.ib(factory=dict)
    """The demonyms spelt like their state's name but in lower case (« la ministre
    argentine », « le gouvernement suisse »), by the key the name took in
    ``party_entries``: what that key means when the text writes it in lower case."""

    def city_state(self, place: str | None) -> str | None:
        """The state the city ``place`` (an event's place, as written) lies in, as the
        gazetteer knows it; None for no place or a place it does not know."""
        if not place:
            return None
        return self.cities.get(fold(place.replace("\u2019", "'")).strip())

    def hits(self, prepared: Prepared) -> PhraseHits:
        """The phrases of :attr:`phrases` found in the key of ``prepared``: scanned once per
        text (kept in its ``memo``), read for any stretch of it."""
        found = prepared.memo.get(self.phrases)
        if found is None:
            found = prepared.memo[self.phrases] = self.phrases.scan(prepared.key)
        assert isinstance(found, PhraseHits)
        return found

    def acronym_hits(self, prepared: Prepared) -> PhraseHits:
        """The acronyms of :attr:`acronym_phrases` found in the text of ``prepared`` (not
        its key: acronyms keep their case): scanned once per text (kept in its ``memo``),
        read for any stretch of it. Their matches are those of :attr:`acronyms`, for one
        Aho–Corasick pass instead of the pattern's test of every character."""
        found = prepared.memo.get(self.acronym_phrases)
        if found is None:
            found = prepared.memo[self.acronym_phrases] = self.acronym_phrases.scan(prepared.text)
        assert isinstance(found, PhraseHits)
        return found


def _add(table: dict[str, Entry], form: str, entry: Entry) -> None:
    key = _fold_form(form)
    if key and key not in table:
        table[key] = entry


INSERTED: Final = "consultation.inserted-adverb"
"""The detail of a verb trigger found with an adverb between its auxiliary and its
participle (rule ``consultation.inserted-adverb``)."""


def _with_inserted_adverbs(trigger_entries: dict[str, list[Entry]]) -> None:
    """Rule ``consultation.inserted-adverb``: French puts an adverb between the auxiliary
    and the participle of a compound tense (« s'était déjà rendue », « s'est lui-même
    rendu », « s'est pour sa part entretenu »); each consultation verb written as an
    auxiliary and a participle is also found so, marked :data:`INSERTED` (in place)."""
    auxiliaries = sorted(forms("consultation.inserted-adverb", "auxiliary"), key=len, reverse=True)
    adverbs = forms("consultation.inserted-adverb", "adverb")
    for key, entries in list(trigger_entries.items()):
        auxiliary = next((a for a in auxiliaries if key.startswith(a + " ")), None)
        if auxiliary is None:
            continue
        participle = key[len(auxiliary) + 1 :]
        kept = [e for e in entries if e.category == "consultation"]
        if not kept or " " in participle:
            continue
        for adverb in adverbs:
            trigger_entries.setdefault(
                f"{auxiliary} {adverb} {participle}",
                [Entry(e.category, e.value, INSERTED) for e in kept],
            )


PARTICIPLE: Final = "consultation.received-participle"
"""The detail of a bare participle of reception opening a clause (« Reçu ensuite au palais
par le roi, le ministre … », rule ``consultation.received-participle``)."""


def _with_participles(trigger_entries: dict[str, list[Entry]]) -> None:
    """Rule ``consultation.received-participle``: the participles of « recevoir » and
    « accueillir » in their four forms are found alone too, marked :data:`PARTICIPLE` (in
    place); the rule keeps only those that open a clause and are followed by their agent
    (« par le Premier ministre »)."""
    for form in forms("consultation.received-participle", "participle"):
        trigger_entries.setdefault(form, [Entry("consultation", "meeting", PARTICIPLE)])


JOINT_BODY: Final = "consultation.joint-body"
"""The detail of a joint body's name composed of its word families (rule
``consultation.joint-body``)."""


def _agree(phrase: str, feminine: bool, plural: bool) -> str:
    """``phrase`` (a masculine singular noun or adjective, folded, its complement after
    « de » left as it is) in the given gender and number: « conjoint » → « conjointes »,
    « ministeriel » → « ministerielle », « bilateral » → « bilateraux »."""
    words = phrase.split(" ")
    head = next(
        (i for i, w in enumerate(words) if w in ("de", "d'") or w.startswith("d'")), len(words)
    )
    out = []
    for word in words[:head]:
        form = word
        if feminine and not form.endswith("e"):
            form = form + "le" if form.endswith("el") else form + "e"
        if plural and not form.endswith(("s", "x")):
            form = form[:-2] + "aux" if not feminine and form.endswith("al") else form + "s"
        out.append(form)
    return " ".join(out + words[head:])


def _joint_bodies() -> set[str]:
    """Rule ``consultation.joint-body``: a standing body two states hold is named by a
    noun of one family (commission, comité, conseil, groupe de travail…) qualified by a
    word saying it is shared (mixte, conjoint, bilatéral, intergouvernemental, de
    coopération…), alone or beside a word of its level (ministériel, permanent, de haut
    niveau…) on either side: « commission ministérielle conjointe », « comité mixte
    permanent », « hauts conseils intergouvernementaux ». Every such name in both
    numbers, the adjectives agreeing with the noun, is a joint commission's trigger."""
    shared = forms("consultation.joint-body", "shared")
    level = forms("consultation.joint-body", "level")
    nouns = [(n, False) for n in forms("consultation.joint-body", "body-m")]
    nouns += [(n, True) for n in forms("consultation.joint-body", "body-f")]
    names: set[str] = set()
    for noun, feminine in nouns:
        for plural in (False, True):
            n = _agree(noun, False, plural)
            q = [_agree(w, feminine, plural) for w in shared]
            lv = [_agree(w, feminine, plural) for w in level]
            for a in q:
                names.add(f"{n} {a}")
                names.update(f"{n} {x} {y}" for b in lv + q if b != a for x, y in ((a, b), (b, a)))
    return names


def _with_joint_bodies(trigger_entries: dict[str, list[Entry]]) -> None:
    """The names :func:`_joint_bodies` composes that the trigger table lacks, marked
    :data:`JOINT_BODY` (in place). A name that only lengthens a name of the table
    (« commission mixte de coopération » after « commission mixte ») is that name's
    trigger, unmarked: the table's reading, whether the rule is on or off."""
    listed = set(trigger_entries)
    for name in sorted(_joint_bodies()):
        key = _fold_form(name)
        if key in listed:
            continue
        words = key.split(" ")
        prefix = next(
            (p for n in range(len(words) - 1, 0, -1) if (p := " ".join(words[:n])) in listed),
            None,
        )
        kept = (
            [e for e in trigger_entries[prefix] if e.category == "consultation"] if prefix else []
        )
        trigger_entries[key] = kept or [Entry("consultation", "joint_commission", JOINT_BODY)]


@cache
def lexicon(language: str = "fr") -> Lexicon:
    """The compiled language pack (only ``"fr"`` ships)."""
    party_entries: dict[str, Entry] = {}
    acronym_entries: dict[str, Entry] = {}
    prefix_entries: dict[str, Entry] = {}
    lower_entries: dict[str, Entry] = {}
    rank = {"name": 0, "organisation": 1, "demonym": 2, "institution": 3, "capital": 4}
    rows = sorted(
        read_table("lang", language, "parties.tsv"), key=lambda r: rank.get(r["kind"], 9)
    )
    for row in rows:
        kind, code, form = row["kind"], row["code"], row["form"]
        if kind == "acronym":
            acronym_entries.setdefault(form, Entry("party", code, kind))
        elif kind == "prefix":
            _add(prefix_entries, form, Entry("party", code, kind))
        else:
            entry = Entry("party", code, kind, cased=form[:1].isupper())
            taken = party_entries.get(_fold_form(form))
            if kind == "demonym" and taken is not None and taken.value == code:
                lower_entries.setdefault(_fold_form(form), entry)
            _add(party_entries, form, entry)
    cities: dict[str, str] = {}
    for row in read_table("lang", language, "cities.tsv"):
        cities.setdefault(_fold_form(row["city"]), row["code"])
        _add(party_entries, row["city"], Entry("place", row["code"], "city"))
    for key, entry in party_entries.items():
        if entry.detail == "capital":
            cities.setdefault(key, entry.value)
    sector_entries: dict[str, Entry] = {}
    for row in read_table("lang", language, "sectors.tsv"):
        _add(sector_entries, row["form"], Entry("sector", row["sector"]))
    trigger_entries: dict[str, list[Entry]] = {}
    for row in read_table("lang", language, "triggers.tsv"):
        key = _fold_form(row["form"])
        entry = Entry(row["kind"], row["value"])
        same_key = trigger_entries.setdefault(key, [])
        if entry not in same_key:  # "mémorandum" and "memorandum" fold alike: one trigger
            same_key.append(entry)
    _with_inserted_adverbs(trigger_entries)
    _with_participles(trigger_entries)
    _with_joint_bodies(trigger_entries)
    cue_entries: dict[str, Entry] = {}
    for row in read_table("lang", language, "cues.tsv"):
        _add(cue_entries, row["form"], Entry("cue", row["kind"]))
    roles = [fold(row["form"]) for row in read_table("lang", language, "roles.tsv")]
    return Lexicon(
        parties=compile_phrases(party_entries),
        party_entries=party_entries,
        acronyms=compile_phrases(acronym_entries, rare_starts=True),
        acronym_entries=acronym_entries,
        prefixes=re.compile(
            compile_phrases(prefix_entries).pattern.removesuffix(r"(?!\w)") + r"(?=-\w)"
        ),
        prefix_entries=prefix_entries,
        cities=cities,
        sectors=compile_phrases(sector_entries),
        sector_entries=sector_entries,
        triggers=compile_phrases(trigger_entries),
        trigger_entries={k: tuple(v) for k, v in trigger_entries.items()},
        cues=compile_phrases(cue_entries),
        cue_entries=cue_entries,
        phrases=PhraseIndex(
            {
                "party": party_entries,
                "sector": sector_entries,
                "trigger": trigger_entries,
                "cue": cue_entries,
                "role": roles,
                "leader": leader_parties()[0],
            }
        ),
        acronym_phrases=PhraseIndex({"acronym": acronym_entries}),
        prefix_longest=max(map(len, prefix_entries), default=0),
        lower_entries=lower_entries,
    )
