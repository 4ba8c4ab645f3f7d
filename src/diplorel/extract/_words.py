"""The French words that extraction's patterns read, from ``lang/fr/``.

Two tables, one format (``rule``, ``form``, ``value``): ``lang/fr/rules/words.tsv``
keyed by the name of a registered rule (:data:`diplorel.extract.rules.RULES`),
the assembly rules' and the passes' after it, and ``lang/fr/extract/words.tsv``
keyed by a stage that is no rule (``recognise.persons``, ``publication.dateline``
…). A lookup reads both. Forms are folded the way the text's key is (lower
case, no accents, straight apostrophes), unless asked ``folded=False`` for a
pattern that runs on the original text, case and accents kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Final

from diplorel._tsv import read_table

__all__ = [
    "TABLES",
    "alternation",
    "either",
    "forms",
    "longest_first",
    "numbers",
    "ordered_alternation",
    "phrases",
    "words_pattern",
]


TABLES: Final = (("lang", "fr", "rules", "words.tsv"), ("lang", "fr", "extract", "words.tsv"))
"""The package paths of the word tables, rules' first."""


@cache
def _rows() -> tuple[tuple[str, str, str], ...]:
    # Imported here, not above: the normalisation module (_text) reads its own words
    # from these tables while it is being imported.
    from diplorel.extract._text import fold  # noqa: PLC0415

    return tuple((row["rule"], fold(row["form"]), row["value"]) for row in _written_rows())


@cache
def _written_rows() -> tuple[dict[str, str], ...]:
    return tuple(row for table in TABLES for row in read_table(*table))


@cache
def phrases(rule: str, value: str) -> frozenset[str]:
    """The folded forms that the rule ``rule`` reads as ``value``."""
    return frozenset(form for name, form, kind in _rows() if name == rule and kind == value)


@cache
def numbers(rule: str) -> dict[str, int]:
    """The folded forms of the rule ``rule`` with the number each stands for."""
    return {form: int(value) for name, form, value in _rows() if name == rule}


@cache
def forms(rule: str, value: str, *, folded: bool = True) -> tuple[str, ...]:
    """The forms that the rule ``rule`` reads as ``value``, in the file's order.

    Folded, or as the file writes them (case and accents kept) with
    ``folded=False``.
    """
    if not folded:
        return tuple(
            dict.fromkeys(
                row["form"]
                for row in _written_rows()
                if row["rule"] == rule and row["value"] == value
            )
        )
    return tuple(
        dict.fromkeys(form for name, form, kind in _rows() if name == rule and kind == value)
    )


@cache
def either(rule: str, value: str, *, folded: bool = True) -> str:
    """A regular-expression alternation of :func:`forms`, tried in the file's order.

    A pattern keeps its structure (boundaries, optional groups, what comes
    before and after) in code and takes its words from here:
    ``rf"\\b(?:{either('cue.not-yet', 'modal')})\\s"``. Raises ``LookupError``
    when the file has no such form, so that a renamed rule cannot silently
    match nothing. ``folded=False`` keeps the forms as written, for a pattern
    on the original text.
    """
    found = forms(rule, value, folded=folded)
    if not found:
        raise LookupError(f"no words for rule {rule!r} as {value!r} in words.tsv")
    return ordered_alternation(found)


def alternation(forms: frozenset[str] | dict[str, int]) -> str:
    """A regular-expression alternation of the forms, longest first."""
    return ordered_alternation(sorted(forms, key=lambda f: (-len(f), f)))


def ordered_alternation(forms: Sequence[str]) -> str:
    """A regular-expression alternation that matches what ``form|form|…`` (each form
    escaped, in the given order) matches, with the same choice among the forms.

    The regular-expression engine tries the alternatives of a group one by one at
    every position it reaches, a quick test of the first character each; a list of
    a hundred verbs costs a hundred tests per position. The forms are gathered by
    their first character, and those of one character by their common start
    (``a(?:vait\\ eu|\\ eu(?:\\ lieu|))``), keeping their order among themselves:
    two forms of different first characters never match at the same position, so
    their order does not matter, and an empty rest (a form that ends where others
    go on) keeps its place among the others. Forms that are not all ASCII without
    capitals are joined as they are (under ``re.IGNORECASE`` two other characters
    may match one character of the text).
    """
    if not all(form and form.isascii() and form == form.lower() for form in forms):
        return "|".join(re.escape(form) for form in forms)
    return _gathered(list(forms))


def _gathered(forms: list[str]) -> str:
    """:func:`ordered_alternation` of ASCII lower-case forms (some empty in a rest)."""
    parts: list[str] = []
    run: list[str] = []
    for form in [*forms, ""]:
        if form:
            run.append(form)
            continue
        by_first: dict[str, list[str]] = {}
        for one in run:
            by_first.setdefault(one[0], []).append(one)
        for members in by_first.values():
            if len(members) == 1:
                parts.append(re.escape(members[0]))
                continue
            common = _common_start(members)
            rests = _gathered([one[len(common) :] for one in members])
            parts.append(f"{re.escape(common)}(?:{rests})")
        run = []
        parts.append("")
    parts.pop()  # the empty form added at the end
    return "|".join(parts)


def _common_start(forms: list[str]) -> str:
    """The longest start the forms share."""
    first, size = forms[0], len(forms[0])
    for form in forms[1:]:
        at, most = 0, min(size, len(form))
        while at < most and form[at] == first[at]:
            at += 1
        size = at
    return first[:size]


@cache
def longest_first(rule: str, value: str) -> str:
    """The forms of ``rule``'s ``value`` as one alternation, longest first (escaped)."""
    return alternation(phrases(rule, value))


def words_pattern(rule: str, value: str) -> re.Pattern[str]:
    """The forms as whole words: ``\\b(?:form|form …)\\b``."""
    return re.compile(rf"\b(?:{alternation(phrases(rule, value))})\b")
