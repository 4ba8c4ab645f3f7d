"""Pictures of events with matplotlib: a dyad timeline, a party's partners, counts.

Every function takes an :class:`~diplorel.query.EventSet` and returns a
:class:`matplotlib.figure.Figure` built without :mod:`matplotlib.pyplot`: no
window opens, no global figure is left behind, and the figure renders with
the Agg canvas (``fig.savefig("t.png")``). In a notebook, the figure shows
itself when it is the last value of a cell.

matplotlib is an optional dependency: ``pip install 'diplorel[plot]'``. This
module imports without it; a function called without it raises an
:class:`ImportError` that names the extra.

Dates are drawn as precise as the text gives them, never more: a day is a
marker, a month a bar over that month, a year a bar over that year, a range a
bar from its first to its last possible day. Entries whose year is unknown
(``XXXX-12-27``) and undated ones cannot be placed on a time axis; they are
left out and counted in a note under the chart.

>>> from diplorel import EventSet, Consultation, party, PartialDate
>>> talk = Consultation(parties=[party("AZE"), party("MAR")], format="meeting",
...                     date=PartialDate(year=2025, month=4, day=21))
>>> fig = plot_timeline(EventSet([talk]), "AZE", "MAR")
>>> [text.get_text() for text in fig.axes[0].get_yticklabels()]
['meeting (1)']
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Final, Literal

from diplorel.errors import InvalidValueError
from diplorel.model import (
    Agreement,
    Consultation,
    ConsultationFormat,
    DateSpan,
    DateValue,
    Declaration,
    EventKind,
    PartialDate,
    Sector,
    Stage,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from diplorel.query import EventSet, TimelineEntry

__all__ = [
    "KIND_COLOURS",
    "STAGE_STYLES",
    "Precision",
    "date_extent",
    "plot_counts",
    "plot_partners",
    "plot_timeline",
]

Precision = Literal["day", "month", "year", "range"]
"""How precisely a drawn date is known: a marker for a day, a bar for the others."""

KIND_COLOURS: Final[dict[EventKind, str]] = {
    EventKind.CONSULTATION: "#1f77b4",
    EventKind.DECLARATION: "#2ca02c",
    EventKind.AGREEMENT: "#d62728",
}
"""The colour of each kind of event, in every chart."""

STAGE_STYLES: Final[dict[Stage | None, tuple[str, str]]] = {
    Stage.NEGOTIATED: ("#9467bd", "D"),
    Stage.SIGNED: ("#ff7f0e", "s"),
    Stage.APPROVED: ("#8c564b", "^"),
    Stage.RATIFIED: ("#e377c2", "v"),
    Stage.IN_FORCE: ("#17becf", "*"),
    None: (KIND_COLOURS[EventKind.AGREEMENT], "o"),
}
"""The colour and marker of each agreement stage (``None``: an agreement's own date)."""

_EXTRA: Final = "pip install 'diplorel[plot]'"
_ROW_HEIGHT: Final = 0.38
_MONTHS_SHOWN: Final = 400


def _matplotlib() -> tuple[type[Figure], Any]:
    """``(matplotlib.figure.Figure, matplotlib.dates)``, or an ImportError naming the extra."""
    try:
        import matplotlib.dates as mdates  # noqa: PLC0415 - optional dependency
        from matplotlib.figure import Figure  # noqa: PLC0415
    except ImportError as exc:
        raise ImportError(
            f"diplorel.plot needs matplotlib, which is not installed: {_EXTRA}"
        ) from exc
    return Figure, mdates


def date_extent(value: DateValue | None) -> tuple[dt.date, dt.date, Precision] | None:
    """The first day, the day after the last, and the precision of a date; None
    when it cannot be placed on a time axis (no date, or no known year). (A
    date ending on 9999-12-31 ends on that day: datetime has no day after.)

    >>> date_extent(PartialDate.parse("2025-02"))
    (datetime.date(2025, 2, 1), datetime.date(2025, 3, 1), 'month')
    >>> date_extent(PartialDate.parse("XXXX-12-27")) is None
    True
    """
    if value is None:
        return None
    if isinstance(value, DateSpan):
        first = value.start.bounds()
        last = value.end.bounds() or first
        if first is None or last is None:
            return None
        return first[0], _day_after(last[1]), "range"
    bounds = value.bounds()
    if bounds is None:
        return None
    precision: Precision = "day" if value.day is not None else "month" if value.month else "year"
    return bounds[0], _day_after(bounds[1]), precision


def _day_after(day: dt.date) -> dt.date:
    """The next day; the last day :mod:`datetime` knows (9999-12-31) has none: itself."""
    return day if day == dt.date.max else day + dt.timedelta(days=1)


class _Marks:
    """Markers and bars to draw, grouped by style so that each style is one artist."""

    def __init__(self) -> None:
        self.points: dict[tuple[str, str], list[tuple[dt.date, float]]] = defaultdict(list)
        self.bars: dict[tuple[str, float], list[tuple[dt.date, dt.date]]] = defaultdict(list)
        self.links: list[tuple[dt.date, dt.date, float]] = []

    def add(self, value: DateValue | None, row: float, colour: str, marker: str) -> None:
        """A marker for a day, a bar for a longer date; nothing for what cannot be placed."""
        extent = date_extent(value)
        if extent is None:
            return
        first, after, precision = extent
        if precision == "day":
            self.points[(colour, marker)].append((first, row))
        else:
            self.bars[(colour, row)].append((first, after))

    def draw(self, ax: Axes, mdates: Any) -> None:
        for first, last, row in self.links:
            ax.plot(
                [mdates.date2num(first), mdates.date2num(last)],
                [row, row],
                color="#bbbbbb",
                linewidth=1,
                zorder=1,
                gid="link",
            )
        for (colour, row), spans in self.bars.items():
            ax.broken_barh(
                [
                    (mdates.date2num(first), mdates.date2num(after) - mdates.date2num(first))
                    for first, after in spans
                ],
                (row - _ROW_HEIGHT / 2, _ROW_HEIGHT),
                facecolors=_light(colour),
                edgecolor=_light(colour),
                zorder=2,
                gid="bars",
            )
        for (colour, marker), points in self.points.items():
            ax.scatter(
                [mdates.date2num(day) for day, _ in points],
                [row for _, row in points],
                c=colour,
                marker=marker,
                s=70,
                edgecolors="black",
                linewidths=0.5,
                zorder=3,
                gid="points",
            )


def _light(colour: str) -> tuple[float, float, float]:
    """The colour at 55 % over white, opaque: the grid and links do not show through."""
    from matplotlib.colors import to_rgb  # noqa: PLC0415 - optional dependency

    red, green, blue = to_rgb(colour)
    return (red * 0.55 + 0.45, green * 0.55 + 0.45, blue * 0.55 + 0.45)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _agreement_label(event: Agreement, document: str | None) -> str:
    what = event.instrument.value.replace("_", " ")
    if event.title:
        return _clip(f"{what}: {event.title}", 48)
    return f"{what} ({document})" if document else what


def _left_out_note(unknown_year: int, undated: int) -> str:
    parts = []
    if unknown_year:
        parts.append(f"{unknown_year} with an unknown year")
    if undated:
        parts.append(f"{undated} undated")
    return "Left out: " + " and ".join(parts) + "." if parts else ""


def plot_timeline(
    events: EventSet,
    a: str,
    b: str | None = None,
    *,
    title: str | None = None,
    width: float = 10.0,
    max_agreements: int = 40,
) -> Figure:
    """The timeline of the events between ``a`` and ``b`` (of ``a`` alone without ``b``).

    One row per agreement, its stages as marked points in their colour (see
    :data:`STAGE_STYLES`) joined by a thin line; one row per consultation
    format; one row for declarations. Rows are in the order of their first
    entry. Dates are drawn at their precision (see :func:`date_extent`);
    entries that cannot be placed are counted in a note. At most
    ``max_agreements`` agreement rows are drawn (the first ones in time), so
    that the chart stays readable; the others are counted in the note. Party
    codes are those of :meth:`EventSet.between`; an unknown one raises
    :class:`~diplorel.errors.UnknownEntityError`.
    """
    if max_agreements < 0:
        raise InvalidValueError(f"max_agreements must be at least 0, not {max_agreements!r}")
    figure_class, mdates = _matplotlib()
    line = events.timeline(a, b)
    rows: dict[Any, list[TimelineEntry]] = {}
    for entry in line.dated:
        event = entry.record.event
        key: Any
        if isinstance(event, Agreement):
            key = ("agreement", id(entry.record))
        elif isinstance(event, Consultation):
            key = event.format
        else:
            key = EventKind.DECLARATION
        rows.setdefault(key, []).append(entry)
    agreements = [key for key in rows if isinstance(key, tuple)]
    for key in agreements[max_agreements:]:
        del rows[key]
    hidden = len(agreements) - min(len(agreements), max_agreements)

    labels: list[str] = []
    marks = _Marks()
    for position, (key, entries) in enumerate(rows.items()):
        row = float(position)
        event = entries[0].record.event
        if isinstance(event, Agreement):
            labels.append(_agreement_label(event, entries[0].record.document_id))
            starts: list[dt.date] = []
            for entry in entries:
                colour, marker = STAGE_STYLES[None if entry.stage is None else entry.stage.stage]
                marks.add(entry.date, row, colour, marker)
                extent = date_extent(entry.date)
                if extent is not None:
                    starts.append(extent[0])
            if len(starts) > 1:  # a line from the first stage's start to the last's
                marks.links.append((min(starts), max(starts), row))
        else:
            name = key.value.replace("_", " ") if isinstance(key, ConsultationFormat) else key
            labels.append(
                f"{'declarations' if isinstance(event, Declaration) else name} ({len(entries)})"
            )
            colour = KIND_COLOURS[event.kind]
            for entry in entries:
                marks.add(entry.date, row, colour, "o")

    height = 1.5 + 0.3 * max(len(labels), 1)
    fig = figure_class(figsize=(width, height), layout="constrained")
    ax = fig.add_subplot()
    names = " – ".join(f"{_clip(item.name, 40)} ({item.code})" for item in line.parties)
    ax.set_title(title if title is not None else f"{names}: {len(line)} entries")
    marks.draw(ax, mdates)
    ax.set_yticks(range(len(labels)), labels)
    ax.set_ylim(max(len(labels), 1) - 0.5, -0.5)
    _date_axis(ax, mdates)
    _stage_legend(fig, marks)
    note = _left_out_note(len(line.year_unknown), len(line.undated))
    if hidden:
        more = f"{hidden} more agreement{'s' if hidden > 1 else ''} not drawn (max_agreements)."
        note = f"{note} {more}" if note else more
    if not labels:
        ax.text(0.5, 0.5, "No dated entry", ha="center", va="center", transform=ax.transAxes)
        ax.set_yticks([])
    if note:
        _note(fig, note)
    return fig


def _note(fig: Figure, text: str) -> None:
    """A small grey line under the chart, kept clear of the axes by the layout."""
    fig.supxlabel(text, x=0.01, ha="left", fontsize=8, color="#555555", gid="note")


def _integer_axis(axis: Any) -> None:
    from matplotlib.ticker import MaxNLocator  # noqa: PLC0415 - optional dependency

    axis.set_major_locator(MaxNLocator(integer=True))


def _date_axis(ax: Axes, mdates: Any) -> None:
    ax.xaxis_date()
    # The margins around dates of the year 1 or 9999 must stay within the
    # years matplotlib can draw.
    low, high = ax.get_xlim()
    floor, ceiling = mdates.date2num(dt.date(1, 1, 1)), mdates.date2num(dt.date.max)
    if low < floor or high > ceiling:
        ax.set_xlim(max(low, floor), min(high, ceiling))
    locator = mdates.AutoDateLocator(minticks=3, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.grid(axis="x", color="#eeeeee")
    ax.set_axisbelow(True)


def _stage_legend(fig: Figure, marks: _Marks) -> None:
    from matplotlib.lines import Line2D  # noqa: PLC0415 - optional dependency

    used = {colour for colour, _ in marks.points} | {colour for colour, _ in marks.bars}
    handles = []
    for stage, (colour, marker) in STAGE_STYLES.items():
        if colour in used:
            label = "agreement" if stage is None else stage.value.replace("_", " ")
            handles.append(_handle(Line2D, colour, marker, label))
    for kind in (EventKind.CONSULTATION, EventKind.DECLARATION):
        colour = KIND_COLOURS[kind]
        if colour in used:
            handles.append(_handle(Line2D, colour, "o", kind.value))
    if marks.bars:
        from matplotlib.patches import Patch  # noqa: PLC0415 - optional dependency

        handles.append(Patch(facecolor=_light("#777777"), label="a month, year or range"))
    if marks.points:
        handles.append(_handle(Line2D, "white", "o", "a day"))
    if handles:
        fig.legend(handles=handles, loc="outside right upper", fontsize=8, frameon=False)


def _handle(line_class: Any, colour: str, marker: str, label: str) -> Any:
    return line_class(
        [],
        [],
        linestyle="none",
        marker=marker,
        markerfacecolor=colour,
        markeredgecolor="black",
        markeredgewidth=0.5,
        markersize=8,
        label=label,
    )


def _stacked_bars(
    ax: Axes,
    positions: Sequence[float],
    counts: Sequence[Counter[EventKind]],
    *,
    horizontal: bool,
    thickness: float,
) -> None:
    """Bars stacked by kind, one segment per kind with events (empty segments not drawn)."""
    base = [0] * len(positions)
    for kind in (EventKind.CONSULTATION, EventKind.DECLARATION, EventKind.AGREEMENT):
        chosen = [i for i, item in enumerate(counts) if item[kind]]
        if not chosen:
            continue
        where = [positions[i] for i in chosen]
        sizes = [counts[i][kind] for i in chosen]
        starts = [base[i] for i in chosen]
        colour = KIND_COLOURS[kind]
        if horizontal:
            ax.barh(where, sizes, left=starts, height=thickness, color=colour, label=kind.value)
        else:
            ax.bar(where, sizes, bottom=starts, width=thickness, color=colour, label=kind.value)
        for i in chosen:
            base[i] += counts[i][kind]


def plot_partners(
    events: EventSet,
    code: str,
    *,
    top: int = 15,
    title: str | None = None,
    width: float = 9.0,
) -> Figure:
    """Who ``code`` meets, agrees and declares with, how often: a horizontal bar per
    partner, stacked by kind of event, most events first (the counts of
    :meth:`EventSet.partners`); ``top`` partners at most, the others counted in a note.
    """
    if top < 1:
        raise InvalidValueError(f"top must be at least 1, not {top!r}")
    figure_class, _ = _matplotlib()
    ranked = events.partners(code)
    own = events.involving(code)
    by_kind: dict[str, Counter[EventKind]] = defaultdict(Counter)
    party = events._party(code)  # the set's own resolution of codes
    own_code = party.code
    for record in own:
        for member in record.event.parties:
            if member.code != own_code:
                by_kind[member.code][record.event.kind] += 1
    shown = ranked[:top]
    height = 1.4 + 0.32 * max(len(shown), 1)
    fig = figure_class(figsize=(width, height), layout="constrained")
    ax = fig.add_subplot()
    ax.set_title(
        title if title is not None else f"Partners of {_clip(party.name, 60)} ({party.code})"
    )
    labels = [f"{_clip(member.name, 32)} ({member.code})" for member, _ in shown]
    _stacked_bars(
        ax,
        range(len(shown)),
        [by_kind[member.code] for member, _ in shown],
        horizontal=True,
        thickness=0.7,
    )
    for position, (_, total) in enumerate(shown):
        ax.text(total, position, f" {total}", va="center", fontsize=8)
    ax.set_yticks(range(len(shown)), labels)
    ax.set_ylim(max(len(shown), 1) - 0.5, -0.5)
    ax.set_xlabel("events")
    _integer_axis(ax.xaxis)
    ax.grid(axis="x", color="#eeeeee")
    ax.set_axisbelow(True)
    if shown:
        fig.legend(loc="outside right upper", fontsize=8, frameon=False)
        ax.set_xlim(0, shown[0][1] * 1.12)
    else:
        ax.text(0.5, 0.5, "No partner", ha="center", va="center", transform=ax.transAxes)
    if len(ranked) > len(shown):
        more = len(ranked) - len(shown)
        _note(fig, f"… and {more} more partner{'s' if more > 1 else ''}.")
    return fig


def plot_counts(
    events: EventSet,
    by: Literal["month", "sector"] = "month",
    *,
    title: str | None = None,
    width: float = 10.0,
) -> Figure:
    """How many events there are by month (bars on a date axis) or by sector.

    Bars are stacked by kind. By month, an event counts in the month it
    starts; events dated by a year alone, without a known year or not at all
    are left out and counted in a note. By sector, an event counts once per
    sector; events without a sector have their own bar.
    """
    if by not in ("month", "sector"):
        raise InvalidValueError(f"by must be 'month' or 'sector', not {by!r}")
    figure_class, mdates = _matplotlib()
    if by == "month":
        return _counts_by_month(events, figure_class, mdates, title, width)
    counts: dict[Sector | None, Counter[EventKind]] = defaultdict(Counter)
    for record in events:
        for sector in record.event.sectors or (None,):
            counts[sector][record.event.kind] += 1
    keys = [sector for sector in (*Sector, None) if sector in counts]
    fig = figure_class(figsize=(width, 1.4 + 0.32 * max(len(keys), 1)), layout="constrained")
    ax = fig.add_subplot()
    ax.set_title(title if title is not None else f"Events by sector ({len(events)} events)")
    _stacked_bars(
        ax, range(len(keys)), [counts[key] for key in keys], horizontal=True, thickness=0.7
    )
    ax.set_yticks(range(len(keys)), ["(no sector)" if key is None else key for key in keys])
    ax.set_ylim(max(len(keys), 1) - 0.5, -0.5)
    ax.set_xlabel("events")
    _integer_axis(ax.xaxis)
    ax.grid(axis="x", color="#eeeeee")
    ax.set_axisbelow(True)
    if keys:
        fig.legend(loc="outside right upper", fontsize=8, frameon=False)
    else:
        ax.text(0.5, 0.5, "No event", ha="center", va="center", transform=ax.transAxes)
    return fig


def _month_of(value: DateValue | None) -> tuple[int, int] | None:
    start = value.start if isinstance(value, DateSpan) else value
    if not isinstance(start, PartialDate) or start.year is None or start.month is None:
        return None
    return start.year, start.month


def _counts_by_month(
    events: EventSet, figure_class: type[Figure], mdates: Any, title: str | None, width: float
) -> Figure:
    counts: dict[tuple[int, int], Counter[EventKind]] = defaultdict(Counter)
    year_only = unknown = undated = 0
    for record in events:
        date = record.event.date
        month = _month_of(date)
        if month is not None:
            counts[month][record.event.kind] += 1
        elif date is None:
            undated += 1
        elif date_extent(date) is None:
            unknown += 1
        else:
            year_only += 1
    keys = sorted(counts)
    if len(keys) > _MONTHS_SHOWN:
        raise InvalidValueError(
            f"{len(keys)} months is too many for one chart (at most {_MONTHS_SHOWN}): "
            "choose a period with EventSet.during first"
        )
    fig = figure_class(figsize=(width, 4.0), layout="constrained")
    ax = fig.add_subplot()
    placed = sum(sum(item.values()) for item in counts.values())
    ax.set_title(title if title is not None else f"Events by month ({placed} events)")
    centres = [mdates.date2num(dt.date(year, month, 15)) for year, month in keys]
    _stacked_bars(ax, centres, [counts[key] for key in keys], horizontal=False, thickness=24)
    _date_axis(ax, mdates)
    ax.grid(axis="y", color="#eeeeee")
    ax.set_ylabel("events")
    _integer_axis(ax.yaxis)
    if keys:
        fig.legend(loc="outside right upper", fontsize=8, frameon=False)
    else:
        ax.text(
            0.5, 0.5, "No event dated by month", ha="center", va="center", transform=ax.transAxes
        )
    parts = []
    if year_only:
        parts.append(f"{year_only} dated by a year alone")
    parts.extend(
        text
        for text in (
            f"{unknown} with an unknown year" if unknown else "",
            f"{undated} undated" if undated else "",
        )
        if text
    )
    if parts:
        _note(fig, "Left out: " + ", ".join(parts) + ".")
    return fig
