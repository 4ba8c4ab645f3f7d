"""Probe every regular expression of diplorel for super-linear matching.

Run by hand (the results go to docs/robustness.md):

    python benchmarks/regex_audit.py            # every pattern, n = 2,000 and 16,000
    python benchmarks/regex_audit.py --n 4000 --show 30

The patterns are collected three ways: module-level compiled patterns of
every ``diplorel`` module, string literals passed to ``re.*`` calls in the
source (found by walking the syntax tree), and the patterns built at run
time from the language data (lexicon tries, the date grammar, ordinals,
roles, the normaliser's character classes).

Each pattern is run with ``finditer`` (and ``search`` from every tenth
position, as the extractor does over windows) on adversarial strings of n
and 8n characters: runs of one character, of two alternating characters,
of the pattern's own literal characters, of words the grammar reads, each
with and without a terminator that makes the match fail at the end. The
table lists, per pattern, the probe whose time grew most; a linear pattern
grows about 8 times, a quadratic one about 64 times.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import itertools
import math
import pkgutil
import re
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import diplorel
from diplorel.extract import _pipeline, _text
from diplorel.extract.recognise import _dates, _lexicon, _mentions, _ordinals

SRC = Path(diplorel.__file__).resolve().parent
_SUSPECT = 16.0
_TOO_SLOW = 0.02
_RE_CALLS = {"compile", "search", "match", "fullmatch", "finditer", "findall", "sub", "split"}

_ALPHABET = [
    "a", "A", "é", "1", " ", ".", "-", "'", ",", "\n", "<", "&", "(", "«", "/", ":", ";",
    "\u0301", "\u200b", "x", "e", "M", "I", "X", "0", "\u00a0", "#", ">", '"', "»", "!",
]  # fmt: skip
_WORDS = [
    "le ", "de la ", "et ", "M. ", "du 5 au ", "1er ", "en ", "l'an ", "accord ",
    "Le Maroc ", "Jean Dupont ", "ministre ", "12/", "2025-", "XIIe ", "Bakou, ",
    "délégation ", "mi-", "les 3, ", "entre le 3 et ", "date ", "capitale ",
]  # fmt: skip


def _module_patterns() -> Iterator[tuple[str, re.Pattern[Any]]]:
    for info in pkgutil.walk_packages(diplorel.__path__, "diplorel."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                yield f"{info.name}.{name}", value
            elif isinstance(value, dict):
                for key, item in value.items():
                    if isinstance(item, re.Pattern):
                        yield f"{info.name}.{name}[{key!r}]", item


def _literal_patterns() -> Iterator[tuple[str, re.Pattern[Any]]]:
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "re"
                and node.func.attr in _RE_CALLS
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str | bytes)
            ):
                continue
            where = f"{path.relative_to(SRC.parent)}:{node.lineno}"
            yield where, re.compile(node.args[0].value)


def _built_patterns() -> Iterator[tuple[str, re.Pattern[Any]]]:
    lex = _lexicon.lexicon()
    for field in ("parties", "acronyms", "prefixes", "sectors", "triggers", "cues"):
        yield f"lexicon().{field}", getattr(lex, field)
    grammar = _dates._grammar()
    yield "_dates._grammar().scanner", grammar.scanner
    for name, pattern in grammar.alternatives.items():
        yield f"_dates._grammar().alternatives[{name!r}]", pattern
    yield "_ordinals._pattern()", _ordinals._pattern()
    yield "_mentions._role_pattern()", _mentions._role_pattern()
    yield "_pipeline._stated_year_pattern()", _pipeline._stated_year_pattern()
    patterns = _text._patterns()
    yield "_text._patterns().clusters", patterns.clusters


def _times(unit: str, tail: str = "") -> Callable[[int], str]:
    """Inputs of ``unit`` repeated to about ``size`` characters, then ``tail``."""

    def make(size: int) -> str:
        return unit * max(1, size // len(unit)) + tail

    return make


def _probes(pattern: re.Pattern[Any]) -> Iterator[tuple[str, Callable[[int], str]]]:
    source = pattern.pattern
    text = source if isinstance(source, str) else source.decode("latin-1")
    literal = sorted({c for c in text if c.isprintable() and c not in "\\()[]{}?*+|^$"})[:40]
    for char in dict.fromkeys([*_ALPHABET, *literal]):
        yield f"{char!r}*n", _times(char)
        yield f"{char!r}*n+'\\x00'", _times(char, "\x00")
    for first, second in itertools.pairwise(_ALPHABET):
        yield f"({first + second!r})*n", _times(first + second)
    for word in _WORDS:
        yield f"{word!r}*k", _times(word)
        yield f"{word!r}*k+'!'", _times(word, "!")


def _run(pattern: re.Pattern[Any], text: str) -> float:
    """CPU seconds (not wall-clock: other processes do not count) of one scan."""
    subject: Any = text if isinstance(pattern.pattern, str) else text.encode("utf-8")
    start = time.process_time()
    for _ in pattern.finditer(subject):
        pass
    for pos in range(0, len(subject), max(1, len(subject) // 10)):
        pattern.search(subject, pos, pos + len(subject) // 10)
    return time.process_time() - start


def audit(n: int, *, verbose: bool = False) -> list[tuple[str, str, float, float]]:
    """(pattern, worst probe, growth for 8 times the input, seconds at 8n), worst first."""
    seen: set[tuple[Any, int]] = set()
    rows = []
    for where, pattern in [*_module_patterns(), *_literal_patterns(), *_built_patterns()]:
        key = (pattern.pattern, pattern.flags)
        if key in seen:
            continue
        seen.add(key)
        worst = ("", 0.0, 0.0)
        started = time.perf_counter()
        for probe, make in _probes(pattern):
            small_text, big_text = make(n), make(8 * n)
            small = min(_run(pattern, small_text) for _ in range(3))
            if small > _TOO_SLOW:  # already super-linear: 8n would take minutes
                slow = _run(pattern, make(2 * n))
                growth = (slow / small) ** 3  # the growth over 8n at the same rate
                if growth > worst[1]:
                    worst = (f"{probe} (n and 2n only)", growth, float("nan"))
                continue
            big = min(_run(pattern, big_text) for _ in range(2))
            if big > 1e-3 and big / max(small, 1e-5) > _SUSPECT:  # measure again first
                small = min(small, *(_run(pattern, small_text) for _ in range(5)))
                big = min(big, *(_run(pattern, big_text) for _ in range(3)))
            growth = big / max(small, 1e-5)
            if big > 1e-3 and growth > worst[1]:
                worst = (probe, growth, big)
        rows.append((where, *worst))
        if verbose:
            print(
                f"{time.perf_counter() - started:6.1f}s  {where}: {worst[1]:.1f} ({worst[0]})",
                file=sys.stderr,
                flush=True,
            )
    rows.sort(key=lambda row: -row[2])
    return rows


def main() -> None:
    """Print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="the smaller input size")
    parser.add_argument("--show", type=int, default=15, help="rows to print (worst first)")
    parser.add_argument("-v", "--verbose", action="store_true", help="progress on stderr")
    args = parser.parse_args()
    rows = audit(args.n, verbose=args.verbose)
    print(f"{len(rows)} distinct patterns, inputs of {args.n} and {8 * args.n} characters")
    print()
    print("| pattern | worst probe | growth (8x input) | seconds at 8n |")
    print("| --- | --- | --- | --- |")
    for where, probe, growth, seconds in rows[: args.show]:
        shown = "–" if math.isnan(seconds) else f"{seconds:.4f}"  # NaN: not run at 8n
        print(f"| `{where}` | `{probe}` | {growth:.1f} | {shown} |")


if __name__ == "__main__":
    main()
