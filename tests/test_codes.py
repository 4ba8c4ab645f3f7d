"""CAMEO and PLOVER codes: the mapping table's integrity, its coverage, and examples."""

from __future__ import annotations

import doctest
import io
import itertools
import json
import pathlib
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import diplorel
from diplorel import (
    Agreement,
    AgreementStage,
    Consultation,
    ConsultationFormat,
    Declaration,
    DeclarationKind,
    Event,
    EventKind,
    InvalidValueError,
    Party,
    Span,
    Stage,
    party,
)
from diplorel import codes as codes_module
from diplorel import strategies as ds
from diplorel._tsv import read_table
from diplorel.codes import (
    FEATURES,
    ICEWS_COLUMNS,
    TONES,
    Features,
    Plover,
    _check_row,
    _lookup,
    _mapping,
    cameo,
    cameo_name,
    event_codes,
    features,
    plover,
    to_icews_rows,
    to_polecat_record,
)
from diplorel.io import document_from_record, document_record, to_corpus_form

MAR, AZE, SEN, UN = party("MAR"), party("AZE"), party("SEN"), party("UN")
VOCABULARY = read_table("data", "code_vocabulary.tsv")
CAMEO_CODES = {row["code"] for row in VOCABULARY if row["scheme"] == "cameo"}
PLOVER_TYPES = {row["code"] for row in VOCABULARY if row["scheme"] == "plover_type"}
PLOVER_MODES = {
    (row["parent"], row["code"]) for row in VOCABULARY if row["scheme"] == "plover_mode"
}

# -- the tables ------------------------------------------------------------------------------


def test_vocabulary_codes_are_well_formed() -> None:
    for row in VOCABULARY:
        assert row["scheme"] in {"cameo", "plover_type", "plover_mode"}, row
        assert row["name"].strip(), row
        if row["scheme"] == "cameo":
            assert len(row["code"]) == 3, row
            assert row["code"].isdigit(), row
        if row["scheme"] == "plover_type":
            assert row["code"].isupper(), row
    keys = [(row["scheme"], row["code"]) for row in VOCABULARY]
    assert len(keys) == len(set(keys))
    # The 16 event types the NGEC coder emits, and the four CONSULT modes.
    assert len(PLOVER_TYPES) == 16
    assert {mode for _type, mode in PLOVER_MODES} == {
        "visit",
        "third-party",
        "multilateral",
        "phone",
    }


def test_every_mapping_row_uses_codes_of_the_reference() -> None:
    rows = read_table("data", "event_codes.tsv")
    assert rows
    for row in rows:
        assert row["cameo"] in CAMEO_CODES, row
        assert row["plover_type"] == "-" or row["plover_type"] in PLOVER_TYPES, row
        if row["plover_mode"] != "-":
            assert (row["plover_type"], row["plover_mode"]) in PLOVER_MODES, row
        for name, allowed in FEATURES.items():
            assert row[name] == "*" or row[name] in allowed, (name, row)
        assert row["note"].strip(), row


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("cameo", "999", "unknown CAMEO code"),
        ("plover_type", "GREET", "unknown PLOVER type"),
        ("plover_mode", "visit", "is not a mode"),
        ("kind", "treaty", "kind 'treaty'"),
        ("place", "abroad", "place 'abroad'"),
    ],
)
def test_a_bad_mapping_row_is_reported(key: str, value: str, message: str) -> None:
    row = dict(read_table("data", "event_codes.tsv")[0])
    row[key] = value
    with pytest.raises(ValueError, match=message):
        _check_row(7, row)


def test_statement_tones_are_the_ones_the_table_knows() -> None:
    rows = read_table("lang", "fr", "statements.tsv")
    assert {row["tone"] for row in rows} == set(TONES)
    forms = [row["form"] for row in rows]
    assert len(forms) == len(set(forms))
    assert all(form == form.strip().lower() and form for form in forms)


def test_the_docs_show_the_mapping_table_as_it_is() -> None:
    page = pathlib.Path(__file__).resolve().parents[1] / "docs" / "codes.md"
    kinds = tuple(f"| {kind} |" for kind in FEATURES["kind"])
    shown = [
        [cell.strip() for cell in line.strip().strip("|").split("|")]
        for line in page.read_text(encoding="utf-8").splitlines()
        if line.startswith(kinds)
    ]
    names = (*FEATURES, "cameo", "plover_type", "plover_mode", "note")
    data = [[row[name] for name in names] for row in read_table("data", "event_codes.tsv")]
    assert shown == data


def _values(kind: str) -> tuple[str, ...]:
    enum_type = {"agreement": Stage, "consultation": ConsultationFormat}.get(kind, DeclarationKind)
    return tuple(item.value for item in enum_type)


def _combinations() -> list[Features]:
    result = []
    for kind in FEATURES["kind"]:
        details = FEATURES["detail"] if kind == "declaration" else ("none",)
        for value, detail, direction, count, place in itertools.product(
            _values(kind), details, FEATURES["direction"], FEATURES["parties"], FEATURES["place"]
        ):
            result.append(Features(kind, value, detail, direction, count, place))
    return result


def test_every_combination_of_model_values_has_codes() -> None:
    combinations = _combinations()
    assert len(combinations) == (5 + 8) * 2 * 3 * 3 + 3 * 9 * 2 * 3 * 3
    for key in combinations:
        codes = _lookup(key)
        assert codes.cameo in CAMEO_CODES


def test_every_mapping_row_is_reachable() -> None:
    """No row is hidden behind an earlier, more general one."""
    used = {id(_lookup(key)) for key in _combinations()}
    unreachable = [row for row in _mapping() if id(row[1]) not in used]
    assert unreachable == []


# -- examples ------------------------------------------------------------------------------------


def _declaration(text: str, **fields: Any) -> Declaration:
    return Declaration(parties=[MAR], evidence=[Span.of(text, 0, len(text))], **fields)


def _directed_visit(visitor: Party, host: Party) -> Consultation:
    """A visit whose text says who visited whom."""
    sides: dict[str, Any] = {"source": (visitor,), "target": (host,)}
    if "source" in attrs.fields_dict(Consultation):  # merge: user
        return Consultation(parties=[visitor, host], format="visit", **sides)
    return _DirectedConsultation(parties=[visitor, host], format="visit", **sides)


@attrs.frozen(kw_only=True, repr=False)
class _DirectedConsultation(Consultation):
    """A stand-in for the ``source``/``target`` fields another branch adds. # merge: user"""

    source: tuple[Party, ...] = ()
    target: tuple[Party, ...] = ()


@pytest.mark.parametrize(
    ("event", "code", "expected"),
    [
        (Consultation(parties=[MAR, AZE], format="phone_call"), "041", Plover("CONSULT", "phone")),
        (
            Consultation(parties=[MAR, AZE], format="video_conference"),
            "041",
            Plover("CONSULT", "phone"),
        ),
        (Consultation(parties=[MAR, AZE], format="visit"), "040", Plover("CONSULT", "visit")),
        (
            Consultation(parties=[MAR, AZE], format="meeting", place="Genève"),
            "044",
            Plover("CONSULT", "third-party"),
        ),
        (Consultation(parties=[MAR, AZE], format="meeting", place="Rabat"), "040", None),
        (
            Consultation(parties=[MAR, AZE, SEN], format="summit", place="Rabat"),
            "040",
            Plover("CONSULT", "multilateral"),
        ),
        (
            Consultation(parties=[MAR, AZE, SEN], format="meeting", place="Paris"),
            "044",
            Plover("CONSULT", "multilateral"),
        ),
        (
            Consultation(parties=[MAR, UN], format="meeting", place="New York"),
            "040",
            None,
        ),
        (Consultation(parties=[MAR, AZE], format="joint_commission"), "050", None),
        (Consultation(parties=[MAR, AZE], format="political_consultations"), "046", None),
        (
            Agreement(parties=[MAR, AZE], stages=[AgreementStage(stage="negotiated")]),
            "046",
            Plover("AGREE"),
        ),
        (
            Agreement(
                parties=[MAR, AZE],
                stages=[AgreementStage(stage="signed"), AgreementStage(stage="ratified")],
            ),
            "057",
            Plover("SUPPORT"),
        ),
        (
            Declaration(parties=[MAR, AZE], declaration="joint_declaration"),
            "019",
            Plover("AGREE"),
        ),
        (
            Declaration(
                parties=[MAR, AZE], declaration="joint_declaration", establishes="partenariat"
            ),
            "050",
            Plover("COOPERATE"),
        ),
        (Declaration(parties=[MAR]), "010", None),
    ],
)
def test_codes_of_examples(event: Event, code: str, expected: Plover | None) -> None:
    assert cameo(event) == code
    found = plover(event)
    if expected is None:
        assert found is None or found.type == "CONSULT"
        assert found is None or found.mode is None
    else:
        assert found == expected


@pytest.mark.parametrize(
    ("text", "code", "kind"),
    [
        ("Rabat condamne avec fermeté l’attentat commis hier.", "111", "ACCUSE"),
        ("Le gouvernement a dénoncé une provocation inacceptable.", "111", "ACCUSE"),
        ("Le Maroc se félicite de la reprise du dialogue.", "051", "SUPPORT"),
        ("Le ministère salue la libération des otages, puis condamne les tirs.", "051", "SUPPORT"),
        ("Le royaume rejette catégoriquement ces allégations.", "120", "REJECT"),
        ("Le gouvernement s’oppose à toute ingérence étrangère.", "120", "REJECT"),
        ("Le porte-parole accuse le pays voisin de violer la trêve.", "112", "ACCUSE"),
        ("Rabat exhorte les deux camps à la retenue.", "020", "REQUEST"),
        ("Le Maroc exprime sa vive préoccupation face à l'escalade.", "012", None),
        ("Le roi a adressé ses condoléances au peuple sénégalais.", "018", None),
        ("Le porte-parole a fait une déclaration à la presse.", "010", None),
    ],
)
def test_statement_codes_follow_the_verb(text: str, code: str, kind: str | None) -> None:
    event = _declaration(text)
    assert cameo(event) == code
    found = plover(event)
    assert (None if found is None else found.type) == kind


def test_a_directed_visit_is_a_visit_from_source_to_target() -> None:
    event = _directed_visit(AZE, MAR)
    assert features(event).direction == "directed"
    assert cameo(event) == "042"
    assert plover(event) == Plover("CONSULT", "visit")
    rows = to_icews_rows(event, document_id="d7")
    assert [(row["Source Country"], row["Target Country"]) for row in rows] == [("AZE", "MAR")]
    assert rows[0]["Event Text"] == "Make a visit"
    record = to_polecat_record(event)
    assert record is not None
    assert (record["actor"], record["recipient"]) == (["AZE"], ["MAR"])


def test_icews_rows_of_an_undirected_event_go_both_ways() -> None:
    event = Consultation(parties=[MAR, AZE, SEN], format="meeting", place="Dakar")
    rows = to_icews_rows(event, document_id="d1")
    assert len(rows) == 6
    assert {(row["Source Country"], row["Target Country"]) for row in rows} == set(
        itertools.permutations(["AZE", "MAR", "SEN"], 2)
    )
    assert all(tuple(row) == ICEWS_COLUMNS for row in rows)
    assert {row["City"] for row in rows} == {"Dakar"}
    assert {row["Story ID"] for row in rows} == {"d1"}


def test_icews_row_of_an_organisation_has_no_country() -> None:
    rows = to_icews_rows(Declaration(parties=[UN]))
    assert len(rows) == 1
    assert rows[0]["Source Country"] is None
    assert rows[0]["Source Name"] == UN.name
    assert rows[0]["Target Name"] is None


def test_no_polecat_record_where_plover_has_no_type() -> None:
    assert to_polecat_record(Declaration(parties=[MAR])) is None


def test_plover_values_are_checked() -> None:
    with pytest.raises(InvalidValueError):
        Plover("consult")
    with pytest.raises(InvalidValueError):
        Plover("CONSULT", " ")
    assert Plover("CONSULT", "phone").as_dict() == {"type": "CONSULT", "mode": "phone"}


def test_cameo_name() -> None:
    assert cameo_name("057") == "Sign formal agreement"
    with pytest.raises(InvalidValueError, match="'999'"):
        cameo_name("999")


# -- properties -------------------------------------------------------------------------------

TEXT = (
    "Le Maroc salue l’accord. Rabat condamne l’attaque et rejette les accusations. "
    "Le ministère exprime sa solidarité."
)
PLACES = st.sampled_from([None, "Genève", "Rabat", "Bakou", "Dakar", "Nulle-Part"])


@given(ds.events(TEXT, registered_only=True), PLACES)
def test_every_event_gets_codes_from_the_reference(event: Event, place: str | None) -> None:
    event = attrs.evolve(event, place=place)
    codes = event_codes(event)
    assert codes.cameo in CAMEO_CODES
    if codes.plover is not None:
        assert codes.plover.type in PLOVER_TYPES
        assert codes.plover.mode is None or (codes.plover.type, codes.plover.mode) in PLOVER_MODES
    if event.kind is EventKind.CONSULTATION:
        assert codes.plover is not None
        assert codes.plover.type == "CONSULT"
    if event.kind is EventKind.AGREEMENT:
        assert codes.cameo in {"046", "057"}
    form = to_corpus_form(event)
    assert form["cameo"] == codes.cameo
    assert form["plover"] == (None if codes.plover is None else codes.plover.as_dict())


@given(ds.events(TEXT))
def test_icews_rows_and_polecat_records_agree_with_the_codes(event: Event) -> None:
    rows = to_icews_rows(event, document_id="doc")
    count = len(event.parties)
    assert len(rows) == (1 if count == 1 else count * (count - 1))
    assert {row["CAMEO Code"] for row in rows} == {cameo(event)}
    record = to_polecat_record(event, document_id="doc")
    found = plover(event)
    if found is None:
        assert record is None
    else:
        assert record is not None
        assert (record["event"], record["mode"]) == (found.type, found.mode)
        assert record["actor"] == list(event.party_codes)
        assert record["text_info"]["spans"] == [[s.start, s.end] for s in event.evidence]


def test_module_examples() -> None:
    result = doctest.testmod(codes_module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0


FIXTURES = pathlib.Path(__file__).resolve().parent / "fixtures" / "interop"


def test_rows_have_the_shapes_of_the_sample_icews_and_polecat_files() -> None:
    header = (FIXTURES / "icews.tsv").read_text(encoding="utf-8").splitlines()[0].split("\t")
    assert set(ICEWS_COLUMNS) <= set(header)
    lines = (FIXTURES / "polecat.jsonl").read_text(encoding="utf-8").splitlines()
    sample_keys = {key for line in lines for key in json.loads(line)}
    record = to_polecat_record(Consultation(parties=[MAR, AZE], format="phone_call"))
    assert record is not None
    assert sample_keys <= set(record)
    for line in lines:
        sample = json.loads(line)
        assert sample["event"] in PLOVER_TYPES
        assert sample["mode"] is None or (sample["event"], sample["mode"]) in PLOVER_MODES


def test_extract_output_carries_the_codes_and_reads_back() -> None:
    text = (
        "Le ministre sénégalais des Affaires étrangères s’est entretenu jeudi par téléphone "
        "avec son homologue marocain. Le Sénégal condamne par ailleurs l’attaque contre "
        "une patrouille au Mali."
    )
    doc = diplorel.extract(text, published="2025-01-10", doc_id="appel")
    record = document_record(doc)
    assert record["events"]
    for form in record["events"]:
        assert form["cameo"] in CAMEO_CODES
        assert form["plover"] is None or set(form["plover"]) == {"type", "mode"}
    assert [form["cameo"] for form in record["events"]] == ["041", "111"]
    back = document_from_record(json.loads(json.dumps(record)), text=text)
    assert [to_corpus_form(e) for e in back.events] == record["events"]
    reports = diplorel.EventSet.from_jsonl(io.StringIO(json.dumps(record) + "\n"))
    assert [cameo(e) for e in reports.events()] == [cameo(e) for e in doc.events]
