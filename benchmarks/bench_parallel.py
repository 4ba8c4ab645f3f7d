"""Speed-up of ``extract_many(..., workers=N)`` over one worker.

Run by hand (numbers go to docs/performance.md):

    python benchmarks/bench_parallel.py                  # 5 MB, workers 1 and 2
    python benchmarks/bench_parallel.py --mb 20 --workers 1 2 3 4

The corpus is that of ``bench_extract.py`` (the seed articles, and the
annotated dev articles when the shared corpus sits beside the project),
repeated until it holds ``--mb`` megabytes, written as one ``.txt`` file per
document into a temporary folder, so that workers read their files as they
would in a real run. ``--texts`` passes ``(doc_id, text)`` pairs instead,
which sends every text through the pool. Each run extracts the whole
corpus, the worker counts taking turns (``--repeat`` rounds); the time
includes starting the pool (``spawn``: a fresh interpreter per worker that
imports diplorel and loads the language pack). The output of every run is
checked to be byte for byte that of one worker.

CPU time is shown beside the wall time: on a machine shared with other jobs
(Linux groups the processes of a session and shares the cores between the
groups), the wall time of N workers says little, while the CPU time still
says what the pool costs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from diplorel import extract_many
from diplorel.io import document_record

ROOT = Path(__file__).resolve().parents[1]


def _texts() -> list[str]:
    folders = [ROOT / "seeds", ROOT.parent / "shared" / "corpus" / "dev"]
    texts = []
    for folder in folders:
        if folder.is_dir():
            texts.extend(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt")))
    return texts


def _corpus(megabytes: float) -> list[str]:
    base = _texts()
    corpus: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        for text in base:
            corpus.append(text)
            size += len(text)
    return corpus


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _run(sources: list[Any], workers: int) -> tuple[float, float, float, str, int]:
    """Wall seconds, CPU seconds of this process and of the workers (reaped when the
    pool shuts down), a digest of the JSON Lines output, and the number of documents."""
    digest = hashlib.sha256()
    count = 0
    cpu_self, cpu_children = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    for doc in extract_many(sources, workers=workers):
        digest.update(json.dumps(document_record(doc), ensure_ascii=False).encode())
        digest.update(b"\n")
        count += 1
    elapsed = time.perf_counter() - start
    parent = _cpu(resource.RUSAGE_SELF) - cpu_self
    children = _cpu(resource.RUSAGE_CHILDREN) - cpu_children
    return elapsed, parent, children, digest.hexdigest(), count


def main() -> None:
    """Measure and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="corpus size in megabytes")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=3, help="timed runs (median is shown)")
    parser.add_argument("--texts", action="store_true", help="pass texts, not files")
    args = parser.parse_args()
    corpus = _corpus(args.mb)
    characters = sum(len(text) for text in corpus)
    print(f"documents   {len(corpus)}")
    print(f"characters  {characters:,}")
    print(f"cores       {os.cpu_count()}, load average {os.getloadavg()[0]:.2f} at start")
    print(f"input       {'(doc_id, text) pairs' if args.texts else 'one .txt file each'}")
    with tempfile.TemporaryDirectory() as folder:
        sources: list[Any]
        if args.texts:
            sources = [(f"doc-{i:06d}", text) for i, text in enumerate(corpus)]
        else:
            for i, text in enumerate(corpus):
                Path(folder, f"doc-{i:06d}.txt").write_text(text, encoding="utf-8")
            sources = [Path(folder)]
        list(extract_many([("warm-up", corpus[0])]))  # the language pack, outside the timing
        reference: str | None = None
        base_time: float | None = None
        print(
            f"{'workers':>7}  {'median s':>8}  {'docs/s':>7}  {'chars/s':>10}  speed-up"
            "  CPU s parent+workers  runs (s)"
        )
        timings: dict[int, list[float]] = {w: [] for w in args.workers}
        cpu: dict[int, list[tuple[float, float]]] = {w: [] for w in args.workers}
        for _ in range(args.repeat):  # interleaved, so that a change of load hits all
            for workers in args.workers:
                elapsed, parent, children, digest, count = _run(sources, workers)
                reference = reference or digest
                if digest != reference or count != len(corpus):
                    raise SystemExit(f"workers={workers}: output differs from the first run")
                timings[workers].append(elapsed)
                cpu[workers].append((parent, children))
        for workers in args.workers:
            median = statistics.median(timings[workers])
            base_time = base_time or median
            runs = ", ".join(f"{t:.2f}" for t in timings[workers])
            parent = statistics.median(p for p, _ in cpu[workers])
            children = statistics.median(c for _, c in cpu[workers])
            print(
                f"{workers:>7}  {median:>8.2f}  {len(corpus) / median:>7,.0f}  "
                f"{characters / median:>10,.0f}  {base_time / median:>7.2f}×  "
                f"{parent:>8.2f} + {children:>6.2f}      {runs}"
            )
        print(f"load average {os.getloadavg()[0]:.2f} at the end")
    print("output      identical for every worker count")


if __name__ == "__main__":
    main()
