"""The rule registry: every rule the code runs is named there and can be switched
off; every value of the language pack's TSV tables is one the model knows."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from diplorel import extract
from diplorel._tsv import read_table
from diplorel.extract import vetoed
from diplorel.extract.rules import KINDS, RULES, check_names
from diplorel.model import (
    ConsultationFormat,
    DeclarationKind,
    InstrumentKind,
    Sector,
    Stage,
)

SOURCE = Path(__file__).resolve().parents[3] / "src" / "diplorel" / "extract"
NAMED = re.compile(
    r"""["']((?:cue|consultation|declaration|agreement|stage|parties|heads|date|place|round|"""
    r"""sectors|merge|finish)(?:\.[a-z-]+)?)["']"""
)
BARE: frozenset[str] = frozenset({"consultation", "declaration", "agreement"})
"""The builders, whose names have no dot; other bare words in quotes are not names."""
TEXT = (
    "Le ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais. "
    "Les deux pays ont signé un accord sur la pêche. Une nouvelle réunion se tiendra à Dakar."
)


def _names_in_code() -> set[str]:
    names: set[str] = set()
    for path in SOURCE.rglob("*.py"):
        if path.name == "__init__.py" and path.parent.name == "rules":
            continue  # the registry itself
        found = NAMED.findall(path.read_text(encoding="utf-8"))
        names.update(
            name for name in found if name in BARE or ("." in name and name[-4:] != ".tsv")
        )
    return names


def test_every_rule_the_code_names_is_registered() -> None:
    assert _names_in_code() <= RULES.keys()


def test_every_registered_rule_is_used_by_the_code() -> None:
    assert RULES.keys() <= _names_in_code()


def test_rules_are_well_formed() -> None:
    for name, rule in RULES.items():
        assert rule.name == name
        assert rule.kind in KINDS
        assert rule.summary
        assert name.split(".")[0] == rule.concern


def test_unknown_rule_names_are_refused() -> None:
    with pytest.raises(ValueError, match=r"no such rule: cue\.nope"):
        extract(TEXT, disabled_rules={"cue.nope"})
    with pytest.raises(TypeError):
        check_names("cue.future")
    assert check_names(["cue.future"]) == frozenset({"cue.future"})


def test_events_carry_their_trace_and_equality_ignores_it() -> None:
    doc = extract(TEXT, published="2025-06-10")
    assert [e.kind.value for e in doc.events] == ["consultation", "agreement"]
    meeting, agreement = doc.events
    assert meeting.rules[0] == "consultation"
    assert agreement.rules[0] == "agreement"
    assert "parties.both" not in RULES or all(name in RULES for name in agreement.rules)
    # the same events without the trace are equal: the trace is no part of identity
    import attrs  # noqa: PLC0415

    assert attrs.evolve(meeting, rules=()) == meeting


def test_vetoed_names_the_veto_and_the_trigger() -> None:
    stops = vetoed(TEXT, published="2025-06-10")
    assert [(span.text, rule) for span, rule in stops] == [("réunion", "cue.future")]


def test_disabling_a_veto_lets_the_next_one_speak() -> None:
    # "réunion" is future; without that veto, it is still a bare noun with no verb
    stops = vetoed(TEXT, published="2025-06-10", disabled_rules={"cue.future"})
    assert [rule for _span, rule in stops] == ["consultation.weak-noun"]
    both = {"cue.future", "consultation.weak-noun"}
    doc = extract(TEXT, published="2025-06-10", disabled_rules=both)
    # the meeting it then makes is merged into the one reported (same sides and format)
    meeting = doc.events[0]
    assert [e.kind.value for e in doc.events] == ["consultation", "agreement"]
    assert [span.text for span in meeting.evidence][
        1
    ] == "Une nouvelle réunion se tiendra à Dakar."
    assert "merge.same-event" in meeting.rules


_TRIGGER_VALUES = {
    "instrument": {k.value for k in InstrumentKind} | {"ellipsis"},
    "consultation": {f.value for f in ConsultationFormat},
    "declaration": {d.value for d in DeclarationKind},
    "reaction": {"statement"},
    "stage": {s.value for s in Stage},
    "ignore": {"none"},
}


def test_trigger_table_values_are_model_values() -> None:
    bad = [
        (row["form"], row["kind"], row["value"])
        for row in read_table("lang", "fr", "triggers.tsv")
        if row["value"] not in _TRIGGER_VALUES.get(row["kind"], set())
    ]
    assert bad == []


def test_sector_table_values_are_model_sectors() -> None:
    sectors = {s.value for s in Sector} | {"none"}
    bad = [row for row in read_table("lang", "fr", "sectors.tsv") if row["sector"] not in sectors]
    assert bad == []


def test_cue_table_kinds_are_the_ones_rules_read() -> None:
    kinds = {"future", "prospect", "domestic", "anaphora", "past"}
    bad = [row for row in read_table("lang", "fr", "cues.tsv") if row["kind"] not in kinds]
    assert bad == []


_WORD_VALUES = {
    "relation",
    "they",
    "body-m",
    "body-f",
    "shared",
    "level",
    "language-determiner",
    "creating",
    "portfolio-joiner",
    "caption",
    "trip-start",
    "arrived",
    "pluperfect",
    "their",
    "represent",
    "procedure",
    "elliptic-lead",
    "elliptic-negative",
    "these",
    "the",
    "clause-link",
    "remainder",
    "council",
    "sat",
    "the-council",
    "talk",
    "issue",
    "anaphor",
    "visit",
    "arrival-stem",
    "capital-of",
    "new-clause",
    "other-time",
    "after-which",
    "which",
    "negative-subject",
    "host",
    "sitting",
    "message",
    "works",
    "opened",
    "close",
    "follow",
    "follow-article",
    "follow-manner",
    "relative-genitive",
    "summit-word",
    "heads",
    "closing-determiner",
    "sides",
    "indefinite",
    "to-state",
    "margin",
    "reporting",
    "according",
    "state-title",
    "self-say",
    "self-state",
    "text-content",
    "passive-agent",
    "final-text",
    "stated-in",
    "infinitive-auxiliary",
    "talks",
    "named-after",
    "office",
    "in-it",
    "at",
    "by",
    "carrier",
    "country-noun",
    "received",
    "envoy",
    "sport",
    "for",
    "tour",
    "closing",
    "session",
    "held",
    "speaker",
    "frame",
    "frame-relative",
    "not-yet",
    "text",
    "gathering",
    "link",
    "joiner",
    "denial",
    "content",
    "claim",
    "claim-link",
    "none",
    "nothing",
    "been",
    "even",
    "outcome",
    "abroad",
    "home",
    "welcomed",
    "reference",
    "participation",
    "noun",
    "support",
    "meeting",
    "participate",
    "person-subject",
    "determiner",
    "ordinal",
    "pronoun",
    "expanded",
    "demonstrative",
    "title-word",
    "aside",
    "capital",
    "between",
    "cue",
    "separately",
    "occasion",
    "restatement",
    "both-noun",
    "object",
    "plural-instrument",
    "authorise",
    "adopted",
    "led-by",
    "named-meeting",
    "building",
    "visit-kind",
    "meeting-someone",
    "session-noun",
    "relay",
    "about",
    "response",
    "adverb",
    "agreed-stem",
    "agreed-adverb",
    "plan-link",
    "hold-verb",
    "hold-noun",
    "adjunct",
    "cabinet",
    "parliament",
    "law-bill",
    "genre",
    "of",
    "actor",
    "opens",
    "relative-object",
    "prepare-stem",
    "submitted",
    "stop",
    "to",
    "press",
    "relations",
    "institution",
    "bare-institution",
    "facility",
    "presence",
    "bill-object",
    "auxiliary",
    "when",
    "purpose",
    "topic",
    "official",
    "person",
    "take-place",
    "will-take-place",
    "taken-up",
    "scheduled",
    "noun-trigger",
    "other-side",
    "future-verb",
    "multilateral",
    "relation-noun",
    "relations-change",
    "conflict",
    "meeting-noun",
    "generic",
    "both-phrase",
    "already",
    "existing",
    "bill",
    "countries",
    "partnership",
    "praise",
    "trip-purpose",
    "attend",
    "delegation",
    "led-body",
    "three-sides",
    "four-sides",
    "modal",
    "bound-to",
    "agreed-to",
    "soon",
    "series",
    "qualifier",
    "role",
    "done",
    "predicate",
    "participle",
    "verb",
    "similar",
    "kind",
    "apart",
    "then",
    "end",
    "passive",
    "among",
    "specifier",
    "meanwhile",
    "day",
    "with",
    "gap",
    "members",
    "gap-in",
    "gap-article",
    "with-by",
    "several",
    "join",
    "in-capital",
    "between-word",
    "respectively",
    "clause-verb",
    "in",
    "qualify",
    "in-the-elided",
    "specifier-prep",
    "related",
    "amending",
    "subject",
    "subject-prep",
    "domain",
    "cited-in",
    "cited-prep",
    "urge",
    "call",
    "preposition",
    "both-of",
    "negative",
    "verbal",
    "met",
    "and",
    "refusal-stem",
    "refusal",
    "vote",
    "against",
    "rejection-stem",
    "aim",
    "subject-pronoun",
    "future-ending",
    "schedule-word",
    "still-auxiliary",
    "still-adverb",
    "will-modal",
    "reaction-verb",
    "respond",
    "express",
    "possessive",
    "feeling-adjective",
    "feeling",
    "stem",
    "spokesperson",
    "clause-word",
    "call-word",
    "reflexive",
    "closed",
    "reflexive-plural",
    "took-place",
    "held-own",
    "completed-word",
    "grounds",
    "palace",
    "that-one",
    "previous",
    "previous-alone",
    "since",
    "same-year",
    "ordinal-ending",
    "last",
    "instance",
    "earlier",
    "be",
    "noun-ending",
    "noun-start",
    "adopted-by",
    "plural-determiner",
    "of-which",
    "at-the-head",
    "apposition-determiner",
    "complement",
    "in-the-city",
    "in-the",
    "chief",
    "of-relations",
    "clause-start",
    "first-plural",
    "response-stem",
    "not-a-name",
    "object-pronoun",
    "negative-verb",
    "negative-infinitive",
    "past-participle",
    "infinitive-be",
    "without",
    "yet",
    "relative",
    "press-adjective",
    "own",
    "good",
    "litotes",
    "to-come",
    "body",
    "local",
    "not-done",
    "together",
    "destination",
    "away",
    "and-then",
    "gathered",
    "article",
    "communique",
    "guard",
    "joint",
    "plural-noun",
    "ratify-verb",
    "spokesperson-role",
    "summit",
    "state-noun",
    "talk-about",
    "talk-about-tail",
    "impersonal",
    "target",
    "call-verb",
    "ask-verb",
    "definite",
    "owner",
    "minister",
    "head-of-state",
}


def test_rule_words_are_keyed_by_rule_names() -> None:
    rows = read_table("lang", "fr", "rules", "words.tsv")
    assert rows
    assert {row["rule"] for row in rows} <= RULES.keys()
    bad = [row for row in rows if row["value"] not in _WORD_VALUES and not row["value"].isdigit()]
    assert bad == []
    forms = [(row["rule"], row["form"], row["value"]) for row in rows]
    assert len(forms) == len(set(forms))


EXAMPLES = Path(__file__).resolve().parent
"""The rule example modules, ``test_rules_*.py``, with their ``FIRES`` and ``SHAPES``."""
UNSHOWN: dict[str, str] = {}
"""Rules for which no example could show an effect, and why: candidates for removal."""


def _rules_with_examples() -> set[str]:
    names: set[str] = set()
    for path in sorted(EXAMPLES.glob("test_rules_*.py")):
        module = importlib.import_module(path.stem)
        for listing in ("FIRES", "SHAPES"):
            for param in getattr(module, listing, ()):
                names.add(str(param.values[0]).split("+", maxsplit=1)[0])
    return names


def test_every_rule_has_an_example_where_it_fires() -> None:
    missing = sorted(RULES.keys() - _rules_with_examples() - UNSHOWN.keys())
    assert missing == []


def test_rules_left_without_an_example_are_named_and_still_have_none() -> None:
    assert UNSHOWN.keys() <= RULES.keys()
    assert UNSHOWN.keys() & _rules_with_examples() == set()
