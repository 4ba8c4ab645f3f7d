"""Tests of the HTML report (diplorel.report, ``diplorel report``), in headless Chromium too."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplorel import (
    Agreement,
    AgreementStage,
    Consultation,
    Declaration,
    Document,
    Event,
    EventSet,
    PartialDate,
    Span,
    extract,
    merge,
    party,
)
from diplorel.cli import main
from diplorel.errors import SerialisationError
from diplorel.io import document_record, dumps
from diplorel.query._timeline import timeline_of
from diplorel.report import Article, read_articles, render_report
from diplorel.strategies import events

ARTICLES = {
    "rabat-pecheries": (
        "Rabat, 12 mars 2025 (MAP) - Le ministre marocain des Affaires étrangères a reçu "
        "mardi à Rabat son homologue sénégalais pour un entretien sur la coopération "
        "agricole.\n\nLes deux pays ont signé à cette occasion un accord de coopération "
        "dans le domaine de la pêche maritime."
    ),
    "alger-appel": (
        "Alger, 3 juin 2024 - Le président algérien s'est entretenu au téléphone lundi avec "
        'le président tunisien. <script>document.title="pwned"</script> Échanges & '
        "perspectives : les deux chefs d'État ont évoqué la sécurité régionale."
    ),
}


def _documents() -> list[Document]:
    return [extract(text, doc_id=doc_id) for doc_id, text in ARTICLES.items()]


def _event_count() -> int:
    return sum(len(doc.events) for doc in _documents())


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder of the articles, and their events as ``diplorel extract`` writes them."""
    texts = tmp_path / "articles"
    texts.mkdir()
    for doc_id, text in ARTICLES.items():
        (texts / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    lines = [json.dumps(document_record(doc), ensure_ascii=False) for doc in _documents()]
    (tmp_path / "events.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


class _Page(HTMLParser):
    """What a test looks for in a page: event rows, marks, timeline marks, scripts."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[dict[str, str | None]] = []
        self.marks: list[dict[str, str | None]] = []
        self.timeline: list[dict[str, str | None]] = []
        self.dyads: list[dict[str, str | None]] = []
        self.articles: list[dict[str, str | None]] = []
        self.scripts = 0
        self.resources: list[str] = []
        self.title = ""
        self.shown = ""
        self._in: str | None = None
        self._titled = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        classes = (found.get("class") or "").split()
        if tag == "tr" and "event" in classes:
            self.rows.append(found)
        elif tag == "tr" and "dyad" in classes:
            self.dyads.append(found)
        elif tag == "mark" and "ev" in classes:
            self.marks.append(found)
        elif tag == "g" and "mark" in classes:
            self.timeline.append(found)
        elif tag == "article":
            self.articles.append(found)
        elif tag == "script":
            self.scripts += 1
        for key in ("src", "href"):
            value = found.get(key)
            if value and not value.startswith("#") and tag != "a":
                self.resources.append(value)
        if tag == "link":
            self.resources.append(str(found))
        if (tag == "title" and not self._titled) or found.get("id") == "shown":
            self._titled = self._titled or tag == "title"
            self._in = tag if tag == "title" else "shown"  # the page's title, not the SVG's

    def handle_endtag(self, tag: str) -> None:
        self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "title":
            self.title += data
        elif self._in == "shown":
            self.shown += data


def _parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    parser.close()
    return parser


def _visible(items: list[dict[str, str | None]]) -> list[dict[str, str | None]]:
    return [item for item in items if "hidden" not in item]


# -- the page, without a browser ------------------------------------------------------


def test_report_holds_every_event_and_its_evidence(folder: Path) -> None:
    events, articles = read_articles([folder / "events.jsonl"], texts=folder / "articles")
    assert [article.text for article in articles] == list(ARTICLES.values())
    page = render_report(events, articles, title="Essai <1>")
    parsed = _parse(page)
    assert len(parsed.rows) == _event_count() == 3
    assert [row["data-kind"] for row in parsed.rows] == [
        "consultation",
        "agreement",
        "consultation",
    ]
    assert parsed.rows[2]["data-parties"] == "DZA TUN"
    assert parsed.rows[2]["data-year"] == "2024"
    # One mark per stretch of evidence; every event's evidence is marked.
    assert {ref for mark in parsed.marks for ref in (mark["data-ev"] or "").split()} == {
        "0",
        "1",
        "2",
    }
    # Every dated event is drawn on the timeline.
    assert sorted(item["data-ev"] or "" for item in parsed.timeline) == ["0", "1", "2"]
    assert [dyad["data-parties"] for dyad in parsed.dyads] == ["MAR SEN", "DZA TUN"]
    # The page is self-contained and the article's script is text.
    assert parsed.scripts == 1
    assert parsed.resources == []
    assert "url(" not in page
    assert "@import" not in page
    assert "&lt;script&gt;document.title=&quot;pwned&quot;&lt;/script&gt;" in page
    assert "Échanges &amp; perspectives" in page
    assert parsed.title == "Essai <1>"


def test_report_without_texts_shows_the_quotes(folder: Path) -> None:
    events, articles = read_articles([folder / "events.jsonl"])
    assert all(article.text is None for article in articles)
    parsed = _parse(render_report(events, articles))
    assert len(parsed.rows) == 3
    assert len(parsed.marks) == 3  # the one quote each record keeps
    assert "evidence quotes only" in render_report(events, articles)


def test_report_reads_full_documents(tmp_path: Path) -> None:
    path = tmp_path / "documents.jsonl"
    path.write_text("".join(dumps(doc) + "\n" for doc in _documents()), encoding="utf-8")
    events, articles = read_articles([str(path)])
    assert len(events) == 3
    assert [article.id for article in articles] == list(ARTICLES)
    assert articles[0].text == ARTICLES["rabat-pecheries"]


def test_report_of_merged_reports_marks_each_article() -> None:
    one = "Bakou et Rabat ont signé lundi un mémorandum sur l'énergie."
    two = "Un mémorandum sur l'énergie a été signé par Bakou et Rabat."

    def agreement(text: str, quote: str) -> Agreement:
        start = text.index(quote)
        return Agreement(
            parties=[party("AZE"), party("MAR")],
            instrument="memorandum",
            sectors=["energy"],
            stages=[AgreementStage(stage="signed", date=PartialDate.parse("2025-02-03"))],
            evidence=[Span.of(text, start, start + len(quote))],
        )

    docs = [
        Document(id="a", text=one, events=[agreement(one, "ont signé lundi un mémorandum")]),
        Document(id="b", text=two, events=[agreement(two, "Un mémorandum sur l'énergie")]),
    ]
    events = merge(docs)
    assert len(events) == 1
    articles = [Article(id=doc.id, text=doc.text) for doc in docs]
    parsed = _parse(render_report(events, articles))
    assert len(parsed.rows) == 1
    assert [mark["data-ev"] for mark in parsed.marks] == ["0", "0"]
    assert [article["data-ev"] for article in parsed.articles] == ["0", "0"]


def test_timeline_draws_dates_at_their_precision() -> None:
    aze, dza = party("AZE"), party("DZA")
    events = EventSet(
        [
            Consultation(parties=[aze, dza], format="visit", date=PartialDate.parse("2024-05-02")),
            Declaration(parties=[aze, dza], date=PartialDate.parse("2024-07")),
            Consultation(parties=[aze, dza], format="meeting", date=PartialDate.parse("XXXX-07")),
            Consultation(parties=[aze, dza], format="meeting"),
        ]
    )
    page = render_report(events)
    parsed = _parse(page)
    assert len(parsed.timeline) == 2
    assert page.count("<circle") == 1  # the day
    assert page.count('<rect x="') == 1  # the month
    assert "Not drawn: 1 with an unknown year, 1 undated." in page
    assert [row["data-year"] for row in parsed.rows] == ["2024", "2024", "unknown", "unknown"]


def test_only_web_links_are_links() -> None:
    talk = Consultation(parties=[party("AZE"), party("DZA")], format="meeting")
    unsafe = EventSet.from_events([talk], document_id="x", source_url="javascript:alert(1)")
    page = render_report(unsafe, [Article(id="x", source_url="javascript:alert(1)")])
    assert 'href="javascript' not in page
    safe = [Article(id="x", source_url="https://example.org/a?b=1&c=2")]
    assert 'href="https://example.org/a?b=1&amp;c=2"' in render_report(unsafe, safe)


def test_an_empty_report_renders() -> None:
    parsed = _parse(render_report(EventSet()))
    assert parsed.rows == []
    assert parsed.scripts == 1


def test_read_articles_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "events": []}\n[1, 2]\n', encoding="utf-8")
    with pytest.raises(SerialisationError, match=r"bad.jsonl: line 2"):
        read_articles([bad])
    bad.write_text("{nope\n", encoding="utf-8")
    with pytest.raises(SerialisationError, match=r"line 1.*invalid JSON"):
        read_articles([bad])
    with pytest.raises(NotADirectoryError):
        read_articles([io.StringIO("")], texts=bad)


def test_a_text_that_changed_is_not_marked(folder: Path) -> None:
    (folder / "articles" / "alger-appel.txt").write_text("Autre texte.", encoding="utf-8")
    events, articles = read_articles([folder / "events.jsonl"], texts=folder / "articles")
    parsed = _parse(render_report(events, articles))
    assert len(parsed.rows) == 3
    assert "2" not in {mark["data-ev"] for mark in parsed.marks}


# -- the command line ------------------------------------------------------------------


def test_cli_writes_the_report(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = folder / "report.html"
    argv = ["report", str(folder / "events.jsonl"), "--texts", str(folder / "articles")]
    assert main([*argv, "-o", str(out), "--title", "Semaine"]) == 0
    assert capsys.readouterr() == ("", "")
    parsed = _parse(out.read_text(encoding="utf-8"))
    assert len(parsed.rows) == 3
    assert parsed.title == "Semaine"


def test_cli_errors(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = folder / "bad.jsonl"
    bad.write_text("not json\n", encoding="utf-8")
    out = folder / "report.html"
    assert main(["report", str(bad), "-o", str(out)]) == 1
    assert "bad.jsonl: line 1" in capsys.readouterr().err
    assert not out.exists()
    missing = ["report", str(folder / "events.jsonl"), "--texts", str(folder / "none")]
    assert main([*missing, "-o", str(out)]) == 1
    assert "is not a folder" in capsys.readouterr().err


# -- in a real browser -----------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (.ci/run installs it)"
)


def _chromium(tmp_path: Path, *args: str) -> str:
    assert CHROMIUM is not None
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
        *args,
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.fixture
def report(folder: Path) -> Path:
    out = folder / "report.html"
    argv = ["report", str(folder / "events.jsonl"), "--texts", str(folder / "articles")]
    assert main([*argv, "-o", str(out)]) == 0
    return out


@needs_chromium
def test_report_renders_in_chromium(report: Path, tmp_path: Path) -> None:
    imread = pytest.importorskip("matplotlib.image").imread
    np = pytest.importorskip("numpy")
    shot = tmp_path / "shot.png"
    _chromium(tmp_path, f"--screenshot={shot}", "--window-size=1280,900", report.as_uri())
    pixels = np.asarray(imread(shot))
    assert pixels.shape[:2] == (900, 1280)
    grey = pixels[..., :3].mean(axis=2)
    assert grey.std() > 0.1
    assert (grey < 0.3).mean() > 0.01  # text and the dark header
    # The header's dark blue band is drawn across the top.
    assert np.allclose(pixels[5, 640, :3], [0x24 / 255, 0x3B / 255, 0x55 / 255], atol=0.02)


@needs_chromium
def test_dom_in_chromium_has_the_events_and_runs_the_filters(report: Path, tmp_path: Path) -> None:
    dom = _parse(_chromium(tmp_path, "--dump-dom", report.as_uri()))
    assert len(_visible(dom.rows)) == 3
    assert dom.shown == "3"  # the script ran
    assert {ref for mark in dom.marks for ref in (mark["data-ev"] or "").split()} == {
        "0",
        "1",
        "2",
    }
    assert dom.title == "diplorel report"  # the article's <script> did not run
    filtered = _parse(_chromium(tmp_path, "--dump-dom", report.as_uri() + "#party=TUN"))
    assert [row["data-ev"] for row in _visible(filtered.rows)] == ["2"]
    assert filtered.shown == "1"
    assert [a["id"] for a in _visible(filtered.articles)] == ["doc-1"]
    assert [m["data-ev"] for m in filtered.marks if "off" not in (m["class"] or "")] == ["2"]
    kind = _parse(_chromium(tmp_path, "--dump-dom", report.as_uri() + "#kind=agreement"))
    assert [row["data-kind"] for row in _visible(kind.rows)] == ["agreement"]


def test_module_examples() -> None:
    import doctest  # noqa: PLC0415

    import diplorel.report  # noqa: PLC0415

    result = doctest.testmod(diplorel.report, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0


def test_a_file_that_is_not_utf8_is_an_error(tmp_path: Path) -> None:
    bad = tmp_path / "latin.jsonl"
    bad.write_bytes(b'{"id": "a", "events": []}\n{"id": "\xe9t\xe9", "events": []}\n')
    with pytest.raises(SerialisationError, match=r"latin.jsonl: line 2: not UTF-8"):
        read_articles([bad])


@settings(max_examples=40)
@given(st.lists(events(registered_only=False), max_size=6), st.text(max_size=30))
def test_any_events_make_a_page_with_a_row_each(drawn: list[Event], title: str) -> None:
    page = render_report(EventSet.from_events(drawn, document_id="doc"), title=title)
    parsed = _parse(page)
    assert len(parsed.rows) == len(drawn)
    assert parsed.scripts == 1
    assert parsed.title == title
    dated = sum(1 for entry in timeline_of(EventSet(drawn).records, ()).dated)
    assert len(parsed.timeline) == dated
