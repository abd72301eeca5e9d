"""``temperature_difference``: the 32° offset used for a difference, or left out of a reading.

"Temperatures rose 2°C (35.6°F)": a difference converted like a reading (2 × 1.8 + 32);
it is 3.6 °F. "A heatwave of 39°C (70°F)": a reading converted like a difference
(39 × 1.8), forgetting the 32° offset; it is 102.2 °F.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator

from msgspec.structs import replace

from checks.diagnoses import Attempt, Candidate, mapped, register, shifted
from checks.figures import Figure

TEMPERATURE = (("[temperature]", 1),)
OFFSET = 32 * 5 / 9
"""The 32 °F offset, in kelvin."""


def _scale(figure: Figure) -> str | None:
    if math.isclose(figure.display.factor, 5 / 9, rel_tol=1e-9):
        return "F"
    if math.isclose(figure.display.factor, 1.0) and figure.display.offset in (0.0, 273.15):
        if figure.absolute_temperature or "C" in figure.text:
            return "C"
    return None


def _minus(amount: float) -> Callable[[float], float]:
    return lambda value: value - amount


@register("temperature_difference", 60, "A temperature difference converted like a reading.")
def propose(attempt: Attempt) -> Iterator[Candidate]:
    """Add or remove the 32° offset; read a reading as a difference."""
    for key, figure in attempt.operands:
        if figure.dimension != TEMPERATURE:
            continue
        scale = _scale(figure)
        if scale is None:
            continue
        sign = 1.0 if scale == "F" else -1.0
        if figure.absolute_temperature:
            fixed = shifted(figure, sign * OFFSET)
            yield Candidate(
                ((key, fixed),),
                f"{figure.text} is read as {figure.display.format(fixed.nominal)}",
                "the reading was converted without the 32° offset, like a difference",
            )
            offset = figure.display.offset
            style = replace(figure.display, offset=0.0, suffix=f"Δ°{scale}")
            difference = mapped(
                figure,
                _minus(offset + sign * OFFSET),
                absolute_temperature=False,
                display=style,
            )
            yield Candidate(
                ((key, difference),),
                f"{figure.text} is read as a difference of {style.format(difference.nominal)}",
                "a temperature difference was converted with the 32° offset, like a reading",
            )
        else:
            fixed = shifted(figure, -sign * OFFSET)
            yield Candidate(
                ((key, fixed),),
                f"{figure.text} is read as {figure.display.format(fixed.nominal)}",
                "a temperature difference was converted with the 32° offset, like a reading",
            )
