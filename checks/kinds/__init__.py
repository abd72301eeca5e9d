"""Check kinds: one module each, registered by name with :func:`register`.

A kind is a parameters model (``extra="forbid"``: its keys are exactly what a check of
that kind may say besides ``id``, ``note``, ``known`` and ``tolerance``), a judgement
on one reading (strict or lenient) and a one-line summary for reports and SARIF rules.
Adding a kind means one new module here and one import line in :func:`load_kinds`.
"""

from __future__ import annotations

import datetime as dt
import importlib
import math
import re
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import msgspec
from pydantic import BaseModel, ConfigDict

from checks import units
from checks.display import Display, format_number
from checks.figures import (
    POINT_NOUNS,
    Context,
    Figure,
    FigureError,
    counts_things,
    in_percentage_points,
    is_bare_number,
    is_percentage,
    parse_figure,
    rate_of,
)
from checks.intervals import Interval
from checks.rates import RateBook

KIND_MODULES = ("sum", "same", "order", "change", "share", "expect", "span")


class CheckError(Exception):
    """A check that cannot be judged (unknown id, incompatible units): verdict ``error``."""


class Parameters(BaseModel):
    """Base of every kind's parameters model."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


P = TypeVar("P", bound=Parameters)


class Outcome(msgspec.Struct, frozen=True):
    """A judgement on one reading: whether the relation can hold, and the arithmetic.

    The arithmetic may be given as a function that writes it: a kind is judged many
    more times than its explanation is read (twice per check, and once per candidate
    when a mismatch is diagnosed), and writing numbers out costs more than judging.
    """

    holds: bool
    arithmetic: str | Callable[[], str] = ""
    basis: str = ""
    """What the judgement relied on beyond the figures (an exchange rate), shown always."""
    caution: str = ""
    """What a reader should look at although the relation holds (tallies whose written
    numbers do not add up): shown by every report, the terminal's included."""

    @property
    def explanation(self) -> str:
        """The arithmetic, written out."""
        return self.arithmetic() if callable(self.arithmetic) else self.arithmetic


class Tolerance(msgspec.Struct, frozen=True):
    """A check's ``tolerance``: a share of the stated figure (``2%``) or an amount (``5 km``)."""

    relative: float = 0.0
    absolute: Figure | None = None

    @classmethod
    def parse(cls, text: str | None, context: Context) -> Tolerance:
        """Read ``tolerance:`` text; raises :class:`CheckError` when unreadable."""
        if text is None:
            return cls()
        if not isinstance(text, str):  # YAML gave a list or mapping
            raise CheckError("tolerance must be text such as `2%` or `5 km`, not a list or mapping")
        stripped = text.strip()
        try:
            figure = parse_figure(stripped, context)
        except FigureError as exc:
            raise CheckError(f"tolerance: {exc}") from None
        if figure.nominal - (figure.display.offset or 0.0) < 0:
            raise CheckError(
                f"tolerance {stripped!r} is negative; it is an allowance on both sides: "
                f"write `{stripped.lstrip('-−').strip()}`"
            )
        if figure.flavour == "percent":
            return cls(relative=abs(figure.nominal))
        return cls(absolute=figure)

    def widen(self, interval: Interval, size: float, dimension: units.Dimension) -> Interval:
        """The stated figure's interval with the allowance added on both sides.

        ``size`` is what a relative allowance is a share of: the stated figure's written
        number in base units (:attr:`Figure.magnitude`: of 20 degrees for 20°C, not of
        293 kelvin).
        """
        if self.absolute is not None:
            if self.absolute.dimension != dimension:
                stated = units.dimension_label(self.absolute.dimension)
                raise CheckError(
                    f"tolerance {self.absolute.text!r} is {stated}"
                    f" but the figure is {units.dimension_label(dimension)}"
                )
            amount = self.absolute.magnitude
            return interval.widened(amount, amount).as_real()
        if self.relative:
            amount = abs(size) * self.relative
            return interval.widened(amount, amount).as_real()
        return interval


class Scope(msgspec.Struct):
    """What a judgement may look up: the file's figures, by claim id."""

    figures: dict[str, Figure]
    broken: dict[str, str]
    context: Context
    quotes: dict[str, str] = msgspec.field(default_factory=dict)
    rates: RateBook | None = None
    details: bool = True
    """Whether results carry what review reports show (see ``engine.Options.details``)."""

    def figure(self, name: str) -> Figure:
        """The figure of a claim id (or ``source.published``); :class:`CheckError` if none."""
        if name in self.figures:
            return self.figures[name]
        if name in self.broken:
            raise CheckError(f"claim {name!r} could not be read: {self.broken[name]}")
        from checks.records import suggestion

        known = [k for k in self.figures if not k.startswith("source.")] + list(self.broken)
        hint = suggestion(name, known)
        if not hint and not name.replace("_", "a").isalnum():
            hint = (
                f"; a check names claims: write {name} as a claim (`limit: {{value: {name}}}`)"
                " and name its id here"
            )
        raise CheckError(f"unknown claim id {name!r}{hint}")

    def figure_or_literal(self, text: str) -> Figure:
        """A claim id, or a figure written in place (``by: 20%``, ``is: a third``)."""
        if text in self.figures or text in self.broken:
            return self.figure(text)
        try:
            return parse_figure(text, self.context)
        except FigureError as exc:
            if text.replace("_", "").isalpha() and text.islower():
                return self.figure(text)
            raise CheckError(str(exc)) from None

    def label(self, name: str) -> str:
        """How a report names an operand: its figure as written."""
        return self.figure(name).text


Judge = Callable[[Any, Scope, bool, Tolerance], Outcome]


class Kind(msgspec.Struct, Generic[P], frozen=True):
    """A registered check kind."""

    name: str
    parameters: type[P]
    judge: Callable[[P, Scope, bool, Tolerance], Outcome]
    operands: Callable[[P], list[str]]
    summary: str


REGISTRY: dict[str, Kind[Any]] = {}


def register(
    name: str, parameters: type[P], operands: Callable[[P], list[str]], summary: str
) -> Callable[
    [Callable[[P, Scope, bool, Tolerance], Outcome]], Callable[[P, Scope, bool, Tolerance], Outcome]
]:
    """Register a judgement function as the check kind ``name``."""

    def decorate(
        judge: Callable[[P, Scope, bool, Tolerance], Outcome],
    ) -> Callable[[P, Scope, bool, Tolerance], Outcome]:
        REGISTRY[name] = Kind(name, parameters, judge, operands, summary)
        return judge

    return decorate


def load_kinds() -> dict[str, Kind[Any]]:
    """Import every built-in kind module (each registers itself) and return the registry.

    The built-in kinds come first, in :data:`KIND_MODULES` order, whatever order their
    modules happened to be imported in (the schema and the docs list them in that order).
    """
    global _loaded
    if not _loaded:
        for module in KIND_MODULES:
            importlib.import_module(f"checks.kinds.{module}")
        position = {name: i for i, name in enumerate(KIND_MODULES)}  # a kind is named as its module
        ordered = sorted(REGISTRY.values(), key=lambda kind: position.get(kind.name, len(position)))
        REGISTRY.clear()
        REGISTRY.update((kind.name, kind) for kind in ordered)
        _loaded = True
    return REGISTRY


_loaded = False
"""Whether :func:`load_kinds` has imported the kind modules (asked once per file)."""


READINGS = {
    False: "with each figure's own rounding",
    True: "even if round figures were rounded further",
}
"""How explanations name the strict and the lenient reading."""


def beside_percentages(
    figures: list[tuple[str, Figure]],
    what: str,
    fractions: bool = False,
    count_advice: str = "a count's part of a whole is checked with `share`",
) -> list[tuple[str, Figure]]:
    """``figures`` with points beside a percentage read as percentage points.

    "The rate rose 0.25 points to 5.5%": ``sum: [5.25%, 0.25 points]`` adds percentage
    points. A count beside a percentage is a :class:`CheckError`: both are plain numbers
    to the arithmetic, so 5% + 300 people would otherwise be 300.05 people. So is a bare
    number, unless ``fractions`` (``same: [5%, 0.05]`` states one share two ways; in a
    sum, 5.25% + 0.25 would be 30.25%). ``count_advice`` ends the message about a count.
    """
    first = next(
        (i for i, (_, f) in enumerate(figures) if f.flavour or f.display.suffix == "%"), -1
    )
    if first < 0:  # no percentage, ratio, fraction word or points: the common case
        return figures
    share_name, share = figures[first]
    kind_of_share = "in percentage points" if share.flavour == "points" else "a percentage"
    read: list[tuple[str, Figure]] = []
    for name, figure in figures:
        if (
            figure.flavour is None
            and not figure.dimension
            and not is_percentage(figure)
            and not figure.is_date
        ):
            written = figure.text.strip()
            problem = advice = ""
            if figure.counted in POINT_NOUNS:
                figure = in_percentage_points(figure)
            elif counts_things(figure):
                problem, advice = f"a count of {figure.counted}", count_advice
            elif is_bare_number(figure) and not fractions:
                problem = "a bare number"
                advice = (
                    f"write it as a percentage (`{written}%`) or in percentage points"
                    f" (`{written} percentage points`)"
                )
            if problem:
                raise CheckError(
                    f"cannot {what} {share.text} ({share_name}, {kind_of_share}) and {written}"
                    f" ({name}, {problem}): {advice}"
                )
        read.append((name, figure))
    return read


def same_dimension(figures: list[tuple[str, Figure]], what: str) -> units.Dimension:
    """The common dimension of ``figures``, or a :class:`CheckError` naming the odd one."""
    first_name, first = figures[0]
    for name, figure in figures[1:]:
        if figure.dimension != first.dimension:
            a = units.dimension_label(first.dimension)
            b = units.dimension_label(figure.dimension)
            if units.currency_of(first.dimension) and units.currency_of(figure.dimension):
                raise CheckError(
                    f"cannot {what} {first.text} ({first_name}) and {figure.text} ({name}): "
                    "they are in different currencies, and only `same` converts money; write "
                    "the relation with `expect` and a rate claim such as `124 PKR per USD`"
                )
            raise CheckError(
                f"cannot {what} {first.text} ({first_name}, {a}) and {figure.text} ({name}, {b}):"
                f" incompatible units{units.misspelt_unit_hint(first, figure)}"
                f"{_rate_left_off_hint(first, figure)}"
            )
    return first.dimension


def _rate_left_off_hint(first: Figure, second: Figure) -> str:
    """``; if both are per month, write `$1,550 per month``: a sentence states the rate once.

    "Rent rose to $1,650 a month from $1,550": the second amount is per month too.
    """
    for rate, plain in ((first, second), (second, first)):
        per = rate_of(rate, plain)
        if per:
            return f"; if both are {per}, write `{plain.text} {per}`"
    return ""


def in_whole_days(interval: Interval) -> Interval:
    """A length of time between two dates, or added to one, as the whole days it can be.

    Dates are whole days, and the hour of each event is not given: two events a length
    of time ``x`` apart fall on dates fewer than a day from ``x`` apart. "Two and a half
    weeks" (17.15 to 17.85 days as written) is 17 or 18 days between dates, "36 hours"
    after a day falls on the next day or the one after, and a 14-hour flight may land on
    the day it left. A whole number of days is the calendar's own count: an end on a
    whole day stays where it is, and an open one excludes it ("more than 10 days" is at
    least 11). A reading already whole stays as it is (15 weeks read leniently: 102–108).
    """
    if interval.whole:
        return interval
    lo, hi = interval.lo, interval.hi
    if not math.isinf(lo):
        whole_day = lo == math.floor(lo)
        lo = (lo + 1 if interval.lo_open else lo) if whole_day else math.floor(lo)
    if not math.isinf(hi):
        whole_day = hi == math.floor(hi)
        hi = (hi - 1 if interval.hi_open else hi) if whole_day else math.ceil(hi)
    return Interval(
        float(lo),
        float(hi),
        interval.lo_open and math.isinf(lo),
        interval.hi_open and math.isinf(hi),
        whole=True,
    )


def year_taken_hint(date: Figure, published: Figure | None) -> str:
    """Say that a date took the publication's year, when that put it half a year after it.

    `` (December 18 took its year, 2024, from source.published …)``, or ``""``. The shared
    format takes a missing year from the publication date, so "December 18" in
    a story of 4 January 2024 is 18 December 2024: the likeliest slip in a record.
    """
    if published is None or not date.is_date or _WITH_A_YEAR.search(date.text):
        return ""
    if date.strict.lo <= published.strict.hi + 182:
        return ""
    year = dt.date.fromordinal(int(published.strict.lo)).year
    return (
        f" ({date.text} took its year, {year}, from source.published, which makes it later"
        f" than publication: if it was last year's, write `{date.text}, {year - 1}`)"
    )


_WITH_A_YEAR = re.compile(r"\d{4}|'\d\d\b|(?i:FY)\s?\d\d")


def shown(figure: Figure, base_value: float, style: Display | None = None) -> str:
    """Write ``base_value`` in ``style`` (default: the figure's own way of writing)."""
    return (style or figure.display).format(base_value)


def describe_interval(
    interval: Interval, style: Display, exact: bool = True, against: Interval | None = None
) -> str:
    """Write an interval for an explanation: ``1,599–1,601 km``, ``more than $33 billion``.

    ``exact``: ends written with the digits they need (up to 6; an end no short decimal
    writes, such as a third's, rounded outwards to 4 significant digits or more); otherwise
    to 4 significant digits, as computed values are.

    ``against``: the interval this one is compared with, for a computed result. An end
    no short decimal writes (``23.08411`` per lakh from a division) is then rounded
    outwards to the fewest digits (at least 4) that keep it on the same side of each end
    of ``against``: ``23.08–23.72 per lakh`` still contains every value, and never seems
    to reach a figure it misses.
    """
    lo, hi = interval.lo, interval.hi
    if interval.whole and style.factor > 1.0 and lo != hi:
        style = _IN_DAYS  # weeks read leniently are whole days: 102–108 days, not 14.57–15.43
    ends = () if against is None else (against.lo, against.hi)
    marks = tuple(x for x in ends if math.isfinite(x))
    if lo == hi:
        if against is not None and _digits_needed(style, lo) == 7:
            return _outwards(style, lo, None, marks)
        return style.format_single(lo)
    if lo == float("-inf"):
        return ("at most " if not interval.hi_open else "less than ") + style.format(hi)
    if hi == float("inf"):
        return ("at least " if not interval.lo_open else "more than ") + style.format(lo)
    if exact:  # an end no short decimal writes (a third's) is rounded outwards
        low, high = _outwards(style, lo, False, marks), _outwards(style, hi, True, marks)
    else:
        low, high = style.format(lo, 4), style.format(hi, 4)
    prefix = style.prefix
    if low.startswith("−"):  # "−$1.25 bn to −$1.15 bn" rather than "−$1.25–−$1.15 bn"
        return f"{low} to {high}"
    number_low = low.removeprefix(prefix).split(" ")[0] if prefix else low.split(" ")[0]
    rest = high.removeprefix(prefix)
    return f"{prefix}{number_low}–{rest}" if prefix else f"{number_low}–{rest}"


_IN_DAYS = Display(suffix="days")


def _digits_needed(style: Display, value: float) -> int:
    """Significant digits that write an interval bound without rounding it (up to 7).

    A bound no short decimal writes (a third: 33.3333…%) gets 7 digits, enough for a
    reader to tell it from any figure of the text.
    """
    number = (value - style.offset) / style.factor / style.scale
    for digits in range(4, 7):
        written = format_number(number, digits).replace(",", "").replace("−", "-")
        if abs(float(written) - number) <= 1e-9 * max(1.0, abs(number)):
            return digits
    return 7


def _outwards(style: Display, value: float, up: bool | None, marks: tuple[float, ...]) -> str:
    """One end of a computed interval, exact if 6 digits write it, else rounded outwards.

    ``up``: round up (a high end), down (a low end) or to the nearest (``None``: one
    value). The decimals are the fewest (from 4 significant digits, whole parts never
    rounded away) whose rounding leaves the end on the same side of every mark.
    """
    digits = _digits_needed(style, value)
    if digits < 7:
        return style.format(value, digits)
    number = (value - style.offset) / style.factor / style.scale
    magnitude = math.floor(math.log10(abs(number))) if number else 0
    rounding = round if up is None else math.ceil if up else math.floor
    fewest = max(0, 3 - magnitude)
    for decimals in range(fewest, fewest + 10):
        rounded = rounding(number * 10**decimals) / 10**decimals
        back = rounded * style.factor * style.scale + style.offset
        if all((back > x) == (value > x) and (back < x) == (value < x) for x in marks):
            return style.format(back, magnitude + 1 + decimals)
    return style.format(value, 7)


def off_by(stated: Figure, computed: float, style: Display | None = None) -> str:
    """``off by 1,175 km, 42%``: distance of a computed value from the stated figure."""
    style = style or stated.display
    target = stated.nominal
    if stated.is_range:
        # "between 40 and 50": the distance to the nearer end, not to the middle
        target = min(max(computed, stated.strict.lo), stated.strict.hi)
    difference = computed - target
    if style.suffix == "%":  # a gap between percentages is in points, not per cent
        points = format_number(abs(difference) / style.factor)
        return f"off by {points} percentage point{'' if points == '1' else 's'}"
    text = f"off by {style.format_difference(abs(difference))}"
    if target and not stated.absolute_temperature:
        text += f", {format_number(abs(difference) / abs(target) * 100, 2)}%"
    return text

