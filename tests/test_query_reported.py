"""Tests of diplorel.query._reported: an event with where it was reported.

Built by hand here (not through ``merge``), so that each promise of the
record is pinned on its own: the validators and their messages, the rule
that a merged record holds two or more original reports, and what
``originals``, ``document_ids``, ``sources`` and ``evidence`` derive.
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplorel import strategies as ds
from diplorel._registry import party
from diplorel.errors import InvalidValueError
from diplorel.model import Consultation, Event, Span
from diplorel.query import Reported

TEXT_A = "Le président ghanéen a reçu mardi son homologue ivoirien à Accra."
TEXT_B = "Accra a accueilli la visite du chef de l'État ivoirien."


def _talk(text: str, words: str) -> Consultation:
    at = text.index(words)
    return Consultation(
        parties=[party("GHA"), party("CIV")],
        format="visit",
        evidence=[Span.of(text, at, at + len(words))],
    )


ONE = Reported(event=_talk(TEXT_A, "a reçu"), document_id="gh-1", source_url="https://a.gh/1")
TWO = Reported(event=_talk(TEXT_B, "la visite"), document_id="ci-7", source_url=None)
THREE = Reported(event=_talk(TEXT_A, "homologue"), document_id="gh-1", source_url="https://a.gh/1")


def test_an_original_report_is_its_own_only_original() -> None:
    assert not ONE.is_merged
    assert ONE.originals == (ONE,)
    assert ONE.document_ids == ("gh-1",)
    assert ONE.sources == (("gh-1", "https://a.gh/1"),)
    assert ONE.evidence == (("gh-1", ONE.event.evidence[0]),)


def test_a_merged_record_derives_from_its_reports_in_order() -> None:
    merged = Reported(event=ONE.event, document_id="gh-1", reports=[TWO, ONE, THREE])
    assert merged.is_merged
    assert merged.originals == (TWO, ONE, THREE)
    assert merged.document_ids == ("ci-7", "gh-1")  # sorted, without repeats
    assert merged.sources == (("ci-7", None), ("gh-1", "https://a.gh/1"))  # first seen order
    assert [doc for doc, _span in merged.evidence] == ["ci-7", "gh-1", "gh-1"]
    assert [span.text for _doc, span in merged.evidence] == ["la visite", "a reçu", "homologue"]
    assert repr(merged) == f"Reported({ONE.event!r}, 'gh-1', merged from 3 reports)"


def test_unknown_documents_are_left_out_of_the_ids_but_kept_in_the_sources() -> None:
    anonymous = Reported(event=TWO.event)
    merged = Reported(event=ONE.event, reports=[anonymous, ONE])
    assert merged.document_ids == ("gh-1",)
    assert merged.sources == ((None, None), ("gh-1", "https://a.gh/1"))
    assert repr(anonymous) == f"Reported({TWO.event!r})"
    assert merged.evidence[0] == (None, TWO.event.evidence[0])


def test_one_report_alone_is_not_a_merge() -> None:
    with pytest.raises(InvalidValueError, match="at least two records"):
        Reported(event=ONE.event, reports=[ONE])


def test_a_merged_record_holds_originals_only() -> None:
    merged = Reported(event=ONE.event, reports=[ONE, TWO])
    with pytest.raises(InvalidValueError, match=r"original \(unmerged\) Reported records"):
        Reported(event=ONE.event, reports=[merged, THREE])
    with pytest.raises(InvalidValueError, match="original"):
        Reported(event=ONE.event, reports=[ONE, ONE.event])


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        ({"event": "une visite"}, "event must be an event"),
        ({"event": ONE}, "event must be an event"),
        ({"document_id": ""}, "document_id must be None or a non-empty string"),
        ({"document_id": "  "}, "document_id must be None or a non-empty string"),
        ({"document_id": 3}, "document_id must be None or a non-empty string"),
        ({"source_url": b"https://a.gh"}, "source_url must be None or a string"),
    ],
)
def test_fields_are_validated(fields: dict[str, object], words: str) -> None:
    values: dict[str, object] = {"event": ONE.event, **fields}
    with pytest.raises(InvalidValueError, match=words):
        Reported(**values)  # type: ignore[arg-type]


def test_records_are_frozen_hashable_values() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        ONE.document_id = "x"  # type: ignore[misc]
    copy = Reported(event=_talk(TEXT_A, "a reçu"), document_id="gh-1", source_url="https://a.gh/1")
    assert copy == ONE
    assert len({ONE, copy, TWO}) == 2
    assert Reported(event=ONE.event, reports=(r for r in [ONE, TWO])).reports == (ONE, TWO)


_IDS = st.one_of(st.none(), st.sampled_from(["a", "b", "c"]))


@settings(max_examples=20, deadline=None)
@given(st.lists(st.tuples(ds.events(), _IDS), min_size=2, max_size=4))
def test_a_merged_record_keeps_every_report(items: list[tuple[Event, str | None]]) -> None:
    originals = [Reported(event=event, document_id=doc) for event, doc in items]
    merged = Reported(event=items[0][0], document_id=items[0][1], reports=originals)
    assert merged.originals == tuple(originals)
    assert merged.document_ids == tuple(sorted({d for _e, d in items if d is not None}))
    assert len(merged.evidence) == sum(len(event.evidence) for event, _d in items)
    assert set(merged.sources) == {(d, None) for _e, d in items}
