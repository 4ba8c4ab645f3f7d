"""Lists of instruments: "trois accords portant sur A, B et C" names three instruments,
and so does "ceux portant sur A, B et C" after a first instrument.

French news writes a batch of instruments as a number, a plural noun, a
connective ("portant sur", "concernant", "dans les domaines de", ...) and a
list whose items are separated by commas, the last two by "et". When the list
has exactly as many items as the number says, each item is one instrument;
otherwise the list is something else (the domains of a single instrument, a
sentence going on) and nothing is split.

The functions work on the folded key (lower case, accents removed, same
length as the text), so spans index the original text too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from diplorel.extract._words import either

__all__ = ["counted_items", "items_one_by_one", "list_bounds", "listed_items"]

_LEAD: Final = re.compile(
    r"[^.;:]{0,60}?\b"
    rf"(?:(?:{either('recognise.lists', 'bearing')}) "
    rf"(?:(?:{either('recognise.lists', 'adverb')}) )?(?:{either('recognise.lists', 'on')})|"
    rf"{either('recognise.lists', 'concerning')}|"
    rf"(?:{either('recognise.lists', 'relative')}) (?:{either('recognise.lists', 'to')})|"
    rf"{either('recognise.lists', 'covering')}|{either('recognise.lists', 'on')})\s*"
)
"""What comes between the plural noun and its list (bounded: 60 characters). "Dans les
domaines de A, B et C" is not here: it gives the fields of the batch as a whole."""

_END: Final = re.compile(r"(?<!\b\w)\.|[;:()\"\u201c\u201d\u00ab\u00bb]")
"""Where a list ends at the latest: a stop, a bracket or a quotation mark. The dot of
an abbreviated title or an initial (« paraphé par M. Diallo ») ends nothing."""

_LAST_PAIR: Final = re.compile(
    rf" (?:et|{either('recognise.lists', 'and-also')}) "
    r"(?=(?:le|la|les|l'|au|aux|du|des|de|d'|un|une)\b)"
)
"""The "et" (or « ainsi que ») that joins the last two items (followed by a determiner or
a preposition, so "la coopération militaire et technique" stays one item)."""

_MAX_ITEM: Final = 90


def _list_region(key: str, start: int, end: int) -> tuple[int, int] | None:
    """Where a list begins (after its connective) and ends, or ``None``."""
    lead = _LEAD.match(key, start, end)
    if lead is None:
        return None
    stop = _END.search(key, lead.end(), end)
    return lead.end(), stop.start() if stop else end


def list_bounds(key: str, start: int, end: int, lead: int) -> tuple[int, int] | None:
    """Where the list after a plural instrument noun ending at ``start`` begins (after
    its connective, at most ``lead`` characters on: « portent sur ») and ends, or
    ``None`` when no list follows."""
    region = _list_region(key, start, end)
    return region if region is not None and region[0] - start <= lead else None


def counted_items(key: str, start: int, end: int, count: int) -> list[tuple[int, int]]:
    """The spans of the ``count`` items listed in ``key[start:end]``, or ``[]``.

    ``start`` is just after the plural noun ("accords"), ``end`` the end of the
    sentence. The list must have exactly ``count`` items: ``count - 2`` chunks
    separated by commas, then one chunk holding the last two items joined by
    "et".
    """
    if count < 2:
        return []
    ordinal = _ordinal_items(key, start, end, count)
    if ordinal:
        return ordinal
    region = _list_region(key, start, end)
    if region is None:
        return []
    position, limit = region
    items: list[tuple[int, int]] = []
    for _ in range(count - 2):
        comma = key.find(", ", position, limit)
        if comma < 0:
            return []
        items.append((position, comma))
        position = comma + 2
    comma = key.find(",", position, limit)
    last = _LAST_PAIR.search(key, position, comma if comma >= 0 else limit)
    if last is None:
        return []
    items.append((position, last.start()))
    items.append((last.end(), comma if comma >= 0 else limit))
    if any(not key[a:b].strip() or b - a > _MAX_ITEM for a, b in items):
        return []
    return items


_ORDINAL_OPEN: Final = re.compile(
    rf"\s*[:,]\s*(?=l'une?\b|(?:{either('recognise.lists', 'first')})\b)"
)
"""A list of instruments given one by one after a colon: "quatre mémorandums : l'un sur
A, un autre sur B, un troisième sur C et le dernier sur D"."""
_ORDINAL_ITEM: Final = re.compile(
    r"(?:,\s+|\s+et\s+)?"
    rf"(?:l'une?|l'(?:{either('recognise.lists', 'other')})|"
    rf"une? (?:{either('recognise.lists', 'other')})|"
    rf"une? (?:\w+(?:{either('recognise.lists', 'ordinal-ending')})s?|"
    rf"{either('recognise.lists', 'second')})|"
    rf"le (?:{either('recognise.lists', 'masculine-ordinal')}|"
    rf"\w+(?:{either('recognise.lists', 'ordinal-ending')}))|"
    rf"la (?:{either('recognise.lists', 'feminine-ordinal')}|"
    rf"\w+(?:{either('recognise.lists', 'ordinal-ending')}))) "
    rf"(?:(?:{either('recognise.lists', 'bearing-item')}) )?"
    rf"(?:{either('recognise.lists', 'on-item')}|"
    rf"(?:{either('recognise.lists', 'relative-item')}) "
    rf"(?:{either('recognise.lists', 'to-item')})|"
    rf"(?:{either('recognise.lists', 'subject-item')}))\s+"
)
"""An item's marker: the ordinal or « l'autre », then the words that introduce its subject
(« sur », « relatif à », « dans le domaine de », « en matière de », « pour »)."""


def _ordinal_items(key: str, start: int, end: int, count: int) -> list[tuple[int, int]]:
    """The items of a list given one by one ("l'un sur A, un autre sur B, …"), when there
    are exactly ``count`` of them; else ``[]``."""
    opened = _ORDINAL_OPEN.match(key, start, end)
    if opened is None:
        return []
    stop = _END.search(key, opened.end(), end)
    limit = stop.start() if stop else end
    markers = list(_ORDINAL_ITEM.finditer(key, opened.end(), limit))
    if len(markers) != count or markers[0].start() != opened.end():
        return []
    items = [
        (marker.end(), markers[i + 1].start() if i + 1 < len(markers) else limit)
        for i, marker in enumerate(markers)
    ]
    if any(not key[a:b].strip() or b - a > _MAX_ITEM for a, b in items):
        return []
    return items


_FIRST_ITEM: Final = re.compile(
    rf"(?:l'une?|une?) (?:(?:{either('recognise.lists', 'bearing-item')}) )?"
    rf"(?:{either('recognise.lists', 'on-item')}|"
    rf"(?:{either('recognise.lists', 'relative-item')}) "
    rf"(?:{either('recognise.lists', 'to-item')}))\s+"
)
"""The first of items given one by one after « dont »: « un sur A », « l'un portant sur »."""


def items_one_by_one(key: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of a list given one by one from ``start`` (just after « dont »): « un
    sur le transport, un autre sur la santé et un troisième sur l'eau »; ``[]`` unless
    there are two at least."""
    first = _FIRST_ITEM.match(key, start, end)
    if first is None:
        return []
    stop = _END.search(key, first.end(), end)
    limit = stop.start() if stop else end
    starts = [first.end()]
    ends: list[int] = []
    for marker in _ORDINAL_ITEM.finditer(key, first.end(), limit):
        if marker.group().startswith((",", " ")) or key[marker.start() - 1] in ", ":
            ends.append(marker.start())
            starts.append(marker.end())
    ends.append(limit)
    items = list(zip(starts, ends, strict=True))
    if len(items) < 2 or any(not key[a:b].strip() or b - a > _MAX_ITEM for a, b in items):
        return []
    return items


_ITEM_JOIN: Final = re.compile(
    rf",\s+(?:et\s+|(?:{either('recognise.lists', 'and-also')})\s+)?"
    r"|(?<!\s)\s+et\s+(?=(?:le|la|les|l'|au|aux|du|des|de|d'|un|une)\b)"
    rf"|(?<!\s)\s+(?:{either('recognise.lists', 'and-also')})\s+"
)


def listed_items(key: str, start: int, end: int, stops: Sequence[int]) -> list[tuple[int, int]]:
    """The items of a list without a count after a plural pronoun ("ceux portant sur la
    coopération culturelle et la coopération sportive"), up to the first item that names
    an instrument of its own (one holding an offset of ``stops``)."""
    region = _list_region(key, start, end)
    if region is None:
        return []
    position, limit = region
    items: list[tuple[int, int]] = []
    for join in _ITEM_JOIN.finditer(key, position, limit):
        items.append((position, join.start()))
        position = join.end()
    items.append((position, limit))
    listed: list[tuple[int, int]] = []
    for a, b in items:
        if any(a <= s < b for s in stops) or b - a > _MAX_ITEM or not key[a:b].strip():
            break
        listed.append((a, b))
    return listed
