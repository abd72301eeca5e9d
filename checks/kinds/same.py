"""``same``: one quantity written in several units (``900 kilometers (559 miles)``)."""

from __future__ import annotations

from pydantic import Field

from checks import units
from checks.figures import Figure
from checks.intervals import Interval
from checks.kinds import CheckError, Outcome, Parameters, Scope, Tolerance, off_by, register


class SameParameters(Parameters):
    """``same: [a, b, …]``: two or more claims that state one quantity."""

    same: list[str] = Field(min_length=2, description="Claim ids stating one quantity.")


def _operands(parameters: SameParameters) -> list[str]:
    return list(parameters.same)


@register("same", SameParameters, _operands, "Figures that state one quantity agree.")
def judge_same(
    parameters: SameParameters, scope: Scope, lenient: bool, tolerance: Tolerance
) -> Outcome:
    """Holds when one value lies in every figure's interval after unit conversion.

    Figures of different kinds (a speed "is" a fuel economy) cannot be the same quantity:
    the text equates them, so that is a mismatch. Different currencies need exchange
    rates, which are not bundled yet: an error that says how to write the relation.
    """
    figures = [(name, scope.figure(name)) for name in parameters.same]
    first_name, first = figures[0]
    for _, figure in figures[1:]:
        if figure.dimension == first.dimension:
            if figure.absolute_temperature != first.absolute_temperature:
                return Outcome(
                    False,
                    (
                        f"{first.text} and {figure.text} cannot be the same quantity: one is a "
                        "temperature reading, the other a temperature difference"
                    ),
                )
            continue
        if units.currency_of(first.dimension) and units.currency_of(figure.dimension):
            raise CheckError(
                f"{first.text} and {figure.text} are in different currencies; exchange rates "
                "are not bundled yet: write the relation with `expect` and a rate claim such "
                "as `124 PKR per USD`"
            )
        return Outcome(
            False,
            (
                f"{first.text} is {units.dimension_label(first.dimension)} and {figure.text} is "
                f"{units.dimension_label(figure.dimension)}: they cannot be the same quantity"
            ),
        )
    common = tolerance.widen(first.reading(lenient), first.nominal, first.dimension)
    for name, figure in figures[1:]:
        joint = common.meets(figure.reading(lenient))
        if not joint:
            return Outcome(False, _explain(first_name, first, name, figure, lenient))
        common = _intersection(common, figure, lenient)
    return Outcome(True)


def _intersection(common: Interval, figure: Figure, lenient: bool) -> Interval:
    other = figure.reading(lenient)
    return Interval(max(common.lo, other.lo), min(common.hi, other.hi))


def _explain(first_name: str, first: Figure, name: str, figure: Figure, lenient: bool) -> str:
    converted = figure.display.format(first.nominal)
    reading = first.reading(lenient)
    low, high = figure.display.format(reading.lo), figure.display.format(reading.hi)
    return (
        f"{first.text} is {converted}, but it is stated as {figure.text} "
        f"({off_by(figure, first.nominal)}); {first.text} "
        f"{'even read as rounded' if lenient else 'allowing for rounding'} is {low} to {high}"
    )
