"""Compare two ``diplorel extract`` outputs, ignoring the rule trace.

    python scripts/compare_extractions.py BEFORE.jsonl AFTER.jsonl

Prints each document whose events differ (other than in their ``rules`` key)
and exits 1 when any does: a refactor of the extractor must print nothing.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def _documents(path: Path) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        for event in record.get("events", ()):
            event.pop("rules", None)
        out[record["id"]] = record
    return out


def main(argv: list[str]) -> int:
    """Compare and report; 0 when the outputs agree."""
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    before, after = (_documents(Path(arg)) for arg in argv)
    differing = sorted(
        doc for doc in before.keys() | after.keys() if before.get(doc) != after.get(doc)
    )
    for doc in differing:
        print(f"differs: {doc}")
    return 1 if differing else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
