"""The rules' French words: :mod:`diplorel.extract._words`, which every stage reads."""

from __future__ import annotations

from diplorel.extract._words import (
    alternation,
    either,
    forms,
    longest_first,
    numbers,
    phrases,
    words_pattern,
)

__all__ = [
    "alternation",
    "either",
    "forms",
    "longest_first",
    "numbers",
    "phrases",
    "words_pattern",
]
