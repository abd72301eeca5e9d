"""``sum``: parts that should add up to a stated total (or stay within a larger whole).

"$300 million … another $500 million … to bring the total withheld to $800 million".
"""

from __future__ import annotations

from msgspec.structs import replace
from pydantic import ConfigDict, Field, model_validator

from checks import units
from checks.figures import Figure, is_percentage
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
    off_by,
    register,
    same_dimension,
)
from checks.kinds.same import bound_side, open_bounds_as_figures


class SumParameters(Parameters):
    """``sum: [a, b, …]`` with ``equals: total`` or ``at_most: whole``."""

    model_config = ConfigDict(
        json_schema_extra={"oneOf": [{"required": ["equals"]}, {"required": ["at_most"]}]}
    )

    sum: list[str] = Field(min_length=1, description="Claim ids of the parts.")
    equals: str | None = Field(default=None, description="Claim id of the stated total.")
    at_most: str | None = Field(
        default=None, description="Claim id of a larger whole the parts belong to ('including')."
    )

    @model_validator(mode="after")
    def _one_target(self) -> SumParameters:
        if (self.equals is None) == (self.at_most is None):
            raise ValueError("a sum needs exactly one of `equals:` (the total) or `at_most:`")
        return self


def _operands(parameters: SumParameters) -> list[str]:
    target = parameters.equals or parameters.at_most
    assert target is not None
    return [*parameters.sum, target]


@register("sum", SumParameters, _operands, "The parts add up to the stated total.")
def judge_sum(
    parameters: SumParameters, scope: Scope, lenient: bool, tolerance: Tolerance
) -> Outcome:
    """Holds when some values of the parts add up to some value of the total."""
    target_id = parameters.equals or parameters.at_most
    assert target_id is not None
    *parts, (_, total) = beside_percentages(
        [(name, scope.figure(name)) for name in [*parameters.sum, target_id]], "add"
    )
    dimension = same_dimension([*parts, (target_id, total)], "add")
    for name, figure in [*parts, (target_id, total)]:
        if figure.is_date or figure.absolute_temperature:
            raise CheckError(
                f"{figure.text} ({name}) is a date or temperature reading: it cannot"
                " be added; compare readings with `expect`"
            )
    parts, total = _bare_numbers_as_counts(parts, total)
    added = Interval.point(0.0, whole=True)
    for _, figure in parts:
        added = added + figure.reading(lenient)
    stated = tolerance.widen(_total_reading(total, lenient), total.magnitude, dimension)
    if parameters.equals is not None:
        holds = added.meets(stated)
    else:
        holds = added.less_than(stated, or_equal=True)
    at_most = parameters.at_most is not None
    if holds:
        if lenient:
            return Outcome(True)
        figures = [*parts, (target_id, total)]
        return Outcome(
            True, caution=_tallies_note(figures, at_most, scope, tolerance, dimension)
        )
    return Outcome(False, lambda: _explain(parts, total, added, lenient, at_most))


def _tallies_note(
    figures: list[tuple[str, Figure]],
    at_most: bool,
    scope: Scope,
    tolerance: Tolerance,
    dimension: units.Dimension,
) -> str:
    """A note beside a sum of bounds that holds, when their written numbers do not add up.

    "At least 30 killed in the north and at least 20 in the south, at least 70 in all":
    as the shared format reads bounds (a check holds when some values inside every
    interval satisfy it) the parts can make any total of 50 or more, so the check holds.
    Casualty copy adds up confirmed tallies, though, and 30 + 20 is not 70: the verdict
    stays, and its message says so, with the way to check the numbers as written. The
    written numbers are read leniently, as rounded: "more than 1,500 in all" for tallies
    of 1,234 and 267 adds up. A total is off only beyond the parts in the bound's own
    direction: "more than 1,000" dead for tallies of 734 and 412 (1,146) is a tally
    rounded down, true and conservative, as is "fewer than 120" for fewer than 40 and 60.
    Only when every figure is a bound of one direction (an exact total of 70 with parts
    of "at least" 30 and 20 is no tally slip).
    """
    written = open_bounds_as_figures(figures, scope)
    if written is None:
        return ""
    *parts, (_, total) = written
    added = Interval.point(0.0, whole=True)
    for _, figure in parts:
        added = added + figure.lenient
    stated = tolerance.widen(_total_reading(total, True), total.magnitude, dimension)
    if at_most or bound_side(figures[-1][1]) == "upper":
        adds_up = added.less_than(stated, or_equal=True)
    else:
        adds_up = stated.less_than(added, or_equal=True)
    if adds_up:
        return ""
    total = replace(total, text=figures[-1][1].text)
    return (
        "it holds as bounds, which are open-ended; but the written numbers of these"
        f" tallies do not add up: {_explain(parts, total, added, True, at_most)}. If the"
        " story adds up confirmed tallies, set `precision: exact` on the claims that state"
        " them to check their numbers as written"
    )


def _bare_whole_number(figure: Figure) -> bool:
    """A plain whole number, written without unit, noun, qualifier or decimals (``24``)."""
    return (
        not figure.dimension
        and figure.counted is None
        and figure.flavour is None
        and not figure.display.suffix
        and figure.qualifier is None
        and figure.ends is None
        and not figure.strict.whole
        and float(figure.nominal).is_integer()
        and "." not in figure.text
    )


def _bare_numbers_as_counts(
    parts: list[tuple[str, Figure]], total: Figure
) -> tuple[list[tuple[str, Figure]], Figure]:
    """Bare whole numbers added with counts of things, read as counts of those things.

    "He has 32 goals this season: 24 in the league, 4 in the cup and 3 in Europe" is
    recorded `32 goals` and `"24"`, `"4"`, `"3"` (the article names the noun once). Read
    as measures, three bare numbers may each be half a unit off and 31 "adds up" to 32;
    beside a count of goals they count goals too, which are whole.
    """
    figures = [figure for _, figure in parts] + [total]
    if not any(figure.counted is not None and figure.strict.whole for figure in figures):
        return parts, total

    def counted(figure: Figure) -> Figure:
        if not _bare_whole_number(figure):
            return figure
        return replace(figure, strict=figure.strict.as_whole(), lenient=figure.lenient.as_whole())

    return [(name, counted(figure)) for name, figure in parts], counted(total)


def _total_reading(total: Figure, lenient: bool) -> Interval:
    """The total's values; a total of ``100%`` is the whole, never read loosely.

    Shares of one whole add up to 100%: loosely "95% to 105%" would let poll shares that
    add up to 104.5% fit "at most 100%". (As a change, "rose 100%" stays a round figure.)
    """
    if is_percentage(total) and total.nominal == 1.0 and total.qualifier is None:
        return total.strict
    return total.reading(lenient)


def _explain(
    parts: list[tuple[str, Figure]], total: Figure, added: Interval, lenient: bool, at_most: bool
) -> str:
    style = total.display
    reading = READINGS[lenient]
    stated = _total_reading(total, lenient)
    if total.qualifier or any(figure.qualifier or figure.is_range for _, figure in parts):
        written = " + ".join(figure.text for _, figure in parts)
        return (
            f"{written} can add up only to {describe_interval(added, style, against=stated)} "
            f"({reading}), but "
            f"the {'whole' if at_most else 'total'} is {total.text} "
            f"({describe_interval(stated, style)})"
        )
    terms = " + ".join(figure.display.format(figure.nominal) for _, figure in parts)
    nominal = sum(figure.nominal for _, figure in parts)
    relation = "at most" if at_most else "stated as"
    text = (
        f"{terms} = {style.format(nominal)}, but the {'whole' if at_most else 'total'} is "
        f"{relation} {total.text} ({off_by(total, nominal)})"
    )
    if at_most:
        text = (
            f"{terms} = {style.format(nominal)}, more than the whole of {total.text} "
            f"({off_by(total, nominal)})"
        )
    if added.lo == added.hi == nominal and stated.lo == stated.hi == total.nominal:
        return text  # exact figures (counts): the ranges would repeat the sum above
    text += f"; {reading}, the parts add up to {describe_interval(added, style, against=stated)}"
    text += f" and the {'whole' if at_most else 'total'} is {describe_interval(stated, style)}"
    return text
