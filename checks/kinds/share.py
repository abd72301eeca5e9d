"""``share``: "a third of", "45% of": a part as a fraction of its whole."""

from __future__ import annotations

from pydantic import Field

from checks.display import format_percent, format_percent_range
from checks.figures import POINT_NOUNS
from checks.kinds import (
    READINGS,
    CheckError,
    Outcome,
    Parameters,
    Scope,
    Tolerance,
    beside_percentages,
    register,
    same_dimension,
)


class ShareSpec(Parameters):
    """The three figures of a share."""

    part: str = Field(description="Claim id of the part.")
    whole: str = Field(description="Claim id of the whole.")
    is_: str = Field(alias="is", description="Claim id or figure: `45%`, `a third`, `0.45`.")


class ShareParameters(Parameters):
    """``share: {part: a, whole: b, is: c}``."""

    share: ShareSpec


def _operands(parameters: ShareParameters) -> list[str]:
    spec = parameters.share
    return [spec.part, spec.whole, spec.is_]


@register("share", ShareParameters, _operands, "A part is the stated share of its whole.")
def judge_share(
    parameters: ShareParameters, scope: Scope, lenient: bool, tolerance: Tolerance
) -> Outcome:
    """Holds when some values of part and whole have the stated ratio."""
    spec = parameters.share
    part, whole = scope.figure(spec.part), scope.figure(spec.whole)
    stated = scope.figure_or_literal(spec.is_)
    (_, part), (_, whole) = beside_percentages(
        [(spec.part, part), (spec.whole, whole)],
        "divide",
        fractions=True,
        count_advice="a percentage is already a share: it goes in `is`, and the part and"
        " the whole are the two counts or amounts",
    )
    same_dimension([(spec.part, part), (spec.whole, whole)], "divide")
    if stated.dimension or stated.counted or stated.flavour == "points":
        raise CheckError(
            f"is: {stated.text} must be a fraction or a percentage"
            + (" (percentage points are a difference of two percentages, not a share)"
               if stated.flavour == "points" or stated.counted in POINT_NOUNS else "")
        )
    whole_reading = whole.reading(lenient)
    if whole_reading.lo <= 0 <= whole_reading.hi:
        raise CheckError(f"the whole {whole.text} may be zero: no share of it is defined")
    ratio = part.reading(lenient) / whole_reading
    target = tolerance.widen(stated.reading(lenient), stated.magnitude, stated.dimension)
    holds = ratio.meets(target)
    nominal = part.nominal / whole.nominal if whole.nominal else float("nan")
    return Outcome(
        holds,
        lambda: (
            f"{part.text} of {whole.text} is"
            f" {format_percent(nominal, stated.strict, (ratio.lo, ratio.hi))}, but it "
            f"is stated as "
            f"{stated.text}; {READINGS[lenient]} it is "
            f"{format_percent_range(ratio.lo, ratio.hi, stated.strict)}"
        ),
    )
