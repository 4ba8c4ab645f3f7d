"""Instructions one function of the extractor costs in a pass, counted by valgrind.

The pass of ``instructions_extract.py`` is counted twice under callgrind: once as
it is, once with the named function called twice at each of its calls (its result
the second call's). The difference is what the function costs in the pass, its
callees included, with no stage switched off and no change of output. Only a
function whose result depends on its arguments alone gives a true figure (a
function that changes its arguments, such as a pass that fills drafts, or that
keeps a cache between its calls, does not)::

    python benchmarks/instructions_of.py diplorel.extract._reading:find_persons
    python benchmarks/instructions_of.py diplorel.extract._knowledge:Knowledge.of

A name ``module:function`` is replaced in every module of ``diplorel`` that
imported it by that name; ``module:Class.method`` replaces a method (a class
method stays one). Needs ``valgrind``.
"""

from __future__ import annotations

import argparse
import functools
import os
import re
import runpy
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import diplorel  # noqa: F401  (the extractor's modules, whose functions are replaced)

ROOT = Path(__file__).resolve().parents[1]
_COUNTER = ROOT / "benchmarks" / "instructions_extract.py"
_COLLECTED = re.compile(r"Collected : (\d+)")


def _twice(function: Callable[..., Any]) -> Callable[..., Any]:
    """``function`` called twice at each call; the second call's result is returned."""

    @functools.wraps(function)
    def run(*args: Any, **kwargs: Any) -> Any:
        function(*args, **kwargs)
        return function(*args, **kwargs)

    return run


def _double(name: str) -> None:
    """Make the function or method ``name`` (``module:attr`` or ``module:Class.method``)
    run twice at each call, wherever ``diplorel`` modules hold it."""
    module_name, attribute = name.split(":", 1)
    module = sys.modules[module_name]
    if "." in attribute:
        class_name, method = attribute.split(".", 1)
        owner = getattr(module, class_name)
        raw = owner.__dict__[method]
        if isinstance(raw, classmethod):
            setattr(owner, method, classmethod(_twice(raw.__func__)))
        else:
            setattr(owner, method, _twice(raw))
        return
    original = getattr(module, attribute)
    doubled = _twice(original)
    for held in list(sys.modules.values()):
        if (
            getattr(held, "__name__", "").startswith("diplorel")
            and getattr(held, attribute, None) is original
        ):
            setattr(held, attribute, doubled)


def _count(extra: list[str]) -> int:
    """Run the counting pass under callgrind (with ``extra`` arguments to this script)
    and return the instructions it collected."""
    command = [
        "valgrind",
        "--tool=callgrind",
        "--instr-atstart=no",
        "--callgrind-out-file=/dev/null",
        sys.executable,
        __file__,
        *extra,
    ]
    env = dict(os.environ, PYTHONHASHSEED="0")
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    found = _COLLECTED.findall(done.stderr)
    if not found:
        raise SystemExit(f"no instruction count in valgrind's report:\n{done.stderr[-2000:]}")
    return int(found[-1])


def main() -> None:
    """Count the pass as it is and with the function doubled; print both and the cost."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("name", help="module:function or module:Class.method")
    parser.add_argument("--inside", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--doubled", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inside:  # run under valgrind by _count
        if args.doubled:
            _double(args.name)
        sys.argv = [str(_COUNTER)]
        runpy.run_path(str(_COUNTER), run_name="__main__")
        return
    base = _count([args.name, "--inside"])
    doubled = _count([args.name, "--inside", "--doubled"])
    cost = doubled - base
    print(f"pass             {base / 1e6:10.1f} M instructions")
    print(f"with it doubled  {doubled / 1e6:10.1f} M")
    print(f"{args.name}: {cost / 1e6:.1f} M ({100 * cost / base:.1f} % of the pass)")


if __name__ == "__main__":
    main()
