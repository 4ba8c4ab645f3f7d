"""Compile many literal phrases into one trie-shaped regular expression.

A flat alternation of thousands of names is slow because the engine tries
each alternative at every position; the same names arranged as a trie share
their prefixes, so the engine follows one path per position. The pattern
has no nested quantifiers: matching is linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["compile_phrases"]

_END = ""

_Trie = dict[str, "_Trie"]


def _insert(trie: _Trie, phrase: str) -> None:
    node = trie
    for char in phrase:
        node = node.setdefault(char, {})
    node[_END] = {}


def _pattern(node: _Trie) -> str:
    branches = []
    optional = False
    for char in sorted(node, key=lambda c: (c == _END, c)):
        if char == _END:
            optional = True
            continue
        branches.append(re.escape(char) + _pattern(node[char]))
    if not branches:
        return ""
    if len(branches) == 1 and not optional:
        return branches[0]
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if optional else body


def compile_phrases(phrases: Iterable[str], *, flags: int = 0) -> re.Pattern[str]:
    """One pattern matching any of ``phrases`` as whole words, longest first.

    Phrases are matched literally: apply the same case folding to phrases and
    text beforehand. A match may not start or end inside a word.
    """
    trie: _Trie = {}
    for phrase in phrases:
        if phrase:
            _insert(trie, phrase)
    if not trie:
        return re.compile(r"(?!x)x")
    return re.compile(r"(?<!\w)" + _pattern(trie) + r"(?!\w)", flags)
