"""Scoring the extractor against gold annotations, as a whole and rule by rule.

The scorer itself (:func:`evaluate`, :func:`load_gold`, ...) works on plain
corpus-form dicts and scores any run, whatever produced it; its rules are
spelled out in :mod:`diplorel._evaluation`. This module adds what needs the
extractor:

- :func:`run_set` extracts a gold folder's articles and scores them;
- :func:`ablate` re-runs gold folders with each rule of
  :data:`diplorel.extract.rules.RULES` switched off, and gives the change in
  F1 and mean field accuracy that each rule makes on each folder;
- :func:`by_rule` attributes a run's extras to the rules in their trace and
  its misses to the vetoes that stopped a trigger inside the gold evidence.

``diplorel evaluate --ablate DIR ...`` and ``--by-rule DIR ...`` print them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Final

import attrs

from diplorel._evaluation import (
    FIELDS,
    KINDS,
    EvaluationReport,
    Extra,
    FieldError,
    FieldScore,
    KindScore,
    Miss,
    evaluate,
    load_gold,
    load_predictions,
    load_texts,
)
from diplorel.extract import extract, vetoed
from diplorel.extract.rules import RULES, check_names
from diplorel.io import document_record

__all__ = [
    "FIELDS",
    "KINDS",
    "Ablation",
    "EvaluationReport",
    "Extra",
    "FieldError",
    "FieldScore",
    "GoldSet",
    "KindScore",
    "Miss",
    "RuleBlame",
    "RuleEffect",
    "ablate",
    "by_rule",
    "evaluate",
    "load_gold",
    "load_predictions",
    "load_texts",
    "run_set",
]

NO_VETO: Final = "(no veto: no trigger, or a builder found too little)"
"""What :func:`by_rule` blames for a miss where no veto stopped a trigger."""


@attrs.frozen
class GoldSet:
    """A gold folder: its name, gold annotations and article texts, by document id."""

    name: str
    gold: Mapping[str, Mapping[str, Any]]
    texts: Mapping[str, str]

    @classmethod
    def load(cls, directory: Path, name: str | None = None) -> GoldSet:
        """Read ``directory``'s ``<id>.json`` gold and ``<id>.txt`` articles."""
        directory = Path(directory)
        return cls(
            name=name or directory.name,
            gold=load_gold(directory),
            texts=load_texts(directory),
        )


def _predict(gold_set: GoldSet, disabled: frozenset[str]) -> dict[str, dict[str, Any]]:
    return {
        doc_id: document_record(extract(text, doc_id=doc_id, disabled_rules=disabled))
        for doc_id, text in gold_set.texts.items()
    }


def run_set(gold_set: GoldSet, disabled_rules: Iterable[str] = ()) -> EvaluationReport:
    """Extract every article of ``gold_set`` (with ``disabled_rules`` off) and score it."""
    disabled = check_names(disabled_rules)
    return evaluate(gold_set.gold, _predict(gold_set, disabled), texts=gold_set.texts)


@attrs.frozen
class RuleEffect:
    """What switching one rule off does on each gold set (in the order of the sets).

    ``f1`` and ``fields`` are the changes in event F1 and mean field accuracy
    (score without the rule minus score with it: negative means the rule
    helps); ``fired`` counts, with every rule on, the events whose trace names
    the rule and the triggers it stopped.
    """

    rule: str
    f1: tuple[float, ...]
    fields: tuple[float, ...]
    fired: tuple[int, ...]

    @property
    def worthless(self) -> bool:
        """Switching the rule off changes no score on any set."""
        return all(abs(d) < 5e-4 for d in (*self.f1, *self.fields))

    @property
    def harmful_on(self) -> tuple[int, ...]:
        """The positions of the sets where switching the rule off is better: it raises
        one score (F1 or mean field accuracy) and lowers neither."""
        pairs = enumerate(zip(self.f1, self.fields, strict=True))
        return tuple(i for i, (f, m) in pairs if max(f, m) >= 5e-4 and min(f, m) > -5e-4)


@attrs.frozen
class Ablation:
    """The baseline scores of each gold set and the effect of each rule."""

    sets: tuple[str, ...]
    baseline: tuple[EvaluationReport, ...]
    effects: tuple[RuleEffect, ...]

    def render(self) -> str:
        """A Markdown table: per rule and set, ΔF1 / Δ mean field accuracy when off."""
        head = ["rule", "kind", *(f"{name} ΔF1 / Δfields" for name in self.sets), "fired"]
        lines = [
            "| " + " | ".join(head) + " |",
            "|" + "---|" * len(head),
            "| (baseline) | | "
            + " | ".join(f"{r.f1:.3f} / {r.mean_field_accuracy:.3f}" for r in self.baseline)
            + " | |",
        ]
        for effect in self.effects:
            cells = [
                f"{_signed(f)} / {_signed(m)}"
                for f, m in zip(effect.f1, effect.fields, strict=True)
            ]
            lines.append(
                f"| `{effect.rule}` | {RULES[effect.rule].kind} | "
                + " | ".join(cells)
                + f" | {'/'.join(map(str, effect.fired))} |"
            )
        worthless = [e.rule for e in self.effects if e.worthless]
        harmful = [
            f"{e.rule} ({', '.join(self.sets[i] for i in e.harmful_on)})"
            for e in self.effects
            if e.harmful_on
        ]
        lines.append("")
        lines.append("worth nothing anywhere: " + (", ".join(worthless) or "none"))
        lines.append(
            "better off on some set (one score up, none down): " + ("; ".join(harmful) or "none")
        )
        return "\n".join(lines)


def _signed(value: float) -> str:
    return "0" if abs(value) < 5e-4 else f"{value:+.3f}"


def _fired(gold_set: GoldSet, predicted: Mapping[str, Mapping[str, Any]]) -> Counter[str]:
    """Per rule: the events whose trace names it, and the triggers it stopped."""
    counts: Counter[str] = Counter()
    for document in predicted.values():
        for event in document.get("events", ()):
            counts.update(set(event.get("rules", ())))
    for text in gold_set.texts.values():
        counts.update(rule for _span, rule in vetoed(text))
    return counts


def ablate(gold_sets: Sequence[GoldSet], rules: Iterable[str] | None = None) -> Ablation:
    """Score each gold set with every rule on, then with each rule (of ``rules``, by
    default all of :data:`~diplorel.extract.rules.RULES`) switched off alone."""
    names = list(RULES) if rules is None else sorted(check_names(rules), key=list(RULES).index)
    baseline = []
    fired = []
    for gold_set in gold_sets:
        predicted = _predict(gold_set, frozenset())
        baseline.append(evaluate(gold_set.gold, predicted, texts=gold_set.texts))
        fired.append(_fired(gold_set, predicted))
    effects = []
    for name in names:
        reports = [run_set(gold_set, (name,)) for gold_set in gold_sets]
        effects.append(
            RuleEffect(
                rule=name,
                f1=tuple(r.f1 - b.f1 for r, b in zip(reports, baseline, strict=True)),
                fields=tuple(
                    r.mean_field_accuracy - b.mean_field_accuracy
                    for r, b in zip(reports, baseline, strict=True)
                ),
                fired=tuple(counts[name] for counts in fired),
            )
        )
    return Ablation(
        sets=tuple(g.name for g in gold_sets), baseline=tuple(baseline), effects=tuple(effects)
    )


@attrs.frozen
class RuleBlame:
    """How many extras a rule took part in, and how many misses it is blamed for."""

    rule: str
    extras: int
    misses: int


def _located(text: str, quote: object) -> tuple[int, int] | None:
    """Where a gold evidence quote is written in the article, if it is."""
    if not isinstance(quote, str) or not quote.strip():
        return None
    at = text.find(quote)
    if at < 0:
        at = " ".join(text.split()).find(" ".join(quote.split()))
        return None if at < 0 else (0, len(text))  # found once spaces are folded: anywhere
    return at, at + len(quote)


def by_rule(gold_set: GoldSet) -> tuple[EvaluationReport, tuple[RuleBlame, ...]]:
    """Score ``gold_set`` and attribute its extras and misses to rules.

    An extra is attributed to every rule of its trace (its builder, the
    attribute rules that shaped it, the merges). A miss is blamed on each veto
    that stopped a trigger inside the gold event's evidence, or on
    :data:`NO_VETO` when none did. Rules come most blamed first.
    """
    predicted = _predict(gold_set, frozenset())
    report = evaluate(gold_set.gold, predicted, texts=gold_set.texts)
    extras: Counter[str] = Counter()
    for extra in report.extras:
        extras.update(set(extra.event.get("rules", ())))
    misses: Counter[str] = Counter()
    stops: dict[str, tuple[tuple[int, int, str], ...]] = {}
    for miss in report.misses:
        text = gold_set.texts.get(miss.document, "")
        if miss.document not in stops:
            found = vetoed(text)  # as the run scored: the text's own publication date
            stops[miss.document] = tuple((s.start, s.end, rule) for s, rule in found)
        where = _located(text, miss.event.get("evidence"))
        blamed = {
            rule
            for start, end, rule in stops[miss.document]
            if where is not None and start < where[1] and where[0] < end
        }
        misses.update(blamed or {NO_VETO})
    names = sorted(extras.keys() | misses.keys(), key=lambda n: (-(extras[n] + misses[n]), n))
    return report, tuple(RuleBlame(n, extras[n], misses[n]) for n in names)
