"""The ``plot`` sub-command: pictures of extracted events, written to a file.

``diplorel plot timeline A B EVENTS.jsonl -o t.png``, ``diplorel plot
partners A EVENTS.jsonl -o p.png`` and ``diplorel plot counts EVENTS.jsonl
--by sector -o c.png`` draw the charts of :mod:`diplorel.plot`. The format
follows the suffix of the output file (``.png``, ``.svg``, ``.pdf``). The
file is written whole or not at all. Without matplotlib, one line on standard
error names the extra to install, and the exit status is 1.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from diplorel._cli_query import _code
from diplorel._registry import party_or_none
from diplorel.model import EventKind
from diplorel.query import EventSet

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["COMMANDS", "add_commands", "run"]

COMMANDS = ("plot",)
_FORMATS = (".png", ".svg", ".pdf")


def _output(value: str) -> Path:
    path = Path(value)
    if path.suffix.lower() not in _FORMATS:
        raise argparse.ArgumentTypeError(
            f"cannot tell the format of {value!r}: name a {', '.join(_FORMATS)} file"
        )
    return path


def _common(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "paths",
        nargs="+",
        metavar="EVENTS.jsonl",
        help="output of `diplorel extract` (- for stdin)",
    )
    command.add_argument(
        "-o", "--output", type=_output, required=True, help="the picture: .png, .svg or .pdf"
    )
    command.add_argument(
        "--merge", action="store_true", help="merge the reports of each real event first"
    )
    command.add_argument("--kind", choices=[k.value for k in EventKind], action="append")
    command.add_argument("--title", help="the chart's title instead of the default")
    command.add_argument("--dpi", type=_positive, default=120, help="dots per inch of a PNG")


def add_commands(commands: Any) -> None:
    """Add the ``plot`` sub-command (and its ``timeline``, ``partners`` and ``counts``)."""
    plot = commands.add_parser(
        "plot",
        help="draw a chart of extracted events (needs diplorel[plot])",
        description="Draw a chart of the events of JSON Lines written by `diplorel extract` "
        "into a PNG, SVG or PDF file (needs matplotlib: pip install 'diplorel[plot]').",
    )
    charts = plot.add_subparsers(dest="chart", required=True)
    line = charts.add_parser(
        "timeline",
        help="the timeline of two parties (or one)",
        description="One row per agreement with its stages, one per consultation format, "
        "one for declarations; dates at their precision, undated entries counted in a note.",
    )
    line.add_argument("a", type=_code, metavar="A")
    line.add_argument("b", metavar="B", nargs="?", help="the other party (none: A alone)")
    _common(line)
    line.add_argument(
        "--max-agreements",
        type=_count,
        default=40,
        metavar="N",
        help="draw at most N agreement rows, the first in time (default 40)",
    )
    partners = charts.add_parser(
        "partners",
        help="a party's partners, by kind of event",
        description="A bar per partner of a party, stacked by kind of event, most events first.",
    )
    partners.add_argument("code", type=_code, metavar="CODE")
    _common(partners)
    partners.add_argument(
        "--top", type=_positive, default=15, help="how many partners to draw (default 15)"
    )
    counts = charts.add_parser(
        "counts",
        help="how many events by month or by sector",
        description="Bars of the number of events by month or by sector, stacked by kind.",
    )
    _common(counts)
    counts.add_argument("--by", choices=("month", "sector"), default="month")


def _count(value: str) -> int:
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"expected a whole number, not {value!r}")
    return int(value)


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a positive whole number, not {value!r}")
    return number


def _other_party(args: argparse.Namespace) -> bool:
    """Read ``B`` of ``plot timeline A [B] EVENTS...``: a party code, else the first
    file (``A events.jsonl more.jsonl`` is A alone). False when it is neither."""
    if args.chart != "timeline" or args.b is None:
        return True
    found = party_or_none(args.b)
    if found is not None:
        args.b = found.code
    elif args.b == "-" or os.path.exists(args.b):
        args.paths.insert(0, args.b)
        args.b = None
    else:
        print(f"diplorel plot timeline: error: unknown party code {args.b!r}", file=sys.stderr)
        return False
    return True


def run(args: argparse.Namespace) -> int:
    """Draw the chart the arguments ask for and write it; return the exit status."""
    if not _other_party(args):
        return 2
    try:
        from diplorel import plot  # noqa: PLC0415 - imports matplotlib lazily

        sources = [sys.stdin if path == "-" else path for path in args.paths]
        events = EventSet.from_jsonl(*sources)
        if args.merge:
            events = events.merge()
        if args.kind:
            events = events.kind(*args.kind)
        figure: Figure
        if args.chart == "timeline":
            figure = plot.plot_timeline(
                events, args.a, args.b, title=args.title, max_agreements=args.max_agreements
            )
        elif args.chart == "partners":
            figure = plot.plot_partners(events, args.code, top=args.top, title=args.title)
        else:
            figure = plot.plot_counts(events, args.by, title=args.title)
        _save(figure, args.output, args.dpi)
    except ImportError as exc:
        print(f"diplorel plot: error: {exc}", file=sys.stderr)
        return 1
    return 0


def _save(figure: Figure, path: Path, dpi: int) -> None:
    """Write the figure to a temporary file renamed over ``path``: never half a picture."""
    directory = path.parent if str(path.parent) else Path()
    fd, name = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=path.suffix)
    os.close(fd)
    try:
        figure.savefig(name, dpi=dpi, format=path.suffix.lower().lstrip("."))
        os.chmod(name, 0o666 & ~_umask())
        os.replace(name, path)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
