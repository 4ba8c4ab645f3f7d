"""Loading events from Parquet beside JSON Lines, and the queries after each, on one core.

Run by hand (numbers go to docs/performance.md, "Tables: Parquet"):

    PYTHONPATH=src python benchmarks/bench_parquet.py                   # 100,000 and 1,000,000
    PYTHONPATH=src python benchmarks/bench_parquet.py --events 100000   # one size only

For each size, the seeded synthetic events of ``benchmarks/synthetic.py`` are
written as JSON Lines to a temporary directory (removed at the end), loaded
with ``EventSet.from_jsonl``, written with ``EventSet.write_parquet`` and
loaded back with ``EventSet.read_parquet`` (``lazy=True``: the JSON column is
read only when records are listed; then the default, which reads it at once).
Measured for each load:

* load: the call alone, then *queryable*: the load plus the first party, dyad
  and sector-and-period queries (which build the indexes they need), i.e. the
  time until a user has the first answers;
* queries: the median latency of the same three queries (filter and count),
  then the first and the second listing of their records (``.records``): a
  set read from Parquet builds each record from its JSON on first access;
* the Parquet file's size and the time to write it.

Wall-clock figures are printed with the process's CPU time beside them: on a
shared machine the process may wait for a core.
"""

from __future__ import annotations

import argparse
import gc
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic

from diplorel.query import EventSet

QUERIES: dict[str, Callable[[EventSet], EventSet]] = {
    "party (MAR)": lambda events: events.involving("MAR"),
    "dyad (AZE-MAR)": lambda events: events.between("AZE", "MAR"),
    "sector+period (energy, 2024-03..2024-08)": lambda events: events.sector("energy").during(
        "2024-03", "2024-08"
    ),
}


def _timed(action: Callable[[], object]) -> tuple[object, float, float]:
    gc.collect()
    start, cpu = time.perf_counter(), time.process_time()
    result = action()
    return result, time.perf_counter() - start, time.process_time() - cpu


def _median_ms(action: Callable[[], object], repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings) * 1000


def _load(name: str, load: Callable[[], EventSet], repeat: int) -> EventSet:
    """Load, make queryable, then time the queries and the listings."""
    events, took, used = _timed(load)
    assert isinstance(events, EventSet)
    start, cpu = time.perf_counter(), time.process_time()
    for query in QUERIES.values():
        len(query(events))
    first = time.perf_counter() - start
    print(
        f"{name:<8} load {took:6.2f} s ({used:6.2f} s CPU, {len(events) / took:>9,.0f} events/s);"
        f" queryable after {took + first:6.2f} s ({used + time.process_time() - cpu:6.2f} s CPU)"
    )
    for label, query in QUERIES.items():
        found = query(events)
        latency = _median_ms(lambda q=query: len(q(events)), repeat)  # type: ignore[misc]
        _, first_wall, first_cpu = _timed(lambda q=query: q(events).records)  # type: ignore[misc]
        listed = _median_ms(lambda q=query: q(events).records, repeat)  # type: ignore[misc]
        print(
            f"  {label:<42} {len(found):>7,} events: {latency:7.3f} ms; records: first "
            f"{first_wall * 1000:8.1f} ms ({first_cpu * 1000:8.1f} ms CPU), then {listed:7.2f} ms"
        )
    return events


def _run(size: int, seed: int, repeat: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        jsonl, parquet = Path(folder) / "events.jsonl", Path(folder) / "events.parquet"
        documents = synthetic.write_jsonl(jsonl, size, seed=seed)
        print(f"\n== {size:,} events in {documents:,} documents")
        print(f"JSON Lines file    {jsonl.stat().st_size / 1e6:,.0f} MB")
        events = _load("jsonl", lambda: EventSet.from_jsonl(jsonl), repeat)
        _, took, used = _timed(lambda: events.write_parquet(parquet))
        print(
            f"Parquet file       {parquet.stat().st_size / 1e6:,.0f} MB, "
            f"written in {took:.1f} s ({used:.1f} s CPU)"
        )
        lazy = _load("lazy", lambda: EventSet.read_parquet(parquet, lazy=True), repeat)
        del lazy
        back = _load("parquet", lambda: EventSet.read_parquet(parquet), repeat)
        _, took, used = _timed(lambda: back.records)
        print(f"parquet  every record built in {took:.1f} s ({used:.1f} s CPU)")
        _, took, _ = _timed(lambda: back == events)
        assert back == events
        print(f"check    the Parquet set equals the JSON Lines set ({took:.1f} s)")


def main() -> None:
    """Measure and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, action="append", help="default: 100000 and 1000000")
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--repeat", type=int, default=21, help="runs per query (median shown)")
    args = parser.parse_args()
    print(f"python {platform.python_version()} on {platform.machine()}")
    for size in args.events or [100_000, 1_000_000]:
        _run(size, args.seed, args.repeat)


if __name__ == "__main__":
    main()
