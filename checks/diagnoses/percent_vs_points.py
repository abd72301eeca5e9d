"""``percent_vs_points``: per cent written for percentage points, or the reverse.

"Unemployment rose 3% last year, from 5% to 8%": a rise of 3 percentage points (60%).
"""

from __future__ import annotations

from collections.abc import Iterator

from msgspec.structs import replace

from checks.diagnoses import Attempt, Candidate, register, written_number
from checks.display import format_number


@register("percent_vs_points", 70, "Per cent was written for percentage points, or the reverse.")
def propose(attempt: Attempt) -> Iterator[Candidate]:
    """Read a percent operand as percentage points, and percentage points as per cent."""
    for key, figure in attempt.operands:
        number = format_number(written_number(figure), 6)
        if figure.flavour == "percent":
            yield Candidate(
                ((key, replace(figure, flavour="points")),),
                f"{figure.text} is read as {number} percentage points",
                "per cent was written for percentage points",
            )
        elif figure.flavour == "points":
            yield Candidate(
                ((key, replace(figure, flavour="percent")),),
                f"{figure.text} is read as {number}%",
                "percentage points were written for per cent",
            )
