"""Normalising and segmenting article text, with offsets back to the original.

:func:`prepare` turns the text the user passed into a :class:`Prepared`
text: Unicode composed (NFC), typographic apostrophes and quotes folded,
exotic spaces made plain, invisible characters (zero-width, bidirectional
controls, soft hyphens) and HTML tags dropped, HTML entities decoded. An
offset map leads every character of the prepared text back to the original,
so spans found in the prepared text are reported in the user's text.

``key`` is a second view of the prepared text, of the same length: lower
case with accents removed. Lexicons are matched against it, so "Etats-Unis"
and "États-Unis", "Négocié" and "negocie" match alike.

Segmentation cuts the text into paragraphs (lines) and sentences. A
paragraph that repeats an earlier one word for word is marked as a
repetition and reports nothing new.
"""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_right
from functools import cache
from typing import Final

import attrs

__all__ = ["Prepared", "Sentence", "fold", "prepare"]

_ONE_TO_ONE: Final = {
    "\u2019": "'",
    "\u2018": "'",
    "\u02bc": "'",
    "\u00b4": "'",
    "\u2032": "'",
    "`": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u2013": "-",
    "\u2014": "-",
    "\u2011": "-",
    "\u2010": "-",
    "\u2212": "-",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u2007": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u3000": " ",
    "\t": " ",
    "\r": "\n",
    "\u2028": "\n",
    "\u2029": "\n",
    "\u0085": "\n",
    "\x0b": "\n",
    "\x0c": "\n",
}
_DROPPED: Final = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u061c") | frozenset(
    chr(c) for c in [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)
_SPECIAL: Final = re.compile("[" + "".join(sorted(_DROPPED)) + r"\u0300-\u036f<&]")
_TAG: Final = re.compile(r"<(?:/?[A-Za-z][A-Za-z0-9]{0,20}\b[^<>\n]{0,500}|!--[^<>]{0,2000}--)>")
_ENTITY: Final = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


@cache
def _translation() -> dict[int, str]:
    table = {ord(k): v for k, v in _ONE_TO_ONE.items()}
    for code in range(32):
        if chr(code) not in "\n":
            table.setdefault(code, " ")
    table[0x7F] = " "
    for code in range(0xD800, 0xE000):
        table[code] = "\ufffd"
    return table


@cache
def _fold_table() -> dict[int, str]:
    """Lower case, accents removed, one character for one character."""
    table: dict[int, str] = {}
    for code in range(0x41, 0x2000):
        char = chr(code)
        lower = char.lower()
        if len(lower) != 1:
            lower = char
        base = unicodedata.normalize("NFD", lower)[0]
        if base != char:
            table[code] = base
    table[ord("œ")] = "œ"
    table[ord("Œ")] = "œ"
    return table


def fold(text: str) -> str:
    """Lower-case ``text`` and strip its accents, keeping its length."""
    return text.translate(_fold_table())


@attrs.frozen
class Sentence:
    """A sentence of the prepared text: its bounds and its paragraph's index."""

    start: int
    end: int
    paragraph: int


@attrs.frozen
class Prepared:
    """The original text, its normalised form, its folded key and the offset map."""

    original: str
    text: str
    key: str
    offsets: tuple[int, ...] | None
    paragraphs: tuple[tuple[int, int], ...]
    repeated: frozenset[int]
    sentences: tuple[Sentence, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the prepared text to the original text."""
        if self.offsets is None:
            return start, end
        if end <= start:
            at = self.offsets[start]
            return at, at
        return self.offsets[start], self.offsets[end - 1] + self._width(end - 1)

    def _width(self, index: int) -> int:
        assert self.offsets is not None
        nxt = self.offsets[index + 1] if index + 1 < len(self.offsets) else len(self.original)
        here = self.offsets[index]
        # a character that came from several original ones (an entity, an NFC
        # composition) spans up to the next kept one
        return max(1, nxt - here) if nxt > here else 1

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence holding ``offset`` of the prepared text."""
        starts = [s.start for s in self.sentences]
        return max(0, bisect_right(starts, offset) - 1)


def _rebuild(original: str) -> tuple[str, tuple[int, ...]]:
    """Slow path: drop and recompose characters, keeping an offset map."""
    out: list[str] = []
    where: list[int] = []
    text = original
    # tags and entities first, on the raw text, by regex: linear
    pieces: list[tuple[int, str]] = []
    pos = 0
    for match in _TAG.finditer(text):
        pieces.append((pos, text[pos : match.start()]))
        pieces.append((match.start(), " "))
        pos = match.end()
    pieces.append((pos, text[pos:]))
    for base, piece in pieces:
        last = 0
        for ent in _ENTITY.finditer(piece):
            _emit(piece[last : ent.start()], base + last, out, where)
            decoded = html.unescape(ent.group())
            if decoded != ent.group():
                decoded = unicodedata.normalize("NFC", decoded)[:1] or " "
                _emit(decoded, base + ent.start(), out, where, literal=True)
            else:
                _emit(ent.group(), base + ent.start(), out, where)
            last = ent.end()
        _emit(piece[last:], base + last, out, where)
    return "".join(out), tuple(where)


def _emit(
    chunk: str, base: int, out: list[str], where: list[int], *, literal: bool = False
) -> None:
    table = _translation()
    index = 0
    length = len(chunk)
    while index < length:
        char = chunk[index]
        if char in _DROPPED and not literal:
            index += 1
            continue
        end = index + 1
        while end < length and unicodedata.combining(chunk[end]) and chunk[end] not in _DROPPED:
            end += 1
        cluster = chunk[index:end]
        if end - index > 1:
            cluster = unicodedata.normalize("NFC", cluster)
        for piece in cluster:
            out.append(piece.translate(table))
            where.append(base + index)
        index = end


_SENTENCE_END: Final = re.compile(r"[.!?…]+[\"»)]?(?= +[\"«(]?[A-ZÀ-ÖØ-Þ0-9])|[.!?…]+[\"»)]?$")
_ABBREVIATIONS: Final = frozenset(
    [
        "m",
        "mm",
        "mme",
        "mmes",
        "mlle",
        "dr",
        "pr",
        "me",
        "st",
        "ste",
        "s.e.m",
        "s.e",
        "etc",
        "av",
        "apr",
        "no",
        "n°",
        "art",
        "janv",
        "févr",
        "fév",
        "avr",
        "juil",
        "sept",
        "sep",
        "oct",
        "nov",
        "déc",
        "dec",
        "vol",
        "p",
        "pp",
        "cf",
        "env",
        "min",
        "gén",
        "col",
        "cdt",
        "lt",
    ]
)
_WHITESPACE: Final = re.compile(r"\s+")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped_start = start + (len(line) - len(line.lstrip()))
        stripped_end = start + len(line.rstrip())
        if stripped_end > stripped_start:
            spans.append((stripped_start, stripped_end))
    return spans


_FURNITURE: Final = re.compile(
    r"\s*date\s+\d{4}-\d{2}(?:-\d{2})?\s+"
    r"|[A-ZÀ-Þ][\w'. -]{1,30}\s+\((?:[A-Z]{2,10})\)\s*[-—–]\s*"
    r"|[A-ZÀ-Þ][a-zà-ÿ]+(?: [A-ZÀ-Þ][a-zà-ÿ]+)? - (?=[A-ZÀ-Þ][a-zà-ÿ']* [a-zà-ÿ])"
)


def _sentences(text: str, start: int, end: int, paragraph: int) -> list[Sentence]:
    out = []
    furniture = _FURNITURE.match(text, start, end) if paragraph <= 3 else None
    if furniture is not None and furniture.end() < end:
        out.append(Sentence(start, furniture.end(), paragraph))
        start = furniture.end()
    begin = start
    for match in _SENTENCE_END.finditer(text, start, end):
        cut = match.end()
        word_start = match.start()
        while word_start > begin and not text[word_start - 1].isspace():
            word_start -= 1
        word = text[word_start : match.start()].lower()
        if match.group()[0] == "." and (
            word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())
        ):
            continue
        if cut - begin > 1:
            out.append(Sentence(begin, cut, paragraph))
        begin = cut
        while begin < end and text[begin] == " ":
            begin += 1
    if end > begin:
        out.append(Sentence(begin, end, paragraph))
    return out


def prepare(original: str) -> Prepared:
    """Normalise and segment ``original``; see the module docstring."""
    offsets: tuple[int, ...] | None = None
    if _SPECIAL.search(original) is None and not _has_combining(original):
        text = original.translate(_translation())
    else:
        text, offsets = _rebuild(original)
    key = fold(text)
    if len(key) != len(text):  # pragma: no cover - the fold table keeps lengths
        raise AssertionError("folding changed the text length")
    paragraphs = _paragraphs(text)
    seen: set[str] = set()
    repeated: set[int] = set()
    sentences: list[Sentence] = []
    for index, (start, end) in enumerate(paragraphs):
        norm = _WHITESPACE.sub(" ", key[start:end]).strip()
        if len(norm) >= 25 and norm in seen:
            repeated.add(index)
        seen.add(norm)
        sentences.extend(_sentences(text, start, end, index))
    return Prepared(
        original=original,
        text=text,
        key=key,
        offsets=offsets,
        paragraphs=tuple(paragraphs),
        repeated=frozenset(repeated),
        sentences=tuple(sentences),
    )


_COMBINING: Final = re.compile(
    "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
)


def _has_combining(text: str) -> bool:
    return _COMBINING.search(text) is not None
