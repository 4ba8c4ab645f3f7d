"""Tests of diplorel.model._party and of the party registry (diplorel._registry)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from diplorel import strategies as ds
from diplorel._registry import all_parties, party, party_by_alpha2, party_or_none
from diplorel._tsv import read_table
from diplorel.errors import DiplorelError, InvalidValueError, UnknownEntityError
from diplorel.model import Party, PartyKind

STATE_ROWS = read_table("data", "states.tsv")
ORGANISATION_CODES = frozenset(row["code"] for row in read_table("data", "organisations.tsv"))

# The organisation codes the corpus README names.
CORPUS_ORGANISATIONS = (
    *("UN", "NATO", "EU", "OIC", "MNA", "OTS", "OSCE", "CIS", "AU", "ASEAN", "COE", "GUAM"),
    *("ECO", "BSEC", "OPEC", "UNESCO", "WHO", "WB", "IMF", "ICRC", "ICESCO", "ADB", "EBRD", "IDB"),
    *("OIF", "LAS"),
)


def azerbaijan() -> Party:
    return Party(code="AZE", name="Azerbaïdjan", kind=PartyKind.STATE, alpha2="AZ")


# -- the Party value ------------------------------------------------------------------


def test_repr_and_str() -> None:
    assert repr(azerbaijan()) == "Party('AZE')"
    assert str(azerbaijan()) == "Azerbaïdjan (AZE)"


def test_parties_are_equal_by_code_and_sort_by_code() -> None:
    other_name = Party(code="AZE", name="Azerbaijan", kind=PartyKind.STATE)
    morocco = Party(code="MAR", name="Maroc", kind=PartyKind.STATE)
    assert azerbaijan() == other_name
    assert hash(azerbaijan()) == hash(other_name)
    assert azerbaijan() < morocco
    assert morocco > azerbaijan()
    assert azerbaijan() <= other_name <= azerbaijan()
    assert morocco >= azerbaijan()
    assert sorted([morocco, azerbaijan()]) == [azerbaijan(), morocco]
    assert azerbaijan() != "AZE"


def test_kinds() -> None:
    assert azerbaijan().is_state
    nato = Party(code="NATO", name="OTAN", kind=PartyKind.ORGANISATION, acronym="OTAN")
    assert not nato.is_state
    assert PartyKind("organisation") is PartyKind.ORGANISATION


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        ({"code": "AZ", "kind": PartyKind.STATE}, "three capital letters"),
        ({"code": "aze", "kind": PartyKind.STATE}, "three capital letters"),
        ({"code": "NATO", "kind": PartyKind.STATE}, "three capital letters"),
        ({"code": "n", "kind": PartyKind.ORGANISATION}, "capitals"),
        ({"code": "1UN", "kind": PartyKind.ORGANISATION}, "capitals"),
        ({"code": 7, "kind": PartyKind.STATE}, "three capital letters"),
        ({"code": "AZE", "kind": PartyKind.STATE, "name": " "}, "name"),
        ({"code": "AZE", "kind": PartyKind.STATE, "alpha2": "aze"}, "alpha2"),
        ({"code": "AZE", "kind": PartyKind.STATE, "alpha2": 12}, "alpha2"),
        ({"code": "UN", "kind": PartyKind.ORGANISATION, "alpha2": "UN"}, "alpha2"),
        ({"code": "UN", "kind": PartyKind.ORGANISATION, "acronym": ""}, "acronym"),
    ],
)
def test_invalid_parties_name_the_field(fields: dict[str, object], words: str) -> None:
    values: dict[str, object] = {"name": "Nom"} | fields
    with pytest.raises(InvalidValueError, match=words):
        Party(**values)  # type: ignore[arg-type]


def test_kind_must_be_a_party_kind() -> None:
    with pytest.raises(TypeError):
        Party(code="AZE", name="Azerbaïdjan", kind="state")  # type: ignore[arg-type]


# -- the registry -----------------------------------------------------------------------


def test_states_table_has_every_iso_entry_and_kosovo() -> None:
    # 249 ISO 3166-1 entries plus Kosovo (user-assigned XK/XKX).
    assert len(STATE_ROWS) == 250
    assert len({row["alpha3"] for row in STATE_ROWS}) == 250
    assert len({row["alpha2"] for row in STATE_ROWS}) == 250
    assert party("XKX").name == "Kosovo"
    assert party("XKX").is_state
    assert party_by_alpha2("XK") is party("XKX")


@pytest.mark.parametrize("row", STATE_ROWS, ids=lambda row: row["alpha3"])
def test_every_iso_state_resolves_by_alpha3_only(row: dict[str, str]) -> None:
    found = party(row["alpha3"])
    assert found.code == row["alpha3"]
    assert found.is_state
    assert found.name == row["name_fr"]
    assert found.alpha2 == row["alpha2"]
    assert party(f" {row['alpha3'].lower()} ") is found
    assert party_by_alpha2(row["alpha2"]) is found
    assert party_by_alpha2(row["alpha2"].lower()) is found
    if row["alpha2"] in ORGANISATION_CODES:
        assert not party(row["alpha2"]).is_state
    else:
        assert party_or_none(row["alpha2"]) is None


def test_no_organisation_code_is_an_iso_code() -> None:
    alpha3 = {row["alpha3"] for row in STATE_ROWS}
    alpha2 = {row["alpha2"] for row in STATE_ROWS}
    assert not ORGANISATION_CODES & alpha3
    # The annotation standard writes the African Union AU, which ISO gives
    # Australia as alpha-2; that is the only overlap, and it is harmless
    # because public functions never read alpha-2 codes (party_by_alpha2 does).
    assert ORGANISATION_CODES & alpha2 == {"AU"}
    assert party("AU").name == "Union africaine"
    assert party_by_alpha2("AU").name == "Australie"


def test_namibia_and_the_non_aligned_movement_are_two_parties() -> None:
    assert party("NAM").is_state
    assert party("NAM").name == "Namibie"
    assert party_by_alpha2("NA") is party("NAM")
    assert not party("MNA").is_state
    assert party("MNA").name == "Mouvement des non-alignés"
    assert party("LAS").name == "Ligue des États arabes"


@pytest.mark.parametrize("code", ["MA", "az", "NA", "AL"])
def test_alpha2_codes_are_not_party_codes(code: str) -> None:
    with pytest.raises(UnknownEntityError, match="alpha-3"):
        party(code)


@pytest.mark.parametrize("code", ["ZZ", "", "ABC", "AZE"])
def test_unknown_alpha2_codes_raise(code: str) -> None:
    with pytest.raises(UnknownEntityError, match="alpha-2"):
        party_by_alpha2(code)


@pytest.mark.parametrize("code", CORPUS_ORGANISATIONS)
def test_corpus_organisation_codes_resolve(code: str) -> None:
    found = party(code)
    assert found.code == code
    assert found.kind is PartyKind.ORGANISATION


@pytest.mark.parametrize("code", ["ZZZ", "XK", "", "  ", "A", "AZERBAIJAN", "U.N."])
def test_unknown_codes_raise(code: str) -> None:
    assert party_or_none(code) is None
    with pytest.raises(UnknownEntityError, match="unknown party code"):
        party(code)


def test_unknown_entity_error_is_a_lookup_error() -> None:
    with pytest.raises(LookupError):
        party("ZZZ")
    with pytest.raises(DiplorelError):
        party("ZZZ")
    with pytest.raises(UnknownEntityError):
        party(None)  # type: ignore[arg-type]


def test_all_parties_are_sorted_and_unique() -> None:
    parties = all_parties()
    codes = [p.code for p in parties]
    assert codes == sorted(set(codes))
    assert {p.code for p in parties if not p.is_state} == ORGANISATION_CODES


def test_registry_returns_shared_values() -> None:
    assert party("AZE") is party("aze")
    assert party("MAR").name == "Maroc"


@settings(max_examples=100, deadline=None)
@given(ds.parties(registered_only=True))
def test_registered_parties_resolve_to_themselves(value: Party) -> None:
    assert party(value.code) is value


def test_an_organisation_without_a_french_acronym_has_none() -> None:
    # organisations.tsv writes '-' when French usage has no acronym.
    assert party("WB").acronym is None
    assert party("AU").acronym == "UA"
