"""Reading a pattern's shape: how far it reads, which characters it never takes.

A recogniser runs its pattern over the whole text, left to right, each
search starting where the last match ended; its matches are then dealt out
to the sentences. Few sentences are ever asked for some mentions (ordinals),
so :class:`SentenceScan` finds them sentence by sentence, only when asked,
and gives the very matches the whole-text pass gives, by two facts that
this module reads from the compiled pattern itself:

* a character the pattern never consumes (:func:`never_consumed`: for the
  ordinals ``.`` and ``,``) lies inside no match, so the whole-text pass
  starts afresh after it: a scan started there finds what the whole-text
  pass finds from there on;
* no match attempt consumes such a character, and past what it consumes a
  pattern reads at most :func:`lookahead_reach` characters (when its
  look-aheads are bounded): searches bounded that far after the first such
  character after a sentence's end find, before that end, what unbounded
  searches find.

Both are computed from the parsed pattern (``re._parser``, the standard
library's own parser); an operation this module does not know makes them
give up safely (no character is forbidden, the reach is unbounded), which
only costs speed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any, Final, Generic, TypeVar

__all__ = ["SentenceScan", "lookahead_reach", "max_width", "never_consumed"]

# The standard library's parser of patterns, a submodule ``re`` loads itself (no stubs:
# read as Any); it holds the operation constants too.
_parser: Any = vars(re)["_parser"]
_c: Any = _parser

_UNBOUNDED: Final = 1 << 40
"""A reach too large to bound anything: the pattern may read to the end of the text."""

_Nodes = Any
"""A parsed pattern (``re._parser.SubPattern``) or its list of ``(op, argument)``."""

_CONSUMING_ONE: Final = frozenset({_c.LITERAL, _c.NOT_LITERAL, _c.IN, _c.ANY, _c.CATEGORY})
_REPEATS: Final = frozenset(
    op
    for op in (
        getattr(_c, "MAX_REPEAT", None),
        getattr(_c, "MIN_REPEAT", None),
        getattr(_c, "POSSESSIVE_REPEAT", None),
    )
    if op is not None
)


class _UnknownError(Exception):
    """An operation this module cannot reason about."""


def _width(nodes: _Nodes, groups: dict[int, int]) -> int:
    """The most characters ``nodes`` consume (look-arounds consume none)."""
    total = 0
    for op, arg in nodes:
        if op in _CONSUMING_ONE:
            total += 1
        elif op is _c.SUBPATTERN:
            width = _width(arg[-1], groups)
            if arg[0] is not None:
                groups[arg[0]] = width
            total += width
        elif op is _c.BRANCH:
            total += max((_width(branch, groups) for branch in arg[1]), default=0)
        elif op in _REPEATS:
            _low, high, body = arg
            total += _UNBOUNDED if high == _c.MAXREPEAT else high * _width(body, groups)
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            total += _width(arg, groups)
        elif op is _c.GROUPREF:
            total += groups.get(arg, _UNBOUNDED)
        elif op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            continue
        else:
            raise _UnknownError(str(op))
    return min(total, _UNBOUNDED)


def _reach(nodes: _Nodes, groups: dict[int, int]) -> int:
    """The most characters read after the start of ``nodes``: consumed, or looked at
    by a look-ahead."""
    best = 0
    before = 0
    for item in nodes:
        op, arg = item
        if op in (_c.ASSERT, _c.ASSERT_NOT):
            ahead = 0 if arg[0] < 0 else _reach(arg[1], groups)
            best = max(best, before + ahead)
            continue
        if op is _c.SUBPATTERN:
            inner = _reach(arg[-1], groups)
        elif op is _c.BRANCH:
            inner = max((_reach(branch, groups) for branch in arg[1]), default=0)
        elif op in _REPEATS:
            _low, high, body = arg
            inner = (
                _UNBOUNDED
                if high == _c.MAXREPEAT
                else max(0, high - 1) * _width(body, groups) + _reach(body, groups)
            )
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            inner = _reach(arg, groups)
        else:
            inner = 0
        width = _width([item], groups)
        best = max(best, before + max(inner, width))
        before = min(before + width, _UNBOUNDED)
    return min(best, _UNBOUNDED)


def _lookaheads(nodes: _Nodes) -> int:
    """The farthest any look-ahead in ``nodes`` reads from where it is tried."""
    best = 0
    for op, arg in nodes:
        if op in (_c.ASSERT, _c.ASSERT_NOT):
            if arg[0] >= 0:
                best = max(best, _reach(arg[1], {}))
            best = max(best, _lookaheads(arg[1]))
        elif op is _c.SUBPATTERN:
            best = max(best, _lookaheads(arg[-1]))
        elif op is _c.BRANCH:
            best = max((best, *(_lookaheads(branch) for branch in arg[1])))
        elif op in _REPEATS:
            best = max(best, _lookaheads(arg[2]))
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            best = max(best, _lookaheads(arg))
        elif op not in _CONSUMING_ONE and op not in (_c.AT, _c.GROUPREF):
            raise _UnknownError(str(op))
    return min(best, _UNBOUNDED)


def lookahead_reach(pattern: re.Pattern[str]) -> int:
    """How far past the last character it consumes ``pattern`` may read: the farthest
    any of its look-aheads reads (look-behinds look back, not counted).

    A very large number when a look-ahead holds an unbounded repetition or the
    pattern an operation this module does not know.
    """
    try:
        return _lookaheads(_parser.parse(pattern.pattern, pattern.flags))
    except (_UnknownError, re.error, TypeError, ValueError):  # pragma: no cover
        return _UNBOUNDED


def max_width(pattern: str) -> int:
    """The most characters ``pattern`` consumes (look-arounds consume none).

    A very large number when it holds an unbounded repetition or an operation
    this module does not know.
    """
    try:
        return _width(_parser.parse(pattern), {})
    except (_UnknownError, re.error, TypeError, ValueError):  # pragma: no cover
        return _UNBOUNDED


def _accepts(op: Any, arg: Any, char: str, ignore_case: bool) -> bool:
    """Whether the one-character operation ``op`` may consume ``char``."""
    if ignore_case and (char.lower() != char or char.upper() != char):
        return True  # a cased character: case-blind matching has more equivalents than these
    code = ord(char)
    if op is _c.ANY:
        return True
    if op is _c.LITERAL:
        return bool(arg == code)
    if op is _c.NOT_LITERAL:
        return bool(arg != code)
    if op is _c.CATEGORY:
        return _in_category(arg, char)
    if op is _c.IN:
        negate = False
        hit = False
        for item, value in arg:
            if item is _c.NEGATE:
                negate = True
            elif item is _c.LITERAL:
                hit = hit or value == code
            elif item is _c.RANGE:
                hit = hit or value[0] <= code <= value[1]
            elif item is _c.CATEGORY:
                hit = hit or _in_category(value, char)
            else:
                return True  # an item not read here: it may take the character
        return hit != negate
    return True


def _in_category(category: Any, char: str) -> bool:
    """Whether ``char`` is in the ``\\w``, ``\\s`` or ``\\d`` category (or their negations)."""
    word = char.isalnum() or char == "_"
    tests: dict[Any, bool] = {
        _c.CATEGORY_WORD: word,
        _c.CATEGORY_NOT_WORD: not word,
        _c.CATEGORY_SPACE: char.isspace(),
        _c.CATEGORY_NOT_SPACE: not char.isspace(),
        _c.CATEGORY_DIGIT: char.isdecimal(),
        _c.CATEGORY_NOT_DIGIT: not char.isdecimal(),
    }
    return tests.get(category, True)


def _consumes(nodes: _Nodes, char: str, ignore_case: bool) -> bool:
    """Whether any consuming operation of ``nodes`` (outside look-arounds) may take ``char``."""
    for op, arg in nodes:
        if op in _CONSUMING_ONE:
            if _accepts(op, arg, char, ignore_case):
                return True
        elif op is _c.SUBPATTERN:
            add, remove = arg[1], arg[2]
            if add & (re.ASCII | re.LOCALE):
                return True  # other meanings of the categories: not read here
            inner = (ignore_case or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
            if _consumes(arg[-1], char, inner):
                return True
        elif op is _c.BRANCH:
            if any(_consumes(branch, char, ignore_case) for branch in arg[1]):
                return True
        elif op in _REPEATS:
            if _consumes(arg[2], char, ignore_case):
                return True
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            if _consumes(arg, char, ignore_case):
                return True
        elif op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT, _c.GROUPREF):
            continue  # a group reference takes only what its group took
        else:
            return True
    return False


def never_consumed(pattern: re.Pattern[str], chars: Iterable[str]) -> frozenset[str]:
    """Those of ``chars`` that no match of ``pattern`` can contain (look-arounds may
    still look at them)."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except (re.error, TypeError, ValueError):  # pragma: no cover
        return frozenset()
    if pattern.flags & (re.ASCII | re.LOCALE):
        return frozenset()  # other meanings of the categories: not read here
    ignore_case = bool(pattern.flags & re.IGNORECASE)
    return frozenset(char for char in chars if not _consumes(parsed, char, ignore_case))


_T = TypeVar("_T")

Finder = Callable[[str, int, int], Iterable[_T]]
"""A recogniser run from ``start`` (a fresh start, as after a character no match holds)
with its searches bounded by ``end``; gives its matches in order."""


class SentenceScan(Generic[_T]):
    """The matches a whole-text recogniser gives in each sentence, found only when asked.

    ``find(text, start, end)`` must be the whole-text recogniser started at
    ``start`` (``0`` for the text's own start) with ``end`` as the end of its
    searches; ``span`` gives a match's start and end; ``breaks`` are the
    characters no match can contain and ``reach`` how far past its last
    character a match attempt may read (:func:`lookahead_reach`).
    :meth:`of` gives a sentence's matches: those starting in it and ending
    by its end, as the whole-text pass dealt out would give.
    """

    __slots__ = ("_breaks", "_cache", "_find", "_reach", "_span", "_text")

    def __init__(
        self,
        text: str,
        find: Finder[_T],
        span: Callable[[_T], tuple[int, int]],
        *,
        breaks: frozenset[str],
        reach: int,
    ) -> None:
        self._text = text
        self._find = find
        self._span = span
        self._breaks = breaks
        self._reach = reach
        self._cache: dict[tuple[int, int], tuple[_T, ...]] = {}

    def _fresh_start(self, start: int) -> int:
        """The last position at or before ``start`` right after a character no match holds
        (0 when there is none)."""
        text = self._text
        return max((text.rfind(char, 0, start) + 1 for char in self._breaks), default=0)

    def of(self, start: int, end: int) -> tuple[_T, ...]:
        """The matches of the sentence ``[start, end)``."""
        found = self._cache.get((start, end))
        if found is not None:
            return found
        text = self._text
        # no match attempt made before ``end`` consumes past the next break, and its
        # look-aheads read at most ``reach`` further: searches bounded there find, before
        # ``end``, what unbounded ones find
        after = [at for char in self._breaks if (at := text.find(char, end)) != -1]
        limit = min(len(text), min(after, default=len(text)) + self._reach + 1)
        kept = []
        for item in self._find(text, self._fresh_start(start), limit):
            at, until = self._span(item)
            if at >= end:
                break
            if at >= start and until <= end:
                kept.append(item)
        found = self._cache[start, end] = tuple(kept)
        return found
