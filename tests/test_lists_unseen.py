"""Instruments given one by one after a colon: "l'un sur A, un autre sur B, …".

Examples written for diplorel; none comes from the annotated corpus.
"""

from __future__ import annotations

from diplorel import Sector, extract
from diplorel.extract.recognise._lists import counted_items


def test_each_instrument_of_a_list_given_one_by_one_is_an_event() -> None:
    events = extract(
        "Le Sénégal et la Gambie ont signé mardi à Banjul quatre mémorandums d'entente : "
        "l'un sur la pêche, un autre sur le transport, un troisième sur la santé et le "
        "dernier sur l'éducation.",
        published="2024-05-08",
    ).events
    assert [sorted(s.value for s in e.sectors) for e in events] == [
        ["agriculture"],
        ["transport"],
        ["health"],
        ["education"],
    ]


def test_a_pair_given_one_by_one() -> None:
    events = extract(
        "Le Sénégal et la Gambie ont signé mardi deux accords : l'un sur la pêche et "
        "l'autre sur le transport.",
        published="2024-05-08",
    ).events
    assert [e.sectors for e in events] == [
        frozenset({Sector.AGRICULTURE}),
        frozenset({Sector.TRANSPORT}),
    ]


def test_a_count_that_does_not_match_the_items_stays_one_group() -> None:
    key = "trois memorandums : l'un sur la peche et l'autre sur le transport."
    start = key.index(" :")
    assert counted_items(key, start, len(key), 3) == []
    assert len(counted_items(key, start, len(key), 2)) == 2
