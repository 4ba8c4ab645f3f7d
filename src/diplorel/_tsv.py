"""Reading the package's data tables (UTF-8 TSV with a provenance header)."""

from __future__ import annotations

from importlib import resources

__all__ = ["read_table"]


def read_table(*path: str) -> tuple[dict[str, str], ...]:
    """Rows of a TSV table shipped in the package, as dicts keyed by the header.

    Lines that start with ``#`` are provenance comments; the first other line
    is the header. ``path`` is relative to the package, e.g.
    ``read_table("data", "states.tsv")``.
    """
    node = resources.files("diplorel")
    for part in path:
        node = node.joinpath(part)
    lines = node.read_text(encoding="utf-8").splitlines()
    body = [line for line in lines if line.strip() and not line.startswith("#")]
    if not body:
        return ()
    header = body[0].split("\t")
    rows = []
    for number, line in enumerate(body[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(header):
            name = "/".join(path)
            raise ValueError(
                f"{name}: data row {number} has {len(cells)} cells, not {len(header)}"
            )
        rows.append(dict(zip(header, cells, strict=True)))
    return tuple(rows)
