"""French date expressions: finding them with offsets, resolving them, rendering them.

:func:`find_dates` reads every date expression of a text in one left-to-right
pass of a single compiled pattern over a lower-cased copy of the text (the
copy keeps every offset). At each word start a cheap look-ahead (up to four
lead words, then a digit or a date word) lets most words fail at once; then
the alternation of the forms below is tried, longest form first. Every
repetition in the pattern is bounded, so the time is linear in the text. A
match that is no valid date (``le 31 avril 2024``) makes the later forms be
tried at the same place, then the scan moves on. :func:`parse_date_phrase`
reads one whole expression and :func:`render_date_phrase` writes one back.

Forms read (case does not matter, accents are optional where the press drops
them, ``'`` or ``’``, ordinary, no-break or narrow no-break spaces):

* a day and month, with a year or not, after ``le``/``ce`` and a weekday or
  not: ``le 8 mars 2016``, ``1er juillet 2024``, ``vendredi 27 décembre``,
  ``le 3 sept. 2024``, ``le 12 mars dernier``;
* digits: ``22/04/2025``, ``22.04.2025``, ``2025-04-22``, ``2025/4/22``,
  ``lundi 21.04.2025`` (the same separator twice);
* a month with a year, after a preposition or not: ``mai 2025``, ``en mai
  2025``, ``oct. 2023``, ``début mai 2025``, ``mi-juin 2024``;
* a month alone, only after a word that makes it a date (``en``, ``depuis``,
  ``dès``, ``début``, ``fin``, ``mi-``, ``courant``, ``jusqu'en``, ``d'ici``,
  ``avant``, ``après``, ``(au) mois de``) or before ``dernier``/``prochain``:
  ``en mai``, ``fin juin``, ``mai dernier``;
* a year alone: a number from 1900 to 2100 only after ``en``, ``depuis``,
  ``dès``, ``de``, ``à``, ``d'ici (à)``, ``jusqu'en``, ``avant``, ``après``,
  ``début``, ``fin``, ``courant``, ``mi-``, ``trimestre`` or ``semestre``
  (``au premier trimestre 2025`` gives 2025), and not when a counted noun or a
  unit follows (``de 2050 habitants``, ``à 1950 mètres``), nor after ``à``
  right after a number (``de 10 à 2000``); any year after ``l'an``
  or ``l'année``. A year standing alone between commas is *not* read: lists
  of figures look the same;
* ranges: ``du 5 au 6 juillet``, ``les 12 et 13 mai``, ``les 3, 4 et 5 mai``,
  ``entre le 3 et le 5 juin``, ``5-6 juillet``, ``du 28 février au 2 mars
  2024``, ``du 5 juillet au 6 juillet``, ``de mai à juillet 2024``, ``de 2016
  à 2020``, ``entre 2016 et 2020``, ``2023-2024``;
* relative expressions: ``aujourd'hui``, ``hier``, ``avant-hier``,
  ``demain``, ``après-demain``; a weekday (``jeudi``, ``le jeudi``, ``ce
  jeudi``, ``jeudi dernier``, ``jeudi prochain``); ``la semaine dernière``,
  ``cette semaine``, ``le mois dernier``, ``ce mois-ci``, ``l'année
  dernière``, ``l'an dernier``, ``cette année`` (and ``passé(e)``,
  ``prochain(e)``); two weekdays (``du mardi au jeudi``, and two in a row
  joined by ``et``: ``mardi et mercredi``) are a range;
* days counted from a day the text told: ``la veille``, ``le lendemain``,
  ``l'avant-veille`` count from the last day or range
  stated before them (a weekday or ``hier`` of their own sentence or the one before
  too), else from the
  publication date;
  followed by ``de`` (``à la veille du sommet``) they are no date.

A mention's text includes the words that belong to the expression (``le``,
``du``, ``les``, ``entre``, ``en``, ``depuis``, ``début``, the weekday), so
that :func:`parse_date_phrase` reads it back; ``depuis le 5 mai`` gives the
mention ``le 5 mai``.

Resolution against the publication date (``published``, a
:class:`~diplorel.model.PartialDate` or ``None``) never invents precision:

* an explicit year always wins, and a weekday never overrides it;
* a day and month without a year take, when the publication year is known,
  the year that puts them nearest on or before the publication date
  (``27 décembre`` published 2025-01-03 is 2024-12-27); when the publication
  day is unknown the publication year is taken unless the month is after the
  publication month; with ``dernier`` the date must be strictly before the
  publication date, with ``prochain`` strictly after it. Without a
  publication year the year stays unknown (``XXXX-12-27``). A month without a
  year follows the same rule (``en mai`` gives ``XXXX-05`` without one);
* a weekday with a day and month but no year, when the publication year ``P``
  is known, takes the year among ``P-1``, ``P``, ``P+1`` nearest to the
  publication date whose calendar gives that weekday; when none does, the
  rule above applies;
* relative expressions need a publication year. With a complete publication
  date they are computed: ``hier`` is the day before; a weekday alone, ``le
  jeudi`` and ``ce jeudi`` are the most recent such day on or before the
  publication date, ``jeudi dernier`` the most recent strictly before, and
  ``jeudi prochain`` the next strictly after; ``la semaine dernière`` is the
  range Monday to Sunday of the previous week; ``le mois dernier`` is the
  previous month and ``l'année dernière`` the previous year. When the
  publication date lacks the precision an expression needs (``hier`` with
  only ``2024-10`` known), the expression gets the publication date as far as
  it is known (the corpus convention: ``2024-10``). Without a publication
  year the mention is still returned, with the value ``None``; a weekday
  counted from a publication day and month without a year gives the month
  when the week around that day stays in it (``ce mercredi`` of 11 March is
  ``XXXX-03``); a weekday the publication date cannot place (``lundi`` with
  only ``2024-06`` or ``2024`` known) is the one day, within what is known of
  the publication, that the text has stated in full before it and that falls
  on that weekday (a caption's ``le 10 juin 2024`` above the story), or
  that the date line of an embedded post gives anywhere in the page
  (``(@handle) April 15, 2024``, month names from ``embed_months.tsv``),
  when there is exactly one;
* in a range, the first end takes the month and year the second end states
  (``du 5 au 6 juillet 2024``) and the second end takes the year the first
  states; when that puts the first end after the second, the inherited unit
  steps back (``du 28 au 2 mars`` starts on 28 February, ``du 30 décembre au
  2 janvier 2025`` on 2024-12-30). A range with no year at all takes its year
  from the publication date by its first end. A range that cannot be a
  :class:`~diplorel.model.DateSpan` because both years are unknown and it
  crosses the new year has the value ``None``; a range of one day is that day.

Numbers that cannot be dates (``le 31 avril``, ``du 2020 au 2016``) are not
mentions.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import itertools
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cache, lru_cache
from typing import Final, Literal

import ahocorasick_rs
import attr
import attrs

from diplorel._tsv import read_table
from diplorel.errors import InvalidValueError, ParseError
from diplorel.extract._text import LATIN1, fold_key
from diplorel.extract._trie import Trie, insert, trie_pattern
from diplorel.extract._words import either, forms
from diplorel.model import DateSpan, DateValue, PartialDate

__all__ = [
    "DateForm",
    "DateMention",
    "find_dates",
    "parse_date_phrase",
    "render_date_phrase",
]


class DateForm(enum.Enum):
    """The grammatical form of a date mention."""

    ABSOLUTE = "absolute"
    """A stated year with a month: ``le 8 mars 2016``, ``en mai 2025``."""
    DAY_MONTH = "day_month"
    """A day and month, or a month, without a year: ``27 décembre``, ``en mai``."""
    WEEKDAY = "weekday"
    """A weekday alone: ``jeudi``, ``le jeudi``."""
    RELATIVE = "relative"
    """Counted from the day of writing: ``hier``, ``ce jeudi``, ``le mois dernier``."""
    RANGE = "range"
    """Two ends: ``du 5 au 6 juillet``, ``de 2016 à 2020``."""
    YEAR = "year"
    """A year alone: ``en 2016``, ``depuis 2017``."""
    NUMERIC = "numeric"
    """Digits: ``22/04/2025``, ``2025-04-22``."""


@attr.s(auto_attribs=True, slots=False, hash=True, order=False)  # native when compiled
class DateMention:
    """A date expression found in a text.

    ``text`` is ``source[start:end]`` of the text given to :func:`find_dates`;
    ``value`` is the resolved date, or ``None`` when it cannot be resolved
    (a relative expression without a publication date).
    """

    start: int
    end: int
    text: str
    value: DateValue | None
    form: DateForm


# -- lexical helpers (shared with the ordinal finder) --------------------------

SPACE: Final = r"(?:[^\S\n]{1,3}|[^\S\n]{0,2}\n[^\S\n]{0,2})"
"""One gap between words: up to three blanks (any Unicode space), or one line break."""
APOSTROPHE: Final = "['’ʼ]"
_HYPHEN: Final = "[-‐‑]"
_DASH: Final = "[-‐‑–—]"


@lru_cache(maxsize=4096)
def _key(word: str) -> str:
    """:func:`~diplorel.extract._text.fold_key`, remembered for the few words the grammar reads."""
    return fold_key(word)


def _atom(char: str) -> str:
    """The pattern of one character of a lexicon form."""
    if char == "'":
        return APOSTROPHE
    if char in " -":
        return f"(?:{_HYPHEN}|{SPACE})"
    base = fold_key(char)
    if base and base != char.lower():
        return f"[{re.escape(char)}{re.escape(base)}]"
    return re.escape(char)


def forms_pattern(forms: Iterable[str], *, strict_accents: bool = False) -> str:
    """A trie-shaped pattern for lexicon ``forms``, to match lower-cased text.

    Accents are optional unless ``strict_accents``, ``'`` matches any
    apostrophe, and a space or hyphen in a form matches a space or a hyphen.
    Longer forms are tried first; the caller adds the word boundaries.
    """
    trie: Trie = {}
    for form in forms:
        insert(
            trie,
            (
                re.escape(char) if strict_accents and char not in " -'" else _atom(char)
                for char in form.lower()
            ),
        )
    return trie_pattern(trie) or "(?!)"


# -- language data --------------------------------------------------------------


@attr.s(auto_attribs=True, slots=False, hash=True, order=False)  # native when compiled
class _Lexicon:
    months: Mapping[str, int]
    """Folded form (full name or abbreviation) → month."""
    full_months: frozenset[str]
    """Folded full names."""
    month_names: tuple[str, ...]
    """Index ``m`` is the spelling used to render month ``m`` (index 0 unused)."""
    weekdays: Mapping[str, int]
    relative_days: Mapping[str, int]
    month_forms: tuple[str, ...]
    full_month_forms: tuple[str, ...]
    weekday_forms: tuple[str, ...]
    relative_forms: tuple[str, ...]
    told_days: Mapping[str, int]
    """Folded form counted from a day the text has told → offset in days."""
    told_forms: tuple[str, ...]
    told_cues: tuple[str, ...]
    """The last word of each told form: a text without any has none of them."""


@cache
def _lexicon() -> _Lexicon:
    months: dict[str, int] = {}
    names: dict[int, str] = {}
    forms: list[str] = []
    full_forms: list[str] = []
    for row in read_table("lang", "fr", "months.tsv"):
        form, month = row["form"], int(row["month"])
        names.setdefault(month, form)
        months[fold_key(form)] = month
        forms.append(form)
        if fold_key(form) == fold_key(names[month]):
            full_forms.append(form)
    weekday_rows = read_table("lang", "fr", "weekdays.tsv")
    told_rows = read_table("lang", "fr", "told_days.tsv")
    relative_rows = read_table("lang", "fr", "relative_days.tsv")
    return _Lexicon(
        months=months,
        full_months=frozenset(fold_key(f) for f in full_forms),
        month_names=("", *(names[m] for m in range(1, 13))),
        weekdays={fold_key(r["form"]): int(r["weekday"]) for r in weekday_rows},
        relative_days={fold_key(r["form"]): int(r["offset"]) for r in relative_rows},
        month_forms=tuple(forms),
        full_month_forms=tuple(full_forms),
        weekday_forms=tuple(r["form"] for r in weekday_rows),
        relative_forms=tuple(r["form"] for r in relative_rows),
        told_days={fold_key(r["form"]): int(r["offset"]) for r in told_rows},
        told_forms=tuple(r["form"] for r in told_rows),
        told_cues=tuple(sorted({re.split(r"[ '’-]", r["form"].lower())[-1] for r in told_rows})),
    )


# The date grammar's own words are in lang/fr/extract/words.tsv ("recognise.dates"), as
# written: the grammar runs on lower-cased text with its accents.

# Words after a number that show it counts things rather than names a year.
_COUNTED: Final = forms("recognise.dates", "counted", folded=False)

_MODIFIERS: Final = (
    *forms("recognise.dates", "last", folded=False),
    *forms("recognise.dates", "next", folded=False),
)
_NEXT_WORDS: Final = frozenset(
    fold_key(word) for word in forms("recognise.dates", "next", folded=False)
)
_NEXT_STEMS: Final = tuple(sorted(_NEXT_WORDS))
"""« prochain », « prochaine », and their plurals by ``str.startswith``."""


# Words that may come before the first number or name of a date expression
# ("au mois de mai", "entre le 3 et le 5"): the scanner tries the full grammar
# only where up to four of them lead to a digit or a date word. Accents are
# required here, as in the grammar ("dès", "à"), so that "des" and "a" are no
# leads.
_LEAD_WORDS: Final = forms("recognise.dates", "lead", folded=False)
_SINCE_WORDS: Final = frozenset(forms("recognise.dates", "since", folded=False))


def since_period(mention: DateMention) -> bool:
    """« depuis 2019 », « depuis mars »: a year or a month after « depuis » tells since
    when a state holds (« en vigueur depuis 2019 »), never the date of a punctual event
    (« la première visite … depuis 2019 »)."""
    value = mention.value
    if not isinstance(value, PartialDate) or value.day is not None:
        return False
    lead = mention.text.split(maxsplit=1)[0].lower() if mention.text else ""
    return lead in _SINCE_WORDS


_ANCHOR_WORDS: Final = forms("recognise.dates", "period", folded=False)


_WORD_BYTES: Final = bytes(
    code if chr(code).isalnum() or chr(code) == "_" else ord(" ") for code in range(256)
)
"""Each Latin-1 character that ``\\w`` matches kept, any other made a blank."""

_LATIN1_LOWER: Final = bytes(ord(chr(code).lower()) for code in range(256))
"""Each Latin-1 character lowered: always one Latin-1 character."""


def lower(text: str) -> str:
    """``text.lower()`` with the same length, so that offsets carry over.

    A Latin-1 text that is not ASCII is lowered through a byte table: the same string,
    several times faster than ``str.lower``, which lowers such a text character by
    character through the full Unicode case tables.
    """
    if not text.isascii():
        try:
            raw = text.encode(LATIN1)
        except UnicodeEncodeError:
            pass
        else:
            return raw.translate(_LATIN1_LOWER).decode(LATIN1)
    lowered = text.replace("\u0130", "i").lower()
    if len(lowered) != len(text):  # pragma: no cover - no such character in Unicode 15
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return lowered


# -- the grammar ------------------------------------------------------------------

_ALTERNATIVES: Final = ("s", "g", "h", "n", "a", "b", "c", "y", "p", "r", "v", "w")
"""Group names of the alternatives, in the order they are tried at a position."""


@attr.s(auto_attribs=True, slots=False, hash=True, order=False)  # native when compiled
class _Grammar:
    scanner: re.Pattern[str]
    alternatives: Mapping[str, re.Pattern[str]]
    after: re.Pattern[str]
    """``scanner`` with the non-word character before the match taken first (every date
    expression starts with a word character): matched at the starts of :meth:`starts`."""
    spaced: ahocorasick_rs.BytesAhoCorasick
    """The pieces of :func:`_markers` (every match has one at a word start) in Latin-1,
    each with a blank before it. A character outside Latin-1 is no piece's, and one that
    is a word character made a blank only adds a place where no lead word ends."""
    chain: re.Pattern[str]
    """:func:`_chain`: matched on the reversed text where a date's word starts."""
    backs: tuple[tuple[re.Pattern[str] | None, ...], ...]
    """For each piece of ``spaced``, where the gate's date word may start: at the piece
    (``None``), or before it where one of these patterns matches the reversed text
    (what a form has before its piece: « il y a deux » before « jours »)."""

    def starts(self, lowered: str) -> list[int]:
        """Every position of ``lowered`` where ``after`` may match, in order: the
        non-word characters before a chain of up to :data:`_LEADS_MAX` lead words that
        ends at a date's number or word, each chain read back from the word."""
        found: set[int] = set()
        backs = self.backs
        chain = self.chain.match
        size = len(lowered)
        backwards = lowered[::-1]
        # the pieces at a word start: the text as Latin-1 bytes (any other character a
        # « ? »), every non-word character a blank, a blank in front; each piece of
        # ``spaced`` has a blank before it
        spaced = b" " + lowered.encode(LATIN1, "replace").translate(_WORD_BYTES)
        for index, start, _end in self.spaced.find_matches_as_indexes(spaced):
            for back in backs[index]:
                word = start
                if back is not None:
                    m = back.match(backwards, size - start)
                    if m is None:
                        continue
                    word = size - m.end()
                # the word itself, then the start of each lead word read back from it
                read = chain(backwards, size - word)
                if read is None:  # pragma: no cover - its leads are all optional
                    continue
                for at, _ in read.regs:
                    if at < 0:
                        break
                    if at < size:
                        char = backwards[at]
                        if not (char.isalnum() or char == "_"):
                            found.add(size - 1 - at)
        return sorted(found)

    def search(
        self, lowered: str, pos: int, starts: list[int]
    ) -> tuple[re.Match[str], int] | None:
        """What ``scanner.search(lowered, pos)`` finds, and where it starts.

        ``starts`` is :meth:`starts` of ``lowered``: the whole grammar is tried there only.
        """
        if pos <= 0:
            first = self.scanner.match(lowered, 0)
            if first is not None:
                return first, 0
            floor = 0
        else:  # the character before ``pos`` may open a match at ``pos``
            floor = pos - 1
        after = self.after
        for index in range(bisect_left(starts, floor), len(starts)):
            found = after.match(lowered, starts[index])
            if found is not None:
                return found, found.start() + 1
        return None


def _chain() -> str:
    """Up to :data:`_LEADS_MAX` lead words of the gate (:func:`_lead`) read backwards
    from a date's word, on the reversed text, an empty group after each: the group's
    start is where that lead word starts. No lead word ends another (a test checks it),
    so the leads read back from a word are one chain, and each start is found."""
    words = sorted(dict.fromkeys(word.lower()[::-1] for word in _LEAD_WORDS))
    elided = ("d", "l", *forms("recognise.dates", "until", folded=False))
    lead = (
        rf"(?:{SPACE}(?:{'|'.join(map(re.escape, words))})"
        rf"|{APOSTROPHE}(?:{'|'.join(re.escape(word[::-1]) for word in elided)})"
        rf"|(?:{SPACE})?{_HYPHEN}im)"
    )
    chain = ""
    for _ in range(_LEADS_MAX):
        chain = rf"(?:{lead}(){chain})?"
    return chain


_END: Final = r"(?!\w)"
"""The end of a word."""
_AN: Final = rf"l{APOSTROPHE}an{SPACE}"
_UNTIL: Final = either("recognise.dates", "until", folded=False)
_MONTH_NOUN: Final = either("recognise.dates", "month", folded=False)
_WEEK_NOUN: Final = either("recognise.dates", "week", folded=False)
_BETWEEN: Final = either("recognise.dates", "between", folded=False)
_THIS: Final = either("recognise.dates", "this", folded=False)
_WEEK_KEY: Final = fold_key(forms("recognise.dates", "week", folded=False)[0])
_MONTH_KEY: Final = fold_key(forms("recognise.dates", "month", folded=False)[0])
_MONTH_LEAD: Final = (
    rf"(?:(?:{either('recognise.dates', 'month-lead', folded=False)}|{_UNTIL}{APOSTROPHE}en"
    rf"|{either('recognise.dates', 'month-lead-late', folded=False)}"
    rf"|d{APOSTROPHE}ici(?:{SPACE}à)?|(?:(?:au|le|du){SPACE})?{_MONTH_NOUN}{SPACE}de){SPACE}"
    rf"|mi{_HYPHEN}{SPACE}?|(?:(?:au|le|du){SPACE})?{_MONTH_NOUN}{SPACE}d{APOSTROPHE})"
)
"""A word that makes a month alone a date: "en mai", "fin juin", "au mois de mai"."""
_YEAR_NOUN: Final = forms_pattern(forms("recognise.dates", "year", folded=False))
_NOT_BEFORE_DE: Final = "".join(
    rf"(?<!{re.escape(w)} )" for w in forms("recognise.dates", "not-before-de", folded=False)
)
"""No year lead after "plus", "moins", "près": "plus de 2000"."""
_YEAR_LEAD: Final = (
    rf"(?:{either('recognise.dates', 'year-lead', folded=False)}|{_NOT_BEFORE_DE}de"
    rf"|d{APOSTROPHE}ici(?:{SPACE}à)?"
    rf"|{_UNTIL}{APOSTROPHE}en|(?<![0-9][ \u00a0\u202f])à"
    rf"|{either('recognise.dates', 'year-lead-late', folded=False)})"
)
"""A word that makes a bare number a year: "en 2016", "depuis 2017"."""
_CONNECTIVE: Final = rf"(?:au|à|et|{_UNTIL}{APOSTROPHE}(?:au|à|en))"
"""The word between the two ends of a range."""


@attr.s(auto_attribs=True, slots=False, hash=True, order=False)  # native when compiled
class _Pieces:
    """The sub-patterns that the forms of the grammar share."""

    weekday: str
    month_full: str
    month: str
    modifier: str
    day: str
    year4: str
    bare_year: str
    any_year: str

    def year_after_month(self, p: str) -> str:
        """A year after a month, in groups ``{p}y`` or ``{p}an`` ("de l'an 800")."""
        return rf"(?:(?P<{p}y>{self.year4})|de{SPACE}{_AN}(?P<{p}an>{self.any_year}))"

    def weekday_before(self, p: str) -> str:
        """An optional weekday before a day, in group ``{p}wd``."""
        return rf"(?:(?P<{p}wd>{self.weekday}),?{SPACE})?"

    def point(self, p: str) -> str:
        """One full end of a range: a (day and) month (and year), or a year."""
        sp = SPACE
        return (
            rf"(?:(?:{self.weekday_before(p)}(?P<{p}d>{self.day}){sp})?(?P<{p}m>{self.month})"
            rf"(?:{sp}{self.year_after_month(p)})?"
            rf"|(?P<{p}by>{self.bare_year})|{_AN}(?P<{p}ban>{self.any_year}))"
        )


def _pieces(lex: _Lexicon) -> _Pieces:
    """The shared sub-patterns, from the lexicon."""
    sp = SPACE
    month_full = f"(?:{forms_pattern(lex.full_month_forms)}){_END}"
    abbreviations = [f for f in lex.month_forms if f not in lex.full_month_forms]
    counted = rf"(?!{sp}?(?:%|€|\$|£)|{sp}(?:{forms_pattern(_COUNTED)})s?{_END})"
    number_follows = r"(?![.,][0-9])"
    return _Pieces(
        weekday=f"(?:{forms_pattern(lex.weekday_forms)}){_END}",
        month_full=month_full,
        month=f"(?:{month_full}|(?:{forms_pattern(abbreviations)})(?:\\.|{_END}))",
        modifier=f"(?:{forms_pattern(_MODIFIERS)}){_END}",
        day=r"(?:1(?:er|ᵉʳ)|3[01]|[12][0-9]|0?[1-9])(?![0-9])",
        year4=rf"[1-9][0-9]{{3}}(?![0-9]){number_follows}{counted}",
        bare_year=(
            rf"(?:19[0-9]{{2}}|20[0-9]{{2}}|2100)(?![0-9]){number_follows}"
            rf"(?![ \u00a0\u202f][0-9]{{3}}(?![0-9])){counted}"
        ),
        any_year=r"[1-9][0-9]{0,3}(?![0-9])",
    )


def _range_forms(pc: _Pieces) -> dict[str, str]:
    """The alternatives ``s``, ``g`` and ``h``: ranges."""
    sp, ap = SPACE, APOSTROPHE
    return {
        # a list of days sharing the month of the last one
        "s": (
            rf"(?:(?:du|les?|{_BETWEEN}(?:{sp}les?)?){sp})?{pc.weekday_before('s1')}(?P<s1d>{pc.day})"
            rf"(?:{sp}?,{sp}?(?:{pc.weekday},?{sp})?{pc.day}){{0,6}}"
            rf"(?:{sp}(?:au|à|et|{_UNTIL}{ap}au){sp}|{sp}?{_DASH}{sp}?)(?:(?:le|du){sp})?"
            rf"{pc.weekday_before('s2')}(?P<s2d>{pc.day}){sp}(?P<s2m>{pc.month})"
            rf"(?:{sp}{pc.year_after_month('s2')})?"
        ),
        # two full ends
        "g": (
            rf"(?:(?:du|de|{_BETWEEN}(?:{sp}le)?){sp}|d{ap}){pc.point('g1')}"
            rf"{sp}{_CONNECTIVE}{sp}(?:le{sp})?{pc.point('g2')}"
        ),
        # two years with a dash
        "h": rf"(?P<h1by>{pc.bare_year}){sp}?(?:{_DASH}|/){sp}?(?P<h2by>{pc.bare_year})",
    }


def _point_forms(pc: _Pieces) -> dict[str, str]:
    """The alternatives ``n``, ``a``, ``b``, ``c`` and ``y``: one date the text states."""
    sp, ap = SPACE, APOSTROPHE
    return {
        "n": (
            rf"(?:(?:le|ce){sp})?{pc.weekday_before('n')}"
            r"(?:(?P<nd>3[01]|[12][0-9]|0?[1-9])(?P<nsep>[/.-])(?P<nm>1[0-2]|0?[1-9])(?P=nsep)"
            r"(?P<ny>[1-9][0-9]{3})"
            r"|(?P<niy>[1-9][0-9]{3})(?P<nisep>[/.-])(?P<nim>1[0-2]|0?[1-9])(?P=nisep)"
            r"(?P<nid>3[01]|[12][0-9]|0?[1-9]))"
            r"(?![0-9/]|[.-][0-9])"
        ),
        "a": (
            rf"(?:(?:le|ce){sp})?{pc.weekday_before('a')}(?P<ad>{pc.day}){sp}(?P<am>{pc.month})"
            rf"(?:,?{sp}{pc.year_after_month('a')})?(?:{sp}(?P<amod>{pc.modifier}))?"
        ),
        "b": rf"(?:{_MONTH_LEAD})?(?P<bm>{pc.month}){sp}{pc.year_after_month('b')}",
        "c": (
            rf"(?:{_MONTH_LEAD}(?P<cm>{pc.month})(?:{sp}(?P<cmod>{pc.modifier}))?"
            rf"|(?P<cm2>{pc.month_full}){sp}(?P<cmod2>{pc.modifier}))"
        ),
        "y": (
            rf"(?:{_YEAR_LEAD}{sp}(?P<yby>{pc.bare_year})|mi{_HYPHEN}(?P<yby2>{pc.bare_year})"
            rf"|(?:en{sp})?{_AN}(?P<yan>{pc.any_year})|(?:l{ap})?{_YEAR_NOUN}{sp}(?P<yy>{pc.year4}))"
        ),
    }


def _relative_forms(pc: _Pieces, lex: _Lexicon) -> dict[str, str]:
    """The alternatives ``p``, ``r`` and ``w``: counted from the day of writing."""
    sp, ap = SPACE, APOSTROPHE
    return {
        "p": (
            rf"(?:(?:la{sp})?(?P<pweek>{_WEEK_NOUN})|(?:le{sp})?(?P<pmonth>{_MONTH_NOUN})"
            rf"|l{ap}(?P<pyear>{_YEAR_NOUN}|an)){sp}(?P<pmod>{pc.modifier})"
            rf"|(?P<pthis>{_THIS}{sp}{_WEEK_NOUN}|ce{sp}{_MONTH_NOUN}(?:{_HYPHEN}ci)?"
            rf"|{_THIS}{sp}{_YEAR_NOUN})"
        ),
        "r": f"(?:{forms_pattern(lex.relative_forms)})",
        # two weekdays: "du mardi au jeudi", or two days in a row ("mardi et mercredi")
        "v": (
            rf"(?:(?P<vfrom>du){sp})?(?:(?:ce|le){sp})?(?P<v1>{pc.weekday}){sp}"
            rf"(?:au|et){sp}(?:(?:ce|le){sp})?(?P<v2>{pc.weekday})"
            rf"(?!{sp}(?:{forms_pattern(_MODIFIERS)}))"
        ),
        "w": (
            rf"(?:(?P<wlead>ce|le){sp})?(?P<wwd>{pc.weekday})"
            rf"(?:{sp}(?P<wmod>{pc.modifier}))?"
        ),
    }


_LEADS_MAX: Final = 4
"""How many lead words the gate allows before a date's number or word."""


def _lead() -> str:
    """One lead word of the gate with the gap after it: "au ", "d'", "mi-"."""
    sp, ap = SPACE, APOSTROPHE
    return (
        rf"(?:(?:{forms_pattern(_LEAD_WORDS, strict_accents=True)}){sp}"
        rf"|(?:d|l|{_UNTIL}){ap}|mi{_HYPHEN}{sp}?)"
    )


_THIS_PERIOD: Final = rf"cet?t?e?{SPACE}"
""""ce", "cet", "cette" before a period noun ("cette année")."""
_THIS_PERIOD_REVERSED: Final = rf"{SPACE}e?t?t?ec"
""":data:`_THIS_PERIOD` read backwards (its gap reads the same both ways)."""


def _gate_anchor(lex: _Lexicon, modifier: str) -> str:
    """What the gate asks for after its lead words: a digit or a date word."""
    sp = SPACE
    anchors = forms_pattern((*lex.month_forms, *lex.weekday_forms, *lex.relative_forms))
    # "année", "an", "mois", "semaine" make a date only before a number or
    # "dernier"/"prochain", or after "ce"/"cette".
    periods = forms_pattern(_ANCHOR_WORDS)
    periods = rf"(?:{periods}){sp}(?:[0-9]|{modifier})|{_THIS_PERIOD}(?:{periods})"
    # A number can start a date only as a year (four digits) or as a day or
    # month (one or two digits, maybe "1er") before a blank, a separator or a
    # comma: "5e", "150" and "1,5" fail here.
    number = r"[0-9](?:[0-9]{3}(?![0-9])|[0-9]?(?:er|ᵉʳ)?(?=[\s/.,\-‐‑–—]))"
    return rf"(?:{number}|{anchors}|{periods})"


def _gate(lex: _Lexicon, modifier: str) -> str:
    """A cheap look ahead that every expression passes: a few lead words, then a digit
    or a date word. Most word starts fail it at the first letter."""
    return rf"(?={_lead()}{{0,{_LEADS_MAX}}}{_gate_anchor(lex, modifier)})"


def _markers(lex: _Lexicon) -> dict[str, frozenset[str]]:
    """Short literal pieces of which every date has one at a word start, each with
    what may come before it in the date's word (reversed patterns, ``""`` for nothing).

    Every match passes the gate: at most :data:`_LEADS_MAX` lead words, then a digit,
    a date word or a period noun ("cette année"). The piece of a date word is the
    last of its words of three letters or more (the only one when none has three),
    cut to three letters, in each spelling its pattern accepts ("fév" and "fev");
    what comes before the piece in the form ("il y a " of "il y a deux jours",
    "cette " before "année") is kept as a pattern of the reversed text.
    """
    out: dict[str, set[str]] = {digit: {""} for digit in "0123456789"}
    forms = [(form, "") for form in (*lex.month_forms, *lex.weekday_forms, *lex.relative_forms)]
    forms.extend((form, _THIS_PERIOD_REVERSED) for form in _ANCHOR_WORDS)
    for form, this in forms:
        words = re.split(r"([ '-])", form.lower())
        long = [i for i in range(0, len(words), 2) if len(words[i]) >= 3]
        chosen = long[-1] if long else len(words) - 1
        before = "".join(_atom(char) for char in reversed("".join(words[:chosen])))
        spellings = [""]
        for char in words[chosen][:3]:
            folded = fold_key(char)
            variants = {char, folded} if folded and folded != char else {char}
            spellings = [done + variant for done in spellings for variant in sorted(variants)]
        for spelling in spellings:
            out.setdefault(spelling, set()).add(before)
            if this:
                out[spelling].add(before + this)
    # the automaton reports one piece where several start ("an", "ann"): each stands
    # for all those it may stand for
    return {
        piece: frozenset(
            before
            for other, befores in out.items()
            if _prefix_either(piece, other)
            for before in befores
        )
        for piece in out
    }


def _prefix_either(one: str, other: str) -> bool:
    """Whether one of the two pieces begins the other."""
    return one.startswith(other) or other.startswith(one)


@cache
def _grammar() -> _Grammar:
    lex = _lexicon()
    pieces = _pieces(lex)
    forms = _range_forms(pieces) | _point_forms(pieces) | _relative_forms(pieces, lex)
    gate = _gate(lex, pieces.modifier)
    # An ISO date may run on into a time: "2025-04-22T10:00" (the text is lowered).
    ends = dict.fromkeys(_ALTERNATIVES, _END) | {"n": r"(?!(?!t[0-9])\w)"}
    parts = [f"(?P<{name}>{forms[name]}){ends[name]}" for name in _ALTERNATIVES]
    scanner = re.compile(rf"(?<!\w){gate}(?:" + "|".join(parts) + ")")
    alternatives = {
        name: re.compile(rf"(?<!\w)(?P<{name}>{forms[name]}){ends[name]}")
        for name in _ALTERNATIVES
    }
    after = re.compile(rf"\W{gate}(?:" + "|".join(parts) + ")")
    markers = _markers(lex)
    return _Grammar(
        scanner=scanner,
        alternatives=alternatives,
        after=after,
        spaced=ahocorasick_rs.BytesAhoCorasick(
            [b" " + piece.encode(LATIN1) for piece in markers],
            matchkind=ahocorasick_rs.MatchKind.LeftmostFirst,
        ),
        chain=re.compile(_chain()),
        backs=tuple(
            tuple(re.compile(before) if before else None for before in sorted(befores))
            for befores in markers.values()
        ),
    )


# -- reading a match ------------------------------------------------------------


class _RejectedError(Exception):
    """The text matched the grammar but is no date (``le 31 avril``)."""


_LAST: Final = "last"
_NEXT: Final = "next"
_SAME: Final = "same"


@attr.s(auto_attribs=True, slots=False, hash=True, order=False)  # native when compiled
class _Point:
    """One end of a date as the text states it, before resolution."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    modifier: str | None = None


def _modifier(word: str | None) -> str | None:
    if word is None:
        return None
    return _NEXT if _key(word) in _NEXT_WORDS else _LAST


def _day(text: str) -> int:
    return int(text[:2] if text[:2].isdigit() else text[:1])


def _month(text: str, *, alone: bool = False) -> int:
    lex = _lexicon()
    key = _key(text.rstrip("."))
    if alone and key not in lex.full_months and not text.endswith("."):
        raise _RejectedError(f"the abbreviation {text!r} needs a day, a year or its dot")
    return lex.months[key]


def _weekday(text: str | None) -> int | None:
    return None if text is None else _lexicon().weekdays[_key(text)]


def _year_of(m: re.Match[str], p: str) -> int | None:
    text = m.group(p + "y") or m.group(p + "an")
    return None if text is None else int(text)


def _point(m: re.Match[str], p: str) -> _Point:
    """Read the ``point`` sub-pattern with prefix ``p``."""
    for key in ("by", "ban"):
        if m.group(p + key) is not None:
            return _Point(year=int(m.group(p + key)))
    day = m.group(p + "d")
    year = _year_of(m, p)
    return _Point(
        year=year,
        month=_month(m.group(p + "m"), alone=day is None and year is None),
        day=None if day is None else _day(day),
        weekday=_weekday(m.group(p + "wd")),
    )


def _make(year: int | None, month: int | None = None, day: int | None = None) -> PartialDate:
    try:
        return PartialDate(year=year, month=month, day=day)
    except InvalidValueError as exc:
        raise _RejectedError(str(exc)) from None


def _date_or_none(year: int, month: int, day: int) -> dt.date | None:
    if not 1 <= year <= 9999 or day > calendar.monthrange(year, month)[1]:
        return None
    return dt.date(year, month, day)


def _distance(day: dt.date, bounds: tuple[dt.date, dt.date]) -> int:
    lo, hi = bounds
    if day < lo:
        return (lo - day).days
    if day > hi:
        return (day - hi).days
    return 0


def _year_by_weekday(point: _Point, month: int, published: PartialDate) -> int | None:
    """The year among the publication's and its two neighbours, nearest to the
    publication date, whose calendar gives the point its stated weekday; or None."""
    bounds = published.bounds()
    if point.weekday is None or point.day is None or bounds is None or published.year is None:
        return None
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        day = _date_or_none(year, month, point.day)
        if day is not None and day.weekday() == point.weekday:
            candidates.append((_distance(day, bounds), year))
    return min(candidates)[1] if candidates else None


def _not_after(month: int, day: int | None, pub_month: int, pub_day: int | None) -> bool:
    """Whether a day-month (or month) is not after the publication ("prochain" looks
    further)."""
    return month < pub_month or (
        month == pub_month and (day is None or (pub_day is not None and day <= pub_day))
    )


def _not_before(month: int, day: int | None, pub_month: int, pub_day: int | None) -> bool:
    """Whether a day-month (or month) is not before the publication ("dernier" looks
    further back)."""
    return month > pub_month or (
        month == pub_month and (day is None or (pub_day is not None and day >= pub_day))
    )


def _surely_after(month: int, day: int | None, pub_month: int, pub_day: int | None) -> bool:
    """Whether a day-month (or month) is known to come after the publication."""
    return month > pub_month or (
        month == pub_month and day is not None and pub_day is not None and day > pub_day
    )


def _year_step(point: _Point, month: int, published: PartialDate) -> int:
    """How many years the point lies from the publication year: -1, 0 or 1."""
    pub_month, pub_day = published.month, published.day
    if pub_month is None:
        return 0
    if point.modifier == _NEXT:
        return 1 if _not_after(month, point.day, pub_month, pub_day) else 0
    if point.modifier == _LAST:
        return -1 if _not_before(month, point.day, pub_month, pub_day) else 0
    return -1 if _surely_after(month, point.day, pub_month, pub_day) else 0


def _year_with_day(year: int, month: int, day: int, modifier: str | None) -> int:
    """``year``, or for 29 February the nearest leap year in the modifier's direction."""
    step = 1 if modifier == _NEXT else -1
    for _ in range(8):
        if _date_or_none(year, month, day) is not None:
            break
        year += step
    return year


def _year_for(point: _Point, published: PartialDate | None) -> int | None:
    """The year of a day-month or month that the text gives without one."""
    if published is None or published.year is None or point.month is None:
        return None
    by_weekday = _year_by_weekday(point, point.month, published)
    if by_weekday is not None:
        return by_weekday
    year = published.year + _year_step(point, point.month, published)
    if point.day is not None:
        year = _year_with_day(year, point.month, point.day, point.modifier)
    return year if 1 <= year <= 9999 else None


def _resolve_point(point: _Point, published: PartialDate | None) -> PartialDate:
    year = point.year if point.year is not None else _year_for(point, published)
    return _make(year, point.month, point.day)


_Inherited = Literal["first", "second"] | None
"""Which end of a range took its year from the other (or from the publication date)."""


def _range_years(
    first: _Point, second: _Point, first_month: int | None, published: PartialDate | None
) -> tuple[int | None, int | None, _Inherited]:
    """The years of a range's two ends, each end taking the other's when it states
    none, both the publication's by the first end when neither does."""
    y1, y2 = first.year, second.year
    if y1 is None and y2 is not None:
        return y2, y2, "first"
    if y2 is None and y1 is not None:
        return y1, y1, "second"
    if y1 is None and y2 is None:
        year = _year_for(
            _Point(month=first_month, day=first.day, weekday=first.weekday), published
        )
        return year, year, None if year is None else "second"
    return y1, y2, None


def _step_back(
    y1: int | None, m1: int, y2: int | None, *, month_inherited: bool, inherited: _Inherited
) -> tuple[int | None, int, int | None]:
    """Year and month of the first end and year of the second, when the inherited unit
    put the first end after the second: the first end steps back (or the second end's
    year forward). Raises :class:`_UnknownError` when the years are unknown."""
    if month_inherited:
        if m1 > 1:
            return y1, m1 - 1, y2
        if y1 is not None:
            return y1 - 1, 12, y2
        raise _UnknownError
    if inherited == "first" and y1 is not None:
        return y1 - 1, m1, y2
    if inherited == "second" and y2 is not None:
        return y1, m1, y2 + 1
    if y1 is None:
        raise _UnknownError
    return y1, m1, y2


def _span(a: PartialDate, b: PartialDate) -> DateValue:
    """The range from ``a`` to ``b``, or the day itself when they are one."""
    if a == b:
        return a
    try:
        return DateSpan(start=a, end=b)
    except InvalidValueError as exc:
        raise _RejectedError(str(exc)) from None


def _resolve_range(first: _Point, second: _Point, published: PartialDate | None) -> DateValue:
    """Resolve the two ends of a range (see the module docstring)."""
    m1, d1 = first.month, first.day
    m2, d2 = second.month, second.day
    month_inherited = m1 is None and d1 is not None
    if month_inherited:
        m1 = m2
    y1, y2, inherited = _range_years(first, second, m1, published)
    if m1 and m2 and y1 == y2 and (m1, d1 or 0) > (m2, d2 or 0):
        y1, m1, y2 = _step_back(y1, m1, y2, month_inherited=month_inherited, inherited=inherited)
    return _span(_make(y1, m1, d1), _make(y2, m2, d2))


class _UnknownError(Exception):
    """A date the text states but the model cannot hold (an unknown year across new year)."""


# -- relative expressions -------------------------------------------------------


def _relative(
    published: PartialDate | None,
    compute: Callable[[dt.date], DateValue],
    *,
    yearless: bool = False,
) -> DateValue | None:
    """Apply ``compute`` to the publication day, or fall back to what is known of it.

    With ``yearless`` (a shift by days: "hier", "avant-hier"), a publication day
    without a year still gives a day and month when the shift lands on the same
    day and month in a common and in a leap year ("hier" of 3 March is 2 March).
    """
    if published is not None and published.year is None and yearless:
        return _yearless(published, compute)
    if published is None or published.year is None:
        return None
    day = published.to_date()
    if day is None:
        return published
    try:
        return compute(day)
    except (OverflowError, ValueError, InvalidValueError):
        return None  # the day falls outside the calendar (before year 1, after 9999)


def _yearless(published: PartialDate, compute: Callable[[dt.date], DateValue]) -> DateValue | None:
    """``compute`` applied to a day and month without a year, when the year does not matter."""
    if published.month is None or published.day is None:
        return None
    results = set()
    for year in (2001, 2004):  # a common year and a leap year
        try:
            value = compute(dt.date(year, published.month, published.day))
        except ValueError:
            return None  # 29 February of a common year
        if not isinstance(value, PartialDate) or value.year != year:
            return None  # the shift crossed a new year: the year would matter
        results.add((value.month, value.day))
    if len(results) != 1:
        return None
    ((month, day),) = results
    return PartialDate(month=month, day=day)


def _shift(days: int) -> Callable[[dt.date], DateValue]:
    def compute(day: dt.date) -> DateValue:
        return PartialDate.from_date(day + dt.timedelta(days=days))

    return compute


def _weekday_from(weekday: int, modifier: str | None) -> Callable[[dt.date], DateValue]:
    def compute(day: dt.date) -> DateValue:
        if modifier == _NEXT:
            ahead = (weekday - day.weekday()) % 7 or 7
            return PartialDate.from_date(day + dt.timedelta(days=ahead))
        back = (day.weekday() - weekday) % 7
        if back == 0 and modifier == _LAST:
            back = 7
        return PartialDate.from_date(day - dt.timedelta(days=back))

    return compute


def _week(weeks: int) -> Callable[[dt.date], DateValue]:
    def compute(day: dt.date) -> DateValue:
        monday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(weeks=weeks)
        return DateSpan(
            start=PartialDate.from_date(monday),
            end=PartialDate.from_date(monday + dt.timedelta(days=6)),
        )

    return compute


def _period(m: re.Match[str], published: PartialDate | None) -> DateValue | None:
    if m.group("pthis") is not None:
        unit = _key(m.group("pthis")).split()[1]
        step = 0
    else:
        unit = _WEEK_KEY if m.group("pweek") else _MONTH_KEY if m.group("pmonth") else "an"
        step = 1 if _modifier(m.group("pmod")) == _NEXT else -1
    if unit == _WEEK_KEY:
        return _relative(published, _week(step))
    if published is None or published.year is None:
        return None
    if unit.startswith("an"):
        return _make(published.year + step)
    if published.month is None:
        return published
    index = published.year * 12 + published.month - 1 + step
    return _make(index // 12, index % 12 + 1)


# -- building mentions ----------------------------------------------------------


_Reading = tuple[DateForm, DateValue | None]
"""The form and value of one match."""


def _days_of_month(m: re.Match[str], published: PartialDate | None) -> _Reading:
    """Alternative ``s``: days sharing the month of the last one ("du 5 au 6 juillet")."""
    first = _Point(day=_day(m.group("s1d")), weekday=_weekday(m.group("s1wd")))
    second = _Point(
        year=_year_of(m, "s2"),
        month=_month(m.group("s2m")),
        day=_day(m.group("s2d")),
        weekday=_weekday(m.group("s2wd")),
    )
    return DateForm.RANGE, _range(first, second, published)


def _two_ends(m: re.Match[str], published: PartialDate | None) -> _Reading:
    """Alternative ``g``: two full ends ("du 28 février au 2 mars 2024")."""
    return DateForm.RANGE, _range(_point(m, "g1"), _point(m, "g2"), published)


def _two_years(m: re.Match[str], _published: PartialDate | None) -> _Reading:
    """Alternative ``h``: two years with a dash ("2023-2024")."""
    first_year, second_year = int(m.group("h1by")), int(m.group("h2by"))
    if second_year <= first_year:
        raise _RejectedError("the second year of a range must come after the first")
    return DateForm.RANGE, DateSpan(start=_make(first_year), end=_make(second_year))


def _numeric(m: re.Match[str], _published: PartialDate | None) -> _Reading:
    """Alternative ``n``: digits, day first or year first ("22/04/2025", "2025-04-22")."""
    if m.group("nd") is not None:
        parts = (m.group("ny"), m.group("nm"), m.group("nd"))
    else:
        parts = (m.group("niy"), m.group("nim"), m.group("nid"))
    year, month, day = (int(x) for x in parts)
    return DateForm.NUMERIC, _make(year, month, day)


def _day_and_month(m: re.Match[str], published: PartialDate | None) -> _Reading:
    """Alternative ``a``: a day and month, with a year or not ("le 8 mars 2016")."""
    point = _Point(
        year=_year_of(m, "a"),
        month=_month(m.group("am")),
        day=_day(m.group("ad")),
        weekday=_weekday(m.group("awd")),
        modifier=_modifier(m.group("amod")),
    )
    form = DateForm.DAY_MONTH if point.year is None else DateForm.ABSOLUTE
    return form, _resolve_point(point, published)


def _month_and_year(m: re.Match[str], published: PartialDate | None) -> _Reading:
    """Alternative ``b``: a month with a year ("en mai 2025")."""
    point = _Point(year=_year_of(m, "b"), month=_month(m.group("bm")))
    return DateForm.ABSOLUTE, _resolve_point(point, published)


def _month_alone(m: re.Match[str], published: PartialDate | None) -> _Reading:
    """Alternative ``c``: a month after a lead word or before a modifier ("fin juin")."""
    month_text = m.group("cm") or m.group("cm2")
    point = _Point(
        month=_month(month_text, alone=True),
        modifier=_modifier(m.group("cmod") or m.group("cmod2")),
    )
    return DateForm.DAY_MONTH, _resolve_point(point, published)


def _year_alone(m: re.Match[str], _published: PartialDate | None) -> _Reading:
    """Alternative ``y``: a year alone ("en 2016", "l'an 800")."""
    text = m.group("yby") or m.group("yby2") or m.group("yan") or m.group("yy")
    return DateForm.YEAR, _make(int(text))


def _relative_period(m: re.Match[str], published: PartialDate | None) -> _Reading:
    """Alternative ``p``: a week, month or year counted from the publication."""
    return DateForm.RELATIVE, _period(m, published)


def _relative_day(m: re.Match[str], published: PartialDate | None) -> _Reading:
    """Alternative ``r``: a day counted from the publication ("hier", "demain")."""
    offset = _lexicon().relative_days[_key(m.group("r"))]
    return DateForm.RELATIVE, _relative(published, _shift(offset), yearless=True)


def _weekday_alone(m: re.Match[str], published: PartialDate | None) -> _Reading:
    """Alternative ``w``: a weekday alone ("jeudi", "ce jeudi", "jeudi dernier")."""
    weekday = _weekday(m.group("wwd"))
    assert weekday is not None
    modifier = _modifier(m.group("wmod"))
    lead = m.group("wlead")
    bare = modifier is None and (lead is None or _key(lead) == "le")
    form = DateForm.WEEKDAY if bare else DateForm.RELATIVE
    compute = _weekday_from(weekday, modifier)
    if published is not None and published.year is None:
        return form, _month_of_week(published, compute)
    return form, _relative(published, compute)


def _two_weekdays(m: re.Match[str], published: PartialDate | None) -> _Reading:
    """Alternative ``v``: the days from one weekday to another ("du mardi au jeudi"), or
    two weekdays in a row joined by "et" ("mardi et mercredi"), counted back from the
    publication like a weekday alone; two days apart joined by "et" are two dates
    (rejected here, read one by one)."""
    first, last = _weekday(m.group("v1")), _weekday(m.group("v2"))
    assert first is not None
    assert last is not None
    length = (last - first) % 7
    joined = m.group("vfrom") is None
    if length == 0 or (joined and length != 1):
        raise _RejectedError("not one stretch of days")

    def compute(day: dt.date) -> DateValue:
        finish = day - dt.timedelta(days=(day.weekday() - last) % 7)
        return DateSpan(
            start=PartialDate.from_date(finish - dt.timedelta(days=length)),
            end=PartialDate.from_date(finish),
        )

    if published is None or published.year is None:
        return DateForm.RANGE, None
    return DateForm.RANGE, _relative(published, compute)


def _month_of_week(
    published: PartialDate, compute: Callable[[dt.date], DateValue]
) -> DateValue | None:
    """A weekday counted from a day and month without a year: the month, when the week
    around that day stays in it whatever the year ("ce mercredi" of 11 March is in
    March); else None."""
    if published.month is None or published.day is None:
        return None
    months = set()
    for year in range(2001, 2009):  # every weekday of the day, common and leap years
        try:
            value = compute(dt.date(year, published.month, published.day))
        except ValueError:
            continue  # 29 February of a common year
        if not isinstance(value, PartialDate):
            return None
        months.add(value.month)
    if len(months) != 1:
        return None
    return PartialDate(month=months.pop())


_READERS: Final[Mapping[str, Callable[[re.Match[str], PartialDate | None], _Reading]]] = {
    "s": _days_of_month,
    "g": _two_ends,
    "h": _two_years,
    "n": _numeric,
    "a": _day_and_month,
    "b": _month_and_year,
    "c": _month_alone,
    "y": _year_alone,
    "p": _relative_period,
    "r": _relative_day,
    "v": _two_weekdays,
    "w": _weekday_alone,
}
"""The reader of each alternative of the grammar, by group name."""


def _value(m: re.Match[str], name: str, published: PartialDate | None) -> _Reading:
    """Form and value of a match of alternative ``name``; raises :class:`_RejectedError`."""
    return _READERS[name](m, published)


def _range(first: _Point, second: _Point, published: PartialDate | None) -> DateValue | None:
    try:
        return _resolve_range(first, second, published)
    except _UnknownError:
        return None


def _mention(
    m: re.Match[str], name: str, source: str, published: PartialDate | None
) -> DateMention:
    form, value = _value(m, name, published)
    start, end = m.span(name)
    return DateMention(start=start, end=end, text=source[start:end], value=value, form=form)


def _read_at(
    source: str,
    lowered: str,
    m: re.Match[str],
    published: PartialDate | None,
    *,
    endpos: int | None = None,
    start: int | None = None,
) -> DateMention | str:
    """The mention a scanner match on ``lowered`` gives, trying later alternatives
    at the same place when it is rejected.

    Returns the reason of the first rejection when no alternative gives a date.
    With ``endpos`` the alternatives must end there (whole-phrase parsing).
    ``start`` is where the expression starts, when not where ``m`` does.
    """
    name = m.lastgroup
    assert name is not None
    try:
        return _mention(m, name, source, published)
    except _RejectedError as exc:
        reason = str(exc)
    grammar = _grammar()
    if start is None:
        start = m.start()
    for later in _ALTERNATIVES[_ALTERNATIVES.index(name) + 1 :]:
        pattern = grammar.alternatives[later]
        if endpos is None:
            again = pattern.match(lowered, start)
        else:
            again = pattern.fullmatch(lowered, start, endpos)
        if again is None:
            continue
        try:
            return _mention(again, later, source, published)
        except _RejectedError:
            continue
    return reason


# -- public API -------------------------------------------------------------------


def find_dates(
    text: str, *, published: PartialDate | None = None, keep: bool = False
) -> tuple[DateMention, ...]:
    """Every date expression of ``text``, in order and without overlaps.

    At each position the longest form is read first; values are resolved
    against ``published`` by the rules of this module's documentation.
    Finding nothing is not an error: the result may be empty.

    With ``keep``, the text's scan is kept for the next call, which reads the same
    text again with another publication date without scanning it again (the places
    the grammar matches do not depend on the date; :data:`_KEPT_SCAN`).

    >>> [(m.text, str(m.value)) for m in find_dates("Signé le 3 sept. 2024 à Rabat.")]
    [('le 3 sept. 2024', '2024-09-03')]
    >>> pub = PartialDate(year=2025, month=1, day=3)
    >>> [str(m.value) for m in find_dates("réunis le 27 décembre, puis hier", published=pub)]
    ['2024-12-27', '2025-01-02']
    """
    grammar = _grammar()
    kept = _KEPT_SCAN[0]
    if kept is not None:
        _KEPT_SCAN[0] = None  # read again once at most
    if kept is not None and kept[0] is grammar and kept[1] == text:
        lowered, starts, searched = kept[2], kept[3], kept[4]
    else:
        lowered = lower(text)
        starts = grammar.starts(lowered)
        searched = {}
    found: list[DateMention] = []
    pos = 0
    while True:
        if pos in searched:
            hit = searched[pos]
        else:
            hit = searched[pos] = grammar.search(lowered, pos, starts)
        if hit is None:
            break
        m, start = hit
        mention = _read_at(text, lowered, m, published, start=start)
        if isinstance(mention, str):
            pos = start + 1
            continue
        found.append(mention)
        pos = mention.end
    if published is not None and published.year is not None and published.day is None:
        found = _weekdays_by_stated_days(found, published, _embed_days(text))
    lex = _lexicon()
    if any(cue in lowered for cue in lex.told_cues):  # rare: a plain search first
        found = _from_told_days(text, _with_told_days(text, lowered, found, published))
    if found and _SAME_YEAR_ANY.search(lowered):  # rare
        found = _in_same_year(lowered, found)
    if keep:
        _KEPT_SCAN[0] = (grammar, text, lowered, starts, searched)
    return tuple(found)


_Searched = dict[int, "tuple[re.Match[str], int] | None"]
_KEPT_SCAN: Final[list[tuple[object, str, str, list[int], _Searched] | None]] = [None]
"""The scan of the text :func:`find_dates` read last when asked to keep it: the grammar
that read it, the text, its lowered form, the places the grammar may match
(:meth:`_Grammar.starts`) and what :meth:`_Grammar.search` found from each position
asked for. The next call takes it (and drops it), and uses it when it reads the same
text. A text is read twice when its publication date lacks the year: once with no
publication date, to find the year, then resolved against the date found."""


_SAME_YEAR_WORDS: Final = forms("recognise.dates", "same-year", folded=False)
_SAME_YEAR_ANY: Final = re.compile(
    "|".join(re.escape(w) for w in sorted(_SAME_YEAR_WORDS, key=len, reverse=True))
)
_SAME_YEAR: Final = re.compile(rf"\s*(?:{_SAME_YEAR_ANY.pattern})\b")
"""« en août de la même année »: the year of the date told just before, not the
publication's."""
_YEAR_WRITTEN: Final = frozenset((DateForm.ABSOLUTE, DateForm.YEAR, DateForm.NUMERIC))


def _in_same_year(lowered: str, found: list[DateMention]) -> list[DateMention]:
    """A month or day written without its year and followed by « de la même année » (or
    « de cette même année ») is in the year of the last date with a written year in its
    sentence or the one before (« signé au début de 2018, il est entré en vigueur en août
    de la même année »: August 2018); with no such year before it, it is left as read."""
    year: int | None = None
    year_end = -1
    out = []
    for mention in found:
        value = mention.value
        if (
            mention.form is DateForm.DAY_MONTH
            and isinstance(value, PartialDate)
            and year is not None
            and _breaks(lowered, year_end, mention.start) < 2
            and _SAME_YEAR.match(lowered, mention.end)
        ):
            same = PartialDate(year=year, month=value.month, day=value.day)
            out.append(attrs.evolve(mention, value=same))
            continue
        start = value.start if isinstance(value, DateSpan) else value
        if mention.form in _YEAR_WRITTEN and start is not None and start.year is not None:
            year, year_end = start.year, mention.end
        out.append(mention)
    return out


_TOLD_LEAD: Final = 16
"""How far before its last word a told form (« l'avant-veille ») may start."""
_TOLD_TAIL: Final = 12
"""How far after a told form the « de » that cancels it is looked for."""


def _occurrences(text: str, word: str) -> Iterator[int]:
    """Where ``word`` occurs in ``text`` (a plain search, no pattern)."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


@cache
def _told_pattern() -> re.Pattern[str]:
    """« la veille », « le lendemain »… as a word, unless « de » follows (on lower case)."""
    forms = forms_pattern(_lexicon().told_forms)
    return re.compile(rf"(?<!\w)(?:{forms})(?!\w)(?!{SPACE}(?:(?:de|du|des)(?!\w)|d{APOSTROPHE}))")


def _with_told_days(
    text: str, lowered: str, found: list[DateMention], published: PartialDate | None
) -> list[DateMention]:
    """``found`` with the days counted from a day told (« la veille »), each counted
    from the publication date for now, in order of the text."""
    lex = _lexicon()
    pattern = _told_pattern()
    added = []
    seen: set[int] = set()
    for m in (
        m
        for cue in lex.told_cues
        for at in _occurrences(lowered, cue)
        # the form ends with its cue; « de » may follow it
        for m in pattern.finditer(lowered, max(0, at - _TOLD_LEAD), at + len(cue) + _TOLD_TAIL)
    ):
        start, end = m.span()
        if start in seen or any(f.start < end and start < f.end for f in found):
            continue
        seen.add(start)
        value = _relative(published, _shift(lex.told_days[_key(m.group())]), yearless=True)
        added.append(
            DateMention(
                start=start, end=end, text=text[start:end], value=value, form=DateForm.RELATIVE
            )
        )
    return sorted([*found, *added], key=lambda mention: mention.start) if added else found


_TOLD_FORMS: Final = frozenset(
    (DateForm.ABSOLUTE, DateForm.DAY_MONTH, DateForm.NUMERIC, DateForm.RANGE)
)
_TOLD_IN_SENTENCE: Final = frozenset((DateForm.WEEKDAY, DateForm.RELATIVE))
"""Days told by a weekday or « hier »: « la veille » counts from them in their own
sentence (« a accueilli mardi son homologue, arrivé la veille ») or the sentence just
before (« Lundi, le défilé a ouvert la fête. La veille, … »): « la veille » is anaphoric,
never the day before publication (that is « hier »); further back, a weekday may be a
detail of another story, and a stated date or the publication date counts instead."""
_SENTENCE_BREAK: Final = re.compile(r"[.!?]\s|\n")


def _from_told_days(text: str, found: list[DateMention]) -> list[DateMention]:
    """« la veille », « le lendemain » counted from the last day the text told before
    them (« le 3 mars »; a range's first day for the day before, its last for the day
    after; a weekday or « hier » of their own sentence or the one before); with no such
    day they keep the count from the publication date. « le même jour », « le soir
    même » name a day only next to the day they repeat (in their sentence or the one
    before): further on they are dropped, the day they mean being unknown."""
    lex = _lexicon()
    if not any(m.form is DateForm.RELATIVE and _key(m.text) in lex.told_days for m in found):
        return found  # the usual case: nothing to count
    told: DateMention | None = None  # the last day stated
    near: DateMention | None = None  # the last weekday or « hier » told
    out = []
    for mention in found:
        key = _key(mention.text) if mention.form is DateForm.RELATIVE else ""
        if key in lex.told_days:
            offset = lex.told_days[key]
            base = told
            if near is not None and _breaks(text, near.end, mention.start) < 2:
                base = near
            if offset == 0 and (base is None or _breaks(text, base.end, mention.start) > 1):
                continue  # « le même jour » far from any day told: no day of its own
            counted = _day_after(base.value if base else None, offset)
            out.append(mention if counted is None else attrs.evolve(mention, value=counted))
            continue
        if _day_after(mention.value, 0) is not None:
            if mention.form in _TOLD_FORMS:
                told, near = mention, None
            elif mention.form in _TOLD_IN_SENTENCE:
                near = mention
        out.append(mention)
    return out


def _breaks(text: str, start: int, end: int) -> int:
    """How many sentence breaks (a paragraph's end is one) lie between ``start`` and
    ``end``, counted up to two."""
    return sum(1 for _ in itertools.islice(_SENTENCE_BREAK.finditer(text, start, end), 2))


def _day_after(value: DateValue | None, offset: int) -> DateValue | None:
    """The day ``offset`` days after a told day (before it when negative), or None."""
    if isinstance(value, DateSpan):
        value = value.start if offset < 0 else value.end
    day = value.to_date() if isinstance(value, PartialDate) else None
    if day is None:
        return None
    try:
        return PartialDate.from_date(day + dt.timedelta(days=offset))
    except (OverflowError, ValueError):
        return None


@cache
def _embed_pattern() -> re.Pattern[str]:
    """The date line of an embedded post: "(@handle) April 15, 2024"."""
    names = "|".join(r["form"] for r in read_table("lang", "fr", "embed_months.tsv"))
    return re.compile(rf"\(@\w{{1,40}}\)\s{{0,3}}({names}) (\d{{1,2}}), ((?:19|20)\d\d)\b")


@cache
def _embed_months() -> Mapping[str, int]:
    return {r["form"]: int(r["month"]) for r in read_table("lang", "fr", "embed_months.tsv")}


def _embed_days(text: str) -> list[PartialDate]:
    """The days of the posts embedded in ``text`` (a quoted tweet's date line)."""
    if "(@" not in text:
        return []
    out = []
    for m in _embed_pattern().finditer(text):
        try:
            out.append(_make(int(m.group(3)), _embed_months()[m.group(1)], int(m.group(2))))
        except (_RejectedError, InvalidValueError):
            continue
    return out


def _weekdays_by_stated_days(
    found: list[DateMention], published: PartialDate, embedded: list[PartialDate]
) -> list[DateMention]:
    """A weekday the publication date cannot place ("lundi" with only ``2024-06``
    known) is the one day the text has stated in full before it, within what is
    known of the publication, that falls on it: a caption's "le 10 juin 2024"
    above the story, or the date line of a post embedded anywhere in the page."""
    if not embedded and not any(m.form in {DateForm.ABSOLUTE, DateForm.NUMERIC} for m in found):
        return found
    stated: set[PartialDate] = set()
    out = []
    for mention in [*(DateMention(0, 0, "", day, DateForm.ABSOLUTE) for day in embedded), *found]:
        value = mention.value
        if (
            isinstance(value, PartialDate)
            and value.day is not None
            and value.year == published.year
            and (published.month is None or value.month == published.month)
        ):
            stated.add(value)
        out.append(_placed_weekday(mention, published, stated))
    return out[len(embedded) :]


def _placed_weekday(
    mention: DateMention, published: PartialDate, stated: set[PartialDate]
) -> DateMention:
    """``mention``, a weekday resolved to the publication date alone (not « lundi
    prochain »), dated by the one day of ``stated`` that falls on it; else as it is."""
    if mention.form not in {DateForm.WEEKDAY, DateForm.RELATIVE} or mention.value != published:
        return mention
    words = _key(mention.text).split()
    if any(word.startswith(_NEXT_STEMS) for word in words):
        return mention
    weekdays = _lexicon().weekdays
    days = {weekdays[w] for w in words if w in weekdays}
    matching = [v for v in stated if len(days) == 1 and _weekday_of(v) in days]
    if len(matching) != 1:
        return mention
    return attrs.evolve(mention, value=matching[0])


def _weekday_of(value: PartialDate) -> int | None:
    day = value.to_date()
    return None if day is None else day.weekday()


def parse_date_phrase(phrase: str, *, published: PartialDate | None = None) -> DateValue:
    """Read ``phrase`` as one whole French date expression and resolve it.

    Surrounding whitespace is allowed. Raises :class:`~diplorel.errors.ParseError`,
    with a caret under the offending part, when the phrase is not one date
    expression, is not a valid date, or cannot be resolved (a relative
    expression without a publication date).

    >>> parse_date_phrase("du 28 février au 2 mars 2024")
    DateSpan('2024-02-28/2024-03-02')
    >>> parse_date_phrase("le 10 juin")
    PartialDate('XXXX-06-10')
    """
    lo = len(phrase) - len(phrase.lstrip())
    hi = len(phrase.rstrip())
    if lo >= hi:
        raise ParseError(
            "expected a French date expression, found nothing", phrase, 0, len(phrase)
        )
    lowered = lower(phrase)
    m = _grammar().scanner.fullmatch(lowered, lo, hi)
    if m is None:
        found = find_dates(phrase, published=published)
        if found and found[0].start == lo:
            rest = found[0].end
            rest += len(phrase[rest:hi]) - len(phrase[rest:hi].lstrip())
            raise ParseError("expected the date expression to end here", phrase, rest, hi)
        raise ParseError("expected a French date expression", phrase, lo, hi)
    mention = _read_at(phrase, lowered, m, published, endpos=hi)
    if isinstance(mention, str):
        raise ParseError(f"not a valid date: {mention}", phrase, lo, hi)
    if mention.value is None:
        if mention.form is DateForm.RANGE:
            reason = "this range crosses the new year and its year is unknown"
        else:
            reason = "a relative date needs a publication date with a year"
        raise ParseError(reason, phrase, lo, hi)
    return mention.value


def _day_text(day: int) -> str:
    return "1er" if day == 1 else str(day)


def _year_text(year: int) -> str:
    return str(year) if year >= 1000 else f"de l'an {year}"


def _bare_year_text(year: int) -> str:
    return str(year) if 1900 <= year <= 2100 else f"l'an {year}"


def _point_text(value: PartialDate) -> str:
    """A date without its leading word: ``5 mai 2024``, ``mai``, ``2016``, ``l'an 800``."""
    names = _lexicon().month_names
    if value.month is None:
        assert value.year is not None
        return _bare_year_text(value.year)
    words = [names[value.month]]
    if value.day is not None:
        words.insert(0, _day_text(value.day))
    if value.year is not None:
        words.append(_year_text(value.year))
    return " ".join(words)


def _elide(word: str, following: str) -> str:
    """``de`` before a vowel is ``d'``."""
    if fold_key(following[:1]) in tuple("aeiouy"):
        return word[:-1] + "'"
    return word + " "


def render_date_phrase(value: DateValue) -> str:
    """A French phrase for ``value`` that :func:`parse_date_phrase` reads back.

    The round trip holds for every value with known years, and for a day and
    month or a month of unknown year when parsed without a publication date.

    >>> render_date_phrase(PartialDate(year=2024, month=7, day=1))
    'le 1er juillet 2024'
    >>> render_date_phrase(DateSpan.parse("2024-07-05/2024-07-06"))
    'du 5 au 6 juillet 2024'
    """
    if isinstance(value, PartialDate):
        return ("le " if value.day is not None else "en ") + _point_text(value)
    a, b = value.start, value.end
    names = _lexicon().month_names
    if a.year == b.year and None not in (a.month, b.month) and (a.day is None) == (b.day is None):
        assert a.month is not None
        assert b.month is not None
        tail = "" if b.year is None else " " + _year_text(b.year)
        if a.day is not None and b.day is not None:
            head = (
                _day_text(a.day) if a.month == b.month else f"{_day_text(a.day)} {names[a.month]}"
            )
            return f"du {head} au {_day_text(b.day)} {names[b.month]}{tail}"
        return f"{_elide('de', names[a.month])}{names[a.month]} à {names[b.month]}{tail}"
    first, second = _point_text(a), _point_text(b)
    lead = "du " if a.day is not None else _elide("de", first)
    link = " au " if b.day is not None else " à "
    return f"{lead}{first}{link}{second}"
