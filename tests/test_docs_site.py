"""The docs site: mkdocs.yml's navigation, an offline build, and examples that run.

The build itself (``mkdocs build --strict``) runs in ``.ci/run``; these tests
check what a build does not: that every page is reachable and every Python
example is a doctest that ``tests/test_docs.py`` runs.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
CONFIG = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
PAGES = sorted((ROOT / "docs").glob("*.md"))
NOT_RUN = "<!-- not run:"


def _nav_pages() -> list[str]:
    nav = CONFIG[CONFIG.index("\nnav:") :]
    return re.findall(r"^\s+- (?:[^:\n]+: )?([\w./-]+\.md)\s*$", nav, flags=re.MULTILINE)


def test_every_page_is_in_the_navigation_once() -> None:
    listed = _nav_pages()
    assert len(listed) == len(set(listed))
    assert sorted(listed) == sorted(page.name for page in PAGES)
    assert {"tutorial.md", "api.md", "codes.md"} <= set(listed)


def test_the_build_needs_no_network() -> None:
    assert re.search(r"^\s+font: false$", CONFIG, flags=re.MULTILINE)
    plugins = CONFIG[CONFIG.index("\nplugins:") : CONFIG.index("\nmarkdown_extensions:")]
    names = re.findall(r"^  - ([\w-]+)", plugins, flags=re.MULTILINE)
    assert names == ["search", "mkdocstrings"]
    assert re.search(r"^strict: true$", CONFIG, flags=re.MULTILINE)


def test_the_api_page_documents_the_public_modules() -> None:
    api = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    documented = re.findall(r"^::: ([\w.]+)$", api, flags=re.MULTILINE)
    assert documented[0] == "diplorel"
    for name in ("diplorel.model", "diplorel.query", "diplorel.io", "diplorel.codes"):
        assert name in documented
    for name in documented:
        assert importlib.util.find_spec(name) is not None, name


@pytest.mark.parametrize("page", [ROOT / "README.md", *PAGES], ids=lambda p: p.name)
def test_every_python_example_is_a_doctest(page: Path) -> None:
    """A ```python block without a >>> prompt would be shown but never run."""
    text = page.read_text(encoding="utf-8")
    for block in re.finditer(r"^```(?:python|py|pycon)\n(.*?)^```", text, re.S | re.M):
        before = text[: block.start()].rstrip().rsplit("\n", 1)[-1]
        if before.startswith(NOT_RUN):
            continue
        assert block.group(1).lstrip().startswith(">>>"), (page.name, block.group(1)[:80])


def _extension() -> ModuleType:
    path = ROOT / "scripts" / "griffe_doctest_blocks.py"
    spec = importlib.util.spec_from_file_location("griffe_doctest_blocks", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_docstring_examples_are_fenced_for_the_api_page() -> None:
    pytest.importorskip("griffe")
    fence = _extension().fence_examples
    text = "Parse it.\n\n    >>> parse('x')\n    [a][b]\n\nThen more.\n>>> 1"
    assert fence(text).split("\n") == [
        "Parse it.",
        "",
        "    ```pycon",
        "    >>> parse('x')",
        "    [a][b]",
        "    ```",
        "",
        "Then more.",
        "```pycon",
        ">>> 1",
        "```",
    ]
    assert fence("No example here.") == "No example here."


def test_sphinx_roles_are_shown_as_code() -> None:
    pytest.importorskip("griffe")
    show = _extension().show_roles
    assert show(":func:`~diplorel.codes.cameo` and :class:`Party`") == "`cameo` and `Party`"
