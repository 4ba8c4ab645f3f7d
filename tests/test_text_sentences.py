"""Sentence splitting of ``prepare`` (``extract/_text.py``) on scraped text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplorel import extract
from diplorel.extract._text import _SENTENCE_END, _sentence_ends, prepare


def _sentences(text: str) -> list[str]:
    prepared = prepare(text)
    return [prepared.text[s.start : s.end] for s in prepared.sentences]


def test_a_full_stop_that_lost_its_space_still_ends_a_sentence() -> None:
    text = "Les deux ministres se sont entretenus à Accra.Selon le communiqué, ils ont parlé."
    assert _sentences(text) == [
        "Les deux ministres se sont entretenus à Accra.",
        "Selon le communiqué, ils ont parlé.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre a reçu M.Dupont, ambassadeur de France.",  # an abbreviation
        "Le texte est publié sur le site gouv.sn depuis lundi.",  # a domain name
        "Le président a signé le décret n°2024.15 portant approbation.",  # a number
    ],
)
def test_no_cut_inside_abbreviations_names_or_numbers(text: str) -> None:
    assert _sentences(text) == [text]


def test_an_instrument_after_a_lost_space_is_found_in_its_own_sentence() -> None:
    text = (
        "Le Ghana et le Togo ont tenu leurs consultations politiques lundi à Lomé."
        "Les deux pays ont signé un accord sur le transit routier."
    )
    kinds = sorted(event.kind.value for event in extract(text, published="2025-06-11").events)
    assert kinds == ["agreement", "consultation"]


_SCRAPS = st.lists(
    st.sampled_from(
        (
            *("Le", "ministre", "M.", "gouv.sn", "2024.15", "Accra", "Selon", "« Oui", "»"),
            *("(", ")", ".", "..", "...", "!", "?", "?!", "…", " ", "  ", "\n", "é", "3", '"'),
        )
    ),
    max_size=25,
).map("".join)


@settings(max_examples=400)
@given(_SCRAPS, st.data())
def test_sentence_ends_are_the_patterns_matches(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    fast = [m.span() for m in _sentence_ends(text, start, end)]
    assert fast == [m.span() for m in _SENTENCE_END.finditer(text, start, end)]
