"""``expect``: a claim after ``/`` divides, and ratios of money per share to bare money.

1. After a written number the grammar reads ``/ word`` as a unit's "per": ``100 m /
   run_time`` was one figure in metres per "run_time", ``1 / tph`` a number per "tph".
   A claim of the file there divides; a word that is also a unit is an error.
2. ``24 cents per share / $48.20`` was "1 / per share", incompatible with a yield.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checks import units
from checks.engine import Options, judge_document
from checks.expressions import dimension_label
from checks.kinds.expect import ExpectParameters, _operands
from checks.loading import load_document
from checks.results import CheckResult

OPTIONS = Options(today=dt.date(2026, 11, 29))


def judge(claims: dict[str, str], *checks: str) -> list[CheckResult]:
    """The checks of a file of ``claims`` (id → value), in file order."""
    lines = ["source:", "  title: test", '  published: "2024-05-01"', "claims:"]
    lines += [f"  {name}: {{value: {json.dumps(value)}}}" for name, value in claims.items()]
    lines += ["checks:", *(f"  - expect: {check}" for check in checks)]
    loaded = load_document("division.yaml", ("\n".join(lines) + "\n").encode("utf-8"))
    result = judge_document(loaded, Path("division.yaml"), OPTIONS)
    assert not result.errors, [str(problem) for problem in result.errors]
    return sorted(result.checks, key=lambda check: check.location.line)


def verdicts(claims: dict[str, str], *checks: str) -> list[str]:
    return [check.verdict.value for check in judge(claims, *checks)]


SPRINT = {"run_time": "9.58 seconds", "speed": "10.44 m/s", "t": "9.58 seconds"}


@pytest.mark.parametrize(("check", "verdict"), [
    ("100 m / run_time == speed", "consistent"),
    ("100 m / run_time / 2 == speed / 2", "consistent"),  # both slashes divide
    ("100 m / run_time == 11.44 m/s", "mismatch"),
    ("100 m / (run_time) == speed", "consistent"),
    ("100 m / (t) == speed", "consistent"),
    ("100 m / t == speed", "error"),  # metres per tonne, or the claim t?
    ("100 m per t == speed", "error"),  # per is the unit's: metres per tonne
    ("36 km / h == speed", "mismatch"),  # no claim h: kilometres per hour, 10 m/s
    ("37.6 km / h == speed", "consistent"),
    ("speed * run_time == 100 m", "consistent"),
])  # fmt: skip
def test_a_claim_after_a_slash_divides(check: str, verdict: str) -> None:
    assert verdicts(SPRINT, check) == [verdict]


def test_a_claim_that_is_also_a_unit_says_how_to_write_either() -> None:
    (check,) = judge(SPRINT, "100 m / t == speed")
    assert "`/ (t)` to divide by the claim, or `per t` for the unit" in check.message
    (check,) = judge({"mpg": "9.4 miles per gallon", "l100": "25 litres per 100 km"},
                     "1 / mpg == l100")  # fmt: skip
    assert check.verdict.value == "error"
    assert "'mpg' is a claim of this file and a unit" in check.message


def test_per_before_a_claim_is_a_unit_and_the_error_says_how_to_divide() -> None:
    (check,) = judge(SPRINT, "100 m per run_time == speed")
    assert check.verdict.value == "error"
    assert "to divide by the claim run_time, write `/ run_time`" in check.message


def test_a_divisor_written_with_per_keeps_its_parentheses_in_messages() -> None:
    (check,) = judge({"l100": "33 litres per 100 km"}, "1 / (9.4 miles per gallon) == l100")
    assert check.verdict.value == "mismatch"
    assert "`1 / (9.4 miles per gallon) == l100`" in check.message


@pytest.mark.parametrize(("expression", "names"), [
    ("100 m / run_time == speed", ["run_time", "speed"]),
    ("speed == 100 m / run_time", ["speed", "run_time"]),
    ("10 km / h == speed", ["speed"]),  # h is a unit: named only if the file has it
    ("1 / (x) == y", ["x", "y"]),
    ("5 deaths / 100,000 people == rate", ["rate"]),
])  # fmt: skip
def test_claims_after_a_slash_are_operands(expression: str, names: list[str]) -> None:
    assert _operands(ExpectParameters(expect=expression)) == names


@pytest.mark.parametrize(("dimension", "label"), [
    ((("[currency_USD]", 1), ("[per:share]", -1)), "USD per share"),
    ((("[per:share]", -1),), "a number per share"),
    ((("[per:share]", 1),), "a number × number of shares"),
    ((("[per:company]", 1),), "a number × number of companies"),
    ((("[per:person]", 1),), "a number × number of people"),
    ((("[length]", 1), ("[per:run_time]", -1)), "length per run_time"),
    ((("[length]", 1),), "length"),
])  # fmt: skip
def test_rates_per_counted_things_are_labelled_as_news_writes_them(
    dimension: units.Dimension, label: str
) -> None:
    assert dimension_label(dimension) == label


SHARES = {
    "dividend": "24 cents per share", "price": "$48.20", "offer": "$95 per share",
    "close": "$65.39", "shares": "100 million shares", "profit": "$152 million",
    "wage": "$24 per person",
}  # fmt: skip


@pytest.mark.parametrize(("check", "verdict"), [
    ("4 * dividend / price == 2%", "consistent"),
    ("4 * dividend / price == 3%", "mismatch"),
    ("price / (4 * dividend) == 50", "consistent"),  # the price is 50 years of dividends
    ("offer / close - 1 == 45%", "consistent"),
    ("offer / close - 1 == 55%", "mismatch"),
    ("offer / close == 1.45", "consistent"),
    ("profit / shares == $1.52", "consistent"),
    ("offer - close == $29.61 per share", "error"),  # close may be a total
    ("offer == $95", "error"),
    ("offer - close / 1 share == $29.61 per share", "consistent"),
    ("offer - close / 1 share == $39.61 per share", "mismatch"),
    ("dividend / profit * shares == 15.8%", "consistent"),  # per share, times the shares
    ("dividend / wage == 1%", "error"),  # per share over per person: no bare amount
])  # fmt: skip
def test_a_ratio_of_money_per_share_to_bare_money_is_a_number(check: str, verdict: str) -> None:
    assert verdicts(SHARES, check) == [verdict]


def test_a_price_per_share_beside_a_bare_amount_says_how_to_write_it() -> None:
    (check,) = judge(SHARES, "offer - close == $29.61 per share")
    assert "close (USD) and offer (USD per share)" in check.message
    assert "if close is the amount of one share, as offer is, write `close / 1 share`" in (
        check.message
    )


IMPERIAL_GALLON_KM = Decimal("4.54609") * 100 / Decimal("1.609344")
"""Litres per 100 km times miles per imperial gallon: 282.48."""


@given(st.integers(min_value=50, max_value=800))
def test_fuel_economy_both_ways_is_sound_and_sensitive(tenths_mpg: int) -> None:
    """``1 / mpg == l100``: the other figure rounded from the truth holds, one beyond fails."""
    mpg = Decimal(tenths_mpg) / 10
    l100 = (IMPERIAL_GALLON_KM / mpg).quantize(Decimal("0.1"))
    claims = {"bus_mpg": f"{mpg} miles per imperial gallon", "l100": f"{l100} litres per 100 km",
              "high": f"{l100 * Decimal('1.2'):.1f} litres per 100 km",
              "low": f"{l100 * Decimal('0.8'):.1f} litres per 100 km"}  # fmt: skip
    checks = ("1 / bus_mpg == l100", "1 / bus_mpg == high", "1 / bus_mpg == low")
    assert verdicts(claims, *checks) == [
        "consistent", "mismatch", "mismatch"
    ]  # fmt: skip
