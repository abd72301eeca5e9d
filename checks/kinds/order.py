"""``order``: dates (or quantities) that the text puts in sequence."""

from __future__ import annotations

from functools import partial

from pydantic import Field

from checks.dates import format_days
from checks.figures import Figure
from checks.kinds import (
    Outcome,
    Parameters,
    Scope,
    Tolerance,
    beside_percentages,
    register,
    same_dimension,
    year_taken_hint,
)


class OrderParameters(Parameters):
    """``order: [a, b, …]``: each no later (no larger) than the next."""

    order: list[str] = Field(min_length=2, description="Claim ids in non-decreasing order.")


def _operands(parameters: OrderParameters) -> list[str]:
    return list(parameters.order)


@register("order", OrderParameters, _operands, "Dates or quantities come in the stated order.")
def judge_order(
    parameters: OrderParameters, scope: Scope, lenient: bool, tolerance: Tolerance
) -> Outcome:
    """Holds when one value per operand, each in its interval, is non-decreasing.

    Greedy from the left: keep the earliest value the chain can have reached so far; the
    chain breaks where even that is after everything the next operand allows.
    """
    figures = beside_percentages(
        [(name, scope.figure(name)) for name in parameters.order], "order"
    )
    same_dimension(figures, "order")
    earliest, earliest_open = float("-inf"), True
    earliest_from: tuple[str, Figure] = figures[0]
    for name, figure in figures:
        reading = figure.reading(lenient).snapped()
        if reading.lo > earliest or (reading.lo == earliest and reading.lo_open):
            earliest, earliest_open = reading.lo, reading.lo_open
            earliest_from = (name, figure)
        if earliest > reading.hi or (earliest == reading.hi and (earliest_open or reading.hi_open)):
            published = scope.figures.get("source.published")
            return Outcome(
                False, partial(_explain, earliest_from, (name, figure), lenient, published)
            )
    return Outcome(True)


def _write(figure: Figure, lenient: bool) -> str:
    reading = figure.reading(lenient)
    if figure.is_date:
        return format_days(reading)
    return figure.text


def _explain(
    before: tuple[str, Figure],
    after: tuple[str, Figure],
    lenient: bool,
    published: Figure | None,
) -> str:
    (name_a, a), (name_b, b) = before, after
    text = (
        f"{name_a} ({_write(a, lenient)}) is listed before {name_b} ({_write(b, lenient)}), "
        f"but {'it comes after it' if a.is_date else 'it is larger'}"
    )
    return text + year_taken_hint(a, published)
