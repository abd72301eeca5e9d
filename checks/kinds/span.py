"""``span``: how long from one date to another, as the text counts it.

"From 2004 to 2009, six years" counts both ends (inclusive): the calendar years touched.
"Aged 33" or "in the five years since 2004" counts time elapsed (exclusive): the whole
years (or months) completed between the two days, so someone born on 15 September 1990
is 33 on 1 June 2024, not 2024 − 1990 = 34. Days are counted by the day.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from checks.dates import add_months, format_days
from checks.display import Display
from checks.figures import Figure
from checks.intervals import Interval
from checks.kinds import (
    CheckError,
    Outcome,
    Parameters,
    Scope,
    Tolerance,
    describe_interval,
    register,
)
from checks.units import DATE


class SpanSpec(Parameters):
    """The three figures of a span and how it counts."""

    from_: str = Field(alias="from", description="Claim id of the first date.")
    to: str = Field(description="Claim id of the last date.")
    is_: str = Field(alias="is", description="Claim id or figure: `6 years`, `two days`.")
    counting: Literal["inclusive", "exclusive"] = Field(
        default="inclusive",
        description="`inclusive` counts both ends (2004 to 2009 is six years); `exclusive` not.",
    )


class SpanParameters(Parameters):
    """``span: {from: a, to: b, is: c, counting: inclusive}``."""

    span: SpanSpec


def _operands(parameters: SpanParameters) -> list[str]:
    spec = parameters.span
    return [spec.from_, spec.to, spec.is_]


def _calendar_unit(duration: Figure) -> str:
    suffix = duration.display.suffix
    if any(word in suffix for word in ("year", "decade", "centur")):
        return "year"
    return "month"


def _index(ordinal: float, unit: str) -> int:
    day = dt.date.fromordinal(int(ordinal))
    return day.year if unit == "year" else day.year * 12 + day.month - 1


def _completed(first: float, last: float, unit: str) -> int:
    """Whole months (or years) elapsed from day ``first`` to day ``last`` (negative if before).

    The most months ``n`` with ``first + n months <= last``, by the calendar arithmetic of
    ``expect`` (:func:`checks.dates.add_months`): 31 January + 1 month is 29 February.
    """
    if last < first:
        return -_completed(last, first, unit)
    a, b = dt.date.fromordinal(int(first)), dt.date.fromordinal(int(last))
    months = (b.year - a.year) * 12 + b.month - a.month
    if add_months(a, months) > b:
        months -= 1
    return months // 12 if unit == "year" else months


def _months_elapsed(first: float, last: float) -> float:
    """Months from day ``first`` to day ``last``, with the part of the month under way.

    10 January 2021 to 20 July 2024 is 42 whole months and 10 of July's 31 days after the
    10th: 42.32 months.
    """
    if last < first:
        return -_months_elapsed(last, first)
    whole = _completed(first, last, "month")
    a = dt.date.fromordinal(int(first))
    start, end = add_months(a, whole), add_months(a, whole + 1)
    return whole + (last - start.toordinal()) / (end.toordinal() - start.toordinal())


@register("span", SpanParameters, _operands, "The time between two dates is as stated.")
def judge_span(
    parameters: SpanParameters, scope: Scope, lenient: bool, tolerance: Tolerance
) -> Outcome:
    """Holds when some choice of the two dates is the stated length apart."""
    spec = parameters.span
    start, end = scope.figure(spec.from_), scope.figure(spec.to)
    duration = scope.figure_or_literal(spec.is_)
    for name, figure in ((spec.from_, start), (spec.to, end)):
        if figure.dimension != DATE:
            raise CheckError(f"{name} ({figure.text}) is not a date")
    if duration.dimension != (("[time]", 1),):
        raise CheckError(f"is: {duration.text} is not a length of time")
    a, b = start.reading(lenient), end.reading(lenient)
    apart: Interval | None = None  # calendar numbers apart, when elapsed time is counted
    if duration.calendar_months is not None:
        unit = _calendar_unit(duration)
        per_unit = 12 if unit == "year" else 1
        low = _index(b.lo, unit) - _index(a.hi, unit)
        high = _index(b.hi, unit) - _index(a.lo, unit)
        if spec.counting == "inclusive":
            counted = Interval(float(low + 1), float(high + 1), whole=True)
        elif duration.qualifier is not None:
            # "more than three years" is of the time itself: three and a half years are
            # more than three, though three whole years have passed
            counted = Interval(
                _months_elapsed(a.hi, b.lo) / per_unit, _months_elapsed(a.lo, b.hi) / per_unit
            )
        else:
            apart = Interval(float(low), float(high), whole=True)
            elapsed = _completed(a.hi, b.lo, unit), _completed(a.lo, b.hi, unit)
            counted = Interval(float(elapsed[0]), float(elapsed[1]), whole=True)
        stated = duration.calendar_months.scaled(1 / per_unit)
        label = f"{unit}s"
    else:
        extra = 1 if spec.counting == "inclusive" else 0
        counted = Interval(b.lo - a.hi + extra, b.hi - a.lo + extra, whole=True)
        stated = duration.reading(lenient)
        label = "days"
    stated = tolerance.widen(stated, stated.midpoint, ())
    holds = counted.meets(stated)
    style = Display(suffix=label)

    def explanation() -> str:
        text = (
            f"from {format_days(a)} ({spec.from_}) to {format_days(b)} ({spec.to}) is "
            f"{describe_interval(counted, style)} counted {spec.counting}ly, but it is stated as "
            f"{duration.text}"
        )
        if apart is not None and apart.meets(stated):
            text += (
                f" (the calendar {label} are {describe_interval(apart, style)} apart, but not "
                f"that many whole {label} have passed)"
            )
        return text

    return Outcome(holds, explanation)
