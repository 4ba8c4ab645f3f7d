"""Progress of long command-line runs on standard error, with tqdm.

A bar is shown only when its stream is a terminal and the user did not ask
for quiet: a log file, a pipe or a CI job gets nothing but the messages.
tqdm is a core dependency because it is small, pure Python, and the bar
users of data tools already know.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, Never

from tqdm import tqdm

from diplorel.extract._pipeline import _iter_sources

__all__ = ["Progress", "count_inputs", "is_terminal"]


def is_terminal(stream: IO[str]) -> bool:
    """Whether ``stream`` is a terminal (a closed or odd stream is not)."""
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


def count_inputs(paths: Sequence[str]) -> int:
    """How many documents or failures the PATH arguments of ``extract`` will give.

    A folder counts its article files and what its walk skips; standard input
    (``-``) and a missing path count one each. Nothing is read.
    """
    total = 0
    for raw in paths:
        if raw == "-" or not Path(raw).exists():
            total += 1
        else:
            total += sum(1 for _ in _iter_sources([raw]))
    return total


class Progress:
    """A progress bar of documents on ``stream``, or nothing when it is off.

    Messages written through :meth:`write` appear above the bar (or as plain
    lines when there is no bar), so that errors and progress do not garble
    each other.
    """

    def __init__(self, stream: IO[str], *, enabled: bool, total: int | None = None) -> None:
        self._stream = stream
        self._bar: tqdm[Never] | None = None
        if enabled:
            self._bar = tqdm(
                total=total, file=stream, unit="doc", dynamic_ncols=True, smoothing=0.1
            )

    @property
    def enabled(self) -> bool:
        """Whether a bar is shown."""
        return self._bar is not None

    def update_to(self, done: int) -> None:
        """Show ``done`` documents handled so far."""
        if self._bar is not None and done != self._bar.n:
            self._bar.update(done - self._bar.n)

    def write(self, message: str) -> None:
        """Print ``message`` on the stream, above the bar."""
        if self._bar is not None:
            self._bar.write(message, file=self._stream)
        else:
            print(message, file=self._stream)

    def close(self) -> None:
        """Leave the final state of the bar on the terminal."""
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
