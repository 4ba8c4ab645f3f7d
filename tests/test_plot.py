"""Tests of the charts (diplorel.plot) and of ``diplorel plot``: rendered images are checked."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytest.importorskip("matplotlib", reason="the plot extra (matplotlib) is not installed")

import numpy as np
from matplotlib import rcParams
from matplotlib.collections import PathCollection, PolyCollection
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from matplotlib.image import imread
from matplotlib.patches import Rectangle
from matplotlib.text import Text
from numpy.typing import NDArray

from diplorel import (
    Agreement,
    AgreementStage,
    Consultation,
    DateSpan,
    Declaration,
    Event,
    EventSet,
    PartialDate,
    party,
)
from diplorel.cli import main
from diplorel.errors import InvalidValueError, UnknownEntityError
from diplorel.io import document_record
from diplorel.model import Document
from diplorel.plot import (
    KIND_COLOURS,
    STAGE_STYLES,
    date_extent,
    plot_counts,
    plot_partners,
    plot_timeline,
)
from diplorel.strategies import events

DPI = 80


def _date(text: str) -> PartialDate:
    return PartialDate.parse(text)


def _events() -> EventSet:
    aze, mar, dza = party("AZE"), party("MAR"), party("DZA")
    events: list[Event] = [
        Agreement(
            parties=[aze, mar],
            title="Accord de coopération énergétique",
            date=_date("2024-03-05"),
            stages=[
                AgreementStage(stage="signed", date=_date("2024-03-05")),
                AgreementStage(stage="ratified", date=_date("2024-11")),
            ],
            sectors=["energy"],
        ),
        Agreement(
            parties=[aze, mar],
            instrument="memorandum",
            date=_date("2025"),
            stages=[AgreementStage(stage="signed", date=_date("2025"))],
        ),
        Consultation(parties=[aze, mar], format="meeting", date=_date("2024-06-10")),
        Consultation(
            parties=[aze, mar], format="meeting", date=_date("2025-01-20"), sectors=["trade"]
        ),
        Consultation(
            parties=[aze, mar],
            format="phone_call",
            date=DateSpan.parse("2024-07-05/2024-07-06"),
        ),
        Consultation(parties=[aze, mar], format="political_consultations", round=3),
        Consultation(parties=[aze, mar], format="joint_commission", date=_date("XXXX-12-27")),
        Declaration(parties=[aze, mar], declaration="joint_declaration", date=_date("2024-09")),
        Consultation(parties=[aze, dza], format="visit", date=_date("2024-06-11")),
        Agreement(
            parties=[aze, dza],
            date=_date("2024-06-11"),
            stages=[AgreementStage(stage="signed", date=_date("2024-06-11"))],
            sectors=["energy", "trade"],
        ),
    ]
    return EventSet.from_events(events, document_id="article-1")


def _pixels(fig: Figure) -> NDArray[np.float32]:
    """The figure rendered as a PNG and read back: an array of RGB(A) floats."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI)
    data = buffer.getvalue()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    return np.asarray(imread(io.BytesIO(data), format="png"), dtype=np.float32)


def _size(fig: Figure) -> tuple[int, int]:
    width, height = fig.get_size_inches()
    return round(height * DPI), round(width * DPI)


def _non_blank(pixels: NDArray[np.float32]) -> None:
    grey = pixels[..., :3].mean(axis=2)
    assert grey.std() > 0.05
    assert (grey < 0.5).mean() > 0.005  # some dark ink: text, ticks, frames


def _blobs(
    pixels: NDArray[np.float32], colour: str, alpha: float = 1.0, tolerance: float = 0.03
) -> int:
    """How many separate areas of at least 6 pixels have this colour (over white at ``alpha``)."""
    target = np.array(to_rgb(colour)) * alpha + (1 - alpha)
    mask: NDArray[np.bool_] = np.asarray(
        (np.abs(pixels[..., :3] - target) < tolerance).all(axis=2)
    )
    seen = np.zeros_like(mask)
    count = 0
    height, width = mask.shape
    for y, x in zip(*np.nonzero(mask), strict=True):
        if seen[y, x]:
            continue
        size = 0
        stack = [(int(y), int(x))]
        seen[y, x] = True
        while stack:
            cy, cx = stack.pop()
            size += 1
            for ny, nx in ((cy + 1, cx), (cy - 1, cx), (cy, cx + 1), (cy, cx - 1)):
                if 0 <= ny < height and 0 <= nx < width and mask[ny, nx] and not seen[ny, nx]:
                    seen[ny, nx] = True
                    stack.append((ny, nx))
        if size >= 6:
            count += 1
    return count


def _offsets(fig: Figure, gid: str) -> int:
    ax = fig.axes[0]
    return sum(
        np.asarray(item.get_offsets()).shape[0]
        for item in ax.collections
        if isinstance(item, PathCollection) and item.get_gid() == gid
    )


def _bars(fig: Figure) -> int:
    ax = fig.axes[0]
    return sum(
        len(item.get_paths())
        for item in ax.collections
        if isinstance(item, PolyCollection) and item.get_gid() == "bars"
    )


def _rectangles(fig: Figure) -> list[Rectangle]:
    return [patch for patch in fig.axes[0].patches if isinstance(patch, Rectangle)]


def _note(fig: Figure) -> str:
    found = fig.findobj(lambda artist: artist.get_gid() == "note")
    return " ".join(item.get_text() for item in found if isinstance(item, Text))


# -- the timeline --------------------------------------------------------------------


def test_timeline_rows_marks_and_note() -> None:
    fig = plot_timeline(_events(), "AZE", "MAR")
    labels = [text.get_text() for text in fig.axes[0].get_yticklabels()]
    assert labels == [
        "agreement: Accord de coopération énergétique",
        "meeting (2)",
        "phone call (1)",
        "declarations (1)",
        "memorandum (article-1)",
    ]
    # Days are markers: the signature of 5 March and the two meetings.
    assert _offsets(fig, "points") == 3
    # Months, years and ranges are bars: the ratification (2024-11), the
    # memorandum (2025), the phone call (two days), the declaration (2024-09).
    assert _bars(fig) == 4
    # The first agreement's two stages are joined by a line.
    assert len([line for line in fig.axes[0].lines if line.get_gid() == "link"]) == 1
    assert _note(fig) == "Left out: 1 with an unknown year and 1 undated."


def test_timeline_image_shows_each_mark() -> None:
    fig = plot_timeline(_events(), "AZE", "MAR")
    pixels = _pixels(fig)
    assert pixels.shape[:2] == _size(fig)
    _non_blank(pixels)
    consultation = KIND_COLOURS[Consultation.kind]
    signed, _ = STAGE_STYLES[AgreementStage(stage="signed").stage]
    ratified, _ = STAGE_STYLES[AgreementStage(stage="ratified").stage]
    # Two meeting markers and the legend's consultation marker.
    assert _blobs(pixels, consultation) == 3
    # The signature marker, and the legend's.
    assert _blobs(pixels, signed) == 2
    # Bars are drawn in a light shade (55 % over white): the ratification month and the
    # memorandum's year are bars in the stage colours, the ratification's
    # legend marker is solid.
    assert _blobs(pixels, ratified, alpha=0.55) == 1
    assert _blobs(pixels, signed, alpha=0.55) == 1
    assert _blobs(pixels, ratified) == 1


def test_a_month_bar_spans_the_month() -> None:
    fig = plot_timeline(_events().kind("declaration"), "AZE", "MAR")
    (bars,) = [item for item in fig.axes[0].collections if item.get_gid() == "bars"]
    (path,) = bars.get_paths()
    xs = np.asarray(path.vertices)[:, 0]
    epoch = dt.date.fromisoformat(str(rcParams["date.epoch"])[:10])
    assert epoch + dt.timedelta(days=float(xs.min())) == dt.date(2024, 9, 1)
    assert epoch + dt.timedelta(days=float(xs.max())) == dt.date(2024, 10, 1)


def test_timeline_of_one_party_and_of_nothing() -> None:
    fig = plot_timeline(_events(), "DZA")
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == [
        "visit (1)",
        "agreement (article-1)",
    ]
    assert _offsets(fig, "points") == 2
    empty = plot_timeline(_events(), "AZE", "SEN")
    assert _offsets(empty, "points") == 0
    assert _bars(empty) == 0
    assert "No dated entry" in [text.get_text() for text in empty.axes[0].texts]
    _non_blank(_pixels(empty))
    with pytest.raises(UnknownEntityError):
        plot_timeline(_events(), "ZZZ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-05", ("2024-03-05", "2024-03-06", "day")),
        ("2024-02", ("2024-02-01", "2024-03-01", "month")),
        ("2024", ("2024-01-01", "2025-01-01", "year")),
        ("2024-12-30/2025-01", ("2024-12-30", "2025-02-01", "range")),
    ],
)
def test_date_extent(text: str, expected: tuple[str, str, str]) -> None:
    value = DateSpan.parse(text) if "/" in text else _date(text)
    found = date_extent(value)
    assert found is not None
    assert (found[0].isoformat(), found[1].isoformat(), found[2]) == expected


def test_date_extent_of_what_cannot_be_placed() -> None:
    assert date_extent(None) is None
    assert date_extent(_date("XXXX-06")) is None
    assert date_extent(DateSpan.parse("XXXX-06-01/XXXX-06-03")) is None


# -- partners and counts -------------------------------------------------------------


def test_partners_bars_by_kind() -> None:
    fig = plot_partners(_events(), "AZE")
    labels = [text.get_text() for text in fig.axes[0].get_yticklabels()]
    assert labels == ["Maroc (MAR)", "Algérie (DZA)"]
    widths = {}
    for patch in _rectangles(fig):
        widths[(round(patch.get_y() + patch.get_height() / 2), patch.get_facecolor()[:3])] = (
            patch.get_width()
        )
    consultation = to_rgb(KIND_COLOURS[Consultation.kind])
    agreement = to_rgb(KIND_COLOURS[Agreement.kind])
    declaration = to_rgb(KIND_COLOURS[Declaration.kind])
    # Morocco: 5 consultations, 1 declaration, 2 agreements; Algeria: 1 and 1.
    assert widths == {
        (0, consultation): 5,
        (0, declaration): 1,
        (0, agreement): 2,
        (1, consultation): 1,
        (1, agreement): 1,
    }
    assert [t.get_text() for t in fig.axes[0].texts] == [" 8", " 2"]
    pixels = _pixels(fig)
    assert pixels.shape[:2] == _size(fig)
    _non_blank(pixels)
    # One agreement segment per partner, and the legend's patch.
    assert _blobs(pixels, KIND_COLOURS[Agreement.kind]) == 3
    assert _blobs(pixels, KIND_COLOURS[Declaration.kind]) == 2


def test_partners_top_and_note() -> None:
    fig = plot_partners(_events(), "AZE", top=1)
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["Maroc (MAR)"]
    assert _note(fig) == "… and 1 more partner."
    with pytest.raises(InvalidValueError):
        plot_partners(_events(), "AZE", top=0)


def test_counts_by_month() -> None:
    fig = plot_counts(_events())
    rectangles = _rectangles(fig)
    # Months with events: 2024-03 (agreement), 2024-06 (meeting, visit: 2
    # consultations; agreement), 2024-07 (call), 2024-09 (declaration),
    # 2025-01 (meeting): one segment per month and kind.
    assert sorted(patch.get_height() for patch in rectangles) == [1, 1, 1, 1, 1, 2]
    assert _note(fig) == ("Left out: 1 dated by a year alone, 1 with an unknown year, 1 undated.")
    pixels = _pixels(fig)
    _non_blank(pixels)
    assert _blobs(pixels, KIND_COLOURS[Declaration.kind]) == 2  # a bar and the legend


def test_counts_by_sector() -> None:
    fig = plot_counts(_events(), by="sector")
    labels = [text.get_text() for text in fig.axes[0].get_yticklabels()]
    assert labels == ["energy", "trade", "(no sector)"]
    total = sum(patch.get_width() for patch in _rectangles(fig))
    assert total == 2 + 2 + 7
    _non_blank(_pixels(fig))
    with pytest.raises(InvalidValueError):
        plot_counts(_events(), by="week")  # type: ignore[arg-type]


def test_charts_of_an_empty_set_render() -> None:
    empty = EventSet()
    for fig in (plot_counts(empty), plot_counts(empty, by="sector")):
        assert not _rectangles(fig)
        _non_blank(_pixels(fig))


def test_without_matplotlib_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [name for name in sys.modules if name.startswith("matplotlib")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(ImportError, match=r"diplorel\[plot\]"):
        plot_counts(_events())


# -- the command line ----------------------------------------------------------------


@pytest.fixture
def jsonl(tmp_path: Path) -> Path:
    doc = Document(id="article-1", text="", events=[record.event for record in _events()])
    path = tmp_path / "events.jsonl"
    path.write_text(json.dumps(document_record(doc), ensure_ascii=False) + "\n", "utf-8")
    return path


@pytest.mark.parametrize(
    "argv",
    [
        ["timeline", "AZE", "MAR"],
        ["timeline", "DZA"],
        ["timeline", "--max-agreements", "0", "AZE", "MAR"],
        ["partners", "AZE", "--top", "3"],
        ["counts", "--by", "sector"],
        ["counts", "--kind", "consultation"],
    ],
)
def test_cli_writes_a_picture(
    argv: list[str], jsonl: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "chart.png"
    assert main(["plot", *argv, str(jsonl), "-o", str(out), "--dpi", "50"]) == 0
    pixels = np.asarray(imread(out), dtype=np.float32)
    assert pixels.shape[1] > 300
    assert pixels.shape[0] > 100
    _non_blank(pixels)
    assert capsys.readouterr() == ("", "")
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith(".")] == []


def test_cli_svg(jsonl: Path, tmp_path: Path) -> None:
    out = tmp_path / "chart.svg"
    assert main(["plot", "timeline", "AZE", "MAR", str(jsonl), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").lstrip().startswith("<?xml")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["timeline", "ZZZ", "AZE"], "unknown party code 'ZZZ'"),
        (["partners", "AZE", "--top", "0"], "expected a positive whole number"),
    ],
)
def test_cli_bad_arguments(
    argv: list[str],
    message: str,
    jsonl: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["plot", *argv, str(jsonl), "-o", str(tmp_path / "x.png")])
    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err


def test_cli_unknown_format(jsonl: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["plot", "counts", str(jsonl), "-o", "chart.bmp"])
    assert "cannot tell the format of 'chart.bmp'" in capsys.readouterr().err


def test_cli_without_matplotlib(
    jsonl: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in [name for name in sys.modules if name.startswith("matplotlib")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    out = tmp_path / "chart.png"
    assert main(["plot", "counts", str(jsonl), "-o", str(out)]) == 1
    assert "pip install 'diplorel[plot]'" in capsys.readouterr().err
    assert not out.exists()


def test_cli_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n", encoding="utf-8")
    assert main(["plot", "counts", str(bad), "-o", str(tmp_path / "c.png")]) == 1
    assert "line 1" in capsys.readouterr().err


def test_module_examples() -> None:
    import doctest  # noqa: PLC0415

    import diplorel.plot  # noqa: PLC0415

    result = doctest.testmod(diplorel.plot, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0


@pytest.mark.filterwarnings("ignore:Glyph .* missing from font")  # titles in any script
@settings(max_examples=8, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(events(registered_only=True), min_size=1, max_size=6))
def test_any_events_draw(drawn: list[Event]) -> None:
    chosen = EventSet.from_events(drawn, document_id="doc")
    code = drawn[0].parties[0].code
    timeline = plot_timeline(chosen, code)
    line = chosen.timeline(code)
    assert _offsets(timeline, "points") + _bars(timeline) == len(line.dated)
    partners = plot_partners(chosen, code)
    assert sum(patch.get_width() for patch in _rectangles(partners)) == sum(
        count for _, count in chosen.partners(code)
    )
    for fig in (timeline, partners, plot_counts(chosen), plot_counts(chosen, by="sector")):
        fig.savefig(io.BytesIO(), format="png", dpi=20)


def test_cli_timeline_b_is_a_party_or_the_first_file(
    jsonl: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "chart.png"
    # One party and two files: the second argument is a file, not a party.
    assert main(["plot", "timeline", "DZA", str(jsonl), str(jsonl), "-o", str(out)]) == 0
    assert out.exists()
    assert main(["plot", "timeline", "AZE", "ma", str(jsonl), "-o", str(out)]) == 0  # alpha-2
    status = main(["plot", "timeline", "AZE", "ZZZ", str(jsonl), "-o", str(out)])
    assert status == 2
    assert "unknown party code 'ZZZ'" in capsys.readouterr().err


def test_timeline_draws_at_most_max_agreements() -> None:
    fig = plot_timeline(_events(), "AZE", "MAR", max_agreements=1)
    labels = [text.get_text() for text in fig.axes[0].get_yticklabels()]
    assert labels == [
        "agreement: Accord de coopération énergétique",
        "meeting (2)",
        "phone call (1)",
        "declarations (1)",
    ]
    assert _note(fig) == (
        "Left out: 1 with an unknown year and 1 undated. "
        "1 more agreement not drawn (max_agreements)."
    )
    none = plot_timeline(_events(), "AZE", "DZA", max_agreements=0)
    assert [t.get_text() for t in none.axes[0].get_yticklabels()] == ["visit (1)"]
    assert _note(none) == "1 more agreement not drawn (max_agreements)."
    with pytest.raises(InvalidValueError):
        plot_timeline(_events(), "AZE", max_agreements=-1)


def test_long_names_are_clipped() -> None:
    talk = Consultation(parties=[party("ABW"), party("UNRWA")], format="meeting")
    fig = plot_partners(EventSet([talk]), "ABW")
    (label,) = [text.get_text() for text in fig.axes[0].get_yticklabels()]
    assert label.endswith("… (UNRWA)")
    assert len(label) <= 40
    _non_blank(_pixels(fig))
