"""``expect``: powers (``^`` or ``**``) with an exponent written in the expression.

"Grew 0.8% in the quarter, an annualised 3.2%" is ``(100% + q) ^ 4 == 100% + annualised``;
"doubled over five years, about 15% a year" is ``(100% + g) ^ 5 == 2``. The base is one
value, taken once (``x ^ 2`` of ``-1..1`` is ``0..1``, where ``x * x`` is ``-1..1``); the
result is a plain interval. Properties: a power of figures rounded from true values is
never a mismatch (soundness), one beyond every rounding always is (sensitivity), and
:func:`power_of_interval` is the exact image of its interval.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import shutil
from decimal import Decimal, localcontext
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import assume, currently_in_test_context, example, given, note
from hypothesis import strategies as st

from checks import cache
from checks.engine import Options, judge_document
from checks.expressions import parse_expression, power_of_interval
from checks.intervals import Interval
from checks.kinds import CheckError
from checks.loading import load_document
from checks.results import CheckResult

OPTIONS = Options(today=dt.date(2026, 11, 29))


def _note(text: str) -> None:
    if currently_in_test_context():
        note(text)


def judge(claims: dict[str, str], *checks: str) -> list[CheckResult]:
    """The checks of a file of ``claims`` (id → value, or ``date:…``), in file order."""
    lines = ["source:", "  title: test", '  published: "2024-05-01"', "claims:"]
    lines += [
        f"  {name}: {{date: {json.dumps(value[5:])}}}"
        if value.startswith("date:")
        else f"  {name}: {{value: {json.dumps(value)}}}"
        for name, value in claims.items()
    ]
    lines += ["checks:", *(f"  - expect: {json.dumps(check)}" for check in checks)]
    text = "\n".join(lines) + "\n"
    _note(text)
    loaded = load_document("power.yaml", text.encode("utf-8"))
    result = judge_document(loaded, Path("power.yaml"), OPTIONS)
    assert not result.errors, [str(problem) for problem in result.errors]
    return sorted(result.checks, key=lambda check: check.location.line)


def verdict(claims: dict[str, str], check: str) -> str:
    (result,) = judge(claims, check)
    _note(f"{result.verdict.value}: {result.message}")
    return result.verdict.value


def message(claims: dict[str, str], check: str) -> str:
    (result,) = judge(claims, check)
    return result.message


GROWTH = {
    "q": "0.8%",
    "annualised": "3.2%",
    "wrong": "4.5%",
    "g": "about 15%",
    "x": "between -1 and 1",
    "side": "10 km",
    "area": "100 km²",
    "n": "12 people",
    "temp": "20°C",
    "day": "date:2024-05-01",
    "fall": "-2%",
}


@pytest.mark.parametrize(("check", "expected"), [
    ("(100% + q) ^ 4 == 100% + annualised", "consistent"),
    ("(100% + q) ** 4 == 100% + annualised", "consistent"),
    ("(100%+q)^4 == 100% + annualised", "consistent"),
    ("(1 + q) ^ 4 == 1 + annualised", "consistent"),
    ("(100% + q) ^ 4 - 100% == annualised", "consistent"),
    ("(100% + q) ^ 4 == 100% + wrong", "mismatch"),
    ("(100% + g) ^ 5 == 2", "consistent"),
    ("(100% + g) ^ 5 == 3", "mismatch"),
    ("(100% + fall) ^ 4 < 100%", "consistent"),
    ("(100% + fall) ^ 4 > 100%", "mismatch"),
    ("x ^ 2 < 0", "mismatch"),  # x * x < 0 holds: each x ranges on its own
    ("x ^ 2 >= 0", "consistent"),
    ("x ^ 2 <= 1", "consistent"),
    ("x ^ 3 < 0", "consistent"),
    ("x ^ 3 > 4", "mismatch"),  # leniently x is -1.5 to 1.5
    ("-x ^ 2 <= 0", "consistent"),  # -(x ^ 2)
    ("-x ^ 2 > 0", "mismatch"),
    ("-2 ^ 2 == -4", "consistent"),  # -(2 ^ 2), as in mathematics
    ("-2^2 == -4", "consistent"),
    ("(-2) ^ 2 == 4", "consistent"),
    ("2 * 3 ^ 2 == 18", "consistent"),  # tighter than *
    ("2 ^ 10 * q == 8.192", "consistent"),  # an exact power stays a linear factor
    ("(2 ^ 3) ^ 2 == 64", "consistent"),
    ("4 ^ 0.5 == 2", "consistent"),
    ("4 ^ -0.5 == 0.5", "consistent"),
    ("2 ^ -1 == 0.5", "consistent"),
    ("2 ^ (-1) == 0.5", "consistent"),
    ("side ^ 2 == area", "consistent"),
    ("(10 km) ^ 2 == area", "consistent"),
    ("side ^ 2 == 2 * area", "mismatch"),
    ("side ^ -1 * area == side", "consistent"),
    ("n ^ 2 == 144", "consistent"),
    ("n ^ 2 == 145", "mismatch"),  # a whole count squared is whole
    ("q ^ 1 == 0.8%", "consistent"),
])  # fmt: skip
def test_powers(check: str, expected: str) -> None:
    assert verdict(GROWTH, check) == expected


@pytest.mark.parametrize(("check", "words"), [
    ("q ^ annualised == 1", "never a claim"),
    ("q ^ (annualised) == 1", "never a claim"),
    ("q ^ 2 ^ 3 == 1", "raises a power to a power"),
    ("10 km ^ 2 == area", "`(10 km) ^ 2`"),
    ("50% ^ 2 == 25%", "`(50%) ^ 2`"),
    ("100 km^2 == area", "km²"),
    ("x ^ -1 == 2", "may be zero"),
    ("(x - 1) ^ 0.5 == 1", "may be negative"),
    ("side ^ 0.5 == 3", "not whole"),
    ("side ^ 0 == 1", "nothing to check"),
    ("day ^ 2 == 1", "date"),
    ("temp ^ 2 == 1", "temperature reading"),
    ("q ^ 1,000 == 1", "not a number written with digits"),
    ("side ^ 2 == side", "incompatible units"),
])  # fmt: skip
def test_powers_that_cannot_be_judged_say_why(check: str, words: str) -> None:
    (result,) = judge(GROWTH, check)
    assert result.verdict.value == "error"
    assert words in result.message


def test_a_chain_of_powers_in_parentheses_is_one_reading() -> None:
    assert verdict(GROWTH, "(q ^ 2) ^ 3 == q ^ 6") == "consistent"


def test_a_failing_power_is_explained_in_the_stated_figure_s_terms() -> None:
    text = message(GROWTH, "(100% + q) ** 4 == 100% + wrong")
    assert text == (
        "`(100% + q) ** 4 == 100% + wrong` does not hold even if round figures were rounded"
        " further: (100% + q) ** 4 is 103%–103.5% and 100% + wrong is 104.45%–104.55%"
    )
    assert "(100% + g) ^ 5 is 1.883–2.146 and 3 is 3" in message(GROWTH, "(100% + g) ^ 5 == 3")
    assert "side ^ 2 is 90.25–110.25 km²" in message(GROWTH, "side ^ 2 == 2 * area")
    assert "-x ^ 2 is −2.25 to 0" in message(GROWTH, "-x ^ 2 > 0")


def test_a_power_is_no_bare_number_beside_percentages() -> None:
    """``x ^ 2`` beside 9% is not "x ^ 2%": as percentages x would be a hundredth, not x²."""
    assert verdict({"x": "3", "rate": "9%"}, "x ^ 2 == rate") == "mismatch"


def test_the_exponent_and_the_signs_parse_as_documented() -> None:
    def shape(text: str) -> object:
        tree = parse_expression(text)
        return [node.data for node in tree.children[0::2][0:1]][0]

    assert shape("-x ^ 2 == y") == "unary_sign"
    assert shape("x ^ 2 * y == z") == "binary"
    assert shape("x ** 2 == y") == "power"
    with pytest.raises(CheckError, match="never a claim"):
        parse_expression("x ^ y == z")


# ---------------------------------------------------------------------------------------
# power_of_interval: the exact image of the interval, open ends kept
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("base", "exponent", "expected"), [
    (Interval(-1.0, 1.0), 2, Interval(0.0, 1.0)),
    (Interval(-1.0, 1.0), 3, Interval(-1.0, 1.0)),
    (Interval(-3.0, 2.0), 2, Interval(0.0, 9.0)),
    (Interval(-3.0, -2.0), 2, Interval(4.0, 9.0)),
    (Interval(-3.0, -2.0, True, False), 2, Interval(4.0, 9.0, False, True)),
    (Interval(2.0, math.inf, True, True), 2, Interval(4.0, math.inf, True, True)),
    (Interval(-math.inf, -2.0, True, False), 2, Interval(4.0, math.inf, False, True)),
    (Interval(-math.inf, 3.0, True, True), 3, Interval(-math.inf, 27.0, True, True)),
    (Interval(-2.0, 3.0, False, True), 2, Interval(0.0, 9.0, False, True)),
    (Interval(-3.0, 3.0, True, False), 2, Interval(0.0, 9.0, False, False)),
    (Interval(-3.0, 3.0, True, True), 2, Interval(0.0, 9.0, False, True)),
    (Interval(0.0, 4.0, True, False), 0.5, Interval(0.0, 2.0, True, False)),
    (Interval(2.0, 4.0), -1, Interval(0.25, 0.5)),
    (Interval(-4.0, -2.0, True, False), -1, Interval(-0.5, -0.25, False, True)),
    (Interval(2.0, math.inf, False, True), -2, Interval(0.0, 0.25, True, False)),
    (Interval(2.0, 3.0, whole=True), 2, Interval(4.0, 9.0, whole=True)),
    (Interval(1e200, 1e201), 2, Interval(math.inf, math.inf)),
    (Interval(-1e201, -1e200), 3, Interval(-math.inf, -math.inf)),
])  # fmt: skip
def test_power_of_interval(base: Interval, exponent: float, expected: Interval) -> None:
    assert power_of_interval(base, exponent) == expected


finite = st.floats(-1e3, 1e3, allow_nan=False, allow_infinity=False)


@given(
    a=finite, b=finite, t=st.floats(0, 1), exponent=st.integers(1, 9),
    lo_open=st.booleans(), hi_open=st.booleans(),
)  # fmt: skip
@example(a=-1.0, b=1.0, t=0.5, exponent=2, lo_open=False, hi_open=False)
def test_a_whole_power_of_an_interval_is_its_exact_image(
    a: float, b: float, t: float, exponent: int, lo_open: bool, hi_open: bool
) -> None:
    """Every x ** n of the interval is inside (soundness); each end is reached (tightness)."""
    lo, hi = min(a, b), max(a, b)
    assume(lo < hi)
    base = Interval(lo, hi, lo_open, hi_open)
    image = power_of_interval(base, exponent)
    x = Fraction(lo) + (Fraction(hi) - Fraction(lo)) * Fraction(t)
    closure = Interval(image.lo, image.hi)  # open ends: checked in test_power_of_interval
    assert closure.meets(Interval.point(float(x**exponent)))
    # the ends are reached by some point of the closed interval: lo, hi or zero
    candidates = [Fraction(lo) ** exponent, Fraction(hi) ** exponent]
    if lo < 0 < hi:
        candidates.append(Fraction(0))
    for end in (image.lo, image.hi):
        assert any(math.isclose(end, float(c), rel_tol=1e-12, abs_tol=1e-300) for c in candidates)
    assert image.lo == float(min(candidates)) or math.isclose(image.lo, float(min(candidates)))
    assert image.hi == float(max(candidates)) or math.isclose(image.hi, float(max(candidates)))


# ---------------------------------------------------------------------------------------
# Soundness and sensitivity of ``(100% + q) ^ n == 100% + annualised``
# ---------------------------------------------------------------------------------------


def percent_text(fraction: Decimal, decimals: int) -> str:
    """``fraction`` written as a percentage with ``decimals`` decimals (``0.8%``)."""
    with localcontext() as context:
        context.prec = 50
        return f"{(fraction * 100).quantize(Decimal(1).scaleb(-decimals)):f}%"


def written_interval(text: str, lenient: bool = False) -> tuple[Decimal, Decimal]:
    """The values a percentage stands for, as a fraction (FORMAT.md).

    Strict: half a unit of the last written digit either way. Lenient: the trailing zeros
    of a whole number may be rounding, but two significant digits are kept (``730%`` is
    725% to 735%).
    """
    digits = text.rstrip("%").lstrip("-")
    places = len(digits.split(".")[1]) if "." in digits else 0
    half = Decimal(5).scaleb(-places - 1)
    if lenient and not places:
        significant = digits.lstrip("0") or "0"
        trailing = len(significant) - len(significant.rstrip("0"))
        half = Decimal(5).scaleb(min(trailing, max(len(significant) - 2, 0)) - 1)
    value = Decimal(text.rstrip("%"))
    return (value - half) / 100, (value + half) / 100


growth_rates = st.decimals(Decimal("-0.2"), Decimal("0.3"), places=5)


@given(
    truth=growth_rates, periods=st.integers(1, 12), decimals=st.integers(1, 2),
    stated_decimals=st.integers(1, 2),
)  # fmt: skip
@example(truth=Decimal("0.008"), periods=4, decimals=1, stated_decimals=1)  # the markets' case
@example(truth=Decimal("0.14870"), periods=5, decimals=1, stated_decimals=1)  # doubled
def test_compounding_rounded_true_rates_is_never_a_mismatch(
    truth: Decimal, periods: int, decimals: int, stated_decimals: int
) -> None:
    """Both figures rounded from true values: the check is consistent, as written."""
    with localcontext() as context:
        context.prec = 50
        compounded = (1 + truth) ** periods - 1
    q = percent_text(truth, decimals)
    stated = percent_text(compounded, stated_decimals)
    claims = {"q": q, "annualised": stated}
    check = f"(100% + q) ^ {periods} == 100% + annualised"
    assert verdict(claims, check) == "consistent"


@given(
    truth=growth_rates, periods=st.integers(1, 12), decimals=st.integers(0, 2),
    stated_decimals=st.integers(0, 2), off=st.decimals(Decimal("0.0001"), Decimal("0.05")),
    up=st.booleans(),
)  # fmt: skip
@example(  # 0.6% a quarter is 2.2% to 2.7% a year, not 3.2%
    truth=Decimal("0.006"), periods=4, decimals=1, stated_decimals=1, off=Decimal("0.0045"),
    up=True,
)
def test_a_stated_rate_beyond_every_rounding_is_a_mismatch(
    truth: Decimal, periods: int, decimals: int, stated_decimals: int, off: Decimal, up: bool
) -> None:
    """Beyond the compounding of every value either figure can stand for: a mismatch."""
    q = percent_text(truth, decimals)
    low, high = written_interval(q, lenient=True)
    assume(1 + low > 0)
    with localcontext() as context:
        context.prec = 50
        reach = ((1 + low) ** periods - 1, (1 + high) ** periods - 1)
        target = reach[1] + off if up else reach[0] - off
        stated = percent_text(target, stated_decimals)
        stated_low, stated_high = written_interval(stated, lenient=True)
        margin = Decimal("1e-9")
        assume(stated_low > reach[1] + margin or stated_high < reach[0] - margin)
    claims = {"q": q, "annualised": stated}
    check = f"(100% + q) ^ {periods} == 100% + annualised"
    assert verdict(claims, check) == "mismatch"


@given(
    low=st.integers(-99, 0), high=st.integers(0, 99), exponent=st.sampled_from([2, 4, 6]),
)  # fmt: skip
def test_an_even_power_of_a_range_about_zero_is_never_negative(
    low: int, high: int, exponent: int
) -> None:
    """The base is one value: ``x ^ 2 < 0`` never holds, and the top is the larger end's."""
    assume(low < high)
    claims = {"x": f"between {low} and {high}"}
    top = max(-low, high) ** exponent
    assert verdict(claims, f"x ^ {exponent} < 0") == "mismatch"
    assert verdict(claims, f"x ^ {exponent} <= {top}") == "consistent"
    assert verdict(claims, f"x ^ {exponent} >= 0") == "consistent"


# ---------------------------------------------------------------------------------------
# The per-user memory of parse trees follows the grammar
# ---------------------------------------------------------------------------------------


def test_a_change_of_the_grammar_is_a_new_memory_of_trees(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Trees are remembered per :func:`cache.code_fingerprint`, which reads ``grammar.lark``.

    A run of a new grammar never reads the trees an older one remembered (``a ^ 2`` did
    not parse before ``^`` was added, and a shape's tree may change with any rule).
    """
    source = Path(cache.__file__).parent
    copy = tmp_path / "checks"
    shutil.copytree(source, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache.resources, "files", lambda package: copy)
    fingerprint = cache.code_fingerprint.__wrapped__  # not the process's cached one
    before = fingerprint()
    grammar = copy / "grammar.lark"
    grammar.write_text(grammar.read_text(encoding="utf-8") + "\n// edited\n", encoding="utf-8")
    assert fingerprint() != before


def test_the_documented_powers_example_holds_and_fails_as_documented() -> None:
    """docs/kinds/expect.md, "Powers": both checks hold, and 0.6% a quarter fails as shown."""
    page = (Path(__file__).parent.parent / "docs" / "kinds" / "expect.md").read_text("utf-8")
    section = page[page.index("## Powers") : page.index("## Notes")]
    claims = dict(
        re.findall(r"^  (\w+): +\{value: ([^}]+)\}$", section, re.M)
    )
    checks = re.findall(r"^  - expect: (.+)$", section, re.M)
    assert len(claims) == 3 and len(checks) == 2
    assert [r.verdict.value for r in judge(claims, *checks)] == ["consistent", "consistent"]
    shown = re.search(r"```text\n(.*?)\n```", section, re.S)
    assert shown is not None
    (failing,) = judge({**claims, "quarterly": "0.6%"}, checks[0])
    assert failing.message == shown.group(1)
