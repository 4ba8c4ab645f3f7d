"""Tests of diplorel.query._merge: joining reports of one real event from several documents."""

from __future__ import annotations

from collections import Counter
from typing import Any

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from diplorel import (
    Agreement,
    AgreementStage,
    Consultation,
    Declaration,
    Document,
    PartialDate,
    Span,
    Stage,
    party,
)
from diplorel import strategies as ds
from diplorel.model import DateValue, parse_date_value
from diplorel.query import EventSet, Reported, merge
from diplorel.query._merge import (
    _block,
    _canonical,
    _full_key,
    _output_order,
    _report_order,
    combine,
    compatible,
    distinct,
    merged,
    normal_title,
)

DATES = (
    None,
    "2024",
    "2024-03",
    "2024-03-10",
    "2024-03-11",
    "2024-12-27",
    "XXXX-03-10",
    "2024-03-10/2024-03-12",
    "2025-01",
)
MORE_DATES = (
    *DATES,
    "XXXX-03",
    "XXXX-02-29",
    "2024-02-29",
    "2024-02",
    "2023",
    "2024-03-30/2024-04-02",
    "2023-12/2024-02",
    "XXXX-03-10/XXXX-03-12",
    "1900/2024",
)
TITLES = (None, "Accord de défense", "accord de  défense.", "Mémorandum sur l’énergie")


def _date(text: str | None) -> DateValue | None:
    return None if text is None else parse_date_value(text)


@st.composite
def small_events(draw: st.DrawFn) -> Agreement | Consultation | Declaration:
    """Events drawn from small pools, so that many of them are reports of one event."""
    parties = [party(code) for code in draw(st.sampled_from((("AZE", "MAR"), ("AZE", "DZA"))))]
    date = _date(draw(st.sampled_from(DATES)))
    sectors = draw(st.frozensets(st.sampled_from(("energy", "defense", "trade")), max_size=2))
    kind = draw(st.sampled_from(("agreement", "consultation", "declaration")))
    if kind == "consultation":
        return Consultation(
            parties=parties,
            date=date,
            sectors=sectors,
            format=draw(st.sampled_from(("meeting", "joint_commission"))),
            round=draw(st.sampled_from((None, 2, 3))),
            place=draw(st.sampled_from((None, "Bakou", "Rabat"))),
        )
    if kind == "declaration":
        return Declaration(
            parties=parties, date=date, sectors=sectors, title=draw(st.sampled_from(TITLES))
        )
    ranks = sorted(
        draw(st.lists(st.sampled_from(Stage), min_size=1, max_size=2)), key=lambda s: s.rank
    )
    dates = sorted(
        (_date(draw(st.sampled_from(DATES))) for _ in ranks),
        key=lambda d: (0, 0, 0) if d is None else d.sort_key,
    )
    stages = [AgreementStage(stage=s, date=d) for s, d in zip(ranks, dates, strict=True)]
    try:
        return Agreement(
            parties=parties,
            date=date,
            sectors=sectors,
            instrument=draw(st.sampled_from(("agreement", "memorandum"))),
            title=draw(st.sampled_from(TITLES)),
            stages=stages,
        )
    except ValueError:
        return Agreement(parties=parties, sectors=sectors, stages=[AgreementStage(stage=ranks[0])])


AZE, MAR = party("AZE"), party("MAR")
TEXT = "Bakou et Rabat ont signé un accord de coopération."


@st.composite
def reports(draw: st.DrawFn) -> list[Reported]:
    """Reports from a few documents, with evidence spans, sometimes of the model's strategies."""
    result = []
    for index in range(draw(st.integers(0, 12))):
        if draw(st.integers(0, 9)) == 0:
            event: Any = draw(ds.events(registered_only=True))
        else:
            event = draw(small_events())
        start = draw(st.integers(0, len(TEXT)))
        event = attrs.evolve(event, evidence=(Span.of(TEXT, start, len(TEXT)),))
        doc = draw(st.sampled_from(("d1", "d2", "d3", f"x{index}")))
        result.append(Reported(event=event, document_id=doc, source_url=f"https://e.org/{doc}"))
    return result


def _scanned(records: list[Reported]) -> tuple[Reported, ...]:
    """The rules of the merge applied by comparing each report with every group."""
    blocks: dict[Any, list[Reported]] = {}
    for record in records:
        for original in record.originals:
            blocks.setdefault(_block(original.event), []).append(original)
    result: list[Reported] = []
    for block in blocks.values():
        groups: list[list[Reported]] = []
        for record in distinct(_canonical(block, _report_order, _full_key)):
            fits = [
                group
                for group in groups
                if all(compatible(record.event, member.event) for member in group)
            ]
            if len(fits) == 1:
                fits[0].append(record)
            else:
                groups.append([record])
        result.extend(group[0] if len(group) == 1 else combine(group) for group in groups)
    return tuple(_canonical(result, _output_order, _full_key))


@st.composite
def many_dates(draw: st.DrawFn) -> list[Reported]:
    """Reports of one block at many kinds of dates: days, months, ranges, no year."""
    result = []
    kind = draw(st.sampled_from(("agreement", "consultation", "declaration")))
    for index in range(draw(st.integers(0, 16))):
        dates = [_date(draw(st.sampled_from(MORE_DATES))) for _ in range(2)]
        if kind == "consultation":
            event: Any = Consultation(
                parties=[AZE, MAR],
                date=dates[0],
                format="meeting",
                round=draw(st.sampled_from((None, 2))),
            )
        elif kind == "declaration":
            event = Declaration(
                parties=[AZE, MAR], date=dates[0], title=draw(st.sampled_from(TITLES))
            )
        else:
            ranks = sorted(
                draw(st.lists(st.sampled_from(Stage), min_size=1, max_size=2)),
                key=lambda s: s.rank,
            )
            try:
                event = Agreement(
                    parties=[AZE, MAR],
                    date=dates[0],
                    title=draw(st.sampled_from(TITLES)),
                    sectors=draw(st.frozensets(st.sampled_from(("energy", "trade")), max_size=1)),
                    stages=[
                        AgreementStage(stage=stage, date=date)
                        for stage, date in zip(ranks, dates, strict=False)
                    ],
                )
            except ValueError:
                event = Agreement(parties=[AZE, MAR], stages=[AgreementStage(stage=ranks[0])])
        result.append(Reported(event=event, document_id=f"d{index % 5}"))
    return result


@settings(max_examples=150, deadline=None)
@given(st.one_of(reports(), many_dates()))
def test_indexed_grouping_equals_comparing_with_every_group(records: list[Reported]) -> None:
    # The merge looks up only the groups a report may join; that must be the
    # result of trying every group.
    assert merged(records) == _scanned(records)


def _repeats(record: Reported, other: Reported) -> bool:
    """The rule of the merge for a report that repeats another (one article read twice)."""
    same = attrs.evolve(record.event, id=None) == attrs.evolve(other.event, id=None)
    where = record.document_id == other.document_id or (
        bool(record.event.evidence) and record.source_url == other.source_url
    )
    return same and where


def _originals(events: EventSet) -> Counter[Reported]:
    return Counter(original for record in events for original in record.originals)


@settings(max_examples=60, deadline=None)
@given(reports())
def test_merge_loses_nothing(records: list[Reported]) -> None:
    merged = merge(records)
    kept = _originals(merged)
    assert set(kept) <= set(records)
    assert all(count == 1 for count in kept.values())  # a repeated report counts once
    for record in records:  # every report is kept, or repeats one that is
        assert any(_repeats(record, original) for original in kept)
    spans = {(r.document_id, s) for r in records for s in r.event.evidence}
    assert {pair for record in merged for pair in record.evidence} == spans
    for record in merged:
        if record.is_merged:
            assert set(record.document_ids) == {r.document_id for r in record.reports}
            for span in record.event.evidence:
                assert any(span in r.event.evidence for r in record.reports)


@settings(max_examples=60, deadline=None)
@given(reports())
def test_merge_is_idempotent(records: list[Reported]) -> None:
    once = merge(records)
    assert once.merge() == once
    assert merge(once) == once


@settings(max_examples=60, deadline=None)
@given(reports(), st.randoms(use_true_random=False))
def test_merge_does_not_depend_on_order(records: list[Reported], random: Any) -> None:
    shuffled = list(records)
    random.shuffle(shuffled)
    assert merge(shuffled) == merge(records)


@settings(max_examples=50, deadline=None)
@given(reports())
def test_merged_records_join_compatible_reports(records: list[Reported]) -> None:
    for record in merge(records):
        kinds = {type(r.event) for r in record.originals}
        assert len(kinds) == 1
        assert len({r.event.party_codes for r in record.originals}) == 1
        event = record.event
        if isinstance(event, Agreement):
            ranks = [item.stage.rank for item in event.stages]
            assert ranks == sorted(ranks)
            if record.is_merged:
                assert all(item.source is not None for item in event.stages)


# -- examples ---------------------------------------------------------------------------


def _agreement(title: str | None, *stages: tuple[str, str | None], **more: Any) -> Agreement:
    return Agreement(
        parties=[AZE, MAR],
        title=title,
        stages=[AgreementStage(stage=s, date=_date(d)) for s, d in stages],
        **more,
    )


def _report(event: Any, doc: str) -> Reported:
    return Reported(event=event, document_id=doc, source_url=f"https://news.example/{doc}")


def test_two_outlets_and_a_later_ratification_make_one_life_cycle() -> None:
    title = "Accord de coopération militaire"
    first = _report(_agreement(title, ("signed", "2024-03-10"), sectors=["defense"]), "outlet-a")
    second = _report(
        _agreement(title.upper(), ("signed", "2024-03"), sectors=["security"]), "outlet-b"
    )
    later = _report(_agreement(title, ("ratified", "2024-12-27")), "outlet-c")
    other = _report(_agreement("Accord culturel", ("signed", "2024-03-10")), "outlet-d")
    merged = merge([later, other, second, first])
    assert len(merged) == 2
    (record,) = [r for r in merged if r.is_merged]
    event = record.event
    assert isinstance(event, Agreement)
    assert [(s.stage.value, str(s.date), s.source) for s in event.stages] == [
        ("signed", "2024-03-10", "outlet-a"),
        ("ratified", "2024-12-27", "outlet-c"),
    ]
    assert event.status is Stage.RATIFIED
    assert event.date == PartialDate.parse("2024-12-27")
    assert event.sectors == {"defense", "security"}
    assert record.document_ids == ("outlet-a", "outlet-b", "outlet-c")
    assert set(record.reports) == {first, second, later}


def test_two_dates_for_one_stage_stay_visible() -> None:
    a = _report(_agreement("Accord sur l'énergie", ("signed", "2024-03-10")), "a")
    b = _report(_agreement("Accord sur l’énergie", ("signed", "2024-03-11")), "b")
    (record,) = merge([a, b])
    event = record.event
    assert isinstance(event, Agreement)
    assert [(str(s.date), s.source) for s in event.stages] == [
        ("2024-03-10", "a"),
        ("2024-03-11", "b"),
    ]


def test_untitled_agreements_need_a_common_stage_and_sector() -> None:
    signed = _report(_agreement(None, ("signed", "2024-03-10"), sectors=["energy"]), "a")
    again = _report(_agreement(None, ("signed", "2024-03-10"), sectors=["energy", "trade"]), "b")
    ratified = _report(_agreement(None, ("ratified", "2024-12-27"), sectors=["energy"]), "c")
    other_sector = _report(_agreement(None, ("signed", "2024-03-10"), sectors=["culture"]), "d")
    merged = merge([signed, again, ratified, other_sector])
    assert sorted(len(r.originals) for r in merged) == [1, 1, 2]


def test_consultation_rounds_and_dates() -> None:
    def talk(round_: int | None, date: str | None, doc: str) -> Reported:
        event = Consultation(
            parties=[party("DZA"), AZE],
            format="political_consultations",
            round=round_,
            date=_date(date),
        )
        return _report(event, doc)

    second = talk(2, "2025-04-21", "a")
    unknown_round = talk(None, "2025-04", "b")
    third = talk(3, "2025-04-21", "c")
    merged = merge([second, unknown_round, third])
    # The report without a round fits both rounds: it is ambiguous and kept apart.
    assert sorted(len(r.originals) for r in merged) == [1, 1, 1]
    merged = merge([second, unknown_round, talk(2, "2025-04-21", "d")])
    assert sorted(len(r.originals) for r in merged) == [3]
    (record,) = merged
    assert record.event.date == PartialDate.parse("2025-04-21")
    assert isinstance(record.event, Consultation)
    assert record.event.round == 2


def test_merge_takes_documents_and_event_sets() -> None:
    text = "Bakou et Rabat ont signé."
    event = Consultation(parties=[AZE, MAR], format="meeting", evidence=[Span.of(text, 0, 5)])
    docs = [
        Document(id=name, text=text, source_url=f"https://example.org/{name}", events=[event])
        for name in ("a", "b")
    ]
    (record,) = merge(docs)
    assert record.document_ids == ("a", "b")
    assert record.evidence == (("a", Span.of(text, 0, 5)), ("b", Span.of(text, 0, 5)))
    assert EventSet.from_documents(docs).merge() == merge(docs)


def test_titles_are_compared_folded() -> None:
    assert normal_title("Accord  d’Énergie.") == normal_title("accord d'énergie")
    assert normal_title(None) is None


# -- one article read twice ---------------------------------------------------------------

MEETING_TEXT = "Le ministre marocain a rencontré son homologue azerbaïdjanais."


def _meeting(doc: str, url: str | None, evidence: bool = True) -> Reported:
    event = Consultation(
        parties=[AZE, MAR],
        format="meeting",
        evidence=(Span.of(MEETING_TEXT, 3, 20),) if evidence else (),
        id=f"id-{doc}",
    )
    return Reported(event=event, document_id=doc, source_url=url)


def test_one_article_read_many_times_is_one_report() -> None:
    # the same undated meeting, the same evidence, the same page collected 100 times
    copies = [_meeting(f"scrape-{i}", "https://example.org/a") for i in range(100)]
    result = merge(copies)
    assert len(result) == 1
    assert not result.records[0].is_merged
    # the same document listed twice, even without evidence to compare
    twice = [_meeting("d1", None, evidence=False), _meeting("d1", None, evidence=False)]
    assert len(merge(twice)) == 1
    assert not merge(twice).records[0].is_merged


def test_distinct_articles_stay_distinct_reports() -> None:
    # the same wording on 100 different pages: 100 reports of one event
    pages = [_meeting(f"d{i}", f"https://example.org/{i}") for i in range(100)]
    result = merge(pages)
    assert len(result) == 1
    assert len(result.records[0].reports) == 100
    # without evidence nothing says the texts are the same: one report per document
    bare = [_meeting(f"d{i}", None, evidence=False) for i in range(100)]
    assert len(merge(bare).records[0].reports) == 100


def test_distinct_keeps_the_first_of_repeated_reports() -> None:
    first, again, other = (
        _meeting("a", "https://example.org/x"),
        _meeting("b", "https://example.org/x"),
        _meeting("c", "https://example.org/y"),
    )
    assert distinct([first, again, other]) == [first, other]
    assert distinct([again, first]) == [again]
