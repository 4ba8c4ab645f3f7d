"""Loading, memory, queries and merge of a million synthetic events, on one core.

Run by hand (numbers go to docs/performance.md, "Queries and merge"):

    PYTHONPATH=src python benchmarks/bench_query.py                  # 1,000,000 events
    PYTHONPATH=src python benchmarks/bench_query.py --events 100000  # a quicker look

The events are made by ``benchmarks/synthetic.py`` (seeded) and written as
JSON Lines to a temporary directory, which is removed at the end. Measured:

* load: ``EventSet.from_jsonl`` on the file (JSON decoding included), events/s,
  with orjson when it is installed and again with the standard library's json;
* memory: bytes traced by tracemalloc for the loaded set and its indexes
  (a second load, so that tracing does not slow the timed one), per event;
* queries: median latency over repeated runs of a party query, a dyad query
  and a sector-and-period query (each builds the filtered set and counts it),
  after the indexes are built once; then the same with the records materialised;
* merge: ``EventSet.merge()`` of the whole set.

Wall-clock figures are printed with the CPU time of the process beside them:
on a shared machine the process may wait for a core, and the CPU time is then
the better estimate of what one core of its own would take.
"""

from __future__ import annotations

import argparse
import gc
import platform
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic

from diplorel.query import EventSet, _jsonl


def _median_ms(action: Callable[[], object], repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings) * 1000


def _queries(events: EventSet, repeat: int) -> None:
    queries: dict[str, Callable[[], EventSet]] = {
        "party (MAR)": lambda: events.involving("MAR"),
        "dyad (AZE-MAR)": lambda: events.between("AZE", "MAR"),
        "sector+period (energy, 2024-03..2024-08)": lambda: events.sector("energy").during(
            "2024-03", "2024-08"
        ),
    }
    for name, query in queries.items():
        found = len(query())
        latency = _median_ms(lambda q=query: len(q()), repeat)  # type: ignore[misc]
        listed = _median_ms(lambda q=query: q().records, repeat)  # type: ignore[misc]
        print(
            f"query {name:<42} {found:>7,} events: {latency:7.3f} ms "
            f"(with records: {listed:7.2f} ms)"
        )


def main() -> None:
    """Measure and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--repeat", type=int, default=21, help="runs per query (median shown)")
    parser.add_argument("--no-merge", action="store_true", help="skip the merge")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "events.jsonl"
        start = time.perf_counter()
        documents = synthetic.write_jsonl(path, args.events, seed=args.seed)
        made = time.perf_counter() - start
        size = path.stat().st_size
        print(f"python             {platform.python_version()} on {platform.machine()}")
        print(f"events             {args.events:,} in {documents:,} documents")
        print(f"file               {size / 1e6:,.0f} MB ({size / args.events:,.0f} bytes/event)")
        print(f"generated in       {made:.1f} s")

        if _jsonl._FAST_LOADS is not None:
            gc.collect()
            with mock.patch.object(_jsonl, "_FAST_LOADS", None):
                start, cpu = time.perf_counter(), time.process_time()
                plain = EventSet.from_jsonl(path)
                load, used = time.perf_counter() - start, time.process_time() - cpu
            print(
                f"load (json)        {load:.2f} s, {len(plain) / load:,.0f} events/s "
                f"({len(plain) / used:,.0f} per CPU second)"
            )
            del plain
        gc.collect()
        start, cpu = time.perf_counter(), time.process_time()
        events = EventSet.from_jsonl(path)
        load, used = time.perf_counter() - start, time.process_time() - cpu
        parser = "json" if _jsonl._FAST_LOADS is None else "orjson"
        print(
            f"load ({parser:<6})      {load:.2f} s, {len(events) / load:,.0f} events/s "
            f"({len(events) / used:,.0f} per CPU second)"
        )

        start = time.perf_counter()
        events.involving("AZE")
        events.sector("energy")
        events.during("2024")
        indexes = time.perf_counter() - start
        print(f"indexes built in   {indexes:.2f} s (once, on first use)")

        _queries(events, args.repeat)

        if not args.no_merge:
            gc.collect()
            start, cpu = time.perf_counter(), time.process_time()
            merged = events.merge()
            took, used = time.perf_counter() - start, time.process_time() - cpu
            joined = sum(1 for record in merged if record.is_merged)
            print(
                f"merge              {took:.1f} s ({used:.1f} s of CPU): {len(events):,} reports "
                f"-> {len(merged):,} records ({joined:,} merged from several reports)"
            )
            del merged

        del events
        gc.collect()
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        traced = EventSet.from_jsonl(path)
        traced.involving("AZE")
        traced.sector("energy")
        traced.kind("agreement")
        traced.during("2024")
        traced.status("signed")
        traced.foreground()
        gc.collect()
        after = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        print(
            f"memory             {(after - before) / 1e6:,.0f} MB with indexes, "
            f"{(after - before) / len(traced):,.0f} bytes/event"
        )


if __name__ == "__main__":
    main()
