"""Compile many literal phrases into one trie-shaped regular expression.

A flat alternation of thousands of names is slow because the engine tries
each alternative at every position; the same names arranged as a trie share
their prefixes, so the engine follows one path per position. The pattern
has no nested quantifiers: matching is linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["Trie", "compile_phrases", "insert", "trie_pattern"]

_END = ""

Trie = dict[str, "Trie"]
"""A trie of regular-expression atoms; the key ``""`` marks the end of a phrase."""


def insert(trie: Trie, atoms: Iterable[str]) -> None:
    """Add the phrase spelt by ``atoms`` (each a regular expression) to ``trie``."""
    node = trie
    for atom in atoms:
        node = node.setdefault(atom, {})
    node[_END] = {}


def trie_pattern(node: Trie) -> str:
    """The pattern of ``node``: its branches in insertion order, longest first.

    A node that ends a phrase and goes on makes its continuation optional
    (greedy), so a longer phrase is preferred to its prefix.
    """
    branches = [atom + trie_pattern(child) for atom, child in node.items() if atom != _END]
    if not branches:
        return ""
    optional = _END in node
    if len(branches) == 1 and not optional:
        return branches[0]
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if optional else body


def _first_char_pattern(trie: Trie) -> str:
    """The trie's pattern with each first character ahead of the word-start check.

    ``(?<!\\w)`` before a character ``c`` holds exactly when ``(?<!\\wc)`` holds
    after it; a pattern that starts with one of a few characters lets the
    engine skip ahead to the next of them instead of trying every position.
    """
    branches = [atom + rf"(?<!\w{atom})" + trie_pattern(child) for atom, child in trie.items()]
    return "(?:" + "|".join(branches) + ")"


def compile_phrases(
    phrases: Iterable[str], *, flags: int = 0, rare_starts: bool = False
) -> re.Pattern[str]:
    """One pattern matching any of ``phrases`` as whole words, longest first.

    Phrases are matched literally: apply the same case folding to phrases and
    text beforehand. A match may not start or end inside a word.
    ``rare_starts`` gives the same matches faster when the phrases start with
    characters rare in the text (capitals, for acronyms): see
    :func:`_first_char_pattern`. It is slower when they start with any letter.
    """
    trie: Trie = {}
    for phrase in sorted(set(phrases)):
        if phrase:
            insert(trie, map(re.escape, phrase))
    if not trie:
        return re.compile(r"(?!x)x")
    if rare_starts:
        return re.compile(_first_char_pattern(trie) + r"(?!\w)", flags)
    return re.compile(r"(?<!\w)" + trie_pattern(trie) + r"(?!\w)", flags)
