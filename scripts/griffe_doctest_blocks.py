"""A griffe extension for the docs site: show docstring examples as code.

diplorel's docstrings carry doctest examples (``>>>`` lines and their
output) in their running text, where doctest runs them. Markdown would read
them as text (and ``[a][b]`` in an output as a link), so for the API
reference (``mkdocs.yml``: ``extensions: [scripts/griffe_doctest_blocks.py]``)
this extension wraps each example, up to the next blank line, in a fenced
``pycon`` block, and shows Sphinx roles (``:class:`~diplorel.Party```) as
code (`Party`). The docstrings themselves are left as they are.
"""

from __future__ import annotations

import re
from typing import Any, Final

import griffe

_ROLE: Final = re.compile(r":(?:class|func|meth|attr|data|mod|exc|obj):`(~?)([^`]+)`")


def _role(match: re.Match[str]) -> str:
    target = match.group(2)
    return f"`{target.rsplit('.', 1)[-1] if match.group(1) else target}`"


def show_roles(text: str) -> str:
    """Sphinx cross-reference roles as inline code (the last dotted part after ``~``).

    >>> show_roles("Raises :class:`~diplorel.errors.ParseError` (see :func:`diplorel.extract`).")
    'Raises `ParseError` (see `diplorel.extract`).'
    """
    return _ROLE.sub(_role, text)


def fence_examples(text: str) -> str:
    """``text`` with every run of doctest lines (prompt to blank line) fenced as ``pycon``.

    >>> fence_examples("Intro.\\n\\n>>> 1 + 1\\n2\\n\\nOutro.").split("\\n")
    ['Intro.', '', '```pycon', '>>> 1 + 1', '2', '```', '', 'Outro.']
    """
    out: list[str] = []
    fence: str | None = None
    for line in text.split("\n"):
        stripped = line.lstrip()
        if fence is None and stripped.startswith(">>>"):
            fence = line[: len(line) - len(stripped)]
            out.append(f"{fence}```pycon")
        elif fence is not None and not line.strip():
            out.append(f"{fence}```")
            fence = None
        out.append(line)
    if fence is not None:
        out.append(f"{fence}```")
    return "\n".join(out)


class DoctestBlocks(griffe.Extension):
    """Fence the doctest examples of every docstring griffe loads."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        """Rewrite the docstring of each loaded object."""
        docstring = obj.docstring
        if docstring is not None:
            docstring.value = show_roles(fence_examples(docstring.value))
