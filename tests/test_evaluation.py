"""Tests of the scorer that compares predicted events with gold annotations."""

from __future__ import annotations

import copy
import itertools
import json
import random
from collections.abc import Mapping, Sequence
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplorel._evaluation import (
    FIELDS,
    EvaluationReport,
    _max_weight_assignment,
    evaluate,
    load_gold,
    load_predictions,
    load_texts,
)

Event = dict[str, Any]
Document = dict[str, Any]


def _event(
    kind: str = "agreement", parties: Sequence[str] = ("FRA", "MAR"), **fields: Any
) -> Event:
    event: Event = {
        "kind": kind,
        "format": "meeting" if kind == "consultation" else None,
        "parties": sorted(parties),
        "date": None,
        "place": None,
        "round": None,
        "sectors": [],
        "heads": [],
        "status": "signed" if kind == "agreement" else None,
        "title": None,
        "background": False,
        "evidence": "les deux pays ont conclu un arrangement",
    }
    event.update(fields)
    return event


def _doc(doc_id: str, events: Sequence[Event], published: str | None = None) -> Document:
    return {"id": doc_id, "published": published, "events": list(events)}


def _corpus(*documents: Document) -> dict[str, Document]:
    return {document["id"]: document for document in documents}


def _score_field(field: str, gold: Any, predicted: Any, kind: str = "agreement") -> float | None:
    gold_doc = _doc("d", [_event(kind, **{field: gold})])
    predicted_doc = _doc("d", [_event(kind, **{field: predicted})])
    report = evaluate(_corpus(gold_doc), _corpus(predicted_doc))
    assert report.matched == 1
    return report.field_accuracy[field].accuracy


GOLD = _corpus(
    _doc(
        "alpha",
        [
            _event(
                date="2024-03-12",
                place="Rabat",
                sectors=["energy", "trade"],
                heads=["Jeanne Dupré", "Karim Benali"],
                evidence="un accord sur l'énergie solaire a été paraphé",
            ),
            _event(
                "consultation",
                format="phone_call",
                date="2024-03-11",
                heads=["Jeanne Dupré"],
                evidence="les ministres se sont parlé au téléphone",
            ),
            _event(
                "declaration",
                parties=["EU"],
                date="XXXX-03",
                evidence="une déclaration commune a été publiée",
                background=True,
            ),
        ],
        published="2024-03-13",
    ),
    _doc(
        "beta",
        [
            _event(
                "consultation",
                parties=["AZE", "GEO"],
                format="joint_commission",
                round=3,
                date="2023-10-02/2023-10-04",
                place="Tbilissi",
                sectors=["transport"],
                evidence="la troisième session de la commission mixte s'est tenue",
            )
        ],
        published=None,
    ),
    _doc("gamma", [], published="2022"),
)


# ---------------------------------------------------------------------------
# Whole runs
# ---------------------------------------------------------------------------


def test_perfect_run_scores_one_everywhere() -> None:
    report = evaluate(GOLD, copy.deepcopy(GOLD))
    assert report.documents == 3
    assert (report.gold_events, report.predicted_events, report.matched) == (4, 4, 4)
    assert report.precision == report.recall == report.f1 == 1.0
    for name in FIELDS:
        score = report.field_accuracy[name]
        assert score.total > 0
        assert score.accuracy == 1.0
    assert report.mean_field_accuracy == 1.0
    assert report.published_accuracy == 1.0
    assert (report.published_correct, report.published_total) == (2, 2)
    assert report.composite == 1.0
    assert report.misses == ()
    assert report.extras == ()
    assert report.field_errors == ()
    for kind in ("agreement", "consultation", "declaration"):
        assert report.per_kind[kind].f1 == 1.0


def test_empty_prediction_gives_zero_recall() -> None:
    report = evaluate(GOLD, {})
    assert report.recall == 0.0
    assert report.precision == 0.0
    assert report.f1 == 0.0
    assert report.composite == 0.0
    assert report.matched == 0
    assert report.missing_documents == 3
    assert len(report.misses) == 4
    assert report.published_accuracy == 0.0
    assert all(score.accuracy is None for score in report.field_accuracy.values())
    assert report.render().splitlines()[-1].startswith("composite")


def test_documents_with_empty_events_predicted() -> None:
    predicted = {doc_id: _doc(doc_id, []) for doc_id in GOLD}
    report = evaluate(GOLD, predicted)
    assert report.recall == 0.0
    assert report.missing_documents == 0
    assert report.predicted_events == 0


def test_empty_gold_against_empty_run_is_perfect() -> None:
    report = evaluate({"d": _doc("d", [])}, {"d": _doc("d", [])})
    assert report.f1 == 1.0
    assert report.composite == 1.0
    assert report.published_accuracy is None


def test_predictions_outside_gold_are_ignored_but_counted() -> None:
    predicted = copy.deepcopy(GOLD)
    predicted["zeta"] = _doc("zeta", [_event()])
    report = evaluate(GOLD, predicted)
    assert report.f1 == 1.0
    assert report.predicted_events == 4
    assert report.unmatched_documents == 1
    assert report.unmatched_ids == ("zeta",)


def test_extra_event_lowers_precision_only() -> None:
    predicted = copy.deepcopy(GOLD)
    predicted["gamma"]["events"].append(_event(parties=["CAN", "FRA"]))
    report = evaluate(GOLD, predicted)
    assert report.recall == 1.0
    assert report.precision == pytest.approx(4 / 5)
    assert [extra.document for extra in report.extras] == ["gamma"]


def test_composite_formula() -> None:
    gold = _corpus(_doc("d", [_event(place="Rabat"), _event(parties=["CAN", "FRA"])]))
    predicted = _corpus(_doc("d", [_event(place="Tunis")]))
    report = evaluate(gold, predicted)
    assert report.f1 == pytest.approx(2 / 3)
    assert report.mean_field_accuracy == pytest.approx(0.5)  # place 0, status 1
    assert report.composite == pytest.approx(2 / 3 * 0.75)


# ---------------------------------------------------------------------------
# Date rule
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ("2025-04-21", "2025-04-21", True),
        ("2025-04-21", "2025-04-22", False),
        ("2025-04-21", "2025-04", False),
        ("2025-05", "2025-05-03", True),
        ("2025-05", "2025-06", False),
        ("2025-05", "2025", False),
        ("2025", "2025-12-31", True),
        ("2025", "2024", False),
        ("XXXX-06-10", "2023-06-10", True),
        ("XXXX-06-10", "XXXX-06-10", True),
        ("XXXX-06-10", "2023-06-11", False),
        ("XXXX-08", "2020-08-15", True),
        ("XXXX-08", "2020-09", False),
        ("2025-06-10", "XXXX-06-10", False),
        ("2025-06", "XXXX-06", False),
        ("2024-07-05/2024-07-06", "2024-07-05/2024-07-06", True),
        ("2024-07-05/2024-07-06", "2024-07-05/2024-07-07", False),
        ("2024-07-05/2024-07-06", "2024-07-05", True),
        ("2024-07-05/2024-07-06", "2024-07-06", False),
        ("2024-07-05/2024-07-06", "2024-07", False),
        ("XXXX-05-20/XXXX-05-23", "2022-05-20", True),
        ("XXXX-05-20/XXXX-05-23", "2022-05-20/2022-05-23", True),
        ("2024-07", "2024-07-05/2024-07-06", True),
        ("2024-07-05", "2024-07-05/2024-07-06", False),
        ("2025-04-21", None, False),
        ("2025-04-21", "hier", False),
        ("2025-04", "2025-13", False),
        ("2025-04-21", 20250421, False),
    ],
)
def test_date_rule(gold: str, predicted: Any, expected: bool) -> None:
    assert _score_field("date", gold, predicted) == (1.0 if expected else 0.0)


def test_null_gold_date_is_not_compared() -> None:
    assert _score_field("date", None, "2025-01-01") is None


def test_malformed_gold_date_is_an_error() -> None:
    gold = _corpus(_doc("d", [_event(date="le 3 mars")]))
    with pytest.raises(ValueError, match="le 3 mars"):
        evaluate(gold, gold)


def test_published_by_the_date_rule() -> None:
    gold = _corpus(_doc("a", [], "2024-03-13"), _doc("b", [], "XXXX-06-01"), _doc("c", []))
    predicted = _corpus(_doc("a", [], "2024-03-13"), _doc("b", [], "2021-06-02"))
    report = evaluate(gold, predicted)
    assert (report.published_correct, report.published_total) == (1, 2)
    assert report.published_accuracy == 0.5


# ---------------------------------------------------------------------------
# Other fields
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ("Bakou", "Bakou", 1.0),
        ("Bakou", "  bakou ", 1.0),
        ("Séoul", "SEOUL", 1.0),
        ("Bakou", "Alger", 0.0),
        ("Bakou", None, 0.0),
    ],
)
def test_place_folding(gold: str, predicted: str | None, expected: float) -> None:
    assert _score_field("place", gold, predicted) == expected


def test_heads_by_family_name() -> None:
    assert _score_field("heads", ["Ilham Aliyev"], ["Aliyev"]) == 1.0
    assert _score_field("heads", ["Élodie Bérénger"], ["E. BERENGER"]) == 1.0
    assert _score_field("heads", ["Ilham Aliyev", "Léa Morel"], ["Morel"]) == pytest.approx(2 / 3)
    assert _score_field("heads", ["Ilham Aliyev"], ["Aliyev", "Morel"]) == pytest.approx(2 / 3)
    assert _score_field("heads", ["Ilham Aliyev"], []) == 0.0
    assert _score_field("heads", [], ["Aliyev"]) is None


def test_sectors_set_f1() -> None:
    assert _score_field("sectors", ["trade", "energy"], ["energy", "trade"]) == 1.0
    assert _score_field("sectors", ["trade", "energy"], ["trade"]) == pytest.approx(2 / 3)
    assert _score_field("sectors", ["trade"], ["health"]) == 0.0
    assert _score_field("sectors", [], ["health"]) is None


def test_scalar_fields_by_equality() -> None:
    assert _score_field("round", 2, 2) == 1.0
    assert _score_field("round", 2, 3) == 0.0
    assert _score_field("round", 1, True) == 0.0
    assert _score_field("status", "signed", "ratified") == 0.0
    assert _score_field("format", "visit", "visit", kind="consultation") == 1.0
    assert _score_field("format", "visit", "meeting", kind="consultation") == 0.0


def test_format_and_status_only_for_their_kind() -> None:
    assert _score_field("status", "signed", None, kind="consultation") is None
    assert _score_field("format", "visit", None, kind="agreement") is None


def test_missing_predicted_keys_count_as_null() -> None:
    gold = _corpus(_doc("d", [_event(date="2024", place="Rabat", heads=["Léa Morel"])]))
    predicted = _corpus(_doc("d", [{"kind": "agreement", "parties": ["MAR", "FRA"]}]))
    report = evaluate(gold, predicted)
    assert report.matched == 1
    assert report.field_accuracy["date"].accuracy == 0.0
    assert report.field_accuracy["heads"].accuracy == 0.0
    assert {error.field for error in report.field_errors} == {"date", "place", "heads", "status"}


# ---------------------------------------------------------------------------
# Pairing
# ---------------------------------------------------------------------------


def test_pairing_prefers_the_better_agreeing_candidate() -> None:
    gold = _corpus(
        _doc("d", [_event(date="2024-01-10", place="Rabat"), _event(date="2024-02-20")])
    )
    predicted = _corpus(
        _doc("d", [_event(date="2024-02-20"), _event(date="2024-01-10", place="Rabat")])
    )
    report = evaluate(gold, predicted)
    assert report.matched == 2
    assert report.field_accuracy["date"].accuracy == 1.0
    assert report.field_accuracy["place"].accuracy == 1.0
    assert report.field_errors == ()


def test_evidence_overlap_breaks_ties() -> None:
    first = "le protocole sur la pêche côtière a été signé"
    second = "la convention fiscale a été ratifiée par le parlement"
    gold = _corpus(
        _doc(
            "d",
            [
                _event(date="2024-01", place="Rabat", evidence=first),
                _event(date="2024-02", place="Dakar", evidence=second),
            ],
        )
    )
    # Either assignment gets one field of two right in each pair; only the
    # evidence tells which predicted event is which.
    predicted = _corpus(
        _doc(
            "d",
            [
                _event(date="2024-02", place="Rabat", evidence=second),
                _event(date="2024-01", place="Dakar", evidence=first),
            ],
        )
    )
    report = evaluate(gold, predicted)
    assert {error.field for error in report.field_errors} == {"place"}
    text = f"Hier, {first}. Par ailleurs, {second}."
    with_text = evaluate(gold, predicted, texts={"d": text})
    assert {error.field for error in with_text.field_errors} == {"place"}
    for event in predicted["d"]["events"]:
        event["evidence"] = first if event["evidence"] == second else second
    assert {error.field for error in evaluate(gold, predicted).field_errors} == {"date"}
    flipped = evaluate(gold, predicted, texts={"d": text})
    assert {error.field for error in flipped.field_errors} == {"date"}


def test_full_ties_do_not_depend_on_event_order() -> None:
    gold_events = [_event(date="2024-01", place="Rabat"), _event(date="2024-02", place="Dakar")]
    predicted_events = [
        _event(date="2024-02", place="Rabat"),
        _event(date="2024-01", place="Dakar"),
    ]
    reports = [
        evaluate(
            _corpus(_doc("d", gold_order)),
            _corpus(_doc("d", predicted_order)),
        )
        for gold_order in (gold_events, gold_events[::-1])
        for predicted_order in (predicted_events, predicted_events[::-1])
    ]
    fields = [{error.field for error in report.field_errors} for report in reports]
    assert len({frozenset(f) for f in fields}) == 1
    assert len({report.field_accuracy["date"].accuracy for report in reports}) == 1


def test_parties_mismatch_prevents_pairing() -> None:
    gold = _corpus(_doc("d", [_event(parties=["AZE", "MAR"])]))
    predicted = _corpus(_doc("d", [_event(parties=["AZE", "FRA"])]))
    report = evaluate(gold, predicted)
    assert report.matched == 0
    assert len(report.misses) == len(report.extras) == 1
    subset = _corpus(_doc("d", [_event(parties=["AZE"])]))
    assert evaluate(gold, subset).matched == 0


def test_parties_order_does_not_matter() -> None:
    gold = _corpus(_doc("d", [_event(parties=["AZE", "MAR"])]))
    predicted = _corpus(_doc("d", [_event(parties=["MAR", "AZE"])]))
    assert evaluate(gold, predicted).matched == 1


def test_kind_mismatch_prevents_pairing() -> None:
    gold = _corpus(_doc("d", [_event("agreement")]))
    predicted = _corpus(_doc("d", [_event("declaration")]))
    report = evaluate(gold, predicted)
    assert report.matched == 0
    assert report.per_kind["agreement"].recall == 0.0
    assert report.per_kind["declaration"].precision == 0.0


def test_one_to_one() -> None:
    gold = _corpus(_doc("d", [_event()]))
    predicted = _corpus(_doc("d", [_event(), _event()]))
    report = evaluate(gold, predicted)
    assert report.matched == 1
    assert report.precision == 0.5
    assert len(report.extras) == 1


def test_bad_event_structure_is_an_error() -> None:
    gold = _corpus(_doc("d", [_event()]))
    with pytest.raises(ValueError, match="parties"):
        evaluate(gold, {"d": {"id": "d", "events": [{"kind": "agreement"}]}})


# ---------------------------------------------------------------------------
# Loading and rendering
# ---------------------------------------------------------------------------


def test_load_gold_and_texts(tmp_path: Path) -> None:
    for doc_id, document in GOLD.items():
        (tmp_path / f"{doc_id}.json").write_text(json.dumps(document), encoding="utf-8")
    (tmp_path / "alpha.txt").write_text("Un texte.", encoding="utf-8")
    assert load_gold(tmp_path) == GOLD
    assert load_texts(tmp_path) == {"alpha": "Un texte."}


def test_load_gold_names_the_bad_file(tmp_path: Path) -> None:
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match=r"broken\.json"):
        load_gold(tmp_path)


def test_load_gold_checks_the_id(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text(json.dumps(_doc("two", [])), encoding="utf-8")
    with pytest.raises(ValueError, match=r"one\.json"):
        load_gold(tmp_path)


def test_load_predictions(tmp_path: Path) -> None:
    path = tmp_path / "run.jsonl"
    lines = [json.dumps(document) for document in GOLD.values()]
    path.write_text("\n".join([lines[0], "", "   ", *lines[1:]]) + "\n", encoding="utf-8")
    assert load_predictions(path) == GOLD


def test_load_predictions_keeps_line_separators_inside_strings(tmp_path: Path) -> None:
    document = _doc("a", [_event(evidence="un accord\u2028signé à Rabat")])
    path = tmp_path / "run.jsonl"
    path.write_text(json.dumps(document, ensure_ascii=False) + "\r\n", encoding="utf-8")
    assert load_predictions(path) == {"a": document}


def test_load_predictions_names_the_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "run.jsonl"
    path.write_text(json.dumps(_doc("a", [])) + "\n\n{oops\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"run\.jsonl:3"):
        load_predictions(path)
    path.write_text(json.dumps({"events": []}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r":1\b.*'id'"):
        load_predictions(path)
    path.write_text(json.dumps(_doc("a", [])) + "\n" + json.dumps(_doc("a", [])), encoding="utf-8")
    with pytest.raises(ValueError, match=r":2\b.*twice"):
        load_predictions(path)


def test_load_predictions_refuses_a_lone_surrogate_as_every_reader_does(tmp_path: Path) -> None:
    path = tmp_path / "run.jsonl"
    good = json.dumps(_doc("a", [_event(evidence="un accord signé à Lima")]))
    path.write_text(good + "\n" + good.replace('"a"', '"b"').replace("Lima", "Lima\\udc00"))
    with pytest.raises(ValueError, match=r"run\.jsonl:2: .*lone surrogate"):
        load_predictions(path)


def test_render_puts_the_headline_last() -> None:
    predicted = copy.deepcopy(GOLD)
    predicted["alpha"]["events"][0]["date"] = "2024-03-14"
    del predicted["beta"]
    report = evaluate(GOLD, predicted)
    text = report.render(verbose=True)
    lines = text.splitlines()
    assert lines[-1].startswith("composite")
    assert lines[-1].endswith(f"{report.composite:.3f}")
    tail = "\n".join(lines[-12:])
    for label in ("F1", "date", "mean field accuracy", "published accuracy"):
        assert label in tail
    assert text.index("MISS") < text.index("\ndocuments ")
    assert text.index("FIELD") < text.index("precision")
    assert "2024-03-14" in text
    assert "MISS" not in report.render()


# ---------------------------------------------------------------------------
# Assignment
# ---------------------------------------------------------------------------

_weights = st.integers(min_value=1, max_value=4).flatmap(
    lambda rows: st.integers(min_value=1, max_value=4).flatmap(
        lambda columns: st.lists(
            st.lists(
                st.tuples(
                    st.fractions(min_value=0, max_value=3, max_denominator=3),
                    st.fractions(min_value=0, max_value=1, max_denominator=4),
                ),
                min_size=columns,
                max_size=columns,
            ),
            min_size=rows,
            max_size=rows,
        )
    )
)


@given(_weights)
def test_assignment_is_optimal(weights: list[list[tuple[Fraction, Fraction]]]) -> None:
    rows, columns = len(weights), len(weights[0])
    result = _max_weight_assignment(weights)
    assert len(result) == min(rows, columns)
    assert len({r for r, _ in result}) == len({c for _, c in result}) == len(result)

    def total(pairs: Sequence[tuple[int, int]]) -> tuple[Fraction, Fraction]:
        first = sum((weights[r][c][0] for r, c in pairs), Fraction(0))
        second = sum((weights[r][c][1] for r, c in pairs), Fraction(0))
        return (first, second)

    if rows <= columns:
        candidates = [
            list(zip(range(rows), perm, strict=True))
            for perm in itertools.permutations(range(columns), rows)
        ]
    else:
        candidates = [
            list(zip(perm, range(columns), strict=True))
            for perm in itertools.permutations(range(rows), columns)
        ]
    assert total(result) == max(total(candidate) for candidate in candidates)


# ---------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------

_single_dates = st.builds(
    lambda year, month, day: (
        year
        + ("" if month is None else f"-{month:02d}")
        + ("" if month is None or day is None else f"-{day:02d}")
    ),
    st.sampled_from(["2024", "2025", "XXXX"]),
    st.none() | st.integers(min_value=1, max_value=3),
    st.none() | st.integers(min_value=1, max_value=3),
)
_dates = st.none() | _single_dates | st.builds("{}/{}".format, _single_dates, _single_dates)
_words = ["accord", "visite", "ministre", "signé", "Rabat", "énergie", "commission", "pêche"]


@st.composite
def _events(draw: st.DrawFn) -> Event:
    kind = draw(st.sampled_from(["agreement", "consultation", "declaration"]))
    parties = draw(st.sets(st.sampled_from(["AZE", "FRA", "MAR"]), min_size=1, max_size=2))
    return _event(
        kind,
        sorted(parties),
        format=draw(st.sampled_from(["meeting", "visit"])) if kind == "consultation" else None,
        status=draw(st.sampled_from(["signed", "approved"])) if kind == "agreement" else None,
        date=draw(_dates),
        place=draw(st.sampled_from([None, "Rabat", "Bakou", "Bâle"])),
        round=draw(st.sampled_from([None, 1, 2])),
        sectors=sorted(draw(st.sets(st.sampled_from(["trade", "energy", "health"])))),
        heads=draw(st.lists(st.sampled_from(["Léa Morel", "Karim Benali", "Morel"]), max_size=2)),
        evidence=" ".join(draw(st.lists(st.sampled_from(_words), min_size=1, max_size=4))),
    )


_documents = st.dictionaries(
    st.sampled_from(["d1", "d2", "d3"]),
    st.tuples(st.lists(_events(), max_size=4), st.none() | _single_dates),
    max_size=3,
).map(
    lambda raw: {
        doc_id: _doc(doc_id, events, published) for doc_id, (events, published) in raw.items()
    }
)


def _headline(report: EvaluationReport) -> tuple[Any, ...]:
    return (
        report.gold_events,
        report.predicted_events,
        report.matched,
        report.precision,
        report.recall,
        report.f1,
        tuple((name, s.total, s.score) for name, s in report.field_accuracy.items()),
        report.mean_field_accuracy,
        report.published_accuracy,
        report.composite,
        sorted(
            (e.document, e.field, repr(e.gold), repr(e.predicted)) for e in report.field_errors
        ),
    )


@given(_documents, _documents)
def test_scores_stay_in_unit_interval(
    gold: Mapping[str, Document], predicted: Mapping[str, Document]
) -> None:
    report = evaluate(gold, predicted)
    values = [
        report.precision,
        report.recall,
        report.f1,
        report.mean_field_accuracy,
        report.composite,
    ]
    values.extend(s.accuracy for s in report.field_accuracy.values() if s.accuracy is not None)
    if report.published_accuracy is not None:
        values.append(report.published_accuracy)
    assert all(0.0 <= value <= 1.0 for value in values)
    assert report.matched <= min(report.gold_events, report.predicted_events)
    assert len(report.misses) == report.gold_events - report.matched
    assert len(report.extras) == report.predicted_events - report.matched


@given(_documents)
def test_gold_against_itself_is_perfect(gold: Mapping[str, Document]) -> None:
    report = evaluate(gold, copy.deepcopy(gold))
    assert report.f1 == 1.0
    assert all(s.accuracy in (None, 1.0) for s in report.field_accuracy.values())
    assert report.mean_field_accuracy == 1.0
    assert report.published_accuracy in (None, 1.0)
    assert report.composite == 1.0


@given(_documents, _documents, st.randoms(use_true_random=False))
def test_independent_of_event_order(
    gold: Mapping[str, Document], predicted: Mapping[str, Document], rng: random.Random
) -> None:
    expected = _headline(evaluate(gold, predicted))
    shuffled_gold = copy.deepcopy(dict(gold))
    shuffled_predicted = copy.deepcopy(dict(predicted))
    for corpus in (shuffled_gold, shuffled_predicted):
        for document in corpus.values():
            rng.shuffle(document["events"])
    assert _headline(evaluate(shuffled_gold, shuffled_predicted)) == expected
