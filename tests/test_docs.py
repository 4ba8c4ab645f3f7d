"""The examples of the README and of docs/*.md run as doctests."""

from __future__ import annotations

import argparse
import doctest
import importlib
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

from diplorel.cli import _build_parser

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_examples_in_page(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = doctest.testfile(
        str(page),
        module_relative=False,
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
        verbose=False,
    )
    assert result.failed == 0


@pytest.mark.parametrize(
    "name",
    [
        "diplorel",
        "diplorel.extract._pipeline",
        "diplorel.model._date",
        "diplorel.model._party",
        "diplorel.model._person",
        "diplorel.model._span",
        "diplorel._registry",
    ],
)
def test_module_docstrings(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, name


# -- shell examples -----------------------------------------------------------------------
#
# Every ``diplorel`` command shown in a page runs against files the repository ships:
#
# - in a ``sh`` block, each ``diplorel ...`` command (alone on its line or after
#   ``&&``) must exit 0;
# - in a ``text`` block, ``$ diplorel ...`` lines are run and the lines after them, up
#   to the next ``$`` line, are their output (standard output and error, in order);
# - a ``text`` block of ``diplorel CMD [--option ...]`` lines is a synopsis: the long
#   options it names must be exactly those of the command.
#
# The commands of a page run in order, in one scratch folder holding ``seeds/`` and
# ``tests/`` of the repository, so a file written by one is read by the next.

_FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)
_COMMENT = re.compile(r"\s+#\s.*$")


@attrs.frozen
class Example:
    """A command of a page and the output it must print (None: any, but exit status 0)."""

    page: str
    line: int
    command: str
    output: str | None


def _blocks(page: Path) -> Iterator[tuple[str, str, int]]:
    text = page.read_text(encoding="utf-8")
    for match in _FENCE.finditer(text):
        yield match.group(1), match.group(2), text.count("\n", 0, match.start(2)) + 1


def examples(page: Path) -> list[Example]:
    """The shell examples of a page, in order."""
    found: list[Example] = []
    for language, body, first in _blocks(page):
        lines = body.splitlines()
        if language == "sh":
            for number, line in enumerate(lines, start=first):
                parts = [part.strip() for part in _COMMENT.sub("", line).split(" && ")]
                found.extend(
                    Example(page.name, number, part, None)
                    for part in parts
                    if part.startswith("diplorel ")
                )
        elif language == "text" and any(line.startswith("$ ") for line in lines):
            started = False
            for number, line in enumerate(lines, start=first):
                if line.startswith("$ "):
                    started = True
                    found.append(Example(page.name, number, line[2:], ""))
                elif started:
                    last = found[-1]
                    found[-1] = attrs.evolve(last, output=f"{last.output}{line}\n")
    return found


def synopses(page: Path) -> list[tuple[str, str]]:
    """The synopses of a page: (command, text) for each ``diplorel CMD ...`` entry."""
    found: list[tuple[str, str]] = []
    for language, body, _ in _blocks(page):
        lines = body.splitlines()
        if language != "text" or not lines or not lines[0].startswith("diplorel "):
            continue
        for line in lines:
            if line.startswith("diplorel "):
                found.append((line.split()[1], line))
            else:
                found[-1] = (found[-1][0], f"{found[-1][1]} {line.strip()}")
    return found


def _sandbox(tmp_path: Path) -> dict[str, str]:
    for name in ("seeds", "tests"):
        (tmp_path / name).symlink_to(ROOT / name)
    bin_dir = tmp_path / ".bin"
    bin_dir.mkdir()
    shim = bin_dir / "diplorel"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m diplorel "$@"\n', encoding="utf-8")
    shim.chmod(0o755)
    return {
        **os.environ,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
        "PYTHONPATH": str(ROOT / "src"),
        "COLUMNS": "100",
        "LC_ALL": "C.UTF-8",
    }


def _trimmed(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.strip("\n").splitlines())


SHELL_PAGES = [page for page in PAGES if examples(page)]


def test_the_pages_have_shell_examples() -> None:
    names = {page.name for page in SHELL_PAGES}
    assert {"README.md", "index.md", "query.md", "accuracy.md"} <= names


@pytest.mark.parametrize("page", SHELL_PAGES, ids=[p.name for p in SHELL_PAGES])
def test_shell_examples_in_page(page: Path, tmp_path: Path) -> None:
    env = _sandbox(tmp_path)
    for example in examples(page):
        run = subprocess.run(
            ["bash", "-c", example.command],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            text=True,
            check=False,
            timeout=300,
        )
        where = f"{example.page}:{example.line}: {example.command}"
        if example.output is None:
            assert run.returncode == 0, f"{where}\n{run.stdout}"
        else:
            assert _trimmed(run.stdout) == _trimmed(example.output), where


SYNOPSIS_PAGES = [page for page in PAGES if synopses(page)]


@pytest.mark.parametrize("page", SYNOPSIS_PAGES, ids=[p.name for p in SYNOPSIS_PAGES])
def test_synopses_name_every_option(page: Path) -> None:
    (commands,) = [
        action
        for action in _build_parser()._actions
        if isinstance(action, argparse._SubParsersAction)
    ]
    seen = set()
    for name, text in synopses(page):
        parser = commands.choices[name]
        options = {
            option
            for action in parser._actions
            for option in action.option_strings
            if option.startswith("--") and option != "--help"
        }
        assert set(re.findall(r"--[a-z][a-z-]*", text)) == options, f"{page.name}: {name}"
        seen.add(name)
    if page.name == "index.md":
        assert seen == set(commands.choices)


def test_examples_are_read_from_sh_and_text_blocks(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "Intro.\n\n```sh\n# a comment\npip install . && diplorel extract seeds/  # why\n"
        "python -m pytest\n```\n\n```text\n$ diplorel partners AZE e.jsonl\nPartners\n  MAR  5\n\n"
        "$ diplorel query e.jsonl\n```\n\n```text\nplain text, not run\n```\n",
        encoding="utf-8",
    )
    assert examples(page) == [
        Example("page.md", 5, "diplorel extract seeds/", None),
        Example("page.md", 10, "diplorel partners AZE e.jsonl", "Partners\n  MAR  5\n\n"),
        Example("page.md", 14, "diplorel query e.jsonl", ""),
    ]


def test_the_sandbox_runs_this_checkout(tmp_path: Path) -> None:
    env = _sandbox(tmp_path)
    run = subprocess.run(
        ["bash", "-c", "diplorel partners AZE missing.jsonl"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert _trimmed(run.stderr) == "diplorel: error: missing.jsonl: no such file or directory"
