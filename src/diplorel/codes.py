"""CAMEO and PLOVER codes for diplorel events, so they sit beside ICEWS, GDELT or POLECAT data.

Every event gets a CAMEO event code (:func:`cameo`) and, where PLOVER has a
type for it, a PLOVER event type and mode (:func:`plover`). The mapping is
data, not code: ``data/event_codes.tsv`` in the package, whose first
matching row decides, from six features of the event (its kind; its stage,
format or declaration kind; the tone of a statement; whether the text gives
a direction; how many parties; whether the place is a third state). The
codes it may use are listed, with their official names, in
``data/code_vocabulary.tsv``. See ``docs/codes.md`` for the table and the
choices behind it.

>>> from diplorel import Consultation, party
>>> call = Consultation(parties=[party("MAR"), party("AZE")], format="phone_call")
>>> cameo(call), plover(call)
('041', Plover(type='CONSULT', mode='phone'))

CAMEO rows are dyadic and ordered: :func:`to_icews_rows` writes one row per
(source, target) pair, source to target when the text gives a direction and
both ways otherwise (CAMEO's practice for reciprocal meetings).
:func:`to_polecat_record` writes one record per event with lists of actors,
as PLOVER does.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from functools import cache, lru_cache
from typing import Any, Final

import attrs

from diplorel._tsv import read_table
from diplorel.errors import InvalidValueError
from diplorel.extract._text import fold
from diplorel.extract._trie import compile_phrases
from diplorel.model import (
    Agreement,
    Consultation,
    ConsultationFormat,
    Declaration,
    DeclarationKind,
    Event,
    EventKind,
    Party,
    Stage,
)

__all__ = [
    "FEATURES",
    "ICEWS_COLUMNS",
    "TONES",
    "EventCodes",
    "Features",
    "Plover",
    "cameo",
    "cameo_name",
    "event_codes",
    "features",
    "plover",
    "to_icews_rows",
    "to_polecat_record",
]

TONES: Final = ("condemn", "accuse", "praise", "reject", "appeal", "concern", "sympathy")
"""The tones of a statement that ``lang/fr/statements.tsv`` gives verbs for."""

FEATURES: Final[Mapping[str, tuple[str, ...]]] = {
    "kind": tuple(item.value for item in EventKind),
    "value": tuple(
        dict.fromkeys(
            [item.value for item in Stage]
            + [item.value for item in ConsultationFormat]
            + [item.value for item in DeclarationKind]
        )
    ),
    "detail": ("establishes", *TONES, "none"),
    "direction": ("directed", "undirected"),
    "parties": ("one", "two", "many"),
    "place": ("third", "party", "unknown"),
}
"""The features the mapping table matches on, with every value each can take."""

ICEWS_COLUMNS: Final = (
    "Event Date",
    "Source Name",
    "Source Country",
    "Event Text",
    "CAMEO Code",
    "Target Name",
    "Target Country",
    "Story ID",
    "City",
)
"""The ICEWS columns :func:`to_icews_rows` fills."""

_PLOVER_TYPE: Final = re.compile(r"[A-Z]+")


def _plover_type(_inst: object, attr: attrs.Attribute[Any], value: str) -> None:
    if not isinstance(value, str) or not _PLOVER_TYPE.fullmatch(value):
        raise InvalidValueError(f"{attr.name} must be a PLOVER type in capitals, not {value!r}")


def _plover_mode(_inst: object, attr: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise InvalidValueError(f"{attr.name} must be None or a non-empty string, not {value!r}")


@attrs.frozen
class Plover:
    """A PLOVER event type (``CONSULT``, ``AGREE``…) and its mode (``visit``…) or None."""

    type: str = attrs.field(validator=_plover_type)
    mode: str | None = attrs.field(default=None, validator=_plover_mode)

    def as_dict(self) -> dict[str, str | None]:
        """The JSON form: ``{"type": ..., "mode": ...}``."""
        return {"type": self.type, "mode": self.mode}


@attrs.frozen
class Features:
    """What the mapping table looks at in an event (see :data:`FEATURES` for the values)."""

    kind: str
    value: str
    detail: str
    direction: str
    parties: str
    place: str


@attrs.frozen
class EventCodes:
    """The codes of one event and the note of the mapping row that gave them."""

    cameo: str
    plover: Plover | None
    note: str


# -- the tables -----------------------------------------------------------------------------


@cache
def _vocabulary() -> Mapping[tuple[str, str], Mapping[str, str]]:
    return {(row["scheme"], row["code"]): row for row in read_table("data", "code_vocabulary.tsv")}


def cameo_name(code: str) -> str:
    """The CAMEO codebook's name of an event code that the mapping may use.

    >>> cameo_name("042")
    'Make a visit'

    Raises :class:`~diplorel.errors.InvalidValueError` for another code.
    """
    row = _vocabulary().get(("cameo", code))
    if row is None:
        raise InvalidValueError(f"not a CAMEO code diplorel uses: {code!r}")
    return row["name"]


_Row = tuple[tuple[str, ...], EventCodes]


def _check_row(number: int, row: Mapping[str, str]) -> None:
    where = f"event_codes.tsv, data row {number}"
    for name, allowed in FEATURES.items():
        if row[name] != "*" and row[name] not in allowed:
            raise ValueError(f"{where}: {name} {row[name]!r} is not one of {allowed}")
    vocabulary = _vocabulary()
    if ("cameo", row["cameo"]) not in vocabulary:
        raise ValueError(f"{where}: unknown CAMEO code {row['cameo']!r}")
    kind, mode = row["plover_type"], row["plover_mode"]
    if kind != "-" and ("plover_type", kind) not in vocabulary:
        raise ValueError(f"{where}: unknown PLOVER type {kind!r}")
    if mode != "-" and vocabulary.get(("plover_mode", mode), {}).get("parent") != kind:
        raise ValueError(f"{where}: {mode!r} is not a mode of the PLOVER type {kind!r}")


@cache
def _mapping() -> tuple[_Row, ...]:
    rows = []
    for number, row in enumerate(read_table("data", "event_codes.tsv"), start=2):
        _check_row(number, row)
        kind, mode = row["plover_type"], row["plover_mode"]
        found = None if kind == "-" else Plover(kind, None if mode == "-" else mode)
        pattern = tuple(row[name] for name in FEATURES)
        rows.append((pattern, EventCodes(cameo=row["cameo"], plover=found, note=row["note"])))
    return tuple(rows)


@cache
def _lookup(key: Features) -> EventCodes:
    values = attrs.astuple(key)
    for pattern, codes in _mapping():
        if all(want in {"*", have} for want, have in zip(pattern, values, strict=True)):
            return codes
    raise LookupError(f"no row of event_codes.tsv matches {key}")


@cache
def _tones() -> tuple[re.Pattern[str], Mapping[str, str]]:
    tones: dict[str, str] = {}
    for row in read_table("lang", "fr", "statements.tsv"):
        tones.setdefault(fold(row["form"]), row["tone"])
    return compile_phrases(tones), tones


@cache
def _places() -> Mapping[str, str]:
    """Folded French names of cities, capitals and states, to the state's code."""
    places: dict[str, str] = {}
    for row in read_table("lang", "fr", "cities.tsv"):
        places.setdefault(fold(row["city"]), row["code"])
    for row in read_table("lang", "fr", "parties.tsv"):
        if row["kind"] in {"capital", "name"} and len(row["code"]) == 3:
            places.setdefault(fold(row["form"]), row["code"])
    return places


# -- features -------------------------------------------------------------------------------


def _value(event: Event) -> str:
    if isinstance(event, Agreement):
        return event.status.value
    if isinstance(event, Consultation):
        return event.format.value
    return event.declaration.value


def _tone(text: str) -> str:
    pattern, tones = _tones()
    found = pattern.search(fold(text.replace("’", "'")))
    return "none" if found is None else tones[found.group()]


def _detail(event: Event) -> str:
    if not isinstance(event, Declaration):
        return "none"
    if event.establishes is not None:
        return "establishes"
    return _tone(event.evidence[0].text) if event.evidence else "none"


def _sides(event: Event) -> tuple[tuple[Party, ...], tuple[Party, ...]]:
    """The source and target sides the text gives, or two empty tuples."""
    source: tuple[Party, ...] = tuple(getattr(event, "source", ()))  # merge: user
    target: tuple[Party, ...] = tuple(getattr(event, "target", ()))  # merge: user
    return (source, target) if source else ((), ())


@lru_cache(maxsize=4096)
def _place_state(place: str) -> str | None:
    return _places().get(fold(place.strip().replace("’", "'")))


def _place(event: Event) -> str:
    if event.place is None:
        return "unknown"
    state = _place_state(event.place)
    if state is None or not all(item.is_state for item in event.parties):
        # An organisation's seat is not in the tables: its meetings are never "third".
        return "unknown"
    return "party" if event.involves(state) else "third"


def features(event: Event) -> Features:
    """The features of ``event`` that the mapping table matches on.

    >>> from diplorel import Consultation, party
    >>> features(Consultation(parties=[party("MAR"), party("AZE")], format="meeting",
    ...                       place="Genève"))
    Features(kind='consultation', value='meeting', detail='none', direction='undirected', \
parties='two', place='third')
    """
    count = len(event.parties)
    return Features(
        kind=event.kind.value,
        value=_value(event),
        detail=_detail(event),
        direction="directed" if _sides(event)[0] else "undirected",
        parties="one" if count == 1 else "two" if count == 2 else "many",
        place=_place(event),
    )


def event_codes(event: Event) -> EventCodes:
    """The CAMEO code, the PLOVER type and mode (or None) and the mapping row's note."""
    return _lookup(features(event))


def cameo(event: Event) -> str:
    """The CAMEO event code of ``event``, three digits as a string (``"042"``).

    >>> from diplorel import Agreement, AgreementStage, party
    >>> cameo(Agreement(parties=[party("MAR"), party("AZE")],
    ...                 stages=[AgreementStage(stage="signed")]))
    '057'
    """
    return event_codes(event).cameo


def plover(event: Event) -> Plover | None:
    """The PLOVER event type and mode of ``event``, or None where PLOVER has no type for it.

    PLOVER codes no neutral, concerned or empathetic statement: those get
    None (and a CAMEO code of the 01 family).
    """
    return event_codes(event).plover


# -- rows in other datasets' shapes ---------------------------------------------------------------


def _date_text(event: Event) -> str | None:
    return None if event.date is None else event.date.isoformat()


def _pairs(event: Event) -> list[tuple[Party | None, Party | None]]:
    source, target = _sides(event)
    if source:
        return list(itertools.product(source, target or (None,)))
    if len(event.parties) == 1:
        return [(event.parties[0], None)]
    return list(itertools.permutations(event.parties, 2))


def to_icews_rows(event: Event, *, document_id: str | None = None) -> list[dict[str, str | None]]:
    """ICEWS-shaped rows (:data:`ICEWS_COLUMNS`) for one event: one per (source, target) pair.

    Source to target when the text gives a direction; otherwise both ways
    for every pair of parties (CAMEO's practice for reciprocal meetings),
    and one row without target for a one-party event. Country columns hold
    ISO 3166-1 alpha-3 codes (None for an organisation), names are diplorel's
    French names, and the date is EDTF text as precise as the article (a
    month stays a month).

    >>> from diplorel import Consultation, party
    >>> rows = to_icews_rows(Consultation(parties=[party("MAR"), party("AZE")],
    ...                                   format="phone_call"), document_id="d1")
    >>> [(row["Source Country"], row["CAMEO Code"], row["Target Country"]) for row in rows]
    [('AZE', '041', 'MAR'), ('MAR', '041', 'AZE')]
    """
    code = cameo(event)
    text = cameo_name(code)
    rows: list[dict[str, str | None]] = []
    for source, target in _pairs(event):
        row = {
            "Event Date": _date_text(event),
            "Source Name": None if source is None else source.name,
            "Source Country": source.code if source is not None and source.is_state else None,
            "Event Text": text,
            "CAMEO Code": code,
            "Target Name": None if target is None else target.name,
            "Target Country": target.code if target is not None and target.is_state else None,
            "Story ID": document_id,
            "City": event.place,
        }
        rows.append(row)
    return rows


def to_polecat_record(event: Event, *, document_id: str | None = None) -> dict[str, Any] | None:
    """A POLECAT-shaped (PLOVER) record for one event, or None when PLOVER has no type for it.

    ``actor`` is the source side when the text gives one (``recipient`` the
    target side), else every party (a compound actor, as PLOVER writes one
    meeting of many states) with an empty ``recipient``. ``text_info``
    holds the document id and the evidence offsets.

    >>> from diplorel import Consultation, party
    >>> record = to_polecat_record(Consultation(parties=[party("MAR"), party("AZE")],
    ...                                         format="visit", place="Rabat"))
    >>> record["actor"], record["event"], record["mode"]
    (['AZE', 'MAR'], 'CONSULT', 'visit')
    """
    codes = event_codes(event)
    if codes.plover is None:
        return None
    source, target = _sides(event)
    return {
        "id": getattr(event, "id", None),  # merge: user
        "date": _date_text(event),
        "actor": [item.code for item in (source or event.parties)],
        "recipient": [item.code for item in target],
        "event": codes.plover.type,
        "mode": codes.plover.mode,
        "context": [],
        "event_text": event.evidence[0].text if event.evidence else None,
        "text_info": {
            "document_id": document_id,
            "spans": [[span.start, span.end] for span in event.evidence],
        },
    }
