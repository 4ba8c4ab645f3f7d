"""Instructions one extraction pass costs, counted by valgrind: a figure the load does not move.

Timings on a shared machine vary by a quarter from run to run; the number of
instructions a pass executes does not. Run under callgrind with
instrumentation off at the start; the script switches it on (with
``callgrind_control``) only around one pass of ``extract`` over the seed
articles and the annotated dev articles (when ``../shared/corpus`` sits
beside the project), after a warm-up pass:

    PYTHONHASHSEED=0 PYTHONPATH=src valgrind --tool=callgrind --instr-atstart=no \\
        --callgrind-out-file=/dev/null python benchmarks/instructions_extract.py

and read ``Collected : N`` at the end of valgrind's report (about 630 M for
the 64 articles, 98,000 characters, in December 2026). Compare two versions
of the code with the same command; ``callgrind_annotate`` on a kept output
file shows the C functions that cost most (the regular-expression engine,
the interpreter). Needs ``valgrind`` (Debian package of that name).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
from pathlib import Path

from diplorel import extract

ROOT = Path(__file__).resolve().parents[1]


def _texts() -> list[str]:
    folders = [ROOT / "seeds", ROOT.parent / "shared" / "corpus" / "dev"]
    return [
        path.read_text(encoding="utf-8")
        for folder in folders
        if folder.is_dir()
        for path in sorted(folder.glob("*.txt"))
    ]


def _instrument(state: str) -> None:
    """Switch callgrind's instrumentation of this process on or off."""
    subprocess.run(
        [shutil.which("callgrind_control") or "callgrind_control", "-i", state, str(os.getpid())],
        capture_output=True,
        check=False,
    )


def main() -> None:
    """Warm up, then extract every article once with instrumentation on."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=1, help="passes counted")
    args = parser.parse_args()
    texts = _texts()
    for text in texts:  # compile the language pack and the patterns, outside the count
        extract(text)
    _instrument("on")
    for _ in range(args.passes):
        for text in texts:
            extract(text)
    _instrument("off")
    print(f"{len(texts)} articles, {sum(map(len, texts)):,} characters, {args.passes} pass(es)")


if __name__ == "__main__":
    main()
