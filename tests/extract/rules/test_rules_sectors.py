# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""Sector rules after assembly: each rule's own examples, run against it alone.

Each example gives the sectors of every event with every rule on and with only
this rule switched off: where the rule fires they differ as written, where it
must not fire they agree. The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from _examples import run

from diplorel.model import Document


def sectors(doc: Document) -> list[str]:
    """Kind, format and sorted sectors of each event."""
    out = []
    for event in doc.events:
        what = getattr(event, "format", None) or getattr(event, "status", None)
        names = ",".join(sorted(s.value for s in event.sectors))
        out.append(f"{event.kind.value} {what.value if what else ''} {names}".replace("  ", " "))
    return out


FIRES = [
    pytest.param(
        "sectors.visit-frame",
        "Le Premier ministre sénégalais est arrivé lundi à Rabat pour une visite officielle de deux jours. Il a souligné l'importance des échanges commerciaux et de la coopération énergétique entre les deux pays.",
        ["consultation visit politics"],
        ["consultation visit energy,politics,trade"],
        id="visit-frame-talk-after",
    ),
    pytest.param(
        "sectors.visit-frame",
        "La présidente slovène a entamé mardi une visite d'État en Mongolie. Les deux pays ont signé un mémorandum sur le tourisme.",
        ["consultation visit politics", "agreement signed tourism"],
        ["consultation visit politics,tourism", "agreement signed tourism"],
        id="visit-frame-agreement-during",
    ),
]

SILENT = [
    pytest.param(
        "sectors.visit-frame",
        "Le ministre marocain s'est entretenu lundi à Rabat avec son homologue sénégalais. Les deux ministres ont évoqué les échanges commerciaux et la coopération énergétique.",
        ["consultation meeting energy,politics,trade"],
        id="visit-frame-not-a-visit",
    ),
    pytest.param(
        "sectors.visit-frame",
        "Le Premier ministre sénégalais a effectué lundi une visite officielle à Rabat consacrée à la coopération dans le domaine de la pêche.",
        ["consultation visit agriculture,politics"],
        id="visit-frame-own-purpose",
    ),
]


@pytest.mark.parametrize(("rule", "text", "with_rule", "without_rule"), FIRES)
def test_rule_fires(rule: str, text: str, with_rule: list[str], without_rule: list[str]) -> None:
    assert sectors(run(text)) == with_rule
    assert rule in {name for event in run(text).events for name in event.rules}
    assert sectors(run(text, rule)) == without_rule


@pytest.mark.parametrize(("rule", "text", "events"), SILENT)
def test_rule_does_not_fire(rule: str, text: str, events: list[str]) -> None:
    assert sectors(run(text)) == events
    assert sectors(run(text, rule)) == events
