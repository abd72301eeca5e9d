"""``expect``: any relation between claims, written as an expression.

``expect: csf_since_2002 <= us_aid_since_2002`` ("including"), ``expect: arrival <=
meeting < arrival + visit`` (a two-day visit contains the meeting). Numbers written in
the expression are exact: they are the checker's, not the article's.
"""

from __future__ import annotations

from functools import lru_cache, partial
from typing import Any

from pydantic import Field

from checks.expressions import (
    Evaluator,
    Form,
    can_compare,
    comparable,
    describe,
    in_one_measure,
    parse_expression,
)
from checks.grammar import Leaf, branches
from checks.intervals import Interval
from checks.kinds import (
    CheckError,
    Outcome,
    Parameters,
    Scope,
    Tolerance,
    register,
    year_taken_hint,
)


class ExpectParameters(Parameters):
    """``expect: <expression>``."""

    expect: str = Field(min_length=1, description="A relation: claim ids, numbers, + - * /, ==…")


def _operands(parameters: ExpectParameters) -> list[str]:
    return list(_names(parameters.expect))


@lru_cache(maxsize=4_096)
def _names(expression: str) -> tuple[str, ...]:
    """The claim ids an expression names, in order of first use (none if it is malformed)."""
    try:
        tree = parse_expression(expression)
    except CheckError:
        return ()
    names: list[str] = []
    for node in branches(tree):
        if node.data == "name":
            token = node.children[0]
            assert isinstance(token, Leaf)
            name = expression[token.start_pos : token.end_pos]
            if name not in names:
                names.append(name)
    return tuple(names)


@register("expect", ExpectParameters, _operands, "A relation written as an expression holds.")
def judge_expect(
    parameters: ExpectParameters, scope: Scope, lenient: bool, tolerance: Tolerance
) -> Outcome:
    """Holds when every comparison of the chain can hold (each judged on its own)."""
    tree: Any = parse_expression(parameters.expect)
    evaluator = Evaluator(scope, lenient, parameters.expect)
    children = tree.children
    forms: list[Form] = [evaluator.form(child) for child in children[0::2]]
    operators = [token.value for token in children[1::2]]
    if not operators:
        raise CheckError("an expect check needs a comparison: == != < <= > >=")
    for index, operator in enumerate(operators):
        left, right = evaluator.on_the_calendar(forms[index], forms[index + 1])
        difference = evaluator.combine(left, right, -1.0, "-", verb="compare")
        values = difference.interval(scope, lenient)
        stated = right.interval(scope, lenient)
        if tolerance.relative or tolerance.absolute is not None:
            values = tolerance.widen(values, stated.midpoint, difference.dimension)
        if not can_compare(operator, values):
            return Outcome(False, partial(_explain, left, right, operator, scope, lenient))
    return Outcome(True)


def _explain(left: Form, right: Form, operator: str, scope: Scope, lenient: bool) -> str:
    left, right = in_one_measure(left, right)
    a = left.interval(scope, lenient)
    b = right.interval(scope, lenient)
    # Both sides in the stated figure's own style when they measure the same thing: a
    # product's style (a rate's "per 1,000", none at all for $ × Rs per $) misleads.
    if right.style is not None and comparable(left, right):
        style = right_style = right
    else:
        style = left if left.style is not None or left.dimension else right
        right_style = style if right.dimension == left.dimension else right
    names = dict.fromkeys(name for name, _ in (*left.coefficients, *right.coefficients))
    published = scope.figures.get("source.published")
    hints = "".join(year_taken_hint(scope.figure(name), published) for name in names)
    return (
        f"`{left.text} {operator} {right.text}` does not hold"
        f"{' even if round figures were rounded further' if lenient else ''}: {left.text} is "
        f"{describe(style, a)} and {right.text} is {describe(right_style, b)}"
    ) + hints


__all__ = ["ExpectParameters", "Interval", "judge_expect"]
