"""Extraction's French words (``extract/_words.py`` over the ``lang/fr/*/words.tsv`` tables)."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Final

import pytest

from diplorel._tsv import read_table
from diplorel.extract._words import TABLES, either, forms, phrases
from diplorel.extract.rules import RULES

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
    rows = [row for table in TABLES for row in read_table(*table)]
    unread = {
        (row["rule"], row["value"])
        for row in rows
        if (row["rule"], row["value"]) not in used and (row["rule"], None) not in used
    }
    assert unread == set()


_EXTRACT_SRC = _SRC / "extract"
_ALLOWED: dict[str, str] = {
    "ment": "the ending of an adverb (\\w+ment), matched on any word: morphology, not a word",
}
"""Letters that a pattern of ``extract/`` may spell in code, and why."""
_STAGES: Final = ("publication", "recognise", "direction")
"""The keys of stages that are no rule (``lang/fr/extract/words.tsv``) start with one of
these and a dot."""
_ESCAPE = re.compile(r"\\[A-Za-z]|\(\?P<\w+>")
"""An escape (``\\b``, ``\\w``) or a group's name (``(?P<done>``): no word of French."""
_WORD = re.compile(r"[^\W\d_]{4,}")


def _literals(node: ast.AST) -> Iterator[tuple[int, str]]:
    """The string literals of a pattern's expression, without the arguments of the calls
    inside it (``either('rule', 'value')`` names a rule, it spells no word)."""
    if isinstance(node, ast.Call):
        return
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.lineno, node.value
        return
    for child in ast.iter_child_nodes(node):
        yield from _literals(child)


def _spelt_words(source: str) -> list[tuple[int, str]]:
    """Runs of four letters or more in the literals given to ``re.compile``."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and ast.unparse(node.func) == "re.compile":
            for argument in node.args:
                for line, literal in _literals(argument):
                    bare = _ESCAPE.sub(" ", literal)  # "\\bavec" spells "avec", "\\w" nothing
                    found.extend((line, word) for word in _WORD.findall(bare))
    return found


def test_the_scan_finds_words_in_literals_but_not_in_lookups() -> None:
    source = (
        "import re\n"
        'A = re.compile(r"\\b(?:a|ont)\\s+recu\\b")\n'
        "B = re.compile(rf\"\\b(?:{either('consultation.leaders', 'met')})\\s\\w+ment\")\n"
        'C = re.compile(r"\\s*(?:[\\w\'-]+\\s+){0,3}?" + "dont")\n'
    )
    assert _spelt_words(source) == [(2, "recu"), (3, "ment"), (4, "dont")]


def test_no_pattern_of_extraction_spells_a_french_word() -> None:
    spelt = [
        (str(path.relative_to(_EXTRACT_SRC)), line, word)
        for path in sorted(_EXTRACT_SRC.rglob("*.py"))
        for line, word in _spelt_words(path.read_text(encoding="utf-8"))
        if word not in _ALLOWED
    ]
    assert spelt == [], "move these words to lang/fr/*/words.tsv (extract/_words.py)"


def test_every_key_is_a_rule_or_a_stage() -> None:
    keys = {row["rule"] for table in TABLES for row in read_table(*table)}
    unknown = {
        key for key in keys if key not in RULES and key.split(".", maxsplit=1)[0] not in _STAGES
    }
    assert unknown == set()
    rule_keys = {row["rule"] for row in read_table(*TABLES[0])}
    assert rule_keys <= RULES.keys(), "lang/fr/rules/words.tsv is keyed by rule names only"


def test_a_rule_reads_each_value_from_one_table() -> None:
    """A value's forms in two tables would be tried in an order no file shows."""
    first, second = (
        {(row["rule"], row["value"]) for row in read_table(*table)} for table in TABLES
    )
    assert first & second == set()


def test_unfolded_forms_keep_case_and_accents() -> None:
    assert "Monsieur" in forms("recognise.persons", "title", folded=False)
    assert "monsieur" in forms("recognise.persons", "title")
    pattern = re.compile(rf"^(?:{either('direction.visit', 'trip-noun', folded=False)})$")
    assert pattern.match("séjour")
    assert not pattern.match("sejour")
    with pytest.raises(LookupError, match="no words for rule"):
        either("direction.visit", "no-such-value", folded=False)
