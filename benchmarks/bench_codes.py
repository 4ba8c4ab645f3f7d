"""The cost of CAMEO and PLOVER codes per event, and their share of writing the corpus form.

Run by hand (numbers go to docs/codes.md, "Cost"):

    PYTHONPATH=src python benchmarks/bench_codes.py                 # 100,000 events
    PYTHONPATH=src python benchmarks/bench_codes.py --events 20000  # a quicker look

The events are those of ``benchmarks/synthetic.py`` (seeded), loaded with
``EventSet.from_jsonl`` from a temporary file. Measured, each as the best of
``--repeat`` runs over all events, with the CPU time of the process:

* ``event_codes``: the features and the table lookup of every event (the
  first run also loads the tables; the best run shows the steady state);
* ``to_corpus_form`` as ``diplorel extract`` writes it, and the same with the
  codes replaced by a constant, so that the difference is what the codes add.
"""

from __future__ import annotations

import argparse
import platform
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic

from diplorel import EventSet
from diplorel.codes import EventCodes, Plover, event_codes
from diplorel.io import to_corpus_form
from diplorel.model import Event


def _best(run: Callable[[], Any], repeat: int) -> tuple[float, float]:
    """The best wall-clock and CPU seconds of ``repeat`` runs."""
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        run()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus)


def _line(name: str, seconds: tuple[float, float], count: int) -> None:
    wall, cpu = seconds
    print(
        f"{name:<34} {wall * 1e6 / count:7.2f} µs/event wall  "
        f"{cpu * 1e6 / count:7.2f} µs/event CPU  ({count / wall:,.0f} events/s)"
    )


def measure(events: Sequence[Event], repeat: int) -> None:
    """Print the three timings for ``events``."""
    count = len(events)
    _line("event_codes", _best(lambda: [event_codes(e) for e in events], repeat), count)
    _line("to_corpus_form", _best(lambda: [to_corpus_form(e) for e in events], repeat), count)
    constant = EventCodes(cameo="040", plover=Plover("CONSULT"), note="")
    with mock.patch("diplorel.io._corpus.event_codes", return_value=constant):
        _line(
            "to_corpus_form, codes constant",
            _best(lambda: [to_corpus_form(e) for e in events], repeat),
            count,
        )


def main() -> None:
    """Parse the arguments, generate the events, measure."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "events.jsonl"
        synthetic.write_jsonl(path, args.events)
        events = EventSet.from_jsonl(path).events()
    print(f"Python {platform.python_version()}, {len(events):,} synthetic events")
    measure(events, args.repeat)


if __name__ == "__main__":
    main()
