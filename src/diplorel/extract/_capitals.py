"""Each state's seat of government as the French press writes it: one table for every
rule that puts a place where a text names a state's capital without writing it (« dans la
capitale tchadienne »), a seat of power (« au Kremlin ») or nothing at all (a ministry's
statement is issued at home)."""

from __future__ import annotations

from functools import cache

from diplorel._tsv import read_table

__all__ = ["capital_of"]


@cache
def capital_of() -> dict[str, str]:
    """Each state's seat of government as a place is written: the form of
    ``capital_forms.tsv`` where ``parties.tsv`` lists several capitals (« Pékin », not
    « Beijing ») or the government sits elsewhere (« Abidjan »), else its one capital."""
    capitals: dict[str, str] = {}
    for row in read_table("lang", "fr", "parties.tsv"):
        if row["kind"] == "capital":
            capitals.setdefault(row["code"], row["form"])
    for row in read_table("lang", "fr", "capital_forms.tsv"):
        capitals[row["code"]] = row["form"]
    return capitals
