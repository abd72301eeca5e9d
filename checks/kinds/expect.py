"""``expect``: any relation between claims, written as an expression.

``expect: csf_since_2002 <= us_aid_since_2002`` ("including"), ``expect: arrival <=
meeting < arrival + visit`` (a two-day visit contains the meeting). Numbers written in
the expression are exact: they are the checker's, not the article's.
"""

from __future__ import annotations

import math
from functools import lru_cache, partial
from typing import Any

from msgspec.structs import replace
from pydantic import Field

from checks.display import Display, format_number, format_percent
from checks.expressions import (
    IN_POINTS,
    Evaluator,
    Form,
    can_compare,
    comparable,
    describe,
    in_one_measure,
    in_percentages,
    is_bare,
    parse_expression,
    parse_in_scope,
    reads_as_a_unit,
    words_after_a_slash,
)
from checks.figures import Figure, FigureError, parse_figure
from checks.grammar import Leaf, branches
from checks.intervals import EPSILON, Interval
from checks.kinds import (
    CheckError,
    Outcome,
    Parameters,
    Scope,
    Tolerance,
    in_whole_days,
    register,
    year_taken_hint,
)
from checks.units import DATE

TIME = (("[time]", 1),)
DAYS = Display(suffix="days")


class ExpectParameters(Parameters):
    """``expect: <expression>``."""

    expect: str = Field(min_length=1, description="A relation: claim ids, numbers, + - * / ^, ==…")


def _operands(parameters: ExpectParameters) -> list[str]:
    return list(_names(parameters.expect))


@lru_cache(maxsize=4_096)
def _names(expression: str) -> tuple[str, ...]:
    """The claim ids an expression names, in order of first use (none if it is malformed)."""
    try:
        tree = parse_expression(expression)
    except CheckError:
        return ()
    found: list[tuple[int, str]] = []
    for node in branches(tree):
        if node.data == "name":
            token = node.children[0]
            assert isinstance(token, Leaf)
            found.append((token.start_pos, expression[token.start_pos : token.end_pos]))
    # "100 m / run_time": a claim when the file has one of that name (parse_in_scope)
    found.extend(
        (at, word)
        for at, word in words_after_a_slash(tree, expression)
        if not reads_as_a_unit(word)
    )
    return tuple(dict.fromkeys(name for _, name in sorted(found)))


@lru_cache(maxsize=4_096)
def _has_date_literal(expression: str) -> bool:
    """Whether an expression writes a date (``2018-01-01``) in it."""
    try:
        tree = parse_expression(expression)
    except CheckError:
        return False
    return any(node.data == "date_literal" for node in branches(tree))


def _about_dates(expression: str, scope: Scope) -> bool:
    """Whether an expression names or writes a date.

    Dates are whole days, so a length of time that separates two of them, or is added to
    one, is a whole number of days (:func:`checks.kinds.in_whole_days`): "two and a half
    weeks" from 3 March is 20 or 21 March, and 17 days is 2.5 weeks as news writes it. Only
    the result of the arithmetic is rounded, never its terms: three spells of 36 hours are
    4.5 days, not three of "1 or 2 days".
    """
    return any(
        (figure := scope.figures.get(name)) is not None and figure.is_date
        for name in _names(expression)
    ) or _has_date_literal(expression)


@register("expect", ExpectParameters, _operands, "A relation written as an expression holds.")
def judge_expect(
    parameters: ExpectParameters, scope: Scope, lenient: bool, tolerance: Tolerance
) -> Outcome:
    """Holds when every comparison of the chain can hold (each judged on its own).

    In an expression about dates, the two sides of a comparison are a whole number of days
    apart (:func:`_about_dates`).
    """
    tree: Any = parse_in_scope(parameters.expect, scope)
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
        in_days = difference.dimension == TIME and _about_dates(parameters.expect, scope)
        if in_days:  # dates are whole days apart
            values = in_whole_days(values)
        stated = right.interval(scope, lenient)
        if tolerance.relative or tolerance.absolute is not None:
            values = tolerance.widen(values, stated.midpoint, difference.dimension)
        if not can_compare(operator, values) and not _within_noise(
            operator, values, left, right, scope, lenient
        ):
            _refuse_a_percentage_written_bare(evaluator, left, right, operator, scope, lenient)
            explain = partial(_explain, left, right, operator, scope, lenient, in_days)
            return Outcome(False, explain)
    return Outcome(True)


def _within_noise(
    operator: str, values: Interval, left: Form, right: Form, scope: Scope, lenient: bool
) -> bool:
    """Whether a closed comparison fails only by the float noise of its subtraction.

    ``45% - 43% == 2 percentage points`` with exact points: 0.455 − 0.435 is a few
    ulps of 0.455 away from 0.02, far more than the slack :meth:`Interval.meets` gives a
    difference that small. The noise is measured against the sides, not the difference;
    an open end ("more than 5 km") is never widened.
    """
    if operator not in ("==", "<=", ">="):
        return False
    ends = (*_ends(left.interval(scope, lenient)), *_ends(right.interval(scope, lenient)))
    slack = EPSILON * 16 * max(ends, default=0.0)
    below, above = (0.0 if values.lo_open else slack), (0.0 if values.hi_open else slack)
    return slack > 0 and can_compare(operator, values.widened(below, above))


def _ends(interval: Interval) -> tuple[float, ...]:
    return tuple(abs(end) for end in (interval.lo, interval.hi) if math.isfinite(end))


def _is_bare_number(form: Form) -> bool:
    """A number with no unit, sign of percentage or noun.

    Written in the expression, or one claim's (``net: {value: "-38"}``). A product or
    power of claims (``x * y``, ``x ^ 2``) is neither: read as percentages, each claim
    would be a hundredth, not the result.
    """
    one_claim = len(form.coefficients) == 1 and form.coefficients[0][1] == 1.0
    exact = form.constant.lo == form.constant.hi
    literal_or_claim = (not form.coefficients and exact) or (
        one_claim and exact and form.constant.lo == 0
    )
    return literal_or_claim and is_bare(form)


def _beside_a_bare_number(left: Form, right: Form) -> tuple[Form, Form] | None:
    """``(number, percentage)`` when one side is a bare number, the other percentages."""
    for number, share in ((left, right), (right, left)):
        if _is_bare_number(number) and in_percentages(share):
            return number, share
    return None


def _a_gap(share: Form) -> bool:
    """Whether percentages are a difference of percentages (``new - old``): points."""
    return sum(coefficient for _, coefficient in share.coefficients) == 0


def _refuse_a_percentage_written_bare(
    evaluator: Evaluator, left: Form, right: Form, operator: str, scope: Scope, lenient: bool
) -> None:
    """An error, not a mismatch, for ``new - old == 0.25`` that holds in points.

    A bare number in an expression is the checker's own and exact, so beside
    percentages it is a fraction (``turnout == 0.62``). But a relation that fails with
    it as a fraction and holds with it as percentages (``rate_now - rate_then == 0.25``
    meaning a quarter point, ``turnout == 62``) says nothing about the story: the check
    was written ambiguously, and a mismatch would be a false alarm. A number of at most
    1 beside a level of percentages is a fraction as written (``yes_share > 0.5``).
    """
    pair = _beside_a_bare_number(left, right)
    if pair is None:
        return
    number, share = pair
    claim = scope.figure(number.coefficients[0][0]) if number.coefficients else None
    value = claim.nominal if claim is not None else number.constant.lo
    if not _a_gap(share) and abs(value) <= 1:
        return  # "yes_share > 0.5": a fraction beside a level, as written
    hundredth = replace(
        number,
        constant=number.constant.scaled(0.01),
        coefficients=tuple((name, c * 0.01) for name, c in number.coefficients),
    )
    a, b = (hundredth, right) if number is left else (left, hundredth)
    difference = evaluator.combine(a, b, -1.0, "-", verb="compare")
    if not can_compare(operator, difference.interval(scope, lenient)):
        return
    shown = claim.text.strip() if claim is not None else number.text
    written = f"{shown} percentage points" if _a_gap(share) else f"{shown}%"
    fraction = format_number(value / 100, 6)
    where = f"{number.text}'s value" if claim is not None else number.text
    raise CheckError(
        f"{number.text} ({shown}) is a bare number beside {share.text} (percentages), so it"
        f" reads as the number {shown} ({format_percent(value)}), and the relation holds"
        f" only if it means {written}: write {where} as `{written}`, or `{fraction}` for"
        " the fraction"
        if claim is not None
        else f"{number.text} is a bare number beside {share.text} (percentages), so it reads"
        f" as the number {shown} ({format_percent(value)}), and the relation holds only if"
        f" it means {written}: write `{written}`, or `{fraction}` for the fraction"
    )


def _explain(
    left: Form, right: Form, operator: str, scope: Scope, lenient: bool, in_days: bool = False
) -> str:
    left, right = in_one_measure(left, right)
    a = left.interval(scope, lenient)
    b = right.interval(scope, lenient)
    # Both sides in the stated figure's own style when they measure the same thing: a
    # product's style (a rate's "per 1,000", none at all for $ × Rs per $) misleads.
    pair = _beside_a_bare_number(left, right)
    if pair is not None:  # 0.62 beside 58%: 62%; 0.5 beside 5.5% − 5.25%: 50 points
        style = right_style = replace(pair[1], style=IN_POINTS) if _a_gap(pair[1]) else pair[1]
    elif right.style is not None and comparable(left, right):
        style = right_style = right
    else:
        style = left if left.style is not None or left.dimension else right
        right_style = style if right.dimension == left.dimension else right
    if left.dimension == DATE:  # a date is a whole day: never "20 March to 20 March"
        a, b = in_whole_days(a), in_whole_days(b)
    left_text, right_text = describe(style, a, b), describe(right_style, b, a)
    if in_days and left.dimension == TIME == right.dimension and _counted_in_days(right.style):
        # lengths of time between dates are whole days: "19 days (2.714 weeks) and gap is
        # 17–18 days", not "2.714 weeks and gap is 17–18 days"; months and years stay
        in_days_left = describe(replace(style, style=DAYS), a)
        if in_days_left != left_text:
            left_text = f"{in_days_left} ({left_text})" if a.lo == a.hi else in_days_left
        if b.lo != b.hi:
            right_text = describe(replace(right_style, style=DAYS), in_whole_days(b))
    names = dict.fromkeys(name for name, _ in (*left.coefficients, *right.coefficients))
    published = scope.figures.get("source.published")
    hints = "".join(year_taken_hint(scope.figure(name), published) for name in names)
    for side, other in ((left, b), (right, a)):  # `ratio == twice`: advice if it would hold
        figure = scope.figures.get(side.text)
        if figure is not None and len(side.coefficients) == 1:
            hints += _occasions_hint(figure, other)
    return (
        f"`{left.text} {operator} {right.text}` does not hold"
        f"{' even if round figures were rounded further' if lenient else ''}: {left.text} is "
        f"{left_text} and {right.text} is {right_text}"
    ) + hints


def _occasions_hint(figure: Figure, other: Interval) -> str:
    """``twice`` alone counts occasions (exactly 2): say how to write the ratio.

    "Smokers were twice as likely": the record `twice` reads as "arrested twice", so a
    ratio of 2.05 is no match for it, where `twice as likely` (1.5 to 2.5) holds. Said only
    when the round multiplier would meet the other side.
    """
    if figure.counted != "times" or figure.qualifier is not None:
        return ""
    try:
        multiplier = parse_figure(f"{figure.text} as likely").strict
    except FigureError:
        return ""
    if not multiplier.meets(other):
        return ""
    return (
        f"; {figure.text} alone counts occasions (exactly {format_number(figure.nominal)});"
        f" for a ratio write `{figure.text} as likely` or `{figure.text} as many`"
        " (read as a round multiplier)"
    )


def _counted_in_days(style: Display | None) -> bool:
    """Whether a length of time is written in days, weeks or less, not months or years.

    Months and years are calendar units: added to a date they move it on the calendar,
    and as amounts they are rounded like any figure ("more than 6 years", not "at least
    2,192 days"); a date computed from a fraction of one is still a whole day.
    """
    return style is None or style.factor < 28.0


__all__ = ["ExpectParameters", "Interval", "judge_expect"]
