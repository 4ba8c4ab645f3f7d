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


def _first_char_pattern(trie: _Trie) -> str:
    """The trie's pattern with each first character ahead of the word-start check.

    ``(?<!\\w)`` before a character ``c`` holds exactly when ``(?<!\\wc)`` holds
    after it; a pattern that starts with one of a few characters lets the
    engine skip ahead to the next of them instead of trying every position.
    """
    branches = [
        re.escape(char) + rf"(?<!\w{re.escape(char)})" + _pattern(trie[char])
        for char in sorted(trie)
    ]
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
    trie: _Trie = {}
    for phrase in phrases:
        if phrase:
            _insert(trie, phrase)
    if not trie:
        return re.compile(r"(?!x)x")
    if rare_starts:
        return re.compile(_first_char_pattern(trie) + r"(?!\w)", flags)
    return re.compile(r"(?<!\w)" + _pattern(trie) + r"(?!\w)", flags)
