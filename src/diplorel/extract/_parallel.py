"""Extraction on a pool of worker processes, with the output of one process.

:func:`extract_parallel` is what ``extract_many(..., workers=N)`` delegates to.
The parent walks the sources (so that a folder is spread over the workers),
cuts the documents into chunks and keeps a bounded number of chunks in
flight on a :class:`~concurrent.futures.ProcessPoolExecutor`. Each worker
runs :func:`~diplorel.extract.extract_many` itself on one document at a time,
so a document gives exactly what it gives in one process: the same
:class:`~diplorel.model.Document`, or the same
:class:`~diplorel.extract.ExtractionFailure`. The parent hands them on in the
order of the sources.

The pool uses the ``spawn`` start method on every platform: workers start
from a fresh interpreter, never from a copy of a parent that may hold
threads (a progress bar's monitor, a Dask client) or locks. A program that
calls ``extract_many(..., workers=N)`` at the top level of its main script
must therefore guard that call with ``if __name__ == "__main__":``, as for
any ``spawn`` pool.

If a worker dies (killed, out of memory), the chunk it held is extracted in
the parent instead, the pool is replaced, and the run goes on; after
:data:`_RESTARTS` replacements the rest of the run stays in the parent.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from pathlib import Path
from typing import Final, TypeAlias

# The pipeline imports this module lazily (in ``extract_many``), so importing
# the pipeline here at the top is no cycle.
from diplorel.extract._pipeline import ExtractionFailure, extract_many
from diplorel.model import Document, PartialDate

__all__ = ["CHUNK_SIZE", "check_workers", "extract_parallel"]

CHUNK_SIZE: Final = 8
"""Documents sent to a worker at a time. A news article takes a few
milliseconds, so a chunk is tens of milliseconds of work: large enough that
sending it costs little, small enough that the workers end together."""
_AHEAD: Final = 4
"""Chunks in flight per worker: enough to keep workers busy while the parent
writes, few enough to bound memory on runs of any length."""
_RESTARTS: Final = 3

Item: TypeAlias = "tuple[str, str | Path] | ExtractionFailure"
"""What :func:`diplorel.extract._pipeline._iter_sources` yields: a document
to extract (its id and its text or path), or a source that failed already."""
Outcome: TypeAlias = "Document | ExtractionFailure"
MakeExecutor: TypeAlias = "Callable[[int], Executor]"


def check_workers(workers: object) -> int:
    """``workers`` as a count of processes, or a :class:`ValueError` saying why not."""
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise ValueError(f"workers must be a whole number of processes ≥ 1, not {workers!r}")
    return workers


def _ignore_interrupt() -> None:
    """Leave Ctrl-C to the parent, which cancels the pool and reports once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _process_pool(workers: int) -> Executor:
    """A ``spawn`` process pool of ``workers`` processes."""
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_ignore_interrupt,
    )


def _source(doc_id: str, source: str | Path) -> str | Path | tuple[str, str]:
    """The argument of ``extract_many`` that names this one document again."""
    return source if isinstance(source, Path) else (doc_id, source)


def extract_chunk(
    chunk: Sequence[tuple[str, str | Path]], published: PartialDate | None
) -> list[list[Outcome]]:
    """Extract each document of a chunk as one process would.

    One list per document: its document or its failure (or, for a file that
    became a folder since it was listed, what that folder gives).
    """
    outcomes: list[list[Outcome]] = []
    for doc_id, source in chunk:
        failures: list[ExtractionFailure] = []
        found: list[Outcome] = []
        for document in extract_many(
            [_source(doc_id, source)], published=published, on_error=failures
        ):
            found.extend(failures)  # what failed before this document
            failures.clear()
            found.append(document)
        found.extend(failures)
        outcomes.append(found)
    return outcomes


class _Chunk:
    """Some items in source order, and the future of the documents among them."""

    __slots__ = ("future", "items", "work")

    def __init__(self, items: list[Item]) -> None:
        self.items = items
        self.work = [item for item in items if not isinstance(item, ExtractionFailure)]
        self.future: Future[list[list[Outcome]]] | None = None


def extract_parallel(
    items: Iterable[Item],
    *,
    published: PartialDate | None,
    on_error: list[ExtractionFailure] | None,
    workers: int,
    chunk_size: int = CHUNK_SIZE,
    make_executor: MakeExecutor = _process_pool,
) -> Iterator[Document]:
    """The documents of ``items`` extracted on ``workers`` processes, in input order.

    Failures go to ``on_error`` (when it is a list) at their place in the
    order, as in one process. Closing the iterator early cancels the chunks
    not started and waits for the running ones.
    """
    chunks = _chunks(items, chunk_size, on_error)
    ahead = workers * _AHEAD
    window: deque[_Chunk] = deque()
    restarts = 0
    pool: Executor | None = make_executor(workers)
    try:
        while True:
            while len(window) < ahead and (chunk := next(chunks, None)) is not None:
                _submit(pool, chunk, published)
                window.append(chunk)
            if not window:
                return
            chunk = window.popleft()
            try:
                outcomes = _result(chunk, published)
            except BrokenProcessPool:
                # A worker died: this chunk runs here, the others on a new pool.
                outcomes = extract_chunk(chunk.work, published)
                if pool is not None:
                    pool.shutdown(wait=True, cancel_futures=True)
                restarts += 1
                pool = make_executor(workers) if restarts <= _RESTARTS else None
                for waiting in window:
                    _submit(pool, waiting, published)
            yield from _hand_on(chunk, outcomes, on_error)
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def _chunks(
    items: Iterable[Item], size: int, on_error: list[ExtractionFailure] | None
) -> Iterator[_Chunk]:
    """Chunks of ``size`` documents, read ahead of the output.

    The sources may record failures in ``on_error`` themselves while they are
    read (the command line does, for a missing path). Read ahead, those would
    come before the documents of earlier sources; they are taken out and put
    back in their place in the order, as items of the chunk.
    """
    iterator = iter(items)
    while True:
        batch: list[Item] = []
        while len(batch) < size:
            before = len(on_error) if on_error is not None else 0
            item = next(iterator, None)
            if on_error is not None and len(on_error) > before:
                batch.extend(on_error[before:])
                del on_error[before:]
            if item is None:
                break
            batch.append(item)
        if not batch:
            return
        yield _Chunk(batch)


def _submit(pool: Executor | None, chunk: _Chunk, published: PartialDate | None) -> None:
    """Send the chunk's documents to the pool (none when the run stays in the parent)."""
    chunk.future = None
    if pool is not None and chunk.work:
        with _interrupts_blocked():
            chunk.future = pool.submit(extract_chunk, chunk.work, published)


@contextmanager
def _interrupts_blocked() -> Iterator[None]:
    """Block SIGINT while the pool may start a worker, so that the worker inherits it.

    A ``spawn`` worker takes half a second to import diplorel before its
    initializer can ignore Ctrl-C, and would print a traceback if the
    terminal's SIGINT reached it then. A new process inherits the signal mask
    of the thread that started it, so a worker started here never receives
    SIGINT; in the parent, one that arrives meanwhile is only held, and
    raises ``KeyboardInterrupt`` once unblocked. (POSIX; elsewhere nothing.)
    """
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _result(chunk: _Chunk, published: PartialDate | None) -> list[list[Outcome]]:
    """The chunk's outcomes: from its worker, or extracted here when it has no future."""
    if chunk.future is None:
        return extract_chunk(chunk.work, published)
    try:
        return chunk.future.result()
    except BrokenProcessPool:
        raise
    except Exception:  # e.g. a result that could not be sent back
        return extract_chunk(chunk.work, published)


def _hand_on(
    chunk: _Chunk, outcomes: list[list[Outcome]], on_error: list[ExtractionFailure] | None
) -> Iterator[Document]:
    """Yield the chunk's documents and record its failures, in source order."""
    results = iter(outcomes)
    for item in chunk.items:
        for outcome in [item] if isinstance(item, ExtractionFailure) else next(results):
            if isinstance(outcome, ExtractionFailure):
                if on_error is not None:
                    on_error.append(outcome)
            else:
                yield outcome
