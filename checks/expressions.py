"""``expect`` expressions: parsed by the grammar, evaluated on intervals, never ``eval``-ed.

Sub-expressions are kept as *linear forms* over claim ids (``Σ cᵢ·claimᵢ + constant``)
for as long as they stay linear, so that a claim written twice is one value, not two
(``a - a`` is exactly zero, and ``arrival + visit - arrival`` is the visit). A product
of two claims falls back to plain interval arithmetic, which may only make a relation
look *more* possible: a product can hide a mismatch, never invent one.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections.abc import Collection, Iterator
from typing import Any

import msgspec

from checks import units
from checks.dates import add_months, format_days, gap_unit, states_a_gap
from checks.display import Display
from checks.figures import (
    POINT_NOUNS,
    Context,
    Figure,
    FigureError,
    counts_things,
    in_percentage_points,
    is_a_count,
    is_multiplier,
    parse_figure,
    per_thing,
)
from checks.grammar import Branch, Leaf, branches, depth, is_lark_error, leaves, parse
from checks.intervals import Interval
from checks.kinds import CheckError, Scope

MAX_DEPTH = 64
"""Parentheses nested deeper than this are refused before parsing (no real check needs it)."""
MAX_LENGTH = 2_000
MAX_NESTING = 200
"""Operators nested deeper than this (``- - - a``, hundreds of terms) are refused after parsing:
the evaluator recurses once per level, so this keeps it far from Python's recursion limit."""


class Form(msgspec.Struct, frozen=True):
    """A linear form ``Σ coefficient·claim + constant`` with its dimension."""

    coefficients: tuple[tuple[str, float], ...]
    constant: Interval
    dimension: units.Dimension
    text: str
    absolute_temperature: bool = False
    style: Display | None = None
    calendar: tuple[Figure, int] | None = None
    counted: str | None = None
    """What a claim or literal that is a plain count counts (``households``), for
    :func:`_per_cancelled`: ``£7,500 per household * 2,250 households`` is money."""
    counts: bool = False
    """A count of things (:func:`figures.counts_things`), or a sum, multiple or share of
    counts: never added to or compared with a percentage."""
    soft: tuple[str, ...] = ()
    """``[per:…]`` dimensions that come from dividing by a count (``gdp / people`` is money
    per person): a comparison with a side without them drops them (``women / staff ==
    45%``), one with them keeps them (``gdp / people == $81,800 per person``)."""

    measured: tuple[str, ...] = ()
    """Claims written in points that are percentage points here (:func:`in_one_measure`):
    read as rounded measures, not as the whole counts a game's points are."""
    times_a_count: bool = False
    """A product with a count of things among its factors (``trucks_needed * lorry_load``
    of "150 trucks a day" and "20 tonnes per lorry"): a ``[per:…]`` term left in it is
    things that did not cancel, never the amount of one thing (:meth:`_also_per_hint`)."""
    count_factor: str | None = None
    """What the one count of things among a product's factors counts (``people`` of
    ``people * months``): dividing by the product is per one of them, as dividing by the
    count alone is (``food / (people * months)`` is ``food / people / months``)."""

    def interval(self, scope: Scope, lenient: bool) -> Interval:
        """The values the form can take, each claim taken once."""
        total = self.constant
        whole = self.constant.whole
        for name, coefficient in self.coefficients:
            figure = scope.figure(name)
            if name in self.measured:
                figure, coefficient = in_percentage_points(figure), coefficient * 100
            reading = figure.reading(lenient)
            whole = whole and reading.whole and float(coefficient).is_integer()
            total = total + reading.scaled(coefficient)
        if whole:
            return total.as_whole()
        return total


def _is_number(form: Form) -> bool:
    """Whether a form is one exact number (a literal): multiplying by it keeps linearity."""
    return not form.coefficients and form.constant.lo == form.constant.hi


def _grouped(text: str, operators: str = "+-−") -> str:
    """``a + b`` as ``(a + b)`` when it becomes a factor or is subtracted.

    Messages then keep the meaning: ``labour - (commons - labour)``, ``(a + b) / 2``;
    with ``operators`` ``"*/×÷+-−"``, a divisor: ``twh / (gw * 1 year)``.
    """
    depth = 0
    for index, character in enumerate(text):
        if character == "(":
            depth += 1
        elif character == ")":
            depth -= 1
        elif (
            depth == 0
            and character in operators
            and text[index - 1 : index + 2] == f" {character} "
        ):
            return f"({text})"
    return text


def _merge(a: Form, b: Form, sign: float) -> tuple[tuple[str, float], ...]:
    table: dict[str, float] = dict(a.coefficients)
    for name, coefficient in b.coefficients:
        table[name] = table.get(name, 0.0) + sign * coefficient
    return tuple(sorted((n, c) for n, c in table.items() if c != 0.0))


class Evaluator:
    """Builds :class:`Form` objects from a parse tree for one scope and one reading."""

    def __init__(self, scope: Scope, lenient: bool, text: str) -> None:
        self.scope = scope
        self.lenient = lenient
        self.text = text

    def tok(self, token: Any) -> str:
        """A token's characters in the expression (parse trees are shared per shape)."""
        return self.text[token.start_pos : token.end_pos]

    def form(self, tree: Any) -> Form:
        """The linear form (or plain interval) of one parse-tree node."""
        kind = tree.data
        if kind == "name":
            return self._name(self.tok(tree.children[0]))
        if kind == "literal":
            return self._literal(tree)
        if kind == "date_literal":
            text = self.tok(tree.children[0])
            try:
                day = dt.date.fromisoformat(text)
            except ValueError:
                raise CheckError(f"{text!r} is not a date of the calendar") from None
            point = Interval.point(float(day.toordinal()), whole=True)
            return Form((), point, units.DATE, text)
        if kind == "unary_sign":
            operand = self.form(tree.children[1])
            if self.tok(tree.children[0]) == "+":
                return operand
            return self._scale(operand, -1.0, f"-{_grouped(operand.text)}")
        if kind == "power":
            return self._power_node(tree)
        if kind == "binary":
            left, op, right = tree.children
            a, b = self.form(left), self.form(right)
            symbol = self.tok(op)  # "/" as written, where the parser was given "÷"
            if symbol in {"+", "-", "−"}:
                return self.combine(a, b, -1.0 if symbol != "+" else 1.0, symbol)
            return self._multiply(a, b, symbol)
        raise CheckError(f"unsupported expression part {kind!r}")  # pragma: no cover

    def _power_node(self, tree: Any) -> Form:
        """``base ^ n`` (or ``base ** n``): ``n`` is a number written in the expression.

        A power of a power without parentheses (``a ^ 2 ^ 3``) is refused, as is a number
        written with a unit, scale word or percent sign (``10 km ^ 2``: the square of 10 km,
        or ten square kilometres?). A literal's own minus sign is applied after the power,
        as a sign before a claim is: ``-2 ^ 2`` is −4, as in mathematics.
        """
        base_node, op, exponent_node = tree.children
        symbol = self.tok(op)
        base_leaves = list(leaves(base_node))
        first, last = base_leaves[0], base_leaves[-1]
        parenthesised = ")" in self.text[last.end_pos : op.start_pos]
        exponent_text = "".join(self.tok(leaf) for leaf in leaves(exponent_node))
        exponent = _exponent(exponent_text)
        written = self.text[first.start_pos : op.start_pos].strip()
        if base_node.data == "power" and not parenthesised:
            inner = self.text[first.start_pos : last.end_pos]
            raise CheckError(
                f"`{written} {symbol} {exponent_text}` raises a power to a power, which reads"
                f" two ways: write `({inner}) {symbol} {exponent_text}` or a single exponent"
            )
        negate = False
        if base_node.data == "literal" and not parenthesised:
            if len(base_leaves) > 1:
                raise CheckError(
                    f"`{written} {symbol} {exponent_text}` is ambiguous: write"
                    f" `({written}) {symbol} {exponent_text}` for the power of {written},"
                    " or write the unit with its power in the figure (`10 km²`)"
                )
            negate = written[:1] in ("-", "−")  # -2 ^ 2 is -(2 ^ 2)
        base = self.form(base_node)
        if negate:
            base = self._scale(base, -1.0, written[1:].strip())
        result = self._power(base, exponent, symbol, exponent_text.replace("−", "-"))
        if negate:
            return self._scale(result, -1.0, f"-{result.text}")
        return result

    def _power(self, base: Form, exponent: float, symbol: str, exponent_text: str) -> Form:
        """``base`` to the power ``exponent``: a plain interval, each end taken once.

        Whole exponents: a power is monotonic on each side of zero, so a base that may
        be negative or positive gives ``[0, max(|lo|, |hi|) ** n]`` for an even ``n``
        (never the ``[-1, 1]`` that ``x * x`` gives for ``x`` in ``[-1, 1]``, which takes
        ``x`` twice); open ends stay open. Units are raised with it. A negative exponent
        needs a base that cannot be zero; an exponent that is not whole a plain number
        that cannot be negative.
        """
        shown = base.text if _SIMPLE_OPERAND.fullmatch(base.text) else f"({base.text})"
        text = f"{shown} {symbol} {exponent_text}"
        if base.dimension == units.DATE:
            raise CheckError(f"a date cannot be raised to a power ({text})")
        if base.absolute_temperature:
            raise CheckError(
                f"a temperature reading cannot be raised to a power ({text});"
                " a difference in Δ°C or Δ°F can"
            )
        whole = float(exponent).is_integer()
        if exponent == 0:
            raise CheckError(f"{text} is 1 whatever {base.text} is: there is nothing to check")
        if not whole and base.dimension:
            raise CheckError(
                f"cannot raise {base.text} ({dimension_label(base.dimension)}) to the power"
                f" {exponent_text}: only a plain number or a percentage can have an exponent"
                " that is not whole"
            )
        if exponent == 1:
            return msgspec.structs.replace(base, text=text)
        values = base.interval(self.scope, self.lenient)
        values = values.snapped() if values.whole else values
        if exponent < 0 and values.lo <= 0 <= values.hi:
            raise CheckError(
                f"cannot judge {text}: {base.text} may be zero, and a negative power of a value"
                " near zero can be anything, so the check could never fail"
            )
        if not whole and values.lo < 0:
            raise CheckError(
                f"cannot judge {text}: {base.text} may be negative, and a power that is not"
                " whole of a negative number is no number"
            )
        value = power_of_interval(values, exponent)
        if math.isinf(value.lo) and math.isfinite(values.lo) or (
            math.isinf(value.hi) and math.isfinite(values.hi)
        ):
            raise CheckError(f"{text} is too large to judge (beyond about 10^308)")
        dimension = tuple((name, int(power * exponent)) for name, power in base.dimension)
        soft = tuple(name for name in base.soft if name in dict(dimension))
        return Form((), value, dimension, text, False, None, soft=soft)

    def on_the_calendar(self, left: Form, right: Form) -> tuple[Form, Form]:
        """``end - start == 1 month`` compared as ``end == start + 1 month``.

        Days between two dates against a number of months or years: a month is 28 to 31
        days, so the days are compared with the calendar, as ``start + 1 month`` adds it
        (1 February + 1 month is 1 March). Other comparisons are returned as they are.
        """
        for difference, duration, duration_right in ((left, right, True), (right, left, False)):
            if duration.calendar is None or difference.dimension != (("[time]", 1),):
                continue
            dates = self._dates_of_difference(difference)
            if dates is None:
                continue
            end, start = (self._name(name) for name in dates)
            moved = self.combine(start, duration, 1.0, "+")
            return (end, moved) if duration_right else (moved, end)
        return left, right

    def _dates_of_difference(self, form: Form) -> tuple[str, str] | None:
        """``(end, start)`` when ``form`` is exactly ``end - start`` of two dated claims."""
        if len(form.coefficients) != 2 or form.constant.lo != 0 or form.constant.hi != 0:
            return None
        (first, a), (second, b) = form.coefficients
        if {a, b} != {1.0, -1.0}:
            return None
        end, start = (first, second) if a == 1.0 else (second, first)
        if not (self.scope.figure(end).is_date and self.scope.figure(start).is_date):
            return None
        return end, start

    def _name(self, name: str) -> Form:
        figure = self.scope.figure(name)
        calendar = None
        if figure.calendar_months is not None:
            months = figure.calendar_months
            if months.lo == months.hi and float(months.lo).is_integer():
                calendar = (figure, int(months.lo))
        return Form(
            ((name, 1.0),),
            Interval.point(0.0, whole=True),
            figure.dimension,
            name,
            figure.absolute_temperature,
            figure.display,
            calendar,
            figure.counted,
            counts_things(figure),
        )

    def _literal(self, tree: Any) -> Form:
        tokens = list(leaves(tree))
        text = self.text[tokens[0].start_pos : tokens[-1].end_pos]  # as written: "£20m"
        try:
            figure = parse_figure(text, self.scope.context)
        except FigureError as exc:
            raise CheckError(f"in the expression: {exc}") from None
        if not math.isfinite(figure.nominal):
            raise CheckError(f"{text!r} is not a finite number")
        calendar = None
        if figure.calendar_months is not None and math.isfinite(figure.calendar_months.midpoint):
            calendar = (figure, round(figure.calendar_months.midpoint))
        exact = Interval.point(figure.nominal, whole=float(figure.nominal).is_integer())
        return Form(
            (),
            exact,
            figure.dimension,
            text,
            figure.absolute_temperature,
            figure.display,
            calendar,
            figure.counted,
            counts_things(figure),
        )

    def _scale(self, form: Form, factor: float, text: str) -> Form:
        return Form(
            tuple((n, c * factor) for n, c in form.coefficients),
            form.constant.scaled(factor) if factor != 1 else form.constant,
            form.dimension,
            text,
            form.absolute_temperature,
            form.style,
            counted=form.counted,
            counts=form.counts,
            soft=form.soft,
            measured=form.measured,
        )

    def combine(
        self, a: Form, b: Form, sign: float, symbol: str, verb: str | None = None
    ) -> Form:
        """``a + b`` (``sign`` 1) or ``a - b`` (``sign`` -1), with date and unit rules.

        ``verb`` names the operation in messages when it is not the sum or difference
        itself (``compare`` for the two sides of ``==``).
        """
        text = f"{a.text} {symbol} {_grouped(b.text) if sign < 0 else b.text}"
        a, b = in_one_measure(a, b)
        if verb is None:
            _no_bare_number_added_to_a_percentage(a, b, "add" if sign > 0 else "subtract")
        date, time = units.DATE, (("[time]", 1),)
        if a.dimension == date and b.dimension == time:
            if b.calendar is not None:
                return self._calendar(a, b, sign, text)
            dimension = date
        elif a.dimension == time and b.dimension == date and sign > 0:
            if a.calendar is not None:
                return self._calendar(b, a, sign, text)
            dimension = date
        elif a.dimension == date and b.dimension == date and sign < 0:
            dimension = time
        elif a.dimension != b.dimension and (common := _unsoftened(a, b)) is not None:
            dimension = common
        elif a.dimension != b.dimension:
            raise CheckError(
                f"cannot {verb or ('add' if sign > 0 else 'subtract')} {b.text} "
                f"({dimension_label(b.dimension)}) and {a.text} "
                f"({dimension_label(a.dimension)}): incompatible units"
                + _rate_hint(a.dimension, b.dimension)
                + _period_hint(a.dimension, b.dimension)
                + self._also_per_hint(a, b)
                + self._per_a_claim_hint(a, b)
                + units.misspelt_unit_hint(a, b)
                + units.power_for_energy_hint(a, b)
            )
        elif a.dimension == date:
            raise CheckError(f"cannot add two dates ({a.text} + {b.text})")
        else:
            dimension = a.dimension
        absolute = a.absolute_temperature
        if a.absolute_temperature and b.absolute_temperature:
            if sign > 0:
                raise CheckError(f"cannot add two temperature readings ({text})")
            absolute = False
        elif a.absolute_temperature != b.absolute_temperature and (
            verb == "compare" or (sign < 0 and b.absolute_temperature)
        ):
            reading, difference = (a, b) if a.absolute_temperature else (b, a)
            raise CheckError(
                f"{difference.text} is a temperature difference and {reading.text} a reading: "
                f"they cannot be {'compared' if verb == 'compare' else 'subtracted'}; write "
                "a difference in Δ°C or Δ°F (`1.2 Δ°C`)"
            )
        else:
            absolute = a.absolute_temperature or b.absolute_temperature
        constant = a.constant + (b.constant if sign > 0 else -b.constant)
        style = a.style if a.dimension == dimension else b.style
        if dimension == time and a.dimension == date:
            style = Display(suffix="days")
        soft = (
            tuple(dict.fromkeys(n for n in (*a.soft, *b.soft) if n in dict(dimension)))
            if a.soft or b.soft
            else ()
        )
        return Form(
            _merge(a, b, sign),
            constant,
            dimension,
            text,
            absolute,
            style,
            counted=a.counted if a.counted == b.counted else None,
            counts=a.counts and b.counts,
            soft=soft,
            measured=(*a.measured, *b.measured) if a.measured or b.measured else (),
        )

    def _also_per_hint(self, a: Form, b: Form) -> str:
        """``$95 per share`` beside a bare ``$65.39``: write the price per share too.

        "$95 a share, against a close of $65.39": a sentence writes the rate once. The
        bare amount may be a total, so the check cannot assume it; the hint says how to
        write it when it is one share's price (``close / 1 share``: a claim's record keeps
        the figure its quote states).
        """
        for rate, plain in ((a, b), (b, a)):
            things = [name for name, power in rate.dimension if _is_rate_term(name)]
            if (
                rate.times_a_count
                or len(things) != 1
                or dict(rate.dimension)[things[0]] != -1
                or plain.soft
                or not plain.dimension
                or plain.dimension != _without_rates(rate.dimension)
            ):
                continue
            thing = things[0][len("[per:") : -1]
            if plain.coefficients:
                return (
                    f"; if {plain.text} is the amount of one {thing}, as {rate.text} is,"
                    f" write `{_grouped(plain.text, '*/×÷+-−')} / 1 {thing}`"
                )
            if not plain.coefficients:
                return (
                    f"; if {plain.text} is the amount of one {thing}, as {rate.text} is,"
                    f" write `{plain.text} per {thing}`"
                )
        return ""

    def _per_a_claim_hint(self, a: Form, b: Form) -> str:
        """``100 m per run_time``: "per" makes a unit of the word, even a claim's id."""
        for form in (a, b):
            for name, _ in form.dimension:
                thing = name[len("[per:") : -1] if _is_rate_term(name) else ""
                written = rf"\bper {re.escape(thing)}\b"
                if thing in self.scope.figures and re.search(written, form.text):
                    return (
                        f"; `per {thing}` is a unit: to divide by the claim {thing},"
                        f" write `/ {thing}`"
                    )
        return ""

    def _calendar(self, day: Form, duration: Form, sign: float, text: str) -> Form:
        assert duration.calendar is not None
        days = day.interval(self.scope, self.lenient)
        figure, months = duration.calendar
        low, high = months, months
        if figure.ends is not None:
            # "20 to 25 years": each end moves its own side of the window
            ends = [end.calendar_months for end in figure.ends]
            if all(end is not None and end.lo == end.hi for end in ends):
                low, high = (int(end.lo) for end in ends if end is not None)
        if sign < 0:
            low, high = -high, -low
        claim = duration.coefficients[0][0] if duration.coefficients else ""
        quote = self.scope.quotes.get(claim, "")
        gap = (
            self.lenient
            and months != 0
            and figure.lenient != figure.strict
            and states_a_gap(quote, figure, self.scope.context)
        )
        try:
            first = dt.date.fromordinal(int(days.lo))
            last = dt.date.fromordinal(int(days.hi))
            lo = add_months(first, low).toordinal()
            hi = add_months(last, high).toordinal()
            if gap and gap_unit(figure) == "year":
                # "six years after" read leniently is 5.5 to 6.5 years; "a decade later"
                # 9.5 to 10.5 years: half of the year, whatever unit the gap is written in
                lo = add_months(first, low - 6).toordinal()
                hi = add_months(last, high + 6).toordinal()
            elif gap:
                # "six months later": half of the month before, half of the month after
                lo -= (lo - add_months(first, low - 1).toordinal()) // 2
                hi += -(-(add_months(last, high + 1).toordinal() - hi) // 2)
        except (ValueError, OverflowError):
            raise CheckError(f"{text} falls outside the calendar (years 1 to 9999)") from None
        return Form((), Interval(float(lo), float(hi), whole=True), units.DATE, text)

    def _multiply(self, a: Form, b: Form, symbol: str) -> Form:
        divisor = _grouped(b.text, "*/×÷+-−") if symbol in {"/", "÷"} else _grouped(b.text)
        if symbol in {"/", "÷"} and divisor == b.text and _PER_WORD.search(b.text):
            divisor = f"({b.text})"  # 1 / (9.4 miles per imperial gallon)
        text = f"{_grouped(a.text)} {symbol} {divisor}"
        divide = symbol in {"/", "÷"}
        if units.DATE in (a.dimension, b.dimension):
            raise CheckError(f"dates cannot be multiplied or divided ({text})")
        if a.absolute_temperature or b.absolute_temperature:
            raise CheckError(f"temperature readings cannot be multiplied or divided ({text})")
        dimension = units.multiply(a.dimension, b.dimension, -1 if divide else 1)
        cancelled_dimension = dimension if divide else _per_cancelled(dimension, a, b)
        cancelled = cancelled_dimension != dimension
        dimension = cancelled_dimension
        times_a_count = not divide and any(
            f.counted is not None and is_a_count(f.counted, "") for f in (a, b)
        )
        soft: tuple[str, ...] = ()
        if a.soft or b.soft:
            soft = tuple(n for n in (*a.soft, *b.soft) if n in dict(dimension))
        counted_divisor = b.counted if b.counted and not b.dimension else b.count_factor
        if divide and counted_divisor:
            per = per_thing(counted_divisor)
            if not (a.counted and per_thing(a.counted) == per):
                dimension = units.multiply(dimension, ((per, 1),), -1)
                soft = (*soft, per)
        if (
            divide
            and (like := _without_rates(a.dimension))
            and like == _without_rates(b.dimension)
            and (a.dimension == like or b.dimension == like)  # one of them a bare amount
        ):
            # 24 cents per share / $48.20: a ratio of two amounts of money, the bare one
            # taken as the price of what the other is per (as `$1.52` beside
            # `profit / shares`), so a plain number beside a plain number (a yield)
            soft = (*soft, *(n for n, _ in dimension if _is_rate_term(n) and n not in soft))
        if _is_number(b) or (_is_number(a) and not divide):
            form, number = (a, b) if _is_number(b) else (b, a)
            factor = number.constant.lo
            if divide:
                if factor == 0:
                    raise CheckError(f"division by zero in {text}")
                factor = 1 / factor
            scaled = self._scale(form, factor, text)
            style = form.style if not number.dimension else None
            if cancelled:
                style = _without_per(style)
            whole_count = not divide and _count_by_its_unit(a, b, dimension) is not None
            return Form(
                scaled.coefficients,
                scaled.constant,
                dimension,
                text,
                False,
                style,
                counted=form.counted if not number.dimension or whole_count else None,
                counts=(form.counts and not number.dimension) or whole_count,
                soft=soft,
                measured=scaled.measured,
                times_a_count=times_a_count,
            )
        left = a.interval(self.scope, self.lenient)
        right = b.interval(self.scope, self.lenient)
        if divide and right.lo <= 0 <= right.hi:
            raise CheckError(
                f"cannot judge {text}: {b.text} may be zero, and a quotient by a value near zero "
                "can be anything, so the check could never fail"
            )
        try:
            value = left / right if divide else left * right
        except ZeroDivisionError:
            raise CheckError(f"division by zero in {text}") from None
        if in_percentages(a) != in_percentages(b) and not divide:
            share, other = (a, b) if in_percentages(a) else (b, a)
            # 5% of a count is a count; double 30% is a percentage, not "0.6 times"
            style = share.style if _a_multiplier(other) else other.style
        elif divide and in_percentages(a) and in_percentages(b):
            style = None  # 5.5% / 5.25% is a ratio, not a percentage
        else:
            style = a.style if not b.dimension else (b.style if not a.dimension else None)
        counts = (a.counts and not b.dimension and not b.counts) or (
            not divide and b.counts and not a.dimension and not a.counts
        )
        counted = None
        if not divide and (rate := _count_by_its_unit(a, b, dimension)):
            counts, counted = True, rate.counted
        if cancelled:
            style = _without_per(style)
        return Form(
            (), value, dimension, text, False, style, counted=counted, counts=counts, soft=soft,
            times_a_count=times_a_count, count_factor=None if divide else _count_factor(a, b),
        )


_SIMPLE_OPERAND = re.compile(r"[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)?|\d[\d,.]*")
"""A base written without parentheses in a power's text: a claim id or a bare number."""
_EXPONENT = re.compile(r"[-−+]?\s*\d+(?:\.\d+)?")


def _count_factor(a: Form, b: Form) -> str | None:
    """What the one plain count of things among two factors counts, or ``None``.

    ``people * months`` is person-months, which a total divided by is per person (and per
    month); two counts (``people * households``) name no one thing, and a count already
    cancelled by a rate per it (``trucks * tonnes per truck``) is gone.
    """
    counts = [f.counted for f in (a, b) if f.counted and not f.dimension]
    if len(counts) != 1 or (a.counted and b.counted):
        return None
    per = per_thing(counts[0])
    if any(name == per for form in (a, b) for name, _ in form.dimension):
        return None
    return counts[0]


def _count_by_its_unit(a: Form, b: Form, dimension: units.Dimension) -> Form | None:
    """The count per a unit in a product that cancels the unit, or ``None``.

    ``target * 1 year`` of "300,000 homes a year" is 300,000 homes, a count: divided into
    homes built it is a plain number (a share), as ``built / 300,000 homes`` is, not a count.
    """
    if dimension:
        return None
    rates = [f for f in (a, b) if f.counted is not None and f.dimension]
    if len(rates) != 1 or (a if rates[0] is b else b).counted is not None:
        return None
    counted = rates[0].counted
    return rates[0] if counted is not None and is_a_count(counted, "") else None


def _exponent(text: str) -> float:
    """The number an exponent writes (``4``, ``-1``, ``0.2``); :class:`CheckError` otherwise."""
    if not _EXPONENT.fullmatch(text):
        raise CheckError(
            f"the exponent {text!r} is not a number written with digits (4, -1, 0.2)"
        )
    value = float(text.replace("−", "-").replace(" ", ""))
    if not math.isfinite(value):  # pragma: no cover - digits of a float never overflow to inf
        raise CheckError(f"the exponent {text!r} is not a finite number")
    return value


def _raised(value: float, exponent: float) -> float:
    """``value ** exponent`` for a real result; infinite where a float overflows."""
    try:
        return math.pow(value, exponent)
    except OverflowError:
        odd = float(exponent).is_integer() and int(exponent) % 2 == 1
        return -math.inf if value < 0 and odd else math.inf


def _reciprocal(value: float) -> float:
    """``1 / value``, infinite for a power so small that it underflowed to zero."""
    if value == 0.0:
        return math.copysign(math.inf, value)
    return 1.0 / value


def power_of_interval(values: Interval, exponent: float) -> Interval:
    """Every ``x ** exponent`` for ``x`` in ``values``, with open ends kept open.

    ``values`` must exclude zero for a negative exponent and negative numbers for an
    exponent that is not whole (the caller refuses them). Whole values stay whole under a
    positive whole exponent.
    """
    if exponent < 0:
        positive = power_of_interval(values, -exponent)  # never about zero: refused
        return Interval(
            _reciprocal(positive.hi), _reciprocal(positive.lo), positive.hi_open, positive.lo_open
        )
    whole = float(exponent).is_integer()
    lo, hi, lo_open, hi_open = values.lo, values.hi, values.lo_open, values.hi_open
    odd = whole and int(exponent) % 2 == 1
    keep_whole = values.whole and whole
    if lo >= 0 or odd:  # increasing over the whole interval
        return Interval(_raised(lo, exponent), _raised(hi, exponent), lo_open, hi_open, keep_whole)
    if hi <= 0:  # an even power of negative numbers: decreasing
        return Interval(_raised(hi, exponent), _raised(lo, exponent), hi_open, lo_open, keep_whole)
    # an even power of an interval about zero: from 0 (reached) to the larger end's power
    if -lo > hi:
        top, top_open = -lo, lo_open
    elif hi > -lo:
        top, top_open = hi, hi_open
    else:
        top, top_open = hi, lo_open and hi_open
    return Interval(0.0, _raised(top, exponent), False, top_open, keep_whole)


def _unsoftened(a: Form, b: Form) -> units.Dimension | None:
    """The common dimension of two compared sides once soft ``[per:…]`` terms are dropped."""
    def without(form: Form, other: Form) -> units.Dimension:
        keep = dict(other.dimension)
        return tuple(
            (name, power) for name, power in form.dimension
            if not (name in form.soft and name not in keep)
        )

    left, right = without(a, b), without(b, a)
    return left if left == right else None


def in_one_measure(a: Form, b: Form) -> tuple[Form, Form]:
    """Two sides, with points beside a percentage read as percentage points.

    A count beside a percentage is a :class:`CheckError`: both are plain numbers to the
    arithmetic, so ``voters > 50%`` would hold for any number of voters.
    """
    if a.counted is None and b.counted is None and not (a.counts or b.counts):
        return a, b
    for count, share in ((a, b), (b, a)):
        if count.counts and in_percentages(share):
            what = f"a count of {count.counted}" if count.counted else "a count"
            raise CheckError(
                f"{count.text} is {what} and {share.text} a percentage:"
                " they cannot be added or compared. Compare the count's share of its whole,"
                f" `{_grouped(count.text)} / WHOLE == {share.text}`, or the count with"
                f" `{share.text} * WHOLE`, where WHOLE is the claim id of the whole"
            )
    if a.counted in POINT_NOUNS and in_percentages(b):
        return _in_percentage_points(a), b
    if b.counted in POINT_NOUNS and in_percentages(a):
        return a, _in_percentage_points(b)
    return a, b


def _no_bare_number_added_to_a_percentage(a: Form, b: Form, verb: str) -> None:
    """Refuse ``rate + bump`` (``bump: 0.25``) as ``sum`` does: 25 points, or a quarter.

    A number written in the expression is the checker's own (``1 - women`` is 100% minus
    a share); compared, a bare claim is a fraction (``turnout == 0.62``).
    """
    for bare, share in ((a, b), (b, a)):
        if bare.coefficients and bare.style is not None and is_bare(bare) and in_percentages(share):
            raise CheckError(
                f"cannot {verb} {bare.text} (a bare number) and {share.text} (a percentage):"
                f" write {bare.text}'s value as a percentage or in percentage points"
                " (`0.25%` or `0.25 percentage points`, not `0.25`)"
            )


def _a_multiplier(form: Form) -> bool:
    """A multiple (``double``, ``3 times``, ``3x``): a number, shown in its operand's style."""
    return not form.dimension and (
        is_multiplier(form.counted)
        or (form.style is not None and form.style.suffix in ("times", "x"))
    )


def is_bare(form: Form) -> bool:
    """A plain number: no unit, no sign of percentage or points, no counted noun."""
    return (
        not form.dimension
        and form.counted is None
        and (form.style is None or not form.style.suffix)
    )


def in_percentages(form: Form) -> bool:
    """A percentage, or a sum or difference of them (shown in % or percentage points)."""
    return form.style is not None and form.style.suffix in ("%", "percentage points")


IN_POINTS = Display(factor=0.01, suffix="percentage points")
"""How a difference of percentages, or points beside one, is written: in percentage points."""


def _in_percentage_points(form: Form) -> Form:
    """Points beside a percentage are percentage points ("rose 0.25 points to 5.5%")."""
    style = IN_POINTS
    return Form(
        tuple((n, c * 0.01) for n, c in form.coefficients),
        form.constant.scaled(0.01),
        form.dimension,
        form.text,
        style=style,
        measured=tuple(name for name, _ in form.coefficients),
    )


def comparable(a: Form, b: Form) -> bool:
    """Whether two sides measure the same thing (soft ``[per:…]`` terms aside)."""
    return a.dimension == b.dimension or _unsoftened(a, b) is not None


dimension_label = units.dimension_label
"""Dimensions named for people, rates per counted thing as news writes them (``USD per
share``, ``a number per share``; see :func:`checks.units.dimension_label`)."""


def _is_rate_term(name: str) -> bool:
    """Whether a dimension's term is a counted thing's (``[per:share]``), not a unit's."""
    return name.startswith("[per:")


def _without_rates(dimension: units.Dimension) -> units.Dimension:
    """A dimension without its ``[per:…]`` terms: ``USD per share`` is ``USD``."""
    return tuple(item for item in dimension if not _is_rate_term(item[0]))


def _rate_hint(a: units.Dimension, b: units.Dimension) -> str:
    """How to write a per-thing rate check that was written as a division."""
    plain = _without_rates
    if plain(a) == plain(b):
        return (
            "; a rate per counted thing is an amount only times a count of those things: "
            "`rate * count == total`, or `total / count == rate`"
        )
    return ""


def _period_hint(a: units.Dimension, b: units.Dimension) -> str:
    """How to compare a figure with one that a rate per year (or month) made a time.

    "Costs 8.3 times annual earnings": `price / earnings` of "£35,100 a year" is 8.3 years,
    not 8.3; the rate is an amount only times its period.
    """
    powers = dict(a)
    for name, power in b:
        powers[name] = powers.get(name, 0) - power
    if {name: power for name, power in powers.items() if power} not in (
        {"[time]": 1},
        {"[time]": -1},
    ):
        return ""
    return (
        "; the two differ by a length of time: a rate per year (or per month) is an amount"
        " only over its period, so multiply it by one (`total / (rate * 1 year)`)"
    )


_PER_SUFFIX = re.compile(r"(?:^|\s+)per\s.*$")


def _without_per(style: Display | None) -> Display | None:
    """A rate's style once its count cancelled: "£7,500 per household" times households: £."""
    if style is None:
        return None
    return msgspec.structs.replace(style, suffix=_PER_SUFFIX.sub("", style.suffix))


def _per_cancelled(dimension: units.Dimension, a: Form, b: Form) -> units.Dimension:
    """A rate per counted thing times a count of those things: the count cancels.

    ``£7,500 per household * 2,250 households`` is pounds; ``per household`` is kept as a
    dimension of its own only so that such a rate is never added to plain pounds. A rate
    of those things counts too: ``150 trucks per day * 20 tonnes per truck`` is tonnes a
    day, and so does a product with one count of them among its factors
    (:attr:`Form.count_factor`): ``$40 per person per month * (people * months)``.
    """
    for count in (a, b):
        thing = count.count_factor
        if count.counted and (not count.dimension or is_a_count(count.counted, "")):
            thing = count.counted
        if thing:  # also a product with such a count: `cost * (people * months)`
            per = per_thing(thing)
            powers = dict(dimension)
            if powers.get(per) == -1:
                return tuple((name, power) for name, power in dimension if name != per)
    return dimension


DIVIDE = "÷"
"""What the parser is given for a ``/`` that divides (:func:`_divisions_marked`).

After a number the grammar reads ``/`` as the ``per`` of a unit (``10 km / h``, ``5 deaths /
100,000 people``); ``÷`` is always the operator. It is one character, as ``/`` is, so
every position in the tree is still one in the expression as written."""
_BEFORE_A_GROUP = re.compile(r"/(?=\s*\()")
_PER_WORD = re.compile(r"/|(?i:\bper\b)")
_CLAIM_ID = re.compile(r"[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)?")


def _divisions_marked(text: str, slashes: Collection[int] = ()) -> str:
    """``text`` with ``÷`` for the ``/`` before a parenthesis and at ``slashes``.

    ``1 / (9.4 miles per imperial gallon)``: no unit begins with a parenthesis, so such a
    ``/`` always divides (the grammar could not read it otherwise).
    """
    text = _BEFORE_A_GROUP.sub(DIVIDE, text)
    if slashes:
        characters = list(text)
        for at in slashes:
            characters[at] = DIVIDE
        text = "".join(characters)
    return text


def words_after_a_slash(tree: Branch, text: str) -> Iterator[tuple[int, str]]:
    """``(position of the /, word)`` for each ``/ word`` ending a written number's unit.

    ``100 m / run_time`` is read by the grammar as one figure, metres per "run_time"; only
    single words written as claim ids are listed (``/ 100,000 people`` is no claim).
    """
    for node in branches(tree):
        if node.data != "literal":
            continue
        for unit in node.children:
            if not (isinstance(unit, Branch) and unit.data == "unit"):
                continue
            for per in unit.children:
                if not (isinstance(per, Branch) and per.data == "per" and len(per.children) == 2):
                    continue
                slash, words = per.children
                if not (
                    isinstance(slash, Leaf)
                    and text[slash.start_pos : slash.end_pos] == "/"
                    and isinstance(words, Branch)
                    and len(words.children) == 1
                    and isinstance(words.children[0], Leaf)
                ):
                    continue
                word = words.children[0]
                name = text[word.start_pos : word.end_pos]
                if _CLAIM_ID.fullmatch(name):
                    yield slash.start_pos, name


@functools.lru_cache(maxsize=4_096)
def _words_after_a_slash(text: str) -> tuple[tuple[int, str], ...]:
    """:func:`words_after_a_slash` of an expression, remembered.

    Each check asks once per reading, and most expressions have no ``/`` at all.
    """
    if "/" not in text:
        return ()
    return tuple(words_after_a_slash(parse_expression(text), text))


@functools.lru_cache(maxsize=4_096)
def reads_as_a_unit(word: str, context: Context | None = None) -> bool:
    """Whether the figure reader takes ``1 / word`` for a unit (``t``, ``h``), not a noun."""
    try:
        figure = parse_figure(f"1 / {word}", context)
    except FigureError:
        return False
    return not any(name.startswith("[per:") for name, _ in figure.dimension)


def parse_in_scope(text: str, scope: Scope) -> Branch:
    """Parse an expression in which a claim of the file after ``/`` divides.

    ``100 m / run_time`` is a hundred metres divided by the claim ``run_time``, not one
    figure in metres per "run_time"; ``1 / tph`` is the reciprocal of the claim. A word
    that is both a claim and a unit (``t``, ``h``, ``m``) is ambiguous after a number, and
    an error that says how to write either: ``/ (t)`` for the claim, ``per t`` for the unit.
    """
    tree = parse_expression(text)
    slashes: list[int] = []
    for at, name in _words_after_a_slash(text):
        if name not in scope.figures and name not in scope.broken:
            continue
        if reads_as_a_unit(name, scope.context):
            raise CheckError(
                f"`/ {name}` after a number is ambiguous: {name!r} is a claim of this file"
                f" and a unit; write `/ ({name})` to divide by the claim, or `per {name}`"
                " for the unit"
            )
        slashes.append(at)
    if not slashes:
        return tree
    return parse_expression(_divisions_marked(text, slashes))


@functools.lru_cache(maxsize=4_096)
def parse_expression(text: str) -> Branch:
    """Parse an ``expect`` expression; :class:`CheckError` with a hint when malformed."""
    if len(text) > MAX_LENGTH:
        raise CheckError(f"the expression is longer than {MAX_LENGTH:,} characters")
    level = deepest = 0
    for char in text:
        level += char == "("
        level -= char == ")"
        deepest = max(deepest, level)
    if deepest > MAX_DEPTH:
        raise CheckError(f"parentheses nested {deepest} deep (limit {MAX_DEPTH}); simplify it")
    try:
        tree = parse(_divisions_marked(text), "expression")
    except Exception as exc:
        if not is_lark_error(exc):
            raise
        raise CheckError(_parse_error_message(exc, text)) from None
    if depth(tree) > MAX_NESTING:
        raise CheckError(
            f"the expression nests operators more than {MAX_NESTING} deep; split it into "
            "several checks"
        )
    return tree


_UNIT_POWER = re.compile(r"[^\W\d_]\^\s*$")
_AFTER_POWER = re.compile(r"(?:\^|\*\*)\s*\(?\s*$")


def _power_hint(text: str, at: int) -> str:
    """Why a token after ``^`` was unexpected: a claim as exponent, or ``km^2`` in a unit."""
    before = text[:at]
    if _UNIT_POWER.search(before):
        return (
            "; `^` right after a unit's word is read as part of it: write a squared unit"
            " as `km²`, or the power of a figure as `(10 km) ^ 2`"
        )
    if _AFTER_POWER.search(before):
        return (
            "; an exponent is a number written in the expression (`^ 4`, `^ -1`, `^ 0.2`),"
            " never a claim"
        )
    return ""


def _parse_error_message(exc: Exception, text: str) -> str:
    """Why an expression did not parse (lark's error, imported only once one happened)."""
    from lark.exceptions import UnexpectedCharacters, UnexpectedToken

    if isinstance(exc, UnexpectedCharacters):
        return (
            f"cannot read the expression at column {exc.column} ({text[exc.column - 1 :][:12]!r}):"
            " write claim ids, numbers with units, + - * / ^ ( ) and == != < <= > >="
        )
    if isinstance(exc, UnexpectedToken):
        token = exc.token
        if token.type == "$END":
            return (
                f"the expression {text.strip()!r} ends too early: it needs something after "
                f"{text.split()[-1] if text.split() else 'it'!r} (claim ids, numbers with units, "
                "+ - * / ^ ( ) and == != < <= > >=)"
            )
        found = repr(text[token.start_pos : token.end_pos])
        return (
            f"unexpected {found} in the expression at column {exc.column}: write claim ids, "
            "numbers with units, + - * / ^ ( ) and == != < <= > >="
        ) + _power_hint(text, token.start_pos)
    return f"cannot read the expression: {exc}"


def describe(form: Form, interval: Interval, against: Interval | None = None) -> str:
    """Write a form's values for an explanation, beside the values they are compared with."""
    from checks.kinds import describe_interval

    if form.dimension == units.DATE:
        return format_days(interval)
    if form.dimension == (("[time]", 1),) and form.style is None:
        return describe_interval(interval, Display(suffix="days"), against=against)
    return describe_interval(interval, form.style or Display(), against=against)


def can_compare(operator: str, difference: Interval) -> bool:
    """Whether ``left operator right`` can hold, given the values of ``left - right``."""
    zero = Interval.point(0.0)
    if operator == "<":
        return difference.less_than(zero, or_equal=False)
    if operator == "<=":
        return difference.less_than(zero, or_equal=True)
    if operator == ">":
        return zero.less_than(difference, or_equal=False)
    if operator == ">=":
        return zero.less_than(difference, or_equal=True)
    if operator == "==":
        return difference.meets(zero)
    if operator == "!=":
        return difference.can_differ(zero)
    raise CheckError(f"unknown comparison {operator!r}")
