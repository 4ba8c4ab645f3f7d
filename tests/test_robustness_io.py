"""Robustness of reading JSON and JSON Lines written elsewhere, and of the model's validators.

Every bad record gives one :class:`~diplorel.errors.SerialisationError` that
names the line, the path to the field and what was expected; the lenient
mode skips and counts. Nothing but a ``SerialisationError`` escapes a
loader, whatever the input.
"""

from __future__ import annotations

import copy
import io
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplorel._evaluation import load_predictions, load_texts
from diplorel._registry import party
from diplorel.errors import InvalidValueError, SerialisationError
from diplorel.io import (
    document_from_record,
    event_from_corpus_form,
    iter_jsonl,
    load_jsonl,
    loads,
    structure,
)
from diplorel.model import (
    Agreement,
    AgreementStage,
    Consultation,
    DateSpan,
    Document,
    Event,
    PartialDate,
    Person,
    Span,
)

NASTY = Path(__file__).resolve().parent / "nasty"
SRC = Path(__file__).resolve().parents[1] / "src"

GOOD: dict[str, Any] = {
    "id": "d1",
    "published": "2025-04-22",
    "source_url": None,
    "text": "Le Maroc et le Sénégal",
    "events": [
        {
            "kind": "agreement",
            "parties": ["MAR", "SEN"],
            "date": "2025-04-21",
            "place": None,
            "sectors": ["energy"],
            "persons": [{"name": "Nasser Bourita", "role": None, "party": "MAR"}],
            "evidence": [{"start": 3, "end": 8, "text": "Maroc"}],
            "background": False,
            "instrument": "agreement",
            "title": None,
            "stages": [{"stage": "signed", "date": "2025-04-21"}],
            "quantity": None,
        }
    ],
}


def _set(record: dict[str, Any], path: str, value: object) -> dict[str, Any]:
    """A copy of ``record`` with the value at ``path`` (``events.0.date``) replaced or deleted."""
    changed = copy.deepcopy(record)
    target: Any = changed
    keys = path.split(".")
    for key in keys[:-1]:
        target = target[int(key)] if isinstance(target, list) else target[key]
    last: Any = int(keys[-1]) if isinstance(target, list) else keys[-1]
    if value is DELETE:
        del target[last]
    else:
        target[last] = value
    return changed


DELETE = object()


def test_the_good_record_loads() -> None:
    doc = loads(json.dumps(GOOD), Document)
    assert doc.events[0].party_codes == ("MAR", "SEN")


# -- one error per bad record, naming the field ----------------------------------------------

BAD_FIELDS = [
    # path, bad value, where, words of the reason
    ("id", 17, "id", "expected a string, found the number 17"),
    ("id", None, "id", "expected a string, found null"),
    ("id", ["d1"], "id", "expected a string, found a list of 1 item"),
    ("id", DELETE, "id", "expected this required key, found it missing"),
    ("text", DELETE, "text", "expected this required key, found it missing"),
    ("lang", "fr", "lang", "found the unknown key 'lang'"),
    ("published", 2025, "published", "found the number 2025"),
    ("published", "2025-13", "published", "month must be an int from 1 to 12"),
    ("published", "2025-04-31", "published", "day 31 is not a day of 2025-04 (at most 30)"),
    ("published", "2025-02-29", "published", "day 29 is not a day of 2025-02 (at most 28)"),
    ("published", "22/04/2025", "published", "expected a date such as 2025"),
    ("events", {"0": {}}, "events", "expected a list, found an object"),
    ("events.0", "agreement", "events[0]", "expected an event object, found the string"),
    ("events.0.kind", "treaty", "events[0].kind", "expected one of 'agreement'"),
    ("events.0.kind", 1, "events[0].kind", "found the number 1"),
    ("events.0.kind", DELETE, "events[0].kind", "expected the event tag"),
    ("events.0.parties", [], "events[0].parties", "parties must hold at least one party"),
    ("events.0.parties", ["ZZZ"], "events[0].parties[0]", "the unknown code 'ZZZ'"),
    ("events.0.parties", [7], "events[0].parties[0]", "found the number 7"),
    ("events.0.parties", "MAR", "events[0].parties", "expected a list, found the string"),
    ("events.0.sectors", ["énergie"], "events[0].sectors[0]", "found the string 'énergie'"),
    ("events.0.instrument", "accord", "events[0].instrument", "expected one of 'agreement'"),
    ("events.0.date", "2025-04-31", "events[0].date", "day 31 is not a day of 2025-04"),
    ("events.0.date", "2025-00", "events[0].date", "month must be an int from 1 to 12"),
    ("events.0.date", "2024-07-06/2024-07-05", "events[0].date", "before start"),
    ("events.0.quantity", "3", "events[0].quantity", "expected an integer, found the string '3'"),
    ("events.0.quantity", 2.0, "events[0].quantity", "expected an integer, found the number 2.0"),
    ("events.0.quantity", True, "events[0].quantity", "found the boolean true"),
    (
        "events.0.quantity",
        1,
        "events[0].quantity",
        "quantity must be None or an int of at least 2",
    ),
    ("events.0.background", "no", "events[0].background", "expected true or false"),
    ("events.0.place", 75, "events[0].place", "expected a string, found the number 75"),
    ("events.0.evidence.0.start", "3", "events[0].evidence[0].start", "expected an integer"),
    ("events.0.evidence.0.text", "Marox", "events[0].evidence", "does not slice the document"),
    ("events.0.persons.0.name", 5, "events[0].persons[0].name", "expected a string"),
    ("events.0.persons.0.party", "XX", "events[0].persons[0].party", "the unknown code 'XX'"),
    ("events.0.persons.0.age", 50, "events[0].persons[0].age", "found the unknown key 'age'"),
    ("events.0.stages", [], "events[0].stages", "stages must hold at least one stage"),
    ("events.0.stages.0.stage", "inked", "events[0].stages[0].stage", "expected one of"),
    (
        "events.0.stages",
        [{"stage": "signed", "date": "2025-04-21"}, {"stage": "ratified", "date": "2024-12-01"}],
        "events[0].stages",
        "ratified dated 2024-12-01 is before signed dated 2025-04-21",
    ),
    (
        "events.0.stages",
        [{"stage": "ratified"}, {"stage": "signed"}],
        "events[0].stages",
        "stages must be in life-cycle order",
    ),
    ("events.0.persons", [[[[[{"x": [[[]]]}]]]]], "events[0].persons[0]", "expected an object"),
]


@pytest.mark.parametrize(("path", "value", "where", "words"), BAD_FIELDS)
def test_a_bad_field_is_named(path: str, value: object, where: str, words: str) -> None:
    text = json.dumps(_set(GOOD, path, value), ensure_ascii=False)
    with pytest.raises(SerialisationError) as caught:
        loads(text, Document)
    assert caught.value.where == where
    assert words in caught.value.reason
    # and in JSON Lines, the line comes first
    with pytest.raises(SerialisationError) as in_lines:
        load_jsonl(io.StringIO(json.dumps(GOOD) + "\n\n" + text + "\n"), Document)
    assert in_lines.value.where == f"line 3: {where}"
    assert str(in_lines.value).startswith(f"line 3: {where}: ")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "invalid JSON (Expecting value at column 1)"),
        ("{", "invalid JSON"),
        ('{"id": "d1",}', "invalid JSON"),
        ("{'id': 'd1'}", "Expecting property name enclosed in double quotes"),
        ('{"id": NaN}', "NaN is not a JSON number"),
        ('{"id": Infinity}', "Infinity is not a JSON number"),
        ('{"id": "a", "id": "b"}', "duplicate key 'id'"),
        ("[" * 100_000, "nested too deeply"),
        ('{"a":' * 50_000 + "1" + "}" * 50_000, "nested too deeply"),
        ("1" * 5000, "invalid JSON"),  # more digits than int() takes
        ('"\\ud800"', "found a lone surrogate"),
        ('"\\ud83d\\ude00"', "expected an object (Document), found the string"),
        ("null", "expected an object (Document), found null"),
        ("\ufeff" + json.dumps(GOOD)[:-1], "invalid JSON"),
    ],
)
def test_malformed_json_is_one_error(text: str, words: str) -> None:
    with pytest.raises(SerialisationError, match=re.escape(words)):
        loads(text, Document)


def test_a_byte_order_mark_before_json_text_is_ignored() -> None:
    assert loads("\ufeff" + json.dumps(GOOD), Document).id == "d1"
    assert loads(b"\xef\xbb\xbf" + json.dumps(GOOD).encode(), Document).id == "d1"


def test_many_problems_make_one_short_error() -> None:
    record = _set(GOOD, "events", [{"kind": "agreement", "parties": [1]}] * 10_000)
    with pytest.raises(SerialisationError) as caught:
        loads(json.dumps(record), Document)
    assert caught.value.where == "events[0].parties[0]"
    assert "(and 9999 more problems: " in caught.value.reason
    assert len(str(caught.value)) < 1000


def test_huge_but_valid_values_load() -> None:
    text = "Le Maroc " + "et le Sénégal " * 300_000
    record = _set(GOOD, "text", text)
    assert len(loads(json.dumps(record), Document).text) == len(text)


# -- JSON Lines from elsewhere -----------------------------------------------------------------


def test_nasty_jsonl_strict_stops_at_the_first_bad_line() -> None:
    with pytest.raises(SerialisationError) as caught:
        load_jsonl(NASTY / "records_mixed.jsonl", Document)
    assert caught.value.where == "line 3"


def test_nasty_jsonl_lenient_skips_and_counts() -> None:
    reader = iter_jsonl(NASTY / "records_mixed.jsonl", Document, lenient=True)
    assert [doc.id for doc in reader] == ["d1", "d3"]
    assert reader.skipped == 16 == len(reader.errors)
    lines = [int(str(error).split(":")[0].removeprefix("line ")) for error in reader.errors]
    assert lines == list(range(3, 19))
    reasons = "\n".join(str(error) for error in reader.errors)
    for words in [
        "line 5: id: expected a string, found the number 17",
        "line 6: events[0].kind: expected one of",
        "line 7: events[0].sectors[0]:",
        "line 8: events[0].date:",
        "line 9: published:",
        "line 10: events[0].parties: parties must hold at least one party",
        "line 12: text: expected this required key, found it missing",
        "line 13: lang: expected only the keys",
        "line 14: events[0].stages: stages: ratified dated 2024-01-01 is before signed",
        "line 16: expected a JSON value, found one nested too deeply",
    ]:
        assert words in reasons


def test_jsonl_lines_in_other_encodings_are_errors_of_their_line(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    good = json.dumps(GOOD, ensure_ascii=False).encode()
    path.write_bytes(
        b"\xef\xbb\xbf" + good + b"\r\n" + good.replace("é".encode(), b"\xe9") + b"\n\x00\n"
    )
    reader = iter_jsonl(path, Document, lenient=True)
    assert len(list(reader)) == 1
    assert [str(error) for error in reader.errors] == [
        "line 2: expected UTF-8 text, found the byte 0xe9 at byte "
        f"{good.index('é'.encode()) + 1} of the line",
        "line 3: expected a JSON value, found invalid JSON (Expecting value at column 1)",
    ]


@given(
    st.lists(
        st.one_of(
            st.text(max_size=30),
            st.binary(max_size=30),
            st.just(json.dumps(GOOD)),
            st.sampled_from([json.dumps(_set(GOOD, *bad[:2])) for bad in BAD_FIELDS]),
        ),
        max_size=8,
    )
)
def test_lenient_mode_accounts_for_every_line(lines: list[str | bytes]) -> None:
    split = [piece for line in lines for piece in _physical_lines(line)]
    reader = iter_jsonl(split, Document, lenient=True)
    loaded = list(reader)
    blank = sum(1 for piece in split if not _decoded(piece).strip())
    assert len(loaded) + reader.skipped + blank == len(split)
    assert all(str(error).startswith("line ") for error in reader.errors)


def _decoded(piece: str | bytes) -> str:
    if isinstance(piece, str):
        return piece
    try:
        return piece.decode("utf-8")
    except UnicodeDecodeError:
        return "not blank"


def _physical_lines(line: str | bytes) -> list[str | bytes]:
    if isinstance(line, bytes):
        return list(line.split(b"\n"))
    return list(line.split("\n"))


# -- any JSON value: a value or a SerialisationError -------------------------------------------

json_values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(2**70), 2**70),
        st.floats(allow_nan=False),
        st.text(max_size=12),
        st.sampled_from(
            ["agreement", "consultation", "MAR", "2025-04-31", "2025-13", "signed", "energy"]
        ),
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(
            st.one_of(st.sampled_from([*GOOD, *GOOD["events"][0]]), st.text(max_size=5)),
            inner,
            max_size=6,
        ),
    ),
    max_leaves=25,
)


def _loads_or_names_a_place(load: Callable[[], object]) -> None:
    """``load()`` gives a value or a SerialisationError with a place and a reason."""
    error: SerialisationError | None = None
    try:
        load()
    except SerialisationError as exc:
        error = exc
    assert error is None or (error.where and error.reason)


TYPES: list[object] = [
    Document,
    Event,
    Agreement,
    Consultation,
    AgreementStage,
    Person,
    Span,
    PartialDate,
    DateSpan,
    tuple[Document, ...],
]


@given(json_values, st.sampled_from(TYPES))
def test_any_json_value_loads_or_raises_a_serialisation_error(
    value: object, type_: object
) -> None:
    for load in (lambda: structure(value, type_), lambda: loads(json.dumps(value), type_)):
        _loads_or_names_a_place(load)


@given(json_values)
def test_any_corpus_record_loads_or_raises_a_serialisation_error(value: object) -> None:
    for load in (
        lambda: document_from_record(value, text="Le Maroc et le Sénégal"),  # type: ignore[arg-type]
        lambda: event_from_corpus_form(value, text="Maroc"),  # type: ignore[arg-type]
    ):
        _loads_or_names_a_place(load)


@given(st.sampled_from(BAD_FIELDS), json_values)
def test_any_junk_in_any_field_loads_or_names_a_field(bad: tuple[Any, ...], junk: object) -> None:
    _loads_or_names_a_place(lambda: loads(json.dumps(_set(GOOD, bad[0], junk)), Document))


# -- model validators -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("build", "words"),
    [
        (lambda: PartialDate(year=2025, month=4, day=31), "day 31 is not a day of 2025-04"),
        (lambda: PartialDate(month=2, day=30), "day 30 is not a day of XXXX-02"),
        (lambda: PartialDate(year=2025, month=2, day=29), "day 29 is not a day of 2025-02"),
        (lambda: PartialDate(year=2025, month=13), "month must be an int from 1 to 12"),
        (lambda: PartialDate(year=2025, month=0), "month must be an int from 1 to 12"),
        (lambda: PartialDate(year=0), "year must be an int from 1 to 9999"),
        (lambda: PartialDate(year=2025, month=5, day=0), "day must be an int from 1 to 31"),
        (lambda: PartialDate(year=2025, day=3), "day 3 given without a month"),
        (lambda: PartialDate(year=True), "year must be an int"),
        (
            lambda: DateSpan(start=PartialDate(year=2025), end=PartialDate(year=2024)),
            "end 2024 is before start 2025",
        ),
        (lambda: Consultation(parties=[], format="visit"), "parties must hold at least one party"),
        (
            lambda: Agreement(
                parties=[party("MAR")],
                stages=[
                    AgreementStage(stage="signed", date=PartialDate.parse("2025-03-01")),
                    AgreementStage(stage="ratified", date=PartialDate.parse("2025-01-10")),
                ],
            ),
            "stages: ratified dated 2025-01-10 is before signed dated 2025-03-01",
        ),
        (lambda: Agreement(parties=[party("MAR")]), "stages must hold at least one stage"),
        (lambda: Consultation(parties=[party("MAR")], format="chat"), "format must be one of"),
        (lambda: Consultation(parties=[party("MAR")], format="visit", round=0), "round must be"),
        (lambda: Span(start=3, end=1, text=""), "end 1 is before start 3"),
        (lambda: Span(start=0, end=2, text="abc"), "has 3 characters"),
        (
            lambda: Document(
                id="d",
                text="abc",
                events=[
                    Consultation(
                        parties=[party("MAR")],
                        format="visit",
                        evidence=[Span(start=0, end=3, text="xyz")],
                    )
                ],
            ),
            "events[0].evidence Span(0, 3, 'xyz') does not slice the document text",
        ),
        (lambda: Document(id=" ", text=""), "id must be a non-empty string"),
    ],
)
def test_validators_reject_impossible_values_naming_the_field(build: Any, words: str) -> None:
    with pytest.raises(InvalidValueError, match=re.escape(words)):
        build()


def test_corpus_records_reject_impossible_values_naming_the_key() -> None:
    cases = [
        (
            {"kind": "agreement", "parties": ["MAR"], "status": "signed", "date": "2025-04-31"},
            "date",
        ),
        ({"kind": "consultation", "parties": [], "format": "visit"}, "parties"),
        ({"kind": "consultation", "parties": ["MAR"], "format": "visit", "round": "2"}, "round"),
        ({"kind": "consultation", "parties": ["MAR"], "format": "chat"}, "format"),
        ({"kind": "declaration", "parties": ["MAR"], "format": "visit"}, "format"),
        ({"parties": ["MAR"]}, "kind"),
    ]
    for record, key in cases:
        with pytest.raises(SerialisationError) as caught:
            document_from_record({"id": "d", "events": [record]})
        assert caught.value.where == f"events[0].{key}", record
    with pytest.raises(SerialisationError) as caught:
        event_from_corpus_form(
            {
                "kind": "agreement",
                "parties": ["MAR"],
                "stages": [
                    {"stage": "signed", "date": "2025-03-01"},
                    {"stage": "ratified", "date": "2025-01-01"},
                ],
            }
        )
    assert "ratified dated 2025-01-01 is before signed dated 2025-03-01" in str(caught.value)


# -- nothing evaluates or unpickles input ---------------------------------------------------

_DANGEROUS = re.compile(
    r"\b(?:pickle|cPickle|marshal|shelve|dill|jsonpickle|yaml\.load|yaml\.unsafe_load"
    r"|literal_eval|eval|exec|__import__|importlib\.import_module)\b\s*[.(]"
    r"|(?<![.\w])compile\s*\(|\bFunctionType\s*\("
)
_GENERATES_CODE: dict[str, str] = {
    "_fastread.py": (
        "compiles readers generated from the model's own field names and key literals "
        "(as attrs and cattrs do); no input text ever reaches the generated source"
    ),
}
"""Modules allowed to compile code, and why: none may compile anything built from input."""


def test_no_code_path_evaluates_or_unpickles_input() -> None:
    found = [
        f"{path.relative_to(SRC)}:{number}: {line.strip()}"
        for path in sorted(SRC.rglob("*.py"))
        if path.name not in _GENERATES_CODE
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if _DANGEROUS.search(line)
    ]
    assert found == []


def test_the_code_generator_compiles_only_the_models_names() -> None:
    source = (SRC / "diplorel" / "_fastread.py").read_text(encoding="utf-8")
    assert len(re.findall(r"(?<![.\w])(?<!def )compile\s*\(", source)) == 1
    assert "eval(" not in source
    assert "exec(" not in source


# -- the evaluation loaders (diplorel evaluate) --------------------------------------------


def test_evaluation_predictions_nested_too_deeply(tmp_path: Path) -> None:
    path = tmp_path / "pred.jsonl"
    path.write_text("[" * 100_000 + "\n", encoding="utf-8")
    with pytest.raises(SerialisationError):
        load_predictions(path)


def test_evaluation_texts_in_windows_1252(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("Le café".encode("cp1252"))
    assert load_texts(tmp_path) == {"a": "Le café"}
