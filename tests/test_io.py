"""Tests of diplorel.io: the converter, JSON, JSON Lines and the corpus form."""

from __future__ import annotations

import io
import json
import pathlib
from typing import Any

import cattrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplorel import strategies as ds
from diplorel._registry import party
from diplorel.errors import SerialisationError
from diplorel.io import (
    CORPUS_KEYS,
    RICH_KEYS,
    JsonlReader,
    document_from_record,
    document_record,
    dump_jsonl,
    dumps,
    event_from_corpus_form,
    iter_jsonl,
    load_jsonl,
    loads,
    make_converter,
    structure,
    to_corpus_form,
    unstructure,
)
from diplorel.model import (
    Agreement,
    AgreementStage,
    Consultation,
    DateSpan,
    DateValue,
    Declaration,
    Document,
    Event,
    PartialDate,
    Party,
    PartyKind,
    Person,
    Sector,
    Span,
    Stage,
)

SEEDS = pathlib.Path(__file__).resolve().parent.parent / "seeds"
AZE, MAR = party("AZE"), party("MAR")
TEXT = "Bakou et Rabat ont signé un accord de coopération logistique le 21 avril 2025."


def sample_agreement() -> Agreement:
    aliyev = Person(name="Ilham Aliyev", role="président", party=AZE)
    return Agreement(
        parties=[MAR, AZE],
        date=PartialDate.parse("2025-04-21"),
        place="Bakou",
        sectors=["transport", "logistics"],
        persons=[aliyev],
        evidence=[Span.of(TEXT, 15, 24)],
        instrument="agreement",
        title="Accord de coopération logistique",
        stages=[
            AgreementStage(stage="signed", date=PartialDate.parse("2025-04-21")),
            AgreementStage(
                stage="approved",
                date=DateSpan.parse("2025-05/2025-06"),
                actor=aliyev,
            ),
        ],
    )


def sample_consultation(**changes: Any) -> dict[str, Any]:
    record: dict[str, Any] = {"kind": "consultation", "parties": ["AZE"], "format": "visit"}
    return record | changes


def error_of(text: str, type_: object) -> SerialisationError:
    with pytest.raises(SerialisationError) as info:
        loads(text, type_)
    return info.value


# -- the JSON shape ------------------------------------------------------------------------


def test_json_shape_of_an_agreement() -> None:
    data = unstructure(sample_agreement())
    assert list(data) == [
        "kind",
        "parties",
        "date",
        "place",
        "sectors",
        "persons",
        "evidence",
        "background",
        "instrument",
        "title",
        "stages",
        "quantity",
    ]
    assert data["kind"] == "agreement"
    assert data["parties"] == ["AZE", "MAR"]
    assert data["date"] == "2025-04-21"
    assert data["sectors"] == ["logistics", "transport"]
    assert data["persons"] == [{"name": "Ilham Aliyev", "role": "président", "party": "AZE"}]
    assert data["evidence"] == [{"start": 15, "end": 24, "text": "ont signé"}]
    assert data["stages"][1] == {
        "stage": "approved",
        "date": "2025-05/2025-06",
        "actor": {"name": "Ilham Aliyev", "role": "président", "party": "AZE"},
        "evidence": None,
        "source": None,
    }
    assert json.loads(dumps(sample_agreement())) == data


def test_json_shape_of_a_document() -> None:
    doc = Document(id="d1", text=TEXT, published=PartialDate(year=2025), events=[])
    assert dumps(doc) == (
        '{"id": "d1", "published": "2025", "source_url": null, '
        f'"text": {json.dumps(TEXT, ensure_ascii=False)}, "events": []}}'
    )


def test_unregistered_or_altered_parties_are_objects() -> None:
    custom = Party(code="XYZ1", name="Groupe X", kind=PartyKind.ORGANISATION, acronym="GX")
    renamed = Party(code="AZE", name="Azerbaijan", kind=PartyKind.STATE, alpha2="AZ")
    assert unstructure(AZE) == "AZE"
    assert unstructure(custom) == {
        "code": "XYZ1",
        "name": "Groupe X",
        "kind": "organisation",
        "alpha2": None,
        "acronym": "GX",
    }
    assert unstructure(renamed)["name"] == "Azerbaijan"
    back = loads(dumps(renamed), Party)
    assert (back.code, back.name, back.kind, back.alpha2) == ("AZE", "Azerbaijan", "state", "AZ")
    assert loads('"AZE"', Party) is AZE


def test_dates_are_edtf_strings() -> None:
    assert dumps(PartialDate(month=6, day=10)) == '"XXXX-06-10"'
    assert loads('"2024-07-05/2024-07-06"', DateSpan) == DateSpan.parse("2024-07-05/2024-07-06")
    value: DateValue = loads('"2025-05"', DateValue)
    assert value == PartialDate(year=2025, month=5)


def test_enums_and_sector_sets() -> None:
    assert dumps(Stage.IN_FORCE) == '"in_force"'
    assert loads('["trade", "energy", "trade"]', frozenset[Sector]) == {
        Sector.TRADE,
        Sector.ENERGY,
    }
    assert unstructure(frozenset({Sector.TRADE, Sector.DEFENSE})) == ["defense", "trade"]


def test_events_are_structured_by_their_kind_tag() -> None:
    event: Event = loads(dumps(sample_agreement()), Event)
    assert isinstance(event, Agreement)
    assert loads(json.dumps(sample_consultation()), Event) == Consultation(
        parties=[AZE], format="visit"
    )
    assert loads('{"kind": "declaration", "parties": ["MAR"]}', Event) == Declaration(
        parties=[MAR]
    )
    # The tag may be left out when the class is given.
    assert loads('{"parties": ["AZE"], "format": "meeting"}', Consultation).format == "meeting"


def test_make_converter_builds_independent_converters() -> None:
    first, second = make_converter(), make_converter()
    assert first is not second
    assert isinstance(first, cattrs.Converter)
    first.register_unstructure_hook(PartialDate, lambda _: "changed")
    assert first.unstructure(PartialDate(year=2025)) == "changed"
    assert second.unstructure(PartialDate(year=2025)) == "2025"
    assert dumps(PartialDate(year=2025)) == '"2025"'


def test_structure_takes_python_data() -> None:
    assert structure({"start": 0, "end": 1, "text": "x"}, Span) == Span(start=0, end=1, text="x")
    assert structure(["2025", "2026-01"], tuple[PartialDate, ...])[1].month == 1
    with pytest.raises(SerialisationError, match=r"^\[1\]: expected a date"):
        structure(["2025", 2026], tuple[PartialDate, ...])


def test_dumps_rejects_values_json_cannot_hold() -> None:
    with pytest.raises(TypeError, match="cannot serialise"):
        dumps(object())


# -- strictness and error messages -----------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "where", "words"),
    [
        ({"round": "1"}, "round", "expected an integer, found the string '1'"),
        ({"round": True}, "round", "expected an integer, found the boolean true"),
        ({"round": 1.0}, "round", "expected an integer, found the number 1.0"),
        ({"background": 1}, "background", "expected true or false, found the number 1"),
        ({"place": 5}, "place", "expected a string, found the number 5"),
        ({"format": "tea"}, "format", "expected one of 'political_consultations'"),
        ({"format": None}, "format", "found null"),
        ({"sectors": ["fish"]}, "sectors[0]", "expected one of 'defense'"),
        ({"sectors": "trade"}, "sectors", "expected a list, found the string 'trade'"),
        ({"parties": ["ZZZ"]}, "parties[0]", "unknown code 'ZZZ'"),
        ({"parties": ["ma"]}, "parties[0]", "the registry's code is 'MAR'"),
        ({"parties": [7]}, "parties[0]", "found the number 7"),
        ({"parties": [{"code": "X1"}]}, "parties[0].name", "required key"),
        ({"parties": []}, "parties", "at least one party"),
        ({"date": "2023-02-29"}, "date", "day 29 is not a day of 2023-02"),
        ({"date": "21/04/2025"}, "date", "expected a date such as"),
        ({"date": 2025}, "date", "found the number 2025"),
        ({"persons": [{"name": "Ali", "age": 3}]}, "persons[0].age", "unknown key 'age'"),
        ({"persons": [{"name": " Ali"}]}, "persons[0].name", "trimmed"),
        ({"evidence": [{"start": 0, "end": 2, "text": "x"}]}, "evidence[0].text", "1 characters"),
        ({"colour": "blue"}, "colour", "unknown key 'colour'"),
        ({"kind": "agreement"}, "kind", "expected 'consultation'"),
    ],
)
def test_strict_structuring_names_the_field(
    changes: dict[str, Any], where: str, words: str
) -> None:
    error = error_of(json.dumps(sample_consultation(**changes)), Consultation)
    assert error.where == where
    assert words in error.reason
    assert str(error).startswith(f"{where}: ")


def test_round_as_a_string_is_an_error_naming_round() -> None:
    error = error_of(json.dumps(sample_consultation(round="1")), Event)
    assert "round" in str(error)
    assert not isinstance(error.__cause__, SerialisationError)


def test_missing_required_keys() -> None:
    assert error_of('{"kind": "consultation", "parties": ["AZE"]}', Event).where == "format"
    assert error_of('{"kind": "consultation", "format": "visit"}', Event).where == "parties"
    assert error_of('{"start": 1, "end": 1}', Span).where == "text"


def test_the_kind_tag() -> None:
    missing = error_of('{"parties": ["AZE"]}', Event)
    assert (missing.where, missing.reason) == (
        "kind",
        "expected the event tag, one of 'agreement', 'consultation', 'declaration', "
        "found it missing",
    )
    unknown = error_of('{"kind": "treaty", "parties": ["AZE"]}', Event)
    assert unknown.where == "kind"
    assert "found the string 'treaty'" in unknown.reason
    assert error_of('{"kind": 1}', Event).where == "kind"
    assert error_of("[]", Event).reason == "expected an event object, found a list of 0 items"


def test_several_problems_are_summarised_in_one_error() -> None:
    error = error_of(json.dumps(sample_consultation(round="1", place=3, x=1)), Consultation)
    assert error.where == "place"
    assert "(and 2 more problems: round, x)" in error.reason


def test_a_range_is_not_a_publication_date() -> None:
    error = error_of('{"id": "a", "text": "", "published": "2024/2025"}', Document)
    assert error.where == "published"


def test_document_evidence_must_slice_the_text() -> None:
    doc = Document(id="d", text=TEXT, events=[sample_agreement()])
    data = unstructure(doc)
    data["text"] = "autre chose"
    error = error_of(json.dumps(data), Document)
    assert error.where == "events[0].evidence"
    assert "does not slice" in error.reason


def test_nested_paths_reach_the_stage_date() -> None:
    doc = Document(id="d", text=TEXT, events=[sample_agreement(), sample_agreement()])
    data = unstructure(doc)
    data["events"][1]["stages"][0]["date"] = "2025-02-30"
    error = error_of(json.dumps(data), Document)
    assert error.where == "events[1].stages[0].date"
    assert "found the string '2025-02-30'" in error.reason


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "invalid JSON"),
        ("{", "invalid JSON"),
        ('{"a": 1} x', "invalid JSON"),
        ('{"a": 1, "a": 2}', "duplicate key 'a'"),
        ("NaN", "NaN is not a JSON number"),
        ("[" * 100_000, "nested too deeply"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ("1" * 5000, "invalid JSON"),
        (b"\xff\xfe", "invalid JSON"),
    ],
)
def test_invalid_json_is_one_serialisation_error(text: str | bytes, words: str) -> None:
    error = error_of(text, Document)  # type: ignore[arg-type]
    assert error.where == "top level"
    assert words in error.reason


def test_deeply_nested_junk_in_a_field() -> None:
    junk = '{"id": "a", "text": "", "events": ' + "[" * 500 + "]" * 500 + "}"
    error = error_of(junk, Document)
    assert error.where == "events[0]"
    junk = '{"id": "a", "text": "", "events": [' + '{"a": ' * 500 + "1" + "}" * 500 + "]}"
    assert error_of(junk, Document).where.startswith("events[0]")


# -- JSON Lines ---------------------------------------------------------------------------------


def documents_jsonl(*docs: Document) -> io.StringIO:
    stream = io.StringIO()
    assert dump_jsonl(docs, stream) == len(docs)
    stream.seek(0)
    return stream


def small_document(number: int) -> Document:
    return Document(id=f"doc-{number}", text=TEXT, events=[sample_agreement()])


def test_jsonl_round_trip_and_blank_lines() -> None:
    docs = [small_document(n) for n in range(3)]
    stream = documents_jsonl(*docs)
    text = stream.getvalue()
    assert text.count("\n") == 3
    assert load_jsonl(io.StringIO(text + "\n  \n"), Document) == tuple(docs)


def test_jsonl_bad_line_names_the_line_and_the_field() -> None:
    lines = documents_jsonl(*(small_document(n) for n in range(4))).getvalue().splitlines()
    lines[2] = lines[2].replace('"2025-04-21"', '"2025-04-31"', 1)
    with pytest.raises(SerialisationError) as info:
        load_jsonl(io.StringIO("\n".join(lines)), Document)
    assert info.value.where == "line 3: events[0].date"
    assert str(info.value).startswith("line 3: events[0].date: expected a date")


def test_jsonl_invalid_json_line() -> None:
    with pytest.raises(SerialisationError, match=r"^line 2: expected a JSON value"):
        load_jsonl(io.StringIO('"2025"\n{oops\n'), PartialDate)


def test_jsonl_lenient_mode_skips_and_counts_bad_lines() -> None:
    source = io.StringIO('"2025"\n"2025-13"\n\n[1]\n"XXXX-06-10"\n{\n')
    reader = iter_jsonl(source, PartialDate, lenient=True)
    assert isinstance(reader, JsonlReader)
    assert [str(d) for d in reader] == ["2025", "XXXX-06-10"]
    assert reader.skipped == 3
    assert [error.where for error in reader.errors] == ["line 2", "line 4", "line 6"]


def test_jsonl_strict_mode_stops_at_the_first_bad_line() -> None:
    reader = iter_jsonl(io.StringIO('"2025"\n"nope"\n"2026"\n'), PartialDate)
    assert next(reader) == PartialDate(year=2025)
    with pytest.raises(SerialisationError, match=r"^line 2: "):
        next(reader)
    assert reader.skipped == 0


def test_jsonl_from_a_path(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "docs.jsonl"
    with path.open("w", encoding="utf-8") as stream:
        dump_jsonl([small_document(1), small_document(2)], stream)
    assert [doc.id for doc in load_jsonl(path, Document)] == ["doc-1", "doc-2"]
    assert len(load_jsonl(str(path), Document)) == 2


def test_jsonl_path_with_bom_and_bad_utf8(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "dates.jsonl"
    path.write_bytes(b'\xef\xbb\xbf"2025"\n"\xff"\n"2026"\r\n')
    with pytest.raises(SerialisationError, match=r"^line 2: expected UTF-8 text"):
        load_jsonl(path, PartialDate)
    with iter_jsonl(path, PartialDate, lenient=True) as reader:
        assert [str(d) for d in reader] == ["2025", "2026"]
        assert reader.skipped == 1


def test_jsonl_text_stream_with_a_byte_order_mark() -> None:
    assert load_jsonl(io.StringIO('\ufeff"2025"\n"2026"\n'), PartialDate)[0].year == 2025


def test_jsonl_from_bytes_lines_and_closing() -> None:
    reader = iter_jsonl([b'"2025"\n', b'"2026"\n'], PartialDate)
    assert next(reader) == PartialDate(year=2025)
    reader.close()
    with pytest.raises(StopIteration):
        next(reader)


def test_jsonl_keeps_line_separators_inside_strings() -> None:
    doc = Document(id="d", text="un\u2028deux\x85trois\r\nquatre\n", events=[])
    stream = documents_jsonl(doc)
    assert stream.getvalue().count("\n") == 1
    assert load_jsonl(stream, Document) == (doc,)


# -- the corpus form ------------------------------------------------------------------------


def test_corpus_form_of_an_agreement() -> None:
    form = to_corpus_form(sample_agreement())
    assert tuple(form)[: len(CORPUS_KEYS)] == CORPUS_KEYS
    assert tuple(form)[len(CORPUS_KEYS) :] == (
        "spans",
        "persons",
        "stages",
        "instrument",
        "quantity",
        "cameo",
        "plover",
    )
    assert form == {
        "kind": "agreement",
        "format": None,
        "parties": ["AZE", "MAR"],
        "date": "2025-04-21",
        "place": "Bakou",
        "round": None,
        "sectors": ["logistics", "transport"],
        "heads": ["Ilham Aliyev"],
        "status": "approved",
        "title": "Accord de coopération logistique",
        "background": False,
        "evidence": "ont signé",
        "spans": [[15, 24]],
        "persons": [{"name": "Ilham Aliyev", "role": "président", "party": "AZE"}],
        "stages": [
            {"stage": "signed", "date": "2025-04-21", "actor": None},
            {"stage": "approved", "date": "2025-05/2025-06", "actor": "Ilham Aliyev"},
        ],
        "instrument": "agreement",
        "quantity": None,
        "cameo": "057",
        "plover": {"type": "SUPPORT", "mode": None},
    }


def test_corpus_form_extra_keys_by_kind() -> None:
    consultation = to_corpus_form(Consultation(parties=[AZE], format="visit", level="ministres"))
    declaration = to_corpus_form(Declaration(parties=[AZE], establishes="partenariat"))
    assert tuple(consultation)[len(CORPUS_KEYS) :] == (
        "spans",
        "persons",
        "level",
        "cameo",
        "plover",
    )
    assert tuple(declaration)[len(CORPUS_KEYS) :] == (
        "spans",
        "persons",
        "declaration_kind",
        "establishes",
        "cameo",
        "plover",
    )
    assert declaration["declaration_kind"] == "statement"
    assert set(RICH_KEYS) >= set(consultation) - set(CORPUS_KEYS)


def test_document_record() -> None:
    doc = Document(
        id="d",
        text=TEXT,
        published=PartialDate.parse("2025-04-22"),
        source_url="https://example.org/a",
        events=[sample_agreement()],
    )
    record = document_record(doc)
    assert list(record) == ["id", "published", "source_url", "events"]
    assert record["published"] == "2025-04-22"
    assert record["events"] == [to_corpus_form(sample_agreement())]
    assert document_from_record(record, text=TEXT) == doc


def test_event_from_corpus_form_minimal_records() -> None:
    event = event_from_corpus_form({"kind": "agreement", "parties": ["AZE"], "status": "signed"})
    assert isinstance(event, Agreement)
    assert event.stages == (AgreementStage(stage="signed"),)
    record: dict[str, Any] = {"kind": "consultation", "parties": ["MAR", "AZE"]}
    record |= {"format": "phone_call"}
    record |= {"date": "2020-07-21", "heads": ["Djeyhoun Baïramov"], "round": 2}
    consultation = event_from_corpus_form(record)
    assert consultation == Consultation(
        parties=[AZE, MAR],
        format="phone_call",
        date=PartialDate.parse("2020-07-21"),
        persons=[Person(name="Djeyhoun Baïramov")],
        round=2,
    )


def test_event_from_corpus_form_finds_the_evidence() -> None:
    record = to_corpus_form(sample_agreement())
    assert event_from_corpus_form(record).evidence == ()
    assert event_from_corpus_form(record, text=TEXT).evidence == (Span.of(TEXT, 15, 24),)
    assert event_from_corpus_form(record, text="court").evidence == ()
    del record["spans"]
    assert event_from_corpus_form(record, text="x ont signé").evidence == (
        Span.of("x ont signé", 2, 11),
    )


def test_event_from_corpus_form_with_a_custom_resolver() -> None:
    gold = {"kind": "declaration", "parties": ["XYZ"]}
    with pytest.raises(SerialisationError, match=r"^parties\[0\]: .*unknown code 'XYZ'"):
        event_from_corpus_form(gold)

    def resolve(code: str) -> Party:
        return Party(code=code, name=code, kind=PartyKind.ORGANISATION)

    assert event_from_corpus_form(gold, resolve_party=resolve).party_codes == ("XYZ",)


@pytest.mark.parametrize(
    ("changes", "where", "words"),
    [
        ({"kind": "meeting"}, "kind", "expected one of 'agreement'"),
        ({"status": "signed"}, "status", "expected null for a consultation"),
        ({"round": "2"}, "round", "expected an integer or null"),
        ({"format": None}, "format", "expected one of 'political_consultations'"),
        ({"parties": []}, "parties", "at least one party code"),
        ({"parties": ["AZE", 3]}, "parties[1]", "expected a string"),
        ({"sectors": ["fish"]}, "sectors[0]", "expected one of 'defense'"),
        ({"date": "2025-13"}, "date", "expected an EDTF date"),
        ({"background": "no"}, "background", "expected true or false"),
        ({"heads": ["Ali"], "persons": [{"name": "Omar"}]}, "heads", "names of persons"),
        ({"persons": [{"name": "Ali", "party": "ZZZ"}]}, "persons[0].party", "unknown code"),
        ({"persons": [{"role": "x"}]}, "persons[0].name", "expected a name"),
        ({"spans": [[0]]}, "spans[0]", "a pair [start, end]"),
        ({"colour": "blue"}, "record", "unknown key 'colour'"),
    ],
)
def test_event_from_corpus_form_errors_name_the_key(
    changes: dict[str, Any], where: str, words: str
) -> None:
    with pytest.raises(SerialisationError) as info:
        event_from_corpus_form(sample_consultation(**changes))
    assert info.value.where == where
    assert words in info.value.reason


def test_event_from_corpus_form_checks_agreement_stages() -> None:
    record = to_corpus_form(sample_agreement())
    record["status"] = "signed"
    with pytest.raises(SerialisationError, match=r"^status: expected the last stage 'approved'"):
        event_from_corpus_form(record)
    record["status"] = None
    record["stages"] = [{"stage": "ratified"}, {"stage": "signed"}]
    with pytest.raises(SerialisationError, match="life-cycle order"):
        event_from_corpus_form(record)
    with pytest.raises(SerialisationError, match=r"^status: "):
        event_from_corpus_form({"kind": "agreement", "parties": ["AZE"]})


def test_corpus_records_must_be_objects() -> None:
    with pytest.raises(SerialisationError, match=r"^record: expected an object, found a list"):
        event_from_corpus_form([])  # type: ignore[arg-type]
    with pytest.raises(SerialisationError, match=r"^events\[1\]: expected an object"):
        document_from_record(
            {"id": "d", "events": [{"kind": "declaration", "parties": ["AZE"]}, 3]}
        )


def test_document_from_record_locates_event_errors() -> None:
    record = {"id": "d", "published": None, "source_url": None, "events": [{"kind": "x"}]}
    with pytest.raises(SerialisationError, match=r"^events\[0\]\.kind: "):
        document_from_record(record)
    with pytest.raises(SerialisationError, match=r"^published: "):
        document_from_record({"id": "d", "published": "2024/2025"})


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.json")), ids=lambda p: p.stem)
def test_seed_annotations_load_and_agree_on_the_corpus_keys(path: pathlib.Path) -> None:
    record = json.loads(path.read_text(encoding="utf-8"))
    text = path.with_suffix(".txt").read_text(encoding="utf-8")
    doc = document_from_record(record, text=text)
    again = document_record(doc)
    assert {key: again[key] for key in ("id", "published", "source_url")} == {
        key: record[key] for key in ("id", "published", "source_url")
    }
    for gold, event in zip(record["events"], again["events"], strict=True):
        assert {key: event[key] for key in CORPUS_KEYS} == gold


# -- properties --------------------------------------------------------------------------------

some = settings(max_examples=40, deadline=None)
few = settings(max_examples=25, deadline=None)


def assert_round_trip(value: object, type_: object) -> None:
    text = dumps(value)
    back = loads(text, type_)
    assert back == value
    # Parties compare by code: the text compares every field.
    assert dumps(back) == text


@some
@given(ds.parties())
def test_round_trip_parties(value: Party) -> None:
    assert_round_trip(value, Party)


@some
@given(ds.partial_dates())
def test_round_trip_partial_dates(value: PartialDate) -> None:
    assert_round_trip(value, PartialDate)


@some
@given(ds.date_spans())
def test_round_trip_date_spans(value: DateSpan) -> None:
    assert_round_trip(value, DateSpan)


@some
@given(ds.date_values())
def test_round_trip_date_values(value: DateValue) -> None:
    assert_round_trip(value, DateValue)


@some
@given(ds.sectors(), st.frozensets(ds.sectors()))
def test_round_trip_sectors(value: Sector, values: frozenset[Sector]) -> None:
    assert_round_trip(value, Sector)
    assert_round_trip(values, frozenset[Sector])


@some
@given(ds.persons())
def test_round_trip_persons(value: Person) -> None:
    assert_round_trip(value, Person)


@some
@given(st.text(max_size=50).flatmap(ds.spans))
def test_round_trip_spans(value: Span) -> None:
    assert_round_trip(value, Span)


@some
@given(ds.agreement_stages())
def test_round_trip_agreement_stages(value: AgreementStage) -> None:
    assert_round_trip(value, AgreementStage)


@few
@given(ds.agreements())
def test_round_trip_agreements(value: Agreement) -> None:
    assert_round_trip(value, Agreement)


@some
@given(ds.consultations())
def test_round_trip_consultations(value: Consultation) -> None:
    assert_round_trip(value, Consultation)


@some
@given(ds.declarations())
def test_round_trip_declarations(value: Declaration) -> None:
    assert_round_trip(value, Declaration)


@few
@given(ds.events())
def test_round_trip_events(value: Event) -> None:
    assert_round_trip(value, Event)


@few
@given(ds.documents())
def test_round_trip_documents(value: Document) -> None:
    assert_round_trip(value, Document)


@settings(max_examples=15, deadline=None)
@given(st.lists(ds.documents(), max_size=3))
def test_round_trip_documents_through_jsonl(docs: list[Document]) -> None:
    stream = io.StringIO()
    dump_jsonl(docs, stream)
    text = stream.getvalue()
    assert text.count("\n") == len(docs)
    back = load_jsonl(io.StringIO(text), Document)
    assert back == tuple(docs)
    again = io.StringIO()
    dump_jsonl(back, again)
    assert again.getvalue() == text


@some
@given(ds.events())
def test_corpus_form_agrees_with_the_full_record(event: Event) -> None:
    form = to_corpus_form(event)
    assert tuple(form)[: len(CORPUS_KEYS)] == CORPUS_KEYS
    assert form["kind"] == event.kind.value
    assert form["parties"] == sorted(p.code for p in event.parties)
    assert form["date"] == (None if event.date is None else str(event.date))
    assert form["status"] == (event.status.value if isinstance(event, Agreement) else None)
    assert form["heads"] == [person.name for person in event.persons]
    assert form["sectors"] == sorted(s.value for s in event.sectors)
    assert form["evidence"] == (event.evidence[0].text if event.evidence else None)
    json.dumps(form)  # plain JSON data


@few
@given(ds.documents(registered_only=True))
def test_corpus_form_round_trip(doc: Document) -> None:
    record = document_record(doc)
    back = document_from_record(json.loads(json.dumps(record)), text=doc.text)
    assert document_record(back) == record
    for event, again in zip(doc.events, back.events, strict=True):
        assert type(again) is type(event)
        assert again.evidence == event.evidence
        assert [p.name for p in again.persons] == [p.name for p in event.persons]


JSON_DATA = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(
            st.sampled_from(["kind", "parties", "id", "text", "events", "start", "x"]) | st.text(),
            children,
            max_size=4,
        )
    ),
    max_leaves=20,
)


@settings(max_examples=100, deadline=None)
@given(JSON_DATA)
def test_any_data_structures_or_raises_a_serialisation_error(data: object) -> None:
    for type_ in (Document, Event, Party, DateValue, Span):
        try:
            structure(data, type_)
        except SerialisationError:
            continue
