"""Sort a run's missed gold events and extra predictions into classes, across gold folders.

    python scripts/miss_classes.py DIR [DIR ...] [--predictions RUN.jsonl] [--list]

Each ``DIR`` is a gold folder (``<id>.json`` annotations beside ``<id>.txt``
articles). Its articles are extracted (or, with ``--predictions``, the
documents of a ``diplorel extract`` JSON Lines output are read, by id) and
paired with the gold by the evaluation's own matcher
(:func:`diplorel._evaluation._pair_document`: same document, same kind, same
set of parties, one to one). Dates, places and the other fields play no part
in pairing, so no class below speaks of them: a wrong date is a field error,
never a miss.

Every event the matcher leaves alone gets one class, the first that applies,
from what the pairing and the sentences of the article can tell. A
*sentence* is one of the extractor's own sentences (:func:`prepare`); an
event is in the sentences its evidence quote overlaps.

Misses (gold events no prediction paired with):

- ``merged ...``: a prediction of the same kind and parties exists in the
  document but was paired with another gold event: one prediction stood for
  two gold events. ``in one sentence`` when that other gold event shares the
  miss's sentence (an enumeration of instruments, a visit and its talks),
  ``past with present`` when one of the two is background and the other not
  (an earlier visit of the same sides), ``across the article`` otherwise;
- ``sides missing`` / ``sides extra`` / ``sides other``: an unpaired
  prediction of the same kind shares the sentence, with a subset, a superset
  or another set of the gold parties;
- ``sides taken``: only a prediction of the same kind already paired with a
  gold event of other parties shares the sentence (a multilateral event read
  as one bilateral one, or one side's event only);
- ``kind confusion``: a prediction of another kind shares the sentence;
- ``vetoed``: nothing is predicted in the sentence and a veto stopped a
  trigger inside the gold evidence (:func:`diplorel.extract.vetoed`);
- ``no trigger``: nothing is predicted in the sentence and no veto fired there
  (no trigger word, or a builder found too little);
- ``nothing predicted``: nothing is predicted in the sentence, for a run read
  with ``--predictions`` (the vetoes of today's extractor say nothing of it);
- ``unlocated``: the evidence quote is not in the article.

Extras (predictions no gold event paired with):

- ``duplicate``: same kind and parties as a paired prediction of the document;
- ``sides wrong``: a missed gold event of the same kind shares its sentence
  (the other half of a ``sides`` miss);
- ``sides added``: only paired gold events of its kind (other parties) share
  its sentence;
- ``kind confusion``: only gold events of other kinds share its sentence;
- ``background``: no gold event in its sentence, and predicted as background;
- ``cue``: no gold event in its sentence, which holds a plan, future,
  condition or negation cue (see :data:`CUE`);
- ``no gold``: no gold event in its sentence, and none of the above;
- ``unlocated``: the evidence quote is not in the article.

The report gives, per folder and in total, each class's count and share of
the misses (of the extras), the misses by class and kind of gold event, and
the recall of each class of gold event (foreground / background; consultation
format, agreement status, declaration issuer: a state, an organisation, or
several parties). ``--list`` adds one line per miss and extra with its class.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Final

import attrs

from diplorel._evaluation import (
    _Event,
    _pair_document,
    _prepare_events,
    evaluate,
    load_gold,
    load_predictions,
    load_texts,
)
from diplorel._fold import _APOSTROPHES, fold_name
from diplorel._registry import party_or_none
from diplorel.errors import DiplorelError
from diplorel.extract import extract, vetoed
from diplorel.extract._text import prepare
from diplorel.io import document_record
from diplorel.model import PartyKind

MISS_CLASSES: Final = (
    "merged in one sentence",
    "merged past with present",
    "merged across the article",
    "sides missing",
    "sides extra",
    "sides other",
    "sides taken",
    "kind confusion",
    "vetoed",
    "no trigger",
    "nothing predicted",
    "unlocated",
)
"""The classes of a missed gold event, in the order they are tried."""

EXTRA_CLASSES: Final = (
    "duplicate",
    "sides wrong",
    "sides added",
    "kind confusion",
    "background",
    "cue",
    "no gold",
    "unlocated",
)
"""The classes of an extra prediction, in the order they are tried."""

CUE: Final = re.compile(
    r"\b(?:prevue?s?|devr\w*|doi(?:t|vent)|vont?|prochaine?s?|envisag\w*|compte(?:nt)?|"
    r"entend(?:ent)?|projet(?:te|tent)?|pas|jamais|refus\w*|aucune?|si|pourr\w*|"
    r"\w{3,}(?:era|eront|erait|eraient|ira|iront|irait))\b"
)
"""A plan, future, condition or negation cue in a folded sentence (future and
conditional endings, "prévu", "devrait", "doit", "va", "prochain",
"envisage", "compte", "entend", "projet", "pas", "jamais", "refuse", "aucun",
"si", "pourrait")."""


# ---------------------------------------------------------------------------
# Where events are written
# ---------------------------------------------------------------------------


def folded_with_offsets(text: str) -> tuple[str, list[int]]:
    """``fold_name(text)`` and, for each of its characters, its index in ``text``.

    Built character by character with :func:`fold_name`'s steps (apostrophes
    and dashes unified, accents dropped, case folded, blank runs made one
    space, ends trimmed).
    """
    chars: list[str] = []
    origin: list[int] = []
    pending_space = -1
    for index, char in enumerate(text):
        if char.isspace():
            if chars and pending_space < 0:
                pending_space = index
            continue
        if pending_space >= 0:
            chars.append(" ")
            origin.append(pending_space)
            pending_space = -1
        decomposed = unicodedata.normalize("NFKD", char.translate(_APOSTROPHES))
        bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
        for piece in bare:
            if piece.isspace():  # a compatibility form holding a space
                if chars and chars[-1] != " ":
                    chars.append(" ")
                    origin.append(index)
                continue
            chars.append(piece)
            origin.append(index)
    return "".join(chars), origin


@attrs.frozen
class Article:
    """An article's text, its sentences' spans and its folded form, to place quotes."""

    text: str
    sentences: tuple[tuple[int, int], ...]
    folded: str
    origin: tuple[int, ...]

    @classmethod
    def read(cls, text: str) -> Article:
        """Segment ``text`` with the extractor's own sentence splitter."""
        prepared = prepare(text)
        spans = tuple(prepared.to_original(s.start, s.end) for s in prepared.sentences)
        folded, origin = folded_with_offsets(text)
        return cls(text=text, sentences=spans, folded=folded, origin=tuple(origin))

    def locate(self, quote: object) -> tuple[int, int] | None:
        """The span of ``quote`` in the text (exact, else after folding), or None."""
        if not isinstance(quote, str) or not quote.strip():
            return None
        at = self.text.find(quote)
        if at >= 0:
            return at, at + len(quote)
        needle = fold_name(quote)
        at = self.folded.find(needle) if needle else -1
        if at < 0:
            return None
        return self.origin[at], self.origin[at + len(needle) - 1] + 1

    def sentences_of(self, quote: object) -> frozenset[int]:
        """The indices of the sentences ``quote`` overlaps (empty when it is not found)."""
        span = self.locate(quote)
        if span is None:
            return frozenset()
        start, end = span
        return frozenset(
            i
            for i, (s_start, s_end) in enumerate(self.sentences)
            if s_start < end and start < s_end
        )

    def sentence_text(self, indices: Iterable[int]) -> str:
        """The text of the given sentences, in order, joined by spaces."""
        return " ".join(self.text[slice(*self.sentences[i])] for i in sorted(indices))


# ---------------------------------------------------------------------------
# Classes
# ---------------------------------------------------------------------------


def gold_class(event: Mapping[str, Any]) -> str:
    """The class of a gold event for recall: kind and subtype.

    A consultation's format, an agreement's status, a declaration's issuer
    (``state`` or ``organisation`` for one party, ``several`` otherwise).
    """
    kind = str(event.get("kind"))
    if kind == "consultation":
        return f"consultation: {event.get('format')}"
    if kind == "agreement":
        return f"agreement: {event.get('status')}"
    if kind == "declaration":
        parties = event.get("parties") or []
        if len(parties) != 1:
            return "declaration: several"
        found = party_or_none(str(parties[0]))
        if found is None:
            return "declaration: unknown code"
        return (
            "declaration: state" if found.kind is PartyKind.STATE else "declaration: organisation"
        )
    return kind


@attrs.frozen
class Classified:
    """One missed gold event or extra prediction, with its class."""

    folder: str
    document: str
    index: int
    missed: bool
    cls: str
    event: Mapping[str, Any]
    sentence: str


@attrs.frozen
class _Placed:
    event: _Event
    sentences: frozenset[int]
    paired: bool


def _miss_class(
    gold: _Placed, golds: Sequence[_Placed], predictions: Sequence[_Placed], stopped: bool | None
) -> str:
    group = [
        p
        for p in predictions
        if p.event.kind == gold.event.kind and p.event.parties == gold.event.parties
    ]
    if group:  # the matcher gives min(#gold, #predicted) pairs per group: all taken
        partners = [
            g
            for g in golds
            if g.paired
            and g.event.kind == gold.event.kind
            and g.event.parties == gold.event.parties
        ]
        if any(g.sentences & gold.sentences for g in partners):
            return "merged in one sentence"
        past = bool(gold.event.data.get("background"))
        if any(bool(g.event.data.get("background")) != past for g in partners):
            return "merged past with present"
        return "merged across the article"
    if not gold.sentences:
        return "unlocated"
    near = [p for p in predictions if p.sentences & gold.sentences]
    same_kind = [p for p in near if p.event.kind == gold.event.kind]
    free = [p for p in same_kind if not p.paired]
    if free:
        parties = free[0].event.parties
        if len(free) > 1:
            parties = max(
                free, key=lambda c: len(c.event.parties & gold.event.parties)
            ).event.parties
        if parties < gold.event.parties:
            return "sides missing"
        if parties > gold.event.parties:
            return "sides extra"
        return "sides other"
    if same_kind:
        return "sides taken"
    if near:
        return "kind confusion"
    if stopped is None:
        return "nothing predicted"
    return "vetoed" if stopped else "no trigger"


def _extra_class(
    predicted: _Placed, golds: Sequence[_Placed], predictions: Sequence[_Placed], article: Article
) -> str:
    if any(
        p.paired
        and p.event.kind == predicted.event.kind
        and p.event.parties == predicted.event.parties
        for p in predictions
    ):
        return "duplicate"
    if not predicted.sentences:
        return "unlocated"
    near = [g for g in golds if g.sentences & predicted.sentences]
    same_kind = [g for g in near if g.event.kind == predicted.event.kind]
    if any(not g.paired for g in same_kind):
        return "sides wrong"
    if same_kind:
        return "sides added"
    if near:
        return "kind confusion"
    if predicted.event.data.get("background"):
        return "background"
    if CUE.search(fold_name(article.sentence_text(predicted.sentences))):
        return "cue"
    return "no gold"


def classify_document(
    folder: str,
    doc_id: str,
    gold_document: Mapping[str, Any],
    predicted_document: Mapping[str, Any] | None,
    text: str,
    *,
    vetoes: bool = True,
) -> tuple[list[Classified], list[tuple[str, bool]]]:
    """Classify one document's misses and extras.

    With ``vetoes`` (the predictions are today's extractor's), a miss with
    nothing predicted in its sentence is told ``vetoed`` or ``no trigger``
    by :func:`diplorel.extract.vetoed`; without, it is ``nothing predicted``.

    Returns them, and each gold event's recall class with whether it was
    paired. Raises :class:`~diplorel.errors.DiplorelError` on a malformed
    document, as the evaluation does.
    """
    article = Article.read(text)
    gold_events = _prepare_events(gold_document, f"gold document {doc_id!r}")
    predicted_events = (
        []
        if predicted_document is None
        else _prepare_events(predicted_document, f"predicted document {doc_id!r}")
    )
    pairs = _pair_document(gold_events, predicted_events, text)
    paired_gold = {pair.gold.index for pair in pairs}
    paired_predicted = {pair.predicted.index for pair in pairs}
    golds = [
        _Placed(e, article.sentences_of(e.data.get("evidence")), e.index in paired_gold)
        for e in gold_events
    ]
    predictions = [
        _Placed(e, article.sentences_of(e.data.get("evidence")), e.index in paired_predicted)
        for e in predicted_events
    ]
    stops: tuple[tuple[int, int], ...] | None = None
    out: list[Classified] = []
    for gold in golds:
        if gold.paired:
            continue
        stopped: bool | None = False if vetoes else None
        span = article.locate(gold.event.data.get("evidence"))
        nothing = not any(p.sentences & gold.sentences for p in predictions)
        if vetoes and span is not None and nothing:
            if stops is None:
                stops = tuple((s.start, s.end) for s, _rule in vetoed(text))
            stopped = any(start < span[1] and span[0] < end for start, end in stops)
        out.append(
            Classified(
                folder=folder,
                document=doc_id,
                index=gold.event.index,
                missed=True,
                cls=_miss_class(gold, golds, predictions, stopped),
                event=gold.event.data,
                sentence=article.sentence_text(gold.sentences),
            )
        )
    for predicted in predictions:
        if predicted.paired:
            continue
        out.append(
            Classified(
                folder=folder,
                document=doc_id,
                index=predicted.event.index,
                missed=False,
                cls=_extra_class(predicted, golds, predictions, article),
                event=predicted.event.data,
                sentence=article.sentence_text(predicted.sentences),
            )
        )
    recall = [(gold_class(g.event.data), g.paired) for g in golds]
    return out, recall


@attrs.frozen
class FolderResult:
    """A folder's classified misses and extras, and its gold events' recall classes."""

    name: str
    items: tuple[Classified, ...]
    recall: tuple[tuple[str, bool, bool], ...]
    """(recall class, background, paired) for each gold event."""
    gold_events: int
    predicted_events: int
    matched: int


def classify_folder(
    directory: Path, predictions: Mapping[str, Mapping[str, Any]] | None = None
) -> FolderResult:
    """Extract (or read from ``predictions``) and classify a gold folder.

    Checks that the pairing agrees with :func:`diplorel._evaluation.evaluate`
    (same misses and extras), so that the classes count what the score counts.
    """
    gold = load_gold(directory)
    texts = load_texts(directory)
    if predictions is None:
        predicted: dict[str, Mapping[str, Any]] = {
            doc_id: document_record(extract(text, doc_id=doc_id)) for doc_id, text in texts.items()
        }
    else:
        predicted = {doc_id: predictions[doc_id] for doc_id in gold if doc_id in predictions}
    report = evaluate(gold, predicted, texts=texts)
    items: list[Classified] = []
    recall: list[tuple[str, bool, bool]] = []
    for doc_id in sorted(gold):
        found, recalled = classify_document(
            directory.name,
            doc_id,
            gold[doc_id],
            predicted.get(doc_id),
            texts.get(doc_id, ""),
            vetoes=predictions is None,
        )
        items.extend(found)
        background = [bool(e.get("background")) for e in gold[doc_id]["events"]]
        recall.extend(
            (cls, flag, paired) for (cls, paired), flag in zip(recalled, background, strict=True)
        )
    misses = sum(1 for item in items if item.missed)
    if misses != len(report.misses) or len(items) - misses != len(report.extras):
        raise AssertionError(
            f"{directory}: pairing disagrees with the evaluation"
        )  # pragma: no cover
    return FolderResult(
        name=directory.name,
        items=tuple(items),
        recall=tuple(recall),
        gold_events=report.gold_events,
        predicted_events=report.predicted_events,
        matched=report.matched,
    )


# ---------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------


def _cell(count: int, total: int) -> str:
    return f"{count} ({count / total:.0%})" if total else str(count)


def class_table(results: Sequence[FolderResult], *, missed: bool) -> str:
    """Markdown: each class's count and share of the misses (extras), per folder and in total."""
    classes = MISS_CLASSES if missed else EXTRA_CLASSES
    counts = [Counter(i.cls for i in r.items if i.missed is missed) for r in results]
    total = sum(counts, Counter[str]())
    head = [
        "missed gold event" if missed else "extra prediction",
        *(r.name for r in results),
        "total",
    ]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for cls in sorted(classes, key=lambda c: (-total[c], classes.index(c))):
        if not total[cls]:
            continue
        cells = [_cell(c[cls], sum(c.values())) for c in counts]
        lines.append(
            f"| {cls} | "
            + " | ".join(cells)
            + f" | **{_cell(total[cls], sum(total.values()))}** |"
        )
    lines.append(
        "| all | "
        + " | ".join(str(sum(c.values())) for c in counts)
        + f" | **{sum(total.values())}** |"
    )
    return "\n".join(lines)


def cross_table(results: Sequence[FolderResult]) -> str:
    """Markdown: misses of all folders by class and by recall class of the gold event."""
    items = [i for r in results for i in r.items if i.missed]
    golds = sorted({gold_class(i.event) for i in items})
    counts = Counter((i.cls, gold_class(i.event)) for i in items)
    background = Counter(i.cls for i in items if i.event.get("background"))
    head = ["miss class", *golds, "of which background", "total"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    per_class = Counter(i.cls for i in items)
    for cls in sorted(per_class, key=lambda c: (-per_class[c], MISS_CLASSES.index(c))):
        cells = [str(counts[cls, g] or "") for g in golds]
        lines.append(
            f"| {cls} | " + " | ".join(cells) + f" | {background[cls]} | {per_class[cls]} |"
        )
    return "\n".join(lines)


def recall_table(results: Sequence[FolderResult]) -> str:
    """Markdown: recall (paired / gold) of each class of gold event, per folder and in total."""
    rows: dict[str, list[Counter[bool]]] = {}

    def add(key: str, index: int, paired: bool) -> None:
        rows.setdefault(key, [Counter() for _ in range(len(results) + 1)])
        rows[key][index][paired] += 1
        rows[key][-1][paired] += 1

    for index, result in enumerate(results):
        for cls, flag, paired in result.recall:
            add("background" if flag else "foreground", index, paired)
            add(cls, index, paired)
    head = ["gold event", *(r.name for r in results), "total", "recall"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    order = ["foreground", "background", *sorted(k for k in rows if ":" in k)]
    for key in order:
        if key not in rows:
            continue
        cells = [f"{c[True]}/{c[True] + c[False]}" if c else "" for c in rows[key]]
        whole = rows[key][-1]
        lines.append(
            f"| {key} | "
            + " | ".join(cells)
            + f" | {whole[True] / (whole[True] + whole[False]):.3f} |"
        )
    return "\n".join(lines)


def render(results: Sequence[FolderResult], *, listing: bool = False) -> str:
    """The whole report: headline counts, the four tables, and with ``listing`` every item."""
    parts = [
        "| folder | gold / predicted / matched | recall | precision |",
        "|---|---|---|---|",
    ]
    parts.extend(
        f"| {r.name} | {r.gold_events} / {r.predicted_events} / {r.matched} | "
        f"{r.matched / r.gold_events if r.gold_events else 1:.3f} | "
        f"{r.matched / r.predicted_events if r.predicted_events else 1:.3f} |"
        for r in results
    )
    parts += ["", class_table(results, missed=True), "", cross_table(results), ""]
    parts += [class_table(results, missed=False), "", recall_table(results)]
    if listing:
        parts.append("")
        for r in results:
            for item in sorted(r.items, key=lambda i: (not i.missed, i.cls, i.document, i.index)):
                event = item.event
                parties = ",".join(str(p) for p in event.get("parties") or [])
                parts.append(
                    f"{'MISS ' if item.missed else 'EXTRA'} {item.cls:<14} {r.name}/"
                    f"{item.document}#{item.index} {gold_class(event)} [{parties}]"
                    f"{' background' if event.get('background') else ''} « "
                    f"{' '.join(item.sentence.split())[:300]} »"
                )
    return "\n".join(parts)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the report on the folders of the command line; 2 on bad input."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path, help="gold folders")
    parser.add_argument(
        "--predictions", type=Path, help="a diplorel extract JSONL to read instead of extracting"
    )
    parser.add_argument("--list", action="store_true", help="list every miss and extra")
    args = parser.parse_args(argv)
    try:
        predictions = None if args.predictions is None else load_predictions(args.predictions)
        results = [classify_folder(folder, predictions) for folder in args.folders]
    except (OSError, DiplorelError) as exc:
        print(f"miss_classes: {exc}", file=sys.stderr)
        return 2
    print(render(results, listing=args.list))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
