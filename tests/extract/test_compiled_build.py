"""The optional compiled build (mypyc, docs/compiled.md): what its modules may not use.

mypyc compiles the modules of ``diplorel.extract`` that ``pyproject.toml`` lists
for the ``mypyc`` build hook. It knows ``attr.ib`` but not ``attrs.field``: the
typed result of ``attrs.field(factory=list)`` (a ``list`` for mypy, a field
marker at run time) would be checked and refused when the class is made. These
tests read the sources, so they guard the compiled build from the pure one.
"""

from __future__ import annotations

import ast
import re
import tomllib
from collections.abc import Callable
from fnmatch import fnmatch
from pathlib import Path
from typing import Any, Final

import attrs
import pytest

from diplorel.extract._draft import Draft
from diplorel.extract._text import Sentence
from diplorel.extract.recognise._mentions import Mention, PersonMention

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


def _rebinds_an_operand(node: ast.Compare) -> bool:
    """Whether a comparison assigns (``:=``) a name it also reads as another operand."""
    operands = [node.left, *node.comparators]
    bound = {o.target.id for o in operands if isinstance(o, ast.NamedExpr)}
    return any(isinstance(o, ast.Name) and o.id in bound for o in operands)


@pytest.mark.parametrize("path", _compiled(), ids=lambda path: path.name)
def test_compiled_modules_compare_no_name_with_its_own_rebinding(path: Path) -> None:
    """``old != (old := new())`` compares the old value with the new one in CPython, but
    compiled by mypyc both operands read the new value (the comparison was always
    false, and a rule's trace was lost in the compiled build only): write the new
    value to a name of its own first."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = [
        n.lineno for n in ast.walk(tree) if isinstance(n, ast.Compare) and _rebinds_an_operand(n)
    ]
    assert not found, f"{path.name}, lines {found}: a name compared with its own rebinding"


_NATIVE: Final = re.compile(r"^@attr\.s\((?P<args>[^)]*)\)", re.MULTILINE)


@pytest.mark.parametrize("path", _compiled(), ids=lambda path: path.name)
def test_native_records_keep_the_methods_attrs_writes(path: Path) -> None:
    """An ``attr.s(auto_attribs=True)`` class is a native class for mypyc, which then keeps
    attrs' ``__init__`` only from a class attrs makes anew: with ``slots=True`` the compiled
    class would lose ``__eq__``, ``__hash__`` and ``__repr__``; ``frozen=True`` without
    slots writes to an instance ``__dict__`` a native class does not have."""
    for found in _NATIVE.finditer(path.read_text(encoding="utf-8")):
        args = found["args"]
        if "auto_attribs=True" not in args:
            continue
        assert "slots=False" in args, f"{path.name}: {found[0]} needs slots=False"
        assert "frozen=True" not in args, f"{path.name}: {found[0]} cannot be frozen"


@pytest.mark.parametrize(
    ("make", "other"),
    [
        (lambda: Mention(3, 9, "party", "FRA"), lambda: Mention(3, 9, "party", "DEU")),
        (
            lambda: PersonMention(0, 12, "Jean Dupont", "ministre", "FRA"),
            lambda: PersonMention(0, 12, "Jean Dupont", None, "FRA"),
        ),
        (lambda: Sentence(0, 40, 0), lambda: Sentence(0, 41, 0)),
    ],
    ids=["Mention", "PersonMention", "Sentence"],
)
def test_native_records_are_values(make: Callable[[], Any], other: Callable[[], Any]) -> None:
    """Equal when their fields are, hashed alike, shown with their fields, evolved:
    in the pure build and in the compiled one (run by ``scripts/test_compiled.sh``)."""
    one, two = make(), make()
    assert one == two
    assert hash(one) == hash(two)
    assert one != other()
    assert len({one, two, other()}) == 2
    assert repr(one).startswith(type(one).__name__ + "(")
    assert attrs.evolve(one) == one
    assert [attribute.name for attribute in attrs.fields(type(one))][:2] == ["start", "end"]


def test_drafts_compare_by_value() -> None:
    """``Draft`` (mutable) keeps attrs' equality and stays unhashable, compiled or not."""
    one = Draft("consultation", 0, (0, 5), {"FRA"}, "visit")
    two = Draft("consultation", 0, (0, 5), {"FRA"}, "visit")
    assert one == two
    assert two in [one]
    two.trace("consultation.visit")
    assert one != two
    with pytest.raises(TypeError):
        hash(one)
