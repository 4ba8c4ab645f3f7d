"""The ``report`` sub-command: a self-contained HTML report of extracted events.

``diplorel report EVENTS.jsonl -o report.html --texts articles/`` reads the
output of ``diplorel extract`` (or full documents with their text), and the
article texts from ``--texts`` when the JSON Lines do not hold them, and
writes one HTML file that needs no network (see :mod:`diplorel.report`). The
file is written whole or not at all.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from diplorel.errors import SerialisationError
from diplorel.report import read_articles, render_report

__all__ = ["COMMANDS", "add_commands", "run"]

COMMANDS = ("report",)


def add_commands(commands: Any) -> None:
    """Add the ``report`` sub-command to a subparsers action."""
    report = commands.add_parser(
        "report",
        help="write a self-contained HTML report of extracted events",
        description="Write one HTML file (no network needed) with a timeline, the partner "
        "table, filters and each event's evidence highlighted in its article, from JSON "
        "Lines written by `diplorel extract` (or full documents with their text).",
    )
    report.add_argument(
        "paths", nargs="+", metavar="EVENTS.jsonl", help="JSON Lines of documents (- for stdin)"
    )
    report.add_argument("-o", "--output", type=Path, required=True, help="the HTML file")
    report.add_argument(
        "--texts",
        type=Path,
        metavar="DIR",
        help="the folder of the articles (DOC_ID.txt), to highlight evidence in their text",
    )
    report.add_argument(
        "--merge", action="store_true", help="merge the reports of each real event first"
    )
    report.add_argument("--title", default="diplorel report", help="the report's title")


def run(args: argparse.Namespace) -> int:
    """Read the events, render the report and write it; return the exit status."""
    sources = [sys.stdin if path == "-" else path for path in args.paths]
    events, articles = read_articles(sources, texts=args.texts)
    if args.merge:
        events = events.merge()
    page = render_report(events, articles, title=args.title)
    try:
        _write(args.output, page)
    except UnicodeEncodeError as exc:  # events are checked when read; a title from argv is not
        raise SerialisationError(
            str(args.output),
            f"the report holds text that is not valid Unicode ({exc.object[exc.start]!r}, "
            "a lone surrogate); the report was not written",
        ) from None
    return 0


def _write(path: Path, text: str) -> None:
    """Write ``text`` to a temporary file renamed over ``path``: never half a report."""
    directory = path.parent if str(path.parent) else Path()
    fd, name = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with open(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        mask = os.umask(0o022)
        os.umask(mask)
        os.chmod(name, 0o666 & ~mask)
        os.replace(name, path)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
