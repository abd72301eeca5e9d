"""``change``: "rose 20% from $100m to $120m", "up 3 percentage points"."""

from __future__ import annotations

from msgspec.structs import replace
from pydantic import Field

from checks.display import format_number, format_percent, format_percent_range
from checks.figures import POINT_NOUNS, Figure, in_percentage_points, is_percentage
from checks.intervals import Interval
from checks.kinds import (
    READINGS,
    CheckError,
    Outcome,
    Parameters,
    Scope,
    Tolerance,
    beside_percentages,
    describe_interval,
    register,
    same_dimension,
)


class ChangeSpec(Parameters):
    """The three figures of a change."""

    from_: str = Field(alias="from", description="Claim id of the earlier figure.")
    to: str = Field(description="Claim id of the later figure.")
    by: str = Field(description="Claim id or figure: a percent, percentage points or an amount.")


class ChangeParameters(Parameters):
    """``change: {from: a, to: b, by: c}``."""

    change: ChangeSpec


def _operands(parameters: ChangeParameters) -> list[str]:
    spec = parameters.change
    return [spec.from_, spec.to, spec.by]


def _bare_change_between_percentages(by: Figure, start: Figure) -> str:
    """What to write for ``by: 0.3`` or ``by: 3 jobs`` between two percentages."""
    written = by.text.strip()
    if by.counted:
        return (
            f"by: {written} is a count of {by.counted}, but from and to are percentages:"
            " write the change in percentage points or in percent"
        )
    message = (
        f"by: {written} between two percentages is neither percentage points nor a relative"
        f" change: write `{written} percentage points` for the difference or `{written}%`"
        f" for a change relative to {start.text}"
    )
    if abs(by.nominal) < 1:
        hundredfold = format_number(by.nominal * 100)
        message += (
            f" (if {written} is a fraction, `{hundredfold} percentage points` or"
            f" `{hundredfold}%`)"
        )
    return message


_MULTIPLIED = {
    "doubled": "100%", "tripled": "200%", "trebled": "200%", "quadrupled": "300%",
    "halved": "-50%",
}  # fmt: skip
"""Verbs of a change that ``by:`` might be given, and the percentage each stands for."""


@register("change", ChangeParameters, _operands, "A stated change matches its two figures.")
def judge_change(
    parameters: ChangeParameters, scope: Scope, lenient: bool, tolerance: Tolerance
) -> Outcome:
    """Holds when some values of from, to and by satisfy the change.

    ``by`` in percent is relative, ``(to − from) / from``; in percentage points it is the
    difference of two percentages; in the figures' own unit it is ``to − from``.
    """
    spec = parameters.change
    start, end = scope.figure(spec.from_), scope.figure(spec.to)
    if spec.by.strip().lower() in _MULTIPLIED and spec.by not in scope.figures:
        raise CheckError(
            f"by: {spec.by.strip()!r} is not a figure: write the change in percent,"
            f" `{_MULTIPLIED[spec.by.strip().lower()]}`"
        )
    by = scope.figure_or_literal(spec.by)
    (_, start), (_, end) = beside_percentages(
        [(spec.from_, start), (spec.to, end)],
        "compare",
        count_advice="`from` and `to` of a change are two figures of one kind",
    )
    if is_percentage(start) and is_percentage(end):
        if by.counted in POINT_NOUNS:
            by = in_percentage_points(by)
        elif by.flavour is None and not by.dimension:
            raise CheckError(_bare_change_between_percentages(by, start))
    same_dimension([(spec.from_, start), (spec.to, end)], "compare")
    a, b = start.reading(lenient), end.reading(lenient)
    by_reading, by_nominal = by.reading(lenient), by.nominal
    if by.absolute_temperature:  # "rose by 2°C": what changed by is a difference of 2 degrees
        by_reading = by_reading.scaled(1.0, -by.display.offset)
        by_nominal -= by.display.offset
    stated = tolerance.widen(by_reading, by_nominal, by.dimension)
    if is_percentage(by) or (
        by.flavour is None and not by.dimension and start.dimension and not start.flavour
    ):
        if start.absolute_temperature:
            raise CheckError(
                f"a percentage change of a temperature reading ({start.text}) depends on the "
                "scale it is read in; state the change in degrees (`by: 20 Δ°C`)"
            )
        if a.lo <= 0 <= a.hi:
            raise CheckError(f"a relative change from {start.text} is undefined: it may be zero")
        computed = b / a - Interval.point(1.0)
        nominal = (end.nominal - start.nominal) / start.nominal
        holds = computed.meets(stated)

        def relative() -> str:
            text = (
                f"from {start.text} to {end.text} is a change of "
                f"{format_percent(nominal, by.strict)}, but it is stated as {by.text}"
            )
            if not holds:
                text += (
                    f"; {READINGS[lenient]} the change is "
                    f"{format_percent_range(computed.lo, computed.hi, by.strict)}"
                )
            return text

        return Outcome(holds, relative)
    if by.flavour == "points":
        if not (is_percentage(start) and is_percentage(end)):
            raise CheckError("a change in percentage points needs two percentages as from and to")
    elif by.dimension != start.dimension:
        raise CheckError(f"by: {by.text} is neither a percent nor in the unit of {start.text}")
    computed = b - a
    nominal = end.nominal - start.nominal
    holds = computed.meets(stated)
    style = replace(by.display, offset=0.0)  # differences: no zero point to add back
    return Outcome(
        holds,
        lambda: (
            f"{end.text} − {start.text} = {style.format_difference(nominal)}, but the change is "
            f"stated as {by.text}; {READINGS[lenient]} it is "
            f"{describe_interval(Interval(computed.lo, computed.hi), style)}"
        ),
    )

