"""``extract_many(..., workers=N)`` and ``diplorel extract --jobs N``: one worker's output.

The real pool (``spawn`` processes) runs on the seeds, the held-out fixtures
and the hostile files of ``tests/nasty``; the ordering and recovery logic is
also driven with in-process executors, where chunks can be made to finish out
of order or a "worker" to die.
"""

from __future__ import annotations

import io
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, ParamSpec, TypeVar, cast

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplorel.cli import _build_parser, main
from diplorel.extract import ExtractionFailure, extract_many
from diplorel.extract._parallel import check_workers, extract_chunk, extract_parallel
from diplorel.extract._pipeline import _iter_sources
from diplorel.io import document_record

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
FOLDERS = [ROOT / "seeds", TESTS / "fixtures" / "heldout", TESTS / "fixtures" / "heldout2"]
NASTY = TESTS / "nasty"

P = ParamSpec("P")
T = TypeVar("T")


def _lines(documents: Iterator[Any]) -> list[str]:
    return [json.dumps(document_record(doc), ensure_ascii=False) for doc in documents]


def _run(sources: list[Any], workers: int) -> tuple[list[str], list[ExtractionFailure]]:
    failures: list[ExtractionFailure] = []
    return _lines(extract_many(sources, on_error=failures, workers=workers)), failures


def _pairs() -> list[Any]:
    """Texts given directly, one of which makes extraction itself fail."""
    texts: list[Any] = [
        ("rabat", "Le Maroc et le Sénégal ont signé mardi à Rabat un accord sur la pêche."),
        ("vide", ""),
        ("pas-un-texte", cast(str, 12345)),  # no text: an error inside the worker
        ("hanoi", "Le Viêt Nam et le Canada ont tenu à Hanoï leurs consultations politiques."),
    ]
    return texts


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of articles with a binary file, an unreadable name and an empty file."""
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "a.txt").write_text(
        "L'Algérie et la Tunisie ont signé à Alger un mémorandum d'entente sur l'énergie.",
        encoding="utf-8",
    )
    (folder / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (folder / "c.txt").write_text("", encoding="utf-8")
    (folder / "d.txt").write_bytes(
        "Le président français a reçu à l'Élysée son homologue ivoirien.".encode("cp1252")
    )
    return folder


def test_a_pool_gives_the_output_of_one_worker(hostile: Path) -> None:
    sources: list[Any] = [
        *FOLDERS,
        NASTY,
        hostile,
        *_pairs(),
        hostile / "missing.txt",
        ROOT / "seeds" / "seed-000.txt",
    ]
    one = _run(sources, workers=1)
    two = _run(sources, workers=2)
    assert two == one
    lines, failures = one
    assert len(lines) > 60  # the seeds, both held-out sets, the readable nasty files...
    reasons = {f.source: f.reason for f in failures}
    assert reasons[str(hostile / "b.txt")] == "binary file (a PNG image)"
    assert reasons["12345"].startswith("internal error, please report it:")
    assert reasons[str(hostile / "missing.txt")].startswith("cannot read:")
    ids = [json.loads(line)["id"] for line in lines]
    assert ids[-5:] == ["d", "rabat", "vide", "hanoi", "seed-000"]


def test_the_command_line_with_jobs_writes_the_same_bytes(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, hostile: Path
) -> None:
    """Also the failures the command line finds itself (a missing path, bad standard
    input) while the pool reads ahead: reported at their place, as with one process."""
    paths = [
        *FOLDERS[:2],
        hostile / "absent.txt",
        "-",
        hostile,
        hostile / "absent-too.txt",
        FOLDERS[2],
        NASTY / "article_utf8.txt",
    ]
    outputs = []
    for jobs in ("1", "2"):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\x89PNG\r\n\x1a\n")))
        status = main(["extract", "--jobs", jobs, *map(str, paths)])
        out, err = capsys.readouterr()
        outputs.append((status, out, err))
    assert outputs[1] == outputs[0]
    status, out, err = outputs[0]
    assert status == 1
    lines = err.splitlines()
    assert lines == [
        f"diplorel: {hostile / 'absent.txt'}: no such file or directory",
        "diplorel: -: binary file (a PNG image)",
        f"diplorel: {hostile / 'b.txt'}: binary file (a PNG image)",
        f"diplorel: {hostile / 'absent-too.txt'}: no such file or directory",
        f"diplorel: 4 inputs failed, {len(out.splitlines())} documents extracted",
    ]
    assert len(out.splitlines()) == 1 + len(list(hostile.glob("*.txt"))) - 1 + sum(
        len(list(folder.glob("*.txt"))) for folder in FOLDERS
    )


def test_failures_the_sources_record_themselves_keep_their_place(hostile: Path) -> None:
    def sources(failures: list[ExtractionFailure]) -> Iterator[Any]:
        for i, folder in enumerate([*FOLDERS, hostile]):
            failures.append(ExtractionFailure(f"before-{i}", "recorded by the caller"))
            yield folder

    results = []
    for workers in (1, 2):
        failures: list[ExtractionFailure] = []
        lines = _lines(extract_many(sources(failures), on_error=failures, workers=workers))
        results.append((lines, failures))
    assert results[1] == results[0]
    assert [f.source for f in results[0][1]][:2] == ["before-0", "before-1"]


@pytest.mark.parametrize("value", ["-1", "deux", "1.5"])
def test_a_bad_job_count_is_a_usage_error(capsys: pytest.CaptureFixture[str], value: str) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", "--jobs", value, str(ROOT / "seeds")])
    assert exit_info.value.code == 2
    assert "invalid count" in capsys.readouterr().err


@pytest.mark.parametrize("value", [0, -2, 1.5, True, "2", None])
def test_workers_must_be_a_positive_whole_number(value: object) -> None:
    with pytest.raises(ValueError, match="workers must be a whole number"):
        check_workers(value)
    with pytest.raises(ValueError, match="workers must be a whole number"):
        list(extract_many([ROOT / "seeds"], workers=cast(int, value)))


class _Shuffled(Executor):
    """Runs each task on a thread after a random pause: chunks finish out of order."""

    def __init__(self, workers: int, seed: int) -> None:
        self._pool = ThreadPoolExecutor(max_workers=workers)
        self._random = random.Random(seed)
        self._lock = threading.Lock()

    def submit(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        with self._lock:
            pause = self._random.random() / 200

        def late() -> T:
            time.sleep(pause)
            return fn(*args, **kwargs)

        return self._pool.submit(late)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self._pool.shutdown(wait=wait, cancel_futures=cancel_futures)


class _Dying(Executor):
    """A pool whose first task dies as if its worker were killed, while ``deaths[0]`` > 0.

    As with a real pool, every task sent to a broken pool fails too.
    """

    made = 0

    def __init__(self, deaths: list[int]) -> None:
        self._deaths = deaths
        self._broken = False
        _Dying.made += 1

    def submit(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        future: Future[T] = Future()
        if not self._broken and self._deaths[0] > 0:
            self._deaths[0] -= 1
            self._broken = True
        if self._broken:
            future.set_exception(BrokenProcessPool("a worker was killed"))
        else:
            future.set_result(fn(*args, **kwargs))
        return future


def _sources(hostile: Path) -> list[Any]:
    return [*FOLDERS, hostile, *_pairs(), hostile / "missing.txt"]


@pytest.mark.parametrize("chunk_size", [1, 3, 8, 1000])
@pytest.mark.parametrize("seed", [1, 2])
def test_chunks_finishing_out_of_order_keep_the_input_order(
    hostile: Path, chunk_size: int, seed: int
) -> None:
    expected = _run(_sources(hostile), workers=1)
    failures: list[ExtractionFailure] = []
    documents = extract_parallel(
        _iter_sources(_sources(hostile)),
        published=None,
        on_error=failures,
        workers=3,
        chunk_size=chunk_size,
        make_executor=lambda workers: _Shuffled(workers, seed),
    )
    assert (_lines(documents), failures) == expected


@pytest.mark.parametrize("deaths", [1, 3, 50])
def test_a_dead_worker_costs_nothing_but_time(hostile: Path, deaths: int) -> None:
    """Its chunk is extracted in the parent, the pool replaced (at most three times)."""
    expected = _run(_sources(hostile), workers=1)
    failures: list[ExtractionFailure] = []
    budget = [deaths]
    _Dying.made = 0
    documents = extract_parallel(
        _iter_sources(_sources(hostile)),
        published=None,
        on_error=failures,
        workers=2,
        chunk_size=2,
        make_executor=lambda workers: _Dying(budget),
    )
    assert (_lines(documents), failures) == expected
    assert _Dying.made == 1 + min(deaths, 3)


def test_stopping_early_shuts_the_pool_down() -> None:
    documents = extract_many([ROOT / "seeds", *FOLDERS[1:]], workers=2)
    first = next(documents)
    assert first.id == "seed-000"
    documents.close()  # type: ignore[attr-defined]
    assert not [t for t in threading.enumerate() if "QueueManager" in t.name]


def test_published_reaches_the_workers() -> None:
    text = "Le Maroc et le Sénégal ont signé hier à Dakar un accord sur la pêche."
    (doc,) = extract_many([("dakar", text)], published="2024-05-03", workers=2)
    assert str(doc.published) == "2024-05-03"
    assert str(doc.events[0].date) == "2024-05-02"


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        found.update(int(n) for n in (task / "children").read_text().split())
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


@pytest.mark.skipif(
    not Path("/proc/self/task").is_dir() or not hasattr(os, "killpg"),
    reason="needs Linux's /proc and process groups",
)
def test_ctrl_c_stops_the_workers_quietly(tmp_path: Path) -> None:
    """SIGINT to the whole process group, as a terminal sends it: status 130, no
    traceback from a worker (even one still starting), no output file, no worker left."""
    articles = tmp_path / "articles"
    articles.mkdir()
    text = (ROOT / "seeds" / "seed-001.txt").read_text(encoding="utf-8")
    for i in range(1500):
        (articles / f"d{i:05d}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    command = [
        sys.executable,
        "-m",
        "diplorel",
        "extract",
        str(articles),
        "-j",
        "2",
        "-o",
        str(out),
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    # A runner started in the background ignores SIGINT, and so would its children:
    # the command gets Python's usual handler, as from a terminal.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        process = subprocess.Popen(
            command, env=env, stderr=subprocess.PIPE, start_new_session=True
        )
    finally:
        signal.signal(signal.SIGINT, previous)
    with process:
        workers: set[int] = set()
        deadline = time.monotonic() + 60
        while len(workers) < 2 and time.monotonic() < deadline and process.poll() is None:
            workers = _children(process.pid)
            time.sleep(0.01)
        assert len(workers) >= 2, "the workers did not start"
        os.killpg(process.pid, signal.SIGINT)  # while the workers may still be importing
        _, err = process.communicate(timeout=60)
    assert process.returncode == 130
    assert b"Traceback" not in err
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.jsonl")]
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(pid) for pid in workers)


def test_a_file_that_became_a_folder_gives_what_the_folder_gives(hostile: Path) -> None:
    """Listed as a file, a folder by the time a worker reads it: its documents and
    failures, in walk order, where the file was."""
    (outcomes,) = extract_chunk([("hostile", hostile)], None)
    failures: list[ExtractionFailure] = []
    expected = list(extract_many([hostile], on_error=failures))
    assert [getattr(o, "id", None) for o in outcomes] == ["a", None, "c", "d"]
    assert [o for o in outcomes if isinstance(o, ExtractionFailure)] == failures
    assert [o for o in outcomes if not isinstance(o, ExtractionFailure)] == expected


_TEXTS = [
    "Le Maroc et le Sénégal ont signé mardi à Rabat un accord sur la pêche.",
    "Le Viêt Nam et le Canada ont tenu à Hanoï leurs consultations politiques.",
    "Il a plu toute la journée.",
    "",
]


@settings(max_examples=40)
@given(
    picks=st.lists(
        st.one_of(
            st.integers(0, len(_TEXTS) - 1),
            st.sampled_from(["seed", "missing", "no-text", "recorded"]),
        ),
        max_size=30,
    ),
    chunk_size=st.integers(1, 9),
    workers=st.integers(1, 4),
    seed=st.integers(0, 3),
)
def test_any_mix_of_sources_keeps_the_order_of_one_process(
    picks: list[int | str], chunk_size: int, workers: int, seed: int
) -> None:
    def sources(failures: list[ExtractionFailure]) -> Iterator[Any]:
        for n, pick in enumerate(picks):
            if isinstance(pick, int):
                yield (f"t{n}", _TEXTS[pick])
            elif pick == "seed":
                yield ROOT / "seeds" / "seed-002.txt"
            elif pick == "missing":
                yield ROOT / "seeds" / f"absent-{n}.txt"
            elif pick == "no-text":
                yield (f"bad{n}", cast(str, None))
            else:
                failures.append(ExtractionFailure(f"r{n}", "recorded by the caller"))

    failures: list[ExtractionFailure] = []
    expected = (_lines(extract_many(sources(failures), on_error=failures)), failures)
    failures = []
    documents = extract_parallel(
        _iter_sources(sources(failures)),
        published=None,
        on_error=failures,
        workers=workers,
        chunk_size=chunk_size,
        make_executor=lambda n: _Shuffled(n, seed),
    )
    assert (_lines(documents), failures) == expected


def test_jobs_0_is_one_process_per_usable_core() -> None:
    args = _build_parser().parse_args(["extract", "-j", "0", "seeds"])
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    assert args.jobs == usable
    assert _build_parser().parse_args(["extract", "seeds"]).jobs == 1
