"""Tests of the HTML renderings for notebooks (diplorel._html)."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from hypothesis import given
from hypothesis import strategies as st

from diplorel import (
    Agreement,
    AgreementStage,
    Consultation,
    Declaration,
    Document,
    EventSet,
    PartialDate,
    Span,
    party,
)
from diplorel._html import document_html, event_spans, eventset_html, highlight

TEXT = (
    "Rabat & Bakou : <script>alert('x')</script> les deux ministres se sont "
    "entretenus lundi, puis ont signé un accord <b>sur l'énergie</b>."
)


def _span(text: str, needle: str) -> Span:
    start = text.index(needle)
    return Span.of(text, start, start + len(needle))


class _Marks(HTMLParser):
    """The marks of an HTML fragment: their data-ev and their text; every tag seen."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[tuple[str, str]] = []
        self.tags: list[str] = []
        self._open: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "mark":
            self._open = [dict(attrs).get("data-ev") or "", ""]

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark" and self._open is not None:
            self.marks.append((self._open[0], self._open[1]))
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._open[1] += data


def _parse(fragment: str) -> _Marks:
    parser = _Marks()
    parser.feed(fragment)
    parser.close()
    return parser


def _document() -> Document:
    talk = Consultation(
        parties=[party("MAR"), party("AZE")],
        format="meeting",
        date=PartialDate(year=2025, month=3, day=3),
        evidence=[_span(TEXT, "les deux ministres se sont entretenus lundi")],
    )
    deal = Agreement(
        parties=[party("MAR"), party("AZE")],
        stages=[
            AgreementStage(
                stage="signed", evidence=_span(TEXT, "ont signé un accord <b>sur l'énergie</b>")
            )
        ],
        evidence=[_span(TEXT, "lundi, puis ont signé")],
    )
    return Document(id="art<1>&", text=TEXT, events=[talk, deal])


def test_document_html_escapes_the_text_and_highlights_each_stretch() -> None:
    doc = _document()
    out = document_html(doc)
    assert "<script" not in out
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in out
    assert "Rabat &amp; Bakou" in out
    assert "art&lt;1&gt;&amp;" in out
    parsed = _parse(out)
    assert "b" not in parsed.tags  # the article's <b> is text, not markup
    # The meeting's span, then its overlap with the agreement's span, then the
    # agreement's own spans (its evidence and its stage's overlap: one mark).
    assert parsed.marks == [
        ("1", "les deux ministres se sont entretenus "),
        ("1 2", "lundi"),
        ("2", ", puis ont signé un accord <b>sur l'énergie</b>"),
    ]
    assert out.count("<tr") == 3  # a header and two events


def test_repr_html_delegates_to_the_renderers() -> None:
    doc = _document()
    assert doc._repr_html_() == document_html(doc)
    events = EventSet.from_documents([doc])
    assert events._repr_html_() == eventset_html(events)


def test_eventset_html_is_compact_and_escaped() -> None:
    text = "Déclaration <i>commune</i> & suite."
    events = EventSet.from_events(
        [
            Declaration(parties=[party("FRA"), party("SEN")], place="Dakar <sud>"),
            *(
                Consultation(parties=[party("FRA"), party("SEN")], format="phone_call", round=n)
                for n in range(1, 40)
            ),
        ],
        document_id="<doc & co>",
    )
    out = eventset_html(events, rows=5)
    assert "EventSet of 40 events" in out
    assert out.count("<tr") == 6
    assert "… and 35 more" in out
    assert "&lt;doc &amp; co&gt;" in out
    assert "<doc" not in out
    assert "Dakar &lt;sud&gt;" in out
    assert "<i>" not in eventset_html(EventSet.from_events([], document_id=text))


def test_a_span_that_does_not_slice_the_text_is_skipped() -> None:
    stale = Span(start=0, end=5, text="Paris")
    assert highlight("Rabat et Paris", [(stale, "1")]) == "Rabat et Paris"


def test_anchors_stand_before_the_first_mark_of_each_reference() -> None:
    text = "un deux trois"
    spans = [(Span.of(text, 0, 7), "1"), (Span.of(text, 3, 7), "2"), (Span.of(text, 8, 13), "1")]
    out = highlight(text, spans, mark_class="ev", id_prefix="ev-")
    assert out.count('id="ev-1"') == 1
    assert out.count('id="ev-2"') == 1
    assert out.index('id="ev-1"') < out.index('id="ev-2"')
    assert 'class="ev"' in out
    assert "style=" not in out


def test_event_spans_include_the_stages() -> None:
    doc = _document()
    assert len(event_spans(doc.events[1])) == 2
    assert len(event_spans(doc.events[0])) == 1


@st.composite
def _text_and_spans(draw: st.DrawFn) -> tuple[str, list[tuple[Span, str]]]:
    text = draw(st.text(alphabet="ab <>&\"'é\n", max_size=40))
    spans = []
    for ref in range(draw(st.integers(0, 5))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        spans.append((Span.of(text, start, end), str(ref)))
    return text, spans


@given(_text_and_spans())
def test_highlight_keeps_the_text_and_marks_exactly_the_spans(
    case: tuple[str, list[tuple[Span, str]]],
) -> None:
    text, spans = case
    out = highlight(text, spans)
    assert html.unescape(re.sub(r"<[^>]*>", "", out)) == text
    parsed = _parse(out)
    marked = "".join(piece for _, piece in parsed.marks)
    covered = {i for span, _ in spans for i in range(span.start, span.end)}
    assert len(marked) == len(covered)
