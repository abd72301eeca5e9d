"""``percent_vs_times``: "500% more" written for "five times as much" (which is 400% more)."""

from __future__ import annotations

from collections.abc import Iterator

from checks.diagnoses import Attempt, Candidate, register, shifted, written_number
from checks.display import format_number


@register("percent_vs_times", 80, '"N% more" was written for "N/100 times as much".')
def propose(attempt: Attempt) -> Iterator[Candidate]:
    """Take 100 percentage points off a stated increase of 100% or more."""
    for key, figure in attempt.operands:
        if figure.flavour != "percent" or figure.nominal < 1.0:
            continue
        fixed = shifted(figure, -1.0)
        stated = written_number(figure)
        times = format_number(stated / 100, 3)
        yield Candidate(
            ((key, fixed),),
            f"{figure.text} is read as {format_number(stated - 100, 6)}%",
            f'"{format_number(stated, 6)}% more" was written for "{times} times as much"',
        )
