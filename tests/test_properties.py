"""Property-based specifications of what a verdict promises (hypothesis).

Each test states one property of the contract in /work/shared/FORMAT.md:

* soundness: figures rounded from true values that do add up (or are one length) are
  never a ``mismatch``;
* sensitivity: figures that cannot add up even allowing for the rounding of every written
  digit (strict *and* lenient reading) are always a ``mismatch``;
* counts are whole numbers (GRIM): ``61 + 8 = 70 passengers`` is a mismatch;
* the value grammar round-trips: a formatted figure parses back to the interval its
  written digits imply;
* interval arithmetic is an enclosure, and ``meets`` means "has a common point";
* ``order`` accepts non-decreasing dates and rejects two swapped dates.

The expected intervals are computed here, independently, in :class:`~decimal.Decimal`
from the written text (FORMAT.md, "What a figure means: an interval"), never by calling
the code under test. An ``@example`` on a property is a failing case it once found (a
regression test); a test marked ``xfail(strict=True)`` documents a harness bug still
open: the reason names it and its ``@example`` is the minimal failing case.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, Decimal
from pathlib import Path

import pytest
from hypothesis import assume, currently_in_test_context, example, given, note
from hypothesis import strategies as st

from checks.engine import Options, judge_document
from checks.figures import parse_figure
from checks.intervals import Interval
from checks.loading import load_document
from checks.results import CheckResult, Verdict

MILE_IN_KM = Decimal("1.609344")  # exact, by definition of the international mile
PUBLISHED = "2020-06-15"

# ---------------------------------------------------------------------------------------
# An independent model of written precision (FORMAT.md, "What a figure means")
# ---------------------------------------------------------------------------------------


def round_at(x: Decimal, digit: int, rounding: str = ROUND_HALF_EVEN) -> Decimal:
    """``x`` rounded to a multiple of ``10**-digit`` (digit 2: hundredths, -2: hundreds)."""
    quantum = Decimal(1).scaleb(-digit)
    return (x / quantum).to_integral_value(rounding) * quantum


def number_text(value: Decimal, digit: int, grouped: bool = True) -> str:
    """Write ``value`` with ``max(digit, 0)`` decimals, optionally as ``1,234,567``."""
    places = max(digit, 0)
    return format(value, f"{',' if grouped else ''}.{places}f")


def halves(text: str) -> tuple[Decimal, Decimal]:
    """Half-widths (strict, lenient) that the digits of ``text`` imply, in written units.

    Strict: half a unit of the last written digit. Lenient: trailing zeros of a whole
    number may be rounding, but at least two significant digits are kept.
    """
    digits = text.replace(",", "")
    if "." in digits:
        half = Decimal(5).scaleb(-len(digits.split(".")[1]) - 1)
        return half, half
    significant = digits.lstrip("0") or "0"
    trailing = len(significant) - len(significant.rstrip("0"))
    rounding_zeros = min(trailing, max(len(significant) - 2, 0))
    return Decimal("0.5"), Decimal(5).scaleb(rounding_zeros - 1)


@dataclass(frozen=True)
class Written:
    """One figure as an article writes it, with the precision its digits imply."""

    value: Decimal  # the written number, in written units (before any scale word)
    text: str  # the whole figure: "$1,234.5 million"
    digit: int  # rounded to 10**-digit; negative: to tens, hundreds (only lenient covers)
    strict: Decimal  # half-widths in written units
    lenient: Decimal

    @classmethod
    def of(cls, number: str, template: str, digit: int | None = None) -> Written:
        """The figure ``template`` filled with ``number`` (``"{} km"``, ``"${} million"``)."""
        strict, lenient = halves(number)
        places = len(number.split(".")[1]) if "." in number else 0
        return cls(Decimal(number.replace(",", "")), template.format(number),
                   places if digit is None else digit, strict, lenient)


def disjoint(a: Decimal, a_half: Decimal, b: Decimal, b_half: Decimal) -> bool:
    """Whether ``[a ± a_half]`` and ``[b ± b_half]`` have no common point."""
    return a + a_half < b - b_half or b + b_half < a - a_half


# ---------------------------------------------------------------------------------------
# Running the engine on a claim file held in memory
# ---------------------------------------------------------------------------------------


def claim_file(claims: dict[str, dict[str, str]], checks: list[dict[str, object]]) -> str:
    """A claim file (YAML); every scalar is a double-quoted JSON string, so YAML keeps it."""
    lines = ["source:", "  title: property test", f'  published: "{PUBLISHED}"', "claims:"]
    for claim_id, record in claims.items():
        fields = ", ".join(f"{key}: {json.dumps(text, ensure_ascii=False)}"
                           for key, text in record.items())
        lines.append(f"  {claim_id}: {{{fields}}}")
    lines.append("checks:")
    for check in checks:
        first = True
        for key, operand in check.items():
            written = (f"[{', '.join(operand)}]" if isinstance(operand, list) else str(operand))
            lines.append(f"  {'- ' if first else '  '}{key}: {written}")
            first = False
    return "\n".join(lines) + "\n"


def _note(text: str) -> None:
    if currently_in_test_context():
        note(text)


def judge(text: str) -> CheckResult:
    """The one check of a claim file, judged by the engine; the file must have no errors."""
    _note(text)
    document = load_document("property.yaml", text.encode("utf-8"))
    result = judge_document(document, Path("property.yaml"), Options(today=dt.date(2020, 7, 1)))
    assert not result.errors, [str(problem) for problem in result.errors]
    assert len(result.checks) == 1
    check = result.checks[0]
    _note(f"verdict: {check.verdict.value}: {check.message}")
    assert check.verdict is not Verdict.ERROR, check.message
    return check


def sum_file(parts: tuple[Written, ...], total: Written) -> str:
    claims = {f"a{i}": {"value": p.text} for i, p in enumerate(parts, start=1)}
    claims["total"] = {"value": total.text}
    return claim_file(claims, [{"sum": list(claims)[:-1], "equals": "total"}])


# ---------------------------------------------------------------------------------------
# Strategies
# ---------------------------------------------------------------------------------------

SUM_TEMPLATES = ("{} km", "${} million", "{} tonnes", "€{} billion", "{} kilometres")
KM_SPELLINGS = ("{} km", "{} kilometres", "{} kilometers")
MILE_SPELLINGS = ("{} mi", "{} miles")
COUNTED = ("passengers", "households", "people", "deaths")


@st.composite
def true_values(draw: st.DrawFn, max_exponent: int = 7, decimals: int = 3) -> Decimal:
    """A positive true value in ``[1, 10**max_exponent]`` with up to ``decimals`` decimals."""
    exponent = draw(st.integers(0, max_exponent - 1))
    units = draw(st.integers(10 ** (exponent + decimals), 10 ** (exponent + 1 + decimals)))
    return Decimal(units).scaleb(-decimals)


@st.composite
def rounding_digits(draw: st.DrawFn, magnitude: Decimal,
                    choices: tuple[int, ...] = (0, 1, 2, 3, -1, -2)) -> int:
    """Where a writer rounds: 0 to 3 decimals, or tens/hundreds for a large value.

    Tens or hundreds only when at least two significant digits remain (FORMAT.md: the
    lenient reading keeps two), so the lenient reading covers the true value.
    """
    digit = draw(st.sampled_from(choices))
    if digit < 0 and magnitude < Decimal(10) ** (1 - digit):
        digit = 0
    return digit


@st.composite
def written_from(draw: st.DrawFn, truth: Decimal, template: str,
                 choices: tuple[int, ...] = (0, 1, 2, 3, -1, -2)) -> Written:
    """``truth`` rounded at a random digit and written with or without separators."""
    digit = draw(rounding_digits(truth, choices))
    number = number_text(round_at(truth, digit), digit, grouped=draw(st.booleans()))
    return Written.of(number, template, digit)


@dataclass(frozen=True)
class SumCase:
    parts: tuple[Written, ...]
    total: Written

    def __repr__(self) -> str:
        return f"SumCase({' + '.join(p.text for p in self.parts)} = {self.total.text})"


@st.composite
def sound_sums(draw: st.DrawFn, max_exponent: int = 7) -> SumCase:
    """Parts rounded from true values; the total rounded from their exact sum."""
    template = draw(st.sampled_from(SUM_TEMPLATES))
    truths = draw(st.lists(true_values(max_exponent), min_size=2, max_size=5))
    parts = tuple(draw(written_from(x, template)) for x in truths)
    total = draw(written_from(sum(truths, Decimal(0)), template))
    return SumCase(parts, total)


def written_away_from(center: Decimal, reserve: Decimal, digit: int, direction: int,
                      template: str, grouped: bool) -> Written:
    """A figure written at ``digit`` whose lenient interval misses ``[center ± reserve]``.

    The gap is at least one unit of its own last digit: |w − center| ≥ reserve + L(w) + unit.
    Rounds away from ``center``; a candidate whose zeros widen its lenient reading is
    pushed further out. Falls back to the other side when below zero.
    """
    unit = Decimal(1).scaleb(-digit)
    for sign in (direction, -direction):
        shift = reserve + unit
        for _ in range(10):
            target = center + sign * shift
            value = round_at(target, digit, ROUND_CEILING if sign > 0 else ROUND_FLOOR)
            candidate = Written.of(number_text(value, digit, grouped), template, digit)
            if value <= 0:
                break
            if abs(value - center) >= reserve + candidate.lenient + unit:
                return candidate
            shift = reserve + candidate.lenient + unit
    raise AssertionError("unreachable: the positive side always converges")


@st.composite
def mismatched_sums(draw: st.DrawFn, max_exponent: int = 7,
                    choices: tuple[int, ...] = (0, 1, 2, 3, -1, -2),
                    templates: tuple[str, ...] = SUM_TEMPLATES) -> SumCase:
    """Parts as in :func:`sound_sums`; a total beyond every rounding of every figure."""
    template = draw(st.sampled_from(templates))
    decimals = max(max(choices), 0)
    truths = draw(st.lists(true_values(max_exponent, decimals), min_size=2, max_size=5))
    parts = tuple(draw(written_from(x, template, choices)) for x in truths)
    center = sum((p.value for p in parts), Decimal(0))
    reserve = sum((p.lenient for p in parts), Decimal(0))
    digit = draw(rounding_digits(center, choices))
    total = written_away_from(center, reserve, digit, draw(st.sampled_from([1, -1])),
                              template, draw(st.booleans()))
    return SumCase(parts, total)


# ---------------------------------------------------------------------------------------
# 1. Soundness of `sum`
# ---------------------------------------------------------------------------------------


@given(case=sound_sums())
def test_sum_of_rounded_true_values_is_never_a_mismatch(case: SumCase) -> None:
    """Parts and total each rounded from true values with an exact sum never mismatch.

    Every written figure's interval holds its true value (the strict reading when it was
    rounded to units or decimals, the lenient one when to tens or hundreds), so some
    choice of values adds up. Stronger: with no rounding to tens, it is ``consistent``.
    """
    check = judge(sum_file(case.parts, case.total))
    assert check.verdict in (Verdict.CONSISTENT, Verdict.ROUNDING), check.message
    if all(w.digit >= 0 for w in (*case.parts, case.total)):
        assert check.verdict is Verdict.CONSISTENT, check.message


# ---------------------------------------------------------------------------------------
# 2. Sensitivity of `sum`
# ---------------------------------------------------------------------------------------


def _assert_sum_mismatch(case: SumCase) -> None:
    center = sum((p.value for p in case.parts), Decimal(0))
    reserve = sum((p.lenient for p in case.parts), Decimal(0))
    # the construction: even the lenient readings of the parts and of the total are apart
    assert disjoint(center, reserve, case.total.value, case.total.lenient)
    check = judge(sum_file(case.parts, case.total))
    assert check.verdict is Verdict.MISMATCH, check.message


@given(case=mismatched_sums(max_exponent=7))
@example(case=SumCase((Written.of("2,000,000,001", "${}"), Written.of("2,000,000,002", "${}")),
                      Written.of("4,000,000,008", "${}")))  # was consistent at EPSILON = 1e-9
@example(case=SumCase((Written.of("1", "{} km"), Written.of("1499998", "{} km")),
                      Written.of("1500000.002", "{} km")))  # was consistent at EPSILON = 1e-9
def test_sum_beyond_all_rounding_is_a_mismatch(case: SumCase) -> None:
    """A total off by more than every half-width of parts and total, lenient included.

    The stated total misses the lenient sum interval by at least one unit of its own last
    digit. Figures up to 10,000,000 with up to 3 decimals: up to 11 significant digits.
    """
    _assert_sum_mismatch(case)


@example(case=SumCase((Written.of("1,234,567,890,123", "${}"), Written.of("1", "${}")),
                      Written.of("1,234,567,890,126", "${}")))
@given(case=mismatched_sums(max_exponent=13, choices=(0, -1, -2), templates=("${}", "£{}")))
def test_sum_of_exact_large_figures_beyond_rounding_is_a_mismatch(case: SumCase) -> None:
    """The same property for whole-unit figures up to 10**13 (14 digits; floats hold 15-16).

    Exact amounts of that size are printed (budget lines to the dollar, a national debt
    to the penny), and binary floats represent them to well under one unit.
    """
    _assert_sum_mismatch(case)


MONEY_TEMPLATES = ("${}", "${} million", "€{} billion", "£{}")


@st.composite
def mismatched_money(draw: st.DrawFn) -> SumCase:
    """Sums of money, the parts written to 0-3 decimals, the total beyond all rounding."""
    template = draw(st.sampled_from(MONEY_TEMPLATES))
    truths = draw(st.lists(true_values(4), min_size=2, max_size=3))
    parts = tuple(draw(written_from(x, template)) for x in truths)
    center = sum((p.value for p in parts), Decimal(0))
    reserve = sum((p.lenient for p in parts), Decimal(0))
    total = written_away_from(center, reserve, draw(rounding_digits(center)), 1, template,
                              draw(st.booleans()))
    return SumCase(parts, total)


@given(case=mismatched_money())
@example(case=SumCase((Written.of("1.25", "${} million"), Written.of("2.50", "${} million")),
                      Written.of("4.00", "${} million")))  # was `$125 million% + …` at 7ae0630
def test_mismatch_of_money_is_explained_in_money(case: SumCase) -> None:
    """A mismatch's arithmetic is shown in the units the text used (FORMAT.md, Verdicts).

    No figure here is a percentage, so apart from the relative error in ``(off by …, 6.2%)``
    the explanation has no ``%``: ``$1.25 million`` is never shown as ``$125 million%``.
    """
    check = judge(sum_file(case.parts, case.total))
    assert check.verdict is Verdict.MISMATCH
    arithmetic = re.sub(r"(\(off by [^()]*), [\d.,]+%\)", r"\1)", check.message)
    assert "%" not in arithmetic, check.message


# ---------------------------------------------------------------------------------------
# 3. Counted things are whole numbers
# ---------------------------------------------------------------------------------------


def _count_verdict(a: int, b: int, total: int) -> Verdict:
    """The verdict FORMAT.md implies for ``a + b = total`` counted things.

    Strictly each count is exactly itself; leniently a round count (``6,000 people``)
    may be rounded, to the whole numbers within its lenient half-width.
    """
    if a + b == total:
        return Verdict.CONSISTENT
    widths = [int(halves(str(n))[1]) for n in (a, b, total)]  # 0.5 → 0: the count itself
    if abs(a + b - total) <= sum(widths):
        return Verdict.ROUNDING
    return Verdict.MISMATCH


@given(a=st.integers(0, 10_000), b=st.integers(0, 10_000), off=st.sampled_from([-1, 0, 1]),
       noun=st.sampled_from(COUNTED), grouped=st.booleans())
@example(a=61, b=8, off=1, noun="passengers", grouped=False)  # FORMAT.md: 61 + 8 = 70
def test_counts_add_up_exactly(a: int, b: int, off: int, noun: str, grouped: bool) -> None:
    """``a + b`` counted things equal exactly ``a + b``; one more or fewer is a mismatch.

    Counts are whole numbers (the GRIM idea): an off-by-one total is a ``mismatch``,
    except that a round count's lenient reading (``6,000 passengers`` is 5,950–6,050)
    may absorb it, which is ``rounding``, never ``consistent``.
    """
    total = a + b + off if a + b + off >= 0 else a + b + 1
    written = [f"{n:{',' if grouped else ''}} {noun}" for n in (a, b, total)]
    claims = {"a": {"value": written[0]}, "b": {"value": written[1]},
              "total": {"value": written[2]}}
    check = judge(claim_file(claims, [{"sum": ["a", "b"], "equals": "total"}]))
    assert check.verdict is _count_verdict(a, b, total), check.message
    if total != a + b and all(str(n)[-1] != "0" for n in (a, b, total)):
        assert check.verdict is Verdict.MISMATCH, check.message


# ---------------------------------------------------------------------------------------
# 4. `same`: one length in kilometres and miles
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SameCase:
    km: Written
    miles: Written

    def __repr__(self) -> str:
        return f"SameCase({self.km.text} ({self.miles.text}))"


def same_file(case: SameCase) -> str:
    return claim_file({"length_km": {"value": case.km.text},
                       "length_mi": {"value": case.miles.text}},
                      [{"same": ["length_km", "length_mi"]}])


@st.composite
def sound_lengths(draw: st.DrawFn) -> SameCase:
    """A true length written in km and in miles, each rounded at its own digit."""
    length_km = draw(true_values(7))
    km = draw(written_from(length_km, draw(st.sampled_from(KM_SPELLINGS))))
    miles = draw(written_from(length_km / MILE_IN_KM, draw(st.sampled_from(MILE_SPELLINGS))))
    return SameCase(km, miles)


@st.composite
def mismatched_lengths(draw: st.DrawFn, max_exponent: int = 7) -> SameCase:
    """A km figure, and a miles figure beyond both readings of both figures."""
    length_km = draw(true_values(max_exponent))
    km = draw(written_from(length_km, draw(st.sampled_from(KM_SPELLINGS))))
    center = km.value / MILE_IN_KM
    digit = draw(rounding_digits(center))
    miles = written_away_from(center, km.lenient / MILE_IN_KM, digit,
                              draw(st.sampled_from([1, -1])),
                              draw(st.sampled_from(MILE_SPELLINGS)), draw(st.booleans()))
    return SameCase(km, miles)


@given(case=sound_lengths())
@example(case=SameCase(Written.of("900", "{} km"), Written.of("559", "{} mi")))  # the seed
def test_same_length_in_km_and_miles_is_never_a_mismatch(case: SameCase) -> None:
    """A true length rounded in km and, converted exactly, in miles is one quantity.

    ``consistent`` when neither was rounded to tens or hundreds, else at worst ``rounding``.
    """
    check = judge(same_file(case))
    assert check.verdict in (Verdict.CONSISTENT, Verdict.ROUNDING), check.message
    if case.km.digit >= 0 and case.miles.digit >= 0:
        assert check.verdict is Verdict.CONSISTENT, check.message


def _assert_same_mismatch(case: SameCase) -> None:
    miles_in_km = case.miles.value * MILE_IN_KM
    assert disjoint(case.km.value, case.km.lenient, miles_in_km, case.miles.lenient * MILE_IN_KM)
    check = judge(same_file(case))
    assert check.verdict is Verdict.MISMATCH, check.message


@given(case=mismatched_lengths(max_exponent=7))
@example(case=SameCase(Written.of("10,000,000.000", "{} km"),
                       Written.of("6,213,711.929", "{} mi")))  # was `same` at EPSILON = 1e-9
def test_same_length_off_beyond_rounding_is_a_mismatch(case: SameCase) -> None:
    """Miles off by more than both figures' widths (strict and lenient) is a mismatch.

    Lengths up to 10,000,000 km, each figure written to 0-3 decimals or to tens/hundreds.
    """
    _assert_same_mismatch(case)


def rate_file(per_day: int, per_year: int) -> str:
    return claim_file({"daily": {"value": f"{per_day:,} barrels a day"},
                       "yearly": {"value": f"{per_year:,} barrels a year"}},
                      [{"same": ["daily", "yearly"]}])


@given(per_day=st.integers(1, 10_000_000), year_days=st.sampled_from([364, 365, 366]))
@example(per_day=2_000, year_days=365)  # was `rounding`: pint's year is 365.25 days
def test_a_daily_rate_times_the_days_of_a_year_is_the_yearly_rate(
    per_day: int, year_days: int
) -> None:
    """X a day and X × 365 (366, or 52 weeks' 364) a year state one rate, written exactly."""
    assert judge(rate_file(per_day, per_day * year_days)).verdict is Verdict.CONSISTENT


@given(per_day=st.integers(101, 10_000_000), off=st.integers(1, 10_000_000),
       direction=st.sampled_from([1, -1]))
def test_a_yearly_rate_beyond_every_length_of_a_year_is_a_mismatch(
    per_day: int, off: int, direction: int
) -> None:
    """Outside X × 364 … X × 366 (and both figures' own rounding) is a mismatch.

    Figures without trailing zeros, so that either is read to its last digit (±0.5).
    """
    assume(per_day % 10)
    longest, shortest = (per_day + 0.5) * 366 + 0.5, (per_day - 0.5) * 364 - 0.5
    per_year = int(longest) + off if direction > 0 else int(shortest) - off
    assume(per_year > 0 and per_year % 10)
    assert judge(rate_file(per_day, per_year)).verdict is Verdict.MISMATCH


# ---------------------------------------------------------------------------------------
# 5. The value grammar round-trips
# ---------------------------------------------------------------------------------------

# template, factor from the written number to base units, the dimension's label
FIGURE_KINDS: dict[str, tuple[str, Decimal, tuple[tuple[str, int], ...]]] = {
    "km": ("{} km", Decimal(1000), (("[length]", 1),)),
    "kg": ("{} kg", Decimal(1), (("[mass]", 1),)),
    "percent": ("{}%", Decimal("0.01"), ()),
    "$ million": ("${} million", Decimal(10) ** 6, (("[currency_USD]", 1),)),
    "$ billion": ("${} billion", Decimal(10) ** 9, (("[currency_USD]", 1),)),
    "€ million": ("€{} million", Decimal(10) ** 6, (("[currency_EUR]", 1),)),
    "€ billion": ("€{} billion", Decimal(10) ** 9, (("[currency_EUR]", 1),)),
    "£ million": ("£{} million", Decimal(10) ** 6, (("[currency_GBP]", 1),)),
    "£ billion": ("£{} billion", Decimal(10) ** 9, (("[currency_GBP]", 1),)),
}


@given(integer=st.integers(0, 10**9), fraction=st.integers(0, 999), places=st.integers(0, 3),
       grouped=st.booleans(), kind=st.sampled_from(sorted(FIGURE_KINDS)))
@example(integer=2775, fraction=0, places=0, grouped=True, kind="km")
@example(integer=300, fraction=0, places=0, grouped=False, kind="$ million")
@example(integer=33, fraction=500, places=1, grouped=False, kind="$ billion")
def test_formatted_figure_parses_back_to_its_interval(
    integer: int, fraction: int, places: int, grouped: bool, kind: str
) -> None:
    """A figure written with some digits parses to [v − h, v + h] times its unit.

    ``h`` is half a unit of the last written digit (strict); the lenient reading widens
    a whole number's trailing zeros down to two significant digits. Both are scaled by
    the scale word (million, billion), the unit (km → 1,000 m) or 1/100 for a percent.
    """
    digits = str(fraction).zfill(3)[:places]
    number = f"{integer:{',' if grouped else ''}}" + (f".{digits}" if places else "")
    template, factor, dimension = FIGURE_KINDS[kind]
    text = template.format(number)
    note(text)
    value = Decimal(number.replace(",", ""))
    strict_half, lenient_half = halves(number)
    figure = parse_figure(text)
    assert figure.dimension == dimension
    assert figure.nominal == pytest.approx(float(value * factor), rel=1e-9)
    for reading, half in ((figure.strict, strict_half), (figure.lenient, lenient_half)):
        assert not reading.whole and not reading.lo_open and not reading.hi_open
        assert (reading.lo, reading.hi) == (
            pytest.approx(float((value - half) * factor), rel=1e-9, abs=1e-12),
            pytest.approx(float((value + half) * factor), rel=1e-9, abs=1e-12),
        )


# ---------------------------------------------------------------------------------------
# 6. Interval arithmetic
# ---------------------------------------------------------------------------------------

BOUND = 1e12
finite = st.floats(-BOUND, BOUND, allow_nan=False, allow_infinity=False)


@st.composite
def intervals_with_points(draw: st.DrawFn) -> tuple[Interval, float]:
    """A closed finite interval and a point inside it (often an end)."""
    lo, hi = sorted((draw(finite), draw(finite)))
    point = draw(st.one_of(st.sampled_from([lo, hi]), st.floats(lo, hi)))
    return Interval(lo, hi), point


def _inside(x: float, interval: Interval) -> bool:
    return interval.lo <= x <= interval.hi


@given(first=intervals_with_points(), second=intervals_with_points())
def test_interval_arithmetic_encloses_every_result(
    first: tuple[Interval, float], second: tuple[Interval, float]
) -> None:
    """For a ∈ A and b ∈ B: a + b ∈ A + B, a − b ∈ A − B and a·b ∈ A·B.

    Exact in floating point too: IEEE rounding is monotone, so rounding the ends and the
    result alike keeps the result inside.
    """
    (a_set, a), (b_set, b) = first, second
    assert _inside(a + b, a_set + b_set)
    assert _inside(a - b, a_set - b_set)
    assert _inside(a * b, a_set * b_set)


@pytest.mark.parametrize("whole", [False, True])
def test_unbounded_ends_add_without_nan(whole: bool) -> None:
    """An end at infinity absorbs a finite end; opposite infinities add up to 0, never NaN."""
    inf = float("inf")
    assert Interval(5.0, inf, whole=whole) + Interval(-inf, 3.0, whole=whole) == Interval(
        -inf, inf, whole=whole
    )
    assert Interval(inf, inf) + Interval(-inf, 0.0) == Interval(0.0, inf)
    assert Interval(-2.0, 2.0, True, False) + Interval(1.0, 1.0, False, True) == Interval(
        -1.0, 3.0, True, True
    )


FLOAT_NOISE = 1e-14
"""Largest relative slack that still counts as float noise (~4,500 ulps): 1e-9 did not."""


@st.composite
def interval_pairs(draw: st.DrawFn) -> tuple[Interval, Interval]:
    """Two closed intervals: random, or the second starting just after the first ends."""
    lo, hi = sorted((draw(finite), draw(finite)))
    first = Interval(lo, hi)
    if draw(st.booleans()):
        other_lo, other_hi = sorted((draw(finite), draw(finite)))
        return first, Interval(other_lo, other_hi)
    relative_gap = draw(st.sampled_from([0.0, 1e-15, 1e-13, 1e-11, 1e-10, 5e-10, 1e-8, 1e-3]))
    start = hi + abs(hi) * relative_gap * draw(st.sampled_from([1, -1]))
    end = start + draw(st.floats(0, BOUND))
    pair = (first, Interval(start, end))
    return pair if draw(st.booleans()) else pair[::-1]


@given(pair=interval_pairs())
def test_meets_whenever_there_is_a_common_point(pair: tuple[Interval, Interval]) -> None:
    """If max(lo) <= min(hi), the closed intervals share a point and ``meets`` says so."""
    a, b = pair
    if max(a.lo, b.lo) <= min(a.hi, b.hi):
        assert a.meets(b) and b.meets(a)


@given(pair=interval_pairs())
@example(pair=(Interval(1.0, 1e9), Interval(1e9 + 0.5, 2e9)))  # met at EPSILON = 1e-9
def test_meets_only_when_there_is_a_common_point(pair: tuple[Interval, Interval]) -> None:
    """``meets`` is True only if max(lo) <= min(hi), up to float noise (FLOAT_NOISE)."""
    a, b = pair
    low, high = max(a.lo, b.lo), min(a.hi, b.hi)
    if a.meets(b):
        assert low <= high + FLOAT_NOISE * max(abs(low), abs(high))


@given(ends=st.lists(st.integers(-10**12, 10**12), min_size=4, max_size=4))
def test_meets_on_whole_intervals_iff_common_integer(ends: list[int]) -> None:
    """Whole intervals with integer ends meet exactly when they share an integer."""
    a = Interval(*map(float, sorted(ends[:2])), whole=True)
    b = Interval(*map(float, sorted(ends[2:])), whole=True)
    assert a.meets(b) == (max(a.lo, b.lo) <= min(a.hi, b.hi))


# ---------------------------------------------------------------------------------------
# 7. `order` of dates
# ---------------------------------------------------------------------------------------

FIRST_DAY = dt.date(1950, 1, 1).toordinal()
LAST_DAY = dt.date(2049, 12, 31).toordinal()


def order_file(days: list[int]) -> str:
    claims = {f"d{i}": {"date": dt.date.fromordinal(day).isoformat()}
              for i, day in enumerate(days, start=1)}
    return claim_file(claims, [{"order": list(claims)}])


@given(start=st.integers(FIRST_DAY, LAST_DAY - 2_000),
       steps=st.lists(st.sampled_from([0, 1, 2, 30, 365]) | st.integers(0, 400),
                      min_size=1, max_size=5))
def test_non_decreasing_dates_are_in_order(start: int, steps: list[int]) -> None:
    """Dates d1 <= d2 <= … written as ISO strings are ``consistent`` with ``order``."""
    days = [start]
    for step in steps:
        days.append(days[-1] + step)
    assert judge(order_file(days)).verdict is Verdict.CONSISTENT


@given(start=st.integers(FIRST_DAY, LAST_DAY - 2_000),
       steps=st.lists(st.sampled_from([0, 1, 2, 30, 365]) | st.integers(0, 400),
                      min_size=1, max_size=5),
       data=st.data())
def test_two_swapped_dates_are_out_of_order(
    start: int, steps: list[int], data: st.DataObject
) -> None:
    """Swapping two distinct adjacent dates of a non-decreasing list is a ``mismatch``."""
    days = [start]
    for step in steps:
        days.append(days[-1] + step)
    distinct = [i for i in range(len(days) - 1) if days[i] < days[i + 1]]
    assume(distinct)
    i = data.draw(st.sampled_from(distinct), label="swapped at")
    days[i], days[i + 1] = days[i + 1], days[i]
    assert judge(order_file(days)).verdict is Verdict.MISMATCH

