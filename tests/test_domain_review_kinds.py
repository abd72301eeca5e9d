"""Findings of the agriculture, technology and budget reviews (December 2026) in the
check kinds, the diagnoses and ``expect``'s unit algebra, each pinned by its sentence.

1. "3.1% smaller than" and "20% cheaper than" state falls (``change.direction_of``).
2. ``change.by: nearly double`` is judged on the ratio of ``to`` to ``from``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from checks.engine import Options, judge_document
from checks.kinds.change import direction_of
from checks.loading import load_document
from checks.results import CheckResult

OPTIONS = Options(today=dt.date(2026, 12, 1))


def judge(text: str) -> dict[str, CheckResult]:
    """Every check of a claim file by id; the file must have no input errors."""
    loaded = load_document("review.yaml", text.encode("utf-8"))
    result = judge_document(loaded, Path("review.yaml"), OPTIONS)
    assert not result.errors, [str(problem) for problem in result.errors]
    return {check.check_id: check for check in result.checks}


# --- 1. comparatives of size and price ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("3.1% smaller", "lower"),
        ("20% cheaper", "lower"),
        ("8% larger", "higher"),
        ("a 12% bigger", "higher"),
        ("0.6 points lower", "lower"),
        ("25% slower", None),  # a time 25% slower is longer, a speed lower
        ("25% faster", None),
        ("20 smaller firms", None),  # an adjective of the noun, not the last word
        ("3%", None),
    ],
)
def test_comparatives_of_size_and_price_state_a_direction(
    text: str, direction: str | None
) -> None:
    assert direction_of(text) == direction


CORN = """\
source: {title: Corn crop, published: 2025-01-10}
claims:
  crop_2024: {value: 14.867 billion bushels}
  crop_2023: {value: 15.341 billion bushels}
checks:
  - {id: fall, change: {from: crop_2023, to: crop_2024, by: 3.1% smaller}}
  - {id: fall_wrong, change: {from: crop_2024, to: crop_2023, by: 3.1% smaller}}
  - {id: rise, change: {from: crop_2024, to: crop_2023, by: 3.2% larger}}
  - {id: rise_wrong, change: {from: crop_2023, to: crop_2024, by: 3.2% larger}}
"""


def test_a_crop_smaller_than_last_years_is_a_fall() -> None:
    checks = judge(CORN)
    assert {key: check.verdict.value for key, check in checks.items()} == {
        "fall": "consistent",
        "fall_wrong": "mismatch",
        "rise": "consistent",
        "rise_wrong": "mismatch",
    }


# --- 2. multiples in `change.by` ----------------------------------------------------------


def valuation(by: str, before: str = "$86 billion", after: str = "$157 billion") -> CheckResult:
    text = f"""\
source: {{title: OpenAI, published: 2024-10-03}}
claims:
  before: {{value: "{before}"}}
  after: {{value: "{after}"}}
checks:
  - {{id: it, change: {{from: before, to: after, by: {by}}}}}
"""
    return judge(text)["it"]


@pytest.mark.parametrize(
    ("by", "after", "verdict"),
    [
        ("nearly double", "$157 billion", "consistent"),  # Reuters: 1.83 times
        ("nearly double", "$175 billion", "mismatch"),  # 2.03 times is no "nearly"
        ("more than double", "$157 billion", "mismatch"),
        ("more than double", "$190 billion", "consistent"),
        ("double", "$172 billion", "consistent"),
        ("double", "$157 billion", "mismatch"),
        ("nearly triple", "$240 billion", "consistent"),  # 2.79 times
        ("nearly triple", "$180 billion", "mismatch"),  # 2.09 times
        ("three times", "$258 billion", "consistent"),
        ("twice", "$172 billion", "consistent"),
    ],
)
def test_a_multiple_in_by_is_judged_on_the_ratio(by: str, after: str, verdict: str) -> None:
    assert valuation(by, after=after).verdict.value == verdict


def test_a_multiple_says_what_the_ratio_is() -> None:
    check = valuation("nearly triple")
    assert check.verdict.value == "mismatch"
    assert "$157 billion is 1.826 times $86 billion" in check.message


@pytest.mark.parametrize(
    ("by", "advice"),
    [
        ("doubled", "write the multiple, `double`, or the change in percent, `100%`"),
        ("nearly doubled", "write the multiple, `nearly double`"),
        ("more than tripled", "write the multiple, `more than triple`"),
        ("halved", "write the change in percent, `-50%`"),
        ("more than halved", "`to < from / 2`"),
    ],
)
def test_a_verb_of_multiplying_names_the_multiple_to_write(by: str, advice: str) -> None:
    check = valuation(by)
    assert check.verdict.value == "error"
    assert advice in check.message


def test_a_multiple_of_a_figure_that_may_be_negative_is_an_error() -> None:
    check = valuation("double", before="-$10 billion")
    assert check.verdict.value == "error"
    assert "may be zero or negative" in check.message


# --- after an adversarial review of the above ------------------------------------------


@pytest.mark.parametrize("by", ["three times lower", "three times cheaper", "tenfold fall"])
def test_a_multiple_with_a_word_of_falling_is_an_error_not_a_mismatch(by: str) -> None:
    """"Three times cheaper" is a third to some readers and nothing definite to others; it
    was negated into −3 times, which no ratio meets: a false mismatch on a true story."""
    check = valuation(by, before="$300 million", after="$100 million")
    assert check.verdict.value == "error"
    assert "a word of falling" in check.message


def test_a_multiple_of_a_temperature_reading_is_an_error() -> None:
    """40°C is no "double" of 20°C (in kelvins it is 1.07 times; in °F 1.53)."""
    check = judge(
        "source: {published: 2024-07-01}\nclaims:\n  t1: {value: 20°C}\n  t2: {value: 40°C}\n"
        "checks:\n  - {id: it, change: {from: t1, to: t2, by: double}}\n"
    )["it"]
    assert check.verdict.value == "error"
    assert "temperature reading" in check.message


def weights(first: str, second: str) -> CheckResult:
    return judge(
        f"source: {{published: 2024-07-01}}\nclaims:\n  a: {{value: {first}}}\n"
        f"  b: {{value: {second}}}\nchecks:\n  - {{id: it, same: [a, b]}}\n"
    )["it"]


@pytest.mark.parametrize(
    ("first", "second", "verdict"),
    [
        ("179.3 bushels per acre", "11.25 tonnes per hectare", "error"),  # corn at 56 lb
        ("$4.50 per bushel", "$177 per tonne", "error"),  # prices per volume and mass
        ("2 million barrels per day", "100 million tonnes per year", "error"),
        ("179.3 bushels per acre", "1.125 tonnes per hectare", "mismatch"),  # 72 kg/m³
        ("5 cubic metres", "500 tonnes", "mismatch"),  # 100 tonnes a cubic metre
        ("40 km", "40 kg", "mismatch"),
    ],
)
def test_a_volume_beside_a_mass_is_an_error_only_at_a_weight_some_thing_has(
    first: str, second: str, verdict: str
) -> None:
    check = weights(first, second)
    assert check.verdict.value == verdict
    if verdict == "error":
        assert f"{first} and {second} differ by a weight per volume" in check.message


def test_a_power_beside_euros_is_no_decimal_comma_slip() -> None:
    """English copy writes "1,200 MW" beside euros too: a euro figure in the check made a
    lost decimal comma plausible for every figure of it."""
    check = judge(
        "source: {published: 2024-07-01}\nclaims:\n  cost: {value: €1.2 billion}\n"
        "  capacity: {value: '1,200 MW'}\n  per_mw: {value: €1 billion per MW}\n"
        "checks:\n  - {id: it, expect: cost / capacity == per_mw}\n"
    )["it"]
    assert check.verdict.value == "mismatch" and check.diagnosis is not None
    assert check.diagnosis.cause != "decimal_separator"


def test_crores_in_the_plural_are_named_as_crore() -> None:
    """"Rs 6.81 crores" for 6.81 lakh crore: lakh was dropped, not "crores for trillion"."""
    check = judge(
        "source: {published: 2024-07-01}\nsettings: {currencies: {Rs: INR}}\n"
        "claims:\n  total: {value: 'Rs 6,81,210 crore'}\n"
        "  short: {value: about Rs 6.81 crores}\nchecks:\n  - {id: it, same: [total, short]}\n"
    )["it"]
    assert check.verdict.value == "mismatch" and check.diagnosis is not None
    assert "lakh was dropped (crore was written for lakh crore)" in check.diagnosis.message
