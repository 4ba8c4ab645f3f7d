"""Extraction throughput on one core: characters and documents per second, peak memory.

Run by hand (numbers go to docs/performance.md):

    python benchmarks/bench_extract.py            # seeds + ../shared/corpus/dev if present
    python benchmarks/bench_extract.py --mb 20    # a bigger corpus

The corpus is the seed articles (and the annotated dev articles when the
shared corpus sits beside the project), repeated until it holds at least
``--mb`` megabytes of text. Each document is extracted once, in order.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import time
from pathlib import Path

from diplorel import extract

ROOT = Path(__file__).resolve().parents[1]


def _texts() -> list[str]:
    folders = [ROOT / "seeds", ROOT.parent / "shared" / "corpus" / "dev"]
    texts = []
    for folder in folders:
        if folder.is_dir():
            texts.extend(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt")))
    return texts


def main() -> None:
    """Measure and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0, help="corpus size in megabytes")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs (median is shown)")
    args = parser.parse_args()
    base = _texts()
    corpus: list[str] = []
    size = 0
    while size < args.mb * 1_000_000:
        for text in base:
            corpus.append(text)
            size += len(text)
    extract(base[0])  # load the language pack once, outside the timing
    timings = []
    cpu_timings = []
    events = 0
    for _ in range(args.repeat):
        start, cpu_start = time.perf_counter(), time.process_time()
        events = sum(len(extract(text).events) for text in corpus)
        timings.append(time.perf_counter() - start)
        cpu_timings.append(time.process_time() - cpu_start)
    elapsed = statistics.median(timings)
    cpu = statistics.median(cpu_timings)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"documents          {len(corpus)}")
    print(f"characters         {size:,}")
    print(f"events             {events}")
    print(f"median time        {elapsed:.2f} s over {args.repeat} runs")
    print(f"characters/second  {size / elapsed:,.0f}")
    # CPU time of this process: the fairer figure on a machine shared with other jobs
    print(f"median CPU time    {cpu:.2f} s")
    print(f"characters/CPU s   {size / cpu:,.0f}")
    print(f"documents/second   {len(corpus) / elapsed:,.0f}")
    print(f"peak memory (RSS)  {peak_kb / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
