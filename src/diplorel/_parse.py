"""Public parsers for what people type in a REPL: a party, a date.

Both use the extractor's own data and grammar, so that a name the extractor
recognises in an article is one :func:`parse_party` accepts, and a date
phrase it reads is one :func:`parse_date` reads the same way. Each takes one
whole expression and raises :class:`~diplorel.errors.ParseError`, with a
caret under the part that is wrong, when the input is not one.
"""

from __future__ import annotations

import re
from typing import Final

from diplorel._registry import party, party_or_none
from diplorel._source import as_published
from diplorel.errors import ParseError
from diplorel.extract._text import fold, prepare
from diplorel.extract.recognise._dates import parse_date_phrase
from diplorel.extract.recognise._lexicon import lexicon
from diplorel.extract.recognise._mentions import find_parties
from diplorel.model import DateValue, PartialDate, Party

__all__ = ["parse_date", "parse_party"]

_ARTICLE: Final = re.compile(r"(?:(?:le|la|les)\s+|l['\u2019]\s*)", re.IGNORECASE)
_CODE: Final = re.compile(r"[A-Z][A-Z0-9]{1,11}")


def _key(text: str) -> str:
    return fold(text.replace("\u2019", "'")).strip()


def _lookup(phrase: str) -> Party | None:
    """The party one whole phrase names in the gazetteers, or None."""
    lex = lexicon()
    entry = lex.acronym_entries.get(phrase)
    if entry is None:
        entry = lex.party_entries.get(_key(phrase))
    if entry is None or entry.category != "party":
        return None
    return party_or_none(entry.value)


def parse_party(text: str) -> Party:
    """The state or organisation that ``text`` names, as one whole expression.

    Accepted: French names and their usual variants ("Namibie", "la
    Côte d'Ivoire", "Etats-Unis", "Azerbaïdjan"), French and English
    organisation names and acronyms ("ONU", "OTAN", "CEDEAO", "UN", "NATO"),
    demonyms ("marocain"), capitals used for their state ("Bakou"), and the
    registry's codes ("MAR", "AU"). Case and accents of names do not matter;
    acronyms are matched as written (as in articles).

    >>> parse_party("Namibie"), parse_party("ONU"), parse_party("NATO")
    (Party('NAM'), Party('UN'), Party('NATO'))
    >>> parse_party("la Côte d’Ivoire").name
    "Côte d’Ivoire"

    Raises :class:`~diplorel.errors.ParseError` when ``text`` names no party,
    or more than a party name, with a caret under what is not understood.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_party() takes a str, not {type(text).__name__}")
    lo = len(text) - len(text.lstrip())
    hi = len(text.rstrip())
    if lo >= hi:
        raise ParseError("expected a state or organisation, found nothing", text, 0, len(text))
    phrase = text[lo:hi]
    if _CODE.fullmatch(phrase) and (code := party_or_none(phrase)) is not None:
        return code
    found = _lookup(phrase)
    if found is None:
        article = _ARTICLE.match(phrase)
        if article is not None and article.end() < len(phrase):
            found = _lookup(phrase[article.end() :])
    if found is not None:
        return found
    raise _party_error(text, lo, hi)


def _party_error(text: str, lo: int, hi: int) -> ParseError:
    """Where ``text`` stops being one party name, as a ParseError."""
    prepared = prepare(text)
    mentions = find_parties(prepared, lexicon(), 0, len(prepared.text))
    parties = [m for m in mentions if m.category == "party"]
    if not parties:
        if mentions:
            start, end = prepared.to_original(mentions[0].start, mentions[0].end)
            return ParseError("expected a state or organisation, found a city", text, start, end)
        return ParseError("expected a state or organisation, found an unknown name", text, lo, hi)
    start, end = prepared.to_original(parties[0].start, parties[0].end)
    name = party(parties[0].value).name
    if start > lo and _ARTICLE.fullmatch(text[lo:start]) is None:
        return ParseError(
            f"expected the name to start here ({name} is named after)", text, lo, start
        )
    return ParseError(f"expected the name to end here (after {name})", text, end, hi)


def parse_date(text: str, published: PartialDate | object = None) -> DateValue:
    """The date one whole French date expression gives, resolved like the extractor does.

    ``published`` (a :class:`~diplorel.model.PartialDate`, a
    :class:`datetime.date`, or an ISO string, a timestamp included) resolves
    relative expressions ("lundi dernier", "hier") and gives a year to a day
    and month that lack one where the extractor would.

    >>> parse_date("6 mars 2025")
    PartialDate('2025-03-06')
    >>> parse_date("lundi dernier", published="2025-04-22")
    PartialDate('2025-04-21')
    >>> parse_date("les 5 et 6 juillet 2024")
    DateSpan('2024-07-05/2024-07-06')

    Raises :class:`~diplorel.errors.ParseError` (with a caret) when ``text``
    is not one date expression, is no valid date, or is relative and
    ``published`` gives no year; :class:`TypeError` for arguments of a wrong
    type.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_date() takes a str, not {type(text).__name__}")
    return parse_date_phrase(text, published=as_published(published))
