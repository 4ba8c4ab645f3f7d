"""The date scanner's fast search (the gate tried only near a date's number or word)
finds what the plain scanner finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from diplorel.extract._words import forms
from diplorel.extract.recognise._dates import _LEAD_WORDS, _grammar, find_dates, lower
from diplorel.model import PartialDate

_PIECES = (
    *("le", "du", "au", "de", "en", "à", "mi", "fin", "l'an", "jusqu'au", "d'ici"),
    *("3", "1er", "12", "2024", "1999", "05/06/2023", "5e", "150", "1,5"),
    *("mai", "juin", "sept.", "sept", "août", "lundi", "hier", "demain", "semaine", "mois"),
    *("dernier", "prochain", "cette", "année", "ans", "plus", "x", "é", "_"),
    *(" ", "  ", ",", ".", "-", "'", "\n", "\u00a0", "(", "–"),
    *("’", "ʼ", "ş", "ɛ", "\u202f"),  # outside Latin-1: a word character or not
)

_GAPS = (" ", "  ", "   ", "\n", "  \n  ", "\u00a0")
_LEADS = ("au", "mois", "de", "trimestre", "depuis", "début", "entre", "le", "à", "d'", "mi-")
_ANCHORS = (
    *("3 ", "1er,", "2024", "mars", "févr.", "lundi", "hier", "avant-hier", "demain"),
    *("aujourd'hui", "après-demain", "cet après-midi", "an dernier", "semaine prochaine"),
    *("il y a quatre jours", "cette année", "ce matin", "ce soir"),
)


@st.composite
def _dated_texts(draw: st.DrawFn) -> str:
    """Filler, then up to four lead words with wide gaps before a date's number or word
    (its own gaps widened too), then filler: as far as the gate reads."""
    filler = st.lists(st.sampled_from(_PIECES), max_size=6).map("".join)
    leads = draw(st.lists(st.sampled_from(_LEADS), max_size=4))
    chain = "".join(lead + draw(st.sampled_from(_GAPS)) for lead in leads)
    anchor = draw(st.sampled_from(_ANCHORS)).replace(" ", draw(st.sampled_from(_GAPS)))
    return draw(filler) + draw(st.sampled_from(_GAPS)) + chain + anchor + draw(filler)


texts = st.one_of(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join), _dated_texts())


@settings(max_examples=600, deadline=None)  # a loaded machine is no failure
@given(texts, st.integers(0, 40))
def test_search_is_the_scanners(text: str, pos: int) -> None:
    grammar = _grammar()
    lowered = lower(text)
    plain = grammar.scanner.search(lowered, pos)
    fast = grammar.search(lowered, pos, grammar.starts(lowered))
    if plain is None:
        assert fast is None
    else:
        assert fast is not None
        m, start = fast
        assert start == plain.start()
        assert m.end() == plain.end()
        assert m.lastgroup == plain.lastgroup
        assert m.groupdict() == plain.groupdict()


def test_dates_at_the_start_and_after_marks() -> None:
    found = find_dates("3 mai 2024, puis (le 5 juin 2024) et «hier»")
    assert [m.text for m in found] == ["3 mai 2024", "le 5 juin 2024", "hier"]
    assert [m.start for m in found] == [0, 18, 38]


@given(st.text(max_size=40) | st.text(st.characters(max_codepoint=0xFF), max_size=40))
def test_lower_is_str_lower_with_the_same_length(text: str) -> None:
    # a Latin-1 text takes the byte table, any other ``str.lower`` (length kept)
    lowered = lower(text)
    assert len(lowered) == len(text)
    if all(len(char.lower()) == 1 for char in text):
        assert lowered == text.replace("\u0130", "i").lower()


def test_no_lead_word_ends_another() -> None:
    # the gate's leads read back from a date's word form one chain (``_chain``) only if
    # no lead word ends another (« le » and « ale » would make two)
    words = {w.lower() for w in _LEAD_WORDS}
    assert not [(a, b) for a in words for b in words if a != b and b.endswith(a)]
    elided = {"d", "l", *forms("recognise.dates", "until", folded=False)}
    assert not [(a, b) for a in elided for b in elided if a != b and b.endswith(a)]


_PUBLISHED = st.one_of(
    st.none(),
    st.builds(
        PartialDate,
        year=st.one_of(st.none(), st.integers(1990, 2030)),
        month=st.integers(1, 12),
        day=st.one_of(st.none(), st.integers(1, 28)),
    ),
)


@settings(max_examples=300)
@given(texts, _PUBLISHED, st.booleans())
def test_a_kept_scan_reads_the_text_as_a_fresh_one(
    text: str, published: PartialDate | None, other_text: bool
) -> None:
    """A text read with ``keep`` and read again (with a publication date) gives what a
    fresh reading gives; a kept scan is used once, and only for the same text."""
    fresh = find_dates(text, published=published)
    assert find_dates(text, published=None, keep=True) == find_dates(text, published=None)
    find_dates(text, published=None, keep=True)
    if other_text:
        assert find_dates(text + " le 3 mai", published=published) == find_dates(
            text + " le 3 mai", published=published
        )
    assert find_dates(text, published=published) == fresh
    assert find_dates(text, published=published) == fresh
