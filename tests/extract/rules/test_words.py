"""The rules' French words (``rules/_words.py`` over ``lang/fr/rules/words.tsv``)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from diplorel._tsv import read_table
from diplorel.extract.rules._words import either, forms, phrases

_SRC = Path(__file__).resolve().parents[3] / "src" / "diplorel"
_LOOKUP = re.compile(
    r"""(?:either|forms|phrases|longest_first|words_pattern)\(\s*['"]([^'"]+)['"],\s*['"]([^'"]+)['"]"""
    r"""|numbers\(\s*['"]([^'"]+)['"]"""
)


def test_either_keeps_the_order_of_the_file_and_escapes() -> None:
    found = forms("consultation.back-reference", "occasion")
    assert found[:3] == ("lors", "au cours", "a l'issue")
    assert set(found) == phrases("consultation.back-reference", "occasion")
    pattern = re.compile(rf"^(?:{either('consultation.back-reference', 'occasion')})$")
    assert pattern.match("a l'issue")
    assert not pattern.match("a lXissue")


def test_either_refuses_an_unknown_rule_or_value() -> None:
    with pytest.raises(LookupError, match="no words for rule"):
        either("consultation.no-such-rule", "occasion")
    with pytest.raises(LookupError, match="no words for rule"):
        either("consultation.back-reference", "no-such-value")


def test_every_row_of_the_table_is_read_by_some_rule() -> None:
    used: set[tuple[str, str | None]] = set()
    for path in _SRC.rglob("*.py"):
        for match in _LOOKUP.finditer(path.read_text(encoding="utf-8")):
            rule, value, numbered = match.groups()
            used.add((rule, value) if numbered is None else (numbered, None))
    rows = read_table("lang", "fr", "rules", "words.tsv")
    unread = {
        (row["rule"], row["value"])
        for row in rows
        if (row["rule"], row["value"]) not in used and (row["rule"], None) not in used
    }
    assert unread == set()
