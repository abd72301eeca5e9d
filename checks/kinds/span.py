"""``span``: how long from one date to another, as the text counts it.

"From 2004 to 2009, six years" counts both ends (inclusive): the calendar years touched.
"Aged 33" or "in the five years since 2004" counts time elapsed (exclusive): the whole
years (or months) completed between the two days, so someone born on 15 September 1990
is 33 on 1 June 2024, not 2024 − 1990 = 34. Days are counted by the day.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from msgspec.structs import replace
from pydantic import Field

from checks.dates import (
    add_months,
    format_days,
    gap_unit,
    parse_date,
    stated_units,
    states_a_gap,
    to_half_a_unit,
)
from checks.display import Display
from checks.figures import Figure, FigureError
from checks.intervals import Interval
from checks.kinds import (
    CheckError,
    Outcome,
    Parameters,
    Scope,
    Tolerance,
    describe_interval,
    in_whole_days,
    register,
    year_taken_hint,
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


_AN_AGE = re.compile(r"(?i)\bold\b")
"""An age ("35 years old", "a 12-year-old"): time elapsed since a birth, counted exclusively
unless the record says otherwise."""


def _index(ordinal: float, unit: str, fiscal: tuple[int, int] | None = None) -> int:
    """The calendar year (or month) of day ``ordinal``; with ``fiscal``, its fiscal year.

    A fiscal year starting on ``fiscal`` (month, day) is numbered by the calendar year it
    starts in: with April 1, 31 March 2020 is in FY2019-20 (2019), 1 April 2020 in 2020.
    """
    day = dt.date.fromordinal(int(ordinal))
    if unit != "year":
        return day.year * 12 + day.month - 1
    if fiscal is not None and (day.month, day.day) < fiscal:
        return day.year - 1
    return day.year


def _when(figure: Figure, days: Interval, fiscal: tuple[int, int] | None) -> str:
    """A date for the explanation: a fiscal year as written (``FY2019-20``), else its days."""
    if fiscal is not None and _is_fiscal_year(figure, fiscal):
        return figure.text
    return format_days(days)


def _is_fiscal_year(figure: Figure, start: tuple[int, int]) -> bool:
    """Whether the days of a date are one whole fiscal year starting on ``start``."""
    try:
        first = dt.date.fromordinal(int(figure.strict.lo))
        last = dt.date.fromordinal(int(figure.strict.hi))
        if (first.month, first.day) != start:
            return False
        following = add_months(first, 12)
    except (ValueError, OverflowError):  # outside the calendar: no fiscal year
        return False
    return following.day == first.day and following.toordinal() == last.toordinal() + 1


def _fiscal_years(scope: Scope, *dates: Figure) -> tuple[int, int] | None:
    """The file's fiscal year start, when one of ``dates`` is a whole fiscal year (``FY2019-20``).

    "From FY2019-20 to FY2023-24, five years" counts the fiscal years touched, as
    "from 2019 to 2023" counts calendar years: each is one whole year, not two part-years.
    """
    start = scope.context.fiscal_year_start
    if start is None or start == (1, 1):
        return None
    return start if any(_is_fiscal_year(figure, start) for figure in dates) else None


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
    counting = spec.counting
    if "counting" not in spec.model_fields_set and _AN_AGE.search(duration.text):
        counting = "exclusive"  # "35 years old" is the years elapsed, never both ends
    a, b = start.reading(lenient), end.reading(lenient)
    apart: Interval | None = None  # calendar numbers apart, when elapsed time is counted
    fiscal: tuple[int, int] | None = None
    if duration.calendar_months is not None:
        unit = gap_unit(duration)
        per_unit = 12 if unit == "year" else 1
        fiscal = _fiscal_years(scope, start, end) if unit == "year" else None
        low = _index(b.lo, unit, fiscal) - _index(a.hi, unit, fiscal)
        high = _index(b.hi, unit, fiscal) - _index(a.lo, unit, fiscal)
        whole_units = stated_units(duration)
        whole = whole_units.lo.is_integer() and whole_units.hi.is_integer()
        if duration.ends is None:
            whole = whole and whole_units.lo == whole_units.hi
        if counting == "inclusive":
            counted = Interval(float(low + 1), float(high + 1), whole=True)
        elif duration.qualifier is not None or not whole:
            # "more than three years" and "a year and a half" are of the time itself:
            # three and a half years are more than three, though three whole years have
            # passed, and no count of whole years is one and a half
            counted = Interval(
                _months_elapsed(a.hi, b.lo) / per_unit, _months_elapsed(a.lo, b.hi) / per_unit
            )
        elif (
            lenient
            and duration.lenient != duration.strict
            and states_a_gap(scope.quotes.get(spec.is_, ""), duration, scope.context)
        ):
            # "six years after the previous census" of 5 years 345 days: news rounds a gap
            # to the nearest unit, as the lenient reading of a round figure allows; an age
            # ("she is 33") is the whole years completed however it is read
            counted = Interval(
                _months_elapsed(a.hi, b.lo) / per_unit, _months_elapsed(a.lo, b.hi) / per_unit
            )
            whole_units = to_half_a_unit(whole_units)
        else:
            apart = Interval(float(low), float(high), whole=True)
            elapsed = _completed(a.hi, b.lo, unit), _completed(a.lo, b.hi, unit)
            counted = Interval(float(elapsed[0]), float(elapsed[1]), whole=True)
        stated = whole_units
        label = f"{unit}s"
    else:
        extra = 1 if counting == "inclusive" else 0
        counted = Interval(b.lo - a.hi + extra, b.hi - a.lo + extra, whole=True)
        # the days between two dates are whole: "2.5 weeks" is 17 or 18 of them
        stated = in_whole_days(duration.reading(lenient))
        label = "days"
    stated = tolerance.widen(stated, stated.midpoint, ())
    holds = counted.meets(stated)
    calendar, units = ("fiscal", label) if fiscal is not None else ("calendar", label)
    style = Display(suffix=f"fiscal {label}" if fiscal is not None else label)

    def explanation() -> str:
        text = (
            f"from {_when(start, a, fiscal)} ({spec.from_}) to {_when(end, b, fiscal)} "
            f"({spec.to}) is {describe_interval(counted, style)} counted {counting}ly, but "
            f"it is stated as {duration.text}"
        )
        if apart is not None and apart.meets(stated):
            text += (
                f" (the {calendar} {units} are {describe_interval(apart, Display(suffix=units))}"
                f" apart, but not that many whole {units} have passed)"
            )
        text += _backwards(parameters, start, end, a, b, scope, tolerance)
        other = "exclusive" if counting == "inclusive" else "inclusive"
        if "counting" in spec.model_fields_set or counting != spec.counting:
            return text  # the record (or an age) says how to count: the other would hide a slip
        swapped = parameters.model_copy(
            update={"span": spec.model_copy(update={"counting": other})}
        )
        what = "the time elapsed" if other == "exclusive" else "both ends counted"
        if judge_span(swapped, scope, False, tolerance).holds:
            text += f"; counted {other}ly ({what}) it holds: write `counting: {other}` if so"
        elif judge_span(swapped, scope, True, tolerance).holds:
            text += (
                f"; counted {other}ly ({what}) it holds if round figures were rounded further:"
                f" write `counting: {other}` if so"
            )
        return text

    return Outcome(holds, explanation)


def _backwards(
    parameters: SpanParameters,
    start: Figure,
    end: Figure,
    a: Interval,
    b: Interval,
    scope: Scope,
    tolerance: Tolerance,
) -> str:
    """Say that ``to`` comes before ``from``, and why when a date took the year of publication.

    "The siege that began on November 24 entered its 112th day" in a story of 15 March
    2024: the shared format gives "November 24" the year 2024, eight months after
    publication, and the span comes out at −254 days. ``order`` names that slip; a span
    says it too, rather than leave a negative count unexplained. A span that runs forwards
    gets the hint only when last year's date would give the stated span ("talks from 1
    December 2023 to December 18, 18 days"): "the election on November 5 is 200 days
    away" is a future date, rightly this year's, and only the count is wrong.
    """
    spec = parameters.span
    published = scope.figures.get("source.published")
    if b.hi < a.lo:
        hints = year_taken_hint(start, published) or year_taken_hint(end, published)
        return (
            f"; {spec.to} ({format_days(b)}) comes before {spec.from_} ({format_days(a)}),"
            " so the span runs backwards" + hints
        )
    for name, date in ((spec.from_, start), (spec.to, end)):
        hint = year_taken_hint(date, published)
        if hint and published is not None:
            year = dt.date.fromordinal(int(published.strict.lo)).year
            if _holds_with(parameters, scope, tolerance, name, f"{date.text}, {year - 1}"):
                return hint
    return ""


def _holds_with(
    parameters: SpanParameters, scope: Scope, tolerance: Tolerance, name: str, text: str
) -> bool:
    """Whether the span holds (read leniently) with claim ``name`` written as ``text``."""
    try:
        figure = parse_date(text, None)
    except FigureError:
        return False
    changed = replace(scope, figures={**scope.figures, name: figure})
    try:
        return judge_span(parameters, changed, True, tolerance).holds
    except CheckError:
        return False
