"""The compiled French language pack: what ``lexicon()`` promises its recognisers.

The TSV tables themselves are checked in ``test_gazetteer_data.py``; these tests
pin what the compilation adds: keys folded like the text's key, one entry per
form (the first kind in rank order wins; the values are checked against the
model in ``rules/test_rules_registry.py``), a trigger form's meanings kept once
each, capitals among the cities, acronyms matched on the text with its case,
prefixes only before a hyphen, and the fast scanners finding what the plain
patterns find. Examples written for diplorel.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplorel.extract._text import fold
from diplorel.extract.recognise._lexicon import Entry, Lexicon, lexicon

LEX = lexicon()


def test_the_pack_is_compiled_once() -> None:
    assert lexicon() is LEX
    assert isinstance(LEX, Lexicon)


@pytest.mark.parametrize(
    "table",
    ["party_entries", "prefix_entries", "sector_entries", "trigger_entries", "cue_entries"],
)
def test_keys_are_folded_like_the_text_key(table: str) -> None:
    keys = list(getattr(LEX, table))
    assert keys
    for key in keys:
        assert key == fold(key).strip(), key
        assert "\u2019" not in key


def test_city_keys_are_folded_and_capitals_are_cities() -> None:
    assert all(key == fold(key) for key in LEX.cities)
    assert LEX.cities["lima"] == "PER"  # a capital, from the party forms
    assert LEX.cities["geneve"] == "CHE"  # a city, from cities.tsv
    capitals = {k: e.value for k, e in LEX.party_entries.items() if e.detail == "capital"}
    assert capitals
    assert all(LEX.cities[key] == code for key, code in capitals.items())


def test_a_city_is_a_place_not_a_party() -> None:
    assert LEX.party_entries["geneve"] == Entry("place", "CHE", "city")


@pytest.mark.parametrize(
    ("key", "detail", "cased"),
    [
        ("djibouti", "name", True),  # also the capital: the name ranks first
        ("koweit", "name", True),
        ("lima", "capital", True),
        ("kenya", "name", True),
        ("kenyane", "demonym", False),  # written in lower case in the table
    ],
)
def test_the_first_kind_in_rank_order_wins(key: str, detail: str, cased: bool) -> None:
    entry = LEX.party_entries[key]
    assert entry.category == "party"
    assert (entry.detail, entry.cased) == (detail, cased)


def test_each_meaning_of_a_trigger_form_is_kept_once() -> None:
    for key, entries in LEX.trigger_entries.items():
        assert entries, key
        assert len(entries) == len(set(entries)), key  # no form counted twice
    # a form with two meanings keeps both, in the table's order
    both = LEX.trigger_entries["negociations entre les deux"]
    assert [e.category for e in both] == ["consultation", "stage"]


def test_a_sector_form_means_its_sector() -> None:
    assert LEX.sector_entries["peche"] == Entry("sector", "agriculture")
    assert LEX.sector_entries["energie"] == Entry("sector", "energy")


def test_cues_name_a_kind() -> None:
    kinds = {e.value for e in LEX.cue_entries.values()}
    assert {"future", "past", "anaphora"} <= kinds
    assert LEX.cue_entries["signera"] == Entry("cue", "future")


def test_acronyms_match_the_text_with_its_case_and_the_longest_form() -> None:
    text = "L'UE et l'ONU saluent l'UEMOA; la ue ne compte pas, ni onu."
    assert [m.group() for m in LEX.acronyms.finditer(text)] == ["UE", "ONU", "UEMOA"]
    assert LEX.acronym_entries["ONU"].category == "party"


def test_prefixes_only_before_a_hyphen_and_a_word() -> None:
    key = fold("Le sommet sino-kényan, le franco-péruvien, et sino seul, franco- rien.")
    found = [(m.group(), LEX.prefix_entries[m.group()].value) for m in LEX.prefixes.finditer(key)]
    assert found == [("sino", "CHN"), ("franco", "FRA")]
    assert LEX.prefix_longest == max(len(k) for k in LEX.prefix_entries)


_SENTENCES = [
    "Le président kényan a reçu à Nairobi son homologue péruvien.",
    "Les ministres ont signé un mémorandum d'entente sur la pêche et l'énergie.",
    "Une déclaration commune sera publiée demain, a annoncé le Chili.",
    "La commission mixte s'est réunie à Genève pour parler de commerce.",
]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=4), st.integers(0, 40))
def test_the_phrase_index_finds_what_the_patterns_find(sentences: list[str], start: int) -> None:
    key = fold(" ".join(sentences))
    hits = LEX.phrases.scan(key)
    for name, pattern in (
        ("party", LEX.parties),
        ("sector", LEX.sectors),
        ("trigger", LEX.triggers),
        ("cue", LEX.cues),
    ):
        expected = [(m.start(), m.end(), m.group()) for m in pattern.finditer(key, start)]
        assert hits.matches(name, start) == expected


def test_patterns_match_whole_words_only() -> None:
    key = fold("Le Kenyan et la Kenyane; un kenyanisme n'est pas un pays.")
    assert [m.group() for m in LEX.parties.finditer(key)] == ["kenyan", "kenyane"]
    assert not re.search(LEX.triggers, fold("une rencontrexyz"))
