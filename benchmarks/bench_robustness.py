"""Extraction time on adversarial inputs of doubling size: is it linear?

Run by hand (the table goes to docs/robustness.md):

    python benchmarks/bench_robustness.py                    # 16 KB to 1 MB
    python benchmarks/bench_robustness.py --max-kb 4096 --shape dots-then-letter
    python benchmarks/bench_robustness.py --markdown

For each shape the input doubles from ``--min-kb`` to ``--max-kb`` (a shape
stops early once one run takes more than ``--max-seconds``). Each time is the
best of ``--repeat`` runs with the garbage collector off. When the time is
linear each line reads about 2.0 in the ``x prev`` column; a quadratic shape
tends to 4.0.
"""

from __future__ import annotations

import argparse
import gc
import time
from collections.abc import Callable

from diplorel import extract

ARTICLE = (
    "Bakou, 22 avril 2025 (AZERTAC) - L’Azerbaïdjan et le Maroc ont signé un accord de "
    "coopération dans le domaine de l’énergie, a annoncé le ministère des Affaires étrangères. "
)


def _repeat(unit: str) -> Callable[[int], str]:
    def make(size: int) -> str:
        return unit * max(1, size // len(unit))

    return make


def _numbered(template: str) -> Callable[[int], str]:
    def make(size: int) -> str:
        lines: list[str] = []
        total = index = 0
        while total < size:
            lines.append(template.format(index))
            total += len(lines[-1]) + 1
            index += 1
        return "\n".join(lines)

    return make


SHAPES: dict[str, Callable[[int], str]] = {
    "article (repeated paragraphs)": _repeat(ARTICLE.rstrip() + "\n"),
    "article (one paragraph)": _repeat(ARTICLE),
    "line without spaces": _repeat("Azerbaïdjan-Maroc&amp;Sénégal<b>Rabat</b>"),
    "letters": _repeat("a"),
    "dots-then-letter": _repeat("....x"),
    "one run of dots": lambda size: "." * size + "x",
    "combining marks": lambda size: "e" + "\u0301\u0316" * (size // 2),
    "tags": _repeat("<a "),
    "entities": _repeat("&#x"),
    "invisible": _repeat("a\u200b\u202e"),
    "party list": _repeat("Bakou, "),
    "roles and names": _repeat("le ministre des Affaires étrangères Jean Dupont, "),
    "trigger word": _repeat("accord "),
    "date ranges": _repeat("du 5 au "),
    "calls (distinct lines)": _numbered(
        "Le {0} mars, le président Ilham Aliyev s'est entretenu au téléphone avec "
        "le roi Mohammed VI."
    ),
    "agreements (many events)": _repeat("Le Maroc et le Sénégal ont signé un accord. "),
    "commissions (one event reported often)": _repeat(
        "Le Maroc et le Sénégal ont tenu leur 3e commission mixte. "
    ),
}


def _seconds(text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            start = time.perf_counter()
            extract(text)
            best = min(best, time.perf_counter() - start)
        finally:
            gc.enable()
    return best


def main() -> None:
    """Measure and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-kb", type=int, default=16)
    parser.add_argument("--max-kb", type=int, default=1024)
    parser.add_argument("--max-seconds", type=float, default=20.0)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--shape", action="append", choices=sorted(SHAPES))
    parser.add_argument("--markdown", action="store_true", help="one Markdown table")
    args = parser.parse_args()
    extract(ARTICLE + "<p>é\u0301&amp;</p>")  # load the tables outside the timing
    sizes = []
    size = args.min_kb * 1000
    while size <= args.max_kb * 1000:
        sizes.append(size)
        size *= 2
    if args.markdown:
        print("| shape | " + " | ".join(f"{s // 1000} KB" for s in sizes) + " |")
        print("| --- |" + " ---: |" * len(sizes))
    for name in args.shape or SHAPES:
        make = SHAPES[name]
        cells: list[str] = []
        previous = None
        if not args.markdown:
            print(f"\n{name}\n  {'size':>10}  {'seconds':>9}  {'x prev':>7}")
        for size in sizes:
            seconds = _seconds(make(size), args.repeat)
            growth = "" if previous is None else f"{seconds / max(previous, 1e-6):.1f}"
            previous = seconds
            if args.markdown:
                cells.append(f"{seconds:.3f}" + (f" (×{growth})" if growth else ""))
            else:
                print(f"  {size:>10,}  {seconds:>9.3f}  {growth:>7}", flush=True)
            if seconds > args.max_seconds:
                break
        if args.markdown:
            cells += ["–"] * (len(sizes) - len(cells))
            print(f"| {name} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
