"""The ``diplorel`` command line.

``diplorel extract PATH...`` prints one JSON object per document (or a table);
``diplorel evaluate GOLD_DIR [PRED.jsonl]`` scores a run against gold
annotations; ``diplorel query``, ``diplorel timeline`` and ``diplorel
partners`` answer questions over extracted events (see
:mod:`diplorel._cli_query`). Exit status: 0 when all went well, 1 when some input failed,
2 for bad arguments.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, NoReturn

from diplorel import __version__, _cli_query
from diplorel._evaluation import evaluate, load_gold, load_predictions, load_texts
from diplorel._source import decode
from diplorel.errors import DiplorelError
from diplorel.extract import ExtractionFailure, extract_many
from diplorel.io import document_record, to_corpus_form
from diplorel.model import Document, PartialDate

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


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="diplorel",
        description="Turn French diplomatic news into typed records of relations.",
    )
    parser.add_argument("--version", action="version", version=f"diplorel {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

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
    ext.add_argument("--format", choices=("jsonl", "table"), default="jsonl")

    ev = commands.add_parser(
        "evaluate",
        help="score a run against gold annotations",
        description="Score predictions (JSON Lines from `diplorel extract`) against a folder "
        "of gold annotations; with no predictions, run the extractor on the folder's .txt.",
    )
    ev.add_argument("gold", type=Path, metavar="GOLD_DIR")
    ev.add_argument("predictions", type=Path, nargs="?", metavar="PRED.jsonl")
    ev.add_argument("-v", "--verbose", action="store_true", help="list every miss and extra")
    _cli_query.add_commands(commands)
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
    paths: Sequence[str], published: PartialDate | None, failures: list[ExtractionFailure]
) -> Iterator[Document]:
    """The documents of the PATH arguments, in order; what fails goes to ``failures``.

    ``published`` is the fallback date of ``--published``: the text's own
    date and a JSON Lines line's ``published`` come first.
    """
    return extract_many(_sources(paths, failures), default_published=published, on_error=failures)


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


def _table(documents: Sequence[Document]) -> str:
    lines: list[str] = []
    for doc in documents:
        published = str(doc.published) if doc.published else "?"
        lines.append(f"{doc.id}  (published {published}, {len(doc.events)} events)")
        for event in doc.events:
            record = to_corpus_form(event)
            what = record["format"] or record["status"] or record.get("declaration_kind") or ""
            extra = []
            if record["round"]:
                extra.append(f"round {record['round']}")
            if record["place"]:
                extra.append(f"à {record['place']}")
            if record["heads"]:
                extra.append("heads: " + ", ".join(record["heads"]))
            if record["title"]:
                extra.append(f"«{record['title'][:60]}»")
            if record["background"]:
                extra.append("(background)")
            lines.append(
                f"  {record['kind']:<12} {what:<24} {'-'.join(record['parties']):<10} "
                f"{record['date'] or '-':<22} {','.join(record['sectors']) or '-'}"
            )
            if extra:
                lines.append("  " + " " * 13 + "; ".join(extra))
        lines.append("")
    return "\n".join(lines)


def _cmd_extract(args: argparse.Namespace) -> int:
    """Extract the PATH arguments; each failure is named on standard error as it happens.

    Exit status 0 when every input was read, 1 when some failed, 141 when the
    reader of standard output went away.
    """
    failures: list[ExtractionFailure] = []
    reported = written = 0

    def report() -> None:
        nonlocal reported
        for failure in failures[reported:]:
            print(f"diplorel: {failure}", file=sys.stderr)
        reported = len(failures)

    try:
        with _output(args.output) as out:
            if args.format == "table":
                documents = list(_documents(args.paths, args.published, failures))
                out.write(_table(documents))
                written = len(documents)
            else:
                for doc in _documents(args.paths, args.published, failures):
                    report()
                    out.write(json.dumps(document_record(doc), ensure_ascii=False) + "\n")
                    written += 1
            out.flush()
    except BrokenPipeError:  # the reader stopped early (| head): stop quietly, as on SIGPIPE
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    report()
    if failures:
        print(
            f"diplorel: {len(failures)} input{'s' if len(failures) > 1 else ''} failed, "
            f"{written} document{'s' if written != 1 else ''} extracted",
            file=sys.stderr,
        )
    return 1 if failures else 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    gold = load_gold(args.gold)
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
    print(report.render(verbose=args.verbose))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    parser = _build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "extract":
            return _cmd_extract(args)
        if args.command in _cli_query.COMMANDS:
            return _cli_query.run(args)
        return _cmd_evaluate(args)
    except (DiplorelError, OSError) as exc:
        print(f"diplorel: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
