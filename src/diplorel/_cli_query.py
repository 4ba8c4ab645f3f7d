"""The analyst's sub-commands of the command line: ``query``, ``timeline`` and ``partners``.

Each reads JSON Lines written by ``diplorel extract`` (files, folders of
``.jsonl`` files, or ``-`` for standard input), optionally merges the reports
of each real event, and prints a readable table, or JSON Lines or CSV for
programs. Bad arguments (an unknown party code, an impossible date, a period
that ends before it starts) get one line on standard error and exit status 2.
"""

from __future__ import annotations

import argparse
import errno
import json
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Any

from diplorel._registry import party_or_none
from diplorel.errors import DiplorelError
from diplorel.model import ConsultationFormat, EventKind, PartialDate, Sector, Stage
from diplorel.query import EventSet, Period
from diplorel.query._eventset import countable_fields
from diplorel.query._period import to_partial_date
from diplorel.query._table import csv_keys, csv_text, table

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


# What the second positional argument of ``timeline`` must look like to be read
# as a party code rather than a file: letters and digits, as codes are.
_CODE_LIKE = re.compile(r"[A-Za-z][A-Za-z0-9]{1,15}")


def _common(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "paths",
        nargs="+",
        metavar="EVENTS.jsonl",
        help="output of `diplorel extract`: files, folders of .jsonl files, - for stdin",
    )
    command.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="write to this file instead of stdout"
    )
    command.add_argument(
        "--merge", action="store_true", help="merge the reports of each real event first"
    )
    command.add_argument(
        "--format",
        choices=("table", "jsonl", "csv"),
        default="table",
        help="table for reading (default), jsonl or csv for programs",
    )


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
    query.add_argument(
        "--consultation-format",
        choices=[f.value for f in ConsultationFormat],
        action="append",
        metavar="FORMAT",
        help="consultations in this format: " + ", ".join(f.value for f in ConsultationFormat),
    )
    query.add_argument(
        "--place", action="append", help="events held in this place (case and accents ignored)"
    )
    query.add_argument(
        "--person",
        action="append",
        metavar="NAME",
        help="events with a head of that name, or whose name contains these words",
    )
    query.add_argument(
        "--count-by",
        choices=countable_fields(),
        metavar="FIELD",
        help="count the events by this field instead of listing them: "
        + ", ".join(countable_fields()),
    )

    line = commands.add_parser(
        "timeline",
        help="the timeline of a party, or of two parties' relations",
        usage="diplorel timeline [-h] A [B] EVENTS.jsonl [EVENTS.jsonl ...] [options]",
        description="List the events of party A, or between parties A and B, in "
        "chronological order (agreements once per dated stage); dates without a year and "
        "undated events apart. B is read as a party code unless a file of that name exists.",
    )
    line.add_argument("a", type=_code, metavar="A")
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


def _inputs(paths: Sequence[str]) -> list[str | IO[str]]:
    """The files to read: each file as given, the ``.jsonl`` files of each folder (in
    name order, sub-folders included), standard input for ``-``.

    A path that does not exist, or a folder without ``.jsonl`` files, raises
    an :class:`OSError` naming it.
    """
    found: list[str | IO[str]] = []
    for raw in paths:
        if raw == "-":
            found.append(sys.stdin)
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(
                (item for item in path.rglob("*.jsonl") if item.is_file()),
                key=lambda item: item.relative_to(path).parts,
            )
            if not files:
                raise FileNotFoundError(errno.ENOENT, "no .jsonl files in this folder", raw)
            found.extend(str(item) for item in files)
        elif not path.exists():
            raise FileNotFoundError(errno.ENOENT, "no such file or directory", raw)
        else:
            found.append(raw)
    return found


def _load(args: argparse.Namespace, paths: Sequence[str] | None = None) -> EventSet:
    events = EventSet.from_jsonl(*_inputs(args.paths if paths is None else paths))
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
    if args.consultation_format:
        events = events.format(*args.consultation_format)
    if args.place:
        events = events.place(*args.place)
    if args.person:
        events = events.person(*args.person)
    if args.count_by:
        return _counts(events, args.count_by, args.format, out)
    if args.format == "jsonl":
        _write_jsonl(events.rows(), out)
    elif args.format == "csv":
        out.write(csv_text(events.rows()))
    else:
        out.write(table(events.records) + "\n")
    return 0


def _counts(events: EventSet, field: str, form: str, out: IO[str]) -> int:
    counts = events.count_by(field)
    rows = [{field: value, "events": n} for value, n in counts.items()]
    if form == "jsonl":
        _write_jsonl(rows, out)
    elif form == "csv":
        out.write(csv_text(rows, (field, "events")))
    else:
        labels = ["(none)" if value is None else str(value) for value in counts]
        width = max([len(label) for label in labels] + [len(field)])
        out.write(f"{len(events)} event{'' if len(events) == 1 else 's'} by {field}\n")
        for label, n in zip(labels, counts.values(), strict=True):
            out.write(f"  {label:<{width}}  {n:>6}\n")
    return 0


def _second_party(paths: Sequence[str]) -> tuple[str | None, list[str]]:
    """Split ``timeline``'s arguments after A into party B (or None) and the files.

    The first of them is B when it looks like a party code (or is one) and no
    file or folder of that name exists; an unknown code raises
    :class:`argparse.ArgumentTypeError`.
    """
    first, rest = paths[0], list(paths[1:])
    if first == "-" or Path(first).exists():
        return None, list(paths)
    if party_or_none(first) is None and not _CODE_LIKE.fullmatch(first):
        return None, list(paths)
    return _code(first), rest


def _timeline(args: argparse.Namespace, out: IO[str]) -> int:
    try:
        b, paths = _second_party(args.paths)
    except argparse.ArgumentTypeError as exc:
        print(
            f"diplorel timeline: error: argument B: {exc} (and no file of that name)",
            file=sys.stderr,
        )
        return 2
    if not paths:
        print(
            "diplorel timeline: error: the following arguments are required: EVENTS.jsonl",
            file=sys.stderr,
        )
        return 2
    events = _load(args, paths)
    if args.kind:
        events = events.kind(*args.kind)
    line = events.timeline(args.a, b)
    groups = (
        ("dated", line.dated),
        ("year_unknown", line.year_unknown),
        ("undated", line.undated),
    )
    rows = [{"group": name, **entry.as_row()} for name, entries in groups for entry in entries]
    if args.format == "jsonl":
        _write_jsonl(rows, out)
    elif args.format == "csv":
        out.write(csv_text(rows, ("group", "entry_date", "entry_stage", *csv_keys())))
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
