"""The assembly: the rules run sentence by sentence, then the merge and the finish.

``run_rules`` and ``assemble`` are what the pipeline and ``vetoed()`` call;
these tests pin their contract on French sentences written for diplorel:
one draft per reported event, traced by its builder first; a vetoed trigger
recorded once, in text order, under a registered rule name; rules switched
off by name; the merge dropping a plural instrument for its members and the
finish adding what the whole document tells.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplorel.extract import vetoed
from diplorel.extract._assemble import Draft, Stopped, assemble, read_sentences, run_rules
from diplorel.extract._knowledge import Knowledge
from diplorel.extract._text import prepare
from diplorel.extract.recognise._lexicon import lexicon
from diplorel.extract.rules import RULES, Options
from diplorel.model import PartialDate

PUBLISHED = PartialDate.parse("2025-03-12")

MEETING = "Le ministre kényan des Affaires étrangères a rencontré mardi son homologue péruvien."
SIGNED = "Le Kenya et le Pérou ont signé un accord sur l'énergie."
STATEMENT = "Le Chili a publié une déclaration sur la pêche."
DENIED = "Les ministres kényan et péruvien ne se sont pas rencontrés à Lima."
AGAIN = "Cette visite a permis de parler de commerce."


def _run(text: str, opts: Options | None = None) -> tuple[list[Draft], list[Stopped], Knowledge]:
    prepared = prepare(text)
    readings = read_sentences(prepared, lexicon(), PUBLISHED)
    return run_rules(prepared, readings) if opts is None else run_rules(prepared, readings, opts)


def _assembled(text: str, opts: Options | None = None) -> list[Draft]:
    prepared = prepare(text)
    readings = read_sentences(prepared, lexicon(), PUBLISHED)
    if opts is None:
        return assemble(prepared, lexicon(), readings, PUBLISHED)
    return assemble(prepared, lexicon(), readings, PUBLISHED, opts)


def test_one_draft_per_event_traced_by_its_builder_first() -> None:
    text = f"{MEETING} {SIGNED} {STATEMENT}"
    drafts, stopped, know = _run(text)
    assert [(d.kind, d.subtype, sorted(d.parties), d.sentence) for d in drafts] == [
        ("consultation", "meeting", ["KEN", "PER"], 0),
        ("agreement", "agreement", ["KEN", "PER"], 1),
        ("declaration", "statement", ["CHL"], 2),
    ]
    assert [d.rules[0] for d in drafts] == ["consultation", "agreement", "declaration"]
    assert stopped == []
    assert know.pair == ["KEN", "PER"]
    # the anchor is the trigger, in its own sentence
    assert [text[slice(*d.anchor)] for d in drafts] == ["a rencontré", "accord", "déclaration"]


def test_no_trigger_no_draft() -> None:
    drafts, stopped, _know = _run("Le Kenya et le Pérou sont deux pays. Il pleut à Lima.")
    assert (drafts, stopped) == ([], [])
    assert _assembled("") == []


def test_a_vetoed_trigger_is_recorded_once_with_the_veto_name() -> None:
    drafts, stopped, _know = _run(DENIED)
    at = DENIED.index("rencontrés")
    assert drafts == []
    assert stopped == [Stopped(start=at, end=DENIED.index(" à Lima"), rule="cue.negation")]
    assert [(span.text, rule) for span, rule in vetoed(DENIED)] == [("rencontrés", "cue.negation")]
    # « rencontré » is written with and without its accent in the trigger table: still once
    denied = "Le ministre kényan n'a pas rencontré son homologue péruvien."
    assert [rule for _span, rule in vetoed(denied)] == ["cue.negation"]


def test_a_veto_switched_off_lets_the_event_through() -> None:
    drafts, stopped, _know = _run(DENIED, Options(disabled={"cue.negation"}))
    assert [d.kind for d in drafts] == ["consultation"]
    assert all(s.rule != "cue.negation" for s in stopped)


@pytest.mark.parametrize(
    ("second", "word", "rule"),
    [
        (AGAIN, "visite", "consultation.demonstrative"),
        ("La réunion a porté sur le commerce.", "réunion", "consultation.weak-noun"),
        (
            "Lors de la réunion, les deux ministres ont parlé d'énergie.",
            "réunion",
            "consultation.reported-already",
        ),
    ],
)
def test_an_event_named_again_is_stopped_and_merged_into_nothing(
    second: str, word: str, rule: str
) -> None:
    first = "Le président kényan a effectué une visite au Pérou." if word == "visite" else MEETING
    text = f"{first} {second}"
    drafts, stopped, _know = _run(text)
    at = text.index(word, len(first))
    assert len(drafts) == 1
    assert stopped == [Stopped(start=at, end=at + len(word), rule=rule)]
    assert RULES[rule].kind == "veto"
    # the sectors said of it still go to the one event
    (event,) = _assembled(text)
    assert event.sectors - {"politics"}
    # switched off, the veto lets a second draft through
    loose, none, _know = _run(text, Options(disabled={rule}))
    assert (len(loose), none) == (2, [])
    if rule != "consultation.demonstrative":
        # its flag (weak, or named back) still makes it one event after the merge and finish
        assert (loose[1].strong, loose[1].backref) == (
            (False, False) if rule == "consultation.weak-noun" else (True, True)
        )
        assert len(_assembled(text, Options(disabled={rule}))) == 1


def test_a_builder_switched_off_builds_nothing() -> None:
    text = f"{MEETING} {SIGNED} {STATEMENT}"
    drafts, _stopped, _know = _run(text, Options(disabled={"consultation", "declaration"}))
    assert [d.kind for d in drafts] == ["agreement"]


def test_the_merge_keeps_the_members_of_a_plural_instrument() -> None:
    text = (
        "Le Kenya et le Pérou ont signé deux accords, l'un sur l'énergie et l'autre sur la santé."
    )
    drafts, _stopped, _know = _run(text)
    assert [(d.group, d.generic) for d in drafts] == [(True, False), (False, True), (False, True)]
    events = _assembled(text)
    assert [sorted(d.sectors) for d in events] == [["energy"], ["health"]]
    assert not any(d.group for d in events)


def test_assemble_finishes_the_drafts() -> None:
    text = f"{MEETING} {SIGNED} {STATEMENT}"
    talk, signed, said = _assembled(text)
    assert talk.date == PartialDate.parse("2025-03-11")  # « mardi », before publication
    assert signed.date == talk.date
    assert "date.main-event" in signed.rules
    assert said.date == PartialDate.parse("2025-03")  # the publication's month
    assert "politics" in talk.sectors
    assert "politics" in said.sectors
    assert "energy" not in talk.sectors  # the agreement's field (sectors.talk-apart)
    talk = _assembled(text, Options(disabled={"sectors.talk-apart"}))[0]
    assert "energy" in talk.sectors  # widened to the next sentence


def test_assemble_with_the_finish_rules_off() -> None:
    text = f"{MEETING} {SIGNED} {STATEMENT}"
    off = Options(disabled={"date.main-event", "date.publication-month", "sectors.widen"})
    talk, signed, said = _assembled(text, off)
    assert signed.date is None
    assert said.date is None
    assert "energy" not in talk.sectors


_SENTENCES = [
    MEETING,
    SIGNED,
    STATEMENT,
    DENIED,
    AGAIN,
    "Il pleut sur Lima.",
    "La réunion a eu lieu.",
]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=5))
def test_what_the_rules_give_stays_in_the_text(sentences: list[str]) -> None:
    text = " ".join(sentences)
    prepared = prepare(text)
    readings = read_sentences(prepared, lexicon(), PUBLISHED)
    drafts, stopped, _know = run_rules(prepared, readings)
    bounds = {r.index: (r.sentence.start, r.sentence.end) for r in readings}
    for draft in drafts:
        start, end = bounds[draft.sentence]
        assert start <= draft.anchor[0] < draft.anchor[1] <= end
        assert draft.rules
        assert RULES[draft.rules[0]].kind == "builder"
        assert set(draft.rules) <= RULES.keys()
    assert [(s.start, s.end) for s in stopped] == sorted({(s.start, s.end) for s in stopped})
    assert all(RULES[s.rule].kind in {"veto", "builder"} for s in stopped)
    everything_off = Options(disabled={n for n, r in RULES.items() if r.kind == "builder"})
    assert run_rules(prepared, readings, everything_off)[0] == []
