"""Command-line options about the extractor's rules.

``diplorel extract --explain`` prints, for each document, its events with the
rules that made them and their evidence, then the triggers that a veto
stopped; ``diplorel evaluate --ablate DIR ...`` prints the ablation table and
``diplorel evaluate --by-rule DIR ...`` attributes misses and extras to rules.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

from diplorel.evaluation import NO_VETO, GoldSet, ablate, by_rule
from diplorel.extract import vetoed
from diplorel.extract.rules import RULES
from diplorel.model import Document

__all__ = ["add_evaluate_options", "add_extract_options", "explain", "run_evaluate", "wants"]


def add_extract_options(parser: argparse.ArgumentParser) -> None:
    """Add ``--explain`` to ``diplorel extract``."""
    parser.add_argument(
        "--explain",
        action="store_true",
        help="print each event with the rules that made it and its evidence, and the "
        "triggers that a rule stopped, instead of JSON",
    )


def add_evaluate_options(parser: argparse.ArgumentParser) -> None:
    """Add ``--ablate``, ``--by-rule`` and ``--rules`` to ``diplorel evaluate``."""
    parser.add_argument(
        "--ablate",
        nargs="+",
        type=Path,
        metavar="DIR",
        help="re-run these gold folders with each rule switched off; print the change "
        "in F1 and mean field accuracy per rule (a Markdown table)",
    )
    parser.add_argument(
        "--by-rule",
        nargs="+",
        type=Path,
        metavar="DIR",
        help="attribute the misses and extras of a run on these gold folders to rules",
    )
    parser.add_argument(
        "--rules",
        nargs="+",
        metavar="NAME",
        help="with --ablate: only these rules (default: all)",
    )


def wants(args: argparse.Namespace) -> bool:
    """True when ``diplorel evaluate`` was asked for an ablation or a by-rule report."""
    return bool(getattr(args, "ablate", None) or getattr(args, "by_rule", None))


def _rule_help(name: str) -> str:
    rule = RULES.get(name)
    return "" if rule is None else f"{rule.kind}: {rule.summary}"


def explain(documents: Iterable[Document]) -> str:
    """The ``--explain`` text of documents: events, rules (with what each does), stops."""
    blocks = []
    for doc in documents:
        lines = [doc.explain()]
        used = dict.fromkeys(name for event in doc.events for name in event.rules)
        if used:
            lines.append("rules used:")
            lines.extend(f"   {name:<36} {_rule_help(name)}" for name in used)
        stops = vetoed(doc.text, published=doc.published)
        if stops:
            lines.append("triggers stopped:")
            for span, rule in stops:
                quote = " ".join(span.text.split())
                lines.append(f"   « {quote} » [{span.start}:{span.end}] by {rule}")
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)


def run_evaluate(args: argparse.Namespace) -> int:
    """Run ``diplorel evaluate --ablate`` / ``--by-rule``; return the exit status."""
    if args.ablate:
        sets = [GoldSet.load(path, _name(path)) for path in args.ablate]
        try:
            table = ablate(sets, rules=args.rules).render()
        except ValueError as exc:  # an unknown rule name
            print(f"diplorel evaluate: error: {exc}", file=sys.stderr)
            return 2
        print(table)
    if args.by_rule:
        for path in args.by_rule:
            report, blames = by_rule(GoldSet.load(path, _name(path)))
            print(f"## {_name(path)}: {len(report.extras)} extras, {len(report.misses)} misses")
            print(f"{'rule':<40} {'extras':>6} {'misses':>6}")
            for blame in blames:
                label = "(none)" if blame.rule == NO_VETO else blame.rule
                print(f"{label:<40} {blame.extras:>6} {blame.misses:>6}")
            if any(b.rule == NO_VETO for b in blames):
                print(f"(none) = {NO_VETO}")
            print()
    return 0


def _name(path: Path) -> str:
    """A gold folder's name for the tables ("dev-b", "heldout2")."""
    resolved = Path(path).resolve()
    return resolved.name or str(path)
