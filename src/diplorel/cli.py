"""The ``diplorel`` command line.

``diplorel extract PATH...`` prints one JSON object per document (or a CSV
row per event, or a table);
``diplorel evaluate GOLD_DIR [PRED.jsonl]`` scores a run against gold
annotations; ``diplorel query``, ``diplorel timeline`` and ``diplorel
partners`` answer questions over extracted events (see
:mod:`diplorel._cli_query`). Every command that writes takes ``-o FILE``.

Exit status: 0 when all went well, 1 when some input failed (a missing file
gets one line naming it), 2 for bad arguments (bare ``diplorel`` prints its
help on standard error and exits 2; ``evaluate`` on a folder without gold
annotations exits 2), 130 when interrupted, 141 when the reader of standard
output went away (``diplorel ... | head -1``), silently, as Unix tools do.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import json
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, NoReturn

from diplorel import __version__, _cli_plot, _cli_query, _cli_report, _cli_rules
from diplorel._evaluation import evaluate, load_gold, load_predictions, load_texts
from diplorel._progress import Progress, count_inputs, is_terminal
from diplorel._source import decode
from diplorel.errors import DiplorelError
from diplorel.extract import ExtractionFailure, extract_many
from diplorel.io import document_record
from diplorel.model import Document, PartialDate
from diplorel.query import EventSet
from diplorel.query._jsonl import reports_of_document
from diplorel.query._table import csv_header, csv_lines, document_table, row

__all__ = ["main"]


class _Parser(argparse.ArgumentParser):
    """argparse with one clear line and exit status 2 on bad arguments."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message}\n")


def _published(value: str) -> PartialDate:
    try:
        return PartialDate.parse(value)
    except DiplorelError:
        raise argparse.ArgumentTypeError(
            f"invalid date {value!r} (expected 2025, 2025-05 or 2025-05-12)"
        ) from None


def _jobs(value: str) -> int:
    """``--jobs``: a count of processes; 0 for one per core this process may use."""
    try:
        jobs = int(value)
    except ValueError:
        jobs = -1
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"invalid count {value!r} (a whole number ≥ 0)")
    if jobs == 0:
        cores = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
        jobs = len(cores) if cores else os.cpu_count() or 1
    return jobs


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="diplorel",
        description="Turn French diplomatic news into typed records of relations.",
    )
    parser.add_argument("--version", action="version", version=f"diplorel {__version__}")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    ext = commands.add_parser(
        "extract",
        help="extract events from .txt or .jsonl articles",
        description="Extract events from .txt files, folders of .txt files (ids: paths relative "
        "to the folder, without extension), .jsonl files of articles (one JSON object a line: "
        '"id", "text", "published", "source_url"), or - (standard input).',
    )
    ext.add_argument("paths", nargs="+", metavar="PATH")
    ext.add_argument("-o", "--output", type=Path, help="write to this file instead of stdout")
    ext.add_argument(
        "--published",
        type=_published,
        help="fallback publication date (2025, 2025-05 or 2025-05-12), used only for an "
        "article whose text (dateline, date line) and input line (JSON Lines 'published') "
        "give none",
    )
    ext.add_argument(
        "--format",
        choices=("jsonl", "csv", "table", "parquet"),
        default="jsonl",
        help="jsonl: one object per document (default); csv: one row per event, the flat "
        "corpus form and the document id, lists joined with ';'; table: for reading; "
        "parquet: one row per event, needs -o and diplorel[arrow]",
    )
    ext.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="extract on N processes (0: one per core); same output as one",
    )
    ext.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar (errors are still shown)"
    )
    _cli_rules.add_extract_options(ext)

    ev = commands.add_parser(
        "evaluate",
        help="score a run against gold annotations",
        description="Score predictions (JSON Lines from `diplorel extract`) against a folder "
        "of gold annotations; with no predictions, run the extractor on the folder's .txt.",
    )
    ev.add_argument("gold", type=Path, metavar="GOLD_DIR", nargs="?")
    ev.add_argument("predictions", type=Path, nargs="?", metavar="PRED.jsonl")
    ev.add_argument("-v", "--verbose", action="store_true", help="list every miss and extra")
    ev.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="write to this file instead of stdout"
    )
    _cli_rules.add_evaluate_options(ev)
    _cli_query.add_commands(commands)
    _cli_plot.add_commands(commands)
    _cli_report.add_commands(commands)
    return parser


@contextmanager
def _output(path: Path | None) -> Iterator[IO[str]]:
    """Standard output, or a temporary file renamed over ``path`` on success.

    An interrupted run leaves ``path`` as it was: never a half-written file.
    """
    if path is None:
        yield sys.stdout
        return
    directory = path.parent if str(path.parent) else Path()
    if not directory.is_dir():
        problem = "not a folder" if directory.exists() else "no such folder"
        raise NotADirectoryError(
            errno.ENOTDIR, f"{problem} (to write {path.name} in)", str(directory)
        )
    fd, name = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with open(fd, "w", encoding="utf-8") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())  # the data is on disk before the name is
        os.chmod(name, _mode_for(path))  # mkstemp makes it private (0600)
        os.replace(name, path)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise


def _mode_for(path: Path) -> int:
    """The permissions of ``path`` if it exists, else those the umask gives a new file."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask


def _documents(
    paths: Sequence[str],
    published: PartialDate | None,
    failures: list[ExtractionFailure],
    workers: int = 1,
) -> Iterator[Document]:
    """The documents of the PATH arguments, in order; what fails goes to ``failures``.

    ``published`` is the fallback date of ``--published``: the text's own
    date and a JSON Lines line's ``published`` come first.
    """
    return extract_many(
        _sources(paths, failures),
        default_published=published,
        on_error=failures,
        workers=workers,
    )


def _sources(
    paths: Sequence[str], failures: list[ExtractionFailure]
) -> Iterator[Path | tuple[str, str]]:
    """Paths to read (always as paths), and standard input as a ``("stdin", text)`` pair.

    Missing paths are reported by :func:`diplorel._source.articles` in order.
    """
    for raw in paths:
        if raw == "-":
            try:
                text = decode(sys.stdin.buffer.read())
            except ValueError as exc:
                failures.append(ExtractionFailure("-", str(exc)))
                continue
            yield ("stdin", text)
        else:
            yield Path(raw)


def _csv_rows(doc: Document) -> str:
    """The CSV lines of a document's events: their flat form and the document id."""
    return "".join(csv_lines(row(record) for record in reports_of_document(doc)))


def _cmd_extract(args: argparse.Namespace) -> int:
    """Extract the PATH arguments; each failure is named on standard error as it happens.

    Exit status 0 when every input was read, 1 when some failed, 141 when the
    reader of standard output went away.
    """
    if args.format == "parquet":
        return _cmd_extract_parquet(args)
    failures: list[ExtractionFailure] = []
    reported = written = 0
    # a bar on the terminal that shows the output itself would be torn by it
    shown = (
        not args.quiet
        and is_terminal(sys.stderr)
        and (args.output is not None or not is_terminal(sys.stdout))
    )
    progress = Progress(
        sys.stderr, enabled=shown, total=count_inputs(args.paths) if shown else None
    )

    def report() -> None:
        nonlocal reported
        for failure in failures[reported:]:
            progress.write(f"diplorel: {failure}")
        reported = len(failures)
        progress.update_to(written + reported)  # documents written and inputs failed

    try:
        with progress, _output(args.output) as out:
            documents = _documents(args.paths, args.published, failures, args.jobs)
            if args.explain:
                explained = list(documents)
                written = len(explained)
                report()
                out.write(_cli_rules.explain(explained))
            elif args.format == "table":
                kept = []
                for doc in documents:
                    kept.append(doc)
                    written += 1
                    report()
                out.write(document_table(kept))
            else:
                if args.format == "csv":
                    out.write(csv_header())
                for doc in documents:
                    report()
                    if args.format == "csv":
                        out.write(_csv_rows(doc))
                    else:
                        out.write(json.dumps(document_record(doc), ensure_ascii=False) + "\n")
                    written += 1
                    progress.update_to(written + reported)
            report()
            out.flush()
    except BrokenPipeError:  # the reader stopped early (| head): stop quietly, as on SIGPIPE
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    report()
    if written or len(failures) > 1:  # one input that failed alone: its line says it all
        _summary(failures, written)
    return 1 if failures else 0


def _summary(failures: Sequence[ExtractionFailure], written: int) -> None:
    """The closing line on standard error of a run where some inputs failed."""
    if failures:
        print(
            f"diplorel: {len(failures)} input{'s' if len(failures) > 1 else ''} failed, "
            f"{written} document{'s' if written != 1 else ''} extracted",
            file=sys.stderr,
        )


def _cmd_extract_parquet(args: argparse.Namespace) -> int:
    """``extract --format parquet -o FILE``: one row per event (see :mod:`diplorel.arrow`)."""
    if args.output is None:
        print("diplorel extract: error: --format parquet needs -o FILE", file=sys.stderr)
        return 2
    failures: list[ExtractionFailure] = []
    documents = list(_documents(args.paths, args.published, failures))
    for failure in failures:
        print(f"diplorel: {failure}", file=sys.stderr)
    try:
        _write_parquet(documents, args.output)
    except ImportError as exc:
        print(f"diplorel: error: {exc}", file=sys.stderr)
        return 1
    if failures:
        print(
            f"diplorel: {len(failures)} input{'s' if len(failures) > 1 else ''} failed, "
            f"{len(documents)} document{'s' if len(documents) != 1 else ''} extracted",
            file=sys.stderr,
        )
    return 1 if failures else 0


def _write_parquet(documents: Sequence[Document], path: Path) -> None:
    """The documents' events as Parquet at ``path``, via a temporary file renamed over it."""
    events = EventSet.from_documents(documents)
    directory = path.parent if str(path.parent) else Path()
    fd, name = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        events.write_parquet(name)
        os.chmod(name, _mode_for(path))
        os.replace(name, path)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise


def _cmd_evaluate(args: argparse.Namespace) -> int:
    """Score a run, or the extractor, against the gold annotations of a folder.

    Exit status 2, with one line, when the folder holds no gold annotation.
    """
    if _cli_rules.wants(args):
        return _cli_rules.run_evaluate(args)
    if args.gold is None:
        print("diplorel evaluate: error: give GOLD_DIR, --ablate or --by-rule", file=sys.stderr)
        return 2
    if not args.gold.exists():
        raise FileNotFoundError(errno.ENOENT, "no such folder", str(args.gold))
    gold = load_gold(args.gold)
    if not gold:
        print(
            f"diplorel evaluate: error: no gold annotations (<id>.json files) in {args.gold}: "
            "nothing to score against",
            file=sys.stderr,
        )
        return 2
    texts = load_texts(args.gold)
    if args.predictions is not None:
        predicted = load_predictions(args.predictions)
    else:
        failures: list[ExtractionFailure] = []
        predicted = {
            doc.id: document_record(doc)
            for doc in extract_many(sorted(args.gold.glob("*.txt")), on_error=failures)
        }
        for failure in failures:
            print(f"diplorel: {failure.source}: {failure.reason}", file=sys.stderr)
    report = evaluate(gold, predicted, texts=texts)
    with _output(args.output) as out:
        out.write(report.render(verbose=args.verbose) + "\n")
    return 0


def _os_error(exc: OSError) -> str:
    """One line for an operating-system error: the file it names and why, no raw errno."""
    reason = exc.strerror or str(exc)
    if exc.filename is None:
        return reason
    reason = reason[:1].lower() + reason[1:]
    return f"{exc.filename}: {reason}"


def _quiet_stdout() -> None:
    """Point standard output at the null device, so that nothing more can fail on it."""
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


class _FailedError(Exception):
    """A command that ended with a non-zero status: its output file is not written."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


def _run(args: argparse.Namespace) -> int:
    if args.command == "extract":
        return _cmd_extract(args)
    if args.command in _cli_query.COMMANDS:
        try:
            with _output(args.output) as out:
                status = _cli_query.run(args, out)
                if status != 0:
                    raise _FailedError(status)  # leaves ``-o FILE`` as it was
        except _FailedError as failed:
            return failed.status
        return status
    if args.command in _cli_plot.COMMANDS:
        return _cli_plot.run(args)
    if args.command in _cli_report.COMMANDS:
        return _cli_report.run(args)
    return _cmd_evaluate(args)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status.

    Bare ``diplorel`` prints the help on standard error and returns 2. A
    closed standard output (``diplorel partners AZE e.jsonl | head -1``)
    ends the run quietly with status 141.
    """
    parser = _build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        status = _run(args)
        sys.stdout.flush()  # here, not at exit, so that a closed pipe is seen here
        return status
    except BrokenPipeError:  # the reader stopped early (| head): stop quietly, as on SIGPIPE
        _quiet_stdout()
        return 141
    except OSError as exc:
        print(f"diplorel: error: {_os_error(exc)}", file=sys.stderr)
        return 1
    except DiplorelError as exc:
        print(f"diplorel: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
