"""Compile many literal phrases into one trie-shaped regular expression.

A flat alternation of thousands of names is slow because the engine tries
each alternative at every position; the same names arranged as a trie share
their prefixes, so the engine follows one path per position. The pattern
has no nested quantifiers: matching is linear in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping

import ahocorasick_rs

__all__ = [
    "PhraseHits",
    "PhraseIndex",
    "Trie",
    "WordScan",
    "compile_phrases",
    "insert",
    "trie_pattern",
]

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


Match = tuple[int, int, str]
"""A match of a phrase list: its start, its end and the phrase."""


_Candidate = tuple[int, int, str, bool]
"""An occurrence of a phrase that starts a word: start, minus its end (so that tuples
sort by start, the longest first), phrase, and whether it ends a word in the whole
text."""


class PhraseHits:
    """The occurrences of an :class:`PhraseIndex`'s phrases in one text.

    :meth:`matches` reads them as :func:`compile_phrases` (one pattern per
    list) would match in any stretch of the text.
    """

    __slots__ = ("_candidates", "_from_start", "_starts")

    def __init__(self, candidates: dict[str, list[_Candidate]]) -> None:
        self._candidates = candidates
        self._starts: dict[str, list[int]] = {}
        self._from_start: dict[tuple[str, int | None], list[Match]] = {}

    def matches(self, name: str, start: int = 0, end: int | None = None) -> list[Match]:
        """What ``compile_phrases(<list name>).finditer(text, start, end)`` matches, as
        ``(start, end, phrase)``, in order: at each position the longest phrase that
        starts and ends a word (the end of the stretch ends a word), and the next
        match looked for after it.

        The matches of a stretch that starts the text are found once and the same list
        returned again (read it, do not change it)."""
        if start == 0:
            kept = self._from_start.get((name, end))
            if kept is None:
                kept = self._from_start[name, end] = self._matches(name, 0, end)
            return kept
        return self._matches(name, start, end)

    def _matches(self, name: str, start: int, end: int | None) -> list[Match]:
        candidates = self._candidates.get(name, [])
        first = 0
        if start > 0 and candidates:
            starts = self._starts.get(name)
            if starts is None:
                starts = self._starts[name] = [c[0] for c in candidates]
            first = bisect_left(starts, start)
        stop = 1 << 62 if end is None else end
        out: list[Match] = []
        last = start
        for index in range(first, len(candidates)):
            at, until, phrase, ends_word = candidates[index]
            until = -until
            if at >= stop:
                break
            if at < last or until > stop or not (ends_word or until == stop):
                continue
            out.append((at, until, phrase))
            last = until
        return out


class PhraseIndex:
    """Several named lists of phrases found in one pass over a text.

    One Aho–Corasick automaton (``ahocorasick_rs``, compiled code) finds
    every occurrence of every phrase, overlapping ones included; the
    whole-word checks of :func:`compile_phrases` (``(?<!\\w)`` before,
    ``(?!\\w)`` after) and its choice of the longest phrase at each
    position are then made on these occurrences, list by list
    (:meth:`PhraseHits.matches`). The matches are those of one
    :func:`compile_phrases` pattern per list, for a fraction of the work of
    running each pattern over the text.
    """

    __slots__ = ("_automaton", "_meta", "_meta_of", "names")

    def __init__(self, lists: Mapping[str, Iterable[str]]) -> None:
        self.names = tuple(lists)
        """The names of the lists, in the order given."""
        owners: dict[str, list[str]] = {}
        for name, phrases in lists.items():
            for phrase in phrases:
                if phrase and name not in owners.setdefault(phrase, []):
                    owners[phrase].append(name)
        patterns = list(owners)
        self._meta = [(phrase, tuple(owners[phrase])) for phrase in patterns]
        self._meta_of: dict[frozenset[str], list[tuple[str, tuple[str, ...]]]] = {}
        self._automaton = (
            ahocorasick_rs.AhoCorasick(patterns, implementation=ahocorasick_rs.Implementation.DFA)
            if patterns
            else None
        )

    def scan(
        self, text: str, start: int = 0, end: int | None = None, *, names: Iterable[str] = ()
    ) -> PhraseHits:
        """The occurrences in ``text[start:end]`` of the phrases of the lists ``names``
        (all lists when empty) that start a word of ``text``."""
        stop = len(text) if end is None else min(end, len(text))
        start = max(0, start)
        candidates: dict[str, list[_Candidate]] = {name: [] for name in self.names}
        if self._automaton is None or start >= stop:
            return PhraseHits(candidates)
        haystack = text if start == 0 and stop == len(text) else text[start:stop]
        meta = self._wanted(frozenset(names))
        length = len(text)
        for index, found_start, found_end in self._automaton.find_matches_as_indexes(
            haystack, overlapping=True
        ):
            begin = found_start + start
            if begin:
                char = text[begin - 1]
                if char.isalnum() or char == "_":
                    continue  # inside a word (``\w`` is ``str.isalnum`` and ``_``)
            phrase, owners = meta[index]
            until = found_end + start
            ends_word = True
            if until < length:
                char = text[until]
                ends_word = not (char.isalnum() or char == "_")
            entry = (begin, -until, phrase, ends_word)
            for name in owners:
                candidates[name].append(entry)
        for found in candidates.values():
            found.sort()
        return PhraseHits(candidates)

    def _wanted(self, names: frozenset[str]) -> list[tuple[str, tuple[str, ...]]]:
        """Each phrase and those of its lists among ``names`` (all when empty)."""
        if not names:
            return self._meta
        meta = self._meta_of.get(names)
        if meta is None:
            meta = [(phrase, tuple(n for n in own if n in names)) for phrase, own in self._meta]
            self._meta_of[names] = meta
        return meta


class WordScan:
    """Where each of a fixed set of words occurs in a text, all found in one scan.

    One Aho–Corasick automaton finds every occurrence of every word, overlapping ones
    included; each word then keeps, from left to right, the occurrences that do not
    overlap the one it kept before: exactly what repeated ``text.find(word, at +
    len(word))`` finds, for one pass over the text instead of one per word.
    """

    __slots__ = ("_automaton", "_words", "known")

    def __init__(self, words: Iterable[str]) -> None:
        self._words = tuple(dict.fromkeys(word for word in words if word))
        self.known = frozenset(self._words)
        """The words this scan finds (the empty word is never one of them)."""
        self._automaton = (
            ahocorasick_rs.AhoCorasick(
                self._words, implementation=ahocorasick_rs.Implementation.DFA
            )
            if self._words
            else None
        )

    def positions(self, text: str) -> dict[str, list[int]]:
        """The start of each occurrence in ``text`` of each word found there, per word,
        in increasing order, none overlapping the one before it."""
        out: dict[str, list[int]] = {}
        for word, starts in self.every(text).items():
            size, reach, kept = len(word), 0, []
            for start in starts:
                if start >= reach:
                    kept.append(start)
                    reach = start + size
            out[word] = kept
        return out

    def every(self, text: str) -> dict[str, list[int]]:
        """The start of every occurrence in ``text`` of each word found there, per word,
        in increasing order, overlapping ones included: what ``text.find(word, at)``
        finds from every position."""
        out: dict[str, list[int]] = {}
        if self._automaton is None:
            return out
        words = self._words
        for index, start, _end in self._automaton.find_matches_as_indexes(text, overlapping=True):
            word = words[index]
            if word in out:
                out[word].append(start)
            else:
                out[word] = [start]
        return out
