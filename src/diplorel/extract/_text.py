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

Hostile input is bounded here so that every later stage stays linear (see
``docs/robustness.md``): HTML block tags (``<p>``, ``<br>``, ``<div>``...)
end a line and the contents of ``<script>`` and ``<style>`` are dropped; a
letter is composed with its first 30 combining marks only (Unicode's
stream-safe limit: normalising an unbounded run is quadratic in CPython),
and marks that compose with nothing are dropped;
no sentence is longer than :data:`MAX_SENTENCE` characters (a longer run
without a sentence end is cut at a clause boundary, else at a space, else
anywhere); and every pattern here matches in linear time.
"""

from __future__ import annotations

import html
import html.entities
import re
import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from typing import Any, Final

import attr

from diplorel.extract._words import either, forms

__all__ = ["LATIN1", "MAX_SENTENCE", "Prepared", "Sentence", "fold", "prepare"]

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
# Every repetition is bounded and stops at the next "<" or ">": linear.
_TAG: Final = re.compile(
    r"<(?:/?(?P<name>[A-Za-z][A-Za-z0-9]{0,20})\b[^<>\n]{0,500}|!--[^<>]{0,2000}--)>"
)
# Tags that end a line of text in a browser: they become a line break.
_BLOCK_TAGS: Final = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "td",
        "th",
        "thead",
        "title",
        "tr",
        "ul",
    }
)
# Elements whose contents are code, not text: dropped up to their closing tag.
_RAW_ELEMENTS: Final = frozenset({"script", "style"})
_RAW_END: Final = {
    name: re.compile(rf"</{name}\s{{0,20}}>", re.IGNORECASE) for name in _RAW_ELEMENTS
}
_MAX_MARKS: Final = 30
"""Combining marks composed with their base (UAX #15 stream-safe text format)."""
_MARK_PLANES: Final = (range(0x20000), range(0xE0000, 0xE1000))
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


_KEY_BLANKS: Final = re.compile(r"[\s\-‐‑]+")


def fold_key(text: str) -> str:
    """The lookup key of a word or phrase of the language data.

    Lower case, no accents, ``'`` for every apostrophe, one space for each
    run of blanks and hyphens, trimmed: « Jusqu’au  mi-Décembre » and
    « jusqu'au mi decembre » have one key. Unlike :func:`fold`, the length
    changes: use it on phrases to look up, never on text whose offsets count.
    """
    decomposed = unicodedata.normalize("NFD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    bare = bare.lower().replace("’", "'").replace("ʼ", "'")
    return _KEY_BLANKS.sub(" ", bare).strip()


@cache
def _folds_by_replace(char: str) -> bool:
    """Whether :func:`_fold_whole` may fold the non-ASCII ``char`` by ``str.replace``.

    Its folded form must be one that ``str.lower`` and folding leave alone
    (not so for the letters the fold table skips, such as Roman numerals).
    """
    folded = _fold_table().get(ord(char), char)
    return folded.lower() == folded and fold(folded) == folded


_UTF8: Final = "utf-8"
LATIN1: Final = "iso8859-1"
"""The codecs of the byte passes (Latin-1 by the name that spells no word)."""


@cache
def _latin1_fold() -> bytes:
    """:func:`fold` of each Latin-1 character, as a byte table: every one folds to one
    Latin-1 character."""
    table = _fold_table()
    folded = [table.get(code, chr(code)) for code in range(256)]
    if not all(len(char) == 1 and ord(char) < 256 for char in folded):  # pragma: no cover
        raise AssertionError("a Latin-1 character folds outside Latin-1")
    return bytes(ord(char) for char in folded)


def _fold_whole(text: str, chars: set[str]) -> str:
    """:func:`fold` for a whole text whose distinct non-ASCII characters are among
    ``chars``.

    A Latin-1 text is folded through a byte table (one pass, no per-character
    Unicode case lookup). Otherwise, a text holds few distinct accented letters:
    replacing each in turn, then lower-casing (which folds ASCII), is several times
    faster than ``str.translate``.
    """
    if all(char < "\u0100" for char in chars):
        return text.encode(LATIN1).translate(_latin1_fold()).decode(LATIN1)
    wide = [char for char in chars if not char.isascii()]
    if not all(_folds_by_replace(char) for char in wide):
        return fold(text)
    table = _fold_table()
    for char in wide:
        folded = table.get(ord(char), char)
        if folded != char:
            text = text.replace(char, folded)
    return text.lower()


def _translate_whole(text: str, chars: set[str]) -> tuple[str, set[str]]:
    """``text`` through the translation table, and ``chars`` after it: ``chars`` holds
    every character of ``text`` that the table replaces (and may hold others).

    Only the few characters of the table present in ``text`` are replaced, one
    ``str.replace`` each (no replacement is itself in the table).
    """
    table = _translation()
    for char in [c for c in chars if ord(c) in table]:
        new = table[ord(char)]
        text = text.replace(char, new)
        chars.discard(char)
        chars.add(new)
    return text, chars


@attr.s(auto_attribs=True, slots=False, hash=True, order=False)  # native when compiled
class Sentence:
    """A sentence of the prepared text: its bounds and its paragraph's index."""

    start: int
    end: int
    paragraph: int


@attr.s(auto_attribs=True, slots=False, hash=True, order=False)  # native when compiled
class Prepared:
    """The original text, its normalised form, its folded key and the offset map.

    ``offsets[i]`` is the index in ``original`` of the character ``text[i]``
    came from; ``None`` when the two texts have the same length and every
    character stays in place.
    """

    original: str
    text: str
    key: str
    offsets: Sequence[int] | None = attr.ib(eq=False, repr=False)
    paragraphs: tuple[tuple[int, int], ...]
    repeated: frozenset[int]
    sentences: tuple[Sentence, ...]
    memo: dict[object, Any] = attr.ib(factory=dict, init=False, eq=False, repr=False)
    """What the recognisers found once in this text and read again (the phrases of the
    lexicon: see :meth:`~diplorel.extract.recognise._lexicon.Lexicon.hits`)."""
    _sentence_starts: tuple[int, ...] = attr.ib(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        self._sentence_starts = tuple(s.start for s in self.sentences)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the prepared text to the original text."""
        if self.offsets is None:
            return start, end
        if end <= start:
            at = self.offsets[start] if start < len(self.offsets) else len(self.original)
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
        return max(0, bisect_right(self._sentence_starts, offset) - 1)


def _char_class(codes: Iterable[int]) -> str:
    """A regex character class body for the sorted code points ``codes``."""
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )


@attr.s(auto_attribs=True, slots=False, hash=True, order=False)  # native when compiled
class _Patterns:
    special: frozenset[str]
    """The characters that the fast path (characters replaced one for one) cannot handle."""
    clusters: re.Pattern[str]
    """A dropped character, or a character with the marks that follow it."""


@cache
def _patterns() -> _Patterns:
    dropped = _char_class(sorted(ord(c) for c in _DROPPED))
    # nonspacing and enclosing marks: in Unicode 15 all lie in these planes
    mark_codes = [
        code
        for block in _MARK_PLANES
        for code in block
        if unicodedata.category(chr(code)) in ("Mn", "Me") and chr(code) not in _DROPPED
    ]
    marks = _char_class(mark_codes)
    return _Patterns(
        special=frozenset(_DROPPED | {chr(code) for code in mark_codes} | {"<", "&"}),
        clusters=re.compile(rf"[{dropped}]|[^{dropped}][{marks}]+", re.DOTALL),
    )


class _Builder:
    """The prepared text and its offset map, built left to right."""

    __slots__ = ("out", "table", "where")

    def __init__(self) -> None:
        self.out: list[str] = []
        self.where: array[int] = array("q")
        self.table = _translation()

    def char(self, char: str, at: int) -> None:
        """One character standing for what starts at ``at`` in the original."""
        self.out.append(char.translate(self.table))
        self.where.append(at)

    def text(self, source: str, start: int, end: int) -> None:
        """``source[start:end]`` (no tags in it): entities decoded, then :meth:`plain`."""
        pos = start
        for entity in _ENTITY.finditer(source, start, end):
            name = entity.group()
            if name[1] != "#" and name[1:] not in html.entities.html5:
                continue  # not an entity: "&foo;" stays text
            self.plain(source, pos, entity.start())
            char = unicodedata.normalize("NFC", html.unescape(name))[:1] or " "
            if char not in _DROPPED:
                self.char(char, entity.start())
            pos = entity.end()
        self.plain(source, pos, end)

    def plain(self, source: str, start: int, end: int) -> None:
        """``source[start:end]``: invisible characters dropped, marks composed.

        A letter and the marks after it become the composed letter; marks that
        compose with nothing (and any past the first :data:`_MAX_MARKS`) are
        dropped, so that "Maroc" with a stray mark on its "a" is still "Maroc".
        """
        out, where, table = self.out, self.where, self.table
        pos = start
        for match in _patterns().clusters.finditer(source, start, end):
            here, stop = match.span()
            if here > pos:
                out.append(source[pos:here].translate(table))
                where.extend(range(pos, here))
            pos = stop
            if stop - here == 1:
                continue  # a dropped character
            head = min(stop, here + 1 + _MAX_MARKS)
            composed = "".join(
                char
                for char in unicodedata.normalize("NFC", source[here:head])
                if unicodedata.category(char) not in ("Mn", "Me")
            ).translate(table)
            out.append(composed)
            where.extend([here] * len(composed))
        if end > pos:
            out.append(source[pos:end].translate(table))
            where.extend(range(pos, end))


def _rebuild(original: str) -> tuple[str, array[int]]:
    """Slow path: drop tags and invisible characters, decode entities, compose marks.

    One left-to-right pass; every search resumes where the previous one
    stopped, so the time is linear in the text.
    """
    builder = _Builder()
    pos = 0
    length = len(original)
    unclosed: set[str] = set()  # raw elements known to have no closing tag further on
    while pos < length:
        tag = _TAG.search(original, pos)
        if tag is None:
            break
        builder.text(original, pos, tag.start())
        name = (tag.group("name") or "").lower()
        stop = tag.end()
        if name in _RAW_ELEMENTS and tag.group()[1] != "/" and name not in unclosed:
            closing = _RAW_END[name].search(original, stop)
            if closing is None:
                unclosed.add(name)
            else:
                stop = closing.end()
        builder.char("\n" if name in _BLOCK_TAGS else " ", tag.start())
        pos = stop
    builder.text(original, pos, length)
    return "".join(builder.out), builder.where


# A run of end marks is read once, from its first mark, without giving any
# back: "(?<!...)" and "*+" keep a long run of dots from being rescanned at
# every position (that was quadratic). The first mark comes before the check
# that no mark precedes it, so that the engine skips straight to the marks.
_SENTENCE_END: Final = re.compile(
    r"[.!?…](?<![.!?…][.!?…])[.!?…]*+[\"»)]?(?:(?= +[\"«(]?[A-ZÀ-ÖØ-Þ0-9])|$"
    # scraped text that lost the space after a full stop: « …en Chine.Selon le… »
    r"|(?<=[a-zà-öø-ÿ]{3}\.)(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]))"
)
MAX_SENTENCE: Final = 2000
"""The longest sentence, in characters; a longer stretch without a sentence end is cut.

The longest sentence of the annotated corpus has about 1,250 characters.
The limit bounds the work that later stages do per sentence.
"""
_CLAUSE_ENDS: Final = ("; ", ": ", ", ", " ")
_ABBREVIATIONS: Final = frozenset(forms("recognise.sentences", "abbreviation", folded=False))
"""Abbreviations whose dot ends no sentence ("M.", "janv.", "S.E.M."), lower case."""


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
    rf"\s*(?:{either('publication.dateline', 'header', folded=False)})"
    r"\s+\d{4}-\d{2}(?:-\d{2})?\s+"
    r"|[A-ZÀ-Þ][\w'. -]{1,30}\s+\((?:[A-Z]{2,10})\)\s*[-—–]\s*"
    r"|[A-ZÀ-Þ][a-zà-ÿ]+(?: [A-ZÀ-Þ][a-zà-ÿ]+)? - (?=[A-ZÀ-Þ][a-zà-ÿ']* [a-zà-ÿ])"
    r"|[A-ZÀ-Þ][\w'. -]{1,30}+"
    r"(?:\([A-ZÀ-Þ][^()\n]{1,30}\)|,\s*[A-ZÀ-Þ][\w'-]+(?: [A-ZÀ-Þ][\w'-]+)?)?"
    r",\s(?:le\s)?(?=[^,()\n]{0,12}\d)[^,()\n]{3,40}?"
    r"(?:\s*\([\w.&' /-]{2,30}\)\s*[-:]{1,2}\s|\s-{1,2}\s|,\s[A-Z][\w.&'-]{1,20}\s?[-:]\s)"
)
"""Page furniture read as a sentence of its own: a `` date`` line, "Vienne (AFP) -",
"Alger - ", and a dateline (a place, a comma, a date, then an agency or a dash:
"Abuja, 4 mars 2025 (APA) - ", "EREVAN, 31 MAI, ARMENPRESS: ", "Astana, 3 mai,
Kazinform - "), so that its date and city stay out of the first sentence's events."""


def _sentences(text: str, start: int, end: int, paragraph: int) -> list[Sentence]:
    out = []
    furniture = _FURNITURE.match(text, start, end) if paragraph <= 3 else None
    if furniture is not None and furniture.end() < end:
        out.append(Sentence(start, furniture.end(), paragraph))
        start = furniture.end()
    begin = start
    for match in _sentence_ends(text, start, end):
        cut = match.end()
        word = _word_before(text, begin, match.start()).lower()
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
    if any(sentence.end - sentence.start > MAX_SENTENCE for sentence in out):
        return [piece for sentence in out for piece in _cut(text, sentence)]
    return out


_END_MARKS: Final = ".!?…"
"""The characters every match of :data:`_SENTENCE_END` starts with."""


def _sentence_ends(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """What ``_SENTENCE_END.finditer(text, start, end)`` finds, trying the pattern only
    where one of :data:`_END_MARKS` stands (found by ``str.find``, which skips the
    rest of the text far faster than the pattern's own search)."""
    marks: list[int] = []
    for mark in _END_MARKS:
        at = text.find(mark, start, end)
        while at != -1:
            marks.append(at)
            at = text.find(mark, at + 1, end)
    marks.sort()
    last = start
    for at in marks:
        if at < last:
            continue  # inside the match before
        match = _SENTENCE_END.match(text, at, end)
        if match is not None:
            last = match.end()
            yield match


def _word_before(text: str, begin: int, end: int) -> str:
    """The blank-free run of ``text[begin:end]`` that ends at ``end`` (maybe empty).

    Cut at the last plain space first, so that only the word itself is split.
    """
    if end <= begin or text[end - 1].isspace():
        return ""
    space = text.rfind(" ", begin, end)
    return text[max(begin, space + 1) : end].rsplit(None, 1)[-1]


def _cut(text: str, sentence: Sentence) -> Iterator[Sentence]:
    """``sentence`` in pieces of at most :data:`MAX_SENTENCE` characters.

    Each piece ends at the last clause end (``;``, ``:``, ``,``), else the
    last space, of the second half of its window; else it is cut anywhere.
    """
    start, end = sentence.start, sentence.end
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = limit
        for mark in _CLAUSE_ENDS:
            found = text.rfind(mark, start + MAX_SENTENCE // 2, limit)
            if found != -1:
                cut = found + len(mark.rstrip())
                break
        cut = max(cut, start + 1)
        yield Sentence(start, cut, sentence.paragraph)
        start = cut
        while start < end and text[start] == " ":
            start += 1
    if end > start:
        yield Sentence(start, end, sentence.paragraph)


@cache
def _untouched() -> bytes:
    """The characters that normalisation and folding leave alone and need not look at,
    as bytes: the ASCII characters that neither the translation table nor the special
    characters (which need the rebuild) hold."""
    table, special = _translation(), _patterns().special
    return bytes(c for c in range(128) if c not in table and chr(c) not in special)


def _touched(original: str) -> set[str]:
    """The distinct characters of ``original`` but the :func:`_untouched` ones.

    Its UTF-8 bytes with the untouched (ASCII) bytes deleted by ``bytes.translate``
    are those of the other characters (a non-ASCII character's bytes are never
    ASCII): two byte passes and a short decode, where a pattern cutting out the
    untouched runs tests every character. A text with a lone surrogate (no UTF-8)
    has its characters read one by one.
    """
    try:
        raw = original.encode(_UTF8)
    except UnicodeEncodeError:
        return set(original).difference(_untouched().decode(_UTF8))
    return set(raw.translate(None, _untouched()).decode(_UTF8))


def prepare(original: str) -> Prepared:
    """Normalise and segment ``original``; see the module docstring."""
    offsets: array[int] | None = None
    # the distinct characters that matter: most are plain ASCII letters, which nothing
    # below looks at (``set(original)`` costs several times more)
    chars = _touched(original)
    if _patterns().special.isdisjoint(chars):
        text, chars = _translate_whole(original, chars)
        key = _fold_whole(text, chars)
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
        norm = " ".join(key[start:end].split())  # blanks made one space, ends stripped
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
