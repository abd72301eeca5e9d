"""``scale_slip``: a figure off by a thousand, million, billion, lakh or crore.

"$2.4 million" for $2.4 billion; "12,000 tonnes" from a table "in thousands"; "5 lakh"
printed as "5 crore".
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from msgspec.structs import replace

from checks.diagnoses import (
    RULED_OUT,
    Attempt,
    Candidate,
    mapped,
    plain_quantity,
    register,
    rescaling,
)
from checks.display import format_number

FACTORS: tuple[tuple[float, str], ...] = (
    (1e3, "a thousand"), (1e6, "a million"), (1e9, "a billion"), (1e5, "a lakh"),
    (1e7, "a crore"),
)  # fmt: skip
SCALE_WORDS: dict[float, str] = {
    1e3: "thousand", 1e6: "million", 1e9: "billion", 1e12: "trillion", 1e5: "lakh", 1e7: "crore",
}  # fmt: skip


def _word(scale: float) -> str | None:
    for value, word in SCALE_WORDS.items():
        if math.isclose(scale, value, rel_tol=1e-9):
            return word
    return None


@register("scale_slip", 30, "The figure is off by a scale word (thousand, million, lakh…).")
def propose(attempt: Attempt) -> Iterator[Candidate]:
    """Multiply or divide each operand by 10³, 10⁶, 10⁹, 10⁵ or 10⁷."""
    for key, figure in attempt.operands:
        if not plain_quantity(figure) or figure.flavour is not None:
            continue
        style = figure.display
        old_word = style.scale_word or None
        for factor, name in FACTORS:
            for direction in (factor, 1 / factor):
                function = rescaling(figure, direction)
                if attempt.rules_out_mapped(key, figure, function):
                    yield RULED_OUT
                    continue
                fixed = mapped(figure, function)
                new_scale = style.scale * direction
                new_word = _word(new_scale)
                if old_word and (new_word or math.isclose(new_scale, 1.0)):
                    shown = replace(style, scale=new_scale, scale_word=new_word or "")
                    text = shown.format(fixed.nominal)
                    reason = (
                        f"{old_word} was written for {new_word}"
                        if new_word
                        else f"the scale word {old_word} is one too many"
                    )
                else:
                    text = style.format(fixed.nominal)
                    how = "too small" if direction > 1 else "too large"
                    reason = f"the figure is {how} by a factor of {format_number(factor)} ({name})"
                yield Candidate(((key, fixed),), f"{figure.text} is read as {text}", reason)
