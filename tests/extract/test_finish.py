"""The finishing pass: background events, the main event's place and date, heads, sectors.

``_finish`` is what the assembly calls after the in-document merge; it is fed
hand-made drafts here, so that each of its promises is pinned on its own:

- the reference year is the publication's, else the latest year of the drafts;
  an event of an earlier year, or (with no year anywhere) of a later month than
  the publication's, is background;
- a foreground event without its own place or date takes those of the first
  placed / dated event sharing a side (a strong consultation's date first); a
  call or video conference takes no place; background events take nothing;
- a weak consultation is dropped when another consultation has its sides;
- a person of unknown side goes to the one side left without a person; each
  side without a person takes its principal;
- every consultation and declaration is about politics; a declaration with no
  date of its own is dated by the publication's month;
- every rule above can be switched off by name.

The widening of sectors over the following sentences is tested through
``assemble`` on French sentences written for these tests.
"""

from __future__ import annotations

import pytest

from diplorel.extract._assemble import Draft, assemble, read_sentences
from diplorel.extract._finish import _finish
from diplorel.extract._text import prepare
from diplorel.extract.recognise._lexicon import lexicon
from diplorel.extract.recognise._mentions import PersonMention
from diplorel.extract.rules._base import Options
from diplorel.model import DateSpan, PartialDate

D = PartialDate.parse
MARCH_2025 = D("2025-03-12")


def _draft(kind: str = "consultation", subtype: str = "meeting", **fields: object) -> Draft:
    parties = fields.pop("parties", {"KEN", "PER"})
    return Draft(
        kind=kind,
        sentence=int(fields.pop("sentence", 0)),  # type: ignore[call-overload]
        anchor=(0, 1),
        parties=set(parties),  # type: ignore[call-overload]
        subtype=subtype,
        **fields,  # type: ignore[arg-type]
    )


def _person(name: str, party: str | None = None) -> PersonMention:
    return PersonMention(start=0, end=len(name), name=name, role=None, party=party)


# -- background ---------------------------------------------------------------------------


def test_an_event_of_a_year_before_the_publication_is_background() -> None:
    old = _draft(date=D("2019-05"))
    new = _draft(date=D("2025-03-10"), parties={"KEN", "CHL"})
    out = _finish([old, new], MARCH_2025, {})
    assert [d.background for d in out] == [True, False]
    assert "finish.background" in old.rules
    assert "finish.background" not in new.rules


def test_without_a_published_year_the_latest_year_of_the_drafts_is_the_reference() -> None:
    old = _draft(date=D("2023"))
    new = _draft(date=DateSpan.parse("2024-11/2024-12"), parties={"KEN", "CHL"})
    undated = _draft(parties={"PER", "CHL"})
    out = _finish([old, new, undated], None, {})
    assert [d.background for d in out] == [True, False, False]


def test_a_date_span_is_old_by_its_start_year() -> None:
    span = _draft(date=DateSpan.parse("2024-12-30/2025-01-02"))
    assert _finish([span], MARCH_2025, {})[0].background


@pytest.mark.parametrize(
    ("date", "background"),
    [
        ("XXXX-10", True),  # October, published in March: an earlier year
        ("XXXX-03-20", True),  # later in the month of publication
        ("XXXX-03-05", False),
        ("XXXX-03", False),  # the same month, no day: cannot say
        ("XXXX-02-27", False),
    ],
)
def test_with_no_year_anywhere_a_later_month_is_an_earlier_year(
    date: str, background: bool
) -> None:
    draft = _draft(date=D(date))
    assert _finish([draft], D("XXXX-03-12"), {})[0].background is background


def test_background_can_be_switched_off() -> None:
    old = _draft(date=D("2019-05"))
    out = _finish([old], MARCH_2025, {}, Options(disabled={"finish.background"}))
    assert not out[0].background
    assert old.rules == []


# -- the main event -----------------------------------------------------------------------


def test_an_event_without_place_or_date_takes_the_main_events() -> None:
    main = _draft(place="Lima", date=D("2025-03-10"))
    later = _draft(kind="agreement", subtype="agreement", parties={"PER", "CHL"})
    out = _finish([main, later], MARCH_2025, {})
    assert (out[1].place, out[1].date) == ("Lima", D("2025-03-10"))
    assert out[1].rules == ["place.main-event", "date.main-event"]


def test_an_event_sharing_no_side_takes_nothing() -> None:
    main = _draft(place="Lima", date=D("2025-03-10"))
    other = _draft(parties={"CHL", "NOR"})
    _finish([main, other], MARCH_2025, {})
    assert (other.place, other.date) == (None, None)


def test_an_event_keeps_its_own_place_and_date() -> None:
    main = _draft(place="Lima", date=D("2025-03-10"))
    own = _draft(kind="agreement", subtype="agreement", place="Nairobi", date=D("2025-03-01"))
    _finish([main, own], MARCH_2025, {})
    assert (own.place, own.date) == ("Nairobi", D("2025-03-01"))


def test_a_strong_consultations_date_comes_before_an_earlier_events() -> None:
    signed = _draft(kind="agreement", subtype="agreement", date=D("2025-03-01"))
    weak = _draft(date=D("2025-03-02"), strong=False, parties={"KEN", "PER", "CHL"})
    talk = _draft(date=D("2025-03-10"))
    later = _draft(kind="declaration", subtype="statement", parties={"KEN"})
    _finish([signed, weak, talk, later], MARCH_2025, {})
    assert later.date == D("2025-03-10")


def test_the_first_placed_event_by_position_gives_the_place() -> None:
    first = _draft(place="Lima", parties={"PER", "CHL"})
    second = _draft(place="Nairobi", parties={"KEN", "CHL"})
    both = _draft(kind="agreement", subtype="agreement", parties={"KEN", "PER"})
    _finish([first, second, both], MARCH_2025, {})
    assert both.place == "Lima"


@pytest.mark.parametrize("manner", ["phone_call", "video_conference"])
def test_a_call_takes_the_main_date_but_no_place(manner: str) -> None:
    main = _draft(place="Lima", date=D("2025-03-10"))
    call = _draft(subtype=manner)
    _finish([main, call], MARCH_2025, {})
    assert (call.place, call.date) == (None, D("2025-03-10"))


def test_background_events_take_nothing_and_give_nothing() -> None:
    old = _draft(place="Quito", date=D("2018-06"))
    main = _draft(parties={"KEN", "PER"})
    old_undated = _draft(kind="agreement", subtype="agreement", date=D("2017"), persons=[])
    _finish([old, main, old_undated], MARCH_2025, {})
    assert (main.place, main.date) == (None, None)  # not the old event's
    assert old_undated.place is None


@pytest.mark.parametrize("rule", ["place.main-event", "date.main-event"])
def test_inheritance_can_be_switched_off(rule: str) -> None:
    main = _draft(place="Lima", date=D("2025-03-10"))
    later = _draft(kind="agreement", subtype="agreement")
    _finish([main, later], MARCH_2025, {}, Options(disabled={rule}))
    assert rule not in later.rules
    assert (later.place is None) is (rule == "place.main-event")
    assert (later.date is None) is (rule == "date.main-event")


# -- weak duplicates ----------------------------------------------------------------------


def test_a_weak_consultation_with_the_sides_of_another_is_dropped() -> None:
    strong = _draft()
    weak = _draft(strong=False)
    alone = _draft(strong=False, parties={"CHL", "NOR"})
    out = _finish([strong, weak, alone], MARCH_2025, {})
    assert out == [strong, alone]
    kept = _finish(
        [_draft(), _draft(strong=False)], MARCH_2025, {}, Options({"finish.weak-duplicate"})
    )
    assert len(kept) == 2


def test_a_weak_consultation_is_not_dropped_for_an_agreement() -> None:
    weak = _draft(strong=False)
    out = _finish([_draft(kind="agreement", subtype="agreement"), weak], MARCH_2025, {})
    assert weak in out


# -- heads --------------------------------------------------------------------------------


def test_one_person_of_unknown_side_goes_to_the_side_left_vacant() -> None:
    draft = _draft(persons=[_person("Amina Odhiambo", "KEN"), _person("Rosa Quispe")])
    _finish([draft], MARCH_2025, {})
    assert [(p.name, p.party) for p in draft.persons] == [
        ("Amina Odhiambo", "KEN"),
        ("Rosa Quispe", "PER"),
    ]
    assert "heads.lone-side" in draft.rules


def test_two_unknown_persons_or_no_vacant_side_stay_unknown() -> None:
    two = _draft(persons=[_person("Rosa Quispe"), _person("Luis Mamani")])
    full = _draft(
        persons=[_person("Amina Odhiambo", "KEN"), _person("Luis Mamani", "PER"), _person("X Y")]
    )
    _finish([two, full], MARCH_2025, {}, Options({"heads.principal"}))
    assert [p.party for p in two.persons] == [None, None]
    assert [p.party for p in full.persons] == ["KEN", "PER", None]
    assert "heads.lone-side" not in two.rules + full.rules


def test_a_person_named_twice_is_kept_once() -> None:
    draft = _draft(persons=[_person("Rosa Quispe", "PER"), _person("Rosa Quispe", "PER")])
    _finish([draft], MARCH_2025, {})
    assert [p.name for p in draft.persons] == ["Rosa Quispe"]


def test_a_side_without_a_person_takes_its_principal() -> None:
    first = _draft(persons=[_person("Rosa Quispe", "PER")], date=D("2025-03-10"))
    second = _draft(kind="declaration", subtype="statement", parties={"PER", "CHL"})
    people = {"CHL": _person("Diego Soto", "CHL"), "PER": _person("Ana Flores", "PER")}
    _finish([first, second], MARCH_2025, people)
    # the article's own events name Peru's principal before the document's people do
    assert [(p.name, p.party) for p in second.persons] == [
        ("Diego Soto", "CHL"),
        ("Rosa Quispe", "PER"),
    ]
    assert "heads.principal" in second.rules
    assert [p.name for p in first.persons] == ["Rosa Quispe"]  # KEN has no principal


def test_a_one_word_name_is_no_principal() -> None:
    first = _draft(persons=[_person("Quispe", "PER")])
    second = _draft(kind="declaration", subtype="statement", parties={"PER"})
    _finish([first, second], MARCH_2025, {}, Options({"heads.lone-side"}))
    assert second.persons == []


# -- sectors and the publication month ----------------------------------------------------


def test_politics_for_consultations_and_declarations_only() -> None:
    talk = _draft()
    said = _draft(kind="declaration", subtype="statement")
    signed = _draft(kind="agreement", subtype="agreement", sectors={"energy"})
    _finish([talk, said, signed], MARCH_2025, {})
    assert talk.sectors == {"politics"}
    assert said.sectors == {"politics"}
    assert signed.sectors == {"energy"}


def test_a_declaration_without_a_date_is_dated_by_the_publication_month() -> None:
    said = _draft(kind="declaration", subtype="statement", parties={"CHL"})
    talk = _draft(parties={"NOR"})
    _finish([said, talk], MARCH_2025, {})
    assert said.date == D("2025-03")
    assert "date.publication-month" in said.rules
    assert talk.date is None


@pytest.mark.parametrize("published", [None, D("2025"), D("XXXX-03-12")])
def test_no_publication_month_no_date(published: PartialDate | None) -> None:
    said = _draft(kind="declaration", subtype="statement", parties={"CHL"})
    _finish([said], published, {})
    assert said.date is None
    assert "date.publication-month" not in said.rules


def test_the_publication_month_can_be_switched_off() -> None:
    said = _draft(kind="declaration", subtype="statement", parties={"CHL"})
    _finish([said], MARCH_2025, {}, Options({"date.publication-month"}))
    assert said.date is None


def test_a_visit_covers_the_sectors_of_its_sides_agreements() -> None:
    visit = _draft(subtype="visit")
    signed = _draft(kind="agreement", subtype="agreement", sectors={"energy", "health"})
    other = _draft(kind="agreement", subtype="agreement", sectors={"defense"}, parties={"KEN"})
    old = _draft(kind="agreement", subtype="agreement", sectors={"trade"}, date=D("2010"))
    _finish([visit, signed, other, old], MARCH_2025, {})
    assert visit.sectors == {"energy", "health", "politics"}
    assert "sectors.visit-agreements" in visit.rules
    meeting = _draft()
    _finish([meeting, _draft(kind="agreement", subtype="agreement", sectors={"energy"})], None, {})
    assert meeting.sectors == {"politics"}


# -- through assemble: sectors widen to the following sentences ----------------------------


def _assembled(text: str) -> list[Draft]:
    prepared = prepare(text)
    readings = read_sentences(prepared, lexicon(), MARCH_2025)
    return assemble(prepared, lexicon(), readings, MARCH_2025)


def test_sectors_widen_until_the_next_event() -> None:
    drafts = _assembled(
        "Le ministre kényan des Affaires étrangères a rencontré mardi son homologue péruvien. "
        "Les deux ministres ont parlé de tourisme. "
        "Le même jour, le président chilien s'est entretenu avec le président bolivien. "
        "Ils ont évoqué l'énergie."
    )
    by_sides = {frozenset(d.parties): d for d in drafts}
    first = by_sides[frozenset({"KEN", "PER"})]
    second = by_sides[frozenset({"CHL", "BOL"})]
    assert first.sectors == {"tourism", "politics"}
    assert second.sectors == {"energy", "politics"}
    assert "sectors.widen" in first.rules


def test_an_old_event_in_passing_does_not_end_the_stretch() -> None:
    drafts = _assembled(
        "Le ministre kényan des Affaires étrangères a rencontré mardi son homologue péruvien. "
        "Les deux ministres s'étaient déjà rencontrés à Nairobi en 2019 pour parler de commerce. "
        "Ils ont cette fois évoqué le tourisme. "
        "Le président chilien a reçu le même jour le président bolivien. "
        "Ils ont parlé d'énergie."
    )
    now, old, other = drafts
    assert (now.background, old.background, other.background) == (False, True, False)
    assert now.sectors == {"politics", "trade", "tourism"}  # the stretch runs past 2019
    assert old.sectors == {"politics", "trade", "tourism"}  # its sentence to the next event
    assert other.sectors == {"politics", "energy"}
