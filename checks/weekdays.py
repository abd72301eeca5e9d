"""Automatic ``weekday`` checks: a date written with its weekday must fall on that day.

"Saturday, July 23, 1983" states two things; when they disagree one of them is wrong.
Every claim whose ``date`` names a weekday gets one result of kind ``weekday``.
"""

from __future__ import annotations

import calendar
import datetime as dt

from checks.dates import format_day
from checks.figures import Figure
from checks.loading import Document, Location
from checks.records import ClaimFile
from checks.results import CheckResult, Operand, Verdict


def weekday_results(
    model: ClaimFile, document: Document, figures: dict[str, Figure]
) -> list[CheckResult]:
    """One result per claim whose date names a weekday."""
    results: list[CheckResult] = []
    for claim_id in model.claims:
        figure = figures.get(claim_id)
        if figure is None or figure.weekday is None or not figure.is_date:
            continue
        location = document.where(("claims", claim_id, "date")) or Location("?", 1, 1)
        operands = (Operand(claim_id, figure.text),)
        stated = calendar.day_name[figure.weekday]
        first, last = int(figure.strict.lo), int(figure.strict.hi)
        days = [dt.date.fromordinal(n) for n in range(first, min(last, first + 6) + 1)]
        check_id = f"weekday-{claim_id}"
        if any(day.weekday() == figure.weekday for day in days):
            results.append(
                CheckResult(check_id, "weekday", Verdict.CONSISTENT, location, operands=operands)
            )
            continue
        actual = calendar.day_name[days[0].weekday()]
        results.append(
            CheckResult(
                check_id,
                "weekday",
                Verdict.MISMATCH,
                location,
                (
                    f"{format_day(first)} was a {actual}, but it is written as {stated} "
                    f"({figure.text})"
                ),
                operands=operands,
            )
        )
    return results
