"""A claim's ``precision:``: replace the precision its written digits imply.

``exact`` (the figure is exact: a legal threshold, a count read off a register),
``±0.5 km`` (an absolute half-width) or ``±2%`` (relative to the figure).
"""

from __future__ import annotations

from msgspec.structs import replace

from checks.figures import Context, Figure, FigureError, parse_figure
from checks.intervals import Interval


def apply_precision(figure: Figure, text: str, context: Context) -> Figure:
    """The figure with both readings replaced by the stated precision.

    A range's ends go (``same`` would compare them end by end): the stated precision is
    of the figure as a whole.
    """
    stripped = text.strip()
    if stripped.lower() == "exact":
        point = Interval.point(figure.nominal, whole=figure.strict.whole)
        return replace(figure, strict=point, lenient=point, ends=None)
    if not stripped.startswith(("±", "+/-", "+-")):
        raise FigureError(f"precision must be `exact`, `±0.5 km` or `±2%`, not {text!r}")
    amount_text = stripped.lstrip("±+/-").strip()
    amount = parse_figure(amount_text, context)
    if amount.flavour == "percent":
        half = figure.magnitude * amount.nominal
    elif amount.dimension == figure.dimension:
        half = (
            abs(amount.nominal - figure.display.offset)
            if figure.absolute_temperature
            else abs(amount.nominal)
        )
        if figure.absolute_temperature:
            half = abs(amount.nominal - amount.display.offset)
    else:
        raise FigureError(f"precision {text!r} is not in the unit of the figure {figure.text!r}")
    interval = Interval(figure.nominal - half, figure.nominal + half)
    if figure.strict.whole:
        interval = interval.as_whole()
    return replace(figure, strict=interval, lenient=interval, ends=None)
