"""Gaps read to half a year, and the slips named beside them: no absurd diagnosis.

The adversarial review of the gap rule ("six years after" read to half a year) and of the
`sign` slip: a gap's failing `expect` proposed "seven years read as 7,000 years", and a
bill, a poll share or a salary was "read as negative".
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from checks.engine import Options, run
from checks.results import CheckResult, Verdict

EXAMPLES = Path(__file__).resolve().parent / "examples"
OPTIONS = Options(today=dt.date(2026, 11, 29))


def _checks(path: Path) -> dict[str, CheckResult]:
    (file,) = run([str(path)], OPTIONS).files
    assert not file.errors, [str(p) for p in file.errors]
    return {check.check_id: check for check in file.checks}


def _written(tmp_path: Path, text: str) -> dict[str, CheckResult]:
    path = tmp_path / "claims.yaml"
    path.write_text(text, "utf-8")
    return _checks(path)


def test_a_wrong_gap_by_expect_names_no_scale_slip() -> None:
    """The calendar months of "seven years" are not rescaled, so 7,000 years never fits."""
    checks = _checks(EXAMPLES / "span" / "a_gap_after_is_rounded_to_whole_years.yaml")
    wrong = checks["gap-seven-years-wrong-by-expect"]
    assert wrong.verdict is Verdict.MISMATCH
    assert wrong.diagnosis is None, wrong.diagnosis
    assert checks["gap-by-expect"].verdict is Verdict.ROUNDING


def test_a_gap_of_ten_or_twelve_years_wrong_by_expect_names_no_slip(tmp_path: Path) -> None:
    checks = _written(
        tmp_path,
        """source: {title: t, published: 2024-06-05}
claims:
  d1: {date: "January 10, 2000"}
  d14: {date: "March 10, 2014"}
  y10: {value: 10 years, quote: "10 years later"}
  y12: {value: 12 years, quote: "12 years later"}
  m6: {value: six months, quote: "six months later"}
checks:
  - id: ten
    expect: d14 - d1 == y10
  - id: twelve
    expect: d14 - d1 == y12
  - id: six-months
    expect: d14 - d1 == m6
""",
    )
    for check in checks.values():
        assert check.verdict is Verdict.MISMATCH, check.message
        assert check.diagnosis is None, (check.check_id, check.diagnosis)


def test_a_net_figure_still_loses_its_sign(tmp_path: Path) -> None:
    """The result of a subtraction, or a net balance in a change, may be negative."""
    checks = _written(
        tmp_path,
        """source: {title: t, published: 2024-06-05}
claims:
  arrivals: {value: "420,000 arrivals"}
  departures: {value: "465,000 departures"}
  net: {value: "45,000"}
  net_then: {value: "-£2.0bn", quote: "a net balance of -£2.0bn"}
  net_now: {value: "£1.0bn", quote: "a net balance of £1.0bn"}
checks:
  - id: net-on-the-left
    expect: net == arrivals - departures
  - id: balance
    change: {from: net_then, to: net_now, by: "-£1bn"}
""",
    )
    assert checks["net-on-the-left"].diagnosis is not None
    assert checks["net-on-the-left"].diagnosis.cause == "sign"
    balance = checks["balance"]
    assert balance.verdict is Verdict.MISMATCH
    assert balance.diagnosis is not None and balance.diagnosis.cause == "sign"
    assert "-£2.0bn is read as" in balance.diagnosis.message


def test_points_with_a_word_of_direction_blame_the_check_not_a_printed_minus(
    tmp_path: Path,
) -> None:
    """"0.6 percentage points lower" is −0.6 by its word: no minus sign was added in print.

    `old - new == lower` subtracts the wrong way round; the slip says so. Written the right
    way round it holds, and a sum's part with a word of direction is never turned.
    """
    checks = _written(
        tmp_path,
        """source: {title: t, published: 2024-06-05}
claims:
  old: {value: 4.5%}
  new: {value: 3.9%}
  lower: {value: 0.6 percentage points lower}
  a: {value: 0.4 percentage points}
  b: {value: 0.1 percentage points lower}
  total: {value: 0.5 percentage points}
checks:
  - id: the-wrong-way-round
    expect: old - new == lower
  - id: the-right-way-round
    expect: new - old == lower
  - id: a-sum-of-signed-points
    sum: [a, b]
    equals: total
""",
    )
    wrong = checks["the-wrong-way-round"]
    assert wrong.verdict is Verdict.MISMATCH
    assert wrong.diagnosis is not None and wrong.diagnosis.cause == "sign"
    assert "its word of direction (lower) gives it its sign" in wrong.diagnosis.message
    assert "a minus sign was added" not in wrong.diagnosis.message
    assert checks["the-right-way-round"].verdict is Verdict.CONSISTENT
    summed = checks["a-sum-of-signed-points"]
    assert summed.verdict is Verdict.MISMATCH
    assert summed.diagnosis is None or summed.diagnosis.cause != "sign", summed.diagnosis
