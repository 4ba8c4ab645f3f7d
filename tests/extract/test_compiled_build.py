"""The optional compiled build (mypyc, docs/compiled.md): what its modules may not use.

mypyc compiles the modules of ``diplorel.extract`` that ``pyproject.toml`` lists
for the ``mypyc`` build hook. It knows ``attr.ib`` but not ``attrs.field``: the
typed result of ``attrs.field(factory=list)`` (a ``list`` for mypy, a field
marker at run time) would be checked and refused when the class is made. These
tests read the sources, so they guard the compiled build from the pure one.
"""

from __future__ import annotations

import re
import tomllib
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _hook() -> dict[str, Any]:
    with (ROOT / "pyproject.toml").open("rb") as file:
        config = tomllib.load(file)
    hook: dict[str, Any] = config["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["mypyc"]
    return hook


def _matches(relative: str, pattern: str) -> bool:
    """The two forms of gitignore pattern the hook's lists use: a path (the file or
    everything under it) or a bare file name (anywhere)."""
    if "/" in pattern:
        return relative == pattern or relative.startswith(pattern.rstrip("/") + "/")
    return fnmatch(relative.rsplit("/", 1)[-1], pattern)


def _compiled() -> list[Path]:
    hook = _hook()
    found = []
    for path in sorted((ROOT / "src").rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if any(_matches(relative, p) for p in hook["include"]) and not any(
            _matches(relative, p) for p in hook["exclude"]
        ):
            found.append(path)
    return found


def test_the_compiled_build_is_off_by_default_and_covers_the_extractor() -> None:
    hook = _hook()
    assert hook["enable-by-default"] is False
    names = {path.relative_to(ROOT / "src").as_posix() for path in _compiled()}
    assert "diplorel/extract/_assemble.py" in names
    assert "diplorel/extract/recognise/_mentions.py" in names
    assert not any(name.endswith("__init__.py") for name in names)


@pytest.mark.parametrize("path", _compiled(), ids=lambda path: path.name)
def test_compiled_modules_declare_attrs_fields_with_attr_ib(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert re.search(r"\battrs\.field\(", text) is None, (
        f"{path.name}: use attr.ib(...) for fields of attrs classes (mypyc knows only attr.ib)"
    )
