"""``linear_factor``: an area or a volume converted with the length factor.

"The reserve covers 1,000 km² (621 sq mi)": 621 is 1,000 × 0.621, the km → mi factor;
an area needs its square, 0.386 (386 sq mi). Volumes need the cube.
"""

from __future__ import annotations

from collections.abc import Iterator

from checks.diagnoses import (
    Attempt,
    Candidate,
    length_power,
    register,
    rescaled,
    same_dimension_pairs,
)
from checks.display import format_number


@register("linear_factor", 50, "An area or volume was converted with the length factor.")
def propose(attempt: Attempt) -> Iterator[Candidate]:
    """For two operands of one area or volume in different units, redo the conversion."""
    for (_, a), (key_b, b) in same_dimension_pairs(attempt):
        power = length_power(a.dimension)
        if not power:
            continue
        linear = (a.display.factor / b.display.factor) ** (1 / power)
        fixed = rescaled(b, linear ** (power - 1))
        what = "area" if power == 2 else "volume"
        yield Candidate(
            ((key_b, fixed),),
            f"{b.text} is read as {b.display.format(fixed.nominal)} ({a.text} converted as an "
            f"{what})",
            (
                f"the {what} was converted with the length factor {format_number(linear, 3)} "
                f"instead of {format_number(linear**power, 3)}"
            ),
        )
