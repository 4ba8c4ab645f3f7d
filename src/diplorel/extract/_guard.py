"""Faster searches for the rules' patterns that start at a word, with the same matches.

Many rules search a sentence (or what follows a trigger) for a pattern that
starts with ``\\b`` before a list of French words. The regular-expression
engine cannot skip ahead in such a pattern: it tries the word boundary, then
every alternative, at every position of the text. Two wrappers give the same
matches (the very :class:`re.Match` objects of the pattern's body) for less
work:

* :class:`Guarded` tries the pattern only when one of the words it must start
  with occurs in the searched part of the text: right for a short list of words
  that are rare in news text ("en marge de", "quant à", "en présence"). The
  words of every guard are found in one Aho–Corasick scan of the searched text
  (:class:`~diplorel.extract._trie.WordScan`), kept while the same text object
  is searched (a document's folded key, searched by the rules sentence by
  sentence); a guard then reads, by bisection, whether one of its words lies
  within the bounds, instead of one ``str.find`` per word and search.
* :class:`WordStart` searches ``\\W(?:body)`` instead of ``\\b(?:body)``: a
  pattern that starts with a character class lets the engine skip from one
  blank or mark to the next (the method of the phrase scanners, see
  ``docs/performance.md``); the match is then read at the word with the body
  alone. The first position of the text, which has no character before it,
  is tried with the body directly.

Both need a pattern whose every match starts with a word character (true of
``\\b`` before French words); ``tests/extract/test_guard.py`` checks on random
texts that each wrapped pattern of the rules finds what the plain one finds.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Final

from diplorel.extract._trie import WordScan

if TYPE_CHECKING:
    from diplorel.extract._text import Prepared

__all__ = ["Guarded", "WordStart", "sentences_with"]

_BOUNDARY: Final = "\\b"


class Guarded:
    """``pattern``, tried only where one of ``words`` (every match of the pattern holds
    one of them) occurs between the search bounds."""

    __slots__ = ("_index", "pattern", "words")

    def __init__(self, pattern: re.Pattern[str], words: Iterable[str]) -> None:
        self.pattern = pattern
        given = tuple(dict.fromkeys(words))
        if not given or "" in given:
            raise ValueError("a guard needs words, none of them empty")
        self.words = _fewest(given)
        self._index = len(_GUARD_WORDS)
        _GUARD_WORDS.append(self.words)
        _LAST[0] = ("", {})  # a text scanned before did not look for these words

    def possible(self, string: str, pos: int, endpos: int) -> bool:
        """Whether one of the words occurs in ``string[pos:endpos]``: False means the
        pattern has no match there."""
        pos = max(pos, 0)
        if endpos < 0:  # counted from the end, as str.find counts it
            find = string.find
            return any(find(word, pos, endpos) >= 0 for word in self.words)
        spans = _scanned(string).get(self._index)
        if spans is None:
            return False
        count = len(spans)
        at = bisect_left(spans, (pos,))
        while at < count:
            start, end = spans[at]
            if start >= endpos:
                return False
            if end <= endpos:
                return True
            at += 1
        return False

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """As :meth:`re.Pattern.search`."""
        end = len(string) if endpos is None else endpos
        if not self.possible(string, pos, end):
            return None
        return self.pattern.search(string, pos, end)

    def finditer(
        self, string: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        """As :meth:`re.Pattern.finditer`."""
        end = len(string) if endpos is None else endpos
        if not self.possible(string, pos, end):
            return iter(())
        return self.pattern.finditer(string, pos, end)


_GUARD_WORDS: Final[list[tuple[str, ...]]] = []
"""The words of each guard made, by the guard's index."""

_Spans = dict[int, list[tuple[int, int]]]
"""Per guard (by index), the start and end of each occurrence of its words, in order."""

_LAST: Final[list[tuple[str, _Spans]]] = [("", {})]
"""The text searched last and where the guards' words occur in it."""
_SCANNER: Final[list[tuple[int, WordScan, dict[str, tuple[int, ...]]]]] = []
"""The scanner of the guards' words, the number of guards it was made for, and the
guards of each word."""


def _scanner() -> tuple[WordScan, dict[str, tuple[int, ...]]]:
    """The scanner of every guard's words (made again when guards were added since)."""
    if not _SCANNER or _SCANNER[0][0] != len(_GUARD_WORDS):
        owners: dict[str, list[int]] = {}
        for index, words in enumerate(_GUARD_WORDS):
            for word in words:
                owners.setdefault(word, []).append(index)
        made = (len(_GUARD_WORDS), WordScan(owners), {w: tuple(i) for w, i in owners.items()})
        _SCANNER[:] = [made]
    _count, scanner, owners_of = _SCANNER[0]
    return scanner, owners_of


def _scanned(text: str) -> _Spans:
    """Where the guards' words occur in ``text``: one scan while the same object (a
    document's key) is searched."""
    last = _LAST[0]
    if last[0] is text:
        return last[1]
    scanner, owners = _scanner()
    spans: _Spans = {}
    for word, starts in scanner.every(text).items():
        size = len(word)
        for index in owners[word]:
            found = spans.get(index)
            if found is None:
                found = spans[index] = []
            found.extend((start, start + size) for start in starts)
    for index, found in spans.items():
        if len(_GUARD_WORDS[index]) > 1:
            found.sort()
    _LAST[0] = (text, spans)
    return spans


def _fewest(words: tuple[str, ...]) -> tuple[str, ...]:
    """Fewer words to look for, found wherever one of ``words`` is: their common start
    when it is long enough, else the words that hold none of the others."""
    common = min(words, key=len)
    while common and not all(w.startswith(common) for w in words):
        common = common[:-1]
    if len(common) >= _COMMON_START:
        return (common,)
    return tuple(w for w in words if not any(v != w and v in w for v in words))


_COMMON_START: Final = 4
"""A common start this long is rare enough in text to stand for all the words."""


class WordStart:
    """``pattern`` (``\\b`` then a body whose matches start with a word character),
    searched as ``\\W(?:body)``; the matches are the body's, equal to the pattern's."""

    __slots__ = ("_body", "_scan", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        source = pattern.pattern
        if not source.startswith(_BOUNDARY):
            raise ValueError(f"the pattern must start with \\b: {source[:40]!r}")
        body = source[len(_BOUNDARY) :]
        self.pattern = pattern
        self._body = re.compile(body, pattern.flags)
        self._scan = re.compile(rf"\W(?:{body})", pattern.flags)

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """As :meth:`re.Pattern.search`."""
        end = len(string) if endpos is None else min(endpos, len(string))
        pos = max(pos, 0)
        if pos == 0:
            first = self._body.match(string, 0, end)
            if first is not None:
                return first
            hit = self._scan.search(string, 0, end)
        else:
            hit = self._scan.search(string, pos - 1, end)
        if hit is None:
            return None
        return self._body.match(string, hit.start() + 1, end)

    def finditer(
        self, string: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        """As :meth:`re.Pattern.finditer` (the body never matches an empty string)."""
        end = len(string) if endpos is None else min(endpos, len(string))
        found = self.search(string, pos, end)
        while found is not None:
            yield found
            found = self.search(string, max(found.end(), found.start() + 1), end)


def sentences_with(prepared: Prepared, words: Iterable[str]) -> frozenset[int]:
    """The indexes of the sentences where one of ``words`` starts: a pattern that
    needs one of them can match only there (a word running over a sentence's end
    counts for the sentence it starts in, which is more, never less)."""
    key = prepared.key
    out = set()
    for word in words:
        at = key.find(word)
        while at != -1:
            out.add(prepared.sentence_at(at))
            at = key.find(word, at + 1)
    return frozenset(out)
