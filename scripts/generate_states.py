"""Generate ``src/diplorel/data/states.tsv`` from pycountry and babel (CLDR).

Development-time script, not part of the installed package. It writes one row
per ISO 3166-1 entry known to pycountry (249 entries) plus Kosovo (user-assigned
XK/XKX, as the EU, the IMF and CLDR write it), sorted by alpha-3 code,
with the French short name taken verbatim from the CLDR data shipped by babel
(``babel.Locale("fr").territories``). It also copies the Unicode License v3
shipped with babel's CLDR data to ``src/diplorel/data/LICENSE-UNICODE.txt``.

The output is deterministic: the only line that depends on the clock is the
``# Generated:`` date, and it is kept unchanged when a regeneration yields the
same content, so rerunning the script on the same babel and pycountry versions
leaves the file byte-for-byte identical. The date can be pinned with ``--date``
or the ``SOURCE_DATE_EPOCH`` environment variable.

Usage (from the repository root)::

    .venv/bin/python scripts/generate_states.py          # (re)write the files
    .venv/bin/python scripts/generate_states.py --check  # exit 1 if out of date
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.metadata
import os
import sys
import unicodedata
from collections.abc import Mapping, Sequence
from pathlib import Path

import babel
import pycountry
from babel.core import get_cldr_version

REPO_ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = REPO_ROOT / "src" / "diplorel" / "data"
STATES_PATH = DATA_DIR / "states.tsv"
LICENSE_PATH = DATA_DIR / "LICENSE-UNICODE.txt"
COLUMNS = ("alpha2", "alpha3", "numeric", "name_fr")
EXPECTED_COUNT = 249
# States without an ISO 3166-1 entry, by the user-assigned codes the EU, the IMF and
# CLDR use: (alpha2, alpha3); they have no numeric code ("-").
USER_ASSIGNED = (("XK", "XKX"),)
DATE_PREFIX = "# Generated: "


def build_rows() -> list[tuple[str, str, str, str]]:
    """Return the ``(alpha2, alpha3, numeric, name_fr)`` rows sorted by alpha-3."""
    territories: Mapping[str, str] = babel.Locale("fr").territories
    rows: list[tuple[str, str, str, str]] = []
    for country in pycountry.countries:
        alpha2 = str(country.alpha_2)
        alpha3 = str(country.alpha_3)
        numeric = str(country.numeric)
        name_fr = territories.get(alpha2)
        if name_fr is None:
            raise SystemExit(f"no CLDR French name for {alpha2}")
        name_fr = unicodedata.normalize("NFC", name_fr.strip())
        for cell in (alpha2, alpha3, numeric, name_fr):
            if not cell or "\t" in cell or "\n" in cell:
                raise SystemExit(f"unusable cell {cell!r} for {alpha3}")
        rows.append((alpha2, alpha3, numeric, name_fr))
    if len(rows) != EXPECTED_COUNT or len({row[1] for row in rows}) != EXPECTED_COUNT:
        raise SystemExit(f"expected {EXPECTED_COUNT} unique entries, got {len(rows)}")
    for alpha2, alpha3 in USER_ASSIGNED:
        name_fr = territories.get(alpha2)
        if name_fr is None:
            raise SystemExit(f"no CLDR French name for {alpha2}")
        rows.append((alpha2, alpha3, "-", unicodedata.normalize("NFC", name_fr.strip())))
    rows.sort(key=lambda row: row[1])
    return rows


def header_lines(date: str) -> list[str]:
    """Return the provenance comment lines, the generation date included."""
    babel_version = importlib.metadata.version("babel")
    pycountry_version = importlib.metadata.version("pycountry")
    return [
        "# ISO 3166-1 country codes with their French (CLDR) short names.",
        f"# Codes: ISO 3166-1 as packaged by pycountry {pycountry_version}"
        " (Debian iso-codes data).",
        f"# French names: Unicode CLDR {get_cldr_version()} as packaged by babel"
        f" {babel_version} (Locale('fr').territories), taken verbatim.",
        "# Also the user-assigned codes of states ISO 3166-1 does not list (Kosovo: XK/XKX,"
        " numeric '-'), named by CLDR.",
        "# CLDR data: Copyright © Unicode, Inc., distributed under the Unicode"
        " License v3 (SPDX: Unicode-3.0);",
        "# see LICENSE-UNICODE.txt in this directory for the full notice.",
        f"{DATE_PREFIX}{date}",
        "# Regenerate: .venv/bin/python scripts/generate_states.py (do not edit by hand).",
    ]


def render(rows: Sequence[tuple[str, str, str, str]], date: str) -> str:
    """Render the whole TSV file as text."""
    lines = header_lines(date)
    lines.append("\t".join(COLUMNS))
    lines.extend("\t".join(row) for row in rows)
    return "\n".join(lines) + "\n"


def strip_date(text: str) -> str:
    """Return ``text`` without its generation-date line, for comparisons."""
    return "\n".join(line for line in text.split("\n") if not line.startswith(DATE_PREFIX))


def existing_date(text: str) -> str | None:
    """Return the generation date recorded in ``text``, if any."""
    for line in text.split("\n"):
        if line.startswith(DATE_PREFIX):
            return line.removeprefix(DATE_PREFIX).strip()
    return None


def default_date() -> str:
    """Return ``SOURCE_DATE_EPOCH`` as an ISO date when set, else today's UTC date."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = (
        dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC) if epoch else dt.datetime.now(tz=dt.UTC)
    )
    return moment.date().isoformat()


def license_text() -> str:
    """Return the Unicode License v3 text shipped with babel's CLDR data."""
    path = Path(babel.__file__).resolve().parent / "locale-data" / "LICENSE.unicode"
    text = path.read_text(encoding="utf-8")
    if "UNICODE LICENSE V3" not in text:
        raise SystemExit(f"{path} is not the Unicode License v3")
    return text.rstrip("\n") + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Write (or with ``--check`` verify) states.tsv and LICENSE-UNICODE.txt."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--date", help="generation date to record (YYYY-MM-DD)")
    parser.add_argument(
        "--check", action="store_true", help="do not write; exit 1 if a file is out of date"
    )
    args = parser.parse_args(argv)

    rows = build_rows()
    old = STATES_PATH.read_text(encoding="utf-8") if STATES_PATH.exists() else None
    date: str | None = args.date
    if date is None:
        unchanged = old is not None and strip_date(old) == strip_date(render(rows, ""))
        kept = existing_date(old) if unchanged and old is not None else None
        date = kept or default_date()
    else:
        dt.date.fromisoformat(date)
    new_states = render(rows, date)
    new_license = license_text()
    old_license = LICENSE_PATH.read_text(encoding="utf-8") if LICENSE_PATH.exists() else None

    if args.check:
        stale = [
            str(path.relative_to(REPO_ROOT))
            for path, before, after in (
                (STATES_PATH, old, new_states),
                (LICENSE_PATH, old_license, new_license),
            )
            if before is None or strip_date(before) != strip_date(after)
        ]
        for name in stale:
            print(f"out of date: {name}", file=sys.stderr)
        return 1 if stale else 0

    DATA_DIR.mkdir(parents=True, exist_ok=True)
    if old != new_states:
        STATES_PATH.write_text(new_states, encoding="utf-8", newline="\n")
    if old_license != new_license:
        LICENSE_PATH.write_text(new_license, encoding="utf-8", newline="\n")
    print(f"{STATES_PATH.relative_to(REPO_ROOT)}: {len(rows)} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
