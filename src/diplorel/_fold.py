"""The fold for matching names typed by people: one function, shared by queries and scoring."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = ["fold_name"]

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "‐": "-", "–": "-"})


@lru_cache(maxsize=8192)
def fold_name(text: str) -> str:
    """``text`` case-folded, without accents, with one apostrophe, one hyphen and single spaces.

    « Saïd  Al-Dâwûd » and « said al‐dawud » fold alike, so that a name a
    user types (or an annotator wrote) matches the one the extractor found.
    """
    # normalised first, then translated: NFKD turns some characters into ones the table
    # maps (a non-breaking hyphen into a hyphen), which must fold in the same pass
    decomposed = unicodedata.normalize("NFKD", text).translate(_APOSTROPHES)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(bare.casefold().split())
