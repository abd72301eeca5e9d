"""What reports show about figures, computed where figures are known.

Reporters never parse figures (they only render results), so the engine puts what they
need into the results: each operand's intervals written for people, and for ``sum`` and
``same`` checks the numbers of a small chart, on one scale.
"""

from __future__ import annotations

import functools
import math
from typing import Any

from checks.dates import format_days
from checks.figures import Figure
from checks.kinds import Scope, describe_interval
from checks.results import Chart, ChartBar, Operand


@functools.lru_cache(maxsize=16_384)
def interval_text(figure: Figure, lenient: bool) -> str:
    """One reading of a figure for people: ``899.5–900.5 km``, ``30 August 2018``.

    Cached: a claim is an operand of several checks, and figures are shared across files.
    """
    interval = figure.reading(lenient)
    if figure.is_date:
        return format_days(interval)
    return describe_interval(interval, figure.display)


def operand(claim_id: str, figure: Figure, quote: str | None) -> Operand:
    """A check's operand with its strict and lenient intervals written out."""
    return Operand(
        claim_id, figure.text, quote, interval_text(figure, False), interval_text(figure, True)
    )


def _unit_label(figure: Figure) -> str:
    """What follows a number written as ``figure`` is (``billion``, ``km``, ``%``)."""
    display = figure.display
    words = [display.scale_word, display.suffix.strip()]
    return " ".join(w for w in words if w)


def _bar(claim_id: str, figure: Figure, scale: Figure) -> ChartBar:
    """``figure`` written in ``scale``'s unit (its display factor, offset and scale word)."""
    style = scale.display

    def convert(base: float) -> float:
        if math.isinf(base):
            return base
        return (base - style.offset) / style.factor / style.scale

    return ChartBar(
        claim_id,
        figure.text,
        convert(figure.nominal),
        convert(figure.strict.lo),
        convert(figure.strict.hi),
        convert(figure.lenient.lo),
        convert(figure.lenient.hi),
    )


def chart(kind: str, parameters: Any, scope: Scope) -> Chart | None:
    """The chart of a ``sum`` (parts against the total) or ``same`` (figures on one scale).

    ``None`` for other kinds, and when the figures cannot share one axis (unknown claims,
    different dimensions, dates, temperature readings in a sum).
    """
    if kind == "sum":
        target = parameters.equals or parameters.at_most
        names = [*parameters.sum, target]
    elif kind == "same":
        names = list(parameters.same)
    else:
        return None
    if any(name not in scope.figures for name in names):
        return None
    figures = [scope.figures[name] for name in names]
    if kind == "same":  # bounds stated in two units are compared, and charted, as numbers
        from checks.kinds.same import bounds_as_figures

        figures = [f for _, f in bounds_as_figures(list(zip(names, figures, strict=True)), scope)]
    first = figures[-1] if kind == "sum" else figures[0]
    if any(f.dimension != first.dimension or f.is_date for f in figures):
        return None
    if any(f.absolute_temperature != first.absolute_temperature for f in figures):
        return None
    if kind == "sum" and first.absolute_temperature:
        return None
    bars = tuple(_bar(name, figure, first) for name, figure in zip(names, figures, strict=True))
    if kind == "sum":
        return Chart(
            "sum", _unit_label(first), bars[:-1], bars[-1],
            at_most=parameters.at_most is not None, prefix=first.display.prefix.strip(),
        )  # fmt: skip
    return Chart("same", _unit_label(first), bars, prefix=first.display.prefix.strip())
