"""A self-contained HTML report of extracted events, for a browser.

One file, no network: the styles, the script and the timeline (an SVG
drawing) are inline, nothing is fetched. It shows

* filters by party, kind, sector and year (plain JavaScript; the filters are
  kept in the address, ``report.html#party=DZA&kind=agreement``, so a
  filtered view can be bookmarked);
* a timeline of every event: one row per consultation format, one for
  declarations, one per agreement stage; a day is a dot, a month, a year or a
  range a bar over its days; entries without a known year are counted;
* the partner table: each pair of parties with its events by kind;
* the events, one row each, linked to their evidence;
* the articles, with each event's evidence highlighted in the text.

Where the text comes from. ``diplorel extract`` writes JSON Lines without
the article text (a record keeps one evidence quote per event). The report
reads, line by line, either such document records or full documents written
by :func:`diplorel.io.dump_jsonl` (they hold ``"text"``). For document
records, ``texts`` names the folder of the articles (``DOC_ID.txt``, read
with the same encoding policy as ``diplorel extract``): every evidence span
is then highlighted in its text. Without the text, an article shows the
evidence quotes alone.

>>> from diplorel import Consultation, EventSet, party
>>> talk = Consultation(parties=[party("AZE"), party("MAR")], format="meeting")
>>> page = render_report(EventSet([talk]), title="Essai")
>>> page.startswith("<!DOCTYPE html>"), page.count('<tr class="event k-consultation"')
(True, 1)
"""

from __future__ import annotations

import datetime as dt
import html
import os
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import combinations
from pathlib import Path
from typing import IO, Any, Final

import attrs

from diplorel import __version__
from diplorel._html import event_cells, highlight
from diplorel._source import read_text, walk
from diplorel.errors import SerialisationError
from diplorel.io import document_from_record, structure
from diplorel.model import (
    Agreement,
    Consultation,
    ConsultationFormat,
    DateSpan,
    DateValue,
    Declaration,
    Document,
    EventKind,
    PartialDate,
    Sector,
    Span,
    Stage,
)
from diplorel.plot import date_extent  # needs no matplotlib
from diplorel.query import EventSet, Reported
from diplorel.query._jsonl import decode_line, reports_of_document, reports_of_record
from diplorel.query._timeline import timeline_of

__all__ = ["Article", "read_articles", "render_report", "write_report"]


@attrs.frozen(kw_only=True)
class Article:
    """A document as the report shows it: its id, date, URL and text, if known."""

    id: str
    text: str | None = None
    published: PartialDate | None = None
    source_url: str | None = None


# -- reading ------------------------------------------------------------------------


def _texts_in(folder: Path) -> dict[str, Path]:
    if not folder.is_dir():
        raise NotADirectoryError(f"--texts: {folder} is not a folder")
    found: dict[str, Path] = {}
    for item in walk(folder):
        if isinstance(item, Path):
            found.setdefault(item.stem, item)
    return found


def _located(name: str, number: int, exc: SerialisationError) -> SerialisationError:
    where = f"{name}: line {number}" + (f": {exc.where}" if exc.where else "")
    return SerialisationError(where, exc.reason)


def _lines(source: str | os.PathLike[str] | IO[str]) -> Iterator[tuple[str, int, str]]:
    """``(name, line number, line)`` of a file (read as UTF-8 line by line) or a stream."""
    if isinstance(source, str | os.PathLike):
        with open(source, "rb") as handle:
            for number, raw in enumerate(handle, 1):
                try:
                    line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
                except UnicodeDecodeError as exc:
                    raise SerialisationError(
                        f"{source}: line {number}",
                        f"not UTF-8 text (byte {raw[exc.start]:#04x} at column {exc.start + 1})",
                    ) from None
                yield str(source), number, line
    else:
        name = str(getattr(source, "name", "<stream>"))
        number = 0
        try:
            for number, line in enumerate(source, 1):
                yield name, number, line
        except UnicodeDecodeError:
            raise SerialisationError(f"{name}: line {number + 1}", "not UTF-8 text") from None


def read_articles(
    sources: Iterable[str | os.PathLike[str] | IO[str]],
    *,
    texts: str | os.PathLike[str] | None = None,
) -> tuple[EventSet, tuple[Article, ...]]:
    """The events and articles of JSON Lines files: document records or full documents.

    With ``texts``, a folder of ``.txt`` articles, the text of a document
    record with id ``X`` is read from ``X.txt`` there (missing files leave
    the article without text). Raises
    :class:`~diplorel.errors.SerialisationError` located at ``FILE: line N``
    for a line that is not a document.
    """
    files = {} if texts is None else _texts_in(Path(texts))
    records: list[Reported] = []
    articles: dict[str, Article] = {}
    for name, number, line in _iter_all(sources):
        if not line.strip():
            continue
        value = decode_line(line, f"{name}: line {number}")
        try:
            reports, article = _read_line(value, files)
        except SerialisationError as exc:
            raise _located(name, number, exc) from None
        records.extend(reports)
        if article.id not in articles or articles[article.id].text is None:
            articles[article.id] = article
    return EventSet(records), tuple(articles.values())


def _iter_all(
    sources: Iterable[str | os.PathLike[str] | IO[str]],
) -> Iterator[tuple[str, int, str]]:
    for source in sources:
        yield from _lines(source)


def _read_line(value: Any, files: Mapping[str, Path]) -> tuple[list[Reported], Article]:
    if isinstance(value, dict) and "text" in value:
        doc = structure(value, Document)
        return reports_of_document(doc), _article(doc)
    if not isinstance(value, dict):
        raise SerialisationError("", f"expected a JSON object, found {type(value).__name__}")
    doc_id = value.get("id")
    path = files.get(doc_id) if isinstance(doc_id, str) else None
    text = None
    if path is not None:
        try:
            text = read_text(path)
        except (OSError, ValueError):
            text = None  # an unreadable article: its evidence quotes are shown instead
    if text is None:
        reports = reports_of_record(value)
        first = document_from_record(value)
        return reports, Article(
            id=first.id, published=first.published, source_url=first.source_url
        )
    doc = document_from_record(value, text=text)
    return reports_of_document(doc), _article(doc)


def _article(doc: Document) -> Article:
    return Article(id=doc.id, text=doc.text, published=doc.published, source_url=doc.source_url)


# -- rendering ----------------------------------------------------------------------

_STYLE: Final = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#222;
background:#fafafa}
header,section{margin:0 auto;max-width:1200px;padding:8px 20px}
header{background:#243b55;color:#fff;max-width:none}
header h1{margin:6px 0;font-size:22px}
h2{font-size:17px;border-bottom:2px solid #243b55;padding-bottom:2px}
#filters{position:sticky;top:0;background:#fff;border-bottom:1px solid #ccc;z-index:2;
max-width:none;display:flex;flex-wrap:wrap;gap:12px;align-items:center}
#filters label{font-weight:600}
select,button{font:inherit;padding:2px 4px}
select{max-width:22em}
.filter{white-space:nowrap}
.scroll{max-height:26em;overflow:auto;border:1px solid #e2e2e2}
#events .scroll{max-height:70vh}
#timeline svg{max-width:100%;height:auto}
td{overflow-wrap:break-word}
#events td:nth-child(3){white-space:nowrap}
#events td:last-child{min-width:18em}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{padding:3px 8px;text-align:left;vertical-align:top;border-bottom:1px solid #e2e2e2}
th{background:#eef1f5;position:sticky;top:0}
td.num{text-align:right}
tr.k-consultation td:nth-child(3){color:#1f77b4}
tr.k-declaration td:nth-child(3){color:#2ca02c}
tr.k-agreement td:nth-child(3){color:#d62728}
.quote{color:#555;font-style:italic}
mark.ev{background:#ffe58a;border-radius:2px}
mark.ev.off{background:#eee}
mark.ev:target,mark.ev.focus{outline:2px solid #d62728}
article{background:#fff;border:1px solid #ddd;margin:10px 0;padding:8px 12px}
article h3{margin:0 0 6px;font-size:15px}
article .text{white-space:pre-wrap;font-family:Georgia,serif;max-height:30em;overflow:auto}
.note{color:#666;font-size:12px}
svg text{font:11px system-ui,sans-serif;fill:#333}
svg .mark{cursor:pointer}
[hidden]{display:none!important}
"""

_SCRIPT: Final = """
(function(){
  var keys=["party","kind","sector","year"];
  var select={};keys.forEach(function(k){select[k]=document.getElementById("f-"+k);});
  var rows=[].slice.call(document.querySelectorAll("tr.event"));
  var kinds={};rows.forEach(function(r){kinds[r.dataset.ev]=r.dataset.kind;});
  function has(list,value){return (" "+list+" ").indexOf(" "+value+" ")>=0;}
  function apply(){
    var f={};keys.forEach(function(k){f[k]=select[k].value;});
    var shown={};var n=0;
    rows.forEach(function(r){
      var ok=(!f.party||has(r.dataset.parties,f.party))&&(!f.kind||r.dataset.kind===f.kind)
        &&(!f.sector||has(r.dataset.sectors,f.sector))&&(!f.year||r.dataset.year===f.year);
      r.hidden=!ok;if(ok){shown[r.dataset.ev]=true;n++;}
    });
    function any(list){return list.split(" ").some(function(e){return shown[e];});}
    [].forEach.call(document.querySelectorAll("svg .mark"),function(m){
      m.style.display=shown[m.dataset.ev]?"":"none";});
    [].forEach.call(document.querySelectorAll("mark.ev"),function(m){
      m.classList.toggle("off",!any(m.dataset.ev));});
    var filtered=keys.some(function(k){return f[k];});
    [].forEach.call(document.querySelectorAll("article.doc"),function(a){
      a.hidden=filtered&&!any(a.dataset.ev);});
    [].forEach.call(document.querySelectorAll("tr.dyad"),function(r){
      var c={consultation:0,declaration:0,agreement:0};
      r.dataset.ev.split(" ").forEach(function(e){if(shown[e])c[kinds[e]]++;});
      var total=c.consultation+c.declaration+c.agreement;
      r.cells[2].textContent=c.consultation;r.cells[3].textContent=c.declaration;
      r.cells[4].textContent=c.agreement;r.cells[5].textContent=total;
      r.hidden=total===0||(f.party&&!has(r.dataset.parties,f.party));
    });
    document.getElementById("shown").textContent=n;
    var hash=keys.filter(function(k){return f[k];}).map(function(k){
      return k+"="+encodeURIComponent(f[k]);}).join("&");
    if(history.replaceState)history.replaceState(null,"",hash?"#"+hash:location.pathname);
  }
  location.hash.replace(/^#/,"").split("&").forEach(function(pair){
    var kv=pair.split("=");if(select[kv[0]]&&kv.length===2){
      select[kv[0]].value=decodeURIComponent(kv[1]);}
  });
  keys.forEach(function(k){select[k].addEventListener("change",apply);});
  document.getElementById("reset").addEventListener("click",function(){
    keys.forEach(function(k){select[k].value="";});apply();});
  apply();
})();
"""

_SVG_WIDTH: Final = 1120
_SVG_LEFT: Final = 190
_SVG_ROW: Final = 22
_ROW_ORDER: Final = (
    *(("consultation", item.value) for item in ConsultationFormat),
    ("declaration", "declaration"),
    *(("agreement", item.value) for item in Stage),
    ("agreement", "agreement"),
)
_COLOURS: Final = {
    "consultation": "#1f77b4",
    "declaration": "#2ca02c",
    Stage.NEGOTIATED.value: "#9467bd",
    Stage.SIGNED.value: "#ff7f0e",
    Stage.APPROVED.value: "#8c564b",
    Stage.RATIFIED.value: "#e377c2",
    Stage.IN_FORCE.value: "#17becf",
    "agreement": "#d62728",
}


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _year(record: Reported) -> str:
    """The year an event is filed under: its date's (start) year, else that of an
    agreement's latest dated stage; ``"unknown"`` when no year is known."""
    event = record.event
    dates: list[DateValue | None] = [event.date]
    if isinstance(event, Agreement):
        dates.extend(stage.date for stage in reversed(event.stages))
    for value in dates:
        start = value.start if isinstance(value, DateSpan) else value
        if start is not None and start.year is not None:
            return str(start.year)
    return "unknown"


def _timeline_svg(events: EventSet, numbers: Mapping[int, int]) -> str:
    """The timeline of every event as an inline SVG drawing, marks tagged with event numbers."""
    line = timeline_of(events.records, ())
    placed: list[tuple[tuple[str, str], dt.date, dt.date, bool, int, str]] = []
    for entry in line.dated:
        extent = date_extent(entry.date)
        if extent is None:
            continue
        event = entry.record.event
        if isinstance(event, Consultation):
            row = ("consultation", event.format.value)
        elif isinstance(event, Declaration):
            row = ("declaration", "declaration")
        else:
            row = ("agreement", "agreement" if entry.stage is None else entry.stage.stage.value)
        label = f"{entry.date} · {' – '.join(event.party_codes)} · {event_cells(event)[1]}"
        first, after, precision = extent
        placed.append((row, first, after, precision == "day", numbers[id(entry.record)], label))
    left_out = len(line.year_unknown) + len(line.undated)
    note = (
        f'<p class="note">Not drawn: {len(line.year_unknown)} with an unknown year, '
        f"{len(line.undated)} undated.</p>"
        if left_out
        else ""
    )
    if not placed:
        return '<p class="note">No event with a known year.</p>' + note
    rows = [key for key in _ROW_ORDER if any(item[0] == key for item in placed)]
    first = min(item[1] for item in placed)
    last = max(item[2] for item in placed) - dt.timedelta(days=1)  # the last day drawn
    lo = dt.date(first.year, 1, 1).toordinal()
    hi = dt.date(last.year, 12, 31).toordinal() + 1  # the end of the last year drawn
    scale = (_SVG_WIDTH - _SVG_LEFT - 40) / (hi - lo)
    height = 30 + _SVG_ROW * len(rows)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_SVG_WIDTH}" height="{height}" '
        f'viewBox="0 0 {_SVG_WIDTH} {height}" role="img" aria-label="timeline">'
    ]
    years = list(range(first.year, last.year + 1))
    step = max(1, len(years) // 12)
    for year in years[::step]:
        x = _SVG_LEFT + (dt.date(year, 1, 1).toordinal() - lo) * scale
        parts.append(
            f'<line x1="{x:.1f}" y1="4" x2="{x:.1f}" y2="{height - 18}" stroke="#e5e5e5"/>'
            f'<text x="{x + 2:.1f}" y="{height - 5}">{year}</text>'
        )
    for index, (kind, name) in enumerate(rows):
        y = 12 + index * _SVG_ROW
        title = name.replace("_", " ") if kind != "agreement" else f"agreement: {name}"
        parts.append(f'<text x="{_SVG_LEFT - 8}" y="{y + 4}" text-anchor="end">{_e(title)}</text>')
    for (kind, name), start, after, is_day, number, label in placed:
        y = 12 + rows.index((kind, name)) * _SVG_ROW
        colour = _COLOURS[name] if kind == "agreement" else _COLOURS[kind]
        x = _SVG_LEFT + (start.toordinal() - lo) * scale
        if is_day:
            shape = f'<circle cx="{x:.1f}" cy="{y}" r="5" fill="{colour}" stroke="#222"/>'
        else:
            width = max(2.0, (after - start).days * scale)
            shape = (
                f'<rect x="{x:.1f}" y="{y - 5}" width="{width:.1f}" height="10" '
                f'fill="{colour}" fill-opacity="0.55" stroke="{colour}"/>'
            )
        parts.append(f'<g class="mark" data-ev="{number}"><title>{_e(label)}</title>{shape}</g>')
    parts.append("</svg>")
    return "".join(parts) + note


def _options(name: str, label: str, values: Iterable[tuple[str, str]]) -> str:
    items = "".join(f'<option value="{_e(v)}">{_e(text)}</option>' for v, text in values)
    return (
        f'<span class="filter"><label for="f-{name}">{label}</label> '
        f'<select id="f-{name}"><option value="">all</option>{items}</select></span>'
    )


def _dyad_table(events: EventSet, numbers: Mapping[int, int]) -> str:
    pairs: dict[tuple[str, str], list[int]] = {}
    names: dict[str, str] = {}
    for record in events:
        for one, other in combinations(record.event.parties, 2):
            names[one.code], names[other.code] = one.name, other.name
            pairs.setdefault((one.code, other.code), []).append(numbers[id(record)])
    kinds = {numbers[id(record)]: record.event.kind for record in events}
    ordered = sorted(pairs.items(), key=lambda item: (-len(item[1]), item[0]))
    rows = []
    for (a, b), evs in ordered:
        count = Counter(kinds[n] for n in evs)
        rows.append(
            f'<tr class="dyad" data-parties="{_e(a)} {_e(b)}" '
            f'data-ev="{" ".join(map(str, evs))}">'
            f"<td>{_e(names[a])} ({_e(a)})</td><td>{_e(names[b])} ({_e(b)})</td>"
            f'<td class="num">{count[EventKind.CONSULTATION]}</td>'
            f'<td class="num">{count[EventKind.DECLARATION]}</td>'
            f'<td class="num">{count[EventKind.AGREEMENT]}</td>'
            f'<td class="num">{len(evs)}</td></tr>'
        )
    if not rows:
        return '<p class="note">No event with two parties.</p>'
    return (
        '<div class="scroll"><table id="dyads"><thead><tr><th>party</th><th>partner</th>'
        "<th>consultations</th>"
        "<th>declarations</th><th>agreements</th><th>events</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def _url(value: str | None) -> str:
    if not value:
        return ""
    if value.startswith(("https://", "http://")):
        return f' · <a href="{_e(value)}" rel="noreferrer">{_e(value)}</a>'
    return f" · {_e(value)}"


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _spans_by_document(
    records: Sequence[Reported], numbers: Mapping[int, int], known: Mapping[str, Article]
) -> dict[str, list[tuple[Span, str]]]:
    spans: dict[str, list[tuple[Span, str]]] = {doc_id: [] for doc_id in known}
    for record in records:
        ref = str(numbers[id(record)])
        for doc_id, span in record.evidence:
            if doc_id is not None:
                spans[doc_id].append((span, ref))
    return spans


def _article_html(
    index: int, article: Article, spans: Sequence[tuple[Span, str]], anchors: dict[str, str]
) -> str:
    """One article: its heading, then its text with the evidence marked (or the quotes)."""
    refs = sorted({ref for _, ref in spans}, key=int)
    published = "" if article.published is None else f" · published {article.published}"
    head = (
        f"<h3>{_e(article.id)}{_e(published)}{_url(article.source_url)} · "
        f"{len(refs)} event{'' if len(refs) == 1 else 's'}</h3>"
    )
    text = article.text
    if text:
        fitting = [(span, ref) for span, ref in spans if text[span.start : span.end] == span.text]
        for _, ref in fitting:
            anchors.setdefault(ref, f"a{index}-ev{ref}")
        marked = highlight(text, fitting, mark_class="ev", id_prefix=f"a{index}-ev")
        body = f'<div class="text">{marked}</div>'
    else:
        items = []
        here: set[str] = set()
        for span, ref in spans:
            anchor = "" if ref in here else f'<span id="a{index}-ev{ref}"></span>'
            here.add(ref)
            anchors.setdefault(ref, f"a{index}-ev{ref}")
            items.append(
                f'<li>{anchor}<mark class="ev" data-ev="{ref}">{_e(span.text)}</mark></li>'
            )
        body = (
            '<p class="note">The article text is not in the input: evidence quotes only.</p>'
            f"<ul>{''.join(items)}</ul>"
        )
    return (
        f'<article class="doc" id="doc-{index}" data-ev="{" ".join(refs)}">{head}{body}</article>'
    )


def _event_row(
    record: Reported, number: int, anchors: Mapping[str, str], order: Mapping[str, int]
) -> str:
    event = record.event
    kind, what, parties, date, place, sectors = event_cells(event)
    quote = next((span.text for _, span in record.evidence), "")
    anchor = anchors.get(str(number))
    evidence = (
        f'<a href="#{anchor}" class="quote">{_e(_clip(quote, 110))}</a>'
        if anchor and quote
        else f'<span class="quote">{_e(_clip(quote, 110))}</span>'
    )
    documents = ", ".join(
        f'<a href="#doc-{order[doc_id]}">{_e(doc_id)}</a>' for doc_id in record.document_ids
    )
    return (
        f'<tr class="event k-{kind}" id="event-{number}" data-ev="{number}" '
        f'data-kind="{kind}" data-parties="{_e(" ".join(event.party_codes))}" '
        f'data-sectors="{_e(" ".join(sorted(event.sectors)))}" data-year="{_year(record)}">'
        f'<td class="num">{number + 1}</td><td>{_e(date)}</td><td>{_e(kind)}</td>'
        f"<td>{_e(what)}</td><td>{_e(parties)}</td><td>{_e(place)}</td>"
        f"<td>{_e(sectors.replace(', ', ' '))}</td><td>{documents}</td>"
        f"<td>{evidence}</td></tr>"
    )


def _filters(events: EventSet) -> str:
    years = {_year(record) for record in events}
    known_years = sorted(years - {"unknown"})
    year_options = [(year, year) for year in known_years]
    if "unknown" in years:
        year_options.append(("unknown", "unknown year"))
    count = len(events)
    return (
        _options("party", "Party", ((p.code, f"{p.name} ({p.code})") for p in events.parties()))
        + _options("kind", "Kind", ((k.value, k.value) for k in EventKind))
        + _options("sector", "Sector", ((s.value, s.value) for s in Sector))
        + _options("year", "Year", year_options)
        + '<button id="reset" type="button">Reset</button>'
        + f'<span><b id="shown">{count}</b> of {count} events shown</span>'
    )


def render_report(
    events: EventSet,
    articles: Sequence[Article] = (),
    *,
    title: str = "diplorel report",
) -> str:
    """The HTML report of ``events``, with the text of ``articles`` where known.

    Each event's evidence is highlighted in the text of the article it came
    from (the article whose id is the report's document id; every report of
    a merged record). Documents of the events that are not among
    ``articles`` get an article without text that lists the evidence quotes.
    """
    records = events.records
    numbers = {id(record): index for index, record in enumerate(records)}
    known = {article.id: article for article in articles}
    for record in records:
        for doc_id in record.document_ids:
            known.setdefault(doc_id, Article(id=doc_id))
    order = {doc_id: index for index, doc_id in enumerate(known)}
    spans = _spans_by_document(records, numbers, known)
    anchors: dict[str, str] = {}
    article_parts = [
        _article_html(order[doc_id], article, spans[doc_id], anchors)
        for doc_id, article in known.items()
    ]
    event_rows = [_event_row(record, numbers[id(record)], anchors, order) for record in records]
    count = len(records)
    body = (
        f"<header><h1>{_e(title)}</h1><p>{count} event{'' if count == 1 else 's'} "
        f"from {len(known)} article{'' if len(known) == 1 else 's'} · diplorel "
        f"{_e(__version__)}</p></header>"
        f'<section id="filters">{_filters(events)}</section>'
        f'<section id="timeline"><h2>Timeline</h2>{_timeline_svg(events, numbers)}</section>'
        f'<section id="partners"><h2>Partners</h2>{_dyad_table(events, numbers)}</section>'
        '<section id="events"><h2>Events</h2><div class="scroll"><table><thead><tr>'
        "<th>#</th><th>date</th>"
        "<th>kind</th><th>what</th><th>parties</th><th>place</th><th>sectors</th>"
        "<th>document</th><th>evidence</th></tr></thead>"
        f"<tbody>{''.join(event_rows)}</tbody></table></div></section>"
        f'<section id="articles"><h2>Articles</h2>{"".join(article_parts)}</section>'
    )
    return (
        '<!DOCTYPE html>\n<html lang="fr"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">"
        f"<title>{_e(title)}</title><style>{_STYLE}</style></head>"
        f"<body>{body}<script>{_SCRIPT}</script></body></html>\n"
    )


def write_report(
    path: str | os.PathLike[str],
    events: EventSet,
    articles: Sequence[Article] = (),
    *,
    title: str = "diplorel report",
) -> None:
    """Write :func:`render_report` to ``path`` (UTF-8)."""
    Path(path).write_text(render_report(events, articles, title=title), encoding="utf-8")
