"""The sentence View: reads before, after and between positions stay in the sentence."""

from __future__ import annotations

import re

from diplorel.extract._reading import View, read_sentences, readings_by_index
from diplorel.extract._text import prepare
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
