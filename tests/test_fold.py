"""The three folds, one per contract: length-keeping, lookup key, typed names."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from diplorel._fold import fold_name
from diplorel.extract._text import (
    _fold_whole,
    _patterns,
    _touched,
    _translate_whole,
    _translation,
    _untouched,
    fold,
    fold_key,
)


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
@example("\u2011")  # a non-breaking hyphen, which NFKD turns into a hyphen the table maps
def test_fold_name_is_idempotent(text: str) -> None:
    assert fold_name(fold_name(text)) == fold_name(text)


_FRENCH_SCRAPS = st.lists(
    st.sampled_from(["Le ministre", " a signé", "É", "é", "’", "\u00a0", "\t", "\r", "œ", "`"])
    | st.characters(),
    max_size=30,
).map("".join)


@given(_FRENCH_SCRAPS)
@example("a\ud83d\ude00\udc80b")  # lone surrogates, which the translation table replaces
def test_prepare_reads_every_character_that_matters(text: str) -> None:
    # ``prepare`` looks only at the characters left once the plain ASCII runs are taken
    # out: every character the translation, the fold or the rebuild may touch is there
    kept = _touched(text)
    assert kept == {c for c in text if not c.isascii() or ord(c) not in _untouched()}
    table, special = _translation(), _patterns().special
    touched = {c for c in text if not c.isascii() or ord(c) in table or c in special}
    assert touched <= kept
    if special.isdisjoint(kept):
        full, chars = _translate_whole(text, set(text))
        assert _translate_whole(text, kept)[0] == full
        assert _fold_whole(full, set(full)) == _fold_whole(full, chars) == fold(full)


@given(st.text(st.characters(max_codepoint=0xFF), max_size=40))
def test_a_latin1_text_folds_through_the_byte_table_as_fold_does(text: str) -> None:
    assert _fold_whole(text, set(text)) == fold(text)
