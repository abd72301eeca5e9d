"""``scale_slip``: a figure off by a thousand, million, billion, lakh or crore.

"$2.4 million" for $2.4 billion; "12,000 tonnes" from a table "in thousands"; "5 lakh"
printed as "5 crore"; "70 GWh" for 70 TWh, a unit's prefix a thousand out.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from msgspec.structs import replace

from checks import units
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
from checks.figures import Figure

FACTORS: tuple[tuple[float, str], ...] = (
    (1e3, "a thousand"), (1e6, "a million"), (1e9, "a billion"), (1e5, "a lakh"),
    (1e7, "a crore"),
)  # fmt: skip
SCALE_WORDS: dict[float, str] = {
    1e3: "thousand", 1e6: "million", 1e9: "billion", 1e12: "trillion", 1e5: "lakh", 1e7: "crore",
}  # fmt: skip


PREFIXES: dict[str, int] = {"m": -3, "": 0, "k": 3, "M": 6, "G": 9, "T": 12, "P": 15}
"""SI prefixes a thousand apart, by their power of ten."""
PREFIXED_UNITS = frozenset({"W", "Wh", "g", "t", "m", "J", "Hz", "L", "l", "V", "A", "Pa"})
"""Unit symbols written with those prefixes in news (GWh and TWh, g and kg, Mt and Gt)."""
UNUSED_IN_NEWS = frozenset({"Mg", "Gg", "Tg", "Mm", "Gm", "Tm", "kL", "kl", "ML", "Ml", "GL",
                            "Gl", "kt", "mt", "mHz"})  # fmt: skip
"""Prefixed symbols news copy does not write (tonnes, not Mg; kt is refused as ambiguous):
a diagnosis naming one would read as a misprint of its own, so the factor is named instead."""
_UNIT_WORD = re.compile(r"[A-Za-z]+")
_POWER = re.compile(r"[A-Za-z]+(?:[²³⁴]|\^?[0-9])")
"""A unit raised to a power (``km²``, ``m3``): a prefix a thousand out is then a factor
of a million or a billion, and no prefix is a thousand apart."""


def _prefixed(figure: Figure, direction: float) -> tuple[str, str] | None:
    """The figure in the unit a thousand times larger or smaller, and the reason, or ``None``.

    "70 GWh" for 70 TWh is a slip in the unit's prefix, not a figure a thousand times too
    small: a table in TWh copied with the wrong symbol. Only the first unit of a figure
    (``g`` of ``g per MWh``), only an SI symbol news prefixes, and only if both units are
    known and a thousand apart.
    """
    suffix = figure.display.suffix
    match = _UNIT_WORD.match(suffix)
    if match is None or not math.isclose(abs(math.log10(direction)), 3.0):
        return None
    if _POWER.match(suffix) or re.match(r"(?i)(sq|square|cubic|cu)\b", suffix):
        return None
    word = match.group(0)
    for prefix, power in PREFIXES.items():
        base = word[len(prefix) :]
        if not word.startswith(prefix) or base not in PREFIXED_UNITS:
            continue
        wanted = power + round(math.log10(direction))
        new_prefix = next((p for p, n in PREFIXES.items() if n == wanted), None)
        if new_prefix is None:
            return None
        meant = new_prefix + base
        if meant in UNUSED_IN_NEWS or word in UNUSED_IN_NEWS:
            return None
        try:
            old_unit, new_unit = units.resolve(word), units.resolve(meant)
        except units.UnitError:
            return None
        if old_unit.dimension != new_unit.dimension or not math.isclose(
            new_unit.factor / old_unit.factor, direction, rel_tol=1e-9
        ):
            return None
        written = re.compile(rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])")
        if written.search(figure.text) is None:
            return None
        return written.sub(meant, figure.text, count=1), f"{word} was written for {meant}"
    return None


INDIAN_WORDS = frozenset({"lakh", "crore", "lakh crore"})
"""Scale words of the Indian system: a figure written in them is named in them."""
INDIAN_SCALE_WORDS: dict[float, str] = {
    1e3: "thousand", 1e5: "lakh", 1e7: "crore", 1e12: "lakh crore",
}  # fmt: skip
"""The scale words of a figure written in lakh or crore: a budget desk's "Rs 6.81 crore" for
6.81 lakh crore dropped "lakh", which "crore was written for trillion" hid."""


def _word(scale: float, indian: bool = False) -> str | None:
    """The scale word of ``scale``: in lakh and crore for a figure written in them."""
    for value, word in (INDIAN_SCALE_WORDS if indian else SCALE_WORDS).items():
        if math.isclose(scale, value, rel_tol=1e-9):
            return word
    return None


def _singular(scale_word: str) -> str:
    """"crores" and "lakhs", as Indian copy often writes them, by their one name."""
    singular = " ".join(word.removesuffix("s") for word in scale_word.split())
    return singular if singular in INDIAN_WORDS else scale_word


def _scale_reason(old_word: str, new_word: str | None) -> str:
    """Why the figure is off by its scale word: a word for another, one dropped, one too many."""
    if not new_word:
        return f"the scale word {old_word} is one too many"
    old, new = old_word.split(), new_word.split()
    if len(new) == 2 and old_word in new:  # "crore" for "lakh crore", "lakh" for it too
        dropped = new[1 - new.index(old_word)]
        return f"{dropped} was dropped ({old_word} was written for {new_word})"
    if len(old) == 2 and new_word in old:  # "lakh crore" for "crore"
        added = old[1 - old.index(new_word)]
        return f"{added} is one too many ({old_word} was written for {new_word})"
    return f"{old_word} was written for {new_word}"


@register("scale_slip", 30, "The figure is off by a scale word (thousand, million, lakh…).")
def propose(attempt: Attempt) -> Iterator[Candidate]:
    """Multiply or divide each operand by 10³, 10⁶, 10⁹, 10⁵ or 10⁷."""
    for key, figure in attempt.operands:
        if not plain_quantity(figure) or figure.flavour is not None:
            continue
        style = figure.display
        old_word = _singular(style.scale_word) or None
        for factor, name in FACTORS:
            for direction in (factor, 1 / factor):
                function = rescaling(figure, direction)
                if attempt.rules_out_mapped(key, figure, function):
                    yield RULED_OUT
                    continue
                fixed = mapped(figure, function)
                new_scale = style.scale * direction
                new_word = _word(new_scale, indian=old_word in INDIAN_WORDS)
                if old_word and (new_word or math.isclose(new_scale, 1.0)):
                    shown = replace(style, scale=new_scale, scale_word=new_word or "")
                    text = shown.format(fixed.nominal)
                    reason = _scale_reason(old_word, new_word)
                elif (prefixed := _prefixed(figure, direction)) is not None:
                    text, reason = prefixed
                elif old_word:
                    continue  # "6,81,210 crore" as "6.812 crore": no scale word, no slip of one
                else:
                    text = style.format(fixed.nominal)
                    how = "too small" if direction > 1 else "too large"
                    reason = f"the figure is {how} by a factor of {format_number(factor)} ({name})"
                yield Candidate(((key, fixed),), f"{figure.text} is read as {text}", reason)
