"""Tests of diplorel.io._converter that ``test_io.py`` leaves out.

``test_io.py`` pins the JSON shape, the strict structuring errors through
``loads``/``structure`` and the round trips. This module pins the converter
itself: ``describe`` (the words of every error message), the date hooks that
know which of a date, a range or null they accept, the strictness of enums,
the order in which sets of objects are written, the kind tag first, and what a
bare ``make_converter()`` raises.
"""

from __future__ import annotations

import json

import cattrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplorel._registry import party
from diplorel.errors import SerialisationError
from diplorel.io import EVENT_TYPES, dumps, make_converter, structure, unstructure
from diplorel.io._converter import ShapeError, describe
from diplorel.model import (
    Consultation,
    DateSpan,
    Declaration,
    PartialDate,
    Person,
    Sector,
    Span,
    Stage,
)


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (None, "null"),
        (True, "the boolean true"),
        (False, "the boolean false"),
        (0, "the number 0"),
        (2.5, "the number 2.5"),
        (10**50, "the number " + str(10**50)[:37] + "..."),
        ("", "the string ''"),
        ("a" * 40, f"the string {'a' * 40!r}"),
        ("é" * 41, f"the string {'é' * 37 + '...'!r}"),
        ([], "a list of 0 items"),
        ([1], "a list of 1 item"),
        ((1, 2), "a list of 2 items"),
        ({"a": 1}, "an object"),
        ({1, 2}, "a set"),
        (b"x", "a bytes"),
    ],
)
def test_describe_says_what_was_found(value: object, words: str) -> None:
    assert describe(value) == words


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=8,
)


_PREFIX = {
    type(None): "null",
    bool: "the boolean ",
    int: "the number ",
    float: "the number ",
    str: "the string ",
    list: "a list of ",
    dict: "an object",
}


@settings(max_examples=100, deadline=None)
@given(_JSON)
def test_describe_names_the_json_type_on_one_line(value: object) -> None:
    words = describe(value)
    assert words.startswith(_PREFIX[type(value)])
    assert "\n" not in words  # an error message stays on one line
    if isinstance(value, str):
        assert len(words) <= len("the string ") + len(repr(value[:40])) + 3


# -- dates --------------------------------------------------------------------------------


def test_a_single_date_is_not_a_range_and_a_range_is_not_a_date() -> None:
    with pytest.raises(SerialisationError, match="expected a range such as 2024-07-05/2024-07-06"):
        structure("2025-03", DateSpan)
    with pytest.raises(SerialisationError, match="expected a date such as 2025") as info:
        structure("2024-07-05/2024-07-06", PartialDate)
    assert "or null" not in info.value.reason
    assert structure("2024-07-05/2024-07-06", DateSpan) == DateSpan.parse("2024-07-05/2024-07-06")


def test_null_only_where_the_type_allows_it() -> None:
    assert structure(None, PartialDate | None) is None
    with pytest.raises(SerialisationError, match="found null"):
        structure(None, PartialDate)
    with pytest.raises(SerialisationError, match=r"or a range such as .*, or null"):
        structure(5, PartialDate | DateSpan | None)


def test_a_bad_date_says_why() -> None:
    with pytest.raises(SerialisationError, match=r"found the string '2025-02-30' \(.+\)"):
        structure("2025-02-30", PartialDate)


# -- enums and collections ----------------------------------------------------------------


@pytest.mark.parametrize("value", ["SIGNED", " signed", 1, None, ["signed"]])
def test_enum_values_must_match_exactly(value: object) -> None:
    with pytest.raises(SerialisationError, match="expected one of 'negotiated', 'signed'"):
        structure(value, Stage)
    assert structure("signed", Stage) is Stage.SIGNED


def test_a_tuple_or_set_is_read_from_a_list_only() -> None:
    with pytest.raises(SerialisationError, match="expected a list, found the string 'energy'"):
        structure("energy", frozenset[Sector])
    with pytest.raises(SerialisationError, match="expected a list, found an object"):
        structure({"0": "2025"}, tuple[PartialDate, ...])
    assert structure(["energy", "trade"], frozenset[Sector]) == {Sector.ENERGY, Sector.TRADE}


def test_every_bad_item_is_located() -> None:
    with pytest.raises(SerialisationError) as info:
        structure(["2025", 3, "2025-13"], tuple[PartialDate, ...])
    assert info.value.where == "[1]"
    assert "1 more problem" in info.value.reason


def test_sets_of_objects_are_written_in_a_stable_order() -> None:
    spans = {Span(start=4, end=5, text="b"), Span(start=0, end=1, text="a")}
    written = unstructure(frozenset(spans))
    assert written == sorted(written, key=lambda item: json.dumps(item, sort_keys=True))
    assert unstructure(set(spans)) == written
    assert unstructure({"trade", "energy"}) == ["energy", "trade"]


# -- events and the bare converter ---------------------------------------------------------


@pytest.mark.parametrize("tag", list(EVENT_TYPES))
def test_the_kind_tag_comes_first_and_names_the_class(tag: str) -> None:
    cls = EVENT_TYPES[tag]
    assert cls.kind.value == tag
    event = (
        Consultation(parties=[party("KEN")], format="visit")
        if cls is Consultation
        else Declaration(parties=[party("KEN")])
        if cls is Declaration
        else structure(
            {"kind": "agreement", "parties": ["KEN"], "stages": [{"stage": "signed"}]}, cls
        )
    )
    data = unstructure(event)
    assert next(iter(data)) == "kind"
    assert data["kind"] == tag
    assert structure(data, cls) == event


def test_a_tag_for_another_class_is_refused_by_that_class() -> None:
    with pytest.raises(
        SerialisationError, match="expected 'declaration', found the string 'consultation'"
    ):
        structure({"kind": "consultation", "parties": ["KEN"]}, Declaration)


def test_a_bare_converter_raises_shape_errors_inside_cattrs_errors() -> None:
    converter = make_converter()
    with pytest.raises(ShapeError, match="expected a string, found the number 1"):
        converter.structure(1, str)
    with pytest.raises(
        ShapeError, match=r"expected an object \(Person\), found a list of 0 items"
    ):
        converter.structure([], Person)
    with pytest.raises(cattrs.ClassValidationError) as info:
        converter.structure({"name": 3}, Person)
    (inner,) = info.value.exceptions
    assert isinstance(inner, ShapeError)
    assert issubclass(ShapeError, TypeError)


def test_a_person_of_a_registered_party_is_written_with_its_code() -> None:
    person = Person(name="Rosa Quispe", role="ministre", party=party("PER"))
    assert dumps(person) == '{"name": "Rosa Quispe", "role": "ministre", "party": "PER"}'
    assert structure(json.loads(dumps(person)), Person) == person
