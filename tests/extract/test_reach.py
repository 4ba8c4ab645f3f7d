"""Reading a pattern's shape, and the sentence-by-sentence scan it allows."""

from __future__ import annotations

import re
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from diplorel.extract._reach import SentenceScan, lookahead_reach, never_consumed
from diplorel.extract.recognise._ordinals import OrdinalMention, find_ordinals, ordinal_scan


def test_never_consumed_reads_the_consuming_parts_only() -> None:
    pattern = re.compile(r"(?<!\()[a-c]+(?:-d|\s)(?=\.)[^,;]")
    assert never_consumed(pattern, ".,;(-x ") == frozenset({",", ";"})
    assert never_consumed(re.compile(r"a.b"), ".,") == frozenset()
    assert never_consumed(re.compile(r"\W"), ".,a") == frozenset({"a"})
    assert never_consumed(re.compile(r"(?i:a)|b", re.I), "AB.") == frozenset({"."})
    assert never_consumed(re.compile(r"s", re.I), "ſ.") == frozenset({"."})  # long s: cased
    assert never_consumed(re.compile(r"\W", re.ASCII), "é.") == frozenset()  # not read


def test_lookahead_reach() -> None:
    assert lookahead_reach(re.compile(r"a+")) == 0
    assert lookahead_reach(re.compile(r"a+(?!\w)")) == 1
    assert lookahead_reach(re.compile(r"a(?=b{2,4}c)|d(?!e)")) == 5
    assert lookahead_reach(re.compile(r"(?<=abc)a")) == 0
    assert lookahead_reach(re.compile(r"a(?=b*)")) > 10**9  # unbounded


_PIECES = (
    *("2e", "IIe", "XXIe", "1er", "1re", "premier", "ministre", "vingt", "et", "unième"),
    *("deuxième", "dixième", "Le", "session", "21", "e", "x", "é"),
    *(" ", " ", " ", "\n", ".", ",", "-", "(", ")", ";", "'"),
)


def _dealt(text: str, start: int, end: int) -> tuple[OrdinalMention, ...]:
    return tuple(m for m in find_ordinals(text) if start <= m.start and m.end <= end)


@settings(max_examples=400)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=24).map("".join),
    st.lists(st.integers(0, 120), min_size=2, max_size=6),
)
def test_sentence_scan_gives_the_whole_text_ordinals(text: str, cuts: list[int]) -> None:
    scan = ordinal_scan(text)
    bounds = sorted(cuts)
    for start, end in pairwise(bounds):
        assert scan.of(start, end) == _dealt(text, start, end)
    assert scan.of(0, len(text)) == find_ordinals(text)


def test_sentence_scan_examples() -> None:
    text = "La 2e session. Puis la vingt et\nunième, enfin la IIIe (la 4e)."
    scan = ordinal_scan(text)
    first, second = text.index("Puis"), text.index("enfin")
    assert [m.text for m in scan.of(0, first)] == ["2e"]
    assert [m.text for m in scan.of(first, second)] == ["vingt et\nunième"]
    assert [m.text for m in scan.of(second, len(text))] == ["IIIe", "4e"]
    assert scan.of(first + 10, second) == ()  # the ordinal runs over the start: not in it


def test_a_scan_without_breaks_reads_from_the_start() -> None:
    def words(text: str, start: int, end: int) -> list[tuple[int, int]]:
        return [m.span() for m in re.finditer(r"\w+", text[:end]) if m.start() >= start]

    scan = SentenceScan("ab cd ef", words, lambda span: span, breaks=frozenset(), reach=0)
    assert scan.of(3, 8) == ((3, 5), (6, 8))
