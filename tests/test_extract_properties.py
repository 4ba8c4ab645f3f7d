"""Properties of the extractor on generated texts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from diplorel import Agreement, Document, extract
from diplorel.extract._text import fold, prepare

FRAGMENTS = [
    "Le Maroc",
    "l'Azerbaïdjan",
    "les États-Unis",
    "le ministre algérien des Affaires étrangères, Karim Benali,",
    "la délégation sénégalaise était conduite par Awa Ndiaye,",
    "a signé",
    "ont ratifié",
    "un accord de coopération",
    "le mémorandum d'entente",
    "s'est entretenu par téléphone avec",
    "la deuxième session de la commission mixte",
    "s'est tenue",
    "une déclaration commune",
    "le 3 mars 2024",
    "lundi dernier",
    "du 5 au 6 juillet",
    "à Rabat",
    "dans le domaine de l'énergie",
    "l'OCI",
    "hier",
    ",",
    ".",
    "\n",
    " date 2024-05 ",
    "Bakou, 22 avril, AZERTAC",
    "\u00a0",
    "’",
    "e\u0301",
    "<b>",
    "&amp;",
]

french_texts = st.lists(st.sampled_from(FRAGMENTS), max_size=30).map(" ".join)
any_texts = st.one_of(st.text(max_size=300), french_texts)


def spans_of(doc: Document) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    for event in doc.events:
        spans.extend((s.start, s.end, s.text) for s in event.evidence)
        if isinstance(event, Agreement):
            spans.extend(
                (s.evidence.start, s.evidence.end, s.evidence.text)
                for s in event.stages
                if s.evidence is not None
            )
    return spans


@settings(max_examples=150, deadline=None)
@given(any_texts)
def test_any_text_extracts_and_spans_slice_it(text: str) -> None:
    doc = extract(text)
    assert doc.text == text
    for start, end, quoted in spans_of(doc):
        assert text[start:end] == quoted


@settings(max_examples=60, deadline=None)
@given(french_texts)
def test_extraction_is_deterministic(text: str) -> None:
    assert extract(text) == extract(text)


@settings(max_examples=150, deadline=None)
@given(any_texts)
def test_normalisation_is_idempotent(text: str) -> None:
    once = prepare(text).text
    assert prepare(once).text == once
    assert fold(fold(once)) == fold(once)
    assert len(prepare(text).key) == len(once)


@settings(max_examples=100, deadline=None)
@given(any_texts)
def test_offset_map_points_into_the_original(text: str) -> None:
    prepared = prepare(text)
    for start in range(0, len(prepared.text), 7):
        o_start, o_end = prepared.to_original(start, min(len(prepared.text), start + 5))
        assert 0 <= o_start <= o_end <= len(text)
