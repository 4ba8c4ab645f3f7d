"""The sentence View: reads before, after and between positions stay in the sentence."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from diplorel.extract._reading import View, _deal, read_sentences, readings_by_index
from diplorel.extract._text import Sentence, prepare
from diplorel.extract.recognise._lexicon import lexicon

KEY = "premiere phrase. le ministre a eu une reunion elargie hier. fin"
START = KEY.index("le ministre")
END = KEY.index(" fin")


def test_reads_are_bounded_by_the_sentence() -> None:
    view = View(KEY, START, END)
    at = KEY.index("reunion")
    assert view.before(at, 1000) == (START, at)
    assert view.after(at, 1000) == (at, END)
    assert KEY[slice(*view.before(at, 7))] == "a eu une "[-7:]
    assert view.between(at, START) == "le ministre a eu une "


def test_search_before_and_match_after() -> None:
    view = View(KEY, START, END)
    at = KEY.index("reunion")
    found = view.search_before(re.compile(r"a eu"), at, 20)
    assert found is not None
    assert found.group() == "a eu"
    assert view.search_before(re.compile(r"premiere"), at, 1000) is None  # not in the sentence
    after = view.match_after(re.compile(r"reunion (\w+)"), at, 30)
    assert after is not None
    assert after.group(1) == "elargie"
    assert view.around(at, at + 7, 5, 8) == (at - 5, at + 15)


def test_readings_by_index_skip_the_sentences_of_repeated_paragraphs() -> None:
    # the repeated paragraph (a headline said again) has no reading: positions shift
    text = (
        "Le Mali et le Niger signent un accord.\n\n"
        "Le Mali et le Niger signent un accord.\n\n"
        "Les ministres malien et nigérien ont signé lundi un accord sur la sécurité."
    )
    prepared = prepare(text)
    readings = read_sentences(prepared, lexicon(), None)
    by_index = readings_by_index(readings)
    assert len(readings) < len(prepared.sentences)
    assert sorted(by_index) == [reading.index for reading in readings]
    last = len(prepared.sentences) - 1
    assert by_index[last].sentence == prepared.sentences[last]


@st.composite
def _sentences_and_items(
    draw: st.DrawFn,
) -> tuple[list[Sentence], list[tuple[int, int]]]:
    """Sentences in order, with gaps, and items sorted by start, some in gaps, some running
    over a sentence's end, some after the last sentence."""
    sentences = []
    at = 0
    for _ in range(draw(st.integers(0, 6))):
        start = at + draw(st.integers(0, 3))
        at = start + draw(st.integers(1, 8))
        sentences.append(Sentence(start, at, 0))
    starts = draw(st.lists(st.integers(0, at + 5), max_size=12))
    items = sorted((start, start + draw(st.integers(0, 6))) for start in starts)
    return sentences, items


@given(_sentences_and_items())
def test_each_item_is_dealt_to_the_sentence_that_holds_it(
    drawn: tuple[list[Sentence], list[tuple[int, int]]],
) -> None:
    sentences, items = drawn
    expected: dict[int, list[tuple[int, int]]] = {}
    for item in items:
        for index, sentence in enumerate(sentences):
            if sentence.start <= item[0] < sentence.end:
                if item[1] <= sentence.end:
                    expected.setdefault(index, []).append(item)
                break
    dealt = _deal(items, items, sentences)
    assert dealt == {index: tuple(held) for index, held in expected.items()}
    assert list(dealt) == sorted(dealt)
