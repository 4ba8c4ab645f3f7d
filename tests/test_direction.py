"""Tests of diplorel.extract._direction: who acted on whom, from the sentence.

The examples are written for these tests; each checks one reading, where it
fires and where it must not.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import diplorel
from diplorel.extract._direction import _TextParties
from diplorel.extract._text import MAX_SENTENCE, prepare
from diplorel.extract.recognise._lexicon import lexicon
from diplorel.extract.recognise._mentions import find_parties
from diplorel.model import Event

PUBLISHED = "2025-03-06"


def _directions(text: str) -> list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]:
    doc = diplorel.extract(text, published=PUBLISHED)
    return [
        (
            event.kind.value,
            str(getattr(event, "format", None) or getattr(event, "declaration", "")),
            tuple(p.code for p in event.source),
            tuple(p.code for p in event.target),
        )
        for event in doc.events
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a host who receives is the source of a meeting
        (
            "Le président azerbaïdjanais Ilham Aliyev a reçu mardi à Bakou le ministre "
            "marocain des Affaires étrangères.",
            ("consultation", "meeting", ("AZE",), ("MAR",)),
        ),
        # passive: "reçu par" names the host after it
        (
            "Le ministre marocain des Affaires étrangères a été reçu mardi par le président "
            "sénégalais.",
            ("consultation", "meeting", ("SEN",), ("MAR",)),
        ),
        # a visit: visitor to host, the host from "en visite au"
        (
            "Le Premier ministre canadien a effectué lundi une visite officielle au Viêt Nam.",
            ("consultation", "visit", ("CAN",), ("VNM",)),
        ),
        # a visit: the host from the place
        (
            "Le ministre algérien des Affaires étrangères est arrivé hier à Bakou pour une "
            "visite de travail.",
            ("consultation", "visit", ("DZA",), ("AZE",)),
        ),
        # calls: the subject called
        (
            "Le ministre turc des Affaires étrangères a eu hier un entretien téléphonique avec "
            "son homologue azerbaïdjanais.",
            ("consultation", "phone_call", ("TUR",), ("AZE",)),
        ),
        (
            "Le président français s'est entretenu mardi au téléphone avec son homologue "
            "algérien.",
            ("consultation", "phone_call", ("FRA",), ("DZA",)),
        ),
        # a call received: the caller is named after "appel de"
        (
            "Le président algérien a reçu mardi un appel téléphonique du président français.",
            ("consultation", "phone_call", ("FRA",), ("DZA",)),
        ),
        # a statement of one party: its issuer
        (
            "Le ministère russe des Affaires étrangères a publié mardi une déclaration.",
            ("declaration", "statement", ("RUS",), ()),
        ),
    ],
)
def test_direction_where_the_text_gives_it(
    text: str, expected: tuple[str, str, tuple[str, ...], tuple[str, ...]]
) -> None:
    assert expected in _directions(text)


@pytest.mark.parametrize(
    "text",
    [
        # both sides alike
        "Les ministres marocain et sénégalais se sont entretenus mardi au téléphone.",
        "Le Maroc et le Sénégal ont signé hier à Dakar un accord de coopération.",
        "Le ministre marocain a rencontré mardi son homologue sénégalais à Genève.",
        # a call "entre X et Y" has no direction
        "L'entretien téléphonique entre les présidents algérien et français a eu lieu mardi.",
    ],
)
def test_no_direction_where_the_text_gives_none(text: str) -> None:
    for _kind, _form, source, target in _directions(text):
        assert (source, target) == ((), ())


def test_a_phrase_far_from_the_trigger_gives_no_direction() -> None:
    # The call between the presidents is one event; the later call received by the
    # minister is another: its "appel de" must not orient the first.
    text = (
        "Dans le prolongement de l'entretien téléphonique de lundi entre les présidents "
        "algérien et français, le ministre algérien a reçu ce jour un appel téléphonique de "
        "son homologue français."
    )
    monday = [
        event
        for event in diplorel.extract(text, published=PUBLISHED).events
        if str(event.date) == "2025-03-03"
    ]
    assert monday
    assert all((event.source, event.target) == ((), ()) for event in monday)


def _check(event: Event) -> None:
    sides = set(event.source) | set(event.target)
    assert sides <= set(event.parties)
    assert not set(event.source) & set(event.target)
    assert list(event.source) == sorted(event.source)
    assert list(event.target) == sorted(event.target)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Le président azerbaïdjanais a reçu",
                "le ministre marocain",
                "a été reçu par",
                "en visite officielle au Viêt Nam",
                "a eu un entretien téléphonique avec",
                "son homologue algérien",
                "la déclaration du ministère russe",
                "à Bakou",
                "et",
                ",",
                ".",
                "mardi",
            ]
        ),
        max_size=14,
    )
)
def test_any_sentence_gives_sides_among_the_parties(words: list[str]) -> None:
    doc = diplorel.extract(" ".join(words), published=PUBLISHED)
    for event in doc.events:
        _check(event)


_PARTY_PIECES = (
    *("le Maroc", "la France", "Maroc", "maroc", "Chine", "l'agence chinoise", "chinois"),
    *("la guerre en Ukraine", "la crise au Soudan", "contre les mesures turques"),
    *("franco-", "sino-", "franco-marocain", "Arabie saoudite", "Corée du Sud", "ONU", "UE"),
    *("la télévision ", "la question ", " a reçu ", "Rabat", "Paris", "Pékin", "de la"),
    *(" ", " ", ", ", ". ", ".", "Le ", "Selon ", "'", "-", "\n", "é", "_", "a", "x" * 30),
)


def _cut_between(before: str, after: str) -> str:
    """A sentence too long to keep, cut (at its last space in reach) between ``before``
    and ``after``."""
    head = "Le Maroc " + "mot " * ((MAX_SENTENCE - 5 - len(before) - 9) // 4)
    head += " " * (MAX_SENTENCE - 5 - len(before) - len(head))
    return f"{head}{before}{after} et la France ont parlé."


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("la guerre en ", "Ukraine"),  # a context cut: the war's country is no side
        ("avec ", "l'Arabie saoudite"),  # no phrase crosses the cut
        ("avec la république ", "centrafricaine"),  # a phrase crossing it, not kept
        ("avec la République ", "centrafricaine"),  # a phrase crossing it, kept
    ],
)
def test_the_whole_texts_parties_where_a_sentence_is_cut(before: str, after: str) -> None:
    lex = lexicon()
    prepared = prepare(_cut_between(before, after))
    assert len(prepared.sentences) == 2
    second = prepared.sentences[1]
    assert prepared.text[second.start :].startswith(after)
    found = _TextParties.of(prepared, lex).within(second.start, second.end)
    assert found is None or found == find_parties(prepared, lex, second.start, second.end)


def test_a_stretch_ending_before_a_prefixs_hyphen_is_searched_alone() -> None:
    # found by the property below: the whole text's scan sees « sino » as a prefix (its
    # hyphen follows), a search of « sino » alone does not; the stretch is searched alone
    lex = lexicon()
    prepared = prepare("Un forum sino-marocain")
    cut = prepared.text.index("-")
    found = _TextParties.of(prepared, lex).within(0, cut)
    assert found is None or found == find_parties(prepared, lex, 0, cut)


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_PARTY_PIECES), max_size=40), st.data())
def test_the_whole_texts_parties_are_those_of_the_stretch(
    pieces: list[str], data: st.DataObject
) -> None:
    """Where the whole text's party mentions are read for a sentence, they are what a
    search of that sentence alone finds: sentences, then any stretch."""
    lex = lexicon()
    prepared = prepare("".join(pieces))
    parties = _TextParties.of(prepared, lex)
    size = len(prepared.text)
    start = data.draw(st.integers(0, size))
    stretches = [(s.start, s.end) for s in prepared.sentences]
    stretches.append((start, data.draw(st.integers(start, size))))
    for begin, end in stretches:
        found = parties.within(begin, end)
        if found is not None:
            assert found == find_parties(prepared, lex, begin, end)
