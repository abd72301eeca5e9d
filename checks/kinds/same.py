"""``same``: one quantity written in several units (``900 kilometers (559 miles)``)."""

from __future__ import annotations

from functools import partial

from msgspec.structs import replace
from pydantic import Field

from checks import units
from checks.display import Display, format_percent
from checks.figures import QUALIFIERS, Figure, FigureError, parse_figure
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
)
from checks.rates import Rate, RateError


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
    the text equates them, so that is a mismatch. Sums in different currencies are
    converted at the reference rate of the publication date, widened by the rate band.
    Ranges stated as one range ("20–30 miles (32–48 km)") agree end by end: overlapping
    is not enough.
    """
    figures = beside_percentages(
        [(name, scope.figure(name)) for name in parameters.same], "compare", fractions=True
    )
    figures = _reciprocals(figures)
    bounded = bounds_as_figures(figures, scope)
    if bounded is not figures:
        outcome = _same_quantity(bounded, scope, lenient, tolerance)
        if outcome.holds:
            return outcome
        qualifier = figures[0][1].qualifier or ""
        return Outcome(False, partial(_as_bounds, qualifier, outcome), outcome.basis)
    ranges = [(name, figure.ends) for name, figure in figures if figure.ends is not None]
    if len(ranges) < len(figures):
        return _same_quantity(figures, scope, lenient, tolerance)
    outcome = Outcome(True)
    for end, which in ((0, "low"), (1, "high")):
        outcome = _same_quantity(
            [(name, ends[end]) for name, ends in ranges], scope, lenient, tolerance
        )
        if not outcome.holds:
            return Outcome(False, partial(_at_the_end, which, outcome), outcome.basis)
    return outcome


_SIDES = {
    "above": "lower", "at_least": "lower", "below": "upper", "at_most": "upper",
    "about": "about", "nearly": "nearly",
}  # fmt: skip
"""Qualifier meanings that bound a figure the same way: "more than" and "at least" are both
a lower bound, and "up to 70 mph (under 113 km/h)" states one upper bound twice."""


def bounds_as_figures(
    figures: list[tuple[str, Figure]], scope: Scope
) -> list[tuple[str, Figure]]:
    """The figures' written numbers, when every one is qualified the same way.

    "Speeds of up to 225 mph (362 km/h)" states one bound in two units. Two upper bounds
    always overlap (both reach down to nothing), and two "about" figures overlap within
    ten per cent either way, so compared as intervals a wrong conversion of a bound passes:
    it is the bounds themselves that must agree, each read as its written number.
    """
    sides = set()
    for _, figure in figures:
        if figure.qualifier is None or figure.ends is not None:
            return figures
        sides.add(_SIDES.get(QUALIFIERS.get(figure.qualifier, ""), figure.qualifier))
    if len(sides) != 1:
        return figures
    bounds: list[tuple[str, Figure]] = []
    for name, figure in figures:
        qualifier = figure.qualifier or ""
        text = figure.text.strip()
        if not text.lower().startswith(qualifier.lower()):
            return figures
        try:
            if parse_figure(text, scope.context).strict != figure.strict:
                return figures  # a claim's `precision:` replaced the bound with an interval
            bound = parse_figure(text[len(qualifier) :].strip(), scope.context)
        except FigureError:
            return figures
        if bound.qualifier is not None or bound.dimension != figure.dimension:
            return figures
        bounds.append((name, bound))
    return bounds


def bound_side(figure: Figure) -> str | None:
    """``"lower"`` for "at least"/"more than", ``"upper"`` for "up to"/"fewer than", else ``None``.

    Which way a written bound may be rounded without turning false: a lower bound may be
    written lower than the tally ("more than 1,000" dead for 1,146), an upper one higher.
    """
    side = _SIDES.get(QUALIFIERS.get(figure.qualifier or "", ""))
    return side if side in ("lower", "upper") else None


def open_bounds_as_figures(
    figures: list[tuple[str, Figure]], scope: Scope
) -> list[tuple[str, Figure]] | None:
    """The written numbers of figures that are all lower bounds, or all upper bounds.

    "At least 30 killed in the north and at least 20 in the south, at least 50 in all":
    casualty copy states confirmed tallies and does its arithmetic on their numbers. As
    intervals open bounds always meet (the shared format's reading, which `sum` and
    `change` keep), so those kinds compare these numbers only to say, beside a verdict
    that holds, that the tallies as written do not add up. ``None`` when a figure is not
    such a bound ("about", a range, a plain figure, a claim's ``precision:``), or when the
    bounds run in different directions.
    """
    sides = {_SIDES.get(QUALIFIERS.get(figure.qualifier or "", "")) for _, figure in figures}
    if len(sides) != 1 or not sides <= {"lower", "upper"}:
        return None
    written = bounds_as_figures(figures, scope)
    return None if written is figures else written


def _reciprocals(figures: list[tuple[str, Figure]]) -> list[tuple[str, Figure]]:
    """The figures with one taken as its reciprocal, when it states the others' inverse.

    Fuel economy is written both ways up: "9.4 mpg (30 litres per 100 km)" states one
    quantity, distance per volume and volume per distance; so do a pace and a speed ("4:46
    per mile", 12.6 mph). When one figure has the inverse dimension of all the others, it
    is replaced by its reciprocal (and put first, where explanations convert from), keeping
    its text: "9.4 miles per imperial gallon is 30.05 litres per 100 km". Only positive,
    single figures of a physical dimension: a pure number, money, a temperature or a range
    stays as written.
    """
    dimensions = [figure.dimension for _, figure in figures]
    if all(dimension == dimensions[0] for dimension in dimensions):
        return figures
    for index, (name, figure) in enumerate(figures):
        inverse = tuple((base, -power) for base, power in figure.dimension)
        others = dimensions[:index] + dimensions[index + 1 :]
        if not inverse or any(other != inverse for other in others):
            continue
        flipped = _reciprocal(figure, inverse)
        if flipped is None:
            return figures
        return [(name, flipped), *figures[:index], *figures[index + 1 :]]
    return figures


def _reciprocal(figure: Figure, inverse: units.Dimension) -> Figure | None:
    if (
        figure.ends is not None
        or figure.absolute_temperature
        or any(base.startswith("[currency_") or base == "[date]" for base, _ in inverse)
        or figure.strict.lo <= 0
        or figure.lenient.lo <= 0
    ):
        return None

    def flip(interval: Interval) -> Interval:
        return Interval(1 / interval.hi, 1 / interval.lo, interval.hi_open, interval.lo_open)

    return replace(
        figure,
        strict=flip(figure.strict),
        lenient=flip(figure.lenient),
        nominal=1 / figure.nominal,
        dimension=tuple(sorted(inverse)),
        calendar_time=-figure.calendar_time,
        month_time=-figure.month_time,
    )


def _as_bounds(qualifier: str, outcome: Outcome) -> str:
    return (
        f"every figure is qualified ({qualifier}…), so their written numbers must agree: "
        f"{outcome.explanation}"
    )


def _at_the_end(which: str, outcome: Outcome) -> str:
    return f"at the ranges' {which} ends, {outcome.explanation}"


def _same_quantity(
    figures: list[tuple[str, Figure]], scope: Scope, lenient: bool, tolerance: Tolerance
) -> Outcome:
    """Whether one value lies in every figure's interval after unit conversion."""
    first_name, first = figures[0]
    readings: list[Interval] = []
    rates: dict[str, Rate] = {}
    lengths: set[str] = set()
    for _, figure in figures:
        reading = figure.reading(lenient)
        calendar = _calendar_band(figure, first)
        if calendar is not None:
            reading = reading * calendar[0]
            lengths.update(calendar[1])
        if figure.dimension == first.dimension:
            if figure.absolute_temperature != first.absolute_temperature:
                raise CheckError(
                    f"{first.text} and {figure.text} cannot be the same quantity: one is "
                    "written as a temperature reading, the other as a temperature difference. "
                    "For a rise, a swing or a gap write both as differences (`20 Δ°C`, "
                    "`36 Δ°F`): a story that converted a difference as if it were a reading "
                    "(a swing of 20°C \"or 68°F\") then shows as a mismatch. For two "
                    "readings write `°C` and `°F`"
                )
            readings.append(reading)
            continue
        base, quote = units.money_of(figure.dimension), units.money_of(first.dimension)
        if base is None or quote is None or base[1] != quote[1]:
            if units.misspelt_unit_hint(first, figure):  # a typo in the record, not the article
                raise CheckError(_different_kinds(first, figure))
            if hint := _weight_per_volume_hint(first, figure):
                raise CheckError(hint)
            return Outcome(False, partial(_different_kinds, first, figure))
        rate = _rate(scope, base[0], quote[0])
        rates[base[0]] = rate
        readings.append(reading * _band(rate.value, scope))
    basis = "; ".join(
        [f"at {rate.describe()}, ±{format_percent(_band_width(scope))}" for rate in rates.values()]
        + ([f"with {' and '.join(sorted(lengths, reverse=True))}"] if lengths else [])
    )
    common = tolerance.widen(readings[0], first.magnitude, first.dimension)
    for index, ((_, figure), reading) in enumerate(zip(figures[1:], readings[1:], strict=True)):
        if not common.meets(reading):
            used = rates.get((units.money_of(figure.dimension) or ("", ()))[0])
            inverse = used.inverted() if used else None
            source = first
            if not rates and common.meets(readings[0]) and readings[0].meets(reading):
                # the first figure agrees with this one: name the earlier figure that does
                # not (pairwise, one always fails where the common values run out)
                earlier = zip(figures[1 : index + 1], readings[1 : index + 1], strict=True)
                source = next(
                    (other for (_, other), seen in earlier if not seen.meets(reading)), first
                )
            return Outcome(
                False, partial(_explain, source, figure, lenient, inverse, scope, basis), basis
            )
        common = Interval(max(common.lo, reading.lo), min(common.hi, reading.hi))
    return Outcome(True, basis=f"converted {basis}" if basis else "")


def _calendar_band(figure: Figure, first: Figure) -> tuple[Interval, tuple[str, ...]] | None:
    """How ``figure``, in years or months, compares with ``first`` in days (or the reverse).

    Units are converted with pint's year of 365.25 days (and month of a twelfth of it),
    but "2,000 barrels a day, or 730,000 a year" multiplies by 365, a leap year by 366,
    "$500 a week, $26,000 a year" by 52 weeks (364 days) and "$50 a day, $1,500 a month"
    by 30: each states one quantity. The factor ``figure`` is multiplied by, and the
    lengths taken; ``None`` when no calendar unit meets a day (a month and a year stay
    twelve to one).
    """
    years = figure.calendar_time - first.calendar_time
    months = figure.month_time - first.month_time
    if years * months < 0:  # a month per year: exactly a twelfth
        traded = min(abs(years), abs(months))
        years -= traded if years > 0 else -traded
        months -= traded if months > 0 else -traded
    if not (years or months):
        return None
    band, lengths = Interval(1.0, 1.0), []
    for power, stated, unit, text in (
        (years, units.YEAR_DAYS_STATED, units.YEAR_DAYS, "a year of 364 to 366 days"),
        (months, units.MONTH_DAYS_STATED, units.YEAR_DAYS / 12, "a month of 30 to 31 days"),
    ):
        if power:
            ends = [(days / unit) ** power for days in stated]
            band = band * Interval(min(ends), max(ends))
            lengths.append(text)
    return band, tuple(lengths)


def _different_kinds(first: Figure, figure: Figure) -> str:
    return (
        f"{first.text} is {units.dimension_label(first.dimension)} and "
        f"{figure.text} is {units.dimension_label(figure.dimension)}: "
        f"they cannot be the same quantity{units.misspelt_unit_hint(first, figure)}"
        f"{units.power_for_energy_hint(first, figure)}"
    )


_DENSITIES = ((("[length]", -3), ("[mass]", 1)), (("[length]", 3), ("[mass]", -1)))
"""What one figure's dimension is over the other's when one is a volume and the other a
mass of the same thing (per acre, per day or per person alike): a weight per volume."""


def _weight_per_volume_hint(first: Figure, second: Figure) -> str:
    """Why a volume beside a mass is an error, not a mismatch, and how to check it.

    "179.3 bushels per acre (11.25 tonnes per hectare)" is right for corn, at 56 lb a
    bushel; "2 million barrels a day (270,000 tonnes)" at 7.4 barrels a tonne; "$4.50 a
    bushel ($177 a tonne)" at 56 lb too. The story converts with a weight per volume (a
    bushel's test weight, a density) that neither figure states, so a `mismatch` would
    call a true sentence wrong, and no one weight suits every crop or oil. As a barrel of
    oil equivalent beside an energy (``units.oil_equivalent_hint``), the check asks for
    the weight the story used, in an ``expect``. Only when the two imply a weight per
    volume some grain (350–850 kg a cubic metre) or some substance (100–22,000) has:
    "179.3 bushels per acre (1.125 tonnes per hectare)" implies 72 kg a cubic metre and
    stays a mismatch, as "40 km (40 kg)" does.
    """
    quotient = units.multiply(first.dimension, second.dimension, -1)
    if quotient not in _DENSITIES or not first.nominal or not second.nominal:
        return ""
    density = first.nominal / second.nominal
    if quotient == _DENSITIES[1]:
        density = 1 / density
    texts = f"{first.text} {second.text}".lower()
    if "bushel" in texts or "bu" in texts.replace("/", " ").split():
        low, high = _BUSHEL_DENSITY
        weight = (
            "a bushel's weight (56 lb for corn and sorghum, 60 lb for wheat and soybeans,"
            " 48 lb for barley, 32 lb for oats)"
        )
        example = "`{value: 56 lb per bushel, precision: exact}`"
        relation = (
            "`bushels * weight_per_bushel == tonnes`, or for prices"
            " `price_per_bushel / weight_per_bushel == price_per_tonne`"
        )
    else:
        low, high = _ANY_DENSITY
        weight = "a weight per volume (a density, or barrels per tonne for oil)"
        example = "`{value: 0.74 kg per litre, precision: exact}`"
        relation = "`volume * density == mass`, or for prices `per_volume / density == per_mass`"
    if not low <= abs(density) <= high:
        return ""
    return (
        f"{first.text} and {second.text} differ by a weight per volume (one in units of"
        f" volume where the other is in units of mass): they are one quantity only at"
        f" {weight}, which neither figure gives; state the one the story used as a claim"
        f" ({example}) and compare them in an `expect` ({relation})"
    )


_BUSHEL_DENSITY = (350.0, 850.0)
"""Kilograms a cubic metre a bushel of grain weighs: oats (32 lb, 412) to wheat and
soybeans (60 lb, 773), with room for the lighter and heavier crops."""
_ANY_DENSITY = (100.0, 22_000.0)
"""Kilograms a cubic metre of anything news weighs by volume: from light woods and
powders to gold (19,300)."""


def _rate(scope: Scope, base: str, quote: str) -> Rate:
    if scope.rates is None:
        raise CheckError(f"no exchange rates are available for {base}/{quote}")
    try:
        return scope.rates.rate(base, quote)
    except RateError as exc:
        raise CheckError(str(exc)) from None


def _band_width(scope: Scope) -> float:
    return scope.rates.band if scope.rates is not None else 0.0


def _band(value: float, scope: Scope) -> Interval:
    width = _band_width(scope)
    return Interval(value * (1 - width), value * (1 + width))


def _inverse_band(value: float, scope: Scope) -> Interval:
    """The band around an inverted rate that admits what the judgement admitted.

    The judgement converts the other figure into the first one's currency at the rate
    ±2% (:func:`_band`); the message converts the first figure the other way, at the
    inverse rate. The inverse of 1.0656 ± 2% is 1/1.0656 divided by 1.02 to 0.98: −1.96%
    to +2.04%, not ±2%, or "$387 million", accepted for 355 million euros, lies above the
    range the message of "$388 million" shows.
    """
    width = _band_width(scope)
    return Interval(value / (1 + width), value / (1 - width))


def _intersection(common: Interval, figure: Figure, lenient: bool) -> Interval:
    other = figure.reading(lenient)
    return Interval(max(common.lo, other.lo), min(common.hi, other.hi))


def _digits_that_tell_apart(
    display: Display, converted: float, stated: float, reading: Interval
) -> int:
    """Significant digits (4 to 7) that tell the converted value from the stated one.

    And the reading's two ends from each other: "3:43.13 is 223.13 seconds, but it is
    stated as 223.5 seconds", not "223.1 seconds … 223.1 seconds to 223.1 seconds".
    """

    def alike(a: float, b: float, digits: int) -> bool:
        return a != b and display.format(a, digits) == display.format(b, digits)

    digits = 4
    while digits < 7 and (
        alike(converted, stated, digits) or alike(reading.lo, reading.hi, digits)
    ):
        digits += 1
    return digits


def _explain(
    first: Figure, figure: Figure, lenient: bool, rate: Rate | None, scope: Scope, basis: str
) -> str:
    """``900 km is 559.2 mi, but it is stated as 600 mi (off by …)``, converting money too."""
    factor = rate.value if rate is not None else 1.0
    reading = first.reading(lenient).scaled(factor)
    if rate is not None:
        reading = first.reading(lenient) * _inverse_band(rate.value, scope)
    converted = first.nominal * factor
    digits = _digits_that_tell_apart(figure.display, converted, figure.nominal, reading)
    shown = figure.display.format(converted, digits)
    calendar = _calendar_band(first, figure)
    if calendar is not None:
        reading = reading * calendar[0]
        years = Interval(converted, converted) * calendar[0]
        shown = describe_interval(years, figure.display, exact=False)
        converted = min(max(figure.nominal, years.lo), years.hi)
    low = figure.display.format(reading.lo, digits)
    high = figure.display.format(reading.hi, digits)
    spans = f"{low} to {high}" if low != high else f"exactly {low}"
    return (
        f"{first.text} is {shown}, but it is stated as {figure.text} "
        f"({off_by(figure, converted)}); {first.text} {READINGS[lenient]} is {spans}"
    ) + (f" ({basis})" if basis else "")
