"""The analyst's sub-commands of the command line: ``query``, ``timeline`` and ``partners``.

Each reads JSON Lines written by ``diplorel extract`` (files, or ``-`` for
standard input) or Parquet (``diplorel extract --format parquet``), optionally
merges the reports of each real event, and prints a readable table, or JSON
Lines or CSV for programs. Bad arguments (an unknown party code, an impossible
date, a period that ends before it starts) get one line on standard error and
exit status 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from typing import IO, Any

from diplorel._registry import party_or_none
from diplorel.errors import DiplorelError, SerialisationError
from diplorel.model import EventKind, PartialDate, Sector, Stage
from diplorel.query import EventSet, Period
from diplorel.query._period import to_partial_date
from diplorel.query._table import CSV_KEYS, csv_text, table

__all__ = ["add_commands", "run"]

COMMANDS = ("query", "timeline", "partners")


def _code(value: str) -> str:
    found = party_or_none(value)
    if found is None:
        raise argparse.ArgumentTypeError(f"unknown party code {value!r}")
    return found.code


def _bound(value: str) -> PartialDate:
    try:
        return to_partial_date(PartialDate.parse(value))
    except DiplorelError as exc:
        reason = getattr(exc, "reason", str(exc))
        raise argparse.ArgumentTypeError(
            f"invalid date {value!r}: {reason} (expected 2024, 2024-06 or 2024-06-30)"
        ) from None


def _common(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "paths",
        nargs="+",
        metavar="EVENTS.jsonl",
        help="output of `diplorel extract`: JSON Lines (- for stdin) or Parquet",
    )
    command.add_argument(
        "--merge", action="store_true", help="merge the reports of each real event first"
    )
    command.add_argument("--format", choices=("table", "jsonl", "csv"), default="table")


def add_commands(commands: Any) -> None:
    """Add the ``query``, ``timeline`` and ``partners`` sub-commands to a subparsers action."""
    query = commands.add_parser(
        "query",
        help="filter extracted events",
        description="Filter the events of JSON Lines written by `diplorel extract`. "
        "Filters combine: an event must pass all of them.",
    )
    _common(query)
    query.add_argument(
        "--party",
        type=_code,
        nargs="+",
        action="extend",
        metavar="CODE",
        help="events involving any of these parties",
    )
    query.add_argument(
        "--between", type=_code, nargs=2, metavar=("A", "B"), help="events between A and B"
    )
    query.add_argument("--kind", choices=[k.value for k in EventKind], action="append")
    query.add_argument("--sector", choices=[s.value for s in Sector], action="append")
    query.add_argument("--since", type=_bound, metavar="DATE", help="from this date on")
    query.add_argument("--until", type=_bound, metavar="DATE", help="up to this date")
    query.add_argument(
        "--within",
        action="store_true",
        help="keep only events surely in the period (default: that may be in it)",
    )
    query.add_argument(
        "--status",
        choices=[s.value for s in Stage],
        action="append",
        help="agreements whose latest stage is this",
    )
    query.add_argument("--foreground", action="store_true", help="leave out background events")

    line = commands.add_parser(
        "timeline",
        help="the timeline of two parties' relations",
        description="List the events between two parties in chronological order "
        "(agreements once per dated stage); dates without a year and undated events apart.",
    )
    line.add_argument("a", type=_code, metavar="A")
    line.add_argument("b", type=_code, metavar="B")
    _common(line)
    line.add_argument("--kind", choices=[k.value for k in EventKind], action="append")

    partners = commands.add_parser(
        "partners",
        help="the partners of a party, ranked",
        description="Rank the parties that share events with a party, by number of events.",
    )
    partners.add_argument("code", type=_code, metavar="CODE")
    _common(partners)
    partners.add_argument("--kind", choices=[k.value for k in EventKind])


def _is_parquet(path: str) -> bool:
    """True for a file that starts as Parquet files do (``PAR1``)."""
    if path == "-":
        return False
    try:
        with open(path, "rb") as handle:
            return handle.read(4) == b"PAR1"
    except OSError:
        return False  # the JSON Lines reader says what is wrong with it


def _read_parquet(path: str) -> EventSet:
    try:  # lazy: a command reads records from the file only when it lists them
        return EventSet.read_parquet(path, lazy=True)
    except ImportError as exc:
        raise SerialisationError(path, str(exc)) from None


def _stream(path: str) -> str | IO[str]:
    return sys.stdin if path == "-" else path


def _load(args: argparse.Namespace) -> EventSet:
    kinds = [_is_parquet(path) for path in args.paths]
    if not any(kinds):
        events = EventSet.from_jsonl(*map(_stream, args.paths))
    elif all(kinds) and len(args.paths) == 1:
        events = _read_parquet(args.paths[0])
    else:  # Parquet files (and JSON Lines), in the order given
        parts = [
            _read_parquet(path) if parquet else EventSet.from_jsonl(_stream(path))
            for path, parquet in zip(args.paths, kinds, strict=True)
        ]
        events = EventSet(record for part in parts for record in part)
    return events.merge() if args.merge else events


def _write_jsonl(rows: Iterable[dict[str, Any]], out: IO[str]) -> None:
    for item in rows:
        out.write(json.dumps(item, ensure_ascii=False) + "\n")


def _query(args: argparse.Namespace, out: IO[str]) -> int:
    try:
        period = None
        if args.since is not None or args.until is not None:
            period = Period.of(args.since, args.until)
    except DiplorelError as exc:
        print(f"diplorel query: error: {exc}", file=sys.stderr)
        return 2
    events = _load(args)
    if args.party:
        events = events.involving(*args.party)
    if args.between:
        events = events.between(*args.between)
    if args.kind:
        events = events.kind(*args.kind)
    if args.sector:
        events = events.sector(*args.sector)
    if period is not None:
        events = events.during(period, mode="within" if args.within else "overlaps")
    if args.status:
        events = events.status(*args.status)
    if args.foreground:
        events = events.foreground()
    if args.format == "jsonl":
        _write_jsonl(events.rows(), out)
    elif args.format == "csv":
        out.write(csv_text(events.rows()))
    else:
        out.write(table(events.records) + "\n")
    return 0


def _timeline(args: argparse.Namespace, out: IO[str]) -> int:
    events = _load(args)
    if args.kind:
        events = events.kind(*args.kind)
    line = events.timeline(args.a, args.b)
    groups = (
        ("dated", line.dated),
        ("year_unknown", line.year_unknown),
        ("undated", line.undated),
    )
    rows = [{"group": name, **entry.as_row()} for name, entries in groups for entry in entries]
    if args.format == "jsonl":
        _write_jsonl(rows, out)
    elif args.format == "csv":
        out.write(csv_text(rows, ("group", "entry_date", "entry_stage", *CSV_KEYS)))
    else:
        out.write(str(line) + "\n")
    return 0


def _partners(args: argparse.Namespace, out: IO[str]) -> int:
    events = _load(args)
    ranked = events.partners(args.code, kind=args.kind)
    rows = [{"code": p.code, "name": p.name, "events": n} for p, n in ranked]
    if args.format == "jsonl":
        _write_jsonl(rows, out)
    elif args.format == "csv":
        out.write(csv_text(rows, ("code", "name", "events")))
    else:
        own = events._party(args.code)
        what = f"{args.kind} events" if args.kind else "events"
        out.write(f"Partners of {own.name} ({own.code}) by number of {what}\n")
        width = max([len(p.name) for p, _ in ranked] + [4])
        for member, count in ranked:
            out.write(f"  {member.code:<12} {member.name:<{width}}  {count:>6}\n")
    return 0


def run(args: argparse.Namespace, out: IO[str] | None = None) -> int:
    """Run one of the sub-commands of this module; return the exit status."""
    stream = sys.stdout if out is None else out
    if args.command == "query":
        return _query(args, stream)
    if args.command == "timeline":
        return _timeline(args, stream)
    return _partners(args, stream)
