"""The three folds, one per contract: length-keeping, lookup key, typed names."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from diplorel._fold import fold_name
from diplorel.extract._text import fold, fold_key


@given(st.text(max_size=60))
def test_fold_keeps_the_length(text: str) -> None:
    assert len(fold(text)) == len(text)


def test_fold_lowers_and_strips_accents() -> None:
    assert fold("États-Unis, Côte d'Ivoire") == "etats-unis, cote d'ivoire"
    assert fold("Œuvre") == "œuvre"


def test_fold_key_joins_blanks_and_hyphens() -> None:
    assert fold_key("  Mi-Décembre ") == "mi decembre"
    assert fold_key("jusqu’au") == fold_key("Jusqu'au") == "jusqu'au"


@given(st.text(max_size=40))
def test_fold_key_is_idempotent(text: str) -> None:
    assert fold_key(fold_key(text)) == fold_key(text)


def test_fold_name_matches_what_people_type() -> None:
    assert fold_name("Saïd  Al‐Dâwûd") == fold_name("said al-dawud")
    assert fold_name("N’Diaye") == fold_name("n'diaye")
    assert fold_name("Jean Yves") != fold_name("Jean-Yves")


@given(st.text(max_size=40))
def test_fold_name_is_idempotent(text: str) -> None:
    assert fold_name(fold_name(text)) == fold_name(text)
