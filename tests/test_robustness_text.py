"""Robustness of text extraction: hostile strings, huge inputs, linear time, fuzzing.

``extract`` must return a :class:`~diplorel.model.Document` for any ``str``,
with every span slicing the string it was given, in time linear in its
length. Linear time is checked two ways, comparing an input of size n with
one of size 8n in the same run (never absolute times):

* the *work*: the number of Python trace events (lines, calls, returns) that
  ``extract`` makes, which is deterministic, so the bound can be tight
  (12 for 8 times the input; a quadratic loop gives 20 to 60 at these sizes);
* the *time*, for the shapes whose cost lies in regular expressions and
  Unicode normalisation (C code the tracer does not see), with a generous
  bound (24 for 8 times the input; the old catastrophic patterns gave
  hundreds).
"""

from __future__ import annotations

import contextlib
import gc
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplorel import extract
from diplorel.errors import ParseError
from diplorel.extract._text import MAX_SENTENCE, prepare
from diplorel.extract.recognise._dates import find_dates, parse_date_phrase
from diplorel.extract.recognise._ordinals import find_ordinals, parse_ordinal
from diplorel.io import to_corpus_form
from diplorel.model import Document, PartialDate

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

ARTICLE = (
    "Bakou, 22 avril 2025 (AZERTAC) - L’Azerbaïdjan et le Maroc ont signé un accord de "
    "coopération dans le domaine de l’énergie, a annoncé le ministère des Affaires étrangères.\n"
    "Le ministre azerbaïdjanais des Affaires étrangères, Jeyhun Bayramov, s’est entretenu avec "
    "son homologue marocain, Nasser Bourita, à Rabat. « Nos relations sont excellentes », "
    "a déclaré M. Bourita.\n"
    "Les deux pays ont également signé un mémorandum d’entente sur l’éducation.\n"
)

# Everything of an event but its spans, which differ when the text does.
_FACTS = ("kind", "format", "parties", "date", "place", "round", "sectors", "heads", "status")


def _facts(doc: Document) -> list[tuple[Any, ...]]:
    return [tuple(str(to_corpus_form(e)[key]) for key in _FACTS) for e in doc.events]


def _spans_slice(doc: Document, text: str) -> None:
    assert doc.text is text
    for event in doc.events:
        spans = list(event.evidence)
        spans.extend(s.evidence for s in getattr(event, "stages", ()) if s.evidence is not None)
        for span in spans:
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start : span.end] == span.text


def _extracts(text: str, **options: Any) -> Document:
    doc = extract(text, **options)
    _spans_slice(doc, text)
    return doc


REFERENCE = _facts(extract(ARTICLE))


def test_the_reference_article_has_three_events() -> None:
    assert len(REFERENCE) == 3
    assert {facts[2] for facts in REFERENCE} == {"['AZE', 'MAR']"}


# -- hostile strings -------------------------------------------------------------

HOSTILE = {
    "empty": "",
    "blanks": " \t\n\r\n\u00a0\u202f\u2003\u3000\n",
    "controls": "".join(chr(c) for c in range(32)) + "\x7f" + ARTICLE + "\x00\x1b[31m",
    "c1-controls": "".join(chr(c) for c in range(0x80, 0xA0)) + ARTICLE,
    "lone-surrogates": "\ud800" + ARTICLE.replace("Maroc", "Ma\udc00roc\udfff") + "\udbff",
    "noncharacters": "\ufffe\uffff\U0010ffff" + ARTICLE + "\ufdd0",
    "replacement": "\ufffd" * 50 + ARTICLE,
    "zero-width": ARTICLE.replace("a", "a\u200b").replace("e", "\u200de\u2060"),
    "bidi": "\u202e" + ARTICLE.replace(" ", " \u2067\u200f") + "\u202c\u2069",
    "soft-hyphens": ARTICLE.replace("é", "\u00adé\u00ad"),
    "bom-inside": ARTICLE.replace(". ", ".\ufeff "),
    "mixed-scripts": "Москва 北京 القاهرة עִבְרִית हिन्दी 🇲🇦👍🏽 " + ARTICLE + " ΕΛΛΆΔΑ",
    "html": "<html><body><p>" + ARTICLE.replace("é", "&eacute;") + "</p></body></html>",
    "bad-html": "<p <b <<>> &amp &#; &#xZZ; &#99999999; &nosuch; <!-- -- " + ARTICLE + " </",
    "unclosed-script": "<script>" + ARTICLE,
    "lines-only": "\n" * 5000,
    "one-char-lines": "a\n" * 3000,
    "dots": "." * 5000 + "x",
    "combining-only": "\u0301" * 5000,
    "zalgo": ARTICLE.replace("a", "a" + "\u0316\u0489\u0353" * 40),
    "huge-numbers": "le " + "9" * 5000 + " mars " + "1" * 400 + "/12/2025 ",
    "roman": "XIIe " * 500 + "MMMMMMMMMMMMMMMMMMMMMMMMMMMMCMXCIXe",
    "brackets": "(" * 3000 + "[" * 3000 + "«" * 3000,
    "quotes": "« " * 2000 + ARTICLE + " »" * 2000,
    "names": "Jean Dupont " * 2000,
    "honorifics": "M. " * 3000 + "Bourita",
    "dateline-only": "Bakou, 22 avril, AZERTAC",
    "date-line-only": "date 2025-04",
    "bad-date-line": "date 2025-13-45\n" + ARTICLE,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_any_string_gives_a_document(name: str) -> None:
    text = HOSTILE[name]
    doc = _extracts(text)
    assert isinstance(doc, Document)
    assert doc.text is text


@pytest.mark.parametrize(
    "name", ["zero-width", "bidi", "soft-hyphens", "bom-inside", "html", "zalgo", "controls"]
)
def test_invisible_and_markup_characters_change_nothing(name: str) -> None:
    assert _facts(_extracts(HOSTILE[name])) == REFERENCE


def test_published_dates_from_scrapers_do_not_break_extraction() -> None:
    for published in ("2025", "2025-04", "XXXX-04-22", "9999-12-31", "0001-01-01"):
        _extracts(ARTICLE, published=published)


@pytest.mark.parametrize(
    ("phrase", "published"),
    [("mardi", "0001-01-01"), ("hier", "0001-01-01"), ("demain", "9999-12-31")],
)
def test_relative_dates_at_the_edges_of_the_calendar(phrase: str, published: str) -> None:
    find_dates(phrase, published=PartialDate.parse(published))
    _extracts(f"Le Maroc et le Sénégal ont signé {phrase} un accord.", published=published)


# -- Unicode forms, line ends, markup --------------------------------------------------


def test_nfd_text_matches_like_nfc_and_spans_slice_the_nfd_text() -> None:
    nfd = unicodedata.normalize("NFD", ARTICLE)
    assert nfd != ARTICLE
    doc = _extracts(nfd)
    assert _facts(doc) == REFERENCE
    quoted = [span.text for event in doc.events for span in event.evidence]
    assert any(unicodedata.normalize("NFD", "Azerbaïdjan") in text for text in quoted)


def test_nfd_azerbaijan_alone_is_a_party() -> None:
    text = unicodedata.normalize("NFD", "L'Azerbaïdjan et la Géorgie ont signé un accord.")
    doc = _extracts(text)
    assert [event.party_codes for event in doc.events] == [("AZE", "GEO")]


def test_a_span_ending_on_a_composed_letter_covers_its_marks() -> None:
    text = unicodedata.normalize("NFD", "Réunion à Genève")
    prepared = prepare(text)
    assert prepared.text == "Réunion à Genève"
    start, end = prepared.to_original(0, len("Réunion à Genève"))
    assert text[start:end] == text
    start, end = prepared.to_original(10, 16)
    assert text[start:end] == unicodedata.normalize("NFD", "Genève")


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\u2028", "\u0085"])
def test_other_line_ends_give_the_same_events(newline: str) -> None:
    assert _facts(_extracts(ARTICLE.replace("\n", newline))) == REFERENCE


def test_html_entities_are_decoded_and_map_back_to_the_entity() -> None:
    text = "Accord sign&eacute; &agrave; Rabat &amp; Dakar"
    prepared = prepare(text)
    assert prepared.text == "Accord signé à Rabat & Dakar"
    start, end = prepared.to_original(7, 12)
    assert text[start:end] == "sign&eacute;"


def test_unknown_entities_stay_text() -> None:
    assert prepare("A &foo; B &amp c").text == "A &foo; B &amp c"


def test_script_and_style_contents_are_dropped() -> None:
    decoy = "La France et le Maroc ont signé un accord."
    text = f"<style>p {{}}</style><script>var s = '{decoy}';</script><p>Rien.</p>"
    assert "France" not in prepare(text).text
    assert extract(text).events == ()


def test_block_tags_end_lines() -> None:
    prepared = prepare("<p>Premier paragraphe.</p><p>Second paragraphe.</p>Trois<br/>Quatre")
    paragraphs = [prepared.text[a:b] for a, b in prepared.paragraphs]
    assert paragraphs == ["Premier paragraphe.", "Second paragraphe.", "Trois", "Quatre"]


def test_offsets_stay_in_order_and_in_range() -> None:
    text = HOSTILE["bad-html"] + HOSTILE["zalgo"] + HOSTILE["bidi"]
    prepared = prepare(text)
    assert prepared.offsets is not None
    offsets = list(prepared.offsets)
    assert offsets == sorted(offsets)
    assert all(0 <= at < len(text) for at in offsets)
    assert len(offsets) == len(prepared.text) == len(prepared.key)


# -- huge inputs ---------------------------------------------------------------------


def test_a_five_megabyte_article() -> None:
    base = "\n".join(path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt")))
    text = (base * (5_000_000 // len(base) + 1))[:5_000_000]
    doc = _extracts(text)
    assert doc.events


def test_a_megabyte_line_without_spaces() -> None:
    text = ("Azerbaïdjan-Maroc&amp;Sénégal<b>Rabat</b>" * 30_000)[:1_000_000]
    assert " " not in text
    _extracts(text)


@pytest.mark.slow
def test_a_megabyte_line_of_triggers() -> None:
    """28,000 drafts in one document (was quadratic in _assemble._merge: minutes)."""
    text = ("Azerbaïdjan-Maroc&amp;accord<signé>" * 30_000)[:1_000_000]
    start = time.perf_counter()
    _extracts(text)
    assert time.perf_counter() - start < 60, "not a timing test: a guard against hours"


def test_thousands_of_trigger_words() -> None:
    _extracts("accord " * 5000)
    _extracts("Le Maroc et le Sénégal ont signé " + "un accord, " * 3000 + "hier.")


def test_no_sentence_is_longer_than_the_limit() -> None:
    text = "Bakou, " * 2000 + "x" * 5000 + " fin."
    prepared = prepare(text)
    lengths = [s.end - s.start for s in prepared.sentences]
    assert max(lengths) <= MAX_SENTENCE
    # the pieces cover the paragraph, in order, without overlap
    covered = "".join(prepared.text[s.start : s.end] for s in prepared.sentences)
    assert covered.replace(" ", "") == text.replace(" ", "")


def test_long_sentences_are_cut_at_clause_ends() -> None:
    text = "Le Maroc, " * 400 + "et le Sénégal."
    prepared = prepare(text)
    assert len(prepared.sentences) > 1
    assert all(prepared.text[s.end - 1] in ",." for s in prepared.sentences)


# -- linear time -----------------------------------------------------------------------

WORK_N = 3000
WORK_BOUND = 12.0
TIME_N = 250_000
TIME_GUARD_SECONDS = 60.0
"""Not a speed measurement (speed lives in benchmarks/): these shapes once made a
C-level pattern or NFC quadratic, which the traced work above cannot see. A quarter
of a million characters of them take about a second when linear and hours when not."""


def _repeat(unit: str) -> Callable[[int], str]:
    def make(size: int) -> str:
        return unit * max(1, size // len(unit))

    return make


def _numbered(template: str) -> Callable[[int], str]:
    """A document of distinct paragraphs, so that none is skipped as a repetition."""

    def make(size: int) -> str:
        lines: list[str] = []
        total = index = 0
        while total < size:
            line = template.format(index)
            lines.append(line)
            total += len(line) + 1
            index += 1
        return "\n".join(lines)

    return make


def _work(text: str) -> int:
    """Trace events (lines, calls, returns) that extracting ``text`` makes."""
    count = 0

    def tracer(frame: FrameType, event: str, arg: object) -> Any:
        nonlocal count
        count += 1
        return tracer

    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        extract(text)
    finally:
        sys.settrace(previous)
    return count


def _cpu_seconds(text: str) -> float:
    gc.collect()
    start = time.process_time()
    extract(text)
    return time.process_time() - start


WORK_SHAPES: dict[str, Callable[[int], str]] = {
    "letters": _repeat("a"),
    "capitals": _repeat("Aa"),
    "digits": _repeat("1"),
    "dots-then-letter": _repeat("....x"),
    "tags": _repeat("<a "),
    "entities": _repeat("&eacute;"),
    "combining": _repeat("e\u0301\u0316"),
    "invisible": _repeat("a\u200b\u202e"),
    "party-list": _repeat("Bakou, "),
    "party-chain": _repeat("le Maroc et "),
    "roles-and-names": _repeat("le ministre des Affaires étrangères Jean Dupont, "),
    "names-then-roles": _repeat("Jean Dupont, ministre des Affaires étrangères, "),
    "honorifics": _repeat("M. Dupont. "),
    "triggers": _repeat("accord "),
    "date-ranges": _repeat("du 5 au "),
    "numeric-dates": _repeat("12/"),
    "ordinals": _repeat("XIIe "),
    "declarations": _repeat("déclaration conjointe du Maroc et du Sénégal. "),
    "same-event": _repeat("Le Maroc et le Sénégal ont signé un accord de pêche. "),
    "calls": _numbered(
        "Le {0} mars, le président Ilham Aliyev s'est entretenu au téléphone avec "
        "le roi Mohammed VI."
    ),
    "lines": _repeat("Paris\n"),
}


@pytest.mark.parametrize("shape", sorted(WORK_SHAPES))
def test_work_is_linear(shape: str) -> None:
    make = WORK_SHAPES[shape]
    extract(make(WORK_N))  # load the tables outside the count
    ratio = _work(make(8 * WORK_N)) / _work(make(WORK_N))
    assert ratio < WORK_BOUND, f"{shape}: 8 times the input took {ratio:.1f} times the work"


def test_work_is_linear_in_distinct_agreements() -> None:
    make = _repeat("Le Maroc et le Sénégal ont signé un accord. ")
    extract(make(WORK_N))
    ratio = _work(make(8 * WORK_N)) / _work(make(WORK_N))
    assert ratio < WORK_BOUND, f"8 times the input took {ratio:.1f} times the work"


def test_work_is_linear_in_consultations() -> None:
    make = _repeat("Le Maroc et le Sénégal ont tenu leur 3e commission mixte. ")
    extract(make(WORK_N))
    ratio = _work(make(8 * WORK_N)) / _work(make(WORK_N))
    assert ratio < WORK_BOUND, f"8 times the input took {ratio:.1f} times the work"


def test_work_is_linear_when_many_reports_merge_into_one_event() -> None:
    make = _repeat("Le Maroc et le Sénégal ont tenu leur 3e commission mixte. ")
    size = 2 * WORK_N  # the duplicates are cheap: they show beyond a few hundred reports
    extract(make(size))
    ratio = _work(make(8 * size)) / _work(make(size))
    assert ratio < WORK_BOUND, f"8 times the input took {ratio:.1f} times the work"


TIME_SHAPES: dict[str, Callable[[int], str]] = {
    "dots-then-letter": _repeat("....x"),  # was quadratic: the sentence-end pattern
    "one-long-run-of-dots": lambda size: "." * size + "x",
    "combining-run": lambda size: "e" + "\u0301\u0316" * (size // 2),  # was quadratic: NFC
    "tags": _repeat("<a "),
    "entities": _repeat("&#x"),
    "party-list": _repeat("Bakou, "),  # was quadratic: one endless sentence
    "letters": _repeat("Aa"),
}


@pytest.mark.parametrize("shape", sorted(TIME_SHAPES))
def test_time_is_linear(shape: str) -> None:
    make = TIME_SHAPES[shape]
    extract(make(1000))  # load the tables outside the guard
    seconds = _cpu_seconds(make(TIME_N))
    assert seconds < TIME_GUARD_SECONDS, f"{shape}: {TIME_N} characters took {seconds:.0f} s"


# -- fuzzing ------------------------------------------------------------------------------

_WORDS = [
    *[
        "le",
        "la",
        "les",
        "l'",
        "du",
        "de",
        "des",
        "d'",
        "et",
        "à",
        "au",
        "en",
        "a",
        "ont",
        "un",
        "une",
        "été",
        "par",
        "avec",
        "pour",
        "son",
        "sa",
        "leur",
    ],
    *[
        "Maroc",
        "Sénégal",
        "Azerbaïdjan",
        "Géorgie",
        "France",
        "ONU",
        "UE",
        "OTAN",
        "Bakou",
        "Rabat",
        "Dakar",
        "Paris",
    ],
    *[
        "signé",
        "ratifié",
        "paraphé",
        "accord",
        "mémorandum",
        "convention",
        "traité",
        "déclaration",
    ],
    *[
        "conjointe",
        "commission",
        "mixte",
        "session",
        "visite",
        "entretien",
        "téléphonique",
        "réunion",
    ],
    *[
        "ministre",
        "président",
        "roi",
        "M.",
        "Mme",
        "Affaires",
        "étrangères",
        "homologue",
        "marocain",
    ],
    *[
        "hier",
        "demain",
        "lundi",
        "dernier",
        "prochain",
        "1er",
        "3",
        "22",
        "mars",
        "avril",
        "2024",
        "2025",
        "XXIe",
        "2e",
    ],
    "Nasser Bourita",
    "Jeyhun Bayramov",
    "le 3 mars 2024",
    "du 5 au 6 juillet",
    "22/04/2025",
    "date 2025-04",
    "(AZERTAC) -",
    *[
        ",",
        ".",
        ";",
        ":",
        "!",
        "?",
        "«",
        "»",
        "(",
        ")",
        "-",
        "—",
        "…",
        "’",
        '"',
        "\n",
        "\n\n",
        "\t",
    ],
    "&amp;",
    "&eacute;",
    "<p>",
    "</p>",
    "<br/>",
    "<script>",
    "\u0301",
    "\u0308",
    "\u200b",
    "\u00ad",
    "\u202e",
    "\ufeff",
    "\ud800",
    "\x00",
    "\r\n",
]

french_soup = st.lists(st.one_of(st.sampled_from(_WORDS), st.text(max_size=4)), max_size=80).map(
    " ".join
)
any_text = st.one_of(
    st.text(), french_soup, french_soup.map(lambda t: unicodedata.normalize("NFD", t))
)
any_published = st.one_of(
    st.none(),
    st.builds(
        PartialDate,
        year=st.integers(1, 9999),
        month=st.one_of(st.none(), st.integers(1, 12)),
        day=st.none(),
    ),
    st.dates().map(PartialDate.from_date),
)

fuzz = settings(suppress_health_check=[HealthCheck.too_slow])


@fuzz
@given(any_text, any_published)
def test_fuzz_extract_never_raises_and_spans_slice(
    text: str, published: PartialDate | None
) -> None:
    _extracts(text, published=published)


@fuzz
@given(french_soup)
def test_fuzz_nfd_extracts_like_nfc(text: str) -> None:
    composed = unicodedata.normalize("NFC", text)
    decomposed = unicodedata.normalize("NFD", text)
    assert _facts(_extracts(decomposed)) == _facts(_extracts(composed))


@fuzz
@given(any_text)
def test_fuzz_prepare_keeps_lengths_and_order(text: str) -> None:
    prepared = prepare(text)
    assert len(prepared.text) == len(prepared.key)
    if prepared.offsets is None:
        assert len(prepared.text) == len(text)
    else:
        offsets = list(prepared.offsets)
        assert offsets == sorted(offsets)
        assert all(0 <= at < len(text) for at in offsets)
    for sentence in prepared.sentences:
        assert 0 <= sentence.start < sentence.end <= len(prepared.text)
        assert sentence.end - sentence.start <= MAX_SENTENCE
        start, end = prepared.to_original(sentence.start, sentence.end)
        assert 0 <= start <= end <= len(text)


@fuzz
@given(any_text.filter(lambda t: "&" not in t and "<" not in t))
def test_fuzz_normalising_twice_changes_nothing(text: str) -> None:
    once = prepare(text).text
    assert prepare(once).text == once


_DATE_WORDS = [
    *[
        "le",
        "la",
        "les",
        "du",
        "au",
        "de",
        "en",
        "depuis",
        "dès",
        "début",
        "fin",
        "mi-",
        "courant",
        "entre",
        "et",
        "à",
        "ce",
        "cette",
    ],
    *[
        "l'an",
        "l'année",
        "1er",
        "3",
        "12",
        "29",
        "31",
        "0",
        "2024",
        "2025",
        "1999",
        "2100",
        "janvier",
        "février",
        "févr.",
        "mars",
    ],
    *[
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "sept.",
        "décembre",
        "lundi",
        "mardi",
        "dimanche",
        "dernier",
    ],
    *[
        "prochaine",
        "passé",
        "hier",
        "demain",
        "avant-hier",
        "aujourd'hui",
        "semaine",
        "mois",
        "an",
        "année",
    ],
    *[
        "/",
        "-",
        "22/04/2025",
        "2025-04-22",
        "2023-2024",
        ",",
        ".",
        "trimestre",
        "premier",
        "habitants",
        "%",
    ],
]
date_soup = st.lists(st.one_of(st.sampled_from(_DATE_WORDS), st.text(max_size=3)), max_size=14)


def _dates_read_back(text: str, published: PartialDate | None) -> None:
    last = 0
    for mention in find_dates(text, published=published):
        assert text[mention.start : mention.end] == mention.text
        assert mention.start >= last
        last = mention.end
        if mention.value is not None:
            assert parse_date_phrase(mention.text, published=published) == mention.value


@fuzz
@given(date_soup.map(" ".join), any_published)
def test_fuzz_find_dates_reads_back_what_it_finds(
    text: str, published: PartialDate | None
) -> None:
    _dates_read_back(text, published)


@fuzz
@given(st.one_of(st.text(), date_soup.map(" ".join)), any_published)
def test_fuzz_parse_date_phrase_raises_only_parse_errors(
    text: str, published: PartialDate | None
) -> None:
    source = text
    try:
        parse_date_phrase(text, published=published)
    except ParseError as exc:
        source = exc.source
    assert source == text


@fuzz
@given(st.one_of(st.text(), st.from_regex(r"[0-9IVXLCDM]{0,6}(?:e|er|ère|ème|nd|nde)?s?")))
def test_fuzz_ordinals(text: str) -> None:
    for mention in find_ordinals(text):
        assert text[mention.start : mention.end] == mention.text
        assert mention.value >= 1
    with contextlib.suppress(ParseError):
        parse_ordinal(text)


# -- long fuzzing, by hand: pytest -m slow (or DIPLOREL_HYPOTHESIS=long) -----------------------

long_run = settings(
    settings.get_profile("long"),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.mark.slow
@long_run
@given(st.lists(any_text, max_size=30).map("\n".join), any_published)
def test_long_fuzz_extract(text: str, published: PartialDate | None) -> None:
    _extracts(text, published=published)


@pytest.mark.slow
@long_run
@given(date_soup.map(" ".join), any_published)
def test_long_fuzz_dates(text: str, published: PartialDate | None) -> None:
    _dates_read_back(text, published)
