"""Chart geometry: a :class:`checks.results.Chart` laid out as SVG shapes, for templates.

The layout is data (rectangles, lines, labels in SVG user units); the HTML template draws
them with one macro. Two pictures:

- ``sum``: the parts stacked in one bar against a bar of the stated total (or whole), each
  with whiskers for its interval (dark: as written; light: if round figures were rounded further);
- ``same``: each figure converted to one unit, as a dot with the same whiskers, on an axis
  zoomed to the figures, with the values they share shaded.

Infinite bounds (``more than $33 billion``) are clipped at the axis and drawn as arrows.
"""

from __future__ import annotations

import math

import msgspec

from checks.display import format_number, unit_gap
from checks.results import Chart, ChartBar

WIDTH = 560
LEFT = 150
RIGHT = 24
ROW = 34
TOP = 10
AXIS = 30


class Rect(msgspec.Struct, frozen=True):
    """A filled rectangle; ``title`` is its tooltip."""

    x: float
    y: float
    width: float
    height: float
    css: str
    title: str = ""


class Line(msgspec.Struct, frozen=True):
    """A line segment (whiskers, caps, ticks, arrows)."""

    x1: float
    y1: float
    x2: float
    y2: float
    css: str


class Label(msgspec.Struct, frozen=True):
    """A text label; ``anchor`` is the SVG ``text-anchor``."""

    x: float
    y: float
    text: str
    anchor: str = "start"
    css: str = ""


class Dot(msgspec.Struct, frozen=True):
    """A point (a figure's written value)."""

    x: float
    y: float
    css: str
    title: str = ""


class Drawing(msgspec.Struct, frozen=True):
    """Everything one chart draws, and its accessible title and description."""

    width: float
    height: float
    title: str
    description: str
    rects: tuple[Rect, ...] = ()
    lines: tuple[Line, ...] = ()
    labels: tuple[Label, ...] = ()
    dots: tuple[Dot, ...] = ()
    legend: tuple[tuple[str, str], ...] = ()
    """(colour class, text) of the parts, when a bar is too narrow to carry its label."""


class _Axis(msgspec.Struct, frozen=True):
    low: float
    high: float

    def x(self, value: float) -> float:
        """The x coordinate of ``value``, clipped to the plotting area."""
        value = min(max(value, self.low), self.high)
        span = self.high - self.low or 1.0
        return LEFT + (value - self.low) / span * (WIDTH - LEFT - RIGHT)


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values (steps of 1, 2 or 5 × 10ⁿ) covering ``low``–``high``."""
    span = high - low
    if span <= 0 or not math.isfinite(span):
        return [low]
    raw = span / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    first = math.ceil(low / step - 1e-9) * step
    ticks: list[float] = []
    value = first
    while value <= high + 1e-9 * span:
        ticks.append(round(value, 10))
        value += step
    return ticks


LABEL_CHARACTERS = 21
"""What fits left of the plot (LEFT units at the label font); the caption has the rest."""


def _fit(text: str) -> str:
    """A label short enough for the left margin (the full text is in the caption)."""
    return text if len(text) <= LABEL_CHARACTERS else text[: LABEL_CHARACTERS - 1] + "…"


def _row_labels(text: str, y: float) -> list[Label]:
    """A row's label left of the plot, its baseline at ``y``: on two lines when it is long.

    "3.26 trillion vehicle miles" is cut between words ("3.26 trillion" over "vehicle
    miles") rather than to "3.26 trillion vehicl…"; only a second line that is still too
    long is cut short (the caption has the full text).
    """
    if len(text) <= LABEL_CHARACTERS:
        return [Label(LEFT - 8, y, text, "end")]
    cut = text.rfind(" ", 0, LABEL_CHARACTERS + 1)
    if cut <= 0:
        return [Label(LEFT - 8, y, _fit(text), "end")]
    first, second = text[:cut], _fit(text[cut + 1 :])
    return [Label(LEFT - 8, y - 6, first, "end"), Label(LEFT - 8, y + 7, second, "end")]


def _finite(values: list[float]) -> list[float]:
    return [v for v in values if math.isfinite(v)]


def _whisker(axis: _Axis, low: float, high: float, y: float, css: str) -> list[Line]:
    """A horizontal whisker from ``low`` to ``high`` at ``y``, capped or arrowed at each end."""
    x1, x2 = axis.x(low), axis.x(high)
    lines = [Line(x1, y, x2, y, css)]
    for value, x, sign in ((low, x1, -1), (high, x2, 1)):
        if math.isinf(value):
            lines += [Line(x, y, x - sign * 6, y - 4, css), Line(x, y, x - sign * 6, y + 4, css)]
        else:
            lines.append(Line(x, y - 5, x, y + 5, css))
    return lines


def _axis_marks(axis: _Axis, bottom: float, unit: str) -> tuple[list[Line], list[Label]]:
    lines = [Line(LEFT, bottom, WIDTH - RIGHT, bottom, "axis")]
    labels: list[Label] = []
    for tick in nice_ticks(axis.low, axis.high):
        x = axis.x(tick)
        lines.append(Line(x, bottom, x, bottom + 4, "axis"))
        labels.append(Label(x, bottom + 16, format_number(tick), "middle", "tick"))
    labels.append(Label(LEFT - 8, bottom + 16, unit, "end", "tick"))
    return lines, labels


def amount(chart: Chart, number: str) -> str:
    """A number (or a range) on the chart's scale, written as its figures are.

    ``$1.2 billion``, ``1,600 km``, ``40%``.
    """
    unit = chart.unit
    return f"{chart.prefix}{number}{unit_gap(unit) if unit else ''}{unit}"


def axis_unit(chart: Chart) -> str:
    """The scale's name under the axis (``$ billion``, ``km``)."""
    return " ".join(part for part in (chart.prefix, chart.unit) if part)


def _interval_text(bar: ChartBar, chart: Chart) -> str:
    def bound(value: float) -> str:
        return format_number(value, 6)

    return f"{bar.text}: {amount(chart, f'{bound(bar.low)}–{bound(bar.high)}')}"


def sum_drawing(chart: Chart) -> Drawing:
    """The parts stacked against the stated total, with their intervals as whiskers."""
    assert chart.total is not None
    total = chart.total
    parts_low = sum(b.low for b in chart.bars)
    parts_high = sum(b.high for b in chart.bars)
    lenient_low = sum(b.lenient_low for b in chart.bars)
    lenient_high = sum(b.lenient_high for b in chart.bars)
    nominal = sum(b.value for b in chart.bars)
    candidates = _finite([nominal, total.value, lenient_high, total.lenient_high, parts_high])
    top = max(candidates) * 1.08 if candidates and max(candidates) > 0 else 1.0
    bottom_value = min(0.0, *_finite([b.value for b in chart.bars] + [total.value]))
    axis = _Axis(bottom_value, top)
    rects: list[Rect] = []
    lines: list[Line] = []
    labels: list[Label] = []
    parts_y, total_y = TOP, TOP + ROW
    height = 20
    start = 0.0
    for index, bar in enumerate(chart.bars):
        x1, x2 = axis.x(start), axis.x(start + bar.value)
        rects.append(
            Rect(x1, parts_y, max(x2 - x1, 0.5), height, f"part part{index % 4}", bar.text)
        )
        if x2 - x1 > 8 * len(bar.text):
            labels.append(Label((x1 + x2) / 2, parts_y + 14, bar.text, "middle", "inside"))
        start += bar.value
    whisker_y = parts_y + height / 2
    lines += _whisker(axis, lenient_low, lenient_high, whisker_y, "whisker lenient")
    lines += _whisker(axis, parts_low, parts_high, whisker_y, "whisker")
    x_total = axis.x(total.value)
    rects.append(Rect(axis.x(0.0), total_y, x_total - axis.x(0.0), height, "total", total.text))
    lines += _whisker(axis, total.lenient_low, total.lenient_high, total_y + 10, "whisker lenient")
    lines += _whisker(axis, total.low, total.high, total_y + 10, "whisker")
    written = amount(chart, format_number(nominal))
    labels += _row_labels(f"parts = {written}", parts_y + 14)
    word = "whole" if chart.at_most else "total"
    labels += _row_labels(f"{word} {total.text}", total_y + 14)
    axis_lines, axis_labels = _axis_marks(axis, TOP + 2 * ROW, axis_unit(chart))
    terms = " + ".join(b.text for b in chart.bars)
    relation = "at most" if chart.at_most else "against the stated total"
    labelled = sum(1 for label in labels if label.css == "inside")
    legend = (
        tuple((f"part{index % 4}", bar.text) for index, bar in enumerate(chart.bars))
        if labelled < len(chart.bars)
        else ()
    )
    return Drawing(
        WIDTH,
        TOP + 2 * ROW + AXIS,
        f"{terms} = {written} {relation} {total.text}",
        "; ".join(_interval_text(b, chart) for b in (*chart.bars, total)),
        tuple(rects),
        tuple(lines + axis_lines),
        tuple(labels + axis_labels),
        legend=legend,
    )


def same_drawing(chart: Chart) -> Drawing:
    """Every figure on one scale: a dot at its value, whiskers for its intervals."""
    bounds = _finite(
        [v for b in chart.bars for v in (b.low, b.high, b.lenient_low, b.lenient_high, b.value)]
    )
    low, high = min(bounds), max(bounds)
    pad = (high - low) * 0.12 or max(abs(high) * 0.01, 1.0)
    axis = _Axis(low - pad, high + pad)
    rects: list[Rect] = []
    lines: list[Line] = []
    labels: list[Label] = []
    dots: list[Dot] = []
    rows = len(chart.bars)
    common_low = max(b.low for b in chart.bars)
    common_high = min(b.high for b in chart.bars)
    if common_low <= common_high:
        x1, x2 = axis.x(common_low), axis.x(common_high)
        rects.append(
            Rect(x1, TOP - 4, max(x2 - x1, 1.0), rows * ROW, "common", "values every figure allows")
        )
    for index, bar in enumerate(chart.bars):
        y = TOP + index * ROW + 10
        lines += _whisker(axis, bar.lenient_low, bar.lenient_high, y, "whisker lenient")
        lines += _whisker(axis, bar.low, bar.high, y, "whisker")
        dots.append(Dot(axis.x(bar.value), y, "value", _interval_text(bar, chart)))
        labels += _row_labels(bar.text, y + 4)
    axis_lines, axis_labels = _axis_marks(axis, TOP + rows * ROW, axis_unit(chart))
    shared = (
        f"they share {amount(chart, f'{format_number(common_low)}–{format_number(common_high)}')}"
        if common_low <= common_high
        else "they share no value as written"
    )
    return Drawing(
        WIDTH,
        TOP + rows * ROW + AXIS,
        f"{', '.join(b.text for b in chart.bars)} on one scale ({axis_unit(chart)}): {shared}",
        "; ".join(_interval_text(b, chart) for b in chart.bars),
        tuple(rects),
        tuple(lines + axis_lines),
        tuple(labels + axis_labels),
        tuple(dots),
    )


def drawing(chart: Chart | None) -> Drawing | None:
    """The drawing of a check's chart, or ``None`` when it has none."""
    if chart is None or not chart.bars:
        return None
    if chart.kind == "sum" and chart.total is not None:
        return sum_drawing(chart)
    if chart.kind == "same":
        return same_drawing(chart)
    return None
