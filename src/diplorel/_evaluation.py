"""Score predicted diplomatic events against gold annotations.

This module implements the "Scoring" section of the annotated corpus's README.
It works on plain JSON-like dicts in the corpus form (one dict per document,
with ``events`` a list of event dicts) and needs nothing else from diplorel
but its exceptions, so that it can score any run, whatever produced it.

Public API
----------
- :func:`load_gold` reads a folder of ``<id>.json`` gold annotations.
- :func:`load_predictions` reads a JSON Lines file of predicted documents.
- :func:`load_texts` reads the ``<id>.txt`` article texts of a folder (they
  let evidence overlap be measured on character spans).
- :func:`evaluate` scores predictions against gold and returns an
  :class:`EvaluationReport`, whose :meth:`~EvaluationReport.render` gives a
  text report.

How the README's rules are read
-------------------------------
Documents
    Matched by id. A gold document with no prediction counts all its events
    as misses and its ``published`` (when given) as wrong. Predicted
    documents whose id is not in the gold are ignored: their events count
    nowhere, but their number and ids are reported
    (``unmatched_documents``, ``unmatched_ids``).

Pairing
    A predicted event may pair with a gold event of the same document, the
    same ``kind`` and the same *set* of ``parties`` (order and duplicates do
    not matter; codes are compared as written, case included). Pairs are one
    to one. Within each (document, kind, parties) group every gold event is a
    candidate for every predicted one, so the number of pairs is always
    ``min(#gold, #predicted)`` of the group; among those assignments the one
    with the greatest total *field agreement* wins (the sum, over the pair's
    scored fields, of the field scores defined below: exactly the numerator
    that field accuracy counts), ties broken by the greatest total *evidence
    overlap*. The assignment is solved exactly (Hungarian algorithm on exact
    rational, lexicographic weights), after sorting each side of a group by
    a canonical dump of the event, so that the result depends neither on
    the order of events nor on float rounding.

Evidence overlap
    When ``texts`` holds the document's text and both evidence strings are
    found in it (after the folding below: case, accents, apostrophes,
    whitespace runs), the overlap is the Jaccard index of the two character
    spans (intersection over union; the best pair of occurrences if a quote
    occurs more than once). Otherwise it is the Jaccard index of the two
    evidences' sets of folded words. A missing or empty evidence overlaps
    nothing.

Event precision, recall, F1
    Over all events, background ones included. When there are no predicted
    events precision is 1 if there are no gold events either, else 0; recall
    likewise when there are no gold events; F1 is 0 when precision and recall
    are both 0. So an empty gold scored against an empty run is perfect, and
    an empty run against a non-empty gold scores precision 0, recall 0.

Field accuracy
    Measured on pairs only, for the fields ``date``, ``place``, ``round``,
    ``format`` (consultations only), ``status`` (agreements only), ``heads``
    and ``sectors`` (``title``, ``background`` and ``evidence`` are not
    scored). A field is compared only where the gold gives it: a scalar
    field when it is not null, a list field (``heads``, ``sectors``) when it
    is not empty (an empty list is how the annotation says "not stated", so
    extra heads or sectors predicted against an empty gold list cost
    nothing). A missing predicted key counts as null / empty. Scores per
    comparison:

    - ``date``: 1 or 0 by the date rule below.
    - ``place``: 1 when equal after case folding, accent stripping,
      apostrophe unification, whitespace collapsing and trimming.
    - ``round``, ``format``, ``status``: 1 when equal (a bool never equals a
      number; ``"2"`` does not equal ``2``).
    - ``heads``: the set F1 (``2|G∩P| / (|G|+|P|)``) of family names: the
      last whitespace-separated word of each name, folded as for places and
      stripped of surrounding punctuation ("Ilham Aliyev" ~ "Aliyev";
      hyphenated names stay one word). Non-string items are ignored.
    - ``sectors``: the set F1 of the sector strings (trimmed, case folded).

    A field's accuracy is its summed score over its number of comparisons;
    ``mean_field_accuracy`` is the mean of the accuracies of the fields that
    had at least one comparison, and 1.0 (the neutral value for the
    composite) when no field had any.

Date rule
    Dates are ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` with ``XXXX`` for an
    unknown year, or a range ``A/B`` of two such dates. A single prediction
    matches a single gold date when every part the gold gives is equal (the
    prediction may be more precise); a gold ``XXXX`` year matches any
    predicted year, while a predicted ``XXXX`` year does not match a known
    gold year. For a gold range, a range prediction must match both ends,
    and a single prediction counts when it matches the range's start. For a
    single gold date, a range prediction counts only when both of its ends
    match the gold date (the whole range lies within what the gold says;
    this case is not covered by the README). A null, non-string or malformed
    prediction is wrong. A malformed gold date is an error.

Published
    ``published_accuracy`` is over gold documents whose ``published`` is not
    null: the predicted document's ``published`` against it by the date rule
    (a missing document or key is a null, hence wrong). It is ``None`` when
    no gold document gives ``published``.

Composite
    ``composite = F1 × (0.5 + 0.5 × mean_field_accuracy)``.

All sums are kept as exact fractions and turned into floats at the end.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from fractions import Fraction
from pathlib import Path
from typing import Any

import attrs

from diplorel._fold import fold_name
from diplorel._source import read_text
from diplorel.errors import InvalidValueError, SerialisationError
from diplorel.io import reject_lone_surrogates

__all__ = [
    "FIELDS",
    "KINDS",
    "EvaluationReport",
    "Extra",
    "FieldError",
    "FieldScore",
    "KindScore",
    "Miss",
    "evaluate",
    "load_gold",
    "load_predictions",
    "load_texts",
]

#: The scored event fields, in report order.
FIELDS: tuple[str, ...] = ("date", "place", "round", "format", "status", "heads", "sectors")

#: The event kinds of the annotation scheme, in report order.
KINDS: tuple[str, ...] = ("agreement", "consultation", "declaration")

_FIELD_KIND: Mapping[str, str] = {"format": "consultation", "status": "agreement"}
_LIST_FIELDS = frozenset({"heads", "sectors"})

_ONE = Fraction(1)
_ZERO = Fraction(0)


# ---------------------------------------------------------------------------
# Report classes
# ---------------------------------------------------------------------------


def _ratio(numerator: int, denominator: int, *, other: int) -> float:
    """``numerator / denominator``; when that is 0/0, 1.0 if ``other`` is 0 too, else 0.0."""
    if denominator == 0:
        return 1.0 if other == 0 else 0.0
    return numerator / denominator


def _f1(precision: float, recall: float) -> float:
    if precision + recall == 0:
        return 0.0
    return 2 * precision * recall / (precision + recall)


@attrs.frozen(kw_only=True)
class FieldScore:
    """The comparisons of one field over all pairs.

    ``total`` is the number of pairs where the gold gives the field and
    ``score`` the sum of their scores (each in [0, 1]).
    """

    total: int
    score: float

    @property
    def accuracy(self) -> float | None:
        """``score / total``, or ``None`` when the field was never compared."""
        if self.total == 0:
            return None
        return self.score / self.total


@attrs.frozen(kw_only=True)
class KindScore:
    """Event counts of one kind, with their precision, recall and F1."""

    gold: int
    predicted: int
    matched: int

    @property
    def precision(self) -> float:
        """Pairs over predicted events of the kind (1.0 if neither side has any)."""
        return _ratio(self.matched, self.predicted, other=self.gold)

    @property
    def recall(self) -> float:
        """Pairs over gold events of the kind (1.0 if neither side has any)."""
        return _ratio(self.matched, self.gold, other=self.predicted)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall (0.0 when both are 0)."""
        return _f1(self.precision, self.recall)


@attrs.frozen(kw_only=True)
class Miss:
    """A gold event that no predicted event paired with."""

    document: str
    index: int
    event: Mapping[str, Any]


@attrs.frozen(kw_only=True)
class Extra:
    """A predicted event that paired with no gold event."""

    document: str
    index: int
    event: Mapping[str, Any]


@attrs.frozen(kw_only=True)
class FieldError:
    """A paired event whose field scored below 1.

    ``index`` is the gold event's position in its document; ``score`` is
    the comparison's score (partial for ``heads`` and ``sectors``);
    ``evidence`` is the gold event's evidence.
    """

    document: str
    index: int
    kind: str
    parties: tuple[str, ...]
    field: str
    gold: Any
    predicted: Any
    score: float
    evidence: str | None


@attrs.frozen(kw_only=True)
class EvaluationReport:
    """The scores of a run against gold annotations (see the module docstring)."""

    documents: int
    missing_documents: int
    unmatched_documents: int
    missing_ids: tuple[str, ...]
    unmatched_ids: tuple[str, ...]
    gold_events: int
    predicted_events: int
    matched: int
    precision: float
    recall: float
    f1: float
    per_kind: Mapping[str, KindScore]
    field_accuracy: Mapping[str, FieldScore]
    mean_field_accuracy: float
    published_total: int
    published_correct: int
    published_accuracy: float | None
    composite: float
    misses: tuple[Miss, ...]
    extras: tuple[Extra, ...]
    field_errors: tuple[FieldError, ...]

    def render(self, *, verbose: bool = False) -> str:
        """A readable text report, headline figures last.

        With ``verbose``, the misses, extras and field errors are listed
        first. Then come the per-kind lines and the summary block, which ends
        with the ``composite`` line.
        """
        lines: list[str] = []
        if verbose:
            lines.extend(self._detail_lines())
        if self.missing_documents:
            lines.append(f"gold documents without prediction: {self.missing_documents}")
        if self.unmatched_documents:
            lines.append(f"predicted documents not in gold (ignored): {self.unmatched_documents}")
        width = 22
        for kind, score in self.per_kind.items():
            lines.append(
                f"{kind:<{width}}P {score.precision:.3f}  R {score.recall:.3f}  "
                f"F1 {score.f1:.3f}  ({score.gold} / {score.predicted} / {score.matched})"
            )
        lines.append(
            f"{'documents':<{width}}{self.documents}   events gold / predicted / matched: "
            f"{self.gold_events} / {self.predicted_events} / {self.matched}"
        )
        lines.append(
            f"{'events':<{width}}precision {self.precision:.3f}  recall {self.recall:.3f}  "
            f"F1 {self.f1:.3f}"
        )
        for name, field in self.field_accuracy.items():
            accuracy = field.accuracy
            shown = "  -  " if accuracy is None else f"{accuracy:.3f}"
            lines.append(f"{name:<{width}}{shown} (n={field.total})")
        compared = any(field.total for field in self.field_accuracy.values())
        lines.append(
            f"{'mean field accuracy':<{width}}{self.mean_field_accuracy:.3f}"
            + ("" if compared else " (no field compared)")
        )
        if self.published_accuracy is None:
            lines.append(f"{'published accuracy':<{width}}  -   (n=0)")
        else:
            lines.append(
                f"{'published accuracy':<{width}}{self.published_accuracy:.3f} "
                f"({self.published_correct}/{self.published_total})"
            )
        lines.append(f"{'composite':<{width}}{self.composite:.3f}")
        return "\n".join(lines)

    def _detail_lines(self) -> list[str]:
        lines: list[str] = []
        if self.missing_ids:
            lines.append("gold documents without prediction: " + ", ".join(self.missing_ids))
        if self.unmatched_ids:
            lines.append("predicted documents not in gold: " + ", ".join(self.unmatched_ids))
        lines.append(f"misses ({len(self.misses)}):")
        lines.extend(
            f"  MISS  {miss.document}#{miss.index}  {_describe(miss.event)}"
            for miss in self.misses
        )
        lines.append(f"extras ({len(self.extras)}):")
        lines.extend(
            f"  EXTRA {extra.document}#{extra.index}  {_describe(extra.event)}"
            for extra in self.extras
        )
        lines.append(f"field errors ({len(self.field_errors)}):")
        lines.extend(
            f"  FIELD {error.document}#{error.index}  {error.kind} [{', '.join(error.parties)}]  "
            f"{error.field}: gold {error.gold!r}  predicted {error.predicted!r}"
            f"{'' if error.score == 0 else f'  (score {error.score:.2f})'}"
            f"  « {_shorten(error.evidence)} »"
            for error in self.field_errors
        )
        lines.append("")
        return lines


def _shorten(text: object, limit: int = 80) -> str:
    if not isinstance(text, str):
        return ""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _describe(event: Mapping[str, Any]) -> str:
    parties = event.get("parties")
    party_text = ", ".join(str(p) for p in parties) if isinstance(parties, list) else ""
    parts = [str(event.get("kind")), f"[{party_text}]"]
    for key in ("format", "status", "date", "place"):
        value = event.get(key)
        if value is not None:
            parts.append(f"{key}={value}")
    if event.get("background"):
        parts.append("background")
    parts.append(f"« {_shorten(event.get('evidence'))} »")
    return "  ".join(parts)


# ---------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------


def _check_document(document: object, where: str) -> dict[str, Any]:
    if not isinstance(document, dict):
        raise SerialisationError(where, "expected a JSON object")
    events = document.get("events")
    if not isinstance(events, list):
        raise SerialisationError(where, "expected an 'events' list")
    return document


def load_gold(directory: Path) -> dict[str, dict[str, Any]]:
    """Read every ``*.json`` gold annotation of ``directory``, keyed by file stem.

    Raises :class:`~diplorel.errors.SerialisationError` (a ``ValueError``)
    naming the file when one is not valid JSON, is not an object with an
    ``events`` list, or has an ``id`` other than its stem.
    """
    directory = Path(directory)
    if not directory.is_dir():
        raise SerialisationError(str(directory), "not a directory")
    documents: dict[str, dict[str, Any]] = {}
    for path in sorted(directory.glob("*.json")):
        try:
            raw = json.loads(path.read_text(encoding="utf-8-sig"))
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            raise SerialisationError(str(path), f"invalid JSON: {error}") from error
        except RecursionError:
            raise SerialisationError(str(path), "JSON nested too deeply") from None
        document = _check_document(raw, str(path))
        stated = document.get("id")
        if stated is not None and stated != path.stem:
            raise SerialisationError(
                str(path), f"'id' is {stated!r} but the file stem is {path.stem!r}"
            )
        documents[path.stem] = document
    return documents


def load_predictions(path: Path) -> dict[str, dict[str, Any]]:
    """Read a JSON Lines file of predicted documents, keyed by their ``id``.

    Each non-blank line is an object with at least ``id`` (a string) and
    ``events`` (a list), optionally ``published``. Raises
    :class:`~diplorel.errors.SerialisationError` (a ``ValueError``) naming
    the line number for a line that is not valid JSON, lacks those keys, or
    repeats an id.
    """
    path = Path(path)
    documents: dict[str, dict[str, Any]] = {}
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise SerialisationError(str(path), f"not UTF-8: {error}") from error
    # Split on newlines only: str.splitlines would also split on U+2028 and
    # the like, which JSON allows raw inside strings.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as error:
            raise SerialisationError(where, f"invalid JSON: {error}") from error
        except RecursionError:
            raise SerialisationError(where, "JSON nested too deeply") from None
        reject_lone_surrogates(line, raw, where)  # as every reader of events does
        document = _check_document(raw, where)
        doc_id = document.get("id")
        if not isinstance(doc_id, str) or not doc_id:
            raise SerialisationError(where, "expected a non-empty string 'id'")
        if doc_id in documents:
            raise SerialisationError(where, f"document {doc_id!r} appears twice")
        documents[doc_id] = document
    return documents


def load_texts(directory: Path) -> dict[str, str]:
    """Read every ``*.txt`` article text of ``directory``, keyed by file stem.

    Files are read by the extractor's policy (UTF-8, else French Windows-1252).
    """
    directory = Path(directory)
    if not directory.is_dir():
        raise SerialisationError(str(directory), "not a directory")
    texts: dict[str, str] = {}
    for path in sorted(directory.glob("*.txt")):
        try:
            texts[path.stem] = read_text(path)
        except (OSError, ValueError) as error:
            raise SerialisationError(str(path), str(error)) from None
    return texts


# ---------------------------------------------------------------------------
# Folding and field comparisons
# ---------------------------------------------------------------------------

_WORD = re.compile(r"\w+")


_DateParts = tuple[int | None, int | None, int | None]
_DATE = re.compile(r"([0-9]{4}|XXXX)(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


def _parse_single(text: str) -> _DateParts | None:
    match = _DATE.fullmatch(text)
    if match is None:
        return None
    year_text, month_text, day_text = match.groups()
    year = None if year_text == "XXXX" else int(year_text)
    month = None if month_text is None else int(month_text)
    day = None if day_text is None else int(day_text)
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    return (year, month, day)


def _parse_date(value: object) -> tuple[_DateParts, _DateParts | None] | None:
    """Parse a date or range: ``(start, end)`` with ``end`` None for a single date."""
    if not isinstance(value, str):
        return None
    text = value.strip().upper()
    if "/" in text:
        pieces = text.split("/")
        if len(pieces) != 2:
            return None
        start, end = _parse_single(pieces[0].strip()), _parse_single(pieces[1].strip())
        if start is None or end is None:
            return None
        return (start, end)
    single = _parse_single(text)
    return None if single is None else (single, None)


def _single_matches(gold: _DateParts, predicted: _DateParts) -> bool:
    """Every part the gold gives is equal (a gold ``XXXX`` year matches anything)."""
    return all(g is None or g == p for g, p in zip(gold, predicted, strict=True))


def _date_matches(gold: object, predicted: object) -> bool:
    gold_date = _parse_date(gold)
    if gold_date is None:
        raise InvalidValueError(f"malformed gold date {gold!r}")
    predicted_date = _parse_date(predicted)
    if predicted_date is None:
        return False
    gold_start, gold_end = gold_date
    predicted_start, predicted_end = predicted_date
    if gold_end is None:
        if predicted_end is None:
            return _single_matches(gold_start, predicted_start)
        return _single_matches(gold_start, predicted_start) and _single_matches(
            gold_start, predicted_end
        )
    if predicted_end is None:
        return _single_matches(gold_start, predicted_start)
    return _single_matches(gold_start, predicted_start) and _single_matches(
        gold_end, predicted_end
    )


def _strings(value: object) -> list[str]:
    if not isinstance(value, list | tuple):
        return []
    return [item for item in value if isinstance(item, str)]


def _family_name(name: str) -> str:
    words = fold_name(name).split()
    if not words:
        return ""
    return words[-1].strip(".,;:!?()[]{}\"'«»")


def _set_f1(gold: set[str], predicted: set[str]) -> Fraction:
    if not gold and not predicted:
        return _ONE
    return Fraction(2 * len(gold & predicted), len(gold) + len(predicted))


def _scalar_equal(gold: object, predicted: object) -> bool:
    if isinstance(gold, bool) or isinstance(predicted, bool):
        return gold is predicted
    if type(gold) is not type(predicted) and not (
        isinstance(gold, int | float) and isinstance(predicted, int | float)
    ):
        return False
    return gold == predicted


def _given(field: str, value: object) -> bool:
    if field in _LIST_FIELDS:
        return bool(_strings(value))
    return value is not None


def _field_score(field: str, gold: object, predicted: object) -> Fraction:
    if field == "date":
        return _ONE if _date_matches(gold, predicted) else _ZERO
    if field == "place":
        if isinstance(gold, str) and isinstance(predicted, str):
            return _ONE if fold_name(gold) == fold_name(predicted) else _ZERO
        return _ZERO
    if field == "heads":
        gold_names = {name for name in map(_family_name, _strings(gold)) if name}
        predicted_names = {name for name in map(_family_name, _strings(predicted)) if name}
        return _set_f1(gold_names, predicted_names)
    if field == "sectors":
        return _set_f1(
            {s.strip().casefold() for s in _strings(gold)},
            {s.strip().casefold() for s in _strings(predicted)},
        )
    return _ONE if _scalar_equal(gold, predicted) else _ZERO


# ---------------------------------------------------------------------------
# Events
# ---------------------------------------------------------------------------


@attrs.frozen
class _Event:
    index: int
    data: Mapping[str, Any]
    kind: str
    parties: frozenset[str]
    canonical: str
    evidence_words: frozenset[str]
    evidence_folded: str


def _prepare_events(document: Mapping[str, Any], where: str) -> list[_Event]:
    events = document.get("events")
    if not isinstance(events, list):
        raise SerialisationError(where, "expected an 'events' list")
    prepared: list[_Event] = []
    for index, event in enumerate(events):
        place = f"{where}, event {index}"
        if not isinstance(event, Mapping):
            raise SerialisationError(place, "expected a JSON object")
        kind = event.get("kind")
        if not isinstance(kind, str):
            raise SerialisationError(place, "expected a string 'kind'")
        parties = event.get("parties")
        if not isinstance(parties, list | tuple) or not all(isinstance(p, str) for p in parties):
            raise SerialisationError(place, "expected 'parties' as a list of strings")
        evidence = event.get("evidence")
        folded = fold_name(evidence) if isinstance(evidence, str) else ""
        prepared.append(
            _Event(
                index=index,
                data=event,
                kind=kind,
                parties=frozenset(parties),
                canonical=json.dumps(event, sort_keys=True, ensure_ascii=False, default=repr),
                evidence_words=frozenset(_WORD.findall(folded)),
                evidence_folded=folded,
            )
        )
    return prepared


def _check_gold_dates(document: Mapping[str, Any], events: Sequence[_Event], doc_id: str) -> None:
    published = document.get("published")
    if published is not None and _parse_date(published) is None:
        raise InvalidValueError(f"gold document {doc_id!r}: malformed published {published!r}")
    for event in events:
        date = event.data.get("date")
        if date is not None and _parse_date(date) is None:
            raise InvalidValueError(
                f"gold document {doc_id!r}, event {event.index}: malformed date {date!r}"
            )


def _comparisons(gold: _Event, predicted: _Event) -> list[tuple[str, Fraction]]:
    """The scored fields of a pair with their scores."""
    result: list[tuple[str, Fraction]] = []
    for field in FIELDS:
        required_kind = _FIELD_KIND.get(field)
        if required_kind is not None and gold.kind != required_kind:
            continue
        gold_value = gold.data.get(field)
        if not _given(field, gold_value):
            continue
        result.append((field, _field_score(field, gold_value, predicted.data.get(field))))
    return result


def _occurrences(haystack: str, needle: str) -> list[int]:
    starts: list[int] = []
    start = haystack.find(needle)
    while start != -1:
        starts.append(start)
        start = haystack.find(needle, start + 1)
    return starts


def _span_overlap(text: str, first: str, second: str) -> Fraction | None:
    """Best character-span Jaccard of the two quotes in ``text``, None if one is absent."""
    if not first or not second:
        return None
    first_starts = _occurrences(text, first)
    second_starts = _occurrences(text, second)
    if not first_starts or not second_starts:
        return None
    best = _ZERO
    for a in first_starts:
        for b in second_starts:
            a_end, b_end = a + len(first), b + len(second)
            inter = max(0, min(a_end, b_end) - max(a, b))
            union = len(first) + len(second) - inter
            best = max(best, Fraction(inter, union))
    return best


def _evidence_overlap(gold: _Event, predicted: _Event, text: str | None) -> Fraction:
    if text is not None:
        spans = _span_overlap(text, gold.evidence_folded, predicted.evidence_folded)
        if spans is not None:
            return spans
    union = gold.evidence_words | predicted.evidence_words
    if not union:
        return _ZERO
    return Fraction(len(gold.evidence_words & predicted.evidence_words), len(union))


# ---------------------------------------------------------------------------
# Assignment
# ---------------------------------------------------------------------------

_Lex = tuple[Fraction, Fraction]
_LEX_ZERO: _Lex = (_ZERO, _ZERO)


def _lex_add(a: _Lex, b: _Lex) -> _Lex:
    return (a[0] + b[0], a[1] + b[1])


def _lex_sub(a: _Lex, b: _Lex) -> _Lex:
    return (a[0] - b[0], a[1] - b[1])


def _max_weight_assignment(weights: Sequence[Sequence[_Lex]]) -> list[tuple[int, int]]:
    """A one-to-one assignment of rows to columns maximising the total weight.

    Weights are pairs compared lexicographically (an ordered group, which is
    all the Hungarian algorithm needs), so the second component only breaks
    ties of the first. Returns ``min(rows, columns)`` sorted (row, column)
    pairs. Deterministic for a given matrix.
    """
    rows = len(weights)
    columns = len(weights[0]) if rows else 0
    if rows == 0 or columns == 0:
        return []
    if rows > columns:
        transposed = [[weights[r][c] for r in range(rows)] for c in range(columns)]
        return sorted((r, c) for c, r in _max_weight_assignment(transposed))
    cost = [[(-w[0], -w[1]) for w in row] for row in weights]
    u: list[_Lex] = [_LEX_ZERO] * (rows + 1)
    v: list[_Lex] = [_LEX_ZERO] * (columns + 1)
    owner = [0] * (columns + 1)  # owner[j]: the row (1-based) assigned to column j
    way = [0] * (columns + 1)
    for row in range(1, rows + 1):
        owner[0] = row
        j0 = 0
        min_slack: list[_Lex | None] = [None] * (columns + 1)
        used = [False] * (columns + 1)
        while True:
            used[j0] = True
            i0 = owner[j0]
            delta: _Lex | None = None
            j1 = 0
            for j in range(1, columns + 1):
                if used[j]:
                    continue
                current = _lex_sub(_lex_sub(cost[i0 - 1][j - 1], u[i0]), v[j])
                slack = min_slack[j]
                if slack is None or current < slack:
                    slack = current
                    min_slack[j] = current
                    way[j] = j0
                if delta is None or slack < delta:
                    delta = slack
                    j1 = j
            if delta is None:  # pragma: no cover - impossible while rows <= columns
                raise AssertionError("no free column")
            for j in range(columns + 1):
                if used[j]:
                    u[owner[j]] = _lex_add(u[owner[j]], delta)
                    v[j] = _lex_sub(v[j], delta)
                else:
                    slack = min_slack[j]
                    if slack is not None:
                        min_slack[j] = _lex_sub(slack, delta)
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    return sorted((owner[j] - 1, j - 1) for j in range(1, columns + 1) if owner[j])


# ---------------------------------------------------------------------------
# Evaluation
# ---------------------------------------------------------------------------


@attrs.define
class _Pair:
    gold: _Event
    predicted: _Event
    comparisons: list[tuple[str, Fraction]]


def _pair_document(
    gold_events: Sequence[_Event], predicted_events: Sequence[_Event], text: str | None
) -> list[_Pair]:
    groups: dict[tuple[str, frozenset[str]], tuple[list[_Event], list[_Event]]] = {}
    for event in gold_events:
        groups.setdefault((event.kind, event.parties), ([], []))[0].append(event)
    for event in predicted_events:
        groups.setdefault((event.kind, event.parties), ([], []))[1].append(event)
    folded_text = fold_name(text) if text is not None else None
    pairs: list[_Pair] = []
    for gold_group, predicted_group in groups.values():
        if not gold_group or not predicted_group:
            continue
        gold_sorted = sorted(gold_group, key=lambda e: e.canonical)
        predicted_sorted = sorted(predicted_group, key=lambda e: e.canonical)
        candidates = [[_comparisons(g, p) for p in predicted_sorted] for g in gold_sorted]
        weights = [
            [
                (
                    sum((score for _, score in candidates[r][c]), _ZERO),
                    _evidence_overlap(g, p, folded_text),
                )
                for c, p in enumerate(predicted_sorted)
            ]
            for r, g in enumerate(gold_sorted)
        ]
        pairs.extend(
            _Pair(gold_sorted[r], predicted_sorted[c], candidates[r][c])
            for r, c in _max_weight_assignment(weights)
        )
    pairs.sort(key=lambda pair: pair.gold.index)
    return pairs


def evaluate(
    gold: Mapping[str, Mapping[str, Any]],
    predicted: Mapping[str, Mapping[str, Any]],
    *,
    texts: Mapping[str, str] | None = None,
) -> EvaluationReport:
    """Score ``predicted`` documents against ``gold`` ones (both keyed by id).

    ``texts`` (document id → article text) lets evidence overlap, the last
    tie-break of pairing, be measured on character spans. Raises
    :class:`~diplorel.errors.SerialisationError` for a document or event
    that lacks the structure scoring needs (an ``events`` list; events with
    a string ``kind`` and a list of string ``parties``) and
    :class:`~diplorel.errors.InvalidValueError` for a malformed gold date.
    The scoring rules are spelled out in the module docstring.
    """
    kinds: dict[str, list[int]] = {kind: [0, 0, 0] for kind in KINDS}
    field_counts: dict[str, int] = dict.fromkeys(FIELDS, 0)
    field_sums: dict[str, Fraction] = dict.fromkeys(FIELDS, _ZERO)
    misses: list[Miss] = []
    extras: list[Extra] = []
    field_errors: list[FieldError] = []
    missing_ids: list[str] = []
    gold_count = predicted_count = matched = 0
    published_total = published_correct = 0

    for doc_id in sorted(gold):
        gold_document = gold[doc_id]
        gold_events = _prepare_events(gold_document, f"gold document {doc_id!r}")
        _check_gold_dates(gold_document, gold_events, doc_id)
        predicted_document = predicted.get(doc_id)
        if predicted_document is None:
            missing_ids.append(doc_id)
            predicted_events: list[_Event] = []
        else:
            predicted_events = _prepare_events(
                predicted_document, f"predicted document {doc_id!r}"
            )

        gold_published = gold_document.get("published")
        if gold_published is not None:
            published_total += 1
            guess = None if predicted_document is None else predicted_document.get("published")
            published_correct += int(_date_matches(gold_published, guess))

        text = None if texts is None else texts.get(doc_id)
        pairs = _pair_document(gold_events, predicted_events, text)

        gold_count += len(gold_events)
        predicted_count += len(predicted_events)
        matched += len(pairs)
        for event in gold_events:
            kinds.setdefault(event.kind, [0, 0, 0])[0] += 1
        for event in predicted_events:
            kinds.setdefault(event.kind, [0, 0, 0])[1] += 1
        paired_gold = {pair.gold.index for pair in pairs}
        paired_predicted = {pair.predicted.index for pair in pairs}
        misses.extend(
            Miss(document=doc_id, index=e.index, event=e.data)
            for e in gold_events
            if e.index not in paired_gold
        )
        extras.extend(
            Extra(document=doc_id, index=e.index, event=e.data)
            for e in predicted_events
            if e.index not in paired_predicted
        )
        for pair in pairs:
            kinds[pair.gold.kind][2] += 1
            for field, score in pair.comparisons:
                field_counts[field] += 1
                field_sums[field] += score
                if score < 1:
                    evidence = pair.gold.data.get("evidence")
                    field_errors.append(
                        FieldError(
                            document=doc_id,
                            index=pair.gold.index,
                            kind=pair.gold.kind,
                            parties=tuple(sorted(pair.gold.parties)),
                            field=field,
                            gold=pair.gold.data.get(field),
                            predicted=pair.predicted.data.get(field),
                            score=float(score),
                            evidence=evidence if isinstance(evidence, str) else None,
                        )
                    )

    unmatched_ids = tuple(sorted(doc_id for doc_id in predicted if doc_id not in gold))
    precision = _ratio(matched, predicted_count, other=gold_count)
    recall = _ratio(matched, gold_count, other=predicted_count)
    f1 = _f1(precision, recall)
    accuracies = [
        field_sums[field] / field_counts[field] for field in FIELDS if field_counts[field]
    ]
    mean_accuracy = sum(accuracies, _ZERO) / len(accuracies) if accuracies else _ONE
    ordered_kinds = list(KINDS) + sorted(kind for kind in kinds if kind not in KINDS)
    return EvaluationReport(
        documents=len(gold),
        missing_documents=len(missing_ids),
        unmatched_documents=len(unmatched_ids),
        missing_ids=tuple(missing_ids),
        unmatched_ids=unmatched_ids,
        gold_events=gold_count,
        predicted_events=predicted_count,
        matched=matched,
        precision=precision,
        recall=recall,
        f1=f1,
        per_kind={
            kind: KindScore(gold=kinds[kind][0], predicted=kinds[kind][1], matched=kinds[kind][2])
            for kind in ordered_kinds
        },
        field_accuracy={
            field: FieldScore(total=field_counts[field], score=float(field_sums[field]))
            for field in FIELDS
        },
        mean_field_accuracy=float(mean_accuracy),
        published_total=published_total,
        published_correct=published_correct,
        published_accuracy=(published_correct / published_total if published_total else None),
        composite=f1 * (0.5 + 0.5 * float(mean_accuracy)),
        misses=tuple(misses),
        extras=tuple(extras),
        field_errors=tuple(field_errors),
    )
