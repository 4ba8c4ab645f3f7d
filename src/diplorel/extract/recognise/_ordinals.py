"""French ordinals: finding them with offsets and reading them.

Forms read:

* digits with a suffix: ``1er``, ``1re``, ``1ère``, ``2e``, ``2ème``, ``2è``,
  ``2eme``, ``2nd``, ``2nde``, ``21e``, with the superscript letters
  (``1ᵉʳ``, ``2ᵉ``) and a plural ``s`` (``1ers``, ``2es``); ``er``/``re``/
  ``ère`` only after 1 and ``nd``/``nde`` only after 2. Any number of digits;
* Roman numerals in capitals with a suffix in small letters: ``Ier``,
  ``Ire``, ``IIe``, ``IIème``, ``IVe``, ``XIIe``, ``XXIᵉ``. The numeral must
  be a well-formed one containing at least one of ``I``, ``V``, ``X``, so that
  ``Le``, ``De``, ``Me`` or ``Cie`` are never ordinals; a numeral without a
  suffix (``Louis XIV``, ``Mohammed VI``) is a regnal number, not an ordinal;
* words from ``premier`` to ``centième`` (the ``ordinals.tsv`` table), in
  either gender and number, with the traditional or the 1990 spelling
  (``vingt et unième``, ``vingt-et-unième``) and accents optional. ``premier
  ministre`` and ``première dame`` are titles, not ordinals.

Words are matched whole: an ordinal never starts or ends inside a word. The
finder knows no context: the "1er" of "1er juillet" (also a date, see
:func:`~diplorel.extract.recognise._dates.find_dates`) and the "seconde" of "une
seconde" are ordinals here; the caller decides which reading to keep.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Final

import attr

from diplorel._tsv import read_table
from diplorel.errors import ParseError
from diplorel.extract._reach import SentenceScan, lookahead_reach, never_consumed
from diplorel.extract._text import fold_key
from diplorel.extract._words import forms
from diplorel.extract.recognise._dates import SPACE, forms_pattern

__all__ = ["OrdinalMention", "find_ordinals", "ordinal_scan", "parse_ordinal"]


@attr.s(auto_attribs=True, slots=False, hash=True, order=False)  # native when compiled
class OrdinalMention:
    """An ordinal found in a text: ``text`` is ``source[start:end]``."""

    start: int
    end: int
    text: str
    value: int


_SUFFIX: Final = r"(?:ᵉʳ|ʳᵉ|ᵉ|[eè]mes?|[eè]res?|ers?|res?|ndes?|nds?|[eè]s?)"
_ROMAN: Final = r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
_ROMAN_VALUES: Final = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_TITLES: Final = forms("recognise.ordinals", "title", folded=False)
"""Nouns after which an ordinal word is a title ("premier ministre", "première dame")."""


@cache
def _words() -> Mapping[str, int]:
    return {
        fold_key(row["form"]): int(row["value"])
        for row in read_table("lang", "fr", "ordinals.tsv")
    }


def _body() -> str:
    forms = [row["form"] for row in read_table("lang", "fr", "ordinals.tsv")]
    word = rf"(?P<w>(?:{forms_pattern(forms)})s?)(?!\w)(?!{SPACE}(?:{'|'.join(_TITLES)})(?!\w))"
    digits = rf"(?P<n>[1-9][0-9]*)(?P<ns>{_SUFFIX})(?!\w)"
    # a one-character check first: most words fail it before the repetition starts
    roman = rf"(?-i:(?=[MDCLIVX])(?=[MDCL]{{0,8}}[IVX])(?P<r>{_ROMAN})(?P<rs>{_SUFFIX}))(?!\w)"
    return f"(?:{digits}|{roman}|{word})"


@cache
def _pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){_body()}", re.IGNORECASE)


@cache
def _after() -> re.Pattern[str]:
    """:func:`_pattern` with the non-word character before an ordinal taken first (every
    ordinal starts with a word character): the engine then skips from one blank or mark
    to the next instead of trying every position."""
    return re.compile(rf"\W{_body()}", re.IGNORECASE)


def _matches(
    text: str, start: int = 0, end: int | None = None
) -> Iterator[tuple[re.Match[str], int]]:
    """Each match of :func:`_pattern` in ``text`` from ``start`` and where it starts (a
    match of :func:`_after` starts a character before); ``end`` bounds the searches."""
    stop = len(text) if end is None else end
    if start > 0:
        for m in _after().finditer(text, start - 1, stop):
            yield m, m.start() + 1
        return
    pos = 0
    first = _pattern().match(text, 0, stop)
    if first is not None:
        yield first, 0
        pos = first.end()
    for m in _after().finditer(text, pos, stop):
        yield m, m.start() + 1


def _roman_value(numeral: str) -> int:
    total = 0
    for char, following in zip(numeral, [*numeral[1:], ""], strict=True):
        value = _ROMAN_VALUES[char]
        total += -value if following and _ROMAN_VALUES[following] > value else value
    return total


def _suffix_fits(value: int, suffix: str) -> bool:
    """``er``/``re``/``ère`` go with 1 only, ``nd``/``nde`` with 2 only."""
    key = fold_key(suffix).rstrip("s")
    if key in ("er", "re", "ere", "ᵉʳ", "ʳᵉ"):
        return value == 1
    if key in ("nd", "nde"):
        return value == 2
    return True


def _value(m: re.Match[str]) -> int | None:
    if m.group("n") is not None:
        value = int(m.group("n"))
        return value if _suffix_fits(value, m.group("ns")) else None
    if m.group("r") is not None:
        value = _roman_value(m.group("r"))
        suffix = fold_key(m.group("rs")).rstrip("s")
        if suffix in ("nd", "nde"):
            return None
        if (value == 1) != (suffix in ("er", "re", "ere", "ᵉʳ", "ʳᵉ")):
            return None
        return value
    words = _words()
    key = fold_key(m.group("w"))
    return words.get(key, words.get(key[:-1]) if key.endswith("s") else None)


def find_ordinals(text: str) -> tuple[OrdinalMention, ...]:
    """Every ordinal of ``text``, in order.

    Finding nothing is not an error: the result may be empty.

    >>> [(m.text, m.value) for m in find_ordinals("la 2ème session, au XXIe siècle")]
    [('2ème', 2), ('XXIe', 21)]
    """
    return tuple(_ordinals_from(text, 0, len(text)))


def _ordinals_from(text: str, start: int, end: int) -> Iterator[OrdinalMention]:
    """What :func:`find_ordinals` finds from ``start`` on, where its pass starts afresh
    (no ordinal runs over ``start``), with its searches bounded by ``end``."""
    for m, at in _matches(text, start, end):
        value = _value(m)
        if value is not None:
            yield OrdinalMention(start=at, end=m.end(), text=text[at : m.end()], value=value)


_MARKS: Final = '.,;:!?()"«»'
"""Marks that may break a text into stretches no ordinal runs across."""


def _span(mention: OrdinalMention) -> tuple[int, int]:
    return mention.start, mention.end


@cache
def _shape() -> tuple[frozenset[str], int]:
    """The characters no ordinal holds (among a few marks), and how far a match reads."""
    return never_consumed(_pattern(), _MARKS), lookahead_reach(_pattern())


def ordinal_scan(text: str) -> SentenceScan[OrdinalMention]:
    """The ordinals of each sentence of ``text``, found only when asked: those that
    :func:`find_ordinals` finds in the sentence (not running over its end)."""
    breaks, far = _shape()
    return SentenceScan(text, _ordinals_from, _span, breaks=breaks, reach=far)


def parse_ordinal(text: str) -> int:
    """The value of ``text``, one whole ordinal (surrounding whitespace allowed).

    Raises :class:`~diplorel.errors.ParseError` with a caret under the
    offending part when ``text`` is not one ordinal.

    >>> parse_ordinal("vingt-et-unième")
    21
    >>> parse_ordinal("IIIe")
    3
    """
    lo = len(text) - len(text.lstrip())
    hi = len(text.rstrip())
    if lo >= hi:
        raise ParseError("expected a French ordinal, found nothing", text, 0, len(text))
    m = _pattern().fullmatch(text, lo, hi)
    if m is None:
        first = _pattern().match(text, lo)
        if first is not None and _value(first) is not None:
            raise ParseError("expected the ordinal to end here", text, first.end(), hi)
        later = next(iter(find_ordinals(text[:hi])), None)
        end = hi
        if later is not None and later.start > lo:
            end = lo + len(text[lo : later.start].rstrip())
        raise ParseError("expected a French ordinal such as 2e, IIIe or deuxième", text, lo, end)
    value = _value(m)
    if value is None:
        raise ParseError("this suffix does not go with this number", text, lo, hi)
    return value
